//! Provenance marks: how a sentence's source survives handlebars.
//!
//! Every brief value and every phrase is handed to the template as `OPEN id SEP text CLOSE`, with
//! three private-use characters that no brief, phrase or template contains. Handlebars copies them
//! through untouched (no escaping), whatever the template does with the value. After rendering,
//! `strip` removes them and reports which source ids each line contained, in order. This keeps
//! provenance exact without asking template authors to do anything.

/// Starts a mark; followed by the source id in decimal digits.
pub const OPEN: char = '\u{E000}';
/// Ends the id; the marked text follows.
pub const SEP: char = '\u{E001}';
/// Ends the marked text.
pub const CLOSE: char = '\u{E002}';

/// Stands for a filler site in the measuring pass's output: `SITE n SITE` for site `n`. The
/// statements the length controller hands that site are spliced in there afterwards (`splice`),
/// instead of rendering the whole template again.
pub const SITE: char = '\u{E003}';

/// The marker of filler site `n`.
pub fn site(n: usize) -> String {
    format!("{SITE}{n}{SITE}")
}

/// `text` with the marker of each filler site `n` replaced by `fill(n)`; `None` unless the markers
/// are exactly sites `0..count`, in order, each once (a template that passes a filler's output
/// through another helper may have changed its marker; the caller then renders instead).
pub fn splice(text: &str, count: usize, mut fill: impl FnMut(usize) -> String) -> Option<String> {
    let mut out = String::with_capacity(text.len() + count * 64);
    let mut rest = text;
    let mut next = 0;
    while let Some(at) = rest.find(SITE) {
        out.push_str(&rest[..at]);
        let after = &rest[at + SITE.len_utf8()..];
        let end = after.find(SITE)?;
        if after[..end].parse::<usize>().ok()? != next {
            return None;
        }
        out.push_str(&fill(next));
        next += 1;
        rest = &after[end + SITE.len_utf8()..];
    }
    out.push_str(rest);
    (next == count).then_some(out)
}

/// `text` marked as coming from source `id`.
pub fn wrap(id: usize, text: &str) -> String {
    format!("{OPEN}{id}{SEP}{text}{CLOSE}")
}

/// True when `c` is one of the mark characters.
pub fn is_mark(c: char) -> bool {
    matches!(c, OPEN | SEP | CLOSE | SITE)
}

/// The text without marks, and the source ids it contained in order of first appearance.
pub fn strip(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut ids = Vec::new();
    // Ids seen, for the order above: a paragraph of 50 000 points (a hostile brief's problems, one
    // item each) has as many ids, and a search of the list per id was quadratic (1 s of 2).
    let mut seen = rustc_hash::FxHashSet::default();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            OPEN => {
                let mut id = String::new();
                for d in chars.by_ref() {
                    if d == SEP {
                        break;
                    }
                    id.push(d);
                }
                if let Ok(id) = id.parse::<usize>()
                    && seen.insert(id)
                {
                    ids.push(id);
                }
            }
            CLOSE => {}
            c => out.push(c),
        }
    }
    (out, ids)
}

/// The text without marks.
pub fn plain(text: &str) -> String {
    strip(text).0
}

/// Applies `f` to the visible text of `s`, keeping its marks around it. `s` is usually one marked
/// value (`OPEN id SEP text CLOSE`); `f` then sees `text`. One marked value with text of the
/// template's own around it (`利用外资` + `承压回落`, a judgment after the writer's topic) keeps
/// that text unmarked when `f` leaves it as it was. For anything else `f` sees `s` whole with marks
/// removed, and the result is re-marked with the first source id.
pub fn map_text(s: &str, f: impl FnOnce(&str) -> String) -> String {
    if let Some(rest) = s.strip_prefix(OPEN)
        && let Some((id, body)) = rest.split_once(SEP)
        && let Some(inner) = body.strip_suffix(CLOSE)
        && !inner.contains([OPEN, SEP, CLOSE])
    {
        return format!("{OPEN}{id}{SEP}{}{CLOSE}", f(inner));
    }
    let (text, ids) = strip(s);
    // `before OPEN id SEP inner CLOSE after`, one mark only: `f` kept `before` and the marked text
    // at the start (it trims or shapes the end, as a heading's or a clause's helper does).
    let one = s.split_once(OPEN).and_then(|(before, rest)| {
        let (id, rest) = rest.split_once(SEP)?;
        let (inner, after) = rest.split_once(CLOSE)?;
        let id: usize = id.parse().ok()?;
        (!after.contains([OPEN, SEP, CLOSE]) && !inner.contains([OPEN, SEP])).then_some((before, id, inner))
    });
    let out = f(&text);
    match (one, ids.first()) {
        (Some((before, id, inner)), _)
            if out.starts_with(before) && out[before.len()..].starts_with(inner) =>
        {
            let rest = &out[before.len() + inner.len()..];
            format!("{before}{}{rest}", wrap(id, inner))
        }
        (_, Some(&id)) => wrap(id, &out),
        (_, None) => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strip_reports_ids_in_order_without_repeats() {
        let s = format!("{}，{}；{}", wrap(3, "甲"), wrap(12, "乙"), wrap(3, "丙"));
        assert_eq!(strip(&s), ("甲，乙；丙".to_string(), vec![3, 12]));
        assert_eq!(map_text(&wrap(5, "要点。"), |t| t.trim_end_matches('。').to_string()), wrap(5, "要点"));
        assert_eq!(map_text("无来源。", |t| t.replace('。', "")), "无来源");
        // The template's own words beside one mark stay its own while `f` keeps them.
        let judged = format!("{}承压回落。", wrap(7, "利用外资"));
        assert_eq!(
            map_text(&judged, |t| t.trim_end_matches('。').to_string()),
            format!("{}承压回落", wrap(7, "利用外资"))
        );
        assert_eq!(map_text(&judged, |t| t.replace("回落", "")), format!("{}承压。", wrap(7, "利用外资")));
        // `f` changed the marked text: the whole is re-marked.
        assert_eq!(map_text(&judged, |t| t.replace("利用", "")), wrap(7, "外资承压回落。"));
    }

    #[test]
    fn sites_are_spliced_only_when_each_is_there_once_in_order() {
        let t = format!("甲{}乙{}丙", site(0), site(1));
        assert_eq!(splice(&t, 2, |n| format!("<{n}>")).as_deref(), Some("甲<0>乙<1>丙"));
        assert_eq!(splice(&t, 2, |_| String::new()).as_deref(), Some("甲乙丙"));
        assert_eq!(splice("无", 0, |_| String::new()).as_deref(), Some("无"));
        // one missing, out of order, repeated, cut in half, too many
        assert_eq!(splice(&t, 3, |_| String::new()), None);
        assert_eq!(splice(&format!("{}{}", site(1), site(0)), 2, |_| String::new()), None);
        assert_eq!(splice(&format!("{}{}", site(0), site(0)), 2, |_| String::new()), None);
        assert_eq!(splice(&format!("甲{SITE}0"), 1, |_| String::new()), None);
        assert_eq!(splice(&t, 1, |_| String::new()), None);
    }
}

/// One sentence of a marked line (`sentences`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub text: String,
    /// The source ids of the text it contains, in order, without repeats; empty for text the
    /// template wrote itself.
    pub ids: Vec<usize>,
    /// Han characters outside every mark: what the template wrote of it (`一是`, or a whole lead-in
    /// such as `同志们，让我们凝心聚力、真抓实干，` before the writer's slogan).
    pub unmarked: usize,
}

/// The sentences of a marked line, each with its sources. A sentence ends at `。！？` (and a
/// closing quote right after it); `；` does not end one, so a run of figures joined by `；` stays
/// one sentence with each figure's source.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut current = String::new();
    let mut ids: Vec<usize> = Vec::new();
    let mut unmarked = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            OPEN => {
                let mut id = String::new();
                for d in chars.by_ref() {
                    if d == SEP {
                        break;
                    }
                    id.push(d);
                }
                stack.push(id.parse().unwrap_or(usize::MAX));
            }
            CLOSE => {
                stack.pop();
            }
            c => {
                // A closing quote right after the end of a sentence belongs to that sentence.
                if current.is_empty()
                    && matches!(c, '”' | '」' | '’')
                    && let Some(last) = out.last_mut()
                {
                    last.text.push(c);
                    continue;
                }
                current.push(c);
                for &id in &stack {
                    if id != usize::MAX && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                if stack.is_empty() && crate::text::is_han(c) {
                    unmarked += 1;
                }
                if matches!(c, '。' | '！' | '？') {
                    let (text, ids) = (std::mem::take(&mut current), std::mem::take(&mut ids));
                    out.push(Sentence { text, ids, unmarked: std::mem::take(&mut unmarked) });
                }
            }
        }
    }
    if !current.trim().is_empty() {
        out.push(Sentence { text: current, ids, unmarked });
    }
    out
}

#[cfg(test)]
mod sentence_tests {
    use super::*;

    #[test]
    fn sentences_carry_their_own_sources() {
        let line = format!(
            "{}。一是{}。{}同志们，让我们{}！",
            wrap(1, "甲；乙"),
            wrap(2, "丙"),
            wrap(3, "他说“好。”"),
            wrap(4, "确保完成全年目标")
        );
        let s: Vec<(String, Vec<usize>, usize)> =
            sentences(&line).into_iter().map(|s| (s.text, s.ids, s.unmarked)).collect();
        let own = |t: &str, ids: &[usize], n: usize| (t.to_string(), ids.to_vec(), n);
        assert_eq!(
            s,
            vec![
                own("甲；乙。", &[1], 0),
                own("一是丙。", &[2], 2),
                own("他说“好。”", &[3], 0),
                own("同志们，让我们确保完成全年目标！", &[4], 6)
            ]
        );
    }
}

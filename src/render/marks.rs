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

/// `text` marked as coming from source `id`.
pub fn wrap(id: usize, text: &str) -> String {
    format!("{OPEN}{id}{SEP}{text}{CLOSE}")
}

/// True when `c` is one of the mark characters.
pub fn is_mark(c: char) -> bool {
    matches!(c, OPEN | SEP | CLOSE)
}

/// The text without marks, and the source ids it contained in order of first appearance.
pub fn strip(text: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(text.len());
    let mut ids = Vec::new();
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
                    && !ids.contains(&id)
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
/// value (`OPEN id SEP text CLOSE`); `f` then sees `text`. For anything else `f` sees `s` whole
/// with marks removed, and the result is re-marked with the first source id.
pub fn map_text(s: &str, f: impl FnOnce(&str) -> String) -> String {
    if let Some(rest) = s.strip_prefix(OPEN)
        && let Some((id, body)) = rest.split_once(SEP)
        && let Some(inner) = body.strip_suffix(CLOSE)
        && !inner.contains([OPEN, SEP, CLOSE])
    {
        return format!("{OPEN}{id}{SEP}{}{CLOSE}", f(inner));
    }
    let (text, ids) = strip(s);
    match ids.first() {
        Some(&id) => wrap(id, &f(&text)),
        None => f(&text),
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
    }
}

/// The sentences of a marked line, each with the source ids of the text it contains (in order,
/// without repeats; empty for text the template wrote itself). A sentence ends at `。！？` (and a
/// closing quote right after it); `；` does not end one, so a run of figures joined by `；` stays
/// one sentence with each figure's source.
pub fn sentences(text: &str) -> Vec<(String, Vec<usize>)> {
    let mut out: Vec<(String, Vec<usize>)> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut current = String::new();
    let mut ids: Vec<usize> = Vec::new();
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
                    last.0.push(c);
                    continue;
                }
                current.push(c);
                for &id in &stack {
                    if id != usize::MAX && !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                if matches!(c, '。' | '！' | '？') {
                    out.push((std::mem::take(&mut current), std::mem::take(&mut ids)));
                }
            }
        }
    }
    if !current.trim().is_empty() {
        out.push((current, ids));
    }
    out
}

#[cfg(test)]
mod sentence_tests {
    use super::*;

    #[test]
    fn sentences_carry_their_own_sources() {
        let line = format!("{}。一是{}。{}", wrap(1, "甲；乙"), wrap(2, "丙"), wrap(3, "他说“好。”"));
        let s = sentences(&line);
        assert_eq!(
            s,
            vec![
                ("甲；乙。".to_string(), vec![1]),
                ("一是丙。".to_string(), vec![2]),
                ("他说“好。”".to_string(), vec![3])
            ]
        );
    }
}

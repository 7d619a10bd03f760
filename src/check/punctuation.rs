//! `punctuation`: Chinese text takes full-width marks （，。；：？！（）“”）. A half-width , . ; : ? ! ( ) "
//! next to Chinese is a slip (often from pasting out of a web page or typing with the wrong input
//! mode) and is fixed by `--fix`. Not flagged: decimals and thousands (12.3, 1,200), times (9:30), the
//! `1.` of a level-3 heading, URLs and runs of English. Unbalanced “” （） 《》 within a paragraph are
//! reported but not fixed (where the missing mark goes is a writer's call).

use super::{Doc, Finding, Fix, Rule};
use crate::text::{is_cjk, is_han};

/// What each character of a line has around it, computed once per line so that every rule's look
/// left or right is a lookup: a line of 100,000 spaces or brackets stays linear.
struct Around {
    /// The nearest character before each one that is not a space, ASCII quote or bracket.
    prev: Vec<Option<char>>,
    /// The nearest such character at or after each index (one more entry: the end).
    next: Vec<Option<char>>,
    /// The nearest character before each one that is not a space.
    before_space: Vec<Option<char>>,
    /// The nearest character before each one that is not part of a figure (digits % . space).
    before_figure: Vec<Option<char>>,
    /// The index of the last `(` before each index.
    last_open: Vec<Option<usize>>,
    /// The index of the first `)` at or after each index (one more entry: the end).
    next_close: Vec<Option<usize>>,
    /// How many CJK characters come before each index (one more entry: the end).
    cjk: Vec<usize>,
}

impl Around {
    fn of(chars: &[(usize, char)]) -> Around {
        let seen = |c: char| !matches!(c, ' ' | '"' | '\'' | '(' | ')');
        let n = chars.len();
        let (mut prev, mut before_space, mut before_figure, mut last_open, mut cjk) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n + 1),
        );
        let (mut p, mut s, mut f, mut o, mut count) = (None, None, None, None, 0);
        for (k, &(_, c)) in chars.iter().enumerate() {
            prev.push(p);
            before_space.push(s);
            before_figure.push(f);
            last_open.push(o);
            cjk.push(count);
            if seen(c) {
                p = Some(c);
            }
            if c != ' ' {
                s = Some(c);
            }
            if !(c.is_ascii_digit() || matches!(c, '%' | '.' | ' ')) {
                f = Some(c);
            }
            if c == '(' {
                o = Some(k);
            }
            count += usize::from(is_cjk(c));
        }
        cjk.push(count);
        let mut next = vec![None; n + 1];
        let mut next_close = vec![None; n + 1];
        for k in (0..n).rev() {
            let c = chars[k].1;
            next[k] = if seen(c) { Some(c) } else { next[k + 1] };
            next_close[k] = if c == ')' { Some(k) } else { next_close[k + 1] };
        }
        Around { prev, next, before_space, before_figure, last_open, next_close, cjk }
    }

    /// Whether `chars[from..to]` holds a CJK character.
    fn has_cjk(&self, from: usize, to: usize) -> bool {
        to > from && self.cjk[to] > self.cjk[from]
    }
}

/// Whether the clause before a `?` asks something: a question particle at its end or a question
/// word in it.
fn asks(before: &str) -> bool {
    // A clause is short: its last 120 bytes say whether it asks.
    let before = &before[before.ceil_char_boundary(before.len().saturating_sub(120))..];
    let clause = before.rsplit(['。', '！', '？', '；', '!', ';']).next().unwrap_or(before);
    clause.ends_with(['吗', '呢', '么', '吧', '啊'])
        || ["什么", "怎么", "如何", "为什么", "为何", "哪", "谁", "是否", "多少", "几何", "难道"]
            .iter()
            .any(|w| clause.contains(w))
}

/// The full-width mark for a half-width one: the shared table, and `.` → `。` where it is one.
fn full_width(c: char) -> Option<char> {
    if c == '.' { Some('。') } else { crate::text::full_width(c) }
}

pub fn check(doc: &Doc) -> Vec<Finding> {
    let mut findings = Vec::new();
    for line in doc.typeset() {
        if findings.len() >= super::MAX_PER_RULE {
            break;
        }
        let text = line.raw;
        let chars: Vec<(usize, char)> = text.char_indices().filter(|&(i, _)| i >= line.start).collect();
        let urls = url_spans(text);
        let around = Around::of(&chars);
        let mut url = 0;
        let mut quotes = 0usize;
        let mut k = 0;
        while k < chars.len() && findings.len() < super::MAX_PER_RULE {
            let (i, c) = chars[k];
            while urls.get(url).is_some_and(|&(_, e)| e <= i) {
                url += 1;
            }
            if urls.get(url).is_some_and(|&(s, _)| s <= i) {
                k += 1;
                continue;
            }
            // Neighbours, looking through spaces and ASCII quotes/brackets (`石"!` is Chinese).
            let prev = around.prev[k];
            let next = |from: usize| around.next.get(from).copied().flatten();
            let chinese = |p: Option<char>, n: Option<char>| p.is_some_and(is_cjk) || n.is_some_and(is_cjk);
            let digit = |x: Option<char>| x.is_some_and(|c| c.is_ascii_digit());
            // English typing: a word, the mark, then a space (`Hello, world. 然后`).
            let english = chars.get(k.wrapping_sub(1)).is_some_and(|&(_, p)| p.is_ascii_alphanumeric())
                && chars.get(k + 1).is_none_or(|&(_, n)| n == ' ');
            // A half-width mark is typed with a space after it (`亿元, 增长`); the full-width mark
            // has its own spacing, so the fix takes the spaces too (`亿元，增长`).
            let spaces_after = |k: usize| {
                let n = chars[k + 1..].iter().take_while(|&&(_, c)| c == ' ').count();
                // Only between Chinese: at a line end or before more text they go with it.
                if chars.get(k + 1 + n).is_some_and(|&(_, c)| is_cjk(c)) { n } else { 0 }
            };
            let mut push = |len: usize, mark: &str, with: String| {
                let (message, suggestion) = match with.as_str() {
                    "“" => ("中文里用了半角引号 \"".to_string(), "改为全角左引号 “".to_string()),
                    "”" => ("中文里用了半角引号 \"".to_string(), "改为全角右引号 ”".to_string()),
                    _ => (format!("中文里用了半角“{mark}”"), format!("改为全角“{with}”")),
                };
                let mut f = Finding::at(Rule::Punctuation, line, i, message, suggestion);
                f.fix = Some(Fix { start: line.offset + i, end: line.offset + i + len, with });
                findings.push(f);
            };
            match c {
                '.' => {
                    let run = chars[k..].iter().take_while(|&&(_, c)| c == '.').count();
                    if run >= 3 {
                        if chinese(prev, next(k + run)) {
                            push(run, &".".repeat(run), "……".into());
                        }
                        k += run;
                        continue;
                    }
                    let heading_number = k > 0
                        && k <= 2
                        && chars[..k].iter().all(|&(_, c)| c.is_ascii_digit())
                        && chars[0].0 == line.start;
                    // `讲稿.docx`, `U.S.`: a full stop is never directly followed by a Latin letter.
                    let latin_next = chars.get(k + 1).is_some_and(|&(_, n)| n.is_ascii_alphabetic());
                    let exempt = heading_number || english || latin_next || digit(prev) && digit(next(k + 1));
                    // `增长8.5%.` at a line end: the figure belongs to the Chinese sentence before it.
                    let figure_end = prev == Some('%')
                        && around.before_figure[k].is_some_and(is_cjk)
                        && next(k + 1).is_none_or(is_cjk);
                    if !exempt && (chinese(prev, next(k + 1)) || figure_end) {
                        push(1 + spaces_after(k), ".", "。".into());
                    }
                }
                // 1,200 and 9:30 are numbers.
                ',' | ':'
                    if !(english || digit(prev) && digit(next(k + 1))) && chinese(prev, next(k + 1)) =>
                {
                    push(1 + spaces_after(k), &c.to_string(), full_width(c).unwrap().to_string());
                }
                // The `;` of an HTML entity (`&amp;`) is reported by `placeholder`, not here.
                ';' if entity_end(&text[..i]) => {}
                // `华为云?河南`: a `?` pressed between two Han characters in a sentence that asks
                // nothing is a middle dot lost in a code page, not a question: say both, fix neither.
                '?' if chars.get(k.wrapping_sub(1)).is_some_and(|&(_, p)| is_han(p))
                    && chars.get(k + 1).is_some_and(|&(_, n)| is_han(n))
                    && !asks(&text[line.start..i]) =>
                {
                    findings.push(Finding::at(
                        Rule::Punctuation,
                        line,
                        i,
                        "两个汉字之间有半角“?”",
                        "若是间隔号（华为云·河南），改为“·”；若是问句，改为全角“？”",
                    ));
                }
                ';' | '?' | '!' if !english && chinese(prev, next(k + 1)) => {
                    push(1 + spaces_after(k), &c.to_string(), full_width(c).unwrap().to_string());
                }
                '(' | ')' => {
                    // A pair is Chinese if anything inside it or either side of it is.
                    let chinese_pair = match c {
                        '(' => around.next_close[k + 1].is_some_and(|close| {
                            around.has_cjk(k + 1, close) || chinese(prev, next(close + 1))
                        }),
                        _ => around.last_open[k].is_some_and(|open| {
                            around.has_cjk(open + 1, k) || chinese(around.before_space[open], next(k + 1))
                        }),
                    };
                    if chinese_pair || chinese(prev, next(k + 1)) {
                        push(1, &c.to_string(), full_width(c).unwrap().to_string());
                    }
                }
                '"' => {
                    let with = if quotes.is_multiple_of(2) { "“" } else { "”" };
                    quotes += 1;
                    if chinese(prev, next(k + 1)) {
                        push(1, "\"", with.into());
                    }
                }
                _ => {}
            }
            k += 1;
        }
        findings.extend(unbalanced(line));
    }
    findings
}

/// Whether `before` ends with the start of an HTML entity (`&amp`, `&#39`, `&#x4E00`).
fn entity_end(before: &str) -> bool {
    before.rfind('&').is_some_and(|amp| {
        let name = &before[amp + 1..];
        let name = name.strip_prefix('#').unwrap_or(name);
        (1..=8).contains(&name.len()) && name.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// Byte spans of URLs (`http://…`, `https://…`, `www.…`) in `text`: up to a space or a Chinese mark.
fn url_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for prefix in ["http://", "https://", "www."] {
        for (s, _) in text.match_indices(prefix) {
            if spans.iter().any(|&(a, b)| (a..b).contains(&s)) {
                continue;
            }
            let len = text[s..].find(|c: char| c.is_whitespace() || is_cjk(c)).unwrap_or(text.len() - s);
            // A sentence mark right after a URL ends the sentence, not the URL (`a.html,请`).
            let url = text[s..s + len].trim_end_matches([',', '.', ';', ':', '!', '?', ')', '"']);
            spans.push((s, s + url.len()));
        }
    }
    spans
}

/// Unbalanced “” （） 《》 on one line (half-width parentheses count as their full-width pair, so a
/// `（…)` is reported once, as a half-width mark).
fn unbalanced(line: &super::Line) -> Vec<Finding> {
    let mut stack: Vec<(usize, char)> = Vec::new();
    // How many of each opening mark the stack holds: a closing mark with none open is reported
    // without searching the stack (`《《《…）））` stays linear).
    let mut open_count = [0usize; 3];
    let slot = |c: char| match c {
        '“' => 0,
        '（' => 1,
        _ => 2,
    };
    let mut out = Vec::new();
    for (i, c) in line.raw.char_indices().filter(|&(i, _)| i >= line.start) {
        let c = match c {
            '(' => '（',
            ')' => '）',
            c => c,
        };
        match c {
            '“' | '（' | '《' => {
                stack.push((i, c));
                open_count[slot(c)] += 1;
            }
            '”' | '）' | '》' => {
                let open = match c {
                    '”' => '“',
                    '）' => '（',
                    _ => '《',
                };
                if stack.last().is_some_and(|&(_, o)| o == open) {
                    stack.pop();
                    open_count[slot(open)] -= 1;
                } else if open_count[slot(open)] > 0
                    && let Some(pos) = stack.iter().rposition(|&(_, o)| o == open)
                {
                    // Marks opened after the matching one were never closed.
                    for (n, (j, o)) in stack.drain(pos..).enumerate() {
                        open_count[slot(o)] -= 1;
                        if n > 0 {
                            out.push(unclosed(line, j, o));
                        }
                    }
                } else {
                    out.push(Finding::at(
                        Rule::Punctuation,
                        line,
                        i,
                        format!("“{c}”没有与之配对的“{open}”"),
                        format!("补上“{open}”，或删去多余的“{c}”"),
                    ));
                }
            }
            _ => {}
        }
    }
    out.extend(stack.into_iter().map(|(i, o)| unclosed(line, i, o)));
    out
}

fn unclosed(line: &super::Line, at: usize, open: char) -> Finding {
    let close = match open {
        '“' => '”',
        '（' => '）',
        _ => '》',
    };
    Finding::at(
        Rule::Punctuation,
        line,
        at,
        format!("“{open}”没有与之配对的“{close}”"),
        format!("在引用或注释结束处补上“{close}”"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(usize, usize, String)> {
        crate::check::placed(check(&Doc::parse(text, true)), |f| f.suggestion)
    }

    #[test]
    fn half_width_marks_in_chinese() {
        let f = found("# 题\n我们要抓项目,稳外贸;优环境:提效率?干!\n(一)外资\n他说\"好\"。\n");
        let cols: Vec<(usize, usize)> = f.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(
            cols,
            [(2, 7), (2, 11), (2, 15), (2, 19), (2, 21), (3, 1), (3, 3), (4, 3), (4, 5)],
            "{f:?}"
        );
        assert!(f[7].2.contains('“') && f[8].2.contains('”'));
    }

    #[test]
    fn numbers_urls_english_and_headings_are_not_flagged() {
        let text = "# 题\n#### 1. 精准招商\n实际利用外资12.3亿美元，增长8.5%，9:30开会，共1,200家。\n\
                    详见https://www.mofcom.gov.cn/a.html，或 www.gov.cn。\n\
                    他说 Hello, world. 然后离开。\n1.精准招商\n";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn ellipsis_and_unbalanced_pairs() {
        let f = found("# 题\n等等...然后。\n“开放是发展的必由之路。\n《报告》（全文）》\n");
        assert_eq!(f.len(), 3, "{f:?}");
        assert_eq!((f[0].0, f[0].1), (2, 3));
        assert!(f[0].2.contains("……"));
        assert_eq!((f[1].0, f[1].1), (3, 1));
        assert_eq!((f[2].0, f[2].1), (4, 9));
    }

    #[test]
    fn a_question_mark_between_han_that_asks_nothing_may_be_a_lost_middle_dot() {
        let text = "# 题\n“数赢未来”华为云?河南产业合作高峰论坛。\n这是为什么?我们要想清楚。\n";
        let all = check(&Doc::parse(text, true));
        assert_eq!(all.len(), 2, "{all:?}");
        assert!(all[0].suggestion.contains("“·”") && all[0].fix.is_none(), "{all:?}");
        assert_eq!(all[1].fix.as_ref().map(|f| f.with.as_str()), Some("？"));
    }

    /// `text` after `--fix`.
    fn fixed(text: &str) -> String {
        let findings = check(&Doc::parse(text, true));
        crate::check::apply_fixes(text, &crate::check::fixes(&findings))
    }

    #[test]
    fn fixes_keep_file_names_take_the_space_and_catch_a_percent_at_the_end() {
        // A full stop in a file name or between Latin letters is not Chinese punctuation.
        assert_eq!(fixed("# 题\n请把讲稿.docx发给办公室。\n"), "# 题\n请把讲稿.docx发给办公室。\n");
        // The space typed after a half-width comma goes with it.
        assert_eq!(fixed("# 题\n外贸总额18.6亿元, 增长12.1%。\n"), "# 题\n外贸总额18.6亿元，增长12.1%。\n");
        // `%.` at the end of a Chinese sentence.
        assert_eq!(fixed("# 题\n实际利用外资增长8.5%.\n"), "# 题\n实际利用外资增长8.5%。\n");
        // Not a decimal, and not English.
        assert_eq!(fixed("# 题\n增长8.5%，他说 Hello, world.\n"), "# 题\n增长8.5%，他说 Hello, world.\n");
    }
}

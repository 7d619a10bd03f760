//! A draft as the rules see it: its lines, what each line is (title, heading, paragraph …), and where
//! its text starts, so every rule reports the line and column a writer sees in the editor.

/// What a line of the draft is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    Title,
    /// The date line / speaker line in full-width parentheses right after the title.
    Subtitle,
    /// A Markdown heading (`##` 1, `###` 2, `####` 3, `#####` 4).
    Heading(u8),
    Paragraph,
    /// `> 来源：…` lines written by `draft --explain`: not part of the speech.
    Note,
}

/// One line of the draft.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// 1-based line number.
    pub no: usize,
    /// Byte offset of the line in the whole text.
    pub offset: usize,
    /// The whole line, without its line ending.
    pub raw: &'a str,
    /// Byte offset in `raw` where the speech text starts (after `## `, indentation, `　　`).
    pub start: usize,
    pub kind: LineKind,
}

impl<'a> Line<'a> {
    /// The speech text of the line.
    pub fn text(&self) -> &'a str {
        &self.raw[self.start..]
    }

    /// Whether this line is speech text (heading or paragraph; not title, notes or blanks).
    pub fn is_body(&self) -> bool {
        matches!(self.kind, LineKind::Heading(_) | LineKind::Paragraph)
    }

    /// The 1-based character column of byte offset `at` in `raw`.
    pub fn col(&self, at: usize) -> usize {
        self.raw[..at.min(self.raw.len())].chars().count() + 1
    }
}

/// A draft split into typed lines.
#[derive(Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub lines: Vec<Line<'a>>,
}

/// Whether the first line of a plain text is its title: a short line, not a sentence (no full
/// stop at its end), with more text after it. A one-line note, or a text that starts straight with
/// its first paragraph, has no title: every line of it is counted.
fn looks_like_title(line: &str, more_follows: bool) -> bool {
    let line = line.trim();
    more_follows
        && line.chars().count() <= 60
        && !line.ends_with(['。', '！', '？', '；', '，', '：', '…', '.', '!', '?'])
}

impl<'a> Doc<'a> {
    /// Reads `text` as a Markdown draft when `markdown`, else as plain text (title on the first line,
    /// paragraphs indented or not).
    pub fn parse(text: &'a str, markdown: bool) -> Doc<'a> {
        let mut lines = Vec::new();
        let mut offset = 0;
        let mut seen_title = false;
        // The previous non-blank line was the title (a subtitle may follow).
        let mut after_title = false;
        for (i, chunk) in text.split_inclusive('\n').enumerate() {
            let raw = chunk.trim_end_matches(['\n', '\r']);
            let indent = raw.len() - raw.trim_start_matches([' ', '\t', '\u{3000}', '\u{feff}']).len();
            let rest = &raw[indent..];
            let (kind, start) = if rest.trim().is_empty() {
                (LineKind::Blank, raw.len())
            } else if rest.starts_with('>') && markdown {
                (LineKind::Note, indent)
            } else if markdown && rest.starts_with('#') {
                let hashes = rest.chars().take_while(|&c| c == '#').count();
                let after = &rest[hashes..];
                let skip = after.len() - after.trim_start().len();
                let start = indent + hashes + skip;
                if hashes == 1 && !seen_title {
                    (LineKind::Title, start)
                } else {
                    (LineKind::Heading((hashes as u8).saturating_sub(1).max(1)), start)
                }
            } else if !markdown
                && !seen_title
                && looks_like_title(rest, !text[offset + chunk.len()..].trim().is_empty())
            {
                (LineKind::Title, indent)
            } else if after_title && rest.starts_with('（') && rest.trim_end().ends_with('）') {
                (LineKind::Subtitle, indent)
            } else {
                (LineKind::Paragraph, indent)
            };
            match kind {
                LineKind::Blank => {}
                LineKind::Title => {
                    seen_title = true;
                    after_title = true;
                }
                _ => after_title = false,
            }
            lines.push(Line { no: i + 1, offset, raw, start, kind });
            offset += chunk.len();
        }
        Doc { text, lines }
    }

    /// Lines of speech text (headings and paragraphs).
    pub fn body(&self) -> impl Iterator<Item = &Line<'a>> {
        self.lines.iter().filter(|l| l.is_body())
    }

    /// Lines the Word output sets in type: the title and date line as well as the body (not notes
    /// or blanks).
    pub fn typeset(&self) -> impl Iterator<Item = &Line<'a>> {
        self.lines.iter().filter(|l| l.is_body() || matches!(l.kind, LineKind::Title | LineKind::Subtitle))
    }

    /// The line holding byte offset `at` of the whole text, and the offset inside that line.
    pub fn locate(&self, at: usize) -> Option<(&Line<'a>, usize)> {
        let i = self.lines.partition_point(|l| l.offset <= at).checked_sub(1)?;
        let line = &self.lines[i];
        (at - line.offset <= line.raw.len()).then_some((line, at - line.offset))
    }
}

/// A Han character (CJK ideograph) or CJK punctuation / full-width form: what makes a half-width
/// mark "inside Chinese text".
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303f}'   // CJK punctuation 、。〈〉《》「」
        | '\u{3400}'..='\u{4dbf}' // Extension A
        | '\u{4e00}'..='\u{9fff}' // Unified ideographs
        | '\u{f900}'..='\u{faff}'
        | '\u{ff00}'..='\u{ffef}' // full-width forms ，：；（）
        | '\u{2018}'..='\u{201d}' // ‘’“”
        | '\u{2014}' | '\u{2026}' // —— ……
        | '\u{20000}'..='\u{2ffff}')
}

/// A Han character only.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// 一 … 九十九 as a number; `None` for anything else.
pub fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c).map(|d| d as u32);
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c).filter(|&d| d > 0),
        ['十', u] => digit(*u).filter(|&d| d > 0).map(|d| 10 + d),
        [t, '十'] => digit(*t).filter(|&d| d > 1).map(|d| d * 10),
        [t, '十', u] => Some(digit(*t).filter(|&d| d > 1)? * 10 + digit(*u).filter(|&d| d > 0)?),
        _ => None,
    }
}

/// `n` as Chinese numerals (1 ≤ n < 100): 3 → 三, 12 → 十二, 20 → 二十.
pub fn chinese_numeral(n: u32) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        20..=99 => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers_round_trip() {
        for n in 1..100 {
            assert_eq!(chinese_number(&chinese_numeral(n)), Some(n), "{n}");
        }
        assert_eq!(chinese_number("一十"), None);
        assert_eq!(chinese_number("是"), None);
    }

    #[test]
    fn plain_text_lines_are_typed() {
        let text =
            "在全市对外开放工作会议上的讲话\r\n（2026年3月15日）\r\n\r\n　　同志们：\r\n    一、成绩\r\n";
        let doc = Doc::parse(text, false);
        let kinds: Vec<LineKind> = doc.lines.iter().map(|l| l.kind).collect();
        use LineKind::*;
        assert_eq!(kinds, [Title, Subtitle, Blank, Paragraph, Paragraph]);
        assert_eq!(doc.lines[3].text(), "同志们：");
        assert_eq!(doc.lines[4].text(), "一、成绩");
        assert_eq!(doc.lines[4].col(doc.lines[4].start), 5);
    }

    #[test]
    fn markdown_lines_are_typed() {
        let text = "# 题\n\n（2026年3月15日）\n\n同志们：\n## 一、成绩\n> 来源：x\n　　段落\n";
        let doc = Doc::parse(text, true);
        let kinds: Vec<LineKind> = doc.lines.iter().map(|l| l.kind).collect();
        use LineKind::*;
        assert_eq!(kinds, [Title, Blank, Subtitle, Blank, Paragraph, Heading(1), Note, Paragraph]);
        assert_eq!(doc.lines[5].text(), "一、成绩");
        assert_eq!(doc.lines[7].text(), "段落");
        let at = text.find("成绩").unwrap();
        let (line, inner) = doc.locate(at).unwrap();
        assert_eq!((line.no, line.col(inner)), (6, 6));
    }

    #[test]
    fn a_one_line_text_has_no_title() {
        use LineKind::*;
        let kinds = |t: &str| Doc::parse(t, false).lines.iter().map(|l| l.kind).collect::<Vec<_>>();
        assert_eq!(kinds("全市实际利用外资12.3亿美元，增长8.5%。\n"), [Paragraph]);
        assert_eq!(kinds("在全市对外开放工作会议上的讲话\n同志们：\n"), [Title, Paragraph]);
        assert_eq!(kinds("同志们：今年以来，全市上下开拓进取。\n第二段。\n"), [Paragraph, Paragraph]);
    }
}

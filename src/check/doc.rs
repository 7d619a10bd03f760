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
    /// Byte offsets of every `COL_STEP`th character, for `col` on long lines.
    checkpoints: std::sync::OnceLock<Vec<usize>>,
}

const COL_STEP: usize = 256;

impl<'a> Line<'a> {
    /// The speech text of the line.
    pub fn text(&self) -> &'a str {
        &self.raw[self.start..]
    }

    /// Whether this line is speech text (heading or paragraph; not title, notes or blanks).
    pub fn is_body(&self) -> bool {
        matches!(self.kind, LineKind::Heading(_) | LineKind::Paragraph)
    }

    /// The 1-based character column of byte offset `at` in `raw`. A long line (a whole file pasted
    /// as one paragraph) gets a checkpoint every `COL_STEP` characters, built once, so a rule with
    /// thousands of findings on it stays linear.
    pub fn col(&self, at: usize) -> usize {
        let at = self.raw.floor_char_boundary(at.min(self.raw.len()));
        if self.raw.len() <= 4 * COL_STEP {
            return self.raw[..at].chars().count() + 1;
        }
        let marks = self.checkpoints.get_or_init(|| {
            self.raw.char_indices().step_by(COL_STEP).map(|(b, _)| b).collect::<Vec<usize>>()
        });
        let k = marks.partition_point(|&b| b <= at) - 1;
        k * COL_STEP + self.raw[marks[k]..at].chars().count() + 1
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

/// Whether `line`, later in a plain text, is the title of another speech in the same file (a page
/// of speeches, a file of two): a short line with no clause punctuation that names itself a speech
/// (…的讲话, …上的致辞) or is followed by the salutation 同志们 (the date line may stand between).
/// Numbering starts afresh under it.
fn starts_another_speech(line: &str, rest: &str) -> bool {
    let line = line.trim();
    if !looks_like_title(line, true)
        || line.contains(['，', ',', '、', '：', ':', '；', ';'])
        || crate::text::fragment_number(line).is_some()
        || line.starts_with(['（', '('])
    {
        return false;
    }
    let names_itself = ["讲话", "致辞", "发言", "讲话提纲", "工作报告"].iter().any(|w| line.ends_with(w));
    let mut next = rest.lines().map(str::trim).filter(|l| !l.is_empty());
    let salutation = |l: &str| l.starts_with("同志们") || l.starts_with("各位");
    let greeted = match next.next() {
        Some(l) if l.starts_with(['（', '(']) => next.next().is_some_and(salutation),
        Some(l) => salutation(l),
        None => false,
    };
    names_itself || greeted
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
            } else if markdown && crate::export::explain::is_note(rest) {
                (LineKind::Note, indent)
            } else if markdown && rest.starts_with('>') {
                // A line quoted with `>` other than a note is the writer's text (as `export` has it).
                let quoted = rest.trim_start_matches('>');
                let skip = quoted.len() - quoted.trim_start_matches([' ', '\u{3000}']).len();
                (LineKind::Paragraph, indent + (rest.len() - quoted.len()) + skip)
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
            } else if !markdown && {
                let after = &text[offset + chunk.len()..];
                // The first title, or another speech's title later in the same file.
                if seen_title {
                    starts_another_speech(rest, after)
                } else {
                    looks_like_title(rest, !after.trim().is_empty())
                }
            } {
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
            lines.push(Line { no: i + 1, offset, raw, start, kind, checkpoints: Default::default() });
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

pub use crate::text::{chinese_number, chinese_numeral, is_cjk, is_han};

#[cfg(test)]
mod tests {
    use super::*;

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
        let text = "# 题\n\n（2026年3月15日）\n\n同志们：\n## 一、成绩\n> 来源：x\n　　段落\n> 引用的话\n";
        let doc = Doc::parse(text, true);
        let kinds: Vec<LineKind> = doc.lines.iter().map(|l| l.kind).collect();
        use LineKind::*;
        // Only `--explain`'s notes are notes: another `>` line is the writer's (review 44).
        assert_eq!(kinds, [Title, Blank, Subtitle, Blank, Paragraph, Heading(1), Note, Paragraph, Paragraph]);
        assert_eq!(doc.lines[5].text(), "一、成绩");
        assert_eq!(doc.lines[7].text(), "段落");
        assert_eq!(doc.lines[8].text(), "引用的话");
        let at = text.find("成绩").unwrap();
        let (line, inner) = doc.locate(at).unwrap();
        assert_eq!((line.no, line.col(inner)), (6, 6));
    }

    #[test]
    fn columns_of_a_long_line_count_characters() {
        let raw = "中,文.".repeat(1000);
        let doc = Doc::parse(&raw, false);
        let line = &doc.lines[0];
        for (n, (at, _)) in raw.char_indices().enumerate().step_by(37) {
            assert_eq!(line.col(at), n + 1);
        }
        assert_eq!(line.col(raw.len()), raw.chars().count() + 1);
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

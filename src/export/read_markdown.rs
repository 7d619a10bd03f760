//! The Markdown draft format read back into a `Draft`, so a writer can edit the Markdown a draft was
//! exported as and then get the Word file (`jianggao export 讲稿.md -o 讲稿.docx`).
//!
//! The format (see the team contract): `# 标题`; a line in full-width parentheses right after it is the
//! subtitle (date line / speaker); `##`, `###`, `####` (and `#####`) are headings of level 1–4 with
//! their numbering included; `> 来源：…` lines written by `--explain` are ignored; every other
//! non-empty line is a paragraph. Each `##` heading starts a new section; what stands before the
//! first one is the opening.

use crate::error::{Error, Position, Result};
use crate::model::{Block, BlockKind, Draft, DraftSection, Genre};

/// Parses a Markdown draft. `file` names it in error messages.
pub fn read_markdown(text: &str, file: &str) -> Result<Draft> {
    let mut title: Option<String> = None;
    let mut subtitle: Option<String> = None;
    let mut sections: Vec<DraftSection> = vec![section("opening", None)];
    // The heading level the next paragraph stands under.
    let mut level = 0u8;
    // Whether the line just read (skipping blank lines) was the title: only then can a line in
    // full-width parentheses be the subtitle.
    let mut after_title = false;

    for (i, raw) in text.lines().enumerate() {
        let pos = Position { line: i + 1, col: 1 };
        let line = raw.trim_start_matches('\u{feff}').trim().trim_start_matches('\u{3000}').trim();
        if line.is_empty() {
            continue;
        }
        if crate::export::explain::is_note(line) {
            // `--explain` provenance (`> 来源：…`); not part of the speech.
            continue;
        }
        // Any other line quoted with `>` is the writer's text, its marks set aside.
        let line = match line.strip_prefix('>') {
            Some(quoted) => quoted.trim_start_matches('>').trim(),
            None => line,
        };
        if line.is_empty() {
            continue;
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        let rest = line[hashes..].trim();
        if hashes > 0 && !line[hashes..].starts_with([' ', '\t', '\u{3000}']) && !rest.is_empty() {
            // `#标题` without a space is not a heading in Markdown; say so rather than guess.
            return Err(Error::input(file, Some(pos), format!("“{line}”：# 后应有一个空格"))
                .with_hint("标题行写作 `# 标题`，各级标题写作 `## 一、…`、`### （一）…`、`#### 1. …`"));
        }
        match hashes {
            0 => {
                if after_title && subtitle.is_none() && is_parenthesised(line) {
                    subtitle = Some(line.to_string());
                } else {
                    let last = sections.last_mut().expect("there is always a section");
                    last.blocks.push(block(BlockKind::Paragraph, level, line));
                }
                after_title = false;
            }
            1 => {
                if rest.is_empty() {
                    return Err(Error::input(file, Some(pos), "标题为空"));
                }
                if title.is_some() {
                    return Err(Error::input(file, Some(pos), format!("第二个一级标题“{rest}”"))
                        .with_hint("讲稿只有一个 `#` 标题；正文各级标题用 `##`、`###`、`####`"));
                }
                title = Some(rest.to_string());
                after_title = true;
            }
            2..=5 => {
                if rest.is_empty() {
                    return Err(
                        Error::input(file, Some(pos), "空标题").with_hint("删去这一行，或写上标题文字")
                    );
                }
                level = (hashes - 1) as u8;
                if level == 1 {
                    let mut s = section("part", Some(rest.to_string()));
                    s.blocks.push(block(BlockKind::Heading, 1, rest));
                    sections.push(s);
                } else {
                    let last = sections.last_mut().expect("there is always a section");
                    last.blocks.push(block(BlockKind::Heading, level, rest));
                }
                after_title = false;
            }
            _ => {
                return Err(Error::input(file, Some(pos), format!("标题层级过深（{hashes} 个 #）"))
                    .with_hint("讲稿标题最多四级：`##` 一、 `###` （一） `####` 1. `#####` （1）"));
            }
        }
    }

    let Some(title) = title else {
        return Err(Error::input(file, None, "没有找到标题行（以 `# ` 开头）")
            .with_hint("Markdown 讲稿第一行应为 `# 在……会议上的讲话`"));
    };
    sections.retain(|s| !s.blocks.is_empty());
    if sections.is_empty() {
        return Err(Error::input(file, None, "只有标题，没有正文"));
    }
    // The Markdown carries no genre; the Word layout does not depend on it.
    Ok(Draft::new(title, subtitle, Genre::default(), sections))
}

fn section(kind: &str, heading: Option<String>) -> DraftSection {
    DraftSection { kind: kind.to_string(), heading, text: String::new(), blocks: Vec::new() }
}

fn block(kind: BlockKind, level: u8, text: &str) -> Block {
    Block { kind, level, text: text.to_string(), sources: Vec::new() }
}

/// `（2026年3月15日）`, `（2026年3月15日，根据录音整理）`: the whole line in full-width parentheses.
fn is_parenthesised(line: &str) -> bool {
    line.starts_with('（') && line.ends_with('）')
}

#[cfg(test)]
mod tests {
    use super::*;

    const MD: &str = "# 在全市对外开放工作会议上的讲话\n\n（2026年3月15日）\n\n同志们：\n\n今天召开会议。\n\n\
                      ## 一、成绩\n\n### （一）外资\n\n#### 1. 总量\n\n实际利用外资12.3亿美元。\n> 来源：brief\n\n\
                      ## 二、措施\n\n一是要抓项目。\n";

    #[test]
    fn reads_the_contract_format() {
        let d = read_markdown(MD, "t.md").unwrap();
        assert_eq!(d.title, "在全市对外开放工作会议上的讲话");
        assert_eq!(d.subtitle.as_deref(), Some("（2026年3月15日）"));
        let blocks: Vec<(BlockKind, u8, &str)> =
            d.blocks().map(|b| (b.kind, b.level, b.text.as_str())).collect();
        use BlockKind::*;
        assert_eq!(
            blocks,
            vec![
                (Paragraph, 0, "同志们："),
                (Paragraph, 0, "今天召开会议。"),
                (Heading, 1, "一、成绩"),
                (Heading, 2, "（一）外资"),
                (Heading, 3, "1. 总量"),
                (Paragraph, 3, "实际利用外资12.3亿美元。"),
                (Heading, 1, "二、措施"),
                (Paragraph, 1, "一是要抓项目。"),
            ]
        );
        assert_eq!(d.sections.len(), 3);
        assert_eq!(d.sections[1].heading.as_deref(), Some("一、成绩"));
    }

    #[test]
    fn a_quoted_line_is_the_writers_and_a_note_is_not() {
        let d = read_markdown(
            "# 讲话\n\n> 引用一段很重要的话\n\n正文。\n\n>没有空格的引用\n\n> 来源：模板\n",
            "q.md",
        )
        .unwrap();
        let text: Vec<&str> = d.blocks().map(|b| b.text.as_str()).collect();
        assert_eq!(text, ["引用一段很重要的话", "正文。", "没有空格的引用"]);
    }

    #[test]
    fn errors_name_the_line() {
        let e = read_markdown("# 题\n\n##\n", "t.md").unwrap_err().to_string();
        assert!(e.contains("t.md:3:1") && e.contains("空标题"), "{e}");
        let e = read_markdown("同志们：\n", "t.md").unwrap_err().to_string();
        assert!(e.contains("没有找到标题行"), "{e}");
        let e = read_markdown("# 题\n##一、成绩\n", "t.md").unwrap_err().to_string();
        assert!(e.contains("t.md:2:1") && e.contains("空格"), "{e}");
    }
}

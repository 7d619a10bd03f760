//! A `Draft` as Markdown, in the format `jianggao export` (`export::read_markdown`) and `check` read back:
//! `#` title, the subtitle in full-width parentheses, `##`…`#####` headings of level 1…4 with their
//! numbering, one paragraph a line, blank lines between blocks.

use crate::model::draft::Explanation;
use crate::model::{BlockKind, Draft};

/// Markdown; `explain` adds one `> 来源：` line per block.
pub fn to_markdown(draft: &Draft, explain: bool) -> String {
    write(draft, explain, None)
}

/// Markdown with one `> 来源：` line per sentence.
pub fn to_markdown_explained(draft: &Draft, explanation: &Explanation) -> String {
    write(draft, true, Some(explanation))
}

fn write(draft: &Draft, explain: bool, explanation: Option<&Explanation>) -> String {
    let mut out = format!("# {}\n\n", draft.title);
    if let Some(sub) = &draft.subtitle {
        out.push_str(sub);
        out.push_str("\n\n");
    }
    for (k, b) in draft.blocks().enumerate() {
        match b.kind {
            BlockKind::Heading => {
                out.push_str(&"#".repeat(usize::from(b.level) + 1));
                out.push(' ');
                out.push_str(&b.text);
            }
            BlockKind::Paragraph => out.push_str(&b.text),
        }
        out.push('\n');
        if explain {
            out.push('\n');
            match explanation.and_then(|e| e.get(k)) {
                Some(sentences) => {
                    for l in super::explain::sentence_lines(sentences) {
                        out.push_str(&l);
                        out.push('\n');
                    }
                }
                None => {
                    out.push_str(&super::explain::line(b));
                    out.push('\n');
                }
            }
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

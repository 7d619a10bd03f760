//! A `Draft` as Markdown, in the format `jianggao export` and `check` read back (see COMMON.md):
//! `#` title, the subtitle in full-width parentheses, `##`…`#####` headings of level 1…4 with their
//! numbering, one paragraph a line, blank lines between blocks.

use crate::model::{BlockKind, Draft};

pub fn to_markdown(draft: &Draft, explain: bool) -> String {
    let mut out = format!("# {}\n\n", draft.title);
    if let Some(sub) = &draft.subtitle {
        out.push_str(sub);
        out.push_str("\n\n");
    }
    for b in draft.blocks() {
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
            out.push_str(&super::explain::line(b));
            out.push('\n');
        }
        out.push('\n');
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

//! A `Draft` as plain text (`-f txt`): title, subtitle, a blank line, then every heading and
//! paragraph on its own line, paragraphs indented with two full-width spaces `　　` — the shape a
//! writer pastes into WPS or an OA system.

use crate::model::{BlockKind, Draft};

pub fn to_text(draft: &Draft, explain: bool) -> String {
    let mut out = format!("{}\n", draft.title);
    if let Some(sub) = &draft.subtitle {
        out.push_str(sub);
        out.push('\n');
    }
    out.push('\n');
    for b in draft.blocks() {
        if b.kind == BlockKind::Paragraph {
            out.push_str("　　");
        }
        out.push_str(&b.text);
        out.push('\n');
        if explain {
            out.push_str(&super::explain::line(b));
            out.push('\n');
        }
    }
    out
}

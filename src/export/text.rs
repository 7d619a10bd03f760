//! A `Draft` as plain text (`-f txt`): title, subtitle, a blank line, then every heading and
//! paragraph on its own line, paragraphs indented with two full-width spaces `　　` — the shape a
//! writer pastes into WPS or an OA system.

use crate::model::draft::Explanation;
use crate::model::{BlockKind, Draft};

/// Plain text; `explain` adds one `> 来源：` line per block.
pub fn to_text(draft: &Draft, explain: bool) -> String {
    write(draft, explain, None)
}

/// Plain text with one `> 来源：` line per sentence.
pub fn to_text_explained(draft: &Draft, explanation: &Explanation) -> String {
    write(draft, true, Some(explanation))
}

fn write(draft: &Draft, explain: bool, explanation: Option<&Explanation>) -> String {
    let mut out = format!("{}\n", draft.title);
    if let Some(sub) = &draft.subtitle {
        out.push_str(sub);
        out.push('\n');
    }
    out.push('\n');
    for (k, b) in draft.blocks().enumerate() {
        if b.kind == BlockKind::Paragraph {
            out.push_str("　　");
        }
        out.push_str(&b.text);
        out.push('\n');
        if explain {
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
    }
    out
}

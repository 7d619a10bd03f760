//! A `Draft` as JSON: `{"title", "subtitle", "genre", "chars", "minutes", "sections": [{"kind",
//! "heading", "text", "blocks": [{"type", "level", "text", "sources"}]}]}` — provenance included, for
//! tools and for reading a draft back.

use crate::model::Draft;

pub fn to_json(draft: &Draft) -> String {
    let mut s = serde_json::to_string_pretty(draft).expect("a Draft always serialises");
    s.push('\n');
    s
}

//! Placeholders in a text: the masks of scraped or template speeches (`xx`, `xx亿美元`, `**`, `某某`,
//! `*.*%`) and handlebars slots (`{{locality}}`). Shared by `fill` (to fill them) and `check` (to
//! report leftovers), so both agree on what a placeholder is.

use crate::error::Position;

/// What a placeholder probably stands for, guessed from the mask and its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaskKind {
    Figure,
    Percent,
    Date,
    Year,
    Name,
    Place,
    /// A handlebars slot `{{name}}`.
    Slot,
    Unknown,
}

/// One placeholder: byte range in the text, 1-based position, the token as written, its kind.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Placeholder {
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    pub pos: Position,
    pub token: String,
    pub kind: MaskKind,
}

/// Every placeholder in `text`, in order.
pub fn find(_text: &str) -> Vec<Placeholder> {
    Vec::new()
}

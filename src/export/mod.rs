//! Export: a `Draft` as the bytes of a file — Markdown, plain text, JSON, Word (.docx) — and the
//! Markdown draft read back (`jianggao export`).

pub mod docx;
pub mod explain;
pub mod json;
pub mod markdown;
pub mod read_markdown;
pub mod text;

use crate::error::Result;
use crate::model::Draft;
use crate::model::draft::Explanation;

/// Output formats of `draft`, `outline` and `new`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Md,
    Txt,
    Json,
    Docx,
}

/// The bytes of `draft` with one provenance line per sentence (md, txt; json carries sources
/// per block in any case, docx none).
pub fn to_bytes_explained(draft: &Draft, format: Format, explanation: &Explanation) -> Result<Vec<u8>> {
    Ok(match format {
        Format::Md => {
            let mut s = markdown::to_markdown_explained(draft, explanation);
            s.push('\n');
            s.into_bytes()
        }
        Format::Txt => text::to_text_explained(draft, explanation).into_bytes(),
        _ => to_bytes(draft, format, true)?,
    })
}

/// The bytes of `draft` in `format`; `explain` adds provenance lines to md and txt.
pub fn to_bytes(draft: &Draft, format: Format, explain: bool) -> Result<Vec<u8>> {
    Ok(match format {
        Format::Md => {
            let mut s = markdown::to_markdown(draft, explain);
            s.push('\n');
            s.into_bytes()
        }
        Format::Txt => text::to_text(draft, explain).into_bytes(),
        Format::Json => json::to_json(draft).into_bytes(),
        Format::Docx => docx::to_docx(draft)?,
    })
}

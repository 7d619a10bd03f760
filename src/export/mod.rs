//! Export: a `Draft` as the bytes of a file — Markdown, plain text, JSON, Word (.docx) — and the
//! Markdown draft read back (`jianggao export`).

pub mod docx;
pub mod read_markdown;

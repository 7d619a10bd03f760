//! Export: a `Draft` as the bytes of a file — Markdown, plain text, JSON, Word (.docx).

pub mod docx;

//! jianggao（讲稿）: drafts Chinese government work speeches from a YAML brief or terminal prompts.
//!
//! The pipeline, one module per stage, each with a typed input and output:
//!
//! ```text
//! Brief ──plan──▶ Plan ──render──▶ Draft ──export──▶ md / txt / json / docx
//!          ▲ (phrases chosen by section, topic and --seed)
//!      Phrasebank ◀──mine── corpus of past speeches
//!                             check: any draft ──▶ findings
//! ```
//!
//! `main.rs` only parses arguments and calls `cmd::*`.

pub mod assets;
pub mod check;
pub mod cmd;
pub mod edit;
pub mod error;
pub mod export;
pub mod fill;
pub mod input;
pub mod literals;
pub mod marks;
pub mod mask;
pub mod mine;
pub mod model;
pub mod phrasebank;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod terminal;
pub mod text;
pub mod walk;
pub mod wizard;
pub mod yaml;

pub use error::{Error, Result};

/// Mining allocates and frees a few small strings per token (words, slots, ids) on every worker;
/// mimalloc's per-thread free lists make that about a sixth of mining's time cheaper than the
/// system allocator does. Set here, in the library, so the binary, the tests and the benches all
/// measure the same allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

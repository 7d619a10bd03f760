//! The drafting pipeline as one call, for every caller that needs a draft (`draft`, `outline`, the
//! `new` wizard): brief → plan → render → `Draft`. Export is separate (`crate::export`).

use std::path::PathBuf;

use crate::error::Result;
use crate::model::{Brief, Draft};

/// What a draft depends on besides the brief.
#[derive(Debug, Clone, Default)]
pub struct DraftOptions {
    /// Chooses among stock phrases; the same seed gives the same bytes.
    pub seed: u64,
    /// A writer's template folder, overriding embedded templates by name.
    pub templates: Option<PathBuf>,
    /// A writer's phrasebank folder, extending the embedded phrasebank.
    pub phrasebank: Option<PathBuf>,
}

/// A complete draft of `brief`.
pub fn draft(_brief: &Brief, _options: &DraftOptions) -> Result<Draft> {
    Err(crate::Error::usage("起草功能尚未实现"))
}

/// The outline of `brief`: the heading tree with one short line per item.
pub fn outline(_brief: &Brief, _options: &DraftOptions) -> Result<Draft> {
    Err(crate::Error::usage("提纲功能尚未实现"))
}

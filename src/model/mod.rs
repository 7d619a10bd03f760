//! The typed data that flows between the stages: a `Brief` in, `Phrase`s from the phrasebank, a
//! `Draft` out. Every stage takes and returns these; none passes loose maps or strings.

pub mod amount;
pub mod brief;
pub mod draft;
pub mod groups;
pub mod phrase;
pub mod shingle;
pub mod words;

pub use brief::{Bound, Brief, Choices, Figure, Genre, Goal, Level, Number, Part};
pub use draft::{Block, BlockKind, Draft, DraftSection, Provenance};
pub use phrase::{Phrase, PhraseSource, Role, Section};

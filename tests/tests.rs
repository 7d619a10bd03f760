//! The integration tests: one binary (linked once), a module per command or concern, sharing
//! `util`. Add a new file here as `mod name;`, or its tests never run.

mod util;

mod brief;
mod check;
mod docx;
mod docx_input;
mod draft;
mod edit;
mod fill;
mod genres;
mod genres_liuzhou;
mod mine;
mod phrases;
mod pty;

//! One module per subcommand: its clap `Args` and a `run` that calls the pipeline stages.
//! Each `run` returns the process exit code, or an `Error` (exit 2).

pub mod check;
pub mod draft;
pub mod example;
pub mod export;
pub mod fill;
pub mod mine;
pub mod new;
pub mod outline;
pub mod phrases;
pub mod templates;
pub mod usage;

use std::process::ExitCode;

use clap::ValueEnum;

/// Output formats of `draft` and `outline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Md,
    Txt,
    Json,
    Docx,
}

pub type Outcome = crate::Result<ExitCode>;

/// `--genre` as typed: an English name (`research-visit`) or the Chinese one (`调研座谈讲话`).
pub fn parse_genre(s: &str) -> Result<crate::model::Genre, String> {
    crate::model::Genre::parse(s).ok_or_else(|| {
        let names: Vec<String> =
            crate::model::Genre::ALL.iter().map(|g| format!("{}（{}）", g.name(), g.chinese())).collect();
        format!("未知体裁“{s}”，可用：{}", names.join("、"))
    })
}

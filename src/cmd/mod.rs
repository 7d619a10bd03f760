//! One module per subcommand: its clap `Args` and a `run` that calls the pipeline stages.
//! Each `run` returns the process exit code, or an `Error` (exit 2).

pub mod args;
pub mod check;
pub mod completions;
pub mod draft;
pub mod edit;
pub mod example;
pub mod export;
pub mod fill;
pub mod help;
pub mod mine;
pub mod new;
pub mod outline;
pub mod phrases;
pub mod templates;
pub mod usage;

use std::process::ExitCode;

pub type Outcome = crate::Result<ExitCode>;

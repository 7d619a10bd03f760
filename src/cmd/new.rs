//! `jianggao new`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use super::args::DraftArgs;
use crate::wizard::{self, Ending};

/// Asks for the brief in the terminal, saving every answer, and ends with a draft.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 提纲文件：已存在则续答（只问还没回答的），不存在则新建；默认 brief.yaml
    #[arg(long, value_name = "FILE")]
    pub brief: Option<PathBuf>,
    #[command(flatten)]
    pub draft: DraftArgs,
}

pub fn run(args: Args) -> Outcome {
    let options = wizard::Options { brief: args.brief, genre: args.draft.genre, draft: args.draft.options() };
    match wizard::run(options)? {
        Ending::Finished { brief, draft } => {
            if draft.is_none() {
                println!(
                    "提纲在 {}；需要时运行 `jianggao draft {}` 生成讲话稿。",
                    brief.display(),
                    brief.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Ending::Interrupted { brief } => {
            eprintln!(
                "已中断。回答都已保存在 {}，用 `jianggao new --brief {}` 继续。",
                brief.display(),
                brief.display()
            );
            Ok(ExitCode::from(130))
        }
    }
}

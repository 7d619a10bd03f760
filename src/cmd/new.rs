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
    let seed = args.draft.seed;
    match wizard::run(options.clone())? {
        Ending::Finished { brief, draft } => {
            if draft.is_none() {
                println!(
                    "提纲在 {}；需要时运行 `jianggao draft {}` 生成讲话稿。",
                    brief.display(),
                    brief.display()
                );
                return Ok(ExitCode::SUCCESS);
            }
            // The draft is written; the writer may go on shaping it with the speech in view.
            let term = console::Term::stdout();
            let open = crate::terminal::menu::confirm(&term, "在全屏编辑界面中打开，逐句调整？", false);
            match open {
                Ok(true) => super::edit::open(&brief, seed, options.draft),
                Ok(false) => {
                    println!("之后可运行 `jianggao edit {}` 逐句调整。", brief.display());
                    Ok(ExitCode::SUCCESS)
                }
                // Ctrl-C at the last question: the brief and the draft are both written.
                Err(_) => Ok(ExitCode::SUCCESS),
            }
        }
        Ending::Interrupted { brief } => {
            eprintln!(
                // (The answer being typed is not one yet: it is asked again, and the message says
                // so — "回答都已保存" promised it, review 25.)
                "已中断。已回答的都保存在 {}（正在回答的这一问没有保存，继续时再问），用 `jianggao new --brief {}` 继续。",
                brief.display(),
                brief.display()
            );
            Ok(ExitCode::from(130))
        }
    }
}

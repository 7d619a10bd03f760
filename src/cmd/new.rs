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
                Ok(true) => {
                    let before = std::fs::read(&brief).ok();
                    let outcome = super::edit::open(&brief, seed, options.draft.clone());
                    // The draft written a moment ago follows the brief saved in the view: it kept
                    // the text from before the edits (review 25).
                    if let Some(md) = &draft
                        && std::fs::read(&brief).ok() != before
                    {
                        refresh(&brief, md, &options.draft);
                    }
                    outcome
                }
                Ok(false) => {
                    println!("之后可运行 `jianggao edit {}` 逐句调整。", brief.display());
                    Ok(ExitCode::SUCCESS)
                }
                // Ctrl-C at the last question: the brief and the draft are both written.
                Err(_) => Ok(ExitCode::SUCCESS),
            }
        }
        Ending::Interrupted { brief, typed } => {
            // (The answer being typed is not one yet: it is asked again, with what was typed back
            // in its line, and the message says so — "回答都已保存" promised it, review 25.)
            let asking = if typed {
                "正在回答的这一问还没确定，打了的字一并保存，继续时仍在这一问的输入行里"
            } else {
                "正在回答的这一问没有保存，继续时再问"
            };
            eprintln!(
                "已中断。已回答的都保存在 {}（{asking}），用 `jianggao new --brief {}` 继续。",
                brief.display(),
                brief.display()
            );
            Ok(ExitCode::from(130))
        }
        Ending::Abandoned { brief } => {
            eprintln!("已中断。还没有回答任何问题，没有留下 {}。", brief.display());
            Ok(ExitCode::from(130))
        }
    }
}

/// Drafts `brief` again into `md`, the draft `new` wrote, once the view saved changes to it; says
/// what was done, or that the draft is out of date and how to bring it up to date.
fn refresh(brief: &std::path::Path, md: &std::path::Path, options: &crate::pipeline::DraftOptions) {
    let redrafted = super::draft::load_brief(brief).and_then(|b| {
        let options = crate::pipeline::DraftOptions { seed: crate::edit::seed_of(&b), ..options.clone() };
        let draft = crate::pipeline::draft(&b, &options)?;
        let bytes = crate::export::to_bytes(&draft, crate::export::Format::Md, false)?;
        crate::input::write_atomic(md, &bytes, true)
    });
    match redrafted {
        Ok(()) => println!("讲话稿已按保存的提纲重新生成：{}", md.display()),
        Err(e) => eprintln!(
            "提示：{} 还是修改前的讲话稿（{}）；运行 `jianggao draft {} -o {} --force` 更新。",
            md.display(),
            e.body(),
            brief.display(),
            md.display()
        ),
    }
}

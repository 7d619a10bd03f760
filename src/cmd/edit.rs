//! `jianggao edit BRIEF`: the full-screen view to draft with the speech in front of you.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use super::args::DraftArgs;
use crate::edit::{self, Session, view::Ending};

/// Opens the brief in a full-screen view: the outline, the draft as it reads, and the stock
/// sentences to cycle, pin or drop.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 提纲文件（YAML）；保存时选择写入其中的 choices
    pub brief: PathBuf,
    #[command(flatten)]
    pub draft: DraftArgs,
}

pub fn run(args: Args) -> Outcome {
    if !crate::terminal::has_terminal() {
        return Err(edit::no_terminal());
    }
    let mut session = Session::open(&args.brief, args.draft.seed, args.draft.options())?;
    if let Some(genre) = args.draft.genre
        && genre != session.brief.genre
    {
        let brief = crate::model::Brief { genre, ..session.brief.clone() };
        session.change(brief)?;
    }
    view(session)
}

/// Opens `brief` in the view (`new` offers it when its draft is written); `seed` is `--seed`.
pub fn open(brief: &std::path::Path, seed: Option<u64>, options: crate::pipeline::DraftOptions) -> Outcome {
    view(Session::open(brief, seed, options)?)
}

fn view(session: Session) -> Outcome {
    match edit::view::run(session)? {
        Ending::Quit => Ok(ExitCode::SUCCESS),
        Ending::QuitAside(why) => {
            eprintln!("{why}。");
            Ok(ExitCode::SUCCESS)
        }
        Ending::Interrupted(path, unsaved) => {
            let typed = unsaved
                .map(|t| format!("（正在输入、还没按回车确定的数值“{t}”没有保存）"))
                .unwrap_or_default();
            eprintln!(
                "已中断。修改都已保存在 {}{typed}，用 `jianggao edit {}` 继续。",
                path.display(),
                path.display()
            );
            Ok(ExitCode::from(130))
        }
    }
}

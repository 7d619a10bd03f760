//! `jianggao new`.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use crate::model::Genre;
use crate::pipeline::DraftOptions;
use crate::wizard::{self, Ending};

/// Asks for the brief in the terminal, saving every answer, and ends with a draft.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 提纲文件：已存在则续答（只问还没回答的），不存在则新建；默认 brief.yaml
    #[arg(long, value_name = "FILE")]
    pub brief: Option<PathBuf>,
    /// 体裁（work-conference、implementation、research-visit、news-report、signed-article，或中文名）
    #[arg(long, value_name = "G", value_parser = super::parse_genre)]
    pub genre: Option<Genre>,
    /// 选择套话的随机种子（同一种子生成相同文字）
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// 自己的模板文件夹（覆盖内置模板）
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// 自己的语料库文件夹（补充内置语料库）
    #[arg(long, value_name = "DIR")]
    pub phrasebank: Option<PathBuf>,
}

pub fn run(args: Args) -> Outcome {
    let options = wizard::Options {
        brief: args.brief,
        genre: args.genre,
        draft: DraftOptions { seed: args.seed, templates: args.templates, phrasebank: args.phrasebank },
    };
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

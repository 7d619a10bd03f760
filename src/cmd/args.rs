//! Arguments more than one command takes, declared once (as cargo's `command_prelude`): a draft
//! made by `draft`, `outline` or at the end of `new` depends on the same four things, with the
//! same defaults, so the wizard's draft and a redraft of its brief are the same bytes.

use std::path::PathBuf;

use crate::model::Genre;
use crate::pipeline::{DEFAULT_SEED, DraftOptions};

/// What a draft depends on besides the brief: `#[command(flatten)]` into a command's `Args`.
#[derive(Debug, Clone, clap::Args)]
pub struct DraftArgs {
    /// 体裁，覆盖提纲中的 genre（work-conference、implementation、research-visit、news-report、signed-article，或中文名）
    #[arg(short, long, value_name = "GENRE", value_parser = parse_genre)]
    pub genre: Option<Genre>,
    /// 随机种子：同一种子得到完全相同的文稿，换一个种子换一批套话
    #[arg(long, value_name = "N", default_value_t = DEFAULT_SEED)]
    pub seed: u64,
    /// 自己的模板文件夹（按文件名覆盖内置模板）
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// 自己的语料库文件夹（补充内置语料库）
    #[arg(long, value_name = "DIR")]
    pub phrasebank: Option<PathBuf>,
}

impl DraftArgs {
    pub fn options(&self) -> DraftOptions {
        DraftOptions {
            seed: self.seed,
            templates: self.templates.clone(),
            phrasebank: self.phrasebank.clone(),
        }
    }
}

/// `--genre` as typed: an English name (`research-visit`) or the Chinese one (`调研座谈讲话`).
pub fn parse_genre(s: &str) -> Result<Genre, String> {
    Genre::parse(s).ok_or_else(|| {
        let names: Vec<String> =
            Genre::ALL.iter().map(|g| format!("{}（{}）", g.name(), g.chinese())).collect();
        format!("未知体裁“{s}”，可用：{}", names.join("、"))
    })
}

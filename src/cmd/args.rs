//! Arguments more than one command takes, declared once (as cargo's `command_prelude`): a draft
//! made by `draft`, `outline` or at the end of `new` depends on the same four things, with the
//! same defaults, so the wizard's draft and a redraft of its brief are the same bytes.

use std::path::PathBuf;

use crate::model::{Brief, Genre};
use crate::pipeline::{DEFAULT_SEED, DraftOptions};

/// What a draft depends on besides the brief: `#[command(flatten)]` into a command's `Args`.
#[derive(Debug, Clone, clap::Args)]
pub struct DraftArgs {
    /// 体裁，覆盖提纲中的 genre（work-conference、implementation、research-visit、news-report、signed-article，或中文名）
    #[arg(short, long, value_name = "GENRE", value_parser = parse_genre)]
    pub genre: Option<Genre>,
    /// 随机种子：同一种子得到完全相同的文稿，换一个种子换一批套话
    /// （默认：提纲 choices 里的种子，否则 1）
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// 自己的模板文件夹（按文件名覆盖内置模板）
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// 自己的语料库文件夹（补充内置语料库）
    #[arg(long, value_name = "DIR")]
    pub phrasebank: Option<PathBuf>,
}

impl DraftArgs {
    /// The options for a brief not yet read (`new`): `--seed`, else the default.
    pub fn options(&self) -> DraftOptions {
        DraftOptions {
            seed: self.seed.unwrap_or(DEFAULT_SEED),
            templates: self.templates.clone(),
            phrasebank: self.phrasebank.clone(),
        }
    }

    /// The options for drafting `brief`: `--seed`, else the seed its `choices:` were made with
    /// (so that `draft` reproduces what `edit` showed), else the default.
    pub fn options_for(&self, brief: &Brief) -> DraftOptions {
        let seed = self.seed.or_else(|| brief.choices.as_ref().and_then(|c| c.seed));
        DraftOptions { seed: seed.unwrap_or(DEFAULT_SEED), ..self.options() }
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

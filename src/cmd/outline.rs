//! `jianggao outline BRIEF`: the heading tree with one short line per item, to agree with the
//! leader before the full text is written.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use super::args::DraftArgs;
use super::draft::{emit, format_for, load_brief};
use crate::export::Format;
use crate::pipeline;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 提纲文件（YAML）；`-` 表示从标准输入读取
    pub brief: PathBuf,
    /// 输出文件（默认输出到屏幕）；已存在时需加 --force
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// 输出格式（默认按 -o 的扩展名，否则 md）
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    #[command(flatten)]
    pub draft: DraftArgs,
    /// 注明来源
    #[arg(long)]
    pub explain: bool,
    /// 允许覆盖已存在的输出文件
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args) -> Outcome {
    crate::input::not_the_input(args.output.as_deref(), &args.brief, "提纲")?;
    let mut brief = load_brief(&args.brief)?;
    if let Some(genre) = args.draft.genre {
        brief.genre = genre;
    }
    let options = args.draft.options_for(&brief);
    let draft = pipeline::draft(&brief, &options)?;
    pipeline::tell(&brief, &draft, &options)?;
    let outline = pipeline::outline_of(&brief, &draft);
    let format = format_for(args.format, args.output.as_deref())?;
    let bytes = crate::export::to_bytes(&outline, format, args.explain)?;
    emit(args.output.as_deref(), format, &bytes, args.force)?;
    Ok(ExitCode::SUCCESS)
}

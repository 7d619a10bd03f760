//! `jianggao export`: a Markdown draft (as `draft -f md` writes it, perhaps edited since) to a Word
//! file in 公文 format.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use crate::export::{docx, read_markdown};
use crate::input;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Markdown 讲稿（UTF-8 或 GBK）
    pub input: PathBuf,
    /// 输出的 Word 文件；默认与输入同名，扩展名改为 .docx
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// 覆盖已存在的输出文件
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args) -> Outcome {
    let decoded = input::read_text(&args.input)?;
    let name = args.input.display().to_string();
    let draft = read_markdown::read_markdown(&decoded.text, &name)?;
    let bytes = docx::to_docx(&draft)?;
    let output = args.output.unwrap_or_else(|| args.input.with_extension("docx"));
    if output == args.input {
        return Err(crate::Error::usage(format!("输出文件 {} 与输入文件相同", output.display())));
    }
    input::write_atomic(&output, &bytes, args.force)?;
    eprintln!("已导出 {}（{} 字，约 {} 分钟）", output.display(), draft.chars, draft.minutes);
    Ok(ExitCode::SUCCESS)
}

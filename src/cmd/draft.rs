//! `jianggao draft BRIEF`: a complete draft from a YAML brief.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Outcome;
use super::args::DraftArgs;
use crate::error::{Error, Result};
use crate::export::Format;
use crate::input;
use crate::model::Brief;
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
    /// 在每段之后注明来源（提纲字段或语料编号）
    #[arg(long)]
    pub explain: bool,
    /// 允许覆盖已存在的输出文件
    #[arg(long)]
    pub force: bool,
}

/// Reads and parses a brief from a file or stdin (`-`).
pub fn load_brief(path: &Path) -> Result<Brief> {
    let (name, decoded) = input::read_text_or_stdin(path)?;
    let brief = Brief::from_yaml(&decoded.text, &name)?;
    brief.require_place_and_meeting(&decoded.text, &name)?;
    brief.require_items_written(&decoded.text, &name)?;
    Ok(brief)
}

/// The format asked for, else the one the output file's extension names, else Markdown. An old
/// Word or WPS name (`-o 讲稿.doc`) is refused: it got Markdown under a name Word opens as garbage
/// (fuzz 26).
pub fn format_for(format: Option<Format>, output: Option<&Path>) -> Result<Format> {
    let ext = output.and_then(|p| p.extension()).and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if format.is_none()
        && let Some(old @ ("doc" | "wps")) = ext.as_deref()
    {
        return Err(Error::usage_with_hint(
            format!(".{old} 是 Word 97-2003 或 WPS 的旧格式，jianggao 不写这种文件"),
            "Word 文档请用 .docx（如 -o 讲稿.docx），Word 和 WPS 都能打开",
        ));
    }
    Ok(format.unwrap_or(match ext.as_deref() {
        Some("docx") => Format::Docx,
        Some("json") => Format::Json,
        Some("txt") => Format::Txt,
        _ => Format::Md,
    }))
}

/// Writes `bytes` to `-o` (atomically) or stdout; refuses to send a .docx to a terminal.
pub fn emit(output: Option<&Path>, format: Format, bytes: &[u8], force: bool) -> Result<()> {
    let to_stdout = output.is_none_or(|p| p.as_os_str() == "-");
    if to_stdout && format == Format::Docx && std::io::stdout().is_terminal() {
        return Err(Error::usage_with_hint(
            "Word 文档不能直接显示在终端上",
            "请用 -o 指定输出文件，如 -o 讲稿.docx",
        ));
    }
    input::write_output(output, bytes, force)
}

pub fn run(args: Args) -> Outcome {
    input::not_the_input(args.output.as_deref(), &args.brief, "提纲")?;
    let mut brief = load_brief(&args.brief)?;
    if let Some(genre) = args.draft.genre {
        brief.genre = genre;
    }
    let options = args.draft.options_for(&brief);
    let format = format_for(args.format, args.output.as_deref())?;
    let bytes = if args.explain {
        let (draft, explanation) = pipeline::draft_explained(&brief, &options)?;
        pipeline::tell(&brief, &draft, &options)?;
        crate::export::to_bytes_explained(&draft, format, &explanation)?
    } else {
        let draft = pipeline::draft(&brief, &options)?;
        pipeline::tell(&brief, &draft, &options)?;
        crate::export::to_bytes(&draft, format, false)?
    };
    emit(args.output.as_deref(), format, &bytes, args.force)?;
    Ok(ExitCode::SUCCESS)
}

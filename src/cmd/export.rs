//! `jianggao export`: a Markdown draft (as `draft -f md` writes it, perhaps edited since) to a Word
//! file in 公文 format.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use crate::check::{Doc, charset};
use crate::export::{docx, read_markdown};
use crate::{input, mask};

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
    let name = args.input.display().to_string();
    let bytes = input::read_bounded(&args.input)?;
    // A Word document is already what export makes: it was told `不是文本文件…` (a helper's sweep).
    if input::is_word(&args.input, &bytes) {
        return Err(crate::Error::usage_with_hint(
            format!("{name} 已经是 Word 文档：export 把 Markdown 讲稿导出为 Word"),
            "要检查或填写 Word 文档，用 jianggao check 或 jianggao fill",
        ));
    }
    let decoded = input::decode(&bytes).map_err(|why| why.error(name.as_str()))?;
    let draft = read_markdown::read_markdown(&decoded.text, &name)?;
    warn_masks(&decoded.text, &name);
    warn_charset(&decoded.text, &name);
    let bytes = docx::to_docx(&draft)?;
    let output = args.output.unwrap_or_else(|| args.input.with_extension("docx"));
    input::not_the_input(Some(&output), &args.input, " Markdown 讲稿")?;
    // A Word document under another kind's name (`-o 讲稿.md`, `-o 讲稿.doc`) opens as garbage
    // (fuzz 26): export writes .docx only.
    if let Some(ext) = output.extension().and_then(|e| e.to_str())
        && !ext.eq_ignore_ascii_case("docx")
    {
        return Err(crate::Error::usage_with_hint(
            format!("export 写的是 Word 文档（.docx），不能存为 .{ext}：{}", output.display()),
            "请用 -o 讲稿.docx；要 Markdown 或文本，用 jianggao draft -o 讲稿.md / 讲稿.txt",
        ));
    }
    input::write_atomic(&output, &bytes, args.force)?;
    eprintln!("已导出 {}（{} 字，约 {} 分钟）", output.display(), draft.chars, draft.minutes);
    Ok(ExitCode::SUCCESS)
}

/// A draft that still has masks (xx, **, 某某, `{{…}}`) is exported all the same — a writer may
/// want to see the page — but each mask is named with its line and column, so none reaches the
/// leader unnoticed.
fn warn_masks(text: &str, name: &str) {
    let masks = mask::find(text);
    if masks.is_empty() {
        return;
    }
    eprintln!("警告：{name} 还有 {} 处待填的占位符，导出的 Word 文件里照原样保留：", masks.len());
    const SHOWN: usize = 20;
    for m in masks.iter().take(SHOWN) {
        let clause = mask::clause(text, m);
        eprintln!("  {name}:{}:{}  {}（{}）", m.pos.line, m.pos.col, clause.marked(&m.token), m.kind.label());
    }
    if masks.len() > SHOWN {
        eprintln!("  ……另有 {} 处", masks.len() - SHOWN);
    }
    eprintln!("提示：用 `jianggao fill {name}` 逐处填写");
}

/// Characters outside GB2312 (镕, 堃, 〇 …) print as blanks in 仿宋_GB2312 / 楷体_GB2312: named with
/// line:col as `check` names them (the `charset` rule), since this is when the fonts matter.
fn warn_charset(text: &str, name: &str) {
    let findings = charset::check(&Doc::parse(text, true));
    if findings.is_empty() {
        return;
    }
    eprintln!("警告：{name} 有 {} 个字公文字体显示不出，导出的 Word 文件里可能是空白：", findings.len());
    const SHOWN: usize = 20;
    // A charset finding is always at a character.
    for (f, p) in findings.iter().filter_map(|f| Some((f, f.at?))).take(SHOWN) {
        eprintln!("  {name}:{}:{}  {}", p.line, p.col, f.message);
    }
    if findings.len() > SHOWN {
        eprintln!("  ……另有 {} 处", findings.len() - SHOWN);
    }
    eprintln!(
        "提示：核对这些字是否写对；人名、地名确需用时，在 Word 里把它们设为 GBK 版字体（方正仿宋_GBK、方正楷体_GBK、方正小标宋_GBK）"
    );
}

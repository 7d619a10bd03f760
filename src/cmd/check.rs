//! `jianggao check FILE [--brief BRIEF] [--json] [--fix [--force]] [--phrasebank DIR] [--wording
//! FILE]…`: what to fix in a draft before the leader sees it. Exit 0 when clean, 1 when there are
//! findings, 2 on error.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Outcome;
use crate::check::{self, Doc, Finding, Options, Rule, length};
use crate::error::Error;
use crate::input::{self, Format, Unit};
use crate::model::Brief;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 要检查的文稿：.md（Markdown 讲稿）、.txt（UTF-8 或 GBK）或 Word 文档 .docx（按段落定位）；`-` 读标准输入
    pub file: PathBuf,
    /// 起草所用的提纲（YAML）：核对数据、篇幅
    #[arg(long, value_name = "BRIEF")]
    pub brief: Option<PathBuf>,
    /// 以 JSON 输出：[{"rule","line","col","message","suggestion"}]；关于全文的问题（篇幅、缺的数据）line 与 col 为 null
    #[arg(long)]
    pub json: bool,
    /// 自动修正可以安全修正的问题（半角标点改全角、确定的错误提法改为规范提法），原文件备份为 FILE.bak
    #[arg(long)]
    pub fix: bool,
    /// 与 --fix 同用：允许覆盖已存在的 FILE.bak
    #[arg(long, requires = "fix")]
    pub force: bool,
    /// 自己的语料库文件夹：其中的 wording.yaml 代替内置的规范提法表
    #[arg(long, value_name = "DIR")]
    pub phrasebank: Option<PathBuf>,
    /// 本单位的规范提法表（格式同 phrasebank/wording.yaml），加在内置表之上；可以写多次
    #[arg(long, value_name = "FILE")]
    pub wording: Vec<PathBuf>,
}

/// Refuses a file that is no draft: a brief (`check brief.yaml --fix` made its commas full-width and
/// the brief unreadable, fuzz 26), and, for `--fix`, anything but a text or Word file.
fn a_draft(path: &Path, fix: bool) -> crate::error::Result<()> {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("yaml" | "yml") => Err(Error::usage_with_hint(
            format!("{} 是提纲（YAML），不是讲稿；check 检查的是讲稿（.md、.txt、.docx）", path.display()),
            format!("核对讲稿与提纲的数据、篇幅：jianggao check 讲稿.md --brief {}", path.display()),
        )),
        None | Some("md" | "markdown" | "txt" | "text" | "docx") => Ok(()),
        Some(other) if fix => Err(Error::usage_with_hint(
            format!("--fix 只修正讲稿（.md、.txt、.docx），不改写 .{other} 文件：{}", path.display()),
            "不加 --fix 可以只检查、不改动",
        )),
        Some(_) => Ok(()),
    }
}

pub fn run(args: Args) -> Outcome {
    a_draft(&args.file, args.fix)?;
    let (name, document) = input::read_document_or_stdin(&args.file)?;
    let brief = match &args.brief {
        Some(path) => {
            let text = input::read_text(path)?.text;
            Some(Brief::from_yaml(&text, &path.display().to_string())?)
        }
        None => None,
    };
    // The embedded list unless the writer gave a folder or files of their own.
    let wording = match (&args.phrasebank, args.wording.is_empty()) {
        (None, true) => None,
        (dir, _) => Some(check::wording::load(dir.as_deref(), &args.wording)?),
    };
    let format = document.format;
    let markdown = matches!(format, Format::Text(_)) && is_markdown(&args.file, &document.text);
    let options = Options { markdown, brief, wording, phrasebank: args.phrasebank.clone() };
    let mut text = document.text;
    let mut findings = check::check(&text, &options);

    let mut fixed = 0;
    if args.fix {
        if args.file.as_os_str() == "-" {
            return Err(Error::usage("--fix 需要一个文件，不能修正标准输入"));
        }
        let original = crate::input::read_bounded(&args.file)?;
        // Written back as it was read: a GBK file stays GBK, a Word document stays a Word document
        // with only the marks changed. In passes, each on the text the one before left: a fix can
        // bring a finding out that another rule fixes (`"一带一路"战略`: the wording rule knows it
        // only once its quotes are full-width, and `--fix` left it for a second run, which the
        // backup then refused, review 44). Three passes at most.
        let mut new_bytes = original.clone();
        let mut applied: Vec<Rule> = Vec::new();
        for pass in 0..3 {
            if pass > 0 {
                text = input::decode_document(&args.file, &new_bytes)
                    .map_err(|why| why.error(name.as_str()))?
                    .text;
                findings = check::check(&text, &options);
            }
            let fixes = check::fixes(&findings);
            if fixes.is_empty() {
                break;
            }
            let done = applied.len();
            match format {
                Format::Text(encoding) => {
                    new_bytes = encoding.encode(&check::apply_fixes(&text, &fixes));
                    applied.extend(fixes.iter().map(|f| f.rule));
                }
                Format::Docx => {
                    let edits: Vec<_> = fixes
                        .iter()
                        .filter_map(|f| f.fix.as_ref())
                        .map(|f| (f.start..f.end, f.with.as_str()))
                        .collect();
                    let (bytes, refused) = input::docx::patch(&new_bytes, &edits)
                        .map_err(|why| Error::input(name.as_str(), None, why.reason()))?;
                    new_bytes = bytes;
                    applied.extend(
                        fixes.iter().enumerate().filter(|(i, _)| !refused.contains(i)).map(|(_, f)| f.rule),
                    );
                }
            }
            if applied.len() == done {
                break;
            }
        }
        if !applied.is_empty() {
            let backup = backup_path(&args.file);
            // An older backup may be the only copy of the writer's text: replaced only when asked.
            if backup.exists() && !args.force {
                return Err(Error::usage_with_hint(
                    format!("{} 已存在，不会覆盖（修正前的原文要备份到这里）", backup.display()),
                    "确需覆盖旧备份请加 --force，或先把它移走",
                ));
            }
            let permissions =
                std::fs::metadata(&args.file).map_err(|e| Error::io(&args.file, e))?.permissions();
            input::write_atomic(&backup, &original, true)?;
            input::write_atomic(&args.file, &new_bytes, true)?;
            // The atomic write goes through a private temporary file; keep the writer's permissions.
            for path in [&backup, &args.file] {
                std::fs::set_permissions(path, permissions.clone()).map_err(|e| Error::io(path, e))?;
            }
            text =
                input::decode_document(&args.file, &new_bytes).map_err(|why| why.error(name.as_str()))?.text;
            findings = check::check(&text, &options);
            fixed = applied.len();
            eprintln!("已修正 {}，原文件备份为 {}", fixed_summary(&applied), backup.display());
        } else {
            eprintln!("没有可以自动修正的问题");
        }
    }

    let doc = Doc::parse(&text, options.markdown);
    let unit = format.unit();
    if args.json {
        // A Word document's findings say so: their `line` counts paragraphs.
        let located: Vec<Located> = findings
            .iter()
            .map(|finding| Located { finding, unit: (unit == Unit::Paragraph).then_some(unit) })
            .collect();
        let json = serde_json::to_string_pretty(&located).expect("findings serialise");
        input::write_output(None, format!("{json}\n").as_bytes(), false)?;
    } else {
        input::write_output(None, report(&name, &findings, &doc, fixed, unit).as_bytes(), false)?;
    }
    Ok(if findings.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// A finding as `--json` prints it: for a Word document, `"unit": "paragraph"` says that `line`
/// is the paragraph's number.
#[derive(serde::Serialize)]
struct Located<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
}

/// Markdown when the file says so by its extension, or when it starts with a `# ` title.
fn is_markdown(path: &Path, text: &str) -> bool {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" => true,
        "txt" => false,
        _ => text
            .lines()
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| l.trim_start_matches('\u{feff}').starts_with("# ")),
    }
}

/// What `--fix` changed, per rule: `17 处标点`, `17 处标点、2 处提法`.
fn fixed_summary(applied: &[Rule]) -> String {
    let count = |rule: Rule| applied.iter().filter(|&&r| r == rule).count();
    [(Rule::Punctuation, "标点"), (Rule::Wording, "提法")]
        .into_iter()
        .filter(|&(rule, _)| count(rule) > 0)
        .map(|(rule, what)| format!("{} 处{what}", count(rule)))
        .collect::<Vec<_>>()
        .join("、")
}

fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// The findings as a writer reads them: `FILE:LINE:COL: [rule] message` (`FILE:第N段第M字:` in a
/// Word document), the suggestion under it,
/// then a summary with the counts per rule and the length.
fn report(name: &str, findings: &[Finding], doc: &Doc, fixed: usize, unit: Unit) -> String {
    let mut out = String::new();
    for f in findings {
        match f.at {
            None => {
                let _ = writeln!(out, "{name}: [{}] {}", f.rule.id(), f.message);
            }
            Some(p) => {
                let _ = writeln!(out, "{name}:{}: [{}] {}", unit.at(p.line, p.col), f.rule.id(), f.message);
            }
        }
        let _ = writeln!(out, "    建议：{}", f.suggestion);
    }
    let (chars, minutes) = length::measure(doc);
    let mut counts: BTreeMap<Rule, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.rule).or_default() += 1;
    }
    let fixed = if fixed > 0 { format!("（已自动修正 {fixed} 处）") } else { String::new() };
    if findings.is_empty() {
        let _ = writeln!(out, "{name}：未发现问题{fixed}。全文 {chars} 字，约 {minutes} 分钟");
    } else {
        let per_rule: Vec<String> = counts.iter().map(|(r, n)| format!("{} {n}", r.id())).collect();
        let _ = writeln!(
            out,
            "{name}：{} 处问题（{}）{fixed}。全文 {chars} 字，约 {minutes} 分钟",
            findings.len(),
            per_rule.join("，")
        );
    }
    out
}

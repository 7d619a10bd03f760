//! `jianggao mine PATH... -o DIR [--jobs N] [--json]`: mine past speeches into a phrasebank.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use super::Outcome;
use crate::error::Error;
use crate::mine::{self, Inputs, write};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 语料：讲话稿文件或文件夹（递归读取 .txt、.md、.docx；文本 UTF-8、带 BOM 的 UTF-8、GBK 均可；.doc、.wps 请先另存为 .docx）
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// 输出文件夹：每个部分一个 <section>.yaml；词典、主题词表、校订文件从这里读取（没有则用内置的）
    #[arg(short, long, value_name = "DIR", required_unless_present = "json")]
    pub output: Option<PathBuf>,
    /// 并行线程数（默认：CPU 核数）
    #[arg(short, long, value_name = "N")]
    pub jobs: Option<usize>,
    /// 不写文件，改为每条语句一行 JSON 输出到标准输出
    #[arg(long)]
    pub json: bool,
    /// 覆盖输出文件夹中不是由 mine 生成的同名文件
    #[arg(long)]
    pub force: bool,
    /// 列出没有收录的每一行、每一句及其原因（网页杂项、残句、过短、重复……），并统计收录率
    #[arg(long)]
    pub report: bool,
}

pub fn run(args: Args) -> Outcome {
    let sources = mine::collect(&args.paths)?;
    if sources.is_empty() {
        return Err(Error::usage_with_hint(
            "没有找到可读的语料文件",
            "请给出 .txt、.md 或 .docx 文件，或包含它们的文件夹",
        ));
    }
    let inputs = Inputs::load(if args.json { None } else { args.output.as_deref() })?;
    let jobs =
        args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Error::usage(format!("无法启动 {jobs} 个线程：{e}")))?;

    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} 挖掘中：已分析 {pos} 句 {per_sec}")
                .expect("valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let tick = |n: u64| bar.inc(n);
    let report = pool.install(|| mine::mine(&sources, &inputs, &tick))?;
    bar.finish_and_clear();

    for s in &report.skipped {
        eprintln!("警告：跳过 {}：{}", s.doc, s.reason);
    }
    if report.documents == 0 {
        return Err(Error::usage("没有可读的语料：所有文件都被跳过"));
    }

    if args.json {
        // Serialised in parallel, in chunks kept in order, then written through one buffer:
        // stdout is line-buffered, and a write per phrase is a system call per phrase.
        let chunks: Vec<Vec<u8>> = pool.install(|| {
            report
                .phrases
                .par_chunks(512)
                .map(|chunk| {
                    let mut buf = Vec::with_capacity(chunk.len() * 384);
                    for p in chunk {
                        serde_json::to_writer(&mut buf, p).expect("phrases always serialise");
                        buf.push(b'\n');
                    }
                    buf
                })
                .collect()
        });
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        // A closed pipe is the reader's choice: stop writing, quietly.
        let _ = chunks.iter().try_for_each(|c| out.write_all(c)).and_then(|()| out.flush());
    } else if let Some(dir) = &args.output {
        write::write_dir(dir, &report, &inputs.topics, &inputs.files, args.force)?;
    }

    summary(&report, args.output.as_deref().filter(|_| !args.json));
    if args.report {
        rejects(&report, &sources);
    }
    Ok(ExitCode::SUCCESS)
}

/// `--report`: the share of content sentences kept, then the rejects by reason, each with its
/// document and line.
fn rejects(report: &mine::Report, sources: &[mine::Source]) {
    use mine::recall::{self, Reason};
    let (kept, content) = recall::kept(report.sentences, &report.rejects);
    eprintln!(
        "收录率：内容句 {content} 句，收录 {kept} 句（{:.1}%）；未收录的行与句共 {} 处：",
        100.0 * kept as f64 / content.max(1) as f64,
        report.rejects.len()
    );
    for (reason, n) in Reason::ALL.into_iter().zip(recall::counts(&report.rejects)) {
        if n == 0 {
            continue;
        }
        eprintln!("  {}：{n}", reason.chinese());
        for r in report.rejects.iter().filter(|r| r.reason == reason) {
            let text: String = r.text.chars().take(60).collect();
            let more = if r.text.chars().count() > 60 { "…" } else { "" };
            eprintln!("    {}:{}: {text}{more}", sources[r.doc].doc, r.line);
        }
    }
}

fn summary(report: &mine::Report, dir: Option<&std::path::Path>) {
    let generic = report.phrases.iter().filter(|p| p.generic).count();
    let clauses = mine::clauses_per_section(&report.phrases);
    eprintln!(
        "挖掘完成：{} 篇文档（{:.1} MB），{} 个句子，得到 {} 条语句（通用 {} 条，其中分句 {} 条；去重 {}，校订排除 {}）",
        report.documents,
        report.bytes as f64 / 1e6,
        report.sentences,
        report.phrases.len(),
        generic,
        clauses.iter().sum::<usize>(),
        report.duplicates,
        report.excluded
    );
    for ((section, all, g), c) in mine::per_section(&report.phrases).into_iter().zip(clauses) {
        // Pad by display width: a Chinese character takes two columns.
        let zh = section.chinese();
        let pad = " ".repeat(12usize.saturating_sub(unicode_width::UnicodeWidthStr::width(zh)));
        eprintln!("  {:<13}{zh}{pad}{all:>5} 条（通用 {g}，其中分句 {c}）", section.name());
    }
    if !report.skipped.is_empty() {
        eprintln!("跳过 {} 个文件：", report.skipped.len());
        for s in &report.skipped {
            eprintln!("  {}：{}", s.doc, s.reason);
        }
    }
    if let Some(dir) = dir {
        eprintln!("已写入 {}", dir.display());
    }
}

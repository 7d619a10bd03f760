//! `jianggao mine PATH... -o DIR [--jobs N] [--json]`: mine past speeches into a phrasebank.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use indicatif::{ProgressBar, ProgressStyle};

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
    /// 并行线程数，1—256（默认：CPU 核数）
    #[arg(short, long, value_name = "N", value_parser = jobs)]
    pub jobs: Option<u16>,
    /// 不写文件，改为每条语句一行 JSON 输出到标准输出
    #[arg(long)]
    pub json: bool,
    /// 覆盖输出文件夹中不是由 mine 生成的同名文件
    #[arg(long)]
    pub force: bool,
    /// 列出没有收录的每一行、每一句及其原因（杂项、表格数据、残句、过短、重复……），并统计收录率
    #[arg(long)]
    pub report: bool,
}

/// `--jobs`: 1 to 256 threads. Any number was taken, and `-j 100000` spent minutes starting
/// threads on a corpus of 16 KB (a helper's sweep).
fn jobs(s: &str) -> std::result::Result<u16, String> {
    s.trim()
        .parse::<u16>()
        .ok()
        .filter(|n| (1..=256).contains(n))
        .ok_or_else(|| "应为 1 到 256 之间的整数".to_string())
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
    let jobs = args
        .jobs
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Error::usage(format!("无法启动 {jobs} 个线程：{e}")))?;

    // Checked, and the folder made, before anything is mined: a refusal comes first, not after
    // an hour's mining.
    let made = args.output.as_deref().is_some_and(|d| !d.exists());
    let mut folder = match (&args.output, args.json) {
        (Some(dir), false) => Some(write::DirWriter::new(dir, args.force)?),
        _ => None,
    };
    let mut json =
        JsonLines { out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()), closed: false };

    // A bar over files, only in a terminal (not in CI, not when stderr goes to a file).
    let bar = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new(sources.len() as u64);
        bar.set_style(
            ProgressStyle::with_template("挖掘中 {bar:30} {pos}/{len} 个文件  已用 {elapsed}  约剩 {eta}")
                .expect("valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let tick = |n: u64| bar.inc(n);
    let spill_dir = args.output.as_deref().filter(|_| !args.json);
    let report = pool.install(|| {
        let sink: &mut dyn mine::Sink = match &mut folder {
            Some(f) => f,
            None => &mut json,
        };
        mine::mine(&sources, &inputs, &tick, spill_dir, args.report, sink)
    })?;
    bar.finish_and_clear();
    // A closed pipe is the reader's choice: stop writing, quietly; a full disk is not.
    if !json.closed {
        crate::input::stdout_result(json.out.flush())?;
    }

    for s in &report.skipped {
        eprintln!("警告：跳过 {}：{}", s.doc, s.reason);
    }
    if report.documents == 0 {
        if let Some(dir) = args.output.as_deref().filter(|_| made) {
            // the folder made for this run, still empty: nothing was mined into it
            let _ = std::fs::remove_dir(dir);
        }
        return Err(Error::usage("没有可读的语料：所有文件都被跳过"));
    }
    if let Some(folder) = folder {
        folder.finish(&report, &inputs.topics, &inputs.files)?;
    }

    summary(&report, args.output.as_deref().filter(|_| !args.json));
    if args.report {
        rejects(report, &sources)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `--report`: the share of content sentences kept, then the rejects by reason, each with its
/// document and line: first the content sentences not kept, then what is no content sentence
/// (boilerplate, table data, duplicates of a sentence kept), so that the counts add up.
fn rejects(report: mine::Report, sources: &[mine::Source]) -> crate::error::Result<()> {
    use mine::recall;
    let counts = report.rejects.counts();
    let (kept, content) = recall::kept(report.sentences, &counts);
    let lost: usize =
        recall::Reason::ALL.iter().zip(counts).filter(|(r, _)| r.loses_content()).map(|(_, n)| n).sum();
    let other = report.rejects.len() - lost;
    eprintln!(
        "收录率：内容句 {content} 句，收录 {kept} 句（{:.1}%），未收录 {lost} 句；另有 {other} 处不是内容句。",
        100.0 * kept as f64 / content.max(1) as f64,
    );
    let (losing, rest): (Vec<_>, Vec<_>) = (report.rejects.list()?.into_iter().zip(counts))
        .filter(|(_, n)| *n > 0)
        .partition(|((reason, _), _)| reason.loses_content());
    for (title, group, n) in [("未收录的内容句", losing, lost), ("不是内容句的行与句", rest, other)]
    {
        if n == 0 {
            continue;
        }
        eprintln!("{title}（{n} 处）：");
        for ((reason, each), n) in group {
            eprintln!("  {}：{n}", reason.chinese());
            for r in each {
                let r = r?;
                let text: String = r.text.chars().take(60).collect();
                let more = if r.text.chars().count() > 60 { "…" } else { "" };
                eprintln!("    {}:{}: {text}{more}", sources[r.doc].doc, r.line);
            }
        }
    }
    Ok(())
}

/// `--json`: one phrase a line on stdout, through one buffer (stdout is line-buffered, and a write
/// per phrase is a system call per phrase).
struct JsonLines<W: Write> {
    out: std::io::BufWriter<W>,
    /// The reader closed the pipe (`| head`): the rest is not written.
    closed: bool,
}

impl<W: Write + Send> mine::Sink for JsonLines<W> {
    fn phrase(&mut self, p: crate::model::Phrase) -> crate::error::Result<()> {
        if !self.closed {
            let written = serde_json::to_writer(&mut self.out, &p)
                .map_err(std::io::Error::from)
                .and_then(|_| self.out.write_all(b"\n"));
            // A closed pipe stops the writing quietly; any other failure (a full disk) is an error.
            self.closed = written.is_err();
            crate::input::stdout_result(written)?;
        }
        Ok(())
    }
}

fn summary(report: &mine::Report, dir: Option<&std::path::Path>) {
    let tally = &report.tally;
    eprintln!(
        "挖掘完成：{} 篇文档（{:.1} MB），{} 个句子，得到 {} 条语句（通用 {} 条，其中分句 {} 条；去重 {}，校订排除 {}）",
        report.documents,
        report.bytes as f64 / 1e6,
        report.sentences,
        tally.phrases,
        tally.generic,
        tally.clauses(),
        report.duplicates,
        report.excluded
    );
    for (section, all, g, c) in tally.per_section() {
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

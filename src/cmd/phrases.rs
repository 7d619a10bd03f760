//! `jianggao phrases`: browse the phrasebank (the embedded one, or `--phrasebank DIR` over it).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::Outcome;
use crate::error::Error;
use crate::model::{Phrase, Role, Section};
use crate::phrasebank::Phrasebank;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 只看某一部分：opening/significance/achievements/problems/measures/safeguards/closing（或中文名）
    #[arg(short, long, value_name = "S")]
    pub section: Option<String>,
    /// 只看某一角色：heading/lead-in/statement/figure/point/transition/quote/call/clause
    #[arg(short, long, value_name = "R")]
    pub role: Option<String>,
    /// 只看某一主题（见 topics.yaml）
    #[arg(short, long, value_name = "T")]
    pub topic: Option<String>,
    /// 只看包含这段文字的语句
    #[arg(short, long, value_name = "TEXT")]
    pub grep: Option<String>,
    /// 只看通用语句（generic: true）
    #[arg(long)]
    pub generic: bool,
    /// 最多显示多少条
    #[arg(short = 'n', long, value_name = "N")]
    pub limit: Option<usize>,
    /// 从符合条件的语句中随机抽取 N 条（抽查质量用；同一 --seed 抽到的相同）
    #[arg(long, value_name = "N")]
    pub sample: Option<usize>,
    /// 随机抽取的种子
    #[arg(long, value_name = "S", default_value_t = 0, requires = "sample")]
    pub seed: u64,
    /// 每条语句一行 JSON
    #[arg(long)]
    pub json: bool,
    /// 自己的语料库文件夹（覆盖、补充内置语料库）
    #[arg(long, value_name = "DIR")]
    pub phrasebank: Option<PathBuf>,
}

pub fn run(args: Args) -> Outcome {
    let section = args
        .section
        .as_deref()
        .map(|s| {
            Section::parse(s).ok_or_else(|| {
                Error::usage_with_hint(
                    format!("没有这个部分：`{s}`"),
                    "可选：opening significance achievements problems measures safeguards closing",
                )
            })
        })
        .transpose()?;
    let role = args
        .role
        .as_deref()
        .map(|r| {
            Role::parse(r).ok_or_else(|| {
                Error::usage_with_hint(
                    format!("没有这个角色：`{r}`"),
                    "可选：heading lead-in statement figure point transition quote call clause",
                )
            })
        })
        .transpose()?;
    let bank = Phrasebank::load(args.phrasebank.as_deref())?;
    if let Some(t) = &args.topic
        && !bank.topics.iter().any(|x| &x.name == t)
    {
        let names: Vec<&str> = bank.topics.iter().map(|x| x.name.as_str()).collect();
        return Err(Error::usage_with_hint(
            format!("没有这个主题：`{t}`"),
            format!("可选：{}", names.join(" ")),
        ));
    }
    let keep = |p: &&Phrase| {
        section.is_none_or(|s| p.section == s)
            && role.is_none_or(|r| p.role == r)
            && args.topic.as_ref().is_none_or(|t| p.topics.contains(t))
            && args.grep.as_ref().is_none_or(|g| p.text.contains(g.as_str()))
            && (!args.generic || p.generic)
    };
    let mut chosen: Vec<(usize, &Phrase)> =
        bank.phrases.iter().enumerate().filter(|(_, p)| keep(p)).collect();
    if let Some(n) = args.sample {
        // A seeded draw, listed in phrasebank order, so a quality check can be repeated by anyone.
        crate::plan::rng::Rng::fork(args.seed, "phrases/sample").shuffle(&mut chosen);
        chosen.truncate(n);
        chosen.sort_by_key(|(i, _)| *i);
    }
    let mut out = std::io::stdout().lock();
    let mut shown = 0;
    for (_, p) in chosen.into_iter().take(args.limit.unwrap_or(usize::MAX)) {
        let line = if args.json {
            serde_json::to_string(p).expect("phrases always serialise")
        } else {
            let mark = if p.generic { ' ' } else { '*' };
            let topics =
                if p.topics.is_empty() { String::new() } else { format!("  [{}]", p.topics.join("、")) };
            format!(
                "{} {mark}{}/{}  {}{topics}  ({}:{})",
                p.id,
                p.section.name(),
                p.role.name(),
                p.text,
                p.source.doc,
                p.source.line
            )
        };
        if let Err(e) = writeln!(out, "{line}") {
            // A closed pipe (`| head`) ends the listing; a failed write is an error.
            crate::input::stdout_result(Err(e))?;
            return Ok(ExitCode::SUCCESS);
        }
        shown += 1;
    }
    if shown == 0 && !args.json {
        eprintln!("没有符合条件的语句");
    }
    Ok(ExitCode::SUCCESS)
}

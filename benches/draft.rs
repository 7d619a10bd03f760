//! Whole-process drafting time against `jianggao --version`, runs interleaved.
//!
//! Run by `benches/draft.sh` (not a test), which builds the binaries and sets:
//! - `JIANGGAO`: the binary with the embedded phrasebank (default `target/release/jianggao`);
//! - `JIANGGAO_BIG`: optionally, one built with a phrasebank 100× the seeds' size embedded;
//! - `BRIEF`: the brief to draft (default `examples/work-conference.yaml`);
//! - `ROUNDS`: how many times each command runs (default 300).
//!
//! Each round runs every command once, in an order that rotates from round to round, so that the
//! speed of a shared virtual machine, which drifts over seconds, weighs on every command alike: run
//! one after the other (as hyperfine does), a slow spell during one command's runs shows up as a
//! ratio. Prints per command the median, mean and 10th percentile in ms, then the ratios of the
//! medians (the figure the bars are judged on: robust to the odd descheduled run) and of the means.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Instant;

fn env_or(name: &str, default: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| default.to_string())
}

fn time(args: &[String]) -> f64 {
    let start = Instant::now();
    let status = Command::new(&args[0])
        .args(&args[1..])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the binary runs");
    assert!(status.success(), "{args:?} failed");
    start.elapsed().as_secs_f64() * 1000.0
}

struct Stats {
    median: f64,
    mean: f64,
    p10: f64,
}

fn stats(mut ms: Vec<f64>) -> Stats {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| ms[((ms.len() - 1) as f64 * q).round() as usize];
    Stats { median: at(0.5), mean: ms.iter().sum::<f64>() / ms.len() as f64, p10: at(0.1) }
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bin = env_or("JIANGGAO", &root.join("target/release/jianggao").display().to_string());
    let brief = env_or("BRIEF", &root.join("examples/work-conference.yaml").display().to_string());
    let rounds: usize = env_or("ROUNDS", "300").parse().expect("ROUNDS is a number");
    let mut commands: Vec<(&str, Vec<String>)> = vec![
        ("--version", vec![bin.clone(), "--version".into()]),
        ("draft (embedded)", vec![bin.clone(), "draft".into(), brief.clone()]),
    ];
    if let Ok(big) = std::env::var("JIANGGAO_BIG") {
        commands.push(("draft (100× embedded)", vec![big, "draft".into(), brief.clone()]));
    }
    let n = commands.len();
    for _ in 0..20 {
        for (_, args) in &commands {
            time(args);
        }
    }
    let mut ms: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); n];
    for round in 0..rounds {
        for k in 0..n {
            let c = (round + k) % n;
            ms[c].push(time(&commands[c].1));
        }
    }
    let s: Vec<Stats> = ms.into_iter().map(stats).collect();
    println!("{rounds} interleaved rounds");
    for ((name, _), st) in commands.iter().zip(&s) {
        println!("{name:24} median {:6.2} ms   mean {:6.2} ms   p10 {:6.2} ms", st.median, st.mean, st.p10);
    }
    let ratio = |a: &Stats, b: &Stats| (a.median / b.median, a.mean / b.mean);
    let (m, a) = ratio(&s[1], &s[0]);
    println!("draft / --version               {m:5.2}× (means {a:.2}×)   bar: ≤ 3×");
    if n == 3 {
        let (m, a) = ratio(&s[2], &s[1]);
        println!("100× embedded / embedded        {m:5.2}× (means {a:.2}×)   bar: ≤ 1.5×");
    }
}

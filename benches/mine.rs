//! Mining throughput against plain jieba-rs `cut`, on unique sentences recombined from the seeds.
//!
//! Run by `benches/mine.sh` (not a test), or by hand: `cargo bench --bench mine`. Prints, in one run,
//! MB/s and the ratios to `cut` of
//! - jieba-rs `Jieba::new()` + `cut(text, true)` (HMM on) over every file, one thread;
//! - jieba-rs `tag(text, true)` over the same files (what mining cannot do without), and
//!   `Jieba::new()` alone;
//! - `tag` as mining calls it, on each sentence with its slots marked and the domain dictionary
//!   loaded, and the lexicon built: the floor of mining's own time, against what the bars allow;
//! - mining's first stage alone (`mine::read_stage`: files read, cleaned, split and classified,
//!   nothing segmented), one thread, against what the 0.5× bar leaves beside jieba;
//! - `jianggao::mine::mine` with 1 and 2 threads, in process, on the same files, its phrases
//!   given to a sink that counts them and lets each go (`mine --json` keeps none either).
//!
//! Each time is the best of three runs.
//!
//! The corpus: every sentence of the seeds rebuilt from clauses (`，` `；` pieces) drawn at random
//! from the same seed, with its own number of clauses, line by line in the seed's order (headings
//! kept, so sections still read as sections). Repeated sentences are dropped before segmentation
//! and would flatter mining; recombined ones almost never repeat, and they read like the register.
//!
//! Environment:
//! - `JIANGGAO_BENCH_CORPUS=DIR`: write the corpus into `DIR` (kept; `benches/mine.sh` runs the
//!   binary on it) instead of a temporary folder;
//! - `JIANGGAO_BENCH_MB=N`: the corpus size (default 20);
//! - `JIANGGAO_BENCH_ONLY_CORPUS=1`: write the corpus and stop (the 1 GB memory run);
//! - `JIANGGAO_BENCH_JOBS=N`: mine with N jobs only (1 or 2), for a profile of that run;
//! - `JIANGGAO=BIN`: the release binary; when set, also prints the time of `BIN draft --phrasebank
//!   DIR` with the embedded phrasebank's phrases copied 1×, 10× and 100× into DIR (each copy with
//!   its own id and text), the first draft (which parses the YAML and writes the index) and the
//!   median of the next ones (through the index).

use std::path::{Path, PathBuf};
use std::time::Instant;

use jianggao::mine::{self, Inputs};

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// splitmix64: a fixed sequence, so every run mines the same corpus.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// The clauses of `text`: the pieces of its sentences between `，` and `；` (and `,` `;`, as
/// the scraped seeds write them), without the mark.
fn clauses(text: &str) -> Vec<&str> {
    text.split(['，', '；', ',', ';', '。', '！', '？'])
        .map(str::trim)
        .filter(|c| c.chars().count() >= 2 && !c.contains('\n'))
        .collect()
}

/// One line of a seed rebuilt: each sentence as many clauses as it had, drawn from `pool`.
fn recombine(line: &str, pool: &[&str], rng: &mut Rng, out: &mut String) {
    for sentence in line.split_inclusive(['。', '！', '？']) {
        let end = sentence.chars().last().filter(|c| matches!(c, '。' | '！' | '？'));
        let Some(end) = end else {
            // a heading or a line with no sentence end: as it is
            out.push_str(sentence);
            continue;
        };
        let n = clauses(sentence).len().max(1);
        for k in 0..n {
            if k > 0 {
                out.push('，');
            }
            out.push_str(pool[rng.below(pool.len())]);
        }
        out.push(end);
    }
}

/// Writes the corpus into `dir` as files of the seeds' size, `mb` MB in all; returns the bytes.
fn corpus(dir: &Path, mb: usize) -> usize {
    let seeds = seeds();
    let pools: Vec<Vec<&str>> = seeds.iter().map(|s| clauses(s)).collect();
    let mut rng = Rng(2026);
    let (mut total, mut n) = (0, 0usize);
    while total < mb << 20 {
        for (i, seed) in seeds.iter().enumerate() {
            let mut text = String::with_capacity(seed.len() * 2);
            for line in seed.lines() {
                recombine(line, &pools[i], &mut rng, &mut text);
                text.push('\n');
            }
            total += text.len();
            // a thousand sets a folder, as an archive is kept by year or by office
            let sub = dir.join(format!("{:03}", n / 1000));
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(sub.join(format!("{n:06}_{i}.txt")), text).unwrap();
        }
        n += 1;
    }
    total
}

/// The embedded phrasebank's phrases `times` times over, each copy with its own id and a text of
/// its own (`（k）` before the end mark, so no check for repeats sees two the same), written as a
/// phrasebank folder.
fn replicated(dir: &Path, times: usize) {
    use jianggao::model::Section;
    let bank = jianggao::phrasebank::Phrasebank::from_assets(
        &jianggao::assets::overlay(jianggao::assets::PHRASEBANK, None).unwrap(),
    )
    .unwrap();
    std::fs::create_dir_all(dir).unwrap();
    for section in Section::ALL {
        let mut out = Vec::new();
        for k in 0..times {
            for p in bank.phrases.iter().filter(|p| p.section == section) {
                let mut q = p.clone();
                q.id = format!("{}-{k}", p.id);
                let t = p.text.as_str();
                let (body, end) = match t.chars().last() {
                    Some(c @ ('。' | '！' | '？')) => {
                        (&t[..t.len() - c.len_utf8()], t[t.len() - c.len_utf8()..].to_string())
                    }
                    _ => (t, String::new()),
                };
                q.text = format!("{body}（{k}）{end}");
                out.push(q);
            }
        }
        let text = if out.is_empty() { "[]\n".to_string() } else { jianggao::yaml::to_string(&out) };
        std::fs::write(dir.join(format!("{}.yaml", section.name())), text).unwrap();
    }
}

/// Milliseconds of one run of `args`.
fn run_ms(args: &[&std::ffi::OsStr]) -> f64 {
    let t = Instant::now();
    let status = std::process::Command::new(args[0])
        .args(&args[1..])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .expect("the binary runs");
    assert!(status.success(), "{args:?} failed");
    t.elapsed().as_secs_f64() * 1000.0
}

/// `draft --phrasebank DIR` at 1×, 10× and 100× the embedded phrasebank, against the embedded one.
fn drafting(bin: &str) {
    let brief = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/work-conference.yaml");
    let tmp = tempfile::tempdir().unwrap();
    let rounds = 30;
    let median = |args: &[&std::ffi::OsStr]| {
        let mut ms: Vec<f64> = (0..rounds).map(|_| run_ms(args)).collect();
        ms.sort_by(f64::total_cmp);
        ms[rounds / 2]
    };
    let (b, d) = (std::ffi::OsStr::new(bin), std::ffi::OsStr::new("draft"));
    let embedded = median(&[b, d, brief.as_os_str()]);
    println!("draft, embedded phrasebank: median {embedded:.1} ms of {rounds}");
    for times in [1, 10, 100] {
        let dir = tmp.path().join(format!("x{times}"));
        replicated(&dir, times);
        let flag = std::ffi::OsStr::new("--phrasebank");
        let args = [b, d, brief.as_os_str(), flag, dir.as_os_str()];
        let first = run_ms(&args);
        let indexed = median(&args);
        let yaml: u64 =
            std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum();
        println!(
            "draft --phrasebank {times:>3}× ({:.1} MB): first run (YAML parsed, index written) {first:.0} ms; then through the index: median {indexed:.1} ms of {rounds}   bar: ≤ 20 ms",
            yaml as f64 / 1e6
        );
    }
}

/// Runs of each timed step; the best is kept.
const ROUNDS: usize = 3;

/// The shortest time of `ROUNDS` runs of `f`, in seconds.
fn best(mut f: impl FnMut()) -> f64 {
    (0..ROUNDS)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

fn main() {
    // As the binary does (see `use_small_pages`): `cut` and `mine` run with the same pages.
    jianggao::use_small_pages();
    // `cargo bench` passes `--bench`; nothing else to parse.
    if let Ok(bin) = std::env::var("JIANGGAO") {
        drafting(&bin);
    }
    let mb: usize = std::env::var("JIANGGAO_BENCH_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(20);
    let keep = std::env::var_os("JIANGGAO_BENCH_CORPUS").map(PathBuf::from);
    let tmp = tempfile::tempdir().unwrap();
    let dir = match &keep {
        Some(d) => {
            let _ = std::fs::remove_dir_all(d);
            std::fs::create_dir_all(d).unwrap();
            d.clone()
        }
        None => tmp.path().to_path_buf(),
    };
    let bytes = corpus(&dir, mb);
    if std::env::var_os("JIANGGAO_BENCH_ONLY_CORPUS").is_some() {
        println!("corpus: {:.1} MB in {}", bytes as f64 / 1e6, dir.display());
        return;
    }
    let sources = mine::collect(std::slice::from_ref(&dir)).unwrap();
    let texts: Vec<String> = sources.iter().map(|s| std::fs::read_to_string(&s.path).unwrap()).collect();

    // Each time is the best of `ROUNDS` runs: on a shared machine a single run of either side
    // can be slowed by a third, which would move the ratio more than any change measured.
    let mut tokens = 0usize;
    let cut = best(|| {
        let jieba = jieba_rs::Jieba::new();
        tokens = texts.iter().map(|text| jieba.cut(text, true).len()).sum();
    });
    // The part-of-speech tags mining needs (names, content words) on the same text: what jieba
    // alone costs a miner, before any of mining's own work.
    let jieba = jieba_rs::Jieba::new();
    let mut tagged = 0usize;
    let tag = best(|| tagged = texts.iter().map(|text| jieba.tag(text, true).len()).sum());
    let load = best(|| drop(jieba_rs::Jieba::new()));
    drop(jieba);
    drop(texts);

    let inputs = Inputs::load(None).unwrap();
    // What mining cannot do without, as it does it: jieba's `tag` on each sentence it analyses
    // (slots marked, the domain dictionary loaded), called per sentence, and the lexicon built.
    let sentences = sentences_of(&sources);
    let lexicon = best(|| drop(inputs.lexicon().unwrap()));
    let lex = inputs.lexicon().unwrap();
    let marked: Vec<String> = sentences.iter().map(|s| mine::analyse::mark_slots(s).into_owned()).collect();
    let per_sentence = best(|| {
        std::hint::black_box(marked.iter().map(|s| lex.jieba.tag(s, true).len()).sum::<usize>());
    });
    drop((lex, marked));
    println!(
        "unique recombined sentences: {:.1} MB in {} files; jieba cut, HMM (1 thread, Jieba::new included; best of {ROUNDS}): {:.2} s = {:.1} MB/s ({tokens} tokens)",
        bytes as f64 / 1e6,
        sources.len(),
        cut,
        mbps(bytes, cut)
    );
    println!(
        "jieba tag, HMM (1 thread, same text): {tag:.2} s = {:.2}× cut ({tagged} tokens); Jieba::new alone {load:.2} s. \
         At 0.5× cut mining has {:.2} s in all: tag and Jieba::new take {:.0}% of it",
        cut / tag,
        2.0 * cut,
        100.0 * (tag + load) / (2.0 * cut)
    );
    let floor = per_sentence + lexicon;
    println!(
        "jieba tag as mining calls it ({} sentences, each on its own, slots marked, the domain dictionary): {per_sentence:.2} s; \
         the lexicon built (Jieba::new and the dictionary): {lexicon:.2} s. Together {floor:.2} s = {:.0}% of the {:.2} s the 0.5× bar allows, \
         {:.0}% of the {:.2} s two jobs may take at 0.9×",
        sentences.len(),
        100.0 * floor / (2.0 * cut),
        2.0 * cut,
        100.0 * (per_sentence / 2.0 + lexicon) / (cut / 0.9),
        cut / 0.9
    );
    // Mining's first stage alone (read, clean, split, classify; nothing segmented), one thread:
    // set against what the 0.5× bar leaves beside jieba, it says how far the bar is from reach.
    let one = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let mut found = 0;
    let read = best(|| found = one.install(|| mine::read_stage(&sources, &inputs)).unwrap());
    let left = 2.0 * cut - floor;
    println!(
        "mining's first stage alone (read, cleaned, split, classified: {found} sentences; 1 thread): {read:.2} s = {:.0}% of the {left:.2} s \
         the 0.5× bar leaves beside jieba for all of mining's own work",
        100.0 * read / left
    );
    // `JIANGGAO_BENCH_JOBS=1`: only that many jobs (a profile of one run).
    let only: Option<usize> = std::env::var("JIANGGAO_BENCH_JOBS").ok().and_then(|v| v.parse().ok());
    for jobs in [1, 2].into_iter().filter(|j| only.is_none_or(|o| o == *j)) {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().unwrap();
        let mut phrases = Counted(0);
        let mut report = None;
        let secs = best(|| {
            phrases = Counted(0);
            report = Some(
                pool.install(|| mine::mine(&sources, &inputs, &|_| {}, None, false, &mut phrases)).unwrap(),
            );
        });
        let report = report.expect("mined once at least");
        println!(
            "mine --jobs {jobs} (best of {ROUNDS}): {secs:.2} s = {:.1} MB/s = {:.2}× cut ({} sentences → {} phrases)   bar: ≥ {}×",
            mbps(bytes, secs),
            cut / secs,
            report.sentences,
            phrases.0,
            if jobs == 1 { "0.5" } else { "0.9" }
        );
    }
}

/// The sentences of the corpus as mining analyses them, near enough for a measure: each line cut
/// after `。！？`, those of `MIN_CHARS` to `MAX_CHARS` characters.
fn sentences_of(sources: &[mine::Source]) -> Vec<String> {
    let mut out = Vec::new();
    for s in sources {
        let text = std::fs::read_to_string(&s.path).unwrap();
        for line in text.lines() {
            for sentence in line.split_inclusive(['。', '！', '？']).map(str::trim) {
                let n = sentence.chars().count();
                if (mine::MIN_CHARS..=mine::MAX_CHARS).contains(&n) {
                    out.push(sentence.to_string());
                }
            }
        }
    }
    out
}

/// A sink that counts the phrases given to it and lets each go, as `mine --json` writes each out
/// and keeps none: a list of every phrase would cost the bench more memory than mining needs.
struct Counted(usize);

impl mine::Sink for Counted {
    fn phrase(&mut self, phrase: jianggao::model::Phrase) -> jianggao::error::Result<()> {
        self.0 += 1;
        drop(std::hint::black_box(phrase));
        Ok(())
    }
}

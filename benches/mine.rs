//! Mining throughput against plain jieba-rs `cut`, on a corpus made by repeating the seeds.
//!
//! Run by hand (not a test): `cargo bench --bench mine` (or `bench/mine.sh`, which also records
//! peak memory). Prints MB/s for
//! - jieba-rs `Jieba::new()` + `cut(text, true)` over every file, one thread;
//! - `jianggao::mine::mine` with 1 and 2 threads, in process, same files;
//!
//! on two corpora of ≥ 20 MB:
//! - `repeated`: the five seeds copied over and over (what the brief asks for; exact-duplicate
//!   sentences are dropped before segmentation, so this flatters mining);
//! - `unique`: the same text with a running number put into every sentence, so no sentence
//!   repeats and every one is segmented (near-duplicates are merged only after segmentation).

use std::path::{Path, PathBuf};
use std::time::Instant;

use jianggao::mine::{self, Inputs};

const TARGET: usize = 20 << 20;

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// Writes the corpus into `dir` as files of the seeds' size; returns the total bytes.
fn corpus(dir: &Path, unique: bool) -> usize {
    let seeds = seeds();
    let mut total = 0;
    let mut n = 0usize;
    let mut counter = 0u64;
    while total < TARGET {
        for (i, s) in seeds.iter().enumerate() {
            let text = if unique {
                let mut out = String::with_capacity(s.len() + s.len() / 8);
                for c in s.chars() {
                    if c == '。' {
                        counter += 1;
                        out.push_str(&chinese_number(counter));
                    }
                    out.push(c);
                }
                out
            } else {
                s.clone()
            };
            total += text.len();
            std::fs::write(dir.join(format!("{n:05}_{i}.txt")), text).unwrap();
        }
        n += 1;
    }
    total
}

/// `第三〇七条`: a running number in Chinese digits, so every sentence differs without adding the
/// ASCII figures that would turn it into a figure phrase.
fn chinese_number(n: u64) -> String {
    const DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    let digits: String = n.to_string().bytes().map(|b| DIGITS[usize::from(b - b'0')]).collect();
    format!("第{digits}条")
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / 1e6 / secs
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    // `JIANGGAO_BENCH_CORPUS=DIR` keeps the corpora in DIR/repeated and DIR/unique (for
    // bench/mine.sh, which measures the binary's peak memory on them).
    let keep = std::env::var_os("JIANGGAO_BENCH_CORPUS").map(PathBuf::from);
    for unique in [false, true] {
        let name = if unique { "unique" } else { "repeated" };
        let tmp = tempfile::tempdir().unwrap();
        let dir = match &keep {
            Some(k) => {
                let d = k.join(name);
                let _ = std::fs::remove_dir_all(&d);
                std::fs::create_dir_all(&d).unwrap();
                d
            }
            None => tmp.path().to_path_buf(),
        };
        let bytes = corpus(&dir, unique);
        let sources = mine::collect(std::slice::from_ref(&dir)).unwrap();
        let texts: Vec<String> = sources.iter().map(|s| std::fs::read_to_string(&s.path).unwrap()).collect();

        let t = Instant::now();
        let jieba = jieba_rs::Jieba::new();
        let mut tokens = 0usize;
        for text in &texts {
            tokens += jieba.cut(text, true).len();
        }
        let cut = t.elapsed().as_secs_f64();
        drop(jieba);

        let inputs = Inputs::load(None).unwrap();
        let mut results = Vec::new();
        for jobs in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build().unwrap();
            let t = Instant::now();
            let report = pool.install(|| mine::mine(&sources, &inputs, &|_| {})).unwrap();
            let secs = t.elapsed().as_secs_f64();
            results.push((jobs, secs, report.phrases.len(), report.sentences));
        }
        println!(
            "{name:>8}: {:.1} MB in {} files; jieba cut (1 thread): {:.2} s = {:.1} MB/s ({tokens} tokens)",
            bytes as f64 / 1e6,
            sources.len(),
            cut,
            mbps(bytes, cut)
        );
        for (jobs, secs, phrases, sentences) in results {
            println!(
                "{name:>8}: mine --jobs {jobs}: {secs:.2} s = {:.1} MB/s = {:.2}× cut ({sentences} sentences → {phrases} phrases)",
                mbps(bytes, secs),
                cut / secs
            );
        }
    }
}

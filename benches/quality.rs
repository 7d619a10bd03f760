//! The quality report: drafts measured as a Chinese speechwriter would judge them (not a timing).
//!
//! Run by `benches/quality.sh` (`cargo bench --bench quality`), which builds the release binary first
//! and passes it as `JIANGGAO_BIN` (metric f runs it to read its stderr). Each brief below is
//! drafted at seeds 1–5 with default options, through the library, with every sentence's sources.
//! A sentence is the writer's when one of its sources is a brief field, stock when its sources are
//! phrasebank phrases only, template text when it has none.
//!
//! Metrics (PRODUCT.md, "What a good draft is"), each with its target:
//!   a. share of body characters from the brief, from stock and from the template — stock ≤ 60%
//!   b. off-topic stock under the measures: sharing no content word with its item — ≤ 15%
//!   c. stock asserting what the brief does not support (presuppositions.yaml), and stock wording
//!      of another level (levels.yaml) — 0 and 0
//!   d. stock sentences identical between seeds 1 and 2 — ≤ 50%
//!   e. stock sentences shared with another brief's draft at the same seed (mean over seeds) — ≤ 15%
//!   f. length against the brief's target; a draft under 85% must say so on stderr
//!   g. the locality named in the body — ≥ 2 times
//!   h. the outline's numbered items equal the draft's
//!
//! It is a report: the exit code is 0 whatever the figures; the last line is
//! `quality: N of M targets met`.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use jianggao::model::{Block, BlockKind, Brief, Draft, Provenance};
use jianggao::pipeline::{DraftOptions, draft_explained, outline};
use jianggao::render::{Explanation, SentenceSource};
use serde::Deserialize;

/// The briefs measured: the five written for this report, then the two older examples.
const BRIEFS: [&str; 7] = [
    "examples/county.yaml",
    "examples/province.yaml",
    "examples/district.yaml",
    "examples/midyear.yaml",
    "examples/thin.yaml",
    "examples/work-conference.yaml",
    "examples/liuzhou.yaml",
];
/// The seeds each brief is drafted at: 1–5, or five from `QUALITY_FIRST_SEED` (to see whether a
/// figure holds at other seeds, or was luck).
fn drafted_seeds() -> [u64; 5] {
    let first = std::env::var("QUALITY_FIRST_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    std::array::from_fn(|i| first + i as u64)
}

// The targets, in one place so the printed target and the check cannot drift apart.
const MAX_STOCK_SHARE: f64 = 0.60;
const MAX_OFF_TOPIC: f64 = 0.15;
const MAX_SAME_ACROSS_SEEDS: f64 = 0.50;
const MAX_SAME_ACROSS_BRIEFS: f64 = 0.15;
/// Below this share of its target a draft is short and must say so (check's ±15% window).
const SHORT: f64 = 0.85;
const LONG: f64 = 1.15;
const MIN_LOCALITY: usize = 2;

// ───────────────────────────── inputs ─────────────────────────────

/// Where a sentence came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    Brief,
    Stock,
    Template,
}

impl Origin {
    fn of(s: &SentenceSource) -> Origin {
        if s.sources.iter().any(|p| matches!(p, Provenance::Brief { .. })) {
            Origin::Brief
        } else if s.sources.is_empty() {
            Origin::Template
        } else {
            Origin::Stock
        }
    }
}

/// One draft of one brief at one seed, with its explanation and its outline.
struct Run {
    seed: u64,
    draft: Draft,
    explanation: Explanation,
    outline: Draft,
}

impl Run {
    /// Every block with its sentences, in order, and the kind of the section it stands in.
    fn blocks(&self) -> impl Iterator<Item = (&str, &Block, &[SentenceSource])> {
        let blocks =
            self.draft.sections.iter().flat_map(|s| s.blocks.iter().map(move |b| (s.kind.as_str(), b)));
        blocks.zip(&self.explanation).map(|((kind, b), e)| (kind, b, e.as_slice()))
    }

    /// The distinct texts of the stock sentences.
    fn stock(&self) -> HashSet<&str> {
        self.explanation
            .iter()
            .flatten()
            .filter(|s| Origin::of(s) == Origin::Stock)
            .map(|s| s.text.as_str())
            .collect()
    }
}

struct Case {
    /// The file name without `.yaml`: `county`.
    name: String,
    path: PathBuf,
    brief: Brief,
    /// Every string of the brief, joined: what the brief "mentions" (metric c).
    text: String,
    runs: Vec<Run>,
}

fn load(root: &Path, file: &str) -> Case {
    let path = root.join(file);
    let yaml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let brief = Brief::from_yaml(&yaml, file).unwrap_or_else(|e| panic!("{e}"));
    let runs = drafted_seeds()
        .into_iter()
        .map(|seed| {
            let options = DraftOptions { seed, ..DraftOptions::default() };
            let (draft, explanation) =
                draft_explained(&brief, &options).unwrap_or_else(|e| panic!("{file}: {e}"));
            let outline = outline(&brief, &options).unwrap_or_else(|e| panic!("{file}: {e}"));
            Run { seed, draft, explanation, outline }
        })
        .collect();
    let name = Path::new(file).file_stem().unwrap().to_string_lossy().into_owned();
    Case { name, path, text: brief_text(&brief), brief, runs }
}

/// Every string value of the brief (locality, meeting, headings, points, figure names …), joined
/// by newlines: serialised through serde_json so that no field is forgotten when Brief grows one.
fn brief_text(brief: &Brief) -> String {
    fn walk(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, out)),
            serde_json::Value::Object(o) => o.values().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let mut out = String::new();
    walk(&serde_json::to_value(brief).expect("a Brief serialises"), &mut out);
    out
}

#[derive(Deserialize)]
struct Presupposition {
    name: String,
    words: Vec<String>,
    brief: Vec<String>,
}

/// One entry of levels.yaml: `text`, and what it becomes at each level (none: not usable there).
#[derive(Deserialize)]
struct LevelWording {
    text: String,
    #[serde(rename = "省")]
    province: Option<String>,
    #[serde(rename = "市")]
    city: Option<String>,
    #[serde(rename = "县")]
    county: Option<String>,
    #[serde(rename = "区")]
    district: Option<String>,
}

impl LevelWording {
    fn at(&self, level: &str) -> Option<&str> {
        match level {
            "省" => self.province.as_deref(),
            "市" => self.city.as_deref(),
            "县" => self.county.as_deref(),
            _ => self.district.as_deref(),
        }
    }
}

fn read_yaml<T: serde::de::DeserializeOwned>(root: &Path, file: &str) -> T {
    let text = std::fs::read_to_string(root.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    jianggao::yaml::from_str(&text, file).unwrap_or_else(|e| panic!("{e}"))
}

// ───────────────────────────── content words ─────────────────────────────

/// jieba with the domain dictionary, and the generic words that say nothing about what a sentence
/// is about (加强, 推进, 工作 …): loaded once, used by metric b.
struct Words {
    jieba: jieba_rs::Jieba,
    generic: HashSet<String>,
    /// The topic lexicon's keywords.
    domain: HashSet<String>,
}

impl Words {
    fn new(root: &Path) -> Words {
        let mut jieba = jieba_rs::Jieba::new();
        // `Jieba::load_dict` wants `word freq [tag]` on every line; phrasebank/dict.txt has `#`
        // comments and `word tag` lines (no frequency), which it would reject. Each entry is
        // re-written as `word freq tag` with the frequency jieba suggests for keeping the word
        // whole — what `add_word(word, None, tag)` does, and what `jianggao mine` does with it.
        let dict = std::fs::read_to_string(root.join("phrasebank/dict.txt")).expect("phrasebank/dict.txt");
        let mut lines = String::new();
        for line in dict.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let mut parts = line.split_whitespace();
            let word = parts.next().expect("a non-empty line");
            let rest: Vec<&str> = parts.collect();
            let (freq, tag) = match rest[..] {
                [f, t] if f.parse::<usize>().is_ok() => (f.parse().unwrap(), t),
                [f] if f.parse::<usize>().is_ok() => (f.parse().unwrap(), ""),
                [t] => (jieba.suggest_freq(word), t),
                _ => (jieba.suggest_freq(word), ""),
            };
            writeln!(lines, "{word} {freq} {tag}").unwrap();
        }
        jieba.load_dict(&mut lines.as_bytes()).expect("the domain dictionary loads");
        let generic: Vec<String> = read_yaml(root, "phrasebank/generic-words.yaml");
        // Topic keywords are content words whatever jieba's dictionary tags them (口岸/s): mining
        // reads them so too.
        let topics: Vec<serde_yaml::Value> = read_yaml(root, "phrasebank/topics.yaml");
        let domain = topics
            .iter()
            .flat_map(|t| t["keywords"].as_sequence().cloned().unwrap_or_default())
            .filter_map(|k| k.as_str().map(str::to_string))
            .collect();
        Words { jieba, generic: generic.into_iter().collect(), domain }
    }

    /// Words of two or more Han characters tagged as a noun, verb, adjective, abbreviation, idiom
    /// or set phrase (n, v, a, j, l, i — not pronouns, numerals, measure words, adverbs,
    /// prepositions, conjunctions, particles), less the generic words.
    fn content(&self, text: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for t in self.jieba.tag(text, true) {
            let han = t.word.chars().all(is_han) && t.word.chars().count() >= 2;
            let pos = t.tag.starts_with(['n', 'v', 'a', 'j', 'l', 'i']) || self.domain.contains(t.word);
            if han && pos && !self.generic.contains(t.word) && !out.iter().any(|w| w == t.word) {
                out.push(t.word.to_string());
            }
        }
        out
    }
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}')
}

/// Two word lists share content when a word of one equals, contains or is contained in a word of
/// the other (外贸 ⊂ 对外贸易: the seeds say both).
fn share(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| b.iter().any(|y| x.contains(y.as_str()) || y.contains(x.as_str())))
}

// ───────────────────────────── numbering ─────────────────────────────

const NUMERALS: &str = "一二三四五六七八九十";

/// The numbered-item marker `text` starts with, if any: headings `一、` `（一）` `1.` `（1）`
/// (headings only), items `一是` `一要` `第一，` (anywhere).
fn marker(text: &str, heading: bool) -> Option<&str> {
    let numeral =
        |s: &str| -> usize { s.chars().take_while(|c| NUMERALS.contains(*c)).map(char::len_utf8).sum() };
    let n = numeral(text);
    if n > 0 {
        let rest = &text[n..];
        if rest.starts_with(['是', '要']) || (heading && rest.starts_with('、')) {
            return Some(&text[..n + 3]);
        }
    }
    if let Some(rest) = text.strip_prefix('第') {
        let n = numeral(rest);
        if n > 0 && rest[n..].starts_with('，') {
            return Some(&text[..3 + n + 3]);
        }
    }
    if heading {
        if let Some(rest) = text.strip_prefix('（') {
            let n = numeral(rest).max(rest.chars().take_while(char::is_ascii_digit).count());
            if n > 0 && rest[n..].starts_with('）') {
                return Some(&text[..3 + n + 3]);
            }
        }
        let d = text.chars().take_while(char::is_ascii_digit).count();
        if d > 0 && text[d..].starts_with(['.', '．']) {
            return Some(&text[..d + text[d..].chars().next().unwrap().len_utf8()]);
        }
    }
    None
}

/// The first clause of `text` (up to ，。；：！？), at most 16 characters: an item's label.
fn first_clause(text: &str) -> String {
    text.chars().take_while(|c| !"，。；：！？".contains(*c)).take(16).collect()
}

/// The numbered items of a text's blocks, in order, as `marker + first clause`: a heading's own
/// number, and every 一是/一要/第一， that starts a clause of a paragraph (after 。！？；：，), which
/// is where both a draft and `outline` find them.
fn numbered_items(blocks: &[&Block]) -> Vec<String> {
    let mut out = Vec::new();
    for b in blocks {
        if b.kind == BlockKind::Heading {
            if let Some(m) = marker(&b.text, true) {
                out.push(format!("{m}{}", first_clause(&b.text[m.len()..])));
            }
            continue;
        }
        let mut at_start = true;
        for (i, c) in b.text.char_indices() {
            if at_start && let Some(m) = marker(&b.text[i..], false) {
                out.push(format!("{m}{}", first_clause(&b.text[i + m.len()..])));
            }
            at_start = "。！？；：，".contains(c);
        }
    }
    out
}

// ───────────────────────────── a. origin shares ─────────────────────────────

#[derive(Default, Clone, Copy)]
struct Tally {
    sentences: [usize; 3],
    chars: [usize; 3],
}

impl Tally {
    fn share(&self, o: Origin) -> f64 {
        self.chars[o as usize] as f64 / self.chars.iter().sum::<usize>().max(1) as f64
    }
}

/// Characters (whitespace left out, as `Draft::chars` counts them) and sentences of the body by
/// origin. Headings count: a stock heading over a brief's point is stock text too.
fn origins(run: &Run) -> Tally {
    let mut t = Tally::default();
    for s in run.explanation.iter().flatten() {
        let o = Origin::of(s) as usize;
        t.sentences[o] += 1;
        t.chars[o] += s.text.chars().filter(|c| !c.is_whitespace()).count();
    }
    t
}

// ───────────────────────────── b. off-topic stock ─────────────────────────────

/// One numbered measure: its heading and the sentences under it.
struct Item<'a> {
    heading: String,
    sentences: Vec<&'a SentenceSource>,
}

/// The numbered measure items of a draft. The measures are the section of kind `measures` (every
/// genre names its measures part so). An item is a sentence opening with 一是/一要/第一， and what
/// follows it up to the next such sentence or heading (its paragraph, and paragraphs after it with
/// no number of their own); where the section has none, each `（一）` heading with its paragraphs.
fn measure_items(run: &Run) -> Vec<Item<'_>> {
    let blocks: Vec<(&Block, &[SentenceSource])> =
        run.blocks().filter(|(kind, _, _)| *kind == "measures").map(|(_, b, e)| (b, e)).collect();
    let numbered = blocks
        .iter()
        .any(|(b, e)| b.kind == BlockKind::Paragraph && e.iter().any(|s| marker(&s.text, false).is_some()));
    let mut items: Vec<Item> = Vec::new();
    let mut open = false;
    for (b, sentences) in blocks {
        if b.kind == BlockKind::Heading {
            open = !numbered && b.level == 2 && marker(&b.text, true).is_some();
            if open {
                let m = marker(&b.text, true).unwrap();
                items.push(Item { heading: b.text[m.len()..].to_string(), sentences: Vec::new() });
            }
            continue;
        }
        for s in sentences {
            if numbered && let Some(m) = marker(&s.text, false) {
                items.push(Item { heading: s.text[m.len()..].to_string(), sentences: Vec::new() });
                open = true;
                continue;
            }
            if open {
                items.last_mut().expect("an open item").sentences.push(s);
            }
        }
    }
    items
}

struct OffTopic {
    /// Stock sentences inside measure items.
    stock: usize,
    /// Those sharing no content word with their item.
    off: Vec<Off>,
    /// The same two counts for items with none of the writer's sentences (a stock heading alone,
    /// such as the closing 加强党的全面领导 item), whose context is a heading only.
    bare_stock: usize,
    bare_off: usize,
}

struct Off {
    heading: String,
    sentence: String,
    /// The content words of the sentence and of its item's context, for `QUALITY_VERBOSE=1`.
    words: Vec<String>,
    context: Vec<String>,
    /// The item has no sentence of the writer's.
    bare: bool,
}

/// A stock sentence under a measure is off-topic when it shares no content word with its item's
/// context: the heading plus the writer's own sentences of the item (PRODUCT.md §3: every stock
/// sentence is about the heading it stands under; generic 公文 verbs don't count).
fn off_topic(run: &Run, words: &Words) -> OffTopic {
    let mut result = OffTopic { stock: 0, off: Vec::new(), bare_stock: 0, bare_off: 0 };
    for item in measure_items(run) {
        let mut context = item.heading.clone();
        let mut bare = true;
        for s in item.sentences.iter().filter(|s| Origin::of(s) == Origin::Brief) {
            context.push_str(&s.text);
            bare = false;
        }
        let context = words.content(&context);
        for s in item.sentences.iter().filter(|s| Origin::of(s) == Origin::Stock) {
            result.stock += 1;
            result.bare_stock += usize::from(bare);
            let own = words.content(&s.text);
            if !share(&own, &context) {
                result.bare_off += usize::from(bare);
                result.off.push(Off {
                    heading: item.heading.clone(),
                    sentence: s.text.clone(),
                    words: own,
                    context: context.clone(),
                    bare,
                });
            }
        }
    }
    result
}

// ───────────────────────────── c. presuppositions and level wording ─────────────────────────────

/// Stock sentences that presuppose a place, platform or institution (a port, a 综保区, a border)
/// the brief never mentions: (rule name, word, sentence).
fn presupposition_hits(
    run: &Run,
    brief_text: &str,
    list: &[Presupposition],
) -> Vec<(String, String, String)> {
    let mut hits = Vec::new();
    for s in run.explanation.iter().flatten().filter(|s| Origin::of(s) == Origin::Stock) {
        for p in list {
            if p.brief.iter().any(|w| brief_text.contains(w.as_str())) {
                continue;
            }
            if let Some(w) = p.words.iter().find(|w| s.text.contains(w.as_str())) {
                hits.push((p.name.clone(), w.clone(), s.text.clone()));
            }
        }
    }
    hits
}

/// Stock sentences with wording of another level left as it was (各县（市）区 in a county speech,
/// 城市 in a province's): (the wording, what it should be at this level, sentence). At each position
/// the longest entry matches first (各县（市）区 before 县（市）区), and this level's own rewrites
/// count as matched wording too, so 街道（乡镇） — 乡镇 adapted for a district — is not read as 乡镇.
fn level_hits(run: &Run, level: &str, list: &[LevelWording]) -> Vec<(String, String, String)> {
    // (pattern, Some(rewrite) when it is wrong here, None when it is right)
    let mut patterns: Vec<(&str, Option<String>)> = Vec::new();
    for e in list {
        match e.at(level) {
            Some(r) if r == e.text => patterns.push((&e.text, None)),
            Some(r) => {
                patterns.push((&e.text, Some(r.to_string())));
                patterns.push((r, None));
            }
            None => patterns.push((&e.text, Some("（此级不用）".to_string()))),
        }
    }
    patterns.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
    let mut hits = Vec::new();
    for s in run.explanation.iter().flatten().filter(|s| Origin::of(s) == Origin::Stock) {
        let text = s.text.as_str();
        let mut i = 0;
        while i < text.len() {
            match patterns.iter().find(|(p, _)| text[i..].starts_with(p)) {
                Some((p, wrong)) => {
                    if let Some(should) = wrong {
                        hits.push((p.to_string(), should.clone(), s.text.clone()));
                    }
                    i += p.len();
                }
                None => i += text[i..].chars().next().unwrap().len_utf8(),
            }
        }
    }
    hits
}

// ───────────────────────────── d. and e. repetition ─────────────────────────────

/// The share of `a`'s stock sentences also in `b` (after `norm`).
fn overlap(a: &HashSet<String>, b: &HashSet<String>) -> f64 {
    if a.is_empty() { 0.0 } else { a.iter().filter(|s| b.contains(*s)).count() as f64 / a.len() as f64 }
}

/// 全省/全市/全县/全区 (and 省委, 市直 …) read alike, so that two briefs of different levels that drew
/// the same phrase are seen to share it.
fn norm(s: &str) -> String {
    s.chars().map(|c| if "省市县区".contains(c) { '市' } else { c }).collect()
}

/// d: stock sentences of seed 1 that seed 2 repeats word for word.
fn same_across_seeds(case: &Case) -> f64 {
    let set = |r: &Run| r.stock().into_iter().map(str::to_string).collect::<HashSet<_>>();
    overlap(&set(&case.runs[0]), &set(&case.runs[1]))
}

/// e: for each brief, the share of its stock sentences that another brief's draft at the same seed
/// also has, levels normalised, averaged over the other briefs — "drafts of two different briefs
/// share 40–60%", as the issue measured it — and, apart, the most with one brief and the share
/// found in any other brief's draft (the union: a stricter figure that grows with the number of
/// briefs compared). Each is the mean over the five seeds: one seed's dozen stock sentences make a
/// figure that moves by several points from seed to seed.
fn same_across_briefs(cases: &[Case]) -> Vec<(f64, f64, f64)> {
    let runs = cases.iter().map(|c| c.runs.len()).min().unwrap_or(0);
    let at = |s: usize| -> Vec<(f64, f64, f64)> {
        let sets: Vec<HashSet<String>> =
            cases.iter().map(|c| c.runs[s].stock().into_iter().map(norm).collect()).collect();
        (0..cases.len())
            .map(|i| {
                let pairs: Vec<f64> =
                    (0..sets.len()).filter(|&j| j != i).map(|j| overlap(&sets[i], &sets[j])).collect();
                let mean = pairs.iter().sum::<f64>() / pairs.len().max(1) as f64;
                let max = pairs.iter().copied().fold(0.0, f64::max);
                let others: HashSet<String> = sets
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .flat_map(|(_, s)| s.iter().cloned())
                    .collect();
                (mean, max, overlap(&sets[i], &others))
            })
            .collect()
    };
    let per_seed: Vec<Vec<(f64, f64, f64)>> = (0..runs).map(at).collect();
    (0..cases.len())
        .map(|i| {
            let n = per_seed.len().max(1) as f64;
            let sum =
                per_seed.iter().fold((0.0, 0.0, 0.0), |a, s| (a.0 + s[i].0, a.1 + s[i].1, a.2 + s[i].2));
            (sum.0 / n, sum.1 / n, sum.2 / n)
        })
        .collect()
}

// ───────────────────────────── f. length ─────────────────────────────

#[derive(Clone)]
struct Length {
    ratio: f64,
    /// For a short draft: what the binary printed on stderr (None: not short, or not run).
    stderr: Option<String>,
}

impl Length {
    fn short(&self) -> bool {
        self.ratio < SHORT
    }
    /// Short and nothing said: the writer is not told the draft is short or what to add.
    fn silent(&self) -> bool {
        self.short() && self.stderr.as_deref().is_some_and(|e| e.trim().is_empty())
    }
    fn ok(&self) -> bool {
        (SHORT..=LONG).contains(&self.ratio) || (self.short() && !self.silent() && self.stderr.is_some())
    }
}

/// chars / target; for a draft under 85% of its target, what `jianggao draft` says on stderr.
fn length(case: &Case, run: &Run, bin: Option<&Path>) -> Length {
    let ratio = run.draft.chars as f64 / case.brief.length() as f64;
    let stderr = match bin {
        Some(bin) if ratio < SHORT => {
            let out = Command::new(bin)
                .arg("draft")
                .arg(&case.path)
                .args(["--seed", &run.seed.to_string()])
                .output()
                .unwrap_or_else(|e| panic!("{}: {e}", bin.display()));
            Some(String::from_utf8_lossy(&out.stderr).into_owned())
        }
        _ => None,
    };
    Length { ratio, stderr }
}

/// The release binary: `JIANGGAO_BIN`, else the one cargo builds under the target directory.
fn binary(root: &Path) -> Option<PathBuf> {
    if let Ok(b) = std::env::var("JIANGGAO_BIN") {
        return Some(PathBuf::from(b));
    }
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    Some(target.join("release/jianggao")).filter(|p| p.is_file())
}

// ───────────────────────────── g. locality ─────────────────────────────

/// How often the body names the locality, in full or short (柳州市 or 柳州; 西海岸新区 or 西海岸新):
/// the short form is the name without its final 市/县/省/区, for names of three or more characters,
/// and every full mention contains it. Title and subtitle are not body.
fn locality_mentions(case: &Case, run: &Run) -> usize {
    let l = case.brief.locality.as_str();
    let name = match l.strip_suffix(['市', '县', '省', '区']) {
        Some(short) if l.chars().count() >= 3 => short,
        _ => l,
    };
    run.draft.blocks().map(|b| b.text.matches(name).count()).sum()
}

// ───────────────────────────── h. outline ─────────────────────────────

/// A seed whose outline does not list the draft's numbered items.
struct Mismatch {
    seed: u64,
    draft: Vec<String>,
    outline: Vec<String>,
}

/// The draft's numbered items against the outline's (None: equal).
fn outline_mismatch(run: &Run) -> Option<Mismatch> {
    let draft = numbered_items(&run.draft.blocks().collect::<Vec<_>>());
    let outline = numbered_items(&run.outline.blocks().collect::<Vec<_>>());
    (draft != outline).then_some(Mismatch { seed: run.seed, draft, outline })
}

// ───────────────────────────── the report ─────────────────────────────

fn mark(ok: bool) -> &'static str {
    if ok { "✓" } else { "✗" }
}

fn pct(x: f64) -> String {
    format!("{:.1}%", x * 100.0)
}

fn mean(xs: impl IntoIterator<Item = f64>) -> f64 {
    let (n, sum) = xs.into_iter().fold((0, 0.0), |(n, s), x| (n + 1, s + x));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// A hit found at one or more seeds, printed once with its seeds.
fn grouped(hits: Vec<(u64, String)>) -> BTreeMap<String, Vec<u64>> {
    let mut by: BTreeMap<String, Vec<u64>> = BTreeMap::new();
    for (seed, h) in hits {
        by.entry(h).or_default().push(seed);
    }
    by
}

fn seeds(s: &[u64]) -> String {
    s.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}

/// One brief's figures, kept for the summary.
struct Row {
    name: String,
    stock: f64,
    off_topic: f64,
    presuppositions: usize,
    levels: usize,
    same_seeds: f64,
    same_briefs: f64,
    silent_short: usize,
    length_ok: bool,
    locality_min: usize,
    outline_equal: bool,
}

impl Row {
    /// The targets, in report order: (label, met).
    fn targets(&self) -> [(&'static str, bool); 9] {
        [
            ("a. stock ≤ 60% of body characters", self.stock <= MAX_STOCK_SHARE),
            ("b. off-topic stock under measures ≤ 15%", self.off_topic <= MAX_OFF_TOPIC),
            ("c. presupposition hits = 0", self.presuppositions == 0),
            ("c. level-wording hits = 0", self.levels == 0),
            ("d. same stock at the first two seeds ≤ 50%", self.same_seeds <= MAX_SAME_ACROSS_SEEDS),
            ("e. stock shared with other briefs ≤ 15%", self.same_briefs <= MAX_SAME_ACROSS_BRIEFS),
            ("f. no short draft in silence", self.silent_short == 0),
            ("g. locality named ≥ 2 times in the body", self.locality_min >= MIN_LOCALITY),
            ("h. outline items = draft items", self.outline_equal),
        ]
    }
}

fn report_case(
    case: &Case,
    words: &Words,
    lists: &Lists,
    same_briefs: (f64, f64, f64),
    bin: Option<&Path>,
) -> (String, Row) {
    let mut out = String::new();
    let level = case.brief.level().char();
    let w = &mut out;
    writeln!(
        w,
        "\n== {} — {}（{}级），{}，目标 {} 字；seeds {}–{}，figures are means over seeds",
        case.name,
        case.brief.locality,
        level,
        case.brief.meeting,
        case.brief.length(),
        drafted_seeds()[0],
        drafted_seeds()[4]
    )
    .unwrap();

    // a.
    let tallies: Vec<Tally> = case.runs.iter().map(origins).collect();
    let share = |o: Origin| mean(tallies.iter().map(|t| t.share(o)));
    let stock = share(Origin::Stock);
    let avg = |f: &dyn Fn(&Tally) -> usize| mean(tallies.iter().map(|t| f(t) as f64));
    writeln!(
        w,
        "a. body chars   brief {}  stock {}  template {}      target stock ≤ {}  {}",
        pct(share(Origin::Brief)),
        pct(stock),
        pct(share(Origin::Template)),
        pct(MAX_STOCK_SHARE),
        mark(stock <= MAX_STOCK_SHARE)
    )
    .unwrap();
    // The explanation should cover the body exactly; say so if a block's sentences do not add up.
    for (r, t) in case.runs.iter().zip(&tallies) {
        let explained: usize = t.chars.iter().sum();
        if explained != r.draft.chars {
            writeln!(
                w,
                "     note: seed {}: sentences cover {explained} of {} body chars",
                r.seed, r.draft.chars
            )
            .unwrap();
        }
    }
    for (o, label) in [(Origin::Brief, "brief"), (Origin::Stock, "stock"), (Origin::Template, "template")] {
        let i = o as usize;
        writeln!(
            w,
            "     {label:8} {:5.1} sentences {:7.1} chars",
            avg(&|t| t.sentences[i]),
            avg(&|t| t.chars[i])
        )
        .unwrap();
    }

    // b.
    let offs: Vec<OffTopic> = case.runs.iter().map(|r| off_topic(r, words)).collect();
    let off = mean(offs.iter().map(|o| if o.stock == 0 { 0.0 } else { o.off.len() as f64 / o.stock as f64 }));
    writeln!(
        w,
        "b. off-topic stock under measures {} ({} of {} stock sentences over {} seeds)   target ≤ {}  {}",
        pct(off),
        offs.iter().map(|o| o.off.len()).sum::<usize>(),
        offs.iter().map(|o| o.stock).sum::<usize>(),
        drafted_seeds().len(),
        pct(MAX_OFF_TOPIC),
        mark(off <= MAX_OFF_TOPIC)
    )
    .unwrap();
    let bare: [usize; 2] = [offs.iter().map(|o| o.bare_off).sum(), offs.iter().map(|o| o.bare_stock).sum()];
    if bare[1] > 0 {
        writeln!(
            w,
            "     of which under items with no sentence of the writer's (heading only): {} of {}",
            bare[0], bare[1]
        )
        .unwrap();
    }
    // Three examples under different headings (with QUALITY_VERBOSE=1 every one, with the words
    // compared), the items with the writer's points first: there the fault is plainest.
    let verbose = std::env::var_os("QUALITY_VERBOSE").is_some();
    let mut all: Vec<&Off> = offs.iter().flat_map(|o| &o.off).collect();
    all.sort_by_key(|o| o.bare);
    let mut headings = HashSet::new();
    let mut shown = HashSet::new();
    for o in all {
        let new_heading = !headings.contains(&o.heading);
        if (verbose || (shown.len() < 3 && new_heading)) && shown.insert((&o.heading, &o.sentence)) {
            headings.insert(&o.heading);
            writeln!(w, "     under 「{}」: {}", o.heading, o.sentence).unwrap();
            if verbose {
                writeln!(w, "       words {:?} · context {:?}", o.words, o.context).unwrap();
            }
        }
    }

    // c.
    let presup = grouped(
        case.runs
            .iter()
            .flat_map(|r| {
                presupposition_hits(r, &case.text, &lists.presuppositions)
                    .into_iter()
                    .map(|(name, word, s)| (r.seed, format!("[{name}: {word}] {s}")))
            })
            .collect(),
    );
    let levels = grouped(
        case.runs
            .iter()
            .flat_map(|r| {
                level_hits(r, level, &lists.levels)
                    .into_iter()
                    .map(|(text, should, s)| (r.seed, format!("[{text} → {should}] {s}")))
            })
            .collect(),
    );
    let presup_hits: usize = presup.values().map(Vec::len).sum();
    let level_count: usize = levels.values().map(Vec::len).sum();
    writeln!(
        w,
        "c. presupposition hits {presup_hits} ({} distinct)   target 0  {}    level-wording hits {level_count} ({} distinct)   target 0  {}",
        presup.len(),
        mark(presup_hits == 0),
        levels.len(),
        mark(level_count == 0)
    )
    .unwrap();
    for (h, s) in presup.iter().chain(&levels) {
        writeln!(w, "     seeds {}: {h}", seeds(s)).unwrap();
    }

    // d. e.
    let same_seeds = same_across_seeds(case);
    writeln!(
        w,
        "d. stock of seed 1 repeated at seed 2 {}   target ≤ {}  {}",
        pct(same_seeds),
        pct(MAX_SAME_ACROSS_SEEDS),
        mark(same_seeds <= MAX_SAME_ACROSS_SEEDS)
    )
    .unwrap();
    let (same_briefs, max_pair, any_other) = same_briefs;
    let same_briefs_mean = same_briefs;
    writeln!(
        w,
        "e. stock shared with another brief's draft at the same seed {} (mean over pairs and seeds; most {}; in any other {})   target ≤ {}  {}",
        pct(same_briefs),
        pct(max_pair),
        pct(any_other),
        pct(MAX_SAME_ACROSS_BRIEFS),
        mark(same_briefs <= MAX_SAME_ACROSS_BRIEFS)
    )
    .unwrap();

    // f.
    let lengths: Vec<Length> = case.runs.iter().map(|r| length(case, r, bin)).collect();
    let silent = lengths.iter().filter(|l| l.silent()).count();
    let per_seed: Vec<String> = case
        .runs
        .iter()
        .zip(&lengths)
        .map(|(r, l)| {
            let note = if !l.short() {
                ""
            } else if l.stderr.is_none() {
                " short, unchecked"
            } else if l.silent() {
                " short in silence"
            } else {
                " short, says so"
            };
            format!("{} {}{note}", r.draft.chars, pct(l.ratio))
        })
        .collect();
    writeln!(
        w,
        "f. length/target {} (chars per seed: {})   target {}–{} or said   {}   no silent short draft: {} silent  {}",
        pct(mean(lengths.iter().map(|l| l.ratio))),
        per_seed.join("; "),
        pct(SHORT),
        pct(LONG),
        mark(lengths.iter().all(Length::ok)),
        silent,
        mark(silent == 0)
    )
    .unwrap();
    if let Some(e) = lengths.iter().filter_map(|l| l.stderr.as_deref()).find(|e| !e.trim().is_empty()) {
        writeln!(w, "     stderr: {}", e.trim().replace('\n', " / ")).unwrap();
    }

    // g.
    let mentions: Vec<usize> = case.runs.iter().map(|r| locality_mentions(case, r)).collect();
    let min = mentions.iter().copied().min().unwrap_or(0);
    writeln!(
        w,
        "g. locality named in the body {:.1} times (min {min})   target ≥ {MIN_LOCALITY}  {}",
        mean(mentions.iter().map(|&m| m as f64)),
        mark(min >= MIN_LOCALITY)
    )
    .unwrap();

    // h.
    let mismatches: Vec<Mismatch> = case.runs.iter().filter_map(outline_mismatch).collect();
    writeln!(
        w,
        "h. outline items = draft items at {} of {} seeds   target all  {}",
        drafted_seeds().len() - mismatches.len(),
        drafted_seeds().len(),
        mark(mismatches.is_empty())
    )
    .unwrap();
    if let Some(Mismatch { seed, draft, outline }) = mismatches.first() {
        let only_draft: Vec<&String> = draft.iter().filter(|i| !outline.contains(i)).collect();
        let only_outline: Vec<&String> = outline.iter().filter(|i| !draft.contains(i)).collect();
        writeln!(
            w,
            "     seed {seed}: {} items in the draft, {} in the outline; only in the draft: {}; only in the outline: {}",
            draft.len(),
            outline.len(),
            if only_draft.is_empty() { "—".to_string() } else { join(&only_draft) },
            if only_outline.is_empty() { "—".to_string() } else { join(&only_outline) },
        )
        .unwrap();
    }

    let row = Row {
        name: case.name.clone(),
        stock,
        off_topic: off,
        presuppositions: presup_hits,
        levels: level_count,
        same_seeds,
        same_briefs: same_briefs_mean,
        silent_short: silent,
        length_ok: lengths.iter().all(Length::ok),
        locality_min: min,
        outline_equal: mismatches.is_empty(),
    };
    (out, row)
}

fn join(items: &[&String]) -> String {
    items.iter().map(|s| format!("「{s}」")).collect::<Vec<_>>().join(" ")
}

struct Lists {
    presuppositions: Vec<Presupposition>,
    levels: Vec<LevelWording>,
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let started = std::time::Instant::now();
    let words = Words::new(&root);
    let lists = Lists {
        presuppositions: read_yaml(&root, "phrasebank/presuppositions.yaml"),
        levels: read_yaml(&root, "phrasebank/levels.yaml"),
    };
    let bin = binary(&root);
    let cases: Vec<Case> = BRIEFS.iter().map(|f| load(&root, f)).collect();
    let across = same_across_briefs(&cases);

    println!(
        "jianggao quality report: {} briefs × seeds {:?}, default options",
        cases.len(),
        drafted_seeds()
    );
    match &bin {
        Some(b) => println!("binary for f: {}", b.strip_prefix(&root).unwrap_or(b).display()),
        None => println!(
            "binary for f: not found (set JIANGGAO_BIN or run benches/quality.sh): short drafts unchecked"
        ),
    }
    let mut rows = Vec::new();
    for (case, same) in cases.iter().zip(&across) {
        let (text, row) = report_case(case, &words, &lists, *same, bin.as_deref());
        print!("{text}");
        rows.push(row);
    }

    // The summary: each figure over all briefs, and how many briefs meet each target.
    println!("\n== overall ({} briefs × {} seeds)", rows.len(), drafted_seeds().len());
    let all_tallies: Vec<Tally> = cases.iter().flat_map(|c| c.runs.iter().map(origins)).collect();
    let sum = |o: Origin, chars: bool| -> usize {
        all_tallies.iter().map(|t| if chars { t.chars[o as usize] } else { t.sentences[o as usize] }).sum()
    };
    for (o, label) in [(Origin::Brief, "brief"), (Origin::Stock, "stock"), (Origin::Template, "template")] {
        println!("   {label:8} {:5} sentences {:7} chars (all drafts)", sum(o, false), sum(o, true));
    }
    let overall: [(String, bool); 9] = [
        (pct(mean(rows.iter().map(|r| r.stock))), mean(rows.iter().map(|r| r.stock)) <= MAX_STOCK_SHARE),
        (
            pct(mean(rows.iter().map(|r| r.off_topic))),
            mean(rows.iter().map(|r| r.off_topic)) <= MAX_OFF_TOPIC,
        ),
        {
            let n: usize = rows.iter().map(|r| r.presuppositions).sum();
            (format!("{n} hits"), n == 0)
        },
        {
            let n: usize = rows.iter().map(|r| r.levels).sum();
            (format!("{n} hits"), n == 0)
        },
        (
            pct(mean(rows.iter().map(|r| r.same_seeds))),
            mean(rows.iter().map(|r| r.same_seeds)) <= MAX_SAME_ACROSS_SEEDS,
        ),
        (
            pct(mean(rows.iter().map(|r| r.same_briefs))),
            mean(rows.iter().map(|r| r.same_briefs)) <= MAX_SAME_ACROSS_BRIEFS,
        ),
        {
            let n: usize = rows.iter().map(|r| r.silent_short).sum();
            (format!("{n} silent"), n == 0)
        },
        {
            let n = rows.iter().map(|r| r.locality_min).min().unwrap_or(0);
            (format!("min {n}"), n >= MIN_LOCALITY)
        },
        {
            let n = rows.iter().filter(|r| r.outline_equal).count();
            (format!("{n} of {} equal", rows.len()), n == rows.len())
        },
    ];
    let mut met = 0;
    let mut cells = 0;
    for (k, (value, ok)) in overall.iter().enumerate() {
        let label = rows[0].targets()[k].0;
        let briefs: Vec<&str> = rows.iter().filter(|r| !r.targets()[k].1).map(|r| r.name.as_str()).collect();
        let n = rows.len() - briefs.len();
        cells += n;
        met += usize::from(*ok);
        let missed =
            if briefs.is_empty() { String::new() } else { format!("  missed: {}", briefs.join(", ")) };
        println!("{label:42} {value:>14}  {}   {n} of {} briefs{missed}", mark(*ok), rows.len());
    }
    let in_window = rows.iter().filter(|r| r.length_ok).count();
    println!(
        "   (length within {}–{} of target, or said: {in_window} of {} briefs at every seed)",
        pct(SHORT),
        pct(LONG),
        rows.len()
    );
    println!("per brief: {cells} of {} brief targets met", rows.len() * overall.len());
    println!("time: {:.1} s", started.elapsed().as_secs_f64());
    println!("quality: {met} of {} targets met", overall.len());
}

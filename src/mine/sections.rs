//! Which part of a speech (开场 … 结尾) each sentence belongs to, learned from the seeds.
//!
//! The seeds' headings give the labels (`classify::structure` reads them); from those labels this
//! module learns, when mining starts (a few milliseconds):
//!
//! - a multinomial naive Bayes model over the sentence's characters and character bigrams (a
//!   two-character window covers most Chinese words; it needs no segmentation, which comes later
//!   in mining, and no allocation per character);
//! - how strongly each cue of `sections.yaml` (同志们, 刚才, 取得了, 差距, 一是, 让我们…) points
//!   to its part: the cue's own section is a prior, the seeds' counts the evidence;
//! - where in a speech each part sits (its relative position, in tenths);
//! - how often the part a heading names (`heading_section`) is the part of the sentences under
//!   it: strong evidence where a speech has headings, never the only evidence;
//! - the order parts follow (opening → significance → achievements → problems → measures →
//!   safeguards → closing, and the orders of the other genres), as transition counts.
//!
//! A speech is then decoded as a sequence: Viterbi over the seven section states, with two
//! facts of how speeches are built that need no heading:
//!
//! - a numbered series (`一是…` `二是…` … `八是…`, each opening a paragraph) is one part: its
//!   sentences share the series' mean evidence (`series_weight`), and the step into its next item
//!   is learned apart from other paragraph breaks, a change of part there being unlikely a priori
//!   (seed 004 closes its 措施 with 八是加强统筹协调推动工作落实, which alone reads as 保障);
//! - a sentence whose own wording names its part (`classify::worded_section`: 在肯定成绩的同时…
//!   turns to the problems, 近年来，… recalls what was done) is held to that part.
//!
//! The few global weights below (how much the text counts against the order, the priors'
//! strengths) were chosen by leave-one-seed-out evaluation (`evaluate`), the same for every seed.

use aho_corasick::AhoCorasick;
use rustc_hash::FxHashMap;

use super::classify::Candidate;
use crate::error::Result;
use crate::model::{Role, Section};

/// The cue lexicon's file in `phrasebank/`.
pub const FILE: &str = "sections.yaml";

/// The five seed speeches the model learns from, embedded.
pub const SEEDS: [(&str, &str); 5] = [
    ("000", include_str!("../../corpus/seeds/000_33a6860e3829c160.txt")),
    ("001", include_str!("../../corpus/seeds/001_118bd481c4ae1093.txt")),
    ("002", include_str!("../../corpus/seeds/002_4484aa57dbccfebf.txt")),
    ("003", include_str!("../../corpus/seeds/003_3c54af0a84d7f27a.txt")),
    ("004", include_str!("../../corpus/seeds/004_40468710472191ce.txt")),
];

const N: usize = 7;
/// Relative positions in a speech, in tenths.
const BINS: usize = 10;

/// The global weights of the model, the same for every seed and corpus.
#[derive(Debug, Clone, Copy)]
pub struct Params {
    /// Weight of the text's mean log-likelihood per character and bigram against the cue,
    /// position, heading and order terms.
    pub text_weight: f32,
    /// Pseudo-count a cue gives its own section (the lexicon's prior).
    pub cue_prior: f32,
    /// Weight of each cue's evidence.
    pub cue_weight: f32,
    /// Laplace smoothing of character and bigram counts.
    pub gram_alpha: f32,
    /// Pseudo-counts of a move between parts: forward in the canonical order, and backward.
    pub forward_prior: f32,
    pub backward_prior: f32,
    /// Weight of the paragraph's mean evidence added to each of its sentences: a paragraph
    /// mostly keeps to one part, and its other sentences say which.
    pub para_weight: f32,
    /// Weight of a numbered series' mean evidence added to each of its sentences.
    pub series_weight: f32,
}

pub const PARAMS: Params = Params {
    text_weight: 4.0,
    cue_prior: 10.0,
    cue_weight: 2.0,
    gram_alpha: 0.1,
    forward_prior: 1.0,
    backward_prior: 0.05,
    para_weight: 0.5,
    series_weight: 8.0,
};

/// The cue lexicon as written: section name → cues (`^` anchors a cue at the sentence start).
pub type Lexicon = std::collections::BTreeMap<String, Vec<String>>;

/// The learned model.
pub struct Model {
    /// Feature (character, bigram) → log P(feature | section).
    grams: Grams,
    cues: AhoCorasick,
    /// Per cue: anchored at the start, and log P(section | cue) − log P(section).
    cue_info: Vec<(bool, [f32; N])>,
    position: [[f32; N]; BINS],
    text_weight: f32,
    para_weight: f32,
    series_weight: f32,
    /// log P(section | the section the heading above names).
    heading: [[f32; N]; N],
    start: [f32; N],
    /// log P(section | previous section), inside a paragraph [0], across paragraphs [1], and into
    /// a paragraph that opens with the next point of a numbered series [2] (`Item::step`).
    trans: [[[f32; N]; N]; 3],
}

/// One speech's sentences as the model sees them.
pub struct Item<'a> {
    pub text: &'a str,
    pub heading: Option<Section>,
    pub new_para: bool,
    /// The paragraph opens with the next point of a numbered series (`Candidate::continues`).
    pub continues: bool,
}

impl Item<'_> {
    /// Which transitions lead into this sentence: inside a paragraph, into a new one, or into
    /// the next item of a series.
    fn step(&self) -> usize {
        match (self.new_para, self.continues) {
            (false, _) => 0,
            (true, false) => 1,
            (true, true) => 2,
        }
    }

    fn of(c: &Candidate, heading: Option<Section>) -> Item<'_> {
        Item { text: c.text.as_str(), heading, new_para: c.new_para, continues: c.continues }
    }
}

fn index(s: Section) -> usize {
    Section::ALL.iter().position(|x| *x == s).expect("every section is in ALL")
}

/// Calls `f` with each feature of `text`: every Han character and every pair of adjacent
/// characters. Keys are built from the code points: nothing is allocated.
fn features(text: &str, mut f: impl FnMut(u64)) {
    let mut prev: Option<char> = None;
    for c in text.chars() {
        if c.is_ascii_whitespace() {
            continue;
        }
        f(u64::from(u32::from(c)));
        if let Some(p) = prev {
            f((1 << 42) | (u64::from(u32::from(p)) << 21) | u64::from(u32::from(c)));
        }
        prev = Some(c);
    }
}

/// The log-probabilities of the features seen in training, looked up a character at a time: every
/// character of an archive is looked up, with the bigram it ends. A character is found by its
/// code point in a table (no hashing), and a bigram only when both its characters were seen
/// (a bigram of the training text has both its characters among the unigrams, as `features`
/// gives both).
struct Grams {
    /// Code point (below `DENSE`) → the character's number + 1, or 0: not seen.
    dense: Vec<u32>,
    /// The same for characters beyond `DENSE`.
    sparse: FxHashMap<char, u32>,
    /// Per character number, its log-probabilities.
    unigrams: Vec<[f32; N]>,
    /// (number of the first character, number of the second) → log-probabilities.
    bigrams: FxHashMap<u64, [f32; N]>,
}

const DENSE: usize = 0x1_0000;

impl Grams {
    /// From `features`' keys and their log-probabilities.
    fn new(grams: impl Iterator<Item = (u64, [f32; N])>) -> Grams {
        let mut g = Grams {
            dense: vec![0; DENSE],
            sparse: FxHashMap::default(),
            unigrams: Vec::new(),
            bigrams: FxHashMap::default(),
        };
        let mut pairs = Vec::new();
        for (key, lp) in grams {
            if key >> 42 == 0 {
                let c = char::from_u32(key as u32).expect("a character's code point");
                g.unigrams.push(lp);
                let id = g.unigrams.len() as u32;
                match g.dense.get_mut(c as usize) {
                    Some(slot) => *slot = id,
                    None => {
                        g.sparse.insert(c, id);
                    }
                }
            } else {
                pairs.push((key, lp));
            }
        }
        for (key, lp) in pairs {
            let char_of = |bits: u64| char::from_u32((bits & 0x1F_FFFF) as u32).expect("a code point");
            let (a, b) = (g.id(char_of(key >> 21)), g.id(char_of(key)));
            let (Some(a), Some(b)) = (a, b) else { continue };
            g.bigrams.insert(Grams::pair(a, b), lp);
        }
        g
    }

    #[inline]
    fn id(&self, c: char) -> Option<u32> {
        let id = match self.dense.get(c as usize) {
            Some(&id) => id,
            None => self.sparse.get(&c).copied().unwrap_or(0),
        };
        id.checked_sub(1)
    }

    fn pair(a: u32, b: u32) -> u64 {
        (u64::from(a) << 32) | u64::from(b)
    }

    /// Calls `f` with the log-probabilities of each feature of `text` seen in training, in the
    /// order of `features`.
    fn each_known(&self, text: &str, mut f: impl FnMut(&[f32; N])) {
        let mut prev: Option<u32> = None;
        for c in text.chars() {
            if c.is_ascii_whitespace() {
                continue;
            }
            let id = self.id(c);
            if let Some(id) = id {
                f(&self.unigrams[id as usize]);
                if let Some(lp) = prev.and_then(|p| self.bigrams.get(&Grams::pair(p, id))) {
                    f(lp);
                }
            }
            prev = id;
        }
    }
}

impl Model {
    /// Learns the model from labelled speeches (each a sequence of sentences with their section)
    /// and the cue lexicon.
    pub fn train(speeches: &[Vec<(Item<'_>, Section)>], lexicon: &Lexicon, label: &str) -> Result<Model> {
        Model::train_with(speeches, lexicon, label, PARAMS)
    }

    pub fn train_with(
        speeches: &[Vec<(Item<'_>, Section)>],
        lexicon: &Lexicon,
        label: &str,
        p: Params,
    ) -> Result<Model> {
        let mut patterns = Vec::new();
        let mut cue_section = Vec::new();
        for (name, cues) in lexicon {
            let Some(s) = Section::ALL.iter().position(|s| s.name() == name) else {
                return Err(crate::error::Error::input(
                    label,
                    None,
                    format!(
                        "没有名为 `{name}` 的部分（可用：opening、significance、achievements、problems、measures、safeguards、closing）"
                    ),
                ));
            };
            for cue in cues {
                let (anchored, word) = match cue.strip_prefix('^') {
                    Some(w) => (true, w),
                    None => (false, cue.as_str()),
                };
                if word.is_empty() {
                    continue;
                }
                patterns.push(word.to_string());
                cue_section.push((anchored, s));
            }
        }
        // A DFA: every sentence of a corpus is searched for every cue (overlapping), and the
        // automaton is built once per run from some hundred short cues.
        let cues = AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&patterns)
            .map_err(|e| crate::error::Error::input(label, None, format!("线索词表无法使用：{e}")))?;

        let mut gram_counts: FxHashMap<u64, [f32; N]> = FxHashMap::default();
        let mut totals = [0f32; N];
        let mut cue_counts = vec![[0f32; N]; patterns.len()];
        let mut position = [[1f32; N]; BINS];
        let mut heading = [[0.5f32; N]; N];
        let mut start = [0.5f32; N];
        let mut trans = [[[0f32; N]; N]; 3];
        let mut sizes = [0f32; N];
        for (step, table) in trans.iter_mut().enumerate() {
            for (a, row) in table.iter_mut().enumerate() {
                for (b, t) in row.iter_mut().enumerate() {
                    // The next item of a series stays in its part: only that is cheap a priori.
                    let cheap = if step == 2 { a == b } else { a <= b };
                    *t = if cheap {
                        p.forward_prior
                    } else if step == 2 {
                        1e-4
                    } else {
                        p.backward_prior
                    };
                }
            }
        }
        for speech in speeches {
            let len = speech.len();
            for (k, (item, label)) in speech.iter().enumerate() {
                let s = index(*label);
                sizes[s] += 1.0;
                features(item.text, |g| {
                    gram_counts.entry(g).or_insert([0.0; N])[s] += 1.0;
                    totals[s] += 1.0;
                });
                for_cues(&cues, &cue_section, item.text, |i| cue_counts[i][s] += 1.0);
                position[bin(k, len)][s] += 1.0;
                if let Some(h) = item.heading {
                    heading[index(h)][s] += 1.0;
                }
                if k == 0 {
                    start[s] += 1.0;
                } else {
                    trans[item.step()][index(speech[k - 1].1)][s] += 1.0;
                }
            }
        }
        let vocabulary = gram_counts.len() as f32;
        let grams = Grams::new(gram_counts.into_iter().map(|(g, c)| {
            let mut lp = [0f32; N];
            for s in 0..N {
                lp[s] = ((c[s] + p.gram_alpha) / (totals[s] + p.gram_alpha * vocabulary)).ln();
            }
            (g, lp)
        }));
        let all: f32 = sizes.iter().sum::<f32>() + N as f32;
        let cue_info = cue_counts
            .iter()
            .zip(&cue_section)
            .map(|(c, (anchored, own))| {
                let mut prior = [0.1f32; N];
                prior[*own] += p.cue_prior;
                let total: f32 = c.iter().zip(&prior).map(|(a, b)| a + b).sum();
                let mut lp = [0f32; N];
                for s in 0..N {
                    lp[s] = p.cue_weight * (((c[s] + prior[s]) / total).ln() - ((sizes[s] + 1.0) / all).ln());
                }
                (*anchored, lp)
            })
            .collect();
        Ok(Model {
            grams,
            cues,
            cue_info,
            position: position.map(log_normalise),
            text_weight: p.text_weight,
            para_weight: p.para_weight,
            series_weight: p.series_weight,
            heading: heading.map(log_normalise),
            start: log_normalise(start),
            trans: trans.map(|t| t.map(log_normalise)),
        })
    }

    /// The section of each sentence of one speech, decoded as a whole.
    pub fn decode(&self, items: &[Item<'_>]) -> Vec<Section> {
        let len = items.len();
        if len == 0 {
            return Vec::new();
        }
        // score[s] of the best path ending in s; back[k][s] the state before it.
        let mut back = vec![[0u8; N]; len];
        let mut score = [0f32; N];
        let mut emits: Vec<[f32; N]> =
            items.iter().enumerate().map(|(k, it)| self.emission(it, bin(k, len))).collect();
        // Each paragraph's mean evidence, shared by its sentences.
        let mut from = 0;
        while from < len {
            let to = (from + 1..len).find(|&k| items[k].new_para).unwrap_or(len);
            share_mean(&mut emits[from..to], self.para_weight);
            from = to;
        }
        // Each numbered series' mean evidence (from the paragraph before its first `continues`
        // to its last item's paragraph), shared by its sentences: a series is one part.
        let starts: Vec<usize> = (0..len).filter(|&k| k == 0 || items[k].new_para).collect();
        let mut p = 0;
        while p < starts.len() {
            let mut q = p + 1;
            while q < starts.len() && items[starts[q]].continues {
                q += 1;
            }
            if q > p + 1 {
                let (from, to) = (starts[p], starts.get(q).copied().unwrap_or(len));
                share_mean(&mut emits[from..to], self.series_weight);
            }
            p = q;
        }
        // A sentence whose wording names its part is held there; so is a greeting or the meeting's
        // purpose near a speech's start (later, a 问候 may close it: `最后，向大家致以新春的问候`).
        for (k, (e, item)) in emits.iter_mut().zip(items).enumerate() {
            let greets = (k < 6 || k * 5 < len) && super::classify::opens_the_speech(item.text);
            if let Some(own) =
                super::classify::worded_section(item.text).or(greets.then_some(Section::Opening))
            {
                for (s, v) in e.iter_mut().enumerate() {
                    if s != index(own) {
                        *v = f32::NEG_INFINITY;
                    }
                }
            }
        }
        for (k, item) in items.iter().enumerate() {
            let emit = emits[k];
            if k == 0 {
                for s in 0..N {
                    score[s] = self.start[s] + emit[s];
                }
                continue;
            }
            let mut next = [0f32; N];
            let trans = &self.trans[item.step()];
            for s in 0..N {
                let (best, from) = (0..N)
                    .map(|p| (score[p] + trans[p][s], p))
                    .fold((f32::NEG_INFINITY, 0), |a, b| if b.0 > a.0 { b } else { a });
                next[s] = best + emit[s];
                back[k][s] = from as u8;
            }
            score = next;
        }
        let mut s = (0..N).fold(0, |a, b| if score[b] > score[a] { b } else { a });
        let mut out = vec![Section::Opening; len];
        for k in (0..len).rev() {
            out[k] = Section::ALL[s];
            s = usize::from(back[k][s]);
        }
        out
    }

    /// log-evidence of each section for one sentence at position `bin`.
    fn emission(&self, item: &Item<'_>, bin: usize) -> [f32; N] {
        let mut text = [0f32; N];
        let mut n = 0f32;
        self.grams.each_known(item.text, |lp| {
            for s in 0..N {
                text[s] += lp[s];
            }
            n += 1.0;
        });
        let mut out = self.position[bin];
        if n > 0.0 {
            for s in 0..N {
                out[s] += self.text_weight * text[s] / n;
            }
        }
        for_cues_of(self, item.text, |lp| {
            for s in 0..N {
                out[s] += lp[s];
            }
        });
        if let Some(h) = item.heading {
            let row = &self.heading[index(h)];
            for s in 0..N {
                out[s] += row[s];
            }
        }
        out
    }

    /// Sets the section of every candidate of one speech from the model; roles that only one
    /// section has follow (a call is the closing's). A heading under the speech's own headings
    /// keeps the part it names or stands in: it is the label of its part, not a sentence in it.
    pub fn assign(&self, cands: &mut [Candidate]) {
        let items: Vec<Item<'_>> = cands.iter().map(|c| Item::of(c, c.heading)).collect();
        let sections = self.decode(&items);
        for (c, s) in cands.iter_mut().zip(sections) {
            if c.role == Role::Heading && c.heading.is_some() {
                continue;
            }
            c.section = s;
            if c.role == Role::Call && s != Section::Closing {
                c.role = Role::Statement;
            }
        }
    }
}

fn for_cues(cues: &AhoCorasick, info: &[(bool, usize)], text: &str, mut f: impl FnMut(usize)) {
    for m in cues.find_overlapping_iter(text) {
        let i = m.pattern().as_usize();
        if !info[i].0 || m.start() == 0 {
            f(i);
        }
    }
}

fn for_cues_of(model: &Model, text: &str, mut f: impl FnMut(&[f32; N])) {
    for m in model.cues.find_overlapping_iter(text) {
        let (anchored, lp) = &model.cue_info[m.pattern().as_usize()];
        if !anchored || m.start() == 0 {
            f(lp);
        }
    }
}

/// Adds `weight` × the mean of the evidence of a run of sentences to each of them.
fn share_mean(run: &mut [[f32; N]], weight: f32) {
    let mut mean = [0f32; N];
    for e in run.iter() {
        for s in 0..N {
            mean[s] += e[s] / run.len() as f32;
        }
    }
    for e in run {
        for s in 0..N {
            e[s] += weight * mean[s];
        }
    }
}

fn bin(k: usize, len: usize) -> usize {
    (k * BINS / len.max(1)).min(BINS - 1)
}

fn log_normalise(row: [f32; N]) -> [f32; N] {
    let total: f32 = row.iter().sum();
    row.map(|x| (x / total).ln())
}

/// The speeches of the seeds read by their headings (`classify::structure`): per seed, its
/// speeches' candidates, each with the section its headings give.
pub fn labelled_seeds() -> Vec<(&'static str, Vec<Vec<Candidate>>)> {
    SEEDS
        .iter()
        .map(|(name, text)| {
            (*name, super::classify::structure(&super::split::units(&super::clean::clean(text))))
        })
        .collect()
}

/// Training sequences from labelled candidates.
fn sequences<'a>(speeches: impl IntoIterator<Item = &'a Vec<Candidate>>) -> Vec<Vec<(Item<'a>, Section)>> {
    speeches.into_iter().map(|sp| sp.iter().map(|c| (Item::of(c, c.heading), c.section)).collect()).collect()
}

/// The model learned from all five seeds with the cue lexicon `lexicon` (read from `label`).
pub fn from_seeds(lexicon: &Lexicon, label: &str) -> Result<Model> {
    let seeds = labelled_seeds();
    Model::train(&sequences(seeds.iter().flat_map(|(_, s)| s)), lexicon, label)
}

/// The embedded cue lexicon.
pub fn embedded_lexicon() -> Lexicon {
    let text = crate::assets::PHRASEBANK.iter().find(|(n, _)| *n == FILE).map_or("", |(_, t)| t);
    crate::yaml::from_str(text, &format!("<内置>/{FILE}")).expect("the embedded sections.yaml parses")
}

/// Sentences right and wrong, by section: `cells[truth][guess]`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Confusion {
    pub cells: [[usize; N]; N],
}

impl Confusion {
    pub fn add(&mut self, truth: Section, guess: Section) {
        self.cells[index(truth)][index(guess)] += 1;
    }
    pub fn right(&self) -> usize {
        (0..N).map(|i| self.cells[i][i]).sum()
    }
    pub fn total(&self) -> usize {
        self.cells.iter().flatten().sum()
    }
    pub fn accuracy(&self) -> f64 {
        self.right() as f64 / self.total().max(1) as f64
    }
    pub fn merge(&mut self, other: &Confusion) {
        for i in 0..N {
            for j in 0..N {
                self.cells[i][j] += other.cells[i][j];
            }
        }
    }
}

impl std::fmt::Display for Confusion {
    /// Rows are the labels, columns the model's sections.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const SHORT: [&str; N] = ["open", "signif", "achiev", "probl", "meas", "safeg", "close"];
        write!(f, "{:>8} |", "标\\判")?;
        for s in SHORT {
            write!(f, "{s:>7}")?;
        }
        writeln!(f, " | 对/共")?;
        for (i, row) in self.cells.iter().enumerate() {
            write!(f, "{:>8} |", SHORT[i])?;
            for c in row {
                write!(f, "{c:>7}")?;
            }
            writeln!(f, " | {}/{}", row[i], row.iter().sum::<usize>())?;
        }
        Ok(())
    }
}

/// One fold of the leave-one-seed-out evaluation.
#[derive(Debug)]
pub struct Fold {
    pub seed: &'static str,
    pub confusion: Confusion,
    /// The held-out seed's misfiled sentences: (text, label, model's section).
    pub misfiled: Vec<(String, Section, Section)>,
}

/// Leave-one-seed-out: the model learns from four seeds and classifies the fifth with its
/// headings removed (heading units left out, no heading evidence), against the sections its
/// headings give.
pub fn leave_one_seed_out(lexicon: &Lexicon) -> Result<Vec<Fold>> {
    leave_one_seed_out_with(lexicon, PARAMS)
}

pub fn leave_one_seed_out_with(lexicon: &Lexicon, params: Params) -> Result<Vec<Fold>> {
    let seeds = labelled_seeds();
    let mut folds = Vec::new();
    for (k, (name, held_out)) in seeds.iter().enumerate() {
        let train = sequences(seeds.iter().enumerate().filter(|(i, _)| *i != k).flat_map(|(_, (_, s))| s));
        let model = Model::train_with(&train, lexicon, FILE, params)?;
        let mut confusion = Confusion::default();
        let mut misfiled = Vec::new();
        for speech in held_out {
            let kept: Vec<&Candidate> = speech.iter().filter(|c| c.role != Role::Heading).collect();
            let items: Vec<Item<'_>> = kept.iter().map(|c| Item::of(c, None)).collect();
            for (c, guess) in kept.iter().zip(model.decode(&items)) {
                confusion.add(c.section, guess);
                if c.section != guess {
                    misfiled.push((c.text.clone(), c.section, guess));
                }
            }
        }
        folds.push(Fold { seed: name, confusion, misfiled });
    }
    Ok(folds)
}

/// Speeches labelled by hand (`tests/fixtures/sections/public.yaml`): where each came from and
/// its sentences in order, each with its section.
#[derive(Debug, serde::Deserialize)]
pub struct Labelled {
    pub source: String,
    pub sentences: Vec<LabelledSentence>,
}

#[derive(Debug, serde::Deserialize)]
pub struct LabelledSentence {
    pub section: Section,
    pub text: String,
    /// The sentence starts a paragraph of its speech.
    #[serde(default)]
    pub new_para: bool,
}

/// How `model` files hand-labelled speeches (no headings given), with the misfiled sentences:
/// (text, label, model's section).
pub fn evaluate(model: &Model, speeches: &[Labelled]) -> (Confusion, Vec<(String, Section, Section)>) {
    let mut confusion = Confusion::default();
    let mut wrong = Vec::new();
    for sp in speeches {
        let items: Vec<Item<'_>> = sp
            .sentences
            .iter()
            .map(|s| Item { text: s.text.as_str(), heading: None, new_para: s.new_para, continues: false })
            .collect();
        for (s, guess) in sp.sentences.iter().zip(model.decode(&items)) {
            confusion.add(s.section, guess);
            if s.section != guess {
                wrong.push((s.text.clone(), s.section, guess));
            }
        }
    }
    (confusion, wrong)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leave_one_seed_out_files_most_sentences_right() {
        let folds = leave_one_seed_out(&embedded_lexicon()).unwrap();
        let mut all = Confusion::default();
        for f in &folds {
            eprintln!(
                "seed {}: {}/{} = {:.1}%\n{}",
                f.seed,
                f.confusion.right(),
                f.confusion.total(),
                100.0 * f.confusion.accuracy(),
                f.confusion
            );
            for (text, truth, guess) in &f.misfiled {
                eprintln!("  {truth:?} → {guess:?}: {text}");
            }
            all.merge(&f.confusion);
        }
        eprintln!("all: {}/{} = {:.1}%\n{all}", all.right(), all.total(), 100.0 * all.accuracy());
        // The figures reached, as floors so they cannot regress: sentences right per fold, of how
        // many. Every fold is at 85% or more, as issue 17 asks.
        let floors =
            [("000", 116, 120), ("001", 44, 50), ("002", 44, 51), ("003", 30, 34), ("004", 120, 136)];
        for (f, (seed, right, total)) in folds.iter().zip(floors) {
            assert_eq!((f.seed, f.confusion.total()), (seed, total), "the seed's labelled sentences changed");
            assert!(f.confusion.right() >= right, "seed {seed}: {} right, was {right}", f.confusion.right());
            assert!(f.confusion.accuracy() >= 0.85, "seed {seed}: {:.3}", f.confusion.accuracy());
        }
        assert!(all.accuracy() >= 0.85, "{:.3}", all.accuracy());
    }

    fn public() -> Vec<Labelled> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/sections/public.yaml");
        crate::yaml::from_str(&std::fs::read_to_string(path).unwrap(), path).unwrap()
    }

    /// The rule reading alone (`classify::structure`, what `mine` did before the model) on the same
    /// speeches, each written out as a text: the figure the model has to beat.
    fn rules_on(speeches: &[Labelled]) -> Confusion {
        let mut confusion = Confusion::default();
        for sp in speeches {
            let mut text = String::from("讲话\n");
            for s in &sp.sentences {
                if s.new_para {
                    text.push('\n');
                }
                text.push_str(&s.text);
            }
            text.push('\n');
            let cands: Vec<Candidate> = super::super::classify::structure(&super::super::split::units(
                &super::super::clean::clean(&text),
            ))
            .into_iter()
            .flatten()
            .collect();
            for s in &sp.sentences {
                let guess = cands
                    .iter()
                    .find(|c| s.text.contains(c.text.trim_end_matches('。')))
                    .map_or(Section::Opening, |c| c.section);
                confusion.add(s.section, guess);
            }
        }
        confusion
    }

    #[test]
    fn public_speeches_are_filed_better_than_by_the_rules() {
        let speeches = public();
        let model = from_seeds(&embedded_lexicon(), FILE).unwrap();
        let (confusion, wrong) = evaluate(&model, &speeches);
        let rules = rules_on(&speeches);
        eprintln!(
            "model: {}/{}\n{confusion}rules: {}/{}\n{rules}",
            confusion.right(),
            confusion.total(),
            rules.right(),
            rules.total()
        );
        for (text, truth, guess) in &wrong {
            eprintln!("  {truth:?} → {guess:?}: {text}");
        }
        assert_eq!(confusion.total(), 55);
        assert!(confusion.right() >= 46, "{} of 55", confusion.right());
        assert!(
            confusion.right() >= rules.right() + 15,
            "model {} against rules {}",
            confusion.right(),
            rules.right()
        );
    }

    #[test]
    #[ignore = "a sweep of the global weights: cargo test --lib sweep -- --ignored --nocapture"]
    fn sweep() {
        let lex = embedded_lexicon();
        let mut best = Vec::new();
        for tw in [2.0f32, 4.0, 8.0, 16.0] {
            for cp in [3.0f32, 10.0, 30.0] {
                for cw in [1.5f32, 2.0, 3.0] {
                    for ga in [0.1f32] {
                        for pw in [0.3f32, 0.5, 0.75, 1.0] {
                            let p = Params {
                                text_weight: tw,
                                cue_prior: cp,
                                cue_weight: cw,
                                gram_alpha: ga,
                                forward_prior: 1.0,
                                backward_prior: 0.05,
                                para_weight: pw,
                                series_weight: PARAMS.series_weight,
                            };
                            let folds = leave_one_seed_out_with(&lex, p).unwrap();
                            let min = folds.iter().map(|f| f.confusion.accuracy()).fold(1.0, f64::min);
                            let mut all = Confusion::default();
                            folds.iter().for_each(|f| all.merge(&f.confusion));
                            let accs: Vec<String> = folds
                                .iter()
                                .map(|f| format!("{:.0}", 100.0 * f.confusion.accuracy()))
                                .collect();
                            best.push((min, all.accuracy(), format!("{p:?} {}", accs.join(" "))));
                        }
                    }
                }
            }
        }
        best.sort_by(|a, b| (b.0 + b.1).partial_cmp(&(a.0 + a.1)).unwrap());
        for b in best.iter().take(15) {
            eprintln!("min {:.3} all {:.3} {}", b.0, b.1, b.2);
        }
    }
}

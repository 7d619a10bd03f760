//! The miner's inputs — `dict.txt`, `topics.yaml`, `curation.yaml`, `generic-words.yaml`,
//! `presuppositions.yaml` — and what is built from them: the jieba segmenter with the domain
//! dictionary, and the topic scorer. (`levels.yaml` is carried along for drafting, `wording.yaml`
//! for `check`.)
//!
//! Where they are read from: each file is taken from the output folder when it has one (so
//! `jianggao mine corpus/seeds -o phrasebank/` mines with the files under `phrasebank/` as they are
//! on disk), otherwise from the phrasebank embedded in the binary. Mining writes the ones it used
//! into the output folder when they are missing, so the folder is complete.

use rustc_hash::FxHashSet;
use std::path::Path;

use jieba_rs::Jieba;

use super::analyse::Lexicon;
use super::curation::Curation;
use crate::assets;
use crate::error::{Error, Position, Result};
use crate::phrasebank::{Presupposition, Topic};
use crate::yaml;

pub const DICT: &str = "dict.txt";
pub const TOPICS: &str = "topics.yaml";
pub const CURATION: &str = "curation.yaml";
pub const GENERIC_WORDS: &str = "generic-words.yaml";
pub const PRESUPPOSITIONS: &str = "presuppositions.yaml";
pub const SECTIONS: &str = super::sections::FILE;
/// Not read by mining: carried into the output folder, which drafting reads as a whole.
pub const LEVELS: &str = "levels.yaml";
/// Not read by mining: carried into the output folder, which drafting reads as a whole.
pub const PROVINCES: &str = crate::phrasebank::PROVINCES;
/// Not read by mining: carried into the output folder, which `check --phrasebank` reads.
pub const WORDING: &str = crate::phrasebank::wording::FILE;

/// Part-of-speech tags of names: a dictionary word with one of these makes a phrase specific.
const NAME_TAGS: &[&str] = &["ns", "nr", "nrt", "nrfg", "nt", "nz"];

#[derive(Debug, Clone)]
pub struct Inputs {
    pub dict: String,
    pub dict_label: String,
    pub topics: Vec<Topic>,
    pub curation: Curation,
    /// 公文 words that never count as a phrase's content words (`generic-words.yaml`).
    pub generic_words: Vec<String>,
    /// What a phrase may take for granted of a place (`presuppositions.yaml`).
    pub presuppositions: Vec<Presupposition>,
    /// Cue words of each section (`sections.yaml`), a prior of the section model.
    pub sections: super::sections::Lexicon,
    pub sections_label: String,
    /// (file name, text) of each input, as read: written to the output folder when missing there.
    pub files: Vec<(&'static str, String)>,
}

impl Inputs {
    /// The inputs from `dir` where it has them, else the embedded phrasebank's.
    pub fn load(dir: Option<&Path>) -> Result<Inputs> {
        let mut files = Vec::new();
        let mut labels = Vec::new();
        for name in
            [DICT, TOPICS, CURATION, GENERIC_WORDS, PRESUPPOSITIONS, LEVELS, WORDING, SECTIONS, PROVINCES]
        {
            let on_disk = dir.map(|d| d.join(name)).filter(|p| p.is_file());
            let (text, label) = match on_disk {
                Some(path) => (crate::input::read_text(&path)?.text, path.display().to_string()),
                None => {
                    let text = assets::PHRASEBANK
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, t)| (*t).to_string())
                        .unwrap_or_default();
                    (text, format!("<内置>/{name}"))
                }
            };
            files.push((name, text));
            labels.push(label);
        }
        let topics: Vec<Topic> =
            if files[1].1.trim().is_empty() { Vec::new() } else { yaml::from_str(&files[1].1, &labels[1])? };
        let curation: Curation =
            if files[2].1.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
                Curation::default()
            } else {
                yaml::from_str(&files[2].1, &labels[2])?
            };
        fn list<T: serde::de::DeserializeOwned>(text: &str, label: &str) -> Result<Vec<T>> {
            if text.trim().is_empty() { Ok(Vec::new()) } else { yaml::from_str(text, label) }
        }
        let generic_words: Vec<String> = list(&files[3].1, &labels[3])?;
        let presuppositions: Vec<Presupposition> = list(&files[4].1, &labels[4])?;
        let sections: super::sections::Lexicon = if files[7].1.trim().is_empty() {
            Default::default()
        } else {
            yaml::from_str(&files[7].1, &labels[7])?
        };
        Ok(Inputs {
            dict: files[0].1.clone(),
            dict_label: labels[0].clone(),
            topics,
            curation,
            generic_words,
            presuppositions,
            sections,
            sections_label: labels[7].clone(),
            files,
        })
    }

    /// The section model, learned from the seeds with this cue lexicon.
    pub fn section_model(&self) -> Result<super::sections::Model> {
        super::sections::from_seeds(&self.sections, &self.sections_label)
    }

    /// jieba with the default dictionary plus `dict.txt` and every topic keyword as a word (so a
    /// keyword is one token); names from the dictionary's name tags and from curation.
    pub fn lexicon(&self) -> Result<Lexicon> {
        let mut jieba = Jieba::new();
        let mut names: FxHashSet<String> = self.curation.names.iter().cloned().collect();
        // Domain terms and topic keywords are never names, whatever jieba's own dictionary says.
        let mut domain: FxHashSet<String> = FxHashSet::default();
        for (i, line) in self.dict.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let word = parts.next().expect("non-empty line");
            let mut freq = None;
            let mut tag = None;
            for p in parts {
                if p.bytes().all(|b| b.is_ascii_digit()) {
                    freq = Some(p.parse::<usize>().map_err(|_| {
                        Error::input(
                            &self.dict_label,
                            Some(Position { line: i + 1, col: 1 }),
                            format!("词频 `{p}` 不是数字"),
                        )
                    })?);
                } else {
                    tag = Some(p);
                }
            }
            jieba.add_word(word, freq, tag);
            if tag.is_some_and(|t| NAME_TAGS.contains(&t)) {
                names.insert(word.to_string());
            } else {
                domain.insert(word.to_string());
            }
        }
        let mut keywords: Vec<String> = Vec::new();
        for topic in &self.topics {
            for k in &topic.keywords {
                if !keywords.contains(k) {
                    if !jieba.has_word(k) {
                        jieba.add_word(k, None, Some("n"));
                    }
                    keywords.push(k.clone());
                    domain.insert(k.clone());
                }
            }
        }
        let phrases = self.curation.names.clone();
        let mut not_names = domain;
        not_names.extend(self.curation.not_names.iter().cloned());
        for n in &names {
            not_names.remove(n);
        }
        Ok(Lexicon::new(jieba, names, phrases, not_names, keywords, &self.generic_words))
    }
}

/// Scores the topics of a phrase: each lexicon keyword among its words counts with its inverse
/// document frequency over the mined sentences (TF-IDF), so a word every sentence uses (开放)
/// weighs less than a telling one (综合保税区). A phrase gets its best topics (at most three,
/// each at least half the best score).
pub struct TopicScorer<'a> {
    topics: &'a [Topic],
    /// keyword id → topics it belongs to.
    of_keyword: Vec<Vec<usize>>,
    idf: Vec<f64>,
}

impl<'a> TopicScorer<'a> {
    /// The scorer for a corpus whose sentences were counted into `counts`.
    pub fn from_counts(topics: &'a [Topic], lex: &Lexicon, counts: KeywordCounts) -> TopicScorer<'a> {
        let mut of_keyword = vec![Vec::new(); lex.keywords.len()];
        for (ti, t) in topics.iter().enumerate() {
            for k in &t.keywords {
                let id = lex.keyword_ids[k] as usize;
                if !of_keyword[id].contains(&ti) {
                    of_keyword[id].push(ti);
                }
            }
        }
        let n = counts.sentences as f64;
        let idf = counts.df.iter().map(|&d| ((n + 1.0) / (d as f64 + 1.0)).ln() + 1.0).collect();
        TopicScorer { topics, of_keyword, idf }
    }

    /// The topics of a phrase whose words hold `keywords` (`Analysed::keywords`).
    pub fn topics_of(&self, keywords: &[u32]) -> Vec<String> {
        let mut score = vec![0.0f64; self.topics.len()];
        for &id in keywords {
            for &t in &self.of_keyword[id as usize] {
                score[t] += self.idf[id as usize];
            }
        }
        let best = score.iter().copied().fold(0.0, f64::max);
        if best <= 0.0 {
            return Vec::new();
        }
        let mut ranked: Vec<usize> = (0..self.topics.len()).filter(|&t| score[t] >= best / 2.0).collect();
        ranked.sort_by(|&x, &y| score[y].total_cmp(&score[x]).then(x.cmp(&y)));
        ranked.truncate(3);
        ranked.into_iter().map(|t| self.topics[t].name.clone()).collect()
    }
}

/// The document frequency of each lexicon keyword, counted sentence by sentence as mining goes
/// (the corpus is never held whole): what `TopicScorer` weighs keywords by.
pub struct KeywordCounts {
    df: Vec<usize>,
    sentences: usize,
    ids: Vec<u32>,
}

impl KeywordCounts {
    pub fn new(lex: &Lexicon) -> KeywordCounts {
        KeywordCounts { df: vec![0; lex.keywords.len()], sentences: 0, ids: Vec::new() }
    }

    /// Counts one sentence's keywords (`Analysed::keywords`), each once.
    pub fn add(&mut self, keywords: &[u32]) {
        self.sentences += 1;
        self.ids.clear();
        self.ids.extend_from_slice(keywords);
        self.ids.sort_unstable();
        self.ids.dedup();
        for &id in &self.ids {
            self.df[id as usize] += 1;
        }
    }
}

//! Whether a stock sentence is about what it stands under, and whether it may be said here at all.
//!
//! - **Relevance.** Mining stores each phrase's content words (`Phrase::keywords`: jieba's nouns,
//!   verbs, idioms, less the 公文 words of `generic-words.yaml`). Their union is the vocabulary.
//!   Drafting finds the vocabulary's words in the text a sentence would stand under — the item's
//!   heading, its points, the problem it answers, its topic (`About`) — by looking up every short
//!   substring, so it never segments (no jieba on the drafting path). A sentence is relevant when it
//!   shares a word with that text, or has a word containing one of its words (对外贸易 ⊃ 外贸); its
//!   score weighs each shared word by how rare it is in the phrasebank (IDF): sharing 综合保税区
//!   says more than sharing 企业.
//! - **Presuppositions** (`presuppositions.yaml`): a phrase mined as presupposing 沿海 or 综合保税区
//!   is used only when the brief mentions it.
//! - **Level wording** (`levels.yaml`): 各县（市）区 becomes 各乡镇 in a county's speech; wording a
//!   level cannot say makes the sentence unusable there.

use std::borrow::Cow;

use rustc_hash::FxHashSet as HashSet;

use crate::model::Level;
use crate::model::words::{containers, inner_parts};
use crate::phrasebank::wording::Wording;
use crate::phrasebank::{LevelWording, Phrases, Presupposition, Unit};

/// The longest vocabulary word looked up, in characters (longer content words are rare and are
/// still matched through their shorter parts).
const MAX_WORD: usize = 8;

/// The most words a site's text is taken to be about (a multiple of 64): far more than any
/// heading, item or brief has.
const MAX_ABOUT: usize = 256;

/// The content words of a phrasebank with their inverse document frequency, sorted by word.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    /// Borrowed from the compiled table for the embedded phrasebank (no copy per draft).
    words: Vec<(Cow<'static, str>, f32)>,
    /// The IDF from which a word is telling on its own (`STRONG`).
    strong: f32,
    /// The IDF below which a word is common (`COMMON`).
    common: f32,
    /// For each character a word starts with, the longest such word (in characters): `about`
    /// skips the many places no word starts at without a search, and tries no longer word than
    /// there is.
    starts: rustc_hash::FxHashMap<char, usize>,
    /// For each word, the words that contain it and are `near` it (`near_words`), as offsets into
    /// a list of word numbers: built the first time a draft asks, one walk over the vocabulary.
    containers: std::sync::OnceLock<Near>,
}

/// For each word of a vocabulary, the words near it and longer: offsets into a list of word
/// numbers (`model::words::containers`), borrowed from where they were computed when they were.
type Near = (Cow<'static, [u32]>, Cow<'static, [u32]>);

/// A word in at most this share of the phrases is telling on its own (精准招商, 综合保税区); one in
/// more (项目, 企业, 招商) says what a sentence is about only with another word beside it.
const STRONG: f32 = 0.012;

/// A word in more than this share of the phrases (企业, 项目, 发展) is common: two common words
/// alone do not make a sentence about a heading; one of the two shared must be less common.
const COMMON: f32 = 0.05;

fn idf(n: f32, df: f32) -> f32 {
    ((n + 1.0) / (df + 1.0)).ln() + 1.0
}

impl Vocabulary {
    /// From `(word, number of phrases that have it)` pairs over `n` phrases.
    pub fn new(counts: impl IntoIterator<Item = (Cow<'static, str>, u32)>, n: usize) -> Vocabulary {
        let n = n as f32;
        let mut words: Vec<(Cow<'static, str>, f32)> =
            counts.into_iter().map(|(w, df)| (w, idf(n, df as f32))).collect();
        words.sort_by(|a, b| a.0.cmp(&b.0));
        words.dedup_by(|a, b| a.0 == b.0);
        let mut starts: rustc_hash::FxHashMap<char, usize> = rustc_hash::FxHashMap::default();
        for (w, _) in &words {
            if let Some(first) = w.chars().next() {
                let len = w.chars().count();
                starts.entry(first).and_modify(|l| *l = (*l).max(len)).or_insert(len);
            }
        }
        Vocabulary {
            words,
            strong: idf(n, (n * STRONG).max(3.0)),
            common: idf(n, (n * COMMON).max(3.0)),
            starts,
            containers: std::sync::OnceLock::new(),
        }
    }

    /// Whether `word` is one of the vocabulary's and not telling on its own (项目, 企业, 外资: in
    /// more than `STRONG` of the phrases).
    pub fn is_general(&self, word: &str) -> bool {
        self.idf(word).is_some_and(|idf| idf < self.strong)
    }

    fn position(&self, word: &str) -> Option<usize> {
        self.words.binary_search_by(|(w, _)| w.as_ref().cmp(word)).ok()
    }

    /// The words of the vocabulary `near` `word`: those inside it, one or two characters shorter
    /// (外贸 for 对外贸易), and those it is inside, one or two characters longer.
    pub fn near_words(&self, word: &str) -> Vec<&str> {
        let mut out: Vec<&str> = inner_parts(word)
            .into_iter()
            .filter_map(|part| self.position(part).map(|k| self.words[k].0.as_ref()))
            .collect();
        if let Some(k) = self.position(word) {
            let (offsets, list) = self.containers.get_or_init(|| {
                let (offsets, list) =
                    containers(&self.words.iter().map(|(w, _)| w.as_ref()).collect::<Vec<_>>());
                (offsets.into(), list.into())
            });
            let (from, to) = (offsets[k] as usize, offsets[k + 1] as usize);
            out.extend(list[from..to].iter().map(|&j| self.words[j as usize].0.as_ref()));
        }
        out
    }

    /// The vocabulary of `phrases`: each keyword with the number of phrases that have it.
    pub fn of(phrases: &Phrases<'_>) -> Vocabulary {
        // The embedded vocabulary and a folder's index come sorted, with the words near each
        // computed where they are stored (`model::words::containers`).
        if let Phrases::Compiled(_) = phrases {
            let v = Vocabulary::new(
                crate::assets::COMPILED_VOCABULARY.iter().map(|&(w, df)| (Cow::Borrowed(w), df)),
                phrases.len(),
            );
            let near = (crate::assets::COMPILED_CONTAINER_OFFSETS, crate::assets::COMPILED_CONTAINERS);
            let _ = v.containers.set((Cow::Borrowed(near.0), Cow::Borrowed(near.1)));
            return v;
        }
        if let Phrases::Mapped(m) = phrases {
            let v = Vocabulary::new(m.vocabulary.iter().map(|(w, df)| (Cow::Owned(w.clone()), *df)), m.len());
            if let Some((offsets, list)) = m.containers() {
                let _ = v.containers.set((offsets.into(), list.into()));
            }
            return v;
        }
        let mut counts: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
        for i in 0..phrases.len() {
            for k in phrases.get(i).keywords.iter() {
                *counts.entry(k).or_default() += 1;
            }
        }
        Vocabulary::new(counts.into_iter().map(|(w, c)| (Cow::Owned(w.to_string()), c)), phrases.len())
    }

    /// How much texts `a` and `b` share in content words (0: nothing), as a stock sentence's
    /// relevance is scored: which problems a measure answers.
    /// Two texts of the writer's need share only one word to be about the same thing (a measure
    /// on 营商环境 answers a problem of 营商环境): the threshold is for stock sentences.
    pub fn overlap(&self, a: &str, b: &str) -> f32 {
        self.about(b).overlap(&self.about(a))
    }

    fn idf(&self, word: &str) -> Option<f32> {
        self.position(word).map(|i| self.words[i].1)
    }

    /// What `text` is about: its vocabulary words, found the way a segmenter finds words — the
    /// longest at each place, then on after it (新能源汽车, not also the 能源 inside it).
    pub fn about(&self, text: &str) -> About {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut found: Vec<(String, f32)> = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            let start = chars[k].0;
            let Some(&reach) = self.starts.get(&chars[k].1) else {
                k += 1;
                continue;
            };
            let longest = (2..=reach.min(MAX_WORD)).rev().find_map(|len| {
                let end = if k + len == chars.len() { text.len() } else { chars.get(k + len)?.0 };
                let w = &text[start..end];
                self.idf(w).map(|idf| (w, idf, len))
            });
            match longest {
                Some((w, idf, len)) => {
                    if !found.iter().any(|(f, _)| f == w) {
                        found.push((w.to_string(), idf));
                        // Full: nothing after this can change what the text is about, and a
                        // measure of a thousand points need not be read to its end.
                        if found.len() == MAX_ABOUT {
                            break;
                        }
                    }
                    k += len;
                }
                None => k += 1,
            }
        }
        // Each word of the vocabulary that is one found or near one, with which: scoring a sentence
        // is then a lookup per word of it, not a compare with every word found.
        let mut matches: rustc_hash::FxHashMap<Box<[u8]>, Vec<(u16, Met)>> = rustc_hash::FxHashMap::default();
        for (j, (w, _)) in found.iter().enumerate() {
            matches.entry(w.as_bytes().into()).or_default().push((j as u16, Met::Exact));
            for v in self.near_words(w) {
                let head_noun =
                    v.len() < w.len() && w.ends_with(v) && self.idf(v).is_some_and(|i| i < self.common);
                let how = if head_noun { Met::HeadNoun } else { Met::Near };
                matches.entry(v.as_bytes().into()).or_default().push((j as u16, how));
            }
        }
        About {
            words: found,
            matches,
            strong: self.strong,
            common: self.common,
            topics: Vec::new(),
            topic_words: Vec::new(),
            also: Vec::new(),
            also_words: Vec::new(),
            head: None,
        }
    }
}

/// How a sentence's word meets a word found in the text it would stand under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Met {
    /// It is that word.
    Exact,
    /// It contains it, or is inside it (对外贸易 for 外贸, 招商 for 招商引资): counts half.
    Near,
    /// It is the common noun the word ends in, its kind (企业 for 外贸企业): counts half, as
    /// `Near`, but is never the head's telling word. Under 稳住重点外贸企业 a sentence on 品牌 and
    /// 国际标准认证 shared only 企业 with the head and stood there at mid-year (review 30, 江门); a
    /// telling head noun (保税区 for 综合保税区) still tells.
    HeadNoun,
}

/// The content words of the text a stock sentence would stand under (`Vocabulary::about`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct About {
    words: Vec<(String, f32)>,
    /// Each vocabulary word that is one of `words` or `near` one, with which and how (`Met`).
    /// A sentence's content words are the vocabulary's, so these are all it can share.
    /// Keyed by bytes: a sentence's words are looked up as they are stored (`Words::bytes`).
    matches: rustc_hash::FxHashMap<Box<[u8]>, Vec<(u16, Met)>>,
    strong: f32,
    common: f32,
    /// The topics the site is on, and their lexicon words (`About::on`).
    topics: Vec<Box<str>>,
    topic_words: Vec<Box<str>>,
    /// The topics the site is also on, and their words (`About::also_on`).
    also: Vec<Box<str>>,
    also_words: Vec<Box<str>>,
    /// Which of `words` are in the head of the part the site stands under (its heading and topic,
    /// `About::headed`), as bits; `None` when the site is not a part (every word counts as head).
    head: Option<[u64; MAX_ABOUT / 64]>,
}

impl About {
    /// This, at a site on the topics `names` (a measure's `topic`, and those its text names), whose
    /// lexicon words are `words` (`topics.yaml`): a sentence on none of them is about the site only
    /// by two shared words (`score_on`).
    pub fn on<'t>(
        mut self,
        names: impl IntoIterator<Item = &'t str>,
        words: impl IntoIterator<Item = &'t str>,
    ) -> About {
        self.topics = names.into_iter().map(Into::into).collect();
        self.topic_words = words.into_iter().map(Into::into).collect();
        self
    }

    /// Whether `word` names one of the site's topics: a topic's name or one of its lexicon words.
    fn is_topic_word(&self, word: &str) -> bool {
        self.topics.iter().chain(&self.topic_words).any(|t| **t == *word)
    }

    /// This, at a site also on the topics `names` besides its own (`on`), with their lexicon words:
    /// those its heading names when the writer gave the part a topic (做强吉他出口主导产业 on 对外贸易
    /// names 产业园区 by 主导产业). A sentence on one of them only is about the site by two shared
    /// words, not one: it is on what the heading says in passing.
    pub fn also_on<'t>(
        mut self,
        names: impl IntoIterator<Item = &'t str>,
        words: impl IntoIterator<Item = &'t str>,
    ) -> About {
        self.also =
            names.into_iter().filter(|n| !self.topics.iter().any(|t| &**t == *n)).map(Into::into).collect();
        self.also_words = words.into_iter().map(Into::into).collect();
        self
    }

    /// Whether a sentence filed under `filed` topics, with content words `keywords`, is on this
    /// site's topics: when either has none, when they share one, or when the sentence has a word
    /// of one of the site's topics (a sentence on 利用外资 that says 精准招商 is on 招商引资 too).
    /// Else whether it is so on a topic the site is also on (`also_on`).
    pub fn on_topic<'t, K: AsRef<[u8]>>(
        &self,
        filed: impl Iterator<Item = &'t str>,
        keywords: impl Iterator<Item = K>,
    ) -> OnTopic {
        if self.topics.is_empty() && self.also.is_empty() {
            return OnTopic::Yes;
        }
        let (mut any, mut also) = (false, false);
        for t in filed {
            if self.topics.iter().any(|s| &**s == t) {
                return OnTopic::Yes;
            }
            also |= self.also.iter().any(|s| &**s == t);
            any = true;
        }
        if !any {
            return OnTopic::Yes;
        }
        for k in keywords {
            let k = k.as_ref();
            if self.topic_words.iter().any(|w| w.as_bytes() == k) {
                return OnTopic::Yes;
            }
            also |= self.also_words.iter().any(|w| w.as_bytes() == k);
        }
        if also { OnTopic::Also } else { OnTopic::No }
    }

    /// This, for a part whose head (heading and topic) is about `head`: a sentence off the
    /// part's topic is about it only by sharing a word with the head, and one on it only by sharing
    /// one of the head's that tells (`score_on`).
    pub fn headed(mut self, head: &About) -> About {
        let mut bits = [0u64; MAX_ABOUT / 64];
        for (j, (w, _)) in self.words.iter().enumerate() {
            if head.words.iter().any(|(h, _)| h == w) {
                bits[j / 64] |= 1 << (j % 64);
            }
        }
        self.head = Some(bits);
        self
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether the sentence word `word` is one of these words itself, and a telling one (`STRONG`):
    /// 综合保税区, not 企业.
    pub fn tells(&self, word: &[u8]) -> bool {
        self.matches.get(word).is_some_and(|found| {
            found.iter().any(|&(j, how)| how == Met::Exact && self.words[usize::from(j)].1 >= self.strong)
        })
    }

    /// How much this and `other` share (`Vocabulary::overlap`).
    pub fn overlap(&self, other: &About) -> f32 {
        self.shared(other.words()).sum
    }

    /// The words found and the topic, as one key (the same words, the same relevance).
    pub fn key(&self) -> String {
        let mut key = self.words().collect::<Vec<_>>().join("\u{1f}");
        for t in &self.topics {
            key.push('\u{1e}');
            key.push_str(t);
        }
        for t in &self.also {
            key.push('\u{1c}');
            key.push_str(t);
        }
        if let Some(bits) = &self.head {
            key.push('\u{1d}');
            key.extend(bits.iter().map(|b| format!("{b:x},")));
        }
        key
    }

    /// The words found.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(|(w, _)| w.as_str())
    }

    /// The words a sentence must have one of to be about this (`score` above 0): the words found
    /// that are not common (`COMMON`), and the words near them. A telling word is not common, and
    /// two shared words count only with an uncommon one among them; so the phrases that have one
    /// of these are all a site need weigh.
    pub fn needed_words(&self) -> impl Iterator<Item = &str> {
        self.matches
            .iter()
            .filter(|(_, of)| of.iter().any(|&(j, _)| self.words[usize::from(j)].1 >= self.common))
            .filter_map(|(w, _)| std::str::from_utf8(w).ok())
    }

    /// How much a sentence with content words `keywords` is about this: each of its words found
    /// here counts its IDF, a word containing one found here half of that one's (对外贸易 under
    /// 稳住外贸基本盘). 0 — not about it — unless it shares one telling word (`STRONG`) or two
    /// words (a near one counting half): sharing 项目 alone, or 活动, does not make a sentence
    /// about a heading.
    pub fn score<K: AsRef<[u8]>>(&self, keywords: impl Iterator<Item = K>) -> f32 {
        self.score_on(keywords, OnTopic::Yes)
    }

    /// `score`, for a sentence that is on this site's topic, only on one it is also on, or on none
    /// (`on_topic`). One telling word is enough only on the topic: under 稳住外贸基本盘 (培育行动), a
    /// sentence on 思想认识 shares 行动 (思想自觉和行动自觉) and is still not about foreign trade. On
    /// the topic, two shared words need an uncommon one among them, and, under a part, one of its
    /// head's that tells (uncommon, or of the topic): under 紧盯重点企业稳订单, a sentence on 品牌 and
    /// 国际标准认证 shared only 企业 with the head, and 产品, 国际 with the points' 海产品 and
    /// 国际食品展. Otherwise both must be uncommon. Off every topic, one of the two must be telling too, and, under a part, one of its
    /// head's (`headed`): the points say how a measure is carried out, and a sentence on 招商 that
    /// meets 工业项目 in a point of 持续优化营商环境 is still not about 营商环境.
    pub fn score_on<K: AsRef<[u8]>>(&self, keywords: impl Iterator<Item = K>, on_topic: OnTopic) -> f32 {
        let Shared { sum, shared, telling, uncommon, head, head_tells } = self.shared(keywords);
        // Off its topic, two shared words must include a telling one: 引进 and 配套企业 do not put a
        // sentence on 跨境电商 under 围绕自行车产业延链招商; and neither may be a common word: 企业
        // beside 主导产业 does not put a sentence on 招商 under 做强吉他出口主导产业.
        let enough = match on_topic {
            OnTopic::Yes => shared >= 2.0 && uncommon > 0.0 && head_tells,
            OnTopic::Also => uncommon >= 2.0,
            OnTopic::No => uncommon >= 2.0 && telling && head,
        };
        if (telling && on_topic == OnTopic::Yes) || enough { sum } else { 0.0 }
    }

    /// The words of `keywords` found here: their summed score, how many (a near word counts half),
    /// whether one found exactly is telling, how many are not common (`COMMON`: 企业 and 项目
    /// together under 优化营商环境 still do not make a sentence on 招商大企业 about it), and whether
    /// one is in the part's head. Each word found here counts once, however many of the sentence's
    /// words it meets (企业 under 外资企业 and 跨国企业 is still one shared word).
    fn shared<K: AsRef<[u8]>>(&self, keywords: impl Iterator<Item = K>) -> Shared {
        // Per word found here: whether a sentence word is it, or near it — as bits (no allocation
        // per sentence scored; `about` keeps at most `MAX_ABOUT` words).
        let mut bits = [[0u64; MAX_ABOUT / 64]; 3];
        for k in keywords {
            for &(j, how) in self.matches.get(k.as_ref()).map_or(&[][..], Vec::as_slice) {
                let (j, set) = (usize::from(j), &mut bits[how as usize]);
                set[j / 64] |= 1 << (j % 64);
            }
        }
        let on = |how: Met, j: usize| bits[how as usize][j / 64] >> (j % 64) & 1 == 1;
        self.tally(|j| [Met::Exact, Met::Near, Met::HeadNoun].into_iter().find(|&how| on(how, j)))
    }

    /// What `shared` returns, given for each word found here how a sentence word meets it, the
    /// closest way (`met(j)`).
    fn tally(&self, met: impl Fn(usize) -> Option<Met>) -> Shared {
        let mut s =
            Shared { head: self.head.is_none(), head_tells: self.head.is_none(), ..Shared::default() };
        for (j, (w, idf)) in self.words.iter().enumerate() {
            // A word met exactly counts whole, one near it half.
            let Some(how) = met(j) else { continue };
            let weight = if how == Met::Exact { 1.0 } else { 0.5 };
            s.sum += idf * weight;
            s.shared += weight;
            s.telling |= weight == 1.0 && *idf >= self.strong;
            if *idf >= self.common {
                s.uncommon += weight;
            }
            let in_head = self.head.is_some_and(|h| h[j / 64] >> (j % 64) & 1 == 1);
            s.head |= in_head;
            s.head_tells |= in_head && how != Met::HeadNoun && (*idf >= self.common || self.is_topic_word(w));
        }
        s
    }
}

/// Whether a sentence is on the topics of the site it would stand under (`About::on_topic`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnTopic {
    /// On the site's own topic, or either has none.
    Yes,
    /// On a topic its heading names besides the one the writer gave (`About::also_on`).
    Also,
    No,
}

/// What a sentence shares with the text it would stand under (`About::shared`).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Shared {
    /// The shared words' summed score.
    sum: f32,
    /// How many (a near word counts half).
    shared: f32,
    /// Whether one found exactly is telling (`STRONG`).
    telling: bool,
    /// How many of them are not common (`COMMON`; a near one counting half).
    uncommon: f32,
    /// Whether one is in the head of the part (always, when the site is not a part).
    head: bool,
    /// Whether one of the part's head is in it that tells: one not common, or a name or word of
    /// the site's topic (always, when the site is not a part).
    head_tells: bool,
}

/// Every string inside `v` (a JSON string, array or object), one a line, appended to `out`: the
/// text a site (`about=this`) or a presupposition check (the whole brief) looks at.
pub fn texts_of(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        Value::Array(a) => a.iter().for_each(|v| texts_of(v, out)),
        Value::Object(o) => o.values().for_each(|v| texts_of(v, out)),
        _ => {}
    }
}

/// The core of a clause as a heading and a sentence may both put it: without the modal or adverb
/// in front (要, 必须, 进一步…), 强化/增强 read as 加强, punctuation dropped.
fn core(clause: &str) -> String {
    let mut c = clause.trim().trim_end_matches(['。', '；', '，', '！']);
    loop {
        let before = c;
        for lead in ["要", "必须", "进一步", "切实", "着力", "持续", "不断", "全面"] {
            c = c.strip_prefix(lead).unwrap_or(c);
        }
        if c == before {
            break;
        }
    }
    c.replace("强化", "加强").replace("增强", "加强")
}

/// Whether `sentence` opens by saying again one of `lines` (the heading it stands under, a point):
/// `要加强组织领导，…` under `要强化组织领导`. Such a sentence only restates its heading.
pub fn restates(lines: &[String], sentence: &str) -> bool {
    let first = sentence.split(['，', '。', '；']).next().unwrap_or(sentence);
    let first = core(first);
    first.chars().count() >= 4
        && lines.iter().any(|l| {
            let l = core(l);
            l.chars().count() >= 4 && (l == first || l.contains(first.as_str()))
        })
}

/// What may be said in this draft besides relevance: the presuppositions the brief supports and
/// the level's wording.
#[derive(Debug, Clone)]
pub struct Admissible {
    /// Names of presuppositions the brief does not support.
    unsupported: HashSet<String>,
    levels: Vec<LevelWording>,
    /// The speech's level, unit word and province's wording (`phrasebank::Unit`).
    unit: Unit,
    /// 规范提法: fixed where sure, and the sentence not drafted where the wording is to be avoided.
    wording: Wording,
}

/// Words that deny what follows them in a clause: a brief that says `海宁没有综合保税区` does not
/// license a sentence praising the place's 综合保税区. (A closed class of the language, not a list a
/// writer curates.)
const NEGATORS: [&str; 7] = ["没有", "尚无", "缺少", "缺乏", "尚未", "未设", "不具备"];

/// Whether the word at byte `at` of `text` is denied: its clause, up to it, has a negator. Only the
/// 64 characters before the word are looked at (a negator further back denies something else), so a
/// brief of one endless clause is still read in linear time.
fn negated(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(64 * 3);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let clause = before.rfind(['，', '。', '；', '：', '！', '？', '\n']).map_or(before, |i| &before[i..]);
    NEGATORS.iter().any(|n| clause.contains(n))
}

impl Admissible {
    /// For a brief whose text (every field, as one string) is `brief_text`, for `unit`.
    pub fn new(
        presuppositions: &[Presupposition],
        levels: Vec<LevelWording>,
        unit: Unit,
        brief_text: &str,
    ) -> Admissible {
        // Every presupposition's words found in one pass over the brief: a brief of a thousand
        // points is read once, not once per word.
        let (words, owner): (Vec<&str>, Vec<&Presupposition>) =
            presuppositions.iter().flat_map(|p| p.brief.iter().map(move |w| (w.as_str(), p))).unzip();
        let mut found = vec![false; words.len()];
        if let Ok(finder) = aho_corasick::AhoCorasick::new(&words) {
            for m in finder.find_overlapping_iter(brief_text) {
                let k = m.pattern().as_usize();
                if !negated(brief_text, m.start()) && !owner[k].excepted(brief_text, words[k], m.start()) {
                    found[k] = true;
                }
            }
        }
        let mut at = 0;
        let unsupported = presuppositions
            .iter()
            .filter(|p| {
                let mentioned = found[at..at + p.brief.len()].iter().any(|&f| f);
                at += p.brief.len();
                !mentioned
            })
            .map(|p| p.name.clone())
            .collect();
        let mut levels = levels;
        // Longest first: 各县（市）区 is matched before 县（市）区.
        levels.sort_by_key(|l| std::cmp::Reverse(l.text.chars().count()));
        Admissible { unsupported, levels, unit, wording: Wording::default() }
    }

    /// The same, saying nothing `wording` lists (`Wording::as_drafted`).
    pub fn with_wording(self, wording: Wording) -> Admissible {
        Admissible { wording, ..self }
    }

    /// Everything is admissible (tests, a brief-less picker).
    pub fn any(level: Level) -> Admissible {
        Admissible {
            unsupported: HashSet::default(),
            levels: Vec::new(),
            unit: Unit::of(level),
            wording: Wording::default(),
        }
    }

    /// Whether every presupposition of a phrase is supported by the brief.
    pub fn supports<'k>(&self, mut presupposes: impl Iterator<Item = &'k str>) -> bool {
        presupposes.all(|p| !self.unsupported.contains(p))
    }

    /// `text` in this level's wording and with the 规范提法 fixed, or `None` when it holds wording
    /// this level cannot say or a draft should not (`Wording::as_drafted`).
    pub fn worded(&self, text: &str) -> Option<String> {
        self.wording.as_drafted(&self.leveled(text)?)
    }

    /// `text` in this level's wording, or `None` when it holds wording this level cannot say.
    fn leveled<'t>(&self, text: &'t str) -> Option<Cow<'t, str>> {
        if self.levels.is_empty() || !self.levels.iter().any(|l| text.contains(l.text.as_str())) {
            return Some(Cow::Borrowed(text));
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        'scan: while let Some(c) = rest.chars().next() {
            for l in &self.levels {
                if rest.starts_with(l.text.as_str()) {
                    out.push_str(&l.at_in(&self.unit)?);
                    rest = &rest[l.text.len()..];
                    continue 'scan;
                }
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        Some(Cow::Owned(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::words::near;

    fn vocabulary() -> Vocabulary {
        let words =
            [("对外贸易", 9), ("外贸", 10), ("企业", 42), ("综合保税区", 2), ("品牌", 11), ("展会", 3)];
        Vocabulary::new(words.iter().map(|&(w, c)| (Cow::Borrowed(w), c)), 600)
    }

    #[test]
    fn words_are_found_in_any_text_and_shared_words_score_by_rarity() {
        let v = vocabulary();
        let about = v.about("稳住外贸基本盘。支持企业参加重点展会");
        assert!(!about.is_empty());
        // 外贸 and 企业 shared: two words; 对外贸易 is only near 外贸 and counts half a word
        assert!(about.score(["外贸", "企业"].into_iter()) > 0.0);
        assert_eq!(about.score(["对外贸易", "企业"].into_iter()), 0.0);
        let v2 = Vocabulary::new(
            [("对外贸易", 9), ("外贸", 10), ("展会", 3)].map(|(w, c)| (Cow::Borrowed(w), c)),
            600,
        );
        let near = v2.about("稳住外贸基本盘，参加重点展会");
        assert!(near.score(["对外贸易", "展会"].into_iter()) > near.score(["展会"].into_iter()));
        // a telling word (in few phrases) is enough on its own
        assert!(about.score(["展会"].into_iter()) > 0.0);
        assert_eq!(about.score(["综合保税区", "品牌"].into_iter()), 0.0);
        // a common word alone is not enough; with a second shared word it is
        assert_eq!(about.score(["企业", "品牌"].into_iter()), 0.0);
        assert!(about.score(["企业", "展会"].into_iter()) > about.score(["展会"].into_iter()));
        assert!(v.about("").is_empty() && v.about("开").is_empty());
    }

    /// What a sentence shares with a text, found by looking its words up (`About::matches`), is
    /// what comparing each of its words with each word of the text finds (`near` for near ones),
    /// over the embedded phrasebank's sentences as texts and as sentences.
    #[test]
    fn looking_words_up_finds_what_comparing_every_pair_finds() {
        // The same tally, each word found matched by comparing it with every sentence word.
        fn pairwise(v: &Vocabulary, about: &About, keywords: &[&str]) -> Shared {
            let about_common = |k: &str| v.idf(k).is_some_and(|i| i < v.common);
            about.tally(|j| {
                let w = about.words[j].0.as_str();
                if keywords.contains(&w) {
                    return Some(Met::Exact);
                }
                let near_ones: Vec<&str> = keywords.iter().copied().filter(|k| near(k, w)).collect();
                let head_noun = |k: &str| k.len() < w.len() && w.ends_with(k) && about_common(k);
                if near_ones.iter().any(|k| !head_noun(k)) {
                    Some(Met::Near)
                } else {
                    (!near_ones.is_empty()).then_some(Met::HeadNoun)
                }
            })
        }
        let phrases = crate::phrasebank::Phrases::embedded();
        let v = Vocabulary::of(&phrases);
        let keywords: Vec<Vec<&str>> =
            (0..phrases.len()).map(|i| phrases.keywords(i).iter().collect()).collect();
        let (mut near_ones, mut checked) = (0, 0);
        for i in (0..phrases.len()).step_by(4) {
            let about = v.about(phrases.get(i).text);
            for k in &keywords {
                let expected = pairwise(&v, &about, k);
                assert_eq!(about.shared(k.iter().copied()), expected, "{} / {k:?}", phrases.get(i).text);
                near_ones += usize::from(expected.shared.fract() != 0.0);
                checked += usize::from(expected.shared > 0.0);
            }
        }
        assert!(near_ones > 1_000 && checked > 5_000, "{near_ones} near, {checked} sharing");
    }

    #[test]
    fn near_words_are_the_vocabularys_words_one_inside_the_other() {
        let v = vocabulary();
        assert_eq!(v.near_words("外贸"), vec!["对外贸易"]);
        assert_eq!(v.near_words("对外贸易"), vec!["外贸"]);
        assert!(v.near_words("企业").is_empty() && v.near_words("不在词表").is_empty());
    }

    #[test]
    fn two_common_words_alone_do_not_make_a_sentence_relevant() {
        // of 600 phrases, 企业 and 项目 are in more than 5% (common), 招商 and 营商环境 in fewer
        let words = [("企业", 80), ("项目", 60), ("招商", 20), ("营商环境", 15), ("审批", 12)];
        let v = Vocabulary::new(words.iter().map(|&(w, c)| (Cow::Borrowed(w), c)), 600);
        let about = v.about("持续优化营商环境。推行企业投资项目“拿地即开工”，涉企审批事项全部实行“一窗通办”");
        // 大型优强企业…配套企业和项目入驻: only the two common words
        assert_eq!(about.score(["企业", "项目", "招商"].into_iter()), 0.0);
        // one of the two less common: about it
        assert!(about.score(["企业", "审批"].into_iter()) > 0.0);
        assert!(
            about.score(["营商环境", "企业", "项目"].into_iter()) > about.score(["企业", "审批"].into_iter())
        );
    }

    /// Under a part, a sentence off its topic must share a word with its head too: the points say
    /// how the part is carried out (夹江县's 持续优化营商环境 with the point 推行工业项目“拿地即开工”
    /// drew `强化开放理念…既抓好工业项目招商…`, by 工业 and 项目). On the topic, one telling word
    /// from anywhere still does.
    #[test]
    fn under_a_part_a_sentence_off_its_topic_shares_a_word_with_its_head() {
        // of 600 phrases: 工业 and 营商环境 telling, 项目 uncommon, 企业 common
        let words = [("工业", 5), ("项目", 20), ("企业", 80), ("营商环境", 4), ("拿地即开工", 2)];
        let v = Vocabulary::new(words.iter().map(|&(w, c)| (Cow::Borrowed(w), c)), 600);
        let text = "持续优化营商环境\n推行工业项目“拿地即开工”";
        let investment = || ["工业", "项目"].into_iter();
        // Not a part (a literal text): as before.
        assert!(v.about(text).score_on(investment(), OnTopic::No) > 0.0);
        // A common word is no second word off the topic (企业 beside 主导产业).
        assert_eq!(v.about(text).score_on(["工业", "企业"].into_iter(), OnTopic::No), 0.0);
        assert_eq!(v.about(text).score_on(["工业", "企业"].into_iter(), OnTopic::Also), 0.0);
        assert!(v.about(text).score_on(["工业", "企业"].into_iter(), OnTopic::Yes) > 0.0);
        let part = v.about(text).headed(&v.about("持续优化营商环境"));
        assert_eq!(part.score_on(investment(), OnTopic::No), 0.0);
        assert!(part.score_on(["工业", "营商环境"].into_iter(), OnTopic::No) > 0.0);
        assert!(part.score_on(["拿地即开工"].into_iter(), OnTopic::Yes) > 0.0);
        // The head changes what the part is about, so it is part of the key.
        assert_ne!(part.key(), v.about(text).key());
    }

    /// Off the site's topic, two shared words make a sentence about it only with a telling one
    /// among them (a helper's 平乡县: `建立跨境电子商务服务体系，引进…配套企业` under
    /// 围绕自行车产业延链招商, by 引进 and 配套企业).
    #[test]
    fn off_its_topic_a_sentence_needs_a_telling_word() {
        // of 600 phrases: 引进 and 配套企业 uncommon but not telling, 驻点招商 telling (≤ 1.2%)
        let words = [("引进", 25), ("配套企业", 10), ("驻点招商", 3), ("企业", 80)];
        let v = Vocabulary::new(words.iter().map(|&(w, c)| (Cow::Borrowed(w), c)), 600);
        let about = v.about("围绕自行车产业延链招商。开展驻点招商，重点引进配套企业");
        let two = || ["引进", "配套企业", "企业"].into_iter();
        assert!(about.score_on(two(), OnTopic::Yes) > 0.0);
        assert_eq!(about.score_on(two(), OnTopic::No), 0.0);
        assert!(about.score_on(["引进", "驻点招商"].into_iter(), OnTopic::No) > 0.0);
    }

    /// On its topic, a sentence under a part shares with the head a word that tells: an uncommon
    /// one, or the topic's (延边州's 紧盯重点企业稳订单 drew a sentence on 品牌 that shared only 企业 with
    /// the heading, and 产品, 国际 with its points' 海产品 and 国际食品展).
    #[test]
    fn on_its_topic_a_sentence_shares_a_telling_word_with_the_head() {
        // of 600 phrases: 企业 common; 订单, 产品, 国际, 包保 uncommon; 外贸 the topic's word
        let words = [("企业", 80), ("订单", 10), ("产品", 20), ("国际", 25), ("包保", 5), ("外贸", 40)];
        let v = Vocabulary::new(words.iter().map(|&(w, c)| (Cow::Borrowed(w), c)), 600);
        let text = "紧盯重点企业稳订单\n对外贸易\n对重点企业实行包保，组织企业参加国际食品展，扩大产品出口";
        let head = "紧盯重点企业稳订单\n对外贸易";
        let part = v.about(text).on(["对外贸易"], ["外贸"]).headed(&v.about(head));
        let brand = || ["企业", "产品", "国际"].into_iter();
        assert_eq!(part.score_on(brand(), OnTopic::Yes), 0.0);
        // Without the head (not a part), the same sentence is about the text.
        assert!(v.about(text).on(["对外贸易"], ["外贸"]).score_on(brand(), OnTopic::Yes) > 0.0);
        // 订单 is the heading's and uncommon; 外贸 is the topic's.
        assert!(part.score_on(["企业", "订单", "产品"].into_iter(), OnTopic::Yes) > 0.0);
        let topic = v.about("扩大外贸\n对外贸易\n组织企业参加国际食品展，扩大产品出口");
        let topic = topic.on(["对外贸易"], ["外贸"]).headed(&v.about("扩大外贸\n对外贸易"));
        assert!(topic.score_on(["外贸", "产品"].into_iter(), OnTopic::Yes) > 0.0);
    }

    #[test]
    fn a_brief_that_denies_a_platform_does_not_license_it() {
        let list: Vec<Presupposition> = crate::yaml::from_str(
            "- {name: 综合保税区, words: [综合保税区, 保税], brief: [综合保税区, 综保区, 保税]}\n",
            "p",
        )
        .unwrap();
        let admits = |brief: &str| {
            Admissible::new(&list, Vec::new(), Unit::of(Level::County), brief).unsupported.is_empty()
        };
        assert!(!admits("问题：海宁没有综合保税区和保税物流中心，企业要到外地办理通关"));
        assert!(!admits("我县尚无综保区。"));
        assert!(admits("海宁没有综合保税区。措施：争取设立海宁保税物流中心"));
        assert!(admits("用好综合保税区政策"));
        // Only the 64 characters before a word are looked at: a negator further back denies
        // something else, and a brief of one endless clause (`没有保税` 80 000 times, 960 KB) is
        // read in linear time (0.3 s; looking back to the clause's start took 37 s).
        let far = format!("没有{}保税", "招商".repeat(40));
        assert!(!negated(&far, far.len() - "保税".len()));
        let near = format!("没有{}保税", "招商".repeat(20));
        assert!(negated(&near, near.len() - "保税".len()));
    }

    /// `到位县外资金` (capital from outside the county, examples/county.yaml) is not foreign
    /// investment: a county with no word on 外资 was drafted `紧盯三类500强…外资企业` at 9 of 20 seeds.
    #[test]
    fn a_brief_word_inside_a_longer_word_of_another_sense_licenses_nothing() {
        let list: Vec<Presupposition> = crate::yaml::from_str(
            "- {name: 外资企业与项目, words: [外资企业], brief: [外资, 外商], except: [县外资金, 省外商会]}\n",
            "p",
        )
        .unwrap();
        let admits = |brief: &str| {
            Admissible::new(&list, Vec::new(), Unit::of(Level::County), brief).unsupported.is_empty()
        };
        assert!(!admits("到位县外资金12.6亿元，下降4.3%"));
        assert!(!admits("发挥省外商会作用"));
        assert!(admits("到位县外资金12.6亿元；实际使用外资800万美元"));
        assert!(admits("外资到位县外资金"), "外资 on its own, then inside 县外资金");
        assert!(admits("外商投资企业"));
    }

    #[test]
    fn a_sentence_that_only_restates_its_heading_is_seen() {
        let lines = vec!["要强化组织领导".to_string(), "围绕锂电产业链引进配套项目".to_string()];
        assert!(restates(&lines, "要加强组织领导，为构建全面开放新格局提供坚实保障。"));
        assert!(!restates(&lines, "进一步健全完善组织领导体系和工作机制，加强统筹协调。"));
        assert!(!restates(&lines, "责任不落实，工作就落空。"));
    }

    #[test]
    fn level_wording_is_rewritten_or_refused() {
        let levels: Vec<LevelWording> = serde_yaml::from_str(
            "- {text: 各县（市）区, 省: 各市（州）, 市: 各县（市）区, 县: 各乡镇}\n- {text: 县（市）区, 县: 乡镇}\n- {text: 城市, 市: 城市}",
        )
        .unwrap();
        let county = Admissible::new(&[], levels.clone(), Unit::of(Level::County), "");
        assert_eq!(
            county.worded("各县（市）区要组建驻地招商小分队。").as_deref(),
            Some("各乡镇要组建驻地招商小分队。")
        );
        assert_eq!(county.worded("决定着城市吸引力。"), None);
        assert_eq!(county.worded("市场就是订单。").as_deref(), Some("市场就是订单。"));
        let city = Admissible::new(&[], levels.clone(), Unit::of(Level::City), "");
        assert_eq!(city.worded("决定着城市吸引力。").as_deref(), Some("决定着城市吸引力。"));
        let district = Admissible::new(&[], levels.clone(), Unit::of(Level::District), "");
        assert_eq!(district.worded("各县（市）区要组建驻地招商小分队。"), None);
        // A province says 市（州） unless it calls the units below it otherwise.
        let province = Admissible::new(&[], levels.clone(), Unit::of(Level::Province), "");
        assert_eq!(province.worded("各县（市）区要抓落实。").as_deref(), Some("各市（州）要抓落实。"));
        let yunnan = Admissible::new(
            &[],
            levels,
            Unit { province_units: Some("州（市）".into()), ..Unit::of(Level::Province) },
            "",
        );
        assert_eq!(yunnan.worded("各县（市）区要抓落实。").as_deref(), Some("各州（市）要抓落实。"));
    }

    /// A 州, a 盟 and a 旗 name the units below them their own way (the embedded `levels.yaml`'s
    /// 州/盟/旗 columns), a 地区 as a 州 does; a unit word with no column of its own takes its level's.
    #[test]
    fn a_prefecture_a_league_and_a_banner_have_their_own_units_below() {
        let levels = crate::phrasebank::drafting_lists(None).unwrap().levels;
        let text = "各县（市、区）要主动认领任务、抓好安排部署。";
        for (level, word, says) in [
            (Level::City, "州", "各县（市）要主动认领任务、抓好安排部署。"),
            // 阿克苏地区 has 县 and 县级市, no 区 (review 26: `各县（市、区）要健全…`).
            (Level::City, "地区", "各县（市）要主动认领任务、抓好安排部署。"),
            (Level::City, "盟", "各旗县市要主动认领任务、抓好安排部署。"),
            (Level::County, "旗", "各苏木乡镇要主动认领任务、抓好安排部署。"),
            (Level::County, "市", "各乡镇要主动认领任务、抓好安排部署。"),
            (Level::City, "市", text),
            // At another level than its own, a 旗 speaks that level's wording.
            (Level::City, "旗", text),
        ] {
            let a = Admissible::new(&[], levels.clone(), Unit { word, ..Unit::of(level) }, "");
            assert_eq!(a.worded(text).as_deref(), Some(says), "{word}");
        }
        // A 州's own wording, mined from a 州长's speech (mn27), said at each level.
        let text = "各县（市）要加强组织领导，县（市）之间要协同。";
        for (level, word, says) in [
            (Level::City, "州", text),
            (Level::City, "市", "各县（市、区）要加强组织领导，县（市、区）之间要协同。"),
            (Level::County, "县", "各乡镇要加强组织领导，乡镇之间要协同。"),
            (Level::City, "盟", "各旗县市要加强组织领导，旗县市之间要协同。"),
        ] {
            let a = Admissible::new(&[], levels.clone(), Unit { word, ..Unit::of(level) }, "");
            assert_eq!(a.worded(text).as_deref(), Some(says), "{word}");
        }
    }

    /// A 直辖市 and an autonomous region are province-level units that name their own bodies their
    /// own way (the embedded `levels.yaml`'s 直辖市/自治区 columns), and their units below as
    /// `provinces.yaml` says (天津 各区, 重庆 各区县); a 省 keeps the 省 column.
    #[test]
    fn a_municipality_and_an_autonomous_region_speak_of_their_own_bodies() {
        let lists = crate::phrasebank::drafting_lists(None).unwrap();
        let text = "各县（市、区）要在市委市政府领导下，争取国家、省、市政策，市直部门和市商务局要加强指导。";
        for (name, word, says) in [
            ("天津市", "市", "各区要在市委市政府领导下，争取国家和市政策，市直部门和市商务局要加强指导。"),
            ("重庆市", "市", "各区县要在市委市政府领导下，争取国家和市政策，市直部门和市商务局要加强指导。"),
            (
                "广西壮族自治区",
                "区",
                "各市要在自治区党委、政府领导下，争取国家和自治区政策，区直部门和自治区商务厅要加强指导。",
            ),
            ("浙江省", "省", "各市要在省委省政府领导下，争取国家和省政策，省直部门和省商务厅要加强指导。"),
        ] {
            let unit = Unit {
                word,
                province_units: lists.provinces.units_below(name).map(str::to_string),
                ..Unit::of(Level::Province)
            };
            let a = Admissible::new(&[], lists.levels.clone(), unit, "");
            assert_eq!(a.worded(text).as_deref(), Some(says), "{name}");
        }
    }

    /// A 区 of 镇 and 街道 whose brief says 各镇（街道） is spoken of so: not 各街道 (萧山区, whose
    /// brief said `纳入各镇（街道）年度考核` and whose draft then said `各街道要…`), nor 各乡镇 for a
    /// 县 that says 各乡镇（街道）. Without a name of the writer's, the level's.
    #[test]
    fn the_briefs_own_name_for_the_units_below_is_kept() {
        let levels = crate::phrasebank::drafting_lists(None).unwrap().levels;
        let text = "各县（市、区）要主动认领任务。";
        for (level, below, says) in [
            (Level::District, Some("各镇（街道）"), "各镇（街道）要主动认领任务。"),
            (Level::County, Some("各乡镇（街道）"), "各乡镇（街道）要主动认领任务。"),
            (Level::District, None, "各街道要主动认领任务。"),
            // A 市 without 县 names its own (枣庄: 各区（市）, a helper review).
            (Level::City, Some("各区（市）"), "各区（市）要主动认领任务。"),
            (Level::City, None, text),
        ] {
            let unit = Unit { below: below.map(str::to_string), ..Unit::of(level) };
            let a = Admissible::new(&[], levels.clone(), unit, "");
            assert_eq!(a.worded(text).as_deref(), Some(says), "{level:?} {below:?}");
        }
    }

    /// A 县级市 speaks at a 县's level but of 市委市政府, 市直 and 市商务局 (永康市 was drafted
    /// `县商务局要牵头…研究制定我市的配套政策`); a 县 keeps 县委县政府. A province's commerce
    /// department is a 厅: `{{level}}商务局` filled at 省级 (`省商务局`, 贵州) is 省商务厅.
    #[test]
    fn a_county_level_city_and_a_province_name_their_own_bodies() {
        let levels = crate::phrasebank::drafting_lists(None).unwrap().levels;
        let text = "各县（市、区）要在市委市政府领导下，开放兴市，市直部门和市商务局要加强指导。";
        for (word, says) in [
            ("市", "各乡镇要在市委市政府领导下，开放兴市，市直部门和市商务局要加强指导。"),
            ("县", "各乡镇要在县委县政府领导下，开放兴县，县直部门和县商务局要加强指导。"),
        ] {
            let a = Admissible::new(&[], levels.clone(), Unit { word, ..Unit::of(Level::County) }, "");
            assert_eq!(a.worded(text).as_deref(), Some(says), "{word}");
        }
        // 乡镇 and 街道 set up no 对外开放 bodies of their own (`各乡镇要健全对外开放组织领导机构`).
        let bodies = "各县（市、区）要健全对外开放组织领导机构，主动认领任务。";
        for level in [Level::County, Level::District] {
            assert_eq!(Admissible::new(&[], levels.clone(), Unit::of(level), "").worded(bodies), None);
        }
        let city = Admissible::new(&[], levels.clone(), Unit::of(Level::City), "");
        assert_eq!(city.worded(bodies).as_deref(), Some(bodies));
        let province = Admissible::new(&[], levels.clone(), Unit::of(Level::Province), "");
        assert_eq!(
            province.worded("省商务局要牵头做好政策的梳理和解读。").as_deref(),
            Some("省商务厅要牵头做好政策的梳理和解读。")
        );
        let region = Admissible::new(&[], levels, Unit { word: "区", ..Unit::of(Level::Province) }, "");
        assert_eq!(region.worded("自治区商务局要牵头。").as_deref(), Some("自治区商务厅要牵头。"));
    }

    /// A place that is itself a development zone does not name 开发区 among the units below it
    /// (宜宾临港经开区, review 20: `各街道、开发区要组建驻地招商小分队` at 10 of 30 seeds); a 区 or a
    /// 市 with zones below it still does.
    #[test]
    fn a_development_zone_is_not_a_unit_below_itself() {
        let levels = crate::phrasebank::drafting_lists(None).unwrap().levels;
        let text = "各县（市）区、开发区要组建驻地招商小分队。";
        let zone = Unit { zone: true, ..Unit::of(Level::District) };
        let said = |unit: Unit| Admissible::new(&[], levels.clone(), unit, "").worded(text);
        assert_eq!(said(zone).as_deref(), Some("各街道要组建驻地招商小分队。"));
        assert_eq!(said(Unit::of(Level::District)).as_deref(), Some("各街道、开发区要组建驻地招商小分队。"));
        assert_eq!(
            said(Unit::of(Level::City)).as_deref(),
            Some("各县（市、区）、开发区要组建驻地招商小分队。")
        );
    }

    /// The embedded level wording rewrites 兴市 and 强市 but not the 市场 in 新兴市场 or 加强市场
    /// (a county's draft said 积极开发…新兴县场).
    #[test]
    fn market_is_not_the_citys_level_word() {
        let levels = crate::phrasebank::drafting_lists(None).unwrap().levels;
        for level in [Level::Province, Level::County, Level::District] {
            let a = Admissible::new(&[], levels.clone(), Unit::of(level), "");
            let text = "积极开发新兴市场，加强市场监管。";
            assert_eq!(a.worded(text).as_deref(), Some(text), "{level:?}");
        }
        let county = Admissible::new(&[], levels, Unit::of(Level::County), "");
        assert_eq!(county.worded("坚持开放兴市、工业强市。").as_deref(), Some("坚持开放兴县、工业强县。"));
    }

    /// One telling word makes a sentence about a site only when the sentence is on the site's
    /// topic: filed under it, unfiled, or saying one of its lexicon words.
    #[test]
    fn one_shared_word_is_enough_only_on_the_sites_topic() {
        let words = [
            ("行动", 3),
            ("思想", 20),
            ("自觉", 4),
            ("外贸", 10),
            ("主体", 6),
            ("培育", 30),
            ("精准招商", 3),
        ];
        let v = Vocabulary::new(words.iter().map(|&(w, c)| (Cow::Borrowed(w), c)), 600);
        let about = v.about("稳住外贸基本盘\n深入实施外贸主体培育行动").on(["对外贸易"], ["外贸", "出口"]);
        let thought = ["思想", "自觉", "行动"];
        assert!(about.score_on(thought.into_iter(), OnTopic::Yes) > 0.0);
        assert_eq!(about.on_topic(["思想认识"].into_iter(), thought.into_iter()), OnTopic::No);
        assert_eq!(about.score_on(thought.into_iter(), OnTopic::No), 0.0);
        // Two shared words, one of them uncommon, still make it about the site.
        assert!(about.score_on(["行动", "主体"].into_iter(), OnTopic::No) > 0.0);
        // On the topic: filed under it, not filed at all, or saying one of its words.
        let yes = OnTopic::Yes;
        assert_eq!(about.on_topic(["思想认识", "对外贸易"].into_iter(), thought.into_iter()), yes);
        assert_eq!(about.on_topic(std::iter::empty(), thought.into_iter()), yes);
        assert_eq!(about.on_topic(["利用外资"].into_iter(), ["外贸", "企业"].into_iter()), yes);
        // A site on no topic asks nothing more.
        let bare = v.about("深入实施外贸主体培育行动");
        assert_eq!(bare.on_topic(["思想认识"].into_iter(), thought.into_iter()), yes);
    }

    #[test]
    fn a_presupposition_needs_the_brief_to_mention_it() {
        let list: Vec<Presupposition> = serde_yaml::from_str(
            "- {name: 综合保税区, words: [综合保税区, 综保区], brief: [综合保税区, 综保区, 保税]}",
        )
        .unwrap();
        let without = Admissible::new(
            &list,
            Vec::new(),
            Unit::of(Level::City),
            "locality: 柳州市 meeting: 全市对外开放工作会议",
        );
        assert!(!without.supports(["综合保税区"].into_iter()));
        assert!(without.supports(std::iter::empty()));
        let with = Admissible::new(&list, Vec::new(), Unit::of(Level::City), "推动综保区扩区");
        assert!(with.supports(["综合保税区"].into_iter()));
    }
}

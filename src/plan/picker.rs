//! Choosing stock sentences: which phrasebank sentence goes where, deterministic from `--seed`.
//!
//! The template asks (`phrase`, `filler` helpers) and the picker answers, so a genre's template
//! decides where stock sentences go while the picker guarantees the rules every draft must keep:
//! only generic phrases, every slot filled from the brief (never a figure slot), no leftover mask,
//! nothing the genre's voice forbids or a seed's place name, and no sentence twice.
//!
//! Rendering runs in passes (see `render`): the first records every `filler` site, the length
//! controller then hands statements to the sites, and the next pass prints them. `phrase` picks
//! depend only on the seed and the sequence of `phrase` calls, so they are identical in every pass,
//! and fillers are chosen from what those picks left.

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::marks;
use crate::model::draft::count_chars;
use crate::model::draft::{PER_THOUSAND, STOCK};
use crate::model::shingle::shingles;
use crate::model::{Provenance, Role, Section};
use crate::phrasebank::{Index, List, Phrases, Postings, Statements, Words};
use crate::plan::heading::{Shape, stands_alone};
use crate::plan::order::{self, Move, Moves};
use crate::plan::relevance::{About, Admissible, Vocabulary, restates};
use crate::plan::rng::Rng;
use crate::text::clause;

/// Values for the slots a generic phrase may carry.
#[derive(Debug, Clone, Default)]
pub struct SlotValues {
    /// Sentence openings that lean on a previous sentence (`Common::dangling`).
    pub dangling: Vec<String>,
    pub locality: String,
    /// 市/县/省/区 (旗, 州 …): the word of 全市, 我市 (`Brief::level_word`).
    pub level: String,
    /// What `全{{level}}` and `我{{level}}` are: 全市 and 我市, 全片区 and 我片区
    /// (`context::whole_and_our`).
    pub whole: String,
    pub our: String,
    /// What `{{level}}` is before any other word than 全/我: 市, or an autonomous region's 自治区
    /// (`Brief::body_prefix`).
    pub body_prefix: String,
    /// What `{{level}}委` is: 市委, 自治区党委 (`Brief::committee`).
    pub committee: String,
    /// What `{{level}}政府` is: 市政府, 自治区政府, 盟行署 (`Brief::government`); what
    /// `{{level}}委、{{level}}政府` is: 市委、市政府, 盟委、行署 (`Brief::government_after_committee`);
    /// and `{{level}}委{{level}}政府` (`Brief::leadership`): 市委市政府, 盟委行署.
    pub government: String,
    pub committee_and_government: String,
    pub leadership: String,
    /// The year reported on (报告期), digits: fills `{{year}}` outside the measures section.
    pub period_year: Option<String>,
    /// The year of the speech, digits: fills `{{year}}` in the measures section (今年的目标).
    pub year: Option<String>,
}

/// What a site stands under (`about=`): its text, and, when it is a part of the brief (a
/// measure), the part's heading and topic (`render::helpers::hash_head`).
#[derive(Debug, Clone, Copy)]
pub struct Subject<'a> {
    pub text: &'a str,
    pub head: Option<&'a str>,
}

/// A place in the template where extra statements may go.
#[derive(Debug, Clone, PartialEq)]
struct Site {
    /// Its name in the brief's `choices:` (`measures[2]/filler`).
    key: String,
    section: Section,
    topic: Option<String>,
    /// At most this many statements here, when the template says so (`max=`).
    max: Option<usize>,
    /// At least this many, when the phrasebank has them (`min=`): for a part whose heading has no
    /// body of its own (the 保障 item of a work conference), so that it never stands bare.
    min: usize,
    /// Only framing sentences (背景、论断: `order::Move::Claim` or before), for a site that opens
    /// a paragraph before the writer's own points (`frame=true`).
    frame: bool,
    /// What the site stands under (`about=`): only statements about it go here, best first.
    /// `None`: a writer's template that does not say, drawing by topic as before.
    about: Option<About>,
    /// The lines of that text (heading, points): a statement that opens by restating one is not
    /// about it, only again (`relevance::restates`).
    lines: Vec<String>,
    /// That text as the template gave it: `phrase` sites about the same text are in the same
    /// paragraph (`Picker::paragraphs`).
    about_text: Option<String>,
    /// The template's own sentence (`or=`) for a site that must not stand bare (`min=`) when the
    /// phrasebank has nothing about it: a writer's mined archive left `五是加强组织领导。` with
    /// nothing after it (review 26).
    or: Option<String>,
    /// The moves its statements make (`from=`, `to=`).
    moves: Moves,
}

/// What a `phrase` site takes besides its section, role and topic: a sentence ending so (`ending=`)
/// and making one of these moves (`from=`, `to=`: `order::Moves`).
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'t> {
    pub ending: Option<&'t str>,
    pub moves: Moves,
}

impl Wanted<'_> {
    fn takes(&self, text: &str) -> bool {
        self.ending.is_none_or(|e| text.ends_with(e))
            && (self.moves == Moves::ANY || self.moves.take(order::classify(text)))
    }
}

/// How many statements a filler site takes, as its template says (`min=`, `max=`), and the
/// template's own sentence for a `min=` site the phrasebank leaves bare (`or=`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Count<'t> {
    pub min: usize,
    pub max: Option<usize>,
    pub or: Option<&'t str>,
    /// The moves its sentences make (`from=`, `to=`).
    pub moves: Moves,
}

/// How many statements that fit a site that must not stand bare are gathered before one is
/// drawn: enough that two places drafting at the same seed seldom take the same.
const SPREAD: usize = 3;

/// Statements a filler site takes when the template does not say `max=`: enough to fill, few
/// enough that one paragraph does not turn into a string of stock sentences. When the draft is
/// still short, such a site may take twice as many.
pub const DEFAULT_MAX: usize = 4;

/// Candidates a filler site looks at for one more sentence before it counts as exhausted for this
/// draft. With the mined phrasebank no site ever needs as many (the 120 drafts of the examples at
/// seeds 0–19 are byte for byte the same without the limit); with a phrasebank a hundred times
/// larger, where most candidates near-repeat a sentence already said, it keeps a draft's cost
/// from growing with the phrasebank.
const LOOK: usize = 32;

/// Relevant phrases (index, score) of a section and role for one site text.
type Scores = Arc<Vec<(u32, f32)>>;

/// The share of the phrasebank a seed drafts from (numerator, denominator), decided once per draft
/// for each phrase (`offers`). With a small phrasebank a site has a handful of relevant sentences;
/// offering all of them gave every seed the same ones (80–90% of stock identical from seed to
/// seed). Deciding per site was not enough: a sentence about 招商 is relevant under four or five
/// headings of one draft, and a fresh chance at each made it all but certain somewhere (at even
/// odds seeds 1 and 2 still shared 43–55% and two briefs 20–23%, over four sets of five seeds).
/// Decided per draft at one in three, two seeds share 31–48% and two briefs 13–15% (the quality
/// report, `benches/quality.sh`, at first seeds 1, 11, 21, 31); drafts are a tenth shorter, and say
/// so. A writer who wants another set asks another seed.
const OFFERED: (u64, u64) = (1, 3);

/// Up to this many phrases, a seed offers `OFFERED` of them; a phrasebank k times as large
/// offers a k-th of that share, so a site is offered about as many relevant sentences from a
/// writer's archive of 100,000 as from one of 10,000 — still hundreds — and a draft costs the
/// same whatever the size of the archive. The embedded phrasebank (606 phrases) and a folder of
/// ten times its size are offered in full.
const OFFER_ALL_UP_TO: usize = 10_000;

/// Which phrases a ranking weighs: those this draft's seed offers (`offers`), one further share
/// of the same size (`Picker::share`: share 0 is the offered one), or all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Reach {
    Offered,
    Share(u64),
    All,
}

/// A sentence with fewer content words is ranked as if it had this many (`scores`): a short
/// sentence that shares one word is not for that the most relevant.
const MIN_OWN_WORDS: f32 = 4.0;

/// A seeded walk over two lists (the site's preferred statements, then the rest), visiting every
/// item of each once: a stride permutation, start + k·step mod len with step coprime to len. Cheaper than shuffling a list of tens of
/// thousands of statements for every site when the phrasebank is large.
struct Walk {
    lens: [usize; 2],
    starts: [usize; 2],
    steps: [usize; 2],
    k: usize,
    sweep: usize,
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

impl Walk {
    /// A walk over list 0 (`lens[0]` items), then list 1.
    fn new(lens: [usize; 2], mut rng: Rng) -> Walk {
        let mut starts = [0; 2];
        let mut steps = [1; 2];
        for (j, &len) in lens.iter().enumerate() {
            if len > 0 {
                starts[j] = rng.below(len);
                steps[j] = 1 + rng.below(len);
                while len > 1 && gcd(steps[j], len) != 1 {
                    steps[j] += 1;
                }
            }
        }
        Walk { lens, starts, steps, k: 0, sweep: 0 }
    }

    /// A walk over list 0 in its own order (a list already ranked).
    fn ordered(len: usize) -> Walk {
        Walk { lens: [len, 0], starts: [0; 2], steps: [1; 2], k: 0, sweep: 0 }
    }

    /// The next (list, position in it).
    fn next(&mut self) -> Option<(usize, usize)> {
        while self.sweep < 2 && self.k >= self.lens[self.sweep] {
            self.sweep += 1;
            self.k = 0;
        }
        if self.sweep >= 2 {
            return None;
        }
        let j = self.sweep;
        let i = (self.starts[j] + self.k * self.steps[j]) % self.lens[j];
        self.k += 1;
        Some((j, i))
    }
}

/// What a rendering pass does with the filler sites (see `render::render`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pass {
    /// Measures the draft with every site empty, recording the sites and leaving a marker where
    /// each stands, for its statements to be spliced in afterwards.
    MeasureMarked,
    /// Measures with every site empty and no markers: for a template that hides a marker from the
    /// splice.
    Measure,
    /// Hands each site the statements planned for it.
    Fill,
}

pub struct Picker<'a> {
    phrases: Phrases<'a>,
    slots: SlotValues,
    /// Words no sentence of this draft may contain (the genre's voice, the seeds' places).
    banned: Banned,
    /// Generic phrases by section and role, and statements by topic (`phrasebank::Index`).
    index: Index,
    /// The generic phrases by content word: which ones a site's text can be about (`scores`).
    postings: Postings<'a>,
    /// The phrases of each section and role asked for, as bits (`weighed`).
    members: HashMap<(Section, Role), Members>,
    /// Each phrase checked so far, filled and measured (`None`: not usable here).
    checked: HashMap<usize, Option<Arc<Candidate>>>,
    /// The phrasebank's content words, to find what a site is about (`plan::relevance`).
    vocabulary: Vocabulary,
    /// What the brief supports being said, and the level's wording.
    admissible: Admissible,
    /// The topic lexicon (`topics.yaml`): the topics a site's text names (`about`).
    topic_lexicon: Vec<crate::phrasebank::Topic>,
    /// Sentences not drafted under a heading they argue against (`Common::scope_clashes`).
    clashes: std::sync::Arc<[crate::plan::spec::Clash]>,
    /// The relevant phrases of a section and role for a site's text, with their scores (`scores`).
    scored: HashMap<((Section, Role), String, Reach), Scores>,
    /// What each site text is about (`about`).
    abouts: HashMap<String, About>,
    seed: u64,
    /// The draw from which this draft offers each phrase or not (`offers`).
    offer: u64,
    /// The source table: a mark's id is an index into it.
    pub sources: Vec<Provenance>,
    phrase_source: HashMap<usize, usize>,
    /// The mark id of each brief field registered, so a brief of thousands of points registers
    /// each in constant time (a linear search made a 100 × 100 brief take 4 s).
    brief_source: HashMap<String, usize>,
    /// Texts chosen while planning (headings) and the brief's own text: never said again by a
    /// stock sentence.
    reserved: Said,
    // --- per pass ---
    rng: Rng,
    /// The stock sentences picked so far in this pass.
    used: Said,
    sites: Vec<Site>,
    cursor: usize,
    recording: bool,
    /// While recording, a site prints its marker (`marks::site`) instead of nothing.
    site_markers: bool,
    /// Statements handed to each site, as phrase indices.
    fill: Vec<Vec<usize>>,
    /// The phrases drawn at `phrase` sites about each text (`about=`), in the pass that records
    /// the filler sites: a filler site about the same text continues their paragraph.
    paragraphs: HashMap<String, Vec<usize>>,
    // --- the writer's choices (`model::Choices`) ---
    /// Site key → the phrases it shows, pinned by the writer.
    pins: HashMap<String, Vec<usize>>,
    /// Every pinned phrase: no other site draws it.
    pinned: HashSet<usize>,
    /// Phrases the writer dropped: no site draws them.
    dropped: HashSet<usize>,
    // --- this draft's own corrections ---
    /// Phrases a `phrase` site drew in this pass, in order (pins left out: the writer chose them).
    drawn: Vec<usize>,
    /// Phrases set aside because, with the brief's and the template's words, they made a stock
    /// adverb overused (`set_aside_overused`): no site draws them again in this draft.
    overused: HashSet<usize>,
    /// Site keys handed out in this pass, with how often each name was asked for (`site_key`).
    keys: HashMap<String, usize>,
    /// What `edit` shows of each site, when it asks (`record_sites`): headings chosen while
    /// planning, then the sites of the last pass in the order they were met.
    records: Option<(Vec<Record>, Vec<Record>)>,
}

/// What a site is, for the writer choosing among its alternatives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteKind {
    /// One stock sentence (`phrase`).
    Phrase,
    /// A run of statements the length controller fills (`filler`).
    Filler,
    /// A part's heading drawn from the phrasebank while planning.
    Heading,
}

/// A site as the picker met it: what it chose and what it could have chosen.
#[derive(Debug, Clone)]
struct Record {
    key: String,
    kind: SiteKind,
    /// Phrases chosen (for a filler: its site number, read from `fill` at the end).
    chosen: Vec<usize>,
    filler: Option<usize>,
    /// Relevant usable phrases for this place, best first, with their text as drafted here.
    candidates: Vec<(usize, String)>,
}

/// One site of a finished draft as `edit` shows it (`Picker::site_choices`).
#[derive(Debug, Clone, PartialEq)]
pub struct SiteChoice {
    pub key: String,
    pub kind: SiteKind,
    /// Whether the writer pinned it (`choices.pin`).
    pub pinned: bool,
    /// The phrase ids it shows, in the order they were chosen.
    pub chosen: Vec<String>,
    /// Its alternatives, best first: (phrase id, text as this draft prints it).
    pub candidates: Vec<(String, String)>,
}

/// Alternatives kept per site: more than anyone cycles through.
const ALTERNATIVES: usize = 40;

/// A usable phrase as this draft would print it, with what the no-repeat and order rules look
/// at, computed once: a large phrasebank is scanned several times per draft.
struct Candidate {
    text: String,
    shingles: Vec<u64>,
    lead: Option<String>,
    /// Its move in a paragraph (`order::classify`), read when it is first needed: most candidates
    /// are only checked against the no-repeat rules.
    moves: std::sync::OnceLock<Move>,
    /// How often it uses each of `model::draft::STOCK` (进一步, 不断…), counted once.
    stock: std::sync::OnceLock<[u8; STOCK.len()]>,
}

/// What a draft has said, as the no-repeat rules compare it: the exact texts, their shingles
/// (near-repeats, see `shingles`) and their short opening clauses (`order::lead`: no two sentences
/// open the same way). Kept for the reserved texts, for the picks of a pass, and for the fillers
/// being handed out.
#[derive(Default)]
struct Said {
    texts: HashSet<String>,
    shingles: HashSet<u64>,
    leads: HashSet<String>,
}

impl Said {
    /// Whether `c` says again what was said.
    fn has(&self, c: &Candidate) -> bool {
        self.texts.contains(&c.text)
            || c.lead.as_ref().is_some_and(|l| self.leads.contains(l))
            || c.shingles.iter().any(|h| self.shingles.contains(h))
    }

    /// Whether a sentence whose first shingle is `head` says again what was said (`has` would say
    /// so too, once the sentence is read).
    fn has_head(&self, head: u64) -> bool {
        self.shingles.contains(&head)
    }

    fn add(&mut self, c: &Candidate) {
        self.texts.insert(c.text.clone());
        self.shingles.extend(c.shingles.iter().copied());
        self.leads.extend(c.lead.clone());
    }

    fn clear(&mut self) {
        self.texts.clear();
        self.shingles.clear();
        self.leads.clear();
    }
}

impl Candidate {
    fn new(text: String) -> Candidate {
        Candidate {
            shingles: shingles(&text),
            lead: order::lead(&text).map(str::to_string),
            moves: std::sync::OnceLock::new(),
            stock: std::sync::OnceLock::new(),
            text,
        }
    }

    fn stock(&self) -> &[u8; STOCK.len()] {
        self.stock.get_or_init(|| STOCK.map(|w| self.text.matches(w).count().min(255) as u8))
    }

    fn moves(&self) -> Move {
        *self.moves.get_or_init(|| order::classify(&self.text))
    }
}

/// A heading as it reads drawn `like` the headings around it (`Shape::fit`): as it is when it does
/// not fit (drawn of any shape because none of the asked one was left).
fn shown_like(heading: &str, like: Option<Shape>) -> String {
    let heading = clause(heading);
    like.and_then(|s| s.fit(&heading)).map_or_else(|| heading.clone(), str::to_string)
}

/// The lines of an `about=` text, without provenance marks.
fn lines_of(text: &str) -> Vec<String> {
    marks::plain(text).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

/// Slot names in a phrase text: `{{locality}}`, `{{number2}}` …
fn slot_names(text: &str) -> impl Iterator<Item = &str> {
    text.split("{{").skip(1).filter_map(|s| s.split_once("}}").map(|(name, _)| name.trim()))
}

/// `number2` → `number`.
fn base(name: &str) -> &str {
    name.trim_end_matches(|c: char| c.is_ascii_digit())
}

/// Enumeration markers: a stock sentence carrying its own `一是…二是…` or `（一）` would break the
/// numbering of the paragraph or part it lands in: a leading `一、`…`十、`, or anywhere `一是` `二是`
/// `三是` `一要` `二要` `三要` `第一，` `第二，` `（一）` `（二）` `（1）` `1、` `2、` `1.`. One pass over
/// the characters (every candidate sentence of a draft is checked).
pub fn has_enumeration(text: &str) -> bool {
    const NUMERALS: &str = "一二三四五六七八九十";
    let start = text.trim_start();
    if start.starts_with(|c| NUMERALS.contains(c))
        && start.trim_start_matches(|c| NUMERALS.contains(c)).starts_with('、')
    {
        return true;
    }
    text.char_indices().any(|(i, c)| {
        let rest = &text[i + c.len_utf8()..];
        match c {
            // 一是 … 十是, 一要 … 十要: a list's items, whichever of them a clause was cut at
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' => {
                rest.starts_with(['是', '要'])
            }
            '第' => rest.starts_with("一，") || rest.starts_with("二，"),
            '（' => rest.starts_with("一）") || rest.starts_with("二）") || rest.starts_with("1）"),
            '1' => rest.starts_with(['、', '.']),
            '2' => rest.starts_with('、'),
            _ => false,
        }
    })
}

/// Words no sentence of a draft may contain, found in one pass over a sentence: the words by
/// their first character, so each character of the sentence costs one lookup. (An Aho-Corasick
/// automaton matched as fast but cost more to build than a draft spends matching.)
#[derive(Debug, Default)]
struct Banned {
    by_first: HashMap<char, Vec<String>>,
    /// One bit per character of the Basic Multilingual Plane that starts a word: most characters of
    /// a sentence start none, and a bit test is cheaper than a map lookup.
    starts: Vec<u64>,
}

impl Banned {
    fn new(words: &[String]) -> Banned {
        let mut by_first: HashMap<char, Vec<String>> = HashMap::default();
        let mut starts = vec![0u64; 0x10000 / 64];
        for w in words {
            if let Some(c) = w.chars().next() {
                by_first.entry(c).or_default().push(w.clone());
                if let Some(bit) = starts.get_mut(c as usize / 64) {
                    *bit |= 1 << (c as usize % 64);
                }
            }
        }
        Banned { by_first, starts }
    }

    fn may_start(&self, c: char) -> bool {
        self.starts.get(c as usize / 64).is_none_or(|bits| bits & (1 << (c as usize % 64)) != 0)
    }

    fn is_in(&self, text: &str) -> bool {
        text.char_indices().any(|(i, c)| {
            self.may_start(c)
                && self
                    .by_first
                    .get(&c)
                    .is_some_and(|words| words.iter().any(|w| text[i..].starts_with(w.as_str())))
        })
    }
}

/// Leftover masks of the scraped seeds that must never reach a draft: `xx` (any case), `*`, `＊`,
/// `某某`, and an unfilled `{{slot}}`. One pass over the bytes.
pub fn has_mask(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'x' | b'X' => matches!(b.get(i + 1), Some(b'x' | b'X')),
        b'*' => true,
        b'{' => b.get(i + 1) == Some(&b'{'),
        0xEF => b[i..].starts_with("＊".as_bytes()),
        0xE6 => b[i..].starts_with("某某".as_bytes()),
        _ => false,
    })
}

/// The phrases of one section and role, as a bit per phrase of the phrasebank: which of the
/// phrases posted under a word a site may take, without a search per phrase.
struct Members(Vec<u64>);

impl Members {
    fn of(list: &[u32], phrases: usize) -> Members {
        let mut bits = vec![0u64; phrases.div_ceil(64)];
        for &i in list {
            if let Some(b) = bits.get_mut(i as usize / 64) {
                *b |= 1 << (i % 64);
            }
        }
        Members(bits)
    }

    fn has(&self, i: u32) -> bool {
        self.0.get(i as usize / 64).is_some_and(|b| b >> (i % 64) & 1 == 1)
    }
}

/// The phrases of `members` that may be about `about` (`About::needed_words`), in phrasebank
/// order. Every other phrase scores 0, so weighing only these gives the scores of weighing all,
/// at the cost of the phrases that share a word with the site rather than of the whole section.
fn weighed(postings: &Postings<'_>, about: &About, members: &Members) -> Vec<u32> {
    let mut found: Vec<u32> = Vec::new();
    for w in about.needed_words() {
        postings.each(w, |i| {
            if members.has(i) {
                found.push(i);
            }
        });
    }
    found.sort_unstable();
    found.dedup();
    found
}

impl<'a> Picker<'a> {
    /// This picker, knowing which topics a site's text names by `lexicon` (`topics.yaml`).
    pub fn with_topics(mut self, lexicon: Vec<crate::phrasebank::Topic>) -> Picker<'a> {
        self.topic_lexicon = lexicon;
        self
    }

    /// This picker, drafting no sentence under a heading it argues against (`Clash`).
    pub fn with_clashes(mut self, clashes: Vec<crate::plan::spec::Clash>) -> Picker<'a> {
        self.clashes = clashes.into();
        self
    }

    /// Whether `text` only restates `lines` (a heading and its points), or argues against them.
    fn off_the_point(clashes: &[crate::plan::spec::Clash], lines: &[String], text: &str) -> bool {
        restates(lines, text) || crate::plan::spec::Clash::between(clashes, lines, text)
    }

    pub fn new(
        phrases: Phrases<'a>,
        slots: SlotValues,
        banned: Vec<String>,
        admissible: Admissible,
        seed: u64,
    ) -> Picker<'a> {
        let index = phrases.index();
        let vocabulary = Vocabulary::of(&phrases);
        let postings = Postings::of(&phrases);
        Picker {
            phrases,
            slots,
            banned: Banned::new(&banned),
            index,
            postings,
            members: HashMap::default(),
            checked: HashMap::default(),
            vocabulary,
            admissible,
            topic_lexicon: Vec::new(),
            clashes: std::sync::Arc::from([]),
            scored: HashMap::default(),
            abouts: HashMap::default(),
            seed,
            offer: Rng::fork(seed, "offer").next_u64(),
            sources: Vec::new(),
            phrase_source: HashMap::default(),
            brief_source: HashMap::default(),
            reserved: Said::default(),
            rng: Rng::fork(seed, "phrase"),
            used: Said::default(),
            sites: Vec::new(),
            cursor: 0,
            recording: true,
            site_markers: false,
            fill: Vec::new(),
            paragraphs: HashMap::default(),
            pins: HashMap::default(),
            pinned: HashSet::default(),
            dropped: HashSet::default(),
            drawn: Vec::new(),
            overused: HashSet::default(),
            keys: HashMap::default(),
            records: None,
        }
    }

    /// Applies the writer's choices: pinned phrases go to their sites and no other, dropped ones
    /// nowhere. An id no longer in the phrasebank is passed over (`check --brief` reports it).
    pub fn choose(&mut self, choices: &crate::model::Choices) {
        if choices.is_empty() {
            return;
        }
        let by_id: HashMap<&str, usize> =
            (0..self.phrases.len()).map(|i| (self.phrases.get(i).id, i)).collect();
        for (site, ids) in &choices.pin {
            let found: Vec<usize> = ids.iter().filter_map(|id| by_id.get(id.as_str()).copied()).collect();
            self.pinned.extend(found.iter().copied());
            self.pins.insert(site.clone(), found);
        }
        self.dropped.extend(choices.drop.iter().filter_map(|id| by_id.get(id.as_str()).copied()));
    }

    /// Whether the writer pinned a filler site of this draft: it is filled even when the draft is
    /// long enough without it.
    pub fn pins_a_filler(&self) -> bool {
        self.sites.iter().any(|s| self.pins.contains_key(&s.key))
    }

    /// Keeps, from now on, what `edit` shows of each site (`site_choices`).
    pub fn record_sites(&mut self) {
        self.records = Some((Vec::new(), Vec::new()));
    }

    /// The sites of the draft just rendered, in the order they were met, each with its choice and
    /// its alternatives (`record_sites` first; empty otherwise).
    pub fn site_choices(&self) -> Vec<SiteChoice> {
        let Some((headings, pass)) = &self.records else { return Vec::new() };
        let id = |i: usize| self.phrases.get(i).id.to_string();
        let mut out: Vec<SiteChoice> = Vec::new();
        for r in headings.iter().chain(pass) {
            let chosen = match r.filler {
                Some(n) => self.fill.get(n).cloned().unwrap_or_default(),
                None => r.chosen.clone(),
            };
            let choice = SiteChoice {
                key: r.key.clone(),
                kind: r.kind,
                pinned: self.pins.contains_key(&r.key),
                chosen: chosen.into_iter().map(id).collect(),
                candidates: r.candidates.iter().map(|(i, t)| (id(*i), t.clone())).collect(),
            };
            match out.iter_mut().find(|c| c.key == choice.key) {
                Some(c) => *c = choice,
                None => out.push(choice),
            }
        }
        out
    }

    /// The name of a site standing under `anchor` (a brief path such as `measures[2]`, else the
    /// section's name) that is a `what` (`filler`, a role): the n-th such name in a pass is `…#n`.
    fn site_key(&mut self, anchor: &str, what: &str) -> String {
        let base = format!("{anchor}/{what}");
        let n = self.keys.entry(base.clone()).or_insert(0);
        *n += 1;
        if *n == 1 { base } else { format!("{base}#{n}") }
    }

    /// Phrase `i` may not be drawn by a site of its own accord: the writer dropped it, or pinned
    /// it somewhere.
    fn withheld(&self, i: usize) -> bool {
        self.dropped.contains(&i) || self.pinned.contains(&i) || self.overused.contains(&i)
    }

    /// Sets aside, for the rest of this draft, the last phrase drawn in this pass that holds a
    /// stock adverb (进一步, 不断…) that `text` uses more than `check` allows a text of `chars`
    /// characters: the brief's own words and the template's count first, and a drawn phrase gives
    /// way. Returns whether one was set aside (the pass is then rendered again).
    pub fn set_aside_overused(&mut self, text: &str, chars: usize) -> bool {
        let allowed = crate::model::draft::stock_allowed(chars);
        let over: Vec<&str> = STOCK.into_iter().filter(|w| text.matches(w).count() > allowed).collect();
        let found = self
            .drawn
            .iter()
            .rev()
            .copied()
            .find(|&i| over.iter().any(|w| self.phrases.get(i).text.contains(w)));
        found.is_some_and(|i| self.overused.insert(i))
    }

    /// The usable phrases among `list` that `fits`, with their drafted text, at most `ALTERNATIVES`
    /// (dropped ones left out: the writer said no to them).
    fn alternatives(
        &mut self,
        list: impl Iterator<Item = usize>,
        fits: impl Fn(&str) -> bool,
        shown: impl Fn(&str) -> String,
    ) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for i in list {
            if out.len() >= ALTERNATIVES {
                break;
            }
            if self.dropped.contains(&i) {
                continue;
            }
            if let Some(c) = self.candidate(i)
                && fits(&c.text)
            {
                out.push((i, shown(&c.text)));
            }
        }
        out
    }

    /// The phrases of `key` about `about`, most relevant first, whatever the seed.
    fn best_first(&mut self, key: (Section, Role), about: &About) -> Vec<usize> {
        let mut scored: Vec<(u32, f32)> = self.scores(key, about, Reach::All).to_vec();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().map(|(i, _)| i as usize).collect()
    }

    /// The phrases of `key` (about `topic` when it has any), in phrasebank order.
    fn listed(&self, key: (Section, Role), topic: Option<&str>) -> Vec<usize> {
        let sub = topic.and_then(|t| self.index.about(key, t)).filter(|l| !l.is_empty());
        match sub.or_else(|| self.index.by_key.get(&key)) {
            Some(l) => l.iter().map(|&i| i as usize).collect(),
            None => Vec::new(),
        }
    }

    fn note(&mut self, record: Record, heading: bool) {
        if let Some((headings, pass)) = &mut self.records {
            if heading { headings.push(record) } else { pass.push(record) }
        }
    }

    /// Registers a brief field as a source; returns its mark id.
    pub fn brief_source(&mut self, field: &str) -> usize {
        if let Some(&i) = self.brief_source.get(field) {
            return i;
        }
        self.sources.push(Provenance::Brief { field: field.to_string() });
        self.brief_source.insert(field.to_string(), self.sources.len() - 1);
        self.sources.len() - 1
    }

    fn phrase_mark(&mut self, i: usize, text: &str) -> String {
        let p = self.phrases.get(i);
        let id = *self.phrase_source.entry(i).or_insert_with(|| {
            self.sources.push(Provenance::Phrase {
                id: p.id.to_string(),
                doc: p.doc.to_string(),
                line: p.line,
            });
            self.sources.len() - 1
        });
        marks::wrap(id, text)
    }

    /// The phrase as this draft would print it (slots filled), or `None` when it cannot be used
    /// in this draft.
    fn candidate(&mut self, i: usize) -> Option<Arc<Candidate>> {
        if let Some(c) = self.checked.get(&i) {
            return c.clone();
        }
        let p = self.phrases.get(i);
        let (text, filled) = self.drafted(i);
        let ok = p.generic
            && filled
            && self.admissible.supports(p.presupposes.iter())
            && !text.is_empty()
            && !self.slots.dangling.iter().any(|d| text.starts_with(d.as_str()))
            && !has_mask(&text)
            && !has_enumeration(&text)
            && !text.chars().any(marks::is_mark)
            && !self.banned.is_in(&text);
        let result = ok.then(|| Arc::new(Candidate::new(text)));
        self.checked.insert(i, result.clone());
        result
    }

    /// Phrase `i`'s text as this draft would print it, and whether every slot of it was filled.
    fn drafted(&self, i: usize) -> (String, bool) {
        let p = self.phrases.get(i);
        let mut text = p.text.trim().to_string();
        let mut filled = true;
        let names: Vec<String> = slot_names(p.text).map(str::to_string).collect();
        if names.iter().any(|n| n == "level") {
            // 全区, 我区, but 自治区党委 and 自治区政府 (the same word for every other place).
            text = text
                .replace("全{{level}}", &self.slots.whole)
                .replace("我{{level}}", &self.slots.our)
                .replace("{{level}}委{{level}}政府", &self.slots.leadership)
                .replace("{{level}}委、{{level}}政府", &self.slots.committee_and_government)
                .replace("{{level}}委", &self.slots.committee)
                .replace("{{level}}政府", &self.slots.government);
        }
        for name in names {
            let value = match base(&name) {
                // In the seeds a masked locality in the body of a speech is often part of a name of
                // that place's own project or zone (`**片区`, `**自贸区成功经验`): mining judges such
                // a phrase specific (`generic: false`, `mine::generic`), and only generic phrases
                // are drawn. What is left names the place as such (`不断厚植{{locality}}高质量发展
                // 新优势`, `提升{{locality}}竞争力`), in the body as in the opening.
                "locality" => Some(self.slots.locality.clone()),
                "level" => Some(self.slots.body_prefix.clone()),
                "year" if p.section == Section::Measures => self.slots.year.clone(),
                "year" => self.slots.period_year.clone(),
                _ => None,
            };
            match value {
                Some(v) if !v.is_empty() => text = text.replace(&format!("{{{{{name}}}}}"), &v),
                _ => filled = false,
            }
        }
        // A stock sentence ends as a sentence, whatever clause of a longer one it was cut from.
        if p.role != Role::Heading {
            text = crate::text::sentence(&text);
        }
        // 各县（市）区 in a county's speech is 各乡镇; wording this level cannot say, not at all.
        match self.admissible.worded(&text) {
            Some(worded) => (worded, filled),
            None => (text, false),
        }
    }

    /// Already in the draft, or saying the same as a sentence already in it.
    fn taken(&self, c: &Candidate) -> bool {
        self.used.has(c) || self.reserved.has(c)
    }

    /// Phrase `i` is `taken` (or, when given, in `also`), as far as its stored first shingle tells
    /// without reading its text (`Phrases::head`). `false` means: read it and ask `taken`.
    fn taken_by_head(&self, i: usize, also: Option<&Said>) -> bool {
        self.phrases.head(i).is_some_and(|h| {
            self.used.has_head(h) || self.reserved.has_head(h) || also.is_some_and(|a| a.has_head(h))
        })
    }

    /// Starts a rendering pass: `phrase` picks restart from the seed, filler sites are counted anew.
    pub fn begin_pass(&mut self, pass: Pass) {
        self.rng = Rng::fork(self.seed, "phrase");
        self.used.clear();
        self.drawn.clear();
        self.cursor = 0;
        self.recording = pass != Pass::Fill;
        self.site_markers = pass == Pass::MeasureMarked;
        self.keys.clear();
        if self.recording {
            self.sites.clear();
            self.fill.clear();
            self.paragraphs.clear();
        }
        let recording = self.recording;
        if let Some((_, records)) = &mut self.records {
            records.retain(|r| !recording && r.kind == SiteKind::Filler);
        }
        // What the writer pinned is said where it is pinned: no other site says it again.
        let mut pinned: Vec<usize> = self.pinned.iter().copied().collect();
        pinned.sort_unstable();
        for i in pinned {
            if let Some(c) = self.candidate(i) {
                self.used.add(&c);
            }
        }
    }

    /// The first usable, unused phrase of `section`/`role` (about `topic` when given) whose drafted
    /// text `fits`, scanning the index from a random start. No list is copied: with a phrasebank
    /// 100× the seeds' size a section's statements run to tens of thousands.
    fn draw(
        &mut self,
        key: (Section, Role),
        topic: Option<&str>,
        fits: impl Fn(&str) -> bool,
    ) -> Option<(usize, Arc<Candidate>)> {
        let all = self.index.by_key.get(&key).filter(|l| !l.is_empty()).cloned()?;
        let start = self.rng.below(all.len());
        // About a topic: the same phrases in the same order as scanning `all` from `start` and
        // skipping the others, from the sub-list of the topic (lists are in phrasebank order, so
        // the scan's first phrase of the topic is found by bisection), without reading the topics of
        // every phrase on the way.
        let (list, from) = match topic {
            None => (all, start),
            Some(t) => match self.index.about(key, t) {
                Some(sub) if !sub.is_empty() => {
                    let from = sub.partition_point(|&i| i < all[start]) % sub.len();
                    (sub.clone(), from)
                }
                _ => return None,
            },
        };
        let n = list.len();
        for k in 0..n {
            let i = list[(from + k) % n] as usize;
            if self.taken_by_head(i, None) || self.withheld(i) {
                continue;
            }
            if let Some(c) = self.candidate(i)
                && !self.taken(&c)
                && fits(&c.text)
            {
                return Some((i, c));
            }
        }
        None
    }

    /// The next stock sentence of `section`/`role`, preferring `topic`, and ending with `ending`
    /// when given (`。` for a call that leads into the writer's own closing slogan, not a second
    /// exclamation); marked with its source. A heading asked for `like` a shape is drawn as
    /// `heading` draws one (`{{phrase "safeguards" "heading" like=@root.like.measures}}`: the
    /// last of a run of measures keeps the run's build).
    #[allow(clippy::too_many_arguments)]
    pub fn phrase(
        &mut self,
        section: Section,
        role: Role,
        topic: Option<&str>,
        wanted: Wanted<'_>,
        like: Option<Shape>,
        about: Option<Subject<'_>>,
        anchor: Option<&str>,
    ) -> Option<String> {
        let key = self.site_key(anchor.unwrap_or(section.name()), role.name());
        let fits = |text: &str| wanted.takes(text);
        let shown = |t: &str| if role == Role::Heading { shown_like(t, like) } else { t.to_string() };
        if self.records.is_some() {
            let lines = about.map(|s| lines_of(s.text)).unwrap_or_default();
            let list = match about {
                Some(subject) => {
                    let about = self.about(subject, topic);
                    self.best_first((section, role), &about)
                }
                None => self.listed((section, role), topic),
            };
            let clashes = self.clashes.clone();
            let candidates = self.alternatives(
                list.into_iter(),
                |t| fits(t) && !Self::off_the_point(&clashes, &lines, t),
                shown,
            );
            self.note(
                Record {
                    key: key.clone(),
                    kind: SiteKind::Phrase,
                    chosen: Vec::new(),
                    filler: None,
                    candidates,
                },
                false,
            );
        }
        // The draw is made even at a pinned site, so that pinning one sentence leaves the seed's
        // draws everywhere else as they were.
        let drawn = self.draw_phrase(section, role, topic, &fits, like, about);
        let (i, c) = match self.pins.get(&key).cloned() {
            Some(pins) => {
                let (i, c) = pins.into_iter().find_map(|i| self.candidate(i).map(|c| (i, c)))?;
                (i, c)
            }
            None => {
                let (i, c) = drawn?;
                self.drawn.push(i);
                (i, c)
            }
        };
        if let Some((_, pass)) = &mut self.records
            && let Some(r) = pass.last_mut()
        {
            r.chosen = vec![i];
        }
        if self.recording
            && let Some(subject) = about
        {
            self.paragraphs.entry(subject.text.to_string()).or_default().push(i);
        }
        self.used.add(&c);
        let text = shown(&c.text);
        Some(self.phrase_mark(i, &text))
    }

    /// The seed's draw for a `phrase` site.
    fn draw_phrase(
        &mut self,
        section: Section,
        role: Role,
        topic: Option<&str>,
        fits: &impl Fn(&str) -> bool,
        like: Option<Shape>,
        about: Option<Subject<'_>>,
    ) -> Option<(usize, Arc<Candidate>)> {
        Some(match about {
            // About something: the best of the sentences about it, or nothing.
            Some(subject) => {
                let about = self.about(subject, topic);
                let lines = lines_of(subject.text);
                // A 保障 item opens with no sentence filed under another item's topic and not under
                // its own (`filed_elsewhere`: 要深入学习贯彻…重要论述, on 思想认识, opened 用好政策、
                // 强化支撑 beside 解放思想、营造氛围, reviews 30 and 35).
                let own = topic.filter(|_| section == Section::Safeguards);
                let elsewhere = |p: &Self, i: usize| {
                    own.is_some_and(|own| p.filed_elsewhere(i, section, own, Some(subject.text)))
                };
                let clashes = self.clashes.clone();
                let fits = |t: &str| fits(t) && !Self::off_the_point(&clashes, &lines, t);
                self.draw_about((section, role), &about, fits, elsewhere)?
            }
            None => {
                let pick = |p: &mut Self, topic: Option<&str>| match like {
                    Some(_) if role == Role::Heading => p.draw_heading(section, topic, like, true),
                    _ => p.draw((section, role), topic, fits),
                };
                topic.and_then(|t| pick(self, Some(t))).or_else(|| pick(self, None))?
            }
        })
    }

    /// What a site with `about=` (and `topic=`) stands under; found once per draft for each
    /// subject (every pass asks again).
    fn about(&mut self, Subject { text, head }: Subject<'_>, topic: Option<&str>) -> About {
        let mut all = marks::plain(text);
        if let Some(t) = topic {
            all.push('\n');
            all.push_str(t);
        }
        let head = head.map(marks::plain);
        let key = match &head {
            Some(h) => format!("{all}\u{1d}{h}"),
            None => all.clone(),
        };
        if let Some(a) = self.abouts.get(&key) {
            return a.clone();
        }
        let (own, also) = self.topics_of_site(&all, head.as_deref(), topic);
        fn words<'t>(ts: &[&'t crate::phrasebank::Topic]) -> impl Iterator<Item = &'t str> {
            ts.iter().flat_map(|t| t.keywords.iter().map(String::as_str))
        }
        let names =
            topic.into_iter().chain(own.iter().map(|t| t.name.as_str()).filter(|n| Some(*n) != topic));
        let mut about = self
            .vocabulary
            .about(&all)
            .on(names, words(&own))
            .also_on(also.iter().map(|t| t.name.as_str()), words(&also));
        if let Some(h) = &head {
            about = about.headed(&self.vocabulary.about(h));
        }
        self.abouts.insert(key, about.clone());
        about
    }

    /// The names of the lexicon's topics that a part's heading or topic names (`topic` is a topic's
    /// name, or free text with one of its keywords: 强化调度考核 names 组织领导与作风 by 考核). A
    /// template asks it before adding an item of its own on a topic the writer already has.
    /// The lexicon's heading for a part whose topic is `topic` by name (`Topic::heading`).
    pub fn topic_heading(&self, topic: &str) -> Option<&str> {
        self.topic_lexicon.iter().find(|t| t.name == topic).and_then(|t| t.heading.as_deref())
    }

    /// The names of the lexicon's topics that `text` names by one of their words.
    pub fn topics_in(&self, text: &str) -> Vec<String> {
        self.topic_lexicon.iter().filter(|t| t.named_in(text)).map(|t| t.name.clone()).collect()
    }

    pub fn topics_named(&self, heading: Option<&str>, topic: Option<&str>) -> Vec<String> {
        let texts: Vec<&str> = heading.into_iter().chain(topic).collect();
        self.topic_lexicon
            .iter()
            .filter(|t| topic == Some(t.name.as_str()) || texts.iter().any(|x| t.named_in(x)))
            .map(|t| t.name.clone())
            .collect()
    }

    /// The topics of the lexicon a site with text `all` (its `topic` appended) is on, and those it
    /// is also on (`About::also_on`).
    ///
    /// The site is on its topic, and on each topic its heading names (全力稳住外贸外资 on 对外贸易 is
    /// on 利用外资 too). A part's points name only topics that are parts of those (`Topic::parts`:
    /// 培育跨境电商产业园 under 推动外贸提质升级): 支持龙头企业在海外设立展示中心 under 稳住陶瓷出口基本盘
    /// does not put the measure on 招商引资, nor 推动园区企业发展B2B出口 under 出口要提升 on 产业园区
    /// (理顺园区管理体制). A part the writer gave a topic is on it and its parts; what its heading
    /// names besides is what the heading says in passing: those are the second list.
    fn topics_of_site(
        &self,
        all: &str,
        head: Option<&str>,
        topic: Option<&str>,
    ) -> (Vec<&crate::phrasebank::Topic>, Vec<&crate::phrasebank::Topic>) {
        let lexicon = &self.topic_lexicon[..];
        let named = head.unwrap_or(all);
        let mut on: Vec<&crate::phrasebank::Topic> =
            lexicon.iter().filter(|t| Some(t.name.as_str()) == topic || t.named_in(named)).collect();
        let parts: Vec<&crate::phrasebank::Topic> = lexicon
            .iter()
            .filter(|t| !on.iter().any(|o| o.name == t.name))
            .filter(|t| on.iter().any(|o| o.parts.contains(&t.name)) && t.named_in(all))
            .collect();
        on.extend(parts);
        // The writer's topic is a lexicon topic's name, or free text naming some (跨境电商).
        let writers: Vec<&crate::phrasebank::Topic> = match topic {
            Some(g) if lexicon.iter().any(|t| t.name == g) => {
                lexicon.iter().filter(|t| t.name == g).collect()
            }
            Some(g) => lexicon.iter().filter(|t| t.named_in(g)).collect(),
            None => Vec::new(),
        };
        on.into_iter().partition(|t| {
            head.is_none()
                || writers.is_empty()
                || writers.iter().any(|w| w.name == t.name || w.parts.contains(&t.name))
        })
    }

    /// The phrases of `key` about `about`, relevant ones only, in a seeded order that puts the more
    /// relevant first more often (a draw weighted by the square root of the score,
    /// Efraimidis–Spirakis: weighting by the score itself let the same few long sentences win at
    /// every seed): the seed chooses among the relevant, and never reaches past them.
    fn ranked(&mut self, key: (Section, Role), about: &About, rng: &mut Rng, reach: Reach) -> Vec<u32> {
        let scores = self.scores(key, about, reach);
        // One draw for the site; each phrase's own from it and its index, so that a seed's choice
        // of a phrase does not depend on which others were relevant: its place among those this
        // seed offers (`offers`).
        let base = rng.next_u64();
        let mut keyed: Vec<(f64, u32)> = scores
            .iter()
            .map(|&(i, score)| {
                let mut own = Rng::new(base ^ (u64::from(i) + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
                let u = (own.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
                // u in (0, 1]; key = u^(1/√score), largest first
                (u.max(f64::MIN_POSITIVE).ln() / f64::from(score).sqrt(), i)
            })
            .collect();
        keyed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        keyed.into_iter().map(|(_, i)| i).collect()
    }

    /// Whether this draft's seed offers phrase `i` to the sites it is about (`OFFERED`,
    /// `OFFER_ALL_UP_TO`): one decision per draft, the same at every site and pass.
    fn offers(&self, i: u32) -> bool {
        self.share(i) == 0
    }

    /// The share of the phrasebank phrase `i` falls in, of `shares()`: the seed offers share 0,
    /// and a site that must not stand bare looks at the next ones, one at a time.
    fn share(&self, i: u32) -> u64 {
        let mut own = Rng::new(self.offer ^ (u64::from(i) + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        own.next_u64() % (OFFERED.1 * self.thinned()) / OFFERED.0
    }

    /// How many shares the phrasebank is cut into.
    fn shares(&self) -> u64 {
        (OFFERED.1 * self.thinned()).div_ceil(OFFERED.0)
    }

    fn thinned(&self) -> u64 {
        self.phrases.len().div_ceil(OFFER_ALL_UP_TO).max(1) as u64
    }

    /// The phrases of `key` that are about `about`, with their scores: computed once per draft for
    /// each site's text (a draft is rendered in several passes, and many sites share a text).
    /// `reach`: usually only those this draft's seed offers (`offers`), which is all a draw looks
    /// at — asked first, so the others are not weighed at all.
    fn scores(&mut self, key: (Section, Role), about: &About, reach: Reach) -> Scores {
        let id = (key, about.key(), reach);
        if let Some(s) = self.scored.get(&id) {
            return s.clone();
        }
        let list: Vec<(u32, f32)> = match self.index.by_key.get(&key) {
            Some(all) if !about.is_empty() => {
                let members = self.members.entry(key).or_insert_with(|| Members::of(all, self.phrases.len()));
                let weighed = weighed(&self.postings, about, members);
                weighed
                    .into_iter()
                    .filter(|&i| match reach {
                        Reach::Offered => self.offers(i),
                        Reach::Share(k) => self.share(i) == k,
                        Reach::All => true,
                    })
                    .filter_map(|i| self.weigh(i, about))
                    .collect()
            }
            _ => Vec::new(),
        };
        let list = Arc::new(list);
        self.scored.insert(id, list.clone());
        list
    }

    /// Phrase `i`'s score under `about`, `None` when it is not about it.
    fn weigh(&self, i: u32, about: &About) -> Option<(u32, f32)> {
        let keywords = self.phrases.keywords(i as usize);
        // A sentence filed under topics, none of them the site's, needs two shared words.
        let on_topic = about.on_topic(self.phrases.get(i as usize).topics().into_iter(), keywords.bytes());
        let score = about.score_on(keywords.bytes(), on_topic);
        // Ranked by how much of the sentence is about the site, not by how much it says: a long
        // sentence shares some word with every heading (cosine-like, over the square root of its
        // own content words).
        let own = (keywords.bytes().count() as f32).max(MIN_OWN_WORDS).sqrt();
        (score > 0.0).then_some((i, score / own))
    }

    /// The first usable, unused phrase of `key` about `about` whose text `fits` (`ranked`).
    fn draw_about(
        &mut self,
        key: (Section, Role),
        about: &About,
        fits: impl Fn(&str) -> bool,
        elsewhere: impl Fn(&Self, usize) -> bool,
    ) -> Option<(usize, Arc<Candidate>)> {
        let mut rng = Rng::new(self.rng.next_u64());
        for i in self.ranked(key, about, &mut rng, Reach::Offered) {
            let i = i as usize;
            if self.taken_by_head(i, None) || self.withheld(i) || elsewhere(self, i) {
                continue;
            }
            if let Some(c) = self.candidate(i)
                && !self.taken(&c)
                && fits(&c.text)
            {
                return Some((i, c));
            }
        }
        None
    }

    /// A heading on `topic` for a part without one, chosen once while planning (`draw_heading`).
    /// `anchor` is the part's path in the brief (`achievements[1]`), which names its site. Only of
    /// the shape `like` unless `or_any`.
    pub fn heading(
        &mut self,
        section: Section,
        topic: &str,
        like: Option<Shape>,
        or_any: bool,
        anchor: &str,
    ) -> Option<String> {
        let key = format!("{anchor}/heading");
        let drawn = self.draw_heading(section, Some(topic), like, or_any);
        if self.records.is_some() {
            let list = self.listed((section, Role::Heading), Some(topic));
            let candidates = self.alternatives(list.into_iter(), |_| true, clause);
            let chosen = drawn.iter().map(|(i, _)| *i).collect();
            self.note(
                Record { key: key.clone(), kind: SiteKind::Heading, chosen, filler: None, candidates },
                true,
            );
        }
        let (i, c) = match self.pins.get(&key).cloned() {
            Some(pins) => pins.into_iter().find_map(|i| self.candidate(i).map(|c| (i, c)))?,
            None => drawn?,
        };
        if let Some((headings, _)) = &mut self.records
            && let Some(r) = headings.last_mut()
        {
            r.chosen = vec![i];
        }
        self.reserve(&c.text);
        Some(self.phrase_mark(i, &shown_like(&c.text, like)))
    }

    /// A heading of `section` (on `topic` when given): of the shape `like` when given (the build
    /// of the headings around it, `plan::heading`), and of any shape when the phrasebank has none
    /// of it and `or_any`. Besides the headings, a 措施 or a 保障 may take the head of a numbered point
    /// (`六是持续优化营商环境。` in seed 004, `一是要强化组织领导。` in seed 003): that is how the seeds
    /// head them. A 成绩's or a 问题's point is a fact of another place, never a heading.
    fn draw_heading(
        &mut self,
        section: Section,
        topic: Option<&str>,
        like: Option<Shape>,
        or_any: bool,
    ) -> Option<(usize, Arc<Candidate>)> {
        let points = matches!(section, Section::Measures | Section::Safeguards);
        // Headings and points alike: which is looked at first is drawn too.
        let roles = if points && self.rng.below(2) == 1 {
            [Role::Point, Role::Heading]
        } else {
            [Role::Heading, Role::Point]
        };
        // Of the shape asked for first; then, when there is none of it, of any. With none asked
        // for, a short one first: a long title (`Shape::Long`) is an article's, and the headings
        // after it would be asked to match it.
        for (pass, shape) in [like, None].into_iter().enumerate() {
            if pass > 0 && like.is_some() && !or_any {
                break;
            }
            for role in roles {
                if role == Role::Point && !points {
                    continue;
                }
                let fits = |t: &str| {
                    let shape_fits = match shape {
                        Some(s) => s.fit(t).is_some(),
                        None => pass > 0 || Shape::of(t) != Shape::Long,
                    };
                    shape_fits && (role == Role::Heading || stands_alone(t))
                };
                if let Some(found) = self.draw((section, role), topic, fits) {
                    return Some(found);
                }
            }
        }
        None
    }

    /// Keeps stock sentences from saying `text` again: a heading chosen while planning, or a
    /// brief's own point — which may itself be a phrasebank sentence the writer ticked in the
    /// wizard (`new` offers them), and must not come back as a filler beside itself.
    pub fn reserve(&mut self, text: &str) {
        let plain = marks::plain(text);
        if plain.trim().is_empty() {
            return;
        }
        // As a stock sentence would print it too (`持续优化营商环境。` for the heading).
        let sentence = crate::text::sentence(&plain);
        self.reserved.add(&Candidate::new(plain));
        self.reserved.texts.insert(sentence);
    }

    /// The statements of the next filler site (empty while recording), in the order a paragraph
    /// of the seeds runs (`order`: context, claim, necessity, action, aim).
    pub fn filler(
        &mut self,
        section: Section,
        topic: Option<&str>,
        Count { min, max, or, moves }: Count<'_>,
        frame: bool,
        about: Option<Subject<'_>>,
        anchor: Option<&str>,
    ) -> String {
        let n = self.cursor;
        self.cursor += 1;
        let key = self.site_key(anchor.unwrap_or(section.name()), "filler");
        if self.recording {
            let lines = about.map(|s| lines_of(s.text)).unwrap_or_default();
            let about_text = about.map(|s| s.text);
            let about = about.map(|subject| self.about(subject, topic));
            if self.records.is_some() {
                let list = match &about {
                    Some(a) => self.best_first((section, Role::Statement), a),
                    None => self.listed((section, Role::Statement), topic),
                };
                let clashes = self.clashes.clone();
                let candidates = self.alternatives(
                    list.into_iter(),
                    |t| {
                        !Self::off_the_point(&clashes, &lines, t)
                            && (!frame || order::classify(t) <= Move::Claim)
                    },
                    str::to_string,
                );
                let record = Record {
                    key: key.clone(),
                    kind: SiteKind::Filler,
                    chosen: Vec::new(),
                    filler: Some(n),
                    candidates,
                };
                self.note(record, false);
            }
            self.sites.push(Site {
                key,
                section,
                topic: topic.map(str::to_string),
                max,
                min,
                frame,
                about,
                lines,
                about_text: about_text.map(str::to_string),
                or: or.map(str::to_string),
                moves,
            });
            return if self.site_markers { marks::site(n) } else { String::new() };
        }
        self.filler_text(n)
    }

    /// The statements handed to filler site `n`, marked with their sources, as the site prints
    /// them. Drawing a `phrase` never looks at what fillers hold (`plan_fillers` avoids what the
    /// measuring pass drew), so every other word of a pass is the same in each: the site's text
    /// can be spliced into the measuring pass's output instead of rendering again.
    pub fn filler_text(&mut self, n: usize) -> String {
        let chosen = self.fill.get(n).cloned().unwrap_or_default();
        let mut picked: Vec<(usize, Arc<Candidate>)> =
            chosen.into_iter().filter_map(|i| self.candidate(i).map(|c| (i, c))).collect();
        order::arrange(&mut picked, |(_, c)| c.moves());
        let mut out = String::new();
        let bare = picked.is_empty();
        for (i, c) in picked {
            out.push_str(&self.phrase_mark(i, &c.text));
        }
        // Bare is bare of the paragraph's `phrase` too: after `我们要进一步解放思想、转变作风…` the
        // template's `要解放思想、更新观念…` said it again (陕西, review 37).
        if bare
            && let Some(site) = self.sites.get(n).filter(|s| s.min > 0)
            && site.about_text.as_ref().is_none_or(|t| self.paragraphs.get(t).is_none_or(Vec::is_empty))
            && let Some(or) = &site.or
        {
            out.push_str(or);
        }
        out
    }

    /// Hands statements to the recorded sites until they add at least `budget` characters (or the
    /// phrasebank runs out, or every site is full). Sites take turns in a seeded order, so extra
    /// sentences spread over the whole draft. A site about a topic takes statements about that
    /// topic first, then statements about no topic in particular; a site without a topic takes
    /// statements about no topic first, then any (keep its `max` small where a grab-bag of
    /// subjects would read badly).
    /// A site takes up to its `max`; a site whose template did not set `max` may take up to twice
    /// the default when the draft is still short (the seeds' measure paragraphs run to five or six
    /// sentences). A larger budget gives a superset of a smaller one. Returns the characters added.
    pub fn plan_fillers(&mut self, budget: usize, base: &str, base_chars: usize) -> usize {
        // Stock adverbs (进一步, 不断…) stay within `check`'s rate for a text of the length the
        // draft has without fillers (it only grows), so the draft passes its own `check`: the rate
        // alone, without the three uses `check` lets any short text have, so that a thin brief's
        // draft stays short rather than filling up to what `check` would let pass. Only a site
        // that must not stand bare (`min=`) may go up to `check`'s own bound.
        let allowed = PER_THOUSAND * base_chars / 1000;
        let bare_allowed = crate::model::draft::stock_allowed(base_chars);
        let mut stock_words: Vec<usize> = STOCK.iter().map(|w| base.matches(w).count()).collect();
        // Per site: its preferred statements, then the rest.
        let empty = Statements::default();
        let lists: Vec<[List; 2]> = self
            .sites
            .iter()
            .map(|site| {
                let st = self.index.statements.get(&site.section).unwrap_or(&empty);
                match &site.topic {
                    Some(t) => [st.by_topic.get(t).cloned().unwrap_or_default(), st.none.clone()],
                    None => [st.none.clone(), st.topical.clone()],
                }
            })
            .collect();
        // A site about something takes the statements about it, best first (`ranked`), and no other.
        let abouts: Vec<(Section, Option<About>)> =
            self.sites.iter().map(|s| (s.section, s.about.clone())).collect();
        let lists: Vec<[List; 2]> = lists
            .into_iter()
            .zip(abouts)
            .enumerate()
            .map(|(n, (l, (section, about)))| match about {
                None => l,
                Some(about) => {
                    let mut rng = Rng::fork(self.seed, &format!("filler/{n}/about"));
                    [
                        self.ranked((section, Role::Statement), &about, &mut rng, Reach::Offered).into(),
                        List::default(),
                    ]
                }
            })
            .collect();
        let mut walks: Vec<Walk> = lists
            .iter()
            .zip(&self.sites)
            .enumerate()
            .map(|(n, (l, site))| {
                let rng = Rng::fork(self.seed, &format!("filler/{n}"));
                if site.about.is_some() {
                    Walk::ordered(l[0].len())
                } else {
                    Walk::new([l[0].len(), l[1].len()], rng)
                }
            })
            .collect();
        let mut turn: Vec<usize> = (0..self.sites.len()).collect();
        Rng::fork(self.seed, "filler-order").shuffle(&mut turn);
        self.fill = vec![Vec::new(); self.sites.len()];
        // What the fillers handed out so far say (a sentence shorter than a shingle,
        // `开放是兴市之要。`, is caught by its text, or two sites might both take it).
        let mut assigned = Said::default();
        let mut exhausted = vec![false; self.sites.len()];
        let mut added = 0;
        // A pinned site says what the writer chose, and nothing more.
        #[allow(clippy::needless_range_loop)] // `s` indexes sites, fill and exhausted alike
        for s in 0..self.sites.len() {
            let Some(pins) = self.pins.get(&self.sites[s].key).cloned() else { continue };
            exhausted[s] = true;
            for i in pins {
                if let Some(c) = self.candidate(i) {
                    added += give(&mut self.fill[s], i, &c, &mut assigned, &mut stock_words);
                }
            }
        }
        for round in [0, 1] {
            let mut progressed = true;
            while added < budget && progressed {
                progressed = false;
                for &s in &turn {
                    if added >= budget {
                        break;
                    }
                    let site = &self.sites[s];
                    // A site about something never takes more than the default: past that, a
                    // paragraph turns into a string of stock sentences, however relevant each.
                    let cap = match (round, site.max, site.frame) {
                        (_, Some(m), _) => m,
                        (_, None, true) => 1,
                        (0, None, false) => DEFAULT_MAX,
                        (_, None, false) if site.about.is_some() => DEFAULT_MAX,
                        (_, None, false) => DEFAULT_MAX * 2,
                    };
                    if self.fill[s].len() >= cap || exhausted[s] {
                        continue;
                    }
                    let mut looked = 0;
                    while let Some((j, k)) = walks[s].next() {
                        looked += 1;
                        if looked > LOOK {
                            exhausted[s] = true;
                            break;
                        }
                        let i = lists[s][j][k] as usize;
                        if let Some(c) = self.fits_site(i, s, &assigned, &stock_words, allowed) {
                            added += give(&mut self.fill[s], i, &c, &mut assigned, &mut stock_words);
                            progressed = true;
                            break;
                        }
                    }
                }
            }
        }
        // A site that must not stand bare (`min=`) takes what it still lacks from every statement
        // about it, offered by this seed or not, past the budget: a heading with nothing under it
        // is not a paragraph a writer can keep. Statements about its own words first (组织领导
        // under 要强化组织领导), then those about its topic only (作风).
        for s in 0..self.sites.len() {
            let site = &self.sites[s];
            if self.fill[s].len() >= site.min || self.pins.contains_key(&site.key) {
                continue;
            }
            let Some(about) = site.about.clone() else { continue };
            let (key, own) = ((site.section, Role::Statement), site.lines.join("\n"));
            let own = self.about(Subject { text: &own, head: None }, None);
            // Which of the statements about it varies with the place too: a few sentences are about
            // 组织领导, and two offices drafting at the same seed should not both get the first.
            let mut rng = Rng::fork(self.seed, &format!("filler/{s}/about/all/{}", self.slots.locality));
            // Its own words first, then its topic's; for each, the offered share again (past the
            // budget's stricter rate of stock adverbs), then the next shares one at a time until a
            // few fit: in a large archive the first shares have them, and the rest are never
            // weighed. Which of those few a draft takes is the place's draw.
            let mut found: Vec<u32> = Vec::new();
            'about: for about in [&own, &about] {
                for share in 0..self.shares() {
                    let reach = if share == 0 { Reach::Offered } else { Reach::Share(share) };
                    let mut more = self.ranked(key, about, &mut rng, reach);
                    more.truncate(LOOK);
                    more.retain(|&i| {
                        self.fits_site(i as usize, s, &assigned, &stock_words, bare_allowed).is_some()
                    });
                    found.extend(more);
                    if found.len() >= SPREAD {
                        break;
                    }
                }
                if !found.is_empty() {
                    break 'about;
                }
            }
            if found.len() > 1 {
                let k = rng.below(found.len());
                found.rotate_left(k);
            }
            for i in found {
                if self.fill[s].len() >= self.sites[s].min {
                    break;
                }
                let i = i as usize;
                if let Some(c) = self.fits_site(i, s, &assigned, &stock_words, bare_allowed) {
                    added += give(&mut self.fill[s], i, &c, &mut assigned, &mut stock_words);
                }
            }
        }
        added
    }

    /// Statement `i`, when it may go to filler site `s` now: not said already (by a heading, a
    /// brief's line or another site), not withheld by the writer, of the kind the site takes, not
    /// restating the site's own lines, and within the allowance of stock adverbs.
    fn fits_site(
        &mut self,
        i: usize,
        s: usize,
        assigned: &Said,
        stock_words: &[usize],
        allowed: usize,
    ) -> Option<Arc<Candidate>> {
        if self.taken_by_head(i, Some(assigned)) || self.withheld(i) {
            return None;
        }
        let site = &self.sites[s];
        // 同志们 opens a speech or its closing call, never a sentence in the middle.
        if site.section != Section::Closing && self.phrases.get(i).text.starts_with("同志们") {
            return None;
        }
        let frame = site.frame;
        // A 保障 paragraph says each thing once: `…压实工作责任。各相关部门要压实责任…` and
        // `…健全对外开放组织领导机构…。进一步健全完善组织领导体系…` each said it twice.
        if site.section == Section::Safeguards {
            let paragraph = site.about_text.as_ref().and_then(|t| self.paragraphs.get(t));
            let mut before = self.fill[s].iter().chain(paragraph.into_iter().flatten());
            if before.any(|&j| echoes(self.phrases.get(i).keywords, self.phrases.get(j).keywords)) {
                return None;
            }
        }
        // A sentence filed under another measure's topic, and not under this one's, goes there or
        // nowhere: 营商环境 sentences under 三是精准高效抓招商 (招商引资) said again what
        // 四是持续优化营商环境 said next (桐庐县, review 25, every seed). The 保障's items alike: a
        // sentence on 人才 and 思想认识 (`以开放视野寻找人才`) or on 思想认识 alone (`要深入学习贯彻…
        // 重要论述`) stood alone under 用好政策、强化支撑 beside 解放思想、营造氛围 (reviews 30,
        // 34, 35, 36).
        if matches!(site.section, Section::Measures | Section::Safeguards)
            && let Some(own) = site.topic.as_deref()
            && self.filed_elsewhere(i, site.section, own, site.about_text.as_deref())
        {
            return None;
        }
        let c = self.candidate(i)?;
        // A claim (论断) whose subject another measure names, and this one does not, goes there or
        // nowhere: `综合保税区是一个地方对外开放的重要平台…` stood under 如东县's 培育壮大外贸主体, beside
        // a 五是做强洋口港开放平台 whose points name the 综合保税区 (review 37; 喀什地区's 口岸通关
        // beside 落地加工 at 喀什综合保税区, review 38). (A requirement's first word may be whom it
        // addresses: `各县（市、区）、开发区要…`.)
        if self.sites[s].section == Section::Measures
            && c.moves() <= Move::Claim
            && self.subject_elsewhere(i, s)
        {
            return None;
        }
        let site = &self.sites[s];
        let fits = !self.taken(&c)
            && !assigned.has(&c)
            && (!frame || c.moves() <= Move::Claim)
            && site.moves.take(c.moves())
            && !Self::off_the_point(&self.clashes, &site.lines, &c.text)
            && c.stock().iter().zip(stock_words).all(|(&k, &n)| n + k as usize <= allowed.max(n));
        fits.then_some(c)
    }

    /// Whether statement `i`'s subject, its first content word, is a telling word of another filler
    /// site of site `s`'s section, in another paragraph, and not of `s` (`About::tells`).
    fn subject_elsewhere(&self, i: usize, s: usize) -> bool {
        let site = &self.sites[s];
        let Some(own) = &site.about else { return false };
        let Some(subject) = self.phrases.keywords(i).bytes().next() else { return false };
        !own.tells(subject)
            && self.sites.iter().any(|t| {
                t.section == site.section
                    && t.about_text != site.about_text
                    && t.about.as_ref().is_some_and(|a| a.tells(subject))
            })
    }

    /// Whether phrase `i` is filed under the topic of another filler site of `section` than those
    /// of `paragraph` (`Site::about_text`), and not under `own`: it goes there or nowhere.
    ///
    /// A 保障 item is about one thing, its heading's: a sentence filed under other topics only
    /// stands in none of them, whether or not another item takes those. `强化政策组合和集成，以开放视野
    /// 寻找人才…` (人才) shares only 政策 with 用好政策、强化支撑, and stood there in every
    /// implementation speech once the sentence beside it no longer said 人才 too.
    fn filed_elsewhere(&self, i: usize, section: Section, own: &str, paragraph: Option<&str>) -> bool {
        let topics = self.phrases.get(i).topics();
        if section == Section::Safeguards {
            return !topics.is_empty() && !topics.contains(&own);
        }
        !topics.contains(&own)
            && self
                .sites
                .iter()
                .filter(|t| t.section == section && t.about_text.as_deref() != paragraph)
                .filter_map(|t| t.topic.as_deref())
                .any(|t| t != own && topics.contains(&t))
    }

    /// Number of filler sites recorded.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }
}

/// Whether two sentences with content words `a` and `b` say the same thing: they share two words,
/// or one of four characters or more (组织领导, 营商环境: a term, where a shared 责任 or 开放 alone
/// is a word).
fn echoes(a: Words<'_>, b: Words<'_>) -> bool {
    let mut shared = 0;
    for w in a.iter() {
        if b.iter().any(|v| v == w) {
            shared += 1;
            if shared >= 2 || w.chars().count() >= 4 {
                return true;
            }
        }
    }
    false
}

/// Gives statement `i` to a site's `fill`, counting what it says and its stock adverbs; returns
/// its characters.
fn give(
    fill: &mut Vec<usize>,
    i: usize,
    c: &Candidate,
    assigned: &mut Said,
    stock_words: &mut [usize],
) -> usize {
    for (&k, n) in c.stock().iter().zip(stock_words.iter_mut()) {
        *n += k as usize;
    }
    assigned.add(c);
    fill.push(i);
    count_chars(&c.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_and_enumerations_are_recognised() {
        assert!(
            has_mask("全市实际利用外资xx亿美元")
                && has_mask("**同志")
                && has_mask("某某市")
                && has_mask("{{number}}")
        );
        assert!(!has_mask("招商引资是对外开放的重中之重。"));
        assert!(
            has_enumeration("一是要尽快科学合理选址；二是要加大招商力度")
                && has_enumeration("一、提升认识")
                && has_enumeration("六是营商环境有待进一步优化")
        );
        assert!(
            !has_enumeration("开放是五大发展理念之一。") && !has_enumeration("提升认识，牢固树立开放理念")
        );
    }

    #[test]
    fn banned_words_are_found_anywhere_in_a_sentence() {
        let b = Banned::new(&["卫辉".to_string(), "卫滨".to_string(), "三会合一".to_string(), String::new()]);
        assert!(b.is_in("卫辉市实际利用外资增长"));
        assert!(b.is_in("我们把三会合一，精简会议"));
        assert!(b.is_in("在卫滨区"));
        assert!(!b.is_in("卫生、健康等领域的开放"));
        assert!(!Banned::new(&[]).is_in("任何话"));
        // beyond the bit table: a character outside the Basic Multilingual Plane
        assert!(Banned::new(&["𠀀地".to_string()]).is_in("在𠀀地"));
    }

    /// The one-pass checks say what the plain reading of their rules says, on every sentence of
    /// the seeds' phrasebank and on the edge cases.
    #[test]
    fn the_one_pass_checks_follow_their_rules() {
        fn enumeration(t: &str) -> bool {
            let n = "一二三四五六七八九十";
            let s = t.trim_start();
            (s.starts_with(|c| n.contains(c)) && s.trim_start_matches(|c| n.contains(c)).starts_with('、'))
                || [
                    "一是",
                    "二是",
                    "三是",
                    "四是",
                    "五是",
                    "六是",
                    "七是",
                    "八是",
                    "九是",
                    "十是",
                    "一要",
                    "二要",
                    "三要",
                    "四要",
                    "五要",
                    "六要",
                    "七要",
                    "八要",
                    "九要",
                    "十要",
                    "第一，",
                    "第二，",
                    "（一）",
                    "（二）",
                    "1、",
                    "2、",
                    "1.",
                    "（1）",
                ]
                .iter()
                .any(|m| t.contains(m))
        }
        fn mask(t: &str) -> bool {
            t.to_lowercase().contains("xx")
                || t.contains('*')
                || t.contains('＊')
                || t.contains("某某")
                || t.contains("{{")
        }
        let phrases = crate::phrasebank::Phrases::embedded();
        let mut texts: Vec<String> = (0..phrases.len()).map(|i| phrases.get(i).text.to_string()).collect();
        for t in [
            "十一、扩大开放",
            "一二、",
            "  三、要",
            "第一，",
            "第三，",
            "（二）",
            "（三）",
            "（1）",
            "21、",
            "3、",
            "1.5倍",
            "2.",
            "xX",
            "Xx",
            "x x",
            "*",
            "＊",
            "某",
            "某某",
            "{{",
            "{",
            "}}",
            "是一是",
            "六是营商环境",
            "十要",
            "九",
            "",
        ] {
            texts.push(t.to_string());
        }
        for t in &texts {
            assert_eq!(has_enumeration(t), enumeration(t), "{t}");
            assert_eq!(has_mask(t), mask(t), "{t}");
        }
    }

    /// The head stored with each phrase is the first shingle of its text as drafted: passing a
    /// phrase over by its head rejects exactly what reading it would.
    #[test]
    fn a_phrase_head_is_the_first_shingle_of_its_drafted_text() {
        let slots = SlotValues {
            locality: "柳州市".into(),
            level: "市".into(),
            whole: "全市".into(),
            our: "我市".into(),
            body_prefix: "市".into(),
            committee: "市委".into(),
            government: "市政府".into(),
            committee_and_government: "市委、市政府".into(),
            leadership: "市委市政府".into(),
            period_year: Some("2025".into()),
            year: Some("2026".into()),
            ..SlotValues::default()
        };
        let picker = Picker::new(
            Phrases::embedded(),
            slots,
            Vec::new(),
            Admissible::any(crate::model::Level::City),
            1,
        );
        let mut known = 0;
        for i in 0..picker.phrases.len() {
            let Some(head) = picker.phrases.head(i) else { continue };
            let (text, _) = picker.drafted(i);
            assert_eq!(shingles(&text).first(), Some(&head), "{text}");
            known += 1;
        }
        assert!(known * 2 > picker.phrases.len(), "{known} of {}", picker.phrases.len());
    }

    /// A part of a larger zone says 全片区 and 我片区 where its level word, 区, would say 全区 and
    /// 我区 (the district's), in every stock sentence that has them; its bodies stay 区's.
    #[test]
    fn a_zone_part_says_its_own_whole_in_stock_sentences() {
        let slots = SlotValues {
            locality: "长沙片区".into(),
            level: "区".into(),
            whole: "全片区".into(),
            our: "我片区".into(),
            body_prefix: "区".into(),
            committee: "区委".into(),
            government: "区政府".into(),
            committee_and_government: "区委、区政府".into(),
            leadership: "区委区政府".into(),
            ..SlotValues::default()
        };
        let picker = Picker::new(
            Phrases::embedded(),
            slots,
            Vec::new(),
            Admissible::any(crate::model::Level::District),
            1,
        );
        let mut seen = 0;
        for i in 0..picker.phrases.len() {
            let raw = picker.phrases.get(i).text;
            if !raw.contains("全{{level}}") && !raw.contains("我{{level}}") {
                continue;
            }
            let (text, _) = picker.drafted(i);
            assert!(!text.contains("全区") && !text.contains("我区"), "{raw} → {text}");
            assert!(text.contains("全片区") || text.contains("我片区"), "{raw} → {text}");
            seen += 1;
        }
        assert!(seen >= 10, "{seen} stock sentences with 全{{{{level}}}} or 我{{{{level}}}}");
    }

    /// Weighing only the phrases posted under a site's needed words gives the scores weighing
    /// every phrase of the section gives, for every section and role, over texts of all kinds.
    #[test]
    fn weighing_the_posted_phrases_gives_every_score() {
        let mut picker = Picker::new(
            Phrases::embedded(),
            SlotValues::default(),
            Vec::new(),
            Admissible::any(crate::model::Level::City),
            1,
        );
        let n = picker.phrases.len();
        let mut texts: Vec<String> =
            (0..n).step_by(3).map(|i| picker.phrases.get(i).text.to_string()).collect();
        texts.extend(
            [
                "推进外贸转型升级，稳住外贸基本盘",
                "综合保税区扩区",
                "优化营商环境",
                "要强化组织领导",
                "开",
                "",
            ]
            .map(String::from),
        );
        let keys: Vec<(Section, Role)> = picker.index.by_key.keys().copied().collect();
        let mut relevant = 0;
        for text in &texts {
            let about = picker.vocabulary.about(text);
            for &key in &keys {
                let all: Vec<(u32, f32)> = if about.is_empty() {
                    Vec::new()
                } else {
                    picker.index.by_key[&key].iter().filter_map(|&i| picker.weigh(i, &about)).collect()
                };
                relevant += all.len();
                assert_eq!(*picker.scores(key, &about, Reach::All), all, "{key:?} {text}");
                let offered: Vec<(u32, f32)> =
                    all.iter().copied().filter(|&(i, _)| picker.offers(i)).collect();
                assert_eq!(*picker.scores(key, &about, Reach::Offered), offered, "{key:?} {text}");
            }
        }
        assert!(relevant > 1_000, "{relevant}");
    }

    #[test]
    fn shingles_are_the_hashes_of_every_window() {
        use crate::model::shingle::SHINGLE;
        let a = shingles("以习近平同志为核心的党中央高度重视对外开放工作。");
        let b = shingles("党的十八大以来，以习近平同志为核心的党中央高度重视");
        assert_eq!(a.len(), "以习近平同志为核心的党中央高度重视对外开放工作。".chars().count() - SHINGLE + 1);
        // The same twelve characters hash alike wherever they stand; other text does not share.
        assert!(a.iter().any(|h| b.contains(h)));
        assert!(!shingles("开放平台如同机场跑道，有了好跑道才能起降大飞机。").iter().any(|h| a.contains(h)));
        assert!(shingles("短句。").is_empty());
    }

    #[test]
    fn a_walk_visits_every_index_once_per_sweep() {
        for (a, b) in [(1usize, 0usize), (2, 5), (7, 7), (12, 1), (100, 30), (0, 3)] {
            let mut w = Walk::new([a, b], Rng::new(a as u64));
            let mut seen: Vec<(usize, usize)> = std::iter::from_fn(|| w.next()).collect();
            assert_eq!(seen.len(), a + b);
            assert!(seen[..a].iter().all(|&(j, _)| j == 0));
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), a + b);
        }
    }
}

//! Turning one sentence into a phrase text: masks and figures become slots, the speech's own level
//! becomes `{{level}}`, and jieba's part-of-speech tags find the names (places, people,
//! organisations, projects) that make a phrase specific to its source.
//!
//! Slots are found before segmentation and stand in the text as private-use characters, which
//! jieba leaves as tokens of their own; they are rendered as `{{kind}}`, `{{kind2}}` … at the end.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use jieba_rs::Jieba;

use crate::literals::Words;

/// The slot kinds of the vocabulary the drafting engine fills (see the phrasebank README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Locality,
    Year,
    Number,
    Percent,
    Month,
    Date,
    Place,
    Name,
    Org,
}

impl Slot {
    const ALL: [Slot; 9] = [
        Slot::Locality,
        Slot::Year,
        Slot::Number,
        Slot::Percent,
        Slot::Month,
        Slot::Date,
        Slot::Place,
        Slot::Name,
        Slot::Org,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Slot::Locality => "locality",
            Slot::Year => "year",
            Slot::Number => "number",
            Slot::Percent => "percent",
            Slot::Month => "month",
            Slot::Date => "date",
            Slot::Place => "place",
            Slot::Name => "name",
            Slot::Org => "org",
        }
    }

    fn mark(self) -> char {
        char::from_u32(0xE000 + Slot::ALL.iter().position(|s| *s == self).expect("listed") as u32)
            .expect("private use")
    }

    fn from_mark(c: char) -> Option<Slot> {
        let i = (c as u32).checked_sub(0xE000)? as usize;
        Slot::ALL.get(i).copied()
    }
}

/// Part-of-speech tags jieba gives proper names: places, people, organisations, other proper nouns.
/// (`nz`, "other proper noun", is left out: jieba's dictionary gives it to many common terms such
/// as 改革开放; specific ones are listed in `dict.txt` with their tag.)
const NAME_TAGS: &[&str] = &["ns", "nr", "nrt", "nrfg", "nt"];

/// Units that follow a figure: a mask followed by one of these stands for a number.
const NUMBER_UNITS: &str = "亿万千百个家多强名项批次条户元倍位座场届期台套吨列人所趟周";

/// What the miner knows besides the text: jieba with the domain dictionary, the names that make a
/// phrase specific, the words jieba mistakes for names, and the topic keywords.
pub struct Lexicon {
    pub jieba: Jieba,
    pub names: FxHashSet<String>,
    /// Names matched as text (they span several jieba words): from `curation.yaml`'s `names`.
    pub phrases: Vec<String>,
    /// The same, as one pattern (a single pass over a sentence, whatever their number).
    phrase_re: Option<Words>,
    pub not_names: FxHashSet<String>,
    /// Keyword → index into `keywords`.
    pub keyword_ids: FxHashMap<String, u32>,
    pub keywords: Vec<String>,
    /// `names`, `not_names` and `keyword_ids` in one table: every Han token of every sentence is
    /// looked up, and one lookup is a third of the hashing of three.
    known: FxHashMap<String, Known>,
}

/// What the lexicon says of one word (see `Lexicon::known`).
#[derive(Debug, Clone, Copy, Default)]
struct Known {
    keyword: Option<u32>,
    /// `Some(false)` for a word in `not_names`, else `Some(true)` for one in `names`; `None` when
    /// its part-of-speech tag decides.
    name: Option<bool>,
    /// A word of `generic-words.yaml` (加强, 工作, 开放…): never a content word of a phrase.
    plain: bool,
}

/// A sentence after analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed {
    pub text: String,
    pub slots: Vec<String>,
    /// Specific names found (empty for a generic phrase).
    pub names: Vec<String>,
    /// Ids of the topic keywords among its words, with repetition.
    pub keywords: Vec<u32>,
    /// Its content words, each once, in order (`content_word`): `Phrase::keywords`.
    pub words: Vec<String>,
    /// The sentence without the parallel clauses that name a place, person or project, when what
    /// is left still reads as a sentence (see `variant`).
    pub variant: Option<Box<Analysed>>,
    /// Clauses of a long sentence that stand on their own (see `clause_phrases`).
    pub parts: Vec<Analysed>,
}

/// Adverbs of the register that jieba's dictionary tags as nouns or adjectives (着力/n, 全面/n,
/// 大力/n, 主动/b, 扎实/a): a clause opening with one opens a predicate (`着力培育一批龙头出口企业`).
const ADVERBIAL: &[&str] =
    &["着力", "全面", "大力", "主动", "扎实", "持续", "有效", "更好", "精准", "高质量", "高水平", "高起点"];

impl Clause<'_> {
    /// Opens a predicate: a verb, an adverb, or one of `ADVERBIAL`.
    fn verbal(&self) -> bool {
        ["v", "d", "ad", "vn"].contains(&self.first_tag) || self.adverbial
    }
}

#[derive(Debug, Default)]
struct Clause<'t> {
    start: usize,
    first_tag: &'t str,
    has_name: bool,
    has_data: bool,
    /// Carries a past local action, a date or a planned event (`generic::clause_flagged`).
    flagged: bool,
    /// Opens with an adverb jieba tags as a noun or adjective (`ADVERBIAL`).
    adverbial: bool,
    /// Holds a word jieba tags as a verb.
    has_verb: bool,
    /// Its topic keywords: a range of the sentence's `Analysed::keywords`, which hold the
    /// clauses' keywords in order.
    keywords: Range<usize>,
}

/// A generic variant of a specific sentence: the clauses that carry what makes it specific are
/// dropped, when what is left still reads as the same sentence. A clause with a name goes only
/// from a run of parallel clauses (排比, each starting with a verb, adverb, preposition or
/// adjective: `加强与石家庄的互动合作`, `以大连…为龙头`); a clause with a figure goes
/// (`外贸依存度仅为{{percent}}`). The first clause always stays, and so do at least two clauses and
/// at least half of them.
fn variant(a: &Analysed, clauses: &[Clause<'_>]) -> Option<Box<Analysed>> {
    let specific = |c: &Clause| c.has_name || c.has_data || c.flagged;
    if !clauses.iter().any(specific) || clauses.len() < 3 {
        return None;
    }
    let end = |i: usize| clauses.get(i + 1).map_or(a.text.len(), |c| c.start);
    // A leading date (`{{year}}年，`, `{{month}}月份，`) is a frame, not the subject: it may go.
    let first = &a.text[..end(0)];
    let date_frame = ["{{year}}年，", "{{month}}月份，", "{{month}}月，", "{{date}}，", "{{number}}年来，"].contains(&first)
        || (first.starts_with('从') && first.ends_with("起，") && clauses[0].has_data && !clauses[0].has_name)
        // `对下半年即将开工的{{number}}亿元以上项目，要明确专人…`: the object frame goes, the
        // duty stays.
        || (clauses[0].first_tag == "p"
            && clauses[0].has_data
            && !clauses[0].has_name
            && ["要", "必须", "务必"].iter().any(|w| a.text[end(0)..].starts_with(w)));
    let mut clauses = if date_frame { &clauses[1..] } else { clauses };
    // `由市商务局、{{place}}县牵头，开展智能家电专题招商活动。`: who organises it is the source's;
    // what is done is not.
    let clause_text =
        |cs: &[Clause], i: usize| &a.text[cs[i].start..cs.get(i + 1).map_or(a.text.len(), |c| c.start)];
    // The frame may run over several clauses (`由市商务局、牧野区，凤泉区，高新区牵头，`).
    let frame_len = if a.text[clauses.first().map_or(0, |c| c.start)..].starts_with('由') {
        (0..clauses.len().min(4)).find(|&i| clause_text(clauses, i).ends_with("牵头，")).map_or(1, |i| i + 1)
    } else {
        0
    };
    let organiser = frame_len > 0 && clauses.len() > frame_len && clauses[..frame_len].iter().any(specific);
    if organiser {
        clauses = &clauses[frame_len..];
    }
    // A specific first clause may go too when it is one more item of the run (`积极融入河南自贸区
    // 建设，完善…，畅通…`) or a frame (`按照国家赋予的辽宁自贸试验区定位要求，` `以…园区为抓手，`)
    // and what follows is a run of predicates that does not lean on it (a means does not go).
    let verbal = Clause::verbal;
    if !organiser
        && clauses.len() >= 3
        && specific(&clauses[0])
        && (verbal(&clauses[0]) || clauses[0].first_tag == "p")
        // `通过月讲评强力推进…，进一步增强开放意识…`: what follows a means is its result.
        && !a.text[clauses[0].start..].starts_with("通过")
        && !clauses[0].has_data
        && clauses[1..].iter().filter(|c| !specific(c)).count() >= 2
        && !specific(&clauses[1])
        && verbal(&clauses[1])
    {
        clauses = &clauses[1..];
    }
    if clauses.is_empty() || (clauses.len() < 2 && !organiser) || specific(&clauses[0]) {
        return None;
    }
    let end = |i: usize| clauses.get(i + 1).map_or(a.text.len(), |c| c.start);
    let body = |i: usize| &a.text[clauses[i].start..end(i)];
    let parallel = |c: &Clause| ["v", "d", "p", "a", "ad", "vn"].contains(&c.first_tag) || c.adverbial;
    let trailing = |k: usize| clauses[k..].iter().all(specific);
    for (k, c) in clauses.iter().enumerate() {
        let droppable = if c.has_name {
            // One item of a run (排比). After a clause that opens with its subject, a pronoun, and
            // has no verb (`我代表{{level}}委、{{level}}政府，向…表示祝贺！`), it is that clause's
            // predicate.
            let subject = |i: usize| clauses[i].first_tag == "r" && !clauses[i].has_verb;
            parallel(c) && !k.checked_sub(1).is_some_and(subject)
        } else {
            !c.has_data || parallel(c) || c.first_tag == "t" || trailing(k)
        };
        if !droppable {
            return None;
        }
        // A kept clause that leans on the dropped one (`使规划更加科学合理`) would dangle.
        if specific(c)
            && let Some(next) = clauses.get(k + 1).filter(|n| !specific(n))
            && ["使", "让", "从而", "以便", "进而", "这", "此", "确保"]
                .iter()
                .any(|w| body(k + 1).starts_with(w))
        {
            let _ = next;
            return None;
        }
    }
    // A short frame (`刚才，` `对某某来讲，`) needs the clause that follows it.
    if !organiser
        && clauses.len() > 1
        && specific(&clauses[1])
        && body(0).chars().filter(|c| super::clean::is_han(*c)).count() < 8
    {
        return None;
    }
    let mut kept: Vec<usize> = (0..clauses.len()).filter(|&i| !specific(&clauses[i])).collect();
    let enough = if organiser { kept.len() == clauses.len() } else { kept.len() >= 2 };
    if !enough || kept.len() * 2 < clauses.len() {
        return None;
    }
    // A last clause of a word or two right after a dropped one belonged to it (`与郑欧班列实现产品
    // 互补，错位发展`): it goes with it.
    let short = |i: usize| body(i).chars().filter(|c| super::clean::is_han(*c)).count() <= 4;
    if let [.., before, last] = kept[..]
        && last > 0
        && specific(&clauses[last - 1])
        && short(last)
        && before + 1 < last
        && kept.len() > 2
    {
        kept.pop();
    }
    // Nor may a purpose frame (`为…，`) lose the clause that completes it.
    let last_kept = *kept.last().expect("one at least");
    if last_kept + 1 < clauses.len() && body(last_kept).starts_with('为') {
        return None;
    }
    // Nor may the sentence now end on a frame (`签约项目中，`).
    let last = body(last_kept).trim_end_matches(['，', '。', '；', '！', '？']);
    if last.ends_with(['中', '里', '时', '后', '上']) {
        return None;
    }
    let mut text = String::new();
    let mut keywords = Vec::new();
    for &i in &kept {
        text.push_str(&a.text[clauses[i].start..end(i)]);
        keywords.extend_from_slice(&a.keywords[clauses[i].keywords.clone()]);
    }
    let terminator = a.text.chars().last().filter(|c| matches!(c, '。' | '；' | '！' | '？'))?;
    let text = format!("{}{terminator}", text.trim_end_matches(['，', '。', '；', '！', '？']));
    let slots: Vec<String> =
        a.slots.iter().filter(|s| text.contains(&format!("{{{{{s}}}}}"))).cloned().collect();
    if slots.iter().any(|s| s != "locality" && s != "level") {
        return None;
    }
    let words = words_in(&a.words, &text);
    Some(Box::new(Analysed {
        text,
        slots,
        names: Vec::new(),
        keywords,
        words,
        variant: None,
        parts: Vec::new(),
    }))
}

/// Words that open a clause leaning on the clause before it: a result or purpose (`实现以大带小`,
/// `确保项目早开工`, `为改革提供…`), the second half of a pair (`又要主动服务`), a condition, a
/// connective. Such a clause is not a sentence on its own.
const DEPENDENT_STARTS: &[&str] = &[
    // 越是…，越要…: each half needs the other (`越是外部环境复杂。` was a clause phrase, mn27).
    "越",
    "实现",
    "达到",
    "形成",
    "使",
    "让",
    "确保",
    "从而",
    "进而",
    "以便",
    "为",
    "以",
    "既",
    "又",
    "也",
    "还",
    "并",
    "而",
    "但",
    "才",
    "就",
    "则",
    "即",
    "甚至",
    "尤其",
    "特别",
    "同时",
    "更",
    "都",
    "却",
    "只有",
    "只",
    "不仅",
    "如",
    "若",
    "一旦",
    "可以",
    "能",
    "已",
    "力争",
    "努力实现",
    "不能",
    "决不",
    "避免",
    "靠",
    "通过",
    "按照",
    "围绕",
    "依托",
    "在",
    "对",
    "把",
    "将",
    "与",
    "向",
    "由",
    "从",
    "用",
    "做到",
    "真正",
    "全面提升",
    "助推",
    "倒逼",
    "推动形成",
    "是",
    "有着",
    "宣示",
    "要求",
    "叮嘱",
    "勉励",
    "强调",
    "指出",
    "提出",
    "负责",
    "请",
    "随后",
    "立足",
    "结合",
    "打造成",
    "辐射带动",
];

/// Words that make a clause the consequence half of a pair (`当开放取得突破时，改革创新的动力就增强`,
/// `只有…，才能…`).
const CONSEQUENCE: &[&str] = &["就", "才", "则", "只有"];

/// Words that make a sentence an instruction (要、必须 …): its later clauses are instructions too
/// and read as such on their own. The later clauses of a description (`这些重要论述，很系统…，
/// 有着深刻的政治内涵`) need its subject.
const MODALS: &[&str] = &["要", "必须", "需要", "应", "务必", "希望", "让我们"];

/// Words that point at what was said before (这、此、其 …) or close a list begun before (等等):
/// a clause with one needs its neighbours.
const POINTING: &[&str] = &["这", "此", "其", "该", "上述", "之所以", "等等"];

/// The word lists above as searchers: every verbal clause of every long sentence is checked
/// against them (see `literals::Words`).
static DEPENDENT_START: LazyLock<Words> = LazyLock::new(|| Words::new(DEPENDENT_STARTS));
static CONSEQUENCE_WORD: LazyLock<Words> = LazyLock::new(|| Words::new(CONSEQUENCE));
static MODAL: LazyLock<Words> = LazyLock::new(|| Words::new(MODALS));
static POINTING_WORD: LazyLock<Words> = LazyLock::new(|| Words::new(POINTING));

/// Clauses of a long sentence (three clauses or more) that say something whole on their own: a
/// predicate opening with a verb or an adverb (`着力培育一批龙头出口企业和优势出口产业集群`,
/// `加强国际产能合作`), of at least seven characters, that neither leans on the clause before
/// (`DEPENDENT_STARTS`, 这/此/其) nor carries a name, a figure or a dated word. They are what a
/// writer picks from a 排比 of the seeds to build one of their own. Clauses of a sentence that is
/// itself one run of short items (`比环境、争客商、抢项目`) are left whole.
fn clause_phrases(a: &Analysed, clauses: &[Clause<'_>]) -> Vec<Analysed> {
    if clauses.len() < 3 {
        return Vec::new();
    }
    let terminator = match a.text.chars().last() {
        Some('！') => '！',
        Some('。' | '；' | '？') => '。',
        _ => return Vec::new(),
    };
    let first_end = clauses[1].start;
    let verbal = Clause::verbal;
    if !verbal(&clauses[0]) && !MODAL.is_match(&a.text[..first_end]) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (k, c) in clauses.iter().enumerate() {
        // What the clause's tokens already tell comes first: most clauses stop there, before any
        // look at their text.
        if c.has_name || c.has_data || c.flagged || !verbal(c) {
            continue;
        }
        let end = clauses.get(k + 1).map_or(a.text.len(), |n| n.start);
        let body = a.text[c.start..end].trim_end_matches(['，', '。', '；', '！', '？']);
        let han = body.chars().filter(|c| super::clean::is_han(*c)).count();
        let bare = body.strip_prefix('要').unwrap_or(body);
        let bare_han = bare.chars().filter(|c| super::clean::is_han(*c)).count();
        if han < 8
            || bare_han < 7
            || body.ends_with(['中', '时', '后', '上', '下', '里', '的'])
            || CONSEQUENCE_WORD.is_match(bare)
            || DEPENDENT_START.starts(bare)
            || POINTING_WORD.is_match(body)
            || body.contains("{{")
        {
            continue;
        }
        let text = format!("{body}{terminator}");
        out.push(Analysed {
            words: words_in(&a.words, &text),
            text,
            slots: Vec::new(),
            names: Vec::new(),
            keywords: a.keywords[c.keywords.clone()].to_vec(),
            variant: None,
            parts: Vec::new(),
        });
    }
    out
}

/// The words of `words` still in `text` (a variant or a clause keeps some of its sentence's).
fn words_in(words: &[String], text: &str) -> Vec<String> {
    words.iter().filter(|w| text.contains(w.as_str())).cloned().collect()
}

/// Part-of-speech tags of content words: nouns, verbs, adjectives, abbreviations (外贸/j), idioms
/// and fixed expressions (l, i). Not pronouns, numerals, measure words, adverbs, prepositions,
/// conjunctions or particles.
fn content_tag(tag: &str) -> bool {
    matches!(tag.as_bytes().first(), Some(b'n' | b'v' | b'a' | b'j' | b'l' | b'i'))
        && !NAME_TAGS.contains(&tag)
        && !matches!(tag, "nz" | "ad")
}

impl Analysed {
    /// Any slot the drafting engine cannot fill from the brief's locality, level and year (the
    /// year reported on: `下面我对{{year}}年全{{level}}对外开放工作完成情况做一简要通报`; a
    /// second year, `{{year2}}`, is a figure of the source).
    pub fn has_data_slots(&self) -> bool {
        self.slots.iter().any(|s| !matches!(s.as_str(), "locality" | "level" | "year"))
    }

    pub fn has_figure(&self) -> bool {
        self.slots.iter().any(|s| {
            let base = s.trim_end_matches(|c: char| c.is_ascii_digit());
            matches!(base, "number" | "percent")
        })
    }
}

impl Lexicon {
    pub fn new(
        jieba: Jieba,
        names: FxHashSet<String>,
        phrases: Vec<String>,
        not_names: FxHashSet<String>,
        keywords: Vec<String>,
        plain: &[String],
    ) -> Lexicon {
        let listed: Vec<&str> = phrases.iter().map(String::as_str).filter(|p| !p.is_empty()).collect();
        let phrase_re = (!listed.is_empty()).then(|| Words::new(&listed));
        let keyword_ids: FxHashMap<String, u32> =
            keywords.iter().enumerate().map(|(i, k)| (k.clone(), i as u32)).collect();
        let mut known: FxHashMap<String, Known> = FxHashMap::default();
        for (k, &id) in &keyword_ids {
            known.entry(k.clone()).or_default().keyword = Some(id);
        }
        for n in &names {
            known.entry(n.clone()).or_default().name = Some(true);
        }
        for n in &not_names {
            known.entry(n.clone()).or_default().name = Some(false);
        }
        for w in plain {
            known.entry(w.clone()).or_default().plain = true;
        }
        Lexicon { jieba, names, phrases, phrase_re, not_names, keyword_ids, keywords, known }
    }

    /// Analyses one sentence of a speech whose level is `level`. A sentence that opens leaning on
    /// the one before (`对此，` `尤其要` `政治强，就是要`) gets the sentence without that opening as
    /// its variant, when that reads on its own (see `generic::strip_leaning`).
    pub fn analyse(&self, sentence: &str, level: Option<char>) -> Analysed {
        let a = self.analyse_one(sentence, level);
        let r = super::generic::strip_leaning(sentence).map(|rest| self.analyse_one(&rest, level));
        with_stripped(a, r)
    }

    /// Analyses sentences of a batch, each with its speech's level, as `analyse` does one at a
    /// time. Every sentence is segmented first, then each is analysed: jieba's dictionary and
    /// the analysis's tables each stay in the cache for the whole batch, where taking turns
    /// sentence by sentence evicted one with the other (a third of jieba's time).
    pub fn analyse_batch(&self, sentences: &[(&str, Option<char>)]) -> Vec<Analysed> {
        let rests: Vec<Option<String>> =
            sentences.iter().map(|(s, _)| super::generic::strip_leaning(s)).collect();
        let marked: Vec<(Cow<'_, str>, Option<Cow<'_, str>>)> = sentences
            .iter()
            .zip(&rests)
            .map(|((s, _), rest)| (mark_slots(s), rest.as_deref().map(mark_slots)))
            .collect();
        let tagged: Vec<_> = marked
            .iter()
            .map(|(m, rest)| (self.jieba.tag(m, true), rest.as_ref().map(|r| self.jieba.tag(r, true))))
            .collect();
        marked
            .iter()
            .zip(tagged)
            .zip(sentences)
            .map(|(((m, rest), (tags, rest_tags)), &(_, level))| {
                let a = self.analyse_tagged(m, &tags, level);
                let r = rest.as_ref().zip(rest_tags).map(|(r, t)| self.analyse_tagged(r, &t, level));
                with_stripped(a, r)
            })
            .collect()
    }

    fn analyse_one(&self, sentence: &str, level: Option<char>) -> Analysed {
        let marked = mark_slots(sentence);
        let tags = self.jieba.tag(&marked, true);
        self.analyse_tagged(&marked, &tags, level)
    }

    /// Analyses a sentence with its slots marked (`mark_slots`), segmented and tagged by jieba.
    fn analyse_tagged(&self, marked: &str, tags: &[jieba_rs::Tag<'_>], level: Option<char>) -> Analysed {
        // A report's attribution (`陈求发指出，` `唐一军在讲话中强调，`) is not part of what was said.
        let skip = self.attribution(tags);
        let tags = &tags[skip..];
        let mut out = String::with_capacity(marked.len() + 32);
        let mut names = Vec::new();
        let mut keywords = Vec::new();
        let mut words: Vec<String> = Vec::new();
        // Content words found only as list items: the sentence's words if it has no others.
        let mut listed_words: Vec<String> = Vec::new();
        let mut counts = [0usize; Slot::ALL.len()];
        let mut slots: Vec<String> = Vec::new();
        let mut add_slot = |out: &mut String, name: String| {
            out.push_str("{{");
            out.push_str(&name);
            out.push_str("}}");
            if !slots.contains(&name) {
                slots.push(name);
            }
        };
        // Clauses (split at top-level ，): start offset in `out`, first word's tag, whether it
        // holds a name, its keywords.
        let mut clauses: Vec<Clause> = vec![Clause::default()];
        let mut depth = 0i32;
        for (i, t) in tags.iter().enumerate() {
            let word = t.word;
            // Punctuation and slot marks are tokens of one character: told apart by that
            // character, not by comparing the word with each.
            let mut chars = word.chars();
            let first = chars.next();
            let single = first.filter(|_| chars.as_str().is_empty());
            match single {
                Some('“' | '（' | '《') => depth += 1,
                Some('”' | '）' | '》') => depth -= 1,
                _ => {}
            }
            let clause = clauses.last_mut().expect("one at least");
            let han = first.is_some_and(super::clean::is_han);
            if clause.first_tag.is_empty() && han {
                clause.first_tag = t.tag;
            }
            clause.has_verb |= t.tag.starts_with('v');
            let known =
                if han { self.known.get(word).copied().unwrap_or_default() } else { Known::default() };
            let is_name = han && known.name.unwrap_or_else(|| tagged_name(word, t.tag));
            if is_name {
                clause.has_name = true;
            }
            let keyword = known.keyword;
            if let Some(slot) = single.and_then(Slot::from_mark) {
                let name = match slot {
                    Slot::Locality => "locality".to_string(),
                    _ => {
                        let n = &mut counts[slot.mark() as usize - 0xE000];
                        *n += 1;
                        if *n == 1 { slot.name().to_string() } else { format!("{}{}", slot.name(), n) }
                    }
                };
                if slot != Slot::Locality {
                    clauses.last_mut().expect("one at least").has_data = true;
                }
                add_slot(&mut out, name);
                continue;
            }
            // An item of a list (`整合土地、金融、人才等方面的政策`) is not what the sentence is about:
            // neither a topic keyword nor a content word (`text::listed_item`).
            // (A token is a slice of `marked`: where it stands is where its bytes are.)
            let listed = (word.as_ptr() as usize)
                .checked_sub(marked.as_ptr() as usize)
                .and_then(|at| Some((marked.get(..at)?, marked.get(at + word.len()..)?)))
                .is_some_and(|(before, after)| crate::text::listed_item(before, after));
            if let Some(id) = keyword.filter(|_| !listed) {
                keywords.push(id);
                clauses.last_mut().expect("one at least").keywords.end = keywords.len();
            }
            if is_name && !names.iter().any(|n| n == word) {
                names.push(word.to_string());
            }
            if han
                && !is_name
                && !known.plain
                // A topic keyword or a domain word is content whatever jieba's own dictionary
                // tags it (口岸/ns, 外贸/j…).
                && (content_tag(t.tag) || known.keyword.is_some() || known.name == Some(false))
                && word.chars().nth(1).is_some()
                && !words.iter().any(|w| w == word)
            {
                if !listed {
                    words.push(word.to_string());
                } else if !listed_words.iter().any(|w| w == word) {
                    listed_words.push(word.to_string());
                }
            }
            match level {
                // (A look at each character: `str::contains` of a character outside ASCII builds
                // a substring searcher, on every token.)
                Some(level) if word.chars().any(|c| c == level) => {
                    let next = tags.get(i + 1).map(|t| t.word);
                    let prev = i.checked_sub(1).map(|j| tags[j].word);
                    for piece in substitute_level(word, level, prev, next) {
                        match piece {
                            Piece::Text(s) => out.push_str(s),
                            Piece::Level => add_slot(&mut out, "level".to_string()),
                        }
                    }
                }
                _ => out.push_str(word),
            }
            if single == Some('，') && depth == 0 {
                let at = keywords.len();
                clauses.push(Clause { start: out.len(), keywords: at..at, ..Clause::default() });
            }
        }
        if words.is_empty() {
            words = listed_words;
        }
        let mut a = Analysed { text: out, slots, names, keywords, words, variant: None, parts: Vec::new() };
        let found = self.phrase_names(&a.text);
        if !found.is_empty() {
            let starts: Vec<usize> = clauses.iter().map(|c| c.start).collect();
            for (k, clause) in clauses.iter_mut().enumerate() {
                let end = starts.get(k + 1).copied().unwrap_or(a.text.len());
                let piece = &a.text[clause.start..end];
                if found.iter().any(|n| piece.contains(n.as_str())) {
                    clause.has_name = true;
                }
            }
            for n in found {
                if !a.names.contains(&n) {
                    a.names.push(n);
                }
            }
        }
        // A clause flagged is flagged inside its sentence too, so one look at the sentence spares
        // the clauses of most sentences theirs.
        let any_flagged = super::generic::clause_flagged(&a.text);
        let starts: Vec<usize> = clauses.iter().map(|c| c.start).collect();
        for (k, clause) in clauses.iter_mut().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(a.text.len());
            let text = &a.text[clause.start..end];
            clause.flagged = any_flagged && super::generic::clause_flagged(text);
            clause.adverbial = ADVERBIAL.iter().any(|w| text.starts_with(w));
        }
        a.variant = variant(&a, &clauses).filter(|v| self.phrase_names(&v.text).is_empty());
        a.parts = clause_phrases(&a, &clauses);
        a
    }

    /// The number of leading tokens that attribute the sentence to a named speaker:
    /// name, optional 在讲话中, a verb of saying, and the comma.
    fn attribution(&self, tags: &[jieba_rs::Tag<'_>]) -> usize {
        let Some(first) = tags.first() else { return 0 };
        if !(first.tag.starts_with("nr") || self.names.contains(first.word))
            || self.not_names.contains(first.word)
        {
            return 0;
        }
        let mut i = 1;
        if tags.get(i).is_some_and(|t| t.word == "在讲话中") {
            i += 1;
        }
        let said = tags.get(i).is_some_and(|t| ["指出", "强调", "要求", "表示", "说"].contains(&t.word));
        let comma = tags.get(i + 1).is_some_and(|t| t.word == "，");
        let rest: usize = tags[(i + 2).min(tags.len())..].iter().map(|t| t.word.chars().count()).sum();
        if said && comma && rest >= 10 { i + 2 } else { 0 }
    }

    /// Names of several words (local programmes such as `四链融合`, or `{{locality}}片区`),
    /// found in the phrase text rather than among jieba's tokens.
    fn phrase_names(&self, text: &str) -> Vec<String> {
        let Some(re) = &self.phrase_re else { return Vec::new() };
        let mut out: Vec<String> = Vec::new();
        for m in re.find_iter(text) {
            if !out.iter().any(|n| n == m) {
                out.push(m.to_string());
            }
        }
        out
    }
}

/// A sentence's analysis with that of the sentence without its leaning opening (`analyse`), if
/// it has one: the stripped sentence is its variant when it is stock text.
fn with_stripped(mut a: Analysed, stripped: Option<Analysed>) -> Analysed {
    if let Some(mut r) = stripped {
        let stripped = if r.names.is_empty() && !r.has_data_slots() {
            r.variant = None;
            r.parts = Vec::new();
            Some(Box::new(r))
        } else {
            r.variant
        };
        // The sentence's own variant stays unless the stripped one is stock text.
        if let Some(v) = stripped.filter(|v| super::generic::not_stock(&v.text).is_none()) {
            a.variant = Some(v);
        }
    }
    a
}

/// Whether a word neither `names` nor `not_names` lists is a name, by its tag.
fn tagged_name(word: &str, tag: &str) -> bool {
    if NAME_TAGS.contains(&tag) {
        return word.chars().all(super::clean::is_han);
    }
    // jieba tags some place names as plain nouns (`卫辉市/n`): a word of three or more
    // characters ending in 市/县/区/省 that is not 全市/我市 … is one.
    let n = word.chars().count();
    n >= 3
        && word.ends_with(['市', '县', '区', '省', '州'])
        && !word.starts_with(['全', '我', '各', '本', '该'])
}

enum Piece<'a> {
    Text(&'a str),
    Level,
}

/// The level character in `word` replaced where it means the speech's own level: 全市, 我市,
/// 市委, 市政府, 市里, 市直, 市委市政府, and a bare 市 before an office (`市商务局`).
fn substitute_level<'a>(
    word: &'a str,
    level: char,
    prev: Option<&str>,
    next: Option<&str>,
) -> Vec<Piece<'a>> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut pieces = Vec::new();
    let mut from = 0;
    for (k, &(at, c)) in chars.iter().enumerate() {
        if c != level {
            continue;
        }
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = &word[at + c.len_utf8()..];
        let own = match before {
            Some('全' | '我' | '本') => true,
            // 兴省之要, 开放强省: the level it is said of.
            Some('兴' | '强') => after.is_empty() || after.starts_with('之'),
            // `党中央和省市县委`: one in a list of levels, not the speech's own.
            None if prev
                .and_then(|p| p.chars().last())
                .is_some_and(|c| matches!(c, '省' | '市' | '县' | '区')) =>
            {
                false
            }
            Some('委' | '府' | '副') | None => {
                ["委", "政府", "里", "直", "长", "领导"].iter().any(|s| after.starts_with(s))
                    || (after.is_empty() && chars.len() == 1 && bare_level(prev, next))
            }
            _ => false,
        };
        if own {
            pieces.push(Piece::Text(&word[from..at]));
            pieces.push(Piece::Level);
            from = at + c.len_utf8();
        }
    }
    pieces.push(Piece::Text(&word[from..]));
    pieces
}

/// A bare 市/县 token stands for the speech's level before an office or body (`市商务局`,
/// `市对外开放工作领导小组`), not inside `县（市、区）`.
fn bare_level(prev: Option<&str>, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    let first = next.chars().next();
    if !first.is_some_and(super::clean::is_han) {
        return false;
    }
    let prev_ok = prev.is_none_or(|p| {
        p.chars().last().is_some_and(|c| !super::clean::is_han(c))
            || ["由", "和", "与", "及", "对", "在", "是", "将"].contains(&p)
    });
    prev_ok
        && [
            "商务局",
            "发改委",
            "工信委",
            "科技局",
            "卫计委",
            "对外开放",
            "领导小组",
            "四大班子",
            "外资金",
            "财政",
            "政府",
            "委",
            "直",
            "里",
            "定",
        ]
        .iter()
        .any(|o| next.starts_with(o))
}

/// Replaces masks (`**`, `xx`, `某某` …) and figures with slot marks.
pub fn mark_slots(s: &str) -> Cow<'_, str> {
    // Most sentences have no mask and no figure: nothing to do, nothing to allocate. (The bytes
    // are looked at sixteen at a time, without a branch per byte; a search for one character is
    // a fast byte scan; one for `某某` builds a substring searcher first, which costs more than
    // the scan, so it waits for a 某.)
    let maybe_mask = |b: &u8| matches!(b, b'*' | b'x' | b'X' | b'0'..=b'9');
    let masked = s.as_bytes().chunks(16).any(|chunk| chunk.iter().fold(false, |any, b| any | maybe_mask(b)))
        || (s.contains('某') && s.contains("某某"))
        || s.contains(['＊', '×', '○', 'ｘ', 'Ｘ']);
    if !masked {
        return Cow::Borrowed(s);
    }
    let (offsets, chars): (Vec<usize>, Vec<char>) = s.char_indices().unzip();
    let at = |i: usize| offsets.get(i).copied().unwrap_or(s.len());
    let mut indexed: Option<Vec<(usize, char)>> = None;
    let mut out = String::with_capacity(s.len());
    // The text between masks is copied a run at a time: `s[copied..]` is not in `out` yet.
    let mut copied = 0;
    let mut mark = |out: &mut String, from: usize, slot: Slot, to: usize| {
        out.push_str(&s[copied..at(from)]);
        out.push(slot.mark());
        copied = at(to);
    };
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j]);
        // `*`, `**`, `***`, `*.*%`
        if c == '*' || c == '＊' {
            let mut j = i;
            while j < chars.len() && matches!(chars[j], '*' | '＊' | '.') {
                j += 1;
            }
            while j > i + 1 && chars[j - 1] == '.' {
                j -= 1;
            }
            let run = j - i;
            let (slot, consumed) = classify_mask(&chars, i, j, run >= 3, prev);
            let slot = named(slot, s, at(i), at(j));
            mark(&mut out, i, slot, consumed);
            i = consumed;
            continue;
        }
        // `xx`, `x月`, `举办活动x次`, `×县`, `○○同志`: whether a run of letters is a mask is
        // `mask`'s rule, the one `fill` and `check` use.
        if crate::mask::is_mask_letter(c) && !prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            // Indexed characters for the shared rule, made once, and only for a sentence with such
            // a run.
            let indexed =
                indexed.get_or_insert_with(|| offsets.iter().copied().zip(chars.iter().copied()).collect());
            // (x's end where `mask` says: `x.x` is one mask.)
            let j = if c == '×' || c == '○' {
                let mut j = i;
                while j < chars.len() && chars[j] == c {
                    j += 1;
                }
                j
            } else {
                crate::mask::x_run_end(indexed, i)
            };
            if crate::mask::letter_run_is_mask(indexed, i, j) {
                let (slot, consumed) = classify_mask(&chars, i, j, false, prev);
                let slot = named(slot, s, at(i), at(j));
                mark(&mut out, i, slot, consumed);
                i = consumed;
                continue;
            }
            i = j;
            continue;
        }
        if c == '某' && chars.get(i + 1) == Some(&'某') {
            let rest: String = chars[i + 2..].iter().take(2).collect();
            // One of a list (`某某市、某某市连续两年负增长`) is another place, not the speaker's own:
            // as {{locality}} twice it would read 柳州市市、柳州市市 (a helper's archive, review 26).
            let after = &s[at(i + 2)..];
            let after_unit = crate::mask::place_suffix(after).map_or(after, |unit| &after[unit.len()..]);
            let listed = prev == Some('、') || after_unit.starts_with('、');
            let slot = if ["同志", "书记", "市长", "县长", "省长", "局长", "主任"].contains(&rest.as_str())
            {
                Slot::Name
            } else if crate::mask::kind_at(s, at(i), at(i + 2)) == crate::mask::MaskKind::Org {
                // (Only an organisation: the shared rule reads a bare 某某 as a person, where
                // mining's own reading here has the seeds' 某某 for their place.)
                Slot::Org
            } else if listed {
                Slot::Place
            } else {
                Slot::Locality
            };
            mark(&mut out, i, slot, i + 2);
            i += 2;
            continue;
        }
        if c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (chars[j] == '.' && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                j += 1;
            }
            let next = chars.get(j).copied();
            // A name in quotation marks made of digits (`“5+2”`, the hotline `“12345”`) is no
            // figure (a helper's archive, review 26).
            if prev == Some('“') {
                let close = chars[i..].iter().position(|&d| !(d.is_ascii_digit() || "+-.×·".contains(d)));
                if close.is_some_and(|k| chars[i + k] == '”') {
                    i += close.unwrap_or(0);
                    continue;
                }
            }
            // Digits written before a mask belong to it, as `mask` reads them: `20xx年` is one year
            // (it became `20{{year}}年`, filled `202025年`).
            if next.is_some_and(|n| matches!(n, 'x' | 'X')) {
                let indexed = indexed
                    .get_or_insert_with(|| offsets.iter().copied().zip(chars.iter().copied()).collect());
                let end = crate::mask::x_run_end(indexed, j);
                if crate::mask::letter_run_is_mask(indexed, j, end) {
                    let (slot, consumed) = classify_mask(&chars, i, end, false, prev);
                    mark(&mut out, i, slot, consumed);
                    i = consumed;
                    continue;
                }
            }
            if next.is_some_and(|n| n.is_ascii_alphabetic())
                || (next == Some('强') && chars[i..j].iter().collect::<String>() == "500")
            {
                // `5G`, `3D`, `世界500强`: part of a name, not a figure.
                i = j;
                continue;
            }
            let (slot, consumed) = classify_mask(&chars, i, j, false, prev);
            mark(&mut out, i, slot, consumed);
            i = consumed;
            continue;
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    Cow::Owned(out)
}

/// A mask read as the speech's own place, `s[start..end]`, is a person or an organisation where
/// the shared reading of its context says so (`mask::kind_at`): `xxx省长`, `××电子等龙头企业`.
fn named(slot: Slot, s: &str, start: usize, end: usize) -> Slot {
    use crate::mask::MaskKind;
    match (slot, crate::mask::kind_at(s, start, end)) {
        (Slot::Locality, MaskKind::Name) => Slot::Name,
        (Slot::Locality, MaskKind::Org) => Slot::Org,
        _ => slot,
    }
}

/// The slot a mask or figure `chars[start..end]` stands for, from what follows and precedes it;
/// returns the slot and the index after what it consumed (`%` is part of a percent slot, `月xx日`
/// of a date, `年`/`月` stay in the text).
fn classify_mask(chars: &[char], start: usize, end: usize, long: bool, prev: Option<char>) -> (Slot, usize) {
    let next = chars.get(end).copied();
    let is_digits = chars[start].is_ascii_digit();
    let after: String = chars[end..].iter().take(3).collect();
    match next {
        Some('%' | '％') => return (Slot::Percent, end + 1),
        Some('年') if !is_digits || end - start == 4 => return (Slot::Year, end),
        Some('月') => {
            // `xx月xx日` / `3月31日`: a date.
            let mut k = end + 1;
            let day_start = k;
            while k < chars.len()
                && (chars[k].is_ascii_digit() || chars[k] == 'x' || chars[k] == 'X' || chars[k] == '*')
            {
                k += 1;
            }
            if k > day_start && chars.get(k) == Some(&'日') {
                return (Slot::Date, k + 1);
            }
            if after.starts_with("月份") || !is_digits || chars[start..end].len() <= 2 {
                return (Slot::Month, end);
            }
            return (Slot::Number, end);
        }
        _ => {}
    }
    // The first year of a span (`（20xx—20xx年）`, `2021—2025年`): a year, as its second is.
    let year_like = |from: usize| {
        chars.get(from..from + 4).is_some_and(|y| {
            matches!(y[..2], ['2', '0'] | ['1', '9'])
                && y[2..].iter().all(|c| c.is_ascii_digit() || matches!(c, 'x' | 'X'))
        })
    };
    if end - start == 4
        && year_like(start)
        && matches!(next, Some('—' | '–' | '-' | '至' | '~' | '～'))
        && year_like(end + 1)
        && chars.get(end + 5) == Some(&'年')
    {
        return (Slot::Year, end);
    }
    if is_digits {
        return (Slot::Number, end);
    }
    if let Some(n) = next
        && (NUMBER_UNITS.contains(n)
            || n.is_ascii_alphanumeric()
            || n == '—'
            || n == '-'
            || n == '+'
            || n == '.')
    {
        return (Slot::Number, end);
    }
    if prev == Some('+') {
        return (Slot::Number, end);
    }
    if after.starts_with("同志") || long {
        return (Slot::Name, end);
    }
    let listed =
        prev == Some('、') || (next == Some('、') && matches!(chars.get(end + 1), Some('*' | 'x' | 'X')));
    if listed || after.starts_with("省份") || after.starts_with("国家") {
        return (Slot::Place, end);
    }
    if matches!(next, Some('县' | '区' | '乡' | '镇')) {
        return (Slot::Place, end);
    }
    (Slot::Locality, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(
            Jieba::new(),
            ["卫辉".to_string()].into_iter().collect(),
            vec!["四链融合".to_string(), "{{locality}}片区".to_string()],
            ["自贸区".to_string()].into_iter().collect(),
            Vec::new(),
            &["加强".to_string(), "开放".to_string()],
        )
    }

    #[test]
    fn a_batch_is_analysed_as_each_sentence_alone() {
        // Every sentence of the seeds, with masks, figures and leaning openings among them, at
        // each speech's level and at none.
        let lex = lexicon();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
        let mut sentences = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            sentences.extend(text.lines().flat_map(|l| l.split_inclusive('。')).map(str::to_string));
        }
        sentences.push("尤其要积极争取政策性资金，不断深化投融资体制改革，着力破解资金瓶颈；".to_string());
        sentences.push("对××来讲，xxx省长在○○考察时强调，要引进XXL规格的X光设备。".to_string());
        assert!(sentences.len() > 400, "{}", sentences.len());
        for level in [None, Some('市')] {
            let batch: Vec<(&str, Option<char>)> = sentences.iter().map(|s| (s.as_str(), level)).collect();
            let one_by_one: Vec<Analysed> = sentences.iter().map(|s| lex.analyse(s, level)).collect();
            assert_eq!(lex.analyse_batch(&batch), one_by_one);
        }
        assert!(lex.analyse_batch(&[]).is_empty());
    }

    #[test]
    fn masks_and_figures_become_numbered_slots() {
        let lex = lexicon();
        let a =
            lex.analyse("全市实际利用外资xx亿美元，完成目标的xx%，增长xx%，增速位居全省第一位。", Some('市'));
        assert_eq!(
            a.text,
            "全{{level}}实际利用外资{{number}}亿美元，完成目标的{{percent}}，增长{{percent2}}，增速位居全省第一位。"
        );
        assert_eq!(a.slots, ["level", "number", "percent", "percent2"]);
        let a = lex.analyse("3月31日，会议召开；2021年达到5972.8亿元，外贸依存度仅为*.*%。", None);
        assert_eq!(a.text, "{{date}}，会议召开；{{year}}年达到{{number}}亿元，外贸依存度仅为{{percent}}。");
        let a = lex.analyse("xx年，xx月份起，刚才，**同志对有关工作进行了安排。", None);
        assert_eq!(a.text, "{{year}}年，{{month}}月份起，刚才，{{name}}同志对有关工作进行了安排。");
        let a = lex.analyse("**作为老工业基地，向东提升与**、**等沿海港口城市的连通水平。", None);
        assert_eq!(
            a.text,
            "{{locality}}作为老工业基地，向东提升与{{place}}、{{place2}}等沿海港口城市的连通水平。"
        );
        let a = lex.analyse("以***同志为核心的党中央，引进世界500强企业，某某发挥优势。", None);
        assert_eq!(a.text, "以{{name}}同志为核心的党中央，引进世界500强企业，{{locality}}发挥优势。");
    }

    #[test]
    fn masks_as_writers_write_them_are_read_by_the_shared_rule() {
        let lex = lexicon();
        let a = lex.analyse("今年x月份举办活动x次，提高x个百分点，出口增长x%。", None);
        assert_eq!(
            a.text,
            "今年{{month}}月份举办活动{{number}}次，提高{{number2}}个百分点，出口增长{{percent}}。"
        );
        // 20xx年 is one year, x.x one figure; a quoted name of digits is no figure; a listed
        // 某某市 is another place (a helper's archive, review 26).
        let a = lex.analyse("20xx年实际利用外资x.x亿美元，发扬“5+2”精神，拨打“12345”热线。", None);
        assert_eq!(a.text, "{{year}}年实际利用外资{{number}}亿美元，发扬“5+2”精神，拨打“12345”热线。");
        let a = lex.analyse("某某市、某某市连续两年负增长，某某要加快发展。", None);
        assert_eq!(a.text, "{{place}}市、{{place2}}市连续两年负增长，{{locality}}要加快发展。");
        let a = lex.analyse("对××来讲，xxx省长在○○考察时强调，要引进XXL规格的X光设备。", None);
        assert_eq!(
            a.text,
            "对{{locality}}来讲，{{name}}省长在{{locality}}考察时强调，要引进XXL规格的X光设备。"
        );
        // A company, a facility, an event by name is no place: as {{locality}} a draft said
        // 远安县电子等龙头企业 (a helper's archive, mn27); a count of years is a number.
        let a =
            lex.analyse("要依托××电子、某某集团等龙头企业，办好国际○○博览会，迎接开发区成立xx周年。", None);
        assert_eq!(
            a.text,
            "要依托{{org}}电子、{{org2}}集团等龙头企业，办好国际{{org3}}博览会，迎接开发区成立{{number}}周年。"
        );
        assert!(a.has_data_slots());
        // A span of years is two years (mn27: `（{{number}}—{{year}}年）`).
        let a = lex.analyse("实施开放提升行动（20xx—20xx年），2021—2025年累计引进项目xx个。", None);
        assert_eq!(
            a.text,
            "实施开放提升行动（{{year}}—{{year2}}年），{{year3}}—{{year4}}年累计引进项目{{number}}个。"
        );
    }

    #[test]
    fn level_is_substituted_only_for_the_speech_level() {
        let lex = lexicon();
        let a = lex.analyse(
            "全市上下要贯彻落实全省会议精神，市委市政府将进一步完善机制，市商务局要牵头。",
            Some('市'),
        );
        assert_eq!(
            a.text,
            "全{{level}}上下要贯彻落实全省会议精神，{{level}}委{{level}}政府将进一步完善机制，{{level}}商务局要牵头。"
        );
        let a = lex.analyse("我们认真贯彻落实党中央和省市县委决策部署。", Some('县'));
        assert_eq!(a.text, "我们认真贯彻落实党中央和省市县委决策部署。");
        let a = lex.analyse("开放是兴省之要，努力建设开放强省。", Some('省'));
        assert_eq!(a.text, "开放是兴{{level}}之要，努力建设开放强{{level}}。");
        let a = lex.analyse("各县（市、区）要健全机构，城市发展和市场体系都很重要。", Some('市'));
        assert_eq!(a.text, "各县（市、区）要健全机构，城市发展和市场体系都很重要。");
    }

    #[test]
    fn specific_clauses_are_dropped_from_a_generic_variant() {
        let lex = lexicon();
        let a =
            lex.analyse("要加强与国家部门的沟通对接，加强与石家庄的互动合作，倾力推动自贸区建设工作。", None);
        assert_eq!(a.variant.unwrap().text, "要加强与国家部门的沟通对接，倾力推动自贸区建设工作。");
        let a = lex.analyse(
            "当前，我市出口不畅的问题比较突出，外贸依存度仅为*.*%，远低于全省**.*%的平均水平。",
            Some('市'),
        );
        assert_eq!(a.variant.unwrap().text, "当前，我{{level}}出口不畅的问题比较突出。");
        // A figure clause the next clause leans on stays, so no variant.
        let a = lex.analyse("商务部门要结合**实际，重点思考3个问题，一是“开”什么，二是“放”什么。", None);
        assert!(a.variant.is_none(), "{:?}", a.variant);
        // Who organised it goes; what was done stays.
        let a = lex.analyse("xx月份，由市商务局、xx县牵头，开展智能家电招商活动。", Some('市'));
        assert_eq!(a.variant.unwrap().text, "开展智能家电招商活动。");
        // A leading date goes with the figures.
        let a = lex.analyse(
            "xx年，全市认真贯彻落实决策部署，强力实施开放带动主战略，全市开放招商工作取得了良好的成绩。",
            Some('市'),
        );
        assert_eq!(
            a.variant.unwrap().text,
            "全{{level}}认真贯彻落实决策部署，强力实施开放带动主战略，全{{level}}开放招商工作取得了良好的成绩。"
        );
        // A last word or two that belonged to the dropped clause goes with it.
        let a = lex.analyse("加强与国家部门的交流合作，吸引大型物流集成商入驻，扩大进出口规模，与石家庄实现产品互补，错位发展。", None);
        assert_eq!(
            a.variant.unwrap().text,
            "加强与国家部门的交流合作，吸引大型物流集成商入驻，扩大进出口规模。"
        );
        // The first clause carries the name: no variant.
        assert!(lex.analyse("卫辉市实际利用外资增长较快，增幅第一，位居前列。", None).variant.is_none());
        // A clause with a name (jieba tags 祝贺 nr) that is the predicate of a subject before it
        // stays: without it, `首先，我代表{{level}}委、{{level}}政府！` (a helper's archive, mn26).
        let a = lex
            .analyse("首先，我代表区委、区政府，向受到表彰的先进集体和先进个人表示热烈的祝贺！", Some('区'));
        assert!(a.variant.is_none(), "{:?}", a.variant);
        // After a subject with its verb, a name clause is the content seen, and may go.
        let a = lex.analyse("同时，我们也要看到，与卫辉相比，全市对外开放工作还有不小差距。", Some('市'));
        assert_eq!(a.variant.unwrap().text, "同时，我们也要看到，全{{level}}对外开放工作还有不小差距。");
    }

    #[test]
    fn a_specific_first_clause_goes_when_a_run_of_predicates_follows() {
        let lex = lexicon();
        let a = lex.analyse(
            "积极融入河南自贸区建设，完善“大通关”协调机制，畅通对外贸易“绿色通道”，不断提高对外贸易水平。",
            None,
        );
        assert_eq!(
            a.variant.unwrap().text,
            "完善“大通关”协调机制，畅通对外贸易“绿色通道”，不断提高对外贸易水平。"
        );
        // A clause with a dated word or the locality inside a name goes like a named one.
        let a = lex.analyse(
            "在肯定成绩的同时，我们也清醒地看到，受经济发展新常态影响，我市开放招商工作也面临严峻形势。",
            Some('市'),
        );
        assert_eq!(
            a.variant.unwrap().text,
            "在肯定成绩的同时，我们也清醒地看到，我{{level}}开放招商工作也面临严峻形势。"
        );
        // A subject is not dropped, whatever follows it.
        assert!(lex.analyse("卫辉市作为老工业基地，要加快转型，着力引进项目。", None).variant.is_none());
    }

    #[test]
    fn a_leaning_opening_goes_when_a_sentence_is_left() {
        let lex = lexicon();
        let a = lex.analyse("尤其要积极争取政策性资金，不断深化投融资体制改革，着力破解资金瓶颈；", None);
        assert_eq!(
            a.variant.unwrap().text,
            "要积极争取政策性资金，不断深化投融资体制改革，着力破解资金瓶颈；"
        );
        let a = lex.analyse("业务精，就是要坚持专业人干专业事，不能抓而不精。", None);
        assert_eq!(a.variant.unwrap().text, "要坚持专业人干专业事，不能抓而不精。");
    }

    #[test]
    fn clauses_that_stand_on_their_own_are_clause_phrases() {
        let lex = lexicon();
        let parts =
            |s: &str| -> Vec<String> { lex.analyse(s, None).parts.into_iter().map(|p| p.text).collect() };
        assert_eq!(
            parts(
                "要加大政策引导和扶持力度，着力培育一批龙头出口企业和优势出口产业集群，加强国际产能合作，实现以大带小、以点带面。"
            ),
            [
                "要加大政策引导和扶持力度。",
                "着力培育一批龙头出口企业和优势出口产业集群。",
                "加强国际产能合作。"
            ]
        );
        // The second half of a pair, a consequence, a purpose: none stands alone.
        assert_eq!(
            parts(
                "在服务企业方面要坚持原则，既不以权谋私、权力寻租，又要主动服务、靠前服务，进一步激发和保护企业家投资的热情和信心。"
            ),
            ["进一步激发和保护企业家投资的热情和信心。"]
        );
        assert!(
            parts("从实践看，扩大开放与改革创新相辅相成，当开放取得突破时，改革创新的动力就增强；")
                .is_empty()
        );
        // 越是…，越要…: neither half stands alone (mn27).
        assert!(
            parts("越是外部环境复杂，越要坚定不移扩大开放，把开放型经济作为县域经济发展的主引擎来抓。")
                .is_empty()
        );
        // A description's later clauses need its subject.
        assert!(parts("这些重要论述，很系统、很全面、也很具体，有着深刻的政治内涵和深远的战略考量，宣示着坚定信心和决心。").is_empty());
        // Clauses with a name or a figure are not offered; a sentence of two clauses is left whole.
        assert_eq!(
            parts(
                "要加快推进跨境电商等通道建设，加强与石家庄的互动合作，引进**家龙头企业，不断提高对外贸易水平。"
            ),
            ["要加快推进跨境电商等通道建设。", "不断提高对外贸易水平。"]
        );
        assert!(parts("加强国际产能合作，推进对外贸易转型升级。").is_empty());
    }

    #[test]
    fn names_make_a_phrase_specific() {
        let lex = lexicon();
        assert_eq!(lex.analyse("卫辉市实际利用外资增长较快。", None).names, ["卫辉市"]);
        assert!(
            lex.analyse("陈求发指出，辽宁是我国最早开放的沿海省份之一。", None)
                .names
                .contains(&"辽宁".to_string())
        );
        assert!(lex.analyse("开放是五大发展理念之一。", None).names.is_empty());
        assert_eq!(lex.analyse("加快打通“四个通道”、推进“四链融合”。", None).names, ["四链融合"]);
        assert!(
            lex.analyse("自贸区**片区要发挥示范引领作用。", None)
                .names
                .contains(&"{{locality}}片区".to_string())
        );
    }
}

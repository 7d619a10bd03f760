//! The phrasebank as the drafting and browsing stages see it: the embedded default, overlaid by a
//! writer's own folder (`--phrasebank DIR`).
//!
//! Layout of a phrasebank folder (the same for `phrasebank/` in this repository and for a writer's):
//! - `<section>.yaml` — one file per `Section` (`opening.yaml` … `closing.yaml`), a list of `Phrase`s;
//! - `topics.yaml` — the topic lexicon: a list of `{name, keywords, parts}`;
//! - `dict.txt` — jieba user dictionary of domain terms (mining only);
//! - `curation.yaml` — exclusions and overrides the miner applies (mining only);
//! - `wording.yaml` — 规范提法: what `check` reports and drafting does not say (`wording`);
//! - `levels.yaml`, `provinces.yaml` — wording bound to an administrative level, and what each
//!   province calls the units below it (drafting only).
//!
//! A writer's folder adds phrases; a phrase whose `id` is already present replaces it.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assets::{self, Asset};
use crate::error::Result;
use crate::model::groups::Groups;
use crate::model::{Phrase, Role, Section};
use crate::yaml;

pub mod index;
pub mod wording;

/// One topic of the lexicon, with the words that signal it in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub name: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// Topics that are part of this one (跨境电商 is foreign trade): when a part's heading is on
    /// this topic and one of its points names one of these, stock on that one may stand under the
    /// part too (drafting only; `plan::picker`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
    /// How a measure on this topic is headed when its writer gave only the topic and the
    /// phrasebank has no heading on it (提高利用外资质量和水平, not a bare 三是利用外资。): drafting
    /// only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
}

impl Topic {
    /// Whether `text` names this topic: one of its words is in it (强化调度考核 names 组织领导与作风
    /// by 考核).
    pub fn named_in(&self, text: &str) -> bool {
        self.keywords.iter().any(|k| text.contains(k.as_str()))
    }
}

/// Something a stock sentence may take for granted of the place it is said in
/// (`presuppositions.yaml`): a sentence with one of `words` presupposes `name`, and goes only into
/// a draft whose brief says one of `brief` — not inside one of `except`, longer words in which a
/// brief word means something else (`外资` in `县外资金`, capital from outside the county).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Presupposition {
    pub name: String,
    pub words: Vec<String>,
    pub brief: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except: Vec<String>,
}

impl Presupposition {
    /// Whether the brief word `word`, found at byte `at` of `text`, is inside one of `except`.
    pub fn excepted(&self, text: &str, word: &str, at: usize) -> bool {
        crate::text::inside_any(text, word, at, &self.except)
    }
}

/// What texts presuppose (`presuppositions.yaml`), every word of the list found in one pass over
/// a text: mining asks it of every phrase, and a search per word was a twentieth of its time.
pub struct Presupposed<'l> {
    list: &'l [Presupposition],
    finder: crate::literals::Words,
    /// For each word of the finder, the presupposition it is a word of.
    owner: Vec<usize>,
}

impl<'l> Presupposed<'l> {
    pub fn new(list: &'l [Presupposition]) -> Presupposed<'l> {
        let (words, owner): (Vec<&str>, Vec<usize>) =
            list.iter().enumerate().flat_map(|(k, p)| p.words.iter().map(move |w| (w.as_str(), k))).unzip();
        Presupposed { list, finder: crate::literals::Words::new(&words), owner }
    }

    /// The names of what `text` presupposes, in list order.
    pub fn of(&self, text: &str) -> Vec<String> {
        let mut found = vec![false; self.list.len()];
        self.finder.each_overlapping(text, |w| found[self.owner[w]] = true);
        self.list.iter().zip(found).filter(|(_, f)| *f).map(|(p, _)| p.name.clone()).collect()
    }
}

/// Wording bound to an administrative level (`levels.yaml`): what `text` becomes in a speech of
/// each level; a level with no rewrite cannot say it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelWording {
    pub text: String,
    #[serde(default, rename = "省")]
    pub province: Option<String>,
    #[serde(default, rename = "市")]
    pub city: Option<String>,
    #[serde(default, rename = "县")]
    pub county: Option<String>,
    #[serde(default, rename = "区")]
    pub district: Option<String>,
    /// A unit whose name ends in 州, 盟 or 旗 speaks at the level of a 市 or a 县 but has units
    /// below of its own (各县（市）, 各旗县市, 各苏木乡镇): at that level its column, where the row
    /// has one, wins. A 地区 (阿克苏地区) has 县 and 县级市 below it, as a 州 has: the 州 column.
    #[serde(default, rename = "州", skip_serializing_if = "Option::is_none")]
    pub prefecture: Option<String>,
    #[serde(default, rename = "盟", skip_serializing_if = "Option::is_none")]
    pub league: Option<String>,
    #[serde(default, rename = "旗", skip_serializing_if = "Option::is_none")]
    pub banner: Option<String>,
    /// A 县级市 (永康市 at 县级) speaks at a 县's level but names its own bodies with 市: 市委市政府,
    /// 市直, 市商务局, 开放兴市 — not 县委县政府. At 县级 a name ending in 市 takes this column.
    #[serde(default, rename = "县级市", skip_serializing_if = "Option::is_none")]
    pub county_city: Option<String>,
    /// A province-level unit that is not a 省 names its own bodies its own way: a 直辖市 speaks
    /// of 市委市政府, 市直 and 市商务局, an autonomous region of 自治区党委、政府, 区直 and
    /// 自治区商务厅. At 省级 their column, where the row has one, wins.
    #[serde(default, rename = "直辖市", skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    #[serde(default, rename = "自治区", skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// A place that is itself a development zone (宜宾临港经济技术开发区) is not one of the units
    /// below it: `各县（市）区、开发区要组建驻地招商小分队` drops its `、开发区` there. At any level
    /// this column, where the row has one, wins.
    #[serde(default, rename = "开发区", skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
}

/// The speech's place as level wording needs it: its level, the unit its name ends in
/// (`Brief::level_word`) and what its province calls the units below it (`Provinces`).
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    pub level: crate::model::Level,
    pub word: &'static str,
    pub province_units: Option<String>,
    /// The brief's own name for the units below a 县 or a 区, when it has one (各镇（街道）, 各镇街):
    /// said where the level's column says 各乡镇 or 各街道, which such a place is not all of; and
    /// for a 市's (各区（市）), where the column says 各县（市、区）.
    pub below: Option<String>,
    /// The place is itself a development zone (`templates/common.yaml` `zones`).
    pub zone: bool,
}

impl Unit {
    /// A unit of `level` that says `level`'s own word and has no province's wording.
    pub fn of(level: crate::model::Level) -> Unit {
        Unit { level, word: level.char(), province_units: None, below: None, zone: false }
    }
}

/// The level columns' names for all the units below a place of `level`, which its brief may name
/// otherwise (`Unit::below`): 各乡镇 and 各街道 below a 县 or a 区, 各县（市、区） below a 市.
fn units_below_a(level: crate::model::Level) -> &'static [&'static str] {
    use crate::model::Level::{City, County, District, Province};
    match level {
        County | District => &["各乡镇", "各街道"],
        City => &["各县（市、区）"],
        Province => &[],
    }
}

impl LevelWording {
    /// The wording at `level`, `None` when that level cannot say it.
    pub fn at(&self, level: crate::model::Level) -> Option<&str> {
        use crate::model::Level;
        match level {
            Level::Province => self.province.as_deref(),
            Level::City => self.city.as_deref(),
            Level::County => self.county.as_deref(),
            Level::District => self.district.as_deref(),
        }
    }
}

/// What the province-level column of `levels.yaml` calls the units below a province (各市（州）):
/// the name a province whose own name is not in `provinces.yaml` keeps.
pub const UNITS_BELOW_A_PROVINCE: &str = "市（州）";

impl LevelWording {
    /// The wording in a speech of `unit`: its own unit word's column (州, 盟, 旗) where the row has
    /// one, else its level's; in a province that calls the units below it otherwise
    /// (`Provinces::units_below`), 各市（州） is 各州（市） in 云南, 各设区市 in 江苏.
    pub fn at_in(&self, unit: &Unit) -> Option<Cow<'_, str>> {
        // Only at the level such a unit is (州 and 盟 a 市's, 旗 a 县's): a writer who puts 阿荣旗 at
        // 市级 gets the 市 wording, and the wizard's level menu still tells the levels apart.
        use crate::model::Level::{City, County, Province};
        let own = match (unit.word, unit.level) {
            _ if unit.zone && self.zone.is_some() => self.zone.as_deref(),
            ("州" | "地区", City) => self.prefecture.as_deref(),
            ("盟", City) => self.league.as_deref(),
            ("旗", County) => self.banner.as_deref(),
            ("市", County) => self.county_city.as_deref(),
            // At 省级 a name ending in 市 is a 直辖市's, one ending in 区 an autonomous region's.
            ("市", Province) => self.municipality.as_deref(),
            ("区", Province) => self.region.as_deref(),
            _ => None,
        };
        let text = own.or_else(|| self.at(unit.level))?;
        if let Some(below) = unit.below.as_deref()
            && let Some(default) = units_below_a(unit.level).iter().find(|d| text.contains(*d))
        {
            return Some(Cow::Owned(text.replace(default, below)));
        }
        match &unit.province_units {
            Some(b)
                if unit.level == crate::model::Level::Province && text.contains(UNITS_BELOW_A_PROVINCE) =>
            {
                Some(Cow::Owned(text.replace(UNITS_BELOW_A_PROVINCE, b)))
            }
            _ => Some(Cow::Borrowed(text)),
        }
    }
}

/// What each province-level unit calls the units directly below it (`provinces.yaml`): 云南 →
/// 州（市）, 内蒙古 → 盟市, 江苏 → 设区市. Keyed by the start of the province's name.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Provinces(std::collections::BTreeMap<String, String>);

impl Provinces {
    /// The units below `locality`, a province's name (云南省, 广西壮族自治区): the entry whose key
    /// is the longest start of the name; `None` for a place the file does not list.
    pub fn units_below(&self, locality: &str) -> Option<&str> {
        let locality = locality.trim();
        self.0
            .iter()
            .filter(|(k, _)| !k.is_empty() && locality.starts_with(k.as_str()))
            .max_by_key(|(k, _)| k.len())
            .map(|(_, v)| v.as_str())
    }
}

/// The small lists drafting reads besides the phrases.
#[derive(Debug, Clone, Default)]
pub struct DraftingLists {
    pub presuppositions: Vec<Presupposition>,
    pub levels: Vec<LevelWording>,
    pub provinces: Provinces,
    /// The topic lexicon (`topics.yaml`): which topics a site's text is on.
    pub topics: Vec<Topic>,
    /// 规范提法 (`wording.yaml`): what a draft does not say.
    pub wording: Vec<wording::Entry>,
}

/// The presupposition, level, province, topic and wording lists of the embedded phrasebank overlaid by `dir`:
/// what drafting reads besides the phrases. Small files, parsed per draft.
pub fn drafting_lists(dir: Option<&Path>) -> Result<DraftingLists> {
    Ok(DraftingLists {
        presuppositions: read_list(dir, "presuppositions.yaml")?,
        levels: levels(dir)?,
        provinces: read_list(dir, PROVINCES)?,
        topics: read_list(dir, "topics.yaml")?,
        wording: read_list(dir, wording::FILE)?,
    })
}

/// The level wordings alone (`levels.yaml`): the advice beside a draft needs no other list, and
/// reading them all again cost a draft almost a millisecond.
pub fn levels(dir: Option<&Path>) -> Result<Vec<LevelWording>> {
    read_list(dir, "levels.yaml")
}

/// The topic lexicon alone (`topics.yaml`), for the advice beside a draft, as `levels`.
pub fn topics(dir: Option<&Path>) -> Result<Vec<Topic>> {
    read_list(dir, "topics.yaml")
}

/// One list of the embedded phrasebank overlaid by `dir`. Only these files are read: the folder
/// may hold a mined phrasebank of any size.
fn read_list<T: serde::de::DeserializeOwned + Default>(dir: Option<&Path>, name: &str) -> Result<T> {
    let Some(f) = assets::overlay_file(assets::PHRASEBANK, dir, name)? else { return Ok(T::default()) };
    if f.text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Ok(T::default());
    }
    // The embedded files come as JSON too (`build.rs`): many times faster to read.
    if f.origin.is_none()
        && let Some((_, json)) = assets::PHRASEBANK_JSON.iter().find(|(n, _)| *n == name)
        && let Ok(value) = serde_json::from_str(json)
    {
        return Ok(value);
    }
    let label = f.origin.as_ref().map_or_else(|| format!("<内置>/{name}"), |p| p.display().to_string());
    yaml::from_str(&f.text, &label)
}

/// The file of `Provinces`.
pub const PROVINCES: &str = "provinces.yaml";

#[derive(Debug, Clone, Default)]
pub struct Phrasebank {
    pub phrases: Vec<Phrase>,
    pub topics: Vec<Topic>,
}

impl Phrasebank {
    /// The embedded phrasebank, overlaid by `dir` when given. Without `dir` the phrases come from
    /// the table `build.rs` compiled (no YAML parsing); only the topic lexicon is parsed.
    pub fn load(dir: Option<&Path>) -> Result<Phrasebank> {
        let files = assets::overlay(assets::PHRASEBANK, dir)?;
        if dir.is_none() {
            let topics_only: Vec<Asset> = files.into_iter().filter(|f| f.name == "topics.yaml").collect();
            let mut bank = Phrasebank::from_assets(&topics_only)?;
            bank.phrases = assets::COMPILED_PHRASES.iter().map(StaticPhrase::to_phrase).collect();
            return Ok(bank);
        }
        Phrasebank::from_assets(&files)
    }

    /// Parses the section files and the topic lexicon among `files`; other files are ignored.
    pub fn from_assets(files: &[Asset]) -> Result<Phrasebank> {
        let mut bank = Phrasebank::default();
        let mut index: HashMap<String, usize> = HashMap::new();
        for section in Section::ALL {
            let name = format!("{}.yaml", section.name());
            // Embedded first, then overlay (assets::overlay keeps one entry per name, so an overlay
            // file replaces the embedded file of the same name entirely).
            for file in files.iter().filter(|f| f.name == name) {
                let label = file
                    .origin
                    .as_ref()
                    .map_or_else(|| format!("<内置>/{name}"), |p| p.display().to_string());
                let phrases: Vec<Phrase> = yaml::from_str(&file.text, &label)?;
                for p in phrases {
                    match index.get(&p.id) {
                        Some(&i) => bank.phrases[i] = p,
                        None => {
                            index.insert(p.id.clone(), bank.phrases.len());
                            bank.phrases.push(p);
                        }
                    }
                }
            }
        }
        if let Some(file) = files.iter().find(|f| f.name == "topics.yaml") {
            let label = file
                .origin
                .as_ref()
                .map_or_else(|| "<内置>/topics.yaml".to_string(), |p| p.display().to_string());
            bank.topics = yaml::from_str(&file.text, &label)?;
            // A part that names no topic would be ignored without a word: a misspelt name.
            for t in &bank.topics {
                if let Some(p) = t.parts.iter().find(|p| !bank.topics.iter().any(|o| &o.name == *p)) {
                    let names: Vec<&str> = bank.topics.iter().map(|o| o.name.as_str()).collect();
                    return Err(crate::error::Error::input(
                        label,
                        yaml::position_of_value(&file.text, p),
                        format!("主题“{}”的 parts 里的“{p}”不是主题词表里的主题", t.name),
                    )
                    .with_hint(format!("parts 只能写本文件中的主题名：{}", names.join("、"))));
                }
            }
        }
        Ok(bank)
    }

    /// Phrases of a section and role, optionally about a topic.
    pub fn select<'a>(
        &'a self,
        section: Section,
        role: Role,
        topic: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Phrase> + 'a {
        self.phrases.iter().filter(move |p| {
            p.section == section && p.role == role && topic.is_none_or(|t| p.topics.iter().any(|x| x == t))
        })
    }
}

/// A phrase of the embedded phrasebank, compiled into the binary by `build.rs`
/// (`assets::COMPILED_PHRASES`): no YAML is parsed to draft with the embedded phrasebank. Strings
/// are `(offset, length)` spans of `assets::PHRASE_BLOB`, so the table needs no relocation when
/// the binary loads (see `build.rs`).
#[derive(Debug, Clone, Copy)]
pub struct StaticPhrase {
    pub id: (u32, u32),
    pub section: Section,
    pub role: Role,
    pub text: (u32, u32),
    /// Topic names joined by U+001F.
    pub topics: (u32, u32),
    pub generic: bool,
    /// Content words joined by U+001F.
    pub keywords: (u32, u32),
    /// Presupposition names joined by U+001F.
    pub presupposes: (u32, u32),
    pub doc: (u32, u32),
    pub line: usize,
}

/// A span of the compiled phrasebank's string blob.
fn blob(span: (u32, u32)) -> &'static str {
    let (at, len) = (span.0 as usize, span.1 as usize);
    &assets::PHRASE_BLOB[at..at + len]
}

impl StaticPhrase {
    pub fn to_phrase(&self) -> Phrase {
        let text = blob(self.text);
        let topics = blob(self.topics);
        Phrase {
            id: blob(self.id).to_string(),
            section: self.section,
            role: self.role,
            text: text.to_string(),
            slots: slot_names(text),
            topics: split_joined(topics),
            generic: self.generic,
            keywords: split_joined(blob(self.keywords)),
            presupposes: split_joined(blob(self.presupposes)),
            source: crate::model::PhraseSource { doc: blob(self.doc).to_string(), line: self.line },
        }
    }
}

/// Words joined by U+001F, as the compiled table stores a list.
fn split_joined(s: &str) -> Vec<String> {
    if s.is_empty() { Vec::new() } else { s.split('\u{1f}').map(str::to_string).collect() }
}

/// Slot names of a phrase text in order of first appearance: `{{locality}}` → `locality`.
pub fn slot_names(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for s in text.split("{{").skip(1) {
        if let Some((name, _)) = s.split_once("}}") {
            let name = name.trim().to_string();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// A phrase's list of words (topics, keywords, presuppositions), borrowed as it is stored.
#[derive(Debug, Clone, Copy)]
pub enum Words<'a> {
    Owned(&'a [String]),
    /// Joined by U+001F (the compiled table, a folder's index).
    Joined(&'a str),
    /// Joined by U+001F, as bytes not yet checked for UTF-8 (a folder's index, for scoring).
    Bytes(&'a [u8]),
}

impl<'a> Words<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a str> {
        self.bytes().filter_map(|w| std::str::from_utf8(w).ok())
    }

    /// The words as bytes: what scoring looks up, without a check of each word's UTF-8.
    pub fn bytes(self) -> impl Iterator<Item = &'a [u8]> {
        let joined = |t: &'a [u8]| (None, (!t.is_empty()).then_some(Joined(Some(t))));
        let (owned, joined) = match self {
            Words::Owned(t) => (Some(t.iter().map(String::as_bytes)), None),
            Words::Joined(t) => joined(t.as_bytes()),
            Words::Bytes(t) => joined(t),
        };
        owned.into_iter().flatten().chain(joined.into_iter().flatten())
    }

    pub fn is_empty(self) -> bool {
        match self {
            Words::Owned(t) => t.is_empty(),
            Words::Joined(t) => t.is_empty(),
            Words::Bytes(t) => t.is_empty(),
        }
    }
}

/// The words of a list joined by U+001F, one at a time (`slice::split` with a closure calls it
/// through a pointer for every byte: the largest cost of scoring a big phrasebank).
struct Joined<'a>(Option<&'a [u8]>);

impl<'a> Iterator for Joined<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = self.0?;
        match rest.iter().position(|&b| b == 0x1f) {
            Some(at) => {
                self.0 = Some(&rest[at + 1..]);
                Some(&rest[..at])
            }
            None => self.0.take(),
        }
    }
}

/// A phrase as drafting reads it, borrowed from a loaded `Phrase` or from the compiled table.
#[derive(Debug, Clone, Copy)]
pub struct PhraseRef<'a> {
    pub id: &'a str,
    pub section: Section,
    pub role: Role,
    pub text: &'a str,
    topics: Words<'a>,
    /// Content words (`Phrase::keywords`).
    pub keywords: Words<'a>,
    /// What it takes for granted (`Phrase::presupposes`).
    pub presupposes: Words<'a>,
    pub generic: bool,
    pub doc: &'a str,
    pub line: usize,
}

impl<'a> PhraseRef<'a> {
    pub fn has_topic(&self, topic: &str) -> bool {
        self.topics.iter().any(|x| x == topic)
    }

    /// The topic names.
    pub fn topics(&self) -> Vec<&'a str> {
        self.topics.iter().collect()
    }

    pub fn has_no_topic(&self) -> bool {
        self.topics.is_empty()
    }
}

/// The phrases drafting chooses from: the compiled embedded phrasebank (the fast path, no parsing),
/// or a phrasebank loaded with a writer's overlay folder.
#[derive(Debug, Clone, Copy)]
pub enum Phrases<'a> {
    Compiled(&'static [StaticPhrase]),
    Loaded(&'a [Phrase]),
    /// A writer's folder read through its index (`index`): nothing parsed, nothing copied.
    Mapped(&'a index::Mapped),
}

impl<'a> Phrases<'a> {
    /// The embedded phrasebank, as compiled by `build.rs`.
    pub fn embedded() -> Phrases<'static> {
        Phrases::Compiled(assets::COMPILED_PHRASES)
    }

    pub fn len(&self) -> usize {
        match self {
            Phrases::Compiled(p) => p.len(),
            Phrases::Loaded(p) => p.len(),
            Phrases::Mapped(m) => m.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first shingle phrase `i` has in any draft, when its text tells (`model::shingle::head`):
    /// read from the compiled table without touching the text, which for a large phrasebank is
    /// spread over megabytes.
    pub fn head(&self, i: usize) -> Option<u64> {
        match self {
            // Only the embedded table is ever compiled (`Phrases::embedded`); its heads are kept
            // apart from it (`build.rs`), 0 for none.
            Phrases::Compiled(_) => assets::COMPILED_HEADS.get(i).copied().filter(|&h| h != 0),
            Phrases::Loaded(p) => crate::model::shingle::head(&p[i].text),
            Phrases::Mapped(m) => Some(m.head(i)).filter(|&h| h != 0),
        }
    }

    /// Phrase `i`'s content words (`Phrase::keywords`), without reading the rest of it.
    pub fn keywords(&self, i: usize) -> Words<'a> {
        match *self {
            Phrases::Compiled(p) => Words::Joined(blob(p[i].keywords)),
            Phrases::Loaded(p) => Words::Owned(&p[i].keywords),
            Phrases::Mapped(m) => Words::Bytes(m.keywords(i)),
        }
    }

    pub fn get(&self, i: usize) -> PhraseRef<'a> {
        match *self {
            Phrases::Compiled(p) => {
                let p = &p[i];
                PhraseRef {
                    id: blob(p.id),
                    section: p.section,
                    role: p.role,
                    text: blob(p.text),
                    topics: Words::Joined(blob(p.topics)),
                    keywords: Words::Joined(blob(p.keywords)),
                    presupposes: Words::Joined(blob(p.presupposes)),
                    generic: p.generic,
                    doc: blob(p.doc),
                    line: p.line,
                }
            }
            Phrases::Loaded(p) => {
                let p = &p[i];
                PhraseRef {
                    id: &p.id,
                    section: p.section,
                    role: p.role,
                    text: &p.text,
                    topics: Words::Owned(&p.topics),
                    keywords: Words::Owned(&p.keywords),
                    presupposes: Words::Owned(&p.presupposes),
                    generic: p.generic,
                    doc: &p.source.doc,
                    line: p.source.line,
                }
            }
            Phrases::Mapped(m) => {
                let p = m.get(i);
                PhraseRef {
                    id: p.id,
                    section: p.section,
                    role: p.role,
                    text: p.text,
                    topics: Words::Joined(p.topics),
                    keywords: Words::Joined(p.keywords),
                    presupposes: Words::Joined(p.presupposes),
                    generic: p.generic,
                    doc: p.doc,
                    line: p.line,
                }
            }
        }
    }
}

/// A list of phrase indices (cloning it copies a pointer or a reference count, never the list).
///
/// The embedded phrasebank's lists are the compiled statics themselves, not copies: with a
/// phrasebank 100× the seeds' size copying them was a megabyte of fresh memory per draft, and its
/// page faults cost more than the drafting. A loaded phrasebank's lists are built and shared.
#[derive(Debug, Clone)]
pub enum List {
    Static(&'static [u32]),
    Shared(std::sync::Arc<[u32]>),
}

impl Default for List {
    fn default() -> List {
        List::Static(&[])
    }
}

impl std::ops::Deref for List {
    type Target = [u32];
    fn deref(&self) -> &[u32] {
        match self {
            List::Static(l) => l,
            List::Shared(l) => l,
        }
    }
}

impl PartialEq for List {
    fn eq(&self, other: &List) -> bool {
        **self == **other
    }
}

impl From<&'static [u32]> for List {
    fn from(l: &'static [u32]) -> List {
        List::Static(l)
    }
}

impl From<Vec<u32>> for List {
    fn from(l: Vec<u32>) -> List {
        List::Shared(l.into())
    }
}

/// A section's generic statements, the lists filler sites draw from.
#[derive(Debug, Default)]
pub struct Statements {
    /// Statements carrying this topic.
    pub by_topic: rustc_hash::FxHashMap<String, List>,
    /// Statements about no topic in particular.
    pub none: List,
    /// Statements carrying any topic.
    pub topical: List,
}

/// Where drafting finds its phrases: the generic ones by section and role, and each section's
/// generic statements by topic — every list in phrasebank order. For the embedded phrasebank it is
/// computed by `build.rs` (`assets::COMPILED_BY_KEY` …), so a draft never walks the whole table to
/// find its way in it: the cost of a draft stays flat as the phrasebank grows. For a loaded
/// phrasebank it is built here, by the same rules.
#[derive(Debug, Default)]
pub struct Index {
    pub by_key: rustc_hash::FxHashMap<(Section, Role), List>,
    /// `by_key` by topic, for roles other than statements (`Groups::by_key_topic`).
    pub by_key_topic: rustc_hash::FxHashMap<(Section, Role), rustc_hash::FxHashMap<String, List>>,
    pub statements: rustc_hash::FxHashMap<Section, Statements>,
}

impl Index {
    /// The index of the compiled embedded phrasebank: its lists used in place.
    fn compiled() -> Index {
        Index::assemble(Groups {
            by_key: assets::COMPILED_BY_KEY.iter().map(|&(s, r, l)| ((s, r), l)).collect(),
            by_key_topic: assets::COMPILED_BY_KEY_TOPIC
                .iter()
                .map(|&(s, r, t, l)| ((s, r, t.to_string()), l))
                .collect(),
            by_topic: assets::COMPILED_BY_TOPIC.iter().map(|&(s, t, l)| ((s, t.to_string()), l)).collect(),
            none: assets::COMPILED_NO_TOPIC.iter().copied().collect(),
            topical: assets::COMPILED_TOPICAL.iter().copied().collect(),
        })
    }

    /// The index of any phrasebank, walking it once (the grouping `build.rs` applies to the
    /// embedded one).
    fn build(phrases: &Phrases<'_>) -> Index {
        let mut groups = Groups::default();
        for i in 0..phrases.len() {
            let p = phrases.get(i);
            groups.add(i as u32, p.section, p.role, p.generic, p.topics());
        }
        Index::assemble(groups)
    }

    /// The index over `groups` (`model::groups`), whether their lists are compiled statics or
    /// built here.
    fn assemble<L: Into<List>>(groups: Groups<L>) -> Index {
        let Groups { by_key, by_key_topic, by_topic, none, topical } = groups;
        let mut index =
            Index { by_key: by_key.into_iter().map(|(k, l)| (k, l.into())).collect(), ..Index::default() };
        for ((section, role, topic), list) in by_key_topic {
            index.by_key_topic.entry((section, role)).or_default().insert(topic, list.into());
        }
        for ((section, topic), list) in by_topic {
            index.statements.entry(section).or_default().by_topic.insert(topic, list.into());
        }
        for (section, list) in none {
            index.statements.entry(section).or_default().none = list.into();
        }
        for (section, list) in topical {
            index.statements.entry(section).or_default().topical = list.into();
        }
        index
    }

    /// The phrases of `key` about `topic`: a sub-list of `by_key[key]`, in the same order.
    pub fn about(&self, key: (Section, Role), topic: &str) -> Option<&List> {
        if key.1 == Role::Statement {
            self.statements.get(&key.0)?.by_topic.get(topic)
        } else {
            self.by_key_topic.get(&key)?.get(topic)
        }
    }
}

/// Which generic phrases have a content word (`Phrase::keywords`): the inverted index that lets
/// drafting weigh only the phrases that share a word with a heading, instead of every phrase of
/// the section, whatever the size of the phrasebank. A folder's index holds it (`index`); for the
/// embedded phrasebank and a folder read from its YAML it is built here, one walk over the phrases.
pub enum Postings<'a> {
    /// The embedded phrasebank's, compiled by `build.rs` (`assets::COMPILED_POSTINGS`).
    Compiled,
    Built(rustc_hash::FxHashMap<&'a str, Vec<u32>>),
    Mapped(&'a index::Mapped),
}

impl<'a> Postings<'a> {
    pub fn of(phrases: &Phrases<'a>) -> Postings<'a> {
        match phrases {
            Phrases::Compiled(_) => Postings::Compiled,
            Phrases::Mapped(m) => Postings::Mapped(m),
            Phrases::Loaded(_) => Postings::build(phrases),
        }
    }

    /// The postings of `phrases`, walking them.
    fn build(phrases: &Phrases<'a>) -> Postings<'a> {
        let mut map: rustc_hash::FxHashMap<&'a str, Vec<u32>> = rustc_hash::FxHashMap::default();
        for i in 0..phrases.len() {
            if !phrases.get(i).generic {
                continue;
            }
            for k in phrases.keywords(i).iter() {
                let list = map.entry(k).or_default();
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
        Postings::Built(map)
    }

    /// Calls `f` with each generic phrase that has `word`, in phrasebank order.
    pub fn each(&self, word: &str, mut f: impl FnMut(u32)) {
        match self {
            Postings::Compiled => {
                let Ok(k) = assets::COMPILED_VOCABULARY.binary_search_by(|(w, _)| w.cmp(&word)) else {
                    return;
                };
                let offsets = assets::COMPILED_POSTING_OFFSETS;
                let (from, to) = (offsets[k] as usize, offsets[k + 1] as usize);
                assets::COMPILED_POSTINGS[from..to].iter().for_each(|&i| f(i));
            }
            Postings::Built(map) => map.get(word).into_iter().flatten().for_each(|&i| f(i)),
            Postings::Mapped(m) => m.word(word).into_iter().flat_map(|w| m.having(w)).for_each(f),
        }
    }
}

impl Phrases<'_> {
    /// Where drafting finds its phrases (see `Index`).
    pub fn index(&self) -> Index {
        match self {
            // Only the embedded table is ever compiled (`Phrases::embedded`).
            Phrases::Compiled(_) => Index::compiled(),
            Phrases::Loaded(_) => Index::build(self),
            // Grouped when the index was written, as `build.rs` groups the embedded table.
            Phrases::Mapped(m) => Index::assemble(m.groups.clone()),
        }
    }
}

#[cfg(test)]
mod index_tests {
    use super::*;

    /// The index `build.rs` compiled is the one the run-time rules give.
    #[test]
    fn the_compiled_index_is_the_built_one() {
        let phrases = Phrases::embedded();
        let (compiled, built) = (Index::compiled(), Index::build(&phrases));
        assert_eq!(compiled.by_key, built.by_key);
        assert_eq!(compiled.by_key_topic, built.by_key_topic);
        assert!(!built.by_key_topic.is_empty());
        // `about` is `by_key` filtered by topic, in order
        for (&key, list) in &built.by_key {
            for t in ["开放型经济", "招商引资", "营商环境", "组织领导与作风", "没有这个主题"]
            {
                let filtered: Vec<u32> =
                    list.iter().copied().filter(|&i| phrases.get(i as usize).has_topic(t)).collect();
                let about = built.about(key, t).map(|l| l.to_vec()).unwrap_or_default();
                assert_eq!(about, filtered, "{key:?} {t}");
            }
        }
        let mut sections: Vec<&Section> = built.statements.keys().collect();
        sections.sort();
        assert_eq!(compiled.statements.len(), built.statements.len());
        // the postings and the near words too
        let (compiled_postings, built_postings) = (Postings::of(&phrases), Postings::build(&phrases));
        assert!(matches!(compiled_postings, Postings::Compiled));
        let mut posted = 0;
        for (w, _) in assets::COMPILED_VOCABULARY {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            compiled_postings.each(w, |i| a.push(i));
            built_postings.each(w, |i| b.push(i));
            assert_eq!(a, b, "{w}");
            posted += a.len();
        }
        assert!(posted > phrases.len(), "{posted}");
        let words: Vec<&str> = assets::COMPILED_VOCABULARY.iter().map(|(w, _)| *w).collect();
        let (offsets, near) = crate::model::words::containers(&words);
        assert_eq!(
            (&offsets[..], &near[..]),
            (assets::COMPILED_CONTAINER_OFFSETS, assets::COMPILED_CONTAINERS)
        );
        for s in sections {
            let (c, b) = (&compiled.statements[s], &built.statements[s]);
            assert_eq!((&c.by_topic, &c.none, &c.topical), (&b.by_topic, &b.none, &b.topical), "{s:?}");
        }
    }
}

#[cfg(test)]
mod province_tests {
    use super::*;

    /// The embedded `provinces.yaml` gives each province its own units below, by the start of its
    /// name, and nothing for a place it does not list.
    #[test]
    fn a_province_is_found_by_the_start_of_its_name() {
        let provinces = drafting_lists(None).unwrap().provinces;
        for (name, below) in [
            ("云南省", Some("州（市）")),
            ("广西壮族自治区", Some("市")),
            ("内蒙古自治区", Some("盟市")),
            ("新疆维吾尔自治区", Some("地（州、市）")),
            ("黑龙江省", Some("市（地）")),
            (" 江苏省", Some("设区市")),
            ("柳州市", None),
            ("", None),
        ] {
            assert_eq!(provinces.units_below(name), below, "{name}");
        }
    }
}

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

use std::collections::{HashMap, HashSet};

use crate::model::draft::count_chars;
use crate::model::{Phrase, Provenance, Role, Section};
use crate::phrasebank::Phrasebank;
use crate::plan::rng::Rng;
use crate::render::marks;

/// Values for the slots a generic phrase may carry.
#[derive(Debug, Clone, Default)]
pub struct SlotValues {
    pub locality: String,
    /// 市/县/省/区
    pub level: String,
    /// The year reported on (报告期), digits: fills `{{year}}` outside the measures section.
    pub period_year: Option<String>,
    /// The year of the speech, digits: fills `{{year}}` in the measures section (今年的目标).
    pub year: Option<String>,
}

/// A place in the template where extra statements may go.
#[derive(Debug, Clone, PartialEq)]
struct Site {
    section: Section,
    topic: Option<String>,
    /// At most this many statements here.
    max: usize,
}

pub struct Picker<'a> {
    bank: &'a Phrasebank,
    slots: SlotValues,
    banned: Vec<String>,
    index: HashMap<(Section, Role), Vec<usize>>,
    /// Filled text of each phrase checked so far (`None`: not usable here).
    checked: HashMap<usize, Option<String>>,
    seed: u64,
    /// The source table: a mark's id is an index into it.
    pub sources: Vec<Provenance>,
    phrase_source: HashMap<usize, usize>,
    /// Texts chosen while planning (headings): never used again.
    reserved: HashSet<String>,
    // --- per pass ---
    rng: Rng,
    used: HashSet<String>,
    sites: Vec<Site>,
    cursor: usize,
    recording: bool,
    /// Statements handed to each site, as phrase indices.
    fill: Vec<Vec<usize>>,
}

/// Slot names in a phrase text: `{{locality}}`, `{{number2}}` …
fn slot_names(text: &str) -> impl Iterator<Item = &str> {
    text.split("{{").skip(1).filter_map(|s| s.split_once("}}").map(|(name, _)| name.trim()))
}

/// `number2` → `number`.
fn base(name: &str) -> &str {
    name.trim_end_matches(|c: char| c.is_ascii_digit())
}

/// Leftover masks of the scraped seeds that must never reach a draft.
pub fn has_mask(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("xx")
        || text.contains('*')
        || text.contains('＊')
        || text.contains("某某")
        || text.contains("{{")
}

impl<'a> Picker<'a> {
    pub fn new(bank: &'a Phrasebank, slots: SlotValues, banned: Vec<String>, seed: u64) -> Picker<'a> {
        let mut index: HashMap<(Section, Role), Vec<usize>> = HashMap::new();
        for (i, p) in bank.phrases.iter().enumerate() {
            if p.generic {
                index.entry((p.section, p.role)).or_default().push(i);
            }
        }
        Picker {
            bank,
            slots,
            banned: banned.into_iter().filter(|w| !w.is_empty()).collect(),
            index,
            checked: HashMap::new(),
            seed,
            sources: Vec::new(),
            phrase_source: HashMap::new(),
            reserved: HashSet::new(),
            rng: Rng::fork(seed, "phrase"),
            used: HashSet::new(),
            sites: Vec::new(),
            cursor: 0,
            recording: true,
            fill: Vec::new(),
        }
    }

    /// Registers a brief field as a source; returns its mark id.
    pub fn brief_source(&mut self, field: &str) -> usize {
        let p = Provenance::Brief { field: field.to_string() };
        match self.sources.iter().position(|s| *s == p) {
            Some(i) => i,
            None => {
                self.sources.push(p);
                self.sources.len() - 1
            }
        }
    }

    fn phrase_mark(&mut self, i: usize, text: &str) -> String {
        let id = *self.phrase_source.entry(i).or_insert_with(|| {
            let p: &Phrase = &self.bank.phrases[i];
            self.sources.push(Provenance::Phrase {
                id: p.id.clone(),
                doc: p.source.doc.clone(),
                line: p.source.line,
            });
            self.sources.len() - 1
        });
        marks::wrap(id, text)
    }

    /// The phrase's text with its slots filled, or `None` when it cannot be used in this draft.
    fn usable(&mut self, i: usize) -> Option<String> {
        if let Some(c) = self.checked.get(&i) {
            return c.clone();
        }
        let p = &self.bank.phrases[i];
        let mut text = p.text.trim().to_string();
        let mut ok = p.generic;
        let names: Vec<String> = slot_names(&p.text).map(str::to_string).collect();
        for name in names {
            let value = match base(&name) {
                "locality" => Some(self.slots.locality.clone()),
                "level" => Some(self.slots.level.clone()),
                "year" if p.section == Section::Measures => self.slots.year.clone(),
                "year" => self.slots.period_year.clone(),
                _ => None,
            };
            match value {
                Some(v) if !v.is_empty() => text = text.replace(&format!("{{{{{name}}}}}"), &v),
                _ => ok = false,
            }
        }
        ok = ok
            && !text.is_empty()
            && !has_mask(&text)
            && !text.chars().any(marks::is_mark)
            && !self.banned.iter().any(|w| text.contains(w.as_str()));
        let result = ok.then_some(text);
        self.checked.insert(i, result.clone());
        result
    }

    fn taken(&self, text: &str) -> bool {
        self.used.contains(text) || self.reserved.contains(text)
    }

    /// Starts a rendering pass: `phrase` picks restart from the seed, filler sites are counted anew.
    pub fn begin_pass(&mut self, recording: bool) {
        self.rng = Rng::fork(self.seed, "phrase");
        self.used.clear();
        self.cursor = 0;
        self.recording = recording;
        if recording {
            self.sites.clear();
            self.fill.clear();
        }
    }

    /// Candidates of `section`/`role`, those about `topic` first (when `strict`, only those).
    fn candidates(&self, section: Section, role: Role, topic: Option<&str>, strict: bool) -> Vec<Vec<usize>> {
        let all = self.index.get(&(section, role)).map_or(&[][..], Vec::as_slice);
        match topic {
            Some(t) => {
                let (on, off): (Vec<usize>, Vec<usize>) =
                    all.iter().partition(|&&i| self.bank.phrases[i].topics.iter().any(|x| x == t));
                if strict { vec![on] } else { vec![on, off] }
            }
            None => vec![all.to_vec()],
        }
    }

    /// The first usable, unused phrase of `list`, scanning from a random start.
    fn draw(&mut self, list: &[usize]) -> Option<(usize, String)> {
        if list.is_empty() {
            return None;
        }
        let start = self.rng.below(list.len());
        for k in 0..list.len() {
            let i = list[(start + k) % list.len()];
            if let Some(text) = self.usable(i)
                && !self.taken(&text)
            {
                return Some((i, text));
            }
        }
        None
    }

    /// The next stock sentence of `section`/`role`, preferring `topic`; marked with its source.
    pub fn phrase(&mut self, section: Section, role: Role, topic: Option<&str>) -> Option<String> {
        for list in self.candidates(section, role, topic, false) {
            if let Some((i, text)) = self.draw(&list) {
                self.used.insert(text.clone());
                return Some(self.phrase_mark(i, &text));
            }
        }
        None
    }

    /// A heading on `topic` for a part without one, chosen once while planning.
    pub fn heading(&mut self, section: Section, topic: &str) -> Option<String> {
        let lists = self.candidates(section, Role::Heading, Some(topic), true);
        let (i, text) = self.draw(&lists[0])?;
        self.reserved.insert(text.clone());
        Some(self.phrase_mark(i, &text))
    }

    /// The statements of the next filler site (empty while recording).
    pub fn filler(&mut self, section: Section, topic: Option<&str>, max: usize) -> String {
        let n = self.cursor;
        self.cursor += 1;
        if self.recording {
            self.sites.push(Site { section, topic: topic.map(str::to_string), max });
            return String::new();
        }
        let chosen = self.fill.get(n).cloned().unwrap_or_default();
        let mut out = String::new();
        for i in chosen {
            if let Some(text) = self.usable(i) {
                out.push_str(&self.phrase_mark(i, &text));
            }
        }
        out
    }

    /// Hands statements to the recorded sites until they add at least `budget` characters (or the
    /// phrasebank runs out, or every site has its `max`). Sites take turns in a seeded order, each drawing from a seeded
    /// shuffle of its section's statements (about its topic, or about no topic in particular), so
    /// extra sentences spread over the whole draft. A larger budget gives a superset of a smaller
    /// one. Returns the characters added.
    pub fn plan_fillers(&mut self, budget: usize) -> usize {
        let mut orders: Vec<Vec<usize>> = Vec::with_capacity(self.sites.len());
        for (n, site) in self.sites.clone().iter().enumerate() {
            let all = self.index.get(&(site.section, Role::Statement)).map_or(&[][..], Vec::as_slice);
            let mut list: Vec<usize> = match &site.topic {
                Some(t) => all
                    .iter()
                    .copied()
                    .filter(|&i| {
                        let topics = &self.bank.phrases[i].topics;
                        topics.is_empty() || topics.iter().any(|x| x == t)
                    })
                    .collect(),
                None => all.to_vec(),
            };
            Rng::fork(self.seed, &format!("filler/{n}")).shuffle(&mut list);
            orders.push(list);
        }
        let mut turn: Vec<usize> = (0..self.sites.len()).collect();
        Rng::fork(self.seed, "filler-order").shuffle(&mut turn);
        let mut pos = vec![0usize; self.sites.len()];
        self.fill = vec![Vec::new(); self.sites.len()];
        let mut assigned: HashSet<String> = HashSet::new();
        let mut added = 0;
        // First every site up to its `max`; if the phrasebank still has statements and the draft is
        // still short, up to twice that (the seeds' measure paragraphs run to five or six sentences).
        for factor in [1, 2] {
            let mut progressed = true;
            while added < budget && progressed {
                progressed = false;
                for &s in &turn {
                    if added >= budget {
                        break;
                    }
                    if self.fill[s].len() >= self.sites[s].max * factor {
                        continue;
                    }
                    while pos[s] < orders[s].len() {
                        let i = orders[s][pos[s]];
                        pos[s] += 1;
                        if let Some(text) = self.usable(i)
                            && !self.taken(&text)
                            && !assigned.contains(&text)
                        {
                            added += count_chars(&text);
                            assigned.insert(text);
                            self.fill[s].push(i);
                            progressed = true;
                            break;
                        }
                    }
                }
            }
        }
        added
    }

    /// Number of filler sites recorded.
    pub fn sites(&self) -> usize {
        self.sites.len()
    }
}

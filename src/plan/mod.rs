//! Plan: brief + phrasebank + genre spec + seed → everything the template needs.
//!
//! A `Plan` is the template context (the brief with provenance marks and ready-made register
//! values), the genre's spec, and the `Picker` that answers the template's requests for stock
//! sentences. Which phrase goes where is therefore decided jointly: the template says where a
//! stock sentence of which section and role belongs, the picker chooses which one, from the seed.
//! That keeps genre structure in data (template + spec) while the rules every draft must keep
//! (generic phrases only, no figure slot, no repeat, no seed place name) are enforced in one place.

pub mod advice;
pub mod context;
pub mod figure;
pub mod heading;
pub mod order;
pub mod picker;
pub mod relevance;
pub mod rng;
pub mod spec;

use std::sync::Mutex;

use serde_json::Value;

use crate::assets::Asset;
use crate::error::Result;
use crate::model::{Brief, Genre};
use crate::phrasebank::{DraftingLists, Phrases};
use crate::plan::relevance::Admissible;
use crate::plan::rng::Rng;
pub use picker::{Count, Picker, SiteChoice, SiteKind, SlotValues, Subject, Wanted};
pub use spec::{Common, GenreSpec};

pub struct Plan<'a> {
    pub genre: Genre,
    pub spec: GenreSpec,
    pub context: Value,
    /// Shared with the `phrase`/`filler` helpers for the duration of rendering.
    pub picker: Mutex<Picker<'a>>,
    /// Target length in characters.
    pub target: usize,
}

impl<'a> Plan<'a> {
    pub fn new(
        brief: &Brief,
        phrases: Phrases<'a>,
        lists: DraftingLists,
        templates: &[Asset],
        seed: u64,
        record_sites: bool,
    ) -> Result<Plan<'a>> {
        let spec = GenreSpec::load(brief.genre, templates)?;
        spec.check_required(brief)?;
        let common = Common::load(templates)?;
        let (period_year, year) = brief.years();
        let (whole, our) = context::whole_and_our(brief, &common);
        let bodies = context::bodies(brief, &common);
        let slots = SlotValues {
            dangling: common.dangling.clone(),
            locality: context::spoken_locality(&brief.locality, &common),
            level: brief.level_word().to_string(),
            whole,
            our,
            body_prefix: brief.body_prefix().to_string(),
            committee: bodies.committee,
            government: bodies.government,
            committee_and_government: bodies.committee_and_government,
            leadership: bodies.leadership,
            period_year,
            year,
        };
        let mut banned = spec.forbid.clone();
        // A seed's place name is banned unless it is the writer's own locality (a brief for 卫辉市
        // may of course say 卫辉).
        banned.extend(common.deny.iter().filter(|w| !brief.locality.contains(w.as_str())).cloned());
        banned.extend(common.occasion.iter().cloned());
        // Stock sentences vary between briefs as they vary between seeds: two places' speeches
        // drawn with the same --seed must not make the same draws from the same pools. The seed
        // the writer gives still decides every byte of their draft.
        let seed =
            Rng::fork(seed, &format!("{}\u{1f}{}", brief.locality.trim(), brief.meeting.trim())).next_u64();
        let level = brief.level();
        let text = brief_text(brief);
        let unit = crate::phrasebank::Unit {
            level,
            word: brief.level_word(),
            province_units: (level == crate::model::Level::Province)
                .then(|| lists.provinces.units_below(&brief.locality).map(str::to_string))
                .flatten(),
            // The writer's own name for the units below (各镇（街道）; a 市's 各区（市）), the longest
            // the brief uses.
            below: match level {
                crate::model::Level::County | crate::model::Level::District => &common.units_below[..],
                crate::model::Level::City => &common.units_below_a_city[..],
                crate::model::Level::Province => &[][..],
            }
            .iter()
            .filter(|f| text.contains(f.as_str()))
            .max_by_key(|f| f.chars().count())
            .cloned(),
            zone: context::is_a_zone(brief, &common),
        };
        let admissible = Admissible::new(&lists.presuppositions, lists.levels, unit, &text)
            .with_wording(crate::phrasebank::wording::Wording::new(lists.wording));
        let mut picker =
            Picker::new(phrases, slots, banned, admissible, seed).with_topics(lists.topics).with_clashes({
                let frame = context::Frame::of(brief, &common);
                crate::plan::spec::Clash::of_speech(&common.scope_clashes, &frame.work, frame.partial)
            });
        if record_sites {
            picker.record_sites();
        }
        if let Some(choices) = &brief.choices {
            picker.choose(choices);
        }
        let context = context::build(brief, &text, &common, seed, &mut picker);
        Ok(Plan {
            genre: brief.genre,
            spec,
            context,
            picker: Mutex::new(picker),
            target: brief.length() as usize,
        })
    }
}

/// Every text of the brief, one a line: what a presupposition must find mentioned.
fn brief_text(brief: &Brief) -> String {
    let mut out = String::new();
    // The writer's choices are phrase ids and site names, nothing the speech says.
    let brief = Brief { choices: None, ..brief.clone() };
    relevance::texts_of(&serde_json::to_value(&brief).unwrap_or(Value::Null), &mut out);
    out
}

//! `phrasebank/curation.yaml`: the writer's corrections, applied by the miner on every run, so
//! they survive re-mining. Exclusions and overrides key on the phrase id, which is derived from the
//! phrase text and so stays the same from run to run.

use serde::{Deserialize, Serialize};

use crate::model::{Phrase, Role, Section};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Curation {
    /// Words that make a phrase specific (places, people, organisations, projects) which jieba
    /// does not tag as names.
    #[serde(default)]
    pub names: Vec<String>,
    /// Words jieba tags as names that are not specific to any place (中国, 国际, 沿海 …).
    #[serde(default)]
    pub not_names: Vec<String>,
    /// Phrases to leave out, by id.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Phrases to leave out when their text contains one of these.
    #[serde(default)]
    pub exclude_text: Vec<String>,
    /// Corrections of what the rules decided, by id.
    #[serde(default)]
    pub overrides: Vec<Override>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    pub id: String,
    #[serde(default)]
    pub section: Option<Section>,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub topics: Option<Vec<String>>,
    #[serde(default)]
    pub generic: Option<bool>,
    /// The text as corrected: a slip of the source's own (seed 004's `企业家在新投资的热情` for
    /// 再投资), kept out of every draft without losing the sentence. The id stays the mined one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl Curation {
    /// Whether the phrase `id` was judged specific by hand (`generic: false`): a fact of its
    /// source, so neither a variant of it nor one of its clauses is stock text either.
    pub fn judged_specific(&self, id: &str) -> bool {
        self.overrides.iter().any(|o| o.id == id && o.generic == Some(false))
    }

    /// Whether the phrase is excluded by hand.
    pub fn excludes(&self, p: &Phrase) -> bool {
        self.exclude.contains(&p.id) || self.exclude_text.iter().any(|t| p.text.contains(t.as_str()))
    }

    /// The phrase as corrected, or `None` when it is excluded.
    pub fn apply(&self, mut p: Phrase) -> Option<Phrase> {
        if self.excludes(&p) {
            return None;
        }
        for o in self.overrides.iter().filter(|o| o.id == p.id) {
            if let Some(s) = o.section {
                p.section = s;
            }
            if let Some(r) = o.role {
                p.role = r;
            }
            if let Some(t) = &o.topics {
                p.topics = t.clone();
            }
            if let Some(g) = o.generic {
                p.generic = g;
            }
            if let Some(t) = &o.text {
                p.text = t.clone();
            }
        }
        Some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded curation corrects seed 004's slip (`在新投资` for 再投资) in both phrases that
    /// carry it, and the embedded phrasebank has it nowhere.
    #[test]
    fn a_slip_of_the_source_is_corrected_by_id() {
        let yaml = crate::assets::PHRASEBANK.iter().find(|(n, _)| *n == "curation.yaml").unwrap().1;
        let curation: Curation = crate::yaml::from_str(yaml, "curation.yaml").unwrap();
        let phrase: Phrase = crate::yaml::from_str(
            "id: p-3fe152640867\nsection: measures\nrole: clause\ntext: 进一步激发和保护企业家在新投资的热情和信心。\ngeneric: true\nsource: {doc: a.txt, line: 1}\n",
            "p.yaml",
        )
        .unwrap();
        let p = curation.apply(phrase).unwrap();
        assert_eq!(p.text, "进一步激发和保护企业家再投资的热情和信心。");
        assert_eq!(p.id, "p-3fe152640867");
        for (name, text) in crate::assets::PHRASEBANK.iter().filter(|(n, _)| *n != "curation.yaml") {
            assert!(!text.contains("在新投资"), "{name}");
        }
    }
}

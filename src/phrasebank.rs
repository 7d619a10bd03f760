//! The phrasebank as the drafting and browsing stages see it: the embedded default, overlaid by a
//! writer's own folder (`--phrasebank DIR`).
//!
//! Layout of a phrasebank folder (the same for `phrasebank/` in this repository and for a writer's):
//! - `<section>.yaml` — one file per `Section` (`opening.yaml` … `closing.yaml`), a list of `Phrase`s;
//! - `topics.yaml` — the topic lexicon: a list of `{name, keywords}`;
//! - `dict.txt` — jieba user dictionary of domain terms (mining only);
//! - `curation.yaml` — exclusions and overrides the miner applies (mining only).
//!
//! A writer's folder adds phrases; a phrase whose `id` is already present replaces it.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::assets::{self, Asset};
use crate::error::Result;
use crate::model::{Phrase, Role, Section};
use crate::yaml;

/// One topic of the lexicon, with the words that signal it in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub name: String,
    #[serde(default)]
    pub keywords: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Phrasebank {
    pub phrases: Vec<Phrase>,
    pub topics: Vec<Topic>,
}

impl Phrasebank {
    /// The embedded phrasebank, overlaid by `dir` when given.
    pub fn load(dir: Option<&Path>) -> Result<Phrasebank> {
        let files = assets::overlay(assets::PHRASEBANK, dir)?;
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

//! The generic phrases grouped the way drafting looks for them: by section and role, and a
//! section's statements by topic, with no topic, and with any topic — each list in phrasebank
//! order. One rule for both places that group: `build.rs`, which compiles the embedded
//! phrasebank's groups into the binary, and `phrasebank::Index` for a phrasebank loaded at run
//! time (this file is shared with `build.rs` as `phrase.rs` is).

use std::collections::BTreeMap;

use super::phrase::{Role, Section};

#[derive(Debug, Default, PartialEq)]
pub struct Groups {
    pub by_key: BTreeMap<(Section, Role), Vec<u32>>,
    /// `by_key` by topic, for the roles other than statements (a statement's are `by_topic`): a
    /// `{{phrase … topic=T}}` draws from these without reading every phrase's topics.
    pub by_key_topic: BTreeMap<(Section, Role, String), Vec<u32>>,
    pub by_topic: BTreeMap<(Section, String), Vec<u32>>,
    pub none: BTreeMap<Section, Vec<u32>>,
    pub topical: BTreeMap<Section, Vec<u32>>,
}

impl Groups {
    /// Adds phrase `i` (phrases must come in phrasebank order); only generic phrases are drawn
    /// from, and only statements fill by topic.
    pub fn add<'t>(
        &mut self,
        i: u32,
        section: Section,
        role: Role,
        generic: bool,
        topics: impl IntoIterator<Item = &'t str>,
    ) {
        if !generic {
            return;
        }
        self.by_key.entry((section, role)).or_default().push(i);
        if role != Role::Statement {
            for t in topics {
                self.by_key_topic.entry((section, role, t.to_string())).or_default().push(i);
            }
            return;
        }
        let mut any = false;
        for t in topics {
            any = true;
            self.by_topic.entry((section, t.to_string())).or_default().push(i);
        }
        let list = if any { &mut self.topical } else { &mut self.none };
        list.entry(section).or_default().push(i);
    }
}

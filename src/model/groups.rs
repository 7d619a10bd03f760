//! The generic phrases grouped the way drafting looks for them: by section and role, and a
//! section's statements by topic, with no topic, and with any topic — each list in phrasebank
//! order. One rule for both places that group: `build.rs`, which compiles the embedded
//! phrasebank's groups into the binary, and `phrasebank::Index` for a phrasebank loaded at run
//! time (this file is shared with `build.rs` as `phrase.rs` is).

use std::collections::BTreeMap;

use super::phrase::{Role, Section};

/// The groups, each a list `L` of phrase indices: built as `Vec<u32>` (here and in `build.rs`), or
/// read back from the compiled statics as `&'static [u32]` (`phrasebank::Index`).
#[derive(Debug, Clone, PartialEq)]
pub struct Groups<L = Vec<u32>> {
    pub by_key: BTreeMap<(Section, Role), L>,
    /// `by_key` by topic, for the roles other than statements (a statement's are `by_topic`): a
    /// `{{phrase … topic=T}}` draws from these without reading every phrase's topics.
    pub by_key_topic: BTreeMap<(Section, Role, String), L>,
    pub by_topic: BTreeMap<(Section, String), L>,
    pub none: BTreeMap<Section, L>,
    pub topical: BTreeMap<Section, L>,
}

impl<L> Default for Groups<L> {
    fn default() -> Groups<L> {
        Groups {
            by_key: BTreeMap::new(),
            by_key_topic: BTreeMap::new(),
            by_topic: BTreeMap::new(),
            none: BTreeMap::new(),
            topical: BTreeMap::new(),
        }
    }
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

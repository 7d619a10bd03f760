//! `{{filler SECTION [topic=T] [about=X] [max=N] [min=M] [frame=true] [from=MOVE] [to=MOVE] [or=TEXT]}}` → the extra statements (at
//! most N, default 4; at least M, default 0, when the phrasebank has that many about X) the length
//! controller put here (none in the first, measuring pass), in the order of
//! the seeds' paragraphs (`plan::order`). `about=X` (a text, or a part: `about=this`): only
//! statements that share content words with X and the topic, best first (`plan::relevance`); none
//! when nothing is about it. `frame=true`: one framing sentence (背景、论断) to open a paragraph
//! before the writer's points. `or=TEXT`: the template's own words where a `min=` site finds
//! nothing in the phrasebank (a writer's small archive). See `render` and
//! `plan::picker::Picker::plan_fillers`.

use std::sync::Mutex;

use handlebars::{Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext};

use crate::plan::{Count, Picker, Subject};

pub struct Filler<'r, 'a> {
    pub picker: &'r Mutex<Picker<'a>>,
}

impl HelperDef for Filler<'_, '_> {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let section = super::phrase::section(h)?;
        let topic = super::hash_str(h, "topic").map(|t| crate::marks::plain(&t));
        let count = |name: &str| match h.hash_get(name).map(|v| v.value()) {
            Some(v) => v
                .as_u64()
                .map(|n| Some(n as usize))
                .ok_or_else(|| super::fail(format!("filler 的 {name} 应为非负整数"))),
            None => Ok(None),
        };
        let or = super::hash_str(h, "or");
        let count = Count {
            min: count("min")?.unwrap_or(0),
            max: count("max")?,
            or: or.as_deref(),
            moves: super::hash_moves(h)?,
        };
        let frame = h.hash_get("frame").is_some_and(|v| v.value().as_bool() == Some(true));
        let (about, head) = (super::hash_about(h), super::hash_head(h));
        let text = self.picker.lock().expect("picker lock").filler(
            section,
            topic.as_deref(),
            count,
            frame,
            about.as_deref().map(|text| Subject { text, head: head.as_deref() }),
            super::about_anchor(h).as_deref(),
        );
        out.write(&text)?;
        Ok(())
    }
}

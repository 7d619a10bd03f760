//! `{{phrase SECTION ROLE [topic=T] [about=X] [ending="。"] [like=SHAPE] [from=MOVE] [to=MOVE] [or="…"]}}` → the next stock
//! sentence of that section and role (see `plan::picker`), or `or` when the phrasebank has none left;
//! with `about=X`, the best of those about X and the topic (`plan::relevance`), or none. `like` (`plain`,
//! `must`, `pair`, or empty for any) asks a heading of the build of the headings around it
//! (`plan::heading`; the context's `like.measures` is the build of the measures' headings).

use std::sync::Mutex;

use handlebars::{Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, ScopedJson};
use serde_json::Value;

use crate::model::{Role, Section};
use crate::plan::heading::Shape;
use crate::plan::{Picker, Subject, Wanted};

pub struct Phrase<'r, 'a> {
    pub picker: &'r Mutex<Picker<'a>>,
}

pub(crate) fn section(h: &Helper<'_>) -> Result<Section, handlebars::RenderError> {
    let name = super::str_param(h, 0)?;
    Section::parse(&name).ok_or_else(|| {
        let known: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
        super::fail(format!("{} 的段落 `{name}` 不存在；可用：{}", h.name(), known.join("、")))
    })
}

impl HelperDef for Phrase<'_, '_> {
    /// Returns a value (not output) so that `phrase` also works as a subexpression:
    /// `{{#with (phrase "safeguards" "heading")}}…{{/with}}` renders only when a phrase was found.
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let section = section(h)?;
        let role_name = super::str_param(h, 1)?;
        let role = Role::parse(&role_name).ok_or_else(|| {
            let known: Vec<&str> = Role::ALL.iter().map(|r| r.name()).collect();
            super::fail(format!("phrase 的角色 `{role_name}` 不存在；可用：{}", known.join("、")))
        })?;
        let topic = super::hash_str(h, "topic").map(|t| crate::marks::plain(&t));
        let ending = super::hash_str(h, "ending");
        let like = match super::hash_str(h, "like").as_deref().map(str::trim) {
            None | Some("") => None,
            Some(name) => Some(Shape::parse(name).ok_or_else(|| {
                let known: Vec<&str> = Shape::ALL.iter().map(|s| s.name()).collect();
                super::fail(format!("phrase 的 like=`{name}` 不存在；可用：{}", known.join("、")))
            })?),
        };
        let (about, head) = (super::hash_about(h), super::hash_head(h));
        let mut picker = self.picker.lock().expect("picker lock");
        let wanted = Wanted { ending: ending.as_deref(), moves: super::hash_moves(h)? };
        let picked = picker.phrase(
            section,
            role,
            topic.as_deref(),
            wanted,
            like,
            about.as_deref().map(|text| Subject { text, head: head.as_deref() }),
            super::about_anchor(h).as_deref(),
        );
        // The template's own sentence, when no stock one fits, is said too: no filler after it
        // may say it again (`对安排的各项工作，必须明确时间节点…` came back as the filler under it).
        let fallback = picked.is_none().then(|| super::hash_str(h, "or")).flatten();
        if let Some(text) = &fallback {
            picker.reserve(text);
        }
        drop(picker);
        Ok(ScopedJson::Derived(match picked.or(fallback) {
            Some(text) => Value::String(text),
            // "" rather than null: strict mode treats a null subexpression as a missing variable.
            None => Value::String(String::new()),
        }))
    }
}

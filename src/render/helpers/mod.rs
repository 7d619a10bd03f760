//! Handlebars helpers, one small file each. See `docs/templates.md` for what each one prints.

pub mod add;
pub mod cat;
pub mod clause;
pub mod cn;
pub mod figure;
pub mod filler;
pub mod has;
pub mod join;
pub mod ordinal;
pub mod person;
pub mod phrase;
pub mod pluck;
pub mod points;
pub mod require;
pub mod sentence;

use std::sync::Mutex;

use handlebars::{Handlebars, Helper, RenderError, RenderErrorReason};
use serde_json::Value;

use crate::plan::Picker;

/// Registers every helper; `phrase` and `filler` share `picker`.
pub fn register<'r, 'a: 'r>(hb: &mut Handlebars<'r>, picker: &'r Mutex<Picker<'a>>) {
    hb.register_helper("cn", Box::new(cn::helper));
    hb.register_helper("ordinal", Box::new(ordinal::helper));
    hb.register_helper("figure", Box::new(figure::figure));
    hb.register_helper("figures", Box::new(figure::figures));
    hb.register_helper("join", Box::new(join::helper));
    hb.register_helper("sentence", Box::new(sentence::helper));
    hb.register_helper("clause", Box::new(clause::helper));
    hb.register_helper("points", Box::new(points::helper));
    // Genre helpers (docs/genres.md): numbering that continues past a list, the speaker of a news
    // report, and the brief fields a genre cannot do without.
    hb.register_helper("add", Box::new(add::add));
    hb.register_helper("person", Box::new(person::helper));
    hb.register_helper("pluck", Box::new(pluck::Pluck));
    hb.register_helper("cat", Box::new(cat::cat));
    hb.register_helper("has", Box::new(has::has));
    hb.register_helper("require", Box::new(require::helper));
    hb.register_helper("phrase", Box::new(phrase::Phrase { picker }));
    hb.register_helper("filler", Box::new(filler::Filler { picker }));
}

/// Parameter `i` of `h`, or an error naming the helper.
pub(crate) fn param<'b>(h: &'b Helper<'_>, i: usize) -> Result<&'b Value, RenderError> {
    h.param(i)
        .map(|p| p.value())
        .ok_or_else(|| RenderErrorReason::ParamNotFoundForIndex(leak(h.name()), i).into())
}

/// A string parameter (null → empty).
pub(crate) fn str_param(h: &Helper<'_>, i: usize) -> Result<String, RenderError> {
    Ok(match param(h, i)? {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    })
}

/// A string hash parameter (`topic=…`), `None` when absent or null.
pub(crate) fn hash_str(h: &Helper<'_>, key: &str) -> Option<String> {
    match h.hash_get(key).map(|v| v.value()) {
        Some(Value::String(s)) if !s.is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    }
}

/// The `from=` and `to=` hash parameters: the moves a site takes (`plan::order::Move`, by name:
/// context, claim, necessity, action, aim), all when absent. A 意义 part argues why, not what to
/// do (`to="necessity"`); a sentence after the writer's situation is no 背景 (`from="claim"`).
pub(crate) fn hash_moves(h: &Helper<'_>) -> Result<crate::plan::order::Moves, RenderError> {
    use crate::plan::order::{Move, Moves};
    let bound = |key: &str, default: Move| match hash_str(h, key) {
        None => Ok(default),
        Some(name) => Move::parse(&name).ok_or_else(|| {
            let known: Vec<&str> = Move::ALL.iter().map(|m| m.name()).collect();
            fail(format!("{} 的 {key}=`{name}` 不是语序的一步；可用：{}", h.name(), known.join("、")))
        }),
    };
    let moves = Moves { from: bound("from", Moves::ANY.from)?, to: bound("to", Moves::ANY.to)? };
    if moves.from > moves.to {
        return Err(fail(format!("{} 的 from= 在 to= 之后：没有一句能放在这里", h.name())));
    }
    Ok(moves)
}

/// The `about=` hash parameter as one text: a string, or every string inside an array or object
/// (`about=this` for a part: its heading, topic, points and figure names), one a line, and the
/// `also=` parameter's likewise. `None` when `about` is absent.
pub(crate) fn hash_about(h: &Helper<'_>) -> Option<String> {
    use crate::plan::relevance::texts_of as collect;
    let v = h.hash_get("about")?.value();
    let mut out = String::new();
    collect(v, &mut out);
    // `also="…"`: more to be about (a fixed heading beside `about=@root.gist`).
    if let Some(also) = h.hash_get("also") {
        collect(also.value(), &mut out);
    }
    Some(out)
}

/// The head of what `about=` names, when it names a part of the brief (`about=this` for a
/// measure): its heading and topic, one a line. A stock sentence off the part's topic must share a
/// word with them (`relevance::About::score_on`): the points say how, not what the part is about.
/// `None` for a literal text or a whole section (`about=@root.gist`).
pub(crate) fn hash_head(h: &Helper<'_>) -> Option<String> {
    let Value::Object(part) = h.hash_get("about")?.value() else { return None };
    let Some(Value::String(heading)) = part.get("heading") else { return None };
    let mut out = heading.clone();
    if let Some(Value::String(topic)) = part.get("topic") {
        out.push('\n');
        out.push_str(topic);
    }
    Some(out)
}

/// Where in the brief the `about=` value comes from, as a path (`measures[2]`, `problems`): the
/// name of the site in the brief's `choices:` (`model::Choices`). `None` for a literal text.
pub(crate) fn about_anchor(h: &Helper<'_>) -> Option<String> {
    let path = h.hash_get("about")?.context_path()?;
    let mut out = String::new();
    for segment in path {
        if segment.chars().all(|c| c.is_ascii_digit()) && !out.is_empty() {
            out.push_str(&format!("[{segment}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(segment);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Handlebars wants `&'static str` helper names in some errors; helper names are few and fixed.
fn leak(name: &str) -> &'static str {
    match name {
        "cn" => "cn",
        "ordinal" => "ordinal",
        "figure" => "figure",
        "figures" => "figures",
        "join" => "join",
        "sentence" => "sentence",
        "clause" => "clause",
        "points" => "points",
        "phrase" => "phrase",
        "filler" => "filler",
        "person" => "person",
        "pluck" => "pluck",
        "cat" => "cat",
        "require" => "require",
        _ => "helper",
    }
}

/// A helper error with our message.
pub(crate) fn fail(message: String) -> RenderError {
    RenderErrorReason::Other(message).into()
}

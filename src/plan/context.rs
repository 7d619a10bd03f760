//! The brief as a template sees it: a JSON context in which every string from the brief carries its
//! provenance mark (see `render::marks`), and the values the register needs are ready-made
//! (全市/我市 from the level, years from `date`/`period`, figures phrased by `plan::figure`).
//! Every documented key is always present (null or empty), so templates can run in strict mode.

use serde_json::{Map, Value, json};

use crate::model::{Brief, Part, Section};
use crate::plan::figure;
use crate::plan::heading::Shape;
use crate::plan::picker::Picker;
use crate::render::marks;

/// Brief text as it goes into a draft: one line (a newline would split a paragraph), and ASCII
/// punctuation that touches Chinese text turned full-width (`，` not `,`). `"`, `&` and `<` are left
/// exactly as typed.
pub fn normalise(text: &str) -> String {
    let one_line: String = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("");
    let chars: Vec<char> = one_line.chars().collect();
    let cjk = |c: Option<&char>| {
        c.is_some_and(|&c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
    };
    let mut out = String::with_capacity(one_line.len());
    for (i, &c) in chars.iter().enumerate() {
        let near = cjk(i.checked_sub(1).and_then(|j| chars.get(j))) || cjk(chars.get(i + 1));
        let wide = match c {
            ',' => '，',
            ';' => '；',
            ':' => '：',
            '?' => '？',
            '!' => '！',
            '(' => '（',
            ')' => '）',
            _ => c,
        };
        out.push(if near { wide } else { c });
    }
    out
}

/// Digits of the first four-digit year in `text` (`2025年` → `2025`).
pub fn year_in(text: &str) -> Option<String> {
    let digits: Vec<char> = text.chars().collect();
    digits.windows(4).find(|w| w.iter().all(char::is_ascii_digit)).map(|w| w.iter().collect())
}

/// `text` from brief field `field`, normalised and marked; null when empty.
fn mark(picker: &mut Picker<'_>, field: &str, text: &str) -> Value {
    let text = normalise(text);
    if text.is_empty() {
        return Value::Null;
    }
    picker.reserve(&text);
    let id = picker.brief_source(field);
    Value::String(crate::render::marks::wrap(id, &text))
}

fn opt(picker: &mut Picker<'_>, field: &str, v: &Option<String>) -> Value {
    v.as_deref().map_or(Value::Null, |t| mark(picker, field, t))
}

/// Builds the template context, registering brief sources with `picker`.
pub fn build(brief: &Brief, picker: &mut Picker<'_>) -> Value {
    let level = brief.level().char();
    let whole = format!("全{level}");
    let mut c = Map::new();
    c.insert("genre".into(), json!(brief.genre.name()));
    let title = brief.title.clone().unwrap_or_else(|| brief.title());
    let title_field = if brief.title.is_some() { "title" } else { "meeting" };
    c.insert("title".into(), mark(picker, title_field, &title));
    // Whether the writer gave the title: a genre whose default title is not a speech's (a news
    // report's headline) builds its own when not.
    c.insert("title_given".into(), json!(brief.title.is_some()));
    c.insert("speaker".into(), opt(picker, "speaker", &brief.speaker));
    c.insert("locality".into(), json!(brief.locality.trim()));
    c.insert("level".into(), json!(level));
    c.insert("whole".into(), json!(whole));
    c.insert("our".into(), json!(format!("我{level}")));
    c.insert("meeting".into(), mark(picker, "meeting", &brief.meeting));
    c.insert("date".into(), brief.date.map_or(Value::Null, |d| json!(d.chinese())));
    let period_year = brief.period.as_deref().and_then(year_in);
    let year = brief
        .date
        .map(|d| d.year.to_string())
        .or_else(|| period_year.as_ref().and_then(|y| y.parse::<u32>().ok()).map(|y| (y + 1).to_string()));
    c.insert("year".into(), year.map_or(Value::Null, Value::String));
    c.insert("period".into(), opt(picker, "period", &brief.period));
    c.insert("period_year".into(), period_year.map_or(Value::Null, Value::String));
    c.insert("unit".into(), opt(picker, "unit", &brief.unit));
    c.insert("presided_by".into(), opt(picker, "presided_by", &brief.presided_by));
    c.insert("place".into(), opt(picker, "place", &brief.place));
    let attendees: Vec<Value> = brief
        .attendees
        .iter()
        .enumerate()
        .map(|(i, a)| mark(picker, &format!("attendees[{i}]"), a))
        .filter(|v| !v.is_null())
        .collect();
    c.insert("attendees".into(), Value::Array(attendees));
    let mut likes = Map::new();
    for (key, section, parts, headings) in [
        ("achievements", Section::Achievements, &brief.achievements, true),
        // A problem is the writer's judgement: its heading is never taken from another speech.
        ("problems", Section::Problems, &brief.problems, false),
        ("measures", Section::Measures, &brief.measures, true),
    ] {
        // Borrowed headings take the build of the writer's own in this list; with none given,
        // of the first one borrowed (`plan::heading`).
        let mut like = Shape::most(parts.iter().filter_map(|p| given(&p.heading)));
        let list: Vec<Value> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let field = format!("{key}[{i}]");
                let (value, borrowed) = part(brief, picker, &field, section, p, headings, like, &whole);
                like = like.or(borrowed);
                value
            })
            .collect();
        c.insert(key.into(), Value::Array(list));
        likes.insert(key.into(), json!(like.map_or("", Shape::name)));
    }
    c.insert("like".into(), Value::Object(likes));
    let goals: Vec<Value> = brief
        .goals
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let text = figure::goal(g);
            (!text.is_empty()).then(|| json!({ "text": mark(picker, &format!("goals[{i}]"), &text) }))
        })
        .collect();
    c.insert("goals".into(), Value::Array(goals));
    let slogan = brief.closing.as_ref().and_then(|cl| cl.slogan.clone());
    c.insert("slogan".into(), opt(picker, "closing.slogan", &slogan));
    c.insert("length".into(), json!(brief.length()));
    Value::Object(c)
}

/// A part's context, and the build of the heading it borrowed, if it borrowed one (a heading
/// borrowed for a part without one is of the build `like`).
#[allow(clippy::too_many_arguments)]
fn part(
    brief: &Brief,
    picker: &mut Picker<'_>,
    field: &str,
    section: Section,
    p: &Part,
    phrase_headings: bool,
    like: Option<Shape>,
    whole: &str,
) -> (Value, Option<Shape>) {
    let topic = given(&p.topic);
    let mut borrowed = None;
    let heading = match given(&p.heading) {
        Some(h) => mark(picker, &format!("{field}.heading"), h),
        None => {
            let from_bank =
                if phrase_headings { topic.and_then(|t| picker.heading(section, t, like)) } else { None };
            match (from_bank, topic) {
                (Some(h), _) => {
                    borrowed = Some(Shape::of(&marks::plain(&h)));
                    Value::String(h)
                }
                (None, Some(t)) if phrase_headings => mark(picker, &format!("{field}.topic"), t),
                _ => Value::Null,
            }
        }
    };
    let figures: Vec<Value> = p
        .figures
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let src = picker.brief_source(&format!("{field}.figures[{i}]"));
            let f = crate::model::Figure { name: normalise(&f.name), ..f.clone() };
            json!({
                "name": f.name,
                "value": f.value.as_str(),
                "unit": f.unit,
                "growth": f.growth.as_ref().map(|g| g.as_str().to_string()),
                "target_rate": f.target_rate.as_ref().map(|g| g.as_str().to_string()),
                "rank": f.rank,
                "clause": figure::clause(&f, None, &brief.locality),
                "clause_lead": figure::clause(&f, Some(whole), &brief.locality),
                "src": src,
            })
        })
        .collect();
    let points: Vec<Value> = p
        .points
        .iter()
        .enumerate()
        .map(|(i, t)| mark(picker, &format!("{field}.points[{i}]"), t))
        .filter(|v| !v.is_null())
        .collect();
    let value = json!({
        "heading": heading,
        "topic": topic,
        "figures": figures,
        "points": points,
    });
    (value, borrowed)
}

/// What the writer gave for an optional text (blank is none).
fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_keeps_quotes_and_ampersands_but_widens_chinese_commas() {
        assert_eq!(normalise("引进A&B公司,投资\"<亿元>\"\n项目"), "引进A&B公司，投资\"<亿元>\"项目");
        assert_eq!(normalise("12,300 (USD)"), "12,300 (USD)");
        assert_eq!(year_in("2025年"), Some("2025".into()));
    }
}

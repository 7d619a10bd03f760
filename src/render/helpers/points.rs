//! `{{points LIST [STYLE]}}` → each point as a sentence, one after another; with a style
//! (`"一是"`, `"第一，"` …) each is numbered: `一是…。二是…。`.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};
use serde_json::Value;

use super::ordinal::ordinal;
use crate::marks;
use crate::text::sentence;

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let style = match h.param(1).map(|p| p.value()) {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    let Value::Array(items) = super::param(h, 0)? else {
        return Ok(());
    };
    let given = items.iter().filter(|i| i.as_str().is_some_and(|s| !s.is_empty())).count();
    let mut n = 0;
    for item in items {
        let Some(text) = item.as_str().filter(|s| !s.is_empty()) else { continue };
        n += 1;
        // A single point is not numbered: 一是 promises a 二是. A point numbered 一要 reads after
        // 要, and so does one alone: `推行重点项目审批“全程代办”。` under a measure read as done
        // (review 28, 恭城).
        if !style.is_empty() && given > 1 {
            out.write(&ordinal(n, &style))?;
        } else if style.ends_with('要') && !marks::plain(text).starts_with('要') {
            out.write("要")?;
        }
        out.write(&marks::map_text(text, sentence))?;
    }
    Ok(())
}

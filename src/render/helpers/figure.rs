//! `{{figure FIG [lead=true]}}` and `{{figures LIST}}`: the writer's figures as clauses of the
//! register (`全市实际利用外资12.3亿美元，完成目标的105%，增长8.5%，位居全省第三位`). The clauses are
//! phrased by `plan::figure` while planning; these helpers choose the form and add the mark.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};
use serde_json::Value;

use crate::marks;

/// One figure object of the context as marked text.
fn one(fig: &Value, lead: bool) -> String {
    let key = if lead { "clause_lead" } else { "clause" };
    let text = fig.get(key).and_then(Value::as_str).unwrap_or("");
    match fig.get("src").and_then(Value::as_u64) {
        Some(id) if !text.is_empty() => marks::wrap(id as usize, text),
        _ => text.to_string(),
    }
}

pub fn figure(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let fig = super::param(h, 0)?;
    let lead = h.hash_get("lead").is_some_and(|v| v.value().as_bool().unwrap_or(false));
    out.write(&one(fig, lead))?;
    Ok(())
}

/// Every figure of a list joined by `；`, the first with 全市 (when planning gave it one), ending `。`.
/// Running totals (`total`: 累计认定…) come after the others, in a sentence of their own led the
/// same way, so that a period said before the list (`2026年1—4月，`) dates only the period's
/// figures; a list of running totals alone stays as it is.
pub fn figures(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let Value::Array(list) = super::param(h, 0)? else { return Ok(()) };
    let total = |f: &&Value| f.get("total").and_then(Value::as_bool).unwrap_or(false);
    let (totals, flows): (Vec<&Value>, Vec<&Value>) = list.iter().partition(total);
    let sentences: Vec<Vec<&Value>> =
        if flows.is_empty() || totals.is_empty() { vec![list.iter().collect()] } else { vec![flows, totals] };
    for figures in sentences {
        let parts: Vec<String> =
            figures.iter().enumerate().map(|(i, f)| one(f, i == 0)).filter(|s| !s.is_empty()).collect();
        if !parts.is_empty() {
            out.write(&parts.join("；"))?;
            out.write("。")?;
        }
    }
    Ok(())
}

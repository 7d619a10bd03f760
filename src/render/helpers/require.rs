//! `{{require speaker "…"}}` → nothing, or an error with the message when the value is missing or
//! empty: how a genre's template says which brief fields it cannot do without (a news report must
//! name its speaker, a research-visit speech the unit visited).

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};
use serde_json::Value;

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    _: &mut dyn Output,
) -> HelperResult {
    let missing = match h.param(0).map(|p| p.value()) {
        None | Some(Value::Null) => true,
        Some(Value::String(s)) => crate::marks::plain(s).trim().is_empty(),
        Some(Value::Array(a)) => a.is_empty(),
        Some(_) => false,
    };
    if missing {
        let message = super::str_param(h, 1)?;
        return Err(handlebars::RenderErrorReason::NestedError(Box::new(MissingField(message))).into());
    }
    Ok(())
}

/// What `{{require}}` stops a render with: the brief lacks a field the template cannot do without.
/// Typed, so the renderer tells it from a template's own fault without reading its text.
#[derive(Debug)]
pub struct MissingField(pub String);

impl std::fmt::Display for MissingField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for MissingField {}

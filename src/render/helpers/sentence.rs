//! `{{sentence TEXT}}` → TEXT as a full sentence: ends in `。` unless it already ends in `。！？…`;
//! a trailing `，`/`、`/`；` becomes `。`. Marks are kept.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};

use crate::marks;

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let text = super::str_param(h, 0)?;
    out.write(&marks::map_text(&text, crate::text::sentence))?;
    Ok(())
}

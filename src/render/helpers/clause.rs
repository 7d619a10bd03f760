//! `{{clause TEXT}}` → TEXT without its closing `。；，、！`, to write `一是{{clause h}}。`. Marks are kept.

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
    out.write(&marks::map_text(&text, crate::text::clause))?;
    Ok(())
}

//! `{{sentence TEXT}}` → TEXT as a full sentence: ends in `。` unless it already ends in `。！？…`;
//! a trailing `，`/`、`/`；` becomes `。`. Marks are kept.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};

use crate::render::marks;

pub fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return String::new();
    }
    // A closing quote ends the sentence only when the quoted words end it (…落实。”); after a quoted
    // term (推行“一件事一次办”) the sentence still needs its 。.
    let body = t.trim_end_matches(['”', '」']);
    if body.ends_with(['。', '！', '？', '…']) {
        return t.to_string();
    }
    format!("{}。", t.trim_end_matches(['，', '、', ',', '.', ';', '；', '：', ':']))
}

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let text = super::str_param(h, 0)?;
    out.write(&marks::map_text(&text, sentence))?;
    Ok(())
}

//! `{{ordinal @index "一是"}}` → 一是, 二是 …: the numbering styles of the register.
//!
//! A style is written with the first item's number in it: `一、` `（一）` `一是` `一要` `第一，` use the
//! Chinese numeral, `1.` `（1）` the Arabic one. The index is 0-based, as `@index` is.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};

use super::cn::numeral;

/// The `n`th (1-based) ordinal in `style`.
pub fn ordinal(n: usize, style: &str) -> String {
    if style.contains('一') {
        style.replacen('一', &numeral(n as u64), 1)
    } else if style.contains('1') {
        style.replacen('1', &n.to_string(), 1)
    } else {
        style.to_string()
    }
}

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let index = super::param(h, 0)?
        .as_u64()
        .ok_or_else(|| super::fail("ordinal 的第一个参数应为序号（@index）".into()))?;
    let style = super::str_param(h, 1)?;
    // `of=(len measures)`: one item of one is not numbered (一是 promises a 二是).
    if h.hash_get("of").and_then(|v| v.value().as_u64()).is_some_and(|n| n <= 1) {
        return Ok(());
    }
    out.write(&ordinal(index as usize + 1, &style))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::ordinal;

    #[test]
    fn every_style() {
        let styles = ["一、", "（一）", "1.", "（1）", "一是", "一要", "第一，"];
        let got: Vec<String> = styles.iter().map(|s| ordinal(12, s)).collect();
        assert_eq!(got, ["十二、", "（十二）", "12.", "（12）", "十二是", "十二要", "第十二，"]);
    }
}

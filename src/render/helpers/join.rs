//! `{{join LIST [sep="、"] [last="和"]}}` → `甲、乙和丙`: the 、-joined lists of the register.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};
use serde_json::Value;

pub fn join(items: &[String], sep: &str, last: Option<&str>) -> String {
    match (items.len(), last) {
        (0, _) => String::new(),
        (n, Some(last)) if n > 1 => format!("{}{last}{}", items[..n - 1].join(sep), items[n - 1]),
        _ => items.join(sep),
    }
}

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let items: Vec<String> = match super::param(h, 0)? {
        Value::Array(a) => a
            .iter()
            .filter_map(|v| match v {
                Value::String(s) if !s.is_empty() => Some(s.clone()),
                Value::Object(o) => o.get("text").and_then(Value::as_str).map(str::to_string),
                Value::Null => None,
                v => Some(v.to_string()),
            })
            .collect(),
        Value::Null => Vec::new(),
        _ => return Err(super::fail("join 的参数应为列表".into())),
    };
    let sep = super::hash_str(h, "sep").unwrap_or_else(|| "、".into());
    let last = super::hash_str(h, "last");
    out.write(&join(&items, &sep, last.as_deref()))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn joins() {
        let v: Vec<String> = ["甲", "乙", "丙"].map(String::from).to_vec();
        assert_eq!(super::join(&v, "、", None), "甲、乙、丙");
        assert_eq!(super::join(&v, "、", Some("和")), "甲、乙和丙");
        assert_eq!(super::join(&v[..1], "、", Some("和")), "甲");
    }
}

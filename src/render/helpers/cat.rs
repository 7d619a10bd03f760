//! `(cat "增强" theme.high "的使命担当")` → one string of its parameters, for a parameter of another
//! helper that is part fixed text, part the brief's (`also=` beside a heading that names the
//! article's work). Null parameters add nothing.

use serde_json::Value;

handlebars::handlebars_helper!(cat: |*args| args
    .iter()
    .map(|v| match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        v => v.to_string(),
    })
    .collect::<String>());

#[cfg(test)]
mod tests {
    use handlebars::Handlebars;
    use serde_json::json;

    #[test]
    fn joins_text_and_values_and_skips_nulls() {
        let mut hb = Handlebars::new();
        hb.set_strict_mode(true);
        hb.register_escape_fn(handlebars::no_escape);
        hb.register_helper("cat", Box::new(super::cat));
        let out = hb
            .render_template(
                r#"{{cat "增强" t.high "的使命担当" none}}"#,
                &json!({"t": {"high": "打造一流营商环境"}, "none": null}),
            )
            .unwrap();
        assert_eq!(out, "增强打造一流营商环境的使命担当");
    }
}

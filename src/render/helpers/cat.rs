//! `(cat "增强" theme.high "的使命担当")` → one string of its parameters, for a parameter of another
//! helper that is part fixed text, part the brief's (`also=` beside a heading that names the
//! article's work). Null parameters add nothing.

use handlebars::{Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, ScopedJson};
use serde_json::Value;

pub struct Cat;

impl HelperDef for Cat {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let mut out = String::new();
        for p in h.params() {
            match p.value() {
                Value::Null => {}
                Value::String(s) => out.push_str(s),
                v => out.push_str(&v.to_string()),
            }
        }
        Ok(ScopedJson::Derived(Value::String(out)))
    }
}

#[cfg(test)]
mod tests {
    use handlebars::Handlebars;
    use serde_json::json;

    #[test]
    fn joins_text_and_values_and_skips_nulls() {
        let mut hb = Handlebars::new();
        hb.set_strict_mode(true);
        hb.register_escape_fn(handlebars::no_escape);
        hb.register_helper("cat", Box::new(super::Cat));
        let out = hb
            .render_template(
                r#"{{cat "增强" t.high "的使命担当" none}}"#,
                &json!({"t": {"high": "打造一流营商环境"}, "none": null}),
            )
            .unwrap();
        assert_eq!(out, "增强打造一流营商环境的使命担当");
    }
}

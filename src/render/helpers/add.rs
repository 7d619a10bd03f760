//! `{{add A B}}` → A + B: numbering that continues past a list, as in the 调研座谈讲话 whose
//! requirements run 第一 (fixed), then one per measure, then the last one:
//! `{{ordinal (add @index 1) "第一，"}}`, `{{ordinal (add (len measures) 1) "第一，"}}`.

handlebars::handlebars_helper!(add: |a: u64, b: u64| a + b);

#[cfg(test)]
mod tests {
    use handlebars::Handlebars;
    use serde_json::json;

    #[test]
    fn adds_inside_a_subexpression() {
        let mut hb = Handlebars::new();
        hb.register_helper("add", Box::new(super::add));
        let out = hb.render_template("{{add (add n 1) 2}}", &json!({"n": 3})).unwrap();
        assert_eq!(out, "6");
    }
}

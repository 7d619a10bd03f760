//! `(has LIST VALUE)` → whether LIST holds VALUE: a template asks whether the writer already gave
//! something it would otherwise add, `{{#unless (has (pluck measures "topic") "组织领导与作风")}}` —
//! a brief with its own measure on 组织领导 gets no second, stock one after it. Anything but a list
//! holds nothing.

handlebars::handlebars_helper!(has: |list: Json, value: Json| list.as_array().is_some_and(|a| a.contains(value)));

#[cfg(test)]
mod tests {
    use handlebars::Handlebars;
    use serde_json::json;

    #[test]
    fn tells_whether_a_list_holds_a_value() {
        let mut hb = Handlebars::new();
        hb.register_helper("has", Box::new(super::has));
        let t = "{{#if (has topics \"组织领导与作风\")}}有{{else}}无{{/if}}";
        assert_eq!(hb.render_template(t, &json!({"topics": ["招商引资", "组织领导与作风"]})).unwrap(), "有");
        assert_eq!(hb.render_template(t, &json!({"topics": ["招商引资"]})).unwrap(), "无");
        assert_eq!(hb.render_template(t, &json!({"topics": null})).unwrap(), "无");
    }
}

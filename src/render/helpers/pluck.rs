//! `{{pluck LIST "KEY"}}` → one list of every item's `KEY` (lists are flattened): the points of all
//! problem parts numbered in one run, `{{points (pluck problems "points") "一是"}}` → 一是…二是…三是…,
//! where numbering part by part would restart at 一是 (种子 004 numbers its 问题 一是…六是 straight through).

use handlebars::{Context, Handlebars, Helper, HelperDef, RenderContext, RenderError, ScopedJson};
use serde_json::Value;

pub struct Pluck;

/// Every item's `key`, lists flattened, nulls and empty strings left out.
pub fn pluck(items: &[Value], key: &str) -> Vec<Value> {
    let mut out = Vec::new();
    for item in items {
        match item.get(key) {
            Some(Value::Array(a)) => out.extend(a.iter().filter(|v| !is_empty(v)).cloned()),
            Some(v) if !is_empty(v) => out.push(v.clone()),
            _ => {}
        }
    }
    out
}

fn is_empty(v: &Value) -> bool {
    matches!(v, Value::Null) || v.as_str().is_some_and(str::is_empty)
}

impl HelperDef for Pluck {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let items = match super::param(h, 0)? {
            Value::Array(a) => a.clone(),
            Value::Null => Vec::new(),
            _ => return Err(super::fail("pluck 的第一个参数应为列表".into())),
        };
        let key = super::str_param(h, 1)?;
        Ok(ScopedJson::Derived(Value::Array(pluck(&items, &key))))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn flattens_the_key_of_every_item() {
        let items = json!([{"points": ["甲", "乙"]}, {"points": []}, {"points": ["丙"]}, {"heading": "无"}]);
        let got = super::pluck(items.as_array().unwrap(), "points");
        assert_eq!(got, vec![json!("甲"), json!("乙"), json!("丙")]);
    }
}

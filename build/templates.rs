//! The embedded templates, compiled by handlebars here, at build time, and written out as Rust
//! that rebuilds them from `src/render/ast.rs` (see that file for why).
//!
//! Every template is rebuilt here with the same constructors the generated code calls, and the
//! code is written only when the rebuilt template equals the compiled one. handlebars' types are
//! `#[non_exhaustive]` and keep one flag (`indent_before_write`) crate-private, so a construct this
//! file does not know, or a handlebars release that changes them, costs speed, never correctness:
//! that template is compiled at run time instead, and the build says so.

use std::fmt::Write as _;

use handlebars::JsonValue;
use handlebars::template::{
    BlockParam, DecoratorTemplate, HelperTemplate, Parameter, Template, TemplateElement,
};

use crate::ast;

/// A piece of generated code and the value that code builds.
type Gen<T> = Option<(String, T)>;

fn list<T>(items: impl IntoIterator<Item = Gen<T>>) -> Gen<Vec<T>> {
    let mut code = String::from("vec![");
    let mut values = Vec::new();
    for item in items {
        let (c, v) = item?;
        code.push_str(&c);
        code.push_str(", ");
        values.push(v);
    }
    code.push(']');
    Some((code, values))
}

fn param(p: &Parameter) -> Gen<Parameter> {
    let (code, value) = match p {
        Parameter::Name(n) => (format!("ast::name({n:?})"), ast::name(n)),
        Parameter::Path(handlebars::Path::Relative((segs, raw)))
            if segs.iter().all(|s| matches!(s, handlebars::PathSeg::Named(_))) =>
        {
            let names: Vec<&str> = segs
                .iter()
                .filter_map(|s| match s {
                    handlebars::PathSeg::Named(n) => Some(n.as_str()),
                    _ => None,
                })
                .collect();
            (format!("ast::rel({raw:?}, &{names:?})"), ast::rel(raw, &names))
        }
        Parameter::Path(p) => {
            let raw = match p {
                handlebars::Path::Relative((_, raw)) | handlebars::Path::Local((_, _, raw)) => raw,
            };
            (format!("ast::path({raw:?})?"), ast::path(raw)?)
        }
        Parameter::Literal(JsonValue::String(s)) => (format!("ast::string({s:?})"), ast::string(s)),
        Parameter::Literal(v) => {
            let json = serde_json::to_string(v).ok()?;
            (format!("ast::literal({json:?})?"), ast::literal(&json)?)
        }
        Parameter::Subexpression(sub) => {
            let TemplateElement::Expression(h) = sub.as_element() else { return None };
            let (name, params, hash) = call(&h.name, &h.params, &h.hash)?;
            let code = format!("ast::subexpression({}, {}, {})", name.0, params.0, hash.0);
            (code, ast::subexpression(name.1, params.1, hash_arg(&hash.1)))
        }
        _ => return None,
    };
    Some((code, value))
}

type Call = ((String, Parameter), (String, Vec<Parameter>), (String, Vec<(String, Parameter)>));

/// A helper's or decorator's name, arguments and hash (sorted by key, so the code is the same on
/// every build).
fn call(
    name: &Parameter,
    params: &[Parameter],
    hash: &std::collections::HashMap<String, Parameter>,
) -> Option<Call> {
    let name = param(name)?;
    let params = list(params.iter().map(param))?;
    let mut keys: Vec<&String> = hash.keys().collect();
    keys.sort();
    let hash = list(keys.into_iter().map(|k| {
        let (c, v) = param(&hash[k])?;
        Some((format!("({k:?}, {c})"), (k.clone(), v)))
    }))?;
    Some((name, params, hash))
}

fn hash_arg(hash: &[(String, Parameter)]) -> Vec<(&str, Parameter)> {
    hash.iter().map(|(k, v)| (k.as_str(), v.clone())).collect()
}

fn optional(t: &Option<Template>) -> Gen<Option<Template>> {
    match t {
        None => Some(("None".to_string(), None)),
        Some(t) => template(t, None).map(|(c, v)| (format!("Some({c})"), Some(v))),
    }
}

fn block_param(b: &Option<BlockParam>) -> Gen<Option<BlockParam>> {
    Some(match b {
        None => ("None".to_string(), None),
        Some(BlockParam::Single(p)) => {
            let (c, v) = param(p)?;
            (format!("Some(ast::single({c}))"), Some(ast::single(v)))
        }
        Some(BlockParam::Pair((a, b))) => {
            let ((ca, va), (cb, vb)) = (param(a)?, param(b)?);
            (format!("Some(ast::pair({ca}, {cb}))"), Some(ast::pair(va, vb)))
        }
        Some(_) => return None,
    })
}

fn helper(h: &HelperTemplate) -> Gen<Box<HelperTemplate>> {
    let (name, params, hash) = call(&h.name, &h.params, &h.hash)?;
    let (bp, template, inverse) =
        (block_param(&h.block_param)?, optional(&h.template)?, optional(&h.inverse)?);
    // The crate-private flag cannot be read: the value that rebuilds `h` is the one it has.
    [false, true].into_iter().find_map(|indent| {
        let shape = ast::Shape {
            block_param: bp.1.clone(),
            template: template.1.clone(),
            inverse: inverse.1.clone(),
            block: h.block,
            chain: h.chain,
            indent_before_write: indent,
        };
        let value = ast::helper(name.1.clone(), params.1.clone(), hash_arg(&hash.1), shape)?;
        (*value == *h).then(|| {
            let code = format!(
                "ast::helper({}, {}, {}, ast::Shape {{ block_param: {}, template: {}, inverse: {}, block: {}, chain: {}, indent_before_write: {indent} }})?",
                name.0, params.0, hash.0, bp.0, template.0, inverse.0, h.block, h.chain
            );
            (code, value)
        })
    })
}

fn decorator(d: &DecoratorTemplate) -> Gen<Box<DecoratorTemplate>> {
    let (name, params, hash) = call(&d.name, &d.params, &d.hash)?;
    let template = optional(&d.template)?;
    [false, true].into_iter().find_map(|indent| {
        let value = ast::decorator(
            name.1.clone(),
            params.1.clone(),
            hash_arg(&hash.1),
            template.1.clone(),
            d.indent.as_deref(),
            indent,
        )?;
        (*value == *d).then(|| {
            let code = format!(
                "ast::decorator({}, {}, {}, {}, {:?}, {indent})?",
                name.0, params.0, hash.0, template.0, d.indent
            );
            (code, value)
        })
    })
}

fn element(e: &TemplateElement) -> Gen<TemplateElement> {
    use TemplateElement as E;
    type Helper = fn(Box<HelperTemplate>) -> TemplateElement;
    type Decorator = fn(Box<DecoratorTemplate>) -> TemplateElement;
    let with_helper = |variant: &str, h: &HelperTemplate, make: Helper| {
        let (code, value) = helper(h)?;
        Some((format!("ast::Element::{variant}({code})"), make(value)))
    };
    let with_decorator = |variant: &str, d: &DecoratorTemplate, make: Decorator| {
        let (code, value) = decorator(d)?;
        Some((format!("ast::Element::{variant}({code})"), make(value)))
    };
    match e {
        E::RawString(s) => Some((format!("ast::raw({s:?})"), ast::raw(s))),
        E::Comment(s) => Some((format!("ast::comment({s:?})"), ast::comment(s))),
        E::Expression(h) => with_helper("Expression", h, E::Expression),
        E::HtmlExpression(h) => with_helper("HtmlExpression", h, E::HtmlExpression),
        E::HelperBlock(h) => with_helper("HelperBlock", h, E::HelperBlock),
        E::DecoratorExpression(d) => with_decorator("DecoratorExpression", d, E::DecoratorExpression),
        E::DecoratorBlock(d) => with_decorator("DecoratorBlock", d, E::DecoratorBlock),
        E::PartialExpression(d) => with_decorator("PartialExpression", d, E::PartialExpression),
        E::PartialBlock(d) => with_decorator("PartialBlock", d, E::PartialBlock),
        _ => None,
    }
}

fn template(t: &Template, name: Option<&str>) -> Gen<Template> {
    let (elements, values) = list(t.elements.iter().map(element))?;
    let value = ast::tpl(name, values);
    (value == *t).then(|| (format!("ast::tpl({name:?}, {elements})"), value))
}

/// Rust source for `render::precompiled`: `fn template(name) -> Option<Template>` over every
/// template of `sources` (name without `.hbs`, text with comments already emptied) that compiles
/// and can be rebuilt, and `NAMES`, the names it covers.
pub fn generate(sources: &[(String, String)]) -> String {
    let mut code = String::new();
    let mut arms = String::new();
    let mut names = Vec::new();
    for (i, (name, text)) in sources.iter().enumerate() {
        // A template that does not compile is reported when it is used, with its position.
        let Ok(compiled) = Template::compile_with_name(text, name.clone()) else { continue };
        let compiled = ast::without_mapping(compiled);
        let Some((body, _)) = template(&compiled, Some(name)) else {
            println!(
                "cargo:warning=template {name} is compiled at run time: it has a construct build/templates.rs cannot rebuild"
            );
            continue;
        };
        writeln!(code, "fn t{i}() -> Option<Template> {{\n    Some({body})\n}}").unwrap();
        writeln!(arms, "        {name:?} => t{i}(),").unwrap();
        names.push(name.as_str());
    }
    writeln!(code, "/// The embedded templates rebuilt here; the others are compiled at run time.").unwrap();
    writeln!(code, "pub const NAMES: &[&str] = &{names:?};").unwrap();
    writeln!(code, "/// The embedded template `name`, rebuilt (`None` if it is not among `NAMES`).").unwrap();
    writeln!(code, "pub fn template(name: &str) -> Option<Template> {{\n    match name {{\n{arms}        _ => None,\n    }}\n}}").unwrap();
    code
}

//! handlebars templates built from their parts, without parsing.
//!
//! Compiling a template is the largest single cost of a draft: handlebars' pest grammar asks for
//! the line and column of every token, and pest finds each by scanning the template from its first
//! byte. So `build.rs` compiles the embedded templates once, at build time, and writes Rust that
//! rebuilds each one from the constructors here (`render::precompiled`); a draft then only
//! allocates. This file is shared with `build.rs` (`#[path]`, as `model/phrase.rs` is), which
//! rebuilds every template with these same functions and checks the result equals what handlebars
//! compiled before it writes a line of code: a construct these functions cannot express leaves that
//! template to be compiled at run time, as a writer's own templates always are.
//!
//! What is not rebuilt is the line:column table handlebars keeps for render-error messages (its
//! type cannot be built outside the crate); `render` recompiles from source when a rebuilt template
//! fails, so a writer still sees where.

use std::collections::HashMap;

use handlebars::template::{
    BlockParam, DecoratorTemplate, ExpressionSpec, ExpressionSpecBuilder, HelperTemplate, Parameter,
    Subexpression, Template, TemplateElement,
};
use handlebars::{JsonValue, Path};

pub type Element = TemplateElement;

/// A template of `elements`; `name` for a registered one, `None` for a block's body.
pub fn tpl(name: Option<&str>, elements: Vec<Element>) -> Template {
    let mut t = Template::new();
    t.name = name.map(str::to_string);
    t.elements = elements;
    t
}

pub fn raw(text: &str) -> Element {
    TemplateElement::RawString(text.to_string())
}

pub fn comment(text: &str) -> Element {
    TemplateElement::Comment(text.to_string())
}

/// A helper's name (`filler`, `if`).
pub fn name(n: &str) -> Parameter {
    Parameter::Name(n.to_string())
}

/// A path of plain names (`locality`, `brief.meeting`), as handlebars parses it: the segments and
/// the text as written.
pub fn rel(raw: &str, segments: &[&str]) -> Parameter {
    use handlebars::PathSeg;
    Parameter::Path(Path::Relative((
        segments.iter().map(|s| PathSeg::Named((*s).to_string())).collect(),
        raw.to_string(),
    )))
}

/// Any other path (`this`, `../x`, `@index`): parsed by handlebars' own path parser, whose segment
/// kinds cannot be named outside it. `None` if it does not parse (`build.rs` checked it does).
pub fn path(raw: &str) -> Option<Parameter> {
    Path::parse(raw).ok().map(Parameter::Path)
}

pub fn string(s: &str) -> Parameter {
    Parameter::Literal(JsonValue::String(s.to_string()))
}

/// A literal other than a string (`1`, `true`), from its JSON text.
pub fn literal(json: &str) -> Option<Parameter> {
    serde_json::from_str(json).ok().map(Parameter::Literal)
}

fn spec(name: Parameter, params: Vec<Parameter>, hash: Vec<(&str, Parameter)>) -> Option<ExpressionSpec> {
    let hash: HashMap<String, Parameter> = hash.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    ExpressionSpecBuilder::default()
        .name(name)
        .params(params)
        .hash(hash)
        .omit_pre_ws(false)
        .omit_pro_ws(false)
        .build()
        .ok()
}

pub fn subexpression(name: Parameter, params: Vec<Parameter>, hash: Vec<(&str, Parameter)>) -> Parameter {
    let hash = hash.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    Parameter::Subexpression(Subexpression::new(name, params, hash))
}

pub fn single(p: Parameter) -> BlockParam {
    BlockParam::Single(p)
}

pub fn pair(a: Parameter, b: Parameter) -> BlockParam {
    BlockParam::Pair((a, b))
}

/// What a helper call or block is made of, besides its name and arguments.
pub struct Shape {
    pub block_param: Option<BlockParam>,
    pub template: Option<Template>,
    pub inverse: Option<Template>,
    pub block: bool,
    pub chain: bool,
    /// handlebars' own flag for a standalone block tag inside an indented partial.
    pub indent_before_write: bool,
}

pub fn helper(
    name: Parameter,
    params: Vec<Parameter>,
    hash: Vec<(&str, Parameter)>,
    shape: Shape,
) -> Option<Box<HelperTemplate>> {
    let mut h = HelperTemplate::new(spec(name, params, hash)?, shape.block, shape.indent_before_write);
    h.block_param = shape.block_param;
    h.template = shape.template;
    h.inverse = shape.inverse;
    h.chain = shape.chain;
    Some(Box::new(h))
}

pub fn decorator(
    name: Parameter,
    params: Vec<Parameter>,
    hash: Vec<(&str, Parameter)>,
    template: Option<Template>,
    indent: Option<&str>,
    indent_before_write: bool,
) -> Option<Box<DecoratorTemplate>> {
    let mut d = DecoratorTemplate::new(spec(name, params, hash)?, indent_before_write);
    d.template = template;
    d.indent = indent.map(str::to_string);
    Some(d.into())
}

/// `t` without its line:column table, at every depth: what the constructors here build, so the
/// two can be compared.
pub fn without_mapping(mut t: Template) -> Template {
    fn clear(t: &mut Template) {
        t.mapping.clear();
        for e in &mut t.elements {
            match e {
                TemplateElement::HtmlExpression(h)
                | TemplateElement::Expression(h)
                | TemplateElement::HelperBlock(h) => {
                    for t in [&mut h.template, &mut h.inverse].into_iter().flatten() {
                        clear(t);
                    }
                }
                TemplateElement::DecoratorExpression(d)
                | TemplateElement::DecoratorBlock(d)
                | TemplateElement::PartialExpression(d)
                | TemplateElement::PartialBlock(d) => {
                    if let Some(t) = &mut d.template {
                        clear(t);
                    }
                }
                _ => {}
            }
        }
    }
    clear(&mut t);
    t
}

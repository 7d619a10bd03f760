//! Render: a `Plan` through the genre's handlebars template into a `Draft`.
//!
//! Handlebars runs in strict mode (a misspelt variable is an error, not a silent blank) with no
//! escaping (a draft is not HTML: `&`, `<`, `"` stay as typed). The template emits line markup
//! (`markup`), with provenance marks (`marks`) that become each block's `sources`.
//!
//! Length: the template is rendered once, with every `filler` site left as a marker, and measured
//! with the sites empty; the picker then hands statements to the sites for the missing characters
//! and they are spliced in where the markers stand (the same bytes a second rendering would give:
//! see `Picker::filler_text`). Filler text is exactly the statements' text, so one splice almost
//! always lands on the target; a few more correct any remainder. Brief content is never dropped.
//!
//! The embedded templates come precompiled (`precompiled`, built by `build.rs` from `ast`); a
//! writer's own are compiled here.

// Which constructors the generated code calls depends on what the templates contain.
#[allow(dead_code)]
pub mod ast;
pub mod comments;
pub mod helpers;

pub mod markup;
pub mod outline;
pub mod precompiled;

use handlebars::Handlebars;

use crate::assets::Asset;
use crate::error::{Error, Position, Result};
use crate::marks;
use crate::model::Draft;
use crate::plan::Plan;
use crate::plan::picker::Pass;

pub use crate::model::draft::{Explanation, SentenceSource};

fn label(a: &Asset) -> String {
    a.origin.as_ref().map_or_else(|| format!("<内置模板>/{}", a.name), |p| p.display().to_string())
}

/// How the registry gets an embedded template: rebuilt from what `build.rs` compiled (drafting),
/// or compiled from its text, which also records each element's line:column (to report where a
/// template failed).
#[derive(Clone, Copy, PartialEq)]
enum Embedded {
    Precompiled,
    Compile,
}

/// A registry with the genre's main template and the partials it uses (transitively), each under
/// its path without extension. Nothing else is compiled: template parsing is the largest single
/// cost of a draft (other genres' templates, a partial no template calls).
fn registry<'a>(templates: &[Asset], main: &str, embedded: Embedded) -> Result<Handlebars<'a>> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    hb.register_escape_fn(handlebars::no_escape);
    let by_name = |name: &str| templates.iter().find(|a| a.name.strip_suffix(".hbs") == Some(name));
    let mut wanted = vec![main.to_string()];
    // Who calls whom, for the cycle check: handlebars would recurse until the stack overflows.
    let mut calls: Vec<(String, Vec<String>)> = Vec::new();
    let mut i = 0;
    while i < wanted.len() {
        let asset = by_name(&wanted[i]);
        if let Some(a) = asset.filter(|a| a.origin.is_some()) {
            vet(a)?;
        }
        let text = asset.map(|a| a.text.as_ref()).unwrap_or_default();
        match partials_called(text) {
            Some(names) => {
                calls.push((wanted[i].clone(), names.clone()));
                for n in names {
                    if !wanted.contains(&n) {
                        wanted.push(n);
                    }
                }
            }
            // A partial chosen at render time: every partial may be needed.
            None => wanted.extend(
                templates
                    .iter()
                    .filter_map(|a| a.name.strip_suffix(".hbs"))
                    .filter(|n| n.contains('/'))
                    .map(str::to_string),
            ),
        }
        i += 1;
    }
    if let Some(cycle) = include_cycle(&calls) {
        let file = by_name(&cycle[0]).map_or_else(|| format!("{}.hbs", cycle[0]), label);
        return Err(Error::input(file, None, format!("模板片段互相引用，形成循环：{}", cycle.join(" → ")))
            .with_hint("去掉其中一处 `{{> …}}`，让引用有个尽头"));
    }
    for a in templates {
        let Some(name) = a.name.strip_suffix(".hbs") else { continue };
        if !wanted.iter().any(|w| w == name) || hb.has_template(name) {
            continue;
        }
        if a.origin.is_none()
            && embedded == Embedded::Precompiled
            && let Some(t) = precompiled::template(name)
        {
            hb.register_template(name, t);
            continue;
        }
        hb.register_template_string(name, comments::strip(a.text.as_ref()).as_ref()).map_err(|e| {
            let pos = e.pos().map(|(line, col)| Position { line, col });
            Error::input(label(a), pos, format!("模板语法错误：{}", syntax_reason(e.reason())))
        })?;
    }
    Ok(hb)
}

/// The most `{{…}}` tags a writer's template may hold. Ours hold about a hundred; handlebars works
/// out a line and column for every tag from the start of the text, so compiling N tags costs N²
/// (10,000 took 1.4 s, 40,000 took 22 s).
const MAX_TAGS: usize = 4_000;
/// The deepest a writer's template may nest blocks (`{{#if}}` inside `{{#each}}` …). Ours nest 3
/// deep; 5,000 deep overflowed the stack.
const MAX_DEPTH: usize = 64;

/// Refuses a writer's template that would cost too much to compile or overflow the stack, before
/// handlebars sees it.
fn vet(a: &Asset) -> Result<()> {
    let text = a.text.as_ref();
    let refuse = |at: usize, message: String, hint: &str| {
        Err(Error::input(label(a), Some(Position::of_offset(text, at)), message).with_hint(hint))
    };
    let (mut tags, mut depth) = (0, 0usize);
    for (at, _) in text.match_indices("{{") {
        tags += 1;
        if tags > MAX_TAGS {
            return refuse(
                at,
                format!("模板太大：超过 {MAX_TAGS} 个 {{{{…}}}} 标签"),
                "把它拆成几个片段（partials/…），或删去重复的部分",
            );
        }
        let rest = text[at + 2..].trim_start_matches(['{', '~']);
        // An inline partial may call itself (`{{#*inline "r"}}{{> r}}{{/inline}}{{> r}}`): handlebars
        // recursed until the stack overflowed, an abort in English (fuzz 26). Ours use none; a
        // partial of the writer's goes in a file, where the cycle check sees it.
        if rest.starts_with("#*inline") || rest.starts_with("#>") {
            return refuse(
                at,
                "模板里不能定义内联片段（{{#*inline …}}、{{#> …}}）".to_string(),
                "把片段写成 partials/ 文件夹里的文件，用 {{> partials/名称}} 引用",
            );
        }
        if rest.starts_with(['#', '^']) {
            depth += 1;
            if depth > MAX_DEPTH {
                return refuse(
                    at,
                    format!("模板的块标签嵌套超过 {MAX_DEPTH} 层"),
                    "检查 {{#…}} 是否都有对应的 {{/…}}，或把深层的部分拆成片段",
                );
            }
        } else if rest.starts_with('/') {
            depth = depth.saturating_sub(1);
        }
    }
    Ok(())
}

/// A chain of partials that calls itself (`a → b → a`), if there is one.
fn include_cycle(calls: &[(String, Vec<String>)]) -> Option<Vec<String>> {
    fn visit(
        name: &str,
        calls: &[(String, Vec<String>)],
        path: &mut Vec<String>,
        done: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|p| p == name) {
            let mut cycle = path[start..].to_vec();
            cycle.push(name.to_string());
            return Some(cycle);
        }
        if done.iter().any(|d| d == name) {
            return None;
        }
        path.push(name.to_string());
        let called = calls.iter().find(|(n, _)| n == name).map(|(_, c)| c.as_slice()).unwrap_or_default();
        for c in called {
            if let Some(cycle) = visit(c, calls, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.push(name.to_string());
        None
    }
    let (mut path, mut done) = (Vec::new(), Vec::new());
    calls.iter().find_map(|(name, _)| visit(name, calls, &mut path, &mut done))
}

/// The names of the partials `text` calls (`{{> partials/title}}`, `{{#> name}}`), or `None`
/// when one is chosen at render time (`{{> (lookup …)}}`).
fn partials_called(text: &str) -> Option<Vec<String>> {
    let mut names = Vec::new();
    for (at, _) in text.match_indices("{{") {
        let rest = text[at + 2..].trim_start_matches(['~', '#']);
        let Some(call) = rest.strip_prefix('>') else { continue };
        let call = call.trim_start();
        if call.starts_with('(') {
            return None;
        }
        let name: String =
            call.chars().take_while(|c| !c.is_whitespace() && *c != '}' && *c != '~').collect();
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    Some(names)
}

/// handlebars' parse errors in Chinese. Its grammar error lists every token the parser could have
/// accepted (`expected escape, expression, html_expression, …`), which tells a writer nothing.
fn syntax_reason(reason: &handlebars::TemplateErrorReason) -> String {
    use handlebars::TemplateErrorReason as R;
    match reason {
        R::MismatchingClosedHelper(open, close) | R::MismatchingClosedDecorator(open, close) => {
            format!("打开的是 `{{{{#{open}}}}}`，关闭的却是 `{{{{/{close}}}}}`")
        }
        R::InvalidSyntax(_) => {
            "这里的 `{{…}}` 标签无法解析：检查花括号是否成对、块标签 `{{#…}}` 是否带参数并有对应的 `{{/…}}`"
                .to_string()
        }
        R::InvalidParam(p) => format!("参数 `{p}` 无效"),
        R::NestedSubexpression => "不支持嵌套的子表达式".to_string(),
        R::IoError(_, name) => format!("读不了模板 `{name}`"),
        _ => "模板无法解析".to_string(),
    }
}

fn render_error(e: &handlebars::RenderError, templates: &[Asset]) -> Error {
    let name = e.template_name.clone().unwrap_or_default();
    let file = templates
        .iter()
        .find(|a| a.name.strip_suffix(".hbs") == Some(name.as_str()))
        .map_or_else(|| format!("<模板>/{name}.hbs"), label);
    let pos = e.line_no.map(|line| Position { line, col: e.column_no.unwrap_or(1) });
    use handlebars::RenderErrorReason as Why;
    // `{{require …}}`: the brief lacks what the genre cannot do without. The fix is in the brief,
    // not in the template, so the template's position would only mislead.
    if let Why::NestedError(inner) = e.reason()
        && let Some(missing) = inner.downcast_ref::<helpers::require::MissingField>()
    {
        let genre = if name.contains('/') { "体裁" } else { name.as_str() };
        return Error::usage_with_hint(
            missing.0.clone(),
            format!("在提纲中补上这一项；这一体裁要写的字段见 `jianggao example --genre {genre}`"),
        );
    }
    // handlebars' own messages are English; each kind a template can meet is said in Chinese.
    let message = match e.reason() {
        Why::MissingVariable(path) => {
            format!("模板引用了不存在的变量 `{}`", path.as_deref().unwrap_or("?"))
        }
        Why::PartialNotFound(p) => format!("模板引用的片段 `{p}` 不存在"),
        Why::TemplateNotFound(t) => format!("模板 `{t}` 不存在"),
        Why::HelperNotFound(h) => format!("模板用了不存在的辅助函数 `{h}`"),
        Why::DecoratorNotFound(d) => format!("模板用了不存在的修饰器 `{d}`"),
        Why::PartialBlockNotFound => "模板里的 `{{> @partial-block}}` 没有可用的内容".to_string(),
        Why::CannotIncludeSelf => "模板不能把自己作为片段引用".to_string(),
        Why::ParamNotFoundForIndex(h, i) => format!("辅助函数 `{h}` 缺少第 {} 个参数", i + 1),
        Why::ParamNotFoundForName(h, p) => format!("辅助函数 `{h}` 缺少参数 `{p}`"),
        Why::ParamTypeMismatchForName(h, p, t) | Why::HashTypeMismatchForName(h, p, t) => {
            format!("辅助函数 `{h}` 的参数 `{p}` 类型不对，应为 {t}")
        }
        Why::InvalidParamType(t) => format!("参数类型不对，应为 {t}"),
        Why::BlockContentRequired => "这个块辅助函数需要写块内容（{{#…}}…{{/…}}）".to_string(),
        Why::InvalidJsonPath(p) | Why::InvalidJsonIndex(p) => format!("模板里的变量路径 `{p}` 写法不对"),
        Why::TemplateError(t) => format!("模板语法错误：{}", syntax_reason(t.reason())),
        // Our helpers' own messages (`super::fail`) are Chinese already.
        Why::Other(m) => m.clone(),
        other => format!("模板渲染失败（{other}）"),
    };
    Error::input(file, pos, message).with_hint("模板可用的变量与辅助函数见 docs/templates.md")
}

/// Renders `plan` with the genre's template among `templates`; with every sentence's sources when
/// `explain` (else the explanation is empty: reading every sentence's sources is a good part of
/// reading the output, and only `--explain` prints them).
pub fn render(plan: &Plan<'_>, templates: &[Asset], explain: bool) -> Result<(Draft, Explanation)> {
    let main = plan.genre.name();
    let mut hb = registry(templates, main, Embedded::Precompiled)?;
    if !hb.has_template(main) {
        return Err(Error::usage_with_hint(
            format!("没有体裁 `{main}` 的模板 {main}.hbs"),
            "用 `jianggao templates list` 查看已有模板",
        ));
    }
    helpers::register(&mut hb, &plan.picker);
    let template_file = templates
        .iter()
        .find(|a| a.name == format!("{main}.hbs"))
        .map_or_else(|| format!("{main}.hbs"), label);
    // A rebuilt template has no line:column table (and an error inside one would take the position
    // of the compiled template that includes it): when a pass fails, it is rendered again from
    // compiled text, so the message says where, exactly as before templates were precompiled.
    let located = |e: handlebars::RenderError, pass: Pass| -> Error {
        let Ok(mut compiled) = registry(templates, main, Embedded::Compile) else {
            return render_error(&e, templates);
        };
        helpers::register(&mut compiled, &plan.picker);
        plan.picker.lock().expect("picker lock").begin_pass(pass);
        match compiled.render(main, &plan.context) {
            Err(again) => render_error(&again, templates),
            Ok(_) => render_error(&e, templates),
        }
    };
    let render_pass = |pass: Pass| -> Result<String> {
        plan.picker.lock().expect("picker lock").begin_pass(pass);
        hb.render(main, &plan.context).map_err(|e| located(e, pass))
    };
    let parse = |out: &str, explain: bool| -> Result<(Draft, Explanation)> {
        let sources = plan.picker.lock().expect("picker lock").sources.clone();
        let parsed = markup::parse(out, &plan.spec, &sources, &template_file, explain)?;
        let mut draft = Draft::new(parsed.title, parsed.subtitle, plan.genre, parsed.sections);
        draft.asks = parsed.asks;
        Ok((draft, parsed.explanation))
    };
    let target = plan.target;
    let window = crate::model::draft::length_window(target);
    let (lo, hi) = (*window.start(), *window.end());
    // The measuring pass, with the filler sites marked; `empty` is its text with the sites empty.
    // Their statements are spliced in later, which gives the same text as rendering again (see
    // `Picker::filler_text`) for a fraction of the time; a template that hides a marker from the
    // splice is rendered again instead (`marked` is then `None`).
    let measure = || -> Result<(Option<String>, String, usize)> {
        let marked = render_pass(Pass::MeasureMarked)?;
        let sites = plan.picker.lock().expect("picker lock").sites();
        Ok(match marks::splice(&marked, sites, |_| String::new()) {
            Some(empty) => (Some(marked), empty, sites),
            None => (None, render_pass(Pass::Measure)?, sites),
        })
    };
    let (mut marked, mut empty, mut sites) = measure()?;
    let mut draft = parse(&empty, explain)?;
    // A drawn phrase that makes a stock adverb overused, with what the brief and the template
    // already say, gives way to another (the draft passes its own `check`); a few rounds at most.
    for _ in 0..4 {
        let body = marks::plain(&empty);
        if !plan.picker.lock().expect("picker lock").set_aside_overused(&body, draft.0.chars) {
            break;
        }
        (marked, empty, sites) = measure()?;
        draft = parse(&empty, explain)?;
    }
    let base = draft.0.chars;
    let pinned = plan.picker.lock().expect("picker lock").pins_a_filler();
    if sites == 0 || (base >= target && !pinned) {
        return Ok(draft);
    }
    let filled = || -> Result<String> {
        if let Some(marked) = &marked {
            let mut picker = plan.picker.lock().expect("picker lock");
            if let Some(out) = marks::splice(marked, sites, |n| picker.filler_text(n)) {
                return Ok(out);
            }
        }
        render_pass(Pass::Fill)
    };
    let mut budget = target.saturating_sub(base);
    for _ in 0..4 {
        let added = plan.picker.lock().expect("picker lock").plan_fillers(budget, &empty, base);
        draft = parse(&filled()?, explain)?;
        let chars = draft.0.chars;
        let near = chars.abs_diff(target) * 50 <= target; // within 2%
        if near || (chars >= lo && chars <= hi && added < budget) {
            break;
        }
        // Correct for whatever the template adds around filler text, then try again.
        let delta = target as i64 - chars as i64;
        let next = (budget as i64 + delta).max(0) as usize;
        if next == budget {
            break;
        }
        budget = next;
    }
    Ok(draft)
}

#[cfg(test)]
mod tests {
    use super::{Embedded, partials_called, registry};

    /// Why `render` renders a failed pass again from compiled text: only a compiled template
    /// knows where its elements are.
    #[test]
    fn only_a_compiled_template_says_where_it_failed() {
        let assets = crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap();
        let empty = serde_json::json!({});
        let rebuilt = registry(&assets, "work-conference", Embedded::Precompiled).unwrap();
        let e = rebuilt.render("work-conference", &empty).unwrap_err();
        assert_eq!(e.line_no, None);
        let compiled = registry(&assets, "work-conference", Embedded::Compile).unwrap();
        let again = compiled.render("work-conference", &empty).unwrap_err();
        assert_eq!(again.reason().to_string(), e.reason().to_string());
        assert!(again.line_no.is_some() && again.column_no.is_some(), "{again:?}");
    }

    #[test]
    fn the_partials_a_template_calls() {
        let t = "{{> partials/title}}\n{{#each a}}{{~> partials/goals x=1}}{{/each}}{{#> layout}}b{{/layout}}{{> partials/title}}";
        assert_eq!(partials_called(t).unwrap(), ["partials/title", "partials/goals", "layout"]);
        assert_eq!(partials_called("{{> (lookup . \"p\")}}"), None);
        assert!(partials_called("{{#if x}}{{x}}{{/if}} a > b").unwrap().is_empty());
    }
}

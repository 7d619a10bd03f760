//! The embedded templates as `build.rs` compiled them, rebuilt without parsing (see `ast`).
//!
//! `template(name)` is the embedded template of that name, equal to what handlebars compiles from
//! its text; a writer's own template (`--templates DIR`) is never looked up here.

use handlebars::template::Template;

use super::ast;

include!(concat!(env!("OUT_DIR"), "/templates.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// Every embedded template is rebuilt, and rebuilt exactly as handlebars compiles it.
    #[test]
    fn every_embedded_template_is_rebuilt_as_handlebars_compiles_it() {
        let mut n = 0;
        for (file, text) in crate::assets::TEMPLATES {
            let Some(name) = file.strip_suffix(".hbs") else { continue };
            let source = crate::render::comments::strip(text);
            let compiled = Template::compile_with_name(source.as_ref(), name.to_string()).unwrap();
            assert!(NAMES.contains(&name), "{name} is not precompiled");
            assert_eq!(template(name), Some(ast::without_mapping(compiled)), "{name}");
            n += 1;
        }
        assert!(n >= 8, "{n} templates");
        assert_eq!(template("no-such-template"), None);
    }
}

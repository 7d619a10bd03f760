//! Embeds `templates/` and `phrasebank/` into the binary, so `jianggao` drafts from any directory with
//! no set-up. Every file below those folders becomes an entry `(relative path, contents)` of
//! `assets::TEMPLATES` / `assets::PHRASEBANK` (and the example briefs, `assets::EXAMPLES`, for
//! `jianggao example`); a writer's own folder overrides entries by name at run time.

use std::fmt::Write as _;

/// The grouping drafting looks phrases up by, shared with the crate (`phrasebank::Index`).
#[path = "src/model/groups.rs"]
mod groups;
/// The phrase model, shared with the crate, so the embedded phrasebank is parsed here, once, at
/// build time (see `compiled_phrases`).
#[path = "src/model/phrase.rs"]
#[allow(dead_code)]
mod phrase;
use std::path::PathBuf;

/// handlebars templates built from their parts, shared with the crate (`render::ast`).
#[path = "src/render/ast.rs"]
#[allow(dead_code)]
mod ast;
/// Template comments emptied, as the crate does before compiling (`render::comments`).
#[path = "src/render/comments.rs"]
mod comments;
/// The first shingle of a phrase, stored with it (`model::shingle::head`).
#[path = "src/model/shingle.rs"]
#[allow(dead_code)]
mod shingle;
/// The embedded templates compiled here and written out as Rust (`render::precompiled`).
#[path = "build/templates.rs"]
mod templates;
/// The folder walker the crate uses for a writer's folders (`crate::walk`).
#[path = "src/walk.rs"]
mod walk;
/// Which content words are near one another (`model::words`), computed here for the embedded
/// vocabulary.
#[path = "src/model/words.rs"]
mod words;

/// The files below `folder` of the package, `(relative path, path)`, sorted; the build reruns when
/// any of them changes.
fn files(folder: &str) -> Vec<(String, PathBuf)> {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.join(folder);
    println!("cargo:rerun-if-changed={}", root.display());
    let found = walk::walk(&root).unwrap_or_else(|(path, e)| panic!("{}: {e}", path.display()));
    let files: Vec<(String, PathBuf)> = found.files.into_iter().map(|f| (f.rel, f.path)).collect();
    for (_, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    files
}

fn table(name: &str, folder: &str, code: &mut String) {
    writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
    for (rel, path) in &files(folder) {
        writeln!(code, "    ({rel:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    writeln!(code, "];").unwrap();
}

/// The embedded phrasebank as a compact table (`assets::COMPILED_PHRASES` over the string blob
/// `assets::PHRASE_BLOB`), so drafting never parses YAML for it. The table holds only integers
/// (offsets into the blob), not pointers: a table of pointers needs one load-time relocation per
/// string, which for a phrasebank 100× the seeds' size costs more than the whole draft. A
/// phrasebank file that does not parse fails the build with its message; the same file is also
/// embedded as text, for the run-time overlay and for `jianggao phrases`.
fn compiled_phrases(code: &mut String) {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let mut phrases = Vec::new();
    for section in phrase::Section::ALL {
        let path = manifest.join("phrasebank").join(format!("{}.yaml", section.name()));
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        match serde_yaml::from_str::<Vec<phrase::Phrase>>(&text) {
            Ok(p) => phrases.extend(p),
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    // The strings go into the blob grouped the way drafting reads them — by section, role and
    // first topic — not in table order: a draft reads the texts of a few such groups, and with a
    // phrasebank 100× the seeds' size every page of the blob it touches costs a page fault.
    let mut storage: Vec<usize> = (0..phrases.len()).collect();
    storage.sort_by_key(|&i| {
        let p = &phrases[i];
        (p.section, p.role, p.topics.first().cloned().unwrap_or_default(), i)
    });
    let mut blob = String::new();
    let mut spans = vec![[(0u32, 0u32); 6]; phrases.len()];
    for &i in &storage {
        let p = &phrases[i];
        // Topics joined by U+001F (a character no topic name contains).
        let (topics, keywords, presupposes) =
            (p.topics.join("\u{1f}"), p.keywords.join("\u{1f}"), p.presupposes.join("\u{1f}"));
        for (k, s) in
            [p.id.as_str(), &p.text, &topics, &p.source.doc, &keywords, &presupposes].into_iter().enumerate()
        {
            spans[i][k] = (blob.len() as u32, s.len() as u32);
            blob.push_str(s);
        }
    }
    let mut groups = groups::Groups::default();
    writeln!(code, "pub static COMPILED_PHRASES: &[crate::phrasebank::StaticPhrase] = &[").unwrap();
    for (n, p) in phrases.iter().enumerate() {
        let [id, text, topics, doc, keywords, presupposes] = spans[n];
        groups.add(n as u32, p.section, p.role, p.generic, p.topics.iter().map(String::as_str));
        writeln!(
            code,
            "    crate::phrasebank::StaticPhrase {{ id: {id:?}, section: crate::model::Section::{:?}, role: crate::model::Role::{:?}, text: {text:?}, topics: {topics:?}, generic: {}, keywords: {keywords:?}, presupposes: {presupposes:?}, doc: {doc:?}, line: {} }},",
            p.section, p.role, p.generic, p.source.line
        )
        .unwrap();
    }
    writeln!(code, "];").unwrap();
    // Each phrase's first shingle (`model::shingle::head`; 0: not known from its text), apart from
    // the table: drafting reads it for many phrases it then passes over, and 8 bytes a phrase
    // touch far fewer pages than the whole entry.
    let heads: Vec<String> =
        phrases.iter().map(|p| shingle::head(&p.text).unwrap_or(0).to_string()).collect();
    writeln!(code, "pub static COMPILED_HEADS: &[u64] = &[{}];", heads.join(",")).unwrap();
    index(&groups, code);
    // The vocabulary drafting matches a brief's text against (`plan::relevance::Vocabulary`): each
    // content word with the number of phrases that have it, sorted by word.
    let mut vocabulary: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
    for p in &phrases {
        for k in &p.keywords {
            *vocabulary.entry(k.as_str()).or_default() += 1;
        }
    }
    writeln!(code, "pub static COMPILED_VOCABULARY: &[(&str, u32)] = &[").unwrap();
    for (w, n) in &vocabulary {
        writeln!(code, "    ({w:?}, {n}),").unwrap();
    }
    writeln!(code, "];").unwrap();
    // For each word of the vocabulary, in its order: the generic phrases that have it (the
    // postings `phrasebank::Postings` reads), and the words near it and longer
    // (`model::words::containers`), each as offsets into one list — so that drafting, whatever
    // the size of the phrasebank, neither walks it to find the phrases a heading is about nor
    // compares every pair of words.
    let words: Vec<&str> = vocabulary.keys().copied().collect();
    let mut postings = vec![Vec::new(); words.len()];
    for (n, p) in phrases.iter().enumerate().filter(|(_, p)| p.generic) {
        for k in &p.keywords {
            let list = &mut postings[words.binary_search(&k.as_str()).unwrap()];
            if list.last() != Some(&(n as u32)) {
                list.push(n as u32);
            }
        }
    }
    let (offsets, entries) = (
        std::iter::once(0).chain(postings.iter().scan(0, |at, l| {
            *at += l.len();
            Some(*at)
        })),
        postings.iter().flatten(),
    );
    let (near_offsets, near) = words::containers(&words);
    let join = |l: &mut dyn Iterator<Item = String>| l.collect::<Vec<_>>().join(",");
    for (name, list) in [
        ("COMPILED_POSTING_OFFSETS", join(&mut offsets.map(|o| o.to_string()))),
        ("COMPILED_POSTINGS", join(&mut entries.map(u32::to_string))),
        ("COMPILED_CONTAINER_OFFSETS", join(&mut near_offsets.iter().map(u32::to_string))),
        ("COMPILED_CONTAINERS", join(&mut near.iter().map(u32::to_string))),
    ] {
        writeln!(code, "pub static {name}: &[u32] = &[{list}];").unwrap();
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("phrases.blob");
    std::fs::write(&out, blob).unwrap();
    writeln!(code, "pub static PHRASE_BLOB: &str = include_str!({:?});", out.display().to_string()).unwrap();
}

/// The embedded phrasebank's groups (`model::groups`) as static tables, so that drafting does not
/// walk the whole phrasebank to find the phrases of one section and role (with a phrasebank 100×
/// the seeds' size that walk cost more than the draft). `phrasebank::Index` reads them back.
fn index(groups: &groups::Groups, code: &mut String) {
    let groups::Groups { by_key, by_key_topic, by_topic, none, topical } = groups;
    let list = |l: &[u32]| l.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    let m = "crate::model";
    writeln!(code, "pub static COMPILED_BY_KEY: &[({m}::Section, {m}::Role, &[u32])] = &[").unwrap();
    for ((section, role), l) in by_key {
        writeln!(code, "    ({m}::Section::{section:?}, {m}::Role::{role:?}, &[{}]),", list(l)).unwrap();
    }
    writeln!(code, "];").unwrap();
    writeln!(code, "pub static COMPILED_BY_KEY_TOPIC: &[({m}::Section, {m}::Role, &str, &[u32])] = &[")
        .unwrap();
    for ((section, role, topic), l) in by_key_topic {
        writeln!(code, "    ({m}::Section::{section:?}, {m}::Role::{role:?}, {topic:?}, &[{}]),", list(l))
            .unwrap();
    }
    writeln!(code, "];").unwrap();
    writeln!(code, "pub static COMPILED_BY_TOPIC: &[({m}::Section, &str, &[u32])] = &[").unwrap();
    for ((section, topic), l) in by_topic {
        writeln!(code, "    ({m}::Section::{section:?}, {topic:?}, &[{}]),", list(l)).unwrap();
    }
    writeln!(code, "];").unwrap();
    for (name, lists) in [("COMPILED_NO_TOPIC", none), ("COMPILED_TOPICAL", topical)] {
        writeln!(code, "pub static {name}: &[({m}::Section, &[u32])] = &[").unwrap();
        for (section, l) in lists {
            writeln!(code, "    ({m}::Section::{section:?}, &[{}]),", list(l)).unwrap();
        }
        writeln!(code, "];").unwrap();
    }
}

/// `templates.rs`: the embedded templates, compiled at build time (see `build/templates.rs`).
fn precompiled_templates() {
    let sources: Vec<(String, String)> = files("templates")
        .iter()
        .filter_map(|(rel, path)| {
            let name = rel.strip_suffix(".hbs")?;
            let text = std::fs::read_to_string(path).ok()?;
            Some((name.to_string(), comments::strip(&text).into_owned()))
        })
        .collect();
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("templates.rs");
    std::fs::write(out, templates::generate(&sources)).unwrap();
}

/// `TEMPLATE_JSON`: each genre spec `templates/*.yaml` as JSON, parsed by serde_yaml here so that
/// drafting reads the spec with serde_json, many times faster (`plan::spec`). A file that does not
/// parse is left out: drafting then parses the YAML and reports the error with its position.
/// `PHRASEBANK_JSON` likewise for the lists drafting reads from `phrasebank/` (presuppositions,
/// level wording, provinces, topics).
fn spec_json(code: &mut String) {
    json_table(code, "TEMPLATE_JSON", "templates", |_| true);
    json_table(code, "PHRASEBANK_JSON", "phrasebank", |rel| {
        ["presuppositions.yaml", "levels.yaml", "provinces.yaml", "topics.yaml"].contains(&rel)
    });
}

fn json_table(code: &mut String, name: &str, folder: &str, wanted: impl Fn(&str) -> bool) {
    writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
    for (rel, path) in &files(folder) {
        if !rel.ends_with(".yaml") || !wanted(rel) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let Ok(value) = serde_yaml::from_str::<serde_json::Value>(&text) else { continue };
        writeln!(code, "    ({rel:?}, {:?}),", serde_json::to_string(&value).unwrap()).unwrap();
    }
    writeln!(code, "];").unwrap();
}

fn main() {
    precompiled_templates();
    let mut code = String::new();
    table("TEMPLATES", "templates", &mut code);
    table("PHRASEBANK", "phrasebank", &mut code);
    table("EXAMPLES", "examples", &mut code);
    compiled_phrases(&mut code);
    spec_json(&mut code);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("assets.rs");
    std::fs::write(out, code).unwrap();
}

//! Embeds `templates/` and `phrasebank/` into the binary, so `jianggao` drafts from any directory with
//! no set-up. Every file below those folders becomes an entry `(relative path, contents)` of
//! `assets::TEMPLATES` / `assets::PHRASEBANK` (and the example briefs, `assets::EXAMPLES`, for
//! `jianggao example`); a writer's own folder overrides entries by name at run time.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, path));
        }
    }
}

fn table(name: &str, folder: &str, code: &mut String) {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.join(folder);
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    writeln!(code, "pub static {name}: &[(&str, &str)] = &[").unwrap();
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(code, "    ({rel:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    writeln!(code, "];").unwrap();
}

fn main() {
    let mut code = String::new();
    table("TEMPLATES", "templates", &mut code);
    table("PHRASEBANK", "phrasebank", &mut code);
    table("EXAMPLES", "examples", &mut code);
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("assets.rs");
    std::fs::write(out, code).unwrap();
}

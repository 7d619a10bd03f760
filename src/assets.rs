//! The default templates and phrasebank, embedded at build time (see `build.rs`), and the run-time
//! overlay of a writer's own folder on top of them.
//!
//! An overlay works by file name: `--templates DIR` with `DIR/work-conference.hbs` replaces the
//! embedded `work-conference.hbs`, and a file the embedded set does not have is added. Nothing here
//! parses; the stages that own a format (render, phrasebank) do that.

use std::borrow::Cow;
use std::path::Path;

use crate::error::Error;
use crate::input;

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

/// One asset: its path relative to the folder (`partials/opening.hbs`) and its text.
#[derive(Debug, Clone)]
pub struct Asset {
    pub name: String,
    pub text: Cow<'static, str>,
    /// `None` for an embedded asset; the file it came from for an overlay.
    pub origin: Option<std::path::PathBuf>,
}

/// The embedded files of one table, then the files of `overlay` (recursively), later names winning.
/// Hidden files are ignored, as in `build.rs` (both walk with `crate::walk`).
pub fn overlay(
    embedded: &'static [(&'static str, &'static str)],
    overlay: Option<&Path>,
) -> Result<Vec<Asset>, Error> {
    let mut assets: Vec<Asset> = embedded
        .iter()
        .map(|(name, text)| Asset { name: (*name).to_string(), text: Cow::Borrowed(*text), origin: None })
        .collect();
    if let Some(dir) = overlay {
        not_a_folder(dir)?;
        let found = crate::walk::walk(dir).map_err(|(path, e)| Error::io(&path, e))?;
        for passed in &found.passed {
            eprintln!("提示：跳过 {}：{}", passed.path.display(), passed.why);
        }
        for crate::walk::Found { rel: name, path } in found.files {
            let text = input::read_text(&path)?.text;
            let asset = Asset { name: name.clone(), text: Cow::Owned(text), origin: Some(path) };
            match assets.iter_mut().find(|a| a.name == name) {
                Some(slot) => *slot = asset,
                None => assets.push(asset),
            }
        }
    }
    Ok(assets)
}

/// A `--templates` or `--phrasebank` folder that is not one: missing, or a file (`--templates
/// /etc/passwd` was told `找不到文件夹`, a helper's sweep).
fn not_a_folder(dir: &Path) -> Result<(), Error> {
    if dir.is_dir() {
        return Ok(());
    }
    Err(match std::fs::metadata(dir) {
        Ok(_) => {
            Error::usage_with_hint(format!("{} 是文件，不是文件夹", dir.display()), "这里要给文件夹的路径")
        }
        Err(_) => Error::usage(format!("找不到文件夹：{}", dir.display())),
    })
}

/// The embedded file `name` of one table, or `overlay`'s file of that name when it has one: for a
/// stage that reads one or two small files of a folder whose other files may be large (drafting
/// reads `levels.yaml` beside a mined phrasebank of a gigabyte).
pub fn overlay_file(
    embedded: &'static [(&'static str, &'static str)],
    overlay: Option<&Path>,
    name: &str,
) -> Result<Option<Asset>, Error> {
    if let Some(dir) = overlay {
        not_a_folder(dir)?;
        let path = dir.join(name);
        if path.is_file() {
            let text = input::read_text(&path)?.text;
            return Ok(Some(Asset { name: name.to_string(), text: Cow::Owned(text), origin: Some(path) }));
        }
    }
    Ok(embedded.iter().find(|(n, _)| *n == name).map(|(n, text)| Asset {
        name: (*n).to_string(),
        text: Cow::Borrowed(*text),
        origin: None,
    }))
}

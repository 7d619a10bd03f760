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

/// The largest file of a writer's folder read as a table, and the most all of them may hold. A
/// phrasebank mined from an office's archive is far above a brief's bound (`input::MAX_TEXT_BYTES`):
/// 21 MB of speeches gave a 27 MB `measures.yaml` and 58 MB in all, which a changed YAML (its index
/// stale, `phrasebank::index`) had drafting refuse. Parsing takes about 13 times the YAML's size
/// in memory (the 58 MB: 0.77 GB, 2.8 s), so the folder is bounded as a whole as well: a larger
/// one is drafted from through its index only, which `mine` writes.
pub const MAX_TABLE_BYTES: u64 = 128 << 20;
pub const MAX_FOLDER_BYTES: u64 = 128 << 20;

/// Why a table past `MAX_TABLE_BYTES`, or a folder past `MAX_FOLDER_BYTES`, is not read.
const TOO_LARGE: &str = "起草时解析语料库的 YAML 要用十几倍于它的内存";

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
        let bytes: u64 =
            found.files.iter().filter_map(|f| std::fs::metadata(&f.path).ok()).map(|m| m.len()).sum();
        if bytes > MAX_FOLDER_BYTES {
            return Err(too_large(dir, bytes));
        }
        for crate::walk::Found { rel: name, path } in found.files {
            let text = input::read_text_at_most(&path, MAX_TABLE_BYTES, TOO_LARGE)?.text;
            let asset = Asset { name: name.clone(), text: Cow::Owned(text), origin: Some(path) };
            match assets.iter_mut().find(|a| a.name == name) {
                Some(slot) => *slot = asset,
                None => assets.push(asset),
            }
        }
    }
    Ok(assets)
}

/// A folder of more than `MAX_FOLDER_BYTES`: what it holds, and how a phrasebank that large is
/// drafted from.
fn too_large(dir: &Path, bytes: u64) -> Error {
    Error::input(
        dir.display().to_string(),
        None,
        format!(
            "文件夹里的文件共 {} MiB，超过起草时解析的上限 {} MiB：{TOO_LARGE}",
            bytes >> 20,
            MAX_FOLDER_BYTES >> 20
        ),
    )
    .with_hint(
        "这样大的语料库要靠 jianggao mine 写在文件夹里的索引（.phrasebank.idx）起草；改过 YAML 后索引不再可用。请重新挖掘这个语料库，或把讲话稿分成几批、挖掘成几个较小的语料库",
    )
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
            let text = input::read_text_at_most(&path, MAX_TABLE_BYTES, TOO_LARGE)?.text;
            return Ok(Some(Asset { name: name.to_string(), text: Cow::Owned(text), origin: Some(path) }));
        }
    }
    Ok(embedded.iter().find(|(n, _)| *n == name).map(|(n, text)| Asset {
        name: (*n).to_string(),
        text: Cow::Borrowed(*text),
        origin: None,
    }))
}

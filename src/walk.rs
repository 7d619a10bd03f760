//! Walking a writer's folder (`--templates`, `--phrasebank`, and the build's own `templates/` and
//! `phrasebank/`): one walker, so each rule below holds everywhere.
//!
//! - Each real directory is walked once. A symlink loop (`a -> .`) would otherwise make the walk
//!   exponential: two self-links in a folder and `draft` never returned.
//! - Only regular files are returned. A FIFO named like a template blocks a read forever and a
//!   device never ends; they are listed as skipped, with the reason, for the caller to say.
//! - Hidden entries (`.git`, our own `.jianggao-…` temporary files) and Word's `~$` lock files are
//!   left out.
//!
//! It uses nothing but `std`, so `build.rs` includes it as it is.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A file found: its path relative to the root (`/`-separated) and its path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Found {
    pub rel: String,
    pub path: PathBuf,
}

/// An entry passed over, and why (Chinese, for the writer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passed {
    pub path: PathBuf,
    pub why: &'static str,
}

/// What a walk found, files sorted by their relative path.
#[derive(Debug, Default)]
pub struct Walk {
    pub files: Vec<Found>,
    pub passed: Vec<Passed>,
}

/// Whether a file or folder name is left out of every walk.
pub fn hidden(name: &str) -> bool {
    name.starts_with('.') || name.starts_with("~$")
}

/// What a folder below the root that cannot be read is passed over as.
pub const UNREADABLE_FOLDER: &str = "文件夹无法读取（没有权限），其中的文件没有读";

/// The regular files below `root` (following links, each real directory once). An error reading
/// `root` is returned with its path; a folder below it that cannot be read is passed over
/// (`UNREADABLE_FOLDER`): one locked folder of an archive does not stop the rest.
pub fn walk(root: &Path) -> Result<Walk, (PathBuf, std::io::Error)> {
    let mut walk = Walk::default();
    let mut seen: HashSet<PathBuf> = HashSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        // A directory reached again through a link is the same directory: once is enough.
        let real = std::fs::canonicalize(&dir).map_err(|e| (dir.clone(), e))?;
        if !seen.insert(real) {
            continue;
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(_) if dir != root => {
                walk.passed.push(Passed { path: dir, why: UNREADABLE_FOLDER });
                continue;
            }
            Err(e) => return Err((dir, e)),
        };
        let mut paths: Vec<PathBuf> = Vec::new();
        for entry in entries {
            paths.push(entry.map_err(|e| (dir.clone(), e))?.path());
        }
        paths.sort();
        for path in paths.into_iter().rev() {
            if path.file_name().and_then(|n| n.to_str()).is_some_and(hidden) {
                continue;
            }
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => stack.push(path),
                Ok(meta) if meta.is_file() => {
                    let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                    walk.files.push(Found { rel, path });
                }
                Ok(_) => walk.passed.push(Passed {
                    path, why: "不是普通文件（管道、设备或套接字），不读"
                }),
                Err(_) => {
                    walk.passed.push(Passed { path, why: "链接指向的文件不存在，或无法读取" })
                }
            }
        }
    }
    walk.files.sort();
    walk.passed.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(walk)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn symlink_loops_are_walked_once_and_fifos_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("partials")).unwrap();
        std::fs::write(root.join("partials/title.hbs"), "题").unwrap();
        std::fs::write(root.join("work-conference.hbs"), "讲话").unwrap();
        std::fs::write(root.join(".hidden.hbs"), "x").unwrap();
        std::os::unix::fs::symlink(".", root.join("a")).unwrap();
        std::os::unix::fs::symlink(".", root.join("b")).unwrap();
        std::os::unix::fs::symlink("nowhere", root.join("broken.hbs")).unwrap();
        let fifo = root.join("news-report.hbs");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);

        let found = walk(root).unwrap();
        let rels: Vec<&str> = found.files.iter().map(|f| f.rel.as_str()).collect();
        assert_eq!(rels, ["partials/title.hbs", "work-conference.hbs"]);
        let passed: Vec<(PathBuf, &str)> = found.passed.iter().map(|p| (p.path.clone(), p.why)).collect();
        assert_eq!(passed.len(), 2, "{passed:?}");
        assert_eq!(passed[0].0, root.join("broken.hbs"));
        assert_eq!(passed[1].0, fifo);
        assert!(passed[1].1.contains("不是普通文件"));
    }
}

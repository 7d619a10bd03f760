//! The answers of an interactive `fill`, saved beside the file as they are given
//! (`讲稿.txt` → `讲稿.txt.answers.yaml`), so that Ctrl-C, a closed terminal or a crash loses
//! nothing: a rerun offers to continue, and the file is also an answers file `--answers` reads.
//!
//! ```yaml
//! # jianggao fill 的回答（续填用；也可用 `jianggao fill FILE --answers 本文件` 套用）
//! # text: 9f3c2a1b0e4d5c6f
//! 1: '12.3'
//! 2: ~
//! ```
//! `text` is a digest of the file the numbers refer to: when the file has changed since, the
//! numbering may have moved, and the answers are not applied to it silently. `~` is a mask the
//! writer skipped (asked, left unfilled). What was typed at a mask and not entered (Ctrl-C, or ↑
//! away from it) is kept as a comment, `# typed 3: 下降1`, and is back in that mask's line when it
//! is asked again: a comment, so that `--answers` never takes it for an answer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

const HEAD: &str = "# jianggao fill 的回答（续填用；也可用 `jianggao fill FILE --answers 本文件` 套用）";

/// Each mask asked so far: its value, or `None` when skipped.
pub type Given = BTreeMap<usize, Option<String>>;

/// Text typed at a mask and not entered, by the mask's number.
pub type Typed = BTreeMap<usize, String>;

/// The comment that keeps a mask's unentered text: `# typed 3: ` and the text as typed, spaces at
/// either end included (a line break, which one line cannot hold, as a space).
const TYPED: &str = "# typed ";

/// `讲稿.txt.answers.yaml` beside `file`.
pub fn path_for(file: &Path) -> PathBuf {
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    file.with_file_name(format!("{name}.answers.yaml"))
}

/// FNV-1a of the text: enough to tell that a file changed, with no dependency.
fn digest(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Writes `given` and `typed` for `text` to `path`, atomically.
pub fn save(path: &Path, text: &str, given: &Given, typed: &Typed) -> Result<()> {
    let mut out = format!("{HEAD}\n# text: {}\n", digest(text));
    for (n, t) in typed.iter().filter(|(_, t)| !t.trim().is_empty()) {
        out.push_str(&format!("{TYPED}{n}: {}\n", t.replace(['\n', '\r'], " ")));
    }
    if !given.is_empty() {
        out.push_str(&crate::yaml::to_string(given));
    }
    crate::input::write_atomic(path, out.as_bytes(), true)
}

/// What a saved answers file holds for `text`: `Ok(None)` when there is none, an error when it was
/// written for another version of the text (its answers are kept; the writer decides).
pub fn load(path: &Path, text: &str, items: &[super::Item]) -> Result<Option<(Given, Typed)>> {
    if !path.is_file() {
        return Ok(None);
    }
    let saved = crate::input::read_text(path)?.text;
    let name = path.display().to_string();
    let recorded = saved.lines().find_map(|l| l.strip_prefix("# text:")).map(str::trim);
    if recorded != Some(digest(text).as_str()) {
        return Err(Error::usage_with_hint(
            format!("{name} 是原文改动之前的回答：原文变了，编号可能已经不对，不再接着填"),
            format!("确认编号没变可用 --answers {name} 套用；否则删去或改名 {name} 后重新填写"),
        ));
    }
    let raw: BTreeMap<usize, super::Answer> = crate::yaml::from_str(&saved, &name)?;
    let mut given = Given::new();
    for (n, super::Answer(v)) in raw {
        if n == 0 || n > items.len() {
            continue;
        }
        let v = v.trim().to_string();
        given.insert(n, (!v.is_empty()).then_some(v));
    }
    let mut typed = Typed::new();
    for line in saved.lines().take_while(|l| l.starts_with('#')) {
        let Some((n, t)) = line.strip_prefix(TYPED).and_then(|rest| rest.split_once(':')) else { continue };
        let t = t.strip_prefix(' ').unwrap_or(t);
        if let Ok(n) = n.trim().parse::<usize>()
            && (1..=items.len()).contains(&n)
            && !t.trim().is_empty()
        {
            typed.insert(n, t.to_string());
        }
    }
    Ok(Some((given, typed)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_and_a_changed_text_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let text = "增长xx%，xx县。";
        let items = super::super::items(text);
        let path = path_for(&dir.path().join("稿.txt"));
        assert!(path.ends_with("稿.txt.answers.yaml"));
        let given: Given = [(1, Some("12.30".to_string())), (2, None)].into();
        save(&path, text, &given, &Typed::new()).unwrap();
        assert_eq!(load(&path, text, &items).unwrap(), Some((given.clone(), Typed::new())));
        // The same file is an answers file: 12.30 keeps its digits, the skip stays unfilled.
        let saved = std::fs::read_to_string(&path).unwrap();
        let answers = super::super::parse_answers(&saved, "a.yaml", &items).unwrap();
        assert_eq!(answers, [(1, "12.30".to_string())].into());
        let e = load(&path, "增长xx%。", &items).unwrap_err().to_string();
        assert!(e.contains("原文改动之前"), "{e}");
    }

    #[test]
    fn text_typed_and_not_entered_comes_back_as_typed_and_is_no_answer() {
        let dir = tempfile::tempdir().unwrap();
        let text = "增长xx%，xx县，xx个。";
        let items = super::super::items(text);
        let path = dir.path().join("a.yaml");
        let given: Given = [(1, Some("5".to_string()))].into();
        // Spaces at either end stay; a line break (a paste) becomes a space; blank text is nothing.
        let typed: Typed =
            [(2, "  安吉县 ".to_string()), (3, "下降\n1".to_string()), (1, "  ".to_string())].into();
        save(&path, text, &given, &typed).unwrap();
        let want: Typed = [(2, "  安吉县 ".to_string()), (3, "下降 1".to_string())].into();
        assert_eq!(load(&path, text, &items).unwrap(), Some((given, want)));
        let saved = std::fs::read_to_string(&path).unwrap();
        let answers = super::super::parse_answers(&saved, "a.yaml", &items).unwrap();
        assert_eq!(answers, [(1, "5".to_string())].into());
    }
}

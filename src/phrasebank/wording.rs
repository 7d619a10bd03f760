//! 规范提法 — wording a speech or 公文 must avoid, read from `wording.yaml` (embedded from
//! `phrasebank/`, replaced by a writer's `--phrasebank DIR/wording.yaml`, and added to by an
//! organisation's own files, `check --wording FILE`). `check` reports what this list finds in a
//! document (`check::wording`); drafting says none of it (`Wording::as_drafted`): a stock sentence
//! is drafted with the `certain` fixes applied, and not at all when it holds a `caution` word.
//!
//! Each entry is one of two tiers:
//! - `certain` — a sure mistake with one right form (别字 in a fixed phrase, 截止到 for 截至, a banned
//!   form such as “一带一路”战略): reported with the replacement, and `--fix` applies it;
//! - `caution` — 慎用: right in some contexts and not in others (亲自 for a leader's ordinary acts,
//!   隆重召开 for an ordinary meeting, 一把手 as a form of address): reported with the reason and the
//!   advice, never fixed.
//!
//! False alarms are kept out three ways: `followed_by` (亲自 is reported only before 出席, 主持 …, so the
//! standing 亲自抓 / 亲自部署 is not), `except` (longer phrases in which the word is right: 一把手工程,
//! 严峻工作 for 峻工), and quotation: a caution-tier word inside “…” or 《…》 is the writer's marked
//! use (quoting a document or a saying, or a figure of speech like 当好“老板”) and is not reported.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

use crate::assets;
use crate::error::Result;
use crate::{input, yaml};

/// The name of the list in a phrasebank folder.
pub const FILE: &str = "wording.yaml";

/// How sure an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    /// A sure mistake with one right form: reported with it, fixed by `--fix`.
    Certain,
    /// 慎用: reported with the reason and advice, never fixed.
    Caution,
}

/// One entry of `wording.yaml`, checked as it is read.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawEntry")]
pub struct Entry {
    pub word: String,
    pub tier: Tier,
    /// The right form (`certain` only): replaces `word` itself.
    pub fix: Option<String>,
    /// What to write instead (`caution` only).
    pub advice: Option<String>,
    /// Why, as the writer reads it.
    pub why: String,
    /// The source cited: document title, issuing body, year, and where public its address.
    pub source: String,
    /// When given, the word is reported only directly before one of these.
    pub followed_by: Vec<String>,
    /// Longer phrases containing the word in which it is right.
    pub except: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    word: String,
    tier: Tier,
    #[serde(default)]
    fix: Option<String>,
    #[serde(default)]
    advice: Option<String>,
    why: String,
    source: String,
    #[serde(default)]
    followed_by: Vec<String>,
    #[serde(default)]
    except: Vec<String>,
}

impl TryFrom<RawEntry> for Entry {
    type Error = String;

    /// The checks serde cannot make. Each message starts with the value quoted as “…”, which
    /// `yaml::from_str` finds in the file to give the line and column.
    fn try_from(raw: RawEntry) -> Result<Entry, String> {
        let word = raw.word.trim().to_string();
        if word.is_empty() {
            return Err("word 不能为空".into());
        }
        let blank = |s: &Option<String>| s.as_deref().is_none_or(|s| s.trim().is_empty());
        match raw.tier {
            Tier::Certain if blank(&raw.fix) => {
                return Err(format!("“{word}”：certain（确定的错误）要写 fix，即改成什么"));
            }
            Tier::Certain if raw.fix.as_deref().map(str::trim) == Some(word.as_str()) => {
                return Err(format!("“{word}”：fix 与 word 相同"));
            }
            Tier::Caution if raw.fix.is_some() => {
                return Err(format!("“{word}”：caution（慎用）不自动修正，不能写 fix；怎么改写在 advice 里"));
            }
            Tier::Caution if blank(&raw.advice) => {
                return Err(format!("“{word}”：caution（慎用）要写 advice，即怎么改"));
            }
            _ => {}
        }
        if raw.why.trim().is_empty() {
            return Err(format!("“{word}”：why 不能为空"));
        }
        if raw.source.trim().is_empty() {
            return Err(format!("“{word}”：source 不能为空，要写明出处（文件名称、发布单位、年份）"));
        }
        if let Some(e) = raw.except.iter().find(|e| !e.contains(word.as_str())) {
            return Err(format!("“{e}”：except 里的说法要包含“{word}”"));
        }
        if let Some(f) = raw.followed_by.iter().find(|f| f.trim().is_empty()) {
            return Err(format!("“{f}”：followed_by 里不能有空项"));
        }
        Ok(Entry {
            word,
            tier: raw.tier,
            fix: raw.fix.map(|f| f.trim().to_string()),
            advice: raw.advice,
            why: raw.why,
            source: raw.source,
            followed_by: raw.followed_by,
            except: raw.except,
        })
    }
}

impl Entry {
    /// Whether the occurrence of the word at byte `at` of `text` stands inside one of the
    /// `except` phrases.
    /// A phrase written `^曹县县委` counts only where it starts a word: after no Han character, or
    /// after 中共 (`中共曹县县委书记`), so that `信丰县县委` is not excepted for ending in 丰县县委
    /// (review 47).
    pub fn excepted(&self, text: &str, at: usize) -> bool {
        let (whole, anywhere): (Vec<&String>, Vec<&String>) =
            self.except.iter().partition(|e| e.starts_with('^'));
        crate::text::inside_any(text, &self.word, at, anywhere)
            || whole.into_iter().any(|e| {
                let e = &e[1..];
                e.match_indices(self.word.as_str()).any(|(k, _)| {
                    let Some(from) = at.checked_sub(k) else { return false };
                    let (Some(before), Some(rest)) = (text.get(..from), text.get(from..)) else {
                        return false;
                    };
                    rest.starts_with(e)
                        && (before.ends_with("中共")
                            || before.chars().next_back().is_none_or(|c| !crate::text::is_han(c)))
                })
            })
    }

    /// The document the source names (its first 《…》), or the whole citation.
    pub fn cited(&self) -> &str {
        let s = self.source.as_str();
        match (s.find('《'), s.find('》')) {
            (Some(a), Some(b)) if a < b => &s[a..b + '》'.len_utf8()],
            _ => s.split(['，', ',']).next().unwrap_or(s),
        }
    }
}

/// The list `check` uses: the embedded `wording.yaml`, or `phrasebank/wording.yaml` of `dir` in its
/// place, then each of `extra` (an organisation's own list) added; an added entry with the same
/// word as one already there replaces it (so an organisation can also soften or reword one).
pub fn load(dir: Option<&Path>, extra: &[PathBuf]) -> Result<Vec<Entry>> {
    let mut entries = match dir {
        None => embedded().to_vec(),
        Some(dir) => {
            let files = assets::overlay(assets::PHRASEBANK, Some(dir))?;
            match files.iter().find(|f| f.name == FILE) {
                Some(f) => {
                    let label = f
                        .origin
                        .as_ref()
                        .map_or_else(|| format!("<内置>/{FILE}"), |p| p.display().to_string());
                    parse(&f.text, &label)?
                }
                None => Vec::new(),
            }
        }
    };
    for path in extra {
        let text = input::read_text(path)?.text;
        for entry in parse(&text, &path.display().to_string())? {
            match entries.iter_mut().find(|e| e.word == entry.word) {
                Some(slot) => *slot = entry,
                None => entries.push(entry),
            }
        }
    }
    Ok(entries)
}

fn parse(text: &str, label: &str) -> Result<Vec<Entry>> {
    // A file of comments only is an empty list.
    if text.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Ok(Vec::new());
    }
    yaml::from_str(text, label)
}

/// The embedded list, parsed once. It is checked by the tests (`embedded_list_parses`), so a
/// failure here is a defect of the build, not of anything the writer gave.
pub fn embedded() -> &'static [Entry] {
    static LIST: OnceLock<Vec<Entry>> = OnceLock::new();
    LIST.get_or_init(|| {
        let text = assets::PHRASEBANK.iter().find(|(n, _)| *n == FILE).map_or("", |(_, t)| *t);
        parse(text, &format!("<内置>/{FILE}")).unwrap_or_else(|e| panic!("{e}"))
    })
}

/// Whether byte `at` of `text` stands inside “…” or 《…》, counting from byte `from` (a line's
/// text after its numbering).
fn quoted(text: &str, from: usize, at: usize) -> bool {
    let mut depth = 0i32;
    for c in text[from..at].chars() {
        match c {
            '“' | '《' => depth += 1,
            '”' | '》' => depth = (depth - 1).max(0),
            _ => {}
        }
    }
    depth > 0
}

/// The words of `entries` found in `text` from byte `from`: each entry with the byte span of its
/// word, in the order of the text. Longer words claim their span first (截止到 before 截止); a word
/// not before its `followed_by`, inside an `except` phrase, or (`caution`) quoted is passed over.
pub fn occurrences<'e>(text: &str, from: usize, entries: &'e [Entry]) -> Vec<(&'e Entry, usize, usize)> {
    let mut order: Vec<&Entry> = entries.iter().collect();
    order.sort_by_key(|e| std::cmp::Reverse(e.word.len()));
    let mut found: Vec<(&Entry, usize, usize)> = Vec::new();
    for entry in order {
        for (i, _) in text[from..].match_indices(entry.word.as_str()) {
            let (at, end) = (from + i, from + i + entry.word.len());
            if !entry.followed_by.is_empty()
                && !entry.followed_by.iter().any(|f| text[end..].starts_with(f.as_str()))
                || entry.excepted(text, at)
                || entry.tier == Tier::Caution && quoted(text, from, at)
                || found.iter().any(|&(_, s, e)| at < e && s < end)
            {
                continue;
            }
            found.push((entry, at, end));
        }
    }
    found.sort_by_key(|&(_, at, _)| at);
    found
}

/// A list as drafting uses it: a sentence is looked at only when it holds the first character of
/// some word (most hold none), so the list costs a draft nothing it does not say.
#[derive(Debug, Clone, Default)]
pub struct Wording {
    entries: Vec<Entry>,
    firsts: Vec<char>,
}

impl Wording {
    pub fn new(entries: Vec<Entry>) -> Wording {
        let mut firsts: Vec<char> = entries.iter().filter_map(|e| e.word.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        Wording { entries, firsts }
    }

    /// `text` as a draft may say it: with each `certain` word replaced by its fix; `None` when it
    /// holds a `caution` word (a stock sentence a writer would be told to reword is not drafted).
    pub fn as_drafted(&self, text: &str) -> Option<String> {
        if !text.chars().any(|c| self.firsts.binary_search(&c).is_ok()) {
            return Some(text.to_string());
        }
        let found = occurrences(text, 0, &self.entries);
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for (entry, at, end) in found {
            let fix = entry.fix.as_deref().filter(|_| entry.tier == Tier::Certain)?;
            out.push_str(&text[last..at]);
            out.push_str(fix);
            last = end;
        }
        out.push_str(&text[last..]);
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_list_parses_and_every_entry_is_sourced() {
        let list = embedded();
        assert!(list.len() >= 30, "{}", list.len());
        for e in list {
            assert!(e.source.contains('《') && e.source.contains('》'), "{}: {}", e.word, e.source);
            assert!(e.source.chars().any(|c| c.is_ascii_digit()), "{}: no year in {}", e.word, e.source);
        }
        let mut words: Vec<&str> = list.iter().map(|e| e.word.as_str()).collect();
        words.sort_unstable();
        let n = words.len();
        words.dedup();
        assert_eq!(words.len(), n, "a word listed twice");
    }

    #[test]
    fn a_bad_entry_is_named_at_its_line() {
        let text = "- word: 高大上\n  tier: caution\n  why: 口语\n  source: 本单位《文稿规范》2024\n\
                    - word: 搞定\n  tier: certain\n  why: 口语\n  source: 本单位《文稿规范》2024\n";
        let err = parse(text, "org.yaml").unwrap_err().to_string();
        assert!(err.contains("org.yaml:1:9") && err.contains("advice"), "{err}");
        let text = "- word: 搞定\n  tier: certain\n  why: 口语\n  source: 本单位《文稿规范》2024\n";
        let err = parse(text, "org.yaml").unwrap_err().to_string();
        assert!(err.contains("org.yaml:1:9") && err.contains("fix"), "{err}");
        let err = parse("- word: 搞定\n  tier: sure\n", "org.yaml").unwrap_err().to_string();
        assert!(err.contains("org.yaml:2:9") && err.contains("certain"), "{err}");
    }

    /// Drafting fixes what `check --fix` would fix, and leaves out what `check` would ask the
    /// writer to reword; a caution word in quotation marks or inside an `except` phrase is kept.
    #[test]
    fn a_draft_says_nothing_its_check_would_report() {
        let w = Wording::new(embedded().to_vec());
        assert_eq!(
            w.as_drafted("抓住国家实施“一带一路”战略等重大机遇，再接再励。").as_deref(),
            Some("抓住国家实施“一带一路”倡议等重大机遇，再接再厉。")
        );
        assert_eq!(w.as_drafted("积极开发“一带一路”沿线国家等新兴市场。"), None);
        assert_eq!(w.as_drafted("由“一把手”负总责。").as_deref(), Some("由“一把手”负总责。"));
        assert_eq!(w.as_drafted("各单位一把手要带头。"), None);
        assert_eq!(w.as_drafted("主要领导要亲自抓。").as_deref(), Some("主要领导要亲自抓。"));
        assert_eq!(w.as_drafted("市场就是订单。").as_deref(), Some("市场就是订单。"));
    }
}

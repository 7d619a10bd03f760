//! Where a `new` session stands, kept in the brief file itself as YAML comments so the file stays
//! a plain, valid brief (the `Brief` type refuses unknown keys) and a resumed session knows what
//! was already answered — including questions answered with "skip", which leave no field behind.
//!
//! ```yaml
//! # jianggao new 的进度（续答用，可删除）
//! # done: genre locality level meeting speaker
//! # open: achievements
//! # part: heading
//! # item: unit growth
//! # pending: 实际利用外资
//! # typed-at: achievements[1] 要点 2（直接回车结束）
//! # typed: 专业招商队伍力
//! genre: work-conference
//! …
//! ```
//! `done` lists answered questions and finished sections; `open` a section whose last part is
//! still being filled, `part` the steps of that part already taken (heading, figures, offered);
//! `item` the fields answered of its last figure (or of the last goal) while it is being filled;
//! `pending` an answer that cannot be stored in the brief yet (a figure's name before its value);
//! `typed` what was being typed at the question the session was stopped at (`typed-at`), and at
//! any question left with ↑, not entered: back in its line when that question is asked again
//! (nothing the writer typed is lost). A question whose prompt other questions share (a part's
//! 要点 N) is named with its part (`achievements[1] 要点 2…`).
//! A resumed session continues at the first question not answered, inside a figure too.

use std::collections::BTreeSet;

const HEAD: &str = "# jianggao new 的进度（续答用，可删除）";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: BTreeSet<String>,
    pub open: Option<String>,
    pub part: BTreeSet<String>,
    pub item: Option<BTreeSet<String>>,
    pub pending: Option<String>,
    /// (a question's prompt, what was typed at it), for each question left with text not entered
    pub typed: Vec<(String, String)>,
}

fn words(s: &str) -> BTreeSet<String> {
    s.split_whitespace().map(str::to_string).collect()
}

fn joined(set: &BTreeSet<String>) -> String {
    set.iter().cloned().collect::<Vec<_>>().join(" ")
}

impl Progress {
    /// Reads the progress comments at the top of a brief file; `None` when there are none (a brief
    /// written by hand or by an earlier, finished session).
    /// The keys of the lines `header` writes under `HEAD`.
    const KEYS: [&'static str; 7] = ["done:", "open:", "part:", "item:", "pending:", "typed-at:", "typed:"];

    pub fn parse(text: &str) -> Option<Progress> {
        let mut lines = text.lines().map(|l| l.trim_start_matches('\u{feff}'));
        if lines.next()? != HEAD {
            return None;
        }
        let mut p = Progress::default();
        let mut at = None;
        for line in lines.take_while(|l| l.starts_with('#')) {
            let body = line.trim_start_matches('#').trim();
            if let Some(rest) = body.strip_prefix("done:") {
                p.done = words(rest);
            } else if let Some(rest) = body.strip_prefix("open:") {
                p.open = Some(rest.trim().to_string()).filter(|s| !s.is_empty());
            } else if let Some(rest) = body.strip_prefix("part:") {
                p.part = words(rest);
            } else if let Some(rest) = body.strip_prefix("item:") {
                p.item = Some(words(rest));
            } else if let Some(rest) = body.strip_prefix("pending:") {
                p.pending = Some(rest.trim().to_string()).filter(|s| !s.is_empty());
            } else if let Some(rest) = body.strip_prefix("typed-at:") {
                at = Some(rest.trim().to_string());
                continue;
            } else if let Some(rest) = line.strip_prefix("# typed:") {
                // As typed, spaces at either end included (tty 32: `  全市  会议  ` came back
                // `全市  会议`): only the space `header` puts after the colon is not the writer's.
                let rest = rest.strip_prefix(' ').unwrap_or(rest);
                if let Some(at) = at.take().filter(|_| !rest.trim().is_empty()) {
                    p.typed.push((at, rest.to_string()));
                }
            }
            // (A `typed:` belongs to the `typed-at:` just before it.)
            at = None;
        }
        Some(p)
    }

    pub fn is_done(&self, step: &str) -> bool {
        self.done.contains(step)
    }

    pub fn mark(&mut self, step: &str) {
        self.done.insert(step.to_string());
    }

    /// Opens a new part of `section`: none of its steps taken yet.
    pub fn open_part(&mut self, section: &str) {
        self.open = Some(section.to_string());
        self.part.clear();
        self.item = None;
    }

    /// Closes the open part (its last step was answered).
    pub fn close_part(&mut self) {
        self.open = None;
        self.part.clear();
        self.item = None;
    }

    /// Whether all the questions have been answered (the closing is the last).
    pub fn is_finished(&self) -> bool {
        self.is_done("closing")
    }

    /// The comment block to put before the brief's YAML.
    pub fn header(&self) -> String {
        let mut out = format!("{HEAD}\n# done: {}\n", joined(&self.done));
        if let Some(open) = &self.open {
            out.push_str(&format!("# open: {open}\n"));
            if !self.part.is_empty() {
                out.push_str(&format!("# part: {}\n", joined(&self.part)));
            }
        }
        if let Some(item) = &self.item {
            out.push_str(&format!("# item: {}\n", joined(item)));
        }
        if let Some(pending) = &self.pending {
            out.push_str(&format!("# pending: {}\n", pending.replace(['\n', '\r'], " ")));
        }
        for (at, typed) in &self.typed {
            out.push_str(&format!("# typed-at: {}\n", at.replace(['\n', '\r'], " ")));
            out.push_str(&format!("# typed: {}\n", typed.replace(['\n', '\r'], " ")));
        }
        out
    }
}

/// The writer's own comment lines at the top of a brief (not ours: `HEAD` and its keys), with a
/// line ending each, to be written back above the YAML.
pub fn preamble(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().map(|l| l.trim_start_matches('\u{feff}')) {
        let body = line.trim_start();
        if !body.starts_with('#') {
            break;
        }
        let ours =
            line == HEAD || Progress::KEYS.iter().any(|k| body.trim_start_matches('#').trim().starts_with(k));
        if !ours {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_header() {
        let mut p = Progress::default();
        p.mark("genre");
        p.mark("locality");
        p.open_part("achievements");
        p.part.insert("heading".into());
        p.item = Some(words("unit growth"));
        p.pending = Some("实际利用外资".into());
        let text = format!("{}genre: work-conference\n", p.header());
        assert_eq!(Progress::parse(&text), Some(p.clone()));
        // An item just opened has no field answered, and still reads back as open.
        p.item = Some(BTreeSet::new());
        assert_eq!(Progress::parse(&p.header()), Some(p.clone()));
        assert_eq!(Progress::parse("locality: 柳州市\n"), None);
        // What was typed comes back as typed, spaces at either end included; a line break (a
        // paste) as a space.
        p.typed = vec![("会议名称".into(), "  全市  会议 ".into()), ("讲话人".into(), "张三".into())];
        assert_eq!(Progress::parse(&p.header()), Some(p.clone()));
        p.typed = vec![("要点 1".into(), "一是\n二是".into())];
        assert_eq!(Progress::parse(&p.header()).unwrap().typed[0].1, "一是 二是");
    }
}

//! Where a `new` session stands, kept in the brief file itself as YAML comments so the file stays
//! a plain, valid brief (the `Brief` type refuses unknown keys) and a resumed session knows what
//! was already answered — including questions answered with "skip", which leave no field behind.
//!
//! ```yaml
//! # jianggao new 的进度（续答用，可删除）
//! # done: genre locality level meeting speaker
//! # open: achievements
//! # pending: 实际利用外资
//! genre: work-conference
//! …
//! ```
//! `done` lists answered questions and finished sections, `open` a section part still being filled,
//! `pending` an answer that cannot be stored in the brief yet (a figure's name before its value).

use std::collections::BTreeSet;

const HEAD: &str = "# jianggao new 的进度（续答用，可删除）";

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub done: BTreeSet<String>,
    pub open: Option<String>,
    pub pending: Option<String>,
}

impl Progress {
    /// Reads the progress comments at the top of a brief file; `None` when there are none (a brief
    /// written by hand or by an earlier, finished session).
    pub fn parse(text: &str) -> Option<Progress> {
        let mut lines = text.lines().map(|l| l.trim_start_matches('\u{feff}'));
        if lines.next()? != HEAD {
            return None;
        }
        let mut p = Progress::default();
        for line in lines.take_while(|l| l.starts_with('#')) {
            let body = line.trim_start_matches('#').trim();
            if let Some(rest) = body.strip_prefix("done:") {
                p.done = rest.split_whitespace().map(str::to_string).collect();
            } else if let Some(rest) = body.strip_prefix("open:") {
                p.open = Some(rest.trim().to_string()).filter(|s| !s.is_empty());
            } else if let Some(rest) = body.strip_prefix("pending:") {
                p.pending = Some(rest.trim().to_string()).filter(|s| !s.is_empty());
            }
        }
        Some(p)
    }

    pub fn is_done(&self, step: &str) -> bool {
        self.done.contains(step)
    }

    pub fn mark(&mut self, step: &str) {
        self.done.insert(step.to_string());
    }

    /// The comment block to put before the brief's YAML.
    pub fn header(&self) -> String {
        let mut out =
            format!("{HEAD}\n# done: {}\n", self.done.iter().cloned().collect::<Vec<_>>().join(" "));
        if let Some(open) = &self.open {
            out.push_str(&format!("# open: {open}\n"));
        }
        if let Some(pending) = &self.pending {
            out.push_str(&format!("# pending: {}\n", pending.replace(['\n', '\r'], " ")));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_the_header() {
        let mut p = Progress::default();
        p.mark("genre");
        p.mark("locality");
        p.open = Some("achievements".into());
        p.pending = Some("实际利用外资".into());
        let text = format!("{}genre: work-conference\n", p.header());
        assert_eq!(Progress::parse(&text), Some(p));
        assert_eq!(Progress::parse("locality: 柳州市\n"), None);
    }
}

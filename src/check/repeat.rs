//! `repeat`: a sentence written twice (a leader reading it aloud notices at once), and stock words
//! used so often the speech reads like a form letter.
//!
//! Stock words (`model::draft::STOCK`, which `draft` also keeps within bounds): more than
//! `PER_THOUSAND` = 3 uses per 1,000 characters is flagged. Why 3: across the
//! five seed speeches (real, published texts) the most frequent of these words, 进一步, runs at 0.6–1.3
//! per 1,000 characters and none of the words in `STOCK` goes above 2.9; 3 is above every seed, so
//! a draft flagged here is wordier than any of them. A text of under 1,000 characters is allowed
//! 3 uses anyway — a rate means little in a few lines. Words that are usually part of a set term
//! (全面开放, 推动高质量发展, 加强党的领导) are not in the list.

use std::collections::HashMap;

use super::{Doc, Finding, Rule, body_chars};

pub use crate::model::draft::{PER_THOUSAND, STOCK};

/// Sentences shorter than this (in characters, punctuation excluded) may repeat: 同志们：, 一是…
const MIN_SENTENCE: usize = 8;

pub fn check(doc: &Doc) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for line in doc.body() {
        if findings.len() >= super::MAX_PER_RULE {
            break;
        }
        for (at, sentence) in sentences(line.text()) {
            let key: String = sentence.chars().filter(|c| !c.is_whitespace() && !is_end(*c)).collect();
            if key.chars().count() < MIN_SENTENCE {
                continue;
            }
            match seen.get(&key) {
                Some(&first) => {
                    let shown: String = key.chars().take(24).collect();
                    let more = if key.chars().count() > 24 { "…" } else { "" };
                    findings.push(Finding::at(
                        Rule::Repeat,
                        line,
                        line.start + at,
                        format!("与第 {first} 行的句子重复：“{shown}{more}”"),
                        "删去这一句，或换个说法",
                    ));
                }
                None => {
                    seen.insert(key, line.no);
                }
            }
        }
    }

    let chars = body_chars(doc);
    let allowed = crate::model::draft::stock_allowed(chars);
    for word in STOCK {
        let uses: Vec<(&super::Line, usize)> = doc
            .body()
            .flat_map(|l| l.text().match_indices(word).map(move |(i, _)| (l, l.start + i)))
            .collect();
        if uses.len() > allowed {
            let (line, at) = uses[allowed];
            let rate = uses.len() as f64 * 1000.0 / chars.max(1) as f64;
            findings.push(Finding::at(
                Rule::Repeat,
                line,
                at,
                format!(
                    "“{word}”用了 {} 次（全文 {chars} 字，每千字 {rate:.1} 次），超过每千字 {PER_THOUSAND} 次，这是第 {} 次",
                    uses.len(),
                    allowed + 1
                ),
                format!("删去可有可无的“{word}”，或换个说法"),
            ));
        }
    }
    findings
}

fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
}

/// The sentences of a line: (byte offset, text including its end mark).
fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_end(c) {
            let end = i + c.len_utf8();
            out.push((start, &text[start..end]));
            start = end;
        }
    }
    if start < text.len() {
        out.push((start, &text[start..]));
    }
    // Skip the spaces a sentence may start with.
    out.into_iter()
        .map(|(at, s)| {
            let trimmed = s.trim_start();
            (at + s.len() - trimmed.len(), trimmed)
        })
        .filter(|(_, s)| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(usize, usize, String)> {
        crate::check::placed(check(&Doc::parse(text, true)), |f| f.message)
    }

    #[test]
    fn a_sentence_twice() {
        let f = found(
            "# 题\n要优化营商环境，提高服务效率。同志们：\n招商是重点。要优化营商环境，提高服务效率。\n同志们：\n",
        );
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0, f[0].1), (3, 7));
        assert!(f[0].2.contains("第 2 行"));
    }

    #[test]
    fn stock_word_over_the_limit() {
        let f = found("# 题\n进一步抓项目，进一步稳外贸，进一步优环境。\n进一步强保障。\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((f[0].0, f[0].1), (3, 1));
        assert!(f[0].2.contains("4 次"), "{}", f[0].2);
        assert!(found("# 题\n进一步抓项目，进一步稳外贸，进一步优环境。\n").is_empty());
    }
}

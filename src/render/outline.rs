//! The outline of a draft: what a writer agrees with the leader before the full text.
//!
//! Derived from the rendered draft rather than from a second template, so every genre has an
//! outline with exactly the draft's headings and numbering. Under each heading it keeps one short
//! line per item of the writer's: a paragraph enumerating items (`一是…二是…`, `第一，…`) gives one
//! line per item (its first clause); any other paragraph with brief content gives its first
//! sentence. Paragraphs made only of stock sentences are left out — they carry nothing to agree on.

use crate::model::{Block, BlockKind, Draft, DraftSection, Provenance};
use crate::render::helpers::cn::numeral;

/// Byte offsets where an enumerated item starts: `一是`, `二要`, `第三，` … in order 1, 2, 3.
fn items(text: &str) -> Vec<usize> {
    for style in ["是", "要"] {
        let mut starts = Vec::new();
        let mut from = 0;
        for n in 1.. {
            let marker = format!("{}{style}", numeral(n));
            match text[from..].find(&marker) {
                Some(i) => {
                    starts.push(from + i);
                    from += i + marker.len();
                }
                None => break,
            }
        }
        if starts.len() >= 2 {
            return starts;
        }
    }
    let mut starts = Vec::new();
    let mut from = 0;
    for n in 1.. {
        let marker = format!("第{}，", numeral(n));
        match text[from..].find(&marker) {
            Some(i) => {
                starts.push(from + i);
                from += i + marker.len();
            }
            None => break,
        }
    }
    if starts.len() >= 2 { starts } else { Vec::new() }
}

/// Whether a paragraph opens with an item's number: `五是`, `三要`, `第四，`.
fn opens_item(text: &str) -> bool {
    let t = text.trim_start();
    let t = t.strip_prefix('第').unwrap_or(t);
    let digits = t.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    digits > 0 && {
        let rest: String = t.chars().skip(digits).take(1).collect();
        matches!(rest.as_str(), "是" | "要" | "，")
    }
}

/// The text up to and including the first `。！？` (or all of it).
fn first_sentence(text: &str) -> &str {
    match text.char_indices().find(|(_, c)| matches!(c, '。' | '！' | '？')) {
        Some((i, c)) => &text[..i + c.len_utf8()],
        None => text,
    }
}

fn short(text: &str) -> String {
    let s = first_sentence(text).trim_end_matches(['。', '；', '，']);
    if s.ends_with(['！', '？']) { s.to_string() } else { format!("{s}。") }
}

pub fn outline(draft: &Draft) -> Draft {
    let sections = draft
        .sections
        .iter()
        .map(|s| {
            let mut blocks = Vec::new();
            for b in &s.blocks {
                match b.kind {
                    BlockKind::Heading => blocks.push(b.clone()),
                    BlockKind::Paragraph => {
                        let from_brief = b.sources.iter().any(|p| matches!(p, Provenance::Brief { .. }));
                        // A numbered item the template adds (the closing safeguard measure) is an
                        // item of the draft like the writer's: the outline shows it.
                        if !from_brief {
                            if opens_item(&b.text) {
                                blocks.push(Block { text: short(&b.text), sources: Vec::new(), ..b.clone() });
                            }
                            continue;
                        }
                        let starts = items(&b.text);
                        let sources: Vec<Provenance> = b
                            .sources
                            .iter()
                            .filter(|p| matches!(p, Provenance::Brief { .. }))
                            .cloned()
                            .collect();
                        if starts.is_empty() {
                            blocks.push(Block { text: short(&b.text), sources, ..b.clone() });
                        } else {
                            for (k, &st) in starts.iter().enumerate() {
                                let end = starts.get(k + 1).copied().unwrap_or(b.text.len());
                                blocks.push(Block {
                                    text: short(&b.text[st..end]),
                                    sources: sources.clone(),
                                    ..b.clone()
                                });
                            }
                        }
                    }
                }
            }
            DraftSection { kind: s.kind.clone(), heading: s.heading.clone(), text: String::new(), blocks }
        })
        .filter(|s| !s.blocks.is_empty())
        .collect();
    Draft::new(draft.title.clone(), draft.subtitle.clone(), draft.genre, sections)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumerated_items_are_found_in_order() {
        let t = "在肯定成绩的同时。一是招商领域不宽。二是项目不多，三是转化率低。";
        let s = items(t);
        assert_eq!(s.len(), 3);
        assert_eq!(short(&t[s[1]..s[2]]), "二是项目不多。");
        assert!(opens_item("五是要强化组织领导。各级要…") && opens_item("第六，能力要提升。"));
        assert!(!opens_item("要强化组织领导。") && !opens_item("第一批项目") && !opens_item("三大产业链"));
    }
}

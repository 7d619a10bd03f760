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
                        let fields: Vec<&str> = b
                            .sources
                            .iter()
                            .filter_map(|p| match p {
                                Provenance::Brief { field } => Some(field.as_str()),
                                Provenance::Phrase { .. } => None,
                            })
                            .collect();
                        // (Built field by field, not `..b.clone()`: a paragraph of thousands of
                        // items was copied whole for each, fuzz 28.)
                        let line = |text: String, sources: Vec<Provenance>| Block {
                            kind: b.kind,
                            level: b.level,
                            text,
                            sources,
                        };
                        // A numbered item the template adds (the closing safeguard measure) is an
                        // item of the draft like the writer's: the outline shows it.
                        if fields.is_empty() {
                            if opens_item(&b.text) {
                                blocks.push(line(short(&b.text), Vec::new()));
                            }
                            continue;
                        }
                        let starts = items(&b.text);
                        if starts.is_empty() {
                            blocks
                                .push(line(short(&b.text), fields.iter().map(|f| brief_source(f)).collect()));
                        } else {
                            let mut each = per_item(&fields, starts.len()).into_iter();
                            for (k, &st) in starts.iter().enumerate() {
                                let end = starts.get(k + 1).copied().unwrap_or(b.text.len());
                                blocks.push(line(short(&b.text[st..end]), each.next().unwrap_or_default()));
                            }
                        }
                    }
                }
            }
            DraftSection { kind: s.kind.clone(), heading: s.heading.clone(), text: String::new(), blocks }
        })
        .filter(|s| !s.blocks.is_empty())
        .collect();
    let mut outline = Draft::new(draft.title.clone(), draft.subtitle.clone(), draft.genre, sections);
    outline.asks = draft.asks.clone();
    outline
}

/// The brief sources of a paragraph of `n` numbered items, item by item: grouped so that a part
/// with a heading is one item (`problems[3]`: its heading and points) and each point of a part
/// without one is an item (`problems[0].points[3]`, numbered straight through); or else by part,
/// or by field, whichever gives one group an item, in order; else all of them on the first item. Each line of the outline
/// names where it came from, not every source of its paragraph (`一是外贸主体偏少。` read
/// `来源：提纲 problems[0].points[0]；…points[4]`, and 4,000 problems took 3 GB, fuzz 28).
fn per_item(fields: &[&str], n: usize) -> Vec<Vec<Provenance>> {
    let headed: std::collections::HashSet<&str> =
        fields.iter().filter(|f| f.ends_with(".heading")).map(|f| part(f)).collect();
    let by_item: Vec<&str> =
        fields.iter().map(|f| if headed.contains(part(f)) { part(f) } else { f }).collect();
    let by_part: Vec<&str> = fields.iter().map(|f| part(f)).collect();
    for keys in [by_item, by_part, fields.to_vec()] {
        let mut groups: Vec<Vec<Provenance>> = Vec::new();
        for (k, f) in fields.iter().enumerate() {
            if k == 0 || keys[k - 1] != keys[k] {
                groups.push(Vec::new());
            }
            groups.last_mut().expect("pushed above").push(brief_source(f));
        }
        if groups.len() == n {
            return groups;
        }
    }
    vec![fields.iter().map(|f| brief_source(f)).collect()]
}

/// The part a brief field is of: `problems[3].points[1]` → `problems[3]`.
fn part(field: &str) -> &str {
    field.find(']').map_or(field, |i| &field[..=i])
}

fn brief_source(field: &str) -> Provenance {
    Provenance::Brief { field: field.to_string() }
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

    #[test]
    fn each_item_is_given_its_own_sources() {
        let brief = |f: &str| Provenance::Brief { field: f.to_string() };
        let parts = ["problems[0].heading", "problems[0].points[0]", "problems[1].heading"];
        let all: Vec<Provenance> = parts.iter().map(|f| brief(f)).collect();
        assert_eq!(per_item(&parts, 2), [all[..2].to_vec(), all[2..].to_vec()]);
        let points = ["problems[0].points[0]", "problems[0].points[1]"];
        let all: Vec<Provenance> = points.iter().map(|f| brief(f)).collect();
        assert_eq!(per_item(&points, 2), [vec![all[0].clone()], vec![all[1].clone()]]);
        // No grouping fits: all on the first, none copied to the others.
        assert_eq!(per_item(&points, 3), [all]);
    }
}

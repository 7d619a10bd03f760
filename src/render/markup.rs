//! The line markup a template emits, read into `Draft` blocks (format: `docs/templates.md`).
//!
//! Headings are numbered here, not in templates: a template says `# 存在的问题` and the genre's spec
//! says level 1 reads `一、`. Numbering is then right at every level whatever parts a brief leaves
//! out, and a template cannot skip or repeat a number.

use crate::error::{Error, Result};
use crate::marks;
use crate::model::{Block, BlockKind, DraftSection, Provenance};
use crate::plan::GenreSpec;
use crate::render::helpers::ordinal::ordinal;

/// A rendered template, read.
#[derive(Debug, Clone)]
pub struct Parsed {
    pub title: String,
    pub subtitle: Option<String>,
    pub sections: Vec<DraftSection>,
    /// Every block's sentences with their sources, in block order (for `--explain`).
    pub explanation: super::Explanation,
    /// What the template's `@asks` lines named (`Draft::asks`); `None` without one.
    pub asks: Option<Vec<String>>,
}

/// True for a line that has no words: only punctuation and spaces.
fn is_bare(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c.is_ascii_punctuation() || "。，、；：！？（）“”…—".contains(c))
}

/// The level (1–4) of a line that is a heading with some text, as `parse` reads it.
fn heading_level(line: &str) -> Option<u8> {
    let line = line.trim();
    let hashes = line.chars().take_while(|&c| c == '#').count();
    ((1..=4).contains(&hashes) && !is_bare(marks::strip(&line[hashes..]).0.trim())).then_some(hashes as u8)
}

/// For each heading of `rendered` in order, whether it is the only one at its level under its
/// parent (the last heading of a higher level before it; the draft itself for level 1).
fn lone_headings(rendered: &str) -> Vec<bool> {
    let levels: Vec<u8> = rendered.lines().filter_map(heading_level).collect();
    // (level, index of the parent heading or none) for each heading, and how many share it.
    let mut last_at = [None::<usize>; 5];
    let mut keys = Vec::with_capacity(levels.len());
    for (i, &l) in levels.iter().enumerate() {
        let parent = last_at[..usize::from(l)].iter().flatten().max().copied();
        keys.push((l, parent));
        last_at[usize::from(l)] = Some(i);
    }
    let mut count: std::collections::HashMap<(u8, Option<usize>), usize> = std::collections::HashMap::new();
    for k in &keys {
        *count.entry(*k).or_default() += 1;
    }
    keys.iter().map(|k| count[k] == 1).collect()
}

/// Reads `rendered`; `explain`: also split every block into sentences with their sources (else
/// `explanation` stays empty).
pub fn parse(
    rendered: &str,
    spec: &GenreSpec,
    sources: &[Provenance],
    template: &str,
    explain: bool,
) -> Result<Parsed> {
    let err =
        |msg: String| Error::input(template, None, msg).with_hint("模板输出的行格式见 docs/templates.md");
    let mut title = None;
    let mut subtitle = None;
    let mut asks: Option<Vec<String>> = None;
    let mut sections: Vec<DraftSection> = Vec::new();
    let mut part_index: Option<usize> = None;
    let mut counters = [0usize; 4];
    let mut level = 0u8;
    // A heading alone at its level under its parent is not numbered: `一、` or `（一）` opens a
    // series, and a lone one reads as a draft cut short (来宾市's one part, review 25; 鹤壁市's one
    // `（一）` under `一、`, review 26). As an item of one already goes without 一是.
    let mut alone = lone_headings(rendered).into_iter();
    let mut explanation: super::Explanation = Vec::new();
    let explained = |marked: &str| -> Vec<super::SentenceSource> {
        marks::sentences(marked)
            .into_iter()
            .filter(|s| !is_bare(&s.text))
            .map(|s| super::SentenceSource {
                text: s.text.trim().to_string(),
                sources: s.ids.into_iter().filter_map(|i| sources.get(i).cloned()).collect(),
                // More than an ordinal (一是, 第二) of the template's own.
                template: s.unmarked > 2,
            })
            .collect()
    };
    let lookup = |ids: Vec<usize>| -> Vec<Provenance> {
        ids.into_iter().filter_map(|i| sources.get(i).cloned()).collect()
    };
    for raw in rendered.lines() {
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("@title") {
            title = Some(marks::plain(rest).trim().to_string());
            continue;
        }
        if let Some(rest) = line.strip_prefix("@subtitle") {
            let s = marks::plain(rest).trim().to_string();
            subtitle = (!is_bare(&s)).then_some(s);
            continue;
        }
        if let Some(rest) = line.strip_prefix("@asks") {
            let asked = asks.get_or_insert_with(Vec::new);
            for field in marks::plain(rest).split_whitespace() {
                if crate::model::draft::asked(field).is_none() {
                    return Err(err(format!(
                        "`@asks` 只能列提纲的这几项：{}（措施可带上限，如 measures:4）；不认识 `{field}`",
                        crate::model::draft::ASKABLE.join("、")
                    )));
                }
                if !asked.iter().any(|a| a == field) {
                    asked.push(field.to_string());
                }
            }
            continue;
        }
        if let Some(rest) = line.strip_prefix("@section") {
            let kind = rest.trim();
            let Some(i) = spec.parts.iter().position(|p| p == kind) else {
                return Err(err(format!(
                    "模板输出了未声明的部分 `@section {kind}`；体裁说明的 parts：{}",
                    spec.parts.join("、")
                )));
            };
            if part_index.is_some_and(|p| i <= p) {
                return Err(err(format!(
                    "部分 `{kind}` 出现的顺序与体裁说明的 parts 不符（{}）",
                    spec.parts.join(" → ")
                )));
            }
            part_index = Some(i);
            sections.push(DraftSection {
                kind: kind.to_string(),
                heading: None,
                text: String::new(),
                blocks: Vec::new(),
            });
            continue;
        }
        if line.starts_with('@') {
            return Err(err(format!("无法识别的模板指令：{}", marks::plain(line))));
        }
        if sections.is_empty() {
            let kind = spec.parts.first().cloned().unwrap_or_else(|| "opening".to_string());
            part_index = Some(0);
            sections.push(DraftSection { kind, heading: None, text: String::new(), blocks: Vec::new() });
        }
        let hashes = line.chars().take_while(|&c| c == '#').count();
        let section = sections.last_mut().expect("a section exists");
        if (1..=4).contains(&hashes) {
            let (text, ids) = marks::strip(&line[hashes..]);
            let text = text.trim();
            if is_bare(text) {
                continue;
            }
            let l = hashes as u8;
            let k = usize::from(l - 1);
            counters[k] += 1;
            for c in &mut counters[k + 1..] {
                *c = 0;
            }
            level = l;
            let style = if alone.next().unwrap_or(false) { "" } else { spec.style(l) };
            let numbered = format!("{}{text}", ordinal(counters[k], style));
            if l == 1 && section.heading.is_none() {
                section.heading = Some(numbered.clone());
            }
            if explain {
                let mut sentence = explained(&line[hashes..]);
                if let Some(first) = sentence.first_mut() {
                    first.text = numbered.clone();
                }
                sentence.truncate(1);
                explanation.push(sentence);
            }
            section.blocks.push(Block {
                kind: BlockKind::Heading,
                level: l,
                text: numbered,
                sources: lookup(ids),
            });
        } else {
            let (text, ids) = marks::strip(line);
            let text = text.trim();
            if is_bare(text) {
                continue;
            }
            if explain {
                explanation.push(explained(line));
            }
            section.blocks.push(Block {
                kind: BlockKind::Paragraph,
                level,
                text: text.to_string(),
                sources: lookup(ids),
            });
        }
    }
    sections.retain(|s| !s.blocks.is_empty());
    let title = title.filter(|t| !t.is_empty()).ok_or_else(|| err("模板没有输出标题行 `@title …`".into()))?;
    Ok(Parsed { title, subtitle, sections, explanation, asks })
}

//! The `Draft`: a finished text as typed blocks, the one thing every exporter (md, txt, json, docx)
//! and `outline` read. Each block records where its sentences came from, which is what `--explain`
//! and the JSON `sources` show: a sentence is either the writer's (a brief field) or a phrase's.

use serde::{Deserialize, Serialize};

use crate::model::brief::Genre;

/// Where one sentence of a block came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "from", rename_all = "kebab-case")]
pub enum Provenance {
    /// A field of the brief, as a path: `achievements[0].figures[1]`, `locality`.
    Brief { field: String },
    /// A phrasebank phrase, with its source document and line.
    Phrase { id: String, doc: String, line: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    Heading,
    Paragraph,
}

/// A heading or a paragraph.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    #[serde(rename = "type")]
    pub kind: BlockKind,
    /// Heading level: 1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`. Paragraphs carry the level of the heading
    /// they stand under (0 before any heading).
    pub level: u8,
    /// The text, numbering included (`一、提升认识，牢固树立开放理念`).
    pub text: String,
    pub sources: Vec<Provenance>,
}

/// One part of the draft: opening, achievements, problems, measures, closing … (`kind` is the
/// section name of `model::Section`, or a genre's own part name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSection {
    pub kind: String,
    /// The section's level-1 heading, when it has one (the opening usually has none).
    pub heading: Option<String>,
    /// The whole section as plain text, headings included, one block a line.
    pub text: String,
    pub blocks: Vec<Block>,
}

/// A whole draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub title: String,
    /// The line under the title: `（2026年3月15日）`, or speaker and date.
    pub subtitle: Option<String>,
    pub genre: Genre,
    /// Characters of body text (headings and paragraphs, without whitespace).
    pub chars: usize,
    /// Speaking time at 230 字 a minute, rounded to one decimal.
    pub minutes: f64,
    pub sections: Vec<DraftSection>,
    /// The brief's fields this draft has a place for and that suit its occasion, as its template
    /// says in `@asks` lines: a writer whose draft is short is told to add only these
    /// (`plan::advice`). A release on a 推介会 prints no 形势 at all, and problems do not belong
    /// in it (review 34). `None`: the template does not say (one written before `@asks`), and
    /// every field is suggested.
    #[serde(skip)]
    pub asks: Option<Vec<String>>,
}

/// The fields a template may name in `@asks`: those whose absence `plan::advice` may point out.
pub const ASKABLE: [&str; 5] = ["measures", "situation", "problems", "achievements", "goals"];

/// One word of an `@asks` line: the field it names, and the most of it the template asks for,
/// which only measures may say (`measures:4`: a 调度会's). `None`: no field a template may ask for.
pub fn asked(word: &str) -> Option<(&str, Option<usize>)> {
    let (field, most) = match word.split_once(':') {
        Some(("measures", n)) => ("measures", Some(n.parse::<usize>().ok().filter(|&n| n > 0)?)),
        Some(_) => return None,
        None => (word, None),
    };
    ASKABLE.contains(&field).then_some((field, most))
}

/// One sentence of a block and where it came from (no sources: the template wrote it).
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceSource {
    pub text: String,
    pub sources: Vec<Provenance>,
    /// The template wrote some of it besides its sources: a lead-in before the writer's slogan,
    /// the judgment after a part's topic (利用外资 + 承压回落).
    pub template: bool,
}

/// For every block of a draft, in `Draft::blocks()` order, its sentences and their sources: what
/// `--explain` prints. Kept beside the `Draft` (whose blocks record sources per block) so the
/// `Draft` every exporter reads stays as it is.
pub type Explanation = Vec<Vec<SentenceSource>>;

/// How far a draft may stray from the brief's target length, in percent either way (±15%).
pub const LENGTH_TOLERANCE: usize = 15;

/// The lengths (in 字) a draft for `target` may have: `target` ± `LENGTH_TOLERANCE`%, rounded
/// inward. `draft` aims inside it, `check` reports outside it, and the advice says how to reach it.
pub fn length_window(target: usize) -> std::ops::RangeInclusive<usize> {
    let low = (target * (100 - LENGTH_TOLERANCE)).div_ceil(100);
    let high = target * (100 + LENGTH_TOLERANCE) / 100;
    low..=high
}

/// Uses per 1,000 characters above which a stock word is overused (why 3: see `check::repeat`).
pub const PER_THOUSAND: usize = 3;

/// How many uses of one stock word a text of `chars` characters may have: `PER_THOUSAND` per
/// 1,000, and that many anyway in a text of under 1,000 (a rate means little in a few lines).
/// `check` flags a use past it; `draft` stays within it.
pub fn stock_allowed(chars: usize) -> usize {
    (PER_THOUSAND * chars / 1000).max(PER_THOUSAND)
}

/// Adverbs and intensifiers a drafter reaches for by reflex.
pub const STOCK: [&str; 14] = [
    "进一步",
    "切实",
    "不断",
    "大力",
    "坚决",
    "扎实",
    "着力",
    "积极",
    "有效",
    "持续",
    "深入",
    "全力",
    "认真",
    "努力",
];

/// Speaking speed used for `minutes`: the middle of 220–250 字 a minute.
pub const CHARS_PER_MINUTE: f64 = 230.0;

/// Characters that count towards length: everything but whitespace.
pub fn count_chars(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).count()
}

impl Draft {
    /// Builds a draft from its sections, computing `chars`, `minutes` and each section's `text`.
    pub fn new(
        title: String,
        subtitle: Option<String>,
        genre: Genre,
        mut sections: Vec<DraftSection>,
    ) -> Draft {
        for s in &mut sections {
            s.text = s.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
        }
        let chars = sections.iter().map(|s| count_chars(&s.text)).sum();
        let minutes = (chars as f64 / CHARS_PER_MINUTE * 10.0).round() / 10.0;
        Draft { title, subtitle, genre, chars, minutes, sections, asks: None }
    }

    /// Every block in order.
    pub fn blocks(&self) -> impl Iterator<Item = &Block> {
        self.sections.iter().flat_map(|s| s.blocks.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::asked;

    #[test]
    fn an_asks_word_names_a_field_and_measures_may_say_how_many() {
        assert_eq!(asked("goals"), Some(("goals", None)));
        assert_eq!(asked("measures"), Some(("measures", None)));
        assert_eq!(asked("measures:4"), Some(("measures", Some(4))));
        for word in ["weather", "goals:2", "measures:0", "measures:", "measures:四"] {
            assert_eq!(asked(word), None, "{word}");
        }
    }
}

//! `--explain`: where each sentence came from, as lines starting `> 来源：` written after its block
//! in Markdown and plain text (`jianggao export` and `check` ignore such lines).
//!
//! With the sentence table of a fresh draft (`render::Explanation`) there is one line per
//! sentence: `> 来源：「根据会议安排……」语料 p-2b03…（004_….txt 第4行）`. Without it (an outline, a
//! draft read back from JSON) one line per block lists the block's sources in order.

use crate::model::draft::SentenceSource;
use crate::model::{Block, Provenance};

/// One source, readably: `提纲 achievements[0].figures[0]` or `语料 p-3f2a（004_….txt 第12行）`.
pub fn source(p: &Provenance) -> String {
    match p {
        Provenance::Brief { field } => format!("提纲 {field}"),
        Provenance::Phrase { id, doc, line } => format!("语料 {id}（{doc} 第{line}行）"),
    }
}

/// How a note of `--explain` starts: what `export` and `check` leave out of the speech. Another
/// line quoted with `>` is the writer's text (review 44: every `>` line was dropped unsaid).
pub const NOTE: &str = "> 来源：";

/// Whether a line of a Markdown draft is a note of `--explain` (`NOTE`).
pub fn is_note(line: &str) -> bool {
    line.trim_start_matches(['\u{feff}', ' ', '\t', '\u{3000}']).starts_with(NOTE)
}

/// `> 来源：…` for a block, or `> 来源：模板` for text the template wrote itself.
pub fn line(b: &Block) -> String {
    if b.sources.is_empty() {
        return format!("{NOTE}模板");
    }
    let list: Vec<String> = b.sources.iter().map(source).collect();
    format!("{NOTE}{}", list.join("；"))
}

/// The first characters of a sentence, to say which one a line is about.
fn excerpt(text: &str) -> String {
    const N: usize = 14;
    let n = text.chars().count();
    if n <= N + 2 { text.to_string() } else { format!("{}……", text.chars().take(N).collect::<String>()) }
}

/// One `> 来源：「…」…` line per sentence.
pub fn sentence_lines(sentences: &[SentenceSource]) -> Vec<String> {
    sentences
        .iter()
        .map(|s| {
            let mut from: Vec<String> = s.sources.iter().map(source).collect();
            // What the template wrote is named too: `同志们，让我们…` is not the writer's slogan.
            if s.sources.is_empty() || s.template {
                from.push("模板".to_string());
            }
            let from = from.join("；");
            format!("> 来源：「{}」{from}", excerpt(&s.text))
        })
        .collect()
}

//! `--explain`: a block's provenance as one readable line, `> 来源：…`, written after the block in
//! Markdown and plain text (export and check ignore such lines).

use crate::model::{Block, Provenance};

/// One source, readably: `提纲 achievements[0].figures[0]` or `语料 p-3f2a（004_….txt 第12行）`.
pub fn source(p: &Provenance) -> String {
    match p {
        Provenance::Brief { field } => format!("提纲 {field}"),
        Provenance::Phrase { id, doc, line } => format!("语料 {id}（{doc} 第{line}行）"),
    }
}

/// `> 来源：…` for a block, or `> 来源：模板` for text the template wrote itself.
pub fn line(b: &Block) -> String {
    if b.sources.is_empty() {
        return "> 来源：模板".to_string();
    }
    let list: Vec<String> = b.sources.iter().map(source).collect();
    format!("> 来源：{}", list.join("；"))
}

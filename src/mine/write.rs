//! Writing a mined phrasebank folder: one `<section>.yaml` per section, a `README.md` with the
//! counts, and the inputs used (`dict.txt`, `topics.yaml`, `curation.yaml`) where the folder lacks
//! them. Every write is atomic; a file mining did not write before is never overwritten without
//! `--force`.

use std::fmt::Write as _;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::spill::{Entry, Raw, Spill};
use super::{Report, Sink};
use crate::error::{Error, Result};
use crate::input;
use crate::model::{Phrase, Section};
use crate::phrasebank::{Phrases, Topic, index};
use crate::plan::relevance::Vocabulary;
use crate::yaml;

/// The first line of every file mining writes; a file that starts with it may be replaced.
pub const MARK: &str = "# 由 `jianggao mine` 生成";
/// The first line of the README.md mining writes.
pub const README_MARK: &str = "<!-- 由 `jianggao mine` 生成";

/// Whether `text` is a file mining wrote into a phrasebank folder (a section's YAML, its README,
/// the jieba dictionary it copies there): no speech, when that folder is mined again.
pub fn written_by_mining(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}');
    text.starts_with(MARK) || text.starts_with(README_MARK) || text.starts_with("# jieba 用户词典")
}

/// The head of `<section>.yaml`, for a file of `count` phrases.
fn section_header(section: Section, count: usize) -> String {
    format!(
        "{MARK}：语料库 · {}（{}），{} 条。\n# 不要手改：重新挖掘会覆盖本文件。要排除或改动某条语句，请写入 curation.yaml。\n",
        section.chinese(),
        section.name(),
        count
    )
}

/// Appends `p` as one item of a YAML list, byte for byte as serde_yaml writes it (`yaml::to_string`
/// of the list), and five times faster: writing through serde_yaml was 40% of a mining run on
/// one thread. Every string is written plain when it surely is plain to serde_yaml (`plain`); a
/// phrase with any other string — quoted, folded, ambiguous — goes through serde_yaml itself.
pub fn phrase_yaml(p: &Phrase, out: &mut String) {
    let words = |l: &[String]| l.iter().all(|w| plain(w));
    let id_plain = p.id.strip_prefix("p-").is_some_and(|h| h.bytes().all(|b| b.is_ascii_alphanumeric()));
    let slots_plain = p.slots.iter().all(|s| slot_name(s));
    if !(id_plain
        && slots_plain
        && plain(&p.text)
        && words(&p.topics)
        && words(&p.keywords)
        && words(&p.presupposes)
        && doc_plain(&p.source.doc))
    {
        out.push_str(&yaml::to_string(&[p]));
        return;
    }
    let list = |out: &mut String, key: &str, l: &[String], always: bool| {
        if l.is_empty() {
            if always {
                let _ = writeln!(out, "  {key}: []");
            }
            return;
        }
        let _ = writeln!(out, "  {key}:");
        for w in l {
            let _ = writeln!(out, "  - {w}");
        }
    };
    let _ = writeln!(
        out,
        "- id: {}\n  section: {}\n  role: {}\n  text: {}",
        p.id,
        p.section.name(),
        p.role.name(),
        p.text
    );
    list(out, "slots", &p.slots, true);
    list(out, "topics", &p.topics, true);
    let _ = writeln!(out, "  generic: {}", p.generic);
    list(out, "keywords", &p.keywords, false);
    list(out, "presupposes", &p.presupposes, false);
    let _ = writeln!(out, "  source:\n    doc: {}\n    line: {}", p.source.doc, p.source.line);
}

/// Whether serde_yaml surely writes `s` plain, unquoted, on one line: it starts with a character
/// beyond ASCII (so it is no number, boolean, null or indicator), and holds only such characters
/// (less the byte-order mark, the Unicode line and paragraph separators, and the two
/// non-characters libyaml escapes) and ASCII letters, digits and `{}%._-/()+` — no space (where
/// a long line is folded), no `:` or `#`, no control character.
fn plain(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(wide)
        && chars.all(|c| wide(c) || c.is_ascii_alphanumeric() || "{}%._-/()+".contains(c))
}

fn wide(c: char) -> bool {
    c >= '\u{a0}' && !matches!(c, '\u{feff}' | '\u{2028}' | '\u{2029}' | '\u{fffe}' | '\u{ffff}')
}

/// A slot name (`locality`, `number2`): lower-case ASCII, a letter first, and none of the words
/// YAML reads as something else.
fn slot_name(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && !matches!(s, "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n")
}

/// A document name (`2025/讲话.docx`) serde_yaml writes plain: `plain`, or ASCII letters, digits
/// and `._-/` after a letter or digit, with a letter that is not a number's (no `1e5`, `0x1f`).
fn doc_plain(s: &str) -> bool {
    if plain(s) {
        return true;
    }
    let ascii_ok = s.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-/".contains(&b))
        && s.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric());
    let wordy =
        s.bytes().any(|b| b == b'/' || (b.is_ascii_alphabetic() && !b"eExXoObBaAfFcCdD".contains(&b)));
    let lower = s.to_ascii_lowercase();
    ascii_ok
        && wordy
        && !matches!(lower.as_str(), "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n")
}

/// The text of `README.md`: what the folder is and what it holds.
pub fn readme(report: &Report, topics: &[Topic]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "<!-- {} -->", MARK.trim_start_matches("# "));
    s.push_str(
        "# 语料库（phrasebank）\n\n\
         从真实讲话稿中挖掘出的语句，按讲话的部分（section）分文件存放，供起草时选用。\n\
         重新生成：`jianggao mine corpus/seeds -o phrasebank/`（本文件夹中的 `*.yaml` 与本说明都由它写出）。\n\n\
         - `<section>.yaml`：opening 开场、significance 意义、achievements 成绩、problems 问题、measures 目标与措施、\
         safeguards 保障、closing 结尾。每条语句有 `id`（由文本算出，重新挖掘不变）、`role`（heading 标题、lead-in 引语、\
         statement 论述、figure 数据、point 分项、transition 过渡、quote 引述、call 号召、clause 分句）、`text`、`slots`、`topics`、\
         `generic`、`keywords`（实词：起草时一句套话要与所在标题、要点、所答问题或主题有共同的实词才用）、\
         `presupposes`（这句话预设本地有的条件，如沿海、综合保税区：提纲提到了才用）、`source`（文档与行号）。\n\
         - 标题与分项去掉了序号（`一、` `（一）` `第一，` `一是` `一要`），由起草时重新编号。\n\
         - 占位符：`{{locality}}` 本地地名（原文的 `**`、`某某`、`xx` 指本地时）；`{{level}}` 本级（全市/我县/市委… 中的\
         市、县、省、区）；`{{year}}` `{{month}}` `{{date}}` `{{number}}` `{{percent}}` `{{place}}`（他处地名）\
         `{{name}}`（人名）`{{org}}`；同类第二个起编号为 `{{number2}}` …；`{{year}}` `{{month}}` 只代替数字，\
         “年”“月”留在文中（`{{year}}年`、`{{month}}月份`），`{{date}}` 代替整个日期（`3月31日`）。\n\
         - 一句话若只因某几个并列分句含有他处专名、数据、过去的本地做法或有时效的提法（疫情、新常态、申建…）而不通用，\
         另收录去掉这些分句后的通用版本（来源相同）；句首承上启下、离开上文读不通的成分（`对此，` `同时` `尤其` \
         `政治强，就是要…`）去掉后能独立成句的，也另收录去掉后的版本。\n\
         - `clause` 分句：意义、措施、保障、结尾部分三个分句以上的长句中，能单独成句的动宾分句（`加强国际产能合作。`），\
         供自己组织排比时选用；不承上（实现…、确保…、既…又…、这/此/其）、不含专名和数据。起草模板不直接取用分句。\n\
         - `generic: true` 的语句可直接用于任何地方的讲话：不含他处地名、人名、机构、项目，也不含需要数据的占位符（`{{year}}` 由提纲的年份填入，不算数据）。\n\n\
         输入（挖掘时读取，手工维护）：`dict.txt`（jieba 用户词典：领域词与专名，专名标 ns/nr/nt/nz）、\
         `topics.yaml`（主题词表；各主题的 `heading` 只供起草：措施只写了主题、语料库又没有这个主题的标题时用它）、`curation.yaml`（人工校订：专名、非专名、排除、改判）、\
         `generic-words.yaml`（不算实词的公文通用词）、`presuppositions.yaml`（前提词表，起草时也读）；\
         `levels.yaml`（层级用语：各县（市）区在县级讲话中改为各乡镇……）与 `provinces.yaml`\
         （省级讲话里下辖单位的说法：云南说各州（市）……）只供起草读取。\n\n\
         `wording.yaml`（规范提法：别字、易混词、新华社禁用词和慎用词中与讲话稿有关的条目，每条注明出处）只供 \
         `jianggao check` 的 wording 规则读取（挖掘只把它带到输出文件夹）：certain 一级是确定的错误，`check --fix` 改为 fix 所写；\
         caution 一级是慎用，只报告理由和建议。本单位要补充的，另写一个同样格式的文件，\
         用 `check --wording 文件` 加在内置表之上；`--phrasebank` 文件夹里的 `wording.yaml` 代替内置表。\n\n",
    );
    let tally = &report.tally;
    let _ = writeln!(
        s,
        "本次挖掘：{} 篇文档，{} 个句子，{} 条语句（通用 {} 条，其中分句 {} 条）。\n",
        report.documents,
        report.sentences,
        tally.phrases,
        tally.generic,
        tally.clauses()
    );
    s.push_str("| 部分 | 语句 | 通用 | 其中分句 |\n|---|---:|---:|---:|\n");
    for (sec, all, generic, c) in tally.per_section() {
        let _ = writeln!(s, "| {} {} | {all} | {generic} | {c} |", sec.name(), sec.chinese());
    }
    s.push_str("\n| 主题 | 语句 | 通用 |\n|---|---:|---:|\n");
    for (topic, all, generic) in tally.per_topic(topics) {
        let _ = writeln!(s, "| {topic} | {all} | {generic} |");
    }
    s
}

/// A phrasebank folder being mined into: phrases wait on disk by section (a section file starts
/// with its count, and the sections follow one another), then `finish` writes each
/// `<section>.yaml`, the index drafting reads (`phrasebank::index`), `README.md`, and the inputs
/// the folder lacks. Every file is written atomically; a file mining did not write before is never
/// replaced without `--force`, and that is checked before mining starts.
pub struct DirWriter {
    dir: PathBuf,
    sections: Vec<Spill>,
}

/// How many phrases of a section are decoded and written out together.
const CHUNK: usize = 4096;

/// The files mining writes and replaces (the inputs are only written when missing).
fn generated() -> impl Iterator<Item = String> {
    Section::ALL.into_iter().map(|s| format!("{}.yaml", s.name())).chain(["README.md".to_string()])
}

impl DirWriter {
    pub fn new(dir: &Path, force: bool) -> Result<DirWriter> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        for name in generated() {
            let path = dir.join(&name);
            let ours = std::fs::read_to_string(&path).is_ok_and(|t| written_by_mining(&t));
            if path.exists() && !ours && !force {
                return Err(Error::usage_with_hint(
                    format!("{} 已存在，且不是 `jianggao mine` 生成的文件，不会覆盖", path.display()),
                    "确需覆盖请加 --force，或用 -o 指定另一个文件夹",
                ));
            }
        }
        let sections = Section::ALL.iter().map(|_| Spill::new(Some(dir))).collect::<Result<_>>()?;
        Ok(DirWriter { dir: dir.to_path_buf(), sections })
    }

    pub fn finish(self, report: &Report, topics: &[Topic], inputs: &[(&'static str, String)]) -> Result<()> {
        let DirWriter { dir, sections } = self;
        let mut index = index::Writer::new(&dir)?;
        // Drafting gives a phrase without content words the embedded vocabulary's (`pipeline`);
        // the index holds the phrases as drafting sees them.
        let vocabulary = std::sync::OnceLock::new();
        // A chunk of phrases at a time is decoded and written out as YAML in parallel; then the
        // chunk's YAML goes to its file while its phrases go to the index, two streams in order
        // side by side.
        let prepare = |raw: Raw| -> Option<(String, Phrase, Option<u64>)> {
            let mut p = raw.decode()?.phrase;
            let mut item = String::new();
            // One list item at a time: the same bytes as the whole list at once.
            phrase_yaml(&p, &mut item);
            if p.keywords.is_empty() {
                let v = vocabulary.get_or_init(|| Vocabulary::of(&Phrases::embedded()));
                crate::pipeline::fill_keywords(&mut p, v);
            }
            let head = crate::model::shingle::head(&p.text);
            Some((item, p, head))
        };
        for (section, spill) in Section::ALL.into_iter().zip(sections) {
            let path = dir.join(format!("{}.yaml", section.name()));
            let tmp = input::temp_beside(&path)?;
            let mut out = BufWriter::with_capacity(1 << 16, tmp);
            let io = |e| Error::io(&path, e);
            out.write_all(section_header(section, spill.len).as_bytes()).map_err(io)?;
            if spill.len == 0 {
                out.write_all(b"[]\n").map_err(io)?;
            }
            let mut entries = spill.read()?;
            loop {
                let mut chunk = Vec::with_capacity(CHUNK);
                while chunk.len() < CHUNK {
                    let Some(raw) = entries.raw() else { break };
                    chunk.push(raw?);
                }
                if chunk.is_empty() {
                    break;
                }
                let prepared: Option<Vec<_>> = chunk.into_par_iter().with_min_len(256).map(prepare).collect();
                let prepared = prepared.ok_or_else(|| entries.damaged())?;
                let (written, indexed) = rayon::join(
                    || prepared.iter().try_for_each(|(item, _, _)| out.write_all(item.as_bytes())),
                    || prepared.iter().try_for_each(|(_, p, head)| index.push_headed(p, *head)),
                );
                written.map_err(io)?;
                indexed?;
            }
            let tmp = out.into_inner().map_err(|e| io(e.into_error()))?;
            tmp.as_file().sync_all().map_err(io)?;
            tmp.persist(&path).map_err(|e| io(e.error))?;
        }
        index.finish()?;
        input::write_atomic(&dir.join("README.md"), readme(report, topics).as_bytes(), true)?;
        for (name, text) in inputs {
            let path = dir.join(name);
            if !path.exists() {
                input::write_atomic(&path, text.as_bytes(), false)?;
            }
        }
        Ok(())
    }
}

impl Sink for DirWriter {
    fn phrase(&mut self, phrase: Phrase) -> Result<()> {
        let k = Section::ALL.iter().position(|s| *s == phrase.section).unwrap_or(0);
        self.sections[k].push(&Entry { phrase, doc: 0, keywords: Vec::new(), skeleton: 0 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PhraseSource, Role};

    /// Every kind of string, written plain by hand or handed to serde_yaml, gives serde_yaml's bytes.
    #[test]
    fn a_phrase_is_written_as_serde_yaml_writes_it() {
        let base = Phrase {
            id: "p-3587a5b189b0".into(),
            section: Section::Measures,
            role: Role::LeadIn,
            text: "近年来，{{locality}}积极融入“一带一路”建设，增长5.2%（同比）。".into(),
            slots: vec!["locality".into()],
            topics: vec!["开放平台".into()],
            generic: true,
            keywords: vec!["共建".into(), "5G".into()],
            presupposes: Vec::new(),
            source: PhraseSource { doc: "000/000000_0.txt".into(), line: 10 },
        };
        let texts = [
            "{{year}}年以来，全市上下。",
            "要点： 一是 # 二是",
            "true",
            "2024",
            "第一行\n第二行",
            "a: b",
            " 前有空格",
            "“引凤还巢”",
            "- 列表",
            "多 个 空 格 的 一 句 话 ， 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长 很 长",
        ];
        let docs = ["1e5", "0x1f", "null", "讲话/2025年.docx", "abc", "2024.txt", "a b.txt", "~"];
        let mut cases = vec![base.clone()];
        for t in texts {
            cases.push(Phrase { text: t.into(), ..base.clone() });
        }
        for d in docs {
            cases.push(Phrase { source: PhraseSource { doc: d.into(), line: 1 }, ..base.clone() });
        }
        cases.push(Phrase { slots: Vec::new(), topics: Vec::new(), keywords: Vec::new(), ..base.clone() });
        cases.push(Phrase {
            presupposes: vec!["沿海".into()], keywords: vec!["yes".into()], ..base.clone()
        });
        cases.push(Phrase { slots: vec!["null".into()], ..base.clone() });
        for p in &cases {
            let mut ours = String::new();
            phrase_yaml(p, &mut ours);
            assert_eq!(ours, yaml::to_string(&[p]), "{p:?}");
        }
    }
}

//! Writing a mined phrasebank folder: one `<section>.yaml` per section, a `README.md` with the
//! counts, and the inputs used (`dict.txt`, `topics.yaml`, `curation.yaml`) where the folder lacks
//! them. Every write is atomic; a file mining did not write before is never overwritten without
//! `--force`.

use std::fmt::Write as _;
use std::path::Path;

use super::{Report, clauses_per_section, per_section, per_topic};
use crate::error::{Error, Result};
use crate::input;
use crate::model::{Phrase, Section};
use crate::phrasebank::Topic;
use crate::yaml;

/// The first line of every file mining writes; a file that starts with it may be replaced.
pub const MARK: &str = "# 由 `jianggao mine` 生成";

/// The text of `<section>.yaml`.
pub fn section_yaml(section: Section, phrases: &[&Phrase]) -> String {
    let mut out = format!(
        "{MARK}：语料库 · {}（{}），{} 条。\n# 不要手改：重新挖掘会覆盖本文件。要排除或改动某条语句，请写入 curation.yaml。\n",
        section.chinese(),
        section.name(),
        phrases.len()
    );
    if phrases.is_empty() {
        out.push_str("[]\n");
    } else {
        out.push_str(&yaml::to_string(&phrases));
    }
    out
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
         `topics.yaml`（主题词表）、`curation.yaml`（人工校订：专名、非专名、排除、改判）、\
         `generic-words.yaml`（不算实词的公文通用词）、`presuppositions.yaml`（前提词表，起草时也读）；\
         `levels.yaml`（层级用语：各县（市）区在县级讲话中改为各乡镇……）只供起草读取。\n\n\
         `wording.yaml`（规范提法：别字、易混词、新华社禁用词和慎用词中与讲话稿有关的条目，每条注明出处）只供 \
         `jianggao check` 的 wording 规则读取（挖掘只把它带到输出文件夹）：certain 一级是确定的错误，`check --fix` 改为 fix 所写；\
         caution 一级是慎用，只报告理由和建议。本单位要补充的，另写一个同样格式的文件，\
         用 `check --wording 文件` 加在内置表之上；`--phrasebank` 文件夹里的 `wording.yaml` 代替内置表。\n\n",
    );
    let clauses = clauses_per_section(&report.phrases);
    let _ = writeln!(
        s,
        "本次挖掘：{} 篇文档，{} 个句子，{} 条语句（通用 {} 条，其中分句 {} 条）。\n",
        report.documents,
        report.sentences,
        report.phrases.len(),
        report.phrases.iter().filter(|p| p.generic).count(),
        clauses.iter().sum::<usize>()
    );
    s.push_str("| 部分 | 语句 | 通用 | 其中分句 |\n|---|---:|---:|---:|\n");
    for ((sec, all, generic), c) in per_section(&report.phrases).into_iter().zip(clauses) {
        let _ = writeln!(s, "| {} {} | {all} | {generic} | {c} |", sec.name(), sec.chinese());
    }
    s.push_str("\n| 主题 | 语句 | 通用 |\n|---|---:|---:|\n");
    for (topic, all, generic) in per_topic(&report.phrases, topics) {
        let _ = writeln!(s, "| {topic} | {all} | {generic} |");
    }
    s
}

/// Every file of the output folder: (name, text).
pub fn files(report: &Report, topics: &[Topic], inputs: &[(&'static str, String)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for section in Section::ALL {
        let of: Vec<&Phrase> = report.phrases.iter().filter(|p| p.section == section).collect();
        out.push((format!("{}.yaml", section.name()), section_yaml(section, &of)));
    }
    out.push(("README.md".to_string(), readme(report, topics)));
    for (name, text) in inputs {
        out.push(((*name).to_string(), text.clone()));
    }
    out
}

/// Writes the folder. Inputs are only written when missing; generated files replace files mining
/// wrote before, and anything else only with `force`.
pub fn write_dir(
    dir: &Path,
    report: &Report,
    topics: &[Topic],
    inputs: &[(&'static str, String)],
    force: bool,
) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let input_names: Vec<&str> = inputs.iter().map(|(n, _)| *n).collect();
    for (name, text) in files(report, topics, inputs) {
        let path = dir.join(&name);
        let exists = path.exists();
        if input_names.contains(&name.as_str()) {
            if !exists {
                input::write_atomic(&path, text.as_bytes(), false)?;
            }
            continue;
        }
        let ours = exists
            && std::fs::read_to_string(&path)
                .is_ok_and(|t| t.starts_with(MARK) || t.starts_with("<!-- 由 `jianggao mine` 生成"));
        if exists && !ours && !force {
            return Err(Error::usage_with_hint(
                format!("{} 已存在，且不是 `jianggao mine` 生成的文件，不会覆盖", path.display()),
                "确需覆盖请加 --force，或用 -o 指定另一个文件夹",
            ));
        }
        input::write_atomic(&path, text.as_bytes(), true)?;
    }
    Ok(())
}

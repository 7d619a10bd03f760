//! Checking: any draft (generated or hand-written) → findings a writer must fix before the leader
//! sees it. One file per rule; each takes the parsed draft and returns its findings.
//!
//! | rule | catches |
//! |---|---|
//! | `placeholder` | leftover masks and slots (`xx`, `**`, `某某`, via `mask::find`), template syntax, HTML entities, empty headings |
//! | `numbering` | 一、二、四、; （一）（三）; 一是…三是; 第一，第三，; a level whose style changes |
//! | `repeat` | a sentence written twice; a stock word (进一步 …) overused |
//! | `punctuation` | half-width , . ; : ? ! ( ) " in Chinese text; unbalanced “” （） 《》 |
//! | `wording` | 规范提法 from `wording.yaml`: 别字 in fixed phrases, 截止到, “一带一路”战略 (certain, fixed by `--fix`); 亲自出席, 隆重召开, 一把手 (慎用, reported only) |
//! | `charset` | characters outside GB2312 (镕, 堃, 〇 …), which 仿宋_GB2312 / 楷体_GB2312 cannot show |
//! | `figure` | with a brief: every brief figure present and equal; growth stated both ways |
//! | `length` | with a brief: length outside ±15% of the target |
//! | `answer` | with a brief: a problem no measure answers (shares no content word with any measure) |

pub mod charset;
pub mod doc;
pub mod figure;
pub mod length;
pub mod numbering;
pub mod placeholder;
pub mod punctuation;
pub mod repeat;
pub mod wording;

use serde::Serialize;

use crate::error::Position;
use crate::model::Brief;
pub use doc::{Doc, Line, LineKind};

/// The rule a finding comes from; its id is what `--json` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    Placeholder,
    Numbering,
    Repeat,
    Punctuation,
    /// 规范提法: wording to avoid (`wording.yaml`).
    Wording,
    /// Characters the GB2312 fonts of the Word output cannot show.
    Charset,
    Figure,
    Length,
    /// With a brief: a problem that no measure answers.
    Answer,
    /// With a brief: a phrase its `choices:` pin or drop that the phrasebank no longer has.
    Choices,
}

impl Rule {
    pub const ALL: [Rule; 10] = [
        Rule::Placeholder,
        Rule::Numbering,
        Rule::Repeat,
        Rule::Punctuation,
        Rule::Wording,
        Rule::Charset,
        Rule::Figure,
        Rule::Length,
        Rule::Answer,
        Rule::Choices,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::Placeholder => "placeholder",
            Rule::Numbering => "numbering",
            Rule::Repeat => "repeat",
            Rule::Punctuation => "punctuation",
            Rule::Wording => "wording",
            Rule::Charset => "charset",
            Rule::Figure => "figure",
            Rule::Length => "length",
            Rule::Answer => "answer",
            Rule::Choices => "choices",
        }
    }
}

/// A safe, mechanical fix: replace bytes `start..end` of the text by `with`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub start: usize,
    pub end: usize,
    pub with: String,
}

/// One thing to fix, at a place in the draft (line and column 1-based, the column in characters)
/// or, for a finding about the whole draft (a missing figure, the length), at none. `--json`
/// prints `line` and `col`, `null` for the whole draft.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    #[serde(flatten, serialize_with = "place")]
    pub at: Option<Position>,
    pub message: String,
    pub suggestion: String,
    /// Set only where the fix is certain to keep the meaning (half-width → full-width punctuation,
    /// a `certain` entry of `wording.yaml`).
    #[serde(skip)]
    pub fix: Option<Fix>,
}

impl Finding {
    /// A finding at byte `at` of `line`.
    pub fn at(
        rule: Rule,
        line: &Line,
        at: usize,
        message: impl Into<String>,
        suggestion: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            at: Some(Position { line: line.no, col: line.col(at) }),
            message: message.into(),
            suggestion: suggestion.into(),
            fix: None,
        }
    }

    /// A finding about the whole draft.
    pub fn whole(rule: Rule, message: impl Into<String>, suggestion: impl Into<String>) -> Finding {
        Finding { rule, at: None, message: message.into(), suggestion: suggestion.into(), fix: None }
    }
}

/// `at` as `--json` prints it: `"line": 3, "col": 5`, or both `null` for the whole draft.
fn place<S: serde::Serializer>(at: &Option<Position>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(2))?;
    map.serialize_entry("line", &at.map(|p| p.line))?;
    map.serialize_entry("col", &at.map(|p| p.col))?;
    map.end()
}

/// The rules' unit tests read findings as `(line, col, message)`; a finding about the whole draft
/// is listed at `(0, 0)` there.
#[cfg(test)]
pub(crate) fn placed(findings: Vec<Finding>, say: impl Fn(Finding) -> String) -> Vec<(usize, usize, String)> {
    findings
        .into_iter()
        .map(|f| {
            let (line, col) = f.at.map_or((0, 0), |p| (p.line, p.col));
            (line, col, say(f))
        })
        .collect()
}

/// What a check depends on besides the text.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Read the text as a Markdown draft (`#` title, `##` headings) rather than plain text.
    pub markdown: bool,
    /// The brief the draft was written from: enables `figure` and the length target.
    pub brief: Option<Brief>,
    /// The 规范提法 list (`wording::load`); `None` for the embedded one.
    pub wording: Option<Vec<wording::Entry>>,
    /// The writer's phrasebank folder, where the brief's `choices:` look their phrases up.
    pub phrasebank: Option<std::path::PathBuf>,
}

/// `choices`: the phrase ids a brief's `choices:` names that the phrasebank no longer has (a
/// phrasebank mined again, or a writer's folder left out): the draft no longer shows what the
/// writer chose there.
fn choices(brief: &Brief, phrasebank: Option<&std::path::Path>) -> Vec<Finding> {
    let Some(choices) = &brief.choices else { return Vec::new() };
    let options =
        crate::pipeline::DraftOptions { phrasebank: phrasebank.map(Into::into), ..Default::default() };
    let Ok(known) = crate::pipeline::knows_phrase(&options) else { return Vec::new() };
    choices
        .ids()
        .filter(|(id, _)| !known(id))
        .map(|(id, site)| match site {
            Some(site) => Finding::whole(
                Rule::Choices,
                format!("提纲 choices 固定在“{site}”的语句 {id} 已不在语料库中"),
                "用 `jianggao edit` 为这里另选一句，或从 choices.pin 中删去这一项",
            ),
            None => Finding::whole(
                Rule::Choices,
                format!("提纲 choices 不用的语句 {id} 已不在语料库中"),
                "从 choices.drop 中删去这一项",
            ),
        })
        .collect()
}

/// `answer`: the brief's problems that no measure answers (`plan::advice::unanswered`), as
/// `draft` reports them on stderr.
fn answers(brief: &Brief) -> Vec<Finding> {
    let vocabulary = crate::plan::relevance::Vocabulary::of(&crate::phrasebank::Phrases::embedded());
    crate::plan::advice::unanswered(brief, &vocabulary)
        .into_iter()
        .map(|p| {
            Finding::whole(
                Rule::Answer,
                format!("提纲的问题“{}”没有一项措施回应", crate::plan::advice::name(p)),
                "补一项针对它的措施，或在相关措施的要点里写明怎么解决",
            )
        })
        .collect()
}

/// The most findings a rule lists: a rule stops looking at the next line once it has this many.
/// A draft has some tens; 16 MiB of `xx,` made millions, and `check` passed 3 GB (fuzz 28). The
/// writer is told there are more (`bounded`); `--fix` fixes those listed, and the next run the rest.
pub const MAX_PER_RULE: usize = 1000;

/// `found`, of `rule`, with a note when it reached the bound (`MAX_PER_RULE`, or for masks
/// `mask::MAX_FOUND`).
fn bounded(rule: Rule, mut found: Vec<Finding>) -> Vec<Finding> {
    if found.len() >= MAX_PER_RULE {
        found.push(Finding::whole(
            rule,
            format!("这一类问题很多，只列出了前 {MAX_PER_RULE} 处左右"),
            "先改好列出的这些，再运行一次 check",
        ));
    }
    found
}

/// Every finding in `text`, ordered by position (whole-draft findings first), then rule.
pub fn check(text: &str, options: &Options) -> Vec<Finding> {
    let doc = Doc::parse(text, options.markdown);
    let mut findings = Vec::new();
    findings.extend(bounded(Rule::Placeholder, placeholder::check(&doc)));
    findings.extend(numbering::check(&doc));
    findings.extend(bounded(Rule::Repeat, repeat::check(&doc)));
    findings.extend(bounded(Rule::Punctuation, punctuation::check(&doc)));
    findings.extend(bounded(
        Rule::Wording,
        wording::check(&doc, options.wording.as_deref().unwrap_or_else(|| wording::embedded())),
    ));
    findings.extend(bounded(Rule::Charset, charset::check(&doc)));
    if let Some(brief) = &options.brief {
        findings.extend(figure::check(&doc, brief));
        findings.extend(length::check(&doc, brief));
        findings.extend(answers(brief));
        findings.extend(choices(brief, options.phrasebank.as_deref()));
    }
    findings.sort_by_key(|f| (f.at, f.rule));
    findings
}

/// The findings whose safe fix is applied, in text order; a fix that overlaps an earlier one is
/// left out (it is found again on the next run).
pub fn fixes(findings: &[Finding]) -> Vec<&Finding> {
    let mut fixes: Vec<&Finding> = findings.iter().filter(|f| f.fix.is_some()).collect();
    fixes.sort_by_key(|f| f.fix.as_ref().map(|x| (x.start, x.end)));
    let mut at = 0;
    fixes.retain(|f| {
        let fix = f.fix.as_ref().expect("filtered above");
        let keep = fix.start >= at;
        if keep {
            at = fix.end;
        }
        keep
    });
    fixes
}

/// `text` with the fixes of `fixes` (from `fixes`: in order, not overlapping) applied.
pub fn apply_fixes(text: &str, fixes: &[&Finding]) -> String {
    let mut out = String::with_capacity(text.len() + fixes.len() * 2);
    let mut at = 0;
    for fix in fixes.iter().filter_map(|f| f.fix.as_ref()) {
        out.push_str(&text[at..fix.start]);
        out.push_str(&fix.with);
        at = fix.end;
    }
    out.push_str(&text[at..]);
    out
}

/// Character count (no whitespace) of the speech text: headings and paragraphs, without the title,
/// the date line, Markdown marks or `--explain` notes.
pub fn body_chars(doc: &Doc) -> usize {
    doc.body().map(|l| crate::model::draft::count_chars(l.text())).sum()
}

//! A `Phrase`: one reusable sentence mined from a real speech, with where it goes in a speech
//! (`section`, `role`), what it talks about (`topics`), its slots, and where it came from.

use serde::{Deserialize, Serialize};

/// Where in a speech a phrase belongs. The order is the order of a speech's parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Section {
    /// 开场：会议任务、刚才…、下面我讲几点意见
    Opening,
    /// 意义、形势：提升认识
    Significance,
    /// 成绩：通报完成情况
    Achievements,
    /// 问题：存在的问题、短板
    Problems,
    /// 目标与措施
    Measures,
    /// 保障：组织领导、责任、政策、作风
    Safeguards,
    /// 结尾：号召
    Closing,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Opening,
        Section::Significance,
        Section::Achievements,
        Section::Problems,
        Section::Measures,
        Section::Safeguards,
        Section::Closing,
    ];

    /// The name used in YAML, file names (`phrasebank/<name>.yaml`) and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Section::Opening => "opening",
            Section::Significance => "significance",
            Section::Achievements => "achievements",
            Section::Problems => "problems",
            Section::Measures => "measures",
            Section::Safeguards => "safeguards",
            Section::Closing => "closing",
        }
    }

    pub fn chinese(self) -> &'static str {
        match self {
            Section::Opening => "开场",
            Section::Significance => "意义",
            Section::Achievements => "成绩",
            Section::Problems => "问题",
            Section::Measures => "目标与措施",
            Section::Safeguards => "保障",
            Section::Closing => "结尾",
        }
    }

    /// Accepts the English name or the Chinese one.
    pub fn parse(s: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|x| x.name() == s || x.chinese() == s)
    }
}

/// What a phrase does in its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A heading: `提升认识，牢固树立开放理念`
    Heading,
    /// The sentence that opens a part: `在肯定成绩的同时，我们也清醒地看到…`
    LeadIn,
    /// A general statement about the topic.
    Statement,
    /// A sentence built around a figure (`实际利用外资{{number}}亿美元`).
    Figure,
    /// One item of an enumeration (一是…, 一要…).
    Point,
    /// A sentence that links two parts.
    Transition,
    /// A quotation of the central line (习近平总书记指出…).
    Quote,
    /// A call to action: `奋力开创对外开放工作新局面！`
    Call,
    /// One clause of a longer sentence that says something whole on its own (`着力培育一批龙头出口
    /// 企业和优势出口产业集群。`): stock for a writer composing a 排比 of their own. Templates do not
    /// ask for clauses, so they never land in a draft on their own.
    Clause,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Role::Heading,
        Role::LeadIn,
        Role::Statement,
        Role::Figure,
        Role::Point,
        Role::Transition,
        Role::Quote,
        Role::Call,
        Role::Clause,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Role::Heading => "heading",
            Role::LeadIn => "lead-in",
            Role::Statement => "statement",
            Role::Figure => "figure",
            Role::Point => "point",
            Role::Transition => "transition",
            Role::Quote => "quote",
            Role::Call => "call",
            Role::Clause => "clause",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|x| x.name() == s)
    }
}

/// Where a phrase was mined from: the document's file name and the 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseSource {
    pub doc: String,
    pub line: usize,
}

/// One phrase of the phrasebank.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phrase {
    /// Stable across re-mining: derived from the normalised text, not from its position.
    pub id: String,
    pub section: Section,
    pub role: Role,
    /// The sentence, with slots in handlebars syntax: `{{locality}}`, `{{number}}`, `{{percent}}` …
    pub text: String,
    /// The slot names that occur in `text`, in order of first appearance.
    #[serde(default)]
    pub slots: Vec<String>,
    /// Topics from `phrasebank/topics.yaml`.
    #[serde(default)]
    pub topics: Vec<String>,
    /// True only when nothing specific to the source document is left in the text: no other
    /// locality, person, organisation or project name. Only generic phrases go into drafts.
    pub generic: bool,
    /// Its content words (jieba's nouns, verbs, idioms… less `generic-words.yaml`): what a stock
    /// sentence must share with a heading, its points or its topic to stand under it. Drafting
    /// matches them against the brief's text, so it never segments anything itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    /// What it takes for granted of the place (`presuppositions.yaml`: 沿海, 综合保税区…): used only
    /// where the brief mentions it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presupposes: Vec<String>,
    pub source: PhraseSource,
}

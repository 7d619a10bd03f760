//! What mining did not keep, and why: every sentence of a corpus becomes a phrase or is rejected
//! for a stated reason (`mine --report` lists them with their counts).

/// Why a line or sentence of the corpus is not a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// A site notice, a date line, a line with no Chinese (`加微信`, `01.04.2018 21:31`).
    Boilerplate,
    /// Text after `试读结束` or a hidden-text marker, or the marker itself.
    CutOff,
    /// A piece with no end (`位居全市第三位`): cut by the scraper or garbled.
    Fragment,
    /// Shorter than `MIN_CHARS` characters: says nothing on its own.
    TooShort,
    /// Longer than `MAX_CHARS` characters: not a reusable phrase.
    TooLong,
    /// The same sentence seen earlier in the corpus.
    Duplicate,
    /// The same wording as an earlier phrase once figures, masks and punctuation are set aside.
    NearDuplicate,
    /// Excluded by hand in `curation.yaml`.
    Excluded,
}

impl Reason {
    pub const ALL: [Reason; 8] = [
        Reason::Boilerplate,
        Reason::CutOff,
        Reason::Fragment,
        Reason::TooShort,
        Reason::TooLong,
        Reason::Duplicate,
        Reason::NearDuplicate,
        Reason::Excluded,
    ];

    /// What `mine --report` says.
    pub fn chinese(self) -> &'static str {
        match self {
            Reason::Boilerplate => "网页杂项（广告、下载提示、日期行等）",
            Reason::CutOff => "试读结束或隐藏标记之后的文字",
            Reason::Fragment => "残句（没有句末标点）",
            Reason::TooShort => "过短（不足 6 字）",
            Reason::TooLong => "过长（超过 200 字）",
            Reason::Duplicate => "重复（前文已有同一句）",
            Reason::NearDuplicate => "近似重复（去掉数据和标点后与前文一句相同）",
            Reason::Excluded => "校订排除（curation.yaml）",
        }
    }

    /// Whether a sentence rejected for this reason was content lost: a duplicate's wording is
    /// kept in its first occurrence, and boilerplate and cut-off text are not the speech's.
    pub fn loses_content(self) -> bool {
        matches!(self, Reason::Fragment | Reason::TooShort | Reason::TooLong | Reason::Excluded)
    }
}

/// One line or sentence not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reject {
    /// Index of the source in the list mined.
    pub doc: usize,
    pub line: usize,
    pub text: String,
    pub reason: Reason,
}

/// How much of a rejected text is kept: what `mine --report` prints, and one character more to
/// say it goes on. A gigabyte archive's rejects stay small.
pub const KEPT_CHARS: usize = 61;

impl Reject {
    pub fn new(doc: usize, line: usize, text: &str, reason: Reason) -> Reject {
        let end = text.char_indices().nth(KEPT_CHARS).map_or(text.len(), |(i, _)| i);
        Reject { doc, line, text: text[..end].to_string(), reason }
    }
}

/// Counts per reason, in the order of `Reason::ALL`.
pub fn counts(rejects: &[Reject]) -> [usize; 8] {
    let mut out = [0; 8];
    for r in rejects {
        out[Reason::ALL.iter().position(|x| *x == r.reason).expect("in ALL")] += 1;
    }
    out
}

/// The share of content sentences kept: sentences classified (`sentences`, each a phrase or a
/// reject) and fragments, less the duplicates, against those that became phrases.
/// (kept, content)
pub fn kept(sentences: usize, rejects: &[Reject]) -> (usize, usize) {
    let c = counts(rejects);
    let fragments = c[2];
    let duplicates = c[5] + c[6];
    let lost: usize = rejects.iter().filter(|r| r.reason.loses_content()).count();
    let content = (sentences + fragments).saturating_sub(duplicates);
    (content.saturating_sub(lost), content)
}

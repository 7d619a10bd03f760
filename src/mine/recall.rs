//! What mining did not keep, and why: every sentence of a corpus becomes a phrase or is rejected
//! for a stated reason (`mine --report` lists them with their counts).

use std::path::Path;

use super::spill::Spill;
use crate::error::Result;
use crate::phrasebank::index::{Cursor, put_str, put_u32};

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
    /// A Word table's row of data: headers, figures, names (`城关镇　12　9.6`); a cell that holds a
    /// sentence is read as one.
    Table,
}

impl Reason {
    pub const ALL: [Reason; REASONS] = [
        Reason::Boilerplate,
        Reason::CutOff,
        Reason::Table,
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
            Reason::Boilerplate => "杂项（网页广告、下载提示、署名行、日期行、整理说明等）",
            Reason::CutOff => "试读结束或隐藏标记之后的文字",
            Reason::Fragment => "残句（没有句末标点）",
            Reason::TooShort => "过短（不足 6 字）",
            Reason::TooLong => "过长（超过 200 字）",
            Reason::Duplicate => "重复（前文已有同一句）",
            Reason::NearDuplicate => "近似重复（去掉数据和标点后与前文一句相同）",
            Reason::Excluded => "校订排除（curation.yaml）",
            Reason::Table => "表格里的数据（表头、数字、名称，不是语句）",
        }
    }

    /// Whether a sentence rejected for this reason was content lost: a duplicate's wording is
    /// kept in its first occurrence, boilerplate and cut-off text are not the speech's, and a
    /// table's data is figures and names, not sentences.
    pub fn loses_content(self) -> bool {
        matches!(self, Reason::Fragment | Reason::TooShort | Reason::TooLong | Reason::Excluded)
    }
}

/// How many reasons there are.
pub const REASONS: usize = 9;

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

/// Every line or sentence not kept: counted by reason, and listed only when `mine --report` asks
/// for the list. The list waits on disk, a file per reason (the report prints them reason by
/// reason, each in corpus order): an archive of a gigabyte has millions of rejects (headings,
/// repeated boilerplate, duplicates), and held in memory they were most of mining's memory.
#[derive(Debug, Default)]
pub struct Rejects {
    counts: [usize; REASONS],
    /// One spill per reason, in the order of `Reason::ALL`; `None`: counted only.
    lines: Option<Vec<Spill>>,
}

impl Rejects {
    /// Rejects counted and listed (their lists in `dir`, else the system's temporary folder).
    pub fn listed(dir: Option<&Path>) -> Result<Rejects> {
        let lines = Reason::ALL.iter().map(|_| Spill::new(dir)).collect::<Result<Vec<_>>>()?;
        Ok(Rejects { counts: [0; REASONS], lines: Some(lines) })
    }

    pub fn push(&mut self, r: Reject) -> Result<()> {
        let k = r.reason.index();
        self.counts[k] += 1;
        if let Some(lines) = &mut self.lines {
            let mut buf = Vec::with_capacity(16 + r.text.len());
            put_u32(&mut buf, r.doc as u32);
            put_u32(&mut buf, r.line.min(u32::MAX as usize) as u32);
            put_str(&mut buf, &r.text);
            lines[k].push_bytes(&buf)?;
        }
        Ok(())
    }

    /// Counts per reason, in the order of `Reason::ALL`.
    pub fn counts(&self) -> [usize; REASONS] {
        self.counts
    }

    pub fn len(&self) -> usize {
        self.counts.iter().sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rejects listed, reason by reason in the order of `Reason::ALL`, each in the order
    /// pushed; nothing when they were only counted.
    pub fn list(self) -> Result<Vec<(Reason, impl Iterator<Item = Result<Reject>>)>> {
        let Some(lines) = self.lines else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for (reason, spill) in Reason::ALL.into_iter().zip(lines) {
            let mut entries = spill.read()?;
            let each = std::iter::from_fn(move || {
                let raw = entries.raw()?;
                Some(raw.and_then(|raw| {
                    let mut c = Cursor(raw.bytes());
                    let decoded = (|| Some((c.u32()? as usize, c.u32()? as usize, c.str()?.to_string())))();
                    let (doc, line, text) = decoded.ok_or_else(|| entries.damaged())?;
                    Ok(Reject { doc, line, text, reason })
                }))
            });
            out.push((reason, each));
        }
        Ok(out)
    }
}

impl Reason {
    /// Its place in `Reason::ALL`.
    fn index(self) -> usize {
        Reason::ALL.iter().position(|x| *x == self).expect("in ALL")
    }
}

/// The share of content sentences kept: sentences classified (`sentences`, each a phrase or a
/// reject) and fragments, less the duplicates, against those that became phrases.
/// (kept, content)
pub fn kept(sentences: usize, counts: &[usize; REASONS]) -> (usize, usize) {
    let fragments = counts[Reason::Fragment.index()];
    let duplicates = counts[Reason::Duplicate.index()] + counts[Reason::NearDuplicate.index()];
    let lost: usize = Reason::ALL.iter().zip(counts).filter(|(r, _)| r.loses_content()).map(|(_, n)| n).sum();
    let content = (sentences + fragments).saturating_sub(duplicates);
    (content.saturating_sub(lost), content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_are_counted_always_and_listed_when_asked() {
        let rejects = [
            Reject::new(0, 3, "加微信", Reason::Boilerplate),
            Reject::new(1, 7, "位居全市第三位", Reason::Fragment),
            Reject::new(0, 9, "广告", Reason::Boilerplate),
            Reject::new(2, 1, &"很长".repeat(200), Reason::TooLong),
        ];
        let mut counted = Rejects::default();
        let mut listed = Rejects::listed(None).unwrap();
        for r in &rejects {
            counted.push(r.clone()).unwrap();
            listed.push(r.clone()).unwrap();
        }
        assert_eq!(counted.counts(), [2, 0, 0, 1, 0, 1, 0, 0, 0]);
        assert_eq!(listed.counts(), counted.counts());
        assert_eq!(listed.len(), 4);
        assert!(counted.list().unwrap().is_empty());
        let back: Vec<Reject> =
            listed.list().unwrap().into_iter().flat_map(|(_, each)| each.map(Result::unwrap)).collect();
        // Reason by reason, each in the order pushed; a text as `Reject::new` kept it.
        assert_eq!(back, [rejects[0].clone(), rejects[2].clone(), rejects[1].clone(), rejects[3].clone()]);
        assert_eq!(back[3].text.chars().count(), KEPT_CHARS);
    }

    #[test]
    fn recall_counts_content_lost_not_duplicates() {
        // 10 sentences and 2 fragments; 3 duplicates; 1 too short, 1 excluded.
        let counts = [5, 0, 0, 2, 1, 0, 2, 1, 1];
        assert_eq!(kept(10, &counts), (5, 9));
    }
}

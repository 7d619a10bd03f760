//! Mining a corpus of past speeches into a phrasebank.
//!
//! ```text
//! files ─read─▶ text ─clean─▶ paragraphs ─split─▶ units ─classify─▶ candidates (section, role)
//!   ─dedupe (exact)─▶ ─analyse (jieba + dict.txt: slots, {{level}}, names)─▶ ─topics (lexicon × TF-IDF)─▶
//!   ─generic flag, near-duplicate merge, curation.yaml─▶ phrases, sorted, with stable ids
//! ```
//!
//! Reading, cleaning and classifying run per file in parallel; segmentation (the expensive part)
//! runs per sentence in parallel on one shared `Jieba` (its scratch space is thread-local, so
//! `&Jieba` is shared freely). Results are collected in input order, so the output does not
//! depend on `--jobs`.

pub mod analyse;
pub mod classify;
pub mod clean;
pub mod curation;
pub mod generic;
pub mod lexicon;
pub mod recall;
pub mod sections;
pub mod split;
pub mod words;
pub mod write;

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault};

use rustc_hash::{FxHashSet, FxHasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::model::{Phrase, PhraseSource, Role, Section};
use crate::phrasebank::{Presupposition, Topic};

pub use curation::Curation;
pub use lexicon::Inputs;

/// Sentences longer than this are not reusable phrases (and a file with no punctuation at all is
/// not segmented as one huge sentence).
pub const MAX_CHARS: usize = 200;
/// Shorter than this, a non-heading sentence says nothing on its own.
pub const MIN_CHARS: usize = 6;

/// One input file, as given or found below a folder.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    /// The name recorded in `source.doc`: the path below the folder given, or the file name.
    pub doc: String,
}

/// A file that was not mined, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub doc: String,
    pub reason: String,
}

#[derive(Debug, Default)]
pub struct Report {
    pub documents: usize,
    pub sentences: usize,
    pub bytes: usize,
    pub phrases: Vec<Phrase>,
    pub skipped: Vec<Skipped>,
    /// Duplicates dropped: exact (same sentence) and near (same wording once slots and
    /// punctuation are set aside).
    pub duplicates: usize,
    pub excluded: usize,
    /// Every line or sentence not kept, with its reason (`mine --report`).
    pub rejects: Vec<recall::Reject>,
}

/// What a folder is searched for: texts, Markdown, Word documents, and the old Word and WPS
/// formats, so that those are named among the files skipped, with what to do about them.
const MINED: [&str; 5] = ["txt", "md", "docx", "doc", "wps"];

/// Collects the files to mine: files as given, folders recursively (see `MINED`), sorted.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            for f in found {
                let rel = f.strip_prefix(path).unwrap_or(&f).to_string_lossy().replace('\\', "/");
                out.push(Source { path: f, doc: rel });
            }
        } else {
            let doc =
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into());
            out.push(Source { path: path.clone(), doc });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let path = entry.map_err(|e| Error::io(dir, e))?.path();
        // `~$讲稿.docx` is the lock file Word leaves beside a document it has open.
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.') || n.starts_with("~$"));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| MINED.iter().any(|m| e.eq_ignore_ascii_case(m)))
        {
            out.push(path);
        }
    }
    Ok(())
}

/// A candidate with where it came from.
struct Found {
    doc: usize,
    cand: classify::Candidate,
}

/// What one file yields: its candidates of a usable length, each with the hash of its text (for
/// the exact-duplicate check), the lines and sentences left out (document index unset), the
/// number of sentences found in all, and the bytes read.
type ReadOne = (Vec<(u64, classify::Candidate)>, Vec<recall::Reject>, usize, usize);

/// Reads, cleans, splits and classifies one file; keeps the candidates of a usable length.
fn read_one(src: &Source, model: &sections::Model) -> std::result::Result<ReadOne, String> {
    let bytes = std::fs::read(&src.path).map_err(|e| Error::io(&src.path, e).to_string())?;
    // A Word document gives its paragraphs as lines, numbering included: from here on it is a text.
    let decoded = crate::input::decode_document(&src.path, &bytes).map_err(|why| why.reason().to_string())?;
    drop(bytes);
    let markdown = src.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("md"));
    let text = if markdown { clean::strip_markdown(&decoded.text) } else { decoded.text };
    let mut rejects = Vec::new();
    let reject =
        |line: usize, text: &str, reason| recall::Reject { doc: 0, line, text: text.to_string(), reason };
    let paras = clean::clean_with(&text, &mut |line, t, reason| rejects.push(reject(line, t, reason)));
    let units =
        split::units_with(&paras, &mut |line, t| rejects.push(reject(line, t, recall::Reason::Fragment)));
    let cands = classify::classify(&units, model);
    let sentences = cands.len();
    let hasher = BuildHasherDefault::<FxHasher>::default();
    let mut kept = Vec::with_capacity(cands.len());
    for cand in cands {
        let n = cand.text.chars().count();
        let short = match cand.role {
            Role::Heading | Role::Point => n < 3,
            _ => n < MIN_CHARS,
        };
        if short || n > MAX_CHARS {
            let reason = if short { recall::Reason::TooShort } else { recall::Reason::TooLong };
            rejects.push(recall::Reject { doc: 0, line: cand.line, text: cand.text, reason });
            continue;
        }
        kept.push((hasher.hash_one(cand.text.as_str()), cand));
    }
    Ok((kept, rejects, sentences, text.len()))
}

/// Mines `sources` with `inputs` (dictionary, topics, curation). `progress` is told how many
/// sentences are done.
pub fn mine(sources: &[Source], inputs: &Inputs, progress: &(dyn Fn(u64) + Sync)) -> Result<Report> {
    let mut report = Report::default();

    // 1. Read, clean, split, classify: per file, in parallel — while jieba loads its dictionary
    //    (a fixed cost of a few hundred milliseconds that need not hold up the reading).
    let model = inputs.section_model()?;
    let (lex, read) = rayon::join(
        || inputs.lexicon(),
        || sources.par_iter().map(|s| read_one(s, &model)).collect::<Vec<_>>(),
    );
    let lex = lex?;
    let mut found: Vec<Found> = Vec::new();
    // Sentences seen, by a 64-bit hash of their text (no copy of the text is kept).
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    for (i, r) in read.into_iter().enumerate() {
        match r {
            Ok((cands, rejects, sentences, bytes)) => {
                report.documents += 1;
                report.bytes += bytes;
                report.sentences += sentences;
                report.rejects.extend(rejects.into_iter().map(|r| recall::Reject { doc: i, ..r }));
                for (hash, cand) in cands {
                    // 2. Exact duplicates (a corpus often holds the same speech twice): the first wins.
                    if !seen.insert(hash) {
                        report.duplicates += 1;
                        let (line, text) = (cand.line, cand.text);
                        report.rejects.push(recall::Reject {
                            doc: i,
                            line,
                            text,
                            reason: recall::Reason::Duplicate,
                        });
                        continue;
                    }
                    found.push(Found { doc: i, cand });
                }
            }
            Err(reason) => report.skipped.push(Skipped { doc: sources[i].doc.clone(), reason }),
        }
    }
    drop(seen);

    // 3. Segment and analyse, per sentence, in parallel, in order; what each phrase needs on its
    //    own (id, skeleton, whether it is generic) is worked out right there, on the worker that
    //    has the sentence at hand, so that only the merge below runs in order.
    //    Progress is told once per chunk: a shared counter bumped per sentence by every worker
    //    would bounce its cache line between them. The chunks are kept as they are (one long
    //    vector would be a copy of them all, at the peak of memory), and each sentence is let go
    //    of once analysed.
    let n = found.len();
    let mined: Vec<Vec<Mined>> = found
        .into_par_iter()
        .chunks(128)
        .map(|chunk| {
            let done: Vec<Mined> = chunk
                .into_iter()
                .map(|f| {
                    let a = lex.analyse(&f.cand.text, f.cand.level);
                    Mined::new(&f, a, &inputs.curation)
                })
                .collect();
            progress(done.len() as u64);
            done
        })
        .collect();

    // 4. Phrases; near duplicates merged (same wording once slots and punctuation are set aside):
    //    the first with a skeleton wins.
    //    Clause phrases come after every sentence, so that a clause never takes the place of a
    //    sentence with the same wording, and a sentence's phrase is the same with or without them.
    let keywords = mined.iter().flatten().map(|m| m.sentence.keywords.as_slice());
    let scorer = lexicon::TopicScorer::new(&inputs.topics, &lex, keywords);
    let mut skeletons: FxHashSet<String> = FxHashSet::default();
    skeletons.reserve(n);
    let mut kept: Vec<Prepared> = Vec::with_capacity(n);
    let mut clauses = Vec::with_capacity(n);
    let mut near = Vec::new();
    let mut merge = |mut p: Prepared, sentence: bool| {
        if !skeletons.insert(std::mem::take(&mut p.skeleton)) {
            report.duplicates += 1;
            // A variant or clause merged away is not a sentence lost.
            if sentence {
                near.push(recall::Reject {
                    doc: p.doc,
                    line: p.phrase.source.line,
                    text: p.phrase.text,
                    reason: recall::Reason::NearDuplicate,
                });
            }
            return;
        }
        kept.push(p);
    };
    for m in mined.into_iter().flatten() {
        merge(m.sentence, true);
        if let Some(v) = m.variant {
            merge(*v, false);
        }
        clauses.push(m.clauses);
    }
    clauses.into_iter().flatten().for_each(|c| merge(c, false));
    drop(skeletons);
    report.rejects.append(&mut near);

    // 5. Topics: lexicon keywords weighted by their inverse document frequency over the corpus
    //    (known only once every sentence is analysed), for the phrases kept; then curation:
    //    exclusions and overrides by id.
    let before = kept.len();
    // Excluded by hand: named among the rejects (a few, found by id before the phrases go).
    report.rejects.extend(
        kept.iter().filter(|p| p.phrase.role != Role::Clause && inputs.curation.excludes(&p.phrase)).map(
            |p| recall::Reject {
                doc: p.doc,
                line: p.phrase.source.line,
                text: p.phrase.text.clone(),
                reason: recall::Reason::Excluded,
            },
        ),
    );
    let phrases: Vec<Phrase> = kept
        .into_par_iter()
        .with_min_len(256)
        .filter_map(|Prepared { mut phrase, doc, keywords, .. }| {
            phrase.topics = scorer.topics_of(&keywords);
            phrase.presupposes = Presupposition::of(&inputs.presuppositions, &phrase.text);
            phrase.source.doc = sources[doc].doc.clone();
            inputs.curation.apply(phrase)
        })
        .collect();
    report.excluded = before - phrases.len();
    report.phrases = phrases;
    Ok(report)
}

/// What one sentence gives: its phrase, its generic variant and its clause phrases.
struct Mined {
    sentence: Prepared,
    /// Boxed: most sentences have none.
    variant: Option<Box<Prepared>>,
    /// Stock text only: a specific clause is already in its sentence.
    clauses: Vec<Prepared>,
}

impl Mined {
    fn new(f: &Found, mut a: analyse::Analysed, curation: &Curation) -> Mined {
        // A sentence judged specific by hand in curation.yaml gives neither a variant nor clauses.
        let by_hand = curation.judged_specific(&phrase_id(&a.text));
        let variant = a.variant.take().filter(|_| !by_hand).map(|v| {
            let generic = generic(&v);
            Box::new(Prepared::new(f, *v, f.cand.role, generic))
        });
        let parts = std::mem::take(&mut a.parts);
        let clauses = if clause_source(f.cand.section, f.cand.role) && !by_hand {
            parts.into_iter().filter(generic).map(|p| Prepared::new(f, p, Role::Clause, true)).collect()
        } else {
            Vec::new()
        };
        let generic = generic(&a);
        Mined { sentence: Prepared::new(f, a, f.cand.role, generic), variant, clauses }
    }
}

/// One phrase before the near-duplicate merge, with what the merge and the topics need.
struct Prepared {
    /// Without its topics, known only once every sentence is analysed, and without the name of
    /// its document, which only the phrases kept need (`doc` indexes the sources).
    phrase: Phrase,
    doc: usize,
    skeleton: String,
    keywords: Vec<u32>,
}

impl Prepared {
    fn new(f: &Found, a: analyse::Analysed, role: Role, generic: bool) -> Prepared {
        let role = if role == Role::Statement && a.has_figure() { Role::Figure } else { role };
        Prepared {
            skeleton: skeleton(&a.text),
            keywords: a.keywords,
            doc: f.doc,
            phrase: Phrase {
                id: phrase_id(&a.text),
                section: f.cand.section,
                role,
                text: a.text,
                slots: a.slots,
                topics: Vec::new(),
                generic,
                keywords: a.words,
                presupposes: Vec::new(),
                source: PhraseSource { doc: String::new(), line: f.cand.line },
            },
        }
    }
}

/// Whether an analysed text is stock text: no names, no figures, nothing cut from its context.
fn generic(a: &analyse::Analysed) -> bool {
    a.names.is_empty() && !a.has_data_slots() && balanced(&a.text) && generic::not_stock(&a.text).is_none()
}

/// Whether the clauses of a sentence of this section and role are offered as clause phrases: parts
/// that say what to do or why (意义, 措施, 保障, the closing call), not the opening's meeting
/// business, the achievements' claims, the problems' subjects, quotations or headings.
fn clause_source(section: Section, role: Role) -> bool {
    matches!(section, Section::Significance | Section::Measures | Section::Safeguards | Section::Closing)
        && matches!(role, Role::Statement | Role::LeadIn | Role::Point | Role::Call | Role::Figure)
}

/// The wording of a phrase without slots, punctuation and spaces: two sentences with the same
/// skeleton differ only in figures or punctuation and are one phrase.
pub fn skeleton(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = find_pair(rest, "{{") {
        push_han(&mut out, &rest[..i]);
        rest = find_pair(&rest[i..], "}}").map_or("", |j| &rest[i + j + 2..]);
    }
    push_han(&mut out, rest);
    out
}

/// Where `pair` (`{{`, `}}`) first occurs in `text`, found from its first character: a byte scan
/// for one character is cheaper than building a substring searcher, as `str::find` does.
fn find_pair(text: &str, pair: &str) -> Option<usize> {
    let first = pair.chars().next()?;
    text.match_indices(first).map(|(i, _)| i).find(|&i| text[i..].starts_with(pair))
}

/// Appends the Han characters of `text`, a run at a time (a push per character costs more than
/// the rest of the skeleton).
fn push_han(out: &mut String, text: &str) {
    let mut run: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (clean::is_han(c), run) {
            (true, None) => run = Some(i),
            (false, Some(from)) => {
                out.push_str(&text[from..i]);
                run = None;
            }
            _ => {}
        }
    }
    if let Some(from) = run {
        out.push_str(&text[from..]);
    }
}

/// Quotes and brackets paired: an unpaired one means the sentence was cut from its context.
/// (Counted in one pass: six passes, one per character, cost more.)
fn balanced(text: &str) -> bool {
    let mut open = [0usize; 3];
    let mut close = [0usize; 3];
    for c in text.chars() {
        match c {
            '“' => open[0] += 1,
            '（' => open[1] += 1,
            '《' => open[2] += 1,
            '”' => close[0] += 1,
            '）' => close[1] += 1,
            '》' => close[2] += 1,
            _ => {}
        }
    }
    open == close
}

/// A stable id from the phrase text (FNV-1a, 48 bits): the same sentence gets the same id on every
/// run, on every machine, whatever else the corpus holds.
pub fn phrase_id(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.as_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("p-{:012x}", h >> 16)
}

/// Counts per section: (all, generic).
pub fn per_section(phrases: &[Phrase]) -> Vec<(Section, usize, usize)> {
    Section::ALL
        .iter()
        .map(|s| {
            let of: Vec<&Phrase> = phrases.iter().filter(|p| p.section == *s).collect();
            (*s, of.len(), of.iter().filter(|p| p.generic).count())
        })
        .collect()
}

/// Generic clause phrases (role `clause`) per section, in the order of `Section::ALL`: the
/// summaries show them apart from whole sentences.
pub fn clauses_per_section(phrases: &[Phrase]) -> Vec<usize> {
    Section::ALL
        .iter()
        .map(|s| phrases.iter().filter(|p| p.section == *s && p.generic && p.role == Role::Clause).count())
        .collect()
}

/// Counts per topic, most frequent first: (topic, all, generic).
pub fn per_topic(phrases: &[Phrase], topics: &[Topic]) -> Vec<(String, usize, usize)> {
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for p in phrases {
        for t in &p.topics {
            let e = counts.entry(t.as_str()).or_default();
            e.0 += 1;
            e.1 += usize::from(p.generic);
        }
    }
    let mut out: Vec<(String, usize, usize)> = topics
        .iter()
        .map(|t| {
            let (a, g) = counts.get(t.name.as_str()).copied().unwrap_or_default();
            (t.name.clone(), a, g)
        })
        .collect();
    out.sort_by_key(|t| std::cmp::Reverse(t.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_skeletons_ignore_slots() {
        assert_eq!(phrase_id("开放是五大发展理念之一。"), phrase_id("开放是五大发展理念之一。"));
        assert_ne!(phrase_id("开放是五大发展理念之一。"), phrase_id("开放是五大发展理念之二。"));
        assert_eq!(phrase_id("x").len(), 14);
        assert_eq!(skeleton("全{{level}}增长{{percent}}，位居第一。"), "全增长位居第一");
    }
}

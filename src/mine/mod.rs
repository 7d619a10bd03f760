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
pub mod spill;
pub mod split;
pub mod write;

use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault};

use rustc_hash::{FxHashSet, FxHasher};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::model::{Phrase, PhraseSource, Role, Section};
use crate::phrasebank::Topic;

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
    /// The phrases given to the sink, counted.
    pub tally: Tally,
    pub skipped: Vec<Skipped>,
    /// Duplicates dropped: exact (same sentence) and near (same wording once slots and
    /// punctuation are set aside).
    pub duplicates: usize,
    pub excluded: usize,
    /// Every line or sentence not kept, with its reason: counted, and listed for `mine --report`.
    pub rejects: recall::Rejects,
}

/// What a folder is searched for: texts, Markdown, Word documents, and the old Word and WPS
/// formats, so that those are named among the files skipped, with what to do about them.
const MINED: [&str; 5] = ["txt", "md", "docx", "doc", "wps"];

/// Collects the files to mine: files as given, folders recursively (see `MINED`), sorted. Folders
/// are walked by `crate::walk` (each real directory once: a symlink loop is not walked forever;
/// Word's `~$` lock files left out). A pipe or device named like a speech is listed too, so that
/// reading it is refused with its reason among the files skipped.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<Source>> {
    let mined = |p: &Path| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| MINED.iter().any(|m| e.eq_ignore_ascii_case(m)))
    };
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
        if meta.is_dir() {
            let found = crate::walk::walk(path).map_err(|(dir, e)| Error::io(&dir, e))?;
            // (A folder that cannot be read is listed too, whatever its name: to be named among the
            // files skipped.)
            let passed = found
                .passed
                .into_iter()
                .filter(|p| p.why == crate::walk::UNREADABLE_FOLDER || mined(&p.path));
            let mut files: Vec<PathBuf> = found
                .files
                .into_iter()
                .map(|f| f.path)
                .filter(|p| mined(p))
                .chain(passed.map(|p| p.path))
                .collect();
            files.sort();
            for f in files {
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

/// The largest text file (.txt, .md) mined. A speech is some tens of kilobytes; a text of more
/// than 16 MiB is an export of a whole database or not a speech at all, and a file is read,
/// cleaned and split whole, so a larger one would bound memory no longer: a file of short lines
/// costs about 40 times its size while it is split (a 56 MiB file of `要。` lines passed 2 GB,
/// fuzz 26). The same bound as a draft or a brief (`input::MAX_TEXT_BYTES`); the .docx reader
/// has its own on the text inside a Word file.
pub const MAX_TEXT_BYTES: u64 = crate::input::MAX_TEXT_BYTES;
/// The largest Word file mined: pictures make a .docx large while its text stays small, and the
/// whole file is read to unzip it.
pub const MAX_DOCX_BYTES: u64 = 256 << 20;

/// Files are read and analysed a batch at a time, in order, and each batch is let go of once its
/// phrases are on disk (`spill`): memory is that of one batch, whatever the archive's size. A
/// batch is large enough to keep every worker busy between the merges, which run in order.
const BATCH_BYTES: u64 = 4 << 20;
const BATCH_FILES: usize = 512;

/// The sources in batches (ranges of `sources`), by their size on disk.
fn batches(sources: &[Source]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0u64);
    for (i, src) in sources.iter().enumerate() {
        bytes += std::fs::metadata(&src.path).map_or(0, |m| m.len());
        if bytes >= BATCH_BYTES || i + 1 - start >= BATCH_FILES {
            out.push(start..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < sources.len() {
        out.push(start..sources.len());
    }
    out
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

/// Why `path` is not read, if it is not: only regular files of a bounded size are (a device such
/// as `/dev/zero` or a pipe would be read until memory ran out).
fn unreadable(path: &Path, meta: &std::fs::Metadata) -> Option<String> {
    if meta.is_dir() {
        return Some(crate::walk::UNREADABLE_FOLDER.to_string());
    }
    if !meta.is_file() {
        return Some("不是普通文件（设备、管道或套接字），没有读取".to_string());
    }
    let docx = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let max = if docx { MAX_DOCX_BYTES } else { MAX_TEXT_BYTES };
    (meta.len() > max).then(|| {
        format!(
            "文件有 {} MiB，超过单个{}文件 {} MiB 的上限：一篇讲话稿不过几十 KB，这么大的文件多半是整库导出或不是讲话稿；请拆分后再挖掘",
            meta.len() >> 20,
            if docx { " Word " } else { "文本" },
            max >> 20
        )
    })
}

/// Reads, cleans, splits and classifies one file; keeps the candidates of a usable length.
fn read_one(src: &Source, model: &sections::Model) -> std::result::Result<ReadOne, String> {
    let meta = std::fs::metadata(&src.path).map_err(|e| Error::io(&src.path, e).body())?;
    if let Some(why) = unreadable(&src.path, &meta) {
        return Err(why);
    }
    let bytes = std::fs::read(&src.path).map_err(|e| Error::io(&src.path, e).body())?;
    // A Word document gives its paragraphs as lines, numbering included: from here on it is a text.
    let decoded = crate::input::decode_document(&src.path, &bytes).map_err(|why| why.reason().to_string())?;
    drop(bytes);
    let markdown = src.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("md"));
    // The README a run wrote into the folder mined (`mine corp -o corp`): its lines came back as
    // phrases (`语料库（phrasebank）` a heading) on the next run (fuzz 26).
    if write::written_by_mining(&decoded.text) {
        return Err(
            "这是 `jianggao mine` 写进语料库文件夹的文件（说明或词典），不是讲话稿，没有挖掘".to_string()
        );
    }
    let text = if markdown { clean::strip_markdown(&decoded.text) } else { decoded.text };
    let mut rejects = Vec::new();
    // (Kept as long as the report prints them: a line of boilerplate may be a whole file long.)
    let reject = |line: usize, text: &str, reason| recall::Reject::new(0, line, text, reason);
    let text = clean::tables_aside(text, &decoded.tables, &mut |line, t, reason| {
        rejects.push(reject(line, t, reason))
    });
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
            rejects.push(recall::Reject::new(0, cand.line, &cand.text, reason));
            continue;
        }
        kept.push((hasher.hash_one(cand.text.as_str()), cand));
    }
    Ok((kept, rejects, sentences, text.len()))
}

/// Mining's first stage alone, on every file: read, cleaned, split and classified, in parallel on
/// the pool it is called in, nothing segmented or kept. Returns the candidates found. For the
/// mining bench, which measures it against what its bars leave beside jieba (`benches/mine.rs`).
pub fn read_stage(sources: &[Source], inputs: &Inputs) -> Result<usize> {
    let model = inputs.section_model()?;
    Ok(sources.par_iter().map(|s| read_one(s, &model).map_or(0, |r| r.0.len())).sum())
}

/// Where mined phrases go, one at a time, in the order mining gives them: a phrasebank folder
/// (`write::DirWriter`), JSON lines, or a list.
pub trait Sink: Send {
    fn phrase(&mut self, phrase: Phrase) -> Result<()>;
}

impl Sink for Vec<Phrase> {
    fn phrase(&mut self, phrase: Phrase) -> Result<()> {
        self.push(phrase);
        Ok(())
    }
}

/// How many phrases are finished (topics, curation) together, in parallel, before they go to the
/// sink in order.
const FINISH_CHUNK: usize = 4096;

/// Mines `sources` with `inputs` (dictionary, topics, curation), giving each phrase to `sink`.
/// `progress` is told how many files are done; `spill_dir` is where phrases wait on disk until
/// every file is read (the output folder, else the system's temporary folder). The rejects are
/// counted, and listed in the report too with `list_rejects` (`mine --report`).
pub fn mine(
    sources: &[Source],
    inputs: &Inputs,
    progress: &(dyn Fn(u64) + Sync),
    spill_dir: Option<&Path>,
    list_rejects: bool,
    sink: &mut dyn Sink,
) -> Result<Report> {
    let mut report = Report::default();
    if list_rejects {
        report.rejects = recall::Rejects::listed(spill_dir)?;
    }
    let mut sentences = spill::Spill::new(spill_dir)?;
    let mut clauses = spill::Spill::new(spill_dir)?;
    // Sentences seen, by a 64-bit hash of their text, and skeletons merged, by a 64-bit hash
    // (no copy of any text is kept: 16 bytes a sentence, what memory grows by with the archive).
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    let mut skeletons: FxHashSet<u64> = FxHashSet::default();
    let model = inputs.section_model()?;

    // Batches go through in a pipeline: while one batch's phrases are merged, in order, the next
    // batch is read and analysed on the other workers. What the two steps tell the report is put
    // in it in the order of a run without the pipeline: a batch's files, then its merge.
    let mut ranges = batches(sources).into_iter();
    // 1. The first batch is read while jieba loads its dictionary (a fixed cost of a few hundred
    //    milliseconds that need not hold up the reading).
    let first = ranges.next().unwrap_or(0..0);
    let (lex, read) = rayon::join(
        || inputs.lexicon(),
        || sources[first.clone()].par_iter().map(|s| read_one(s, &model)).collect::<Vec<_>>(),
    );
    let lex = lex?;
    let mut counts = lexicon::KeywordCounts::new(&lex);
    let (intake, found) = take_in(read, first.clone(), sources, &mut seen);
    intake.record(&mut report)?;
    let mut pending = (first, analyse_all(found, &lex, &inputs.curation));
    for range in ranges {
        let ((merged, merged_len), (intake, mined)) = rayon::join(
            || {
                let (range, mined) = std::mem::take(&mut pending);
                let merged =
                    merge(mined, &mut counts, &mut skeletons, &mut sentences, &mut clauses, &mut report);
                (merged, range.len())
            },
            || {
                let read = sources[range.clone()].par_iter().map(|s| read_one(s, &model)).collect::<Vec<_>>();
                let (intake, found) = take_in(read, range.clone(), sources, &mut seen);
                (intake, analyse_all(found, &lex, &inputs.curation))
            },
        );
        merged?;
        progress(merged_len as u64);
        intake.record(&mut report)?;
        pending = (range, mined);
    }
    let (range, mined) = pending;
    merge(mined, &mut counts, &mut skeletons, &mut sentences, &mut clauses, &mut report)?;
    if !range.is_empty() {
        progress(range.len() as u64);
    }

    // 5. Topics: lexicon keywords weighted by their inverse document frequency over the corpus
    //    (known only now that every sentence is analysed), for the phrases kept; then curation:
    //    exclusions and overrides by id. In chunks, in parallel, each chunk to the sink in order.
    let scorer = lexicon::TopicScorer::from_counts(&inputs.topics, &lex, counts);
    let presupposed = crate::phrasebank::Presupposed::new(&inputs.presuppositions);
    // What a chunk of entries gives, each decoded and finished on its own, in parallel: the reject
    // it is if it is excluded by hand, and its phrase unless it is. `None`: damaged bytes.
    let finish = |chunk: Vec<spill::Raw>| -> Vec<Finished> {
        chunk
            .into_par_iter()
            .with_min_len(256)
            .map(|raw| {
                let spill::Entry { mut phrase, doc, keywords, .. } = raw.decode()?;
                // Excluded by hand: named among the rejects (a few, found by id).
                let excluded =
                    (phrase.role != Role::Clause && inputs.curation.excludes(&phrase)).then(|| {
                        recall::Reject::new(
                            doc as usize,
                            phrase.source.line,
                            &phrase.text,
                            recall::Reason::Excluded,
                        )
                    });
                phrase.topics = scorer.topics_of(&keywords);
                phrase.presupposes = presupposed.of(&phrase.text);
                phrase.source.doc = sources[doc as usize].doc.clone();
                Some((excluded, inputs.curation.apply(phrase)))
            })
            .collect()
    };
    // Each chunk goes to the sink in order while the next is read and finished on the other
    // workers (the sink writes YAML or JSON, one phrase after another).
    let mut chunks = Chunks { sentences: sentences.read()?, clauses: Some(clauses), clause_entries: None };
    let mut kept = 0;
    let mut merged_away = 0;
    let mut ready: Vec<Finished> = Vec::new();
    loop {
        let (delivered, next) = rayon::join(
            || deliver(std::mem::take(&mut ready), &mut report, &mut *sink),
            || -> Result<Vec<Finished>> {
                let (chunk, away) = chunks.next(&mut skeletons)?;
                kept += chunk.len();
                merged_away += away;
                Ok(finish(chunk))
            },
        );
        if !delivered? {
            return Err(chunks.sentences.damaged());
        }
        ready = next?;
        if ready.is_empty() {
            break;
        }
    }
    report.duplicates += merged_away;
    report.excluded = kept - report.tally.phrases;
    Ok(report)
}

/// What one entry of a spill gives, decoded and finished on its own: the reject it is if it is
/// excluded by hand, and its phrase unless it is. `None`: damaged bytes.
type Finished = Option<(Option<recall::Reject>, Option<Phrase>)>;

/// The spills read back a chunk at a time: every sentence phrase, then the clause phrases whose
/// wording no phrase before has (merged here, now that every sentence is in).
struct Chunks {
    sentences: spill::Entries,
    clauses: Option<spill::Spill>,
    clause_entries: Option<spill::Entries>,
}

impl Chunks {
    /// The next chunk (empty at the end), and the clause phrases merged away meanwhile.
    fn next(&mut self, skeletons: &mut FxHashSet<u64>) -> Result<(Vec<spill::Raw>, usize)> {
        let mut chunk = Vec::with_capacity(FINISH_CHUNK);
        let mut away = 0;
        if self.clause_entries.is_none() {
            while chunk.len() < FINISH_CHUNK {
                match self.sentences.raw() {
                    Some(raw) => chunk.push(raw?),
                    None => {
                        let clauses = self.clauses.take().expect("read once, after the sentences");
                        self.clause_entries = Some(clauses.read()?);
                        break;
                    }
                }
            }
        }
        if let Some(entries) = &mut self.clause_entries {
            while chunk.len() < FINISH_CHUNK {
                let Some(raw) = entries.raw() else { break };
                let raw = raw?;
                if !skeletons.insert(raw.skeleton().ok_or_else(|| entries.damaged())?) {
                    away += 1;
                    continue;
                }
                chunk.push(raw);
            }
        }
        Ok((chunk, away))
    }
}

/// Gives a finished chunk to the report and the sink, in order; `false` if an entry was damaged.
fn deliver(done: Vec<Finished>, report: &mut Report, sink: &mut dyn Sink) -> Result<bool> {
    for d in done {
        let Some((excluded, phrase)) = d else { return Ok(false) };
        if let Some(r) = excluded {
            report.rejects.push(r)?;
        }
        if let Some(p) = phrase {
            report.tally.add(&p);
            sink.phrase(p)?;
        }
    }
    Ok(true)
}

/// What reading a batch tells the report, kept aside while the batch before is merged.
#[derive(Default)]
struct Intake {
    documents: usize,
    bytes: usize,
    sentences: usize,
    duplicates: usize,
    rejects: Vec<recall::Reject>,
    skipped: Vec<Skipped>,
}

impl Intake {
    fn record(self, report: &mut Report) -> Result<()> {
        report.documents += self.documents;
        report.bytes += self.bytes;
        report.sentences += self.sentences;
        report.duplicates += self.duplicates;
        report.skipped.extend(self.skipped);
        for r in self.rejects {
            report.rejects.push(r)?;
        }
        Ok(())
    }
}

/// Step 2: the candidates of a batch's files (`range` of `sources`), read, without exact
/// duplicates (a corpus often holds the same speech twice: the first wins).
fn take_in(
    read: Vec<std::result::Result<ReadOne, String>>,
    range: std::ops::Range<usize>,
    sources: &[Source],
    seen: &mut FxHashSet<u64>,
) -> (Intake, Vec<Found>) {
    let mut intake = Intake::default();
    let mut found: Vec<Found> = Vec::new();
    for (r, i) in read.into_iter().zip(range) {
        match r {
            Ok((cands, rejects, n, bytes)) => {
                intake.documents += 1;
                intake.bytes += bytes;
                intake.sentences += n;
                intake.rejects.extend(rejects.into_iter().map(|r| recall::Reject { doc: i, ..r }));
                for (hash, cand) in cands {
                    if !seen.insert(hash) {
                        intake.duplicates += 1;
                        intake.rejects.push(recall::Reject::new(
                            i,
                            cand.line,
                            &cand.text,
                            recall::Reason::Duplicate,
                        ));
                        continue;
                    }
                    found.push(Found { doc: i, cand });
                }
            }
            Err(reason) => intake.skipped.push(Skipped { doc: sources[i].doc.clone(), reason }),
        }
    }
    (intake, found)
}

/// Step 3: segments and analyses each sentence, in parallel, in order; what each phrase needs on its
/// own (id, skeleton, whether it is generic) is worked out right there, on the worker that has
/// the sentence at hand, so that only the merge runs in order.
fn analyse_all(found: Vec<Found>, lex: &analyse::Lexicon, curation: &Curation) -> Vec<Vec<Mined>> {
    found
        .into_par_iter()
        .chunks(128)
        .map(|chunk| {
            let sentences: Vec<(&str, Option<char>)> =
                chunk.iter().map(|f| (f.cand.text.as_str(), f.cand.level)).collect();
            let analysed = lex.analyse_batch(&sentences);
            chunk.iter().zip(analysed).map(|(f, a)| Mined::new(f, a, curation)).collect()
        })
        .collect()
}

/// Step 4: near duplicates merged (same wording once slots and punctuation are set aside): the first
/// with a skeleton wins. Clause phrases come after every sentence, so that a clause never takes
/// the place of a sentence with the same wording, and a sentence's phrase is the same with or
/// without them: they wait, unmerged, in their own spill.
fn merge(
    mined: Vec<Vec<Mined>>,
    counts: &mut lexicon::KeywordCounts,
    skeletons: &mut FxHashSet<u64>,
    sentences: &mut spill::Spill,
    clauses: &mut spill::Spill,
    report: &mut Report,
) -> Result<()> {
    for m in mined.into_iter().flatten() {
        counts.add(&m.keywords);
        let variant = m.variant.map(|v| (v, false));
        for ((skeleton, raw), sentence) in std::iter::once((m.sentence, true)).chain(variant) {
            if skeletons.insert(skeleton) {
                sentences.push_raw(&raw)?;
            } else {
                report.duplicates += 1;
                // A variant merged away is not a sentence lost. (Decoded for its reject only: few
                // are.)
                if sentence {
                    let e = raw.decode().expect("encoded by this run");
                    report.rejects.push(recall::Reject::new(
                        e.doc as usize,
                        e.phrase.source.line,
                        &e.phrase.text,
                        recall::Reason::NearDuplicate,
                    ))?;
                }
            }
        }
        for c in &m.clauses {
            clauses.push_raw(c)?;
        }
    }
    Ok(())
}

/// What one sentence gives: its phrase, its generic variant and its clause phrases, each encoded
/// for the spill (with its skeleton's hash, for the merge), and the sentence's topic keywords.
struct Mined {
    sentence: (u64, spill::Raw),
    variant: Option<(u64, spill::Raw)>,
    /// Stock text only: a specific clause is already in its sentence.
    clauses: Vec<spill::Raw>,
    keywords: Vec<u32>,
}

impl Mined {
    fn new(f: &Found, mut a: analyse::Analysed, curation: &Curation) -> Mined {
        // A sentence judged specific by hand in curation.yaml gives neither a variant nor clauses.
        let id = phrase_id(&a.text);
        let by_hand = curation.judged_specific(&id);
        let encoded = |e: spill::Entry| (e.skeleton, spill::Raw::of(&e));
        let variant = a.variant.take().filter(|_| !by_hand).map(|v| {
            let generic = generic(&v);
            let id = phrase_id(&v.text);
            encoded(prepared(f, *v, id, f.cand.role, generic))
        });
        let parts = std::mem::take(&mut a.parts);
        let clauses = if clause_source(f.cand.section, f.cand.role) && !by_hand {
            let clause = |p: analyse::Analysed| {
                let id = phrase_id(&p.text);
                encoded(prepared(f, p, id, Role::Clause, true)).1
            };
            parts.into_iter().filter(generic).map(clause).collect()
        } else {
            Vec::new()
        };
        let generic = generic(&a);
        let keywords = a.keywords.clone();
        Mined { sentence: encoded(prepared(f, a, id, f.cand.role, generic)), variant, clauses, keywords }
    }
}

/// One phrase before the near-duplicate merge, with what the merge and the topics need: without
/// its topics, known only once every sentence is analysed, and without the name of its document,
/// which only the phrases kept need.
fn prepared(f: &Found, a: analyse::Analysed, id: String, role: Role, generic: bool) -> spill::Entry {
    let role = if role == Role::Statement && a.has_figure() { Role::Figure } else { role };
    spill::Entry {
        skeleton: skeleton_hash(&a.text),
        keywords: a.keywords,
        doc: f.doc as u32,
        phrase: Phrase {
            id,
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

/// Appends the wording of a phrase without slots, punctuation and spaces: two sentences with the
/// same skeleton differ only in figures or punctuation and are one phrase.
fn skeleton_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = find_pair(rest, "{{") {
        push_han(out, &rest[..i]);
        rest = find_pair(&rest[i..], "}}").map_or("", |j| &rest[i + j + 2..]);
    }
    push_han(out, rest);
}

/// Where `pair` (`{{`, `}}`) first occurs in `text`, found from its first character: a byte scan
/// for one character is cheaper than building a substring searcher, as `str::find` does.
fn find_pair(text: &str, pair: &str) -> Option<usize> {
    let first = pair.chars().next()?;
    text.match_indices(first).map(|(i, _)| i).find(|&i| text[i..].starts_with(pair))
}

/// The hash of `text`'s skeleton, built in a buffer kept by the thread (every phrase of an archive
/// is hashed; only the hash is kept).
fn skeleton_hash(text: &str) -> u64 {
    thread_local!(static BUF: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) });
    BUF.with_borrow_mut(|buf| {
        buf.clear();
        skeleton_into(buf, text);
        BuildHasherDefault::<FxHasher>::default().hash_one(buf.as_str())
    })
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

/// What a mining run gave, counted as the phrases go by (they are not kept).
#[derive(Debug, Default)]
pub struct Tally {
    pub phrases: usize,
    pub generic: usize,
    /// Per section, in the order of `Section::ALL`: all, generic, generic clause phrases (role
    /// `clause`: the summaries show them apart from whole sentences).
    pub sections: [(usize, usize, usize); 7],
    /// Per topic name: all, generic.
    topics: HashMap<String, (usize, usize)>,
}

impl Tally {
    pub fn add(&mut self, p: &Phrase) {
        self.phrases += 1;
        self.generic += usize::from(p.generic);
        let k = Section::ALL.iter().position(|s| *s == p.section).unwrap_or(0);
        let s = &mut self.sections[k];
        s.0 += 1;
        s.1 += usize::from(p.generic);
        s.2 += usize::from(p.generic && p.role == Role::Clause);
        for t in &p.topics {
            // (A topic is counted thousands of times: its name is copied only the first.)
            let e = match self.topics.get_mut(t.as_str()) {
                Some(e) => e,
                None => self.topics.entry(t.clone()).or_default(),
            };
            e.0 += 1;
            e.1 += usize::from(p.generic);
        }
    }

    /// Generic clause phrases in all.
    pub fn clauses(&self) -> usize {
        self.sections.iter().map(|s| s.2).sum()
    }

    /// Counts per section: (section, all, generic, clauses).
    pub fn per_section(&self) -> impl Iterator<Item = (Section, usize, usize, usize)> + '_ {
        Section::ALL.into_iter().zip(&self.sections).map(|(s, &(a, g, c))| (s, a, g, c))
    }

    /// Counts per topic of the lexicon, most frequent first: (topic, all, generic).
    pub fn per_topic(&self, topics: &[Topic]) -> Vec<(String, usize, usize)> {
        let mut out: Vec<(String, usize, usize)> = topics
            .iter()
            .map(|t| {
                let (a, g) = self.topics.get(t.name.as_str()).copied().unwrap_or_default();
                (t.name.clone(), a, g)
            })
            .collect();
        out.sort_by_key(|t| std::cmp::Reverse(t.1));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_stable_and_skeletons_ignore_slots() {
        assert_eq!(phrase_id("开放是五大发展理念之一。"), phrase_id("开放是五大发展理念之一。"));
        assert_ne!(phrase_id("开放是五大发展理念之一。"), phrase_id("开放是五大发展理念之二。"));
        assert_eq!(phrase_id("x").len(), 14);
        let mut skeleton = String::new();
        skeleton_into(&mut skeleton, "全{{level}}增长{{percent}}，位居第一。");
        assert_eq!(skeleton, "全增长位居第一");
    }
}

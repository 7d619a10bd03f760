//! The binary index beside a phrasebank folder (`.phrasebank.idx`): what drafting needs of the
//! folder's phrases, laid out so that a draft reads only the pages it uses, whatever the size of
//! the folder. It is a cache of the YAML, never the truth: it names each section file with its
//! size, modification time and content hash, and a folder whose YAML changed since (a writer's
//! hand edit) is drafted from the YAML, and the index written again.
//!
//! Written by `mine` beside the YAML it writes, and by drafting when it finds none or a stale one.
//! Hidden (a leading `.`), so the overlay of a writer's folder (`assets::overlay`) never reads it.
//!
//! Layout, little-endian throughout:
//! ```text
//! header   magic "JGPBIX02", the embedded phrasebank's hash, 7 section stamps, phrase count,
//!          offsets and lengths of the parts below
//! blob     the strings, each phrase's id, text, topics, doc, presuppositions
//! records  64 bytes a phrase: 6 (offset, length) spans of the blob (the fifth, of its content
//!          words, unused: they are in `keywords`), section, role, generic, source line, first
//!          shingle (`model::shingle::head`, 0: none)
//! groups   `model::groups::Groups`, the lists drafting looks phrases up by
//! words    the vocabulary: each keyword with the number of phrases that have it, by word
//! postings for each word of the vocabulary, in its order, the generic phrases that have it:
//!          the word count, its + 1 offsets (in entries), then the phrase numbers
//! keywords each phrase's content words, joined by U+001F: count + 1 offsets, then the words in
//!          phrasebank order. Scoring reads those of thousands of phrases, and finds them in a
//!          few pages rather than spread through the texts and records
//! near     for each word of the vocabulary, the words near it and longer
//!          (`model::words::containers`): its + 1 offsets, then the word numbers
//! ```
//! The file is mapped, not read: a draft touches the header, the groups and the vocabulary
//! (their size grows with the generic phrases' lists, a few bytes a phrase), the postings of the
//! words its headings hold, and the records and strings of the phrases those postings name.

use std::hash::Hasher;
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::Path;

use rustc_hash::{FxHashMap, FxHasher};

use crate::error::{Error, Result};
use crate::model::groups::Groups;
use crate::model::{Phrase, Role, Section};

/// The index's file name in a phrasebank folder.
pub const FILE: &str = ".phrasebank.idx";

/// 02: postings, content words and near words added (an index of 01 is stale and written again).
const MAGIC: &[u8; 8] = b"JGPBIX02";
const RECORD: usize = 64;
const STAMP: usize = 40;
/// magic, embedded hash, stamps, count + pad, then the parts' (offset, length) pairs.
const HEADER: usize = 8 + 8 + STAMP * 7 + 8 + PARTS * 16;
const PARTS: usize = 7;

/// What a section file was when the index was written: present, size, modification time and
/// content hash. Size and time equal: unchanged (as `git status` judges); otherwise the content
/// hash decides, so a file saved again unchanged keeps the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Stamp {
    present: bool,
    len: u64,
    mtime: (i64, u32),
    hash: u64,
}

/// The hash of a file's content, read a block at a time: a mined section file may be gigabytes.
fn content_hash(path: &Path) -> Option<u64> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut h = FxHasher::default();
    let mut block = vec![0u8; 1 << 16];
    let mut len = 0usize;
    loop {
        let n = file.read(&mut block).ok()?;
        if n == 0 {
            break;
        }
        h.write(&block[..n]);
        len += n;
    }
    h.write_usize(len);
    Some(h.finish())
}

fn mtime(meta: &std::fs::Metadata) -> (i64, u32) {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or((0, 0), |d| (d.as_secs() as i64, d.subsec_nanos()))
}

fn section_path(dir: &Path, section: Section) -> std::path::PathBuf {
    dir.join(format!("{}.yaml", section.name()))
}

/// The stamps of `dir`'s section files as they are now.
fn stamps(dir: &Path) -> [Stamp; 7] {
    let mut out = [Stamp::default(); 7];
    for (k, section) in Section::ALL.into_iter().enumerate() {
        let path = section_path(dir, section);
        let (Ok(meta), Some(hash)) = (std::fs::metadata(&path), content_hash(&path)) else { continue };
        out[k] = Stamp { present: true, len: meta.len(), mtime: mtime(&meta), hash };
    }
    out
}

/// Whether `dir`'s section files are still those of `then`: stat first, the content only of a
/// file whose size or time moved. `Some(stamps)` when they are, with the stamps they have now: the
/// same as `then` unless a file's time moved while its content did not (a folder copied, checked
/// out or restored from a backup).
fn unchanged(dir: &Path, then: &[Stamp; 7]) -> Option<[Stamp; 7]> {
    let mut now = *then;
    for ((section, then), now) in Section::ALL.into_iter().zip(then).zip(&mut now) {
        let path = section_path(dir, section);
        let Ok(meta) = std::fs::metadata(&path) else {
            if then.present {
                return None;
            }
            continue;
        };
        if !then.present || meta.len() != then.len {
            return None;
        }
        let time = mtime(&meta);
        if time != then.mtime {
            if content_hash(&path) != Some(then.hash) {
                return None;
            }
            now.mtime = time;
        }
    }
    Some(now)
}

fn encode_stamp(s: &Stamp, head: &mut Vec<u8>) {
    head.extend_from_slice(&u64::from(s.present).to_le_bytes());
    head.extend_from_slice(&s.len.to_le_bytes());
    head.extend_from_slice(&s.mtime.0.to_le_bytes());
    head.extend_from_slice(&u64::from(s.mtime.1).to_le_bytes());
    head.extend_from_slice(&s.hash.to_le_bytes());
}

/// Writes `stamps` into the index of `dir`, a copy of `bytes` renamed over it (never in place:
/// another draft may have it mapped), so that the next draft knows the files by their times
/// again instead of reading them all. Best effort: an index that cannot be refreshed still works.
fn refresh_stamps(dir: &Path, bytes: &[u8], stamps: &[Stamp; 7]) {
    let mut head = Vec::with_capacity(STAMP * 7);
    for s in stamps {
        encode_stamp(s, &mut head);
    }
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(&bytes[..16])?;
        tmp.write_all(&head)?;
        tmp.write_all(&bytes[16 + head.len()..])?;
        tmp.persist(dir.join(FILE)).map_err(|e| e.error)?;
        Ok(())
    };
    let _ = write();
}

/// The hash of the embedded phrasebank's section files: a folder that lacks a section file takes
/// the embedded one, and a hand-written phrase without keywords takes them from the embedded
/// vocabulary (`pipeline`), so an index is only good for the binary's own embedded phrasebank.
fn embedded_hash() -> u64 {
    let mut h = FxHasher::default();
    for section in Section::ALL {
        let name = format!("{}.yaml", section.name());
        let text = crate::assets::PHRASEBANK.iter().find(|(n, _)| *n == name).map_or("", |(_, t)| t);
        h.write(text.as_bytes());
        h.write_usize(text.len());
    }
    h.finish()
}

/// Writes an index phrase by phrase, in phrasebank order, without holding the phrases: the
/// strings go straight to the file, the records to a second temporary file appended at the end
/// (a mined archive of a gigabyte has millions of phrases).
pub struct Writer {
    file: BufWriter<tempfile::NamedTempFile>,
    records: BufWriter<std::fs::File>,
    /// The content words, to go after the postings (`keywords` in the layout).
    keywords: BufWriter<std::fs::File>,
    keywords_len: u64,
    /// Where each phrase's content words end in `keywords`.
    keyword_ends: Vec<u32>,
    blob_len: u64,
    count: u32,
    groups: Groups,
    /// Each keyword: the number of phrases that have it, and the generic ones among them.
    vocabulary: FxHashMap<String, (u32, Vec<u32>)>,
    dir: std::path::PathBuf,
}

impl Writer {
    pub fn new(dir: &Path) -> Result<Writer> {
        let tmp = crate::input::temp_beside(&dir.join(FILE))?;
        let records = tempfile::tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
        let keywords = tempfile::tempfile_in(dir).map_err(|e| Error::io(dir, e))?;
        let mut file = BufWriter::with_capacity(1 << 16, tmp);
        file.write_all(&[0; HEADER]).map_err(|e| Error::io(dir, e))?;
        Ok(Writer {
            file,
            records: BufWriter::with_capacity(1 << 16, records),
            keywords: BufWriter::with_capacity(1 << 16, keywords),
            keywords_len: 0,
            keyword_ends: Vec::new(),
            blob_len: 0,
            count: 0,
            groups: Groups::default(),
            vocabulary: FxHashMap::default(),
            dir: dir.to_path_buf(),
        })
    }

    fn string(&mut self, s: &str) -> std::io::Result<(u32, u32)> {
        let span = (self.blob_len as u32, s.len() as u32);
        self.file.write_all(s.as_bytes())?;
        self.blob_len += s.len() as u64;
        Ok(span)
    }

    /// Adds the next phrase.
    pub fn push(&mut self, p: &Phrase) -> Result<()> {
        self.push_headed(p, crate::model::shingle::head(&p.text))
    }

    /// `push`, with the phrase's shingle head (`shingle::head` of its text) worked out already,
    /// where phrases are prepared in parallel and pushed in order.
    pub fn push_headed(&mut self, p: &Phrase, head: Option<u64>) -> Result<()> {
        self.push_io(p, head).map_err(|e| Error::io(&self.dir.join(FILE), e))
    }

    fn push_io(&mut self, p: &Phrase, head: Option<u64>) -> std::io::Result<()> {
        if self.blob_len + (p.text.len() as u64) * 8 > u64::from(u32::MAX)
            || self.keywords_len + (p.text.len() as u64) * 8 > u64::from(u32::MAX)
            || self.count == u32::MAX
        {
            return Err(std::io::Error::other("索引超过 4 GB，请分批挖掘"));
        }
        let joined = |l: &[String]| l.join("\u{1f}");
        let spans = [
            self.string(&p.id)?,
            self.string(&p.text)?,
            self.string(&joined(&p.topics))?,
            self.string(&p.source.doc)?,
            {
                let words = joined(&p.keywords);
                self.keywords.write_all(words.as_bytes())?;
                self.keywords_len += words.len() as u64;
                self.keyword_ends.push(self.keywords_len as u32);
                (0, 0)
            },
            self.string(&joined(&p.presupposes))?,
        ];
        let mut rec = [0u8; RECORD];
        for (k, (at, len)) in spans.into_iter().enumerate() {
            rec[k * 8..k * 8 + 4].copy_from_slice(&at.to_le_bytes());
            rec[k * 8 + 4..k * 8 + 8].copy_from_slice(&len.to_le_bytes());
        }
        rec[48] = Section::ALL.iter().position(|s| *s == p.section).unwrap_or(0) as u8;
        rec[49] = Role::ALL.iter().position(|r| *r == p.role).unwrap_or(0) as u8;
        rec[50] = u8::from(p.generic);
        rec[52..56].copy_from_slice(&(p.source.line.min(u32::MAX as usize) as u32).to_le_bytes());
        rec[56..64].copy_from_slice(&head.unwrap_or(0).to_le_bytes());
        self.records.write_all(&rec)?;
        self.groups.add(self.count, p.section, p.role, p.generic, p.topics.iter().map(String::as_str));
        for k in &p.keywords {
            let entry = match self.vocabulary.get_mut(k.as_str()) {
                Some(entry) => entry,
                None => self.vocabulary.entry(k.clone()).or_default(),
            };
            entry.0 += 1;
            // A phrase names a keyword twice at most by accident; posted once.
            if p.generic && entry.1.last() != Some(&self.count) {
                entry.1.push(self.count);
            }
        }
        self.count += 1;
        Ok(())
    }

    /// Completes the index and puts it in place, stamped with the section files as they are now
    /// (write them first).
    pub fn finish(self) -> Result<()> {
        let path = self.dir.join(FILE);
        self.finish_io().map_err(|e| Error::io(&path, e))
    }

    fn finish_io(self) -> std::io::Result<()> {
        let Writer {
            mut file,
            records,
            keywords,
            keyword_ends,
            blob_len,
            count,
            groups,
            vocabulary,
            dir,
            ..
        } = self;
        let mut at = HEADER as u64 + blob_len;
        let mut parts = [(HEADER as u64, blob_len); PARTS];
        // records
        let mut records = records.into_inner().map_err(|e| e.into_error())?;
        records.seek(SeekFrom::Start(0))?;
        let n = std::io::copy(&mut records, &mut file)?;
        parts[1] = (at, n);
        at += n;
        // groups and words
        let mut buf = Vec::new();
        encode_groups(&groups, &mut buf);
        file.write_all(&buf)?;
        parts[2] = (at, buf.len() as u64);
        at += buf.len() as u64;
        let mut words: Vec<(String, (u32, Vec<u32>))> = vocabulary.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        buf.clear();
        put_u32(&mut buf, words.len() as u32);
        for (w, (n, _)) in &words {
            put_str(&mut buf, w);
            put_u32(&mut buf, *n);
        }
        file.write_all(&buf)?;
        parts[3] = (at, buf.len() as u64);
        at += buf.len() as u64;
        // postings: offsets, then the lists, in the vocabulary's order
        buf.clear();
        put_u32(&mut buf, words.len() as u32);
        let mut offset = 0u32;
        put_u32(&mut buf, 0);
        for (_, (_, list)) in &words {
            offset += list.len() as u32;
            put_u32(&mut buf, offset);
        }
        for (_, (_, list)) in &words {
            for &i in list {
                put_u32(&mut buf, i);
            }
        }
        file.write_all(&buf)?;
        parts[4] = (at, buf.len() as u64);
        at += buf.len() as u64;
        let mut keywords = keywords.into_inner().map_err(|e| e.into_error())?;
        keywords.seek(SeekFrom::Start(0))?;
        buf.clear();
        for end in std::iter::once(0).chain(keyword_ends) {
            put_u32(&mut buf, end);
        }
        file.write_all(&buf)?;
        parts[5] = (at, buf.len() as u64 + std::io::copy(&mut keywords, &mut file)?);
        at += parts[5].1;
        let (offsets, near) =
            crate::model::words::containers(&words.iter().map(|(w, _)| w.as_str()).collect::<Vec<_>>());
        buf.clear();
        for n in offsets.iter().chain(&near) {
            put_u32(&mut buf, *n);
        }
        file.write_all(&buf)?;
        parts[6] = (at, buf.len() as u64);
        // header
        let mut head = Vec::with_capacity(HEADER);
        head.extend_from_slice(MAGIC);
        head.extend_from_slice(&embedded_hash().to_le_bytes());
        for s in stamps(&dir) {
            encode_stamp(&s, &mut head);
        }
        head.extend_from_slice(&u64::from(count).to_le_bytes());
        for (o, l) in parts {
            head.extend_from_slice(&o.to_le_bytes());
            head.extend_from_slice(&l.to_le_bytes());
        }
        debug_assert_eq!(head.len(), HEADER);
        let mut tmp = file.into_inner().map_err(|e| e.into_error())?;
        tmp.seek(SeekFrom::Start(0))?;
        tmp.write_all(&head)?;
        tmp.as_file().sync_all()?;
        tmp.persist(dir.join(FILE)).map_err(|e| e.error)?;
        Ok(())
    }
}

pub(crate) fn put_u32(buf: &mut Vec<u8>, n: u32) {
    buf.extend_from_slice(&n.to_le_bytes());
}

pub(crate) fn put_str(buf: &mut Vec<u8>, s: &str) {
    put_u32(buf, s.len() as u32);
    buf.extend_from_slice(s.as_bytes());
}

pub(crate) fn put_list(buf: &mut Vec<u8>, l: &[u32]) {
    put_u32(buf, l.len() as u32);
    for i in l {
        put_u32(buf, *i);
    }
}

pub(crate) fn section_byte(s: Section) -> u8 {
    Section::ALL.iter().position(|x| *x == s).unwrap_or(0) as u8
}

pub(crate) fn role_byte(r: Role) -> u8 {
    Role::ALL.iter().position(|x| *x == r).unwrap_or(0) as u8
}

fn encode_groups(g: &Groups, buf: &mut Vec<u8>) {
    put_u32(buf, g.by_key.len() as u32);
    for ((s, r), l) in &g.by_key {
        buf.extend_from_slice(&[section_byte(*s), role_byte(*r)]);
        put_list(buf, l);
    }
    put_u32(buf, g.by_key_topic.len() as u32);
    for ((s, r, t), l) in &g.by_key_topic {
        buf.extend_from_slice(&[section_byte(*s), role_byte(*r)]);
        put_str(buf, t);
        put_list(buf, l);
    }
    put_u32(buf, g.by_topic.len() as u32);
    for ((s, t), l) in &g.by_topic {
        buf.push(section_byte(*s));
        put_str(buf, t);
        put_list(buf, l);
    }
    for lists in [&g.none, &g.topical] {
        put_u32(buf, lists.len() as u32);
        for (s, l) in lists {
            buf.push(section_byte(*s));
            put_list(buf, l);
        }
    }
}

/// A reader over a byte slice that fails (`None`) rather than panics on a short or damaged file.
pub(crate) struct Cursor<'a>(pub(crate) &'a [u8]);

impl<'a> Cursor<'a> {
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (a, b) = self.0.split_at(n);
        self.0 = b;
        Some(a)
    }
    pub(crate) fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    pub(crate) fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    pub(crate) fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    pub(crate) fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    pub(crate) fn list(&mut self) -> Option<Vec<u32>> {
        let n = self.u32()? as usize;
        let bytes = self.take(n.checked_mul(4)?)?;
        Some(bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect())
    }
    pub(crate) fn section(&mut self) -> Option<Section> {
        Section::ALL.get(usize::from(self.u8()?)).copied()
    }
    pub(crate) fn role(&mut self) -> Option<Role> {
        Role::ALL.get(usize::from(self.u8()?)).copied()
    }
}

fn decode_groups(c: &mut Cursor<'_>, count: u32) -> Option<Groups> {
    let mut g = Groups::default();
    let valid = |l: Vec<u32>| l.iter().all(|&i| i < count).then_some(l);
    for _ in 0..c.u32()? {
        let (s, r) = (c.section()?, c.role()?);
        g.by_key.insert((s, r), valid(c.list()?)?);
    }
    for _ in 0..c.u32()? {
        let (s, r, t) = (c.section()?, c.role()?, c.str()?.to_string());
        g.by_key_topic.insert((s, r, t), valid(c.list()?)?);
    }
    for _ in 0..c.u32()? {
        let (s, t) = (c.section()?, c.str()?.to_string());
        g.by_topic.insert((s, t), valid(c.list()?)?);
    }
    for lists in [&mut g.none, &mut g.topical] {
        for _ in 0..c.u32()? {
            let s = c.section()?;
            lists.insert(s, valid(c.list()?)?);
        }
    }
    Some(g)
}

/// A read-only private mapping of a file, unmapped when dropped.
struct Map {
    ptr: *mut libc::c_void,
    len: usize,
}

// SAFETY: the mapping is read-only and private; nothing writes through it, so sharing the bytes
// between threads is sharing a `&[u8]`.
unsafe impl Send for Map {}
unsafe impl Sync for Map {}

impl Map {
    fn open(path: &Path) -> Option<Map> {
        use std::os::fd::AsRawFd;
        let file = std::fs::File::open(path).ok()?;
        let len = usize::try_from(file.metadata().ok()?.len()).ok()?;
        if len < HEADER {
            return None;
        }
        // SAFETY: a fresh read-only private mapping of an open file, checked for failure. The
        // index is only ever replaced by a rename (never rewritten in place), so the mapped
        // file's bytes do not change under us.
        let ptr = unsafe {
            libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), 0)
        };
        (ptr != libc::MAP_FAILED).then_some(Map { ptr, len })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: `ptr` maps `len` readable bytes for as long as `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr.cast::<u8>(), self.len) }
    }
}

impl Drop for Map {
    fn drop(&mut self) {
        // SAFETY: unmaps exactly what `open` mapped; no slice of it outlives `self`.
        unsafe {
            libc::munmap(self.ptr, self.len);
        }
    }
}

impl std::fmt::Debug for Map {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Map({} bytes)", self.len)
    }
}

/// A phrasebank folder's index, mapped: the phrases, read in place, their groups and vocabulary.
#[derive(Debug)]
pub struct Mapped {
    map: Map,
    count: usize,
    blob: (usize, usize),
    records: usize,
    pub groups: Groups,
    /// (word, number of phrases that have it), by word.
    pub vocabulary: Vec<(String, u32)>,
    /// Where the postings' offsets and entries start (`having`).
    postings: (usize, usize),
    /// Where the content words are (`keywords`).
    keywords: (usize, usize),
    /// Where the words near each word are (`containers`).
    near: (usize, usize),
}

/// One phrase of a mapped index, its strings borrowed from the mapping.
pub struct Record<'a> {
    pub id: &'a str,
    pub section: Section,
    pub role: Role,
    pub text: &'a str,
    pub topics: &'a str,
    pub doc: &'a str,
    pub keywords: &'a str,
    pub presupposes: &'a str,
    pub generic: bool,
    pub line: usize,
    pub head: u64,
}

impl Mapped {
    /// `dir`'s index, when it has one that is whole and still that of its section files.
    pub fn open(dir: &Path) -> Option<Mapped> {
        let map = Map::open(&dir.join(FILE))?;
        let mut c = Cursor(map.bytes());
        if c.take(8)? != MAGIC || c.u64()? != embedded_hash() {
            return None;
        }
        let mut then = [Stamp::default(); 7];
        for s in &mut then {
            *s = Stamp {
                present: c.u64()? != 0,
                len: c.u64()?,
                mtime: (c.u64()? as i64, c.u64()? as u32),
                hash: c.u64()?,
            };
        }
        let now = unchanged(dir, &then)?;
        if now != then {
            refresh_stamps(dir, map.bytes(), &now);
        }
        let count = usize::try_from(c.u64()?).ok()?;
        let mut parts = [(0usize, 0usize); PARTS];
        for p in &mut parts {
            *p = (usize::try_from(c.u64()?).ok()?, usize::try_from(c.u64()?).ok()?);
        }
        let len = map.len;
        let within = |(at, n): (usize, usize)| at.checked_add(n).is_some_and(|end| end <= len);
        if !parts.iter().all(|&p| within(p)) || parts[1].1 != count.checked_mul(RECORD)? {
            return None;
        }
        let bytes = map.bytes();
        let groups = decode_groups(&mut Cursor(&bytes[parts[2].0..parts[2].0 + parts[2].1]), count as u32)?;
        let mut w = Cursor(&bytes[parts[3].0..parts[3].0 + parts[3].1]);
        let mut vocabulary = Vec::new();
        for _ in 0..w.u32()? {
            vocabulary.push((w.str()?.to_string(), w.u32()?));
        }
        let (blob, records) = (parts[0], parts[1].0);
        // The postings: one list per word, their offsets rising to the number of entries.
        let mut p = Cursor(&bytes[parts[4].0..parts[4].0 + parts[4].1]);
        if p.u32()? as usize != vocabulary.len() {
            return None;
        }
        let offsets = parts[4].0 + 4;
        let entries = offsets + (vocabulary.len() + 1) * 4;
        let last = u32_at(bytes, offsets + vocabulary.len() * 4)? as usize;
        if entries.checked_add(last.checked_mul(4)?)? != parts[4].0 + parts[4].1 {
            return None;
        }
        let (keywords, near) = (parts[5], parts[6]);
        // The content words: their offsets rising to the length of the words after them.
        let table = count.checked_add(1)?.checked_mul(4)?;
        let words_len = keywords.1.checked_sub(table)?;
        if u32_at(bytes, keywords.0 + table - 4)? as usize != words_len {
            return None;
        }
        Some(Mapped {
            map,
            count,
            blob,
            records,
            groups,
            vocabulary,
            postings: (offsets, entries),
            keywords,
            near,
        })
    }

    /// The generic phrases that have vocabulary word `word` (its place in `vocabulary`), in
    /// phrasebank order. A damaged list (offsets out of order, a phrase past the end) reads as
    /// shorter, never as another word's.
    pub fn having(&self, word: usize) -> impl Iterator<Item = u32> + '_ {
        let bytes = self.map.bytes();
        let offset = |k: usize| u32_at(bytes, self.postings.0 + k * 4).map_or(0, |o| o as usize);
        let (from, to) = if word < self.vocabulary.len() { (offset(word), offset(word + 1)) } else { (0, 0) };
        let count = self.count as u32;
        (from..to.max(from))
            .map_while(move |k| u32_at(bytes, self.postings.1 + k * 4))
            .filter(move |&i| i < count)
    }

    /// For each word of `vocabulary`, the words near it and longer, as
    /// `model::words::containers` gives them; `None` when damaged.
    pub fn containers(&self) -> Option<(Vec<u32>, Vec<u32>)> {
        let bytes = &self.map.bytes()[self.near.0..self.near.0 + self.near.1];
        let all: Vec<u32> =
            bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
        let words = self.vocabulary.len();
        let (offsets, list) = (all.get(..words + 1)?, all.get(words + 1..)?);
        let whole = offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().map(|&l| l as usize) == Some(list.len())
            && list.iter().all(|&j| (j as usize) < words);
        whole.then(|| (offsets.to_vec(), list.to_vec()))
    }

    /// Where `word` stands in `vocabulary`.
    pub fn word(&self, word: &str) -> Option<usize> {
        self.vocabulary.binary_search_by(|(w, _)| w.as_str().cmp(word)).ok()
    }

    /// Phrase `i`'s record, or zeros past the end.
    fn record(&self, i: usize) -> &[u8] {
        let at = self.records + i * RECORD;
        self.map.bytes().get(at..at + RECORD).unwrap_or(&[0; RECORD])
    }

    /// The span `k` of a record as text (`get`).
    fn span<'s>(&'s self, rec: &[u8], k: usize) -> &'s str {
        let bytes = self.map.bytes();
        let blob = &bytes[self.blob.0..self.blob.0 + self.blob.1];
        let word = |k: usize| u32::from_le_bytes([rec[k], rec[k + 1], rec[k + 2], rec[k + 3]]) as usize;
        let (from, n) = (word(k * 8), word(k * 8 + 4));
        blob.get(from..from + n).and_then(|b| std::str::from_utf8(b).ok()).unwrap_or("")
    }

    /// Phrase `i`'s content words, joined by U+001F as `Record::keywords`, as bytes: scoring
    /// reads the words of thousands of phrases, and neither the rest of each phrase nor a check
    /// of their UTF-8 (a damaged word is looked up, and found nowhere).
    pub fn keywords(&self, i: usize) -> &[u8] {
        let bytes = self.map.bytes();
        let table = (self.count + 1) * 4;
        let region = &bytes[self.keywords.0 + table..self.keywords.0 + self.keywords.1];
        let end = |k: usize| u32_at(bytes, self.keywords.0 + k * 4).map_or(0, |e| e as usize);
        if i >= self.count {
            return &[];
        }
        region.get(end(i)..end(i + 1)).unwrap_or(&[])
    }

    /// Phrase `i`'s first shingle (`Record::head`), 0 for none.
    pub fn head(&self, i: usize) -> u64 {
        u64::from_le_bytes(self.record(i)[56..64].try_into().unwrap_or([0; 8]))
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Phrase `i`. A span outside the strings or not UTF-8 (a damaged file that still passed the
    /// checks of `open`) reads as empty rather than stopping the draft.
    pub fn get(&self, i: usize) -> Record<'_> {
        let rec = self.record(i);
        let word = |k: usize| u32::from_le_bytes([rec[k], rec[k + 1], rec[k + 2], rec[k + 3]]) as usize;
        let span = |k: usize| self.span(rec, k);
        Record {
            id: span(0),
            text: span(1),
            topics: span(2),
            doc: span(3),
            keywords: std::str::from_utf8(self.keywords(i)).unwrap_or(""),
            presupposes: span(5),
            section: Section::ALL.get(usize::from(rec[48])).copied().unwrap_or(Section::Opening),
            role: Role::ALL.get(usize::from(rec[49])).copied().unwrap_or(Role::Statement),
            generic: rec[50] != 0,
            line: word(52),
            head: self.head(i),
        }
    }
}

/// The little-endian `u32` at `at`, if the bytes are there.
fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// Writes `dir`'s index for `phrases` (the folder's phrasebank as loaded, in order).
pub fn write(dir: &Path, phrases: &[Phrase]) -> Result<()> {
    let mut w = Writer::new(dir)?;
    for p in phrases {
        w.push(p)?;
    }
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phrasebank::{Phrasebank, Phrases, Postings};

    /// A folder copied (its files' times moved, their content not) keeps its index, and the first
    /// draft that finds it so writes the new times into it: the next ones stat the files and no
    /// longer read them all (a 100 MB folder cost every draft 20 ms).
    #[test]
    fn a_copied_folder_gets_its_times_back_into_the_index() {
        let bank = Phrasebank::from_assets(&crate::assets::overlay(crate::assets::PHRASEBANK, None).unwrap())
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        let measures = section_path(dir.path(), Section::Measures);
        let text = crate::assets::PHRASEBANK.iter().find(|(n, _)| *n == "measures.yaml").unwrap().1;
        std::fs::write(&measures, text).unwrap();
        write(dir.path(), &bank.phrases).unwrap();
        let header = |dir: &Path| {
            let bytes = std::fs::read(dir.join(FILE)).unwrap();
            let mut c = Cursor(&bytes[16..16 + 7 * STAMP]);
            let mut out = [Stamp::default(); 7];
            for s in &mut out {
                *s = Stamp {
                    present: c.u64().unwrap() != 0,
                    len: c.u64().unwrap(),
                    mtime: (c.u64().unwrap() as i64, c.u64().unwrap() as u32),
                    hash: c.u64().unwrap(),
                };
            }
            out
        };
        let written = header(dir.path());
        assert_eq!(unchanged(dir.path(), &written), Some(written));
        // as a copy leaves it: the same bytes, another time
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
        std::fs::File::options().write(true).open(&measures).unwrap().set_modified(later).unwrap();
        let now = unchanged(dir.path(), &written).expect("the content is the same");
        assert_ne!(now, written);
        assert!(Mapped::open(dir.path()).is_some(), "still this folder's index");
        assert_eq!(header(dir.path()), now, "the new times are in the index");
        assert_eq!(unchanged(dir.path(), &now), Some(now));
        // then edited (same length, another time, other content): not this folder's index any more
        let mut changed = text.as_bytes().to_vec();
        let at = changed.iter().rposition(|b| b.is_ascii_digit()).unwrap();
        changed[at] = if changed[at] == b'1' { b'2' } else { b'1' };
        std::fs::write(&measures, &changed).unwrap();
        assert!(Mapped::open(dir.path()).is_none());
    }

    /// The postings an index holds are those built from the phrases it was written from, for every
    /// word; a word not in the vocabulary has none, and a damaged offset table is not opened.
    #[test]
    fn the_postings_written_are_the_postings_built() {
        let bank = Phrasebank::from_assets(&crate::assets::overlay(crate::assets::PHRASEBANK, None).unwrap())
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), &bank.phrases).unwrap();
        let mapped = Mapped::open(dir.path()).expect("a fresh index opens");
        let (built, read) =
            (Postings::of(&Phrases::Loaded(&bank.phrases)), Postings::of(&Phrases::Mapped(&mapped)));
        let mut posted = 0;
        for (word, _) in &mapped.vocabulary {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            built.each(word, |i| a.push(i));
            read.each(word, |i| b.push(i));
            assert_eq!(a, b, "{word}");
            posted += a.len();
        }
        assert!(posted > bank.phrases.len(), "{posted}");
        let words: Vec<&str> = mapped.vocabulary.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(mapped.containers(), Some(crate::model::words::containers(&words)));
        read.each("不在词表里的词", |_| panic!("posted"));
        // the last offset no longer matching the entries: not this index's
        let path = dir.path().join(FILE);
        let mut bytes = std::fs::read(&path).unwrap();
        let postings = u64::from_le_bytes(bytes[HEADER - 48..HEADER - 40].try_into().unwrap()) as usize;
        let last = postings + 4 + mapped.vocabulary.len() * 4;
        bytes[last] ^= 1;
        drop(mapped);
        std::fs::write(&path, &bytes).unwrap();
        assert!(Mapped::open(dir.path()).is_none());
    }
}

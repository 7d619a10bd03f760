//! Phrases kept on disk while a corpus is mined: mining streams (memory does not grow with the
//! archive), but what it writes needs facts known only at the end — a phrase's topics need the
//! inverse document frequency over every sentence, a section file starts with its count — so the
//! phrases wait here, in a compact binary form, in an unnamed temporary file (gone when dropped,
//! even after a crash).

use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

use crate::error::{Error, Result};
use crate::model::{Phrase, PhraseSource};
use crate::phrasebank::index::{Cursor, put_list, put_str, put_u32, role_byte, section_byte};

/// A phrase and what mining still needs of it (zero and empty where nothing).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub phrase: Phrase,
    /// The index of its document among the sources.
    pub doc: u32,
    /// Its topic keywords (`Analysed::keywords`).
    pub keywords: Vec<u32>,
    /// The hash of its skeleton (`mine::skeleton_hash`), for a merge still to come.
    pub skeleton: u64,
}

/// A temporary file of entries, written in order and read back once in the same order.
#[derive(Debug)]
pub struct Spill {
    out: BufWriter<std::fs::File>,
    buf: Vec<u8>,
    pub len: usize,
    /// Where the file is made, for messages.
    place: std::path::PathBuf,
}

impl Spill {
    /// A spill in `dir` (the output folder, on the disk the phrasebank goes to), else in the
    /// system's temporary folder.
    pub fn new(dir: Option<&Path>) -> Result<Spill> {
        let place = dir.map_or_else(std::env::temp_dir, Path::to_path_buf);
        let file = tempfile::tempfile_in(&place).map_err(|e| Error::io(&place, e))?;
        Ok(Spill { out: BufWriter::with_capacity(1 << 16, file), buf: Vec::new(), len: 0, place })
    }

    pub fn push(&mut self, e: &Entry) -> Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        encode(e, &mut buf);
        let pushed = self.push_bytes(&buf);
        self.buf = buf;
        pushed
    }

    /// Pushes an entry encoded already (`Raw::of`).
    pub fn push_raw(&mut self, raw: &Raw) -> Result<()> {
        self.push_bytes(&raw.0)
    }

    /// Pushes a record of any kind (read back by `Entries::raw`).
    pub fn push_bytes(&mut self, bytes: &[u8]) -> Result<()> {
        let n = (bytes.len() as u32).to_le_bytes();
        self.out
            .write_all(&n)
            .and_then(|()| self.out.write_all(bytes))
            .map_err(|e| Error::io(&self.place, e))?;
        self.len += 1;
        Ok(())
    }

    /// The entries back, in the order pushed.
    pub fn read(self) -> Result<Entries> {
        let place = self.place;
        let mut file = self.out.into_inner().map_err(|e| Error::io(&place, e.into_error()))?;
        file.seek(SeekFrom::Start(0)).map_err(|e| Error::io(&place, e))?;
        Ok(Entries { input: BufReader::with_capacity(1 << 16, file), buf: Vec::new(), place })
    }
}

/// The entries of a spill, read back one at a time: decoded (`Iterator`), or as the bytes of
/// each (`raw`), to be decoded elsewhere (`Raw::decode`) — on other threads, while the file is
/// read on.
pub struct Entries {
    input: BufReader<std::fs::File>,
    buf: Vec<u8>,
    place: std::path::PathBuf,
}

impl Entries {
    /// The bytes of the next entry, into `buf`; `false` at the end.
    fn next_into(input: &mut BufReader<std::fs::File>, buf: &mut Vec<u8>) -> std::io::Result<bool> {
        if input.fill_buf()?.is_empty() {
            return Ok(false);
        }
        let mut n = [0u8; 4];
        input.read_exact(&mut n)?;
        buf.resize(u32::from_le_bytes(n) as usize, 0);
        input.read_exact(buf)?;
        Ok(true)
    }

    /// The next entry's bytes, as they were pushed.
    pub fn raw(&mut self) -> Option<Result<Raw>> {
        let mut buf = Vec::new();
        match Entries::next_into(&mut self.input, &mut buf) {
            Ok(false) => None,
            Ok(true) => Some(Ok(Raw(buf))),
            Err(e) => Some(Err(Error::io(&self.place, e))),
        }
    }

    /// What a damaged entry is reported as.
    pub fn damaged(&self) -> Error {
        Error::io(&self.place, std::io::Error::other("临时文件损坏"))
    }
}

/// One entry's bytes: read back and not decoded yet, or encoded where the entry was made (on a
/// worker, so that what runs in order only writes bytes, and the entry's strings are freed by
/// the thread that made them).
pub struct Raw(Vec<u8>);

impl Raw {
    pub fn of(e: &Entry) -> Raw {
        let mut buf = Vec::with_capacity(256);
        encode(e, &mut buf);
        Raw(buf)
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The entry, if its bytes are whole.
    pub fn decode(&self) -> Option<Entry> {
        decode(&mut Cursor(&self.0))
    }

    /// The entry's skeleton hash, read without decoding the rest (it is the last field).
    pub fn skeleton(&self) -> Option<u64> {
        let tail = self.0.len().checked_sub(8).map(|at| &self.0[at..])?;
        Some(u64::from_le_bytes(tail.try_into().ok()?))
    }
}

impl Iterator for Entries {
    type Item = Result<Entry>;

    fn next(&mut self) -> Option<Result<Entry>> {
        let read = Entries::next_into(&mut self.input, &mut self.buf);
        Some(match read {
            Ok(false) => return None,
            Err(e) => Err(Error::io(&self.place, e)),
            Ok(true) => decode(&mut Cursor(&self.buf)).ok_or_else(|| self.damaged()),
        })
    }
}

fn put_strings(buf: &mut Vec<u8>, l: &[String]) {
    put_u32(buf, l.len() as u32);
    for s in l {
        put_str(buf, s);
    }
}

fn strings(c: &mut Cursor<'_>) -> Option<Vec<String>> {
    (0..c.u32()?).map(|_| c.str().map(str::to_string)).collect()
}

fn encode(e: &Entry, buf: &mut Vec<u8>) {
    let p = &e.phrase;
    put_str(buf, &p.id);
    buf.extend_from_slice(&[section_byte(p.section), role_byte(p.role), u8::from(p.generic)]);
    put_str(buf, &p.text);
    put_strings(buf, &p.slots);
    put_strings(buf, &p.topics);
    put_strings(buf, &p.keywords);
    put_strings(buf, &p.presupposes);
    put_str(buf, &p.source.doc);
    buf.extend_from_slice(&(p.source.line as u64).to_le_bytes());
    put_u32(buf, e.doc);
    put_list(buf, &e.keywords);
    buf.extend_from_slice(&e.skeleton.to_le_bytes());
}

fn decode(c: &mut Cursor<'_>) -> Option<Entry> {
    let id = c.str()?.to_string();
    let (section, role, generic) = (c.section()?, c.role()?, c.u8()? != 0);
    let phrase = Phrase {
        id,
        section,
        role,
        generic,
        text: c.str()?.to_string(),
        slots: strings(c)?,
        topics: strings(c)?,
        keywords: strings(c)?,
        presupposes: strings(c)?,
        source: PhraseSource { doc: c.str()?.to_string(), line: usize::try_from(c.u64()?).ok()? },
    };
    Some(Entry { phrase, doc: c.u32()?, keywords: c.list()?, skeleton: c.u64()? })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Role, Section};

    #[test]
    fn entries_come_back_as_pushed() {
        let phrase = Phrase {
            id: "p-0123456789ab".into(),
            section: Section::Measures,
            role: Role::Point,
            text: "加快{{locality}}开放型经济发展。".into(),
            slots: vec!["locality".into()],
            topics: vec!["开放型经济".into()],
            generic: true,
            keywords: vec!["开放型经济".into(), "发展".into()],
            presupposes: Vec::new(),
            source: PhraseSource { doc: "讲话/2025.docx".into(), line: 42 },
        };
        let entries = [
            Entry { phrase: phrase.clone(), doc: 7, keywords: vec![3, 1], skeleton: u64::MAX },
            Entry {
                phrase: Phrase { text: String::new(), ..phrase },
                doc: 0,
                keywords: Vec::new(),
                skeleton: 0,
            },
        ];
        let mut spill = Spill::new(None).unwrap();
        for e in &entries {
            spill.push(e).unwrap();
        }
        assert_eq!(spill.len, 2);
        let back: Vec<Entry> = spill.read().unwrap().map(Result::unwrap).collect();
        assert_eq!(back, entries);
        // The same, as bytes decoded one by one, and the skeleton read from the bytes alone.
        let mut spill = Spill::new(None).unwrap();
        for e in &entries {
            spill.push(e).unwrap();
        }
        let mut read = spill.read().unwrap();
        for e in &entries {
            let raw = read.raw().unwrap().unwrap();
            assert_eq!(raw.skeleton(), Some(e.skeleton));
            assert_eq!(raw.decode().as_ref(), Some(e));
        }
        assert!(read.raw().is_none());
        // Encoded first and pushed as bytes: the same file.
        let mut spill = Spill::new(None).unwrap();
        for e in &entries {
            spill.push_raw(&Raw::of(e)).unwrap();
        }
        let back: Vec<Entry> = spill.read().unwrap().map(Result::unwrap).collect();
        assert_eq!(back, entries);
        assert_eq!(Raw(vec![1, 2, 3]).skeleton(), None);
        assert_eq!(Raw(vec![1, 2, 3]).decode(), None);
    }
}

//! Word documents (.docx) as text, and a .docx patched in place.
//!
//! Writers keep their past speeches as .docx, with headings numbered by Word's automatic numbering
//! (自动编号): the 一、 or （二） a reader sees is not in the text at all, only in `numbering.xml`.
//! Reading gives the text as Word shows it, one paragraph a line, in document order:
//!
//! - the runs' `w:t` text, `w:tab` as a tab; a line break (`w:br`, as in a title set on two
//!   lines) does not end the paragraph, and joins its lines with nothing, as Chinese is written;
//! - tracked changes as accepted: deleted text (`w:del`, `w:moveFrom`) left out, inserted kept;
//! - fields as shown: the result kept, the field code (`w:instrText`, and whatever stands between
//!   `begin` and `separate`) left out;
//! - automatic numbering as its literal text (`一、`, `（二）`, `3.`), counted the way Word counts,
//!   and followed straight by the text: the tab or space Word sets after a number is layout;
//! - tables cell by cell, row by row (a cell's paragraphs are paragraphs), each such line marked
//!   with its row, so that mining can tell a table's data from the speech's sentences;
//! - headers, footers, footnotes, comments and text boxes left out: they are other parts, or
//!   drawings anchored beside the text, not the speech;
//! - blank paragraphs left out, so that "第N段" counts the paragraphs a writer sees.
//!
//! Patching (`fill`, `check --fix`) changes only the bytes of the text it replaces in
//! `word/document.xml`, and copies every other entry of the zip as it was, so runs, styles and
//! numbering stay untouched.

use std::io::{Cursor, Read, Write};
use std::ops::Range;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

mod numbering;
use numbering::{Counters, Numbering, Styles};

/// Word's main part. Word and WPS always write it under this name.
const DOCUMENT: &str = "word/document.xml";
const NUMBERING: &str = "word/numbering.xml";
const STYLES: &str = "word/styles.xml";

/// The largest part read (uncompressed). A 100-page speech is well under 5 MiB of XML; a part
/// larger than this is not a speech, or is a zip bomb.
pub const MAX_PART_BYTES: u64 = 64 << 20;
/// The most zip entries accepted. A .docx has a dozen parts, a few hundred with many images.
pub const MAX_ENTRIES: usize = 10_000;

/// Why a file that looks like a .docx could not be read. Each has a message for the writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a zip archive, or a damaged one.
    NotZip,
    /// A zip without `word/document.xml`: not a Word document.
    NoDocument,
    TooLarge,
    /// More text than a text file may hold (`input::MAX_TEXT_BYTES`): a part under its own bound
    /// can still hold a paragraph of 60 MB, which cost `check` 1.56 GB (fuzz 28 #4).
    TooMuchText,
    TooManyEntries,
    /// `document.xml` (or numbering / styles) is not well-formed XML or not UTF-8.
    BadXml,
}

impl Unreadable {
    pub fn reason(self) -> &'static str {
        match self {
            Unreadable::NotZip => "不是有效的 Word 文档（.docx 压缩包已损坏或不是 .docx）",
            Unreadable::NoDocument => "不是 Word 文档（压缩包里没有 word/document.xml）",
            Unreadable::TooLarge => "Word 文档正文超过 64 MiB，不像一篇讲话稿，未读取",
            Unreadable::TooMuchText => "Word 文档的文字超过 16 MiB，不像一篇讲话稿，未读取；请拆分后再试",
            Unreadable::TooManyEntries => "压缩包内文件超过 10000 个，不像 Word 文档，未读取",
            Unreadable::BadXml => "Word 文档内容已损坏（document.xml 不是有效的 XML）",
        }
    }
}

type Res<T> = std::result::Result<T, Unreadable>;

/// The text of a .docx: one paragraph a line, each line ended by `\n`.
pub fn read(bytes: &[u8]) -> Res<String> {
    read_with_tables(bytes).map(|(text, _)| text)
}

/// The text of a .docx, as `read` gives it, and the lines that stand in tables, in order.
pub fn read_with_tables(bytes: &[u8]) -> Res<(String, Vec<TableLine>)> {
    let mut zip = open(bytes)?;
    let xml = part(&mut zip, DOCUMENT)?.ok_or(Unreadable::NoDocument)?;
    let numbering = Numbering::parse(part(&mut zip, NUMBERING)?.as_deref())?;
    let styles = Styles::parse(part(&mut zip, STYLES)?.as_deref())?;
    let paras = paragraphs(&xml, &numbering, &styles)?;
    drop(xml);
    let text = Text::of(&paras)?;
    let tables = (text.lines.iter().enumerate())
        .filter_map(|(i, &(_, p))| Some(TableLine { line: i + 1, row: paras[p].row? }))
        .collect();
    Ok((text.text, tables))
}

/// `bytes` (a .docx) with each `(range, with)` done to its text as `read` returns it: the bytes of
/// `range` replaced by `with`. Only `document.xml` changes, and in it only the text replaced;
/// every other entry is copied byte for byte, in its place.
///
/// A replacement whose range spans several runs (a mask typed in two goes, `x` `x`) goes into the
/// run holding its first character; the other runs lose their part of it. An edit that touches
/// text Word generates (automatic numbering) or a tab cannot be made: the numbers of such edits
/// (indexes into `edits`) are returned, and nothing is changed for them.
pub fn patch(bytes: &[u8], edits: &[(Range<usize>, &str)]) -> Res<(Vec<u8>, Vec<usize>)> {
    let mut zip = open(bytes)?;
    let xml = part(&mut zip, DOCUMENT)?.ok_or(Unreadable::NoDocument)?;
    let numbering = Numbering::parse(part(&mut zip, NUMBERING)?.as_deref())?;
    let styles = Styles::parse(part(&mut zip, STYLES)?.as_deref())?;
    let paras = paragraphs(&xml, &numbering, &styles)?;
    let text = Text::of(&paras)?;

    let mut splices: Vec<(Range<usize>, String)> = Vec::new();
    let mut refused = Vec::new();
    for (i, (range, with)) in edits.iter().enumerate() {
        match text.splices(&paras, &xml, range.clone(), with) {
            Some(s) => splices.extend(s),
            None => refused.push(i),
        }
    }
    splices.sort_by_key(|(r, _)| r.start);
    let mut new_xml = String::with_capacity(xml.len());
    let mut at = 0;
    for (r, with) in &splices {
        new_xml.push_str(&xml[at..r.start]);
        new_xml.push_str(with);
        at = r.end;
    }
    new_xml.push_str(&xml[at..]);

    let fail = |_| Unreadable::NotZip;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(fail)?;
        if entry.name() == DOCUMENT {
            // Same name, method and time as before; only the content differs.
            let options = entry.options();
            drop(entry);
            out.start_file(DOCUMENT, options).map_err(fail)?;
            out.write_all(new_xml.as_bytes()).map_err(|_| Unreadable::NotZip)?;
        } else {
            out.raw_copy_file(entry).map_err(fail)?;
        }
    }
    let bytes = out.finish().map_err(fail)?.into_inner();
    Ok((bytes, refused))
}

fn open(bytes: &[u8]) -> Res<zip::ZipArchive<Cursor<&[u8]>>> {
    let zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| Unreadable::NotZip)?;
    if zip.len() > MAX_ENTRIES {
        return Err(Unreadable::TooManyEntries);
    }
    Ok(zip)
}

/// A part's text, or `None` when the package has no such part. The size is checked on what is
/// actually inflated, not only on what the zip header claims.
fn part(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Res<Option<String>> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(Unreadable::NotZip),
    };
    if file.size() > MAX_PART_BYTES {
        return Err(Unreadable::TooLarge);
    }
    let mut bytes = Vec::with_capacity(file.size() as usize);
    file.take(MAX_PART_BYTES + 1).read_to_end(&mut bytes).map_err(|_| Unreadable::NotZip)?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(Unreadable::TooLarge);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").map(<[u8]>::to_vec).unwrap_or(bytes);
    String::from_utf8(bytes).map(Some).map_err(|_| Unreadable::BadXml)
}

/// One piece of a paragraph's text, and where it comes from.
#[derive(Debug, Clone)]
struct Piece {
    /// Bytes of the paragraph's text.
    text: Range<usize>,
    /// The content of the `w:t` it was read from, as bytes of `document.xml`; `None` for text
    /// Word generates (numbering) or marks (tab).
    node: Option<Range<usize>>,
}

#[derive(Debug, Clone, Default)]
struct Paragraph {
    text: String,
    pieces: Vec<Piece>,
    /// The table row it stands in (rows counted from 1 through the document), if any.
    row: Option<u32>,
}

/// A line of the text read that stands in a table's cell: its number (from 1) and its row's,
/// counted through the document (the cells of one row share it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableLine {
    pub line: usize,
    pub row: u32,
}

/// The text of the paragraphs as `read` gives it, and where each line starts.
struct Text {
    text: String,
    /// (byte where the line starts in `text`, index of its paragraph).
    lines: Vec<(usize, usize)>,
}

impl Text {
    /// The text of `paras`, within the bound of a text file (`Unreadable::TooMuchText`).
    fn of(paras: &[Paragraph]) -> Res<Text> {
        let total: usize = paras.iter().map(|p| p.text.len() + 1).sum();
        if total as u64 > crate::input::MAX_TEXT_BYTES {
            return Err(Unreadable::TooMuchText);
        }
        let mut text = String::with_capacity(total);
        let mut lines = Vec::new();
        for (i, p) in paras.iter().enumerate() {
            // A blank paragraph is spacing, not a paragraph a writer counts.
            if p.text.trim().is_empty() {
                continue;
            }
            lines.push((text.len(), i));
            text.push_str(&p.text);
            text.push('\n');
        }
        Ok(Text { text, lines })
    }

    /// The splices of `document.xml` that make the edit `range` → `with`, or `None` when it
    /// touches generated text or crosses a paragraph.
    fn splices(
        &self,
        paras: &[Paragraph],
        xml: &str,
        range: Range<usize>,
        with: &str,
    ) -> Option<Vec<(Range<usize>, String)>> {
        let line = self.lines.partition_point(|&(start, _)| start <= range.start).checked_sub(1)?;
        let (line_start, para) = self.lines[line];
        let para = &paras[para];
        let (start, end) = (range.start - line_start, range.end.checked_sub(line_start)?);
        if end > para.text.len() || start > end {
            return None;
        }
        let mut out = Vec::new();
        let mut first = true;
        for piece in para.pieces.iter().filter(|p| p.text.start < end && start < p.text.end) {
            let node = piece.node.clone()?;
            let raw = &xml[node.clone()];
            // The part of this piece's decoded text the edit covers, as bytes of the raw XML.
            let from = raw_offset(raw, start.max(piece.text.start) - piece.text.start);
            let to = raw_offset(raw, end.min(piece.text.end) - piece.text.start);
            let replacement = if first { escape(with) } else { String::new() };
            first = false;
            out.push((node.start + from..node.start + to, replacement));
        }
        // An insertion (empty range) at a piece boundary overlaps nothing: it goes into the piece
        // that ends there.
        if out.is_empty() {
            let piece = para.pieces.iter().find(|p| p.text.start <= start && start <= p.text.end)?;
            let node = piece.node.clone()?;
            let at = node.start + raw_offset(&xml[node], start - piece.text.start);
            out.push((at..at, escape(with)));
        }
        Some(out)
    }
}

/// The byte offset in `raw` (escaped XML text) of byte `decoded` of its unescaped text.
fn raw_offset(raw: &str, decoded: usize) -> usize {
    let mut seen = 0;
    let mut i = 0;
    while seen < decoded && i < raw.len() {
        let rest = &raw[i..];
        if rest.starts_with('&')
            && let Some(semi) = rest.find(';')
        {
            seen += unescape_ref(&rest[1..semi]).map_or(semi + 1, char::len_utf8);
            i += semi + 1;
        } else if rest.starts_with("\r\n") {
            // XML reads a CR LF as one LF.
            seen += 1;
            i += 2;
        } else {
            let c = rest.chars().next().expect("not at the end");
            seen += c.len_utf8();
            i += c.len_utf8();
        }
    }
    i
}

/// `amp`, `#x4E00` … as the character they stand for.
fn unescape_ref(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        _ => {
            let n = name.strip_prefix('#')?;
            let code = match n.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => n.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The local name of an element (`w:t` → `t`): Word always writes the `w` prefix, but a
/// document is free to bind WordprocessingML to another.
fn local(e: &BytesStart) -> String {
    e.local_name().as_ref().to_string()
}

/// An attribute by its local name (`w:val` → `val`).
fn attr(e: &BytesStart, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// `w:val` as a number.
fn val_u32(e: &BytesStart) -> Option<u32> {
    attr(e, "val")?.trim().parse().ok()
}

/// Where a paragraph's numbering comes from: its own `w:numPr`, else its style's.
#[derive(Debug, Default)]
struct ParaProps {
    style: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
}

/// Elements whose content is not the speech as shown: deleted and moved-away text, the fallback
/// copy of alternate content, drawings and text boxes, embedded objects.
/// A tracked change of paragraph properties (`w:pPrChange`) holds the old style and numbering.
const SKIPPED: [&str; 9] =
    ["del", "moveFrom", "Fallback", "drawing", "pict", "object", "txbxContent", "pPrChange", "rPrChange"];

/// The paragraphs of `document.xml`, numbering included, in document order.
fn paragraphs(xml: &str, numbering: &Numbering, styles: &Styles) -> Res<Vec<Paragraph>> {
    let mut reader = Reader::from_str(xml);
    let mut counters = Counters::default();
    let mut out = Vec::new();
    // Paragraphs open (a paragraph inside a paragraph is possible in a text box; kept apart).
    let mut open: Vec<(Paragraph, ParaProps)> = Vec::new();
    let mut skip = 0usize;
    let mut in_ppr = 0usize;
    let mut in_numpr = false;
    // Fields open: `true` while in the field code (between `begin` and `separate`).
    let mut fields: Vec<bool> = Vec::new();
    // The `w:t` being read: where its content starts in `xml`, and the paragraph text so far.
    let mut in_t: Option<(usize, usize)> = None;
    // Tables open (a table may stand in another's cell), and the row being read: rows are
    // counted through the document.
    let mut tables = 0usize;
    let mut rows = 0u32;
    let push = |open: &mut Vec<(Paragraph, ParaProps)>, s: &str, node: Option<Range<usize>>| {
        if let Some((p, _)) = open.last_mut() {
            let start = p.text.len();
            p.text.push_str(s);
            if node.is_some() || !s.is_empty() {
                p.pieces.push(Piece { text: start..p.text.len(), node });
            }
        }
    };
    // Elements open: a part cut short (a truncated download) ends with some still open, which
    // the reader does not count as an error by itself.
    let mut depth = 0usize;
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|_| Unreadable::BadXml)?;
        match &event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            _ => {}
        }
        match event {
            Event::Eof if depth > 0 => return Err(Unreadable::BadXml),
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = local(e);
                if skip > 0 {
                    if !empty {
                        skip += 1;
                    }
                    continue;
                }
                if SKIPPED.contains(&name.as_str()) {
                    if !empty {
                        skip = 1;
                    }
                    continue;
                }
                if in_ppr > 0 {
                    if !empty {
                        in_ppr += 1;
                    }
                    if let Some((_, props)) = open.last_mut() {
                        match name.as_str() {
                            "pStyle" if in_ppr <= 2 => props.style = attr(e, "val"),
                            "numPr" => in_numpr = !empty,
                            "numId" if in_numpr => props.num_id = attr(e, "val"),
                            "ilvl" if in_numpr => props.ilvl = val_u32(e).map(|v| v.min(8) as u8),
                            _ => {}
                        }
                    }
                    continue;
                }
                let in_code = fields.iter().any(|&code| code);
                match name.as_str() {
                    "p" => {
                        let row = (tables > 0).then_some(rows);
                        open.push((Paragraph { row, ..Default::default() }, ParaProps::default()));
                        if empty {
                            finish(&mut open, &mut out, numbering, styles, &mut counters);
                        }
                    }
                    "pPr" if !empty => in_ppr = 1,
                    "tbl" if !empty => tables += 1,
                    "tr" if !empty => rows += 1,
                    "t" if !empty && !in_code => {
                        let at = open.last().map_or(0, |(p, _)| p.text.len());
                        in_t = Some((reader.buffer_position() as usize, at));
                    }
                    "tab" | "ptab" if !in_code => push(&mut open, "\t", None),
                    "noBreakHyphen" if !in_code => push(&mut open, "-", None),
                    "fldChar" => match attr(e, "fldCharType").as_deref() {
                        Some("begin") => fields.push(true),
                        Some("separate") => {
                            if let Some(top) = fields.last_mut() {
                                *top = false;
                            }
                        }
                        Some("end") => {
                            fields.pop();
                        }
                        _ => {}
                    },
                    _ => {}
                }
            }
            Event::Text(ref t) if in_t.is_some() && skip == 0 => {
                let s = t.xml10_content();
                push_text(&mut open, &s);
            }
            Event::GeneralRef(ref r) if in_t.is_some() && skip == 0 => {
                let c = unescape_ref(r).map(String::from).unwrap_or_else(|| format!("&{};", &**r));
                push_text(&mut open, &c);
            }
            Event::CData(ref c) if in_t.is_some() && skip == 0 => {
                let s = c.to_string();
                push_text(&mut open, &s);
            }
            Event::End(ref e) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let name = e.local_name().as_ref().to_string();
                if in_ppr > 0 {
                    in_ppr -= 1;
                    if name == "numPr" {
                        in_numpr = false;
                    }
                    continue;
                }
                match name.as_str() {
                    "t" => {
                        if let Some((content_start, text_start)) = in_t.take()
                            && let Some((p, _)) = open.last_mut()
                        {
                            p.pieces.push(Piece {
                                text: text_start..p.text.len(),
                                node: Some(content_start..before),
                            });
                        }
                    }
                    "p" => finish(&mut open, &mut out, numbering, styles, &mut counters),
                    "tbl" => tables = tables.saturating_sub(1),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// Appends decoded `w:t` text to the open paragraph; the piece is recorded when the `w:t` ends,
/// so that a `w:t` read in several events (text, `&amp;`, text) is one piece over one node.
fn push_text(open: &mut [(Paragraph, ParaProps)], s: &str) {
    if let Some((p, _)) = open.last_mut() {
        p.text.push_str(s);
    }
}

/// Ends the innermost open paragraph: its numbering label goes in front, counted in document order.
fn finish(
    open: &mut Vec<(Paragraph, ParaProps)>,
    out: &mut Vec<Paragraph>,
    numbering: &Numbering,
    styles: &Styles,
    counters: &mut Counters,
) {
    let Some((mut p, props)) = open.pop() else { return };
    if let Some(label) = numbering.label(&props, styles, counters) {
        let n = label.len();
        p.text.insert_str(0, &label);
        for piece in &mut p.pieces {
            piece.text = piece.text.start + n..piece.text.end + n;
        }
        p.pieces.insert(0, Piece { text: 0..n, node: None });
    }
    out.push(p);
}

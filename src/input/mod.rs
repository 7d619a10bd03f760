//! Reading what a writer gives us, and writing what we give back.
//!
//! Reading: files may be UTF-8, UTF-8 with a BOM, or GBK/GB18030 (common for files saved by WPS or
//! older Word on Chinese Windows). We detect which; we never ask. Binary and empty files are
//! reported as such so callers can skip them with a clear reason.
//!
//! Word documents (.docx) are read as their text, one paragraph a line (`docx`); the old binary
//! formats (.doc, .wps) are refused with a message that says to save them as .docx.
//!
//! Writing: always atomic (a temporary file in the same folder, then a rename), so a crash or Ctrl-C
//! never leaves half a draft, and never over an existing file unless the writer said `--force`.

use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

pub mod docx;

/// The encoding a text file was read in; writing back in the same encoding keeps the writer's file
/// as it was (`fill` on a GBK file returns a GBK file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Gb18030,
    /// UTF-16 with its byte-order mark, little- or big-endian: what Windows Notepad saves as
    /// “Unicode”.
    Utf16Le,
    Utf16Be,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Gb18030 => "GBK/GB18030",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
        }
    }

    /// `text` in this encoding, ready to write. GB18030 can encode every Unicode character, so
    /// nothing is lost.
    pub fn encode(self, text: &str) -> Vec<u8> {
        match self {
            Encoding::Utf8 => text.as_bytes().to_vec(),
            Encoding::Utf8Bom => {
                let mut out = b"\xEF\xBB\xBF".to_vec();
                out.extend_from_slice(text.as_bytes());
                out
            }
            Encoding::Gb18030 => encoding_rs::GB18030.encode(text).0.into_owned(),
            // (encoding_rs encodes no UTF-16: the code units, after the mark, by hand.)
            Encoding::Utf16Le => {
                [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect()
            }
            Encoding::Utf16Be => {
                [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect()
            }
        }
    }
}

/// A decoded text file.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: Encoding,
}

/// Why bytes are not a text we can read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    Empty,
    Binary,
    /// A text that reads as UTF-8 but for a bad byte (a stray `\xff`, a character cut in half):
    /// where the first is, so the writer can mend that one place.
    BadByte {
        line: usize,
        col: usize,
        byte: u8,
    },
    /// Word 97–2003 (.doc) or WPS (.wps): a binary format no well-kept Rust crate reads.
    OldWord,
    Docx(docx::Unreadable),
}

impl NotText {
    pub fn reason(self) -> String {
        match self {
            NotText::Empty => "文件为空".to_string(),
            NotText::Binary => "不是文本文件（按 UTF-8、GBK/GB18030 都读不通，含有二进制内容）".to_string(),
            NotText::BadByte { byte, .. } => format!(
                "这里有一个无效字节 0x{byte:02X}：文件按 UTF-8 读到这里为止都对，这个字节读不通（可能是一个字被截断了）；请删去或重打这个字"
            ),
            NotText::OldWord => {
                "是 Word 97-2003（.doc）或 WPS（.wps）旧格式（或加了密码的 Word 文档），无法读取；请在 Word 或 WPS 中打开，另存为 .docx 后再试".to_string()
            }
            NotText::Docx(why) => why.reason().to_string(),
        }
    }

    /// The error for `file`, at the bad byte's line and column where there is one.
    pub fn error(self, file: impl Into<String>) -> Error {
        let pos = match self {
            NotText::BadByte { line, col, .. } => Some(crate::error::Position { line, col }),
            _ => None,
        };
        Error::input(file, pos, self.reason())
    }
}

/// What a writer's file was, which says how to write it back and how to point into it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text(Encoding),
    /// A Word document, read as its paragraphs, one a line.
    Docx,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text(encoding) => encoding.name(),
            Format::Docx => "Word 文档",
        }
    }

    /// What a line number of the text counts: a line of a text file, a paragraph of a Word
    /// document (Word shows no line numbers; a writer finds 第3段).
    pub fn unit(self) -> Unit {
        match self {
            Format::Text(_) => Unit::Line,
            Format::Docx => Unit::Paragraph,
        }
    }
}

/// What a position's line counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Line,
    Paragraph,
}

impl Unit {
    /// A position as a writer reads it: `3:5` in a text file (as editors show it), `第3段第5字`
    /// in a Word document.
    pub fn at(self, line: usize, col: usize) -> String {
        match self {
            Unit::Line => format!("{line}:{col}"),
            Unit::Paragraph => format!("第{line}段第{col}字"),
        }
    }
}

/// A writer's file as text, whatever it was saved as.
#[derive(Debug, Clone)]
pub struct Document {
    pub text: String,
    pub format: Format,
    /// The lines that stand in a Word table's cells, in order (none in a text file).
    pub tables: Vec<docx::TableLine>,
}

/// The start of every zip file, so of every .docx.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The start of an OLE compound file: .doc, .wps, .xls, and a password-protected .docx.
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Decodes a writer's file: a .docx by its content (a zip) or its name, an old Word or WPS file
/// refused with its reason, anything else as text (`decode`). `path` only lends its extension.
pub fn decode_document(path: &Path, bytes: &[u8]) -> std::result::Result<Document, NotText> {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if is_word(path, bytes) {
        let (text, tables) = docx::read_with_tables(bytes).map_err(NotText::Docx)?;
        if text.trim().is_empty() {
            return Err(NotText::Empty);
        }
        return Ok(Document { text, format: Format::Docx, tables });
    }
    if bytes.starts_with(OLE_MAGIC) {
        return Err(NotText::OldWord);
    }
    match decode(bytes) {
        Ok(d) => Ok(Document { text: d.text, format: Format::Text(d.encoding), tables: Vec::new() }),
        Err(NotText::Binary) if matches!(ext.as_str(), "doc" | "wps") => Err(NotText::OldWord),
        Err(why) => Err(why),
    }
}

/// A text whose lines end with a lone CR (old Mac OS, some exports) with its lines ended by LF, as
/// every reader of lines expects: `check` read such a draft as one title line (`全文 0 字`, every
/// finding on line 1) and `export` refused it (fuzz 26). CRLF is kept as it is.
fn lone_cr_as_lf(text: String) -> String {
    if !text.contains('\r') {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

/// The largest text a writer's brief, draft or answers may be: a speech is some tens of
/// kilobytes and a brief a few, so a larger input is not one (and reading it whole, then parsing
/// or checking it, would bound memory no longer). A Word file may be larger (pictures): its bound
/// is `mine::MAX_DOCX_BYTES`, and its text inside the `docx` reader's.
pub const MAX_TEXT_BYTES: u64 = 16 << 20;

/// Standard input's name in messages.
const STDIN: &str = "<标准输入>";

/// Reads a writer's file whole, bounded: a regular file only (a device such as `/dev/zero` would
/// be read until memory ran out, a pipe waited on forever), of at most `MAX_TEXT_BYTES`, or
/// `mine::MAX_DOCX_BYTES` for a .docx.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    let docx = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"));
    let max = if docx { crate::mine::MAX_DOCX_BYTES } else { MAX_TEXT_BYTES };
    read_at_most_of(path, max, SPEECH_OR_BRIEF)
}

/// Why a speech, a draft or a brief past `MAX_TEXT_BYTES` is none.
const SPEECH_OR_BRIEF: &str = "一篇讲话稿不过几十 KB，提纲不过几 KB";

/// Reads a file whole as `read_bounded` does, of at most `max` bytes; `why` says why a larger one is
/// not what was meant.
fn read_at_most_of(path: &Path, max: u64, why: &str) -> Result<Vec<u8>> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        return Err(Error::input(name, None, "这是一个文件夹，不是文件"));
    }
    if !meta.is_file() {
        return Err(Error::input(name, None, "不是普通文件（设备、管道或套接字），没有读取")
            .with_hint("把内容存成文件再用它，或用 - 从标准输入读入"));
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
    read_at_most(file, max, &name, why)
}

/// Standard input whole, bounded as a text file is (`MAX_TEXT_BYTES`): an endless stream is
/// refused once past it, not read until memory runs out.
pub fn read_stdin_bounded() -> Result<Vec<u8>> {
    read_at_most(std::io::stdin().lock(), MAX_TEXT_BYTES, STDIN, SPEECH_OR_BRIEF)
}

fn read_at_most(reader: impl Read, max: u64, name: &str, why: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader.take(max + 1).read_to_end(&mut bytes).map_err(|e| Error::io(Path::new(name), e))?;
    if bytes.len() as u64 > max {
        return Err(Error::input(name, None, format!("超过 {} MiB，没有读完：{why}", max >> 20))
            .with_hint("检查是不是选错了文件"));
    }
    Ok(bytes)
}

/// Whether a writer's file is a Word document (.docx): by its name, or by its zip signature
/// whatever its name.
pub fn is_word(path: &Path, bytes: &[u8]) -> bool {
    bytes.starts_with(ZIP_MAGIC) || path.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"))
}

/// Reads a writer's file (text or .docx), or standard input when `path` is `-`. Returns the
/// display name used in messages.
pub fn read_document_or_stdin(path: &Path) -> Result<(String, Document)> {
    let (name, bytes) = if path.as_os_str() == "-" {
        (STDIN.to_string(), read_stdin_bounded()?)
    } else {
        (path.display().to_string(), read_bounded(path)?)
    };
    let document = decode_document(path, &bytes).map_err(|why| why.error(name.as_str()))?;
    Ok((name, document))
}

/// Decodes bytes as UTF-8 (with or without BOM) or GB18030, or says why they are not text.
///
/// A NUL byte, or bytes that are neither valid UTF-8 nor valid GB18030, mean binary. A file of only
/// whitespace counts as empty.
pub fn decode(bytes: &[u8]) -> std::result::Result<Decoded, NotText> {
    decode_as_is(bytes).map(|d| Decoded { text: lone_cr_as_lf(d.text), ..d })
}

fn decode_as_is(bytes: &[u8]) -> std::result::Result<Decoded, NotText> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(NotText::Empty);
    }
    // UTF-16 says so by its mark (Notepad's “Unicode”): it is full of NUL bytes, read as binary
    // below.
    for (mark, encoding, enc) in [
        ([0xFF, 0xFE], Encoding::Utf16Le, encoding_rs::UTF_16LE),
        ([0xFE, 0xFF], Encoding::Utf16Be, encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(&mark) {
            let (text, had_errors) = enc.decode_without_bom_handling(rest);
            if had_errors || looks_binary(&text) {
                return Err(NotText::Binary);
            }
            if text.trim().is_empty() {
                return Err(NotText::Empty);
            }
            return Ok(Decoded { text: text.into_owned(), encoding });
        }
    }
    if bytes.contains(&0) {
        return Err(NotText::Binary);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return match std::str::from_utf8(rest) {
            Ok(text) if text.trim().is_empty() => Err(NotText::Empty),
            Ok(text) => Ok(Decoded { text: text.to_string(), encoding: Encoding::Utf8Bom }),
            // A BOM says UTF-8: a bad byte after it is a bad byte, not another encoding.
            Err(e) => Err(bad_byte(rest, e.valid_up_to()).unwrap_or(NotText::Binary)),
        };
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(Decoded { text: text.to_string(), encoding: Encoding::Utf8 }),
        Err(e) => e,
    };
    // A character cut in half in a UTF-8 text can still read as GBK, as nonsense throughout
    // (`地区: 肥` and two bytes of `县` read `鍦板尯: 鑲`): Chinese that is UTF-8 but for a slip is UTF-8.
    if let Some(slip) = slip_in_utf8(bytes, utf8_error.valid_up_to()) {
        return Err(slip);
    }
    let (text, had_errors) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
    if had_errors || looks_binary(&text) {
        return Err(mostly_utf8(bytes, utf8_error.valid_up_to()).unwrap_or(NotText::Binary));
    }
    Ok(Decoded { text: text.into_owned(), encoding: Encoding::Gb18030 })
}

/// The bad byte at `at` of a UTF-8 text, with its line and column (characters, 1-based).
fn bad_byte(bytes: &[u8], at: usize) -> Option<NotText> {
    let before = std::str::from_utf8(&bytes[..at]).ok()?;
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..].chars().count() + 1;
    Some(NotText::BadByte { line, col, byte: bytes[at] })
}

/// A text that is UTF-8 but for a few bad bytes (at most one in a thousand, and Chinese before the
/// first): the first bad one. Bytes that are not UTF-8 throughout are not a text with a slip.
fn mostly_utf8(bytes: &[u8], first_bad: usize) -> Option<NotText> {
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.chars().filter(|&c| c == char::REPLACEMENT_CHARACTER).count();
    let total = lossy.chars().count();
    let multibyte_before = bytes[..first_bad].iter().any(|&b| b >= 0x80);
    let plain_ascii_before = first_bad > 0 && bytes[..first_bad].iter().all(|&b| b < 0x80);
    if looks_binary(&lossy) || bad * 1000 > total.max(1000) || !(multibyte_before || plain_ascii_before) {
        return None;
    }
    bad_byte(bytes, first_bad)
}

/// A UTF-8 text with a slip: its characters beyond ASCII read as UTF-8, twenty for each bad
/// sequence and ten at least. A GBK text read as UTF-8 is bad sequences nearly throughout (a GBK
/// character is rarely valid UTF-8 by chance), so it is never taken for one.
fn slip_in_utf8(bytes: &[u8], first_bad: usize) -> Option<NotText> {
    let lossy = String::from_utf8_lossy(bytes);
    let (mut bad, mut wide) = (0usize, 0usize);
    for c in lossy.chars().filter(|c| !c.is_ascii()) {
        if c == char::REPLACEMENT_CHARACTER {
            bad += 1;
        } else {
            wide += 1;
        }
    }
    (wide >= 10 && wide >= 20 * bad).then(|| bad_byte(bytes, first_bad)).flatten()
}

/// Control characters other than tab, CR, LF and form feed mean the bytes were not meant as text.
fn looks_binary(text: &str) -> bool {
    let control =
        text.chars().filter(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')).count();
    control * 100 > text.chars().count().max(1)
}

/// Reads and decodes a text file; an empty or binary file is an `Input` error naming the file.
pub fn read_text(path: &Path) -> Result<Decoded> {
    let bytes = read_bounded(path)?;
    decode(&bytes).map_err(|why| why.error(path.display().to_string()))
}

/// Reads a text file of at most `max` bytes, `why` saying why a larger one is not what was meant
/// (a table of a phrasebank folder: `assets::MAX_TABLE_BYTES`).
pub fn read_text_at_most(path: &Path, max: u64, why: &str) -> Result<Decoded> {
    let bytes = read_at_most_of(path, max, why)?;
    decode(&bytes).map_err(|e| e.error(path.display().to_string()))
}

/// Reads a file, or standard input when `path` is `-`. Returns the display name used in messages.
pub fn read_text_or_stdin(path: &Path) -> Result<(String, Decoded)> {
    if path.as_os_str() == "-" {
        let decoded = decode(&read_stdin_bounded()?).map_err(|why| why.error(STDIN))?;
        Ok((STDIN.to_string(), decoded))
    } else {
        Ok((path.display().to_string(), read_text(path)?))
    }
}

/// Refuses to write to `output` when it is the input file `input` under another name (`b.yaml`
/// and `./b.yaml`, a link): with `--force` the brief or the draft was replaced by what was made of
/// it.
pub fn not_the_input(output: Option<&Path>, input: &Path, what: &str) -> Result<()> {
    let Some(output) = output.filter(|o| o.as_os_str() != "-") else { return Ok(()) };
    let same =
        output == input || matches!((output.canonicalize(), input.canonicalize()), (Ok(a), Ok(b)) if a == b);
    if same {
        return Err(Error::usage_with_hint(
            format!("输出文件 {} 就是输入的{what}，不会覆盖", output.display()),
            "用 -o 指定另一个文件名",
        ));
    }
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed, then renamed
/// over the target. Refuses to replace an existing file unless `force`.
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> Result<()> {
    // A link is followed: the writer's document is its target (a shared or synced folder). A file
    // renamed over the link left the document as it was (fuzz 26).
    let followed = follow_link(path);
    let path = followed.as_path();
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
        && !meta.is_dir()
    {
        // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`, a FIFO) is written into, as `>`
        // would: a file renamed over it replaced /dev/null itself (fuzz 26).
        let mut f = std::fs::OpenOptions::new().write(true).open(path).map_err(|e| Error::io(path, e))?;
        return f.write_all(bytes).map_err(|e| Error::io(path, e));
    }
    if path.exists() && !force {
        return Err(Error::usage_with_hint(
            format!("{} 已存在，不会覆盖", path.display()),
            "确需覆盖请加 --force，或用 -o 指定另一个文件名",
        ));
    }
    // A file with other names (a hard link) is written in place, so that every name sees the new
    // text; renaming a new file over one name parted it from the others.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::fs::metadata(path).is_ok_and(|m| m.nlink() > 1) {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .truncate(true)
                .open(path)
                .map_err(|e| Error::io(path, e))?;
            return f.write_all(bytes).and_then(|()| f.sync_all()).map_err(|e| Error::io(path, e));
        }
    }
    let mut tmp = temp_beside(path)?;
    tmp.write_all(bytes).map_err(|e| Error::io(path, e))?;
    tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// `path`, or the file a symbolic link there points to (through every link; a link to nothing is
/// followed to where it points, which is then created).
fn follow_link(path: &Path) -> std::path::PathBuf {
    let mut at = path.to_path_buf();
    // (Bounded: a loop of links ends here, and the write then fails on the link with its reason.)
    for _ in 0..40 {
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => match std::fs::read_link(&at) {
                Ok(to) => at = at.parent().map_or_else(|| to.clone(), |dir| dir.join(&to)),
                Err(_) => break,
            },
            _ => break,
        }
    }
    at
}

/// A temporary file in `path`'s folder, to be written and then renamed over `path`
/// (`NamedTempFile::persist`): a file is replaced whole or not at all.
pub fn temp_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".jianggao-");
    // A temporary file is private (0600); the draft it becomes is an ordinary file. New files get
    // 0666 less the umask, as `>` in a shell would; a replaced file keeps its own permissions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.tempfile_in(dir).map_err(|e| {
        // A folder that is there but takes no new file (/proc, /sys on some kernels) answers
        // "no such file": said as it was, that named the folder as missing.
        if e.kind() == std::io::ErrorKind::NotFound && dir.is_dir() {
            Error::usage_with_hint(
                format!("{}：这个文件夹里不能新建文件（系统或特殊文件夹）", dir.display()),
                "把输出写到自己的文件夹里，如 `-o 讲稿.md`",
            )
        } else {
            Error::io(dir, e)
        }
    })?;
    if let Ok(meta) = std::fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions()).map_err(|e| Error::io(path, e))?;
    }
    Ok(tmp)
}

/// Writes to `path` atomically, or to standard output when `path` is `None`.
pub fn write_output(path: Option<&Path>, bytes: &[u8], force: bool) -> Result<()> {
    match path {
        Some(p) if p.as_os_str() != "-" => write_atomic(p, bytes, force),
        _ => {
            let mut out = std::io::stdout().lock();
            stdout_result(out.write_all(bytes).and_then(|_| out.flush()))
        }
    }
}

/// What a write to standard output came to: a closed pipe (`jianggao draft … | head`) is the
/// reader's choice, not an error; any other failure (a full disk, `> /dev/full`) is one, said in
/// Chinese with exit 2, not a panic of `print!`.
pub fn stdout_result(written: std::io::Result<()>) -> Result<()> {
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io(Path::new("<标准输出>"), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_writes_back_utf16_with_its_mark() {
        let text = "locality: 遂宁市\nmeeting: 全市对外开放工作会议\n";
        for encoding in [Encoding::Utf16Le, Encoding::Utf16Be] {
            let bytes = encoding.encode(text);
            let d = decode(&bytes).unwrap();
            assert_eq!((d.text.as_str(), d.encoding), (text, encoding));
            assert_eq!(d.encoding.encode(&d.text), bytes);
        }
        assert_eq!(decode(&[0xFF, 0xFE, b' ', 0]).unwrap_err(), NotText::Empty);
    }

    #[test]
    fn decodes_utf8_bom_and_gbk() {
        let text = "同志们：全市实际利用外资12.3亿美元。";
        assert_eq!(decode(text.as_bytes()).unwrap().encoding, Encoding::Utf8);
        let bom = Encoding::Utf8Bom.encode(text);
        let d = decode(&bom).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Utf8Bom));
        let gbk = Encoding::Gb18030.encode(text);
        assert!(std::str::from_utf8(&gbk).is_err());
        let d = decode(&gbk).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), (text, Encoding::Gb18030));
    }

    #[test]
    fn empty_and_binary_are_not_text() {
        assert_eq!(decode(b"").unwrap_err(), NotText::Empty);
        assert_eq!(decode(b" \n\r\n").unwrap_err(), NotText::Empty);
        assert_eq!(decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err(), NotText::Binary);
        assert_eq!(decode(&[0xff, 0xfe, 0xfd, 0x80, 0x81]).unwrap_err(), NotText::Binary);
    }

    #[test]
    fn write_atomic_refuses_to_overwrite_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("讲稿.md");
        write_atomic(&path, "一".as_bytes(), false).unwrap();
        let err = write_atomic(&path, "二".as_bytes(), false).unwrap_err();
        assert!(err.to_string().contains("已存在"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "一");
        write_atomic(&path, "二".as_bytes(), true).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "二");
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_ordinary_files_and_keep_their_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("讲稿.md");
        write_atomic(&path, b"a", false).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode & 0o644, 0o644, "a new draft is readable like any file: {mode:o}");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"b", true).unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
    }
}

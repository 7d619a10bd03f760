//! All YAML parsing goes through this module — briefs, phrasebank files, curation, `fill` answers.
//!
//! serde_yaml is frozen upstream (0.9.34+deprecated); keeping it behind `from_str`/`to_string` means
//! it can be swapped in one place. This module also turns serde_yaml's English errors into the
//! Chinese messages a writer reads, with file:line:col, the field path, and for an unknown key or
//! value the nearest known one.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::{Error, Position, Result};

/// A YAML value, as the rest of the crate may hold one (`fields_of`) without naming the parser.
pub use serde_yaml::Value;

/// Parses `text` (the contents of `file`) into `T`.
pub fn from_str<T: DeserializeOwned>(text: &str, file: &str) -> Result<T> {
    if text.trim().is_empty() {
        return Err(Error::input(file, None, "文件为空"));
    }
    if let Some(at) = too_deep(text) {
        return Err(Error::input(
            file,
            Some(Position::of_offset(text, at)),
            format!("嵌套超过 {MAX_DEPTH} 层"),
        )
        .with_hint("提纲最多嵌套几层（成绩 → 数据 → 一项数据）：检查括号 [ ] { } 是否成对"));
    }
    if has_aliases(text) {
        bound_aliases(text, file)?;
    }
    serde_yaml::from_str(text).map_err(|e| translate(&e, text, file))
}

/// The deepest nesting a file may have. A brief nests five levels (the brief, its parts, a part,
/// its figures, a figure); the parser's time grows with the square of the depth, and a file of a
/// hundred kilobytes nested 50,000 deep (`x: [[[…]]]`) took 40 seconds to be refused (fuzz run 25).
pub const MAX_DEPTH: usize = 100;

/// Where `text` first nests deeper than `MAX_DEPTH`: flow collections (`[`, `{`) outside quotes
/// and comments, inside the block sequences (`- - -`) that open the same line. A cheap scan, made
/// before the parser is given the text.
fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut flow = 0usize;
    let mut at_line_start = true;
    let mut dashes = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => {
                at_line_start = true;
                dashes = 0;
            }
            b' ' | b'\t' | b'\r' => {}
            b'-' if at_line_start && matches!(bytes.get(i + 1), Some(b' ' | b'\n') | None) => {
                dashes += 1;
                if dashes > MAX_DEPTH {
                    return Some(i);
                }
            }
            _ => {
                at_line_start = false;
                match b {
                    b'[' | b'{' => {
                        flow += 1;
                        if flow + dashes > MAX_DEPTH {
                            return Some(i);
                        }
                    }
                    b']' | b'}' => flow = flow.saturating_sub(1),
                    // A quoted scalar, to its closing quote (`\"` inside double quotes, `''` inside
                    // single ones); only where a value starts (an apostrophe inside a plain
                    // scalar, `it's`, opens nothing).
                    b'"' | b'\''
                        if i == 0
                            || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'[' | b'{' | b',' | b':') =>
                    {
                        let mut j = i + 1;
                        while j < bytes.len() && bytes[j] != b {
                            j += if b == b'"' && bytes[j] == b'\\' { 2 } else { 1 };
                        }
                        i = j;
                    }
                    b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n') => {
                        while i + 1 < bytes.len() && bytes[i + 1] != b'\n' {
                            i += 1;
                        }
                    }
                    _ => {}
                }
            }
        }
        i += 1;
    }
    None
}

/// The most values a file may hold once its aliases are expanded. A long brief holds a few
/// thousand (parts × items × points); an alias bomb — a list aliased in a list aliased again — turns
/// a few kilobytes into millions, and every stage after parsing would pay for each copy.
pub const MAX_EXPANDED_NODES: usize = 50_000;

/// The bound for `text`: `MAX_EXPANDED_NODES`, or for a larger file (a phrasebank of thousands of
/// phrases, one alias in it) one value per 4 bytes of it — more than any file written out by hand
/// holds (a phrase is some 16 bytes a value), and still proportional to the file.
fn expansion_bound(text: &str) -> usize {
    MAX_EXPANDED_NODES.max(text.len() / 4)
}

/// Whether `text` may use YAML aliases (`*name`): a cheap test that spares plain files the count.
fn has_aliases(text: &str) -> bool {
    text.contains('&') && text.contains('*')
}

/// Counts the values of `text` with its aliases expanded, stopping at `expansion_bound`: the
/// count never allocates, so an alias bomb costs at most that many steps.
fn bound_aliases(text: &str, file: &str) -> Result<()> {
    use serde::de::{self, Deserializer as _, MapAccess, SeqAccess, Visitor};
    use std::cell::Cell;

    struct Count<'c>(&'c Cell<usize>, usize);
    impl<'de> de::DeserializeSeed<'de> for Count<'_> {
        type Value = ();
        fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Count<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("any value")
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> std::result::Result<(), E> {
            self.step()
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> std::result::Result<(), E> {
            self.step()
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> std::result::Result<(), E> {
            self.step()
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> std::result::Result<(), E> {
            self.step()
        }
        fn visit_str<E: de::Error>(self, _: &str) -> std::result::Result<(), E> {
            self.step()
        }
        fn visit_unit<E: de::Error>(self) -> std::result::Result<(), E> {
            self.step()
        }
        fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_any(self)
        }
        fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> std::result::Result<(), D::Error> {
            d.deserialize_any(self)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
            self.step()?;
            while seq.next_element_seed(Count(self.0, self.1))?.is_some() {}
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
            self.step()?;
            while map.next_key_seed(Count(self.0, self.1))?.is_some() {
                map.next_value_seed(Count(self.0, self.1))?;
            }
            Ok(())
        }
        fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> std::result::Result<(), A::Error> {
            use de::VariantAccess;
            let ((), variant) = data.variant_seed(Count(self.0, self.1))?;
            variant.newtype_variant_seed(Count(self.0, self.1))
        }
    }
    impl Count<'_> {
        fn step<E: de::Error>(&self) -> std::result::Result<(), E> {
            self.0.set(self.0.get() + 1);
            if self.0.get() > self.1 { Err(E::custom(TOO_MANY)) } else { Ok(()) }
        }
    }
    const TOO_MANY: &str = "jianggao: too many nodes";

    let count = Cell::new(0);
    let bound = expansion_bound(text);
    let result = serde_yaml::Deserializer::from_str(text).deserialize_any(Count(&count, bound));
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.to_string().contains(TOO_MANY) => {
            let pos = first_alias(text).map(|at| Position::of_offset(text, at));
            Err(Error::input(file, pos, format!("别名（*）展开后超过 {bound} 项，远超文件本身的篇幅"))
                .with_hint("把别名换成实际内容，或删去重复引用的列表"))
        }
        // Anything else (a syntax error) is reported, in Chinese, by the real parse.
        Err(_) => Ok(()),
    }
}

/// Where `text` first uses a YAML alias, if it defines an anchor and uses one: a file written back
/// from its parsed value would have the alias expanded.
pub fn alias_at(text: &str) -> Option<usize> {
    if has_aliases(text) { first_alias(text) } else { None }
}

/// Byte offset of the first alias (`*name` where a value starts), for the error's position.
fn first_alias(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&i| {
        bytes[i] == b'*'
            && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80)
            && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'[' | b',' | b'{' | b'-' | b':'))
    })
}

/// Serialises `value` as YAML.
pub fn to_string<T: Serialize>(value: &T) -> String {
    serde_yaml::to_string(value).expect("our own types always serialise")
}

/// A top-level entry of a YAML document as written: its key and its lines (`start..end`, 0-based),
/// from the key's line to its last line of content. Comment lines and blank lines between two
/// entries belong to neither: a comment over `problems:` stays over it when an entry is rewritten.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub key: String,
    pub start: usize,
    pub end: usize,
}

/// The top-level entries of a block mapping (`key: …` at column 0), in order. A document in
/// another shape (flow mapping, `---` markers, tabs) gives what it can; the caller compares what
/// it parses back (`rewrite_entries`).
pub fn entries(text: &str) -> Vec<Entry> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<Entry> = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let starts_entry =
            !line.starts_with([' ', '\t', '#', '-', '\r']) && !line.is_empty() && *line != "---";
        if !starts_entry {
            continue;
        }
        let key = line.split(':').next().unwrap_or("").trim().trim_matches(['"', '\'']).to_string();
        out.push(Entry { key, start: n, end: n + 1 });
    }
    // Each entry runs to its last indented content line before the next entry.
    let starts: Vec<usize> = out.iter().map(|e| e.start).chain([lines.len()]).collect();
    for (i, e) in out.iter_mut().enumerate() {
        let mut end = e.start + 1;
        for (n, line) in lines.iter().enumerate().take(starts[i + 1]).skip(e.start + 1) {
            let body = line.trim_start();
            // An indented comment is part of the entry; one at column 0 is not.
            if !body.is_empty() && (!body.starts_with('#') || line.starts_with([' ', '\t'])) {
                end = n + 1;
            }
        }
        e.end = end;
    }
    out
}

/// Whether `text` defines an anchor (`&name`) or uses an alias (`*name`) where a value starts:
/// such text cannot be written anew without expanding what it shares.
pub fn has_anchor_or_alias(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| {
        matches!(bytes[i], b'&' | b'*')
            && bytes.get(i + 1).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_' || *b >= 0x80)
            && (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'[' | b',' | b'{' | b'-' | b':'))
    })
}

/// `text` with the lines of some top-level entries replaced: each `(entry index, new lines)`, or
/// `(None, new lines)` appended at the end. Everything else — comments, blank lines, the other
/// entries — is kept byte for byte.
pub fn replace_entries(text: &str, entries: &[Entry], changes: &[(Option<usize>, String)]) -> String {
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let mut out = String::with_capacity(text.len() + 256);
    let mut n = 0;
    for (i, e) in entries.iter().enumerate() {
        for line in &lines[n..e.start] {
            out.push_str(line);
        }
        match changes.iter().find(|(at, _)| *at == Some(i)) {
            Some((_, new)) => out.push_str(new),
            None => lines[e.start..e.end].iter().for_each(|l| out.push_str(l)),
        }
        n = e.end;
    }
    for line in &lines[n..] {
        out.push_str(line);
    }
    for (_, new) in changes.iter().filter(|(at, _)| at.is_none()) {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(new);
    }
    out
}

/// The top-level entries `value` serialises to, in the order of its fields (a struct's own order,
/// not sorted), each as a YAML value.
pub fn fields_of<T: Serialize>(value: &T) -> Vec<(String, serde_yaml::Value)> {
    match serde_yaml::to_value(value) {
        Ok(serde_yaml::Value::Mapping(m)) => {
            m.into_iter().filter_map(|(k, v)| k.as_str().map(|k| (k.to_string(), v))).collect()
        }
        _ => Vec::new(),
    }
}

/// `value` as the lines of one top-level entry `key: …`, its nested lines indented by `indent`
/// more spaces (a writer who indents `  - item` under a key keeps that look).
pub fn entry_text(key: &str, value: &serde_yaml::Value, indent: usize) -> String {
    let mut map = serde_yaml::Mapping::new();
    map.insert(serde_yaml::Value::String(key.to_string()), value.clone());
    let text = to_string(&map);
    let pad = " ".repeat(indent);
    let mut out = String::with_capacity(text.len() + 64);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n > 0 && !line.trim().is_empty() {
            out.push_str(&pad);
        }
        out.push_str(line);
    }
    out
}

/// Where the comment at the end of a YAML line starts (`地区: 柳州市   # 地区` → at the spaces before
/// `#`): a `#` after a space, outside quotes. `None` for a line without one, or one that is only a
/// comment.
pub fn inline_comment(line: &str) -> Option<usize> {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single && prev != '\\' => double = !double,
            '#' if !single && !double && prev.is_whitespace() => {
                let start = line[..i].trim_end().len();
                return (start > 0 && !line[..start].trim().is_empty()).then_some(start);
            }
            _ => {}
        }
        prev = c;
    }
    None
}

/// `new`, an entry written anew, with the comments at the ends of the lines of `old` (the entry as
/// the writer had it) carried over: onto a line that says what the old one said, or, for an entry
/// of one line (`地区: 柳州市   # 地区`), onto its one new line. A rewrite lost them (review 44).
pub fn carry_comments(old: &[&str], new: &str) -> String {
    let mut comments: Vec<(&str, &str, bool)> =
        old.iter().filter_map(|l| inline_comment(l).map(|at| (l[..at].trim(), &l[at..], false))).collect();
    let single = old.len() == 1 && new.lines().count() == 1;
    let mut out = String::with_capacity(new.len() + 64);
    for line in new.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let found = comments.iter_mut().find(|(said, _, used)| !*used && (single || *said == body.trim()));
        out.push_str(body);
        if let Some((_, comment, used)) = found {
            out.push_str(comment);
            *used = true;
        }
        out.push_str(&line[body.len()..]);
    }
    out
}

/// Marks a message raised by a field's own check with the keys that field is written under, so
/// that it is placed at that key's value (`keyed`).
const KEYED: &str = "\u{1f}";

/// `message` for a check of the field written under `keys` (its English key and its Chinese
/// alias): placed at the value after one of them, not at the first equal value elsewhere.
pub fn keyed(keys: &[&str], message: impl std::fmt::Display) -> String {
    format!("{KEYED}{}{KEYED}{message}", keys.join("|"))
}

/// A serde_yaml error as one of ours: position, field path, Chinese message, hint.
fn translate(e: &serde_yaml::Error, text: &str, file: &str) -> Error {
    let mut pos = e.location().map(|l| Position { line: l.line(), col: l.column() });
    let raw = e.to_string();
    // serde_yaml appends " at line L column C"; we report the position ourselves.
    let raw = match raw.rfind(" at line ") {
        Some(i) => &raw[..i],
        None => raw.as_str(),
    };
    let (mut field, detail) = split_path(raw);
    let (mut message, mut hint) = chinese(detail);
    // A key given twice in a mapping read as a whole (`1: 12.3` then `1: 15.0` in fill's answers):
    // serde_yaml places it at the mapping's start; the second is where the writer looks.
    // (A null key is spelled `~` or `null`; a boolean one is quoted with backticks.)
    let duplicate = match detail.strip_prefix("duplicate entry ") {
        Some("with null key") => Some(("~", &["~", "null", "Null", "NULL"][..])),
        Some(rest) => rest.strip_prefix("with key ").map(|k| (k.trim_matches(['"', '`']), &[][..])),
        None => None,
    };
    if let Some((key, spellings)) = duplicate {
        let spellings = if spellings.is_empty() { std::slice::from_ref(&key) } else { spellings };
        let mut found = text.lines().enumerate().filter(|(_, l)| {
            let body = l.trim_start().trim_start_matches("- ");
            spellings
                .iter()
                .any(|key| body.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':')))
        });
        if let Some((n, l)) = found.nth(1) {
            pos = Some(Position { line: n + 1, col: l.chars().count() - l.trim_start().chars().count() + 1 });
        }
        message = format!("`{key}` 写了两次");
        hint = Some("只留一个：删去不要的那一行".to_string());
    }
    // A field given twice in a mapping read into a struct (`heading:` twice, or `地区:` and
    // `locality:`): serde_yaml places it at the mapping's start (fuzz 28 #8); the key written
    // again is where the writer looks.
    if let Some(name) = detail.strip_prefix("duplicate field `").and_then(|r| r.split('`').next())
        && let Some(p) = pos
    {
        let keys = mapping_keys(text, p);
        let same: Vec<Position> = keys.iter().filter(|(_, k)| k == name).map(|(at, _)| *at).collect();
        pos = same.get(1).or(same.first()).copied().or(pos);
        hint = Some("同一个字段只能写一次（英文键和它的中文键也算同一个字段）：删去不要的那一个".to_string());
    }
    // A second document (`---` after content, or content after `...`): serde_yaml gives no place;
    // the marker that starts it is where the writer looks.
    if detail.contains("more than one document") {
        let mut content = false;
        for (n, l) in text.lines().enumerate() {
            let marker = l.starts_with("---") || l.starts_with("...");
            if marker && content {
                pos = Some(Position { line: n + 1, col: 1 });
                hint = Some("删去这一行及以后的内容，或把两份提纲分成两个文件".to_string());
                break;
            }
            content |= !marker && !l.trim().is_empty() && !l.trim_start().starts_with('#');
        }
    }
    // `-联合菏泽学院…`: a list item without the space after its dash is a text of its own, and the
    // parser stumbles a line or more later (`缺少冒号`). Point at the dash instead.
    if detail.is_ascii()
        && let Some(p) = pos
        && let Some((at, item)) = dash_without_space(text, p.line)
    {
        pos = Some(at);
        message = "列表项的 `-` 后面缺少空格".to_string();
        hint = Some(format!("写成 `- {item}`"));
    }
    // serde_yaml places errors raised by our own `Deserialize` checks (a bad date, a number with a
    // unit, a `wording.yaml` entry without its fix) at the start of the document — its first line,
    // or the first line after the comments — without a path; inside a list of mappings, at the
    // start of the mapping, with the mapping's path (`achievements[0].figures[0]`, for a growth
    // of -120). Those messages quote the value as “…”: find it in the text, from there on, so the
    // writer is pointed at the right line and key.
    // A message `keyed` to its field is found only after that field's key: `growth: -3.4` and
    // `target_rate: -3.4` in one figure, and the rate's message pointed at the growth (tty 30).
    let (keys, message) = match message.strip_prefix(KEYED).and_then(|m| m.split_once(KEYED)) {
        Some((keys, rest)) => (keys.split('|').map(str::to_string).collect(), rest.to_string()),
        None => (Vec::new(), message),
    };
    if let Some(value) = message.strip_prefix('“').and_then(|m| m.split('”').next()) {
        let at_start = pos.is_none_or(|p| p.line == 1 && p.col == 1 || Some(p) == document_start(text));
        let mut from = if at_start { 0 } else { pos.map_or(0, |p| offset_of(text, p)) };
        let mut found = locate_value_from(text, value, from);
        while let Some((at, key)) = &found
            && !keys.is_empty()
            && !key.as_ref().is_some_and(|k| keys.contains(k))
        {
            from = offset_of(text, Position { line: at.line + 1, col: 1 });
            found = if from >= text.len() { None } else { locate_value_from(text, value, from) };
        }
        if let Some((at, key)) = found {
            pos = Some(at);
            field = match (field, key) {
                // (Only after a list item's path, `…figures[0]`: a path that names a field holds
                // the key already, in English where the key is Chinese, `…figures[0].growth`.)
                (Some(path), Some(key)) if !at_start && path.ends_with(']') => Some(format!("{path}.{key}")),
                (field, key) => field.or(key),
            };
        }
    }
    let mut err = Error::input(file, pos, message);
    if let Some(field) = field.or_else(|| unknown_name(detail).map(str::to_string)) {
        err = err.with_field(field);
    }
    if let Some(hint) = hint {
        err = err.with_hint(hint);
    }
    err
}

/// The keys of the block mapping whose first key stands at `start` (a document's top, or a list
/// item's `- key:`), each with where it stands, in order: the lines at its indentation up to the
/// first one less indented, or the next item of its list.
fn mapping_keys(text: &str, start: Position) -> Vec<(Position, String)> {
    let indent = start.col.saturating_sub(1);
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(start.line.saturating_sub(1)) {
        let body = line.trim_start();
        if body.is_empty() || body.starts_with('#') {
            continue;
        }
        let lead = line.chars().count() - body.chars().count();
        let (col, key_text) = if n + 1 == start.line {
            // The first line: the key at `start` (after the item's dash).
            let skip: String = line.chars().skip(indent).collect();
            (start.col, skip)
        } else if lead == indent {
            (lead + 1, body.to_string())
        } else if lead > indent {
            continue;
        } else {
            break;
        };
        if n + 1 != start.line && key_text.starts_with("- ") {
            break;
        }
        if let Some((key, _)) = key_text.split_once(':') {
            out.push((Position { line: n + 1, col }, key.trim().trim_matches(['"', '\'']).to_string()));
        }
    }
    out
}

/// The last line, of `line` and the three before it, that opens with a dash and no space after it
/// (`-联合菏泽学院…`, not `---` or `-3.2`): where it is, and what follows its dash.
fn dash_without_space(text: &str, line: usize) -> Option<(Position, &str)> {
    let lines: Vec<&str> = text.lines().collect();
    let last = line.min(lines.len());
    (last.saturating_sub(3).max(1)..=last).rev().find_map(|n| {
        let l = lines[n - 1];
        let body = l.trim_start();
        let item = body.strip_prefix('-')?;
        let next = item.chars().next()?;
        (!next.is_whitespace() && next != '-' && !next.is_ascii_digit() && next != '.').then(|| {
            (Position { line: n, col: l.chars().count() - body.chars().count() + 1 }, item.trim_end())
        })
    })
}

/// Where the document's content starts: the first line that is neither blank nor a comment.
fn document_start(text: &str) -> Option<Position> {
    text.lines().enumerate().find_map(|(i, line)| {
        let body = line.trim_start();
        (!body.is_empty() && !body.starts_with('#') && body != "---")
            .then(|| Position { line: i + 1, col: line.chars().count() - body.chars().count() + 1 })
    })
}

/// The first key of a document whose top is a mapping (`地区` of `地区: 柳州市`), as written, without
/// quotes: what keys a writer chose.
pub fn first_key(text: &str) -> Option<&str> {
    let at = document_start(text)?;
    let line = text.lines().nth(at.line - 1)?.trim_start_matches('\u{feff}');
    if line.starts_with(char::is_whitespace) {
        return None;
    }
    line.split_once(':').map(|(k, _)| k.trim().trim_matches(['"', '\'']))
}

/// Where the value of the top-level entry whose key `is_key` accepts starts: after `key:` on its
/// line, or at the key when the value is on the lines below. For a message about a value that
/// parsed but does not make sense (an answer that is no number).
pub fn position_of_entry_value(text: &str, is_key: impl Fn(&str) -> bool) -> Option<Position> {
    let entry = entries(text).into_iter().find(|e| is_key(&e.key))?;
    let line_start = offset_of(text, Position { line: entry.start + 1, col: 1 });
    let line = text[line_start..].lines().next()?;
    // Past the key's colon (a quoted key may hold none of its own).
    let colon = line.find(": ").map(|i| i + 1).or_else(|| line.strip_suffix(':').map(|k| k.len() + 1));
    let at = colon
        .and_then(|c| {
            let rest = &line[c..];
            let value = rest.trim_start();
            (!value.is_empty() && !value.starts_with('#')).then(|| c + rest.len() - value.len())
        })
        .unwrap_or(0);
    Some(Position::of_offset(text, line_start + at))
}

/// Where in `text` the first scalar equal to `value` stands, for a message about a value that
/// parsed but does not make sense (a topic's part that names no topic).
pub fn position_of_value(text: &str, value: &str) -> Option<Position> {
    locate_value(text, value).map(|(at, _)| at)
}

/// The position of the first scalar equal to `value` (after `key:` or `- `), and its key.
fn locate_value(text: &str, value: &str) -> Option<(Position, Option<String>)> {
    locate_value_from(text, value, 0)
}

/// The byte offset of `p` in `text` (its line's end when `p` is past it).
fn offset_of(text: &str, p: Position) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(p.line.saturating_sub(1)).map(str::len).sum();
    let line = text[line_start.min(text.len())..].lines().next().unwrap_or("");
    line_start + line.char_indices().nth(p.col.saturating_sub(1)).map_or(line.len(), |(i, _)| i)
}

/// `locate_value` among the lines that end after byte `from`.
fn locate_value_from(text: &str, value: &str, from: usize) -> Option<(Position, Option<String>)> {
    // An empty value is written `""` or `''`: looked for as such (searching for "" found it at
    // every place and never moved on: `date: ""` hung, a fuzz run).
    if value.is_empty() {
        return ["\"\"", "''"]
            .into_iter()
            .filter_map(|q| locate_value_from(text, q, from))
            .min_by_key(|(p, _)| *p);
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset + line.len() <= from {
            offset += line.len();
            continue;
        }
        let body = line.trim_end_matches(['\n', '\r']);
        let mut search = 0;
        while let Some(i) = body[search..].find(value) {
            let start = search + i;
            let before = body[..start].trim_end_matches([' ', '"', '\'']);
            let after = body[start + value.len()..].trim_start_matches(['"', '\'']).trim_start();
            let ends = after.is_empty() || after.starts_with(['#', ',', '}', ']']);
            if ends && (before.ends_with(':') || before.ends_with('-') || before.ends_with([',', '{', '['])) {
                let key = before
                    .trim_end_matches(':')
                    .rsplit(['{', ',', '-', ' '])
                    .next()
                    .filter(|k| before.ends_with(':') && !k.is_empty())
                    .map(str::to_string);
                return Some((Position::of_offset(text, offset + start), key));
            }
            search = start + value.len();
        }
        offset += line.len();
    }
    None
}

/// serde_yaml prefixes errors inside nested values with their path: `achievements[0].figures[1]: …`.
fn split_path(raw: &str) -> (Option<String>, &str) {
    if let Some((head, rest)) = raw.split_once(": ") {
        let is_path = !head.is_empty()
            && head.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | '[' | ']'))
            && !head.contains("invalid")
            && head != "EOF";
        if is_path {
            return (Some(head.to_string()), rest);
        }
    }
    (None, raw)
}

/// The name in "unknown field `x`" / "unknown variant `x`".
fn unknown_name(detail: &str) -> Option<&str> {
    ["unknown field `", "unknown variant `"]
        .iter()
        .find_map(|p| detail.strip_prefix(p))
        .and_then(|rest| rest.split('`').next())
}

/// The names in "expected one of `a`, `b`, `c`" or "expected `a` or `b`".
fn expected_names(detail: &str) -> Vec<&str> {
    let Some(i) = detail.find("expected") else { return Vec::new() };
    detail[i..].split('`').skip(1).step_by(2).collect()
}

/// The known name nearest to `name`, if it is near enough to be a likely typo. Two edits may
/// rewrite a two-character name whole (名称 → 位次): a name sharing nothing with `name` is no
/// typo of it.
pub fn nearest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    let len = name.chars().count();
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count() / 3).max(2) && *d < len.max(k.chars().count()))
        .min()
        .map(|(_, k)| k)
}

fn chinese(detail: &str) -> (String, Option<String>) {
    if let Some(name) = unknown_name(detail) {
        let known = expected_names(detail);
        let what = if detail.starts_with("unknown field") { "字段" } else { "取值" };
        let list = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join("、");
        let hint = match nearest(name, &known) {
            Some(n) => format!("是不是想写 `{n}`？可用的{what}：{list}"),
            None if known.is_empty() => format!("这里不接受任何{what}"),
            None => format!("可用的{what}：{list}"),
        };
        return (format!("未知{what} `{name}`"), Some(hint));
    }
    if let Some(rest) = detail.strip_prefix("missing field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return (format!("缺少必填字段 `{name}`"), None);
    }
    if let Some(rest) = detail.strip_prefix("duplicate field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        return (format!("字段 `{name}` 重复出现"), None);
    }
    if let Some(rest) = detail.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (format!("类型不对：应为{}，实际是{}", kind(expected), kind(found)), None);
    }
    if let Some(rest) = detail.strip_prefix("invalid value: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return (format!("取值不对：应为{}，实际是{}", kind(expected), kind(found)), None);
    }
    if detail.is_ascii() {
        return (
            format!("YAML 格式错误（{}）", syntax(detail)),
            Some("检查这一行及上一行的缩进、冒号后的空格和引号是否成对".to_string()),
        );
    }
    // Our own validation messages are already Chinese.
    (detail.to_string(), None)
}

/// Serde's names for kinds of value, in Chinese.
fn kind(s: &str) -> String {
    let s = s.trim();
    // serde reads a number too large for any integer type as u128/i128 and says so.
    if let Some(n) = s.strip_suffix(" as u128").or_else(|| s.strip_suffix(" as i128")) {
        return format!("{}（超出范围）", kind(n));
    }
    let table: &[(&str, &str)] = &[
        // (the value of an answers file's key too large for any number)
        ("any YAML value", "可以读取的值"),
        // (serde_yaml's word for an enum's value, `genre: [a]`: English leaked into the message)
        ("a YAML tag starting with '!'", "一个取值（一行文字）"),
        ("a sequence", "列表"),
        ("sequence", "列表"),
        ("a map", "键值映射"),
        ("map", "键值映射"),
        ("a string", "文字"),
        ("string", "文字"),
        ("a boolean", "是/否"),
        ("boolean", "是/否"),
        ("unit value", "空值"),
        ("field identifier", "字段名"),
        ("usize", "非负整数"),
        ("u128", "非负整数"),
        ("i32", "整数"),
        ("i128", "整数"),
        ("f32", "数字"),
        ("i64", "整数"),
        ("u64", "非负整数"),
        ("u32", "非负整数"),
        ("u16", "非负整数"),
        ("u8", "非负整数"),
        ("f64", "数字"),
        ("integer", "整数"),
        ("floating point", "数字"),
    ];
    for (en, zh) in table {
        if s == *en {
            return (*zh).to_string();
        }
        if let Some(rest) = s.strip_prefix(en) {
            let rest = rest.trim_start_matches([' ', ',']).replace('`', "");
            return format!("{zh}{}", shorten(&rest));
        }
    }
    if s.starts_with("struct ") || s.starts_with("enum ") {
        // Our type names (Closing, Figure) mean nothing to a writer; the field path says where.
        return "键值映射（`键: 值` 的形式）".to_string();
    }
    s.replace('`', "")
}

/// serde quotes the offending value whole; a message quotes at most its first 30 characters.
fn shorten(quoted: &str) -> String {
    const KEEP: usize = 30;
    let (open, inner, close) = match quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
        Some(inner) => ("“", inner, "”"),
        None => ("", quoted, ""),
    };
    let count = inner.chars().count();
    if count <= KEEP + 10 {
        return format!("{open}{inner}{close}");
    }
    let head: String = inner.chars().take(KEEP).collect();
    format!("{open}{head}……{close}（共 {count} 字）")
}

fn syntax(detail: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("did not find expected key", "缺少键，或缩进不对"),
        ("mapping values are not allowed", "这里不能出现 `键: 值`（冒号后的内容可能需要加引号）"),
        ("found character that cannot start any token", "出现了不能作为开头的字符（例如制表符或 `@`）"),
        ("did not find expected '-' indicator", "列表项缺少 `-`，或缩进不对"),
        ("found unexpected end of stream", "文件意外结束（引号或括号没有闭合）"),
        ("found unknown escape character", "引号内有无效的转义字符"),
        ("did not find expected node content", "缺少内容"),
        ("while scanning a quoted scalar", "引号没有闭合"),
        ("invalid leading UTF-8 octet", "不是 UTF-8 文本"),
        ("control characters are not allowed", "含有不允许的控制字符（可能不是文本文件）"),
        ("found a tab character that violates indentation", "缩进里有制表符（Tab），YAML 只能用空格缩进"),
        ("found a tab character", "缩进里有制表符（Tab），YAML 只能用空格缩进"),
        ("could not find expected ':'", "缺少冒号 `:`（`键: 值` 的冒号后要有空格）"),
        ("while scanning a simple key", "缺少冒号 `:`（`键: 值` 的冒号后要有空格）"),
        ("unknown anchor", "别名（*名称）找不到对应的锚点（&名称）"),
        ("more than one document", "一个文件里只能有一份提纲（不能用 `---` 分成几份）"),
        ("recursion limit exceeded", "嵌套层数太多"),
        ("repetition limit exceeded", "别名（*）引用次数太多"),
        ("did not find expected <document start>", "缺少内容，或多了一行 `---`"),
        ("found undefined tag handle", "出现了未定义的标签（`!`）"),
        ("did not find expected ',' or ']'", "方括号列表没有闭合，或缺少逗号"),
        ("did not find expected ',' or '}'", "花括号没有闭合，或缺少逗号"),
        ("found duplicate anchor", "锚点（&名称）重复定义"),
        ("duplicate entry", "同一个键写了两次（只能留一个）"),
        ("found unexpected ':'", "这里不能出现冒号（内容含冒号时请加引号）"),
        ("block sequence entries are not allowed", "这里不能出现列表项 `-`（检查缩进）"),
        ("invalid trailing UTF-8 octet", "不是 UTF-8 文本"),
        ("found incompatible YAML document", "不支持的 YAML 版本"),
    ];
    for (en, zh) in table {
        if detail.contains(en) {
            return (*zh).to_string();
        }
    }
    // libyaml's other messages are rarer than these; the position says where to look.
    "写法不合 YAML 规则".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_comment_is_found_outside_quotes() {
        let line = "地区: 柳州市   # 地区";
        assert_eq!(inline_comment(line).map(|at| &line[at..]), Some("   # 地区"));
        assert_eq!(inline_comment("# 一整行注释"), None);
        assert_eq!(inline_comment("   # 缩进的注释"), None);
        assert_eq!(inline_comment("title: '甲 # 乙'"), None);
        assert_eq!(inline_comment("a: x#y"), None);
        let quoted = "a: \"x # y\" # z";
        assert_eq!(inline_comment(quoted).map(|at| &quoted[at..]), Some(" # z"));
        let old = ["  - 要点一   # 注一", "  - 要点二"];
        assert_eq!(carry_comments(&old, "  - 要点零\n  - 要点一\n"), "  - 要点零\n  - 要点一   # 注一\n");
    }
    use serde::Deserialize;

    /// Nesting deeper than `MAX_DEPTH` is refused where it passes the bound, before the parser,
    /// whose time grows with the square of the depth; brackets inside quotes or comments, and a
    /// brief's own nesting, are no depth.
    #[test]
    fn a_file_nested_past_the_bound_is_refused_where_it_passes_it() {
        let deep = format!("locality: 某市\nx: {}1{}\n", "[".repeat(50_000), "]".repeat(50_000));
        let e = from_str::<Value>(&deep, "b.yaml").unwrap_err().to_string();
        assert!(e.contains("b.yaml:2:104：嵌套超过 100 层"), "{e}");
        let dashes = format!("x:\n{}1\n", "- ".repeat(200));
        assert!(from_str::<Value>(&dashes, "b.yaml").unwrap_err().to_string().contains("嵌套超过"));
        let mapping = format!("x: {}1{}\n", "{a: ".repeat(101), "}".repeat(101));
        assert!(from_str::<Value>(&mapping, "b.yaml").unwrap_err().to_string().contains("b.yaml:1:"));
        let quoted = format!("a: \"{0}\"\nb: '{0}'\nc: it's {1} # {0}\n", "[".repeat(500), "x");
        assert!(from_str::<Value>(&quoted, "b.yaml").is_ok());
        let fine = format!("x: {}1{}\n", "[".repeat(100), "]".repeat(100));
        assert!(from_str::<Value>(&fine, "b.yaml").is_ok());
    }

    #[test]
    fn a_second_document_is_placed_at_its_marker() {
        let e =
            from_str::<Value>("# 提纲\n---\nlocality: 某市\n---\nlocality: 乙市\n", "b.yaml").unwrap_err();
        assert!(e.to_string().contains("b.yaml:4:1：YAML 格式错误（一个文件里只能有一份提纲"), "{e}");
        let e = from_str::<Value>("locality: 某市\n...\nlocality: 乙市\n", "b.yaml").unwrap_err();
        assert!(e.to_string().contains("b.yaml:2:1："), "{e}");
    }

    #[test]
    fn an_empty_value_is_found_where_it_is_written_and_the_search_ends() {
        let text = "- word: 亲自\n  followed_by: [\"\"]\n  except: ['']\n";
        let (at, _) = super::locate_value(text, "").unwrap();
        assert_eq!(at, Position { line: 2, col: 17 });
        assert_eq!(super::locate_value_from(text, "", 35).unwrap().0, Position { line: 3, col: 12 });
        assert_eq!(super::locate_value("a: b\n", ""), None);
    }

    #[test]
    fn the_first_key_is_read_past_comments() {
        assert_eq!(first_key("# 提纲\n\n地区: 柳州市\nmeeting: 会\n"), Some("地区"));
        assert_eq!(first_key("---\n\"locality\": x\n"), Some("locality"));
        assert_eq!(first_key("  - a: 1\n"), None);
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Sample {
        locality: String,
        #[serde(default)]
        length: Option<u32>,
        #[serde(default)]
        points: Vec<String>,
    }

    #[test]
    fn unknown_field_names_line_col_and_suggests() {
        let err = from_str::<Sample>("locality: 柳州市\nlocallity: x\n", "b.yaml").unwrap_err();
        let s = err.to_string();
        assert!(s.starts_with("错误：b.yaml:2:1："), "{s}");
        assert!(s.contains("未知字段 `locallity`"), "{s}");
        assert!(s.contains("是不是想写 `locality`？"), "{s}");
    }

    #[test]
    fn a_dash_without_its_space_is_found_above_the_error() {
        let text = "a:\n  - 一\n  -二\nb: 1\n";
        assert_eq!(dash_without_space(text, 4), Some((Position { line: 3, col: 3 }, "二")));
        assert_eq!(dash_without_space("---\na: -3.2\n- -1\n-.5\n", 4), None);
        assert_eq!(dash_without_space("-一\na\nb\nc\nd\n", 5), None, "four lines above");
    }

    #[test]
    fn wrong_type_and_missing_field_are_chinese() {
        let s = from_str::<Sample>("locality: 柳州市\nlength: 很长\n", "b.yaml").unwrap_err().to_string();
        assert!(s.contains("b.yaml:2:9") && s.contains("类型不对") && s.contains("字段 `length`"), "{s}");
        let s = from_str::<Sample>("length: 3\n", "b.yaml").unwrap_err().to_string();
        assert!(s.contains("缺少必填字段 `locality`"), "{s}");
        let s = from_str::<Sample>("locality: \"柳州市\nlength: 3\n", "b.yaml").unwrap_err().to_string();
        assert!(s.contains("YAML 格式错误"), "{s}");
        let s = from_str::<Sample>("", "b.yaml").unwrap_err().to_string();
        assert!(s.contains("文件为空"), "{s}");
    }

    /// A large file with an alias in it (a phrasebank of thousands of phrases) is read; a small
    /// file whose aliases multiply it is refused at its first alias, whatever its size.
    #[test]
    fn the_alias_bound_grows_with_the_file_not_with_its_aliases() {
        let mut big = String::from("- &p {locality: 柳州市, points: [一, 二]}\n- *p\n");
        for k in 0..20_000 {
            big.push_str(&format!("- {{locality: 第{k}个, points: [甲, 乙]}}\n"));
        }
        assert!(from_str::<Vec<Sample>>(&big, "big.yaml").is_ok());
        let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (k, prev) in ["b", "c", "d", "e", "f"].iter().zip(["a", "b", "c", "d", "e"]) {
            bomb.push_str(&format!("{k}: &{k} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let s = from_str::<serde_yaml::Value>(&bomb, "bomb.yaml").unwrap_err().to_string();
        assert!(s.contains("bomb.yaml:2:8") && s.contains("别名（*）展开后超过 50000 项"), "{s}");
    }
}

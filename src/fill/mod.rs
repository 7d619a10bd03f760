//! Filling the placeholders of an existing text (last year's speech, a colleague's template, a
//! scraped seed with `xx亿美元`).
//!
//! Input: the decoded text and its placeholders (`crate::mask::find`). Output: the same text with
//! the answered placeholders replaced — and nothing else touched, byte for byte: line endings,
//! spaces and everything between the masks are copied from the input, so `diff` shows only the
//! filled tokens. The caller re-encodes in the file's own encoding.

pub mod interactive;
pub mod sidecar;

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::mask::{self, Clause, MaskKind, Placeholder};

/// One placeholder as `fill --list` shows it: numbered from 1 in text order.
#[derive(Debug, Clone, Serialize)]
pub struct Item {
    pub number: usize,
    pub line: usize,
    pub col: usize,
    pub token: String,
    pub kind: MaskKind,
    pub kind_label: &'static str,
    pub clause: Clause,
    #[serde(skip)]
    pub placeholder: Placeholder,
}

/// Every placeholder of `text`, numbered.
pub fn items(text: &str) -> Vec<Item> {
    mask::find(text)
        .into_iter()
        .enumerate()
        .map(|(i, p)| Item {
            number: i + 1,
            line: p.pos.line,
            col: p.pos.col,
            token: p.token.clone(),
            kind: p.kind,
            kind_label: p.kind.label(),
            clause: mask::clause(text, &p),
            placeholder: p,
        })
        .collect()
}

/// `  12  4:25  xx  百分比  完成目标的【xx】%` — one line of `fill --list` (`第4段第25字` in a
/// Word document).
pub fn list_line(item: &Item, unit: crate::input::Unit) -> String {
    let at = unit.at(item.line, item.col);
    let short = 8usize.saturating_sub(unicode_width::UnicodeWidthStr::width(at.as_str()));
    format!(
        "{:>4}  {at}{} {}{}  {}",
        item.number,
        " ".repeat(short),
        pad(&item.token, 7),
        pad(item.kind_label, 8),
        item.clause.marked(&item.token)
    )
}

/// `s` padded with spaces to `width` terminal columns (a Chinese character takes two).
fn pad(s: &str, width: usize) -> String {
    let w = unicode_width::UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w).max(1)))
}

/// An answer exactly as written in the answers file: `12.30` stays `12.30`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer(pub String);

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Answer, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Answer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("文字或数字")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Answer, E> {
                // serde_yaml hands a plain scalar over as its text, so YAML's null arrives as `~`.
                let null = matches!(v, "~" | "null" | "Null" | "NULL");
                Ok(Answer(if null { String::new() } else { v.to_string() }))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Answer, E> {
                Ok(Answer(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Answer, E> {
                Ok(Answer(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Answer, E> {
                Ok(Answer(v.to_string()))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> std::result::Result<Answer, E> {
                Ok(Answer(v.to_string()))
            }
            fn visit_unit<E: de::Error>(self) -> std::result::Result<Answer, E> {
                Ok(Answer(String::new()))
            }
            fn visit_none<E: de::Error>(self) -> std::result::Result<Answer, E> {
                Ok(Answer(String::new()))
            }
        }
        d.deserialize_str(V)
    }
}

/// The number of a placeholder as an answers file gives it: `1:`, or `"1":` quoted (a writer who
/// quotes everything, or a tool that writes the file so, means the same placeholder).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Numbered(usize);

impl<'de> Deserialize<'de> for Numbered {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Numbered, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Numbered;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("非负整数")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Numbered, E> {
                usize::try_from(v)
                    .map(Numbered)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Numbered, E> {
                usize::try_from(v)
                    .map(Numbered)
                    .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Numbered, E> {
                let digits = v.trim();
                match digits.parse::<usize>() {
                    Ok(n) if digits.bytes().all(|b| b.is_ascii_digit()) => Ok(Numbered(n)),
                    _ => Err(E::invalid_type(de::Unexpected::Str(v), &self)),
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// Parses an answers file: a mapping from placeholder number (as `--list` numbers them) to value.
/// An empty value (`~` or `''`) leaves that placeholder unfilled. Every value is checked against
/// its placeholder's kind; a number that names no placeholder is an error.
pub fn parse_answers(text: &str, file: &str, items: &[Item]) -> Result<BTreeMap<usize, String>> {
    // Read as a YAML value first, which refuses a key given twice (`1: 12.3` and `1: 15.0`): read
    // straight into a map, the last answer silently won (a helper's sweep).
    let entries = match crate::yaml::from_str::<crate::yaml::Value>(text, file)? {
        crate::yaml::Value::Mapping(m) => m.len(),
        _ => 0,
    };
    let raw: BTreeMap<Numbered, Answer> = crate::yaml::from_str(text, file)?;
    let mut out = BTreeMap::new();
    // Where the answer numbered `number` stands, so each message points at its line.
    // (`yaml::entries` gives a quoted key without its quotes.)
    let key_is = |key: &str, number: usize| key.parse::<usize>().is_ok_and(|k| k == number);
    let at = |number: usize| crate::yaml::position_of_entry_value(text, |key| key_is(key, number));
    // `1:` and `"1":` are two keys to YAML and one placeholder here: the second would silently win.
    if raw.len() < entries {
        let keys = crate::yaml::entries(text);
        let twice = raw.keys().find(|n| keys.iter().filter(|e| key_is(&e.key, n.0)).count() > 1);
        if let Some(Numbered(number)) = twice {
            let second = keys.iter().filter(|e| key_is(&e.key, *number)).nth(1);
            let position = second.map(|e| crate::error::Position { line: e.start + 1, col: 1 });
            return Err(Error::input(
                file,
                position.or(at(*number)),
                format!("第 {number} 处占位符的回答写了两次（只能留一个）"),
            )
            .with_field(number.to_string()));
        }
    }
    for (Numbered(number), Answer(value)) in raw {
        let Some(item) = items.get(number.wrapping_sub(1)) else {
            return Err(Error::input(
                file,
                at(number),
                format!("没有第 {number} 处占位符（共 {} 处）", items.len()),
            )
            .with_field(number.to_string())
            .with_hint("编号见 `jianggao fill FILE --list`"));
        };
        // Read as the questions read an answer typed (下降5 is -5, 8.3% is 8.3).
        let value = item.normalise(value.trim());
        if value.is_empty() {
            continue;
        }
        if let Err(why) = item.check(&value) {
            return Err(Error::input(
                file,
                at(number),
                format!("第 {number} 处（{}，{}）：{why}", item.clause.marked(&item.token), item.kind_label),
            )
            .with_field(number.to_string()));
        }
        out.insert(number, value);
    }
    Ok(out)
}

impl Item {
    /// A value as typed, made plain for a numeric mask: full-width digits, 1,250.6, and a %
    /// typed before the text's own % (增长xx% answered 8.3%) become 1250.6 and 8.3. Anything that
    /// does not read as a number is returned as typed, for `check` to refuse with its reason.
    pub fn normalise(&self, value: &str) -> String {
        let v = value.trim();
        if let Some(rank) = self.rank_in_words(v) {
            return rank.to_string();
        }
        if !matches!(self.kind, MaskKind::Figure | MaskKind::Percent) {
            return v.to_string();
        }
        let read = if self.kind == MaskKind::Percent {
            crate::model::amount::percent_or_points(v).ok()
        } else {
            crate::model::amount::amount(v).ok().filter(|a| a.unit.is_none()).map(|a| a.number)
        };
        // A rise said as one (`增长5`, `+5`) after a word of a fall (`同比下降xx%`) keeps its sign:
        // read as 5 it made `同比下降5%` of a rise (tty 28). `replacement` turns the word.
        // So does a rise said as one where the text compares and says neither way (`同比xx%`
        // answered 增长8.5, tty 30): `replacement` writes the word the writer typed the sense of.
        let rise = v.starts_with('+') || crate::model::amount::RISING.iter().any(|w| v.starts_with(w));
        let after_fall = crate::model::amount::FALLING.iter().any(|w| self.clause.before.ends_with(w));
        let says_which = after_fall || (self.kind == MaskKind::Percent && self.compared());
        read.map_or_else(
            || v.to_string(),
            |n| {
                let n = n.as_str();
                if rise && says_which && !n.starts_with('-') { format!("+{n}") } else { n.to_string() }
            },
        )
    }

    /// Whether the text compares right before this placeholder without saying which way (`同比xx%`,
    /// `比上年xx%`; not `同比增长xx%`, nor `增速xx%`, a rate that may itself be below nothing).
    fn compared(&self) -> bool {
        COMPARED.iter().any(|w| self.clause.before.ends_with(w))
    }

    /// A rank (`位居全省第xx位`) answered in words, as the house writes ranks (`第三位`): the
    /// numeral, without a 第 or 位 typed around it. `三` was refused as no number (review 44).
    fn rank_in_words<'v>(&self, value: &'v str) -> Option<&'v str> {
        if self.kind != MaskKind::Figure || !self.clause.before.ends_with('第') {
            return None;
        }
        let v = value.trim().trim_start_matches('第');
        let v = ["位", "名"]
            .iter()
            .find_map(|w| v.strip_suffix(w).filter(|_| self.clause.after.starts_with(w)))
            .unwrap_or(v);
        crate::text::chinese_number(v).map(|_| v)
    }

    /// Whether this placeholder is the share of a target completed (`完成目标的xx%`,
    /// `完成全年任务的xx%`): never below nothing.
    fn completion(&self) -> bool {
        self.kind == MaskKind::Percent
            && self.clause.before.ends_with('的')
            && self.clause.before.contains("完成")
    }

    /// Checks a value for this placeholder: by its kind, and a mask written with digits in front
    /// (`20xx年`) is replaced whole, so it needs the whole year.
    pub fn check(&self, value: &str) -> std::result::Result<(), String> {
        // A control character (`"\u001b[2J"` in an answers file) is no text a speech holds, and
        // in a .docx it makes document.xml ill-formed: Word refuses the file.
        if let Some(c) = value.chars().find(|c| c.is_control()) {
            return Err(format!("含有控制字符 U+{:04X}，不能写进文稿（回答只写一行文字）", c as u32));
        }
        if self.rank_in_words(value).is_some() {
            return Ok(());
        }
        validate(self.kind, value)?;
        // An amount is no fall (`**万元` answered -3.2 read `-3.2万元`, tty 28): a fall is said by a
        // word before it (比上年减少xx万元), which the text must have.
        let signed = crate::model::amount::FALLING
            .iter()
            .chain(crate::model::amount::RISING)
            .any(|w| self.clause.before.ends_with(w));
        if self.kind == MaskKind::Figure && value.trim().starts_with('-') && !signed {
            return Err(format!(
                "“{}”是负数：这里填的是总量（如 3.2），比上年减少的请写成“减少xx”再填",
                value.trim()
            ));
        }
        // `完成目标的xx%` answered -5 read `完成目标的-5%` (tty 30, D3): the brief's own check.
        if self.completion() && value.trim().starts_with('-') {
            let n = crate::model::Number::parse(value.trim()).map_err(|e| e.to_string())?;
            crate::model::amount::check_completion(&n)?;
        }
        // `今年x月份`: a month, which the kind alone (a month or a day) lets run to 31.
        if self.kind == MaskKind::Date
            && self.clause.after.starts_with('月')
            && !value.trim().parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
        {
            return Err(format!("“{}”不是月份（应写 1 到 12 的数字）", value.trim()));
        }
        if self.kind == MaskKind::Year
            && self.token.starts_with(|c: char| c.is_ascii_digit())
            && value.trim().len() != 4
        {
            return Err(format!("“{}”会替换整个“{}”，请写完整的四位年份", value.trim(), self.token));
        }
        Ok(())
    }
}

/// Checks a value for a placeholder of `kind`; the error says why, in Chinese.
pub fn validate(kind: MaskKind, value: &str) -> std::result::Result<(), String> {
    let v = value.trim();
    if v.is_empty() {
        return Err("不能为空".to_string());
    }
    if v.contains(['\n', '\r']) {
        return Err("只能填一行".to_string());
    }
    let is_number = crate::model::Number::parse(v).is_ok();
    match kind {
        MaskKind::Figure | MaskKind::Percent if !is_number => {
            Err(format!("“{v}”不是数字（应写阿拉伯数字，如 12.3，不带单位）"))
        }
        MaskKind::Year if !(v.chars().all(|c| c.is_ascii_digit()) && matches!(v.len(), 2 | 4)) => {
            Err(format!("“{v}”不是年份（应写四位数字，如 2025）"))
        }
        MaskKind::Date
            if !(v.chars().all(|c| c.is_ascii_digit()) && (1..=31).contains(&v.parse().unwrap_or(0))) =>
        {
            Err(format!("“{v}”不是月份或日期（应写 1 到 31 的数字）"))
        }
        _ => Ok(()),
    }
}

/// Words that compare with a time before, right before a growth, without saying which way it went
/// (`同比xx%`): a fall answered there is written `同比下降8.5%`, a rise typed as one `同比增长8.5%`.
/// (A closed class of the register, not a list a writer curates.)
const COMPARED: [&str; 11] = [
    "同比",
    "环比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "比上年同期",
    "较上年同期",
    "比年初",
    "较年初",
    "比上月",
];

/// Words of a rise right before a figure, and what each says of a fall: `增长xx%` answered -5
/// read `增长-5%`, where a speech says `下降5%` (as `draft` writes a negative growth).
const RISE_TO_FALL: [(&str, &str); 4] =
    [("增长", "下降"), ("提高", "下降"), ("上升", "下降"), ("增加", "减少")];
/// Words of a fall right before a figure, and what each says of a rise: `同比下降xx%` answered
/// 增长5 is `同比增长5%` (tty 28: it read `同比下降5%`).
const FALL_TO_RISE: [(&str, &str); 6] = [
    ("下降", "增长"),
    ("下滑", "增长"),
    ("回落", "回升"),
    ("降低", "提高"),
    ("减少", "增加"),
    ("缩短", "延长"),
];

impl Item {
    /// What filling this placeholder of `text` with `value` replaces, and with what: the
    /// placeholder with the value, or, for a negative figure after a word of a rise, that word too
    /// (`增长xx%` with -5: `下降5`). The one place `fill` turns an answer into text: for a text,
    /// a Word document and the sentence shown while asking.
    pub fn replacement(&self, text: &str, value: &str) -> (std::ops::Range<usize>, String) {
        let range = self.placeholder.start..self.placeholder.end;
        // A rise kept as one after a word of a fall (`normalise`): the word turns.
        if matches!(self.kind, MaskKind::Figure | MaskKind::Percent)
            && let Some(rise) = value.strip_prefix('+')
        {
            return match FALL_TO_RISE.iter().find(|(fall, _)| text[..range.start].ends_with(fall)) {
                Some((fall, word)) => (range.start - fall.len()..range.end, format!("{word}{rise}")),
                // (Kept as a rise only where the text compares and says neither way: `同比增长8.5%`.)
                None if self.kind == MaskKind::Percent && self.compared() => (range, format!("增长{rise}")),
                None => (range, rise.to_string()),
            };
        }
        // A fall where the text compares and says neither way (`同比xx%` answered 下降8.5 read
        // `同比-8.5%`, tty 30): said as a speech says one, `同比下降8.5%`.
        if self.kind == MaskKind::Percent
            && self.compared()
            && let Some(fall) =
                value.strip_prefix('-').filter(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        {
            return (range, format!("下降{fall}"));
        }
        if matches!(self.kind, MaskKind::Figure | MaskKind::Percent)
            && let Some(fall) =
                value.strip_prefix('-').filter(|v| v.starts_with(|c: char| c.is_ascii_digit()))
            && let Some((rise, word)) =
                RISE_TO_FALL.iter().find(|(rise, _)| text[..range.start].ends_with(rise))
        {
            return (range.start - rise.len()..range.end, format!("{word}{fall}"));
        }
        // A fall answered as one after a word of a fall (`同比下降xx%` answered 下降3.2, read
        // `同比下降-3.2%`, review 26): the text already says which way it went.
        if matches!(self.kind, MaskKind::Figure | MaskKind::Percent)
            && let Some(fall) =
                value.strip_prefix('-').filter(|v| v.starts_with(|c: char| c.is_ascii_digit()))
            && crate::model::amount::FALLING.iter().any(|w| text[..range.start].ends_with(w))
        {
            return (range, fall.to_string());
        }
        // A place answered with its unit before the text's own (`xx县` answered 鹿寨县 read
        // 鹿寨县县, review 25): the text's unit stays, the answer's goes.
        if self.kind == MaskKind::Place
            && let Some(unit) = crate::mask::place_suffix(&text[range.end..])
            && let Some(name) = value.strip_suffix(unit).filter(|n| n.chars().count() >= 2)
        {
            return (range, name.to_string());
        }
        (range, value.to_string())
    }

    /// This placeholder's clause with `value` filled in as the text will have it, marked 【】 with
    /// any word it turned (`同比【增长5】%`, not `同比下降【+5】%`, tty 32): the list before writing.
    pub fn filled_clause(&self, value: &str) -> String {
        let Clause { before, after } = &self.clause;
        let local = format!("{before}{}{after}", self.token);
        let placeholder = Placeholder {
            start: before.len(),
            end: before.len() + self.token.len(),
            ..self.placeholder.clone()
        };
        let (range, with) = Item { placeholder, ..self.clone() }.replacement(&local, value);
        format!("{}【{with}】{}", &local[..range.start], &local[range.end..])
    }
}

/// `text` with the placeholders numbered in `answers` replaced by their values; everything else
/// copied as it is (but for the word of a rise before a fall: `Item::replacement`).
pub fn apply(text: &str, items: &[Item], answers: &BTreeMap<usize, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for item in items {
        if let Some(value) = answers.get(&item.number) {
            let (range, with) = item.replacement(text, value);
            out.push_str(&text[at..range.start]);
            out.push_str(&with);
            at = range.end;
        }
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_replaces_only_answered_tokens() {
        let text = "同志们：\r\n实际利用外资xx亿美元，增长xx%。\r\n";
        let items = items(text);
        let answers = parse_answers("1: 12.30\n2: ~\n", "a.yaml", &items).unwrap();
        assert_eq!(apply(text, &items, &answers), "同志们：\r\n实际利用外资12.30亿美元，增长xx%。\r\n");
    }

    #[test]
    fn a_rank_is_answered_in_words_as_the_house_writes_it() {
        let text = "出口额位居全省第xx位。";
        let items = items(text);
        let rank = &items[0];
        for typed in ["三", "第三", "三位", "第十二位", " 3 "] {
            assert_eq!(rank.check(typed), Ok(()), "{typed}");
        }
        assert_eq!(rank.normalise("第三位"), "三");
        assert_eq!(rank.normalise("3"), "3");
        assert!(rank.check("三点").is_err());
        let answers = parse_answers("1: 第三\n", "a.yaml", &items).unwrap();
        assert_eq!(apply(text, &items, &answers), "出口额位居全省第三位。");
        // Not a rank: a figure in words is still no number.
        let figure = &super::items("新设外资企业xx家。")[0];
        assert!(figure.check("三").is_err());
    }

    #[test]
    fn answers_are_checked_against_the_kind_and_the_numbering() {
        let text = "增长xx%，xx县";
        let items = items(text);
        let e = parse_answers("1: 很多\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("a.yaml") && e.contains("不是数字") && e.contains("增长【xx】%"), "{e}");
        let e = parse_answers("3: 1\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("没有第 3 处占位符"), "{e}");
        // Each message points at the answer's value, CRLF or not.
        let e =
            parse_answers("2: 柘城\r\n# 增长\r\n1:   很多\r\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("a.yaml:3:6："), "{e}");
        let e = parse_answers("1: 3\n7:\n  x\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("a.yaml:2:1："), "{e}");
        assert!(parse_answers("2: 柘城\n", "a.yaml", &items).is_ok());
        let items = super::items("20xx年");
        let e = parse_answers("1: 25\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("四位年份"), "{e}");
        assert_eq!(apply("20xx年", &items, &parse_answers("1: 2025\n", "a.yaml", &items).unwrap()), "2025年");
    }

    /// A place answered with the unit the text gives after the mask is not given it twice.
    #[test]
    fn a_place_answered_with_its_unit_does_not_say_it_twice() {
        let text = "xx县要抓落实，**市也要。";
        let items = items(text);
        let answers = parse_answers("1: 鹿寨县\n2: 柳州\n", "a.yaml", &items).unwrap();
        assert_eq!(apply(text, &items, &answers), "鹿寨县要抓落实，柳州市也要。");
        // A name that is only the unit's character stays whole (甲县 of 县县 is no name).
        let answers = parse_answers("1: 县县\n", "a.yaml", &items).unwrap();
        assert!(apply(text, &items, &answers).starts_with("县县县"));
    }

    /// A fall answered after a word of a rise reads as a fall (`增长-5%` was written), typed -5 or
    /// 下降5 alike (the answers file refused 下降5, which the questions take).
    #[test]
    fn a_fall_after_a_rise_word_reads_as_a_fall() {
        let text = "利用外资xx亿美元，增长xx%，占比提高x个百分点，企业增加xx家，增速xx%。";
        let items = items(text);
        let answers = parse_answers("1: 3\n2: 下降5\n3: -1.5\n4: -2\n5: -0.8\n", "a.yaml", &items).unwrap();
        assert_eq!(
            apply(text, &items, &answers),
            "利用外资3亿美元，下降5%，占比下降1.5个百分点，企业减少2家，增速-0.8%。"
        );
        // An amount with no word of a rise or a fall before it is no fall (tty 28: `-3.2万元`).
        let e = parse_answers("1: -3\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("“-3”是负数"), "{e}");
        let answers = parse_answers("2: 5\n", "a.yaml", &items).unwrap();
        assert!(apply(text, &items, &answers).contains("增长5%"));
        // After a word of a fall, a fall is written as its size.
        let text = "同比下降xx%，减少xx家，增长xx%";
        let found = super::items(text);
        let answers = parse_answers("1: 下降3.2\n2: -4\n3: 下降1\n", "a.yaml", &found).unwrap();
        assert_eq!(apply(text, &found, &answers), "同比下降3.2%，减少4家，下降1%");
        // A rise said as one after a word of a fall turns the word (tty 28: `增长5` read `同比下降5%`);
        // a bare number there is the size of the fall.
        let answers = parse_answers("1: 增长5\n2: +3\n3: 增长2\n", "a.yaml", &found).unwrap();
        assert_eq!(apply(text, &found, &answers), "同比增长5%，增加3家，增长2%");
        let answers = parse_answers("1: 5\n", "a.yaml", &found).unwrap();
        assert_eq!(apply(text, &found, &answers), "同比下降5%，减少xx家，增长xx%");
    }

    #[test]
    fn the_list_before_writing_shows_each_clause_as_it_will_read() {
        let text = "外贸进出口同比下降xx%，利用外资同比xx%，增长xx%。";
        let found = items(text);
        let answers = parse_answers("1: 增长5\n2: 下降8.5\n3: -3\n", "a.yaml", &found).unwrap();
        let shown: Vec<String> = found.iter().map(|i| i.filled_clause(&answers[&i.number])).collect();
        assert_eq!(shown, ["外贸进出口同比【增长5】%", "利用外资同比【下降8.5】%", "【下降3】%"]);
    }

    #[test]
    fn a_growth_after_a_comparison_says_which_way() {
        // tty 30: `同比xx%` answered 下降8.5 read `同比-8.5%`, and 增长8.5 lost its word.
        let text = "实际利用外资xx万美元，同比xx%，比上年xx%，增速xx%，完成目标的xx%。";
        let found = items(text);
        let answers = parse_answers("2: 下降8.5\n3: 增长2\n4: -0.8\n", "a.yaml", &found).unwrap();
        assert_eq!(
            apply(text, &found, &answers),
            "实际利用外资xx万美元，同比下降8.5%，比上年增长2%，增速-0.8%，完成目标的xx%。"
        );
        // A bare number is as typed; a rate may be below nothing (增速-0.8%), a share completed not.
        let answers = parse_answers("2: 8.5\n5: 105\n", "a.yaml", &found).unwrap();
        assert_eq!(
            apply(text, &found, &answers),
            "实际利用外资xx万美元，同比8.5%，比上年xx%，增速xx%，完成目标的105%。"
        );
        for bad in ["-5", "下降5"] {
            let e = parse_answers(&format!("5: {bad}\n"), "a.yaml", &found).unwrap_err().to_string();
            assert!(e.contains("不是可能的完成率"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_month_runs_to_twelve_and_a_day_to_thirty_one() {
        let items = items("今年x月份，x日召开");
        let e = parse_answers("1: 13\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("“13”不是月份（应写 1 到 12 的数字）"), "{e}");
        assert!(parse_answers("1: 12\n2: 31\n", "a.yaml", &items).is_ok());
        let e = parse_answers("2: 32\n", "a.yaml", &items).unwrap_err().to_string();
        assert!(e.contains("不是月份或日期"), "{e}");
    }
}

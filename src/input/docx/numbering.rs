//! Automatic numbering (自动编号) as the text Word shows: `word/numbering.xml` and the paragraph
//! styles of `word/styles.xml` that carry numbering, and the counters as Word keeps them.
//!
//! A paragraph is numbered by its own `w:numPr` (`w:numId`, `w:ilvl`), or else by the `w:numPr` of
//! its paragraph style, followed through `w:basedOn`. `w:numId` names a `w:num`, which names an
//! `w:abstractNum` (the list's definition) and may override a level's start. Each level has a
//! start, a format (`decimal` 1, `chineseCounting` 一, `ideographTraditional` 甲 …), a text
//! (`%1、`, `（%2）`, `%1.%2`) and a restart rule.
//!
//! Counting, as Word does it: the counters belong to the abstract list, so two `w:num` over one
//! `w:abstractNum` continue each other's count, unless the second overrides a start
//! (`w:startOverride`, Word's 重新开始编号), which restarts that level where it is first used.
//! A number at one level restarts the levels below it (or only those whose `w:lvlRestart` says so).

use std::collections::{HashMap, HashSet};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{ParaProps, Res, Unreadable, attr, local, val_u32};

/// Levels a list can have (`w:ilvl` 0–8).
const LEVELS: usize = 9;

#[derive(Debug, Clone, Default)]
struct Level {
    start: u32,
    /// ST_NumberFormat: `decimal`, `chineseCounting`, `bullet`, `none` …
    format: String,
    /// `%1、`: the label, `%N` standing for level N's number.
    text: String,
    /// `w:lvlRestart`: 0 never, N after level N (1-based) or above; `None` after any level above.
    restart: Option<u32>,
    /// `w:isLgl`: every number in the label in Arabic digits (1.1 under 一、).
    legal: bool,
    /// `w:pStyle`: the paragraph style bound to this level.
    style: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Abstract {
    levels: [Option<Level>; LEVELS],
    /// `w:numStyleLink`: the levels are those of the list a numbering style names.
    style_link: Option<String>,
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    /// Per level: `w:startOverride`, and a level redefined whole.
    start: [Option<u32>; LEVELS],
    levels: [Option<Level>; LEVELS],
}

/// `word/numbering.xml`.
#[derive(Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<String, Abstract>,
    nums: HashMap<String, Num>,
}

/// A style's numbering and parent, from `word/styles.xml`.
#[derive(Debug, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<String>,
    ilvl: Option<u8>,
}

/// The styles that matter to numbering.
#[derive(Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
    /// The default paragraph style (`w:default="1"`, 正文): a paragraph without `w:pStyle` has it.
    default: Option<String>,
}

/// The running numbers, per abstract list and level (`None`: not started, or restarted).
#[derive(Debug, Default)]
pub struct Counters {
    counts: HashMap<String, [Option<u32>; LEVELS]>,
    /// `w:num`s already used: a start override takes effect at the first use only.
    used: HashSet<String>,
}

/// An element opening (or empty), or closing, by its local name.
enum Tag<'a, 'x> {
    Open(&'a BytesStart<'x>),
    Close(&'a str),
}

/// Calls `each` for every element of `xml`, in order.
fn scan(xml: &str, mut each: impl FnMut(Tag)) -> Res<()> {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event().map_err(|_| Unreadable::BadXml)? {
            Event::Eof => return Ok(()),
            Event::Start(e) | Event::Empty(e) => each(Tag::Open(&e)),
            Event::End(e) => each(Tag::Close(e.local_name().as_ref())),
            _ => {}
        }
    }
}

fn level_index(e: &BytesStart) -> Option<usize> {
    attr(e, "ilvl")?.trim().parse::<usize>().ok().filter(|&l| l < LEVELS)
}

impl Numbering {
    pub fn parse(xml: Option<&str>) -> Res<Numbering> {
        let mut numbering = Numbering::default();
        let Some(xml) = xml else { return Ok(numbering) };
        // Where we are: the abstract list or num being read, the level in it.
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut override_level: Option<usize> = None;
        scan(xml, |tag| match tag {
            Tag::Open(e) => match local(e).as_str() {
                "abstractNum" => {
                    let id = attr(e, "abstractNumId").unwrap_or_default();
                    numbering.abstracts.entry(id.clone()).or_default();
                    abstract_id = Some(id);
                }
                "num" => {
                    let id = attr(e, "numId").unwrap_or_default();
                    numbering.nums.entry(id.clone()).or_default();
                    num_id = Some(id);
                }
                "abstractNumId" => {
                    if let Some(num) = num_id.as_ref().and_then(|id| numbering.nums.get_mut(id)) {
                        num.abstract_id = attr(e, "val").unwrap_or_default();
                    }
                }
                "lvlOverride" => override_level = level_index(e),
                "startOverride" => {
                    if let (Some(l), Some(num)) =
                        (override_level, num_id.as_ref().and_then(|id| numbering.nums.get_mut(id)))
                    {
                        num.start[l] = val_u32(e);
                    }
                }
                "lvl" => {
                    level = level_index(e).map(|l| (l, Level { start: 1, ..Level::default() }));
                }
                "numStyleLink" => {
                    if let Some(a) = abstract_id.as_ref().and_then(|id| numbering.abstracts.get_mut(id)) {
                        a.style_link = attr(e, "val");
                    }
                }
                name => {
                    if let Some((_, lvl)) = level.as_mut() {
                        match name {
                            "start" => lvl.start = val_u32(e).unwrap_or(1),
                            "numFmt" => lvl.format = attr(e, "val").unwrap_or_default(),
                            "lvlText" => lvl.text = attr(e, "val").unwrap_or_default(),
                            "lvlRestart" => lvl.restart = val_u32(e),
                            "isLgl" => lvl.legal = attr(e, "val").is_none_or(|v| v != "0" && v != "false"),
                            "pStyle" => lvl.style = attr(e, "val"),
                            _ => {}
                        }
                    }
                }
            },
            Tag::Close(name) => match name {
                "lvl" => {
                    if let Some((l, lvl)) = level.take() {
                        if let (Some(ol), Some(num)) =
                            (override_level, num_id.as_ref().and_then(|id| numbering.nums.get_mut(id)))
                        {
                            num.levels[ol] = Some(lvl);
                        } else if let Some(a) =
                            abstract_id.as_ref().and_then(|id| numbering.abstracts.get_mut(id))
                        {
                            a.levels[l] = Some(lvl);
                        }
                    }
                }
                "lvlOverride" => override_level = None,
                "abstractNum" => abstract_id = None,
                "num" => num_id = None,
                _ => {}
            },
        })?;
        Ok(numbering)
    }

    /// The abstract list of `num_id`, following a numbering-style link (`w:numStyleLink`) to the
    /// list that defines the levels.
    fn abstract_of<'a>(&'a self, num_id: &str, styles: &Styles) -> Option<(&'a str, &'a Abstract)> {
        let mut id = self.nums.get(num_id)?.abstract_id.as_str();
        for _ in 0..4 {
            let a = self.abstracts.get(id)?;
            match &a.style_link {
                Some(link) if a.levels.iter().all(Option::is_none) => {
                    let linked = styles.styles.get(link)?.num_id.as_deref()?;
                    id = self.nums.get(linked)?.abstract_id.as_str();
                }
                _ => return Some((id, a)),
            }
        }
        None
    }

    /// The label Word shows in front of a paragraph with these properties (`一、`), counting it;
    /// `None` for a paragraph not numbered, or numbered with a bullet.
    pub(super) fn label(
        &self,
        props: &ParaProps,
        styles: &Styles,
        counters: &mut Counters,
    ) -> Option<String> {
        let style = props.style.as_deref().or(styles.default.as_deref());
        let (style_num, style_ilvl) = style.map(|s| styles.numbering(s)).unwrap_or_default();
        let num_id = props.num_id.clone().or(style_num)?;
        if num_id.trim() == "0" {
            return None;
        }
        let num = self.nums.get(&num_id)?;
        let (abstract_id, list) = self.abstract_of(&num_id, styles)?;
        let bound =
            || list.levels.iter().position(|l| l.as_ref().is_some_and(|l| l.style.as_deref() == style));
        let ilvl = props.ilvl.or(style_ilvl).map(usize::from).or_else(bound).unwrap_or(0);
        let level_of = |l: usize| num.levels[l].as_ref().or(list.levels[l].as_ref());
        let level = level_of(ilvl)?;
        let start_of = |l: usize| num.start[l].or(level_of(l).map(|x| x.start)).unwrap_or(1);

        let counts = counters.counts.entry(abstract_id.to_string()).or_default();
        if counters.used.insert(num_id.clone()) {
            for (l, start) in num.start.iter().enumerate() {
                if start.is_some() {
                    counts[l] = None;
                }
            }
        }
        counts[ilvl] = Some(counts[ilvl].map_or_else(|| start_of(ilvl), |n| n + 1));
        for (deeper, count) in counts.iter_mut().enumerate().skip(ilvl + 1) {
            let restarts = match level_of(deeper).and_then(|l| l.restart) {
                None => true,
                Some(0) => false,
                Some(after) => (ilvl as u32) < after,
            };
            if restarts {
                *count = None;
            }
        }

        if matches!(level.format.as_str(), "bullet") {
            return None;
        }
        let mut label = String::new();
        let mut chars = level.text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let l = d as usize - 1;
                    let n = counts[l].unwrap_or_else(|| start_of(l));
                    let format = if level.legal {
                        "decimal"
                    } else {
                        level_of(l).map_or("decimal", |x| x.format.as_str())
                    };
                    label.push_str(&format_number(n, format));
                }
                _ => label.push(c),
            }
        }
        Some(label)
    }
}

impl Styles {
    pub fn parse(xml: Option<&str>) -> Res<Styles> {
        let mut styles = Styles::default();
        let Some(xml) = xml else { return Ok(styles) };
        let mut current: Option<(String, Style)> = None;
        let mut in_numpr = false;
        scan(xml, |tag| match tag {
            Tag::Open(e) => match local(e).as_str() {
                "style" => {
                    let id = attr(e, "styleId").unwrap_or_default();
                    let paragraph = attr(e, "type").is_none_or(|t| t == "paragraph");
                    if paragraph && attr(e, "default").is_some_and(|d| d == "1" || d == "true") {
                        styles.default = Some(id.clone());
                    }
                    current = Some((id, Style::default()));
                }
                "basedOn" => {
                    if let Some((_, s)) = current.as_mut() {
                        s.based_on = attr(e, "val");
                    }
                }
                "numPr" => in_numpr = true,
                "numId" if in_numpr => {
                    if let Some((_, s)) = current.as_mut() {
                        s.num_id = attr(e, "val");
                    }
                }
                "ilvl" if in_numpr => {
                    if let Some((_, s)) = current.as_mut() {
                        s.ilvl = val_u32(e).map(|v| v.min(8) as u8);
                    }
                }
                _ => {}
            },
            Tag::Close(name) => match name {
                "numPr" => in_numpr = false,
                "style" => {
                    if let Some((id, s)) = current.take() {
                        styles.styles.insert(id, s);
                    }
                }
                _ => {}
            },
        })?;
        Ok(styles)
    }

    /// The numbering a style gives its paragraphs: the first `numId` and `ilvl` up its
    /// `w:basedOn` chain (a loop in the chain is cut).
    fn numbering(&self, id: &str) -> (Option<String>, Option<u8>) {
        let (mut num_id, mut ilvl) = (None, None);
        let mut at = Some(id);
        for _ in 0..16 {
            let Some(style) = at.and_then(|id| self.styles.get(id)) else { break };
            num_id = num_id.or_else(|| style.num_id.clone());
            ilvl = ilvl.or(style.ilvl);
            at = style.based_on.as_deref();
        }
        (num_id, ilvl)
    }
}

/// `n` in an ST_NumberFormat of ECMA-376 (§17.18.59), as Word shows it. Where the spec leaves the
/// form open (above 99, past 癸), as LibreOffice 7.4 shows it: each format here was compared with
/// LibreOffice's text export of the same document, 1 to 1010.
pub fn format_number(n: u32, format: &str) -> String {
    const TIANGAN: [&str; 10] = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"];
    const DIZHI: [&str; 12] = ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"];
    let cycle = |names: &[&str]| {
        names.get(n.wrapping_sub(1) as usize).map_or_else(|| n.to_string(), |s| s.to_string())
    };
    // A run of numbered characters: `first` is `base`, the next `count - 1` follow it.
    let from = |base: char, first: u32, count: u32| {
        (first..first + count)
            .contains(&n)
            .then(|| char::from_u32(base as u32 + n - first))
            .flatten()
            .map(String::from)
    };
    match format {
        "none" => String::new(),
        "decimalZero" => format!("{n:02}"),
        "decimalFullWidth" | "decimalFullWidth2" => n
            .to_string()
            .chars()
            .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap_or(c))
            .collect(),
        // 一, 十一, 一百零一, 一千零一十. Word's 一, 二, 三 (简) list is `chineseCounting`, the
        // 一, 二, 三 (繁) list `chineseCountingThousand`; LibreOffice counts both the same, above
        // 99 too, and so does this (no speech numbers a hundred headings).
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "japaneseCountingThousand"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "ideographDigital" => counting_thousand(
            n,
            &["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"],
            ["十", "百", "千"],
        ),
        "taiwaneseDigital" => digits(n, &["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]),
        // 大写: 壹、贰、叁.
        "chineseLegalSimplified" => counting_thousand(
            n,
            &["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"],
            ["拾", "佰", "仟"],
        ),
        "ideographLegalTraditional" => counting_thousand(
            n,
            &["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"],
            ["拾", "佰", "仟"],
        ),
        // 甲 … 癸, 子 … 亥; past the cycle, Arabic digits.
        "ideographTraditional" => cycle(&TIANGAN),
        "ideographZodiac" => cycle(&DIZHI),
        // ① … ⑳, ㉑ … ㉟, ㊱ … ㊿.
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" | "ideographEnclosedCircle" => {
            from('①', 1, 20)
                .or_else(|| from('㉑', 21, 15))
                .or_else(|| from('㊱', 36, 15))
                .unwrap_or_else(|| n.to_string())
        }
        "decimalEnclosedParen" => from('⑴', 1, 20).unwrap_or_else(|| n.to_string()),
        "decimalEnclosedFullstop" => from('⒈', 1, 20).unwrap_or_else(|| n.to_string()),
        "upperRoman" => roman(n),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperLetter" => letter(n, 'A'),
        "lowerLetter" => letter(n, 'a'),
        _ => n.to_string(),
    }
}

fn digits(n: u32, names: &[&str; 10]) -> String {
    n.to_string().bytes().map(|b| names[(b - b'0') as usize]).collect()
}

/// 1–9999 with 十/百/千 (or 拾/佰/仟) and one 零 for each run of zeros inside: 一百零一, 一千零一十.
/// 10–19 read 十一 in the lower-case digits (一十一 after a hundred: 一百一十一).
fn counting_thousand(n: u32, names: &[&str; 10], units: [&str; 3]) -> String {
    if n == 0 || n >= 10_000 {
        return digits(n, names);
    }
    let ds: Vec<usize> = n.to_string().bytes().map(|b| (b - b'0') as usize).collect();
    let mut out = String::new();
    let mut zero = false;
    for (i, &d) in ds.iter().enumerate() {
        let place = ds.len() - 1 - i;
        if d == 0 {
            zero = true;
            continue;
        }
        if zero && !out.is_empty() {
            out.push_str(names[0]);
        }
        zero = false;
        let teen = place == 1 && d == 1 && out.is_empty() && names[1] == "一";
        if !teen {
            out.push_str(names[d]);
        }
        if place > 0 {
            out.push_str(units[place - 1]);
        }
    }
    out
}

fn roman(mut n: u32) -> String {
    const R: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in R {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Word's letters: A … Z, then AA … ZZ, AAA …
fn letter(n: u32, a: char) -> String {
    let n = n.max(1);
    let c = char::from_u32(a as u32 + (n - 1) % 26).unwrap_or(a);
    std::iter::repeat_n(c, ((n - 1) / 26 + 1) as usize).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_word_formats() {
        let f = format_number;
        assert_eq!(
            [
                f(3, "chineseCounting"),
                f(12, "chineseCounting"),
                f(20, "chineseCounting"),
                f(101, "chineseCounting")
            ],
            ["三", "十二", "二十", "一百零一"]
        );
        assert_eq!(
            [
                f(11, "chineseCountingThousand"),
                f(101, "chineseCountingThousand"),
                f(1010, "chineseCountingThousand")
            ],
            ["十一", "一百零一", "一千零一十"]
        );
        assert_eq!(f(111, "chineseCountingThousand"), "一百一十一");
        assert_eq!([f(3, "chineseLegalSimplified"), f(12, "chineseLegalSimplified")], ["叁", "壹拾贰"]);
        assert_eq!(
            [f(1, "ideographTraditional"), f(10, "ideographTraditional"), f(11, "ideographTraditional")],
            ["甲", "癸", "11"]
        );
        assert_eq!(
            [f(2, "decimalEnclosedCircle"), f(21, "decimalEnclosedCircle"), f(50, "decimalEnclosedCircle")],
            ["②", "㉑", "㊿"]
        );
        assert_eq!(
            [f(3, "decimalEnclosedParen"), f(10, "ideographDigital"), f(10, "taiwaneseDigital")],
            ["⑶", "十", "一〇"]
        );
        assert_eq!(
            [f(14, "upperRoman"), f(28, "lowerLetter"), f(7, "decimalFullWidth")],
            ["XIV", "bb", "７"]
        );
        assert_eq!([f(7, "decimal"), f(7, "decimalZero"), f(7, "none")], ["7", "07", ""]);
    }
}

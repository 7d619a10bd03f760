//! The `Brief`: what only the writer knows — locality, meeting, figures, problems, goals, measures.
//!
//! Keys are English, and each is also accepted in Chinese (`locality` or `地区`). Unknown keys are an
//! error (a typo must not silently drop a figure). Values that need checking (`value`, `date`,
//! `level`, `genre`) are checked while parsing, in their own `Deserialize`, so that an error carries
//! the line and column of the offending value (see `crate::yaml`).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::error::{Error, Result};

/// The largest brief read (bytes of decoded text); the example briefs are 2–4 KB.
pub const MAX_BRIEF_BYTES: usize = 1024 * 1024;

/// The longest speech a brief may ask for, in characters: some seven hours spoken. A larger
/// figure is a slip (`new` once saved 99999999999999999999 as 4294967295, “18407003 分钟”).
pub const MAX_LENGTH: u32 = 100_000;

/// `length`: 1 to `MAX_LENGTH` characters, said so when it is not (a number past `u32` was told
/// `应为非负整数，实际是整数4294967296`, which contradicts itself).
fn length<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<u32>, D::Error> {
    match Option::<u64>::deserialize(d)? {
        Some(n) if n == 0 || n > u64::from(MAX_LENGTH) => {
            Err(de::Error::custom(format!("“{n}”不是合理的篇幅：应在 1 到 {MAX_LENGTH} 字之间")))
        }
        n => Ok(n.map(|n| n as u32)),
    }
}

/// A growth rate in percent (`amount::check_growth`).
fn growth<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Number>, D::Error> {
    checked(d, &["growth", "增长"], crate::model::amount::check_growth)
}

/// A share of a target completed (`amount::check_completion`).
fn rate<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Option<Number>, D::Error> {
    checked(d, &["target_rate", "完成率"], crate::model::amount::check_completion)
}

/// A number that `check` accepts, its message placed at the value under one of `keys`.
fn checked<'de, D: Deserializer<'de>>(
    d: D,
    keys: &[&str],
    check: fn(&Number) -> std::result::Result<(), String>,
) -> std::result::Result<Option<Number>, D::Error> {
    let n = Option::<Percent>::deserialize(d)?.map(|p| p.0);
    n.as_ref().map(check).transpose().map_err(|e| de::Error::custom(crate::yaml::keyed(keys, e)))?;
    Ok(n)
}

/// The kind of text to draft. Seeds: 004 work-conference, 000 implementation, 001 research-visit,
/// 002 news-report, 003 signed-article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Genre {
    /// 工作会议讲话：通报成绩 → 存在的问题 → 目标与措施 → 结尾
    #[default]
    #[serde(alias = "工作会议讲话")]
    WorkConference,
    /// 贯彻落实上级会议精神的讲话
    #[serde(alias = "贯彻落实讲话", alias = "贯彻落实会议精神讲话")]
    Implementation,
    /// 调研座谈讲话
    #[serde(alias = "调研座谈讲话")]
    ResearchVisit,
    /// 会议新闻通稿（第三人称）
    #[serde(alias = "会议新闻通稿", alias = "新闻通稿")]
    NewsReport,
    /// 署名文章
    #[serde(alias = "署名文章")]
    SignedArticle,
}

impl Genre {
    pub const ALL: [Genre; 5] = [
        Genre::WorkConference,
        Genre::Implementation,
        Genre::ResearchVisit,
        Genre::NewsReport,
        Genre::SignedArticle,
    ];

    /// The `genre:` value, also the template name (`templates/<name>.hbs`).
    pub fn name(self) -> &'static str {
        match self {
            Genre::WorkConference => "work-conference",
            Genre::Implementation => "implementation",
            Genre::ResearchVisit => "research-visit",
            Genre::NewsReport => "news-report",
            Genre::SignedArticle => "signed-article",
        }
    }

    pub fn chinese(self) -> &'static str {
        match self {
            Genre::WorkConference => "工作会议讲话",
            Genre::Implementation => "贯彻落实讲话",
            Genre::ResearchVisit => "调研座谈讲话",
            Genre::NewsReport => "会议新闻通稿",
            Genre::SignedArticle => "署名文章",
        }
    }

    /// A genre by any name a brief may give it: its English name or one of its Chinese names (the
    /// serde aliases above, one list for `genre:` and `--genre`: `-g 新闻通稿` was refused where
    /// `genre: 新闻通稿` drafted).
    pub fn parse(s: &str) -> Option<Genre> {
        use serde::de::IntoDeserializer;
        let named: std::result::Result<Genre, de::value::Error> =
            Genre::deserialize(s.trim().into_deserializer());
        named.ok()
    }

    /// The length of a draft whose brief gives none, in characters, as the seeds run: a work
    /// conference's or an implementation speech's quarter of an hour (`DEFAULT_LENGTH`); a news
    /// release of about 1,500 (seed 002: 1,860); a research visit's remarks and a signed article
    /// shorter than a conference speech. A news release measured against 3,500 was "89% short".
    pub fn default_length(self) -> u32 {
        match self {
            Genre::WorkConference | Genre::Implementation => DEFAULT_LENGTH,
            Genre::ResearchVisit | Genre::SignedArticle => 2500,
            Genre::NewsReport => 1500,
        }
    }
}

/// The administrative level, which decides 全市/我市 vs 全县/我县 vs 全省/我省.
///
/// A writer names the level as the place calls itself (review 43): an autonomous region or a
/// municipality is 省-level, a prefecture (地级市, 州, 盟, 地区) 市-level, a county-level city,
/// an autonomous county or a banner 县-level, a city's district (市辖区, 新区) 区-level. What the
/// speech calls its place (全州, 全旗) comes from the locality's name (`Brief::level_word`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Level {
    #[serde(rename = "省", alias = "province", alias = "自治区", alias = "直辖市")]
    Province,
    #[serde(
        rename = "市",
        alias = "city",
        alias = "地级市",
        alias = "州",
        alias = "自治州",
        alias = "盟",
        alias = "地区"
    )]
    City,
    #[serde(
        rename = "县",
        alias = "county",
        alias = "县级市",
        alias = "自治县",
        alias = "旗",
        alias = "自治旗"
    )]
    County,
    #[serde(rename = "区", alias = "district", alias = "市辖区", alias = "新区")]
    District,
}

impl Level {
    /// The one character used in 全市, 我市, 市委…
    pub fn char(self) -> &'static str {
        match self {
            Level::Province => "省",
            Level::City => "市",
            Level::County => "县",
            Level::District => "区",
        }
    }

    /// The level implied by a locality's last character: 柳州市 → 市, 柘城县 → 县, 湖南省 → 省.
    /// 自治区/特别行政区 count as 省; 旗 as 县; 州/盟 as 市.
    pub fn from_locality(locality: &str) -> Option<Level> {
        if locality.ends_with("自治区") || locality.ends_with("特别行政区") || is_municipality(locality)
        {
            return Some(Level::Province);
        }
        match locality.chars().last()? {
            '省' => Some(Level::Province),
            '市' | '州' | '盟' => Some(Level::City),
            '县' | '旗' => Some(Level::County),
            '区' => Some(Level::District),
            _ => None,
        }
    }
}

/// The four municipalities directly under the central government (直辖市): named like a city,
/// they are province-level units, with 区 (and in 重庆 县) below them, not 县（市、区）.
pub const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

/// Whether `locality` is one of the `MUNICIPALITIES`.
pub fn is_municipality(locality: &str) -> bool {
    MUNICIPALITIES.contains(&locality.trim())
}

/// A figure exactly as the writer typed it: `12.30` stays `12.30`, `-3.2` stays `-3.2`, and the
/// word that says it is not exact stays with it (`约12.3`, `8以上`: `Bound`).
///
/// serde_yaml hands a plain scalar to `deserialize_str` as its original text, so the digits are kept;
/// the text must parse as a decimal number, with at most one bound word before it and one after.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    digits: String,
    bound: Bound,
}

/// The words around a figure that say it is not exact: `约12.3亿美元`, `增长8%以上`. A goal is said
/// `以上` far more often than exactly (`力争实际利用外资增长8%以上`); typed so, it was refused, and
/// the writer who then typed `8` had the draft promise exactly 8%. The words are
/// `amount::BOUNDS_BEFORE` and `amount::BOUNDS_AFTER`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bound {
    /// Before the digits: 约, 近, 超过 …
    pub before: Option<&'static str>,
    /// After the unit or the percent sign: 以上, 左右 …
    pub after: Option<&'static str>,
}

impl Bound {
    pub fn is_none(&self) -> bool {
        self.before.is_none() && self.after.is_none()
    }

    /// The bound words of `text` and what stands between them: `约12.3` → (约, `12.3`), `8%以上` →
    /// (以上, `8%`). Only words of the lists, each at most once.
    pub fn split(text: &str) -> (Bound, &str) {
        use crate::model::amount::{BOUNDS_AFTER, BOUNDS_BEFORE};
        let t = text.trim();
        let (before, t) = BOUNDS_BEFORE
            .iter()
            .find_map(|w| t.strip_prefix(w).map(|r| (Some(*w), r.trim_start())))
            .unwrap_or((None, t));
        let (after, t) = BOUNDS_AFTER
            .iter()
            .find_map(|w| t.strip_suffix(w).map(|r| (Some(*w), r.trim_end())))
            .unwrap_or((None, t));
        (Bound { before, after }, t)
    }
}

impl Number {
    /// Checks `text` is a decimal number (optional sign, digits, optional fraction), nothing around
    /// it.
    pub fn parse(text: &str) -> std::result::Result<Number, String> {
        let t = text.trim();
        let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
        let ok = !int.is_empty()
            && int.chars().all(|c| c.is_ascii_digit())
            && (!digits.contains('.') || !frac.is_empty() && frac.chars().all(|c| c.is_ascii_digit()));
        if ok {
            Ok(Number { digits: t.trim_start_matches('+').to_string(), bound: Bound::default() })
        } else {
            Err(format!("“{text}”不是数字（应写阿拉伯数字，如 12.3 或 -3.2，不带单位）"))
        }
    }

    /// A value as a brief may give it: bound words allowed (`约12.3`, `830以上`).
    pub fn parse_bounded(text: &str) -> std::result::Result<Number, String> {
        let (bound, rest) = Bound::split(text);
        let n = Number::parse(rest).map_err(|_| {
            format!("“{}”不是数字（应写阿拉伯数字，如 12.3、约12.3 或 830以上，不带单位）", text.trim())
        })?;
        Ok(n.with_bound(bound))
    }

    /// The same number with `bound`.
    pub fn with_bound(mut self, bound: Bound) -> Number {
        self.bound = bound;
        self
    }

    /// The digits as given, without the bound words.
    pub fn as_str(&self) -> &str {
        &self.digits
    }

    pub fn bound(&self) -> Bound {
        self.bound
    }

    pub fn is_negative(&self) -> bool {
        self.digits.starts_with('-') && self.value() != 0.0
    }

    /// The magnitude as given: `-3.2` → `3.2` (for 下降3.2%).
    pub fn abs_str(&self) -> &str {
        self.digits.trim_start_matches('-')
    }

    pub fn value(&self) -> f64 {
        self.digits.parse().unwrap_or(0.0)
    }

    /// The number as said with its unit (`亿美元`, `%`), the bound words around both:
    /// `约12.3亿美元`, `8%以上`.
    pub fn said(&self, unit: &str) -> String {
        self.around(self.as_str(), unit)
    }

    /// As `said`, the magnitude only (the sign is a word: `下降3.2%左右`).
    pub fn said_abs(&self, unit: &str) -> String {
        self.around(self.abs_str(), unit)
    }

    fn around(&self, digits: &str, unit: &str) -> String {
        let Bound { before, after } = self.bound;
        format!("{}{digits}{}{}", before.unwrap_or(""), unit, after.unwrap_or(""))
    }
}

/// The number as typed, bound words included (`约12.3`, `8以上`): the text a writer edits.
impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.said(""))
    }
}

impl Serialize for Number {
    /// Written back as a plain YAML number when that reads back with the same digits (`12`, `-3.2`),
    /// and quoted when it would not (`'12.30'`: a float would lose the trailing zero; `约12.3`).
    /// Either form parses back to the same `Number`.
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        if !self.bound.is_none() {
            return s.serialize_str(&self.said(""));
        }
        if let (Ok(i), false) = (self.digits.parse::<i64>(), self.digits.contains('.')) {
            return s.serialize_i64(i);
        }
        match self.digits.parse::<f64>() {
            Ok(f) if f.to_string() == self.digits => s.serialize_f64(f),
            _ => s.serialize_str(&self.digits),
        }
    }
}

/// Reads a `Number` from YAML: a plain number, or text with bound words; with `percent`, a
/// percentage as `new` reads one (`8.5%`, `下降3.2`, `8%以上`: `amount::percent`), so that a brief
/// written by hand takes what the wizard takes.
struct NumberVisitor {
    percent: bool,
}

impl Visitor<'_> for NumberVisitor {
    type Value = Number;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("数字")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Number, E> {
        if self.percent {
            crate::model::amount::percent(v).map_err(E::custom)
        } else {
            Number::parse_bounded(v).map_err(E::custom)
        }
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Number, E> {
        Ok(Number { digits: v.to_string(), bound: Bound::default() })
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Number, E> {
        Ok(Number { digits: v.to_string(), bound: Bound::default() })
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> std::result::Result<Number, E> {
        Ok(Number { digits: v.to_string(), bound: Bound::default() })
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Number, D::Error> {
        d.deserialize_str(NumberVisitor { percent: false })
    }
}

/// A percentage in a brief (`NumberVisitor`).
struct Percent(Number);

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Percent, D::Error> {
        d.deserialize_str(NumberVisitor { percent: true }).map(Percent)
    }
}

/// A calendar date, written `2026-03-15` (or `2026年3月15日`); rendered `2026年3月15日`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn parse(text: &str) -> std::result::Result<Date, String> {
        // Full-width digits and marks, as an input method types them (２０２６年３月１５日): read as
        // values and lengths already are (review 26).
        let half: String = text
            .trim()
            .chars()
            .map(|c| match crate::text::half_width_digit(c) {
                '－' => '-',
                '／' => '/',
                '．' => '.',
                c => c,
            })
            .collect();
        let t = half.as_str();
        let bad = || format!("“{text}”不是有效日期（应写成 2026-03-15 或 2026年3月15日）");
        let parts: Vec<&str> = if t.contains('年') {
            t.trim_end_matches('日').split(['年', '月']).collect()
        } else {
            t.split(['-', '/', '.']).collect()
        };
        let [y, m, d] = parts[..] else { return Err(bad()) };
        let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u16>(), m.parse::<u8>(), d.parse::<u8>()) else {
            return Err(bad());
        };
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return Err(format!("“{text}”不是有效日期：没有{month}月")),
        };
        if !(1900..=2200).contains(&year) {
            return Err(format!("“{text}”不是有效日期：年份应在1900至2200之间"));
        }
        if day == 0 || day > days {
            return Err(format!("“{text}”不是有效日期：{year}年{month}月只有{days}天"));
        }
        Ok(Date { year, month, day })
    }

    /// `2026年3月15日`
    pub fn chinese(&self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// The day without its year, as a news release's lead gives it (seed 002: `3月31日，`).
    pub fn month_day(&self) -> String {
        format!("{}月{}日", self.month, self.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Date, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(de::Error::custom)
    }
}

/// One figure: `实际利用外资12.3亿美元，完成目标的105%，增长8.5%，位居全省第三位`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// 指标名：实际利用外资
    #[serde(alias = "指标")]
    pub name: String,
    #[serde(alias = "数值")]
    pub value: Number,
    /// 亿美元、亿元、万元、个、家 …
    #[serde(default, alias = "单位", skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// Growth in percent; negative reads 下降.
    #[serde(default, alias = "增长", deserialize_with = "growth", skip_serializing_if = "Option::is_none")]
    pub growth: Option<Number>,
    /// Completion of the target, in percent: 完成目标的105%.
    #[serde(default, alias = "完成率", deserialize_with = "rate", skip_serializing_if = "Option::is_none")]
    pub target_rate: Option<Number>,
    /// 位次：全省第三位
    #[serde(default, alias = "位次", skip_serializing_if = "Option::is_none")]
    pub rank: Option<String>,
}

/// One part of achievements, problems or measures: an optional heading and topic, figures, points.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    #[serde(default, alias = "标题", skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// A topic from `phrasebank/topics.yaml` (or free text).
    #[serde(default, alias = "主题", skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    #[serde(default, alias = "数据", skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    #[serde(default, alias = "要点", skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<String>,
}

/// A goal: a figure to reach (`实际利用外资增长10%以上`) or a sentence.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    #[serde(default, alias = "指标", skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, alias = "数值", skip_serializing_if = "Option::is_none")]
    pub value: Option<Number>,
    #[serde(default, alias = "单位", skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default, alias = "增长", deserialize_with = "growth", skip_serializing_if = "Option::is_none")]
    pub growth: Option<Number>,
    #[serde(default, alias = "内容", skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Closing {
    /// The closing call's slogan, e.g. 奋力开创对外开放工作新局面.
    #[serde(default, alias = "口号", skip_serializing_if = "Option::is_none")]
    pub slogan: Option<String>,
}

/// The form a field takes, shown when a writer gave a text where the brief wants a map: `结尾:
/// 奋力开创…` for `结尾: {口号: 奋力开创…}`, a goal as a bare sentence for `- {内容: …}`. The
/// message alone (应为键值映射，实际是文字) names the fault but not the fix.
fn form_hint(e: Error) -> Error {
    let Error::Input { field: Some(field), message, .. } = &e else { return e };
    let Some(text) = message
        .strip_prefix("类型不对：应为键值映射（`键: 值` 的形式），实际是文字“")
        .and_then(|m| m.strip_suffix('”'))
    else {
        return e;
    };
    // The writer's own keys, Chinese or English, as the brief wrote them.
    let chinese = !field.is_ascii();
    let last = field.rsplit('.').next().unwrap_or(field);
    let hint = match last.split('[').next().unwrap_or(last) {
        "closing" | "结尾" => {
            let key = if chinese { "口号" } else { "slogan" };
            format!("写成 `{last}: {{{key}: {text}}}`")
        }
        "goals" | "目标" if last.ends_with(']') => {
            let (key, figure) = if chinese {
                ("内容", "指标: …, 数值: …, 单位: …")
            } else {
                ("text", "name: …, value: …, unit: …")
            };
            format!("每条目标写成 `- {{{key}: {text}}}`；有数值的写成 `- {{{figure}}}`")
        }
        _ => return e,
    };
    e.with_hint(hint)
}

/// A writer's brief. See `examples/brief.yaml` (or `jianggao example`) for a commented one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brief {
    #[serde(default, alias = "体裁")]
    pub genre: Genre,
    /// Default: 在{meeting}上的讲话
    #[serde(default, alias = "标题", skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, alias = "讲话人", skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(alias = "地区")]
    pub locality: String,
    /// Default: from the locality's last character.
    #[serde(default, alias = "层级", skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(alias = "会议")]
    pub meeting: String,
    #[serde(default, alias = "日期", skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// 报告期：2025年
    #[serde(default, alias = "报告期", skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// Target length in characters; default `Genre::default_length` (3500, about 15 minutes, for a
    /// conference speech).
    #[serde(default, alias = "字数", deserialize_with = "length", skip_serializing_if = "Option::is_none")]
    pub length: Option<u32>,
    #[serde(default, alias = "成绩", skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<Part>,
    #[serde(default, alias = "问题", skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<Part>,
    #[serde(default, alias = "目标", skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    #[serde(default, alias = "措施", skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<Part>,
    /// 形势与意义: the writer's own points on the situation and on why the work matters. Optional;
    /// only a brief that has them gets a 形势/意义 passage (built from them, with stock sentences
    /// about them), never a fixed one.
    #[serde(default, alias = "形势", skip_serializing_if = "Vec::is_empty")]
    pub situation: Vec<String>,
    #[serde(default, alias = "结尾", skip_serializing_if = "Option::is_none")]
    pub closing: Option<Closing>,
    /// research-visit: the unit visited (调研单位), e.g. 市商务局.
    #[serde(default, alias = "调研单位", skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// news-report: who presided (主持).
    #[serde(default, alias = "主持", skip_serializing_if = "Option::is_none")]
    pub presided_by: Option<String>,
    /// news-report: who attended (出席).
    #[serde(default, alias = "出席", skip_serializing_if = "Vec::is_empty")]
    pub attendees: Vec<String>,
    /// news-report: where the meeting took place (地点).
    #[serde(default, alias = "地点", skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The writer's choices of stock sentences, made in `jianggao edit` (or by hand): with them
    /// `draft` reproduces the text the writer saw, byte for byte.
    #[serde(default, alias = "选择", skip_serializing_if = "Option::is_none")]
    pub choices: Option<Choices>,
    /// The keys the brief was written in (`from_yaml`): `--explain` names its fields in them.
    #[serde(skip)]
    pub keys: KeyStyle,
}

/// How a brief is written: its keys, and the file it was read from (what a message about it names;
/// empty for a brief made in memory). Not what the brief says: two briefs that say the same are
/// equal whatever their keys and files.
#[derive(Debug, Clone, Default)]
pub struct KeyStyle {
    pub chinese: bool,
    pub file: String,
}

impl PartialEq for KeyStyle {
    fn eq(&self, _: &KeyStyle) -> bool {
        true
    }
}

/// Each key of a brief and its Chinese alias (the `alias` of its field): at the top level, and
/// inside a part, a figure, a goal or the closing. (`unit` is 调研单位 at the top, 单位 in a
/// figure.) The test `chinese_keys_are_the_aliases` holds it to the fields.
const TOP_KEYS: &[(&str, &str)] = &[
    ("genre", "体裁"),
    ("title", "标题"),
    ("speaker", "讲话人"),
    ("locality", "地区"),
    ("level", "层级"),
    ("meeting", "会议"),
    ("date", "日期"),
    ("period", "报告期"),
    ("length", "字数"),
    ("achievements", "成绩"),
    ("problems", "问题"),
    ("goals", "目标"),
    ("measures", "措施"),
    ("situation", "形势"),
    ("closing", "结尾"),
    ("unit", "调研单位"),
    ("presided_by", "主持"),
    ("attendees", "出席"),
    ("place", "地点"),
];
const INNER_KEYS: &[(&str, &str)] = &[
    ("heading", "标题"),
    ("topic", "主题"),
    ("figures", "数据"),
    ("points", "要点"),
    ("name", "指标"),
    ("value", "数值"),
    ("unit", "单位"),
    ("growth", "增长"),
    ("target_rate", "完成率"),
    ("rank", "位次"),
    ("text", "内容"),
    ("slogan", "口号"),
];

/// The key a line of an entry nested in a brief holds (`  - 主题: 利用外资` → 主题), if it holds one.
fn inner_key(line: &str) -> Option<&str> {
    let body = line.trim_start();
    let body = body.strip_prefix("- ").unwrap_or(body).trim_start();
    let (key, _) = body.split_once(':')?;
    (!key.is_empty() && !key.contains([' ', '{', '[', '"', '\''])).then_some(key)
}

/// `text`, lines of a nested entry written with the English keys, with each in its Chinese alias
/// (`INNER_KEYS`), the rest of every line as it is.
fn chinese_inner_keys(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let zh = (n > 0)
            .then(|| inner_key(line))
            .flatten()
            .and_then(|k| INNER_KEYS.iter().find(|(en, _)| *en == k).map(|(en, zh)| (*en, *zh)));
        match zh {
            Some((en, zh)) => {
                let at = line.find(en).expect("the key found in the line");
                out.push_str(&line[..at]);
                out.push_str(zh);
                out.push_str(&line[at + en.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// A field path of the brief (`achievements[0].figures[1].growth`) in its Chinese keys
/// (`成绩[0].数据[1].增长`); a segment without one as it is.
/// The path of the first string in `v` holding a control character other than a line break or a
/// tab (`locality: "遂宁\x1b[2J\u0000市"`): the draft would carry it into Markdown, a terminal and
/// Word, whose XML cannot hold it. (Raw control bytes are refused by the YAML reader; written as
/// escapes in a quoted string they are not.)
fn control_character(v: &serde_json::Value, at: &str) -> Option<String> {
    use serde_json::Value;
    let join = |k: &str| if at.is_empty() { k.to_string() } else { format!("{at}.{k}") };
    match v {
        Value::String(s) => {
            s.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\t' | '\r')).then(|| at.to_string())
        }
        Value::Array(a) => {
            a.iter().enumerate().find_map(|(i, v)| control_character(v, &format!("{at}[{i}]")))
        }
        Value::Object(o) => o.iter().find_map(|(k, v)| control_character(v, &join(k))),
        _ => None,
    }
}

/// Where the first escape that writes a control character stands in a brief's text (`\x1b`,
/// `\u0000`, `\e`), for the message's line and column.
fn escape_at(text: &str) -> Option<crate::error::Position> {
    const ESCAPES: [&str; 9] = ["\\x", "\\u00", "\\U000000", "\\0", "\\a", "\\b", "\\e", "\\v", "\\f"];
    text.lines().enumerate().find_map(|(i, line)| {
        let at = ESCAPES.iter().filter_map(|e| line.find(e)).min()?;
        Some(crate::error::Position { line: i + 1, col: line[..at].chars().count() + 1 })
    })
}

pub fn chinese_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for (depth, segment) in path.split('.').enumerate() {
        if depth > 0 {
            out.push('.');
        }
        let (key, index) = segment.find('[').map_or((segment, ""), |i| segment.split_at(i));
        let table = if depth == 0 { TOP_KEYS } else { INNER_KEYS };
        out.push_str(table.iter().find(|(k, _)| *k == key).map_or(key, |(_, zh)| zh));
        out.push_str(index);
    }
    out
}

/// Which stock sentences a draft uses where (`choices:` in a brief). A site is a place in the
/// template where stock sentences stand, named by the brief item it stands under and what it is:
/// `measures[2]/filler`, `problems/lead-in`, `achievements[1]/heading` (a second site of the same
/// name in one draft is `…#2`). A pinned site shows exactly its phrases (none: nothing), whatever
/// the seed; a dropped phrase is used nowhere. Everything else is drawn from `seed`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choices {
    /// The seed the draft was made with; `--seed` overrides it.
    #[serde(default, alias = "种子", skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// Site → the phrase ids it shows (固定).
    #[serde(default, alias = "固定", skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub pin: std::collections::BTreeMap<String, Vec<String>>,
    /// Phrase ids never to use (不用).
    #[serde(default, alias = "不用", skip_serializing_if = "Vec::is_empty")]
    pub drop: Vec<String>,
}

impl Choices {
    /// Whether nothing is chosen beyond the seed.
    pub fn is_empty(&self) -> bool {
        self.pin.is_empty() && self.drop.is_empty()
    }

    /// Every phrase id named, pinned or dropped, with the site it is pinned to (`None`: dropped).
    pub fn ids(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.pin
            .iter()
            .flat_map(|(site, ids)| ids.iter().map(move |id| (id.as_str(), Some(site.as_str()))))
            .chain(self.drop.iter().map(|id| (id.as_str(), None)))
    }
}

/// A conference speech's quarter of an hour, in characters (`Genre::default_length`); also the
/// rate at which the wizard turns minutes into characters.
pub const DEFAULT_LENGTH: u32 = 3500;

impl Brief {
    /// The year the speech reports on and the year it is given in, as the register writes them
    /// (`2025`, `2026`): the period's year, else the year before the date; the date's year, else
    /// the year after the period. One rule for the plan's slots and the template's context.
    pub fn years(&self) -> (Option<String>, Option<String>) {
        let period = self.period.as_deref().and_then(crate::text::year_in);
        let given = self
            .date
            .map(|d| d.year.to_string())
            .or_else(|| period.as_ref().and_then(|y| y.parse::<u32>().ok()).map(|y| (y + 1).to_string()));
        let reported = period.or_else(|| self.date.map(|d| (d.year - 1).to_string()));
        (reported, given)
    }

    /// Parses a brief from YAML text; `file` names it in error messages.
    pub fn from_yaml(text: &str, file: &str) -> Result<Brief> {
        // A brief is a few KB. A file hundreds of times that size is the wrong file (a corpus, a
        // log): say so at once instead of parsing it for half a minute to report a type error.
        if text.len() > MAX_BRIEF_BYTES {
            return Err(crate::error::Error::input(
                file,
                None,
                format!(
                    "文件过大（{:.1} MB）：提纲通常只有几 KB，超过 {} MB 的不会是提纲，请检查是否选错了文件",
                    text.len() as f64 / (1024.0 * 1024.0),
                    MAX_BRIEF_BYTES / (1024 * 1024)
                ),
            ));
        }
        let mut brief: Brief = crate::yaml::from_str(text, file).map_err(form_hint)?;
        // The keys it was written in: those of its first key.
        brief.keys = KeyStyle {
            chinese: crate::yaml::first_key(text).is_some_and(|k| !k.is_ascii()),
            file: file.to_string(),
        };
        if let Some(field) = control_character(&serde_json::to_value(&brief).unwrap_or_default(), "") {
            let field = if brief.keys.chinese { chinese_path(&field) } else { field };
            return Err(crate::error::Error::input(
                file,
                escape_at(text),
                "含有控制字符（由 \\u001b、\\x00 一类转义写成）",
            )
            .with_field(field)
            .with_hint("删去这个转义：提纲里只写文字，换行用 |"));
        }
        Ok(brief)
    }

    /// A brief still being written (`new --brief` on a file written by hand): the place and the
    /// meeting, which every brief to draft from has, may be missing yet — `new` asks them (tty 32:
    /// `缺少必填字段 `meeting`` stopped it). A missing one is read as blank; the file's own lines
    /// keep their places in any other message.
    pub fn from_yaml_unfinished(text: &str, file: &str) -> Result<Brief> {
        let content = text.lines().any(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
        if content && crate::yaml::first_key(text).is_none() {
            // Not a mapping of keys, one a line: read as it is, for its own message.
            return Brief::from_yaml(text, file);
        }
        let keys: Vec<String> = crate::yaml::entries(text).into_iter().map(|e| e.key).collect();
        let mut filled = text.to_string();
        for english in ["locality", "meeting"] {
            let chinese = chinese_path(english);
            if !keys.iter().any(|k| *k == english || *k == chinese) {
                if !filled.is_empty() && !filled.ends_with('\n') {
                    filled.push('\n');
                }
                filled.push_str(&format!("{english}: ''\n"));
            }
        }
        Brief::from_yaml(&filled, file)
    }

    /// Refuses a brief to draft from whose place or meeting is given but blank (`locality: ""`):
    /// a draft of nowhere (`2025年，坚持以开放促发展…`) or of no meeting. (A brief being written
    /// in `new` is saved before these are answered, so parsing alone does not refuse it.) `text`
    /// is the brief's file, for the line of the key.
    pub fn require_place_and_meeting(&self, text: &str, file: &str) -> Result<()> {
        // (A title given blank is no title either: the template was blamed for a heading it could
        // not write, `<内置模板>/work-conference.hbs：模板没有输出标题行`, a fuzz run.)
        let title = self.title.as_ref().map(|t| ("title", t));
        for (field, value) in
            [("locality", &self.locality), ("meeting", &self.meeting)].into_iter().chain(title)
        {
            // `locality: ~` (YAML's null) is read as the text `~`, and drafted `去年~对外开放工作`
            // (fuzz 26): it is no value either.
            if value.trim().is_empty() || matches!(value.trim(), "~" | "null" | "Null" | "NULL") {
                let (pos, shown) = self.key_in(text, field);
                let example = match field {
                    "locality" => "柳州市",
                    "meeting" => "全市对外开放工作会议",
                    _ => "在全市对外开放工作会议上的讲话（或删去这一行，用会议名称作标题）",
                };
                return Err(crate::error::Error::input(file, pos, "不能为空")
                    .with_field(shown.clone())
                    .with_hint(format!("写成 {shown}: {example}")));
            }
        }
        Ok(())
    }

    /// Refuses a brief to draft from with an item of its lists that says nothing (`measures:
    /// [{}]`, an empty goal): the draft printed a bare `一是`, or `以下几个方面的工作。` with nothing
    /// after it, and `check` found nothing wrong (fuzz 28). Named at its list's line. (Parsing
    /// alone does not refuse it: `new` saves a part before its answers.)
    pub fn require_items_written(&self, text: &str, file: &str) -> Result<()> {
        let empty_part = |p: &Part| {
            p.heading.is_none() && p.topic.is_none() && p.figures.is_empty() && p.points.is_empty()
        };
        let empty_goal =
            |g: &Goal| g.name.is_none() && g.value.is_none() && g.growth.is_none() && g.text.is_none();
        let lists = [
            ("achievements", self.achievements.iter().position(empty_part)),
            ("problems", self.problems.iter().position(empty_part)),
            ("measures", self.measures.iter().position(empty_part)),
            ("goals", self.goals.iter().position(empty_goal)),
        ];
        for (list, at) in lists {
            let Some(i) = at else { continue };
            let (pos, shown) = self.key_in(text, list);
            let what = if list == "goals" {
                "指标、数值、增长或内容"
            } else {
                "标题、主题、数据或要点"
            };
            return Err(crate::error::Error::input(file, pos, format!("第 {} 项是空的", i + 1))
                .with_field(format!("{shown}[{i}]"))
                .with_hint(format!("给这一项写上{what}，或删去这一项")));
        }
        Ok(())
    }

    /// Where the top-level key `field` (`goals` or `目标`) stands in the brief's file `text`, and
    /// the key as the writer wrote it, for a message about its value.
    fn key_in(&self, text: &str, field: &str) -> (Option<crate::error::Position>, String) {
        let chinese = chinese_path(field);
        let entry = crate::yaml::entries(text).into_iter().find(|e| e.key == field || e.key == chinese);
        let pos = entry.as_ref().map(|e| crate::error::Position { line: e.start + 1, col: 1 });
        let shown =
            entry.map_or_else(|| if self.keys.chinese { chinese } else { field.to_string() }, |e| e.key);
        (pos, shown)
    }

    pub fn to_yaml(&self) -> String {
        crate::yaml::to_string(self)
    }

    /// The file text `original` (which parses as `old`) changed to say `new`, touching only the
    /// top-level entries whose value changed: comments, blank lines, the writer's key names and
    /// every other entry stay as written. An entry that changed is written anew (its own comments
    /// go with it). `None` when that cannot be done faithfully — the result would not read back as
    /// `new`, or a changed entry shares values through anchors and aliases, which writing it anew
    /// would expand.
    pub fn rewrite(original: &str, old: &Brief, new: &Brief) -> Option<String> {
        let (before, after) = (crate::yaml::fields_of(old), crate::yaml::fields_of(new));
        let get = |fields: &[(String, crate::yaml::Value)], k: &str| {
            fields.iter().find(|(f, _)| f == k).map(|(_, v)| v.clone())
        };
        // In the brief's own field order: an entry the file lacks is appended in that order.
        let mut changed: Vec<&String> = Vec::new();
        for k in after.iter().chain(&before).map(|(k, _)| k) {
            if get(&before, k) != get(&after, k) && !changed.contains(&k) {
                changed.push(k);
            }
        }
        let entries = crate::yaml::entries(original);
        let lines: Vec<&str> = original.lines().collect();
        let mut changes: Vec<(Option<usize>, String)> = Vec::new();
        for field in changed {
            let at = entries.iter().position(|e| {
                e.key == *field || Brief::field_of_key(&e.key).as_deref() == Some(field.as_str())
            });
            let key = at.map_or(field.as_str(), |i| entries[i].key.as_str());
            if let Some(i) = at
                && crate::yaml::has_anchor_or_alias(&lines[entries[i].start..entries[i].end].join("\n"))
            {
                return None;
            }
            // A writer who indents `  - item` under the key keeps that look.
            let indent = at.and_then(|i| lines.get(entries[i].start + 1)).map_or(0, |l| {
                let body = l.trim_start();
                if body.starts_with("- ") { l.len() - body.len() } else { 0 }
            });
            let mut text = match get(&after, field) {
                Some(v) => crate::yaml::entry_text(key, &v, indent),
                None => String::new(),
            };
            // The entry as the writer had it keeps its look where it can: the keys inside it in
            // Chinese if it wrote them so (`主题:`, `数据:`), and the comments at its lines' ends
            // (review 44: both were lost once an entry changed).
            if let Some(i) = at {
                let old = &lines[entries[i].start..entries[i].end];
                if old.iter().any(|l| inner_key(l).is_some_and(|k| INNER_KEYS.iter().any(|(_, zh)| *zh == k)))
                {
                    text = chinese_inner_keys(&text);
                }
                text = crate::yaml::carry_comments(old, &text);
            }
            changes.push((at, text));
        }
        let out = crate::yaml::replace_entries(original, &entries, &changes);
        (Brief::from_yaml(&out, "").ok().as_ref() == Some(new)).then_some(out)
    }

    /// The field a top-level key of a brief names (`地区` → `locality`), found by reading a brief
    /// with that key alone: the aliases are the model's own (`#[serde(alias)]`), in one place.
    fn field_of_key(key: &str) -> Option<String> {
        let base = Brief { locality: "甲".into(), meeting: "乙".into(), ..Brief::default() };
        for value in
            ["[{}]", "['x']", "{slogan: x}", "{seed: 1}", "x", "1", "2026-01-01", "市", "news-report"]
        {
            let text = format!("locality: 甲\nmeeting: 乙\n{key}: {value}\n");
            match Brief::from_yaml(&text, "") {
                Ok(b) => {
                    let (a, b) = (serde_json::to_value(&base).ok()?, serde_json::to_value(&b).ok()?);
                    let (serde_json::Value::Object(a), serde_json::Value::Object(b)) = (a, b) else {
                        return None;
                    };
                    if let Some(k) = b.keys().find(|k| a.get(*k) != b.get(*k)) {
                        return Some(k.clone());
                    }
                }
                Err(e) => {
                    // 地区 beside locality: 「字段 `locality` 重复出现」 names it.
                    let m = e.to_string();
                    if m.contains("重复出现") {
                        return m.split('`').nth(1).map(str::to_string);
                    }
                }
            }
        }
        None
    }

    /// The level given, or the one implied by the locality (市 when nothing is implied).
    pub fn level(&self) -> Level {
        // A 直辖市 given as 市 (its name ends in 市) is still a province-level unit: its units
        // below are 区, and it has no 地级市 above it.
        if self.level == Some(Level::City) && is_municipality(&self.locality) {
            return Level::Province;
        }
        self.level.or_else(|| Level::from_locality(&self.locality)).unwrap_or(Level::City)
    }

    /// The character the speech calls its own place by, in 全X, 我X, X委, X政府: the unit the
    /// locality's name ends in, whatever its level. A county-level city (东兴市, level 县) says
    /// 全市 and 市委 (its structure is a county's: 各乡镇, `levels.yaml`); an autonomous region
    /// says 全区, an autonomous prefecture 全州, a banner 全旗, a league 全盟. Without such an
    /// ending (`芜湖`), the level's own character.
    pub fn level_word(&self) -> &'static str {
        let l = self.locality.trim();
        if l.ends_with("自治区") || l.ends_with("特别行政区") {
            return "区";
        }
        // A prefecture (阿克苏地区, 大兴安岭地区) says 全地区: in 新疆 全区 is the 自治区, and the
        // draft said 全区 of its figures beside the meeting's 全地区 (review 26).
        if l.ends_with("地区") && l.chars().count() >= 4 {
            return "地区";
        }
        match l.chars().last() {
            Some('省') => "省",
            Some('市') => "市",
            Some('县') => "县",
            Some('区') => "区",
            Some('旗') => "旗",
            Some('盟') => "盟",
            // 恩施州, 黔东南州, 延边朝鲜族自治州; not 杭州 or 广州, a city's name without its 市.
            Some('州') if l.chars().count() >= 3 => "州",
            _ => self.level().char(),
        }
    }

    /// What the place's own bodies are named after (`{{level}}政府`, `{{level}}商务局`): the level
    /// word (市政府, 旗政府), except an autonomous region's, named after the 自治区 (自治区政府;
    /// 全区 and 我区 keep the word).
    pub fn body_prefix(&self) -> &'static str {
        if self.autonomous_region() { "自治区" } else { self.level_word() }
    }

    /// The place's party committee (`{{level}}委`): 市委, 州委, 旗委; 自治区党委.
    pub fn committee(&self) -> String {
        if self.autonomous_region() {
            "自治区党委".to_string()
        } else if self.prefecture() {
            "地委".to_string()
        } else {
            format!("{}委", self.level_word())
        }
    }

    /// The place's party committee and government together: 市委市政府, 自治区党委、自治区政府;
    /// a prefecture's 地委行署 and a league's 盟委行署 (their government is the 行政公署).
    pub fn leadership(&self) -> String {
        if self.has_an_office() {
            return format!("{}行署", self.committee());
        }
        let sep = if self.autonomous_region() { "、" } else { "" };
        format!("{}{sep}{}", self.committee(), self.government())
    }

    /// The place's government (`{{level}}政府`): 市政府, 自治区政府; a prefecture's and a league's
    /// 行政公署, 地区行署 and 盟行署 (兴安盟's brief says 盟行署; `盟政府` is no body, review 27).
    pub fn government(&self) -> String {
        if self.has_an_office() {
            format!("{}行署", self.level_word())
        } else {
            format!("{}政府", self.body_prefix())
        }
    }

    /// The government as named beside the committee (`{{level}}委、{{level}}政府`): 市政府, and a
    /// 行政公署 just 行署 (盟委、行署).
    pub fn government_after_committee(&self) -> String {
        if self.has_an_office() { "行署".to_string() } else { self.government() }
    }

    fn prefecture(&self) -> bool {
        self.level_word() == "地区"
    }

    /// A prefecture or a league: governed by a 行政公署, not a 政府.
    fn has_an_office(&self) -> bool {
        matches!(self.level_word(), "地区" | "盟")
    }

    fn autonomous_region(&self) -> bool {
        self.locality.trim().ends_with("自治区")
    }

    pub fn length(&self) -> u32 {
        self.length.unwrap_or(self.genre.default_length())
    }

    /// Fields a genre can require (`require` in `templates/<genre>.yaml`), with their Chinese
    /// names: the one list the spec, the drafting check and the `new` wizard read.
    pub const REQUIRABLE: &'static [(&'static str, &'static str)] = &[
        ("speaker", "讲话人"),
        ("unit", "调研单位"),
        ("place", "会议地点"),
        ("date", "日期"),
        ("period", "报告期"),
        ("presided_by", "主持人"),
        ("attendees", "出席领导"),
        ("title", "标题"),
    ];

    /// Whether the brief gives `field` (one of `REQUIRABLE`), non-blank.
    pub fn has(&self, field: &str) -> bool {
        let given = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        match field {
            "speaker" => given(&self.speaker),
            "unit" => given(&self.unit),
            "place" => given(&self.place),
            "date" => self.date.is_some(),
            "period" => given(&self.period),
            "presided_by" => given(&self.presided_by),
            "attendees" => self.attendees.iter().any(|a| !a.trim().is_empty()),
            "title" => given(&self.title),
            _ => true,
        }
    }

    /// The Chinese name of a requirable field (`speaker` → 讲话人).
    pub fn field_name(field: &str) -> &'static str {
        Self::REQUIRABLE.iter().find(|(k, _)| *k == field).map_or("", |(_, v)| v)
    }

    /// The title given, or 在{meeting}上的讲话.
    pub fn title(&self) -> String {
        self.title.clone().unwrap_or_else(|| format!("在{}上的讲话", self.meeting))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `TOP_KEYS` and `INNER_KEYS` are the fields' aliases: a brief using every key, written again
    /// with each key put in Chinese by those tables, parses to the same brief.
    #[test]
    fn chinese_keys_are_the_aliases() {
        let english = "genre: work-conference\ntitle: 题\nspeaker: 县长\nlocality: 甲县\nlevel: 县\n\
            meeting: 全县对外开放工作会议\ndate: 2026-03-01\nperiod: 2025年\nlength: 3000\n\
            achievements:\n  - heading: 外贸\n    topic: 对外贸易\n    figures:\n      - {name: 进出口, value: 10, unit: 亿元, growth: 5, target_rate: 101, rank: 全市第一位}\n    points: [要点]\n\
            problems:\n  - points: [问题]\ngoals:\n  - {name: 外贸, value: 12, unit: 亿元, growth: 8}\n  - {text: 目标}\n\
            measures:\n  - heading: 措施\n    points: [要点]\nsituation: [形势]\nclosing: {slogan: 口号}\n\
            unit: 县商务局\npresided_by: 甲\nattendees: [乙]\nplace: 会堂\n";
        let mut chinese = String::new();
        for line in english.lines() {
            let mut line = line.to_string();
            let table = if line.starts_with(' ') { INNER_KEYS } else { TOP_KEYS };
            for (en, zh) in table {
                for lead in ["", " ", "- ", "{", ", "] {
                    let from = format!("{lead}{en}:");
                    if (lead.is_empty() && line.starts_with(&from))
                        || (!lead.is_empty() && line.contains(&from))
                    {
                        line = line.replacen(&from, &format!("{lead}{zh}:"), 1);
                    }
                }
            }
            chinese.push_str(&line);
            chinese.push('\n');
        }
        assert!(!chinese.contains("growth:") && !chinese.contains("heading:"), "{chinese}");
        let (a, b) = (Brief::from_yaml(english, "a").unwrap(), Brief::from_yaml(&chinese, "b").unwrap());
        assert_eq!(a, b, "{chinese}");
        assert!(!a.keys.chinese && b.keys.chinese);
        assert_eq!(chinese_path("achievements[0].figures[1].growth"), "成绩[0].数据[1].增长");
        assert_eq!(chinese_path("unit"), "调研单位");
        assert_eq!(chinese_path("closing.slogan"), "结尾.口号");
    }

    /// A brief without a length is measured against its genre's: a news release is not a
    /// quarter-hour speech. A length the writer gives wins.
    #[test]
    fn the_default_length_is_the_genres() {
        let length = |genre, length| Brief { genre, length, ..Brief::default() }.length();
        assert_eq!(length(Genre::WorkConference, None), 3500);
        assert_eq!(length(Genre::NewsReport, None), 1500);
        assert_eq!(length(Genre::ResearchVisit, None), 2500);
        assert_eq!(length(Genre::NewsReport, Some(4000)), 4000);
    }

    #[test]
    fn the_level_word_is_the_unit_the_locality_ends_in() {
        let word = |locality: &str, level: Option<Level>| {
            Brief { locality: locality.into(), level, ..Brief::default() }.level_word()
        };
        assert_eq!(word("东兴市", Some(Level::County)), "市");
        assert_eq!(word("义乌市", None), "市");
        assert_eq!(word("融安县", None), "县");
        assert_eq!(word("广西壮族自治区", Some(Level::Province)), "区");
        assert_eq!(word("延边朝鲜族自治州", None), "州");
        assert_eq!(word("恩施州", None), "州");
        assert_eq!(word("杭州", None), "市");
        assert_eq!(word("阿荣旗", None), "旗");
        assert_eq!(word("锡林郭勒盟", None), "盟");
        assert_eq!(word("云南省", None), "省");
        assert_eq!(word("西海岸新区", None), "区");
        assert_eq!(word("芜湖", Some(Level::County)), "县");
        assert_eq!(word(" 东兴市 ", Some(Level::County)), "市");
        let bodies = |locality: &str| {
            let b = Brief { locality: locality.into(), ..Brief::default() };
            (b.body_prefix(), b.committee())
        };
        assert_eq!(bodies("广西壮族自治区"), ("自治区", "自治区党委".to_string()));
        assert_eq!(bodies("东兴市"), ("市", "市委".to_string()));
        assert_eq!(bodies("恩施州"), ("州", "州委".to_string()));
        let leadership =
            |locality: &str| Brief { locality: locality.into(), ..Brief::default() }.leadership();
        assert_eq!(leadership("广西壮族自治区"), "自治区党委、自治区政府");
        assert_eq!(leadership("芜湖市"), "市委市政府");
        // A league and a prefecture are governed by a 行政公署: 盟政府 is no body (review 27).
        let government = |locality: &str| {
            let b = Brief { locality: locality.into(), ..Brief::default() };
            (b.leadership(), b.government(), b.government_after_committee())
        };
        assert_eq!(government("兴安盟"), ("盟委行署".into(), "盟行署".into(), "行署".into()));
        assert_eq!(government("阿克苏地区"), ("地委行署".into(), "地区行署".into(), "行署".into()));
        assert_eq!(government("恩施州"), ("州委州政府".into(), "州政府".into(), "州政府".into()));
    }

    #[test]
    fn numbers_round_trip_through_yaml_with_their_digits() {
        for digits in ["12", "12.3", "-3.2", "12.30", "0.50", "105"] {
            let n = Number::parse(digits).unwrap();
            let yaml = crate::yaml::to_string(&n);
            let back: Number = crate::yaml::from_str(&yaml, "t").unwrap();
            assert_eq!(back.as_str(), digits, "{yaml}");
            assert_eq!(yaml.contains('\''), digits.ends_with('0') && digits.contains('.'), "{yaml}");
        }
    }

    #[test]
    fn numbers_keep_the_digits_given() {
        let f: Figure =
            crate::yaml::from_str("name: 实际利用外资\nvalue: 12.30\ngrowth: -3.2\n", "t").unwrap();
        assert_eq!(f.value.as_str(), "12.30");
        assert!(f.growth.as_ref().unwrap().is_negative());
        assert_eq!(f.growth.unwrap().abs_str(), "3.2");
        // A bound word is the writer's: kept, and written back as typed.
        let n = Number::parse_bounded("约12.3").unwrap();
        assert_eq!(
            (n.as_str(), n.to_string(), n.said("亿美元")),
            ("12.3", "约12.3".into(), "约12.3亿美元".into())
        );
        assert_eq!(serde_yaml::to_string(&n).unwrap(), "约12.3\n");
        assert!(Number::parse("约12.3").is_err() && Number::parse_bounded("约").is_err());
        assert!(Number::parse("12亿").is_err());
        assert!(Number::parse("1.").is_err());
    }

    #[test]
    fn a_rewritten_entry_keeps_its_chinese_keys_and_its_comments() {
        let original = "# 手写\n地区: 柳州市              # 地区\n会议: 全市对外开放工作会议\n\n# 成绩部分\n成绩:\n  - 主题: 利用外资\n    标题: 利用外资实现新突破\n    数据:\n      - {name: 实际利用外资, value: 12.30, unit: 亿美元, growth: 8.5}\n    要点:\n      - 新设外商投资企业56家   # 要点注释\n";
        let old = Brief::from_yaml(original, "b.yaml").unwrap();
        let mut new = old.clone();
        new.locality = "桂林市".into();
        new.achievements[0].figures[0].value = Number::parse("13.5").unwrap();
        let out = Brief::rewrite(original, &old, &new).expect("rewritten");
        assert!(
            out.starts_with(
                "# 手写\n地区: 桂林市              # 地区\n会议: 全市对外开放工作会议\n\n# 成绩部分\n成绩:\n"
            ),
            "{out}"
        );
        // (In the model's order of keys and its indentation of lists: only what was said stays.)
        for line in [
            "主题: 利用外资\n",
            "标题: 利用外资实现新突破\n",
            "    数据:\n",
            "    要点:\n",
            "- 新设外商投资企业56家   # 要点注释\n",
        ] {
            assert!(out.contains(line), "{line}\n{out}");
        }
        assert!(out.contains("指标: 实际利用外资") && out.contains("数值: 13.5"), "{out}");
        assert_eq!(Brief::from_yaml(&out, "b.yaml").unwrap(), new);
        // A brief written with English keys keeps them.
        let english = original
            .replace("主题", "topic")
            .replace("标题", "heading")
            .replace("数据", "figures")
            .replace("要点", "points");
        let old = Brief::from_yaml(&english, "b.yaml").unwrap();
        let out = Brief::rewrite(&english, &old, &new).expect("rewritten");
        assert!(out.contains("topic: 利用外资\n") && out.contains("- name: 实际利用外资"), "{out}");
    }

    #[test]
    fn chinese_keys_are_accepted() {
        let b =
            Brief::from_yaml("地区: 柳州市\n会议: 全市对外开放工作会议\n日期: 2026年3月15日\n", "t").unwrap();
        assert_eq!(b.locality, "柳州市");
        assert_eq!(b.level(), Level::City);
        assert_eq!(b.date.unwrap().chinese(), "2026年3月15日");
        assert_eq!(b.title(), "在全市对外开放工作会议上的讲话");
    }

    #[test]
    fn a_rewrite_keeps_comments_key_names_and_unchanged_entries() {
        let original = "# 提纲\n地区: 柳州市  # 地区\nmeeting: 全市会议\n\n# 成绩\n成绩:\n  - heading: 甲\n    # 要点\n    points: [一]\n字数: 3000\n";
        let old = Brief::from_yaml(original, "t").unwrap();
        let mut new = old.clone();
        new.achievements[0].points.push("二".into());
        new.choices = Some(Choices { seed: Some(2), ..Choices::default() });
        let out = Brief::rewrite(original, &old, &new).unwrap();
        assert!(
            out.starts_with("# 提纲\n地区: 柳州市  # 地区\nmeeting: 全市会议\n\n# 成绩\n成绩:\n"),
            "{out}"
        );
        assert!(out.contains("字数: 3000\nchoices:\n  seed: 2\n"), "{out}");
        assert_eq!(Brief::from_yaml(&out, "t").unwrap(), new);
        // Nothing changed: the text as it was.
        assert_eq!(Brief::rewrite(original, &old, &old).unwrap(), original);
    }

    #[test]
    fn a_rewrite_never_expands_an_alias() {
        let original = "locality: 柳州市\nmeeting: 会\nachievements:\n  - &a {heading: 甲}\nmeasures:\n  - *a\nlength: 3000\n";
        let old = Brief::from_yaml(original, "t").unwrap();
        let mut new = old.clone();
        new.measures[0].heading = Some("乙".into());
        assert_eq!(Brief::rewrite(original, &old, &new), None);
        // An entry without anchors is rewritten, and the aliases elsewhere stay as written.
        new = old.clone();
        new.length = Some(2000);
        let out = Brief::rewrite(original, &old, &new).unwrap();
        assert!(
            out.contains("  - &a {heading: 甲}\nmeasures:\n  - *a\n") && out.ends_with("length: 2000\n"),
            "{out}"
        );
    }

    #[test]
    fn bad_date_has_position() {
        let e = Brief::from_yaml("locality: 柳州市\nmeeting: 会\ndate: 2026-02-30\n", "b.yaml").unwrap_err();
        let s = e.to_string();
        assert!(s.contains("b.yaml:3:7") && s.contains("不是有效日期：2026年2月只有28天"), "{s}");
        assert!(Date::parse("2026-13-01").unwrap_err().contains("没有13月"));
        assert!(Date::parse("2024-02-29").is_ok());
        assert_eq!(Date::parse("２０２６年３月１５日"), Date::parse("2026-03-15"));
        assert!(Date::parse("２０２６－０３－１５").is_ok());
    }
}

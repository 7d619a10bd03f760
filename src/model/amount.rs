//! Numbers as writers type them: `１２５０.６`, `1,250.6`, `8.3%`, `下降3.2`, `1250.6亿元`. Each is
//! read into the plain decimal a brief stores (`Number`), with the unit split off where one was
//! typed, so the prompt can accept it and echo what it understood (`· 1250.6 亿元`).

use crate::model::{Bound, Number};

/// A figure's value as typed, with the unit when one followed the digits.
#[derive(Debug, Clone, PartialEq)]
pub struct Amount {
    pub number: Number,
    pub unit: Option<String>,
}

/// Words before a number that give its sign: 下降3.2 is −3.2.
pub const FALLING: &[&str] = &["下降", "减少", "下滑", "回落", "降低", "缩短", "负"];
/// Words before a number that say it rose: 增长3.2 is 3.2.
pub const RISING: &[&str] = &["增长", "增加", "提高", "上升", "延长", "正"];

/// Words before a number that say it is not exact (`约12.3亿美元`, `近3亿元`, `超过100家`), the
/// longer first. They stay with the number (`Bound`) and are drafted where typed.
pub const BOUNDS_BEFORE: &[&str] = &["超过", "约", "近", "超", "逾"];
/// Words after a number's unit that say it is not exact (`增长8%以上`, `830亿元左右`).
pub const BOUNDS_AFTER: &[&str] = &["以上", "左右", "以内", "以下"];

/// Full-width digits, point, signs and percent as their ASCII twins; other characters kept.
fn half_width(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match crate::text::half_width_digit(c) {
            '．' | '。' => '.',
            '－' | '−' | '—' => '-',
            '＋' => '+',
            '％' => '%',
            '，' => ',',
            c => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// The number at the start of `text` (sign and thousands separators allowed) and what follows.
fn leading_number(text: &str) -> Option<(String, &str)> {
    let mut digits = String::new();
    let mut end = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    if let Some(&b) = bytes.first()
        && (b == b'-' || b == b'+')
    {
        if b == b'-' {
            digits.push('-');
        }
        i = 1;
    }
    let mut seen_point = false;
    let mut seen_digit = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            digits.push(b as char);
            seen_digit = true;
            end = i + 1;
        } else if b == b'.' && !seen_point && bytes.get(i + 1).is_some_and(u8::is_ascii_digit) {
            digits.push('.');
            seen_point = true;
        } else if b == b','
            && seen_digit
            && !seen_point
            && bytes.get(i + 1..i + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
        {
            // A thousands separator: exactly three digits follow.
        } else {
            break;
        }
        i += 1;
    }
    seen_digit.then(|| (digits, &text[end..]))
}

/// `text` as a signed number and the rest after it, with 下降/增长 read as a sign and a bound word
/// before the digits kept with the number (`约12.3`, `增长约8`).
fn signed(text: &str) -> Result<(Number, String), String> {
    let t = half_width(text);
    let before = |t: &str| BOUNDS_BEFORE.iter().find_map(|w| t.strip_prefix(w).map(|r| (*w, r.to_string())));
    let (about, t) = before(&t).map_or((None, t), |(w, r)| (Some(w), r));
    let (sign, body) = FALLING
        .iter()
        .find_map(|w| t.strip_prefix(w).map(|r| ("-", r)))
        .or_else(|| RISING.iter().find_map(|w| t.strip_prefix(w).map(|r| ("", r))))
        .unwrap_or(("", t.as_str()));
    let (about, body) = match about {
        None => before(body).map_or((None, body.to_string()), |(w, r)| (Some(w), r)),
        Some(w) => (Some(w), body.to_string()),
    };
    let not_a_number =
        || format!("“{}”不是数字（写阿拉伯数字，如 12.3；下降写 -3.2 或 下降3.2）", text.trim());
    let (digits, rest) = leading_number(&body).ok_or_else(not_a_number)?;
    let digits = match (sign, digits.strip_prefix('-')) {
        ("-", Some(_)) => return Err(not_a_number()),
        ("-", None) => format!("-{digits}"),
        _ => digits,
    };
    let number = Number::parse(&digits).map_err(|_| not_a_number())?;
    Ok((number.with_bound(Bound { before: about, after: None }), rest.to_string()))
}

/// `rest` after the digits without a bound word at its end (`亿元以上` → `亿元`, 以上), the word
/// added to `number`'s bound.
fn bound_after(number: Number, rest: &str) -> (Number, String) {
    match BOUNDS_AFTER.iter().find_map(|w| rest.strip_suffix(w).map(|r| (*w, r))) {
        Some((w, r)) => {
            let bound = Bound { after: Some(w), ..number.bound() };
            (number.with_bound(bound), r.to_string())
        }
        None => (number, rest.to_string()),
    }
}

/// A figure's value, optionally followed by its unit (`1250.6亿元`, `12个`).
pub fn amount(text: &str) -> Result<Amount, String> {
    let (number, rest) = signed(text)?;
    // 12。 — an input method's full stop after the digits.
    let (number, rest) = bound_after(number, rest.trim_end_matches('.'));
    if rest.chars().any(|c| c.is_ascii_digit()) {
        return Err(format!("“{}”里有不止一个数字", text.trim()));
    }
    Ok(Amount { number, unit: (!rest.is_empty()).then_some(rest) })
}

/// A figure's value that is a total (进出口总额, 项目个数): an amount that is not negative. A fall
/// is its growth's to say: `-12.5亿元` was taken and drafted `进出口总额-12.5亿元` (review 26).
pub fn quantity(text: &str) -> Result<Amount, String> {
    // `增长10%` at a value: the goal came out `外贸进出口10%` (tty 30, D4). Its growth has its own
    // question, and its own field.
    let t = half_width(text);
    // (`+10%` too: a plus is a rise, tty 32.)
    let word = FALLING.iter().chain(RISING).copied().find(|w| t.starts_with(*w));
    if let Some(w) = word.or(t.starts_with('+').then_some("增长")) {
        return Err(format!(
            "“{}”是{w}多少，不是数值：数值写总量（如 12.5亿元），{w}多少写在后面“增长”的一问里（如 {w}3.2）",
            text.trim()
        ));
    }
    let a = amount(text)?;
    if a.number.is_negative() {
        return Err(format!(
            "“{}”是负数：数值写总量（如 12.5亿元），比上年下降写在“增长”里（如 下降3.2）",
            text.trim()
        ));
    }
    Ok(a)
}

/// How a change in percentage points is written after the digits.
const POINTS: [&str; 2] = ["个百分点", "百分点"];

/// A percentage (a growth, a completion rate): `8.3`, `8.3%`, `８.３％`, `下降3.2`. Not `8.5个百分点`:
/// a change in points is no rate of growth, and was drafted `增长8.5%` (review 26).
pub fn percent(text: &str) -> Result<Number, String> {
    let (number, rest) = signed(text)?;
    let (number, rest) = bound_after(number, &rest);
    match rest.as_str() {
        "" | "%" => Ok(number),
        r if POINTS.contains(&r) => Err(format!(
            "“{}”是百分点的变化，不是增长率：这里写增长百分数（如 8.5 或 8.5%）；提高或下降几个百分点请写进要点",
            text.trim()
        )),
        _ => Err(format!("“{}”不是百分数（写 8.3、8.3% 或 8%以上，下降写 -3.2）", text.trim())),
    }
}

/// A growth in percent as typed (`8.3`, `下降3.2`), within what a growth can be (`check_growth`).
pub fn growth(text: &str) -> Result<Number, String> {
    let n = percent(text)?;
    check_growth(&n)?;
    Ok(n)
}

/// A share of a target completed as typed (`105`, `98.6%`), within what one can be
/// (`check_completion`).
pub fn completion(text: &str) -> Result<Number, String> {
    let n = percent(text)?;
    check_completion(&n)?;
    Ok(n)
}

/// A growth rate in percent, which no fall takes below -100 (`下降120%` is a slip: a sign, a
/// decimal point, or the value typed as its growth). The brief's loader, `new` and `edit` ask
/// this one question.
pub fn check_growth(n: &Number) -> Result<(), String> {
    if n.value() < -100.0 {
        return Err(format!(
            "“{}”不是可能的增长率：下降不会超过 100%（负数表示下降，如 -3.2 读作“下降3.2%”）",
            n.as_str()
        ));
    }
    Ok(())
}

/// A share of a target completed, which is never below nothing (`完成目标的-5%`, fuzz 28; `减少3.4%`
/// typed one question late in `new`, tty 30).
pub fn check_completion(n: &Number) -> Result<(), String> {
    // (`完成目标的105%以上` says no more than the share itself; a share is a fact, not a bound.)
    if !n.bound().is_none() {
        return Err(format!("“{n}”：完成率写完成了目标的百分之几（如 105），不带“约”“以上”等字"));
    }
    if n.is_negative() {
        return Err(format!(
            "“{}”不是可能的完成率：完成了目标的百分之几，不会是负数（如 105 读作“完成目标的105%”）",
            n.as_str()
        ));
    }
    Ok(())
}

/// A rank as typed: where, and which place (`全省第3位`). Digits alone say neither where nor, at
/// `0`, any place: drafted `位居0` (tty 32).
pub fn check_rank(text: &str) -> Result<(), String> {
    let t = half_width(text);
    if !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(format!("“{}”只有数字：写明在哪里排第几，如 全省第3位", text.trim()));
    }
    Ok(())
}

/// A percentage or a change in percentage points, for a placeholder that stands before either
/// (`提高x个百分点` answered 1.5个百分点).
pub fn percent_or_points(text: &str) -> Result<Number, String> {
    match signed(text)? {
        (number, rest) if POINTS.contains(&rest.as_str()) => Ok(number),
        _ => percent(text),
    }
}

/// How a figure's value reads back: `1250.6 亿元`.
pub fn show_amount(a: &Amount) -> String {
    match &a.unit {
        Some(u) => a.number.said(&format!(" {u}")),
        None => a.number.said(""),
    }
}

/// How a growth reads back: `8.3%`, `-3.2%（下降 3.2%）`.
pub fn show_growth(n: &Number) -> String {
    if n.is_negative() { format!("{}（下降 {}）", n.said("%"), n.said_abs("%")) } else { n.said("%") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(text: &str) -> (String, Option<String>) {
        let a = amount(text).unwrap();
        (a.number.as_str().to_string(), a.unit)
    }

    #[test]
    fn figures_are_read_as_writers_type_them() {
        assert_eq!(a("1250.6"), ("1250.6".into(), None));
        assert_eq!(a("１２５０.６"), ("1250.6".into(), None));
        assert_eq!(a("１２５０．６"), ("1250.6".into(), None));
        assert_eq!(a("1,250.6"), ("1250.6".into(), None));
        assert_eq!(a("1250.6亿元"), ("1250.6".into(), Some("亿元".into())));
        assert_eq!(a(" 86.2 亿美元 "), ("86.2".into(), Some("亿美元".into())));
        assert_eq!(a("下降3.2"), ("-3.2".into(), None));
        assert!(amount("十二").is_err());
        assert!(amount("12亿3").is_err());
        // Not a thousands separator (two digits follow): refused rather than guessed.
        assert!(amount("1,25").is_err());
    }

    #[test]
    fn percentages_take_a_percent_sign_and_a_falling_word() {
        let p = |t: &str| percent(t).map(|n| n.as_str().to_string());
        assert_eq!(p("8.3%"), Ok("8.3".into()));
        assert_eq!(p("8.3％"), Ok("8.3".into()));
        assert_eq!(p("８.３％"), Ok("8.3".into()));
        assert_eq!(p("下降3.2"), Ok("-3.2".into()));
        assert_eq!(p("下降3.2%"), Ok("-3.2".into()));
        assert_eq!(p("-3.2"), Ok("-3.2".into()));
        assert_eq!(p("增长12"), Ok("12".into()));
        assert!(p("下降-3").is_err());
        assert!(p("8.3亿元").is_err());
        let e = p("8.5个百分点").unwrap_err();
        assert!(e.contains("是百分点的变化，不是增长率"), "{e}");
        assert_eq!(percent_or_points("8.5个百分点").map(|n| n.as_str().to_string()), Ok("8.5".into()));
        let e = quantity("-12.5亿元").unwrap_err();
        assert!(e.contains("是负数"), "{e}");
        assert_eq!(quantity("12.5亿元").map(|a| a.unit), Ok(Some("亿元".into())));
        assert_eq!(show_growth(&percent("下降3.2").unwrap()), "-3.2%（下降 3.2%）");
    }

    /// Review 53 A14: `8%以上` and `约3亿元` were refused, and the writer who dropped the word had
    /// the draft say exactly 8%. The word stays with the number, where it was typed.
    #[test]
    fn a_bound_word_stays_with_its_number() {
        let said = |a: Amount| a.number.said(a.unit.as_deref().unwrap_or(""));
        assert_eq!(amount("约3亿元").map(said), Ok("约3亿元".into()));
        assert_eq!(amount("830亿元以上").map(said), Ok("830亿元以上".into()));
        assert_eq!(amount("超过１００个").map(said), Ok("超过100个".into()));
        assert_eq!(amount("830以上").map(|a| (a.number.to_string(), a.unit)), Ok(("830以上".into(), None)));
        let a = amount("830亿元以上").unwrap();
        assert_eq!((a.number.as_str(), a.unit.as_deref()), ("830", Some("亿元")));
        let p = |t: &str| percent(t).map(|n| n.said("%"));
        assert_eq!(p("8%以上"), Ok("8%以上".into()));
        assert_eq!(p("8以上"), Ok("8%以上".into()));
        assert_eq!(p("增长约8%"), Ok("约8%".into()));
        assert_eq!(p("约增长8%"), Ok("约8%".into()));
        assert_eq!(
            percent("下降3.2%左右").map(|n| (n.value(), n.said_abs("%"))),
            Ok((-3.2, "3.2%左右".into()))
        );
        assert_eq!(show_growth(&percent("8%以上").unwrap()), "8%以上");
        // Not a word of the lists, nor one twice: refused as before.
        assert!(percent("8%多").is_err() && amount("约约3").is_err() && percent("8以上以上").is_err());
        // A completion is a share done, not a bound.
        let e = completion("105%以上").unwrap_err();
        assert!(e.contains("不带“约”“以上”"), "{e}");
    }

    /// tty 30: a goal's value typed `增长10%` was saved as 10 %, and a completion typed `减少3.4%`
    /// was saved and then refused by the brief's loader, which locked the writer out of `new`.
    #[test]
    fn each_figure_field_takes_only_what_it_can_hold() {
        for typed in ["增长10%", "下降3.4", "提高2", "+10%"] {
            let e = quantity(typed).unwrap_err();
            assert!(e.contains("不是数值") && e.contains("写在后面“增长”的一问里"), "{typed}: {e}");
        }
        let e = completion("减少3.4%").unwrap_err();
        assert!(e.contains("“-3.4”不是可能的完成率"), "{e}");
        assert_eq!(completion("105").map(|n| n.as_str().to_string()), Ok("105".into()));
        let e = growth("下降120").unwrap_err();
        assert!(e.contains("“-120”不是可能的增长率"), "{e}");
        assert_eq!(growth("下降3.2").map(|n| n.as_str().to_string()), Ok("-3.2".into()));
        let e = check_rank("3").unwrap_err();
        assert!(e.contains("“3”只有数字") && e.contains("全省第3位"), "{e}");
        assert!(check_rank("0").is_err() && check_rank("全省第３位").is_ok() && check_rank("前列").is_ok());
    }
}

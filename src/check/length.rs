//! `length`: the speech against the brief's target length (`length`, default 3,500 字 ≈ 15 minutes),
//! ±15%. Length counts the speech text only — headings and paragraphs, no whitespace, no title,
//! date line or `--explain` notes — and speaking time is at 230 字 a minute (the middle of the
//! 220–250 a speaker manages).

use super::{Doc, Finding, Rule, body_chars};
use crate::model::Brief;
use crate::model::draft::CHARS_PER_MINUTE;

/// Characters of speech text and speaking minutes (one decimal).
pub fn measure(doc: &Doc) -> (usize, f64) {
    let chars = body_chars(doc);
    (chars, minutes(chars))
}

fn minutes(chars: usize) -> f64 {
    (chars as f64 / CHARS_PER_MINUTE * 10.0).round() / 10.0
}

pub fn check(doc: &Doc, brief: &Brief) -> Vec<Finding> {
    let (chars, mins) = measure(doc);
    let target = brief.length() as usize;
    let window = crate::model::draft::length_window(target);
    let (low, high) = (*window.start(), *window.end());
    if window.contains(&chars) {
        return Vec::new();
    }
    let (how, by) = if chars < low { ("偏短", target - chars) } else { ("偏长", chars - target) };
    // A brief without `length` asked for nothing: the target is the genre's default, said as such.
    let whose = if brief.length.is_some() { "提纲要求" } else { "提纲没写篇幅，按默认" };
    vec![Finding::whole(
        Rule::Length,
        format!(
            "篇幅{how}：全文 {chars} 字，约 {mins} 分钟；{whose} {target} 字（约 {} 分钟，允许 {low}–{high} 字）",
            minutes(target)
        ),
        if chars < low { format!("增补约 {by} 字") } else { format!("压缩约 {by} 字") },
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brief(length: u32) -> Brief {
        Brief::from_yaml(&format!("locality: 柳州市\nmeeting: 会\nlength: {length}\n"), "b").unwrap()
    }

    #[test]
    fn within_fifteen_percent_passes() {
        let text = format!("# 题目不计\n\n（2026年3月15日）\n\n{}\n", "字".repeat(100));
        let doc = Doc::parse(&text, true);
        assert_eq!(measure(&doc), (100, 0.4));
        assert!(check(&doc, &brief(115)).is_empty());
        assert!(check(&doc, &brief(87)).is_empty());
        let f = check(&doc, &brief(120));
        assert!(f.len() == 1 && f[0].at.is_none() && f[0].message.contains("偏短"), "{f:?}");
        let f = check(&doc, &brief(80));
        assert!(f.len() == 1 && f[0].suggestion.contains("压缩约 20 字"), "{f:?}");
        assert!(f[0].message.contains("提纲要求 80 字"), "{f:?}");
        // No `length`: the default, not a request of the brief's (review 25).
        let f = check(&doc, &Brief::from_yaml("locality: 柳州市\nmeeting: 会\n", "b").unwrap());
        assert!(f[0].message.contains("提纲没写篇幅，按默认 3500 字"), "{f:?}");
    }
}

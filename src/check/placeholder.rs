//! `placeholder`: what must never reach the leader — a mask left from a template or a scraped speech
//! (`xx亿美元`, `**同志`, `某某`: the same detection `fill` uses, `mask::find`), template syntax
//! (`{{locality}}`, `{{#each}}`, `}}`), and HTML escaping (`&amp;`, `&lt;`, `&#39;`) from a tool that
//! escaped text meant for a web page. Also a Markdown heading with nothing but its number.

use super::{Doc, Finding, Rule};
use crate::mask::{self, MaskKind};

/// HTML entities a draft can pick up (named ones a template engine writes, and numeric ones).
const ENTITIES: [&str; 7] = ["&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&nbsp;", "&ldquo;"];

pub fn check(doc: &Doc) -> Vec<Finding> {
    let mut findings = Vec::new();
    // Byte ranges (in the whole text) already reported, so a `{{slot}}` found both by `mask::find`
    // and by the template-syntax scan is reported once.
    let mut taken: Vec<(usize, usize)> = Vec::new();

    for line in doc.lines.iter().filter(|l| printed(l)) {
        if findings.len() >= super::MAX_PER_RULE {
            break;
        }
        let text = line.raw;
        let mut i = line.start;
        while i < text.len() {
            let rest = &text[i..];
            if let Some(len) = template_syntax(rest) {
                let token = &rest[..len];
                findings.push(Finding::at(
                    Rule::Placeholder,
                    line,
                    i,
                    format!("残留模板语法“{token}”"),
                    "删去模板标记，换成实际内容",
                ));
                taken.push((line.offset + i, line.offset + i + len));
                i += len;
            } else if let Some(len) = entity(rest) {
                let token = &rest[..len];
                findings.push(Finding::at(
                    Rule::Placeholder,
                    line,
                    i,
                    format!("残留 HTML 转义“{token}”"),
                    format!("改为“{}”", unescape(token)),
                ));
                taken.push((line.offset + i, line.offset + i + len));
                i += len;
            } else {
                i += rest.chars().next().map_or(1, char::len_utf8);
            }
        }
    }

    // A heading with nothing but its number (`## 二、`, `### （三）`): a slot that rendered empty.
    for line in doc.lines.iter().filter(|l| matches!(l.kind, super::LineKind::Heading(_))) {
        let words = line
            .text()
            .trim_start_matches(|c: char| "一二三四五六七八九十0123456789、.．（）() 　".contains(c));
        if words.trim().is_empty() {
            findings.push(Finding::at(
                Rule::Placeholder,
                line,
                line.start,
                format!("空标题“{}”", line.text().trim()),
                "补上标题文字，或删去这一行",
            ));
        }
    }

    // `taken` is in text order and its ranges do not overlap: the first one ending after a mask's
    // start is the only one that can overlap it.
    for p in mask::find(doc.text) {
        if findings.len() >= super::MAX_PER_RULE {
            break;
        }
        let k = taken.partition_point(|&(_, e)| e <= p.start);
        if taken.get(k).is_some_and(|&(s, _)| s < p.end) {
            continue;
        }
        let Some((line, at)) = doc.locate(p.start) else { continue };
        if !printed(line) || at < line.start {
            continue;
        }
        let what = if p.kind == MaskKind::Unknown { "内容" } else { p.kind.label() };
        findings.push(Finding::at(
            Rule::Placeholder,
            line,
            at,
            format!("残留占位符“{}”（应填写{what}）", p.token),
            format!("填写实际{what}，或用 `jianggao fill` 逐个填写"),
        ));
    }
    findings
}

/// Whether a line is printed for the leader: the body, the title, and the speaker and date line
/// under it, where `（xx市长　2026年3月15日）` kept its mask past `check` though `fill` and `export`
/// saw it (review 44).
fn printed(line: &super::doc::Line) -> bool {
    line.is_body() || matches!(line.kind, super::LineKind::Title | super::LineKind::Subtitle)
}

/// Length of a template token at the start of `s`: `{{…}}` (up to the closing braces on the same
/// line), or a stray `{{`, `}}`, `{%`, `%}`.
fn template_syntax(s: &str) -> Option<usize> {
    if let Some(inner) = s.strip_prefix("{{") {
        // Only the next 60 bytes can hold the close: a line of `{{{{…` stays linear.
        let window = &inner[..inner.floor_char_boundary(inner.len().min(62))];
        let close = window.find("}}").filter(|&c| c <= 60 && !inner[..c].contains('\n'));
        return Some(close.map_or(2, |c| c + 4));
    }
    ["}}", "{%", "%}"].iter().find(|t| s.starts_with(**t)).map(|t| t.len())
}

/// Length of an HTML entity at the start of `s`: one of `ENTITIES`, or `&#123;` / `&#x1F;`.
fn entity(s: &str) -> Option<usize> {
    if !s.starts_with('&') {
        return None;
    }
    if let Some(e) = ENTITIES.iter().find(|e| s.starts_with(**e)) {
        return Some(e.len());
    }
    let rest = s.strip_prefix("&#")?;
    let (digits, hex) = match rest.strip_prefix(['x', 'X']) {
        Some(h) => (h, true),
        None => (rest, false),
    };
    let n =
        digits.chars().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() }).count();
    (n > 0 && digits[n..].starts_with(';')).then(|| 2 + usize::from(hex) + n + 1)
}

fn unescape(entity: &str) -> String {
    match entity {
        "&amp;" => "&".into(),
        "&lt;" => "<".into(),
        "&gt;" => ">".into(),
        "&quot;" | "&ldquo;" => "“".into(),
        "&apos;" => "’".into(),
        "&nbsp;" => "空格".into(),
        _ => {
            let body = entity.trim_start_matches("&#").trim_end_matches(';');
            let n = match body.strip_prefix(['x', 'X']) {
                Some(h) => u32::from_str_radix(h, 16).ok(),
                None => body.parse().ok(),
            };
            n.and_then(char::from_u32).map_or_else(|| entity.to_string(), String::from)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(usize, usize, String)> {
        crate::check::placed(check(&Doc::parse(text, true)), |f| f.message)
    }

    #[test]
    fn template_syntax_and_entities() {
        let f = found("# 题\n\n{{locality}}要抓好招商。\n外资&amp;外贸，&#39;好&#x4E00;。\n");
        assert_eq!(f.len(), 4, "{f:?}");
        assert_eq!((f[0].0, f[0].1), (3, 1));
        assert!(f[0].2.contains("{{locality}}"));
        assert_eq!((f[1].0, f[1].1), (4, 3));
        assert_eq!((f[2].0, f[2].1), (4, 11));
        assert_eq!((f[3].0, f[3].1), (4, 17));
    }

    #[test]
    fn a_mask_in_the_speaker_and_date_line_is_found() {
        let f = found("# 在xx会议上的讲话\n\n（xx市长　2026年3月15日）\n\n同志们：\n\n正文。\n");
        assert_eq!(f.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(), [(1, 4), (3, 2)], "{f:?}");
        // As `fill` finds them: the same masks.
        let text = "# 在xx会议上的讲话\n\n（xx市长　2026年3月15日）\n";
        assert_eq!(crate::fill::items(text).len(), f.len());
    }

    #[test]
    fn empty_headings() {
        let f = found("# 题\n## 一、成绩\n## 二、\n### （一）\n#### 1. 招商\n");
        assert_eq!(f.iter().map(|x| (x.0, x.1)).collect::<Vec<_>>(), [(3, 4), (4, 5)], "{f:?}");
        assert!(f[0].2.contains("空标题“二、”"));
    }

    #[test]
    fn plain_text_is_clean() {
        assert!(found("# 题\n\nAT&T 与外资企业合作，R&D 投入增长12%。\n").is_empty());
    }
}

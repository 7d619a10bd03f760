//! Template comments emptied before compiling.
//!
//! handlebars-rust records the line and column of every template element, and pest computes each
//! by scanning the template from its first byte: compiling costs time in proportion to the length
//! of the text *before* each element. Our templates open with long `{{!-- --}}` comments quoting
//! the seed they follow (docs for the writer who edits them), and compiling was the largest cost of
//! a draft. A comment renders as nothing, so its words are dropped and only its line breaks kept:
//! the comment stays a comment (a standalone one still takes its line with it), the output is the
//! same, and every later element keeps its line number for error messages.

use std::borrow::Cow;

/// `text` with every comment's words removed, its delimiters and line breaks kept.
pub fn strip(text: &str) -> Cow<'_, str> {
    if !text.contains("{{!") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("{{!") {
        let (before, from) = rest.split_at(start);
        let (open, close) = if from.starts_with("{{!--") { ("{{!--", "--}}") } else { ("{{!", "}}") };
        let Some(end) = from[open.len()..].find(close).map(|i| open.len() + i) else { break };
        out.push_str(before);
        out.push_str(open);
        out.extend(from[open.len()..end].chars().filter(|&c| c == '\n'));
        out.push_str(close);
        rest = &from[end + close.len()..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_keep_only_their_line_breaks() {
        let t = "{{!--\n  说明\n  再说明\n--}}\n@title {{title}}\n  {{! 一行 }}\nA{{!-- 行内 --}}B\n";
        assert_eq!(strip(t), "{{!--\n\n\n--}}\n@title {{title}}\n  {{!}}\nA{{!----}}B\n");
        assert_eq!(strip("no comment"), "no comment");
        assert_eq!(strip("{{!-- not closed"), "{{!-- not closed");
    }

    #[test]
    fn the_rendering_is_the_same() {
        let mut hb = handlebars::Handlebars::new();
        let t = "{{!--\n 头注\n--}}\n甲{{x}}\n{{!-- 中间 --}}\n乙{{!-- 行内 --}}丙\n{{! 简 }}\n丁\n";
        hb.register_template_string("a", t).unwrap();
        hb.register_template_string("b", strip(t).as_ref()).unwrap();
        let ctx = serde_json::json!({"x": 1});
        assert_eq!(hb.render("a", &ctx).unwrap(), hb.render("b", &ctx).unwrap());
        assert_eq!(hb.render("b", &ctx).unwrap(), "甲1\n乙丙\n丁\n");
    }
}

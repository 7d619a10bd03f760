//! Splitting cleaned paragraphs into units: titles, headings (with their level), enumerated
//! points (一是… 一要… 第一，…) and plain sentences. Sentences end at 。！？； (closing quotes
//! and brackets stay with them) and at a colon that introduces an enumeration.
//!
//! Numbering is stripped from headings and points: the drafting engine numbers its own text, so a
//! mined `一是要积极申建综合保税区。` is stored as `要积极申建综合保税区。` with role `point`.

use super::clean::{Para, is_han};

/// What a unit is, structurally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The title of a speech (`在全市对外开放工作会议上的讲话`): starts a new speech.
    Title,
    /// A heading: level 1 (`一、`, `第一，`, an unnumbered run-in heading of an article), level 2
    /// (`（一）`), level 3 (`1.`).
    Heading(u8),
    /// One item of an in-paragraph enumeration (`一是`, `一要`, a short `要…。` run-in).
    Point,
    Sentence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub kind: Kind,
    /// Numbering stripped; a heading also loses a trailing 。.
    pub text: String,
    pub line: usize,
    /// Index of the paragraph in the document, and of the unit within it.
    pub para: usize,
    pub index_in_para: usize,
    /// The number a numbered point or heading had (`三是` → 3, `（二）` → 2), 0 for none: a
    /// point numbered 2 or more goes on a series, which stays in one part of the speech.
    pub ordinal: u8,
}

const NUMERALS: &str = "一二三四五六七八九十";

/// The value of a Chinese numeral of one to three characters (一 … 十, 十二, 二十, 二十三); 0 when
/// `s` is not one.
fn numeral_value(s: &str) -> u8 {
    let digit = |c: char| NUMERALS.chars().position(|d| d == c).map_or(0, |k| k as u8 + 1);
    let c: Vec<u8> = s.chars().map(digit).collect();
    match c[..] {
        [d] => d,
        [10, d] if d < 10 => 10 + d,
        [t, 10] if t < 10 => t * 10,
        [t, 10, d] if t < 10 && d < 10 => t * 10 + d,
        _ => 0,
    }
}

fn numeral_prefix(s: &str) -> usize {
    s.char_indices().take_while(|(_, c)| NUMERALS.contains(*c)).last().map_or(0, |(i, c)| i + c.len_utf8())
}

/// The numbering at the start of `s`: (kind, byte length of the numbering to strip).
pub fn numbering(s: &str) -> Option<(Kind, usize)> {
    // 一、
    let n = numeral_prefix(s);
    if n > 0 && n <= 6 {
        let rest = &s[n..];
        if rest.starts_with('、') {
            return Some((Kind::Heading(1), n + '、'.len_utf8()));
        }
        // 一是 / 一是要 / 一要: strip only the enumerator, keep 要.
        if rest.starts_with('是') {
            return Some((Kind::Point, n + '是'.len_utf8()));
        }
        if rest.starts_with('要') && rest.chars().nth(1).is_some_and(|c| c != '求' && c != '素' && c != '点')
        {
            return Some((Kind::Point, n + '要'.len_utf8()));
        }
    }
    // （一）
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(rest) = s.strip_prefix(open) {
            let n = numeral_prefix(rest);
            if n > 0 && rest[n..].starts_with(close) {
                return Some((Kind::Heading(2), open.len_utf8() + n + close.len_utf8()));
            }
        }
    }
    // 第一，
    if let Some(rest) = s.strip_prefix('第') {
        let n = numeral_prefix(rest);
        if n > 0 {
            let after = &rest[n..];
            if let Some(sep) = ['，', '、', ',', '：'].into_iter().find(|c| after.starts_with(*c)) {
                return Some((Kind::Heading(1), '第'.len_utf8() + n + sep.len_utf8()));
            }
        }
    }
    // 1. 1、 1．
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        let rest = &s[digits..];
        if let Some(sep) = ['.', '、', '．'].into_iter().find(|c| rest.starts_with(*c))
            && rest[sep.len_utf8()..].chars().next().is_some_and(is_han)
        {
            return Some((Kind::Heading(3), digits + sep.len_utf8()));
        }
    }
    None
}

/// The number in a numbering `numbering` found (`三是`, `（二）`, `第四，`, `12.`).
fn ordinal(numbering: &str) -> u8 {
    let digits: String = numbering.chars().filter(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        return digits.parse().unwrap_or(0);
    }
    let n: String = numbering.chars().filter(|c| NUMERALS.contains(*c)).collect();
    numeral_value(&n)
}

/// Splits a paragraph's text into sentences: (byte offset, text). A sentence ends at 。！？；
/// (with following closing quotes/brackets) or at a colon followed by an enumeration; the salutation
/// `同志们：` is a piece of its own.
pub fn sentences(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    // Only the characters that can end or start a piece are visited; the text between them is
    // skipped in bulk.
    let interesting = |c: char| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '：' | '下' | '同');
    for (i, m) in text.match_indices(interesting) {
        if i < start {
            continue; // inside closing quotes already taken
        }
        let c = m.chars().next().expect("one char");
        let mut end = None;
        match c {
            '。' | '！' | '？' | '；' | '!' | '?' | ';' => {
                let after = &text[i + c.len_utf8()..];
                let closing: usize = after
                    .chars()
                    .take_while(|q| matches!(q, '”' | '’' | '」' | '』' | '）' | '。' | '！' | '？'))
                    .map(char::len_utf8)
                    .sum();
                end = Some(i + c.len_utf8() + closing);
            }
            '：' => {
                let e = i + c.len_utf8();
                let rest = &text[e..];
                let before = &text[start..i];
                let salutation = before.ends_with("同志们");
                // `今年全市开放招商的主要目标是：…` `较大的项目有：…`: the lead-in is a sentence
                // of its own, and so is what it introduces.
                let introduces =
                    (before.ends_with('是') || before.ends_with('有') || before.ends_with("如下"))
                        && before.chars().take(5).count() >= 5
                        && rest.chars().take(8).count() >= 8;
                if salutation || introduces || numbering(rest).is_some() {
                    end = Some(e);
                }
            }
            // `…抓好贯彻落实，下面，我讲四点意见：`: the transition to the points is a sentence of
            // its own (what came before it, cut at a comma, is left as an unterminated piece).
            '下' if i > start
                && text[..i].ends_with('，')
                && ["下面，我讲", "下面，我就", "下面，我再", "下面我讲"]
                    .iter()
                    .any(|w| text[i..].starts_with(w)) =>
            {
                out.push((start, &text[start..i]));
                start = i;
            }
            // The salutation glued after a title (`…的讲话同志们：`) starts its own piece.
            '同' if text[i..].starts_with("同志们：") && i > start && text[start..i].ends_with("讲话") =>
            {
                out.push((start, &text[start..i]));
                start = i;
            }
            _ => {}
        }
        if let Some(e) = end {
            let piece = &text[start..e];
            if !piece.trim().is_empty() {
                out.push((start, piece));
            }
            start = e;
        }
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        out.push((start, &text[start..]));
    }
    out
}

fn terminated(s: &str) -> bool {
    let s = s.trim_end_matches(['”', '’', '」', '』', '）']);
    s.ends_with(['。', '！', '？', '；', '：'])
}

/// A title line: the speech's own name.
pub fn is_title(s: &str) -> bool {
    let n = s.chars().count();
    !terminated(s)
        && n <= 80
        && (s.ends_with("讲话")
            || s.ends_with("致辞")
            || s.contains("署名文章")
            || (s.starts_with('在') && s.contains("上的")))
}

/// Splits the paragraphs of one document into units.
pub fn units(paras: &[Para]) -> Vec<Unit> {
    units_with(paras, &mut |_, _| {})
}

/// Splits the paragraphs of one document into units, telling `fragment` each piece dropped as a
/// fragment (no end punctuation), with its line.
pub fn units_with(paras: &[Para], fragment: &mut dyn FnMut(usize, &str)) -> Vec<Unit> {
    let mut out = Vec::new();
    for (pi, para) in paras.iter().enumerate() {
        let pieces = sentences(&para.text);
        let count = pieces.len();
        let mut idx = 0;
        for (k, (off, piece)) in pieces.into_iter().enumerate() {
            let line = para.line_at(off);
            let last = k + 1 == count;
            // A sentence never starts with punctuation (a garbled `。，大部分…`).
            let piece = piece.trim().trim_start_matches(['，', '、', '；', '：', '。']);
            let mut push = |kind: Kind, text: &str, ordinal: u8| {
                out.push(Unit { kind, text: text.to_string(), line, para: pi, index_in_para: idx, ordinal });
                idx += 1;
            };
            if is_title(piece) && (pi == 0 || para.standalone || k == 0) {
                push(Kind::Title, piece, 0);
                continue;
            }
            if pi == 0 && para.standalone && count == 1 && !terminated(piece) {
                // The first line of a file with no full stop is its title.
                push(Kind::Title, piece, 0);
                continue;
            }
            if let Some((kind, len)) = numbering(piece) {
                let body = piece[len..].trim_start_matches(['，', ',', ' ']);
                let kind = match kind {
                    // A long （一）/1. item is an enumerated point, not a heading.
                    Kind::Heading(l) if l >= 2 && body.chars().count() > 45 => Kind::Point,
                    Kind::Heading(1) if piece.starts_with('第') && body.chars().count() > 30 => Kind::Point,
                    k => k,
                };
                let body = match kind {
                    Kind::Heading(_) => body.trim_end_matches('。'),
                    _ => body,
                };
                if body.chars().count() >= 2 {
                    push(kind, body, ordinal(&piece[..len]));
                }
                continue;
            }
            if !terminated(piece) {
                // An unterminated piece: a standalone short line is a heading; the tail of a
                // paragraph cut off by the scraper, or a garbled tail, is a fragment.
                if count == 1 && para.standalone && !para.cut && piece.chars().count() <= 30 {
                    push(Kind::Heading(1), piece, 0);
                } else if !piece.is_empty() {
                    fragment(line, piece);
                }
                let _ = last;
                continue;
            }
            push(Kind::Sentence, piece, 0);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mine::clean::clean;

    fn kinds(text: &str) -> Vec<(Kind, String)> {
        units(&clean(text)).into_iter().map(|u| (u.kind, u.text)).collect()
    }

    #[test]
    fn numbered_units_keep_their_number() {
        let ordinals: Vec<(Kind, u8)> = units(&clean(
            "在全市对外开放工作会议上的讲话\n一、回顾\n一是招商引资成效明显。全年签约项目增加。\n八是加强统筹协调推动工作落实。各级要负总责。\n十二是持续优化营商环境。\n（三）项目建设\n第二十一，作风要转变。\n12. 加强督查\n",
        ))
        .into_iter()
        .map(|u| (u.kind, u.ordinal))
        .collect();
        assert_eq!(
            ordinals,
            [
                (Kind::Title, 0),
                (Kind::Heading(1), 1),
                (Kind::Point, 1),
                (Kind::Sentence, 0),
                (Kind::Point, 8),
                (Kind::Sentence, 0),
                (Kind::Point, 12),
                (Kind::Heading(2), 3),
                (Kind::Heading(1), 21),
                (Kind::Heading(3), 12),
            ]
        );
        assert_eq!(
            [numeral_value("十"), numeral_value("二十"), numeral_value("十十"), numeral_value("")],
            [10, 20, 0, 0]
        );
    }

    #[test]
    fn recognises_heading_and_point_numbering() {
        assert_eq!(numbering("一、提升认识，牢固树立开放理念"), Some((Kind::Heading(1), 6)));
        assert_eq!(numbering("（一）扩大招商引资"), Some((Kind::Heading(2), 9)));
        assert_eq!(numbering("(三)项目基础不断夯实"), Some((Kind::Heading(2), 5)));
        assert_eq!(numbering("第一，站位要提升。"), Some((Kind::Heading(1), 9)));
        assert_eq!(numbering("一是要积极申建自贸区。"), Some((Kind::Point, 6)));
        assert_eq!(numbering("十二是持续优化营商环境。"), Some((Kind::Point, 9)));
        assert_eq!(numbering("一要明确招商重点。"), Some((Kind::Point, 6)));
        assert_eq!(numbering("1.加强组织领导"), Some((Kind::Heading(3), 2)));
        assert_eq!(numbering("一带一路建设"), None);
        assert_eq!(numbering("一要求各地"), None);
        assert_eq!(numbering("2021年达到5972.8亿元。"), None);
    }

    #[test]
    fn splits_headings_points_and_sentences() {
        let text = "在全市对外开放工作会议上的讲话\n\n下面，我再强调四点意见：\n一、提升认识，牢固树立开放理念\n\
                    开放是五大发展理念之一。习近平总书记指出，必须坚持对外开放的基本国策。\n\
                    （一）构建现代开放体系是抢抓机遇、融入大局的重要要求。封闭必然落后，开放才能发展。\n\
                    一要明确招商重点。要紧紧围绕体系建设；二要创新招商方式。\n";
        let got = kinds(text);
        let want: Vec<(Kind, &str)> = vec![
            (Kind::Title, "在全市对外开放工作会议上的讲话"),
            (Kind::Sentence, "下面，我再强调四点意见："),
            (Kind::Heading(1), "提升认识，牢固树立开放理念"),
            (Kind::Sentence, "开放是五大发展理念之一。"),
            (Kind::Sentence, "习近平总书记指出，必须坚持对外开放的基本国策。"),
            (Kind::Heading(2), "构建现代开放体系是抢抓机遇、融入大局的重要要求"),
            (Kind::Sentence, "封闭必然落后，开放才能发展。"),
            (Kind::Point, "明确招商重点。"),
            (Kind::Sentence, "要紧紧围绕体系建设；"),
            (Kind::Point, "创新招商方式。"),
        ];
        let got: Vec<(Kind, &str)> = got.iter().map(|(k, t)| (*k, t.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn colon_before_an_enumeration_ends_a_sentence() {
        let got = kinds(
            "下面，我就全市对外开放工作，讲几点意见：第一，站位要提升。党的十八大以来，我们高度重视。\n",
        );
        assert_eq!(got[0], (Kind::Sentence, "下面，我就全市对外开放工作，讲几点意见：".to_string()));
        assert_eq!(got[1], (Kind::Heading(1), "站位要提升".to_string()));
    }

    #[test]
    fn the_transition_to_the_points_is_split_off() {
        let got = kinds("标题\n\n稍后，梁书记还要讲话，请同志们认真学习领会，下面，我讲四点意见：\n");
        assert_eq!(got, vec![(Kind::Title, "标题".into()), (Kind::Sentence, "下面，我讲四点意见：".into())]);
    }

    #[test]
    fn salutation_glued_to_a_title_is_split_off() {
        let got = kinds("标题\n\n某某市委书记在座谈会上的讲话同志们：今天上午，我到市商务局调研。\n");
        assert_eq!(got[1], (Kind::Title, "某某市委书记在座谈会上的讲话".to_string()));
        assert_eq!(got[2], (Kind::Sentence, "同志们：".to_string()));
    }

    #[test]
    fn unterminated_tails_are_dropped() {
        let got = kinds("标题\n\n全市开放工作成绩良好。位居全市第三位\n");
        assert_eq!(
            got,
            vec![(Kind::Title, "标题".into()), (Kind::Sentence, "全市开放工作成绩良好。".into())]
        );
    }
}

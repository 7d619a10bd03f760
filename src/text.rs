//! Text helpers every stage shares: what a Han character is, Chinese numerals, where a sentence
//! ends, and the numbered page fragments of scraped text. A leaf module: it uses nothing of ours, so
//! `mine`, `check`, `fill` and `export` agree on each of these facts by reading them from one place.

/// Whether `word`, found at byte `at` of `text`, stands inside one of `phrases` there (each a
/// longer phrase holding `word`): 外资 inside 县外资金, 一把手 inside 一把手工程.
pub fn inside_any<'p>(
    text: &str,
    word: &str,
    at: usize,
    phrases: impl IntoIterator<Item = &'p String>,
) -> bool {
    phrases.into_iter().any(|p| {
        p.match_indices(word).any(|(k, _)| {
            at.checked_sub(k).and_then(|from| text.get(from..)).is_some_and(|t| t.starts_with(p.as_str()))
        })
    })
}

/// Whether a word standing between `before` and `after` is a whole item of an enumeration (列举),
/// after a 、 and before another 、 or 等: 人才 in `整合土地、金融、人才等方面的政策`. Such a word is
/// an instance of what the sentence is about (政策), not its subject: a sentence does not stand
/// under a heading on 人才 for listing it (reviews 40, 41). The first item is left alone, since the
/// word before a list is often the verb of a run of parallel phrases (`提高站位、统一思想`).
pub fn listed_item(before: &str, after: &str) -> bool {
    before.ends_with('、') && (after.starts_with('、') || after.starts_with('等'))
}

/// Whether `word` occurs in `text`, and only as an item of an enumeration (`listed_item`).
pub fn only_listed(text: &str, word: &str) -> bool {
    let mut found = false;
    for (at, w) in text.match_indices(word) {
        if !listed_item(&text[..at], &text[at + w.len()..]) {
            return false;
        }
        found = true;
    }
    found
}

/// A Han character (CJK ideograph, including the extension planes a rare surname may need).
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{2ffff}')
}

/// A Han character or CJK punctuation / full-width form: what makes a half-width mark "inside
/// Chinese text".
pub fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(c,
            '\u{3000}'..='\u{303f}'   // CJK punctuation 、。〈〉《》「」
            | '\u{ff00}'..='\u{ffef}' // full-width forms ，：；（）
            | '\u{2018}'..='\u{201d}' // ‘’“”
            | '\u{2014}' | '\u{2026}') // —— ……
}

/// 一 … 九十九 as a number; `None` for anything else.
pub fn chinese_number(s: &str) -> Option<u32> {
    let digit = |c: char| "〇一二三四五六七八九".chars().position(|d| d == c).map(|d| d as u32);
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c).filter(|&d| d > 0),
        ['十', u] => digit(*u).filter(|&d| d > 0).map(|d| 10 + d),
        [t, '十'] => digit(*t).filter(|&d| d > 1).map(|d| d * 10),
        [t, '十', u] => Some(digit(*t).filter(|&d| d > 1)? * 10 + digit(*u).filter(|&d| d > 0)?),
        _ => None,
    }
}

/// `n` as Chinese numerals (1 ≤ n < 100): 3 → 三, 12 → 十二, 20 → 二十.
pub fn chinese_numeral(n: u32) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n as usize].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[(n % 10) as usize]),
        20..=99 => format!("{}十{}", D[(n / 10) as usize], D[(n % 10) as usize]),
        _ => n.to_string(),
    }
}

/// An ASCII digit for a full-width one (`１` → `1`), as an input method types them; any other
/// character as it is. Figures, dates and ranks are written in Arabic digits.
pub fn half_width_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        c => c,
    }
}

/// The full-width mark of the register for a half-width one (`,` → `，`), or `None` for a
/// character that has none. `.` is not here: a full stop depends on what it stands between
/// (12.3, 讲稿.docx), which each caller decides.
pub fn full_width(c: char) -> Option<char> {
    Some(match c {
        ',' => '，',
        ';' => '；',
        ':' => '：',
        '?' => '？',
        '!' => '！',
        '(' => '（',
        ')' => '）',
        _ => return None,
    })
}

/// A number at the start of a heading line (`一、` → `（一）` → `1.` → `（1）`): level (1–4), value,
/// and how it is written. `check` counts them; the Word export styles a line by its level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Numbered {
    pub level: usize,
    pub n: u32,
    /// The marks around the number: `、`, `（）`, `()`, `.`, `．` …
    pub style: String,
}

impl Numbered {
    /// The number written in this style: level 2 `（三）`.
    pub fn show(&self, n: u32) -> String {
        let num = if self.level <= 2 { chinese_numeral(n) } else { n.to_string() };
        let mut marks = self.style.chars();
        match (self.level, marks.next(), marks.next()) {
            (2 | 4, Some(open), Some(close)) => format!("{open}{num}{close}"),
            (_, Some(sep), _) => format!("{num}{sep}"),
            _ => num,
        }
    }
}

/// Parses the heading number at the start of `s`.
pub fn heading_number(s: &str) -> Option<Numbered> {
    let mut chars = s.char_indices();
    let (_, first) = chars.next()?;
    if first == '（' || first == '(' {
        let inner: String = s[first.len_utf8()..].chars().take_while(|&c| c != '）' && c != ')').collect();
        let close = s[first.len_utf8() + inner.len()..].chars().next()?;
        let (level, n) = if inner.chars().all(|c| c.is_ascii_digit()) && (1..=2).contains(&inner.len()) {
            (4, inner.parse().ok()?)
        } else {
            (2, chinese_number(&inner)?)
        };
        return Some(Numbered { level, n, style: format!("{first}{close}") });
    }
    if first.is_ascii_digit() {
        let digits: String = s.chars().take_while(char::is_ascii_digit).collect();
        let sep = s[digits.len()..].chars().next()?;
        let after = s[digits.len() + sep.len_utf8()..].chars().next();
        let ok = matches!(sep, '.' | '．' | '、')
            && after.is_some_and(|c| !c.is_ascii_digit())
            && digits.len() <= 2;
        return ok.then(|| Numbered { level: 3, n: digits.parse().unwrap_or(0), style: sep.to_string() });
    }
    let numeral: String = s.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).collect();
    if numeral.is_empty() || numeral.chars().count() > 3 {
        return None;
    }
    let sep = s[numeral.len()..].chars().next()?;
    let n = chinese_number(&numeral)?;
    matches!(sep, '、' | '.' | '．').then(|| Numbered { level: 1, n, style: sep.to_string() })
}

/// The heading level (1 `一、`, 2 `（一）`, 3 `1.`, 4 `（1）`) of the number `text` starts with.
pub fn heading_level(text: &str) -> Option<usize> {
    heading_number(text).filter(|n| n.n > 0).map(|n| n.level)
}

/// `text` without its closing `。；，、！`: a heading or a point written into `一是…。` or a 排比.
pub fn clause(text: &str) -> String {
    text.trim().trim_end_matches(['。', '；', '，', '、', '！', '.', ';', ',']).to_string()
}

/// `text` as a sentence: ending in `。` (or the `！？…` it has), a trailing comma or colon replaced.
pub fn sentence(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() {
        return String::new();
    }
    // A closing quote ends the sentence only when the quoted words end it (…落实。”); after a quoted
    // term (推行“一件事一次办”) the sentence still needs its 。.
    let body = t.trim_end_matches(['”', '」']);
    if body.ends_with(['。', '！', '？', '…']) {
        return t.to_string();
    }
    format!("{}。", t.trim_end_matches(['，', '、', ',', '.', ';', '；', '：', ':']))
}

/// Digits of the first four-digit year in `text` (`2025年` → `2025`).
pub fn year_in(text: &str) -> Option<String> {
    let digits: Vec<char> = text.chars().collect();
    digits.windows(4).find(|w| w.iter().all(char::is_ascii_digit)).map(|w| w.iter().collect())
}

/// Whether `s` ends a sentence (。！？；：, closing quotes and brackets looked through).
pub fn ends_sentence(s: &str) -> bool {
    let s = s.trim_end().trim_end_matches(['”', '’', '」', '）', ')']);
    s.ends_with(['。', '！', '？', '；', '：', '!', '?', ';'])
}

/// `12、…` → (12, byte length of the prefix `12、`).
pub fn fragment_number(line: &str) -> Option<(u32, usize)> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = &line[digits..];
    let sep = ["、", "．"].into_iter().find(|s| rest.starts_with(s))?;
    Some((line[..digits].parse().ok()?, digits + sep.len()))
}

/// For each line, the page-fragment prefix to strip (its byte length and number), when the lines
/// form a run of consecutively numbered page fragments: at least three lines numbered 1, 2, 3 … in
/// order, long (all but the last page), and at least half broken mid-sentence. Document sites cut a speech into numbered
/// "pages" like this (`1、…促`, `2、进…`); a genuine list (`1、…。`) has short items ending in a full
/// stop and is left alone.
pub fn page_fragments<S: AsRef<str>>(lines: &[S]) -> Vec<Option<(usize, u32)>> {
    let mut out = vec![None; lines.len()];
    let numbered: Vec<(usize, u32, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| fragment_number(l.as_ref()).map(|(n, len)| (i, n, len)))
        .collect();
    let mut start = 0;
    while start < numbered.len() {
        if numbered[start].1 != 1 {
            start += 1;
            continue;
        }
        let mut end = start + 1;
        while end < numbered.len() && numbered[end].1 == numbered[end - 1].1 + 1 {
            end += 1;
        }
        let run = &numbered[start..end];
        // The last page may be short; every page before it is a full page.
        let long = run[..run.len() - 1].iter().all(|&(i, _, _)| lines[i].as_ref().chars().count() >= 40);
        let broken =
            run.iter().filter(|&&(i, _, _)| !ends_sentence(lines[i].as_ref())).count() * 2 >= run.len();
        if run.len() >= 3 && long && broken {
            for &(i, n, len) in run {
                out[i] = Some((len, n));
            }
        }
        start = end;
    }
    out
}

/// The speaker as printed: the whole text without spaces, or (`name_only`) what follows the last
/// space. A two-character name padded to the width of three (`副市长　张　伟`, as name lists are
/// typeset) is one name: its two halves are joined (it printed `伟在讲话中指出`, review 26).
pub fn person(text: &str, name_only: bool) -> String {
    let text = text.trim();
    if name_only {
        let words: Vec<&str> = text.split_whitespace().collect();
        let single = |w: &&str| w.chars().count() == 1;
        match words.as_slice() {
            [.., office, first, last] if single(first) && single(last) && !single(office) => {
                format!("{first}{last}")
            }
            [first, last] if single(first) && single(last) => format!("{first}{last}"),
            [.., last] => last.to_string(),
            [] => String::new(),
        }
    } else {
        text.split_whitespace().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_of_a_list_is_not_what_a_sentence_is_about() {
        let policy = "要有效整合土地、金融、人才等方面的政策，优先保障重点工作、重大项目的需求。";
        assert!(only_listed(policy, "人才"));
        assert!(only_listed(policy, "金融"));
        // The first item, the head of the list and words outside it are the sentence's own.
        assert!(!only_listed(policy, "土地"));
        assert!(!only_listed(policy, "政策"));
        assert!(!only_listed(policy, "外贸"));
        // Said once in a list and once on its own, it is what the sentence is about.
        assert!(!only_listed("引进金融、人才等要素，加强人才队伍建设。", "人才"));
        assert!(!only_listed("提高站位、统一思想、狠抓落实。", "狠抓落实"));
        assert!(only_listed("提高站位、统一思想、狠抓落实。", "统一思想"));
    }

    #[test]
    fn chinese_numbers_round_trip() {
        for n in 1..100 {
            assert_eq!(chinese_number(&chinese_numeral(n)), Some(n), "{n}");
        }
        assert_eq!(chinese_number("一十"), None);
        assert_eq!(chinese_number("是"), None);
    }

    #[test]
    fn han_and_cjk() {
        assert!(is_han('镕') && is_han('𠀀') && !is_han('，') && !is_han('a'));
        assert!(is_cjk('，') && is_cjk('“') && is_cjk('汉') && !is_cjk(',') && !is_cjk('1'));
    }

    #[test]
    fn a_run_of_broken_numbered_lines_is_page_fragments_a_list_is_not() {
        let pages = [
            "《讲话》由会员分享",
            "1、某某市委书记在商务局调研全市对外开放工作座谈会上的讲话同志们:今天上午,我到市商务局调研",
            "2、鲜明的特色、是当代中国共产党人最鲜明的品格、是决定当代中国命运的关键一招,我们要深入学习领",
            "3、,用市场化、法治化的思路和方法,推进规则制度向先进地区看齐、与国际通行接轨,决不能穿新鞋走",
        ];
        let found = page_fragments(&pages);
        assert_eq!(found, [None, Some((4, 1)), Some((4, 2)), Some((4, 3))]);
        let list = ["1、加快推进综保区申建。", "2、加快推进口岸建设。", "3、加快推进跨境电商发展。"];
        assert_eq!(page_fragments(&list), [None, None, None]);
        assert!(ends_sentence("要抓落实。”") && !ends_sentence("要抓落") && ends_sentence("意见："));
    }

    #[test]
    fn heading_numbers() {
        assert_eq!(heading_number("一、提升认识").map(|n| (n.level, n.n)), Some((1, 1)));
        assert_eq!(heading_number("（十二）外贸").map(|n| (n.level, n.n)), Some((2, 12)));
        assert_eq!(heading_number("(三)外贸").map(|n| (n.level, n.n, n.style)), Some((2, 3, "()".into())));
        assert_eq!(heading_number("2. 精准招商").map(|n| (n.level, n.n)), Some((3, 2)));
        assert_eq!(heading_number("（2）以商招商").map(|n| (n.level, n.n)), Some((4, 2)));
        assert_eq!(heading_number("12.3亿美元"), None);
        assert_eq!(heading_number("一是要抓项目"), None);
        assert_eq!(heading_number("（2026年3月15日）"), None);
    }
}

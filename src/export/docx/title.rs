//! Breaking a long title. GB/T 9704: 标题回行时，要做到词意完整，排列对称，长短适宜，间距恰当，
//! 标题排列应当使用梯形或菱形. A 2号 title holds 20 characters a line (156 mm / 22 pt); a longer one
//! is broken where the words allow — before 工作会议 / 会议上 / 上的讲话, after 暨 or a comma — choosing
//! the break that makes the lines most even, the upper line the shorter (正梯形，上短下长; guides to
//! the standard advise against the 倒梯形).

/// Characters of 2号 (22 pt) type in the 156 mm 版心 line: 8845 twips / 440 twips.
pub const TITLE_CHARS_PER_LINE: usize =
    (super::layout::TEXT_WIDTH / (super::layout::SIZE_TITLE * 10)) as usize;

/// Words a line may start with.
const BREAK_BEFORE: [&str; 10] = [
    "工作会议",
    "工作大会",
    "电视电话会议",
    "会议精神",
    "会议上",
    "大会上",
    "座谈会上",
    "推进会上",
    "上的讲话",
    "的讲话",
];
/// Words a line may end with.
const BREAK_AFTER: [&str; 5] = ["暨", "，", "、", "——", "："];

/// `title` as lines, each at most `TITLE_CHARS_PER_LINE` characters.
pub fn lines(title: &str) -> Vec<String> {
    let chars: Vec<char> = title.chars().collect();
    let n = chars.len();
    let max = TITLE_CHARS_PER_LINE;
    if n <= max {
        return vec![title.to_string()];
    }
    if n > 2 * max {
        // Three lines or more: rare for a speech; plain breaks every `max` characters.
        return chars.chunks(max).map(|c| c.iter().collect()).collect();
    }
    // Byte offset of each character, to test the words around a break.
    let offsets: Vec<usize> = title.char_indices().map(|(i, _)| i).chain([title.len()]).collect();
    let natural = |i: usize| {
        let (before, after) = title.split_at(offsets[i]);
        let inside_word = BREAK_BEFORE.iter().any(|w| {
            // 会议上 inside 工作会议上 is not a break.
            after.starts_with(w) && !(w.starts_with("会议") && before.ends_with("工作"))
        });
        inside_word || BREAK_AFTER.iter().any(|w| before.ends_with(w))
    };
    // Each line fits: the upper line has i characters, the lower n − i.
    let candidates = (n - max..=max).filter(|&i| i > 0 && i < n);
    let cost = |i: usize| {
        let (top, bottom) = (i as f64, (n - i) as f64);
        let uneven = (top - bottom).abs() + if top > bottom { 0.5 } else { 0.0 };
        // A natural break is worth up to 8 characters of unevenness.
        uneven + if natural(i) { 0.0 } else { 8.0 }
    };
    let best = candidates.min_by(|&a, &b| cost(a).total_cmp(&cost(b))).unwrap_or(max);
    vec![chars[..best].iter().collect(), chars[best..].iter().collect()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_stay_on_one_line() {
        assert_eq!(TITLE_CHARS_PER_LINE, 20);
        assert_eq!(lines("在全市对外开放工作会议上的讲话"), ["在全市对外开放工作会议上的讲话"]);
    }

    #[test]
    fn long_titles_break_between_words_narrow_side_up() {
        assert_eq!(
            lines("在柳州市对外开放暨招商引资工作会议上的讲话"),
            ["在柳州市对外开放暨", "招商引资工作会议上的讲话"]
        );
        assert_eq!(
            lines("在贯彻落实全省对外开放工作电视电话会议精神会议上的讲话"),
            ["在贯彻落实全省对外开放工作", "电视电话会议精神会议上的讲话"]
        );
        for t in ["在全市对外开放暨优化营商环境大会上的讲话", "在柳州市对外开放暨招商引资工作会议上的讲话"]
        {
            let l = lines(t);
            assert_eq!(l.concat(), t);
            assert!(l.iter().all(|x| x.chars().count() <= 20), "{l:?}");
        }
    }
}

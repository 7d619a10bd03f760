//! Breaking a long title. GB/T 9704: 标题回行时，要做到词意完整，排列对称，长短适宜，间距恰当，
//! 标题排列应当使用梯形或菱形. A 2号 title holds 20 characters a line (156 mm / 22 pt); a longer one
//! is broken where the words allow — before 工作会议 / 会议上 / 上的讲话, after 暨 or a comma — choosing
//! the break that makes the lines most even, the upper line the shorter (正梯形，上短下长; guides to
//! the standard advise against the 倒梯形).

/// Characters of 2号 (22 pt) type in the 156 mm 版心 line: 8845 twips / 440 twips.
pub const TITLE_CHARS_PER_LINE: usize =
    (super::layout::TEXT_WIDTH / (super::layout::SIZE_TITLE * 10)) as usize;

/// The most lines a title is balanced over (GB/T 9704 titles run to two or three).
const MAX_BALANCED_LINES: usize = 8;

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
const BREAK_AFTER: [&str; 7] = ["暨", "，", "、", "——", "：", " ", "\u{3000}"];

/// What a break costs, in characters of unevenness: a natural break (a space, punctuation, 暨,
/// before 会议上 …) nothing; a break between two words a little; a break inside a word of the
/// vocabulary a lot — 对外开 / 放 is what the standard's 词意完整 forbids.
const BETWEEN_WORDS: f64 = 3.0;
const INSIDE_WORD: f64 = 12.0;

/// The words a title must not be broken inside: the phrasebank's domain dictionary (`dict.txt`:
/// 营商环境, 一带一路 …) and its 公文 words (`generic-words.yaml`: 对外开放, 高质量, 推动 …), as
/// embedded. Read once.
fn vocabulary() -> &'static Vec<String> {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let file = |name: &str| {
            crate::assets::PHRASEBANK.iter().find(|(n, _)| *n == name).map_or("", |(_, text)| *text)
        };
        let mut words: Vec<String> = file("dict.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_whitespace().next())
            .map(str::to_string)
            .collect();
        let generic: Vec<String> =
            crate::yaml::from_str(file("generic-words.yaml"), "generic-words.yaml").unwrap_or_default();
        words.extend(generic);
        words.retain(|w| w.chars().count() >= 2);
        words
    })
}

/// `title` as lines, each at most `TITLE_CHARS_PER_LINE` characters, broken where the words allow
/// into as few lines as fit, as even as the breaks permit, upper lines the shorter.
pub fn lines(title: &str) -> Vec<String> {
    let chars: Vec<char> = title.chars().collect();
    let n = chars.len();
    let max = TITLE_CHARS_PER_LINE;
    if n <= max {
        return vec![title.to_string()];
    }
    // A title of more lines than a page's head holds is no title to balance: the search below
    // costs lines × characters in time and memory (a title of 100,000 characters asked for 5 GB,
    // fuzz run 25), so it is cut at the width.
    if n > max * MAX_BALANCED_LINES {
        return chars.chunks(max).map(|c| c.iter().collect()).collect();
    }
    // Byte offset of each character, to test the words around a break.
    let offsets: Vec<usize> = title.char_indices().map(|(i, _)| i).chain([title.len()]).collect();
    // Character ranges of every vocabulary word in the title.
    let words: Vec<(usize, usize)> = vocabulary()
        .iter()
        .flat_map(|w| {
            let len = w.chars().count();
            title.match_indices(w.as_str()).map(move |(at, _)| (at, len))
        })
        .map(|(at, len)| {
            let start = offsets.iter().position(|&o| o == at).unwrap_or(0);
            (start, start + len)
        })
        .collect();
    let cost_of_break = |i: usize| -> f64 {
        let (before, after) = title.split_at(offsets[i]);
        let natural = BREAK_BEFORE.iter().any(|w| {
            // 会议上 inside 工作会议上 is not a break.
            after.starts_with(w) && !(w.starts_with("会议") && before.ends_with("工作"))
        }) || BREAK_AFTER.iter().any(|w| before.ends_with(w));
        if natural {
            0.0
        } else if words.iter().any(|&(s, e)| s < i && i < e) {
            INSIDE_WORD
        } else {
            BETWEEN_WORDS
        }
    };
    // Visible length of a line: a space at either end of it is dropped.
    let line = |a: usize, b: usize| -> String { chars[a..b].iter().collect::<String>().trim().to_string() };
    let k = n.div_ceil(max);
    let ideal = n as f64 / k as f64;
    // best[j][i]: least cost of setting the first i characters as j lines, with the break taken.
    let mut best = vec![vec![(f64::INFINITY, 0usize); n + 1]; k + 1];
    best[0][0] = (0.0, 0);
    for j in 1..=k {
        for i in 1..=n {
            for from in i.saturating_sub(max + 1)..i {
                let (base, _) = best[j - 1][from];
                let len = line(from, i).chars().count();
                if !base.is_finite() || len == 0 || len > max {
                    continue;
                }
                let uneven = (len as f64 - ideal).abs();
                // 正梯形: an upper line longer than the one below costs half a character more.
                let inverted = if j < k && len as f64 > ideal { 0.5 } else { 0.0 };
                let brk = if i < n { cost_of_break(i) } else { 0.0 };
                let total = base + uneven + inverted + brk;
                if total < best[j][i].0 {
                    best[j][i] = (total, from);
                }
            }
        }
    }
    if !best[k][n].0.is_finite() {
        return chars.chunks(max).map(|c| c.iter().collect()).collect();
    }
    let mut cuts = vec![n];
    let mut i = n;
    for j in (1..=k).rev() {
        i = best[j][i].1;
        cuts.push(i);
    }
    cuts.reverse();
    cuts.windows(2).map(|w| line(w[0], w[1])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_of_a_whole_page_is_cut_at_the_width_at_once() {
        let long = "长".repeat(100_000);
        let got = lines(&long);
        assert_eq!(got.len(), 5000);
        assert!(got.iter().all(|l| l.chars().count() == TITLE_CHARS_PER_LINE));
    }

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

    #[test]
    fn a_title_never_breaks_inside_a_word_of_the_vocabulary() {
        for (title, want) in [
            (
                "坚定不移扩大高水平对外开放 加快打造内陆开放新高地",
                vec!["坚定不移扩大高水平对外开放", "加快打造内陆开放新高地"],
            ),
            (
                "在全县以高水平开放推动高质量发展工作推进会上的讲话",
                vec!["在全县以高水平开放推动", "高质量发展工作推进会上的讲话"],
            ),
            (
                "在全县对外开放工作暨招商引资项目推进会议上的讲话",
                vec!["在全县对外开放工作暨", "招商引资项目推进会议上的讲话"],
            ),
        ] {
            let got = lines(title);
            assert_eq!(got, want, "{title}");
        }
        // Three lines when two cannot hold it, each within the measure.
        let long =
            "在全省深入学习贯彻党的二十届三中全会精神以高水平对外开放推动高质量发展动员部署会议上的讲话";
        let got = lines(long);
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got.concat(), long);
        assert!(got.iter().all(|l| l.chars().count() <= TITLE_CHARS_PER_LINE), "{got:?}");
    }
}

//! `numbering`: numbers at every level count up by one, and each level keeps one way of writing them.
//!
//! Heading levels (at the start of a line): `一、` → `（一）` → `1.` → `（1）`. A number at one level
//! resets the levels below it. In-paragraph series: `一是…二是…`, `一要…二要…`, `第一，…第二，…`; a
//! series runs across paragraphs until the next heading, and a new `一是` starts a new series (so
//! each paragraph may have its own 一是…三是). `一是要…` is a `一是`.
//!
//! Reported: a skipped number (一、二、四、), a repeated one, one out of order, a series that does not
//! start at one, and a style that changes midway (`（一）` then `(二)`; `一是` then `二要`). Each
//! number advised counts as written for the ones after it, so that the advice taken together numbers
//! the level right.

use super::{Doc, Finding, Line, LineKind, Rule};
use crate::text::{Numbered, chinese_number, chinese_numeral, heading_number};

/// An in-paragraph series marker: `一是`, `二要`, `第三，`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Series {
    Shi,
    Yao,
    Di,
}

impl Series {
    fn show(self, n: u32) -> String {
        match self {
            Series::Shi => format!("{}是", chinese_numeral(n)),
            Series::Yao => format!("{}要", chinese_numeral(n)),
            Series::Di => format!("第{}", chinese_numeral(n)),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Series markers in `text` (byte offset, series, number). A marker must follow a boundary (line
/// start, punctuation, space), so 统一是、唯一要、之一是 are not markers.
fn series_markers(text: &str) -> Vec<(usize, Series, u32)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let boundary = prev.is_none_or(|p| "：:；;。，,！？!?、）)】 　“".contains(p));
        if boundary {
            let rest = &text[i..];
            let (body, series_of): (&str, fn(char) -> Option<Series>) =
                if let Some(r) = rest.strip_prefix('第') {
                    (r, |c| matches!(c, '，' | ',' | '、' | '：' | ':').then_some(Series::Di))
                } else {
                    (rest, |c| match c {
                        '是' => Some(Series::Shi),
                        '要' => Some(Series::Yao),
                        _ => None,
                    })
                };
            let numeral: String =
                body.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).take(3).collect();
            if let (Some(n), Some(next)) = (chinese_number(&numeral), body[numeral.len()..].chars().next())
                && let Some(series) = series_of(next)
            {
                // 一是一，二是二 and 要是 are not lists; a numeral run into more Han text is a word.
                if !(series == Series::Di && numeral.chars().count() > 2) {
                    out.push((i, series, n));
                }
            }
        }
        prev = Some(c);
    }
    out
}

#[derive(Debug, Clone)]
struct State {
    last: u32,
    style: String,
}

pub fn check(doc: &Doc) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut levels: [Option<State>; 4] = Default::default();
    let mut series: [Option<u32>; 3] = [None; 3];

    // Scraped text cut into numbered pages (`1、…促` `2、进…`): those numbers are not headings, and
    // a series runs on through them.
    let body: Vec<&Line> = doc.lines.iter().filter(|l| l.is_body() || l.kind == LineKind::Title).collect();
    let texts: Vec<&str> = body.iter().map(|l| l.text()).collect();
    let fragments = crate::text::page_fragments(&texts);

    for (line, fragment) in body.into_iter().zip(fragments) {
        if line.kind == LineKind::Title {
            // Another speech in the same file: it counts from one again.
            levels = Default::default();
            series = [None; 3];
            continue;
        }
        let text = match fragment {
            Some((len, _)) => &line.text()[len..],
            None => line.text(),
        };
        let numbered = if fragment.is_some() { None } else { heading_number(text) };
        let text_start = line.start + (line.text().len() - text.len());
        if numbered.is_some() || matches!(line.kind, LineKind::Heading(_)) {
            series = [None; 3];
        }
        // `(0)` is a page fragment or a comment count, never a list item.
        if let Some(num) = numbered.filter(|n| n.n > 0) {
            // `### 一、` : the Markdown level and the numbering disagree, and the Word export
            // (which styles by Markdown level) would set a level-1 heading in the level-2 face.
            if let LineKind::Heading(h) = line.kind
                && h as usize != num.level
            {
                findings.push(Finding::at(
                    Rule::Numbering,
                    line,
                    line.start,
                    format!("“{}”是第 {} 级序号，却写成了第 {h} 级标题", num.show(num.n), num.level),
                    format!("改用 {} 个 #", num.level + 1),
                ));
            }
            check_heading(line, &num, &mut levels, &mut findings);
        }
        let mut first_of_paragraph = [true; 3];
        for (at, kind, n) in series_markers(text) {
            // A paragraph that opens with a number at or below the last one starts a group of its
            // own (在招商引资方面，…三是…): it is not the previous group's order reversed.
            if std::mem::take(&mut first_of_paragraph[kind.index()])
                && series[kind.index()].is_some_and(|last| n <= last)
            {
                series[kind.index()] = None;
            }
            check_series(line, text_start + at, kind, n, &mut series, &mut findings);
        }
    }
    findings
}

fn check_heading(line: &Line, num: &Numbered, levels: &mut [Option<State>; 4], out: &mut Vec<Finding>) {
    let i = num.level - 1;
    for deeper in levels.iter_mut().skip(i + 1) {
        *deeper = None;
    }
    let at = line.start;
    let written = num.show(num.n);
    match &levels[i] {
        None if num.n != 1 => out.push(Finding::at(
            Rule::Numbering,
            line,
            at,
            format!("本级序号从“{written}”开始，前面没有“{}”", num.show(1)),
            format!("改为“{}”", num.show(1)),
        )),
        None => {}
        Some(state) => {
            // (The number advised is written the level's way: `(四)` after `（一）` is advised
            // `（二）`, which sets its style right too.)
            let level_style = Numbered { style: state.style.clone(), ..num.clone() };
            let expected = level_style.show(state.last + 1);
            let message = if num.n == state.last {
                Some(format!("序号“{written}”重复"))
            } else if num.n > state.last + 1 {
                Some(format!("序号跳号：“{}”之后是“{written}”，缺“{expected}”", num.show(state.last)))
            } else if num.n < state.last {
                Some(format!("序号顺序颠倒：“{}”之后是“{written}”", num.show(state.last)))
            } else {
                None
            };
            if let Some(message) = message {
                out.push(Finding::at(Rule::Numbering, line, at, message, format!("改为“{expected}”")));
                // Counted on as if fixed: what follows is judged against the number advised, so that
                // the advice taken together numbers the level right. (One （二） typed as （三）
                // made the right （三） after it `重复`, advised `改为“（四）”`: review 49.)
                let style = state.style.clone();
                levels[i] = Some(State { last: state.last + 1, style });
                return;
            } else if state.style != num.style {
                let first = Numbered { style: state.style.clone(), ..num.clone() };
                out.push(Finding::at(
                    Rule::Numbering,
                    line,
                    at,
                    format!("同级序号写法前后不一：前面写“{}”，这里写“{written}”", first.show(state.last)),
                    format!("统一写作“{}”", first.show(num.n)),
                ));
            }
        }
    }
    let style = levels[i].as_ref().map_or_else(|| num.style.clone(), |s| s.style.clone());
    levels[i] = Some(State { last: num.n, style });
}

fn check_series(
    line: &Line,
    at: usize,
    kind: Series,
    n: u32,
    series: &mut [Option<u32>; 3],
    out: &mut Vec<Finding>,
) {
    let written = kind.show(n);
    if n == 1 {
        series[kind.index()] = Some(1);
        return;
    }
    match series[kind.index()] {
        Some(last) => {
            let message = if n == last {
                Some(format!("“{written}”重复"))
            } else if n > last + 1 {
                Some(format!("序号跳号：“{}”之后是“{written}”，缺“{}”", kind.show(last), kind.show(last + 1)))
            } else if n < last {
                Some(format!("序号顺序颠倒：“{}”之后是“{written}”", kind.show(last)))
            } else {
                None
            };
            // (Counted on as if fixed, as a heading is: see `check_heading`.)
            series[kind.index()] = Some(n);
            if let Some(message) = message {
                out.push(Finding::at(
                    Rule::Numbering,
                    line,
                    at,
                    message,
                    format!("改为“{}”", kind.show(last + 1)),
                ));
                series[kind.index()] = Some(last + 1);
            }
        }
        None => {
            // Another way of counting running one behind: the style changed midway (一是…二要).
            let other = [Series::Shi, Series::Yao, Series::Di]
                .into_iter()
                .find(|o| *o != kind && series[o.index()] == Some(n - 1));
            match other {
                Some(o) => {
                    out.push(Finding::at(
                        Rule::Numbering,
                        line,
                        at,
                        format!("同一组序号写法前后不一：前面写“{}”，这里写“{written}”", o.show(n - 1)),
                        format!("统一写作“{}”", o.show(n)),
                    ));
                    series[o.index()] = Some(n);
                }
                None => {
                    out.push(Finding::at(
                        Rule::Numbering,
                        line,
                        at,
                        format!("“{written}”前面没有“{}”", kind.show(1)),
                        format!("补上“{}”，或把本组序号从“{}”起重排", kind.show(1), kind.show(1)),
                    ));
                    series[kind.index()] = Some(n);
                }
            }
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
    fn clean_numbering_passes() {
        let text = "# 题\n## 一、甲\n### （一）乙\n#### 1. 丙\n#### 2. 丁\n### （二）戊\n#### 1. 己\n## 二、庚\n\
                    一是要抓项目，二是要抓外贸；三是抓环境。\n一要稳，二要进。\n第一，站位要提升。\n第二，能力要提升。\n\
                    ### （一）新的一组\n一是统一是关键，唯一要做的是落实。二是之一是。\n";
        assert!(found(text).is_empty(), "{:?}", found(text));
    }

    #[test]
    fn skips_repeats_order_and_style() {
        let f = found("# 题\n## 一、甲\n## 二、乙\n## 四、丙\n### （一）丁\n### （三）戊\n### (四)己\n");
        assert_eq!(f.len(), 3, "{f:?}");
        assert_eq!((f[0].0, f[0].1), (4, 4));
        assert!(f[0].2.contains("缺“三、”"), "{}", f[0].2);
        assert_eq!(f[1].0, 6);
        // Counted on as if （三） were （二）: (四) is advised （三）, the level's way.
        assert!(f[2].0 == 7 && f[2].2.contains("缺“（三）”"), "{}", f[2].2);
        let f = found("# 题\n## 一、甲\n### （一）丁\n### （二）戊\n### (三)己\n");
        assert_eq!(f.len(), 1);
        assert!(f[0].2.contains("写法前后不一"), "{}", f[0].2);
    }

    /// The advice, taken together, numbers a level right: one （二） typed as （三） is the one
    /// finding, and the right （三） after it is not `重复` (review 49 was advised `改为“（四）”`,
    /// which broke the numbering); a part taken out is renumbered from there on.
    #[test]
    fn the_advice_taken_together_numbers_the_level_right() {
        let advice = |text: &str| -> Vec<(usize, String)> {
            crate::check::placed(check(&Doc::parse(text, true)), |f| f.suggestion)
                .into_iter()
                .map(|(line, _, s)| (line, s))
                .collect()
        };
        let typo = "# 题\n## 一、甲\n### （一）乙\n### （三）丙\n### （三）丁\n### （四）戊\n";
        assert_eq!(advice(typo), [(4, "改为“（二）”".to_string())]);
        let cut = "# 题\n## 一、甲\n## 二、乙\n## 四、丙\n## 五、丁\n";
        assert_eq!(advice(cut), [(4, "改为“三、”".to_string()), (5, "改为“四、”".to_string())]);
        let twice = "# 题\n一是甲，二是乙，二是丙，三是丁。\n";
        assert_eq!(advice(twice), [(2, "改为“三是”".to_string()), (2, "改为“四是”".to_string())]);
    }

    #[test]
    fn markdown_level_must_match_the_numbering() {
        let f = found("# 题\n## 一、甲\n### 二、乙\n");
        assert_eq!(f.len(), 1, "{f:?}");
        assert!(f[0].0 == 3 && f[0].2.contains("第 1 级序号，却写成了第 2 级标题"), "{f:?}");
    }

    #[test]
    fn series_in_paragraphs() {
        let f = found("# 题\n一是抓项目，三是抓外贸。\n");
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].0, f[0].1), (2, 7));
        assert!(f[0].2.contains("缺“二是”"));
        let f = found("# 题\n第一，抓项目。第三，抓外贸。\n");
        assert!(f.len() == 1 && f[0].2.contains("缺“第二”"), "{f:?}");
        let f = found("# 题\n一是抓项目，二要抓外贸。\n");
        assert!(f.len() == 1 && f[0].2.contains("写法前后不一"), "{f:?}");
        let f = found("# 题\n二是抓项目。\n");
        assert!(f.len() == 1 && f[0].2.contains("前面没有“一是”"), "{f:?}");
        // A new paragraph's 一是 restarts; a heading resets.
        let f = found("# 题\n一是甲，二是乙。\n一是丙，二是丁。\n## 一、戊\n二是己。\n");
        assert!(f.len() == 1 && f[0].0 == 5, "{f:?}");
    }

    fn plain(text: &str) -> Vec<(usize, usize, String)> {
        crate::check::placed(check(&Doc::parse(text, false)), |f| f.message)
    }

    #[test]
    fn page_fragments_and_half_width_marks_do_not_break_a_series() {
        // Seed 001's shape: a site cut the speech into numbered pages; its 第一…第四 run across them,
        // after a half-width `:` and `,`.
        let text = "《讲话.docx》由会员分享，可在线阅读\n\
            1、某某市委书记在商务局调研全市对外开放工作座谈会上的讲话同志们:今天上午,讲几点意见:第一,站位要提升\n\
            2、。要深入学习领会对外开放的重要论述,第二,理念要转变。要坚持以开放促改革、促发展、促创新,推动\n\
            3、,用市场化、法治化的思路和方法推进规则制度与国际通行接轨。第三,平台要建好。要加快推进各类开放平\n\
            4、台整合提升,第五,园区要发展。\n";
        let f = plain(text);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].0, 5);
        assert!(f[0].2.contains("缺“第四”"), "{f:?}");
        // The column is the writer's, counted from the line start with its page number.
        assert_eq!(f[0].1, "4、台整合提升,".chars().count() + 1);
    }

    #[test]
    fn a_second_speech_in_the_file_counts_from_one() {
        // Seed 004's shape: two speeches in one file.
        let text = "在全县对外开放工作会议上的讲话\n同志们:\n一、成绩\n二、问题\n三、措施\n\
            在全县优化营商环境推进会上的讲话\n同志们:\n一、肯定成绩\n二、明确任务\n";
        assert!(plain(text).is_empty(), "{:?}", plain(text));
        let doc = Doc::parse(text, false);
        assert_eq!(doc.lines[5].kind, LineKind::Title);
        // Without the second title the count runs on, and 一、 after 三、 is reported.
        let one = "在全县对外开放工作会议上的讲话\n同志们:\n一、成绩\n二、问题\n三、措施\n一、肯定成绩\n";
        assert_eq!(plain(one).len(), 1);
    }

    #[test]
    fn a_paragraph_opening_below_the_last_number_starts_its_own_group() {
        let f = found("# 题\n在项目方面，一是甲，二是乙，三是丙，四是丁。\n在招商方面，三是戊。二是己。\n");
        assert_eq!(f.len(), 2, "{f:?}");
        assert!(f[0].2.contains("“三是”前面没有“一是”"), "{f:?}");
        assert!(f[1].2.contains("顺序颠倒"), "{f:?}");
    }
}

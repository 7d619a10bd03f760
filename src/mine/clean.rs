//! Cleaning scraped speech text into paragraphs: drop web boilerplate, cut at "试读结束" and at
//! hidden-text markers, re-join page fragments (`1、…2、…` glued into sentences) and lines broken
//! mid-sentence, and normalise punctuation to the full-width forms of the register.
//!
//! Everything here is line-based and allocation-light: it runs before segmentation on every byte
//! of the corpus.

use super::recall::Reason;
pub use crate::text::is_han;
use crate::text::page_fragments;

/// One cleaned paragraph. `marks` maps byte offsets in `text` to the 1-based line of the source
/// file the text from that offset on came from (a paragraph re-joined from several lines has
/// several marks), so every sentence keeps its true source line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Para {
    pub text: String,
    pub marks: Vec<(usize, usize)>,
    /// The text after this paragraph was cut away (a hidden-text marker or "试读结束"): its last,
    /// unterminated sentence is a fragment.
    pub cut: bool,
    /// The paragraph was a line of its own in the source (not re-joined): a candidate heading.
    pub standalone: bool,
}

impl Para {
    /// The source line of byte offset `at`.
    pub fn line_at(&self, at: usize) -> usize {
        let i = self.marks.partition_point(|&(off, _)| off <= at);
        self.marks[i.saturating_sub(1)].1
    }
}

/// Substrings that mark a whole line as site boilerplate (advertising, download notices, contact
/// lines, navigation). A speech never says these.
const BOILERPLATE: &[&str] = &[
    "加微信",
    "客服",
    "扫码",
    "微信咨询",
    "返回顶部",
    "相关推荐",
    "搜索资料",
    "搜索教程",
    "如若转载",
    "注明出处",
    "本站仅提供",
    "本文内容由",
    "互联网用户自发贡献",
    "涉嫌抄袭",
    "由会员分享",
    "在线阅读",
    "下载后查看",
    "立即扫码",
    "上一篇",
    "下一篇",
    "更新时间",
    "私发想要",
    "代查找",
    "查阅全文",
    "写作网",
    "文库",
    "珍藏版",
    "http://",
    "https://",
    "www.",
    "@qq.com",
    "版权所有",
    "免责声明",
    "点击下载",
    "下载文档",
    "全部分类",
    "关注公众号",
    // An editor's note under a speech (a helper's archive, mn27: `根据录音整理。` was a measure).
    "根据录音整理",
    "根据讲话录音整理",
    "有删节",
    "此件公开发布",
];

/// Markers after which the rest of the file is not the speech (a paywall cut).
const END_MARKERS: &[&str] = &["试读结束", "未完，继续阅读", "全文阅读已结束"];

/// A hidden-text marker (`---此处隐藏6237字,下载后查看---`): text is missing here.
const HIDDEN_MARKERS: &[&str] = &["此处隐藏", "以下内容隐藏"];

/// Markdown syntax of a `.md` draft (as `jianggao draft` writes it) removed, line for line so
/// line numbers stay true: heading marks (`## 一、…`), `> 来源：` notes, list marks, and bold
/// (`**加强组织领导**`, which is not the `**` mask of a scraped text).
pub fn strip_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = &line[body.len()..];
        let trimmed = body.trim_start();
        if trimmed.starts_with('>') {
            out.push_str(eol);
            continue;
        }
        let mut rest = trimmed.trim_start_matches('#');
        if rest.len() != trimmed.len() {
            rest = rest.trim_start();
        }
        rest = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("* ")).unwrap_or(rest);
        out.push_str(&unbold(rest));
        out.push_str(eol);
    }
    out
}

/// `**x**` → `x` when `x` is words (a mask `**` stands alone or before a name, never in pairs
/// around Chinese text).
fn unbold(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find("**") {
        let after = &rest[i + 2..];
        match after.find("**") {
            Some(j)
                if j > 0
                    && after[..j].chars().filter(|c| is_han(*c)).count() >= 2
                    && !after[..j].contains('*') =>
            {
                out.push_str(&rest[..i]);
                out.push_str(&after[..j]);
                rest = &after[j + 2..];
            }
            _ => {
                out.push_str(&rest[..i + 2]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A Word table's data set aside: `text` with every line of `tables` (a cell's paragraph) blanked
/// unless it holds a sentence (`加快推进…。` in a task table is one); the lines blanked are told
/// to `dropped` a row at a time, their cells joined by `　`, at the row's first such line.
/// Headers, figures and names (`签约项目（个）`, `9.6`, `城关镇`) are no headings or phrases, and a
/// blank line keeps the line numbers and ends the paragraph before and after.
pub fn tables_aside(
    text: String,
    tables: &[crate::input::docx::TableLine],
    dropped: &mut dyn FnMut(usize, &str, Reason),
) -> String {
    if tables.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut cells = tables.iter().peekable();
    // The row whose data is being gathered: (its number, its first line, its cells so far).
    let mut row: Option<(u32, usize, String)> = None;
    let mut flush = |row: &mut Option<(u32, usize, String)>| {
        if let Some((_, line, data)) = row.take() {
            dropped(line, &data, Reason::Table);
        }
    };
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let Some(cell) = cells.next_if(|c| c.line == i + 1) else {
            out.push_str(line);
            continue;
        };
        let body = trim(line.trim_end_matches(['\n', '\r']));
        if holds_a_sentence(body) {
            out.push_str(line);
            continue;
        }
        if row.as_ref().is_some_and(|(r, _, _)| *r != cell.row) {
            flush(&mut row);
        }
        let (_, _, data) = row.get_or_insert_with(|| (cell.row, i + 1, String::new()));
        if !body.is_empty() {
            if !data.is_empty() {
                data.push('　');
            }
            data.push_str(body);
        }
        out.push('\n');
    }
    flush(&mut row);
    out
}

/// Whether a table cell's text is a sentence: of a phrase's length, and ended as sentences end.
fn holds_a_sentence(cell: &str) -> bool {
    let end = cell.trim_end_matches(['”', '’', '）', ')', '」', '』']);
    end.ends_with(['。', '！', '？', '；', '!', '?', ';']) && end.chars().count() >= super::MIN_CHARS
}

/// Cleans a decoded file into paragraphs.
pub fn clean(text: &str) -> Vec<Para> {
    clean_with(text, &mut |_, _, _| {})
}

/// Cleans a decoded file into paragraphs, telling `dropped` each line left out, with its 1-based
/// number and why (called for the rare dropped line only).
pub fn clean_with(text: &str, dropped: &mut dyn FnMut(usize, &str, Reason)) -> Vec<Para> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    let mut cut_after: Vec<bool> = Vec::new();
    static MARKERS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&[END_MARKERS, HIDDEN_MARKERS].concat().join("|")).expect("literal alternatives")
    });
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        // One pass for all markers; the rare hit is then told apart.
        let marked = MARKERS.is_match(raw);
        if marked && END_MARKERS.iter().any(|m| raw.contains(m)) {
            mark_cut(&lines, &mut cut_after);
            for (j, rest) in text.lines().enumerate().skip(i) {
                if !trim(rest).is_empty() {
                    dropped(j + 1, trim(rest), Reason::CutOff);
                }
            }
            break;
        }
        if marked {
            mark_cut(&lines, &mut cut_after);
            dropped(line_no, trim(raw), Reason::CutOff);
            continue;
        }
        let trimmed = trim(raw);
        if trimmed.is_empty() {
            // A blank line ends a paragraph; keep it as an empty entry.
            lines.push((line_no, String::new()));
            cut_after.push(false);
            continue;
        }
        if is_boilerplate(trimmed) {
            dropped(line_no, trimmed, Reason::Boilerplate);
            continue;
        }
        lines.push((line_no, normalise_punct(trimmed)));
        cut_after.push(false);
    }
    let texts: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    let fragments = page_fragments(&texts);
    join(lines, cut_after, &fragments)
}

/// Marks the last non-blank line read so far as cut off.
fn mark_cut(lines: &[(usize, String)], cut_after: &mut [bool]) {
    if let Some(i) = lines.iter().rposition(|(_, l)| !l.is_empty()) {
        cut_after[i] = true;
    }
}

fn trim(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{feff}' || c == '\u{a0}')
}

/// A line is boilerplate when it names a site notice, or has no Chinese character at all (dates
/// like `01.04.2018  21:31`, `(0)`, bare numbers).
pub fn is_boilerplate(line: &str) -> bool {
    if !line.chars().any(is_han) {
        return true;
    }
    if is_date_line(line) || is_byline(line) {
        return true;
    }
    if line.starts_with("来源") || line.starts_with("作者：") || line.starts_with("作者:") {
        return true;
    }
    // A site notice is a short line; a long line is text even if it mentions 客服 or 文库.
    line.len() <= 450 && BOILERPLATE.iter().any(|b| line.contains(b))
}

/// The date under a speech's title, in brackets (`（2025年2月18日）`, `（20xx年x月x日）`,
/// `（二〇二五年二月十八日）`): no sentence. It was mined as a measures heading, `（{{year}}年{{date}}）`
/// (a helper's archive, review 26).
fn is_date_line(line: &str) -> bool {
    let t = line.trim();
    let Some(inner) = t.strip_prefix(['（', '(']).and_then(|r| r.strip_suffix(['）', ')'])) else {
        return false;
    };
    inner.contains('年')
        && inner.contains(['月', '日'])
        && inner.chars().all(|c| {
            c.is_ascii_digit() || c.is_whitespace() || "xX年月日〇○零一二三四五六七八九十".contains(c)
        })
}

/// The speaker's line under a title: an office ending in a title, a space, a name of two to four
/// characters or a mask (`××县人民政府县长　××`, `中共某某市委书记　张　伟`). It was mined as a
/// heading, `{{place}}县人民政府{{level}}长{{locality}}` (a helper's archive, mn27).
fn is_byline(line: &str) -> bool {
    let t = trim(line);
    let Some(gap) = t.find(['\u{3000}', ' ']) else { return false };
    let (office, name) = (&t[..gap], &t[gap..]);
    let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    let titled = ["书记", "长", "主任", "主席", "常委", "委员", "同志"].iter().any(|w| office.ends_with(w));
    titled
        && office.chars().count() <= 30
        && office.chars().all(|c| is_han(c) || "×○xX*（）()".contains(c))
        && (2..=4).contains(&name.chars().count())
        && name.chars().all(|c| is_han(c) || "×○xX*".contains(c))
}

/// Lines broken after a comma or enumeration comma continue on the next line.
fn ends_open(s: &str) -> bool {
    s.ends_with(['，', '、', ','])
}

fn join(lines: Vec<(usize, String)>, cut_after: Vec<bool>, fragments: &[Option<(usize, u32)>]) -> Vec<Para> {
    let mut paras: Vec<Para> = Vec::new();
    let mut cur: Option<Para> = None;
    // Whether the current paragraph must take the next non-blank line (page fragment, open comma).
    let mut glue = false;
    for (i, (line_no, text)) in lines.into_iter().enumerate() {
        if text.is_empty() {
            if !glue && let Some(p) = cur.take() {
                paras.push(p);
            }
            continue;
        }
        let (body, is_fragment, continued_fragment) = match fragments[i] {
            Some((len, n)) => (&text[len..], true, n > 1),
            None => (text.as_str(), false, false),
        };
        let continues = glue || continued_fragment;
        match (&mut cur, continues) {
            (Some(p), true) => {
                p.marks.push((p.text.len(), line_no));
                p.text.push_str(body);
                p.standalone = false;
            }
            _ => {
                if let Some(p) = cur.take() {
                    paras.push(p);
                }
                cur = Some(Para {
                    text: body.to_string(),
                    marks: vec![(0, line_no)],
                    cut: false,
                    standalone: true,
                });
            }
        }
        let p = cur.as_mut().expect("set above");
        p.cut = cut_after[i];
        let next_is_fragment = fragments.get(i + 1).copied().flatten().is_some();
        glue = !p.cut && (ends_open(&p.text) || (is_fragment && next_is_fragment));
        if p.cut {
            glue = false;
        }
    }
    if let Some(p) = cur {
        paras.push(p);
    }
    paras
}

/// Half-width punctuation next to Chinese text → full width; spaces between Chinese characters
/// dropped; `?` between two Chinese characters is a mis-decoded middle dot (`云?河南` → `云·河南`).
/// Digits keep their ASCII punctuation (`12.3%`, `21:31`).
pub fn normalise_punct(line: &str) -> String {
    let special = |c: char| matches!(c, ' ' | '\t' | '\u{3000}' | ',' | ';' | ':' | '!' | '?' | '(' | ')');
    let mut out = String::with_capacity(line.len() + 8);
    let mut copied = 0;
    // Whether the line has Chinese at all: looked up once, at the first special character.
    let mut has_han = None;
    // Depth of half-width parentheses turned full-width, so the closing one matches.
    let mut open_full = 0usize;
    for (i, m) in line.match_indices(special) {
        out.push_str(&line[copied..i]);
        copied = i + m.len();
        let c = m.chars().next().expect("one char");
        let before = &line[..i];
        let after = &line[i + c.len_utf8()..];
        let prev = before.chars().next_back();
        let next = after.chars().next();
        // Look past a few spaces only: bounded work per character, whatever the line.
        let prev_nonspace = before.chars().rev().take(8).find(|c| *c != ' ');
        let next_nonspace = after.chars().take(8).find(|c| *c != ' ');
        let cjk = |c: Option<char>| c.is_some_and(|c| is_han(c) || is_full_punct(c) || c == '”' || c == '“');
        let ascii = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
        // Chinese on either side, or a figure ending a clause (`增长8.5%;`): not between two
        // ASCII words or numbers (`12,345`, `21:31`).
        let near_cjk = cjk(prev_nonspace)
            || cjk(next_nonspace)
            || (!(ascii(prev) && ascii(next)) && *has_han.get_or_insert_with(|| line.chars().any(is_han)));
        match c {
            ' ' | '\t' | '\u{3000}' => {
                // Keep a space only between two ASCII words.
                if ascii(prev) && ascii(next) {
                    out.push(' ');
                }
            }
            ',' if near_cjk => out.push('，'),
            ';' if near_cjk => out.push('；'),
            ':' if near_cjk && !(digit(prev) && digit(next)) => out.push('：'),
            '!' if near_cjk => out.push('！'),
            '?' if prev.is_some_and(is_han) && next.is_some_and(is_han) => out.push('·'),
            '?' if near_cjk => out.push('？'),
            '(' if near_cjk || paren_has_han(after) => {
                open_full += 1;
                out.push('（');
            }
            ')' if open_full > 0 => {
                open_full -= 1;
                out.push('）');
            }
            ')' if near_cjk => out.push('）'),
            _ => out.push(c),
        }
    }
    out.push_str(&line[copied..]);
    out
}

fn digit(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

fn paren_has_han(rest: &str) -> bool {
    rest.chars().take(40).take_while(|c| *c != ')').any(is_han)
}

pub fn is_full_punct(c: char) -> bool {
    matches!(c, '，' | '。' | '；' | '：' | '？' | '！' | '、' | '（' | '）' | '《' | '》')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_site_boilerplate_and_cuts_at_trial_end() {
        let text = "在全市对外开放工作会议上的讲话\n\n01.04.2018  21:31\n\n更新时间:2023-02 来源:网友投稿\n\
                    全市开放招商工作取得了良好的成绩。\n前前后后要花费大量的时间、精力以\n\n\
                    ............试读结束............\n\n查阅全文加微信3231169\n开放是五大发展理念之一。\n";
        let paras = clean(text);
        let texts: Vec<&str> = paras.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "在全市对外开放工作会议上的讲话",
                "全市开放招商工作取得了良好的成绩。",
                "前前后后要花费大量的时间、精力以"
            ]
        );
        assert!(paras[2].cut, "the paragraph before 试读结束 is marked cut");
        assert!(!paras[1].cut);
        assert_eq!(paras[1].line_at(0), 6);
    }

    #[test]
    fn a_byline_and_an_editors_note_are_no_sentences() {
        for line in [
            "××县人民政府县长　××",
            "中共某某市委书记　张　伟",
            "市长 李明",
            "根据录音整理。",
            "（根据讲话录音整理，有删节）",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in
            ["市长强调　要抓落实", "同志们：", "副市长张伟出席会议并讲话。", "加强组织领导　确保取得实效"]
        {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn the_date_under_a_title_is_no_sentence() {
        for line in ["（2025年2月18日）", "(2025年2月18日)", "（20xx年x月x日）", "（二〇二五年二月十八日）"]
        {
            assert!(is_boilerplate(line), "{line}");
        }
        for line in ["（2025年全市外贸进出口增长8%）", "2025年2月18日，会议召开。", "（一）加强组织领导"]
        {
            assert!(!is_boilerplate(line), "{line}");
        }
    }

    #[test]
    fn markdown_drafts_lose_their_syntax_but_not_their_lines() {
        let md = "# 在全市对外开放工作会议上的讲话\n\n## 一、提升认识\n\n**加强组织领导**，压实责任。\n> 来源：p-1\n**同志对有关工作进行了安排。\n";
        let plain = strip_markdown(md);
        assert_eq!(
            plain,
            "在全市对外开放工作会议上的讲话\n\n一、提升认识\n\n加强组织领导，压实责任。\n\n**同志对有关工作进行了安排。\n"
        );
    }

    #[test]
    fn hidden_text_marker_is_removed_and_marks_a_cut() {
        let text =
            "并要求我们深度融入共建一带一路\n\n---此处隐藏6237字,下载后查看---\n\n注重提高招商引资水平。\n";
        let paras = clean(text);
        assert_eq!(paras.len(), 2);
        assert!(paras[0].cut);
        assert_eq!(paras[1].text, "注重提高招商引资水平。");
    }

    #[test]
    fn rejoins_numbered_page_fragments() {
        let a = "1、某某市委书记在商务局调研全市对外开放工作座谈会上的讲话同志们:今天上午,我到市商务局调研。总书记指出,改革开放是中国最";
        let b = "2、鲜明的特色、是当代中国共产党人最鲜明的品格、是决定当代中国命运的关键一招,我们要深入学习领会,认真抓好落";
        let c = "3、实。发挥自贸区自创区“两区叠加”效应,又一次站在了对外开放前沿,我们要继续努力工作,不断开创新局面。";
        let text = format!("《讲话.docx》由会员分享,可在线阅读\n{a}\n{b}\n{c}\n");
        let paras = clean(&text);
        assert_eq!(paras.len(), 1, "{paras:#?}");
        let p = &paras[0];
        assert!(p.text.contains("中国最鲜明的特色"), "{}", p.text);
        assert!(p.text.contains("认真抓好落实。发挥"), "{}", p.text);
        assert!(p.text.starts_with("某某市委书记"));
        assert_eq!(p.line_at(0), 2);
        assert_eq!(p.line_at(p.text.find("鲜明的特色").unwrap()), 3);
        assert_eq!(p.line_at(p.text.find("发挥自贸区").unwrap()), 4);
    }

    #[test]
    fn a_genuine_numbered_list_is_not_a_fragment_run() {
        let text = "1、加快推进综保区申建。\n2、加快推进口岸建设。\n3、加快推进跨境电商发展。\n";
        let paras = clean(text);
        assert_eq!(paras.len(), 3);
        assert_eq!(paras[0].text, "1、加快推进综保区申建。");
    }

    #[test]
    fn a_line_broken_after_a_comma_continues() {
        let text = "与此同时,必须清醒认识到,\n\n对外开放是一块短板。\n";
        let paras = clean(text);
        assert_eq!(paras.len(), 1);
        assert_eq!(paras[0].text, "与此同时，必须清醒认识到，对外开放是一块短板。");
        assert_eq!(paras[0].line_at(paras[0].text.find("对外").unwrap()), 3);
    }

    #[test]
    fn normalises_half_width_punctuation_between_chinese() {
        assert_eq!(
            normalise_punct("今天上午,我和某某同志到市商务局调研:"),
            "今天上午，我和某某同志到市商务局调研："
        );
        assert_eq!(normalise_punct("国家(地区)存在什么问题?"), "国家（地区）存在什么问题？");
        assert_eq!(normalise_punct("中国(湖南) 自由贸易试验区"), "中国（湖南）自由贸易试验区");
        assert_eq!(normalise_punct("xx华为云?河南产业合作高峰论坛"), "xx华为云·河南产业合作高峰论坛");
        assert_eq!(normalise_punct("实际利用外资12.3亿美元,增长8.5%;"), "实际利用外资12.3亿美元，增长8.5%；");
        assert_eq!(normalise_punct("时间 21:31 到"), "时间21:31到");
        assert_eq!(normalise_punct("推进“互联网+”行动!"), "推进“互联网+”行动！");
    }
}

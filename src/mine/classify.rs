//! Assigning each unit of a document its section (开场 … 结尾) and role (heading, lead-in, point …).
//!
//! A speech is read top to bottom as a small state machine: a title starts a speech in `opening`;
//! a level-1 heading (`一、…`, `第一，…`, or an article's run-in heading) moves to the section its
//! cue words name; a problems lead-in (`在肯定成绩的同时，我们也清醒地看到…`) moves to `problems`;
//! `同志们，…` / `总之，…` / `让我们…` move to `closing`. Level-2 headings stay in their part.

use super::sections::Model;
use super::split::{Kind, Unit};
use crate::model::{Role, Section};

/// One sentence ready for segmentation, with its structural section and role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub text: String,
    pub line: usize,
    pub section: Section,
    pub role: Role,
    /// The administrative level of the speech it came from (市/县/省/区), for `{{level}}`.
    pub level: Option<char>,
    /// The section the level-1 heading above names (`heading_section`), where the speech has one:
    /// strong evidence for the model, not the last word.
    pub heading: Option<Section>,
    /// The first sentence of its paragraph: a part changes between paragraphs far more often
    /// than inside one.
    pub new_para: bool,
    /// A paragraph that opens with the next point of a numbered series (`二是…` … `八是…`): a
    /// series stays in one part, whatever its last item is about (seed 004's 八是加强统筹协调推动
    /// 工作落实 closes its 措施).
    pub continues: bool,
}

/// Cue words of a level-1 heading, in priority order: the first section with a cue wins.
const HEADING_CUES: &[(Section, &[&str])] = &[
    (Section::Achievements, &["完成情况", "成绩", "成效", "回顾"]),
    (Section::Problems, &["问题", "不足", "差距", "短板"]),
    (Section::Significance, &["认识", "意义", "站位", "理念", "形势", "使命", "旗帜"]),
    (
        Section::Safeguards,
        &["组织领导", "党的全面领导", "领导", "保障", "责任", "作风", "务本责实", "能力", "队伍"],
    ),
    (Section::Measures, &["目标", "措施", "任务", "重点工作", "举措"]),
];

pub fn heading_section(text: &str) -> Section {
    HEADING_CUES
        .iter()
        .find(|(_, cues)| cues.iter().any(|c| text.contains(c)))
        .map_or(Section::Measures, |(s, _)| *s)
}

/// A sentence that turns from achievements to problems.
const PROBLEM_LEAD_INS: &[&str] = &[
    "在肯定成绩的同时",
    "在看到成绩的同时",
    "清醒认识到",
    "清醒地认识到",
    "清醒地看到",
    "同时也要看到",
    "我们也要看到",
    "存在的问题",
];

/// One pass over the sentence for all the cues at once.
fn problem_lead_in(text: &str) -> bool {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&PROBLEM_LEAD_INS.join("|")).expect("literal alternatives")
    });
    RE.is_match(text)
}

/// The part a sentence's own wording puts it in, wherever it stands: a turn to the problems
/// (`在肯定成绩的同时…`) is a problems sentence, and `近年来，…` recalls what has been done (an
/// achievements sentence) even inside another part. `structure` labels the seeds so; the model
/// holds a sentence so worded to that part (`sections::Model::decode`).
pub fn worded_section(text: &str) -> Option<Section> {
    if problem_lead_in(text) {
        Some(Section::Problems)
    } else if text.starts_with(RECALL) {
        Some(Section::Achievements)
    } else if target(text) {
        Some(Section::Measures)
    } else {
        None
    }
}

/// A target set for a year ahead (`到2027年，全市进出口总额突破…`, `力争到20xx年…`): the goals, which
/// the measures part holds; a second helper's archive (mn27) had one filed as achievements.
fn target(text: &str) -> bool {
    let rest = text.strip_prefix("力争").unwrap_or(text);
    let Some(rest) = rest.strip_prefix('到') else { return false };
    let year: String =
        rest.chars().take_while(|c| c.is_ascii_digit() || matches!(c, 'x' | 'X' | '*')).collect();
    (2..=4).contains(&year.len()) && rest[year.len()..].starts_with("年")
}

/// A greeting, congratulation or thanks (`向…表示热烈祝贺！`, `谨向…致以诚挚的问候！`, `借此机会，我代表…
/// 表示衷心的感谢！`), or what the meeting is for (`今天，我们召开…座谈会，主要目的是…`): near a
/// speech's start, its opening (`sections::Model::decode`), whatever the wording; a second helper's
/// archive (mn27) had four such sentences filed as the closing and one as the problems.
pub fn opens_the_speech(text: &str) -> bool {
    static GREETING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(concat!(
            r"表示(热烈的?|衷心的?|诚挚的?|最诚挚的)?(祝贺|感谢|欢迎)",
            r"|致以[^，。！]{0,8}(敬意|问候|感谢|慰问)",
            r"|^(在此，)?谨向|^借此机会",
            r"|^今天，[^，。]{0,16}召开|主要目的是|^这次会议的主要任务",
        ))
        .expect("a valid pattern")
    });
    GREETING.is_match(text)
}

/// The opening of a sentence that recalls what has been done.
const RECALL: &str = "近年来，";

/// Sentence openings that begin the closing call.
const CLOSING_STARTS: &[&str] = &["同志们，", "总之，", "最后，", "让我们", "同志们！"];

/// Sentence openings that open a part.
const LEAD_IN_STARTS: &[&str] = &[
    "这次会议的主要任务",
    "今天，我们",
    "今天上午",
    "近年来",
    "总的来看",
    "根据会议安排",
    "当前，",
    "xx年，",
];

/// The level of a speech: the 市/县/省/区 (州/盟/旗) of its most frequent 全X/我X. A 州长's speech
/// says 全州 and 州委、州政府: left as text, `州政府督查室要跟踪督办` went into a city's draft (a
/// helper's archive, mn27).
pub fn level_of(texts: &[&str]) -> Option<char> {
    const LEVELS: [char; 7] = ['市', '县', '省', '区', '州', '盟', '旗'];
    let mut counts = [0usize; LEVELS.len()];
    // One search per character (`全`, then `我`) is a fast byte scan; one for either would look
    // at every character.
    for t in texts {
        for own in ['全', '我'] {
            for (i, _) in t.match_indices(own) {
                if let Some(next) = t[i + own.len_utf8()..].chars().next()
                    && let Some(k) = LEVELS.iter().position(|l| *l == next)
                {
                    counts[k] += 1;
                }
            }
        }
    }
    // The most frequent; on a tie the first in LEVELS.
    let best = (0..LEVELS.len()).rev().max_by_key(|&k| counts[k])?;
    (counts[best] > 0).then(|| LEVELS[best])
}

fn quote(text: &str) -> bool {
    let Some(at) = text.find("总书记") else { return false };
    let rest = &text[at..];
    let window: String = rest.chars().take(30).collect();
    ["指出", "强调", "提出的", "要求", "说", "叮嘱", "勉励"].iter().any(|v| window.contains(v))
        && !text.starts_with("要")
        && !text.contains("学习贯彻")
}

/// A first sentence of an article paragraph that works as its heading:
/// `高举改革开放伟大旗帜，进一步增强…的使命担当。`
fn run_in_heading(u: &Unit, units_in_para: usize) -> bool {
    let n = u.text.chars().count();
    u.kind == Kind::Sentence
        && u.index_in_para == 0
        && units_in_para >= 2
        && (12..=40).contains(&n)
        && u.text.contains('，')
        && u.text.ends_with('。')
        && !["指出", "强调", "要求", "表示", "会议", "近年来", "同志们", "今天"]
            .iter()
            .any(|w| u.text.contains(w))
}

/// Classifies the units of one document: its structure read as below, then each speech's
/// sections decided by the learned model (`sections::Model`), headings counting as evidence.
pub fn classify(units: &[Unit], model: &Model) -> Vec<Candidate> {
    let mut speeches = structure(units);
    for speech in &mut speeches {
        model.assign(speech);
    }
    speeches.into_iter().flatten().collect()
}

/// The units of one document read by their headings and cue sentences, one vector per speech:
/// the roles, and the sections the headings give (the labels the model learns from on the seeds).
pub fn structure(units: &[Unit]) -> Vec<Vec<Candidate>> {
    let mut out = Vec::new();
    // Speeches: a file may hold several (seed 004 does), each starting at a title.
    let mut starts: Vec<usize> = units
        .iter()
        .enumerate()
        .filter(|(i, u)| u.kind == Kind::Title && (*i == 0 || units[i - 1].kind != Kind::Title))
        .map(|(i, _)| i)
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(units.len());
    for w in starts.windows(2) {
        let mut speech = Vec::new();
        classify_speech(&units[w[0]..w[1]], &mut speech);
        if !speech.is_empty() {
            out.push(speech);
        }
    }
    out
}

fn classify_speech(units: &[Unit], out: &mut Vec<Candidate>) {
    let texts: Vec<&str> = units.iter().map(|u| u.text.as_str()).collect();
    let level = level_of(&texts);
    let has_headings = units.iter().any(|u| u.kind == Kind::Heading(1));
    let mut para_len = rustc_hash::FxHashMap::default();
    for u in units {
        *para_len.entry(u.para).or_insert(0usize) += 1;
    }
    let para_points: rustc_hash::FxHashSet<usize> =
        units.iter().filter(|u| u.kind == Kind::Point).map(|u| u.para).collect();
    // A short last paragraph that ends in the call (`…使命光荣。让我们…！`) is the closing from
    // its first sentence.
    let closing_paras: rustc_hash::FxHashSet<usize> = units
        .iter()
        .filter(|u| {
            u.index_in_para > 0
                && u.index_in_para <= 2
                && u.kind == Kind::Sentence
                && CLOSING_STARTS.iter().any(|c| u.text.starts_with(c))
        })
        .map(|u| u.para)
        .collect();
    let mut section = Section::Opening;
    // The section the last level-1 heading names.
    let mut heading: Option<Section> = None;
    // The paragraph of the last quotation.
    let mut quote_para: Option<usize> = None;
    // The unit right after a heading opens its part.
    let mut after_heading = false;
    for u in units {
        let mut text = u.text.as_str();
        let mut kind = u.kind;
        let continues = u.kind == Kind::Point && u.ordinal >= 2 && u.index_in_para == 0;
        if !has_headings && run_in_heading(u, para_len[&u.para]) {
            kind = Kind::Heading(1);
            text = text.trim_end_matches('。');
        }
        let role = match kind {
            Kind::Title => {
                section = Section::Opening;
                continue;
            }
            Kind::Heading(1) => {
                // `xx年开放招商工作目标及措施`: the year is the speech's, the heading is not.
                if let Some(rest) = text.strip_prefix("xx年").or_else(|| text.strip_prefix("今年"))
                    && rest.chars().count() >= 4
                {
                    text = rest;
                }
                let named = heading_section(text);
                heading = Some(named);
                if section != Section::Closing {
                    section = named;
                }
                after_heading = true;
                Role::Heading
            }
            Kind::Heading(_) => {
                after_heading = true;
                Role::Heading
            }
            Kind::Point => {
                after_heading = false;
                Role::Point
            }
            Kind::Sentence => {
                let was_after_heading = std::mem::take(&mut after_heading);
                if text.chars().count() < 6 {
                    continue;
                }
                let closing_para = u.index_in_para == 0 && closing_paras.contains(&u.para);
                if (closing_para || CLOSING_STARTS.iter().any(|c| text.starts_with(c)))
                    && section != Section::Opening
                {
                    section = Section::Closing;
                }
                // `同时，要抓好几件具体工作：` turns to measures, whatever part it sits in.
                if text.ends_with('：') && ["具体工作", "重点工作", "几件事"].iter().any(|c| text.contains(c))
                {
                    section = Section::Measures;
                }
                if !has_headings
                    && u.index_in_para == 0
                    && section != Section::Closing
                    && let Some(s) = news_cue(text, para_points.contains(&u.para))
                {
                    section = s;
                }
                if section == Section::Opening && u.index_in_para == 0 && text.starts_with("近年来") {
                    section = Section::Achievements;
                }
                if problem_lead_in(text) && section != Section::Closing {
                    // After the achievements (or the opening) the speech turns to its problems;
                    // inside another part a 但也要看到… sentence is one problems sentence.
                    if matches!(section, Section::Opening | Section::Achievements) {
                        section = Section::Problems;
                        Role::LeadIn
                    } else {
                        out.push(Candidate {
                            text: text.to_string(),
                            line: u.line,
                            section: Section::Problems,
                            role: Role::LeadIn,
                            level,
                            heading,
                            new_para: u.index_in_para == 0,
                            continues,
                        });
                        continue;
                    }
                } else if quote(text)
                    || (quote_para == Some(u.para)
                        && ["强调", "倡议", "指出", "要求", "提出"].iter().any(|w| text.starts_with(w)))
                {
                    // `总书记指出，…；强调要…；倡议…`: the later clauses quote the same speaker.
                    quote_para = Some(u.para);
                    Role::Quote
                } else if text.ends_with('：') || text.starts_with("下面，我") || text.starts_with("下面我")
                {
                    Role::Transition
                } else if section == Section::Closing
                    && (text.ends_with('！')
                        || ["让我们", "希望大家", "上下要", "奋力", "开创", "努力"]
                            .iter()
                            .any(|c| text.contains(c)))
                {
                    Role::Call
                } else if text.starts_with(RECALL)
                    && section != Section::Achievements
                    && section != Section::Closing
                {
                    // What has been done, recalled inside another part: one achievements sentence.
                    out.push(Candidate {
                        text: text.to_string(),
                        line: u.line,
                        section: Section::Achievements,
                        role: Role::LeadIn,
                        level,
                        heading,
                        new_para: u.index_in_para == 0,
                        continues,
                    });
                    continue;
                } else if LEAD_IN_STARTS.iter().any(|c| text.starts_with(c))
                    || (was_after_heading && u.index_in_para == 0 && section != Section::Opening)
                {
                    Role::LeadIn
                } else if u.index_in_para > 0 && text.starts_with('要') && text.chars().count() <= 16 {
                    Role::Point
                } else {
                    Role::Statement
                }
            }
        };
        out.push(Candidate {
            text: text.to_string(),
            line: u.line,
            section,
            role,
            level,
            heading,
            new_para: u.index_in_para == 0,
            continues,
        });
    }
}

/// The section a report-style paragraph (a 通稿 without headings) belongs to, from its verb:
/// `某某在讲话中指出` (意义), `某某强调，做好…要` (措施), `某某要求，要加强组织领导` (保障),
/// `某某指出，` (措施 when the paragraph enumerates, else 意义); `…主持会议` is the report's frame.
fn news_cue(text: &str, has_points: bool) -> Option<Section> {
    let head: String = text.chars().take(14).collect();
    if ["主持会议", "出席会议", "参加会议"].iter().any(|c| text.contains(c)) {
        Some(Section::Opening)
    } else if head.contains("讲话中指出") {
        Some(Section::Significance)
    } else if head.contains("强调，") {
        Some(Section::Measures)
    } else if head.contains("要求，") {
        Some(Section::Safeguards)
    } else if head.contains("指出，") {
        Some(if has_points { Section::Measures } else { Section::Significance })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mine::{clean::clean, split::units};

    fn run(text: &str) -> Vec<(Section, Role, String)> {
        structure(&units(&clean(text))).into_iter().flatten().map(|c| (c.section, c.role, c.text)).collect()
    }

    #[test]
    fn headings_move_sections_and_lead_ins_open_parts() {
        let text = "在全市对外开放工作会议上的讲话\n\n这次会议的主要任务是贯彻落实全省会议精神。下面，我再强调四点意见：\n\
                    一、对外开放工作完成情况\n全市开放招商工作取得了良好的成绩。\n二、存在的问题\n\
                    在肯定成绩的同时，我们也清醒地看到，全市开放招商工作也面临严峻形势。一是招商领域还不够宽。\n\
                    三、务本责实，加快推动开放发展\n全市上下要勇于担当、真抓实做。\n\
                    同志们，全市上下要只争朝夕抢机遇，奋力开创对外开放工作新局面！\n";
        let got = run(text);
        use Role::*;
        use Section::*;
        let want = vec![
            (Opening, LeadIn, "这次会议的主要任务是贯彻落实全省会议精神。"),
            (Opening, Transition, "下面，我再强调四点意见："),
            (Achievements, Heading, "对外开放工作完成情况"),
            (Achievements, LeadIn, "全市开放招商工作取得了良好的成绩。"),
            (Problems, Heading, "存在的问题"),
            (Problems, LeadIn, "在肯定成绩的同时，我们也清醒地看到，全市开放招商工作也面临严峻形势。"),
            (Problems, Point, "招商领域还不够宽。"),
            (Safeguards, Heading, "务本责实，加快推动开放发展"),
            (Safeguards, LeadIn, "全市上下要勇于担当、真抓实做。"),
            (Closing, Call, "同志们，全市上下要只争朝夕抢机遇，奋力开创对外开放工作新局面！"),
        ];
        let got: Vec<(Section, Role, &str)> = got.iter().map(|(s, r, t)| (*s, *r, t.as_str())).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn quotes_are_recognised() {
        let got = run(
            "标题\n\n一、提升认识\n开放是五大发展理念之一。习近平总书记指出，必须坚持对外开放的基本国策。\n",
        );
        assert_eq!(got[2].1, Role::Quote);
        assert_eq!(got[2].0, Section::Significance);
    }

    #[test]
    fn a_target_for_a_year_ahead_is_worded_as_the_goals() {
        for text in [
            "到2027年，全市进出口总额突破500亿元。",
            "到20xx年，全县外贸主体达到300家；",
            "力争到xx年实现翻番。",
        ] {
            assert_eq!(worded_section(text), Some(Section::Measures), "{text}");
        }
        for text in ["到目前为止，已签约项目12个。", "到位资金12亿元。", "近年来，全市外贸持续增长。"]
        {
            assert_ne!(worded_section(text), Some(Section::Measures), "{text}");
        }
    }

    #[test]
    fn level_is_the_most_frequent() {
        assert_eq!(level_of(&["全市上下", "我市", "全省"]), Some('市'));
        assert_eq!(level_of(&["全县", "我县", "贯彻落实全市会议"]), Some('县'));
        assert_eq!(level_of(&["没有"]), None);
        // A 州长's speech (mn27), a 盟's.
        assert_eq!(level_of(&["全州上下", "我州", "全省"]), Some('州'));
        assert_eq!(level_of(&["全盟", "我盟"]), Some('盟'));
    }
}

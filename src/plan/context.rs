//! The brief as a template sees it: a JSON context in which every string from the brief carries its
//! provenance mark (see `crate::marks`), and the values the register needs are ready-made
//! (全市/我市 from the level, years from `date`/`period`, figures phrased by `plan::figure`).
//! Every documented key is always present (null or empty), so templates can run in strict mode.

use serde_json::{Map, Value, json};

use crate::marks;
use crate::model::{Brief, Level, Part, Section};
use crate::plan::figure;
use crate::plan::heading::Shape;
use crate::plan::picker::Picker;
use crate::plan::spec::Common;

/// Brief text as it goes into a draft: one line (a newline would split a paragraph), and ASCII
/// punctuation that touches Chinese text turned full-width (`，` not `,`). `"`, `&` and `<` are left
/// exactly as typed.
pub fn normalise(text: &str) -> String {
    let one_line: String = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("");
    let chars: Vec<char> = one_line.chars().collect();
    let cjk = |c: Option<&char>| {
        c.is_some_and(|&c| ('\u{3000}'..='\u{9fff}').contains(&c) || ('\u{ff00}'..='\u{ffef}').contains(&c))
    };
    let mut out = String::with_capacity(one_line.len());
    for (i, &c) in chars.iter().enumerate() {
        let near = cjk(i.checked_sub(1).and_then(|j| chars.get(j))) || cjk(chars.get(i + 1));
        out.push(if near { crate::text::full_width(c).unwrap_or(c) } else { c });
    }
    out
}

/// `text` from brief field `field`, normalised and marked; null when empty.
fn mark(picker: &mut Picker<'_>, field: &str, text: &str) -> Value {
    let text = normalise(text);
    if text.is_empty() {
        return Value::Null;
    }
    picker.reserve(&text);
    let id = picker.brief_source(field);
    Value::String(crate::marks::wrap(id, &text))
}

fn opt(picker: &mut Picker<'_>, field: &str, v: &Option<String>) -> Value {
    v.as_deref().map_or(Value::Null, |t| mark(picker, field, t))
}

/// How the figures of a part (or of all the achievements) move: what a lead-in may say of them
/// and which judgment heads a part without a heading (`Common::judgments`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// Growth figures, none falling.
    Up,
    /// Some rising, some falling, fewer than two falling for each rising (2 up and 3 down is
    /// 有升有降, not 主要指标出现回落).
    Mixed,
    /// Falling, none rising or at least two falling for each rising.
    Down,
    /// No growth figures at all.
    None,
}

impl Trend {
    /// The trend of `figures`; a figure the less the better (`Common::fall_word`: 审批用时) gains
    /// when it falls (肥西县's 审批平均用时 −24% made its year `主要指标出现回落`, review 28).
    pub fn of<'f>(figures: impl Iterator<Item = &'f crate::model::Figure>, common: &Common) -> Trend {
        match Trend::counted(figures, common) {
            (0, 0) => Trend::None,
            (_, 0) => Trend::Up,
            (u, d) if d >= 2 * u => Trend::Down,
            _ => Trend::Mixed,
        }
    }

    /// Rising at least twice as often as falling, with some falling: a mixed record most of whose
    /// figures rose (高陵区: five of six), said as such, not as 有升有降.
    pub fn mostly_up<'f>(figures: impl Iterator<Item = &'f crate::model::Figure>, common: &Common) -> bool {
        let (up, down) = Trend::counted(figures, common);
        down > 0 && up >= 2 * down
    }

    /// Falling more often than rising, with some rising: with its headline among those that fell,
    /// a mixed record under pressure, said as such, not as 有升有降 (东莞's 1—9月: 进出口, 出口 and
    /// 实际使用外资 down, 进口 and 新设企业 up; review 48).
    pub fn mostly_down<'f>(figures: impl Iterator<Item = &'f crate::model::Figure>, common: &Common) -> bool {
        let (up, down) = Trend::counted(figures, common);
        up > 0 && down > up
    }

    /// Only one figure rose or fell: it is no 主要指标 (a thin brief's one figure read
    /// `主要指标保持增长`, review 25).
    pub fn single<'f>(figures: impl Iterator<Item = &'f crate::model::Figure>, common: &Common) -> bool {
        let (up, down) = Trend::counted(figures, common);
        up + down == 1
    }

    /// How many of `figures` gained, and how many lost.
    fn counted<'f>(
        figures: impl Iterator<Item = &'f crate::model::Figure>,
        common: &Common,
    ) -> (usize, usize) {
        let (mut up, mut down) = (0, 0);
        for f in figures {
            match Trend::gained(f, common) {
                Some(true) => up += 1,
                Some(false) => down += 1,
                None => {}
            }
        }
        (up, down)
    }

    /// Whether the figure gained (rose, or fell where the less the better) or lost; `None` when it
    /// did neither or says no growth.
    fn gained(f: &crate::model::Figure, common: &Common) -> Option<bool> {
        let g = f.growth.as_ref().filter(|g| g.value() != 0.0)?;
        Some(g.is_negative() == common.fall_word(&f.name).is_some())
    }

    pub fn name(self) -> &'static str {
        match self {
            Trend::Up => "up",
            Trend::Mixed => "mixed",
            Trend::Down => "down",
            Trend::None => "none",
        }
    }
}

/// The frame of the speech the brief sets: the work it is about and whether the period is part
/// of a year.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// 对外开放, 招商引资, 外资外贸: the meeting's name less its level, place and kind.
    pub work: String,
    /// The meeting whose spirit this one carries out (全省对外开放大会), when it names one.
    pub carried: Option<String>,
    /// The period is part of a year (今年1—8月): the speech takes stock midway.
    pub partial: bool,
    /// The meeting's name says the work (全市招商引资工作会议, 开放发展工作座谈会); `false` when
    /// `work` is 对外开放 only because nothing else was said (九江综合保税区调研座谈会).
    pub named: bool,
}

impl Frame {
    pub fn of(brief: &Brief, common: &Common) -> Frame {
        let partial = brief
            .period
            .as_deref()
            .is_some_and(|p| common.partial_periods.iter().any(|w| p.contains(w.as_str())));
        let (work, carried) = work_of(brief, common, brief.meeting.trim());
        // 对外开放 is also what `work_of` falls back on; a name that says 开放 said it.
        let named = work != "对外开放" || brief.meeting.contains("开放");
        Frame { work, carried, partial, named }
    }
}

/// How a meeting's name says the whole of a place (全市对外开放工作会议): every unit a locality
/// may end in (`Brief::level_word`). Not 全 alone: 全面扩大开放推进会 is about 全面扩大开放.
pub(crate) const WHOLE: [&str; 8] = ["全地区", "全省", "全市", "全州", "全县", "全区", "全旗", "全盟"];

/// The work a meeting named `meeting` is about, and the meeting whose spirit it carries out, if
/// any: 全市贯彻落实全省对外开放大会精神会议 is about that meeting's work (对外开放) and carries out
/// 全省对外开放大会.
fn work_of(brief: &Brief, common: &Common, meeting: &str) -> (String, Option<String>) {
    work_in(brief, common, meeting, false)
}

/// Whether a meeting's name counts its sessions (第12次, 第三次): a body's session, not a work.
fn names_a_session(work: &str) -> bool {
    work.match_indices('第').any(|(at, _)| {
        let rest = &work[at + '第'.len_utf8()..];
        let n = rest.find('次').map_or("", |end| &rest[..end]);
        !n.is_empty() && (n.bytes().all(|b| b.is_ascii_digit()) || crate::text::chinese_number(n).is_some())
    })
}

/// The place above named by its own name at the start of a meeting it held (苏州市 of
/// 苏州市对外开放大会, 江苏省 of 江苏省…大会): the place's name and its unit, as many bytes. Only in
/// a meeting carried out: there the name is the holder's, whose work the speech's place takes up
/// (`全市苏州市对外开放工作`, review 25). A name is two characters at least (城市更新大会 is no
/// place's), all Han, and something must be left after it.
fn place_above(work: &str) -> Option<usize> {
    // (The first unit after two characters: 苏州市's 州 is part of its name.)
    let (at, unit) =
        work.char_indices().take(8).skip(2).find(|(_, c)| matches!(c, '省' | '市' | '州' | '盟'))?;
    let name = &work[..at];
    let end = at + unit.len_utf8();
    (name.chars().count() >= 2 && name.chars().all(crate::text::is_han) && work[end..].chars().count() >= 2)
        .then_some(end)
}

/// How a meeting's name says it carries out another (贯彻落实全省…会议精神), longest first.
const CARRYING_OUT: [&str; 4] = ["学习贯彻落实", "贯彻落实", "学习贯彻", "贯彻"];

/// `work_of` for `meeting`, the speech's own meeting or, with `carried`, one it carries out.
fn work_in(brief: &Brief, common: &Common, meeting: &str, carried: bool) -> (String, Option<String>) {
    // Two meetings held as one, the second carrying out a meeting above (全省商务工作会议暨贯彻落实
    // 全国商务工作会议精神会议): the work is the first's, with the second's where it differs, and the
    // spirit carried out the second's. Read as one name it was `商务工作会议和贯彻落实全国商务工作
    // 会议工作`, seven times a draft (review 52).
    if !carried
        && let Some((own, then)) = meeting.split_once('暨')
        && CARRYING_OUT.iter().any(|c| then.starts_with(c))
        && common.meeting_kinds.iter().any(|k| own.ends_with(k.as_str()))
    {
        let (first, _) = work_in(brief, common, own, false);
        let (second, spirit) = work_in(brief, common, then, false);
        let work =
            if second == first || second == "对外开放" { first } else { format!("{first}和{second}") };
        return (work, spirit);
    }
    {
        let level = brief.level_word();
        let mut work = meeting.to_string();
        let locality = brief.locality.trim();
        let short = locality.strip_suffix(level).filter(|s| s.chars().count() >= 2);
        // (a meeting named by the place as spoken: 长沙片区服务贸易…推进会)
        let spoken = spoken_locality(locality, common);
        // What comes before the work, in any order: the place (柳州市, 全市, and 全省 in a city's
        // meeting on the province's: 贯彻落实全省…会议精神), a year (2026年, 2026年度: the date's)
        // and a time of the year (上半年, 一季度: the period's, `Common::meeting_times`).
        let times = &common.meeting_times;
        let visited = brief.unit.as_deref().map(str::trim).filter(|u| !u.is_empty());
        // The zone a 管委会 runs (调研长春汽车经济技术开发区开放发展工作座谈会: the work is 开放发展).
        let run = visited.map(|u| unit_body(u, common)).filter(|b| Some(*b) != visited);
        // The place as it says itself, where that is not 全X: a zone's 园区, 全片区.
        let (whole, _) = whole_and_our(brief, common);
        // A zone by its kind alone, as its own meetings name it (2026年高新区招商引资…工作会议 of
        // 襄阳高新技术产业开发区): `襄阳高新区高新区招商引资…工作`, review 57.
        let kind: Vec<&str> = common
            .zone_short_names
            .iter()
            .filter(|[full, _]| locality.ends_with(full.as_str()))
            .flat_map(|[full, short]| [full.as_str(), short.as_str()])
            .collect();
        loop {
            let before = work.len();
            // The visit and the unit visited, in either order (县商务局调研全县对外开放工作座谈会,
            // 调研长春汽车经济技术开发区开放发展工作座谈会), before the place: the unit's name may
            // start with the place's (长春).
            // Who went (区委书记调研跨境电商产业园座谈会, 区委书记李明调研…): the visitor, not the
            // work (`今天，我们到湖里区跨境电商产业园调研区委书记调研跨境电商产业园工作`, review 26).
            if let Some(at) = work.find("调研").filter(|&at| at > 0) {
                let who = &work[..at];
                let name = crate::text::person(brief.speaker.as_deref().unwrap_or(""), true);
                let titled = ["书记", "长", "主任", "常委", "同志"].iter().any(|t| who.ends_with(t));
                if who.chars().count() <= 12 && (titled || (!name.is_empty() && who.ends_with(name.as_str())))
                {
                    work = work[at..].to_string();
                }
            }
            if let Some(rest) = work.strip_prefix("调研") {
                work = rest.to_string();
            }
            if let Some(rest) = [visited, run].into_iter().flatten().find_map(|u| work.strip_prefix(u)) {
                work = rest.to_string();
            }
            for prefix in [Some(locality), Some(spoken.as_str()), short, Some(whole.as_str())]
                .into_iter()
                .flatten()
                .chain(kind.iter().copied())
            {
                if let Some(rest) = work.strip_prefix(prefix) {
                    work = rest.to_string();
                }
            }
            if let Some(rest) = WHOLE.iter().find_map(|w| work.strip_prefix(w)) {
                work = rest.to_string();
            }
            // The level above by its own name (贯彻落实自治区…大会精神, 全国…会议): an autonomous
            // region says 自治区 where a province says 全省.
            if let Some(rest) = ["自治区", "全国"].iter().find_map(|w| work.strip_prefix(w)) {
                work = rest.to_string();
            }
            if carried && let Some(end) = place_above(&work) {
                work = work[end..].to_string();
            }
            // The body that held it (中央经济工作会议, 市委外事工作会议): the holder, not the work.
            if carried
                && let Some(rest) = ["中央", "省委", "市委", "州委", "县委", "区委", "旗委", "盟委"]
                    .iter()
                    .find_map(|w| work.strip_prefix(w))
                    .filter(|r| r.chars().count() >= 2)
            {
                work = rest.to_string();
            }
            if let Some(y) = crate::text::year_in(&work)
                && let Some(rest) = work.strip_prefix(&format!("{y}年"))
            {
                work = rest.trim_start_matches(['度']).to_string();
            }
            if let Some(rest) =
                times.iter().filter_map(|t| work.strip_prefix(t.as_str())).min_by_key(|r| r.len())
            {
                work = rest.to_string();
            }
            // A span of months (1—8月, 1-6月份) is the period's too.
            if let Some((months, rest)) = work.split_once('月')
                && !months.is_empty()
                && months.chars().all(|c| c.is_ascii_digit() || "—–-－~～至".contains(c))
            {
                work = rest.strip_prefix('份').unwrap_or(rest).to_string();
            }
            if work.len() == before {
                break;
            }
        }
        let mut kinds: Vec<&String> = common.meeting_kinds.iter().collect();
        kinds.sort_by_key(|k| std::cmp::Reverse(k.chars().count()));
        if let Some(k) = kinds.iter().find(|k| work.ends_with(k.as_str())) {
            work.truncate(work.len() - k.len());
            // …精神视频会议, …电视电话会议: how it is held is not the work either.
            if let Some(m) = common.meeting_media.iter().find(|m| work.ends_with(m.as_str())) {
                work.truncate(work.len() - m.len());
            }
            // 外资企业座谈会, 重点外贸企业座谈会: who sits there is not the work; a work named
            // among them is (外资 → 利用外资, the first name of its `Common::works` entry), else
            // the default's (review 46: `回顾总结2025年全市外资企业工作`).
            if let Some(who) = common.meeting_attendees.iter().find(|a| work.ends_with(a.as_str())) {
                let rest = &work[..work.len() - who.len()];
                work = common.work_named_in(rest).and_then(|w| w.names.first()).cloned().unwrap_or_default();
            }
            // …部署推进会, …动员部署会: what the meeting does is no more the work than its kind
            // (`传达学习《…实施方案》部署精神，总结…《…实施方案》部署工作`, review 23).
            while let Some(act) = common
                .meeting_acts
                .iter()
                .find(|a| work.strip_suffix(a.as_str()).is_some_and(|rest| rest.chars().count() >= 2))
            {
                work.truncate(work.len() - act.len());
            }
        }
        for carry in CARRYING_OUT {
            if let Some(inner) = work.strip_prefix(carry) {
                let inner = without_documents(inner);
                // 贯彻落实全区招商引资大会精神暨重点项目推进会议: the spirit carried out is the first
                // meeting's; what 暨 joins after it is one more work of the speech's own (兴安盟's
                // draft said `传达学习全区招商引资大会精神暨重点项目精神` and `招商引资大会精神和重点
                // 项目工作`, review 27).
                let (spirit, more) = match inner.split_once('暨') {
                    Some((spirit, more)) if spirit.ends_with("精神") => (spirit, Some(more)),
                    _ => (inner.as_str(), None),
                };
                let spirit = spirit.strip_suffix("精神").unwrap_or(spirit);
                if !spirit.is_empty() && spirit != meeting {
                    // A document's title written without 《》 (省委省政府关于进一步稳外资促发展若干措施)
                    // is about the work it names (稳外资: 利用外资), as one in 《》 is.
                    let document = spirit.contains("关于")
                        && common.document_kinds.iter().any(|k| spirit.ends_with(k.as_str()));
                    let mut work = if document {
                        common
                            .work_named_in(spirit)
                            .and_then(|w| w.names.first())
                            .map_or_else(|| "对外开放".to_string(), String::clone)
                    } else {
                        work_in(brief, common, spirit, true).0
                    };
                    if let Some(more) = more.filter(|m| m.chars().count() >= 2) {
                        work = format!("{work}和{}", work_in(brief, common, more, false).0);
                    }
                    return (work, Some(spirit.to_string()));
                }
            }
        }
        // A session of a body (市政府第12次常务会议, 县委常委会会议) says who met, not about what:
        // `柳州市市政府第12次常务工作完成情况` (review 44). The work is then the default's.
        if common.meeting_sessions.iter().any(|s| work.ends_with(s.as_str())) || names_a_session(&work) {
            work.clear();
        }
        let work = without_documents(&work);
        let work = work.strip_suffix("精神").unwrap_or(&work);
        // A research visit's meeting names the unit visited and the visit (县商务局调研座谈会), not
        // the work: `民勤县县商务局调研工作的主要目标是` said the place twice and made the visit the
        // work. What is left once the unit and 调研 are gone is the work (对外开放工作调研座谈会).
        let work = work.strip_suffix("调研").unwrap_or(work);
        // At a company, a meeting named by the kind of company (跨境电商企业调研座谈会) names the unit
        // too: `调研跨境电商企业工作`, `…公司跨境电商企业工作的主要目标是` (review 27).
        let a_kind_of_company = || {
            unit_is_company(brief, common)
                && (work.ends_with("企业")
                    || common.company_endings.iter().any(|k| work.ends_with(k.as_str())))
        };
        // Nor is the unit's own development a line of work (襄阳综合保税区建设发展调研座谈会:
        // `今天，我们到襄阳综合保税区调研建设发展工作`, review 28): `Common::unit_growth`.
        let its_growth = || common.unit_growth.iter().any(|g| work.strip_suffix("工作").unwrap_or(work) == g);
        let work = match visited {
            Some(unit)
                if unit.ends_with(work) || work.ends_with(unit) || a_kind_of_company() || its_growth() =>
            {
                ""
            }
            _ => work,
        };
        let work = work.strip_suffix("工作").unwrap_or(work).trim();
        // A campaign's name (开放再出发, 招商引资攻坚年) is the drive, not the line of work: the work
        // is what it drives (招商引资), and 开放 alone is 对外开放.
        let work =
            common.meeting_campaigns.iter().find_map(|c| work.strip_suffix(c.as_str())).unwrap_or(work);
        let work = slogan_after_work(work, common);
        let work = if work == "开放" { "对外开放" } else { work };
        // A newspaper's name (《南方日报》署名文章) is where the text appears, not what it is about; a
        // document's title is what it is about where it names a work of `Common::works` (贯彻落实《…关于
        // 更大力度吸引和利用外资的实施意见》工作推进会: 利用外资, where the speech said 对外开放 in its
        // opening and its goals and 利用外资 in its parts, review 49).
        let work = if work.starts_with('《') && work.ends_with('》') {
            common.work_named_in(work).and_then(|w| w.names.first()).map_or("", String::as_str)
        } else {
            work
        };
        // 暨 joins two works in a meeting's name; running text says 和 (招商引资和优化营商环境工作).
        let work = work.replace('暨', "和");
        (if work.chars().count() < 2 { "对外开放".to_string() } else { work }, None)
    }
}

/// `work` without a slogan after the line of work it names (外贸稳规模优结构 → 外贸, 外资提质增效 →
/// 外资): a slogan is two or more pieces of a verb of `Common::slogan_verbs` and one or two
/// characters, after a name of `Common::works` (the longest that starts `work`). Anything else
/// after the name (外贸外资, 开放型经济) is the work's own.
fn slogan_after_work<'w>(work: &'w str, common: &Common) -> &'w str {
    /// Whether `rest` is made of two or more such pieces, whole: which of its places a run of
    /// pieces from the start reaches, in one pass (trying every split would take time exponential
    /// in a long name of verbs, 稳稳稳…).
    fn slogan(rest: &[char], verbs: &[String]) -> bool {
        let verb = |c: char| verbs.iter().any(|v| v.chars().eq(std::iter::once(c)));
        let mut reached = vec![false; rest.len() + 1];
        reached[0] = true;
        for i in 0..rest.len() {
            if reached[i] && verb(rest[i]) {
                for n in [2, 3].into_iter().filter(|n| i + n <= rest.len()) {
                    reached[i + n] = true;
                }
            }
        }
        // (Pieces are two or three characters: four or more are two pieces at least.)
        rest.len() >= 4 && reached[rest.len()]
    }
    let name = common
        .works
        .iter()
        .flat_map(|w| w.names.iter())
        .filter(|n| work.starts_with(n.as_str()))
        .max_by_key(|n| n.len());
    match name {
        Some(name) => {
            let rest: Vec<char> = work[name.len()..].chars().collect();
            if slogan(&rest, &common.slogan_verbs) { &work[..name.len()] } else { work }
        }
        None => work,
    }
}

/// `meeting` without the documents it joins with 暨: a meeting held on the place's own plan
/// (全市对外开放大会精神暨《江津区扩大高水平对外开放实施方案》推进会) carries the meeting's 精神 and
/// works at the plan; the document is neither a 精神 to 传达学习 nor a line of work
/// (`总结2025年全区…大会精神和《…实施方案》工作`).
fn without_documents(meeting: &str) -> String {
    let parts: Vec<&str> = meeting
        .split('暨')
        .filter(|p| {
            let p = p.strip_suffix("精神").unwrap_or(p);
            !(p.starts_with('《') && p.ends_with('》'))
        })
        .collect();
    if parts.is_empty() { meeting.to_string() } else { parts.join("暨") }
}

/// The unit visited without the office that runs it: 长春汽车经济技术开发区管委会 →
/// 长春汽车经济技术开发区 (`Common::unit_offices`); any other unit as it is.
fn unit_body<'u>(unit: &'u str, common: &Common) -> &'u str {
    common
        .unit_offices
        .iter()
        .find_map(|o| unit.strip_suffix(o.as_str()))
        .filter(|b| b.chars().count() >= 2)
        .unwrap_or(unit)
}

/// The line of work without the ambition a meeting's name gives it (全市高水平对外开放大会 →
/// 对外开放; 招商引资 as it is): a record and its problems are of the work (`正确看待我区对外开放的
/// 基础`), not of its ambition (`…高水平对外开放的基础`).
fn work_field(work: &str) -> &str {
    let mut field = work;
    while let Some(rest) = ["扩大", "更高水平", "高水平", "全面"].iter().find_map(|q| field.strip_prefix(q))
    {
        field = rest;
    }
    match field {
        // as `work_of` says 开放 alone
        "开放" => "对外开放",
        f if f.chars().count() >= 2 => f,
        _ => work,
    }
}

/// An office visited (市商务局, 县发改委) has 业务工作 of its own; a park or a company has work.
fn unit_is_office(brief: &Brief) -> bool {
    brief.unit.as_deref().map(str::trim).is_some_and(|u| u.ends_with(['局', '厅', '委', '办', '署', '处']))
}

/// Whether the unit visited is a company (`Common::company_endings`): spoken to as a company.
fn unit_is_company(brief: &Brief, common: &Common) -> bool {
    brief
        .unit
        .as_deref()
        .map(str::trim)
        .is_some_and(|u| common.company_endings.iter().any(|e| u.ends_with(e.as_str()) && u.len() > e.len()))
}

/// A company's name as a speech says it after the first time: without its legal form
/// (海天塑机集团有限公司 → 海天塑机集团), and with 公司 where what is left names no company
/// (某某电子科技有限公司 → 某某电子科技公司).
fn company_short(unit: &str, common: &Common) -> String {
    let unit = unit.trim();
    let Some(body) = common
        .company_forms
        .iter()
        .find_map(|f| unit.strip_suffix(f.as_str()))
        .filter(|b| b.chars().count() >= 2)
    else {
        return unit.to_string();
    };
    if common.company_endings.iter().any(|e| body.ends_with(e.as_str())) {
        body.to_string()
    } else {
        format!("{body}公司")
    }
}

/// A park, a zone or a company visited speaks of its own work and figures (调研综合保税区工作,
/// 综合保税区进出口总额…), not of the whole place's as an office does.
fn unit_own_work(brief: &Brief) -> bool {
    brief.unit.as_deref().is_some_and(|u| !u.trim().is_empty()) && !unit_is_office(brief)
}

/// The problems as a speech numbers them (一是…二是…): a problem with a heading is one item, its
/// heading and then its points; the points of a problem without one are each an item of their own
/// (a writer who gives only points gives one problem a point).
fn problem_items(problems: &[Value]) -> Vec<Value> {
    let mut out = Vec::new();
    for p in problems {
        match p.get("points").and_then(Value::as_array) {
            Some(points) if p.get("heading").is_none_or(Value::is_null) => {
                out.extend(points.iter().map(|t| json!({"heading": null, "points": [t]})));
            }
            _ => out.push(p.clone()),
        }
    }
    out
}

/// The place as a speech names it: a province without 省 (江西省 → 江西), an autonomous area by its
/// short name (延边朝鲜族自治州 → 延边州, 黔东南苗族侗族自治州 → 黔东南州, 长阳土家族自治县 → 长阳自治县,
/// 广西壮族自治区 → 广西, 内蒙古自治区 → 内蒙古); any other place, and an autonomous area whose
/// people `ethnic_groups` does not list, as the brief writes it. (An autonomous county or banner
/// keeps 自治: 长阳县 is not its name.)
/// The place's name without its unit (盐城 of 盐城市, 延边 of 延边州), as a speaker says it of the
/// place itself (`盐城是…`) or a figure names it (`柳州汽车产量`); the whole when the name would be
/// shorter than two characters (甲市). One unit only: 泉州市 is 泉州 (taking every unit off the end
/// left 泉, and the closing said `为泉州市高质量发展`, review 51).
pub fn place_name(locality: &str) -> &str {
    let locality = locality.trim();
    let name = locality.strip_suffix(['市', '县', '区', '省', '州', '盟', '旗']).unwrap_or(locality);
    if name.chars().count() >= 2 { name } else { locality }
}

/// An autonomous place by its name alone, as its own people say it (耿马自治县 → 耿马, 延边州 →
/// 延边): what a point that says what the place is opens with (`耿马与缅甸山水相连…`, review 34).
fn bare_place_name(spoken: &str) -> &str {
    let name = ["自治县", "自治州", "自治旗", "自治区"]
        .iter()
        .find_map(|u| spoken.strip_suffix(u))
        .filter(|b| b.chars().count() >= 2)
        .unwrap_or(spoken);
    place_name(name)
}

pub fn spoken_locality(locality: &str, common: &Common) -> String {
    let locality = locality.trim();
    // A province is named without 省, as seeds 002 and 003 name theirs (辽宁是…, 湖南的一块短板).
    if let Some(name) = locality.strip_suffix('省').filter(|n| n.chars().count() >= 2) {
        return name.to_string();
    }
    // A part of a larger zone by its own name (中国（湖南）自由贸易试验区长沙片区 → 长沙片区): the
    // name of the part follows the larger zone's unit, the last 区 before it.
    for part in &common.zone_parts {
        if let Some(body) = locality.strip_suffix(part.part.as_str())
            && let Some((_, own)) = body.rsplit_once('区')
            && own.chars().count() >= 2
        {
            return format!("{own}{}", part.part);
        }
    }
    // A development zone by its short form, as its own documents name it (宜宾临港经开区).
    for [full, short] in &common.zone_short_names {
        if let Some(body) = locality.strip_suffix(full.as_str()).filter(|b| b.chars().count() >= 2) {
            return format!("{body}{short}");
        }
    }
    let Some((body, unit)) = ["州", "县", "旗", "区"]
        .iter()
        .find_map(|u| locality.strip_suffix(&format!("自治{u}")).map(|b| (b, *u)))
    else {
        return locality.to_string();
    };
    let mut base = body;
    while let Some(rest) = common
        .ethnic_groups
        .iter()
        .filter_map(|g| base.strip_suffix(g.as_str()))
        // (内蒙古 is not 内 + 蒙古: a place's own name is two characters at least.)
        .filter(|r| r.chars().count() >= 2)
        .min_by_key(|r| r.len())
    {
        base = rest;
    }
    // An autonomous region is named without its unit (广西, 新疆, 西藏), a prefecture with it (延边州),
    // a county or a banner with 自治 too (长阳自治县).
    match unit {
        _ if base.chars().count() < 2 => locality.to_string(),
        "区" => base.to_string(),
        _ if base == body => locality.to_string(),
        "州" => format!("{base}州"),
        _ => format!("{base}自治{unit}"),
    }
}

/// `term` with the quotation marks a heading gives it (一带一路 → “一带一路”), unless quoted already.
pub fn quoted(text: &str, terms: &[String]) -> String {
    let mut out = text.to_string();
    for t in terms {
        let q = format!("“{t}”");
        if out.contains(t.as_str()) && !out.contains(&q) {
            out = out.replace(t.as_str(), &q);
        }
    }
    out
}

/// How a speech says the whole of its place and the place itself: 全市 and 我市 (全{level}), but
/// 全片区 and 我片区 for a part of a larger zone (`Common::zone_parts`), whose level word is 区
/// (长沙片区's figures are not 全区's, the district's).
pub fn whole_and_our(brief: &Brief, common: &Common) -> (String, String) {
    let locality = brief.locality.trim();
    match common.zone_parts.iter().find(|p| locality.ends_with(p.part.as_str())) {
        Some(part) => (part.whole.clone(), part.our.clone()),
        None => (format!("全{}", brief.level_word()), format!("我{}", brief.level_word())),
    }
}

/// The place's own party committee and government, as its speech names them.
pub struct Bodies {
    /// `{{level}}委`: 市委, 地委, 自治区党委; a zone's 党工委.
    pub committee: String,
    /// `{{level}}政府`: 市政府, 盟行署; a zone's 管委会.
    pub government: String,
    /// `{{level}}委、{{level}}政府`: 市委、市政府, 盟委、行署.
    pub committee_and_government: String,
    /// `{{level}}委{{level}}政府`: 市委市政府, 盟委行署; a zone's 党工委、管委会.
    pub leadership: String,
}

/// Whether `brief`'s place is itself a development zone: by its name (`Common::is_zone`), or by its
/// speaker, of its 党工委 or 管委会 (`Common::zone_bodies`): 雄安新区's 党工委书记 was given
/// 区委区政府, as its name is no zone's (review 42), where 浦东新区's 区委书记 rightly is.
pub fn is_a_zone(brief: &Brief, common: &Common) -> bool {
    let bodies = &common.zone_bodies;
    let of_its_bodies = |s: &str| {
        [&bodies.committee, &bodies.government].iter().any(|b| !b.is_empty() && s.contains(b.as_str()))
    };
    common.is_zone(&brief.locality) || brief.speaker.as_deref().is_some_and(of_its_bodies)
}

/// The bodies of `brief`'s place (`Brief::committee` and the rest), or, for a place that is itself
/// a development zone, its 党工委 and 管委会 (`Common::zone_bodies`): 洛阳高新区 has no 区委区政府.
pub fn bodies(brief: &Brief, common: &Common) -> Bodies {
    let zone = &common.zone_bodies;
    if !zone.committee.is_empty() && !zone.government.is_empty() && is_a_zone(brief, common) {
        let both = format!("{}、{}", zone.committee, zone.government);
        return Bodies {
            committee: zone.committee.clone(),
            government: zone.government.clone(),
            committee_and_government: both.clone(),
            leadership: both,
        };
    }
    Bodies {
        committee: brief.committee(),
        government: brief.government(),
        committee_and_government: format!("{}、{}", brief.committee(), brief.government_after_committee()),
        leadership: brief.leadership(),
    }
}

/// Builds the template context, registering brief sources with `picker`; `text` is every text of
/// the brief, one a line (`plan::brief_text`).
pub fn build(brief: &Brief, text: &str, common: &Common, seed: u64, picker: &mut Picker<'_>) -> Value {
    let level = brief.level_word();
    let (whole, our) = whole_and_our(brief, common);
    let mut c = Map::new();
    c.insert("genre".into(), json!(brief.genre.name()));
    let title = brief.title.clone().unwrap_or_else(|| brief.title());
    let title_field = if brief.title.is_some() { "title" } else { "meeting" };
    c.insert("title".into(), mark(picker, title_field, &title));
    // Whether the writer gave the title: a genre whose default title is not a speech's (a news
    // report's headline) builds its own when not.
    c.insert("title_given".into(), json!(brief.title.is_some()));
    // A byline parts office and name with a full-width space (`中共盐城市委书记　顾晓明`), as the
    // template's own `（市委书记　2026年3月20日）` does; a writer types the half-width one.
    let speaker = brief.speaker.as_ref().map(|s| {
        let words: Vec<&str> = s.split(' ').filter(|w| !w.is_empty()).collect();
        words.join("\u{3000}")
    });
    c.insert("speaker".into(), opt(picker, "speaker", &speaker));
    let spoken = spoken_locality(&brief.locality, common);
    c.insert("locality".into(), json!(spoken));
    // The place as its own speech names it in passing (为绵阳高质量发展…, 城口, 延边): without its
    // unit, which a speaker does not say of home (`为城口县高质量发展作出新的更大贡献`, review 51);
    // a zone or a 新区 by its spoken name (苏州工业园区, 浦东新区), which is no unit.
    let named = if common.is_zone(&brief.locality) || spoken.ends_with("新区") {
        spoken.clone()
    } else {
        bare_place_name(&spoken).to_string()
    };
    c.insert("place_name".into(), json!(named));
    c.insert("level".into(), json!(level));
    c.insert("whole".into(), json!(whole));
    c.insert("our".into(), json!(our));
    c.insert("leadership".into(), json!(bodies(brief, common).leadership));
    let frame = Frame::of(brief, common);
    c.insert("work".into(), json!(frame.work));
    let field = work_field(&frame.work);
    c.insert("work_field".into(), json!(field));
    // The work as the noun of `我省…的基础`: 商务 names no field (`正确看待我省商务的基础`, review 52).
    let noun =
        common.work_nouns.iter().find(|[name, _]| name == field).map_or(field, |[_, noun]| noun.as_str());
    c.insert("work_noun".into(), json!(noun));
    // What a signed article or an implementation speech argues for, named by its title (or by its
    // meeting, or by the slogan, which an article without a title is headed by) and worded as
    // common.yaml `works` words it; opening-up where none names a work. (锡林郭勒盟's article
    // headed `打造北疆一流营商环境` argued 对外开放 throughout: review 48.)
    let slogan = brief.closing.as_ref().and_then(|cl| cl.slogan.as_deref());
    let theme = [brief.title.as_deref(), Some(brief.meeting.as_str()), slogan]
        .into_iter()
        .flatten()
        .find_map(|t| common.work_named_in(t))
        .or(common.works.first());
    // (`opening_up`: a work the seeds' skeleton is written for, `Work::seed`.)
    let theme = match theme {
        Some(w) => json!({"field": w.field, "act": w.act, "high": w.high, "topic": w.topic,
            "opening_up": w.seed, "opening": w.opening}),
        // (a writer's own common.yaml from before `works`: the frame's work, as it is)
        None => json!({"field": frame.work, "act": frame.work, "high": frame.work, "topic": frame.work,
            "opening_up": true, "opening": true}),
    };
    c.insert("theme".into(), theme);
    c.insert("carried".into(), json!(frame.carried));
    // A meeting held to carry out a document (贯彻落实《…实施方案》推进会) carries no 精神 to 传达学习:
    // the document is 贯彻落实.
    let document = frame.carried.as_deref().is_some_and(|c| c.starts_with('《') && c.ends_with('》'));
    c.insert("carried_document".into(), json!(document));
    c.insert("partial".into(), json!(frame.partial));
    // What a mid-year speech deploys: the rest of the year as the period names it (下半年 after
    // 1—6月), else 下一步.
    let period = brief.period.as_deref().unwrap_or("").trim().trim_end_matches('份');
    let ahead =
        common.periods_ahead.iter().find(|(p, _)| period.ends_with(p.as_str())).map(|(_, a)| a.as_str());
    c.insert("ahead".into(), json!(ahead.filter(|_| frame.partial).unwrap_or("下一步")));
    let record = || brief.achievements.iter().flat_map(|p| &p.figures);
    // The writer's first figure is the record's headline: a company whose 出口额 fell 8.6% is not
    // 总体平稳 and not congratulated because its 自主品牌出口额 rose (瓯海's eyewear maker, review 36).
    let headline = record().next().and_then(|f| Trend::gained(f, common));
    let headline_fell = headline == Some(false);
    // Nor is a record whose headline rose one of falls, however many of the others fell: 湘西州's
    // 1—9月 opened `面临较大压力，主要指标出现回落` over 进出口总额 +12.6% and 出口 +21.5% (review 52).
    let trend = match Trend::of(record(), common) {
        Trend::Down if headline == Some(true) => Trend::Mixed,
        t => t,
    };
    c.insert("trend".into(), json!(trend.name()));
    c.insert("headline_fell".into(), json!(headline_fell));
    c.insert("mostly_down".into(), json!(headline_fell && Trend::mostly_down(record(), common)));
    // The call before a work speech's slogan, drawn by the seed: every draft closed on `凝心聚力、真抓
    // 实干` (review 40). A record that fell is answered by a call to hold on (`坚定信心、迎难而上`).
    let calls = match trend {
        Trend::Down if !common.closing_calls_pressed.is_empty() => &common.closing_calls_pressed,
        _ => &common.closing_calls,
    };
    // (None when common.yaml lists none: the template says its own.)
    let call = calls.get(crate::plan::rng::Rng::fork(seed, "closing_call").below(calls.len().max(1)));
    c.insert("closing_call".into(), json!(call));
    c.insert("mostly_up".into(), json!(Trend::mostly_up(record(), common)));

    // A record with a figure the less the better moving (审批用时缩短) has not all 增长: it 向好.
    let less_better = record().any(|f| f.growth.is_some() && common.fall_word(&f.name).is_some());
    c.insert("less_better".into(), json!(less_better));
    c.insert("one_indicator".into(), json!(Trend::single(record(), common)));
    let situation: Vec<Value> = brief
        .situation
        .iter()
        .enumerate()
        .map(|(i, t)| mark(picker, &format!("situation[{i}]"), t))
        .filter(|v| !v.is_null())
        .collect();
    c.insert("situation".into(), Value::Array(situation));
    // 形势 opens with 当前， as the seeds' do (`当前，世界经济正处于深度调整期…`), unless the writer's
    // points already set their time or frame (`situation_openings`): the first, or a later one
    // (许昌: `省政府近期印发《…》…` then `当前外需增长乏力…` read `当前，省政府近期印发…。当前外需…`).
    // Nor does a point that says what the place is (`盐城是江苏沿海面积最大的城市…`): a standing
    // fact has no 当前.
    // A first clause that is itself a time (`中老铁路开通运营以来，`: `Common::situation_time_ends`)
    // sets it too: `当前，…以来` read twice over (review 28, 西双版纳).
    let timed = |t: &str| {
        t.split(['，', ',']).next().is_some_and(|c| {
            common.situation_time_ends.iter().any(|e| c.ends_with(e.as_str()))
                || common.situation_events.iter().any(|e| c.contains(e.as_str()))
        })
    };
    let led = brief.situation.is_empty()
        || brief.situation.iter().any(|t| {
            let t = t.trim();
            common.situation_openings.iter().any(|w| t.starts_with(w.as_str())) || timed(t)
        })
        || brief.situation.first().is_some_and(|t| {
            let t = t.trim();
            t.starts_with(place_name(&spoken))
                || t.starts_with(bare_place_name(&spoken))
                || t.starts_with('我')
        });
    c.insert("situation_led".into(), json!(led));
    // What the speech as a whole is about: what a passage of 意义 or 保障 may speak of.
    let mut gist = vec![brief.meeting.clone(), frame.work.clone()];
    gist.extend(brief.situation.iter().cloned());
    for p in brief.measures.iter().chain(&brief.problems) {
        gist.extend(p.heading.iter().cloned());
        gist.extend(p.topic.iter().cloned());
    }
    c.insert("gist".into(), json!(gist));
    c.insert("meeting".into(), mark(picker, "meeting", &brief.meeting));
    // A release from a city, county or district goes to papers and sites beyond it: its lead names
    // the place when the meeting's name does not (`沭阳县在县行政中心召开全县开放型经济工作会议`;
    // it read `全县开放型经济工作会议在县行政中心召开`, and 沭阳 first came in the fifth paragraph,
    // review 23). A province's `全省…会议在沈阳召开` is the seeds' own lead.
    let meeting_names_place =
        brief.meeting.contains(place_name(&brief.locality)) || brief.meeting.contains(place_name(&spoken));
    c.insert("lead_names_place".into(), json!(brief.level() != Level::Province && !meeting_names_place));
    // A release on a visit (副省长张卫东到黄石市调研外贸企业), not a meeting: it read `…调研外贸企业在黄石市
    // 召开。会议回顾总结…全省副省长张卫东到黄石市调研外贸企业工作` (review 26). Its lead is the visit:
    // `某日，某某到某地调研…`, the speaker named unless the visit's name holds him already.
    let meeting = brief.meeting.trim();
    let news = brief.genre == crate::model::Genre::NewsReport;
    // A reception (市委书记会见法国利摩日市经贸代表团) or an event (昭通市（深圳）招商引资推介会) is no
    // work meeting either: they read `景德镇市在景德镇宾馆召开市委书记会见…。会议回顾总结…会见…工作`
    // and gave orders to 各县（市、区） before the guests (review 27).
    let reception = common
        .reception_words
        .iter()
        .filter(|_| news)
        .find_map(|w| meeting.find(w.as_str()).map(|at| (&meeting[at..], w.as_str())));
    let event = common
        .event_words
        .iter()
        .filter(|_| news && reception.is_none())
        .find(|w| meeting.contains(w.as_str()));
    // What is done (会见法国利摩日市经贸代表团, the title's), its word (会见) and to whom: the guests
    // as the lead says them (a delegation comes as a party: 法国利摩日市经贸代表团一行).
    c.insert("reception".into(), reception.map_or(Value::Null, |(act, _)| json!(act)));
    c.insert("reception_word".into(), reception.map_or(Value::Null, |(_, w)| json!(w)));
    let guests = reception.map(|(act, w)| &act[w.len()..]);
    let party = |g: &str| if g.ends_with('团') { format!("{g}一行") } else { g.to_string() };
    c.insert("guests".into(), guests.map_or(Value::Null, |g| json!(party(g))));
    c.insert("event".into(), event.map_or(Value::Null, |w| json!(w)));
    // An event's figures that all count what was signed there are its outcome, reported as such
    // (`推介会上，现场签约项目18个`), not as the speaker's account of the place (`周明远在致辞中
    // 介绍，江夏区现场签约项目18个`, review 43).
    // Each part on its own (`at_event`): what the place is (`浏阳经开区…规模工业总产值突破1600亿元`)
    // is the speaker's account, and was told as signed there beside the signing (review 55).
    let at = |p: &Part| outcome_of_event(event.is_some(), p);
    c.insert("signed_at_event".into(), json!(brief.achievements.iter().any(at)));
    // Whether the speaker told of the place at the event (`周立明在致辞中介绍，…`): what they do
    // next is then what they also told (`还介绍，下一步…`); else it is the first (review 55: `周立明
    // 还介绍` followed the signing alone).
    let told = brief.achievements.iter().find(|p| !at(p));
    c.insert("told_at_event".into(), json!(told.is_some()));
    // (Its period is not said before a point that says it: `2025年，浏阳经开区…2025年规模工业总产值…`.)
    let said_in_point = told.is_some_and(|p| {
        p.figures.is_empty()
            && brief
                .period
                .as_deref()
                .is_some_and(|per| p.points.first().is_some_and(|t| t.contains(per.trim())))
    });
    c.insert("told_says_period".into(), json!(said_in_point));
    let visit = news
        && reception.is_none()
        && event.is_none()
        && common.visit_words.iter().any(|w| meeting.contains(w.as_str()))
        && !common.gathering_words.iter().any(|w| meeting.contains(w.as_str()));
    c.insert("visit".into(), json!(visit));
    let talk = news && common.talk_words.iter().any(|w| meeting.ends_with(w.as_str()));
    c.insert("talk".into(), json!(talk));
    c.insert("any_figures".into(), json!(brief.achievements.iter().any(|a| !a.figures.is_empty())));
    // A point of the record that is not what the visitor saw: told after 据介绍.
    let told = brief.achievements.iter().flat_map(|a| &a.points).any(|t| !seen_on_a_visit(t, brief, common));
    c.insert("any_told".into(), json!(told));
    let speaker = brief.speaker.as_deref().unwrap_or("");
    let name = crate::text::person(speaker, true);
    let names_speaker = !name.is_empty() && meeting.contains(name.as_str());
    c.insert("visit_names_speaker".into(), json!(names_speaker));
    // A visit named with its visitor (`省长李明远到…调研`) names them at the release's first mention
    // with their whole office, as the brief gives it (`省委副书记、省长李明远`: review 49 read the
    // lead with 省长 alone); the title keeps the meeting as written.
    let in_full = crate::text::person(speaker, false);
    let visit_meeting = names_speaker.then(|| with_whole_office(meeting, &in_full, &name)).flatten();
    // A visit named by the visitor's title alone (`省长调研郑州新郑综合保税区`) drops the title: the
    // lead names them in full before it (`省委副书记、省长李建华到…省长调研…`, review 59); and one that
    // names where it goes, which the lead says already (`到郑州新郑综合保税区调研郑州新郑综合保税区`),
    // is said `到…调研`.
    let untitled = (!names_speaker)
        .then(|| {
            let at = meeting.find("调研").filter(|&at| at > 0)?;
            let who = &meeting[..at];
            let titled = ["书记", "长", "主任", "常委", "同志"].iter().any(|t| who.ends_with(t));
            (titled && who.chars().count() <= 12).then(|| &meeting[at..])
        })
        .flatten()
        .unwrap_or(meeting);
    let place_given = brief.place.as_deref().map(str::trim).filter(|p| !p.is_empty());
    let visited = |w: &&str| {
        !w.is_empty() && (Some(*w) == place_given || Some(*w) == brief.unit.as_deref().map(str::trim))
    };
    // (Either order: 调研郑州新郑综合保税区, 郑州新郑综合保税区调研.)
    let goes_to = untitled
        .strip_prefix("调研")
        .or_else(|| untitled.strip_suffix("调研"))
        .map(str::trim)
        .filter(visited);
    c.insert("visit_at".into(), json!(goes_to.or(place_given).unwrap_or(brief.locality.trim())));
    c.insert(
        "visit_meeting".into(),
        match visit_meeting {
            Some(m) => mark(picker, "meeting", &m),
            None if goes_to.is_some() => json!("调研"),
            None if untitled != meeting => json!(untitled),
            None => mark(picker, "meeting", &brief.meeting),
        },
    );
    c.insert("visit_goes".into(), json!(common.visit_goes.iter().any(|w| meeting.starts_with(w.as_str()))));
    c.insert("date".into(), brief.date.map_or(Value::Null, |d| json!(d.chinese())));
    // A release is dated by its day: `3月31日，` (seed 002; review 27 read `2026年5月12日，` as odd).
    c.insert("day".into(), brief.date.map_or(Value::Null, |d| json!(d.month_day())));
    let (period_year, year) = brief.years();
    c.insert("year".into(), year.map_or(Value::Null, Value::String));
    // A span of months typed with an ASCII hyphen or a tilde (`1-2月`, `1~6月`) is drafted with the
    // dash of the register (`1—2月`): `调度2026年1-2月` read as typed on a keyboard (review 58).
    let period = brief.period.as_deref().map(month_span_dash);
    c.insert("period".into(), opt(picker, "period", &period));
    c.insert("period_year".into(), period_year.map_or(Value::Null, Value::String));
    c.insert("unit".into(), opt(picker, "unit", &brief.unit));
    c.insert("unit_is_office".into(), json!(unit_is_office(brief)));
    c.insert("unit_own_work".into(), json!(unit_own_work(brief)));
    // A zone visited whose visit names no work (九江综合保税区调研座谈会): its own development is
    // what is spoken of. A 综保区 has no 对外开放工作 of its own: `九江综合保税区对外开放工作还有
    // 不小差距` read as a department's report.
    c.insert("unit_only".into(), json!(unit_own_work(brief) && !frame.named));
    // An office visited whose visit names no work (区市场监管局调研座谈会): its own work is what
    // is spoken of, not the place's 对外开放工作 (review 57: 基层市场监管所人员少 read as a shortfall
    // of 全区对外开放工作).
    let opening_office = brief
        .unit
        .as_deref()
        .is_some_and(|u| common.opening_offices.iter().any(|w| !w.is_empty() && u.contains(w.as_str())));
    let office_only = unit_is_office(brief)
        && !opening_office
        && !frame.named
        && brief.genre == crate::model::Genre::ResearchVisit;
    c.insert("office_only".into(), json!(office_only));
    // Whose work the problems and goals are: the zone visited (its 差距, its 目标); at an office
    // of the place's own, the place as its leader says it there, 全市 (seed 001: 全市对外开放工作还有
    // 不小差距; 慈溪's 市长 at the 市商务局 said 慈溪市对外开放工作还有不小差距); else the place.
    let company = unit_is_company(brief, common);
    c.insert("unit_is_company".into(), json!(company));
    // A visit's requirements open with 第一，站位要提升 and the measures follow from 第二; a company
    // is not told 站位要提升, and its measures start at 第一.
    c.insert("first_measure".into(), json!(if company { 0 } else { 1 }));
    let subject = match brief.unit.as_deref().map(str::trim) {
        Some(u) if company => company_short(u, common),
        Some(u) if unit_own_work(brief) => unit_body(u, common).to_string(),
        Some(u) if office_only => u.to_string(),
        Some(u) if !u.is_empty() => whole.to_string(),
        // The place's own speech says 全市 of its work (`2026年，全市开放型经济工作的主要目标是`):
        // `宁德市开放型经济工作的主要目标是` read as an outsider's (review 27).
        _ if brief.genre != crate::model::Genre::SignedArticle => whole.to_string(),
        _ => spoken.clone(),
    };
    let slogan_names = |who: &str| {
        brief.closing.as_ref().and_then(|cl| cl.slogan.as_deref()).is_some_and(|s| s.contains(who))
    };
    // (江苏省港口集团's slogan, `把江苏省港口集团建设成为…`: `希望江苏省港口集团…，把江苏省港口集团…`)
    c.insert("slogan_names_subject".into(), json!(slogan_names(&subject)));
    // (`奋力推动全县开放型经济高质量发展` after 全县上下要 said 全县 twice: the release says 要… .)
    c.insert("slogan_names_whole".into(), json!(slogan_names(&whole)));
    // Whether the slogan says whom its work serves: the place (绵阳, 全市) or a 贡献 already. A
    // mid-year slogan of the year's targets alone, `确保全面完成全年外资外贸目标任务`, does not, and
    // the closing adds `为绵阳市高质量发展作出新的更大贡献`.
    let place = place_name(&brief.locality);
    let serves = slogan_names(place) || slogan_names(&spoken) || slogan_names(&whole) || slogan_names("贡献");
    c.insert("slogan_serves".into(), json!(serves));
    c.insert("subject".into(), json!(subject));
    c.insert("presided_by".into(), opt(picker, "presided_by", &brief.presided_by));
    c.insert("place".into(), opt(picker, "place", &brief.place));
    // An event named for where it is held (长沙市雨花区（深圳）招商推介会, at 深圳) is not said to be
    // held there again: `…（深圳）招商推介会在深圳举行` (review 36).
    let venue = brief.place.as_deref().map(str::trim).filter(|p| !p.is_empty());
    let names_venue = venue.is_some_and(|p| {
        let city = p.trim_end_matches('市');
        meeting.contains(p) || (!city.is_empty() && meeting.contains(city))
    });
    c.insert("meeting_names_venue".into(), json!(names_venue));
    // A meeting's release names the heads of the 人大 and the 政协 in its lead, after the speaker
    // (seed 002); the rest who attended come last (`principal_titles`).
    let meeting_release = news && reception.is_none() && event.is_none() && !visit;
    let principal =
        |a: &str| meeting_release && common.principal_titles.iter().any(|t| a.contains(t.as_str()));
    // At an event, one who attended in a post above the speaker's (`Common::first_posts`) leads.
    let first = |a: &str| common.first_posts.iter().any(|t| !t.is_empty() && a.contains(t.as_str()));
    let speaker_first = brief.speaker.as_deref().is_some_and(first);
    let superior = |a: &str| event.is_some() && !speaker_first && first(a);
    let (mut principals, mut superiors, mut attendees) = (Vec::new(), Vec::new(), Vec::new());
    for (i, a) in brief.attendees.iter().enumerate() {
        let marked = mark(picker, &format!("attendees[{i}]"), a);
        if marked.is_null() {
            continue;
        }
        match (principal(a), superior(a)) {
            (true, _) => principals.push(marked),
            (_, true) => superiors.push(marked),
            _ => attendees.push(marked),
        }
    }
    c.insert("principals".into(), Value::Array(principals));
    c.insert("superiors".into(), Value::Array(superiors));
    c.insert("attendees".into(), Value::Array(attendees));
    // 陈雪芳、李建明出席会议; but when a title holds a 、 (`省委书记、省人大常委会主任陈求发`),
    // the persons are parted by ，, as seed 002 writes them.
    let titled = brief.attendees.iter().any(|a| a.contains('、'));
    c.insert("attendee_sep".into(), json!(if titled { "，" } else { "、" }));
    let mut likes = Map::new();
    // An event's release reports its figures as the speaker gave them to guests from elsewhere:
    // of 南充市, not of 全市, which read as the host city's (南充's 推介会 in 上海, review 38).
    let figures_of = if event.is_some() { spoken.clone() } else { whole.clone() };
    let ctx = Parts {
        brief,
        common,
        seed,
        whole: &figures_of,
        company: company.then(|| if subject.ends_with("集团") { "集团" } else { "公司" }),
        partial: frame.partial,
        event: event.is_some(),
        judged: Default::default(),
        measures_predicates: Default::default(),
    };
    for (key, section, parts, headings) in [
        ("achievements", Section::Achievements, &brief.achievements, true),
        // A problem is the writer's judgement: its heading is never taken from another speech.
        ("problems", Section::Problems, &brief.problems, false),
        ("measures", Section::Measures, &brief.measures, true),
    ] {
        // Borrowed headings take the build of the writer's own in this list; with none given,
        // of the first one borrowed (`plan::heading`).
        let mut like = Shape::most(parts.iter().filter_map(|p| given(&p.heading)));
        let list: Vec<Value> = parts
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let field = format!("{key}[{i}]");
                let (value, borrowed) = ctx.part(picker, &field, section, p, headings, like);
                like = like.or(borrowed);
                value
            })
            .collect();
        if key == "problems" {
            c.insert("problem_items".into(), Value::Array(problem_items(&list)));
        }
        // At an event, what was done there (集中签约, 推介重点产业和项目: the heading names an act of
        // `Common::event_acts`, or there is no heading) is the event's; a measure headed otherwise
        // (加快项目落地) is what the place will do next, which the speaker tells: 两江新区's plans for
        // the projects signed were reported as done at the signing, `签约仪式上，重庆两江新区对签约项目
        // 实行“专班+专员”服务…` (review 52).
        if key == "measures" && event.is_some() {
            let (mut done, mut next) = (Vec::new(), Vec::new());
            for (v, p) in list.iter().zip(parts) {
                if at_event(p, common) { &mut done } else { &mut next }.push(v.clone());
            }
            c.insert("event_deeds".into(), Value::Array(done));
            c.insert("event_plans".into(), Value::Array(next));
        }
        c.insert(key.into(), Value::Array(list));
        likes.insert(key.into(), json!(like.map_or("", Shape::name)));
    }
    c.insert("like".into(), Value::Object(likes));
    // The topics the writer's own measures name, by heading or topic (not a heading borrowed from
    // the bank): a template adds no item of its own on one of them.
    let mut named: Vec<String> = Vec::new();
    for m in &brief.measures {
        for t in picker.topics_named(given(&m.heading), given(&m.topic)) {
            if !named.contains(&t) {
                named.push(t);
            }
        }
    }
    c.insert("measures_topics".into(), json!(named));
    // The topics the brief names anywhere: a part of the template's own on a topic (an article's
    // `要强化人才支撑。`) is written only where the writer spoke of it (nine of ten articles had it
    // with no word of 人才 in their briefs: reviews 51, 52).
    c.insert("brief_topics".into(), json!(picker.topics_in(text)));
    // Whether one of the writer's measures is on the cadres themselves (队伍要过硬): a visit adds
    // no `能力要提升` of its own after it.
    let any_headed = |words: &[String]| brief.measures.iter().any(|m| headed_by(m, words));
    c.insert("measures_on_cadres".into(), json!(any_headed(&common.cadre_words)));
    // Whether one of the writer's measures is on carrying the work out (抓落实: 任务清单，每月调度、
    // 每季通报): the 保障 part adds no `转变作风、狠抓落实` of its own after it (review 51: 台账 and
    // 调度 said twice).
    c.insert("measures_carry_out".into(), json!(any_headed(&common.carrying_out_words)));
    let goals: Vec<Value> = brief
        .goals
        .iter()
        .enumerate()
        .filter_map(|(i, g)| {
            let text = figure::goal(g, g.name.as_deref().and_then(|n| common.fall_word(n)));
            // At a company, whose name the goals follow (`希望…华昌国际贸易公司2026年…`), an
            // indicator of 企业 or 公司 is the company's own: `…公司2026年企业进出口额达到14亿美元`
            // said it twice (review 52).
            let text = match common.company_selves.iter().find_map(|w| text.strip_prefix(w.as_str())) {
                Some(rest) if company && g.name.is_some() && rest.chars().count() >= 2 => rest.to_string(),
                _ => text,
            };
            // (At a company, a goal of the place's backing is the leadership's to say.)
            let backing = company && common.company_backing.iter().any(|w| text.starts_with(w.as_str()));
            (!text.is_empty())
                .then(|| json!({ "text": mark(picker, &format!("goals[{i}]"), &text), "backing": backing }))
        })
        .collect();
    let (backing, hoped): (Vec<Value>, Vec<Value>) =
        goals.iter().cloned().partition(|g| g["backing"] == true);
    c.insert("goals_hoped".into(), Value::Array(hoped));
    c.insert("goals_backing".into(), Value::Array(backing));
    c.insert("goals".into(), Value::Array(goals));
    // A goal the writer put as a commitment (确保完成全年目标任务) needs no lead-in before it.
    let led = brief.goals.first().map(|g| figure::goal(g, None)).is_some_and(|t| {
        ["确保", "力争", "全面完成", "完成", "实现"].iter().any(|w| t.trim_start().starts_with(w))
    });
    c.insert("goals_led".into(), json!(led));
    // A commitment to the year's targets as a whole (确保完成全年外贸外资目标任务), which the goals after
    // it spell out: they follow it after ，, not as a second thing after ；(review 38).
    let whole_targets = led
        && brief.goals.first().map(|g| figure::goal(g, None)).is_some_and(|t| {
            t.contains("目标任务") && !t.trim_end_matches(['。', '；', '，']).contains(['，', '；'])
        });
    c.insert("goals_spelled_out".into(), json!(whole_targets));
    // Goals a speaker announces at an event take the place as their subject (`南充市将力争…`), unless
    // the first names a subject or a time of its own (`南充将力争…`, `到2028年，…`: review 39).
    let stem = place_name(&spoken);
    let goals_own_subject = brief.goals.first().map(|g| figure::goal(g, None)).is_some_and(|t| {
        let t = t.trim_start();
        t.starts_with(stem)
            || t.starts_with(['到', '至', '我'])
            || t.starts_with(|c: char| c.is_ascii_digit())
    });
    c.insert("goals_own_subject".into(), json!(goals_own_subject));
    // A goal announced from its year on (`到2027年全区外资研发中心达到300家`) is a pledge, said with
    // 力争 unless it says its own (`Common::pledge_words`: 力争, 确保…): after `吴伟明表示，` it read
    // as a thing done (review 48).
    let goals_pledged = brief.goals.first().map(|g| figure::goal(g, None)).is_some_and(|t| {
        let t = t.trim_start();
        (t.starts_with(['到', '至']) || t.starts_with(|c: char| c.is_ascii_digit()))
            && !common.pledge_words.iter().any(|w| !w.is_empty() && t.contains(w.as_str()))
    });
    c.insert("goals_pledged".into(), json!(goals_pledged));
    // Where the year the goals are for is said: before the lead-in (`2026年，…的主要目标是：`); after
    // it, before the first goal, when a later goal has a year of its own (`…的目标是：2026年，跨境电商
    // 进出口额达到380亿元；到2027年，海外仓数量达到60个`: 临沂's read `2026年，我们的目标是：…；
    // 到2027年，…`, two time frames at once, review 35); not at all when the first goal has one.
    let (_, year) = brief.years();
    // A goal's own year may stand inside it too (`二期项目2026年底建成投产`: a company's read
    // `希望…公司2026年二期项目2026年底建成投产`, review 37); a year compared with (`比2025年增长`) is
    // no time frame.
    let own_year = |g: &crate::model::Goal| figure::own_year(&figure::goal(g, None));
    let years: Vec<Option<String>> = brief.goals.iter().map(own_year).collect();
    // Or a time of its own (`推动公司第四期增资项目年内签约`: `希望…公司2026年推动…年内签约`,
    // review 41).
    let timed = brief.goals.first().is_some_and(|g| {
        let t = figure::goal(g, None);
        common.point_times.iter().any(|w| t.contains(w.as_str()))
    });
    let frame = match years.first() {
        Some(Some(_)) => "none",
        _ if timed => "none",
        _ if years.iter().flatten().any(|y| year.as_deref() != Some(y.as_str())) => "inside",
        _ => "lead",
    };
    c.insert("goals_frame".into(), json!(frame));
    // The first goal is for a year of its own (`到2027年…`): not one of `今年的目标任务`.
    c.insert("goals_dated".into(), json!(matches!(years.first(), Some(Some(_)))));
    let slogan = brief.closing.as_ref().and_then(|cl| cl.slogan.clone());
    // A slogan of phrases parted by spaces is a headline's (`携手共赢新机遇 共绘发展新蓝图`); said in
    // the text, its phrases are parted by ，(雨花区's release read `…；携手共赢新机遇 共绘发展新蓝图。`,
    // review 36). The title keeps it as typed.
    let spoken = slogan
        .as_deref()
        .map(|s| s.split([' ', '\u{3000}']).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("，"));
    c.insert("slogan".into(), opt(picker, "closing.slogan", &spoken));
    c.insert("slogan_title".into(), opt(picker, "closing.slogan", &slogan));
    c.insert("length".into(), json!(brief.length()));
    Value::Object(c)
}

/// What every part's context is built from.
struct Parts<'b> {
    brief: &'b Brief,
    common: &'b Common,
    seed: u64,
    whole: &'b str,
    /// The period is part of a year (`Frame::partial`): a target completed is the year's.
    partial: bool,
    /// A release on an event (推介会, 签约仪式): its measures are what was done there, reported as
    /// done (`南充市推介…`), not deployed (`南充市要推介…`, review 39).
    event: bool,
    /// What a company visited is called in its figures, 集团 or 公司 (by its `subject`): `None`
    /// when the unit is no company.
    company: Option<&'static str>,
    /// The judgments already heading a part of this draft (`part`).
    judged: std::cell::RefCell<Vec<String>>,
    /// Whether every point of every measure opens with a predicate (`part`): found once, not
    /// once a measure (16,000 measures took 10 s, fuzz 28).
    measures_predicates: std::cell::OnceCell<bool>,
}

/// The name a part's topic goes by in its judgment heading: a compound name of the lexicon
/// (跨境电商与新业态, 一带一路与国际合作) by the one half the part's figures and points speak of.
/// 曹县's 跨境电商交易额 was headed `跨境电商与新业态保持增长`, naming a 新业态 its brief never did.
fn spoken_topic<'t>(topic: &'t str, p: &Part) -> &'t str {
    let said = |half: &str| {
        p.figures.iter().any(|f| f.name.contains(half)) || p.points.iter().any(|x| x.contains(half))
    };
    let mut spoken = topic.split('与').filter(|half| !half.is_empty() && said(half));
    match (spoken.next(), spoken.next()) {
        (Some(half), None) if half != topic => half,
        _ => topic,
    }
}

impl Parts<'_> {
    /// A part's context, and the build of the heading it borrowed, if it borrowed one (a heading
    /// borrowed for a part without one is of the build `like`). An achievement without a heading is
    /// headed by a judgment of its topic's figures (对外贸易稳中有进), as seed 004 heads them; a
    /// measure by a heading of the phrasebank on its topic.
    fn part(
        &self,
        picker: &mut Picker<'_>,
        field: &str,
        section: Section,
        p: &Part,
        phrase_headings: bool,
        like: Option<Shape>,
    ) -> (Value, Option<Shape>) {
        let (brief, whole) = (self.brief, self.whole);
        let topic = given(&p.topic);
        let mut borrowed = None;
        // A measure headed by the bare name of a topic of the writer's own (`外贸主体`): a title
        // above its points, but no sentence (`四是外贸主体。`, review 30), so a template that says
        // its heading as one opens the item with the points instead (`topic_only`).
        let mut topic_only = false;
        let heading = match given(&p.heading) {
            Some(h) => mark(picker, &format!("{field}.heading"), h),
            None if section == Section::Achievements && topic.is_some() => {
                let t = topic.unwrap_or_default();
                let judgments = &self.common.judgments;
                // The writer's first figure is the part's headline (实际利用外资 under 利用外资): when it
                // fell, the others rising make no 稳中承压 of it.
                // When it rose, the others falling make no 承压前行 of it either (恩施州's 茶叶出口
                // +18.2% beside 魔芋 −6.8%, review 43).
                let headline = p.figures.first().and_then(|f| Trend::gained(f, self.common));
                let trend = match Trend::of(p.figures.iter(), self.common) {
                    Trend::Mixed if headline == Some(false) => Trend::Down,
                    t => t,
                };
                // A headline that changed by `steep` or more is said to have (not for a figure the
                // less of the better: 审批用时缩短 is no 快速增长).
                let less_better = p.figures.first().is_some_and(|f| self.common.fall_word(&f.name).is_some());
                let steep = !less_better
                    && p.figures.first().is_some_and(|f| {
                        f.growth.as_ref().zip(judgments.steep).is_some_and(|(g, s)| g.value().abs() >= s)
                    });
                let list = match trend {
                    Trend::Up if less_better && headline == Some(true) && !judgments.up_better.is_empty() => {
                        &judgments.up_better
                    }
                    Trend::Up if steep && headline == Some(true) && !judgments.up_fast.is_empty() => {
                        &judgments.up_fast
                    }
                    Trend::Down if steep && headline == Some(false) && !judgments.down_steep.is_empty() => {
                        &judgments.down_steep
                    }
                    Trend::Up => &judgments.up,
                    Trend::Mixed if headline == Some(true) && !judgments.mixed_led_up.is_empty() => {
                        &judgments.mixed_led_up
                    }
                    Trend::Mixed => &judgments.mixed,
                    Trend::Down => &judgments.down,
                    Trend::None => &judgments.none,
                };
                let mut rng = crate::plan::rng::Rng::fork(self.seed, &format!("judgment/{field}"));
                // Only the topic is the writer's: the judgment is the template's (`--explain`).
                let t = spoken_topic(t, p);
                let topic = mark(picker, &format!("{field}.topic"), &quoted(t, &self.common.quoted));
                // Two parts that fell are not both 承压回落 (恩施州's 对外贸易 and 利用外资, a
                // helper's review): the seed's draw, or the next judgment of the list not yet used.
                let start = if list.is_empty() { 0 } else { rng.below(list.len()) };
                let mut judged = self.judged.borrow_mut();
                let pick = (0..list.len())
                    .map(|k| &list[(start + k) % list.len()])
                    .find(|j| !judged.contains(j))
                    .or(list.get(start));
                if let Some(j) = pick {
                    judged.push(j.clone());
                }
                match (pick, topic) {
                    (Some(j), Value::String(topic)) => Value::String(format!("{topic}{j}")),
                    (_, topic) => topic,
                }
            }
            None => {
                // A measure's topic the lexicon heads in the build of the headings around it
                // (`推动产业园区提质增效` among `千方百计稳住外贸基本盘`, `抓实外资招引`) takes a
                // phrasebank heading of that build or the lexicon's, not one of another build
                // (遂川县's `三是园区要发展`, a visit's 第X，园区要发展, review 35).
                let lexicon_fits = section == Section::Measures
                    && topic
                        .and_then(|t| picker.topic_heading(t))
                        .is_some_and(|h| like.is_none_or(|l| l.fit(h).is_some()));
                let from_bank = if phrase_headings {
                    topic.and_then(|t| picker.heading(section, t, like, !lexicon_fits, field))
                } else {
                    None
                };
                match (from_bank, topic) {
                    (Some(h), _) => {
                        borrowed = Some(Shape::of(&marks::plain(&h)));
                        Value::String(h)
                    }
                    // A topic of the lexicon the phrasebank has no heading on is headed as the
                    // lexicon says (三是提高利用外资质量和水平), not by its bare name (三是利用外资).
                    (None, Some(t)) if phrase_headings && section == Section::Measures => {
                        match picker.topic_heading(t) {
                            Some(h) => Value::String(h.to_string()),
                            None => {
                                topic_only = !p.points.is_empty();
                                mark(picker, &format!("{field}.topic"), &quoted(t, &self.common.quoted))
                            }
                        }
                    }
                    (None, Some(t)) if phrase_headings => {
                        mark(picker, &format!("{field}.topic"), &quoted(t, &self.common.quoted))
                    }
                    _ => Value::Null,
                }
            }
        };
        let partial = self.partial;
        let company = self.company;
        let figures: Vec<Value> = p
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let src = picker.brief_source(&format!("{field}.figures[{i}]"));
                let f = crate::model::Figure { name: normalise(&f.name), ..f.clone() };
                // Said of the whole place (全市…) unless it is one facility's (河口口岸…), another
                // place's (a province's release: 黄石市外贸…), or the figure of the park or zone
                // visited.
                // At an event, a figure of what was signed there (现场签约项目, 签约总金额) is the
                // event's, not the place's: `江夏区现场签约项目18个` (review 43).
                let own_subject = unit_own_work(brief)
                    || (self.event && signed_here(&f.name))
                    || figure::of_one_facility(
                        &f.name,
                        &self.common.facilities,
                        &self.common.facility_kinds,
                        &self.common.not_facilities,
                    )
                    || figure::names_a_place(&f.name, &self.common.place_words);
                // A company's figures are the company's: `2025年，公司营业收入42.8亿元…`, where they
                // had no subject at all (`2025年，累计投资总额3.6亿美元；营业收入…`, review 41).
                let lead = match company {
                    Some(c) if !["公司", "企业", "集团"].iter().any(|w| f.name.starts_with(w)) => {
                        Some(c)
                    }
                    Some(_) => None,
                    None => Some(whole).filter(|_| !own_subject),
                };
                let fall = self.common.fall_word(&f.name);
                json!({
                    "name": f.name,
                    "value": f.value.as_str(),
                    "unit": f.unit,
                    "growth": f.growth.as_ref().map(|g| g.as_str().to_string()),
                    "target_rate": f.target_rate.as_ref().map(|g| g.as_str().to_string()),
                    "rank": f.rank,
                    "total": self.common.running_total(&f.name),
                    "clause": figure::clause(&f, None, &brief.locality, partial, fall),
                    "clause_lead": figure::clause(
                        &f,
                        lead,
                        &brief.locality,
                        partial,
                        fall,
                    ),
                    "src": src,
                })
            })
            .collect();
        // Points numbered 一要…二要… read as 要 + the point: only when every point opens with a
        // predicate (`Common::predicate_openings`); `一要各镇街、各园区每月报送…` does not read.
        // One style for all of a part's measures: 兴安盟's （一） said 一是…二是… (its second point
        // opens with 盟级领导) and its （二）（三） 一要…二要… (review 27).
        let opens_a_predicate =
            |t: &String| self.common.predicate_openings.iter().any(|o| t.trim().starts_with(o.as_str()));
        // Each point, and each as a demand (`demands`): 要 before one that opens with a predicate. A
        // research visit's requirements and an article's measures say 要 of every deed, where a
        // work speech's deployment lists them (review 40: `第二，落地加工要做大。围绕木材…引进精深
        // 加工项目…。推进合作区供水…建设。招商引资不仅要看…。要鼓励企业…`, notes beside demands).
        // A point that opens with its doer has its 要 after it (`deployed`), one with a time or
        // anything else stays as written.
        // What a visitor saw (`李明远先后来到…`: the point opens with the speaker's name or a deed of
        // a visit, `Common::visit_deeds`), and what they were told (the rest): a visit's release
        // puts the one in its lead and the other after 据介绍 (review 49 read a province's count of
        // firms in the lead, among what the 省长 saw).
        let seen_here = |t: &str| seen_on_a_visit(t, brief, self.common);
        let (mut seen, mut told) = (Vec::new(), Vec::new());
        // A point that says no more than the heading over it is not said again under it (a stock
        // sentence ticked in `new`, 持续优化营商环境。, under the heading drawn for 营商环境:
        // `二是持续优化营商环境。持续优化营商环境。`, review 58).
        let bare = |t: &str| marks::plain(t).trim().trim_end_matches(['。', '；']).to_string();
        let heading_said = heading.as_str().map(bare);
        let (points, demands): (Vec<Value>, Vec<Value>) = p
            .points
            .iter()
            .enumerate()
            .filter(|(_, t)| heading_said.as_deref() != Some(bare(t).as_str()))
            .map(|(i, t)| {
                let deployed =
                    (section == Section::Measures && !self.event).then(|| deployed(t, self.common)).flatten();
                let said = deployed.unwrap_or_else(|| t.clone());
                let field = format!("{field}.points[{i}]");
                let marked = mark(picker, &field, &said);
                let demand = match &marked {
                    Value::String(_) if let Some(led) = doer_named_later(&said) => mark(picker, &field, &led),
                    Value::String(m) if opens_a_predicate(&said) && !said.trim().starts_with('要') => {
                        Value::String(format!("要{m}"))
                    }
                    _ => match at_a_time(&said, &self.common.point_times) {
                        Some(timed) => mark(picker, &field, &timed),
                        None => marked.clone(),
                    },
                };
                if !marked.is_null() {
                    if seen_here(t) { &mut seen } else { &mut told }.push(marked.clone());
                }
                (marked, demand)
            })
            .filter(|(v, _)| !v.is_null())
            .unzip();
        let predicates = !p.points.is_empty()
            && if section == Section::Measures {
                *self
                    .measures_predicates
                    .get_or_init(|| brief.measures.iter().flat_map(|m| &m.points).all(opens_a_predicate))
            } else {
                p.points.iter().all(opens_a_predicate)
            };
        // A part given neither heading nor topic, headed where its genre heads every part (an
        // article's measure): the lexicon's heading of the first topic its points name (松阳's
        // `推动茶企抱团出海，…打响“松阳银猴”出口品牌` stood under the article's 意义 heading, its
        // own part having none, review 52).
        let named_heading = if heading.is_null() && topic.is_none() && section == Section::Measures {
            let text: String = p.points.join("\n");
            picker.topics_in(&text).iter().find_map(|t| picker.topic_heading(t).map(str::to_string))
        } else {
            None
        };
        let value = json!({
            "heading": heading,
            "named_heading": named_heading,
            "topic": topic,
            "figures": figures,
            "points": points,
            "seen": seen,
            "told": told,
            "demands": demands,
            "predicates": predicates,
            // (An event's release names who did what its first point does: `推介会上，南充市推介…`.)
            "opens_a_predicate": p.points.first().is_some_and(opens_a_predicate),
            // (At an event a first point that is no deed, its doer's or the place's (`江夏区是…重要
            // 拓展区`), is what the speaker said there, not the reporter's claim: review 43. What
            // was signed there is the event's deed, seen by the reporter: `签约仪式上，18家外资研发
            // 中心现场签约`, where the speaker was made to tell it (`吴伟明还介绍，…`, review 48).)
            "opens_a_deed": p.points.first().is_some_and(|t| {
                opens_a_predicate(t)
                    || deployed(t, self.common).is_some()
                    || t.split(['，', '；']).next().is_some_and(signed_here)
            }),
            "topic_only": topic_only,
            "at_event": section == Section::Achievements && outcome_of_event(self.event, p),
        });
        (value, borrowed)
    }
}

/// Whether an achievement's point says what the speaker did or saw on a visit: it opens with
/// their name (`李明远先后来到…`) or a deed of a visit (`Common::visit_deeds`).
fn seen_on_a_visit(point: &str, brief: &Brief, common: &Common) -> bool {
    let visitor = crate::text::person(brief.speaker.as_deref().unwrap_or(""), true);
    let t = point.trim();
    (!visitor.is_empty() && t.starts_with(visitor.as_str()))
        || common.visit_deeds.iter().any(|d| !d.is_empty() && t.starts_with(d.as_str()))
}

/// `text` with the office said before `name` (`省长李明远`) made the whole office it is the end of
/// (`whole`: `省委副书记、省长李明远`); `None` when `text` says no part of it before the name, or the
/// whole already.
fn with_whole_office(text: &str, whole: &str, name: &str) -> Option<String> {
    let at = text.find(name)?;
    let before = &text[..at];
    let office = whole.strip_suffix(name)?;
    // The longest end of `before` that ends the office too (a character boundary of both).
    let said = before
        .char_indices()
        .map(|(i, _)| &before[i..])
        .find(|tail| office.ends_with(tail) && tail.chars().count() >= 2)?;
    (said != office).then(|| format!("{}{office}{}", &before[..before.len() - said.len()], &text[at..]))
}

/// Whether a measure of an event's release is what was done at the event: its heading names an
/// act of `Common::event_acts` (集中签约, 推介重点产业和项目), or it has none.
fn at_event(p: &Part, common: &Common) -> bool {
    given(&p.heading).is_none() || headed_by(p, &common.event_acts)
}

/// Whether part `p`'s heading holds one of `words`.
fn headed_by(p: &Part, words: &[String]) -> bool {
    given(&p.heading).is_some_and(|h| words.iter().any(|w| h.contains(w.as_str())))
}

/// `text` with the hyphen or tilde of a span of months between digits made `—` (`1-2月` → `1—2月`).
fn month_span_dash(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let span = |k: usize| {
        k > 0
            && chars[k - 1].is_ascii_digit()
            && chars.get(k + 1).is_some_and(char::is_ascii_digit)
            && chars[k + 1..].iter().find(|c| !c.is_ascii_digit()) == Some(&'月')
    };
    chars
        .iter()
        .enumerate()
        .map(|(k, &c)| if matches!(c, '-' | '~' | '～' | '－' | '–') && span(k) { '—' } else { c })
        .collect()
}

/// Whether a figure counts what was signed at an event (现场签约项目, 签约总金额, 集中签约项目).
fn signed_here(name: &str) -> bool {
    name.contains("签约")
}

/// Whether an achievement of an event's release is what was signed there, the event's outcome
/// reported as seen (`推介会上，现场签约项目18个`): its figures all count what was signed, or, with
/// none, its points all say a signing. Any other is the speaker's account of the place.
fn outcome_of_event(event: bool, p: &Part) -> bool {
    event
        && if p.figures.is_empty() {
            !p.points.is_empty() && p.points.iter().all(|t| signed_here(t))
        } else {
            p.figures.iter().all(|f| signed_here(&f.name))
        }
}

/// How a point says a deed is to be done, where a demand's 要 would be a second one.
const SAYS_WHAT_IS_TO_BE: [&str; 4] = ["要", "必须", "务必", "将"];

/// A measure's point that opens with its doer and goes straight on to the deed (`清河经济开发区新建
/// 标准化厂房8万平方米`), with 要 between the two: in a deployment it read as a thing done
/// (review 26). `None` when the point opens with the deed or already says 要, or its opening is no
/// doer (`Common::subject_ends`) followed by a verb of `Common::predicate_openings` (two characters
/// or more: 对, 在 inside a name are no verb).
fn deployed(point: &str, common: &Common) -> Option<String> {
    let t = point.trim();
    let opens = |s: &str| common.predicate_openings.iter().any(|o| s.starts_with(o.as_str()));
    if opens(t) || SAYS_WHAT_IS_TO_BE.iter().any(|w| t.starts_with(w)) {
        return None;
    }
    // Units named together (`各县（市、区）组织本地企业…`, `各地落实属地责任`) are doers too: each of
    // them, said with 各, its own name's brackets and 、 kept (review 42: they stood bare beside
    // demands).
    let every = t.starts_with('各');
    for (at, _) in t.char_indices().skip(2).take(13) {
        let head = &t[..at];
        let named = |c: char| crate::text::is_han(c) || (every && matches!(c, '（' | '）' | '、'));
        if !head.chars().all(named) {
            return None;
        }
        let rest = &t[at..];
        // (A unit's name ends as one does, or in its brackets; 各地, 各级 are whole: `各街道便民` is
        // no doer before 服务中心.)
        let doer = common.subject_ends.iter().any(|e| head.ends_with(e.as_str()))
            || (every && (head.ends_with('）') || head.chars().count() == 2));
        // A doer that says 要 already, or whose words do (`省商务厅要会同有关部门用好…` read
        // `…有关部门要用好…` with a second 要, review 41).
        if doer && (SAYS_WHAT_IS_TO_BE.iter().any(|w| rest.starts_with(w)) || head.contains('要')) {
            return None;
        }
        let verb =
            common.predicate_openings.iter().any(|o| o.chars().count() >= 2 && rest.starts_with(o.as_str()));
        if verb && doer {
            return Some(format!("{head}要{rest}"));
        }
    }
    None
}

/// A demand whose doer is named after what it is about (`对企业提出的用地问题，由区发改委牵头专题
/// 研究`), with 要 before the doer: `要对…问题，由区发改委牵头…` left 要 without its verb (review 55).
/// `None` when the point says 要 already, its first clause is not what it is about (对, 针对, 就 …)
/// or its second does not open with 由.
fn doer_named_later(point: &str) -> Option<String> {
    let t = point.trim();
    let (about, rest) = t.split_once('，')?;
    let said = SAYS_WHAT_IS_TO_BE.iter().any(|w| about.contains(w) || rest.starts_with(w));
    let topic = ["对", "针对", "就", "关于", "凡"].iter().any(|w| about.starts_with(w));
    (topic && rest.starts_with('由') && !said).then(|| format!("{about}，要{rest}"))
}

/// A point that opens with a time of `times` (`每年选派30名年轻干部…`) with 要 after it, as a demand
/// says it (`每年要选派…`); `None` for any other point, or one that says 要 already.
/// The whole of the time is passed over first: times one after another (`今年下半年举办…`), a year
/// (`2026年底前完成…`) and what bounds it (底, 前, 内, 末): `今年要下半年举办`, `三季度要前完成`
/// did not read (review 42).
fn at_a_time(point: &str, times: &[String]) -> Option<String> {
    let t = point.trim();
    let mut at = 0;
    loop {
        let rest = &t[at..];
        if let Some(w) = times.iter().filter(|w| !w.is_empty()).find(|w| rest.starts_with(w.as_str())) {
            at += w.len();
            continue;
        }
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits == 4 && rest[4..].starts_with('年') {
            at += 4 + '年'.len_utf8();
            continue;
        }
        match ["底前", "底", "前", "内", "末"].iter().find(|b| rest.starts_with(*b)) {
            Some(b) if at > 0 => at += b.len(),
            _ => break,
        }
    }
    if at == 0 {
        return None;
    }
    let (time, rest) = (&t[..at], t[at..].trim_start_matches('，'));
    // (力争, 确保 after a time read as they are: `年内力争签约2个`.)
    let said = SAYS_WHAT_IS_TO_BE.iter().chain(&["力争", "确保"]).any(|w| rest.starts_with(w));
    (!said && rest.chars().next().is_some_and(crate::text::is_han)).then(|| format!("{time}要{rest}"))
}

/// A part's own words: heading, topic, points and figure names, one a line.
pub fn part_text(p: &Part) -> String {
    let mut out: Vec<&str> = Vec::new();
    out.extend(p.heading.as_deref());
    out.extend(p.topic.as_deref());
    out.extend(p.points.iter().map(String::as_str));
    out.extend(p.figures.iter().map(|f| f.name.as_str()));
    out.join("\n")
}

/// What the writer gave for an optional text (blank is none).
fn given(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|h| !h.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A place without its one unit; the whole where less than two characters are left.
    #[test]
    fn a_place_s_name_loses_one_unit() {
        for (locality, name) in [
            ("泉州市", "泉州"),
            ("杭州市", "杭州"),
            ("延边州", "延边"),
            ("曹县", "曹县"),
            ("盐城市", "盐城"),
            ("海南省", "海南"),
        ] {
            assert_eq!(place_name(locality), name, "{locality}");
        }
    }

    #[test]
    fn a_visit_s_lead_gives_the_visitor_s_whole_office() {
        use super::with_whole_office;
        let whole = "省委副书记、省长李明远";
        assert_eq!(
            with_whole_office("省长李明远到郑州调研", whole, "李明远").as_deref(),
            Some("省委副书记、省长李明远到郑州调研")
        );
        // The whole already, no office before the name, another office: as written.
        assert_eq!(with_whole_office("省委副书记、省长李明远到郑州调研", whole, "李明远"), None);
        assert_eq!(with_whole_office("李明远到郑州调研", whole, "李明远"), None);
        assert_eq!(with_whole_office("副省长李明远到郑州调研", "副省长李明远", "李明远"), None);
    }

    #[test]
    fn a_measure_opening_with_its_doer_says_yao() {
        let common = Common::load(&crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap()).unwrap();
        let d = |t: &str| deployed(t, &common);
        assert_eq!(
            d("清河经济开发区新建标准化厂房8万平方米").as_deref(),
            Some("清河经济开发区要新建标准化厂房8万平方米")
        );
        assert_eq!(d("县商务局组织企业参加广交会").as_deref(), Some("县商务局要组织企业参加广交会"));
        // Units named together (review 42).
        assert_eq!(
            d("各县（市、区）组织本地企业用好陆港通道").as_deref(),
            Some("各县（市、区）要组织本地企业用好陆港通道")
        );
        assert_eq!(d("各地落实属地责任").as_deref(), Some("各地要落实属地责任"));
        assert_eq!(
            d("各街道便民服务中心全面设立涉企服务专窗").as_deref(),
            Some("各街道便民服务中心要全面设立涉企服务专窗")
        );
        assert_eq!(
            d("县纺织产业园新建标准化厂房20万平方米").as_deref(),
            Some("县纺织产业园要新建标准化厂房20万平方米")
        );
        for kept in [
            "新建标准化厂房8万平方米",
            "指导企业积极应诉",
            "各镇街、各园区每月报送进度",
            "县商务局要组织企业参展",
            "对企业出口信用保险保费给予补贴",
            "省商务厅要会同有关部门用好出口信用保险",
            "县商务局必须会同海关部门做好通关服务",
            "各镇（街道）要建立外贸企业联系服务机制",
        ] {
            assert_eq!(d(kept), None, "{kept}");
        }
    }

    #[test]
    fn a_span_of_months_takes_the_register_s_dash() {
        assert_eq!(month_span_dash("2026年1-2月"), "2026年1—2月");
        assert_eq!(month_span_dash("1~6月"), "1—6月");
        assert_eq!(month_span_dash("1—9月"), "1—9月");
        // (Not a date, nor a span of anything else.)
        assert_eq!(month_span_dash("2026-03-15"), "2026-03-15");
        assert_eq!(month_span_dash("2025年"), "2025年");
    }

    #[test]
    fn a_demand_whose_doer_comes_later_says_yao_before_it() {
        assert_eq!(
            doer_named_later("对企业提出的三期用地、用能问题，由区发改委牵头专题研究").as_deref(),
            Some("对企业提出的三期用地、用能问题，要由区发改委牵头专题研究")
        );
        assert_eq!(doer_named_later("对企业提出的问题，要由区发改委牵头研究"), None);
        assert_eq!(
            doer_named_later("针对外资项目，由投促中心一对一跟踪服务").as_deref(),
            Some("针对外资项目，要由投促中心一对一跟踪服务")
        );
        // (A deed first is the demand's own: 要 before it, as before.)
        assert_eq!(doer_named_later("推动企业扩产，由企业自主决策"), None);
        assert_eq!(doer_named_later("推动企业扩产增效"), None);
    }

    #[test]
    fn a_demand_says_yao_after_the_whole_of_its_time() {
        let common = Common::load(&crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap()).unwrap();
        let t = |p: &str| at_a_time(p, &common.point_times);
        for (point, said) in [
            ("每年选派30名年轻干部到招商一线历练", "每年要选派30名年轻干部到招商一线历练"),
            ("今年下半年举办赣州出口商品博览会", "今年下半年要举办赣州出口商品博览会"),
            ("三季度前完成政策兑现", "三季度前要完成政策兑现"),
            ("2026年底前完成陆港二期堆场扩建", "2026年底前要完成陆港二期堆场扩建"),
            ("年内，建成标准厂房10万平方米", "年内要建成标准厂房10万平方米"),
        ] {
            assert_eq!(t(point).as_deref(), Some(said), "{point}");
        }
        for kept in ["年内力争签约2个", "推动存量外资企业增资扩产", "前移审批关口", "今年要完成"]
        {
            assert_eq!(t(kept), None, "{kept}");
        }
    }

    #[test]
    fn normalise_keeps_quotes_and_ampersands_but_widens_chinese_commas() {
        assert_eq!(normalise("引进A&B公司,投资\"<亿元>\"\n项目"), "引进A&B公司，投资\"<亿元>\"项目");
        assert_eq!(normalise("12,300 (USD)"), "12,300 (USD)");
        assert_eq!(crate::text::year_in("2025年"), Some("2025".into()));
    }

    #[test]
    fn a_compound_topic_goes_by_the_half_its_part_speaks_of() {
        let part = |figure: &str, point: &str| Part {
            figures: vec![serde_json::from_value(json!({"name": figure, "value": "42.6"})).unwrap()],
            points: vec![point.into()],
            ..Default::default()
        };
        let cbec = part("跨境电商交易额", "产业带通过亚马逊等平台销往欧美");
        assert_eq!(spoken_topic("跨境电商与新业态", &cbec), "跨境电商");
        let both = part("跨境电商交易额", "市场采购等新业态加快发展");
        assert_eq!(spoken_topic("跨境电商与新业态", &both), "跨境电商与新业态");
        let neither = part("中欧班列开行", "开行300列");
        assert_eq!(spoken_topic("通道与物流", &neither), "通道与物流");
        assert_eq!(spoken_topic("对外贸易", &cbec), "对外贸易");
    }

    #[test]
    fn the_field_of_a_work_is_without_its_ambition() {
        let got: Vec<&str> = ["高水平对外开放", "扩大高水平对外开放", "招商引资", "全面开放", "对外开放"]
            .map(super::work_field)
            .to_vec();
        assert_eq!(got, ["对外开放", "对外开放", "招商引资", "对外开放", "对外开放"]);
    }

    /// The work is what is left of the meeting's name without the place, the date, the time of
    /// year and the kind of meeting, in whatever order they come.
    #[test]
    fn the_work_is_the_meeting_without_place_time_and_kind() {
        let common = Common::load(&crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap()).unwrap();
        let brief = |locality: &str| Brief { locality: locality.into(), ..Brief::default() };
        for (locality, meeting, work) in [
            ("柳州市", "全市对外开放工作会议", "对外开放"),
            ("柳州市", "柳州市招商引资工作推进会", "招商引资"),
            ("武清区", "全区上半年经济运行调度会", "经济运行"),
            ("武清区", "上半年全区经济运行调度会", "经济运行"),
            ("柳州市", "2026年一季度全市外贸形势分析会", "外贸"),
            ("绥化市", "全市一季度外贸形势调度会", "外贸"),
            ("绥化市", "全市外贸形势研判会", "外贸"),
            ("柳州市", "2026年度全市商务工作会议", "商务"),
            ("柳州市", "全面扩大开放推进会", "全面扩大开放"),
            ("柳州市", "全市贯彻落实全省对外开放工作会议精神大会", "对外开放"),
            ("柳州市", "全市大会", "对外开放"),
            ("南沙区", "《南方日报》署名文章", "对外开放"),
            ("宜川县", "全县1—8月外贸外资工作调度会", "外贸外资"),
            ("宜川县", "1-6月份全县招商引资调度会", "招商引资"),
            ("晋江市", "全市招商引资暨优化营商环境大会", "招商引资和优化营商环境"),
            ("吴江区", "全区贯彻落实全市开放再出发大会精神推进会", "对外开放"),
            ("晋江市", "全市招商引资攻坚年动员大会", "招商引资"),
            ("晋江市", "全市营商环境提升年推进会", "营商环境"),
            // A slogan after the work is what the meeting wants of it, not its name (review 30:
            // `2025年外贸稳规模优结构工作完成情况`); what else follows a work's name is its own.
            ("德化县", "全县外贸稳规模优结构工作会议", "外贸"),
            ("德化县", "全县利用外资提质增效推进会", "利用外资"),
            ("德化县", "全县外贸稳存量扩增量调度会", "外贸"),
            ("德化县", "全县外贸外资工作会议", "外贸外资"),
            ("德化县", "全县开放型经济工作会议", "开放型经济"),
            ("德化县", "全县外资稳中求进推进会", "外资稳中求进"),
            ("德化县", "全县对外开放提升推进会", "对外开放提升"),
            ("锡林郭勒盟", "全盟贯彻落实自治区高水平对外开放大会精神推进会", "高水平对外开放"),
            ("锡林郭勒盟", "全盟贯彻落实全国商务工作会议精神大会", "商务"),
            ("兴安盟", "全盟贯彻落实全区招商引资大会精神暨重点项目推进会议", "招商引资和重点项目"),
            // The place above by its own name is the holder of the meeting carried out, not the
            // work (review 25: `总结2025年全市苏州市对外开放工作`); in the speech's own meeting a name
            // of that shape stays (城市更新 is no place).
            ("张家港市", "全市贯彻落实苏州市对外开放大会精神会议", "对外开放"),
            ("张家港市", "全市贯彻落实苏州市高水平对外开放大会精神会议", "高水平对外开放"),
            ("昆山市", "全市学习贯彻江苏省推进高水平对外开放大会精神会议", "推进高水平对外开放"),
            (
                "金华市",
                "全市贯彻落实浙江省“地瓜经济”提能升级“一号开放工程”大会精神会议",
                "“地瓜经济”提能升级“一号开放工程”",
            ),
            ("如东县", "全县贯彻落实南通市城市更新工作会议精神会议", "城市更新"),
            ("苏州市", "全市城市更新工作会议", "城市更新"),
            ("沈阳市", "全市贯彻落实市委经济工作会议精神会议", "经济"),
            ("河池市", "全市学习贯彻中央外事工作会议精神会议", "外事"),
            // What the meeting does, between the work and its kind (review 23: `《…》部署工作`).
            ("山西省", "全省贯彻落实《山西省推进高水平对外开放三年行动实施方案》部署推进会", "对外开放"),
            // A document is about the work its title names (review 49).
            ("武侯区", "全区贯彻落实《关于更大力度吸引和利用外资的实施意见》工作推进会", "利用外资"),
            ("晋江市", "全市招商引资动员部署会", "招商引资"),
            ("晋江市", "全市外贸工作总结表彰大会", "外贸"),
            ("武清区", "全区项目建设推进会", "项目建设"),
            // How it is held (视频, 电视电话) and who sits there (企业, 客商) are neither the work
            // (review 46: `传达学习全国稳外资稳外贸工作会议精神视频精神`, `全市外资企业工作`).
            ("安徽省", "全省贯彻落实全国稳外资稳外贸工作会议精神视频会议", "稳外资稳外贸"),
            ("常州市", "全市外资企业座谈会", "利用外资"),
            ("泉州市", "全市重点外贸企业座谈会", "外贸"),
            ("泉州市", "全市外资企业代表恳谈会", "利用外资"),
            ("泉州市", "全市民营企业座谈会", "对外开放"),
            ("泉州市", "全市招商引资网络视频调度会", "招商引资"),
            ("泉州市", "全市跨境电商物流网络建设推进会", "跨境电商物流网络建设"),
            ("泉州市", "全市外贸物流网络会议", "外贸物流网络"),
            // named by the place as it is spoken (review 23: `长沙片区长沙片区服务贸易…工作`)
            (
                "中国（湖南）自由贸易试验区长沙片区",
                "长沙片区服务贸易和数字贸易发展推进会",
                "服务贸易和数字贸易发展",
            ),
            // A document joined by 暨 is neither a work nor a 精神 (江津区 drafted
            // `总结2025年全区高水平对外开放大会精神和《…实施方案》工作`).
            (
                "江津区",
                "全区贯彻落实全市高水平对外开放大会精神暨《江津区扩大高水平对外开放实施方案》推进会",
                "高水平对外开放",
            ),
        ] {
            assert_eq!(work_of(&brief(locality), &common, meeting).0, work, "{meeting}");
        }
        // A long run of a slogan's verbs that is no slogan is read through once: trying every split
        // of 120 of them would not end.
        let verbs = format!("全县外贸{}中中中会议", "稳".repeat(120));
        assert_eq!(work_of(&brief("德化县"), &common, &verbs).0, verbs[6..verbs.len() - 6]);
        // A research visit: the unit visited and the visit are not the work.
        let visit = |locality: &str, unit: &str| Brief {
            locality: locality.into(),
            unit: Some(unit.into()),
            ..Brief::default()
        };
        for (locality, unit, meeting, work) in [
            ("民勤县", "县商务局", "县商务局调研座谈会", "对外开放"),
            ("民勤县", "县商务局", "民勤县商务局调研座谈会", "对外开放"),
            ("清溪县", "县商务局", "到县商务局调研", "对外开放"),
            ("芜湖市", "市商务局", "全市招商引资工作调研座谈会", "招商引资"),
            ("清溪县", "县商务局", "县商务局调研全县对外开放工作座谈会", "对外开放"),
            ("清溪县", "县商务局", "县商务局调研全县招商引资工作座谈会", "招商引资"),
            // The visitor is not the work (湖里区, review 26).
            ("湖里区", "湖里区跨境电商产业园", "区委书记调研跨境电商产业园座谈会", "对外开放"),
            // The zone its 管委会 runs, named with the place's name at its start.
            (
                "长春市",
                "长春汽车经济技术开发区管委会",
                "调研长春汽车经济技术开发区开放发展工作座谈会",
                "开放发展",
            ),
            ("长春市", "长春汽车经济技术开发区管委会", "长春汽车经济技术开发区管委会调研座谈会", "对外开放"),
            // At a company, the kind of company is the unit, not a work (长乐区, review 27).
            ("长乐区", "福建海纵跨境电商有限公司", "跨境电商企业调研座谈会", "对外开放"),
            ("长乐区", "县商务局", "跨境电商企业调研座谈会", "跨境电商企业"),
        ] {
            assert_eq!(work_of(&visit(locality, unit), &common, meeting).0, work, "{meeting}");
        }
        for (full, short) in [
            ("延边朝鲜族自治州", "延边州"),
            ("黔东南苗族侗族自治州", "黔东南州"),
            ("伊犁哈萨克自治州", "伊犁州"),
            ("长阳土家族自治县", "长阳自治县"),
            ("镇宁布依族苗族自治县", "镇宁自治县"),
            ("莫力达瓦达斡尔族自治旗", "莫力达瓦自治旗"),
            ("广西壮族自治区", "广西"),
            ("新疆维吾尔自治区", "新疆"),
            ("内蒙古自治区", "内蒙古"),
            ("西藏自治区", "西藏"),
            ("芜湖市", "芜湖市"),
            ("江西省", "江西"),
            ("黑龙江省", "黑龙江"),
            ("某某族自治州", "某某族自治州"),
            ("自治区", "自治区"),
            ("宜宾临港经济技术开发区", "宜宾临港经开区"),
            ("武汉东湖新技术开发区", "武汉东湖新技术开发区"),
            ("苏州高新技术产业开发区", "苏州高新区"),
            ("经济技术开发区", "经济技术开发区"),
            ("中国（湖南）自由贸易试验区长沙片区", "长沙片区"),
            ("中国（上海）自由贸易试验区临港新片区", "临港新片区"),
            ("某片区", "某片区"),
        ] {
            assert_eq!(spoken_locality(full, &common), short, "{full}");
        }
        for (full, short) in [
            ("海天塑机集团有限公司", "海天塑机集团"),
            ("宁波某某电子科技股份有限公司", "宁波某某电子科技公司"),
            ("某某有限责任公司", "某某公司"),
            ("江苏省港口集团", "江苏省港口集团"),
            ("第一棉纺厂", "第一棉纺厂"),
        ] {
            assert_eq!(company_short(full, &common), short, "{full}");
        }
        let carried = work_of(&brief("洛阳市"), &common, "全市贯彻落实全省对外开放大会精神会议");
        assert_eq!(carried, ("对外开放".to_string(), Some("全省对外开放大会".to_string())));
        let plan = "全区贯彻落实全市高水平对外开放大会精神暨《江津区扩大高水平对外开放实施方案》推进会";
        assert_eq!(work_of(&brief("江津区"), &common, plan).1.as_deref(), Some("全市高水平对外开放大会"));
        assert_eq!(work_of(&brief("柳州市"), &common, "全市对外开放工作会议").1, None);
    }
}

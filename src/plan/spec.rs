//! A genre's spec, `templates/<genre>.yaml`, and the shared `templates/common.yaml`.
//!
//! Genre differences live here and in the template, not in Rust: which parts in which order, how
//! headings are numbered, which words the genre's voice never uses. Adding or changing a genre is
//! a matter of two files (see `docs/templates.md`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::assets::Asset;
use crate::error::{Error, Result};
use crate::model::{Brief, Genre};
use crate::yaml;

/// `templates/<genre>.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenreSpec {
    /// One line for `jianggao templates list`.
    pub description: String,
    /// Heading numbering by level 1..4; "一" is replaced by the Chinese numeral, "1" by the Arabic
    /// one; "" leaves that level unnumbered.
    #[serde(default = "default_numbering")]
    pub numbering: Vec<String>,
    /// Section kinds in the order the template may emit them.
    pub parts: Vec<String>,
    /// Words this genre's voice never uses: a phrase containing one is not drafted.
    #[serde(default)]
    pub forbid: Vec<String>,
    /// Brief fields the genre cannot do without (`Brief::REQUIRABLE`), each with why and how to
    /// write it. Drafting refuses a brief that lacks one; the `new` wizard asks for it as
    /// required. Declared here only.
    #[serde(default)]
    pub require: BTreeMap<String, String>,
    /// Whether the text is delivered as a speech: its length is asked and told in minutes. A news
    /// report or a signed article is read, so its length is in characters only.
    #[serde(default = "yes")]
    pub spoken: bool,
    /// The most measures a speech of this genre has: a writer whose draft is short is told to add
    /// measures only up to it (seed 004's last is 八是; a visit's 第二…第五 stand between 站位 and
    /// 能力).
    #[serde(default = "eight")]
    pub measures_at_most: usize,
}

fn yes() -> bool {
    true
}

fn eight() -> usize {
    8
}

fn default_numbering() -> Vec<String> {
    ["一、", "（一）", "1.", "（1）"].map(String::from).to_vec()
}

/// A heading that narrows (聚焦主导产业精准招商) and a sentence that widens (注重全领域的开放，既抓好
/// 工业项目招商，又要扩大商贸、金融…等领域的开放): the sentence argues against the point it stands
/// under (review 46). One of `heading`'s words in the heading or the points, and one of
/// `sentence`'s in the sentence, and the sentence is not drafted there. An entry with `work`
/// words holds for the whole speech when its work names one (`Clash::of_speech`): a speech on
/// 外贸 has no place for 由工业领域开放向…多领域开放转变 anywhere (reviews 46, 48, 49); one marked
/// `partial` holds for the whole of a speech over part of a year.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clash {
    #[serde(default)]
    pub heading: Vec<String>,
    #[serde(default)]
    pub work: Vec<String>,
    /// Holds for the whole of a speech over part of a year (a 调度会 pressing for the year's
    /// targets: no `久久为功`).
    #[serde(default)]
    pub partial: bool,
    pub sentence: Vec<String>,
    /// Holds at every site (a `work` entry whose words the speech's work names).
    #[serde(skip)]
    pub everywhere: bool,
}

impl Clash {
    /// The entries that hold in a speech on `work` (`context::Frame::work`), over part of a year
    /// when `partial`: those by heading, and as holding everywhere those by work whose words `work`
    /// names and, in a part-year speech, those for one.
    pub fn of_speech(clashes: &[Clash], work: &str, partial: bool) -> Vec<Clash> {
        clashes
            .iter()
            .filter_map(|c| {
                if c.partial {
                    partial.then(|| Clash { everywhere: true, ..c.clone() })
                } else if c.work.is_empty() {
                    Some(c.clone())
                } else {
                    c.work
                        .iter()
                        .any(|w| work.contains(w.as_str()))
                        .then(|| Clash { everywhere: true, ..c.clone() })
                }
            })
            .collect()
    }

    /// Whether `sentence`, under `lines` (a heading and its points), says against them.
    pub fn between(clashes: &[Clash], lines: &[String], sentence: &str) -> bool {
        clashes.iter().any(|c| {
            c.sentence.iter().any(|w| sentence.contains(w.as_str()))
                && (c.everywhere || lines.iter().any(|l| c.heading.iter().any(|w| l.contains(w.as_str()))))
        })
    }
}

/// `templates/common.yaml`: what every genre shares.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Common {
    /// Place, person and organisation names of the seed speeches. The miner marks phrases that
    /// contain such names as not generic; this list is the second line of defence, so that no
    /// seed's locality ever leaks into another locality's draft even if a phrase slips through.
    #[serde(default)]
    pub deny: Vec<String>,
    /// Words that tie a sentence to its original occasion (三会合一, 中秋, a named 《document》):
    /// such a sentence would describe a meeting or an event the writer's speech is not about.
    #[serde(default)]
    pub occasion: Vec<String>,
    /// Openings of a sentence that lean on the sentence before it in its source (这些…, 对此…,
    /// 原因就在于此): out of that context they dangle, so such sentences are not drafted.
    #[serde(default)]
    pub dangling: Vec<String>,
    /// Words that end a meeting's name and say what kind of meeting it is (工作会议, 调度会): what
    /// is left is the work the speech is about (全市招商引资工作会议 → 招商引资).
    #[serde(default)]
    pub meeting_kinds: Vec<String>,
    /// Words for how a meeting is held that may stand before its kind (视频, 电视电话): not part of
    /// the work (`…会议精神视频精神`, review 46).
    #[serde(default)]
    pub meeting_media: Vec<String>,
    /// Words for who sits at a meeting that may stand before its kind (外资企业座谈会, 客商恳谈会):
    /// the attendees are not a work; a work named among them is the meeting's (外资 → 利用外资).
    #[serde(default)]
    pub meeting_attendees: Vec<String>,
    /// Words for what a meeting does that may stand between the work and the kind of meeting
    /// (《…实施方案》部署推进会, 招商引资动员部署会): not part of the work.
    #[serde(default)]
    pub meeting_acts: Vec<String>,
    /// How the title of a document ends (若干措施, 实施意见): with 关于 before it, a meeting's name
    /// carries out that document, though its title is not in 《》.
    #[serde(default)]
    pub document_kinds: Vec<String>,
    /// Times of the year a meeting's name may start with (上半年经济运行调度会, 一季度…): the
    /// period's, not the work's.
    #[serde(default)]
    pub meeting_times: Vec<String>,
    /// What a period that is part of a year is followed by (上半年 → 下半年, 1—9月 → 四季度): what
    /// a mid-year speech deploys. A period ending in none of them is followed by 下一步.
    #[serde(default)]
    pub periods_ahead: Vec<(String, String)>,
    /// Words that end a meeting's name, its kind set aside, when it names the body that met and
    /// not a work (市政府常务会议, 县委常委会会议, 党组会议): the speech's work is then 对外开放.
    #[serde(default)]
    pub meeting_sessions: Vec<String>,
    /// Words that end a campaign's name in a meeting's (开放再出发, 招商引资攻坚年): the campaign
    /// drives the work, and is not its name.
    #[serde(default)]
    pub meeting_campaigns: Vec<String>,
    /// The one-character verbs of a slogan after the work in a meeting's name (外贸稳规模优结构,
    /// 外资提质增效): the slogan says what the meeting wants of the work, and is not its name
    /// (`slogan_after_work`).
    #[serde(default)]
    pub slogan_verbs: Vec<String>,
    /// Openings that set a 形势 point's time or frame (当前, 近年来, 随着…): a first point without
    /// one is led by 当前，.
    #[serde(default)]
    pub situation_openings: Vec<String>,
    /// A period with one of these (1—8月, 上半年, 前三季度, 今年以来) is part of a year: the speech
    /// takes stock midway and speaks of 下一步, not of a new year's deployment.
    #[serde(default)]
    pub partial_periods: Vec<String>,
    /// Judgments that head an achievement part the writer left without a heading, by the trend of
    /// its figures (`Trend`): 对外贸易稳中有进, 利用外资承压回落.
    #[serde(default)]
    pub judgments: Judgments,
    /// Terms a heading or a sentence quotes (“一带一路”).
    #[serde(default)]
    pub quoted: Vec<String>,
    /// The peoples named in the names of autonomous areas (朝鲜族, 蒙古): a speech says 延边州, not
    /// 延边朝鲜族自治州 (`context::spoken_locality`).
    #[serde(default)]
    pub ethnic_groups: Vec<String>,
    /// A development zone's unit and its short form (经济技术开发区 → 经开区): a zone's speech names
    /// itself 宜宾临港经开区, not 宜宾临港经济技术开发区 four times over (`context::spoken_locality`).
    #[serde(default)]
    pub zone_short_names: Vec<[String; 2]>,
    /// How the name of a part of a larger zone ends (片区), and how it says its whole and itself
    /// where another place says 全区 and 我区 (全片区, 我片区): it speaks of itself by its own name
    /// (`context::spoken_locality`, `context::whole_and_our`).
    #[serde(default)]
    pub zone_parts: Vec<ZonePart>,
    /// How the name of a place that is itself a development zone ends (开发区, 经开区, 综合保税区; a
    /// `zone_parts` part is one too): the `开发区` column of `levels.yaml` is its wording.
    #[serde(default)]
    pub zones: Vec<String>,
    /// A zone's own party committee and government (党工委, 管委会), said in its own speech where
    /// another place says 区委 and 区政府 (`context::bodies`).
    #[serde(default)]
    pub zone_bodies: ZoneBodies,
    /// Words by which a measure's heading is on the cadres themselves (队伍, 干部, 能力, 本领): a
    /// research visit adds no `能力要提升` of its own after such a measure (`measures_on_cadres`).
    #[serde(default)]
    pub cadre_words: Vec<String>,
    /// A work whose name alone names no field, and how it is said as the noun of `我省…的基础`
    /// (商务 → 商务工作; the `work_noun` of a template).
    #[serde(default)]
    pub work_nouns: Vec<[String; 2]>,
    /// Acts done at an event (签约, 推介, 发布, 揭牌): a measure headed by one is the event's own, in
    /// its release (`context::at_event`).
    #[serde(default)]
    pub event_acts: Vec<String>,
    /// Words of a measure's heading on carrying the work out (抓落实, 强化督查考核).
    #[serde(default)]
    pub carrying_out_words: Vec<String>,
    /// The calls a work speech's closing makes before its slogan (`同志们，让我们凝心聚力、真抓实干，
    /// …！`), one drawn by the seed; over a record that fell, `closing_calls_pressed`.
    #[serde(default)]
    pub closing_calls: Vec<String>,
    #[serde(default)]
    pub closing_calls_pressed: Vec<String>,
    /// Facilities a figure may be of (口岸, 港区, 开发区), and the kinds of them that are not a
    /// name (边境, 国家级): `figure::of_one_facility`.
    #[serde(default)]
    pub facilities: Vec<String>,
    #[serde(default)]
    pub facility_kinds: Vec<String>,
    /// Words that hold a facility word and name no facility (香港, 港澳): a facility word inside
    /// one does not count.
    #[serde(default)]
    pub not_facilities: Vec<String>,
    /// Words that end with a unit of administration and are no place (互市, 上市, 联盟):
    /// `figure::names_a_place`.
    #[serde(default)]
    pub place_words: Vec<String>,
    /// A release's "meeting" that is a visit (调研, 视察) and no gathering (会, 论坛): `visit`.
    #[serde(default)]
    pub visit_words: Vec<String>,
    #[serde(default)]
    pub gathering_words: Vec<String>,
    /// A visit's name that says where it went (到黄石市调研…).
    #[serde(default)]
    pub visit_goes: Vec<String>,
    /// Words a heading and a sentence under it cannot both say (`Clash`).
    #[serde(default)]
    pub scope_clashes: Vec<Clash>,
    /// Words for a meeting that talks with people rather than reviews and deploys (座谈会, 恳谈会):
    /// its release's lead says no `回顾总结…研究部署…` (review 46).
    #[serde(default)]
    pub talk_words: Vec<String>,
    /// A release's "meeting" that is a reception of guests (会见): `reception`.
    #[serde(default)]
    pub reception_words: Vec<String>,
    /// A release's "meeting" that is a promotion or a signing (推介会, 签约仪式): `event`.
    #[serde(default)]
    pub event_words: Vec<String>,
    /// The titles of the heads of the 人大 and the 政协: a meeting's release names them in its lead,
    /// after the speaker (`principals`).
    #[serde(default)]
    pub principal_titles: Vec<String>,
    /// The offices that run a park or a zone (管委会, 管理委员会): a visit to
    /// 长春汽车经济技术开发区管委会 speaks of the zone's work, 长春汽车经济技术开发区.
    #[serde(default)]
    pub unit_offices: Vec<String>,
    /// How the name of a company ends (公司, 集团, 厂): a visit to one speaks to a company, not to
    /// a department (`context::company_short`).
    #[serde(default)]
    pub company_endings: Vec<String>,
    /// A company's legal form (有限公司, 股份有限公司): said once, in the full name; after that the
    /// speech names the company without it.
    #[serde(default)]
    pub company_forms: Vec<String>,
    /// How a company says itself at the head of its own indicators (企业进出口额): dropped from a
    /// goal that follows the company's name on a visit.
    #[serde(default)]
    pub company_selves: Vec<String>,
    /// Openings of a goal that is the place's backing for the company visited (支持企业…): said by
    /// the leadership (区委区政府将…), not hoped of the company.
    #[serde(default)]
    pub company_backing: Vec<String>,
    /// Words in the name of an office whose work is the place's opening-up (商务, 投资促进, 口岸):
    /// visited with no work named, the speech is on the place's 对外开放工作; any other office
    /// visited so is spoken to of its own work.
    #[serde(default)]
    pub opening_offices: Vec<String>,
    /// Posts of the party committee's head (委书记): at an event, one who attended with such a post
    /// the speaker has not leads the release, before the speaker.
    #[serde(default)]
    pub first_posts: Vec<String>,
    /// Openings of a point that reads after 要 (推动…, 围绕…, 对…实行…): a list whose points all
    /// open so may be numbered 一要…二要…; any other is numbered 一是…二是….
    #[serde(default)]
    pub predicate_openings: Vec<String>,
    /// Times a point may open with (每年, 全年, 年内, 下半年): a demand says 要 after them (`年内要
    /// 建成…`, not `要年内建成…`), where a point opening with a predicate takes it before.
    #[serde(default)]
    pub point_times: Vec<String>,
    /// What a measure's point that opens with its doer ends the doer with (清河经济开发区新建…):
    /// `context::deployed`.
    #[serde(default)]
    pub subject_ends: Vec<String>,
    /// Names a writer gives all the units below a 县 or a 区 (各镇（街道）, 各镇街): a brief that
    /// uses one is spoken of so, not as 各乡镇 or 各街道.
    #[serde(default)]
    pub units_below: Vec<String>,
    /// Names a writer gives all the units below a 市 that is not 县、县级市 and 区 alike (各区（市）,
    /// 各县区): a brief that uses one is spoken of so, not as 各县（市、区）.
    #[serde(default)]
    pub units_below_a_city: Vec<String>,
    /// The lines of work a signed article argues for, each with its wording (`Work`); the first is
    /// the one an article whose title names none is about.
    #[serde(default)]
    pub works: Vec<Work>,
    /// Figures the less the better (用时, 成本), by a word of their name, with how their fall is
    /// said (缩短, 降低): `Common::fall_word`.
    #[serde(default)]
    pub lower_better: Vec<[String; 2]>,
    /// Openings of a figure's name that make it a running total (累计, 截至), not the period's:
    /// `Common::running_total`.
    #[serde(default)]
    pub running_totals: Vec<String>,
    /// Words that make a goal a pledge (力争, 确保, 将): a goal announced without one takes 力争.
    #[serde(default)]
    pub pledge_words: Vec<String>,
    /// Openings of an achievement's point that say what a visitor did there (先后来到, 走进…): what
    /// a visit's release reports as seen, not as told.
    #[serde(default)]
    pub visit_deeds: Vec<String>,
    /// What a visit's name says of the unit's own development (建设发展, 高质量发展): no line of
    /// work (`context::work_in`).
    #[serde(default)]
    pub unit_growth: Vec<String>,
    /// How a first clause that is a time ends (…以来, …之际): a situation that opens so has its
    /// time, and takes no 当前 (`situation_openings` are its openings).
    #[serde(default)]
    pub situation_time_ends: Vec<String>,
    /// Words by which a situation's first clause reports a meeting (会议, 大会, 全会): what it
    /// decided is an event, dated by itself, and takes no 当前 either.
    #[serde(default)]
    pub situation_events: Vec<String>,
}

/// A line of work as a signed article speaks of it (common.yaml `works`): 营商环境 is
/// `德清县营商环境建设还存在一些短板`, `凝聚优化营商环境的强大合力`, `打造一流营商环境责任重大`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Work {
    /// How a title names it (营商环境; 开放型经济, 开放).
    pub names: Vec<String>,
    /// The work as a field with a state: X…还存在一些短板, …迈出新步伐, 开创X…新局面.
    pub field: String,
    /// Doing it: 凝聚…的强大合力, X…既成绩喜人.
    pub act: String,
    /// Doing it to a high standard: 增强…的使命担当, …责任重大、使命光荣, 坚定不移….
    pub high: String,
    /// The topic (topics.yaml) whose sentences speak of it.
    pub topic: String,
    /// The seeds' own work (对外开放, 开放型经济): a template keeps the seeds' headings for it word
    /// for word, and words its own for any other.
    #[serde(default)]
    pub seed: bool,
    /// Whether the work is a part of opening up (外贸, 外资, 招商…), whose 意义 may be argued from
    /// it: `必须坚定不移扩大对外开放` says why. Not 营商环境, a work of its own (`opening: false`):
    /// an article on it opened its 意义 part so (沭阳, 安平: reviews 36, 37).
    #[serde(default = "yes")]
    pub opening: bool,
}

impl Common {
    /// Whether `locality` is itself a development zone (`zones`; a `zone_parts` part, 长沙片区,
    /// is one too).
    pub fn is_zone(&self, locality: &str) -> bool {
        let locality = locality.trim();
        self.zones
            .iter()
            .chain(self.zone_parts.iter().map(|p| &p.part))
            .any(|z| locality.ends_with(z.as_str()))
    }

    /// How a fall of the figure named `name` is said when the less of it the better
    /// (审批平均用时 → 缩短), by the longest word of `lower_better` in it; `None` for a figure
    /// the more of it the better.
    pub fn fall_word(&self, name: &str) -> Option<&str> {
        self.lower_better
            .iter()
            .filter(|[word, _]| !word.is_empty() && name.contains(word.as_str()))
            .max_by_key(|[word, _]| word.len())
            .map(|[_, fall]| fall.as_str())
    }

    /// Whether the figure named `name` is a running total (`累计认定外资研发中心`): a stock built
    /// up over the years, which the period said before a part's figures does not date.
    pub fn running_total(&self, name: &str) -> bool {
        self.running_totals.iter().any(|w| !w.is_empty() && name.trim().starts_with(w.as_str()))
    }

    /// The work `text` (an article's title) names: the one named first in it, the longest name
    /// where two start together (开放型经济, not 开放).
    pub fn work_named_in(&self, text: &str) -> Option<&Work> {
        let mut best: Option<(usize, usize, &Work)> = None;
        for work in &self.works {
            for name in work.names.iter().filter(|n| !n.is_empty()) {
                if let Some(at) = text.find(name.as_str()) {
                    let better = best.is_none_or(|(b, len, _)| at < b || (at == b && name.len() > len));
                    if better {
                        best = Some((at, name.len(), work));
                    }
                }
            }
        }
        best.map(|(_, _, w)| w)
    }
}

/// `Common::judgments`, one list per trend.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Judgments {
    #[serde(default)]
    pub up: Vec<String>,
    #[serde(default)]
    pub mixed: Vec<String>,
    /// Mixed, with the headline (the writer's first figure) up: said by the headline.
    #[serde(default)]
    pub mixed_led_up: Vec<String>,
    #[serde(default)]
    pub down: Vec<String>,
    #[serde(default)]
    pub none: Vec<String>,
    /// Up, or down, with the headline changed by `steep` per cent or more: said as such
    /// (跨境电商快速增长 over +26.4%, not 稳中有进; 利用外资明显下滑 over −23.4%, review 51).
    #[serde(default)]
    pub up_fast: Vec<String>,
    #[serde(default)]
    pub down_steep: Vec<String>,
    /// Up, with the headline a figure the less of the better (审批平均用时缩短30%): 营商环境持续
    /// 优化, not 保持增长.
    #[serde(default)]
    pub up_better: Vec<String>,
    /// The change of the headline, in per cent either way, from which `up_fast` and `down_steep`
    /// are said; none: never.
    #[serde(default)]
    pub steep: Option<f64>,
}

/// A spec file's contents: from the JSON `build.rs` made of an embedded file (`TEMPLATE_JSON`;
/// reading YAML was a sizeable part of a draft), else — a writer's own file — from its YAML.
fn parse<T: serde::de::DeserializeOwned>(a: &Asset) -> Result<T> {
    if a.origin.is_none()
        && let Some((_, json)) = crate::assets::TEMPLATE_JSON.iter().find(|(n, _)| *n == a.name)
        && let Ok(value) = serde_json::from_str(json)
    {
        return Ok(value);
    }
    yaml::from_str(&a.text, &label(a))
}

fn label(a: &Asset) -> String {
    a.origin.as_ref().map_or_else(|| format!("<内置模板>/{}", a.name), |p| p.display().to_string())
}

impl GenreSpec {
    /// The spec of `genre` among the template assets.
    pub fn load(genre: Genre, templates: &[Asset]) -> Result<GenreSpec> {
        let name = format!("{}.yaml", genre.name());
        let asset = templates.iter().find(|a| a.name == name).ok_or_else(|| {
            Error::usage_with_hint(
                format!("没有体裁 `{}`（{}）的模板说明 {name}", genre.name(), genre.chinese()),
                "用 `jianggao templates list` 查看已有体裁",
            )
        })?;
        let spec: GenreSpec = parse(asset)?;
        if spec.numbering.len() > 4 {
            return Err(Error::input(label(asset), None, "numbering 最多四级"));
        }
        if let Some(field) = spec.require.keys().find(|k| !Brief::REQUIRABLE.iter().any(|(f, _)| f == k)) {
            let known: Vec<&str> = Brief::REQUIRABLE.iter().map(|(f, _)| *f).collect();
            return Err(Error::input(
                label(asset),
                None,
                format!("require 里的 `{field}` 不是可以要求的提纲字段（可用：{}）", known.join("、")),
            ));
        }
        Ok(spec)
    }

    /// The first field the genre requires that `brief` lacks, as the error drafting stops with.
    pub fn check_required(&self, brief: &Brief) -> Result<()> {
        match self.require.iter().find(|(field, _)| !brief.has(field)) {
            None => Ok(()),
            Some((field, why)) => {
                let message = format!("提纲缺少 {field}（{}）：{why}", Brief::field_name(field));
                let hint = format!(
                    "在提纲中补上这一项；这一体裁要写的字段见 `jianggao example --genre {}`",
                    brief.genre.name()
                );
                // Named by its file, as every other fault of a brief is (a brief made in memory
                // has none).
                Err(match brief.keys.file.as_str() {
                    "" => Error::usage_with_hint(message, hint),
                    file => Error::input(file, None, message).with_hint(hint),
                })
            }
        }
    }

    /// The numbering style of heading `level` (1-based); "" when unnumbered.
    pub fn style(&self, level: u8) -> &str {
        self.numbering.get(usize::from(level).saturating_sub(1)).map_or("", String::as_str)
    }
}

impl Common {
    pub fn load(templates: &[Asset]) -> Result<Common> {
        match templates.iter().find(|a| a.name == "common.yaml") {
            Some(a) => parse(a),
            None => Ok(Common::default()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The JSON twin of every embedded spec reads as its YAML does.
    #[test]
    fn embedded_specs_read_the_same_from_json_as_from_yaml() {
        let assets = crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap();
        let specs: Vec<&Asset> = assets.iter().filter(|a| a.name.ends_with(".yaml")).collect();
        assert_eq!(specs.len(), crate::assets::TEMPLATE_JSON.len());
        for a in specs {
            if a.name == "common.yaml" {
                let yaml: Common = yaml::from_str(&a.text, &a.name).unwrap();
                assert_eq!(parse::<Common>(a).unwrap(), yaml);
                assert!(!yaml.deny.is_empty());
            } else {
                let yaml: GenreSpec = yaml::from_str(&a.text, &a.name).unwrap();
                assert_eq!(parse::<GenreSpec>(a).unwrap(), yaml, "{}", a.name);
            }
        }
    }
}

/// A development zone's own party committee and government (`Common::zone_bodies`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZoneBodies {
    /// 党工委
    pub committee: String,
    /// 管委会
    pub government: String,
}

/// A part of a larger zone (`Common::zone_parts`): 片区 of 中国（湖南）自由贸易试验区长沙片区.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ZonePart {
    /// How its name ends: 片区, 新片区.
    pub part: String,
    /// What it says for the whole of itself (全片区), where a district says 全区.
    pub whole: String,
    /// What it says for itself (我片区), where a district says 我区.
    pub our: String,
}

//! The `new` wizard: asks a writer for the brief, question by question, and ends with a draft.
//!
//! Input: an optional existing brief file (to resume) and options. Output: the brief file, saved
//! atomically after every answer (so Ctrl-C or a killed terminal loses nothing), and the draft.
//! Closed choices use dialoguer (`Select`, `MultiSelect`, `Confirm`); free text, and open lists
//! (topics, indicators, units: pick one or type your own), use our own width-aware
//! [`line::LinePrompt`], since dialoguer's `Input` mangles Chinese on backspace.

pub mod line;
pub mod progress;
pub mod suggest;
pub mod theme;
pub mod tty;

use std::path::{Path, PathBuf};

use crate::wizard::theme::ZhTheme;
use console::{Term, style};
use dialoguer::{Confirm, MultiSelect, Select};

use crate::error::{Error, Result};
use crate::model::brief::{Closing, DEFAULT_LENGTH, Date};
use crate::model::{Brief, Figure, Genre, Goal, Level, Number, Part, Role, Section};
use crate::phrasebank::Phrasebank;
use crate::pipeline::{self, DraftOptions};
use line::{LinePrompt, Stop};
use progress::Progress;

/// Common indicators offered as figure names (实际利用外资 …); the writer may type another.
pub const INDICATORS: &[&str] = &[
    "实际利用外资",
    "进出口总额",
    "出口总额",
    "进口总额",
    "引进市外资金",
    "引进省外资金",
    "新签约亿元以上项目",
    "新开工亿元以上项目",
    "新设外资企业",
    "服务贸易进出口",
    "跨境电商交易额",
    "对外直接投资",
];

/// Units offered for a figure.
pub const UNITS: &[&str] = &["亿美元", "亿元", "万美元", "万元", "个", "家", "%", "万吨", "批次"];

/// How the session ended.
#[derive(Debug)]
pub enum Ending {
    /// Brief written; the draft too when the drafting engine produced one.
    Finished { brief: PathBuf, draft: Option<PathBuf> },
    /// The writer pressed Ctrl-C; the brief holds every answer given so far.
    Interrupted { brief: PathBuf },
}

#[derive(Debug, Default)]
pub struct Options {
    pub brief: Option<PathBuf>,
    pub genre: Option<Genre>,
    pub draft: DraftOptions,
}

/// Why a step stopped: the writer's Ctrl-C, or a real error.
enum Abort {
    Interrupted,
    Fail(Error),
}

impl From<Error> for Abort {
    fn from(e: Error) -> Abort {
        Abort::Fail(e)
    }
}

impl From<Stop> for Abort {
    fn from(s: Stop) -> Abort {
        match s {
            Stop::Interrupted => Abort::Interrupted,
            Stop::Io(e) => Abort::Fail(Error::io(Path::new("<终端>"), e)),
        }
    }
}

impl From<dialoguer::Error> for Abort {
    fn from(e: dialoguer::Error) -> Abort {
        let dialoguer::Error::IO(e) = e;
        if e.kind() == std::io::ErrorKind::Interrupted {
            Abort::Interrupted
        } else {
            Abort::Fail(Error::io(Path::new("<终端>"), e))
        }
    }
}

/// A plain check of an answer (see `line::Check`).
type CheckFn = fn(&str) -> std::result::Result<(), String>;

type Step<T = ()> = std::result::Result<T, Abort>;

/// Whether standard input and output are both a terminal (the wizard cannot run otherwise).
pub fn has_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// The first `brief.yaml`, `brief-2.yaml` … that does not exist in the current folder.
fn fresh_brief_path() -> PathBuf {
    let mut n = 1;
    loop {
        let name = if n == 1 { "brief.yaml".to_string() } else { format!("brief-{n}.yaml") };
        if !Path::new(&name).exists() {
            return PathBuf::from(name);
        }
        n += 1;
    }
}

struct Session {
    term: Term,
    theme: ZhTheme,
    path: PathBuf,
    brief: Brief,
    progress: Progress,
    bank: Phrasebank,
}

/// Runs the wizard on the terminal.
pub fn run(options: Options) -> Result<Ending> {
    if !has_terminal() {
        return Err(Error::usage_with_hint(
            "`jianggao new` 是终端问答，需要在终端中运行（标准输入或输出不是终端）",
            "不用问答、直接从提纲起草请用 `jianggao draft BRIEF.yaml`；示例提纲见 `jianggao example`",
        ));
    }
    let path = options.brief.clone().unwrap_or_else(fresh_brief_path);
    let (brief, progress, resumed) = if path.exists() {
        let decoded = crate::input::read_text(&path)?;
        let name = path.display().to_string();
        let brief = Brief::from_yaml(&decoded.text, &name)?;
        // A brief without our progress comments was written by hand: what it has counts as
        // answered; only what it lacks is asked.
        let progress = Progress::parse(&decoded.text).unwrap_or_else(|| answered(&brief));
        (brief, progress, true)
    } else {
        (Brief::default(), Progress::default(), false)
    };
    let bank = Phrasebank::load(options.draft.phrasebank.as_deref())?;
    let mut s = Session { term: Term::stdout(), theme: ZhTheme::default(), path, brief, progress, bank };
    let say =
        |s: &Session, text: String| s.term.write_line(&text).map_err(|e| Error::io(Path::new("<终端>"), e));
    if resumed {
        say(
            &s,
            format!("继续填写 {}：已回答的不再询问。按 Ctrl-C 可随时退出，回答都已保存。", s.path.display()),
        )?;
    } else {
        say(
            &s,
            format!(
                "回答将随时保存到 {}。按 Ctrl-C 可随时退出，之后用 `jianggao new --brief {}` 继续。",
                s.path.display(),
                s.path.display()
            ),
        )?;
    }
    if let Some(g) = options.genre {
        s.brief.genre = g;
        s.progress.mark("genre");
    }
    catch_ctrl_c();
    // Keys typed ahead while a prompt is being drawn or the brief saved are kept, not echoed.
    let _quiet = tty::NoEcho::new();
    // The file exists (and is a valid brief) from the first prompt on.
    s.save()?;
    match s.ask_all().and_then(|()| s.finish(&options.draft)) {
        Ok(draft) => Ok(Ending::Finished { brief: s.path, draft }),
        Err(Abort::Interrupted) => {
            // dialoguer's lists hide the cursor; give it back.
            let _ = s.term.show_cursor();
            Ok(Ending::Interrupted { brief: s.path })
        }
        Err(Abort::Fail(e)) => Err(e),
    }
}

/// Turns Ctrl-C inside dialoguer's prompts into an `Interrupted` read error instead of killing
/// the process, so the session ends cleanly (cursor shown, resume hint printed). console raises
/// SIGINT when it reads Ctrl-C; with a handler installed, the read returns `Interrupted` instead.
/// Our own line prompt reads Ctrl-C as a key and needs none of this.
pub fn catch_ctrl_c() {
    // Installing twice in one process is refused; the first handler is the same, so that is fine.
    let _ = ctrlc::set_handler(|| {});
}

/// The questions a hand-written brief already answers.
fn answered(b: &Brief) -> Progress {
    let mut p = Progress::default();
    p.mark("genre");
    let present = [
        ("locality", !b.locality.is_empty()),
        ("level", b.level.is_some()),
        ("meeting", !b.meeting.is_empty()),
        ("speaker", b.speaker.is_some()),
        ("date", b.date.is_some()),
        ("period", b.period.is_some()),
        ("length", b.length.is_some()),
        ("unit", b.unit.is_some()),
        ("presided_by", b.presided_by.is_some()),
        ("place", b.place.is_some()),
        ("attendees", !b.attendees.is_empty()),
        ("achievements", !b.achievements.is_empty()),
        ("problems", !b.problems.is_empty()),
        ("goals", !b.goals.is_empty()),
        ("measures", !b.measures.is_empty()),
        ("closing", b.closing.is_some()),
    ];
    for (k, yes) in present {
        if yes {
            p.mark(k);
        }
    }
    p
}

impl Session {
    /// Writes the brief (with its progress comments) atomically.
    fn save(&self) -> Result<()> {
        let text = format!("{}{}", self.progress.header(), self.brief.to_yaml());
        crate::input::write_atomic(&self.path, text.as_bytes(), true)
    }

    /// Marks `step` answered and saves.
    fn done(&mut self, step: &str) -> Result<()> {
        self.progress.mark(step);
        self.save()
    }

    fn say(&self, text: impl AsRef<str>) -> Step {
        self.term.write_line(text.as_ref()).map_err(|e| Abort::Fail(Error::io(Path::new("<终端>"), e)))
    }

    fn text(&self, prompt: &str, default: Option<&str>, optional: bool) -> Step<String> {
        Ok(LinePrompt::new(prompt).default(default).allow_empty(optional).interact(&self.term)?)
    }

    fn number(&self, prompt: &str, default: Option<&str>, optional: bool) -> Step<Option<Number>> {
        let v = LinePrompt::new(prompt)
            .default(default)
            .allow_empty(optional)
            .check(|v| Number::parse(v).map(|_| ()))
            .interact(&self.term)?;
        Ok(if v.is_empty() { None } else { Number::parse(&v).ok() })
    }

    fn confirm(&self, prompt: &str, default: bool) -> Step<bool> {
        Ok(Confirm::with_theme(&self.theme).with_prompt(prompt).default(default).interact_on(&self.term)?)
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> Step<usize> {
        Ok(Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .max_length(12)
            .interact_on(&self.term)?)
    }

    /// A pick among `choices` or free text, in one line: the choices are listed under it and
    /// narrow as the writer types (外资 → 利用外资); Enter takes the highlighted one, or the text
    /// as typed (see `line`).
    fn pick_or_type(&self, prompt: &str, choices: &[&str], default: Option<&str>) -> Step<String> {
        Ok(LinePrompt::new(prompt).default(default).suggestions(choices).interact(&self.term)?)
    }

    /// Asks a scalar field unless answered: `get` reads the present value (offered as default),
    /// `set` stores the answer.
    fn field(
        &mut self,
        key: &str,
        prompt: &str,
        optional: bool,
        check: Option<CheckFn>,
        get: impl Fn(&Brief) -> Option<String>,
        set: impl Fn(&mut Brief, String),
    ) -> Step {
        if self.progress.is_done(key) {
            return Ok(());
        }
        let current = get(&self.brief);
        let mut p = LinePrompt::new(prompt).default(current.as_deref()).allow_empty(optional);
        if let Some(f) = check {
            p = p.check(f);
        }
        let v = p.interact(&self.term)?;
        set(&mut self.brief, v);
        Ok(self.done(key)?)
    }

    fn ask_all(&mut self) -> Step {
        self.ask_basics()?;
        self.ask_parts(Section::Achievements)?;
        self.ask_parts(Section::Problems)?;
        self.ask_goals()?;
        self.ask_parts(Section::Measures)?;
        if !self.progress.is_done("closing") {
            let current = self.brief.closing.as_ref().and_then(|c| c.slogan.clone());
            let v = self.text("结尾口号（可不填，直接回车跳过）", current.as_deref(), true)?;
            self.brief.closing = (!v.is_empty()).then_some(Closing { slogan: Some(v) });
            self.done("closing")?;
        }
        Ok(())
    }

    fn ask_basics(&mut self) -> Step {
        if !self.progress.is_done("genre") {
            let items: Vec<String> = Genre::ALL.iter().map(|g| g.chinese().to_string()).collect();
            let at = Genre::ALL.iter().position(|g| *g == self.brief.genre).unwrap_or(0);
            let i = self.select("体裁", &items, at)?;
            self.brief.genre = Genre::ALL[i];
            self.done("genre")?;
        }
        self.field(
            "locality",
            "地区（如 柳州市）",
            false,
            None,
            |b| Some(b.locality.clone()),
            |b, v| {
                b.locality = v;
            },
        )?;
        if !self.progress.is_done("level") {
            let levels = [Level::Province, Level::City, Level::County, Level::District];
            let items: Vec<String> =
                levels.iter().map(|l| format!("{}级（全{}、我{}）", l.char(), l.char(), l.char())).collect();
            let at = levels.iter().position(|l| *l == self.brief.level()).unwrap_or(1);
            let i = self.select("行政层级", &items, at)?;
            // Only stored when it differs from what the locality implies.
            self.brief.level =
                (Some(levels[i]) != Level::from_locality(&self.brief.locality)).then_some(levels[i]);
            self.done("level")?;
        }
        let suggested = format!("全{}对外开放工作会议", self.brief.level().char());
        self.field(
            "meeting",
            "会议名称",
            false,
            None,
            move |b| Some(if b.meeting.is_empty() { suggested.clone() } else { b.meeting.clone() }),
            |b, v| b.meeting = v,
        )?;
        self.field(
            "speaker",
            "讲话人（可不填）",
            true,
            None,
            |b| b.speaker.clone(),
            |b, v| b.speaker = (!v.is_empty()).then_some(v),
        )?;
        self.field(
            "date",
            "日期（如 2026-03-15，可不填）",
            true,
            Some(|v| Date::parse(v).map(|_| ())),
            |b| b.date.map(|d| d.to_string()),
            |b, v| b.date = Date::parse(&v).ok(),
        )?;
        self.field(
            "period",
            "报告期（如 2025年，可不填）",
            true,
            None,
            |b| b.period.clone(),
            |b, v| b.period = (!v.is_empty()).then_some(v),
        )?;
        self.field(
            "length",
            "篇幅：讲话分钟数，或直接写字数",
            true,
            Some(|v| parse_length(v).map(|_| ())),
            |b| Some(b.length().to_string()),
            |b, v| b.length = parse_length(&v).ok().filter(|&n| n != DEFAULT_LENGTH),
        )?;
        match self.brief.genre {
            Genre::ResearchVisit => {
                self.field(
                    "unit",
                    "调研单位（如 市商务局）",
                    true,
                    None,
                    |b| b.unit.clone(),
                    |b, v| b.unit = (!v.is_empty()).then_some(v),
                )?;
            }
            Genre::NewsReport => {
                self.field(
                    "place",
                    "会议地点（可不填）",
                    true,
                    None,
                    |b| b.place.clone(),
                    |b, v| b.place = (!v.is_empty()).then_some(v),
                )?;
                self.field(
                    "presided_by",
                    "主持人（可不填）",
                    true,
                    None,
                    |b| b.presided_by.clone(),
                    |b, v| b.presided_by = (!v.is_empty()).then_some(v),
                )?;
                self.field(
                    "attendees",
                    "出席领导（用顿号或逗号分隔，可不填）",
                    true,
                    None,
                    |b| (!b.attendees.is_empty()).then(|| b.attendees.join("、")),
                    |b, v| {
                        b.attendees = v
                            .split(['、', '，', ','])
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(str::to_string)
                            .collect()
                    },
                )?;
            }
            _ => {}
        }
        Ok(())
    }

    fn parts(&mut self, section: Section) -> &mut Vec<Part> {
        match section {
            Section::Achievements => &mut self.brief.achievements,
            Section::Problems => &mut self.brief.problems,
            _ => &mut self.brief.measures,
        }
    }

    /// Achievements, problems or measures: parts by topic, each with figures and points.
    fn ask_parts(&mut self, section: Section) -> Step {
        let key = section.name();
        if self.progress.is_done(key) {
            return Ok(());
        }
        let what = match section {
            Section::Achievements => "成绩",
            Section::Problems => "问题",
            _ => "措施",
        };
        let existing = self.parts(section).len();
        if existing > 0 {
            self.say(format!("{what}已有 {existing} 项。"))?;
        }
        // A part left open by an interrupted session is continued first.
        if self.progress.open.as_deref() == Some(key) && existing > 0 {
            let part = &self.parts(section)[existing - 1];
            let name = part.heading.clone().or_else(|| part.topic.clone()).unwrap_or_default();
            self.say(format!("接着填写上次未完成的{what}「{name}」："))?;
            self.fill_part(section, existing - 1)?;
        }
        loop {
            let n = self.parts(section).len();
            let ask =
                if n == 0 { format!("添加一项{what}？") } else { format!("再添加一项{what}？") };
            if !self.confirm(&ask, n == 0)? {
                break;
            }
            let topics: Vec<String> = self.bank.topics.iter().map(|t| t.name.clone()).collect();
            let refs: Vec<&str> = topics.iter().map(String::as_str).collect();
            let topic = self.pick_or_type(&format!("{what}的主题"), &refs, None)?;
            self.parts(section).push(Part { topic: Some(topic), ..Part::default() });
            self.progress.open = Some(key.to_string());
            self.save()?;
            let heading = self.text(&format!("{what}的小标题（可不填）"), None, true)?;
            let i = self.parts(section).len() - 1;
            self.parts(section)[i].heading = (!heading.is_empty()).then_some(heading);
            self.save()?;
            self.fill_part(section, i)?;
        }
        self.progress.open = None;
        Ok(self.done(key)?)
    }

    /// Figures (achievements only), offered phrasebank points (measures only), and free points.
    fn fill_part(&mut self, section: Section, i: usize) -> Step {
        if section == Section::Achievements {
            loop {
                let n = self.parts(section)[i].figures.len();
                let ask = if n == 0 { "添加一项数据？" } else { "再添加一项数据？" };
                if !self.confirm(ask, n == 0)? {
                    break;
                }
                self.ask_figure(section, i)?;
            }
        }
        if section == Section::Measures {
            let topic = self.parts(section)[i].topic.clone();
            // Not the measure's own heading again (持续优化营商环境。), nor a point already given.
            let part = &self.parts(section)[i];
            let given: Vec<String> = part
                .heading
                .iter()
                .chain(&part.points)
                .map(|t| t.trim().trim_end_matches('。').to_string())
                .collect();
            let offered: Vec<String> = self
                .bank
                .phrases
                .iter()
                .filter(|p| {
                    p.section == Section::Measures
                        && p.generic
                        && matches!(p.role, Role::Point | Role::Statement)
                        && !p.text.contains("{{")
                        && topic.as_ref().is_some_and(|t| p.topics.contains(t))
                        && !given.iter().any(|g| g == p.text.trim().trim_end_matches('。'))
                })
                .map(|p| p.text.clone())
                .take(15)
                .collect();
            if !offered.is_empty() {
                let picked = MultiSelect::with_theme(&self.theme)
                    .with_prompt("可选的措施语句（空格勾选，回车确认）")
                    .items(&offered)
                    .max_length(10)
                    .interact_on(&self.term)?;
                for k in picked {
                    self.parts(section)[i].points.push(offered[k].clone());
                }
                self.save()?;
            }
        }
        loop {
            let n = self.parts(section)[i].points.len();
            let prompt = format!("要点 {}（直接回车结束）", n + 1);
            let v =
                LinePrompt::new(&prompt).allow_empty(true).empty_label("（结束）").interact(&self.term)?;
            if v.is_empty() {
                break;
            }
            self.parts(section)[i].points.push(v);
            self.save()?;
        }
        Ok(())
    }

    /// One figure of part `i`: name, value, unit, growth, completion rate, rank. The name is kept
    /// as `pending` until the value makes the figure complete enough to store; from then on each
    /// answer is saved into the stored figure as it is given.
    fn ask_figure(&mut self, section: Section, i: usize) -> Step {
        let pending = self.progress.pending.take();
        let name = self.pick_or_type("指标名称", INDICATORS, pending.as_deref())?;
        self.progress.pending = Some(name.clone());
        self.save()?;
        let value = self.number(&format!("{name}（数值）"), None, false)?.expect("required");
        self.progress.pending = None;
        let figure = Figure { name, value, unit: None, growth: None, target_rate: None, rank: None };
        self.parts(section)[i].figures.push(figure);
        self.save()?;
        let k = self.parts(section)[i].figures.len() - 1;
        let unit = self.pick_or_type("单位", UNITS, None)?;
        self.parts(section)[i].figures[k].unit = Some(unit);
        self.save()?;
        let growth = self.number("增长（%，下降写负数，可不填）", None, true)?;
        self.parts(section)[i].figures[k].growth = growth;
        self.save()?;
        let target_rate = self.number("完成目标的百分之几（可不填）", None, true)?;
        self.parts(section)[i].figures[k].target_rate = target_rate;
        self.save()?;
        let rank = self.text("位次（如 全省第一位，可不填）", None, true)?;
        self.parts(section)[i].figures[k].rank = (!rank.is_empty()).then_some(rank);
        Ok(self.save()?)
    }

    fn ask_goals(&mut self) -> Step {
        if self.progress.is_done("goals") {
            return Ok(());
        }
        loop {
            let n = self.brief.goals.len();
            let ask = if n == 0 { "添加一项工作目标？" } else { "再添加一项工作目标？" };
            if !self.confirm(ask, n == 0)? {
                break;
            }
            let kinds = ["指标（如 实际利用外资增长10%）".to_string(), "一句话目标".to_string()];
            let goal = if self.select("目标类型", &kinds, 0)? == 0 {
                let name = self.pick_or_type("指标名称", INDICATORS, None)?;
                let value = self.number("目标数值（可不填）", None, true)?;
                let unit =
                    if value.is_some() { Some(self.pick_or_type("单位", UNITS, None)?) } else { None };
                let growth = self.number("增长目标（%，可不填）", None, true)?;
                Goal { name: Some(name), value, unit, growth, text: None }
            } else {
                let text = self.text("目标", None, false)?;
                Goal { text: Some(text), ..Goal::default() }
            };
            self.brief.goals.push(goal);
            self.save()?;
        }
        Ok(self.done("goals")?)
    }

    /// Shows the outline, asks to confirm, writes the draft next to the brief.
    fn finish(&mut self, options: &DraftOptions) -> Step<Option<PathBuf>> {
        self.save()?;
        self.say(format!("{} 提纲已保存：{}", style("✔").green(), self.path.display()))?;
        let engine = |e: Error| {
            let why = e.to_string();
            Abort::Fail(Error::usage_with_hint(
                format!("无法生成讲话稿：{}", why.trim_start_matches("错误：")),
                format!("提纲已保存，之后可运行 `jianggao draft {}`", self.path.display()),
            ))
        };
        let outline = pipeline::outline(&self.brief, options).map_err(engine)?;
        self.say(style("提纲：").bold().to_string())?;
        for line in crate::export::text::to_text(&outline, false).lines() {
            self.say(format!("  {line}"))?;
        }
        if !self.confirm("按此提纲生成讲话稿？", true)? {
            return Ok(None);
        }
        let draft = pipeline::draft(&self.brief, options).map_err(engine)?;
        let out = self.path.with_extension("md");
        if out.exists() && !self.confirm(&format!("{} 已存在，覆盖？", out.display()), false)? {
            return Ok(None);
        }
        let bytes = crate::export::to_bytes(&draft, crate::cmd::Format::Md, false)?;
        crate::input::write_atomic(&out, &bytes, true)?;
        self.say(format!(
            "{} 讲话稿已写入：{}（{} 字，约 {} 分钟）",
            style("✔").green(),
            out.display(),
            draft.chars,
            draft.minutes
        ))?;
        // A draft short of what was asked says so here too, with what to add (as `draft` does).
        for line in pipeline::advice(&self.brief, &draft, options).map_err(engine)? {
            self.say(format!("{} {line}", style("提示：").yellow()))?;
        }
        Ok(Some(out))
    }
}

/// A length answer: up to 180 is minutes (at 3,500 字 per 15 minutes), more is characters.
pub fn parse_length(v: &str) -> std::result::Result<u32, String> {
    let n: f64 = v
        .trim()
        .trim_end_matches(['字', '分', '钟'])
        .trim()
        .parse()
        .map_err(|_| format!("“{v}”不是数字（写分钟数如 15，或字数如 3500）"))?;
    if n <= 0.0 {
        return Err("篇幅必须大于 0".to_string());
    }
    Ok(if n <= 180.0 { (n * DEFAULT_LENGTH as f64 / 15.0).round() as u32 } else { n.round() as u32 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_is_minutes_or_characters() {
        assert_eq!(parse_length("15"), Ok(3500));
        assert_eq!(parse_length("10分钟"), Ok(2333));
        assert_eq!(parse_length("4000"), Ok(4000));
        assert!(parse_length("很长").is_err());
    }
}

//! The `new` wizard: asks a writer for the brief, question by question, and ends with a draft.
//!
//! Input: an optional existing brief file (to resume) and options. Output: the brief file, saved
//! atomically after every answer (so Ctrl-C or a killed terminal loses nothing), and the draft.
//! Every prompt is one of `crate::terminal`'s, which measure Chinese by display width: closed
//! choices are `menu::Menu`, `menu::Checklist` and `menu::confirm`; free text and open lists
//! (topics, indicators, units: pick one or type your own) are `line::LinePrompt`. Which fields a
//! genre requires comes from its spec (`GenreSpec::require`), and where the session stands from
//! the comments at the top of the brief (`progress`), so a resumed session asks the first question
//! not yet answered, even inside a figure.

pub mod progress;

use std::path::{Path, PathBuf};

use console::{Term, style};

use crate::error::{Error, Result};
use crate::model::amount as answer;
use crate::model::brief::{Closing, DEFAULT_LENGTH, Date};
use crate::model::{Brief, Figure, Genre, Goal, Level, Number, Part, Role, Section};
use crate::phrasebank::Phrasebank;
use crate::pipeline::{self, DraftOptions};
use crate::plan::spec::GenreSpec;
use crate::terminal::line::{LinePrompt, Stop};
use crate::terminal::menu::{self, Checklist, Menu};
use crate::terminal::tty;
use progress::Progress;

pub use crate::terminal::{catch_ctrl_c, has_terminal};

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

/// The parts of a session, in order, as the writer sees them in the section headers.
const PARTS: [&str; 6] = ["基本情况", "成绩", "问题", "目标", "措施", "结尾"];

/// How the session ended.
#[derive(Debug)]
pub enum Ending {
    /// Brief written; the draft too when the drafting engine produced one.
    Finished { brief: PathBuf, draft: Option<PathBuf> },
    /// The writer pressed Ctrl-C; the brief holds every answer given so far, and `typed` says
    /// whether what was being typed is kept too (`Progress::typed`).
    Interrupted { brief: PathBuf, typed: bool },
    /// The writer pressed Ctrl-C before answering anything in a brief this session created: the
    /// file is removed again, since it held nothing of theirs (an empty brief.yaml would be
    /// offered as "unfinished" by the next `new`).
    Abandoned { brief: PathBuf },
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    pub brief: Option<PathBuf>,
    pub genre: Option<Genre>,
    pub draft: DraftOptions,
}

/// Why a step stopped: the writer's Ctrl-C, ↑ at a question of the basics (back to the one before,
/// with what was typed and not entered), or a real error.
enum Abort {
    /// Ctrl-C, with what was typed at the question and not entered.
    Interrupted(String),
    Back {
        key: &'static str,
        typed: String,
    },
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
            // (Only `field` allows Back, and names its question: anywhere else stopping loses
            // nothing.)
            Stop::Interrupted(typed) | Stop::Back(typed) => Abort::Interrupted(typed),
            Stop::Io(e) => Abort::Fail(Error::io(Path::new("<终端>"), e)),
        }
    }
}

/// How a question inside a figure, a goal or a list of points is asked: with the answer given
/// before in the line (a question gone back to), and with the key ↑ goes back under, where it may.
#[derive(Debug, Default)]
struct Again {
    initial: Option<String>,
    /// The answer given before, when `initial` shows it: left with ↑ as it is, it was not typed
    /// (kept as typed, it came back over a unit changed meanwhile with the value, review 47).
    answer: Option<String>,
    back: Option<&'static str>,
}

/// The questions of a figure, in order, as they are keyed for ↑ (`Abort::Back`) and for what was
/// typed and left there; `Progress::item` holds those answered, by the name after the colon.
/// ↑ at one goes back to the one before (review 44, D4: past the basics, `new` had no way back to
/// an answer just given).
const FIGURE_STEPS: [&str; 6] =
    ["figure:name", "figure:value", "figure:unit", "figure:growth", "figure:target_rate", "figure:rank"];
/// The questions of a goal after its kind and name, as `FIGURE_STEPS`.
const GOAL_STEPS: [&str; 3] = ["goal:value", "goal:unit", "goal:growth"];

/// Recorded in `Progress::item` beside `unit` when the unit came with the value (`12.5亿美元`).
const UNIT_WITH_VALUE: &str = "unit-with-value";

/// The name of a step (`figure:unit` → `unit`), as `Progress::item` records it.
fn step_name(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, name)| name)
}

/// A plain check of an answer (see `line::Check`).
type CheckFn = fn(&str) -> std::result::Result<(), String>;

type Step<T = ()> = std::result::Result<T, Abort>;

/// `brief.yaml`, `brief-2.yaml` … in the current folder, in order, while they exist.
fn existing_briefs() -> impl Iterator<Item = PathBuf> {
    (1..).map(brief_name).take_while(|p| p.exists())
}

fn brief_name(n: usize) -> PathBuf {
    PathBuf::from(if n == 1 { "brief.yaml".to_string() } else { format!("brief-{n}.yaml") })
}

/// The first `brief.yaml`, `brief-2.yaml` … that does not exist in the current folder.
fn fresh_brief_path() -> PathBuf {
    brief_name(existing_briefs().count() + 1)
}

/// The most recent brief in the current folder that a `new` session left unfinished, with the
/// number of questions it answered.
fn unfinished_brief() -> Option<(PathBuf, usize)> {
    existing_briefs()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let progress = Progress::parse(&text)?;
            (!progress.is_finished()).then_some((p, progress.done.len()))
        })
        .last()
}

struct Session {
    term: Term,
    path: PathBuf,
    brief: Brief,
    progress: Progress,
    bank: Phrasebank,
    templates: Vec<crate::assets::Asset>,
    /// `levels.yaml` and `provinces.yaml`: what each level calls the units below it (各乡镇,
    /// 各州（市）), for the level menu.
    lists: crate::phrasebank::DraftingLists,
    /// The encoding the brief was read in: a GBK or BOM brief is written back as it was.
    encoding: crate::input::Encoding,
    /// The writer's own comment lines at the top of the brief, kept above the YAML on every save.
    preamble: String,
    /// A hand-written brief not yet backed up: its original bytes go to `FILE.bak` before the
    /// first save rewrites it (comments inside the YAML and its layout live on there).
    unsaved_original: Option<(Vec<u8>, PathBuf)>,
    /// The bytes of the brief's file as this session last wrote or first read them (`None`: no
    /// file). The file is the session's to rewrite only while it holds them.
    on_disk: Option<Vec<u8>>,
    /// What was typed at a question of the basics and left with ↑, not entered: back in its line
    /// when the question comes again (as `fill` keeps it).
    /// By the question's key: its prompt, and the text.
    typed: std::collections::HashMap<&'static str, (String, String)>,
    /// What was being typed when a session was stopped, and at which question (`Progress::typed`):
    /// put back in the line when that question is asked again (not the first one asked: a session
    /// stopped at a figure's value resumes at its name), kept with the progress until then.
    resumed_typed: std::cell::RefCell<Vec<(String, String)>>,
    /// The prompt of the line question asked last: where what was typed is, when Ctrl-C stops it.
    asking: std::cell::RefCell<String>,
}

/// Where the answers go when the brief's file was changed by someone else during the session:
/// `b.new.yaml` beside `b.yaml`, or `b.new2.yaml`… when that is taken.
fn aside_path(path: &Path) -> PathBuf {
    (1..)
        .map(|n| {
            let ext = if n == 1 { "new.yaml".to_string() } else { format!("new{n}.yaml") };
            path.with_extension(ext)
        })
        .find(|p| !p.exists())
        .expect("a free name")
}

/// Runs the wizard on the terminal.
pub fn run(options: Options) -> Result<Ending> {
    if !has_terminal() {
        return Err(Error::usage_with_hint(
            "`jianggao new` 是终端问答，需要在终端中运行（标准输入或输出不是终端）",
            "不用问答、直接从提纲起草请用 `jianggao draft BRIEF.yaml`；示例提纲见 `jianggao example`",
        ));
    }
    catch_ctrl_c();
    let term = Term::stdout();
    let io = |e: std::io::Error| Error::io(Path::new("<终端>"), e);
    let path = match options.brief.clone() {
        Some(p) => p,
        None => match unfinished_brief() {
            Some((p, answered)) => {
                let ask = format!("{} 是上次没有答完的提纲（已答 {answered} 项），接着填写？", p.display());
                match menu::confirm(&term, &ask, true) {
                    Ok(true) => p,
                    Ok(false) => fresh_brief_path(),
                    Err(Stop::Interrupted(_) | Stop::Back(_)) => {
                        return Err(Error::usage("已中断，没有新建或改动任何提纲"));
                    }
                    Err(Stop::Io(e)) => return Err(io(e)),
                }
            }
            None => fresh_brief_path(),
        },
    };
    let mut encoding = crate::input::Encoding::Utf8;
    let mut preamble = String::new();
    let mut unsaved_original = None;
    let (brief, progress, resumed) = if path.exists() {
        let decoded = crate::input::read_text(&path)?;
        let name = path.display().to_string();
        let brief = Brief::from_yaml_unfinished(&decoded.text, &name)?;
        encoding = decoded.encoding;
        preamble = progress::preamble(&decoded.text);
        // A brief without our progress comments was written by hand: what it has counts as
        // answered; only what it lacks is asked.
        let progress = match Progress::parse(&decoded.text) {
            // A brief of ours the writer has since edited by hand (a comment added, keys moved) is
            // theirs as much as one written by hand: rewritten in the standard form at the first
            // save, it is backed up first (review 53: `# 数据来自投促局` went, and no backup).
            Some(p) if format!("{}{}{}", p.header(), preamble, brief.to_yaml()) != decoded.text => {
                unsaved_original = Some(original_to_back_up(&path)?);
                p
            }
            Some(p) => p,
            None => {
                if let Some(at) = crate::yaml::alias_at(&decoded.text) {
                    return Err(Error::input(
                        name,
                        Some(crate::error::Position::of_offset(&decoded.text, at)),
                        "提纲用了 YAML 别名（*名称）：问答保存时会把别名展开写回，改变你的文件",
                    )
                    .with_hint("把别名换成实际内容后再运行，或用 `jianggao draft` 直接起草；文件没有改动"));
                }
                unsaved_original = Some(original_to_back_up(&path)?);
                answered(&brief)
            }
        };
        (brief, progress, true)
    } else {
        (Brief::default(), Progress::default(), false)
    };
    let on_disk = std::fs::read(&path).ok();
    let bank = Phrasebank::load(options.draft.phrasebank.as_deref())?;
    let templates = crate::assets::overlay(crate::assets::TEMPLATES, options.draft.templates.as_deref())?;
    let lists = crate::phrasebank::drafting_lists(options.draft.phrasebank.as_deref())?;
    let mut s = Session {
        term,
        path,
        brief,
        progress,
        bank,
        templates,
        lists,
        encoding,
        preamble,
        unsaved_original,
        on_disk,
        typed: Default::default(),
        resumed_typed: Default::default(),
        asking: Default::default(),
    };
    s.resumed_typed.replace(std::mem::take(&mut s.progress.typed));
    if resumed {
        s.term
            .write_line(&format!(
                "继续填写 {}：已回答的不再询问。按 Ctrl-C 可随时退出，已回答的都会保存。",
                s.path.display()
            ))
            .map_err(io)?;
    } else {
        s.term
            .write_line(&format!(
                "回答将随时保存到 {}。按 Ctrl-C 可随时退出，之后用 `jianggao new --brief {}` 继续。",
                s.path.display(),
                s.path.display()
            ))
            .map_err(io)?;
    }
    if let Some(g) = options.genre {
        s.brief.genre = g;
        s.progress.mark("genre");
    }
    // Keys typed ahead while a prompt is being drawn or the brief saved are kept, not echoed.
    let _quiet = tty::NoEcho::new();
    // A new file exists (and is a valid brief) from the first prompt on; an existing one is left
    // as it is until an answer changes it.
    if !resumed || options.genre.is_some() {
        s.save()?;
    }
    match s.ask_all().and_then(|()| s.finish(&options.draft)) {
        Ok(draft) => Ok(Ending::Finished { brief: s.path, draft }),
        Err(Abort::Interrupted(typed)) => {
            let _ = s.term.show_cursor();
            if !resumed && s.progress == Progress::default() && std::fs::remove_file(&s.path).is_ok() {
                return Ok(Ending::Abandoned { brief: s.path });
            }
            // What was typed at the question and not entered is the writer's too (tty 30, D8: it
            // was lost), as typed, spaces at either end included; and so is what was typed at a
            // question left with ↑ (tty 33: ` 张三同志 ` at 讲话人, ↑, Ctrl-C was lost). Each is kept
            // with the progress and its question's prompt, back in the line when that question is
            // asked again (`typed_at`).
            let mut kept: Vec<(String, String)> = s.typed.drain().map(|(_, t)| t).collect();
            if !typed.trim().is_empty() {
                kept.push((s.asking.take(), typed));
            }
            let any = !kept.is_empty();
            if any {
                let mut resumed = s.resumed_typed.borrow_mut();
                resumed.retain(|(at, _)| kept.iter().all(|(k, _)| k != at));
                resumed.extend(kept);
                // (Sorted: the file does not depend on the order of a hash map.)
                resumed.sort();
                drop(resumed);
                s.save()?;
            }
            Ok(Ending::Interrupted { brief: s.path, typed: any })
        }
        Err(Abort::Fail(e)) => Err(e),
        // (`ask_basics` takes every Back; one escaping it stops as Ctrl-C does.)
        Err(Abort::Back { .. }) => Ok(Ending::Interrupted { brief: s.path, typed: false }),
    }
}

/// The bytes of the brief at `path`, to be backed up beside it at the first save, and where:
/// `FILE.bak`, or when another backup holds that place, `FILE.bak2`, `FILE.bak3`… (an older backup
/// is the writer's too, never replaced). The place was once refused outright, and `new` would not
/// go on with a brief that `edit` had saved (and so backed up) once (review 58).
fn original_to_back_up(path: &Path) -> Result<(Vec<u8>, PathBuf)> {
    let original = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let bak = (1..)
        .map(|n| {
            PathBuf::from(format!(
                "{}.bak{}",
                path.display(),
                if n == 1 { String::new() } else { n.to_string() }
            ))
        })
        .find(|bak| !bak.exists() || std::fs::read(bak).is_ok_and(|b| b == original))
        .expect("a free name");
    Ok((original, bak))
}

/// The question of point `k` (from 0) of a part: a new one, or one given before to edit. (What
/// was typed at it is kept by this text: `Session::line_again_at`.)
fn point_prompt(k: usize, editing: bool) -> String {
    if editing {
        format!("要点 {}（回车确定；清空后回车删去这一条）", k + 1)
    } else {
        format!("要点 {}（直接回车结束）", k + 1)
    }
}

/// Figure `f`'s answer to step `name` as the writer would type it, for the line when the step is
/// asked again (`1250.6亿元`: a value with the unit typed with it).
fn shown(f: &Figure, name: &str) -> Option<String> {
    match name {
        "name" => Some(f.name.clone()),
        "value" => Some(f.value.said(f.unit.as_deref().unwrap_or_default())),
        "unit" => f.unit.clone(),
        "growth" => f.growth.as_ref().map(|n| n.to_string()),
        "target_rate" => f.target_rate.as_ref().map(|n| n.as_str().to_string()),
        _ => f.rank.clone(),
    }
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

/// The basic questions a genre asks, in order (the step counter counts them).
fn basics(genre: Genre) -> Vec<&'static str> {
    let mut keys = vec!["genre", "locality", "level", "meeting", "speaker", "date", "period", "length"];
    match genre {
        Genre::ResearchVisit => keys.push("unit"),
        Genre::NewsReport => keys.extend(["place", "presided_by", "attendees"]),
        _ => {}
    }
    keys
}

/// `label` marked optional: 日期（如 2026-03-15） → 日期（如 2026-03-15，可不填）.
fn optional_label(label: &str) -> String {
    match label.strip_suffix('）') {
        Some(head) => format!("{head}，可不填）"),
        None => format!("{label}（可不填）"),
    }
}

/// How a length in characters reads back: `20 分钟（约 4,667 字）`, or `1,500 字` for a text
/// that is read rather than spoken.
pub fn show_length(chars: u32, spoken: bool) -> String {
    let grouped = group_thousands(chars);
    if spoken {
        let minutes = (f64::from(chars) * 15.0 / DEFAULT_LENGTH as f64).round();
        format!("{minutes} 分钟（约 {grouped} 字）")
    } else {
        format!("{grouped} 字")
    }
}

/// A brief about to be rewritten whose backup place already holds something else: the older
/// backup is the writer's too, and is never replaced.
fn backup_taken(bak: &Path, path: &Path) -> Error {
    Error::usage_with_hint(
        format!("{} 已存在：改写 {} 之前要先把原文备份到这里", bak.display(), path.display()),
        "把旧的 .bak 移走后再运行；提纲没有改动",
    )
}

fn group_thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl Session {
    /// Writes the brief (with its progress comments) atomically.
    fn save(&mut self) -> Result<()> {
        if let Some((original, bak)) = self.unsaved_original.take() {
            // (Its place was free or held the same bytes when the session began; taken since by
            // another backup, it is not replaced.)
            if bak.exists() && std::fs::read(&bak).map_or(true, |b| b != original) {
                self.unsaved_original = Some((original, bak.clone()));
                return Err(backup_taken(&bak, &self.path));
            }
            crate::input::write_atomic(&bak, &original, true)?;
            let _ = self.term.write_line(&format!(
                "原提纲已备份为 {}：问答会把提纲改写为标准格式，开头的注释保留，其余注释和排版在备份里。",
                bak.display()
            ));
        }
        self.progress.typed = self.resumed_typed.borrow().clone();
        // Changed on disk by someone else while the questions were asked (a 形势 written in an
        // editor beside them): the next answer rewrote the file, and that went without a word
        // (review 58). The answers go beside it from then on; the file stays as they left it.
        if std::fs::read(&self.path).ok() != self.on_disk {
            let aside = aside_path(&self.path);
            let _ = self.term.write_line(&format!(
                "提示：{} 在问答期间被别处改过；为不覆盖那些改动，之后的回答保存到 {}（原文件不再改动），两份请自行合并。",
                self.path.display(),
                aside.display()
            ));
            self.path = aside;
        }
        let text = format!("{}{}{}", self.progress.header(), self.preamble, self.brief.to_yaml());
        let bytes = self.encoding.encode(&text);
        crate::input::write_atomic(&self.path, &bytes, true)?;
        self.on_disk = Some(bytes);
        Ok(())
    }

    /// Marks `step` answered and saves.
    fn done(&mut self, step: &str) -> Result<()> {
        self.progress.mark(step);
        self.save()
    }

    fn say(&self, text: impl AsRef<str>) -> Step {
        self.term.write_line(text.as_ref()).map_err(|e| Abort::Fail(Error::io(Path::new("<终端>"), e)))
    }

    /// The header of part `n` (1-based) of the session: where the writer is.
    fn header(&self, n: usize, what: &str) -> Step {
        self.say(
            style(format!("── 第 {n} 部分，共 {} 部分：{} ── {what}", PARTS.len(), PARTS[n - 1]))
                .bold()
                .to_string(),
        )
    }

    /// The genre's spec (which fields it requires, whether it is spoken).
    fn spec(&self) -> Result<GenreSpec> {
        GenreSpec::load(self.brief.genre, &self.templates)
    }

    /// A line prompt, holding what was typed at this question when a session was stopped there.
    fn line<'a>(&self, prompt: &str) -> LinePrompt<'a> {
        LinePrompt::new(prompt).initial(self.typed_at(prompt).unwrap_or_default())
    }

    /// What was typed at the question `prompt` when a session was stopped there, taken (it goes
    /// from the progress at the next save); and `prompt` noted as the question being asked.
    fn typed_at(&self, prompt: &str) -> Option<String> {
        self.asking.replace(prompt.to_string());
        let mut resumed = self.resumed_typed.borrow_mut();
        let i = resumed.iter().position(|(at, _)| at == prompt)?;
        Some(resumed.remove(i).1)
    }

    /// Whether what was typed at `prompt` when a session was stopped there waits to be put back
    /// (not taken: `typed_at` takes it).
    fn typed_waits(&self, prompt: &str) -> bool {
        self.resumed_typed.borrow().iter().any(|(at, _)| at == prompt)
    }

    /// `confirm`, unless the writer was stopped typing at the first question of the item it asks
    /// about (`first`): then 是, said, and the text comes back in that question's line. The
    /// question's default was 否 after one item, and Enter had the text lost for good (review 56:
    /// a goal and a measure typed when Ctrl-C came stayed only in a `# typed:` comment).
    fn confirm_unless_typed(&self, prompt: &str, default: bool, first: &[&str]) -> Step<bool> {
        if first.iter().any(|f| self.typed_waits(f)) {
            self.say(format!("{}（上次打了字没有确定，接着填）", menu::answered(prompt, true)))?;
            return Ok(true);
        }
        self.confirm(prompt, default)
    }

    fn text(&self, prompt: &str, default: Option<&str>, optional: bool) -> Step<String> {
        Ok(self.line(prompt).default(default).allow_empty(optional).interact(&self.term)?)
    }

    /// A line prompt for a question of a figure, a goal or a list of points, asked as `again`
    /// says: what was typed there when the session stopped comes first, then what was typed and
    /// left with ↑, then the answer given before, each in the line to edit.
    fn line_again<'a>(&self, prompt: &str, again: &Again) -> LinePrompt<'a> {
        self.line_again_at(prompt, prompt, again)
    }

    /// `line_again` for a question whose prompt other questions share (`要点 1…` of every part):
    /// what was typed there is kept and found by `key`, which says whose it is.
    fn line_again_at<'a>(&self, key: &str, prompt: &str, again: &Again) -> LinePrompt<'a> {
        let resumed = self.typed_at(key);
        let mut p =
            LinePrompt::new(prompt).initial(resumed.or_else(|| again.initial.clone()).unwrap_or_default());
        if again.back.is_some() {
            p = p.allow_back(true).note("↑ 上一问");
        }
        p
    }

    /// Runs `p`; ↑ (where `again` allows it) stops with `Abort::Back` under `again`'s key.
    fn interact_again(&self, p: LinePrompt<'_>, again: &Again) -> Step<String> {
        match p.interact(&self.term) {
            Ok(v) => Ok(v),
            Err(Stop::Back(typed)) => match again.back {
                Some(key) if again.answer.as_deref() == Some(typed.as_str()) => {
                    Err(Abort::Back { key, typed: String::new() })
                }
                Some(key) => Err(Abort::Back { key, typed }),
                None => Err(Abort::Interrupted(typed)),
            },
            Err(e) => Err(e.into()),
        }
    }

    /// A figure's value, with its unit when one was typed after the digits (`1250.6亿元`).
    fn amount(&self, prompt: &str, optional: bool, again: &Again) -> Step<Option<answer::Amount>> {
        let p = self
            .line_again(prompt, again)
            .allow_empty(optional)
            .check(|v| answer::quantity(v).map(|_| ()))
            .echo(|v| answer::quantity(v).map(|a| answer::show_amount(&a)).unwrap_or_default());
        let v = self.interact_again(p, again)?;
        Ok(if v.is_empty() { None } else { answer::quantity(&v).ok() })
    }

    /// A growth (`8.3`, `8.3%`, `下降3.2`), or with `growth` false a share of a target completed
    /// (`105`), each within what it can be (`amount::growth`, `amount::completion`): the brief's
    /// loader refuses the rest, and a saved answer it refuses would lock the writer out of the
    /// session (tty 30, D1).
    fn percent(&self, prompt: &str, growth: bool, again: &Again) -> Step<Option<Number>> {
        let read = move |v: &str| if growth { answer::growth(v) } else { answer::completion(v) };
        let p = self.line_again(prompt, again).allow_empty(true).check(move |v| read(v).map(|_| ())).echo(
            move |v| {
                read(v)
                    .map(|n| if growth { answer::show_growth(&n) } else { format!("{}%", n.as_str()) })
                    .unwrap_or_default()
            },
        );
        let v = self.interact_again(p, again)?;
        Ok(if v.is_empty() { None } else { read(&v).ok() })
    }

    fn confirm(&self, prompt: &str, default: bool) -> Step<bool> {
        Ok(menu::confirm(&self.term, prompt, default)?)
    }

    fn select(&self, prompt: &str, items: &[String], default: usize) -> Step<usize> {
        Ok(Menu::new(prompt, items).default(default).interact(&self.term)?)
    }

    /// A pick among `choices` or free text, in one line: the choices are listed under it and
    /// narrow as the writer types (外资 → 利用外资); Enter keeps the text as typed unless the
    /// writer moved to a choice (see `line`).
    fn pick_or_type(&self, prompt: &str, choices: &[&str], default: Option<&str>) -> Step<String> {
        Ok(self.line(prompt).default(default).suggestions(choices).interact(&self.term)?)
    }

    /// `pick_or_type` asked as `again` says (↑ goes back while no choice is highlighted).
    fn pick_or_type_again(&self, prompt: &str, choices: &[&str], again: &Again) -> Step<String> {
        let mut p = self.line_again(prompt, again).suggestions(choices);
        if again.back.is_some() {
            p = p.note("Shift-Tab 上一问");
        }
        self.interact_again(p, again)
    }

    /// Where basic question `key` stands: 基本情况 第 2 问，共 8 问.
    fn step_of(&self, key: &str) -> String {
        let keys = basics(self.brief.genre);
        let n = keys.iter().position(|k| *k == key).map_or(0, |i| i + 1);
        format!("{} 第 {n} 问，共 {} 问", PARTS[0], keys.len())
    }

    /// A menu among the basics; Shift-Tab goes back to the question before (`Abort::Back`), but
    /// from the first (the genre).
    fn menu_with_step(
        &self,
        prompt: &str,
        items: &[String],
        default: usize,
        key: &'static str,
    ) -> Step<usize> {
        let menu = Menu::new(prompt, items).default(default).note(Some(self.step_of(key)));
        match menu.allow_back(key != "genre").interact(&self.term) {
            Ok(i) => Ok(i),
            Err(Stop::Back(typed)) => Err(Abort::Back { key, typed }),
            Err(e) => Err(e.into()),
        }
    }

    /// Asks a scalar field unless answered — or unless answered empty while the genre requires it:
    /// `get` reads the present value, `set` stores the answer.
    ///
    /// The present value is in the line to edit, as a topic's or a point's is: offered as a
    /// default, a typo in a meeting's name was mended only by typing it all again, and an
    /// optional answer (讲话人, 报告期) could not be emptied (reviews 53 A8, 56 L4). Emptied, an
    /// optional answer is taken out of the brief.
    #[allow(clippy::too_many_arguments)]
    fn field(
        &mut self,
        spec: &GenreSpec,
        key: &'static str,
        label: &str,
        optional: bool,
        check: Option<CheckFn>,
        get: impl Fn(&Brief) -> Option<String>,
        set: impl Fn(&mut Brief, String),
    ) -> Step {
        let why = spec.require.get(key);
        if self.progress.is_done(key) && (why.is_none() || self.brief.has(key)) {
            return Ok(());
        }
        let optional = optional && why.is_none();
        if let Some(why) = why {
            self.say(style(format!("  必填：{why}")).dim().to_string())?;
        }
        let label = if optional { optional_label(label) } else { label.to_string() };
        let current = get(&self.brief);
        // The writer's answer, not a suggestion made for an empty field (全市对外开放工作会议).
        let given = match key {
            "meeting" => !self.brief.meeting.trim().is_empty(),
            "locality" => !self.brief.locality.trim().is_empty(),
            k => self.brief.has(k),
        };
        let (answer, suggested) = if given { (current, None) } else { (None, current) };
        // (What was typed here when the last session stopped, else the answer given.)
        let typed = self.typed_at(&label);
        let mut p = LinePrompt::new(&label)
            .initial(typed.or(answer).unwrap_or_default())
            .default(suggested.as_deref())
            .allow_empty(optional)
            .allow_back(true)
            .note(format!("{} · ↑ 上一问", self.step_of(key)));
        // (Typed and left with ↑ this session: before what was typed when the last one stopped.)
        if let Some((_, typed)) = self.typed.remove(key) {
            p = p.initial(typed);
        }
        if let Some(f) = check {
            p = p.check(f);
        }
        let v = match p.interact(&self.term) {
            Ok(v) => v,
            Err(Stop::Back(typed)) => return Err(Abort::Back { key, typed }),
            Err(e) => return Err(e.into()),
        };
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
            self.header(6, "一句口号收尾")?;
            let current = self.brief.closing.as_ref().and_then(|c| c.slogan.clone());
            let v = self.text("结尾口号（可不填，直接回车跳过）", current.as_deref(), true)?;
            self.brief.closing = (!v.is_empty()).then_some(Closing { slogan: Some(v) });
            self.done("closing")?;
        }
        Ok(())
    }

    /// The basics, question by question; ↑ at one (`field`) goes back to the one before it, which
    /// is asked again with its answer offered (tty 28: `new` had no way back, where `fill` has).
    fn ask_basics(&mut self) -> Step {
        loop {
            match self.ask_basics_once() {
                Err(Abort::Back { key, typed }) => {
                    if !typed.trim().is_empty() {
                        self.typed.insert(key, (self.asking.borrow().clone(), typed));
                    }
                    let keys = basics(self.brief.genre);
                    let at = keys.iter().position(|k| *k == key).unwrap_or(0);
                    // (The genre is a menu before the first question: back stops at the first.)
                    if let Some(prev) = keys[..at].iter().rev().find(|k| **k != "genre") {
                        self.progress.done.remove(*prev);
                        self.save()?;
                    }
                }
                other => return other,
            }
        }
    }

    fn ask_basics_once(&mut self) -> Step {
        let spec = self.spec()?;
        let lacking = |s: &Session| {
            basics(s.brief.genre)
                .iter()
                .any(|k| !s.progress.is_done(k) || spec.require.contains_key(*k) && !s.brief.has(k))
        };
        if lacking(self) {
            self.header(1, "地区、会议、讲话人、篇幅")?;
        }
        if !self.progress.is_done("genre") {
            let items: Vec<String> = Genre::ALL.iter().map(|g| g.chinese().to_string()).collect();
            let at = Genre::ALL.iter().position(|g| *g == self.brief.genre).unwrap_or(0);
            let i = self.menu_with_step("体裁", &items, at, "genre")?;
            self.brief.genre = Genre::ALL[i];
            self.done("genre")?;
        }
        // The genre decides what is required and how length is told.
        let spec = self.spec()?;
        self.field(
            &spec,
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
            // Each level as the draft will say it: the word follows the locality's name (东兴市
            // at 县级 says 全市), the level decides the units below it (`levels.yaml`'s first
            // wording every level has: 各乡镇 for 县级), which is what tells the levels apart. A
            // province has its own (`provinces.yaml`: 云南 → 各州（市）).
            // (A row of all the units below, 各…: not `、开发区`, which every level says too.)
            let below = self
                .lists
                .levels
                .iter()
                .find(|w| w.text.starts_with('各') && levels.iter().all(|l| w.at(*l).is_some()));
            let province_units = self.lists.provinces.units_below(&self.brief.locality);
            let items: Vec<String> = levels
                .iter()
                .map(|l| {
                    let w =
                        Brief { locality: self.brief.locality.clone(), level: Some(*l), ..Brief::default() }
                            .level_word();
                    let unit = crate::phrasebank::Unit {
                        level: *l,
                        word: w,
                        province_units: province_units.map(str::to_string),
                        below: None,
                        zone: false,
                    };
                    match below.and_then(|b| b.at_in(&unit)) {
                        Some(units) => {
                            format!("{}级（全{w}、我{w}，下辖{}）", l.char(), units.trim_start_matches('各'))
                        }
                        None => format!("{}级（全{w}、我{w}）", l.char()),
                    }
                })
                .collect();
            let at = levels.iter().position(|l| *l == self.brief.level()).unwrap_or(1);
            let i = self.menu_with_step("行政层级", &items, at, "level")?;
            // Only stored when it differs from what the locality implies, or when the name leaves
            // it open: a city (X市) may be a 地级市 or a 县级市, and a brief without its level is
            // told so beside its draft (`plan::advice::level_guessed`).
            let open = self.brief.locality.trim().ends_with('市')
                && Level::from_locality(&self.brief.locality) == Some(Level::City);
            self.brief.level =
                (open || Some(levels[i]) != Level::from_locality(&self.brief.locality)).then_some(levels[i]);
            self.done("level")?;
        }
        let suggested = format!("全{}对外开放工作会议", self.brief.level_word());
        self.field(
            &spec,
            "meeting",
            "会议名称",
            false,
            None,
            move |b| Some(if b.meeting.is_empty() { suggested.clone() } else { b.meeting.clone() }),
            |b, v| b.meeting = v,
        )?;
        let speaker = if self.brief.genre == Genre::NewsReport {
            "讲话人（职务 姓名，如 市委副书记、市长 林志诚）"
        } else {
            "讲话人"
        };
        self.field(
            &spec,
            "speaker",
            speaker,
            true,
            None,
            |b| b.speaker.clone(),
            |b, v| b.speaker = (!v.is_empty()).then_some(v),
        )?;
        self.field(
            &spec,
            "date",
            "日期（如 2026-03-15）",
            true,
            Some(|v| Date::parse(v).map(|_| ())),
            |b| b.date.map(|d| d.to_string()),
            |b, v| b.date = Date::parse(&v).ok(),
        )?;
        self.field(
            &spec,
            "period",
            "报告期（如 2025年、1—6月）",
            true,
            None,
            |b| b.period.clone(),
            |b, v| b.period = (!v.is_empty()).then_some(v),
        )?;
        if !self.progress.is_done("length") {
            let spoken = spec.spoken;
            let label = if spoken {
                "篇幅：讲话分钟数，或直接写字数"
            } else {
                "篇幅：字数（如 1500）"
            };
            let current = self.brief.length().to_string();
            let read = move |v: &str| if spoken { parse_length(v) } else { parse_chars(v) };
            // ↑ goes back from here too, as from the questions before (review 44: it did nothing).
            let mut p = self
                .line(label)
                .note(format!("{} · ↑ 上一问", self.step_of("length")))
                .default(Some(if spoken { show_minutes(self.brief.length()) } else { current }))
                .allow_back(true)
                .check(move |v| read(v).map(|_| ()))
                .echo(move |v| read(v).map(|n| show_length(n, spoken)).unwrap_or_default());
            if let Some((_, typed)) = self.typed.remove("length") {
                p = p.initial(typed);
            }
            let v = match p.interact(&self.term) {
                Ok(v) => v,
                Err(Stop::Back(typed)) => return Err(Abort::Back { key: "length", typed }),
                Err(e) => return Err(e.into()),
            };
            // Written as answered, the genre's default too: `15` minutes left out read back as
            // `提纲没有写字数` in the draft's advice and `check --brief` (review 44).
            self.brief.length = read(&v).ok();
            self.done("length")?;
        }
        match self.brief.genre {
            Genre::ResearchVisit => {
                self.field(
                    &spec,
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
                    &spec,
                    "place",
                    "会议地点",
                    true,
                    None,
                    |b| b.place.clone(),
                    |b, v| b.place = (!v.is_empty()).then_some(v),
                )?;
                self.field(
                    &spec,
                    "presided_by",
                    "主持人",
                    true,
                    None,
                    |b| b.presided_by.clone(),
                    |b, v| b.presided_by = (!v.is_empty()).then_some(v),
                )?;
                self.field(
                    &spec,
                    "attendees",
                    "出席领导（用顿号或逗号分隔）",
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
        let (what, n, about) = match section {
            Section::Achievements => ("成绩", 2, "按主题分项，每项可填数据和要点"),
            Section::Problems => ("问题", 3, "差距和短板，每项可填要点"),
            _ => ("措施", 5, "下一步的重点工作，每项可填要点"),
        };
        self.header(n, about)?;
        let existing = self.parts(section).len();
        if existing > 0 {
            self.say(format!("{what}已有 {existing} 项。"))?;
        }
        // A part left open by an interrupted session is continued first, at its first question
        // not yet answered.
        if self.progress.open.as_deref() == Some(key) && existing > 0 {
            let part = &self.parts(section)[existing - 1];
            let name = part.heading.clone().or_else(|| part.topic.clone()).unwrap_or_default();
            self.say(format!("接着填写上次未完成的{what}「{name}」："))?;
            self.fill_part(section, existing - 1, what)?;
        }
        loop {
            let n = self.parts(section).len();
            let ask =
                if n == 0 { format!("添加一项{what}？") } else { format!("再添加一项{what}？") };
            let prompt = format!("{what}的主题");
            if !self.confirm_unless_typed(&ask, n == 0, &[&prompt])? {
                break;
            }
            let topics: Vec<String> = self.bank.topics.iter().map(|t| t.name.clone()).collect();
            let refs: Vec<&str> = topics.iter().map(String::as_str).collect();
            // Enter on an empty line takes the item back: 添加一项…？ answers 是 on Enter, and a
            // writer who pressed it from habit had a required question and no way out but Ctrl-C
            // (review 53).
            let topic = self
                .line(&prompt)
                .suggestions(&refs)
                .allow_empty(true)
                .note("直接回车：不添加")
                .interact(&self.term)?;
            if topic.trim().is_empty() {
                break;
            }
            self.parts(section).push(Part { topic: Some(topic), ..Part::default() });
            self.progress.open_part(key);
            self.save()?;
            let i = self.parts(section).len() - 1;
            self.fill_part(section, i, what)?;
        }
        self.progress.close_part();
        Ok(self.done(key)?)
    }

    /// The rest of part `i`, from its first step not taken: heading, figures (achievements
    /// only), offered phrasebank points (measures only), and free points.
    fn fill_part(&mut self, section: Section, i: usize, what: &str) -> Step {
        if !self.progress.part.contains("heading") {
            self.ask_heading(section, i, what)?;
        }
        if section == Section::Achievements && !self.progress.part.contains("figures") {
            if self.progress.item.is_some() || self.progress.pending.is_some() {
                self.ask_figure(section, i)?;
            }
            loop {
                let n = self.parts(section)[i].figures.len();
                let ask = if n == 0 { "添加一项数据？" } else { "再添加一项数据？" };
                if !self.confirm_unless_typed(ask, n == 0, &["指标名称"])? || !self.ask_figure(section, i)?
                {
                    break;
                }
            }
            self.progress.part.insert("figures".into());
            self.save()?;
        }
        // What the writer began to type at the checklist: the start of their first point.
        let mut typed_ahead = None;
        if section == Section::Measures && !self.progress.part.contains("offered") {
            typed_ahead = self.offer_points(section, i)?;
            self.progress.part.insert("offered".into());
            self.save()?;
        }
        // ↑ at a point goes back to the one before, to edit in its line; the points stay in the
        // brief meanwhile (Ctrl-C there left the point out of it, review 47), and what was typed at
        // a point left comes back when it is asked again. Emptied, a point gone back to is taken
        // out and the next comes up (Enter on it ended the list and dropped the points after it,
        // review 47). (Not past the first point: the checklist or the figures before it are lists
        // of their own.)
        let mut at = self.parts(section)[i].points.len();
        let mut left: std::collections::BTreeMap<usize, String> = Default::default();
        left.extend(typed_ahead.map(|t| (at, t)));
        // What was typed at a point and not entered is kept under its part's name as well as its
        // prompt, which every part's points share: an edit of 成绩's 要点 1 stopped by Ctrl-C came
        // back in 问题's 要点 1 and was saved there (review 50).
        let key = |prompt: &str| format!("{}[{}] {prompt}", section.name(), i + 1);
        // A session stopped while a point was being edited resumes at that point, the edit in its
        // line, as the message at Ctrl-C says.
        let editing_key = |k: usize| key(&point_prompt(k, true));
        if let Some(k) = (0..at)
            .find(|&k| self.resumed_typed.borrow().iter().any(|(typed_at, _)| *typed_at == editing_key(k)))
        {
            at = k;
        }
        loop {
            let points = &self.parts(section)[i].points;
            let editing = points.get(at).cloned();
            let prompt = point_prompt(at, editing.is_some());
            let again = Again {
                initial: left.remove(&at).or_else(|| editing.clone()),
                answer: editing.clone(),
                back: (at > 0).then_some("point"),
            };
            let empty = if editing.is_some() { "（删去）" } else { "（结束）" };
            let p = self
                .line_again_at(&key(&prompt), &prompt, &again)
                .allow_empty(true)
                .empty_label(empty)
                .points(true);
            let v = match self.interact_again(p, &again) {
                Ok(v) => v,
                Err(Abort::Back { typed, .. }) => {
                    if !typed.trim().is_empty() {
                        left.insert(at, typed);
                    }
                    at -= 1;
                    continue;
                }
                Err(Abort::Interrupted(typed)) => {
                    // What was typed at a new point and left with ↑ is the writer's too (an edit of
                    // a point left is not: the point as it was is in the brief).
                    let n = self.parts(section)[i].points.len();
                    for (k, t) in left.into_iter().filter(|(k, _)| *k >= n) {
                        self.resumed_typed.borrow_mut().push((key(&point_prompt(k, false)), t));
                    }
                    self.save()?;
                    return Err(Abort::Interrupted(typed));
                }
                Err(e) => return Err(e),
            };
            let points = &mut self.parts(section)[i].points;
            match (editing.is_some(), v.is_empty()) {
                (false, true) => break,
                (false, false) => {
                    points.push(v);
                    at += 1;
                }
                (true, false) => {
                    points[at] = v;
                    at += 1;
                }
                (true, true) => {
                    points.remove(at);
                    // (What was left at the points after it moves up with them.)
                    left = left.into_iter().map(|(k, t)| (if k > at { k - 1 } else { k }, t)).collect();
                }
            }
            self.save()?;
        }
        self.progress.close_part();
        Ok(self.save()?)
    }

    /// The heading of part `i`; ↑ there goes back to its topic, the one question before it (review
    /// 50: `对外` entered for 对外贸易 could not be mended until the end). The topic asked again is
    /// keyed by its part, as a point is: what is typed there at Ctrl-C comes back at that part's
    /// heading, not at the next part's topic.
    fn ask_heading(&mut self, section: Section, i: usize, what: &str) -> Step {
        let topic_key = format!("{}[{}] {what}的主题", section.name(), i + 1);
        let mut topic_first = self.resumed_typed.borrow().iter().any(|(at, _)| *at == topic_key);
        loop {
            if topic_first {
                let topics: Vec<String> = self.bank.topics.iter().map(|t| t.name.clone()).collect();
                let refs: Vec<&str> = topics.iter().map(String::as_str).collect();
                let topic = self.parts(section)[i].topic.clone();
                let again = Again { initial: topic.clone(), answer: topic, back: None };
                let p = self.line_again_at(&topic_key, &format!("{what}的主题"), &again).suggestions(&refs);
                let topic = self.interact_again(p, &again)?;
                self.parts(section)[i].topic = (!topic.trim().is_empty()).then_some(topic);
                self.save()?;
            }
            let again = Again {
                initial: self.typed.remove("part:heading").map(|(_, t)| t),
                answer: None,
                back: Some("part:heading"),
            };
            let p = self.line_again(&format!("{what}的小标题（可不填）"), &again).allow_empty(true);
            match self.interact_again(p, &again) {
                Ok(heading) => {
                    self.parts(section)[i].heading = (!heading.is_empty()).then_some(heading);
                    self.progress.part.insert("heading".into());
                    return Ok(self.save()?);
                }
                Err(Abort::Back { key, typed }) => {
                    self.keep_typed(key, typed);
                    topic_first = true;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// The phrasebank's measure sentences on the part's topic, as a checklist; what the writer
    /// began to type there instead, if anything.
    fn offer_points(&mut self, section: Section, i: usize) -> Step<Option<String>> {
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
        if offered.is_empty() {
            return Ok(None);
        }
        let list = Checklist::new("可选的措施语句", &offered);
        let checked = match list.interact(&self.term) {
            Ok(c) => c,
            // Ticked when the session stops: kept as points, and the list offered again without
            // them when it resumes.
            Err(stop @ Stop::Interrupted(_)) => {
                let picked = list.ticked_at_stop();
                if !picked.is_empty() {
                    for k in picked {
                        self.parts(section)[i].points.push(offered[k].clone());
                    }
                    self.save()?;
                }
                return Err(stop.into());
            }
            Err(e) => return Err(e.into()),
        };
        for k in checked.picked {
            self.parts(section)[i].points.push(offered[k].clone());
        }
        Ok(checked.typed)
    }

    /// One figure of part `i`: name, value (with its unit, if typed), unit, growth, completion
    /// rate, rank. The name is kept as `pending` until the value makes the figure complete enough
    /// to store; from then on each answer is saved into the stored figure as it is given, and
    /// `item` records which were answered, so that a resumed session asks the next one. ↑ goes
    /// back to the question before, with its answer in the line (`FIGURE_STEPS`).
    ///
    /// `false` when the writer took the figure back: Enter on its empty name (after 再添加一项数据？
    /// 是 there was no way out but a made-up figure, review 56).
    fn ask_figure(&mut self, section: Section, i: usize) -> Step<bool> {
        if self.progress.item.is_none() {
            let mut again = Again::default();
            let amount = loop {
                let name = match again.initial {
                    Some(_) => {
                        let name = self.pick_or_type_again("指标名称", INDICATORS, &again)?;
                        again.initial = None;
                        name
                    }
                    None => {
                        let pending = self.progress.pending.take();
                        let name = self
                            .line("指标名称")
                            .default(pending.as_deref())
                            .suggestions(INDICATORS)
                            .allow_empty(pending.is_none())
                            .note("直接回车：不添加")
                            .interact(&self.term)?;
                        if name.trim().is_empty() {
                            self.save()?;
                            return Ok(false);
                        }
                        name
                    }
                };
                self.progress.pending = Some(name.clone());
                self.save()?;
                let value = Again {
                    initial: self.typed.remove(FIGURE_STEPS[1]).map(|t| t.1),
                    answer: None,
                    back: Some(FIGURE_STEPS[1]),
                };
                match self.amount(&format!("{name}（数值，可连单位写，如 1250.6亿元）"), false, &value)
                {
                    Ok(amount) => break (name, amount.expect("required")),
                    Err(Abort::Back { key, typed }) => {
                        self.keep_typed(key, typed);
                        again.initial = Some(name);
                    }
                    Err(e) => return Err(e),
                }
            };
            let (name, amount) = amount;
            self.progress.pending = None;
            let mut answered: std::collections::BTreeSet<String> =
                FIGURE_STEPS[..2].iter().map(|k| step_name(k).to_string()).collect();
            if amount.unit.is_some() {
                answered.insert("unit".to_string());
                answered.insert(UNIT_WITH_VALUE.to_string());
            }
            let figure = Figure {
                name,
                value: amount.number,
                unit: amount.unit,
                growth: None,
                target_rate: None,
                rank: None,
            };
            self.parts(section)[i].figures.push(figure);
            self.progress.item = Some(answered);
            self.save()?;
        }
        let k = self.parts(section)[i].figures.len() - 1;
        self.ask_steps(&FIGURE_STEPS, |s, key, again| {
            let f = &s.parts(section)[i].figures[k];
            let answer = shown(f, step_name(key));
            let again = Again { initial: again.initial.or_else(|| answer.clone()), answer, ..again };
            let name = f.name.clone();
            match step_name(key) {
                "name" => {
                    let v = s.pick_or_type_again("指标名称", INDICATORS, &again)?;
                    s.parts(section)[i].figures[k].name = v;
                }
                "value" => {
                    let prompt = format!("{name}（数值，可连单位写，如 1250.6亿元）");
                    let amount = s.amount(&prompt, false, &again)?.expect("required");
                    let f = &mut s.parts(section)[i].figures[k];
                    f.value = amount.number;
                    if let Some(unit) = amount.unit {
                        f.unit = Some(unit);
                        s.answered_item("unit")?;
                        s.answered_item(UNIT_WITH_VALUE)?;
                    }
                }
                "unit" => {
                    let unit = s.pick_or_type_again("单位", UNITS, &again)?;
                    s.parts(section)[i].figures[k].unit = Some(unit);
                }
                "growth" => {
                    let growth = s.percent("增长（%，下降写 -3.2 或 下降3.2，可不填）", true, &again)?;
                    s.parts(section)[i].figures[k].growth = growth;
                }
                "target_rate" => {
                    let rate = s.percent("完成目标的百分之几（可不填）", false, &again)?;
                    s.parts(section)[i].figures[k].target_rate = rate;
                }
                _ => {
                    let p = s
                        .line_again("位次（如 全省第一位，可不填）", &again)
                        .allow_empty(true)
                        .check(answer::check_rank);
                    let rank = s.interact_again(p, &again)?;
                    s.parts(section)[i].figures[k].rank = (!rank.is_empty()).then_some(rank);
                }
            }
            Ok(())
        })?;
        Ok(true)
    }

    /// Asks the steps of the open figure or goal not yet answered (`Progress::item`), in order,
    /// with `ask`; ↑ at one goes back to the one before (its answer, in `Again::initial`, is
    /// filled in by `ask`), keeping what was typed for when the writer comes back. Closes the
    /// item once the last is answered.
    fn ask_steps(
        &mut self,
        steps: &[&'static str],
        mut ask: impl FnMut(&mut Session, &'static str, Again) -> Step,
    ) -> Step {
        let answered =
            |s: &Session, key: &str| s.progress.item.as_ref().is_some_and(|d| d.contains(step_name(key)));
        while let Some(at) = steps.iter().position(|key| !answered(self, key)) {
            let key = steps[at];
            let again = Again {
                initial: self.typed.remove(key).map(|t| t.1),
                answer: None,
                back: (at > 0).then_some(key),
            };
            match ask(self, key, again) {
                Ok(()) => self.answered_item(step_name(key))?,
                Err(Abort::Back { key, typed }) => {
                    self.keep_typed(key, typed);
                    if let Some(item) = &mut self.progress.item {
                        let before = step_name(steps[at - 1]);
                        item.remove(before);
                        // A unit typed with the value was never asked: back to the value
                        // (review 47: ↑ at 增长 stopped at a 单位 the writer had not seen).
                        if before == "unit" && item.remove(UNIT_WITH_VALUE) {
                            item.remove("value");
                        }
                    }
                    self.save()?;
                }
                Err(e) => return Err(e),
            }
        }
        self.progress.item = None;
        Ok(self.save()?)
    }

    /// Keeps what was typed at question `key` and left with ↑, for when it is asked again (and
    /// with the progress, should the session stop first).
    fn keep_typed(&mut self, key: &'static str, typed: String) {
        if !typed.trim().is_empty() {
            self.typed.insert(key, (self.asking.borrow().clone(), typed));
        }
    }

    /// Records that `field` of the open figure or goal was answered, and saves.
    fn answered_item(&mut self, field: &str) -> Result<()> {
        self.progress.item.get_or_insert_default().insert(field.to_string());
        self.save()
    }

    fn ask_goals(&mut self) -> Step {
        if self.progress.is_done("goals") {
            return Ok(());
        }
        self.header(4, "今年（下一步）要完成的目标")?;
        if self.progress.item.is_some() && !self.brief.goals.is_empty() {
            self.say("接着填写上次未完成的目标：")?;
            self.finish_goal()?;
            self.drop_empty_goal()?;
        }
        loop {
            let n = self.brief.goals.len();
            let ask = if n == 0 { "添加一项工作目标？" } else { "再添加一项工作目标？" };
            if !self.confirm_unless_typed(ask, n == 0, &["目标", "指标名称"])? {
                break;
            }
            let kinds = ["指标（如 实际利用外资增长10%）".to_string(), "一句话目标".to_string()];
            // (Its kind is the question the text was typed at.)
            let kind = if self.typed_waits("目标") {
                1
            } else if self.typed_waits("指标名称") {
                0
            } else {
                self.select("目标类型", &kinds, 0)?
            };
            if kind == 0 {
                let name = self.pick_or_type("指标名称", INDICATORS, None)?;
                self.brief.goals.push(Goal { name: Some(name), ..Goal::default() });
                self.progress.item = Some(Default::default());
                self.save()?;
                self.finish_goal()?;
                self.drop_empty_goal()?;
            } else {
                let text = self.text("目标", None, false)?;
                self.brief.goals.push(Goal { text: Some(text), ..Goal::default() });
                self.save()?;
            }
        }
        Ok(self.done("goals")?)
    }

    /// The last goal, when it is a name with neither a value nor a growth: no goal at all (a name
    /// picked by mistake and skipped through, review 53: the draft read `…增长8%；实际利用外资；`).
    /// Taken out of the brief, and the writer told so.
    fn drop_empty_goal(&mut self) -> Step {
        let Some(g) = self.brief.goals.last() else { return Ok(()) };
        if g.text.is_some() || g.value.is_some() || g.growth.is_some() {
            return Ok(());
        }
        let name = g.name.clone().unwrap_or_default();
        self.brief.goals.pop();
        self.save()?;
        self.say(format!("目标“{name}”没有数值也没有增长，不成一项目标，没有保存。"))
    }

    /// The value, unit and growth of the last goal, from the first not answered (`GOAL_STEPS`).
    fn finish_goal(&mut self) -> Step {
        let k = self.brief.goals.len() - 1;
        self.ask_steps(&GOAL_STEPS, |s, key, again| {
            let g = &s.brief.goals[k];
            let before = match step_name(key) {
                "value" => g.value.as_ref().map(|v| v.said(g.unit.as_deref().unwrap_or_default())),
                "unit" => g.unit.clone(),
                _ => g.growth.as_ref().map(|n| n.to_string()),
            };
            let again = Again { initial: again.initial.or_else(|| before.clone()), answer: before, ..again };
            match step_name(key) {
                "value" => {
                    let amount = s.amount("目标数值（可不填）", true, &again)?;
                    let typed_unit = amount.as_ref().is_some_and(|a| a.unit.is_some());
                    let g = &mut s.brief.goals[k];
                    match amount {
                        Some(a) => {
                            g.value = Some(a.number);
                            if a.unit.is_some() {
                                g.unit = a.unit;
                            }
                        }
                        None => (g.value, g.unit) = (None, None),
                    }
                    // (No value, no unit to ask.)
                    if typed_unit || s.brief.goals[k].value.is_none() {
                        s.answered_item("unit")?;
                        s.answered_item(UNIT_WITH_VALUE)?;
                    }
                }
                "unit" => {
                    let unit = s.pick_or_type_again("单位", UNITS, &again)?;
                    s.brief.goals[k].unit = Some(unit);
                }
                _ => s.brief.goals[k].growth = s.percent("增长目标（%，可不填）", true, &again)?,
            }
            Ok(())
        })
    }

    /// Shows the outline, asks to confirm, writes the draft next to the brief.
    fn finish(&mut self, options: &DraftOptions) -> Step<Option<PathBuf>> {
        // A hand-written brief that no answer changed is left exactly as it was.
        if self.unsaved_original.is_none() {
            self.save()?;
        }
        self.say(format!("{} 提纲已保存：{}", style("✔").green(), self.path.display()))?;
        let engine = |e: Error| {
            Abort::Fail(Error::usage_with_hint(
                format!("无法生成讲话稿：{}", e.body()),
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
        let mut out = self.path.with_extension("md");
        // Not overwriting the draft there is no reason to throw this one away: it goes beside it
        // (it went nowhere, and the writer had just asked for it — review 25).
        if out.exists() && !self.confirm(&format!("{} 已存在，覆盖？", out.display()), false)? {
            let kept = out.clone();
            out = beside(&out);
            self.say(format!("{} 保持原样，新的讲话稿另存为 {}。", kept.display(), out.display()))?;
        }
        let bytes = crate::export::to_bytes(&draft, crate::export::Format::Md, false)?;
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
        if options.seed != pipeline::DEFAULT_SEED {
            self.say(format!("（种子 {}：重新起草请加 --seed {}）", options.seed, options.seed))?;
        }
        Ok(Some(out))
    }
}

/// The first `稿.2.md`, `稿.3.md` … beside `稿.md` that does not exist.
fn beside(md: &Path) -> PathBuf {
    let stem = md.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    (2..)
        .map(|n| md.with_file_name(format!("{stem}.{n}.md")))
        .find(|p| !p.exists())
        .expect("some number is free")
}

/// `3500` as the length prompt's default: in minutes, since minutes is what it asks first.
fn show_minutes(chars: u32) -> String {
    let minutes = f64::from(chars) * 15.0 / DEFAULT_LENGTH as f64;
    if (minutes - minutes.round()).abs() < 0.05 { format!("{}", minutes.round()) } else { chars.to_string() }
}

/// A length in characters (a text that is read, not spoken): `1500`, `1500字`, `1,500`.
pub fn parse_chars(v: &str) -> std::result::Result<u32, String> {
    let t = v.trim().trim_end_matches('字').trim();
    let n = answer::amount(t)
        .ok()
        .filter(|a| a.unit.is_none() && !a.number.is_negative())
        .map(|a| a.number.value().round())
        .ok_or_else(|| format!("“{v}”不是字数（写数字，如 1500）"))?;
    if n < 1.0 {
        return Err("篇幅必须大于 0".to_string());
    }
    if n > f64::from(crate::model::brief::MAX_LENGTH) {
        return Err(format!("篇幅最多 {} 字", crate::model::brief::MAX_LENGTH));
    }
    Ok(n as u32)
}

/// A length answer: up to 180 is minutes (at 3,500 字 per 15 minutes), more is characters.
pub fn parse_length(v: &str) -> std::result::Result<u32, String> {
    let bad = || format!("“{}”不是篇幅（写分钟数如 15，或字数如 3500）", v.trim());
    let a = answer::amount(v).map_err(|_| bad())?;
    if a.number.is_negative() || a.number.value() <= 0.0 {
        return Err("篇幅必须大于 0".to_string());
    }
    let n = a.number.value();
    let minutes = match a.unit.as_deref() {
        None => n <= 180.0,
        Some("分钟" | "分" | "min") => true,
        Some("字") => false,
        Some(_) => return Err(bad()),
    };
    let chars = if minutes { (n * DEFAULT_LENGTH as f64 / 15.0).round() } else { n.round() };
    // (Past `MAX_LENGTH` the answer was saved as 4294967295, not as typed.)
    if chars > f64::from(crate::model::brief::MAX_LENGTH) {
        return Err(format!(
            "篇幅最多 {} 字（约 {} 分钟）",
            crate::model::brief::MAX_LENGTH,
            crate::model::brief::MAX_LENGTH as usize * 15 / DEFAULT_LENGTH as usize
        ));
    }
    Ok(chars as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_read_back_as_minutes_and_characters() {
        assert_eq!(show_length(4667, true), "20 分钟（约 4,667 字）");
        assert_eq!(show_length(1500, false), "1,500 字");
        assert_eq!(parse_chars("1,500字"), Ok(1500));
        assert!(parse_chars("很长").is_err());
        assert_eq!(show_minutes(3500), "15");
        assert_eq!(optional_label("日期（如 2026-03-15）"), "日期（如 2026-03-15，可不填）");
        assert_eq!(optional_label("讲话人"), "讲话人（可不填）");
    }

    #[test]
    fn length_is_minutes_or_characters() {
        assert_eq!(parse_length("15"), Ok(3500));
        assert_eq!(
            parse_length("99999999999999999999"),
            Err("篇幅最多 100000 字（约 428 分钟）".to_string())
        );
        assert_eq!(parse_chars("200000字"), Err("篇幅最多 100000 字".to_string()));
        assert_eq!(parse_length("10分钟"), Ok(2333));
        assert_eq!(parse_length("4000"), Ok(4000));
        assert!(parse_length("很长").is_err());
        assert_eq!(parse_length("１５"), Ok(3500));
        assert_eq!(parse_length("150字"), Ok(150));
        assert_eq!(parse_length("4,000"), Ok(4000));
    }
}

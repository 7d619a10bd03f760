//! The full-screen view of `edit` (ratatui over crossterm): the outline on the left, the draft on
//! the right, a status line (字数 against the target, minutes, `check`'s findings, the seed) and
//! the keys at the bottom.
//!
//! Chinese is measured by display width everywhere (`unicode-width`, as the line editor of
//! `terminal::line` measures it, whose `layout` wraps the field being edited): a line breaks
//! before a wide character that would straddle the right edge, never through it. The real
//! terminal cursor stands where the writer types, so an input method composes there. Stock
//! sentences are set in 〔…〕 (pinned: 【…】) in a quiet colour: the brackets say it without colour.

use std::io;

use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::fields::{self, Field, Row};
use super::{Session, Stock};
use crate::check::Rule;
use crate::error::Result;
use crate::export::Format;
use crate::model::{BlockKind, Provenance};

/// How a session ended.
pub enum Ending {
    /// The writer left (after saving, or choosing not to).
    Quit,
    /// The writer left after saving, and the save went beside the brief (`FILE.edit.yaml`: it
    /// shares values through YAML aliases, or changed on disk), with the message saying why.
    QuitAside(String),
    /// Ctrl-C: the brief was saved where it says.
    /// Ctrl-C: saved to the path; the number being typed, if one was, is not (`增长% 99`).
    Interrupted(std::path::PathBuf, Option<String>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Pane {
    Outline,
    Draft,
}

/// A question on the bottom line, answered by one key.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Ask {
    /// Leaving with unsaved changes: y save, n leave, Esc stay.
    Quit,
    /// Export as: m Markdown, w Word.
    Export,
    /// The export file exists: y replace.
    Overwrite(Format),
}

/// A field being typed in.
struct Editing {
    field: Field,
    label: String,
    chars: Vec<char>,
    /// Index into `chars`.
    cursor: usize,
    error: Option<String>,
    /// The item was added for this field (`a`): given up with the field, it goes again.
    added: bool,
}

struct App {
    session: Session,
    pane: Pane,
    /// Selected outline row.
    row: usize,
    /// Selected stock sentence (index into `Session::stock`).
    stock: usize,
    /// First draft line shown, and first outline row shown.
    scroll: usize,
    outline_scroll: usize,
    editing: Option<Editing>,
    ask: Option<Ask>,
    help: bool,
    message: String,
    findings: Vec<crate::check::Finding>,
    /// Draft lines of the last drawing, with where each stock sentence starts (for scrolling).
    starts: Vec<usize>,
    /// The row the draft should scroll to once drawn (the outline's row changed).
    follow: bool,
    /// Why the last save went beside the brief, if it did: told again when the view is left.
    aside_message: Option<String>,
}

/// Runs the view on the terminal until the writer leaves.
/// What Ctrl-C would save now, kept up to date as the writer goes (`App::keep_rescue`): written by
/// `watch_for_hangup` if the terminal goes. (crossterm, waiting for a key on a terminal that hung
/// up, reads nothing over and over and never returns: the view's own thread cannot save then.)
static RESCUE: std::sync::Mutex<Option<super::SavePlan>> = std::sync::Mutex::new(None);

/// Until `done`, watches whether the terminal hung up (its window closed; SIGHUP is ignored,
/// `terminal::keep_on_hangup`): if it did, writes what Ctrl-C would have saved and ends the
/// process. Closing the window lost every unsaved change (review 44).
fn watch_for_hangup(done: std::sync::Arc<std::sync::atomic::AtomicBool>) {
    while !done.load(std::sync::atomic::Ordering::Relaxed) {
        std::thread::sleep(std::time::Duration::from_millis(100));
        if crate::terminal::hung_up() {
            if let Some(plan) = RESCUE.lock().ok().and_then(|mut r| r.take()) {
                let _ = plan.write();
            }
            std::process::exit(1);
        }
    }
}

pub fn run(session: Session) -> Result<Ending> {
    crate::terminal::keep_on_hangup();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watch = {
        let done = done.clone();
        std::thread::spawn(move || watch_for_hangup(done))
    };
    let ended = run_view(session);
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = watch.join();
    ended
}

fn run_view(session: Session) -> Result<Ending> {
    let mut terminal = ratatui::init();
    // A paste comes as one event (`Event::Paste`), not as keys (`App::paste`).
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ratatui::crossterm::event::EnableBracketedPaste);
    let findings = session.findings();
    let mut app = App {
        session,
        pane: Pane::Draft,
        row: 0,
        stock: 0,
        scroll: 0,
        outline_scroll: 0,
        editing: None,
        ask: None,
        help: false,
        message: "Tab 切换提纲/讲稿，? 查看全部按键".to_string(),
        findings,
        starts: Vec::new(),
        follow: false,
        aside_message: None,
    };
    let result = app.event_loop(&mut terminal);
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ratatui::crossterm::event::DisableBracketedPaste);
    ratatui::restore();
    result
}

/// Chinese names of `check`'s rules, for the status line.
fn rule_name(rule: Rule) -> &'static str {
    match rule {
        Rule::Placeholder => "待填",
        Rule::Numbering => "编号",
        Rule::Repeat => "重复",
        Rule::Punctuation => "标点",
        Rule::Wording => "提法",
        Rule::Charset => "字符",
        Rule::Figure => "数据",
        Rule::Length => "篇幅",
        Rule::Answer => "回应",
        Rule::Choices => "选择",
    }
}

impl App {
    fn event_loop(&mut self, terminal: &mut ratatui::DefaultTerminal) -> Result<Ending> {
        // crossterm starts listening for SIGWINCH on its first poll: a window resized between the
        // first draw and the first `read` was lost, and the view kept the old layout until a key
        // was pressed (a pty test that resizes as soon as the view shows timed out, now and then,
        // on a loaded machine). Listening before the first draw, a resize is either seen by the
        // draw's size query or arrives as an event.
        event::poll(std::time::Duration::ZERO).map_err(io_error)?;
        loop {
            // The terminal gone (its window closed), the view stops as at Ctrl-C: what was typed is
            // saved. A draw or a read that fails says so here; a wait for a key never returns then,
            // and `watch_for_hangup` saves what `keep_rescue` left.
            self.keep_rescue();
            let event = match terminal.draw(|f| self.draw(f)).and_then(|_| event::read()) {
                Ok(e) => e,
                Err(_) => return self.interrupted(),
            };
            let key = match event {
                Event::Key(k) if k.kind != KeyEventKind::Release => k,
                Event::Paste(text) => {
                    self.paste(&text);
                    continue;
                }
                // A resize is drawn anew by the next pass of the loop.
                _ => continue,
            };
            if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
                return self.interrupted();
            }
            if self.key(key)? {
                return Ok(match self.aside_message.take() {
                    Some(why) => Ending::QuitAside(why),
                    None => Ending::Quit,
                });
            }
        }
    }

    /// Leaves what Ctrl-C would save now for `watch_for_hangup`: the brief with the field being
    /// typed, as `interrupted` keeps it.
    fn keep_rescue(&self) {
        let brief = match &self.editing {
            Some(e) if e.added && e.chars.iter().all(|c| c.is_whitespace()) => return,
            Some(e) if !e.field.is_number() => {
                let text: String = e.chars.iter().collect();
                fields::set(&self.session.brief, e.field, &text)
                    .unwrap_or_else(|_| self.session.brief.clone())
            }
            _ => self.session.brief.clone(),
        };
        if let Ok(mut rescue) = RESCUE.lock() {
            *rescue = self.session.plan(&brief);
        }
    }

    /// Ctrl-C, or the terminal gone: saves and stops.
    fn interrupted(&mut self) -> Result<Ending> {
        // Nothing typed is lost: a field of text being typed is kept when it reads as a
        // value. A number is not: `99` on the way to `99.5`, never confirmed with Enter,
        // was saved as a fact (review 26); it is said, not saved.
        let mut unsaved = None;
        if let Some(e) = self.editing.take() {
            let text: String = e.chars.iter().collect();
            let number = e.field.is_number();
            if number && fields::initial(&self.session.brief, e.field).trim() != text.trim() {
                unsaved = Some(format!("{}{}", e.label, text.trim()));
            }
            let kept = if number { None } else { fields::set(&self.session.brief, e.field, &text).ok() };
            match kept.filter(|_| !(e.added && text.trim().is_empty())) {
                Some(b) => {
                    let _ = self.session.change(b);
                }
                // An item added and left empty is not saved as `- ''`, nor one whose number
                // was never confirmed.
                None if e.added => {
                    self.session.withdraw()?;
                }
                None => {}
            }
        }
        let path = self.session.save()?;
        Ok(Ending::Interrupted(path, unsaved))
    }

    fn changed(&mut self) {
        self.findings = self.session.findings();
        let n = self.session.stock().len();
        self.stock = self.stock.min(n.saturating_sub(1));
        let rows = fields::rows(&self.session.brief).len();
        self.row = self.row.min(rows.saturating_sub(1));
    }

    /// Handles one key; `true` to leave.
    fn key(&mut self, key: KeyEvent) -> Result<bool> {
        if self.editing.is_some() {
            self.edit_key(key)?;
            return Ok(false);
        }
        if let Some(ask) = self.ask.take() {
            return self.answer(ask, key);
        }
        if self.help {
            self.help = false;
            return Ok(false);
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let moving = key.modifiers.intersects(KeyModifiers::SHIFT | KeyModifiers::ALT);
        match key.code {
            KeyCode::Char('s') if ctrl => {
                self.save();
            }
            KeyCode::Char('z') if ctrl => {
                self.message =
                    if self.session.undo()? { "已撤销".into() } else { "没有可撤销的修改".into() };
                self.changed();
            }
            KeyCode::Char('y') if ctrl => {
                self.message =
                    if self.session.redo()? { "已重做".into() } else { "没有可重做的修改".into() };
                self.changed();
            }
            KeyCode::Tab | KeyCode::BackTab => {
                self.pane = if self.pane == Pane::Draft { Pane::Outline } else { Pane::Draft };
                self.follow = self.pane == Pane::Outline;
            }
            KeyCode::Char('?') => self.help = true,
            KeyCode::Char('q') | KeyCode::Esc => {
                if !self.session.dirty() {
                    return Ok(true);
                }
                self.ask = Some(Ask::Quit);
            }
            KeyCode::Char('e') => self.ask = Some(Ask::Export),
            KeyCode::Char('r') => {
                let seed = self.session.reseed()?;
                self.message = format!("已换种子 {seed}：未固定的套话都重新选取");
                self.changed();
            }
            KeyCode::PageDown => self.scroll += 10,
            KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(10),
            _ if self.pane == Pane::Draft => self.draft_key(key)?,
            KeyCode::Up | KeyCode::Down if moving => self.shift(key.code == KeyCode::Up)?,
            _ => self.outline_key(key)?,
        }
        Ok(false)
    }

    fn selected_stock(&self) -> Option<Stock> {
        self.session.stock().get(self.stock).cloned()
    }

    fn draft_key(&mut self, key: KeyEvent) -> Result<()> {
        let n = self.session.stock().len();
        match key.code {
            KeyCode::Down | KeyCode::Char('j') => self.stock = (self.stock + 1).min(n.saturating_sub(1)),
            KeyCode::Up | KeyCode::Char('k') => self.stock = self.stock.saturating_sub(1),
            KeyCode::Right | KeyCode::Left | KeyCode::Char('n') => {
                let Some(s) = self.selected_stock() else { return Ok(()) };
                let step = if key.code == KeyCode::Left { -1 } else { 1 };
                match self.session.cycle(&s, step)? {
                    Some(id) => {
                        self.changed();
                        let stock = self.session.stock();
                        if let Some(at) = stock.iter().position(|x| x.id == id) {
                            self.stock = at;
                        }
                        let site = &self.session.edited.sites[stock[self.stock].site];
                        let place = site.candidates.iter().position(|(c, _)| *c == id).map_or(0, |p| p + 1);
                        self.message = format!("第 {place}/{} 句（已固定在这里）", site.candidates.len());
                    }
                    None => self.message = "这里没有别的相关语句可换".into(),
                }
            }
            KeyCode::Char('p') => {
                let Some(s) = self.selected_stock() else { return Ok(()) };
                let pinned = self.session.toggle_pin(&s)?;
                self.message =
                    if pinned { "已固定：换种子也不变".into() } else { "已取消固定".into() };
                self.changed();
            }
            KeyCode::Char('d') | KeyCode::Delete => {
                let Some(s) = self.selected_stock() else { return Ok(()) };
                self.session.drop(&s)?;
                self.message = format!("已不用 {}", s.id);
                self.changed();
            }
            _ => {}
        }
        Ok(())
    }

    fn rows(&self) -> Vec<Row> {
        fields::rows(&self.session.brief)
    }

    fn outline_key(&mut self, key: KeyEvent) -> Result<()> {
        let rows = self.rows();
        let Some(row) = rows.get(self.row).cloned() else { return Ok(()) };
        match key.code {
            KeyCode::Down | KeyCode::Char('j') => {
                self.row = (self.row + 1).min(rows.len().saturating_sub(1));
                self.follow = true;
            }
            KeyCode::Up | KeyCode::Char('k') => {
                self.row = self.row.saturating_sub(1);
                self.follow = true;
            }
            KeyCode::Home => {
                self.row = 0;
                self.follow = true;
            }
            KeyCode::End => {
                self.row = rows.len().saturating_sub(1);
                self.follow = true;
            }
            KeyCode::Enter if row.editable() => self.start_edit(&row),
            KeyCode::Char('a') => match fields::add(&self.session.brief, row.field) {
                Some((brief, field)) => {
                    self.session.change(brief)?;
                    self.changed();
                    self.select_field(field);
                    if let Some(row) = self.rows().get(self.row).cloned() {
                        self.start_edit(&row);
                        if let Some(e) = self.editing.as_mut() {
                            e.added = true;
                        }
                    }
                }
                None => self.message = "这一行下面不能添加（在成绩、问题、措施、目标里添加）".into(),
            },
            KeyCode::Char('x') | KeyCode::Delete => match fields::remove(&self.session.brief, row.field) {
                Some(brief) => {
                    self.session.change(brief)?;
                    self.message = format!("已删除“{}”（Ctrl-Z 撤销）", row.value);
                    self.changed();
                }
                None => self.message = "这一行不能删除".into(),
            },
            _ => {}
        }
        Ok(())
    }

    fn shift(&mut self, up: bool) -> Result<()> {
        let Some(row) = self.rows().get(self.row).cloned() else { return Ok(()) };
        match fields::shift(&self.session.brief, row.field, up) {
            Some((brief, field)) => {
                self.session.change(brief)?;
                self.changed();
                self.select_field(field);
                self.message = if up { "已上移".into() } else { "已下移".into() };
            }
            None => self.message = "不能再移动了".into(),
        }
        Ok(())
    }

    fn select_field(&mut self, field: Field) {
        if let Some(at) = self.rows().iter().position(|r| r.field == field) {
            self.row = at;
        }
    }

    fn start_edit(&mut self, row: &Row) {
        let text = fields::initial(&self.session.brief, row.field);
        let chars: Vec<char> = text.chars().collect();
        let label = match row.field {
            Field::Heading(..) => row.label.clone(),
            Field::Point(..) | Field::GoalText(_) => "要点：".to_string(),
            Field::FigureGrowth(..) | Field::GoalGrowth(_) => format!(
                "{}增长（%，可空）：",
                self.rows().get(self.row.saturating_sub(1)).map_or("", |r| r.label.as_str())
            ),
            _ => format!("{}：", row.label.trim()),
        };
        self.editing =
            Some(Editing { field: row.field, label, cursor: chars.len(), chars, error: None, added: false });
    }

    fn edit_key(&mut self, key: KeyEvent) -> Result<()> {
        let Some(e) = self.editing.as_mut() else { return Ok(()) };
        match key.code {
            KeyCode::Esc => {
                let added = e.added;
                self.editing = None;
                if added {
                    self.session.withdraw()?;
                    self.changed();
                    self.message = "未添加".into();
                } else {
                    self.message = "未修改".into();
                }
            }
            KeyCode::Enter => {
                let text: String = e.chars.iter().collect();
                match fields::set(&self.session.brief, e.field, &text).map_err(|m| m.to_string()).and_then(
                    |b| {
                        self.session
                            .change(b)
                            .map_err(|err| err.to_string().trim_start_matches("错误：").to_string())
                    },
                ) {
                    Ok(()) => {
                        self.editing = None;
                        self.message = "已修改，讲稿已重新生成".into();
                        self.follow = true;
                        self.changed();
                    }
                    Err(why) => {
                        if let Some(e) = self.editing.as_mut() {
                            e.error = Some(why);
                        }
                    }
                }
            }
            KeyCode::Left => e.cursor = e.cursor.saturating_sub(1),
            KeyCode::Right => e.cursor = (e.cursor + 1).min(e.chars.len()),
            KeyCode::Home => e.cursor = 0,
            KeyCode::End => e.cursor = e.chars.len(),
            KeyCode::Backspace if e.cursor > 0 => {
                e.cursor -= 1;
                e.chars.remove(e.cursor);
            }
            KeyCode::Delete if e.cursor < e.chars.len() => {
                e.chars.remove(e.cursor);
            }
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                e.chars.drain(..e.cursor);
                e.cursor = 0;
            }
            KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                e.chars.insert(e.cursor, c);
                e.cursor += 1;
                e.error = None;
            }
            _ => {}
        }
        Ok(())
    }

    /// A bracketed paste: text for the field being written, its line breaks joined as `new` and
    /// `fill` join them (`；` between the lines pasted into a point). Never keys: a paste of two lines committed the field at its line break and
    /// ran the rest as the outline's keys, each `x` deleting an item (review 25).
    fn paste(&mut self, text: &str) {
        match self.editing.as_mut() {
            Some(e) => {
                let prev = e.cursor.checked_sub(1).map(|i| e.chars[i]);
                let point = matches!(e.field, Field::Point(..) | Field::GoalText(_));
                let pasted: Vec<char> =
                    crate::terminal::line::pasted_line(text, prev, point).chars().collect();
                let n = pasted.len();
                e.chars.splice(e.cursor..e.cursor, pasted);
                e.cursor += n;
                e.error = None;
            }
            None => self.message = "粘贴的文字没有用上：先选一行按 Enter 修改，再粘贴".into(),
        }
    }

    fn answer(&mut self, ask: Ask, key: KeyEvent) -> Result<bool> {
        let yes = matches!(key.code, KeyCode::Char('y' | 'Y'));
        match ask {
            // Saved aside (`FILE.edit.yaml`), the changes are on disk all the same: the view is
            // left. (A brief with YAML aliases asked again and again, and only 不保存退出 left it,
            // review 44.)
            Ask::Quit if yes => {
                let saved = self.save();
                return Ok(saved.is_some());
            }
            Ask::Quit if matches!(key.code, KeyCode::Char('n' | 'N')) => return Ok(true),
            Ask::Export => {
                let format = match key.code {
                    KeyCode::Char('m' | 'M') => Format::Md,
                    KeyCode::Char('w' | 'W') => Format::Docx,
                    _ => return Ok(false),
                };
                self.export(format, false);
            }
            Ask::Overwrite(format) if yes => self.export(format, true),
            _ => self.message = "已取消".into(),
        }
        Ok(false)
    }

    fn export(&mut self, format: Format, force: bool) {
        let ext = if format == Format::Docx { "docx" } else { "md" };
        if !force && self.session.path.with_extension(ext).exists() {
            self.ask = Some(Ask::Overwrite(format));
            return;
        }
        self.message = match self.session.export(format, force) {
            Ok(path) => format!("已导出 {}", path.display()),
            Err(e) => e.to_string(),
        };
    }

    /// Saves, saying where in the status line; where it went, `None` if it could not be saved.
    fn save(&mut self) -> Option<std::path::PathBuf> {
        let (message, saved) = match self.session.save() {
            Ok(path) if path == self.session.path => (format!("已保存 {}", path.display()), Some(path)),
            Ok(path) => {
                let why = match self.session.aside {
                    Some(super::Aside::ChangedOnDisk) => format!(
                        "{} 在编辑期间被别的程序改过，没有覆盖；改动另存为 {}",
                        self.session.path.display(),
                        path.display()
                    ),
                    _ => format!("提纲用了 YAML 别名，改动另存为 {}", path.display()),
                };
                self.aside_message = Some(why.clone());
                (why, Some(path))
            }
            Err(e) => (e.to_string(), None),
        };
        self.message = message;
        saved
    }

    // --- drawing ---

    fn draw(&mut self, f: &mut Frame) {
        let area = f.area();
        let edit_rows = match &self.editing {
            Some(e) => {
                let head = UnicodeWidthStr::width(e.label.as_str());
                let cells = crate::terminal::line::layout(
                    area.width as usize,
                    (0..head).map(|_| ' ').chain(e.chars.iter().copied()),
                );
                cells.last().map_or(1, |c| c.0 + 1).clamp(1, 4) as u16 + u16::from(e.error.is_some())
            }
            None => 1,
        };
        let [top, main, status, bottom, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(1),
            Constraint::Length(edit_rows),
            Constraint::Length(1),
        ])
        .areas(area);
        let outline_width = (area.width * 2 / 5).clamp(20, 44);
        let [left, right] =
            Layout::horizontal([Constraint::Length(outline_width), Constraint::Min(10)]).areas(main);
        let name =
            self.session.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let title = format!(" 讲稿编辑 · {name} · {}", self.session.brief.genre.chinese());
        f.render_widget(
            Paragraph::new(fit(&title, top.width)).style(Style::new().add_modifier(Modifier::REVERSED)),
            top,
        );
        self.draw_outline(f, left);
        self.draw_draft(f, right);
        f.render_widget(
            Paragraph::new(fit(&self.status(), status.width)).style(Style::new().fg(Color::Yellow)),
            status,
        );
        self.draw_bottom(f, bottom);
        f.render_widget(
            Paragraph::new(fit(self.keys(), keys.width)).style(Style::new().add_modifier(Modifier::DIM)),
            keys,
        );
        if self.help {
            self.draw_help(f, area);
        }
    }

    fn status(&self) -> String {
        let d = &self.session.edited.draft;
        let mut counts: Vec<(Rule, usize)> = Vec::new();
        for finding in &self.findings {
            match counts.iter_mut().find(|(r, _)| *r == finding.rule) {
                Some((_, n)) => *n += 1,
                None => counts.push((finding.rule, 1)),
            }
        }
        let check = if counts.is_empty() {
            "检查：无问题".to_string()
        } else {
            let parts: Vec<String> = counts.iter().map(|(r, n)| format!("{}{n}", rule_name(*r))).collect();
            format!("检查：{}", parts.join(" "))
        };
        let saved = if self.session.dirty() { " · 未保存" } else { "" };
        format!(
            "字数 {}/{} · 约{}分钟 · {check} · 种子 {}{saved}",
            d.chars,
            self.session.brief.length(),
            d.minutes,
            self.session.seed()
        )
    }

    fn keys(&self) -> &'static str {
        if self.editing.is_some() {
            "Enter 确定  Esc 取消  ←→ 移动光标  Backspace 删除  Ctrl-U 清空"
        } else if self.pane == Pane::Draft {
            "↑↓选句 ←→换句 p固定 d不用 r换种子 Tab提纲 ^S存 ^Z撤销 ^Y重做 e导出 ?帮助 q退出"
        } else {
            "↑↓选行 Enter改 a加 x删 ⇧↑↓移 Tab讲稿 ^S存 ^Z撤销 ^Y重做 e导出 ?帮助 q退出"
        }
    }

    fn draw_bottom(&self, f: &mut Frame, area: Rect) {
        if let Some(e) = &self.editing {
            let head = UnicodeWidthStr::width(e.label.as_str());
            let text: String = e.chars.iter().collect();
            let mut lines = wrap(
                &[(e.label.clone(), Style::new().fg(Color::Cyan)), (text, Style::new())],
                area.width as usize,
            );
            if let Some(why) = &e.error {
                lines.push(Line::styled(format!("✘ {why}"), Style::new().fg(Color::Red)));
            }
            f.render_widget(Paragraph::new(lines), area);
            // The real cursor after `cursor` characters: where the input method composes.
            let cells = crate::terminal::line::layout(
                area.width as usize,
                (0..head).map(|_| ' ').chain(e.chars.iter().copied()),
            );
            let at = head + e.cursor;
            let (mut row, mut col) = if at == 0 { (0, 0) } else { cells[at - 1] };
            if col >= area.width as usize {
                row += 1;
                col = 0;
            }
            if let Some(&next) = e.chars.get(e.cursor)
                && col + next.width().unwrap_or(0) > area.width as usize
            {
                row += 1;
                col = 0;
            }
            f.set_cursor_position((area.x + col as u16, area.y + row as u16));
            return;
        }
        let text = match self.ask {
            Some(Ask::Quit) => "有未保存的修改：y 保存并退出  n 不保存退出  Esc 返回".to_string(),
            Some(Ask::Export) => {
                let stem = self.session.path.with_extension("");
                format!("导出：m → {0}.md  w → {0}.docx  Esc 取消", stem.display())
            }
            Some(Ask::Overwrite(format)) => {
                let ext = if format == Format::Docx { "docx" } else { "md" };
                format!(
                    "{} 已存在，覆盖？y 覆盖  其他键取消",
                    self.session.path.with_extension(ext).display()
                )
            }
            None => self.message.clone(),
        };
        f.render_widget(Paragraph::new(fit(&text, area.width)), area);
    }

    fn draw_outline(&mut self, f: &mut Frame, area: Rect) {
        let focused = self.pane == Pane::Outline;
        let block = pane_block("提纲", focused);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let rows = self.rows();
        // While sentences are chosen on the right, the outline follows: the item the selected
        // sentence stands under (its site's name starts with the item's path, `measures[2]/…`).
        if !focused
            && let Some(stock) = self.selected_stock()
            && let Some(anchor) = self.session.edited.sites[stock.site].key.split('/').next()
            && let Some(at) = rows.iter().position(|r| r.source() == anchor)
        {
            self.row = at;
        }
        let height = inner.height as usize;
        if self.row < self.outline_scroll {
            self.outline_scroll = self.row;
        } else if height > 0 && self.row >= self.outline_scroll + height {
            self.outline_scroll = self.row + 1 - height;
        }
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .skip(self.outline_scroll)
            .take(height)
            .map(|(i, r)| {
                let indent = "  ".repeat(r.depth as usize);
                let text = if r.value.is_empty() || matches!(r.field, Field::List(_) | Field::Goals) {
                    format!("{indent}{}", r.label)
                } else if matches!(r.field, Field::Heading(..)) || r.label == "·" {
                    format!("{indent}{}{}", r.label, r.value)
                } else {
                    format!("{indent}{} {}", r.label, r.value)
                };
                let mut style = Style::new();
                if r.depth == 0 {
                    style = style.add_modifier(Modifier::BOLD);
                }
                if i == self.row {
                    style = style.add_modifier(Modifier::REVERSED);
                    if !focused {
                        style = style.add_modifier(Modifier::DIM);
                    }
                }
                Line::styled(fit(&text, inner.width), style)
            })
            .collect();
        f.render_widget(Paragraph::new(lines), inner);
    }

    fn draw_draft(&mut self, f: &mut Frame, area: Rect) {
        let focused = self.pane == Pane::Draft;
        let block = pane_block("讲稿（〔〕套话 【】已固定）", focused);
        let inner = block.inner(area);
        f.render_widget(block, area);
        let width = inner.width as usize;
        let stock = self.session.stock();
        let sites = &self.session.edited.sites;
        let draft = &self.session.edited.draft;
        let outline_source = if focused { None } else { self.rows().get(self.row).map(Row::source) };
        let mut lines: Vec<Line> = Vec::new();
        let mut starts = vec![0; stock.len()];
        let mut follow_line = None;
        lines.extend(wrap(&[(draft.title.clone(), Style::new().add_modifier(Modifier::BOLD))], width));
        if let Some(sub) = &draft.subtitle {
            lines.extend(wrap(&[(sub.clone(), Style::new())], width));
        }
        for (b, block) in draft.blocks().enumerate() {
            let sentences = self.session.edited.explanation.get(b).cloned().unwrap_or_default();
            let about_row = outline_source.as_ref().is_some_and(|src| {
                block.sources.iter().any(|p| matches!(p, Provenance::Brief { field } if field == src || field.starts_with(&format!("{src}.")) || field.starts_with(&format!("{src}["))))
            });
            if about_row && follow_line.is_none() {
                follow_line = Some(lines.len());
            }
            let base = match block.kind {
                BlockKind::Heading => Style::new().add_modifier(Modifier::BOLD),
                BlockKind::Paragraph => Style::new(),
            };
            let base = if about_row { base.fg(Color::Green) } else { base };
            let mut pieces: Vec<(String, Style)> = Vec::new();
            if block.kind == BlockKind::Paragraph {
                pieces.push(("\u{3000}\u{3000}".to_string(), base));
            }
            let text = block.text.as_str();
            let mut at = 0;
            let mut marked: Vec<(usize, usize)> = Vec::new();
            for s in &sentences {
                let Some(found) = text[at..].find(s.text.as_str()) else { continue };
                let start = at + found;
                let phrase = s.sources.iter().find_map(|p| match p {
                    Provenance::Phrase { id, .. } => Some(id.as_str()),
                    Provenance::Brief { .. } => None,
                });
                let Some(k) = phrase.and_then(|id| stock.iter().position(|x| x.id == id)) else { continue };
                if start > at {
                    pieces.push((text[at..start].to_string(), base));
                }
                let pinned = sites[stock[k].site].pinned;
                let (open, close) = if pinned { ("【", "】") } else { ("〔", "〕") };
                let mut style = Style::new().fg(if pinned { Color::Magenta } else { Color::Cyan });
                if k == self.stock && focused {
                    style = style.add_modifier(Modifier::REVERSED);
                }
                marked.push((k, pieces.len()));
                pieces.push((format!("{open}{}{close}", s.text), style));
                at = start + s.text.len();
            }
            if at < text.len() {
                pieces.push((text[at..].to_string(), base));
            }
            let (wrapped, rows) = wrap_marked(&pieces, width);
            for (k, piece) in marked {
                // The line the sentence's opening bracket landed on.
                starts[k] = lines.len() + rows[piece];
            }
            lines.extend(wrapped);
        }
        // Scroll so that the selected sentence (or the outline row's paragraph) is in view.
        let height = inner.height as usize;
        let target = if focused {
            starts.get(self.stock).copied()
        } else if self.follow {
            follow_line
        } else {
            None
        };
        if let Some(t) = target {
            if t < self.scroll {
                self.scroll = t;
            } else if height > 0 && t >= self.scroll + height {
                self.scroll = t + 1 - height / 2;
            }
        }
        self.follow = false;
        self.scroll = self.scroll.min(lines.len().saturating_sub(1));
        self.starts = starts;
        let shown: Vec<Line> = lines.into_iter().skip(self.scroll).take(height).collect();
        f.render_widget(Paragraph::new(shown), inner);
    }

    fn draw_help(&self, f: &mut Frame, area: Rect) {
        let text = [
            "讲稿（右栏）",
            "  ↑↓ 或 j k   选一句套话（〔〕内）",
            "  → 或 n / ←  换成下一句 / 上一句相关语句（换后即固定）",
            "  p           固定或取消固定这一处（【】：换种子也不变）",
            "  d           这句不用（以后也不用）",
            "  r           换种子：未固定的套话全部重选",
            "提纲（左栏）",
            "  ↑↓ Home End 选行      Enter 修改（Enter 确定，Esc 取消）",
            "  a           在下面添加一项  x 删除这一项",
            "  Shift/Alt+↑↓ 上移/下移这一项",
            "全局",
            "  Tab 切换左右栏  Ctrl-S 保存  Ctrl-Z 撤销  Ctrl-Y 重做",
            "  e 导出 .md/.docx  q 退出  Ctrl-C 保存后退出",
            "",
            "保存时选择写入提纲的 choices：`jianggao draft 提纲` 得到与屏幕相同的讲稿。",
            "按任意键关闭",
        ];
        let width =
            (text.iter().map(|l| UnicodeWidthStr::width(*l)).max().unwrap_or(40) as u16 + 4).min(area.width);
        let height = (text.len() as u16 + 2).min(area.height);
        let rect = Rect {
            x: area.x + (area.width - width) / 2,
            y: area.y + (area.height - height) / 2,
            width,
            height,
        };
        // A wide character of the draft that starts just left of the box would cover its left
        // border (the terminal draws both its columns): clear that column too.
        let cleared = Rect { x: rect.x.saturating_sub(1), width: rect.width + u16::from(rect.x > 0), ..rect };
        f.render_widget(Clear, cleared);
        let lines: Vec<Line> = text.iter().map(|l| Line::raw(fit(l, width.saturating_sub(2)))).collect();
        f.render_widget(Paragraph::new(lines).block(Block::bordered().title(" 帮助 ")), rect);
    }
}

fn io_error(e: io::Error) -> crate::error::Error {
    crate::error::Error::io(std::path::Path::new("/dev/tty"), e)
}

fn pane_block(title: &str, focused: bool) -> Block<'_> {
    let style = if focused { Style::new().fg(Color::Cyan) } else { Style::new().add_modifier(Modifier::DIM) };
    Block::bordered().title(format!(" {title} ")).border_style(style)
}

/// `text` cut to `width` columns, never through a wide character.
fn fit(text: &str, width: u16) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width as usize {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

/// Styled pieces as lines `width` columns wide: a character that would straddle the edge starts
/// the next line (`terminal::line::layout`, as a terminal wraps).
fn wrap(pieces: &[(String, Style)], width: usize) -> Vec<Line<'static>> {
    wrap_marked(pieces, width).0
}

/// Marks that never open a line (行首禁则): a line that would open with one takes the character
/// before it along. A figure is not broken either (`126.8`, `8.5%`).
const NO_LINE_START: &str = "，。、；：？！”’）》〕】…%";

/// Whether a line may not open with `c` after `before`.
fn holds_to(before: char, c: char) -> bool {
    let figure = |c: char| c.is_ascii_digit() || c == '.';
    NO_LINE_START.contains(c) || (figure(before) && figure(c))
}

/// Where each character of a paragraph lands (`terminal::line::layout`), except that no line opens
/// with a closing mark.
fn set_in_lines(width: usize, text: &[char]) -> Vec<(usize, usize)> {
    let mut cells = crate::terminal::line::layout(width, text.iter().copied());
    let starts_row = |cells: &[(usize, usize)], i: usize| i == 0 || cells[i].0 != cells[i - 1].0;
    let mut from = 1;
    // Each step moves one character down a line; a paragraph of nothing but marks stops anyway.
    let mut steps = 0;
    while steps < text.len()
        && let Some(i) = (from..text.len())
            .find(|&i| starts_row(&cells, i) && holds_to(text[i - 1], text[i]) && !starts_row(&cells, i - 1))
    {
        let row = cells[i - 1].0 + 1;
        let rest = crate::terminal::line::layout(width, text[i - 1..].iter().copied());
        for (k, (r, c)) in rest.into_iter().enumerate() {
            cells[i - 1 + k] = (row + r, c);
        }
        // The character taken along may itself be a closing mark (`。〕`): look again from it.
        from = (i - 1).max(1);
        steps += 1;
    }
    cells
}

/// `wrap`, also saying for each piece the line it starts on.
fn wrap_marked(pieces: &[(String, Style)], width: usize) -> (Vec<Line<'static>>, Vec<usize>) {
    let chars: Vec<(char, Style, usize)> =
        pieces.iter().enumerate().flat_map(|(n, (t, s))| t.chars().map(move |c| (c, *s, n))).collect();
    let text: Vec<char> = chars.iter().map(|(c, _, _)| *c).collect();
    let cells = set_in_lines(width, &text);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut current = String::new();
    let mut style = Style::new();
    let mut row = 0;
    let mut piece_rows: Vec<usize> = vec![usize::MAX; pieces.len()];
    for (i, &(c, s, n)) in chars.iter().enumerate() {
        let r = cells[i].0;
        if r != row || s != style {
            if !current.is_empty() {
                lines[row].push(Span::styled(std::mem::take(&mut current), style));
            }
            while lines.len() <= r {
                lines.push(Vec::new());
            }
            row = r;
            style = s;
        }
        if piece_rows[n] == usize::MAX {
            piece_rows[n] = r;
        }
        current.push(c);
    }
    if !current.is_empty() {
        lines[row].push(Span::styled(current, style));
    }
    let rows_at: Vec<usize> = piece_rows.iter().map(|&r| if r == usize::MAX { 0 } else { r }).collect();
    (lines.into_iter().map(Line::from).collect(), rows_at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_closing_mark_never_opens_a_line_and_no_wide_character_is_cut() {
        let text: Vec<char> = "甲乙丙，丁戊。".chars().collect();
        let rows: Vec<usize> = set_in_lines(6, &text).iter().map(|c| c.0).collect();
        assert_eq!(rows, [0, 0, 1, 1, 1, 2, 2]);
        // A run of closing marks goes down with the character before it.
        let text: Vec<char> = "甲乙丙。〕丁".chars().collect();
        let rows: Vec<usize> = set_in_lines(8, &text).iter().map(|c| c.0).collect();
        assert_eq!(rows, [0, 0, 1, 1, 1, 1]);
        // Nor a figure.
        let text: Vec<char> = "甲126.8亿".chars().collect();
        let rows: Vec<usize> = set_in_lines(6, &text).iter().map(|c| c.0).collect();
        assert_eq!(rows, [0, 1, 1, 1, 1, 1, 2]);
        let marks: Vec<char> = "。".repeat(30).chars().collect();
        assert_eq!(set_in_lines(6, &marks).len(), 30);
        // 7 columns: the fourth wide character does not fit after three, and goes below whole.
        let text: Vec<char> = "甲乙丙丁".chars().collect();
        assert_eq!(set_in_lines(7, &text), [(0, 2), (0, 4), (0, 6), (1, 2)]);
        let lines = wrap(&[("甲乙丙，丁".to_string(), Style::new())], 6);
        let shown: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        assert_eq!(shown, ["甲乙", "丙，丁"]);
    }

    #[test]
    fn text_is_fitted_by_display_width() {
        assert_eq!(fit("讲稿编辑", 5), "讲稿");
        assert_eq!(fit("ab讲稿", 3), "ab");
    }
}

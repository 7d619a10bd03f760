//! A one-line text prompt that measures what it draws.
//!
//! dialoguer 0.12's `Input` moves the cursor back one column per backspace, so erasing a Chinese
//! character (two columns wide) leaves half a glyph on the screen and the cursor out of step with
//! the text (console-rs/dialoguer#321). This editor keeps the line as characters, measures every
//! character with `unicode-width`, and redraws the whole line — prompt, text, cursor — after each
//! key, wrapping exactly where the terminal wraps (a wide character that does not fit in the last
//! column moves to the next row). Keys: ←/→ by character, Home/End (Ctrl-A/Ctrl-E), Backspace,
//! Del, Ctrl-U/Ctrl-K erase to the start/end, Enter, Ctrl-C.
//!
//! With suggestions (`LinePrompt::suggestions`) the matching ones are listed under the line and
//! narrow as the writer types (`suggest::matching`). What the writer typed comes first, as
//! 「按输入：元」, and is highlighted: Enter keeps it. A suggestion is taken only when the writer
//! moves to it on purpose (↑/↓; Tab copies it into the line), so typing 元 never saves 亿美元. It
//! replaces a closed menu with an 「其他（自己输入）」 item: picking and typing are one prompt.
//!
//! It looks like dialoguer's `ColorfulTheme` (it uses the theme's own formatting): `? 提示 (默认) ›`
//! while typing, `✔ 提示 · 值` when done, `✘ 原因` under the line when a value is refused.

use std::io;

use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use unicode_width::UnicodeWidthChar;

use super::canvas::Canvas;
use super::suggest;
use super::tty::NoEcho;

/// Suggestions shown at once; the list scrolls with the highlight.
const LIST_ROWS: usize = 8;

/// Why a prompt returned without a value.
#[derive(Debug)]
pub enum Stop {
    /// The writer pressed Ctrl-C, with what was typed and not yet entered (empty at a menu): the
    /// caller may keep it (`new` puts it back in the line when the session resumes).
    Interrupted(String),
    /// The writer asked to go back to the previous question (↑ or Shift-Tab; only where the
    /// prompt allows it, `LinePrompt::allow_back`), with what was typed and not yet entered: the
    /// caller keeps it for when the writer comes back (`fill` dropped a typed `12.5`, tty 26).
    Back(String),
    Io(io::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        Stop::Io(e)
    }
}

/// Checks an answer; `Err` carries the reason shown to the writer.
pub type Check<'a> = Box<dyn Fn(&str) -> Result<(), String> + 'a>;

/// A line prompt: question, optional default (Enter accepts it), optional check.
pub struct LinePrompt<'a> {
    prompt: String,
    default: Option<String>,
    allow_empty: bool,
    empty_label: String,
    check: Option<Check<'a>>,
    echo: Option<Echo<'a>>,
    note: Option<String>,
    initial: String,
    back: bool,
    suggestions: Vec<String>,
    points: bool,
}

/// What the finished line shows for an answer: what was understood (`1250.6 亿元`), not just the
/// keys typed.
pub type Echo<'a> = Box<dyn Fn(&str) -> String + 'a>;

/// A row of the suggestion list.
#[derive(Debug, Clone, PartialEq)]
enum Choice {
    /// `suggestions[i]`.
    Item(usize),
    /// The text as typed (offered when it is not itself a suggestion).
    Typed,
}

impl<'a> LinePrompt<'a> {
    pub fn new(prompt: impl Into<String>) -> LinePrompt<'a> {
        LinePrompt {
            prompt: prompt.into(),
            default: None,
            allow_empty: false,
            empty_label: "（跳过）".to_string(),
            check: None,
            echo: None,
            note: None,
            initial: String::new(),
            back: false,
            suggestions: Vec::new(),
            points: false,
        }
    }

    /// Text already in the line when it opens, to edit (an earlier answer, revisited).
    pub fn initial(mut self, text: impl Into<String>) -> Self {
        self.initial = text.into();
        self
    }

    /// ↑ (when no list is shown) and Shift-Tab return `Stop::Back`.
    /// The answer is a point of a list (要点): the lines of a paste are parted by `；`, as the
    /// paragraphs they were, not run together (`joint`).
    pub fn points(mut self, yes: bool) -> Self {
        self.points = yes;
        self
    }

    pub fn allow_back(mut self, yes: bool) -> Self {
        self.back = yes;
        self
    }

    /// A quiet line under the input while it is asked (where the writer is: 第 2 问，共 8 问);
    /// gone once answered.
    pub fn note(mut self, text: impl Into<String>) -> Self {
        self.note = Some(text.into());
        self
    }

    /// Shows `f(answer)` on the finished line instead of the answer itself.
    pub fn echo(mut self, f: impl Fn(&str) -> String + 'a) -> Self {
        self.echo = Some(Box::new(f));
        self
    }

    /// Offers `items` under the line (see the module documentation).
    pub fn suggestions(mut self, items: &[&str]) -> Self {
        self.suggestions = items.iter().map(|s| s.to_string()).collect();
        self
    }

    /// The rows of the list for `typed`.
    fn choices(&self, typed: &str) -> Vec<Choice> {
        if self.suggestions.is_empty() {
            return Vec::new();
        }
        let mut rows = Vec::new();
        let trimmed = typed.trim();
        if !trimmed.is_empty() && !self.suggestions.iter().any(|s| s == trimmed) {
            rows.push(Choice::Typed);
        }
        rows.extend(suggest::matching(&self.suggestions, typed).into_iter().map(Choice::Item));
        rows
    }

    /// The row highlighted when the list is (re)built. With text typed, its own row (or the
    /// suggestion it spells exactly), which is the first: Enter keeps what was typed. With
    /// nothing typed, the default's row, or none — Enter then gives the default, or asks again;
    /// it never picks a suggestion the writer did not move to.
    fn first_highlight(&self, typed: &str, rows: &[Choice]) -> Option<usize> {
        if rows.is_empty() {
            return None;
        }
        match (&self.default, typed.trim().is_empty()) {
            (_, false) => Some(0),
            (Some(d), true) => {
                let at = self.suggestions.iter().position(|s| s == d)?;
                rows.iter().position(|c| *c == Choice::Item(at))
            }
            (None, true) => None,
        }
    }

    /// Enter on an empty line gives this value.
    pub fn default(mut self, value: Option<impl Into<String>>) -> Self {
        self.default = value.map(Into::into).filter(|v: &String| !v.is_empty());
        self
    }

    /// An empty answer is allowed (an optional field, or "no more").
    pub fn allow_empty(mut self, yes: bool) -> Self {
        self.allow_empty = yes;
        self
    }

    /// What the finished line shows for an empty answer (default 「（跳过）」).
    pub fn empty_label(mut self, label: impl Into<String>) -> Self {
        self.empty_label = label.into();
        self
    }

    /// Refuses a value with a reason; the writer is asked again with the text kept for editing.
    pub fn check(mut self, f: impl Fn(&str) -> Result<(), String> + 'a) -> Self {
        self.check = Some(Box::new(f));
        self
    }

    /// Asks on `term` and returns the answer (trimmed; the default when the line is empty).
    pub fn interact(&self, term: &Term) -> Result<String, Stop> {
        if !term.is_term() {
            return Err(Stop::Io(io::Error::other("not a terminal")));
        }
        let _quiet = NoEcho::new();
        let _paste = BracketedPaste::on(term);
        let mut pasting = Pasting { points: self.points, ..Pasting::default() };
        let theme = ColorfulTheme::default();
        let mut head = String::new();
        theme
            .format_input_prompt(&mut head, &self.prompt, self.default.as_deref())
            .map_err(io::Error::other)?;
        let mut ed = Editor {
            term,
            head,
            chars: Vec::new(),
            cursor: 0,
            error: None,
            below: Vec::new(),
            canvas: Canvas::new(term),
        };
        ed.chars = self.initial.chars().collect();
        ed.cursor = ed.chars.len();
        let mut rows = self.choices(&self.initial);
        let mut lit = self.first_highlight(&self.initial, &rows);
        ed.below = self.list(&theme, &rows, lit, &self.initial);
        ed.draw()?;
        loop {
            let before: Vec<char> = ed.chars.clone();
            // A paste from Word or a chat window: its line breaks and tabs join the line instead
            // of answering this question and the next ones with its pieces.
            let prev = ed.cursor.checked_sub(1).map(|i| ed.chars[i]);
            // A read that fails is the terminal gone (its window closed: SIGHUP is ignored,
            // `terminal::keep_on_hangup`): stopped as at Ctrl-C, what was typed kept (review 44:
            // `new` lost the answer being typed).
            let Ok(read) = term.read_key_raw() else {
                return Err(Stop::Interrupted(ed.chars.iter().collect()));
            };
            let key = match pasting.filter(read, prev, || term.read_key_raw())? {
                Filtered::Skip => continue,
                Filtered::Key(key) => key,
                Filtered::Text(text) => {
                    for c in text.chars() {
                        ed.chars.insert(ed.cursor, c);
                        ed.cursor += 1;
                    }
                    // (no key of its own: on to the redraw)
                    Key::Unknown
                }
            };
            match key {
                Key::CtrlC => {
                    ed.error = None;
                    ed.below.clear();
                    ed.draw()?;
                    ed.leave()?;
                    return Err(Stop::Interrupted(ed.chars.iter().collect()));
                }
                Key::Enter => {
                    let typed: String = ed.chars.iter().collect::<String>().trim().to_string();
                    let value = match (lit.and_then(|i| rows.get(i)), &self.default, typed.is_empty()) {
                        (Some(Choice::Item(i)), _, _) => self.suggestions[*i].clone(),
                        (_, Some(d), true) => d.clone(),
                        _ => typed,
                    };
                    let verdict = if value.is_empty() && !self.allow_empty {
                        Err("请填写（不能为空）".to_string())
                    } else if value.is_empty() {
                        Ok(())
                    } else {
                        self.check.as_ref().map_or(Ok(()), |f| f(&value))
                    };
                    match verdict {
                        Ok(()) => {
                            ed.clear()?;
                            let mut done = String::new();
                            theme
                                .format_input_prompt_selection(
                                    &mut done,
                                    &self.prompt,
                                    &match &self.echo {
                                        _ if value.is_empty() => self.empty_label.clone(),
                                        Some(f) => f(&value),
                                        None => value.clone(),
                                    },
                                )
                                .map_err(io::Error::other)?;
                            term.write_line(&done)?;
                            return Ok(value);
                        }
                        Err(why) => {
                            let mut line = String::new();
                            theme.format_error(&mut line, &why).map_err(io::Error::other)?;
                            ed.error = Some(line);
                        }
                    }
                }
                // (Shift-Tab goes back with a list shown too: ↑ moves in the list.)
                Key::BackTab | Key::ArrowUp if self.back && (rows.is_empty() || key == Key::BackTab) => {
                    ed.error = None;
                    ed.clear()?;
                    return Err(Stop::Back(ed.chars.iter().collect()));
                }
                // The list: ↑ above the first row highlights nothing (Enter then takes the text).
                Key::ArrowUp if !rows.is_empty() => {
                    lit = match lit {
                        None => Some(rows.len() - 1),
                        Some(0) => None,
                        Some(i) => Some(i - 1),
                    };
                }
                Key::ArrowDown if !rows.is_empty() => {
                    lit = Some(lit.map_or(0, |i| (i + 1).min(rows.len() - 1)));
                }
                // Tab completes to the suggestion highlighted, or, on the typed text's own row, to
                // the best match below it: `利用` Tab gave nothing and Enter then saved `利用` as
                // the topic (review 44).
                Key::Tab => {
                    let item = |c: &Choice| match c {
                        Choice::Item(i) => Some(*i),
                        Choice::Typed => None,
                    };
                    let pick =
                        lit.and_then(|i| rows.get(i)).and_then(item).or_else(|| rows.iter().find_map(item));
                    if let Some(i) = pick {
                        ed.chars = self.suggestions[i].chars().collect();
                        ed.cursor = ed.chars.len();
                    }
                }
                // Ctrl-U: erase to the start of the line; Ctrl-K: to its end (as in a shell).
                Key::Char('\u{15}') => {
                    ed.chars.drain(..ed.cursor);
                    ed.cursor = 0;
                }
                Key::Char('\u{0b}') => ed.chars.truncate(ed.cursor),
                Key::Char(c) if !c.is_control() => {
                    ed.chars.insert(ed.cursor, c);
                    ed.cursor += 1;
                }
                Key::Backspace if ed.cursor > 0 => {
                    ed.cursor -= 1;
                    ed.chars.remove(ed.cursor);
                }
                Key::Del if ed.cursor < ed.chars.len() => {
                    ed.chars.remove(ed.cursor);
                }
                Key::ArrowLeft => ed.cursor = ed.cursor.saturating_sub(1),
                Key::ArrowRight => ed.cursor = (ed.cursor + 1).min(ed.chars.len()),
                Key::Home => ed.cursor = 0,
                Key::End => ed.cursor = ed.chars.len(),
                Key::Unknown => {}
                _ => continue,
            }
            let typed: String = ed.chars.iter().collect();
            if ed.chars != before {
                rows = self.choices(&typed);
                lit = self.first_highlight(&typed, &rows);
            }
            ed.below = self.list(&theme, &rows, lit, &typed);
            ed.draw()?;
        }
    }

    /// The lines of the suggestion list: a window of `LIST_ROWS` rows around the highlight, and a
    /// hint line saying how to use it (and how many rows lie outside the window).
    fn list(&self, theme: &ColorfulTheme, rows: &[Choice], lit: Option<usize>, typed: &str) -> Vec<String> {
        let mut lines = self.suggestion_lines(theme, rows, lit, typed);
        if let Some(note) = &self.note {
            lines.push(theme.hint_style.apply_to(note).to_string());
        }
        lines
    }

    fn suggestion_lines(
        &self,
        theme: &ColorfulTheme,
        rows: &[Choice],
        lit: Option<usize>,
        typed: &str,
    ) -> Vec<String> {
        if self.suggestions.is_empty() {
            return Vec::new();
        }
        let first = lit.map_or(0, |i| i.saturating_sub(LIST_ROWS - 1));
        let mut lines = Vec::new();
        for (k, row) in rows.iter().enumerate().skip(first).take(LIST_ROWS) {
            let text = match row {
                Choice::Item(i) => self.suggestions[*i].clone(),
                Choice::Typed => format!("按输入：{}", typed.trim()),
            };
            let mut line = String::new();
            let _ = theme.format_select_prompt_item(&mut line, &text, lit == Some(k));
            lines.push(line);
        }
        let more = rows.len().saturating_sub(LIST_ROWS);
        let hint = if more > 0 {
            format!("（↑↓ 选择，Tab 补全，回车确定；另有 {more} 项，输入字词可缩小范围）")
        } else {
            "（↑↓ 选择，Tab 补全，回车确定；也可直接输入）".to_string()
        };
        lines.push(theme.hint_style.apply_to(hint).to_string());
        lines
    }
}

/// The state of the line being edited and of what is on the screen.
struct Editor<'t> {
    term: &'t Term,
    /// The styled prompt (ANSI codes included).
    head: String,
    chars: Vec<char>,
    /// Cursor as an index into `chars`.
    cursor: usize,
    /// The styled error line shown under the input, if any.
    error: Option<String>,
    /// Lines shown under the input (and the error): the suggestion list.
    below: Vec<String>,
    /// What the last draw put on the screen.
    canvas: Canvas<'t>,
}

/// Where each character lands on a terminal `cols` wide: (row, col) of the cell after it.
/// A wide character that would straddle the right edge moves to the next row, as terminals do.
pub fn layout(cols: usize, text: impl Iterator<Item = char>) -> Vec<(usize, usize)> {
    let cols = cols.max(2);
    let (mut row, mut col) = (0, 0);
    let mut out = Vec::new();
    for c in text {
        let w = c.width().unwrap_or(0);
        if col + w > cols {
            row += 1;
            col = 0;
        }
        col += w;
        out.push((row, col));
    }
    out
}

impl Editor<'_> {
    fn cols(&self) -> usize {
        self.canvas.cols()
    }

    /// Moves to the first row of what was drawn and clears from there down.
    fn clear(&mut self) -> io::Result<()> {
        self.canvas.clear()
    }

    /// Redraws prompt, text and error line, and puts the cursor after `chars[..cursor]`.
    fn draw(&mut self) -> io::Result<()> {
        self.clear()?;
        let cols = self.cols();
        let plain_head = console::strip_ansi_codes(&self.head).into_owned();
        let head_len = plain_head.chars().count();
        let cells = layout(cols, plain_head.chars().chain(self.chars.iter().copied()));
        let at = |i: usize| if i == 0 { (0, 0) } else { cells[i - 1] };
        let (end_row, end_col) = at(cells.len());
        // The cursor sits after the `cursor`-th character; at the right edge it is on the next row.
        let (mut cur_row, mut cur_col) = at(head_len + self.cursor);
        if cur_col >= cols {
            cur_row += 1;
            cur_col = 0;
        }
        // Also wrap when the next character (a wide one) would not fit: terminals put it below.
        if let Some(&next) = self.chars.get(self.cursor)
            && cur_col + next.width().unwrap_or(0) > cols
        {
            cur_row += 1;
            cur_col = 0;
        }
        let text: String = self.chars.iter().collect();
        let mut out = format!("{}{}", self.head, text);
        // Rows physically used by the input part; a line ending exactly at the edge leaves the
        // terminal's cursor pending on its last row.
        let mut last_row = end_row;
        if cur_row > end_row {
            out.push_str("\r\n");
            last_row = cur_row;
        }
        let mut rows = last_row + 1;
        let mut here = last_row;
        for line in self.error.iter().chain(&self.below) {
            let plain = console::strip_ansi_codes(line).into_owned();
            let line_rows = layout(cols, plain.chars()).last().map_or(0, |&(r, _)| r) + 1;
            out.push_str("\r\n");
            out.push_str(line);
            rows += line_rows;
            here += line_rows;
        }
        // Back to the cursor's row and column.
        out.push('\r');
        if here > cur_row {
            out.push_str(&format!("\x1b[{}A", here - cur_row));
        }
        if cur_col > 0 {
            out.push_str(&format!("\x1b[{cur_col}C"));
        }
        let _ = end_col;
        self.term.write_str(&out)?;
        self.term.flush()?;
        self.canvas.rows = rows;
        self.canvas.cursor_row = cur_row;
        let input = format!("{plain_head}{text}");
        let plain_below: Vec<String> =
            self.error.iter().chain(&self.below).map(|l| console::strip_ansi_codes(l).into_owned()).collect();
        let lines: Vec<&str> =
            std::iter::once(input.as_str()).chain(plain_below.iter().map(String::as_str)).collect();
        let before: String = plain_head.chars().chain(self.chars[..self.cursor].iter().copied()).collect();
        self.canvas.record(&lines, (0, unicode_width::UnicodeWidthStr::width(before.as_str())));
        Ok(())
    }

    /// Leaves the drawn line in place and moves below it (after Ctrl-C).
    fn leave(&mut self) -> io::Result<()> {
        self.canvas.leave()
    }
}

/// Bracketed paste (`ESC [ ? 2004 h`) while a line is edited: the terminal marks a paste with
/// `ESC [ 200 ~` … `ESC [ 201 ~`, so its line breaks can be told from the writer's Enter. Off
/// again when dropped. A terminal without it sends no marks, and a paste is read key by key as
/// before.
struct BracketedPaste<'t>(&'t Term);

impl<'t> BracketedPaste<'t> {
    fn on(term: &'t Term) -> BracketedPaste<'t> {
        let _ = term.write_str("\x1b[?2004h");
        BracketedPaste(term)
    }
}

impl Drop for BracketedPaste<'_> {
    fn drop(&mut self) {
        let _ = self.0.write_str("\x1b[?2004l");
    }
}

/// Where a prompt is in a bracketed paste.
#[derive(Debug, Default)]
struct Pasting {
    inside: bool,
    /// A line break was pasted and nothing after it yet.
    broken: bool,
    /// The answer is a point (`LinePrompt::points`): see `joint`.
    points: bool,
}

/// A key after `Pasting::filter`.
#[derive(Debug, PartialEq)]
enum Filtered {
    /// A paste mark, or a pasted line break (its gap, if any, goes in with the next character).
    Skip,
    Key(Key),
    /// Pasted text to put in the line as it is.
    Text(String),
}

impl Pasting {
    /// `key` as the editor should take it; `prev` is the character before the cursor, `next_key`
    /// reads one more key. `console` knows no paste marks: `ESC [ 200 ~` comes as
    /// `UnknownEscSeq(['[', '2', '0'])` and then the keys `0` and `~` (201: `1` and `~`).
    fn filter(
        &mut self,
        key: Key,
        prev: Option<char>,
        mut next_key: impl FnMut() -> io::Result<Key>,
    ) -> io::Result<Filtered> {
        if key == Key::UnknownEscSeq(vec!['[', '2', '0']) {
            match (next_key()?, next_key()?) {
                (Key::Char('0'), Key::Char('~')) => self.inside = true,
                (Key::Char('1'), Key::Char('~')) => {
                    self.inside = false;
                    self.broken = false;
                }
                // Not a mark after all: dropped, as any unknown sequence is.
                _ => {}
            }
            return Ok(Filtered::Skip);
        }
        if !self.inside {
            return Ok(Filtered::Key(key));
        }
        Ok(match key {
            // A line break (CR LF is two): see `joint`.
            Key::Enter => {
                self.broken = true;
                Filtered::Skip
            }
            Key::Tab => Filtered::Text(" ".to_string()),
            Key::Char(c) if !c.is_control() => {
                let joint = if std::mem::take(&mut self.broken) { joint(prev, c, self.points) } else { "" };
                Filtered::Text(format!("{joint}{c}"))
            }
            // Anything else inside a paste (a control character, an arrow) is no text of an answer.
            _ => Filtered::Skip,
        })
    }
}

/// What a pasted line break between `prev` and `next` becomes in a one-line answer: a space
/// between two Latin words or figures; else, in a name (a meeting's, wrapped: `全县` / `对外开放
/// 工作会议`), nothing. In a point (`points`), the lines of a paste from Word are its paragraphs,
/// each a point of its own (`总投资156.8亿元` / `引进世界500强企业2家`): joined with nothing they ran
/// two figures together, `156.8亿元引进…`, `12.5%加工贸易…` (tty 26 A3, tty 28); they are parted
/// by `；`, unless a mark already parts them (a line that ends `。`, one that opens `（三）`).
fn joint(prev: Option<char>, next: char, points: bool) -> &'static str {
    let Some(p) = prev.filter(|p| !p.is_whitespace()) else { return "" };
    if (p.is_ascii_alphanumeric() || p.is_ascii_punctuation()) && next.is_ascii_alphanumeric() {
        return " ";
    }
    let mark = |c: char| "。！？；，、：…—“”‘’（）《》「」,.;:!?()".contains(c) || c.is_whitespace();
    if !points || mark(p) || mark(next) { "" } else { "；" }
}

/// Pasted `text` as one line of an answer, after `prev`: each character taken as `Pasting` takes
/// a pasted key (line breaks joined, `；` between the lines of a point, a tab a space, other control
/// characters dropped). For a view that gets a paste whole, `edit`'s.
pub fn pasted_line(text: &str, prev: Option<char>, points: bool) -> String {
    let mut pasting = Pasting { inside: true, broken: false, points };
    let mut out = String::with_capacity(text.len());
    let mut prev = prev;
    for c in text.chars() {
        let key = match c {
            '\r' | '\n' => Key::Enter,
            '\t' => Key::Tab,
            c => Key::Char(c),
        };
        // (No escape sequence comes from text: `filter` never reads a key of its own here.)
        if let Ok(Filtered::Text(t)) = pasting.filter(key, prev, || Ok(Key::Unknown)) {
            prev = t.chars().last().or(prev);
            out.push_str(&t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_paste_is_one_line_joined_as_key_by_key() {
        assert_eq!(
            pasted_line("。\nxx家外贸企业获评省级示范企业", Some('展'), true),
            "。xx家外贸企业获评省级示范企业"
        );
        // A paragraph of Word is a point: parted by ；, so that two figures do not run together.
        assert_eq!(
            pasted_line("总投资156.8亿元\r\n引进世界500强企业2家\n跨境电商交易额增长12.5%", None, true),
            "总投资156.8亿元；引进世界500强企业2家；跨境电商交易额增长12.5%"
        );
        assert_eq!(pasted_line("\n加工贸易下降3.2%", Some('%'), true), "；加工贸易下降3.2%");
        assert_eq!(pasted_line("要点一；\n要点二。\n（三）", None, true), "要点一；要点二。（三）");
        assert_eq!(pasted_line("\n\n开头", None, true), "开头");
        // A name wrapped over lines is one name.
        assert_eq!(pasted_line("跨境电商\r\n交易额", None, false), "跨境电商交易额");
        assert_eq!(pasted_line("GDP\ngrowth\t5%\u{7}", Some('a'), false), "GDP growth 5%");
        assert_eq!(pasted_line("\nEU", Some('1'), true), " EU");
    }

    #[test]
    fn a_bracketed_paste_joins_its_lines_and_keys_outside_it_pass() {
        let mut p = super::Pasting::default();
        let mut marks = vec![Key::Char('~'), Key::Char('0')];
        let start = Key::UnknownEscSeq(vec!['[', '2', '0']);
        assert_eq!(p.filter(Key::Enter, None, || unreachable!()).unwrap(), super::Filtered::Key(Key::Enter));
        assert_eq!(
            p.filter(start.clone(), None, || Ok(marks.pop().unwrap())).unwrap(),
            super::Filtered::Skip
        );
        // Inside: a break between Chinese characters is no gap in a name; between Latin ones a space.
        assert_eq!(p.filter(Key::Enter, Some('县'), || unreachable!()).unwrap(), super::Filtered::Skip);
        assert_eq!(
            p.filter(Key::Char('对'), Some('县'), || unreachable!()).unwrap(),
            super::Filtered::Text("对".into())
        );
        assert_eq!(p.filter(Key::Enter, Some('P'), || unreachable!()).unwrap(), super::Filtered::Skip);
        assert_eq!(
            p.filter(Key::Char('2'), Some('P'), || unreachable!()).unwrap(),
            super::Filtered::Text(" 2".into())
        );
        assert_eq!(
            p.filter(Key::Tab, Some('2'), || unreachable!()).unwrap(),
            super::Filtered::Text(" ".into())
        );
        let mut marks = vec![Key::Char('~'), Key::Char('1')];
        assert_eq!(p.filter(start, None, || Ok(marks.pop().unwrap())).unwrap(), super::Filtered::Skip);
        assert_eq!(p.filter(Key::Enter, None, || unreachable!()).unwrap(), super::Filtered::Key(Key::Enter));
    }

    #[test]
    fn wide_characters_take_two_columns_and_wrap_whole() {
        // 5 columns: "ab" + "中" = 4, next "文" would straddle → next row.
        let cells = layout(5, "ab中文".chars());
        assert_eq!(cells, [(0, 1), (0, 2), (0, 4), (1, 2)]);
        let cells = layout(4, "中文字".chars());
        assert_eq!(cells, [(0, 2), (0, 4), (1, 2)]);
    }
}

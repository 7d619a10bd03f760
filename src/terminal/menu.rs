//! Menus drawn by display width: a pick among a few items (`Menu`), a checklist (`Checklist`) and
//! a yes/no question (`confirm`).
//!
//! dialoguer's lists count one screen row per item. A measure sentence of 60 汉字 takes two rows at
//! 100 columns, so every ↓ left a stale copy of the header behind until earlier answers scrolled
//! away. Here every line drawn is measured (`line::layout`, the same wrapping the line editor
//! uses) and what was drawn is cleared by the rows it really took. Markers do not rely on colour:
//! `❯` marks the highlighted row and `[x]`/`[ ]` a checked item, so `NO_COLOR=1` loses nothing.
//! A hint line says which keys do what. Yes/no takes 是/否 as well as y/n.

use console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};

use super::canvas::Canvas;
use super::line::Stop;
use super::tty::NoEcho;

/// Rows of a list shown at once; the window follows the highlight.
const WINDOW: usize = 10;

fn theme() -> ColorfulTheme {
    ColorfulTheme::default()
}

/// Where a list's highlight goes on `key` (↑/↓ wrap around, Home/End), or `None` for another key.
fn moved(key: &Key, at: usize, len: usize) -> Option<usize> {
    match key {
        Key::ArrowUp | Key::Char('k') => Some(at.checked_sub(1).unwrap_or(len - 1)),
        Key::ArrowDown | Key::Char('j') | Key::Tab => Some((at + 1) % len),
        Key::Home => Some(0),
        Key::End => Some(len - 1),
        _ => None,
    }
}

/// The items shown at once, around the highlighted one `at`: at most `WINDOW` of them, taking
/// `rows[i]` screen rows each, and no more rows than `budget` (the highlighted one always). A
/// sentence wraps to two or three rows: ten of them ran past a terminal 15 rows high, the
/// highlight out of sight, each key scrolling another copy of the list (review 44).
fn window(rows: &[usize], at: usize, budget: usize) -> std::ops::Range<usize> {
    let (mut start, mut end) = (at, at + 1);
    let mut used = rows[at];
    loop {
        let mut grew = false;
        // Below first, then above, by turns: the highlight stays near the middle.
        if end - start < WINDOW && end < rows.len() && used + rows[end] <= budget {
            used += rows[end];
            end += 1;
            grew = true;
        }
        if end - start < WINDOW && start > 0 && used + rows[start - 1] <= budget {
            start -= 1;
            used += rows[start];
            grew = true;
        }
        if !grew {
            return start..end;
        }
    }
}

/// Screen rows the list may take on `canvas`'s terminal, its `header` and `hint` drawn too.
fn budget(term: &Term, canvas: &Canvas, header: &str, hint: &str) -> usize {
    let height = match term.size().0 as usize {
        0 => 24,
        n => n,
    };
    height.saturating_sub(canvas.rows_of(header) + canvas.rows_of(hint) + 1).max(1)
}

/// A pick of one among `items`.
pub struct Menu<'a> {
    prompt: &'a str,
    items: &'a [String],
    default: usize,
    note: Option<String>,
    back: bool,
}

impl<'a> Menu<'a> {
    pub fn new(prompt: &'a str, items: &'a [String]) -> Menu<'a> {
        Menu { prompt, items, default: 0, note: None, back: false }
    }

    /// Shift-Tab (or ←) returns `Stop::Back`: ↑ moves the highlight in a menu, and a question
    /// asked before it (地区, before 行政层级) could not be reached from it (review 53 A7).
    pub fn allow_back(mut self, yes: bool) -> Self {
        self.back = yes;
        self
    }

    /// A quiet remark after the key hint (where the writer is: 第 1 问，共 8 问).
    pub fn note(mut self, text: Option<String>) -> Self {
        self.note = text;
        self
    }

    pub fn default(mut self, at: usize) -> Self {
        self.default = at.min(self.items.len().saturating_sub(1));
        self
    }

    /// The index picked.
    pub fn interact(&self, term: &Term) -> Result<usize, Stop> {
        let _quiet = NoEcho::new();
        let t = theme();
        let mut canvas = Canvas::new(term);
        let mut at = self.default;
        loop {
            let mut lines = vec![format!(
                "{} {} {}",
                t.prompt_prefix,
                t.prompt_style.apply_to(self.prompt),
                t.prompt_suffix
            )];
            let items: Vec<String> = (0..self.items.len())
                .map(|i| {
                    let mut line = String::new();
                    let _ = t.format_select_prompt_item(&mut line, &self.items[i], i == at);
                    line
                })
                .collect();
            let note = self.note.as_ref().map_or(String::new(), |n| format!("  {n}"));
            let back = if self.back { "，Shift-Tab 上一问" } else { "" };
            let hint = |more: &str| {
                t.hint_style.apply_to(format!("（↑↓ 选择，回车确定{back}{more}）{note}")).to_string()
            };
            let rows: Vec<usize> = items.iter().map(|l| canvas.rows_of(l)).collect();
            let shown = window(&rows, at, budget(term, &canvas, &lines[0], &hint("，共 99 项")));
            let more = if shown.len() < self.items.len() {
                format!("，共 {} 项", self.items.len())
            } else {
                String::new()
            };
            lines.extend(items[shown].iter().cloned());
            lines.push(hint(&more));
            canvas.draw(&lines)?;
            let key = term.read_key_raw()?;
            if let Some(to) = moved(&key, at, self.items.len()) {
                at = to;
                continue;
            }
            match key {
                Key::Char(c @ '1'..='9') if (c as usize - '1' as usize) < self.items.len() => {
                    at = c as usize - '1' as usize;
                }
                Key::Enter => {
                    let mut done = String::new();
                    let _ = t.format_select_prompt_selection(&mut done, self.prompt, &self.items[at]);
                    canvas.finish(&done)?;
                    return Ok(at);
                }
                Key::BackTab | Key::ArrowLeft if self.back => {
                    canvas.clear()?;
                    return Err(Stop::Back(String::new()));
                }
                Key::CtrlC => {
                    canvas.leave()?;
                    return Err(Stop::Interrupted(String::new()));
                }
                _ => {}
            }
        }
    }
}

/// Items to tick: Space ticks or unticks the highlighted one, Enter confirms.
pub struct Checklist<'a> {
    prompt: &'a str,
    items: &'a [String],
    /// What was ticked when Ctrl-C stopped the list (`ticked_at_stop`).
    at_stop: std::cell::RefCell<Vec<usize>>,
}

impl<'a> Checklist<'a> {
    pub fn new(prompt: &'a str, items: &'a [String]) -> Checklist<'a> {
        Checklist { prompt, items, at_stop: Default::default() }
    }

    /// The indices ticked when Ctrl-C stopped `interact`: the caller keeps them (review 53 A10,
    /// review 58: ticks were lost, and the writer ticked them all again).
    pub fn ticked_at_stop(&self) -> Vec<usize> {
        self.at_stop.borrow().clone()
    }

    /// The indices ticked, in list order, and what the writer began to type instead.
    pub fn interact(&self, term: &Term) -> Result<Checked, Stop> {
        let _quiet = NoEcho::new();
        let t = theme();
        let mut canvas = Canvas::new(term);
        let mut at = 0;
        let mut ticked = vec![false; self.items.len()];
        // A key read to see what followed a Space, not yet acted on.
        let mut pending: Option<Key> = None;
        loop {
            let count = ticked.iter().filter(|&&b| b).count();
            let mut lines = vec![format!(
                "{} {} {} {}",
                t.prompt_prefix,
                t.prompt_style.apply_to(self.prompt),
                t.prompt_suffix,
                t.defaults_style.apply_to(format!("已选 {count} 条"))
            )];
            let items: Vec<String> = (0..self.items.len())
                .map(|i| {
                    let mark = if ticked[i] { "[x]" } else { "[ ]" };
                    let pointer = if i == at { t.active_item_prefix.to_string() } else { " ".to_string() };
                    let text = format!("{mark} {}", self.items[i]);
                    let text = if i == at {
                        t.active_item_style.apply_to(text).to_string()
                    } else {
                        t.inactive_item_style.apply_to(text).to_string()
                    };
                    format!("{pointer} {text}")
                })
                .collect();
            let hint = |more: &str| {
                t.hint_style
                    .apply_to(format!("（↑↓ 移动，空格 勾选，回车确定，可直接写要点{more}）"))
                    .to_string()
            };
            let rows: Vec<usize> = items.iter().map(|l| canvas.rows_of(l)).collect();
            let shown = window(&rows, at, budget(term, &canvas, &lines[0], &hint("；第 99–99 条，共 99 条")));
            let more = if shown.len() < self.items.len() {
                format!("；第 {}–{} 条，共 {} 条", shown.start + 1, shown.end, self.items.len())
            } else {
                String::new()
            };
            lines.extend(items[shown].iter().cloned());
            lines.push(hint(&more));
            canvas.draw(&lines)?;
            let key = match pending.take() {
                Some(k) => k,
                None => term.read_key_raw()?,
            };
            if let Some(to) = moved(&key, at, self.items.len()) {
                at = to;
                continue;
            }
            // A key that writes (a 汉字 an input method commits, a digit) is the writer's own
            // text, begun here: the list ends with what is ticked, and the text goes on in the
            // line after it. Ignored, the first point typed here was lost (review 50).
            let typed = match key {
                // A Space with text right behind it, faster than a hand types (a paste of ` 用好外资
                // 企业圆桌会议机制`), begins the writer's own text: it ticked the first sentence,
                // saved as 要点 1 before theirs (review 53).
                Key::Char(' ') | Key::Char('\u{3000}') if super::tty::key_waiting(PASTE_GAP_MS) => {
                    match term.read_key_raw()? {
                        Key::Char(c) if !c.is_control() && !c.is_whitespace() => Some(c.to_string()),
                        other => {
                            ticked[at] = !ticked[at];
                            pending = Some(other);
                            continue;
                        }
                    }
                }
                Key::Char(' ') | Key::Char('\u{3000}') => {
                    ticked[at] = !ticked[at];
                    continue;
                }
                Key::Enter => None,
                Key::Char(c) if !c.is_control() => Some(c.to_string()),
                Key::CtrlC => {
                    canvas.leave()?;
                    *self.at_stop.borrow_mut() = (0..self.items.len()).filter(|&i| ticked[i]).collect();
                    return Err(Stop::Interrupted(String::new()));
                }
                _ => continue,
            };
            let picked: Vec<usize> = (0..self.items.len()).filter(|&i| ticked[i]).collect();
            let said =
                if picked.is_empty() { "未选".to_string() } else { format!("已选 {} 条", picked.len()) };
            let done = format!(
                "{} {} {} {}",
                t.success_prefix,
                t.prompt_style.apply_to(self.prompt),
                t.success_suffix,
                t.values_style.apply_to(said)
            );
            canvas.finish(&done)?;
            return Ok(Checked { picked, typed });
        }
    }
}

/// How soon after a Space the next key must come for the two to be one paste, not a tick and a
/// keystroke: a hand takes far longer between keys.
const PASTE_GAP_MS: i32 = 15;

/// What a checklist ended with: the items ticked, and the first key of the writer's own text
/// when they began to type instead of ticking.
#[derive(Debug, Default)]
pub struct Checked {
    pub picked: Vec<usize>,
    pub typed: Option<String>,
}

/// Reads 是/y as yes and 否/n as no (upper or lower case, full-width letters too); `None` for
/// any other key.
pub fn yes_no(c: char) -> Option<bool> {
    match c {
        'y' | 'Y' | 'ｙ' | 'Ｙ' | '是' | '好' | '对' => Some(true),
        'n' | 'N' | 'ｎ' | 'Ｎ' | '否' | '不' => Some(false),
        _ => None,
    }
}

/// The line a 是/否 question leaves once answered: `✔ 添加一项成绩？ · 是`.
pub fn answered(prompt: &str, yes: bool) -> String {
    let mut done = String::new();
    let _ = super::theme::ZhTheme::default().format_confirm_prompt_selection(&mut done, prompt, Some(yes));
    done
}

/// A yes/no question: 是/y or 否/n picks, Enter confirms (what was picked, else `default`).
///
/// A key alone does not answer: writers type `y⏎` as most programs want it, and the Enter
/// answered the next question (review 56: `y⏎` at 添加一项成绩？ answered 是 and then skipped the
/// topic, and the file said 成绩 was done with none; a 150 ms window for the rest of the answer
/// was too short for a hand). Text typed ahead cannot answer either: of `对外贸易`, 对 answered
/// 添加一项问题？ and 外贸易 was lost.
pub fn confirm(term: &Term, prompt: &str, default: bool) -> Result<bool, Stop> {
    let _quiet = NoEcho::new();
    let t = theme();
    let mut canvas = Canvas::new(term);
    let say = |b: bool| if b { "是" } else { "否" };
    let head = |picked: Option<bool>| {
        let hint = match picked {
            None => format!("(是 y / 否 n，回车 = {})", say(default)),
            Some(_) => "(回车确定)".to_string(),
        };
        let shown = say(picked.unwrap_or(default));
        let shown = if picked.is_some() {
            t.values_style.apply_to(shown).to_string()
        } else {
            t.defaults_style.apply_to(shown).to_string()
        };
        format!(
            "{} {} {} {} {shown}",
            t.prompt_prefix,
            t.prompt_style.apply_to(prompt),
            t.hint_style.apply_to(hint),
            t.prompt_suffix,
        )
    };
    let mut picked: Option<bool> = None;
    let mut error: Option<String> = None;
    loop {
        let mut lines = vec![head(picked)];
        lines.extend(error.clone());
        canvas.draw(&lines)?;
        match term.read_key_raw()? {
            Key::Enter => {
                let b = picked.unwrap_or(default);
                canvas.finish(&answered(prompt, b))?;
                return Ok(b);
            }
            // (A control key, Ctrl-D, is no answer and no text to refuse.)
            Key::Char(c) if c.is_control() => {}
            Key::Char(c) => match yes_no(c) {
                Some(b) => {
                    picked = Some(b);
                    error = None;
                }
                // (The rest of a word after its first letter, `yes`, `no`: not a fault.)
                None if picked.is_some() => {}
                None => {
                    // Text pasted here (keys faster than a hand types) is no answer, its line
                    // breaks included: the first Enter of a paste answered the question and the
                    // next line went to the question after (review 58).
                    while super::tty::key_waiting(PASTE_GAP_MS) {
                        if term.read_key_raw().is_err() {
                            break;
                        }
                    }
                    let mut line = String::new();
                    let _ = t.format_error(&mut line, &format!("请按 是/y 或 否/n（“{c}”不是），再按回车"));
                    error = Some(line);
                }
            },
            Key::Backspace => picked = None,
            Key::CtrlC => {
                canvas.leave()?;
                return Err(Stop::Interrupted(String::new()));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_in_chinese_and_in_letters() {
        for c in ['y', 'Y', '是', 'Ｙ'] {
            assert_eq!(yes_no(c), Some(true), "{c}");
        }
        for c in ['n', 'N', '否', 'ｎ'] {
            assert_eq!(yes_no(c), Some(false), "{c}");
        }
        assert_eq!(yes_no('x'), None);
    }

    #[test]
    fn the_window_follows_the_highlight_and_fits_the_terminal() {
        let one = [1; 30];
        assert_eq!(window(&one[..5], 0, 20), 0..5);
        assert_eq!(window(&one, 0, 20), 0..10);
        assert_eq!(window(&one, 12, 20), 8..18);
        assert_eq!(window(&one, 29, 20), 20..30);
        // Sentences of two rows on a terminal of 15 (a header and a hint): five, not ten, and
        // the highlight among them.
        let two = [2; 10];
        assert_eq!(window(&two, 9, 11), 5..10);
        assert_eq!(window(&two, 4, 11), 2..7);
        // A budget too small for one still shows the highlighted one.
        assert_eq!(window(&[3, 3], 1, 1), 1..2);
    }
}

//! Filling placeholders one by one in the terminal.
//!
//! Each mask is shown in its whole sentence, marked 【xx】 (and highlighted where there is colour),
//! with the values already given shown filled. The answer is checked by kind (a figure must be a
//! number) and saved at once to the answers file beside the text (`sidecar`), so Ctrl-C loses
//! nothing and a rerun continues. The writer moves as in a form: Enter on an empty line skips,
//! ↑ or Shift-Tab goes back, `#12` jumps to the 12th mask, and a summary comes before anything is
//! written, from which any mask can be revisited.

use std::path::Path;

use console::{Term, style};

use super::Item;
use super::sidecar::{self, Given, Typed};
use crate::error::{Error, Result};
use crate::terminal::line::{LinePrompt, Stop};
use crate::terminal::menu::{self, Menu};

/// How the questions ended.
pub enum Ending {
    /// The writer confirmed the summary: write these answers.
    Write(Given),
    /// Ctrl-C (`interrupted`), or "not now" at the summary: the answers are in the answers file,
    /// with what was `typed` and not entered, if anything was.
    Stopped { answered: usize, interrupted: bool, typed: bool },
}

/// Clause punctuation: a clause ends at one of these.
const CLAUSE_STOPS: &str = "，。；！？：,;!?:\n\r";
/// Sentence ends: a sentence shown around a mask runs between two of these.
const SENTENCE_STOPS: &str = "。；！？!?;\n\r";
/// At most this many characters of a sentence on either side of a mask.
const SENTENCE_REACH: usize = 80;

/// The clause before the mask's own one, in the same sentence: what a growth or a rate is of
/// (实际利用外资xx亿美元，【增长xx%】). Empty at the start of a sentence.
fn lead(text: &str, item: &Item) -> String {
    let before = &text[..item.placeholder.start];
    let Some((own_start, stop)) = before.char_indices().rev().find(|(_, c)| CLAUSE_STOPS.contains(*c)) else {
        return String::new();
    };
    if SENTENCE_STOPS.contains(stop) {
        return String::new();
    }
    let head = &before[..own_start];
    let from = head
        .char_indices()
        .rev()
        .find(|(_, c)| CLAUSE_STOPS.contains(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[from..].trim().to_string()
}

/// When an earlier answer may be offered again: the same mask, in the same clause, of the same
/// indicator (the clause before it in its sentence).
fn reuse_key(text: &str, item: &Item) -> (String, String, String) {
    (item.token.clone(), item.clause.marked(&item.token), lead(text, item))
}

/// The sentence around `items[at]` with that mask marked 【】 and every answered mask in it
/// shown filled.
fn sentence(text: &str, items: &[Item], at: usize, given: &Given, colour: bool) -> String {
    let item = &items[at];
    let start = text[..item.placeholder.start]
        .char_indices()
        .rev()
        .take(SENTENCE_REACH)
        .take_while(|(_, c)| !SENTENCE_STOPS.contains(*c))
        .last()
        .map_or(item.placeholder.start, |(i, _)| i);
    let end = text[item.placeholder.end..]
        .char_indices()
        .take(SENTENCE_REACH)
        .find(|(_, c)| SENTENCE_STOPS.contains(*c))
        .map_or_else(
            || {
                let rest = &text[item.placeholder.end..];
                item.placeholder.end + rest.char_indices().nth(SENTENCE_REACH).map_or(rest.len(), |(i, _)| i)
            },
            |(i, c)| item.placeholder.end + i + if c == '\n' || c == '\r' { 0 } else { c.len_utf8() },
        );
    let mut out = String::new();
    let mut from = start;
    for (k, other) in items.iter().enumerate() {
        let p = &other.placeholder;
        if p.start < start || p.end > end {
            continue;
        }
        let filled = given.get(&other.number).and_then(|v| v.as_deref()).filter(|_| k != at);
        // (A fall answered after 增长 takes the word with it: `下降5`.)
        let (range, value) = filled.map_or((p.start..p.end, None), |v| {
            let (range, with) = other.replacement(text, v);
            (range.start.max(from)..range.end, Some(with))
        });
        out.push_str(&text[from..range.start]);
        if k == at {
            let marked = format!("【{}】", other.token);
            out.push_str(&if colour { style(marked).black().on_yellow().bold().to_string() } else { marked });
        } else if let Some(v) = value {
            out.push_str(&if colour { style(&v).underlined().to_string() } else { v });
        } else {
            out.push_str(&other.token);
        }
        from = range.end;
    }
    out.push_str(&text[from..end]);
    out.trim().to_string()
}

/// `#12` (or `＃12`): a jump to the 12th mask. Typed after an answer already in the line (a mask
/// revisited) it is a jump too: `柳南#9` was saved as the place's name (review 44).
fn jump(v: &str) -> Option<Result<usize, String>> {
    let v = v.trim();
    let at = v.rfind(['#', '＃'])?;
    let rest = v[at..].trim_start_matches(['#', '＃']).trim();
    if at > 0 {
        return (!rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
            .then(|| Ok(rest.parse().unwrap_or(0)));
    }
    Some(rest.parse::<usize>().map_err(|_| format!("“{v}”：跳转请写 # 加编号，如 #12")))
}

/// Asks for the placeholders of `text`, continuing from `given` (and what was `typed` and not
/// entered, back in its mask's line), saving each answer to `answers` (the sidecar) as it is
/// given, and what is being typed at Ctrl-C. `target` names the file the summary offers to write.
/// `unit` says what the positions count (lines, or a Word document's paragraphs).
pub fn ask(
    text: &str,
    items: &[Item],
    mut given: Given,
    mut typed: Typed,
    answers: &Path,
    target: &str,
    unit: crate::input::Unit,
) -> Result<Ending> {
    crate::terminal::catch_ctrl_c();
    let _quiet = crate::terminal::tty::NoEcho::new();
    let term = Term::stdout();
    let colour = console::colors_enabled();
    let io = |e: std::io::Error| Error::io(Path::new("<终端>"), e);
    let say = |s: String| term.write_line(&s).map_err(io);
    let answered = |given: &Given| given.values().filter(|v| v.is_some()).count();
    // Ctrl-C: what is being typed is saved with the answers (nothing the writer typed is lost).
    // (Saved when there is a file to keep up to date as well: a line emptied before Ctrl-C takes
    // back what was typed there last time.)
    let stopped = |given: &Given, typed: &Typed| -> Result<Ending> {
        if !typed.is_empty() || answers.exists() {
            sidecar::save(answers, text, given, typed)?;
        }
        Ok(Ending::Stopped { answered: answered(given), interrupted: true, typed: !typed.is_empty() })
    };
    // The first mask not yet asked, or an earlier one where text was typed and not entered.
    let first = items.iter().position(|i| !given.contains_key(&i.number)).unwrap_or(items.len());
    let mut at = typed.keys().next().map_or(first, |n| first.min(n - 1));
    if (!given.is_empty() || !typed.is_empty()) && at < items.len() {
        say(format!("接着上次，从第 {} 处填起（已答 {} 处）。", at + 1, given.len()))?;
    }
    loop {
        if at >= items.len() {
            match summary(&term, items, &given, target)? {
                Choice::Write => return Ok(Ending::Write(given)),
                Choice::Stop => {
                    let typed = !typed.is_empty();
                    return Ok(Ending::Stopped { answered: answered(&given), interrupted: false, typed });
                }
                Choice::Revisit(n) => {
                    at = n - 1;
                    continue;
                }
            }
        }
        let item = &items[at];
        say(format!(
            "{} {}  {}\n  {}",
            style(format!("[{}/{}]", item.number, items.len())).dim(),
            unit.at(item.line, item.col),
            style(item.kind_label).cyan(),
            sentence(text, items, at, &given, colour)
        ))?;
        // An earlier answer to the same mask of the same indicator, offered — never by default.
        let key = reuse_key(text, item);
        let earlier = items[..at]
            .iter()
            .rev()
            .filter(|o| reuse_key(text, o) == key)
            .find_map(|o| given.get(&o.number).cloned().flatten());
        if let Some(prev) = earlier.filter(|_| !given.contains_key(&item.number)) {
            match menu::confirm(&term, &format!("同一指标、同一分句前面填过“{prev}”，沿用？"), false)
            {
                Ok(true) => {
                    given.insert(item.number, Some(prev));
                    // Answered: what was typed there before is not the answer any more.
                    typed.remove(&item.number);
                    sidecar::save(answers, text, &given, &typed)?;
                    at += 1;
                    continue;
                }
                Ok(false) => {}
                Err(Stop::Interrupted(_)) => return stopped(&given, &typed),
                Err(Stop::Back(_)) => {}
                Err(Stop::Io(e)) => return Err(io(e)),
            }
        }
        // What was typed here and not entered (left with ↑, or at Ctrl-C last time) comes back as
        // it was.
        let answer_given = given.get(&item.number).cloned().flatten();
        let before = typed.remove(&item.number).or_else(|| answer_given.clone()).unwrap_or_default();
        // What is in the line when it is left without Enter is kept unless it is the answer given,
        // shown again and left as it was.
        let unentered = |line: String| {
            (!line.trim().is_empty() && answer_given.as_deref() != Some(line.trim())).then_some(line)
        };
        let count = items.len();
        let answer = LinePrompt::new("填入")
            .initial(before)
            .allow_empty(true)
            .allow_back(true)
            .note(if answer_given.is_some() {
                "回车保留 · Ctrl-U 清空重填 · ↑ 上一处 · #编号 跳转"
            } else {
                "回车跳过 · ↑ 上一处 · #编号 跳转"
            })
            // (What goes into the text, word and all: `增长5` after 下降 echoes 增长5, not 5.)
            .echo(|v| {
                if jump(v).is_some() || v.trim().is_empty() {
                    v.trim().to_string()
                } else {
                    item.replacement(text, &item.normalise(v)).1
                }
            })
            .check(|v| match jump(v) {
                Some(Ok(n)) if (1..=count).contains(&n) => Ok(()),
                Some(Ok(n)) => Err(format!("没有第 {n} 处（共 {count} 处）")),
                Some(Err(why)) => Err(why),
                None => item.check(&item.normalise(v)),
            })
            .interact(&term);
        match answer {
            Ok(v) => {
                if let Some(Ok(n)) = jump(&v) {
                    at = n - 1;
                    continue;
                }
                let v = item.normalise(&v);
                given.insert(item.number, (!v.is_empty()).then_some(v));
                sidecar::save(answers, text, &given, &typed)?;
                at += 1;
            }
            Err(Stop::Back(line)) => {
                if let Some(line) = unentered(line) {
                    typed.insert(item.number, line);
                }
                at = at.saturating_sub(1);
            }
            Err(Stop::Interrupted(line)) => {
                if let Some(line) = unentered(line) {
                    typed.insert(item.number, line);
                }
                return stopped(&given, &typed);
            }
            Err(Stop::Io(e)) => return Err(io(e)),
        }
    }
}

enum Choice {
    Write,
    Stop,
    Revisit(usize),
}

/// Every mask with its answer, then: write, revisit one, or stop for now.
fn summary(term: &Term, items: &[Item], given: &Given, target: &str) -> Result<Choice> {
    let io = |e: std::io::Error| Error::io(Path::new("<终端>"), e);
    let filled = items.iter().filter(|i| matches!(given.get(&i.number), Some(Some(_)))).count();
    for item in items {
        let shown = match given.get(&item.number) {
            Some(Some(v)) => item.filled_clause(v),
            _ => format!("{}  （未填）", item.clause.marked(&item.token)),
        };
        term.write_line(&format!("{:>4}  {shown}", item.number)).map_err(io)?;
    }
    // Under the list, next to the question: a long list has scrolled its top away.
    let count = format!("以上共 {} 处，已填 {filled} 处，未填 {} 处。", items.len(), items.len() - filled);
    term.write_line(&style(count).bold().to_string()).map_err(io)?;
    let choices = [
        format!("写入 {target}"),
        "返回修改某一处".to_string(),
        "先不写入（回答已保存，下次接着填）".to_string(),
    ];
    let pick = Menu::new("填好了吗？", &choices).interact(term);
    let revisit = |term: &Term| -> std::result::Result<usize, Stop> {
        let count = items.len();
        let v = LinePrompt::new(format!("修改第几处？（1–{count}）"))
            .check(move |v| match v.trim().trim_start_matches(['#', '＃']).parse::<usize>() {
                Ok(n) if (1..=count).contains(&n) => Ok(()),
                _ => Err(format!("请写 1 到 {count} 的编号")),
            })
            .interact(term)?;
        Ok(v.trim().trim_start_matches(['#', '＃']).parse().unwrap_or(1))
    };
    match pick {
        Ok(0) => Ok(Choice::Write),
        Ok(1) => match revisit(term) {
            Ok(n) => Ok(Choice::Revisit(n)),
            Err(Stop::Io(e)) => Err(io(e)),
            Err(_) => Ok(Choice::Stop),
        },
        Ok(_) | Err(Stop::Interrupted(_)) | Err(Stop::Back(_)) => Ok(Choice::Stop),
        Err(Stop::Io(e)) => Err(io(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reuse_is_keyed_by_the_indicator_as_well_as_the_clause() {
        let text = "实际利用外资xx亿美元，增长xx%；引进市外资金xx亿元，增长xx%。实际利用外资xx亿美元。";
        let items = super::super::items(text);
        let keys: Vec<_> = items.iter().map(|i| reuse_key(text, i)).collect();
        assert_ne!(keys[1], keys[3], "增长 of 外资 is not 增长 of 市外资金");
        assert_eq!(keys[0], keys[4], "the same figure of the same indicator");
        assert_eq!(lead(text, &items[3]), "引进市外资金xx亿元");
    }

    #[test]
    fn the_sentence_shows_answers_filled_and_the_mask_marked() {
        let text = "前文。实际利用外资xx亿美元，增长xx%。后文";
        let items = super::super::items(text);
        let given: Given = [(1, Some("12.3".to_string()))].into();
        assert_eq!(sentence(text, &items, 1, &given, false), "实际利用外资12.3亿美元，增长【xx】%。");
        // A fall answered after 增长 is shown as it will be written.
        let given: Given = [(2, Some("-5".to_string()))].into();
        assert_eq!(sentence(text, &items, 0, &given, false), "实际利用外资【xx】亿美元，下降5%。");
        assert_eq!(jump("#12"), Some(Ok(12)));
        assert_eq!(jump("＃3"), Some(Ok(3)));
        assert!(jump("12").is_none());
        // After an answer left in the line.
        assert_eq!(jump("柳南#9"), Some(Ok(9)));
        assert_eq!(jump("柳南 ＃10 "), Some(Ok(10)));
        assert!(jump("3#厂房").is_none());
    }
}

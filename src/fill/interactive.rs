//! Filling placeholders one by one in the terminal: each shown in its clause with the mask
//! highlighted, the answer checked by kind (a figure must be a number), an answer reusable for the
//! same mask in the same clause, and any placeholder skippable with an empty answer.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crate::terminal::theme::ZhTheme;
use console::{Term, style};
use dialoguer::Confirm;

use super::Item;
use crate::error::{Error, Result};
use crate::terminal::line::{LinePrompt, Stop};

/// Asks for every placeholder; `None` when the writer pressed Ctrl-C (nothing is written then).
pub fn ask(_text: &str, items: &[Item]) -> Result<Option<BTreeMap<usize, String>>> {
    crate::wizard::catch_ctrl_c();
    let _quiet = crate::terminal::tty::NoEcho::new();
    let term = Term::stdout();
    let theme = ZhTheme::default();
    let io = |e: std::io::Error| Error::io(Path::new("<终端>"), e);
    let mut answers = BTreeMap::new();
    let mut given: HashMap<(String, String), String> = HashMap::new();
    for item in items {
        let clause = format!(
            "{}{}{}",
            item.clause.before,
            style(&item.token).black().on_yellow().bold(),
            item.clause.after
        );
        term.write_line(&format!(
            "{} {}:{}  {}\n  {clause}",
            style(format!("[{}/{}]", item.number, items.len())).dim(),
            item.line,
            item.col,
            style(item.kind_label).cyan(),
        ))
        .map_err(io)?;
        let key = (item.token.clone(), item.clause.marked(&item.token));
        if let Some(prev) = given.get(&key) {
            let reuse = Confirm::with_theme(&theme)
                .with_prompt(format!("同一分句前面填过“{prev}”，沿用？"))
                .default(true)
                .interact_on(&term);
            match reuse {
                Ok(true) => {
                    answers.insert(item.number, prev.clone());
                    continue;
                }
                Ok(false) => {}
                Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
                    return Ok(None);
                }
                Err(dialoguer::Error::IO(e)) => return Err(io(e)),
            }
        }
        let answer = LinePrompt::new("填入（直接回车跳过）")
            .allow_empty(true)
            .check(|v| item.check(v))
            .interact(&term);
        match answer {
            Ok(v) if v.is_empty() => {}
            Ok(v) => {
                given.insert(key, v.clone());
                answers.insert(item.number, v);
            }
            Err(Stop::Interrupted) => return Ok(None),
            Err(Stop::Io(e)) => return Err(io(e)),
        }
    }
    Ok(Some(answers))
}

//! Command-line mistakes in Chinese.
//!
//! clap reports a wrong option in English (`error: invalid value 'pdf' for '--format <FORMAT>'`).
//! Everything else the tool says is Chinese, so a writer who mistypes an option should not switch
//! language either. The common kinds are rendered here from clap's structured context (the option,
//! the value, the values allowed, clap's own suggestion) as one of our `Usage` errors, exit 2; help
//! and version go out exactly as clap prints them; any kind not handled keeps clap's text.

use std::error::Error as _;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::error::Error;

/// What to do with a clap error: print it as clap would (version), print help (in Chinese, see
/// `help::render`) with its exit code, or report ours.
pub enum Mistake {
    Clap(clap::Error),
    Help { text: String, code: u8 },
    Ours(Error),
}

/// Sorts a clap error into help/version output or a Chinese usage error. `cli` is the command line
/// parsed and `args` its arguments (without the program's name): a surplus argument is told
/// against the subcommand it was given to.
pub fn explain(e: clap::Error, cli: &clap::Command, args: &[String]) -> Mistake {
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join("、")),
        _ => None,
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let help = "用 `jianggao --help` 或 `jianggao 子命令 --help` 查看用法".to_string();
    let (message, hint) = match e.kind() {
        // `jianggao --help`, and a command given without the subcommand it needs (`jianggao
        // templates`): that command's own help, which lists its subcommands.
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let code = if e.kind() == ErrorKind::DisplayHelp { 0 } else { 2 };
            return Mistake::Help { text: super::help::render(&e.render().to_string()), code };
        }
        ErrorKind::InvalidValue if value.is_empty() => (format!("选项 {arg} 缺少取值"), help),
        ErrorKind::InvalidValue => {
            let allowed = text(ContextKind::ValidValue).map(|v| format!("可用的取值：{v}"));
            (format!("选项 {arg} 的取值 `{value}` 无效"), allowed.unwrap_or(help))
        }
        ErrorKind::ValueValidation => {
            let why = e.source().map(|s| reason(&s.to_string())).unwrap_or_default();
            (format!("选项 {arg} 的取值 `{value}` 无效{why}"), help)
        }
        // clap calls a surplus positional argument an unknown argument too.
        ErrorKind::UnknownArgument if !arg.starts_with('-') => {
            let hint = file_option(cli, args, &arg).unwrap_or(help);
            (format!("多余的参数 `{arg}`"), hint)
        }
        ErrorKind::UnknownArgument => {
            let hint = match text(ContextKind::SuggestedArg) {
                Some(s) => format!("是不是想写 `{s}`？{help}"),
                None => help,
            };
            (format!("没有选项 `{arg}`"), hint)
        }
        ErrorKind::InvalidSubcommand => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            let hint = match text(ContextKind::SuggestedSubcommand) {
                Some(s) => format!("是不是想写 `{s}`？{help}"),
                None => help,
            };
            (format!("没有子命令 `{name}`"), hint)
        }
        ErrorKind::MissingRequiredArgument => (format!("缺少必填参数 {arg}"), help),
        ErrorKind::MissingSubcommand => (
            "缺少子命令（draft、outline、example、templates、new、fill、mine、phrases、check、export）"
                .to_string(),
            help,
        ),
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg).unwrap_or_default();
            (format!("选项 {arg} 不能与 {other} 同时使用"), help)
        }
        ErrorKind::TooManyValues => (format!("多余的参数 `{value}`"), help),
        _ => return Mistake::Clap(e),
    };
    Mistake::Ours(Error::usage_with_hint(message, hint))
}

/// For a file named where the subcommand takes none (`jianggao new b.yaml`: `new` reads its brief
/// from `--brief`, tty 33), the command line that says it: when the subcommand has no positional
/// argument and exactly one option whose value is a file.
fn file_option(cli: &clap::Command, args: &[String], surplus: &str) -> Option<String> {
    let name = args.iter().find(|a| !a.starts_with('-'))?;
    let sub =
        cli.get_subcommands().find(|c| c.get_name() == name || c.get_all_aliases().any(|a| a == name))?;
    if sub.get_positionals().next().is_some() {
        return None;
    }
    let mut files = sub.get_opts().filter(|o| o.get_value_names().is_some_and(|v| v == ["FILE"]));
    let (option, None) = (files.next()?, files.next()) else { return None };
    let long = option.get_long()?;
    let rest: Vec<&str> = args.iter().map(String::as_str).filter(|a| *a != name && *a != surplus).collect();
    let line = [&["jianggao", name.as_str(), &format!("--{long}"), surplus][..], &rest].concat().join(" ");
    Some(format!("`{name}` 的文件要用 `--{long}` 指定：{line}"))
}

/// Why a typed value did not parse, from the standard library's parse errors.
fn reason(source: &str) -> String {
    let table: &[(&str, &str)] = &[
        ("invalid digit found in string", "：应为非负整数"),
        ("number too large to fit in target type", "：数字太大"),
        ("cannot parse integer from empty string", "：不能为空"),
        ("invalid float literal", "：应为数字"),
    ];
    table
        .iter()
        .find(|(en, _)| source.contains(en))
        .map(|(_, zh)| (*zh).to_string())
        .unwrap_or_else(|| format!("：{source}"))
}

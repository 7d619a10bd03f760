//! `jianggao help [COMMAND…]`, and the Chinese scaffolding of every `--help`.
//!
//! clap writes its help with English headings (Usage, Options, Commands, Print help, [default: 1]).
//! Everything else the tool says is Chinese: `localise` gives every command Chinese headings and
//! its own `-h/--help` and `-V/--version` flags, and `render` turns the few words clap puts in the
//! text itself ([OPTIONS], [default: …], [possible values: …]) into Chinese.

use std::process::ExitCode;

use clap::{Arg, ArgAction, Command};

use super::Outcome;
use crate::error::Error;

const TEMPLATE: &str = "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}";

/// `command` and all its subcommands with Chinese headings and help flags.
pub fn localise(command: Command) -> Command {
    let is_root = command.get_name() == "jianggao";
    let mut c = command
        .help_template(TEMPLATE)
        .disable_help_flag(true)
        .subcommand_help_heading("命令")
        .subcommand_value_name("命令")
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help("显示这份帮助"));
    if is_root {
        c = c.disable_version_flag(true).arg(
            Arg::new("version").short('V').long("version").action(ArgAction::Version).help("显示版本号"),
        );
    }
    c.mut_args(|a| match a.get_help_heading() {
        Some(_) => a,
        None if a.is_positional() => a.help_heading("参数"),
        None => a.help_heading("选项"),
    })
    .mut_subcommands(localise)
}

/// clap's help text with its remaining English words in Chinese.
pub fn render(text: &str) -> String {
    text.replace("[OPTIONS]", "[选项]")
        .replace("<COMMAND>", "<命令>")
        .replace("[COMMAND]", "[命令]")
        .replace("[default: ", "[默认：")
        .replace("[possible values: ", "[可选：")
        .replace("[aliases: ", "[又名：")
        .replace("命令:\n", "命令：\n")
        .replace("参数:\n", "参数：\n")
        .replace("选项:\n", "选项：\n")
}

/// `jianggao help draft`: the help of a command (or of the tool).
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 要看帮助的子命令，如 draft 或 templates show
    #[arg(value_name = "命令")]
    pub command: Vec<String>,
}

pub fn run(args: Args, root: Command) -> Outcome {
    let mut command = localise(root);
    command.build();
    let mut at = &mut command;
    for name in &args.command {
        let known: Vec<String> = at.get_subcommands().map(|s| s.get_name().to_string()).collect();
        at = match at.find_subcommand_mut(name) {
            Some(sub) => sub,
            None => {
                return Err(Error::usage_with_hint(
                    format!("没有子命令 `{name}`"),
                    format!("可用：{}", known.join("、")),
                ));
            }
        };
    }
    crate::input::write_output(None, render(&at.render_help().to_string()).as_bytes(), false)?;
    Ok(ExitCode::SUCCESS)
}

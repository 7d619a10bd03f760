//! The `jianggao` binary: parses arguments and dispatches to `jianggao::cmd`. Nothing else lives here.

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use jianggao::cmd;
// (They never panic on a closed standard error: see lib.rs.)
use jianggao::{eprint, eprintln};

/// 讲稿：对外开放工作讲话起草助手。从 YAML 提纲或终端问答生成讲话稿、提纲与 Word 文档，全程离线。
#[derive(Debug, Parser)]
#[command(name = "jianggao", version, long_about = None, max_term_width = 100, disable_help_subcommand = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// 根据提纲（YAML）起草讲话稿
    Draft(cmd::draft::Args),
    /// 根据提纲生成讲话提纲（标题树）
    Outline(cmd::outline::Args),
    /// 打印一份带注释的示例提纲
    Example(cmd::example::Args),
    /// 查看、导出内置模板
    Templates(cmd::templates::Args),
    /// 终端问答，逐项填写本地数据，生成提纲和讲话稿
    New(cmd::new::Args),
    /// 全屏编辑：左边提纲、右边讲稿，换句、固定、改数据，保存后 draft 得到同样的讲稿
    Edit(cmd::edit::Args),
    /// 逐个填写已有文稿中的占位符（xx、**、某某……）
    Fill(cmd::fill::Args),
    /// 从讲话稿语料中挖掘语句，生成语料库（phrasebank）
    Mine(cmd::mine::Args),
    /// 浏览语料库中的语句
    Phrases(cmd::phrases::Args),
    /// 检查文稿：占位符、序号、重复、标点、规范提法、字体缺字、数据、篇幅
    Check(cmd::check::Args),
    /// 把 Markdown 讲话稿导出为 Word（GB/T 9704 公文格式）
    Export(cmd::export::Args),
    /// 生成 shell 自动补全脚本（bash、zsh、fish……）
    #[command(alias = "completion")]
    Completions(cmd::completions::Args),
    /// 显示某个子命令的帮助
    Help(cmd::help::Args),
}

fn main() -> ExitCode {
    jianggao::use_small_pages();
    let command = cmd::help::localise(Cli::command());
    // (Not `env::args`, which panics on an argument that is not UTF-8.)
    let args: Vec<String> = std::env::args_os().skip(1).map(|a| a.to_string_lossy().into_owned()).collect();
    let parsed = command.clone().try_get_matches().and_then(|m| Cli::from_arg_matches(&m));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => match cmd::usage::explain(e, &command, &args) {
            cmd::usage::Mistake::Clap(e) => e.exit(),
            cmd::usage::Mistake::Help { text, code } => {
                if code == 0 {
                    if let Err(e) = jianggao::input::write_output(None, text.as_bytes(), false) {
                        eprintln!("{e}");
                        return ExitCode::from(e.exit_code());
                    }
                } else {
                    eprint!("{text}");
                }
                return ExitCode::from(code);
            }
            cmd::usage::Mistake::Ours(e) => {
                eprintln!("{e}");
                return ExitCode::from(e.exit_code());
            }
        },
    };
    let outcome = match cli.command {
        Command::Draft(a) => cmd::draft::run(a),
        Command::Outline(a) => cmd::outline::run(a),
        Command::Example(a) => cmd::example::run(a),
        Command::Templates(a) => cmd::templates::run(a),
        Command::New(a) => cmd::new::run(a),
        Command::Edit(a) => cmd::edit::run(a),
        Command::Fill(a) => cmd::fill::run(a),
        Command::Mine(a) => cmd::mine::run(a),
        Command::Phrases(a) => cmd::phrases::run(a),
        Command::Check(a) => cmd::check::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Completions(a) => cmd::completions::run(a, Cli::command()),
        Command::Help(a) => cmd::help::run(a, Cli::command()),
    };
    match outcome {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(e.exit_code())
        }
    }
}

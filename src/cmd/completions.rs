//! `jianggao completions SHELL`: a completion script for bash, zsh, fish, elvish or PowerShell.

use std::process::ExitCode;

use clap::Command;
use clap_complete::Shell;

use super::Outcome;

#[derive(Debug, clap::Args)]
#[command(
    after_help = "安装，例如 bash：jianggao completions bash > ~/.local/share/bash-completion/completions/jianggao\n\
zsh：jianggao completions zsh > ~/.zfunc/_jianggao（并在 ~/.zshrc 中加入 fpath+=~/.zfunc）\n\
fish：jianggao completions fish > ~/.config/fish/completions/jianggao.fish"
)]
pub struct Args {
    /// 终端所用的 shell：bash、zsh、fish、elvish、powershell
    #[arg(value_name = "SHELL")]
    pub shell: Shell,
}

pub fn run(args: Args, root: Command) -> Outcome {
    let mut command = super::help::localise(root);
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "jianggao", &mut script);
    crate::input::write_output(None, &script, false)?;
    Ok(ExitCode::SUCCESS)
}

//! `jianggao example [--genre G]`: prints a complete, commented example brief (`examples/<genre>.yaml`,
//! embedded), ready to copy and edit.

use std::process::ExitCode;

use super::Outcome;
use crate::assets;
use crate::error::Error;
use crate::model::Genre;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// 体裁：work-conference（默认）、implementation、research-visit、news-report、signed-article
    #[arg(long, short, value_name = "GENRE", default_value = "work-conference", value_parser = super::args::parse_genre)]
    pub genre: Genre,
}

pub fn run(args: Args) -> Outcome {
    let name = format!("{}.yaml", args.genre.name());
    let (_, text) = assets::EXAMPLES.iter().find(|(n, _)| *n == name).ok_or_else(|| {
        Error::usage(format!("体裁 `{}`（{}）还没有示例提纲", args.genre.name(), args.genre.chinese()))
    })?;
    crate::input::write_output(None, text.as_bytes(), false)?;
    Ok(ExitCode::SUCCESS)
}

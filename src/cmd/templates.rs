//! `jianggao templates list | show NAME | export DIR`: the embedded templates, and a copy of them to
//! start one's own (then `draft --templates DIR`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::Outcome;
use crate::assets::{self, Asset};
use crate::error::Error;
use crate::model::Genre;
use crate::plan::GenreSpec;

#[derive(Debug, clap::Args)]
#[command(arg_required_else_help = true)]
pub struct Args {
    #[command(subcommand)]
    pub action: Action,
    /// 自己的模板文件夹（与内置模板合并后显示）
    #[arg(long, value_name = "DIR", global = true)]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// 列出各体裁的模板及说明
    List,
    /// 显示一个模板文件（如 work-conference、partials/goals.hbs、work-conference.yaml）
    Show {
        /// 模板名：体裁名（work-conference）、片段（partials/goals.hbs 或 goals）或说明文件（work-conference.yaml）；`templates list` 列出全部
        name: String,
    },
    /// 把全部模板复制到文件夹，作为自己模板的起点
    Export {
        /// 目标文件夹（不存在则新建），之后用 `draft --templates 该文件夹` 起草
        dir: PathBuf,
        /// 允许覆盖文件夹中已存在的文件
        #[arg(long)]
        force: bool,
    },
}

fn find<'a>(all: &'a [Asset], name: &str) -> Option<&'a Asset> {
    [name.to_string(), format!("{name}.hbs"), format!("partials/{name}.hbs")]
        .iter()
        .find_map(|n| all.iter().find(|a| a.name == *n))
}

pub fn run(args: Args) -> Outcome {
    let all = assets::overlay(assets::TEMPLATES, args.templates.as_deref())?;
    match args.action {
        Action::List => {
            let mut out = String::new();
            for g in Genre::ALL {
                let has = all.iter().any(|a| a.name == format!("{}.hbs", g.name()));
                let line = match (has, GenreSpec::load(g, &all)) {
                    (true, Ok(spec)) => spec.description,
                    (false, _) => "（尚无模板）".to_string(),
                    (true, Err(e)) => format!("（模板说明有误：{e}）"),
                };
                // Padded by display width: a Chinese character takes two columns (`{:<8}` counts
                // characters, and 署名文章 stood two columns left of 工作会议讲话's description).
                let pad = 14usize.saturating_sub(unicode_width::UnicodeWidthStr::width(g.chinese()));
                out.push_str(&format!("{:<16} {}{} {line}\n", g.name(), g.chinese(), " ".repeat(pad)));
            }
            out.push_str("\n共享片段：");
            let partials: Vec<&str> =
                all.iter().filter(|a| a.name.starts_with("partials/")).map(|a| a.name.as_str()).collect();
            out.push_str(&partials.join("、"));
            out.push('\n');
            crate::input::write_output(None, out.as_bytes(), false)?;
        }
        Action::Show { name } => {
            let a = find(&all, &name).ok_or_else(|| {
                let names: Vec<&str> = all.iter().map(|a| a.name.as_str()).collect();
                Error::usage_with_hint(format!("没有模板 `{name}`"), format!("可用：{}", names.join("、")))
            })?;
            crate::input::write_output(None, a.text.as_bytes(), false)?;
        }
        Action::Export { dir, force } => {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            for a in &all {
                let path = dir.join(&a.name);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                crate::input::write_atomic(&path, a.text.as_bytes(), force)?;
            }
            eprintln!(
                "已导出 {} 个模板文件到 {}；修改后用 `jianggao draft 提纲.yaml --templates {}` 起草",
                all.len(),
                dir.display(),
                dir.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

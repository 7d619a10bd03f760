//! `jianggao fill`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Outcome;
use crate::error::Error;
use crate::fill::{self, interactive};
use crate::input::{self, Format};

/// Fills the placeholders (xx, **, 某某, {{slot}}) of an existing text, keeping everything else.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// 要填写的文稿（UTF-8 或 GBK 文本、Markdown，或 Word 文档 .docx：只替换占位符，格式不变）
    pub file: PathBuf,
    /// 只列出占位符：编号、行:列、原文、类型、所在分句
    #[arg(long)]
    pub list: bool,
    /// 以 JSON 列出占位符（与 --list 相同内容）
    #[arg(long)]
    pub json: bool,
    /// 不问答，按 YAML 文件填写：编号（见 --list）到取值的映射，如 `1: 12.3`
    #[arg(long, value_name = "YAML")]
    pub answers: Option<PathBuf>,
    /// 写到这个文件（默认：问答时写到 FILE 旁的 *.filled.*，--answers 时写到标准输出；Word 文档总是写到 *.filled.docx）
    #[arg(short, long, value_name = "OUT", conflicts_with = "in_place")]
    pub output: Option<PathBuf>,
    /// 直接改写原文件，原文件另存为 FILE.bak
    #[arg(long)]
    pub in_place: bool,
    /// 允许覆盖已存在的输出文件（或 .bak）
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: Args) -> Outcome {
    let name = args.file.display().to_string();
    let original = input::read_bounded(&args.file)?;
    let document = input::decode_document(&args.file, &original).map_err(|why| why.error(name.as_str()))?;
    let text = document.text.as_str();
    let unit = document.format.unit();
    let items = fill::items(text);
    // (`mask::find` stops at its bound: a text with that many is no speech to fill one by one.)
    if items.len() >= crate::mask::MAX_FOUND {
        return Err(Error::input(
            name.as_str(),
            None,
            format!(
                "占位符超过 {} 处，不像一篇讲话稿（一篇讲话稿只有几处到几十处）：请先检查文件是否选对，或分段填写",
                crate::mask::MAX_FOUND
            ),
        ));
    }

    if args.json {
        let mut out = serde_json::json!({
            "file": name,
            "encoding": document.format.name(),
            "count": items.len(),
            "placeholders": items,
        });
        // In a Word document each placeholder's `line` is its paragraph.
        if unit == input::Unit::Paragraph {
            out["unit"] = serde_json::json!(unit);
        }
        let mut s = serde_json::to_string_pretty(&out).expect("serialisable");
        s.push('\n');
        input::write_output(None, s.as_bytes(), false)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.list {
        let mut s = String::new();
        for item in &items {
            s.push_str(&fill::list_line(item, unit));
            s.push('\n');
        }
        if items.is_empty() {
            s.push_str(&format!("{name}：没有占位符\n"));
        } else {
            s.push_str(&format!("{name}：共 {} 处占位符\n", items.len()));
        }
        input::write_output(None, s.as_bytes(), false)?;
        return Ok(ExitCode::SUCCESS);
    }

    // Refuse an existing output before asking anything: answers typed in vain are answers lost.
    // A Word document is never poured onto standard output: it goes beside the file, as after
    // the questions.
    let docx = document.format == Format::Docx;
    // The output is the input's kind, only the masks filled: a Word document named .md, or a text
    // named .docx (which Word calls damaged), is neither (a helper's sweep).
    if let Some(out) = args.output.as_ref().filter(|o| o.as_os_str() != "-") {
        let to_docx = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx"));
        if to_docx != docx {
            let (kind, hint) = if docx {
                ("Word 文档", "-o 用 .docx 的文件名")
            } else {
                ("文本", "-o 用 .md 或 .txt 的文件名；要 Word 文档，填写后用 jianggao export 导出")
            };
            return Err(Error::usage_with_hint(
                format!("{name} 是{kind}，填写后仍是{kind}，不能写成 {}", out.display()),
                hint,
            ));
        }
    }
    // `-o` naming the draft itself or the answers file replaced it, even with no .bak (the fuzz run of
    // review 25): the draft is rewritten with `--in-place`, which keeps one.
    input::not_the_input(args.output.as_deref(), &args.file, "文稿").map_err(|e| {
        e.with_hint("改写原文件请用 --in-place（原文件另存为 .bak），或用 -o 指定另一个文件名")
    })?;
    if let Some(answers) = &args.answers {
        input::not_the_input(args.output.as_deref(), answers, "回答文件")?;
    }
    let bak = PathBuf::from(format!("{}.bak", args.file.display()));
    let planned = if args.in_place {
        Some(bak.clone())
    } else if let Some(out) = &args.output {
        Some(out.clone()).filter(|o| o.as_os_str() != "-")
    } else if args.answers.is_none() || docx {
        Some(filled_name(&args.file))
    } else {
        None
    };
    if let Some(p) = planned.as_ref().filter(|p| p.exists() && !args.force) {
        return Err(Error::usage_with_hint(
            format!("{} 已存在，不会覆盖", p.display()),
            "确需覆盖请加 --force，或用 -o 指定另一个文件名",
        ));
    }

    let answers = match &args.answers {
        Some(path) => {
            let a = input::read_text(path)?;
            fill::parse_answers(&a.text, &path.display().to_string(), &items)?
        }
        None => {
            if !crate::terminal::has_terminal() {
                return Err(Error::usage_with_hint(
                    "逐个问答填写需要在终端中运行（标准输入或输出不是终端）",
                    "非交互填写请用 --answers ANSWERS.yaml（编号见 --list）",
                ));
            }
            if items.is_empty() {
                eprintln!("{name}：没有占位符，无需填写。");
                return Ok(ExitCode::SUCCESS);
            }
            let saved_at = fill::sidecar::path_for(&args.file);
            let (mut given, mut typed) = fill::sidecar::load(&saved_at, text, &items)?.unwrap_or_default();
            if !given.is_empty() || !typed.is_empty() {
                let unfinished = if typed.is_empty() {
                    String::new()
                } else {
                    format!("，另有 {} 处打了字没按回车", typed.len())
                };
                let ask = format!(
                    "{} 里有上次的回答（已答 {} 处{unfinished}，共 {} 处），接着填写？",
                    saved_at.display(),
                    given.len(),
                    items.len()
                );
                let term = console::Term::stdout();
                match crate::terminal::menu::confirm(&term, &ask, true) {
                    Ok(true) => {}
                    Ok(false) => {
                        // Starting over: the answers declined are kept aside, not overwritten by
                        // the first new one (nor named as saved when there is none yet).
                        // (A name of its own each time: a second start-over kept only the answers
                        // of the first in the .bak.)
                        let aside = (1..)
                            .map(|k| match k {
                                1 => PathBuf::from(format!("{}.bak", saved_at.display())),
                                k => PathBuf::from(format!("{}.{k}.bak", saved_at.display())),
                            })
                            .find(|p| !p.exists())
                            .expect("a free name");
                        std::fs::rename(&saved_at, &aside).map_err(|e| Error::io(&saved_at, e))?;
                        eprintln!("上次的回答另存为 {}，从头填写。", aside.display());
                        (given, typed) = Default::default();
                    }
                    Err(_) => {
                        eprintln!("已停下，{} 没有改动。", saved_at.display());
                        return Ok(ExitCode::from(130));
                    }
                }
            }
            let target = planned.as_ref().map_or_else(|| "标准输出".to_string(), |p| p.display().to_string());
            let target = if args.in_place { args.file.display().to_string() } else { target };
            match interactive::ask(text, &items, given, typed, &saved_at, &target, unit)? {
                interactive::Ending::Write(given) => {
                    given.into_iter().filter_map(|(n, v)| v.map(|v| (n, v))).collect()
                }
                interactive::Ending::Stopped { answered, interrupted, typed } => {
                    // The same command continues: `--in-place` and `-o` are said again (review 25:
                    // the hint left out --in-place, and following it wrote *.filled.* instead).
                    let mut again = format!("jianggao fill {}", args.file.display());
                    if args.in_place {
                        again.push_str(" --in-place");
                    } else if let Some(out) = &args.output {
                        again.push_str(&format!(" -o {}", out.display()));
                    }
                    let saved = saved_at.display();
                    if answered == 0 && !typed && !saved_at.exists() {
                        eprintln!("已停下，没有写入 {target}，也还没有填写任何一处。");
                    } else {
                        let also = if typed { "（连同打了没按回车的字）" } else { "" };
                        eprintln!(
                            "已停下，没有写入 {target}。已填的 {answered} 处{also}保存在 {saved}：再运行 `{again}` 接着填，或用 --answers {saved} 套用。"
                        );
                    }
                    return Ok(if interrupted { ExitCode::from(130) } else { ExitCode::SUCCESS });
                }
            }
        }
    };

    // A file keeps its encoding wherever it is written, except on a terminal's screen, which shows
    // UTF-8 (a GBK draft filled to the screen came out as mojibake).
    let to_stdout = !args.in_place
        && args.output.as_ref().map_or(args.answers.is_some() && !docx, |o| o.as_os_str() == "-");
    let on_screen = to_stdout && std::io::IsTerminal::is_terminal(&std::io::stdout());
    let bytes = match document.format {
        Format::Text(_) if on_screen => fill::apply(text, &items, &answers).into_bytes(),
        Format::Text(encoding) => encoding.encode(&fill::apply(text, &items, &answers)),
        Format::Docx => {
            let replaced: Vec<_> =
                items.iter().filter_map(|i| answers.get(&i.number).map(|v| i.replacement(text, v))).collect();
            let edits: Vec<_> = replaced.iter().map(|(range, with)| (range.clone(), with.as_str())).collect();
            let (bytes, refused) = input::docx::patch(&original, &edits)
                .map_err(|why| Error::input(name.as_str(), None, why.reason()))?;
            if !refused.is_empty() {
                // A mask inside Word's own numbering text cannot be written; say so, never drop it
                // silently.
                return Err(Error::input(
                    name.as_str(),
                    None,
                    format!("有 {} 处占位符落在 Word 自动编号或制表符里，无法在原文档中替换", refused.len()),
                ));
            }
            bytes
        }
    };
    let target: Option<PathBuf> = if args.in_place {
        input::write_atomic(&bak, &original, args.force)?;
        input::write_atomic(&args.file, &bytes, true)?;
        Some(args.file.clone())
    } else if let Some(out) = &args.output {
        input::write_output(Some(out), &bytes, args.force)?;
        (out.as_os_str() != "-").then(|| out.clone())
    } else if args.answers.is_none() || docx {
        let out = filled_name(&args.file);
        input::write_atomic(&out, &bytes, args.force)?;
        Some(out)
    } else {
        input::write_output(None, &bytes, false)?;
        None
    };

    let left: Vec<&fill::Item> = items.iter().filter(|i| !answers.contains_key(&i.number)).collect();
    if let Some(t) = &target {
        eprintln!("已填写 {} 处，写入 {}（{}）", answers.len(), t.display(), document.format.name());
    }
    if !left.is_empty() {
        eprintln!("未填写 {} 处：", left.len());
        for item in left {
            eprintln!("{}", fill::list_line(item, unit));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `讲稿.txt` → `讲稿.filled.txt`.
fn filled_name(file: &Path) -> PathBuf {
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = match file.extension() {
        Some(ext) => format!("{stem}.filled.{}", ext.to_string_lossy()),
        None => format!("{stem}.filled"),
    };
    file.with_file_name(name)
}

//! One error type for the whole tool. Every error a writer can meet is rendered in Chinese, names the
//! file (and, where it comes from a file, the line, column and field), and ends the process with exit
//! code 2. Exit code 1 is reserved for `check` reporting findings.

use std::fmt;
use std::path::{Path, PathBuf};

/// A 1-based position in a text file, as editors show it. `col` counts characters, not bytes, so a
/// Chinese line reports the column a writer sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl Position {
    /// The position of byte offset `at` in `text` (clamped to the text).
    pub fn of_offset(text: &str, at: usize) -> Position {
        let at = at.min(text.len());
        let before = &text[..text.floor_char_boundary(at)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Position { line, col }
    }
}

#[derive(Debug)]
pub enum Error {
    /// Something wrong in a file the writer gave us (a brief, a template, a corpus file, a draft).
    Input {
        file: String,
        pos: Option<Position>,
        /// The field path inside a structured file, e.g. `achievements[0].figures[1].value`.
        field: Option<String>,
        message: String,
        /// What to do about it, e.g. "是不是想写 `locality`？".
        hint: Option<String>,
    },
    /// A command line that cannot be carried out as asked (a missing path, an output that exists
    /// without `--force`, no terminal for an interactive command).
    Usage { message: String, hint: Option<String> },
    /// The operating system refused a read or write.
    Io { path: PathBuf, source: std::io::Error },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage { message: message.into(), hint: None }
    }

    pub fn usage_with_hint(message: impl Into<String>, hint: impl Into<String>) -> Error {
        Error::Usage { message: message.into(), hint: Some(hint.into()) }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io { path: path.to_path_buf(), source }
    }

    pub fn input(file: impl Into<String>, pos: Option<Position>, message: impl Into<String>) -> Error {
        Error::Input { file: file.into(), pos, field: None, message: message.into(), hint: None }
    }

    /// Adds or replaces the hint of an `Input` or `Usage` error.
    pub fn with_hint(mut self, text: impl Into<String>) -> Error {
        match &mut self {
            Error::Input { hint, .. } | Error::Usage { hint, .. } => *hint = Some(text.into()),
            Error::Io { .. } => {}
        }
        self
    }

    /// Adds the field path of an `Input` error.
    pub fn with_field(mut self, name: impl Into<String>) -> Error {
        if let Error::Input { field, .. } = &mut self {
            *field = Some(name.into());
        }
        self
    }

    /// The process exit code for this error: always 2 ("the input or the command line is wrong").
    pub fn exit_code(&self) -> u8 {
        2
    }
}

impl Error {
    /// The error without its `错误：` lead, for a message that embeds it (无法生成讲话稿：…).
    pub fn body(&self) -> String {
        let full = self.to_string();
        full.strip_prefix(LEAD).map_or_else(|| full.clone(), str::to_string)
    }
}

/// How every error starts.
const LEAD: &str = "错误：";

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(LEAD)?;
        match self {
            Error::Input { file, pos, field, message, hint } => {
                write!(f, "{file}")?;
                if let Some(p) = pos {
                    write!(f, ":{}:{}", p.line, p.col)?;
                }
                write!(f, "：")?;
                if let Some(field) = field {
                    write!(f, "字段 `{field}`：")?;
                }
                write!(f, "{message}")?;
                if let Some(hint) = hint {
                    write!(f, "\n提示：{hint}")?;
                }
                Ok(())
            }
            Error::Usage { message, hint } => {
                write!(f, "{message}")?;
                if let Some(hint) = hint {
                    write!(f, "\n提示：{hint}")?;
                }
                Ok(())
            }
            Error::Io { path, source } => {
                use std::io::ErrorKind as K;
                // The OS's own words are English, and some (tempfile's) name our temporary file: a
                // writer reads the kind in Chinese, and the error number for a support question.
                let why = match source.kind() {
                    K::NotFound => "文件或文件夹不存在".to_string(),
                    // (Reading or writing: the same error says either; `没有读写权限` read as both.)
                    K::PermissionDenied => "没有权限（读取或写入被拒绝）".to_string(),
                    K::AlreadyExists => "文件已存在".to_string(),
                    K::IsADirectory => "这是一个文件夹，不是文件".to_string(),
                    K::NotADirectory => "路径中有一段不是文件夹".to_string(),
                    K::StorageFull => "磁盘已满".to_string(),
                    K::ReadOnlyFilesystem => "所在的磁盘只读".to_string(),
                    K::InvalidFilename => "文件名无效（太长或含有不允许的字符）".to_string(),
                    K::InvalidData => "内容无法读取（编码或格式不对）".to_string(),
                    K::UnexpectedEof => "文件不完整".to_string(),
                    K::Interrupted => "读写被中断".to_string(),
                    K::OutOfMemory => "内存不足".to_string(),
                    K::FileTooLarge => "文件太大".to_string(),
                    _ => match source.raw_os_error() {
                        // ELOOP (`ln -s self.txt self.txt`): said `读写失败（系统错误 40）`.
                        #[cfg(target_os = "linux")]
                        Some(40) => "符号链接循环（链接指向它自己）".to_string(),
                        Some(code) => format!("读写失败（系统错误 {code}）"),
                        None => "读写失败".to_string(),
                    },
                };
                write!(f, "{}：{why}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_characters_not_bytes() {
        let text = "第一行\n同志们：xx亿元";
        let at = text.find("xx").unwrap();
        assert_eq!(Position::of_offset(text, at), Position { line: 2, col: 5 });
    }

    #[test]
    fn input_error_renders_file_line_col_field_and_hint() {
        let e = Error::input("brief.yaml", Some(Position { line: 3, col: 1 }), "未知字段 `locallity`")
            .with_field("locallity")
            .with_hint("是不是想写 `locality`？");
        assert_eq!(
            e.to_string(),
            "错误：brief.yaml:3:1：字段 `locallity`：未知字段 `locallity`\n提示：是不是想写 `locality`？"
        );
        assert_eq!(e.exit_code(), 2);
    }
}

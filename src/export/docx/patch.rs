//! What docx-rs 0.4.22 cannot write, added to the packed .docx afterwards.
//!
//! 1. `word/fontTable.xml`: docx-rs writes a fixed table (Times New Roman, Symbol, Arial). Word and
//!    WPS use this table to substitute a missing font: Windows 10/11 ship 仿宋 and 楷体 but not
//!    仿宋_GB2312 and 楷体_GB2312, and few machines have 方正小标宋简体. With `w:altName` and the
//!    GB2312 charset (86) declared, a missing 仿宋_GB2312 falls back to 仿宋 rather than to whatever
//!    default face the machine substitutes.
//! 2. `w:firstLineChars="200"` next to `w:firstLine="640"`: docx-rs has the field but only reads it.
//!    Character units are what Word's own 公文 templates use ("首行缩进 2 字符"), and they keep the
//!    indent at two characters if a writer later changes the body size.
//! 3. `<w:lang w:eastAsia="zh-CN">` in the document defaults: docx-rs has no language property. The
//!    East Asian language tells Word and WPS the text is simplified Chinese (full-width punctuation
//!    handling, 避头尾 line breaking, spelling tools) whatever the locale of the machine it is opened on.
//!
//! Every other part is copied byte for byte, in order; entries keep the fixed 1980 timestamp, so
//! the same draft always gives the same bytes.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::{fonts, layout};
use crate::error::{Error, Result};

/// `w:font` entries: name, substitute (`w:altName`), charset, family, pitch.
const FONT_TABLE: &[(&str, Option<&str>, &str, &str, &str)] = &[
    (fonts::LATIN, None, "00", "roman", "variable"),
    (fonts::PAGE_NUMBER, Some("SimSun"), "86", "auto", "variable"),
    (fonts::BODY, Some("仿宋"), "86", "modern", "fixed"),
    (fonts::HEADING2, Some("楷体"), "86", "modern", "fixed"),
    (fonts::HEADING1, Some("SimHei"), "86", "modern", "fixed"),
    (fonts::TITLE, Some("宋体"), "86", "script", "variable"),
    ("Symbol", None, "02", "roman", "variable"),
    ("Arial", None, "00", "swiss", "variable"),
];

fn font_table_xml() -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#,
    );
    for (name, alt, charset, family, pitch) in FONT_TABLE {
        xml.push_str(&format!(r#"<w:font w:name="{name}">"#));
        if let Some(alt) = alt {
            xml.push_str(&format!(r#"<w:altName w:val="{alt}"/>"#));
        }
        xml.push_str(&format!(
            r#"<w:charset w:val="{charset}"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>"#
        ));
    }
    xml.push_str("</w:fonts>");
    xml
}

/// Adds `w:firstLineChars` (hundredths of a character) to every two-character first-line indent.
fn add_first_line_chars(styles: &str) -> String {
    let twips = 2 * layout::BODY_CHAR;
    styles.replace(
        &format!(r#"w:firstLine="{twips}""#),
        &format!(r#"w:firstLine="{twips}" w:firstLineChars="200""#),
    )
}

/// Declares the text Chinese (simplified), Latin runs US English, in the document defaults.
fn add_language(styles: &str) -> String {
    // Last in the run properties: the schema puts `w:lang` after `w:rFonts` and `w:sz`.
    styles.replacen(
        "</w:rPr></w:rPrDefault>",
        r#"<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>"#,
        1,
    )
}

/// The .docx `bytes` with the font table replaced and the styles patched.
pub fn patch(bytes: &[u8]) -> Result<Vec<u8>> {
    let fail = |e: zip::result::ZipError| Error::usage(format!("生成 Word 文件失败：{e}"));
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(fail)?;
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(bytes.len() + 1024)));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(fail)?;
        let name = file.name().to_string();
        let replaced = match name.as_str() {
            "word/fontTable.xml" => Some(font_table_xml()),
            "word/styles.xml" => {
                let mut xml = String::new();
                file.read_to_string(&mut xml).map_err(|e| fail(e.into()))?;
                Some(add_language(&add_first_line_chars(&xml)))
            }
            _ => None,
        };
        match replaced {
            Some(xml) => {
                out.start_file(name, options).map_err(fail)?;
                out.write_all(xml.as_bytes()).map_err(|e| fail(e.into()))?;
            }
            None => out.raw_copy_file(file).map_err(fail)?,
        }
    }
    Ok(out.finish().map_err(fail)?.into_inner())
}

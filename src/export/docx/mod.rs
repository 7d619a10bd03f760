//! A `Draft` as a Word document in 公文 format (GB/T 9704-2012), ready to hand to the leader.
//!
//! The parts are written here, not by a docx library: WordprocessingML fixes the order of child
//! elements (`w:rPr`, `w:pPr`, `w:style`, `w:sectPr`, `w:settings`), Word may ignore what it finds
//! out of order, and the library we used wrote `w:sz` before `w:rFonts` and `w:rPr` first in
//! `w:pPr`. Writing the few elements a 公文 needs, each sequence in schema order by construction
//! (`properties`), is shorter than patching another writer's output, and leaves out the parts
//! nothing references (comments, numbering, footnotes). `tests/docx.rs` checks the order of every
//! element in every part against the schema's sequences.

mod layout;
mod package;
mod properties;
mod style_sheet;
mod title;
mod xml;

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use crate::error::{Error, Result};
use crate::model::{BlockKind, Draft};
use package::Properties;
use properties::{Align, Fonts, LineSpacing, ParaProps, RunProps};
use xml::Xml;

const NS_W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// East Asian fonts named by GB/T 9704, and the Latin font for digits and letters.
pub mod fonts {
    pub const TITLE: &str = "方正小标宋简体";
    pub const BODY: &str = "仿宋_GB2312";
    pub const HEADING1: &str = "黑体";
    pub const HEADING2: &str = "楷体_GB2312";
    pub const HEADING3: &str = "仿宋_GB2312";
    /// The date line under a speech's title.
    pub const DATE_LINE: &str = "楷体_GB2312";
    /// 页码一般用4号半角宋体阿拉伯数字.
    pub const PAGE_NUMBER: &str = "宋体";
    pub const LATIN: &str = "Times New Roman";
}

/// Style ids, also what tests look for in `word/document.xml`.
pub mod styles {
    pub const TITLE: &str = "GwTitle";
    pub const DATE_LINE: &str = "GwDateLine";
    pub const SALUTATION: &str = "GwSalutation";
    pub const BODY: &str = "GwBody";
    pub const HEADING: [&str; 3] = ["GwHeading1", "GwHeading2", "GwHeading3"];
    pub const FOOTER: &str = "GwFooter";
}

/// The .docx bytes of `draft`: the same draft always gives the same bytes.
pub fn to_docx(draft: &Draft) -> Result<Vec<u8>> {
    let props = Properties { title: &draft.title, date: draft.subtitle.as_deref().and_then(speech_date) };
    let parts: [(&str, String); 10] = [
        ("[Content_Types].xml", package::content_types_xml()),
        ("_rels/.rels", package::relationships_xml(&package::PACKAGE_PARTS, "")),
        ("docProps/core.xml", package::core_xml(&props)),
        ("docProps/app.xml", package::app_xml()),
        ("word/_rels/document.xml.rels", package::relationships_xml(&package::DOCUMENT_PARTS, "word/")),
        ("word/document.xml", document_xml(draft)),
        ("word/styles.xml", style_sheet::styles_xml()),
        ("word/settings.xml", package::settings_xml()),
        ("word/fontTable.xml", package::font_table_xml()),
        ("word/footer1.xml", package::footer_xml(Align::Right)),
    ];
    let even_footer = ("word/footer2.xml", package::footer_xml(Align::Left));
    let fail = |e: zip::result::ZipError| Error::usage(format!("生成 Word 文件失败：{e}"));
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    // No timestamp option: entries carry the zip epoch (1980-01-01), so output is reproducible.
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, xml) in parts.iter().chain([&even_footer]) {
        zip.start_file(*name, options).map_err(fail)?;
        zip.write_all(xml.as_bytes()).map_err(|e| fail(e.into()))?;
    }
    Ok(zip.finish().map_err(fail)?.into_inner())
}

/// `2026-02-12` from a date line `（县长　2026年2月12日）`.
fn speech_date(line: &str) -> Option<String> {
    let re = regex::Regex::new(r"(\d{4})年(\d{1,2})月(\d{1,2})日").expect("valid");
    let c = re.captures(line)?;
    let (y, m, d): (u32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// `word/document.xml`: the title, the date line, the body, and the section's page setup.
fn document_xml(draft: &Draft) -> String {
    let mut x = Xml::new();
    x.open("w:document", &[("xmlns:w", NS_W), ("xmlns:r", NS_R)]);
    x.open("w:body", &[]);

    // The title, broken into lines by `title::lines`; one blank grid line (as space after, not an
    // empty paragraph) between the title block and the body.
    let blank_after = LineSpacing::Exact { line: layout::LINE_PITCH, after: layout::LINE_PITCH };
    x.open("w:p", &[]);
    ParaProps {
        style: Some(styles::TITLE),
        spacing: draft.subtitle.is_none().then_some(blank_after),
        ..ParaProps::default()
    }
    .write(&mut x);
    for (i, line) in title::lines(&draft.title).iter().enumerate() {
        x.open("w:r", &[]);
        if i > 0 {
            x.empty("w:br", &[]);
        }
        x.text_element("w:t", &[("xml:space", "preserve")], line).close();
    }
    x.close();
    if let Some(sub) = &draft.subtitle {
        paragraph(
            &mut x,
            ParaProps { style: Some(styles::DATE_LINE), spacing: Some(blank_after), ..ParaProps::default() },
            &[(RunProps::default(), sub)],
        );
    }

    let mut seen_heading = false;
    for block in draft.blocks() {
        let text = block.text.trim();
        if text.is_empty() {
            continue;
        }
        let style = match block.kind {
            BlockKind::Heading => {
                seen_heading = true;
                // Level 4 （1） is set like body text.
                match block.level {
                    1..=3 => styles::HEADING[block.level as usize - 1],
                    _ => styles::BODY,
                }
            }
            BlockKind::Paragraph if !seen_heading && is_salutation(text) => styles::SALUTATION,
            BlockKind::Paragraph => styles::BODY,
        };
        let runs = runs(block.kind, text);
        paragraph(&mut x, ParaProps { style: Some(style), ..ParaProps::default() }, &runs);
    }

    // CT_SectPr: footerReference …, pgSz, pgMar, cols, docGrid.
    x.open("w:sectPr", &[]);
    x.empty("w:footerReference", &[("w:type", "default"), ("r:id", package::ODD_FOOTER)]);
    x.empty("w:footerReference", &[("w:type", "even"), ("r:id", package::EVEN_FOOTER)]);
    let n = |v: u32| v.to_string();
    x.empty("w:pgSz", &[("w:w", &n(layout::PAGE_WIDTH)), ("w:h", &n(layout::PAGE_HEIGHT))]);
    x.empty(
        "w:pgMar",
        &[
            ("w:top", &n(layout::MARGIN_TOP)),
            ("w:right", &n(layout::MARGIN_RIGHT)),
            ("w:bottom", &n(layout::MARGIN_BOTTOM)),
            ("w:left", &n(layout::MARGIN_LEFT)),
            ("w:header", &n(layout::HEADER_DISTANCE)),
            ("w:footer", &n(layout::FOOTER_DISTANCE)),
            ("w:gutter", "0"),
        ],
    );
    x.empty("w:cols", &[("w:space", "720")]);
    // 22 lines a page: the line grid of Word's 文档网格 dialog ("只指定行网格", 28.95 pt). The 28
    // characters a line come from condensed character spacing in the styles (see
    // `layout::CHAR_CONDENSE` for why not the character grid).
    x.empty("w:docGrid", &[("w:type", "lines"), ("w:linePitch", &n(layout::LINE_PITCH))]);
    x.close();

    x.close().close();
    x.finish()
}

/// One `w:p` with its properties and runs.
fn paragraph(x: &mut Xml, props: ParaProps, runs: &[(RunProps, &str)]) {
    x.open("w:p", &[]);
    props.write(x);
    for (run, text) in runs {
        x.open("w:r", &[]);
        run.write(x);
        x.text_element("w:t", &[("xml:space", "preserve")], text).close();
    }
    x.close();
}

/// The runs of a paragraph. A run-in heading — a paragraph that opens with `（一）` or `1.` and a
/// short sentence, `（一）构建现代开放体系是抢抓机遇的重要要求。封闭必然落后……` — has that first sentence
/// in its heading's face (楷体, or 仿宋 bold), the way 公文 sets a run-in heading; the rest is body.
fn runs(kind: BlockKind, text: &str) -> Vec<(RunProps, &str)> {
    let level = match kind {
        BlockKind::Paragraph => crate::text::heading_level(text).filter(|l| (2..=3).contains(l)),
        BlockKind::Heading => None,
    };
    let split = text.find('。').map(|i| i + '。'.len_utf8()).filter(|&end| end < text.len());
    match (level, split) {
        (Some(level), Some(end)) if text[..end].chars().count() <= 40 => {
            let face = if level == 2 { fonts::HEADING2 } else { fonts::HEADING3 };
            let head = RunProps { fonts: Some(Fonts::pair(face)), bold: level == 3, ..RunProps::default() };
            vec![(head, &text[..end]), (RunProps::default(), &text[end..])]
        }
        _ => vec![(RunProps::default(), text)],
    }
}

/// `同志们：`, `各位领导、同志们：`: a short line before the first heading that addresses the
/// audience and ends in a colon, set flush left (称呼顶格). `下面，我讲三点意见：` is not one.
fn is_salutation(text: &str) -> bool {
    const ADDRESS: [&str; 6] = ["同志们", "各位", "朋友们", "来宾", "女士们", "代表们"];
    text.ends_with('：')
        && text.chars().count() <= 20
        && !text.contains(['。', '，'])
        && ADDRESS.iter().any(|a| text.contains(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn salutations_are_lines_that_address_the_audience() {
        for s in ["同志们：", "各位领导、同志们：", "同志们、朋友们："] {
            assert!(is_salutation(s), "{s}");
        }
        for s in ["下面，我讲三点意见：", "主要任务是：", "同志们，让我们奋力开创对外开放工作新局面！"]
        {
            assert!(!is_salutation(s), "{s}");
        }
    }
}

//! `word/styles.xml`: the document defaults and the named paragraph styles of a 公文.
//!
//! Formatting lives in named styles (`GwBody`, `GwHeading1` …), not on each run, so a writer who
//! changes the body font in Word changes it everywhere at once.

use super::properties::{Align, Fonts, Indent, LineSpacing, ParaProps, RunProps};
use super::xml::Xml;
use super::{NS_W, fonts, layout, styles};

/// One `w:style` of type paragraph.
struct Style {
    id: &'static str,
    name: &'static str,
    /// The style a paragraph after this one takes when the writer presses Enter in Word.
    next: Option<&'static str>,
    para: ParaProps,
    run: RunProps,
}

/// Fixed line spacing of one grid line (28.95 pt), no space before or after.
pub const EXACT_LINE: LineSpacing = LineSpacing::Exact { line: layout::LINE_PITCH, after: 0 };

fn body(id: &'static str, name: &'static str, face: &'static str) -> Style {
    Style {
        id,
        name,
        next: Some(styles::BODY),
        para: ParaProps {
            // LibreOffice hangs a punctuation mark that falls 29th on a line into the margin and
            // then does not draw it (nor put it in the PDF's text). Its importer reads this element
            // inverted — `overflowPunct="1"` turns its hanging punctuation *off* (writerfilter,
            // `LN_CT_PPrBase_overflowPunct` → `ParaIsHangingPunctuation = (val == 0)`) — so the
            // mark and the character before it move to the next line. For Word "1" is its own
            // default (标点溢出边界), drawn in the margin as Chinese typesetting does.
            overflow_punct: true,
            spacing: Some(EXACT_LINE),
            indent: Some(Indent { first_line_chars: 2, ..Indent::default() }),
            align: Some(Align::Both),
            ..ParaProps::default()
        },
        run: RunProps {
            fonts: Some(Fonts::pair(face)),
            spacing: Some(layout::CHAR_CONDENSE),
            size: Some(layout::SIZE_BODY),
            ..RunProps::default()
        },
    }
}

fn heading(id: &'static str, name: &'static str, face: &'static str, level: u8) -> Style {
    let mut s = body(id, name, face);
    // A heading never ends a page: it stays with the paragraph after it (与下段同页). Outline
    // levels make it show in Word's navigation pane.
    s.para.keep_next = true;
    s.para.outline_level = Some(level);
    s
}

fn centred(id: &'static str, name: &'static str, face: &'static str, size: u32) -> Style {
    Style {
        id,
        name,
        next: Some(styles::BODY),
        para: ParaProps { spacing: Some(EXACT_LINE), align: Some(Align::Center), ..ParaProps::default() },
        run: RunProps { fonts: Some(Fonts::pair(face)), size: Some(size), ..RunProps::default() },
    }
}

fn all() -> Vec<Style> {
    let mut title = centred(styles::TITLE, "公文标题", fonts::TITLE, layout::SIZE_TITLE);
    // Off the line grid: a 22 pt line snapped to the 28.95 pt grid would take two grid lines.
    title.para.snap_to_grid = Some(false);
    title.para.outline_level = Some(0);
    title.next = Some(styles::DATE_LINE);
    let mut salutation = body(styles::SALUTATION, "称呼", fonts::BODY);
    // 称呼（同志们：）顶格.
    salutation.para.indent = Some(Indent::default());
    let mut heading3 = heading(styles::HEADING[2], "三级标题", fonts::HEADING3, 3);
    heading3.run.bold = true;
    vec![
        title,
        centred(styles::DATE_LINE, "讲话日期", fonts::DATE_LINE, layout::SIZE_BODY),
        salutation,
        body(styles::BODY, "公文正文", fonts::BODY),
        // Headings keep the body's size and indent; only the face (and bold for level 3) changes.
        heading(styles::HEADING[0], "一级标题", fonts::HEADING1, 1),
        heading(styles::HEADING[1], "二级标题", fonts::HEADING2, 2),
        heading3,
        Style {
            id: styles::FOOTER,
            name: "公文页码",
            next: None,
            // Single spacing: the body's fixed 28.95 pt would push the number up from the edge.
            para: ParaProps { spacing: Some(LineSpacing::Single), ..ParaProps::default() },
            run: RunProps {
                // 4号半角宋体阿拉伯数字, the digits too.
                fonts: Some(Fonts { east_asia: fonts::PAGE_NUMBER, latin: fonts::PAGE_NUMBER }),
                size: Some(layout::SIZE_PAGE_NUMBER),
                ..RunProps::default()
            },
        },
    ]
}

/// The whole `word/styles.xml`.
pub fn styles_xml() -> String {
    let mut x = Xml::new();
    x.open("w:styles", &[("xmlns:w", NS_W)]);
    // CT_DocDefaults: rPrDefault, pPrDefault. What any paragraph without a style gets.
    x.open("w:docDefaults", &[]).open("w:rPrDefault", &[]);
    RunProps {
        fonts: Some(Fonts::pair(fonts::BODY)),
        size: Some(layout::SIZE_BODY),
        chinese: true,
        ..RunProps::default()
    }
    .write(&mut x);
    x.close().open("w:pPrDefault", &[]);
    ParaProps { spacing: Some(EXACT_LINE), ..ParaProps::default() }.write(&mut x);
    x.close().close();

    // Normal carries the body size itself: LibreOffice sizes its document grid from the size of
    // the Normal style, not from the defaults.
    x.open("w:style", &[("w:type", "paragraph"), ("w:default", "1"), ("w:styleId", "Normal")]);
    x.empty("w:name", &[("w:val", "Normal")]).empty("w:qFormat", &[]);
    RunProps { size: Some(layout::SIZE_BODY), ..RunProps::default() }.write(&mut x);
    x.close();

    for s in all() {
        // CT_Style: name, aliases, basedOn, next, link …, qFormat …, pPr, rPr.
        x.open("w:style", &[("w:type", "paragraph"), ("w:customStyle", "1"), ("w:styleId", s.id)]);
        x.empty("w:name", &[("w:val", s.name)]).empty("w:basedOn", &[("w:val", "Normal")]);
        if let Some(next) = s.next {
            x.empty("w:next", &[("w:val", next)]);
        }
        x.empty("w:qFormat", &[]);
        s.para.write(&mut x);
        s.run.write(&mut x);
        x.close();
    }
    x.close();
    x.finish()
}

//! A `Draft` as a Word document in 公文 format (GB/T 9704-2012), ready to hand to the leader.
//!
//! Built with docx-rs: page size and margins, the document grid, paragraph styles (fonts with their
//! `w:eastAsia` names, sizes, fixed line spacing, indents), the odd/even page-number footers and
//! `w:evenAndOddHeaders` are all expressible there. Three things are not, and `patch` adds them to
//! the packed file: the font table (docx-rs always writes only Times New Roman, Symbol and Arial, so
//! Word could not fall back from 仿宋_GB2312 to 仿宋 on a machine without the GB2312 fonts), the
//! character-unit first-line indent `w:firstLineChars` (docx-rs reads it but never writes it), and the
//! document language `w:lang w:eastAsia="zh-CN"` (no setter at all).
//!
//! Formatting lives in named styles (`GwBody`, `GwHeading1` …), not on each run, so a writer who
//! changes the body font in Word changes it everywhere at once.

mod layout;
mod patch;
mod title;

use docx_rs::{
    AlignmentType, BreakType, DocGrid, DocGridType, Docx, FieldCharType, Footer, InstrPAGE, InstrText,
    LineSpacing, LineSpacingType, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Style, StyleType,
};

use crate::error::{Error, Result};
use crate::model::{BlockKind, Draft};

pub use layout::LINE_PITCH;

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

/// The .docx bytes of `draft`.
pub fn to_docx(draft: &Draft) -> Result<Vec<u8>> {
    let mut docx = Docx::new()
        .page_size(layout::PAGE_WIDTH, layout::PAGE_HEIGHT)
        .page_margin(
            PageMargin::new()
                .top(layout::MARGIN_TOP as i32)
                .bottom(layout::MARGIN_BOTTOM as i32)
                .left(layout::MARGIN_LEFT as i32)
                .right(layout::MARGIN_RIGHT as i32)
                .header(layout::HEADER_DISTANCE as i32)
                .footer(layout::FOOTER_DISTANCE as i32)
                .gutter(0),
        )
        // Document defaults: what any paragraph without a style (and Word's own "Normal") gets.
        .default_fonts(font_pair(fonts::BODY))
        .default_size(layout::SIZE_BODY)
        .default_line_spacing(exact_lines());
    // 22 lines a page: the line grid of Word's 文档网格 dialog ("只指定行网格", 28.95 pt). The 28
    // characters a line come from condensed character spacing in the styles (see
    // `layout::CHAR_CONDENSE` for why not the character grid).
    docx.document = docx
        .document
        .doc_grid(DocGrid::new().grid_type(DocGridType::Lines).line_pitch(layout::LINE_PITCH as usize));
    for style in paragraph_styles() {
        docx = docx.add_style(style);
    }
    // Odd pages (the default footer) right, even pages left; `even_footer` also sets
    // `w:evenAndOddHeaders` in settings.xml, without which Word uses the default footer everywhere.
    docx = docx
        .footer(page_number_footer(AlignmentType::Right))
        .even_footer(page_number_footer(AlignmentType::Left));

    // The title, then the date line; one blank line (as spacing, not an empty paragraph) before
    // the body.
    let mut title = Paragraph::new().style(styles::TITLE);
    for (i, line) in title::lines(&draft.title).iter().enumerate() {
        let run = if i == 0 { Run::new() } else { Run::new().add_break(BreakType::TextWrapping) };
        title = title.add_run(run.add_text(line));
    }
    match &draft.subtitle {
        Some(sub) => {
            docx = docx.add_paragraph(title).add_paragraph(
                Paragraph::new()
                    .style(styles::DATE_LINE)
                    .line_spacing(exact_lines().after(layout::LINE_PITCH))
                    .add_run(Run::new().add_text(sub)),
            );
        }
        None => docx = docx.add_paragraph(title.line_spacing(exact_lines().after(layout::LINE_PITCH))),
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
        docx = docx.add_paragraph(runs(Paragraph::new().style(style), block.kind, text));
    }

    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).map_err(|e| Error::usage(format!("生成 Word 文件失败：{e}")))?;
    patch::patch(&bytes.into_inner())
}

/// The runs of a paragraph. A run-in heading — a paragraph that opens with `（一）` or `1.` and a
/// short sentence, `（一）构建现代开放体系是抢抓机遇的重要要求。封闭必然落后……` — has that first sentence
/// in its heading's face (楷体, or 仿宋 bold), the way 公文 sets a run-in heading; the rest is body.
fn runs(paragraph: Paragraph, kind: BlockKind, text: &str) -> Paragraph {
    let level = match kind {
        BlockKind::Paragraph => crate::check::numbering::heading_level(text).filter(|l| (2..=3).contains(l)),
        BlockKind::Heading => None,
    };
    let split = text.find('。').map(|i| i + '。'.len_utf8()).filter(|&end| end < text.len());
    match (level, split) {
        (Some(level), Some(end)) if text[..end].chars().count() <= 40 => {
            let face = if level == 2 { fonts::HEADING2 } else { fonts::HEADING3 };
            let mut head = Run::new().add_text(&text[..end]).fonts(font_pair(face));
            if level == 3 {
                head = head.bold();
            }
            paragraph.add_run(head).add_run(Run::new().add_text(&text[end..]))
        }
        _ => paragraph.add_run(Run::new().add_text(text)),
    }
}

/// East Asian font `east_asia`, Latin letters and digits in Times New Roman. `hint="eastAsia"` makes
/// Word set the characters both scripts share (“” ‘’ — …) in the Chinese font, as a Chinese
/// reader expects full-width quotes.
fn font_pair(east_asia: &str) -> RunFonts {
    RunFonts::new()
        .east_asia(east_asia)
        .ascii(fonts::LATIN)
        .hi_ansi(fonts::LATIN)
        .cs(fonts::LATIN)
        .hint("eastAsia")
}

/// Fixed line spacing of one grid line (28.95 pt), no space before or after.
fn exact_lines() -> LineSpacing {
    LineSpacing::new().line_rule(LineSpacingType::Exact).line(layout::LINE_PITCH as i32).before(0).after(0)
}

/// First-line indent of two body characters (32 pt = 640 twips; `patch` adds `firstLineChars="200"`).
fn two_char_indent() -> (Option<i32>, Option<SpecialIndentType>, Option<i32>, Option<i32>) {
    (Some(0), Some(SpecialIndentType::FirstLine(2 * layout::BODY_CHAR as i32)), None, None)
}

fn paragraph_styles() -> Vec<Style> {
    let body = |id: &str, name: &str, font: &str| {
        let (start, special, end, start_chars) = two_char_indent();
        let mut style = Style::new(id, StyleType::Paragraph)
            .name(name)
            .fonts(font_pair(font))
            .size(layout::SIZE_BODY)
            .line_spacing(exact_lines())
            .align(AlignmentType::Both)
            .indent(start, special, end, start_chars);
        // Style has no setter for character spacing; its run properties do.
        style.run_property = style.run_property.character_spacing(layout::CHAR_CONDENSE);
        style
    };
    let centred = |id: &str, name: &str, font: &str, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .fonts(font_pair(font))
            .size(size)
            .line_spacing(exact_lines())
            .align(AlignmentType::Center)
    };
    vec![
        // Off the line grid: a 22 pt line snapped to the 28.95 pt grid would take two grid lines.
        centred(styles::TITLE, "公文标题", fonts::TITLE, layout::SIZE_TITLE)
            .outline_lvl(0)
            .snap_to_grid(false),
        centred(styles::DATE_LINE, "讲话日期", fonts::DATE_LINE, layout::SIZE_BODY),
        // 称呼（同志们：）顶格.
        body(styles::SALUTATION, "称呼", fonts::BODY).indent(Some(0), None, None, None),
        body(styles::BODY, "公文正文", fonts::BODY),
        // Headings keep the body's size and indent; only the face (and bold for level 3) changes.
        // Outline levels make them show in Word's navigation pane.
        keep_with_next(body(styles::HEADING[0], "一级标题", fonts::HEADING1).outline_lvl(1)),
        keep_with_next(body(styles::HEADING[1], "二级标题", fonts::HEADING2).outline_lvl(2)),
        keep_with_next(body(styles::HEADING[2], "三级标题", fonts::HEADING3).bold().outline_lvl(3)),
        Style::new(styles::FOOTER, StyleType::Paragraph)
            .name("公文页码")
            .fonts(
                RunFonts::new()
                    .east_asia(fonts::PAGE_NUMBER)
                    .ascii(fonts::PAGE_NUMBER)
                    .hi_ansi(fonts::PAGE_NUMBER)
                    .hint("eastAsia"),
            )
            .size(layout::SIZE_PAGE_NUMBER)
            // Single spacing: the body's fixed 28.95 pt would push the number up from the edge.
            .line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240).before(0).after(0)),
    ]
}

/// A heading never ends a page: it stays with the paragraph after it (与下段同页).
fn keep_with_next(mut style: Style) -> Style {
    style.paragraph_property = style.paragraph_property.keep_next(true);
    style
}

/// `— 1 —` (一字线, page number, 一字线), odd pages flush right and even pages flush left, each one
/// 4号 character in from the edge of the 版心.
fn page_number_footer(align: AlignmentType) -> Footer {
    let inset = layout::PAGE_NUMBER_CHAR as i32;
    let (left, right) = if matches!(align, AlignmentType::Left) { (inset, 0) } else { (0, inset) };
    let page = Run::new()
        .add_field_char(FieldCharType::Begin, false)
        .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
        .add_field_char(FieldCharType::Separate, false)
        .add_text("1")
        .add_field_char(FieldCharType::End, false);
    Footer::new().add_paragraph(
        Paragraph::new()
            .style(styles::FOOTER)
            .align(align)
            .indent(Some(left), None, Some(right), None)
            .add_run(Run::new().add_text("— "))
            .add_run(page)
            .add_run(Run::new().add_text(" —")),
    )
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

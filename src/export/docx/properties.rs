//! Run and paragraph properties (`w:rPr`, `w:pPr`), each written in the element order of its
//! schema type. Word reads these sequences strictly: an `w:rFonts` after `w:sz` may be ignored, and
//! with it every GB/T 9704 face, even though LibreOffice is lenient and renders it.

use super::xml::Xml;
use super::{fonts, layout};

/// `w:rFonts`: the East Asian face, Latin letters and digits in Times New Roman.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fonts {
    pub east_asia: &'static str,
    pub latin: &'static str,
}

impl Fonts {
    /// `east_asia` for Chinese, Times New Roman for Latin letters and digits.
    pub const fn pair(east_asia: &'static str) -> Fonts {
        Fonts { east_asia, latin: fonts::LATIN }
    }
}

/// The run properties this exporter uses, in `CT_RPr` order: rStyle, **rFonts**, **b**, bCs, i …,
/// **spacing**, w, kern, position, **sz**, **szCs**, highlight, u … **lang**.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunProps {
    pub fonts: Option<Fonts>,
    pub bold: bool,
    /// Character spacing in twips (negative: condensed).
    pub spacing: Option<i32>,
    /// Size in half-points.
    pub size: Option<u32>,
    /// Declares Chinese text: `w:lang w:eastAsia="zh-CN"`.
    pub chinese: bool,
}

impl RunProps {
    pub fn is_empty(&self) -> bool {
        *self == RunProps::default()
    }

    /// `<w:rPr>…</w:rPr>`, or nothing when there are no properties.
    pub fn write(&self, x: &mut Xml) {
        if self.is_empty() {
            return;
        }
        x.open("w:rPr", &[]);
        if let Some(f) = self.fonts {
            // `hint="eastAsia"`: characters both scripts share (“” ‘’ — …) are set in the Chinese
            // face, full width, as a Chinese reader expects.
            x.empty(
                "w:rFonts",
                &[
                    ("w:ascii", f.latin),
                    ("w:hAnsi", f.latin),
                    ("w:eastAsia", f.east_asia),
                    ("w:cs", f.latin),
                    ("w:hint", "eastAsia"),
                ],
            );
        }
        if self.bold {
            x.empty("w:b", &[]).empty("w:bCs", &[]);
        }
        if let Some(s) = self.spacing {
            x.empty("w:spacing", &[("w:val", &s.to_string())]);
        }
        if let Some(size) = self.size {
            let v = size.to_string();
            x.empty("w:sz", &[("w:val", &v)]).empty("w:szCs", &[("w:val", &v)]);
        }
        if self.chinese {
            x.empty("w:lang", &[("w:val", "en-US"), ("w:eastAsia", "zh-CN"), ("w:bidi", "ar-SA")]);
        }
        x.close();
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    /// 两端对齐.
    Both,
}

impl Align {
    fn val(self) -> &'static str {
        match self {
            Align::Left => "left",
            Align::Center => "center",
            Align::Right => "right",
            Align::Both => "both",
        }
    }
}

/// `w:spacing` of a paragraph: fixed line height (固定值) and space after, in twips.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineSpacing {
    /// 固定值 `line` twips.
    Exact { line: u32, after: u32 },
    /// 单倍行距.
    Single,
}

/// `w:ind`, in twips.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Indent {
    pub left: u32,
    pub right: u32,
    /// First-line indent in body characters (`w:firstLineChars`, with `w:firstLine` in twips for
    /// readers that ignore character units).
    pub first_line_chars: u32,
}

/// The paragraph properties this exporter uses, in `CT_PPr` order: **pStyle**, **keepNext**,
/// keepLines … kinsoku, wordWrap, **overflowPunct**, topLinePunct … **snapToGrid**, **spacing**,
/// **ind**, contextualSpacing, mirrorIndents, suppressOverlap, **jc**, textDirection,
/// textAlignment, textboxTightWrap, **outlineLvl**, divId, cnfStyle, rPr, sectPr.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ParaProps {
    pub style: Option<&'static str>,
    pub keep_next: bool,
    /// Written as `w:overflowPunct w:val="1"` when set; see `styles::body`.
    pub overflow_punct: bool,
    /// `Some(false)`: off the document grid.
    pub snap_to_grid: Option<bool>,
    pub spacing: Option<LineSpacing>,
    pub indent: Option<Indent>,
    pub align: Option<Align>,
    /// Outline level 0–8 (Word's navigation pane).
    pub outline_level: Option<u8>,
}

impl ParaProps {
    pub fn is_empty(&self) -> bool {
        *self == ParaProps::default()
    }

    pub fn write(&self, x: &mut Xml) {
        if self.is_empty() {
            return;
        }
        x.open("w:pPr", &[]);
        if let Some(style) = self.style {
            x.empty("w:pStyle", &[("w:val", style)]);
        }
        if self.keep_next {
            x.empty("w:keepNext", &[]);
        }
        if self.overflow_punct {
            x.empty("w:overflowPunct", &[("w:val", "1")]);
        }
        if let Some(snap) = self.snap_to_grid {
            x.empty("w:snapToGrid", &[("w:val", if snap { "1" } else { "0" })]);
        }
        match self.spacing {
            Some(LineSpacing::Exact { line, after }) => {
                let (line, after) = (line.to_string(), after.to_string());
                x.empty(
                    "w:spacing",
                    &[("w:before", "0"), ("w:after", &after), ("w:line", &line), ("w:lineRule", "exact")],
                );
            }
            Some(LineSpacing::Single) => {
                x.empty(
                    "w:spacing",
                    &[("w:before", "0"), ("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")],
                );
            }
            None => {}
        }
        if let Some(ind) = self.indent {
            let (left, right) = (ind.left.to_string(), ind.right.to_string());
            let mut attrs = vec![("w:left", left.as_str()), ("w:right", right.as_str())];
            let (first, chars);
            if ind.first_line_chars > 0 {
                first = (ind.first_line_chars * layout::BODY_CHAR).to_string();
                chars = (ind.first_line_chars * 100).to_string();
                attrs.push(("w:firstLine", &first));
                attrs.push(("w:firstLineChars", &chars));
            }
            x.empty("w:ind", &attrs);
        }
        if let Some(align) = self.align {
            x.empty("w:jc", &[("w:val", align.val())]);
        }
        if let Some(level) = self.outline_level {
            x.empty("w:outlineLvl", &[("w:val", &level.to_string())]);
        }
        x.close();
    }
}

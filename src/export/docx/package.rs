//! The parts around the document: content types, relationships, document properties, settings,
//! the font table and the two page-number footers. Only parts something references are written.

use super::properties::{Align, Indent, ParaProps};
use super::xml::Xml;
use super::{NS_R, NS_W, fonts, layout, styles};

/// Every part of the package: its name, content type, and the relationship type by which
/// `word/document.xml` (or, for the package-level parts, `_rels/.rels`) refers to it.
pub struct Part {
    pub name: &'static str,
    pub content_type: &'static str,
    pub relationship: &'static str,
    /// The id `document.xml` uses for it (`r:id`), for parts the document refers to by id.
    pub id: &'static str,
}

/// Parts `_rels/.rels` points to.
pub const PACKAGE_PARTS: [Part; 3] = [
    Part {
        name: "word/document.xml",
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        id: "rId1",
    },
    Part {
        name: "docProps/core.xml",
        content_type: "application/vnd.openxmlformats-package.core-properties+xml",
        relationship: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        id: "rId2",
    },
    Part {
        name: "docProps/app.xml",
        content_type: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
        id: "rId3",
    },
];

/// Parts `word/_rels/document.xml.rels` points to.
pub const DOCUMENT_PARTS: [Part; 5] = [
    Part {
        name: "word/styles.xml",
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
        id: "rId1",
    },
    Part {
        name: "word/settings.xml",
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings",
        id: "rId2",
    },
    Part {
        name: "word/fontTable.xml",
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable",
        id: "rId3",
    },
    Part {
        name: "word/footer1.xml",
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
        id: ODD_FOOTER,
    },
    Part {
        name: "word/footer2.xml",
        content_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
        relationship: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer",
        id: EVEN_FOOTER,
    },
];

/// Relationship ids of the footers, as `w:footerReference` names them.
pub const ODD_FOOTER: &str = "rIdFooterOdd";
pub const EVEN_FOOTER: &str = "rIdFooterEven";

pub fn content_types_xml() -> String {
    let mut x = Xml::new();
    x.open("Types", &[("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]);
    x.empty(
        "Default",
        &[("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")],
    );
    x.empty("Default", &[("Extension", "xml"), ("ContentType", "application/xml")]);
    for p in PACKAGE_PARTS.iter().chain(&DOCUMENT_PARTS) {
        x.empty("Override", &[("PartName", &format!("/{}", p.name)), ("ContentType", p.content_type)]);
    }
    x.close();
    x.finish()
}

/// `_rels/.rels` (`base` "") or `word/_rels/document.xml.rels` (`base` "word/"): targets are
/// relative to the folder of the part the relationships belong to.
pub fn relationships_xml(parts: &[Part], base: &str) -> String {
    let mut x = Xml::new();
    x.open("Relationships", &[("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships")]);
    for p in parts {
        let target = p.name.strip_prefix(base).expect("a part under its base folder");
        x.empty("Relationship", &[("Id", p.id), ("Type", p.relationship), ("Target", target)]);
    }
    x.close();
    x.finish()
}

/// What Word shows under 文件 › 信息 › 属性.
pub struct Properties<'a> {
    pub title: &'a str,
    /// The speech's date as `YYYY-MM-DD`, when the draft states one.
    pub date: Option<String>,
}

/// The application named as the document's creator.
pub const CREATOR: &str = concat!("jianggao ", env!("CARGO_PKG_VERSION"));

pub fn core_xml(props: &Properties) -> String {
    let mut x = Xml::new();
    x.open(
        "cp:coreProperties",
        &[
            ("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:dcterms", "http://purl.org/dc/terms/"),
            ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
        ],
    );
    x.text_element("dc:title", &[], props.title);
    x.text_element("dc:creator", &[], CREATOR);
    x.text_element("cp:lastModifiedBy", &[], CREATOR);
    x.text_element("cp:revision", &[], "1");
    // The speech's date, not the moment of export: the same draft always gives the same bytes.
    if let Some(date) = &props.date {
        let stamp = format!("{date}T00:00:00Z");
        x.text_element("dcterms:created", &[("xsi:type", "dcterms:W3CDTF")], &stamp);
        x.text_element("dcterms:modified", &[("xsi:type", "dcterms:W3CDTF")], &stamp);
    }
    x.close();
    x.finish()
}

pub fn app_xml() -> String {
    let mut x = Xml::new();
    x.open(
        "Properties",
        &[("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties")],
    );
    x.text_element("Application", &[], "jianggao");
    x.close();
    x.finish()
}

/// `word/settings.xml`, in `CT_Settings` order: zoom … defaultTabStop … evenAndOddHeaders …
/// characterSpacingControl … compat.
pub fn settings_xml() -> String {
    let mut x = Xml::new();
    x.open("w:settings", &[("xmlns:w", NS_W)]);
    x.empty("w:zoom", &[("w:percent", "100")]);
    // One body character, so a tab in a writer's edit moves by a character cell.
    x.empty("w:defaultTabStop", &[("w:val", &layout::BODY_CHAR.to_string())]);
    // Without it Word uses the default (odd-page) footer on every page.
    x.empty("w:evenAndOddHeaders", &[]);
    // 不压缩标点: every character keeps its full cell, so a line holds 28 of them.
    x.empty("w:characterSpacingControl", &[("w:val", "doNotCompress")]);
    x.open("w:compat", &[]);
    x.empty(
        "w:compatSetting",
        &[
            ("w:name", "compatibilityMode"),
            ("w:uri", "http://schemas.microsoft.com/office/word"),
            ("w:val", "15"),
        ],
    );
    x.close().close();
    x.finish()
}

/// `w:font` entries: name, substitute (`w:altName`), charset, family, pitch.
///
/// Word and WPS use this table to substitute a missing font: Windows 10/11 ship 仿宋 and 楷体 but
/// not 仿宋_GB2312 and 楷体_GB2312, and few machines have 方正小标宋简体. With `w:altName` and the
/// GB2312 charset (86) declared, a missing 仿宋_GB2312 falls back to 仿宋 rather than to whatever
/// default face the machine substitutes.
const FONT_TABLE: &[(&str, Option<&str>, &str, &str, &str)] = &[
    (fonts::LATIN, None, "00", "roman", "variable"),
    (fonts::PAGE_NUMBER, Some("SimSun"), "86", "auto", "variable"),
    (fonts::BODY, Some("仿宋"), "86", "modern", "fixed"),
    (fonts::HEADING2, Some("楷体"), "86", "modern", "fixed"),
    (fonts::HEADING1, Some("SimHei"), "86", "modern", "fixed"),
    (fonts::TITLE, Some("宋体"), "86", "script", "variable"),
];

pub fn font_table_xml() -> String {
    let mut x = Xml::new();
    x.open("w:fonts", &[("xmlns:w", NS_W)]);
    for (name, alt, charset, family, pitch) in FONT_TABLE {
        // CT_Font: altName, panose1, charset, family, notTrueType, pitch …
        x.open("w:font", &[("w:name", name)]);
        if let Some(alt) = alt {
            x.empty("w:altName", &[("w:val", alt)]);
        }
        x.empty("w:charset", &[("w:val", charset)]);
        x.empty("w:family", &[("w:val", family)]);
        x.empty("w:pitch", &[("w:val", pitch)]);
        x.close();
    }
    x.close();
    x.finish()
}

/// `— 1 —` (一字线, page number, 一字线), odd pages flush right and even pages flush left, each one
/// 4号 character in from the edge of the 版心.
pub fn footer_xml(align: Align) -> String {
    let inset = layout::PAGE_NUMBER_CHAR;
    let (left, right) = if align == Align::Left { (inset, 0) } else { (0, inset) };
    let mut x = Xml::new();
    x.open("w:ftr", &[("xmlns:w", NS_W), ("xmlns:r", NS_R)]);
    x.open("w:p", &[]);
    ParaProps {
        style: Some(styles::FOOTER),
        indent: Some(Indent { left, right, first_line_chars: 0 }),
        align: Some(align),
        ..ParaProps::default()
    }
    .write(&mut x);
    let text = |x: &mut Xml, t: &str| {
        x.open("w:r", &[]).text_element("w:t", &[("xml:space", "preserve")], t).close();
    };
    text(&mut x, "— ");
    // A PAGE field, with "1" as its last computed value.
    x.open("w:r", &[]);
    x.empty("w:fldChar", &[("w:fldCharType", "begin")]);
    x.text_element("w:instrText", &[("xml:space", "preserve")], " PAGE ");
    x.empty("w:fldChar", &[("w:fldCharType", "separate")]);
    x.text_element("w:t", &[], "1");
    x.empty("w:fldChar", &[("w:fldCharType", "end")]);
    x.close();
    text(&mut x, " —");
    x.close().close();
    x.finish()
}

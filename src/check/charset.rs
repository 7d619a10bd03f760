//! `charset`: characters the Word output's fonts cannot show. `export` sets the body in 仿宋_GB2312,
//! level-2 headings and the date line in 楷体_GB2312 and the title in 方正小标宋简体 — fonts that
//! hold the GB2312 character set only. A character outside it (rare surnames and place names: 镕,
//! 堃, 喆, 玥, 昇, 赟, 珺, 燊, 旸; the 〇 of 二〇二六年) prints as a blank or in a fallback face. Level-1
//! headings are in 黑体, which holds GBK, so there only a character outside GBK is reported.
//!
//! GB2312 is decided exactly, by its code table: EUC-CN rows 0xA1–0xF7 × cells 0xA1–0xFE, as
//! assigned (rows 0xA1–0xA9 symbols, with gaps; 0xAA–0xAF empty; 0xB0–0xF7 the 6,763 汉字, of which
//! row 0xD7 stops at 0xF9): 7,445 characters. A character's cell is found through `encoding_rs`'s
//! GBK (CP936) encoder, and GBK's own additions in those rows (ⅰ–ⅹ, ɑ ḿ ń ň ǹ ɡ, vertical forms,
//! 〇 …) and its user-defined areas fall outside the assigned cells. Two cells have another
//! character under each of the two standard mappings — A1A4 is · (CP936) or ・ (GB2312.TXT), A1AA is
//! — (CP936) or ― (GB2312.TXT) — and both forms are accepted.

use super::{Doc, Finding, Line, LineKind, Rule};
use crate::export::docx::fonts;

/// The EUC-CN / GBK two-byte code of `c`, if GBK has one.
fn gbk_code(c: char) -> Option<(u8, u8)> {
    if c.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 4];
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(c.encode_utf8(&mut buf));
    match *bytes {
        [row, cell] if !unmappable => Some((row, cell)),
        _ => None,
    }
}

/// Whether GB2312 assigns the cell `row`/`cell` (EUC-CN bytes).
fn assigned(row: u8, cell: u8) -> bool {
    if !(0xA1..=0xFE).contains(&cell) {
        return false;
    }
    match row {
        0xA1 | 0xA3 => true,
        // ⒈–⒛ ⑴–⒇ ①–⑩, ㈠–㈩, Ⅰ–Ⅻ
        0xA2 => matches!(cell, 0xB1..=0xE2 | 0xE5..=0xEE | 0xF1..=0xFC),
        0xA4 => cell <= 0xF3,                              // hiragana
        0xA5 => cell <= 0xF6,                              // katakana
        0xA6 => matches!(cell, 0xA1..=0xB8 | 0xC1..=0xD8), // Greek
        0xA7 => matches!(cell, 0xA1..=0xC1 | 0xD1..=0xF1), // Cyrillic
        0xA8 => matches!(cell, 0xA1..=0xBA | 0xC5..=0xE9), // pinyin, 注音字母
        0xA9 => matches!(cell, 0xA4..=0xEF),               // box drawing
        0xB0..=0xD6 | 0xD8..=0xF7 => true,
        0xD7 => cell <= 0xF9,
        _ => false,
    }
}

/// Whether `c` is in GB2312 (ASCII aside: it is set in the Latin font).
pub fn in_gb2312(c: char) -> bool {
    matches!(c, '\u{30fb}' | '\u{2015}') || gbk_code(c).is_some_and(|(row, cell)| assigned(row, cell))
}

/// Whether `c` is in GBK proper (its user-defined areas, mapped to the Private Use Area, are not).
pub fn in_gbk(c: char) -> bool {
    in_gb2312(c) || !('\u{e000}'..='\u{f8ff}').contains(&c) && gbk_code(c).is_some()
}

/// Characters that print nothing in any font: never reported.
fn invisible(c: char) -> bool {
    c.is_ascii() || c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}')
}

/// The face `export` sets a line in, and its GBK edition; `None` for 黑体, which holds GBK.
fn face(line: &Line) -> Option<(&'static str, &'static str)> {
    match line.kind {
        LineKind::Title => Some((fonts::TITLE, "方正小标宋_GBK")),
        LineKind::Subtitle => Some((fonts::DATE_LINE, "方正楷体_GBK")),
        LineKind::Heading(1) => None,
        LineKind::Heading(2) => Some((fonts::HEADING2, "方正楷体_GBK")),
        _ => Some((fonts::BODY, "方正仿宋_GBK")),
    }
}

pub fn check(doc: &Doc) -> Vec<Finding> {
    let mut findings = Vec::new();
    for line in doc.typeset() {
        if findings.len() >= super::MAX_PER_RULE {
            break;
        }
        let face = face(line);
        for (i, c) in line.raw[line.start..].char_indices() {
            if invisible(c) || in_gb2312(c) || face.is_none() && in_gbk(c) {
                continue;
            }
            if findings.len() >= super::MAX_PER_RULE {
                break;
            }
            let code = format!("U+{:04X}", c as u32);
            let (message, suggestion) = match face {
                Some((font, gbk_font)) if in_gbk(c) => (
                    format!("“{c}”（{code}）不在 GB2312 字符集内，{font} 显示不出（打印为空白或别的字体）"),
                    if c == '〇' {
                        "日期、数字用阿拉伯数字（2026年3月15日，GB/T 9704-2012）；确需用“〇”时，在 Word \
                         里把它设为 GBK 版字体"
                            .to_string()
                    } else {
                        format!(
                            "核对这个字是否写对；人名、地名确需用它时，在 Word 里把它设为 GBK 版字体（如{gbk_font}）"
                        )
                    },
                ),
                _ => (
                    format!("“{c}”（{code}）连 GBK 字符集里也没有，公文字体都显示不出"),
                    "核对这个字；确需用它时，换用收字更全的 GB18030 字体，或改用同音通用字并加注".to_string(),
                ),
            };
            findings.push(Finding::at(Rule::Charset, line, line.start + i, message, suggestion));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gb2312_has_exactly_its_7445_characters_and_two_alternate_forms() {
        let all = (0..=0x10FFFF).filter_map(char::from_u32).filter(|&c| !c.is_ascii() && in_gb2312(c));
        // 7,445 cells; · and — are the CP936 forms of two of them, ・ and ― their GB2312.TXT forms.
        assert_eq!(all.count(), 7445 + 2);
    }

    #[test]
    fn edges_of_the_table() {
        // The register's punctuation and the first and last cells.
        for c in "，。；：？！“”（）《》、…—―·・‖∥　￥℃№①⑴㈠Ⅻ啊齄亍".chars()
        {
            assert!(in_gb2312(c), "{c} U+{:04X}", c as u32);
        }
        // Rare name characters; GBK's additions in rows A1–A9 (〇 A996, ⅰ A2A1, ń A8BD, ︱ A6F2); the
        // user-defined area; beyond GBK.
        for c in "镕堃喆玥昇赟珺燊旸〇ⅰńǹɑ︱\u{e000}€𠮷😀".chars() {
            assert!(!in_gb2312(c), "{c} U+{:04X}", c as u32);
        }
        assert!(in_gbk('镕') && in_gbk('〇') && !in_gbk('\u{e000}') && !in_gbk('𠮷'));
    }

    fn found(text: &str) -> Vec<(usize, usize, String)> {
        crate::check::placed(check(&Doc::parse(text, true)), |f| f.message)
    }

    #[test]
    fn flagged_with_line_col_and_the_font_of_the_line() {
        let f = found("# 朱镕基同志\n\n（二〇二〇年）\n\n## 一、王喆\n\n### （一）刘玥\n张堃说, 🚀 好。\n");
        let at: Vec<(usize, usize)> = f.iter().map(|x| (x.0, x.1)).collect();
        // 喆 in a 黑体 heading is shown; 〇 twice in the 楷体 date line.
        assert_eq!(at, [(1, 4), (3, 3), (3, 5), (7, 9), (8, 2), (8, 6)], "{f:?}");
        assert_eq!(
            f[0].2,
            "“镕”（U+9555）不在 GB2312 字符集内，方正小标宋简体 显示不出（打印为空白或别的字体）"
        );
        assert!(f[3].2.contains("楷体_GB2312"), "{f:?}");
        assert!(f[4].2.contains("仿宋_GB2312"), "{f:?}");
        assert!(f[5].2.contains("GBK 字符集里也没有"), "{f:?}");
        // ASCII, the register's punctuation and whitespace never.
        assert!(found("# 题\n\t同志们：“开放”（Open）《报告》、……——！？；\u{3000}\u{a0}12.3%\n").is_empty());
    }
}

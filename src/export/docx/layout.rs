//! The page geometry of GB/T 9704-2012 (党政机关公文格式), in the units Word stores.
//!
//! Word measures lengths in twips (1/20 pt, 1/1440 inch) and font sizes in half-points. The standard
//! gives millimetres and 号 (2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt); everything below is derived
//! from those figures rather than typed in, so a change to one margin keeps 22 lines a page.

/// Millimetres to twips, rounded: 1 mm = 1440 / 25.4 twips.
pub const fn mm(tenths_of_mm: u32) -> u32 {
    // Integer arithmetic in tenths of a millimetre: twips = tenths × 1440 / 254, rounded.
    (tenths_of_mm * 1440 + 127) / 254
}

/// A4: 210 × 297 mm.
pub const PAGE_WIDTH: u32 = mm(2100);
pub const PAGE_HEIGHT: u32 = mm(2970);

/// 天头 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm: the 156 × 225 mm 版心.
pub const MARGIN_TOP: u32 = mm(370);
pub const MARGIN_BOTTOM: u32 = mm(350);
pub const MARGIN_LEFT: u32 = mm(280);
pub const MARGIN_RIGHT: u32 = mm(260);

/// 版心 (text area) size.
pub const TEXT_HEIGHT: u32 = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
pub const TEXT_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

/// Lines of body text a page, and characters a line.
pub const LINES_PER_PAGE: u32 = 22;
pub const CHARS_PER_LINE: u32 = 28;

/// The fixed line spacing ("固定值") that gives exactly 22 lines a page.
///
/// The text area is 297 − 37 − 35 = 225 mm = 12756 twips (637.8 pt); 12756 / 22 = 579.8 twips.
/// We round *down* to 579 twips (28.95 pt): 22 × 579 = 12738 fits the 版心, while 580 would need
/// 12760 > 12756 and Word would push the 22nd line onto the next page. This is the "固定值 28.95 磅"
/// of the usual 公文 templates.
pub const LINE_PITCH: u32 = TEXT_HEIGHT / LINES_PER_PAGE;
const _: () =
    assert!(LINES_PER_PAGE * LINE_PITCH <= TEXT_HEIGHT && (LINES_PER_PAGE + 1) * LINE_PITCH > TEXT_HEIGHT);

/// Font sizes in half-points: 2号 22 pt (title), 3号 16 pt (body), 4号 14 pt (page number).
pub const SIZE_TITLE: u32 = 44;
pub const SIZE_BODY: u32 = 32;
pub const SIZE_PAGE_NUMBER: u32 = 28;

/// One body character (3号, 16 pt) in twips: the unit of the 2-character first-line indent.
pub const BODY_CHAR: u32 = SIZE_BODY * 10;
/// One page-number character (4号): 单页码居右空一字，双页码居左空一字.
pub const PAGE_NUMBER_CHAR: u32 = SIZE_PAGE_NUMBER * 10;

/// Character spacing (`w:spacing` in a run's properties, twips, negative = condensed) that fits
/// exactly 28 body characters in the 156 mm line.
///
/// 28 characters of 16 pt need 448 pt = 8960 twips, but the 版心 is 156 mm = 8845 twips wide: the
/// standard's "每行28个字" only works with each character cell squeezed to 8845 / 28 = 315.9 twips.
/// Word's 公文 templates do this with a character grid (`docGrid linesAndChars`, charSpace −842,
/// i.e. −842/4096 pt a cell). LibreOffice cannot: it gives every character a whole number of grid
/// cells, and a 16 pt character does not fit one 15.8 pt cell, so it takes two and a line holds 14
/// (checked by rendering; its importer computes the cell as in writerfilter's `PropertyMap.cxx`).
/// So we condense the characters themselves: 315 − 320 = −5 twips (−0.25 pt) each. 28 × 315 = 8820
/// fits; 29 × 315 = 9135 does not, so every full line holds 28 characters in Word, WPS and
/// LibreOffice. A punctuation mark that falls 29th hangs in the margin (see `style_sheet::body`).
pub const CHAR_CONDENSE: i32 = (TEXT_WIDTH / CHARS_PER_LINE) as i32 - BODY_CHAR as i32;

/// Distance from the bottom edge of the page to the bottom of the footer (the page number).
///
/// GB/T 9704 puts the page number's 一字线 7 mm below the 版心, i.e. 35 − 7 = 28 mm above the page
/// edge. The dash sits at mid-height of a 14 pt (4.9 mm) line, so the line's bottom is about
/// 28 − 2.5 ≈ 25.5 mm up; Word measures the footer distance to that bottom, so 25 mm.
pub const FOOTER_DISTANCE: u32 = mm(250);
/// Header distance (no header is used; Word's default 15 mm).
pub const HEADER_DISTANCE: u32 = mm(150);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a4_and_the_margins_in_twips() {
        assert_eq!((PAGE_WIDTH, PAGE_HEIGHT), (11906, 16838));
        assert_eq!((MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT), (2098, 1984, 1587, 1474));
    }

    #[test]
    fn twenty_two_lines_fit_and_twenty_three_do_not() {
        assert_eq!(LINE_PITCH, 579);
        assert_eq!(TEXT_HEIGHT / LINE_PITCH, LINES_PER_PAGE);
    }

    #[test]
    fn twenty_eight_characters_fit_a_line_and_twenty_nine_do_not() {
        assert_eq!(CHAR_CONDENSE, -5);
        let cell = BODY_CHAR as i32 + CHAR_CONDENSE;
        assert!(cell * 28 <= TEXT_WIDTH as i32);
        assert!(cell * 29 > TEXT_WIDTH as i32);
    }
}

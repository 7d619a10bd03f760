//! What a prompt drew on the screen, so that it can be cleared by the rows it really took: every
//! line is measured by display width (`line::layout`), wrapped rows included.

use std::io;

use console::Term;

use super::line::layout;

/// What is on the screen from the last draw: rows used, and the row the cursor was left on.
///
/// It also keeps the width of each line drawn and where the cursor was among them, at the width
/// the terminal had then. When the writer resizes the window, terminals that reflow (tmux, most
/// desktop terminals) rewrap what is on the screen: the rows to clear are then counted again at the
/// new width, so no stale copy of the prompt stays behind.
pub struct Canvas<'t> {
    term: &'t Term,
    pub rows: usize,
    pub cursor_row: usize,
    drawn: Drawn,
}

/// The lines of the last draw, by display width, and the cursor as (line, column in it).
#[derive(Default)]
struct Drawn {
    cols: usize,
    widths: Vec<usize>,
    cursor: (usize, usize),
}

/// Rows a line `width` columns wide takes at `cols`.
fn rows_at(width: usize, cols: usize) -> usize {
    width.max(1).div_ceil(cols.max(1))
}

/// Rows taken, and the cursor's row, when lines of `widths` are rewrapped at `cols`.
fn reflowed(widths: &[usize], (line, col): (usize, usize), cols: usize) -> (usize, usize) {
    let above: usize = widths.iter().take(line).map(|&w| rows_at(w, cols)).sum();
    (widths.iter().map(|&w| rows_at(w, cols)).sum(), above + col / cols.max(1))
}

impl<'t> Canvas<'t> {
    pub fn new(term: &'t Term) -> Canvas<'t> {
        Canvas { term, rows: 0, cursor_row: 0, drawn: Drawn::default() }
    }

    /// Records what a draw put on the screen (for a caller that writes its own lines): the plain
    /// text of each line, and the cursor as (line, display column in it).
    pub fn record(&mut self, lines: &[&str], cursor: (usize, usize)) {
        let widths = lines.iter().map(|l| unicode_width::UnicodeWidthStr::width(*l)).collect();
        self.drawn = Drawn { cols: self.cols(), widths, cursor };
    }

    /// The row of the cursor counted again when the terminal's width changed since the draw.
    fn settle(&mut self) {
        let now = self.cols();
        let d = &self.drawn;
        if d.cols == 0 || d.cols == now || d.widths.is_empty() {
            return;
        }
        (self.rows, self.cursor_row) = reflowed(&d.widths, d.cursor, now);
        self.drawn.cols = now;
    }

    pub fn cols(&self) -> usize {
        match self.term.size().1 as usize {
            0 => 80,
            n => n,
        }
    }

    /// Screen rows `line` takes at the terminal's width (a wide character never straddles).
    pub fn rows_of(&self, line: &str) -> usize {
        line_rows(self.cols(), line)
    }

    /// Clears what was drawn, from its first row down.
    pub fn clear(&mut self) -> io::Result<()> {
        self.settle();
        let mut out = String::from("\r");
        if self.cursor_row > 0 {
            out.push_str(&format!("\x1b[{}A", self.cursor_row));
        }
        out.push_str("\x1b[J");
        self.term.write_str(&out)?;
        self.rows = 0;
        self.cursor_row = 0;
        Ok(())
    }

    /// Draws `lines` and leaves the cursor at the end of the first one (where an input method
    /// would compose).
    pub fn draw(&mut self, lines: &[String]) -> io::Result<()> {
        self.clear()?;
        // The width is asked once: asked again for the rows, a resize in between made the first
        // line's rows disagree with its cursor row, and `rows - 1 - head_row` underflowed (a panic
        // seen under load in the fill pty test).
        let cols = self.cols();
        let head_cells = layout(cols, console::strip_ansi_codes(&lines[0]).chars());
        let (head_row, head_col) = head_cells.last().copied().unwrap_or((0, 0));
        let mut out = lines.join("\r\n");
        let rows: usize = lines.iter().map(|l| line_rows(cols, l)).sum();
        out.push('\r');
        let up = rows - 1 - head_row;
        if up > 0 {
            out.push_str(&format!("\x1b[{up}A"));
        }
        if head_col > 0 && head_col < cols {
            out.push_str(&format!("\x1b[{head_col}C"));
        }
        self.term.write_str(&out)?;
        self.term.flush()?;
        self.rows = rows;
        self.cursor_row = head_row;
        let plain: Vec<String> = lines.iter().map(|l| console::strip_ansi_codes(l).into_owned()).collect();
        let refs: Vec<&str> = plain.iter().map(String::as_str).collect();
        let head_width = unicode_width::UnicodeWidthStr::width(refs[0]);
        self.record(&refs, (0, head_width));
        Ok(())
    }

    /// Replaces what was drawn by the finished line.
    pub fn finish(&mut self, line: &str) -> io::Result<()> {
        self.clear()?;
        self.term.write_line(line)
    }

    /// Leaves what was drawn on the screen and moves below it (after Ctrl-C).
    pub fn leave(&mut self) -> io::Result<()> {
        self.settle();
        let down = self.rows.saturating_sub(1 + self.cursor_row);
        let mut out = String::new();
        if down > 0 {
            out.push_str(&format!("\x1b[{down}B"));
        }
        out.push_str("\r\n");
        self.term.write_str(&out)?;
        self.term.flush()
    }
}

/// Screen rows `line` takes at width `cols` (a wide character never straddles).
fn line_rows(cols: usize, line: &str) -> usize {
    let plain = console::strip_ansi_codes(line);
    layout(cols, plain.chars()).last().map_or(0, |&(r, _)| r) + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrower_window_counts_the_rewrapped_rows() {
        // A 30-column prompt, a 90-column item and a hint, drawn at 100 columns: at 60 the item
        // takes two rows; at 20 the prompt two (cursor on its second) and the item five.
        assert_eq!(reflowed(&[30, 90, 40], (0, 30), 100), (3, 0));
        assert_eq!(reflowed(&[30, 90, 40], (0, 30), 60), (4, 0));
        assert_eq!(reflowed(&[30, 90, 40], (0, 30), 20), (9, 1));
        assert_eq!(reflowed(&[0], (0, 0), 20), (1, 0));
    }
}

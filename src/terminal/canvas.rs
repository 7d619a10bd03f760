//! What a prompt drew on the screen, so that it can be cleared by the rows it really took: every
//! line is measured by display width (`line::layout`), wrapped rows included.

use std::io;

use console::Term;

use super::line::layout;

/// What is on the screen from the last draw: rows used, and the row the cursor was left on.
pub struct Canvas<'t> {
    term: &'t Term,
    pub rows: usize,
    pub cursor_row: usize,
}

impl<'t> Canvas<'t> {
    pub fn new(term: &'t Term) -> Canvas<'t> {
        Canvas { term, rows: 0, cursor_row: 0 }
    }

    pub fn cols(&self) -> usize {
        match self.term.size().1 as usize {
            0 => 80,
            n => n,
        }
    }

    /// Screen rows `line` takes at the terminal's width (a wide character never straddles).
    pub fn rows_of(&self, line: &str) -> usize {
        let plain = console::strip_ansi_codes(line);
        layout(self.cols(), plain.chars()).last().map_or(0, |&(r, _)| r) + 1
    }

    /// Clears what was drawn, from its first row down.
    pub fn clear(&mut self) -> io::Result<()> {
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
        let head_cells = layout(self.cols(), console::strip_ansi_codes(&lines[0]).chars());
        let (head_row, head_col) = head_cells.last().copied().unwrap_or((0, 0));
        let mut out = lines.join("\r\n");
        let rows: usize = lines.iter().map(|l| self.rows_of(l)).sum();
        out.push('\r');
        let up = rows - 1 - head_row;
        if up > 0 {
            out.push_str(&format!("\x1b[{up}A"));
        }
        if head_col > 0 && head_col < self.cols() {
            out.push_str(&format!("\x1b[{head_col}C"));
        }
        self.term.write_str(&out)?;
        self.term.flush()?;
        self.rows = rows;
        self.cursor_row = head_row;
        Ok(())
    }

    /// Replaces what was drawn by the finished line.
    pub fn finish(&mut self, line: &str) -> io::Result<()> {
        self.clear()?;
        self.term.write_line(line)
    }

    /// Leaves what was drawn on the screen and moves below it (after Ctrl-C).
    pub fn leave(&mut self) -> io::Result<()> {
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

//! Terminal pieces every interactive command shares (`new`, `fill`): a line editor that measures
//! Chinese by display width, menus that count wrapped rows, the Chinese theme, and the guard that
//! keeps typed-ahead keys from echoing. They know nothing of briefs or drafts.

pub mod canvas;
pub mod line;
pub mod menu;
pub mod suggest;
pub mod theme;
pub mod tty;

/// Whether standard input and output are both a terminal (the interactive commands need both).
pub fn has_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

/// Turns Ctrl-C inside dialoguer-style reads into an `Interrupted` read error instead of killing
/// the process, so a session ends cleanly (cursor shown, resume hint printed). console raises
/// SIGINT when it reads Ctrl-C; with a handler installed, the read returns `Interrupted` instead.
/// Our own prompts read Ctrl-C as a key and need none of this.
pub fn catch_ctrl_c() {
    // Installing twice in one process is refused; the first handler is the same, so that is fine.
    let _ = ctrlc::set_handler(|| {});
}

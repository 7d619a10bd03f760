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
    keep_on_hangup();
}

/// Whether the terminal on standard input hung up (its window closed). A wait for a key on it may
/// then return at once with nothing to read, over and over: the caller must stop.
pub fn hung_up() -> bool {
    #[cfg(unix)]
    {
        let mut fd = libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd, no wait.
        let n = unsafe { libc::poll(&mut fd, 1, 0) };
        n > 0 && fd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
    }
    #[cfg(not(unix))]
    false
}

/// Keeps the process alive when its terminal goes (the window closed: SIGHUP), so that it stops as
/// at Ctrl-C and saves what was typed, told by the read that fails next; the default ended it and
/// `edit` lost every unsaved change, `new` the answer being typed (review 44).
pub fn keep_on_hangup() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to SIG_IGN runs no code of ours in the handler.
    unsafe {
        libc::signal(libc::SIGHUP, libc::SIG_IGN);
    }
}

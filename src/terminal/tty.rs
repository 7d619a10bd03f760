//! Keeps the terminal from echoing keys, or acting on Ctrl-C itself, for as long as a prompt is
//! being edited.
//!
//! `console` switches the terminal to raw mode for each key it reads and back to cooked mode right
//! after. Keys that arrive in between — a fast typist, an input method committing 「柳州市区」 in
//! one burst, a paste, or simply a busy machine — are then echoed by the terminal itself and a
//! `\r` moves the cursor to a new row, so the editor's picture of the screen is wrong until the
//! next prompt. Holding echo and line buffering off for the whole prompt closes that window;
//! `console`'s per-key switch then starts from, and returns to, this state.

/// Restores the terminal settings it found when dropped (also on an early return or a panic).
pub struct NoEcho {
    #[cfg(unix)]
    saved: Option<(std::fs::File, libc::termios)>,
}

impl NoEcho {
    /// Turns off echo, canonical line editing and signal keys on the controlling terminal. Anything that goes
    /// wrong (no terminal, not a Unix system) leaves the terminal as it was: the guard is an
    /// improvement, never a requirement.
    pub fn new() -> NoEcho {
        #[cfg(unix)]
        {
            NoEcho { saved: Self::switch() }
        }
        #[cfg(not(unix))]
        {
            NoEcho {}
        }
    }

    #[cfg(unix)]
    fn switch() -> Option<(std::fs::File, libc::termios)> {
        use std::os::fd::AsRawFd;
        let tty = std::fs::OpenOptions::new().read(true).write(true).open("/dev/tty").ok()?;
        let fd = tty.as_raw_fd();
        let mut termios = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: `fd` is an open descriptor for the life of `tty`; `termios` is written by
        // tcgetattr before it is read, and only read when tcgetattr reports success.
        let saved = unsafe {
            if libc::tcgetattr(fd, termios.as_mut_ptr()) != 0 {
                return None;
            }
            termios.assume_init()
        };
        let mut quiet = saved;
        // ISIG off too: a Ctrl-C that arrives between two key reads (while a prompt is drawn, or
        // the brief saved) must wait in the queue as a key like any other. With ISIG on, the
        // terminal turns it into SIGINT there and then, and throws away every key typed ahead
        // with it, so no read ever sees the Ctrl-C and the prompt waits for a key the writer has
        // already pressed. `console` reads the byte as Ctrl-C and raises SIGINT itself.
        quiet.c_lflag &= !(libc::ECHO | libc::ICANON | libc::ISIG);
        quiet.c_cc[libc::VMIN] = 1;
        quiet.c_cc[libc::VTIME] = 0;
        // SAFETY: as above; `quiet` is a valid termios copied from the terminal's own.
        if unsafe { libc::tcsetattr(fd, libc::TCSADRAIN, &quiet) } != 0 {
            return None;
        }
        Some((tty, saved))
    }
}

impl Default for NoEcho {
    fn default() -> NoEcho {
        NoEcho::new()
    }
}

impl Drop for NoEcho {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some((tty, saved)) = &self.saved {
            use std::os::fd::AsRawFd;
            // SAFETY: the descriptor is still open (owned by `tty`); `saved` came from tcgetattr.
            unsafe {
                libc::tcsetattr(tty.as_raw_fd(), libc::TCSADRAIN, saved);
            }
        }
    }
}

/// Whether a key is waiting on the terminal (standard input, which `console` reads keys from when
/// it is one), waiting up to `ms` milliseconds for one. `false` when standard input is no terminal.
#[cfg(unix)]
pub fn key_waiting(ms: i32) -> bool {
    // SAFETY: `isatty` and `poll` on a file descriptor of this process, with one `pollfd` that
    // lives across the call.
    unsafe {
        if libc::isatty(libc::STDIN_FILENO) != 1 {
            return false;
        }
        let mut fd = libc::pollfd { fd: libc::STDIN_FILENO, events: libc::POLLIN, revents: 0 };
        libc::poll(&mut fd, 1, ms) == 1 && fd.revents & libc::POLLIN != 0
    }
}

#[cfg(not(unix))]
pub fn key_waiting(_ms: i32) -> bool {
    false
}

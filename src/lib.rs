//! jianggao（讲稿）: drafts Chinese government work speeches from a YAML brief or terminal prompts.
//!
//! The pipeline, one module per stage, each with a typed input and output:
//!
//! ```text
//! Brief ──plan──▶ Plan ──render──▶ Draft ──export──▶ md / txt / json / docx
//!          ▲ (phrases chosen by section, topic and --seed)
//!      Phrasebank ◀──mine── corpus of past speeches
//!                             check: any draft ──▶ findings
//! ```
//!
//! `main.rs` only parses arguments and calls `cmd::*`.

/// `eprintln!` and `eprint!` that never panic. A message that cannot be shown (standard error a
/// closed pipe, `2>/dev/full`) is let go; the work it reports on is not: `export … 2>&1 | head -1`
/// panicked, exit 101, before the .docx was written (fuzz 26). Defined before the modules, so
/// that it is the macro every one of them sees; `main.rs` imports it. (Not in the library's own
/// tests: there std's macro is the one the test harness captures.)
#[cfg(not(test))]
#[macro_export]
macro_rules! eprintln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}
#[cfg(not(test))]
#[macro_export]
macro_rules! eprint {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stderr(), $($arg)*);
    }};
}

pub mod assets;
pub mod check;
pub mod cmd;
pub mod edit;
pub mod error;
pub mod export;
pub mod fill;
pub mod input;
pub mod literals;
pub mod marks;
pub mod mask;
pub mod mine;
pub mod model;
pub mod phrasebank;
pub mod pipeline;
pub mod plan;
pub mod render;
pub mod terminal;
pub mod text;
pub mod walk;
pub mod wizard;
pub mod yaml;

pub use error::{Error, Result};

/// Mining allocates and frees a few small strings per token (words, slots, ids) on every worker;
/// mimalloc's per-thread free lists make that about a sixth of mining's time cheaper than the
/// system allocator does. Set here, in the library, so the binary, the tests and the benches all
/// measure the same allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Asks the kernel for 4 KiB pages only, for this process. mimalloc asks for transparent huge
/// pages on the memory it reserves, and the kernel zeroes each 2 MiB page in full the first time
/// any byte of it is touched: memory that mining frees and takes again in small pieces was zeroed
/// over and over. On a 21 MB archive, `mine --jobs 1` spent 0.8–1.4 s of its 2.6–3 s in the
/// kernel zeroing pages; with small pages, 0.1 s. Called first thing by the binary (and the
/// benches, so they measure what the binary does). Elsewhere than Linux, nothing to do.
pub fn use_small_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: `prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)` only sets a flag of this process; it reads
    // and writes no memory of ours. A kernel without it returns an error, which changes nothing.
    unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            1 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
        );
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn the_process_asks_for_small_pages() {
        super::use_small_pages();
        // SAFETY: reads a flag of this process.
        let disabled = unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, 0, 0, 0, 0) };
        assert_eq!(disabled, 1, "transparent huge pages are still allowed");
    }
}

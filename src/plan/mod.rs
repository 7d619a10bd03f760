//! (stage module; see lib.rs)

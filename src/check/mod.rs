//! Checking: any draft (generated or hand-written) → findings a writer must fix before the leader
//! sees it. One file per rule.

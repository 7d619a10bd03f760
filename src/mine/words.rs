//! Word lists compiled to one searcher each.
//!
//! The miner's judgements are tables of words (`PAST_ACTIONS`, `DEPENDENT_STARTS`, the names of
//! `curation.yaml` …) checked against every sentence or clause. Checked one word at a time with
//! `str::contains`, each check builds a substring searcher and scans the text again, and the
//! checks cost more than segmenting the text. A `literals::Words` scans once, whatever the
//! number of words (see there why not a regex).

use crate::literals::Words;

/// Matches any of `words`, anywhere (`Words::is_match`), or at the start (`Words::starts`).
pub fn any_of(words: &[&str]) -> Words {
    Words::new(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_literals_found_anywhere_or_at_the_start() {
        let re = any_of(&["申建", "“一带一路”战略", "a.b"]);
        assert!(re.is_match("要积极申建综合保税区"));
        assert!(re.is_match("推进“一带一路”战略"));
        assert!(!re.is_match("axb"));
        let start = any_of(&["使", "从而"]);
        assert!(start.starts("从而实现"));
        assert!(!start.starts("要使企业"));
    }
}

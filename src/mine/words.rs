//! Word lists compiled to one searcher each.
//!
//! The miner's judgements are tables of words (`PAST_ACTIONS`, `DEPENDENT_STARTS`, the names of
//! `curation.yaml` …) checked against every sentence or clause. Checked one word at a time with
//! `str::contains`, each check builds a substring searcher and scans the text again, and the
//! checks cost more than segmenting the text. A regex of literal alternatives scans once,
//! whatever the number of words.

use regex::Regex;

/// Matches any of `words`, anywhere.
pub fn any_of(words: &[&str]) -> Regex {
    alternatives("", words)
}

/// Matches any of `words` at the start of the text only.
pub fn any_at_start(words: &[&str]) -> Regex {
    alternatives("^", words)
}

fn alternatives(anchor: &str, words: &[&str]) -> Regex {
    let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
    Regex::new(&format!("{anchor}(?:{})", escaped.join("|"))).expect("escaped literals always compile")
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
        let start = any_at_start(&["使", "从而"]);
        assert!(start.is_match("从而实现"));
        assert!(!start.is_match("要使企业"));
    }
}

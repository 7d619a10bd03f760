//! A list of literal words searched for in short texts: the miner's word tables (`PAST_ACTIONS`,
//! `DEPENDENT_STARTS`, the names of `curation.yaml` …) and the presuppositions, checked against
//! every sentence, clause and phrase of an archive.
//!
//! The texts are a sentence long, and the words a few Han characters. A regex of alternatives or
//! an Aho-Corasick automaton pays on every call for its set-up (a cache taken from a pool, a
//! prefilter that cannot tell one Han character's first byte from another's); here a text is
//! walked once, a character at a time, and a character that starts no word is passed over after
//! one look at a bitmap. Only where it starts a word are those words compared, in list order.

use rustc_hash::FxHashMap;

/// Literal words, searched in their list order.
#[derive(Debug, Clone)]
pub struct Words {
    words: Vec<String>,
    /// One bit per character that starts a word, by the low 16 bits of its code point (a filter:
    /// `by_first` decides).
    first: Box<[u64; 1024]>,
    /// The words starting with each character, as indices in list order.
    by_first: FxHashMap<char, Vec<u32>>,
    /// An empty word is in the list: it is found everywhere.
    empty: bool,
}

impl Words {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Words {
        let mut first = Box::new([0u64; 1024]);
        let mut by_first: FxHashMap<char, Vec<u32>> = FxHashMap::default();
        let mut empty = false;
        for (i, w) in words.iter().enumerate() {
            match w.as_ref().chars().next() {
                Some(c) => {
                    let bit = (c as usize) & 0xFFFF;
                    first[bit >> 6] |= 1 << (bit & 63);
                    by_first.entry(c).or_default().push(i as u32);
                }
                None => empty = true,
            }
        }
        let words = words.iter().map(|w| w.as_ref().to_string()).collect();
        Words { words, first, by_first, empty }
    }

    /// Whether some word may start with `c` (the bitmap's answer: `by_first` decides).
    #[inline(always)]
    fn may_start(&self, c: char) -> bool {
        let bit = (c as usize) & 0xFFFF;
        self.first[bit >> 6] & (1 << (bit & 63)) != 0
    }

    /// The words that start with `c`, if any, in list order.
    #[inline]
    fn starting(&self, c: char) -> Option<&[u32]> {
        if !self.may_start(c) {
            return None;
        }
        self.by_first.get(&c).map(Vec::as_slice)
    }

    /// The first word of the list found at byte `at` of `text` (a character boundary).
    #[inline]
    fn at(&self, text: &str, at: usize, c: char) -> Option<u32> {
        let rest = &text[at..];
        self.starting(c)?.iter().copied().find(|&i| rest.starts_with(self.words[i as usize].as_str()))
    }

    /// Whether any word occurs in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.empty || text.char_indices().any(|(i, c)| self.may_start(c) && self.at(text, i, c).is_some())
    }

    /// Whether `text` starts with a word.
    pub fn starts(&self, text: &str) -> bool {
        self.empty || text.chars().next().is_some_and(|c| self.at(text, 0, c).is_some())
    }

    /// The words found, left to right, without overlaps: at each place the first word of the list
    /// that is there (a regex of the words as alternatives, leftmost-first, finds the same). An
    /// empty word is never reported.
    pub fn find_iter<'w, 't>(&'w self, text: &'t str) -> impl Iterator<Item = &'t str> + 'w
    where
        't: 'w,
    {
        let mut from = 0;
        std::iter::from_fn(move || {
            let rest = text.get(from..)?;
            for (i, c) in rest.char_indices() {
                if !self.may_start(c) {
                    continue;
                }
                if let Some(w) = self.at(text, from + i, c) {
                    let start = from + i;
                    let end = start + self.words[w as usize].len();
                    from = end;
                    return Some(&text[start..end]);
                }
            }
            from = text.len() + 1;
            None
        })
    }

    /// Calls `f` with the index of every word found in `text`, overlaps included (a word found at
    /// several places is reported at each).
    pub fn each_overlapping(&self, text: &str, mut f: impl FnMut(usize)) {
        if self.empty {
            for (i, w) in self.words.iter().enumerate() {
                if w.is_empty() {
                    f(i);
                }
            }
        }
        for (at, c) in text.char_indices() {
            if !self.may_start(c) {
                continue;
            }
            if let Some(list) = self.by_first.get(&c) {
                for &i in list {
                    if text[at..].starts_with(self.words[i as usize].as_str()) {
                        f(i as usize);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random texts over a small alphabet, and word lists over it, against regex and
    /// Aho-Corasick: the same answers.
    #[test]
    fn the_same_as_a_regex_and_an_automaton() {
        let alphabet = ['开', '放', '招', '商', 'a', '，', '𠀀', '\u{1E000}'];
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        for _ in 0..2000 {
            let mut word = |len: usize| -> String {
                let len = 1 + next(len);
                (0..len).map(|_| alphabet[next(alphabet.len())]).collect()
            };
            let count = 1 + word(5).chars().count();
            let words: Vec<String> = (0..count).map(|_| word(3)).collect();
            // a text of 0 to 11 characters
            let text: String = word(12).chars().skip(1).collect();
            let w = Words::new(&words);
            let escaped: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
            let re = regex::Regex::new(&format!("(?:{})", escaped.join("|"))).unwrap();
            let start = regex::Regex::new(&format!("^(?:{})", escaped.join("|"))).unwrap();
            assert_eq!(w.is_match(&text), re.is_match(&text), "{words:?} in {text}");
            assert_eq!(w.starts(&text), start.is_match(&text), "{words:?} at the start of {text}");
            let found: Vec<&str> = w.find_iter(&text).collect();
            let by_re: Vec<&str> = re.find_iter(&text).map(|m| m.as_str()).collect();
            assert_eq!(found, by_re, "{words:?} in {text}");
            let ac = aho_corasick::AhoCorasick::new(&words).unwrap();
            let mut a: Vec<usize> = Vec::new();
            w.each_overlapping(&text, |i| a.push(i));
            let mut b: Vec<usize> = ac.find_overlapping_iter(&text).map(|m| m.pattern().as_usize()).collect();
            a.sort_unstable();
            b.sort_unstable();
            assert_eq!(a, b, "{words:?} in {text}");
        }
    }

    #[test]
    fn words_are_literals_found_anywhere_or_at_the_start() {
        let re = Words::new(&["申建", "“一带一路”战略", "a.b"]);
        assert!(re.is_match("要积极申建综合保税区"));
        assert!(re.is_match("推进“一带一路”战略"));
        assert!(!re.is_match("axb"));
        let start = Words::new(&["使", "从而"]);
        assert!(start.starts("从而实现"));
        assert!(!start.starts("要使企业"));
    }

    #[test]
    fn an_empty_list_finds_nothing() {
        let w = Words::new::<&str>(&[]);
        assert!(!w.is_match("开放"));
        assert!(!w.starts("开放"));
        assert_eq!(w.find_iter("开放").count(), 0);
    }
}

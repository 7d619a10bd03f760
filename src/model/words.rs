//! When two content words are one subject (`near`: 外贸 and 对外贸易), and the relation over a
//! vocabulary, computed once where the vocabulary is stored: `build.rs` for the embedded phrasebank,
//! a folder's index (`phrasebank::index`), or drafting for a folder read from its YAML. This file is
//! shared with `build.rs` as `groups.rs` is, so it uses nothing outside `std`.

use std::collections::HashMap;

/// One word inside the other, and not much shorter: 外贸 and 对外贸易 are one subject; 能源 and
/// 新能源汽车 are not.
pub fn near(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Lengths first (bytes: at most two more characters of up to 3 bytes each).
    !short.is_empty()
        && long.len() > short.len()
        && long.len() <= short.len() + 6
        && long.contains(short)
        && long.chars().count() <= short.chars().count() + 2
}

/// The parts of `word` one or two characters shorter that are `near` it, each once (两两 has
/// 两 twice): the only words that can be near it and shorter.
pub fn inner_parts(word: &str) -> Vec<&str> {
    let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).chain([word.len()]).collect();
    let n = bounds.len() - 1;
    let mut parts: Vec<&str> = Vec::new();
    for drop in (1..=2).filter(|&drop| drop < n) {
        for start in 0..=drop {
            let part = &word[bounds[start]..bounds[start + n - drop]];
            if near(part, word) && !parts.contains(&part) {
                parts.push(part);
            }
        }
    }
    parts
}

/// For each of `words` (a vocabulary), the words of it that contain that word and are `near` it
/// — those one or two characters longer — as `words.len() + 1` offsets into a list of word
/// numbers, each word's in ascending order.
pub fn containers(words: &[&str]) -> (Vec<u32>, Vec<u32>) {
    let at: HashMap<&str, u32> = words.iter().enumerate().map(|(j, w)| (*w, j as u32)).collect();
    // (part, word) pairs, grouped by part
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for (j, w) in words.iter().enumerate() {
        pairs.extend(inner_parts(w).into_iter().filter_map(|part| Some((*at.get(part)?, j as u32))));
    }
    pairs.sort_unstable();
    let mut offsets = vec![0u32; words.len() + 1];
    for &(part, _) in &pairs {
        offsets[part as usize + 1] += 1;
    }
    for k in 1..offsets.len() {
        offsets[k] += offsets[k - 1];
    }
    (offsets, pairs.into_iter().map(|(_, j)| j).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_words_are_one_inside_the_other_and_close_in_length() {
        assert!(near("外贸", "对外贸易") && near("对外贸易", "外贸"));
        assert!(!near("能源", "新能源汽车") && !near("外贸", "外贸") && !near("", "外贸"));
        assert_eq!(inner_parts("两两"), vec!["两"]);
        assert_eq!(inner_parts("综合保税区"), vec!["综合保税", "合保税区", "综合保", "合保税", "保税区"]);
        assert!(inner_parts("开").is_empty());
        let words = ["保税区", "对外贸易", "外贸", "综合保税区", "综合保税区扩区"];
        let (offsets, list) = containers(&words);
        let of = |k: usize| list[offsets[k] as usize..offsets[k + 1] as usize].to_vec();
        assert_eq!((of(0), of(1), of(2), of(3), of(4)), (vec![3], vec![], vec![1], vec![4], vec![]));
    }
}

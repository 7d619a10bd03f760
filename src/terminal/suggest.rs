//! Which suggestions match what the writer has typed so far.
//!
//! The wizard offers lists (the topic lexicon, common indicators, units) under a text line rather
//! than as a closed menu: typing narrows the list, and anything not on it may be typed whole. A
//! writer types a word of the item (外资 → 利用外资, 实际利用外资) or its first characters in
//! order (进总 → 进出口总额): the characters typed must appear in the item in that order.

/// Indices of the `items` matching `typed`, best first: the item itself, then items starting with
/// it, then items containing it, then items containing its characters in order; within each kind
/// the list's own order. Everything when nothing is typed.
pub fn matching<S: AsRef<str>>(items: &[S], typed: &str) -> Vec<usize> {
    let typed = typed.trim();
    if typed.is_empty() {
        return (0..items.len()).collect();
    }
    let rank = |item: &str| -> Option<u8> {
        if item == typed {
            Some(0)
        } else if item.starts_with(typed) {
            Some(1)
        } else if item.contains(typed) {
            Some(2)
        } else if in_order(item, typed) {
            Some(3)
        } else {
            None
        }
    };
    let mut ranked: Vec<(u8, usize)> =
        items.iter().enumerate().filter_map(|(i, s)| rank(s.as_ref()).map(|r| (r, i))).collect();
    ranked.sort();
    ranked.into_iter().map(|(_, i)| i).collect()
}

/// Whether every character of `typed` occurs in `item`, in order (the writer's shorthand).
fn in_order(item: &str, typed: &str) -> bool {
    let mut rest = item.chars();
    typed.chars().filter(|c| !c.is_whitespace()).all(|c| rest.any(|d| d == c))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOPICS: &[&str] =
        &["招商引资", "对外贸易", "利用外资", "开放平台", "营商环境", "一带一路与国际合作"];

    #[test]
    fn a_word_of_the_item_finds_it() {
        assert_eq!(matching(TOPICS, "外资"), [2]);
        assert_eq!(matching(TOPICS, "贸易"), [1]);
        assert_eq!(matching(TOPICS, "国际"), [5]);
    }

    #[test]
    fn characters_in_order_are_shorthand() {
        assert_eq!(matching(TOPICS, "一路合作"), [5]);
        assert_eq!(matching(&["出口总额", "进出口总额", "进口总额"], "进总"), [1, 2]);
        assert!(matching(TOPICS, "路一").is_empty());
    }

    #[test]
    fn the_item_itself_and_prefixes_come_first() {
        let items = ["进出口总额", "出口总额", "出口"];
        assert_eq!(matching(&items, "出口"), [2, 1, 0]);
    }

    #[test]
    fn nothing_typed_offers_everything_and_no_match_offers_nothing() {
        assert_eq!(matching(TOPICS, "  "), [0, 1, 2, 3, 4, 5]);
        assert!(matching(TOPICS, "人工智能").is_empty());
    }
}

//! Turning one sentence into a phrase text: masks and figures become slots, the speech's own level
//! becomes `{{level}}`, and jieba's part-of-speech tags find the names (places, people,
//! organisations, projects) that make a phrase specific to its source.
//!
//! Slots are found before segmentation and stand in the text as private-use characters, which
//! jieba leaves as tokens of their own; they are rendered as `{{kind}}`, `{{kind2}}` … at the end.

use std::borrow::Cow;

use rustc_hash::{FxHashMap, FxHashSet};

use jieba_rs::Jieba;

/// The slot kinds of the vocabulary the drafting engine fills (see the phrasebank README).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    Locality,
    Year,
    Number,
    Percent,
    Month,
    Date,
    Place,
    Name,
    Org,
}

impl Slot {
    const ALL: [Slot; 9] = [
        Slot::Locality,
        Slot::Year,
        Slot::Number,
        Slot::Percent,
        Slot::Month,
        Slot::Date,
        Slot::Place,
        Slot::Name,
        Slot::Org,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Slot::Locality => "locality",
            Slot::Year => "year",
            Slot::Number => "number",
            Slot::Percent => "percent",
            Slot::Month => "month",
            Slot::Date => "date",
            Slot::Place => "place",
            Slot::Name => "name",
            Slot::Org => "org",
        }
    }

    fn mark(self) -> char {
        char::from_u32(0xE000 + Slot::ALL.iter().position(|s| *s == self).expect("listed") as u32)
            .expect("private use")
    }

    fn from_mark(c: char) -> Option<Slot> {
        let i = (c as u32).checked_sub(0xE000)? as usize;
        Slot::ALL.get(i).copied()
    }
}

/// Part-of-speech tags jieba gives proper names: places, people, organisations, other proper nouns.
/// (`nz`, "other proper noun", is left out: jieba's dictionary gives it to many common terms such
/// as 改革开放; specific ones are listed in `dict.txt` with their tag.)
const NAME_TAGS: &[&str] = &["ns", "nr", "nrt", "nrfg", "nt"];

/// Units that follow a figure: a mask followed by one of these stands for a number.
const NUMBER_UNITS: &str = "亿万千百个家多强名项批次条户元倍位座场届期台套吨列人所趟";

/// What the miner knows besides the text: jieba with the domain dictionary, the names that make a
/// phrase specific, the words jieba mistakes for names, and the topic keywords.
pub struct Lexicon {
    pub jieba: Jieba,
    pub names: FxHashSet<String>,
    /// Names matched as text (they span several jieba words): from `curation.yaml`'s `names`.
    pub phrases: Vec<String>,
    /// The same, as one pattern (a single pass over a sentence, whatever their number).
    phrase_re: Option<regex::Regex>,
    pub not_names: FxHashSet<String>,
    /// Keyword → index into `keywords`.
    pub keyword_ids: FxHashMap<String, u32>,
    pub keywords: Vec<String>,
}

/// A sentence after analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysed {
    pub text: String,
    pub slots: Vec<String>,
    /// Specific names found (empty for a generic phrase).
    pub names: Vec<String>,
    /// Ids of the topic keywords among its words, with repetition.
    pub keywords: Vec<u32>,
    /// The sentence without the parallel clauses that name a place, person or project, when what
    /// is left still reads as a sentence (see `variant`).
    pub variant: Option<Box<Analysed>>,
}

#[derive(Debug, Default)]
struct Clause<'t> {
    start: usize,
    first_tag: &'t str,
    has_name: bool,
    has_data: bool,
    keywords: Vec<u32>,
}

/// A generic variant of a specific sentence: the clauses that carry what makes it specific are
/// dropped, when what is left still reads as the same sentence. A clause with a name goes only
/// from a run of parallel clauses (排比, each starting with a verb, adverb, preposition or
/// adjective: `加强与石家庄的互动合作`, `以大连…为龙头`); a clause with a figure goes
/// (`外贸依存度仅为{{percent}}`). The first clause always stays, and so do at least two clauses and
/// at least half of them.
fn variant(a: &Analysed, clauses: &[Clause<'_>]) -> Option<Box<Analysed>> {
    let specific = |c: &Clause| c.has_name || c.has_data;
    if (a.names.is_empty() && !a.has_data_slots()) || clauses.len() < 3 {
        return None;
    }
    let end = |i: usize| clauses.get(i + 1).map_or(a.text.len(), |c| c.start);
    // A leading date (`{{year}}年，`, `{{month}}月份，`) is a frame, not the subject: it may go.
    let first = &a.text[..end(0)];
    let date_frame = ["{{year}}年，", "{{month}}月份，", "{{month}}月，", "{{date}}，", "{{number}}年来，"].contains(&first)
        || (first.starts_with('从') && first.ends_with("起，") && clauses[0].has_data && !clauses[0].has_name)
        // `对下半年即将开工的{{number}}亿元以上项目，要明确专人…`: the object frame goes, the
        // duty stays.
        || (clauses[0].first_tag == "p"
            && clauses[0].has_data
            && !clauses[0].has_name
            && ["要", "必须", "务必"].iter().any(|w| a.text[end(0)..].starts_with(w)));
    let mut clauses = if date_frame { &clauses[1..] } else { clauses };
    // `由市商务局、{{place}}县牵头，开展智能家电专题招商活动。`: who organises it is the source's;
    // what is done is not.
    let clause_text =
        |cs: &[Clause], i: usize| &a.text[cs[i].start..cs.get(i + 1).map_or(a.text.len(), |c| c.start)];
    // The frame may run over several clauses (`由市商务局、牧野区，凤泉区，高新区牵头，`).
    let frame_len = if a.text[clauses.first().map_or(0, |c| c.start)..].starts_with('由') {
        (0..clauses.len().min(4)).find(|&i| clause_text(clauses, i).ends_with("牵头，")).map_or(1, |i| i + 1)
    } else {
        0
    };
    let organiser = frame_len > 0 && clauses.len() > frame_len && clauses[..frame_len].iter().any(specific);
    if organiser {
        clauses = &clauses[frame_len..];
    }
    if clauses.is_empty() || (clauses.len() < 2 && !organiser) || specific(&clauses[0]) {
        return None;
    }
    let end = |i: usize| clauses.get(i + 1).map_or(a.text.len(), |c| c.start);
    let body = |i: usize| &a.text[clauses[i].start..end(i)];
    let parallel = |c: &Clause| ["v", "d", "p", "a", "ad", "vn"].contains(&c.first_tag);
    let trailing = |k: usize| clauses[k..].iter().all(specific);
    for (k, c) in clauses.iter().enumerate() {
        let droppable = if c.has_name {
            parallel(c)
        } else {
            !c.has_data || parallel(c) || c.first_tag == "t" || trailing(k)
        };
        if !droppable {
            return None;
        }
        // A kept clause that leans on the dropped one (`使规划更加科学合理`) would dangle.
        if specific(c)
            && let Some(next) = clauses.get(k + 1).filter(|n| !specific(n))
            && ["使", "让", "从而", "以便", "进而", "这", "此", "确保"]
                .iter()
                .any(|w| body(k + 1).starts_with(w))
        {
            let _ = next;
            return None;
        }
    }
    // A short frame (`刚才，` `对某某来讲，`) needs the clause that follows it.
    if !organiser
        && clauses.len() > 1
        && specific(&clauses[1])
        && body(0).chars().filter(|c| super::clean::is_han(*c)).count() < 8
    {
        return None;
    }
    let kept: Vec<usize> = (0..clauses.len()).filter(|&i| !specific(&clauses[i])).collect();
    let enough = if organiser { kept.len() == clauses.len() } else { kept.len() >= 2 };
    if !enough || kept.len() * 2 < clauses.len() {
        return None;
    }
    // Nor may a purpose frame (`为…，`) lose the clause that completes it.
    let last_kept = *kept.last().expect("one at least");
    if last_kept + 1 < clauses.len() && body(last_kept).starts_with('为') {
        return None;
    }
    // Nor may the sentence now end on a frame (`签约项目中，`).
    let last = body(last_kept).trim_end_matches(['，', '。', '；', '！', '？']);
    if last.ends_with(['中', '里', '时', '后', '上']) {
        return None;
    }
    let mut text = String::new();
    let mut keywords = Vec::new();
    for &i in &kept {
        text.push_str(&a.text[clauses[i].start..end(i)]);
        keywords.extend_from_slice(&clauses[i].keywords);
    }
    let terminator = a.text.chars().last().filter(|c| matches!(c, '。' | '；' | '！' | '？'))?;
    let text = format!("{}{terminator}", text.trim_end_matches(['，', '。', '；', '！', '？']));
    let slots: Vec<String> =
        a.slots.iter().filter(|s| text.contains(&format!("{{{{{s}}}}}"))).cloned().collect();
    if slots.iter().any(|s| s != "locality" && s != "level") {
        return None;
    }
    Some(Box::new(Analysed { text, slots, names: Vec::new(), keywords, variant: None }))
}

impl Analysed {
    /// Any slot the drafting engine cannot fill from the locality and level alone.
    pub fn has_data_slots(&self) -> bool {
        self.slots.iter().any(|s| s != "locality" && s != "level")
    }

    pub fn has_figure(&self) -> bool {
        self.slots.iter().any(|s| {
            let base = s.trim_end_matches(|c: char| c.is_ascii_digit());
            matches!(base, "number" | "percent")
        })
    }
}

impl Lexicon {
    pub fn new(
        jieba: Jieba,
        names: FxHashSet<String>,
        phrases: Vec<String>,
        not_names: FxHashSet<String>,
        keywords: Vec<String>,
    ) -> Lexicon {
        let alternatives: Vec<String> =
            phrases.iter().filter(|p| !p.is_empty()).map(|p| regex::escape(p)).collect();
        let phrase_re = (!alternatives.is_empty())
            .then(|| regex::Regex::new(&alternatives.join("|")).expect("escaped literals always compile"));
        let keyword_ids = keywords.iter().enumerate().map(|(i, k)| (k.clone(), i as u32)).collect();
        Lexicon { jieba, names, phrases, phrase_re, not_names, keyword_ids, keywords }
    }

    /// Analyses one sentence of a speech whose level is `level`.
    pub fn analyse(&self, sentence: &str, level: Option<char>) -> Analysed {
        let marked = mark_slots(sentence);
        let tags = self.jieba.tag(&marked, true);
        // A report's attribution (`陈求发指出，` `唐一军在讲话中强调，`) is not part of what was said.
        let skip = self.attribution(&tags);
        let tags = &tags[skip..];
        let mut out = String::with_capacity(marked.len() + 32);
        let mut names = Vec::new();
        let mut keywords = Vec::new();
        let mut counts = [0usize; Slot::ALL.len()];
        let mut slots: Vec<String> = Vec::new();
        let mut add_slot = |out: &mut String, name: String| {
            out.push_str("{{");
            out.push_str(&name);
            out.push_str("}}");
            if !slots.contains(&name) {
                slots.push(name);
            }
        };
        // Clauses (split at top-level ，): start offset in `out`, first word's tag, whether it
        // holds a name, its keywords.
        let mut clauses: Vec<Clause> = vec![Clause::default()];
        let mut depth = 0i32;
        for (i, t) in tags.iter().enumerate() {
            let word = t.word;
            match word {
                "“" | "（" | "《" => depth += 1,
                "”" | "）" | "》" => depth -= 1,
                _ => {}
            }
            let clause = clauses.last_mut().expect("one at least");
            let han = word.chars().next().is_some_and(super::clean::is_han);
            if clause.first_tag.is_empty() && han {
                clause.first_tag = t.tag;
            }
            let is_name = han && self.is_name(word, t.tag);
            if is_name {
                clause.has_name = true;
            }
            let keyword = if han { self.keyword_ids.get(word).copied() } else { None };
            if let Some(id) = keyword {
                clause.keywords.push(id);
            }
            let mut chars = word.chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && let Some(slot) = Slot::from_mark(c)
            {
                let name = match slot {
                    Slot::Locality => "locality".to_string(),
                    _ => {
                        let n = &mut counts[slot.mark() as usize - 0xE000];
                        *n += 1;
                        if *n == 1 { slot.name().to_string() } else { format!("{}{}", slot.name(), n) }
                    }
                };
                if slot != Slot::Locality {
                    clauses.last_mut().expect("one at least").has_data = true;
                }
                add_slot(&mut out, name);
                continue;
            }
            if let Some(id) = keyword {
                keywords.push(id);
            }
            if is_name && !names.iter().any(|n| n == word) {
                names.push(word.to_string());
            }
            match level {
                Some(level) if word.contains(level) => {
                    let next = tags.get(i + 1).map(|t| t.word);
                    let prev = i.checked_sub(1).map(|j| tags[j].word);
                    for piece in substitute_level(word, level, prev, next) {
                        match piece {
                            Piece::Text(s) => out.push_str(s),
                            Piece::Level => add_slot(&mut out, "level".to_string()),
                        }
                    }
                }
                _ => out.push_str(word),
            }
            if word == "，" && depth == 0 {
                clauses.push(Clause { start: out.len(), ..Clause::default() });
            }
        }
        let mut a = Analysed { text: out, slots, names, keywords, variant: None };
        let found = self.phrase_names(&a.text);
        if !found.is_empty() {
            let starts: Vec<usize> = clauses.iter().map(|c| c.start).collect();
            for (k, clause) in clauses.iter_mut().enumerate() {
                let end = starts.get(k + 1).copied().unwrap_or(a.text.len());
                let piece = &a.text[clause.start..end];
                if found.iter().any(|n| piece.contains(n.as_str())) {
                    clause.has_name = true;
                }
            }
            for n in found {
                if !a.names.contains(&n) {
                    a.names.push(n);
                }
            }
        }
        a.variant = variant(&a, &clauses).filter(|v| self.phrase_names(&v.text).is_empty());
        a
    }

    /// The number of leading tokens that attribute the sentence to a named speaker:
    /// name, optional 在讲话中, a verb of saying, and the comma.
    fn attribution(&self, tags: &[jieba_rs::Tag<'_>]) -> usize {
        let Some(first) = tags.first() else { return 0 };
        if !(first.tag.starts_with("nr") || self.names.contains(first.word))
            || self.not_names.contains(first.word)
        {
            return 0;
        }
        let mut i = 1;
        if tags.get(i).is_some_and(|t| t.word == "在讲话中") {
            i += 1;
        }
        let said = tags.get(i).is_some_and(|t| ["指出", "强调", "要求", "表示", "说"].contains(&t.word));
        let comma = tags.get(i + 1).is_some_and(|t| t.word == "，");
        let rest: usize = tags[(i + 2).min(tags.len())..].iter().map(|t| t.word.chars().count()).sum();
        if said && comma && rest >= 10 { i + 2 } else { 0 }
    }

    /// Names of several words (local programmes such as `四链融合`, or `{{locality}}片区`),
    /// found in the phrase text rather than among jieba's tokens.
    fn phrase_names(&self, text: &str) -> Vec<String> {
        let Some(re) = &self.phrase_re else { return Vec::new() };
        let mut out: Vec<String> = Vec::new();
        for m in re.find_iter(text) {
            if !out.iter().any(|n| n == m.as_str()) {
                out.push(m.as_str().to_string());
            }
        }
        out
    }

    fn is_name(&self, word: &str, tag: &str) -> bool {
        if self.not_names.contains(word) {
            return false;
        }
        if self.names.contains(word) {
            return true;
        }
        if NAME_TAGS.contains(&tag) {
            return word.chars().all(super::clean::is_han);
        }
        // jieba tags some place names as plain nouns (`卫辉市/n`): a word of three or more
        // characters ending in 市/县/区/省 that is not 全市/我市 … is one.
        let n = word.chars().count();
        n >= 3
            && word.ends_with(['市', '县', '区', '省', '州'])
            && !word.starts_with(['全', '我', '各', '本', '该'])
    }
}

enum Piece<'a> {
    Text(&'a str),
    Level,
}

/// The level character in `word` replaced where it means the speech's own level: 全市, 我市,
/// 市委, 市政府, 市里, 市直, 市委市政府, and a bare 市 before an office (`市商务局`).
fn substitute_level<'a>(
    word: &'a str,
    level: char,
    prev: Option<&str>,
    next: Option<&str>,
) -> Vec<Piece<'a>> {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut pieces = Vec::new();
    let mut from = 0;
    for (k, &(at, c)) in chars.iter().enumerate() {
        if c != level {
            continue;
        }
        let before = k.checked_sub(1).map(|j| chars[j].1);
        let after = &word[at + c.len_utf8()..];
        let own = match before {
            Some('全' | '我' | '本') => true,
            // 兴省之要, 开放强省: the level it is said of.
            Some('兴' | '强') => after.is_empty() || after.starts_with('之'),
            // `党中央和省市县委`: one in a list of levels, not the speech's own.
            None if prev
                .and_then(|p| p.chars().last())
                .is_some_and(|c| matches!(c, '省' | '市' | '县' | '区')) =>
            {
                false
            }
            Some('委' | '府' | '副') | None => {
                ["委", "政府", "里", "直", "长", "领导"].iter().any(|s| after.starts_with(s))
                    || (after.is_empty() && chars.len() == 1 && bare_level(prev, next))
            }
            _ => false,
        };
        if own {
            pieces.push(Piece::Text(&word[from..at]));
            pieces.push(Piece::Level);
            from = at + c.len_utf8();
        }
    }
    pieces.push(Piece::Text(&word[from..]));
    pieces
}

/// A bare 市/县 token stands for the speech's level before an office or body (`市商务局`,
/// `市对外开放工作领导小组`), not inside `县（市、区）`.
fn bare_level(prev: Option<&str>, next: Option<&str>) -> bool {
    let Some(next) = next else { return false };
    let first = next.chars().next();
    if !first.is_some_and(super::clean::is_han) {
        return false;
    }
    let prev_ok = prev.is_none_or(|p| {
        p.chars().last().is_some_and(|c| !super::clean::is_han(c))
            || ["由", "和", "与", "及", "对", "在", "是", "将"].contains(&p)
    });
    prev_ok
        && [
            "商务局",
            "发改委",
            "工信委",
            "科技局",
            "卫计委",
            "对外开放",
            "领导小组",
            "四大班子",
            "外资金",
            "财政",
            "政府",
            "委",
            "直",
            "里",
            "定",
        ]
        .iter()
        .any(|o| next.starts_with(o))
}

/// Replaces masks (`**`, `xx`, `某某` …) and figures with slot marks.
pub fn mark_slots(s: &str) -> Cow<'_, str> {
    // Most sentences have no mask and no figure: nothing to do, nothing to allocate.
    if !s.bytes().any(|b| matches!(b, b'*' | b'x' | b'X' | b'0'..=b'9'))
        && !s.contains("某某")
        && !s.contains('＊')
    {
        return Cow::Borrowed(s);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j]);
        // `*`, `**`, `***`, `*.*%`
        if c == '*' || c == '＊' {
            let mut j = i;
            while j < chars.len() && matches!(chars[j], '*' | '＊' | '.') {
                j += 1;
            }
            while j > i + 1 && chars[j - 1] == '.' {
                j -= 1;
            }
            let run = j - i;
            let (slot, consumed) = classify_mask(&chars, i, j, run >= 3, prev);
            out.push(slot.mark());
            i = consumed;
            continue;
        }
        // `xx`, `x月`
        if (c == 'x' || c == 'X') && !prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            let mut j = i;
            while j < chars.len() && (chars[j] == 'x' || chars[j] == 'X') {
                j += 1;
            }
            let next = chars.get(j).copied();
            let masked = j - i >= 2 || next.is_some_and(|n| n == '月' || n == '年' || n == '%');
            if masked {
                let (slot, consumed) = classify_mask(&chars, i, j, false, prev);
                out.push(slot.mark());
                i = consumed;
                continue;
            }
        }
        if c == '某' && chars.get(i + 1) == Some(&'某') {
            let rest: String = chars[i + 2..].iter().take(2).collect();
            let slot = if ["同志", "书记", "市长", "县长", "省长", "局长", "主任"].contains(&rest.as_str())
            {
                Slot::Name
            } else {
                Slot::Locality
            };
            out.push(slot.mark());
            i += 2;
            continue;
        }
        if c.is_ascii_digit() && !prev.is_some_and(|p| p.is_ascii_alphabetic()) {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit()
                    || (chars[j] == '.' && chars.get(j + 1).is_some_and(char::is_ascii_digit)))
            {
                j += 1;
            }
            let next = chars.get(j).copied();
            if next.is_some_and(|n| n.is_ascii_alphabetic())
                || (next == Some('强') && chars[i..j].iter().collect::<String>() == "500")
            {
                // `5G`, `3D`, `世界500强`: part of a name, not a figure.
                chars[i..j].iter().for_each(|c| out.push(*c));
                i = j;
                continue;
            }
            let (slot, consumed) = classify_mask(&chars, i, j, false, prev);
            out.push(slot.mark());
            i = consumed;
            continue;
        }
        out.push(c);
        i += 1;
    }
    Cow::Owned(out)
}

/// The slot a mask or figure `chars[start..end]` stands for, from what follows and precedes it;
/// returns the slot and the index after what it consumed (`%` is part of a percent slot, `月xx日`
/// of a date, `年`/`月` stay in the text).
fn classify_mask(chars: &[char], start: usize, end: usize, long: bool, prev: Option<char>) -> (Slot, usize) {
    let next = chars.get(end).copied();
    let is_digits = chars[start].is_ascii_digit();
    let after: String = chars[end..].iter().take(3).collect();
    match next {
        Some('%' | '％') => return (Slot::Percent, end + 1),
        Some('年') if !is_digits || end - start == 4 => return (Slot::Year, end),
        Some('月') => {
            // `xx月xx日` / `3月31日`: a date.
            let mut k = end + 1;
            let day_start = k;
            while k < chars.len()
                && (chars[k].is_ascii_digit() || chars[k] == 'x' || chars[k] == 'X' || chars[k] == '*')
            {
                k += 1;
            }
            if k > day_start && chars.get(k) == Some(&'日') {
                return (Slot::Date, k + 1);
            }
            if after.starts_with("月份") || !is_digits || chars[start..end].len() <= 2 {
                return (Slot::Month, end);
            }
            return (Slot::Number, end);
        }
        _ => {}
    }
    if is_digits {
        return (Slot::Number, end);
    }
    if let Some(n) = next
        && (NUMBER_UNITS.contains(n)
            || n.is_ascii_alphanumeric()
            || n == '—'
            || n == '-'
            || n == '+'
            || n == '.')
    {
        return (Slot::Number, end);
    }
    if prev == Some('+') {
        return (Slot::Number, end);
    }
    if after.starts_with("同志") || long {
        return (Slot::Name, end);
    }
    let listed =
        prev == Some('、') || (next == Some('、') && matches!(chars.get(end + 1), Some('*' | 'x' | 'X')));
    if listed || after.starts_with("省份") || after.starts_with("国家") {
        return (Slot::Place, end);
    }
    if matches!(next, Some('县' | '区' | '乡' | '镇')) {
        return (Slot::Place, end);
    }
    (Slot::Locality, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(
            Jieba::new(),
            ["卫辉".to_string()].into_iter().collect(),
            vec!["四链融合".to_string(), "{{locality}}片区".to_string()],
            ["自贸区".to_string()].into_iter().collect(),
            Vec::new(),
        )
    }

    #[test]
    fn masks_and_figures_become_numbered_slots() {
        let lex = lexicon();
        let a =
            lex.analyse("全市实际利用外资xx亿美元，完成目标的xx%，增长xx%，增速位居全省第一位。", Some('市'));
        assert_eq!(
            a.text,
            "全{{level}}实际利用外资{{number}}亿美元，完成目标的{{percent}}，增长{{percent2}}，增速位居全省第一位。"
        );
        assert_eq!(a.slots, ["level", "number", "percent", "percent2"]);
        let a = lex.analyse("3月31日，会议召开；2021年达到5972.8亿元，外贸依存度仅为*.*%。", None);
        assert_eq!(a.text, "{{date}}，会议召开；{{year}}年达到{{number}}亿元，外贸依存度仅为{{percent}}。");
        let a = lex.analyse("xx年，xx月份起，刚才，**同志对有关工作进行了安排。", None);
        assert_eq!(a.text, "{{year}}年，{{month}}月份起，刚才，{{name}}同志对有关工作进行了安排。");
        let a = lex.analyse("**作为老工业基地，向东提升与**、**等沿海港口城市的连通水平。", None);
        assert_eq!(
            a.text,
            "{{locality}}作为老工业基地，向东提升与{{place}}、{{place2}}等沿海港口城市的连通水平。"
        );
        let a = lex.analyse("以***同志为核心的党中央，引进世界500强企业，某某发挥优势。", None);
        assert_eq!(a.text, "以{{name}}同志为核心的党中央，引进世界500强企业，{{locality}}发挥优势。");
    }

    #[test]
    fn level_is_substituted_only_for_the_speech_level() {
        let lex = lexicon();
        let a = lex.analyse(
            "全市上下要贯彻落实全省会议精神，市委市政府将进一步完善机制，市商务局要牵头。",
            Some('市'),
        );
        assert_eq!(
            a.text,
            "全{{level}}上下要贯彻落实全省会议精神，{{level}}委{{level}}政府将进一步完善机制，{{level}}商务局要牵头。"
        );
        let a = lex.analyse("我们认真贯彻落实党中央和省市县委决策部署。", Some('县'));
        assert_eq!(a.text, "我们认真贯彻落实党中央和省市县委决策部署。");
        let a = lex.analyse("开放是兴省之要，努力建设开放强省。", Some('省'));
        assert_eq!(a.text, "开放是兴{{level}}之要，努力建设开放强{{level}}。");
        let a = lex.analyse("各县（市、区）要健全机构，城市发展和市场体系都很重要。", Some('市'));
        assert_eq!(a.text, "各县（市、区）要健全机构，城市发展和市场体系都很重要。");
    }

    #[test]
    fn specific_clauses_are_dropped_from_a_generic_variant() {
        let lex = lexicon();
        let a =
            lex.analyse("要加强与国家部门的沟通对接，加强与石家庄的互动合作，倾力推动自贸区申建工作。", None);
        assert_eq!(a.variant.unwrap().text, "要加强与国家部门的沟通对接，倾力推动自贸区申建工作。");
        let a = lex.analyse(
            "当前，我市出口不畅的问题比较突出，外贸依存度仅为*.*%，远低于全省**.*%的平均水平。",
            Some('市'),
        );
        assert_eq!(a.variant.unwrap().text, "当前，我{{level}}出口不畅的问题比较突出。");
        // A figure clause the next clause leans on stays, so no variant.
        let a = lex.analyse("商务部门要结合**实际，重点思考3个问题，一是“开”什么，二是“放”什么。", None);
        assert!(a.variant.is_none(), "{:?}", a.variant);
        // Who organised it goes; what was done stays.
        let a = lex.analyse("xx月份，由市商务局、xx县牵头，开展智能家电专题招商活动。", Some('市'));
        assert_eq!(a.variant.unwrap().text, "开展智能家电专题招商活动。");
        // A leading date goes with the figures.
        let a = lex.analyse(
            "xx年，全市认真贯彻落实决策部署，强力实施开放带动主战略，全市开放招商工作取得了良好的成绩。",
            Some('市'),
        );
        assert_eq!(
            a.variant.unwrap().text,
            "全{{level}}认真贯彻落实决策部署，强力实施开放带动主战略，全{{level}}开放招商工作取得了良好的成绩。"
        );
        // The first clause carries the name: no variant.
        assert!(lex.analyse("卫辉市实际利用外资增长较快，增幅第一，位居前列。", None).variant.is_none());
    }

    #[test]
    fn names_make_a_phrase_specific() {
        let lex = lexicon();
        assert_eq!(lex.analyse("卫辉市实际利用外资增长较快。", None).names, ["卫辉市"]);
        assert!(
            lex.analyse("陈求发指出，辽宁是我国最早开放的沿海省份之一。", None)
                .names
                .contains(&"辽宁".to_string())
        );
        assert!(lex.analyse("开放是五大发展理念之一。", None).names.is_empty());
        assert_eq!(lex.analyse("加快打通“四个通道”、推进“四链融合”。", None).names, ["四链融合"]);
        assert!(
            lex.analyse("自贸区**片区要发挥示范引领作用。", None)
                .names
                .contains(&"{{locality}}片区".to_string())
        );
    }
}

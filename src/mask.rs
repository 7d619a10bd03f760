//! Placeholders in a text: the masks of scraped or template speeches (`xx`, `xx亿美元`, `**`, `某某`,
//! `*.*%`) and handlebars slots (`{{locality}}`). Shared by `fill` (to fill them) and `check` (to
//! report leftovers), so both agree on what a placeholder is.
//!
//! What counts as a mask, and what does not:
//! - a run of two or more `x`/`X`/`ｘ`/`Ｘ` (`xx亿美元`, `xx月xx日`, `20xx年`, `xxGWh`), but not inside an
//!   English word (`xxl`, `Xbox`), an e-mail address or a URL (`xx@qq.com`, `www.xx.com`);
//! - a single `x`/`X`/`×`/`○` standing in Chinese text for one digit or one name (今年x月份,
//!   举办活动x次, 提高x个百分点, x.x%), but not a word it really starts (X光, X射线) nor a sign
//!   between digits (3x4, 3×4);
//! - a run of two or more `×` or `○` (`××县`, `○○同志`);
//! - a run of two or more `某` (`某某同志`; a single `某` is ordinary Chinese: 某些, 某个);
//! - `*` runs used as masks: three or more (`***`, `******`), compounds (`*.*%`, `**.*%`, `*+*`), a
//!   single `*` before a unit or `%`, and `**` unless it is Markdown emphasis (`**加粗**`);
//!   never `*` between digits (`3*4`, `2**3`) or a line of stars (a Markdown rule);
//! - a handlebars slot `{{name}}` (a template that was never rendered).
//!
//! Markdown emphasis and `**` masks look alike. We pair `**` runs on a line by CommonMark's
//! flanking rules; a pair around real text is emphasis — unless the line also holds a `*` mask that
//! pairs with nothing, which shows the line is masked text (`与**、**、**等城市`), not Markdown.

use crate::error::Position;

/// What a placeholder probably stands for, guessed from the mask and its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MaskKind {
    /// A number before a unit (`xx亿美元`, `xx个`, `第xx位`).
    Figure,
    /// A number before `%` (`xx%`, `*.*%`).
    Percent,
    /// A month or a day (`xx月xx日`, `xx月份`).
    Date,
    /// A year (`xx年`, `20xx年`).
    Year,
    /// A person (`**同志`, `某某`).
    Name,
    /// A place (`xx县`, `**片区`, `xx籍`).
    Place,
    /// A company, an organisation or an event by its name (`××电子`, `○○集团`, `××博览会`).
    Org,
    /// A handlebars slot `{{name}}`.
    Slot,
    Unknown,
}

impl MaskKind {
    /// The Chinese word a writer reads in `fill --list`.
    pub fn label(self) -> &'static str {
        match self {
            MaskKind::Figure => "数字",
            MaskKind::Percent => "百分比",
            MaskKind::Date => "日期",
            MaskKind::Year => "年份",
            MaskKind::Name => "人名",
            MaskKind::Place => "地名",
            MaskKind::Org => "单位名称",
            MaskKind::Slot => "模板字段",
            MaskKind::Unknown => "未知",
        }
    }

    /// The name used in JSON (`figure`, `percent` …).
    pub fn name(self) -> &'static str {
        match self {
            MaskKind::Figure => "figure",
            MaskKind::Percent => "percent",
            MaskKind::Date => "date",
            MaskKind::Year => "year",
            MaskKind::Name => "name",
            MaskKind::Place => "place",
            MaskKind::Org => "org",
            MaskKind::Slot => "slot",
            MaskKind::Unknown => "unknown",
        }
    }

    /// Whether a value for this kind must be a number (`fill` re-asks otherwise).
    pub fn wants_number(self) -> bool {
        matches!(self, MaskKind::Figure | MaskKind::Percent)
    }
}

/// One placeholder: byte range in the text, 1-based position, the token as written, its kind.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Placeholder {
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    pub pos: Position,
    pub token: String,
    pub kind: MaskKind,
}

/// The clause around a placeholder (between the nearest clause punctuation on either side, at most
/// `CLAUSE_REACH` characters each way): what `fill` shows so a writer knows what the mask stands for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Clause {
    pub before: String,
    pub after: String,
}

impl Clause {
    /// `before【token】after`, for plain-text listings.
    pub fn marked(&self, token: &str) -> String {
        format!("{}【{}】{}", self.before, token, self.after)
    }
}

const CLAUSE_REACH: usize = 30;

/// The most placeholders `find` gives. A speech has some tens; a text with ten thousand is a
/// generated file or an attack (16 MiB of `xx,` took `check` past 3 GB, fuzz 28). A caller that
/// gets this many says so.
pub const MAX_FOUND: usize = 10_000;

/// Every placeholder in `text`, in order: the first `MAX_FOUND`.
pub fn find(text: &str) -> Vec<Placeholder> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if out.len() >= MAX_FOUND {
            break;
        }
        let mut found: Vec<(usize, usize)> = Vec::new();
        scan_line(line, line_start, &mut found);
        found.truncate(MAX_FOUND - out.len());
        // Columns counted on from the previous mask: one pass over the line however many it has.
        let (mut counted, mut col) = (0, 1);
        out.extend(found.into_iter().map(|(start, end)| {
            col += line[counted..start - line_start].chars().count();
            counted = start - line_start;
            Placeholder {
                start,
                end,
                pos: Position { line: n + 1, col },
                token: text[start..end].to_string(),
                kind: guess_kind(text, start, end),
            }
        }));
        line_start += line.len();
    }
    out
}

/// The clause around `p` in `text`.
pub fn clause(text: &str, p: &Placeholder) -> Clause {
    let is_stop = |c: char| "，。；！？：,;!?:\n\r".contains(c);
    let before: Vec<char> =
        text[..p.start].chars().rev().take_while(|&c| !is_stop(c)).take(CLAUSE_REACH + 1).collect();
    let mut before: String = before.into_iter().rev().collect();
    if before.chars().count() > CLAUSE_REACH {
        before = format!("…{}", before.chars().skip(1).collect::<String>());
    }
    let after: Vec<char> =
        text[p.end..].chars().take_while(|&c| !is_stop(c)).take(CLAUSE_REACH + 1).collect();
    let mut after: String = after.into_iter().collect();
    if after.chars().count() > CLAUSE_REACH {
        after = format!("{}…", after.chars().take(CLAUSE_REACH).collect::<String>());
    }
    Clause { before: before.trim_start().to_string(), after }
}

/// A slot is a plain name or path (`locality`, `figure.value`, `地区`), not a helper call, a block,
/// a partial or a comment (`{{filler "closing"}}`, `{{#each}}`, `{{> partial}}`, `{{! note}}`):
/// those are template code, not something a writer fills in.
fn is_slot_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= 60
        && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-' | '/' | '@'))
        && !name.starts_with(['/', '-', '.'])
        && name != "else"
}

fn is_x(c: char) -> bool {
    matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ')
}

/// The letters writers mask a figure or a name with: x and X (half or full width), × and ○.
pub fn is_mask_letter(c: char) -> bool {
    is_x(c) || c == '×' || c == '○'
}

/// Whether the run of mask letters at `chars[i..j]` (all x's, or all one of × ○) is a mask:
/// `今年x月份`, `举办活动x次`, `xx亿元`, `×县`, `○○同志`, but not `XXL`, `3×4` or `X光`. The one
/// rule `fill`, `check` and `mine` share.
/// Where the run of x's starting at `chars[i]` ends: `xx`, and `x.x` or `xx.x` as one mask for a
/// whole figure (`实际利用外资x.x亿美元`: `mine` left it as text while `fill` and `check` saw it).
pub fn x_run_end(chars: &[(usize, char)], i: usize) -> usize {
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut j = i;
    while at(j).is_some_and(is_x) {
        j += 1;
    }
    while at(j) == Some('.') && at(j + 1).is_some_and(is_x) {
        j += 2;
        while at(j).is_some_and(is_x) {
            j += 1;
        }
    }
    j
}

pub fn letter_run_is_mask(chars: &[(usize, char)], i: usize, j: usize) -> bool {
    if j - i >= 2 { !is_x(chars[i].1) || x_run_is_mask(chars, i, j) } else { lone_letter_is_mask(chars, i) }
}

/// What the mask at `text[start..end]` stands for, read from its neighbours (`对xx来讲` → a place,
/// `xxx省长` → a name, `某某个百分点` → a number).
pub fn kind_at(text: &str, start: usize, end: usize) -> MaskKind {
    guess_kind(text, start, end)
}

/// Unicode punctuation (and symbols) as CommonMark's flanking rules mean it, for the characters a
/// Chinese text uses.
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c,
            '\u{00A1}'..='\u{00BF}' | '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}'
            | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}' | '\u{FE30}'..='\u{FE4F}'
            | '×' | '÷')
}

/// A `**` run whose fate (emphasis or mask) depends on the rest of its line.
struct DoubleStar {
    start: usize,
    can_open: bool,
    can_close: bool,
}

/// Finds the placeholders of one line (`base` is its byte offset in the whole text).
fn scan_line(line: &str, base: usize, out: &mut Vec<(usize, usize)>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(line.len(), |&(b, _)| b);
    // A line of stars (and spaces) is a Markdown thematic break, not a mask.
    let trimmed = line.trim();
    if !trimmed.is_empty() && trimmed.chars().all(|c| c == '*' || c == ' ') && trimmed.len() >= 3 {
        return;
    }
    let mut masks: Vec<(usize, usize)> = Vec::new();
    let mut doubles: Vec<DoubleStar> = Vec::new();
    let mut star_mask_on_line = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        // {{slot}} / {{{slot}}}
        if c == '{' && at(i + 1) == Some('{') {
            let open_end = (i..chars.len()).take_while(|&j| chars[j].1 == '{').last().unwrap_or(i) + 1;
            let mut j = open_end;
            while j < chars.len() && !matches!(chars[j].1, '{' | '}' | '\n') {
                j += 1;
            }
            let inner: String = chars[open_end..j].iter().map(|&(_, c)| c).collect();
            if at(j) == Some('}') && at(j + 1) == Some('}') && is_slot_name(inner.trim()) {
                let mut k = j;
                while at(k) == Some('}') && k - j < open_end - i {
                    k += 1;
                }
                masks.push((byte(i), byte(k)));
                i = k;
                continue;
            }
            i = open_end;
            continue;
        }
        if is_x(c) {
            let j = x_run_end(&chars, i);
            if letter_run_is_mask(&chars, i, j) {
                // Digits written before the mask belong to it: 20xx年.
                let mut s = i;
                while s > 0 && chars[s - 1].1.is_ascii_digit() {
                    s -= 1;
                }
                masks.push((byte(s), byte(j)));
            }
            i = j;
            continue;
        }
        if c == '×' || c == '某' || c == '○' {
            let mut j = i;
            while j < chars.len() && chars[j].1 == c {
                j += 1;
            }
            // 某 alone is ordinary Chinese (某些, 某个); a lone × or ○ between Chinese is a mask
            // (×县, 今年○月), between digits a sign (3×4).
            if if c == '某' { j - i >= 2 } else { letter_run_is_mask(&chars, i, j) } {
                masks.push((byte(i), byte(j)));
            }
            i = j;
            continue;
        }
        if c == '*' {
            // A compound: stars joined by `.` or `+` (`*.*%`, `**.*%`, `*+*`).
            let mut j = i;
            let mut stars = 0;
            let mut compound = false;
            loop {
                let run_start = j;
                while at(j) == Some('*') {
                    j += 1;
                }
                stars += j - run_start;
                if matches!(at(j), Some('.' | '+' | '．' | '＋')) && at(j + 1) == Some('*') {
                    compound = true;
                    j += 1;
                    continue;
                }
                break;
            }
            let prev = i.checked_sub(1).and_then(at);
            let next = at(j);
            let between_digits =
                prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit());
            if between_digits {
                i = j;
                continue;
            }
            if compound || stars >= 3 {
                masks.push((byte(i), byte(j)));
                star_mask_on_line = true;
            } else if stars == 2 {
                let ws = |c: Option<char>| c.is_none_or(char::is_whitespace);
                let left =
                    !ws(next) && (!next.is_some_and(is_punct) || ws(prev) || prev.is_some_and(is_punct));
                let right =
                    !ws(prev) && (!prev.is_some_and(is_punct) || ws(next) || next.is_some_and(is_punct));
                doubles.push(DoubleStar { start: i, can_open: left, can_close: right });
            } else if next.is_some_and(|n| n == '%' || n == '％' || starts_with_unit(&line[byte(j)..]))
                || prev == Some('第')
            {
                masks.push((byte(i), byte(j)));
                star_mask_on_line = true;
            }
            i = j;
            continue;
        }
        i += 1;
    }

    // Pair the `**` runs as CommonMark would; unpaired ones and pairs around no text are masks.
    let mut emphasis: Vec<(usize, usize)> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut lone: Vec<usize> = Vec::new();
    for (n, d) in doubles.iter().enumerate() {
        if d.can_close
            && let Some(open) = stack.pop()
        {
            let content: String = chars[doubles[open].start + 2..d.start].iter().map(|&(_, c)| c).collect();
            if content.chars().any(char::is_alphanumeric) {
                emphasis.push((open, n));
            } else {
                lone.extend([open, n]);
            }
        } else if d.can_open {
            stack.push(n);
        } else {
            lone.push(n);
        }
    }
    lone.extend(stack);
    let masked_line = star_mask_on_line || !lone.is_empty();
    let mut is_emphasis = vec![false; doubles.len()];
    for &(a, b) in &emphasis {
        is_emphasis[a] = true;
        is_emphasis[b] = true;
    }
    for (n, d) in doubles.iter().enumerate() {
        if !is_emphasis[n] || masked_line {
            masks.push((byte(d.start), byte(d.start + 2)));
        }
    }
    masks.sort_unstable();
    out.extend(masks.into_iter().map(|(s, e)| (base + s, base + e)));
}

/// Whether the run of x's at `chars[i..j]` is a mask rather than part of an English word, an
/// address or a size (`XXL`).
fn x_run_is_mask(chars: &[(usize, char)], i: usize, j: usize) -> bool {
    let run_ascii = chars[i..j].iter().all(|&(_, c)| c.is_ascii());
    if !run_ascii {
        return true;
    }
    let prev = i.checked_sub(1).map(|k| chars[k].1);
    let next = chars.get(j).map(|&(_, c)| c);
    if prev.is_some_and(|p| p.is_ascii_alphabetic() || matches!(p, '@' | '.' | '_' | '/' | '-' | '\\')) {
        return false;
    }
    // Digits before are allowed (20xx), but not an address or a code (abc12xx).
    if prev.is_some_and(|p| p.is_ascii_digit()) {
        let mut k = i;
        while k > 0 && chars[k - 1].1.is_ascii_digit() {
            k -= 1;
        }
        if k > 0 && (chars[k - 1].1.is_ascii_alphabetic() || matches!(chars[k - 1].1, '@' | '.' | '_')) {
            return false;
        }
    }
    match next {
        Some(n) if n.is_ascii_lowercase() || n.is_ascii_digit() || matches!(n, '@' | '_') => false,
        // xxGWh, xxD打印 are masks; XXL is a size.
        Some(n) if n.is_ascii_uppercase() => !chars[i..j].iter().all(|&(_, c)| c == 'X'),
        Some('.') => !chars.get(j + 1).is_some_and(|&(_, c)| c.is_ascii_alphabetic()),
        _ => true,
    }
}

/// Words a single Latin letter really starts in Chinese text (X光, X射线, X轴): not masks.
const LETTER_WORDS: &[&str] = &["光", "射线", "线", "型", "形", "轴", "染色体", "战警"];

/// Whether the single character at `chars[i]` (x, X, ×, ○) is a mask: it stands between Chinese
/// characters, or between Chinese and a `%`, as a writer masks one digit or one name
/// (今年x月份, 举办活动x次, 提高x个百分点, x%); never inside a Latin word, a formula (3x4) or a
/// word it really starts (X光).
fn lone_letter_is_mask(chars: &[(usize, char)], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|k| chars[k].1);
    let next = chars.get(i + 1).map(|&(_, c)| c);
    let chinese = |c: char| crate::text::is_cjk(c) && !matches!(c, '“' | '‘');
    let prev_ok = prev.is_none_or(chinese);
    let next_ok = next.is_some_and(|n| crate::text::is_han(n) || matches!(n, '%' | '％'))
        || (next.is_some_and(chinese) && prev.is_some_and(crate::text::is_han));
    let rest: String = chars[i + 1..].iter().take(4).map(|&(_, c)| c).collect();
    prev_ok && next_ok && !LETTER_WORDS.iter().any(|w| rest.starts_with(w))
}

/// Units that follow a figure: 亿元, 万吨, 个, 家, GWh …
const UNITS: &[&str] = &[
    "亿", "万", "千", "百", "个", "家", "名", "项", "户", "条", "批", "次", "人", "元", "美元", "吨", "平方",
    "公里", "亩", "倍", "强", "位", "多", "余", "台", "套", "辆", "架", "件", "座", "所", "场", "届", "天",
    "小时", "分钟", "周", "岁", "米", "公顷", "千瓦", "度", "张", "份", "类", "种", "支", "笔", "宗", "单",
    "间", "层", "起", "列", "趟",
];
const PLACE_SUFFIXES: &[&str] = &[
    "省", "市", "县", "区", "州", "盟", "镇", "乡", "村", "旗", "片区", "籍", "街道", "园区", "新区", "地区",
];

/// The place's unit a text gives right after a masked name (`xx县` → 县, `**片区` → 片区), if any:
/// what an answer need not repeat (`fill`).
pub fn place_suffix(after: &str) -> Option<&'static str> {
    PLACE_SUFFIXES.iter().copied().filter(|s| after.starts_with(s)).max_by_key(|s| s.len())
}
const NAME_SUFFIXES: &[&str] =
    &["同志", "书记", "市长", "县长", "区长", "省长", "主任", "局长", "部长", "主席", "先生", "女士", "副"];
/// Words right after a mask that make it the name of a company, an organisation or an event
/// (`××电子等龙头企业`, `○○集团`, `○○保税物流中心`, `国际××博览会`): a mining archive's stock text
/// made them `{{locality}}`, and drafts said 远安县电子 (a helper's archive, mn27).
const ORG_AFTER: &[&str] = &[
    "集团",
    "公司",
    "电子",
    "科技",
    "股份",
    "实业",
    "控股",
    "药业",
    "纺织",
    "食品",
    "企业",
    "工厂",
    "商会",
    "协会",
    "银行",
    "大学",
    "学院",
    "医院",
    "物流中心",
    "保税物流中心",
    "博览会",
    "交易会",
    "洽谈会",
    "论坛",
    "展览会",
    "商贸城",
];
/// Words right after a mask that make it a place: 对xx来讲, 在xx考察时, 制约xx发展, xx人民.
const PLACE_AFTER: &[&str] =
    &["来讲", "而言", "考察", "调研", "视察", "发展", "人民", "大地", "境内", "全域", "经济", "投资兴业"];
/// Words right before a mask that make it a place: 赴xx, 落户xx, 走进xx.
const PLACE_BEFORE: &[&str] = &["赴", "落户", "走进", "来到", "前往", "毗邻"];
/// Words right before a mask that make it a number: 增长xx, 第xx, 超过xx …
const FIGURE_BEFORE: &[&str] = &[
    "第",
    "增长",
    "下降",
    "达到",
    "达",
    "超过",
    "约",
    "共",
    "仅为",
    "累计",
    "突破",
    "不低于",
    "不少于",
    "不超过",
    "完成",
    "占",
    "前",
    "近",
    "连续",
];

fn starts_with_unit(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_uppercase()) || UNITS.iter().any(|u| s.starts_with(u))
}

/// Guesses what the mask at `text[start..end]` stands for from the token and its neighbours.
fn guess_kind(text: &str, start: usize, end: usize) -> MaskKind {
    let token = &text[start..end];
    if token.starts_with("{{") {
        return MaskKind::Slot;
    }
    let after = skip_range(&text[end..]);
    let before = &text[text.floor_char_boundary(start.saturating_sub(12))..start];
    let percent = after.starts_with(['%', '％']);
    if token.contains(['.', '+', '．', '＋']) {
        return if percent { MaskKind::Percent } else { MaskKind::Figure };
    }
    if percent {
        return MaskKind::Percent;
    }
    if after.starts_with('年') && !after.starts_with("年产") {
        return if ["近", "连续", "第"].iter().any(|w| before.ends_with(w)) {
            MaskKind::Figure
        } else {
            MaskKind::Year
        };
    }
    if after.starts_with(['月', '日', '号']) || (before.ends_with('月') && after.starts_with('日')) {
        return MaskKind::Date;
    }
    if NAME_SUFFIXES.iter().any(|s| after.starts_with(s)) {
        return MaskKind::Name;
    }
    if ORG_AFTER.iter().any(|s| after.starts_with(s)) {
        return MaskKind::Org;
    }
    if starts_with_unit(after) {
        return MaskKind::Figure;
    }
    // Before the words that precede a number: 制约xx发展 is a place, though 约 precedes numbers.
    if PLACE_AFTER.iter().any(|s| after.starts_with(s)) || PLACE_BEFORE.iter().any(|w| before.ends_with(w)) {
        return MaskKind::Place;
    }
    if FIGURE_BEFORE.iter().any(|w| before.ends_with(w)) {
        return MaskKind::Figure;
    }
    if PLACE_SUFFIXES.iter().any(|s| after.starts_with(s)) {
        return MaskKind::Place;
    }
    // 某某 on its own is a person (某某同志 without the 同志 too); xx is anyone's guess.
    if token.starts_with('某') { MaskKind::Name } else { MaskKind::Unknown }
}

/// After a range like `xx—xx亿元` or `xx至xx%`, the unit is after the second mask: skip the
/// connector and the second mask so both ends get the same kind.
fn skip_range(after: &str) -> &str {
    for sep in ["—", "–", "-", "~", "～", "至", "到"] {
        if let Some(rest) = after.strip_prefix(sep) {
            let second =
                rest.trim_start_matches(|c: char| is_x(c) || c == '*' || c.is_ascii_digit() || c == '.');
            if second.len() < rest.len() {
                return second;
            }
        }
    }
    after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(String, MaskKind)> {
        find(text).into_iter().map(|p| (p.token, p.kind)).collect()
    }

    fn toks(text: &str) -> Vec<String> {
        find(text).into_iter().map(|p| p.token).collect()
    }

    #[test]
    fn x_masks_inside_figures_with_their_kind() {
        use MaskKind::*;
        assert_eq!(
            tokens("实际利用外资xx亿美元，完成目标的xx%，增速位居全省第xx位。"),
            [("xx".into(), Figure), ("xx".into(), Percent), ("xx".into(), Figure)]
        );
        assert_eq!(tokens("xx月xx日开行"), [("xx".into(), Date), ("xx".into(), Date)]);
        assert_eq!(tokens("从xx年xx月份起"), [("xx".into(), Year), ("xx".into(), Date)]);
        assert_eq!(tokens("20xx年全市"), [("20xx".into(), Year)]);
        assert_eq!(tokens("年产xxGWh(xxG瓦时)"), [("xx".into(), Figure), ("xx".into(), Figure)]);
        assert_eq!(tokens("开展xxD打印专题招商"), [("xx".into(), Figure)]);
        assert_eq!(tokens("xx—xx亿元项目"), [("xx".into(), Figure), ("xx".into(), Figure)]);
        assert_eq!(
            tokens("xx县、xx区、鼓励xx籍人士"),
            [("xx".into(), Place), ("xx".into(), Place), ("xx".into(), Place)]
        );
        assert_eq!(
            tokens("XX同志、ｘｘ市、××县"),
            [("XX".into(), Name), ("ｘｘ".into(), Place), ("××".into(), Place)]
        );
    }

    #[test]
    fn star_masks() {
        use MaskKind::*;
        assert_eq!(
            tokens("外贸依存度仅为*.*%，远低于全省**.*%、全国**.*%的平均水平"),
            [("*.*".into(), Percent), ("**.*".into(), Percent), ("**.*".into(), Percent)]
        );
        assert_eq!(tokens("刚才，**同志对有关工作进行了安排"), [("**".into(), Name)]);
        assert_eq!(tokens("在全市“*+*”工作布局中"), [("*+*".into(), Figure)]);
        assert_eq!(tokens("已有***多个国家"), [("***".into(), Figure)]);
        assert_eq!(tokens("牢记******殷殷嘱托"), [("******".into(), Unknown)]);
        assert_eq!(tokens("以***同志为核心"), [("***".into(), Name)]);
        assert_eq!(tokens("申建自贸区**片区"), [("**".into(), Place)]);
    }

    #[test]
    fn double_stars_on_a_masked_line_are_masks_even_when_they_pair() {
        // From seed 000: `**、**` and `与**省份…联通**` pair by flanking rules, but the line is
        // masked text.
        let line = "向东提升与**、**、**、**等沿海城市的连通水平，向西密切与**省份合作，联通**、**、**等国家和地区，强化**“一带一路”";
        assert_eq!(toks(line).len(), 9);
        let line = "根基。**作为老工业基地，产业发展面临机遇。**能否在这轮产业转移中抢占先机";
        assert_eq!(toks(line), ["**", "**"]);
    }

    #[test]
    fn slots() {
        assert_eq!(
            tokens("{{locality}}实际利用外资{{ value }}亿美元"),
            [("{{locality}}".into(), MaskKind::Slot), ("{{ value }}".into(), MaskKind::Slot)]
        );
        assert_eq!(toks("{{{raw}}}"), ["{{{raw}}}"]);
        assert!(toks("集合 {} 与 {{}} 不是").is_empty());
        // Template code is not a slot to fill.
        assert!(toks("{{#each points}}{{this}}{{/each}}{{> partials/call}}{{filler \"closing\" max=2}}{{! 注释}}{{else}}").len() == 1);
        assert_eq!(toks("{{地区}}与{{figure.value}}"), ["{{地区}}", "{{figure.value}}"]);
    }

    #[test]
    fn ordinary_text_has_no_masks() {
        for text in [
            "请发送邮件至 3231169@qq.com 举报",
            "xxl 号衣服，Xbox 游戏机，box 盒子，XXL 尺码",
            "访问 www.xx.com 或 http://xx.cn/xx",
            "面积为3×4平方米，2**3等于8，3*4=12",
            "这是**加粗**的文字，**一是加强领导。**\n",
            "* 列表项\n***\n* * *\n",
            "某些地方，某个单位，某种程度",
            "Markdown 里的 *斜体* 不是掩码",
        ] {
            assert!(find(text).is_empty(), "{text}: {:?}", toks(text));
        }
    }

    #[test]
    fn positions_and_clause() {
        let text = "同志们：\r\n全市实际利用外资xx亿美元，增长xx%。";
        let found = find(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].pos, Position { line: 2, col: 9 });
        for p in &found {
            assert_eq!(p.pos, Position::of_offset(text, p.start));
        }
        assert_eq!(&text[found[0].start..found[0].end], "xx");
        let c = clause(text, &found[0]);
        assert_eq!(c.marked(&found[0].token), "全市实际利用外资【xx】亿美元");
        assert_eq!(clause(text, &found[1]).marked("xx"), "增长【xx】%");
    }

    #[test]
    fn single_letters_and_circles_as_writers_mask() {
        use MaskKind::*;
        assert_eq!(tokens("今年x月份，举办活动x次"), [("x".into(), Date), ("x".into(), Figure)]);
        assert_eq!(tokens("提高x个百分点，增长x.x%"), [("x".into(), Figure), ("x.x".into(), Percent)]);
        assert_eq!(tokens("占比xx.x%"), [("xx.x".into(), Percent)]);
        assert_eq!(
            tokens("X县、○○同志、×区"),
            [("X".into(), Place), ("○○".into(), Name), ("×".into(), Place)]
        );
        assert_eq!(tokens("今年○月"), [("○".into(), Date)]);
        for text in
            ["拍X光片，做X射线检查", "3x4=12，3×4=12", "iPhone X发布", "x轴和y轴", "二〇〇八年", "○ 项目清单"]
        {
            assert!(find(text).is_empty(), "{text}: {:?}", toks(text));
        }
    }

    #[test]
    fn the_kind_of_a_mask_is_read_from_its_context() {
        use MaskKind::*;
        assert_eq!(tokens("对xx来讲"), [("xx".into(), Place)]);
        assert_eq!(tokens("在xx考察时强调"), [("xx".into(), Place)]);
        assert_eq!(tokens("制约xx发展的短板"), [("xx".into(), Place)]);
        assert_eq!(tokens("xxx省长，某某省长"), [("xxx".into(), Name), ("某某".into(), Name)]);
        assert_eq!(tokens("提高某某个百分点"), [("某某".into(), Figure)]);
        assert_eq!(
            tokens("某某片区，某某同志，刚才某某讲了"),
            [("某某".into(), Place), ("某某".into(), Name), ("某某".into(), Name)]
        );
        assert_eq!(tokens("赴xx招商"), [("xx".into(), Place)]);
        // A company, a facility, an event by name (a helper's archive, mn27).
        assert_eq!(
            tokens("依托××电子、○○集团，办好××博览会"),
            [("××".into(), Org), ("○○".into(), Org), ("××".into(), Org)]
        );
        assert_eq!(MaskKind::Org.label(), "单位名称");
    }
}

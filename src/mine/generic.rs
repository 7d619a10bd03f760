//! Whether a sentence is stock text (套话) a writer can drop into any locality's speech, beyond
//! having no names and no figures: it must stand on its own (no 这/此/对此… leaning on the sentence
//! before, no half of a 当…时…；当…时… pair, no tail of a quotation), assert no concrete local fact
//! (出台了《…》, 举办了…, 目前我市…, 开展…专题招商活动), carry no date-bound content (疫情, 十九大,
//! 年底前), and not put the locality inside a proper name (`{{locality}}品牌`). The judgement is in
//! the tables below; one-off cases go to `phrasebank/curation.yaml`.

use std::sync::LazyLock;

use regex::Regex;

use crate::literals::Words;

/// Openings that lean on the sentence before (指代、承接): `这些重要论述…`, `对此，…`,
/// `同时，要…`, `可以说，…`, and a quotation's later clauses (`强调要…`, `倡议…`).
/// (`这次会议…` `这次大会…` name the meeting being held, not the sentence before: see
/// `leans_on_neighbour`.)
const LEANING_STARTS: &[&str] = &[
    "这",
    "此",
    "对此",
    "因此",
    "为此",
    "由此",
    "其中",
    "上述",
    "以上",
    "同时",
    "另外",
    "可以说",
    "特别是",
    "但",
    "而且",
    "也就是",
    "尤其",
    "强调",
    "倡议",
];

/// Words inside a sentence that point back at its neighbours: `重点就看这“三率”`,
/// `原因就在于此`, `在这轮产业转移中`, `争取这个项目`, the `，等等。` closing a list begun before.
const LEANING_WORDS: &[&str] = &["就看这", "就在于此", "这轮", "这个项目", "等等"];

/// Openings stating the source locality's own present situation: `目前，我市开放平台总体上…`,
/// `当前，我市出口不畅的问题比较突出`, `今年以来，市委市政府谋划实施的…`.
const LOCAL_SITUATION_STARTS: &[&str] = &["目前，我", "目前，全", "当前，我", "当前，全", "今年以来"];

/// Past concrete actions of the source locality (`研究出台了《…》`, `市委市政府已经出台了…`,
/// `开通了网上…平台`, `我们也拿到了一些“牌子”`): facts the writer did not give.
const PAST_ACTIONS: &[&str] = &[
    "出台了",
    "印发了",
    "已经印发",
    "举办了",
    "成立了",
    "开通了",
    "推出了",
    "拿到了",
    "里已经",
    "政府已经",
    "委已经",
    "目前已",
];

/// Concrete plans and events of the source (`开展智能家电专题招商活动`, `申建综保区`) and words
/// that date a sentence (`年底前`, `一季度开门红`, 疫情, 十九大 in a later year's speech; 新常态 and
/// “一带一路”战略 are the wording of 2014–2016, since replaced).
const DATED_OR_PLANNED: &[&str] = &[
    "专题招商活动",
    "申建",
    "获批",
    "入区",
    "年底前",
    "年内",
    "上半年",
    "下半年",
    "一季度",
    "开门红",
    "疫情",
    "新冠",
    "复工复产",
    "十九大",
    "二十大",
    "党政机构改革",
    "新常态",
    "“一带一路”战略",
];

/// `{{locality}}` followed by these is a proper name of the source's own (`{{locality}}品牌`,
/// `{{locality}}文化交流中心`, `{{locality}}片区`), not the locality speaking.
const NAME_SUFFIXES: &[&str] =
    &["品牌", "文化", "片区", "号", "园区", "基地", "中心", "自贸区", "籍", "新商", "制造", "班列"];

/// `当开放遇到波折时，…` is one half of a `当…时…；当…时…` pair; `下面，我讲四点意见：`,
/// `要做好三个方面的工作：` and `这里，我重点强调四件事：` announce a count the draft may not have;
/// `在重点项目方面，一是…` carries an enumeration of its own; `政治强，就是要…` explains a term
/// of a list given in the sentence before.
static PATTERNS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"当[^，。；：]{1,20}时，",
        r"|[二两三四五六七八九十]点意见|[两三四五六七八九十]件事|[两三四五六七八九十]个方面的工作",
        r"|，一[是要]",
        r"|^\p{Han}{2,4}，就是",
    ))
    .expect("a valid pattern")
});

/// Facts of the source's own in a sentence that reads as stock (a helper's archive, review 26: each
/// went into four other places' drafts): its campaign by name (`广泛宣传“攻坚年”活动`), its own
/// industries counted (`围绕食品加工、新型建材两大主导产业`), its title (`“中国户外用品之乡”`) and
/// its rank (`排名第九位，比上年前移两位`).
static LOCAL_FACTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"“[^”]{2,12}”(活动|行动|工程|攻坚)",
        // A campaign or a programme named in quotes or by its kind (a second archive, mn27:
        // `“项目攻坚百日会战”`, `高新技术企业倍增计划`).
        r"|“[^”]{2,12}(会战|战役|攻坚战|行动|活动|计划)”|倍增计划|百日会战|百日攻坚",
        // A campaign of the source's own named by its kind, and a channel it runs (review 36:
        // `开展优化环境专项整治活动，发挥公开举报电话作用` put into a county's article on 营商环境).
        r"|专项整治活动|举报电话",
        // A body the source sets up: its own decision, which another place's draft would announce
        // as if the speaker had made it (review 38: `各街道要组建驻地招商小分队` in a 经开区).
        r"|(组建|成立|设立)[^，。；]{0,10}?(小分队|专班|工作组|指挥部|领导小组|联络处|办事处)",
        r"|、\p{Han}{2,8}?[两三四五六七八九十]大\p{Han}{0,2}产业",
        // Its own list counted (`外贸主体培育、外资项目落地、开放平台建设三项重点工作`).
        r"|、[^，。；]{2,12}?[两三四五六七八九十]项重点(工作|任务)",
        r"|之乡",
        r"|排名第|前移|后移",
    ))
    .expect("a valid pattern")
});

/// `PAST_ACTIONS` and `DATED_OR_PLANNED`, each as one searcher for `not_stock`, which tells them
/// apart, and together for `clause_flagged`, which does not.
static PAST_ACTION: LazyLock<Words> = LazyLock::new(|| Words::new(PAST_ACTIONS));
static DATED_OR_PLANNED_WORD: LazyLock<Words> = LazyLock::new(|| Words::new(DATED_OR_PLANNED));
static FLAGGED_WORD: LazyLock<Words> =
    LazyLock::new(|| Words::new(&[PAST_ACTIONS, DATED_OR_PLANNED].concat()));
/// `LEANING_WORDS` as one searcher.
static LEANING_WORD: LazyLock<Words> = LazyLock::new(|| Words::new(LEANING_WORDS));

/// Whether one clause of a longer sentence carries what makes the sentence not stock text: a past
/// local action, a date or a planned event, the locality inside a name. (A word pointing at a
/// neighbour, `原因就在于此`, is not flagged: the rest of its sentence leans on it.) Such a clause may go from a generic variant the way a clause with a place name does
/// (`受…新常态影响，` out of a problems lead-in, `着力打造更多“{{locality}}品牌”，` out of a measure).
pub fn clause_flagged(clause: &str) -> bool {
    FLAGGED_WORD.is_match(clause) || locality_in_name(clause)
}

fn locality_in_name(text: &str) -> bool {
    const LOCALITY: &str = "{{locality}}";
    // Found from its first `{`, a one-byte scan, rather than by a substring searcher (which is
    // built anew on every call and costs more than the scan). The mark cannot overlap itself, so
    // the places found are the same.
    text.match_indices('{').any(|(i, _)| {
        let after = &text[i..];
        after.starts_with(LOCALITY)
            && (text[..i].ends_with('“')
                || NAME_SUFFIXES.iter().any(|s| after[LOCALITY.len()..].starts_with(s)))
    })
}

/// The sentence without an opening that leans on the sentence before or dates it, when what is left
/// reads as a sentence of its own: `对此，必须握指成拳…` → `必须握指成拳…`, `尤其要积极争取…` →
/// `要积极争取…`, `政治强，就是要深入学习…` → `要深入学习…`, `新常态下，招商引资必须…` →
/// `招商引资必须…`. `None` when there is no such opening, or too little is left.
pub fn strip_leaning(sentence: &str) -> Option<String> {
    const WHOLE: &[&str] = &[
        "可以说，",
        "这就要求我们，",
        "同时，",
        "对此，",
        "因此，",
        "为此，",
        "在当前这样的大背景下，",
        "在经济发展新常态下，",
        "新常态下，",
        "因此",
        "特别是",
    ];
    let mut rest = sentence;
    let mut prefix = "";
    loop {
        let before = rest;
        if let Some(r) = WHOLE.iter().find_map(|w| rest.strip_prefix(w)) {
            rest = r;
        } else if let Some(r) = rest.strip_prefix("同时").filter(|r| !r.starts_with(['也', '还', '又']))
        {
            rest = r;
        } else if rest.starts_with("尤其要") {
            rest = &rest["尤其".len()..];
        } else if let Some(tail) = term_explained(rest) {
            rest = tail;
            prefix = "要";
        }
        if rest == before {
            break;
        }
    }
    let left = rest.chars().filter(|c| super::clean::is_han(*c)).count();
    (rest.len() < sentence.len() && left >= 8 && rest.chars().next().is_some_and(super::clean::is_han))
        .then(|| format!("{prefix}{rest}"))
}

/// What follows `政治强，就是要`: a term of two to four Han characters explained. (The first
/// `，就是要` is the one right after the leading run of Han characters, as a comma ends the run:
/// only that place is looked at, not the whole sentence.)
fn term_explained(text: &str) -> Option<&str> {
    let (han, head) = text
        .chars()
        .take(5)
        .take_while(|c| super::clean::is_han(*c))
        .fold((0, 0), |(n, bytes), c| (n + 1, bytes + c.len_utf8()));
    (2..=4).contains(&han).then(|| text[head..].strip_prefix("，就是要")).flatten()
}

/// Whether `text` opens leaning on the sentence before, or points back at it.
fn leans_on_neighbour(text: &str) -> bool {
    let this_meeting = ["这次会议", "这次大会", "这次全", "这次座谈会"].iter().any(|w| text.starts_with(w));
    (LEANING_STARTS.iter().any(|w| text.starts_with(w)) && !this_meeting) || LEANING_WORD.is_match(text)
}

/// Why `text` is not stock text, or `None` when it is.
pub fn not_stock(text: &str) -> Option<&'static str> {
    if leans_on_neighbour(text) {
        return Some("leans on its neighbour");
    }
    if LOCAL_SITUATION_STARTS.iter().any(|w| text.starts_with(w)) || PAST_ACTION.is_match(text) {
        return Some("states a fact of the source locality");
    }
    if DATED_OR_PLANNED_WORD.is_match(text) {
        return Some("a dated or planned event");
    }
    if locality_in_name(text) {
        return Some("the locality inside a proper name");
    }
    if LOCAL_FACTS.is_match(text) {
        return Some("names a campaign, industries, a title or a rank of the source");
    }
    if PATTERNS.is_match(text) {
        return Some("a half, a count or a list of its own");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{clause_flagged, not_stock, strip_leaning};

    #[test]
    fn leaning_openings_are_stripped_when_a_sentence_is_left() {
        for (from, to) in [
            (
                "对此，必须握指成拳，下决心打造一批开放型产业园区。",
                "必须握指成拳，下决心打造一批开放型产业园区。",
            ),
            ("尤其要积极争取政策性资金，着力破解资金瓶颈；", "要积极争取政策性资金，着力破解资金瓶颈；"),
            (
                "政治强，就是要深入学习贯彻重要论述，做到开放中有安全。",
                "要深入学习贯彻重要论述，做到开放中有安全。",
            ),
            (
                "可以说，在当前这样的大背景下，任何地方只有不断扩大开放，才能抓住发展这个最大公约数。",
                "任何地方只有不断扩大开放，才能抓住发展这个最大公约数。",
            ),
            ("同时强化开放理念，注重全领域的开放。", "强化开放理念，注重全领域的开放。"),
            (
                "新常态下，招商引资必须坚持效益第一，统筹考虑投资强度。",
                "招商引资必须坚持效益第一，统筹考虑投资强度。",
            ),
        ] {
            assert_eq!(strip_leaning(from).as_deref(), Some(to), "{from}");
        }
        // Nothing to strip, too little left, or an opening that is the point of the sentence.
        for text in [
            "开放是五大发展理念之一。",
            "同时，要抓好。",
            "同时也要看到差距。",
            "这些重要论述，很系统、很全面。",
        ] {
            assert_eq!(strip_leaning(text), None, "{text}");
        }
    }

    #[test]
    fn clauses_carrying_facts_or_dates_are_flagged() {
        for clause in [
            "受经济发展进入速度变化、结构优化、动力转化新常态影响，",
            "着力打造更多“{{locality}}品牌”，",
            "开通了网上工程建设联审联批平台，",
            "力争早日获批。",
        ] {
            assert!(clause_flagged(clause), "{clause}");
        }
        for clause in
            ["进一步增强大型进出口企业和大宗产品的拉动能力，", "我们也清醒地看到，", "不断提高对外贸易水平。"]
        {
            assert!(!clause_flagged(clause), "{clause}");
        }
    }

    #[test]
    fn fragments_facts_and_dates_are_not_stock() {
        for text in [
            "当开放遇到波折时，改革创新的动力就减弱。",
            "倡议构建人类命运共同体，高质量共建“一带一路”，推动建设开放型世界经济，等等。",
            "这些重要论述，很系统、很全面、也很具体。",
            "这次活动取得了圆满成功。",
            "对此，必须握指成拳，下决心打造一批百亿级、千亿级的开放型产业园区。",
            "可以说，在当前这样的大背景下，任何地方只有不断扩大开放，才能抓住发展这个最大公约数。",
            "今后考核招商工作，重点就看这“三率”。",
            "开展智能家电专题招商活动。",
            "当前，我{{level}}出口不畅的问题比较突出。",
            "研究出台了《重大建设项目审查提速办法》。",
            "要鼓励企业按照国际标准生产加工产品，着力打造更多“{{locality}}品牌”。",
            "省里明确提出要建设{{locality}}文化交流中心，我们要积极争取这个项目落户{{locality}}。",
            "坚持把重点项目作为总抓手，积极克服疫情带来的影响，强力推进复工复产。",
            "会议深入学习贯彻习近平新时代中国特色社会主义思想，贯彻落实党的十九大精神。",
            "下面，我讲四点意见：",
            "政治强，就是要深入学习贯彻习近平总书记关于对外开放的重要论述。",
            "各级各部门要充分利用报纸、电视、网络等媒体，广泛宣传“攻坚年”活动的重要意义。",
            "围绕食品加工、新型建材两大主导产业，绘制产业链图谱。",
            "“中国户外用品之乡”的品牌越叫越响。",
            "去年，我{{level}}在全省营商环境评价中排名第九位，比上年前移两位。",
            // A second archive (mn27): a campaign, a programme, a counted list of its own.
            "要开展“项目攻坚百日会战”，对重点项目实行挂图作战、销号管理。",
            "要实施高新技术企业倍增计划，支持企业建设研发中心。",
            "突出抓好外贸主体培育、外资项目落地、开放平台建设三项重点工作。",
            // Review 36: a campaign by its kind, a channel the source runs.
            "开展优化环境专项整治活动，妥善解决外商投诉和纠纷。",
            "发挥公开举报电话作用，加大监督检查力度。",
            // Review 38: a body set up.
            "各街道要组建驻地招商小分队，选择重点对象，谋划项目。",
            "要成立产业链招商专班，实行链长负责制。",
        ] {
            assert!(not_stock(text).is_some(), "{text}");
        }
    }

    #[test]
    fn stock_sentences_pass() {
        for text in [
            "开放是五大发展理念之一。",
            "封闭必然落后，开放才能发展，这是历史经验教训的总结。",
            "当今国际市场的竞争，已经进入品牌竞争的时代。",
            "下面，我就全{{level}}对外开放工作，讲几点意见：",
            "当前，世界经济正处于深度调整期，我国在世界经济版图中的地位举足轻重。",
            "总之，希望大家发挥自身优势，在推动{{locality}}全方位高水平对外开放中实现更大担当。",
            "责任不落实，工作就落空。",
            "这次会议的主要任务是总结工作，交流经验，部署今年的重点任务。",
            "统筹用好政策和专项资金，科学确定重点支持领域。",
        ] {
            assert_eq!(not_stock(text), None, "{text}");
        }
    }
}

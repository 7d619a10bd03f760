//! 语序: the order of stock sentences inside one paragraph.
//!
//! A filler site is handed its statements in a seeded random order; printed that way a paragraph
//! reads as a collage (`市场就是订单、就是销路。` after a sentence on brands, a quotation of the
//! central line after a requirement). The seeds build a paragraph in one direction, from why to
//! what to how far:
//!
//! 强有力的平台支撑，是扩大开放的重要条件。(论断) 平台越丰富、越完备，开放就越深入、越有效。(论断)
//! …必须加快构建多层次、全方位、立体化的开放平台支撑体系 (必须) … 要加强与国家、省直有关部门的
//! 沟通对接 (要) … 确保挂牌后能迅速实施、全面推进。(落脚)
//!
//! so a site's sentences are sorted by `Move` (stable: within one move the seeded order stays).
//! A sentence's move is read off its opening words — the seeds mark it there (习近平总书记指出，
//! 当前，… / X是Y / 必须… / 要… / 确保…).

/// What a sentence does in its paragraph, in the order the seeds put them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Move {
    /// 背景、引述: the central line, the times (习近平总书记指出… 党的十八大以来… 当前…).
    Context,
    /// 论断: what a thing is or why it matters (X是Y的重要…；平台越丰富，开放就越深入).
    Claim,
    /// 必须: what cannot be otherwise (必须… 只有…才…).
    Necessity,
    /// 要: what is to be done (要… 加快… 坚持… 市商务局要…).
    Action,
    /// 落脚: the result aimed at (确保… 力争… 让…).
    Aim,
}

impl Move {
    pub const ALL: [Move; 5] = [Move::Context, Move::Claim, Move::Necessity, Move::Action, Move::Aim];

    /// The name a template gives it (`{{phrase … from="claim" to="necessity"}}`).
    pub fn name(self) -> &'static str {
        match self {
            Move::Context => "context",
            Move::Claim => "claim",
            Move::Necessity => "necessity",
            Move::Action => "action",
            Move::Aim => "aim",
        }
    }

    pub fn parse(name: &str) -> Option<Move> {
        Move::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// The moves a site takes, from the first to the last (`Moves::ANY`: all of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moves {
    pub from: Move,
    pub to: Move,
}

impl Default for Moves {
    fn default() -> Moves {
        Moves::ANY
    }
}

impl Moves {
    pub const ANY: Moves = Moves { from: Move::Context, to: Move::Aim };

    pub fn take(self, m: Move) -> bool {
        (self.from..=self.to).contains(&m)
    }
}

/// Openings of a context sentence.
const CONTEXT: &[&str] = &[
    "习近平",
    "以习近平同志为核心的党中央",
    "总书记",
    "党的十",
    "党中央",
    "当前",
    "当今",
    "目前",
    "近年来",
    "随着",
    "回顾过去",
    "从改革开放",
    "从国际",
    "从国内",
    "在经济发展",
    "在当前",
    "面对",
    "新形势下",
    "新时代",
];

/// Openings of a necessity.
const NECESSITY: &[&str] = &["必须", "只有", "唯有", "关键", "务必", "我们必须", "需要强调的是"];

/// Openings of a result aimed at.
const AIM: &[&str] = &["确保", "力争", "努力", "真正", "让", "使", "从而", "以此", "进而", "最终"];

/// Verbs and adverbs that open an action sentence with its subject left out (as the seeds do).
const ACTION: &[&str] = &[
    "要",
    "我们要",
    "坚持",
    "加强",
    "加快",
    "加大",
    "推动",
    "推进",
    "积极",
    "大力",
    "着力",
    "进一步",
    "深入",
    "深化",
    "鼓励",
    "支持",
    "完善",
    "建立",
    "健全",
    "强化",
    "切实",
    "全面",
    "持续",
    "不断",
    "提高",
    "提升",
    "用好",
    "抓好",
    "做好",
    "抓住",
    "依托",
    "围绕",
    "聚焦",
    "立足",
    "按照",
    "通过",
    "把",
    "实行",
    "实施",
    "开展",
    "发挥",
    "优化",
    "创新",
    "培育",
    "引进",
    "打造",
    "构建",
    "落实",
    "严格",
    "注重",
    "统筹",
    "既",
    "紧盯",
    "紧紧",
    "主动",
    "充分",
    "扎实",
    "认真",
    "重点",
    "突出",
    "拓展",
    "扩大",
    "促进",
    "引导",
    "探索",
    "建设",
    "树立",
    "增强",
    "营造",
    "压实",
    "对标",
    "集中",
    "理顺",
    "畅通",
    "简化",
    "精简",
    "组织",
    "举办",
    "召开",
    "制定",
    "出台",
    "争取",
    "吸引",
    // `结合产业发展建链、延链、补链、强链需要，…大力开展精准招商`: its 需要 is a noun, not a claim
    // (it opened 宜宾临港经开区's 二是 as a frame, 130 characters of 湖南's actions).
    "结合",
];

/// Words by which a sentence says what a thing is or why it matters (是, 就, 才, 越…越, 离不开 …).
const CLAIM: &[&str] = &[
    "是",
    "就",
    "才",
    "越",
    "离不开",
    "在于",
    "提出了",
    "需要",
    "决定",
    "意味",
    "事关",
    "关系到",
    "根基",
    "核心",
    "前提",
    "基础",
    "保障",
    "必然",
    "如同",
];

/// The move of one sentence.
pub fn classify(text: &str) -> Move {
    let t = text.trim_start_matches(['“', '"']);
    let starts = |list: &[&str]| list.iter().any(|w| t.starts_with(w));
    if starts(CONTEXT) {
        return Move::Context;
    }
    if starts(NECESSITY) || first_clause(t).chars().take(10).collect::<String>().contains("必须") {
        return Move::Necessity;
    }
    if starts(AIM) {
        return Move::Aim;
    }
    if starts(ACTION) || subject_then_yao(t) {
        return Move::Action;
    }
    // The opening two clauses say whether this is a claim; without a claim word, a sentence whose
    // second clause opens on an action verb (理顺园区管理体制，推动…) is an action, one opening on
    // a frame (在开放方面，我们与沿海地区的差距…) a claim.
    let mut clauses = t.split(['，', '。', '；', '：']);
    let first = clauses.next().unwrap_or_default();
    let second = clauses.next().unwrap_or_default();
    if CLAIM.iter().any(|w| first.contains(w) || second.contains(w)) {
        Move::Claim
    } else if ACTION.iter().any(|w| second.starts_with(w)) {
        Move::Action
    } else {
        Move::Claim
    }
}

/// `市商务局要牵头…`, `各级党委政府要…`: a short subject, then 要 (not 要素, 重要, 主要, 需要).
fn subject_then_yao(t: &str) -> bool {
    let head: Vec<char> = first_clause(t).chars().take(12).collect();
    head.iter().enumerate().any(|(i, &c)| {
        c == '要'
            && i > 0
            && !matches!(
                head[i - 1],
                '重' | '主'
                    | '需'
                    | '只'
                    | '紧'
                    | '首'
                    | '纲'
                    | '摘'
                    | '必'
                    | '之'
                    | '简'
                    | '概'
                    | '机'
                    | '险'
            )
            && head.get(i + 1).is_none_or(|&n| n != '素' && n != '求' && n != '点')
    })
}

fn first_clause(t: &str) -> &str {
    t.split(['，', '。', '；', '：']).next().unwrap_or(t)
}

/// The short opening clause a sentence leans on (`党的十八大以来，`, `当前，`), when it has one:
/// two sentences of one draft opening the same way read as a slip of the pen.
pub fn lead(text: &str) -> Option<&str> {
    let (head, rest) = text.split_once('，')?;
    (!rest.is_empty() && (2..=8).contains(&head.chars().count())).then_some(head)
}

/// Sorts `items` by their move (`classify`, computed once per item by the caller), keeping the
/// given order within a move.
pub fn arrange<T>(items: &mut [T], moves: impl Fn(&T) -> Move) {
    items.sort_by_key(|item| moves(item));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_moves_are_read_off_the_opening() {
        assert_eq!(classify("习近平总书记指出，必须坚持对外开放的基本国策。"), Move::Context);
        assert_eq!(
            classify("党的十八大以来，以习近平同志为核心的党中央高度重视对外开放工作。"),
            Move::Context
        );
        // Without its time (review 38: it stood after a place's situation as a claim would).
        assert_eq!(classify("以习近平同志为核心的党中央高度重视对外开放工作。"), Move::Context);
        assert_eq!(classify("强有力的平台支撑，是扩大开放的重要条件。"), Move::Claim);
        assert_eq!(classify("开放是五大发展理念之一。"), Move::Claim);
        assert_eq!(classify("招商引资是对外开放的重中之重。"), Move::Claim);
        assert_eq!(classify("必须用足用好国家、省、市外贸促进政策。"), Move::Necessity);
        assert_eq!(classify("招商引资必须坚持效益第一。"), Move::Necessity);
        assert_eq!(classify("要鼓励和支持企业深度开发传统市场。"), Move::Action);
        assert_eq!(classify("市商务局要牵头做好政策的梳理和解读。"), Move::Action);
        assert_eq!(classify("完善“大通关”协调机制，畅通对外贸易“绿色通道”。"), Move::Action);
        assert_eq!(classify("确保项目早开工、早见效。"), Move::Aim);
        assert_eq!(classify("理顺园区管理体制，推动经济开发区转型发展。"), Move::Action);
        assert_eq!(classify("责任不落实，工作就落空。"), Move::Claim);
        assert_eq!(classify("集中财力、集聚要素、集成资源，在关键环节上加大力度。"), Move::Action);
        assert_eq!(classify("在开放方面，我们与沿海地区的差距集中表现在开放的层次。"), Move::Claim);
        assert_eq!(classify("需要强调的是，各类平台要建好用好，重在统筹融合。"), Move::Necessity);
        assert_eq!(classify("结合产业发展建链、延链、补链、强链需要，大力开展精准招商。"), Move::Action);
    }

    #[test]
    fn yao_inside_a_word_is_not_an_action() {
        assert_eq!(classify("产业是一个地方发展的根基。"), Move::Claim);
        assert_eq!(classify("这一重要论述，很系统、很全面。"), Move::Claim);
        assert_eq!(classify("开放是兴市之要。"), Move::Claim);
        assert_eq!(classify("生产要素成本上升，竞争压力加大。"), Move::Claim);
    }

    #[test]
    fn a_paragraph_runs_from_why_to_how() {
        let mut s = vec![
            "要加快推进铁路、航空口岸建设。",
            "确保项目早开工。",
            "平台越丰富、越完备，开放就越深入、越有效。",
            "当前，各地都把招商引资作为切入点。",
            "必须加快构建开放平台支撑体系。",
            "强有力的平台支撑，是扩大开放的重要条件。",
        ];
        arrange(&mut s, |t| classify(t));
        assert_eq!(
            s,
            [
                "当前，各地都把招商引资作为切入点。",
                "平台越丰富、越完备，开放就越深入、越有效。",
                "强有力的平台支撑，是扩大开放的重要条件。",
                "必须加快构建开放平台支撑体系。",
                "要加快推进铁路、航空口岸建设。",
                "确保项目早开工。",
            ]
        );
    }

    #[test]
    fn leads_are_short_opening_clauses() {
        assert_eq!(lead("党的十八大以来，习近平总书记站在时代发展最前沿。"), Some("党的十八大以来"));
        assert_eq!(lead("当前，世界经济正处于深度调整期。"), Some("当前"));
        assert_eq!(lead("开放是五大发展理念之一。"), None);
        assert_eq!(lead("要围绕打开通道、提升枢纽，加快推进航空建设。"), None);
    }
}

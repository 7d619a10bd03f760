//! How a heading is built. The seeds keep one build through a run of headings — seed 000's
//! `扩大招商引资 / 做强对外贸易 / 拓展合作领域`, seed 001's `平台要建好 / 环境要优化 / 园区要发展`,
//! seed 000's `解放思想、营造氛围 / 压实责任、凝聚合力` — so a heading borrowed for a part the
//! writer left without one is chosen to match the headings the writer did give (`四是环境要优化`
//! after three 动宾 headings reads as pasted from another speech).

/// The build of a heading (小标题的句式), in the order of `Shape::ALL` (plainest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// 动宾短语: `扩大招商引资`, `持续优化营商环境`, `聚焦汽车产业链精准招商`.
    Plain,
    /// 主谓短句 with 要: `平台要建好`, `环境要优化`.
    Must,
    /// Two phrases side by side, the first a short 四字格: `共建共享，着力构建开放平台`,
    /// `压实责任、凝聚合力`.
    Pair,
    /// 动宾短语 led by 要: `要强化组织领导`. After `一是做强港口开放功能` and `二是稳住外贸基本盘`,
    /// `三是要强化组织领导` reads as pasted from another list.
    Modal,
    /// 一句话式的长标题 of an article's or a report's part, 18 characters or more:
    /// `加强党的全面领导，凝聚持续发力抓改革、促开放的工作合力`, `构建现代开放体系是转换动力、提质增效的
    /// 重要途径`. Among `扩大招商引资` and `做强对外贸易` one reads as a paragraph put where a heading was.
    Long,
}

/// From this many characters (closing punctuation aside), a heading that is not a pair is `Long`.
const LONG: usize = 18;

impl Shape {
    pub const ALL: [Shape; 5] = [Shape::Plain, Shape::Must, Shape::Pair, Shape::Modal, Shape::Long];

    /// The name templates use (`like="plain"`; the context's `like.measures`).
    pub fn name(self) -> &'static str {
        match self {
            Shape::Plain => "plain",
            Shape::Must => "must",
            Shape::Pair => "pair",
            Shape::Modal => "modal",
            Shape::Long => "long",
        }
    }

    pub fn parse(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The shape of `heading` (its closing punctuation aside).
    pub fn of(heading: &str) -> Shape {
        let text = crate::text::clause(heading);
        let chars: Vec<char> = text.chars().collect();
        let parts: Vec<&str> = text.split(['，', '、']).collect();
        if let [first, second] = parts[..]
            && (4..=6).contains(&first.chars().count())
            && second.chars().count() >= 4
        {
            return Shape::Pair;
        }
        if chars.len() >= LONG {
            return Shape::Long;
        }
        if chars.len() <= 6 && chars.get(2) == Some(&'要') {
            return Shape::Must;
        }
        if chars.first() == Some(&'要') && chars.len() > 3 {
            return Shape::Modal;
        }
        Shape::Plain
    }

    /// `heading` as it reads among headings of this shape, or `None` when it does not fit among
    /// them. One led by 要 reads as a plain one once the 要 is dropped: after `一是做强港口开放功能`
    /// and `二是稳住外贸基本盘`, `三是强化组织领导`, not `三是要强化组织领导`.
    pub fn fit(self, heading: &str) -> Option<&str> {
        match (self, Shape::of(heading)) {
            (Shape::Plain, Shape::Modal) => heading.strip_prefix('要'),
            (like, shape) => (like == shape).then_some(heading),
        }
    }

    /// The shape most of `headings` have (ties go to the plainest); `None` for no headings.
    pub fn most<'a>(headings: impl IntoIterator<Item = &'a str>) -> Option<Shape> {
        let mut counts = [0usize; Shape::ALL.len()];
        let mut any = false;
        for h in headings {
            any = true;
            counts[Shape::of(h) as usize] += 1;
        }
        // `max_by_key` keeps the last of equal counts: look from the least plain.
        any.then(|| Shape::ALL.into_iter().rev().max_by_key(|s| counts[*s as usize])).flatten()
    }
}

/// Whether a numbered point's head (the `持续优化营商环境。` of seed 004's `六是持续优化营商环境。`)
/// can stand as a heading by itself: one short sentence, not an item of a list (`…；`) or a
/// lead into one (`…：`).
pub fn stands_alone(head: &str) -> bool {
    let text = head.trim();
    let body = crate::text::clause(text);
    text.ends_with('。')
        && !body.contains(['；', '：', '。'])
        && body.matches('，').count() <= 1
        && (4..=16).contains(&body.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seeds_headings_have_the_shape_they_look() {
        for h in ["扩大招商引资", "持续优化营商环境。", "聚焦汽车产业链精准招商"] {
            assert_eq!(Shape::of(h), Shape::Plain, "{h}");
        }
        for h in ["要加快打造综合交通网络", "要强化组织领导。"] {
            assert_eq!(Shape::of(h), Shape::Modal, "{h}");
        }
        for h in ["平台要建好", "环境要优化", "能力要提升"] {
            assert_eq!(Shape::of(h), Shape::Must, "{h}");
        }
        for h in ["共建共享，着力构建开放平台", "压实责任、凝聚合力", "把握发展大势，明确目标任务"]
        {
            assert_eq!(Shape::of(h), Shape::Pair, "{h}");
        }
        // An enumeration inside a 动宾 heading is not a pair.
        for h in ["加快建设开放平台、物流通道", "今年一季度开放招商实现开门红"] {
            assert_eq!(Shape::of(h), Shape::Plain, "{h}");
        }
        // A part's title of a sentence's length, in three phrases or in one, is long.
        for h in [
            "加强党的全面领导，凝聚持续发力抓改革、促开放的工作合力。",
            "构建现代开放体系是转换动力、提质增效的重要途径",
            "要进一步提升招商引资和对外投资水平，增强经济外向度",
        ] {
            assert_eq!(Shape::of(h), Shape::Long, "{h}");
        }
    }

    #[test]
    fn a_heading_led_by_yao_fits_among_plain_ones_without_it() {
        assert_eq!(Shape::Plain.fit("要强化组织领导"), Some("强化组织领导"));
        assert_eq!(Shape::Plain.fit("扩大招商引资"), Some("扩大招商引资"));
        assert_eq!(Shape::Modal.fit("要强化组织领导"), Some("要强化组织领导"));
        assert_eq!(Shape::Modal.fit("扩大招商引资"), None);
        assert_eq!(Shape::Plain.fit("平台要建好"), None);
        assert_eq!(Shape::Plain.fit("加强党的全面领导，凝聚持续发力抓改革、促开放的工作合力"), None);
    }

    #[test]
    fn most_headings_decide_and_ties_go_plain() {
        assert_eq!(Shape::most([]), None);
        assert_eq!(Shape::most(["平台要建好", "环境要优化", "扩大招商引资"]), Some(Shape::Must));
        assert_eq!(Shape::most(["平台要建好", "扩大招商引资"]), Some(Shape::Plain));
        assert_eq!(Shape::most(["压实责任、凝聚合力"]), Some(Shape::Pair));
    }

    #[test]
    fn only_a_short_whole_sentence_stands_alone() {
        assert!(stands_alone("持续优化营商环境。"));
        assert!(stands_alone("把握发展大势，明确目标任务。"));
        assert!(!stands_alone("培育外向型企业，包括外贸企业、走出去和引进来的企业；"));
        assert!(!stands_alone("要加大招商力度，大力引进外向型企业，确保有一批项目支撑；"));
        assert!(!stands_alone("抓好三件事："));
        assert!(!stands_alone(
            "坚持把重点项目作为总抓手，谋划实施了一批利长远、打基础、惠民生的大项目、好项目。"
        ));
    }
}

//! Figures in the register of the seeds:
//! `实际利用外资12.3亿美元，完成目标的105%，增长8.5%，位居全省第三位`.
//!
//! Values keep the digits the writer typed (`Number`); a negative growth reads `下降3.2%`, zero
//! `与上年持平`. Nothing is rounded or recomputed: a figure is the writer's, we only phrase it.

use crate::model::{Figure, Goal, Number};

/// `增长8.5%` / `下降3.2%` / `与上年持平`. A figure the less the better says its fall with `fall`
/// (`Common::fall_word`: 审批平均用时…缩短24.0%) and its rise as 延长 (a time) or 增加.
pub fn growth(g: &Number, fall: Option<&str>) -> String {
    if g.value() == 0.0 {
        "与上年持平".to_string()
    } else if g.is_negative() {
        format!("{}{}", fall.unwrap_or("下降"), g.said_abs("%"))
    } else {
        // (A time the less the better grows longer: 等待时间…延长8.3%.)
        let rise = match fall {
            Some("缩短") => "延长",
            Some(_) => "增加",
            None => "增长",
        };
        format!("{rise}{}", g.said("%"))
    }
}

/// `位居全省第三位`; a rank already starting with a verb (位居/居/排/列…) is kept as typed.
pub fn rank(r: &str) -> String {
    // Arabic digits as the register writes them: `全国第１位`, typed with an input method, read
    // `位居全国第１位` (review 26).
    let r: String = r.trim().chars().map(crate::text::half_width_digit).collect();
    let r = r.as_str();
    if ["位居", "居", "排", "列", "位列", "跃居", "保持"].iter().any(|v| r.starts_with(v)) {
        r.to_string()
    } else {
        format!("位居{r}")
    }
}

/// One figure as a clause (no closing punctuation). `whole` (全市) is put before the name when
/// given, unless the name already starts with 全/我/本 or with the locality. In a speech taking
/// stock midway (`partial`: 上半年, 1—8月) the target completed is the year's: 完成全年目标的41%.
pub fn clause(f: &Figure, whole: Option<&str>, locality: &str, partial: bool, fall: Option<&str>) -> String {
    let name = f.name.trim();
    let mut s = String::new();
    // A name that opens with the time it counts up to (截至年底有进出口实绩企业) keeps that time
    // first: `全县截至年底有…` read backwards; `截至年底，全县有…` is how it is said.
    let name = match until(name) {
        Some(at) if whole.is_some() => {
            s.push_str(&name[..at]);
            s.push('，');
            &name[at..]
        }
        _ => name,
    };
    if let Some(whole) = whole {
        let has_subject = name.starts_with(['全', '我', '本'])
            || name.starts_with(crate::plan::context::place_name(locality));
        if !has_subject {
            s.push_str(whole);
        }
    }
    s.push_str(name);
    // A measure the less the better (a time, a cost) is a level, said with 为: without it the
    // figure read as a row of a table, `企业开办时间0.5个工作日` (review 34). A total or a count
    // reads without it in the register (`外贸进出口总额18.6亿元`).
    // A rate or a share (unit `%`: 开工率, 占比) is a level reached, said with 达: `全县签约项目开工率
    // 76.3%` read as a row of a table (review 46).
    // (A bound word before the digits links them itself: `审批用时约40个工作日`, not `为约40`,
    // review 57.)
    let verb = name.ends_with(['为', '至', '到', '是', '达', '在']) || f.value.bound().before.is_some();
    if fall.is_some() && !verb {
        s.push('为');
    } else if !verb && f.unit.as_deref().map(str::trim) == Some("%") {
        s.push('达');
    }
    s.push_str(&f.value.said(f.unit.as_deref().unwrap_or("").trim()));
    let completed = f.target_rate.as_ref().map(|t| {
        let target = if partial { "全年目标" } else { "目标" };
        format!("，完成{target}的{t}%")
    });
    let grown = f.growth.as_ref().map(|g| format!("，{}", growth(g, fall)));
    // (A rank given blank is none: `rank: ""` read `位居。`, fuzz 28.)
    let ranked = f.rank.as_deref().filter(|r| !r.trim().is_empty()).map(|r| format!("，{}", rank(r)));
    // The growth comes right after the value, and the share of the target after it
    // (`21.7亿元，下降8.9%，完成全年目标的38%`: reviews 30 and 34 read `完成全年目标的38%，下降8.9%`
    // against the house order), except before a rank, which is the growth's (seed 004: `完成目标的
    // xx%，增长xx%，增速位居全省第一位`).
    let order = if ranked.is_some() { [completed, grown, ranked] } else { [grown, completed, ranked] };
    for part in order.into_iter().flatten() {
        s.push_str(&part);
    }
    s
}

/// Where the time a running total counts up to ends, when the name opens with one (`截至年底`,
/// `截至2025年12月底`, `截止目前`): the byte after it, when something follows.
fn until(name: &str) -> Option<usize> {
    let rest = name.strip_prefix("截至").or_else(|| name.strip_prefix("截止"))?;
    let time = |c: char| c.is_ascii_digit() || "年月日底末目前今一二三四五六七八九十季度上下半第".contains(c);
    let len: usize = rest.chars().take_while(|&c| time(c)).map(char::len_utf8).sum();
    let at = name.len() - rest.len() + len;
    (len > 0 && at < name.len()).then_some(at)
}

/// Whether a figure's name opens with a place's name (`黄石市外贸进出口总额` in a province's release):
/// two to four characters and a unit of administration. Its place is its subject, and `全省` before
/// it made the city's figure the province's (review 26). A unit inside one of `words` is no place's
/// (边民互市, 国际市场, 县域, 省级, 实际利用县外资金: `Common::place_words`); 区 is left out (园区,
/// 开发区, 片区 end with it: `of_one_facility`).
pub fn names_a_place(name: &str, words: &[String]) -> bool {
    name.char_indices().take(5).skip(2).any(|(i, c)| {
        let unit = &name[i..i + c.len_utf8()];
        matches!(c, '省' | '市' | '县' | '州' | '盟' | '旗')
            && name[..i].chars().all(crate::text::is_han)
            && !crate::text::inside_any(name, unit, i, words)
    })
}

/// Whether `name` is the figure of one named facility inside the place, whose own name is its
/// subject: `河口口岸进出口货运量`, `钦州港区集装箱吞吐量`, `蒙自经济技术开发区实际使用外资`. Such a
/// figure is not said of the whole place (`全州河口口岸…`). The first facility word of the name
/// (`facilities`: 口岸, 港区, 开发区 …) decides: what stands before it, once kinds of facility
/// (`kinds`: 边境, 国家级, 经济技术 …) are set aside, is its name when it is two characters or
/// more and not 全/各/我/本 (`口岸进出境货运量`, `边境口岸进出口`, `全市开发区…` are the place's).
pub fn of_one_facility(name: &str, facilities: &[String], kinds: &[String], not: &[String]) -> bool {
    // The leftmost facility word, the longest there (综合保税区, not its 保税区), unless it stands
    // inside a word that names no facility (香港, 港澳: `not`).
    let first = facilities
        .iter()
        .filter(|f| !f.is_empty())
        .flat_map(|f| name.match_indices(f.as_str()).map(move |(i, _)| (i, f)))
        .filter(|&(i, f)| !crate::text::inside_any(name, f, i, not))
        .map(|(i, f)| (i, std::cmp::Reverse(f.len())))
        .min();
    let Some((at, _)) = first else { return false };
    let mut before = name[..at].trim();
    while let Some(rest) =
        kinds.iter().filter(|k| !k.is_empty()).find_map(|k| before.strip_suffix(k.as_str()))
    {
        before = rest;
    }
    before.chars().filter(|c| crate::text::is_han(*c)).count() >= 2
        && !before.starts_with(['全', '各', '我', '本'])
}

/// The year a goal is set for when its text says one (`到2027年…`, `二期项目2026年底建成投产`): the
/// first four digits followed by 年 that are not the year compared with (`比2025年增长5%`,
/// `较2025年`, `与2025年持平`).
pub fn own_year(goal: &str) -> Option<String> {
    let chars: Vec<char> = goal.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let run = chars[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        if run == 0 {
            k += 1;
            continue;
        }
        let compared = k > 0 && matches!(chars[k - 1], '比' | '较' | '与' | '同');
        if run == 4 && chars.get(k + 4) == Some(&'年') && !compared {
            return Some(chars[k..k + 4].iter().collect());
        }
        k += run;
    }
    None
}

/// A goal as a clause: `实际利用外资增长10%`, `新签约亿元以上项目50个`, or its `text` as typed. A
/// figure the less the better (`fall`: 缩短) is held under its value: `审批平均用时缩短至30个工作日以内`.
pub fn goal(g: &Goal, fall: Option<&str>) -> String {
    let name = g.name.as_deref().unwrap_or("").trim();
    let mut parts = Vec::new();
    if let Some(v) = &g.value {
        let unit = g.unit.as_deref().unwrap_or("").trim();
        let said = v.said(unit);
        parts.push(match fall {
            // (Unless the writer bounded it: `压缩至3个工作日左右`.)
            Some(fall) if v.bound().after.is_none() => format!("{name}{fall}至{said}以内"),
            Some(fall) => format!("{name}{fall}至{said}"),
            // A level to reach: `实际利用外资达到6亿美元`. Without the verb a goal after another
            // read `确保全年外贸进出口总额与上年持平；实际利用外资6亿美元` (review 30).
            None => format!("{name}达到{said}"),
        });
    }
    if let Some(gr) = &g.growth {
        let growth = growth(gr, fall);
        parts.push(if parts.is_empty() { format!("{name}{growth}") } else { growth });
    }
    let mut s = parts.join("，");
    if s.is_empty() {
        s = name.to_string();
    }
    match g.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) if s.is_empty() => t.to_string(),
        Some(t) => format!("{s}，{t}"),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Number {
        Number::parse(s).unwrap()
    }

    #[test]
    fn a_running_total_keeps_its_time_first() {
        let f = |name: &str| Figure {
            name: name.into(),
            value: n("210"),
            unit: Some("家".into()),
            growth: None,
            target_rate: None,
            rank: None,
        };
        let said = |name: &str, whole| clause(&f(name), whole, "丰县", false, None);
        assert_eq!(said("截至年底有进出口实绩企业", Some("全县")), "截至年底，全县有进出口实绩企业210家");
        assert_eq!(
            said("截至2025年12月底累计引进外资企业", Some("全县")),
            "截至2025年12月底，全县累计引进外资企业210家"
        );
        // No lead asked for, or no time to keep first: as before.
        assert_eq!(said("截至年底有进出口实绩企业", None), "截至年底有进出口实绩企业210家");
        assert_eq!(said("累计引进外资企业", Some("全县")), "全县累计引进外资企业210家");
        assert_eq!(said("截至目前", Some("全县")), "全县截至目前210家");
        assert_eq!(said("截至年底全县有进出口实绩企业", Some("全县")), "截至年底，全县有进出口实绩企业210家");
    }

    #[test]
    fn figure_clause_reads_like_the_seeds() {
        let f = Figure {
            name: "实际利用外资".into(),
            value: n("12.30"),
            unit: Some("亿美元".into()),
            growth: Some(n("8.5")),
            target_rate: Some(n("105")),
            rank: Some("全省第三位".into()),
        };
        assert_eq!(
            clause(&f, Some("全市"), "柳州市", false, None),
            "全市实际利用外资12.30亿美元，完成目标的105%，增长8.5%，位居全省第三位"
        );
        // Midway through the year, the target is the year's (齐齐哈尔's 上半年 调度会, helper review:
        // `完成目标的41%` read as a target missed).
        let half = Figure { target_rate: Some(n("41")), ..f.clone() };
        assert!(clause(&half, None, "柳州市", true, None).contains("，完成全年目标的41%，"));
        // Without a rank the growth comes first, as the house writes it (reviews 30, 34: `812.4亿元，
        // 完成全年目标的44%，下降7.6%`).
        let half = Figure { growth: Some(n("-7.6")), rank: None, ..half };
        assert_eq!(
            clause(&half, Some("全市"), "柳州市", true, None),
            "全市实际利用外资12.30亿美元，下降7.6%，完成全年目标的41%"
        );
        let f = Figure { growth: Some(n("-3.2")), target_rate: None, rank: None, ..f };
        assert_eq!(clause(&f, None, "柳州市", true, None), "实际利用外资12.30亿美元，下降3.2%");
        assert_eq!(rank("全国第１位"), "位居全国第1位");
        // A rate is a level reached (review 46: `全县签约项目开工率76.3%`).
        let rate = Figure {
            name: "签约项目开工率".into(),
            value: n("76.3"),
            unit: Some("%".into()),
            growth: None,
            target_rate: None,
            rank: None,
        };
        assert_eq!(clause(&rate, Some("全县"), "信丰县", false, None), "全县签约项目开工率达76.3%");
        let rate = Figure { name: "开工率达到".into(), ..rate };
        assert_eq!(clause(&rate, None, "信丰县", false, None), "开工率达到76.3%");
        let g = Goal { name: Some("实际利用外资".into()), growth: Some(n("10")), ..Goal::default() };
        assert_eq!(goal(&g, None), "实际利用外资增长10%");
        let g =
            Goal {
                name: Some("实际利用外资".into()), value: Some(n("6")), unit: Some("亿美元".into()), ..g
            };
        assert_eq!(goal(&g, None), "实际利用外资达到6亿美元，增长10%");
    }

    /// A figure the less the better says its fall as a gain (review 28: 肥西县's
    /// `审批平均用时38个工作日，下降24.0%`), and its goal as a ceiling.
    #[test]
    fn a_figure_the_less_the_better_is_said_so() {
        let common =
            crate::plan::spec::Common::load(&crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap())
                .unwrap();
        let name = "工程建设项目审批平均用时";
        let fall = common.fall_word(name);
        assert_eq!(fall, Some("缩短"));
        assert_eq!(common.fall_word("企业综合物流成本"), Some("降低"));
        assert_eq!(common.fall_word("实际利用外资"), None);
        let f = Figure {
            name: name.into(),
            value: n("38"),
            unit: Some("个工作日".into()),
            growth: Some(n("-24.0")),
            target_rate: None,
            rank: None,
        };
        assert_eq!(
            clause(&f, None, "肥西县", false, fall),
            "工程建设项目审批平均用时为38个工作日，缩短24.0%"
        );
        let up = Figure { growth: Some(n("5")), ..f };
        assert_eq!(clause(&up, None, "肥西县", false, fall), "工程建设项目审批平均用时为38个工作日，延长5%");
        let level = Figure {
            name: "企业开办时间".into(),
            value: n("0.5"),
            unit: Some("个工作日".into()),
            growth: None,
            target_rate: None,
            rank: None,
        };
        let fall = common.fall_word(&level.name);
        assert_eq!(clause(&level, Some("全市"), "潍坊市", false, fall), "全市企业开办时间为0.5个工作日");
        let typed = Figure { name: "企业开办时间压缩至".into(), ..level };
        assert_eq!(clause(&typed, None, "潍坊市", false, fall), "企业开办时间压缩至0.5个工作日");
        let g = Goal {
            name: Some(name.into()),
            value: Some(n("30")),
            unit: Some("个工作日".into()),
            ..Goal::default()
        };
        assert_eq!(goal(&g, fall), "工程建设项目审批平均用时缩短至30个工作日以内");
    }

    #[test]
    fn a_figure_named_for_a_place_is_not_said_of_the_whole() {
        let common =
            crate::plan::spec::Common::load(&crate::assets::overlay(crate::assets::TEMPLATES, None).unwrap())
                .unwrap();
        let words = &common.place_words;
        for name in ["黄石市外贸进出口总额", "恩施州实际利用外资", "满洲里市口岸货运量", "阿拉善盟外贸进出口"]
        {
            assert!(names_a_place(name, words), "{name}");
        }
        for name in [
            "国际市场开拓资金",
            "外贸进出口总额",
            "县域外贸进出口",
            "城市更新投资",
            "实际利用县外资金",
            "新增省级外贸基地",
            "边民互市贸易额",
            "新增上市公司",
            "产业联盟成员",
        ] {
            assert!(!names_a_place(name, words), "{name}");
        }
    }

    #[test]
    fn a_figure_of_one_named_facility_is_not_the_whole_place() {
        let list = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        let facilities = list("口岸 港区 港口 港 综合保税区 保税区 开发区 经开区");
        let kinds = list("边境 国家级 经济技术");
        let not = list("香港 港澳");
        for name in [
            "河口口岸进出口货运量",
            "钦州港区集装箱吞吐量",
            "蒙自经济技术开发区实际使用外资",
            "瑞丽边境口岸出入境人数",
            // A port by its name alone (review 49: `全市城陵矶港集装箱吞吐量`).
            "城陵矶港集装箱吞吐量",
        ] {
            assert!(of_one_facility(name, &facilities, &kinds, &not), "{name}");
        }
        for name in [
            "口岸进出境货运量",
            "边境口岸进出口",
            "综合保税区进出口额",
            "国家级经开区实际使用外资",
            "全市开发区实际利用外资",
            "实际利用外资",
            "对香港出口额",
            "港澳台资企业数",
            "全市港口货物吞吐量",
        ] {
            assert!(!of_one_facility(name, &facilities, &kinds, &not), "{name}");
        }
    }

    #[test]
    fn a_goal_says_its_own_year_wherever_it_stands() {
        for (goal, year) in [
            ("到2027年，海外仓数量达到60个", Some("2027")),
            ("2026年跨境电商进出口额达到380亿元", Some("2026")),
            ("二期项目2026年底建成投产", Some("2026")),
            ("力争2028年营商环境主要指标进入全省前列", Some("2028")),
            // The year compared with is no time frame.
            ("外贸进出口总额比2025年增长5%", None),
            ("实际利用外资与2025年持平", None),
            ("新签约亿元以上项目50个", None),
            ("引进20266家企业年产值翻番", None),
        ] {
            assert_eq!(own_year(goal).as_deref(), year, "{goal}");
        }
    }
}

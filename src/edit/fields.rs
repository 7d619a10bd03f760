//! The outline pane of `edit`: the brief as rows the writer moves through and edits in place —
//! a figure's value or growth, a heading, a point, a goal — and the items they add, remove and
//! move. Each row knows its path in the brief (`measures[2].points[0]`), which is also how the
//! draft's sentences name their sources (`Provenance::Brief`).

use crate::model::brief::Date;
use crate::model::{Brief, Choices, Figure, Goal, Part};

/// The three lists of parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Achievements,
    Problems,
    Measures,
}

impl List {
    pub fn name(self) -> &'static str {
        match self {
            List::Achievements => "achievements",
            List::Problems => "problems",
            List::Measures => "measures",
        }
    }

    fn chinese(self) -> &'static str {
        match self {
            List::Achievements => "成绩",
            List::Problems => "问题",
            List::Measures => "措施",
        }
    }

    fn of(self, brief: &Brief) -> &Vec<Part> {
        match self {
            List::Achievements => &brief.achievements,
            List::Problems => &brief.problems,
            List::Measures => &brief.measures,
        }
    }

    fn of_mut(self, brief: &mut Brief) -> &mut Vec<Part> {
        match self {
            List::Achievements => &mut brief.achievements,
            List::Problems => &mut brief.problems,
            List::Measures => &mut brief.measures,
        }
    }
}

/// What a row edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Meeting,
    Locality,
    Speaker,
    Date,
    Period,
    Length,
    Slogan,
    /// The header of a list: not editable; `a` adds a part to it.
    List(List),
    Heading(List, usize),
    FigureValue(List, usize, usize),
    FigureGrowth(List, usize, usize),
    Point(List, usize, usize),
    /// The goals' header.
    Goals,
    GoalValue(usize),
    /// A goal's growth, its own row as a figure's is: with none, a growth typed at the goal's value
    /// (`12%`) was saved as a value of 12 %, the old growth kept (`实际利用外资达到12%，增长10%`,
    /// review 58).
    GoalGrowth(usize),
    GoalText(usize),
}

impl Field {
    /// A field holding a number (a figure's value or growth, a goal's value, the length): half
    /// typed, it is a wrong fact, not a draft of one.
    pub fn is_number(&self) -> bool {
        matches!(
            self,
            Field::FigureValue(..)
                | Field::FigureGrowth(..)
                | Field::GoalValue(_)
                | Field::GoalGrowth(_)
                | Field::Length
        )
    }
}

/// One row of the outline pane.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Indentation: 0 for a list, 1 for a part, 2 for its figures and points.
    pub depth: u8,
    pub label: String,
    /// The value as the writer edits it.
    pub value: String,
    pub field: Field,
}

impl Row {
    pub fn editable(&self) -> bool {
        !matches!(self.field, Field::List(_) | Field::Goals)
    }

    /// The brief path whose sentences this row is about (`measures[2]`, `achievements[0].figures[1]`).
    pub fn source(&self) -> String {
        match self.field {
            Field::Title => "title".into(),
            Field::Meeting => "meeting".into(),
            Field::Locality => "locality".into(),
            Field::Speaker => "speaker".into(),
            Field::Date => "date".into(),
            Field::Period => "period".into(),
            Field::Length => "length".into(),
            Field::Slogan => "closing".into(),
            Field::List(l) => l.name().into(),
            Field::Heading(l, i) => format!("{}[{i}]", l.name()),
            Field::FigureValue(l, i, j) | Field::FigureGrowth(l, i, j) => {
                format!("{}[{i}].figures[{j}]", l.name())
            }
            Field::Point(l, i, k) => format!("{}[{i}].points[{k}]", l.name()),
            Field::Goals => "goals".into(),
            Field::GoalValue(i) | Field::GoalGrowth(i) | Field::GoalText(i) => format!("goals[{i}]"),
        }
    }
}

const ORDINALS: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

fn ordinal(i: usize) -> String {
    ORDINALS.get(i).map_or_else(|| (i + 1).to_string(), |s| s.to_string())
}

fn opt(v: &Option<impl ToString>) -> String {
    v.as_ref().map(|v| v.to_string()).unwrap_or_default()
}

/// The rows of `brief`, top to bottom.
pub fn rows(brief: &Brief) -> Vec<Row> {
    let row =
        |depth, label: &str, value: String, field| Row { depth, label: label.to_string(), value, field };
    let mut out = vec![
        row(0, "标题", brief.title.clone().unwrap_or_else(|| brief.title()), Field::Title),
        row(0, "会议", brief.meeting.clone(), Field::Meeting),
        row(0, "地区", brief.locality.clone(), Field::Locality),
        row(0, "讲话人", opt(&brief.speaker), Field::Speaker),
        row(0, "日期", opt(&brief.date), Field::Date),
        row(0, "报告期", opt(&brief.period), Field::Period),
        row(0, "字数", brief.length().to_string(), Field::Length),
    ];
    for list in [List::Achievements, List::Problems, List::Measures] {
        out.push(row(0, list.chinese(), String::new(), Field::List(list)));
        for (i, p) in list.of(brief).iter().enumerate() {
            let heading = p.heading.clone().unwrap_or_default();
            let label = format!("{}、", ordinal(i));
            let shown =
                if heading.is_empty() { format!("（主题：{}）", opt(&p.topic)) } else { heading };
            out.push(Row { depth: 1, label, value: shown, field: Field::Heading(list, i) });
            for (j, f) in p.figures.iter().enumerate() {
                let value = f.value.said(&opt(&f.unit));
                out.push(row(2, &f.name, value, Field::FigureValue(list, i, j)));
                out.push(row(2, "　增长%", opt(&f.growth), Field::FigureGrowth(list, i, j)));
            }
            for (k, point) in p.points.iter().enumerate() {
                out.push(row(2, "·", point.clone(), Field::Point(list, i, k)));
            }
        }
        if list == List::Problems {
            out.push(row(0, "目标", String::new(), Field::Goals));
            for (i, g) in brief.goals.iter().enumerate() {
                match &g.text {
                    Some(t) => out.push(row(1, "·", t.clone(), Field::GoalText(i))),
                    None => {
                        let value = g.value.as_ref().map(|v| v.said(&opt(&g.unit))).unwrap_or_default();
                        out.push(row(1, &opt(&g.name), value, Field::GoalValue(i)));
                        out.push(row(2, "　增长%", opt(&g.growth), Field::GoalGrowth(i)));
                    }
                }
            }
        }
    }
    out.push(row(
        0,
        "结尾口号",
        brief.closing.as_ref().map(|c| opt(&c.slogan)).unwrap_or_default(),
        Field::Slogan,
    ));
    out
}

/// The text the editor starts from for `field` (a figure's value without its unit).
pub fn initial(brief: &Brief, field: Field) -> String {
    match field {
        Field::Title => brief.title.clone().unwrap_or_default(),
        Field::Heading(l, i) => l.of(brief).get(i).map(|p| opt(&p.heading)).unwrap_or_default(),
        Field::FigureValue(l, i, j) => {
            figure(brief, l, i, j).map(|f| f.value.to_string()).unwrap_or_default()
        }
        Field::GoalValue(i) => brief.goals.get(i).map(|g| opt(&g.value)).unwrap_or_default(),
        _ => rows(brief).into_iter().find(|r| r.field == field).map(|r| r.value).unwrap_or_default(),
    }
}

fn figure(brief: &Brief, l: List, i: usize, j: usize) -> Option<&Figure> {
    l.of(brief).get(i)?.figures.get(j)
}

fn some(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_string())
}

/// `brief` with `field` set to `text`, or why `text` is not a value for it.
pub fn set(brief: &Brief, field: Field, text: &str) -> Result<Brief, String> {
    let mut b = brief.clone();
    let t = text.trim();
    match field {
        Field::Title => b.title = some(t),
        Field::Meeting if t.is_empty() => return Err("会议名称不能为空".into()),
        Field::Meeting => b.meeting = t.to_string(),
        Field::Locality if t.is_empty() => return Err("地区不能为空".into()),
        Field::Locality => b.locality = t.to_string(),
        Field::Speaker => b.speaker = some(t),
        Field::Date => b.date = if t.is_empty() { None } else { Some(Date::parse(t)?) },
        Field::Period => b.period = some(t),
        Field::Length => {
            let n = crate::wizard::parse_chars(t)?;
            b.length = Some(n);
        }
        Field::Slogan => b.closing.get_or_insert_with(Default::default).slogan = some(t),
        Field::List(_) | Field::Goals => {}
        Field::Heading(l, i) => {
            if let Some(p) = l.of_mut(&mut b).get_mut(i) {
                p.heading = some(t);
            }
        }
        // Read as `new` reads them (review 25: `13.8亿元` was refused here, taken there): a value
        // with its unit after the digits, the unit then the figure's; a growth as 8.3%, 下降3.2.
        Field::FigureValue(l, i, j) => {
            if t.is_empty() {
                return Err("数值不能为空（写阿拉伯数字，如 12.3）".to_string());
            }
            let amount = crate::model::amount::quantity(t)?;
            if let Some(f) = l.of_mut(&mut b).get_mut(i).and_then(|p| p.figures.get_mut(j)) {
                f.value = amount.number;
                if amount.unit.is_some() {
                    f.unit = amount.unit;
                }
            }
        }
        Field::FigureGrowth(l, i, j) => {
            let growth = if t.is_empty() { None } else { Some(crate::model::amount::growth(t)?) };
            if let Some(f) = l.of_mut(&mut b).get_mut(i).and_then(|p| p.figures.get_mut(j)) {
                f.growth = growth;
            }
        }
        // Emptied, a point is taken out, as `new` takes one out (review 58: `- ''` was saved, and
        // the draft had a heading over nothing).
        Field::Point(l, i, k) => {
            if let Some(points) = l.of_mut(&mut b).get_mut(i).map(|p| &mut p.points)
                && k < points.len()
            {
                if t.is_empty() {
                    points.remove(k);
                } else {
                    points[k] = t.to_string();
                }
            }
        }
        Field::GoalValue(i) => {
            let amount = if t.is_empty() { None } else { Some(crate::model::amount::quantity(t)?) };
            if let Some(g) = b.goals.get_mut(i) {
                if let Some(unit) = amount.as_ref().and_then(|a| a.unit.clone()) {
                    g.unit = Some(unit);
                }
                g.value = amount.map(|a| a.number);
            }
        }
        Field::GoalGrowth(i) => {
            let growth = if t.is_empty() { None } else { Some(crate::model::amount::growth(t)?) };
            if let Some(g) = b.goals.get_mut(i) {
                g.growth = growth;
            }
        }
        Field::GoalText(i) => {
            if let Some(g) = b.goals.get_mut(i) {
                g.text = some(t);
            }
        }
    }
    Ok(b)
}

/// The site names of `choices` that stand under `list[i]` follow the part when it moves:
/// `renumber(i)` is its new index, `None` when it is gone (its pins go with it).
fn renumber(choices: &mut Option<Choices>, list: List, renumber: impl Fn(usize) -> Option<usize>) {
    let Some(c) = choices else { return };
    let prefix = format!("{}[", list.name());
    let pins = std::mem::take(&mut c.pin);
    for (key, ids) in pins {
        let moved = key.strip_prefix(&prefix).and_then(|rest| {
            let (n, tail) = rest.split_once(']')?;
            Some((n.parse::<usize>().ok()?, tail.to_string()))
        });
        match moved {
            Some((n, tail)) => {
                if let Some(m) = renumber(n) {
                    c.pin.insert(format!("{prefix}{m}]{tail}"), ids);
                }
            }
            None => {
                c.pin.insert(key, ids);
            }
        }
    }
}

/// A new item after `field`'s: a point after a point (or first in a part), a part after a part or
/// at the end of a list, a goal among the goals. Returns the brief and the row to edit.
pub fn add(brief: &Brief, field: Field) -> Option<(Brief, Field)> {
    let mut b = brief.clone();
    match field {
        Field::Point(l, i, k) => {
            l.of_mut(&mut b).get_mut(i)?.points.insert(k + 1, String::new());
            Some((b, Field::Point(l, i, k + 1)))
        }
        Field::FigureValue(l, i, _) | Field::FigureGrowth(l, i, _) => {
            l.of_mut(&mut b).get_mut(i)?.points.insert(0, String::new());
            Some((b, Field::Point(l, i, 0)))
        }
        Field::Heading(l, i) => {
            l.of_mut(&mut b).insert(i + 1, Part::default());
            renumber(&mut b.choices, l, |n| Some(if n > i { n + 1 } else { n }));
            Some((b, Field::Heading(l, i + 1)))
        }
        Field::List(l) => {
            let n = l.of(&b).len();
            l.of_mut(&mut b).push(Part::default());
            Some((b, Field::Heading(l, n)))
        }
        Field::Goals | Field::GoalText(_) | Field::GoalValue(_) | Field::GoalGrowth(_) => {
            let at = match field {
                Field::GoalText(i) | Field::GoalValue(i) | Field::GoalGrowth(i) => i + 1,
                _ => b.goals.len(),
            };
            b.goals.insert(at, Goal { text: Some(String::new()), ..Goal::default() });
            Some((b, Field::GoalText(at)))
        }
        _ => None,
    }
}

/// `brief` without `field`'s item (a point, a figure, a part, a goal).
pub fn remove(brief: &Brief, field: Field) -> Option<Brief> {
    let mut b = brief.clone();
    match field {
        Field::Point(l, i, k) => {
            let points = &mut l.of_mut(&mut b).get_mut(i)?.points;
            (k < points.len()).then(|| points.remove(k))?;
        }
        Field::FigureValue(l, i, j) | Field::FigureGrowth(l, i, j) => {
            let figures = &mut l.of_mut(&mut b).get_mut(i)?.figures;
            (j < figures.len()).then(|| figures.remove(j))?;
        }
        Field::Heading(l, i) => {
            let parts = l.of_mut(&mut b);
            (i < parts.len()).then(|| parts.remove(i))?;
            renumber(&mut b.choices, l, |n| match n.cmp(&i) {
                std::cmp::Ordering::Less => Some(n),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Greater => Some(n - 1),
            });
        }
        Field::GoalText(i) | Field::GoalValue(i) | Field::GoalGrowth(i) => {
            (i < b.goals.len()).then(|| b.goals.remove(i))?;
        }
        _ => return None,
    }
    Some(b)
}

/// `brief` with `field`'s item moved one place up (`up`) or down among its siblings, and the row
/// it is then at.
pub fn shift(brief: &Brief, field: Field, up: bool) -> Option<(Brief, Field)> {
    let mut b = brief.clone();
    let to = |n: usize, len: usize| if up { n.checked_sub(1) } else { (n + 1 < len).then_some(n + 1) };
    match field {
        Field::Point(l, i, k) => {
            let points = &mut l.of_mut(&mut b).get_mut(i)?.points;
            let m = to(k, points.len())?;
            points.swap(k, m);
            Some((b, Field::Point(l, i, m)))
        }
        Field::Heading(l, i) => {
            let m = to(i, l.of(&b).len())?;
            l.of_mut(&mut b).swap(i, m);
            renumber(&mut b.choices, l, |n| {
                Some(if n == i {
                    m
                } else if n == m {
                    i
                } else {
                    n
                })
            });
            Some((b, Field::Heading(l, m)))
        }
        Field::GoalText(i) | Field::GoalValue(i) | Field::GoalGrowth(i) => {
            let m = to(i, b.goals.len())?;
            b.goals.swap(i, m);
            let moved = match field {
                Field::GoalText(_) => Field::GoalText(m),
                Field::GoalGrowth(_) => Field::GoalGrowth(m),
                _ => Field::GoalValue(m),
            };
            Some((b, moved))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn county() -> Brief {
        Brief::from_yaml(include_str!("../../examples/county.yaml"), "county.yaml").unwrap()
    }

    #[test]
    fn a_figure_is_edited_and_checked() {
        let b = county();
        let f = Field::FigureValue(List::Achievements, 0, 0);
        assert_eq!(initial(&b, f), "42");
        let changed = set(&b, f, "48").unwrap();
        assert_eq!(changed.achievements[0].figures[0].value.as_str(), "48");
        assert!(set(&b, f, "四十八").unwrap_err().contains("不是数字"));
        let g = Field::FigureGrowth(List::Achievements, 0, 0);
        assert_eq!(set(&b, g, "").unwrap().achievements[0].figures[0].growth, None);
        // As `new` takes them (review 25): a value with its unit, a growth as 下降3.2 or 8.3%.
        let v = Field::FigureValue(List::Achievements, 0, 1);
        let changed = set(&b, v, "130.2亿元").unwrap();
        let f = &changed.achievements[0].figures[1];
        assert_eq!((f.value.as_str(), f.unit.as_deref()), ("130.2", Some("亿元")));
        let changed = set(&b, v, "１２.５亿美元").unwrap();
        assert_eq!(changed.achievements[0].figures[1].unit.as_deref(), Some("亿美元"));
        assert_eq!(
            set(&b, g, "下降3.2").unwrap().achievements[0].figures[0].growth.clone().unwrap().as_str(),
            "-3.2"
        );
        assert_eq!(
            set(&b, g, "8.3%").unwrap().achievements[0].figures[0].growth.clone().unwrap().as_str(),
            "8.3"
        );
        let goal = Field::GoalValue(0);
        assert_eq!(set(&b, goal, "50个").unwrap().goals[0].value.as_ref().unwrap().as_str(), "50");
        let point = Field::Point(List::Achievements, 0, 0);
        let before = b.achievements[0].points.len();
        assert_eq!(set(&b, point, "").unwrap().achievements[0].points.len(), before - 1);
        // A goal's growth has its own row (review 58: `12%` typed at the value made a value).
        let growth = Field::GoalGrowth(0);
        let changed = set(&b, growth, "12%以上").unwrap();
        assert_eq!(changed.goals[0].growth.as_ref().map(|g| g.said("%")), Some("12%以上".into()));
        assert_eq!(changed.goals[0].value, b.goals[0].value);
        assert_eq!(set(&b, growth, "").unwrap().goals[0].growth, None);
        let shown: Vec<(String, String)> =
            rows(&changed).into_iter().filter(|r| r.field == growth).map(|r| (r.label, r.value)).collect();
        assert_eq!(shown, [("　增长%".to_string(), "12以上".to_string())]);
    }

    #[test]
    fn pins_follow_their_part_when_it_moves_or_goes() {
        let mut b = county();
        let mut c = Choices::default();
        c.pin.insert("measures[0]/filler".into(), vec!["a".into()]);
        c.pin.insert("measures[1]/filler#2".into(), vec!["b".into()]);
        c.pin.insert("problems/lead-in".into(), vec!["c".into()]);
        b.choices = Some(c);
        let (moved, at) = shift(&b, Field::Heading(List::Measures, 0), false).unwrap();
        assert_eq!(at, Field::Heading(List::Measures, 1));
        assert_eq!(moved.measures[1], b.measures[0]);
        let keys: Vec<&String> = moved.choices.as_ref().unwrap().pin.keys().collect();
        assert_eq!(keys, ["measures[0]/filler#2", "measures[1]/filler", "problems/lead-in"]);
        let gone = remove(&b, Field::Heading(List::Measures, 0)).unwrap();
        let keys: Vec<&String> = gone.choices.as_ref().unwrap().pin.keys().collect();
        assert_eq!(keys, ["measures[0]/filler#2", "problems/lead-in"]);
        assert!(shift(&b, Field::Heading(List::Measures, 0), true).is_none());
    }
}

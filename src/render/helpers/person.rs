//! `{{person speaker}}` → 市委副书记、市长林志诚; `{{person speaker part="name"}}` → 林志诚;
//! `{{person speaker of=locality}}` → 南充市委副书记、市长何俊峰: an office of the place's own level
//! (市委…, 县长…) with the place's name before it, for a release on an event held elsewhere, where
//! 市长 alone reads as the host city's (南充's 推介会 in 上海, review 38).
//!
//! A news report (会议新闻通稿) names the speaker with office and name at the first mention and by
//! name alone afterwards (种子 002：省委书记、省人大常委会主任陈求发 … 陈求发在讲话中指出). The brief
//! writes the speaker as `职务 姓名`, the space separating the two; without a space the whole text
//! is used both times. Provenance marks are kept.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};

use crate::marks;

pub use crate::text::person;

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let text = super::str_param(h, 0)?;
    let name_only = super::hash_str(h, "part").as_deref() == Some("name");
    let of = super::hash_str(h, "of").filter(|_| !name_only);
    out.write(&marks::map_text(&text, |t| {
        let said = person(t, name_only);
        match &of {
            Some(place) => of_place(&said, place),
            None => said,
        }
    }))?;
    Ok(())
}

/// `office` with the name of `place` (as spoken: 南充市, 德宏州) before it when it opens with an
/// office of the place's own level (市委, 市长, 市政府, 县委…), and does not name a place already.
/// A province is left as it is: 省长 does not take 陕西 the way 市长 takes 南充 (陕西省省长).
fn of_place(office: &str, place: &str) -> String {
    let place = marks::plain(place);
    let place = place.trim();
    let Some(level) = place.chars().last().filter(|c| matches!(c, '市' | '县' | '区' | '州' | '盟' | '旗'))
    else {
        return office.to_string();
    };
    let stem = crate::plan::context::place_name(place);
    // A name whose last character is not its unit alone takes the office whole: 曹县县委书记 (曹县委
    // is no county's name), 浦东新区区委副书记 (a 新区's committee is its 区委: review 48 read
    // `浦东新区委副书记`).
    let stem = if stem == place || place.ends_with("新区") { place } else { stem };
    let own = ["委", "长", "政府", "人大", "政协"]
        .iter()
        .any(|o| office.strip_prefix(level).is_some_and(|rest| rest.starts_with(o)));
    let deputy =
        office.strip_prefix('副').and_then(|r| r.strip_prefix(level)).is_some_and(|r| r.starts_with('长'));
    if office.starts_with(stem) {
        office.to_string()
    } else if own {
        format!("{stem}{office}")
    } else if deputy {
        // 副市长 takes the whole name: 南充市副市长.
        format!("{place}{office}")
    } else {
        office.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::person;

    #[test]
    fn an_office_of_the_place_s_own_level_takes_its_name() {
        use super::of_place;
        assert_eq!(of_place("市委副书记、市长何俊峰", "南充市"), "南充市委副书记、市长何俊峰");
        assert_eq!(of_place("县长王立", "如东县"), "如东县长王立");
        assert_eq!(of_place("州长李明", "德宏州"), "德宏州长李明");
        assert_eq!(of_place("副市长张三", "南充市"), "南充市副市长张三");
        assert_eq!(of_place("区委副书记、区长吴伟明", "浦东新区"), "浦东新区区委副书记、区长吴伟明");
        assert_eq!(of_place("县委书记张三", "曹县"), "曹县县委书记张三");
        assert_eq!(of_place("副县长张三", "曹县"), "曹县副县长张三");
        // Named already, another level's office, a province, no office at all.
        for (office, place) in [
            ("南充市委书记张三", "南充市"),
            ("市商务局局长张三", "南充市"),
            ("省长赵刚", "陕西"),
            ("张三", "南充市"),
        ] {
            assert_eq!(of_place(office, place), office, "{office}");
        }
    }

    #[test]
    fn office_and_name() {
        assert_eq!(person("市委副书记、市长 林志诚", false), "市委副书记、市长林志诚");
        assert_eq!(person("市委副书记、市长 林志诚", true), "林志诚");
        assert_eq!(person("市长", true), "市长");
        assert_eq!(person("市委常委、副市长　张　伟", true), "张伟");
        assert_eq!(person("市委常委、副市长　张　伟", false), "市委常委、副市长张伟");
        assert_eq!(person("副市长 张 伟", true), "张伟");
        assert_eq!(person("张　伟", true), "张伟");
    }
}

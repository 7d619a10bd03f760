//! `{{person speaker}}` → 市委副书记、市长林志诚; `{{person speaker part="name"}}` → 林志诚.
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
    out.write(&marks::map_text(&text, |t| person(t, name_only)))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::person;

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

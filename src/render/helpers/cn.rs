//! `{{cn N}}` → Chinese numeral: 1 一, 10 十, 12 十二, 20 二十, 105 一百零五. `{{cn N count=true}}`
//! counts before a measure word: 2 两 (两个方面, not 二个方面), the rest the same.

use handlebars::{Context, Handlebars, Helper, HelperResult, Output, RenderContext};

const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/// The Chinese numeral of `n` as used in headings and enumerations (up to 9999).
pub fn numeral(n: u64) -> String {
    if n < 10 {
        return DIGITS[n as usize].to_string();
    }
    if n < 20 {
        return format!("十{}", if n == 10 { "" } else { DIGITS[(n - 10) as usize] });
    }
    if n < 100 {
        let ones = n % 10;
        return format!(
            "{}十{}",
            DIGITS[(n / 10) as usize],
            if ones == 0 { "" } else { DIGITS[ones as usize] }
        );
    }
    if n >= 10000 {
        return n.to_string();
    }
    let mut s = String::new();
    let units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")];
    let mut zero = false;
    for (i, (u, name)) in units.iter().enumerate() {
        let d = (n / u) % 10;
        if d == 0 {
            zero = !s.is_empty();
            continue;
        }
        if zero && i > 0 {
            s.push('零');
        }
        zero = false;
        s.push_str(DIGITS[d as usize]);
        s.push_str(name);
    }
    s
}

/// The numeral of `n` before a measure word (个, 点, 项): 两 for 2, as 两个方面, 两点意见; 十二个,
/// 二十个 and the rest as `numeral`.
pub fn counting(n: u64) -> String {
    if n == 2 { "两".to_string() } else { numeral(n) }
}

pub fn helper(
    h: &Helper<'_>,
    _: &Handlebars<'_>,
    _: &Context,
    _: &mut RenderContext<'_, '_>,
    out: &mut dyn Output,
) -> HelperResult {
    let n = super::param(h, 0)?.as_u64().ok_or_else(|| super::fail("cn 需要一个非负整数".into()))?;
    let count = h.hash_get("count").is_some_and(|v| v.value().as_bool() == Some(true));
    out.write(&if count { counting(n) } else { numeral(n) })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{counting, numeral};

    #[test]
    fn a_count_of_two_is_两() {
        let got: Vec<String> = [1, 2, 3, 12, 20, 22].map(counting).to_vec();
        assert_eq!(got, ["一", "两", "三", "十二", "二十", "二十二"]);
    }

    #[test]
    fn numerals() {
        let got: Vec<String> = [1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110, 1001].map(numeral).to_vec();
        assert_eq!(
            got,
            [
                "一",
                "九",
                "十",
                "十一",
                "十九",
                "二十",
                "二十一",
                "九十九",
                "一百",
                "一百零五",
                "一百一十",
                "一千零一"
            ]
        );
    }
}

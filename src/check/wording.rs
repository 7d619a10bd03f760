//! `wording`: 规范提法 in a document — the words of `phrasebank::wording`'s list found in each
//! line, reported with the fix (`certain`, applied by `--fix`) or the advice (`caution`).

use super::{Doc, Finding, Fix, Line, Rule};
use crate::phrasebank::wording::occurrences;
pub use crate::phrasebank::wording::{Entry, FILE, Tier, embedded, load};

pub fn check(doc: &Doc, entries: &[Entry]) -> Vec<Finding> {
    let mut findings = Vec::new();
    for line in doc.typeset() {
        if findings.len() >= super::MAX_PER_RULE {
            break;
        }
        for (entry, at, end) in occurrences(line.raw, line.start, entries) {
            if findings.len() >= super::MAX_PER_RULE {
                break;
            }
            findings.push(finding(entry, line, at, end));
        }
    }
    findings.sort_by_key(|f| f.at);
    findings
}

/// `s` in quotation marks, unless it has its own (“一带一路”倡议).
fn quote(s: &str) -> String {
    if s.contains(['“', '”']) { s.to_string() } else { format!("“{s}”") }
}

fn finding(entry: &Entry, line: &Line, at: usize, end: usize) -> Finding {
    let word = quote(&entry.word);
    match (entry.tier, &entry.fix) {
        (Tier::Certain, Some(fix)) => {
            let mut f = Finding::at(
                Rule::Wording,
                line,
                at,
                format!("{word}应为{}：{}", quote(fix), entry.why),
                format!("改为{}（依据{}）", quote(fix), entry.cited()),
            );
            f.fix = Some(Fix { start: line.offset + at, end: line.offset + end, with: fix.clone() });
            f
        }
        _ => Finding::at(
            Rule::Wording,
            line,
            at,
            format!("慎用{word}：{}", entry.why),
            format!("{}（依据{}）", entry.advice.as_deref().unwrap_or(""), entry.cited()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(usize, usize, String)> {
        crate::check::placed(check(&Doc::parse(text, true), embedded()), |f| f.message)
    }

    #[test]
    fn certain_and_caution_at_their_columns() {
        let f = found("# 题\n我们要再接再励，截止到6月底完成。\n市长亲自出席并讲话，大会隆重召开。\n");
        let at: Vec<(usize, usize)> = f.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(at, [(2, 4), (2, 9), (3, 3), (3, 13)], "{f:?}");
        assert_eq!(
            f[0].2,
            "“再接再励”应为“再接再厉”：“厉”同“砺”，磨快，再接再厉是一次次接着磨快、鼓足劲头；写作“励”是别字"
        );
        assert!(f[2].2.starts_with("慎用“亲自”："), "{f:?}");
    }

    #[test]
    fn context_exceptions_and_quotations_are_not_flagged() {
        let text = "# 题\n主要领导要亲自抓、亲自部署。\n由“一把手”负总责，把招商引资作为一把手工程。\n\
                    既善于当“老板”抓统筹，让老板块焕发活力。\n面对严峻工作形势，按装机容量计算。\n\
                    截止日期为6月30日。此前苏联专家来访，两国元首长期保持沟通。\n";
        assert!(found(text).is_empty(), "{:?}", found(text));
        // Bare, in a plain sentence, they are.
        let f = found("# 题\n各单位一把手要带头。\n");
        assert_eq!((f.len(), f[0].1), (1, 4), "{f:?}");
    }

    #[test]
    fn two_before_a_measure_word_is_两() {
        let f = found(
            "# 题\n要着力做好二个方面的工作，我讲二点意见。\n第二个方面是十二个项目，第二点意见是十二点开会。\n",
        );
        let at: Vec<(usize, usize)> = f.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(at, [(2, 6), (2, 16)], "{f:?}");
        assert!(f[0].2.starts_with("“二个”应为“两个”"), "{f:?}");
    }

    #[test]
    fn fix_applies_the_certain_tier_only() {
        let text = "# 题\n融入“一带一路”战略，再接再励，截止2025年底。\n书记亲自出席。\n";
        let findings = check(&Doc::parse(text, true), embedded());
        let applied = crate::check::fixes(&findings);
        let fixed = crate::check::apply_fixes(text, &applied);
        assert_eq!(applied.len(), 3);
        assert_eq!(fixed, "# 题\n融入“一带一路”倡议，再接再厉，截至2025年底。\n书记亲自出席。\n");
    }
}

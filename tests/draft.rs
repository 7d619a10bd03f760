//! `jianggao draft` / `outline` / `example` / `templates`, driven through the real binary.
//!
//! Drafts here use the fixture phrasebank (`tests/fixtures/phrasebank`, sentences of the seeds in
//! the real format) so snapshots do not move when the mined phrasebank is re-mined; the invariants
//! run over 50 seeds with the fixture and, once it is populated, with the embedded phrasebank.

use std::collections::HashSet;
use std::path::Path;

use serde_json::Value;

const FIXTURE: &str = "tests/fixtures/phrasebank";
const EXAMPLE: &str = "examples/work-conference.yaml";
const LIUZHOU: &str = "examples/liuzhou.yaml";

use crate::util::jianggao;

fn run(args: &[&str]) -> String {
    let out = jianggao().args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The JSON draft and what `draft` told the writer on stderr.
fn draft_json_told(brief: &str, seed: u64, bank: Option<&str>) -> (Value, String) {
    let seed = seed.to_string();
    let mut args = vec!["draft", brief, "-f", "json", "--seed", &seed];
    if let Some(b) = bank {
        args.extend(["--phrasebank", b]);
    }
    let out = jianggao().args(&args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (
        serde_json::from_str(&String::from_utf8(out.stdout).unwrap()).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn snapshots_of_the_example_draft_and_outline() {
    for (what, fmt) in [
        ("draft", "md"),
        ("draft", "txt"),
        ("draft", "json"),
        ("outline", "md"),
        ("outline", "txt"),
        ("outline", "json"),
    ] {
        let out = run(&[what, EXAMPLE, "-f", fmt, "--phrasebank", FIXTURE]);
        insta::assert_snapshot!(format!("{what}_{fmt}"), out);
    }
}

#[test]
fn explain_shows_brief_fields_and_phrase_sources() {
    let out = run(&["draft", EXAMPLE, "--explain", "--phrasebank", FIXTURE]);
    insta::assert_snapshot!("draft_explain_md", out);
    assert!(
        out.contains("> 来源：「全市实际利用外资12.3亿美……」提纲 achievements[0].figures[0]；提纲 achievements[0].figures[1]"),
        "{out}"
    );
    assert!(out.contains("> 来源：「同志们：」模板"), "{out}");
    // A stock sentence names its phrase and the corpus line it was mined from.
    assert!(
        out.lines().any(|l| l.starts_with("> 来源：「")
            && l.split("语料 p").nth(1).is_some_and(|r| r.contains(".txt 第") && r.ends_with("行）"))),
        "{out}"
    );
    // Every paragraph is followed by one source line per sentence, each quoting its sentence.
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    for (k, l) in lines.iter().enumerate() {
        if l.starts_with('#') || l.starts_with('>') || l.starts_with('（') {
            continue;
        }
        let sentences: Vec<&str> =
            l.split_inclusive(['。', '！', '？']).filter(|s| !s.trim().is_empty()).collect();
        let notes: Vec<&&str> = lines[k + 1..].iter().take_while(|n| n.starts_with("> 来源：")).collect();
        assert_eq!(sentences.len(), notes.len(), "{l}\n{notes:?}");
        for (s, n) in sentences.iter().zip(&notes) {
            let head: String = s.chars().take(6).collect();
            assert!(n.starts_with(&format!("> 来源：「{head}")), "{n} is not about {s}");
        }
    }
}

/// Every string of the brief that must appear in the draft, as it must appear.
fn brief_values(brief: &Value) -> Vec<String> {
    let mut want = Vec::new();
    for key in ["achievements", "problems", "measures"] {
        for part in brief[key].as_array().into_iter().flatten() {
            if let Some(h) = part["heading"].as_str() {
                want.push(h.to_string());
            }
            for p in part["points"].as_array().into_iter().flatten() {
                want.push(p.as_str().unwrap().to_string());
            }
            for f in part["figures"].as_array().into_iter().flatten() {
                let num = |v: &Value| match v {
                    Value::Number(n) => n.to_string(),
                    Value::String(s) => s.clone(),
                    _ => String::new(),
                };
                let unit = f["unit"].as_str().unwrap_or("");
                want.push(format!("{}{}{unit}", f["name"].as_str().unwrap(), num(&f["value"])));
                if !f["growth"].is_null() {
                    let g = num(&f["growth"]);
                    want.push(match g.strip_prefix('-') {
                        Some(abs) => format!("下降{abs}%"),
                        None => format!("增长{g}%"),
                    });
                }
                if !f["target_rate"].is_null() {
                    want.push(format!("完成目标的{}%", num(&f["target_rate"])));
                }
                if let Some(r) = f["rank"].as_str() {
                    want.push(r.to_string());
                }
            }
        }
    }
    for g in brief["goals"].as_array().into_iter().flatten() {
        if let Some(t) = g["text"].as_str() {
            want.push(t.to_string());
        }
        if let Some(n) = g["name"].as_str() {
            want.push(n.to_string());
        }
    }
    if let Some(s) = brief["closing"]["slogan"].as_str() {
        want.push(s.to_string());
    }
    want
}

fn brief_as_json(path: &str) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    jianggao::yaml::from_str::<Value>(&text, path).unwrap()
}

/// The invariants every draft keeps (PRODUCT.md, "What a good draft is"). `window`: the target
/// length and what `draft` said on stderr — a draft is within ±15% of its target, or shorter and
/// then says by how much.
fn check_invariants(d: &Value, brief: &Value, window: Option<(usize, &str)>) {
    let kinds: Vec<&str> =
        d["sections"].as_array().unwrap().iter().map(|s| s["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["opening", "achievements", "problems", "measures", "closing"]);
    let blocks: Vec<&Value> =
        d["sections"].as_array().unwrap().iter().flat_map(|s| s["blocks"].as_array().unwrap()).collect();
    // Numbering: level 1 runs 一、二、三…; level 2 restarts under each level 1.
    let cn = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    let (mut n1, mut n2) = (0, 0);
    for b in &blocks {
        let text = b["text"].as_str().unwrap();
        assert!(!text.trim().is_empty(), "empty block");
        if b["type"] == "heading" {
            match b["level"].as_u64().unwrap() {
                1 => {
                    assert!(text.starts_with(&format!("{}、", cn[n1])), "{text}");
                    n1 += 1;
                    n2 = 0;
                }
                2 => {
                    assert!(text.starts_with(&format!("（{}）", cn[n2])), "{text}");
                    n2 += 1;
                }
                l => panic!("unexpected level {l}: {text}"),
            }
        }
    }
    let all: String = blocks.iter().map(|b| b["text"].as_str().unwrap()).collect::<Vec<_>>().join("\n");
    for v in brief_values(brief) {
        assert!(all.contains(&v), "brief value missing: {v}");
    }
    for bad in ["xx", "XX", "**", "某某", "{{", "}}", "&amp;", "&lt;", "\u{E000}", "\u{E001}", "\u{E002}"] {
        assert!(!all.contains(bad), "found {bad:?}");
    }
    // Every `一是` sequence inside a paragraph is in order.
    let mut seen = HashSet::new();
    for s in all.split(['。', '！', '？', '\n']) {
        let s = s.trim();
        if s.chars().count() >= 6 {
            assert!(seen.insert(s.to_string()), "repeated sentence: {s}");
        }
    }
    // No two sentences open on the same short clause (党的十八大以来，… twice).
    let mut leads = HashSet::new();
    for s in all.split(['。', '！', '？', '\n']) {
        if let Some(lead) = jianggao::plan::order::lead(s.trim()) {
            assert!(leads.insert(lead.to_string()), "two sentences open with {lead:?}: {s}");
        }
    }
    if let Some((target, told)) = window {
        let chars = d["chars"].as_u64().unwrap() as usize;
        let (lo, hi) = (target * 85 / 100, target * 115 / 100);
        assert!(chars <= hi, "{chars} 字 over {hi}");
        if chars < lo {
            let short = format!("成稿 {chars} 字，比目标 {target} 字少 {} 字", target - chars);
            assert!(told.contains(&short) && told.contains("可以："), "{chars} 字 under {lo}, told: {told}");
        } else {
            assert!(!told.contains("篇幅："), "{chars} 字 in {lo}..{hi}, told: {told}");
        }
    }
}

/// The brief with its `length:` replaced (to test the window against a small phrasebank).
fn with_length(path: &str, length: usize, dir: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let text: String = text
        .lines()
        .map(|l| if l.starts_with("length:") { format!("length: {length}") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n");
    let out = dir.join(Path::new(path).file_name().unwrap());
    std::fs::write(&out, text).unwrap();
    out.display().to_string()
}

#[test]
fn fifty_seeds_keep_every_invariant() {
    let dir = tempfile::tempdir().unwrap();
    // The fixture phrasebank holds ~70 sentences: enough for a 2,000-字 draft of these briefs.
    for path in [EXAMPLE, LIUZHOU] {
        let brief = brief_as_json(path);
        let short = with_length(path, 2000, dir.path());
        for seed in 0..50 {
            let (d, told) = draft_json_told(&short, seed, Some(FIXTURE));
            check_invariants(&d, &brief, Some((2000, &told)));
        }
    }
}

#[test]
fn embedded_phrasebank_drafts_keep_every_invariant() {
    let bank = jianggao::phrasebank::Phrasebank::load(None).unwrap();
    let rich = bank.phrases.iter().filter(|p| p.generic).count() >= 200;
    for path in [EXAMPLE, LIUZHOU] {
        let brief = brief_as_json(path);
        for seed in 0..50 {
            let (d, told) = draft_json_told(path, seed, None);
            // The length window is a promise only once the mined phrasebank is in place; before
            // that the embedded phrasebank is empty and a draft is the brief's content alone.
            check_invariants(&d, &brief, rich.then_some((3500, told.as_str())));
        }
    }
}

/// A measure the writer left without a heading borrows one of the build of the writer's own
/// (`plan::heading`: 动宾 `持续优化营商环境`, not `环境要优化` after three 动宾 headings), and so does
/// the closing safeguard item: the 一是…五是 run reads as written by one hand. An article's long
/// title is never drawn among short headings (`三是加强党的全面领导，凝聚持续发力抓改革、促开放的工作合力。`
/// after `一是稳住重点企业` and `二是开拓新兴市场`, in 2 of 3 drafts of new briefs before).
#[test]
fn borrowed_measure_headings_keep_the_build_of_the_writers() {
    use jianggao::plan::heading::Shape;
    // Two with a measure left without a heading; two where only the closing item is borrowed, one
    // of them a conference of a city whose figures fell (a 分析会 of a city, where the long title was
    // drawn, adds none now: a part-year meeting deploys its own measures, review 46).
    for path in [
        EXAMPLE,
        LIUZHOU,
        "examples/county.yaml",
        "tests/fixtures/briefs/hengyang-investment-conference.yaml",
    ] {
        let brief = brief_as_json(path);
        let measures = brief["measures"].as_array().unwrap();
        let given: Vec<&str> = measures.iter().filter_map(|m| m["heading"].as_str()).collect();
        let like = Shape::most(given).unwrap();
        for seed in 0..20 {
            let md = run(&["draft", path, "--seed", &seed.to_string()]);
            let heads: Vec<&str> = md
                .lines()
                .skip_while(|l| !(l.starts_with('#') && (l.contains("措施") || l.contains("重点工作"))))
                .filter_map(|l| {
                    let (n, rest) = l.split_once('是')?;
                    (!n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c)))
                        .then(|| rest.split('。').next().unwrap())
                })
                .collect();
            assert_eq!(heads.len(), measures.len() + 1, "seed {seed}: {heads:?}");
            for h in heads {
                assert_eq!(Shape::of(h), like, "{path} seed {seed}: {h}");
                // (Counted here, not only by the shape: the long title was once `Plain` too.)
                assert!(h.chars().count() < 18, "{path} seed {seed}: a title among headings: {h}");
            }
        }
    }
}

/// Nothing stands bare: a numbered item is never its heading alone (`五是要强化组织领导。` and
/// nothing after it), and a heading always has text under it (`### （三）用好政策、强化支撑` then the
/// next heading). The parts whose body is only stock statements about them (the work
/// conference's 保障 item, the implementation speech's 解放思想 and 用好政策) take one past their
/// seed's offer, and past the draft's stricter rate of stock adverbs, when they would otherwise
/// stand bare. Before, 69 of 200 drafts of the work-conference briefs had a bare item and every
/// implementation draft a bare heading. Every draft still passes its own `check`.
#[test]
fn nothing_stands_bare() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("draft.md");
    // 三是…, and 第二，… (a research visit's points)
    let numbered = |l: &str| {
        let ordinal = |n: &str| !n.is_empty() && n.chars().all(|c| "一二三四五六七八九十".contains(c));
        l.split_once('是').is_some_and(|(n, _)| ordinal(n))
            || l.strip_prefix('第').and_then(|r| r.split_once('，')).is_some_and(|(n, _)| ordinal(n))
    };
    let level = |l: &str| l.chars().take_while(|c| *c == '#').count();
    for path in [
        "county",
        "district",
        "midyear",
        "thin",
        "province",
        "work-conference",
        "liuzhou",
        "implementation",
        "research-visit",
        "news-report",
        "signed-article",
        // a county-level city's signed article on a thin brief: its last part drew nothing about
        // 党的全面领导 under that heading
        "../tests/fixtures/briefs/dongxing-signed-article",
        // an autonomous region's research visit with one point: its 第一，站位要提升。 stood bare
        "../tests/fixtures/briefs/thin-research-visit",
        // a province's implementation speech on a brief of four lines: its 一、提升认识，牢固树立
        // 开放理念 stood empty at seed 3 (a helper's review)
        "../tests/fixtures/briefs/guizhou-thin-implementation",
    ] {
        let path = format!("examples/{path}.yaml");
        for seed in 0..20 {
            let md = run(&["draft", &path, "--seed", &seed.to_string()]);
            let lines: Vec<&str> = md.lines().filter(|l| !l.trim().is_empty()).collect();
            for (k, line) in lines.iter().enumerate() {
                if numbered(line) {
                    let body = line.trim_end().split_once('。').map_or("", |(_, rest)| rest);
                    assert!(!body.trim().is_empty(), "{path} seed {seed}: “{line}” stands bare in\n{md}");
                }
                if level(line) >= 2 {
                    let next = lines.get(k + 1).copied().unwrap_or("");
                    let empty = next.is_empty()
                        || next.starts_with("同志们")
                        || (1..=level(line)).contains(&level(next));
                    assert!(!empty, "{path} seed {seed}: nothing under “{line}” in\n{md}");
                }
            }
            // A heading followed by nothing, by a heading of its level or above, or by a
            // paragraph of a level above it (a signed article's closing, under no heading) has
            // nothing under it. (The markdown alone cannot tell that closing from the part above.)
            let json: Value = serde_json::from_str(&run(&[
                "draft",
                &path,
                "--seed",
                &seed.to_string(),
                "--format",
                "json",
            ]))
            .unwrap();
            let blocks: Vec<&Value> = json["sections"]
                .as_array()
                .unwrap()
                .iter()
                .flat_map(|s| s["blocks"].as_array().unwrap())
                .collect();
            for (k, b) in blocks.iter().enumerate() {
                if b["type"] != "heading" {
                    continue;
                }
                let level = b["level"].as_u64().unwrap();
                let bare = blocks.get(k + 1).is_none_or(|n| {
                    let next = n["level"].as_u64().unwrap();
                    next < level || (n["type"] == "heading" && next == level)
                });
                assert!(!bare, "{path} seed {seed}: nothing under “{}” in\n{md}", b["text"]);
            }
            std::fs::write(&file, &md).unwrap();
            let found = run(&["check", "--json", file.to_str().unwrap()]);
            assert_eq!(found.trim(), "[]", "{path} seed {seed}:\n{md}");
        }
    }
}

#[test]
fn liuzhou_never_shows_a_seed_place_or_person() {
    for seed in 0..50 {
        for bank in [Some(FIXTURE), None] {
            let s = seed.to_string();
            let mut args = vec!["draft", LIUZHOU, "--seed", &s];
            if let Some(b) = bank {
                args.extend(["--phrasebank", b]);
            }
            let out = run(&args);
            for name in &crate::util::seed_names() {
                assert!(!out.contains(name), "seed {seed}: {name} in\n{out}");
            }
            assert!(out.contains("柳州"));
        }
    }
}

#[test]
fn same_seed_same_bytes_other_seed_other_draft() {
    let a = run(&["draft", EXAMPLE, "--seed", "7", "--phrasebank", FIXTURE]);
    let b = run(&["draft", EXAMPLE, "--seed", "7", "--phrasebank", FIXTURE]);
    let c = run(&["draft", EXAMPLE, "--seed", "8", "--phrasebank", FIXTURE]);
    assert_eq!(a, b);
    let differ = a.lines().zip(c.lines()).filter(|(x, y)| x != y).count();
    assert!(differ >= 3, "seeds 7 and 8 differ in only {differ} lines");
}

#[test]
fn ampersand_angle_and_quote_come_out_unchanged() {
    let brief = "locality: 柳州市\nmeeting: 全市对外开放工作会议\nachievements:\n  - heading: 引进A&B公司<一期>\n    points: ['签约\"智造谷\"项目 & 配套园区']\nmeasures:\n  - heading: 抓好R&D投入\n";
    let out = jianggao().args(["draft", "-", "--phrasebank", FIXTURE]).write_stdin(brief).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("引进A&B公司<一期>"), "{md}");
    assert!(md.contains("签约\"智造谷\"项目 & 配套园区。"), "{md}");
    assert!(md.contains("抓好R&D投入"), "{md}");
    assert!(!md.contains("&amp;") && !md.contains("&lt;") && !md.contains("&quot;"));
}

#[test]
fn output_file_is_written_once_and_not_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("讲稿.md");
    let o = out.to_str().unwrap();
    jianggao().args(["draft", EXAMPLE, "-o", o, "--phrasebank", FIXTURE]).assert().success();
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with("# 在全市对外开放工作会议上的讲话\n\n（市长　2026年3月15日）\n\n同志们：\n"));
    let r = jianggao()
        .args(["draft", EXAMPLE, "-o", o, "--seed", "9", "--phrasebank", FIXTURE])
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("已存在，不会覆盖"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), first);
    jianggao()
        .args(["draft", EXAMPLE, "-o", o, "--seed", "9", "--force", "--phrasebank", FIXTURE])
        .assert()
        .success();
    assert_ne!(std::fs::read_to_string(&out).unwrap(), first);
    // -o x.json picks the format from the extension.
    let json = dir.path().join("d.json");
    jianggao().args(["draft", EXAMPLE, "-o", json.to_str().unwrap()]).assert().success();
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(v["genre"], "work-conference");
}

#[test]
fn example_prints_a_brief_that_drafts() {
    let text = run(&["example"]);
    assert_eq!(text, std::fs::read_to_string(EXAMPLE).unwrap());
    let out = jianggao().args(["draft", "-", "--phrasebank", FIXTURE]).write_stdin(text).output().unwrap();
    assert!(out.status.success());
}

#[test]
fn templates_list_show_and_export() {
    let list = run(&["templates", "list"]);
    assert!(list.contains("work-conference") && list.contains("工作会议讲话"), "{list}");
    assert!(list.contains("partials/title.hbs"), "{list}");
    let show = run(&["templates", "show", "work-conference"]);
    assert_eq!(show, std::fs::read_to_string("templates/work-conference.hbs").unwrap());
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("mine");
    jianggao().args(["templates", "export", d.to_str().unwrap()]).assert().success();
    assert!(d.join("partials/goals.hbs").is_file());
    // An exported and edited template overrides the embedded one.
    let main = d.join("work-conference.hbs");
    let edited = std::fs::read_to_string(&main).unwrap().replace("同志们：", "各位同志：");
    std::fs::write(&main, edited).unwrap();
    let out = run(&["draft", EXAMPLE, "--templates", d.to_str().unwrap(), "--phrasebank", FIXTURE]);
    assert!(out.contains("\n各位同志：\n"), "{out}");
}

/// Drafts the example with `template` as the writer's own `work-conference.hbs`: the run must fail
/// with exit 2; returns what it said.
fn template_error(template: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("work-conference.hbs"), template).unwrap();
    let out =
        jianggao().args(["draft", EXAMPLE, "--templates", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_broken_template_is_reported_with_file_and_line() {
    let err = template_error("@title {{title}}\n@section opening\n{{undefined_var}}\n");
    assert!(err.contains("work-conference.hbs:3:") && err.contains("不存在的变量"), "{err}");
    let err = template_error(
        "@title {{title}}\n@section opening\n{{phrase \"measures\" \"heading\" like=\"round\"}}\n",
    );
    assert!(
        err.contains("work-conference.hbs:3:") && err.contains("like=`round`") && err.contains("plain"),
        "{err}"
    );
}

#[test]
fn every_kind_of_template_error_is_said_in_chinese() {
    for (template, want) in [
        ("@section opening\n{{> partials/nope}}\n", "模板引用的片段 `partials/nope` 不存在"),
        ("@section opening\n{{frobnicate 1}}\n", "模板用了不存在的辅助函数 `frobnicate`"),
        ("@section opening\n{{nosuch.var}}\n", "模板引用了不存在的变量 `nosuch.var`"),
        ("@section opening\n{{#if}}x{{/if}}\n", "辅助函数 `if` 缺少第 1 个参数"),
    ] {
        let err = template_error(&format!("@title {{{{title}}}}\n{template}"));
        assert!(err.contains("work-conference.hbs:3:") && err.contains(want), "{template}: {err}");
        for english in ["not found", "strict mode", "Helper", "Partial", "Some("] {
            assert!(!err.contains(english), "{template}: {err}");
        }
    }
}

/// A site's moves are named from the seeds' order, and run forward: another name, or a `from` after
/// the `to`, is refused with the template's place.
#[test]
fn a_site_asking_for_moves_out_of_order_is_refused() {
    let site = |params: &str| {
        template_error(&format!(
            "@title {{{{title}}}}\n@section opening\n同志们：\n{{{{phrase \"significance\" \"statement\" {params}}}}}\n"
        ))
    };
    let err = site("from=\"why\"");
    assert!(
        err.contains("work-conference.hbs:4:") && err.contains("phrase 的 from=`why` 不是语序的一步"),
        "{err}"
    );
    assert!(err.contains("context、claim、necessity、action、aim"), "{err}");
    let err = site("from=\"action\" to=\"claim\"");
    assert!(err.contains("phrase 的 from= 在 to= 之后"), "{err}");
}

/// `@asks` names brief fields only, measures with a count at most: another word is refused with the
/// fields it may name.
#[test]
fn a_template_asking_for_what_a_brief_has_no_field_for_is_refused() {
    for (line, bad) in
        [("@asks goals weather", "weather"), ("@asks goals:2", "goals:2"), ("@asks measures:0", "measures:0")]
    {
        let err = template_error(&format!("@title {{{{title}}}}\n{line}\n@section opening\n同志们：\n"));
        assert!(err.contains("work-conference.hbs") && err.contains(&format!("不认识 `{bad}`")), "{err}");
        assert!(
            err.contains("measures、situation、problems、achievements、goals（措施可带上限，如 measures:4）"),
            "{err}"
        );
    }
}

#[test]
fn templates_that_would_overflow_or_crawl_are_refused_with_their_place() {
    // Two partials that include each other: the stack used to overflow (exit 134).
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("partials")).unwrap();
    std::fs::write(
        dir.path().join("work-conference.hbs"),
        "@title {{title}}\n@section opening\n{{> partials/a}}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("partials/a.hbs"), "{{> partials/b}}\n").unwrap();
    std::fs::write(dir.path().join("partials/b.hbs"), "{{> partials/a}}\n").unwrap();
    let out =
        jianggao().args(["draft", EXAMPLE, "--templates", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a.hbs：模板片段互相引用，形成循环：partials/a → partials/b → partials/a"), "{err}");

    // An inline partial calling itself: the stack overflowed, an abort in English (fuzz 26).
    let err = template_error("@title {{title}}\n{{#*inline \"r\"}}{{> r}}{{/inline}}{{> r}}\n");
    assert!(err.contains("work-conference.hbs:2:1：模板里不能定义内联片段"), "{err}");

    // 5,000 nested blocks: the stack overflowed.
    let deep = format!("@title {{{{title}}}}\n{}x{}\n", "{{#if title}}".repeat(5000), "{{/if}}".repeat(5000));
    let err = template_error(&deep);
    assert!(err.contains("work-conference.hbs:2:833：模板的块标签嵌套超过 64 层"), "{err}");
    // 20,000 tags: compiling took seconds (N² line:column lookups).
    let big = format!("@title {{{{title}}}}\n{}\n", "{{title}}".repeat(20_000));
    let err = template_error(&big);
    assert!(err.contains("work-conference.hbs:2:35992：模板太大：超过 4000 个"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_templates_folder_with_symlink_loops_and_a_fifo_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let t = dir.path();
    std::fs::write(t.join("work-conference.hbs"), "@title {{title}}\n@section opening\n各位同志：\n")
        .unwrap();
    std::os::unix::fs::symlink(".", t.join("a")).unwrap();
    std::os::unix::fs::symlink(".", t.join("b")).unwrap();
    let fifo = t.join("news-report.hbs");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let out = jianggao().args(["draft", EXAMPLE, "--templates", t.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("各位同志："));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("news-report.hbs：不是普通文件"), "{err}");
    let out = jianggao().args(["templates", "list", "--templates", t.to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

/// The embedded templates come precompiled, without positions: an error inside one (here the
/// embedded title partial, included by a writer's template where `title` does not resolve) still
/// names that file and the line and column of the failing tag.
#[test]
fn an_error_inside_an_embedded_partial_is_placed_in_that_partial() {
    let err = template_error("{{#with meeting}}{{> partials/title}}{{/with}}\n@section opening\n同志们：\n");
    // `@title {{title}}` is line 2 of templates/partials/title.hbs, the tag at column 8.
    assert!(err.contains("<内置模板>/partials/title.hbs:2:8：") && err.contains("不存在的变量"), "{err}");
}

#[test]
fn level_decides_whole_and_our() {
    let brief = "locality: 融安县\nmeeting: 全县对外开放工作会议\nperiod: 2025年\nachievements:\n  - topic: 利用外资\n    figures:\n      - {name: 实际利用外资, value: 3050, unit: 万美元, growth: 6.1}\ngoals:\n  - {name: 实际利用外资, growth: 8}\n";
    let out = jianggao().args(["draft", "-", "--phrasebank", FIXTURE]).write_stdin(brief).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("全县实际利用外资3050万美元，增长6.1%"), "{md}");
    assert!(md.contains("2026年，全县对外开放工作的主要目标是：实际利用外资增长8%。"), "{md}");
    assert!(!md.contains("全市") && !md.contains("我市"), "{md}");
}

/// A county-level city says 全市 and 市委 (its level, 县, decides only its structure: 各乡镇); an
/// autonomous region says 全区, a banner 全旗: the unit the locality's name ends in, in the
/// template's words and in every stock sentence's `{{level}}`.
#[test]
fn the_locality_names_its_own_unit_whatever_its_level() {
    let cases = [
        (
            "东兴市",
            "县",
            "全市对外开放工作会议",
            "市",
            &["全县", "我县", "县委", "县政府", "各县（市、区）"][..],
        ),
        ("广西壮族自治区", "省", "全区商务工作会议", "区", &["全省", "我省", "省委", "省政府"][..]),
        ("阿荣旗", "县", "全旗对外开放工作会议", "旗", &["全县", "我县", "县委", "县政府"][..]),
    ];
    for (locality, level, meeting, word, never) in cases {
        let brief = format!(
            "地区: {locality}\n层级: {level}\n会议: {meeting}\n报告期: 2025年\n成绩:\n  - 主题: 对外贸易\n    数据:\n      - {{指标: 货物进出口总额, 数值: 86.4, 单位: 亿元, 增长: 6.2}}\n措施:\n  - 标题: 扩大招商引资\n    主题: 招商引资\n    要点: [开展产业链精准招商]\n  - 标题: 做强对外贸易\n    主题: 对外贸易\n    要点: [培育外贸新业态]\n"
        );
        for seed in 1..=5 {
            let md = piped(&brief, seed);
            assert!(md.contains(&format!("全{word}货物进出口总额86.4亿元")), "{locality} seed {seed}:\n{md}");
            assert!(md.starts_with(&format!("# 在{meeting}上的讲话")), "{locality} seed {seed}:\n{md}");
            for w in never {
                assert!(!md.contains(w), "{locality} seed {seed} says {w}:\n{md}");
            }
        }
    }
    // An autonomous region's own bodies are the 自治区's: 自治区党委、自治区政府, never 区委.
    let visit = "体裁: 调研座谈讲话\n地区: 广西壮族自治区\n层级: 省\n调研单位: 自治区商务厅\n会议: 调研座谈会\n成绩:\n  - 主题: 对外贸易\n    要点: [边境贸易进出口增长11.4%]\n";
    let out = jianggao().args(["draft", "-"]).write_stdin(visit).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("认真贯彻自治区党委、自治区政府决策部署"), "{md}");
    assert!(!md.contains("区委") && !md.contains("全省"), "{md}");
}

/// A stock sentence filed under another topic is not about a measure because it shares one word
/// with it: under 稳住外贸基本盘 (…外贸主体培育行动) the province example used to say, at 7 of
/// 20 seeds, 各地区各部门要深刻学习领会…不断增强全面开放的思想自觉和行动自觉 — a 思想认识
/// sentence that shares only 行动.
#[test]
fn a_measure_takes_no_stock_of_another_topic_for_one_shared_word() {
    for seed in 0..20 {
        let seed = seed.to_string();
        let out = jianggao().args(["draft", "examples/province.yaml", "--seed", &seed]).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let md = String::from_utf8(out.stdout).unwrap();
        let trade = md.lines().find(|l| l.contains("稳住外贸基本盘。")).expect("the trade measure");
        assert!(!trade.contains("思想自觉"), "seed {seed}: {trade}");
    }
}

/// A research visit's last point, 能力要提升, is about the cadres' ability: every sentence under it
/// speaks of 能力, 本领, 干部, 作风 or 担当 — not of the leadership system (进一步健全完善组织领导
/// 体系…) nor of policies for talent (要有效整合土地、金融、人才等方面的政策), which its topics
/// used to bring in.
#[test]
fn a_research_visits_ability_point_is_about_ability() {
    for brief in ["examples/research-visit.yaml", "tests/fixtures/briefs/thin-research-visit.yaml"] {
        for seed in 0..12 {
            let (md, _) = embedded(brief, seed);
            let point = md.lines().find(|l| l.contains("能力要提升。")).expect("the ability point");
            let said = point.split_once("能力要提升。").unwrap().1;
            assert!(!said.is_empty(), "{brief} seed {seed}: {point}");
            for sentence in said.split_inclusive('。') {
                assert!(
                    ["能力", "本领", "干部", "作风", "担当"].iter().any(|w| sentence.contains(w)),
                    "{brief} seed {seed}: {sentence}"
                );
            }
        }
    }
}

/// A work conference ends its measures with a stock item on 组织领导 only when the writer has none:
/// a brief with its own measure on 组织领导与作风 said the same thing twice, 三是…四是要强化组织领导;
/// so did one whose heading named it (强化调度考核 under a topic of the writer's own, 组织保障).
/// Without achievements, the opening promises no report of them (下面我对…完成情况作简要通报).
#[test]
fn a_conference_adds_no_second_leadership_item_and_promises_no_missing_report() {
    let brief = "地区: 定西市\n会议: 全市开放型经济工作会议\n措施:\n  - 标题: 扩大中药材出口\n    主题: 对外贸易\n    要点: [支持中药材企业取得出口资质]\n  - 标题: 压实工作责任\n    主题: 组织领导与作风\n    要点: [把开放型经济纳入县区目标考核]\n";
    for seed in 0..10 {
        let md = piped(brief, seed);
        assert!(md.contains("二是压实工作责任。") && !md.contains("三是"), "seed {seed}:\n{md}");
        assert!(md.contains("下面我就今年定西市开放型经济工作讲几点意见。"), "seed {seed}:\n{md}");
        assert!(!md.contains("通报"), "seed {seed}:\n{md}");
    }
    // Nor when the writer's item only names the topic in its heading (`四是强化调度考核` in 延边州's
    // 调度会 was followed by `五是强化组织领导`).
    let named = brief.replace("组织领导与作风", "组织保障").replace("压实工作责任", "强化调度考核");
    for seed in 0..10 {
        let md = piped(&named, seed);
        assert!(md.contains("二是强化调度考核。") && !md.contains("三是"), "seed {seed}:\n{md}");
    }
    // Without its own, the conference still ends on one.
    let own = brief.replace("组织领导与作风", "招商引资").replace("压实工作责任", "做好招商服务");
    assert!((0..10).all(|seed| piped(&own, seed).contains("三是")));
}

/// The stock item a work conference ends its measures with speaks of its own heading. The
/// topic's name, 组织领导与作风, once made `作风` a word of every such item, and 云南's
/// `五是强化组织领导。` held only `我们要进一步解放思想、转变作风，着力提升能力本领，勇于抢先机、
/// 创一流。` at two seeds of five; words of 组织领导 added to every heading put `进一步健全完善组织领导
/// 体系…` under 宜宾临港经开区's `五是转变作风，狠抓落实。` (review 20).
#[test]
fn the_stock_leadership_item_speaks_of_its_heading() {
    let headings: [(&str, &[&str]); 2] = [
        ("是强化组织领导。", &["组织领导", "责任", "协调", "统筹", "领导"]),
        ("是转变作风，狠抓落实。", &["作风", "落实"]),
    ];
    let briefs = [
        "examples/province.yaml",
        "examples/district.yaml",
        "examples/county.yaml",
        "tests/fixtures/briefs/yibin-zone-conference.yaml",
    ];
    let mut items = 0;
    for brief in briefs {
        for seed in 1..=8 {
            let (md, _) = embedded(brief, seed);
            for (heading, words) in headings {
                let Some(item) = md.lines().find(|l| l.contains(heading)) else { continue };
                items += 1;
                let said = item.split_once(heading).unwrap().1;
                assert!(!said.is_empty(), "{brief} seed {seed}: {item}");
                for sentence in said.split_inclusive('。') {
                    assert!(words.iter().any(|w| sentence.contains(w)), "{brief} seed {seed}: {sentence}");
                }
            }
        }
    }
    assert!(items >= 16, "{items} items");
}

/// A brief with nothing to say yet (no achievements, problems, goals, measures or situation)
/// opens by naming the meeting: `下面我就…讲几点意见` followed by no point at all promised what
/// the draft does not give.
#[test]
fn a_conference_with_nothing_to_say_promises_no_points() {
    let brief = "地区: 石泉县\n层级: 县\n会议: 全县对外开放工作会议\n";
    for seed in 0..5 {
        let md = piped(brief, seed);
        assert!(md.contains("今天，我们召开全县对外开放工作会议。"), "seed {seed}:\n{md}");
        assert!(!md.contains("几点意见"), "seed {seed}:\n{md}");
    }
}

/// A signed article judges the record (`对外开放迈出新步伐`, `既成绩喜人`) only when the brief
/// gives achievements whose figures rise (or have no growth); with some falling it states the figures and the
/// difficulties, as seed 003's 湖南 did not have to.
#[test]
fn a_signed_article_praises_no_record_the_figures_do_not_show() {
    let falling = "体裁: 署名文章\n地区: 绥化市\n层级: 市\n会议: 全市一季度外贸形势调度会\n报告期: 2026年一季度\n成绩:\n  - 标题: 外贸运行承压\n    主题: 对外贸易\n    数据:\n      - {指标: 外贸进出口总额, 数值: 21.3, 单位: 亿元, 增长: -12.4}\n      - {指标: 农产品出口额, 数值: 6.2, 单位: 亿元, 增长: -8.1}\n问题:\n  - 标题: 对俄贸易下滑\n    要点: [对俄出口订单减少]\n措施:\n  - 标题: 稳住农产品出口\n    主题: 对外贸易\n    要点: [帮助大米加工企业开拓新市场]\n";
    let rising = falling.replace("-12.4", "12.4").replace("-8.1", "8.1");
    let none = "体裁: 署名文章\n地区: 石泉县\n层级: 县\n会议: 全县对外开放工作会议\n问题:\n  - 标题: 外贸主体少\n    要点: [外贸企业不足20家]\n";
    // One rising, one falling: 有升有降 is not a record to praise either.
    let mixed = falling.replace("-12.4", "12.4");
    for seed in 0..5 {
        for (brief, praised) in
            [(falling, false), (rising.as_str(), true), (none, false), (mixed.as_str(), false)]
        {
            let md = piped(brief, seed);
            assert_eq!(md.contains("成绩喜人"), praised, "seed {seed}:\n{md}");
            assert_eq!(md.contains("迈出新步伐"), praised, "seed {seed}:\n{md}");
            if !praised {
                assert!(md.contains("既面临困难挑战、又蕴含新的机遇"), "seed {seed}:\n{md}");
            }
        }
    }
}

/// The achievements' lead says what the figures say: with two rising for three falling it is
/// 有升有降, not 面临较大压力，主要指标出现回落 (a helper's 平乡县: 招商 up 12.5% and 6.1%, 外贸 and
/// 外资 down); with two falling for each rising, or none rising, it is that, unless the first figure
/// (the headline) rose.
#[test]
fn the_record_is_called_falling_only_when_most_figures_fall() {
    let figure = |name: &str, growth: &str| {
        format!("      - {{指标: {name}, 数值: 10, 单位: 亿元, 增长: {growth}}}\n")
    };
    let brief = |growths: &[&str]| {
        let figures: String =
            growths.iter().enumerate().map(|(i, g)| figure(&format!("指标{}", i + 1), g)).collect();
        format!(
            "地区: 平乡县\n会议: 全县对外开放工作会议\n报告期: 2025年\n成绩:\n  - 标题: 主要指标\n    数据:\n{figures}"
        )
    };
    for (growths, lead) in [
        (&["12.5", "6.1", "-6.3", "-9.8", "-18.4"][..], "平乡县对外开放工作主要指标有升有降"),
        (&["12.5", "-6.3"][..], "平乡县对外开放工作主要指标有升有降"),
        (&["-6.3", "12.5", "-9.8"][..], "平乡县对外开放工作面临较大压力"),
        // (the headline, the first figure, rose: review 52)
        (&["12.5", "-6.3", "-9.8"][..], "平乡县对外开放工作主要指标有升有降"),
        (&["-6.3"][..], "平乡县对外开放工作面临较大压力"),
        (&["12.5", "6.1"][..], "平乡县坚持以开放促发展"),
    ] {
        let md = piped(&brief(growths), 1);
        assert!(md.contains(lead), "{growths:?}:\n{md}");
        // The figures follow in a speech; `情况如下` is a written report's (夹江县, helper review).
        assert!(!md.contains("情况如下"), "{growths:?}:\n{md}");
    }
}

/// A 直辖市 is a province-level unit even when the writer gives its level as 市 (its name ends in
/// 市): 天津 has 区 below it, not 县（市、区）, and no 省 above it. (A helper's news release for
/// 天津 said `各县（市、区）要健全对外开放组织领导机构` at seeds 1, 3 and 5.)
#[test]
fn a_municipality_speaks_of_its_districts_whatever_level_it_is_given() {
    let given = std::fs::read_to_string("tests/fixtures/briefs/tianjin-news.yaml").unwrap();
    for brief in [given.clone(), given.replace("level: 市", "level: 省"), given.replace("level: 市\n", "")]
    {
        let mut units = 0;
        for seed in 0..8 {
            let md = piped(&brief, seed);
            for bad in ["县（市", "县市区", "市（州）", "各乡镇", "省委", "省直", "全省"] {
                assert!(!md.contains(bad), "seed {seed}: {bad}\n{md}");
            }
            units += md.matches("各区").count();
        }
        assert!(units > 0, "the districts are named at some seed:\n{brief}");
    }
}

/// A news release credits the record (`充分肯定了…取得的成绩`) only when every growth figure rises;
/// with a fall among them it reports the figures as `据介绍，…`: under a second `指出`, right after
/// `…在讲话中指出，`, two paragraphs opened alike (山西, helper review).
#[test]
fn a_news_release_credits_only_a_rising_record() {
    let rising = std::fs::read_to_string("tests/fixtures/briefs/tianjin-news.yaml").unwrap();
    let mixed = rising.replace("growth: 2.8", "growth: -2.8");
    assert_ne!(rising, mixed);
    for seed in 0..4 {
        let md = piped(&rising, seed);
        assert!(
            md.contains("孙宏斌充分肯定了2025年全市外资外贸工作取得的成绩。2025年，全市外贸进出口总额"),
            "{md}"
        );
        let md = piped(&mixed, seed);
        assert!(!md.contains("充分肯定") && md.contains("\n\n据介绍，2025年，全市外贸进出口总额"), "{md}");
        assert!(!md.contains("孙宏斌指出"), "{md}");
    }
}

/// Attendees are parted by 、 (`区人大常委会副主任陈雪芳、区政协副主席李建明出席会议`), and by ，
/// when a title holds a 、 of its own, as seed 002 writes them. Every release parted them by ，.
#[test]
fn attendees_are_parted_as_a_release_parts_them() {
    let brief = std::fs::read_to_string("tests/fixtures/briefs/tianjin-news.yaml").unwrap();
    let plain =
        brief.replace("  - 市政府党组成员刘志明\n", "  - 市政府党组成员刘志明\n  - 市政协副主席吴晓梅\n");
    assert_ne!(plain, brief);
    let titled = plain.replace("市政协副主席吴晓梅", "市委常委、常务副市长陈立平");
    for seed in 0..2 {
        assert!(piped(&plain, seed).contains("市政府党组成员刘志明、市政协副主席吴晓梅出席会议。"));
        assert!(piped(&titled, seed).contains("市政府党组成员刘志明，市委常委、常务副市长陈立平出席会议。"));
    }
}

/// A visit to the 管委会 of a zone speaks of the zone: its work is what the meeting names after the
/// zone (开放发展), and its record, 差距 and goals are the zone's, named as the zone is, not
/// `长春市汽车经济技术开发区` (the place put before what was left of the zone's name). A visit to an
/// office keeps the office as the one that carried out the decisions.
#[test]
fn a_visit_to_a_zones_office_speaks_of_the_zone() {
    let brief = std::fs::read_to_string("tests/fixtures/briefs/changchun-zone-visit.yaml").unwrap();
    for seed in 0..3 {
        let md = piped(&brief, seed);
        for said in [
            "今天，我们到长春汽车经济技术开发区管委会调研开放发展工作。",
            "总的来看，长春汽车经济技术开发区认真贯彻",
            "下面，我就开放发展工作，讲几点意见：",
            "相比，长春汽车经济技术开发区开放发展工作还有不小差距：",
            "2026年，长春汽车经济技术开发区开放发展工作的主要目标是：",
        ] {
            assert!(md.contains(said), "seed {seed}: {said}\n{md}");
        }
        assert!(!md.contains("长春市汽车") && !md.contains("调研汽车"), "seed {seed}:\n{md}");
    }
    let (md, _) = embedded("examples/research-visit.yaml", 1);
    assert!(md.contains("总的来看，县商务局认真贯彻"), "{md}");
}

/// A visit praises a record only as far as it rose: 对此，市委市政府是肯定的 after
/// `外贸进出口总额2318.5亿元，下降6.2%；集成电路出口…下降9.1%` (西安高新区, a helper's review)
/// praised the falls. A mixed record has its 成绩 acknowledged, without `为全区经济社会发展作出了
/// 贡献` (江津综合保税区, 实际利用外资下降18.4%, helper review); a falling one is met with resolve.
#[test]
fn a_visit_praises_a_record_only_as_far_as_it_rose() {
    let mixed = std::fs::read_to_string("tests/fixtures/briefs/changchun-zone-visit.yaml").unwrap();
    let down = mixed.replace("growth: 7.2}", "growth: -7.2}").replace("growth: 46.5}", "growth: -46.5}");
    assert_ne!(down, mixed);
    for seed in 0..2 {
        let md = piped(&mixed, seed);
        assert!(md.contains("对取得的成绩，市委市政府是肯定的") && !md.contains("作出了贡献"), "{md}");
        let md = piped(&down, seed);
        assert!(md.contains("各项工作有序推进。2025年，") && md.contains("面对下行压力"), "{md}");
        assert!(!md.contains("是肯定的") && !md.contains("作出了贡献"), "{md}");
    }
    let (md, _) = embedded("examples/research-visit.yaml", 1);
    assert!(md.contains("对此，县委县政府是肯定的"), "{md}");
}

/// An implementation speech numbers its measures' points 一要…二要… only when each reads after 要;
/// `一要实施方案明确的38项任务逐项明确牵头单位…` and `二要各镇街、各园区每月报送…` did not (江津区,
/// helper review): such a list is numbered 一是…二是…, and so are the other measures' lists, one
/// style in one part (兴安盟 mixed them, review 27). The meeting, held on the district's own plan
/// (…大会精神暨《江津区扩大高水平对外开放实施方案》推进会), is not the work.
#[test]
fn points_are_numbered_as_they_read() {
    let brief = std::fs::read_to_string("tests/fixtures/briefs/jiangjin-implementation.yaml").unwrap();
    for seed in 0..3 {
        let md = piped(&brief, seed);
        for said in [
            "一是实施方案明确的38项任务",
            "二是各镇街、各园区每月报送",
            "一是推动珞璜港三期工程",
            "传达学习全市高水平对外开放大会精神，总结2025年全区高水平对外开放工作",
        ] {
            assert!(md.contains(said), "seed {seed}: {said}\n{md}");
        }
        assert!(!md.contains("》工作") && !md.contains("》精神"), "seed {seed}:\n{md}");
        assert!(!md.contains("一要") && !md.contains("二要"), "seed {seed}:\n{md}");
    }
    // Where every point of every measure reads after 要, 一要 throughout.
    let (md, _) = embedded("examples/implementation.yaml", 1);
    assert!(md.contains("一要围绕新能源汽车") && md.contains("一要培育进出口超亿元企业"), "{md}");
}

/// A meeting held to carry out a document (吉安, helper review: `全市贯彻落实《江西省扩大高水平对外开放
/// 三年行动实施方案》推进会`) 贯彻落实 the document; it has no 精神 to 传达学习. Nor does the opening
/// say who spoke before (`刚才…几位同志作了很好的发言`): the brief gives no agenda.
#[test]
fn a_document_is_carried_out_and_no_agenda_is_invented() {
    let brief = "体裁: implementation\n地区: 吉安市\n会议: 全市贯彻落实《江西省扩大高水平对外开放三年行动实施方案》推进会\n报告期: 2025年\n措施:\n  - 标题: 深度对接粤港澳大湾区\n    主题: 招商引资\n    要点: [赴深圳、东莞开展产业链招商]\n";
    for seed in 0..3 {
        let md = piped(brief, seed);
        let opening = md.lines().find(|l| l.starts_with("这次会议")).unwrap_or_else(|| panic!("{md}"));
        assert!(
            opening.starts_with("这次会议的主要任务是贯彻落实《江西省扩大高水平对外开放三年行动实施方案》，"),
            "seed {seed}: {opening}"
        );
        assert!(!md.contains("》精神") && !md.contains("刚才") && !md.contains("发言"), "seed {seed}:\n{md}");
        // Carrying out a document is no year's review and deployment (许昌's April 推进会 said
        // `总结2025年全市对外开放工作，对2026年对外开放工作进行部署`, helper review).
        assert!(
            opening.contains("研究部署下一步重点工作") && !opening.contains("总结"),
            "seed {seed}: {opening}"
        );
    }
}

/// `推进规则制度向沿海地区看齐` is said by an inland place. 沧州 is on the coast (黄骅港, 沿海经济强市):
/// its signed article drew the sentence at 4 of 6 seeds (helper review), licensed by the word 沿海.
/// Such a sentence presupposes 内陆 too (`presuppositions.yaml`).
#[test]
fn a_coastal_place_is_not_told_to_catch_up_with_the_coast() {
    let brief = std::fs::read_to_string("tests/fixtures/briefs/cangzhou-signed-article.yaml").unwrap();
    for seed in 0..8 {
        let md = piped(&brief, seed);
        assert!(!md.contains("向沿海") && !md.contains("与沿海地区的差距"), "seed {seed}:\n{md}");
    }
}

/// A writer's slogan opens with a verb (确保完成…): `同志们，让我们确保完成全年外资外贸目标任务！`
/// (齐齐哈尔, helper review) did not read. A call comes first, as in the signed article.
#[test]
fn a_slogan_follows_a_call() {
    let brief = "地区: 齐齐哈尔市\n会议: 全市上半年外资外贸工作调度会\n报告期: 2026年上半年\n措施:\n  - 标题: 稳住骨干企业保外贸\n    主题: 对外贸易\n    要点: [对进出口前30位企业实行市级领导包联]\n结尾:\n  口号: 确保完成全年外资外贸目标任务\n";
    let md = piped(brief, 1);
    let last = md.lines().rfind(|l| !l.trim().is_empty()).unwrap();
    let call = last.strip_prefix("同志们，让我们").and_then(|r| {
        r.strip_suffix("，确保完成全年外资外贸目标任务，为齐齐哈尔高质量发展作出新的更大贡献！")
    });
    assert!(call.is_some_and(|c| c.chars().count() == 9 && c.contains('、')), "{md}");
}

/// The call before a work speech's slogan varies with the seed, as stock does (review 40: every
/// draft closed `让我们凝心聚力、真抓实干`), and over figures that fell it is a call to hold on.
#[test]
fn a_work_speech_closes_on_a_call_drawn_by_the_seed() {
    let call = |brief: &str, seed: u64| {
        let (md, _) = embedded(brief, seed);
        let last = md.lines().rfind(|l| !l.trim().is_empty()).unwrap().to_string();
        last.strip_prefix("同志们，让我们")
            .and_then(|r| r.split_once('，'))
            .map(|(c, _)| c.to_string())
            .unwrap()
    };
    let calls: std::collections::BTreeSet<String> = (1..=12).map(|seed| call(EXAMPLE, seed)).collect();
    assert!(calls.len() >= 3, "{calls:?}");
    for seed in 1..=6 {
        let c = call("examples/midyear.yaml", seed);
        assert!(c.contains("攻坚克难") || c.contains("迎难而上"), "seed {seed}: {c}");
    }
}

/// An implementation speech's record is a 良好基础 only when its figures rose (吉安, helper review:
/// `正确看待我市对外开放的良好基础` above `实际使用外资2.38亿美元，下降9.6%`).
#[test]
fn a_falling_record_is_no_good_foundation() {
    let brief = |growth: &str| {
        format!(
            "体裁: implementation\n地区: 甲市\n会议: 全市对外开放工作会议\n成绩:\n  - 标题: 外贸\n    数据:\n      - {{name: 货物进出口总额, value: 10, unit: 亿元, growth: {growth}}}\n      - {{name: 实际使用外资, value: 2, unit: 亿美元, growth: -9.6}}\n"
        )
    };
    let heading =
        |md: &str| md.lines().find(|l| l.contains("看待")).unwrap_or_else(|| panic!("{md}")).to_string();
    assert_eq!(heading(&piped(&brief("3.1"), 1)), "### 正确看待我市对外开放的基础");
    assert_eq!(heading(&piped(&brief("-2.0"), 1)), "### 客观看待我市对外开放的基础和形势");
}

/// The stock item that closes a work conference's measures is worded like the writer's headings:
/// after 动宾 headings it is `四是强化组织领导`, not `四是要强化组织领导` (张家港市 at seed 1).
#[test]
fn the_closing_item_is_worded_like_the_writers_headings() {
    let brief = "地区: 张家港市\n层级: 县\n会议: 全市开放型经济工作会议\n措施:\n  - 标题: 做强港口开放功能\n    主题: 开放平台\n    要点: [拓展近洋航线]\n  - 标题: 稳住外贸基本盘\n    主题: 对外贸易\n    要点: [扩大机电产品出口]\n  - 标题: 抓好外资招引\n    主题: 招商引资\n    要点: [聚焦新能源开展产业链招商]\n";
    let mut closing = std::collections::BTreeSet::new();
    for seed in 0..12 {
        let md = piped(brief, seed);
        let item = md.lines().find(|l| l.starts_with("四是")).unwrap_or_else(|| panic!("seed {seed}:\n{md}"));
        assert!(!item.starts_with("四是要"), "seed {seed}: {item}");
        closing.insert(item.split('。').next().unwrap().to_string());
    }
    // The seeds' phrasebank has one plain heading on 组织领导 (`要强化组织领导。`, its 要 dropped).
    // The other once drawn here was an article's title, `加强党的全面领导，凝聚持续发力抓改革、
    // 促开放的工作合力`, which reads as a paragraph among short headings and is no longer drawn.
    assert!(closing.iter().all(|h| h.chars().count() < 18), "{closing:?}");
}

/// An autonomous area is named in the body by its short name, as a speaker says it: 延边州, not
/// 延边朝鲜族自治州 three times a draft (a helper's 贯彻落实 speech); a province as 云南.
#[test]
fn an_autonomous_area_is_named_as_a_speaker_names_it() {
    let brief = "体裁: 贯彻落实讲话\n地区: 延边朝鲜族自治州\n层级: 市\n会议: 全州贯彻落实全省对外开放工作会议精神大会\n报告期: 2025年\n成绩:\n  - 标题: 对外贸易较快增长\n    主题: 对外贸易\n    数据:\n      - {指标: 外贸进出口总额, 数值: 192.7, 单位: 亿元, 增长: 9.4}\n目标:\n  - {指标: 外贸进出口总额, 增长: 8}\n措施:\n  - 标题: 做大进口加工规模\n    主题: 对外贸易\n    要点: [推动进口资源落地加工]\n";
    for seed in 0..4 {
        let md = piped(brief, seed);
        assert!(!md.contains("朝鲜族自治州"), "seed {seed}:\n{md}");
        assert!(md.contains("2025年，延边州坚持"), "seed {seed}:\n{md}");
    }
    // A province without 省 (seeds 002 and 003: 辽宁是…, 湖南的一块短板).
    for seed in 0..4 {
        let (md, _) = embedded("examples/province.yaml", seed);
        assert!(!body(&md).contains("云南省") && md.contains("2025年，云南坚持"), "seed {seed}:\n{md}");
    }
}

/// A figure of one named facility (河口口岸, a port inside 红河州) is that facility's, not the whole
/// place's: `河口口岸进出口货运量865万吨`, not `全州河口口岸…`; a figure with no subject of its own
/// (边境口岸: a kind, not a name) still gets 全州, in every genre that states figures.
#[test]
fn a_figure_of_one_facility_is_not_said_of_the_whole_place() {
    let brief = "讲话人: 州长 李明\n地区: 红河哈尼族彝族自治州\n会议: 全州开放型经济工作会议\n报告期: 2025年\n成绩:\n  - 标题: 口岸经济加快发展\n    数据:\n      - {指标: 河口口岸进出口货运量, 数值: 865, 单位: 万吨, 增长: 14.6}\n  - 标题: 对外贸易持续向好\n    数据:\n      - {指标: 边境口岸进出口总额, 数值: 96.3, 单位: 亿元, 增长: 8.2}\n      - {指标: 外贸进出口总额, 数值: 312.4, 单位: 亿元, 增长: 9.1}\n措施:\n  - 标题: 做强口岸经济\n    要点: [推进河口口岸扩容改造]\n";
    for genre in ["work-conference", "signed-article", "news-report"] {
        for seed in 0..3 {
            let md = piped(&format!("体裁: {genre}\n{brief}"), seed);
            assert!(md.contains("河口口岸进出口货运量865万吨"), "{genre} seed {seed}:\n{md}");
            assert!(!md.contains("全州河口口岸"), "{genre} seed {seed}:\n{md}");
            assert!(md.contains("全州边境口岸进出口总额"), "{genre} seed {seed}:\n{md}");
        }
    }
}

/// A research visit is about the work its meeting names (a helper's 安溪县 visit on 藤铁工艺
/// exports said `调研全县对外开放工作` and gave its points on 全县对外开放工作); a campaign in a
/// meeting's name (开放再出发) is not a line of work (`总结2025年全区开放再出发工作`); and a park
/// visited has no 业务工作. An implementation speech promises a review (总结…) only when its brief
/// has a record to review.
#[test]
fn a_speech_is_about_the_work_its_meeting_names() {
    let visit = "体裁: 调研座谈讲话\n讲话人: 县委书记\n地区: 安溪县\n调研单位: 县藤铁工艺产业园\n会议: 调研藤铁工艺产业外贸工作座谈会\n成绩:\n  - 要点: [园区已有23家企业开展跨境电商业务]\n    数据:\n      - {指标: 藤铁工艺品出口额, 数值: 58, 单位: 亿元, 增长: 6.2}\n";
    let campaign = "体裁: 贯彻落实讲话\n地区: 吴江区\n会议: 全区贯彻落实全市开放再出发大会精神推进会\n报告期: 2025年\n措施:\n  - 标题: 做强外资招引\n    要点: [全年新引进外资项目30个]\n";
    for seed in 0..3 {
        let md = piped(visit, seed);
        assert!(md.contains("今天，我们到县藤铁工艺产业园调研藤铁工艺产业外贸工作。"), "seed {seed}:\n{md}");
        assert!(md.contains("下面，我就藤铁工艺产业外贸工作，讲几点意见"), "seed {seed}:\n{md}");
        // A park has work, not an office's 业务工作 (the seed's 市商务局 keeps it: the snapshot),
        // and its figures are its own: no 全县 before them.
        assert!(md.contains("。藤铁工艺品出口额58亿元") && !md.contains("全县藤铁"), "seed {seed}:\n{md}");
        assert!(md.contains("各项工作扎实推进") && !md.contains("业务工作"), "seed {seed}:\n{md}");
        let md = piped(campaign, seed);
        assert!(!md.contains("再出发工作"), "seed {seed}:\n{md}");
        // Nothing to review (no achievements): no 总结, as 宜宾市's thin brief was promised one.
        assert!(
            md.contains("这次会议的主要任务是传达学习全市开放再出发大会精神，对2026年对外开放工作进行部署。"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("总结2025年"), "seed {seed}:\n{md}");
        let reviewed = campaign.replace("措施:", "成绩:\n  - 要点: [新引进外资项目26个]\n措施:");
        let md = piped(&reviewed, seed);
        assert!(md.contains("总结2025年全区对外开放工作，"), "seed {seed}:\n{md}");
    }
}

/// A 保障 paragraph says each thing once: a helper's 烟台 release said `…压实工作责任。各相关部门
/// 要压实责任…` and `…健全对外开放组织领导机构…。进一步健全完善组织领导体系…` at every seed.
#[test]
fn a_safeguards_paragraph_says_each_thing_once() {
    let news = "tests/fixtures/briefs/yantai-news.yaml";
    for seed in 1..=10 {
        let (md, _) = embedded(news, seed);
        let asks = md.lines().find(|l| l.contains("要求，")).unwrap_or_else(|| panic!("seed {seed}:\n{md}"));
        assert!(
            asks.matches("组织领导").count() <= 1 && asks.matches("压实").count() <= 1,
            "seed {seed}: {asks}"
        );
    }
    // The conference's last item, after its heading.
    for seed in 0..10 {
        let (md, _) = embedded("examples/province.yaml", seed);
        let item = md.lines().rfind(|l| l.chars().nth(1) == Some('是')).unwrap();
        let body = item.split_once('。').map_or("", |(_, b)| b);
        assert!(body.matches("组织领导").count() <= 1, "seed {seed}: {item}");
    }
}

/// A problem's heading is the writer's judgment and is said in every genre that lists problems (a
/// helper's 锡林郭勒盟 贯彻落实 speech lost all three); the points of a problem without one are
/// each an item, as before.
#[test]
fn every_genre_says_the_writers_problem_headings() {
    let problems = "问题:\n  - 标题: 通道经济特征明显\n    要点: [进口资源落地加工转化不足]\n  - 要点: [口岸查验设施不足, 外商投资企业不足40家]\n";
    let base = "讲话人: 盟长 张华\n地区: 锡林郭勒盟\n会议: 全盟对外开放工作会议\n调研单位: 盟商务局\n措施:\n  - 标题: 做大落地加工\n    要点: [推动进口资源落地加工]\n";
    for genre in ["work-conference", "implementation", "research-visit", "news-report"] {
        let md = piped(&format!("体裁: {genre}\n{base}{problems}"), 1);
        assert!(
            md.contains("一是通道经济特征明显。进口资源落地加工转化不足。二是口岸查验设施不足。三是外商投资企业不足40家。"),
            "{genre}:\n{md}"
        );
    }
}

/// The writer's 形势 points are said in every genre (a helper's briefs for four genres had them
/// dropped without a word, while the length hint asked for them).
#[test]
fn every_genre_says_the_writers_situation() {
    for genre in ["county", "implementation", "research-visit", "news-report", "signed-article"] {
        let example = std::fs::read_to_string(format!("examples/{genre}.yaml")).unwrap();
        let key = if example.contains("\n地区:") { "形势" } else { "situation" };
        let brief =
            format!("{}\n{key}:\n  - 外需收缩压力加大\n  - 区域间招商引资竞争日趋激烈\n", example.trim_end());
        for seed in 1..=2 {
            let md = piped(&brief, seed);
            assert!(
                md.contains("当前，外需收缩压力加大。区域间招商引资竞争日趋激烈。"),
                "{genre} seed {seed}:\n{md}"
            );
        }
    }
}

/// A province's speech calls the units below it what that province calls them (`provinces.yaml`):
/// 云南 has more 州 than 市, 内蒙古 has 盟, 新疆 has 地区 — the generic 各市（州） is none of these.
#[test]
fn a_province_names_the_units_below_it_its_own_way() {
    let example = std::fs::read_to_string("examples/province.yaml").unwrap();
    let cases = [
        ("云南省", "各州（市）要健全"),
        ("浙江省", "各市要健全"),
        ("内蒙古自治区", "各盟市要健全"),
        ("新疆维吾尔自治区", "各地（州、市）要健全"),
    ];
    for (province, says) in cases {
        let brief = example.replace("地区: 云南省", &format!("地区: {province}"));
        let mut said = 0;
        // Twenty seeds: the 保障 item says 组织领导 once (`picker::echoes`), so the sentence that
        // names the units below is one of several it may draw.
        for seed in 0..20 {
            let md = piped(&brief, seed);
            assert!(!md.contains("市（州）要"), "{province} seed {seed}:\n{md}");
            said += usize::from(md.contains(says));
        }
        assert!(said > 0, "{province}: no seed of 0–19 says {says}");
    }
}

#[test]
fn a_minimal_brief_still_gives_a_speech() {
    let out = jianggao()
        .args(["draft", "-", "--phrasebank", FIXTURE])
        .write_stdin("地区: 柳州市\n会议: 全市对外开放工作会议\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# 在全市对外开放工作会议上的讲话\n\n同志们：\n"), "{md}");
    assert!(md.trim_end().ends_with('！'), "{md}");
}

/// The wizard offers phrasebank sentences to tick as a measure's points: a ticked sentence is the
/// writer's own point from then on, and no stock sentence may repeat it beside itself.
#[test]
fn a_phrasebank_sentence_taken_as_a_point_is_said_once() {
    let stock = [
        "营商环境是对外开放的晴雨表，很大程度上决定着城市吸引力和竞争力。",
        "坚持把营商环境建设当作招商引资的生命线，积极打造“审批事项最少、办事效率最高、投资环境最优”的政务生态系统，提供优质高效的服务环境和营商环境。",
    ];
    let brief = format!(
        "locality: 柳州市\nmeeting: 全市对外开放工作会议\nmeasures:\n  - heading: 持续优化营商环境\n    topic: 营商环境\n    points:\n      - {}\n      - {}\n      - 推行涉企审批“一件事一次办”\n",
        stock[0], stock[1]
    );
    for seed in 0..20 {
        let seed = seed.to_string();
        let out =
            jianggao().args(["draft", "-", "--seed", &seed]).write_stdin(brief.as_str()).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let md = String::from_utf8(out.stdout).unwrap();
        for s in stock {
            assert_eq!(md.matches(s).count(), 1, "seed {seed}: said twice or dropped: {s}\n{md}");
        }
        assert_eq!(
            md.matches("持续优化营商环境").count(),
            1,
            "seed {seed}: the heading again as a sentence\n{md}"
        );
    }
}

// ───────────── Drafts a writer keeps (issue 12), with the embedded phrasebank ─────────────

/// Draft the brief text `brief`, given on standard input, at `seed` with the embedded phrasebank:
/// the Markdown.
fn piped(brief: &str, seed: u64) -> String {
    let out =
        jianggao().args(["draft", "-", "--seed", &seed.to_string()]).write_stdin(brief).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Draft `brief` at `seed` with the embedded phrasebank: (Markdown, stderr).
fn embedded(brief: &str, seed: u64) -> (String, String) {
    let out = jianggao().args(["draft", brief, "--seed", &seed.to_string()]).output().unwrap();
    assert!(out.status.success(), "{brief}: {}", String::from_utf8_lossy(&out.stderr));
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

/// `embedded` on a brief given as text (written to a temporary b.yaml).
fn embedded_yaml(brief: &str, seed: u64) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, brief).unwrap();
    embedded(path.to_str().unwrap(), seed)
}

/// The body: everything after the title and its date line.
fn body(md: &str) -> String {
    md.lines().filter(|l| !l.starts_with("# ") && !l.starts_with('（')).collect::<Vec<_>>().join("\n")
}

const NEW_BRIEFS: [&str; 5] = [
    "examples/county.yaml",
    "examples/province.yaml",
    "examples/district.yaml",
    "examples/midyear.yaml",
    "examples/thin.yaml",
];

/// Nothing presupposed that the brief does not mention: every word of `presuppositions.yaml` in a
/// draft is backed by the brief, over ten seeds of ten briefs (three a helper wrote: 平乡县's
/// 驻点招商 once licensed a 总协调人 制度; 正安县, a guitar-making county, was told to
/// `加强国际产能合作，进一步增强…大宗产品的拉动能力`).
#[test]
fn a_draft_presupposes_only_what_its_brief_mentions() {
    let list: Vec<Value> =
        jianggao::yaml::from_str(&std::fs::read_to_string("phrasebank/presuppositions.yaml").unwrap(), "p")
            .unwrap();
    let words = |v: &Value, k: &str| -> Vec<String> {
        v[k].as_array().unwrap().iter().map(|w| w.as_str().unwrap().to_string()).collect()
    };
    let helpers = [
        "tests/fixtures/briefs/pingxiang-county.yaml",
        "tests/fixtures/briefs/yantai-news.yaml",
        "tests/fixtures/briefs/zhengan-county.yaml",
        // Review 17: 安溪县 was told of its 现有基地, 东西湖区 of its 现有开放平台; neither brief has any.
        "tests/fixtures/briefs/anxi-county.yaml",
        "tests/fixtures/briefs/dongxihu-implementation.yaml",
        // Review 26: 满洲里市 and 阿克苏地区 were told to 推动经济开发区转型发展; neither has one.
        "tests/fixtures/briefs/manzhouli-port.yaml",
        "tests/fixtures/briefs/akesu-prefecture.yaml",
        // Review 41: 衡阳市's 招商引资 meeting was told `随着“一带一路”建设的推进…` after its 形势.
        "tests/fixtures/briefs/hengyang-investment-conference.yaml",
    ];
    for brief in NEW_BRIEFS.iter().copied().chain([EXAMPLE, LIUZHOU]).chain(helpers) {
        let text = std::fs::read_to_string(brief).unwrap();
        for seed in 1..=10 {
            let (md, _) = embedded(brief, seed);
            // 驻点招商 licenses a 招商小分队, not a 总协调人 制度 (one entry once held both).
            if text.contains("驻点招商") && !text.contains("协调人") {
                assert!(!md.contains("总协调人"), "{brief} seed {seed}");
            }
            // A place whose brief names no 开发区 is not told to reform its 经济开发区.
            if !text.contains("开发区") {
                assert!(!md.contains("经济开发区"), "{brief} seed {seed}");
            }
            for p in &list {
                if words(p, "brief").iter().any(|w| text.contains(w.as_str())) {
                    continue;
                }
                for w in words(p, "words") {
                    assert!(
                        !md.contains(&w),
                        "{brief} seed {seed}: {w} ({}) without the brief saying so",
                        p["name"]
                    );
                }
            }
        }
    }
}

/// 曹县's implementation speech on 跨境电商 (review 20) names no 开发区, 园区 or 口岸: its only 平台 are
/// e-commerce ones (`通过亚马逊、速卖通等平台销往欧美`), which are not the open platforms that
/// `依托现有开放平台建设…` presupposes (15 of 30 seeds said so). Its meeting, a 推进会议, is not the
/// work (`跨境电商高质量发展推进工作`, five times a draft), and its part on 跨境电商交易额 is not
/// headed by the lexicon's name 跨境电商与新业态 (`跨境电商与新业态保持增长`).
#[test]
fn an_e_commerce_platform_is_not_an_open_platform() {
    let brief = "tests/fixtures/briefs/caoxian-implementation.yaml";
    for seed in 1..=30 {
        let (md, _) = embedded(brief, seed);
        assert!(!md.contains("现有开放平台"), "seed {seed}:\n{md}");
        assert!(!md.contains("推进工作") && !md.contains("发展推进的"), "seed {seed}:\n{md}");
        assert!(!md.contains("新业态保持增长"), "seed {seed}:\n{md}");
        // (+23.5%: `judgments.up_fast`)
        assert!(md.contains("跨境电商快速增长") || md.contains("跨境电商增势强劲"), "seed {seed}:\n{md}");
    }
}

/// A leader visiting a unit below them is its 上级: 江苏's 副省长 at the province's port group
/// (review 20) said `与上级要求和发展需要相比，江苏省港口集团的发展还有不小差距`. A zone is
/// measured against the leadership's requirements and the whole place's needs; the whole place's
/// own work (an office visit: 全市对外开放工作) still against its 上级's; a company is told of
/// what it faces (`a_company_visited_is_spoken_to_as_a_company`).
#[test]
fn a_visited_unit_falls_short_of_the_speakers_own_requirements() {
    let cases = [
        (
            "tests/fixtures/briefs/jiangsu-port-visit.yaml",
            "同时，我们也要看到，企业发展中还面临一些困难和问题：一是",
        ),
        (
            "tests/fixtures/briefs/jiujiang-zone-visit.yaml",
            "与市委市政府的要求和全市发展的需要相比，九江综合保税区",
        ),
        ("tests/fixtures/briefs/cixi-office-visit.yaml", "与上级要求和发展需要相比，全市对外开放工作"),
    ];
    for (brief, said) in cases {
        for seed in 1..=3 {
            let (md, _) = embedded(brief, seed);
            assert!(md.contains(said), "{brief} seed {seed}:\n{md}");
        }
    }
}

/// A development zone's own conference (宜宾临港经济技术开发区, review 20) names itself by its short
/// form, 宜宾临港经开区, not by its full name four times a draft; and it is not one of the units
/// below it (`各街道、开发区要组建驻地招商小分队` at 10 of 30 seeds).
#[test]
fn a_development_zone_speaks_of_itself_as_one() {
    let brief = "tests/fixtures/briefs/yibin-zone-conference.yaml";
    for seed in 1..=30 {
        let (md, _) = embedded(brief, seed);
        assert!(!md.contains("、开发区要"), "seed {seed}:\n{md}");
        assert!(md.contains("2025年，宜宾临港经开区招商引资和对外开放工作"), "seed {seed}:\n{md}");
        // (The writer's own closing names it in full.)
        assert!(md.matches("宜宾临港经济技术开发区").count() <= 1, "seed {seed}:\n{md}");
    }
}

/// A news release speaks of what is to be done as to be done: 台州's (review 20) read
/// `陈卫国强调，一是稳订单拓市场。四季度组织200家以上企业赴中东…参加境外展会`, as if done. With
/// its figures falling, its problems (外需收缩, 加征关税) are difficulties it faces, not only
/// `工作…短板和不足`.
#[test]
fn a_news_release_speaks_of_plans_as_plans() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/taizhou-news.yaml", seed);
        assert!(md.contains("陈卫国强调，要重点抓好以下几项工作：一是稳订单拓市场。"), "seed {seed}:\n{md}");
        assert!(
            md.contains("陈卫国还指出，当前，全市外贸稳增长工作仍面临不少困难和挑战：一是"),
            "seed {seed}:\n{md}"
        );
        let (rising, _) = embedded("tests/fixtures/briefs/yantai-news.yaml", seed);
        assert!(rising.contains("工作仍存在一些短板和不足："), "seed {seed}:\n{rising}");
    }
}

/// An implementation speech's safeguards do not say again what a measure of the writer's says:
/// 义乌市's `（四）强化外贸政策保障` was followed by the template's `（三）用好政策、强化支撑`
/// (review 22). The example, with no such measure, keeps all four.
#[test]
fn safeguards_leave_out_what_a_measure_already_covers() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/yiwu-implementation.yaml", seed);
        assert!(
            md.contains("### （四）强化外贸政策保障") && !md.contains("用好政策、强化支撑"),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("### （三）转变作风、狠抓落实"), "seed {seed}:\n{md}");
        let (md, _) = embedded("examples/implementation.yaml", seed);
        assert!(md.contains("### （三）用好政策、强化支撑\n"), "seed {seed}:\n{md}");
    }
}

/// Wording fits the level: a county says 各乡镇, never 各县（市）区 or 城市; a province is no 城市;
/// a city says 各县（市、区） throughout (a helper's 烟台 release had both 各县（市）区 and 各县（市、区））;
/// a level's own 招商 and policy-making stay at that level.
#[test]
fn a_draft_speaks_in_its_own_level() {
    for (brief, never) in [
        ("examples/county.yaml", &["各县（市）区", "各县（市、区）", "城市", "兴市", "市委市政府"][..]),
        ("examples/province.yaml", &["各县（市）区", "各县（市、区）", "城市", "兴市"][..]),
        ("examples/district.yaml", &["各县（市）区", "各县（市、区）", "兴市"][..]),
        // A city says 各县（市、区） as its own frame does, however the stock sentence wrote it.
        ("examples/work-conference.yaml", &["县（市）区", "县市区"][..]),
        ("examples/liuzhou.yaml", &["县（市）区", "县市区"][..]),
        ("examples/news-report.yaml", &["县（市）区", "县市区"][..]),
        // A county does not chase 独角兽 and 跨国公司研发中心 (安溪县 was given 湖南's list at 4 of
        // 10 seeds), a district does not 对标中央 to make policy (东西湖区), and a provincial
        // secretary's article has no 公开举报电话 (甘肃省): `levels.yaml`.
        ("tests/fixtures/briefs/anxi-county.yaml", &["独角兽"][..]),
        ("tests/fixtures/briefs/dongxihu-implementation.yaml", &["对标中央"][..]),
        ("tests/fixtures/briefs/gansu-signed-article.yaml", &["公开举报电话"][..]),
        // 构建全面开放新格局 is the centre's, taken up by a province or a city; a county's article took
        // it as its own task at every seed (review 30). And a strategy the brief never names is not
        // its (开放带动战略, 8 of 10 for 黔南): `presuppositions.yaml`.
        ("tests/fixtures/briefs/anji-article.yaml", &["全面开放新格局"][..]),
        ("tests/fixtures/briefs/qiannan-thin-implementation.yaml", &["开放带动"][..]),
    ] {
        for seed in 1..=10 {
            let (md, _) = embedded(brief, seed);
            for w in never {
                assert!(!md.contains(w), "{brief} seed {seed}: {w}");
            }
        }
    }
}

/// A 意义 part argues why, and sets no task: 福建's article on 外贸 opened its 意义 with `要加快推动由
/// 工业领域开放向…多领域开放转变` (review 38). An implementation speech does not go back to 背景 after
/// the writer's situation: `以习近平同志为核心的党中央高度重视对外开放工作。` stood alone after
/// 喀什地区's (review 38).
#[test]
fn a_significance_part_argues_why_in_the_seeds_order() {
    for (path, _) in fixture_briefs("signed-article") {
        for seed in 1..=3 {
            let (md, _) = embedded(path.to_str().unwrap(), seed);
            // The 意义 part: from its heading (the first after the opening) to the next one.
            let part = md.split("\n## ").nth(1).expect("a 意义 heading");
            for sentence in part.lines().skip(1).flat_map(|l| l.split_inclusive('。')) {
                assert!(!sentence.starts_with('要'), "{} seed {seed}: {sentence}", path.display());
            }
        }
    }
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/kashi-implementation.yaml", seed);
        let after = md.split("伊尔克什坦等国家一类口岸。").nth(1).expect("the situation");
        let next = after.split("\n\n").nth(1).unwrap_or("");
        for context in ["以习近平", "习近平", "党的十八大", "党中央"] {
            assert!(!next.starts_with(context), "seed {seed}: {next}");
        }
    }
}

/// A plan of the source's own is no stock sentence: `建设一批外贸转型升级基地、出口基地…是实现外贸稳定
/// 增长的重要抓手` put a programme of bases into drafts whose briefs had none, a 调度会's among them
/// (reviews 36, 37, 38): curation.yaml judges it specific.
#[test]
fn a_plan_of_the_source_s_own_is_not_drafted() {
    for (path, _) in
        ["work-conference", "implementation", "signed-article"].iter().flat_map(|g| fixture_briefs(g))
    {
        for seed in 1..=3 {
            let (md, _) = embedded(path.to_str().unwrap(), seed);
            assert!(!md.contains("转型升级基地"), "{} seed {seed}:\n{md}", path.display());
        }
    }
}

/// A mid-year 调度会 over falling figures takes stock and looks to the rest of the year: no
/// new-year deployment, no celebration of a fall.
#[test]
fn a_mid_year_meeting_over_falling_figures_is_framed_as_one() {
    let (md, _) = embedded("examples/midyear.yaml", 1);
    assert!(md.contains("这次会议的主要任务是调度2026年1—8月全市外资外贸工作进展情况"), "{md}");
    assert!(md.contains("## 一、2026年1—8月外资外贸工作进展情况"), "{md}");
    assert!(md.contains("## 三、下一步重点工作"), "{md}");
    assert!(md.contains("绵阳市外资外贸工作面临较大压力，主要指标出现回落"), "{md}");
    for never in ["取得了新的成效", "对今年的重点工作进行安排", "工作目标及措施", "在肯定成绩的同时"]
    {
        assert!(!md.contains(never), "{never} in\n{md}");
    }
    // Its goal (确保完成全年目标任务) stands just above the measures: their lead does not say it
    // again (a helper's 惠州 调度会 said 全年目标 three times running); without goals it does.
    assert!(md.contains("下一步，全市要重点抓好以下几项工作："), "{md}");
    let example = std::fs::read_to_string("examples/midyear.yaml").unwrap();
    let goals = example.find("\ngoals:").unwrap();
    let measures = example.find("\nmeasures:").unwrap();
    let without = format!("{}{}", &example[..goals], &example[measures..]);
    let md = piped(&without, 1);
    assert!(md.contains("下一步，全市要紧盯全年目标任务，重点抓好以下几项工作："), "{md}");
}

/// A part with a topic and no heading is headed by a judgment of its figures, as seed 004 heads
/// them; a topic like 一带一路 keeps its quotation marks. A fall is said as one: not as pressure to
/// come (面临下行压力, of 延边州's 31.5% fall), and not as 稳 when the part's first figure, its
/// headline, fell (晋江市's 利用外资稳中承压 over 实际利用外资下降12.3%), nor as 承压 when it rose.
#[test]
fn a_part_without_a_heading_gets_a_judgment_heading() {
    let brief = "locality: 安顺市\nmeeting: 全市对外开放工作会议\nperiod: 2025年\nachievements:\n  - topic: 对外贸易\n    figures:\n      - {name: 货物进出口总额, value: 86.5, unit: 亿元, growth: -6.3}\n      - {name: 出口额, value: 40.1, unit: 亿元, growth: -2.1}\n  - topic: 一带一路与国际合作\n    points: [与东盟国家新建友好城市2对]\n  - topic: 利用外资\n    figures:\n      - {name: 实际利用外资, value: 2.86, unit: 亿美元, growth: -12.3}\n      - {name: 新签约亿元以上项目, value: 64, unit: 个, growth: 10.3}\n  - topic: 招商引资\n    figures:\n      - {name: 招商引资到位资金, value: 312, unit: 亿元, growth: 8.1}\n      - {name: 新签约项目, value: 41, unit: 个, growth: -4.7}\n";
    let (mut fell, mut mixed) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
    for seed in 0..8 {
        let out =
            jianggao().args(["draft", "-", "--seed", &seed.to_string()]).write_stdin(brief).output().unwrap();
        let md = String::from_utf8(out.stdout).unwrap();
        let heading = |n: &str, topic: &str| {
            let line =
                md.lines().find(|l| l.starts_with(&format!("### （{n}）"))).unwrap_or_else(|| panic!("{md}"));
            line.strip_prefix(&format!("### （{n}）{topic}")).unwrap_or_else(|| panic!("{line}")).to_string()
        };
        fell.insert(heading("一", "对外贸易"));
        fell.insert(heading("三", "利用外资"));
        mixed.insert(heading("四", "招商引资"));
        assert!(md.contains("### （二）“一带一路”与国际合作"), "{md}");
        assert!(!md.contains("取得了新的成效"), "{md}");
    }
    let fell: Vec<&str> = fell.iter().map(String::as_str).collect();
    assert_eq!(fell, ["出现下滑", "承压回落"]);
    // Mixed, its headline up (到位资金 +8.1%, 新签约项目 −4.7%): said by the headline, not as 承压
    // (恩施州's 特色产品出口承压前行 over 茶叶 +18.2%, 魔芋 −6.8%, review 43).
    let mixed: Vec<&str> = mixed.iter().map(String::as_str).collect();
    assert_eq!(mixed, ["总体向好", "稳中有进"]);
}

/// One closing, the locality named at least twice in the body, and the outline shows every
/// numbered item the draft has — the template's closing safeguard item too.
#[test]
fn one_closing_the_locality_named_and_the_outline_equal_to_the_draft() {
    let items = |md: &str| -> Vec<String> {
        let cn = "一二三四五六七八九十";
        md.lines()
            .flat_map(|l| l.split('。'))
            .map(|s| s.trim_start_matches(['#', ' ']))
            .filter(|s| {
                let mut c = s.chars();
                matches!((c.next(), c.next()), (Some(a), Some('是')) if cn.contains(a))
            })
            .map(|s| s.chars().take(6).collect())
            .collect()
    };
    for brief in NEW_BRIEFS.iter().copied().chain([EXAMPLE, LIUZHOU]) {
        let json = brief_as_json(brief);
        let locality = json["locality"].as_str().or(json["地区"].as_str()).unwrap().to_string();
        let locality = locality.as_str();
        for seed in 1..=5 {
            let (md, _) = embedded(brief, seed);
            let closings =
                md.lines().filter(|l| l.starts_with("同志们，") || l.starts_with("总之，")).count();
            assert_eq!(closings, 1, "{brief} seed {seed}:\n{md}");
            // In full or short, as the quality report counts (云南省 or 云南: a province is named
            // without 省).
            let name = match locality.strip_suffix(['市', '县', '省', '区']) {
                Some(short) if locality.chars().count() >= 3 => short,
                _ => locality,
            };
            assert!(body(&md).matches(name).count() >= 2, "{brief} seed {seed}: {locality} named once\n{md}");
            let outline = run(&["outline", brief, "--seed", &seed.to_string()]);
            let measures = |t: &str| -> Vec<String> {
                items(t.split("工作措施").nth(1).or(t.split("重点措施").nth(1)).unwrap_or(t))
            };
            assert_eq!(measures(&outline), measures(&md), "{brief} seed {seed}");
        }
    }
}

/// A short draft from the embedded phrasebank (five speeches') points to a phrasebank of the
/// writer's own archive, which has more to say around the brief (review 40); one drafted from the
/// writer's own is not told to make one.
#[test]
fn a_short_draft_points_to_the_writers_own_archive_once() {
    let (_, told) = embedded("examples/thin.yaml", 1);
    assert!(told.contains("草稿只写提纲里的内容和与之相关的套话"), "{told}");
    assert!(
        told.contains("jianggao mine 讲话稿文件夹 -o 语料库") && told.contains("--phrasebank 语料库"),
        "{told}"
    );
    let own = tempfile::tempdir().unwrap();
    let out = jianggao()
        .args(["draft", "examples/thin.yaml", "--seed", "1", "--phrasebank"])
        .arg(own.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let told = String::from_utf8(out.stderr).unwrap();
    assert!(told.contains("篇幅：") && !told.contains("jianggao mine"), "{told}");
}

/// A research visit's requirements say 要 of each deed, as seed 001 does (review 40: `第二，落地加工
/// 要做大。围绕木材…引进精深加工项目…。推进合作区供水…` beside stock `要鼓励企业…`): before a
/// point that opens with a predicate, after its doer or its time; a point that opens with
/// anything else stays as written. A signed article's measures say them the same way.
#[test]
fn requirements_are_said_as_demands() {
    let visit = "genre: research-visit\nspeaker: 县委书记\nlocality: 甲县\nunit: 县商务局\nmeeting: 县商务局调研全县对外开放工作座谈会\n\
                 measures:\n  - heading: 平台要建好\n    points:\n      - 推动县经济开发区扩区调位\n      - 年内建成标准厂房20万平方米\n\
                 \x20     - 县商务局牵头研究申报跨境电商监管场所\n      - 土地、能耗指标向开放型项目倾斜\n      - 要落实外资企业国民待遇\n";
    for seed in 0..4 {
        let md = piped(visit, seed);
        for said in [
            "要推动县经济开发区扩区调位。",
            "年内要建成标准厂房20万平方米。",
            "县商务局要牵头研究申报跨境电商监管场所。",
            "。土地、能耗指标向开放型项目倾斜。",
            "。要落实外资企业国民待遇。",
        ] {
            assert!(md.contains(said), "seed {seed}: {said}\n{md}");
        }
        assert!(
            !md.contains("要要") && !md.contains("要年内") && !md.contains("要土地"),
            "seed {seed}:\n{md}"
        );
    }
    let article =
        visit.replace("genre: research-visit", "genre: signed-article").replace("unit: 县商务局\n", "");
    let md = piped(&article, 1);
    assert!(md.contains("要推动县经济开发区扩区调位。年内要建成标准厂房20万平方米。"), "{md}");
}

/// What a release has its speaker 指出 is a judgment of the situation or of why, not a deployment:
/// `梁文涛在讲话中指出，要加快推动由工业领域开放向…多领域开放转变…` gave the mayor a programme
/// the brief never had (review 41, 绍兴; 烟台 at 4 of 12 seeds). Demands follow 强调 and 要求.
#[test]
fn a_release_has_its_speaker_point_out_no_deployment() {
    for seed in 0..12 {
        let (md, _) = embedded("tests/fixtures/briefs/yantai-news.yaml", seed);
        assert!(md.contains("在讲话中指出，") && !md.contains("指出，要"), "seed {seed}:\n{md}");
    }
}

/// A record of rising figures opens `坚持以开放促发展` only for a work within opening up: a meeting on
/// 营商环境 (`works` opening: false) said it of 包河区's 营商环境 (review 41).
#[test]
fn a_record_argues_from_opening_up_only_for_its_work() {
    let brief = |meeting: &str| {
        format!(
            "locality: 甲区\nlevel: 区\nmeeting: {meeting}\nperiod: 2025年\nachievements:\n  - heading: 政务服务提速\n    figures:\n\
             \x20     - {{name: 新增市场主体, value: 1.2, unit: 万户, growth: 9.5}}\n      - {{name: 实际使用外资, value: 3.1, unit: 亿美元, growth: 6.2}}\n"
        )
    };
    let md = piped(&brief("全区优化营商环境工作会议"), 1);
    assert!(
        md.contains("2025年，甲区优化营商环境工作主要指标保持增长。") && !md.contains("以开放促发展"),
        "{md}"
    );
    let md = piped(&brief("全区对外开放工作会议"), 1);
    assert!(md.contains("2025年，甲区坚持以开放促发展，对外开放工作主要指标保持增长。"), "{md}");
}

/// A release on a visit leads its numbered problems in (`李志强还指出，一是…` had none, review 41),
/// and a single one with a heading; a single one without, a sentence of its own, goes on from
/// 还指出 as it is.
#[test]
fn a_visits_problems_are_led_in_when_numbered() {
    let path = "tests/fixtures/briefs/hubei-inspection-news.yaml";
    let (md, _) = embedded(path, 1);
    assert!(md.contains("张卫东还指出，部分企业反映海运费上涨、新兴市场开拓难度大。"), "{md}");
    let two = std::fs::read_to_string(path).unwrap().replace(
        "      - 部分企业反映海运费上涨、新兴市场开拓难度大\n",
        "      - 部分企业反映海运费上涨、新兴市场开拓难度大\n  - points:\n      - 自主品牌出口比重不高\n",
    );
    let (md, _) = embedded_yaml(&two, 1);
    assert!(md.contains("张卫东还指出，当前仍面临一些困难和问题：一是部分企业反映海运费上涨"), "{md}");
    // One with a heading is led in too: `王五还指出，用工紧张。部分企业技工招聘难。` (review 42).
    let headed = std::fs::read_to_string(path).unwrap().replace(
        "  - points:\n      - 部分企业反映",
        "  - heading: 物流成本上升\n    points:\n      - 部分企业反映",
    );
    let (md, _) = embedded_yaml(&headed, 1);
    assert!(md.contains("张卫东还指出，当前仍面临一些困难和问题：物流成本上升。部分企业反映"), "{md}");
}

/// An article's 短板 follow its record with `与此同时`; one with no record opens on them without
/// it (广西's article, final review: `与此同时，必须清醒认识到…` as its first words).
#[test]
fn an_article_without_a_record_opens_on_its_shortcomings_plainly() {
    let brief = "genre: signed-article\nlocality: 甲市\nmeeting: 坚定不移扩大高水平对外开放\n\
                 problems:\n  - points: [开放平台能级不高]\nmeasures:\n  - heading: 建设开放平台\n    points: [高水平建设综合保税区]\n";
    let md = piped(brief, 1);
    assert!(md.contains("必须清醒认识到，甲市对外开放还存在一些短板") && !md.contains("与此同时"), "{md}");
    let recorded = brief.replace("problems:", "achievements:\n  - figures:\n      - {name: 外贸进出口总额, value: 12.3, unit: 亿元, growth: 8.1}\nproblems:");
    assert!(piped(&recorded, 1).contains("与此同时，必须清醒认识到，甲市对外开放还存在一些短板"));
}

/// A short release on a 推介会 or a reception is told what its genre has a place for: not 形势,
/// which it never prints, nor problems, which such a release does not carry (review 34), nor more
/// measures, which there are what was presented and signed (review 38); with nothing left to ask,
/// its target. A release on a meeting, as short and as thin, is told all three.
#[test]
fn a_short_release_is_told_only_what_its_occasion_has_a_place_for() {
    for occasion in [
        "tests/fixtures/briefs/zhaotong-promotion-news.yaml",
        "tests/fixtures/briefs/jingdezhen-reception-news.yaml",
    ] {
        let (_, told) = embedded(occasion, 1);
        assert!(told.contains("篇幅：") && !told.contains("措施"), "{occasion}: {told}");
        assert!(
            !told.contains("形势（situation）") && !told.contains("问题（problems）"),
            "{occasion}: {told}"
        );
    }
    let meeting = "genre: news-report\nspeaker: 市委副书记、市长 林志诚\nlocality: 安顺市\nmeeting: 全市对外开放工作会议\n\
                   length: 1400\nmeasures:\n  - heading: 培育外贸主体\n    points: [新增有进出口实绩企业50家]\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, meeting).unwrap();
    let (_, told) = embedded(path.to_str().unwrap(), 1);
    assert!(told.contains("形势（situation）") && told.contains("问题（problems）"), "{told}");
    assert!(told.contains("措施只有 1 项"), "{told}");
}

/// The year the goals are for is said once, where it does not clash with a goal's own year: 临沂's
/// article read `2026年，我们的目标是：…；到2027年，…` (review 35).
#[test]
fn goals_with_a_year_of_their_own_are_framed_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    let draft = |brief: &str| {
        std::fs::write(&path, brief).unwrap();
        embedded(path.to_str().unwrap(), 1).0
    };
    let article = "genre: signed-article\nspeaker: 市委书记 孙立新\nlocality: 临沂市\nlevel: 市\ndate: 2026-06-01\n\
                   meeting: 推动外贸高质量发展\nmeasures:\n  - heading: 壮大跨境电商\n    points: [新增跨境电商企业500家]\n\
                   goals:\n";
    let md = draft(&format!(
        "{article}  - {{name: 跨境电商进出口额, value: 380, unit: 亿元}}\n  - text: 到2027年，海外仓数量达到60个\n"
    ));
    assert!(
        md.contains("我们的目标是：2026年，跨境电商进出口额达到380亿元；到2027年，海外仓数量达到60个。"),
        "{md}"
    );
    let md = draft(&format!("{article}  - text: 到2027年，海外仓数量达到60个\n"));
    assert!(
        md.contains("我们的目标是：到2027年，海外仓数量达到60个。") && !md.contains("2026年，我们"),
        "{md}"
    );
    let md = draft(&format!("{article}  - text: 2026年，海外仓数量达到50个\n"));
    assert!(!md.contains("2026年，我们的目标是：2026年，") && md.contains("我们的目标是："), "{md}");
    let md = draft(&format!("{article}  - {{name: 跨境电商进出口额, value: 380, unit: 亿元}}\n"));
    assert!(md.contains("2026年，我们的目标是：跨境电商进出口额达到380亿元。"), "{md}");
    // A speech's goals alike.
    let speech = "locality: 遂川县\nlevel: 县\nmeeting: 全县开放型经济工作会议\ndate: 2026-02-20\n\
                  goals:\n  - {name: 外贸进出口总额, value: 40, unit: 亿元}\n  - text: 到2028年，引进外资项目20个\n";
    let md = draft(speech);
    assert!(md.contains("工作的主要目标是：2026年，外贸进出口总额达到40亿元；到2028年，"), "{md}");
}

/// A company whose headline figure fell is not 总体平稳 nor congratulated because a lesser figure
/// rose: 瓯海's eyewear maker, 出口额 −8.6% and 自主品牌出口额 +12.3%, read `生产经营总体平稳…对企业
/// 取得的成绩，我们表示祝贺！` (review 36).
#[test]
fn a_company_whose_headline_fell_is_spoken_to_about_the_pressure() {
    let brief = "genre: research-visit\nspeaker: 区委书记\nlocality: 瓯海区\nlevel: 区\nunit: 温州明辉光学眼镜有限公司\n\
                 meeting: 温州明辉光学眼镜有限公司调研座谈会\nperiod: 2025年\nachievements:\n  - figures:\n\
                 \x20     - {name: 出口额, value: 3.26, unit: 亿元, growth: -8.6}\n\
                 \x20     - {name: 自主品牌出口额, value: 0.58, unit: 亿元, growth: 12.3}\n\
                 problems:\n  - points: [欧美订单减少]\nmeasures:\n  - heading: 市场要拓展\n    points: [参加迪拜眼镜展]\n";
    let (md, _) = embedded_yaml(brief, 1);
    assert!(md.contains("总的来看，温州明辉光学眼镜公司生产经营面临一定压力。"), "{md}");
    assert!(md.contains("增长12.3%。面对下行压力，希望你们坚定信心、迎难而上。"), "{md}");
    assert!(md.contains("当前，企业发展中还面临一些困难和问题："), "{md}");
    assert!(!md.contains("祝贺") && !md.contains("总体平稳"), "{md}");
}

/// A slogan of phrases parted by a space is a headline's: the title keeps it, the text parts its
/// phrases with ，(雨花区's `…；携手共赢新机遇 共绘发展新蓝图。`, review 36).
#[test]
fn a_spaced_slogan_is_said_with_a_comma_in_the_text() {
    let brief = "genre: news-report\nspeaker: 市委书记 黄建平\nlocality: 岳阳市\nlevel: 市\n\
                 meeting: 全市对外开放工作会议\nmeasures:\n  - heading: 做大港口物流\n    points: [加密江海直达航线]\n\
                 closing:\n  slogan: 携手共赢新机遇 共绘发展新蓝图\n";
    let (md, _) = embedded_yaml(brief, 1);
    assert!(md.starts_with("# 全市对外开放工作会议强调 携手共赢新机遇 共绘发展新蓝图\n"), "{md}");
    assert!(md.contains("全市上下要携手共赢新机遇，共绘发展新蓝图。"), "{md}");
}

/// Each item of an implementation speech's 务本责实 is about itself: a sentence filed under another
/// item's topic, and not under its own, does not stand there (`要深入学习贯彻…重要论述`, on 思想认识,
/// and `以开放视野寻找人才`, on 人才, under 用好政策、强化支撑: reviews 30, 34, 35, 36), and no item
/// stands bare (肥西县's 解放思想、营造氛围 had nothing under it) — nor says its heading twice, the
/// template's own sentence after a stock one (`我们要进一步解放思想…。要解放思想、更新观念…`, review 37).
#[test]
fn each_safeguard_of_an_implementation_speech_is_about_itself() {
    let mut read = 0;
    for (path, _) in fixture_briefs("implementation") {
        for seed in 1..=3 {
            let (md, _) = embedded(path.to_str().unwrap(), seed);
            let lines: Vec<&str> = md.lines().filter(|l| !l.trim().is_empty()).collect();
            for pair in lines.windows(2) {
                let (heading, next) = (pair[0], pair[1]);
                if heading.starts_with("### ") {
                    assert!(!next.starts_with('#'), "{} seed {seed}: {heading} is bare", path.display());
                }
                if heading.contains("用好政策") {
                    assert!(
                        !next.contains("深入学习贯彻") && !next.contains("寻找人才"),
                        "{} seed {seed}: {next}",
                        path.display()
                    );
                }
                if heading.contains("解放思想、营造氛围") {
                    assert!(next.matches("解放思想").count() <= 1, "{} seed {seed}: {next}", path.display());
                }
            }
            read += 1;
        }
    }
    assert!(read >= 30, "{read}");
}

/// A measure of an implementation speech numbers the writer's points last: a stock sentence after
/// `二要…` read as a third point without its number (陕西's `（一）稳住外贸基本盘`, review 37).
#[test]
fn an_implementation_measure_ends_with_its_numbered_points() {
    let mut numbered = 0;
    for (path, _) in fixture_briefs("implementation") {
        for seed in 1..=3 {
            let out = jianggao()
                .args(["draft", path.to_str().unwrap(), "--seed", &seed.to_string(), "--explain"])
                .output()
                .unwrap();
            let md = String::from_utf8(out.stdout).unwrap();
            // Each paragraph's sources, in the order its sentences run.
            for sources in md.split("\n\n").filter(|b| b.starts_with("> 来源：")) {
                let lines: Vec<&str> = sources.lines().collect();
                let first_point =
                    lines.iter().position(|l| l.contains(".points[0]") && l.contains("measures["));
                let Some(first) = first_point else { continue };
                if !lines.iter().any(|l| l.contains(".points[1]")) {
                    continue;
                }
                numbered += 1;
                assert!(
                    lines[first..].iter().all(|l| l.contains("提纲 measures[")),
                    "{} seed {seed}: {sources}",
                    path.display()
                );
            }
        }
    }
    assert!(numbered >= 20, "{numbered}");
}

/// An implementation speech for a meeting on 外贸 and 外资 together speaks of both in its headings
/// and closing: 陕西's `…暨外贸外资工作会议` spoke of 外贸 alone, over parts on 外资 and 通道
/// (review 35).
#[test]
fn a_meeting_on_trade_and_investment_is_themed_on_both() {
    let brief = "genre: implementation\nlocality: 陕西省\nlevel: 省\n\
                 meeting: 全省贯彻落实全国商务工作会议精神暨外贸外资工作会议\nmeasures:\n\
                 \x20 - heading: 稳存量扩增量，提升利用外资质量\n    points: [举办外资招商活动30场]\n";
    let (md, _) = embedded_yaml(brief, 1);
    assert!(md.contains("深刻认识做好外贸外资工作的重大意义"), "{md}");
    assert!(md.contains("确保外贸外资工作各项任务落地见效"), "{md}");
    assert!(md.contains("同志们，做好外贸外资工作是我省推动高质量发展的重要抓手。"), "{md}");
}

/// A measure given by its topic alone is headed in the build of the writer's headings: 遂川县's
/// `三是园区要发展` (a visit's 第X，园区要发展) stood among 千方百计稳住外贸基本盘 and 抓实外资招引
/// (review 35); the lexicon's `推动产业园区提质增效` is of their build.
#[test]
fn a_measure_headed_by_its_topic_is_headed_like_its_neighbours() {
    let brief = "locality: 遂川县\nlevel: 县\nmeeting: 全县开放型经济工作会议\nmeasures:\n\
                 - heading: 千方百计稳住外贸基本盘\n    topic: 对外贸易\n    points: [对重点外贸企业实行挂点服务]\n\
                 - heading: 抓实外资招引\n    topic: 利用外资\n    points: [赴深圳开展产业链招商]\n\
                 - topic: 产业园区\n    points: [新建标准厂房8万平方米]\n";
    let brief = brief.replace("\n- ", "\n  - ");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, brief).unwrap();
    for seed in 1..=6 {
        let (md, _) = embedded(path.to_str().unwrap(), seed);
        let third = md.lines().find(|l| l.starts_with("三是")).unwrap_or_else(|| panic!("{md}"));
        let head: String = third.trim_start_matches("三是").chars().take_while(|c| *c != '。').collect();
        assert!(head.chars().count() > 6 && !head.contains('要'), "seed {seed}: {third}");
    }
}

/// A meeting's release names the heads of the 人大 and the 政协 in its lead, after the speaker,
/// as seed 002 does, and the rest of those who attended last; the slogan its headline says the
/// meeting stressed is said in its text too (岳阳市's release, review 35).
#[test]
fn a_meeting_release_names_its_principals_first_and_says_its_slogan() {
    let brief = "genre: news-report\nspeaker: 市委书记 黄建平\nlocality: 岳阳市\nlevel: 市\n\
                 meeting: 全市对外开放工作会议\ndate: 2026-03-10\npresided_by: 市委副书记、市长刘海军\n\
                 attendees: [市人大常委会主任周明亮, 市政协主席谭新华, 市人大常委会副主任李明, 副市长张强]\n\
                 measures:\n  - heading: 做大港口物流\n    points: [加密江海直达航线]\n\
                 closing:\n  slogan: 加快建设湖南通江达海开放门户\n";
    let (md, _) = embedded_yaml(brief, 1);
    assert!(
        md.contains("市委书记黄建平出席会议并讲话。市人大常委会主任周明亮、市政协主席谭新华出席会议。\n"),
        "{md}"
    );
    assert!(
        md.contains("市委副书记、市长刘海军主持会议。市人大常委会副主任李明、副市长张强出席会议。"),
        "{md}"
    );
    assert!(md.contains("全市上下要加快建设湖南通江达海开放门户。"), "{md}");
    // A slogan that names the whole place is not said after 全市上下 again.
    let named = brief.replace("加快建设湖南通江达海开放门户", "奋力推动全市开放型经济高质量发展");
    let (md, _) = embedded_yaml(&named, 1);
    assert!(md.contains("。要奋力推动全市开放型经济高质量发展。"), "{md}");
}

/// A short article or release is told to add measures only up to what its genre holds: 临沂市's
/// article with two was told 再写 6 项措施, eight bold parts in a signed article (review 35).
#[test]
fn a_short_article_or_release_is_told_to_add_only_the_measures_its_genre_holds() {
    let mut told_more = 0;
    let genres = [("signed-article", 4), ("news-report", 5)];
    for (genre, at_most) in genres {
        for (path, text) in fixture_briefs(genre) {
            told_more += usize::from(told_within(&path, &text, at_most));
        }
    }
    assert!(told_more >= 3, "{told_more}");
}

/// Whether the brief at `path` (`text`) was told to write more measures, and if so, never past
/// `at_most` in all.
fn told_within(path: &Path, text: &str, at_most: usize) -> bool {
    let brief = jianggao::model::Brief::from_yaml(text, "b.yaml").unwrap();
    let (_, told) = embedded(path.to_str().unwrap(), 1);
    let Some(more) = told.split("或再写 ").nth(1) else { return false };
    let more: usize = more.split(' ').next().unwrap().parse().unwrap();
    assert!(brief.measures.len() + more <= at_most, "{}: {told}", path.display());
    true
}

/// The briefs of `tests/fixtures/briefs` of one genre, with their text, in name order.
fn fixture_briefs(genre: &str) -> Vec<(std::path::PathBuf, String)> {
    let mut briefs: Vec<_> = std::fs::read_dir("tests/fixtures/briefs")
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p, text)
        })
        .filter(|(_, text)| text.contains(&format!("genre: {genre}\n")))
        .collect();
    briefs.sort();
    briefs
}

/// A thin brief drafts short and says by how much and what to add; a problem no measure answers
/// is named on stderr and by `check --brief`.
#[test]
fn a_thin_brief_says_what_to_add_and_an_unanswered_problem_is_named() {
    let (md, told) = embedded("examples/thin.yaml", 1);
    let chars: usize = md.chars().filter(|c| !c.is_whitespace()).count();
    assert!(chars < 3200 * 85 / 100, "{chars}");
    assert!(
        told.contains("比目标 3200 字少") && told.contains("措施只有 2 项（要点最少的一项 1 条）"),
        "{told}"
    );
    let brief = "locality: 安顺市\nmeeting: 全市对外开放工作会议\nproblems:\n  - heading: 口岸功能不完善\n    points: [口岸查验设施落后]\n  - heading: 外贸主体偏少\nmeasures:\n  - heading: 培育外贸主体\n    points: [新增有进出口实绩企业50家]\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, brief).unwrap();
    let out = jianggao().args(["draft"]).arg(&path).output().unwrap();
    let told = String::from_utf8(out.stderr).unwrap();
    assert!(told.contains("问题“口岸功能不完善”没有一项措施回应"), "{told}");
    assert!(!told.contains("问题“外贸主体偏少”"), "{told}");
    let draft = dir.path().join("d.md");
    std::fs::write(&draft, out.stdout).unwrap();
    let check = jianggao().args(["check", "--json", "--brief"]).arg(&path).arg(&draft).output().unwrap();
    let found: Vec<Value> = serde_json::from_slice(&check.stdout).unwrap();
    let answers: Vec<&Value> = found.iter().filter(|f| f["rule"] == "answer").collect();
    assert_eq!(answers.len(), 1, "{found:#?}");
    assert!(answers[0]["message"].as_str().unwrap().contains("口岸功能不完善"));
}

/// A measure's points say how it is carried out, not what else it is about. 夹江县's
/// `稳住陶瓷出口基本盘` has the point `支持龙头企业在海外设立展示中心和海外仓`; 龙头企业 is a word of
/// 招商引资, and the measure drew `各级、各部门要把开放招商作为经济发展的第一抓手…形成大招商格局` at 8 of
/// 16 seeds (helper review). 良庆区's `出口要提升` has `推动园区企业发展B2B出口`, and drew
/// `理顺园区管理体制，推动经济开发区转型发展` or `把“引进来”作为重中之重…` at 9 of 16. A sentence on
/// another topic than the heading's must share a word with the heading. The measures still take
/// stock on their own subject (a line longer than the writer's heading and points).
/// A word the heading says in passing is no topic either: 正安县's `做强吉他出口主导产业` (on 对外贸易)
/// names 产业园区 by 主导产业, and drew `在产业项目招商上，要按照产城融合…主导产业集聚度` (sharing
/// 主导产业 and the common 企业) at 2 of 16 seeds.
#[test]
fn a_point_does_not_put_its_measure_on_another_topic() {
    let cases = [
        ("tests/fixtures/briefs/jiajiang-county.yaml", "一是稳住陶瓷出口基本盘。", &["招商"][..], 89),
        (
            "tests/fixtures/briefs/liangqing-park-visit.yaml",
            "第三，出口要提升。",
            &["园区管理", "开发区", "引进来"][..],
            49,
        ),
        ("tests/fixtures/briefs/zhengan-county.yaml", "一是做强吉他出口主导产业。", &["招商"][..], 81),
    ];
    for (brief, heading, off, own) in cases {
        let mut with_stock = 0;
        for seed in 0..16 {
            let (md, _) = embedded(brief, seed);
            let line = md.lines().find(|l| l.starts_with(heading)).unwrap_or_else(|| panic!("{md}"));
            assert!(!off.iter().any(|w| line.contains(w)), "{brief} seed {seed}: {line}");
            with_stock += usize::from(line.chars().count() > own);
        }
        // (Half the seeds, less one: 正安县's on-topic `建设一批外贸转型升级基地、出口基地…` is judged
        // a plan of its source's, curation.yaml.)
        assert!(with_stock >= 7, "{brief}: stock under {heading} at {with_stock} of 16 seeds");
    }
}

/// A topic's `parts` that names no topic of the lexicon is a misspelling, said with its place, not
/// ignored: the writer who wrote it expects stock on that topic under the parts of the other.
#[test]
fn a_topic_part_that_names_no_topic_is_refused_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let topics = std::fs::read_to_string("phrasebank/topics.yaml").unwrap();
    assert!(topics.contains("parts: [跨境电商与新业态]"));
    std::fs::write(
        dir.path().join("topics.yaml"),
        topics.replace("parts: [跨境电商与新业态]", "parts: [跨境电商]"),
    )
    .unwrap();
    let out =
        jianggao().args(["draft", EXAMPLE, "--phrasebank", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    let line = topics.lines().position(|l| l.contains("parts: [跨境电商与新业态]")).unwrap() + 1;
    assert!(
        err.contains(&format!(
            "topics.yaml:{line}:11：主题“对外贸易”的 parts 里的“跨境电商”不是主题词表里的主题"
        )),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

/// A 市 whose brief names its own units below (枣庄 has no 县: `对各区（市）招商引资…实行“月通报、
/// 季排名、年考核”`) is spoken of so: stock `各县（市、区）、开发区要组建驻地招商小分队…` stood beside
/// the brief's 各区（市） at 2 of 12 seeds (helper review). That sentence is the source's own now (a
/// body it set up); the 组织领导 item's `各县（市、区）要健全对外开放组织领导机构…` says 各区（市）.
#[test]
fn a_city_keeps_its_briefs_name_for_the_units_below() {
    for seed in 0..12 {
        let (md, _) = embedded("tests/fixtures/briefs/zaozhuang-city.yaml", seed);
        assert!(!md.contains("各县（市、区）"), "seed {seed}:\n{md}");
    }
    let names = "地区: 甲市\n会议: 全市对外开放工作会议\n措施:\n  - 标题: 创新招商方式\n    主题: 招商引资\n    要点: [对各区（市）招商引资实行“月通报、季排名、年考核”]\n";
    let mut renamed = 0;
    for seed in 0..24 {
        let md = piped(names, seed);
        assert!(!md.contains("各县（市、区）"), "seed {seed}:\n{md}");
        renamed += usize::from(md.contains("各区（市）要健全对外开放组织领导机构"));
    }
    assert!(renamed >= 1, "stock with the units below at {renamed} of 24 seeds");
    // A city brief that names none keeps the level's own wording.
    let brief = "地区: 甲市\n会议: 全市对外开放工作会议\n措施:\n  - 标题: 创新招商方式\n    主题: 招商引资\n    要点: [组建驻地招商小分队]\n";
    // (Its one 组织领导 item has three sentences to choose from: 24 seeds reach this one.)
    let says = (0..24).map(|seed| piped(brief, seed)).filter(|md| md.contains("各县（市、区）")).count();
    assert!(says >= 1, "各县（市、区） at {says} of 24 seeds");
}

/// A place that is itself a development zone is led by its 党工委 and 管委会 (`templates/common.yaml`
/// `zone_bodies`): 洛阳高新区's 党工委书记 said `区委区政府将进一步完善工作推进机制…` (review 40).
#[test]
fn a_zone_names_its_own_bodies() {
    let brief = "tests/fixtures/briefs/luoyang-hitech-implementation.yaml";
    for seed in 0..6 {
        let (md, _) = embedded(brief, seed);
        assert!(md.contains("党工委、管委会"), "seed {seed}:\n{md}");
        assert!(!md.contains("区委") && !md.contains("区政府"), "seed {seed}:\n{md}");
    }
    // A district that is no zone, spoken to by its 区委书记, keeps its 区委区政府.
    let md = embedded(brief, 1).0;
    let district = std::fs::read_to_string(brief)
        .unwrap()
        .replace("locality: 洛阳高新区", "locality: 洛阳市涧西区")
        .replace("speaker: 党工委书记", "speaker: 区委书记");
    let (other, _) = embedded_yaml(&district, 1);
    assert!(md.contains("党工委、管委会将") && other.contains("区委区政府将"), "{other}");
    // A place whose name is no zone's is one by its speaker (雄安新区's 党工委书记, review 42); a
    // 新区 whose speaker is its 区委书记 keeps 区委区政府.
    let text = std::fs::read_to_string(brief).unwrap();
    let (xiongan, _) = embedded_yaml(&text.replace("locality: 洛阳高新区", "locality: 雄安新区"), 1);
    assert!(xiongan.contains("党工委、管委会将") && !xiongan.contains("区委区政府"), "{xiongan}");
    let pudong = text
        .replace("locality: 洛阳高新区", "locality: 浦东新区")
        .replace("speaker: 党工委书记", "speaker: 区委书记");
    assert!(embedded_yaml(&pudong, 1).0.contains("区委区政府将"));
}

/// 形势 opens with 当前 only when none of the writer's points sets its own time (a date, 近期,
/// 上半年…: `templates/common.yaml` `situation_openings`): 许昌's
/// `省政府近期印发《…》…` and `当前外需增长乏力…` were drafted `当前，省政府近期印发…。当前外需…`.
#[test]
fn the_situation_says_当前_once() {
    let brief = "体裁: implementation\n地区: 甲市\n会议: 全市贯彻落实《乙省推动外贸稳规模优结构若干措施》工作推进会\n形势:\n  - 省政府近期印发《乙省推动外贸稳规模优结构若干措施》，提出了20条具体措施\n  - 当前外需增长乏力，传统出口产品面临订单转移压力\n措施:\n  - 标题: 稳住外贸主体\n    主题: 对外贸易\n    要点: [对进出口前50位企业实行包联服务]\n";
    let md = piped(brief, 1);
    assert_eq!(md.matches("当前").count(), 1, "{md}");
    assert!(md.contains("省政府近期印发") && !md.contains("当前，省政府"), "{md}");
    // A first point without a time of its own still gets one.
    let md = piped(&brief.replace("  - 当前外需增长乏力", "  - 外需增长乏力"), 1);
    assert!(md.contains("当前，省政府近期印发"), "{md}");
    // Part of the year is a time too (延边州's 调度会: `当前，上半年对韩国…订单减少`).
    let md = piped(&brief.replace("  - 当前外需增长乏力", "  - 上半年外需增长乏力"), 1);
    assert!(md.contains("上半年外需增长乏力") && !md.contains("当前，"), "{md}");
    // So is a meeting that decided something (`situation_events`: 洛阳高新区's read `当前，全省开放型
    // 经济工作会议对…作出部署`, review 40).
    let (md, _) = embedded("tests/fixtures/briefs/luoyang-hitech-implementation.yaml", 1);
    assert!(md.contains("\n全省开放型经济工作会议对打造内陆开放高地作出部署"), "{md}");
    assert!(!md.contains("当前，全省开放型经济工作会议"), "{md}");
}

/// A visit's gap and goals follow its record, before the points: under `第一，站位要提升` a list of
/// problems and the year's targets read as what 站位要提升 means (赣州经济技术开发区, and 江津综合
/// 保税区 before it).
#[test]
fn a_visit_says_its_gap_and_goals_before_the_points() {
    let brief = "tests/fixtures/briefs/ganzhou-zone-visit.yaml";
    for seed in 1..=8 {
        let (md, _) = embedded(brief, seed);
        let at = |s: &str| md.find(s).unwrap_or_else(|| panic!("seed {seed}: no {s}\n{md}"));
        let (record, gap) = (at("总的来看，"), at("同时，我们也要看到"));
        let (goals, points, first, second) = (
            at("2026年，赣州经济技术开发区对外开放工作的主要目标是："),
            at("下面，我就"),
            at("第一，站位要提升。"),
            at("第二，"),
        );
        assert!(
            record < gap && gap < goals && goals < points && points < first && first < second,
            "seed {seed}\n{md}"
        );
        // It speaks to the zone, not to the province (`全省上下要以务本责实的态度…` at 6 of 8 seeds).
        assert!(!md.contains("上下要"), "seed {seed}\n{md}");
        // Between 第一 and 第二 nothing of the brief's problems or goals.
        let first_part = &md[first..second];
        assert!(
            !first_part.contains("一是") && !first_part.contains("主要目标"),
            "seed {seed}: {first_part}"
        );
    }
}

/// An implementation speech opens its body with 提升认识, and nothing is reviewed before it: no
/// `回顾过去、展望未来，我们更加深刻地认识到…` there (宜宾市's thin brief had only that sentence under
/// the heading), yet never a bare heading. Its last sub-head, 转变作风、狠抓落实, does not say the
/// 组织领导 of the second again (宜宾市: `各县（市、区）要健全对外开放组织领导机构…`).
#[test]
fn an_implementation_speech_says_something_under_提升认识() {
    let thin = "体裁: 贯彻落实讲话\n地区: 宜宾市\n层级: 市\n会议: 全市贯彻落实全省对外开放大会精神会议\n";
    // Even a thin draft names its place once: in its last call, when the writer gave no slogan.
    assert!(piped(thin, 1).contains("奋力开创宜宾市对外开放工作新局面！"));
    for seed in 0..6 {
        for md in [piped(thin, seed), embedded("examples/implementation.yaml", seed).0] {
            let part = md.split("## 一、").nth(1).and_then(|r| r.split("\n## ").next()).unwrap_or("");
            let first = part.lines().skip(1).find(|l| !l.trim().is_empty());
            assert!(first.is_some_and(|l| !l.starts_with('#')), "seed {seed}:\n{md}");
            assert!(!md.contains("回顾过去"), "seed {seed}:\n{md}");
            // 转变作风、狠抓落实 is about ways of work, not the leadership system (二) spoke of.
            let last =
                md.split("转变作风、狠抓落实").nth(1).and_then(|r| r.split("同志们").next()).unwrap_or("");
            assert!(!last.is_empty() && !last.contains("组织领导"), "seed {seed}:\n{md}");
        }
    }
}

/// Stock on a measure's topic shares with its head a word that tells: under 延边州's
/// `一是紧盯重点企业稳订单` (对外贸易), `要鼓励企业按照国际标准生产加工产品…靠品牌效应赢得更大市场`
/// stood at 6 of 16 seeds, sharing only 企业 with the heading and 产品, 国际 with the points'
/// 海产品 and 国际食品展. Stock on the heading's own words (订单) still stands there.
#[test]
fn stock_on_a_measures_topic_shares_a_telling_word_with_its_head() {
    let brief = "tests/fixtures/briefs/yanbian-midyear.yaml";
    let mut with_stock = 0;
    for seed in 0..16 {
        let (md, _) = embedded(brief, seed);
        let line =
            md.lines().find(|l| l.starts_with("一是紧盯重点企业稳订单。")).unwrap_or_else(|| panic!("{md}"));
        assert!(!line.contains("国际标准") && !line.contains("品牌效应"), "seed {seed}: {line}");
        with_stock += usize::from(line.contains("订单、就是销路"));
    }
    assert!(with_stock >= 4, "stock on 订单 at {with_stock} of 16 seeds");
    // Nor under 江门's `一是稳住重点外贸企业`, where it shared only 企业, the kind the heading's
    // 外贸企业 ends in, at 6 of 16 seeds (review 30): a common head noun is no telling word.
    for seed in 0..16 {
        let (md, _) = embedded("tests/fixtures/briefs/jiangmen-midyear-fall.yaml", seed);
        let line =
            md.lines().find(|l| l.starts_with("一是稳住重点外贸企业。")).unwrap_or_else(|| panic!("{md}"));
        assert!(!line.contains("国际标准") && !line.contains("品牌效应"), "seed {seed}: {line}");
    }
}

/// A stock sentence on what 招商 looks for stands under a 招商 measure, not under one on getting
/// signed projects built: `在产业项目招商上，要按照产城融合…明确招商引资的重点领域及重点企业` was mined
/// on 产业园区 alone and went under 相城区's `加快项目落地见效` by its 项目 (review 30); its topics are
/// now set by hand (curation.yaml).
#[test]
fn stock_on_what_investment_seeks_stands_under_investment() {
    let brief = "tests/fixtures/briefs/xiangcheng-implementation.yaml";
    for seed in 0..16 {
        let (md, _) = embedded(brief, seed);
        let part = md.split("### （二）加快项目落地见效").nth(1).unwrap_or_else(|| panic!("{md}"));
        let part = part.split("###").next().unwrap();
        assert!(!part.contains("在产业项目招商上"), "seed {seed}: {part}");
    }
    let (md, _) = embedded("examples/liuzhou.yaml", 3);
    let line =
        md.lines().find(|l| l.starts_with("一是聚焦汽车产业链精准招商。")).unwrap_or_else(|| panic!("{md}"));
    assert!(line.contains("在产业项目招商上"), "{line}");
}

/// A record most of whose figures rose is said so: 高陵区 (five of six up) and 晋江市 (five of
/// six) were led `主要指标有升有降`, as if half had fallen.
#[test]
fn a_record_mostly_up_is_not_called_有升有降() {
    let brief = |growths: &[f64]| {
        let mut b = "地区: 甲区\n层级: 区\n会议: 全区招商引资工作会议\n报告期: 2025年\n成绩:\n  - 主题: 招商引资\n    数据:\n".to_string();
        for (k, g) in growths.iter().enumerate() {
            b.push_str(&format!("      - {{指标: 指标{k}, 数值: 10, 单位: 亿元, 增长: {g}}}\n"));
        }
        b
    };
    let md = piped(&brief(&[8.1, 5.2, 12.0, -3.4]), 1);
    assert!(md.contains("2025年，甲区招商引资工作主要指标多数保持增长。"), "{md}");
    let md = piped(&brief(&[8.1, 5.2, -12.0, -3.4]), 1);
    assert!(md.contains("2025年，甲区招商引资工作主要指标有升有降。"), "{md}");
}

/// A signed article reads as an article (盐城市, a helper's brief): the byline parts office and
/// name with a full-width space though the writer typed a half-width one; the brief's shortcomings
/// follow a colon, one a clause (not five strung on commas and closed with 等等); its goals are
/// 2026年，我们的目标是, not a work report's `…工作的主要目标是`; and a standing fact about the place
/// (`盐城是江苏沿海面积最大的城市…`) is not led by 当前.
#[test]
fn a_signed_article_reads_as_an_article() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/yancheng-signed-article.yaml", seed);
        assert!(md.contains("（中共盐城市委书记\u{3000}顾晓明）"), "seed {seed}:\n{md}");
        assert!(
            md.contains("还存在一些短板：外资来源地集中，对韩资依赖度偏高；港口与产业联动不够紧密"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("等等") && !md.contains("工作的主要目标是"), "seed {seed}:\n{md}");
        // Said of a year: 甘肃省's April article left its reader to guess which.
        assert!(md.contains("我们的目标是：2026年，实际使用外资增长5%；到2027年，"), "seed {seed}:\n{md}");
        assert!(
            md.contains("盐城是江苏沿海面积最大的城市") && !md.contains("当前，盐城"),
            "seed {seed}:\n{md}"
        );
    }
    // An autonomous county is named by its name alone (review 34: `当前，耿马与缅甸山水相连…`).
    let brief = "体裁: 工作会议讲话\n地区: 耿马傣族佤族自治县\n层级: 县\n会议: 全县外贸工作会议\n形势:\n  - 耿马与缅甸山水相连，孟定清水河口岸是国家一类口岸\n措施:\n  - 标题: 规范提升边民互市贸易\n    要点: [推动互市商品落地加工]\n";
    let md = piped(brief, 1);
    assert!(md.contains("耿马与缅甸山水相连") && !md.contains("当前，耿马"), "{md}");
}

/// A league is governed by a 行署 (盟委行署, 盟行署: 盟政府 is no body), and a meeting that carries
/// out one meeting's spirit 暨 works on another thing has two works, not one spirit of both
/// (兴安盟, review 27: `传达学习全区招商引资大会精神暨重点项目精神`, `盟委盟政府将…`).
#[test]
fn a_league_has_a_xingshu_and_a_meeting_joined_by_ji_two_works() {
    let brief = "tests/fixtures/briefs/xinganmeng-implementation.yaml";
    for seed in 1..=4 {
        let (md, _) = embedded(brief, seed);
        assert!(
            md.contains("这次会议的主要任务是传达学习全区招商引资大会精神，总结2025年全盟招商引资和重点项目工作，对2026年招商引资和重点项目工作进行部署。"),
            "seed {seed}:\n{md}"
        );
        for wrong in ["盟政府", "大会精神和", "重点项目精神"] {
            assert!(!md.contains(wrong), "seed {seed}: {wrong}\n{md}");
        }
    }
    assert!(embedded(brief, 1).0.contains("盟委行署将进一步完善工作推进机制"));
}

/// A release whose speaker's measures have one on 压实责任 (组织领导与作风) does not have him
/// require it again: `三是压实各方责任。…` was followed by `韩立新要求，进一步健全完善组织领导体系
/// …压实工作责任。` (review 45). The slogan is still his to require.
#[test]
fn a_release_requires_no_duty_its_measures_already_set() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/shanxi-meeting-news.yaml", seed);
        assert!(md.contains("三是压实各方责任。"), "seed {seed}:\n{md}");
        assert!(
            md.contains("\n韩立新要求，全省上下要确保完成全年外贸外资目标任务。\n"),
            "seed {seed}:\n{md}"
        );
        assert_eq!(md.matches("组织领导").count(), 0, "seed {seed}:\n{md}");
    }
}

/// An event's figures of what was signed there are its outcome, not the speaker's account of the
/// place (`周明远在致辞中介绍，江夏区现场签约项目18个`), and points that are no deed (`江夏区是…重要
/// 拓展区`) are what the speaker said, not the reporter's claims (review 43).
#[test]
fn an_events_signing_is_its_outcome_and_its_account_the_speakers() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/jiangxia-signing-news.yaml", seed);
        for line in [
            "\n推介会上，现场签约项目18个；签约总金额236.5亿元。签约项目涵盖",
            "\n周明远在致辞中介绍，江夏区是武汉东湖高新区和中国光谷的重要拓展区，区内有高校16所。",
        ] {
            assert!(md.contains(line), "seed {seed}: {line}\n{md}");
        }
        assert!(!md.contains("江夏区现场签约") && !md.contains("推介会上，江夏区是"), "seed {seed}:\n{md}");
    }
}

/// A release on a reception or a promotion event is no work meeting: 景德镇's 会见 read
/// `景德镇市在景德镇宾馆召开市委书记会见法国利摩日市经贸代表团。会议回顾总结…会见…工作` and ordered
/// 各县（市、区） about before the guests; 昭通's 推介会 `回顾总结…推介会工作` (review 27).
#[test]
fn a_release_on_a_reception_or_an_event_is_no_work_meeting() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/jingdezhen-reception-news.yaml", seed);
        for line in [
            "# 贺建平会见法国利摩日市经贸代表团\n",
            "5月12日，市委书记贺建平在景德镇宾馆会见了法国利摩日市经贸代表团一行。\n",
            "贺建平对法国利摩日市经贸代表团一行的到来表示欢迎。\n",
            "贺建平表示，希望双方在以下方面加强合作：一是深化陶瓷产业合作。",
            "贺建平提出，共同举办2026景德镇—利摩日陶瓷艺术双年展。\n",
            "市委常委、秘书长王立新，副市长徐晓红参加会见。\n",
        ] {
            assert!(md.contains(line), "seed {seed}: {line}\n{md}");
        }
        let (event, _) = embedded("tests/fixtures/briefs/zhaotong-promotion-news.yaml", seed);
        for line in [
            // Named for where it is held, it is not said to be held there again (雨花区's
            // `…（深圳）招商推介会在深圳举行`, review 36).
            "# 昭通市（深圳）招商引资推介会举行\n",
            // Its offices and figures are the place's, said as such to the host city (南充's in
            // 上海 read `市长…`, `全市…` as Shanghai's, review 38).
            "6月18日，昭通市（深圳）招商引资推介会举行。昭通市委副书记、市长杨亚林出席推介会并致辞。\n",
            "杨亚林在致辞中介绍，2025年，",
            // The closing slogan is the speaker's, said at the event (review 34: it was lost).
            "推介会上，昭通市发布苹果精深加工、天麻产业园、绿色铝精深加工等招商项目62个，总投资1180亿元。现场签约项目18个，协议投资额215亿元。杨亚林表示，诚邀各界客商到昭通投资兴业。\n",
            "深圳市有关部门负责同志、在深滇商代表出席推介会。\n",
        ] {
            assert!(event.contains(line), "seed {seed}: {line}\n{event}");
        }
        // Who presided is said too (review 34: 龙泉驿区's 刘晓峰 was lost), and goals come before the
        // slogan in what the speaker said.
        let brief = std::fs::read_to_string("tests/fixtures/briefs/zhaotong-promotion-news.yaml").unwrap();
        let brief = brief.replace(
            "period: 2025年",
            "presided_by: 市委常委、副市长 李明\ngoals:\n  - {text: 全年引进市外到位资金500亿元以上}\nperiod: 2025年",
        );
        let md = piped(&brief, seed);
        // Reported as done, not deployed, even when a point opens with the place (`昭通市要发布…`),
        // and a goal with a subject of its own takes no second one (`昭通市将昭通将…`, review 39).
        let own = brief
            .replace("      - 发布", "      - 昭通市发布")
            .replace("{text: 全年引进", "{text: 昭通将全年引进");
        assert_ne!(own, brief, "the fixture's point or goal changed: update the test");
        let own = piped(&own, seed);
        assert!(own.contains("推介会上，昭通市发布苹果精深加工"), "seed {seed}:\n{own}");
        assert!(own.contains("杨亚林表示，昭通将全年引进市外到位资金500亿元以上，"), "seed {seed}:\n{own}");
        for line in [
            "杨亚林表示，昭通市将全年引进市外到位资金500亿元以上，诚邀各界客商到昭通投资兴业。\n",
            "推介会由昭通市委常委、副市长李明主持。深圳市有关部门负责同志、在深滇商代表出席推介会。\n",
        ] {
            assert!(md.contains(line), "seed {seed}: {line}\n{md}");
        }
        for md in [&md, &event] {
            for wrong in ["召开", "会议", "回顾总结", "充分肯定", "要求", "各县", "强调"] {
                assert!(!md.contains(wrong), "seed {seed}: {wrong}\n{md}");
            }
        }
    }
}

/// A company visited at a meeting named by its kind (跨境电商企业调研座谈会) is the unit, not a work:
/// `调研跨境电商企业工作`, `福建海纵跨境电商公司跨境电商企业工作的主要目标是` (review 27).
#[test]
fn a_kind_of_company_in_the_meetings_name_is_the_company_visited() {
    let (md, _) = embedded("tests/fixtures/briefs/changle-company-visit.yaml", 1);
    assert!(md.contains("今天，我们到福建海纵跨境电商有限公司调研。"), "{md}");
    // Its goals are hoped for, not announced as a report's (reviews 34, 36).
    assert!(md.contains("希望福建海纵跨境电商公司2026年跨境电商交易额达到10亿元；"), "{md}");
    assert!(!md.contains("的主要目标是"), "{md}");
    assert!(md.contains("下面，我讲几点意见："), "{md}");
    assert!(!md.contains("企业工作"), "{md}");
}

/// The 五通 of 共建一带一路 (政策沟通、设施联通…民心相通) are said only where the brief speaks of
/// it: 山西's 调度会 over falling trade put them under 稳住外贸基本盘 (review 27).
#[test]
fn the_belt_and_road_five_links_need_the_brief_to_speak_of_it() {
    for seed in 1..=4 {
        let (md, _) = embedded("tests/fixtures/briefs/shanxi-midyear-fall.yaml", seed);
        assert!(!md.contains("政策沟通") && !md.contains("民心相通"), "seed {seed}:\n{md}");
    }
}

/// An article sets no tasks for the units below its author's place: `各县（市、区）要健全对外开放
/// 组织领导机构…` is a speech's directive (review 26: 舟山's, 沧州's and 连云港's articles; 甘肃's
/// said 各市（州）要).
#[test]
fn a_signed_article_gives_the_units_below_no_orders() {
    for brief in
        ["cangzhou-signed-article", "gansu-signed-article", "lianyungang-article", "yancheng-signed-article"]
    {
        for seed in 1..=4 {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            for below in ["各县", "各市（州）", "各乡镇", "各区（市）"] {
                assert!(!md.contains(below), "{brief} seed {seed}: {below}\n{md}");
            }
        }
    }
}

/// A meeting on 招商引资 speaks of 招商引资 throughout, and counts its two parts as 两: 东西湖区's
/// implementation speech said `要着力做好二个方面的工作`, and after an opening on 招商引资 headed
/// its record `正确看待我区对外开放的良好基础` and its problems `对外开放工作还存在…`.
#[test]
fn an_implementation_speech_on_招商引资_keeps_its_work_and_counts_two_as_两() {
    let brief = "tests/fixtures/briefs/dongxihu-implementation.yaml";
    for seed in 1..=4 {
        let (md, _) = embedded(brief, seed);
        assert!(md.contains("要着力做好两个方面的工作："), "seed {seed}:\n{md}");
        assert!(md.contains("正确看待我区招商引资的良好基础"), "seed {seed}:\n{md}");
        assert!(!md.contains("二个"), "seed {seed}:\n{md}");
        let problems = md.split("清醒认识存在的差距和不足").nth(1).unwrap_or_else(|| panic!("{md}"));
        let lead = problems.lines().find(|l| !l.trim().is_empty()).unwrap();
        assert!(!lead.contains("对外开放工作"), "seed {seed}: {lead}");
    }
}

/// A zone visited on a visit that names no work is spoken of by its own development and goals:
/// `九江综合保税区对外开放工作还有不小差距` and `…对外开放工作的主要目标是` gave a bonded zone a
/// line of work of its own, as if it were a department. A visit that names the work keeps it.
#[test]
fn a_zone_visit_speaks_of_the_zones_development_not_its_对外开放工作() {
    let brief = "tests/fixtures/briefs/jiujiang-zone-visit.yaml";
    for seed in 1..=3 {
        let (md, _) = embedded(brief, seed);
        assert!(!md.contains("综合保税区对外开放工作"), "seed {seed}:\n{md}");
        assert!(md.contains("今天，我们到九江综合保税区调研。"), "seed {seed}:\n{md}");
        assert!(md.contains("九江综合保税区的发展还有不小差距："), "seed {seed}:\n{md}");
        assert!(md.contains("2026年，九江综合保税区的主要目标是："), "seed {seed}:\n{md}");
        assert!(md.contains("下面，我讲几点意见："), "seed {seed}:\n{md}");
    }
    let named = std::fs::read_to_string(brief)
        .unwrap()
        .replace("meeting: 九江综合保税区调研座谈会", "meeting: 九江综合保税区开放发展工作调研座谈会");
    let md = piped(&named, 1);
    assert!(md.contains("九江综合保税区开放发展工作还有不小差距："), "{md}");
}

/// A stock sentence that names the place as such in the body (`不断厚植{{locality}}高质量发展新
/// 优势`) is filled with the brief's place. It was withheld wherever it stood outside the opening
/// and the closing, so a visit's `第一，站位要提升` was followed at 7 of 8 seeds by the one
/// sentence left, `回顾过去、展望未来…`, and never by the seed's own sentence on 站位.
#[test]
fn a_stock_sentence_names_the_place_in_the_body() {
    let brief = "tests/fixtures/briefs/jiujiang-zone-visit.yaml";
    let mut on_standing = 0;
    for seed in 1..=6 {
        let (md, _) = embedded(brief, seed);
        let first =
            md.lines().find(|l| l.starts_with("第一，站位要提升。")).unwrap_or_else(|| panic!("{md}"));
        if first.contains("进一步提升站位") {
            on_standing += 1;
            assert!(first.contains("不断厚植九江市高质量发展新优势"), "seed {seed}: {first}");
        }
        assert!(!md.contains("{{"), "seed {seed}:\n{md}");
    }
    assert!(on_standing >= 4, "提升站位 at {on_standing} of 6 seeds");
}

/// At an office of the place's own, its leader speaks of the place as 全县/全市, as seed 001
/// does (`全市对外开放工作还有不小差距`): 慈溪's 市长 at the 市商务局 said `慈溪市对外开放工作还有不小差距`
/// and `2026年，慈溪市对外开放工作的主要目标是`, a report's voice.
#[test]
fn a_visit_to_an_office_speaks_of_the_whole_place() {
    for seed in 1..=3 {
        let (md, _) = embedded("examples/research-visit.yaml", seed);
        assert!(md.contains("相比，全县对外开放工作还有不小差距："), "seed {seed}:\n{md}");
        assert!(md.contains("2026年，全县对外开放工作的主要目标是："), "seed {seed}:\n{md}");
        assert!(!md.contains("清溪县对外开放工作"), "seed {seed}:\n{md}");
    }
}

/// Two parts of one record that fell are judged in two words, not both 承压回落 (恩施州's
/// 对外贸易 and 利用外资, a helper's review: the same heading twice in one part, at every seed).
#[test]
fn two_parts_that_fell_are_not_judged_alike() {
    for seed in 1..=8 {
        let (md, _) = embedded("tests/fixtures/briefs/enshi-conference.yaml", seed);
        let judgments: Vec<&str> = md
            .lines()
            .filter_map(|l| l.strip_prefix("### （"))
            .filter_map(|l| ["承压回落", "出现下滑"].into_iter().find(|j| l.ends_with(j)))
            .collect();
        assert_eq!(judgments.len(), 2, "seed {seed}:\n{md}");
        assert_ne!(judgments[0], judgments[1], "seed {seed}:\n{md}");
    }
}

/// A measure given only a topic the phrasebank has no heading on is headed as the topic lexicon
/// says (`topics.yaml` `heading`), not by the bare topic: 恩施州's `三是利用外资。` (a helper's
/// review) now reads `三是提高利用外资质量和水平。`.
#[test]
fn a_measure_given_only_a_topic_is_headed_by_a_verb_phrase() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/enshi-conference.yaml", seed);
        assert!(md.contains("三是提高利用外资质量和水平。"), "seed {seed}:\n{md}");
        assert!(!md.contains("三是利用外资。"), "seed {seed}:\n{md}");
    }
}

/// A visit whose last requirement is the writer's own on the cadres (襄阳市's `第四，队伍要过硬`,
/// review 22) adds no `能力要提升` of the template's after it; one without still ends on it.
#[test]
fn a_visit_adds_no_ability_point_after_the_writers_own() {
    let brief = "genre: research-visit\nspeaker: 副市长\nlocality: 襄阳市\nunit: 市商务局\nmeeting: 市商务局调研座谈会\nmeasures:\n  - heading: 外贸要稳住\n    points: [帮助重点外贸企业稳订单拓市场]\n  - heading: 队伍要过硬\n    points: [分批选派年轻干部到沿海发达地区商务部门跟岗学习]\n";
    let other = brief
        .replace("队伍要过硬", "招商要突破")
        .replace("分批选派年轻干部到沿海发达地区商务部门跟岗学习", "瞄准长三角开展驻点招商");
    for seed in 1..=5 {
        let md = piped(brief, seed);
        assert!(md.contains("第三，队伍要过硬。") && !md.contains("能力要提升"), "seed {seed}:\n{md}");
        assert!(piped(&other, seed).contains("第四，能力要提升。"), "seed {seed}");
    }
}

/// A visit's last point, 能力要提升, reads in the seeds' order: the demand the new round of opening
/// makes (`新一轮改革开放，对党员干部的能力素质提出了新的更高要求`) before what to do about it, never
/// as the paragraph's last word (慈溪市's draft ended on it, a helper's review), and with something
/// to do after it.
#[test]
fn a_visits_ability_point_puts_the_demand_first() {
    let mut first = 0;
    for brief in [
        "tests/fixtures/briefs/cixi-office-visit.yaml",
        "examples/research-visit.yaml",
        "tests/fixtures/briefs/jiujiang-zone-visit.yaml",
    ] {
        for seed in 1..=6 {
            let (md, _) = embedded(brief, seed);
            let line = md.lines().find(|l| l.contains("，能力要提升。")).unwrap_or_else(|| panic!("{md}"));
            let sentences: Vec<&str> =
                line.split_inclusive('。').skip(1).filter(|s| !s.trim().is_empty()).collect();
            assert!(sentences.len() >= 2, "{brief} seed {seed}: {line}");
            if let Some(k) = sentences.iter().position(|s| s.starts_with("新一轮改革开放")) {
                assert_eq!(k, 0, "{brief} seed {seed}: {line}");
                first += 1;
            }
        }
    }
    assert!(first >= 3, "the demand at {first} of 18");
}

/// `--explain` names a brief's fields in the keys it was written in: 安溪县's brief is in Chinese
/// keys, and its sources read `提纲 成绩[0].标题`, not `提纲 achievements[0].heading` (a helper's
/// review). A brief in English keys is explained as before.
#[test]
fn explain_names_fields_in_the_briefs_own_keys() {
    let out = jianggao()
        .args(["draft", "tests/fixtures/briefs/anxi-county.yaml", "--seed", "1", "--explain"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("提纲 成绩[0].标题") && md.contains("提纲 报告期"), "{md}");
    assert!(!md.contains("achievements[") && !md.contains("提纲 period"), "{md}");
    let out = jianggao().args(["draft", EXAMPLE, "--seed", "1", "--explain"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("提纲 achievements[0]"));
    // The outline names them so too.
    let out = jianggao()
        .args(["outline", "tests/fixtures/briefs/anxi-county.yaml", "--seed", "1", "--explain"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("提纲 成绩[0].标题") && !md.contains("achievements["), "{md}");
    let out = jianggao().args(["outline", EXAMPLE, "--seed", "1", "--explain"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("提纲 achievements[0]"));
}

/// A work conference given only measures (桐庐县, a helper's thin brief) says 讲几点意见 once and
/// goes on to 一是…二是…: no lone `一、…目标及措施` heading without a 二 or a goal, and no second
/// announcement of the same list.
#[test]
fn a_conference_of_measures_only_announces_them_once() {
    let thin = "genre: work-conference\nlocality: 桐庐县\nmeeting: 全县对外开放工作会议\nmeasures:\n  - heading: 扩大快递物流装备出口\n    topic: 对外贸易\n    points: [支持快递物流装备企业开拓东南亚市场]\n  - heading: 推进产业链招商\n    topic: 招商引资\n    points: [围绕制笔和快递物流装备产业链引进配套项目]\n";
    for seed in 1..=3 {
        let md = piped(thin, seed);
        assert!(md.contains("讲几点意见。\n\n一是扩大快递物流装备出口。"), "seed {seed}:\n{md}");
        assert!(!md.contains("## 一、") && !md.contains("以下几个方面"), "seed {seed}:\n{md}");
    }
    // With a record, the part keeps its heading; without goals it does not promise them.
    let with_record = format!("{thin}achievements:\n  - points: [引进项目12个]\n");
    let md = piped(&with_record, 1);
    assert!(md.contains("## 二、今年对外开放重点工作"), "{md}");
    assert!(!md.contains("目标及措施"), "{md}");
}

/// A news release reports the speaker's measures as the brief gives them: a stock sentence there
/// is something the speaker is reported to have said. 永川区's `一是聚焦主导产业精准招商` once took
/// four (a helper's review); at two at most, 安徽's governor still `强调` slogans on platforms,
/// 营商环境 and 全领域开放 under `一是聚焦十大新兴产业开展产业链招商` (47 of 59 over 30 seeds,
/// review 22).
#[test]
fn a_news_release_reports_no_stock_as_the_speakers_measures() {
    for (brief, name) in [
        ("tests/fixtures/briefs/yongchuan-news.yaml", "何宇航"),
        ("tests/fixtures/briefs/anhui-news.yaml", "周建华"),
    ] {
        for seed in 1..=5 {
            let out =
                jianggao().args(["draft", brief, "--seed", &seed.to_string(), "--explain"]).output().unwrap();
            let md = String::from_utf8(out.stdout).unwrap();
            let stressed = md
                .split(&format!("\n{name}强调，"))
                .nth(1)
                .and_then(|r| r.split(&format!("\n{name}要求")).next());
            let stressed = stressed.unwrap_or_else(|| panic!("{brief} seed {seed}:\n{md}"));
            // The sources of the paragraph, a line a sentence; the measures start at the first's
            // heading (in the sentence of the lead-in, when a colon ends it).
            let first = |l: &&str| l.contains("「一是") || l.contains("measures[0].heading");
            let measures = stressed.lines().filter(|l| l.starts_with("> 来源：")).skip_while(|l| !first(l));
            let mut seen = 0;
            for line in measures {
                seen += 1;
                assert!(!line.contains("语料 "), "{brief} seed {seed}:\n{stressed}");
            }
            assert!(seen >= 3, "{brief} seed {seed}:\n{stressed}");
        }
    }
}

/// A county's, a city's or a district's release names the place in its lead when the meeting's
/// name does not: 沭阳 first came in the fifth paragraph (review 23). A province's lead is the
/// seeds' own (`全省…会议在沈阳召开`), and so is 天津's, a municipality's.
#[test]
fn a_release_below_a_province_names_its_place_in_the_lead() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/shuyang-news.yaml", seed);
        assert!(
            md.contains("\n\n2月20日，沭阳县在县行政中心召开全县开放型经济工作会议。会议回顾总结"),
            "{md}"
        );
        let (md, _) = embedded("tests/fixtures/briefs/anhui-news.yaml", seed);
        assert!(md.contains("\n\n2月20日，全省招商引资大会在合肥召开。"), "{md}");
        let (md, _) = embedded("tests/fixtures/briefs/tianjin-news.yaml", seed);
        assert!(md.contains("，全市外资外贸工作会议在市政府第一会议室召开。"), "{md}");
    }
    // A meeting that names its place is not named twice.
    let brief = std::fs::read_to_string("tests/fixtures/briefs/shuyang-news.yaml").unwrap();
    let named = brief.replace("meeting: 全县开放型经济工作会议", "meeting: 沭阳县开放型经济工作会议");
    assert_ne!(named, brief);
    let md = piped(&named, 1);
    assert!(md.contains("，沭阳县开放型经济工作会议在县行政中心召开。"), "{md}");
}

/// A company visited is spoken to as a company (北仑's 区委书记 at 海天塑机集团, review 23): not
/// `认真贯彻区委区政府决策部署`, not `与区委区政府的要求…相比…还有不小差距` over trade barriers,
/// no `第一，站位要提升` and no `能力要提升…高质量完成区委区政府交办的急难险重工作`; its full
/// name once, then without its legal form; its figures said as the 集团's.
#[test]
fn a_company_visited_is_spoken_to_as_a_company() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/beilun-company-visit.yaml", seed);
        assert!(
            md.contains("今天，我们到海天塑机集团有限公司调研。"),
            "seed {seed}:
{md}"
        );
        assert!(
            md.contains("总的来看，海天塑机集团发展势头良好，为全区经济社会发展作出了积极贡献。"),
            "seed {seed}:
{md}"
        );
        assert!(md.contains("同时，我们也要看到，企业发展中还面临一些困难和问题：一是部分国家"), "{md}");
        assert!(md.contains("下面，我讲几点意见：\n\n第一，企业出海要稳步推进。"), "seed {seed}:\n{md}");
        // Not the speaker's subordinates all: hailed as friends too, and congratulated rather than
        // approved of (太仓's German company, review 35).
        assert!(md.contains("\n同志们、朋友们：\n"), "seed {seed}:\n{md}");
        assert!(md.contains("对企业取得的成绩，我们表示热烈祝贺！"), "seed {seed}:\n{md}");
        for never in
            ["认真贯彻", "不小差距", "站位要提升", "能力要提升", "党员干部", "交办", "第四，", "是肯定的"]
        {
            assert!(!md.contains(never), "seed {seed}: {never}\n{md}");
        }
        assert!(
            md.contains("总之，区委区政府将一如既往支持企业发展，希望海天塑机集团坚定信心、再接再厉，为北仑"),
            "{md}"
        );
        // Its figures are its own (`2025年，出口额68.4亿元` had no subject, review 41).
        assert!(md.contains("2025年，集团出口额68.4亿元，增长12.6%"), "seed {seed}:\n{md}");
        // The body says the full name once; the title keeps the meeting's name.
        assert_eq!(md.matches("海天塑机集团有限公司").count(), 2, "seed {seed}:\n{md}");
    }
}

/// A signed article argues its own work: one on 营商环境, not a part of opening up, has a 意义 part
/// of its own, with no `必须坚定不移扩大对外开放` (沭阳, 安平: reviews 36, 37); one on opening up keeps
/// seed 003's heading, one on a work within it (跨境电商) has a heading of its own size. Under `加强党的全面领导` the article names the Party, which the stock
/// sentences did not (reviews 36, 37), and not as its own committee (`摆上县委重要议事日程` in the
/// 县委书记's own article, review 39).
#[test]
fn a_signed_article_argues_its_own_work_and_names_its_committee() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/deqing-business-article.yaml", seed);
        let part = md
            .split("## 深刻认识优化营商环境的重大意义，切实增强责任感紧迫感\n")
            .nth(1)
            .expect("the heading");
        let part = part.split("\n## ").next().unwrap();
        assert!(!part.contains("开放"), "seed {seed}: {part}");
        assert!(
            md.contains("要坚持和加强党的全面领导，把营商环境建设摆上重要议事日程。"),
            "seed {seed}:\n{md}"
        );
        let (md, _) = embedded("tests/fixtures/briefs/gansu-signed-article.yaml", seed);
        assert!(
            md.contains("## 高举改革开放伟大旗帜，增强扩大高水平对外开放的使命担当\n"),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("要坚持和加强党的全面领导，把对外开放摆上重要议事日程。"), "seed {seed}:\n{md}");
        // One on a work within opening up (跨境电商) argues from opening up under a heading of its
        // own size: seed 003's `高举改革开放伟大旗帜` is too large for it (review 40).
        let (md, _) = embedded("tests/fixtures/briefs/xuchang-ecommerce-article.yaml", seed);
        assert!(
            md.contains("## 深刻认识发展跨境电商的重大意义，切实增强责任感紧迫感\n"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("高举改革开放伟大旗帜"), "seed {seed}:\n{md}");
    }
}

/// A meeting on 稳外贸稳外资 is on foreign trade and investment both: 甘肃's implementation speech
/// headed its three parts and its closing by 外贸 alone (review 43), as 陕西's on 外贸外资 once did.
#[test]
fn a_meeting_on_trade_and_investment_names_both() {
    for seed in 1..=2 {
        let (md, _) = embedded("tests/fixtures/briefs/gansu-commerce-implementation.yaml", seed);
        for line in [
            "## 一、提高站位，深刻认识做好外贸外资工作的重大意义\n",
            "## 二、突出重点，扎实推进外贸外资工作\n",
            "## 三、务本责实，确保外贸外资工作各项任务落地见效\n",
        ] {
            assert!(md.contains(line), "seed {seed}: {line}\n{md}");
        }
    }
}

/// A mid-year speech deploys the rest of the year as its period names it: 下半年 after 1—6月 or
/// 上半年, 四季度 after 1—9月 (沭阳县's 调度会 said 下一步 throughout, review 43); 下一步 after 1—8月.
#[test]
fn a_mid_year_speech_deploys_the_rest_of_the_year() {
    for seed in 1..=2 {
        for (brief, ahead) in [
            ("tests/fixtures/briefs/jiangmen-midyear-fall.yaml", "下半年"),
            ("tests/fixtures/briefs/yanbian-midyear.yaml", "下半年"),
            ("examples/midyear.yaml", "下一步"),
        ] {
            let (md, _) = embedded(brief, seed);
            assert!(md.contains(&format!("分析存在的问题，安排部署{ahead}重点工作。")), "{brief}:\n{md}");
            assert!(md.contains(&format!("## 三、{ahead}重点工作\n")), "{brief}:\n{md}");
            assert!(md.contains(&format!("\n{ahead}，")), "{brief}:\n{md}");
            if ahead != "下一步" {
                assert!(!md.contains("下一步"), "{brief}:\n{md}");
            }
        }
        let (md, _) = embedded("tests/fixtures/briefs/taizhou-news.yaml", seed);
        assert!(md.contains("研究部署四季度重点任务。"), "{md}");
    }
}

/// A brief with only a 形势 lost it: the draft promised `讲几点意见` and went to the closing
/// (review 43, 仁怀市). The 形势 is its own part when nothing follows it, and problems with no
/// achievements before them are not led by `在肯定成绩的同时`.
#[test]
fn a_situation_is_said_when_no_measure_follows() {
    let head = "genre: work-conference\nlocality: 仁怀市\nlevel: 县级市\nmeeting: 全市对外开放工作会议\n";
    let (md, _) = embedded_yaml(&format!("{head}situation:\n  - 外部环境复杂严峻\n"), 1);
    assert!(md.contains("今天，我们召开全市对外开放工作会议。\n\n当前，外部环境复杂严峻。"), "{md}");
    assert!(!md.contains("讲几点意见"), "{md}");
    let brief = format!("{head}situation:\n  - 外部环境复杂严峻\nproblems:\n  - points: [外贸主体少]\n");
    for seed in 1..=3 {
        let (md, _) = embedded_yaml(&brief, seed);
        assert!(md.contains("## 二、当前形势\n\n当前，外部环境复杂严峻。"), "{md}");
        assert!(md.contains("当前，我们的工作还存在一些不容忽视的问题。外贸主体少。"), "{md}");
        assert!(!md.contains("成绩"), "{md}");
    }
    let brief = "genre: implementation\nlocality: 仁怀市\nlevel: 县\nmeeting: 贯彻落实全省对外开放大会精神会议\n\
                 problems:\n  - points: [外贸主体少]\nmeasures:\n  - heading: 培育外贸主体\n    points: [引进外贸企业]\n";
    let (md, _) = embedded_yaml(brief, 1);
    assert!(
        md.contains("提升认识，牢固树立开放理念\n\n")
            && md.contains("当前，全市对外开放工作还存在一些不容忽视的问题。"),
        "{md}"
    );
    // Nor a lone subheading of its own under 一、: it follows what 提升认识 argued (review 45).
    assert!(!md.contains("清醒认识存在的差距和不足"), "{md}");
    assert!(!md.contains("成绩"), "{md}");
}

/// A meeting named by the body that met (市政府第12次常务会议, 县委常委会会议) names no work: the
/// draft spoke of `柳州市市政府第12次常务工作完成情况` and `开创全市市政府第12次常务工作新局面`
/// (review 44). Its work is the default, 对外开放; a session carried out keeps its name.
#[test]
fn a_meeting_named_by_its_body_is_no_work() {
    let figures =
        "achievements:\n  - figures:\n    - {name: 外贸进出口, value: 100, unit: 亿元, growth: 5}\n";
    for meeting in
        ["市政府第12次常务会议", "市委常委会会议", "市商务局党组会议", "市对外开放工作领导小组第一次全体会议"]
    {
        let brief =
            format!("genre: work-conference\nlocality: 柳州市\nlevel: 市\nmeeting: {meeting}\n{figures}");
        let (md, _) = embedded_yaml(&brief, 1);
        assert!(md.contains(&format!("# 在{meeting}上的讲话\n")), "{md}");
        assert!(md.contains("下面我对去年柳州市对外开放工作完成情况作简要通报。"), "{meeting}: {md}");
        assert!(md.contains("开创全市对外开放工作新局面"), "{meeting}: {md}");
    }
    let brief =
        "genre: implementation\nlocality: 柳州市\nlevel: 市\nmeeting: 贯彻落实省政府第5次常务会议精神会议\n";
    let (md, _) = embedded_yaml(brief, 1);
    assert!(md.contains("传达学习省政府第5次常务会议精神，对下一步对外开放工作进行部署。"), "{md}");
    // A work that happens to hold a body's word is still the work.
    let brief =
        format!("genre: work-conference\nlocality: 柳州市\nlevel: 市\nmeeting: 全市商务工作会议\n{figures}");
    assert!(embedded_yaml(&brief, 1).0.contains("柳州市商务工作完成情况"));
}

/// A sentence that names 人才 only as an item of a list (`整合土地、金融、人才等方面的政策`,
/// `在财政、金融、人才等关键环节上加大力度`) is about policy, not talent: it stood under 要强化人才支撑
/// and under a measure on 跨境电商人才 (reviews 40, 41). Whatever stands there says 人才 of itself.
#[test]
fn a_sentence_that_lists_a_word_is_not_about_it() {
    let briefs = [
        "tests/fixtures/briefs/xuchang-ecommerce-article.yaml",
        "tests/fixtures/briefs/cangzhou-signed-article.yaml",
        "tests/fixtures/briefs/lianyungang-article.yaml",
        "tests/fixtures/briefs/anji-article.yaml",
        "examples/signed-article.yaml",
    ];
    for brief in briefs {
        for seed in 1..=3 {
            let (md, _) = embedded(brief, seed);
            let talent = md.split("要强化人才支撑。").skip(1).map(|rest| rest.split('\n').next().unwrap());
            let part =
                md.split("人才支撑，打造跨境电商人才集聚地\n").nth(1).map(|p| p.split("\n#").next().unwrap());
            for text in talent.chain(part) {
                for sentence in text.split_inclusive('。').filter(|s| s.contains("人才")) {
                    assert!(
                        !jianggao::text::only_listed(sentence, "人才"),
                        "{brief} seed {seed}: {sentence}\n{md}"
                    );
                }
            }
        }
    }
}

/// A stock sentence whose subject another measure names goes there or nowhere: `综合保税区是一个地方
/// 对外开放的重要平台…` stood under 如东县's 一是培育壮大外贸主体, while 五是做强洋口港开放平台 names
/// the 综合保税区 (review 37).
#[test]
fn a_sentence_goes_to_the_measure_that_names_its_subject() {
    let mut placed = 0;
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/rudong-county.yaml", seed);
        for line in md.lines().filter(|l| l.contains("综合保税区是")) {
            assert!(line.starts_with("五是做强洋口港开放平台。"), "seed {seed}: {line}");
            placed += 1;
        }
    }
    assert!(placed > 0, "no seed drew the sentence: the test tests nothing");
}

/// A 调度会 is told to add measures up to four in all, and not 形势, which it does not print over a
/// record (reviews 36, 38: `或再写 5 项措施`, `在形势（situation）里写 2—3 条…`).
#[test]
fn a_mid_year_meeting_is_told_what_a_mid_year_meeting_has() {
    let (_, told) = embedded("examples/midyear.yaml", 1);
    assert!(told.contains("措施只有 3 项") && told.contains("或再写 1 项措施"), "{told}");
    assert!(!told.contains("形势（situation）"), "{told}");
}

/// A commitment to the year's targets is spelled out by the goals after it, after ，: `确保完成全年外贸
/// 外资目标任务；外贸进出口总额增长9%` read as two things (永嘉县's 调度会, review 38). A first goal with
/// clauses of its own keeps ；.
#[test]
fn a_commitment_to_the_year_s_targets_is_spelled_out_after_a_comma() {
    let example = std::fs::read_to_string("examples/midyear.yaml").unwrap();
    let spelled = example.replace(
        "  - {text: 确保完成全年目标任务}\n",
        "  - {text: 确保完成全年目标任务}\n  - {name: 外贸进出口总额, growth: 9}\n",
    );
    assert_ne!(spelled, example, "the example's goal changed: update the test");
    assert!(piped(&spelled, 1).contains("确保完成全年目标任务，外贸进出口总额增长9%。"));
    let clauses = spelled.replace("确保完成全年目标任务", "确保完成全年目标任务，力争超额完成");
    assert!(piped(&clauses, 1).contains("确保完成全年目标任务，力争超额完成；外贸进出口总额增长9%。"));
    // More than one goal after it: a colon, then the goals as a list (review 39 read
    // `…目标任务，外贸进出口总额增长9%；实际使用外资增长10%`).
    let two = spelled.replace(
        "  - {name: 外贸进出口总额, growth: 9}\n",
        "  - {name: 外贸进出口总额, growth: 9}\n  - {name: 实际利用外资, growth: 10}\n",
    );
    assert!(piped(&two, 1).contains("确保完成全年目标任务：外贸进出口总额增长9%；实际利用外资增长10%。"));
}

/// A record with no trend to tell is led by the whole place, and by as many parts as it has:
/// `过去一年，兰考县上下围绕招商引资重点抓了以下几个方面的工作。` over one part (review 37).
#[test]
fn a_record_without_a_trend_is_led_by_the_whole_place() {
    let one = "genre: work-conference\nlocality: 兰考县\nlevel: 县\nmeeting: 全县招商引资工作会议\n\
               achievements:\n  - topic: 招商引资\n    figures:\n      - {name: 新签约亿元以上项目, value: 27, unit: 个}\n";
    let two = format!("{one}  - topic: 对外贸易\n    points: [新增外贸企业12家]\n");
    for (brief, lead) in [
        (one.to_string(), "过去一年，全县上下围绕招商引资重点抓了以下工作。"),
        (two, "过去一年，全县上下围绕招商引资重点抓了以下几个方面的工作。"),
    ] {
        let (md, _) = embedded_yaml(&brief, 1);
        assert!(md.contains(lead), "{md}");
    }
}

/// A company's goal that names its own year is not framed by the year again (`希望…公司2026年二期
/// 项目2026年底建成投产`, 潍坊, review 37), and a rate given a growth is drafted as typed, with a
/// note on saying points instead (`本地配套率增长10%` read as 52% × 1.1).
#[test]
fn a_goal_with_its_own_year_and_a_rate_given_a_growth() {
    let brief = "genre: research-visit\nlocality: 潍坊市\nlevel: 市\nspeaker: 市长\n\
                 unit: 德普斯（潍坊）精密机械有限公司\nmeeting: 德普斯（潍坊）精密机械有限公司调研座谈会\n\
                 date: 2026-05-20\nperiod: 2025年\n\
                 achievements:\n  - figures:\n      - {name: 营业收入, value: 26.4, unit: 亿元, growth: 14.2}\n\
                 goals:\n  - {text: 二期项目2026年底建成投产}\n  - {name: 本地配套率, growth: 10}\n";
    for seed in 1..=3 {
        let (md, told) = embedded_yaml(brief, seed);
        assert!(
            md.contains("希望德普斯（潍坊）精密机械公司二期项目2026年底建成投产；本地配套率增长10%。"),
            "seed {seed}:\n{md}"
        );
        assert!(
            told.contains("如果是提高 10 个百分点，请写成要点或目标的 text：本地配套率提高10个百分点"),
            "{told}"
        );
    }
    // Nor one with a time of its own (`年内签约`: `希望…公司2026年推动…年内签约`, review 41).
    let timed = brief.replace("二期项目2026年底建成投产", "推动二期增资项目年内签约");
    let (md, _) = embedded_yaml(&timed, 1);
    assert!(md.contains("希望德普斯（潍坊）精密机械公司推动二期增资项目年内签约；"), "{md}");
}

/// Under a signed article's `加强党的全面领导…` the policy and talent sentences come each after
/// its own lead, as seed 003's layers do (`要注重政策激励。…`): bare, `要有效整合土地、金融、人才等
/// 方面的政策…` read as off the heading (连云港, review 23).
#[test]
fn policy_and_talent_under_party_leadership_have_their_leads() {
    let mut led = 0;
    for seed in 1..=20 {
        let (md, _) = embedded("tests/fixtures/briefs/lianyungang-article.yaml", seed);
        let part = md.split("## 加强党的全面领导").nth(1).expect("the heading").to_string();
        let paragraphs: Vec<&str> = part.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
        // the rest of the heading's line, its own paragraph, then the layers, then the closing
        for p in &paragraphs[2..paragraphs.len() - 1] {
            assert!(
                p.starts_with("要注重政策激励。") || p.starts_with("要强化人才支撑。"),
                "seed {seed}: {p}\n{md}"
            );
            led += 1;
        }
    }
    assert!(led > 0, "no seed drew a policy or talent sentence: the test tests nothing");
}

/// A company whose exports fell (夏津's textile mill, review 24): no `再接再厉` (a call to do even
/// better) after `面对下行压力，希望你们坚定信心、迎难而上`, no `同时，我们也要看到` with nothing to
/// set it against, and none of the corpus's policy sentences (`支持自主品牌企业开展国际标准体系
/// 认证`), which are said to a place's government, under its measures.
#[test]
fn a_company_with_falling_exports_is_not_told_to_keep_it_up() {
    let brief = "tests/fixtures/briefs/xiajin-textile-visit.yaml";
    for seed in 1..=5 {
        let (md, _) = embedded(brief, seed);
        assert!(
            md.contains(
                "面对下行压力，希望你们坚定信心、迎难而上。\n\n当前，企业发展中还面临一些困难和问题：一是"
            ),
            "{md}"
        );
        assert!(md.contains("希望夏津恒丰纺织公司攻坚克难、稳中求进，"), "seed {seed}:\n{md}");
        assert!(!md.contains("再接再厉") && !md.contains("同时，我们也要看到"), "seed {seed}:\n{md}");
        let out =
            jianggao().args(["draft", brief, "--seed", &seed.to_string(), "--explain"]).output().unwrap();
        let explained = String::from_utf8(out.stdout).unwrap();
        let measures = explained.split("下面，我讲几点意见").nth(1).expect("the requirements");
        assert!(!measures.contains("语料 p-"), "seed {seed}: stock under a company's measures\n{measures}");
    }
}

/// A release's list of tasks is led by `要重点抓好以下几项工作：` at every seed: a corpus lead-in in
/// its place spoke of one thing (`做强对外贸易是发展开放经济的重要内容…`) over a list of trade and
/// investment, which then hung from nothing (吴中区, review 24, seeds 2 and 3).
#[test]
fn a_release_lists_its_tasks_after_its_own_lead() {
    for seed in 1..=10 {
        let (md, _) = embedded("tests/fixtures/briefs/wuzhong-news.yaml", seed);
        assert!(md.contains("强调，要重点抓好以下几项工作：一是"), "seed {seed}:\n{md}");
    }
}

/// A part of a free trade zone (中国（湖南）自由贸易试验区长沙片区, level 区) says 全片区 before its
/// figures and in its call, and names itself 长沙片区: 全区 is the administrative district's, whose
/// figures these are not.
#[test]
fn a_zone_part_speaks_of_its_own_whole() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/changsha-zone.yaml", seed);
        assert!(md.contains("全片区外贸进出口总额1215.6亿元，增长9.3%"), "seed {seed}:\n{md}");
        assert!(md.contains("奋力开创全片区对外开放工作新局面"), "seed {seed}:\n{md}");
        assert!(md.contains("2025年，长沙片区坚持以开放促发展"), "seed {seed}:\n{md}");
        for wrong in ["全区", "我区", "区委区政府", "自由贸易试验区长沙片区"] {
            assert!(!md.contains(wrong), "seed {seed}: {wrong}\n{md}");
        }
    }
}

/// A brief with one figure and nothing to deploy (来宾市, review 25): the opening promised
/// `并对2026年的重点工作进行安排` that never came, the one figure was `主要指标保持增长`, and
/// the one part was `一、`.
#[test]
fn a_record_alone_promises_no_deployment_and_one_figure_is_no_main_indicators() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/laibin-thin.yaml", seed);
        assert!(md.contains("下面我对去年来宾市招商引资工作完成情况作简要通报。\n"), "seed {seed}:\n{md}");
        assert!(md.contains("招商引资工作取得新进展。"), "seed {seed}:\n{md}");
        assert!(!md.contains("进行安排") && !md.contains("主要指标"), "seed {seed}:\n{md}");
        // Its one part is not numbered: a lone `一、` opens a series that never comes.
        assert!(md.contains("\n## 招商引资工作完成情况\n") && !md.contains("一、"), "seed {seed}:\n{md}");
    }
    // With measures to come, the opening still says so.
    let (md, _) = embedded("examples/thin.yaml", 1);
    assert!(md.contains("作简要通报，并对2026年的重点工作进行安排。"), "{md}");
}

/// No heading is numbered alone at its level: a `（一）` with no `（二）` under the same part, or a
/// `一、` with no `二、`, opens a series that never comes (鹤壁市's thin brief, review 26).
#[test]
fn no_heading_is_numbered_alone() {
    let mut briefs: Vec<_> = std::fs::read_dir("tests/fixtures/briefs")
        .unwrap()
        .chain(std::fs::read_dir("examples").unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    briefs.sort();
    let mut unnumbered = 0;
    for brief in &briefs {
        for seed in 1..=3 {
            let (md, _) = embedded(brief.to_str().unwrap(), seed);
            let parts: Vec<&str> = md.split("\n## ").skip(1).collect();
            let has = |text: &str, head: &str| text.lines().any(|l| l.starts_with(head));
            if parts.iter().any(|p| p.starts_with("一、")) {
                assert!(
                    parts.iter().any(|p| p.starts_with("二、")),
                    "{} seed {seed}:\n{md}",
                    brief.display()
                );
            }
            for part in &parts {
                if has(part, "### （一）") {
                    assert!(has(part, "### （二）"), "{} seed {seed}:\n{md}", brief.display());
                }
                unnumbered +=
                    part.lines().filter(|l| l.starts_with("### ") && !l.starts_with("### （")).count();
            }
        }
    }
    // Some drafts do have a sub-heading alone (thin briefs): it is there, unnumbered.
    assert!(unnumbered > 0);
}

/// A release on a visit (副省长张卫东到黄石市调研外贸企业) reports the visit, not a meeting: it read
/// `…调研外贸企业在黄石市召开。会议回顾总结…全省副省长张卫东到黄石市调研外贸企业工作`, with the
/// city's figure as the province's (`全省黄石市外贸进出口总额`) and a stock `要求，各市（州）要…`
/// the vice-governor never made (review 26).
#[test]
fn a_release_on_a_visit_reports_the_visit() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/hubei-inspection-news.yaml", seed);
        assert!(
            md.contains("5月21日，副省长张卫东到黄石市调研外贸企业。张卫东先后来到大冶有色金属集团"),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("张卫东在调研中指出，"), "seed {seed}:\n{md}");
        assert!(md.contains("据介绍，2026年1—4月，黄石市外贸进出口总额198.6亿元"), "seed {seed}:\n{md}");
        assert!(
            md.trim_end().ends_with("省商务厅厅长刘建华、黄石市市长陈志刚陪同调研。"),
            "seed {seed}:\n{md}"
        );
        for wrong in ["召开", "会议", "全省黄石市", "要求", "调研外贸企业工作"] {
            assert!(!md.contains(wrong), "seed {seed}: {wrong}\n{md}");
        }
    }
    // Without the speaker in its name, the lead names him, and where he went.
    let brief = std::fs::read_to_string("tests/fixtures/briefs/hubei-inspection-news.yaml")
        .unwrap()
        .replace("meeting: 副省长张卫东到黄石市调研外贸企业", "meeting: 调研外贸企业");
    let md = piped(&brief, 1);
    assert!(md.contains("5月21日，副省长张卫东到黄石市调研外贸企业。"), "{md}");
}

/// A prefecture (阿克苏地区) says 全地区 and 地委行署: its figures were `全区…` (in 新疆, the
/// 自治区) beside the meeting's 全地区, and `阿克苏地区全地区…工作` doubled the place (review 26).
/// And a research visit's visitor is not its work (`调研区委书记调研跨境电商产业园工作`).
#[test]
fn a_prefecture_says_quandiqu_and_a_visitor_is_no_work() {
    let mut units = 0;
    for seed in 0..12 {
        let (md, _) = embedded("tests/fixtures/briefs/akesu-prefecture.yaml", seed);
        assert!(md.contains("全地区新签约招商引资项目412个"), "seed {seed}:\n{md}");
        assert!(md.contains("全地区外贸进出口总额96.3亿元"), "seed {seed}:\n{md}");
        for wrong in ["全区", "地区全地区", "区委", "地区政府", "县（市、区）"] {
            assert!(!md.contains(wrong), "seed {seed}: {wrong}\n{md}");
        }
        // A 地区 has 县 and 县级市 below it, as a 州 has (review 26): said so where a draft
        // names them (which stock sentence does is the seed's).
        units += usize::from(md.contains("各县（市）要"));
    }
    assert!(units >= 3, "{units} of 12 seeds name the units below");
    let brief = "体裁: research-visit\n地区: 湖里区\n会议: 区委书记调研跨境电商产业园座谈会\n调研单位: 湖里区跨境电商产业园\n讲话人: 区委书记\n";
    let md = piped(brief, 1);
    assert!(md.contains("今天，我们到湖里区跨境电商产业园调研。"), "{md}");
    assert!(!md.contains("调研区委书记"), "{md}");
}

/// A passage's opening sentence left without its passage is not stock: `促进外贸发展，离不开龙头
/// 企业的带动。` dangled after 清河县's 汽车配件招商 and two other drafts' measures (review 26).
#[test]
fn an_opening_without_its_passage_is_not_drawn() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/qinghe-implementation.yaml", seed);
        assert!(!md.contains("离不开龙头企业的带动"), "seed {seed}:\n{md}");
    }
}

/// A writer's phrasebank with a heading for the closing 保障 item and nothing to say under it: the
/// item stood bare (`五是加强组织领导。`, a helper's mined archive, review 26). The template's own
/// sentence (`filler … or=`) follows it; the embedded phrasebank never needs it.
#[test]
fn a_closing_item_is_never_bare_with_a_small_phrasebank() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("safeguards.yaml"),
        "- id: p-000000000001\n  section: safeguards\n  role: heading\n  text: 加强组织领导\n  topics:\n  - 组织领导与作风\n  generic: true\n  source:\n    doc: a.txt\n    line: 1\n",
    )
    .unwrap();
    let out = jianggao()
        .args(["draft", "examples/county.yaml", "--seed", "1", "--phrasebank"])
        .arg(dir.path())
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.contains("是加强组织领导。各级各部门要压实工作责任，强化协同配合，推动各项任务落地见效。"),
        "{md}"
    );
    let (md, _) = embedded("examples/county.yaml", 1);
    assert!(!md.contains("强化协同配合，推动各项任务落地见效"), "{md}");
}

/// A release's speaker 同时指出 the problems only after a paragraph in which he 充分肯定了 the
/// record; after figures led by 据介绍 there is nothing for 同时 to join (株洲, review 25): he
/// 还指出, after what he 在讲话中指出.
#[test]
fn a_release_says_tongshi_only_after_praise() {
    let mut seen = (0, 0);
    for brief in std::fs::read_dir("tests/fixtures/briefs").unwrap().map(|e| e.unwrap().path()) {
        if !brief.to_string_lossy().contains("news") {
            continue;
        }
        let (md, _) = embedded(brief.to_str().unwrap(), 1);
        if md.contains("据介绍") {
            assert!(!md.contains("同时指出") && md.contains("还指出"), "{}:\n{md}", brief.display());
            seen.0 += 1;
        } else if md.contains("充分肯定") && (md.contains("还指出") || md.contains("同时指出")) {
            // (A release with no problems, 常州's 座谈会, points out nothing more.)
            assert!(md.contains("同时指出"), "{}:\n{md}", brief.display());
            seen.1 += 1;
        }
    }
    assert!(seen.0 >= 2 && seen.1 >= 2, "{seen:?}");
}

/// A 县级市 carrying out its own 地级市's meeting (张家港, review 25): the work is 对外开放, not
/// `苏州市对外开放`; and the 保障 subheading (二) is not one slogan alone.
#[test]
fn a_county_city_carries_out_its_city_s_meeting_as_its_own_work() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/zhangjiagang-implementation.yaml", seed);
        assert!(
            md.contains("传达学习苏州市对外开放大会精神，总结2025年全市对外开放工作"),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("（一）正确看待我市对外开放的基础"), "seed {seed}:\n{md}");
        assert!(!md.contains("苏州市对外开放工作"), "seed {seed}:\n{md}");
        // (A saying such as `责任不落实，工作就落空。` is 12 characters; one sentence of substance is
        // a paragraph, where a second one would say the same again: `Picker::fits_site`.)
        let second = md.split("（二）压实责任、凝聚合力\n\n").nth(1).expect("the subheading");
        let paragraph = second.lines().next().unwrap();
        assert!(paragraph.chars().count() >= 20, "seed {seed}: {paragraph}");
    }
}

/// A stock sentence filed under another measure's topic, and not under its own, stays out of a
/// measure: 桐庐县's 三是精准高效抓招商 (招商引资) carried 营商环境 sentences at every seed, saying
/// again what 四是持续优化营商环境 said next (review 25).
#[test]
fn a_measure_leaves_another_measure_s_topic_to_it() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/tonglu-county.yaml", seed);
        let third = md.lines().find(|l| l.starts_with("三是精准高效抓招商")).expect("the measure");
        assert!(!third.contains("营商环境"), "seed {seed}: {third}");
    }
}

/// `-o` onto a pipe (or a device: `-o /dev/null`) writes into it, as `>` would; `--force` renamed
/// a file over it, and replaced the machine's /dev/null in a fuzz run (fuzz 26).
#[cfg(unix)]
#[test]
fn output_onto_a_pipe_writes_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = jianggao().args(["draft", EXAMPLE, "-o"]).arg(&fifo).arg("--force").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // (Asked first: were the pipe replaced, its reader would wait for ever.)
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the pipe was replaced");
    let read = reader.join().unwrap();
    assert!(read.starts_with("# "), "{read}");
}

/// A message that cannot be shown is let go, not a panic: `2>/dev/full` (or a closed pipe) made
/// every command with a hint exit 101, and `export` left its .docx unwritten (fuzz 26).
#[cfg(target_os = "linux")]
#[test]
fn a_full_standard_error_is_no_panic() {
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    // The thin example drafts short and says so on standard error.
    let bin = assert_cmd::cargo::cargo_bin("jianggao");
    let run = |brief: &str| {
        std::process::Command::new(&bin).args(["draft", brief]).stderr(full()).output().unwrap()
    };
    let out = run("examples/thin.yaml");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# "));
    let out = run("no-such-brief.yaml");
    assert_eq!(out.status.code(), Some(2));
}

/// An output named for another kind of file is refused, not written in the wrong format: `draft
/// -o 讲稿.doc` wrote Markdown, `export -o 讲稿.md` a Word document (fuzz 26).
#[test]
fn an_output_named_for_another_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("g.md"), "# 讲话\n\n同志们：\n\n正文。\n").unwrap();
    let brief = std::path::Path::new(EXAMPLE).canonicalize().unwrap();
    let brief = brief.to_str().unwrap();
    let runs: [(&[&str], &str); 3] = [
        (&["draft", brief, "-o", "稿.doc"], "旧格式"),
        (&["outline", brief, "-o", "稿.wps"], "旧格式"),
        (&["export", "g.md", "-o", "稿.md"], "不能存为 .md"),
    ];
    for (args, says) in runs {
        let out = jianggao().current_dir(dir.path()).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
    }
    for name in ["稿.doc", "稿.wps", "稿.md"] {
        assert!(!dir.path().join(name).exists(), "{name}");
    }
}

/// A signed article speaks of the work its title names: 德清's article titled on 营商环境 said
/// `德清县对外开放还存在一些短板` and closed `扩大高水平对外开放责任重大、使命光荣` (review 27), and
/// 许昌's on 跨境电商 likewise (review 28). An article titled on opening-up keeps the seed's words.
#[test]
fn a_signed_article_speaks_of_the_work_its_title_names() {
    let cases = [
        ("deqing-business-article", "德清县营商环境建设还存在一些短板", "打造一流营商环境责任重大、使命光荣"),
        ("xuchang-ecommerce-article", "许昌市跨境电商发展还存在一些短板", "推动跨境电商高质量发展责任重大"),
        ("cangzhou-signed-article", "沧州市对外开放还存在一些短板", "扩大高水平对外开放责任重大、使命光荣"),
    ];
    for (brief, problems, closing) in cases {
        for seed in 1..=3 {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            assert!(md.contains(problems), "{brief} seed {seed}:\n{md}");
            assert!(md.contains(closing), "{brief} seed {seed}:\n{md}");
            if !brief.starts_with("cangzhou") {
                for opening_up in
                    ["对外开放还存在", "对外开放迈出新步伐", "凝聚扩大对外开放", "扩大对外开放既"]
                {
                    assert!(!md.contains(opening_up), "{brief} seed {seed}: {opening_up}\n{md}");
                }
            }
        }
    }
}

/// A figure the less the better gains when it falls: 肥西县's 审批平均用时 −24% and 民间投资 −2.8%
/// against 经营主体 +12.3% made its year `面临较大压力，主要指标出现回落` (review 28 #1), and its goal
/// read as a state (`审批平均用时30个工作日`).
#[test]
fn a_figure_the_less_the_better_gains_when_it_falls() {
    let brief = "tests/fixtures/briefs/feixi-business-conference.yaml";
    for seed in 1..=3 {
        let (md, _) = embedded(brief, seed);
        assert!(md.contains("主要指标多数向好。"), "seed {seed}:\n{md}");
        assert!(!md.contains("回落"), "seed {seed}:\n{md}");
        assert!(md.contains("工程建设项目审批平均用时为38个工作日，缩短24.0%"), "seed {seed}:\n{md}");
        assert!(md.contains("工程建设项目审批平均用时缩短至30个工作日以内"), "seed {seed}:\n{md}");
        assert!(md.contains("民间投资312.5亿元，下降2.8%"), "seed {seed}:\n{md}");
    }
}

/// Each labelled sentence of a signed article's 党的领导 part is about its label: 许昌's read
/// `要注重政策激励。强化政策组合和集成，以开放视野寻找人才…要强化人才支撑。要有效整合土地、金融、人才等
/// 方面的政策…`, labels swapped, and spoke of 人才 again after a measure of its own on 人才 (review 28).
#[test]
fn a_signed_articles_labelled_sentences_keep_to_their_labels() {
    for seed in 1..=4 {
        let (md, _) = embedded("tests/fixtures/briefs/xuchang-ecommerce-article.yaml", seed);
        assert!(!md.contains("要强化人才支撑。"), "seed {seed}:\n{md}");
        for brief in ["xuchang-ecommerce-article", "cangzhou-signed-article", "gansu-signed-article"] {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            if let Some((_, after)) = md.split_once("要注重政策激励。") {
                let next = after.split('。').next().unwrap();
                assert!(next.contains("政策") && !next.contains("人才"), "{brief} seed {seed}: {next}");
            }
        }
    }
}

/// Each line of an outline names where it came from, not every source of its paragraph:
/// `一是外贸主体偏少。` read `来源：提纲 problems[0].points[0]；…points[4]`, and a brief of 4,000
/// problems took `outline` to 3 GB (fuzz 28).
#[test]
fn each_outline_line_names_its_own_source() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    let problems: String =
        (0..3000).map(|i| format!("  - {{heading: 问题{i}, points: [不足{i}]}}\n")).collect();
    std::fs::write(
        &path,
        format!(
            "locality: 柳州市\nmeeting: 全市对外开放工作会议\nproblems:\n  - points: [外贸主体偏少, 外资项目不多, 平台能级不高]\n{problems}"
        ),
    )
    .unwrap();
    let out = jianggao().args(["outline", path.to_str().unwrap(), "--explain"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let after = |item: &str| {
        let rest = &text[text.find(item).unwrap_or_else(|| panic!("{item}"))..];
        rest.lines().find(|l| l.starts_with("> 来源")).unwrap().to_string()
    };
    assert_eq!(after("外资项目不多。"), "> 来源：提纲 problems[0].points[1]");
    assert_eq!(after("问题2999。"), "> 来源：提纲 problems[3000].heading；提纲 problems[3000].points[0]");
}

/// An item that says nothing, a blank rank and a negative completion rate are refused or left
/// out, not drafted as `一是` with nothing after it, `位居。` or `完成目标的-5%` (fuzz 28).
#[test]
fn an_empty_item_a_blank_rank_and_a_negative_rate_are_not_drafted() {
    let dir = tempfile::tempdir().unwrap();
    let head = "locality: 柳州市\nmeeting: 全市对外开放工作会议\n";
    let run = |name: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("{head}{body}")).unwrap();
        let out = jianggao().args(["draft", path.to_str().unwrap()]).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let (code, _, err) = run("a.yaml", "measures: [{}]\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("a.yaml:3:1：字段 `measures[0]`：第 1 项是空的"), "{err}");
    let (code, _, err) = run("b.yaml", "目标:\n  - {内容: 确保完成}\n  - {}\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("b.yaml:3:1：字段 `目标[1]`：第 2 项是空的"), "{err}");
    let figure = "achievements:\n  - figures:\n      - {name: 实际利用外资, value: 12.3, unit: 亿美元, ";
    let (code, md, _) = run("c.yaml", &format!("{figure}rank: \"\"}}\n"));
    assert_eq!(code, Some(0));
    assert!(md.contains("实际利用外资12.3亿美元。") && !md.contains("位居"), "{md}");
    let (code, _, err) = run("d.yaml", &format!("{figure}target_rate: -5}}\n"));
    assert_eq!(code, Some(2));
    assert!(err.contains("d.yaml:5:") && err.contains("不是可能的完成率"), "{err}");
}

/// A situation whose first clause is its own time (`中老铁路开通运营以来，`) takes no 当前 before it:
/// `当前，中老铁路开通运营以来，…` (review 28, 西双版纳).
#[test]
fn a_situation_that_sets_its_own_time_takes_no_当前() {
    for seed in 1..=2 {
        let (md, _) = embedded("tests/fixtures/briefs/xishuangbanna-tourism-ports.yaml", seed);
        assert!(md.contains("中老铁路开通运营以来，西双版纳由边疆末梢变为开放前沿"), "seed {seed}:\n{md}");
        assert!(!md.contains("当前，中老铁路"), "seed {seed}:\n{md}");
    }
}

/// A visit named for the unit's own development (襄阳综合保税区建设发展调研座谈会) speaks of the
/// unit, not of a work called 建设发展: `调研建设发展工作`, `我就建设发展工作，讲几点意见` (review 28).
#[test]
fn a_visit_on_a_units_development_names_no_work_of_it() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/xiangyang-bonded-zone-visit.yaml", seed);
        assert!(md.contains("今天，我们到襄阳综合保税区调研。"), "seed {seed}:\n{md}");
        assert!(!md.contains("建设发展工作"), "seed {seed}:\n{md}");
    }
}

/// A measure of one point, in a speech whose points read after 要 (一要…二要…), reads after 要
/// too: `### （三）优化营商环境` / `推行重点项目审批“全程代办”，实行容缺受理。` read as done (review 28,
/// 恭城瑶族自治县).
#[test]
fn a_single_point_reads_after_要_where_the_others_do() {
    for seed in 1..=2 {
        let (md, _) = embedded("tests/fixtures/briefs/gongcheng-implementation.yaml", seed);
        assert!(md.contains("一要"), "seed {seed}:\n{md}");
        assert!(md.contains("\n要推行重点项目审批“全程代办”，实行容缺受理。"), "seed {seed}:\n{md}");
    }
}

/// An implementation speech on another work than opening-up has its skeleton on that work: 肥西县's
/// 贯彻落实全市优化营商环境大会精神 read `一、提升认识，牢固树立开放理念`, `二、内外联动，大力发展开放
/// 经济` and closed on 扩大高水平对外开放 (review 28 #2). One on opening-up keeps the seed's.
#[test]
fn an_implementation_speech_has_its_skeleton_on_its_work() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/feixi-business-implementation.yaml", seed);
        for heading in [
            "## 一、提高站位，深刻认识优化营商环境的重大意义",
            "## 二、突出重点，扎实推进营商环境建设",
            "## 三、务本责实，确保营商环境建设各项任务落地见效",
        ] {
            assert!(md.contains(heading), "seed {seed}: {heading}\n{md}");
        }
        assert!(md.contains("同志们，优化营商环境是我县推动高质量发展的重要抓手。"), "seed {seed}:\n{md}");
        assert!(!md.contains("开放理念") && !md.contains("开放经济"), "seed {seed}:\n{md}");
        let (md, _) = embedded("tests/fixtures/briefs/qinghe-implementation.yaml", seed);
        assert!(md.contains("## 一、提升认识，牢固树立开放理念"), "seed {seed}:\n{md}");
        assert!(md.contains("## 二、内外联动，大力发展开放经济"), "seed {seed}:\n{md}");
    }
}

/// A mid-year meeting's situation explains its record and follows the record's lead: 永康市's
/// `上半年美国对我加征关税影响持续显现…` stood first under `三、下一步重点工作` (reviews 27, 28).
#[test]
fn a_mid_year_situation_follows_the_record() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/yongkang-midyear-fall.yaml", seed);
        let at = md.find("上半年美国对我加征关税影响持续显现").unwrap_or_else(|| panic!("{md}"));
        let lead = md.find("主要指标出现回落。").unwrap();
        let problems = md.find("## 二、存在的问题").unwrap();
        assert!(lead < at && at < problems, "seed {seed}:\n{md}");
        assert_eq!(md.matches("上半年美国对我加征关税").count(), 1, "seed {seed}:\n{md}");
    }
}

/// `我国特别是中西部地区仍处在承接产业转移的重要机遇期` presupposes a place in the 中西部 or a speech on
/// 承接产业转移: 浙江长兴县's article said it of itself (review 29).
#[test]
fn the_central_and_western_regions_are_spoken_of_where_the_brief_is() {
    for seed in 1..=8 {
        let (md, _) = embedded("tests/fixtures/briefs/changxing-investment-article.yaml", seed);
        assert!(!md.contains("中西部"), "seed {seed}:\n{md}");
    }
}

/// A measure given only a topic of the writer's own (`外贸主体`) and its points: where a heading
/// is said as a sentence (一是…, 第一，…), the item opens with its first point, not
/// `四是外贸主体。` (review 30); where it is a title, the topic stands as the title.
#[test]
fn a_measure_with_only_a_topic_of_its_own_opens_with_its_point() {
    let brief = |genre: &str| {
        format!(
            "genre: {genre}\nlocality: 德化县\nlevel: 县\nmeeting: 全县外贸工作会议\nspeaker: 县长 林一\nunit: 德化县商务局\n\
             measures:\n  - heading: 开拓多元市场\n    points: [扩大对东盟、中东、拉美市场出口]\n\
             \x20 - topic: 外贸主体\n    points: [落实出口信用保险保费扶持政策，帮助中小企业应对汇率风险]\n"
        )
    };
    for (genre, opens) in [
        ("work-conference", "二是落实出口信用保险保费扶持政策"),
        ("news-report", "二是落实出口信用保险保费扶持政策"),
        ("research-visit", "第三，要落实出口信用保险保费扶持政策"),
        ("implementation", "（二）外贸主体\n\n要落实出口信用保险保费扶持政策"),
    ] {
        let md = piped(&brief(genre), 1);
        assert!(md.contains(opens), "{genre}:\n{md}");
        assert!(!md.contains("是外贸主体。") && !md.contains("，外贸主体。"), "{genre}:\n{md}");
    }
}

/// A mid-year 调度会 whose brief gives no slogan closes on the year's targets, not on
/// `奋力开创…新局面` (a 省's 1—6月 meeting, final review).
#[test]
fn a_mid_year_meeting_without_a_slogan_closes_on_the_year() {
    let example = std::fs::read_to_string("examples/midyear.yaml").unwrap();
    let closing = example.find("\nclosing:").unwrap();
    let without: String = example[..closing].to_string();
    let md = piped(&without, 1);
    assert!(
        md.trim_end().ends_with("，确保完成全年外资外贸目标任务，为绵阳高质量发展作出新的更大贡献！"),
        "{md}"
    );
    assert!(!md.contains("新局面"), "{md}");
    // The place is named there, where the deployment says 全市 (reviews 45, 46: `绵阳市要`).
    assert!(md.contains("下一步，全市要"), "{md}");
}

/// How a meeting is held (视频会议) is not the work nor the spirit carried out: 安徽省's speech read
/// `传达学习全国稳外资稳外贸工作会议精神视频精神，对2026年稳外资稳外贸工作会议精神视频工作进行部署`
/// (review 46). It opens by addressing the meeting, and a first part that holds the problems (no
/// record to stand on) says why the work is pressing, not only what it means.
#[test]
fn a_video_meeting_carried_out_names_its_spirit_and_work() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/anhui-video-implementation.yaml", seed);
        assert!(
            md.contains("同志们：\n\n这次会议的主要任务是传达学习全国稳外资稳外贸工作会议精神，对2026年稳外资稳外贸工作进行部署。"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("视频工作") && !md.contains("视频精神"), "seed {seed}:\n{md}");
        assert!(
            md.contains("## 一、提高站位，深刻认识做好外贸外资工作的重要性和紧迫性"),
            "seed {seed}:\n{md}"
        );
    }
}

/// A 座谈会 with the foreign-invested companies is no year's review: its release does not say
/// `会议回顾总结2025年全市外资企业工作，研究部署2026年重点任务` (review 46); the work it speaks of is
/// the one named among those who sat there (外资 → 利用外资), not `外资企业工作`.
#[test]
fn a_talk_with_companies_is_reported_as_one() {
    for seed in 1..=3 {
        let (md, advice) = embedded("tests/fixtures/briefs/changzhou-talk-news.yaml", seed);
        assert!(
            md.contains(
                "6月18日，常州市在市行政中心召开全市外资企业座谈会。市委副书记、市长韩启明出席会议并讲话。"
            ),
            "seed {seed}:\n{md}"
        );
        // Nor is it told to add problems and goals, as a conference is (review 46).
        assert!(advice.contains("措施只有 3 项"), "{advice}");
        assert!(!advice.contains("（problems）") && !advice.contains("（goals）"), "{advice}");
        assert!(!md.contains("回顾总结") && !md.contains("外资企业工作"), "seed {seed}:\n{md}");
    }
}

/// A 调度会 whose first figure fell passes to its problems without `在肯定成绩的同时` (泉州's exports
/// −7.9%, review 46), and its own leader deploys the half-year for 全市, not for 泉州市.
#[test]
fn a_mid_year_fall_passes_to_its_problems_without_praise() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/quanzhou-midyear-fall.yaml", seed);
        assert!(!md.contains("在肯定成绩的同时") && !md.contains("泉州市要"), "seed {seed}:\n{md}");
        assert!(md.contains("当前，我们的工作还面临不少困难和问题。一是"), "seed {seed}:\n{md}");
        assert!(md.contains("下半年，全市要"), "seed {seed}:\n{md}");
    }
}

/// A 高新区 is not an 经济开发区: 信丰县's brief names only its 高新区, and its draft deployed
/// `理顺园区管理体制，推动经济开发区转型发展` (review 46). A rate reads as a level reached.
#[test]
fn a_high_tech_zone_licenses_no_economic_development_zone() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/xinfeng-investment-county.yaml", seed);
        assert!(!md.contains("经济开发区"), "seed {seed}:\n{md}");
        assert!(md.contains("全县签约项目开工率达76.3%"), "seed {seed}:\n{md}");
    }
}

/// A 调度会 deploys the brief's own measures for the half-year: no 强化组织领导 item is added after
/// them (泉州's `四是强化组织领导。各县（市、区）要健全对外开放组织领导机构`, review 46).
#[test]
fn a_mid_year_meeting_adds_no_leadership_item() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/quanzhou-midyear-fall.yaml", seed);
        assert!(!md.contains("四是") && !md.contains("组织领导机构"), "seed {seed}:\n{md}");
    }
}

/// A heading that narrows takes no sentence that widens: `聚焦主导产业精准招商` had under it
/// `注重全领域的开放，既抓好工业项目招商，又要扩大商贸、金融、文化…等领域的开放` (信丰县, review 46;
/// `common.yaml scope_clashes`).
#[test]
fn a_focused_measure_takes_no_sentence_on_every_field() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/xinfeng-investment-county.yaml", seed);
        let item = md.lines().find(|l| l.starts_with("一是聚焦主导产业精准招商。")).expect("the measure");
        assert!(!item.contains("全领域") && !item.contains("多领域"), "seed {seed}: {item}");
    }
}

/// A release on an event in a 新区 names its committee 浦东新区区委 (`浦东新区委` is no committee's
/// name), and a running total (累计认定…) is not dated by the period said before the figures: it
/// follows them in a sentence of its own (review 48 read `2026年1—4月，浦东新区累计认定外资研发中心
/// 265家`, 265 centres in four months). What was signed there is the event's, not the speaker's
/// account (`吴伟明还介绍，18家外资研发中心现场签约`), and its goal a pledge.
#[test]
fn a_new_area_s_committee_and_a_running_total_are_said_right() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/pudong-signing-news.yaml", seed);
        assert!(md.contains("\n签约仪式上，18家外资研发中心现场签约，"), "seed {seed}:\n{md}");
        // A goal from its year on is a pledge: `吴伟明表示，到2027年…达到300家` read as done.
        assert!(md.contains("吴伟明表示，力争到2027年全区外资研发中心达到300家，"), "seed {seed}:\n{md}");
        assert!(md.contains("浦东新区区委副书记、区长吴伟明出席签约仪式并致辞。"), "seed {seed}:\n{md}");
        assert!(
            md.contains(
                "2026年1—4月，浦东新区实际使用外资36.2亿美元，增长5.1%。浦东新区累计认定外资研发中心265家。"
            ),
            "seed {seed}:\n{md}"
        );
    }
}

/// A signed article without a title is headed by its slogan, and argues what the slogan names:
/// 锡林郭勒盟's `打造北疆一流营商环境` argued 对外开放 throughout (`对外开放还存在一些短板：部分旗县市
/// 涉企服务主动性不够`, review 48).
#[test]
fn an_article_argues_the_work_its_slogan_names() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/xilinguole-business-article.yaml", seed);
        assert!(md.starts_with("# 打造北疆一流营商环境\n"), "seed {seed}:\n{md}");
        assert!(md.contains("锡林郭勒盟营商环境建设还存在一些短板"), "seed {seed}:\n{md}");
        assert!(md.contains("## 深刻认识优化营商环境的重大意义"), "seed {seed}:\n{md}");
        assert!(
            !md.contains("对外开放还存在") && !md.contains("扩大高水平对外开放责任重大"),
            "seed {seed}:\n{md}"
        );
    }
}

/// A visit to one zone speaks of that zone's opening, not of every field of the city's: 昆山's
/// visit to its 综合保税区 was told `要加快推动由工业领域开放向科技、文化、旅游、教育、卫生、农业等
/// 多领域开放转变` (review 48; `Common::scope_clashes`).
#[test]
fn a_zone_visit_takes_no_sentence_on_every_field() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/kunshan-bonded-zone-visit.yaml", seed);
        assert!(md.contains("第一，站位要提升。"), "seed {seed}:\n{md}");
        assert!(!md.contains("多领域") && !md.contains("各领域"), "seed {seed}:\n{md}");
    }
}

/// A speech on one line of the work (外贸, 跨境电商) does not urge opening every field: 义乌's
/// 外贸 and 曹县's 跨境电商 implementation speeches said `要加快推动由工业领域开放向科技、文化…多领域
/// 开放转变` in their 意义 part (reviews 46, 48, 49; a `work` entry of `Common::scope_clashes`).
#[test]
fn a_speech_on_one_line_of_the_work_urges_no_opening_of_every_field() {
    for brief in ["yiwu-implementation", "caoxian-implementation"] {
        for seed in 1..=5 {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            assert!(md.contains("的重大意义"), "{brief} seed {seed}:\n{md}");
            for w in ["多领域", "全领域", "全方位开放意识"] {
                assert!(!md.contains(w), "{brief} seed {seed}: {w}\n{md}");
            }
        }
    }
}

/// An industrial park calls itself 园区, not 全区 or 我区, and a document carried out by a title
/// without 《》 gives the work it names: 苏州工业园区's speech on the 省委省政府关于进一步稳外资促发展
/// 若干措施 said `总结2025年全区园区贯彻落实省委省政府关于…若干措施工作`, `全区实际使用外资` and
/// `事关我区发展全局`, and closed `作出园区贡献` (review 51; `Common::zone_parts`,
/// `Common::document_kinds`).
#[test]
fn an_industrial_park_says_园区_and_the_work_its_document_names() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/suzhou-park-implementation.yaml", seed);
        for said in [
            "总结2025年园区利用外资工作，对2026年利用外资工作进行部署。",
            "事关园区发展全局。",
            "### （一）正确看待园区利用外资的良好基础",
            "园区实际使用外资17.6亿美元，增长3.1%",
            "2026年，园区利用外资工作的主要目标是：",
        ] {
            assert!(md.contains(said), "seed {seed}: {said}\n{md}");
        }
        // Its own measure 抓落实 (任务清单，每月调度、每季通报) is not followed by a 保障 item on the
        // same (`对安排的各项工作，必须明确时间节点、建立工作台账`: `carrying_out_words`).
        assert!(!md.contains("狠抓落实") && !md.contains("工作台账"), "seed {seed}:\n{md}");
        // (Nor does it name an office for it: `区商务局要牵头…`, where its own may be an 经发局.)
        assert!(md.contains("商务部门要牵头"), "seed {seed}:\n{md}");
        for not in ["全区", "我区", "年政府关于", "园区政府关于", "区园区", "商务局"] {
            assert!(!md.contains(not), "seed {seed}: {not}\n{md}");
        }
    }
}

/// An article's goals close its opening paragraphs, after the record and the shortcomings: under
/// the first part's heading (意义) they read as part of its argument (岳阳, 延边: reviews 49, 51).
#[test]
fn an_article_s_goals_close_its_opening() {
    for brief in ["yueyang-platform-article", "anji-article", "gansu-signed-article"] {
        for seed in 1..=3 {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            let goals = md.find("我们的目标是：").expect("the goals");
            let first_part = md.find("\n## ").expect("a part");
            let shortcomings = md.find("必须清醒认识到").expect("the shortcomings");
            assert!(shortcomings < goals && goals < first_part, "{brief} seed {seed}:\n{md}");
        }
    }
}

/// A mid-year closing names the place as its own people say it: `为泉州高质量发展…`, not
/// `为泉州市…`, nor `为城口县…` (review 51).
#[test]
fn a_mid_year_closing_names_the_place_without_its_unit() {
    for (brief, said) in
        [("quanzhou-midyear-fall", "为泉州高质量发展"), ("dongguan-q3-trade-fall", "为东莞高质量发展")]
    {
        for seed in 1..=3 {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            let closing = md.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
            assert!(closing.contains(said), "{brief} seed {seed}: {closing}");
        }
    }
}

/// A part's judgment heading says how much its headline changed: 跨境电商稳中有进 over +26.4%
/// undersold it, 利用外资承压回落 over −23.4% played it down (review 51). A change under
/// `judgments.steep` is said as before, and a figure the less of the better that improved is no
/// 增长 at all: 营商环境保持增长 over 审批平均用时 −30%.
#[test]
fn a_judgment_heading_says_a_steep_change_as_steep() {
    let brief = "地区: 城口县\n会议: 全县对外开放工作会议\n报告期: 2025年\n成绩:\n  - 主题: 跨境电商与新业态\n    数据: [{指标: 跨境电商进口额, 数值: 58.6, 单位: 亿元, 增长: 26.4}]\n  - 主题: 对外贸易\n    数据: [{指标: 进出口总额, 数值: 40.2, 单位: 亿元, 增长: 8.1}]\n  - 主题: 利用外资\n    数据: [{指标: 实际使用外资, 数值: 1.2, 单位: 亿美元, 增长: -23.4}]\n  - 主题: 营商环境\n    数据: [{指标: 审批平均用时, 数值: 3, 单位: 个工作日, 增长: -30}]\n";
    for seed in 1..=4 {
        let md = piped(brief, seed);
        let heading = |topic: &str| {
            md.lines().find(|l| l.starts_with("### ") && l.contains(topic)).unwrap_or_default().to_string()
        };
        let h = heading("跨境电商");
        assert!(h.ends_with("快速增长") || h.ends_with("增势强劲"), "seed {seed}: {h}\n{md}");
        let h = heading("对外贸易");
        assert!(h.ends_with("稳中有进") || h.ends_with("保持增长"), "seed {seed}: {h}\n{md}");
        let h = heading("利用外资");
        assert!(h.ends_with("明显下滑") || h.ends_with("降幅较大"), "seed {seed}: {h}\n{md}");
        let h = heading("营商环境");
        assert!(h.ends_with("持续优化") || h.ends_with("不断改善"), "seed {seed}: {h}\n{md}");
    }
}

/// Two meetings held as one, the second carrying out the one above (全省商务工作会议暨贯彻落实全国
/// 商务工作会议精神会议), are about the first's work: 四川's speech said `商务工作会议和贯彻落实全国商务
/// 工作会议工作` seven times, and `正确看待我省商务的基础` (review 52; `Common::work_nouns`).
#[test]
fn a_meeting_joined_to_one_carrying_out_another_is_about_its_own_work() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/sichuan-commerce-implementation.yaml", seed);
        let body = md.split_once('\n').unwrap().1;
        assert!(
            body.contains("这次会议的主要任务是传达学习全国商务工作会议精神，总结2025年全省商务工作，"),
            "seed {seed}:\n{md}"
        );
        assert!(body.contains("### （一）正确看待我省商务工作的基础"), "seed {seed}:\n{md}");
        assert!(
            !body.contains("会议和") && !body.contains("商务的") && !body.contains("工作工作"),
            "seed {seed}:\n{md}"
        );
    }
}

/// At an event, a measure headed by something other than the event's own act (加快项目落地, not
/// 集中签约) is what the place will do next, told by the speaker with its heading; 两江新区's plans
/// for the projects signed were reported as done at the signing: `签约仪式上，重庆两江新区对签约项目
/// 实行“专班+专员”服务，力争年内开工率达到70%以上。` (review 52; `Common::event_acts`).
#[test]
fn an_event_s_release_tells_the_plans_after_it_as_plans() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/liangjiang-signing-news.yaml", seed);
        assert!(!md.contains("签约仪式上，"), "seed {seed}:\n{md}");
        assert!(
            md.contains(
                "韩启明还介绍，下一步，重庆两江新区将重点抓好以下几项工作：一是加快项目落地。对签约项目实行"
            ),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("二是持续优化外资服务。"), "seed {seed}:\n{md}");
    }
    // What was signed there is still the event's (浦东, review 48).
    let (md, _) = embedded("tests/fixtures/briefs/pudong-signing-news.yaml", 1);
    assert!(md.contains("签约仪式上，18家外资研发中心现场签约"), "{md}");
}

/// A record whose headline rose is not one under pressure, however many of the others fell: 湘西州's
/// 1—9月 opened `面临较大压力，主要指标出现回落` right above 进出口总额 +12.6% (review 52).
#[test]
fn a_record_whose_headline_rose_is_not_said_to_fall() {
    let brief = "地区: 湘西土家族苗族自治州\n会议: 全州外贸外资工作调度会\n报告期: 2025年1—9月\n成绩:\n  - 主题: 对外贸易\n    数据:\n      - {指标: 进出口总额, 数值: 61.8, 单位: 亿元, 增长: 12.6}\n      - {指标: 进口, 数值: 17.5, 单位: 亿元, 增长: -5.9}\n      - {指标: 有进出口实绩企业, 数值: 212, 单位: 家, 增长: -7.8}\n  - 主题: 利用外资\n    数据:\n      - {指标: 实际使用外资, 数值: 860, 单位: 万美元, 增长: -42.3}\n";
    for seed in 1..=3 {
        let md = piped(brief, seed);
        assert!(md.contains("2025年1—9月，湘西州外贸外资工作主要指标有升有降。"), "seed {seed}:\n{md}");
        assert!(!md.contains("面临较大压力"), "seed {seed}:\n{md}");
    }
}

/// A speech over part of a year presses for the year's targets: no stock of the long haul
/// (`久久为功引进一批重大合作项目` under 延边州's `力争下半年到位4300万美元以上`, and under 湘西州's
/// deadline of 11月底, review 52; a `partial` entry of `Common::scope_clashes`).
#[test]
fn a_part_year_speech_says_nothing_of_the_long_haul() {
    for seed in 1..=5 {
        let (md, _) = embedded("tests/fixtures/briefs/yanbian-midyear.yaml", seed);
        assert!(md.contains("力争下半年到位4300万美元以上"), "seed {seed}:\n{md}");
        assert!(!md.contains("久久为功") && !md.contains("持之以恒"), "seed {seed}:\n{md}");
    }
}

/// An article's 保障 part says `要强化人才支撑。` only where the brief speaks of 人才: nine of ten
/// articles had it with no word of it in their briefs (延边, 松阳: reviews 51, 52; `brief_topics`).
#[test]
fn an_article_speaks_of_talent_only_where_its_brief_does() {
    for brief in ["yueyang-platform-article", "lianyungang-article", "gansu-signed-article"] {
        for seed in 1..=3 {
            let (md, _) = embedded(&format!("tests/fixtures/briefs/{brief}.yaml"), seed);
            assert!(!md.contains("人才支撑"), "{brief} seed {seed}:\n{md}");
        }
    }
    // 盐城's problems name 高端人才 and its measures 外籍人才: its 保障 may.
    let (md, _) = embedded("tests/fixtures/briefs/yancheng-signed-article.yaml", 1);
    assert!(md.contains("要强化人才支撑。"), "{md}");
}

/// An article's measure given neither heading nor topic is a part of its own, headed by the
/// lexicon's heading of a topic its points name: 松阳's only measure stood under the article's 意义
/// heading (review 52).
#[test]
fn an_article_s_measure_without_a_heading_gets_its_own_part() {
    let brief = "体裁: signed-article\n地区: 松阳县\n标题: 让松阳茶香飘得更远\n会议: 《丽水日报》署名文章\n成绩:\n  - 要点: [2025年全县茶叶出口2.1万吨，出口额1.3亿美元]\n措施:\n  - 要点: [推动茶企抱团出海，建设海外仓和品牌展示中心，打响“松阳银猴”出口品牌]\n";
    for seed in 1..=3 {
        let md = piped(brief, seed);
        let at = md.find("要推动茶企抱团出海").expect("the measure");
        let part = md[..at].rfind("\n## ").map(|h| md[h + 4..].lines().next().unwrap_or("")).unwrap_or("");
        assert_eq!(part, "推动外贸稳规模优结构", "seed {seed}:\n{md}");
    }
}

/// At a company, a goal on the 企业's own indicator is the company's, named once: `希望…华昌国际贸易
/// 公司2026年企业进出口额达到14亿美元` (张家港, review 52).
#[test]
fn a_company_s_goal_names_the_company_once() {
    let brief = "体裁: research-visit\n讲话人: 市长\n地区: 张家港市\n层级: 县级市\n调研单位: 张家港保税区华昌国际贸易有限公司\n会议: 张家港保税区外贸企业调研座谈会\n日期: 2026-04-16\n报告期: 2025年\n成绩:\n  - 主题: 对外贸易\n    数据: [{指标: 企业进出口额, 数值: 12.64, 单位: 亿美元, 增长: 9.4}]\n目标:\n  - {指标: 企业进出口额, 数值: 14, 单位: 亿美元}\n措施:\n  - 标题: 市场要拓宽\n    要点: [深耕东盟和中东市场]\n";
    for seed in 1..=3 {
        let md = piped(brief, seed);
        assert!(
            md.contains("希望张家港保税区华昌国际贸易公司2026年进出口额达到14亿美元。"),
            "seed {seed}:\n{md}"
        );
    }
}

/// A corridor's figure is the corridor's: `全区西部陆海新通道海铁联运班列11250列` made it the
/// region's (review 48; `Common::facilities`). An autonomous region's 全区 is the whole region and
/// it has no 区委 or 区政府.
#[test]
fn a_corridor_s_figure_is_not_the_whole_region_s() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/guangxi-region-conference.yaml", seed);
        assert!(md.contains("\n西部陆海新通道海铁联运班列11250列，增长12.9%；"), "seed {seed}:\n{md}");
        assert!(md.contains("全区"), "seed {seed}:\n{md}");
        assert!(!md.contains("区委") && !md.contains("区政府"), "seed {seed}:\n{md}");
    }
}

/// A record whose headline fell and more of whose figures fell than rose is under pressure, not
/// 有升有降: 东莞's 1—9月 (进出口 −4.2%, 出口 −6.8%, 实际使用外资 −15.7%; 进口 and 新设企业 up)
/// opened `主要指标有升有降` (review 48).
#[test]
fn a_record_mostly_down_is_said_to_be_under_pressure() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/dongguan-q3-trade-fall.yaml", seed);
        assert!(
            md.contains("2026年1—9月，东莞市外贸外资工作面临较大压力，主要指标多数回落。"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("有升有降"), "seed {seed}:\n{md}");
    }
}

/// A release on a visit: no meeting was held, so its goal is the visitor's (`会议提出，今年的目标
/// 任务是：到2027年…` named a meeting and dated a 2027 goal to this year, review 49), and the lead
/// names the visitor with the whole office the brief gives, though the meeting's name says 省长 alone;
/// what the visitor was told is not among what they saw.
#[test]
fn a_visit_s_goal_is_the_visitor_s_and_the_lead_gives_the_whole_office() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/henan-cbec-visit-news.yaml", seed);
        assert!(
            md.contains("李明远提出，力争到2027年全省跨境电商进出口交易额突破3000亿元。"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("会议") && !md.contains("今年的目标"), "seed {seed}:\n{md}");
        assert!(
            md.contains("10月14日，省委副书记、省长李明远到中国（郑州）跨境电子商务综合试验区调研。"),
            "seed {seed}:\n{md}"
        );
        // The headline keeps the meeting as written.
        assert!(md.starts_with("# 省长李明远到中国（郑州）"), "seed {seed}:\n{md}");
        // What the visitor saw follows the lead; what the province counts is told, after 据介绍.
        let lead = md.lines().find(|l| l.starts_with("10月14日")).unwrap_or("");
        assert!(lead.ends_with("详细了解通关监管、海外仓布局、企业经营等情况。"), "seed {seed}:\n{md}");
        assert!(
            md.contains("增长14.3%。全省跨境电商企业备案数量超过8000家，设立海外仓210个。"),
            "seed {seed}:\n{md}"
        );
    }
}

/// A speech carrying out a document is about what the document's title names: 武侯区's meeting on
/// the 市委's 《…关于更大力度吸引和利用外资的实施意见》 said 利用外资 in its parts and 对外开放 in
/// its opening, its record and its goals (review 49).
#[test]
fn a_document_carried_out_names_the_speech_s_work() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/wuhou-document-implementation.yaml", seed);
        for said in [
            "分析全区利用外资工作形势",
            "### （一）正确看待我区利用外资的良好基础",
            "全区利用外资工作的主要目标是：",
        ] {
            assert!(md.contains(said), "seed {seed}: {said}\n{md}");
        }
        assert!(!md.contains("对外开放工作"), "seed {seed}:\n{md}");
    }
}

/// A port's figure is the port's: `2025年，全市城陵矶港集装箱吞吐量118.6万标箱` (review 49); 港
/// is a facility word, but not inside 香港 or 港澳 (`Common::not_facilities`).
#[test]
fn a_port_s_figure_is_not_the_whole_city_s() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/yueyang-platform-article.yaml", seed);
        assert!(md.contains("2025年，城陵矶港集装箱吞吐量118.6万标箱，增长9.4%"), "seed {seed}:\n{md}");
        assert!(!md.contains("全市城陵矶港"), "seed {seed}:\n{md}");
    }
}

/// A figure typed with the word that bounds it is drafted with that word where the writer put it:
/// `增长8%以上` was refused in a brief and in `new` (review 53 A14), and a writer who typed `8` had
/// the draft promise exactly 8%. A percent sign and 下降 are taken in a brief as `new` takes them.
#[test]
fn a_bound_word_is_drafted_where_it_was_typed() {
    let brief = "地区: 芜湖市\n会议: 全市对外开放工作会议\n报告期: 2025年\n成绩:\n  - 主题: 利用外资\n    数据:\n      - {指标: 实际利用外资, 数值: 约12.3, 单位: 亿美元, 增长: 8.5%}\n      - {指标: 新签约亿元以上项目, 数值: 超100, 单位: 个, 增长: 下降3}\n目标:\n  - {指标: 实际利用外资, 增长: 8%以上}\n  - {指标: 货物进出口总额, 数值: 830以上, 单位: 亿元, 增长: 5%左右}\n  - {指标: 企业开办时间, 数值: 1左右, 单位: 个工作日}\n";
    for seed in 1..=3 {
        let md = piped(brief, seed);
        assert!(
            md.contains("全市实际利用外资约12.3亿美元，增长8.5%；新签约亿元以上项目超100个，下降3%。"),
            "seed {seed}:\n{md}"
        );
        assert!(
            md.contains("实际利用外资增长8%以上；货物进出口总额达到830亿元以上，增长5%左右；企业开办时间缩短至1个工作日左右"),
            "seed {seed}:\n{md}"
        );
    }
}

/// At a company, a goal of the place's backing (`支持企业三期扩建项目年内开工`) is the leadership's
/// to say, not hoped of the company: `希望施耐格…公司支持企业三期扩建项目年内开工` asked the company to
/// back itself (review 55). A demand whose doer comes after what it is about says 要 before the doer
/// (`要对…问题，由区发改委牵头` had 要 without its verb), and a problem that a measure answers in the
/// writer's own words (三期, 用地, 用能) is not told to have no measure.
#[test]
fn a_visit_s_backing_goal_is_the_leadership_s() {
    for seed in 1..=3 {
        let (md, err) = embedded("tests/fixtures/briefs/wujiang-company-visit.yaml", seed);
        assert!(md.contains("\n区委区政府将支持企业三期扩建项目年内开工。\n"), "seed {seed}:\n{md}");
        assert!(!md.contains("公司支持企业"), "seed {seed}:\n{md}");
        assert!(
            md.contains("对企业提出的三期用地、用能问题，要由区发改委、自然资源和规划分局牵头专题研究。"),
            "seed {seed}:\n{md}"
        );
        assert!(!err.contains("没有一项措施回应"), "seed {seed}:\n{err}");
    }
}

/// An event's release: the party secretary who attended leads it, before the speaker (he came
/// last, after the presider, with no place named, at a 推介会 held in 深圳: review 55); what the
/// place is (`浏阳经开区…规模工业总产值…`) is the speaker's account, not a thing signed there, and
/// what he does next is what he also told.
#[test]
fn an_event_s_release_puts_the_secretary_first() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/liuyang-promotion-news.yaml", seed);
        assert!(
            md.contains("举行。浏阳市委书记刘晓光，市委副书记、市长周立明出席推介会，周立明致辞。\n"),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("主持。深圳市湖南商会会长李国强出席推介会。"), "seed {seed}:\n{md}");
        assert!(
            md.contains("等项目现场签约。周立明在致辞中介绍，浏阳经开区、浏阳高新区2025年规模工业总产值"),
            "seed {seed}:\n{md}"
        );
        assert!(md.contains("\n周立明还介绍，下一步，浏阳市将重点抓好以下几项工作："), "seed {seed}:\n{md}");
    }
}

/// A part-year speech's goal that is itself a commitment says who makes it: `确保全年外贸进出口
/// 降幅收窄…` stood under 目标任务 with no subject (review 55). Figures with no period to date them
/// are told: an article printed `近年来，…全州外贸进出口总额312.6亿元，增长10.8%` of no year.
#[test]
fn a_mid_year_commitment_has_its_subject_and_undated_figures_are_told() {
    let midyear = "地区: 东莞市\n会议: 全市稳外贸稳外资工作调度会\n报告期: 1—6月\n成绩:\n  - 主题: 对外贸易\n    数据: [{指标: 外贸进出口总额, 数值: 6380.2, 单位: 亿元, 增长: -5.6}]\n目标:\n  - {内容: 确保全年外贸进出口降幅收窄、实际使用外资完成年度目标}\n措施:\n  - 标题: 稳住重点外贸企业\n    要点: [对进出口前100位企业实行市领导挂点联系]\n";
    let article = "体裁: signed-article\n地区: 延边朝鲜族自治州\n会议: 署名文章\n成绩:\n  - 主题: 对外贸易\n    数据: [{指标: 外贸进出口总额, 数值: 312.6, 单位: 亿元, 增长: 10.8}]\n措施:\n  - 标题: 畅通对外通道\n    要点: [推动珲春口岸扩容]\n";
    for seed in 1..=3 {
        let (md, err) = embedded_yaml(midyear, seed);
        assert!(
            md.contains("\n全市要确保全年外贸进出口降幅收窄、实际使用外资完成年度目标。\n"),
            "seed {seed}:\n{md}"
        );
        assert!(!err.contains("没有写报告期"), "seed {seed}:\n{err}");
        let (_, err) = embedded_yaml(article, seed);
        assert!(err.contains("提纲没有写报告期（period，报告期）：成绩里的 1 项数据"), "seed {seed}:\n{err}");
    }
}

/// Review 57, the place and the work as a meeting names them: a zone by its kind alone (`2026年
/// 高新区招商引资…工作会议` of 襄阳高新技术产业开发区) read `襄阳高新区高新区招商引资…工作`; a
/// roundtable of foreign firms (`外资企业圆桌会议`) made `全市外资企业圆桌工作`; an office visited
/// with no work named (`区市场监管局调研座谈会`) was made to speak of `全区对外开放工作`.
#[test]
fn a_meeting_s_own_words_are_not_its_work() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/xiangyang-hitech-conference.yaml", seed);
        assert!(
            md.contains("下面我就2026年襄阳高新区招商引资和对外开放工作讲几点意见。"),
            "seed {seed}:\n{md}"
        );
        assert!(!md.contains("区高新区"), "seed {seed}:\n{md}");
        let (md, _) = embedded("tests/fixtures/briefs/zhengzhou-roundtable-news.yaml", seed);
        assert!(md.contains("全市利用外资工作的主要目标是：实际使用外资增长8%以上。"), "seed {seed}:\n{md}");
        assert!(!md.contains("圆桌工作") && !md.contains("会议回顾总结"), "seed {seed}:\n{md}");
        let (md, _) = embedded("tests/fixtures/briefs/jingan-office-visit.yaml", seed);
        assert!(md.contains("今天，我们到区市场监管局调研。"), "seed {seed}:\n{md}");
        assert!(md.contains("相比，区市场监管局的工作还有不小差距："), "seed {seed}:\n{md}");
        assert!(md.contains("2026年，区市场监管局的主要目标是："), "seed {seed}:\n{md}");
        assert!(md.contains("第五，队伍要更过硬。要充实基层市场监管所力量"), "seed {seed}:\n{md}");
        assert!(!md.contains("对外开放工作"), "seed {seed}:\n{md}");
    }
}

/// Review 57: a zone's figure is the zone's (`全盟二连浩特重点开发开放试验区规模以上工业增加值`
/// made one zone's output the whole league's); `约` links a figure to its name itself (`审批用时为
/// 约40个工作日`); a speech on 营商环境 gives no lead to the 商务局 (`县商务局要牵头做好政策的梳理
/// 和解读`, a seed's sentence on 对外开放).
#[test]
fn a_zone_s_figure_a_bound_value_and_who_leads_on_business_climate() {
    for seed in 1..=3 {
        let (md, _) = embedded("tests/fixtures/briefs/xilingol-port-conference.yaml", seed);
        assert!(
            md.contains("\n二连浩特重点开发开放试验区规模以上工业增加值31.5亿元，增长8%以上。"),
            "seed {seed}:\n{md}"
        );
        let (md, _) = embedded("tests/fixtures/briefs/changxing-business-implementation.yaml", seed);
        assert!(md.contains("工业项目审批用时约40个工作日"), "seed {seed}:\n{md}");
        assert!(!md.contains("商务局要牵头"), "seed {seed}:\n{md}");
    }
}

/// A point that says no more than the heading drawn over it is not said twice: a stock sentence
/// ticked in `new` (持续优化营商环境。) under the heading drawn for 营商环境 read `一是持续优化营商
/// 环境。持续优化营商环境。` (review 58).
#[test]
fn a_point_equal_to_its_heading_is_said_once() {
    let brief = "地区: 芜湖市\n会议: 全市对外开放工作会议\n措施:\n  - 主题: 营商环境\n    要点: [持续优化营商环境。, 推行涉企审批“一网通办”]\n";
    for seed in 1..=5 {
        let md = piped(brief, seed);
        assert!(!md.contains("持续优化营商环境。持续优化营商环境。"), "seed {seed}:\n{md}");
        assert!(md.contains("推行涉企审批“一网通办”。"), "seed {seed}:\n{md}");
    }
}

/// A visit's release: a visit named by the visitor's title alone (`省长调研郑州新郑综合保税区`) or by
/// where it goes, in either order, leads `…李建华到郑州新郑综合保税区调研。`; it read `…到郑州新郑
/// 综合保税区省长调研郑州新郑综合保税区。` (review 59).
#[test]
fn a_visit_named_by_title_and_place_leads_once() {
    let fixture = std::fs::read_to_string("tests/fixtures/briefs/henan-zone-visit-news.yaml").unwrap();
    for meeting in ["省长调研郑州新郑综合保税区", "调研郑州新郑综合保税区", "郑州新郑综合保税区调研"]
    {
        let brief = fixture.replace("meeting: 省长调研郑州新郑综合保税区", &format!("meeting: {meeting}"));
        for seed in 1..=2 {
            let (md, _) = embedded_yaml(&brief, seed);
            assert!(
                md.contains("日，省委副书记、省长李建华到郑州新郑综合保税区调研。"),
                "{meeting} seed {seed}:\n{md}"
            );
        }
    }
}

//! `jianggao check`: run the binary on fixtures as a writer would and read what it says.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const FIXTURES: &str = "tests/fixtures/check";

fn jianggao() -> Command {
    Command::cargo_bin("jianggao").unwrap()
}

/// Runs `check --json` with `args`; returns the exit code and the findings as (rule, line, col).
fn check_json(args: &[&str]) -> (i32, Vec<(String, u64, u64)>, Vec<Value>) {
    let out = jianggao().arg("check").arg("--json").args(args).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let findings: Vec<Value> = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"));
    let keys = findings
        .iter()
        .map(|f| {
            (f["rule"].as_str().unwrap().to_string(), f["line"].as_u64().unwrap(), f["col"].as_u64().unwrap())
        })
        .collect();
    (out.status.code().unwrap(), keys, findings)
}

fn fixture(name: &str) -> String {
    format!("{FIXTURES}/{name}")
}

#[test]
fn one_planted_defect_per_rule_each_found_at_its_line_and_nothing_else() {
    let (code, found, all) = check_json(&[&fixture("defects.md"), "--brief", &fixture("defects.yaml")]);
    assert_eq!(code, 1);
    let expected = [
        ("length", 0, 0),        // 290 字 against a 3,500 字 target
        ("figure", 13, 7),       // 368亿元, the brief says 386
        ("placeholder", 17, 12), // xx个
        ("numbering", 19, 4),    // 三、 after 一、
        ("punctuation", 23, 10), // half-width comma
        ("repeat", 29, 1),       // the sentence of line 25 again
    ];
    let expected: Vec<(String, u64, u64)> = expected.iter().map(|&(r, l, c)| (r.to_string(), l, c)).collect();
    assert_eq!(found, expected, "{all:#?}");
    // Every finding has a Chinese message and a suggestion.
    for f in &all {
        let keys: Vec<&String> = f.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["col", "line", "message", "rule", "suggestion"]);
        assert!(
            f["message"].as_str().unwrap().chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{f}"
        );
        assert!(!f["suggestion"].as_str().unwrap().is_empty());
    }
    let figure = &all[1];
    assert!(figure["message"].as_str().unwrap().contains("386亿元"), "{figure}");
}

#[test]
fn without_a_brief_figure_and_length_are_not_checked() {
    let (code, found, _) = check_json(&[&fixture("defects.md")]);
    assert_eq!(code, 1);
    let rules: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(rules, ["placeholder", "numbering", "punctuation", "repeat"]);
}

#[test]
fn a_clean_draft_exits_zero_with_and_without_its_brief() {
    let out = jianggao().args(["check", &fixture("clean.md")]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout, format!("{}：未发现问题。全文 1208 字，约 5.3 分钟\n", fixture("clean.md")));
    let (code, found, _) = check_json(&[&fixture("clean.md"), "--brief", &fixture("clean.yaml")]);
    assert_eq!((code, found), (0, vec![]));
}

#[test]
fn human_output_names_file_line_col_rule_and_suggestion() {
    let out = jianggao()
        .args(["check", &fixture("defects.md"), "--brief", &fixture("defects.yaml")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let file = fixture("defects.md");
    assert!(
        stdout.contains(&format!("{file}:23:10: [punctuation] 中文里用了半角“,”\n    建议：改为全角“，”\n")),
        "{stdout}"
    );
    assert!(stdout.contains(&format!("{file}: [length] 篇幅偏短：全文 290 字，约 1.3 分钟")), "{stdout}");
    assert!(
        stdout.ends_with(
            "6 处问题（placeholder 1，numbering 1，repeat 1，punctuation 1，figure 1，length 1）。全文 290 字，约 1.3 分钟\n"
        ),
        "{stdout}"
    );
}

#[test]
fn every_kind_of_placeholder_is_reported_once() {
    let (code, found, all) = check_json(&[&fixture("placeholders.md")]);
    assert_eq!(code, 1);
    let lines: Vec<(u64, u64)> = found.iter().map(|f| (f.1, f.2)).collect();
    // xx亿美元 and xx% on line 5; **同志; 某某县; {{locality}}; &amp;. The **emphasis** of line 15 is Markdown.
    assert_eq!(lines, [(5, 9), (5, 17), (7, 4), (9, 1), (11, 1), (13, 3)], "{all:#?}");
    assert!(found.iter().all(|f| f.0 == "placeholder"));
}

/// The half-width marks `--fix` may change, and what it may change them to.
fn fixable(old: char, new: char) -> bool {
    matches!(
        (old, new),
        (',', '，')
            | ('.', '。')
            | (';', '；')
            | (':', '：')
            | ('?', '？')
            | ('!', '！')
            | ('(', '（')
            | (')', '）')
            | ('"', '“')
            | ('"', '”')
    )
}

#[test]
fn fix_changes_nothing_but_punctuation_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("讲话.txt");
    let original = std::fs::read_to_string(fixture("punctuation.txt")).unwrap();
    std::fs::write(&path, &original).unwrap();

    let out = jianggao().arg("check").arg("--fix").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8(out.stderr).unwrap().contains("已修正 17 处标点"));
    assert_eq!(std::fs::read_to_string(dir.path().join("讲话.txt.bak")).unwrap(), original);

    let fixed = std::fs::read_to_string(&path).unwrap();
    // Line by line, character by character: the only differences are half-width → full-width
    // marks, and `...` → `……`.
    let (a, b) = (original.replace("...", "…"), fixed.replace("……", "…"));
    assert_eq!(a.lines().count(), b.lines().count());
    let mut changed = 0;
    for (la, lb) in a.lines().zip(b.lines()) {
        let (ca, cb): (Vec<char>, Vec<char>) = (la.chars().collect(), lb.chars().collect());
        assert_eq!(ca.len(), cb.len(), "{la}\n{lb}");
        for (x, y) in ca.iter().zip(&cb) {
            if x != y {
                assert!(fixable(*x, *y) || (*x, *y) == ('…', '…'), "{x} → {y} in {lb}");
                changed += 1;
            }
        }
    }
    assert_eq!(changed, 16, "{fixed}"); // 17 fixes, the ellipsis counted once above
    // Numbers, the time, the URL and the English sentence are untouched.
    for kept in
        ["420.6亿元", "1,200家", "9:30", "https://www.mofcom.gov.cn/article/a.html", "growth, and we agree."]
    {
        assert!(fixed.contains(kept), "{kept}");
    }
    assert!(fixed.contains("“压舱石”！") && fixed.contains("（一）稳住外贸基本盘"), "{fixed}");

    // Nothing left to fix: a second run changes nothing.
    let out = jianggao().arg("check").arg("--fix").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);

    // A new slip with the backup still there: the backup (the writer's only copy of the original)
    // is not replaced without --force, and the text is left as it is.
    let slipped = fixed.replacen('，', ",", 1);
    std::fs::write(&path, &slipped).unwrap();
    let out = jianggao().arg("check").arg("--fix").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("讲话.txt.bak 已存在，不会覆盖") && err.contains("--force"), "{err}");
    assert_eq!(std::fs::read_to_string(dir.path().join("讲话.txt.bak")).unwrap(), original);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), slipped);
    let out = jianggao().args(["check", "--fix", "--force"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(std::fs::read_to_string(dir.path().join("讲话.txt.bak")).unwrap(), slipped);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), fixed);
}

#[test]
fn fix_leaves_other_findings_and_exits_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("defects.md");
    std::fs::copy(fixture("defects.md"), &path).unwrap();
    let (code, found, _) = check_json(&["--fix", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let rules: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(rules, ["placeholder", "numbering", "repeat"]);
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.contains("我们要优化营商环境，提高政务服务效率。"));
}

#[test]
fn gbk_input_is_read_and_fixed_in_gbk() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("旧稿.txt");
    let text = "在全市对外开放工作会议上的讲话\n\n　　同志们：\n　　全市实际利用外资12.3亿美元,增长8.5%。\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    assert!(std::str::from_utf8(&gbk).is_err());
    std::fs::write(&path, &gbk).unwrap();

    let (code, found, all) = check_json(&[path.to_str().unwrap()]);
    assert_eq!((code, found), (1, vec![("punctuation".to_string(), 4, 18)]), "{all:#?}");

    jianggao().arg("check").arg("--fix").arg(&path).assert().code(0);
    let bytes = std::fs::read(&path).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "still GBK");
    let (decoded, _, _) = encoding_rs::GBK.decode(&bytes);
    assert_eq!(decoded, text.replace(',', "，"));
}

#[test]
fn errors_exit_two_with_a_chinese_message() {
    let out = jianggao().args(["check", "没有这个文件.md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("不存在"));

    let dir = tempfile::tempdir().unwrap();
    let brief = dir.path().join("brief.yaml");
    std::fs::write(&brief, "locality: 柳州市\nmeeting: 会\nlength: 很长\n").unwrap();
    let out = jianggao().args(["check", &fixture("clean.md"), "--brief"]).arg(&brief).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("brief.yaml:3"), "{err}");
}

#[test]
fn the_seeds_are_checked_without_error() {
    let seeds = Path::new("corpus/seeds");
    let mut total = 0;
    for entry in std::fs::read_dir(seeds).unwrap() {
        let path = entry.unwrap().path();
        let (code, found, _) = check_json(&[path.to_str().unwrap()]);
        assert_eq!(
            code,
            1,
            "{}: the seeds are scraped text, full of masks and half-width marks",
            path.display()
        );
        total += found.len();
    }
    assert!(total > 100);
    // 004 is masked throughout: 实际利用外资xx亿美元 …
    let (_, found, _) = check_json(&["corpus/seeds/004_40468710472191ce.txt"]);
    assert!(found.iter().filter(|f| f.0 == "placeholder").count() > 100);
}

#[test]
fn explain_notes_are_not_speech_text() {
    // `draft --explain` writes `> 来源：…` after a paragraph; they may repeat and use half-width marks.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("explained.md");
    let clean = std::fs::read_to_string(fixture("clean.md")).unwrap();
    let explained = clean.replace("。\n", "。\n> 来源：phrase opening.01 (seed 000, line 3)\n");
    assert!(explained.matches("> 来源").count() > 10);
    std::fs::write(&path, explained).unwrap();
    let (code, found, _) = check_json(&[path.to_str().unwrap()]);
    assert_eq!((code, found), (0, vec![]));
}

/// Drafts `brief` with `seed` in `format` into `dir`; returns the file.
fn generated(dir: &Path, brief: &str, seed: u32, format: &str) -> std::path::PathBuf {
    let stem = Path::new(brief).file_stem().unwrap().to_str().unwrap();
    let out = dir.join(format!("{stem}-{seed}.{format}"));
    jianggao()
        .args(["draft", brief, "--seed", &seed.to_string(), "-f", format, "-o"])
        .arg(&out)
        .assert()
        .success();
    out
}

#[test]
fn generated_drafts_are_clean() {
    let dir = tempfile::tempdir().unwrap();
    for brief in ["examples/work-conference.yaml", "examples/liuzhou.yaml"] {
        for seed in 1..=4 {
            for format in ["md", "txt"] {
                let draft = generated(dir.path(), brief, seed, format);
                let path = draft.to_str().unwrap();
                let (code, found, all) = check_json(&[path]);
                assert_eq!((code, &found), (0, &vec![]), "{path}: {all:#?}");
                // With the brief: every figure present and equal; length within ±15%, or short
                // because the brief is thin — and then `draft` said so, with what to add.
                let (_, found, all) = check_json(&[path, "--brief", brief]);
                let other: Vec<_> = found.iter().filter(|f| f.0 != "length").collect();
                assert!(other.is_empty(), "{path} --brief: {all:#?}");
                if found.iter().any(|f| f.0 == "length") {
                    let out =
                        jianggao().args(["draft", brief, "--seed", &seed.to_string()]).output().unwrap();
                    let told = String::from_utf8_lossy(&out.stderr);
                    assert!(told.contains("篇幅：") && told.contains("可以："), "{path}: {told}");
                }
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn fix_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("稿.md");
    std::fs::write(&path, "# 题\n\n我们要抓项目,稳外贸。\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    jianggao().arg("check").arg("--fix").arg(&path).assert().code(0);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "# 题\n\n我们要抓项目，稳外贸。\n");
    for p in [path.clone(), dir.path().join("稿.md.bak")] {
        assert_eq!(std::fs::metadata(&p).unwrap().permissions().mode() & 0o777, 0o644, "{}", p.display());
    }
}

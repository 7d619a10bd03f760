//! `jianggao fill`: listing placeholders, filling from an answers file, keeping every other byte.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::util::jianggao;

fn seed(n: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
    std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(n))
        .unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fill").join(name)
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Seed 004 masks every figure with `xx` and nothing else: 134 of them, counted with
/// `grep -o 'xx' 004_*.txt | wc -l` and by reading the file (no `*`, `某某`, `××` or `ｘｘ`; the only
/// other `x` is the single one in the site's URL `rulaixiezuo`).
const SEED_004_MASKS: usize = 134;

#[test]
fn list_finds_every_mask_of_seed_004() {
    let out = stdout(jianggao().arg("fill").arg(seed("004")).arg("--list"));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), SEED_004_MASKS + 1, "{out}");
    assert!(lines.last().unwrap().ends_with(&format!("共 {SEED_004_MASKS} 处占位符")));
    // Numbered in order, with position, kind and clause.
    assert!(
        lines[0].contains("   1  4:16")
            && lines[0].contains("年份")
            && lines[0].contains("下面我对【xx】年全市")
    );
    assert!(out.contains("全市实际利用外资【xx】亿美元") && out.contains("完成目标的【xx】%"));
    assert!(out.contains("数字") && out.contains("百分比") && out.contains("日期") && out.contains("地名"));
    // The e-mail address and URLs of the site boilerplate are not masks.
    assert!(!out.contains("qq.com") && !out.contains("rulai"));
}

#[test]
fn list_finds_nothing_in_seed_002_and_the_masks_of_the_others() {
    let out = stdout(jianggao().arg("fill").arg(seed("002")).arg("--list"));
    assert_eq!(out.lines().count(), 1);
    assert!(out.contains("没有占位符"), "{out}");
    // 000: 25 `**`, 2 `***`, and the compounds `*+*`, `*.*`, `**.*` ×2.
    for (n, count) in [("000", 31), ("001", 13), ("003", 5)] {
        let out = stdout(jianggao().arg("fill").arg(seed(n)).arg("--list"));
        assert!(out.ends_with(&format!("共 {count} 处占位符\n")), "{n}: {out}");
    }
}

#[test]
fn json_lists_the_same_placeholders() {
    let out = stdout(jianggao().arg("fill").arg(seed("004")).arg("--json"));
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["count"], SEED_004_MASKS);
    let first = &v["placeholders"][0];
    assert_eq!(first["number"], 1);
    assert_eq!((first["line"].as_u64(), first["col"].as_u64()), (Some(4), Some(16)));
    assert_eq!(first["token"], "xx");
    assert_eq!(first["kind"], "year");
    assert_eq!(first["clause"]["before"], "下面我对");
    let v: serde_json::Value =
        serde_json::from_str(&stdout(jianggao().arg("fill").arg(seed("002")).arg("--json"))).unwrap();
    assert_eq!(v["count"], 0);
}

/// An answer for each placeholder of 004 that passes its kind's check.
fn answers_for_004() -> (String, Vec<String>) {
    let v: serde_json::Value =
        serde_json::from_str(&stdout(jianggao().arg("fill").arg(seed("004")).arg("--json"))).unwrap();
    let mut yaml = String::new();
    let mut values = Vec::new();
    for p in v["placeholders"].as_array().unwrap() {
        let n = p["number"].as_u64().unwrap();
        let value = match p["kind"].as_str().unwrap() {
            "year" => "2025".to_string(),
            "date" => format!("{}", n % 12 + 1),
            "figure" | "percent" => format!("{n}.5"),
            _ => format!("甲{n}"),
        };
        yaml.push_str(&format!("{n}: '{value}'\n"));
        values.push(value);
    }
    (yaml, values)
}

#[test]
fn answers_fill_seed_004_and_change_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read_to_string(seed("004")).unwrap();
    let (yaml, values) = answers_for_004();
    let answers = dir.path().join("answers.yaml");
    std::fs::write(&answers, yaml).unwrap();
    let out = dir.path().join("filled.txt");
    jianggao()
        .arg("fill")
        .arg(seed("004"))
        .arg("--answers")
        .arg(&answers)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let filled = std::fs::read_to_string(&out).unwrap();
    assert!(!filled.contains("xx"), "a mask is left");
    // Walk both texts: outside the masks they are identical, and each mask became its answer.
    let mut rest = filled.as_str();
    let mut pieces = original.split("xx");
    let first = pieces.next().unwrap();
    rest = rest.strip_prefix(first).expect("text before the first mask kept");
    for (value, piece) in values.iter().zip(pieces) {
        rest = rest.strip_prefix(value.as_str()).unwrap_or_else(|| panic!("answer {value} not in place"));
        rest = rest.strip_prefix(piece).expect("text between masks kept byte for byte");
    }
    assert_eq!(rest, "");
    // Running it again refuses to overwrite without --force.
    let again = jianggao()
        .arg("fill")
        .arg(seed("004"))
        .arg("--answers")
        .arg(&answers)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("已存在"));
}

#[test]
fn crlf_and_spaces_are_kept_and_unfilled_masks_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::write(&answers, "1: 12.30\n2: -3.2\n4: 柘城\n").unwrap();
    let out =
        jianggao().arg("fill").arg(fixture("crlf.txt")).arg("--answers").arg(&answers).output().unwrap();
    assert!(out.status.success());
    assert_eq!(
        out.stdout,
        "同志们：\r\n全市实际利用外资12.30亿美元，下降3.2%。\r\n  **同志强调，要抓好柘城县的项目。\r\n"
            .as_bytes()
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("未填写 1 处") && err.contains("【**】同志强调"), "{err}");
}

#[test]
fn gbk_file_comes_back_gbk() {
    let dir = tempfile::tempdir().unwrap();
    let text = "同志们：\r\n全市实际利用外资xx亿美元，增长xx%，xx县位居第一。\r\n";
    let (gbk, _, _) = encoding_rs::GBK.encode(text);
    let file = dir.path().join("讲稿.txt");
    std::fs::write(&file, &gbk).unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::write(&answers, "1: 12.3\n2: 8.5\n3: 柘城\n").unwrap();
    jianggao().arg("fill").arg(&file).arg("--answers").arg(&answers).arg("--in-place").assert().success();
    let bytes = std::fs::read(&file).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "written back as UTF-8");
    let (decoded, _, bad) = encoding_rs::GBK.decode(&bytes);
    assert!(!bad);
    assert_eq!(decoded, "同志们：\r\n全市实际利用外资12.3亿美元，增长8.5%，柘城县位居第一。\r\n");
    // The original is kept as .bak, byte for byte; a second --in-place needs --force for the .bak.
    assert_eq!(std::fs::read(dir.path().join("讲稿.txt.bak")).unwrap(), gbk.as_ref());
    let again =
        jianggao().arg("fill").arg(&file).arg("--answers").arg(&answers).arg("--in-place").output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    // Piped to another file, it stays GBK too (on a terminal's screen it is UTF-8: `tests/pty.rs`).
    let piped =
        jianggao().arg("fill").arg(dir.path().join("讲稿.txt.bak")).arg("--answers").arg(&answers).output();
    let piped = piped.unwrap().stdout;
    assert_eq!(
        encoding_rs::GBK.decode(&piped).0,
        "同志们：\r\n全市实际利用外资12.3亿美元，增长8.5%，柘城县位居第一。\r\n"
    );
}

#[test]
fn bad_answers_are_reported_with_file_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::write(&answers, "1: 很多\n").unwrap();
    let out =
        jianggao().arg("fill").arg(fixture("crlf.txt")).arg("--answers").arg(&answers).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("a.yaml") && err.contains("不是数字") && err.contains("实际利用外资【xx】亿美元"),
        "{err}"
    );
}

/// An answer with a control character (`"\u001b[2J\u0000张\u0007三"`) is refused: written into a
/// .docx it made document.xml ill-formed, and Word refuses such a file (a helper's sweep: exit 0,
/// `已填写 1 处`). Nothing is written.
#[test]
fn an_answer_with_a_control_character_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("s.docx");
    std::fs::write(&doc, crate::util::docx_of(&["市长张xx出席会议。"])).unwrap();
    let answers = dir.path().join("a.yaml");
    std::fs::write(&answers, "1: \"\\u001b[2J\\u0000张\\u0007三\"\n").unwrap();
    let out = jianggao().arg("fill").arg(&doc).arg("--answers").arg(&answers).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("含有控制字符 U+001B"), "{err}");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

/// `-o` names a file of the input's kind: a .docx filled into `-o x.md` was a zip named .md, a
/// .md filled into `-o x.docx` a text Word calls damaged (a helper's sweep). Nothing is written.
#[test]
fn fill_writes_no_file_of_another_kind_than_its_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.docx"), crate::util::docx_of(&["实际利用外资xx亿美元。"])).unwrap();
    std::fs::write(dir.path().join("s.md"), "实际利用外资xx亿美元。\n").unwrap();
    std::fs::write(dir.path().join("a.yaml"), "1: 12.3\n").unwrap();
    for (input, output, says) in [("s.docx", "x.md", "是Word 文档"), ("s.md", "x.docx", "是文本")] {
        let out = jianggao()
            .current_dir(dir.path())
            .args(["fill", input, "--answers", "a.yaml", "-o", output])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(says) && err.contains("不能写成"), "{err}");
        assert!(!dir.path().join(output).exists());
    }
}

/// An answers file that gives one placeholder twice is refused at the second: the last answer
/// silently won (a helper's sweep).
#[test]
fn an_answer_given_twice_is_refused_where_it_is_repeated() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.md"), "实际利用外资xx亿美元，增长xx%。\n").unwrap();
    std::fs::write(dir.path().join("a.yaml"), "1: 12.3\n2: 8\n1: 15.0\n").unwrap();
    let out =
        jianggao().current_dir(dir.path()).args(["fill", "s.md", "--answers", "a.yaml"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("a.yaml:3:1：`1` 写了两次"), "{err}");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    // `"1":` is the same placeholder as `1:` (a quoted key was refused as “文字”), so the two
    // together are one answer given twice; and a repeated null key is placed too (it was at 1:1).
    for (answers, says) in [
        ("\"1\": 12.3\n2: 8\n", None),
        ("1: 12.3\n2: 8\n\"1\": 15.0\n", Some("a.yaml:3:1：字段 `1`：第 1 处占位符的回答写了两次")),
        ("~: 1\n2: 8\n~: 2\n", Some("a.yaml:3:1：`~` 写了两次")),
    ] {
        std::fs::write(dir.path().join("a.yaml"), answers).unwrap();
        let out = jianggao()
            .current_dir(dir.path())
            .args(["fill", "s.md", "--answers", "a.yaml"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        match says {
            None => assert_eq!(
                String::from_utf8_lossy(&out.stdout),
                "实际利用外资12.3亿美元，增长8%。\n",
                "{err}"
            ),
            Some(says) => {
                assert_eq!(out.status.code(), Some(2), "{err}");
                assert!(err.contains(says), "{answers:?}: {err}");
            }
        }
    }
}

#[test]
fn no_terminal_and_no_answers_exits_2() {
    let out = jianggao().arg("fill").arg(fixture("crlf.txt")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--answers"));
}

#[test]
fn an_existing_output_is_refused_before_any_question() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.txt");
    std::fs::write(&out, "别动我").unwrap();
    // Without --answers this would be an interactive session: it must not start.
    let res = jianggao().arg("fill").arg(fixture("crlf.txt")).arg("-o").arg(&out).output().unwrap();
    assert_eq!(res.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&res.stderr).contains("已存在"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "别动我");
}

/// `-o` naming the draft itself, or the answers file, is refused even with --force: it replaced
/// the file, with no .bak (fuzz run 25). `--in-place` is the way to rewrite the draft.
#[test]
fn fill_never_writes_over_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("t.md"), "同志们：今年完成xx亿元。\n").unwrap();
    std::fs::write(dir.path().join("a.yaml"), "1: 12.3\n").unwrap();
    for (output, says) in [("./t.md", "就是输入的文稿"), ("a.yaml", "就是输入的回答文件")] {
        let out = jianggao()
            .current_dir(dir.path())
            .args(["fill", "t.md", "--answers", "a.yaml", "-o", output, "--force"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(says), "{err}");
    }
    assert_eq!(std::fs::read_to_string(dir.path().join("t.md")).unwrap(), "同志们：今年完成xx亿元。\n");
    assert_eq!(std::fs::read_to_string(dir.path().join("a.yaml")).unwrap(), "1: 12.3\n");
}

/// A document reached through a link is changed where it is: `--in-place` through a symbolic
/// link, and `check --fix` through a hard link, each put a new file at the link and left the
/// writer's document as it was (fuzz 26).
#[cfg(unix)]
#[test]
fn a_document_behind_a_link_is_changed_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("real")).unwrap();
    std::fs::write(dir.path().join("real/t.md"), "同志们：今年完成xx亿元。\n").unwrap();
    std::os::unix::fs::symlink("real/t.md", dir.path().join("link.md")).unwrap();
    std::fs::write(dir.path().join("a.yaml"), "1: 12.3\n").unwrap();
    let out = jianggao()
        .current_dir(dir.path())
        .args(["fill", "link.md", "--answers", "a.yaml", "--in-place"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("real/t.md")).unwrap(),
        "同志们：今年完成12.3亿元。\n"
    );
    assert!(std::fs::symlink_metadata(dir.path().join("link.md")).unwrap().file_type().is_symlink());

    std::fs::write(dir.path().join("real/c.md"), "今年完成12亿元,增长5%。\n").unwrap();
    std::fs::hard_link(dir.path().join("real/c.md"), dir.path().join("hard.md")).unwrap();
    let out = jianggao().current_dir(dir.path()).args(["check", "hard.md", "--fix"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let fixed = std::fs::read_to_string(dir.path().join("real/c.md")).unwrap();
    assert_eq!(fixed, "今年完成12亿元，增长5%。\n");
    assert_eq!(std::fs::read_to_string(dir.path().join("hard.md")).unwrap(), fixed);
}

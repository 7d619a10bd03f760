//! `jianggao phrases`: browsing the embedded phrasebank and a writer's own.

use crate::util::jianggao;

fn lines(out: &std::process::Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn filters_by_section_role_topic_and_text() {
    let out =
        jianggao().args(["phrases", "--section", "problems", "--role", "point", "--json"]).output().unwrap();
    assert!(out.status.success());
    let ps = lines(&out);
    assert!(!ps.is_empty());
    assert!(ps.iter().all(|p| p["section"] == "problems" && p["role"] == "point"));

    let out =
        jianggao().args(["phrases", "--topic", "营商环境", "--grep", "营商环境", "--json"]).output().unwrap();
    let ps = lines(&out);
    assert!(!ps.is_empty());
    assert!(ps.iter().all(|p| p["topics"].as_array().unwrap().iter().any(|t| t == "营商环境")));
    assert!(ps.iter().all(|p| p["text"].as_str().unwrap().contains("营商环境")));

    // Chinese section names work too, and --limit limits.
    let out = jianggao().args(["phrases", "--section", "结尾", "--limit", "2", "--json"]).output().unwrap();
    let ps = lines(&out);
    assert_eq!(ps.len(), 2);
    assert!(ps.iter().all(|p| p["section"] == "closing"));
}

#[test]
fn text_listing_shows_id_section_role_and_source() {
    let out = jianggao().args(["phrases", "--section", "closing", "--role", "call"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("p-") && first.contains("closing/call") && first.contains(".txt:"), "{first}");
}

#[test]
fn unknown_filters_are_exit_2_with_a_hint() {
    let out = jianggao().args(["phrases", "--section", "ending"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("没有这个部分") && err.contains("closing"), "{err}");
    let out = jianggao().args(["phrases", "--topic", "不存在的主题"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("招商引资"));
}

/// A phrase of a writer's own, as a phrasebank folder's `closing.yaml` holds it.
const OWN_CLOSING: &str = "- id: my-1\n  section: closing\n  role: call\n  text: 让我们撸起袖子加油干！\n  generic: true\n  source: {doc: mine.txt, line: 1}\n";

/// `phrases --grep 撸起袖子 --json` with the phrasebank folder `dir`.
fn own_phrase_found(dir: &std::path::Path) -> std::process::Output {
    jianggao().args(["phrases", "--grep", "撸起袖子", "--json", "--phrasebank"]).arg(dir).output().unwrap()
}

#[test]
fn a_writers_folder_extends_the_phrasebank() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("closing.yaml"), OWN_CLOSING).unwrap();
    let out = own_phrase_found(tmp.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ps = lines(&out);
    assert_eq!(ps.len(), 1);
    assert_eq!(ps[0]["id"], "my-1");
}

#[test]
fn a_seeded_sample_is_repeatable_and_drawn_from_the_filtered_phrases() {
    let draw = |seed: &str| {
        let out = jianggao()
            .args(["phrases", "--generic", "--sample", "20", "--seed", seed, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success());
        lines(&out)
    };
    let a = draw("7");
    assert_eq!(a.len(), 20);
    assert!(a.iter().all(|p| p["generic"] == true));
    assert_eq!(a, draw("7"), "same seed, same draw");
    assert_ne!(a, draw("8"), "another seed, another draw");
    let mut ids: Vec<&str> = a.iter().map(|p| p["id"].as_str().unwrap()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 20, "no phrase drawn twice");
}

/// No stock sentence a draft may draw quotes the General Secretary at a named occasion: the tool
/// cannot check the occasion, and a quotation put in the wrong meeting is the worst error a speech
/// can carry (review 25: seed 000's `在中央推进“一带一路”建设工作座谈会上明确指出` is doubted).
#[test]
fn no_generic_phrase_names_the_occasion_of_a_quotation() {
    let bank = jianggao::phrasebank::Phrasebank::load(None).unwrap();
    for p in bank.phrases.iter().filter(|p| p.generic) {
        let t = p.text.as_str();
        let Some(rest) = t.split_once("总书记在").map(|(_, r)| r) else { continue };
        let clause = rest.split(['，', '。']).next().unwrap_or("");
        assert!(
            !(clause.contains('上') || clause.contains('时'))
                || !(clause.contains("指出") || clause.contains("强调")),
            "{}: {t}",
            p.id
        );
    }
}

/// A phrasebank mined from an office's archive is larger than a brief may be: 21 MB of speeches
/// gave a 27 MB `measures.yaml`, and once its YAML was changed (the index stale) drafting refused
/// it as `超过 16 MiB…一篇讲话稿不过几十 KB`. A table is read up to `assets::MAX_TABLE_BYTES`; a
/// folder past `MAX_FOLDER_BYTES` (parsing takes some 13 times its size in memory) is refused with
/// what to do, before anything is read.
#[test]
fn a_mined_phrasebank_larger_than_a_brief_is_read_and_a_huge_one_is_refused_with_what_to_do() {
    let tmp = tempfile::tempdir().unwrap();
    let mut table = String::from("# ");
    table.push_str(&"语料".repeat(3 << 20)); // 18 MiB of comment
    table.push('\n');
    table.push_str(OWN_CLOSING);
    std::fs::write(tmp.path().join("closing.yaml"), &table).unwrap();
    let out = own_phrase_found(tmp.path());
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(lines(&out)[0]["id"], "my-1");

    // 130 MiB in all (a sparse file: nothing is read before the folder is refused).
    std::fs::File::create(tmp.path().join("measures.yaml")).unwrap().set_len(112 << 20).unwrap();
    let out = jianggao().args(["phrases", "--phrasebank"]).arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("文件夹里的文件共 130 MiB，超过起草时解析的上限 128 MiB"), "{err}");
    assert!(err.contains("索引（.phrasebank.idx）") && err.contains("挖掘成几个较小的语料库"), "{err}");
    assert!(out.stdout.is_empty());
}

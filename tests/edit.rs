//! `jianggao edit` without a terminal: the session behind the view (cycle, pin, drop, reseed, edit
//! a figure, undo, save) and what its saved brief makes `draft` and `check --brief` do.

use std::path::{Path, PathBuf};

use jianggao::edit::Session;
use jianggao::edit::fields::{self, Field, List};
use jianggao::export::Format;
use jianggao::pipeline::DraftOptions;

const COUNTY: &str = include_str!("../examples/county.yaml");

use crate::util::jianggao;

/// A copy of the county brief in a fresh folder.
fn county(dir: &Path) -> PathBuf {
    let path = dir.join("county.yaml");
    std::fs::write(&path, COUNTY).unwrap();
    path
}

fn open(path: &Path) -> Session {
    Session::open(path, None, DraftOptions::default()).unwrap()
}

/// What `jianggao draft BRIEF` prints.
fn draft(path: &Path) -> Vec<u8> {
    let out = jianggao().arg("draft").arg(path).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// The draft as the view shows it, in Markdown (what `e m` exports).
fn shown(session: &Session) -> Vec<u8> {
    jianggao::export::to_bytes(&session.edited.draft, Format::Md, false).unwrap()
}

fn text(session: &Session) -> String {
    session.edited.draft.sections.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n")
}

#[test]
fn an_untouched_brief_drafts_as_draft_does_and_lists_its_sites() {
    let dir = tempfile::tempdir().unwrap();
    let path = county(dir.path());
    let session = open(&path);
    assert_eq!(shown(&session), draft(&path));
    let keys: Vec<&str> = session.edited.sites.iter().map(|s| s.key.as_str()).collect();
    // Sites are named by the brief item they stand under.
    for key in [
        "problems/lead-in",
        "measures[3]/heading",
        "measures[0]/filler",
        "measures[0]/filler#2",
        "safeguards/heading",
    ] {
        assert!(keys.contains(&key), "{key} not in {keys:?}");
    }
    // Every stock sentence on screen belongs to a site that offers alternatives, best first.
    let stock = session.stock();
    assert!(stock.len() >= 5, "{stock:?}");
    for s in &stock {
        let site = &session.edited.sites[s.site];
        assert!(site.chosen.contains(&s.id));
        assert!(!site.candidates.is_empty(), "{}", site.key);
    }
}

#[test]
fn a_cycled_sentence_is_pinned_saved_and_drafted_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = county(dir.path());
    let mut session = open(&path);
    let first = session.stock()[0].clone();
    let before = text(&session);
    let next = session.cycle(&first, 1).unwrap().expect("an alternative");
    assert_ne!(next, first.id);
    let after = text(&session);
    assert_ne!(before, after);
    let site = &session.edited.sites[first.site];
    assert!(site.pinned && site.chosen.contains(&next) && !site.chosen.contains(&first.id));
    // The alternative's text is on screen, the sentence it replaced is not.
    let new_text = &site.candidates.iter().find(|(id, _)| *id == next).unwrap().1;
    assert!(after.contains(new_text.trim_end_matches('。')), "{new_text}");
    session.save().unwrap();
    assert_eq!(draft(&path), shown(&session));
    // The writer's comments and entries are kept; the choices are added at the end.
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with(COUNTY), "{saved}");
    assert!(saved[COUNTY.len()..].starts_with("choices:\n  pin:\n"), "{}", &saved[COUNTY.len()..]);
    assert_eq!(std::fs::read_to_string(dir.path().join("county.yaml.bak")).unwrap(), COUNTY);
    // A reopened brief shows the same.
    assert_eq!(shown(&open(&path)), shown(&session));
}

#[test]
fn an_edited_figure_changes_its_paragraph_and_is_saved_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = county(dir.path());
    let mut session = open(&path);
    assert!(text(&session).contains("新签约亿元以上项目42个"));
    let brief = fields::set(&session.brief, Field::FigureValue(List::Achievements, 0, 0), "48").unwrap();
    session.change(brief).unwrap();
    let t = text(&session);
    assert!(t.contains("新签约亿元以上项目48个") && !t.contains("新签约亿元以上项目42个"), "{t}");
    session.save().unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    // Only the achievements entry is written anew: every comment outside it stays.
    for line in COUNTY.lines().filter(|l| l.starts_with('#')) {
        assert!(saved.contains(line), "lost {line}");
    }
    assert!(saved.contains("# 问题：三项\nproblems:\n"), "{saved}");
    assert_eq!(draft(&path), shown(&session));
    // Undo and redo walk the history; the draft follows.
    assert!(session.undo().unwrap());
    assert!(text(&session).contains("新签约亿元以上项目42个"));
    assert!(session.redo().unwrap());
    assert!(text(&session).contains("新签约亿元以上项目48个"));
    assert!(!session.redo().unwrap());
}

#[test]
fn a_reseed_keeps_what_is_pinned_and_a_dropped_sentence_goes() {
    let dir = tempfile::tempdir().unwrap();
    let path = county(dir.path());
    let mut session = open(&path);
    let stock = session.stock();
    let (kept, gone) = (stock[0].clone(), stock[1].clone());
    assert!(session.toggle_pin(&kept).unwrap());
    session.drop(&gone).unwrap();
    let ids: Vec<String> = session.stock().into_iter().map(|s| s.id).collect();
    assert!(ids.contains(&kept.id) && !ids.contains(&gone.id));
    let before = ids.clone();
    assert_eq!(session.reseed().unwrap(), 2);
    let ids: Vec<String> = session.stock().into_iter().map(|s| s.id).collect();
    assert!(ids.contains(&kept.id) && !ids.contains(&gone.id));
    assert_ne!(ids, before, "another seed, other stock sentences");
    session.save().unwrap();
    assert_eq!(draft(&path), shown(&session));
    // `--seed` still overrides the brief's.
    let out = jianggao().arg("draft").arg(&path).args(["--seed", "1"]).output().unwrap();
    assert_ne!(out.stdout, shown(&session));
}

#[test]
fn check_names_a_pinned_phrase_the_phrasebank_no_longer_has() {
    let dir = tempfile::tempdir().unwrap();
    let brief = dir.path().join("b.yaml");
    let choices = "choices:\n  pin:\n    measures[0]/filler: [p-000000000000]\n  drop: [p-111111111111]\n";
    std::fs::write(&brief, format!("{COUNTY}{choices}")).unwrap();
    let out = jianggao().arg("draft").arg(&brief).output().unwrap();
    assert!(out.status.success());
    let md = dir.path().join("d.md");
    std::fs::write(&md, &out.stdout).unwrap();
    let out = jianggao().arg("check").arg(&md).arg("--brief").arg(&brief).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report = String::from_utf8(out.stdout).unwrap();
    assert!(
        report.contains(
            "[choices] 提纲 choices 固定在“measures[0]/filler”的语句 p-000000000000 已不在语料库中"
        ),
        "{report}"
    );
    assert!(report.contains("[choices] 提纲 choices 不用的语句 p-111111111111 已不在语料库中"), "{report}");
}

#[test]
fn without_a_terminal_edit_exits_2_and_points_to_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = county(dir.path());
    let out = jianggao().arg("edit").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("`jianggao edit` 是全屏编辑界面，需要在终端中运行") && err.contains("jianggao draft"),
        "{err}"
    );
}

#[test]
fn a_brief_sharing_values_through_anchors_is_saved_beside_it_not_expanded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.yaml");
    let text = "locality: 柳州市\nmeeting: 全市对外开放工作会议\nmeasures:\n  - &m {heading: 持续优化营商环境, topic: 营商环境}\n  - *m\n";
    std::fs::write(&path, text).unwrap();
    let mut session = open(&path);
    let brief = fields::set(&session.brief, Field::Heading(List::Measures, 1), "深化外贸主体培育").unwrap();
    session.change(brief).unwrap();
    let to = session.save().unwrap();
    assert_eq!(to, dir.path().join("b.edit.yaml"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "the writer's file as it was");
    assert!(!dir.path().join("b.yaml.bak").exists());
    assert_eq!(draft(&to), shown(&session));
}

/// A brief changed on disk while it is open (another editor, a colleague's copy) is not written
/// over: Ctrl-S said 已保存 and the other changes were gone (a helper's sweep). The edit goes to
/// `FILE.edit.yaml`, the file stays as the other program left it, and the session says why.
#[test]
fn a_brief_changed_on_disk_meanwhile_is_not_written_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = county(dir.path());
    let mut session = open(&path);
    let outside = format!("{COUNTY}# 外部加的一行\n");
    std::fs::write(&path, &outside).unwrap();
    let brief = fields::set(&session.brief, Field::FigureValue(List::Achievements, 0, 0), "48").unwrap();
    session.change(brief).unwrap();
    let saved = session.save().unwrap();
    assert_eq!(saved, path.with_extension("edit.yaml"));
    assert_eq!(session.aside, Some(jianggao::edit::Aside::ChangedOnDisk));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), outside);
    assert!(std::fs::read_to_string(&saved).unwrap().contains("48"));
    // Untouched on disk, a save goes into the file itself.
    let path = dir.path().join("b.yaml");
    std::fs::write(&path, COUNTY).unwrap();
    let mut session = open(&path);
    let brief = fields::set(&session.brief, Field::FigureValue(List::Achievements, 0, 0), "48").unwrap();
    session.change(brief).unwrap();
    assert_eq!(session.save().unwrap(), path);
}

//! One brief, five genres: the 柳州市 brief (`examples/liuzhou.yaml`, the work-conference speech)
//! drafted as every genre, with the fields a genre needs added (调研单位, 地点, 主持, 出席). No place
//! or person of the seeds may appear, whatever the genre and the seed.

use std::path::PathBuf;

use crate::util::jianggao;
use jianggao::model::{Brief, Genre};

fn liuzhou() -> Brief {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let path = [root.join("examples/liuzhou.yaml"), root.join("tests/fixtures/liuzhou.yaml")]
        .into_iter()
        .find(|p| p.exists())
        .expect("a 柳州市 brief");
    let text = std::fs::read_to_string(&path).unwrap();
    Brief::from_yaml(&text, &path.display().to_string()).unwrap()
}

/// The 柳州市 brief as `genre`, with the genre's own fields.
fn as_genre(genre: Genre) -> Brief {
    let mut b = liuzhou();
    b.genre = genre;
    b.unit = Some("市商务局".into());
    b.place = Some("柳州市行政中心".into());
    b.presided_by = Some("副市长覃晓峰".into());
    b.attendees = vec!["市委常委、常务副市长黎振宇".into(), "市政协副主席韦丽萍".into()];
    match genre {
        Genre::NewsReport => b.speaker = Some("市委副书记、市长 蒙承志".into()),
        Genre::SignedArticle => {
            b.speaker = Some("中共柳州市委书记 莫立新".into());
            b.title = Some("坚定不移扩大高水平对外开放 奋力谱写柳州开放发展新篇章".into());
        }
        Genre::ResearchVisit => {
            b.title = Some("在市商务局调研全市对外开放工作座谈会上的讲话".into());
            b.meeting = "市商务局调研对外开放工作座谈会".into();
        }
        _ => {}
    }
    b
}

fn draft(brief: &Brief, seed: u64) -> String {
    let out = jianggao()
        .args(["draft", "-", "--seed", &seed.to_string()])
        .write_stdin(brief.to_yaml())
        .output()
        .unwrap();
    assert!(out.status.success(), "{:?}: {}", brief.genre, String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_liuzhou_brief_drafts_as_every_genre_without_seed_names() {
    let seed_names = crate::util::seed_names();
    for genre in Genre::ALL {
        let brief = as_genre(genre);
        for seed in 0..10 {
            let md = draft(&brief, seed);
            assert!(md.contains("柳州"), "{genre:?}");
            for name in &seed_names {
                assert!(!md.contains(name), "{genre:?} seed {seed}: seed name «{name}» leaked:\n{md}");
            }
            let body: String = md.lines().skip(1).collect::<Vec<_>>().join("\n");
            match genre {
                Genre::NewsReport => {
                    for bad in ["同志们", "我", "大家", "讲话："] {
                        assert!(!body.contains(bad), "news-report: «{bad}»:\n{md}");
                    }
                    assert!(
                        body.contains("蒙承志在讲话中指出") && body.contains("副市长覃晓峰主持会议"),
                        "{md}"
                    );
                    assert!(!md.lines().next().unwrap().contains("讲话"), "headline: {md}");
                }
                Genre::SignedArticle => assert!(!body.contains("同志们") && body.contains("让我们"), "{md}"),
                Genre::ResearchVisit => {
                    assert!(body.contains("到市商务局调研") && body.contains("总的来看"), "{md}")
                }
                Genre::Implementation => {
                    assert!(body.contains("这次会议的主要任务是") && body.contains("\n同志们，"), "{md}")
                }
                Genre::WorkConference => assert!(body.contains("同志们："), "{md}"),
            }
        }
    }
}

/// Prints each genre's draft of the 柳州市 brief (`cargo test --test genres_liuzhou -- --nocapture
/// --ignored`), to be read whole.
#[test]
#[ignore]
fn print_liuzhou_in_every_genre() {
    for genre in Genre::ALL {
        println!("===== {} =====\n{}", genre.name(), draft(&as_genre(genre), 1));
    }
}

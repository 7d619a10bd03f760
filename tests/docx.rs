//! `jianggao export` → a .docx in GB/T 9704 format: open the zip and read the XML Word reads.

use std::io::Read;
use std::path::Path;

use assert_cmd::Command;

fn jianggao() -> Command {
    Command::cargo_bin("jianggao").unwrap()
}

/// The named parts of the .docx at `path`.
fn part(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name(name).unwrap_or_else(|_| panic!("{name} missing")).read_to_string(&mut xml).unwrap();
    xml
}

/// The `<w:style>` element with id `id`.
fn style<'a>(styles: &'a str, id: &str) -> &'a str {
    let start = styles.find(&format!(r#"w:styleId="{id}""#)).unwrap_or_else(|| panic!("style {id}"));
    let end = start + styles[start..].find("</w:style>").unwrap();
    &styles[start..end]
}

fn export_clean() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("讲话.docx");
    jianggao().args(["export", "tests/fixtures/check/clean.md", "-o"]).arg(&out).assert().success();
    (dir, out)
}

#[test]
fn page_is_a4_with_the_standard_margins_and_22_lines() {
    let (_dir, out) = export_clean();
    let doc = part(&out, "word/document.xml");
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838" />"#), "A4");
    // 37 / 35 / 28 / 26 mm.
    assert!(doc.contains(r#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#), "margins");
    assert!(doc.contains(r#"<w:docGrid w:type="lines" w:linePitch="579""#), "line grid");
}

#[test]
fn styles_set_fonts_sizes_spacing_and_indent() {
    let (_dir, out) = export_clean();
    let styles = part(&out, "word/styles.xml");
    let exact = r#"w:line="579" w:lineRule="exact""#;
    let indent = r#"w:firstLine="640" w:firstLineChars="200""#;
    let latin = r#"w:ascii="Times New Roman" w:hAnsi="Times New Roman""#;

    let title = style(&styles, "GwTitle");
    assert!(title.contains(r#"w:eastAsia="方正小标宋简体""#) && title.contains(latin), "{title}");
    assert!(title.contains(r#"<w:sz w:val="44" />"#) && title.contains(r#"<w:jc w:val="center" />"#));

    let date = style(&styles, "GwDateLine");
    assert!(date.contains(r#"w:eastAsia="楷体_GB2312""#) && date.contains(r#"<w:jc w:val="center" />"#));

    for (id, font) in [
        ("GwBody", "仿宋_GB2312"),
        ("GwHeading1", "黑体"),
        ("GwHeading2", "楷体_GB2312"),
        ("GwHeading3", "仿宋_GB2312"),
    ] {
        let s = style(&styles, id);
        assert!(s.contains(&format!(r#"w:eastAsia="{font}""#)), "{id}: {s}");
        assert!(s.contains(latin), "{id}: Latin digits in Times New Roman");
        assert!(s.contains(r#"<w:sz w:val="32" />"#), "{id}: 16 pt");
        assert!(s.contains(exact), "{id}: fixed 28.95 pt");
        assert!(s.contains(indent), "{id}: 2-character indent");
        assert!(s.contains(r#"<w:spacing w:val="-5" />"#), "{id}: 28 characters a line");
    }
    assert!(style(&styles, "GwHeading3").contains("<w:b />"), "level-3 bold");
    assert!(!style(&styles, "GwHeading1").contains("<w:b />"));
    assert!(!style(&styles, "GwSalutation").contains("w:firstLine="), "同志们： flush left");

    // The font table lets Word fall back from the GB2312 fonts to those Windows ships.
    let fonts = part(&out, "word/fontTable.xml");
    assert!(
        fonts.contains(r#"<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>"#)
    );
    assert!(fonts.contains(r#"<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>"#));
}

#[test]
fn paragraphs_carry_the_style_of_their_block() {
    let (_dir, out) = export_clean();
    let doc = part(&out, "word/document.xml");
    // The paragraph holding `text` has style `style`.
    let para = |style: &str, text: &str| {
        let at = doc.find(&format!(">{text}<")).unwrap_or_else(|| panic!("{text} missing"));
        let p = doc[..at].rfind("<w:p ").unwrap();
        doc[p..at].contains(&format!(r#"<w:pStyle w:val="{style}" />"#))
    };
    assert!(para("GwTitle", "在全市对外开放工作会议上的讲话"));
    assert!(para("GwDateLine", "（2026年3月15日）"));
    assert!(para("GwSalutation", "同志们："));
    assert!(para("GwHeading1", "一、肯定成绩，坚定扩大开放的信心"));
    assert!(para("GwHeading2", "（一）利用外资稳中有进"));
    assert!(para("GwHeading3", "1. 精准招商"));
    assert!(para(
        "GwBody",
        "要发挥已落户企业的桥梁作用，依托上下游配套关系引进关联项目，形成“引进一个、带动一批”的集聚效应。"
    ));
    // The blank line under the date line is spacing, not an empty paragraph.
    assert!(!doc.contains("<w:t xml:space=\"preserve\"></w:t>"));
}

#[test]
fn page_numbers_odd_right_even_left() {
    let (_dir, out) = export_clean();
    let doc = part(&out, "word/document.xml");
    assert!(doc.contains(r#"<w:footerReference w:type="default" r:id="rIdFooter1" />"#));
    assert!(doc.contains(r#"<w:footerReference w:type="even" r:id="rIdFooter2" />"#));
    let odd = part(&out, "word/footer1.xml");
    let even = part(&out, "word/footer2.xml");
    for f in [&odd, &even] {
        assert!(f.contains("<w:instrText>PAGE</w:instrText>"), "{f}");
        assert!(f.contains(">— <") && f.contains("> —<"), "— 1 —: {f}");
    }
    assert!(odd.contains(r#"<w:jc w:val="right" /><w:ind w:left="0" w:right="280" />"#), "{odd}");
    assert!(even.contains(r#"<w:jc w:val="left" /><w:ind w:left="280" w:right="0" />"#), "{even}");
    let settings = part(&out, "word/settings.xml");
    assert!(settings.contains("<w:evenAndOddHeaders />"), "{settings}");
    let styles = part(&out, "word/styles.xml");
    let footer = style(&styles, "GwFooter");
    assert!(footer.contains(r#"<w:sz w:val="28" />"#) && footer.contains(r#"w:eastAsia="宋体""#), "4号宋体");
}

#[test]
fn same_draft_same_bytes_and_no_overwrite_without_force() {
    let (dir, out) = export_clean();
    let first = std::fs::read(&out).unwrap();
    jianggao().args(["export", "tests/fixtures/check/clean.md", "-o"]).arg(&out).assert().code(2);
    jianggao()
        .args(["export", "tests/fixtures/check/clean.md", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert_eq!(first, std::fs::read(&out).unwrap());
    drop(dir);
}

#[test]
fn bad_markdown_is_an_error_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("稿.md");
    std::fs::write(&md, "# 标题\n\n同志们：\n\n## \n").unwrap();
    let out = jianggao().arg("export").arg(&md).assert().code(2).get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("稿.md:5:1") && err.contains("空标题"), "{err}");
    assert!(!dir.path().join("稿.docx").exists());
}

#[test]
fn text_is_declared_simplified_chinese() {
    let (_dir, out) = export_clean();
    let styles = part(&out, "word/styles.xml");
    let defaults = &styles[styles.find("<w:rPrDefault>").unwrap()..styles.find("</w:rPrDefault>").unwrap()];
    assert!(
        defaults.ends_with(r#"<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>"#),
        "{defaults}"
    );
}

#[test]
fn a_run_in_heading_takes_its_heading_face() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("稿.md");
    std::fs::write(
        &md,
        "# 在贯彻落实会议精神会议上的讲话\n\n同志们：\n\n## 一、提升认识，牢固树立开放理念\n\n\
         （一）构建现代开放体系是抢抓机遇的重要要求。封闭必然落后，开放才能发展。\n\n\
         1.强化招商。要围绕主导产业精准招商。\n\n一是要抓项目。二是要稳外贸。\n",
    )
    .unwrap();
    jianggao().arg("export").arg(&md).assert().success();
    let doc = part(&dir.path().join("稿.docx"), "word/document.xml");
    let run = |text: &str| {
        let at = doc.find(&format!(">{text}<")).unwrap_or_else(|| panic!("{text} missing: {doc}"));
        doc[doc[..at].rfind("<w:r>").unwrap()..at].to_string()
    };
    let head = run("（一）构建现代开放体系是抢抓机遇的重要要求。");
    assert!(head.contains(r#"w:eastAsia="楷体_GB2312""#), "{head}");
    assert!(!run("封闭必然落后，开放才能发展。").contains("w:rFonts"), "the rest is body");
    let head3 = run("1.强化招商。");
    assert!(head3.contains(r#"w:eastAsia="仿宋_GB2312""#) && head3.contains("<w:b />"), "{head3}");
    // 一是… is not a heading.
    assert!(!run("一是要抓项目。二是要稳外贸。").contains("w:rFonts"));
}

#[test]
fn a_long_title_breaks_between_words_and_headings_keep_with_the_next_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("稿.md");
    std::fs::write(
        &md,
        "# 在柳州市对外开放暨招商引资工作会议上的讲话\n\n同志们：\n\n## 一、成绩\n\n正文。\n",
    )
    .unwrap();
    jianggao().arg("export").arg(&md).assert().success();
    let out = dir.path().join("稿.docx");
    let doc = part(&out, "word/document.xml");
    assert!(
        doc.contains(r#"在柳州市对外开放暨</w:t></w:r><w:r><w:rPr /><w:br w:type="textWrapping" /><w:t xml:space="preserve">招商引资工作会议上的讲话<"#),
        "{doc}"
    );
    let styles = part(&out, "word/styles.xml");
    assert!(
        style(&styles, "GwTitle").contains(r#"<w:snapToGrid w:val="false" />"#),
        "22 pt off the 28.95 pt grid"
    );
    for id in ["GwHeading1", "GwHeading2", "GwHeading3"] {
        assert!(style(&styles, id).contains("<w:keepNext />"), "{id}");
    }
    assert!(!style(&styles, "GwBody").contains("<w:keepNext />"));
}

#[test]
fn draft_writes_the_same_word_file_as_export_of_its_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let (md, docx, exported) =
        (dir.path().join("d.md"), dir.path().join("d.docx"), dir.path().join("e.docx"));
    let brief = "examples/liuzhou.yaml";
    jianggao().args(["draft", brief, "-o"]).arg(&md).assert().success();
    jianggao().args(["draft", brief, "-f", "docx", "-o"]).arg(&docx).assert().success();
    jianggao().arg("export").arg(&md).arg("-o").arg(&exported).assert().success();
    let doc = part(&docx, "word/document.xml");
    assert!(
        doc.contains(r#"<w:pStyle w:val="GwHeading1" />"#)
            && doc.contains(r#"<w:pStyle w:val="GwHeading2" />"#)
    );
    // The Markdown round trip loses nothing the Word file shows.
    assert_eq!(doc, part(&exported, "word/document.xml"));
}

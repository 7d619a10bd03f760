//! Word documents as input: `check`, `fill` and `mine` read a .docx as Word shows it (automatic
//! numbering as text, tracked changes accepted, tables cell by cell, headers left out), and `fill`
//! writes a .docx in which only the masked text changed.
//!
//! The fixtures are built here, part by part, the way Word writes them.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::util::{NS, zip_of};

use crate::util::jianggao;

/// A paragraph with a style and runs (each run's inner XML given as is).
fn p(style: &str, runs: &str) -> String {
    let ppr = if style.is_empty() {
        String::new()
    } else {
        format!(r#"<w:pPr><w:pStyle w:val="{style}"/></w:pPr>"#)
    };
    format!("<w:p>{ppr}{runs}</w:p>")
}

/// A paragraph numbered directly (`w:numPr`).
fn numbered(num_id: u32, ilvl: u32, runs: &str) -> String {
    format!(
        r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>{runs}</w:p>"#
    )
}

fn run(text: &str) -> String {
    format!(
        r#"<w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>"#
    )
}

const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2base"><w:name w:val="list 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="2base"/></w:style>
</w:styles>"#;

/// One list: 一、 / （一） / 1.; `w:num` 2 restarts it (重新开始编号); list 5 counts 甲、乙.
const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="1440"/></w:tabs><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>
</w:numbering>"#;

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>"#;

const PACKAGE_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

const DOCUMENT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>"#;

/// A speech as Word saves it, and the text it must read as.
fn speech() -> (Vec<u8>, &'static str) {
    let body = [
        p("", &run("在全市对外开放工作会议上的讲话")),
        "<w:p/>".to_string(),
        p("", &run("同志们：")),
        p("1", &run("提升认识")),
        p("2", &run("统一思想")),
        numbered(1, 2, &run("加强领导")),
        // Tracked changes: 10 deleted, 12.3 inserted; the mask typed in two runs.
        numbered(
            1,
            2,
            &[
                run("实际利用外资"),
                r#"<w:del w:id="1" w:author="办公室"><w:r><w:delText>10</w:delText></w:r></w:del>"#.to_string(),
                r#"<w:ins w:id="2" w:author="办公室">"#.to_string() + &run("12.3") + "</w:ins>",
                run("亿美元，增长x"),
                run("x%。"),
            ]
            .concat(),
        ),
        p("2", &run("扩大开放")),
        // A field shows its result, not its code; a tab is a tab.
        numbered(
            1,
            2,
            &[
                run("详见第"),
                r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#.to_string(),
                run("7"),
                r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#.to_string(),
                run("页"),
                "<w:r><w:tab/></w:r>".to_string(),
                run("研发（R&amp;D）投入xx亿元"),
            ]
            .concat(),
        ),
        p("1", &run("加快发展")),
        p("2", &run("优化环境")),
        "<w:tbl><w:tblPr/><w:tr><w:tc><w:tcPr/>".to_string()
            + &p("", &run("指标"))
            + "</w:tc><w:tc>"
            + &p("", &run("数值"))
            + "</w:tc></w:tr><w:tr><w:tc>"
            + &p("", &run("外资"))
            + "</w:tc><w:tc>"
            + &p("", &run("12.3亿美元"))
            + &p("", "")
            + "</w:tc></w:tr></w:tbl>",
        // A second speech in the same file: its list restarts.
        numbered(2, 0, &run("另起一篇")),
        p("1", &run("继续编号")),
        numbered(3, 0, &run("天干")),
        numbered(3, 1, &run("圆点不是文字")),
        numbered(3, 0, &run("第二项")),
        // numId 0: a heading style's numbering switched off.
        r#"<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>"#.to_string()
            + &run("结束语")
            + "</w:p>",
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    );
    let header = format!("<w:hdr {NS}>{}</w:hdr>", p("", &run("页眉文字不应出现")));
    let footnotes = format!(
        r#"<w:footnotes {NS}><w:footnote w:id="1">{}</w:footnote></w:footnotes>"#,
        p("", &run("脚注不应出现"))
    );
    let bytes = zip_of(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/document.xml", &document),
        ("word/numbering.xml", NUMBERING),
        ("word/styles.xml", STYLES),
        ("word/header1.xml", &header),
        ("word/footnotes.xml", &footnotes),
    ]);
    let text = "在全市对外开放工作会议上的讲话\n\
同志们：\n\
一、提升认识\n\
（一）统一思想\n\
1.加强领导\n\
2.实际利用外资12.3亿美元，增长xx%。\n\
（二）扩大开放\n\
1.详见第7页\t研发（R&D）投入xx亿元\n\
二、加快发展\n\
（一）优化环境\n\
指标\n\
数值\n\
外资\n\
12.3亿美元\n\
一、另起一篇\n\
二、继续编号\n\
甲、天干\n\
圆点不是文字\n\
乙、第二项\n\
结束语\n";
    (bytes, text)
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The entries of a zip: (name, compression method, CRC, content), in order.
fn entries(bytes: &[u8]) -> Vec<(String, String, u32, Vec<u8>)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut content = Vec::new();
            f.read_to_end(&mut content).unwrap();
            (f.name().to_string(), format!("{:?}", f.compression()), f.crc32(), content)
        })
        .collect()
}

#[test]
fn a_word_document_reads_as_word_shows_it() {
    let (bytes, text) = speech();
    assert_eq!(jianggao::input::docx::read(&bytes).unwrap(), text);
}

#[test]
fn check_locates_findings_by_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "讲话.docx", &speech().0);
    let out = jianggao().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // 2.实际利用外资12.3亿美元，增长xx%。 is the 6th paragraph a writer sees; xx its 19th character.
    let at = format!("{}:第6段第19字: [placeholder]", file.display());
    assert!(stdout.contains(&at), "{stdout}");
    assert!(!stdout.contains("页眉") && !stdout.contains("脚注"), "{stdout}");

    let out = jianggao().arg("check").arg("--json").arg(&file).output().unwrap();
    let findings: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let placeholders: Vec<(u64, u64, &str)> = findings
        .iter()
        .filter(|f| f["rule"] == "placeholder")
        .map(|f| (f["line"].as_u64().unwrap(), f["col"].as_u64().unwrap(), f["unit"].as_str().unwrap()))
        .collect();
    assert_eq!(placeholders, [(6, 19, "paragraph"), (8, 18, "paragraph")]);
}

#[test]
fn fill_lists_the_masks_of_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "讲话.docx", &speech().0);
    let out = jianggao().arg("fill").arg(&file).arg("--json").output().unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        (v["count"].as_u64(), v["unit"].as_str(), v["encoding"].as_str()),
        (Some(2), Some("paragraph"), Some("Word 文档"))
    );
    assert_eq!(
        (v["placeholders"][0]["line"].as_u64(), v["placeholders"][0]["kind"].as_str()),
        (Some(6), Some("percent"))
    );

    let out = jianggao().arg("fill").arg(&file).arg("--list").output().unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    assert!(list.contains("   1  第6段第19字 xx"), "{list}");
}

#[test]
fn fill_changes_only_the_masked_bytes_of_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    let (before, _) = speech();
    let file = write(dir.path(), "讲话.docx", &before);
    let answers = write(dir.path(), "answers.yaml", "1: 8.5\n2: 3.2\n".as_bytes());
    let out = jianggao().arg("fill").arg(&file).arg("--answers").arg(&answers).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // With --answers, a Word document still goes beside the file, never to standard output.
    assert!(out.stdout.is_empty());
    let after = std::fs::read(dir.path().join("讲话.filled.docx")).unwrap();

    let (old, new) = (entries(&before), entries(&after));
    assert_eq!(old.len(), new.len());
    for (o, n) in old.iter().zip(&new) {
        assert_eq!((&o.0, &o.1), (&n.0, &n.1), "same entries, same order, same compression");
        if o.0 != "word/document.xml" {
            assert_eq!(o, n, "{} copied as it was", o.0);
        }
    }
    // document.xml, byte for byte: the mask split over two runs is filled in the first and gone
    // from the second; the one beside an escaped & is filled; nothing else moved.
    let document = |e: &[(String, String, u32, Vec<u8>)]| {
        let d = e.iter().find(|x| x.0 == "word/document.xml").unwrap();
        String::from_utf8(d.3.clone()).unwrap()
    };
    let (old_xml, new_xml) = (document(&old), document(&new));
    let expected = old_xml
        .replacen(">亿美元，增长x<", ">亿美元，增长8.5<", 1)
        .replacen(">x%。<", ">%。<", 1)
        .replacen("投入xx亿元", "投入3.2亿元", 1);
    assert_ne!(expected, old_xml);
    assert_eq!(new_xml, expected);
    assert_eq!(
        jianggao::input::docx::read(&after).unwrap().lines().nth(5),
        Some("2.实际利用外资12.3亿美元，增长8.5%。")
    );

    // Never over an existing file without --force.
    let again = jianggao().arg("fill").arg(&file).arg("--answers").arg(&answers).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("已存在"));
}

/// A fall answered after 增长 reads 下降 in the Word document too (PRODUCT: a negative growth reads
/// `下降3.2%`), though 增长 and the mask's first x share one run: only those bytes change.
#[test]
fn a_fall_filled_into_a_word_document_reads_xiajiang() {
    let dir = tempfile::tempdir().unwrap();
    let (before, _) = speech();
    let file = write(dir.path(), "讲话.docx", &before);
    let answers = write(dir.path(), "answers.yaml", "1: 下降8.5\n".as_bytes());
    let out = jianggao().arg("fill").arg(&file).arg("--answers").arg(&answers).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let after = std::fs::read(dir.path().join("讲话.filled.docx")).unwrap();
    let document = |bytes: &[u8]| {
        let e = entries(bytes);
        String::from_utf8(e.into_iter().find(|x| x.0 == "word/document.xml").unwrap().3).unwrap()
    };
    let expected =
        document(&before).replacen(">亿美元，增长x<", ">亿美元，下降8.5<", 1).replacen(">x%。<", ">%。<", 1);
    assert_eq!(document(&after), expected);
    assert_eq!(
        jianggao::input::docx::read(&after).unwrap().lines().nth(5),
        Some("2.实际利用外资12.3亿美元，下降8.5%。")
    );
}

#[test]
fn fill_in_place_keeps_the_original_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let (before, _) = speech();
    let file = write(dir.path(), "讲话.docx", &before);
    let answers = write(dir.path(), "answers.yaml", "2: 3.2\n".as_bytes());
    jianggao().arg("fill").arg(&file).arg("--answers").arg(&answers).arg("--in-place").assert().success();
    assert_eq!(std::fs::read(dir.path().join("讲话.docx.bak")).unwrap(), before);
    let text = jianggao::input::docx::read(&std::fs::read(&file).unwrap()).unwrap();
    assert!(text.contains("投入3.2亿元") && text.contains("增长xx%"), "{text}");
}

#[test]
fn check_fix_keeps_a_word_document_a_word_document() {
    let dir = tempfile::tempdir().unwrap();
    let before = crate::util::docx_of(&["全市实际利用外资12.3亿美元,增长8.5%。"]);
    let document = String::from_utf8(entries(&before)[0].3.clone()).unwrap();
    let file = write(dir.path(), "短文.docx", &before);
    let out = jianggao().arg("check").arg("--fix").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(std::fs::read(dir.path().join("短文.docx.bak")).unwrap(), before);
    let after = std::fs::read(&file).unwrap();
    assert_eq!(String::from_utf8(entries(&after)[0].3.clone()).unwrap(), document.replace("美元,", "美元，"));
}

#[test]
fn an_exported_draft_reads_back_as_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("讲话.docx");
    jianggao().args(["export", "tests/fixtures/check/clean.md", "-o"]).arg(&out).assert().success();
    let read = jianggao::input::docx::read(&std::fs::read(&out).unwrap()).unwrap();
    let md = std::fs::read_to_string("tests/fixtures/check/clean.md").unwrap();
    let expected: String = md
        .lines()
        .map(|l| l.trim_start_matches('#').trim())
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    assert_eq!(read, expected);
}

#[test]
fn old_word_formats_ask_to_be_saved_as_docx() {
    let dir = tempfile::tempdir().unwrap();
    let ole = [&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1][..], &[0u8; 504]].concat();
    for name in ["旧稿.doc", "旧稿.wps"] {
        let file = write(dir.path(), name, &ole);
        for cmd in [&["check"][..], &["fill", "--list"]] {
            let out = jianggao().args(cmd).arg(&file).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{cmd:?} {name}");
            let err = String::from_utf8(out.stderr).unwrap();
            assert!(err.contains(name) && err.contains("另存为 .docx"), "{err}");
        }
    }
}

#[test]
fn a_damaged_or_oversized_docx_is_refused_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Vec<u8>, &str); 3] = [
        ("坏.docx", b"PK\x03\x04 not really a zip".to_vec(), "不是有效的 Word 文档"),
        ("表格.docx", zip_of(&[("xl/workbook.xml", "<workbook/>")]), "没有 word/document.xml"),
        ("损坏.docx", zip_of(&[("word/document.xml", "<w:document><w:body><w:p>")]), "不是有效的 XML"),
    ];
    for (name, bytes, why) in cases {
        let file = write(dir.path(), name, &bytes);
        let out = jianggao().arg("check").arg(&file).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(name) && err.contains(why), "{err}");
    }
    // 65 MiB of document.xml: more than any speech, refused before it is parsed.
    let huge = format!("<w:document {NS}><w:body>{}</w:body></w:document>", " ".repeat(65 << 20));
    let err = jianggao::input::docx::read(&zip_of(&[("word/document.xml", &huge)])).unwrap_err();
    assert_eq!(err, jianggao::input::docx::Unreadable::TooLarge);
    // 17 MiB of text in one paragraph, under the part's bound: more text than a text file may
    // hold (fuzz 28 #4: 60 MB cost `check` 1.56 GB), refused with its reason.
    let long = format!(
        "<w:document {NS}><w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        "开".repeat(6 << 20)
    );
    let err = jianggao::input::docx::read(&zip_of(&[("word/document.xml", &long)])).unwrap_err();
    assert_eq!(err, jianggao::input::docx::Unreadable::TooMuchText);
    let file = write(dir.path(), "长.docx", &zip_of(&[("word/document.xml", &long)]));
    let out = jianggao().arg("check").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("文字超过 16 MiB"));
    let many: Vec<(String, &str)> = (0..10_001).map(|i| (format!("media/{i}.xml"), "")).collect();
    let many: Vec<(&str, &str)> = many.iter().map(|(n, t)| (n.as_str(), *t)).collect();
    let err = jianggao::input::docx::read(&zip_of(&many)).unwrap_err();
    assert_eq!(err, jianggao::input::docx::Unreadable::TooManyEntries);
}

#[test]
fn mine_reads_word_documents_and_names_those_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    write(&corpus, "讲话.docx", &speech().0);
    write(&corpus, "旧稿.doc", &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
    // The lock file Word leaves beside an open document is not a document.
    write(&corpus, "~$讲话.docx", b"\x06owner\0\0");
    let out = jianggao().arg("mine").arg(&corpus).arg("--json").output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{err}");
    assert!(err.contains("旧稿.doc") && err.contains("另存为 .docx"), "{err}");
    assert!(!err.contains("~$"), "{err}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    let phrases: Vec<Value> = stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let texts: Vec<&str> = phrases.iter().filter_map(|p| p["text"].as_str()).collect();
    assert!(texts.iter().any(|t| t.contains("实际利用外资")), "{texts:?}");
    assert!(phrases.iter().all(|p| p["source"]["doc"] == "讲话.docx"));
    assert!(!stdout.contains("页眉"));
}

#[test]
fn mine_sets_a_tables_data_aside_and_keeps_its_sentences() {
    // A 招商 speech with a table of figures by 乡镇 and a task table whose cell is a sentence.
    let cell = |text: &str| format!("<w:tc><w:tcPr/>{}</w:tc>", p("", &run(text)));
    let row = |cells: &[&str]| format!("<w:tr>{}</w:tr>", cells.iter().map(|c| cell(c)).collect::<String>());
    let body = [
        p("", &run("在全县招商引资工作大会上的讲话")),
        p("", &run("同志们：")),
        p("1", &run("去年工作回顾")),
        p("", &run("去年，全县招商引资工作取得明显成效，各乡镇完成情况如下。")),
        "<w:tbl><w:tblPr/>".to_string()
            + &row(&["乡镇", "签约项目（个）", "到位资金（亿元）"])
            + &row(&["城关镇", "12", "9.6"])
            + &row(&["柏林镇", "8", "6.2"])
            + "</w:tbl>",
        p("1", &run("今年重点任务")),
        "<w:tbl><w:tblPr/>".to_string()
            + &row(&["任务", "牵头单位"])
            + &row(&["建立重点项目专班推进机制，实行一个项目一名县级领导包联。", "县商务局"])
            + "</w:tbl>",
        p("", &run("各乡镇要对照目标，倒排工期，确保完成全年任务。")),
    ]
    .concat();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>"#
    );
    let bytes = zip_of(&[
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", &document),
        ("word/styles.xml", STYLES),
    ]);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "招商.docx", &bytes);
    let out = jianggao().arg("mine").arg(dir.path()).args(["--json", "--report"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{err}");
    let phrases: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let texts: Vec<&str> = phrases.iter().filter_map(|p| p["text"].as_str()).collect();
    // The sentence in a cell is a phrase; headers, names and figures are neither headings nor phrases.
    assert!(texts.iter().any(|t| t.starts_with("建立重点项目专班推进机制")), "{texts:?}");
    for data in ["乡镇", "签约项目", "城关镇", "9.6", "牵头单位", "县商务局", "任务"] {
        assert!(!texts.iter().any(|t| t.starts_with(data) && !t.contains('，')), "{data}: {texts:?}");
    }
    // The report lists the data a row a line, with its reason, and its counts add up.
    for line in [
        "  表格里的数据（表头、数字、名称，不是语句）：5\n",
        "    招商.docx:5: 乡镇　签约项目（个）　到位资金（亿元）\n",
        "    招商.docx:8: 城关镇　12　9.6\n",
        "    招商.docx:15: 任务　牵头单位\n",
        "    招商.docx:18: 县商务局\n",
    ] {
        assert!(err.contains(line), "{line}{err}");
    }
    let recall = err.lines().find(|l| l.starts_with("收录率：")).unwrap();
    assert!(recall.ends_with("未收录 0 句；另有 5 处不是内容句。"), "{recall}");
    assert!(err.contains("\n不是内容句的行与句（5 处）：\n"), "{err}");
}

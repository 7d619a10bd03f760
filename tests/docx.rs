//! `jianggao export` → a .docx in GB/T 9704 format: open the zip and read the XML Word reads.

use std::io::Read;
use std::path::Path;

use crate::util::jianggao;

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
    assert!(doc.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4");
    // 37 / 35 / 28 / 26 mm.
    assert!(doc.contains(r#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#), "margins");
    assert!(doc.contains(r#"<w:docGrid w:type="lines" w:linePitch="579"/>"#), "line grid");
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
    assert!(title.contains(r#"<w:sz w:val="44"/>"#) && title.contains(r#"<w:jc w:val="center"/>"#));

    let date = style(&styles, "GwDateLine");
    assert!(date.contains(r#"w:eastAsia="楷体_GB2312""#) && date.contains(r#"<w:jc w:val="center"/>"#));

    for (id, font) in [
        ("GwBody", "仿宋_GB2312"),
        ("GwHeading1", "黑体"),
        ("GwHeading2", "楷体_GB2312"),
        ("GwHeading3", "仿宋_GB2312"),
    ] {
        let s = style(&styles, id);
        assert!(s.contains(&format!(r#"w:eastAsia="{font}""#)), "{id}: {s}");
        assert!(s.contains(latin), "{id}: Latin digits in Times New Roman");
        assert!(s.contains(r#"<w:sz w:val="32"/>"#), "{id}: 16 pt");
        assert!(s.contains(exact), "{id}: fixed 28.95 pt");
        assert!(s.contains(indent), "{id}: 2-character indent");
        assert!(s.contains(r#"<w:spacing w:val="-5"/>"#), "{id}: 28 characters a line");
    }
    assert!(style(&styles, "GwHeading3").contains("<w:b/>"), "level-3 bold");
    assert!(!style(&styles, "GwHeading1").contains("<w:b/>"));
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
        let p = doc[..at].rfind("<w:p>").unwrap();
        doc[p..at].contains(&format!(r#"<w:pStyle w:val="{style}"/>"#))
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
    assert!(doc.contains(r#"<w:footerReference w:type="default" r:id="rIdFooterOdd"/>"#));
    assert!(doc.contains(r#"<w:footerReference w:type="even" r:id="rIdFooterEven"/>"#));
    let odd = part(&out, "word/footer1.xml");
    let even = part(&out, "word/footer2.xml");
    for f in [&odd, &even] {
        assert!(f.contains(r#"<w:instrText xml:space="preserve"> PAGE </w:instrText>"#), "{f}");
        assert!(f.contains(">— <") && f.contains("> —<"), "— 1 —: {f}");
    }
    assert!(odd.contains(r#"<w:ind w:left="0" w:right="280"/><w:jc w:val="right"/>"#), "{odd}");
    assert!(even.contains(r#"<w:ind w:left="280" w:right="0"/><w:jc w:val="left"/>"#), "{even}");
    let settings = part(&out, "word/settings.xml");
    assert!(settings.contains("<w:evenAndOddHeaders/>"), "{settings}");
    let styles = part(&out, "word/styles.xml");
    let footer = style(&styles, "GwFooter");
    assert!(footer.contains(r#"<w:sz w:val="28"/>"#) && footer.contains(r#"w:eastAsia="宋体""#), "4号宋体");
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
    assert!(head3.contains(r#"w:eastAsia="仿宋_GB2312""#) && head3.contains("<w:b/>"), "{head3}");
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
        doc.contains(
            r#"在柳州市对外开放暨</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">招商引资工作会议上的讲话<"#
        ),
        "{doc}"
    );
    let styles = part(&out, "word/styles.xml");
    assert!(
        style(&styles, "GwTitle").contains(r#"<w:snapToGrid w:val="0"/>"#),
        "22 pt off the 28.95 pt grid"
    );
    for id in ["GwHeading1", "GwHeading2", "GwHeading3"] {
        assert!(style(&styles, id).contains("<w:keepNext/>"), "{id}");
    }
    assert!(!style(&styles, "GwBody").contains("<w:keepNext/>"));
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
        doc.contains(r#"<w:pStyle w:val="GwHeading1"/>"#)
            && doc.contains(r#"<w:pStyle w:val="GwHeading2"/>"#)
    );
    // The Markdown round trip loses nothing the Word file shows.
    assert_eq!(doc, part(&exported, "word/document.xml"));
}

/// Every part of the .docx at `path`, by name.
fn parts(path: &Path) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).unwrap();
            let mut xml = String::new();
            f.read_to_string(&mut xml).unwrap();
            (f.name().to_string(), xml)
        })
        .collect()
}

/// Child sequences of the schema types we write (ECMA-376 Part 1, wml.xsd), each as the element
/// names in the order the schema allows them. Names joined with `|` form one choice group that may
/// repeat in any order. Copied from the schema, not from the writer, so that a wrong order in the
/// writer fails here.
const SEQUENCES: &[(&str, &str)] = &[
    (
        "w:rPr",
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof \
         snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd \
         fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    ),
    (
        "w:pPr",
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr \
         shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE \
         autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents \
         suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr \
         sectPr pPrChange",
    ),
    (
        "w:style",
        "name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat \
         locked personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr",
    ),
    ("w:styles", "docDefaults latentStyles style"),
    ("w:docDefaults", "rPrDefault pPrDefault"),
    ("w:rPrDefault", "rPr"),
    ("w:pPrDefault", "pPr"),
    (
        "w:sectPr",
        "headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders \
         lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid \
         printerSettings sectPrChange",
    ),
    (
        "w:settings",
        "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries \
         displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData \
         embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins \
         alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop \
         hideSpellingErrors hideGrammaticalErrors activeWritingStyle proofState formsDesign \
         attachedTemplate linkStyles stylePaneFormatFilter stylePaneSortMethod documentType mailMerge \
         revisionView trackRevisions doNotTrackMoves doNotTrackFormatting documentProtection \
         autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop autoHyphenation \
         consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength \
         clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting \
         bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing \
         displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery \
         doNotUseMarginsForDrawingGridOrigin drawingGridHorizontalOrigin drawingGridVerticalOrigin \
         doNotShadeFormData noPunctuationKerning characterSpacingControl printTwoOnOne \
         strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore savePreviewPicture \
         doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText \
         doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags \
         alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars \
         rsids mathPr attachedSchema themeFontLang clrSchemeMapping",
    ),
    ("w:compat", "compatSetting"),
    ("w:fonts", "font"),
    ("w:font", "altName panose1 charset family notTrueType pitch sig embedRegular"),
    ("w:document", "background body"),
    ("w:body", "p sectPr"),
    ("w:ftr", "p"),
    ("w:p", "pPr r"),
    // EG_RunInnerContent is a repeated choice.
    ("w:r", "rPr br|t|fldChar|instrText|tab"),
];

/// Elements whose content model is not a sequence (xsd:all, or a repeated choice).
const UNORDERED: &[&str] =
    &["Types", "Relationships", "cp:coreProperties", "Properties", "w:t", "w:instrText", "w:name"];

/// (parent, children) for every element with children in `xml`. A scanner for the XML we write:
/// no comments, CDATA or `>` inside attribute values.
fn elements(xml: &str) -> Vec<(String, Vec<String>)> {
    let mut stack: Vec<(String, Vec<String>)> = Vec::new();
    let mut done = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find('<') {
        let end = i + rest[i..].find('>').expect("unclosed tag");
        let tag = &rest[i + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('?') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            let (open, children) = stack.pop().expect("end without start");
            assert_eq!(open, name, "mismatched end tag");
            if let Some(parent) = stack.last_mut() {
                parent.1.push(open.clone());
            }
            done.push((open, children));
            continue;
        }
        let name = tag.split([' ', '/']).next().unwrap().to_string();
        if tag.ends_with('/') {
            stack.last_mut().expect("root is empty").1.push(name);
        } else {
            stack.push((name, Vec::new()));
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    done
}

#[test]
fn every_element_of_every_part_is_in_schema_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut checked = 0;
    for brief in ["examples/county.yaml", "examples/province.yaml", "examples/news-report.yaml"] {
        let out = dir.path().join("d.docx");
        jianggao().args(["draft", brief, "-f", "docx", "--force", "-o"]).arg(&out).assert().success();
        for (name, xml) in parts(&out) {
            for (parent, children) in elements(&xml) {
                if children.is_empty() || UNORDERED.contains(&parent.as_str()) {
                    continue;
                }
                let (_, seq) = SEQUENCES
                    .iter()
                    .find(|(p, _)| *p == parent)
                    .unwrap_or_else(|| panic!("{name}: no schema sequence for <{parent}>"));
                let rank = |child: &str| {
                    let local = child.rsplit(':').next().unwrap();
                    seq.split_whitespace()
                        .position(|group| group.split('|').any(|n| n == local))
                        .unwrap_or_else(|| panic!("{name}: <{child}> is not allowed in <{parent}>"))
                };
                let ranks: Vec<usize> = children.iter().map(|c| rank(c)).collect();
                assert!(
                    ranks.windows(2).all(|w| w[0] <= w[1]),
                    "{name}: children of <{parent}> out of schema order: {children:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 300, "{checked}");
}

#[test]
fn every_part_is_referenced_and_the_properties_name_the_title_and_date() {
    let (_dir, out) = export_clean();
    let all = parts(&out);
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    let types = part(&out, "[Content_Types].xml");
    let rels = format!("{}{}", part(&out, "_rels/.rels"), part(&out, "word/_rels/document.xml.rels"));
    for name in &names {
        if name.ends_with(".rels") || *name == "[Content_Types].xml" {
            continue;
        }
        assert!(types.contains(&format!(r#"PartName="/{name}""#)), "{name} has no content type");
        let target = name.strip_prefix("word/").unwrap_or(name);
        assert!(
            rels.contains(&format!(r#"Target="{name}""#)) || rels.contains(&format!(r#"Target="{target}""#)),
            "{name} is not referenced"
        );
    }
    // And every override names a part that exists.
    for chunk in types.split(r#"PartName="/"#).skip(1) {
        let name = &chunk[..chunk.find('"').unwrap()];
        assert!(names.contains(&name), "{name} declared but missing");
    }
    let core = part(&out, "docProps/core.xml");
    assert!(core.contains("<dc:title>在全市对外开放工作会议上的讲话</dc:title>"), "{core}");
    assert!(core.contains(">2026-03-15T00:00:00Z</dcterms:created>"), "{core}");
    assert!(core.contains("<dc:creator>jianggao ") && !core.contains("unknown") && !core.contains("1970"));
}

/// `pdftotext`'s text of `pdf`, and `txt`'s, without whitespace and page numbers.
fn visible_text(s: &str) -> Vec<char> {
    let without_page_numbers: String =
        s.lines().filter(|l| !l.trim().starts_with('—')).collect::<Vec<_>>().join("\n");
    without_page_numbers.chars().filter(|c| !c.is_whitespace()).collect()
}

/// LibreOffice renders every character of the draft: the PDF's text equals the draft's, character
/// for character. Runs where `soffice` and `pdftotext` are installed (the README says how); elsewhere
/// it says it was skipped.
#[test]
fn libreoffice_draws_every_character_of_the_draft() {
    let have = |tool: &str| std::process::Command::new(tool).arg("--version").output().is_ok();
    if !have("soffice") || !have("pdftotext") {
        eprintln!("skipped: soffice and pdftotext are not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let profile = format!("-env:UserInstallation=file://{}/profile", dir.path().display());
    let briefs =
        ["county", "province", "district", "midyear", "liuzhou", "work-conference", "implementation"];
    let mut docs = Vec::new();
    for brief in briefs {
        let (docx, txt) = (dir.path().join(format!("{brief}.docx")), dir.path().join(format!("{brief}.txt")));
        let path = format!("examples/{brief}.yaml");
        jianggao().args(["draft", &path, "-f", "docx", "-o"]).arg(&docx).assert().success();
        jianggao().args(["draft", &path, "-f", "txt", "-o"]).arg(&txt).assert().success();
        docs.push((brief, docx, txt));
    }
    let status = std::process::Command::new("soffice")
        .arg(&profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .args(docs.iter().map(|(_, docx, _)| docx))
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    for (brief, docx, txt) in docs {
        let pdf = docx.with_extension("pdf");
        let out = std::process::Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
        let rendered = visible_text(&String::from_utf8(out.stdout).unwrap());
        let draft = visible_text(&std::fs::read_to_string(&txt).unwrap());
        let first = rendered.iter().zip(&draft).position(|(a, b)| a != b);
        if let Some(i) = first.or((rendered.len() != draft.len()).then(|| rendered.len().min(draft.len()))) {
            let around =
                |v: &[char]| v[i.saturating_sub(12)..(i + 12).min(v.len())].iter().collect::<String>();
            panic!(
                "{brief}: the PDF differs at character {i}: draft …{}… PDF …{}…",
                around(&draft),
                around(&rendered)
            );
        }
    }
}

#[test]
fn exporting_a_draft_with_masks_warns_with_each_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("稿.md");
    std::fs::write(
        &md,
        "# 在全市对外开放工作会议上的讲话\n\n同志们：\n\n全市实际利用外资xx亿美元，增长**%。\n",
    )
    .unwrap();
    let out = jianggao().arg("export").arg(&md).assert().success().get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    assert!(err.contains("还有 2 处待填的占位符"), "{err}");
    assert!(err.contains("稿.md:5:9") && err.contains("【xx】亿美元"), "{err}");
    assert!(err.contains("稿.md:5:17"), "{err}");
    // A clean draft exports without a word about masks.
    let clean = jianggao()
        .args(["export", "tests/fixtures/check/clean.md", "-o"])
        .arg(dir.path().join("c.docx"))
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&clean.get_output().stderr).contains("占位符"));
}

#[test]
fn exporting_a_draft_with_characters_outside_gb2312_warns_with_each_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("稿.md");
    std::fs::write(&md, "# 在全市对外开放工作会议上的讲话\n\n同志们：\n\n## 一、张堃同志的要求\n\n浙江喆盛科技项目签约落地。\n")
        .unwrap();
    let out = jianggao().arg("export").arg(&md).assert().success().get_output().stderr.clone();
    let err = String::from_utf8(out).unwrap();
    // 堃 stands in a 黑体 heading, which shows GBK; 喆 in the 仿宋_GB2312 body does not show.
    assert!(err.contains("有 1 个字公文字体显示不出"), "{err}");
    assert!(err.contains("稿.md:7:3  “喆”（U+5586）不在 GB2312 字符集内，仿宋_GB2312 显示不出"), "{err}");
    assert!(err.contains("方正仿宋_GBK"), "{err}");
    assert!(dir.path().join("稿.docx").is_file());
    let clean = jianggao()
        .args(["export", "tests/fixtures/check/clean.md", "-o"])
        .arg(dir.path().join("c.docx"))
        .assert()
        .success();
    assert!(!String::from_utf8_lossy(&clean.get_output().stderr).contains("显示不出"));
}

/// `export` given a Word document says it already is one (a helper's sweep: `不是文本文件…`),
/// named .docx or not.
#[test]
fn export_of_a_word_document_says_it_already_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let docx = dir.path().join("g.docx");
    std::fs::write(&docx, crate::util::docx_of(&["同志们："])).unwrap();
    let renamed = dir.path().join("g.md");
    std::fs::copy(&docx, &renamed).unwrap();
    for input in [&docx, &renamed] {
        let out =
            jianggao().arg("export").arg(input).arg("-o").arg(dir.path().join("x.docx")).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("已经是 Word 文档"), "{err}");
    }
}

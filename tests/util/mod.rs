//! What the integration tests share: the binary under test, the seeds' names no other draft may
//! carry (read from the deny list the drafts are filtered by), and .docx builders.
#![allow(dead_code)]

use assert_cmd::Command;

/// The `jianggao` binary, built for this test run.
pub fn jianggao() -> Command {
    Command::cargo_bin("jianggao").unwrap()
}

/// The places, people and bodies of the seed speeches (`templates/common.yaml`, `deny`): none may
/// appear in a draft for another locality.
pub fn seed_names() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Common {
        deny: Vec<String>,
    }
    let text = std::fs::read_to_string("templates/common.yaml").unwrap();
    let common: Common = serde_yaml::from_str(&text).unwrap();
    assert!(common.deny.len() >= 20, "the deny list is the seeds' names");
    common.deny
}

use std::io::Write;

/// The namespaces of `w:` and `r:`, for a part's root element.
pub const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#;

/// A .docx of these parts, in this order.
pub fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// A .docx holding only `document.xml`, with these paragraphs' texts, each in its own run.
pub fn docx_of(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs.iter().map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r></w:p>")).collect();
    zip_of(&[("word/document.xml", &format!("<w:document {NS}><w:body>{body}</w:body></w:document>"))])
}

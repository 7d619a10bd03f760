//! What several test binaries need: a .docx built part by part, the way Word writes one.

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

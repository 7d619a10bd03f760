//! A minimal XML writer for the parts of a .docx: elements, attributes and escaped text, nothing
//! else. The order of child elements is the caller's: WordprocessingML fixes it per element
//! (ECMA-376 Part 1, `CT_RPr`, `CT_PPr`, `CT_Style` …), and the functions in `properties` and
//! `styles` write each sequence in that order by construction.

/// An XML document being written.
pub struct Xml {
    out: String,
    /// Names of the open elements, innermost last.
    open: Vec<&'static str>,
}

/// `standalone="yes"`: every part stands alone (no external DTD), as Word writes them.
const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

impl Xml {
    pub fn new() -> Xml {
        Xml { out: String::from(DECLARATION), open: Vec::new() }
    }

    /// `<name a="v" …>`: an element whose children follow until `close`.
    pub fn open(&mut self, name: &'static str, attrs: &[(&str, &str)]) -> &mut Xml {
        self.tag(name, attrs);
        self.out.push('>');
        self.open.push(name);
        self
    }

    /// `<name a="v" …/>`.
    pub fn empty(&mut self, name: &'static str, attrs: &[(&str, &str)]) -> &mut Xml {
        self.tag(name, attrs);
        self.out.push_str("/>");
        self
    }

    /// `<name a="v" …>text</name>`.
    pub fn text_element(&mut self, name: &'static str, attrs: &[(&str, &str)], text: &str) -> &mut Xml {
        self.open(name, attrs);
        escape_into(&mut self.out, text, false);
        self.close()
    }

    /// Closes the innermost open element.
    pub fn close(&mut self) -> &mut Xml {
        let name = self.open.pop().expect("close without open");
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self
    }

    pub fn finish(self) -> String {
        assert!(self.open.is_empty(), "unclosed elements: {:?}", self.open);
        self.out
    }

    fn tag(&mut self, name: &str, attrs: &[(&str, &str)]) {
        self.out.push('<');
        self.out.push_str(name);
        for (key, value) in attrs {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            escape_into(&mut self.out, value, true);
            self.out.push('"');
        }
    }
}

/// Appends `text` with `&`, `<`, `>` (and in attributes `"`) escaped. Characters XML 1.0 does not
/// allow at all (controls other than tab and newline) are dropped: Word refuses a part that has one.
fn escape_into(out: &mut String, text: &str, attribute: bool) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attribute => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped_and_controls_dropped() {
        let mut x = Xml::new();
        x.open("a", &[("k", "\"<&>\"")]).text_element("b", &[], "x<y & \u{1}z").empty("c", &[]).close();
        assert_eq!(
            x.finish().trim_start_matches(DECLARATION),
            r#"<a k="&quot;&lt;&amp;&gt;&quot;"><b>x&lt;y &amp; z</b><c/></a>"#
        );
    }
}

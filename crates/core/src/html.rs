//! A small writer for static markup, every text and attribute value escaped.
//!
//! The results report and the start page written at build time are static: nothing in
//! them changes after they are shown. Written as one string and handed to the page in
//! one step, they cost a fraction of the WebAssembly that building the same elements
//! one by one through the UI framework does (the results sections: 18 KB gzip), and
//! their markup can be tested natively.
//!
//! ```
//! use yardstick_core::html::Html;
//! let mut html = Html::new();
//! html.open("p", &[("class", "note")]).text("1 < 2 & \"so\"").close("p");
//! assert_eq!(html.finish(), r#"<p class="note">1 &lt; 2 &amp; &quot;so&quot;</p>"#);
//! ```

/// Markup being written. Tag and attribute names are the caller's constants; every
/// value and text goes through [`escape`].
#[derive(Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Self {
        Html::default()
    }

    /// `<tag name="value" ...>`.
    pub fn open(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attributes {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            push_escaped(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.out, text);
        self
    }

    /// An element holding only text: `<tag ...>text</tag>`.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, &str)], text: &str) -> &mut Self {
        self.open(tag, attributes).text(text).close(tag)
    }

    /// An element with no content, closed at once (`<line ...></line>`).
    pub fn empty(&mut self, tag: &str, attributes: &[(&str, &str)]) -> &mut Self {
        self.open(tag, attributes).close(tag)
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Text as HTML: the five characters that could open markup or end an attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

//! A strict little reader for the markup the core writes (`html::Html`), for the tests of
//! the start page and the results sections: it fails on a tag closed out of order or
//! never closed, on a raw `<`, `>` or `"` where text or an attribute value should be
//! escaped, and on an `&` that starts none of the five entities the writer uses. What it
//! reads back is a tree, so tests can ask for elements and their decoded text.
#![allow(dead_code)]

/// An element and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub tag: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

impl Element {
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the `class` attribute lists `class`.
    pub fn has_class(&self, class: &str) -> bool {
        self.attribute("class")
            .is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }

    /// The decoded text of the element and everything in it.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for child in &self.children {
            match child {
                Node::Text(text) => out.push_str(text),
                Node::Element(e) => out.push_str(&e.text()),
            }
        }
        out
    }

    /// Every element inside this one (not itself), in document order.
    pub fn descendants(&self) -> Vec<&Element> {
        let mut out = Vec::new();
        for child in &self.children {
            if let Node::Element(e) = child {
                out.push(e);
                out.extend(e.descendants());
            }
        }
        out
    }

    /// The elements inside this one with tag `tag`, in document order.
    pub fn all(&self, tag: &str) -> Vec<&Element> {
        self.descendants()
            .into_iter()
            .filter(|e| e.tag == tag)
            .collect()
    }

    /// The elements inside this one with tag `tag` and class `class`.
    pub fn all_with_class(&self, tag: &str, class: &str) -> Vec<&Element> {
        self.all(tag)
            .into_iter()
            .filter(|e| e.has_class(class))
            .collect()
    }

    /// The one element inside with tag `tag` and class `class`; panics on none or more.
    pub fn only(&self, tag: &str, class: &str) -> &Element {
        let found = self.all_with_class(tag, class);
        assert_eq!(
            found.len(),
            1,
            "<{tag} class={class}>: {} found",
            found.len()
        );
        found[0]
    }

    /// The element inside with `id`.
    pub fn by_id(&self, id: &str) -> Option<&Element> {
        self.descendants()
            .into_iter()
            .find(|e| e.attribute("id") == Some(id))
    }

    /// The direct child elements.
    pub fn child_elements(&self) -> Vec<&Element> {
        self.children
            .iter()
            .filter_map(|c| match c {
                Node::Element(e) => Some(e),
                Node::Text(_) => None,
            })
            .collect()
    }
}

/// Reads `markup` as a list of top-level nodes, wrapped in a `#root` element. Panics,
/// naming the position, on anything the writer should never produce.
pub fn parse(markup: &str) -> Element {
    let mut stack = vec![Element {
        tag: "#root".into(),
        attributes: Vec::new(),
        children: Vec::new(),
    }];
    let mut rest = markup;
    let at = |rest: &str| markup.len() - rest.len();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("</") {
            let end = after
                .find('>')
                .unwrap_or_else(|| panic!("unterminated closing tag at {}", at(rest)));
            let tag = &after[..end];
            let open = stack.pop().expect("the root is never popped here");
            assert!(
                !stack.is_empty() && open.tag == tag,
                "</{tag}> at {} closes <{}>",
                at(rest),
                open.tag
            );
            stack.last_mut().unwrap().children.push(Node::Element(open));
            rest = &after[end + 1..];
        } else if let Some(after) = rest.strip_prefix('<') {
            let end = after
                .find('>')
                .unwrap_or_else(|| panic!("unterminated tag at {}", at(rest)));
            let inside = &after[..end];
            assert!(
                !inside.contains('<'),
                "a raw '<' inside a tag at {}",
                at(rest)
            );
            stack.push(open_tag(inside, at(rest)));
            rest = &after[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            let text = decode(&rest[..end], at(rest));
            stack.last_mut().unwrap().children.push(Node::Text(text));
            rest = &rest[end..];
        }
    }
    assert_eq!(
        stack.len(),
        1,
        "never closed: {:?}",
        stack.iter().skip(1).map(|e| &e.tag).collect::<Vec<_>>()
    );
    stack.pop().unwrap()
}

/// `tag name="value" ...` (what is between `<` and `>`).
fn open_tag(inside: &str, position: usize) -> Element {
    let (tag, mut rest) = inside.split_once(' ').unwrap_or((inside, ""));
    assert!(
        !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric()),
        "bad tag name {tag:?} at {position}"
    );
    let mut attributes = Vec::new();
    while !rest.is_empty() {
        let (name, after) = rest.split_once("=\"").unwrap_or_else(|| {
            panic!("attribute without a quoted value in <{tag}> at {position}: {rest:?}")
        });
        assert!(
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "bad attribute name {name:?} in <{tag}> at {position}"
        );
        let (value, after) = after
            .split_once('"')
            .unwrap_or_else(|| panic!("unterminated attribute value in <{tag}> at {position}"));
        attributes.push((name.to_string(), decode(value, position)));
        rest = match after.strip_prefix(' ') {
            Some(next) => next,
            None => {
                assert!(
                    after.is_empty(),
                    "junk after an attribute in <{tag}> at {position}: {after:?}"
                );
                after
            }
        };
    }
    Element {
        tag: tag.to_string(),
        attributes,
        children: Vec::new(),
    }
}

/// Escaped text back to what it says; panics on a raw `>` or `"` or an unknown entity.
fn decode(text: &str, position: usize) -> String {
    assert!(
        !text.contains('>') && !text.contains('"'),
        "a raw '>' or '\"' near {position}: {text:?}"
    );
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let entity = &rest[amp..];
        let (raw, decoded) = [
            ("&amp;", '&'),
            ("&lt;", '<'),
            ("&gt;", '>'),
            ("&quot;", '"'),
            ("&#39;", '\''),
        ]
        .into_iter()
        .find(|(raw, _)| entity.starts_with(raw))
        .unwrap_or_else(|| {
            panic!("an '&' that starts no known entity near {position}: {entity:?}")
        });
        out.push(decoded);
        rest = &entity[raw.len()..];
    }
    out.push_str(rest);
    out
}

/// Every `id` in the tree, asserting none is used twice.
pub fn assert_unique_ids(root: &Element) {
    let mut seen = std::collections::BTreeSet::new();
    for element in root.descendants() {
        if let Some(id) = element.attribute("id") {
            assert!(seen.insert(id.to_string()), "id {id:?} is used twice");
        }
    }
}

/// The reader refuses what it should refuse, so the tests that lean on it mean something.
pub fn self_check() {
    let bad = [
        "<p><b></p></b>",
        "<p>",
        "</p>",
        "<p>1 < 2</p>",
        "<p>a > b</p>",
        "<p title=\"a\"b\"></p>",
        "<p>fish & chips</p>",
        "<p title=x></p>",
    ];
    for markup in bad {
        assert!(
            std::panic::catch_unwind(|| parse(markup)).is_err(),
            "the checker accepted {markup:?}"
        );
    }
    let good = parse("<p class=\"a b\" title=\"&lt;&quot;&#39;\">x &amp; <b>y</b></p>");
    let p = &good.all("p")[0];
    assert!(p.has_class("b"));
    assert_eq!(p.attribute("title"), Some("<\"'"));
    assert_eq!(p.text(), "x & y");
}

//! The markup writer: every text and attribute value escaped (all five characters),
//! tags written in the order they are opened and closed.

mod markup;

use yardstick_core::html::{escape, Html};

#[test]
fn escape_replaces_each_of_the_five_characters() {
    assert_eq!(escape("&"), "&amp;");
    assert_eq!(escape("<"), "&lt;");
    assert_eq!(escape(">"), "&gt;");
    assert_eq!(escape("\""), "&quot;");
    assert_eq!(escape("'"), "&#39;");
    assert_eq!(
        escape("<a href=\"x\" title='y'>Q&A</a>"),
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Q&amp;A&lt;/a&gt;"
    );
}

#[test]
fn escape_leaves_other_text_alone_and_escapes_entities_literally() {
    let plain = "Plain words, numbers 1–2, \u{b7} \u{a0} é 日本 and emoji 🎯";
    assert_eq!(escape(plain), plain);
    assert_eq!(escape(""), "");
    // An entity in the input is text, not markup: it shows as written.
    assert_eq!(escape("&amp; &lt;"), "&amp;amp; &amp;lt;");
}

#[test]
fn text_is_escaped() {
    let mut html = Html::new();
    html.text("<script>alert('x') & \"y\"</script>");
    assert_eq!(
        html.finish(),
        "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
    );
}

#[test]
fn attribute_values_are_escaped_so_they_cannot_end_the_attribute() {
    let mut html = Html::new();
    html.open(
        "p",
        &[("title", "\" onmouseover=\"alert(1)"), ("data-x", "<&>'")],
    )
    .close("p");
    let out = html.finish();
    assert_eq!(
        out,
        "<p title=\"&quot; onmouseover=&quot;alert(1)\" data-x=\"&lt;&amp;&gt;&#39;\"></p>"
    );
    let root = markup::parse(&out);
    let p = &root.all("p")[0];
    assert_eq!(p.attributes.len(), 2, "no attribute was injected");
    assert_eq!(p.attribute("title"), Some("\" onmouseover=\"alert(1)"));
    assert_eq!(p.attribute("data-x"), Some("<&>'"));
}

#[test]
fn attributes_keep_their_order_and_a_tag_without_any_has_no_space() {
    let mut html = Html::new();
    html.open("a", &[("href", "#main"), ("class", "skip"), ("id", "s")])
        .close("a")
        .open("b", &[])
        .close("b");
    assert_eq!(
        html.finish(),
        "<a href=\"#main\" class=\"skip\" id=\"s\"></a><b></b>"
    );
}

#[test]
fn elements_nest_in_the_order_they_are_opened_and_closed() {
    let mut html = Html::new();
    html.open("section", &[("class", "s")])
        .element("h2", &[("id", "h")], "Tom & Jerry")
        .open("ul", &[])
        .element("li", &[], "1 < 2")
        .open("li", &[])
        .text("a ")
        .element("strong", &[], "b")
        .close("li")
        .close("ul")
        .empty("line", &[("x1", "0")])
        .close("section");
    let out = html.finish();
    assert_eq!(
        out,
        "<section class=\"s\"><h2 id=\"h\">Tom &amp; Jerry</h2><ul><li>1 &lt; 2</li><li>a <strong>b</strong></li></ul><line x1=\"0\"></line></section>"
    );
    let root = markup::parse(&out);
    let section = &root.child_elements()[0];
    assert_eq!(
        section
            .child_elements()
            .iter()
            .map(|e| e.tag.as_str())
            .collect::<Vec<_>>(),
        ["h2", "ul", "line"]
    );
    let items = section.all("li");
    assert_eq!(items[0].text(), "1 < 2");
    assert_eq!(items[1].text(), "a b");
    assert_eq!(items[1].all("strong")[0].text(), "b");
}

#[test]
fn a_new_writer_writes_nothing() {
    assert_eq!(Html::new().finish(), "");
}

#[test]
fn the_markup_checker_used_by_these_tests_refuses_broken_markup() {
    markup::self_check();
}

//! The start page written into `index.html` at build time: the frame and one card per
//! built-in role in manifest order, with the same words the app shows, well-formed and
//! escaped.

mod common;
mod markup;

use markup::{assert_unique_ids, parse, Element};
use yardstick_core::builtin::{BuiltIn, BUILT_IN};
use yardstick_core::start_page::*;

fn page(roles: &[BuiltIn]) -> Element {
    let root = parse(&prerendered_page(roles));
    assert_eq!(root.child_elements().len(), 1, "one root element");
    root.child_elements()[0].clone()
}

#[test]
fn the_page_is_well_formed_with_unique_ids_and_one_root_the_app_can_find() {
    let page = page(&BUILT_IN);
    assert_eq!(page.tag, "div");
    assert_eq!(page.attribute("id"), Some("prerendered"));
    assert!(page.has_class("app"));
    assert_unique_ids(&page);
}

#[test]
fn the_frame_has_the_skip_link_brand_navigation_and_footer() {
    let page = page(&BUILT_IN);
    let skip = page.only("a", "skip-link");
    assert_eq!(skip.attribute("href"), Some("#main"));
    assert_eq!(skip.text(), SKIP_LINK);
    assert!(page.by_id("main").is_some_and(|m| m.tag == "main"));
    assert_eq!(page.only("p", "brand").text(), BRAND);

    let links = page.all_with_class("a", "nav-link");
    assert_eq!(
        links.iter().map(|l| l.text()).collect::<Vec<_>>(),
        NAV.map(|(label, _)| label)
    );
    assert_eq!(
        links
            .iter()
            .map(|l| l.attribute("href"))
            .collect::<Vec<_>>(),
        [
            Some("#/"),
            Some("#/history"),
            Some("#/team"),
            Some("#/data"),
            Some("#/embed")
        ]
    );
    // Only Roles is the current page: a first visit opens on the role list.
    let current: Vec<_> = links.iter().map(|l| l.attribute("aria-current")).collect();
    assert_eq!(current, [Some("page"), None, None, None, None]);
    assert_eq!(page.all("nav")[0].attribute("aria-label"), Some("Main"));

    assert_eq!(page.only("footer", "site-footer").text(), FOOTER);
}

#[test]
fn the_start_section_has_its_heading_intro_and_roles_heading() {
    let page = page(&BUILT_IN);
    let h1 = page.all("h1");
    assert_eq!(h1.len(), 1);
    assert_eq!(h1[0].text(), START_HEADING);
    let section = page.only("section", "start");
    assert_eq!(section.attribute("aria-labelledby"), h1[0].attribute("id"));
    assert_eq!(section.only("p", "lead").text(), START_INTRO);
    assert_eq!(section.only("h2", "section-heading").text(), ROLES_HEADING);
}

#[test]
fn there_is_one_card_per_built_in_role_in_manifest_order() {
    let page = page(&BUILT_IN);
    let cards = page.all_with_class("li", "role-card");
    assert_eq!(cards.len(), BUILT_IN.len());
    assert!(BUILT_IN.len() >= 4, "the four built-in roles");
    for (card, role) in cards.iter().zip(&BUILT_IN) {
        let article = &card.all("article")[0];
        let h3 = &article.all("h3")[0];
        assert_eq!(h3.text(), role.title);
        assert_eq!(
            h3.attribute("id"),
            Some(format!("role-{}", role.id).as_str())
        );
        assert_eq!(article.attribute("aria-labelledby"), h3.attribute("id"));
        let paragraphs = article.all("p");
        assert_eq!(paragraphs[0].text(), role.summary);
        assert_eq!(
            article.only("p", "role-meta").text(),
            role_meta(role.questions, role.areas, role.minutes)
        );
        let buttons = article.all("button");
        assert_eq!(buttons.len(), 2);
        assert_eq!(buttons[0].text(), start_label(role.title));
        assert_eq!(buttons[0].text(), format!("Start {}", role.title));
        assert_eq!(buttons[1].text(), ASK_OTHERS_LABEL);
        assert!(buttons
            .iter()
            .all(|b| b.attribute("type") == Some("button")));
    }
}

#[test]
fn the_manifest_counts_are_those_of_the_framework_files() {
    for (role, framework) in BUILT_IN.iter().zip(common::all_built_in()) {
        assert_eq!(role.id, framework.id);
        assert_eq!(role.title, framework.title);
        assert_eq!(role.summary, framework.summary);
        assert_eq!(role.questions, framework.scored_item_count(), "{}", role.id);
        assert_eq!(role.areas, framework.dimensions.len(), "{}", role.id);
        assert_eq!(
            role.minutes,
            u64::from(yardstick_core::timing::estimated_minutes(&framework)),
            "{}",
            role.id
        );
    }
}

#[test]
fn a_role_whose_words_carry_markup_shows_them_as_text() {
    let evil = BuiltIn {
        id: "x\"><script>alert(1)</script>",
        version: "1.0.0",
        title: "<script>alert('title')</script> & \"Co\"",
        summary: "Summary with <img src=x onerror=alert(1)> and 'quotes'",
        minutes: 1,
        areas: 1,
        questions: 1,
    };
    let markup = prerendered_page(&[evil]);
    assert!(!markup.contains("<script"), "{markup}");
    assert!(!markup.contains("<img"), "{markup}");
    // Parsing checks every value is escaped; the words come back as they were.
    let page = page(&[evil]);
    let card = page.only("li", "role-card");
    let h3 = &card.all("h3")[0];
    assert_eq!(h3.text(), evil.title);
    assert_eq!(
        h3.attribute("id"),
        Some(format!("role-{}", evil.id).as_str())
    );
    assert_eq!(card.all("p")[0].text(), evil.summary);
    assert_eq!(
        card.all("button")[0].text(),
        format!("Start {}", evil.title)
    );
    assert_eq!(
        card.only("p", "role-meta").text(),
        "1 question in 1 area \u{b7} about 1 minute"
    );
}

#[test]
fn role_meta_says_one_in_the_singular_and_other_counts_in_the_plural() {
    assert_eq!(
        role_meta(1, 1, 1),
        "1 question in 1 area \u{b7} about 1 minute"
    );
    assert_eq!(
        role_meta(2, 2, 2),
        "2 questions in 2 areas \u{b7} about 2 minutes"
    );
    assert_eq!(
        role_meta(40, 8, 15),
        "40 questions in 8 areas \u{b7} about 15 minutes"
    );
    assert_eq!(
        role_meta(11, 1, 21),
        "11 questions in 1 area \u{b7} about 21 minutes"
    );
    assert_eq!(
        role_meta(0, 0, 0),
        "0 questions in 0 areas \u{b7} about 0 minutes"
    );
}

#[test]
fn with_no_roles_the_page_still_has_its_frame_and_an_empty_list() {
    let page = page(&[]);
    assert_eq!(page.all("h1")[0].text(), START_HEADING);
    assert!(page.only("ul", "role-grid").children.is_empty());
}

//! The compare page's texts and table as markup: every text of the view-model, one row
//! per area plus the overall row, the not-scored and no-change cells, well-formed, and
//! role and area names escaped.

mod common;
mod markup;

use common::{completed_attempt, fixture};
use markup::{assert_unique_ids, parse, Element};
use yardstick_core::compare::{compare, comparison_page, NOT_SCORED_CELL, NO_CHANGE};
use yardstick_core::compare_markup::comparison_body;

const HOSTILE: &str = "Lead <img src=x onerror=alert(1)> & \"co\"";

fn body(earlier_answers: &[Option<bool>], hostile: bool) -> Element {
    let mut framework = fixture();
    if hostile {
        framework.title = HOSTILE.into();
        framework.dimensions[0].name = HOSTILE.into();
    }
    let earlier = completed_attempt(&framework, "a", 1_000.0, earlier_answers);
    let later = completed_attempt(&framework, "b", 2_000.0, &[Some(true), Some(true)]);
    let comparison = compare((&framework, &earlier), (&framework, &later)).unwrap();
    let page = comparison_page(&comparison, &|ms| format!("day {ms}"));
    let markup = comparison_body(&page);
    if hostile {
        assert!(
            !markup.contains("<img"),
            "no markup from a framework: {markup}"
        );
    }
    let root = parse(&markup);
    assert_unique_ids(&root);
    root
}

#[test]
fn every_text_and_a_row_per_area_then_the_overall_row() {
    let root = body(&[Some(false), Some(true)], false);
    let children: Vec<&str> = root
        .child_elements()
        .iter()
        .map(|e| e.attribute("class").unwrap_or(""))
        .collect();
    assert_eq!(
        children,
        ["eyebrow", "lead", "compare-overall", "table-scroll"],
        "no versions note when both used the same questions"
    );
    assert_eq!(root.only("p", "eyebrow").text(), "Team Lead (short)");
    assert!(root.only("p", "lead").text().contains("day 1000"));
    let region = root.only("div", "table-scroll");
    assert_eq!(region.attribute("role"), Some("region"));
    assert_eq!(region.attribute("aria-labelledby"), Some("compare-caption"));
    assert!(root.by_id("compare-caption").is_some());
    let heads: Vec<String> = root.all("thead")[0]
        .all("th")
        .iter()
        .map(|th| th.text())
        .collect();
    assert_eq!(
        heads,
        ["Area", "Earlier day 1000", "Later day 2000", "Change"]
    );
    let body_rows = root.all("tbody")[0].all("tr");
    assert_eq!(body_rows.len(), 2, "one row per area");
    assert_eq!(body_rows[0].all("th")[0].attribute("scope"), Some("row"));
    let total = root.all("tfoot")[0].all("tr");
    assert_eq!(total.len(), 1);
    assert_eq!(total[0].all("th")[0].text(), "Overall");
    let up = root.all_with_class("td", "compare-up");
    assert!(!up.is_empty(), "a higher later score is marked as up");
}

#[test]
fn an_area_not_scored_says_so_and_gives_no_change() {
    let root = body(&[None, Some(true)], false);
    let not_scored: Vec<String> = root
        .all_with_class("span", "compare-level")
        .iter()
        .map(|s| s.text())
        .collect();
    assert!(not_scored.iter().any(|t| t == NOT_SCORED_CELL));
    let hidden: Vec<String> = root
        .all_with_class("span", "visually-hidden")
        .iter()
        .map(|s| s.text())
        .collect();
    assert!(hidden.iter().any(|t| t == NO_CHANGE));
}

#[test]
fn framework_names_stay_text() {
    let root = body(&[Some(false), Some(true)], true);
    assert_eq!(root.only("p", "eyebrow").text(), HOSTILE);
    assert_eq!(root.all("tbody")[0].all("th")[0].text(), HOSTILE);
    assert!(root.all("img").is_empty());
}

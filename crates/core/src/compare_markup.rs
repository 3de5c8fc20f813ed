//! The compare page's static part as markup: the role, the lead, the note on differing
//! versions, the overall change and the table of scores by area. The compare view
//! inserts it in one step under its heading; the buttons below stay interactive views.
//!
//! Everything shown comes from the view-model ([`ComparisonPage`]); role and area names
//! come from frameworks (custom ones too) and are escaped by [`Html`].

use crate::compare::{ChangeCell, ComparisonPage, ComparisonRow, ScoreCell, Trend};
use crate::compare::{NOT_SCORED_CELL, NO_CHANGE};
use crate::html::Html;

/// Everything between the page's heading and its buttons, in page order.
pub fn comparison_body(page: &ComparisonPage) -> String {
    let mut html = Html::new();
    html.element("p", &[("class", "eyebrow")], &page.title)
        .element("p", &[("class", "lead")], &page.lead);
    for note in [&page.versions_note, &page.model_note]
        .into_iter()
        .flatten()
    {
        html.element("p", &[("class", "callout")], note);
    }
    html.element("p", &[("class", "compare-overall")], &page.overall)
        .open(
            "div",
            &[
                ("class", "table-scroll"),
                ("role", "region"),
                ("aria-labelledby", "compare-caption"),
                ("tabindex", "0"),
            ],
        )
        .open("table", &[("class", "compare-table")])
        .element("caption", &[("id", "compare-caption")], &page.caption)
        .open("thead", &[])
        .open("tr", &[])
        .element("th", &[("scope", "col")], "Area");
    for (label, date) in [
        ("Earlier ", &page.earlier_date),
        ("Later ", &page.later_date),
    ] {
        html.open("th", &[("scope", "col")])
            .text(label)
            .element("span", &[("class", "compare-date")], date)
            .close("th");
    }
    html.element("th", &[("scope", "col")], "Change")
        .close("tr")
        .close("thead")
        .open("tbody", &[]);
    for row in &page.rows {
        table_row(&mut html, row);
    }
    html.close("tbody").open("tfoot", &[]);
    table_row(&mut html, &page.total);
    html.close("tfoot").close("table").close("div");
    html.finish()
}

fn table_row(html: &mut Html, row: &ComparisonRow) {
    html.open("tr", &[])
        .element("th", &[("scope", "row")], &row.name);
    score_cell(html, &row.earlier);
    score_cell(html, &row.later);
    change_cell(html, &row.change);
    html.close("tr");
}

/// The whole-number score and its level, or "not scored".
fn score_cell(html: &mut Html, cell: &ScoreCell) {
    html.open("td", &[("class", "compare-score")]);
    match &cell.score {
        Some(score) => {
            html.element("span", &[("class", "compare-number")], score);
            if let Some(level) = &cell.level {
                html.element("span", &[("class", "compare-level")], level);
            }
        }
        None => {
            html.element("span", &[("class", "compare-level")], NOT_SCORED_CELL);
        }
    }
    html.close("td");
}

fn change_cell(html: &mut Html, cell: &ChangeCell) {
    let class = match cell.trend {
        Trend::Up => "compare-change compare-up",
        Trend::Down => "compare-change compare-down",
        Trend::Same => "compare-change",
    };
    match &cell.text {
        Some(text) => {
            html.element("td", &[("class", class)], text);
        }
        None => {
            html.open("td", &[("class", class)])
                .element("span", &[("aria-hidden", "true")], "\u{2014}")
                .element("span", &[("class", "visually-hidden")], NO_CHANGE)
                .close("td");
        }
    }
}

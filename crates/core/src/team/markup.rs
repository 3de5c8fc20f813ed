//! The team page's heatmap and statistics as one escaped string of markup
//! ([`crate::html`]), so the page costs a fraction of the WebAssembly of building
//! several thousand cells one by one, and its structure is tested natively.
//!
//! The table is a real data table: a caption, a column header per area, a row header
//! per person, and the team's mean, range and spread in the footer, so a screen reader
//! announces each cell with its person and area. Colour is never the only carrier: each
//! cell shows its number, and the legend names each colour's level.
//!
//! Each person's "Remove" button carries `data-remove="<member id>"`; the page handles
//! the clicks with one delegated listener.
//!
//! ```
//! use yardstick_core::team::{markup::team_markup, sample, Team, TeamInput};
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! let inputs: Vec<TeamInput> = sample::results(&framework, 2)
//!     .into_iter()
//!     .map(|(name, text)| TeamInput::File { name, text })
//!     .collect();
//! let mut team = Team::new();
//! team.import(&inputs, &[&framework]);
//! let html = team_markup(&team.summary(), None);
//! assert!(html.contains("<th scope=\"row\">Ada Byrne <button"));
//! assert!(html.contains("data-remove=\"1\""));
//! ```

use super::summary::TeamSummary;
use crate::html::Html;

/// The `data-` attribute naming the member a "Remove" button removes.
pub const REMOVE_ATTRIBUTE: &str = "data-remove";

/// The `data-` attribute naming what one of the page's other buttons does.
pub const ACTION_ATTRIBUTE: &str = "data-action";
/// `data-action` of the CSV download.
pub const DOWNLOAD_ACTION: &str = "download-csv";
/// `data-action` of "Remove everyone".
pub const REMOVE_EVERYONE_ACTION: &str = "remove-everyone";
/// The `data-` attribute naming the member a "Rename" button renames.
pub const RENAME_ATTRIBUTE: &str = "data-rename";
/// `data-action` of saving and of cancelling a new name.
pub const RENAME_SAVE_ACTION: &str = "rename-save";
pub const RENAME_CANCEL_ACTION: &str = "rename-cancel";
/// `id` of the field a new name is typed in.
pub const RENAME_FIELD_ID: &str = "team-rename";

/// Everything under the import controls: the lead, what the last import said (one line
/// per input), and for a team with people the heatmap and its actions.
///
/// While `editing` names a member, that person's row holds a field for their new name
/// with Save and Cancel in place of the name.
pub fn team_page_markup(summary: &TeamSummary, details: &[String], editing: Option<u32>) -> String {
    let mut html = Html::new();
    html.element("p", &[("class", "lead")], &summary.lead);
    if !details.is_empty() {
        html.open(
            "ul",
            &[
                ("class", "team-details"),
                ("aria-label", "What the last import found"),
            ],
        );
        for line in details {
            html.element("li", &[], line);
        }
        html.close("ul");
    }
    let mut out = html.finish();
    out.push_str(&team_markup(summary, editing));
    if !summary.rows.is_empty() {
        let mut html = Html::new();
        html.open("div", &[("class", "results-actions")]);
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button button-primary"),
                (ACTION_ATTRIBUTE, DOWNLOAD_ACTION),
            ],
            "Download CSV",
        );
        html.element(
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                (ACTION_ATTRIBUTE, REMOVE_EVERYONE_ACTION),
            ],
            "Remove everyone",
        );
        html.close("div");
        out.push_str(&html.finish());
    }
    out
}

/// Said while built-in roles are still being fetched, so an early import's "unknown
/// role" is understood; `""` once every role is here.
pub fn loading_roles_text(loading: usize) -> String {
    match loading {
        0 => String::new(),
        1 => "Still loading 1 role; its results can be added in a moment.".to_string(),
        n => format!("Still loading {n} roles; their results can be added in a moment."),
    }
}

/// The heatmap, legend, highlights and per-area sentences; `""` for an empty team.
/// `editing`: the member whose name is being changed (see [`team_page_markup`]).
pub fn team_markup(summary: &TeamSummary, editing: Option<u32>) -> String {
    if summary.rows.is_empty() {
        return String::new();
    }
    let mut html = Html::new();
    if let Some(note) = &summary.versions_note {
        html.element("p", &[("class", "callout")], note);
    }
    if !summary.highlights.is_empty() {
        html.element("p", &[("class", "team-highlights")], &summary.highlights);
    }

    html.open(
        "div",
        &[
            ("class", "table-scroll team-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "team-table-caption"),
        ],
    );
    html.open(
        "table",
        &[("class", "team-table"), ("data-testid", "team-table")],
    );
    html.element(
        "caption",
        &[("id", "team-table-caption")],
        &format!("{}: scores out of 100 by person and area", summary.title),
    );
    html.open("thead", &[]).open("tr", &[]);
    html.element("th", &[("scope", "col")], "Person");
    for column in &summary.columns {
        html.element("th", &[("scope", "col")], &column.name);
    }
    html.element("th", &[("scope", "col")], "Remove");
    html.close("tr").close("thead");

    html.open("tbody", &[]);
    for row in &summary.rows {
        let id = row.member_id.to_string();
        html.open("tr", &[("data-member", &id)]);
        html.open("th", &[("scope", "row")]);
        if editing == Some(row.member_id) {
            let label = format!("New name for {}", row.name);
            html.empty(
                "input",
                &[
                    ("id", RENAME_FIELD_ID),
                    ("type", "text"),
                    ("value", &row.name),
                    ("aria-label", &label),
                    ("maxlength", "80"),
                ],
            );
            for (action, text) in [
                (RENAME_SAVE_ACTION, "Save"),
                (RENAME_CANCEL_ACTION, "Cancel"),
            ] {
                html.element(
                    "button",
                    &[
                        ("type", "button"),
                        ("class", "link-button"),
                        (ACTION_ATTRIBUTE, action),
                    ],
                    text,
                );
            }
        } else {
            html.text(&row.name).text(" ");
            html.open(
                "button",
                &[
                    ("type", "button"),
                    ("class", "link-button team-rename"),
                    (RENAME_ATTRIBUTE, &id),
                ],
            )
            .text("Rename")
            .element(
                "span",
                &[("class", "visually-hidden")],
                &format!(" {}", row.name),
            )
            .close("button");
        }
        html.close("th");
        for cell in &row.cells {
            let class = match cell.band {
                Some(band) => format!("heat heat-{}", band.min(BANDS - 1)),
                None => "heat heat-none".to_string(),
            };
            html.element(
                "td",
                &[("class", &class), ("title", &cell.label)],
                &cell.text,
            );
        }
        html.open("td", &[]);
        html.open(
            "button",
            &[
                ("type", "button"),
                ("class", "link-button"),
                (REMOVE_ATTRIBUTE, &id),
            ],
        );
        html.text("Remove");
        html.element(
            "span",
            &[("class", "visually-hidden")],
            &format!(" {}", row.name),
        );
        html.close("button").close("td");
        html.close("tr");
    }
    html.close("tbody");

    html.open("tfoot", &[]);
    let footer_row =
        |html: &mut Html, label: &str, values: &mut dyn Iterator<Item = (&str, String)>| {
            html.open("tr", &[]);
            html.element("th", &[("scope", "row")], label);
            for (text, class) in values {
                html.element("td", &[("class", &class)], text);
            }
            html.empty("td", &[]);
            html.close("tr");
        };
    let band_class = |band: Option<usize>| match band {
        Some(band) => format!("heat heat-{}", band.min(BANDS - 1)),
        None => "heat heat-none".to_string(),
    };
    footer_row(
        &mut html,
        "Team mean",
        &mut summary
            .areas
            .iter()
            .map(|a| (a.mean_text.as_str(), band_class(a.mean_band))),
    );
    footer_row(
        &mut html,
        "Range",
        &mut summary
            .areas
            .iter()
            .map(|a| (a.range_text.as_str(), String::new())),
    );
    footer_row(
        &mut html,
        "Spread (standard deviation)",
        &mut summary
            .areas
            .iter()
            .map(|a| (a.sd_text.as_str(), String::new())),
    );
    html.close("tfoot");
    html.close("table").close("div");

    html.open(
        "ul",
        &[
            ("class", "team-legend"),
            ("aria-label", "Colours: the level each score falls in"),
        ],
    );
    for (n, level) in summary.levels.iter().enumerate() {
        html.open("li", &[]);
        html.empty(
            "span",
            &[
                ("class", &format!("heat-swatch heat-{}", n.min(BANDS - 1))),
                ("aria-hidden", "true"),
            ],
        );
        html.text(&level.name);
        html.close("li");
    }
    html.close("ul");

    html.element("h3", &[], "Spread within each area");
    html.open("ul", &[("class", "team-areas")]);
    for area in &summary.areas {
        html.element("li", &[], &area.sentence);
    }
    html.close("ul");
    html.finish()
}

/// Colour classes the stylesheet defines (`heat-0` .. `heat-3`); a framework with more
/// levels shares the top colour among them, and the number in the cell tells them apart.
pub const BANDS: usize = 4;

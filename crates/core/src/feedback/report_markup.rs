//! Self against others as markup: the status of the responses, a radar with both
//! views, a data table per area (and per relationship group the anonymity rule lets
//! through), a text summary of blind spots and hidden strengths, and the questions with
//! the largest gaps. With scores hidden (`scores=hidden`) it says the same in words
//! only: no score, range, difference or chart.
//!
//! Everything shown comes from [`super::aggregate::FeedbackReport`], which holds no
//! single response's values (the manager's view excepted, labelled as such), so this
//! markup cannot show what the anonymity rule withholds.
//!
//! ```
//! use yardstick_core::answers::Answers;
//! use yardstick_core::feedback::aggregate::aggregate;
//! use yardstick_core::feedback::report_markup::feedback_report_markup;
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//! let report = aggregate(&framework, &Answers::new(), &[]);
//! let html = feedback_report_markup(&framework, &report, false);
//! assert!(html.contains("No responses are in yet."));
//! assert!(!html.contains("<table"));
//! ```

use super::aggregate::{
    aggregate, responses_in, DimensionFeedback, Estimate, FeedbackReport, Others, OthersStatus,
    RaterAggregate, Reading, CLEAR_DIFFERENCE, MIN_GROUP_RESPONSES,
};
use crate::attempt::Attempt;
use crate::display::{format_number, format_signed, format_whole};
use crate::framework::{Framework, Item, ItemKind, Keying};
use crate::html::Html;
use crate::radar::geometry::{radar_chart, RadarAxis};
use crate::radar::labels::{chart_labels, chart_view_box, LABEL_CHARS};
use crate::radar::markup::{close_chart, legend_swatch, open_chart};

/// Side of the square the radar is laid out in, in SVG user units.
const RADAR_SIZE: f64 = 400.0;
const LABEL_FONT_SIZE: f64 = 17.0;

/// The self-against-others section for an attempt and its stored feedback: the
/// responses read from the record, aggregated with the attempt's own answers. An
/// attempt still in progress has no self view to set against others (half the answers
/// would make a gap that is not there), so it gets the count and what finishing
/// brings. `None` when the attempt has no invitation yet.
pub fn attempt_feedback_markup(
    framework: &Framework,
    attempt: &Attempt,
    hide_scores: bool,
) -> Option<String> {
    let responses = attempt.feedback.as_ref()?.responses(framework);
    if !attempt.is_complete() {
        let is_in = responses_in(responses.len());
        let mut html = Html::new();
        html.element(
            "p",
            &[
                ("class", "feedback-status"),
                ("data-testid", "feedback-status"),
            ],
            &format!("{is_in} Your own assessment is not finished yet: finish it, and this section sets their view against yours (once at least {MIN_GROUP_RESPONSES} people have responded)."),
        );
        return Some(html.finish());
    }
    let report = aggregate(framework, &attempt.answers, &responses);
    Some(feedback_report_markup(framework, &report, hide_scores))
}

/// The whole self-against-others section under the page's heading.
pub fn feedback_report_markup(
    framework: &Framework,
    report: &FeedbackReport,
    hide_scores: bool,
) -> String {
    let mut html = Html::new();
    html.element(
        "p",
        &[
            ("class", "feedback-status"),
            ("data-testid", "feedback-status"),
        ],
        &report.others.message(),
    );
    let shown = matches!(report.others, OthersStatus::Shown { .. });
    let manager_shown = report.dimensions.iter().any(|d| !d.groups.is_empty());
    if !shown && !manager_shown {
        return html.finish();
    }
    if shown {
        html.element(
            "p",
            &[("class", "feedback-summary")],
            &summary_text(framework, report),
        );
    }
    if hide_scores {
        words_only(&mut html, framework, report);
        return html.finish();
    }
    if shown && report.dimensions.len() >= 3 {
        radar_figure(&mut html, framework, report);
    }
    areas_table(&mut html, framework, report, shown);
    groups_table(&mut html, framework, report);
    if shown {
        largest_gaps(&mut html, framework, report);
    }
    how_to_read(&mut html);
    html.finish()
}

fn name_of<'a>(framework: &'a Framework, dimension_id: &'a str) -> &'a str {
    framework
        .dimensions
        .iter()
        .find(|d| d.id == dimension_id)
        .map(|d| d.name.as_str())
        .unwrap_or(dimension_id)
}

/// "Blind spots: Planning. Hidden strengths: Growing people. In the other areas ..."
pub fn summary_text(framework: &Framework, report: &FeedbackReport) -> String {
    let named = |reading: Reading| -> Vec<&str> {
        report
            .dimensions
            .iter()
            .filter(|d| d.comparison.is_some_and(|c| c.reading == reading))
            .map(|d| name_of(framework, &d.dimension_id))
            .collect()
    };
    let blind = named(Reading::BlindSpot);
    let hidden = named(Reading::HiddenStrength);
    let compared = report
        .dimensions
        .iter()
        .filter(|d| d.comparison.is_some())
        .count();
    if compared == 0 {
        return "No area has both your answers and enough of others' to compare yet.".to_string();
    }
    let mut parts = Vec::new();
    if !blind.is_empty() {
        parts.push(format!(
            "You rate yourself clearly higher than others do in {}: the place to ask what they see that you do not.",
            join_names(&blind)
        ));
    }
    if !hidden.is_empty() {
        parts.push(format!(
            "Others rate you clearly higher than you do in {}: a strength you may be underusing.",
            join_names(&hidden)
        ));
    }
    let agreeing = compared - blind.len() - hidden.len();
    if parts.is_empty() {
        parts.push(
            "Your view and others' agree in every area compared: no difference is large enough to be clear."
                .to_string(),
        );
    } else if agreeing > 0 {
        parts.push("In the other areas compared, the two views agree.".to_string());
    }
    parts.join(" ")
}

fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn reading_sentence(dimension: &DimensionFeedback) -> &'static str {
    match (
        &dimension.comparison,
        &dimension.others,
        &dimension.self_view,
    ) {
        (Some(c), _, _) => match c.reading {
            Reading::BlindSpot => "You rate yourself clearly higher than others do.",
            Reading::HiddenStrength => "Others rate you clearly higher than you rate yourself.",
            Reading::Agreement => "Your view and others' agree: no clear difference.",
        },
        (None, _, None) => "You answered too few of these questions to compare.",
        (None, _, Some(_)) => "Too few people answered these questions to show others' view.",
    }
}

fn words_only(html: &mut Html, framework: &Framework, report: &FeedbackReport) {
    html.open(
        "ul",
        &[("class", "feedback-words"), ("aria-label", "By area")],
    );
    for dimension in &report.dimensions {
        html.open("li", &[])
            .element("strong", &[], name_of(framework, &dimension.dimension_id))
            .text(": ")
            .text(reading_sentence(dimension))
            .close("li");
    }
    html.close("ul");
}

fn estimate_text(estimate: &Estimate) -> String {
    format!(
        "{} ({}–{})",
        format_whole(estimate.score),
        format_whole(estimate.range.low),
        format_whole(estimate.range.high)
    )
}

fn aggregate_text(aggregate: &RaterAggregate) -> String {
    let people = if aggregate.raters == 1 {
        "1 person".to_string()
    } else {
        format!("{} people", aggregate.raters)
    };
    format!(
        "{} ({}–{}), {people}",
        format_whole(aggregate.score),
        format_whole(aggregate.range.low),
        format_whole(aggregate.range.high)
    )
}

fn areas_table(html: &mut Html, framework: &Framework, report: &FeedbackReport, shown: bool) {
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "feedback-table-caption"),
        ],
    )
    .open(
        "table",
        &[
            ("class", "feedback-table"),
            ("data-testid", "feedback-table"),
        ],
    )
    .element(
        "caption",
        &[("id", "feedback-table-caption")],
        "You and others by area: scores out of 100, likely range in brackets",
    )
    .open("thead", &[])
    .open("tr", &[]);
    for heading in ["Area", "You", "Others", "Difference", "Reading"] {
        html.element("th", &[("scope", "col")], heading);
    }
    html.close("tr").close("thead").open("tbody", &[]);
    for dimension in &report.dimensions {
        html.open("tr", &[("data-dimension", &dimension.dimension_id)])
            .element(
                "th",
                &[("scope", "row")],
                name_of(framework, &dimension.dimension_id),
            );
        let own = dimension
            .self_view
            .as_ref()
            .map(estimate_text)
            .unwrap_or_else(|| "Too few answers".to_string());
        html.element("td", &[("data-cell", "self")], &own);
        let others = match (&dimension.others, shown) {
            (Others::Shown(aggregate), true) => aggregate_text(aggregate),
            (Others::TooFew { raters, needed }, true) => {
                format!("Too few answered ({raters} of {needed} needed)")
            }
            _ => "Not shown yet".to_string(),
        };
        html.element("td", &[("data-cell", "others")], &others);
        let (difference, reading) = match &dimension.comparison {
            Some(c) => (format_signed(c.difference, 0), c.reading.label()),
            None => ("–".to_string(), "–"),
        };
        html.element("td", &[("data-cell", "difference")], &difference)
            .element("td", &[("data-cell", "reading")], reading)
            .close("tr");
    }
    html.close("tbody").close("table").close("div");
}

/// Relationship groups shown under the anonymity rule, one column each; nothing when
/// no dimension shows a group.
fn groups_table(html: &mut Html, framework: &Framework, report: &FeedbackReport) {
    let mut relationships = Vec::new();
    for dimension in &report.dimensions {
        for group in &dimension.groups {
            if !relationships.contains(&group.relationship) {
                relationships.push(group.relationship);
            }
        }
    }
    if relationships.is_empty() {
        return;
    }
    crate::order::sort_stable_by(&mut relationships, |a, b| a.cmp(b));
    html.element(
        "h2",
        &[("id", "feedback-groups-heading")],
        "By relationship",
    );
    html.element(
        "p",
        &[("class", "hint")],
        &format!(
            "A group is shown only when {MIN_GROUP_RESPONSES} or more of its people answered an area, and only when no one's answers could be worked out from the others. Your manager's view is the exception: it is shown on its own and labelled as theirs."
        ),
    );
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("tabindex", "0"),
            ("role", "region"),
            ("aria-labelledby", "feedback-groups-caption"),
        ],
    )
    .open(
        "table",
        &[
            ("class", "feedback-table"),
            ("data-testid", "feedback-groups"),
        ],
    )
    .element(
        "caption",
        &[("id", "feedback-groups-caption")],
        "Others' view by relationship: scores out of 100, likely range in brackets",
    )
    .open("thead", &[])
    .open("tr", &[])
    .element("th", &[("scope", "col")], "Area");
    for relationship in &relationships {
        html.element("th", &[("scope", "col")], relationship.group_label());
    }
    html.close("tr").close("thead").open("tbody", &[]);
    for dimension in &report.dimensions {
        html.open("tr", &[]).element(
            "th",
            &[("scope", "row")],
            name_of(framework, &dimension.dimension_id),
        );
        for relationship in &relationships {
            let cell = dimension
                .groups
                .iter()
                .find(|g| g.relationship == *relationship)
                .map(|g| aggregate_text(&g.aggregate))
                .unwrap_or_else(|| "Not shown".to_string());
            html.element("td", &[], &cell);
        }
        html.close("tr");
    }
    html.close("tbody").close("table").close("div");
}

fn radar_figure(html: &mut Html, framework: &Framework, report: &FeedbackReport) {
    let axes = |value: &dyn Fn(&DimensionFeedback) -> Option<f64>| -> Vec<RadarAxis> {
        report
            .dimensions
            .iter()
            .map(|d| RadarAxis {
                label: name_of(framework, &d.dimension_id).to_string(),
                value: value(d),
                expected: None,
                range: None,
            })
            .collect()
    };
    let own = radar_chart(&axes(&|d| d.self_view.map(|e| e.score)), RADAR_SIZE);
    let others = radar_chart(
        &axes(&|d| match d.others {
            Others::Shown(a) => Some(a.score),
            Others::TooFew { .. } => None,
        }),
        RADAR_SIZE,
    );
    let labels = chart_labels(&own, LABEL_CHARS, false);
    let view_box = chart_view_box(&own, &labels, LABEL_FONT_SIZE);
    html.open("figure", &[("class", "radar-figure feedback-radar")]);
    open_chart(
        html,
        &own,
        &view_box,
        "radar",
        "Radar chart of your scores and others' by area; the table below gives the same figures.",
    );
    html.empty(
        "polygon",
        &[("class", "radar-others"), ("points", &others.score_points)],
    )
    .empty(
        "polygon",
        &[("class", "radar-score"), ("points", &own.score_points)],
    );
    close_chart(html, &labels, LABEL_FONT_SIZE);
    html.open("figcaption", &[("class", "chart-legend")])
        .open("span", &[("class", "legend-item")]);
    legend_swatch(html, "legend-score", ["1", "6", "23", "6"]);
    html.text("You")
        .close("span")
        .open("span", &[("class", "legend-item")]);
    legend_swatch(html, "legend-others", ["1", "6", "23", "6"]);
    html.text("Others' average (dashed)")
        .close("span")
        .close("figcaption")
        .close("figure");
}

/// The person's own wording of a question, to name it in the gaps list.
fn own_wording(item: &Item) -> &str {
    match &item.kind {
        ItemKind::Behaviour { text, .. } => text,
        ItemKind::Anchored { prompt, .. } => prompt,
        ItemKind::Scenario { situation, .. } => situation,
        ItemKind::Evidence { prompt, .. } => prompt,
    }
}

fn largest_gaps(html: &mut Html, framework: &Framework, report: &FeedbackReport) {
    html.element(
        "h2",
        &[("id", "feedback-gaps-heading")],
        "Where the views differ most",
    );
    if report.largest_gaps.is_empty() {
        html.element(
            "p",
            &[],
            &format!(
                "No single question shows a gap of {} points or more between your answer and others' average.",
                format_number(CLEAR_DIFFERENCE)
            ),
        );
        return;
    }
    html.element(
        "p",
        &[("class", "hint")],
        &format!(
            "Questions answered by {MIN_GROUP_RESPONSES} or more people, on a 0–100 scale per question; a step on the answer scale is 25 points."
        ),
    );
    html.open("ul", &[("class", "feedback-gaps")]);
    for gap in &report.largest_gaps {
        let wording = framework
            .dimensions
            .iter()
            .flat_map(|d| d.items.iter())
            .find(|i| i.id == gap.item_id)
            .map(own_wording)
            .unwrap_or(&gap.item_id);
        let direction = if gap.difference > 0.0 {
            "you rate yourself higher"
        } else {
            "others rate you higher"
        };
        let avoided = framework.item(&gap.item_id).is_some_and(|(_, i)| {
            matches!(
                i.kind,
                ItemKind::Behaviour {
                    keyed: Keying::Negative,
                    ..
                }
            )
        });
        let note = if avoided {
            " This statement describes something to avoid, so rating it low scores high."
        } else {
            ""
        };
        html.open("li", &[])
            .element("p", &[("class", "feedback-gap-text")], wording)
            .element(
                "p",
                &[("class", "hint")],
                &format!(
                    "Score out of 100, higher is better: you {}, others {} on average ({} people), so {direction}.{note}",
                    format_whole(gap.self_score),
                    format_whole(gap.others_score),
                    gap.raters
                ),
            )
            .close("li");
    }
    html.close("ul");
}

fn how_to_read(html: &mut Html) {
    html.open("details", &[("class", "feedback-how")])
        .element("summary", &[], "How to read this")
        .open("ul", &[]);
    for line in [
        "Your scores here use only the questions others answered too (no scenarios), so they can differ from your result's area scores.".to_string(),
        "Others' score is the average of the people who answered an area, each counting once. The range in brackets is where that average likely lies (80% of the time); it is wide with few people, because colleagues often see the same person differently.".to_string(),
        format!("A blind spot or hidden strength is named only when the two ranges do not overlap and the difference is at least {} points, half a step on every question. Smaller differences are normal: people rarely see themselves exactly as others do.", format_number(CLEAR_DIFFERENCE)),
        "Read this once the responses you expect are in. Comparing the figures before and after a single new response could reveal that person's answers, which is unfair to them.".to_string(),
    ] {
        html.element("li", &[], &line);
    }
    html.close("ul").close("details");
}

//! The static sections of the results report as markup: scores by area (radar, bars
//! and table), strengths and growth areas, "worth a second look", how the result was
//! computed, and the person's examples. The results view inserts this in one step;
//! the overview, the actions and the share panel around it stay interactive views.
//!
//! Everything shown comes from the view-model ([`ResultsReport`]); framework texts and
//! what the person wrote are escaped by [`Html`], so a custom framework's markup stays
//! text.

use crate::display::{format_number, shorten, NO_VALUE};
use crate::evidence::EvidenceGroup;
use crate::html::Html;
use crate::preparation::Preparation;
use crate::radar::geometry::{radar_chart, RadarAxis};
use crate::radar::labels::{chart_labels, chart_view_box, LABEL_CHARS};
use crate::radar::markup::{close_chart, legend_swatch, open_chart};
use crate::recommend::Suggestion;
use crate::report::DimensionRow;
use crate::results_page::{
    Bar, ExplainedArea, ExplanationSection, FocusCard, FocusSections, ResultsReport, ScoresSection,
    NO_STRENGTHS,
};
use crate::scenario_review::ScenarioReview;

/// The report's static sections, in page order; empty sections are left out.
pub fn results_sections(report: &ResultsReport) -> String {
    let mut html = Html::new();
    if let Some(preparation) = &report.preparation {
        preparation_section(&mut html, preparation);
    }
    if let Some(scores) = &report.scores {
        scores_section(&mut html, scores);
    }
    if let Some(focus) = &report.focus {
        focus_sections(&mut html, focus);
    }
    scenario_section(&mut html, &report.scenarios);
    second_look(&mut html, &report.warnings, &report.calibration);
    if let Some(explanation) = &report.explanation {
        how_computed(&mut html, explanation);
    }
    examples_section(&mut html, &report.examples);
    html.finish()
}

fn preparation_section(html: &mut Html, preparation: &Preparation) {
    html.open(
        "section",
        &[
            ("class", "results-section preparation-section"),
            ("aria-labelledby", "preparation-heading"),
            ("data-testid", "preparation"),
        ],
    )
    .element(
        "h2",
        &[("id", "preparation-heading")],
        &format!("{}: {}", preparation.name, preparation.status_text),
    )
    .element("p", &[], &preparation.note)
    .open("ul", &[("class", "preparation-steps")]);
    for step in &preparation.steps {
        marked_item(
            html,
            step.done,
            ["preparation-step step-done", "preparation-step step-open"],
            ("step-mark", ["Done: ", "Not yet: "]),
            &step.text,
        );
    }
    html.close("ul");
    if !preparation.next.is_empty() {
        html.element("h3", &[], "Next steps").open("ul", &[]);
        for action in &preparation.next {
            html.element("li", &[], action);
        }
        html.close("ul");
    }
    html.close("section");
}

/// A list item that says in words whether it is met (`[yes, no]` classes and marks), so
/// the state never rests on colour or a symbol alone.
fn marked_item(
    html: &mut Html,
    met: bool,
    classes: [&str; 2],
    (mark_class, marks): (&str, [&str; 2]),
    text: &str,
) {
    let pick = usize::from(!met);
    html.open("li", &[("class", classes[pick])])
        .element("span", &[("class", mark_class)], marks[pick])
        .text(text)
        .close("li");
}

fn scores_section(html: &mut Html, section: &ScoresSection) {
    html.open(
        "section",
        &[
            ("class", "results-section scores-section"),
            ("aria-labelledby", "scores-heading"),
        ],
    )
    .element("h2", &[("id", "scores-heading")], "Scores by area")
    .open(
        "div",
        &[(
            "class",
            if section.with_radar {
                "scores-visuals"
            } else {
                "scores-visuals scores-visuals-single"
            },
        )],
    );
    if section.with_radar {
        radar_figure(html, &section.rows, &section.chart_name);
    }
    html.open(
        "div",
        &[(
            "class",
            if section.with_radar {
                "bars bars-with-radar"
            } else {
                "bars"
            },
        )],
    )
    .open("p", &[("class", "bars-legend")]);
    legend_swatch(html, "bar-expected", ["12", "0", "12", "12"]);
    html.text("The vertical line marks the level the role expects; the dashed box around a bar's end marks its likely range.")
        .close("p")
        .open("ol", &[("class", "bar-list")]);
    for bar in &section.bars {
        bar_item(html, bar);
    }
    html.close("ol").close("div").close("div");

    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("role", "region"),
            ("aria-labelledby", "scores-caption"),
            ("tabindex", "0"),
        ],
    )
    .open("table", &[("class", "data-table scores-table")])
    .element(
        "caption",
        &[("id", "scores-caption")],
        "Scores against the expected level",
    );
    head_row(
        html,
        &[
            ("Area", false),
            ("Weight", true),
            ("Your score", true),
            ("Likely range", true),
            ("Level", false),
            ("Expected level", false),
            ("Gap", true),
            ("Self-rating", true),
            ("Scenario judgement", true),
        ],
    );
    html.open("tbody", &[]);
    for row in &section.rows {
        let testid = format!("dimension-score-{}", row.dimension_id);
        let level = row.level.clone().unwrap_or_else(|| NO_VALUE.to_string());
        let gap_class = if row.below_expected == Some(true) {
            "num gap-below"
        } else {
            "num"
        };
        if row.score.is_none() {
            html.open("tr", &[("class", "row-unscored")]);
        } else {
            html.open("tr", &[]);
        }
        html.element("th", &[("scope", "row")], &row.name)
            .element("td", &[("class", "num")], &row.weight)
            .element(
                "td",
                &[("class", "num"), ("data-testid", &testid)],
                &row.score_text,
            )
            .element(
                "td",
                &[
                    ("class", "num"),
                    (
                        "data-testid",
                        &format!("dimension-range-{}", row.dimension_id),
                    ),
                ],
                &row.range_text,
            )
            .element("td", &[], &level)
            .element(
                "td",
                &[],
                &format!("{} ({})", row.expected_level, row.expected_text),
            )
            .element("td", &[("class", gap_class)], &row.gap_text)
            .element("td", &[("class", "num")], &row.self_rating)
            .element("td", &[("class", "num")], &row.judgement)
            .close("tr");
    }
    html.close("tbody")
        .close("table")
        .close("div")
        .close("section");
}

/// A table's header row; `true` marks a numeric column.
fn head_row(html: &mut Html, columns: &[(&str, bool)]) {
    html.open("thead", &[]).open("tr", &[]);
    for (label, numeric) in columns {
        if *numeric {
            html.element("th", &[("scope", "col"), ("class", "num")], label);
        } else {
            html.element("th", &[("scope", "col")], label);
        }
    }
    html.close("tr").close("thead");
}

/// One dimension's bar: the score as a filled bar, the expected level as a line.
fn bar_item(html: &mut Html, bar: &Bar) {
    html.open(
        "li",
        &[(
            "class",
            if bar.unscored {
                "bar-item bar-unscored"
            } else {
                "bar-item"
            },
        )],
    )
    .open("p", &[("class", "bar-head")])
    .open("span", &[("class", "bar-name")])
    .element(
        "span",
        &[("class", "bar-number"), ("aria-hidden", "true")],
        &bar.number,
    )
    .text(&bar.name)
    .close("span")
    .element("span", &[("class", "bar-figures")], &bar.figures)
    .close("p")
    .open(
        "svg",
        &[
            ("class", "bar"),
            ("viewBox", "0 0 100 10"),
            ("preserveAspectRatio", "none"),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    )
    .empty(
        "rect",
        &[
            ("class", "bar-track"),
            ("x", "0"),
            ("y", "2"),
            ("width", "100"),
            ("height", "6"),
        ],
    )
    .empty(
        "rect",
        &[
            ("class", "bar-fill"),
            ("x", "0"),
            ("y", "2"),
            ("width", &bar.fill),
            ("height", "6"),
        ],
    );
    if let (Some(from), Some(width)) = (&bar.range_from, &bar.range_width) {
        html.empty(
            "rect",
            &[
                ("class", "bar-range"),
                ("x", from),
                ("y", "0.5"),
                ("width", width),
                ("height", "9"),
                // Drawn as an outline without any stylesheet rule, so it never hides the bar.
                ("fill", "none"),
                ("stroke", "currentColor"),
                ("stroke-dasharray", "3 2"),
                ("vector-effect", "non-scaling-stroke"),
            ],
        );
    }
    html.empty(
        "line",
        &[
            ("class", "bar-expected"),
            ("x1", &bar.expected_at),
            ("y1", "0"),
            ("x2", &bar.expected_at),
            ("y2", "10"),
            ("vector-effect", "non-scaling-stroke"),
        ],
    )
    .close("svg")
    .element("p", &[("class", "bar-expected-text")], &bar.expected_note)
    .close("li");
}

/// Side of the square the radar is laid out in, in SVG user units.
const RADAR_SIZE: f64 = 400.0;
/// Axis label font sizes in user units (the chart scales with its box).
const NAME_FONT_SIZE: f64 = 17.0;
const NUMBER_FONT_SIZE: f64 = 24.0;

/// The radar of dimension scores, drawn twice: with the dimension names for wider
/// screens and with numbers (matching the numbered bars) for phones, where names would
/// shrink the chart to nothing. The stylesheet shows one, so only one is ever in the
/// accessibility tree; each is one image (role="img" with a name), and the table and
/// bars beside it carry the same figures as text.
fn radar_figure(html: &mut Html, rows: &[DimensionRow], label: &str) {
    let axes = |name: &dyn Fn(usize, &DimensionRow) -> String| -> Vec<RadarAxis> {
        rows.iter()
            .enumerate()
            .map(|(i, row)| RadarAxis {
                label: name(i, row),
                value: row.score,
                expected: Some(row.expected_min),
                range: row.range.map(|r| (r.low, r.high)),
            })
            .collect()
    };
    html.open("figure", &[("class", "radar-figure")]);
    radar_svg(
        html,
        &axes(&|_, row| row.name.clone()),
        NAME_FONT_SIZE,
        true,
        "radar radar-wide",
        label,
    );
    radar_svg(
        html,
        &axes(&|i, _| (i + 1).to_string()),
        NUMBER_FONT_SIZE,
        false,
        "radar radar-narrow",
        label,
    );
    html.open("figcaption", &[("class", "chart-legend")])
        .open("span", &[("class", "legend-item")]);
    legend_swatch(html, "legend-score", ["1", "6", "23", "6"]);
    html.text("Your score")
        .close("span")
        .open("span", &[("class", "legend-item")]);
    legend_swatch(html, "legend-expected", ["1", "6", "23", "6"]);
    html.text("Level the role expects (dashed)")
        .close("span")
        .element(
            "span",
            &[("class", "legend-numbers")],
            "Numbers match the areas listed below.",
        )
        .close("figcaption")
        .close("figure");
}

fn radar_svg(
    html: &mut Html,
    axes: &[RadarAxis],
    font_size: f64,
    names: bool,
    class: &str,
    label: &str,
) {
    let chart = radar_chart(axes, RADAR_SIZE);
    let max_chars = if names { LABEL_CHARS } else { usize::MAX };
    let labels = chart_labels(&chart, max_chars, names);
    let view_box = chart_view_box(&chart, &labels, font_size);
    open_chart(html, &chart, &view_box, class, label);
    if let Some(path) = &chart.range_path {
        html.empty(
            "path",
            &[
                ("class", "radar-range"),
                ("d", path),
                ("fill-rule", "evenodd"),
            ],
        );
    }
    if let Some(points) = &chart.expected_points {
        html.empty(
            "polygon",
            &[("class", "radar-expected"), ("points", points)],
        );
    }
    html.empty(
        "polygon",
        &[("class", "radar-score"), ("points", &chart.score_points)],
    );
    for marker in chart.markers.iter().filter(|m| m.scored) {
        html.empty(
            "circle",
            &[
                ("class", "radar-dot"),
                ("cx", &format_number(marker.x)),
                ("cy", &format_number(marker.y)),
                ("r", "4"),
            ],
        );
    }
    close_chart(html, &labels, font_size);
}

/// Strengths and growth areas, each growth area with development actions and interview
/// questions to practise.
fn focus_sections(html: &mut Html, sections: &FocusSections) {
    html.open(
        "section",
        &[
            ("class", "results-section"),
            ("aria-labelledby", "strengths-heading"),
        ],
    )
    .element("h2", &[("id", "strengths-heading")], "Strengths");
    if sections.strengths.is_empty() {
        html.element("p", &[], NO_STRENGTHS);
    } else {
        html.open("ul", &[("class", "focus-list")]);
        for card in &sections.strengths {
            html.open("li", &[("class", "strength")])
                .open("p", &[("class", "focus-title")])
                .element("strong", &[], &card.name)
                .element("span", &[("class", "focus-figures")], &card.figures)
                .close("p")
                .element("p", &[("class", "focus-note")], &card.note)
                .close("li");
        }
        html.close("ul");
    }
    html.close("section")
        .open(
            "section",
            &[
                ("class", "results-section"),
                ("aria-labelledby", "growth-heading"),
            ],
        )
        .element("h2", &[("id", "growth-heading")], "Where to grow");
    for card in &sections.growth {
        growth_card(html, card);
    }
    html.close("section");
}

fn growth_card(html: &mut Html, card: &FocusCard) {
    let class = if card.stretch {
        "growth card growth-stretch"
    } else {
        "growth card"
    };
    html.open("article", &[("class", class)])
        .open("h3", &[("class", "focus-title")])
        .text(&card.name)
        .element("span", &[("class", "focus-figures")], &card.figures)
        .close("h3")
        .element("p", &[("class", "focus-note")], &card.note)
        .open("div", &[("class", "growth-lists")]);
    for (heading, items) in [
        ("Development actions", &card.development_actions),
        ("Practise for interviews", &card.practice_questions),
    ] {
        html.open("div", &[]).element("h4", &[], heading);
        suggestions(html, items);
        html.close("div");
    }
    html.close("div").close("article");
}

/// "Your scenario answers": each scenario collapsed under its situation, opening to the
/// responses in the key's order with the person's picks and the key's reasons.
fn scenario_section(html: &mut Html, scenarios: &[ScenarioReview]) {
    if scenarios.is_empty() {
        return;
    }
    html.open(
        "section",
        &[
            ("class", "results-section scenario-answers"),
            ("aria-labelledby", "scenario-answers-heading"),
        ],
    )
    .element("h2", &[("id", "scenario-answers-heading")], "Your scenario answers")
    .element(
        "p",
        &[("class", "section-intro")],
        "How the framework's key ranks the responses to each situation, with your two picks and the reasons behind the ranking.",
    );
    for scenario in scenarios {
        html.open("details", &[("class", "scenario-review")])
            .open("summary", &[])
            .element("span", &[("class", "scenario-area")], &scenario.dimension)
            .text(" ")
            .text(&shorten(&scenario.situation, QUOTED_CHARS))
            .close("summary")
            .element("p", &[("class", "scenario-situation")], &scenario.situation)
            .open("ol", &[("class", "scenario-key")]);
        for response in &scenario.responses {
            html.open("li", &[])
                .open("p", &[])
                .element("strong", &[("class", "key-grade")], response.grade)
                .text(": ")
                .text(&response.text)
                .close("p");
            if let Some(pick) = response.your_pick {
                html.element("p", &[("class", "your-pick")], pick);
            }
            if let Some(rationale) = &response.rationale {
                html.element("p", &[("class", "key-rationale")], rationale);
            }
            html.close("li");
        }
        html.close("ol").close("details");
    }
    html.close("section");
}

/// Longest statement quoted in "For your answer to …".
const QUOTED_CHARS: usize = 90;

/// Actions or practice questions, each with why it comes first and, for a question,
/// what the framework says about answering it.
fn suggestions(html: &mut Html, items: &[Suggestion]) {
    html.open("ul", &[]);
    for item in items {
        html.open("li", &[]).text(&item.text);
        if let Some(because) = &item.because {
            html.element(
                "p",
                &[("class", "suggestion-because")],
                &format!(
                    "For your answer to \u{201c}{}\u{201d}",
                    shorten(because, QUOTED_CHARS)
                ),
            );
        }
        let notes = [
            ("A strong answer shows", &item.strong_answer),
            ("A common pitfall", &item.pitfall),
            ("A likely follow-up", &item.follow_up),
        ];
        if notes.iter().any(|(_, text)| text.is_some()) {
            html.open("dl", &[("class", "practice-notes")]);
            for (term, text) in notes {
                if let Some(text) = text {
                    html.element("dt", &[], term).element("dd", &[], text);
                }
            }
            html.close("dl");
        }
        html.close("li");
    }
    html.close("ul");
}

fn list(html: &mut Html, attributes: &[(&str, &str)], items: &[String]) {
    html.open("ul", attributes);
    for item in items {
        html.element("li", &[], item);
    }
    html.close("ul");
}

/// "Worth a second look": answer-quality warnings and calibration notes; nothing when
/// there are neither.
fn second_look(html: &mut Html, warnings: &[String], notes: &[String]) {
    if warnings.is_empty() && notes.is_empty() {
        return;
    }
    html.open(
        "section",
        &[
            ("class", "results-section second-look"),
            ("aria-labelledby", "second-look-heading"),
        ],
    )
    .element("h2", &[("id", "second-look-heading")], "Worth a second look")
    .element(
        "p",
        &[("class", "section-intro")],
        "These never change your score. They point at answers that may not show you as you really are.",
    );
    for (heading, items) in [
        ("How you answered", warnings),
        ("How you see yourself", notes),
    ] {
        if !items.is_empty() {
            html.element("h3", &[], heading);
            list(html, &[("class", "look-list")], items);
        }
    }
    html.close("section");
}

/// "How this was computed": the method, then what each answer contributed, by area.
fn how_computed(html: &mut Html, explanation: &ExplanationSection) {
    html.open(
        "section",
        &[
            ("class", "results-section explanation"),
            ("aria-labelledby", "computed-heading"),
        ],
    )
    .element("h2", &[("id", "computed-heading")], "How this was computed")
    .open("details", &[("class", "explanation-details")])
    .element(
        "summary",
        &[],
        "Show the method and what each answer contributed",
    )
    .open("div", &[("class", "explanation-body")]);
    for paragraph in &explanation.method {
        html.element("p", &[], paragraph);
    }
    for area in &explanation.areas {
        explained_area(html, area);
    }
    html.close("div").close("details").close("section");
}

fn explained_area(html: &mut Html, area: &ExplainedArea) {
    html.element("h3", &[], &area.name)
        .element("p", &[], &area.summary);
    if let Some(note) = &area.weights_note {
        html.element("p", &[("class", "hint")], note);
    }
    if area.rows.is_empty() {
        html.element("p", &[], "No answer here counted towards the score.");
        return;
    }
    let caption_id = format!("explain-{}", area.dimension_id);
    html.open(
        "div",
        &[
            ("class", "table-scroll"),
            ("role", "region"),
            ("aria-labelledby", &caption_id),
            ("tabindex", "0"),
        ],
    )
    .open("table", &[("class", "data-table explain-table")])
    .element(
        "caption",
        &[("id", &caption_id), ("class", "visually-hidden")],
        &area.caption,
    );
    head_row(
        html,
        &[
            ("Statement", false),
            ("Your answer", false),
            ("Item score", true),
            ("Points to area", true),
            ("Points to overall", true),
        ],
    );
    html.open("tbody", &[]);
    for row in &area.rows {
        html.open("tr", &[])
            .element("th", &[("scope", "row")], &row.label)
            .element("td", &[], &row.answer)
            .element("td", &[("class", "num")], &row.item_score)
            .element("td", &[("class", "num")], &row.dimension_points)
            .element("td", &[("class", "num")], &row.overall_points)
            .close("tr");
    }
    html.close("tbody").close("table").close("div");
}

/// "Your examples": what the person wrote for the evidence prompts, by area; nothing
/// when they wrote none.
fn examples_section(html: &mut Html, groups: &[EvidenceGroup]) {
    if groups.is_empty() {
        return;
    }
    html.open(
        "section",
        &[
            ("class", "results-section examples"),
            ("aria-labelledby", "examples-heading"),
        ],
    )
    .element("h2", &[("id", "examples-heading")], "Your examples");
    for group in groups {
        html.element("h3", &[], &group.dimension_name);
        for entry in &group.entries {
            html.open("div", &[("class", "example card")])
                .element("p", &[("class", "example-prompt")], &entry.prompt)
                .element("p", &[("class", "example-text")], &entry.text)
                .element(
                    "p",
                    &[("class", "example-feedback-heading")],
                    "As interview evidence (not scored):",
                )
                .open("ul", &[("class", "example-feedback")]);
            for note in &entry.feedback {
                marked_item(
                    html,
                    note.good,
                    ["note-good", "note-open"],
                    ("note-mark", ["Strong: ", "To add: "]),
                    &note.text,
                );
            }
            html.close("ul").close("div");
        }
    }
    html.close("section");
}

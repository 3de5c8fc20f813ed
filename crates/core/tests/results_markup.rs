//! The results report's static sections as markup: every section of the view-model in
//! page order, one bar and one table row per area, what hidden scores and empty lists
//! leave out, well-formed throughout, and framework texts and what the person wrote
//! escaped.

mod common;
mod markup;

use common::{completed_attempt, fixture};
use markup::{assert_unique_ids, parse, Element};
use yardstick_core::answers::Answer;
use yardstick_core::attempt::Attempt;
use yardstick_core::framework::{Action, Framework};
use yardstick_core::results_markup::results_sections;
use yardstick_core::results_page::{
    results_report, ReportOptions, ResultsReport, Whose, NO_STRENGTHS,
};

const EVIDENCE: &str = "  I paired with her <img src=x onerror=alert(1)> & it \"worked\"  ";

fn options(hide_scores: bool) -> ReportOptions {
    ReportOptions {
        whose: Whose::Own,
        hide_scores,
    }
}

/// The fixture finished: Planning at the top, Growing people at the bottom, with an
/// example that carries markup.
fn attempt(framework: &Framework) -> Attempt {
    let mut attempt = completed_attempt(framework, "a", 5_000.0, &[Some(true), Some(false)]);
    attempt.answers.insert(
        "people-story".into(),
        Answer::Evidence {
            text: EVIDENCE.into(),
        },
    );
    attempt
}

fn report(framework: &Framework, attempt: &Attempt, hide_scores: bool) -> ResultsReport {
    results_report(framework, attempt, options(hide_scores), &|ms| {
        format!("day {ms}")
    })
}

/// The markup read back; panics if it is not well-formed or an id repeats.
fn sections(report: &ResultsReport) -> Element {
    let root = parse(&results_sections(report));
    assert_unique_ids(&root);
    root
}

/// The sections' headings in order, each section labelled by its own heading.
fn headings(root: &Element) -> Vec<String> {
    root.child_elements()
        .iter()
        .map(|section| {
            assert_eq!(section.tag, "section", "only sections at the top");
            let h2 = &section.child_elements()[0];
            assert_eq!(h2.tag, "h2");
            assert_eq!(section.attribute("aria-labelledby"), h2.attribute("id"));
            h2.text()
        })
        .collect()
}

fn section<'a>(root: &'a Element, heading: &str) -> &'a Element {
    root.child_elements()
        .into_iter()
        .find(|s| s.child_elements()[0].text() == heading)
        .unwrap_or_else(|| panic!("no section {heading:?}"))
}

#[test]
fn a_full_report_has_every_section_in_page_order() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), false);
    assert!(!r.warnings.is_empty(), "answered in no time: a warning");
    let root = sections(&r);
    assert_eq!(
        headings(&root),
        [
            "Scores by area",
            "Strengths",
            "Where to grow",
            "Your scenario answers",
            "Worth a second look",
            "How this was computed",
            "Your examples",
        ]
    );
}

#[test]
fn there_is_one_bar_per_area_with_its_figures_fill_and_expected_line() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), false);
    let root = sections(&r);
    let scores = section(&root, "Scores by area");
    let bars = scores.all_with_class("li", "bar-item");
    let expected = &r.scores.as_ref().unwrap().bars;
    assert_eq!(bars.len(), framework.dimensions.len());
    assert_eq!(bars.len(), expected.len());
    for ((li, bar), dimension) in bars.iter().zip(expected).zip(&framework.dimensions) {
        assert_eq!(li.only("span", "bar-number").text(), bar.number);
        assert_eq!(
            li.only("span", "bar-name").text(),
            format!("{}{}", bar.number, dimension.name)
        );
        assert_eq!(li.only("span", "bar-figures").text(), bar.figures);
        assert_eq!(
            li.only("rect", "bar-fill").attribute("width"),
            Some(bar.fill.as_str())
        );
        let line = li.only("line", "bar-expected");
        assert_eq!(line.attribute("x1"), Some(bar.expected_at.as_str()));
        assert_eq!(line.attribute("x2"), Some(bar.expected_at.as_str()));
        assert_eq!(li.only("p", "bar-expected-text").text(), bar.expected_note);
        let range = li.only("rect", "bar-range");
        assert_eq!(range.attribute("x"), bar.range_from.as_deref());
        assert_eq!(range.attribute("width"), bar.range_width.as_deref());
        assert_eq!(
            range.attribute("fill"),
            Some("none"),
            "an outline, never over the bar"
        );
    }
    assert_eq!(
        bars[0].only("span", "bar-figures").text(),
        "100, likely 88\u{2013}100 · Strong"
    );
    assert_eq!(
        bars[1].only("rect", "bar-fill").attribute("width"),
        Some("13.75")
    );
    assert_eq!(
        bars[1].only("rect", "bar-range").attribute("x"),
        Some("0.00")
    );
}

#[test]
fn the_table_has_a_row_per_area_with_the_score_under_its_test_id() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), false);
    let root = sections(&r);
    let table = section(&root, "Scores by area").only("table", "scores-table");
    let rows = table.all("tbody")[0].all("tr");
    assert_eq!(rows.len(), framework.dimensions.len());
    for (row, expected) in rows.iter().zip(&r.scores.as_ref().unwrap().rows) {
        assert_eq!(row.all("th")[0].text(), expected.name);
        let cells = row.all("td");
        assert_eq!(
            cells.len(),
            8,
            "weight, score, range, level, expected, gap, self, judgement"
        );
        let testid = format!("dimension-score-{}", expected.dimension_id);
        let scored: Vec<_> = cells
            .iter()
            .filter(|c| c.attribute("data-testid") == Some(testid.as_str()))
            .collect();
        assert_eq!(scored.len(), 1, "{testid}");
        assert_eq!(scored[0].text(), expected.score_text);
        let range_id = format!("dimension-range-{}", expected.dimension_id);
        assert_eq!(cells[2].attribute("data-testid"), Some(range_id.as_str()));
        assert_eq!(cells[2].text(), expected.range_text);
    }
    assert_eq!(rows[0].all("td")[1].text(), "100");
    assert_eq!(rows[1].all("td")[1].text(), "14");
    assert_eq!(rows[1].all("td")[2].text(), "0\u{2013}31");
    // Growing people's whole likely range is below the bar: its gap cell says so.
    assert!(rows[1].all("td")[5].has_class("gap-below"));
    assert!(!rows[0].all("td")[5].has_class("gap-below"));
    assert_eq!(table.all("thead")[0].all("th").len(), 9);
}

#[test]
fn an_area_without_a_score_has_an_unscored_row_and_bar() {
    let framework = fixture();
    let attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(true), None]);
    let root = sections(&report(&framework, &attempt, false));
    let scores = section(&root, "Scores by area");
    let rows = scores.all("tbody")[0].all("tr");
    assert!(!rows[0].has_class("row-unscored"));
    assert!(rows[1].has_class("row-unscored"));
    let bars = scores.all_with_class("li", "bar-item");
    assert!(!bars[0].has_class("bar-unscored"));
    assert!(bars[1].has_class("bar-unscored"));
}

#[test]
fn two_areas_get_bars_only_and_three_or_more_a_radar_drawn_twice() {
    let framework = fixture();
    let root = sections(&report(&framework, &attempt(&framework), false));
    let scores = section(&root, "Scores by area");
    assert!(scores.all("figure").is_empty());
    assert!(scores
        .only("div", "scores-visuals")
        .has_class("scores-visuals-single"));

    let framework = common::built_in("engineering-manager");
    let ends: Vec<_> = (0..framework.dimensions.len())
        .map(|i| Some(i % 2 == 0))
        .collect();
    let attempt = completed_attempt(&framework, "b", 5_000.0, &ends);
    let r = report(&framework, &attempt, false);
    let root = sections(&r);
    let scores = section(&root, "Scores by area");
    let chart_name = &r.scores.as_ref().unwrap().chart_name;
    for class in ["radar-wide", "radar-narrow"] {
        let svg = scores.only("svg", class);
        assert_eq!(svg.attribute("role"), Some("img"));
        assert_eq!(svg.attribute("aria-label"), Some(chart_name.as_str()));
        assert_eq!(
            svg.all_with_class("text", "radar-label").len(),
            framework.dimensions.len()
        );
        // Every area is scored, so the likely ranges are drawn as one even-odd band.
        let band = svg.only("path", "radar-range");
        assert_eq!(band.attribute("fill-rule"), Some("evenodd"));
        assert_eq!(band.attribute("d").unwrap().matches('M').count(), 2);
    }
    assert_eq!(
        scores.all_with_class("li", "bar-item").len(),
        framework.dimensions.len()
    );
}

#[test]
fn strengths_and_growth_cards_carry_their_notes_actions_and_questions() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), false);
    let focus = r.focus.as_ref().unwrap();
    let root = sections(&r);
    let strengths = section(&root, "Strengths").all_with_class("li", "strength");
    assert_eq!(strengths.len(), focus.strengths.len());
    assert_eq!(strengths[0].all("strong")[0].text(), "Planning");
    assert_eq!(
        strengths[0].only("p", "focus-note").text(),
        focus.strengths[0].note
    );

    let growth = section(&root, "Where to grow").all_with_class("article", "growth");
    assert_eq!(growth.len(), focus.growth.len());
    let (card, expected) = (growth[0], &focus.growth[0]);
    assert_eq!(
        card.all("h3")[0].text(),
        format!("{}{}", expected.name, expected.figures)
    );
    let lists = card.all("ul");
    for (ul, expected) in [
        (lists[0], &expected.development_actions),
        (lists[1], &expected.practice_questions),
    ] {
        let items = ul.all("li");
        assert_eq!(items.len(), expected.len());
        for (li, suggestion) in items.iter().zip(expected) {
            assert!(li.text().starts_with(&suggestion.text), "{}", li.text());
        }
    }
    assert_eq!(
        card.all("h4").iter().map(|h| h.text()).collect::<Vec<_>>(),
        ["Development actions", "Practise for interviews"]
    );
}

#[test]
fn with_nothing_above_the_bar_the_strengths_section_says_so() {
    let framework = fixture();
    let attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(false), Some(false)]);
    let root = sections(&report(&framework, &attempt, false));
    let strengths = section(&root, "Strengths");
    assert!(strengths.all("li").is_empty());
    assert_eq!(strengths.all("p")[0].text(), NO_STRENGTHS);
}

#[test]
fn the_explanation_has_a_table_per_area_that_counted() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), false);
    let explanation = r.explanation.as_ref().unwrap();
    let root = sections(&r);
    let section = section(&root, "How this was computed");
    assert_eq!(section.all("details").len(), 1, "collapsed by default");
    let tables = section.all_with_class("table", "explain-table");
    assert_eq!(tables.len(), explanation.areas.len());
    for (table, area) in tables.iter().zip(&explanation.areas) {
        let caption = &table.all("caption")[0];
        assert_eq!(caption.text(), area.caption);
        assert_eq!(
            caption.attribute("id"),
            Some(format!("explain-{}", area.dimension_id).as_str())
        );
        assert_eq!(table.all("tbody")[0].all("tr").len(), area.rows.len());
    }
}

#[test]
fn hidden_scores_leave_out_the_scores_and_the_explanation() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), true);
    let markup = results_sections(&r);
    let root = sections(&r);
    assert_eq!(
        headings(&root),
        [
            "Strengths",
            "Where to grow",
            "Your scenario answers",
            "Worth a second look",
            "Your examples"
        ]
    );
    assert!(!markup.contains("dimension-score-"));
    assert!(!markup.contains("bar-item"));
    assert!(!markup.contains("<table"));
    assert!(root.all("svg").is_empty());
    // Words only: no score, level number or gap in what is left.
    let focus: String = ["Strengths", "Where to grow"]
        .iter()
        .map(|h| section(&root, h).text())
        .collect();
    assert!(!focus.contains("100") && !focus.contains("55"), "{focus}");
}

#[test]
fn empty_warnings_notes_and_examples_leave_those_sections_out() {
    let framework = fixture();
    let mut r = report(&framework, &attempt(&framework), false);
    r.warnings.clear();
    r.calibration.clear();
    r.examples.clear();
    let markup = results_sections(&r);
    assert_eq!(
        headings(&sections(&r)),
        [
            "Scores by area",
            "Strengths",
            "Where to grow",
            "Your scenario answers",
            "How this was computed"
        ]
    );
    assert!(!markup.contains("second-look") && !markup.contains("examples-heading"));
}

#[test]
fn worth_a_second_look_shows_only_the_lists_that_have_something() {
    let framework = fixture();
    let mut r = report(&framework, &attempt(&framework), false);
    r.warnings = vec!["Warning <one>".into(), "Warning two".into()];
    r.calibration.clear();
    let root = sections(&r);
    let look = section(&root, "Worth a second look");
    assert_eq!(
        look.all("h3").iter().map(|h| h.text()).collect::<Vec<_>>(),
        ["How you answered"]
    );
    assert_eq!(
        look.all("li")
            .iter()
            .map(|li| li.text())
            .collect::<Vec<_>>(),
        r.warnings
    );

    r.warnings.clear();
    r.calibration = vec!["A note".into()];
    let root = sections(&r);
    let look = section(&root, "Worth a second look");
    assert_eq!(
        look.all("h3").iter().map(|h| h.text()).collect::<Vec<_>>(),
        ["How you see yourself"]
    );
    assert_eq!(look.all("li")[0].text(), "A note");
}

#[test]
fn what_the_person_wrote_comes_out_as_text() {
    let framework = fixture();
    let r = report(&framework, &attempt(&framework), false);
    let markup = results_sections(&r);
    assert!(!markup.contains("<img"), "{markup}");
    assert!(markup.contains("&lt;img src=x onerror=alert(1)&gt; &amp; it &quot;worked&quot;"));
    let root = sections(&r);
    let examples = section(&root, "Your examples");
    assert_eq!(examples.all("h3")[0].text(), "Growing people");
    let example = examples.only("div", "example");
    assert_eq!(example.only("p", "example-text").text(), EVIDENCE.trim());
    assert_eq!(
        example.only("p", "example-prompt").text(),
        "Describe a time you helped someone improve: the context, what you did, and the result."
    );
}

#[test]
fn framework_texts_with_markup_come_out_as_text() {
    let mut framework = common::built_in("engineering-manager");
    let name = "<b onmouseover=\"alert(1)\">Plan</b> & 'co'";
    // People weighs most, so it heads the growth areas when every answer is at the worst end.
    framework.dimensions[1].name = name.into();
    framework.dimensions[1].development_actions =
        vec![Action::plain("<script>alert(2)</script>".into())];
    let ends: Vec<_> = (0..framework.dimensions.len())
        .map(|_| Some(false))
        .collect();
    let attempt = completed_attempt(&framework, "a", 5_000.0, &ends);
    let r = report(&framework, &attempt, false);
    let markup = results_sections(&r);
    assert!(
        !markup.contains("<b") && !markup.contains("<script"),
        "{markup}"
    );
    let root = sections(&r);
    let scores = section(&root, "Scores by area");
    assert_eq!(scores.all("tbody")[0].all("th")[1].text(), name);
    assert_eq!(
        scores.all_with_class("li", "bar-item")[1]
            .only("span", "bar-name")
            .text(),
        format!("2.{name}")
    );
    let growth = section(&root, "Where to grow");
    assert!(growth
        .all("li")
        .iter()
        .any(|li| li.text() == "<script>alert(2)</script>"));
}

/// Planning answered at the bottom: its growth card names the answer behind the first
/// action and question, and the question carries what the framework says about it.
#[test]
fn growth_suggestions_say_which_answer_they_are_for_and_how_to_answer() {
    let framework = fixture();
    let attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(false), Some(true)]);
    let r = report(&framework, &attempt, false);
    let root = sections(&r);
    let card = section(&root, "Where to grow").all_with_class("article", "growth")[0];
    assert!(card.text().starts_with("Planning"));
    let lists = card.all("ul");
    let first_action = lists[0].all("li")[0];
    assert_eq!(
        first_action.only("p", "suggestion-because").text(),
        "For your answer to \u{201c}In the last six months I listed the risks of a plan before committing to a date.\u{201d}"
    );
    // The action that addresses no item says nothing of the kind.
    assert!(lists[0].all("li")[1]
        .all_with_class("p", "suggestion-because")
        .is_empty());
    let question = lists[1].all("li")[0];
    assert!(question
        .only("p", "suggestion-because")
        .text()
        .contains("Two weeks before launch"));
    let notes = question.only("dl", "practice-notes");
    let terms: Vec<String> = notes.all("dt").iter().map(|e| e.text()).collect();
    assert_eq!(
        terms,
        [
            "A strong answer shows",
            "A common pitfall",
            "A likely follow-up"
        ]
    );
    assert_eq!(
        notes.all("dd")[2].text(),
        "What would you watch for earlier next time?"
    );
}

/// Each answered scenario, after finishing: the responses in the key's order, the
/// person's two picks marked, the key's reasons; none of it before finishing.
#[test]
fn finished_results_review_each_scenario_with_the_keys_ranking_and_reasons() {
    let framework = fixture();
    let mut attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(true), Some(true)]);
    // Most effective: the stopgap (graded 2); least: stakeholders at once (graded 4).
    attempt
        .answers
        .insert("plan-slip".into(), Answer::Judgement { most: 2, least: 1 });
    let r = report(&framework, &attempt, false);
    let root = sections(&r);
    let review = section(&root, "Your scenario answers").only("details", "scenario-review");
    assert!(review.all("summary")[0].text().starts_with("Planning"));
    let responses = review.only("ol", "scenario-key").all("li");
    let grades: Vec<String> = responses
        .iter()
        .map(|li| li.only("strong", "key-grade").text())
        .collect();
    assert_eq!(
        grades,
        [
            "Most effective",
            "Effective",
            "Less effective",
            "Least effective"
        ]
    );
    assert!(responses[0].text().contains("Tell stakeholders at once"));
    assert_eq!(
        responses[0].only("p", "your-pick").text(),
        "Your pick for least effective"
    );
    assert_eq!(
        responses[2].only("p", "your-pick").text(),
        "Your pick for most effective"
    );
    assert_eq!(
        responses[0].only("p", "key-rationale").text(),
        "Early news with options lets the people affected choose while choices remain."
    );
    // A response without a rationale shows none.
    assert!(responses[1].all_with_class("p", "key-rationale").is_empty());
    // With scores hidden the review stays: it is words, not numbers.
    let hidden = report(&framework, &attempt, true);
    assert_eq!(hidden.scenarios, r.scenarios);
    // Not before the attempt is finished.
    attempt.completed_at = None;
    assert!(report(&framework, &attempt, false).scenarios.is_empty());
    assert!(!results_sections(&report(&framework, &attempt, false)).contains("scenario-answers"));
}

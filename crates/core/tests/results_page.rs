//! The results page's view-model: what an own, a shared and a candidate-safe
//! (`scores=hidden`) page show, the bars, the focus cards, the explanation, and the
//! pages with nothing scored or not finished.

mod common;

use common::{completed_attempt, fixture};
use yardstick_core::attempt::Attempt;
use yardstick_core::framework::Framework;
use yardstick_core::narrative::summary_text;
use yardstick_core::recommend::recommend;
use yardstick_core::results_page::*;
use yardstick_core::scoring::score;

fn date(ms: f64) -> String {
    format!("day {ms}")
}

fn own(hide_scores: bool) -> ReportOptions {
    ReportOptions {
        whose: Whose::Own,
        hide_scores,
    }
}

fn report(framework: &Framework, attempt: &Attempt, options: ReportOptions) -> ResultsReport {
    results_report(framework, attempt, options, &date)
}

/// Every text the page shows, for checks that must hold for all of it.
fn all_text(report: &ResultsReport) -> Vec<String> {
    let mut texts = vec![report.title.clone()];
    match &report.overview {
        Overview::Story(s) => texts.extend(s.iter().cloned()),
        Overview::Scored { overall, summary } => {
            texts.extend([overall.score.clone(), overall.level_name.clone()]);
            texts.push(summary.clone());
        }
        Overview::NotScored => texts.push(NO_OVERALL.to_string()),
    }
    if let Some(focus) = &report.focus {
        for card in focus.strengths.iter().chain(&focus.growth) {
            texts.extend([card.name.clone(), card.figures.clone(), card.note.clone()]);
        }
    }
    texts.extend(report.warnings.iter().cloned());
    texts.extend(report.calibration.iter().cloned());
    texts
}

#[test]
fn an_own_finished_result_shows_scores_summary_bars_and_files() {
    let framework = fixture();
    // Planning at the top, people at the bottom: overall 60, Solid.
    let attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(true), Some(false)]);
    let r = report(&framework, &attempt, own(false));
    assert_eq!(r.title, "Your results: Team Lead (short)");
    assert_eq!(r.meta, "Completed day 5000. Based on all 5 questions.");
    assert!(!r.unfinished);
    assert!(r.offers_files);
    let result = score(&framework, &attempt.answers);
    match &r.overview {
        Overview::Scored { overall, summary } => {
            assert_eq!(
                (overall.score.as_str(), overall.level_name.as_str()),
                ("66", "Solid")
            );
            assert_eq!(overall.range, "likely 56\u{2013}75");
            assert_eq!(
                summary,
                &summary_text(&framework, &result, &recommend(&framework, &result))
            );
        }
        other => panic!("expected a score, got {other:?}"),
    }

    let scores = r.scores.expect("scores are shown");
    assert!(!scores.with_radar, "two areas are too few for a radar");
    assert!(scores.chart_name.contains("2 areas"));
    assert_eq!(scores.rows.len(), 2);
    let [planning, people] = [&scores.bars[0], &scores.bars[1]];
    assert_eq!(planning.number, "1.");
    assert_eq!(planning.figures, "100, likely 88\u{2013}100 · Strong");
    assert_eq!(
        (planning.fill.as_str(), planning.expected_at.as_str()),
        ("100.00", "55.00")
    );
    assert_eq!(
        planning.expected_note,
        "Expected: Solid (55). Gap\u{a0}+45."
    );
    assert_eq!(people.figures, "14, likely 0\u{2013}31 · Developing");
    assert_eq!(
        people.expected_note,
        "Expected: Solid (55). Gap\u{a0}\u{2212}41."
    );

    let focus = r.focus.expect("areas were scored");
    assert_eq!(focus.strengths[0].name, "Planning");
    assert_eq!(
        focus.strengths[0].figures,
        " (100, likely 88\u{2013}100, Strong; the role expects 55)"
    );
    assert_eq!(
        focus.strengths[0].note,
        "45 points above what the role expects."
    );
    let growth = &focus.growth[0];
    assert_eq!(growth.name, "Growing people");
    assert!(!growth.stretch);
    assert_eq!(
        growth.note,
        "41 points below what the role expects, and the whole likely range is below it."
    );
    assert!(!growth.development_actions.is_empty() && !growth.practice_questions.is_empty());

    // Answered in no time at all: the speed check speaks, with its numbers.
    assert!(
        r.warnings.iter().any(|w| w.starts_with("You answered in ")),
        "{:?}",
        r.warnings
    );
    let explanation = r.explanation.expect("the method is shown");
    assert!(!explanation.method.is_empty());
    let area = &explanation.areas[0];
    assert_eq!(area.caption, "Planning: what each answer contributed");
    assert_eq!(area.weights_note, None, "both areas scored: no reweighting");
    assert_eq!(area.rows[0].item_score, "100");
    // The one scenario counts 20% of the area, so self-ratings count 80%, shared by its
    // two statements.
    assert_eq!(area.rows[0].dimension_points, "40.0");
}

#[test]
fn hidden_scores_leave_words_only() {
    for framework in [fixture(), common::built_in("engineering-manager")] {
        let ends: Vec<Option<bool>> = (0..framework.dimensions.len())
            .map(|i| Some(i % 2 == 0))
            .collect();
        let attempt = completed_attempt(&framework, "a", 5_000.0, &ends);
        let r = report(&framework, &attempt, own(true));
        assert!(matches!(r.overview, Overview::Story(_)));
        assert_eq!(r.scores, None);
        assert_eq!(r.explanation, None);
        assert!(!r.offers_files, "files carry the scores");
        for text in all_text(&r).iter().skip(1) {
            assert!(
                !text.chars().any(|c| c.is_ascii_digit()),
                "a number in {text:?}"
            );
        }
        let focus = r.focus.expect("areas were scored");
        assert!(focus
            .strengths
            .iter()
            .all(|c| c.figures.is_empty()
                && c.note == yardstick_core::narrative::HIDDEN_STRENGTH_NOTE));
        assert!(focus
            .growth
            .iter()
            .all(|c| c.note == "Below what the role expects."));
        // The speed check still speaks, in words.
        assert!(r
            .warnings
            .iter()
            .any(|w| w.starts_with("You answered faster than")));
    }
}

#[test]
fn a_shared_result_has_no_files_dates_or_speed_check() {
    let framework = fixture();
    let mut attempt = Attempt::new(&framework, "shared".into(), 0.0);
    attempt.answers = completed_attempt(&framework, "x", 1.0, &[Some(true), Some(true)]).answers;
    let r = report(
        &framework,
        &attempt,
        ReportOptions {
            whose: Whose::Shared,
            hide_scores: false,
        },
    );
    assert_eq!(r.title, "Shared results: Team Lead (short)");
    assert_eq!(r.meta, "Shared with you. Based on all 5 questions.");
    assert!(!r.unfinished, "a shared result is not one to continue");
    assert!(!r.offers_files);
    assert!(r.scores.is_some());
    assert!(
        r.warnings.iter().all(|w| !w.contains("faster")),
        "a share code carries no timings: {:?}",
        r.warnings
    );
}

#[test]
fn an_unfinished_attempt_says_so_and_when_it_was_saved() {
    let framework = fixture();
    let mut attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(true), None]);
    attempt.completed_at = None;
    attempt.updated_at = 7_000.0;
    let r = report(&framework, &attempt, own(false));
    assert!(r.unfinished);
    assert!(r
        .meta
        .starts_with("Not finished yet; last saved day 7000. Based on 3 of 5"));
    // People has no score, so planning carries the whole overall score.
    let explanation = r.explanation.unwrap();
    assert_eq!(
        explanation.areas[0].weights_note.as_deref(),
        Some("The role gives this area 60% of the overall score; with the areas that have no score left out, it carries 100%.")
    );
}

#[test]
fn with_nothing_scored_there_is_no_overall_and_no_focus() {
    let framework = fixture();
    let attempt = completed_attempt(&framework, "a", 5_000.0, &[None, None]);
    let r = report(&framework, &attempt, own(false));
    assert_eq!(r.overview, Overview::NotScored);
    assert_eq!(r.focus, None);
    let bars = r.scores.unwrap().bars;
    assert!(bars.iter().all(|b| b.unscored && b.fill == "0.00"));
    assert_eq!(bars[0].expected_note, "Expected: Solid (55).");
}

#[test]
fn when_nothing_is_above_the_bar_there_are_no_strengths_and_a_stretch_is_marked() {
    let framework = fixture();
    let below = completed_attempt(&framework, "a", 5_000.0, &[Some(false), Some(false)]);
    let focus = report(&framework, &below, own(false)).focus.unwrap();
    assert!(focus.strengths.is_empty());
    assert!(!focus.growth.is_empty() && focus.growth.iter().all(|c| !c.stretch));

    let above = completed_attempt(&framework, "b", 5_000.0, &[Some(true), Some(true)]);
    let focus = report(&framework, &above, own(true)).focus.unwrap();
    let stretch = &focus.growth[0];
    assert!(stretch.stretch);
    assert_eq!(stretch.note, "Closest to the bar: a stretch.");
}

#[test]
fn a_framework_with_three_areas_or_more_gets_a_radar() {
    let framework = common::built_in("engineering-manager");
    let attempt = completed_attempt(&framework, "a", 5_000.0, &[Some(true)]);
    let scores = report(&framework, &attempt, own(false)).scores.unwrap();
    assert!(scores.with_radar);
    assert_eq!(scores.bars.len(), framework.dimensions.len());
    assert_eq!(
        scores.bars.last().unwrap().number,
        format!("{}.", framework.dimensions.len())
    );
}

/// A result first scored under another model (or before models were recorded) says so
/// beside its date; one scored under the current model says nothing; finishing an
/// attempt records the model.
#[test]
fn a_result_first_scored_under_another_model_says_so() {
    let framework = fixture();
    let mut attempt =
        common::completed_attempt(&framework, "a", 5_000.0, &[Some(true), Some(true)]);
    let meta = |attempt: &yardstick_core::attempt::Attempt| {
        results_report(&framework, attempt, own(false), &|ms| format!("day {ms}")).meta
    };
    assert_eq!(
        meta(&attempt),
        "Completed day 5000. Based on all 5 questions."
    );
    attempt.scoring_model = Some(1);
    assert_eq!(
        meta(&attempt),
        "Completed day 5000. Based on all 5 questions. This result was first scored under scoring model 1; it is shown as the current model (2) scores the same answers, so its numbers may differ from the ones first shown. The answers are unchanged."
    );
    attempt.scoring_model = None;
    assert!(meta(&attempt).contains("finished before Yardstick recorded which scoring model"));

    let mut store = yardstick_core::store::Store::new();
    store.start(yardstick_core::attempt::Attempt::new(
        &framework,
        "s".into(),
        1.0,
    ));
    assert_eq!(store.attempt("s").unwrap().scoring_model, None);
    store.complete("s", 2.0);
    assert_eq!(
        store.attempt("s").unwrap().scoring_model,
        Some(yardstick_core::scoring::SCORING_MODEL)
    );
}

/// The optional "How carefully did you answer?" is the person's own account: shown
/// first under "How you answered" on their own result, never in a score, never on a
/// shared one.
#[test]
fn the_care_answer_is_shown_with_the_result_and_changes_no_score() {
    use yardstick_core::quality::{care_note, CARE_ANSWERS};
    let framework = fixture();
    let mut attempt =
        common::completed_attempt(&framework, "a", 5_000.0, &[Some(true), Some(false)]);
    let before = results_report(&framework, &attempt, own(false), &|ms| format!("day {ms}"));
    attempt.care = Some(2);
    let after = results_report(&framework, &attempt, own(false), &|ms| format!("day {ms}"));
    assert_eq!(
        after.warnings.first().map(String::as_str),
        Some("Asked how carefully you answered, you said: \u{201c}Quickly, with some guesses\u{201d}. Read the result with that in mind: answers given quickly describe you less well.")
    );
    assert_eq!(after.warnings[1..], before.warnings[..]);
    assert_eq!(after.overview, before.overview, "no score moves");
    assert_eq!(
        care_note(Some(0)).unwrap(),
        format!(
            "Asked how carefully you answered, you said: \u{201c}{}\u{201d}.",
            CARE_ANSWERS[0]
        )
    );
    assert_eq!(care_note(Some(9)), None);
    let mut store = yardstick_core::store::Store::new();
    store.start(yardstick_core::attempt::Attempt::new(
        &framework,
        "s".into(),
        1.0,
    ));
    assert!(store.set_care("s", Some(7)));
    assert_eq!(
        store.attempt("s").unwrap().care,
        None,
        "out of range is not kept"
    );
    assert!(store.set_care("s", Some(1)));
    assert_eq!(store.attempt("s").unwrap().care, Some(1));
    store.complete("s", 2.0);
    assert!(
        !store.set_care("s", Some(0)),
        "finished attempts are closed"
    );
}

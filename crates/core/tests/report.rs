//! The results page's words and numbers: the plain-language summary, the per-dimension
//! rows, growth-area wording, the words-only narrative and the person's examples.

mod common;

use common::{answer_dimension, fixture};
use proptest::prelude::*;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::display::{NOT_ANSWERED, NOT_SCORED, NO_VALUE};
use yardstick_core::evidence::*;
use yardstick_core::framework::Framework;
use yardstick_core::narrative::*;
use yardstick_core::recommend::recommend;
use yardstick_core::report::*;
use yardstick_core::scoring::{score, Score};

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs
        .iter()
        .map(|(id, a)| (id.to_string(), a.clone()))
        .collect()
}

fn summarise(framework: &Framework, answers: &Answers) -> Vec<String> {
    let result = score(framework, answers);
    summary(framework, &result, &recommend(framework, &result))
}

/// Planning at the top (100), growing people at the bottom: the lowest anchored level
/// scores its band's midpoint, 27.5, and the worst rating 0, so people is 13.75 and the
/// overall 60 + 5.5 = 65.5, Solid.
fn planning_high_people_low(framework: &Framework) -> Answers {
    let mut a = Answers::new();
    answer_dimension(&mut a, &framework.dimensions[0], true);
    answer_dimension(&mut a, &framework.dimensions[1], false);
    a
}

#[test]
fn summary_names_overall_strongest_and_what_falls_short() {
    let framework = fixture();
    assert_eq!(
        summarise(&framework, &planning_high_people_low(&framework)),
        [
            "Overall 66 out of 100, likely 56–75: Solid.",
            "Strongest: Planning (100, Strong).",
            "One area is clearly below what the role expects: Growing people (14, likely 0–31, expected 55).",
        ]
    );
}

#[test]
fn summary_text_is_the_sentences_in_one_paragraph() {
    let framework = fixture();
    let a = planning_high_people_low(&framework);
    let result = score(&framework, &a);
    let recs = recommend(&framework, &result);
    assert_eq!(
        summary_text(&framework, &result, &recs),
        summary(&framework, &result, &recs).join(" ")
    );
}

#[test]
fn when_everything_meets_the_bar_the_nearest_stretch_is_named() {
    let framework = fixture();
    let mut a = Answers::new();
    answer_dimension(&mut a, &framework.dimensions[0], true);
    a.insert("people-level".into(), Answer::Level { value: 2 });
    a.insert("people-praise".into(), Answer::Rating { value: 5 });
    // Planning 100; people: level 2 is the fixture's level "solid" (anchor 2 of 4 on 3
    // levels), midpoint 67.5; (67.5 + 100) / 2 = 83.75; overall 60 + 33.5 = 93.5.
    assert_eq!(
        summarise(&framework, &a),
        [
            "Overall 94 out of 100, likely 83–100: Strong.",
            "Strongest: Planning (100, Strong).",
            "Every area is above what the role expects.",
            "Closest to the bar, and a good stretch: Growing people (84, likely 63–100, expected 55).",
        ]
    );
}

#[test]
fn when_weighting_changes_the_priority_both_are_named() {
    let framework = fixture();
    let a = answers(&[
        // Planning: self (0.5 + 0.25) / 2 = 0.375; judgement (most grade 3, least grade 4)
        // = (2/3 + 0) / 2 = 1/3; one scenario weighs 20%: 80% × 37.5 + 20% × 33.3 = 36.7,
        // gap −18.3, weighted 1100.
        ("plan-risks", Answer::Rating { value: 3 }),
        ("plan-surprise", Answer::Rating { value: 4 }),
        ("plan-slip", Answer::Judgement { most: 3, least: 1 }),
        // People: level 1 is "solid", midpoint 67.5; (67.5 + 25) / 2 = 46.25, about at
        // the bar (its range reaches 55), so planning is the one growth area.
        ("people-level", Answer::Level { value: 1 }),
        ("people-praise", Answer::Rating { value: 2 }),
    ]);
    assert_eq!(
        summarise(&framework, &a),
        [
            "Overall 41 out of 100, likely 28–53: Developing.",
            "Strongest: Growing people (46, Developing).",
            "One area is clearly below what the role expects: Planning (37, likely 25–48, expected 55).",
        ]
    );
}

#[test]
fn unscored_areas_are_named_and_one_area_has_no_strongest() {
    let framework = fixture();
    let mut a = Answers::new();
    answer_dimension(&mut a, &framework.dimensions[0], true);
    assert_eq!(
        summarise(&framework, &a),
        [
            "Overall 100 out of 100, likely 88–100: Strong.",
            "Every scored area is above what the role expects.",
            "Closest to the bar, and a good stretch: Planning (100, likely 88–100, expected 55).",
            "Too few answers to score Growing people; it is left out of the overall score.",
        ]
    );
}

#[test]
fn no_answers_say_there_is_no_overall_result() {
    let framework = fixture();
    assert_eq!(
        summarise(&framework, &Answers::new()),
        ["No area had enough answers for a score, so there is no overall result yet."]
    );
    assert_eq!(
        overall(&framework, &score(&framework, &Answers::new())),
        None
    );
}

#[test]
fn overall_gives_score_level_and_description() {
    let framework = fixture();
    let result = score(&framework, &planning_high_people_low(&framework));
    assert_eq!(
        overall(&framework, &result),
        Some(Overall {
            score: "66".into(),
            range: "likely 56–75".into(),
            level_name: "Solid".into(),
            level_description: "Does what the role needs, reliably.".into(),
        })
    );
    assert_eq!(coverage(&result), "Based on all 5 questions.");
    let partial = score(
        &framework,
        &answers(&[("plan-risks", Answer::Rating { value: 3 })]),
    );
    assert_eq!(coverage(&partial), "Based on 1 of 5 questions.");
}

/// "Hasn't come up" and "Prefer not to answer" are answers, but the result does not rest
/// on them, and the reader is told how many of each there were.
#[test]
fn coverage_counts_statements_that_did_not_apply_apart_from_declined_ones() {
    let framework = fixture();
    let mut all = planning_high_people_low(&framework);
    all.insert("plan-surprise".into(), Answer::NotApplicable);
    assert_eq!(
        coverage(&score(&framework, &all)),
        "Based on 4 of 5 questions. 1 statement did not apply."
    );
    all.insert("plan-risks".into(), Answer::NotApplicable);
    all.insert("people-praise".into(), Answer::PreferNot);
    assert_eq!(
        coverage(&score(&framework, &all)),
        "Based on 2 of 5 questions. 2 statements did not apply; you preferred not to answer 1."
    );
    all.remove("plan-slip");
    assert_eq!(
        coverage(&score(&framework, &all)),
        "Based on 1 of 5 questions. 2 statements did not apply; you preferred not to answer 1; 1 not answered."
    );
    let mut declined_only = planning_high_people_low(&framework);
    declined_only.insert("people-praise".into(), Answer::PreferNot);
    assert_eq!(
        coverage(&score(&framework, &declined_only)),
        "Based on 4 of 5 questions. You preferred not to answer 1."
    );
}

#[test]
fn rows_carry_every_table_column() {
    let framework = fixture();
    let result = score(&framework, &planning_high_people_low(&framework));
    let rows = dimension_rows(&framework, &result);
    let planning = &rows[0];
    assert_eq!(planning.name, "Planning");
    assert_eq!(planning.weight, "60%");
    assert_eq!(planning.score, Some(100.0));
    assert_eq!(planning.score_text, "100");
    assert_eq!(planning.level.as_deref(), Some("Strong"));
    assert_eq!(planning.expected_level, "Solid");
    assert_eq!(
        (planning.expected_min, planning.expected_text.as_str()),
        (55.0, "55")
    );
    assert_eq!(planning.gap_text, "+45");
    assert_eq!(planning.below_expected, Some(false));
    assert_eq!(
        (planning.self_rating.as_str(), planning.judgement.as_str()),
        ("100", "100")
    );
    assert_eq!(planning.range_text, "88\u{2013}100");
    let people = &rows[1];
    assert_eq!(people.score_text, "14");
    assert_eq!(people.range_text, "0\u{2013}31");
    assert_eq!(people.gap_text, "\u{2212}41");
    assert_eq!(people.below_expected, Some(true));
    assert_eq!(
        people.judgement, NOT_ANSWERED,
        "the fixture has no scenario for people"
    );
    assert_eq!((people.scored_answers, people.scored_items), (2, 2));
}

#[test]
fn unscored_rows_say_so() {
    let framework = fixture();
    let result = score(
        &framework,
        &answers(&[("people-praise", Answer::Rating { value: 4 })]),
    );
    let people = &dimension_rows(&framework, &result)[1];
    assert_eq!(people.score, None);
    assert_eq!(people.score_text, NOT_SCORED);
    assert_eq!(people.level, None);
    assert_eq!(people.gap_text, NO_VALUE);
    assert_eq!(people.below_expected, None);
    assert_eq!(
        people.self_rating, "75",
        "the self-rating is shown even when unscored"
    );
    assert_eq!(people.expected_level, "Solid");
}

fn with_planning_score(framework: &Framework, value: f64) -> Score {
    let mut result = score(framework, &planning_high_people_low(framework));
    result.dimensions[0].score = Some(value);
    result
}

#[test]
fn a_score_just_below_a_band_is_not_rounded_into_it() {
    let framework = fixture();
    let row = |v: f64| dimension_rows(&framework, &with_planning_score(&framework, v)).remove(0);
    let just_below = row(54.6);
    assert_eq!(just_below.score_text, "54");
    assert_eq!(just_below.level.as_deref(), Some("Developing"));
    assert_eq!(just_below.gap_text, "\u{2212}1");
    let just_above = row(55.4);
    assert_eq!(
        (just_above.score_text.as_str(), just_above.gap_text.as_str()),
        ("55", "0")
    );
    let under_strong = row(79.6);
    assert_eq!(under_strong.score_text, "79");
    assert_eq!(under_strong.level.as_deref(), Some("Solid"));
    assert_eq!(
        under_strong.gap_text, "+24",
        "the gap agrees with the shown score"
    );
    assert_eq!(row(67.5).score_text, "68", "ordinary rounding elsewhere");
}

#[test]
fn names_are_joined_as_in_a_sentence() {
    assert_eq!(join_names(&["A"]), "A");
    assert_eq!(join_names(&["A", "B", "C"]), "A, B and C");
}

#[test]
fn growth_areas_below_the_bar_and_stretches_are_worded_differently() {
    let framework = fixture();
    let result = score(&framework, &planning_high_people_low(&framework));
    let recs = recommend(&framework, &result);
    let growth = &recs.growth_areas[0];
    assert!(growth.below_expectation);
    assert_eq!(
        growth_note(&framework, growth),
        "41 points below what the role expects, and the whole likely range is below it."
    );
    assert_eq!(
        focus_figures(&framework, growth),
        "14, likely 0–31, Developing; the role expects 55"
    );
    let strength = &recs.strengths[0];
    assert_eq!(
        strength_note(&framework, strength),
        "45 points above what the role expects."
    );

    let mut all_good = Answers::new();
    for d in &framework.dimensions {
        answer_dimension(&mut all_good, d, true);
    }
    let result = score(&framework, &all_good);
    let stretch = &recommend(&framework, &result).growth_areas[0];
    assert!(!stretch.below_expectation);
    assert!(growth_note(&framework, stretch).starts_with("Closest to the bar: a stretch."));
}

#[test]
fn evidence_is_grouped_trimmed_and_blank_answers_left_out() {
    let framework = fixture();
    let written = answers(&[(
        "people-story",
        Answer::Evidence {
            text: "  Paired with Sam weekly; he led the next release.\n".into(),
        },
    )]);
    assert_eq!(
        evidence(&framework, &written),
        [EvidenceGroup {
            dimension_id: "people".into(),
            dimension_name: "Growing people".into(),
            entries: vec![EvidenceEntry {
                item_id: "people-story".into(),
                prompt: "Describe a time you helped someone improve: the context, what you did, and the result.".into(),
                text: "Paired with Sam weekly; he led the next release.".into(),
                feedback: yardstick_core::evidence::feedback(
                    "Paired with Sam weekly; he led the next release."
                ),
            }],
        }]
    );
    let blank = answers(&[(
        "people-story",
        Answer::Evidence {
            text: " \n ".into(),
        },
    )]);
    assert!(evidence(&framework, &blank).is_empty());
    assert!(evidence(&framework, &Answers::new()).is_empty());
}

proptest! {
    #[test]
    fn shown_score_and_gap_never_contradict_the_level(value in 0.0f64..=100.0) {
        let framework = fixture();
        let row = dimension_rows(&framework, &with_planning_score(&framework, value)).remove(0);
        let shown: f64 = row.score_text.parse().unwrap();
        prop_assert_eq!(
            framework.level_for(shown).map(|l| &l.id),
            framework.level_for(value).map(|l| &l.id)
        );
        prop_assert!((shown - value).abs() <= 1.0);
        let negative = row.gap_text.starts_with('\u{2212}');
        prop_assert_eq!(negative, value < 55.0, "gap {} for {}", row.gap_text, value);
        // Called below only when the whole range is: never for a score at or above the bar.
        if row.below_expected == Some(true) {
            prop_assert!(value < 55.0);
        }
    }

    #[test]
    fn summary_never_panics_and_always_opens_with_the_overall(
        ratings in proptest::collection::vec(proptest::option::of(0u8..=5), 5)
    ) {
        let framework = fixture();
        let mut a = Answers::new();
        let ids = ["plan-risks", "plan-surprise", "people-praise"];
        for (id, r) in ids.iter().zip(&ratings) {
            if let Some(r) = r {
                a.insert(id.to_string(), if *r == 0 { Answer::PreferNot } else { Answer::Rating { value: *r } });
            }
        }
        if let Some(Some(level)) = ratings.get(3) {
            a.insert("people-level".into(), Answer::Level { value: level % 4 });
        }
        if let Some(Some(most)) = ratings.get(4) {
            a.insert("plan-slip".into(), Answer::Judgement { most: most % 4, least: (most + 1) % 4 });
        }
        let sentences = summarise(&framework, &a);
        prop_assert!(!sentences.is_empty());
        prop_assert!(sentences[0].starts_with("Overall") || sentences[0].starts_with("No area"));
        for s in &sentences {
            prop_assert!(s.ends_with('.'), "{}", s);
        }
    }
}

#[test]
fn the_narrative_names_areas_without_any_number() {
    let framework = common::built_in("engineering-manager");
    for best in [true, false] {
        let mut answers = yardstick_core::answers::Answers::new();
        for (i, dimension) in framework.dimensions.iter().enumerate() {
            common::answer_dimension(&mut answers, dimension, (i % 2 == 0) == best);
        }
        let result = yardstick_core::scoring::score(&framework, &answers);
        let recs = yardstick_core::recommend::recommend(&framework, &result);
        let text = narrative(&recs).join(" ");
        assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
        for focus in recs.strengths.iter().chain(&recs.growth_areas) {
            assert!(text.contains(&focus.name), "{text} lacks {}", focus.name);
        }
        let notes = yardstick_core::calibration::notes(&framework, &answers, &result);
        assert!(notes
            .iter()
            .all(|n| !n.message.chars().any(|c| c.is_ascii_digit())));
    }
}

#[test]
fn warnings_lose_their_numbers_when_scores_are_hidden() {
    use yardstick_core::quality::{Warning, WarningKind};
    let warning = |kind| Warning {
        kind,
        dimension_id: None,
        message: "You answered 12 statements in 40 seconds.".into(),
    };
    for kind in [
        WarningKind::TooFast,
        WarningKind::LongRun,
        WarningKind::NarrowSpread,
        WarningKind::ExtremeSpread,
        WarningKind::LowConsistency,
        WarningKind::MostlyFavourable,
    ] {
        let hidden = without_numbers(warning(kind));
        assert!(
            !hidden.message.chars().any(|c| c.is_ascii_digit()),
            "{}",
            hidden.message
        );
    }
    // The others name only levels and areas, so they are left as they are.
    for kind in [WarningKind::AnchorContradicted, WarningKind::ScreenTooFast] {
        let other = warning(kind);
        assert_eq!(without_numbers(other.clone()), other);
    }
}

/// Advice is ordered by the person's own answers: the action for the lowest-scored item
/// comes first and says which answer it is for; one for an item answered well follows
/// without that note.
#[test]
fn a_growth_areas_actions_come_in_the_order_of_the_persons_lowest_answers() {
    let mut framework = fixture();
    let planning = &mut framework.dimensions[0];
    planning.development_actions = vec![
        yardstick_core::framework::Action {
            text: "Rehearse the launch-slip conversation.".into(),
            addresses: vec!["plan-slip".into()],
        },
        yardstick_core::framework::Action {
            text: "List the risks before the date.".into(),
            addresses: vec!["plan-risks".into()],
        },
        yardstick_core::framework::Action::plain("Read a book on planning.".into()),
    ];
    let answers = answers(&[
        ("plan-risks", Answer::Rating { value: 1 }),
        ("plan-surprise", Answer::Rating { value: 5 }),
        ("plan-slip", Answer::Judgement { most: 1, least: 0 }),
    ]);
    let recommendations = recommend(&framework, &score(&framework, &answers));
    let planning = &recommendations.growth_areas[0];
    assert_eq!(planning.dimension_id, "planning");
    let order: Vec<(&str, Option<&str>)> = planning
        .development_actions
        .iter()
        .map(|s| (s.text.as_str(), s.because.as_deref()))
        .collect();
    assert_eq!(
        order,
        [
            (
                "List the risks before the date.",
                Some("In the last six months I listed the risks of a plan before committing to a date.")
            ),
            ("Rehearse the launch-slip conversation.", None),
            ("Read a book on planning.", None),
        ]
    );
}

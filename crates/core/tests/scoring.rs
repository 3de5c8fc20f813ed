//! Scoring: hand-computed golden results and properties that must hold for any answers.

mod common;

use common::{all_built_in, answer_dimension, built_in, fixture};
use proptest::prelude::*;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::framework::{Framework, ItemKind, Keying};
use yardstick_core::scoring::{item_score, score};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn golden_fixture_result_computed_by_hand() {
    let framework = fixture();
    let mut answers = Answers::new();
    answers.insert("plan-risks".into(), Answer::Rating { value: 4 }); // 0.75
    answers.insert("plan-surprise".into(), Answer::Rating { value: 2 }); // negative: 0.75
    answers.insert("plan-slip".into(), Answer::Judgement { most: 1, least: 0 }); // 1.0
    answers.insert("people-level".into(), Answer::Level { value: 1 }); // 1/3
    answers.insert("people-praise".into(), Answer::Rating { value: 3 }); // 0.5
    answers.insert(
        "people-story".into(),
        Answer::Evidence {
            text: "I paired with a new hire.".into(),
        },
    );
    let result = score(&framework, &answers);

    // planning: 0.6 × 75 + 0.4 × 100 = 85; people: mean(33.3, 50) = 41.67, no scenario.
    let planning = result.dimension("planning").unwrap();
    let people = result.dimension("people").unwrap();
    assert!(close(planning.score.unwrap(), 85.0));
    assert!(close(planning.self_rating.unwrap(), 75.0));
    assert!(close(planning.judgement.unwrap(), 100.0));
    assert!(close(people.score.unwrap(), 125.0 / 3.0));
    assert_eq!(people.judgement, None);
    // overall: 0.6 × 85 + 0.4 × 41.67 = 67.67
    assert!(close(result.overall.unwrap(), 51.0 + 0.4 * 125.0 / 3.0));
    assert_eq!(planning.level_id.as_deref(), Some("strong"));
    assert_eq!(people.level_id.as_deref(), Some("developing"));
    assert_eq!(result.overall_level_id.as_deref(), Some("solid"));
    assert!(close(planning.gap.unwrap(), 30.0));
    assert!(close(people.gap.unwrap(), 125.0 / 3.0 - 55.0));
    assert_eq!(people.evidence_given, 1);
    assert_eq!((result.answered, result.total), (5, 5));
}

#[test]
fn golden_engineering_manager_reproduces_the_scorecard_weighting() {
    let framework = built_in("engineering-manager");
    // Best answers in execution (20), technical (20), stakeholders (20) and culture (5);
    // worst in people (25) and operations (10): overall = 20 + 20 + 20 + 5 = 65.
    let mut answers = Answers::new();
    let best = [true, false, true, true, false, true];
    for (dimension, best) in framework.dimensions.iter().zip(best) {
        answer_dimension(&mut answers, dimension, best);
    }
    let result = score(&framework, &answers);
    let scores: Vec<f64> = result.dimensions.iter().map(|d| d.score.unwrap()).collect();
    assert_eq!(scores, [100.0, 0.0, 100.0, 100.0, 0.0, 100.0]);
    assert!(close(result.overall.unwrap(), 65.0));

    // Leave culture (5) unanswered: it is reported as not scored and the rest renormalise
    // over 95: (20 + 20 + 20) / 95.
    let culture = &framework.dimensions[5];
    for item in &culture.items {
        answers.remove(&item.id);
    }
    let result = score(&framework, &answers);
    assert_eq!(result.dimensions[5].score, None);
    assert!(close(result.overall.unwrap(), 6000.0 / 95.0));
    assert!(close(result.dimensions[1].effective_weight, 25.0 / 95.0));
}

#[test]
fn contributions_add_up_to_the_dimension_and_overall_scores() {
    for framework in all_built_in() {
        let mut answers = Answers::new();
        for (i, dimension) in framework.dimensions.iter().enumerate() {
            answer_dimension(&mut answers, dimension, i % 2 == 0);
        }
        // Some middling answers so the sums are not all 0 or 100.
        for (_, item) in framework.items().step_by(3) {
            if matches!(item.kind, ItemKind::Behaviour { .. }) {
                answers.insert(item.id.clone(), Answer::Rating { value: 3 });
            }
        }
        let result = score(&framework, &answers);
        let mut overall_points = 0.0;
        for d in &result.dimensions {
            let points: f64 = d.contributions.iter().map(|c| c.dimension_points).sum();
            assert!(close(points, d.score.unwrap()), "{}", d.dimension_id);
            overall_points += d
                .contributions
                .iter()
                .map(|c| c.overall_points)
                .sum::<f64>();
        }
        assert!(close(overall_points, result.overall.unwrap()));
    }
}

#[test]
fn prefer_not_to_answer_is_valid_and_scores_nothing() {
    let framework = fixture();
    let (_, item) = framework.item("plan-risks").unwrap();
    assert_eq!(item_score(item, &Answer::PreferNot), None);
    let mut answers = Answers::new();
    answers.insert("plan-risks".into(), Answer::PreferNot);
    answers.insert("plan-surprise".into(), Answer::Rating { value: 1 });
    answers.insert("plan-slip".into(), Answer::Judgement { most: 1, least: 0 });
    let result = score(&framework, &answers);
    let planning = result.dimension("planning").unwrap();
    assert_eq!(
        planning.scored_answers, 2,
        "prefer-not is not a scored answer"
    );
    assert_eq!(result.answered, 3, "but it does count as answered");
    assert!(close(planning.self_rating.unwrap(), 100.0));
}

#[test]
fn a_dimension_with_too_few_answers_is_reported_not_scored() {
    let framework = fixture();
    let mut answers = Answers::new();
    answers.insert("plan-risks".into(), Answer::Rating { value: 5 });
    answers.insert("people-level".into(), Answer::Level { value: 3 });
    answers.insert("people-praise".into(), Answer::Rating { value: 5 });
    let result = score(&framework, &answers);
    let planning = result.dimension("planning").unwrap();
    assert_eq!(planning.score, None);
    assert_eq!(planning.gap, None);
    assert_eq!(planning.level_id, None);
    // Overall renormalises onto the one scored dimension.
    assert!(close(result.overall.unwrap(), 100.0));
}

#[test]
fn no_answers_means_no_overall_score() {
    let result = score(&fixture(), &Answers::new());
    assert_eq!(result.overall, None);
    assert!(result.dimensions.iter().all(|d| d.score.is_none()));
}

#[test]
fn answers_that_do_not_fit_their_item_are_ignored() {
    let framework = fixture();
    let (_, behaviour) = framework.item("plan-risks").unwrap();
    let (_, scenario) = framework.item("plan-slip").unwrap();
    assert_eq!(item_score(behaviour, &Answer::Rating { value: 0 }), None);
    assert_eq!(item_score(behaviour, &Answer::Rating { value: 6 }), None);
    assert_eq!(item_score(behaviour, &Answer::Level { value: 2 }), None);
    assert_eq!(
        item_score(scenario, &Answer::Judgement { most: 2, least: 2 }),
        None
    );
    assert_eq!(
        item_score(scenario, &Answer::Judgement { most: 4, least: 0 }),
        None
    );
}

#[test]
fn reverse_keying_mirrors_the_scale() {
    let framework = fixture();
    let (_, negative) = framework.item("plan-surprise").unwrap();
    let scores: Vec<f64> = (1..=5)
        .map(|value| item_score(negative, &Answer::Rating { value }).unwrap())
        .collect();
    assert_eq!(scores, [1.0, 0.75, 0.5, 0.25, 0.0]);
}

/// Any well-formed answer (or none) for each scored item of a framework.
fn answers_strategy(framework: Framework) -> impl Strategy<Value = (Framework, Answers)> {
    let items: Vec<_> = framework
        .items()
        .filter(|(_, i)| i.kind.is_scored())
        .map(|(_, i)| i.clone())
        .collect();
    let choices: Vec<BoxedStrategy<Option<Answer>>> = items
        .iter()
        .map(|item| match item.kind {
            ItemKind::Behaviour { .. } => prop_oneof![
                Just(None),
                Just(Some(Answer::PreferNot)),
                (1u8..=5).prop_map(|value| Some(Answer::Rating { value })),
            ]
            .boxed(),
            ItemKind::Anchored { .. } => prop_oneof![
                Just(None),
                (0u8..=3).prop_map(|value| Some(Answer::Level { value })),
            ]
            .boxed(),
            _ => prop_oneof![
                Just(None),
                (0u8..=3, 1u8..=3).prop_map(|(most, shift)| Some(Answer::Judgement {
                    most,
                    least: (most + shift) % 4
                })),
            ]
            .boxed(),
        })
        .collect();
    choices.prop_map(move |picked| {
        let answers = items
            .iter()
            .zip(picked)
            .filter_map(|(item, answer)| Some((item.id.clone(), answer?)))
            .collect();
        (framework.clone(), answers)
    })
}

fn any_framework_and_answers() -> impl Strategy<Value = (Framework, Answers)> {
    let strategies: Vec<_> = all_built_in()
        .into_iter()
        .chain([fixture()])
        .map(answers_strategy)
        .collect();
    proptest::strategy::Union::new(strategies)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn scores_stay_between_0_and_100((framework, answers) in any_framework_and_answers()) {
        let result = score(&framework, &answers);
        for s in result.dimensions.iter().filter_map(|d| d.score).chain(result.overall) {
            prop_assert!((0.0..=100.0).contains(&s));
        }
    }

    #[test]
    fn overall_lies_between_the_lowest_and_highest_dimension((framework, answers) in any_framework_and_answers()) {
        let result = score(&framework, &answers);
        let scores: Vec<f64> = result.dimensions.iter().filter_map(|d| d.score).collect();
        if let Some(overall) = result.overall {
            let low = scores.iter().copied().fold(f64::INFINITY, f64::min);
            let high = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            prop_assert!(overall >= low - 1e-9 && overall <= high + 1e-9);
        } else {
            prop_assert!(scores.is_empty());
        }
    }

    #[test]
    fn raising_a_rating_moves_its_dimension_the_way_its_keying_says(
        (framework, answers) in any_framework_and_answers(),
        pick in any::<prop::sample::Index>(),
        low in 1u8..5,
    ) {
        let behaviours: Vec<_> = framework
            .items()
            .filter_map(|(d, i)| match i.kind {
                ItemKind::Behaviour { keyed, .. } => Some((d.id.clone(), i.id.clone(), keyed)),
                _ => None,
            })
            .collect();
        let (dimension, item, keyed) = pick.get(&behaviours).clone();
        let mut lower = answers.clone();
        lower.insert(item.clone(), Answer::Rating { value: low });
        let mut higher = answers;
        higher.insert(item, Answer::Rating { value: low + 1 });
        let before = score(&framework, &lower).dimension(&dimension).and_then(|d| d.score);
        let after = score(&framework, &higher).dimension(&dimension).and_then(|d| d.score);
        if let (Some(before), Some(after)) = (before, after) {
            match keyed {
                Keying::Positive => prop_assert!(after >= before - 1e-9),
                Keying::Negative => prop_assert!(after <= before + 1e-9),
            }
        }
    }
}

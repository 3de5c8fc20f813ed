//! Scoring: hand-computed golden results and properties that must hold for any answers.

mod common;

use common::{all_built_in, answer_dimension, built_in, fixture};
use proptest::prelude::*;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::framework::{Framework, ItemKind, Keying};
use yardstick_core::scoring::{anchored_score, item_score, score, Position};

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
                                                                                 // Anchor 1 on the fixture's three levels is level round(1 × 2 / 3) = 1, "solid"
                                                                                 // (55 to 80): it scores the band's midpoint, 67.5.
    answers.insert("people-level".into(), Answer::Level { value: 1 }); // 0.675
    answers.insert("people-praise".into(), Answer::Rating { value: 3 }); // 0.5
    answers.insert(
        "people-story".into(),
        Answer::Evidence {
            text: "I paired with a new hire.".into(),
        },
    );
    let result = score(&framework, &answers);

    // planning: one scenario weighs 20% (judgement_per_scenario; the 40% cap needs two),
    // so 0.8 × 75 + 0.2 × 100 = 80; people: mean(67.5, 50) = 58.75, no scenario.
    let planning = result.dimension("planning").unwrap();
    let people = result.dimension("people").unwrap();
    assert!(close(planning.score.unwrap(), 80.0));
    assert!(close(planning.self_rating.unwrap(), 75.0));
    assert!(close(planning.judgement.unwrap(), 100.0));
    assert!(close(people.score.unwrap(), 58.75));
    assert_eq!(people.judgement, None);
    // overall: 0.6 × 80 + 0.4 × 58.75 = 71.5
    assert!(close(result.overall.unwrap(), 71.5));
    assert_eq!(planning.level_id.as_deref(), Some("strong"));
    assert_eq!(people.level_id.as_deref(), Some("solid"));
    assert_eq!(result.overall_level_id.as_deref(), Some("solid"));
    assert!(close(planning.gap.unwrap(), 25.0));
    assert!(close(people.gap.unwrap(), 3.75));

    // Ranges, as docs/scoring.md works them out. Planning: weights 0.4, 0.4, 0.2 on
    // 75, 75, 100; Σw² = 0.36; spread² = (0.4·25 + 0.4·25 + 0.2·400) / 0.64 = 156.25;
    // spread 12.5 is under the floor of 15; error 15 × √0.36 = 9; ±1.2816 × 9.
    let near = |a: f64, b: f64| (a - b).abs() < 0.01;
    let planning_error = 15.0 * 0.36f64.sqrt();
    assert!(near(planning.standard_error, planning_error));
    let r = planning.range.unwrap();
    assert!(
        near(r.low, 80.0 - 1.2816 * planning_error) && near(r.high, 80.0 + 1.2816 * planning_error)
    );
    assert!(near(r.low, 68.47) && near(r.high, 91.53), "{r:?}");
    assert_eq!(planning.position, Some(Position::Above));
    // People: 67.5 and 50 at 0.5 each; spread 12.37 is under the floor, so 15 × √0.5.
    let people_error = 15.0 * 0.5f64.sqrt();
    assert!(near(people.standard_error, people_error));
    let r = people.range.unwrap();
    assert!(near(r.low, 45.16) && near(r.high, 72.34), "{r:?}");
    assert_eq!(people.position, Some(Position::About), "45–72 reaches 55");
    // Overall: √((0.6 × 9)² + (0.4 × 10.61)²) = 6.87; 71.5 ± 8.80.
    let overall_error = ((0.6 * planning_error).powi(2) + (0.4 * people_error).powi(2)).sqrt();
    let r = result.overall_range.unwrap();
    assert!(
        near(r.low, 71.5 - 1.2816 * overall_error) && near(r.high, 71.5 + 1.2816 * overall_error)
    );
    assert!(near(r.low, 62.70) && near(r.high, 80.30), "{r:?}");
    assert_eq!(people.evidence_given, 1);
    assert_eq!((result.answered, result.total), (5, 5));
}

#[test]
fn golden_engineering_manager_reproduces_the_scorecard_weighting() {
    let framework = built_in("engineering-manager");
    // Best answers in execution (20), technical (20), stakeholders (20) and culture (5);
    // worst in people (25) and operations (10). The one anchored answer per area scores
    // its band's midpoint (92.5 at the top, 25 at the bottom), and each scenario weighs
    // 20% (people has two: 40%), so a "best" area with n statements and one scenario is
    // 0.8 × (100n + 92.5) / (n + 1) + 20, and a "worst" one with s scenarios
    // (1 − 0.2s) × 25 / (n + 1).
    let mut answers = Answers::new();
    let best = [true, false, true, true, false, true];
    for (dimension, best) in framework.dimensions.iter().zip(best) {
        answer_dimension(&mut answers, dimension, best);
    }
    let result = score(&framework, &answers);
    let scores: Vec<f64> = result.dimensions.iter().map(|d| d.score.unwrap()).collect();
    let best = |n: f64| 0.8 * (100.0 * n + 92.5) / (n + 1.0) + 20.0;
    let worst = |n: f64, s: f64| (1.0 - 0.2 * s) * 25.0 / (n + 1.0);
    let expected = [
        best(4.0),
        worst(6.0, 2.0),
        best(6.0),
        best(5.0),
        worst(3.0, 1.0),
        best(4.0),
    ];
    for (got, want) in scores.iter().zip(expected) {
        assert!(close(*got, want), "{scores:?}");
    }
    let weights = [20.0, 25.0, 20.0, 20.0, 10.0, 5.0];
    let overall: f64 = expected
        .iter()
        .zip(weights)
        .map(|(s, w)| s * w / 100.0)
        .sum();
    assert!(close(result.overall.unwrap(), overall));
    assert!(
        (overall - 65.0).abs() < 1.0,
        "still about the scorecard's 65: {overall}"
    );

    // Leave culture (5) unanswered: it is reported as not scored and the rest renormalise
    // over 95: (20 + 20 + 20) / 95.
    let culture = &framework.dimensions[5];
    for item in &culture.items {
        answers.remove(&item.id);
    }
    let result = score(&framework, &answers);
    assert_eq!(result.dimensions[5].score, None);
    let renormalised: f64 = expected[..5]
        .iter()
        .zip(weights)
        .map(|(s, w)| s * w / 95.0)
        .sum();
    assert!(close(result.overall.unwrap(), renormalised));
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
    assert_eq!(item_score(&framework, item, &Answer::PreferNot), None);
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
    // Overall renormalises onto the one scored dimension: (90 + 100) / 2.
    assert!(close(result.overall.unwrap(), 95.0));
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
    assert_eq!(
        item_score(&framework, behaviour, &Answer::Rating { value: 0 }),
        None
    );
    assert_eq!(
        item_score(&framework, behaviour, &Answer::Rating { value: 6 }),
        None
    );
    assert_eq!(
        item_score(&framework, behaviour, &Answer::Level { value: 2 }),
        None
    );
    assert_eq!(
        item_score(
            &framework,
            scenario,
            &Answer::Judgement { most: 2, least: 2 }
        ),
        None
    );
    assert_eq!(
        item_score(
            &framework,
            scenario,
            &Answer::Judgement { most: 4, least: 0 }
        ),
        None
    );
}

#[test]
fn reverse_keying_mirrors_the_scale() {
    let framework = fixture();
    let (_, negative) = framework.item("plan-surprise").unwrap();
    let scores: Vec<f64> = (1..=5)
        .map(|value| item_score(&framework, negative, &Answer::Rating { value }).unwrap())
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
    fn ranges_stay_between_0_and_100_and_contain_their_score(
        (framework, answers) in any_framework_and_answers()
    ) {
        let result = score(&framework, &answers);
        let pairs = result
            .dimensions
            .iter()
            .map(|d| (d.score, d.range))
            .chain([(result.overall, result.overall_range)]);
        for (value, range) in pairs {
            prop_assert_eq!(value.is_some(), range.is_some());
            if let (Some(value), Some(range)) = (value, range) {
                prop_assert!(0.0 <= range.low && range.low <= value);
                prop_assert!(value <= range.high && range.high <= 100.0);
                // Never narrower than the floor allows, unless clamped at an end.
                prop_assert!(range.high - range.low > 0.0 || value == 0.0 || value == 100.0);
            }
        }
    }

    #[test]
    fn an_area_is_called_below_or_above_only_when_its_whole_range_is(
        (framework, answers) in any_framework_and_answers()
    ) {
        let result = score(&framework, &answers);
        for d in &result.dimensions {
            if let (Some(range), Some(position)) = (d.range, d.position) {
                match position {
                    Position::Below => prop_assert!(range.high.round() < d.expected_min),
                    Position::Above => prop_assert!(range.low.round() > d.expected_min),
                    Position::About => prop_assert!(
                        range.low.round() <= d.expected_min && d.expected_min <= range.high.round()
                    ),
                }
            }
        }
    }

    #[test]
    fn an_anchored_answer_scores_inside_its_own_levels_band(
        mins in proptest::collection::btree_set(1u8..=99, 1..=5),
        anchor in 0u8..=3,
    ) {
        let framework = generated_framework(&mins, 3);
        let levels = &framework.levels;
        let value = 100.0 * anchored_score(levels, anchor).unwrap();
        let index = (f64::from(anchor) * (levels.len() - 1) as f64 / 3.0).round() as usize;
        prop_assert_eq!(framework.level_for(value).map(|l| &l.id), Some(&levels[index].id));
        if levels.len() == 4 {
            prop_assert_eq!(index, usize::from(anchor), "four levels: anchor k is level k");
        }
        prop_assert_eq!(anchored_score(levels, 0).map(|_| index == 0 || anchor > 0), Some(true));
    }

    #[test]
    fn an_area_answered_at_one_anchored_level_lands_in_that_level(
        mins in proptest::collection::btree_set(1u8..=99, 1..=5),
        anchored in 2usize..=4,
        anchor in 0u8..=3,
    ) {
        // Every anchored item at one level, every statement "Prefer not to answer" (a
        // neutral answer that scores nothing): the area and the overall are in that level.
        let framework = generated_framework(&mins, anchored);
        let mut answers = Answers::new();
        for (_, item) in framework.items() {
            let answer = match item.kind {
                ItemKind::Anchored { .. } => Answer::Level { value: anchor },
                _ => Answer::PreferNot,
            };
            answers.insert(item.id.clone(), answer);
        }
        let result = score(&framework, &answers);
        let (_, level) = yardstick_core::scoring::anchored_level(&framework.levels, anchor).unwrap();
        for d in &result.dimensions {
            prop_assert_eq!(d.level_id.as_deref(), Some(level.id.as_str()));
        }
        prop_assert_eq!(result.overall_level_id.as_deref(), Some(level.id.as_str()));
    }
}

/// A valid framework with levels starting at 0 and at each of `mins`, and two dimensions
/// of `anchored` anchored items and two statements each.
fn generated_framework(mins: &std::collections::BTreeSet<u8>, anchored: usize) -> Framework {
    use serde_json::json;
    let levels: Vec<_> = std::iter::once(0u8)
        .chain(mins.iter().copied())
        .enumerate()
        .map(|(i, min)| json!({ "id": format!("l{i}"), "name": format!("Level {i}"), "min_score": min, "description": "A level." }))
        .collect();
    let dimension = |d: usize| {
        let mut items: Vec<_> = (0..anchored)
            .map(|i| {
                json!({ "id": format!("d{d}-a{i}"), "type": "anchored", "prompt": "Which fits?",
                "anchors": ["One.", "Two.", "Three.", "Four."] })
            })
            .collect();
        for i in 0..2 {
            items.push(
                json!({ "id": format!("d{d}-b{i}"), "type": "behaviour", "keyed": "positive",
                "text": "In the last month I did the thing." }),
            );
        }
        json!({ "id": format!("d{d}"), "name": format!("Area {d}"), "description": "An area.",
            "weight": 50, "expected_level": "l0", "development_actions": ["Practise."],
            "practice_questions": ["Tell me about it."], "items": items })
    };
    let value = json!({
        "format_version": 1, "id": "generated", "version": "1", "title": "Generated",
        "summary": "A generated framework.", "estimated_minutes": 5,
        "scales": { "frequency": ["1", "2", "3", "4", "5"], "anchored": ["A", "B", "C", "D"] },
        "levels": levels,
        "scoring": { "self_weight": 60, "judgement_weight": 40, "min_scored_items": 2 },
        "dimensions": [dimension(0), dimension(1)],
    });
    yardstick_core::validate::load_framework(value.to_string().as_bytes()).unwrap()
}

#[test]
fn on_every_built_in_the_neutral_meets_profile_lands_in_meets_the_bar() {
    // "Meets the bar" on every anchored item, the middle of the scale (3) on every
    // statement, every scenario answered with its two middle responses in the key's order
    // (graded 3 as most effective, graded 2 as least): every area and the overall are
    // "Meets the bar" (model 1 scored level/3 and put culture-like areas below it).
    for framework in all_built_in() {
        let mut answers = Answers::new();
        for (_, item) in framework.items() {
            let answer = match &item.kind {
                ItemKind::Behaviour { .. } => Answer::Rating { value: 3 },
                ItemKind::Anchored { .. } => Answer::Level { value: 1 },
                ItemKind::Scenario { responses, .. } => {
                    let by =
                        |g: u8| responses.iter().position(|r| r.effectiveness == g).unwrap() as u8;
                    Answer::Judgement {
                        most: by(3),
                        least: by(2),
                    }
                }
                ItemKind::Evidence { .. } => continue,
            };
            answers.insert(item.id.clone(), answer);
        }
        let result = score(&framework, &answers);
        for d in &result.dimensions {
            assert_eq!(
                d.level_id.as_deref(),
                Some("meets-bar"),
                "{} {}",
                framework.id,
                d.dimension_id
            );
        }
        assert_eq!(
            result.overall_level_id.as_deref(),
            Some("meets-bar"),
            "{}",
            framework.id
        );
    }
}

proptest! {
    #[test]
    fn overall_lies_between_the_lowest_and_highest_dimension((framework, answers) in any_framework_and_answers()) {
        let result = score(&framework, &answers);
        // A preparation dimension is reported apart and never enters the overall.
        let scores: Vec<f64> = result
            .dimensions
            .iter()
            .filter(|d| framework.capability_dimensions().any(|c| c.id == d.dimension_id))
            .filter_map(|d| d.score)
            .collect();
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

/// "Hasn't come up" scores nothing: the dimension's score is what it would be with the
/// statement unanswered, and the answer is counted on its own.
#[test]
fn a_statement_that_did_not_apply_scores_as_if_unanswered_and_is_counted() {
    let framework = fixture();
    let mut answers = Answers::new();
    answer_dimension(&mut answers, &framework.dimensions[0], true);
    let mut without = answers.clone();
    without.remove("plan-surprise");
    let mut not_applicable = answers.clone();
    not_applicable.insert("plan-surprise".into(), Answer::NotApplicable);
    let (a, b) = (
        score(&framework, &without),
        score(&framework, &not_applicable),
    );
    assert_eq!(a.dimensions[0].score, b.dimensions[0].score);
    assert_eq!(a.dimensions[0].range, b.dimensions[0].range);
    assert_eq!(
        b.dimensions[0].scored_answers,
        a.dimensions[0].scored_answers
    );
    assert_eq!((b.not_applicable, b.declined), (1, 0));
    assert_eq!(b.dimensions[0].not_applicable, 1);
    assert_eq!(b.answered, a.answered + 1);
    // On an item that is not a statement it does not fit and counts for nothing.
    not_applicable.insert("plan-slip".into(), Answer::NotApplicable);
    let c = score(&framework, &not_applicable);
    assert_eq!(c.not_applicable, 1);
    assert_eq!(c.answered, b.answered - 1);
}

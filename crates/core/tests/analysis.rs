//! Answer-quality warnings, calibration notes, recommendations and the explanation.

mod common;

use common::{answer_dimension, built_in, extreme_answer, fixture};
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::calibration::{notes, Direction};
use yardstick_core::explain::explain;
use yardstick_core::framework::{Framework, ItemKind, Keying};
use yardstick_core::quality::{check, WarningKind, LONG_RUN};
use yardstick_core::recommend::recommend;
use yardstick_core::scoring::score;

fn kinds(framework: &Framework, answers: &Answers, seconds: Option<u32>) -> Vec<WarningKind> {
    check(framework, answers, seconds)
        .into_iter()
        .map(|w| w.kind)
        .collect()
}

/// Plausible, varied answers to every item: no warning should fire on them.
fn honest_answers(framework: &Framework) -> Answers {
    let mut answers = Answers::new();
    for (n, (_, item)) in framework.items().enumerate() {
        let answer = match &item.kind {
            ItemKind::Behaviour { keyed, .. } => Answer::Rating {
                value: match keyed {
                    Keying::Positive => [4, 3, 4, 5][n % 4],
                    Keying::Negative => [2, 2, 3, 1][n % 4],
                },
            },
            ItemKind::Anchored { .. } => Answer::Level { value: 1 },
            ItemKind::Scenario { .. } => extreme_answer(item, true).unwrap(),
            ItemKind::Evidence { .. } => Answer::Evidence {
                text: "Context, action, result.".into(),
            },
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

#[test]
fn honest_answers_raise_no_warning() {
    let framework = built_in("engineering-manager");
    assert_eq!(
        kinds(&framework, &honest_answers(&framework), Some(900)),
        []
    );
}

#[test]
fn a_long_run_of_identical_answers_is_flagged() {
    let framework = built_in("engineering-manager");
    let mut answers = honest_answers(&framework);
    let behaviours: Vec<String> = framework
        .items()
        .filter(|(_, i)| matches!(i.kind, ItemKind::Behaviour { .. }))
        .map(|(_, i)| i.id.clone())
        .collect();
    for id in behaviours.iter().take(LONG_RUN - 1) {
        answers.insert(id.clone(), Answer::Rating { value: 3 });
    }
    answers.insert(
        behaviours[LONG_RUN - 1].clone(),
        Answer::Rating { value: 1 },
    );
    assert!(!kinds(&framework, &answers, None).contains(&WarningKind::LongRun));
    answers.insert(
        behaviours[LONG_RUN - 1].clone(),
        Answer::Rating { value: 3 },
    );
    let warnings = check(&framework, &answers, None);
    let run = warnings
        .iter()
        .find(|w| w.kind == WarningKind::LongRun)
        .unwrap();
    // The run is named by its label on each scale its statements use.
    let scales: Vec<&str> = behaviours[..LONG_RUN]
        .iter()
        .filter_map(|id| match &framework.item(id)?.1.kind {
            ItemKind::Behaviour { scale, .. } => Some(scale.as_str()),
            _ => None,
        })
        .collect();
    let mut expected = Vec::new();
    for scale in scales {
        let label = format!("\"{}\"", framework.scales.rating_label(scale, 3).unwrap());
        if !expected.contains(&label) {
            expected.push(label);
        }
    }
    let expected = expected.join(" or ");
    assert!(
        run.message.contains(&format!("You gave {expected} to")),
        "{}",
        run.message
    );
}

#[test]
fn everything_at_the_most_favourable_end_is_flagged() {
    let framework = built_in("technical-program-manager");
    let mut answers = Answers::new();
    for dimension in &framework.dimensions {
        answer_dimension(&mut answers, dimension, true);
    }
    assert!(kinds(&framework, &answers, None).contains(&WarningKind::MostlyFavourable));
    // Honest low points lift it: a quarter of the answers at the other end.
    let scored: Vec<_> = framework
        .items()
        .filter(|(_, i)| i.kind.is_scored())
        .map(|(_, i)| i.clone())
        .collect();
    for item in scored.iter().step_by(4) {
        answers.insert(item.id.clone(), extreme_answer(item, false).unwrap());
    }
    assert!(!kinds(&framework, &answers, None).contains(&WarningKind::MostlyFavourable));
}

#[test]
fn an_anchored_level_contradicted_by_behaviours_is_flagged() {
    let framework = built_in("engineering-manager");
    let people = &framework.dimensions[1];
    let mut answers = Answers::new();
    answer_dimension(&mut answers, people, false);
    let anchored = people
        .items
        .iter()
        .find(|i| matches!(i.kind, ItemKind::Anchored { .. }))
        .unwrap();
    answers.insert(anchored.id.clone(), Answer::Level { value: 3 });
    let warnings = check(&framework, &answers, None);
    let w = warnings
        .iter()
        .find(|w| w.kind == WarningKind::AnchorContradicted)
        .unwrap();
    assert_eq!(w.dimension_id.as_deref(), Some(people.id.as_str()));
    assert!(w.message.contains("Role model"));

    answers.insert(anchored.id.clone(), Answer::Level { value: 0 });
    assert!(!kinds(&framework, &answers, None).contains(&WarningKind::AnchorContradicted));
}

#[test]
fn finishing_faster_than_anyone_can_read_is_flagged_only_with_timings() {
    let framework = built_in("engineering-manager");
    let answers = honest_answers(&framework);
    assert!(kinds(&framework, &answers, Some(30)).contains(&WarningKind::TooFast));
    assert!(!kinds(&framework, &answers, Some(600)).contains(&WarningKind::TooFast));
    assert!(!kinds(&framework, &answers, None).contains(&WarningKind::TooFast));
}

#[test]
fn warnings_never_change_the_score() {
    let framework = fixture();
    let mut answers = Answers::new();
    answers.insert("plan-risks".into(), Answer::Rating { value: 5 });
    answers.insert("plan-surprise".into(), Answer::Rating { value: 5 });
    answers.insert("plan-slip".into(), Answer::Judgement { most: 1, least: 0 });
    let before = score(&framework, &answers);
    assert!(!check(&framework, &answers, Some(1)).is_empty());
    assert_eq!(score(&framework, &answers), before);
}

#[test]
fn calibration_names_self_rating_far_above_or_below_judgement() {
    let framework = fixture();
    let mut answers = Answers::new();
    answers.insert("plan-risks".into(), Answer::Rating { value: 5 });
    answers.insert("plan-surprise".into(), Answer::Rating { value: 1 });
    answers.insert("plan-slip".into(), Answer::Judgement { most: 0, least: 1 }); // worst picks
    let result = score(&framework, &answers);
    let found = notes(&framework, &answers, &result);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].direction, Direction::Overrated);
    assert!(found[0].message.contains("Planning"));

    answers.insert("plan-risks".into(), Answer::Rating { value: 1 });
    answers.insert("plan-surprise".into(), Answer::Rating { value: 5 });
    answers.insert("plan-slip".into(), Answer::Judgement { most: 1, least: 0 });
    let result = score(&framework, &answers);
    assert_eq!(
        notes(&framework, &answers, &result)[0].direction,
        Direction::Underrated
    );

    // Self 75 against judgement 83: close enough to say nothing.
    answers.insert("plan-risks".into(), Answer::Rating { value: 4 });
    answers.insert("plan-surprise".into(), Answer::Rating { value: 2 });
    answers.insert("plan-slip".into(), Answer::Judgement { most: 3, least: 0 });
    let result = score(&framework, &answers);
    assert!(notes(&framework, &answers, &result).is_empty());
}

#[test]
fn a_top_anchored_level_without_evidence_is_noted() {
    let framework = fixture();
    let mut answers = Answers::new();
    answers.insert("people-level".into(), Answer::Level { value: 3 });
    answers.insert("people-praise".into(), Answer::Rating { value: 5 });
    let result = score(&framework, &answers);
    let found = notes(&framework, &answers, &result);
    assert_eq!(found[0].direction, Direction::Unsupported);

    answers.insert(
        "people-story".into(),
        Answer::Evidence {
            text: "When a new hire struggled...".into(),
        },
    );
    let result = score(&framework, &answers);
    assert!(notes(&framework, &answers, &result).is_empty());
}

#[test]
fn growth_areas_are_ranked_by_weight_times_gap() {
    let framework = built_in("engineering-manager");
    // Everything at the worst end: every dimension sits about 50 below its bar (all expect
    // "meets"); weight × gap ranks people (25 × 50) first, then the three areas of weight
    // 20, never operations (10) or culture (5).
    let mut answers = Answers::new();
    for dimension in &framework.dimensions {
        answer_dimension(&mut answers, dimension, false);
    }
    let result = score(&framework, &answers);
    let recs = recommend(&framework, &result);
    let ids: Vec<&str> = recs
        .growth_areas
        .iter()
        .map(|f| f.dimension_id.as_str())
        .collect();
    assert_eq!(ids.len(), 3);
    assert_eq!(ids[0], "people");
    for id in &ids[1..] {
        assert!(
            ["execution", "technical", "stakeholders"].contains(id),
            "{ids:?}"
        );
    }
    assert!(recs.strengths.is_empty());
    assert!(recs.growth_areas.iter().all(|f| f.below_expectation));
    assert!(!recs.growth_areas[0].development_actions.is_empty());
    assert!(!recs.growth_areas[0].practice_questions.is_empty());
}

#[test]
fn strengths_are_ranked_by_weight_times_margin_and_a_stretch_is_offered() {
    let framework = built_in("engineering-manager");
    let mut answers = Answers::new();
    for dimension in &framework.dimensions {
        answer_dimension(&mut answers, dimension, true);
    }
    let result = score(&framework, &answers);
    let recs = recommend(&framework, &result);
    // All at the top: nothing below the bar, so the thinnest margin becomes the stretch:
    // the lowest-scoring area (its one anchored answer, at the top band's midpoint 92.5,
    // weighs most where there are fewest statements), and strengths come from the rest.
    assert_eq!(recs.growth_areas.len(), 1);
    assert!(!recs.growth_areas[0].below_expectation);
    let lowest = result
        .dimensions
        .iter()
        .min_by(|a, b| a.score.partial_cmp(&b.score).unwrap())
        .unwrap();
    assert_eq!(recs.growth_areas[0].dimension_id, lowest.dimension_id);
    assert_eq!(recs.strengths.len(), 3);
    assert!(recs
        .strengths
        .iter()
        .all(|s| s.dimension_id != recs.growth_areas[0].dimension_id));
    let priorities: Vec<f64> = recs.strengths.iter().map(|s| s.priority).collect();
    assert!(priorities.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn the_explanation_accounts_for_every_answered_item() {
    let framework = fixture();
    let mut answers = Answers::new();
    answers.insert("plan-risks".into(), Answer::Rating { value: 4 });
    answers.insert("plan-surprise".into(), Answer::Rating { value: 2 });
    answers.insert("plan-slip".into(), Answer::Judgement { most: 1, least: 0 });
    let result = score(&framework, &answers);
    let explanation = explain(&framework, &answers, &result);
    assert!(explanation
        .method
        .iter()
        .any(|m| m.contains("each answered scenario counts 20%") && m.contains("reaches 40%")));
    let planning = &explanation.dimensions[0];
    assert_eq!(planning.items.len(), 3);
    assert!((planning.effective_weight - 100.0).abs() < 1e-9);
    let surprise = planning
        .items
        .iter()
        .find(|i| i.item_id == "plan-surprise")
        .unwrap();
    assert!(surprise.answer.contains("reverse"));
    assert_eq!(surprise.item_score, 75.0);
    let slip = planning
        .items
        .iter()
        .find(|i| i.item_id == "plan-slip")
        .unwrap();
    assert!(slip.answer.contains("response B"));
    assert!(explanation.dimensions[1].summary.starts_with("Not scored"));
}

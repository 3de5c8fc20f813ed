//! Helpers shared by the native test files: loading frameworks and building answers.
#![allow(dead_code)]

use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::framework::{Dimension, Framework, Item, ItemKind, Keying};
use yardstick_core::validate::load_framework;

pub fn fixture() -> Framework {
    load_framework(include_bytes!("../fixtures/minimal-framework.json")).unwrap()
}

pub fn built_in(id: &str) -> Framework {
    let (_, json) = BUILT_IN_SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .unwrap();
    load_framework(json.as_bytes()).unwrap()
}

pub fn all_built_in() -> Vec<Framework> {
    BUILT_IN_SOURCES
        .iter()
        .map(|(_, json)| load_framework(json.as_bytes()).unwrap())
        .collect()
}

/// The answer that scores 1.0 (`best`) or 0.0 (`!best`) on a scored item.
pub fn extreme_answer(item: &Item, best: bool) -> Option<Answer> {
    match &item.kind {
        ItemKind::Behaviour { keyed, .. } => {
            let high = (*keyed == Keying::Positive) == best;
            Some(Answer::Rating {
                value: if high { 5 } else { 1 },
            })
        }
        ItemKind::Anchored { .. } => Some(Answer::Level {
            value: if best { 3 } else { 0 },
        }),
        ItemKind::Scenario { responses, .. } => {
            let by_grade =
                |g: u8| responses.iter().position(|r| r.effectiveness == g).unwrap() as u8;
            let (top, bottom) = (by_grade(4), by_grade(1));
            Some(if best {
                Answer::Judgement {
                    most: top,
                    least: bottom,
                }
            } else {
                Answer::Judgement {
                    most: bottom,
                    least: top,
                }
            })
        }
        ItemKind::Evidence { .. } => None,
    }
}

/// Answers every scored item of `dimension` at the best or worst end.
pub fn answer_dimension(answers: &mut Answers, dimension: &Dimension, best: bool) {
    for item in &dimension.items {
        if let Some(answer) = extreme_answer(item, best) {
            answers.insert(item.id.clone(), answer);
        }
    }
}

/// A completed attempt at `framework` with each dimension answered at the best or worst
/// end (`None` leaves a dimension unanswered).
pub fn completed_attempt(
    framework: &Framework,
    id: &str,
    completed_at: f64,
    ends: &[Option<bool>],
) -> Attempt {
    let mut answers = Answers::new();
    for (dimension, end) in framework.dimensions.iter().zip(ends) {
        if let Some(best) = end {
            answer_dimension(&mut answers, dimension, *best);
        }
    }
    let mut attempt = Attempt::new(framework, id.into(), completed_at - 60_000.0);
    attempt.answers = answers;
    attempt.completed_at = Some(completed_at);
    attempt.updated_at = completed_at;
    // As `Store::complete` records it.
    attempt.scoring_model = Some(yardstick_core::scoring::SCORING_MODEL);
    attempt
}

/// Version 2.0.0 of the fixture: "Growing people" dropped, "Delivery" (a copy of
/// Planning with new ids) added, weights still summing to 100.
pub fn fixture_v2() -> Framework {
    let mut framework = fixture();
    framework.version = "2.0.0".into();
    let mut delivery = framework.dimensions[0].clone();
    delivery.id = "delivery".into();
    delivery.name = "Delivery".into();
    for item in &mut delivery.items {
        item.id = format!("delivery-{}", item.id);
    }
    framework.dimensions[0].weight = 50.0;
    delivery.weight = 50.0;
    framework.dimensions.truncate(1);
    framework.dimensions.push(delivery);
    framework
}

/// Every scored item at its most favourable (`best`) or least favourable extreme: the
/// faking profile of issue 9, and its mirror.
pub fn extreme_profile(framework: &Framework, best: bool) -> Answers {
    let mut answers = Answers::new();
    for (_, item) in framework.items() {
        if let Some(a) = extreme_answer(item, best) {
            answers.insert(item.id.clone(), a);
        }
    }
    answers
}

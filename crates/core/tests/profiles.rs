//! The reference answer profiles of docs/scoring.md, scored on the built-in roles:
//! the neutral "meets" profile and the all-favourable profile, and the largest change
//! one answer can make to a dimension.
mod common;

use common::*;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::framework::{Framework, ItemKind};
use yardstick_core::scoring::score;

/// Every anchored item at "Meets the bar" (level 1), every statement at the middle of
/// its scale (3 of 5), every scenario answered with its two middle responses: the one the
/// key grades 3 as most effective and the one it grades 2 as least effective (66.7; no
/// single pick scores 50, the mean of all twelve possible picks).
fn neutral_meets(framework: &Framework) -> Answers {
    let mut answers = Answers::new();
    for (_, item) in framework.items() {
        let answer = match &item.kind {
            ItemKind::Behaviour { .. } => Answer::Rating { value: 3 },
            ItemKind::Anchored { .. } => Answer::Level { value: 1 },
            ItemKind::Scenario { responses, .. } => {
                let by = |g: u8| responses.iter().position(|r| r.effectiveness == g).unwrap() as u8;
                Answer::Judgement {
                    most: by(3),
                    least: by(2),
                }
            }
            ItemKind::Evidence { .. } => continue,
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

fn favourable(framework: &Framework) -> Answers {
    let mut answers = Answers::new();
    for (_, item) in framework.items() {
        if let Some(a) = extreme_answer(item, true) {
            answers.insert(item.id.clone(), a);
        }
    }
    answers
}

/// Every answer an item can take.
fn all_answers(kind: &ItemKind) -> Vec<Answer> {
    match kind {
        ItemKind::Behaviour { .. } => (1..=5).map(|value| Answer::Rating { value }).collect(),
        ItemKind::Anchored { .. } => (0..=3).map(|value| Answer::Level { value }).collect(),
        ItemKind::Scenario { .. } => (0..4u8)
            .flat_map(|most| {
                (0..4u8)
                    .filter(move |l| *l != most)
                    .map(move |least| Answer::Judgement { most, least })
            })
            .collect(),
        ItemKind::Evidence { .. } => Vec::new(),
    }
}

/// The largest change of one dimension's score one answer can make, from the neutral
/// profile: (points, dimension id, item id).
fn largest_swing(framework: &Framework) -> (f64, String, String) {
    let base = neutral_meets(framework);
    let mut worst = (0.0, String::new(), String::new());
    for (dimension, item) in framework.items() {
        let scores: Vec<f64> = all_answers(&item.kind)
            .into_iter()
            .filter_map(|a| {
                let mut answers = base.clone();
                answers.insert(item.id.clone(), a);
                score(framework, &answers).dimension(&dimension.id)?.score
            })
            .collect();
        let (lo, hi) = scores
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), s| (l.min(*s), h.max(*s)));
        if !scores.is_empty() && hi - lo > worst.0 {
            worst = (hi - lo, dimension.id.clone(), item.id.clone());
        }
    }
    worst
}

/// The figures docs/scoring.md quotes for the Engineering Manager role (run with
/// `--nocapture` to see every built-in's).
#[test]
fn reference_profiles_on_the_engineering_manager() {
    for framework in all_built_in() {
        for (name, answers) in [
            ("neutral", neutral_meets(&framework)),
            ("favourable", favourable(&framework)),
        ] {
            let result = score(&framework, &answers);
            let dims: Vec<String> = result
                .dimensions
                .iter()
                .map(|d| {
                    format!(
                        "{} {:.1} {:?}",
                        d.dimension_id,
                        d.score.unwrap(),
                        d.range.unwrap()
                    )
                })
                .collect();
            println!(
                "{} {name}: overall {:.1} {:?} {} | {}",
                framework.id,
                result.overall.unwrap(),
                result.overall_range.unwrap(),
                result.overall_level_id.unwrap(),
                dims.join("; ")
            );
        }
        println!(
            "{} largest swing {:?}",
            framework.id,
            largest_swing(&framework)
        );
    }
    let framework = built_in("engineering-manager");
    let neutral = score(&framework, &neutral_meets(&framework));
    assert!((neutral.overall.unwrap() - 57.3).abs() < 0.05);
    assert_eq!(neutral.overall_level_id.as_deref(), Some("meets-bar"));
    let favourable = score(&framework, &favourable(&framework));
    assert!((favourable.overall.unwrap() - 99.2).abs() < 0.05);
    assert_eq!(favourable.overall_level_id.as_deref(), Some("role-model"));
    // Not yet bounded (the single-answer bound is the next part of issue 9): one scenario
    // carries 40% of its area.
    let (swing, dimension, item) = largest_swing(&framework);
    assert!((swing - 40.0).abs() < 1e-9, "{swing} {dimension} {item}");
}

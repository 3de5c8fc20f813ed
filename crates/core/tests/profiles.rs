//! The reference answer profiles of docs/scoring.md, scored on the built-in roles:
//! the neutral "meets" profile and the all-favourable profile, and the largest change
//! one answer can make to a dimension (at most 20 points, on every built-in and on
//! generated frameworks).
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

/// Every answer an item can take, with "Prefer not to answer" and leaving it unanswered
/// (`None`) where they exist.
fn all_answers(kind: &ItemKind) -> Vec<Option<Answer>> {
    let mut answers: Vec<Option<Answer>> = match kind {
        ItemKind::Behaviour { .. } => (1..=5)
            .map(|value| Answer::Rating { value })
            .chain([Answer::PreferNot])
            .map(Some)
            .collect(),
        ItemKind::Anchored { .. } => (0..=3).map(|value| Some(Answer::Level { value })).collect(),
        ItemKind::Scenario { .. } => (0..4u8)
            .flat_map(|most| {
                (0..4u8)
                    .filter(move |l| *l != most)
                    .map(move |least| Some(Answer::Judgement { most, least }))
            })
            .collect(),
        ItemKind::Evidence { .. } => return Vec::new(),
    };
    answers.push(None);
    answers
}

/// Every scored item at its unfavourable extreme.
fn unfavourable(framework: &Framework) -> Answers {
    let mut answers = Answers::new();
    for (_, item) in framework.items() {
        if let Some(a) = extreme_answer(item, false) {
            answers.insert(item.id.clone(), a);
        }
    }
    answers
}

/// A careful-looking mix: items in turn favourable, neutral and unfavourable.
fn mixed(framework: &Framework) -> Answers {
    let (good, middle, bad) = (
        favourable(framework),
        neutral_meets(framework),
        unfavourable(framework),
    );
    let mut answers = Answers::new();
    for (i, (_, item)) in framework.items().enumerate() {
        let from = [&good, &middle, &bad][i % 3];
        if let Some(a) = from.get(&item.id) {
            answers.insert(item.id.clone(), a.clone());
        }
    }
    answers
}

/// The reference profiles the single-answer bound is checked from.
fn profiles(framework: &Framework) -> [(&'static str, Answers); 4] {
    [
        ("neutral", neutral_meets(framework)),
        ("favourable", favourable(framework)),
        ("unfavourable", unfavourable(framework)),
        ("mixed", mixed(framework)),
    ]
}

/// The largest change of one dimension's score one answer can make from `base`, over
/// every item and every pair of its possible answers (a dimension left without a score
/// does not count): (points, dimension id, item id).
fn largest_swing_from(framework: &Framework, base: &Answers) -> (f64, String, String) {
    let mut worst = (0.0, String::new(), String::new());
    for (dimension, item) in framework.items() {
        let scores: Vec<f64> = all_answers(&item.kind)
            .into_iter()
            .filter_map(|a| {
                let mut answers = base.clone();
                match a {
                    Some(a) => answers.insert(item.id.clone(), a),
                    None => answers.remove(&item.id),
                };
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

/// The largest swing from any of the four reference profiles.
fn largest_swing(framework: &Framework) -> (f64, String, String) {
    profiles(framework)
        .iter()
        .map(|(_, base)| largest_swing_from(framework, base))
        .fold((0.0, String::new(), String::new()), |a, b| {
            if b.0 > a.0 {
                b
            } else {
                a
            }
        })
}

/// The bound of docs/scoring.md, "No single answer dominates".
const BOUND: f64 = 20.0;

#[test]
fn no_single_answer_moves_a_dimension_of_a_built_in_by_more_than_20_points() {
    for framework in all_built_in() {
        for (name, base) in profiles(&framework) {
            let (swing, dimension, item) = largest_swing_from(&framework, &base);
            println!(
                "{} from {name}: largest swing {swing:.2} ({dimension}, {item})",
                framework.id
            );
            assert!(
                swing <= BOUND + 1e-9,
                "{} from {name}: {item} moves {dimension} by {swing}",
                framework.id
            );
        }
    }
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
    assert!((neutral.overall.unwrap() - 54.5).abs() < 0.05);
    assert_eq!(neutral.overall_level_id.as_deref(), Some("meets-bar"));
    let favourable = score(&framework, &favourable(&framework));
    assert!((favourable.overall.unwrap() - 99.0).abs() < 0.05);
    assert_eq!(favourable.overall_level_id.as_deref(), Some("role-model"));
    // Model 2 let one scenario carry 40% of its area (a 40-point swing); now a scenario
    // weighs 20% and the largest swing is exactly the bound: a statement of a five-item
    // area without a scenario (culture) or the one scenario of an area.
    let (swing, dimension, item) = largest_swing(&framework);
    assert!((swing - BOUND).abs() < 1e-9, "{swing} {dimension} {item}");
}

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
    extreme_profile(framework, true)
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

fn unfavourable(framework: &Framework) -> Answers {
    extreme_profile(framework, false)
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
    assert!((neutral.overall.unwrap() - 55.5).abs() < 0.05);
    assert_eq!(neutral.overall_level_id.as_deref(), Some("meets-bar"));
    let favourable = score(&framework, &favourable(&framework));
    assert!((favourable.overall.unwrap() - 99.0).abs() < 0.05);
    assert_eq!(favourable.overall_level_id.as_deref(), Some("role-model"));
    // Model 2 let one scenario carry 40% of its area (a 40-point swing); now a scenario
    // weighs 20% and the largest swing is exactly the bound: a statement of a four-item
    // area with one scenario (operations), or the one scenario of an area.
    let (swing, dimension, item) = largest_swing(&framework);
    assert!((swing - BOUND).abs() < 1e-9, "{swing} {dimension} {item}");
}

/// One generated dimension: its statements' keyings, its anchored items and its scenarios'
/// grades (each a shuffle of 1 to 4).
#[derive(Clone, Debug)]
struct GeneratedDimension {
    keyings: Vec<bool>,
    anchored: usize,
    scenarios: Vec<Vec<u8>>,
}

fn generated_dimension() -> impl Strategy<Value = GeneratedDimension> {
    (
        proptest::collection::vec(any::<bool>(), 2..=7),
        0usize..=3,
        proptest::collection::vec(Just(vec![1u8, 2, 3, 4]).prop_shuffle(), 0..=4),
    )
        .prop_map(|(mut keyings, anchored, scenarios)| {
            // The bound's condition (docs/scoring.md): at least five self-rating items.
            while keyings.len() + anchored < 5 {
                keyings.push(true);
            }
            GeneratedDimension {
                keyings,
                anchored,
                scenarios,
            }
        })
}

/// A valid framework from generated parts.
fn generated_framework(
    mins: &std::collections::BTreeSet<u8>,
    weights: (u8, u8, u8),
    dimensions: &[GeneratedDimension],
) -> Framework {
    use serde_json::json;
    let levels: Vec<_> = std::iter::once(0u8)
        .chain(mins.iter().copied())
        .enumerate()
        .map(|(i, min)| json!({ "id": format!("l{i}"), "name": format!("Level {i}"), "min_score": min, "description": "A level." }))
        .collect();
    let shares: &[u8] = match dimensions.len() {
        1 => &[100],
        2 => &[50, 50],
        _ => &[30, 30, 40],
    };
    let dimensions: Vec<_> = dimensions
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(d, (g, share))| {
            let mut items = Vec::new();
            for (i, positive) in g.keyings.iter().enumerate() {
                let keyed = if *positive { "positive" } else { "negative" };
                items.push(
                    json!({ "id": format!("d{d}-b{i}"), "type": "behaviour", "keyed": keyed,
                    "text": "In the last month I did the thing." }),
                );
            }
            for i in 0..g.anchored {
                items.push(
                    json!({ "id": format!("d{d}-a{i}"), "type": "anchored", "prompt": "Which fits?",
                    "anchors": ["One.", "Two.", "Three.", "Four."] }),
                );
            }
            for (i, grades) in g.scenarios.iter().enumerate() {
                let responses: Vec<_> = grades
                    .iter()
                    .map(|g| json!({ "text": format!("Response {g}."), "effectiveness": g }))
                    .collect();
                items.push(json!({ "id": format!("d{d}-s{i}"), "type": "scenario",
                    "situation": "Something happens.", "responses": responses }));
            }
            json!({ "id": format!("d{d}"), "name": format!("Area {d}"), "description": "An area.",
                "weight": share, "expected_level": "l0", "development_actions": ["Practise."],
                "practice_questions": ["Tell me about it."], "items": items })
        })
        .collect();
    let (self_weight, judgement_weight, per_scenario) = weights;
    let value = json!({
        "format_version": 1, "id": "generated", "version": "1", "title": "Generated",
        "summary": "A generated framework.", "estimated_minutes": 5,
        "scales": { "frequency": ["1", "2", "3", "4", "5"], "anchored": ["A", "B", "C", "D"] },
        "levels": levels,
        "scoring": { "self_weight": self_weight, "judgement_weight": judgement_weight,
            "min_scored_items": 3, "judgement_per_scenario": per_scenario },
        "dimensions": dimensions,
    });
    yardstick_core::validate::load_framework(value.to_string().as_bytes()).unwrap()
}

/// A scoring answer for every scored item, picked by `seeds` (one per item, reused in
/// turn). The bound is for answered dimensions: "Prefer not to answer" on most statements
/// leaves the rest weighing more (docs/scoring.md).
fn answers_from(framework: &Framework, seeds: &[u8]) -> Answers {
    let mut answers = Answers::new();
    for (i, (_, item)) in framework
        .items()
        .filter(|(_, i)| i.kind.is_scored())
        .enumerate()
    {
        let choices: Vec<Answer> = all_answers(&item.kind)
            .into_iter()
            .flatten()
            .filter(|a| *a != Answer::PreferNot)
            .collect();
        let seed = usize::from(seeds[i % seeds.len()]);
        answers.insert(item.id.clone(), choices[seed % choices.len()].clone());
    }
    answers
}

use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn no_single_answer_moves_a_dimension_of_a_generated_framework_by_more_than_20_points(
        mins in proptest::collection::btree_set(1u8..=99, 1..=5),
        self_weight in 0u8..=100,
        judgement_weight in 1u8..=100,
        per_scenario in 1u8..=20,
        dimensions in proptest::collection::vec(generated_dimension(), 1..=3),
        seeds in proptest::collection::vec(any::<u8>(), 1..=40),
    ) {
        let framework =
            generated_framework(&mins, (self_weight, judgement_weight, per_scenario), &dimensions);
        let mut bases = profiles(&framework).map(|(_, a)| a).to_vec();
        bases.push(answers_from(&framework, &seeds));
        for base in &bases {
            let (swing, dimension, item) = largest_swing_from(&framework, base);
            prop_assert!(swing <= BOUND + 1e-9, "{item} moves {dimension} by {swing}");
        }
    }
}

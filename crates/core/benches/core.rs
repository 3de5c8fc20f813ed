//! `cargo bench --bench core`: how long the core takes on the four built-in frameworks.
//!
//! For each framework: loading (parse + validate) the JSON, and scoring a complete
//! assessment followed by every analysis the results page runs (answer-quality checks,
//! calibration notes, recommendations, explanation). Plain `std::time::Instant`, no
//! harness: a warm-up, then several rounds of many iterations, reporting the best and the
//! median round (the best is the steadier figure on a busy machine).

use std::hint::black_box;
use std::time::Instant;

use yardstick_core::answers::{Answer, Answers};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::framework::{Framework, ItemKind};
use yardstick_core::validate::load_framework;
use yardstick_core::{calibration, explain, quality, recommend, scoring};

const WARM_UP: usize = 20;
const ROUNDS: usize = 7;
const ITERATIONS: usize = 200;

/// A complete assessment: ratings cycle 1..=5, every anchored item at level 2, each
/// scenario with the best-graded response as most and the worst as least effective, and
/// every evidence prompt filled in.
fn complete_answers(framework: &Framework) -> Answers {
    let mut answers = Answers::new();
    let mut rating = 0;
    for (_, item) in framework.items() {
        let answer = match &item.kind {
            ItemKind::Behaviour { .. } => {
                rating = rating % 5 + 1;
                Answer::Rating { value: rating }
            }
            ItemKind::Anchored { .. } => Answer::Level { value: 2 },
            ItemKind::Scenario { responses, .. } => {
                let by_grade = |best: bool| {
                    let grades = responses
                        .iter()
                        .enumerate()
                        .map(|(i, r)| (r.effectiveness, i as u8));
                    if best { grades.max() } else { grades.min() }.unwrap().1
                };
                Answer::Judgement {
                    most: by_grade(true),
                    least: by_grade(false),
                }
            }
            ItemKind::Evidence { max_chars, .. } => {
                let text = "Context: the release was at risk. Action: I cut scope with the team \
                            and told stakeholders the same day. Result: we shipped on time.";
                Answer::Evidence {
                    text: text.chars().take(*max_chars).collect(),
                }
            }
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

/// Best and median over rounds of the mean time per call, in microseconds.
fn micros_per_iter(mut run: impl FnMut()) -> (f64, f64) {
    for _ in 0..WARM_UP {
        run();
    }
    let mut rounds: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..ITERATIONS {
                run();
            }
            start.elapsed().as_secs_f64() * 1e6 / ITERATIONS as f64
        })
        .collect();
    rounds.sort_by(f64::total_cmp);
    (rounds[0], rounds[ROUNDS / 2])
}

fn main() {
    println!(
        "yardstick core: µs per iteration, best / median of {ROUNDS} rounds x {ITERATIONS} iterations after {WARM_UP} warm-up\n"
    );
    println!(
        "{:<27} {:>4} {:>5} {:>6} {:>5} {:>17} {:>17}",
        "framework", "dims", "items", "scored", "KiB", "validate", "score+analyse"
    );
    for (name, json) in BUILT_IN_SOURCES {
        let framework = load_framework(json.as_bytes())
            .unwrap_or_else(|problems| panic!("{name} is invalid: {problems:?}"));
        let answers = complete_answers(&framework);

        // The measured work must be the real thing: every scored item answered and scored.
        let score = scoring::score(&framework, &answers);
        assert_eq!(score.answered, score.total, "{name}: incomplete answers");
        assert!(score.overall.is_some(), "{name}: no overall score");
        assert!(answers
            .iter()
            .all(|(id, a)| a.fits(framework.item(id).unwrap().1)));

        let validate = micros_per_iter(|| {
            black_box(load_framework(black_box(json.as_bytes())).is_ok());
        });
        let analyse = micros_per_iter(|| {
            let (framework, answers) = (black_box(&framework), black_box(&answers));
            let score = scoring::score(framework, answers);
            black_box(quality::check(framework, answers, Some(600)));
            black_box(calibration::notes(framework, answers, &score));
            black_box(recommend::recommend(framework, &score));
            black_box(explain::explain(framework, answers, &score));
            black_box(score);
        });
        println!(
            "{:<27} {:>4} {:>5} {:>6} {:>5.1} {:>8.1} / {:>6.1} {:>8.1} / {:>6.1}",
            name,
            framework.dimensions.len(),
            framework.items().count(),
            framework.scored_item_count(),
            json.len() as f64 / 1024.0,
            validate.0,
            validate.1,
            analyse.0,
            analyse.1
        );
    }
}

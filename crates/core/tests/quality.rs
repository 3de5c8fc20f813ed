//! The answer-quality indices and their notes: consistency over the mirrored pairs, the
//! spread of the raw ratings, the share of favourable answers and the time per screen.
//! The faking (all-favourable) profile is flagged and a careful one is not.

mod common;

use common::{built_in, completed_attempt, extreme_answer, extreme_profile};
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::framework::{Framework, ItemKind, Keying};
use yardstick_core::narrative::without_numbers;
use yardstick_core::quality::*;
use yardstick_core::results_page::{results_report, ReportOptions, Whose};
use yardstick_core::scoring::score;
use yardstick_core::store::Store;

fn kinds(framework: &Framework, answers: &Answers, timing: Option<Timing>) -> Vec<WarningKind> {
    check_timed(framework, answers, timing)
        .into_iter()
        .map(|w| w.kind)
        .collect()
}

fn note(framework: &Framework, answers: &Answers, kind: WarningKind) -> Option<Warning> {
    check(framework, answers, None)
        .into_iter()
        .find(|w| w.kind == kind)
}

/// The most favourable answer to every scored item (the faking profile of issue 9).
fn favourable(framework: &Framework) -> Answers {
    extreme_profile(framework, true)
}

/// A careful, mixed profile: the mirrored pairs agree within a step or so, ratings vary, some
/// anchored answers are "Meets" and some "Exceeds", and scenarios are sometimes the key's
/// best response and sometimes its second.
fn careful(framework: &Framework) -> Answers {
    let mut answers = Answers::new();
    for (n, (_, item)) in framework.items().enumerate() {
        let answer = match &item.kind {
            ItemKind::Behaviour { keyed, .. } => Answer::Rating {
                value: match keyed {
                    Keying::Positive => [4, 3, 4, 5, 2][n % 5],
                    Keying::Negative => [2, 2, 3, 1, 3][n % 5],
                },
            },
            ItemKind::Anchored { .. } => Answer::Level {
                value: [1, 2][n % 2],
            },
            ItemKind::Scenario { responses, .. } => {
                let by = |g: u8| responses.iter().position(|r| r.effectiveness == g).unwrap() as u8;
                Answer::Judgement {
                    most: by([4, 3][n % 2]),
                    least: by(1),
                }
            }
            ItemKind::Evidence { .. } => continue,
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

/// Deterministic pseudo-random numbers (a linear congruential generator).
struct Lcg(u64);
impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// Every scored item answered by a random click.
fn random(framework: &Framework, seed: u64) -> Answers {
    let mut rng = Lcg(seed);
    let mut answers = Answers::new();
    for (_, item) in framework.items() {
        let answer = match &item.kind {
            ItemKind::Behaviour { .. } => Answer::Rating {
                value: rng.below(5) as u8 + 1,
            },
            ItemKind::Anchored { .. } => Answer::Level {
                value: rng.below(4) as u8,
            },
            ItemKind::Scenario { .. } => {
                let most = rng.below(4) as u8;
                let least = (most + 1 + rng.below(3) as u8) % 4;
                Answer::Judgement { most, least }
            }
            ItemKind::Evidence { .. } => continue,
        };
        answers.insert(item.id.clone(), answer);
    }
    answers
}

/// The mirrored pairs of a framework: (positive id, negative id).
fn pairs(framework: &Framework) -> Vec<(String, String)> {
    framework
        .items()
        .filter_map(|(_, item)| match &item.kind {
            ItemKind::Behaviour {
                reverse_of: Some(positive),
                ..
            } => Some((positive.clone(), item.id.clone())),
            _ => None,
        })
        .collect()
}

/// Answers only the first `agreements.len()` pairs, each to the given agreement in
/// quarter steps (4 = the same thing said both ways, 0 = opposite things).
fn pairs_agreeing(framework: &Framework, agreements: &[u8]) -> Answers {
    let mut answers = Answers::new();
    for ((positive, negative), quarters) in pairs(framework).into_iter().zip(agreements) {
        // The positive at 5 scores 1; the reverse-keyed one rated 1 + k scores
        // 1 - k / 4, so it agrees 4 - k quarters.
        answers.insert(positive, Answer::Rating { value: 5 });
        answers.insert(
            negative,
            Answer::Rating {
                value: 1 + (4 - quarters),
            },
        );
    }
    answers
}

fn generous_timing(framework: &Framework) -> Vec<u32> {
    vec![600; framework.dimensions.len()]
}

#[test]
fn the_all_favourable_profile_gets_a_clear_note_that_does_not_change_the_score() {
    let framework = built_in("engineering-manager");
    let answers = favourable(&framework);
    let screens = generous_timing(&framework);
    let timing = Timing {
        total_seconds: 3_600,
        screen_seconds: &screens,
    };
    let warnings = check_timed(&framework, &answers, Some(timing));
    let found: Vec<&WarningKind> = warnings.iter().map(|w| &w.kind).collect();
    assert_eq!(found, [&WarningKind::MostlyFavourable], "{warnings:#?}");
    let indices = indices(&framework, &answers);
    assert_eq!(indices.favourable, Some(1.0));
    let answered = framework
        .items()
        .filter(|(_, i)| i.kind.is_scored())
        .count();
    assert_eq!(indices.scored_answers, answered);
    let message = &warnings[0].message;
    println!("{message}");
    assert!(
        message.starts_with(&format!(
            "All {answered} of your answers are at the most favourable end"
        )),
        "{message}"
    );
    // Not an accusation: no talk of lying, faking or cheating.
    for word in ["lie", "lying", "fake", "faking", "cheat", "dishonest"] {
        assert!(!message.to_lowercase().contains(word), "{message}");
    }
    // Beside the result, never folded into it.
    let before = score(&framework, &answers);
    let _ = check(&framework, &answers, Some(1));
    assert_eq!(score(&framework, &answers), before);
}

#[test]
fn a_careful_mixed_profile_raises_no_note() {
    for framework in common::all_built_in() {
        let answers = careful(&framework);
        let screens = generous_timing(&framework);
        let timing = Timing {
            total_seconds: 3_600,
            screen_seconds: &screens,
        };
        let warnings = check_timed(&framework, &answers, Some(timing));
        assert_eq!(warnings, [], "{}", framework.id);
        let i = indices(&framework, &answers);
        assert!(
            i.consistency.unwrap() > LOW_CONSISTENCY + 0.05,
            "{} {i:?}",
            framework.id
        );
        assert!(
            i.favourable.unwrap() < HIGH_FAVOURABLE,
            "{} {i:?}",
            framework.id
        );
    }
}

#[test]
fn straight_lining_is_flagged_once_by_its_spread() {
    let framework = built_in("engineering-manager");
    let mut answers = careful(&framework);
    let mut statements = 0;
    for (_, item) in framework.items() {
        if matches!(item.kind, ItemKind::Behaviour { .. }) {
            answers.insert(item.id.clone(), Answer::Rating { value: 3 });
            statements += 1;
        }
    }
    let found = kinds(&framework, &answers, None);
    assert!(found.contains(&WarningKind::NarrowSpread), "{found:?}");
    // The long run says the same thing again, so it is left out.
    assert!(!found.contains(&WarningKind::LongRun), "{found:?}");
    let message = note(&framework, &answers, WarningKind::NarrowSpread)
        .unwrap()
        .message;
    // The middle label of each scale the statements use (the role uses one scale or two).
    assert!(message.starts_with("You gave \""), "{message}");
    assert!(message.contains("\"About half the time\""), "{message}");
    assert!(
        message.contains(&format!(
            " to {statements} of your {statements} statements."
        )),
        "{message}"
    );
    assert_eq!(indices(&framework, &answers).spread, Some(0.0));
}

#[test]
fn answering_only_at_the_ends_of_the_scale_is_flagged_unless_it_is_all_favourable() {
    let framework = built_in("engineering-manager");
    let mut answers = careful(&framework);
    for (n, (_, item)) in framework.items().enumerate() {
        if matches!(item.kind, ItemKind::Behaviour { .. }) {
            answers.insert(
                item.id.clone(),
                Answer::Rating {
                    value: [1, 5][n % 2],
                },
            );
        }
    }
    assert!(kinds(&framework, &answers, None).contains(&WarningKind::ExtremeSpread));
    // The favourable note already says it for the all-favourable profile.
    let faking = favourable(&framework);
    assert!(!kinds(&framework, &faking, None).contains(&WarningKind::ExtremeSpread));
}

#[test]
fn random_answers_have_a_low_consistency_and_a_careful_profile_a_high_one() {
    let framework = built_in("engineering-manager");
    let runs = 400;
    let (mut total, mut flagged) = (0.0, 0);
    for seed in 0..runs {
        let answers = random(&framework, seed);
        total += indices(&framework, &answers).consistency.unwrap();
        if kinds(&framework, &answers, None).contains(&WarningKind::LowConsistency) {
            flagged += 1;
        }
    }
    let mean = total / runs as f64;
    // Two independent uniform ratings differ by 1.6 steps on average: 1 - 1.6 / 4.
    assert!((mean - 0.6).abs() < 0.03, "{mean}");
    assert!(flagged * 4 > runs, "{flagged} of {runs}");
    let careful = indices(&framework, &careful(&framework))
        .consistency
        .unwrap();
    assert!(careful >= 0.7, "{careful}");
}

#[test]
fn the_consistency_note_needs_enough_pairs_and_a_clearly_low_index() {
    let framework = built_in("engineering-manager");
    assert!(pairs(&framework).len() >= 5);
    // Exactly at the threshold (0.5, 0.5, 0.5, 0.75, 0.75: mean 0.6) is not low.
    let at = pairs_agreeing(&framework, &[2, 2, 2, 3, 3]);
    assert_eq!(indices(&framework, &at).consistency, Some(LOW_CONSISTENCY));
    assert!(!kinds(&framework, &at, None).contains(&WarningKind::LowConsistency));
    // One quarter step lower is.
    let below = pairs_agreeing(&framework, &[2, 2, 2, 2, 3]);
    let message = note(&framework, &below, WarningKind::LowConsistency)
        .unwrap()
        .message;
    assert!(
        message.contains(
            "Across the 5 pairs you rated, your answers agree with each other 55 out of 100"
        ),
        "{message}"
    );
    // Every pair opposite, but on too few pairs to mean anything.
    let few = pairs_agreeing(&framework, &[0; MIN_PAIRS_FOR_CONSISTENCY - 1]);
    assert_eq!(
        indices(&framework, &few).pairs,
        MIN_PAIRS_FOR_CONSISTENCY - 1
    );
    assert!(!kinds(&framework, &few, None).contains(&WarningKind::LowConsistency));
    let enough = pairs_agreeing(&framework, &[0; MIN_PAIRS_FOR_CONSISTENCY]);
    let message = note(&framework, &enough, WarningKind::LowConsistency)
        .unwrap()
        .message;
    assert!(
        message.contains("Across the 4 pairs you rated"),
        "{message}"
    );
    // No single pair is singled out: the note names no statement.
    assert!(!message.contains("In the last"), "{message}");
}

#[test]
fn the_spread_note_starts_below_its_threshold_and_needs_enough_ratings() {
    let framework = built_in("engineering-manager");
    let statements: Vec<String> = framework
        .items()
        .filter(|(_, i)| matches!(i.kind, ItemKind::Behaviour { .. }))
        .map(|(_, i)| i.id.clone())
        .take(MIN_RATINGS_FOR_SPREAD)
        .collect();
    assert_eq!(statements.len(), MIN_RATINGS_FOR_SPREAD);
    let with_ratings = |values: &[u8]| {
        let mut answers = Answers::new();
        for (id, value) in statements.iter().zip(values) {
            answers.insert(id.clone(), Answer::Rating { value: *value });
        }
        answers
    };
    // Five 3s and five 4s: a spread of exactly half a step, not narrow.
    let at = with_ratings(&[3, 4, 3, 4, 3, 4, 3, 4, 3, 4]);
    assert_eq!(indices(&framework, &at).spread, Some(NARROW_SPREAD));
    assert!(!kinds(&framework, &at, None).contains(&WarningKind::NarrowSpread));
    // Nine 3s and one 4: 0.3, narrow.
    let below = with_ratings(&[3, 3, 3, 3, 3, 3, 3, 3, 3, 4]);
    let message = note(&framework, &below, WarningKind::NarrowSpread)
        .unwrap()
        .message;
    assert!(message.contains("to 9 of your 10 statements"), "{message}");
    // Nine identical ratings are too few to say anything.
    let few = with_ratings(&[3; MIN_RATINGS_FOR_SPREAD - 1]);
    assert!(!kinds(&framework, &few, None).contains(&WarningKind::NarrowSpread));
}

#[test]
fn the_favourable_note_starts_at_its_threshold_and_counts_the_answers() {
    let framework = built_in("engineering-manager");
    let scored: Vec<_> = framework
        .items()
        .filter(|(_, i)| i.kind.is_scored())
        .map(|(_, i)| i.clone())
        .collect();
    let with_share = |favourable: usize, total: usize| {
        let mut answers = Answers::new();
        for (n, item) in scored.iter().take(total).enumerate() {
            answers.insert(
                item.id.clone(),
                extreme_answer(item, n < favourable).unwrap(),
            );
        }
        answers
    };
    // 8 of 10 is exactly the threshold: noted, with both counts.
    let at = with_share(8, 10);
    assert_eq!(indices(&framework, &at).favourable, Some(HIGH_FAVOURABLE));
    let message = note(&framework, &at, WarningKind::MostlyFavourable)
        .unwrap()
        .message;
    assert!(
        message.starts_with("8 of your 10 answers are at the most favourable end"),
        "{message}"
    );
    // 7 of 10 is not.
    assert!(!kinds(&framework, &with_share(7, 10), None).contains(&WarningKind::MostlyFavourable));
    // Nine answers, all favourable, are too few.
    assert!(!kinds(&framework, &with_share(9, 9), None).contains(&WarningKind::MostlyFavourable));
    let all = note(
        &framework,
        &with_share(10, 10),
        WarningKind::MostlyFavourable,
    )
    .unwrap()
    .message;
    assert!(all.starts_with("All 10 of your answers are"), "{all}");
}

#[test]
fn a_screen_answered_too_fast_is_named_even_when_the_whole_was_not() {
    let framework = built_in("engineering-manager");
    let answers = careful(&framework);
    let mut screens = generous_timing(&framework);
    screens[1] = 2;
    fn timing(screens: &[u32]) -> Option<Timing<'_>> {
        Some(Timing {
            total_seconds: 3_600,
            screen_seconds: screens,
        })
    }
    let warnings = check_timed(&framework, &answers, timing(&screens));
    let fast = warnings
        .iter()
        .find(|w| w.kind == WarningKind::ScreenTooFast)
        .unwrap();
    let name = &framework.dimensions[1].name;
    assert_eq!(
        fast.dimension_id.as_deref(),
        Some(framework.dimensions[1].id.as_str())
    );
    assert_eq!(
        fast.message,
        format!("You answered the questions on {name} faster than it takes just to skim them. Answers given this quickly may not reflect what you really do, so that area may be worth a second look.")
    );
    screens[3] = 1;
    let warnings = check_timed(&framework, &answers, timing(&screens));
    let fast = warnings
        .iter()
        .find(|w| w.kind == WarningKind::ScreenTooFast)
        .unwrap();
    assert_eq!(fast.dimension_id, None);
    assert!(
        fast.message.contains(&format!(
            "on {name} and {} faster",
            framework.dimensions[3].name
        )) && fast
            .message
            .ends_with("so those areas may be worth a second look."),
        "{}",
        fast.message
    );
    // When the whole was too fast, that note is given and the screens are not listed too.
    let whole = Some(Timing {
        total_seconds: 5,
        screen_seconds: &screens,
    });
    assert_eq!(kinds(&framework, &answers, whole), [WarningKind::TooFast]);
    // Without recorded screens (older attempts), only the whole is checked.
    assert_eq!(kinds(&framework, &answers, timing(&[])), []);
}

#[test]
fn the_store_records_time_per_screen_and_old_attempts_still_read() {
    let framework = built_in("engineering-manager");
    let mut store = Store::new();
    store.start(Attempt::new(&framework, "a".into(), 0.0));
    store.set_answer("a", "x", Some(Answer::Rating { value: 3 }), 10_000.0);
    store.set_position("a", 2);
    store.set_answer("a", "y", Some(Answer::Rating { value: 3 }), 25_000.0);
    store.set_answer("a", "z", Some(Answer::Rating { value: 3 }), 30_000.0);
    let attempt = store.attempt("a").unwrap().clone();
    assert_eq!(attempt.active_seconds, 30);
    assert_eq!(attempt.screen_seconds, [10, 0, 20]);
    // A position beyond any framework's screens is not allocated for.
    store.set_position("a", usize::MAX);
    store.set_answer("a", "z", None, 31_000.0);
    assert_eq!(store.attempt("a").unwrap().screen_seconds.len(), 3);

    // Saved before per-screen time existed: reads, with no screens.
    let mut old = serde_json::to_value(Attempt::new(&framework, "b".into(), 0.0)).unwrap();
    assert!(
        old.get("screen_seconds").is_none(),
        "an empty list is not written"
    );
    old["active_seconds"] = 120.into();
    let old: Attempt = serde_json::from_value(old).unwrap();
    assert!(old.screen_seconds.is_empty());
    let round = serde_json::to_value(&attempt).unwrap();
    assert_eq!(round["screen_seconds"], serde_json::json!([10, 0, 20]));
}

#[test]
fn the_notes_reach_the_results_page_and_lose_their_numbers_when_scores_are_hidden() {
    let framework = built_in("engineering-manager");
    let ends = vec![Some(true); framework.dimensions.len()];
    let mut attempt = completed_attempt(&framework, "a", 5_000.0, &ends);
    attempt.active_seconds = 3_600;
    let options = |hide_scores| ReportOptions {
        whose: Whose::Own,
        hide_scores,
    };
    let date = |ms: f64| format!("day {ms}");
    let shown = results_report(&framework, &attempt, options(false), &date);
    assert!(
        shown
            .warnings
            .iter()
            .any(|w| w.starts_with("All ") && w.contains("at the most favourable end")),
        "{:?}",
        shown.warnings
    );
    let hidden = results_report(&framework, &attempt, options(true), &date);
    assert!(hidden
        .warnings
        .iter()
        .any(|w| w.starts_with("All of your answers are at the most favourable end")));
    for w in &hidden.warnings {
        assert!(!w.chars().any(|c| c.is_ascii_digit()), "{w}");
    }
    // The words-only favourable note keeps "All" or "Nearly all".
    let mostly = check(
        &framework,
        &{
            let mut a = favourable(&framework);
            let (_, first) = framework.items().next().unwrap();
            a.insert(first.id.clone(), extreme_answer(first, false).unwrap());
            a
        },
        None,
    )
    .into_iter()
    .find(|w| w.kind == WarningKind::MostlyFavourable)
    .unwrap();
    assert!(without_numbers(mostly)
        .message
        .starts_with("Nearly all of your answers are"));
}

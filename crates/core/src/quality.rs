//! Answer-quality checks: patterns that suggest the answers may not reflect the person
//! well. They are reported beside the result and never change the score, because a
//! pattern is a reason to look again, not proof of anything.

use super::answers::{Answer, Answers};
use super::framework::{Framework, ItemKind};
use super::scoring::item_score;
use crate::limits::ANCHORS;

/// Identical ratings in a row (across behaviour items, in presentation order) that
/// suggest answering without reading.
pub const LONG_RUN: usize = 8;
/// Fewest self-ratings before "everything at the maximum" means anything.
pub const MIN_ANSWERS_FOR_CEILING: usize = 5;
/// Difference, on the 0–1 item scale, between an anchored level and the mean of the
/// same dimension's behaviour items beyond which they contradict each other.
pub const ANCHOR_CONTRADICTION: f64 = 0.5;
/// Fewest behaviour answers before an anchored level is compared with them.
pub const MIN_BEHAVIOURS_FOR_ANCHOR_CHECK: usize = 3;
/// Fast skim speed: faster than this, nobody has read the items.
pub const SKIM_WORDS_PER_MINUTE: f64 = 600.0;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WarningKind {
    LongRun,
    ContradictoryPair,
    AllAtMaximum,
    AnchorContradicted,
    TooFast,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub kind: WarningKind,
    /// Dimension the warning is about, if it is about one.
    pub dimension_id: Option<String>,
    pub message: String,
}

/// Runs every check. `active_seconds` is the time spent answering, when known.
pub fn check(
    framework: &Framework,
    answers: &Answers,
    active_seconds: Option<u32>,
) -> Vec<Warning> {
    let mut warnings = Vec::new();
    long_runs(framework, answers, &mut warnings);
    contradictory_pairs(framework, answers, &mut warnings);
    all_at_maximum(framework, answers, &mut warnings);
    anchors_contradicted(framework, answers, &mut warnings);
    if let Some(seconds) = active_seconds {
        too_fast(framework, answers, seconds, &mut warnings);
    }
    warnings
}

fn long_runs(framework: &Framework, answers: &Answers, warnings: &mut Vec<Warning>) {
    let ratings =
        framework
            .items()
            .filter_map(|(_, item)| match (&item.kind, answers.get(&item.id)) {
                (ItemKind::Behaviour { .. }, Some(Answer::Rating { value })) => Some(*value),
                _ => None,
            });
    let (mut longest, mut current, mut previous, mut value_of_longest) = (0, 0, None, 0);
    for value in ratings {
        current = if previous == Some(value) {
            current + 1
        } else {
            1
        };
        previous = Some(value);
        if current > longest {
            longest = current;
            value_of_longest = value;
        }
    }
    if longest >= LONG_RUN {
        let label = framework
            .scales
            .frequency
            .get(usize::from(value_of_longest.saturating_sub(1)))
            .map_or("the same answer", String::as_str);
        warnings.push(Warning {
            kind: WarningKind::LongRun,
            dimension_id: None,
            message: format!(
                "You gave \"{label}\" to {longest} statements in a row. Some of them describe opposite habits, so it is worth checking that each answer is the one you meant."
            ),
        });
    }
}

fn contradictory_pairs(framework: &Framework, answers: &Answers, warnings: &mut Vec<Warning>) {
    let rating = |id: &str| match answers.get(id) {
        Some(Answer::Rating { value }) => Some(*value),
        _ => None,
    };
    for (dimension, item) in framework.items() {
        let ItemKind::Behaviour {
            reverse_of: Some(positive_id),
            ..
        } = &item.kind
        else {
            continue;
        };
        let (Some(negative), Some(positive)) = (rating(&item.id), rating(positive_id)) else {
            continue;
        };
        if negative >= 4 && positive >= 4 {
            warnings.push(Warning {
                kind: WarningKind::ContradictoryPair,
                dimension_id: Some(dimension.id.clone()),
                message: format!(
                    "In {}, you said you often do two opposite things. Look again at: \"{}\" and \"{}\".",
                    dimension.name,
                    statement(framework, positive_id),
                    statement(framework, &item.id)
                ),
            });
        }
    }
}

fn statement<'f>(framework: &'f Framework, id: &'f str) -> &'f str {
    match framework.item(id).map(|(_, i)| &i.kind) {
        Some(ItemKind::Behaviour { text, .. }) => text,
        _ => id,
    }
}

fn all_at_maximum(framework: &Framework, answers: &Answers, warnings: &mut Vec<Warning>) {
    // Whether each self-rating is at the favourable end of its own scale (an anchored
    // answer scores inside its band, so its top is the highest anchor, not a score of 1).
    let at_top: Vec<bool> = framework
        .items()
        .filter_map(|(_, item)| {
            let answer = answers.get(&item.id)?;
            match (&item.kind, answer) {
                (ItemKind::Behaviour { .. }, _) => {
                    Some(item_score(framework, item, answer)? >= 1.0)
                }
                (ItemKind::Anchored { .. }, Answer::Level { value }) if answer.fits(item) => {
                    Some(usize::from(*value) + 1 == ANCHORS.max)
                }
                _ => None,
            }
        })
        .collect();
    if at_top.len() >= MIN_ANSWERS_FOR_CEILING && at_top.iter().all(|top| *top) {
        warnings.push(Warning {
            kind: WarningKind::AllAtMaximum,
            dimension_id: None,
            message: "Every self-rating is at the most favourable end of the scale. Few people are at their best in everything; a result like this says less than one with honest low points.".to_string(),
        });
    }
}

fn anchors_contradicted(framework: &Framework, answers: &Answers, warnings: &mut Vec<Warning>) {
    for dimension in &framework.dimensions {
        let behaviour_scores: Vec<f64> = dimension
            .items
            .iter()
            .filter(|i| matches!(i.kind, ItemKind::Behaviour { .. }))
            .filter_map(|i| item_score(framework, i, answers.get(&i.id)?))
            .collect();
        if behaviour_scores.len() < MIN_BEHAVIOURS_FOR_ANCHOR_CHECK {
            continue;
        }
        let behaviour_mean = behaviour_scores.iter().sum::<f64>() / behaviour_scores.len() as f64;
        for item in &dimension.items {
            if !matches!(item.kind, ItemKind::Anchored { .. }) {
                continue;
            }
            let (Some(anchor_score), Some(Answer::Level { value })) = (
                answers
                    .get(&item.id)
                    .and_then(|a| item_score(framework, item, a)),
                answers.get(&item.id),
            ) else {
                continue;
            };
            let level_name = framework
                .scales
                .anchored
                .get(usize::from(*value))
                .map_or("that level", String::as_str);
            let difference = anchor_score - behaviour_mean;
            if difference.abs() >= ANCHOR_CONTRADICTION {
                let direction = if difference > 0.0 {
                    "your answers to the statements in the same area point lower"
                } else {
                    "your answers to the statements in the same area point higher"
                };
                warnings.push(Warning {
                    kind: WarningKind::AnchorContradicted,
                    dimension_id: Some(dimension.id.clone()),
                    message: format!(
                        "In {}, you picked \"{level_name}\", but {direction}. Which one is closer to the truth?",
                        dimension.name
                    ),
                });
            }
        }
    }
}

fn too_fast(framework: &Framework, answers: &Answers, seconds: u32, warnings: &mut Vec<Warning>) {
    let words: usize = framework
        .items()
        .filter(|(_, item)| item.kind.is_scored() && answers.contains_key(&item.id))
        .map(|(_, item)| words_to_read(&item.kind))
        .sum();
    let minimum_seconds = words as f64 / SKIM_WORDS_PER_MINUTE * 60.0;
    if words > 0 && f64::from(seconds) < minimum_seconds {
        warnings.push(Warning {
            kind: WarningKind::TooFast,
            dimension_id: None,
            message: format!(
                "You answered in {}, faster than the {} it takes just to skim the questions. Answers given this quickly may not reflect what you really do.",
                duration(f64::from(seconds)),
                duration(minimum_seconds)
            ),
        });
    }
}

fn words_to_read(kind: &ItemKind) -> usize {
    let count = |s: &str| s.split_whitespace().count();
    match kind {
        ItemKind::Behaviour { text, .. } => count(text),
        ItemKind::Anchored { prompt, anchors } => {
            count(prompt) + anchors.iter().map(|a| count(a)).sum::<usize>()
        }
        ItemKind::Scenario {
            situation,
            responses,
        } => count(situation) + responses.iter().map(|r| count(&r.text)).sum::<usize>(),
        ItemKind::Evidence { prompt, .. } => count(prompt),
    }
}

fn duration(seconds: f64) -> String {
    let seconds = seconds.round() as u64;
    if seconds < 90 {
        format!("{seconds} seconds")
    } else {
        format!("{} minutes", (seconds + 30) / 60)
    }
}

//! Answer-quality checks: patterns that suggest the answers may not reflect the person
//! well. They are reported beside the result and never change the score, because a
//! pattern is a reason to look again, not proof of anything.

use super::answers::{Answer, Answers};
use super::framework::{Dimension, Framework, Item, ItemKind};
use super::narrative::join_names;
use super::scoring::item_score;
use crate::limits::ANCHORS;
use crate::timing::words_to_read;

/// Identical ratings in a row (across behaviour items, in presentation order) that
/// suggest answering without reading.
pub const LONG_RUN: usize = 8;
/// Fewest mirrored pairs, both answered, before the consistency index means anything.
pub const MIN_PAIRS_FOR_CONSISTENCY: usize = 4;
/// Consistency index (mean agreement of mirrored pairs, 0–1) below which a note is
/// shown: answering at random averages 0.6, so below it the pairs agree no better than
/// chance would.
pub const LOW_CONSISTENCY: f64 = 0.6;
/// Fewest statement ratings before their spread means anything.
pub const MIN_RATINGS_FOR_SPREAD: usize = 10;
/// Standard deviation of the raw ratings (in steps of the 1–5 scale) below which nearly
/// every statement got the same answer.
pub const NARROW_SPREAD: f64 = 0.5;
/// Standard deviation of the raw ratings at or above which nearly every statement got
/// one end of the scale or the other.
pub const EXTREME_SPREAD: f64 = 1.8;
/// Fewest scored answers before the favourable-answer index means anything.
pub const MIN_ANSWERS_FOR_FAVOURABLE: usize = 10;
/// Share of scored answers at the most favourable end at or above which a note is shown.
pub const HIGH_FAVOURABLE: f64 = 0.8;
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
    /// The consistency index over all mirrored pairs is clearly low.
    LowConsistency,
    /// Nearly every statement rating is the same answer (straight-lining).
    NarrowSpread,
    /// Nearly every statement rating is at one end of the scale or the other.
    ExtremeSpread,
    /// Most answers are at the socially desirable extreme.
    MostlyFavourable,
    AnchorContradicted,
    TooFast,
    /// One or more screens answered faster than their questions can be skimmed.
    ScreenTooFast,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Warning {
    pub kind: WarningKind,
    /// Dimension the warning is about, if it is about one.
    pub dimension_id: Option<String>,
    pub message: String,
}

/// The answer-quality indices, each with the number of answers it rests on. An index is
/// `None` when there is nothing to compute it from.
#[derive(Clone, Debug, PartialEq)]
pub struct Indices {
    /// Mean agreement (0–1) between the two statements of each mirrored pair, both
    /// scored the same way round: 1 when every pair says the same thing, 0 when every
    /// pair says opposite things.
    pub consistency: Option<f64>,
    /// Mirrored pairs with both statements rated.
    pub pairs: usize,
    /// Standard deviation of the raw statement ratings, in scale steps.
    pub spread: Option<f64>,
    /// Statement ratings the spread rests on.
    pub ratings: usize,
    /// Share (0–1) of scored answers at the socially desirable extreme.
    pub favourable: Option<f64>,
    /// Answers at that extreme.
    pub favourable_answers: usize,
    /// Scored answers the favourable share rests on.
    pub scored_answers: usize,
}

/// How long the person spent: in all, and on each screen (one per dimension, by index;
/// empty when not recorded).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Timing<'a> {
    pub total_seconds: u32,
    pub screen_seconds: &'a [u32],
}

/// The second half of the favourable-answer note, the same with or without numbers.
pub const FAVOURABLE_ADVICE: &str = "Few people are at their best in everything, and it is easy to answer as the person we mean to be rather than the one we are on an ordinary week. A result with honest low points is more useful to you; wherever a less favourable answer is closer to the truth, it is worth changing.";

/// Runs every check. `active_seconds` is the time spent answering, when known.
pub fn check(
    framework: &Framework,
    answers: &Answers,
    active_seconds: Option<u32>,
) -> Vec<Warning> {
    check_timed(
        framework,
        answers,
        active_seconds.map(|total_seconds| Timing {
            total_seconds,
            screen_seconds: &[],
        }),
    )
}

/// The answers to the optional last question, "How carefully did you answer?", most
/// careful first.
pub const CARE_QUESTION: &str = "How carefully did you answer?";
pub const CARE_ANSWERS: [&str; 4] = [
    "Carefully: I thought about each one",
    "Mostly carefully",
    "Quickly, with some guesses",
    "Not carefully",
];

/// The person's own account of how they answered, shown first in "How you answered"
/// and never used in a score; `None` when they left the question out.
pub fn care_note(care: Option<u8>) -> Option<String> {
    let answer = CARE_ANSWERS.get(usize::from(care?))?;
    let advice = if care? >= 2 {
        " Read the result with that in mind: answers given quickly describe you less well."
    } else {
        ""
    };
    Some(format!(
        "Asked how carefully you answered, you said: \u{201c}{answer}\u{201d}.{advice}"
    ))
}

/// Runs every check, with the time per screen when it was recorded.
pub fn check_timed(
    framework: &Framework,
    answers: &Answers,
    timing: Option<Timing>,
) -> Vec<Warning> {
    let indices = indices(framework, answers);
    let mut warnings = Vec::new();
    let favourable = mostly_favourable(&indices, &mut warnings);
    let narrow = spread(framework, answers, &indices, favourable, &mut warnings);
    if !narrow {
        long_runs(framework, answers, &mut warnings);
    }
    low_consistency(&indices, &mut warnings);
    anchors_contradicted(framework, answers, &mut warnings);
    if let Some(timing) = timing {
        if !too_fast(framework, answers, timing.total_seconds, &mut warnings) {
            screens_too_fast(framework, answers, timing.screen_seconds, &mut warnings);
        }
    }
    warnings
}

fn rating(answers: &Answers, id: &str) -> Option<u8> {
    match answers.get(id) {
        Some(Answer::Rating { value }) => Some(*value),
        _ => None,
    }
}

/// Computes the three answer-quality indices from the answers alone.
pub fn indices(framework: &Framework, answers: &Answers) -> Indices {
    let score_of = |id: &str| {
        let (_, item) = framework.item(id)?;
        item_score(framework, item, answers.get(id)?)
    };
    let agreements: Vec<f64> = framework
        .items()
        .filter_map(|(_, item)| match &item.kind {
            ItemKind::Behaviour {
                reverse_of: Some(positive_id),
                ..
            } => Some((score_of(&item.id)?, score_of(positive_id)?)),
            _ => None,
        })
        .map(|(negative, positive)| 1.0 - (positive - negative).abs())
        .collect();

    let ratings: Vec<f64> = framework
        .items()
        .filter(|(_, item)| matches!(item.kind, ItemKind::Behaviour { .. }))
        .filter_map(|(_, item)| rating(answers, &item.id).map(f64::from))
        .collect();

    let at_extreme: Vec<bool> = framework
        .items()
        .filter_map(|(_, item)| {
            let answer = answers.get(&item.id)?;
            item_score(framework, item, answer)?;
            Some(match (&item.kind, answer) {
                (ItemKind::Behaviour { .. }, _) => item_score(framework, item, answer)? >= 1.0,
                (ItemKind::Anchored { .. }, Answer::Level { value }) => {
                    usize::from(*value) + 1 == ANCHORS.max
                }
                (ItemKind::Scenario { responses, .. }, Answer::Judgement { most, .. }) => {
                    let best = responses.iter().map(|r| r.effectiveness).max();
                    responses.get(usize::from(*most)).map(|r| r.effectiveness) == best
                }
                _ => false,
            })
        })
        .collect();
    let favourable_answers = at_extreme.iter().filter(|top| **top).count();

    Indices {
        consistency: mean(&agreements),
        pairs: agreements.len(),
        spread: mean(&ratings).map(|m| {
            (ratings.iter().map(|r| (r - m).powi(2)).sum::<f64>() / ratings.len() as f64).sqrt()
        }),
        ratings: ratings.len(),
        favourable: (!at_extreme.is_empty())
            .then(|| favourable_answers as f64 / at_extreme.len() as f64),
        favourable_answers,
        scored_answers: at_extreme.len(),
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// "1 pair" / "7 pairs".
fn count_of(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn low_consistency(indices: &Indices, warnings: &mut Vec<Warning>) {
    let Some(consistency) = indices.consistency else {
        return;
    };
    if indices.pairs < MIN_PAIRS_FOR_CONSISTENCY || consistency >= LOW_CONSISTENCY {
        return;
    }
    warnings.push(Warning {
        kind: WarningKind::LowConsistency,
        dimension_id: None,
        message: format!(
            "Some statements come in pairs that describe opposite habits. Across the {} you rated, your answers agree with each other {} out of 100, about what answers picked at random would give. A pair can be less than an exact opposite, so no single pair matters; taken together, it may be worth reading the statements again.",
            count_of(indices.pairs, "pair", "pairs"),
            (consistency * 100.0).round() as u32
        ),
    });
}

/// Returns whether nearly every rating was the same (so a long run says nothing more).
fn spread(
    framework: &Framework,
    answers: &Answers,
    indices: &Indices,
    favourable_noted: bool,
    warnings: &mut Vec<Warning>,
) -> bool {
    let Some(spread) = indices.spread else {
        return false;
    };
    if indices.ratings < MIN_RATINGS_FOR_SPREAD {
        return false;
    }
    if spread < NARROW_SPREAD {
        let (label, same) = most_common_rating(framework, answers);
        warnings.push(Warning {
            kind: WarningKind::NarrowSpread,
            dimension_id: None,
            message: format!(
                "You gave {label} to {same} of your {} statements. They describe different habits, some of them opposite ones, so it is worth checking that each answer is the one you meant.",
                indices.ratings
            ),
        });
        return true;
    }
    // Answers at the favourable extreme are all at one end or the other; that note says it.
    if spread >= EXTREME_SPREAD && !favourable_noted {
        warnings.push(Warning {
            kind: WarningKind::ExtremeSpread,
            dimension_id: None,
            message: format!(
                "Nearly all of your {} statement ratings are at one end of the scale or the other. Most habits sit somewhere in between, so the answers in the middle of the scale may fit some of them better.",
                indices.ratings
            ),
        });
    }
    false
}

/// The label and count of the most frequent statement rating.
fn most_common_rating(framework: &Framework, answers: &Answers) -> (String, usize) {
    let mut counts = [0usize; 256];
    let mut rated: Vec<(&str, u8)> = Vec::new();
    for (_, item) in framework.items() {
        if let ItemKind::Behaviour { scale, .. } = &item.kind {
            if let Some(value) = rating(answers, &item.id) {
                counts[usize::from(value)] += 1;
                rated.push((scale, value));
            }
        }
    }
    let (value, same) = counts
        .iter()
        .enumerate()
        .max_by_key(|(value, n)| (**n, std::cmp::Reverse(*value)))
        .map_or((0, 0), |(value, n)| (value, *n));
    let value = u8::try_from(value).unwrap_or_default();
    let scales: Vec<&str> = rated
        .iter()
        .filter(|(_, v)| *v == value)
        .map(|(scale, _)| *scale)
        .collect();
    (rating_name(framework, &scales, value), same)
}

/// How to name rating `value` given to statements on `scales`: its quoted label, or
/// the labels it has on each of the scales involved ("\"Usually\" or \"Mostly true\""),
/// since the same point has a different label on each scale.
fn rating_name(framework: &Framework, scales: &[&str], value: u8) -> String {
    let mut labels: Vec<String> = Vec::new();
    for scale in scales {
        if let Some(label) = framework.scales.rating_label(scale, value) {
            let quoted = format!("\"{label}\"");
            if !labels.contains(&quoted) {
                labels.push(quoted);
            }
        }
    }
    if labels.is_empty() {
        "the same answer".to_string()
    } else {
        labels.join(" or ")
    }
}

/// Returns whether the note was given.
fn mostly_favourable(indices: &Indices, warnings: &mut Vec<Warning>) -> bool {
    let Some(share) = indices.favourable else {
        return false;
    };
    if indices.scored_answers < MIN_ANSWERS_FOR_FAVOURABLE || share < HIGH_FAVOURABLE {
        return false;
    }
    let how_many = if indices.favourable_answers == indices.scored_answers {
        format!("All {} of your answers are", indices.scored_answers)
    } else {
        format!(
            "{} of your {} answers are",
            indices.favourable_answers, indices.scored_answers
        )
    };
    warnings.push(Warning {
        kind: WarningKind::MostlyFavourable,
        dimension_id: None,
        message: format!(
            "{how_many} at the most favourable end: the top of the scale, the highest level, the best response in each scenario. {FAVOURABLE_ADVICE}"
        ),
    });
    true
}

fn long_runs(framework: &Framework, answers: &Answers, warnings: &mut Vec<Warning>) {
    let ratings: Vec<(&str, u8)> = framework
        .items()
        .filter_map(|(_, item)| match (&item.kind, answers.get(&item.id)) {
            (ItemKind::Behaviour { scale, .. }, Some(Answer::Rating { value })) => {
                Some((scale.as_str(), *value))
            }
            _ => None,
        })
        .collect();
    let (mut longest, mut current, mut previous, mut end_of_longest) = (0, 0, None, 0);
    for (at, &(_, value)) in ratings.iter().enumerate() {
        current = if previous == Some(value) {
            current + 1
        } else {
            1
        };
        previous = Some(value);
        if current > longest {
            longest = current;
            end_of_longest = at + 1;
        }
    }
    if longest >= LONG_RUN {
        let run = &ratings[end_of_longest - longest..end_of_longest];
        let scales: Vec<&str> = run.iter().map(|(scale, _)| *scale).collect();
        let label = rating_name(framework, &scales, run[0].1);
        warnings.push(Warning {
            kind: WarningKind::LongRun,
            dimension_id: None,
            message: format!(
                "You gave {label} to {longest} statements in a row. Some of them describe opposite habits, so it is worth checking that each answer is the one you meant."
            ),
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

/// Returns whether the note was given.
fn too_fast(
    framework: &Framework,
    answers: &Answers,
    seconds: u32,
    warnings: &mut Vec<Warning>,
) -> bool {
    let words = words_answered(framework.items(), answers);
    let minimum_seconds = skim_seconds(words);
    let fast = words > 0 && f64::from(seconds) < minimum_seconds;
    if fast {
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
    fast
}

/// Words of the answered, scored items among `items`.
fn words_answered<'f>(
    items: impl Iterator<Item = (&'f Dimension, &'f Item)>,
    answers: &Answers,
) -> usize {
    items
        .filter(|(_, item)| item.kind.is_scored() && answers.contains_key(&item.id))
        .map(|(_, item)| words_to_read(&item.kind))
        .sum()
}

fn skim_seconds(words: usize) -> f64 {
    words as f64 / SKIM_WORDS_PER_MINUTE * 60.0
}

/// Screens (one per dimension) answered faster than their own questions can be skimmed,
/// for when the whole is not too fast but a part of it was.
fn screens_too_fast(
    framework: &Framework,
    answers: &Answers,
    screen_seconds: &[u32],
    warnings: &mut Vec<Warning>,
) {
    let fast: Vec<&str> = framework
        .dimensions
        .iter()
        .zip(screen_seconds)
        .filter(|(dimension, seconds)| {
            let words = words_answered(dimension.items.iter().map(|i| (*dimension, i)), answers);
            words > 0 && f64::from(**seconds) < skim_seconds(words)
        })
        .map(|(dimension, _)| dimension.name.as_str())
        .collect();
    let message = match fast.as_slice() {
        [] => return,
        [one] => format!(
            "You answered the questions on {one} faster than it takes just to skim them. Answers given this quickly may not reflect what you really do, so that area may be worth a second look."
        ),
        many => format!(
            "You answered the questions on {} faster than it takes just to skim them. Answers given this quickly may not reflect what you really do, so those areas may be worth a second look.",
            join_names(many)
        ),
    };
    warnings.push(Warning {
        kind: WarningKind::ScreenTooFast,
        dimension_id: (fast.len() == 1)
            .then(|| framework.dimensions.iter().find(|d| d.name == fast[0]))
            .flatten()
            .map(|d| d.id.clone()),
        message,
    });
}

fn duration(seconds: f64) -> String {
    let seconds = seconds.round() as u64;
    if seconds < 90 {
        format!("{seconds} seconds")
    } else {
        format!("{} minutes", (seconds + 30) / 60)
    }
}

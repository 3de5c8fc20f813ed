//! Self against others: the person's own answers beside the observers', per capability
//! dimension, shown only as aggregates that no single response can be recovered from.
//!
//! # What is compared
//!
//! Both sides are scored by [`crate::scoring::score`] on the same questions, the
//! observer questions ([`super::observer::observer_items`]): the person's own answers
//! to statements and anchored items (their scenarios are left out, since observers do
//! not answer scenarios), and each observer's ratings and levels as if they were that
//! observer's own answers to the same items, so keying and level bands apply exactly as
//! to self-ratings. "Can't say" is an unanswered question. A dimension therefore gets a
//! self score here only when the person answered at least the framework's
//! `min_scored_items` of its observer questions, and an observer counts towards it only
//! when they did.
//!
//! - **Others' score**: the mean of the raters' dimension scores, each rater weighing
//!   the same (the usual practice in multi-rater feedback, so one rater who answered
//!   more questions does not count more).
//! - **Others' range**: an 80% interval of that mean, ± [`RANGE_Z`] × s / √n, where s is
//!   the sample standard deviation of the raters' scores, never below the self range's
//!   floor, [`SPREAD_FLOOR`](crate::scoring::SPREAD_FLOOR) (15 points). Raters of the
//!   same person disagree a good deal (single-rater reliabilities are typically .3 to
//!   .5), so three
//!   raters who happen to agree exactly are more likely a small sample than a consensus;
//!   with the floor, three raters get at least ±11 points. Using the self range's z
//!   makes both ranges mean the same thing.
//! - **Blind spot / hidden strength**: self is *clearly* above others (a blind spot) or
//!   below them (a hidden strength) only when the two ranges, as shown in whole
//!   numbers, do not overlap **and** the difference is at least [`CLEAR_DIFFERENCE`]
//!   (12.5 points, half a rating step on every question of the dimension). Two 80%
//!   intervals that do not overlap put the difference at least 1.28 to 1.81 of its own
//!   standard errors from zero (1.81 when the errors are equal), about a one-sided 3.5%
//!   test at equal errors; the minimum difference keeps a precise but trivial difference
//!   from being called out. Anything else is [`Reading::Agreement`].
//! - **Largest gaps**: up to [`LARGEST_GAPS`] questions with the largest self − others
//!   difference (at least [`CLEAR_DIFFERENCE`]), each rated by at least
//!   [`MIN_GROUP_RESPONSES`] observers, largest first, ties in framework order.
//!
//! # What is shown (the anonymity rule)
//!
//! Nothing in [`FeedbackReport`] belongs to a single response, except the manager's view,
//! which is labelled as such:
//!
//! 1. Others' answers appear only as aggregates ([`RaterAggregate`]).
//! 2. The overall "others" aggregate of a dimension needs [`MIN_GROUP_RESPONSES`] (3)
//!    raters who scored it; before the report has 3 responses at all, it says how many
//!    are in and how many are needed ([`OthersStatus::NotYet`]).
//! 3. A group by relationship (peers, direct reports, other colleagues) is shown only
//!    with 3 raters in it. The manager is the exception: a manager's view may be shown
//!    alone, labelled "Your manager" (the observer page must tell the manager so).
//! 4. No single response, nor a pair, can be worked out by subtraction: with the overall
//!    aggregate shown, the raters left outside the groups shown must number 0 or at
//!    least 3 (otherwise overall × n − Σ group × size recovers them). When the groups
//!    that qualify break this, the largest set of them that keeps it is shown (most
//!    groups, then most raters inside them, then the order manager, peers, direct
//!    reports, others); at worst, none.
//!
//! Responses are counted once: two with the same response id (the same submission, or
//! a correction from the same browser) count as one, the later in the slice. Responses
//! made with another framework or version are left out.
//!
//! The rule holds within one report. Someone who writes the numbers down before and
//! after one more response arrives can still subtract; the page should encourage
//! reading the feedback once the responses are in, not as each arrives.
//!
//! ```
//! use yardstick_core::answers::Answers;
//! use yardstick_core::feedback::aggregate::{aggregate, OthersStatus};
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//! let report = aggregate(&framework, &Answers::new(), &[]);
//! assert_eq!(report.others, OthersStatus::NotYet { responses: 0, needed: 3 });
//! assert!(report.largest_gaps.is_empty());
//! ```

use super::observer::observer_items;
use super::response_code::{ObserverResponse, Relationship};
use crate::answers::Answers;
use crate::display::round_to;
use crate::framework::{Dimension, Framework};
use crate::order::sort_stable_by;
use crate::scoring::{item_score, score, standard_error, Range, Score, RANGE_Z};

/// Fewest responses behind any aggregate of others (the manager's view excepted), the
/// usual minimum in multi-rater feedback.
pub const MIN_GROUP_RESPONSES: usize = 3;
/// Smallest self − others difference, in points, called a blind spot or hidden
/// strength, or listed as a large gap: half a rating step (a step is 25 points).
pub const CLEAR_DIFFERENCE: f64 = 12.5;
/// How many questions [`FeedbackReport::largest_gaps`] lists at most.
pub const LARGEST_GAPS: usize = 5;

/// Decimals compared when deciding thresholds and ties, so floating-point noise in the
/// last bits never decides one.
const COMPARED_DECIMALS: i32 = 6;

/// The person's view beside others', per capability dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackReport {
    pub framework_id: String,
    pub framework_version: String,
    /// Distinct responses counted.
    pub responses: usize,
    pub others: OthersStatus,
    /// One per capability dimension, in framework order (preparation is not observed).
    pub dimensions: Vec<DimensionFeedback>,
    /// The questions where self and others differ most; empty before 3 responses.
    pub largest_gaps: Vec<ItemGap>,
}

/// Whether others' answers can be shown yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OthersStatus {
    /// Fewer than `needed` responses are in: others' aggregates are not shown (a
    /// manager's view may be; see the module documentation).
    NotYet { responses: usize, needed: usize },
    /// Enough responses are in for others' aggregates.
    Shown { responses: usize },
}

/// How many responses are in, as a sentence.
pub fn responses_in(responses: usize) -> String {
    match responses {
        0 => "No responses are in yet.".to_string(),
        1 => "1 response is in.".to_string(),
        n => format!("{n} responses are in."),
    }
}

impl OthersStatus {
    /// What the feedback page says about the responses so far.
    pub fn message(&self) -> String {
        match *self {
            OthersStatus::NotYet { responses, needed } => {
                let is_in = responses_in(responses);
                let more = needed.saturating_sub(responses);
                format!(
                    "{is_in} Others' answers are shown once {needed} people have responded, so that no one's answers can be picked out: {more} more {} needed.",
                    if more == 1 { "is" } else { "are" }
                )
            }
            OthersStatus::Shown { responses } => format!("Based on {responses} responses."),
        }
    }
}

/// A score with its likely range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub score: f64,
    pub range: Range,
}

/// Several raters' dimension scores as one: never fewer than
/// [`MIN_GROUP_RESPONSES`] raters, except the manager's view.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RaterAggregate {
    /// Mean of the raters' dimension scores, 0–100.
    pub score: f64,
    /// 80% interval of the mean (see the module documentation).
    pub range: Range,
    /// Standard error of the mean in points; `range` is ±[`RANGE_Z`] of it.
    pub standard_error: f64,
    pub raters: usize,
}

/// Others' view of a dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Others {
    Shown(RaterAggregate),
    /// Fewer than `needed` raters scored this dimension (the others answered too few of
    /// its questions, or too few responses are in).
    TooFew {
        raters: usize,
        needed: usize,
    },
}

/// One relationship group's view of a dimension, shown under the anonymity rule.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupAggregate {
    pub relationship: Relationship,
    pub aggregate: RaterAggregate,
}

/// How self and others compare in a dimension.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Comparison {
    /// Self − others, in points: positive when the person rates themselves higher.
    pub difference: f64,
    pub reading: Reading,
}

/// The reading of a comparison (the rule is in the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The person rates themselves clearly higher than others do.
    BlindSpot,
    /// Others rate the person clearly higher than the person does.
    HiddenStrength,
    /// No clear difference.
    Agreement,
}

impl Reading {
    pub fn label(self) -> &'static str {
        match self {
            Reading::BlindSpot => "Blind spot",
            Reading::HiddenStrength => "Hidden strength",
            Reading::Agreement => "Agreement",
        }
    }
}

/// Self against others in one capability dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionFeedback {
    pub dimension_id: String,
    /// The person's own score on the observer questions; `None` with too few answers.
    pub self_view: Option<Estimate>,
    pub others: Others,
    /// The relationship groups the anonymity rule lets through, manager first.
    pub groups: Vec<GroupAggregate>,
    /// When both self and others are shown.
    pub comparison: Option<Comparison>,
}

/// A question where self and others differ, on the 0–100 item scale.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemGap {
    pub item_id: String,
    pub dimension_id: String,
    pub self_score: f64,
    /// Mean of the observers' item scores.
    pub others_score: f64,
    /// Observers who rated the question (at least [`MIN_GROUP_RESPONSES`]).
    pub raters: usize,
    /// `self_score - others_score`.
    pub difference: f64,
}

/// The person's own answers (`self_answers`, a whole attempt's answers: only the
/// observer questions are used) beside the observers' `responses`, under the anonymity
/// rule. Give the responses in the order they were received.
pub fn aggregate(
    framework: &Framework,
    self_answers: &Answers,
    responses: &[ObserverResponse],
) -> FeedbackReport {
    let counted = distinct_responses(framework, responses);
    let self_score = score(framework, &observer_questions_only(framework, self_answers));
    let rater_answers: Vec<(Relationship, Answers)> = counted
        .iter()
        .map(|r| (r.relationship(), r.answers_for_scoring()))
        .collect();
    let rater_scores: Vec<(Relationship, Score)> = rater_answers
        .iter()
        .map(|(relationship, answers)| (*relationship, score(framework, answers)))
        .collect();
    let dimensions = framework
        .capability_dimensions()
        .map(|dimension| dimension_feedback(dimension, &self_score, &rater_scores))
        .collect();
    let responses = counted.len();
    FeedbackReport {
        framework_id: framework.id.clone(),
        framework_version: framework.version.clone(),
        responses,
        others: if responses >= MIN_GROUP_RESPONSES {
            OthersStatus::Shown { responses }
        } else {
            OthersStatus::NotYet {
                responses,
                needed: MIN_GROUP_RESPONSES,
            }
        },
        dimensions,
        largest_gaps: largest_gaps(framework, self_answers, &rater_answers),
    }
}

/// The responses made with `framework`, each observer once: a later response with the
/// same invitation and response id replaces the earlier one.
fn distinct_responses<'a>(
    framework: &Framework,
    responses: &'a [ObserverResponse],
) -> Vec<&'a ObserverResponse> {
    let mut kept: Vec<&ObserverResponse> = Vec::new();
    let same_framework = |r: &&ObserverResponse| {
        r.framework_id() == framework.id && r.framework_version() == framework.version
    };
    for response in responses.iter().filter(same_framework) {
        let same_observer = kept.iter_mut().find(|k| {
            k.invitation_id() == response.invitation_id()
                && k.response_id() == response.response_id()
        });
        match same_observer {
            Some(slot) => *slot = response,
            None => kept.push(response),
        }
    }
    kept
}

fn observer_questions_only(framework: &Framework, answers: &Answers) -> Answers {
    // Inserted one by one: collecting into a map sorts with the standard library's
    // stable sort, 4 KB of WebAssembly for each type it sorts.
    let mut kept = Answers::new();
    for (_, item) in observer_items(framework) {
        if let Some(answer) = answers.get(&item.id) {
            kept.insert(item.id.clone(), answer.clone());
        }
    }
    kept
}

fn dimension_feedback(
    dimension: &Dimension,
    self_score: &Score,
    rater_scores: &[(Relationship, Score)],
) -> DimensionFeedback {
    let self_view = self_score.dimension(&dimension.id).and_then(|d| {
        Some(Estimate {
            score: d.score?,
            range: d.range?,
        })
    });
    // Each rater who answered enough of this dimension, with their score for it.
    let raters: Vec<(Relationship, f64)> = rater_scores
        .iter()
        .filter_map(|(relationship, s)| Some((*relationship, s.dimension(&dimension.id)?.score?)))
        .collect();
    let values: Vec<f64> = raters.iter().map(|(_, v)| *v).collect();
    let others = if raters.len() >= MIN_GROUP_RESPONSES {
        Others::Shown(rater_aggregate(&values))
    } else {
        Others::TooFew {
            raters: raters.len(),
            needed: MIN_GROUP_RESPONSES,
        }
    };
    let groups = shown_groups(&raters)
        .into_iter()
        .map(|relationship| {
            let values: Vec<f64> = raters
                .iter()
                .filter(|(r, _)| *r == relationship)
                .map(|(_, v)| *v)
                .collect();
            GroupAggregate {
                relationship,
                aggregate: rater_aggregate(&values),
            }
        })
        .collect();
    let comparison = match (self_view, others) {
        (Some(self_view), Others::Shown(others)) => Some(compare(self_view, &others)),
        _ => None,
    };
    DimensionFeedback {
        dimension_id: dimension.id.clone(),
        self_view,
        others,
        groups,
        comparison,
    }
}

/// Whether a group of `size` raters may be shown on its own: the manager always
/// (labelled), any other group from [`MIN_GROUP_RESPONSES`].
fn group_qualifies(relationship: Relationship, size: usize) -> bool {
    match relationship {
        Relationship::Manager => size >= 1,
        _ => size >= MIN_GROUP_RESPONSES,
    }
}

/// The relationship groups shown for a dimension rated by `raters`, in
/// [`Relationship::ALL`] order: the largest set of qualifying groups that leaves no
/// one or two raters to be recovered by subtracting the groups from the overall mean.
fn shown_groups(raters: &[(Relationship, f64)]) -> Vec<Relationship> {
    let total = raters.len();
    let overall_shown = total >= MIN_GROUP_RESPONSES;
    let qualifying: Vec<(Relationship, usize)> = Relationship::ALL
        .into_iter()
        .map(|relationship| {
            let size = raters.iter().filter(|(r, _)| *r == relationship).count();
            (relationship, size)
        })
        .filter(|&(relationship, size)| group_qualifies(relationship, size))
        .collect();
    let mut best: Vec<Relationship> = Vec::new();
    let mut best_rank = (0, 0);
    // At most four groups: every subset can be tried.
    for subset in 0u32..(1 << qualifying.len()) {
        let chosen: Vec<(Relationship, usize)> = qualifying
            .iter()
            .enumerate()
            .filter(|(index, _)| subset >> index & 1 == 1)
            .map(|(_, group)| *group)
            .collect();
        let inside: usize = chosen.iter().map(|(_, size)| size).sum();
        let outside = total - inside;
        let safe = !overall_shown || outside == 0 || outside >= MIN_GROUP_RESPONSES;
        let rank = (chosen.len(), inside);
        if safe && rank > best_rank {
            best = chosen.into_iter().map(|(r, _)| r).collect();
            best_rank = rank;
        }
    }
    best
}

/// The mean of `values` (at least one) with its 80% interval.
fn rater_aggregate(values: &[f64]) -> RaterAggregate {
    let raters = values.len();
    let score = values.iter().sum::<f64>() / raters.max(1) as f64;
    // Equal weights: the unbiased weighted spread is the sample standard deviation, and
    // √(Σ w²) is 1/√n, so this is max(s, floor) / √n.
    let error = standard_error(&vec![1.0; raters], values);
    RaterAggregate {
        score,
        range: range_around(score, error),
        standard_error: error,
        raters,
    }
}

/// `score ± RANGE_Z × error`, clamped to [0, 100], as the self ranges are.
fn range_around(score: f64, error: f64) -> Range {
    let half = RANGE_Z * error;
    Range {
        low: (score - half).clamp(0.0, 100.0).min(score),
        high: (score + half).clamp(0.0, 100.0).max(score),
    }
}

fn compare(self_view: Estimate, others: &RaterAggregate) -> Comparison {
    let difference = self_view.score - others.score;
    let clear = round_to(difference.abs(), COMPARED_DECIMALS) >= CLEAR_DIFFERENCE;
    // Judged on whole numbers, as the ranges are shown.
    let self_above = self_view.range.low.round() > others.range.high.round();
    let others_above = others.range.low.round() > self_view.range.high.round();
    let reading = if clear && difference > 0.0 && self_above {
        Reading::BlindSpot
    } else if clear && difference < 0.0 && others_above {
        Reading::HiddenStrength
    } else {
        Reading::Agreement
    };
    Comparison {
        difference,
        reading,
    }
}

fn largest_gaps(
    framework: &Framework,
    self_answers: &Answers,
    rater_answers: &[(Relationship, Answers)],
) -> Vec<ItemGap> {
    let mut gaps = Vec::new();
    for (dimension, item) in observer_items(framework) {
        let Some(self_value) = self_answers
            .get(&item.id)
            .and_then(|answer| item_score(framework, item, answer))
        else {
            continue;
        };
        let others: Vec<f64> = rater_answers
            .iter()
            .filter_map(|(_, answers)| item_score(framework, item, answers.get(&item.id)?))
            .collect();
        if others.len() < MIN_GROUP_RESPONSES {
            continue;
        }
        let self_score = 100.0 * self_value;
        let others_score = 100.0 * others.iter().sum::<f64>() / others.len() as f64;
        let difference = self_score - others_score;
        if round_to(difference.abs(), COMPARED_DECIMALS) < CLEAR_DIFFERENCE {
            continue;
        }
        gaps.push(ItemGap {
            item_id: item.id.clone(),
            dimension_id: dimension.id.clone(),
            self_score,
            others_score,
            raters: others.len(),
            difference,
        });
    }
    let size = |gap: &ItemGap| round_to(gap.difference.abs(), COMPARED_DECIMALS);
    sort_stable_by(&mut gaps, |a, b| size(b).total_cmp(&size(a)));
    gaps.truncate(LARGEST_GAPS);
    gaps
}

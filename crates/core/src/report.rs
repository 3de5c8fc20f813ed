//! The results report's parts, in words and numbers, so the page only copies them into
//! markup: the overall score and level, how many questions it rests on, one row per
//! dimension for the table and the bars, and the wording of strengths and growth areas.
//! Scores are shown as [`crate::display`] rounds them, so no number contradicts its level.

use super::display::{
    decimals_of, fixed, format_number, format_score, format_signed, format_whole, round_to,
    shown_score, NOT_ANSWERED, NOT_SCORED, NO_VALUE,
};
use super::framework::Framework;
use super::recommend::Focus;
use super::scoring::Score;

/// The overall result, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Overall {
    /// Whole number out of 100.
    pub score: String,
    pub level_name: String,
    pub level_description: String,
}

/// The overall score and its level, or `None` when no dimension could be scored.
pub fn overall(framework: &Framework, score: &Score) -> Option<Overall> {
    let value = score.overall?;
    let level = score
        .overall_level_id
        .as_deref()
        .and_then(|id| framework.level(id))
        .or_else(|| framework.level_for(value));
    Some(Overall {
        score: format_score(framework, value),
        level_name: level.map_or_else(String::new, |l| l.name.clone()),
        level_description: level.map_or_else(String::new, |l| l.description.clone()),
    })
}

/// How many questions the result rests on: "Based on 38 of 40 questions."
pub fn coverage(score: &Score) -> String {
    if score.answered == score.total {
        format!("Based on all {} questions.", score.total)
    } else {
        format!("Based on {} of {} questions.", score.answered, score.total)
    }
}

/// One dimension as the table and the bars show it.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionRow {
    pub dimension_id: String,
    pub name: String,
    /// The framework's weight: `"25%"`.
    pub weight: String,
    /// The score clamped to 0–100, for drawing; `None` when not scored.
    pub score: Option<f64>,
    /// `"68"`, or [`NOT_SCORED`].
    pub score_text: String,
    /// Name of the level the score falls in; `None` when not scored.
    pub level: Option<String>,
    /// Name of the level the role expects.
    pub expected_level: String,
    /// Lowest score of the expected level, 0–100.
    pub expected_min: f64,
    /// `expected_min` as text: `"70"`.
    pub expected_text: String,
    /// Shown score minus shown expected minimum, so the three numbers agree on screen.
    pub gap: Option<f64>,
    /// `"+12"`, `"−8"`, `"0"`, or [`NO_VALUE`] when not scored.
    pub gap_text: String,
    /// Whether the score is below what the role expects; `None` when not scored.
    pub below_expected: Option<bool>,
    /// Whole number or [`NOT_ANSWERED`].
    pub self_rating: String,
    /// Whole number or [`NOT_ANSWERED`].
    pub judgement: String,
    pub scored_answers: usize,
    pub scored_items: usize,
}

/// One row per framework dimension, in framework order.
pub fn dimension_rows(framework: &Framework, score: &Score) -> Vec<DimensionRow> {
    framework
        .dimensions
        .iter()
        .map(|dimension| {
            let result = score.dimension(&dimension.id);
            let expected = framework.level(&dimension.expected_level);
            let expected_min = result
                .map(|r| r.expected_min)
                .or(expected.map(|l| l.min_score))
                .unwrap_or(0.0);
            let value = result
                .and_then(|r| r.score)
                .filter(|v| v.is_finite())
                .map(|v| v.clamp(0.0, 100.0));
            let shown = value.map(|v| shown_score(framework, v));
            let expected_shown = round_to(expected_min, 2);
            let gap = shown.map(|s| round_to(s.value - expected_shown, 2));
            let gap_decimals = shown.map_or(0, |s| s.decimals.max(decimals_of(expected_shown)));
            let whole_or_not = |v: Option<f64>| v.map_or(NOT_ANSWERED.to_string(), format_whole);
            DimensionRow {
                dimension_id: dimension.id.clone(),
                name: dimension.name.clone(),
                weight: format!("{}%", format_number(dimension.weight)),
                score: value,
                score_text: shown.map_or(NOT_SCORED.to_string(), |s| s.text()),
                level: value
                    .and_then(|v| framework.level_for(v))
                    .map(|l| l.name.clone()),
                expected_level: expected.map_or_else(String::new, |l| l.name.clone()),
                expected_min,
                expected_text: format_number(expected_min),
                gap,
                gap_text: gap.map_or(NO_VALUE.to_string(), |g| format_signed(g, gap_decimals)),
                below_expected: value.map(|v| v < expected_min),
                self_rating: whole_or_not(result.and_then(|r| r.self_rating)),
                judgement: whole_or_not(result.and_then(|r| r.judgement)),
                scored_answers: result.map_or(0, |r| r.scored_answers),
                scored_items: result.map_or(0, |r| r.scored_items),
            }
        })
        .collect()
}

/// The figures after a strength or growth area's name: `"82, Exceeds the bar; the role
/// expects 70"`.
pub fn focus_figures(framework: &Framework, focus: &Focus) -> String {
    let shown = shown_score(framework, focus.score);
    let level = framework
        .level_for(focus.score)
        .map_or_else(String::new, |l| format!(", {}", l.name));
    format!(
        "{}{level}; the role expects {}",
        shown.text(),
        format_number(focus.score - focus.gap)
    )
}

/// One line on why a growth area is listed. A growth area that is not below what the
/// role expects is the nearest stretch, and is worded so.
pub fn growth_note(framework: &Framework, focus: &Focus) -> String {
    let gap = shown_gap(framework, focus);
    if focus.below_expectation {
        format!(
            "{} points below what the role expects.",
            fixed(gap.abs(), decimals_for(framework, focus))
        )
    } else {
        "Closest to the bar: a stretch. Nothing is below what the role expects, so this is where a little more moves you furthest.".to_string()
    }
}

/// One line on a strength: `"12 points above what the role expects."`
pub fn strength_note(framework: &Framework, focus: &Focus) -> String {
    let gap = shown_gap(framework, focus);
    if gap.abs() < 1e-9 {
        "Exactly at what the role expects.".to_string()
    } else {
        format!(
            "{} points above what the role expects.",
            fixed(gap.abs(), decimals_for(framework, focus))
        )
    }
}

fn shown_gap(framework: &Framework, focus: &Focus) -> f64 {
    round_to(
        shown_score(framework, focus.score).value - round_to(focus.score - focus.gap, 2),
        2,
    )
}

fn decimals_for(framework: &Framework, focus: &Focus) -> usize {
    shown_score(framework, focus.score)
        .decimals
        .max(decimals_of(round_to(focus.score - focus.gap, 2)))
}

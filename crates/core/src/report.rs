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
use super::scoring::{Position, Range, Score};

/// The overall result, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct Overall {
    /// Whole number out of 100.
    pub score: String,
    /// `"likely 52–62"`: the likely range, in words as the page prints it after the score.
    pub range: String,
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
        range: score.overall_range.map_or_else(String::new, |r| {
            format!("likely {}", range_text(framework, value, r))
        }),
        level_name: level.map_or_else(String::new, |l| l.name.clone()),
        level_description: level.map_or_else(String::new, |l| l.description.clone()),
    })
}

/// A likely range as shown: `"52–62"`, whole numbers, never excluding the shown score.
pub fn range_text(framework: &Framework, value: f64, range: Range) -> String {
    let (low, high) = shown_range(framework, value, range);
    format!("{low}\u{2013}{high}")
}

/// The range's ends as whole numbers, widened if need be to hold the shown score.
pub fn shown_range(framework: &Framework, value: f64, range: Range) -> (i64, i64) {
    let shown = shown_score(framework, value).value;
    let low = range.low.round().min(shown.floor()).max(0.0) as i64;
    let high = range.high.round().max(shown.ceil()).min(100.0) as i64;
    (low, high)
}

/// `"1 point"`, `"12 points"`, `"0.5 points"`.
pub fn points(text: &str) -> String {
    if text == "1" {
        "1 point".to_string()
    } else {
        format!("{text} points")
    }
}

/// How many questions the result rests on, and why the others do not count:
/// "Based on 35 of 40 questions. 3 statements did not apply; you preferred not to
/// answer 2." Statements that did not apply are counted apart from those declined,
/// since "it has not come up" and "I would rather not say" mean different things.
pub fn coverage(score: &Score) -> String {
    let counted = score
        .answered
        .saturating_sub(score.not_applicable + score.declined);
    let mut text = if counted == score.total {
        format!("Based on all {} questions.", score.total)
    } else {
        format!("Based on {counted} of {} questions.", score.total)
    };
    let mut reasons = Vec::new();
    match score.not_applicable {
        0 => {}
        1 => reasons.push("1 statement did not apply".to_string()),
        n => reasons.push(format!("{n} statements did not apply")),
    }
    if score.declined > 0 {
        let whom = if reasons.is_empty() { "You" } else { "you" };
        reasons.push(format!("{whom} preferred not to answer {}", score.declined));
    }
    let unanswered = score.total.saturating_sub(score.answered);
    if unanswered > 0 && !reasons.is_empty() {
        reasons.push(format!("{unanswered} not answered"));
    }
    if !reasons.is_empty() {
        text.push(' ');
        text.push_str(&reasons.join("; "));
        text.push('.');
    }
    text
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
    /// The likely range, clamped to 0–100, for drawing; `None` when not scored.
    pub range: Option<Range>,
    /// `"60–76"`, or [`NO_VALUE`] when not scored.
    pub range_text: String,
    /// Against the expected level, judged by the range; `None` when not scored.
    pub position: Option<Position>,
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
    /// Whether the whole range is below what the role expects; `None` when not scored.
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
        .capability_dimensions()
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
            let range = value.and(result.and_then(|r| r.range));
            let position = value.and(result.and_then(|r| r.position));
            DimensionRow {
                dimension_id: dimension.id.clone(),
                name: dimension.name.clone(),
                weight: format!("{}%", format_number(dimension.weight)),
                score: value,
                score_text: shown.map_or(NOT_SCORED.to_string(), |s| s.text()),
                range,
                range_text: match (value, range) {
                    (Some(v), Some(r)) => range_text(framework, v, r),
                    _ => NO_VALUE.to_string(),
                },
                position,
                level: value
                    .and_then(|v| framework.level_for(v))
                    .map(|l| l.name.clone()),
                expected_level: expected.map_or_else(String::new, |l| l.name.clone()),
                expected_min,
                expected_text: format_number(expected_min),
                gap,
                gap_text: gap.map_or(NO_VALUE.to_string(), |g| format_signed(g, gap_decimals)),
                below_expected: position.map(|p| p == Position::Below),
                self_rating: whole_or_not(result.and_then(|r| r.self_rating)),
                judgement: whole_or_not(result.and_then(|r| r.judgement)),
                scored_answers: result.map_or(0, |r| r.scored_answers),
                scored_items: result.map_or(0, |r| r.scored_items),
            }
        })
        .collect()
}

/// The figures after a strength or growth area's name: `"82, likely 74–90, Exceeds the
/// bar; the role expects 70"`.
pub fn focus_figures(framework: &Framework, focus: &Focus) -> String {
    let shown = shown_score(framework, focus.score);
    let level = framework
        .level_for(focus.score)
        .map_or_else(String::new, |l| format!(", {}", l.name));
    format!(
        "{}, likely {}{level}; the role expects {}",
        shown.text(),
        range_text(framework, focus.score, focus.range),
        format_number(focus.score - focus.gap)
    )
}

/// One line on why a growth area is listed. A growth area that is not clearly below
/// what the role expects is the nearest stretch, and is worded so.
pub fn growth_note(framework: &Framework, focus: &Focus) -> String {
    let gap = shown_gap(framework, focus);
    if focus.below_expectation {
        format!(
            "{} below what the role expects, and the whole likely range is below it.",
            points(&fixed(gap.abs(), decimals_for(framework, focus)))
        )
    } else if focus.position == Position::About {
        "About at the expected level: a stretch. Nothing is clearly below what the role expects, so this is where a little more moves you furthest.".to_string()
    } else {
        "Closest to the bar: a stretch. Nothing is below what the role expects, so this is where a little more moves you furthest.".to_string()
    }
}

/// One line on a strength: `"12 points above what the role expects."` Strengths are
/// dimensions whose whole likely range is above the expected level.
pub fn strength_note(framework: &Framework, focus: &Focus) -> String {
    let gap = shown_gap(framework, focus);
    if gap.abs() < 1e-9 {
        "Exactly at what the role expects.".to_string()
    } else {
        format!(
            "{} above what the role expects.",
            points(&fixed(gap.abs(), decimals_for(framework, focus)))
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

//! What the results page says, in words and numbers, so the page only copies it into
//! markup: scores shown as whole numbers that never contradict their level, one row per
//! dimension for the table and the bars, the plain-language summary, the wording of
//! strengths and growth areas, the person's own examples grouped by dimension, and the
//! text parts of the radar chart (wrapped axis labels, a viewBox that leaves room for
//! them, the chart's accessible name).
//!
//! ```
//! use yardstick_core::{answers::{Answer, Answers}, recommend::recommend, scoring::score,
//!     summary::summary_text, validate::load_framework};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut answers = Answers::new();
//! answers.insert("plan-risks".into(), Answer::Rating { value: 5 });
//! answers.insert("plan-surprise".into(), Answer::Rating { value: 1 });
//! let result = score(&framework, &answers);
//! let text = summary_text(&framework, &result, &recommend(&framework, &result));
//! assert!(text.starts_with("Overall 100 out of 100: Strong."));
//! ```

use super::answers::{Answer, Answers};
use super::framework::{Framework, ItemKind};
use super::radar::RadarChart;
use super::recommend::{Focus, Recommendations};
use super::scoring::Score;

/// Shown instead of a score for a dimension with too few answers.
pub const NOT_SCORED: &str = "Not enough answers";
/// Shown for a self-rating or judgement with no answered item behind it.
pub const NOT_ANSWERED: &str = "Not answered";
/// Shown in number cells that have nothing to show.
pub const NO_VALUE: &str = "–";
/// Printed minus sign (U+2212): screen readers say "minus", and it lines up with "+".
pub const MINUS: char = '\u{2212}';

// ---------------------------------------------------------------------------------
// Numbers

/// A score as shown: its value and how many decimals to print.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown {
    pub value: f64,
    pub decimals: usize,
}

impl Shown {
    pub fn text(&self) -> String {
        fixed(self.value, self.decimals)
    }
}

/// Rounds a 0–100 score for display, as a whole number whenever possible, without
/// crossing into another level band: 54.6 with a band starting at 55 shows as 54, not
/// as a 55 that sits beside the lower level's name. Only bands narrower than one point
/// need a decimal. Non-finite input shows as 0.
pub fn shown_score(framework: &Framework, value: f64) -> Shown {
    let value = if value.is_finite() {
        value.clamp(0.0, 100.0)
    } else {
        0.0
    };
    let band = |v: f64| framework.level_for(v).map(|l| l.id.as_str());
    let true_band = band(value);
    for decimals in 0..=2 {
        let factor = 10f64.powi(decimals as i32);
        let rounded = (value * factor).round() / factor;
        let candidate = if band(rounded) == true_band {
            rounded
        } else if rounded > value {
            (value * factor).floor() / factor
        } else {
            (value * factor).ceil() / factor
        };
        if band(candidate) == true_band {
            return Shown {
                value: candidate,
                decimals,
            };
        }
    }
    Shown { value, decimals: 2 }
}

/// [`shown_score`] as text: `"68"`.
pub fn format_score(framework: &Framework, value: f64) -> String {
    shown_score(framework, value).text()
}

/// A number with as few decimals as it needs, at most two: `50`, `12.5`, `33.33`.
pub fn format_number(value: f64) -> String {
    let text = fixed(value, 2);
    let trimmed = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    trimmed.to_string()
}

/// A signed difference: `"+12"`, `"−8"`, `"0"`, with `decimals` decimals.
pub fn format_signed(value: f64, decimals: usize) -> String {
    let text = fixed(value.abs(), decimals);
    if text.trim_start_matches(['0', '.']).is_empty() {
        fixed(0.0, decimals)
    } else if value < 0.0 {
        format!("{MINUS}{text}")
    } else {
        format!("+{text}")
    }
}

/// Points in the explanation tables, one decimal: `"12.3"`.
pub fn format_points(value: f64) -> String {
    fixed(value, 1)
}

/// A 0–100 value rounded to a whole number, as self-rating and judgement are shown.
pub fn format_whole(value: f64) -> String {
    fixed(value, 0)
}

/// Fixed decimals, halves rounded away from zero, never `"-0"`, `"NaN"` or `"inf"`.
fn fixed(value: f64, decimals: usize) -> String {
    let value = if value.is_finite() { value } else { 0.0 };
    let value = round_to(value, decimals.min(6) as i32);
    let text = format!("{value:.decimals$}");
    if text.starts_with('-') && text[1..].trim_start_matches(['0', '.']).is_empty() {
        text[1..].to_string()
    } else {
        text
    }
}

// ---------------------------------------------------------------------------------
// Overall and per dimension

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

fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

fn decimals_of(value: f64) -> usize {
    format_number(value)
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len())
}

// ---------------------------------------------------------------------------------
// The plain-language summary

/// The summary in a few sentences, for everyone (it is also the radar chart's text
/// equivalent): the overall score and level, the strongest dimension, what is below
/// what the role expects (or, if nothing is, the nearest stretch), the first thing to
/// work on when weighting by importance changes the answer, and what could not be scored.
pub fn summary(
    framework: &Framework,
    score: &Score,
    recommendations: &Recommendations,
) -> Vec<String> {
    let rows = dimension_rows(framework, score);
    let scored: Vec<&DimensionRow> = rows.iter().filter(|r| r.score.is_some()).collect();
    let weight_of = |row: &DimensionRow| {
        framework
            .dimension(&row.dimension_id)
            .map_or(0.0, |d| d.weight)
    };
    let mut sentences = Vec::new();

    match overall(framework, score) {
        Some(o) if o.level_name.is_empty() => {
            sentences.push(format!("Overall {} out of 100.", o.score))
        }
        Some(o) => sentences.push(format!("Overall {} out of 100: {}.", o.score, o.level_name)),
        None => sentences.push(
            "No area had enough answers for a score, so there is no overall result yet."
                .to_string(),
        ),
    }

    if scored.len() >= 2 {
        // Highest score; on a tie the weightier dimension, then framework order.
        let strongest =
            scored
                .iter()
                .copied()
                .fold(None::<&DimensionRow>, |best, row| match best {
                    Some(b)
                        if b.score >= row.score
                            && (b.score > row.score || weight_of(b) >= weight_of(row)) =>
                    {
                        Some(b)
                    }
                    _ => Some(row),
                });
        if let Some(row) = strongest {
            sentences.push(format!(
                "Strongest: {} ({}).",
                row.name,
                figures_with_level(row)
            ));
        }
    }

    let below: Vec<&DimensionRow> = scored
        .iter()
        .copied()
        .filter(|r| r.below_expected == Some(true))
        .collect();
    // Most negative gap; on a tie the weightier dimension, then framework order.
    let furthest = below
        .iter()
        .copied()
        .fold(None::<&DimensionRow>, |worst, row| match worst {
            Some(w) if w.gap <= row.gap && (w.gap < row.gap || weight_of(w) >= weight_of(row)) => {
                Some(w)
            }
            _ => Some(row),
        });
    let first_growth = recommendations.growth_areas.first();
    match (below.len(), furthest) {
        (0, _) if !scored.is_empty() => {
            sentences.push(if scored.len() == rows.len() {
                "Every area meets what the role expects.".to_string()
            } else {
                "Every scored area meets what the role expects.".to_string()
            });
            if let Some(row) = first_growth
                .filter(|g| !g.below_expectation)
                .and_then(|g| rows.iter().find(|r| r.dimension_id == g.dimension_id))
            {
                sentences.push(format!(
                    "Closest to the bar, and a good stretch: {} ({}).",
                    row.name,
                    figures_with_expected(row)
                ));
            }
        }
        (1, Some(row)) => sentences.push(format!(
            "One area is below what the role expects: {} ({}).",
            row.name,
            figures_with_expected(row)
        )),
        (n, Some(row)) => {
            sentences.push(format!(
                "{} areas are below what the role expects. Furthest below: {} ({}).",
                count_word(n),
                row.name,
                figures_with_expected(row)
            ));
            if let Some(growth) =
                first_growth.filter(|g| g.below_expectation && g.dimension_id != row.dimension_id)
            {
                sentences.push(format!(
                    "Weighing how much each area matters to the role, the first to work on is {}.",
                    growth.name
                ));
            }
        }
        _ => {}
    }

    let unscored: Vec<&str> = rows
        .iter()
        .filter(|r| r.score.is_none())
        .map(|r| r.name.as_str())
        .collect();
    if !unscored.is_empty() && !scored.is_empty() {
        sentences.push(format!(
            "Too few answers to score {}; {} left out of the overall score.",
            join_names(&unscored),
            if unscored.len() == 1 {
                "it is"
            } else {
                "they are"
            }
        ));
    }
    sentences
}

/// [`summary`] as one paragraph.
pub fn summary_text(
    framework: &Framework,
    score: &Score,
    recommendations: &Recommendations,
) -> String {
    summary(framework, score, recommendations).join(" ")
}

/// `"82, Exceeds the bar"`.
fn figures_with_level(row: &DimensionRow) -> String {
    match &row.level {
        Some(level) => format!("{}, {level}", row.score_text),
        None => row.score_text.clone(),
    }
}

/// `"45, expected 70"`.
fn figures_with_expected(row: &DimensionRow) -> String {
    format!("{}, expected {}", row.score_text, row.expected_text)
}

/// "A", "A and B", "A, B and C".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn count_word(n: usize) -> String {
    const WORDS: [&str; 11] = [
        "No", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

// ---------------------------------------------------------------------------------
// Strengths and growth areas

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

// ---------------------------------------------------------------------------------
// The person's examples

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceEntry {
    pub item_id: String,
    pub prompt: String,
    /// What the person wrote, trimmed at both ends.
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceGroup {
    pub dimension_id: String,
    pub dimension_name: String,
    pub entries: Vec<EvidenceEntry>,
}

/// The examples the person wrote, under their prompts, grouped by dimension in
/// framework order. Blank answers and dimensions without an example are left out.
pub fn evidence(framework: &Framework, answers: &Answers) -> Vec<EvidenceGroup> {
    framework
        .dimensions
        .iter()
        .filter_map(|dimension| {
            let entries: Vec<EvidenceEntry> = dimension
                .items
                .iter()
                .filter_map(|item| {
                    let ItemKind::Evidence { prompt, .. } = &item.kind else {
                        return None;
                    };
                    let Some(Answer::Evidence { text }) = answers.get(&item.id) else {
                        return None;
                    };
                    let text = text.trim();
                    (!text.is_empty()).then(|| EvidenceEntry {
                        item_id: item.id.clone(),
                        prompt: prompt.clone(),
                        text: text.to_string(),
                    })
                })
                .collect();
            (!entries.is_empty()).then(|| EvidenceGroup {
                dimension_id: dimension.id.clone(),
                dimension_name: dimension.name.clone(),
                entries,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------
// Radar chart text

/// Characters per line of an axis label before it wraps.
pub const LABEL_CHARS: usize = 12;
/// Line height of axis labels, in em.
pub const LABEL_LINE_EM: f64 = 1.2;
/// Average glyph width as a share of the font size, used to reserve room for labels.
const GLYPH_WIDTH_EM: f64 = 0.6;

/// Splits `text` into lines of at most `max_chars` characters at spaces; a single word
/// longer than that gets a line of its own rather than being cut.
pub fn wrap_label(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if current.is_empty() {
            current = word.to_string();
        } else if current.chars().count() + 1 + word.chars().count() <= max_chars {
            current.push(' ');
            current.push_str(word);
        } else {
            lines.push(std::mem::take(&mut current));
            current = word.to_string();
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// One line of an axis label: the text and its `dy` attribute (`"-1.2em"`, `"1.2em"`).
#[derive(Clone, Debug, PartialEq)]
pub struct LabelLine {
    pub text: String,
    pub dy: String,
}

/// An axis label laid out on several lines that grow away from the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLabel {
    pub x: f64,
    pub y: f64,
    pub anchor: &'static str,
    pub baseline: &'static str,
    pub lines: Vec<LabelLine>,
}

/// The last line [`chart_labels`] gives the label of an axis that is not scored.
pub const UNSCORED_NOTE: &str = "not scored";

/// Wraps each axis label at `max_chars` (see [`LABEL_CHARS`]) and sets each line's `dy`
/// so a label above the chart grows upwards, one below grows downwards and one at the
/// side is centred on its anchor. With `mark_unscored`, an axis that is not scored gets
/// a last line, [`UNSCORED_NOTE`].
pub fn chart_labels(chart: &RadarChart, max_chars: usize, mark_unscored: bool) -> Vec<ChartLabel> {
    chart
        .labels
        .iter()
        .enumerate()
        .map(|(i, label)| {
            let mut texts = wrap_label(&label.text, max_chars);
            if mark_unscored && chart.markers.get(i).is_some_and(|m| !m.scored) {
                texts.push(UNSCORED_NOTE.to_string());
            }
            let n = texts.len();
            let first_dy = match label.baseline {
                "auto" => -(n.saturating_sub(1) as f64) * LABEL_LINE_EM,
                "middle" => -(n.saturating_sub(1) as f64) * LABEL_LINE_EM / 2.0,
                _ => 0.0,
            };
            let lines = texts
                .into_iter()
                .enumerate()
                .map(|(j, text)| LabelLine {
                    text,
                    dy: format!(
                        "{}em",
                        format_number(if j == 0 { first_dy } else { LABEL_LINE_EM })
                    ),
                })
                .collect();
            ChartLabel {
                x: label.x,
                y: label.y,
                anchor: label.anchor,
                baseline: label.baseline,
                lines,
            }
        })
        .collect()
}

/// A viewBox that holds the chart and its labels at `font_size` (in chart units), with
/// a small margin, so long dimension names are not cut off at the sides.
pub fn chart_view_box(chart: &RadarChart, labels: &[ChartLabel], font_size: f64) -> String {
    let size = 2.0 * chart.center.x;
    let (mut left, mut top, mut right, mut bottom) = (0.0_f64, 0.0_f64, size, size);
    for label in labels {
        let n = label.lines.len() as f64;
        let longest = label
            .lines
            .iter()
            .map(|l| l.text.chars().count())
            .max()
            .unwrap_or(0) as f64;
        let width = longest * GLYPH_WIDTH_EM * font_size;
        let height = n * LABEL_LINE_EM * font_size;
        let (x0, x1) = match label.anchor {
            "start" => (label.x, label.x + width),
            "end" => (label.x - width, label.x),
            _ => (label.x - width / 2.0, label.x + width / 2.0),
        };
        let (y0, y1) = match label.baseline {
            "auto" => (label.y - height, label.y + 0.3 * font_size),
            "hanging" => (label.y, label.y + height),
            _ => (label.y - height / 2.0, label.y + height / 2.0),
        };
        left = left.min(x0);
        right = right.max(x1);
        top = top.min(y0);
        bottom = bottom.max(y1);
    }
    let margin = font_size / 2.0;
    let (left, top) = ((left - margin).floor(), (top - margin).floor());
    let (right, bottom) = ((right + margin).ceil(), (bottom + margin).ceil());
    format!(
        "{} {} {} {}",
        format_number(left),
        format_number(top),
        format_number(right - left),
        format_number(bottom - top)
    )
}

/// The radar chart's accessible name; the figures themselves are in the table and the
/// summary beside it.
pub fn chart_name(score: &Score) -> String {
    format!(
        "Radar chart of your score in each of the {} areas (solid outline) against the level the role expects (dashed outline). The same figures are in the table of scores by area.",
        score.dimensions.len()
    )
}

/// A wrapped label's lines joined back into one line, without the "not scored" note's
/// separate line break.
pub fn label_text(label: &ChartLabel) -> String {
    label
        .lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The result in words only, for candidate-safe pages (`scores=hidden`): which areas
/// are strongest and where to grow, with no score, level or gap.
pub fn narrative(recommendations: &Recommendations) -> Vec<String> {
    let names =
        |focus: &[Focus]| join_names(&focus.iter().map(|f| f.name.as_str()).collect::<Vec<_>>());
    let mut sentences = Vec::new();
    if !recommendations.strengths.is_empty() {
        sentences.push(format!(
            "Your answers point to strengths in {}.",
            names(&recommendations.strengths)
        ));
    }
    let below: Vec<Focus> = recommendations
        .growth_areas
        .iter()
        .filter(|f| f.below_expectation)
        .cloned()
        .collect();
    if !below.is_empty() {
        sentences.push(format!(
            "The areas to work on first, for what this role needs, are {}.",
            names(&below)
        ));
    } else if let Some(stretch) = recommendations.growth_areas.first() {
        sentences.push(format!(
            "Nothing falls short of what the role expects; {} is where extra practice would help most.",
            stretch.name
        ));
    }
    if sentences.is_empty() {
        sentences.push(
            "There were not enough answers to describe a result. Answer a few more questions in each area."
                .to_string(),
        );
    }
    sentences
}

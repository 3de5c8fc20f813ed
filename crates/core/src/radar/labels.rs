//! The radar chart's text: axis labels wrapped onto lines that grow away from the chart,
//! a viewBox with room for them, and the chart's accessible name.
//!
//! ```
//! use yardstick_core::radar::labels::wrap_label;
//! assert_eq!(wrap_label("Delivery and execution", 12), ["Delivery and", "execution"]);
//! ```

use super::geometry::RadarChart;
use crate::display::format_number;
use crate::scoring::Score;

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

//! Geometry of the radar (spider) chart of dimension scores, as plain numbers and
//! strings ready for SVG attributes.
//!
//! Axis 0 points straight up and axes follow clockwise. Values are on the 0–100 score
//! scale, clamped; an axis that is not scored is drawn at the centre and flagged so the
//! UI can mark it. Every coordinate is rounded to at most two decimals.
//!
//! ```
//! use yardstick_core::radar::geometry::{radar_chart, RadarAxis};
//! let axis = |label: &str, value| RadarAxis { label: label.into(), value, expected: Some(55.0), range: None };
//! let chart = radar_chart(&[axis("Planning", Some(70.0)), axis("People", None), axis("Delivery", Some(40.0))], 400.0);
//! assert!(chart.is_radar);
//! assert_eq!(chart.view_box, "0 0 400 400");
//! assert!(!chart.markers[1].scored);
//! // <svg viewBox={chart.view_box}><polygon points={chart.score_points}/>…</svg>
//! ```

use std::f64::consts::PI;

/// A radar needs at least this many axes to enclose an area; with fewer the UI should
/// show bars instead (see [`RadarChart::is_radar`]).
pub const MIN_RADAR_AXES: usize = 3;

/// Grid rings, in percent of the full scale.
pub const RING_PERCENTS: [u8; 4] = [25, 50, 75, 100];

/// Side of the square chart used when the caller passes a size that is not a finite
/// number; sizes are otherwise clamped to [`MIN_SIZE`, `MAX_SIZE`].
pub const DEFAULT_SIZE: f64 = 400.0;
pub const MIN_SIZE: f64 = 50.0;
pub const MAX_SIZE: f64 = 10_000.0;

/// Space kept free on every side for labels, as a share of the chart size.
const LABEL_MARGIN: f64 = 0.2;
/// Distance from the outer ring to a label's anchor, as a share of the chart size.
const LABEL_GAP: f64 = 0.04;
/// Below this |sin| or |cos| an axis counts as vertical or horizontal for label placement.
const ALIGN_TOLERANCE: f64 = 0.05;

/// One spoke of the chart: usually one framework dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    pub label: String,
    /// Score 0–100; `None` (or NaN) when the dimension is not scored.
    pub value: Option<f64>,
    /// Lowest score of the level the role expects, 0–100.
    pub expected: Option<f64>,
    /// The score's likely range (low, high), 0–100; `None` when not scored.
    pub range: Option<(f64, f64)>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A grid ring as a polygon through every spoke at `percent` of the radius.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    pub percent: u8,
    pub points: String,
}

/// A line from the centre to the outer ring, for `<line x1 y1 x2 y2>`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spoke {
    pub x1: f64,
    pub y1: f64,
    pub x2: f64,
    pub y2: f64,
}

/// Where an axis's score sits, for a dot and its accessible description.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub y: f64,
    /// The clamped value drawn; 0 when not scored.
    pub value: f64,
    /// False when the axis has no score and is drawn at the centre only as a placeholder.
    pub scored: bool,
}

/// An axis label's anchor point with SVG `text-anchor` and `dominant-baseline` values
/// that make the text grow away from the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisLabel {
    pub text: String,
    pub x: f64,
    pub y: f64,
    /// `"start"` on the right side, `"end"` on the left, `"middle"` at top and bottom.
    pub anchor: &'static str,
    /// `"auto"` above the centre, `"hanging"` below it, `"middle"` level with it.
    pub baseline: &'static str,
}

/// Everything an SVG radar needs. Lists are in axis order.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarChart {
    /// `"0 0 size size"`.
    pub view_box: String,
    pub center: Point,
    /// Radius of the 100 ring.
    pub radius: f64,
    /// False with fewer than [`MIN_RADAR_AXES`] axes: the polygons degenerate to a point
    /// or a line, so the UI should show bars only.
    pub is_radar: bool,
    pub rings: Vec<Ring>,
    pub spokes: Vec<Spoke>,
    /// `points` of the score polygon; unscored axes at the centre.
    pub score_points: String,
    /// `points` of the expected-level polygon; `None` unless every axis has an expected
    /// value, since a partial outline would mislead.
    pub expected_points: Option<String>,
    /// `d` of the likely-range band: the polygon through every axis's high end, then
    /// the one through its low end, to fill with `fill-rule="evenodd"` so only the ring
    /// between them is painted. `None` unless every axis has a range, like
    /// `expected_points`.
    pub range_path: Option<String>,
    pub markers: Vec<Marker>,
    pub labels: Vec<AxisLabel>,
}

/// Lays out a radar chart of `axes` in a `size` × `size` square.
pub fn radar_chart(axes: &[RadarAxis], size: f64) -> RadarChart {
    let size = if size.is_finite() {
        round2(size.clamp(MIN_SIZE, MAX_SIZE))
    } else {
        DEFAULT_SIZE
    };
    let middle = size / 2.0;
    let radius = size * (0.5 - LABEL_MARGIN);
    let count = axes.len();
    // Unit direction of axis i: up for i = 0, then clockwise (SVG y grows downwards).
    let direction = |i: usize| {
        let (sin, cos) = sin_cos_of_turn(i as f64 / count as f64);
        (sin, -cos)
    };
    let at = |i: usize, percent: f64| {
        let (dx, dy) = direction(i);
        let r = radius * percent / 100.0;
        Point {
            x: round2(middle + dx * r),
            y: round2(middle + dy * r),
        }
    };
    let polygon = |percent: &dyn Fn(usize) -> f64| {
        (0..count)
            .map(|i| {
                let p = at(i, percent(i));
                format!("{},{}", num(p.x), num(p.y))
            })
            .collect::<Vec<_>>()
            .join(" ")
    };

    let values: Vec<Option<f64>> = axes.iter().map(|a| clamp_percent(a.value)).collect();
    let expected: Option<Vec<f64>> = axes
        .iter()
        .map(|a| clamp_percent(a.expected))
        .collect::<Option<Vec<f64>>>()
        .filter(|e| !e.is_empty());

    let ranges: Option<Vec<(f64, f64)>> = axes
        .iter()
        .map(|a| {
            let (low, high) = a.range?;
            Some((clamp_percent(Some(low))?, clamp_percent(Some(high))?))
        })
        .collect::<Option<Vec<_>>>()
        .filter(|r| !r.is_empty());
    let range_path = ranges.map(|ranges| {
        let high = polygon(&|i| ranges.get(i).map_or(0.0, |r| r.0.max(r.1)));
        let low = polygon(&|i| ranges.get(i).map_or(0.0, |r| r.0.min(r.1)));
        format!("M{high}Z M{low}Z")
    });

    let rings = RING_PERCENTS
        .iter()
        .map(|&percent| Ring {
            percent,
            points: polygon(&|_| f64::from(percent)),
        })
        .collect();
    let spokes = (0..count)
        .map(|i| {
            let end = at(i, 100.0);
            Spoke {
                x1: round2(middle),
                y1: round2(middle),
                x2: end.x,
                y2: end.y,
            }
        })
        .collect();
    let value_at = |i: usize| values.get(i).copied().flatten().unwrap_or(0.0);
    let markers = (0..count)
        .map(|i| {
            let p = at(i, value_at(i));
            Marker {
                x: p.x,
                y: p.y,
                value: value_at(i),
                scored: values.get(i).is_some_and(|v| v.is_some()),
            }
        })
        .collect();
    let label_percent = 100.0 * (radius + size * LABEL_GAP) / radius;
    let labels = axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let (dx, dy) = direction(i);
            let p = at(i, label_percent);
            AxisLabel {
                text: axis.label.clone(),
                x: p.x,
                y: p.y,
                anchor: side(dx, "end", "middle", "start"),
                baseline: side(dy, "auto", "middle", "hanging"),
            }
        })
        .collect();

    RadarChart {
        view_box: format!("0 0 {} {}", num(size), num(size)),
        center: Point {
            x: round2(middle),
            y: round2(middle),
        },
        radius: round2(radius),
        is_radar: count >= MIN_RADAR_AXES,
        rings,
        spokes,
        score_points: polygon(&value_at),
        expected_points: expected
            .map(|expected| polygon(&|i| expected.get(i).copied().unwrap_or(0.0))),
        range_path,
        markers,
        labels,
    }
}

/// Picks `negative`, `level` or `positive` by the sign of a direction component.
fn side(
    component: f64,
    negative: &'static str,
    level: &'static str,
    positive: &'static str,
) -> &'static str {
    if component < -ALIGN_TOLERANCE {
        negative
    } else if component > ALIGN_TOLERANCE {
        positive
    } else {
        level
    }
}

fn clamp_percent(value: Option<f64>) -> Option<f64> {
    value.filter(|v| !v.is_nan()).map(|v| v.clamp(0.0, 100.0))
}

fn round2(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 {
        0.0 // no "-0" in attributes
    } else {
        rounded
    }
}

/// Formats an already rounded number as SVG wants it: `12.5`, `300`, never `-0`.
fn num(value: f64) -> String {
    crate::display::format_number(value)
}

/// The sine and cosine of `turn` whole turns (an angle of 2π × `turn`), accurate to a
/// few units in the last place. Written out rather than `f64::sin_cos`, which in
/// WebAssembly brings several kilobytes of libm's range reduction for angles far
/// beyond the one turn a chart needs.
///
/// ```
/// use yardstick_core::radar::geometry::sin_cos_of_turn;
/// let (sin, cos) = sin_cos_of_turn(0.25);
/// assert!((sin - 1.0).abs() < 1e-15 && cos.abs() < 1e-15);
/// ```
pub fn sin_cos_of_turn(turn: f64) -> (f64, f64) {
    // The nearest quarter turn, and what is left: at most an eighth of a turn (π/4).
    let quarter = (turn * 4.0 + 0.5).floor();
    let rest = (turn - quarter / 4.0) * 2.0 * PI;
    let (sin, cos) = taylor_sin_cos(rest);
    match (quarter as i64).rem_euclid(4) {
        0 => (sin, cos),
        1 => (cos, -sin),
        2 => (-sin, -cos),
        _ => (-cos, sin),
    }
}

/// Sine and cosine by their Taylor series, for |x| ≤ π/4, where twelve terms each are
/// far below f64's precision.
fn taylor_sin_cos(x: f64) -> (f64, f64) {
    let x2 = x * x;
    let (mut sin, mut cos) = (0.0, 0.0);
    let (mut sin_term, mut cos_term) = (x, 1.0);
    for n in 0..12 {
        sin += sin_term;
        cos += cos_term;
        let k = f64::from(2 * n + 2);
        sin_term *= -x2 / (k * (k + 1.0));
        cos_term *= -x2 / ((k - 1.0) * k);
    }
    (sin, cos)
}

//! Radar chart geometry: exact coordinates, orientation, clamping, label sides, and every
//! point inside the viewBox whatever the input.

use proptest::prelude::*;
use yardstick_core::radar::geometry::{radar_chart, RadarAxis, RadarChart, MIN_RADAR_AXES};

fn axis(label: &str, value: Option<f64>, expected: Option<f64>) -> RadarAxis {
    RadarAxis {
        label: label.to_string(),
        value,
        expected,
        range: None,
    }
}

fn four_axes() -> RadarChart {
    // size 400: centre 200, radius 400 * 0.3 = 120, label anchors at 120 + 16 = 136.
    radar_chart(
        &[
            axis("Top", Some(50.0), Some(55.0)),
            axis("Right", Some(100.0), Some(55.0)),
            axis("Bottom", None, Some(80.0)),
            axis("Left", Some(25.0), Some(0.0)),
        ],
        400.0,
    )
}

fn parse_points(points: &str) -> Vec<(f64, f64)> {
    points
        .split_whitespace()
        .map(|pair| {
            let (x, y) = pair.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

#[test]
fn four_axis_chart_has_hand_computed_coordinates() {
    let chart = four_axes();
    assert_eq!(chart.view_box, "0 0 400 400");
    assert_eq!(
        (chart.center.x, chart.center.y, chart.radius),
        (200.0, 200.0, 120.0)
    );
    assert!(chart.is_radar);
    let rings: Vec<(u8, &str)> = chart
        .rings
        .iter()
        .map(|r| (r.percent, r.points.as_str()))
        .collect();
    assert_eq!(
        rings,
        [
            (25, "200,170 230,200 200,230 170,200"),
            (50, "200,140 260,200 200,260 140,200"),
            (75, "200,110 290,200 200,290 110,200"),
            (100, "200,80 320,200 200,320 80,200"),
        ]
    );
    let spokes: Vec<_> = chart
        .spokes
        .iter()
        .map(|s| (s.x1, s.y1, s.x2, s.y2))
        .collect();
    assert_eq!(
        spokes,
        [
            (200.0, 200.0, 200.0, 80.0),
            (200.0, 200.0, 320.0, 200.0),
            (200.0, 200.0, 200.0, 320.0),
            (200.0, 200.0, 80.0, 200.0),
        ]
    );
    assert_eq!(chart.score_points, "200,140 320,200 200,200 170,200");
    assert_eq!(
        chart.expected_points.as_deref(),
        Some("200,134 266,200 200,296 200,200")
    );
    let markers: Vec<_> = chart
        .markers
        .iter()
        .map(|m| (m.x, m.y, m.value, m.scored))
        .collect();
    assert_eq!(
        markers,
        [
            (200.0, 140.0, 50.0, true),
            (320.0, 200.0, 100.0, true),
            (200.0, 200.0, 0.0, false),
            (170.0, 200.0, 25.0, true),
        ]
    );
    let labels: Vec<_> = chart
        .labels
        .iter()
        .map(|l| (l.text.as_str(), l.x, l.y, l.anchor, l.baseline))
        .collect();
    assert_eq!(
        labels,
        [
            ("Top", 200.0, 64.0, "middle", "auto"),
            ("Right", 336.0, 200.0, "start", "middle"),
            ("Bottom", 200.0, 336.0, "middle", "hanging"),
            ("Left", 64.0, 200.0, "end", "middle"),
        ]
    );
}

#[test]
fn three_axis_chart_rounds_to_two_decimals() {
    let chart = radar_chart(
        &[
            axis("A", Some(100.0), None),
            axis("B", Some(100.0), None),
            axis("C", Some(100.0), None),
        ],
        400.0,
    );
    // 120 * sin(120°) = 103.923…; 120 * cos(120°) = -60.
    assert_eq!(chart.score_points, "200,80 303.92,260 96.08,260");
    assert_eq!(
        chart.expected_points, None,
        "no expected values, no outline"
    );
}

#[test]
fn first_axis_points_up_and_axes_go_clockwise() {
    let axes: Vec<RadarAxis> = (0..6)
        .map(|i| axis(&format!("d{i}"), Some(100.0), None))
        .collect();
    let chart = radar_chart(&axes, 300.0);
    let c = chart.center;
    let first = chart.spokes[0];
    assert_eq!((first.x2, c.x), (c.x, c.x));
    assert!(first.y2 < c.y, "axis 0 is above the centre");
    // Clockwise on screen (y down): the angle atan2(dx, -dy) increases along the axes.
    let angles: Vec<f64> = chart
        .spokes
        .iter()
        .map(|s| {
            (s.x2 - c.x)
                .atan2(c.y - s.y2)
                .rem_euclid(std::f64::consts::TAU)
        })
        .collect();
    assert!(angles.windows(2).all(|w| w[0] < w[1]), "{angles:?}");
    assert!(chart.spokes[1].x2 > c.x, "axis 1 is to the right");
}

#[test]
fn values_are_clamped_to_the_scale() {
    let chart = radar_chart(
        &[
            axis("high", Some(250.0), Some(130.0)),
            axis("low", Some(-40.0), Some(-1.0)),
            axis("nan", Some(f64::NAN), Some(50.0)),
            axis("inf", Some(f64::INFINITY), Some(50.0)),
        ],
        400.0,
    );
    let values: Vec<_> = chart.markers.iter().map(|m| (m.value, m.scored)).collect();
    assert_eq!(
        values,
        [(100.0, true), (0.0, true), (0.0, false), (100.0, true)]
    );
    assert_eq!(chart.score_points, "200,80 200,200 200,200 80,200");
    assert_eq!(
        chart.expected_points.as_deref(),
        Some("200,80 200,200 200,260 140,200")
    );
}

#[test]
fn labels_on_the_left_anchor_end_and_on_the_right_anchor_start() {
    for count in 3..=12 {
        let axes: Vec<RadarAxis> = (0..count)
            .map(|i| axis(&i.to_string(), Some(60.0), None))
            .collect();
        let chart = radar_chart(&axes, 400.0);
        for label in &chart.labels {
            let expected = if label.x < 199.0 {
                "end"
            } else if label.x > 201.0 {
                "start"
            } else {
                "middle"
            };
            assert_eq!(label.anchor, expected, "{count} axes, label {}", label.text);
            let baseline = if label.y < 199.0 {
                "auto"
            } else if label.y > 201.0 {
                "hanging"
            } else {
                "middle"
            };
            assert_eq!(
                label.baseline, baseline,
                "{count} axes, label {}",
                label.text
            );
        }
    }
}

#[test]
fn fewer_than_three_axes_is_flagged_for_bars() {
    for count in 0..MIN_RADAR_AXES {
        let axes: Vec<RadarAxis> = (0..count)
            .map(|i| axis(&i.to_string(), Some(60.0), Some(50.0)))
            .collect();
        let chart = radar_chart(&axes, 400.0);
        assert!(!chart.is_radar, "{count} axes");
        assert_eq!(chart.labels.len(), count);
        assert_eq!(chart.markers.len(), count);
    }
    let two = radar_chart(
        &[axis("a", Some(50.0), None), axis("b", Some(50.0), None)],
        400.0,
    );
    assert_eq!(two.score_points, "200,140 200,260", "up and down, no panic");
    assert_eq!(radar_chart(&[], 400.0).expected_points, None);
    assert!(radar_chart(&vec![axis("a", None, None); 3], 400.0).is_radar);
}

#[test]
fn odd_sizes_fall_back_to_sane_ones() {
    assert_eq!(radar_chart(&[], f64::NAN).view_box, "0 0 400 400");
    assert_eq!(radar_chart(&[], -5.0).view_box, "0 0 50 50");
    assert_eq!(radar_chart(&[], 1e300).view_box, "0 0 10000 10000");
    assert_eq!(radar_chart(&[], 333.333).view_box, "0 0 333.33 333.33");
}

fn any_value() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (-50.0..150.0f64).prop_map(Some),
        any::<f64>().prop_map(Some),
    ]
}

proptest! {
    #[test]
    fn every_point_lies_within_the_view_box(
        values in prop::collection::vec((any_value(), any_value()), 0..20),
        size in prop_oneof![any::<f64>(), 50.0..2000.0f64],
    ) {
        let axes: Vec<RadarAxis> = values.iter().map(|(v, e)| axis("x", *v, *e)).collect();
        let chart = radar_chart(&axes, size);
        let bounds: Vec<f64> = chart.view_box.split(' ').map(|n| n.parse().unwrap()).collect();
        let (width, height) = (bounds[2], bounds[3]);
        let inside = |x: f64, y: f64| (0.0..=width).contains(&x) && (0.0..=height).contains(&y);
        let mut points: Vec<(f64, f64)> = chart.rings.iter().flat_map(|r| parse_points(&r.points)).collect();
        points.extend(parse_points(&chart.score_points));
        points.extend(chart.expected_points.iter().flat_map(|p| parse_points(p)));
        points.extend(chart.spokes.iter().flat_map(|s| [(s.x1, s.y1), (s.x2, s.y2)]));
        points.extend(chart.markers.iter().map(|m| (m.x, m.y)));
        points.extend(chart.labels.iter().map(|l| (l.x, l.y)));
        for (x, y) in points {
            prop_assert!(inside(x, y), "({x}, {y}) outside {}", chart.view_box);
            prop_assert_eq!((x * 100.0).round() / 100.0, x, "at most two decimals");
        }
        prop_assert_eq!(chart.markers.len(), axes.len());
    }
}

/// The chart's own sine and cosine agree with the standard library's over every turn a
/// chart of up to 24 axes uses, and between.
#[test]
fn sin_cos_of_turn_matches_the_standard_library() {
    use std::f64::consts::PI;
    use yardstick_core::radar::geometry::sin_cos_of_turn;
    let mut turns: Vec<f64> = (0..=2000).map(|k| f64::from(k) / 2000.0).collect();
    for n in 1..=24 {
        turns.extend((0..n).map(|i| f64::from(i) / f64::from(n)));
    }
    turns.extend([-0.3, 1.7, 0.125, 0.375, 0.625, 0.875]);
    for turn in turns {
        let (sin, cos) = sin_cos_of_turn(turn);
        let angle = 2.0 * PI * turn;
        assert!(
            (sin - angle.sin()).abs() < 1e-14,
            "sin of {turn} turns: {sin}"
        );
        assert!(
            (cos - angle.cos()).abs() < 1e-14,
            "cos of {turn} turns: {cos}"
        );
    }
}

/// The likely range is a band: the polygon through every high end, then the one through
/// every low end, filled even-odd so only the ring between them shows; none unless every
/// axis has a range.
#[test]
fn the_likely_range_is_a_band_between_the_high_and_low_polygons() {
    let ranged = |label: &str, low: f64, high: f64| RadarAxis {
        range: Some((low, high)),
        ..axis(label, Some((low + high) / 2.0), Some(50.0))
    };
    let axes = [
        ranged("A", 40.0, 60.0),
        ranged("B", 20.0, 50.0),
        ranged("C", 60.0, 80.0),
        ranged("D", 0.0, 100.0),
    ];
    let chart = radar_chart(&axes, 400.0);
    let path = chart.range_path.expect("every axis has a range");
    let (high, low) = path
        .strip_prefix('M')
        .and_then(|p| p.strip_suffix('Z'))
        .and_then(|p| p.split_once("Z M"))
        .expect("two closed polygons");
    let outline = |values: [f64; 4]| {
        let axes: Vec<RadarAxis> = values.iter().map(|v| axis("x", Some(*v), None)).collect();
        radar_chart(&axes, 400.0).score_points
    };
    assert_eq!(high, outline([60.0, 50.0, 80.0, 100.0]));
    assert_eq!(low, outline([40.0, 20.0, 60.0, 0.0]));
    // One axis without a range (not scored): no band at all, rather than a torn one.
    let mut partial = axes.to_vec();
    partial[1].range = None;
    assert_eq!(radar_chart(&partial, 400.0).range_path, None);
    // Out-of-scale ends are clamped like scores.
    let wild = [
        ranged("A", -20.0, 140.0),
        ranged("B", 10.0, 20.0),
        ranged("C", 5.0, 9.0),
    ];
    let clamped = [
        ranged("A", 0.0, 100.0),
        ranged("B", 10.0, 20.0),
        ranged("C", 5.0, 9.0),
    ];
    assert_eq!(
        radar_chart(&wild, 400.0).range_path,
        radar_chart(&clamped, 400.0).range_path
    );
}

//! The radar chart's text: wrapped axis labels that grow away from the chart, a viewBox
//! with room for them, and the chart's accessible name.

mod common;

use common::fixture;
use yardstick_core::answers::Answers;
use yardstick_core::radar::geometry::{radar_chart, RadarAxis};
use yardstick_core::radar::labels::*;
use yardstick_core::scoring::score;

#[test]
fn labels_wrap_at_spaces_and_keep_long_words_whole() {
    assert_eq!(
        wrap_label("Systems thinking and technical foundations", 14),
        ["Systems", "thinking and", "technical", "foundations"]
    );
    assert_eq!(wrap_label("Planning", 14), ["Planning"]);
    assert_eq!(
        wrap_label("Extraordinarily-long-word x", 10),
        ["Extraordinarily-long-word", "x"]
    );
    assert!(wrap_label("   ", 14).is_empty());
}

fn axis(label: &str, value: Option<f64>) -> RadarAxis {
    RadarAxis {
        label: label.into(),
        value,
        expected: Some(55.0),
        range: None,
    }
}

#[test]
fn chart_labels_grow_away_from_the_chart() {
    let chart = radar_chart(
        &[
            axis("Execution and planning", Some(60.0)),
            axis("People leadership", Some(70.0)),
            axis("Values and culture", None),
            axis("Left", Some(10.0)),
        ],
        400.0,
    );
    let labels = chart_labels(&chart, LABEL_CHARS, true);
    let dys = |i: usize| {
        labels[i]
            .lines
            .iter()
            .map(|l| l.dy.as_str())
            .collect::<Vec<_>>()
    };
    // Top: two lines, the first raised by one line so the label ends at the anchor.
    assert_eq!(label_text(&labels[0]), "Execution and planning");
    assert_eq!(dys(0), ["-1.2em", "1.2em"]);
    // Right, level with the centre: two lines centred on the anchor.
    assert_eq!(dys(1), ["-0.6em", "1.2em"]);
    // Bottom, unscored: hangs down, with a "not scored" line.
    assert_eq!(label_text(&labels[2]), "Values and culture not scored");
    assert_eq!(dys(2), ["0em", "1.2em", "1.2em"]);
    assert_eq!(dys(3), ["0em"]);
    assert_eq!((labels[1].anchor, labels[3].anchor), ("start", "end"));
    // Without the note, and with a wider wrap.
    let plain = chart_labels(&chart, 40, false);
    assert_eq!(label_text(&plain[2]), "Values and culture");
    assert_eq!(plain[0].lines.len(), 1);
}

fn view_box(text: &str) -> [f64; 4] {
    let parts: Vec<f64> = text.split(' ').map(|p| p.parse().unwrap()).collect();
    [parts[0], parts[1], parts[2], parts[3]]
}

#[test]
fn the_view_box_makes_room_for_labels() {
    let chart = radar_chart(
        &[
            axis("Top", Some(50.0)),
            axis("Stakeholder alignment and communication", Some(50.0)),
            axis("Bottom", Some(50.0)),
            axis("Security, reliability and quality", Some(50.0)),
        ],
        400.0,
    );
    let [x, y, w, h] = view_box(&chart_view_box(
        &chart,
        &chart_labels(&chart, LABEL_CHARS, true),
        16.0,
    ));
    assert!(
        x < 0.0 && x + w > 400.0,
        "side labels stick out past the square: {x} {w}"
    );
    assert!(y <= 0.0 && y + h >= 400.0);
    // The right label's widest line ("communication", 13 chars) fits: 336 + 13 × 0.6 × 16.
    assert!(x + w >= 336.0 + 13.0 * 0.6 * 16.0);
}

#[test]
fn chart_name_points_to_the_table() {
    let framework = fixture();
    let result = score(&framework, &Answers::new());
    let name = chart_name(&result);
    assert!(name.contains("2 areas"));
    assert!(name.contains("dashed"));
}

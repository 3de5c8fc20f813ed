//! The radar chart of dimension scores as SVG. Geometry, label wrapping and the viewBox
//! come from `core::radar`; this file only writes markup.
//!
//! The chart is one image to assistive technology (role="img" with a name); the data
//! table and the summary beside it carry the same figures as text. It is drawn twice:
//! with the dimension names for wider screens, and with numbers (matching the numbered
//! list of bars below it) for phones, where names would shrink the chart to nothing.
//! The stylesheet shows one of them, so only one is ever in the accessibility tree.

use leptos::prelude::*;

use crate::core::radar::geometry::{radar_chart, RadarAxis};
use crate::core::radar::labels::{chart_labels, chart_view_box, LABEL_CHARS};
use crate::core::report::DimensionRow;

/// Side of the square the chart is laid out in, in SVG user units.
const SIZE: f64 = 400.0;
/// Axis label font size in user units (the chart scales with its box).
const NAME_FONT_SIZE: f64 = 17.0;
const NUMBER_FONT_SIZE: f64 = 24.0;

#[component]
pub fn RadarChart(rows: Vec<DimensionRow>, #[prop(into)] label: String) -> impl IntoView {
    let axes = |name: &dyn Fn(usize, &DimensionRow) -> String| -> Vec<RadarAxis> {
        rows.iter()
            .enumerate()
            .map(|(i, row)| RadarAxis {
                label: name(i, row),
                value: row.score,
                expected: Some(row.expected_min),
            })
            .collect()
    };
    let by_name = axes(&|_, row| row.name.clone());
    let by_number = axes(&|i, _| (i + 1).to_string());
    view! {
        <figure class="radar-figure">
            {chart(&by_name, NAME_FONT_SIZE, true, "radar radar-wide", label.clone())}
            {chart(&by_number, NUMBER_FONT_SIZE, false, "radar radar-narrow", label)}
            <figcaption class="chart-legend">
                <span class="legend-item">
                    <svg class="legend-swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                        <line class="legend-score" x1="1" y1="6" x2="23" y2="6"></line>
                    </svg>
                    "Your score"
                </span>
                <span class="legend-item">
                    <svg class="legend-swatch" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
                        <line class="legend-expected" x1="1" y1="6" x2="23" y2="6"></line>
                    </svg>
                    "Level the role expects (dashed)"
                </span>
                <span class="legend-numbers">"Numbers match the areas listed below."</span>
            </figcaption>
        </figure>
    }
}

fn chart(
    axes: &[RadarAxis],
    font_size: f64,
    names: bool,
    class: &'static str,
    label: String,
) -> impl IntoView {
    let chart = radar_chart(axes, SIZE);
    let max_chars = if names { LABEL_CHARS } else { usize::MAX };
    let labels = chart_labels(&chart, max_chars, names);
    let view_box = chart_view_box(&chart, &labels, font_size);
    view! {
        <svg class=class viewBox=view_box role="img" aria-label=label focusable="false">
            <g class="radar-grid">
                {chart.rings.iter().map(|ring| view! {
                    <polygon class="radar-ring" points=ring.points.clone()></polygon>
                }).collect_view()}
                {chart.spokes.iter().map(|s| view! {
                    <line
                        class="radar-spoke"
                        x1=s.x1.to_string()
                        y1=s.y1.to_string()
                        x2=s.x2.to_string()
                        y2=s.y2.to_string()
                    ></line>
                }).collect_view()}
            </g>
            {chart.expected_points.clone().map(|points| view! {
                <polygon class="radar-expected" points=points></polygon>
            })}
            <polygon class="radar-score" points=chart.score_points.clone()></polygon>
            {chart.markers.iter().filter(|m| m.scored).map(|m| view! {
                <circle class="radar-dot" cx=m.x.to_string() cy=m.y.to_string() r="4"></circle>
            }).collect_view()}
            <g class="radar-labels" font-size=font_size.to_string()>
                {labels.into_iter().map(|l| {
                    let x = l.x.to_string();
                    view! {
                        <text
                            class="radar-label"
                            x=x.clone()
                            y=l.y.to_string()
                            text-anchor=l.anchor
                            dominant-baseline=l.baseline
                        >
                            {l.lines.into_iter().map(|line| view! {
                                <tspan x=x.clone() dy=line.dy>{line.text}</tspan>
                            }).collect_view()}
                        </text>
                    }
                }).collect_view()}
            </g>
        </svg>
    }
}

//! The parts of a radar chart's SVG that every chart shares, written with
//! [`crate::html`]: the opening `svg` (one image with a name), the grid of rings and
//! spokes, and the axis labels. The results report and the feedback view each add
//! their own polygons between the grid and the labels.

use super::geometry::RadarChart;
use super::labels::ChartLabel;
use crate::display::format_number;
use crate::html::Html;

/// Opens the chart's `svg` (role="img", named by `label`) and draws its grid.
pub fn open_chart(html: &mut Html, chart: &RadarChart, view_box: &str, class: &str, label: &str) {
    html.open(
        "svg",
        &[
            ("class", class),
            ("viewBox", view_box),
            ("role", "img"),
            ("aria-label", label),
            ("focusable", "false"),
        ],
    )
    .open("g", &[("class", "radar-grid")]);
    for ring in &chart.rings {
        html.empty(
            "polygon",
            &[("class", "radar-ring"), ("points", &ring.points)],
        );
    }
    for spoke in &chart.spokes {
        html.empty(
            "line",
            &[
                ("class", "radar-spoke"),
                ("x1", &format_number(spoke.x1)),
                ("y1", &format_number(spoke.y1)),
                ("x2", &format_number(spoke.x2)),
                ("y2", &format_number(spoke.y2)),
            ],
        );
    }
    html.close("g");
}

/// Writes the axis labels and closes the `svg` that [`open_chart`] opened.
pub fn close_chart(html: &mut Html, labels: &[ChartLabel], font_size: f64) {
    html.open(
        "g",
        &[
            ("class", "radar-labels"),
            ("font-size", &format_number(font_size)),
        ],
    );
    for label in labels {
        let x = format_number(label.x);
        html.open(
            "text",
            &[
                ("class", "radar-label"),
                ("x", &x),
                ("y", &format_number(label.y)),
                ("text-anchor", label.anchor),
                ("dominant-baseline", label.baseline),
            ],
        );
        for line in &label.lines {
            html.element("tspan", &[("x", &x), ("dy", &line.dy)], &line.text);
        }
        html.close("text");
    }
    html.close("g").close("svg");
}

/// A legend's sample line: a small hidden SVG with one line of `line_class`.
pub fn legend_swatch(html: &mut Html, line_class: &str, [x1, y1, x2, y2]: [&str; 4]) {
    html.open(
        "svg",
        &[
            ("class", "legend-swatch"),
            ("viewBox", "0 0 24 12"),
            ("aria-hidden", "true"),
            ("focusable", "false"),
        ],
    )
    .empty(
        "line",
        &[
            ("class", line_class),
            ("x1", x1),
            ("y1", y1),
            ("x2", x2),
            ("y2", y2),
        ],
    )
    .close("svg");
}

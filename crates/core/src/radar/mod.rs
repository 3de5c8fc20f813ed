//! The radar (spider) chart of dimension scores, laid out in plain Rust so the component
//! only copies numbers and strings into SVG markup and the layout is tested natively:
//! [`geometry`] places rings, spokes, polygons and label anchors; [`labels`] wraps the
//! axis labels, leaves room for them in the viewBox and names the chart.

pub mod geometry;
pub mod labels;
pub mod markup;

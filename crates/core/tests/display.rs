//! Numbers as the pages show them: scores that never round into a band they have not
//! reached, fixed decimals without negative zero, signed changes with a true minus sign.

mod common;

use common::fixture;
use yardstick_core::display::*;

#[test]
fn shown_scores_handle_edges() {
    let framework = fixture();
    assert_eq!(format_score(&framework, 100.0), "100");
    assert_eq!(format_score(&framework, 0.0), "0");
    assert_eq!(format_score(&framework, f64::NAN), "0");
    assert_eq!(format_score(&framework, 140.0), "100");
    assert_eq!(format_score(&framework, -3.0), "0");
    assert_eq!(shown_score(&framework, 54.99).decimals, 0);
}

#[test]
fn numbers_are_formatted_without_negative_zero() {
    assert_eq!(format_signed(12.0, 0), "+12");
    assert_eq!(format_signed(-8.0, 0), "\u{2212}8");
    assert_eq!(format_signed(0.0, 0), "0");
    assert_eq!(format_signed(-0.2, 0), "0");
    assert_eq!(
        format_signed(-0.25, 1),
        "\u{2212}0.3",
        "halves round away from zero"
    );
    assert_eq!(format_points(12.345), "12.3");
    assert_eq!(format_points(-0.0), "0.0");
    assert_eq!(format_points(f64::INFINITY), "0.0");
    assert_eq!(format_number(50.0), "50");
    assert_eq!(format_number(12.5), "12.5");
    assert_eq!(format_number(100.0 / 3.0), "33.33");
    assert_eq!(format_whole(66.666), "67");
    assert_eq!(format_whole(66.5), "67");
}

#[test]
fn signed_changes_and_whole_scores() {
    assert_eq!(format_change(6), "+6");
    assert_eq!(format_change(-6), "\u{2212}6");
    assert_eq!(format_change(0), "0");
    assert_eq!(
        format_change(i64::MIN),
        format!("\u{2212}{}", i64::MIN.unsigned_abs())
    );
    let f = fixture();
    assert_eq!(whole_score(&f, 92.4), 92);
    assert_eq!(whole_score(&f, 92.6), 93);
    assert_eq!(whole_score(&f, f64::NAN), 0);
    // The fixture's "solid" band starts at 55: 54.6 must not show as 55.
    assert_eq!(whole_score(&f, 54.6), 54);
}

#[test]
fn fixed_decimals_round_halves_away_from_zero_without_the_float_formatter() {
    use yardstick_core::display::fixed;
    assert_eq!(fixed(2.345, 2), "2.35");
    assert_eq!(fixed(2.5, 0), "3");
    assert_eq!(fixed(-2.5, 0), "-3");
    assert_eq!(fixed(0.05, 1), "0.1");
    assert_eq!(fixed(7.0, 2), "7.00");
    assert_eq!(fixed(12.04, 1), "12.0");
    assert_eq!(fixed(-0.004, 2), "0.00");
    assert_eq!(fixed(f64::NAN, 1), "0.0");
    assert_eq!(fixed(f64::INFINITY, 0), "0");
    assert_eq!(fixed(3e15, 0), "1000000000000");
    assert_eq!(fixed(99.999, 2), "100.00");
    // Agrees with the standard formatter wherever the value is not a decimal tie.
    for n in 0..2000 {
        let v = f64::from(n) * 0.0731 - 40.0;
        for d in 0..4 {
            let scaled = v.abs() * 10f64.powi(d as i32);
            if (scaled.fract() - 0.5).abs() < 1e-6 {
                continue; // a tie in decimal: we round it away from zero on purpose
            }
            let std = format!("{:.*}", d, v);
            let std = match std.strip_prefix('-') {
                Some(rest) if rest.chars().all(|c| c == '0' || c == '.') => rest.to_string(),
                _ => std,
            };
            assert_eq!(fixed(v, d), std, "{v} {d}");
        }
    }
}

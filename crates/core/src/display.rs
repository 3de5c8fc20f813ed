//! Numbers as people read them: scores rounded for display without ever crossing into a
//! level band they have not reached, fixed decimals with no `-0`, signed changes with a
//! true minus sign, and the placeholders shown where there is no number.
//!
//! ```
//! use yardstick_core::display::{format_change, format_number, format_signed};
//! assert_eq!(format_number(12.5), "12.5");
//! assert_eq!(format_signed(-8.0, 0), "\u{2212}8");
//! assert_eq!(format_change(6), "+6");
//! ```

use super::framework::Framework;

/// Shown instead of a score for a dimension with too few answers.
pub const NOT_SCORED: &str = "Not enough answers";
/// Shown for a self-rating or judgement with no answered item behind it.
pub const NOT_ANSWERED: &str = "Not answered";
/// Shown in number cells that have nothing to show.
pub const NO_VALUE: &str = "–";
/// Printed minus sign (U+2212): screen readers say "minus", and it lines up with "+".
pub const MINUS: char = '\u{2212}';

/// A score as shown: its value and how many decimals to print.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shown {
    pub value: f64,
    pub decimals: usize,
}

impl Shown {
    /// The value with its decimals: `"68"`, `"54.9"`.
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

/// A 0–100 score as the whole number people see on the results page: rounded, but
/// never into a level band the score has not reached (see [`shown_score`]).
pub fn whole_score(framework: &Framework, score: f64) -> i64 {
    shown_score(framework, score).value.round() as i64
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

/// A change between two whole numbers with its sign: `"+6"`, `"−6"` (a true minus
/// sign, see [`MINUS`]), or `"0"`.
pub fn format_change(change: i64) -> String {
    match change {
        c if c > 0 => format!("+{c}"),
        c if c < 0 => format!("{MINUS}{}", c.unsigned_abs()),
        _ => "0".to_string(),
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

/// Fixed decimals (at most six), halves rounded away from zero, never `"-0"`, `"NaN"`
/// or `"inf"`: `fixed(2.345, 2)` is `"2.35"`.
///
/// Written with integer arithmetic: the standard float formatter adds 13 KB of code
/// to the app's WebAssembly, and no number we show needs it. Values beyond ±10^12 are
/// clamped there (nothing we show comes close).
pub fn fixed(value: f64, decimals: usize) -> String {
    const LIMIT: f64 = 1e12;
    let decimals = decimals.min(6);
    let value = if value.is_finite() {
        value.clamp(-LIMIT, LIMIT)
    } else {
        0.0
    };
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction:0decimals$}")
    }
}

/// `value` rounded to `decimals` places.
pub(crate) fn round_to(value: f64, decimals: i32) -> f64 {
    let factor = 10f64.powi(decimals);
    (value * factor).round() / factor
}

/// How many decimals [`format_number`] writes for `value`.
pub(crate) fn decimals_of(value: f64) -> usize {
    format_number(value)
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len())
}

/// `text` cut to at most `max_chars` characters at a word boundary, with "…" when cut.
///
/// ```
/// use yardstick_core::display::shorten;
/// assert_eq!(shorten("In the last quarter I thanked someone", 20), "In the last quarter…");
/// assert_eq!(shorten("Short.", 20), "Short.");
/// ```
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars).collect();
    let at_word = match cut.rfind(' ') {
        Some(space) if space > 0 => &cut[..space],
        _ => cut.as_str(),
    };
    format!(
        "{}\u{2026}",
        at_word.trim_end_matches([',', ';', ':', '.', ' '])
    )
}

//! Randomness for ids, from the browser's `Math.random` (ids need to be unlikely to
//! collide between tabs, not unpredictable).

/// A whole number from 0 up to, but not including, `bound`.
pub fn random_below(bound: u32) -> u32 {
    let value = (js_sys::Math::random() * f64::from(bound)) as u32;
    // `Math.random` is below 1, but rounding must never reach `bound`.
    value.min(bound.saturating_sub(1))
}

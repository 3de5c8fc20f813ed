//! Randomness for ids, from the browser's `Math.random` (ids need to be unlikely to
//! collide between tabs, not unpredictable).

/// A whole number from 0 up to, but not including, `bound`.
pub fn random_below(bound: u32) -> u32 {
    let value = (js_sys::Math::random() * f64::from(bound)) as u32;
    // `Math.random` is below 1, but rounding must never reach `bound`.
    value.min(bound.saturating_sub(1))
}

/// `N` random bytes for invitation and response ids, from `crypto.getRandomValues`
/// (unpredictable, so one person's id cannot be guessed from another's); from
/// `Math.random` only where the Web Crypto API is missing.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = random_below(256) as u8;
        }
    }
    bytes
}

//! The reading-time model alone, with no dependency on the rest of the crate, so that
//! `build.rs` uses these same numbers for the role cards (it cannot depend on the crate
//! it builds).

/// Words a minute at which the estimate assumes questions are read.
pub const READING_WORDS_PER_MINUTE: u32 = 200;
/// Seconds to choose a rating for one statement, after reading it.
pub const SECONDS_PER_RATING: u32 = 4;
/// Seconds to compare four anchored descriptions and pick one, after reading them.
pub const SECONDS_PER_ANCHORED: u32 = 8;
/// Seconds to pick the most and the least effective response, after reading them.
pub const SECONDS_PER_SCENARIO: u32 = 15;
/// Seconds for an evidence prompt: a short note, since writing is optional.
pub const SECONDS_PER_EVIDENCE: u32 = 20;

/// Seconds to answer an item of type `item_type` ("behaviour", "anchored", "scenario",
/// "evidence") that shows `words` words: reading time plus the decision time of its type.
pub fn item_seconds(item_type: &str, words: usize) -> u32 {
    let words = u32::try_from(words).unwrap_or(u32::MAX);
    let reading = words.saturating_mul(60) / READING_WORDS_PER_MINUTE;
    let deciding = match item_type {
        "behaviour" => SECONDS_PER_RATING,
        "anchored" => SECONDS_PER_ANCHORED,
        "scenario" => SECONDS_PER_SCENARIO,
        _ => SECONDS_PER_EVIDENCE,
    };
    reading.saturating_add(deciding)
}

/// Whole minutes, rounded up and at least one, for `seconds`.
pub fn minutes(seconds: u32) -> u32 {
    seconds.div_ceil(60).max(1)
}

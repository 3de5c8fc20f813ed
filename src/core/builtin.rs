//! The built-in frameworks: JSON files in `frameworks/`, in the same format as a custom
//! framework and loaded through the same validator.

use super::framework::Framework;
use super::validate::{load_framework, Problem};

/// File name (without `.json`) and contents of each built-in framework, in the order the
/// start page shows them.
pub const BUILT_IN: [(&str, &str); 4] = [
    (
        "engineering-manager",
        include_str!("../../frameworks/engineering-manager.json"),
    ),
    (
        "technical-program-manager",
        include_str!("../../frameworks/technical-program-manager.json"),
    ),
    (
        "senior-technical-manager",
        include_str!("../../frameworks/senior-technical-manager.json"),
    ),
    (
        "interview-readiness",
        include_str!("../../frameworks/interview-readiness.json"),
    ),
];

/// Loads every built-in framework. A built-in that fails validation is a bug caught by
/// the test suite; at run time it is returned as an error rather than a panic.
pub fn built_in_frameworks() -> Vec<Result<Framework, Vec<Problem>>> {
    BUILT_IN
        .iter()
        .map(|(_, json)| load_framework(json.as_bytes()))
        .collect()
}

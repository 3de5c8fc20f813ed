//! The built-in frameworks. They are JSON files in `frameworks/`, in the same format as
//! a custom framework, published with the build and loaded through the same fetch and
//! validator when a role is opened. The app itself carries only their manifest (what
//! a role card shows), generated from the files by `build.rs`, which keeps the
//! frameworks' text out of the first download.

/// What the start page shows for a built-in role before its framework is loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BuiltIn {
    pub id: &'static str,
    pub version: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub minutes: u64,
    pub areas: usize,
    /// Scored items (evidence prompts are optional and not counted).
    pub questions: usize,
}

include!(concat!(env!("OUT_DIR"), "/built_in_manifest.rs"));

pub fn is_built_in(id: &str) -> bool {
    BUILT_IN.iter().any(|b| b.id == id)
}

/// Where the build publishes a built-in framework, relative to the page.
pub fn built_in_path(id: &str) -> String {
    format!("frameworks/{id}.json")
}

/// The built-in framework files' text, for native tests and tools; the browser build
/// fetches the published files instead.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN_SOURCES: [(&str, &str); 4] = [
    (
        "engineering-manager",
        include_str!("../../../frameworks/engineering-manager.json"),
    ),
    (
        "technical-program-manager",
        include_str!("../../../frameworks/technical-program-manager.json"),
    ),
    (
        "senior-technical-manager",
        include_str!("../../../frameworks/senior-technical-manager.json"),
    ),
    (
        "interview-readiness",
        include_str!("../../../frameworks/interview-readiness.json"),
    ),
];

/// Loads every built-in framework through the validator (native only, see above).
#[cfg(not(target_arch = "wasm32"))]
pub fn built_in_frameworks(
) -> Vec<Result<super::framework::Framework, Vec<super::validate::Problem>>> {
    BUILT_IN_SOURCES
        .iter()
        .map(|(_, json)| super::validate::load_framework(json.as_bytes()))
        .collect()
}

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

/// The version of built-in `id` that new attempts use.
pub fn current_version(id: &str) -> Option<&'static str> {
    BUILT_IN.iter().find(|b| b.id == id).map(|b| b.version)
}

/// Whether this build publishes version `version` of built-in `id`: the current one or
/// one kept in the archive.
pub fn is_published(id: &str, version: &str) -> bool {
    current_version(id) == Some(version) || ARCHIVED.contains(&(id, version))
}

/// The published version of built-in `id` that serves a result made with `version`:
/// that version when the build publishes it, otherwise the current one (answers are
/// keyed by item id, so they carry over). `None` for an id that is not built in.
///
/// ```
/// use yardstick_core::builtin::{current_version, published_version};
/// let current = current_version("engineering-manager");
/// assert_eq!(published_version("engineering-manager", "1.0.0"), Some("1.0.0"));
/// assert_eq!(published_version("engineering-manager", "0.9.9"), current);
/// assert_eq!(published_version("team-lead-lite", "1.0.0"), None);
/// ```
pub fn published_version(id: &str, version: &str) -> Option<&'static str> {
    ARCHIVED
        .iter()
        .find(|(i, v)| *i == id && *v == version)
        .map(|(_, v)| *v)
        .or_else(|| current_version(id))
}

/// Where the build publishes version `version` of built-in `id`, relative to the page:
/// the current version at `frameworks/<id>.json`, an earlier one at
/// `frameworks/archive/<id>/<version>.json`; `None` when it publishes no such version.
///
/// ```
/// use yardstick_core::builtin::{built_in_path, current_version};
/// let current = current_version("engineering-manager").unwrap();
/// assert_eq!(
///     built_in_path("engineering-manager", current).as_deref(),
///     Some("frameworks/engineering-manager.json")
/// );
/// assert_eq!(
///     built_in_path("engineering-manager", "1.0.0").as_deref(),
///     Some("frameworks/archive/engineering-manager/1.0.0.json")
/// );
/// assert_eq!(built_in_path("engineering-manager", "0.1.0"), None);
/// ```
pub fn built_in_path(id: &str, version: &str) -> Option<String> {
    if current_version(id) == Some(version) {
        Some(format!("frameworks/{id}.json"))
    } else if ARCHIVED.contains(&(id, version)) {
        Some(format!("frameworks/archive/{id}/{version}.json"))
    } else {
        None
    }
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

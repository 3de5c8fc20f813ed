//! Storage keys scoped by the app's own path. Every page of one origin shares its
//! localStorage, and on a GitHub Pages project site every project of the same owner is
//! one origin, so two copies of Yardstick (or another app using the same names) would
//! read and overwrite each other's `yardstick.*` keys. Each copy therefore keeps its
//! keys under its own directory: a copy served from `/careers/yardstick/` stores its
//! index as `/careers/yardstick/yardstick.index`.
//!
//! The rest of the app uses the plain names (`yardstick.index`); only the storage
//! module turns them into stored keys and back. Keys that earlier builds wrote without a
//! scope are moved under the scope of the first copy that opens (`legacy_moves`).
//!
//! ```
//! use yardstick_core::key_scope::{scope_of_path, scoped, unscoped};
//! let scope = scope_of_path("/careers/yardstick/index.html");
//! assert_eq!(scope, "/careers/yardstick/");
//! assert_eq!(scoped(&scope, "yardstick.index"), "/careers/yardstick/yardstick.index");
//! assert_eq!(unscoped(&scope, "/careers/yardstick/yardstick.index"), Some("yardstick.index"));
//! // A copy in a directory below is someone else.
//! assert_eq!(unscoped("/careers/", "/careers/yardstick/yardstick.index"), None);
//! ```

use crate::layout::{ATTEMPT_PREFIX, INDEX_KEY, STATE_KEY};
use crate::order::sort_stable_by;

/// What every name the app stores begins with.
pub const NAME_PREFIX: &str = "yardstick.";

/// The directory the app is served from, as the scope of its keys: the address's path
/// up to and including its last `/` (so `/app/` and `/app/index.html` are one copy).
/// Always starts and ends with `/`.
pub fn scope_of_path(pathname: &str) -> String {
    let directory = match pathname.rfind('/') {
        Some(end) => &pathname[..=end],
        None => "/",
    };
    if directory.starts_with('/') {
        directory.to_string()
    } else {
        format!("/{directory}")
    }
}

/// The stored key of the app's name `name` in `scope`.
pub fn scoped(scope: &str, name: &str) -> String {
    format!("{scope}{name}")
}

/// The app's name for a stored key, when the key belongs to this scope: it is the scope
/// followed by a `yardstick.` name with no further `/` (which would be a copy in a
/// directory below this one).
pub fn unscoped<'a>(scope: &str, key: &'a str) -> Option<&'a str> {
    let name = key.strip_prefix(scope)?;
    (name.starts_with(NAME_PREFIX) && !name.contains('/')).then_some(name)
}

/// Whether `key` was written by a build from before keys were scoped.
pub fn is_legacy(key: &str) -> bool {
    key.starts_with(NAME_PREFIX)
}

/// One key to move from its unscoped name to its scoped one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Move {
    pub from: String,
    pub to: String,
}

/// The moves that bring the unscoped keys among `keys` (every key the origin holds)
/// under `scope`. A key whose scoped twin already exists is left where it is: this
/// copy's own data is never overwritten. The index of attempts moves last and the
/// attempts first, so a move that stops part-way (a full storage) never leaves a
/// scoped index naming an attempt that is not there yet.
pub fn legacy_moves(scope: &str, keys: &[String]) -> Vec<Move> {
    let rank = |name: &str| match name {
        INDEX_KEY => 3,
        STATE_KEY => 2,
        _ if name.starts_with(ATTEMPT_PREFIX) => 0,
        _ => 1,
    };
    let mut moves: Vec<(u8, Move)> = keys
        .iter()
        .filter(|key| is_legacy(key) && !key.contains('/'))
        .filter(|key| !keys.contains(&scoped(scope, key)))
        .map(|key| {
            let step = Move {
                from: key.clone(),
                to: scoped(scope, key),
            };
            (rank(key), step)
        })
        .collect();
    sort_stable_by(&mut moves, |a, b| a.0.cmp(&b.0));
    moves.into_iter().map(|(_, step)| step).collect()
}

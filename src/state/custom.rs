//! Custom frameworks named by `framework=`: fetched, validated by the same validator as
//! the built-ins, and kept in storage (keyed by id and version) so their results can be
//! reopened, compared and exported later, like any other.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::AppState;
use crate::browser::fetch::fetch_bytes;
use crate::browser::storage::BrowserStorage;
use crate::core::builtin::is_built_in;
use crate::core::framework::Framework;
use crate::core::validate::{load_framework, Problem, ProblemKind, MAX_FRAMEWORK_BYTES};

const FRAMEWORK_PREFIX: &str = "yardstick.framework.";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum CustomStatus {
    None,
    Loading {
        url: String,
    },
    Loaded {
        framework_id: String,
    },
    /// The file could not be fetched (`problems` empty, `message` says why) or did not
    /// validate (`problems` lists every mistake with its path).
    Failed {
        url: String,
        message: String,
        problems: Vec<Problem>,
    },
}

fn storage_key(framework: &Framework) -> String {
    format!("{FRAMEWORK_PREFIX}{}@{}", framework.id, framework.version)
}

/// Custom frameworks saved by earlier visits, re-validated: stored data is input too.
pub fn stored_frameworks(storage: &BrowserStorage) -> Vec<Framework> {
    storage
        .entries_with_prefix(FRAMEWORK_PREFIX)
        .into_iter()
        .filter_map(|(key, _)| load_framework(storage.read(&key)?.as_bytes()).ok())
        .filter(|f| !is_built_in(&f.id))
        .collect()
}

impl AppState {
    /// Fetches and validates the framework at `url`, then adds it (replacing an older
    /// copy with the same id and version) and opens it if the URL asked for its role.
    pub async fn load_custom_framework(self, url: String) {
        self.custom.set(CustomStatus::Loading { url: url.clone() });
        let failed = |message: String, problems: Vec<Problem>| CustomStatus::Failed {
            url: url.clone(),
            message,
            problems,
        };
        let bytes = match fetch_bytes(&url, MAX_FRAMEWORK_BYTES).await {
            Ok(bytes) => bytes,
            Err(message) => {
                self.custom.set(failed(message, Vec::new()));
                return;
            }
        };
        let framework = match load_framework(&bytes) {
            Ok(framework) => framework,
            Err(problems) => {
                let message = if problems
                    .iter()
                    .any(|p| p.kind == ProblemKind::MalformedJson)
                {
                    "The file is not valid JSON, so it cannot be a framework.".to_string()
                } else {
                    format!("The framework has {} problem(s) to fix:", problems.len())
                };
                self.custom.set(failed(message, problems));
                return;
            }
        };
        if is_built_in(&framework.id) {
            self.custom.set(failed(
                format!("The framework's id \"{}\" belongs to a built-in role. Give your framework its own id.", framework.id),
                Vec::new(),
            ));
            return;
        }
        // Stored as the validated text; a failure to store only costs reopening later.
        if let Ok(text) = std::str::from_utf8(&bytes) {
            let _ = self.storage().write(&storage_key(&framework), text);
        }
        let id = framework.id.clone();
        self.frameworks.update(|all| {
            all.retain(|f| !(f.id == framework.id && f.version == framework.version));
            all.insert(0, framework);
        });
        self.custom.set(CustomStatus::Loaded {
            framework_id: id.clone(),
        });
        let wanted = self.options.with_value(|o| o.role.clone());
        if wanted.is_none() || wanted.as_deref() == Some(id.as_str()) {
            self.open_role(&id);
        }
    }
}

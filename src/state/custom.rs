//! Custom frameworks named by `framework=`: fetched, validated by the same validator as
//! the built-ins, and kept in storage (keyed by id and version) so their results can be
//! reopened, compared and exported later, like any other.

use leptos::prelude::*;

use super::{AppState, View};
use crate::browser::fetch::fetch_bytes;
use crate::browser::location::HistoryEntry;
use crate::browser::storage::BrowserStorage;
use crate::core::builtin::is_built_in;
use crate::core::framework::Framework;
use crate::core::limits::MAX_FRAMEWORK_BYTES;
use crate::core::validate::{lints, load_framework, Lint, Problem, ProblemKind};

const FRAMEWORK_PREFIX: &str = "yardstick.framework.";

#[derive(Clone, Debug, PartialEq)]
pub enum CustomStatus {
    None,
    Loading {
        url: String,
    },
    /// Loaded and usable; `lints` is advice for the file's author, possibly none.
    Loaded {
        url: String,
        framework_id: String,
        lints: Vec<Lint>,
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
    /// Fetches and validates the framework at `url`, then adds it and, if the URL asked
    /// for its role (or for none) and the person is still on the roles page, opens it.
    pub(super) async fn load_custom_framework(self, url: String) {
        self.custom
            .write
            .set(CustomStatus::Loading { url: url.clone() });
        let status = match fetch_bytes(&url, MAX_FRAMEWORK_BYTES).await {
            Ok(bytes) => match self.add_custom_framework(&bytes) {
                Ok(framework_id) => CustomStatus::Loaded {
                    lints: self.frameworks.read.with_untracked(|all| {
                        all.iter()
                            .find(|f| f.id == framework_id)
                            .map(lints)
                            .unwrap_or_default()
                    }),
                    url,
                    framework_id,
                },
                Err((message, problems)) => CustomStatus::Failed {
                    url,
                    message,
                    problems,
                },
            },
            Err(message) => CustomStatus::Failed {
                url,
                message,
                problems: Vec::new(),
            },
        };
        self.custom.write.set(status.clone());
        let CustomStatus::Loaded { framework_id, .. } = status else {
            return;
        };
        let wanted = self.options.with_value(|o| o.role.clone());
        let on_roles_page = self.view.read.with_untracked(|v| *v == View::Start);
        if on_roles_page && (wanted.is_none() || wanted.as_deref() == Some(framework_id.as_str())) {
            self.open_role_as(&framework_id, HistoryEntry::Replace);
        }
    }

    /// Validates a framework file and adds it as a custom framework (replacing an older
    /// copy with the same id and version), kept in storage for later visits. Returns its
    /// id, or what is wrong: a message and every problem with its path.
    pub fn add_custom_framework(&self, bytes: &[u8]) -> Result<String, (String, Vec<Problem>)> {
        let framework = load_framework(bytes).map_err(|problems| {
            let message = if problems
                .iter()
                .any(|p| p.kind == ProblemKind::MalformedJson)
            {
                "The file is not valid JSON, so it cannot be a framework.".to_string()
            } else {
                match problems.len() {
                    1 => "The framework has 1 problem to fix:".to_string(),
                    n => format!("The framework has {n} problems to fix:"),
                }
            };
            (message, problems)
        })?;
        if is_built_in(&framework.id) {
            return Err((
                format!("The framework's id \"{}\" belongs to a built-in role. Give your framework its own id.", framework.id),
                Vec::new(),
            ));
        }
        // Stored as the validated text; a failure to store only costs reopening later.
        // Not while data a newer version wrote is here: this build then writes nothing.
        if let (Ok(text), false) = (std::str::from_utf8(bytes), self.read_only.get_untracked()) {
            let _ = self.storage().write(&storage_key(&framework), text);
        }
        let id = framework.id.clone();
        self.frameworks.write.update(|all| {
            all.retain(|f| !(f.id == framework.id && f.version == framework.version));
            all.insert(0, framework);
        });
        Ok(id)
    }
}

//! URL options and the host page: applying options at start-up, and telling an
//! embedding page about progress and results.

use leptos::prelude::*;

use super::{AppState, View};
use crate::browser::clock::now_ms;
use crate::browser::fetch::fetch_bytes;
use crate::browser::host::{content_height, is_embedded, post_to_host, real_parent_origin};
use crate::browser::location::{
    console_warn, fragment, is_same_origin, origin, query, query_pairs, HistoryEntry,
};
use crate::browser::theme::apply_theme;
use crate::core::builtin::is_built_in;
use crate::core::deploy::{
    decide, parse_deploy_config, without_examples, DeployConfig, Embedding, DEPLOY_CONFIG_FILE,
    MAX_DEPLOY_CONFIG_BYTES,
};
use crate::core::embed::{Audience, HostMessage};
use crate::core::export::export_json;
use crate::core::options::parse_options;
use crate::core::progress::answered_count;

impl AppState {
    /// Reads the URL once at start-up: the options from the query, then the screen from
    /// the fragment (a reload or a copied address), or else the role the options name.
    /// Malformed options are ignored with a console warning.
    pub fn apply_url(&self) {
        for warning in self.adopt_url_options() {
            console_warn(&format!("Yardstick: {warning}"));
        }
        let (role, framework_url) = self
            .options
            .with_value(|o| (o.role.clone(), o.framework_url.clone()));
        let addressed = !matches!(View::parse(&fragment()), View::Start);
        if let Some(url) = framework_url.clone() {
            let state = *self;
            leptos::task::spawn_local(state.load_custom_framework(url));
        }
        if addressed {
            self.follow_address();
        } else if let Some(role) = role {
            let known = is_built_in(&role)
                || self
                    .frameworks
                    .read
                    .with_untracked(|all| all.iter().any(|f| f.id == role));
            if known {
                // The page was opened for this role: its questions take the page's own
                // history entry rather than adding one.
                self.open_role_as(&role, HistoryEntry::Replace);
            } else if framework_url.is_none() {
                console_warn(&format!(
                    "Yardstick: ignored role={role}: there is no such role here."
                ));
            }
        }
        if is_embedded() {
            let state = *self;
            leptos::task::spawn_local(state.decide_embedding());
        }
    }

    /// Reads the deployer's list of allowed parents and checks the real parent against
    /// it and against `parent-origin`; only then does anything with answers go out.
    async fn decide_embedding(self) {
        let config = match fetch_bytes(DEPLOY_CONFIG_FILE, MAX_DEPLOY_CONFIG_BYTES).await {
            Ok(bytes) => {
                let (config, warnings) = parse_deploy_config(&String::from_utf8_lossy(&bytes));
                for warning in warnings {
                    console_warn(&format!("Yardstick: {warning}"));
                }
                config
            }
            // A copy published without the file has set no list.
            Err(_) => DeployConfig::default(),
        };
        let named = self.options.with_value(|o| o.parent_origin.clone());
        let (embedding, warnings) = decide(
            &config,
            true,
            named.as_deref(),
            real_parent_origin().as_deref(),
            Some(&origin()),
        );
        for warning in warnings {
            console_warn(&warning);
        }
        self.embedding.set(embedding);
        self.send(HostMessage::Ready {
            framework_id: self.options.with_value(|o| o.role.clone()),
        });
    }

    /// The origin that receives progress and results, once checked (tracked).
    pub fn receiver(&self) -> Option<String> {
        self.embedding.with(|e| e.receiver().map(str::to_string))
    }

    /// When a page the deployer did not allow frames the app: that page's origin, if
    /// known (tracked).
    pub fn refused_parent(&self) -> Option<Option<String>> {
        self.embedding.with(|e| match e {
            Embedding::Refused { parent } => Some(parent.clone()),
            _ => None,
        })
    }

    /// Whether the person chose to send their written examples with the result.
    pub fn include_examples(&self) -> bool {
        self.include_examples.get()
    }

    pub fn set_include_examples(&self, include: bool) {
        self.include_examples.set(include);
    }

    /// Reads the options in the page URL and applies its theme; returns what was wrong
    /// with them.
    fn adopt_url_options(&self) -> Vec<String> {
        let (options, warnings) = parse_options(&query_pairs(&query()), is_same_origin);
        apply_theme(options.theme);
        self.options.set_value(options);
        warnings
    }

    /// Resumes the attempt in progress for `framework_id`, or starts one; the page was
    /// opened for it (`role=`, `framework=`), so `entry` is normally a replacement.
    pub(super) fn open_role_as(&self, framework_id: &str, entry: HistoryEntry) {
        let in_progress = self
            .store
            .read
            .with_untracked(|s| s.in_progress_for(framework_id).map(|a| a.id.clone()));
        match in_progress {
            Some(attempt_id) => self.navigate(
                View::Assess {
                    attempt_id,
                    area: None,
                },
                entry,
            ),
            None => self.start_role_as(framework_id, entry),
        }
    }

    pub fn hide_scores(&self) -> bool {
        self.options.with_value(|o| o.hide_scores)
    }

    pub fn is_embed_layout(&self) -> bool {
        self.options.with_value(|o| o.embed)
    }

    fn send(&self, message: HostMessage) {
        // `resize` carries only a height: it goes to whichever page embeds us, even when
        // that page is not the named parent (which then gets nothing else).
        let parent = match message.audience() {
            Audience::Anyone => None,
            Audience::ParentOnly => match untrack(|| self.receiver()) {
                Some(receiver) => Some(receiver),
                // Nothing with answers leaves without a checked receiver.
                None => return,
            },
        };
        post_to_host(&message, parent.as_deref());
    }

    pub(super) fn send_progress(&self, attempt_id: &str) {
        let Some((attempt, framework)) = self.attempt_with_framework(attempt_id) else {
            return;
        };
        let answered = answered_count(&framework, &attempt.answers);
        // Only when the count changes: typing an example, or changing an answer already
        // given, tells the host nothing new.
        let now = (attempt.id.clone(), answered);
        if self
            .last_progress
            .with_value(|last| last.as_ref() == Some(&now))
        {
            return;
        }
        self.last_progress.set_value(Some(now));
        self.send(HostMessage::Progress {
            framework_id: framework.id.clone(),
            answered,
            total: framework.scored_item_count(),
        });
    }

    pub(super) fn send_completed(&self, attempt_id: &str) {
        let Some((attempt, framework)) = self.attempt_with_framework(attempt_id) else {
            return;
        };
        // Through the download's text, not `to_value` or a compact `to_string`: each
        // would add another copy of every Serialize impl to the WebAssembly.
        let attempt = if self.include_examples.get_untracked() {
            attempt
        } else {
            without_examples(&framework, &attempt)
        };
        let text = export_json(&framework, &attempt, now_ms());
        if let Ok(result) = serde_json::from_str::<serde_json::Value>(&text) {
            self.send(HostMessage::Completed { result });
        }
    }

    /// Tells the host how tall the content is, so it can size the iframe.
    pub fn send_resize(&self) {
        self.send(HostMessage::Resize {
            height: content_height(),
        });
    }
}

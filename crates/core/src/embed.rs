//! Talking to a host page: the versioned message format sent by postMessage, and the
//! iframe snippet the Embed page builds.
//!
//! Every message is a JSON object `{ "type": "yardstick:<kind>", "version": 1, ... }`.
//! `ready`, `progress` and `completed` carry answers or results and go only to the
//! configured parent origin; `resize` carries only a height and may go to any origin.

use serde_json::{json, Value};

use super::options::Theme;

pub const MESSAGE_VERSION: u32 = 1;
pub const MESSAGE_PREFIX: &str = "yardstick:";

/// Whether a message may go to any origin (`resize`) or only to the named parent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    ParentOnly,
    Anyone,
}

#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    /// The widget has loaded; `framework_id` is set when a role is open.
    Ready {
        framework_id: Option<String>,
    },
    Progress {
        framework_id: String,
        answered: usize,
        total: usize,
    },
    /// `result` is the JSON export document of the completed attempt.
    Completed {
        result: Value,
    },
    Resize {
        height: u32,
    },
}

impl HostMessage {
    pub fn audience(&self) -> Audience {
        match self {
            HostMessage::Resize { .. } => Audience::Anyone,
            _ => Audience::ParentOnly,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            HostMessage::Ready { .. } => "ready",
            HostMessage::Progress { .. } => "progress",
            HostMessage::Completed { .. } => "completed",
            HostMessage::Resize { .. } => "resize",
        }
    }

    pub fn to_json(&self) -> Value {
        let mut message = match self {
            HostMessage::Ready { framework_id } => json!({ "framework_id": framework_id }),
            HostMessage::Progress {
                framework_id,
                answered,
                total,
            } => {
                json!({ "framework_id": framework_id, "answered": answered, "total": total })
            }
            HostMessage::Completed { result } => json!({ "result": result }),
            HostMessage::Resize { height } => json!({ "height": height }),
        };
        if let Value::Object(map) = &mut message {
            map.insert(
                "type".into(),
                json!(format!("{MESSAGE_PREFIX}{}", self.kind())),
            );
            map.insert("version".into(), json!(MESSAGE_VERSION));
        }
        message
    }
}

/// What the person chose on the Embed page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedChoices {
    /// Where the static build is served, e.g. `https://example.github.io/yardstick/`.
    pub app_url: String,
    pub role: Option<String>,
    pub theme: Theme,
    pub hide_scores: bool,
    pub parent_origin: Option<String>,
    pub height: u32,
}

/// The sandbox tokens the widget needs: scripts (it is a wasm app), same-origin (its own
/// localStorage), downloads (exports) and modals (print). Nothing else: no top
/// navigation, no popups, no forms.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-downloads allow-modals";
/// The copy buttons inside the widget write to the clipboard.
pub const ALLOW: &str = "clipboard-write";

/// The `src` URL for an iframe with these choices.
pub fn embed_url(choices: &EmbedChoices) -> String {
    let mut query = vec!["embed=1".to_string()];
    if let Some(role) = &choices.role {
        query.push(format!("role={}", percent_encode(role)));
    }
    if choices.theme != Theme::Auto {
        query.push(format!("theme={}", choices.theme.as_str()));
    }
    if choices.hide_scores {
        query.push("scores=hidden".to_string());
    }
    if let Some(origin) = &choices.parent_origin {
        query.push(format!("parent-origin={}", percent_encode(origin)));
    }
    let base = choices.app_url.split(['?', '#']).next().unwrap_or_default();
    format!("{base}?{}", query.join("&"))
}

/// The complete iframe element, attribute values escaped.
pub fn iframe_snippet(choices: &EmbedChoices) -> String {
    format!(
        "<iframe src=\"{}\" title=\"Leadership self-assessment\" width=\"100%\" height=\"{}\" loading=\"lazy\" sandbox=\"{SANDBOX}\" allow=\"{ALLOW}\"></iframe>",
        escape_attribute(&embed_url(choices)),
        choices.height
    )
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Encodes everything but unreserved characters.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

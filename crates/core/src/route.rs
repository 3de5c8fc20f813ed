//! Every screen's address. The address lives in the URL fragment (`#/history`), which
//! never reaches a server, so deep links work on a static host with no fallback page
//! (GitHub Pages serves only files that exist) and the query string stays free for the
//! URL options (`?role=...&embed=1`).
//!
//! | screen | address |
//! | --- | --- |
//! | the roles | `#/` (or no fragment at all) |
//! | area *n* of an attempt (counting from 1) | `#/assess/<attempt>/<n>` |
//! | an attempt where it was left | `#/assess/<attempt>` |
//! | the review | `#/review/<attempt>` |
//! | a result | `#/results/<attempt>` |
//! | history | `#/history` |
//! | a comparison | `#/compare/<earlier>/<later>` |
//! | your data | `#/data` |
//! | embed | `#/embed` |
//! | the team view | `#/team` |
//! | a result's feedback from others | `#/feedback/<attempt>` |
//! | answering an invitation to give feedback | `#/invite/<code>` |
//! | a shared result | `#share=<code>` |
//!
//! Attempt ids are percent-encoded (imported files may carry any text as an id). Any
//! other fragment is [`View::NotFound`]; parsing never fails.
//!
//! ```
//! use yardstick_core::route::View;
//! let view = View::parse("#/assess/1700000000000-123456/2");
//! assert_eq!(view, View::Assess { attempt_id: "1700000000000-123456".into(), area: Some(1) });
//! assert_eq!(view.address(), "#/assess/1700000000000-123456/2");
//! assert_eq!(View::parse("#/no-such-page"), View::NotFound);
//! ```

use crate::embed::percent_encode;

/// The fragment prefix of a shared result: `#share=<code>`.
pub const SHARE_PREFIX: &str = "share=";

/// Which screen is showing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// The role list.
    Start,
    /// An attempt in progress, at `area` (counting from 0), or where it was left when
    /// `None`.
    Assess {
        attempt_id: String,
        area: Option<usize>,
    },
    Review {
        attempt_id: String,
    },
    Results {
        attempt_id: String,
    },
    History,
    Compare {
        first: String,
        second: String,
    },
    /// "Your data": what is stored, and deleting it.
    Privacy,
    Embed,
    /// The team view: many people's results side by side, for a manager (held in
    /// memory only).
    Team,
    /// Feedback from others for one finished attempt: the invitation, the responses
    /// added, and self against others.
    Feedback {
        attempt_id: String,
    },
    /// An observer answering an invitation (the code after `#/invite/`).
    Invite {
        code: String,
    },
    /// A result opened from a share code in the URL fragment: read-only, never stored.
    Shared {
        code: String,
    },
    /// An address that names no screen.
    NotFound,
}

/// Area numbers in an address go up to this; nothing has that many areas.
const MAX_AREA_NUMBER: usize = 999;

impl View {
    /// The view an address fragment names (with or without its `#`).
    pub fn parse(fragment: &str) -> View {
        let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
        if let Some(code) = fragment.strip_prefix(SHARE_PREFIX) {
            return View::Shared {
                code: code.to_string(),
            };
        }
        if fragment.is_empty() {
            return View::Start;
        }
        let Some(path) = fragment.strip_prefix('/') else {
            return View::NotFound;
        };
        // One trailing slash is forgiven: `#/history/` is `#/history`.
        let path = path.strip_suffix('/').unwrap_or(path);
        let segments: Option<Vec<String>> = if path.is_empty() {
            Some(Vec::new())
        } else {
            path.split('/').map(decode_segment).collect()
        };
        let Some(segments) = segments else {
            return View::NotFound;
        };
        let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
        match parts.as_slice() {
            [] => View::Start,
            ["assess", id] => View::Assess {
                attempt_id: id.to_string(),
                area: None,
            },
            ["assess", id, number] => match parse_area_number(number) {
                Some(area) => View::Assess {
                    attempt_id: id.to_string(),
                    area: Some(area),
                },
                None => View::NotFound,
            },
            ["review", id] => View::Review {
                attempt_id: id.to_string(),
            },
            ["results", id] => View::Results {
                attempt_id: id.to_string(),
            },
            ["history"] => View::History,
            ["compare", first, second] => View::Compare {
                first: first.to_string(),
                second: second.to_string(),
            },
            ["data"] => View::Privacy,
            ["embed"] => View::Embed,
            ["team"] => View::Team,
            ["feedback", id] => View::Feedback {
                attempt_id: id.to_string(),
            },
            ["invite", code] => View::Invite {
                code: code.to_string(),
            },
            _ => View::NotFound,
        }
    }

    /// The fragment, `#` included, that names this view; [`View::parse`] reads it back.
    pub fn address(&self) -> String {
        let id = |id: &str| percent_encode(id);
        match self {
            View::Start => "#/".to_string(),
            View::Assess {
                attempt_id,
                area: None,
            } => format!("#/assess/{}", id(attempt_id)),
            View::Assess {
                attempt_id,
                area: Some(area),
            } => format!("#/assess/{}/{}", id(attempt_id), area + 1),
            View::Review { attempt_id } => format!("#/review/{}", id(attempt_id)),
            View::Results { attempt_id } => format!("#/results/{}", id(attempt_id)),
            View::History => "#/history".to_string(),
            View::Team => "#/team".to_string(),
            View::Feedback { attempt_id } => format!("#/feedback/{}", id(attempt_id)),
            View::Invite { code } => format!("#/invite/{}", id(code)),
            View::Compare { first, second } => {
                format!("#/compare/{}/{}", id(first), id(second))
            }
            View::Privacy => "#/data".to_string(),
            View::Embed => "#/embed".to_string(),
            View::Shared { code } => format!("#{SHARE_PREFIX}{code}"),
            View::NotFound => "#/not-found".to_string(),
        }
    }

    /// Whether two views are the same screen and differ at most in the area of an
    /// attempt (moving between areas keeps the questionnaire, only its page changes).
    pub fn same_screen(&self, other: &View) -> bool {
        match (self, other) {
            (View::Assess { attempt_id: a, .. }, View::Assess { attempt_id: b, .. }) => a == b,
            _ => self == other,
        }
    }
}

/// `1` is the first area (index 0). Digits only: no sign, no spaces, no zero.
fn parse_area_number(text: &str) -> Option<usize> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: usize = text.parse().ok()?;
    (1..=MAX_AREA_NUMBER).contains(&number).then(|| number - 1)
}

/// Decodes `%XX` escapes in one path segment (`+` stays `+`); `None` for an empty
/// segment, a broken escape or text that is not UTF-8.
fn decode_segment(segment: &str) -> Option<String> {
    if segment.is_empty() {
        return None;
    }
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = segment.get(i + 1..i + 3)?;
            if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                return None;
            }
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

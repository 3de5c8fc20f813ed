//! A page's status or alert message as markup, for the live regions of the history and
//! "Your data" pages, which insert it in one step.

use crate::html::Html;

/// Whether a message reports success (announced politely) or an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Success,
    Error,
}

/// `<p class="message message-success">text</p>`, escaped; nothing for no text.
pub fn message(text: &str, tone: Tone) -> String {
    if text.is_empty() {
        return String::new();
    }
    let class = match tone {
        Tone::Success => "message message-success",
        Tone::Error => "message message-error",
    };
    let mut html = Html::new();
    html.element("p", &[("class", class)], text);
    html.finish()
}

//! "Share a link": the result's answers in a link's fragment, to copy.

use leptos::prelude::*;

use crate::browser::clipboard::copy_text;
use crate::browser::focus::select_all_on_focus;
use crate::browser::location::page_url;
use crate::core::attempt::Attempt;
use crate::core::framework::Framework;
use crate::core::share_code;
use crate::state::SHARE_PREFIX;

/// A link that carries the answers in its fragment (never sent to a server), so
/// someone else can open the same result read-only.
pub(super) fn share_panel(framework: &Framework, attempt: &Attempt) -> impl IntoView {
    let link = format!(
        "{}#{}{}",
        page_url(),
        SHARE_PREFIX,
        share_code::encode(framework, &attempt.answers)
    );
    let open = RwSignal::new(false);
    let status = RwSignal::new(String::new());
    let to_copy = link.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            status.set(match copy_text(&text).await {
                Ok(()) => "Link copied.".to_string(),
                Err(e) => e,
            });
        });
    };
    view! {
        <div class="share">
            <button
                type="button"
                class="button"
                aria-expanded=move || open.get().to_string()
                aria-controls="share-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                "Share a link"
            </button>
            <div id="share-panel" class="share-panel" hidden=move || !open.get()>
                <p class="hint">"Anyone with this link sees this result, read-only. The answers travel inside the link itself (after the #), so they are never sent to a server. Your examples are not included."</p>
                <label for="share-link">"Link to this result"</label>
                <input id="share-link" type="text" readonly=true value=link class="share-link" on:focus=|e| select_all_on_focus(&e)/>
                <button type="button" class="button" on:click=copy>"Copy link"</button>
                <p role="status" class="hint">{move || status.get()}</p>
            </div>
        </div>
    }
}

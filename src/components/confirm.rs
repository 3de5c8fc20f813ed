//! The inline "are you sure?" step before anything destructive (discarding answers,
//! deleting a result, deleting everything). Inline rather than `window.confirm`, which
//! sandboxed iframes block and screen readers announce poorly.
//!
//! ```ignore
//! let open = RwSignal::new(false);
//! view! {
//!     <button on:click=move |_| open.update(|o| *o = !*o) aria-expanded=...>"Delete"</button>
//!     <ConfirmPanel open label="Confirm deleting" message="Delete it?".to_string()
//!         confirm="Yes, delete it" cancel="Keep it" on_confirm on_cancel/>
//! }
//! ```

use leptos::prelude::*;

/// Shown while `open`: the question, a destructive confirm button and a safe way out.
#[component]
pub fn ConfirmPanel(
    open: RwSignal<bool>,
    /// Accessible name of the group, e.g. "Confirm deleting everything".
    #[prop(into)]
    label: String,
    #[prop(into)] message: Signal<String>,
    confirm: &'static str,
    cancel: &'static str,
    on_confirm: Callback<()>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let label = StoredValue::new(label);
    view! {
        <Show when=move || open.get()>
            <div class="confirm" role="group" aria-label=label.get_value()>
                <p>{move || message.get()}</p>
                <button type="button" class="button button-danger" on:click=move |_| on_confirm.run(())>
                    {confirm}
                </button>
                <button type="button" class="button" on:click=move |_| on_cancel.run(())>
                    {cancel}
                </button>
            </div>
        </Show>
    }
}

//! Links between screens: real `<a href="#/...">` elements, so a screen can be opened in
//! a new tab or its address copied, while a plain click stays in the page and goes
//! through app state (which decides whether the move adds a history entry).

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::browser::location::is_plain_click;
use crate::state::{use_app_state, View};

/// The click handler of a link to `view`: a plain click opens it in the page; a middle
/// click or a click with a modifier key is left to the browser (new tab, new window).
pub fn follow(view: View) -> impl Fn(MouseEvent) + Clone + 'static {
    let state = use_app_state();
    move |event: MouseEvent| {
        if is_plain_click(&event) {
            event.prevent_default();
            state.open(view.clone());
        }
    }
}

/// A link to another screen, e.g. `<Link to=View::History class="button">"History"</Link>`.
#[component]
pub fn Link(
    /// The screen it opens.
    to: View,
    #[prop(into, optional)] class: String,
    children: Children,
) -> impl IntoView {
    let href = to.address();
    view! {
        <a href=href class=class on:click=follow(to)>
            {children()}
        </a>
    }
}

//! The page frame: header with navigation, the notices, the current view, the footer.

use leptos::prelude::*;

use crate::browser::focus::focus_by_id;

use crate::browser::location::page_url;
use crate::components::assessment::AssessmentView;
use crate::components::compare::CompareView;
use crate::components::embed::EmbedView;
use crate::components::feedback::observer::InviteView;
use crate::components::feedback::FeedbackView;
use crate::components::history::HistoryView;
use crate::components::link::follow;
use crate::components::notices::Notices;
use crate::components::pending::Unavailable;
use crate::components::privacy::PrivacyView;
use crate::components::results::ResultsView;
use crate::components::review::ReviewView;
use crate::components::shared::SharedView;
use crate::components::start::StartView;
use crate::components::team::TeamView;
use crate::core::deploy::{footer_text, refusal_message};
use crate::core::start_page::{BRAND, NAV, SKIP_LINK};
use crate::state::{use_app_state, View};

#[component]
pub fn Shell() -> impl IntoView {
    let state = use_app_state();
    let nav = move |target: View, label: &'static str| {
        let current = {
            let target = target.clone();
            move || {
                state
                    .view()
                    .with(|v| std::mem::discriminant(v) == std::mem::discriminant(&target))
            }
        };
        let href = target.address();
        view! {
            <li>
                <a
                    href=href
                    class="nav-link"
                    aria-current=move || current().then_some("page")
                    on:click=follow(target)
                >
                    {label}
                </a>
            </li>
        }
    };
    // Moving between the areas of an attempt keeps the questionnaire (and its focus and
    // open panels); only another screen replaces it.
    let screen = Memo::new_with_compare(
        move |_| state.view().get(),
        |old, new| !matches!((old, new), (Some(old), Some(new)) if old.same_screen(new)),
    );
    // Embedded in a host page: no outer chrome, the host provides it.
    let embedded = state.is_embed_layout();
    view! {
        <div class="app" class:app-embedded=embedded>
            // The fragment names screens, so the skip link moves focus itself instead of
            // changing the address.
            <a class="skip-link" href="#main" on:click=skip_to_main>{SKIP_LINK}</a>
            <header class="site-header" hidden=embedded>
                <p class="brand">{BRAND}</p>
                <nav aria-label="Main">
                    <ul class="nav-list">
                        {NAV.map(|(label, target)| nav(target, label)).collect_view()}
                    </ul>
                </nav>
            </header>
            <Notices/>
            <main id="main" class="site-main" tabindex="-1">
                {move || match state.refused_parent() {
                    Some(parent) => refused(parent),
                    None => current_view(screen.get()),
                }}
            </main>
            <footer class="site-footer">
                <p>{move || footer_text(state.receiver().as_deref())}</p>
            </footer>
        </div>
    }
}

/// Framed by a page the deployer did not allow: the app does not run there, and offers
/// its own tab instead.
fn refused(parent: Option<String>) -> AnyView {
    let reason = refusal_message(parent.as_deref());
    view! {
        <section class="empty-state" aria-labelledby="refused-heading">
            <h1 id="refused-heading">"Yardstick cannot run inside this page"</h1>
            <p role="alert">{reason}</p>
            <p>
                <a class="button button-primary" href=page_url() target="_blank" rel="noopener">
                    "Open Yardstick in its own tab"
                </a>
            </p>
        </section>
    }
    .into_any()
}

fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    focus_by_id("main");
}

fn current_view(view: View) -> AnyView {
    match view {
        View::Start => view! { <StartView/> }.into_any(),
        View::Assess { attempt_id, .. } => view! { <AssessmentView attempt_id/> }.into_any(),
        View::Review { attempt_id } => view! { <ReviewView attempt_id/> }.into_any(),
        View::Results { attempt_id } => view! { <ResultsView attempt_id/> }.into_any(),
        View::History => view! { <HistoryView/> }.into_any(),
        View::Compare { first, second } => view! { <CompareView first second/> }.into_any(),
        View::Privacy => view! { <PrivacyView/> }.into_any(),
        View::Embed => view! { <EmbedView/> }.into_any(),
        View::Team => view! { <TeamView/> }.into_any(),
        View::Feedback { attempt_id } => view! { <FeedbackView attempt_id/> }.into_any(),
        View::Invite { code } => view! { <InviteView code/> }.into_any(),
        View::Shared { code } => view! { <SharedView code/> }.into_any(),
        View::NotFound => view! {
            <Unavailable
                title="There is nothing at this address"
                reason="The link may be mistyped, or from another version of Yardstick.".to_string()
            />
        }
        .into_any(),
    }
}

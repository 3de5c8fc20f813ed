//! The Embed page: builds the iframe snippet for an intranet or careers page.

use leptos::prelude::*;

use crate::components::focus::focus_on_arrival;

use crate::browser::clipboard::copy_text;
use crate::browser::location::page_url;
use crate::core::embed::{iframe_snippet, EmbedChoices, SANDBOX};
use crate::core::options::{normalise_origin, Theme};
use crate::state::use_app_state;

#[component]
pub fn EmbedView() -> impl IntoView {
    let state = use_app_state();
    let heading = focus_on_arrival();
    let role = RwSignal::new(String::new());
    let theme = RwSignal::new(Theme::Auto);
    let hide_scores = RwSignal::new(false);
    let origin = RwSignal::new(String::new());
    let height = RwSignal::new(900u32);
    let copied = RwSignal::new(String::new());

    let origin_error = Memo::new(move |_| {
        let value = origin.get();
        let value = value.trim();
        if value.is_empty() {
            None
        } else {
            normalise_origin(value).err().map(str::to_string)
        }
    });
    let snippet = Memo::new(move |_| {
        let parent_origin = {
            let value = origin.get();
            normalise_origin(value.trim()).ok()
        };
        iframe_snippet(&EmbedChoices {
            app_url: page_url(),
            role: Some(role.get()).filter(|r| !r.is_empty()),
            theme: theme.get(),
            hide_scores: hide_scores.get(),
            parent_origin,
            height: height.get(),
        })
    });
    let copy = move |_| {
        let text = snippet.get_untracked();
        leptos::task::spawn_local(async move {
            copied.set(match copy_text(&text).await {
                Ok(()) => "Snippet copied.".to_string(),
                Err(e) => e,
            });
        });
    };
    let theme_choice = move |value: Theme, label: &'static str| {
        let id = format!("embed-theme-{}", value.as_str());
        view! {
            <div class="choice">
                <input
                    type="radio"
                    id=id.clone()
                    name="embed-theme"
                    prop:checked=move || theme.get() == value
                    on:change=move |_| theme.set(value)
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <section class="embed" aria-labelledby="embed-heading">
            <h1 id="embed-heading" tabindex="-1" node_ref=heading>"Embed Yardstick in your site"</h1>
            <p>"Choose how the assessment should appear, then paste the snippet into your intranet or careers page. The snippet points at this copy of Yardstick; host your own copy to use your own frameworks."</p>
            <form class="embed-form" on:submit=|e| e.prevent_default()>
                <div class="field">
                    <label for="embed-role">"Role"</label>
                    <select id="embed-role" on:change=move |e| role.set(event_target_value(&e))>
                        <option value="" selected=true>"Let the person choose"</option>
                        {move || state.role_cards().into_iter().map(|card| {
                            view! { <option value=card.id.clone()>{card.title.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <fieldset class="field">
                    <legend>"Theme"</legend>
                    {theme_choice(Theme::Auto, "Follow the visitor's system setting")}
                    {theme_choice(Theme::Light, "Light")}
                    {theme_choice(Theme::Dark, "Dark")}
                </fieldset>
                <div class="field choice">
                    <input
                        type="checkbox"
                        id="embed-hide-scores"
                        prop:checked=move || hide_scores.get()
                        on:change=move |e| hide_scores.set(event_target_checked(&e))
                    />
                    <label for="embed-hide-scores">"Hide scores and levels (candidates see the narrative only)"</label>
                </div>
                <div class="field">
                    <label for="embed-origin">"Host page origin (receives the results)"</label>
                    <p class="hint" id="embed-origin-hint">"For example https://intranet.example.com. Leave empty and no answers or results ever leave the frame."</p>
                    <input
                        type="url"
                        id="embed-origin"
                        inputmode="url"
                        aria-describedby="embed-origin-hint embed-origin-error"
                        aria-invalid=move || origin_error.get().is_some().to_string()
                        prop:value=move || origin.get()
                        on:input=move |e| origin.set(event_target_value(&e))
                    />
                    <p class="field-error" id="embed-origin-error" aria-live="polite">
                        {move || origin_error.get().map(|e| format!("Not used: {e}"))}
                    </p>
                </div>
                <div class="field">
                    <label for="embed-height">"Frame height in pixels"</label>
                    <input
                        type="number"
                        id="embed-height"
                        min="400"
                        max="4000"
                        step="50"
                        prop:value=move || height.get().to_string()
                        on:input=move |e| {
                            if let Ok(h) = event_target_value(&e).parse::<u32>() {
                                height.set(h.clamp(400, 4000));
                            }
                        }
                    />
                </div>
            </form>
            <h2>"Your snippet"</h2>
            <label for="embed-snippet" class="visually-hidden">"Iframe snippet"</label>
            <textarea id="embed-snippet" class="snippet" rows="6" readonly=true prop:value=move || snippet.get()></textarea>
            <div class="step-nav">
                <button type="button" class="button button-primary" on:click=copy>"Copy snippet"</button>
            </div>
            <p role="status" class="hint">{move || copied.get()}</p>
            <h2>"What the sandbox allows"</h2>
            <p>{format!("sandbox=\"{SANDBOX}\": scripts (the app is WebAssembly), its own storage, downloads for exports, and the print dialog. It cannot navigate your page, open pop-ups or submit forms.")}</p>
        </section>
    }
}

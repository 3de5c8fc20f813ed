//! Strengths and growth areas, each growth area with development actions and interview
//! questions to practise.

use leptos::prelude::*;

use crate::core::results_page::{FocusCard, FocusSections, NO_STRENGTHS};

pub(super) fn focus_sections(sections: FocusSections) -> impl IntoView {
    let strengths = if sections.strengths.is_empty() {
        view! { <p>{NO_STRENGTHS}</p> }.into_any()
    } else {
        view! {
            <ul class="focus-list">
                {sections.strengths.into_iter().map(|card| view! {
                    <li class="strength">
                        <p class="focus-title">
                            <strong>{card.name}</strong>
                            <span class="focus-figures">{card.figures}</span>
                        </p>
                        <p class="focus-note">{card.note}</p>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="results-section" aria-labelledby="strengths-heading">
            <h2 id="strengths-heading">"Strengths"</h2>
            {strengths}
        </section>
        <section class="results-section" aria-labelledby="growth-heading">
            <h2 id="growth-heading">"Where to grow"</h2>
            {sections.growth.into_iter().map(growth_card).collect_view()}
        </section>
    }
}

fn growth_card(card: FocusCard) -> impl IntoView {
    let class = if card.stretch {
        "growth card growth-stretch"
    } else {
        "growth card"
    };
    view! {
        <article class=class>
            <h3 class="focus-title">
                {card.name}
                <span class="focus-figures">{card.figures}</span>
            </h3>
            <p class="focus-note">{card.note}</p>
            <div class="growth-lists">
                <div>
                    <h4>"Development actions"</h4>
                    <ul>
                        {card.development_actions.into_iter().map(|a| view! { <li>{a}</li> }).collect_view()}
                    </ul>
                </div>
                <div>
                    <h4>"Practise for interviews"</h4>
                    <ul>
                        {card.practice_questions.into_iter().map(|q| view! { <li>{q}</li> }).collect_view()}
                    </ul>
                </div>
            </div>
        </article>
    }
}

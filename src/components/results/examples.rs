//! "Your examples": what the person wrote for the evidence prompts, by area.

use leptos::prelude::*;

use crate::core::evidence::EvidenceGroup;

/// Nothing when the person wrote no example.
pub(super) fn examples_section(groups: Vec<EvidenceGroup>) -> impl IntoView {
    (!groups.is_empty()).then(|| {
        view! {
            <section class="results-section examples" aria-labelledby="examples-heading">
                <h2 id="examples-heading">"Your examples"</h2>
                {groups.into_iter().map(|group| view! {
                    <h3>{group.dimension_name}</h3>
                    {group.entries.into_iter().map(|entry| view! {
                        <div class="example card">
                            <p class="example-prompt">{entry.prompt}</p>
                            <p class="example-text">{entry.text}</p>
                        </div>
                    }).collect_view()}
                }).collect_view()}
            </section>
        }
    })
}

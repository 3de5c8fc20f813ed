//! One component per item type. Each shows its item and reports a new answer through
//! `on_answer`; none of them stores anything itself.

use leptos::prelude::*;

use crate::core::answers::Answer;
use crate::core::explain::letter;
use crate::core::framework::{Item, ItemKind, Scales};

/// Renders `item` with its current answer.
#[component]
pub fn ItemView(
    item: Item,
    scales: Scales,
    #[prop(into)] answer: Signal<Option<Answer>>,
    on_answer: Callback<Option<Answer>>,
) -> impl IntoView {
    let id = item.id.clone();
    match item.kind {
        ItemKind::Behaviour { text, scale, .. } => {
            // The validator guarantees the scale exists; an empty list is the safe fallback.
            let labels = scales.rating(&scale).map(|s| s.labels.to_vec()).unwrap_or_default();
            view! { <BehaviourItem id text labels answer on_answer/> }.into_any()
        }
        ItemKind::Anchored {
            prompt, anchors, ..
        } => {
            view! { <AnchoredItem id prompt anchors=anchors.to_vec() level_names=scales.anchored.to_vec() answer on_answer/> }.into_any()
        }
        ItemKind::Scenario { situation, responses } => {
            let responses = responses.iter().map(|r| r.text.clone()).collect();
            view! { <ScenarioItem id situation responses answer on_answer/> }.into_any()
        }
        ItemKind::Evidence { prompt, max_chars } => {
            view! { <EvidenceItem id prompt max_chars answer on_answer/> }.into_any()
        }
    }
}

/// The unscored answers every statement offers besides its rating scale.
const NOT_APPLICABLE: &str = "Hasn't come up";
const PREFER_NOT: &str = "Prefer not to answer";

/// Number keys pick the n-th option of a radio group, as a shortcut; arrow keys already
/// move within the group natively.
fn number_shortcut(event: &leptos::ev::KeyboardEvent, options: usize) -> Option<usize> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return None;
    }
    let digit = event.key().parse::<usize>().ok()?;
    (1..=options).contains(&digit).then(|| digit - 1)
}

#[component]
fn BehaviourItem(
    id: String,
    text: String,
    labels: Vec<String>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Option<Answer>>,
) -> impl IntoView {
    let ratings = labels.len();
    let choices: Vec<(Answer, String)> = labels
        .iter()
        .zip(1u8..)
        .map(|(label, value)| (Answer::Rating { value }, format!("{value} · {label}")))
        .chain([
            (Answer::NotApplicable, NOT_APPLICABLE.to_string()),
            (Answer::PreferNot, PREFER_NOT.to_string()),
        ])
        .collect();
    let keyed: Vec<Answer> = choices.iter().map(|(a, _)| a.clone()).collect();
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if let Some(index) = number_shortcut(&event, ratings) {
            event.prevent_default();
            on_answer.run(keyed.get(index).cloned());
        }
    };
    view! {
        <fieldset class="item item-behaviour" id=format!("item-{id}") on:keydown=on_key>
            <legend class="item-text">{text}</legend>
            <div class="scale" role="presentation">
                {choices
                    .into_iter()
                    .enumerate()
                    .map(|(n, (choice, label))| {
                        let input_id = format!("{id}-{n}");
                        let checked_choice = choice.clone();
                        let class = if matches!(choice, Answer::Rating { .. }) { "choice" } else { "choice choice-skip" };
                        view! {
                            <div class=class>
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=id.clone()
                                    prop:checked=move || answer.get().as_ref() == Some(&checked_choice)
                                    on:change=move |_| on_answer.run(Some(choice.clone()))
                                />
                                <label for=input_id>{label}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn AnchoredItem(
    id: String,
    prompt: String,
    anchors: Vec<String>,
    level_names: Vec<String>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Option<Answer>>,
) -> impl IntoView {
    let on_key = move |event: leptos::ev::KeyboardEvent| {
        if let Some(index) = number_shortcut(&event, 4) {
            event.prevent_default();
            on_answer.run(Some(Answer::Level { value: index as u8 }));
        }
    };
    view! {
        <fieldset class="item item-anchored" id=format!("item-{id}") on:keydown=on_key>
            <legend class="item-text">{prompt}</legend>
            <div class="anchors">
                {anchors
                    .into_iter()
                    .zip(level_names)
                    .zip(0u8..)
                    .map(|((anchor, level), value)| {
                        let input_id = format!("{id}-{value}");
                        view! {
                            <div class="choice choice-anchor">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=id.clone()
                                    prop:checked=move || answer.get() == Some(Answer::Level { value })
                                    on:change=move |_| on_answer.run(Some(Answer::Level { value }))
                                />
                                <label for=input_id>
                                    <span class="anchor-level">{level}</span>
                                    <span class="anchor-text">{anchor}</span>
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn ScenarioItem(
    id: String,
    situation: String,
    responses: Vec<String>,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Option<Answer>>,
) -> impl IntoView {
    // A half-made choice lives here until both picks exist; only a complete judgement
    // is an answer.
    let picked = move || match answer.get() {
        Some(Answer::Judgement { most, least }) => (Some(most), Some(least)),
        _ => (None, None),
    };
    let most = RwSignal::new(picked().0);
    let least = RwSignal::new(picked().1);
    Effect::new(move |_| {
        let (m, l) = picked();
        if m.is_some() {
            most.set(m);
            least.set(l);
        }
    });
    let commit = move || {
        if let (Some(most), Some(least)) = (most.get_untracked(), least.get_untracked()) {
            if most != least {
                on_answer.run(Some(Answer::Judgement { most, least }));
            }
        }
    };
    let group_id = id.clone();
    let group_responses = responses.len();
    let group = move |role: &'static str,
                      mine: RwSignal<Option<u8>>,
                      other: RwSignal<Option<u8>>| {
        let legend = if role == "most" {
            "Most effective response"
        } else {
            "Least effective response"
        };
        let name = format!("{group_id}-{role}");
        let options = group_responses;
        let on_key = move |event: leptos::ev::KeyboardEvent| {
            if let Some(index) = number_shortcut(&event, options) {
                event.prevent_default();
                let index = index as u8;
                if other.get_untracked() != Some(index) {
                    mine.set(Some(index));
                    commit();
                }
            }
        };
        view! {
            <fieldset class=format!("judgement judgement-{role}") on:keydown=on_key>
                <legend>{legend}</legend>
                {(0..options as u8)
                    .map(|index| {
                        let input_id = format!("{name}-{index}");
                        view! {
                            <div class="choice choice-response">
                                <input
                                    type="radio"
                                    id=input_id.clone()
                                    name=name.clone()
                                    prop:checked=move || mine.get() == Some(index)
                                    disabled=move || other.get() == Some(index)
                                    on:change=move |_| {
                                        mine.set(Some(index));
                                        commit();
                                    }
                                />
                                <label for=input_id>{format!("Response {}", letter(index))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    };
    let status = move || match (most.get(), least.get()) {
        (Some(_), Some(_)) => String::new(),
        (Some(_), None) => "Now pick the least effective response.".to_string(),
        (None, Some(_)) => "Now pick the most effective response.".to_string(),
        (None, None) => String::new(),
    };
    let item_id = format!("item-{id}");
    view! {
        <div class="item item-scenario" id=item_id role="group" aria-labelledby=format!("{id}-situation")>
            <p class="item-text" id=format!("{id}-situation")>{situation.clone()}</p>
            <ol class="responses" type="A">
                {responses.iter().map(|r| view! { <li>{r.clone()}</li> }).collect_view()}
            </ol>
            <div class="judgements">
                {group("most", most, least)}
                {group("least", least, most)}
            </div>
            <p class="hint" aria-live="polite">{status}</p>
        </div>
    }
}

#[component]
fn EvidenceItem(
    id: String,
    prompt: String,
    max_chars: usize,
    answer: Signal<Option<Answer>>,
    on_answer: Callback<Option<Answer>>,
) -> impl IntoView {
    let text = move || match answer.get() {
        Some(Answer::Evidence { text }) => text,
        _ => String::new(),
    };
    let count = move || text().chars().count();
    let input_id = format!("{id}-text");
    let counter_id = format!("{id}-count");
    view! {
        <div class="item item-evidence" id=format!("item-{id}")>
            <label for=input_id.clone() class="item-text">
                {prompt}
                <span class="optional">" (optional)"</span>
            </label>
            <p class="hint">"Context: the situation. Action: what you did. Result: what changed, with a number if you have one."</p>
            <textarea
                id=input_id
                rows="5"
                maxlength=max_chars
                aria-describedby=counter_id.clone()
                prop:value=text
                on:input=move |event| {
                    let value: String = event_target_value(&event).chars().take(max_chars).collect();
                    on_answer.run((!value.trim().is_empty()).then_some(Answer::Evidence { text: value }));
                }
            ></textarea>
            <p class="counter" id=counter_id>
                {move || {
                    let used = count();
                    if max_chars - used.min(max_chars) <= 50 {
                        format!("{used} of {max_chars} characters: {} left", max_chars - used.min(max_chars))
                    } else {
                        format!("{used} of {max_chars} characters")
                    }
                }}
            </p>
        </div>
    }
}

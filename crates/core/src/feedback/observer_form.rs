//! The observer's page as markup, and reading its answers back.
//!
//! The page is one form: who is asking and what happens to the answers, the
//! relationship, then every observer question ([`super::observer::observer_items`]) in
//! its observer wording, grouped by area, each with "Can't say". Writing it as one
//! string costs a fraction of the WebAssembly of building each radio button through the
//! UI framework, and lets its structure be tested natively. The page reads the checked
//! radio buttons back as `(name, value)` pairs and hands them to [`read_observer_form`].
//!
//! | field | name | values |
//! | --- | --- | --- |
//! | relationship | `relationship` | `manager`, `peer`, `direct-report`, `other` |
//! | question *n* (from 1) | `q-<n>` | a statement's rating `1`–`5`, an anchored level `0`–`3`, or `cant-say` |
//!
//! ```
//! use yardstick_core::feedback::invitation::Invitation;
//! use yardstick_core::feedback::observer_form::{observer_form_markup, read_observer_form};
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//! let invitation = Invitation::new(&framework, [1; 8], "Alex").unwrap();
//! let html = observer_form_markup(&framework, &invitation);
//! assert!(html.contains("name=\"q-1\""));
//! let gaps = read_observer_form(&framework, &[]).unwrap_err();
//! assert!(gaps.relationship_missing);
//! ```

use super::invitation::Invitation;
use super::observer::{observer_items, observer_wording, ObserverWording};
use super::response_code::{ObserverAnswer, ObserverAnswers, Relationship};
use crate::framework::{Framework, Item};
use crate::html::Html;

/// `name` of the relationship radio buttons.
pub const RELATIONSHIP_FIELD: &str = "relationship";
/// `id` of the relationship fieldset, to move focus to when it is missing.
pub const RELATIONSHIP_ID: &str = "observer-relationship";
/// `value` of every "Can't say" radio button.
pub const CANT_SAY_VALUE: &str = "cant-say";
/// Label of the "Can't say" choice.
pub const CANT_SAY_LABEL: &str = "Can't say";
/// Seconds an observer takes per question, on average, for the time estimate: a
/// considered rating of someone else is slower than of oneself.
const SECONDS_PER_QUESTION: usize = 12;

/// The value of a relationship's radio button.
pub fn relationship_value(relationship: Relationship) -> &'static str {
    match relationship {
        Relationship::Manager => "manager",
        Relationship::Peer => "peer",
        Relationship::DirectReport => "direct-report",
        Relationship::Other => "other",
    }
}

/// The name of question `number` (counting from 1): `q-<number>`, also its fieldset id.
pub fn question_name(number: usize) -> String {
    format!("q-{number}")
}

/// How the page refers to the person who asked: their name from the invitation, or a
/// neutral phrase.
pub fn subject(invitation: &Invitation) -> &str {
    invitation
        .subject_name()
        .unwrap_or("the person who sent you this link")
}

/// Why an invitation cannot be answered on this site: the role, in the exact version
/// it names, is not here (answers are packed by position, so no other version will do).
pub fn version_unavailable_message(invitation: &Invitation) -> String {
    format!(
        "It asks about the role \u{201c}{}\u{201d}, version {}, which this copy of Yardstick does not have. Ask {} for a new link.",
        invitation.framework_id(),
        invitation.framework_version(),
        subject(invitation)
    )
}

/// The page's heading.
pub fn observer_title(invitation: &Invitation) -> String {
    match invitation.subject_name() {
        Some(name) => format!("Feedback for {name}"),
        None => "Feedback for a colleague".to_string(),
    }
}

/// How many questions an observer is asked.
pub fn question_count(framework: &Framework) -> usize {
    observer_items(framework).count()
}

/// "12 of 34 questions answered", counting "Can't say" as an answer.
pub fn answered_text(framework: &Framework, checked: &[(String, String)]) -> String {
    let total = question_count(framework);
    let answered = (1..=total)
        .filter(|n| {
            let name = question_name(*n);
            checked.iter().any(|(field, _)| *field == name)
        })
        .count();
    format!("{answered} of {total} questions answered")
}

/// The introduction and the whole form (relationship and questions), without the
/// submit button, which the page adds.
pub fn observer_form_markup(framework: &Framework, invitation: &Invitation) -> String {
    let who = subject(invitation);
    let questions = question_count(framework);
    let minutes = (questions * SECONDS_PER_QUESTION).div_ceil(60).max(1);
    let mut html = Html::new();
    html.open("div", &[("class", "observer-intro")]);
    html.element(
        "p",
        &[("class", "lead")],
        &format!(
            "{} has taken the self-assessment \u{201c}{}\u{201d} and would like to know how you see them at work. There are {questions} questions; most people take about {minutes} minutes.",
            invitation
                .subject_name()
                .unwrap_or("The person who sent you this link"),
            framework.title
        ),
    );
    html.element(
        "p",
        &[],
        "Answer from what you have seen yourself in the last six months. Where you have not seen enough to answer, choose \"Can't say\": a guess would blur the picture rather than sharpen it.",
    );
    html.open("div", &[("class", "callout observer-privacy")])
        .element(
            "h2",
            &[("class", "callout-title")],
            "What happens to your answers",
        )
        .open("ul", &[]);
    for line in [
        "This page stores nothing and sends nothing. Your answers stay in this tab until you make your response code, and are gone if you close or reload it before then.".to_string(),
        format!("At the end you get a response code (and a file, if you prefer) to send to {who} by any channel you like."),
        "The code carries your answers. Yardstick shows them only averaged with at least two other people's, never on their own, except a manager's: a manager's answers are shown on their own, labelled as the manager's.".to_string(),
    ] {
        html.element("li", &[], &line);
    }
    html.close("ul").close("div").close("div");

    html.open(
        "fieldset",
        &[
            ("class", "item observer-relationship"),
            ("id", RELATIONSHIP_ID),
        ],
    )
    .element(
        "legend",
        &[("class", "item-text")],
        &format!("How do you work with {who}?"),
    )
    .open(
        "div",
        &[
            ("class", "scale scale-relationship"),
            ("role", "presentation"),
        ],
    );
    for relationship in Relationship::ALL {
        let value = relationship_value(relationship);
        let id = format!("relationship-{value}");
        html.open("div", &[("class", "choice")])
            .empty(
                "input",
                &[
                    ("type", "radio"),
                    ("id", &id),
                    ("name", RELATIONSHIP_FIELD),
                    ("value", value),
                ],
            )
            .element("label", &[("for", &id)], relationship.observer_label())
            .close("div");
    }
    html.close("div").element(
        "p",
        &[("class", "hint")],
        "If you are their manager, your answers will be shown to them on their own, as their manager's view.",
    );
    html.close("fieldset");

    let mut number = 0;
    let mut current_dimension: Option<&str> = None;
    for (dimension, item) in observer_items(framework) {
        if current_dimension != Some(dimension.id.as_str()) {
            if current_dimension.is_some() {
                html.close("section");
            }
            current_dimension = Some(&dimension.id);
            let heading_id = format!("observer-area-{}", dimension.id);
            html.open(
                "section",
                &[("class", "observer-area"), ("aria-labelledby", &heading_id)],
            )
            .element("h2", &[("id", &heading_id)], &dimension.name);
        }
        number += 1;
        question_markup(&mut html, framework, item, number);
    }
    if current_dimension.is_some() {
        html.close("section");
    }
    html.finish()
}

/// One radio button: its value, its label, and an anchored item's description.
type Choice = (String, String, Option<String>);

fn question_markup(html: &mut Html, framework: &Framework, item: &Item, number: usize) {
    let name = question_name(number);
    let Some(wording) = observer_wording(item) else {
        // A framework without observer wording is refused before the page is shown.
        return;
    };
    let (class, legend, choices): (&str, &str, Vec<Choice>) = match wording {
        ObserverWording::Statement(text) => {
            let labels = match &item.kind {
                crate::framework::ItemKind::Behaviour { scale, .. } => framework
                    .scales
                    .rating(scale)
                    .map(|s| s.labels.to_vec())
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            let choices = labels
                .iter()
                .zip(1u8..)
                .map(|(label, value)| (value.to_string(), format!("{value} · {label}"), None))
                .collect();
            ("item item-behaviour", text, choices)
        }
        ObserverWording::Anchored(anchored) => {
            let choices = anchored
                .anchors
                .iter()
                .zip(framework.scales.anchored.iter())
                .zip(0u8..)
                .map(|((anchor, level), value)| {
                    (value.to_string(), level.clone(), Some(anchor.clone()))
                })
                .collect();
            ("item item-anchored", anchored.prompt.as_str(), choices)
        }
    };
    let anchored = class.ends_with("anchored");
    html.open("fieldset", &[("class", class), ("id", &name)])
        .open("legend", &[("class", "item-text")])
        .element(
            "span",
            &[("class", "observer-number")],
            &format!("{number}. "),
        )
        .text(legend)
        .close("legend")
        .open(
            "div",
            &[
                ("class", if anchored { "anchors" } else { "scale" }),
                ("role", "presentation"),
            ],
        );
    for (k, (value, label, anchor)) in choices.iter().enumerate() {
        let id = format!("{name}-{k}");
        let choice_class = if anchored {
            "choice choice-anchor"
        } else {
            "choice"
        };
        html.open("div", &[("class", choice_class)]).empty(
            "input",
            &[
                ("type", "radio"),
                ("id", &id),
                ("name", &name),
                ("value", value),
            ],
        );
        match anchor {
            Some(anchor) => {
                html.open("label", &[("for", &id)])
                    .element("span", &[("class", "anchor-level")], label)
                    .element("span", &[("class", "anchor-text")], anchor)
                    .close("label");
            }
            None => {
                html.element("label", &[("for", &id)], label);
            }
        }
        html.close("div");
    }
    let id = format!("{name}-cant-say");
    html.open("div", &[("class", "choice choice-skip")])
        .empty(
            "input",
            &[
                ("type", "radio"),
                ("id", &id),
                ("name", &name),
                ("value", CANT_SAY_VALUE),
            ],
        )
        .element("label", &[("for", &id)], CANT_SAY_LABEL)
        .close("div");
    html.close("div").close("fieldset");
}

/// What the observer still has to answer before a code can be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormGaps {
    pub relationship_missing: bool,
    /// Question numbers (from 1) with neither an answer nor "Can't say".
    pub unanswered: Vec<usize>,
    /// Every question was answered "Can't say": a response with nothing in it.
    pub nothing_rated: bool,
}

impl FormGaps {
    /// What the page says, naming up to five question numbers.
    pub fn message(&self) -> String {
        let mut parts = Vec::new();
        if self.relationship_missing {
            parts.push("Choose how you work with them, at the top.".to_string());
        }
        match self.unanswered.len() {
            0 => {}
            1 => parts.push(format!(
                "Question {} has no answer yet: pick one, or \"Can't say\".",
                self.unanswered[0]
            )),
            n => {
                let shown: Vec<String> = self
                    .unanswered
                    .iter()
                    .take(5)
                    .map(usize::to_string)
                    .collect();
                let more = if n > 5 {
                    format!(" and {} more", n - 5)
                } else {
                    String::new()
                };
                parts.push(format!(
                    "{n} questions have no answer yet ({}{more}): pick one for each, or \"Can't say\".",
                    shown.join(", ")
                ));
            }
        }
        if self.nothing_rated {
            parts.push("Every question is \"Can't say\", so there is nothing to send. Answer the ones you have seen, even a few.".to_string());
        }
        parts.join(" ")
    }

    /// The `id` of the first control to fix (its first radio button), for focus.
    pub fn first_id(&self) -> String {
        if self.relationship_missing {
            format!("relationship-{}", relationship_value(Relationship::Manager))
        } else {
            let number = self.unanswered.first().copied().unwrap_or(1);
            format!("{}-0", question_name(number))
        }
    }
}

/// Reads the checked radio buttons (`(name, value)` pairs) into the relationship and
/// the answers by item id. Every question needs an answer or "Can't say", and at least
/// one needs an answer; values that are not the form's own are ignored, as if unchecked.
pub fn read_observer_form(
    framework: &Framework,
    checked: &[(String, String)],
) -> Result<(Relationship, ObserverAnswers), FormGaps> {
    let value_of = |name: &str| {
        checked
            .iter()
            .find(|(field, _)| field == name)
            .map(|(_, value)| value.as_str())
    };
    let relationship = value_of(RELATIONSHIP_FIELD).and_then(|value| {
        Relationship::ALL
            .into_iter()
            .find(|r| relationship_value(*r) == value)
    });
    let mut answers = ObserverAnswers::new();
    let mut unanswered = Vec::new();
    for (index, (_, item)) in observer_items(framework).enumerate() {
        let number = index + 1;
        let answer = value_of(&question_name(number)).and_then(|value| parse_answer(item, value));
        match answer {
            Some(answer) => {
                answers.insert(item.id.clone(), answer);
            }
            None => unanswered.push(number),
        }
    }
    let nothing_rated =
        unanswered.is_empty() && answers.values().all(|a| *a == ObserverAnswer::CantSay);
    match relationship {
        Some(relationship) if unanswered.is_empty() && !nothing_rated => {
            Ok((relationship, answers))
        }
        _ => Err(FormGaps {
            relationship_missing: relationship.is_none(),
            unanswered,
            nothing_rated,
        }),
    }
}

fn parse_answer(item: &Item, value: &str) -> Option<ObserverAnswer> {
    if value == CANT_SAY_VALUE {
        return Some(ObserverAnswer::CantSay);
    }
    let number: u8 = value.parse().ok()?;
    let answer = match &item.kind {
        crate::framework::ItemKind::Behaviour { .. } => ObserverAnswer::Rating { value: number },
        _ => ObserverAnswer::Level { value: number },
    };
    answer.fits(item).then_some(answer)
}

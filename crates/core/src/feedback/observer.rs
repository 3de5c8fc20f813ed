//! What an observer is asked: the behaviour statements and anchored items of the
//! framework's capability dimensions, in their observer wording.
//!
//! Scenarios and evidence prompts are never asked of observers: a scenario tests the
//! person's own judgement, and an example is the person's own story. Preparation
//! dimensions (stories written, answers rehearsed) are left out too, since nobody else
//! can see how far someone has prepared. A framework can be used for invitations only
//! when every question an observer is asked has observer wording, so no observer is
//! ever shown a first-person statement about themselves.
//!
//! ```
//! use yardstick_core::feedback::observer::{observer_ready, NotObserverReady};
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! let Err(NotObserverReady::MissingWording { item_ids, questions }) = observer_ready(&framework) else {
//!     panic!("the fixture has no observer wording");
//! };
//! assert_eq!((item_ids.len(), questions), (4, 4));
//! ```

use crate::framework::{Dimension, Framework, Item, ItemKind, ObserverAnchored};

/// How many missing item ids [`NotObserverReady`]'s message names before "and N more".
const NAMED_IN_MESSAGE: usize = 5;

/// A question as an observer reads it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ObserverWording<'a> {
    /// A statement about the person, rated on the statement's own scale.
    Statement(&'a str),
    /// An anchored item's prompt and four anchors in the third person.
    Anchored(&'a ObserverAnchored),
}

/// Why a framework cannot be used to invite feedback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotObserverReady {
    /// The framework has no statement or anchored item in a capability dimension, so
    /// there is nothing an observer could be asked.
    NoObserverQuestions,
    /// These items (ids, in framework order) have no observer wording; `questions` is
    /// how many questions an observer would be asked in all.
    MissingWording {
        item_ids: Vec<String>,
        questions: usize,
    },
}

impl std::fmt::Display for NotObserverReady {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotObserverReady::NoObserverQuestions => f.write_str(
                "This framework cannot be used to invite feedback: it has no statements or anchored questions that someone else could answer about you.",
            ),
            NotObserverReady::MissingWording {
                item_ids,
                questions,
            } => {
                let missing = item_ids.len();
                let verb = if missing == 1 { "has" } else { "have" };
                write!(
                    f,
                    "This framework cannot be used to invite feedback: {missing} of its {questions} questions {verb} no wording for observers ("
                )?;
                let named = item_ids.iter().take(NAMED_IN_MESSAGE);
                for (index, id) in named.enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(id)?;
                }
                if missing > NAMED_IN_MESSAGE {
                    write!(f, " and {} more", missing - NAMED_IN_MESSAGE)?;
                }
                f.write_str("). Each statement needs \"observer_text\" and each anchored question \"observer_prompt\" and \"observer_anchors\".")
            }
        }
    }
}

impl std::error::Error for NotObserverReady {}

/// The items an observer is asked, with their dimensions, in framework order: the
/// behaviour statements and anchored items of the capability dimensions. Response codes
/// store one field per item of this list, in this order.
pub fn observer_items(framework: &Framework) -> impl Iterator<Item = (&Dimension, &Item)> {
    framework
        .capability_dimensions()
        .flat_map(|dimension| dimension.items.iter().map(move |item| (dimension, item)))
        .filter(|(_, item)| is_observer_question(item))
}

/// Whether `item` is of a type observers answer (a statement or an anchored item). The
/// item must also be in a capability dimension to be asked; see [`observer_items`].
pub fn is_observer_question(item: &Item) -> bool {
    matches!(
        item.kind,
        ItemKind::Behaviour { .. } | ItemKind::Anchored { .. }
    )
}

/// The observer wording of `item`, if it is an observer question and has one.
pub fn observer_wording(item: &Item) -> Option<ObserverWording<'_>> {
    match &item.kind {
        ItemKind::Behaviour { observer_text, .. } => {
            observer_text.as_deref().map(ObserverWording::Statement)
        }
        ItemKind::Anchored { observer, .. } => observer.as_ref().map(ObserverWording::Anchored),
        _ => None,
    }
}

/// Whether `framework` can be used for invitations: every question observers are asked
/// ([`observer_items`]) has observer wording, and there is at least one.
pub fn observer_ready(framework: &Framework) -> Result<(), NotObserverReady> {
    let mut questions = 0;
    let mut item_ids = Vec::new();
    for (_, item) in observer_items(framework) {
        questions += 1;
        if observer_wording(item).is_none() {
            item_ids.push(item.id.clone());
        }
    }
    if questions == 0 {
        Err(NotObserverReady::NoObserverQuestions)
    } else if item_ids.is_empty() {
        Ok(())
    } else {
        Err(NotObserverReady::MissingWording {
            item_ids,
            questions,
        })
    }
}

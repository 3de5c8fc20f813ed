//! A preparation dimension reported as what it is: a checklist of things done to get
//! ready, with a status, instead of a score and a level. Someone who has not started
//! preparing is told so; the overall result never calls that "meets the bar".
//!
//! A statement counts as done when it is rated at [`DONE_FROM`] or higher on its
//! five-point scale ("Mostly true" or "Completely true" on the accuracy scale).
//!
//! ```
//! use yardstick_core::preparation::{Status, status_of};
//! assert_eq!(status_of(0, 5, 5), Some(Status::NotStarted));
//! assert_eq!(status_of(2, 5, 5), Some(Status::UnderWay { done: 2, of: 5 }));
//! assert_eq!(status_of(5, 5, 5), Some(Status::Done));
//! assert_eq!(status_of(0, 0, 5), None); // nothing answered: nothing to say
//! ```

use crate::answers::{Answer, Answers};
use crate::framework::{Action, Framework, ItemKind};

/// The lowest rating (1..=5) that counts a preparation statement as done.
pub const DONE_FROM: u8 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No preparation statement is done.
    NotStarted,
    /// Some are done.
    UnderWay { done: usize, of: usize },
    /// Every one is done.
    Done,
}

/// The status from `done` statements of `of`, when at least one was `answered`.
pub fn status_of(done: usize, answered: usize, of: usize) -> Option<Status> {
    if answered == 0 || of == 0 {
        return None;
    }
    Some(match done {
        0 => Status::NotStarted,
        d if d >= of => Status::Done,
        d => Status::UnderWay { done: d, of },
    })
}

/// One statement of the checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub item_id: String,
    pub text: String,
    pub done: bool,
}

/// The preparation part of a result.
#[derive(Clone, Debug, PartialEq)]
pub struct Preparation {
    pub name: String,
    pub status: Status,
    /// `"Not yet started"`, `"Under way: 2 of 5 done"`, `"Done"` ([`status_text`]).
    pub status_text: String,
    /// A sentence on what the status means for the result.
    pub note: String,
    pub steps: Vec<Step>,
    /// The dimension's actions for steps not done yet, in file order.
    pub next: Vec<String>,
}

/// The preparation report of `framework`'s preparation dimension, if it has one and
/// any of its statements was answered.
pub fn preparation(framework: &Framework, answers: &Answers) -> Option<Preparation> {
    let dimension = framework.preparation_dimension()?;
    let mut steps = Vec::new();
    let mut answered = 0;
    for item in &dimension.items {
        let ItemKind::Behaviour { text, .. } = &item.kind else {
            continue;
        };
        let rating = match answers.get(&item.id) {
            Some(Answer::Rating { value }) => Some(*value),
            _ => None,
        };
        answered += usize::from(rating.is_some());
        steps.push(Step {
            item_id: item.id.clone(),
            text: text.clone(),
            done: rating.is_some_and(|r| r >= DONE_FROM),
        });
    }
    let done = steps.iter().filter(|s| s.done).count();
    let status = status_of(done, answered, steps.len())?;
    let note = match status {
        Status::NotStarted =>
            "None of the preparation steps is done yet. Your other answers describe how you work; an interview also tests how well you can show it, so start with the steps below.",
        Status::UnderWay { .. } =>
            "Some preparation is done. The steps still open are listed below with what to do next.",
        Status::Done =>
            "Every preparation step is done. Keep your stories current and rehearse them again close to the interview.",
    }
    .to_string();
    let open: Vec<&str> = steps
        .iter()
        .filter(|s| !s.done)
        .map(|s| s.item_id.as_str())
        .collect();
    let next = dimension
        .development_actions
        .iter()
        .filter(|a| addresses_any(a, &open))
        .map(|a| a.text.clone())
        .collect();
    Some(Preparation {
        name: dimension.name.clone(),
        status,
        status_text: status_text(status, true),
        note,
        steps,
        next,
    })
}

/// The status in words: with counts (`"Under way: 2 of 5 done"`) or without, for pages
/// that show no figures (`scores=hidden`: `"Under way"`).
pub fn status_text(status: Status, with_counts: bool) -> String {
    match status {
        Status::NotStarted => "Not yet started".to_string(),
        Status::UnderWay { done, of } if with_counts => format!("Under way: {done} of {of} done"),
        Status::UnderWay { .. } => "Under way".to_string(),
        Status::Done => "Done".to_string(),
    }
}

fn addresses_any(action: &Action, ids: &[&str]) -> bool {
    action.addresses.iter().any(|a| ids.contains(&a.as_str()))
}

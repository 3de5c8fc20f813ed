//! After finishing, every answered scenario explains itself: the person's two picks, how
//! the framework's key ranks each response, and why. Shown only for a finished attempt,
//! so the key cannot be read and the answers changed.

use super::answers::{Answer, Answers};
use super::framework::{Framework, ItemKind};

/// One answered scenario as the results show it.
#[derive(Clone, Debug, PartialEq)]
pub struct ScenarioReview {
    pub dimension: String,
    pub situation: String,
    /// The four responses, most effective by the key first (ties keep their order).
    pub responses: Vec<ReviewedResponse>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ReviewedResponse {
    pub text: String,
    /// The key's grade in words: "Most effective" (4) to "Least effective" (1).
    pub grade: &'static str,
    /// "You picked this as the most effective", or as the least, or `None`.
    pub your_pick: Option<&'static str>,
    pub rationale: Option<String>,
}

pub const PICKED_MOST: &str = "Your pick for most effective";
pub const PICKED_LEAST: &str = "Your pick for least effective";

/// The key's grades in words, so the review reads the same with scores hidden.
pub fn grade_name(effectiveness: u8) -> &'static str {
    match effectiveness {
        4 => "Most effective",
        3 => "Effective",
        2 => "Less effective",
        _ => "Least effective",
    }
}

/// Every scenario the person answered, in the framework's order.
pub fn scenario_reviews(framework: &Framework, answers: &Answers) -> Vec<ScenarioReview> {
    framework
        .items()
        .filter_map(|(dimension, item)| {
            let ItemKind::Scenario {
                situation,
                responses,
            } = &item.kind
            else {
                return None;
            };
            let answer = answers.get(&item.id).filter(|a| a.fits(item))?;
            let Answer::Judgement { most, least } = *answer else {
                return None;
            };
            let mut reviewed: Vec<(u8, ReviewedResponse)> = responses
                .iter()
                .zip(0u8..)
                .map(|(response, index)| {
                    let your_pick = if index == most {
                        Some(PICKED_MOST)
                    } else if index == least {
                        Some(PICKED_LEAST)
                    } else {
                        None
                    };
                    let reviewed = ReviewedResponse {
                        text: response.text.clone(),
                        grade: grade_name(response.effectiveness),
                        your_pick,
                        rationale: response.rationale.clone(),
                    };
                    (response.effectiveness, reviewed)
                })
                .collect();
            crate::order::sort_stable_by(&mut reviewed, |a, b| b.0.cmp(&a.0));
            Some(ScenarioReview {
                dimension: dimension.name.clone(),
                situation: situation.clone(),
                responses: reviewed.into_iter().map(|(_, r)| r).collect(),
            })
        })
        .collect()
}

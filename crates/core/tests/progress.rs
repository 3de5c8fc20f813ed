//! Progress counts and the unanswered list that the review page links from.

mod common;

use common::fixture;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::progress::{answered_count, dimension_progress, unanswered};

#[test]
fn counts_scored_answers_including_prefer_not_but_never_evidence() {
    let framework = fixture();
    let mut answers = Answers::new();
    assert_eq!(answered_count(&framework, &answers), 0);
    answers.insert("plan-risks".into(), Answer::PreferNot);
    answers.insert(
        "people-story".into(),
        Answer::Evidence {
            text: "An example".into(),
        },
    );
    assert_eq!(answered_count(&framework, &answers), 1);
    assert_eq!(
        dimension_progress(&framework.dimensions[0], &answers),
        (1, 3)
    );
    assert_eq!(
        dimension_progress(&framework.dimensions[1], &answers),
        (0, 2)
    );
}

#[test]
fn unanswered_lists_only_dimensions_with_gaps_in_order() {
    let framework = fixture();
    let mut answers = Answers::new();
    for id in ["plan-risks", "plan-surprise", "plan-slip"] {
        answers.insert(id.into(), Answer::Rating { value: 3 });
    }
    answers.insert("people-praise".into(), Answer::Rating { value: 4 });
    let groups = unanswered(&framework, &answers);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].dimension_index, 1);
    assert_eq!(groups[0].dimension_name, "Growing people");
    assert_eq!(
        groups[0].items,
        vec![(
            "people-level".to_string(),
            "Which best describes how you give feedback?".to_string()
        )]
    );
    answers.insert("people-level".into(), Answer::Level { value: 1 });
    assert!(unanswered(&framework, &answers).is_empty());
}

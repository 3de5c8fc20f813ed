//! Answers as stored: every kind reads back as written, and a malformed one is refused
//! with a message rather than read as something else.

use yardstick_core::answers::Answer;

#[test]
fn every_kind_of_answer_reads_back_as_written() {
    let all = [
        Answer::Rating { value: 4 },
        Answer::PreferNot,
        Answer::NotApplicable,
        Answer::Level { value: 2 },
        Answer::Judgement { most: 1, least: 3 },
        Answer::Evidence {
            text: "Context: a \"quoted\" launch".into(),
        },
    ];
    for answer in all {
        let text = serde_json::to_string(&answer).unwrap();
        assert_eq!(
            serde_json::from_str::<Answer>(&text).unwrap(),
            answer,
            "{text}"
        );
    }
    assert_eq!(
        serde_json::to_string(&Answer::Judgement { most: 1, least: 3 }).unwrap(),
        r#"{"kind":"judgement","most":1,"least":3}"#
    );
    assert_eq!(
        serde_json::to_string(&Answer::NotApplicable).unwrap(),
        r#"{"kind":"not_applicable"}"#
    );
}

#[test]
fn a_malformed_answer_is_refused_with_a_reason() {
    for (text, reason) in [
        (r#"{"kind":"rating"}"#, "needs \"value\""),
        (r#"{"kind":"judgement","most":1}"#, "needs \"least\""),
        (r#"{"kind":"evidence"}"#, "needs \"text\""),
        (r#"{"kind":"shrug"}"#, "unknown answer kind \"shrug\""),
        (r#"{"value":3}"#, "kind"),
        (r#"{"kind":"rating","value":300}"#, "300"),
    ] {
        let error = serde_json::from_str::<Answer>(text)
            .unwrap_err()
            .to_string();
        assert!(error.contains(reason), "{text}: {error}");
    }
}

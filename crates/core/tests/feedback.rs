//! Multi-rater feedback: invitation and response codes (round trips on every built-in,
//! the complete Engineering Manager response's length, tampering, codes of the wrong
//! kind, wrong invitation or framework, no panics on any input), response files, and
//! the aggregation (golden values worked out by hand, and the anonymity rule's cases).

use proptest::prelude::*;
use serde_json::Value;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::feedback::aggregate::{
    aggregate, DimensionFeedback, FeedbackReport, Others, OthersStatus, RaterAggregate, Reading,
    CLEAR_DIFFERENCE, LARGEST_GAPS, MIN_GROUP_RESPONSES,
};
use yardstick_core::feedback::envelope::{identify, CodeKind};
use yardstick_core::feedback::invitation::{
    self, Invitation, InvitationError, NewInvitationError, SUBJECT_NAME_MAX_CHARS,
};
use yardstick_core::feedback::observer::{observer_items, observer_ready, NotObserverReady};
use yardstick_core::feedback::response_code::{
    self, read_response_file, response_file, response_file_name, ObserverAnswer, ObserverAnswers,
    ObserverResponse, Relationship, ResponseCodeError,
};
use yardstick_core::framework::{Framework, ItemKind};
use yardstick_core::share_code::{self, base64url_encode, crc32};
use yardstick_core::validate::load_framework;

const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn feedback_fixture() -> Framework {
    load_framework(include_bytes!("fixtures/feedback-framework.json")).unwrap()
}

fn built_in(id: &str) -> Framework {
    let (_, json) = BUILT_IN_SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .unwrap();
    load_framework(json.as_bytes()).unwrap()
}

fn all_built_in() -> Vec<Framework> {
    BUILT_IN_SOURCES
        .iter()
        .map(|(_, json)| load_framework(json.as_bytes()).unwrap())
        .collect()
}

/// `framework` as it would be with another version string and nothing else changed.
fn with_version(id: &str, version: &str) -> Framework {
    let (_, json) = BUILT_IN_SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .unwrap();
    let mut value: Value = serde_json::from_str(json).unwrap();
    value["version"] = Value::String(version.into());
    load_framework(value.to_string().as_bytes()).unwrap()
}

fn invitation_for(framework: &Framework, id: u8) -> Invitation {
    Invitation::new(framework, [id; 8], "Alex Example").unwrap()
}

/// Answers built from one number per observer question: every value of both kinds,
/// "can't say" and unanswered included.
fn observer_answers_from(framework: &Framework, seed: usize) -> ObserverAnswers {
    let mut answers = ObserverAnswers::new();
    for (index, (_, item)) in observer_items(framework).enumerate() {
        let choice = (index * 5 + seed) % 7;
        let answer = match item.kind {
            ItemKind::Behaviour { .. } => match choice {
                0 => None,
                6 => Some(ObserverAnswer::CantSay),
                value => Some(ObserverAnswer::Rating { value: value as u8 }),
            },
            _ => match choice % 6 {
                0 => None,
                5 => Some(ObserverAnswer::CantSay),
                level => Some(ObserverAnswer::Level {
                    value: level as u8 - 1,
                }),
            },
        };
        if let Some(answer) = answer {
            answers.insert(item.id.clone(), answer);
        }
    }
    answers
}

/// Every observer question answered (statements 5, anchored items "role model").
fn complete_observer_answers(framework: &Framework) -> ObserverAnswers {
    observer_items(framework)
        .map(|(_, item)| {
            let answer = match item.kind {
                ItemKind::Behaviour { .. } => ObserverAnswer::Rating { value: 5 },
                _ => ObserverAnswer::Level { value: 3 },
            };
            (item.id.clone(), answer)
        })
        .collect()
}

fn sealed(first_byte: u8, body: &[u8]) -> String {
    let mut bytes = vec![first_byte];
    bytes.extend_from_slice(body);
    let checksum = crc32(&bytes);
    bytes.extend(checksum.to_be_bytes());
    base64url_encode(&bytes)
}

/// Every one-character change of `code`: each position replaced by the next character
/// of the alphabet.
fn one_character_changes(code: &str) -> Vec<String> {
    (0..code.len())
        .map(|at| {
            let mut bytes = code.as_bytes().to_vec();
            let index = BASE64URL.iter().position(|&c| c == bytes[at]).unwrap();
            bytes[at] = BASE64URL[(index + 1) % 64];
            String::from_utf8(bytes).unwrap()
        })
        .collect()
}

// ----- Which frameworks can be used -------------------------------------------------

#[test]
fn every_built_in_has_observer_wording_for_every_observer_question() {
    for framework in all_built_in() {
        assert_eq!(observer_ready(&framework), Ok(()), "{}", framework.id);
        assert!(Invitation::new(&framework, [0; 8], "").is_ok());
    }
}

#[test]
fn preparation_statements_are_never_asked_of_observers() {
    // Interview readiness's preparation statements have no observer wording, and need
    // none: nobody else can see how far someone has prepared.
    let framework = built_in("interview-readiness");
    let preparation = framework.preparation_dimension().unwrap();
    assert!(observer_items(&framework).all(|(d, _)| d.id != preparation.id));
    let fixture = feedback_fixture();
    assert!(observer_items(&fixture).all(|(d, _)| d.id != "getting-ready"));
    let asked: Vec<&str> = observer_items(&fixture)
        .map(|(_, item)| item.id.as_str())
        .collect();
    assert_eq!(
        asked,
        [
            "plan-risks",
            "plan-surprise",
            "plan-level",
            "people-praise",
            "people-ask"
        ],
        "no scenario, evidence or preparation item"
    );
}

#[test]
fn a_framework_without_observer_wording_cannot_be_used_and_says_which_items_lack_it() {
    let framework = load_framework(include_bytes!("fixtures/minimal-framework.json")).unwrap();
    let expected = NotObserverReady::MissingWording {
        item_ids: vec![
            "plan-risks".into(),
            "plan-surprise".into(),
            "people-level".into(),
            "people-praise".into(),
        ],
        questions: 4,
    };
    assert_eq!(observer_ready(&framework), Err(expected.clone()));
    assert_eq!(
        expected.to_string(),
        "This framework cannot be used to invite feedback: 4 of its 4 questions have no wording for observers (plan-risks, plan-surprise, people-level, people-praise). Each statement needs \"observer_text\" and each anchored question \"observer_prompt\" and \"observer_anchors\"."
    );
    assert_eq!(
        Invitation::new(&framework, [0; 8], "Alex"),
        Err(NewInvitationError::NotObserverReady(expected))
    );

    // One statement's wording removed from the Engineering Manager: named, with the count.
    let (_, json) = BUILT_IN_SOURCES
        .iter()
        .find(|(name, _)| *name == "engineering-manager")
        .unwrap();
    let mut value: Value = serde_json::from_str(json).unwrap();
    let first = &mut value["dimensions"][0]["items"][0];
    let id = first["id"].as_str().unwrap().to_string();
    first.as_object_mut().unwrap().remove("observer_text");
    let framework = load_framework(value.to_string().as_bytes()).unwrap();
    let Err(reason) = observer_ready(&framework) else {
        panic!("one statement lacks its wording")
    };
    assert_eq!(
        reason,
        NotObserverReady::MissingWording {
            item_ids: vec![id.clone()],
            questions: 34
        }
    );
    assert!(reason.to_string().contains(&format!(
        "1 of its 34 questions has no wording for observers ({id})"
    )));
}

// ----- Invitations ------------------------------------------------------------------

#[test]
fn invitations_round_trip_on_every_built_in() {
    for framework in all_built_in() {
        for name in ["", "Alex", "  Zoë O'Brien-Ngata  ", "李小龍"] {
            let sent = Invitation::new(&framework, [1, 2, 3, 4, 5, 6, 7, 255], name).unwrap();
            let code = invitation::encode(&sent);
            assert_eq!(invitation::decode(&code), Ok(sent.clone()), "{code}");
            assert_eq!(identify(&code), Some(CodeKind::Invitation { version: 1 }));
            assert_eq!(sent.framework_id(), framework.id);
            assert_eq!(sent.framework_version(), framework.version);
            assert_eq!(sent.invitation_id(), [1, 2, 3, 4, 5, 6, 7, 255]);
            let trimmed = name.trim();
            assert_eq!(
                sent.subject_name(),
                (!trimmed.is_empty()).then_some(trimmed)
            );
        }
    }
}

#[test]
fn an_engineering_manager_invitation_is_short() {
    let framework = built_in("engineering-manager");
    let code = invitation::encode(&Invitation::new(&framework, [9; 8], "Alex").unwrap());
    // 1 + (1 + 19) + (1 + 5) + 8 + (1 + 4) + 4 = 44 bytes.
    assert_eq!(code.len(), 59, "{code}");
    // Surrounding white space, as a pasted link may carry, is ignored.
    assert!(invitation::decode(&format!("  {code}\n")).is_ok());
}

#[test]
fn subject_names_are_trimmed_and_limited_to_one_line_of_sixty_characters() {
    let framework = feedback_fixture();
    let longest = "é".repeat(SUBJECT_NAME_MAX_CHARS);
    let invitation = Invitation::new(&framework, [0; 8], &longest).unwrap();
    assert_eq!(invitation.subject_name(), Some(longest.as_str()));
    assert_eq!(
        invitation::decode(&invitation::encode(&invitation)),
        Ok(invitation)
    );
    let too_long = format!("{longest}x");
    assert_eq!(
        Invitation::new(&framework, [0; 8], &too_long),
        Err(NewInvitationError::NameTooLong { chars: 61 })
    );
    assert_eq!(
        Invitation::new(&framework, [0; 8], "Alex\nExample"),
        Err(NewInvitationError::NameHasControlCharacters)
    );
    assert_eq!(
        Invitation::new(&framework, [0; 8], "   ")
            .unwrap()
            .subject_name(),
        None
    );
}

#[test]
fn a_decoded_invitation_with_a_name_the_encoder_would_not_write_is_damaged() {
    // Hand-built bodies with a valid checksum: untrimmed, too long, a line break.
    for name in [" Alex", "Alex ", &"a".repeat(61), "Al\tex"] {
        let mut body = vec![2, b'i', b'd', 1, b'1'];
        body.extend([0; 8]);
        body.push(name.len() as u8);
        body.extend(name.as_bytes());
        let code = sealed(0xA1, &body);
        assert_eq!(
            invitation::decode(&code),
            Err(InvitationError::Damaged),
            "{name:?}"
        );
    }
    // Leftover bytes after the name.
    let mut body = vec![2, b'i', b'd', 1, b'1'];
    body.extend([0; 8]);
    body.extend([0, 0]);
    assert_eq!(
        invitation::decode(&sealed(0xA1, &body)),
        Err(InvitationError::Damaged)
    );
}

#[test]
fn every_one_character_change_and_every_cut_of_an_invitation_is_refused() {
    let framework = built_in("engineering-manager");
    let code = invitation::encode(&invitation_for(&framework, 4));
    for changed in one_character_changes(&code) {
        assert_eq!(
            invitation::decode(&changed),
            Err(InvitationError::Damaged),
            "{changed}"
        );
    }
    for end in 0..code.len() {
        assert!(invitation::decode(&code[..end]).is_err(), "{end}");
    }
}

// ----- Responses --------------------------------------------------------------------

#[test]
fn responses_round_trip_on_every_built_in() {
    for framework in all_built_in() {
        let invitation = invitation_for(&framework, 1);
        for seed in 0..7 {
            for relationship in Relationship::ALL {
                let answers = observer_answers_from(&framework, seed);
                let response = ObserverResponse::new(
                    &invitation,
                    &framework,
                    relationship,
                    &answers,
                    [seed as u8; 4],
                )
                .unwrap();
                let code = response_code::encode(&response);
                let decoded = response_code::decode(&code, &framework, &invitation).unwrap();
                assert_eq!(decoded, response, "{} {code}", framework.id);
                assert_eq!(decoded.relationship(), relationship);
                assert_eq!(decoded.invitation_id(), invitation.invitation_id());
                assert_eq!(decoded.response_id(), [seed as u8; 4]);
                assert_eq!(
                    (decoded.framework_id(), decoded.framework_version()),
                    (framework.id.as_str(), framework.version.as_str())
                );
                let cant_say = answers
                    .values()
                    .filter(|a| **a == ObserverAnswer::CantSay)
                    .count();
                assert_eq!(decoded.cant_say(), cant_say);
                assert_eq!(decoded.rated(), answers.len() - cant_say);
                assert_eq!(identify(&code), Some(CodeKind::Response { version: 1 }));
            }
        }
    }
}

#[test]
fn answers_to_questions_observers_are_not_asked_are_left_out() {
    let framework = feedback_fixture();
    let invitation = invitation_for(&framework, 1);
    let mut answers = ObserverAnswers::new();
    answers.insert("plan-risks".into(), ObserverAnswer::Rating { value: 4 });
    // A scenario, an evidence prompt, a preparation statement, an unknown id, and
    // answers that do not fit their item.
    answers.insert("plan-slip".into(), ObserverAnswer::Rating { value: 4 });
    answers.insert("people-story".into(), ObserverAnswer::CantSay);
    answers.insert(
        "ready-questions".into(),
        ObserverAnswer::Rating { value: 5 },
    );
    answers.insert("no-such-item".into(), ObserverAnswer::Rating { value: 5 });
    answers.insert("plan-level".into(), ObserverAnswer::Rating { value: 2 });
    answers.insert("people-ask".into(), ObserverAnswer::Rating { value: 6 });
    answers.insert("people-praise".into(), ObserverAnswer::Level { value: 1 });
    let response = ObserverResponse::new(
        &invitation,
        &framework,
        Relationship::Peer,
        &answers,
        [0; 4],
    )
    .unwrap();
    assert_eq!((response.rated(), response.cant_say()), (1, 0));
    let only = ObserverAnswers::from([("plan-risks".into(), ObserverAnswer::Rating { value: 4 })]);
    let expected =
        ObserverResponse::new(&invitation, &framework, Relationship::Peer, &only, [0; 4]).unwrap();
    assert_eq!(response, expected);
    assert_eq!(
        response_code::encode(&response),
        response_code::encode(&expected)
    );
}

#[test]
fn complete_engineering_manager_response_length() {
    let framework = built_in("engineering-manager");
    let invitation = invitation_for(&framework, 7);
    let answers = complete_observer_answers(&framework);
    assert_eq!(answers.len(), 34, "28 statements and 6 anchored items");
    let response = ObserverResponse::new(
        &invitation,
        &framework,
        Relationship::DirectReport,
        &answers,
        [0xCD; 4],
    )
    .unwrap();
    let code = response_code::encode(&response);
    // 1 + 8 + 4 + (1 + 19) + (1 + 5) + 1 + (1 + 13: 34 × 3 bits) + 4 = 58 bytes.
    assert_eq!(code.len(), 78, "{code}");
    assert_eq!(response.rated(), 34);
}

#[test]
fn every_one_character_change_and_every_cut_of_a_response_is_refused() {
    let framework = built_in("engineering-manager");
    let invitation = invitation_for(&framework, 7);
    let response = ObserverResponse::new(
        &invitation,
        &framework,
        Relationship::Peer,
        &complete_observer_answers(&framework),
        [1; 4],
    )
    .unwrap();
    let code = response_code::encode(&response);
    for changed in one_character_changes(&code) {
        assert_eq!(
            response_code::decode(&changed, &framework, &invitation),
            Err(ResponseCodeError::Damaged),
            "{changed}"
        );
    }
    for end in 0..code.len() {
        assert!(response_code::decode(&code[..end], &framework, &invitation).is_err());
    }
}

#[test]
fn codes_of_the_wrong_kind_are_refused_with_what_they_are() {
    let framework = built_in("engineering-manager");
    let invitation = invitation_for(&framework, 1);
    let mut own = Answers::new();
    own.insert(
        framework.dimensions[0].items[0].id.clone(),
        Answer::Rating { value: 4 },
    );
    let share = share_code::encode(&framework, &own);
    let invite = invitation::encode(&invitation);
    let response = response_code::encode(
        &ObserverResponse::new(
            &invitation,
            &framework,
            Relationship::Peer,
            &ObserverAnswers::new(),
            [0; 4],
        )
        .unwrap(),
    );

    assert_eq!(identify(&share), Some(CodeKind::ShareCode { version: 1 }));
    assert_eq!(
        response_code::decode(&share, &framework, &invitation),
        Err(ResponseCodeError::IsShareCode)
    );
    assert_eq!(
        invitation::decode(&share),
        Err(InvitationError::IsShareCode)
    );
    assert_eq!(
        response_code::decode(&invite, &framework, &invitation),
        Err(ResponseCodeError::IsInvitation)
    );
    assert_eq!(
        invitation::decode(&response),
        Err(InvitationError::IsResponse)
    );
    // The other way round, a share code decoder refuses feedback codes (as an unknown
    // version); `identify` is how a page tells the person what they pasted.
    assert!(share_code::decode(&invite).is_err());
    assert!(share_code::decode(&response).is_err());

    for not_a_code in [
        "",
        "   ",
        "hello world",
        "https://example.com/#/invite/x",
        "ü",
    ] {
        assert_eq!(identify(not_a_code), None);
        assert_eq!(
            invitation::decode(not_a_code),
            Err(InvitationError::NotACode)
        );
        assert_eq!(
            response_code::decode(not_a_code, &framework, &invitation),
            Err(ResponseCodeError::NotACode)
        );
    }
    // Intact, but a first byte no code has.
    for first in [0x00, 0xC1, 0xFF] {
        let code = sealed(first, &[1, 2, 3]);
        assert_eq!(identify(&code), None);
        assert_eq!(invitation::decode(&code), Err(InvitationError::NotACode));
    }
}

#[test]
fn codes_from_a_newer_yardstick_say_so() {
    let framework = feedback_fixture();
    let invitation = invitation_for(&framework, 1);
    assert_eq!(
        invitation::decode(&sealed(0xA2, &[1, 2, 3])),
        Err(InvitationError::NewerVersion { version: 2 })
    );
    assert_eq!(
        response_code::decode(&sealed(0xBF, &[1, 2, 3]), &framework, &invitation),
        Err(ResponseCodeError::NewerVersion { version: 15 })
    );
    assert_eq!(
        identify(&sealed(0xB2, &[])),
        Some(CodeKind::Response { version: 2 })
    );
    // Version 0 was never written.
    assert_eq!(
        response_code::decode(&sealed(0xB0, &[1, 2, 3]), &framework, &invitation),
        Err(ResponseCodeError::Damaged)
    );
}

#[test]
fn a_response_to_another_invitation_is_refused() {
    let framework = feedback_fixture();
    let sent = invitation_for(&framework, 1);
    let other = invitation_for(&framework, 2);
    let response = ObserverResponse::new(
        &other,
        &framework,
        Relationship::Peer,
        &observer_answers_from(&framework, 3),
        [0; 4],
    )
    .unwrap();
    let code = response_code::encode(&response);
    assert_eq!(
        response_code::decode(&code, &framework, &sent),
        Err(ResponseCodeError::ForAnotherInvitation)
    );
}

#[test]
fn a_response_made_with_another_framework_version_is_refused() {
    let current = built_in("engineering-manager");
    let next = with_version("engineering-manager", "2.0.1");
    // The same invitation id, as when an observer's site answered another version.
    let answered = invitation_for(&current, 5);
    let expected = invitation_for(&next, 5);
    let response = ObserverResponse::new(
        &answered,
        &current,
        Relationship::Manager,
        &complete_observer_answers(&current),
        [0; 4],
    )
    .unwrap();
    let code = response_code::encode(&response);
    let refused = response_code::decode(&code, &next, &expected).unwrap_err();
    assert_eq!(
        refused,
        ResponseCodeError::ForAnotherFramework {
            found_id: "engineering-manager".into(),
            found_version: current.version.clone(),
            expected_id: "engineering-manager".into(),
            expected_version: "2.0.1".into(),
        }
    );
    assert_eq!(
        refused.to_string(),
        format!(
            "This response was made with version {} of \"engineering-manager\"; the invitation asks for version 2.0.1, so the answers cannot be read.",
            current.version
        )
    );
    // Another framework altogether.
    let program = built_in("technical-program-manager");
    let program_invitation = invitation_for(&program, 5);
    assert!(matches!(
        response_code::decode(&code, &program, &program_invitation),
        Err(ResponseCodeError::ForAnotherFramework { .. })
    ));
    // A response cannot be made on a framework other than the invitation's.
    assert!(matches!(
        ObserverResponse::new(
            &expected,
            &current,
            Relationship::Peer,
            &ObserverAnswers::new(),
            [0; 4]
        ),
        Err(ResponseCodeError::ForAnotherFramework { .. })
    ));
}

#[test]
fn answer_data_that_does_not_fit_the_framework_is_damaged() {
    let framework = feedback_fixture();
    let invitation = invitation_for(&framework, 1);
    // Five questions × 3 bits = 15 bits: two bytes of answer data.
    let body = |relationship: u8, data: &[u8]| {
        let mut body = vec![1; 8];
        body.extend([0; 4]);
        body.push(framework.id.len() as u8);
        body.extend(framework.id.as_bytes());
        body.push(framework.version.len() as u8);
        body.extend(framework.version.as_bytes());
        body.push(relationship);
        body.push(data.len() as u8);
        body.extend(data);
        sealed(0xB1, &body)
    };
    let decode = |code: &str| response_code::decode(code, &framework, &invitation);
    assert!(decode(&body(1, &[0, 0])).is_ok());
    for (relationship, data) in [
        (1, vec![0]),              // too short
        (1, vec![0, 0, 0]),        // too long
        (1, vec![0, 1]),           // non-zero padding
        (1, vec![0b1110_0000, 0]), // 7 on a statement
        (1, vec![0b0000_0011, 0]), // 6 on an anchored item (third field, bits 6 to 8)
        (4, vec![0, 0]),           // no such relationship
    ] {
        assert_eq!(
            decode(&body(relationship, &data)),
            Err(ResponseCodeError::Damaged),
            "{data:?}"
        );
    }
}

#[test]
fn the_duplicate_key_is_the_same_exactly_for_the_same_response() {
    let framework = feedback_fixture();
    let invitation = invitation_for(&framework, 1);
    let answers = observer_answers_from(&framework, 2);
    let make = |id: u8| {
        ObserverResponse::new(
            &invitation,
            &framework,
            Relationship::Peer,
            &answers,
            [id; 4],
        )
        .unwrap()
    };
    let first = make(1);
    let again =
        response_code::decode(&response_code::encode(&first), &framework, &invitation).unwrap();
    assert_eq!(first.duplicate_key(), again.duplicate_key());
    assert_eq!(first.duplicate_key(), response_code::encode(&first));
    // Two observers who gave identical answers are told apart by their response ids.
    assert_ne!(first.duplicate_key(), make(2).duplicate_key());
}

#[test]
fn response_files_carry_the_code_and_are_read_with_the_same_checks() {
    let framework = built_in("engineering-manager");
    let invitation = invitation_for(&framework, 1);
    let response = ObserverResponse::new(
        &invitation,
        &framework,
        Relationship::Manager,
        &complete_observer_answers(&framework),
        [3; 4],
    )
    .unwrap();
    let file = response_file(&response);
    let value: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(value["yardstick_response"], 1);
    assert_eq!(value["framework_id"], "engineering-manager");
    assert_eq!(value["code"], response_code::encode(&response));
    let fields: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        fields,
        [
            "about",
            "code",
            "framework_id",
            "framework_version",
            "yardstick_response"
        ],
        "no answers and no relationship outside the code"
    );
    assert_eq!(
        read_response_file(file.as_bytes(), &framework, &invitation),
        Ok(response.clone())
    );
    assert_eq!(
        response_file_name(&response),
        "yardstick-response-engineering-manager.json"
    );

    // Reading trusts only the code: readable fields that disagree change nothing.
    let mut edited = value.clone();
    edited["framework_version"] = Value::String("9.9.9".into());
    assert_eq!(
        read_response_file(edited.to_string().as_bytes(), &framework, &invitation),
        Ok(response.clone())
    );
    let read =
        |value: &Value| read_response_file(value.to_string().as_bytes(), &framework, &invitation);
    let mut damaged = value.clone();
    damaged["code"] =
        Value::String(one_character_changes(value["code"].as_str().unwrap())[20].clone());
    assert_eq!(read(&damaged), Err(ResponseCodeError::Damaged));
    let mut newer = value.clone();
    newer["yardstick_response"] = 2.into();
    assert_eq!(
        read(&newer),
        Err(ResponseCodeError::NewerFileVersion { version: 2 })
    );
    let mut shared = value.clone();
    shared["code"] = Value::String(share_code::encode(&framework, &Answers::new()));
    assert_eq!(read(&shared), Err(ResponseCodeError::IsShareCode));
    for not_a_file in [
        serde_json::json!({ "code": value["code"] }),
        serde_json::json!({ "yardstick_response": 1 }),
        serde_json::json!({ "yardstick_response": "1", "code": value["code"] }),
        serde_json::json!([1, 2]),
    ] {
        assert_eq!(read(&not_a_file), Err(ResponseCodeError::NotAResponseFile));
    }
    assert_eq!(
        read_response_file(b"not json", &framework, &invitation),
        Err(ResponseCodeError::NotAResponseFile)
    );
    let huge = format!("{{\"pad\": \"{}\"}}", "x".repeat(70_000));
    assert_eq!(
        read_response_file(huge.as_bytes(), &framework, &invitation),
        Err(ResponseCodeError::NotAResponseFile)
    );
}

proptest! {
    #[test]
    fn decoding_never_panics_on_any_text(text in ".{0,200}") {
        let framework = feedback_fixture();
        let invitation = invitation_for(&framework, 1);
        let _ = identify(&text);
        let _ = invitation::decode(&text);
        let _ = response_code::decode(&text, &framework, &invitation);
        let _ = read_response_file(text.as_bytes(), &framework, &invitation);
    }

    #[test]
    fn decoding_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
        let framework = feedback_fixture();
        let invitation = invitation_for(&framework, 1);
        let code = base64url_encode(&bytes);
        let _ = identify(&code);
        let _ = invitation::decode(&code);
        let _ = response_code::decode(&code, &framework, &invitation);
        let _ = read_response_file(&bytes, &framework, &invitation);
    }

    /// Bodies with a valid checksum reach the field parsers, which must refuse what
    /// they cannot read rather than panic.
    #[test]
    fn decoding_never_panics_on_intact_codes_with_any_body(
        body in proptest::collection::vec(any::<u8>(), 0..80),
        kind in prop_oneof![Just(0xA1u8), Just(0xB1u8)],
    ) {
        let framework = feedback_fixture();
        let invitation = invitation_for(&framework, 1);
        let code = sealed(kind, &body);
        let _ = invitation::decode(&code);
        let _ = response_code::decode(&code, &framework, &invitation);
    }

    #[test]
    fn any_answers_round_trip(seed in 0usize..1000, relationship in 0usize..4, id in any::<[u8; 4]>()) {
        let framework = built_in("engineering-manager");
        let invitation = invitation_for(&framework, 9);
        let response = ObserverResponse::new(
            &invitation,
            &framework,
            Relationship::ALL[relationship],
            &observer_answers_from(&framework, seed),
            id,
        ).unwrap();
        let code = response_code::encode(&response);
        prop_assert_eq!(response_code::decode(&code, &framework, &invitation), Ok(response));
    }
}

// ----- Aggregation ------------------------------------------------------------------

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

fn rating(value: u8) -> ObserverAnswer {
    ObserverAnswer::Rating { value }
}

fn level(value: u8) -> ObserverAnswer {
    ObserverAnswer::Level { value }
}

fn observer(
    framework: &Framework,
    relationship: Relationship,
    id: u8,
    answers: &[(&str, ObserverAnswer)],
) -> ObserverResponse {
    let invitation = invitation_for(framework, 1);
    let answers: ObserverAnswers = answers
        .iter()
        .map(|(item, answer)| (item.to_string(), *answer))
        .collect();
    ObserverResponse::new(&invitation, framework, relationship, &answers, [id; 4]).unwrap()
}

/// The three peers of the golden example.
fn golden_peers(framework: &Framework) -> Vec<ObserverResponse> {
    use Relationship::Peer;
    vec![
        observer(
            framework,
            Peer,
            1,
            &[
                ("plan-risks", rating(2)),    // 25
                ("plan-surprise", rating(4)), // reverse-keyed: 25
                ("plan-level", level(1)),     // level 1 of 3 ("solid", 50–75): 62.5
                ("people-praise", rating(5)), // 100
                ("people-ask", rating(5)),    // 100
            ],
        ),
        observer(
            framework,
            Peer,
            2,
            &[
                ("plan-risks", rating(3)),    // 50
                ("plan-surprise", rating(3)), // 50
                ("plan-level", level(1)),     // 62.5
                ("people-praise", rating(4)), // 75
                ("people-ask", rating(5)),    // 100
            ],
        ),
        observer(
            framework,
            Peer,
            3,
            &[
                ("plan-risks", rating(2)),    // 25
                ("plan-surprise", rating(3)), // 50
                ("plan-level", ObserverAnswer::CantSay),
                ("people-praise", rating(5)), // 100
                ("people-ask", rating(4)),    // 75
            ],
        ),
    ]
}

fn golden_self() -> Answers {
    let mut own = Answers::new();
    own.insert("plan-risks".into(), Answer::Rating { value: 4 }); // 75
    own.insert("plan-surprise".into(), Answer::Rating { value: 2 }); // reverse-keyed: 75
    own.insert("plan-level".into(), Answer::Level { value: 3 }); // level 2, 75–100: 87.5
    own.insert("people-praise".into(), Answer::Rating { value: 2 }); // 25
    own.insert("people-ask".into(), Answer::Rating { value: 3 }); // 50
                                                                  // Observers answer no scenario, so the person's is left out of the comparison.
    own.insert("plan-slip".into(), Answer::Judgement { most: 0, least: 1 });
    own.insert("ready-questions".into(), Answer::Rating { value: 5 });
    own
}

fn dimension<'a>(report: &'a FeedbackReport, id: &str) -> &'a DimensionFeedback {
    report
        .dimensions
        .iter()
        .find(|d| d.dimension_id == id)
        .unwrap()
}

fn shown(others: &Others) -> RaterAggregate {
    match others {
        Others::Shown(aggregate) => *aggregate,
        Others::TooFew { .. } => panic!("others not shown: {others:?}"),
    }
}

#[test]
fn golden_self_against_others_computed_by_hand() {
    let framework = feedback_fixture();
    let report = aggregate(&framework, &golden_self(), &golden_peers(&framework));
    assert_eq!(report.responses, 3);
    assert_eq!(report.others, OthersStatus::Shown { responses: 3 });
    let ids: Vec<&str> = report
        .dimensions
        .iter()
        .map(|d| d.dimension_id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["planning", "people"],
        "the preparation dimension is not observed"
    );

    // Planning, self: 75, 75, 87.5 at a third each: 79.17. Spread √52.08 = 7.2 is under
    // the floor of 15, so SE = 15 × √(1/3) = 8.66 and the range is ± 1.2816 × 8.66 =
    // ± 11.10: 68.07 to 90.27. (The scenario would have moved the result page's score.)
    let planning = dimension(&report, "planning");
    let own = planning.self_view.unwrap();
    assert!(close(own.score, 79.17), "{own:?}");
    assert!(
        close(own.range.low, 68.07) && close(own.range.high, 90.27),
        "{own:?}"
    );
    // Planning, others: raters 37.5 (25, 25, 62.5), 54.17 (50, 50, 62.5) and 37.5 (25, 50;
    // "can't say" on the anchored item): mean 43.06. Sample SD 9.62 is under the floor,
    // so SE = 15 / √3 = 8.66; range 43.06 ± 11.10 = 31.96 to 54.15.
    let others = shown(&planning.others);
    assert_eq!(others.raters, 3);
    assert!(close(others.score, 43.06), "{others:?}");
    assert!(close(others.standard_error, 8.66));
    assert!(
        close(others.range.low, 31.96) && close(others.range.high, 54.15),
        "{others:?}"
    );
    // 79.17 − 43.06 = 36.11 ≥ 12.5, and 68 > 54: a blind spot.
    let comparison = planning.comparison.unwrap();
    assert!(close(comparison.difference, 36.11));
    assert_eq!(comparison.reading, Reading::BlindSpot);
    // Three peers: the peer group may be shown (and equals the overall).
    assert_eq!(planning.groups.len(), 1);
    assert_eq!(planning.groups[0].relationship, Relationship::Peer);
    assert_eq!(planning.groups[0].aggregate, others);

    // People, self: 25 and 50: 37.5; spread √312.5 = 17.68 (over the floor), SE = 17.68 ×
    // √0.5 = 12.5; range ± 16.02: 21.48 to 53.52. Others: 100, 87.5, 87.5: 91.67, SE 8.66,
    // range 80.57 to 100 (102.77 clamped). 37.5 − 91.67 = −54.17, and 81 > 54: a hidden
    // strength.
    let people = dimension(&report, "people");
    let own = people.self_view.unwrap();
    assert!(close(own.score, 37.5));
    assert!(
        close(own.range.low, 21.48) && close(own.range.high, 53.52),
        "{own:?}"
    );
    let others = shown(&people.others);
    assert!(close(others.score, 91.67));
    assert!(
        close(others.range.low, 80.57) && close(others.range.high, 100.0),
        "{others:?}"
    );
    let comparison = people.comparison.unwrap();
    assert!(close(comparison.difference, -54.17));
    assert_eq!(comparison.reading, Reading::HiddenStrength);

    // Largest gaps: people-praise 25 vs 91.67 (−66.67); plan-risks 75 vs 33.33 (+41.67) and
    // people-ask 50 vs 91.67 (−41.67), tied, in framework order; plan-surprise 75 vs 41.67
    // (+33.33). plan-level is left out: only two observers rated it.
    let gaps: Vec<(&str, f64, f64, usize)> = report
        .largest_gaps
        .iter()
        .map(|g| (g.item_id.as_str(), g.self_score, g.others_score, g.raters))
        .collect();
    let expected = [
        ("people-praise", 25.0, 91.67, 3),
        ("plan-risks", 75.0, 33.33, 3),
        ("people-ask", 50.0, 91.67, 3),
        ("plan-surprise", 75.0, 41.67, 3),
    ];
    assert_eq!(gaps.len(), expected.len(), "{gaps:?}");
    for (found, wanted) in gaps.iter().zip(expected) {
        assert_eq!(found.0, wanted.0, "{gaps:?}");
        assert!(
            close(found.1, wanted.1) && close(found.2, wanted.2),
            "{gaps:?}"
        );
        assert_eq!(found.3, wanted.3);
    }
    assert!(report.largest_gaps.len() <= LARGEST_GAPS);
    assert!(report
        .largest_gaps
        .iter()
        .all(|g| g.difference.abs() >= CLEAR_DIFFERENCE
            && close(g.difference, g.self_score - g.others_score)));
    assert_eq!(report.largest_gaps[0].dimension_id, "people");
}

#[test]
fn overlapping_ranges_are_agreement_even_with_a_large_difference() {
    let framework = feedback_fixture();
    let mut own = golden_self();
    // People, self: 75 and 75: 75, SE 15 × √0.5 = 10.61, range 61.41 to 88.59. Others
    // 91.67 (80.57 to 100): 16.67 apart, more than 12.5, but the ranges overlap.
    own.insert("people-praise".into(), Answer::Rating { value: 4 });
    own.insert("people-ask".into(), Answer::Rating { value: 4 });
    let report = aggregate(&framework, &own, &golden_peers(&framework));
    let people = dimension(&report, "people");
    let own = people.self_view.unwrap();
    assert!(
        close(own.range.low, 61.41) && close(own.range.high, 88.59),
        "{own:?}"
    );
    let comparison = people.comparison.unwrap();
    assert!(close(comparison.difference, -16.67));
    assert_eq!(comparison.reading, Reading::Agreement);
    assert_eq!(Reading::Agreement.label(), "Agreement");
}

/// `count` responses of each relationship, all with the same answers, numbered from 1.
fn responses_of(framework: &Framework, groups: &[(Relationship, usize)]) -> Vec<ObserverResponse> {
    let answers = [
        ("plan-risks", rating(4)),
        ("plan-surprise", rating(2)),
        ("people-praise", rating(4)),
        ("people-ask", rating(3)),
    ];
    let mut id = 0;
    let mut responses = Vec::new();
    for &(relationship, count) in groups {
        for _ in 0..count {
            id += 1;
            responses.push(observer(framework, relationship, id, &answers));
        }
    }
    responses
}

fn groups_shown(report: &FeedbackReport) -> Vec<Vec<(Relationship, usize)>> {
    report
        .dimensions
        .iter()
        .map(|d| {
            d.groups
                .iter()
                .map(|g| (g.relationship, g.aggregate.raters))
                .collect()
        })
        .collect()
}

fn others_raters(report: &FeedbackReport) -> Vec<Option<usize>> {
    report
        .dimensions
        .iter()
        .map(|d| match d.others {
            Others::Shown(aggregate) => Some(aggregate.raters),
            Others::TooFew { .. } => None,
        })
        .collect()
}

use Relationship::{DirectReport, Manager, Other, Peer};

#[test]
fn two_responses_show_nothing_of_others() {
    let framework = feedback_fixture();
    let report = aggregate(
        &framework,
        &golden_self(),
        &responses_of(&framework, &[(Peer, 1), (DirectReport, 1)]),
    );
    assert_eq!(
        report.others,
        OthersStatus::NotYet {
            responses: 2,
            needed: 3
        }
    );
    assert_eq!(
        report.others.message(),
        "2 responses are in. Others' answers are shown once 3 people have responded, so that no one's answers can be picked out: 1 more is needed."
    );
    for d in &report.dimensions {
        assert_eq!(
            d.others,
            Others::TooFew {
                raters: 2,
                needed: 3
            }
        );
        assert!(d.groups.is_empty() && d.comparison.is_none());
        assert!(
            d.self_view.is_some(),
            "the person's own view is always there"
        );
    }
    assert!(report.largest_gaps.is_empty());
    assert_eq!(MIN_GROUP_RESPONSES, 3);
}

#[test]
fn three_peers_are_shown() {
    let framework = feedback_fixture();
    let report = aggregate(
        &framework,
        &golden_self(),
        &responses_of(&framework, &[(Peer, 3)]),
    );
    assert_eq!(report.others, OthersStatus::Shown { responses: 3 });
    assert_eq!(report.others.message(), "Based on 3 responses.");
    assert_eq!(others_raters(&report), [Some(3), Some(3)]);
    assert_eq!(groups_shown(&report), [vec![(Peer, 3)], vec![(Peer, 3)]]);
}

#[test]
fn two_peers_and_a_direct_report_show_the_overall_but_no_group() {
    let framework = feedback_fixture();
    let report = aggregate(
        &framework,
        &golden_self(),
        &responses_of(&framework, &[(Peer, 2), (DirectReport, 1)]),
    );
    assert_eq!(others_raters(&report), [Some(3), Some(3)]);
    assert_eq!(groups_shown(&report), [vec![], vec![]]);
}

#[test]
fn a_manager_alone_is_shown_labelled_but_not_as_others() {
    let framework = feedback_fixture();
    let report = aggregate(
        &framework,
        &golden_self(),
        &responses_of(&framework, &[(Manager, 1)]),
    );
    assert_eq!(
        report.others,
        OthersStatus::NotYet {
            responses: 1,
            needed: 3
        }
    );
    assert_eq!(others_raters(&report), [None, None]);
    assert_eq!(
        groups_shown(&report),
        [vec![(Manager, 1)], vec![(Manager, 1)]]
    );
    assert_eq!(Manager.group_label(), "Your manager");
    let planning = dimension(&report, "planning");
    assert!(
        planning.comparison.is_none(),
        "no comparison without others"
    );
    // One rater: the spread is the floor, so the range is ± 1.2816 × 15.
    let manager = planning.groups[0].aggregate;
    assert!(close(manager.standard_error, 15.0));
    // The manager with one peer: the manager still, the overall not yet.
    let report = aggregate(
        &framework,
        &golden_self(),
        &responses_of(&framework, &[(Manager, 1), (Peer, 1)]),
    );
    assert_eq!(others_raters(&report), [None, None]);
    assert_eq!(
        groups_shown(&report),
        [vec![(Manager, 1)], vec![(Manager, 1)]]
    );
}

#[test]
fn no_one_or_two_responses_can_be_recovered_by_subtraction() {
    let framework = feedback_fixture();
    let groups = |responses: &[(Relationship, usize)]| {
        let report = aggregate(
            &framework,
            &golden_self(),
            &responses_of(&framework, responses),
        );
        let shown = groups_shown(&report);
        assert_eq!(shown[0], shown[1], "both dimensions were rated by everyone");
        (others_raters(&report)[0], shown[0].clone())
    };
    // Manager, three peers and a direct report: showing the manager and the peers would
    // leave the direct report alone (5 × overall − manager − 3 × peers), showing only the
    // peers would leave a pair; only the manager keeps four outside the groups.
    assert_eq!(
        groups(&[(Manager, 1), (Peer, 3), (DirectReport, 1)]),
        (Some(5), vec![(Manager, 1)])
    );
    // Manager and three peers: nobody outside the groups.
    assert_eq!(
        groups(&[(Manager, 1), (Peer, 3)]),
        (Some(4), vec![(Manager, 1), (Peer, 3)])
    );
    // Manager and two peers: showing the manager would give away the peers' pair.
    assert_eq!(groups(&[(Manager, 1), (Peer, 2)]), (Some(3), vec![]));
    // Three peers, three direct reports and one other: one of the two groups, not both.
    assert_eq!(
        groups(&[(Peer, 3), (DirectReport, 3), (Other, 1)]),
        (Some(7), vec![(Peer, 3)])
    );
    // Three of each and a manager: everything.
    assert_eq!(
        groups(&[(Manager, 1), (Peer, 3), (DirectReport, 3), (Other, 3)]),
        (
            Some(10),
            vec![(Manager, 1), (Peer, 3), (DirectReport, 3), (Other, 3)]
        )
    );
}

#[test]
fn the_rule_counts_the_raters_of_each_dimension() {
    let framework = feedback_fixture();
    // Three peers, one of whom can't say anything about growing people.
    let mut responses = responses_of(&framework, &[(Peer, 2)]);
    responses.push(observer(
        &framework,
        Peer,
        9,
        &[
            ("plan-risks", rating(4)),
            ("plan-surprise", rating(2)),
            ("people-praise", ObserverAnswer::CantSay),
            ("people-ask", ObserverAnswer::CantSay),
        ],
    ));
    let report = aggregate(&framework, &golden_self(), &responses);
    assert_eq!(report.others, OthersStatus::Shown { responses: 3 });
    assert_eq!(others_raters(&report), [Some(3), None]);
    assert_eq!(
        dimension(&report, "people").others,
        Others::TooFew {
            raters: 2,
            needed: 3
        }
    );
    assert_eq!(groups_shown(&report), [vec![(Peer, 3)], vec![]]);
    assert!(report
        .largest_gaps
        .iter()
        .all(|g| g.dimension_id == "planning"));
}

#[test]
fn a_response_counts_once_and_a_correction_replaces_it() {
    let framework = feedback_fixture();
    let mut responses = responses_of(&framework, &[(Peer, 2)]);
    responses.push(responses[0].clone());
    let report = aggregate(&framework, &golden_self(), &responses);
    assert_eq!(
        report.others,
        OthersStatus::NotYet {
            responses: 2,
            needed: 3
        }
    );

    // Peer 1 corrects their answers (same response id): still two observers, and the
    // correction is what counts.
    let mut responses = responses_of(&framework, &[(Peer, 3)]);
    responses.push(observer(
        &framework,
        Peer,
        1,
        &[("people-praise", rating(1)), ("people-ask", rating(1))],
    ));
    let report = aggregate(&framework, &golden_self(), &responses);
    assert_eq!(report.responses, 3);
    // People: two raters at 62.5 (75 and 50) and the corrected one at 0: 41.67.
    assert!(close(
        shown(&dimension(&report, "people").others).score,
        125.0 / 3.0
    ));
    // Planning: the corrected response no longer rates it.
    assert_eq!(
        dimension(&report, "planning").others,
        Others::TooFew {
            raters: 2,
            needed: 3
        }
    );
}

#[test]
fn interview_readiness_compares_its_capability_areas_only() {
    let framework = built_in("interview-readiness");
    let invitation = invitation_for(&framework, 1);
    let responses: Vec<ObserverResponse> = (0..3)
        .map(|id| {
            ObserverResponse::new(
                &invitation,
                &framework,
                Peer,
                &complete_observer_answers(&framework),
                [id; 4],
            )
            .unwrap()
        })
        .collect();
    let report = aggregate(&framework, &Answers::new(), &responses);
    let preparation = framework.preparation_dimension().unwrap();
    assert_eq!(
        report.dimensions.len(),
        framework.capability_dimensions().count()
    );
    assert!(report
        .dimensions
        .iter()
        .all(|d| d.dimension_id != preparation.id));
    assert!(report.dimensions.iter().all(|d| d.self_view.is_none()
        && d.comparison.is_none()
        && matches!(d.others, Others::Shown(RaterAggregate { raters: 3, .. }))));
}

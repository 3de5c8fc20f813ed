//! Share codes: round trips for every built-in, length, every single-character change
//! and every truncation detected, specific errors, and no panics on any input.

use proptest::prelude::*;
use yardstick_core::answers::{Answer, Answers};
use yardstick_core::builtin::built_in_frameworks;
use yardstick_core::framework::{Framework, ItemKind};
use yardstick_core::share_code::{
    answers_for, base64url_decode, base64url_encode, crc32, decode, encode, open, ShareCodeError,
    CODE_VERSION,
};
use yardstick_core::validate::load_framework;

fn built_ins() -> Vec<Framework> {
    built_in_frameworks()
        .into_iter()
        .map(Result::unwrap)
        .collect()
}

fn engineering_manager() -> Framework {
    built_ins()
        .into_iter()
        .find(|f| f.id == "engineering-manager")
        .unwrap()
}

fn fixture() -> Framework {
    load_framework(include_bytes!("fixtures/minimal-framework.json")).unwrap()
}

/// Answers built from one number per item: every item kind's full range, unanswered
/// included, and evidence text that a code must leave out.
fn answers_from_choices(framework: &Framework, choices: &[u16]) -> Answers {
    let mut answers = Answers::new();
    for ((_, item), &choice) in framework.items().zip(choices) {
        let answer = match &item.kind {
            ItemKind::Behaviour { .. } => match choice % 7 {
                0 => None,
                6 => Some(Answer::PreferNot),
                value => Some(Answer::Rating { value: value as u8 }),
            },
            ItemKind::Anchored { .. } => (choice % 5 != 0).then(|| Answer::Level {
                value: (choice % 5 - 1) as u8,
            }),
            ItemKind::Scenario { .. } => {
                let (most, least) = ((choice % 4) as u8, (choice / 4 % 4) as u8);
                (choice % 17 != 0 && most != least).then_some(Answer::Judgement { most, least })
            }
            ItemKind::Evidence { .. } => (choice % 2 == 0).then(|| Answer::Evidence {
                text: format!("I did {choice}."),
            }),
        };
        if let Some(answer) = answer {
            answers.insert(item.id.clone(), answer);
        }
    }
    answers
}

fn without_evidence(answers: &Answers) -> Answers {
    answers
        .iter()
        .filter(|(_, a)| !matches!(a, Answer::Evidence { .. }))
        .map(|(id, a)| (id.clone(), a.clone()))
        .collect()
}

/// Every scored item of the Engineering Manager framework answered.
fn complete_engineering_manager_code() -> (Framework, Answers, String) {
    let framework = engineering_manager();
    let choices: Vec<u16> = (0..framework.items().count() as u16)
        .map(|i| i * 7 + 5)
        .collect();
    let mut answers = answers_from_choices(&framework, &choices);
    for (_, item) in framework.items() {
        answers.entry(item.id.clone()).or_insert(match item.kind {
            ItemKind::Scenario { .. } => Answer::Judgement { most: 3, least: 0 },
            ItemKind::Anchored { .. } => Answer::Level { value: 3 },
            ItemKind::Behaviour { .. } => Answer::Rating { value: 5 },
            ItemKind::Evidence { .. } => Answer::Evidence { text: "x".into() },
        });
    }
    let code = encode(&framework, &answers);
    (framework, answers, code)
}

/// Hand-assembles a code: the bytes, then their CRC-32, base64url.
fn seal(mut bytes: Vec<u8>) -> String {
    let checksum = crc32(&bytes);
    bytes.extend(checksum.to_be_bytes());
    base64url_encode(&bytes)
}

/// A version-1 code for the fixture framework with the given answer data.
fn fixture_code(answer_data: &[u8]) -> String {
    let mut bytes = vec![CODE_VERSION, 14];
    bytes.extend(b"team-lead-lite");
    bytes.push(5);
    bytes.extend(b"1.0.0");
    bytes.push(answer_data.len() as u8);
    bytes.extend(answer_data);
    seal(bytes)
}

#[test]
fn base64url_matches_rfc_4648_vectors() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url_encode(plain.as_bytes()), encoded);
        assert_eq!(base64url_decode(encoded).as_deref(), Some(plain.as_bytes()));
    }
    assert_eq!(
        base64url_encode(&[0xfb, 0xff, 0xbf]),
        "-_-_",
        "URL-safe alphabet"
    );
    assert_eq!(base64url_decode("-_-_"), Some(vec![0xfb, 0xff, 0xbf]));
    for bad in [
        "Zm9v=", "Zm9+", "Zm9/", "Zm 9", "Z", "Zm9vY", "Zh", "Zm9", "Zé",
    ] {
        assert_eq!(base64url_decode(bad), None, "{bad}");
    }
    assert_eq!(
        base64url_decode("Zm8"),
        Some(b"fo".to_vec()),
        "Zm9 has stray bits; Zm8 does not"
    );
}

#[test]
fn crc32_is_the_standard_one() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn a_complete_engineering_manager_code_is_short() {
    let (framework, answers, code) = complete_engineering_manager_code();
    assert_eq!(
        answers.len(),
        framework.items().count(),
        "every item answered"
    );
    println!(
        "complete Engineering Manager share code: {} chars: {code}",
        code.len()
    );
    assert!(code.len() < 300, "{} chars", code.len());
    let frameworks = built_ins();
    let (found, decoded) = open(&code, &frameworks).unwrap();
    assert_eq!(found.id, "engineering-manager");
    assert_eq!(decoded, without_evidence(&answers));
}

#[test]
fn changing_any_single_character_is_detected() {
    let (_, _, em_code) = complete_engineering_manager_code();
    let mut fixture_answers = Answers::new();
    fixture_answers.insert("plan-slip".into(), Answer::Judgement { most: 2, least: 3 });
    let fixture_code = encode(&fixture(), &fixture_answers);
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for code in [em_code, fixture_code] {
        assert!(decode(&code).is_ok());
        for (position, original) in code.char_indices() {
            for replacement in alphabet.chars().chain(['=', '+', '/', ' ', '.', 'é']) {
                if replacement == original {
                    continue;
                }
                let mut changed = code.clone();
                changed.replace_range(position..position + 1, replacement.encode_utf8(&mut [0; 4]));
                let result = decode(&changed);
                assert!(result.is_err(), "{changed} decoded: {result:?}");
            }
        }
    }
}

#[test]
fn every_truncation_is_reported_as_truncated() {
    let (_, _, code) = complete_engineering_manager_code();
    for length in 0..code.len() {
        assert_eq!(
            decode(&code[..length]),
            Err(ShareCodeError::Truncated),
            "first {length} chars"
        );
    }
}

#[test]
fn a_code_from_a_newer_yardstick_says_so() {
    let newer = seal(vec![2, 14, 0, 0, 0]);
    assert_eq!(
        decode(&newer),
        Err(ShareCodeError::UnknownVersion { version: 2 })
    );
    assert!(ShareCodeError::UnknownVersion { version: 2 }
        .to_string()
        .contains("newer version"));
}

#[test]
fn unknown_framework_and_version_mismatch_are_told_apart() {
    let (framework, answers, code) = complete_engineering_manager_code();
    let mut updated = framework.clone();
    updated.version = "9.0.0".into();
    assert_eq!(
        open(&code, [&updated]),
        Err(ShareCodeError::FrameworkVersionMismatch {
            id: "engineering-manager".into(),
            code_version: framework.version.clone(),
            site_version: "9.0.0".into(),
        })
    );
    let unknown = ShareCodeError::UnknownFramework {
        id: "engineering-manager".into(),
        version: framework.version.clone(),
    };
    assert_eq!(open(&code, [&fixture()]).err(), Some(unknown.clone()));
    let decoded = decode(&code).unwrap();
    assert_eq!(
        (
            decoded.framework_id.as_str(),
            decoded.framework_version.as_str()
        ),
        ("engineering-manager", framework.version.as_str())
    );
    assert_eq!(answers_for(&fixture(), &decoded), Err(unknown));
    assert!(matches!(
        answers_for(&updated, &decoded),
        Err(ShareCodeError::FrameworkVersionMismatch { .. })
    ));
    assert_eq!(
        answers_for(&framework, &decoded),
        Ok(without_evidence(&answers))
    );
    // Several versions on the site: the matching one wins.
    assert!(open(&code, [&updated, &framework]).is_ok());
}

#[test]
fn a_custom_framework_with_any_version_text_works() {
    let mut framework = fixture();
    framework.version = "2026-β".into();
    let mut answers = Answers::new();
    answers.insert("people-level".into(), Answer::Level { value: 0 });
    answers.insert("plan-surprise".into(), Answer::PreferNot);
    answers.insert("unknown-item".into(), Answer::Rating { value: 3 });
    answers.insert("plan-risks".into(), Answer::Level { value: 2 }); // does not fit: dropped
    let code = encode(&framework, &answers);
    let mut expected = answers.clone();
    expected.remove("unknown-item");
    expected.remove("plan-risks");
    assert_eq!(open(&code, [&framework]).map(|(_, a)| a), Ok(expected));
}

#[test]
fn answer_data_that_does_not_fit_is_refused() {
    let framework = fixture();
    let read = |data: &[u8]| decode(&fixture_code(data)).and_then(|d| answers_for(&framework, &d));
    // Fixture fields: behaviour 3, behaviour 3, scenario 4, anchored 3, behaviour 3 = 16 bits:
    // rating 1, prefer not, judgement (0, 1), level 0, unanswered.
    assert_eq!(
        read(&[0b0011_1000, 0b0100_1000]).map(|a| a.len()),
        Ok(4),
        "well-formed"
    );
    // Every 3-bit behaviour value has a meaning: 7 is "Hasn't come up".
    assert_eq!(
        read(&[0b1110_0000, 0]).map(|a| a.get("plan-risks").cloned()),
        Ok(Some(Answer::NotApplicable))
    );
    for (data, what) in [
        (vec![0b0000_0011, 0b0100_0000], "scenario 13"),
        (vec![0, 0b0010_1000], "anchored level 5"),
        (vec![0, 0, 0], "a byte too many"),
        (vec![0], "a byte short"),
        (vec![], "no data"),
    ] {
        assert_eq!(read(&data), Err(ShareCodeError::AnswersDoNotFit), "{what}");
    }
    let mut shorter = framework.clone();
    shorter.dimensions[1]
        .items
        .retain(|i| i.id != "people-praise"); // 13 bits + 3 padding
    let read_shorter =
        |data: &[u8]| decode(&fixture_code(data)).and_then(|d| answers_for(&shorter, &d));
    assert!(read_shorter(&[0, 0]).is_ok());
    assert_eq!(
        read_shorter(&[0, 0b0000_0001]),
        Err(ShareCodeError::AnswersDoNotFit),
        "padding bit set"
    );
}

#[test]
fn an_intact_but_oddly_laid_out_code_is_malformed() {
    let mut bytes = vec![CODE_VERSION, 1, b'x', 1, b'1', 0];
    assert!(decode(&seal(bytes.clone())).is_ok());
    bytes.push(0);
    assert_eq!(
        decode(&seal(bytes)),
        Err(ShareCodeError::Malformed),
        "trailing byte"
    );
    assert_eq!(
        decode(&seal(vec![CODE_VERSION, 1, 0xff, 1, b'1', 0])),
        Err(ShareCodeError::Malformed),
        "not UTF-8"
    );
    assert_eq!(
        decode(&seal(vec![CODE_VERSION, 0xff, 0xff, 0xff, 0xff, 0x01])),
        Err(ShareCodeError::Malformed),
        "huge varint"
    );
}

#[test]
fn every_error_has_a_plain_sentence() {
    for error in [
        ShareCodeError::NotBase64Url,
        ShareCodeError::Truncated,
        ShareCodeError::ChecksumMismatch,
        ShareCodeError::UnknownVersion { version: 9 },
        ShareCodeError::Malformed,
        ShareCodeError::UnknownFramework {
            id: "x".into(),
            version: "1".into(),
        },
        ShareCodeError::FrameworkVersionMismatch {
            id: "x".into(),
            code_version: "1".into(),
            site_version: "2".into(),
        },
        ShareCodeError::AnswersDoNotFit,
    ] {
        let message = error.to_string();
        assert!(message.ends_with('.') && message.len() > 30, "{message}");
    }
    assert_eq!(decode("not a code!"), Err(ShareCodeError::NotBase64Url));
}

proptest! {
    #[test]
    fn every_built_in_round_trips_any_answers(
        framework_index in 0usize..4,
        choices in prop::collection::vec(any::<u16>(), 60),
    ) {
        let frameworks = built_ins();
        let framework = &frameworks[framework_index];
        prop_assert!(framework.items().count() <= choices.len());
        let answers = answers_from_choices(framework, &choices);
        let code = encode(framework, &answers);
        let decoded = decode(&code).unwrap();
        prop_assert_eq!(&decoded.framework_id, &framework.id);
        prop_assert_eq!(answers_for(framework, &decoded), Ok(without_evidence(&answers)));
    }

    #[test]
    fn decode_never_panics_on_any_text(text in any::<String>()) {
        let _ = decode(&text);
    }

    #[test]
    fn decode_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = decode(&base64url_encode(&bytes));
        // With a valid checksum the parser and answer reader are reached too.
        let mut versioned = vec![CODE_VERSION];
        versioned.extend(&bytes);
        if let Ok(decoded) = decode(&seal(versioned)) {
            for framework in built_ins().iter().chain([&fixture()]) {
                let _ = answers_for(framework, &decoded);
            }
        }
        let framework = fixture();
        let result = decode(&fixture_code(&bytes)).and_then(|d| answers_for(&framework, &d));
        prop_assert!(bytes.len() == 2 || result.is_err(), "only 16 bits fit the fixture");
    }

    #[test]
    fn base64url_round_trips_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..100)) {
        let encoded = base64url_encode(&bytes);
        prop_assert!(encoded.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        prop_assert_eq!(base64url_decode(&encoded), Some(bytes));
    }
}

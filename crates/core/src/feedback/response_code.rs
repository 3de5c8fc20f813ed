//! An observer's response: their answers to the observer questions of an invitation's
//! framework, packed into a code (or a small JSON file carrying the code) that they send
//! back to the person who invited them. No server is involved.
//!
//! # Format, version 1
//!
//! The code is base64url (RFC 4648 §5, no padding) of these bytes, in the envelope all
//! Yardstick codes share ([`super::envelope`]):
//!
//! | bytes  | content                                                                 |
//! |--------|-------------------------------------------------------------------------|
//! | 1      | `0xB1`: kind `0xB` (response) in the high four bits, format version 1   |
//! | 8      | invitation id, as in the invitation                                     |
//! | 4      | response id: random bytes chosen by the observer's browser              |
//! | varint | byte length of the framework id, then the id (UTF-8)                    |
//! | varint | byte length of the framework version, then the version (UTF-8)          |
//! | 1      | relationship: 0 manager, 1 peer, 2 direct report, 3 other               |
//! | varint | byte length of the answer data, then the answer data                    |
//! | 4      | CRC-32 (IEEE) of every byte before it, big-endian                       |
//!
//! The answer data is a bit string, most significant bit first, zero-padded to a whole
//! byte: one 3-bit field per observer question ([`observer_items`]: the statements and
//! anchored items of the capability dimensions, in framework order; scenarios and
//! evidence are never asked of observers). 0 always means unanswered:
//!
//! - statement: 1–5 the rating, 6 "can't say";
//! - anchored: 1–4 for levels 0–3, 5 "can't say".
//!
//! Any other value, a length that does not fit the framework, or non-zero padding is
//! refused, so an intact code has one spelling and its text is a key for duplicates.
//!
//! The response id tells two observers who gave identical answers apart (their codes
//! would otherwise be the same, and the second would be refused as a duplicate). A
//! browser that keeps the id per invitation lets a corrected response replace the
//! earlier one ([`super::aggregate`] keeps the later of two with the same id).
//!
//! A complete Engineering Manager response (all 28 statements and 6 anchored items
//! answered) is 78 characters long (`complete_engineering_manager_response_length` in
//! `crates/core/tests/feedback.rs`).
//!
//! ```
//! use yardstick_core::feedback::invitation::Invitation;
//! use yardstick_core::feedback::response_code::{
//!     self, ObserverAnswer, ObserverAnswers, ObserverResponse, Relationship,
//! };
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//! let invitation = Invitation::new(&framework, [1; 8], "Alex").unwrap();
//! let mut answers = ObserverAnswers::new();
//! answers.insert("plan-risks".into(), ObserverAnswer::Rating { value: 4 });
//! answers.insert("plan-level".into(), ObserverAnswer::CantSay);
//! let response =
//!     ObserverResponse::new(&invitation, &framework, Relationship::Peer, &answers, [9; 4]).unwrap();
//! let code = response_code::encode(&response);
//! let received = response_code::decode(&code, &framework, &invitation).unwrap();
//! assert_eq!(received, response);
//! assert_eq!((received.relationship(), received.rated()), (Relationship::Peer, 1));
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::envelope::{
    push_field, seal, unseal, BitReader, BitWriter, CodeKind, Reader, Unsealable, RESPONSE_KIND,
};
use super::invitation::Invitation;
use super::observer::observer_items;
use crate::answers::{Answer, Answers};
use crate::file_names::slug;
use crate::framework::{Framework, Item, ItemKind};

/// The response code format this build writes and reads.
pub const RESPONSE_VERSION: u8 = 1;
/// The `yardstick_response` value of the response files this build writes and reads.
pub const RESPONSE_FILE_VERSION: u64 = 1;
/// Largest response file accepted, in bytes: a real one is a few hundred.
pub const MAX_RESPONSE_FILE_BYTES: usize = 64 * 1024;

const FIRST_BYTE: u8 = RESPONSE_KIND | RESPONSE_VERSION;
const FIELD_WIDTH: u8 = 3;
const CANT_SAY_STATEMENT: u8 = 6;
const CANT_SAY_ANCHORED: u8 = 5;

/// How the observer works with the person. Reported groups are built from it
/// ([`super::aggregate`]), so it is the observer's own choice, never inferred.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relationship {
    /// The person's manager. Shown on its own, labelled as the manager's view, so a
    /// manager must be told their answers will be recognisable.
    Manager,
    Peer,
    /// Someone who reports to the person.
    DirectReport,
    /// Anyone else who works with the person (a stakeholder, a partner team).
    Other,
}

impl Relationship {
    /// Every relationship, in the order reports list them.
    pub const ALL: [Relationship; 4] = [
        Relationship::Manager,
        Relationship::Peer,
        Relationship::DirectReport,
        Relationship::Other,
    ];

    /// The choice as an observer picks it.
    pub fn observer_label(self) -> &'static str {
        match self {
            Relationship::Manager => "I am their manager",
            Relationship::Peer => "I am a peer",
            Relationship::DirectReport => "I report to them",
            Relationship::Other => "I work with them in another way",
        }
    }

    /// The group's name in the person's report.
    pub fn group_label(self) -> &'static str {
        match self {
            Relationship::Manager => "Your manager",
            Relationship::Peer => "Peers",
            Relationship::DirectReport => "Direct reports",
            Relationship::Other => "Other colleagues",
        }
    }

    fn code(self) -> u8 {
        match self {
            Relationship::Manager => 0,
            Relationship::Peer => 1,
            Relationship::DirectReport => 2,
            Relationship::Other => 3,
        }
    }

    fn from_code(code: u8) -> Option<Relationship> {
        Relationship::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// An observer's answer to one observer question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObserverAnswer {
    /// A statement rated 1..=5 on its rating scale.
    Rating { value: u8 },
    /// An anchored item's level, 0 (below the bar) ..= 3 (role model).
    Level { value: u8 },
    /// "Can't say": the observer has not seen enough to answer. Scores nothing, like
    /// an unanswered question.
    CantSay,
}

/// An observer's answers, keyed by item id.
pub type ObserverAnswers = BTreeMap<String, ObserverAnswer>;

impl ObserverAnswer {
    /// Whether this answer fits `item` (a statement takes a rating, an anchored item a
    /// level, either "can't say").
    pub fn fits(&self, item: &Item) -> bool {
        field_value(&item.kind, *self) != 0
    }

    /// The self-assessment answer this observer answer scores as: the same rating or
    /// level, so keying and level bands apply exactly as to the person's own answers.
    fn as_answer(self) -> Option<Answer> {
        match self {
            ObserverAnswer::Rating { value } => Some(Answer::Rating { value }),
            ObserverAnswer::Level { value } => Some(Answer::Level { value }),
            ObserverAnswer::CantSay => None,
        }
    }
}

/// One observer's response to an invitation.
///
/// Its answers cannot be read through the public API: the person who invited the
/// observer sees them only as aggregates ([`super::aggregate`]). The code itself is not
/// encrypted (there is no server to keep a key), so the observer should be told that
/// the code carries their answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObserverResponse {
    invitation_id: [u8; 8],
    response_id: [u8; 4],
    framework_id: String,
    framework_version: String,
    relationship: Relationship,
    answers: ObserverAnswers,
    /// `answers` packed as in the code, kept so that encoding needs no framework.
    answer_data: Vec<u8>,
}

/// Why a response code or file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResponseCodeError {
    /// Not a Yardstick code at all.
    NotACode,
    /// Cut off, mistyped or changed: the checksum fails, or the contents are not laid
    /// out as a response to this framework.
    Damaged,
    /// A response made by a newer Yardstick.
    NewerVersion { version: u8 },
    /// A shared result, not a response.
    IsShareCode,
    /// The invitation itself, not a response to it.
    IsInvitation,
    /// A response to a different invitation.
    ForAnotherInvitation,
    /// A response to the invitation's id made with another framework or version.
    ForAnotherFramework {
        found_id: String,
        found_version: String,
        expected_id: String,
        expected_version: String,
    },
    /// A file that is not a Yardstick response file (not JSON, too large, or without
    /// `yardstick_response` and `code`).
    NotAResponseFile,
    /// A response file written by a newer Yardstick.
    NewerFileVersion { version: u64 },
}

impl std::fmt::Display for ResponseCodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ResponseCodeError::NotACode => f.write_str(
                "This is not a Yardstick feedback response: it has characters a response never contains.",
            ),
            ResponseCodeError::Damaged => f.write_str(
                "The response is damaged: it may have been cut off or changed when it was copied. Ask the person who sent it to copy it again.",
            ),
            ResponseCodeError::NewerVersion { version } => write!(
                f,
                "This response was made by a newer version of Yardstick (response format {version}); this site reads format {RESPONSE_VERSION}."
            ),
            ResponseCodeError::IsShareCode => f.write_str(
                "This is a shared result, not a feedback response; open it as a shared result.",
            ),
            ResponseCodeError::IsInvitation => f.write_str(
                "This is your invitation, not a response to it. Send it to the people you want feedback from; each of them sends back a response.",
            ),
            ResponseCodeError::ForAnotherInvitation => f.write_str(
                "This response answers a different invitation, so it is not added here.",
            ),
            ResponseCodeError::ForAnotherFramework {
                found_id,
                found_version,
                expected_id,
                expected_version,
            } => {
                if found_id == expected_id {
                    write!(
                        f,
                        "This response was made with version {found_version} of \"{found_id}\"; the invitation asks for version {expected_version}, so the answers cannot be read."
                    )
                } else {
                    write!(
                        f,
                        "This response answers the framework \"{found_id}\", not \"{expected_id}\", so it is not added here."
                    )
                }
            }
            ResponseCodeError::NotAResponseFile => f.write_str(
                "This file is not a Yardstick feedback response.",
            ),
            ResponseCodeError::NewerFileVersion { version } => write!(
                f,
                "This response file was made by a newer version of Yardstick (file format {version}); this site reads format {RESPONSE_FILE_VERSION}."
            ),
        }
    }
}

impl std::error::Error for ResponseCodeError {}

impl ObserverResponse {
    /// An observer's response to `invitation`, answered on `framework` (which must be
    /// the invitation's framework, in its exact version). Answers to items observers
    /// are not asked, and answers that do not fit their item, are left out.
    /// `response_id` is random bytes from the caller; reuse it when the same observer
    /// corrects their response, so the correction replaces the first.
    pub fn new(
        invitation: &Invitation,
        framework: &Framework,
        relationship: Relationship,
        answers: &ObserverAnswers,
        response_id: [u8; 4],
    ) -> Result<ObserverResponse, ResponseCodeError> {
        check_framework(
            &framework.id,
            &framework.version,
            invitation.framework_id(),
            invitation.framework_version(),
        )?;
        let mut kept = ObserverAnswers::new();
        let mut bits = BitWriter::default();
        for (_, item) in observer_items(framework) {
            let answer = answers.get(&item.id).copied().filter(|a| a.fits(item));
            bits.push(
                answer.map_or(0, |a| field_value(&item.kind, a)),
                FIELD_WIDTH,
            );
            if let Some(answer) = answer {
                kept.insert(item.id.clone(), answer);
            }
        }
        Ok(ObserverResponse {
            invitation_id: invitation.invitation_id(),
            response_id,
            framework_id: framework.id.clone(),
            framework_version: framework.version.clone(),
            relationship,
            answers: kept,
            answer_data: bits.bytes,
        })
    }

    pub fn invitation_id(&self) -> [u8; 8] {
        self.invitation_id
    }

    /// Random bytes chosen by the observer's browser; the same for a corrected response.
    pub fn response_id(&self) -> [u8; 4] {
        self.response_id
    }

    pub fn framework_id(&self) -> &str {
        &self.framework_id
    }

    pub fn framework_version(&self) -> &str {
        &self.framework_version
    }

    pub fn relationship(&self) -> Relationship {
        self.relationship
    }

    /// Questions answered with a rating or level ("can't say" not counted).
    pub fn rated(&self) -> usize {
        self.answers
            .values()
            .filter(|a| **a != ObserverAnswer::CantSay)
            .count()
    }

    /// Questions answered "can't say".
    pub fn cant_say(&self) -> usize {
        self.answers.len() - self.rated()
    }

    /// A key equal for two responses exactly when they are the same response (the
    /// code's text): store it to refuse a response added twice. A corrected response
    /// has a new key but the same [`ObserverResponse::response_id`].
    pub fn duplicate_key(&self) -> String {
        encode(self)
    }

    /// The answers as self-assessment answers, for scoring: ratings and levels as they
    /// are, "can't say" left out.
    pub(crate) fn answers_for_scoring(&self) -> Answers {
        // Inserted one by one, not collected: see `aggregate::observer_questions_only`.
        let mut answers = Answers::new();
        for (id, answer) in &self.answers {
            if let Some(answer) = answer.as_answer() {
                answers.insert(id.clone(), answer);
            }
        }
        answers
    }
}

/// The response as a code.
pub fn encode(response: &ObserverResponse) -> String {
    let mut body = Vec::new();
    body.extend_from_slice(&response.invitation_id);
    body.extend_from_slice(&response.response_id);
    push_field(&mut body, response.framework_id.as_bytes());
    push_field(&mut body, response.framework_version.as_bytes());
    body.push(response.relationship.code());
    push_field(&mut body, &response.answer_data);
    seal(FIRST_BYTE, &body)
}

/// Opens a response code (white space around it is ignored) for `invitation`, whose
/// framework `framework` is. Refuses a code that is damaged, newer, of another kind,
/// for another invitation, or made with another framework or version.
pub fn decode(
    code: &str,
    framework: &Framework,
    invitation: &Invitation,
) -> Result<ObserverResponse, ResponseCodeError> {
    let unsealed = unseal(code).map_err(|why| match why {
        Unsealable::NotACode => ResponseCodeError::NotACode,
        Unsealable::Damaged => ResponseCodeError::Damaged,
    })?;
    match unsealed.kind {
        CodeKind::Response {
            version: RESPONSE_VERSION,
        } => {}
        CodeKind::Response { version } if version > RESPONSE_VERSION => {
            return Err(ResponseCodeError::NewerVersion { version })
        }
        // Version 0 was never written.
        CodeKind::Response { .. } => return Err(ResponseCodeError::Damaged),
        CodeKind::ShareCode { .. } => return Err(ResponseCodeError::IsShareCode),
        CodeKind::Invitation { .. } => return Err(ResponseCodeError::IsInvitation),
    }
    let fields = read_v1(&unsealed.body).ok_or(ResponseCodeError::Damaged)?;
    if fields.invitation_id != invitation.invitation_id() {
        return Err(ResponseCodeError::ForAnotherInvitation);
    }
    check_framework(
        &fields.framework_id,
        &fields.framework_version,
        invitation.framework_id(),
        invitation.framework_version(),
    )?;
    check_framework(
        &fields.framework_id,
        &fields.framework_version,
        &framework.id,
        &framework.version,
    )?;
    let answers = read_answers(framework, fields.answer_data).ok_or(ResponseCodeError::Damaged)?;
    Ok(ObserverResponse {
        invitation_id: fields.invitation_id,
        response_id: fields.response_id,
        framework_id: fields.framework_id,
        framework_version: fields.framework_version,
        relationship: fields.relationship,
        answers,
        answer_data: fields.answer_data.to_vec(),
    })
}

/// The invitation id and response id of an intact version-1 response code, read
/// without a framework; `None` for anything else. Lets a stored response be matched
/// with a correction from the same observer's browser.
pub fn ids_of(code: &str) -> Option<([u8; 8], [u8; 4])> {
    let unsealed = unseal(code).ok()?;
    if unsealed.kind
        != (CodeKind::Response {
            version: RESPONSE_VERSION,
        })
    {
        return None;
    }
    let fields = read_v1(&unsealed.body)?;
    Some((fields.invitation_id, fields.response_id))
}

/// The file form of a response, for an observer who would rather send a file than a
/// code: JSON with `yardstick_response` (the file format, 1), a note saying what the
/// file is, the framework's id and version, and `code`. Reading trusts only `code`;
/// the answers are not written out readably, so opening the file shows no one's answers.
pub fn response_file(response: &ObserverResponse) -> String {
    let file = ResponseFileOut {
        yardstick_response: RESPONSE_FILE_VERSION,
        about: "Feedback for a Yardstick self-assessment. Send this file to the person who asked you for feedback; Yardstick shows them answers only as averages of three or more people (a manager's on its own). The code holds your answers.",
        framework_id: &response.framework_id,
        framework_version: &response.framework_version,
        code: encode(response),
    };
    // Serialising this plain struct cannot fail (string keys, no custom impls).
    crate::pretty_json::indent(&serde_json::to_string(&file).unwrap_or_default())
}

/// The name to save [`response_file`] under: `yardstick-response-<framework>.json`.
pub fn response_file_name(response: &ObserverResponse) -> String {
    format!("yardstick-response-{}.json", slug(&response.framework_id))
}

/// Reads a response file ([`response_file`]) with the same checks as [`decode`].
pub fn read_response_file(
    bytes: &[u8],
    framework: &Framework,
    invitation: &Invitation,
) -> Result<ObserverResponse, ResponseCodeError> {
    if bytes.len() > MAX_RESPONSE_FILE_BYTES {
        return Err(ResponseCodeError::NotAResponseFile);
    }
    let file: ResponseFileIn =
        serde_json::from_slice(bytes).map_err(|_| ResponseCodeError::NotAResponseFile)?;
    match file.yardstick_response {
        Some(RESPONSE_FILE_VERSION) => {}
        Some(version) if version > RESPONSE_FILE_VERSION => {
            return Err(ResponseCodeError::NewerFileVersion { version })
        }
        _ => return Err(ResponseCodeError::NotAResponseFile),
    }
    let code = file.code.ok_or(ResponseCodeError::NotAResponseFile)?;
    decode(&code, framework, invitation)
}

#[derive(Serialize)]
struct ResponseFileOut<'a> {
    yardstick_response: u64,
    about: &'static str,
    framework_id: &'a str,
    framework_version: &'a str,
    code: String,
}

/// A response file as read: only the fields reading needs; any others are ignored.
#[derive(Deserialize)]
struct ResponseFileIn {
    yardstick_response: Option<u64>,
    code: Option<String>,
}

/// The fields of a version-1 body, before the answers are read against a framework.
struct Fields<'a> {
    invitation_id: [u8; 8],
    response_id: [u8; 4],
    framework_id: String,
    framework_version: String,
    relationship: Relationship,
    answer_data: &'a [u8],
}

fn read_v1(body: &[u8]) -> Option<Fields<'_>> {
    let mut reader = Reader::new(body);
    let fields = Fields {
        invitation_id: reader.array()?,
        response_id: reader.array()?,
        framework_id: reader.text()?,
        framework_version: reader.text()?,
        relationship: Relationship::from_code(reader.byte()?)?,
        answer_data: reader.field()?,
    };
    reader.is_empty().then_some(fields)
}

fn read_answers(framework: &Framework, data: &[u8]) -> Option<ObserverAnswers> {
    let mut bits = BitReader::new(data);
    let mut answers = ObserverAnswers::new();
    let mut bit_count = 0;
    for (_, item) in observer_items(framework) {
        bit_count += usize::from(FIELD_WIDTH);
        let value = bits.read(FIELD_WIDTH)?;
        if value != 0 {
            answers.insert(item.id.clone(), answer_from(&item.kind, value)?);
        }
    }
    (data.len() == bit_count.div_ceil(8) && bits.rest_is_zero()).then_some(answers)
}

/// The field value of `answer` to an item of `kind`: 0 when it does not fit the item.
fn field_value(kind: &ItemKind, answer: ObserverAnswer) -> u8 {
    match (kind, answer) {
        (
            ItemKind::Behaviour { .. },
            ObserverAnswer::Rating {
                value: value @ 1..=5,
            },
        ) => value,
        (ItemKind::Behaviour { .. }, ObserverAnswer::CantSay) => CANT_SAY_STATEMENT,
        (
            ItemKind::Anchored { .. },
            ObserverAnswer::Level {
                value: value @ 0..=3,
            },
        ) => value + 1,
        (ItemKind::Anchored { .. }, ObserverAnswer::CantSay) => CANT_SAY_ANCHORED,
        _ => 0,
    }
}

/// Inverse of [`field_value`] for a non-zero field of an item of `kind`.
fn answer_from(kind: &ItemKind, value: u8) -> Option<ObserverAnswer> {
    match (kind, value) {
        (ItemKind::Behaviour { .. }, 1..=5) => Some(ObserverAnswer::Rating { value }),
        (ItemKind::Behaviour { .. }, CANT_SAY_STATEMENT) => Some(ObserverAnswer::CantSay),
        (ItemKind::Anchored { .. }, 1..=4) => Some(ObserverAnswer::Level { value: value - 1 }),
        (ItemKind::Anchored { .. }, CANT_SAY_ANCHORED) => Some(ObserverAnswer::CantSay),
        _ => None,
    }
}

fn check_framework(
    found_id: &str,
    found_version: &str,
    expected_id: &str,
    expected_version: &str,
) -> Result<(), ResponseCodeError> {
    if found_id == expected_id && found_version == expected_version {
        Ok(())
    } else {
        Err(ResponseCodeError::ForAnotherFramework {
            found_id: found_id.to_string(),
            found_version: found_version.to_string(),
            expected_id: expected_id.to_string(),
            expected_version: expected_version.to_string(),
        })
    }
}

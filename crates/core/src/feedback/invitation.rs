//! Invitations: what a person sends colleagues so they can answer the framework's
//! questions about them, packed into a code for a URL fragment (the app puts it after
//! `#/invite/`). Nothing goes to a server; the code names the framework and carries a
//! random id that every response to it repeats, so responses can be matched to it.
//!
//! # Format, version 1
//!
//! The code is base64url (RFC 4648 §5, no padding) of these bytes, in the envelope all
//! Yardstick codes share ([`super::envelope`]):
//!
//! | bytes  | content                                                                |
//! |--------|------------------------------------------------------------------------|
//! | 1      | `0xA1`: kind `0xA` (invitation) in the high four bits, format version 1 |
//! | varint | byte length of the framework id, then the id (UTF-8)                   |
//! | varint | byte length of the framework version, then the version (UTF-8)         |
//! | 8      | invitation id: random bytes chosen when the invitation is made         |
//! | varint | byte length of the subject's name, then the name (UTF-8); 0 = no name  |
//! | 4      | CRC-32 (IEEE) of every byte before it, big-endian                      |
//!
//! A varint is unsigned LEB128 (7 bits a byte, low bits first), at most 4 bytes. The
//! decoder refuses anything the encoder would not write (leftover bytes, a name that is
//! not trimmed or too long), so an intact code has exactly one spelling.
//!
//! One invitation is meant for everyone asked: with a code per person, the person who
//! sent them could tell whose answers are whose.
//!
//! ```
//! use yardstick_core::feedback::invitation::{self, Invitation};
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/feedback-framework.json")).unwrap();
//! // The id is random bytes from the caller (in the browser, crypto.getRandomValues).
//! let sent = Invitation::new(&framework, [7, 1, 2, 3, 4, 5, 6, 7], "  Alex  ").unwrap();
//! let code = invitation::encode(&sent);
//! let opened = invitation::decode(&code).unwrap();
//! assert_eq!(opened, sent);
//! assert_eq!(opened.subject_name(), Some("Alex"));
//! assert_eq!(opened.framework_id(), "team-lead-feedback");
//! ```

use super::envelope::{push_field, seal, unseal, CodeKind, Reader, Unsealable, INVITATION_KIND};
use super::observer::{observer_ready, NotObserverReady};
use crate::framework::Framework;

/// The invitation format this build writes and reads.
pub const INVITATION_VERSION: u8 = 1;
/// Longest subject name an invitation carries, in characters: enough for a full name,
/// short enough to keep the link short.
pub const SUBJECT_NAME_MAX_CHARS: usize = 60;

const FIRST_BYTE: u8 = INVITATION_KIND | INVITATION_VERSION;

/// An invitation to answer a framework's observer questions about someone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitation {
    framework_id: String,
    framework_version: String,
    invitation_id: [u8; 8],
    subject_name: Option<String>,
}

/// Why an invitation could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NewInvitationError {
    /// The framework lacks observer wording somewhere (see [`observer_ready`]).
    NotObserverReady(NotObserverReady),
    /// The name is longer than [`SUBJECT_NAME_MAX_CHARS`] after trimming.
    NameTooLong { chars: usize },
    /// The name holds a line break, tab or other control character.
    NameHasControlCharacters,
}

impl std::fmt::Display for NewInvitationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NewInvitationError::NotObserverReady(reason) => reason.fmt(f),
            NewInvitationError::NameTooLong { chars } => write!(
                f,
                "The name is {chars} characters long; an invitation can carry at most {SUBJECT_NAME_MAX_CHARS}."
            ),
            NewInvitationError::NameHasControlCharacters => {
                f.write_str("The name must be on one line, without tabs or other control characters.")
            }
        }
    }
}

impl std::error::Error for NewInvitationError {}

/// Why an invitation code could not be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InvitationError {
    /// Not a Yardstick code at all.
    NotACode,
    /// Cut off, mistyped or changed: the checksum fails, or the contents are not laid
    /// out as an invitation.
    Damaged,
    /// An invitation made by a newer Yardstick.
    NewerVersion { version: u8 },
    /// A shared result, not an invitation.
    IsShareCode,
    /// An observer's response, which goes to the person who invited them.
    IsResponse,
}

impl std::fmt::Display for InvitationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InvitationError::NotACode => f.write_str(
                "This is not a Yardstick invitation: it has characters an invitation never contains.",
            ),
            InvitationError::Damaged => f.write_str(
                "The invitation link is damaged: it may have been cut off or changed when it was copied. Ask for the link again.",
            ),
            InvitationError::NewerVersion { version } => write!(
                f,
                "This invitation was made by a newer version of Yardstick (invitation format {version}); this site reads format {INVITATION_VERSION}."
            ),
            InvitationError::IsShareCode => f.write_str(
                "This is a shared result, not an invitation to give feedback; open it as a shared result.",
            ),
            InvitationError::IsResponse => f.write_str(
                "This is someone's feedback response, not an invitation. It belongs to the person who asked for the feedback, who adds it on their feedback page.",
            ),
        }
    }
}

impl std::error::Error for InvitationError {}

impl Invitation {
    /// An invitation to answer `framework` about someone, with `invitation_id` (random
    /// bytes, supplied by the caller so this crate needs no source of randomness) and
    /// the person's name as it should be shown to observers: trimmed, at most
    /// [`SUBJECT_NAME_MAX_CHARS`], on one line; empty for no name. The framework must be
    /// [`observer_ready`].
    pub fn new(
        framework: &Framework,
        invitation_id: [u8; 8],
        subject_name: &str,
    ) -> Result<Invitation, NewInvitationError> {
        observer_ready(framework).map_err(NewInvitationError::NotObserverReady)?;
        Ok(Invitation {
            framework_id: framework.id.clone(),
            framework_version: framework.version.clone(),
            invitation_id,
            subject_name: clean_subject_name(subject_name)?,
        })
    }

    pub fn framework_id(&self) -> &str {
        &self.framework_id
    }

    /// The exact framework version observers must answer: response codes pack answers
    /// by item position, so a response made with another version is refused.
    pub fn framework_version(&self) -> &str {
        &self.framework_version
    }

    pub fn invitation_id(&self) -> [u8; 8] {
        self.invitation_id
    }

    /// Who the feedback is about, as the inviter typed it (trimmed); `None` when no
    /// name was given.
    pub fn subject_name(&self) -> Option<&str> {
        self.subject_name.as_deref()
    }
}

/// `name` trimmed, `None` when empty; refused when too long or not on one line.
fn clean_subject_name(name: &str) -> Result<Option<String>, NewInvitationError> {
    let name = name.trim();
    if name.is_empty() {
        return Ok(None);
    }
    let chars = name.chars().count();
    if chars > SUBJECT_NAME_MAX_CHARS {
        return Err(NewInvitationError::NameTooLong { chars });
    }
    if name.chars().any(char::is_control) {
        return Err(NewInvitationError::NameHasControlCharacters);
    }
    Ok(Some(name.to_string()))
}

/// The invitation as a code for a URL fragment.
pub fn encode(invitation: &Invitation) -> String {
    let mut body = Vec::new();
    push_field(&mut body, invitation.framework_id.as_bytes());
    push_field(&mut body, invitation.framework_version.as_bytes());
    body.extend_from_slice(&invitation.invitation_id);
    let name = invitation.subject_name.as_deref().unwrap_or_default();
    push_field(&mut body, name.as_bytes());
    seal(FIRST_BYTE, &body)
}

/// Opens an invitation code (white space around it is ignored). Whether this site has
/// the framework it names, in that exact version, and whether that framework is
/// [`observer_ready`], is the caller's next question.
pub fn decode(code: &str) -> Result<Invitation, InvitationError> {
    let unsealed = unseal(code).map_err(|why| match why {
        Unsealable::NotACode => InvitationError::NotACode,
        Unsealable::Damaged => InvitationError::Damaged,
    })?;
    match unsealed.kind {
        CodeKind::Invitation {
            version: INVITATION_VERSION,
        } => {}
        CodeKind::Invitation { version } if version > INVITATION_VERSION => {
            return Err(InvitationError::NewerVersion { version })
        }
        // Version 0 was never written.
        CodeKind::Invitation { .. } => return Err(InvitationError::Damaged),
        CodeKind::ShareCode { .. } => return Err(InvitationError::IsShareCode),
        CodeKind::Response { .. } => return Err(InvitationError::IsResponse),
    }
    read_v1(&unsealed.body).ok_or(InvitationError::Damaged)
}

fn read_v1(body: &[u8]) -> Option<Invitation> {
    let mut reader = Reader::new(body);
    let framework_id = reader.text()?;
    let framework_version = reader.text()?;
    let invitation_id = reader.array::<8>()?;
    let name = reader.text()?;
    if !reader.is_empty() || framework_id.is_empty() || framework_version.is_empty() {
        return None;
    }
    let subject_name = clean_subject_name(&name).ok()?;
    // A name the encoder would have written differently (untrimmed, or blank) is not
    // one it wrote.
    if subject_name.as_deref().unwrap_or_default() != name {
        return None;
    }
    Some(Invitation {
        framework_id,
        framework_version,
        invitation_id,
        subject_name,
    })
}

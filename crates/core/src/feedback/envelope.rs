//! The envelope every Yardstick code shares, and telling the kinds of code apart.
//!
//! A code is base64url (RFC 4648 §5, no padding) of bytes that start with one byte naming
//! what the code is and end with the CRC-32 of every byte before the checksum, big-endian.
//! Share codes ([`crate::share_code`]) use that first byte as their format version,
//! counting up from 1; feedback codes put a kind in its high four bits and their own
//! format version in the low four:
//!
//! | first byte    | code                                                      |
//! |---------------|-----------------------------------------------------------|
//! | `0x01`–`0x9F` | share code, format version = the byte                     |
//! | `0xA0`–`0xAF` | feedback invitation, format version = the low four bits   |
//! | `0xB0`–`0xBF` | observer response, format version = the low four bits     |
//! | anything else | not a Yardstick code                                      |
//!
//! So any intact code can be recognised by any decoder, and a code pasted in the wrong
//! place is refused with a message naming what it is instead of "damaged". Share codes
//! must therefore stay below version `0xA0` (160), which leaves them room enough.
//!
//! ```
//! use yardstick_core::feedback::envelope::{identify, CodeKind};
//! use yardstick_core::share_code;
//! use yardstick_core::validate::load_framework;
//! let framework = load_framework(include_bytes!("../../tests/fixtures/minimal-framework.json")).unwrap();
//! let code = share_code::encode(&framework, &Default::default());
//! assert_eq!(identify(&code), Some(CodeKind::ShareCode { version: 1 }));
//! assert_eq!(identify("not a code"), None);
//! ```

pub(crate) use crate::code_bytes::{push_field, BitReader, BitWriter, Reader};
use crate::share_code::{base64url_decode, crc32};

/// The high four bits of an invitation's first byte.
pub(crate) const INVITATION_KIND: u8 = 0xA0;
/// The high four bits of an observer response's first byte.
pub(crate) const RESPONSE_KIND: u8 = 0xB0;
/// Share code versions stay below this byte, so they never look like feedback codes.
const FIRST_FEEDBACK_KIND: u8 = 0xA0;

const KIND_MASK: u8 = 0xF0;
const VERSION_MASK: u8 = 0x0F;
const CHECKSUM_BYTES: usize = 4;

/// What an intact code is, read from its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A shared result ([`crate::share_code`]).
    ShareCode { version: u8 },
    /// An invitation to give feedback ([`super::invitation`]).
    Invitation { version: u8 },
    /// An observer's answers ([`super::response_code`]).
    Response { version: u8 },
}

/// Why text could not be opened as a code at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unsealable {
    /// Empty, or characters a code never contains, or a first byte no code has.
    NotACode,
    /// The right characters, but cut off, mistyped or changed: the checksum fails.
    Damaged,
}

/// An intact code: what it is, and the bytes between its first byte and its checksum.
pub(crate) struct Unsealed {
    pub kind: CodeKind,
    pub body: Vec<u8>,
}

/// The kind of an intact Yardstick code, or `None` for text that is not one (foreign
/// characters, a failed checksum, an unknown first byte). White space around the code is
/// ignored. A page that refuses a code can use it to say what the code is instead.
pub fn identify(code: &str) -> Option<CodeKind> {
    unseal(code).ok().map(|unsealed| unsealed.kind)
}

/// Checks the characters, the checksum and the first byte of `code` (white space around
/// it ignored), and returns the bytes in between.
pub(crate) fn unseal(code: &str) -> Result<Unsealed, Unsealable> {
    let code = code.trim();
    if code.is_empty() || !code.bytes().all(is_base64url) {
        return Err(Unsealable::NotACode);
    }
    // Only the length or leftover bits can fail here: a cut-off or mistyped code.
    let bytes = base64url_decode(code).ok_or(Unsealable::Damaged)?;
    let Some((signed, checksum)) = bytes.split_last_chunk::<CHECKSUM_BYTES>() else {
        return Err(Unsealable::Damaged);
    };
    let Some((&first, body)) = signed.split_first() else {
        return Err(Unsealable::Damaged);
    };
    if crc32(signed) != u32::from_be_bytes(*checksum) {
        return Err(Unsealable::Damaged);
    }
    let version = first & VERSION_MASK;
    let kind = match first {
        1..FIRST_FEEDBACK_KIND => CodeKind::ShareCode { version: first },
        _ if first & KIND_MASK == INVITATION_KIND => CodeKind::Invitation { version },
        _ if first & KIND_MASK == RESPONSE_KIND => CodeKind::Response { version },
        _ => return Err(Unsealable::NotACode),
    };
    Ok(Unsealed {
        kind,
        body: body.to_vec(),
    })
}

/// `first_byte`, then `body`, then the checksum, as base64url.
pub(crate) fn seal(first_byte: u8, body: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(1 + body.len() + CHECKSUM_BYTES);
    bytes.push(first_byte);
    bytes.extend_from_slice(body);
    let checksum = crc32(&bytes);
    bytes.extend(checksum.to_be_bytes());
    crate::share_code::base64url_encode(&bytes)
}

fn is_base64url(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

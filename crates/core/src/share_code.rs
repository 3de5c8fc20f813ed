//! Share codes: a result's scored answers packed into a short string for a URL fragment,
//! so someone opening the link sees the result read-only. No server is involved and
//! evidence text is never included.
//!
//! # Format, version 1
//!
//! The code is base64url (RFC 4648 §5, no padding) of these bytes:
//!
//! | bytes  | content                                                                  |
//! |--------|--------------------------------------------------------------------------|
//! | 1      | code format version: `1`                                                 |
//! | varint | byte length of the framework id, then the id (UTF-8)                     |
//! | varint | byte length of the framework version, then the version (UTF-8)           |
//! | varint | byte length of the answer data, then the answer data                     |
//! | 4      | CRC-32 (IEEE, as in zip and PNG) of every byte before it, big-endian     |
//!
//! A varint is unsigned LEB128 (7 bits a byte, low bits first), at most 4 bytes.
//!
//! The answer data is a bit string, most significant bit first, zero-padded to a whole
//! byte. It holds one field per scored item (evidence prompts are skipped) in
//! [`Framework::items`] order; 0 always means unanswered:
//!
//! - behaviour, 3 bits: 1–5 the rating, 6 prefer not to answer, 7 hasn't come up (a
//!   value the first builds left unused, so they refuse such a code instead of
//!   misreading it);
//! - anchored, 3 bits: 1–4 for levels 0–3;
//! - scenario, 4 bits: `1 + most * 3 + least'` for 1–12, where `least'` is `least` with
//!   `most` skipped (`least - 1` when `least > most`), so the 12 ordered pairs of
//!   different responses map one to one.
//!
//! Every future version keeps the first byte as its version and ends with the CRC-32 of
//! the bytes before it, so any version can tell a damaged code from a newer one. The CRC
//! catches every change of up to 32 consecutive bits, so any one mistyped character is
//! detected, and the decoder refuses non-zero leftover bits in the last character so no
//! two codes decode to the same bytes.
//!
//! ```
//! use yardstick_core::{answers::{Answer, Answers}, share_code, validate::load_framework};
//! let framework = load_framework(include_bytes!("../tests/fixtures/minimal-framework.json")).unwrap();
//! let mut answers = Answers::new();
//! answers.insert("plan-risks".into(), Answer::Rating { value: 4 });
//! let code = share_code::encode(&framework, &answers);
//! let (found, decoded) = share_code::open(&code, [&framework]).unwrap();
//! assert_eq!((found.id.as_str(), decoded), ("team-lead-lite", answers));
//! ```

use super::answers::{Answer, Answers};
use super::code_bytes::{push_field, BitReader, BitWriter, Reader};
use super::framework::{Framework, Item, ItemKind};

/// The code format this build writes and reads.
pub const CODE_VERSION: u8 = 1;

const CHECKSUM_BYTES: usize = 4;
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Why a share code could not be shown. The first five mean the code itself is damaged
/// or foreign; the rest mean it is intact but does not match this site's frameworks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareCodeError {
    NotBase64Url,
    Truncated,
    /// Tampered with or mistyped.
    ChecksumMismatch,
    /// Made by a newer Yardstick (or a version this build does not know).
    UnknownVersion {
        version: u8,
    },
    /// The checksum holds but the bytes are not a version-1 layout.
    Malformed,
    UnknownFramework {
        id: String,
        version: String,
    },
    FrameworkVersionMismatch {
        id: String,
        code_version: String,
        site_version: String,
    },
    /// Answer data with values or a length the framework's items cannot have.
    AnswersDoNotFit,
}

impl std::fmt::Display for ShareCodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShareCodeError::NotBase64Url => {
                f.write_str("This is not a Yardstick share code: it has characters a code never contains.")
            }
            ShareCodeError::Truncated => {
                f.write_str("The share code is incomplete; it may have been cut off when it was copied.")
            }
            ShareCodeError::ChecksumMismatch => {
                f.write_str("The share code is damaged: some characters were changed or mistyped.")
            }
            ShareCodeError::UnknownVersion { version } => write!(
                f,
                "This share code was made by a newer version of Yardstick (code format {version}); this site reads format {CODE_VERSION}."
            ),
            ShareCodeError::Malformed => {
                f.write_str("The share code is damaged: its contents are not laid out as a Yardstick code.")
            }
            ShareCodeError::UnknownFramework { id, version } => write!(
                f,
                "This result uses the framework \"{id}\" (version {version}), which this site does not have."
            ),
            ShareCodeError::FrameworkVersionMismatch { id, code_version, site_version } => write!(
                f,
                "This result was made with version {code_version} of \"{id}\"; this site has version {site_version}, so the answers cannot be read."
            ),
            ShareCodeError::AnswersDoNotFit => {
                f.write_str("The answers in the share code do not fit this framework.")
            }
        }
    }
}

impl std::error::Error for ShareCodeError {}

/// An intact code whose framework is not yet matched: look the framework up by
/// `framework_id` and `framework_version`, then call [`answers_for`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodedCode {
    pub framework_id: String,
    pub framework_version: String,
    answer_data: Vec<u8>,
}

/// Packs the scored answers to `framework`'s items into a share code. Evidence, answers
/// to unknown items and answers that do not fit their item are left out.
pub fn encode(framework: &Framework, answers: &Answers) -> String {
    let mut bits = BitWriter::default();
    for item in scored_items(framework) {
        let value = answers
            .get(&item.id)
            .map_or(0, |answer| field_value(&item.kind, answer));
        bits.push(value, field_width(&item.kind));
    }
    let mut bytes = vec![CODE_VERSION];
    push_field(&mut bytes, framework.id.as_bytes());
    push_field(&mut bytes, framework.version.as_bytes());
    push_field(&mut bytes, &bits.bytes);
    let checksum = crc32(&bytes);
    bytes.extend(checksum.to_be_bytes());
    base64url_encode(&bytes)
}

/// Checks a code and reads its header. Errors here mean the code is damaged or newer;
/// whether its framework is known is the next step's question. The code must be exactly
/// the base64url text (trim whitespace around a pasted code first).
pub fn decode(code: &str) -> Result<DecodedCode, ShareCodeError> {
    let (bytes, canonical) = base64url_bytes(code).ok_or(ShareCodeError::NotBase64Url)?;
    let damaged = || {
        if looks_cut_off(&bytes) {
            ShareCodeError::Truncated
        } else {
            ShareCodeError::ChecksumMismatch
        }
    };
    let Some((body, checksum)) = bytes.split_last_chunk::<CHECKSUM_BYTES>() else {
        return Err(ShareCodeError::Truncated);
    };
    let Some(&version) = body.first() else {
        return Err(ShareCodeError::Truncated);
    };
    if !canonical || crc32(body) != u32::from_be_bytes(*checksum) {
        return Err(damaged());
    }
    if version != CODE_VERSION {
        return Err(ShareCodeError::UnknownVersion { version });
    }
    let Some(([id, framework_version, answer_data], [])) = split_v1(body) else {
        return Err(ShareCodeError::Malformed);
    };
    let text =
        |field: &[u8]| String::from_utf8(field.to_vec()).map_err(|_| ShareCodeError::Malformed);
    Ok(DecodedCode {
        framework_id: text(id)?,
        framework_version: text(framework_version)?,
        answer_data: answer_data.to_vec(),
    })
}

/// The answers a decoded code holds for `framework`, which must be the framework (id and
/// version) the code was made with.
pub fn answers_for(
    framework: &Framework,
    decoded: &DecodedCode,
) -> Result<Answers, ShareCodeError> {
    if framework.id != decoded.framework_id {
        return Err(ShareCodeError::UnknownFramework {
            id: decoded.framework_id.clone(),
            version: decoded.framework_version.clone(),
        });
    }
    if framework.version != decoded.framework_version {
        return Err(ShareCodeError::FrameworkVersionMismatch {
            id: decoded.framework_id.clone(),
            code_version: decoded.framework_version.clone(),
            site_version: framework.version.clone(),
        });
    }
    let mut bits = BitReader::new(&decoded.answer_data);
    let mut answers = Answers::new();
    let mut bit_count = 0;
    for item in scored_items(framework) {
        let width = field_width(&item.kind);
        bit_count += usize::from(width);
        let value = bits.read(width).ok_or(ShareCodeError::AnswersDoNotFit)?;
        if value != 0 {
            let answer = answer_from(&item.kind, value).ok_or(ShareCodeError::AnswersDoNotFit)?;
            answers.insert(item.id.clone(), answer);
        }
    }
    if decoded.answer_data.len() != bit_count.div_ceil(8) || !bits.rest_is_zero() {
        return Err(ShareCodeError::AnswersDoNotFit);
    }
    Ok(answers)
}

/// Decodes `code` and reads it with the matching framework from `frameworks`. Tells an
/// unknown framework from one this site has in another version.
pub fn open<'a>(
    code: &str,
    frameworks: impl IntoIterator<Item = &'a Framework>,
) -> Result<(&'a Framework, Answers), ShareCodeError> {
    let decoded = decode(code)?;
    let mut other_version = None;
    for framework in frameworks {
        if framework.id == decoded.framework_id {
            if framework.version == decoded.framework_version {
                return answers_for(framework, &decoded).map(|answers| (framework, answers));
            }
            other_version = Some(framework);
        }
    }
    Err(match other_version {
        Some(framework) => ShareCodeError::FrameworkVersionMismatch {
            id: decoded.framework_id,
            code_version: decoded.framework_version,
            site_version: framework.version.clone(),
        },
        None => ShareCodeError::UnknownFramework {
            id: decoded.framework_id,
            version: decoded.framework_version,
        },
    })
}

fn scored_items(framework: &Framework) -> impl Iterator<Item = &Item> {
    framework
        .items()
        .map(|(_, item)| item)
        .filter(|item| item.kind.is_scored())
}

fn field_width(kind: &ItemKind) -> u8 {
    match kind {
        ItemKind::Scenario { .. } => 4,
        _ => 3,
    }
}

/// The field value of `answer` to an item of `kind`: 0 when it does not fit the item.
fn field_value(kind: &ItemKind, answer: &Answer) -> u8 {
    match (kind, answer) {
        (
            ItemKind::Behaviour { .. },
            &Answer::Rating {
                value: value @ 1..=5,
            },
        ) => value,
        (ItemKind::Behaviour { .. }, Answer::PreferNot) => 6,
        (ItemKind::Behaviour { .. }, Answer::NotApplicable) => 7,
        (
            ItemKind::Anchored { .. },
            &Answer::Level {
                value: value @ 0..=3,
            },
        ) => value + 1,
        (
            ItemKind::Scenario { .. },
            &Answer::Judgement {
                most: most @ 0..=3,
                least: least @ 0..=3,
            },
        ) if most != least => 1 + most * 3 + least - u8::from(least > most),
        _ => 0,
    }
}

/// Inverse of [`field_value`] for a non-zero field of an item of `kind`.
fn answer_from(kind: &ItemKind, value: u8) -> Option<Answer> {
    match (kind, value) {
        (ItemKind::Behaviour { .. }, 1..=5) => Some(Answer::Rating { value }),
        (ItemKind::Behaviour { .. }, 6) => Some(Answer::PreferNot),
        (ItemKind::Behaviour { .. }, 7) => Some(Answer::NotApplicable),
        (ItemKind::Anchored { .. }, 1..=4) => Some(Answer::Level { value: value - 1 }),
        (ItemKind::Scenario { .. }, 1..=12) => {
            let most = (value - 1) / 3;
            let skipped = (value - 1) % 3;
            let least = skipped + u8::from(skipped >= most);
            Some(Answer::Judgement { most, least })
        }
        _ => None,
    }
}

/// Whether damaged bytes look like the start of a longer version-1 code: a cut-off code
/// keeps its header, which then promises more bytes than arrived.
fn looks_cut_off(bytes: &[u8]) -> bool {
    bytes.len() <= CHECKSUM_BYTES
        || (bytes.first() == Some(&CODE_VERSION)
            && split_v1(bytes).is_none_or(|(_, rest)| rest.len() < CHECKSUM_BYTES))
}

/// Splits the version-1 fields (id, version, answer data) after the version byte from
/// the bytes that follow them; `None` when the bytes run out first.
fn split_v1(bytes: &[u8]) -> Option<([&[u8]; 3], &[u8])> {
    let mut reader = Reader::new(bytes.get(1..)?);
    let fields = [reader.field()?, reader.field()?, reader.field()?];
    Some((fields, reader.rest()))
}

/// CRC-32 (IEEE 802.3, reflected, the one zip and PNG use), bit by bit: codes are short,
/// so a lookup table would only add size.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// Base64url (RFC 4648 §5) without padding: safe in a URL fragment as is.
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    let mut pending = 0u32;
    let mut bits = 0u32;
    let mut emit = |sextet: u32| {
        if let Some(&c) = BASE64URL.get((sextet & 63) as usize) {
            out.push(char::from(c));
        }
    };
    for &byte in bytes {
        pending = (pending << 8) | u32::from(byte);
        bits += 8;
        while bits >= 6 {
            bits -= 6;
            emit(pending >> bits);
        }
        pending &= (1 << bits) - 1;
    }
    if bits > 0 {
        emit(pending << (6 - bits));
    }
    out
}

/// Decodes unpadded base64url; `None` for any other character, an impossible length, or
/// non-zero leftover bits (which would let two spellings mean the same bytes).
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let (bytes, canonical) = base64url_bytes(text)?;
    canonical.then_some(bytes)
}

/// The whole bytes in `text`, and whether `text` is their one canonical spelling (false
/// for an impossible length or non-zero leftover bits); `None` for a foreign character.
fn base64url_bytes(text: &str) -> Option<(Vec<u8>, bool)> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut pending = 0u32;
    let mut bits = 0u32;
    for byte in text.bytes() {
        let sextet = BASE64URL.iter().position(|&c| c == byte)?;
        pending = (pending << 6) | sextet as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((pending >> bits) as u8);
            pending &= (1 << bits) - 1;
        }
    }
    Some((out, pending == 0 && text.len() % 4 != 1))
}

//! The byte-level pieces every Yardstick code is built from (share codes, feedback
//! invitations and responses): length-prefixed fields with an unsigned LEB128 varint
//! length, and bit strings written most significant bit first. One copy, so the
//! encoders and decoders of every kind of code agree bit for bit.

/// A varint length takes at most this many bytes (lengths below 2^28).
const MAX_VARINT_BYTES: usize = 4;

/// Reads the fields of a code's body from the front; every read is `None` once the bytes
/// run out, so a malformed body is refused instead of read past its end.
pub(crate) struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader(bytes)
    }

    pub fn take(&mut self, count: usize) -> Option<&'a [u8]> {
        let (taken, rest) = self.0.split_at_checked(count)?;
        self.0 = rest;
        Some(taken)
    }

    pub fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    pub fn byte(&mut self) -> Option<u8> {
        self.array::<1>().map(|[byte]| byte)
    }

    /// A varint length (unsigned LEB128, at most four bytes), then that many bytes.
    pub fn field(&mut self) -> Option<&'a [u8]> {
        let mut length = 0usize;
        for shift in 0..MAX_VARINT_BYTES {
            let byte = self.byte()?;
            length |= usize::from(byte & 0x7f) << (7 * shift);
            if byte & 0x80 == 0 {
                return self.take(length);
            }
        }
        None
    }

    /// A field holding UTF-8 text.
    pub fn text(&mut self) -> Option<String> {
        String::from_utf8(self.field()?.to_vec()).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The bytes not read yet.
    pub fn rest(&self) -> &'a [u8] {
        self.0
    }
}

/// Appends `field` with its varint length in front (the inverse of [`Reader::field`]).
pub(crate) fn push_field(out: &mut Vec<u8>, field: &[u8]) {
    let mut length = field.len();
    while length >= 0x80 {
        out.push(0x80 | (length & 0x7f) as u8);
        length >>= 7;
    }
    out.push(length as u8);
    out.extend_from_slice(field);
}

/// A bit string written most significant bit first, zero-padded to a whole byte.
#[derive(Default)]
pub(crate) struct BitWriter {
    pub bytes: Vec<u8>,
    used: u8, // bits used in the last byte, 0 when it is full or absent
}

impl BitWriter {
    pub fn push(&mut self, value: u8, width: u8) {
        for shift in (0..width).rev() {
            if self.used == 0 {
                self.bytes.push(0);
            }
            if let Some(last) = self.bytes.last_mut() {
                *last |= ((value >> shift) & 1) << (7 - self.used);
            }
            self.used = (self.used + 1) % 8;
        }
    }
}

/// Reads what [`BitWriter`] wrote.
pub(crate) struct BitReader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, position: 0 }
    }

    fn bit(&mut self) -> Option<u8> {
        let byte = self.bytes.get(self.position / 8)?;
        let bit = (byte >> (7 - self.position % 8)) & 1;
        self.position += 1;
        Some(bit)
    }

    pub fn read(&mut self, width: u8) -> Option<u8> {
        (0..width).try_fold(0, |value, _| Some(value << 1 | self.bit()?))
    }

    /// Whether every bit left is padding (zero); the encoder writes no other.
    pub fn rest_is_zero(&mut self) -> bool {
        std::iter::from_fn(|| self.bit()).all(|bit| bit == 0)
    }
}

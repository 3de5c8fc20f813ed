//! Which characters belong to a word, for the checks that read English text (the
//! written examples' feedback, the lints for framework authors, file names).
//!
//! `char::is_alphanumeric` and `char::to_lowercase` carry Unicode's property and case
//! tables into the WebAssembly (some 5 KB gzip). Every word these checks look for is
//! ASCII, so a letter outside ASCII only has to count as part of a word, which it does
//! unless it is punctuation from the quotation-mark and dash range that text pasted
//! from a word processor brings.
//!
//! ```
//! use yardstick_core::word_chars::is_word_char;
//! assert!(is_word_char('a') && is_word_char('7') && is_word_char('é'));
//! assert!(!is_word_char('.') && !is_word_char('\u{201c}') && !is_word_char('\u{2014}'));
//! ```

/// Whether `c` is part of a word: an ASCII letter or digit, or any character outside
/// ASCII but the General Punctuation block's quotes, dashes and ellipsis, the
/// guillemets and the no-break space.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(
        c,
        '\u{2000}'..='\u{206F}' | '\u{00A0}' | '\u{00AB}' | '\u{00BB}'
    )
}

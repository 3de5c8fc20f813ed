//! People's names in the team view. Yardstick files carry no one's name (a result is
//! anonymous until someone chooses to share it), so a name comes from the file's name
//! when the manager saved it under one, and is "Person N" otherwise; the manager can
//! rename anyone.
//!
//! ```
//! use yardstick_core::team::names::{initials, name_from_file_name};
//! assert_eq!(name_from_file_name("ada_byrne.json", "engineering-manager").as_deref(), Some("Ada Byrne"));
//! // The name Yardstick itself gives a download says nothing about the person.
//! assert_eq!(name_from_file_name("yardstick-engineering-manager-2026-11-21 (1).json", "engineering-manager"), None);
//! assert_eq!(initials("Ada Byrne"), "AB");
//! assert_eq!(initials("Person 12"), "P12");
//! ```

use super::NAME;

/// Words of Yardstick's own file names (`file_names.rs`) that name no person.
const BOILERPLATE: [&str; 6] = [
    "yardstick",
    "history",
    "backup",
    "result",
    "results",
    "export",
];

/// The person's name a file name carries, if any: the name without its folder, its
/// extension, a browser's copy marker (`" (1)"`), Yardstick's own words (`yardstick`,
/// `history`, `backup`, `result(s)`, `export`), the role's id and a `YYYY-MM-DD` date;
/// `-`, `_` and `.` read as spaces, and an all-lower-case ASCII word gets a capital.
/// `None` when nothing with a letter in it is left.
pub fn name_from_file_name(file_name: &str, framework_id: &str) -> Option<String> {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = match base.rsplit_once('.') {
        Some((stem, extension))
            if (1..=5).contains(&extension.len())
                && extension.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => base,
    };
    let mut words: Vec<&str> = stem
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | '.' | '+' | ','))
        .filter(|w| !w.is_empty() && !is_copy_marker(w))
        .filter(|w| !BOILERPLATE.iter().any(|b| w.eq_ignore_ascii_case(b)))
        .collect();
    let role: Vec<&str> = framework_id.split('-').filter(|w| !w.is_empty()).collect();
    if let Some(at) = find_run(
        &words,
        |run: &[&str]| {
            run.len() == role.len()
                && run
                    .iter()
                    .zip(&role)
                    .all(|(w, r)| w.eq_ignore_ascii_case(r))
        },
        role.len(),
    ) {
        words.drain(at..at + role.len());
    }
    if let Some(at) = find_run(&words, is_date, 3) {
        words.drain(at..at + 3);
    }
    let has_letter = words.iter().any(|w| {
        w.chars()
            .any(|c| c.is_alphanumeric() && !c.is_ascii_digit())
    });
    if !has_letter {
        return None;
    }
    let capitalised: Vec<String> = words.iter().map(|w| capitalise(w)).collect();
    clean_name(&capitalised.join(" "))
}

/// A name as the team keeps it: control characters dropped, white space collapsed to
/// single spaces, cut to [`NAME`]`.max` characters; `None` when nothing is left.
pub fn clean_name(text: &str) -> Option<String> {
    let visible: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let joined = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    let cut: String = joined.chars().take(NAME.max).collect();
    let cut = cut.trim_end();
    (!cut.is_empty()).then(|| cut.to_string())
}

/// A short mark for an avatar: the first letter of the first word and of the last word
/// (`"Ada Byrne"` → `"AB"`), or the first letter and the number when the last word is a
/// number (`"Person 12"` → `"P12"`, `"Ada (2)"` → `"A2"`). ASCII letters are upper-cased; other
/// letters are kept as written.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .map(|w| w.trim_matches(['(', ')']))
        .filter(|w| !w.is_empty())
        .collect();
    let first_letter = |word: &str| word.chars().next().map(|c| c.to_ascii_uppercase());
    let mut out = String::new();
    if let Some(first) = words.first().and_then(|w| first_letter(w)) {
        out.push(first);
    }
    if let [_, .., last] = words.as_slice() {
        if last.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(last);
        } else if let Some(letter) = first_letter(last) {
            out.push(letter);
        }
    }
    out
}

/// `"(1)"`, `"(12)"`: what a browser adds to a second download of the same name.
fn is_copy_marker(word: &str) -> bool {
    word.strip_prefix('(')
        .and_then(|w| w.strip_suffix(')'))
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
}

/// `2026`, `11`, `21`: the date Yardstick puts in its file names.
fn is_date(run: &[&str]) -> bool {
    let digits = |w: &str, lengths: &[usize]| {
        lengths.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
    };
    matches!(run, [year, month, day] if digits(year, &[4]) && digits(month, &[1, 2]) && digits(day, &[1, 2]))
}

/// Where the first run of `length` words that `matches` starts.
fn find_run(words: &[&str], matches: impl Fn(&[&str]) -> bool, length: usize) -> Option<usize> {
    if length == 0 || words.len() < length {
        return None;
    }
    (0..=words.len() - length).find(|&at| matches(&words[at..at + length]))
}

/// `"ada"` → `"Ada"`; a word with a capital or a non-ASCII letter is kept as written
/// (`"McKay"`, `"émile"`): upper-casing beyond ASCII would need Unicode's case tables.
fn capitalise(word: &str) -> String {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
        let mut chars = word.chars();
        chars
            .next()
            .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
            .unwrap_or_default()
    } else {
        word.to_string()
    }
}

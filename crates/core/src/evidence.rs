//! The person's own examples (answers to evidence prompts), grouped by dimension for the
//! results page, each with feedback on how it reads as interview evidence. They are
//! never scored: the feedback is about the text, not about the person.

use super::answers::{Answer, Answers};
use super::framework::{Framework, ItemKind};
use super::word_chars::is_word_char;

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceEntry {
    pub item_id: String,
    pub prompt: String,
    /// What the person wrote, trimmed at both ends.
    pub text: String,
    /// Notes on the text as evidence (see [`feedback`]).
    pub feedback: Vec<Note>,
}

/// One observation about an example.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Whether this is something the example already does well.
    pub good: bool,
    pub text: String,
}

/// Words below which an example is too thin to show context, action and result.
pub const SHORT_WORDS: usize = 40;
/// Words above which an example is more than an interview answer can hold in two minutes.
pub const LONG_WORDS: usize = 300;

/// Words that state what changed as a result.
const RESULT_WORDS: [&str; 16] = [
    "result",
    "so that",
    "which meant",
    "reduced",
    "increased",
    "improved",
    "cut",
    "grew",
    "dropped",
    "fell",
    "rose",
    "saved",
    "shipped",
    "launched",
    "halved",
    "led to",
];

/// Feedback on `text` as interview evidence: whether it has a number, states a result,
/// says what "I" did rather than only "we", and has a length an answer can carry.
///
/// ```
/// use yardstick_core::evidence::feedback;
/// let notes = feedback("We moved the release to weekly. We were happy.");
/// assert!(notes.iter().any(|n| !n.good && n.text.contains("number")));
/// assert!(notes.iter().any(|n| !n.good && n.text.contains("\u{201c}I\u{201d}")));
/// ```
pub fn feedback(text: &str) -> Vec<Note> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !is_word_char(c) && c != '\'' && c != '%')
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let lower = format!(" {} ", words.join(" "));
    let has_number = text.chars().any(|c| c.is_ascii_digit());
    let states_result = RESULT_WORDS
        .iter()
        .any(|w| lower.contains(&format!(" {w} ")) || lower.contains(&format!(" {w}s ")));
    let count = |set: &[&str]| words.iter().filter(|w| set.contains(&w.as_str())).count();
    let mine = count(&["i", "i'd", "i've", "i'm", "me", "my"]);
    let ours = count(&["we", "we'd", "we've", "we're", "us", "our"]);
    let mut notes = Vec::new();
    let note = |good: bool, text: &str| Note {
        good,
        text: text.to_string(),
    };
    notes.push(if has_number {
        note(true, "It has a number, which makes the result checkable.")
    } else {
        note(
            false,
            "It has no number yet: add one measure, before and after (time, count, share, cost).",
        )
    });
    notes.push(if states_result {
        note(true, "It says what changed as a result.")
    } else {
        note(false, "It does not say what changed yet: end with the result and what it meant for the team or the business.")
    });
    if ours > mine {
        notes.push(Note {
            good: false,
            text: format!(
                "It says \u{201c}we\u{201d} {ours} times and \u{201c}I\u{201d} {mine}: interviewers want your own part, so say what you did."
            ),
        });
    } else if mine > 0 {
        notes.push(note(true, "It says what you did yourself."));
    }
    let length = words.len();
    if length < SHORT_WORDS {
        notes.push(Note {
            good: false,
            text: format!("At {length} words it is short: give the situation, your action and the result, a sentence or two each."),
        });
    } else if length > LONG_WORDS {
        notes.push(Note {
            good: false,
            text: format!("At {length} words it is longer than a two-minute answer: keep the situation to a sentence and lead with what you did."),
        });
    } else {
        notes.push(Note {
            good: true,
            text: format!("At {length} words it fits a two-minute answer."),
        });
    }
    notes
}

#[derive(Clone, Debug, PartialEq)]
pub struct EvidenceGroup {
    pub dimension_id: String,
    pub dimension_name: String,
    pub entries: Vec<EvidenceEntry>,
}

/// The examples the person wrote, under their prompts, grouped by dimension in
/// framework order. Blank answers and dimensions without an example are left out.
pub fn evidence(framework: &Framework, answers: &Answers) -> Vec<EvidenceGroup> {
    framework
        .dimensions
        .iter()
        .filter_map(|dimension| {
            let entries: Vec<EvidenceEntry> = dimension
                .items
                .iter()
                .filter_map(|item| {
                    let ItemKind::Evidence { prompt, .. } = &item.kind else {
                        return None;
                    };
                    let Some(Answer::Evidence { text }) = answers.get(&item.id) else {
                        return None;
                    };
                    let text = text.trim();
                    (!text.is_empty()).then(|| EvidenceEntry {
                        item_id: item.id.clone(),
                        prompt: prompt.clone(),
                        text: text.to_string(),
                        feedback: feedback(text),
                    })
                })
                .collect();
            (!entries.is_empty()).then(|| EvidenceGroup {
                dimension_id: dimension.id.clone(),
                dimension_name: dimension.name.clone(),
                entries,
            })
        })
        .collect()
}

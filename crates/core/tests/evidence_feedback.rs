//! Feedback on an example as interview evidence: a number, a stated result, "I" rather
//! than only "we", and a length a two-minute answer can carry. Never scored.

use yardstick_core::evidence::{feedback, Note};

fn open(notes: &[Note]) -> Vec<&str> {
    notes
        .iter()
        .filter(|n| !n.good)
        .map(|n| n.text.as_str())
        .collect()
}

#[test]
fn a_strong_example_has_nothing_to_add() {
    let text = "Our releases failed one time in four. I wrote a rollback checklist, paired with each \
                engineer on their first release and added a canary stage to the pipeline. Over the next \
                quarter failed releases fell from 25% to 4%, and I handed the checklist to the platform \
                team, which now runs it for every service we own.";
    let notes = feedback(text);
    assert_eq!(open(&notes), Vec::<&str>::new(), "{notes:?}");
    assert_eq!(notes.len(), 4);
}

#[test]
fn a_thin_we_example_without_a_number_or_result_says_each() {
    let notes = feedback("We worked hard as a team and we talked to our stakeholders.");
    let open = open(&notes);
    assert_eq!(open.len(), 4, "{open:?}");
    assert!(open[0].contains("no number"));
    assert!(open[1].contains("does not say what changed"));
    assert!(
        open[2].contains("\u{201c}we\u{201d} 3 times and \u{201c}I\u{201d} 0"),
        "{}",
        open[2]
    );
    assert!(
        open[3].starts_with("At 12 words it is short"),
        "{}",
        open[3]
    );
}

#[test]
fn a_very_long_example_is_told_to_lead_with_the_action() {
    let text = "I changed the review process. ".repeat(70);
    let notes = feedback(&text);
    assert!(
        open(&notes).iter().any(|t| t.starts_with("At 350 words")),
        "{notes:?}"
    );
}

#[test]
fn words_in_curly_quotes_and_accented_words_are_read_as_words() {
    use yardstick_core::evidence::feedback;
    use yardstick_core::word_chars::is_word_char;
    // Pasted from a word processor: the quotes are not part of the word "I".
    let notes = feedback(
        "\u{201c}I cut the build time from 40 to 12 minutes,\u{201d} which reduced waiting.",
    );
    assert!(
        !notes
            .iter()
            .any(|n| !n.good && n.text.contains("\u{201c}I\u{201d}")),
        "{:?}",
        notes.iter().map(|n| &n.text).collect::<Vec<_>>()
    );
    for c in ['é', 'ß', 'ж', '中', 'a', 'Z', '0'] {
        assert!(is_word_char(c), "{c}");
    }
    for c in [
        '.', ',', '\u{2014}', '\u{2026}', '\u{2019}', '\u{00AB}', '\u{00A0}', ' ',
    ] {
        assert!(!is_word_char(c), "{c:?}");
    }
}

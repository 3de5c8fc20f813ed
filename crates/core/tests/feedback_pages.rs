//! The feedback pages' core: the observer's form (markup and reading it back), a
//! result's feedback record (adding codes and files, refusals, corrections, storage and
//! export), the invitation link, the addresses, and the self-against-others markup.

use yardstick_core::answers::{Answer, Answers};
use yardstick_core::attempt::Attempt;
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::feedback::aggregate::aggregate;
use yardstick_core::feedback::invitation::{self, Invitation};
use yardstick_core::feedback::observer::observer_items;
use yardstick_core::feedback::observer_form::{
    answered_text, observer_form_markup, question_count, read_observer_form, CANT_SAY_VALUE,
    RELATIONSHIP_FIELD,
};
use yardstick_core::feedback::record::{invite_link, FeedbackRecord, ResponseInput, MAX_RESPONSES};
use yardstick_core::feedback::report_markup::feedback_report_markup;
use yardstick_core::feedback::response_code::{
    self, response_file, ObserverAnswer, ObserverResponse, Relationship,
};
use yardstick_core::framework::{Framework, ItemKind};
use yardstick_core::layout::{decode_attempt, encode_attempt};
use yardstick_core::route::View;
use yardstick_core::share_code;
use yardstick_core::store::Store;
use yardstick_core::validate::load_framework;

fn fixture() -> Framework {
    load_framework(include_bytes!("fixtures/feedback-framework.json")).unwrap()
}

fn built_in(id: &str) -> Framework {
    let (_, json) = BUILT_IN_SOURCES
        .iter()
        .find(|(name, _)| *name == id)
        .unwrap();
    load_framework(json.as_bytes()).unwrap()
}

fn invitation(framework: &Framework) -> Invitation {
    Invitation::new(framework, [1; 8], "Alex Example").unwrap()
}

fn pairs(values: &[(&str, &str)]) -> Vec<(String, String)> {
    values
        .iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

/// A response made the way the observer page makes it: from the form's checked values.
fn via_form(
    framework: &Framework,
    relationship: &str,
    answers: &[&str],
    id: u8,
) -> ObserverResponse {
    let mut checked = pairs(&[(RELATIONSHIP_FIELD, relationship)]);
    for (n, value) in answers.iter().enumerate() {
        checked.push((format!("q-{}", n + 1), value.to_string()));
    }
    let (relationship, answers) = read_observer_form(framework, &checked).unwrap();
    ObserverResponse::new(
        &invitation(framework),
        framework,
        relationship,
        &answers,
        [id; 4],
    )
    .unwrap()
}

/// The golden example of docs/feedback.md, entered through the form: plan-risks,
/// plan-surprise, plan-level, people-praise, people-ask.
fn golden_codes(framework: &Framework) -> Vec<String> {
    [
        via_form(framework, "peer", &["2", "4", "1", "5", "5"], 1),
        via_form(framework, "peer", &["3", "3", "1", "4", "5"], 2),
        via_form(framework, "peer", &["2", "3", CANT_SAY_VALUE, "5", "4"], 3),
    ]
    .iter()
    .map(response_code::encode)
    .collect()
}

fn golden_self() -> Answers {
    let mut own = Answers::new();
    own.insert("plan-risks".into(), Answer::Rating { value: 4 });
    own.insert("plan-surprise".into(), Answer::Rating { value: 2 });
    own.insert("plan-level".into(), Answer::Level { value: 3 });
    own.insert("people-praise".into(), Answer::Rating { value: 2 });
    own.insert("people-ask".into(), Answer::Rating { value: 3 });
    own
}

fn record_with(framework: &Framework, codes: &[String]) -> FeedbackRecord {
    let mut record = FeedbackRecord::new(&invitation(framework));
    let outcome = record.add(framework, &[ResponseInput::Pasted(codes.join("\n"))]);
    assert_eq!(outcome.added, codes.len(), "{:?}", outcome.messages);
    record
}

// ----- The observer's form ------------------------------------------------------------

#[test]
fn the_form_asks_every_observer_question_in_observer_wording_with_cant_say() {
    for (id, _) in BUILT_IN_SOURCES {
        let framework = built_in(id);
        let html = observer_form_markup(&framework, &invitation(&framework));
        let questions = question_count(&framework);
        assert!(questions > 0);
        for n in 1..=questions {
            assert!(
                html.contains(&format!("class=\"item item-behaviour\" id=\"q-{n}\""))
                    || html.contains(&format!("class=\"item item-anchored\" id=\"q-{n}\"")),
                "{id}: question {n} has no fieldset"
            );
            assert!(
                html.contains(&format!(
                    "id=\"q-{n}-cant-say\" name=\"q-{n}\" value=\"cant-say\""
                )),
                "{id}: question {n} lacks Can't say"
            );
        }
        assert!(!html.contains(&format!("name=\"q-{}\"", questions + 1)));
        for (_, item) in observer_items(&framework) {
            match &item.kind {
                ItemKind::Behaviour {
                    text,
                    observer_text,
                    ..
                } => {
                    let observer = observer_text.as_deref().unwrap();
                    assert!(html.contains(&html_escape(observer)), "{id}/{}", item.id);
                    assert!(
                        !html.contains(&html_escape(text)),
                        "{id}/{}: self wording shown",
                        item.id
                    );
                }
                ItemKind::Anchored {
                    observer, prompt, ..
                } => {
                    let observer = observer.as_ref().unwrap();
                    assert!(html.contains(&html_escape(&observer.prompt)));
                    assert!(!html.contains(&html_escape(prompt)), "{id}/{}", item.id);
                }
                _ => panic!("observers are asked statements and anchored items only"),
            }
        }
        for relationship in ["manager", "peer", "direct-report", "other"] {
            assert!(html.contains(&format!("name=\"relationship\" value=\"{relationship}\"")));
        }
        assert!(html.contains("Alex Example"));
        assert!(!html.contains("scenario"), "{id}: scenarios are not asked");
    }
}

fn html_escape(text: &str) -> String {
    yardstick_core::html::escape(text)
}

#[test]
fn the_engineering_manager_form_has_thirty_four_questions() {
    let framework = built_in("engineering-manager");
    assert_eq!(question_count(&framework), 34);
    let html = observer_form_markup(&framework, &invitation(&framework));
    assert!(html.contains("There are 34 questions; most people take about 7 minutes."));
}

#[test]
fn a_name_in_the_invitation_is_escaped_and_a_missing_one_is_neutral() {
    let framework = fixture();
    let named = Invitation::new(&framework, [2; 8], "<b>Sam</b> & co").unwrap();
    let html = observer_form_markup(&framework, &named);
    assert!(html.contains("&lt;b&gt;Sam&lt;/b&gt; &amp; co"));
    assert!(!html.contains("<b>Sam"));
    let anonymous = Invitation::new(&framework, [2; 8], "").unwrap();
    let html = observer_form_markup(&framework, &anonymous);
    assert!(html.contains("The person who sent you this link has taken"));
}

#[test]
fn reading_the_form_needs_a_relationship_and_an_answer_or_cant_say_for_each_question() {
    let framework = fixture();
    let gaps = read_observer_form(&framework, &pairs(&[("q-1", "3")])).unwrap_err();
    assert!(gaps.relationship_missing);
    assert_eq!(gaps.unanswered, [2, 3, 4, 5]);
    assert_eq!(gaps.first_id(), "relationship-manager");
    assert_eq!(
        gaps.message(),
        "Choose how you work with them, at the top. 4 questions have no answer yet (2, 3, 4, 5): pick one for each, or \"Can't say\"."
    );

    let gaps = read_observer_form(
        &framework,
        &pairs(&[
            ("relationship", "peer"),
            ("q-1", "3"),
            ("q-2", "9"),
            ("q-3", "2"),
            ("q-4", "1"),
            ("q-5", "5"),
        ]),
    )
    .unwrap_err();
    assert!(!gaps.relationship_missing);
    assert_eq!(
        gaps.unanswered,
        [2],
        "a value not on the scale is no answer"
    );
    assert_eq!(gaps.first_id(), "q-2-0");

    let all_cant_say: Vec<(&str, &str)> = [("relationship", "other")]
        .into_iter()
        .chain((1..=5).map(|n| (["q-1", "q-2", "q-3", "q-4", "q-5"][n - 1], CANT_SAY_VALUE)))
        .collect();
    let gaps = read_observer_form(&framework, &pairs(&all_cant_say)).unwrap_err();
    assert!(gaps.nothing_rated);
    assert!(gaps.message().contains("nothing to send"));

    let (relationship, answers) = read_observer_form(
        &framework,
        &pairs(&[
            ("relationship", "direct-report"),
            ("q-1", "5"),
            ("q-2", "1"),
            ("q-3", "0"),
            ("q-4", CANT_SAY_VALUE),
            ("q-5", "2"),
        ]),
    )
    .unwrap();
    assert_eq!(relationship, Relationship::DirectReport);
    assert_eq!(answers["plan-risks"], ObserverAnswer::Rating { value: 5 });
    assert_eq!(
        answers["plan-surprise"],
        ObserverAnswer::Rating { value: 1 }
    );
    assert_eq!(answers["plan-level"], ObserverAnswer::Level { value: 0 });
    assert_eq!(answers["people-praise"], ObserverAnswer::CantSay);
    assert_eq!(answers.len(), 5);
}

#[test]
fn anchored_levels_above_three_and_unknown_relationships_are_refused() {
    let framework = fixture();
    let gaps = read_observer_form(
        &framework,
        &pairs(&[
            ("relationship", "boss"),
            ("q-1", "5"),
            ("q-2", "1"),
            ("q-3", "4"),
            ("q-4", "2"),
            ("q-5", "2"),
        ]),
    )
    .unwrap_err();
    assert!(gaps.relationship_missing);
    assert_eq!(gaps.unanswered, [3]);
}

#[test]
fn progress_counts_questions_answered_including_cant_say() {
    let framework = fixture();
    assert_eq!(answered_text(&framework, &[]), "0 of 5 questions answered");
    let checked = pairs(&[
        ("relationship", "peer"),
        ("q-1", "2"),
        ("q-4", CANT_SAY_VALUE),
    ]);
    assert_eq!(
        answered_text(&framework, &checked),
        "2 of 5 questions answered"
    );
}

// ----- A result's feedback record -----------------------------------------------------

#[test]
fn pasted_codes_are_found_in_surrounding_text_and_added_once() {
    let framework = fixture();
    let codes = golden_codes(&framework);
    let mut record = FeedbackRecord::new(&invitation(&framework));
    let chat = format!(
        "Hi Alex, here is mine: {}.\nAnd from Sam:\n  \"{}\"",
        codes[0], codes[1]
    );
    let outcome = record.add(&framework, &[ResponseInput::Pasted(chat)]);
    assert_eq!(outcome.added, 2, "{:?}", outcome.messages);
    assert_eq!(
        outcome.messages.len(),
        2,
        "the words around the codes are not reported"
    );
    assert_eq!(
        outcome.summary(record.responses.len()),
        "2 responses added. 2 responses are in."
    );

    let again = record.add(&framework, &[ResponseInput::Pasted(codes[0].clone())]);
    assert_eq!(again.added, 0);
    assert!(
        again.messages[0].ends_with("already added. Each response counts once."),
        "{:?}",
        again.messages
    );
    assert_eq!(record.responses.len(), 2);
}

#[test]
fn damaged_foreign_and_misplaced_codes_are_refused_and_change_nothing() {
    let framework = fixture();
    let codes = golden_codes(&framework);
    let mut record = record_with(&framework, &codes[..1]);
    let before = record.clone();

    let mut tampered = codes[1].clone().into_bytes();
    let at = tampered.len() / 2;
    tampered[at] = if tampered[at] == b'A' { b'B' } else { b'A' };
    let tampered = String::from_utf8(tampered).unwrap();

    let other_invitation = Invitation::new(&framework, [9; 8], "").unwrap();
    let (_, answers) = read_observer_form(
        &framework,
        &pairs(&[
            ("relationship", "peer"),
            ("q-1", "1"),
            ("q-2", "1"),
            ("q-3", "1"),
            ("q-4", "1"),
            ("q-5", "1"),
        ]),
    )
    .unwrap();
    let foreign = response_code::encode(
        &ObserverResponse::new(
            &other_invitation,
            &framework,
            Relationship::Peer,
            &answers,
            [5; 4],
        )
        .unwrap(),
    );
    let mut own = Answers::new();
    own.insert("plan-risks".into(), Answer::Rating { value: 4 });
    let share = share_code::encode(&framework, &own);

    let outcome = record.add(
        &framework,
        &[
            ResponseInput::Pasted(tampered),
            ResponseInput::Pasted(foreign),
            ResponseInput::Pasted(share),
            ResponseInput::Pasted(record.invitation.clone()),
            ResponseInput::File {
                name: "notes.json".into(),
                bytes: b"{\"hello\": 1}".to_vec(),
            },
        ],
    );
    assert_eq!((outcome.added, outcome.replaced), (0, 0));
    assert_eq!(record, before);
    let messages = outcome.messages.join("\n");
    assert!(messages.contains("damaged"), "{messages}");
    assert!(
        messages.contains("answers a different invitation"),
        "{messages}"
    );
    assert!(
        messages.contains("shared result, not a feedback response"),
        "{messages}"
    );
    assert!(
        messages.contains("This is your invitation, not a response to it"),
        "{messages}"
    );
    assert!(messages.starts_with("The code "), "{messages}");
    assert!(messages.contains("notes.json: "), "{messages}");
}

#[test]
fn a_correction_from_the_same_browser_replaces_the_earlier_response() {
    let framework = fixture();
    let first = via_form(&framework, "peer", &["2", "4", "1", "5", "5"], 7);
    let corrected = via_form(&framework, "peer", &["4", "2", "2", "5", "5"], 7);
    let mut record = record_with(&framework, &[response_code::encode(&first)]);
    let outcome = record.add(
        &framework,
        &[ResponseInput::Pasted(response_code::encode(&corrected))],
    );
    assert_eq!((outcome.added, outcome.replaced), (0, 1));
    assert_eq!(record.responses, [response_code::encode(&corrected)]);
    assert_eq!(
        outcome.summary(1),
        "1 response corrected. 1 response is in."
    );
}

#[test]
fn response_files_are_added_by_file_or_by_pasting_their_text() {
    let framework = fixture();
    let responses = [
        via_form(&framework, "peer", &["2", "4", "1", "5", "5"], 1),
        via_form(&framework, "manager", &["3", "3", "1", "4", "5"], 2),
    ];
    let mut record = FeedbackRecord::new(&invitation(&framework));
    let outcome = record.add(
        &framework,
        &[
            ResponseInput::File {
                name: "yardstick-response-team-lead-feedback.json".into(),
                bytes: response_file(&responses[0]).into_bytes(),
            },
            ResponseInput::Pasted(response_file(&responses[1])),
        ],
    );
    assert_eq!(outcome.added, 2, "{:?}", outcome.messages);
    assert_eq!(
        outcome.messages[0],
        "yardstick-response-team-lead-feedback.json: added."
    );
    assert_eq!(record.responses(&framework), responses);
}

#[test]
fn a_record_keeps_at_most_its_limit_of_responses() {
    let framework = fixture();
    let codes: Vec<String> = (0..=MAX_RESPONSES)
        .map(|n| {
            let id = [(n % 256) as u8, (n / 256) as u8, 0, 0];
            let (relationship, answers) = read_observer_form(
                &framework,
                &pairs(&[
                    ("relationship", "peer"),
                    ("q-1", "2"),
                    ("q-2", "2"),
                    ("q-3", "2"),
                    ("q-4", "2"),
                    ("q-5", "2"),
                ]),
            )
            .unwrap();
            response_code::encode(
                &ObserverResponse::new(
                    &invitation(&framework),
                    &framework,
                    relationship,
                    &answers,
                    id,
                )
                .unwrap(),
            )
        })
        .collect();
    let mut record = FeedbackRecord::new(&invitation(&framework));
    let outcome = record.add(&framework, &[ResponseInput::Pasted(codes.join(" "))]);
    assert_eq!(outcome.added, MAX_RESPONSES);
    assert_eq!(record.responses.len(), MAX_RESPONSES);
    assert!(outcome
        .messages
        .last()
        .unwrap()
        .contains("at most 200 responses"));
}

#[test]
fn the_record_is_stored_and_exported_with_the_attempt_and_older_attempts_have_none() {
    let framework = fixture();
    let mut attempt = Attempt::new(&framework, "a-1".into(), 1_000.0);
    attempt.answers = golden_self();
    let mut store = Store::new();
    store.start(attempt);
    assert!(
        !store.set_feedback(
            "nobody",
            Some(FeedbackRecord::new(&invitation(&framework))),
            2_000.0
        ),
        "no attempt, no record"
    );
    // An invitation can go out before the person has answered, and stays on finishing.
    let record = record_with(&framework, &golden_codes(&framework));
    assert!(store.set_feedback("a-1", Some(record.clone()), 1_200.0));
    assert!(store.complete("a-1", 1_500.0));
    assert_eq!(store.attempt("a-1").unwrap().feedback, Some(record.clone()));
    assert!(store.set_feedback("a-1", Some(record.clone()), 2_000.0));
    let stored = store.attempt("a-1").unwrap();
    assert_eq!(stored.updated_at, 2_000.0);

    let encoded = encode_attempt(stored);
    assert!(encoded.contains("\"feedback\":{\"invitation\":\""));
    assert_eq!(decode_attempt(&encoded).unwrap().feedback, Some(record));

    let json = yardstick_core::export::export_json(&framework, stored, 3_000.0);
    let imported = yardstick_core::export::import_json(&json).unwrap();
    assert_eq!(
        imported.feedback, stored.feedback,
        "exported with the attempt"
    );

    let mut without = stored.clone();
    without.feedback = None;
    assert!(!encode_attempt(&without).contains("\"feedback\""));
    assert!(store.set_feedback("a-1", None, 4_000.0));
    assert_eq!(store.attempt("a-1").unwrap().feedback, None);
}

#[test]
fn the_invitation_link_carries_the_code_in_its_fragment_only() {
    let framework = fixture();
    let record = FeedbackRecord::new(&invitation(&framework));
    let link = invite_link(
        "https://example.github.io/yardstick/",
        None,
        &record.invitation,
    );
    let (page, fragment) = link.split_once('#').unwrap();
    assert_eq!(page, "https://example.github.io/yardstick/");
    assert_eq!(
        View::parse(&format!("#{fragment}")),
        View::Invite {
            code: record.invitation.clone()
        }
    );
    assert_eq!(
        invitation::decode(&record.invitation).unwrap(),
        invitation(&framework)
    );
}

#[test]
fn feedback_and_invitation_addresses_round_trip() {
    for view in [
        View::Feedback {
            attempt_id: "1700000000000-123456".into(),
        },
        View::Invite {
            code: "oQdmZWVkYmFjaw".into(),
        },
        View::Feedback {
            attempt_id: "an id/with spaces".into(),
        },
    ] {
        assert_eq!(View::parse(&view.address()), view);
    }
    assert_eq!(View::parse("#/invite"), View::NotFound);
    assert_eq!(View::parse("#/feedback/a/b"), View::NotFound);
}

// ----- Self against others ------------------------------------------------------------

#[test]
fn before_three_responses_only_the_status_is_shown() {
    let framework = fixture();
    let codes = golden_codes(&framework);
    let record = record_with(&framework, &codes[..2]);
    let report = aggregate(&framework, &golden_self(), &record.responses(&framework));
    let html = feedback_report_markup(&framework, &report, false);
    assert!(
        html.contains(
            "2 responses are in. Others&#39; answers are shown once 3 people have responded"
        ),
        "{html}"
    );
    assert!(!html.contains("<table"));
    assert!(!html.contains("43"), "no figure of others leaks: {html}");
}

#[test]
fn three_responses_show_the_golden_figures_in_the_table() {
    let framework = fixture();
    let record = record_with(&framework, &golden_codes(&framework));
    let report = aggregate(&framework, &golden_self(), &record.responses(&framework));
    let html = feedback_report_markup(&framework, &report, false);
    assert!(html.contains("Based on 3 responses."));
    // docs/feedback.md's worked example, rounded as shown.
    let planning = row(&html, "planning");
    assert!(
        planning.contains("<td data-cell=\"self\">79 (68–90)</td>"),
        "{planning}"
    );
    assert!(
        planning.contains("<td data-cell=\"others\">43 (32–54), 3 people</td>"),
        "{planning}"
    );
    assert!(
        planning.contains("<td data-cell=\"difference\">+36</td>"),
        "{planning}"
    );
    assert!(
        planning.contains("<td data-cell=\"reading\">Blind spot</td>"),
        "{planning}"
    );
    let people = row(&html, "people");
    assert!(
        people.contains("38 (21–54)") || people.contains("37 (21–54)"),
        "{people}"
    );
    assert!(people.contains("92 (81–100), 3 people"), "{people}");
    assert!(people.contains("\u{2212}54"), "{people}");
    assert!(people.contains("Hidden strength"), "{people}");
    assert!(html.contains("You rate yourself clearly higher than others do in Planning:"));
    assert!(html.contains("Others rate you clearly higher than you do in Growing people:"));
    // Three peers make a group; it is shown, and equals the overall.
    assert!(html.contains("<th scope=\"col\">Peers</th>"));
    assert!(html.contains("Where the views differ most"));
    // plan-surprise is reverse-keyed: self 75, others 41.67 (docs/feedback.md).
    assert!(html.contains("Score out of 100, higher is better: you 75, others 42 on average (3 people), so you rate yourself higher. This statement describes something to avoid, so rating it low scores high."), "{html}");
    assert_eq!(
        html.matches("something to avoid").count(),
        1,
        "only the reverse-keyed question"
    );
}

fn row<'a>(html: &'a str, dimension: &str) -> &'a str {
    let start = html
        .find(&format!("<tr data-dimension=\"{dimension}\">"))
        .unwrap();
    let end = start + html[start..].find("</tr>").unwrap();
    &html[start..end]
}

#[test]
fn a_managers_single_response_is_shown_labelled_and_nothing_else() {
    let framework = fixture();
    let manager = via_form(&framework, "manager", &["2", "4", "1", "5", "5"], 4);
    let record = record_with(&framework, &[response_code::encode(&manager)]);
    let report = aggregate(&framework, &golden_self(), &record.responses(&framework));
    let html = feedback_report_markup(&framework, &report, false);
    assert!(html.contains("1 response is in."));
    assert!(html.contains("<th scope=\"col\">Your manager</th>"));
    assert!(html.contains(", 1 person</td>"), "{html}");
    assert!(html.contains("<td data-cell=\"others\">Not shown yet</td>"));
    assert!(!html.contains("Blind spot") && !html.contains("Hidden strength"));
}

#[test]
fn hidden_scores_say_it_in_words_without_any_number() {
    let framework = fixture();
    let record = record_with(&framework, &golden_codes(&framework));
    let report = aggregate(&framework, &golden_self(), &record.responses(&framework));
    let html = feedback_report_markup(&framework, &report, true);
    assert!(!html.contains("<table") && !html.contains("<svg"));
    let after_status = &html[html.find("</p>").unwrap()..];
    assert!(
        !after_status.chars().any(|c| c.is_ascii_digit()),
        "no score, range or count after the status: {after_status}"
    );
    assert!(
        html.contains(
            "<strong>Planning</strong>: You rate yourself clearly higher than others do."
        ),
        "{html}"
    );
}

#[test]
fn the_radar_overlays_self_and_others_when_there_are_three_areas_or_more() {
    let framework = built_in("engineering-manager");
    let mut own = Answers::new();
    let mut checked = pairs(&[("relationship", "peer")]);
    for (n, (_, item)) in observer_items(&framework).enumerate() {
        match item.kind {
            ItemKind::Behaviour { .. } => {
                own.insert(item.id.clone(), Answer::Rating { value: 4 });
                checked.push((format!("q-{}", n + 1), "3".into()));
            }
            _ => {
                own.insert(item.id.clone(), Answer::Level { value: 2 });
                checked.push((format!("q-{}", n + 1), "1".into()));
            }
        }
    }
    let (relationship, answers) = read_observer_form(&framework, &checked).unwrap();
    let codes: Vec<String> = (1..=3u8)
        .map(|id| {
            response_code::encode(
                &ObserverResponse::new(
                    &invitation(&framework),
                    &framework,
                    relationship,
                    &answers,
                    [id; 4],
                )
                .unwrap(),
            )
        })
        .collect();
    let record = record_with(&framework, &codes);
    let report = aggregate(&framework, &own, &record.responses(&framework));
    let html = feedback_report_markup(&framework, &report, false);
    assert_eq!(html.matches("class=\"radar-others\"").count(), 1);
    assert_eq!(html.matches("class=\"radar-score\"").count(), 1);
    assert!(html.contains("role=\"img\""));
    assert_eq!(
        html.matches("<tr data-dimension=").count(),
        framework.capability_dimensions().count()
    );
}

#[test]
fn starting_over_keeps_the_invitation_and_its_responses_for_the_same_version() {
    let framework = fixture();
    let mut store = Store::new();
    store.start(Attempt::new(&framework, "first".into(), 1_000.0));
    let record = record_with(&framework, &golden_codes(&framework));
    assert!(store.set_feedback("first", Some(record.clone()), 1_100.0));

    store.start(Attempt::new(&framework, "again".into(), 2_000.0));
    assert!(
        store.attempt("first").is_none(),
        "the earlier attempt is replaced"
    );
    assert_eq!(
        store.attempt("again").unwrap().feedback,
        Some(record),
        "the observers answered this version: their responses still apply"
    );

    let mut newer = framework.clone();
    newer.version = "9.9.9".into();
    store.start(Attempt::new(&newer, "newer".into(), 3_000.0));
    assert_eq!(
        store.attempt("newer").unwrap().feedback,
        None,
        "responses to another version do not carry over"
    );
    assert_eq!(store.in_progress.len(), 1);
}

#[test]
fn an_unfinished_attempt_counts_responses_but_compares_nothing_until_finished() {
    use yardstick_core::feedback::report_markup::attempt_feedback_markup;
    let framework = fixture();
    let mut attempt = Attempt::new(&framework, "a-1".into(), 1_000.0);
    assert_eq!(attempt_feedback_markup(&framework, &attempt, false), None);
    attempt.answers = golden_self();
    let codes = golden_codes(&framework);
    attempt.feedback = Some(record_with(&framework, &codes));
    let unfinished = attempt_feedback_markup(&framework, &attempt, false).unwrap();
    assert!(
        unfinished.contains(&format!("{} responses are in.", codes.len())),
        "{unfinished}"
    );
    assert!(unfinished.contains("Your own assessment is not finished yet"));
    assert!(!unfinished.contains("<table") && !unfinished.contains("<svg"));

    attempt.completed_at = Some(2_000.0);
    let finished = attempt_feedback_markup(&framework, &attempt, false).unwrap();
    assert!(finished.contains("<table"), "{finished}");
}

//! The deployer's list of pages that may embed the widget, the real-parent check, and
//! what the person is told before anything is sent.

use yardstick_core::answers::Answer;
use yardstick_core::attempt::Attempt;
use yardstick_core::builtin::BUILT_IN_SOURCES;
use yardstick_core::deploy::{
    decide, disclosure, footer_text, has_examples, parse_deploy_config, without_examples,
    DeployConfig, Embedding,
};
use yardstick_core::framework::ItemKind;
use yardstick_core::start_page::FOOTER;
use yardstick_core::validate::load_framework;

const INTRANET: &str = "https://intranet.example.com";
const OTHER: &str = "https://attacker.example";

fn listed(origins: &[&str]) -> DeployConfig {
    DeployConfig {
        allowed_parent_origins: Some(origins.iter().map(|o| o.to_string()).collect()),
    }
}

#[test]
fn the_published_default_sets_no_list() {
    let (config, warnings) = parse_deploy_config(include_str!("../../../yardstick.config.json"));
    assert_eq!(config, DeployConfig::default());
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_list_is_read_with_origins_normalised_and_bad_entries_named() {
    let (config, warnings) = parse_deploy_config(
        r#"{"allowed_parent_origins": ["HTTPS://Intranet.Example.com/", "*", 7, "https://x.example/path"]}"#,
    );
    assert_eq!(config, listed(&[INTRANET]));
    assert_eq!(warnings.len(), 3, "{warnings:?}");
    assert!(warnings[0].contains("never sent to every origin"));
}

#[test]
fn a_broken_file_fails_closed() {
    for text in [
        "not json",
        r#"{"allowed_parent_origins": "https://intranet.example.com"}"#,
    ] {
        let (config, warnings) = parse_deploy_config(text);
        assert_eq!(config, listed(&[]), "{text}");
        assert_eq!(warnings.len(), 1);
        let (embedding, _) = decide(&config, true, None, Some(INTRANET), None);
        assert!(matches!(embedding, Embedding::Refused { .. }));
    }
}

#[test]
fn in_its_own_tab_nothing_is_sent_and_nothing_refused() {
    let (embedding, warnings) = decide(&listed(&[INTRANET]), false, Some(INTRANET), None, None);
    assert_eq!(embedding, Embedding::NotEmbedded);
    assert!(warnings.is_empty());
    assert_eq!(embedding.receiver(), None);
}

#[test]
fn without_a_list_the_named_parent_receives_only_when_it_is_the_real_parent() {
    let open = DeployConfig::default();
    let (embedding, warnings) = decide(&open, true, Some(INTRANET), Some(INTRANET), None);
    assert_eq!(embedding.receiver(), Some(INTRANET));
    assert!(warnings.is_empty());

    // A page that frames the widget naming another page gets nothing, and nor does that
    // other page.
    let (embedding, warnings) = decide(&open, true, Some(INTRANET), Some(OTHER), None);
    assert_eq!(embedding, Embedding::Embedded { receiver: None });
    assert!(warnings[0].contains(OTHER));
    // A parent the browser does not name cannot be checked: nothing is sent.
    let (embedding, _) = decide(&open, true, Some(INTRANET), None, None);
    assert_eq!(embedding.receiver(), None);
    // No parent named: embedded, nothing sent, no warning.
    let (embedding, warnings) = decide(&open, true, None, Some(OTHER), None);
    assert_eq!(embedding, Embedding::Embedded { receiver: None });
    assert!(warnings.is_empty());
}

#[test]
fn with_a_list_only_listed_pages_may_embed_and_receive() {
    let config = listed(&[INTRANET]);
    let (embedding, _) = decide(&config, true, Some(INTRANET), Some(INTRANET), None);
    assert_eq!(embedding.receiver(), Some(INTRANET));

    // Framed by a page not on the list: the widget does not run, whatever it names.
    for named in [None, Some(OTHER), Some(INTRANET)] {
        let (embedding, warnings) = decide(&config, true, named, Some(OTHER), None);
        assert_eq!(
            embedding,
            Embedding::Refused {
                parent: Some(OTHER.into())
            },
            "{named:?}"
        );
        assert!(warnings[0].contains("will not run here"));
    }
    // A parent that cannot be told is not on the list.
    let (embedding, _) = decide(&config, true, None, None, None);
    assert_eq!(embedding, Embedding::Refused { parent: None });

    // A listed page that names an unlisted receiver: runs, sends nothing, says why.
    let (embedding, warnings) = decide(&config, true, Some(OTHER), Some(INTRANET), None);
    assert_eq!(embedding, Embedding::Embedded { receiver: None });
    assert!(warnings[0].contains("it is not in yardstick.config.json"));
}

#[test]
fn a_page_of_the_widgets_own_origin_may_always_frame_it() {
    let own = "https://example.github.io";
    let (embedding, _) = decide(&listed(&[INTRANET]), true, None, Some(own), Some(own));
    assert_eq!(embedding, Embedding::Embedded { receiver: None });
    let (embedding, _) = decide(&listed(&[]), true, Some(own), Some(own), Some(own));
    assert_eq!(embedding.receiver(), Some(own));
}

#[test]
fn the_person_is_told_which_page_receives_what() {
    assert_eq!(footer_text(None), FOOTER);
    let footer = footer_text(Some(INTRANET));
    assert!(footer.contains(INTRANET) && footer.contains("When you finish"));
    assert!(!footer.contains("Nothing is sent"));

    let shown = disclosure(INTRANET, false);
    assert!(shown.contains(INTRANET));
    assert!(shown.contains("scores and levels"));
    assert!(shown.contains("written examples are sent only if you choose"));
    let hidden = disclosure(INTRANET, true);
    assert!(hidden.contains("including the scores and levels this page does not show you"));
}

#[test]
fn examples_are_left_out_unless_chosen() {
    let (_, json) = BUILT_IN_SOURCES[0];
    let framework = load_framework(json.as_bytes()).unwrap();
    assert!(has_examples(&framework));
    let mut attempt = Attempt::new(&framework, "a".into(), 1.0);
    let mut evidence = None;
    for item in framework.dimensions.iter().flat_map(|d| d.items.iter()) {
        match item.kind {
            ItemKind::Evidence { .. } => {
                attempt.answers.insert(
                    item.id.clone(),
                    Answer::Evidence {
                        text: "We shipped it.".into(),
                    },
                );
                evidence = Some(item.id.clone());
            }
            ItemKind::Behaviour { .. } => {
                attempt
                    .answers
                    .insert(item.id.clone(), Answer::Rating { value: 4 });
            }
            _ => {}
        }
    }
    let evidence = evidence.unwrap();
    let sent = without_examples(&framework, &attempt);
    assert!(!sent.answers.contains_key(&evidence));
    assert_eq!(
        sent.answers.len(),
        attempt.answers.len() - count_evidence(&attempt, &framework),
        "only the examples go"
    );
    assert_eq!(count_evidence(&sent, &framework), 0);
    assert!(
        attempt.answers.contains_key(&evidence),
        "the person's own copy keeps them"
    );
}

fn count_evidence(attempt: &Attempt, framework: &yardstick_core::framework::Framework) -> usize {
    framework
        .dimensions
        .iter()
        .flat_map(|d| d.items.iter())
        .filter(|i| {
            matches!(i.kind, ItemKind::Evidence { .. }) && attempt.answers.contains_key(&i.id)
        })
        .count()
}

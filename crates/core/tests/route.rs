//! Screen addresses: every view round-trips through its fragment, the documented
//! addresses are what they say, and anything else is "not found", never a panic.

use proptest::prelude::*;
use yardstick_core::route::View;

fn id(text: &str) -> String {
    text.to_string()
}

/// One of every view, with ids that need encoding among them.
fn every_view() -> Vec<View> {
    vec![
        View::Start,
        View::Assess {
            attempt_id: id("1700000000000-123456"),
            area: Some(0),
        },
        View::Assess {
            attempt_id: id("1700000000000-123456"),
            area: Some(11),
        },
        View::Assess {
            attempt_id: id("imported/with spaces & #hash?"),
            area: None,
        },
        View::Review {
            attempt_id: id("a-1"),
        },
        View::Results {
            attempt_id: id("é%/+"),
        },
        View::History,
        View::Compare {
            first: id("a-1"),
            second: id("b/2"),
        },
        View::Privacy,
        View::Embed,
        View::Shared {
            code: id("AbC-_123"),
        },
        View::NotFound,
    ]
}

#[test]
fn every_view_round_trips_through_its_address() {
    for view in every_view() {
        let address = view.address();
        assert!(address.starts_with('#'), "{address}");
        assert_eq!(View::parse(&address), view, "{address}");
        // The fragment as `location.hash` gives it, or without its `#`, reads the same.
        assert_eq!(View::parse(address.trim_start_matches('#')), view);
    }
}

#[test]
fn the_documented_addresses_name_their_screens() {
    let cases = [
        ("", View::Start),
        ("#", View::Start),
        ("#/", View::Start),
        (
            "#/assess/x-1/1",
            View::Assess {
                attempt_id: id("x-1"),
                area: Some(0),
            },
        ),
        (
            "#/assess/x-1",
            View::Assess {
                attempt_id: id("x-1"),
                area: None,
            },
        ),
        (
            "#/review/x-1",
            View::Review {
                attempt_id: id("x-1"),
            },
        ),
        (
            "#/results/x-1",
            View::Results {
                attempt_id: id("x-1"),
            },
        ),
        ("#/history", View::History),
        ("#/history/", View::History),
        (
            "#/compare/a/b",
            View::Compare {
                first: id("a"),
                second: id("b"),
            },
        ),
        ("#/data", View::Privacy),
        ("#/embed", View::Embed),
        ("#share=XYZ", View::Shared { code: id("XYZ") }),
    ];
    for (address, view) in cases {
        assert_eq!(View::parse(address), view, "{address:?}");
    }
    assert_eq!(View::History.address(), "#/history");
    assert_eq!(View::Privacy.address(), "#/data");
    assert_eq!(
        View::Assess {
            attempt_id: id("x"),
            area: Some(2)
        }
        .address(),
        "#/assess/x/3",
        "areas count from 1 in the address"
    );
}

#[test]
fn unknown_and_malformed_addresses_are_not_found() {
    for address in [
        "#main",
        "#/nowhere",
        "#/history/extra",
        "#/results",
        "#/results/",
        "#/results//",
        "#/assess/x/0",
        "#/assess/x/-1",
        "#/assess/x/+1",
        "#/assess/x/1.5",
        "#/assess/x/ 1",
        "#/assess/x/1000",
        "#/assess/x/99999999999999999999999",
        "#/assess/x/1/more",
        "#/results/%",
        "#/results/%zz",
        "#/results/%C3",
        "#/compare/a",
        "#/compare//b",
        "#/HISTORY",
        "#/data?x=1",
        "history",
    ] {
        assert_eq!(View::parse(address), View::NotFound, "{address:?}");
    }
}

#[test]
fn moving_between_areas_is_the_same_screen_and_nothing_else_is() {
    let area = |n| View::Assess {
        attempt_id: id("a"),
        area: Some(n),
    };
    assert!(area(0).same_screen(&area(3)));
    assert!(area(0).same_screen(&View::Assess {
        attempt_id: id("a"),
        area: None
    }));
    assert!(!area(0).same_screen(&View::Assess {
        attempt_id: id("b"),
        area: Some(0)
    }));
    assert!(!area(0).same_screen(&View::Review {
        attempt_id: id("a")
    }));
    assert!(View::History.same_screen(&View::History));
    assert!(!View::History.same_screen(&View::Privacy));
}

proptest! {
    #[test]
    fn parsing_any_fragment_never_panics(fragment in ".*") {
        let _ = View::parse(&fragment);
    }

    #[test]
    fn parsing_any_path_never_panics(segments in proptest::collection::vec("[a-z%0-9/.+-]{0,8}", 0..5)) {
        let _ = View::parse(&format!("#/{}", segments.join("/")));
    }

    #[test]
    fn any_attempt_id_round_trips(attempt_id in ".+", area in 0usize..999) {
        let views = [
            View::Assess { attempt_id: attempt_id.clone(), area: Some(area) },
            View::Results { attempt_id: attempt_id.clone() },
            View::Compare { first: attempt_id.clone(), second: attempt_id.clone() },
        ];
        for view in views {
            prop_assert_eq!(View::parse(&view.address()), view);
        }
    }
}

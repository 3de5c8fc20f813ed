//! The small stable sort agrees with the standard library's on any input.

use proptest::prelude::*;
use yardstick_core::order::sort_stable_by;

proptest! {
    #[test]
    fn sorts_like_the_standard_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..200)) {
        let mut ours = items.clone();
        let mut theirs = items;
        sort_stable_by(&mut ours, |a, b| a.0.cmp(&b.0));
        theirs.sort_by_key(|a| a.0);
        prop_assert_eq!(ours, theirs);
    }
}

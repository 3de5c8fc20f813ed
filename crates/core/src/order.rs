//! A stable sort that is small in WebAssembly.
//!
//! The standard library's stable sort (driftsort) is fast on large inputs but adds about
//! 4 KB of code for every type and comparison it is used with; the app's six sorts cost
//! 7 KB gzip of its WebAssembly. Everything the app sorts is short (areas of a role,
//! a person's results) and usually nearly in order already, where insertion sort does
//! close to one comparison per element.
//!
//! ```
//! use yardstick_core::order::sort_stable_by;
//! let mut words = vec![("b", 1), ("a", 2), ("b", 0)];
//! sort_stable_by(&mut words, |x, y| x.0.cmp(y.0));
//! assert_eq!(words, [("a", 2), ("b", 1), ("b", 0)]);
//! ```

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order (insertion sort).
pub fn sort_stable_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

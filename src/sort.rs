//! The core's sorts. Natively they are std's; in the WebAssembly module std's stable sort is
//! compiled once for them all. std's sorts are generic over the element and the key, so each call
//! site compiled its own copy of driftsort or ipnsort (106 functions, 48.7 KB of the optimised
//! module): here the module sorts a list of indices with one comparison through `&mut dyn FnMut`,
//! then moves the elements to their places, so one copy of std's sort serves every call.
//!
//! The unstable sorts here sort values whose equal elements cannot be told apart (numbers,
//! pairs of numbers) or whose order among equals does not matter, so that a stable sort in their
//! place gives the same result.

use std::cmp::Ordering;

/// Sorts `v` by `key`, keeping equal elements in their order (`slice::sort_by_key`).
#[inline]
pub(crate) fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| key(a).cmp(&key(b)));
    } else {
        v.sort_by_key(key);
    }
}

/// Sorts `v`, keeping equal elements in their order (`slice::sort`).
#[inline]
pub(crate) fn stable<T: Ord>(v: &mut [T]) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| a.cmp(b));
    } else {
        v.sort();
    }
}

/// Sorts `v` (`slice::sort_unstable`): for values whose equal elements cannot be told apart.
#[inline]
pub(crate) fn unstable<T: Ord>(v: &mut [T]) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| a.cmp(b));
    } else {
        v.sort_unstable();
    }
}

/// Sorts `v` by `key` (`slice::sort_unstable_by_key`): where the order among equal keys does
/// not matter.
#[inline]
pub(crate) fn unstable_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| key(a).cmp(&key(b)));
    } else {
        v.sort_unstable_by_key(key);
    }
}

/// Sorts `v` by `key`, keeping equal elements in their order, with `key` asked once for each
/// element (`slice::sort_by_cached_key`): for a key that costs more than a comparison of keys.
/// Natively std's; in the WebAssembly module [`compact_by_cached_key`].
#[inline]
pub(crate) fn by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    if cfg!(target_arch = "wasm32") {
        compact_by_cached_key(v, key);
    } else {
        v.sort_by_cached_key(key);
    }
}

/// [`by_cached_key`] through the one copy of std's stable sort the other sorts share: the
/// (key, index) pairs' indices are sorted (each pair unique: the stable order), then the
/// elements moved to their places. A slice already in order is left as it is.
fn compact_by_cached_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keyed: Vec<(K, usize)> = v.iter().map(key).zip(0..).collect();
    if keyed.is_sorted() {
        return;
    }
    let mut order: Vec<usize> = (0..keyed.len()).collect();
    sort_indices(&mut order, &mut |i, j| keyed[i].cmp(&keyed[j]));
    permute(v, &mut order);
}

/// Sorts `v` stably by `cmp` with std's stable sort on the indices (one copy of it for every
/// element type), then moves each element to its place.
fn compact<T>(v: &mut [T], cmp: &mut dyn FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..v.len()).collect();
    sort_indices(&mut order, &mut |i, j| cmp(&v[i], &v[j]));
    permute(v, &mut order);
}

/// std's stable sort of indices by `cmp`: not inlined, so that the module holds one copy.
#[inline(never)]
fn sort_indices(order: &mut [usize], cmp: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&i, &j| cmp(i, j));
}

/// Puts the element at `order[k]` at position `k`, for every `k`, following each cycle of the
/// permutation once (linear); `order` is used up.
fn permute<T>(v: &mut [T], order: &mut [usize]) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = order[at];
            order[at] = at;
            if from == start || from == at {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as std's stable sort, equal keys included (the payload tells them apart).
        #[test]
        fn sorts_as_std_stably(keys in proptest::collection::vec(0u8..8, 0..300)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut ours = items.clone();
            compact(&mut ours, &mut |a: &(u8, usize), b: &(u8, usize)| a.0.cmp(&b.0));
            let mut std_sorted = items;
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std_sorted);
        }

        /// The same order as std's stable sort by the key, the key asked once an element (the
        /// WebAssembly module's form; natively it is std's).
        #[test]
        fn sorts_by_a_cached_key_as_std_stably(keys in proptest::collection::vec(0u8..8, 0..300)) {
            let items: Vec<(u8, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            let mut ours = items.clone();
            let mut asked = 0;
            compact_by_cached_key(&mut ours, |x| { asked += 1; x.0 });
            let mut std_sorted = items;
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(&ours, &std_sorted);
            prop_assert!(asked <= ours.len());
        }
    }

    /// Sorted, reversed and rotated input: the reversed one moves its elements in two-cycles,
    /// the rotated one in one cycle through every element (what `permute` follows).
    #[test]
    fn sorts_long_runs_both_ways_and_rotated() {
        for n in [0, 1, 2, 3, 20, 41, 1000, 4099] {
            let sorted: Vec<usize> = (0..n).collect();
            let rotated = (1..n).chain((n > 0).then_some(0));
            for input in [sorted.clone(), (0..n).rev().collect(), rotated.collect()] {
                let mut v = input;
                compact(&mut v, &mut |a: &usize, b: &usize| a.cmp(b));
                assert_eq!(v, sorted, "{n}");
            }
        }
    }
}

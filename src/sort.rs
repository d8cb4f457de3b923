//! The core's sorts. Natively they are std's; in the WebAssembly module one small stable sort
//! serves them all. std's sorts are generic over the element and the key, so each call site
//! compiled its own copy of driftsort or ipnsort (106 functions, 48.7 KB of the optimised
//! module): this one compares through `&mut dyn FnMut`, so one copy serves each element type,
//! and it is a fraction of the size (14 KB of the gzipped module, stop 39).
//!
//! The unstable sorts here sort values whose equal elements cannot be told apart (numbers,
//! pairs of numbers) or whose order among equals does not matter, so that a stable sort in their
//! place gives the same result.

/// Sorts `v` by `key`, keeping equal elements in their order (`slice::sort_by_key`).
#[inline]
pub(crate) fn by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| key(a) < key(b));
    } else {
        v.sort_by_key(key);
    }
}

/// Sorts `v`, keeping equal elements in their order (`slice::sort`).
#[inline]
pub(crate) fn stable<T: Ord>(v: &mut [T]) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| a < b);
    } else {
        v.sort();
    }
}

/// Sorts `v` (`slice::sort_unstable`): for values whose equal elements cannot be told apart.
#[inline]
pub(crate) fn unstable<T: Ord>(v: &mut [T]) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| a < b);
    } else {
        v.sort_unstable();
    }
}

/// Sorts `v` by `key` (`slice::sort_unstable_by_key`): where the order among equal keys does
/// not matter.
#[inline]
pub(crate) fn unstable_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    if cfg!(target_arch = "wasm32") {
        compact(v, &mut |a: &T, b: &T| key(a) < key(b));
    } else {
        v.sort_unstable_by_key(key);
    }
}

/// Runs this long are sorted by insertion before merging.
const RUN: usize = 20;

/// A small stable sort in place: insertion-sorted runs, merged pairwise by rotations
/// (SymMerge: O(n log n) comparisons, O(n log² n) swaps, no allocation).
fn compact<T>(v: &mut [T], less: &mut dyn FnMut(&T, &T) -> bool) {
    let n = v.len();
    for run in v.chunks_mut(RUN) {
        insertion(run, less);
    }
    let mut size = RUN;
    while size < n {
        let mut a = 0;
        while a + size < n {
            let b = (a + 2 * size).min(n);
            sym_merge(v, a, a + size, b, less);
            a = b;
        }
        size *= 2;
    }
}

fn insertion<T>(v: &mut [T], less: &mut dyn FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Merges the sorted `v[a..m]` and `v[m..b]` (Kim and Kutzner's SymMerge).
fn sym_merge<T>(v: &mut [T], a: usize, m: usize, b: usize, less: &mut dyn FnMut(&T, &T) -> bool) {
    if m - a == 1 {
        // One element on the left: it goes before the first right element not less than it.
        let (mut i, mut j) = (m, b);
        while i < j {
            let h = (i + j) / 2;
            if less(&v[h], &v[a]) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        v[a..i].rotate_left(1);
        return;
    }
    if b - m == 1 {
        // One element on the right: it goes after the last left element not greater than it.
        let (mut i, mut j) = (a, m);
        while i < j {
            let h = (i + j) / 2;
            if !less(&v[m], &v[h]) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        v[i..=m].rotate_right(1);
        return;
    }
    let mid = (a + b) / 2;
    let n = mid + m;
    let (mut start, mut r) = if m > mid { (n - b, mid) } else { (a, m) };
    let p = n - 1;
    while start < r {
        let c = (start + r) / 2;
        if !less(&v[p - c], &v[c]) {
            start = c + 1;
        } else {
            r = c;
        }
    }
    let end = n - start;
    if start < m && m < end {
        v[start..end].rotate_left(m - start);
    }
    if a < start && start < mid {
        sym_merge(v, a, start, mid, less);
    }
    if mid < end && end < b {
        sym_merge(v, mid, end, b, less);
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
            compact(&mut ours, &mut |a: &(u8, usize), b: &(u8, usize)| a.0 < b.0);
            let mut std_sorted = items;
            std_sorted.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std_sorted);
        }
    }

    #[test]
    fn sorts_long_runs_both_ways() {
        for n in [0, 1, 2, 19, 20, 21, 40, 41, 1000, 4099] {
            let mut up: Vec<usize> = (0..n).collect();
            compact(&mut up, &mut |a: &usize, b: &usize| a < b);
            assert_eq!(up, (0..n).collect::<Vec<_>>());
            let mut down: Vec<usize> = (0..n).rev().collect();
            compact(&mut down, &mut |a: &usize, b: &usize| a < b);
            assert_eq!(down, (0..n).collect::<Vec<_>>());
        }
    }
}

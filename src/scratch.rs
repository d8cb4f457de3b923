//! Buffers kept on the thread from one document to the next, so that a pass over many
//! documents sizes them once rather than per page (the quote finder's per-block arrays, the
//! claim detector's sentence buffers).
//!
//! A type says which of its values is kept with [`kept_on_thread!`], and a document takes the
//! kept value with [`KeptOnThread::take`] and leaves it with [`KeptOnThread::put_back`]. The
//! value is moved out of its `Cell` while a document is read, not borrowed: an analysis that
//! ran inside another on the same thread would find empty buffers and size its own, never
//! share (or panic over) ones in use.
//!
//! A kept buffer is as large as the largest text the thread has read, so a type whose buffers
//! grow with a block or a document frees, when it is put back, those past [`MAX_KEPT_BYTES`]
//! ([`shed`]), as `People`'s spares drop the names past their bound: one huge file must not
//! leave its room on the thread for the thread's life.

use std::cell::Cell;
use std::thread::LocalKey;

/// A value kept on each thread between documents: empty buffers ([`Default`]) on a thread's
/// first document, the last document's after it.
pub(crate) trait KeptOnThread: Default + 'static {
    /// The thread's slot for the value ([`kept_on_thread!`] declares it).
    fn slot() -> &'static LocalKey<Cell<Self>>;

    /// The value the last document on this thread left (the default on the first).
    #[inline]
    fn take() -> Self {
        Self::slot().take()
    }

    /// Frees the buffers too large to keep (see [`shed`]); [`KeptOnThread::put_back`] calls it.
    /// Keeps everything by default.
    #[inline]
    fn shed_excess(&mut self) {}

    /// Leaves the value for the next document on this thread, without the buffers
    /// [`KeptOnThread::shed_excess`] frees.
    #[inline]
    fn put_back(mut self) {
        self.shed_excess();
        Self::slot().set(self);
    }
}

/// Makes `$kept` a [`KeptOnThread`] value, with its own slot on each thread; with
/// `shed: $shed`, `$shed(&mut kept)` frees its oversized buffers before it is kept.
macro_rules! kept_on_thread {
    ($kept:ty) => {
        $crate::scratch::kept_on_thread!($kept, shed: |_: &mut $kept| {});
    };
    ($kept:ty, shed: $shed:expr) => {
        impl $crate::scratch::KeptOnThread for $kept {
            fn slot() -> &'static ::std::thread::LocalKey<::std::cell::Cell<Self>> {
                ::std::thread_local! {
                    static KEPT: ::std::cell::Cell<$kept> = ::std::cell::Cell::new(<$kept>::default());
                }
                &KEPT
            }

            #[inline]
            fn shed_excess(&mut self) {
                ($shed)(self)
            }
        }
    };
}
pub(crate) use kept_on_thread;

/// The most heap bytes one kept buffer may hold on to between documents: the joined text's
/// bound (`SPARE_TEXT_MAX` in lib.rs), far above a news page's needs (PolNeAR's articles are
/// about 5 KB, their blocks a few hundred bytes).
pub(crate) const MAX_KEPT_BYTES: usize = 1 << 20;

/// The heap bytes `buffer` holds.
#[inline]
pub(crate) fn heap_bytes<T>(buffer: &Vec<T>) -> usize {
    buffer.capacity().saturating_mul(std::mem::size_of::<T>())
}

/// Frees `buffer`'s memory when it holds more than [`MAX_KEPT_BYTES`]; keeps it otherwise.
#[inline]
pub(crate) fn shed<T>(buffer: &mut Vec<T>) {
    if heap_bytes(buffer) > MAX_KEPT_BYTES {
        *buffer = Vec::new();
    }
}

/// [`shed`] for a string's buffer.
#[inline]
pub(crate) fn shed_string(buffer: &mut String) {
    if buffer.capacity() > MAX_KEPT_BYTES {
        *buffer = String::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Buffers(Vec<u32>);
    kept_on_thread!(Buffers);

    /// A value put back is the one the next document takes, with its room, and the slot is
    /// empty while it is out (a nested analysis would size its own).
    #[test]
    fn a_put_back_value_is_taken_again_on_its_thread() {
        let mut kept = Buffers::take();
        assert!(kept.0.is_empty());
        kept.0.reserve(100);
        let room = kept.0.capacity();
        kept.0.push(7);
        kept.put_back();
        let again = Buffers::take();
        assert_eq!(again.0, [7]);
        assert_eq!(again.0.capacity(), room);
        assert_eq!(Buffers::take().0.capacity(), 0);
        again.put_back();
        let other = std::thread::spawn(|| Buffers::take().0.len()).join().ok();
        assert_eq!(other, Some(0));
    }

    #[derive(Default)]
    struct Capped(Vec<u32>, String);
    kept_on_thread!(Capped, shed: |kept: &mut Capped| {
        shed(&mut kept.0);
        shed_string(&mut kept.1);
    });

    /// A buffer past [`MAX_KEPT_BYTES`] is freed when put back (a huge file's room is not kept
    /// on the thread); one within it keeps its room, and so does a type that sheds nothing.
    #[test]
    fn oversized_buffers_are_freed_when_put_back() {
        let within = MAX_KEPT_BYTES / std::mem::size_of::<u32>();
        let kept = Capped(Vec::with_capacity(within), String::with_capacity(MAX_KEPT_BYTES));
        let room = (kept.0.capacity(), kept.1.capacity());
        kept.put_back();
        let kept = Capped::take();
        assert_eq!((kept.0.capacity(), kept.1.capacity()), room);
        Capped(Vec::with_capacity(within + 1), String::with_capacity(MAX_KEPT_BYTES + 1)).put_back();
        let kept = Capped::take();
        assert_eq!((kept.0.capacity(), kept.1.capacity()), (0, 0));
        Buffers(Vec::with_capacity(2 * within)).put_back();
        assert!(Buffers::take().0.capacity() >= 2 * within);
    }
}

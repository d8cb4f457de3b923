//! Buffers kept on the thread from one document to the next, so that a pass over many
//! documents sizes them once rather than per page (the quote finder's per-block arrays, the
//! claim detector's sentence buffers).
//!
//! A type says which of its values is kept with [`kept_on_thread!`], and a document takes the
//! kept value with [`KeptOnThread::take`] and leaves it with [`KeptOnThread::put_back`]. The
//! value is moved out of its `Cell` while a document is read, not borrowed: an analysis that
//! ran inside another on the same thread would find empty buffers and size its own, never
//! share (or panic over) ones in use.

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

    /// Leaves the value for the next document on this thread.
    #[inline]
    fn put_back(self) {
        Self::slot().set(self);
    }
}

/// Makes `$kept` a [`KeptOnThread`] value, with its own slot on each thread.
macro_rules! kept_on_thread {
    ($kept:ty) => {
        impl $crate::scratch::KeptOnThread for $kept {
            fn slot() -> &'static ::std::thread::LocalKey<::std::cell::Cell<Self>> {
                ::std::thread_local! {
                    static KEPT: ::std::cell::Cell<$kept> = ::std::cell::Cell::new(<$kept>::default());
                }
                &KEPT
            }
        }
    };
}
pub(crate) use kept_on_thread;

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
}

//! The chunker: how a bulk operation's items are cut into calls, and the
//! fingerprint that ties a journal to its input.
//!
//! Pacing is not here: each chunk is one call through the client, which
//! waits for its rate-limit slot as every call does (the in-process limiter,
//! or the shared store when one is configured), so a bulk run never sends
//! faster than the client's limit and never bypasses it.

use std::ops::Range;

use sha2::{Digest, Sha256};

/// Cuts `len` items into consecutive chunks of at most `size` items, and a
/// new chunk wherever `group` changes (`friend_import` takes one user's
/// friends per call). A `size` of 0 is taken as 1.
pub(crate) fn chunks<G: PartialEq>(len: usize, size: usize, mut group: impl FnMut(usize) -> G) -> Vec<Range<usize>> {
    let size = size.max(1);
    let mut chunks = Vec::with_capacity(len.div_ceil(size));
    let mut start = 0;
    while start < len {
        let first = group(start);
        let mut end = start + 1;
        while end < len && end - start < size && group(end) == first {
            end += 1;
        }
        chunks.push(start..end);
        start = end;
    }
    chunks
}

/// The first 64 bits of a SHA-256 (sha2, which tim-usersig builds
/// already): it only tells whether a journal was made for the same input (a
/// changed file, a changed batch size), and must stay the same from one
/// build to the next, which the standard library's hasher does not promise.
#[derive(Debug, Clone)]
pub(crate) struct Fingerprint(Sha256);

impl Fingerprint {
    pub(crate) fn new() -> Self {
        Self(Sha256::new())
    }

    /// Adds `bytes`, then a separator, so `["ab", "c"]` and `["a", "bc"]` differ.
    pub(crate) fn add(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
        self.0.update([0xff]);
    }

    /// The fingerprint as 16 hex digits.
    pub(crate) fn hex(self) -> String {
        self.0.finalize()[..8]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_are_cut_at_the_size_and_where_the_group_changes() {
        assert_eq!(chunks(0, 100, |_| ()), Vec::<Range<usize>>::new());
        assert_eq!(chunks(250, 100, |_| ()), [0..100, 100..200, 200..250]);
        assert_eq!(chunks(3, 0, |_| ()), [0..1, 1..2, 2..3]);
        let from = ["a", "a", "a", "b", "c", "c"];
        assert_eq!(chunks(6, 2, |i| from[i]), [0..2, 2..3, 3..4, 4..6]);
    }

    #[test]
    fn the_fingerprint_sees_every_item_and_where_it_ends() {
        let print = |items: &[&str]| {
            let mut print = Fingerprint::new();
            items.iter().for_each(|item| print.add(item.as_bytes()));
            print.hex()
        };
        assert_eq!(print(&["a", "b"]), print(&["a", "b"]));
        assert_ne!(print(&["ab", "c"]), print(&["a", "bc"]));
        assert_ne!(print(&["a", "b"]), print(&["b", "a"]));
        assert_eq!(print(&[]).len(), 16);
    }
}

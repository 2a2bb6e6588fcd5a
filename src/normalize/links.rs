//! URLs and emails, which the normalizer keeps byte for byte.

use crate::swar;

/// URLs and emails, found ahead of the places where the normalizer would change something:
/// it copies their bytes as they are (an address is an identifier, not prose).
///
/// Every URL or email holds a *trigger*: an `@`, a `://`, or a dot before a letter (`www.`,
/// `.vn`). Questions come in increasing order, so the text is read once, left to
/// right, a window at a time from the first question on: triggers are found eight bytes at a
/// time, and only the whitespace-separated chunk around each (links never hold ASCII
/// whitespace) is given to the tokenizer, which defines what a link is. Text with no trigger
/// near the places that change (almost all prose) costs the trigger scan alone.
#[derive(Default)]
pub(super) struct Links {
    /// Every link that starts before `known_to` is in `spans`, in order.
    pub(super) known_to: usize,
    pub(super) spans: Vec<(usize, usize)>,
    /// The first span that may still contain a later question.
    pub(super) next: usize,
    /// No link holds a byte before this one that is at or after the last question: the
    /// start of span `next`, or `known_to`.
    pub(super) quiet_until: usize,
}

/// How far ahead of a question the trigger scan reads.
const LINK_WINDOW: usize = 4096;

impl Links {
    /// The end of the URL or email that byte `i` of `text` is in, if it is in one. `i` must
    /// not be less than in the previous question.
    #[inline(always)]
    pub(super) fn end_of_link_at(&mut self, text: &str, i: usize) -> Option<usize> {
        if i < self.quiet_until {
            return None;
        }
        self.find(text, i)
    }

    /// [`Links::end_of_link_at`] past the quiet stretch.
    #[inline(never)]
    pub(super) fn find(&mut self, text: &str, i: usize) -> Option<usize> {
        if i >= self.known_to {
            self.scan(text, i);
        }
        while self.spans.get(self.next).is_some_and(|&(_, e)| e <= i) {
            self.next += 1;
        }
        match self.spans.get(self.next) {
            Some(&(s, e)) if s <= i => Some(e),
            Some(&(s, _)) => {
                self.quiet_until = s.min(self.known_to);
                None
            }
            None => {
                self.quiet_until = self.known_to;
                None
            }
        }
    }

    /// Reads the triggers from `known_to` to a window past `i`, and the links around them.
    #[cold]
    #[inline(never)]
    pub(super) fn scan(&mut self, text: &str, i: usize) {
        let b = text.as_bytes();
        let limit = i.saturating_add(LINK_WINDOW).min(b.len());
        let mut at = self.known_to;
        while let Some(t) = next_link_trigger(b, at, limit) {
            let start = b[..t]
                .iter()
                .rposition(|&x| is_ascii_space(x))
                .map_or(0, |p| p + 1);
            let end = b[t..]
                .iter()
                .position(|&x| is_ascii_space(x))
                .map_or(b.len(), |p| t + p);
            // Whitespace is ASCII, so the chunk is on character boundaries.
            let chunk = text.get(start..end).unwrap_or("");
            debug_assert_eq!(chunk.len(), end - start, "chunks end at ASCII whitespace");
            // A chunk with two triggers was read at the first: skip to its end.
            if self.spans.last().is_none_or(|&(_, e)| e <= start) || start >= self.known_to {
                self.spans.extend(
                    crate::tokenize::links(chunk)
                        .map(|(s, e)| (start + s, start + e))
                        .filter(|&(s, _)| s >= self.known_to),
                );
            }
            self.known_to = self.known_to.max(end);
            at = end.max(t + 1);
        }
        self.known_to = self.known_to.max(limit).max(i + 1);
    }
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The first trigger of a link (see [`Links`]) in `b[from..limit]`: `@`, `://`, or a dot
/// followed by a letter (ASCII or not). Eight bytes at a time: a byte is a candidate when it
/// equals one of the three.
fn next_link_trigger(b: &[u8], mut from: usize, limit: usize) -> Option<usize> {
    let trigger = |k: usize| match b.get(k) {
        Some(b'@') => true,
        Some(b':') => b.get(k + 1..k + 3) == Some(b"//"),
        Some(b'.') => b
            .get(k + 1)
            .is_some_and(|&y| y.is_ascii_alphabetic() || y >= 0x80),
        _ => false,
    };
    // The first trigger among the eight bytes of `w`, from `at`. A borrow may flag a byte
    // above a real match; `trigger` checks each candidate.
    let first = |w: u64, at: usize| {
        let mut hits = swar::eq_bytes(w, b'@') | swar::eq_bytes(w, b':') | swar::eq_bytes(w, b'.');
        while hits != 0 {
            let k = at + hits.trailing_zeros() as usize / 8;
            if k < limit && trigger(k) {
                return Some(k);
            }
            hits &= hits - 1;
        }
        None
    };
    debug_assert!(limit <= b.len());
    let window = b.get(..limit).unwrap_or(b);
    while let Some(eight) = window.get(from..).and_then(|s| s.first_chunk::<8>()) {
        if let Some(k) = first(u64::from_le_bytes(*eight), from) {
            return Some(k);
        }
        from += 8;
    }
    // The last few bytes; past `limit` the load reads zeros, which match none of the three.
    (from < limit)
        .then(|| first(swar::load_u64(window, from, 0, 0), from))
        .flatten()
}

/// Every URL and email of `text`, in order.
pub(super) fn links_in(text: &str) -> Vec<(usize, usize)> {
    let mut links = Links::default();
    links.scan(text, 0);
    while links.known_to < text.len() {
        let at = links.known_to;
        links.scan(text, at);
    }
    links.spans
}

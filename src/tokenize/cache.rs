//! The per-thread cache of what the syllable model said about runs of letters.

use std::cell::Cell;

use super::TokenKind;
use super::abbreviations::Dot;
use super::run::{RunClass, WORD_KINDS, classify_uncached, slot_code};
use crate::swar;

/// Runs of up to this many bytes are cached (almost every syllable, NFD included).
pub(super) const CACHE_BYTES: usize = 16;
/// Sets of two slots for runs of up to 7 bytes (most syllables): 256 KiB. Fewer sets miss
/// noticeably more often on news text (a miss parses the syllable again).
pub(super) const SHORT_SETS: usize = 16384;
/// Sets of two slots for runs of 8 to 16 bytes.
pub(super) const LONG_SETS: usize = 512;

/// A run of 1 to 7 bytes as one word: its bytes, then its length in bits 56..59. Bits 59..64
/// of a slot hold its [`slot_code`]; an empty slot is 0.
pub(super) const SHORT_KEY: u64 = (1 << 59) - 1;

/// The key of the run `text[start..end]` of 1 to 7 bytes, `None` for other lengths. Reads
/// the 8 bytes from `start` and masks off the ones after the run: no branch on the length.
#[inline(always)]
pub(super) fn short_key(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let first = u64::from_le_bytes(swar::load::<8>(text, start, 0, 0));
    short_key_of(first, end.checked_sub(start)?)
}

/// [`short_key`] of a run of `n` bytes whose first eight bytes (or fewer, then zeros) are
/// `first`, read little-endian.
#[inline(always)]
pub(super) fn short_key_of(first: u64, n: usize) -> Option<u64> {
    if n == 0 || n > 7 {
        return None;
    }
    Some(first & ((1u64 << (n * 8)) - 1) | (n as u64) << 56)
}

/// The set of [`Slots::short`] a short key goes to.
#[inline(always)]
pub(super) fn short_set(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_SETS.trailing_zeros())) as usize
}

/// The key, length and set of [`Slots::long`] of a run of 8 to 16 bytes.
#[inline(always)]
pub(super) fn long_key(b: &[u8]) -> Option<([u64; 2], u8, usize)> {
    let (Some(f), Some(l)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) else {
        return None;
    };
    if b.len() > CACHE_BYTES {
        return None;
    }
    let key = [u64::from_le_bytes(*f), u64::from_le_bytes(*l)];
    let len = b.len() as u8;
    let h = (key[0] ^ key[1].rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    Some((key, len, (h >> (64 - LONG_SETS.trailing_zeros())) as usize))
}

/// A slot for runs of 8 to 16 bytes.
#[derive(Clone, Copy)]
pub(super) struct Entry {
    /// The first and the last 8 bytes (overlapping).
    key: [u64; 2],
    /// Length in bytes (0 = empty slot).
    len: u8,
    /// The [`slot_code`].
    code: u8,
}

pub(super) const EMPTY: Entry = Entry {
    key: [0; 2],
    len: 0,
    code: 0,
};

/// The two tables of the cache.
pub(super) struct Slots {
    short: Box<[[u64; 2]; SHORT_SETS]>,
    long: Box<[[Entry; 2]; LONG_SETS]>,
}

impl Slots {
    pub(super) fn new() -> Option<Slots> {
        Some(Slots {
            short: vec![[0u64; 2]; SHORT_SETS]
                .into_boxed_slice()
                .try_into()
                .ok()?,
            long: vec![[EMPTY; 2]; LONG_SETS]
                .into_boxed_slice()
                .try_into()
                .ok()?,
        })
    }
}

thread_local! {
    /// The classification cache of this thread, lent to one scanner at a time.
    static CACHE: Cell<Option<Slots>> = const { Cell::new(None) };
    /// A second one, for a scanner that runs while the first is lent (the tokens and the
    /// sentences of one text, side by side), so that it is not allocated again each time.
    static SECOND_CACHE: Cell<Option<Slots>> = const { Cell::new(None) };
}

/// Two-way cache: token bytes → what the syllable model and the list said. Borrowed from the
/// thread for the life of a scanner (no thread-local access per token), given back on drop.
///
/// It holds only runs that [`Scanner::letter_run`] found (letters and marks, no apostrophe,
/// as far as they go): [`Scanner::next_raw`] takes a word straight from it when the bytes up
/// to the next ASCII non-letter are a run it holds.
#[derive(Default)]
pub(super) struct Cache {
    slots: Option<Slots>,
}

impl Clone for Cache {
    /// A clone starts with no cache of its own (it borrows one when it first needs it).
    fn clone(&self) -> Self {
        Cache::default()
    }
}

impl std::fmt::Debug for Cache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Cache({})",
            if self.slots.is_some() {
                "borrowed"
            } else {
                "none"
            }
        )
    }
}

impl Drop for Cache {
    fn drop(&mut self) {
        if let Some(slots) = self.slots.take() {
            // Back to the first place; what was there moves to the second.
            if let Ok(Some(other)) = CACHE.try_with(|c| c.replace(Some(slots))) {
                let _ = SECOND_CACHE.try_with(|c| c.set(Some(other)));
            }
        }
    }
}

impl Cache {
    /// The slots: one of this thread's two, or new ones.
    #[cold]
    #[inline(never)]
    pub(super) fn borrow() -> Option<Slots> {
        if let Some(s) = CACHE.try_with(Cell::take).ok().flatten() {
            return Some(s);
        }
        if let Some(s) = SECOND_CACHE.try_with(Cell::take).ok().flatten() {
            return Some(s);
        }
        Slots::new()
    }

    /// [`classify_uncached`] of `text[start..end]` (on char boundaries), remembered for short
    /// runs.
    #[inline(always)]
    pub(super) fn classify(&mut self, text: &str, start: usize, end: usize) -> RunClass {
        RunClass::from_code(self.code(text, start, end))
    }

    /// The kind and dot of `text[start..end]` as a run of letters alone (see
    /// [`Scanner::word`]).
    #[inline(always)]
    pub(super) fn word_kind(&mut self, text: &str, start: usize, end: usize) -> (TokenKind, Dot) {
        WORD_KINDS[self.code(text, start, end) as usize & 31]
    }

    /// The [`slot_code`] of `text[start..end]` if the cache holds it, without asking the
    /// syllable model (`first`: the eight bytes from `start`, as the caller has loaded them). The cache holds only runs that [`Scanner::letter_run`] found: a hit
    /// also says that these bytes are such a run.
    #[inline(always)]
    pub(super) fn probe(&mut self, text: &str, start: usize, end: usize, first: u64) -> Option<u8> {
        if self.slots.is_none() {
            self.slots = Cache::borrow();
        }
        let slots = self.slots.as_mut()?;
        let Some(key) = short_key_of(first, end.checked_sub(start)?) else {
            let b = text.as_bytes().get(start..end)?;
            let (key, len, set) = long_key(b)?;
            let e = slots.long[set]
                .iter()
                .find(|e| e.key == key && e.len == len)?;
            return Some(e.code);
        };
        let [e0, e1] = slots.short[short_set(key)];
        let hit0 = (e0 ^ key) & SHORT_KEY == 0;
        let hit1 = (e1 ^ key) & SHORT_KEY == 0;
        (hit0 | hit1).then_some(((if hit0 { e0 } else { e1 }) >> 59) as u8)
    }

    /// The [`slot_code`] of `text[start..end]`, remembered for short runs.
    #[inline(always)]
    pub(super) fn code(&mut self, text: &str, start: usize, end: usize) -> u8 {
        if self.slots.is_none() {
            self.slots = Cache::borrow();
        }
        let Some(slots) = self.slots.as_mut() else {
            return Cache::code_uncached(text.get(start..end).unwrap_or(""));
        };
        let Some(key) = short_key(text.as_bytes(), start, end) else {
            return Cache::classify_long(slots, text, start, end);
        };
        let set = &mut slots.short[short_set(key)];
        let [e0, e1] = *set;
        let hit0 = (e0 ^ key) & SHORT_KEY == 0;
        let hit1 = (e1 ^ key) & SHORT_KEY == 0;
        if hit0 | hit1 {
            let e = if hit0 { e0 } else { e1 };
            return (e >> 59) as u8;
        }
        // Miss: the newest entry goes first, the older one moves to the second slot.
        let c = Cache::code_uncached(text.get(start..end).unwrap_or(""));
        *set = [key | (c as u64) << 59, e0];
        c
    }

    /// The [`slot_code`] of a run, from the syllable model and the list.
    #[inline(never)]
    pub(super) fn code_uncached(s: &str) -> u8 {
        slot_code(s, classify_uncached(s))
    }

    /// [`Cache::classify`] for runs of 8 bytes or more.
    #[inline(never)]
    pub(super) fn classify_long(slots: &mut Slots, text: &str, start: usize, end: usize) -> u8 {
        let s = text.get(start..end).unwrap_or("");
        let Some((key, len, set)) = long_key(s.as_bytes()) else {
            return Cache::code_uncached(s);
        };
        let set = &mut slots.long[set];
        for e in set.iter() {
            if e.key == key && e.len == len {
                return e.code;
            }
        }
        let c = Cache::code_uncached(s);
        set[1] = set[0];
        set[0] = Entry { key, len, code: c };
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::tokenize::run::run_kind;
    use crate::tokenize::scan::Scanner;

    /// Runs of letters for the cache tests: syllables in every case and form, abbreviations,
    /// foreign words, other scripts, runs too long to cache.
    const RUNS: &[&str] = &[
        "Việt",
        "VIỆT",
        "UBND",
        "HĐND",
        "Tp",
        "TP",
        "online",
        "ONLINE",
        "v",
        "V",
        "Đ",
        "Vie\u{323}\u{302}t",
        "VIE\u{323}\u{302}T",
        "ÀÁ",
        "ΑΒΓ",
        "Ωμ",
        "ThS",
        "vv",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "NGHIÊNG",
        "NGHIÊNGXX",
    ];

    #[test]
    fn cached_word_kind_agrees_with_run() {
        // The kind kept in a cache slot is the one the run's own letter counts give.
        let mut cache = Cache::default();
        for &s in RUNS {
            let scanner = Scanner::new(s);
            let run = scanner.letter_run(0, false);
            assert_eq!(run.end, s.len(), "{s}");
            let want = run_kind(classify_uncached(s), &run);
            for _ in 0..2 {
                assert_eq!(cache.word_kind(s, 0, s.len()), want, "{s}");
            }
        }
    }

    #[test]
    fn cache_agrees_with_model() {
        let mut cache = Cache::default();
        for &s in RUNS {
            assert_eq!(cache.classify(s, 0, s.len()), classify_uncached(s), "{s}");
            assert_eq!(cache.classify(s, 0, s.len()), classify_uncached(s), "{s}");
        }
    }
}

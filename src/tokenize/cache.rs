//! The cache of what the syllable model and the abbreviation list said about runs of letters.
//!
//! # What it holds
//!
//! Whether a run of letters is a syllable is the syllable model's question, and asking it
//! costs a parse (a few hundred instructions: decode every letter and mark, split onset,
//! rime and coda, check the spelling rules). News text repeats a few thousand spellings
//! over and over, so the answer is remembered per spelling: the run's exact bytes map to
//! its [`Classified`], the slot code (valid syllable, class in the abbreviation list,
//! abbreviation by its case) and, for a syllable, its [`Syllable::key`]. `Việt`, `VIỆT` and
//! an NFD `Việt` are three entries with one key; the key is what lets the extractors match
//! a lexicon by integer whatever the spelling.
//!
//! Only runs that [`Scanner::letter_run`] found go in (letters and marks as far as they go,
//! no apostrophe). So a hit says two things at once: these bytes are such a run, and this is
//! what it is. [`Scanner::next_raw`] uses that: for the bytes up to the next ASCII byte that
//! is not a letter (one 16-byte load and a mask), a hit is the whole token, without walking
//! the run letter by letter.
//!
//! # Layout
//!
//! Two set-associative tables of two ways, indexed by Fibonacci hashing (the key times
//! [`FIBONACCI`], the top bits), so that runs that differ in one byte land far apart:
//!
//! ```text
//! short table: runs of 1 to 7 bytes, SHORT_SETS sets of (two tags, two syllable keys)
//!
//!   tag (u64)   63     59 58   56 55                                    0
//!               +--------+-------+---------------------------------------+
//!               |  code  |  len  | the run's bytes, little-endian, then 0 |
//!               +--------+-------+---------------------------------------+
//!   key (u32)   Syllable::key, or NO_KEY                    (0 = empty slot)
//!
//! long table: runs of 8 to 16 bytes, LONG_SETS sets of two entries:
//!   the first and the last eight bytes (overlapping), the length, the code, the key
//! ```
//!
//! A run longer than 16 bytes is not cached (it is rarely a syllable: `nghiêng` in NFD is
//! 11 bytes). A miss parses the run, writes it into the first way and moves the first way's
//! entry into the second (the older of the two falls out).
//!
//! # What it costs
//!
//! A probe is one multiplication, one 24-byte set and two compares; a word seen before
//! costs that and the 16-byte load, instead of a letter-by-letter walk and a parse.
//! Memory: 384 KiB for the short table and 24 KiB for the long one, per cache. A thread
//! keeps two (see [`Cache`]), allocated on first use and kept for the thread's life; a
//! third scanner running at the same time allocates a third unless its caller lends it one
//! ([`Scanner::with_cache`]). The tokens never depend on what the cache holds: the
//! reference scanner (`Scanner::<true>`) asks the syllable model every time, and the tests
//! compare the two.

use std::cell::Cell;

use super::TokenKind;
#[cfg(test)]
use super::abbreviations::Dot;
use super::run::{NO_KEY, RunClass, SLOT_CODES, WORD_KINDS, classify_keyed, slot_code};
#[cfg(doc)]
use super::scan::Scanner;
use crate::swar;
#[cfg(doc)]
use crate::syllable::Syllable;

/// Runs of up to this many bytes are cached (almost every syllable, NFD included).
const CACHE_BYTES: usize = 16;
/// Sets of the short table (runs of up to 7 bytes, most syllables). Fewer sets miss
/// noticeably more often on news text (a miss parses the syllable again).
const SHORT_SETS: usize = 16384;
/// Sets of the long table (runs of 8 to 16 bytes).
const LONG_SETS: usize = 512;

/// 2^64 divided by the golden ratio, odd: multiplying by it spreads keys that differ in a
/// few bits over the top bits of the product (Knuth's multiplicative, "Fibonacci", hashing).
const FIBONACCI: u64 = 0x9E37_79B9_7F4A_7C15;

/// The bits of a short tag that say which run it is: its bytes (bits 0..56) and its length
/// (bits 56..59).
const TAG_RUN: u64 = (1 << TAG_CODE_SHIFT) - 1;
/// Where a short tag's length starts.
const TAG_LEN_SHIFT: u32 = 56;
/// Where a short tag's slot code starts (five bits, see [`slot_code`]).
const TAG_CODE_SHIFT: u32 = 59;

/// What the cache holds for a run: its slot code (see [`slot_code`]) and its syllable key
/// ([`NO_KEY`] when it is not a syllable).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Classified {
    pub(super) code: u8,
    pub(super) key: u32,
}

impl Classified {
    /// What the syllable model and the list say about `s` (no cache).
    #[inline(never)]
    pub(super) fn of(s: &str) -> Classified {
        let (class, key) = classify_keyed(s);
        Classified {
            code: slot_code(s, class),
            key,
        }
    }

    /// The run's class.
    #[inline(always)]
    pub(super) fn class(self) -> RunClass {
        RunClass::from_code(self.code)
    }

    /// The kind and dot of the run as a token of its own (nothing joined to it).
    #[inline(always)]
    pub(super) fn word_kind(self) -> (TokenKind, super::abbreviations::Dot) {
        WORD_KINDS[self.code as usize % SLOT_CODES]
    }
}

/// The short tag of the run `text[start..end]` of 1 to 7 bytes, `None` for other lengths.
/// Reads the 8 bytes from `start` and masks off the ones after the run: no branch on the
/// length.
#[inline(always)]
fn short_tag(text: &[u8], start: usize, end: usize) -> Option<u64> {
    debug_assert!(start <= end && end <= text.len());
    let first = swar::load_u64(text, start, 0, 0);
    short_tag_of(first, end.checked_sub(start)?)
}

/// [`short_tag`] of a run of `n` bytes whose first eight bytes (or fewer, then zeros) are
/// `first`, read little-endian.
#[inline(always)]
fn short_tag_of(first: u64, n: usize) -> Option<u64> {
    if n == 0 || n > 7 {
        return None;
    }
    Some(first & ((1u64 << (n * 8)) - 1) | (n as u64) << TAG_LEN_SHIFT)
}

/// The set of the short table a short tag goes to.
#[inline(always)]
fn short_set(tag: u64) -> usize {
    (tag.wrapping_mul(FIBONACCI) >> (64 - SHORT_SETS.trailing_zeros())) as usize
}

/// The bytes, length and set of the long table of a run of 8 to 16 bytes.
#[inline(always)]
fn long_key(b: &[u8]) -> Option<([u64; 2], u8, usize)> {
    let (Some(f), Some(l)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) else {
        return None;
    };
    if b.len() > CACHE_BYTES {
        return None;
    }
    let bytes = [u64::from_le_bytes(*f), u64::from_le_bytes(*l)];
    let len = b.len() as u8;
    let h = (bytes[0] ^ bytes[1].rotate_left(29) ^ len as u64).wrapping_mul(FIBONACCI);
    Some((
        bytes,
        len,
        (h >> (64 - LONG_SETS.trailing_zeros())) as usize,
    ))
}

/// A set of the short table: two tags and the keys of their runs.
#[derive(Clone, Copy)]
struct ShortSet {
    tags: [u64; 2],
    keys: [u32; 2],
}

/// A slot of the long table.
#[derive(Clone, Copy)]
struct LongEntry {
    /// The first and the last 8 bytes (overlapping).
    bytes: [u64; 2],
    /// Length in bytes (0 = empty slot).
    len: u8,
    what: Classified,
}

const EMPTY_SHORT: ShortSet = ShortSet {
    tags: [0; 2],
    keys: [NO_KEY; 2],
};

const EMPTY_LONG: LongEntry = LongEntry {
    bytes: [0; 2],
    len: 0,
    what: Classified {
        code: 0,
        key: NO_KEY,
    },
};

/// The two tables of a cache.
struct Slots {
    short: Box<[ShortSet; SHORT_SETS]>,
    long: Box<[[LongEntry; 2]; LONG_SETS]>,
}

impl Slots {
    fn new() -> Option<Slots> {
        Some(Slots {
            short: vec![EMPTY_SHORT; SHORT_SETS]
                .into_boxed_slice()
                .try_into()
                .ok()?,
            long: vec![[EMPTY_LONG; 2]; LONG_SETS]
                .into_boxed_slice()
                .try_into()
                .ok()?,
        })
    }
}

thread_local! {
    /// The cache of this thread, lent to one [`Cache`] handle at a time.
    static CACHE: Cell<Option<Slots>> = const { Cell::new(None) };
    /// A second one, for a handle that needs one while the first is lent (the tokens and the
    /// sentences of one text, side by side), so that it is not allocated again each time.
    static SECOND_CACHE: Cell<Option<Slots>> = const { Cell::new(None) };
}

/// A handle on a cache of runs. It borrows one of the thread's two caches at its first
/// lookup (no thread-local access per token), or allocates one if both are lent, and gives
/// it back when dropped. A scanner owns one; an internal caller that runs scanners one after
/// another (or a scanner inside another's work, as the sentence splitter's heading check)
/// lends its handle with [`Scanner::with_cache`] and takes it back with
/// [`Scanner::into_cache`].
#[derive(Default)]
pub(crate) struct Cache {
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
        let state = if self.slots.is_some() {
            "borrowed"
        } else {
            "none"
        };
        write!(f, "Cache({state})")
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
    /// A handle that borrows one of this thread's caches when it is first used.
    pub(crate) fn new() -> Cache {
        Cache::default()
    }

    /// The slots: one of this thread's two, or new ones.
    #[cold]
    #[inline(never)]
    fn borrow() -> Option<Slots> {
        if let Some(s) = CACHE.try_with(Cell::take).ok().flatten() {
            return Some(s);
        }
        if let Some(s) = SECOND_CACHE.try_with(Cell::take).ok().flatten() {
            return Some(s);
        }
        Slots::new()
    }

    /// The slots, borrowed first if need be (`None` only if the thread is being torn down
    /// and allocation failed).
    #[inline(always)]
    fn slots(&mut self) -> Option<&mut Slots> {
        if self.slots.is_none() {
            self.slots = Cache::borrow();
        }
        self.slots.as_mut()
    }

    /// What the cache holds for `text[start..end]` if it holds it, without asking the
    /// syllable model (`first`: the eight bytes from `start`, as the caller loaded them).
    /// The cache holds only runs that [`Scanner::letter_run`] found: a hit also says that
    /// these bytes are such a run.
    #[inline(always)]
    pub(super) fn probe(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        first: u64,
    ) -> Option<Classified> {
        debug_assert!(start <= end && end <= text.len(), "a run of the text");
        let slots = self.slots()?;
        let Some(tag) = short_tag_of(first, end.checked_sub(start)?) else {
            let b = text.as_bytes().get(start..end)?;
            let (bytes, len, set) = long_key(b)?;
            let e = slots.long[set]
                .iter()
                .find(|e| e.bytes == bytes && e.len == len)?;
            return Some(e.what);
        };
        let set = &slots.short[short_set(tag)];
        // Both ways loaded at once and chosen by the compare (a select, not a load that
        // waits for it).
        let ([e0, e1], [k0, k1]) = (set.tags, set.keys);
        let hit0 = (e0 ^ tag) & TAG_RUN == 0;
        let hit1 = (e1 ^ tag) & TAG_RUN == 0;
        let (e, key) = if hit0 { (e0, k0) } else { (e1, k1) };
        (hit0 | hit1).then_some(Classified {
            code: (e >> TAG_CODE_SHIFT) as u8,
            key,
        })
    }

    /// What the syllable model and the list say about `text[start..end]` (a run of letters
    /// on char boundaries), remembered for runs of up to 16 bytes.
    #[inline(always)]
    pub(super) fn lookup(&mut self, text: &str, start: usize, end: usize) -> Classified {
        let run = text.get(start..end);
        debug_assert!(run.is_some(), "a run on char boundaries");
        let Some(slots) = self.slots() else {
            return Classified::of(run.unwrap_or(""));
        };
        let Some(tag) = short_tag(text.as_bytes(), start, end) else {
            return Cache::lookup_long(slots, run.unwrap_or(""));
        };
        let set = &mut slots.short[short_set(tag)];
        let [e0, e1] = set.tags;
        let hit0 = (e0 ^ tag) & TAG_RUN == 0;
        let hit1 = (e1 ^ tag) & TAG_RUN == 0;
        if hit0 | hit1 {
            let [k0, k1] = set.keys;
            let (e, key) = if hit0 { (e0, k0) } else { (e1, k1) };
            return Classified {
                code: (e >> TAG_CODE_SHIFT) as u8,
                key,
            };
        }
        // Miss: the newest entry goes first, the older one moves to the second slot.
        let what = Classified::of(run.unwrap_or(""));
        set.tags = [tag | (what.code as u64) << TAG_CODE_SHIFT, e0];
        set.keys = [what.key, set.keys[0]];
        what
    }

    /// [`Cache::lookup`] for runs of 8 bytes or more.
    #[inline(never)]
    fn lookup_long(slots: &mut Slots, s: &str) -> Classified {
        let Some((bytes, len, set)) = long_key(s.as_bytes()) else {
            return Classified::of(s);
        };
        let set = &mut slots.long[set];
        for e in set.iter() {
            if e.bytes == bytes && e.len == len {
                return e.what;
            }
        }
        let what = Classified::of(s);
        set[1] = set[0];
        set[0] = LongEntry { bytes, len, what };
        what
    }

    /// The class of `text[start..end]` (see [`Cache::lookup`]).
    #[cfg(test)]
    fn classify(&mut self, text: &str, start: usize, end: usize) -> RunClass {
        self.lookup(text, start, end).class()
    }

    /// The kind and dot of `text[start..end]` as a run of letters alone.
    #[cfg(test)]
    pub(super) fn word_kind(&mut self, text: &str, start: usize, end: usize) -> (TokenKind, Dot) {
        self.lookup(text, start, end).word_kind()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::syllable::Syllable;
    use crate::tokenize::run::{classify_uncached, run_kind};
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

    /// The key kept beside the class is the syllable model's, on a miss and on a hit, in
    /// the short and the long table, and through the probe.
    #[test]
    fn cached_keys_are_the_models() {
        let mut cache = Cache::new();
        for _ in 0..2 {
            for &s in RUNS {
                let want = Syllable::parse(s).map_or(NO_KEY, |syl| syl.key());
                assert_eq!(cache.lookup(s, 0, s.len()).key, want, "{s}");
                let first = u64::from_le_bytes(swar::load::<8>(s.as_bytes(), 0, 0, 0));
                if s.len() <= CACHE_BYTES {
                    let hit = cache.probe(s, 0, s.len(), first);
                    assert_eq!(hit.map(|c| c.key), Some(want), "{s}");
                }
            }
        }
    }

    /// A tag holds its run's bytes and length apart from its code: the masks cover the
    /// whole word without overlap.
    #[test]
    fn tag_fields_tile_the_word() {
        assert_eq!(TAG_RUN >> TAG_LEN_SHIFT, 0b111);
        assert_eq!(TAG_RUN | (0x1F << TAG_CODE_SHIFT), u64::MAX);
        assert_eq!(short_tag_of(u64::MAX, 7), Some(TAG_RUN));
        assert_eq!(short_tag_of(0x4241, 2), Some(0x4241 | 2 << TAG_LEN_SHIFT));
        assert_eq!(short_tag_of(1, 8), None);
    }
}

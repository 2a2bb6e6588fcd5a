//! Runs of letters, and what kind of token a run is.

use unicode_normalization::char::is_combining_mark;

use super::TokenKind;
use super::abbreviations::{self, Class, Dot};
use super::classes::{ASCII, C_LETTER};
use super::scan::Scanner;
use crate::letters;
use crate::swar::{self, HIGH, ascii_letters};
use crate::syllable::Syllable;

/// How many of the 8 bytes from `i` are `a`..=`z` before any other byte (the end of the text
/// stops the count).
#[inline(always)]
fn lower_ascii_len(bytes: &[u8], i: usize) -> usize {
    let w = swar::load_u64(bytes, i, 0, 0);
    let lower = swar::ascii_in(w, b'a', b'z');
    (!lower & HIGH).trailing_zeros() as usize / 8
}

/// The 16 bytes of `bytes` from `i` as one number (byte `i` lowest); zeros stand for the
/// bytes past the end of the text.
#[inline(always)]
pub(super) fn sixteen_at(bytes: &[u8], i: usize) -> u128 {
    swar::load_u128(bytes, i, 0, 0)
}

/// Where the bytes from `i` that may belong to a word (ASCII letters, and every non-ASCII
/// byte) end: at the first other ASCII byte, or the end of the text, within 16 bytes
/// (`sixteen`: [`sixteen_at`] `i`).
#[inline(always)]
pub(super) fn word_bytes_end(sixteen: u128, i: usize) -> Option<usize> {
    let stop = !(ascii_letters(sixteen as u64) | (sixteen as u64 & HIGH)) & HIGH;
    if stop != 0 {
        return Some(i + stop.trailing_zeros() as usize / 8);
    }
    let high = (sixteen >> 64) as u64;
    let stop = !(ascii_letters(high) | (high & HIGH)) & HIGH;
    (stop != 0).then(|| i + 8 + stop.trailing_zeros() as usize / 8)
}

/// What a run of letters looked like.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    pub(super) end: usize,
    /// Letters (combining marks not counted).
    pub(super) letters: u32,
    /// Upper-case letters.
    pub(super) upper: u32,
    /// The run contains an apostrophe (`H'Mông`).
    pub(super) apostrophe: bool,
}

impl Run {
    /// Whether the run from `start` is ASCII letters only.
    pub(super) fn ascii(&self, start: usize) -> bool {
        self.end - start == self.letters as usize && !self.apostrophe
    }
    pub(super) fn all_upper(&self) -> bool {
        self.upper == self.letters
    }
}

/// What the syllable model and the abbreviation list say about a run of letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct RunClass {
    pub(super) valid: bool,
    pub(super) listed: Option<Class>,
}

// A slot code: five bits the cache keeps of a run beside its key (see `cache.rs`).
//
//      4       3      1      0
//   +------+-------------+-------+
//   | abbr |    list     | valid |
//   +------+-------------+-------+
//   valid: a syllable; list: 0 unlisted, 1 title, 2 final, 3 word, 4 domain;
//   abbr: alone, the run is an abbreviation (not a syllable, and listed or upper case)
/// A slot code's `valid` bit.
const CODE_VALID: u8 = 1;
/// Where a slot code's list class starts (three bits).
const CODE_LIST_SHIFT: u32 = 1;
/// A slot code's `abbr` bit.
const CODE_ABBR: u8 = 1 << 4;
/// The bits of a slot code that are a [`RunClass::code`].
const CODE_CLASS: u8 = CODE_ABBR - 1;

/// Every [`RunClass`], by [`RunClass::code`].
const RUN_CLASSES: [RunClass; 16] = {
    let listed = [
        None,
        Some(Class::Title),
        Some(Class::Final),
        Some(Class::Word),
        Some(Class::Domain),
    ];
    let mut t = [RunClass {
        valid: false,
        listed: None,
    }; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = RunClass {
            valid: i as u8 & CODE_VALID != 0,
            listed: listed[(i >> CODE_LIST_SHIFT) % 5],
        };
        i += 1;
    }
    t
};

impl RunClass {
    /// Four bits: `valid`, then the list class (see the slot code above).
    const fn code(self) -> u8 {
        let l = match self.listed {
            None => 0,
            Some(Class::Title) => 1,
            Some(Class::Final) => 2,
            Some(Class::Word) => 3,
            Some(Class::Domain) => 4,
        };
        (if self.valid { CODE_VALID } else { 0 }) | l << CODE_LIST_SHIFT
    }

    /// The class of a [`RunClass::code`].
    #[inline(always)]
    pub(super) fn from_code(code: u8) -> RunClass {
        RUN_CLASSES[(code & CODE_CLASS) as usize]
    }

    /// Listed as an abbreviation (not as a domain).
    pub(super) fn abbreviation(&self) -> bool {
        matches!(self.listed, Some(Class::Title | Class::Final | Class::Word))
    }
}

/// Whether a run of letters reads as an abbreviation by its case alone: two letters or more,
/// all upper case (counted as [`Scanner::letter_run`] counts them).
fn upper_case_word(s: &str) -> bool {
    let t = letters::tables();
    let (mut letters, mut upper) = (0u32, 0u32);
    for c in s.chars() {
        if let Some(info) = t.letter(c) {
            letters += 1;
            upper += info.upper as u32;
        } else if !is_combining_mark(c) && c.is_alphabetic() {
            letters += 1;
            upper += letters::is_upper(c) as u32;
        }
    }
    letters >= 2 && upper == letters
}

/// The slot code of a run (see above): its [`RunClass::code`], and whether a lone run of
/// these letters is an [`TokenKind::Abbreviation`].
pub(super) fn slot_code(s: &str, c: RunClass) -> u8 {
    let abbr = !c.valid && (c.abbreviation() || upper_case_word(s));
    c.code() | if abbr { CODE_ABBR } else { 0 }
}

/// Number of slot codes.
pub(super) const SLOT_CODES: usize = 32;

/// The kind and dot of a lone run of letters (see [`Scanner::word`]), by [`slot_code`].
pub(super) static WORD_KINDS: [(TokenKind, Dot); SLOT_CODES] = {
    let mut t = [(TokenKind::Word, Dot::None); SLOT_CODES];
    let mut i = 0;
    while i < SLOT_CODES {
        let c = RUN_CLASSES[i & CODE_CLASS as usize];
        let kind = if c.valid {
            TokenKind::Syllable
        } else if i as u8 & CODE_ABBR != 0 {
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        };
        let dot = match c.listed {
            Some(class) => class.dot(false),
            None => Dot::None,
        };
        t[i] = (kind, dot);
        i += 1;
    }
    t
};

/// The kind (and sentence dot) of a run of letters that nothing joins to more: what the
/// syllable model and the abbreviation list said, and its case.
pub(super) fn run_kind(class: RunClass, run: &Run) -> (TokenKind, Dot) {
    let kind = if class.valid {
        TokenKind::Syllable
    } else if class.abbreviation() || (run.all_upper() && run.letters >= 2) {
        TokenKind::Abbreviation
    } else {
        TokenKind::Word
    };
    let dot = class.listed.map_or(Dot::None, |c| c.dot(false));
    (kind, dot)
}

/// The syllable key of a run that is not a syllable (keys fit in 20 bits).
pub(crate) const NO_KEY: u32 = u32::MAX;

/// What the syllable model and the abbreviation list say about a run of letters, and its
/// syllable key ([`NO_KEY`] when it is not a syllable): one parse.
pub(super) fn classify_keyed(s: &str) -> (RunClass, u32) {
    let syllable = Syllable::parse(s);
    let valid = syllable.is_ok();
    // Listed forms are never syllables; skip the lookup for the common case.
    let listed = if valid {
        None
    } else {
        abbreviations::builtin().get(s)
    };
    (
        RunClass { valid, listed },
        syllable.map_or(NO_KEY, |s| s.key()),
    )
}

/// [`classify_keyed`] without the key.
#[cfg(test)]
pub(super) fn classify_uncached(s: &str) -> RunClass {
    classify_keyed(s).0
}

impl<'a, const REF: bool> Scanner<'a, REF> {
    /// The run of letters and combining marks from `i` (a letter); an apostrophe between
    /// two letters is kept inside when `apostrophes` is set.
    #[inline(always)]
    pub(super) fn letter_run(&self, i: usize, apostrophes: bool) -> Run {
        if !REF && let Some(run) = self.letter_run_fast(i, apostrophes) {
            return run;
        }
        self.letter_run_bytes(i, apostrophes)
    }

    /// [`Scanner::letter_run`] for the common case, without a loop over the bytes: a run
    /// that ends within 16 bytes at an ASCII byte or a character that is neither a letter
    /// nor a mark, with nothing but ASCII letters and letters and marks of the table in it.
    /// Masks of the 16 bytes say where ASCII letters (and upper-case ones) are and where
    /// the run stops; only its non-ASCII characters are looked up. `None`: ask
    /// [`Scanner::letter_run_bytes`].
    #[inline(always)]
    fn letter_run_fast(&self, i: usize, apostrophes: bool) -> Option<Run> {
        let bytes = self.text.as_bytes();
        let sixteen = sixteen_at(bytes, i);
        let t = self.tables;
        let (mut letters, mut uppers) = (0, 0);
        for (half, w) in [sixteen as u64, (sixteen >> 64) as u64]
            .into_iter()
            .enumerate()
        {
            let base = i + 8 * half;
            let letter = ascii_letters(w);
            let upper = letter & !(w << 2);
            let high = w & HIGH;
            let stop = !(letter | high) & HIGH;
            // The bytes before the first stop (all eight if there is none): their number
            // and a mask that keeps their bit 7.
            let mut n = (stop.trailing_zeros() / 8) as usize;
            let mut keep = (stop & stop.wrapping_neg()).wrapping_sub(1);
            let mut leads = swar::leads(w) & keep;
            while leads != 0 {
                let at = leads.trailing_zeros() as usize / 8;
                leads &= leads - 1;
                let (v, _) = t.raw_at(bytes, base + at);
                if let Some(info) = letters::raw_letter(v) {
                    letters += 1;
                    uppers += info.upper as u32;
                } else if letters::raw_mark(v).is_none() {
                    // Another letter or mark, or an apostrophe: the byte loop decides.
                    // Anything else (`”`, `–`) ends the run.
                    let c = self.char_at(base + at)?;
                    if is_combining_mark(c) || c.is_alphabetic() || c == '’' {
                        return None;
                    }
                    (n, keep) = (at, (1 << (8 * at)) - 1);
                    break;
                }
            }
            letters += (letter & keep).count_ones();
            uppers += (upper & keep).count_ones();
            if n < 8 {
                let end = base + n;
                if apostrophes && bytes.get(end) == Some(&b'\'') {
                    return None;
                }
                return Some(Run {
                    end,
                    letters,
                    upper: uppers,
                    apostrophe: false,
                });
            }
        }
        None
    }

    /// [`Scanner::letter_run`] byte by byte.
    fn letter_run_bytes(&self, mut i: usize, apostrophes: bool) -> Run {
        let bytes = self.text.as_bytes();
        let t = self.tables;
        let mut run = Run {
            end: i,
            letters: 0,
            upper: 0,
            apostrophe: false,
        };
        loop {
            // Lower-case ASCII letters, the bulk of every syllable, eight bytes at a time; the
            // stretch is measured (maybe empty) without asking whether there is one first.
            let n = lower_ascii_len(bytes, i);
            i += n;
            run.letters += n as u32;
            let Some(&b) = bytes.get(i) else { break };
            if b < 0x80 {
                match ASCII[b as usize] {
                    C_LETTER => {
                        run.letters += 1;
                        run.upper += b.is_ascii_uppercase() as u32;
                        i += 1;
                    }
                    _ if apostrophes && b == b'\'' && run.letters > 0 && self.letter_at(i + 1) => {
                        run.apostrophe = true;
                        i += 1;
                    }
                    _ => break,
                }
                continue;
            }
            // Vietnamese letters and marks straight from the table; other scripts by char.
            let (v, w) = t.raw_at(bytes, i);
            if let Some(info) = letters::raw_letter(v) {
                run.letters += 1;
                run.upper += info.upper as u32;
                i += w;
                continue;
            }
            if letters::raw_mark(v).is_some() {
                i += w;
                continue;
            }
            let Some(c) = self.char_at(i) else { break };
            if is_combining_mark(c) {
            } else if c.is_alphabetic() {
                run.letters += 1;
                run.upper += letters::is_upper(c) as u32;
            } else if apostrophes && c == '’' && run.letters > 0 && self.letter_at(i + 3) {
                run.apostrophe = true;
            } else {
                break;
            }
            i += c.len_utf8();
        }
        run.end = i;
        run
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn run_class_packs() {
        for valid in [false, true] {
            for listed in [
                None,
                Some(Class::Title),
                Some(Class::Final),
                Some(Class::Word),
                Some(Class::Domain),
            ] {
                let c = RunClass { valid, listed };
                assert_eq!(RunClass::from_code(c.code()), c);
                assert!(c.code() < 16);
            }
        }
    }
}

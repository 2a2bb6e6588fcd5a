//! The quick check: compile-time tables and the rule they are built from.
//!
//! A precomposed toned vowel is accepted from one eight-byte window around it (bytes
//! `i - 3 .. i + 5`): its *kind* (from [`Fast::kinds`](super::scan::Fast::kinds)(super::scan::Fast), by its last two
//! bytes), the *class* of each byte around it ([`CLASS`]: boundary, consonant, `q`, `g`, one
//! of the plain vowels, the bytes of `đ`, other), what the three bytes before it say about
//! the onset ([`prev_class`], tabulated in [`PREV`]), and the tone style. Those fit in 16
//! bits, the *quick key*, and one bit of [`QUICK`] per key answers: the mark is where the
//! style puts it, or "look closer". The bits are computed at compile time from
//! [`quick_rule`], a conservative shortcut of the syllable model's placement rule
//! ([`Parts::tone_indices`](crate::syllable)): it answers `true` only for shapes whose
//! placement it knows for certain; everything else goes to the placement table and the
//! syllable model, so the rule can only cost time, never change an output.
//!
//! ```text
//! quick key   15     14    11 10    8 7     4 3      0
//!            +-------+-------+-------+-------+--------+
//!            | style | kind  | prev  | next  | after  |
//!            +-------+-------+-------+-------+--------+
//!   style: 1 for ToneStyle::New;  kind: K_*;  prev: P_*;  next, after: byte classes
//!   bit (key & 7) of byte (key >> 3) of QUICK
//! ```

use super::Normalizer;
use crate::letters;

impl Normalizer {
    /// The quick check of the non-ASCII character at byte 3 of `win` (bytes `i - 3 ..
    /// i + 5` of the text): one bit of [`QUICK`] from its kind and the classes of the bytes
    /// around. `true`: nothing to change here.
    #[inline(always)]
    pub(super) fn quick(&self, win: u64, kinds: &[u8; KIND_TABLE], style: usize) -> bool {
        let byte = |k: usize| (win >> (8 * k)) as u8 as usize;
        // Vietnamese letters take two bytes (`ư ơ đ ă`) or three (`ạ ế`, `E1 BA xx` and
        // `E1 BB xx`), mixed unpredictably. Both index the kind table by their last two
        // bytes, the three-byte ones in a part of their own (0 for two bytes, 1 for `E1`, 2
        // for the rest), without a branch.
        let part = LEAD_PART[byte(3)] as usize;
        let pair = (win >> (24 + 8 * (part & 1))) as usize;
        let kind = kinds[kind_index(part, pair, pair >> 8) & (KIND_TABLE - 1)] as usize;
        let w = 2 + (part & 1);
        let class = |k: usize| CLASS[byte(k)] as usize;
        let prev = PREV[prev_index(class(0), class(1), class(2))] as usize;
        let k = style | quick_key(0, kind, prev, class(3 + w), class(4 + w));
        (QUICK[(k >> 3) % QUICK.len()] >> (k & 7)) & 1 != 0
    }
}

/// Where the style bit of a quick key is (see the module docs).
pub(super) const STYLE_SHIFT: u32 = 15;
const KIND_SHIFT: u32 = 11;
const PREV_SHIFT: u32 = 8;
const NEXT_SHIFT: u32 = 4;
/// Four bits: a kind, a byte class.
const FOUR: usize = 0xF;
/// Three bits: a `P_*` class.
const THREE: usize = 0x7;

/// The quick key of a toned vowel (see the module docs); `style` is 0 or 1.
#[inline(always)]
const fn quick_key(style: usize, kind: usize, prev: usize, next: usize, after: usize) -> usize {
    style << STYLE_SHIFT | kind << KIND_SHIFT | prev << PREV_SHIFT | next << NEXT_SHIFT | after
}

/// The index into [`Fast::kinds`](super::scan::Fast::kinds)(super::scan::Fast) of a character whose last two bytes
/// are `a b` (`a` the second-to-last), in part `part` of [`LEAD_PART`]: the low six bits of
/// each byte (all a continuation byte carries) after the part.
///
/// ```text
///   13 12 11          6 5          0
///  +-----+-------------+------------+
///  | part| a & 0x3F    | b & 0x3F   |
///  +-----+-------------+------------+
/// ```
#[inline(always)]
pub(super) const fn kind_index(part: usize, a: usize, b: usize) -> usize {
    part << 12 | (a & 0x3F) << 6 | b & 0x3F
}

/// The index into [`PREV`] of the classes of the three bytes before a vowel (`c1` right
/// before it): four bits each, `c3 << 8 | c2 << 4 | c1`.
#[inline(always)]
const fn prev_index(c3: usize, c2: usize, c1: usize) -> usize {
    c3 << 8 | c2 << 4 | c1
}

// Byte classes for the quick check (see [`QUICK`]): what a byte around a toned vowel says
// about its syllable.
/// ASCII that is not a letter, or outside the text: a word boundary.
const NONL: usize = 0;
/// An ASCII consonant other than `q` and `g`.
const CONS: usize = 1;
const Q: usize = 2;
const G: usize = 3;
const V_A: usize = 4;
const V_E: usize = 5;
const V_I: usize = 6;
const V_O: usize = 7;
const V_U: usize = 8;
const V_Y: usize = 9;
/// `C4`, the lead byte of `Đ`/`đ` (`C4 90`, `C4 91`) among others.
const LEAD_C4: usize = 10;
/// `90`/`91`, the last byte of `Đ`/`đ` among others.
const CONT_9: usize = 11;
/// Every other non-ASCII byte.
const NA: usize = 12;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let l = b | 0x20;
        t[i] = if b == 0xC4 {
            LEAD_C4 as u8
        } else if b == 0x90 || b == 0x91 {
            CONT_9 as u8
        } else if b >= 0x80 {
            NA as u8
        } else if l.is_ascii_lowercase() {
            (match l {
                b'q' => Q,
                b'g' => G,
                b'a' => V_A,
                b'e' => V_E,
                b'i' => V_I,
                b'o' => V_O,
                b'u' => V_U,
                b'y' => V_Y,
                _ => CONS,
            }) as u8
        } else {
            NONL as u8
        };
        i += 1;
    }
    t
};

// What stands before a toned vowel, from the classes of the three bytes before it.
/// Nothing (a word boundary): the vowel starts the syllable's nucleus.
const P_START: usize = 0;
/// An onset that ends in a consonant: `t`, `nh`, `đ`, `qu`, `gi` (the `u`/`i` belong to it).
const P_ONSET: usize = 1;
/// `g` (`gà`; before `i`, the `i` may be the nucleus: `gì`, `gìn`).
const P_G: usize = 2;
/// A glide `o` after an onset or nothing (`hoà`, `đoàn`, `oà`).
const P_GLIDE_O: usize = 3;
/// A glide `u` after an onset or nothing (`huỳnh`, `uỷ`).
const P_GLIDE_U: usize = 4;
/// Anything else: look closer.
const P_OTHER: usize = 5;

const fn prev_class(c3: usize, c2: usize, c1: usize) -> usize {
    // An onset, or nothing, ends right before the byte of class `c2`.
    let onset_before = c2 == NONL || c2 == CONS || c2 == G || (c2 == CONT_9 && c3 == LEAD_C4);
    match c1 {
        NONL => P_START,
        CONS => P_ONSET,
        G => P_G,
        CONT_9 if c2 == LEAD_C4 => P_ONSET,
        V_U if c2 == Q => P_ONSET,
        V_I if c2 == G => P_ONSET,
        V_O if onset_before => P_GLIDE_O,
        V_U if onset_before => P_GLIDE_U,
        _ => P_OTHER,
    }
}

/// The part of [`Fast::kinds`](super::scan::Fast::kinds) a lead byte's character is found in: 0 for two-byte
/// characters, 1 for `E1` (the table covers `E1 BA xx` and `E1 BB xx`), 2 for the rest.
static LEAD_PART: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut x = 0;
    while x < 256 {
        // The letter table's own classes of lead bytes: 1 two bytes, 2 `E1`.
        t[x] = match letters::LEAD[x] {
            1 => 0,
            2 => 1,
            _ => 2,
        };
        x += 1;
    }
    t
};

/// Length of [`Fast::kinds`](super::scan::Fast::kinds): a power of two above its three parts.
pub(super) const KIND_TABLE: usize = 4 << 12;

/// [`prev_class`] at [`prev_index`].
static PREV: [u8; 1 << 12] = {
    let mut t = [P_OTHER as u8; 1 << 12];
    let mut k = 0;
    while k < 1 << 12 {
        let (c3, c2, c1) = (k >> 8, (k >> 4) & FOUR, k & FOUR);
        t[prev_index(c3, c2, c1)] = prev_class(c3, c2, c1) as u8;
        k += 1;
    }
    t
};

// Kinds of characters for the quick check, from the letter table.
/// Not a toned vowel: nothing to check.
pub(super) const K_NONE: usize = 0;
/// `ư` with a tone: it carries the mark in every syllable where another letter follows.
const K_UW: usize = 1;
/// `ă â ê ô ơ` with a tone: they always carry the mark.
const K_HAT: usize = 2;
/// A plain vowel with a tone: `K_PLAIN + (class - V_A)`.
const K_PLAIN: usize = 3;
/// A character the kind table does not cover (another script, a symbol): looked up on
/// its own.
pub(super) const K_OTHER: usize = 14;
/// Characters that always take the slow path: marks, characters NFC may change, and eth
/// when repairs are on.
pub(super) const STOP: usize = 15;

/// The quick-check kind of a letter-table entry.
pub(super) const fn entry_kind(repairs: bool, v: u16) -> u8 {
    if letters::raw_needs_nfc(v) || (repairs && letters::raw_is_eth(v)) {
        return STOP as u8;
    }
    if !letters::raw_is_toned(v) {
        return K_NONE as u8;
    }
    (match letters::raw_letter_id(v) {
        letters::UW => K_UW,
        letters::A => K_PLAIN + V_A - V_A,
        letters::E => K_PLAIN + V_E - V_A,
        letters::I => K_PLAIN + V_I - V_A,
        letters::O => K_PLAIN + V_O - V_A,
        letters::U => K_PLAIN + V_U - V_A,
        letters::Y => K_PLAIN + V_Y - V_A,
        _ => K_HAT,
    }) as u8
}

/// The quick rule behind [`QUICK`]: does a toned vowel of `kind` carry its mark where the
/// style puts it, given what stands before it ([`prev_class`]) and the classes of the next
/// two bytes? `false` means "look closer", never "wrong".
///
/// A conservative shortcut of the placement rule stated on the syllable model
/// (`Parts::tone_indices` in `syllable.rs`, with its examples `hòa`/`hoà`, `thủy`/`thuỷ`,
/// `hoàn`): each `true` below is a case of that rule that the neighbouring bytes settle
/// alone; `tests/exhaustive.rs` checks the fast path against the model on every syllable
/// shape.
const fn quick_rule(new_style: bool, kind: usize, prev: usize, next: usize, after: usize) -> bool {
    if kind == K_NONE {
        return true;
    }
    if kind >= K_PLAIN + 6 || prev > P_OTHER || next > NA || after > NA {
        return false;
    }
    // A non-ASCII letter right after a toned vowel (a second tone, a combining mark, `ươ`):
    // always look closer.
    let next_na = next >= LEAD_C4;
    if kind == K_UW || kind == K_HAT {
        // `ư` before `ơ` gives the mark to `ơ`; that `ơ` is non-ASCII.
        return !next_na;
    }
    let me = kind - K_PLAIN + V_A;
    let next_vowel = next >= V_A && next <= V_Y;
    let end = next == NONL;
    let coda = !next_na && !next_vowel && !end;
    let semi = next == V_I || next == V_O || next == V_U || next == V_Y;
    let word_ends = after == NONL;
    match prev {
        P_START | P_ONSET | P_G => {
            // The vowel starts the nucleus: alone (`cá`, `bán`), ...
            if coda || end {
                return true;
            }
            // ... (`gì`: the `i` is the nucleus only when nothing but a coda follows) ...
            if prev == P_G && me == V_I {
                return false;
            }
            if !word_ends {
                return false;
            }
            // ... before a semivowel coda that ends the word (`tài`, `báo`, `sáu`, `máy`; not
            // `oo`, and `uy` only in the old style) ...
            (semi && !(me == V_O && next == V_O) && !(me == V_U && next == V_Y && new_style))
                // ... the first letter of `ia`/`ua` without a coda (`nghĩa`, `của`) ...
                || ((me == V_I || me == V_U) && next == V_A)
                // ... `o` of an open `oa`/`oe` in the old style (`hòa`, `khỏe`).
                || (!new_style && me == V_O && (next == V_A || next == V_E))
        }
        // After a glide `o`: `oa`/`oe` + coda (`hoàn`, `khoét`), `oai`/`oay` (`ngoài`,
        // `xoáy`), and the open `oa`/`oe` of the new style (`hoà`, `khoẻ`).
        P_GLIDE_O => {
            (me == V_A || me == V_E)
                && (coda
                    || (new_style && end)
                    || (me == V_A && (next == V_I || next == V_Y) && word_ends))
        }
        // After a glide `u`: `uy` + coda (`huỳnh`), the open `uy` of the new style (`uỷ`).
        P_GLIDE_U => me == V_Y && (coda || (new_style && end)),
        _ => false,
    }
}

/// [`quick_rule`] for every (style, kind, previous, next, next but one) class, one bit each,
/// at bit [`quick_key`].
static QUICK: [u8; 1 << 13] = {
    let mut t = [0u8; 1 << 13];
    let mut k = 0;
    while k < 1 << 16 {
        let style = k >> STYLE_SHIFT;
        let (kind, prev) = ((k >> KIND_SHIFT) & FOUR, (k >> PREV_SHIFT) & THREE);
        let (next, after) = ((k >> NEXT_SHIFT) & FOUR, k & FOUR);
        debug_assert!(quick_key(style, kind, prev, next, after) == k);
        if quick_rule(style == 1, kind, prev, next, after) {
            t[k >> 3] |= 1 << (k & 7);
        }
        k += 1;
    }
    t
};

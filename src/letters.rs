//! The Vietnamese letter table: every vowel letter × tone × case, and `đ`.
//!
//! `data/letters.tsv` is the source of truth; it is parsed once, at first use, into two
//! direction tables: code point → [`LetterInfo`] (for decoding precomposed text) and
//! (letter, tone, case) → code point (for composing NFC output).

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::data::{self, DataError};
use crate::tone::Tone;
use crate::utf8;

/// A letter of the Vietnamese alphabet (plus the four foreign Latin letters), without tone or
/// case. Vowels come first so that `id < VOWELS` tests for a vowel.
pub(crate) type Letter = u8;

pub(crate) const A: Letter = 0;
pub(crate) const AW: Letter = 1; // ă
pub(crate) const AA: Letter = 2; // â
pub(crate) const E: Letter = 3;
pub(crate) const EE: Letter = 4; // ê
pub(crate) const I: Letter = 5;
pub(crate) const O: Letter = 6;
pub(crate) const OO: Letter = 7; // ô
pub(crate) const OW: Letter = 8; // ơ
pub(crate) const U: Letter = 9;
pub(crate) const UW: Letter = 10; // ư
pub(crate) const Y: Letter = 11;
/// Number of vowel letters; consonants have ids from here on.
pub(crate) const VOWELS: u8 = 12;
pub(crate) const DD: Letter = 12; // đ
/// First id of the ASCII consonants: `CONS0 + (b - b'a')` for every ASCII letter that is not a
/// vowel (the vowel slots of this range are unused).
pub(crate) const CONS0: Letter = 13;

/// The ASCII letter a consonant id stands for (`đ` gives `d`).
pub(crate) const fn consonant_ascii(l: Letter) -> u8 {
    if l == DD { b'd' } else { b'a' + (l - CONS0) }
}

/// Letter id of an ASCII consonant byte (lower case).
pub(crate) const fn ascii_consonant(b: u8) -> Letter {
    CONS0 + (b - b'a')
}

/// Combining marks that take part in Vietnamese spelling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    Circumflex,
    Breve,
    Horn,
    Tone(Tone),
    /// U+0340 / U+0341: deprecated grave / acute tone marks.
    DeprecatedTone(Tone),
}

/// What a combining mark is, if it is one of ours.
pub(crate) fn mark(c: char) -> Option<Mark> {
    Some(match c {
        '\u{302}' => Mark::Circumflex,
        '\u{306}' => Mark::Breve,
        '\u{31B}' => Mark::Horn,
        '\u{300}' => Mark::Tone(Tone::Huyen),
        '\u{301}' => Mark::Tone(Tone::Sac),
        '\u{309}' => Mark::Tone(Tone::Hoi),
        '\u{303}' => Mark::Tone(Tone::Nga),
        '\u{323}' => Mark::Tone(Tone::Nang),
        '\u{340}' => Mark::DeprecatedTone(Tone::Huyen),
        '\u{341}' => Mark::DeprecatedTone(Tone::Sac),
        _ => return None,
    })
}

/// The letter a base letter becomes with a modifier mark, if Vietnamese has it.
pub(crate) fn modify(l: Letter, m: Mark) -> Option<Letter> {
    Some(match (l, m) {
        (A, Mark::Breve) => AW,
        (A, Mark::Circumflex) => AA,
        (E, Mark::Circumflex) => EE,
        (O, Mark::Circumflex) => OO,
        (O, Mark::Horn) => OW,
        (U, Mark::Horn) => UW,
        _ => return None,
    })
}

/// The unmodified letter under a modified one, and the modifier's combining mark.
pub(crate) fn unmodify(l: Letter) -> (Letter, Option<char>) {
    match l {
        AW => (A, Some('\u{306}')),
        AA => (A, Some('\u{302}')),
        EE => (E, Some('\u{302}')),
        OO => (O, Some('\u{302}')),
        OW => (O, Some('\u{31B}')),
        UW => (U, Some('\u{31B}')),
        _ => (l, None),
    }
}

/// A decoded letter: which letter, its tone, its case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LetterInfo {
    pub letter: Letter,
    pub tone: Tone,
    pub upper: bool,
}

// Table entries (u16), one per character the table covers; the hot loops read them raw
// (`raw_*` below). The top four bits say what the character is (at most one is set); the
// rest depends on it:
//
//              15   14   13   12   11  10   8 7                 0
//            +----+----+----+-----+---+------+-------------------+
//   letter   |  1 |  0 |  0 |upper| 0 | tone |   letter id       |   LetterInfo::pack
//   mark     |  0 |  1 |  0 |  0  |     0      | index in MARKS  |   one of our marks
//   unstable |  0 |  0 |  1 |  0  |          0                   |   NFC may change it
//   eth      |  0 |  0 |  0 |  1  |          0            | upper|   `Ð` / `ð`
//   other    |                    0                              |
//            +----+----+----+-----+---+------+-------------------+
//
// A letter's bit 12 is its case; only the other kinds use bit 12 for eth.
/// A letter (ASCII or Vietnamese, with its tone and case in the low bits).
const IS_LETTER: u16 = 1 << 15;
/// One of our combining marks (its index in `MARKS` in the low bits).
const IS_MARK: u16 = 1 << 14;
/// A character that NFC may change (a combining mark that is not ours, a singleton).
const IS_UNSTABLE: u16 = 1 << 13;
/// `Ð`/`ð`, with bit 0 set for the capital.
const IS_ETH: u16 = 1 << 12;
/// A letter's case: set for upper case.
const LETTER_UPPER: u16 = 1 << 12;
/// Where a letter's tone starts, and its three bits.
const TONE_SHIFT: u32 = 8;
const LETTER_TONE: u16 = 0b111 << TONE_SHIFT;
/// A letter's id.
const LETTER_ID: u16 = 0xFF;
/// A mark's index in `MARKS`.
const MARK_INDEX: u16 = 0xF;
/// Eth's case: set for `Ð`.
const ETH_UPPER: u16 = 1;

impl LetterInfo {
    const fn pack(self) -> u16 {
        IS_LETTER
            | if self.upper { LETTER_UPPER } else { 0 }
            | (self.tone as u16) << TONE_SHIFT
            | self.letter as u16
    }
    #[inline]
    const fn unpack(v: u16) -> Self {
        LetterInfo {
            letter: (v & LETTER_ID) as u8,
            tone: Tone::from_index(((v & LETTER_TONE) >> TONE_SHIFT) as u8),
            upper: v & LETTER_UPPER != 0,
        }
    }
}

const MARKS: [Mark; 10] = [
    Mark::Circumflex,
    Mark::Breve,
    Mark::Horn,
    Mark::Tone(Tone::Huyen),
    Mark::Tone(Tone::Sac),
    Mark::Tone(Tone::Hoi),
    Mark::Tone(Tone::Nga),
    Mark::Tone(Tone::Nang),
    Mark::DeprecatedTone(Tone::Huyen),
    Mark::DeprecatedTone(Tone::Sac),
];

/// Every code point of one or two UTF-8 bytes goes through the low table.
const LO_END: u32 = 0x800;
/// The high table covers U+1E80..U+1EFF (UTF-8 `E1 BA xx`, `E1 BB xx`): `Ạ`…`ỹ`.
const HI_START: u32 = 0x1E80;
const HI_LEN: usize = 0x80;
/// Length of the entry array: a power of two above `LO_END + HI_LEN`, so that an index can
/// be masked into range.
const ENTRIES: usize = 0x1000;
/// Up to here, whether NFC may change a character is kept in a bitmap.
const STABLE_END: u32 = 0x3000;

pub(crate) struct Tables {
    /// Entries for U+0000..U+0800, then for U+1E80..U+1F00: one array so that the two
    /// UTF-8 lengths of Vietnamese letters index it without a branch.
    entries: [u16; ENTRIES],
    /// Bit set: NFC may change the character (U+0800..U+3000), filled 64 code points at a
    /// time when one of them is first asked about (most texts touch a few such blocks).
    unstable: [AtomicU64; STABLE_END as usize / 64],
    /// Bit `k % 64` of word `k / 64`: block `k` of `unstable` is filled.
    filled: [AtomicU64; STABLE_END as usize / 64 / 64],
    /// `[letter][upper][tone]` → NFC char, for the 12 vowels and `đ`.
    compose: [[[char; 6]; 2]; 13],
}

/// A character that NFC leaves alone whatever stands around it: a starter that never
/// combines with what precedes it and is its own normal form.
pub(crate) fn nfc_stable(c: char) -> bool {
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{IsNormalized, is_nfc_quick};
    (c as u32) < 0x300
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

fn parse_tone(s: &str) -> Option<Tone> {
    Some(match s {
        "ngang" => Tone::Ngang,
        "huyen" => Tone::Huyen,
        "sac" => Tone::Sac,
        "hoi" => Tone::Hoi,
        "nga" => Tone::Nga,
        "nang" => Tone::Nang,
        _ => return None,
    })
}

fn parse_letter(base: &str, modifier: &str) -> Option<Letter> {
    let l = match base {
        "a" => A,
        "e" => E,
        "i" => I,
        "o" => O,
        "u" => U,
        "y" => Y,
        "d" if modifier == "stroke" => return Some(DD),
        _ => return None,
    };
    match modifier {
        "-" => Some(l),
        "breve" => modify(l, Mark::Breve),
        "circumflex" => modify(l, Mark::Circumflex),
        "horn" => modify(l, Mark::Horn),
        _ => None,
    }
}

/// The shipped table, built at first use from `data/letters.tsv` (see [`rows`]).
static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables {
        entries: [0; ENTRIES],
        unstable: [const { AtomicU64::new(0) }; STABLE_END as usize / 64],
        filled: [const { AtomicU64::new(0) }; STABLE_END as usize / 64 / 64],
        compose: [[['\0'; 6]; 2]; 13],
    };
    for cp in 0..LO_END {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let v = match mark(c) {
            Some(m) => {
                let index = MARKS.iter().position(|&x| x == m);
                debug_assert!(index.is_some(), "every mark of `mark()` is in MARKS");
                IS_MARK | index.unwrap_or(0) as u16
            }
            None if !nfc_stable(c) => IS_UNSTABLE,
            None if c == 'Ð' => IS_ETH | ETH_UPPER,
            None if c == 'ð' => IS_ETH,
            None => 0,
        };
        t.entries[cp as usize] = v;
    }
    for (c, info) in rows() {
        let cp = c as u32;
        if cp < LO_END {
            t.entries[cp as usize] = info.pack();
        } else if (HI_START..HI_START + HI_LEN as u32).contains(&cp) {
            t.entries[LO_END as usize + (cp - HI_START) as usize] = info.pack();
        }
        t.compose[info.letter as usize][info.upper as usize][info.tone as usize] = c;
    }
    // ASCII consonants (the vowels came from the table).
    for b in b'a'..=b'z' {
        if t.entries[b as usize] == 0 {
            let l = ascii_consonant(b);
            t.entries[b as usize] = LetterInfo {
                letter: l,
                tone: Tone::Ngang,
                upper: false,
            }
            .pack();
            t.entries[b.to_ascii_uppercase() as usize] = LetterInfo {
                letter: l,
                tone: Tone::Ngang,
                upper: true,
            }
            .pack();
        }
    }
    t
});

/// The rows of `data/letters.tsv`. The unit tests parse it (`letter_table_parses`); were a
/// row bad all the same, a debug build would stop here with its line number, and a release
/// build would have an empty table (no letter recognized) rather than panic.
fn rows() -> impl Iterator<Item = (char, LetterInfo)> {
    let rows = parse_rows(include_str!("../data/letters.tsv"));
    debug_assert!(rows.is_ok(), "data/letters.tsv: {:?}", rows.as_ref().err());
    rows.unwrap_or_default().into_iter()
}

/// Parses a letter table: `char<TAB>base<TAB>modifier<TAB>tone<TAB>case` per row.
fn parse_rows(text: &str) -> Result<Vec<(char, LetterInfo)>, DataError> {
    data::records(text)
        .map(|r| {
            let [ch, base, modifier, tone, case] = r.fields::<5>()?;
            let mut chars = ch.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return Err(r.invalid(1, "character", ch, "one character"));
            };
            if !matches!(base, "a" | "e" | "i" | "o" | "u" | "y" | "d") {
                return Err(r.unknown(2, "base letter", base, "a, e, i, o, u, y or d"));
            }
            let letter = parse_letter(base, modifier).ok_or_else(|| {
                r.unknown(
                    3,
                    "modifier",
                    modifier,
                    "-, breve, circumflex or horn as the base takes it, stroke for d",
                )
            })?;
            let tone = parse_tone(tone)
                .ok_or_else(|| r.unknown(4, "tone", tone, "ngang, huyen, sac, hoi, nga or nang"))?;
            let upper = match case {
                "lower" => false,
                "upper" => true,
                _ => return Err(r.unknown(5, "case", case, "lower or upper")),
            };
            Ok((
                c,
                LetterInfo {
                    letter,
                    tone,
                    upper,
                },
            ))
        })
        .collect()
}

/// The case of a character, for every test of case in the crate: Vietnamese letters by the
/// letter table (any form of `Ủ` is upper case), everything else by Unicode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Upper,
    Lower,
    /// Not a cased letter: a digit, punctuation, a letter of a script without case.
    Uncased,
}

/// The [`Case`] of `c`.
#[inline]
pub(crate) fn case_of(c: char) -> Case {
    let upper = if c.is_ascii() {
        if !c.is_ascii_alphabetic() {
            return Case::Uncased;
        }
        c.is_ascii_uppercase()
    } else {
        match tables().letter(c) {
            Some(info) => info.upper,
            None if c.is_uppercase() => true,
            None if c.is_lowercase() => false,
            None => return Case::Uncased,
        }
    };
    if upper { Case::Upper } else { Case::Lower }
}

/// Whether `c` is an upper-case letter (see [`case_of`]).
#[inline]
pub(crate) fn is_upper(c: char) -> bool {
    case_of(c) == Case::Upper
}

/// Whether `c` is a lower-case letter (see [`case_of`]).
#[inline]
pub(crate) fn is_lower(c: char) -> bool {
    case_of(c) == Case::Lower
}

/// Whether a table entry is a letter, and that letter's parts.
#[inline(always)]
pub(crate) fn raw_letter(v: u16) -> Option<LetterInfo> {
    (v & IS_LETTER != 0).then(|| LetterInfo::unpack(v))
}

/// Whether a table entry is a vowel letter.
#[inline(always)]
pub(crate) fn raw_is_vowel(v: u16) -> bool {
    v & IS_LETTER != 0 && (v & LETTER_ID) < VOWELS as u16
}

/// The letter id of a table entry that is a letter (see [`raw_letter`]).
#[inline(always)]
pub(crate) const fn raw_letter_id(v: u16) -> Letter {
    (v & LETTER_ID) as Letter
}

/// Whether a table entry is a letter with a tone mark.
#[inline(always)]
pub(crate) const fn raw_is_toned(v: u16) -> bool {
    v & IS_LETTER != 0 && v & LETTER_TONE != 0
}

/// Whether a table entry is one of our marks or a character NFC may change.
#[inline(always)]
pub(crate) const fn raw_needs_nfc(v: u16) -> bool {
    v & IS_LETTER == 0 && v & (IS_MARK | IS_UNSTABLE) != 0
}

/// Whether a table entry is `Ð`/`ð`.
#[inline(always)]
pub(crate) const fn raw_is_eth(v: u16) -> bool {
    v & !ETH_UPPER == IS_ETH
}

/// The eth of a table entry as the letter `đ`/`Đ` it stands for.
#[inline(always)]
pub(crate) fn raw_eth_letter(v: u16) -> LetterInfo {
    LetterInfo {
        letter: DD,
        tone: Tone::Ngang,
        upper: v & ETH_UPPER != 0,
    }
}

/// 1 + the index of a table entry's mark among ours, or 0 if it is not one of our marks.
#[inline(always)]
pub(crate) fn raw_mark_index(v: u16) -> usize {
    let ours = (v & IS_LETTER == 0 && v & IS_MARK != 0) as usize;
    ours * (1 + (v & MARK_INDEX) as usize)
}

/// The mark with code `k` (see [`raw_mark_index`]), or `None` for 0 or an unknown code.
pub(crate) fn mark_by_index(k: usize) -> Option<Mark> {
    k.checked_sub(1).and_then(|i| MARKS.get(i).copied())
}

/// Whether a table entry is one of our combining marks, and which.
#[inline(always)]
pub(crate) fn raw_mark(v: u16) -> Option<Mark> {
    (v & IS_LETTER == 0 && v & IS_MARK != 0).then(|| MARKS[(v & MARK_INDEX) as usize % MARKS.len()])
}

pub(crate) fn tables() -> &'static Tables {
    &TABLES
}

impl Tables {
    /// Decodes a precomposed letter (ASCII letters included), or `None`.
    #[inline]
    pub(crate) fn letter(&self, c: char) -> Option<LetterInfo> {
        let cp = c as u32;
        let v = if cp < LO_END {
            self.entries[cp as usize]
        } else if (HI_START..HI_START + HI_LEN as u32).contains(&cp) {
            self.entries[LO_END as usize + (cp - HI_START) as usize]
        } else {
            0
        };
        raw_letter(v)
    }

    /// The table entry of the character that starts at byte `i` of `b` (UTF-8, `i` on a
    /// boundary) and its length in bytes. The hot loops work on these entries directly.
    #[inline(always)]
    pub(crate) fn raw_at(&self, b: &[u8], i: usize) -> (u16, usize) {
        let x = b[i];
        if x < 0x80 {
            return (self.entries[x as usize], 1);
        }
        // Vietnamese text mixes two-byte letters (`ư ơ đ ă`) and three-byte ones (`ạ ế`)
        // unpredictably: look both up and select, rather than branch on the length.
        let y = b.get(i + 1).copied().unwrap_or(0x80) as usize;
        let z = b.get(i + 2).copied().unwrap_or(0x80) as usize;
        // Table loads and bit operations, so that the compiler has no condition to branch on.
        let lead = LEAD[x as usize];
        let two = (lead & 1) as usize;
        let viet3 = ((lead >> 1) & (((y | 1) == 0xBB) as u8)) as usize;
        // Rare (another script, a symbol): the only branch here, and a predictable one.
        if two | viet3 != 0 {
            let i2 = ((x as usize & 0x1F) << 6) | (y & 0x3F);
            let i3 = LO_END as usize + (((y & 1) << 6) | (z & 0x3F));
            let mask = 0usize.wrapping_sub(two);
            let v = self.entries[((i2 & mask) | (i3 & !mask)) & (ENTRIES - 1)];
            return (v, 3 - two);
        }
        let c = utf8::char_at(b, i).unwrap_or(char::REPLACEMENT_CHARACTER);
        (self.class_of(c), utf8::width(x))
    }

    /// The table entry of the character that ends at byte `i` of `b` (`i > 0`).
    #[inline(always)]
    pub(crate) fn raw_before(&self, b: &[u8], i: usize) -> (u16, usize) {
        let x = b[i - 1];
        if x < 0x80 {
            return (self.entries[x as usize], 1);
        }
        let start = if i >= 2 && b[i - 2] >= 0xC0 {
            i - 2
        } else if i >= 3 && b[i - 3] >= 0xC0 {
            i - 3
        } else {
            i.saturating_sub(4)
        };
        (self.raw_at(b, start).0, i - start)
    }

    /// Word `k` of the bitmap of characters NFC may change (code points `64 k ..
    /// 64 k + 64`), filled first if it is not yet. Two threads may fill the same word at
    /// once: they store the same bits.
    fn unstable_bits(&self, k: usize) -> u64 {
        let (Some(word), Some(filled)) = (self.unstable.get(k), self.filled.get(k / 64)) else {
            return 0;
        };
        if filled.load(Ordering::Acquire) & (1 << (k % 64)) == 0 {
            let bits = (0..64).fold(0u64, |bits, j| {
                let c = char::from_u32((64 * k + j) as u32);
                bits | (c.is_some_and(|c| !nfc_stable(c)) as u64) << j
            });
            word.store(bits, Ordering::Relaxed);
            filled.fetch_or(1 << (k % 64), Ordering::Release);
        }
        word.load(Ordering::Relaxed)
    }

    /// Table entry for a character outside the two tables' fast ranges.
    #[cold]
    fn class_of(&self, c: char) -> u16 {
        let cp = c as u32;
        if cp < LO_END {
            self.entries[cp as usize]
        } else if (HI_START..HI_START + HI_LEN as u32).contains(&cp) {
            self.entries[LO_END as usize + (cp - HI_START) as usize]
        } else if cp < STABLE_END {
            if self.unstable_bits(cp as usize / 64) & (1 << (cp % 64)) != 0 {
                IS_UNSTABLE
            } else {
                0
            }
        } else if nfc_stable(c) {
            0
        } else {
            IS_UNSTABLE
        }
    }

    /// Writes a letter in NFC.
    #[inline]
    pub(crate) fn push_nfc(&self, l: Letter, tone: Tone, upper: bool, out: &mut String) {
        if l > DD && tone == Tone::Ngang {
            let b = consonant_ascii(l);
            out.push(if upper { b.to_ascii_uppercase() } else { b } as char);
        } else if (l as usize) <= DD as usize {
            out.push(self.compose[l as usize][upper as usize][tone as usize]);
        } else {
            let b = consonant_ascii(l);
            out.push(if upper { b.to_ascii_uppercase() } else { b } as char);
            if tone != Tone::Ngang {
                // A tone on a consonant is never produced by the syllable model; keep it
                // rather than lose it.
                debug_assert!(false, "a tone on a consonant");
                out.push(tone.combining_mark().unwrap_or('\u{300}'));
            }
        }
    }

    /// Writes a letter in NFD: base letter, then its marks in canonical order.
    pub(crate) fn push_nfd(&self, l: Letter, tone: Tone, upper: bool, out: &mut String) {
        if l == DD || l >= VOWELS {
            self.push_nfc(l, tone, upper, out);
            return;
        }
        let (base, modifier) = unmodify(l);
        out.push(self.compose[base as usize][upper as usize][0]);
        let tone_mark = tone.combining_mark();
        // Canonical order: horn (ccc 216) < dot below (220) < the rest (230, kept in order).
        match (modifier, tone_mark) {
            (Some(m), Some('\u{323}')) if m != '\u{31B}' => {
                out.push('\u{323}');
                out.push(m);
            }
            (m, t) => {
                out.extend(m);
                out.extend(t);
            }
        }
    }
}

/// UTF-8 lead bytes: bit 0 for a two-byte sequence, bit 1 for `E1` (which starts `Ạ`…`ỹ`).
pub(crate) static LEAD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut x = 0xC0;
    while x < 0xE0 {
        t[x] = 1;
        x += 1;
    }
    t[0xE1] = 2;
    t
};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter packs and unpacks to itself, and the kinds of entries do not overlap.
    #[test]
    fn entry_layout_round_trips() {
        for (_, info) in rows() {
            let v = info.pack();
            assert_eq!(raw_letter(v), Some(info));
            assert_eq!(raw_letter_id(v), info.letter);
            assert_eq!(raw_is_toned(v), info.tone != Tone::Ngang);
            assert!(!raw_is_eth(v) && raw_mark(v).is_none() && !raw_needs_nfc(v));
        }
        assert_eq!(LETTER_ID & LETTER_TONE, 0);
        assert_eq!(
            (LETTER_ID | LETTER_TONE) & (IS_ETH | IS_UNSTABLE | IS_MARK | IS_LETTER),
            0
        );
        assert!(raw_is_eth(IS_ETH) && raw_letter(IS_ETH | ETH_UPPER).is_none());
    }

    #[test]
    fn letter_table_parses() {
        let rows = parse_rows(include_str!("../data/letters.tsv"));
        assert!(
            rows.is_ok(),
            "{}",
            rows.err().map(|e| e.to_string()).unwrap_or_default()
        );
    }

    #[test]
    fn bad_letter_rows_name_their_line_and_field() {
        let table = "# char\tbase\tmodifier\ttone\tcase\nà\ta\t-\thuyen\tlower\n";
        assert_eq!(parse_rows(table).map(|r| r.len()), Ok(1));
        let err = |row: &str| {
            parse_rows(&format!("{table}{row}\n"))
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default()
        };
        assert_eq!(err("á\ta\t-\tsac"), "line 3: expected 5 fields, found 4");
        assert_eq!(
            err("á\ta\t-\tsắc\tlower"),
            "line 3: unknown tone `sắc` in field 4 (expected ngang, huyen, sac, hoi, nga or nang)"
        );
        assert!(err("ab\ta\t-\tsac\tlower").starts_with("line 3: invalid character `ab`"));
        assert!(err("á\tb\t-\tsac\tlower").starts_with("line 3: unknown base letter `b`"));
        assert!(err("ì\ti\thorn\thuyen\tlower").starts_with("line 3: unknown modifier `horn`"));
        assert!(err("Á\ta\t-\tsac\tUPPER").starts_with("line 3: unknown case `UPPER`"));
    }

    #[test]
    fn table_has_every_row() {
        let lines = include_str!("../data/letters.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(
            rows().count(),
            lines,
            "a row of data/letters.tsv did not parse"
        );
        assert_eq!(rows().filter(|(c, _)| !c.is_ascii()).count(), 134);
    }

    /// The bitmap filled block by block on first use says what `nfc_stable` says, for every
    /// code point it covers and on any order of first use (here: downwards).
    #[test]
    fn lazy_stability_bitmap_agrees_with_unicode() {
        let t = tables();
        for cp in (LO_END..STABLE_END).rev() {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let unstable = t.class_of(c) & IS_UNSTABLE != 0;
            assert_eq!(unstable, !nfc_stable(c), "U+{cp:04X}");
        }
        assert_ne!(t.class_of('\u{2000}'), 0, "U+2000 decomposes to U+2002");
        assert_eq!(t.class_of('“'), 0);
    }

    #[test]
    fn decodes_and_composes() {
        let t = tables();
        let i = t.letter('Ỷ').unwrap();
        assert_eq!((i.letter, i.tone, i.upper), (Y, Tone::Hoi, true));
        let i = t.letter('ự').unwrap();
        assert_eq!((i.letter, i.tone, i.upper), (UW, Tone::Nang, false));
        assert_eq!(t.letter('k').unwrap().letter, ascii_consonant(b'k'));
        assert!(t.letter('ñ').is_none());
        // Table entries straight from the bytes: letter, our mark, other, unstable, eth.
        let entries = |s: &str| {
            let mut i = 0;
            let mut v = Vec::new();
            while i < s.len() {
                let (e, w) = t.raw_at(s.as_bytes(), i);
                v.push(e);
                i += w;
            }
            v
        };
        let e = entries("ệ\u{301}“\u{2126}\u{327}Ð😀");
        assert_eq!(
            raw_letter(e[0]).map(|i| (i.letter, i.tone)),
            Some((EE, Tone::Nang))
        );
        assert_eq!(raw_mark(e[1]), Some(Mark::Tone(Tone::Sac)));
        assert!(!raw_needs_nfc(e[2]) && raw_letter(e[2]).is_none());
        assert!(raw_needs_nfc(e[3]) && raw_needs_nfc(e[4]));
        assert!(raw_is_eth(e[5]) && raw_eth_letter(e[5]).upper);
        assert_eq!(e[6], 0);
        let mut s = String::new();
        t.push_nfc(AA, Tone::Nga, true, &mut s);
        t.push_nfc(DD, Tone::Ngang, false, &mut s);
        assert_eq!(s, "Ẫđ");
    }

    #[test]
    fn nfd_matches_unicode_normalization() {
        use unicode_normalization::UnicodeNormalization;
        let t = tables();
        for (c, info) in rows() {
            let mut s = String::new();
            t.push_nfd(info.letter, info.tone, info.upper, &mut s);
            assert_eq!(s, c.nfd().collect::<String>(), "NFD of {c}");
        }
    }
}

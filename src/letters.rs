//! The Vietnamese letter table: every vowel letter × tone × case, and `đ`.
//!
//! `data/letters.tsv` is the source of truth; it is parsed once, at first use, into two
//! direction tables: code point → [`LetterInfo`] (for decoding precomposed text) and
//! (letter, tone, case) → code point (for composing NFC output).

use std::sync::LazyLock;

use crate::syllable::Tone;

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

impl LetterInfo {
    /// Packs into a non-zero byte pair for the lookup tables (0 means "not a letter").
    const fn pack(self) -> u16 {
        0x8000 | ((self.upper as u16) << 12) | ((self.tone as u16) << 8) | self.letter as u16
    }
    const fn unpack(v: u16) -> Option<Self> {
        if v == 0 {
            return None;
        }
        Some(LetterInfo {
            letter: (v & 0xFF) as u8,
            tone: Tone::from_index(((v >> 8) & 0x7) as u8),
            upper: v & 0x1000 != 0,
        })
    }
}

/// First code point of the high table (Latin Extended Additional, `Ạ`).
const HI_START: u32 = 0x1EA0;
const HI_END: u32 = 0x1EF9;
/// Code points below this go through the low table.
const LO_END: u32 = 0x1B1;

pub(crate) struct Tables {
    lo: [u16; LO_END as usize],
    hi: [u16; (HI_END - HI_START + 1) as usize],
    /// `[letter][upper][tone]` → NFC char, for the 12 vowels and `đ`.
    compose: [[[char; 6]; 2]; 13],
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

/// The shipped table. A malformed row is a build-time bug in `data/letters.tsv`, caught by
/// the unit tests below; such a row is skipped rather than panicking at run time.
static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables {
        lo: [0; LO_END as usize],
        hi: [0; (HI_END - HI_START + 1) as usize],
        compose: [[['\0'; 6]; 2]; 13],
    };
    for (c, info) in rows() {
        let cp = c as u32;
        if cp < LO_END {
            t.lo[cp as usize] = info.pack();
        } else if (HI_START..=HI_END).contains(&cp) {
            t.hi[(cp - HI_START) as usize] = info.pack();
        }
        t.compose[info.letter as usize][info.upper as usize][info.tone as usize] = c;
    }
    // ASCII consonants (the vowels came from the table).
    for b in b'a'..=b'z' {
        if t.lo[b as usize] == 0 {
            let l = ascii_consonant(b);
            t.lo[b as usize] = LetterInfo {
                letter: l,
                tone: Tone::Ngang,
                upper: false,
            }
            .pack();
            t.lo[b.to_ascii_uppercase() as usize] = LetterInfo {
                letter: l,
                tone: Tone::Ngang,
                upper: true,
            }
            .pack();
        }
    }
    t
});

/// The rows of `data/letters.tsv` that parse.
fn rows() -> impl Iterator<Item = (char, LetterInfo)> {
    include_str!("../data/letters.tsv")
        .lines()
        .filter_map(|line| {
            if line.starts_with('#') || line.trim().is_empty() {
                return None;
            }
            let mut f = line.split('\t');
            let mut ch = f.next()?.chars();
            let c = ch.next()?;
            if ch.next().is_some() {
                return None;
            }
            let letter = parse_letter(f.next()?, f.next()?)?;
            let tone = parse_tone(f.next()?)?;
            let upper = match f.next()? {
                "lower" => false,
                "upper" => true,
                _ => return None,
            };
            Some((
                c,
                LetterInfo {
                    letter,
                    tone,
                    upper,
                },
            ))
        })
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
            self.lo[cp as usize]
        } else if (HI_START..=HI_END).contains(&cp) {
            self.hi[(cp - HI_START) as usize]
        } else {
            0
        };
        LetterInfo::unpack(v)
    }

    /// Writes a letter in NFC.
    #[inline]
    pub(crate) fn push_nfc(&self, l: Letter, tone: Tone, upper: bool, out: &mut String) {
        if (l as usize) <= DD as usize {
            out.push(self.compose[l as usize][upper as usize][tone as usize]);
        } else {
            let b = consonant_ascii(l);
            out.push(if upper { b.to_ascii_uppercase() } else { b } as char);
            if tone != Tone::Ngang {
                // A tone on a consonant is never produced by the syllable model; keep it
                // rather than lose it.
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

/// Fast letter class for ASCII bytes: 0 = not a letter, 1 = consonant, 2 = vowel.
pub(crate) static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = b'a';
    while b <= b'z' {
        let v = match b {
            b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => 2,
            _ => 1,
        };
        t[b as usize] = v;
        t[(b - 32) as usize] = v;
        b += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn decodes_and_composes() {
        let t = tables();
        let i = t.letter('Ỷ').unwrap();
        assert_eq!((i.letter, i.tone, i.upper), (Y, Tone::Hoi, true));
        let i = t.letter('ự').unwrap();
        assert_eq!((i.letter, i.tone, i.upper), (UW, Tone::Nang, false));
        assert_eq!(t.letter('k').unwrap().letter, ascii_consonant(b'k'));
        assert!(t.letter('ñ').is_none());
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

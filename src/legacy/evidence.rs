//! What one word says about whether a table encoding (every encoding but VIQR) wrote it.
//!
//! Detection ([`super::detect`]) and run decoding ([`super::runs`]) both label words with
//! [`label`]; there is no second rule anywhere. The evidence is how many words become
//! Vietnamese syllables when decoded compared with how many already are:
//!
//! | the word as written                                  | label       |
//! |------------------------------------------------------|-------------|
//! | not changed by the encoding                          | `Same`      |
//! | has a letter or mark Windows-1252 has no byte for    | `Unicode`   |
//! | letters around the changed characters → a syllable   | `Legacy`    |
//! | a syllable that decoding breaks                       | `Unicode`   |
//! | anything else (symbols, `5€,`, `m²`, both readings)   | `Undecided` |
//!
//! A letter Windows-1252 cannot produce (`ơ`, `ư`, `đ`, `ạ`, any Cyrillic or Chinese letter, a
//! combining mark) proves the word is Unicode: legacy bytes read as Windows-1252 only ever
//! give Windows-1252 characters. Symbols (`€ © ½ ± • · » ²`) are letters in some legacy
//! encoding, but a word votes for one only when a *letter* of the word as written is changed
//! (`nh©n` → `nhân`, `Coäng` → `Cộng`): `5€,`, `©`, `m²`, `(±0,5)` or `”` at the end of a word
//! never vote, whatever they decode to; nor does a word of one letter (`Š`, `œ`).

use super::Encoding;
use super::table::cp1252_byte;
use crate::letters;
use crate::syllable::Syllable;

/// What one word says about one encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Label {
    /// The encoding does not change the word: either reading gives the same text.
    Same,
    /// Decoding turns a word that is not a Vietnamese syllable into a well-formed one.
    Legacy,
    /// The word is Unicode as written.
    Unicode,
    /// Changed, but no evidence either way.
    Undecided,
}

/// Whether `c` is a letter or combining mark that legacy bytes read as Windows-1252 or
/// Latin-1 cannot produce: a word with one is Unicode text.
#[inline]
pub(crate) fn unicode_only(c: char) -> bool {
    !c.is_ascii()
        && cp1252_byte(c).is_none()
        && (c.is_alphabetic() || letters::mark(c).is_some() || is_combining(c))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// Whether a word has a character [`unicode_only`] (the same for every encoding).
#[inline]
pub(crate) fn is_unicode_word(word: &str) -> bool {
    !word.is_ascii() && word.chars().any(unicode_only)
}

/// Whether no table encoding changes the word: printable ASCII (table encodings map only
/// bytes 0x80–0xFF and a few C0 controls).
#[inline]
pub(crate) fn is_plain_ascii(word: &str) -> bool {
    word.bytes().all(|b| (0x20..0x7F).contains(&b))
}

/// `char::is_alphabetic`, without its table lookup for Latin-1 (the characters garbled legacy
/// text is made of).
#[inline]
fn is_letter(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xAA | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0xFF => true,
        0x80..=0xFF => false,
        _ => c.is_alphabetic(),
    }
}

/// The word without the non-letters around it (`“Nam”,` → `Nam`; `©` → ``).
fn letters_core(word: &str) -> &str {
    word.trim_matches(|c: char| !is_letter(c))
}

/// The word without the punctuation around it, keeping combining marks.
fn core(word: &str) -> &str {
    word.trim_matches(|c: char| !is_letter(c) && letters::mark(c).is_none())
}

/// Upper or lower case in a pattern Vietnamese writes: `nam`, `Nam`, `NAM`.
fn sane_case(w: &str) -> bool {
    let t = letters::tables();
    // Case of each letter: Vietnamese letters from the crate's table, others from Unicode.
    let mut cases = w.chars().filter_map(|c| match t.letter(c) {
        Some(info) => Some(info.upper),
        None if c.is_ascii() => c.is_ascii_alphabetic().then(|| c.is_ascii_uppercase()),
        None => is_letter(c).then(|| c.is_uppercase()),
    });
    let Some(first) = cases.next() else {
        return false;
    };
    let (mut lower, mut upper) = (0, 0);
    for u in cases {
        if u {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    upper == 0 || (first && lower == 0)
}

/// A Vietnamese syllable in a sane case pattern, however its marks are written (a misplaced
/// tone still shows the word is Vietnamese).
pub(crate) fn syllable(w: &str) -> bool {
    !w.is_empty() && sane_case(w) && crate::is_valid(w)
}

/// Whether the letters of a word, as written, are a syllable (the only words a decoding can
/// make [`Label::Unicode`] besides those with [`unicode_only`] letters).
pub(crate) fn written_syllable(word: &str) -> bool {
    syllable(letters_core(word))
}

/// A hash of the letters of a word, case folded, for telling two words apart (FNV-1a): `µm`
/// and `µm,` are the same word.
pub(crate) fn word_hash(s: &str) -> u64 {
    letters_core(s)
        .chars()
        .flat_map(char::to_lowercase)
        .fold(0xcbf2_9ce4_8422_2325, |h, c| {
            (h ^ c as u64).wrapping_mul(0x0100_0000_01b3)
        })
}

/// Scratch space for [`label`].
#[derive(Default)]
pub(crate) struct Scratch {
    decoded: String,
    core: String,
    bytes: Vec<u8>,
}

/// Labels one whitespace-free word for a table encoding `e` (not VIQR).
pub(crate) fn label(e: Encoding, word: &str, scratch: &mut Scratch) -> Label {
    debug_assert!(e != Encoding::Viqr);
    if is_plain_ascii(word) {
        return Label::Same;
    }
    if is_unicode_word(word) {
        return Label::Unicode;
    }
    // Not composed: the syllable parser reads letters and combining marks alike.
    let Scratch {
        decoded,
        core: decoded_core,
        bytes,
    } = scratch;
    decoded.clear();
    e.decode_str_raw(word, decoded, bytes);
    if decoded == word {
        return Label::Same;
    }
    let written = letters_core(word);
    let before = syllable(written);
    // A vote needs a changed letter: the letters around the changed characters must change
    // too. And two of them: a lone letter (`Š`, `œ`, `ª`) is as likely a symbol or foreign.
    let letter_changed = written.chars().nth(1).is_some()
        && (written.len() == word.len() || {
            decoded_core.clear();
            e.decode_str_raw(written, decoded_core, bytes);
            decoded_core != written
        });
    let after = core(decoded);
    let parsed = match sane_case(after) {
        true => Syllable::parse_with_repairs(after).ok(),
        false => None,
    };
    match (before, parsed) {
        (false, Some((_, r))) if letter_changed && !r.marks && !r.misplaced => Label::Legacy,
        (true, None) => Label::Unicode,
        _ => Label::Undecided,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(e: Encoding, w: &str) -> Label {
        label(e, w, &mut Scratch::default())
    }

    #[test]
    fn labels() {
        use Encoding::*;
        assert_eq!(l(Tcvn3, "nh©n"), Label::Legacy);
        assert_eq!(l(Tcvn3, "Céng"), Label::Legacy);
        assert_eq!(l(Vni, "Coäng"), Label::Legacy);
        assert_eq!(l(Tcvn3, "Nam"), Label::Same);
        assert_eq!(l(Tcvn3, "Lạng"), Label::Unicode);
        assert_eq!(l(Viscii, "Giá"), Label::Same);
        // Symbols never vote, whatever they decode to.
        for w in [
            "5€,", "©", "½", "±5%", "•", "·", "»", "m²", "(©2020)", "”", "25°C", "Š", "œ",
        ] {
            assert_eq!(l(Viscii, w), Label::Undecided, "{w}");
        }
        // Both readings are syllables: no evidence.
        assert_eq!(l(Cp1258, "nãm"), Label::Undecided);
        // A decoding with its tone where no convention puts it is no syllable of a decoder.
        assert_eq!(l(Cp1258, "Viêòt"), Label::Legacy);
    }

    #[test]
    fn latin1_letters() {
        for c in '\0'..='\u{2000}' {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn case_pattern() {
        assert!(syllable("Việt"));
        assert!(syllable("VIỆT"));
        assert!(!syllable("vIỆt"));
        assert!(!syllable("123"));
        assert!(syllable("qủa"));
    }
}

//! VIQR (RFC 1456): Vietnamese in ASCII, the marks typed after the letter (`Vie^.t Nam`).
//!
//! Decoding is word by word. Inside a run of ASCII letters, a letter takes the marks the
//! table reads after it (`^ ( +` for the modifier, `' \` ? ~ .` for the tone, `dd` for `đ`),
//! at most one tone per word. A word with marks is decoded only when the result is one
//! Vietnamese syllable ([`crate::is_valid`]); anything else (`I'm`, `e.g.`, `add`,
//! `www.example.com`) is kept as written. A backslash before a mark, a backslash or `d`/`D`
//! makes it literal (RFC 1456's escape: `ba\.` is `ba.`, not `bạ`).

use super::Encoding;
use super::table::{Table, cp1252_char, table};
use crate::letters;
use crate::syllable::Tone;

/// The characters a backslash makes literal.
fn escapable(b: u8) -> bool {
    matches!(
        b,
        b'^' | b'(' | b'+' | b'\'' | b'`' | b'?' | b'~' | b'.' | b'\\' | b'd' | b'D'
    )
}

/// The VIQR mark characters.
pub(crate) fn is_mark(b: u8) -> bool {
    matches!(b, b'^' | b'(' | b'+' | b'\'' | b'`' | b'?' | b'~' | b'.')
}

fn tone_of(c: char) -> Tone {
    letters::tables().letter(c).map_or(Tone::Ngang, |i| i.tone)
}

/// Decodes VIQR bytes: UTF-8 when they are valid UTF-8 (VIQR is ASCII, but files may carry
/// other text), else each byte as its Windows-1252 character.
pub(crate) fn decode_bytes(bytes: &[u8], out: &mut String) {
    match std::str::from_utf8(bytes) {
        Ok(s) => decode_to(s, out),
        Err(_) => {
            let s: String = bytes.iter().map(|&b| cp1252_char(b)).collect();
            decode_to(&s, out)
        }
    }
}

/// Decodes VIQR text.
pub(crate) fn decode_to(text: &str, out: &mut String) {
    let t = table(Encoding::Viqr);
    let b = text.as_bytes();
    out.reserve(text.len());
    let mut word = String::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' && i + 1 < b.len() && escapable(b[i + 1]) {
            out.push(b[i + 1] as char);
            i += 2;
        } else if c.is_ascii_alphabetic() {
            let (end, marked) = word_at(t, b, i, &mut word);
            if marked && (crate::is_valid(&word) || abbreviation(&word)) {
                out.push_str(&word);
            } else {
                out.push_str(&text[i..end]);
            }
            i = end;
        } else {
            // ASCII punctuation or a non-ASCII character: copied.
            let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
            out.push(ch);
            i += ch.len_utf8().max(1);
        }
    }
}

/// An upper-case abbreviation with `Đ` and no vowel (`HĐND`, `ĐBQH`, `BGDĐT`), which is not a
/// syllable but is plainly Vietnamese.
fn abbreviation(word: &str) -> bool {
    word.contains('Đ')
        && word
            .chars()
            .all(|c| c == 'Đ' || (c.is_ascii_uppercase() && !"AEIOUY".contains(c)))
}

/// Reads the word starting at the ASCII letter `b[i]` into `word`: where it ends and whether
/// any mark was read.
fn word_at(t: &Table, b: &[u8], mut i: usize, word: &mut String) -> (usize, bool) {
    word.clear();
    let mut marked = false;
    let mut toned = false;
    while i < b.len() && b[i].is_ascii_alphabetic() {
        let (mut ch, mut n) = t.next(&b[i..]);
        if toned && n > 1 && tone_of(ch) != Tone::Ngang {
            // A second tone is not a tone: read the letter without it.
            let (c2, n2) = t.next(&b[i..i + n - 1]);
            ch = c2;
            n = n2;
        }
        toned |= tone_of(ch) != Tone::Ngang;
        marked |= n > 1;
        word.push(ch);
        i += n;
    }
    (i, marked)
}

/// Appends the VIQR of one already-composed character `c`; `prev` is the character before it
/// in the input. `None` when VIQR cannot write it.
pub(crate) fn encode_char(c: char, prev: Option<char>, out: &mut Vec<u8>) -> Option<()> {
    let t = table(Encoding::Viqr);
    if let Some(bytes) = t.encode_char(c) {
        out.extend_from_slice(bytes);
        return Some(());
    }
    if !c.is_ascii() {
        return None;
    }
    let b = c as u8;
    let after_letter = prev.is_some_and(|p| p.is_alphabetic());
    let escape = match b {
        b'\\' => true,
        b'd' | b'D' => matches!(prev, Some('d' | 'D')),
        _ => is_mark(b) && after_letter,
    };
    if escape {
        out.push(b'\\');
    }
    out.push(b);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> String {
        let mut out = String::new();
        decode_to(s, &mut out);
        out
    }

    #[test]
    fn decodes_words() {
        assert_eq!(dec("Vie^.t Nam"), "Việt Nam");
        assert_eq!(dec("Ha` No^.i."), "Hà Nội.");
        assert_eq!(dec("DDa(ng ky'"), "Đăng ký");
        assert_eq!(dec("ddu+o+`ng"), "đường");
        assert_eq!(dec("NGUYE^~N"), "NGUYỄN");
        assert_eq!(dec("HDDND, DDBQH, QDD"), "HĐND, ĐBQH, QĐ");
        assert_eq!(dec("ADD ODD"), "ADD ODD");
    }

    #[test]
    fn keeps_what_is_not_vietnamese() {
        for s in [
            "It's here, don't.",
            "e.g. this",
            "add odd",
            "www.example.com",
            "C++ (a+b)",
            "x^2",
        ] {
            assert_eq!(dec(s), s);
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(dec("ba\\."), "ba.");
        assert_eq!(dec("a\\\\b"), "a\\b");
        assert_eq!(dec("d\\di"), "ddi");
        assert_eq!(dec("a\\b"), "a\\b");
    }
}

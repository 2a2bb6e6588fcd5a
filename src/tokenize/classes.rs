//! Byte and character classes: the tables the scanner reads bytes with.

use crate::letters;

/// ASCII byte classes.
/// No class (every ASCII byte has one of the others).
const C_OTHER: u8 = 0;
/// Whitespace, and the control characters (C0 and DEL), which separate words like it.
pub(super) const C_SPACE: u8 = 1;
pub(super) const C_LETTER: u8 = 2;
pub(super) const C_DIGIT: u8 = 3;
pub(super) const C_TERM: u8 = 4; // . ? !
pub(super) const C_PUNCT: u8 = 5;
const C_SYMBOL: u8 = 6;

pub(super) static ASCII: [u8; 128] = {
    let mut t = [C_OTHER; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        t[i] = match b {
            0x00..=0x20 | 0x7F => C_SPACE,
            b'a'..=b'z' | b'A'..=b'Z' => C_LETTER,
            b'0'..=b'9' => C_DIGIT,
            b'.' | b'?' | b'!' => C_TERM,
            b',' | b';' | b':' | b'(' | b')' | b'[' | b']' | b'{' | b'}' | b'"' | b'\'' | b'-'
            | b'/' | b'_' | b'*' => C_PUNCT,
            0x21..=0x7E => C_SYMBOL,
            _ => C_OTHER,
        };
        i += 1;
    }
    t
};

/// Bytes a word may start with: ASCII letters and the first bytes of non-ASCII characters.
pub(super) static WORD_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphabetic() || i >= 0xC0;
        i += 1;
    }
    t
};

/// ASCII bytes that, after a run of letters, may join it to more: a link, a code, a dotted
/// or hyphenated abbreviation (see [`Scanner::word_joined`](super::scan::Scanner::word_joined)).
pub(super) static JOINS: [bool; 128] = {
    let mut t = [false; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = matches!(
            i as u8,
            b'.' | b'@' | b':' | b'_' | b'%' | b'+' | b'-' | b'0'..=b'9'
        );
        i += 1;
    }
    t
};

/// Bytes that cannot start a space character (see [`is_space_char`]): 1 for ASCII other than
/// whitespace and for UTF-8 lead bytes of characters that are never spaces; 2 for `E1`,
/// which starts U+1680 but also the Vietnamese letters `E1 BA xx`, `E1 BB xx`; 0 otherwise
/// (NUL, the end of the text, is 0 as well).
static NOT_SPACE_LEAD: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 1;
    while i < 256 {
        t[i] = match i as u8 {
            0x01..0x80 => (ASCII[i] != C_SPACE) as u8,
            // C2 starts U+0085 and U+00A0; E2 U+2000..; E3 U+3000; EF U+FEFF.
            0xC3..=0xE0 | 0xE4..=0xEE | 0xF0..=0xF4 => 1,
            0xE1 => 2,
            _ => 0,
        };
        i += 1;
    }
    t
};

/// Whether the byte at `i` starts something other than a space character, so that one
/// ASCII space before it is a token of its own. The end of the text counts as a space.
#[inline(always)]
pub(super) fn space_alone(bytes: &[u8], i: usize) -> bool {
    let n = bytes.get(i).copied().unwrap_or(0);
    let s = NOT_SPACE_LEAD[n as usize];
    s == 1 || (s == 2 && bytes.get(i + 1).is_some_and(|&y| y | 1 == 0xBB))
}

/// Bytes of an email local part or a bare domain.
pub(super) fn is_link_byte(b: u8) -> bool {
    LINK_BYTES[b as usize]
}

/// [`is_link_byte`] as a table: one load, no chain of comparisons.
static LINK_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
        i += 1;
    }
    t
};

/// Whitespace, zero-width spaces, and control characters (C0, DEL, C1), which carry no text:
/// they separate words and are never content.
pub(super) fn is_space_char(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

pub(super) fn is_letter_char(c: char) -> bool {
    letters::tables().letter(c).is_some() || c.is_alphabetic()
}

/// Punctuation outside ASCII (general category P, the common ones).
pub(super) fn is_punct_char(c: char) -> bool {
    matches!(c,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¡' | '¿' | '·' | '§'
        | '¶' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF1F}')
}

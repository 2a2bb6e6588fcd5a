//! Splitting text into tokens: syllables, words, abbreviations, numbers, codes, URLs, emails,
//! punctuation, symbols and whitespace.
//!
//! One left-to-right scan over the bytes. ASCII is classified by a byte table; other
//! characters by the letter table of the syllable model, then by the Unicode properties of
//! `char`. Combining marks always stay with the character before them, so NFD text is cut
//! where its NFC form is. Whether a run of letters is a [`TokenKind::Syllable`] is decided by
//! the syllable model ([`Syllable::parse`]); the answer is remembered in a small per-thread
//! cache keyed by the token's bytes, so each distinct spelling is parsed about once. A word
//! seen before costs one 16-byte mask (where the bytes that may belong to a word stop) and
//! one cache probe: a hit says both that the bytes are a run of letters and what kind it is.

use std::cell::Cell;

use unicode_normalization::char::is_combining_mark;

use crate::abbreviations::{self, Class};
use crate::letters;
use crate::span::Span;
use crate::syllable::Syllable;

/// What a [`Token`] is.
///
/// # Examples
/// ```
/// use vntext::TokenKind;
/// let kinds: Vec<TokenKind> = vntext::tokens("UBND TP.HCM họp").map(|t| t.kind).collect();
/// assert_eq!(kinds, [
///     TokenKind::Abbreviation, TokenKind::Space, TokenKind::Abbreviation,
///     TokenKind::Space, TokenKind::Syllable,
/// ]);
/// assert_eq!(TokenKind::Syllable.as_str(), "syllable");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum TokenKind {
    /// A valid Vietnamese syllable in any case, normalization form or tone style: `Việt`,
    /// `HÒA`, `thuỷ`, NFD `Vie\u{323}\u{302}t`.
    Syllable,
    /// Any other run of letters: foreign words (`online`, `Covid`), names kept whole
    /// (`H'Mông`), misspelt syllables.
    Word,
    /// An abbreviation: upper-case runs that are not syllables (`UBND`, `HĐND`), joined forms
    /// (`TP.HCM`, `KT-XH`, `NĐ-CP`, `T.Ư`, `PGS.TS`, `Q.1`), listed forms with their dot
    /// (`TP.`, `ThS.`, `v.v.`) and initials (`H.`).
    Abbreviation,
    /// A number in Vietnamese notation (`34.118`, `8,5`, `1.234,56`, `2020`) or a date-like
    /// numeral (`06/01/2019`, `4.1.2017`, `02-03-2014`, `10:20`, `20h30`).
    Number,
    /// A document or reference number mixing digits and letters: `30/2020/NĐ-CP`,
    /// `3344/QĐ-TTCP`, `43H-0530`, `PC67`, `Covid-19`.
    Code,
    /// A URL: `https://…`, `www.…`, or a bare domain ending in a listed suffix
    /// (`baolangson.vn`).
    Url,
    /// An email address.
    Email,
    /// Punctuation: `,` `;` `:` `(` `)`, quotes `“ ”`, dashes `-` `–`, and sentence ends as
    /// one token (`.`, `...`, `…`, `?!`, the `./.` of official documents).
    Punctuation,
    /// Any other character: `%`, `&`, `+`, currency and math signs, emoji, a combining mark
    /// with no letter before it.
    Symbol,
    /// A run of whitespace, newlines included (also zero-width spaces, U+FEFF, and control
    /// characters such as `\u{1}` or U+0085, which separate words and are never content).
    Space,
}

impl TokenKind {
    /// The kind's name in lower case, as written in JSON output.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::TokenKind::Abbreviation.as_str(), "abbreviation");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Syllable => "syllable",
            TokenKind::Word => "word",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Number => "number",
            TokenKind::Code => "code",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Symbol => "symbol",
            TokenKind::Space => "space",
        }
    }

    /// Whether [`words`] yields tokens of this kind: everything but [`TokenKind::Space`] and
    /// [`TokenKind::Punctuation`].
    ///
    /// # Examples
    /// ```
    /// use vntext::TokenKind;
    /// assert!(TokenKind::Number.is_content());
    /// assert!(!TokenKind::Punctuation.is_content());
    /// ```
    pub const fn is_content(self) -> bool {
        !matches!(self, TokenKind::Space | TokenKind::Punctuation)
    }
}

impl std::fmt::Display for TokenKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One token: its text, where it is in the caller's text, and its kind.
///
/// `&text[token.span.range()] == token.text` always holds.
///
/// # Examples
/// ```
/// use vntext::{Span, TokenKind};
/// let text = "Lạng Sơn tăng 8,5%";
/// let t = vntext::tokens(text).nth(6).unwrap();
/// assert_eq!(t.text, "8,5");
/// assert_eq!(t.kind, TokenKind::Number);
/// assert_eq!(t.span, Span { start: 18, end: 21 });
/// assert_eq!(&text[t.span.range()], "8,5");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Token<'a> {
    /// The token's text, a slice of the caller's text.
    pub text: &'a str,
    /// Byte offsets of the token in the caller's text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token<'_> {
    /// The parsed syllable of a [`TokenKind::Syllable`] token; `None` for other kinds.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Onset, Tone};
    /// let t = vntext::tokens("Quyết").next().unwrap();
    /// let s = t.syllable().unwrap();
    /// assert_eq!((s.onset(), s.tone()), (Some(Onset::Qu), Tone::Sac));
    /// assert!(vntext::tokens("UBND").next().unwrap().syllable().is_none());
    /// ```
    pub fn syllable(&self) -> Option<Syllable> {
        if self.kind == TokenKind::Syllable {
            Syllable::parse(self.text).ok()
        } else {
            None
        }
    }

    /// The value of a [`TokenKind::Number`] token written with the Vietnamese decimal comma
    /// and thousands dot: `8,5` is 8.5, `34.118` is 34118, `1.234,56` is 1234.56. A single
    /// dot not followed by exactly three digits is read as a decimal point (`1.5`). Date-like
    /// numerals (`06/01/2019`, `4.1.2017`, `7.2017`, `10:20`) and other kinds give `None`.
    ///
    /// # Examples
    /// ```
    /// let n = |s| vntext::tokens(s).next().unwrap().number();
    /// assert_eq!(n("8,5"), Some(8.5));
    /// assert_eq!(n("34.118"), Some(34118.0));
    /// assert_eq!(n("1.234,56"), Some(1234.56));
    /// assert_eq!(n("60.542.000"), Some(60542000.0));
    /// assert_eq!(n("06/01/2019"), None);
    /// ```
    pub fn number(&self) -> Option<f64> {
        if self.kind == TokenKind::Number {
            parse_number(self.text)
        } else {
            None
        }
    }
}

/// Reads a Vietnamese-formatted number; see [`Token::number`].
fn parse_number(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.is_empty()
        || !b
            .iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
    {
        return None;
    }
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) if !f.contains([',', '.']) && !f.is_empty() => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let mut groups = int.split('.');
    let first = groups.next()?;
    let rest = int.len() - first.len();
    let thousands = rest > 0
        && (1..=3).contains(&first.len())
        && int[first.len()..].split('.').skip(1).all(|g| g.len() == 3);
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut push = |c: u8| -> Option<()> {
        *buf.get_mut(n)? = c;
        n += 1;
        Some(())
    };
    if rest == 0 || thousands {
        for &c in int.as_bytes() {
            if c != b'.' {
                push(c)?;
            }
        }
        if let Some(f) = frac {
            push(b'.')?;
            f.bytes().try_for_each(&mut push)?;
        }
    } else {
        // One dot, not a thousands group: a decimal point (`1.5`), unless it reads as
        // month.year (`7.2017`).
        let (i, f) = int.split_once('.')?;
        if frac.is_some() || f.contains('.') || i.is_empty() {
            return None;
        }
        let month = i.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
        if month.is_some() && f.len() == 4 && (f.starts_with("19") || f.starts_with("20")) {
            return None;
        }
        int.bytes().try_for_each(&mut push)?;
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

/// Splits `text` into tokens that, concatenated, give back `text` exactly: whitespace and
/// newlines are [`TokenKind::Space`] tokens. Spans are byte offsets into `text`. Allocates
/// nothing per token.
///
/// What the syllable model says about each distinct spelling is kept in a per-thread cache
/// of about 280 KiB, allocated on first use and kept for the thread's life (a second one
/// while two iterators run side by side, such as `tokens` and [`sentences`](crate::sentences)
/// over one text). The tokens never depend on what the cache holds.
///
/// # Examples
/// ```
/// use vntext::TokenKind::*;
/// let text = "Ngày 06/01/2019, UBND tỉnh ban hành Quyết định 30/2020/NĐ-CP.";
/// let tokens: Vec<_> = vntext::tokens(text)
///     .filter(|t| t.kind != Space)
///     .map(|t| (t.text, t.kind))
///     .collect();
/// assert_eq!(tokens, [
///     ("Ngày", Syllable), ("06/01/2019", Number), (",", Punctuation), ("UBND", Abbreviation),
///     ("tỉnh", Syllable), ("ban", Syllable), ("hành", Syllable), ("Quyết", Syllable),
///     ("định", Syllable), ("30/2020/NĐ-CP", Code), (".", Punctuation),
/// ]);
/// assert_eq!(vntext::tokens(text).map(|t| t.text).collect::<String>(), text);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens {
        scanner: Scanner::new(text),
    }
}

/// The content tokens of `text`: [`tokens`] without [`TokenKind::Space`] and
/// [`TokenKind::Punctuation`] (see [`TokenKind::is_content`]).
///
/// # Examples
/// ```
/// let words: Vec<&str> = vntext::words("Hòa Bình, “thủy điện” 8,5%.").map(|t| t.text).collect();
/// assert_eq!(words, ["Hòa", "Bình", "thủy", "điện", "8,5", "%"]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn words(text: &str) -> Words<'_> {
    Words {
        tokens: tokens(text),
    }
}

/// The URLs and emails of `text` as byte ranges, in order: what the normalizer leaves as it
/// is.
pub(crate) fn links(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    tokens(text)
        .filter(|t| matches!(t.kind, TokenKind::Url | TokenKind::Email))
        .map(|t| (t.span.start, t.span.end))
}

/// Iterator over the tokens of a text; see [`tokens`].
///
/// # Examples
/// ```
/// let mut it: vntext::Tokens<'_> = vntext::tokens("Xin chào");
/// assert_eq!(it.next().unwrap().text, "Xin");
/// ```
#[derive(Clone, Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Tokens<'a> {
    scanner: Scanner<'a>,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    #[inline(always)]
    fn next(&mut self) -> Option<Token<'a>> {
        let raw = self.scanner.next_raw()?;
        Some(Token {
            text: raw.text,
            span: Span {
                start: raw.start,
                end: raw.end,
            },
            kind: raw.kind,
        })
    }
}

impl std::iter::FusedIterator for Tokens<'_> {}

/// Iterator over the content tokens of a text; see [`words`].
///
/// # Examples
/// ```
/// let mut it: vntext::Words<'_> = vntext::words("– Xin chào!");
/// assert_eq!(it.next().unwrap().text, "Xin");
/// ```
#[derive(Clone, Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Words<'a> {
    tokens: Tokens<'a>,
}

impl<'a> Iterator for Words<'a> {
    type Item = Token<'a>;

    #[inline]
    fn next(&mut self) -> Option<Token<'a>> {
        self.tokens.by_ref().find(|t| t.kind.is_content())
    }
}

impl std::iter::FusedIterator for Words<'_> {}

// ---------------------------------------------------------------------------------------
// The scanner.

/// The abbreviation's dot belongs to it and never ends a sentence (`TP.`, `H.`).
pub(crate) const DOT_KEEPS: u8 = 1;
/// The abbreviation's dot may also end a sentence (`v.v.`).
pub(crate) const DOT_MAY_END: u8 = 2;
/// A listed abbreviation of class `final` (`v.v`), with or without its dot.
pub(crate) const FINAL_ABBR: u8 = 4;
/// A single capital letter and its dot (`H.`): an initial, or a label (`độ C.`, `nhóm B.`)
/// whose dot may end a sentence; the sentence splitter tells them apart by the word before.
pub(crate) const INITIAL: u8 = 8;

/// A token before it is turned into a [`Token`]: offsets, kind and what the sentence
/// splitter needs to know.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Raw<'a> {
    pub start: usize,
    pub end: usize,
    /// `text[start..end]`.
    pub text: &'a str,
    pub kind: TokenKind,
    pub flags: u8,
}

/// ASCII byte classes.
/// No class (every ASCII byte has one of the others).
const C_OTHER: u8 = 0;
/// Whitespace, and the control characters (C0 and DEL), which separate words like it.
const C_SPACE: u8 = 1;
const C_LETTER: u8 = 2;
const C_DIGIT: u8 = 3;
const C_TERM: u8 = 4; // . ? !
const C_PUNCT: u8 = 5;
const C_SYMBOL: u8 = 6;

static ASCII: [u8; 128] = {
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
static WORD_START: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphabetic() || i >= 0xC0;
        i += 1;
    }
    t
};

/// ASCII bytes that, after a run of letters, may join it to more: a link, a code, a dotted
/// or hyphenated abbreviation (see [`Scanner::word_joined`]).
static JOINS: [bool; 128] = {
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

/// A one in every byte, and the high bit of every byte, of a `u64` read from eight bytes.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// How many of the 8 bytes from `i` are `a`..=`z` before any other byte; `None` if fewer than
/// 8 bytes are left.
#[inline(always)]
fn lower_ascii_len(bytes: &[u8], i: usize) -> Option<usize> {
    let w = u64::from_le_bytes(*bytes.get(i..)?.first_chunk::<8>()?);
    // The high bit of a byte: at least `a`, above `z`, not ASCII. A byte of 0x80 or more may
    // carry into the next one, but the count stops at it anyway.
    let from_a = w.wrapping_add(ONES * (0x80 - b'a' as u64));
    let above_z = w.wrapping_add(ONES * (0x80 - b'z' as u64 - 1));
    let lower = from_a & !above_z & !w & HIGH;
    Some((!lower & HIGH).trailing_zeros() as usize / 8)
}

/// The 16 bytes of `bytes` from `i` as one number (byte `i` lowest); near the end, zeros
/// stand for the bytes after it. `None` when the text is shorter than 16 bytes.
#[inline(always)]
fn sixteen_at(bytes: &[u8], i: usize) -> Option<u128> {
    match bytes.get(i..).and_then(|b| b.first_chunk::<16>()) {
        Some(sixteen) => Some(u128::from_le_bytes(*sixteen)),
        // The text's last 16 bytes, shifted so that byte `i` comes first.
        None => {
            let last = u128::from_le_bytes(*bytes.last_chunk::<16>()?);
            last.checked_shr(8 * (i + 16 - bytes.len()) as u32)
        }
    }
}

/// Bit 7 of each byte of `w` that is an ASCII letter: its low seven bits, lower-cased, in
/// `a..=z` (no addition carries out of its byte), and its bit 7 clear.
#[inline(always)]
fn ascii_letters(w: u64) -> u64 {
    let x = (w & !HIGH) | (ONES * 0x20);
    x.wrapping_add(ONES * (0x80 - b'a' as u64))
        & !x.wrapping_add(ONES * (0x80 - b'z' as u64 - 1))
        & !w
        & HIGH
}

/// Where the bytes from `i` that may belong to a word (ASCII letters, and every non-ASCII
/// byte) end: at the first other ASCII byte, or the end of the text, within 16 bytes.
#[inline(always)]
fn word_bytes_end(bytes: &[u8], i: usize) -> Option<usize> {
    let sixteen = sixteen_at(bytes, i)?;
    let stop = !(ascii_letters(sixteen as u64) | (sixteen as u64 & HIGH)) & HIGH;
    if stop != 0 {
        return Some(i + stop.trailing_zeros() as usize / 8);
    }
    let high = (sixteen >> 64) as u64;
    let stop = !(ascii_letters(high) | (high & HIGH)) & HIGH;
    (stop != 0).then(|| i + 8 + stop.trailing_zeros() as usize / 8)
}

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
fn space_alone(bytes: &[u8], i: usize) -> bool {
    let n = bytes.get(i).copied().unwrap_or(0);
    let s = NOT_SPACE_LEAD[n as usize];
    s == 1 || (s == 2 && bytes.get(i + 1).is_some_and(|&y| y | 1 == 0xBB))
}

/// Bytes of an email local part or a bare domain.
fn is_link_byte(b: u8) -> bool {
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
fn is_space_char(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

fn is_letter_char(c: char) -> bool {
    letters::tables().letter(c).is_some() || c.is_alphabetic()
}

/// Punctuation outside ASCII (general category P, the common ones).
fn is_punct_char(c: char) -> bool {
    matches!(c,
        '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¡' | '¿' | '·' | '§'
        | '¶' | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF1F}')
}

/// Whether a character is an upper-case letter (Vietnamese table first, then Unicode).
fn is_upper(c: char) -> bool {
    match letters::tables().letter(c) {
        Some(info) => info.upper,
        None => c.is_uppercase(),
    }
}

/// What a run of letters looked like.
#[derive(Clone, Copy, Debug)]
struct Run {
    end: usize,
    /// Letters (combining marks not counted).
    letters: u32,
    /// Upper-case letters.
    upper: u32,
    /// The run contains an apostrophe (`H'Mông`).
    apostrophe: bool,
}

impl Run {
    /// Whether the run from `start` is ASCII letters only.
    fn ascii(&self, start: usize) -> bool {
        self.end - start == self.letters as usize && !self.apostrophe
    }
    fn all_upper(&self) -> bool {
        self.upper == self.letters
    }
}

/// What the syllable model and the abbreviation list say about a run of letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct RunClass {
    valid: bool,
    listed: Option<Class>,
}

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
            valid: i & 1 != 0,
            listed: listed[(i >> 1) % 5],
        };
        i += 1;
    }
    t
};

impl RunClass {
    /// Four bits: `valid`, then the list class (0 for none).
    const fn code(self) -> u8 {
        let l = match self.listed {
            None => 0,
            Some(Class::Title) => 1,
            Some(Class::Final) => 2,
            Some(Class::Word) => 3,
            Some(Class::Domain) => 4,
        };
        self.valid as u8 | l << 1
    }

    /// The class of a [`RunClass::code`].
    #[inline(always)]
    fn from_code(code: u8) -> RunClass {
        RUN_CLASSES[code as usize & 15]
    }

    /// Listed as an abbreviation (not as a domain).
    fn abbreviation(&self) -> bool {
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
            upper += c.is_uppercase() as u32;
        }
    }
    letters >= 2 && upper == letters
}

/// What a cache slot keeps of a run: its [`RunClass::code`] in bits 0..4, and in bit 4
/// whether a lone run of these letters is an [`TokenKind::Abbreviation`] (not a syllable,
/// and listed or upper case).
fn slot_code(s: &str, c: RunClass) -> u8 {
    let abbr = !c.valid && (c.abbreviation() || upper_case_word(s));
    c.code() | (abbr as u8) << 4
}

/// The kind and flags of a lone run of letters (see [`Scanner::word`]), by [`slot_code`].
static WORD_KINDS: [(TokenKind, u8); 32] = {
    let mut t = [(TokenKind::Word, 0u8); 32];
    let mut i = 0;
    while i < 32 {
        let c = RUN_CLASSES[i & 15];
        let kind = if c.valid {
            TokenKind::Syllable
        } else if i & 16 != 0 {
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        };
        let flags = if matches!(c.listed, Some(Class::Final)) {
            FINAL_ABBR
        } else {
            0
        };
        t[i] = (kind, flags);
        i += 1;
    }
    t
};

/// The kind (and sentence flags) of a run of letters that nothing joins to more: what the
/// syllable model and the abbreviation list said, and its case.
fn run_kind(class: RunClass, run: &Run) -> (TokenKind, u8) {
    let kind = if class.valid {
        TokenKind::Syllable
    } else if class.abbreviation() || (run.all_upper() && run.letters >= 2) {
        TokenKind::Abbreviation
    } else {
        TokenKind::Word
    };
    let flags = if class.listed == Some(Class::Final) {
        FINAL_ABBR
    } else {
        0
    };
    (kind, flags)
}

fn classify_uncached(s: &str) -> RunClass {
    let valid = Syllable::parse(s).is_ok();
    // Listed forms are never syllables; skip the lookup for the common case.
    let listed = if valid {
        None
    } else {
        abbreviations::builtin().get(s)
    };
    RunClass { valid, listed }
}

/// Runs of up to this many bytes are cached (almost every syllable, NFD included).
const CACHE_BYTES: usize = 16;
/// Sets of two slots for runs of up to 7 bytes (most syllables): 256 KiB. Fewer sets miss
/// noticeably more often on news text (a miss parses the syllable again).
const SHORT_SETS: usize = 16384;
/// Sets of two slots for runs of 8 to 16 bytes.
const LONG_SETS: usize = 512;

/// A run of 1 to 7 bytes as one word: its bytes, then its length in bits 56..59. Bits 59..64
/// of a slot hold its [`slot_code`]; an empty slot is 0.
const SHORT_KEY: u64 = (1 << 59) - 1;

/// The key of the run `text[start..end]` of 1 to 7 bytes, `None` for other lengths. Reads
/// the 8 bytes from `start` and masks off the ones after the run: no branch on the length.
#[inline(always)]
fn short_key(text: &[u8], start: usize, end: usize) -> Option<u64> {
    let n = end.checked_sub(start)?;
    if n == 0 || n > 7 {
        return None;
    }
    let word = match text.get(start..).and_then(|t| t.first_chunk::<8>()) {
        Some(w) => u64::from_le_bytes(*w),
        // Near the end: the 8 bytes that end the run, shifted down to its start.
        None => match text.get(..end).and_then(|t| t.last_chunk::<8>()) {
            Some(w) => u64::from_le_bytes(*w) >> (8 * (8 - n)),
            None => short_key_at_end(text.get(start..end)?),
        },
    };
    Some(word & ((1u64 << (n * 8)) - 1) | (n as u64) << 56)
}

/// The bytes of a run near the end of the text, as [`short_key`] reads them.
#[cold]
fn short_key_at_end(b: &[u8]) -> u64 {
    b.iter().rev().fold(0, |k, &x| k << 8 | x as u64)
}

/// The set of [`Slots::short`] a short key goes to.
#[inline(always)]
fn short_set(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_SETS.trailing_zeros())) as usize
}

/// The key, length and set of [`Slots::long`] of a run of 8 to 16 bytes.
#[inline(always)]
fn long_key(b: &[u8]) -> Option<([u64; 2], u8, usize)> {
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
struct Entry {
    /// The first and the last 8 bytes (overlapping).
    key: [u64; 2],
    /// Length in bytes (0 = empty slot).
    len: u8,
    /// The [`slot_code`].
    code: u8,
}

const EMPTY: Entry = Entry {
    key: [0; 2],
    len: 0,
    code: 0,
};

/// The two tables of the cache.
struct Slots {
    short: Box<[[u64; 2]; SHORT_SETS]>,
    long: Box<[[Entry; 2]; LONG_SETS]>,
}

impl Slots {
    fn new() -> Option<Slots> {
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
struct Cache {
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
    fn borrow() -> Option<Slots> {
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
    fn classify(&mut self, text: &str, start: usize, end: usize) -> RunClass {
        RunClass::from_code(self.code(text, start, end))
    }

    /// The kind and flags of `text[start..end]` as a run of letters alone (see
    /// [`Scanner::word`]).
    #[inline(always)]
    fn word_kind(&mut self, text: &str, start: usize, end: usize) -> (TokenKind, u8) {
        WORD_KINDS[self.code(text, start, end) as usize & 31]
    }

    /// The [`slot_code`] of `text[start..end]` if the cache holds it, without asking the
    /// syllable model. The cache holds only runs that [`Scanner::letter_run`] found: a hit
    /// also says that these bytes are such a run.
    #[inline(always)]
    fn probe(&mut self, text: &str, start: usize, end: usize) -> Option<u8> {
        if self.slots.is_none() {
            self.slots = Cache::borrow();
        }
        let slots = self.slots.as_mut()?;
        let Some(key) = short_key(text.as_bytes(), start, end) else {
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
    fn code(&mut self, text: &str, start: usize, end: usize) -> u8 {
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
    fn code_uncached(s: &str) -> u8 {
        slot_code(s, classify_uncached(s))
    }

    /// [`Cache::classify`] for runs of 8 bytes or more.
    #[inline(never)]
    fn classify_long(slots: &mut Slots, text: &str, start: usize, end: usize) -> u8 {
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

#[derive(Clone)]
pub(crate) struct Scanner<'a> {
    text: &'a str,
    /// The letter tables, looked up once.
    tables: &'static letters::Tables,
    cache: Cache,
    pos: usize,
    /// `text[pos..]`.
    rest: &'a str,
    /// Link detection already failed for every start before this offset.
    link_checked_to: usize,
    /// Whether a word followed by a space (or anything that cannot join it to more) gets
    /// its kind from the syllable model. The sentence splitter only needs it before `…`
    /// (see [`Scanner::for_sentences`]).
    kinds: bool,
}

impl std::fmt::Debug for Scanner<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("text", &self.text)
            .field("cache", &self.cache)
            .field("pos", &self.pos)
            .field("link_checked_to", &self.link_checked_to)
            .field("kinds", &self.kinds)
            .finish_non_exhaustive()
    }
}

impl<'a> Scanner<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Scanner {
            text,
            tables: letters::tables(),
            cache: Cache::default(),
            pos: 0,
            rest: text,
            link_checked_to: 0,
            kinds: true,
        }
    }

    /// A scanner for the sentence splitter. The splitter tells words apart from other tokens
    /// but not syllables from words or abbreviations, except a listed abbreviation of class
    /// `final` right before an ellipsis (`v.v…`). So a word that nothing can join to more
    /// and that is not followed by a character starting with byte 0xE2 (`…`) is given the kind
    /// [`TokenKind::Word`] without asking the syllable model. Boundaries do not change.
    pub(crate) fn for_sentences(text: &'a str) -> Self {
        Scanner {
            kinds: false,
            ..Scanner::new(text)
        }
    }

    /// The text being scanned.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    #[inline]
    fn byte(&self, i: usize) -> u8 {
        self.text.as_bytes().get(i).copied().unwrap_or(0)
    }

    /// The character at byte `i` (a char boundary), or `None` at the end.
    #[inline]
    fn char_at(&self, i: usize) -> Option<char> {
        let t = self.text.as_bytes();
        let b0 = *t.get(i)? as u32;
        let cont = |k: usize| t.get(i + k).map_or(0, |&b| (b & 0x3F) as u32);
        let cp = match b0 {
            0..0x80 => b0,
            0xC0..0xE0 => (b0 & 0x1F) << 6 | cont(1),
            0xE0..0xF0 => (b0 & 0x0F) << 12 | cont(1) << 6 | cont(2),
            _ => (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
        };
        char::from_u32(cp)
    }

    /// Whether a letter (ASCII or not) starts at `i`.
    fn letter_at(&self, i: usize) -> bool {
        let b = self.byte(i);
        if b < 0x80 {
            ASCII[b as usize] == C_LETTER
        } else {
            self.char_at(i).is_some_and(is_letter_char)
        }
    }

    fn digit_at(&self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    fn alnum_at(&self, i: usize) -> bool {
        self.digit_at(i) || self.letter_at(i)
    }

    /// Skips combining marks from `i`.
    #[inline]
    fn skip_marks(&self, mut i: usize) -> usize {
        while self.byte(i) >= 0x80 {
            match self.char_at(i) {
                Some(c) if is_combining_mark(c) => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    fn digits_end(&self, mut i: usize) -> usize {
        while self.digit_at(i) {
            i += 1;
        }
        i
    }

    /// The run of letters and combining marks from `i` (a letter); an apostrophe between
    /// two letters is kept inside when `apostrophes` is set.
    #[inline(always)]
    fn letter_run(&self, i: usize, apostrophes: bool) -> Run {
        match self.letter_run_fast(i, apostrophes) {
            Some(run) => run,
            None => self.letter_run_bytes(i, apostrophes),
        }
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
        let sixteen = sixteen_at(bytes, i)?;
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
            let mut leads = high & (w << 1) & keep;
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
            let n = match lower_ascii_len(bytes, i) {
                Some(n) => n,
                None => bytes
                    .get(i..)
                    .unwrap_or_default()
                    .iter()
                    .take_while(|x| x.wrapping_sub(b'a') < 26)
                    .count(),
            };
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
                run.upper += c.is_uppercase() as u32;
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

    /// The next raw token.
    #[inline(always)]
    pub(crate) fn next_raw(&mut self) -> Option<Raw<'a>> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let b = *bytes.get(start)?;
        // Most spaces are one ASCII space before a word or a number.
        if b == b' '
            && space_alone(bytes, start + 1)
            && let Some((text, rest)) = self.rest.split_at_checked(1)
        {
            self.pos = start + 1;
            self.rest = rest;
            return Some(Raw {
                start,
                end: start + 1,
                text,
                kind: TokenKind::Space,
                flags: 0,
            });
        }
        // A word seen before, followed by a byte that joins nothing to it: the bytes that
        // may belong to a word, and the cache (which holds only runs of letters) says
        // whether they are one and what kind.
        if self.kinds
            && WORD_START[b as usize]
            && let Some(end) = word_bytes_end(bytes, start)
            && !bytes
                .get(end)
                .is_some_and(|&n| JOINS[n as usize & 127] || n == b'\'')
            && let Some(code) = self.cache.probe(self.text, start, end)
        {
            let (kind, flags) = WORD_KINDS[code as usize & 31];
            return self.finish(start, end, kind, flags);
        }
        if letters::raw_letter(self.tables.raw_at(bytes, start).0).is_some() {
            // A word starting with a letter of the table (ASCII or Vietnamese), inline too.
            let (end, kind, flags) = self.word(start);
            return self.finish(start, end, kind, flags);
        }
        // One ASCII punctuation mark before ASCII (no combining mark to take along, no
        // `./.` or run of `.?!…` to join): `,` `;` `(` `)` `.` before a space.
        let next = bytes.get(start + 1).copied().unwrap_or(b' ');
        if b < 0x80
            && next < 0x80
            && (ASCII[b as usize] == C_PUNCT
                || (ASCII[b as usize] == C_TERM && !matches!(next, b'.' | b'?' | b'!' | b'/')))
        {
            return self.finish(start, start + 1, TokenKind::Punctuation, 0);
        }
        self.next_raw_any()
    }

    /// Moves over one ASCII space followed by a non-space character (a [`TokenKind::Space`]
    /// token of one byte), if there is one there. For callers that do not need such tokens.
    #[inline(always)]
    pub(crate) fn skip_single_space(&mut self) -> bool {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        if bytes.get(start) == Some(&b' ')
            && space_alone(bytes, start + 1)
            && let Some((_, rest)) = self.rest.split_at_checked(1)
        {
            self.pos = start + 1;
            self.rest = rest;
            return true;
        }
        false
    }

    /// [`Scanner::next_raw`] for any token.
    #[inline(never)]
    fn next_raw_any(&mut self) -> Option<Raw<'a>> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let b = *bytes.get(start)?;
        if b >= 0x80 {
            return self.next_non_ascii(start);
        }
        let (end, kind, flags) = match ASCII[b as usize] {
            C_SPACE => {
                // Most spaces are one ASCII byte before a word.
                let n = bytes.get(start + 1).copied().unwrap_or(0);
                let end = if n < 0x80 && ASCII[n as usize] != C_SPACE {
                    start + 1
                } else {
                    self.space_end(start + 1)
                };
                return self.finish(start, end, TokenKind::Space, 0);
            }
            C_LETTER => {
                // The run has taken its combining marks; a join skips them itself.
                let (end, kind, flags) = self.word(start);
                return self.finish(start, end, kind, flags);
            }
            C_DIGIT => self.number(start),
            C_TERM => (self.terminal_end(start), TokenKind::Punctuation, 0),
            C_PUNCT => (start + 1, TokenKind::Punctuation, 0),
            _ => (start + 1, TokenKind::Symbol, 0),
        };
        let end = self.skip_marks(end);
        self.finish(start, end, kind, flags)
    }

    /// A token starting with a character outside ASCII.
    #[inline(never)]
    fn next_non_ascii(&mut self, start: usize) -> Option<Raw<'a>> {
        // Vietnamese letters straight from the table (a letter is never a space).
        let (v, _) = self.tables.raw_at(self.text.as_bytes(), start);
        if letters::raw_letter(v).is_some() {
            let (end, kind, flags) = self.word(start);
            return self.finish(start, end, kind, flags);
        }
        let c = self.char_at(start).unwrap_or('\u{FFFD}');
        let next = start + c.len_utf8();
        let (end, kind, flags) = if is_space_char(c) {
            return self.finish(start, self.space_end(next), TokenKind::Space, 0);
        } else if is_letter_char(c) {
            self.word(start)
        } else if c == '…' {
            (self.terminal_end(start), TokenKind::Punctuation, 0)
        } else if is_punct_char(c) {
            (next, TokenKind::Punctuation, 0)
        } else {
            (next, TokenKind::Symbol, 0)
        };
        let end = self.skip_marks(end);
        self.finish(start, end, kind, flags)
    }

    /// The token `text[start..end]` (`start` is `self.pos`), moving on to `end`.
    #[inline(always)]
    fn finish(&mut self, start: usize, end: usize, kind: TokenKind, flags: u8) -> Option<Raw<'a>> {
        // Every branch moves forward; guard anyway so the iterator always ends.
        let len = end.wrapping_sub(start);
        let text = match self.rest.split_at_checked(len) {
            Some((text, rest)) if len > 0 => {
                self.rest = rest;
                text
            }
            _ => return self.one_char(start, kind, flags),
        };
        self.pos = end;
        Some(Raw {
            start,
            end,
            text,
            kind,
            flags,
        })
    }

    /// The guard of [`Scanner::finish`]: one character (never taken).
    #[cold]
    #[inline(never)]
    fn one_char(&mut self, start: usize, kind: TokenKind, flags: u8) -> Option<Raw<'a>> {
        let end = start + self.char_at(start).map_or(1, char::len_utf8);
        let text = self.text.get(start..end)?;
        self.pos = end;
        self.rest = self.text.get(end..).unwrap_or("");
        Some(Raw {
            start,
            end,
            text,
            kind,
            flags,
        })
    }

    fn space_end(&self, mut i: usize) -> usize {
        loop {
            let b = self.byte(i);
            if b < 0x80 {
                // `byte` reads the end of the text as NUL: only a NUL inside it is a space.
                if ASCII[b as usize] == C_SPACE && i < self.text.len() {
                    i += 1;
                    continue;
                }
                return i;
            }
            match self.char_at(i) {
                Some(c) if is_space_char(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }

    /// `./.`, or a run of `.` `?` `!` `…`.
    fn terminal_end(&self, start: usize) -> usize {
        let t = self.text.as_bytes();
        if t.get(start..start + 3) == Some(b"./.") {
            return start + 3;
        }
        let mut i = start;
        loop {
            match self.byte(i) {
                b'.' | b'?' | b'!' => i += 1,
                0xE2 if t.get(i..i + 3) == Some("…".as_bytes()) => i += 3,
                _ => return i,
            }
        }
    }

    /// A token starting with a letter.
    #[inline(always)]
    fn word(&mut self, start: usize) -> (usize, TokenKind, u8) {
        let run = self.letter_run(start, true);
        let end = run.end;
        let next = self.byte(end);
        if run.apostrophe || (next < 0x80 && JOINS[next as usize]) {
            // A syllable before a dot (most often the end of a sentence): nothing joins a
            // valid syllable over a dot, and a run that is not all ASCII starts no link.
            if next == b'.'
                && !run.apostrophe
                && !run.ascii(start)
                && !self.byte(end + 1).is_ascii_alphanumeric()
            {
                let (kind, flags) = self.cache.word_kind(self.text, start, end);
                if kind == TokenKind::Syllable {
                    return (end, kind, flags);
                }
            }
            return self.word_joined(start, run);
        }
        if !self.kinds && next != 0xE2 {
            return (end, TokenKind::Word, 0);
        }
        let (kind, flags) = self.cache.word_kind(self.text, start, end);
        (end, kind, flags)
    }

    /// [`Scanner::word`] when the run has an apostrophe or is followed by a byte that can
    /// join it to more (a link, a code, a dotted or hyphenated abbreviation).
    #[inline(never)]
    fn word_joined(&mut self, start: usize, run: Run) -> (usize, TokenKind, u8) {
        let (end, kind, flags) = self.word_joined_marks(start, run);
        (self.skip_marks(end), kind, flags)
    }

    /// [`Scanner::word_joined`] before marks after its end are skipped.
    fn word_joined_marks(&mut self, start: usize, run: Run) -> (usize, TokenKind, u8) {
        let end = run.end;
        let next = self.byte(end);
        // A link starts with ASCII link bytes; look for one only when such a byte follows
        // an ASCII run (the link scan would stop at anything else).
        let linkish = matches!(
            next,
            b'.' | b'@' | b':' | b'_' | b'%' | b'+' | b'-' | b'0'..=b'9'
        );
        // A run with letters outside ASCII may start an email (`hoà@…`) or an
        // internationalized domain (`thư-viện.vn`), never a scheme or `www.`.
        let linkish = linkish && (run.ascii(start) || matches!(next, b'@' | b'.' | b'-'));
        if linkish
            && start >= self.link_checked_to
            && let Some((end, kind)) = self.link(start)
        {
            return (end, kind, 0);
        }
        // Letters then digits: a code (`PC67`, `Covid-19`).
        if next.is_ascii_digit() || (next == b'-' && self.digit_at(end + 1)) {
            return (self.code_end(start), TokenKind::Code, 0);
        }
        if run.apostrophe {
            return (end, TokenKind::Word, 0);
        }
        let class = self.cache.classify(self.text, start, end);
        match next {
            b'.' => {
                if let Some(r) = self.dotted(start, run, class) {
                    return r;
                }
            }
            b'-' if !class.valid
                && (class.abbreviation() || run.all_upper() && run.letters >= 2) =>
            {
                if let Some(r) = self.hyphenated(end) {
                    return r;
                }
            }
            _ => {}
        }
        let (kind, flags) = run_kind(class, &run);
        (end, kind, flags)
    }

    /// `KT-XH`, `NĐ-CP`, `QĐ-UBND`: upper-case parts joined by hyphens.
    #[inline(never)]
    fn hyphenated(&mut self, mut end: usize) -> Option<(usize, TokenKind, u8)> {
        let mut joined = false;
        while self.byte(end) == b'-' && self.letter_at(end + 1) {
            let r = self.letter_run(end + 1, false);
            if !r.all_upper() || self.cache.classify(self.text, end + 1, r.end).valid {
                break;
            }
            end = r.end;
            joined = true;
        }
        joined.then_some((end, TokenKind::Abbreviation, 0))
    }

    /// A run of letters followed by a dot: `TP.HCM`, `Q.1`, `PGS.TS.`, `v.v.`, `TP.`, `H.`.
    #[inline(never)]
    fn dotted(
        &mut self,
        start: usize,
        run: Run,
        class: RunClass,
    ) -> Option<(usize, TokenKind, u8)> {
        let first_ok =
            !class.valid && (class.abbreviation() || run.all_upper() || run.letters <= 3);
        if !first_ok {
            return None;
        }
        let mut end = run.end;
        let mut last = (start, class, run);
        let mut last_digits = false;
        // Join `.` + digits or `.` + an abbreviation-like part.
        while self.byte(end) == b'.' {
            if self.digit_at(end + 1) {
                end = self.digits_end(end + 1);
                last_digits = true;
                break;
            }
            if !self.letter_at(end + 1) {
                break;
            }
            let r = self.letter_run(end + 1, false);
            let c = self.cache.classify(self.text, end + 1, r.end);
            let ok = !c.valid && (c.abbreviation() || r.all_upper())
                || r.letters == 1 && (r.all_upper() || c.abbreviation());
            if !ok {
                break;
            }
            last = (end + 1, c, r);
            end = r.end;
        }
        let joined = end > run.end;
        let mut flags = 0;
        let (seg_start, seg_class, seg_run) = last;
        let listed = if joined {
            abbreviations::builtin()
                .get(&self.text[start..end])
                .or(seg_class.listed)
        } else {
            seg_class.listed
        };
        let listed = listed.filter(|c| *c != Class::Domain);
        if listed == Some(Class::Final) {
            flags |= FINAL_ABBR;
        }
        // The trailing dot, unless it starts an ellipsis.
        if !last_digits && self.byte(end) == b'.' && self.byte(end + 1) != b'.' {
            let initial = seg_start == start
                && seg_run.letters == 1
                && seg_run.all_upper()
                && !seg_class.valid;
            match listed {
                Some(Class::Final) => {
                    return Some((end + 1, TokenKind::Abbreviation, flags | DOT_MAY_END));
                }
                Some(_) => return Some((end + 1, TokenKind::Abbreviation, flags | DOT_KEEPS)),
                None if initial => return Some((end + 1, TokenKind::Abbreviation, INITIAL)),
                None => {}
            }
        }
        joined.then_some((end, TokenKind::Abbreviation, flags))
    }

    /// A token starting with a digit: a number, a date-like numeral or a code.
    #[inline(never)]
    fn number(&mut self, start: usize) -> (usize, TokenKind, u8) {
        if start >= self.link_checked_to
            && let Some((end, kind)) = self.link(start)
        {
            return (end, kind, 0);
        }
        let mut end = self.digits_end(start);
        while matches!(self.byte(end), b'.' | b',' | b'/' | b'-' | b':') && self.digit_at(end + 1) {
            end = self.digits_end(end + 1);
        }
        let next = self.byte(end);
        // `20h30`: a time.
        if matches!(next, b'h' | b'g') && end - start <= 2 && self.digit_at(end + 1) {
            let e = self.digits_end(end + 1);
            if e - end <= 3 && !self.alnum_at(e) {
                return (e, TokenKind::Number, 0);
            }
        }
        if self.letter_at(end) {
            let r = self.letter_run(end, false);
            let after = self.byte(r.end);
            let code = r.upper > 0
                || after.is_ascii_digit()
                || matches!(after, b'-' | b'/' | b'.') && self.alnum_at(r.end + 1);
            if code {
                return (self.code_end(start), TokenKind::Code, 0);
            }
        } else if matches!(next, b'/' | b'-') && self.char_at(end + 1).is_some_and(is_upper) {
            return (self.code_end(start), TokenKind::Code, 0);
        }
        (end, TokenKind::Number, 0)
    }

    /// The end of a code: letters, digits and marks, joined by `-` and `/`, and by `.`
    /// between digits.
    fn code_end(&self, mut i: usize) -> usize {
        loop {
            if self.digit_at(i) {
                i = self.digits_end(i);
            } else if self.letter_at(i) {
                let end = self.letter_run(i, false).end;
                // `NĐ-CPngày` (a missing space): the code ends with its upper-case letters.
                if let Some(cut) = self.upper_then_lower(i, end) {
                    return cut;
                }
                i = end;
            } else {
                match self.byte(i) {
                    b'-' | b'/' if self.alnum_at(i + 1) => i += 1,
                    b'.' if self.digit_at(i + 1) && i > 0 && self.digit_at(i - 1) => i += 1,
                    _ => return i,
                }
            }
        }
    }

    /// In the letters `text[start..end]`: where a lower-case letter follows two or more
    /// upper-case ones.
    fn upper_then_lower(&self, start: usize, end: usize) -> Option<usize> {
        let mut upper = 0;
        for (off, c) in self.text.get(start..end)?.char_indices() {
            if is_combining_mark(c) {
                continue;
            }
            if is_upper(c) {
                upper += 1;
            } else {
                return (upper >= 2).then_some(start + off);
            }
        }
        None
    }

    /// A URL or an email address starting at `start` (an ASCII letter or digit).
    #[inline(never)]
    fn link(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        let t = self.text.as_bytes();
        let mut j = start;
        let mut dot = false;
        while let Some(&b) = t.get(j) {
            if b >= 0x80 {
                // Letters and marks of any script (`hoà@…`, `thư-viện.vn`).
                match self.char_at(j) {
                    Some(c) if is_letter_char(c) || is_combining_mark(c) => j += c.len_utf8(),
                    _ => break,
                }
                continue;
            }
            if !is_link_byte(b) {
                break;
            }
            dot |= b == b'.';
            j += 1;
        }
        let found = match t.get(j) {
            Some(b'@') if self.letter_at(start) || self.digit_at(start) => {
                self.email_domain_end(j + 1).map(|e| (e, TokenKind::Email))
            }
            Some(b':')
                if t.get(j..j + 3) == Some(b"://")
                    && t[start..j].iter().all(u8::is_ascii_alphabetic) =>
            {
                self.url_end(start, j + 3, j + 4)
                    .map(|e| (e, TokenKind::Url))
            }
            _ if dot => {
                let run = &t[start..j];
                let www = run.len() > 4 && run[..4].eq_ignore_ascii_case(b"www.");
                let min_end = if www {
                    Some(start + 5)
                } else {
                    self.domain_end(start, j)
                };
                min_end
                    .and_then(|m| self.url_end(start, j, m))
                    .map(|e| (e, TokenKind::Url))
            }
            _ => None,
        };
        if found.is_none() {
            self.link_checked_to = j;
        }
        found
    }

    /// When `text[start..end]` (link bytes) ends in `.suffix` with a listed domain suffix and
    /// is not followed by a letter or mark: the end of the domain.
    fn domain_end(&self, start: usize, end: usize) -> Option<usize> {
        let s = self.text[start..end].trim_end_matches(['.', '-']);
        let (name, tld) = s.rsplit_once('.')?;
        let end = start + s.len();
        if name.is_empty()
            || !name.bytes().any(|b| b.is_ascii_alphabetic())
            || name.ends_with(['.', '-'])
            || !tld.bytes().all(|b| b.is_ascii_alphabetic())
            || self.letter_at(end)
            || self.char_at(end).is_some_and(is_combining_mark)
        {
            return None;
        }
        (abbreviations::builtin().get(tld) == Some(Class::Domain)).then_some(end)
    }

    /// End of an email's domain starting at `i`: labels of letters, digits and `-` with at
    /// least one dot.
    fn email_domain_end(&self, i: usize) -> Option<usize> {
        let t = self.text.as_bytes();
        let mut j = i;
        while let Some(&b) = t.get(j) {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
                j += 1;
            } else {
                // Internationalized labels (`thư-viện.vn`), NFD included.
                match self.char_at(j) {
                    Some(c) if b >= 0x80 && (is_letter_char(c) || is_combining_mark(c)) => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
            }
        }
        let d = self.text.get(i..j)?.trim_end_matches(['.', '-']);
        let ok = d.contains('.')
            && d.split('.').all(|l| !l.is_empty())
            && d.rsplit('.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
        ok.then_some(i + d.len())
    }

    /// End of a URL: scanned from `from`, trailing punctuation left out; `None` if that
    /// leaves less than `min_end - start` bytes.
    fn url_end(&self, start: usize, from: usize, min_end: usize) -> Option<usize> {
        let t = self.text.as_bytes();
        let mut j = from;
        while let Some(&b) = t.get(j) {
            if b >= 0x80 {
                // An internationalized URL keeps its letters, marks and digits of any
                // script (`…/wiki/Hoà_Bình`); prose punctuation and spaces end it.
                match self.char_at(j) {
                    Some(c) if is_letter_char(c) || is_combining_mark(c) || c.is_numeric() => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
                continue;
            }
            if b <= b' '
                || matches!(
                    b,
                    b'<' | b'>' | b'"' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^'
                )
            {
                break;
            }
            j += 1;
        }
        let mut s = &self.text[start..j];
        loop {
            let trimmed = s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', ']']);
            let trimmed = if trimmed.ends_with(')') && !trimmed.contains('(') {
                &trimmed[..trimmed.len() - 1]
            } else {
                trimmed
            };
            if trimmed.len() == s.len() {
                break;
            }
            s = trimmed;
        }
        let end = start + s.len();
        (end >= min_end).then_some(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        for (s, want) in [
            ("8,5", Some(8.5)),
            ("34.118", Some(34118.0)),
            ("1.234,56", Some(1234.56)),
            ("60.542.000", Some(60542000.0)),
            ("2020", Some(2020.0)),
            ("1.5", Some(1.5)),
            ("32,4", Some(32.4)),
            ("4.1.2017", None),
            ("7.2017", None),
            ("1.2.3,4", None),
            ("1,2,3", None),
            ("06/01/2019", None),
            ("10:20", None),
            ("12.34.567", None),
        ] {
            assert_eq!(parse_number(s), want, "{s}");
        }
    }

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

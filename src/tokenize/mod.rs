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
//! The cache also keeps each syllable's [`Syllable::key`], so [`Token::key`] costs nothing.
//!
//! The files: `classes.rs` the byte and character tables; `run.rs` runs of letters and
//! their kinds; `cache.rs` the cache (its layout and costs are described there); `scan.rs`
//! the dispatch on the first byte, words, dotted and hyphenated forms; `number.rs` numbers,
//! codes and date-like numerals; `link.rs` URLs and emails; `abbreviations.rs` the list of
//! abbreviations and domain suffixes, which only the tokenizer reads, and the [`Dot`] rule
//! it hands to the sentence splitter. `Scanner::<true>` is the reference path: the same
//! scan without the cache probe and the 16-byte letter run, the syllable model asked about
//! every run; the property tests and the fuzz target compare it with the fast path.

mod abbreviations;
mod cache;
mod classes;
mod link;
mod number;
mod run;
mod scan;

use crate::span::Span;
use crate::syllable::Syllable;

pub(crate) use abbreviations::{Abbreviations, Dot};
pub(crate) use cache::Cache;
use number::parse_number;
pub(crate) use run::NO_KEY;
pub(crate) use scan::{Raw, Scanner};

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

/// One token: its text, where it is in the caller's text, its kind, and for a syllable its
/// key ([`Token::key`]).
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
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Token<'a> {
    /// The token's text, a slice of the caller's text.
    pub text: &'a str,
    /// Byte offsets of the token in the caller's text.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
    /// The syllable key of a syllable, `NO_KEY` otherwise (see [`Token::key`]).
    #[cfg_attr(feature = "serde", serde(skip))]
    key: u32,
}

impl std::fmt::Debug for Token<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut d = f.debug_struct("Token");
        d.field("text", &self.text)
            .field("span", &self.span)
            .field("kind", &self.kind);
        if let Some(key) = self.key() {
            d.field("key", &key);
        }
        d.finish()
    }
}

impl<'a> Token<'a> {
    /// The public token of a raw one.
    #[inline(always)]
    fn from_raw(raw: Raw<'a>) -> Self {
        debug_assert_eq!(raw.kind == TokenKind::Syllable, raw.key != NO_KEY);
        Token {
            text: raw.text,
            span: Span {
                start: raw.start,
                end: raw.end,
            },
            kind: raw.kind,
            key: raw.key,
        }
    }

    /// The [`Syllable::key`] of a [`TokenKind::Syllable`] token, `None` for other kinds:
    /// the same number for every spelling of the syllable (case, NFC or NFD, either tone
    /// style), so a lexicon of syllable keys matches the text as written. The tokenizer
    /// keeps it from the one parse that decided the token is a syllable: asking costs no
    /// second parse.
    ///
    /// # Examples
    /// ```
    /// use vntext::Syllable;
    /// let keys: Vec<Option<u32>> = vntext::tokens("Ủy ban UỶ BAN Uỷ").map(|t| t.key()).collect();
    /// assert_eq!(keys[0], Some(Syllable::parse("ủy").unwrap().key()));
    /// assert_eq!((keys[0], keys[2]), (keys[4], keys[6]));
    /// assert_eq!(keys[1], None); // a space
    /// assert_eq!(vntext::tokens("UBND").next().unwrap().key(), None);
    /// ```
    #[must_use]
    pub fn key(&self) -> Option<u32> {
        (self.key != NO_KEY).then_some(self.key)
    }

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

/// Splits `text` into tokens that, concatenated, give back `text` exactly: whitespace and
/// newlines are [`TokenKind::Space`] tokens. Spans are byte offsets into `text`. Allocates
/// nothing per token.
///
/// What the syllable model says about each distinct spelling is kept in a per-thread cache
/// of about 410 KiB, allocated on first use and kept for the thread's life (a second one
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

/// [`tokens`], also knowing the abbreviations of a user's word list.
pub(crate) fn tokens_with(text: &str, extra: Option<std::sync::Arc<Abbreviations>>) -> Tokens<'_> {
    Tokens {
        scanner: Scanner::new(text).with_abbreviations(extra),
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

/// The tokens of `text` by the tokenizer's reference path: the same scan without the cache
/// probe and the 16-byte letter run, the syllable model asked about every run. For the
/// property tests and the fuzz target, which compare it with [`tokens`].
///
/// # Examples
/// ```
/// let text = "Ngày 06/01/2019, UBND tỉnh";
/// assert_eq!(vntext::reference_tokens(text), vntext::tokens(text).collect::<Vec<_>>());
/// ```
#[doc(hidden)]
#[must_use]
pub fn reference_tokens(text: &str) -> Vec<Token<'_>> {
    let mut scanner = Scanner::reference(text);
    std::iter::from_fn(|| scanner.next_raw().map(Token::from_raw)).collect()
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
        self.scanner.next_raw().map(Token::from_raw)
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

//! Clean, machine-readable Vietnamese text.
//!
//! `vntext` normalizes Vietnamese text (NFC/NFD, tone-mark placement in the old `hòa` or the
//! new `hoà` convention, repair of misplaced or doubled marks, accent folding for search
//! keys), parses single syllables into their parts, splits text into tokens and sentences with
//! byte spans, and converts text from the old 8-bit encodings (TCVN3, VNI, VIQR, VISCII, VPS,
//! Windows-1258). Everything rests on one syllable model ([`Syllable`]): any spelling of a
//! syllable — upper or lower case, NFC or NFD, the tone mark on any of its vowels — is parsed
//! once and written back in the form and style you ask for; the normalizer, the tokenizer and
//! the legacy decoders all use it. Text that is not Vietnamese passes through unchanged apart
//! from plain Unicode normalization.
//!
//! # Overview
//! - [`Syllable`]: parse one syllable ([`Syllable::parse`], [`is_valid`]), inspect its
//!   [`Onset`], [`Glide`], [`Nucleus`], [`Coda`] and [`Tone`], write it back in any [`Form`]
//!   and [`ToneStyle`]; [`Syllable::key`] matches every spelling of it.
//! - [`Normalizer`]: normalize whole texts; [`normalize()`], [`nfc`], [`nfd`] for the defaults,
//!   [`fold`] for search keys.
//! - [`tokens`], [`words`], [`sentences`]: [`Token`]s of every [`TokenKind`] and sentence
//!   [`Span`]s, as byte offsets into the caller's text; [`Token::key`] gives a syllable
//!   token's [`Syllable::key`] without parsing it again.
//! - [`Encoding`]: decode and encode the legacy encodings; [`detect`] / [`detect_str`] find
//!   them; [`convert_legacy_runs`] repairs the legacy runs of a mixed text.
//!
//! # Example
//! ```
//! use vntext::{Form, Normalizer, ToneStyle};
//!
//! // NFD input, the new tone style, a mark typed on the wrong vowel:
//! let text = "Ho\u{300}a Bi\u{300}nh, thuỷ lợi, qủa";
//! assert_eq!(vntext::normalize(text), "Hòa Bình, thủy lợi, quả");
//!
//! let new_style = Normalizer::new().tone(ToneStyle::New);
//! assert_eq!(new_style.normalize("Ủy ban nhân dân"), "Uỷ ban nhân dân");
//!
//! assert_eq!(vntext::fold("Lạng Sơn", vntext::Fold::All), "Lang Son");
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

mod data;
mod extract;
mod legacy;
mod letters;
mod lexicon;
mod name;
mod normalize;
mod sentence;
mod span;
mod swar;
mod syllable;
mod tokenize;
mod tone;
mod utf8;

pub use data::{DataError, DataErrorKind};
pub use extract::{
    Abbreviation, Abbreviations, CalendarDate, Date, DateValue, Dates, Decimal, Extracted,
    Extractor, Kind, Match, Matches, ParseDateError, ParseDecimalError, PercentValue, Percentages,
    Period, Person, Persons, Precision, Qualifier, Title, Titles, abbreviations, dates,
    expand_abbreviations, extract, percentages, persons, titles,
};
pub use legacy::{
    Detection, EncodeError, EncodeErrorKind, Encoder, Encoding, ParseEncodingError,
    convert_legacy_runs, detect, detect_str,
};
pub use lexicon::{Entry, EntryKind, Lexicon};
pub use name::ParseNameError;
pub use normalize::{Fold, Normalizer, fold, is_normalized, nfc, nfd, normalize};
pub use sentence::{Sentences, sentences};
pub use span::Span;
pub use syllable::{
    Coda, Form, Glide, Nucleus, Onset, Syllable, SyllableError, SyllableErrorKind, ToneStyle,
    is_valid,
};
#[doc(hidden)]
pub use tokenize::reference_tokens;
pub use tokenize::{Token, TokenKind, Tokens, Words, tokens, words};
pub use tone::Tone;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

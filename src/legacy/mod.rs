//! Legacy 8-bit Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VIQR, VISCII, VPS and
//! Windows-1258 → NFC Unicode and back, and detection of which one a text is in.
//!
//! The mapping tables are data (`data/legacy/*.tsv`), parsed once at first use. Decoding is a
//! longest-match walk over a byte trie; output that contains combining marks (Windows-1258
//! tones, TCVN3's combining bytes) is composed by the crate's [`Normalizer`] with
//! [`ToneStyle::Keep`], so a decoder converts the encoding and never restyles the text.
//!
//! A `&str` reaches Unicode by one path, whether its encoding was detected or given:
//! [`Encoding::decode_runs`], which decodes the legacy runs of the text and keeps its Unicode
//! (see `runs.rs`); [`convert_legacy_runs`] is detection followed by that path. Detection and
//! run decoding judge words by one rule (`evidence.rs`): how many become Vietnamese syllables
//! when decoded against how many already are.

mod detect;
mod evidence;
mod runs;
mod table;
mod viqr;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use unicode_normalization::char::canonical_combining_class;

use crate::letters;
use crate::normalize::Normalizer;
use crate::syllable::ToneStyle;

pub use detect::{Detection, convert_legacy_runs, detect, detect_str};

/// A legacy Vietnamese encoding.
///
/// Bytes that an encoding does not map decode to their Windows-1252 character (the five
/// positions Windows-1252 leaves undefined, 81 8D 8F 90 9D, to the Latin-1 C1 control of the
/// same value), so decoding is total: it never fails and never writes U+FFFD.
///
/// # Examples
/// ```
/// use vntext::Encoding;
/// assert_eq!(Encoding::Tcvn3.decode(b"C\xe9ng h\xdfa"), "Cộng hòa");
/// assert_eq!(Encoding::Vni.decode_str("Coäng hoøa"), "Cộng hòa");
/// assert_eq!(Encoding::Viqr.decode(b"Vie^.t Nam"), "Việt Nam");
/// assert_eq!("tcvn3".parse(), Ok(Encoding::Tcvn3));
/// ```
///
/// With the `serde` feature an encoding is written as its [`Encoding::name`] (`"tcvn3"`,
/// `"cp1258"`) and read from that or the other names [`Encoding::from_name`] accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Encoding {
    /// TCVN3 (ABC, TCVN 5712:1993 VN3), the `.VnTime` fonts: one byte per letter, lower-case
    /// toned vowels only. Upper-case toned vowels exist only as the later VN1 codes; those
    /// outside 0x80–0x9F are decoded, those inside are read as Windows-1252 punctuation
    /// (`“ ” – …`), which is what ABC documents have there. Text set in the upper-case fonts
    /// (`.VnTimeH`) used the lower-case bytes and decodes to lower case.
    #[cfg_attr(feature = "serde", serde(alias = "tcvn", alias = "abc"))]
    Tcvn3,
    /// VNI-Windows (VNI fonts): a base letter followed by one or two modifier bytes (`Coäng`).
    #[cfg_attr(feature = "serde", serde(alias = "vni-windows"))]
    Vni,
    /// VIQR (RFC 1456): ASCII with ``^ ( +`` (or `*` for the horn) and ``' ` ? ~ .`` after
    /// the letter, `dd` for `đ`: `Vie^.t Nam`, `nu*o*'c`. Only words that decode to a
    /// Vietnamese syllable are decoded, and a word whose only marks are ``' . ?`` (which
    /// English also writes after letters: `I'm`, `a.m.`, `me?`) only where the text around
    /// it reads as VIQR.
    Viqr,
    /// VISCII (RFC 1456): one byte per letter, six upper-case letters in C0 positions.
    Viscii,
    /// VPS: one byte per letter, several in C0 positions; it has no `Ỗ`.
    Vps,
    /// Windows-1258: `ă â ê ô ơ ư đ` and some toned letters precomposed, the other tones as
    /// combining bytes.
    #[cfg_attr(feature = "serde", serde(alias = "windows-1258"))]
    Cp1258,
}

impl Encoding {
    /// Every encoding, in the order detection prefers them on a tie. A slice, so that adding
    /// an encoding is not a breaking change.
    ///
    /// # Examples
    /// ```
    /// use vntext::Encoding;
    /// // The same sentence, `Hà Nội`, written in every encoding and read back.
    /// for &e in Encoding::ALL {
    ///     let bytes = e.encode("Hà Nội").unwrap();
    ///     assert_eq!(e.decode(&bytes), "Hà Nội", "{e}");
    /// }
    /// assert!(Encoding::ALL.contains(&Encoding::Vni));
    /// ```
    pub const ALL: &'static [Encoding] = &[
        Encoding::Tcvn3,
        Encoding::Vni,
        Encoding::Viqr,
        Encoding::Viscii,
        Encoding::Vps,
        Encoding::Cp1258,
    ];

    /// The short lower-case name the CLI uses: `tcvn3`, `vni`, `viqr`, `viscii`, `vps`,
    /// `cp1258`.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Encoding::Cp1258.name(), "cp1258");
    /// assert_eq!(vntext::Encoding::Tcvn3.decode(b"Vi\xd6t"), "Việt");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Tcvn3 => "tcvn3",
            Encoding::Vni => "vni",
            Encoding::Viqr => "viqr",
            Encoding::Viscii => "viscii",
            Encoding::Vps => "vps",
            Encoding::Cp1258 => "cp1258",
        }
    }

    /// The encoding of a name, case-insensitive; also accepts `abc`, `tcvn`, `windows-1258`
    /// and `vni-windows`. A convenience for `name.parse().ok()` (see the [`FromStr`] impl,
    /// whose error says what was expected).
    ///
    /// # Examples
    /// ```
    /// use vntext::Encoding;
    /// assert_eq!(Encoding::from_name("ABC"), Some(Encoding::Tcvn3));
    /// assert_eq!(Encoding::from_name("windows-1258"), Some(Encoding::Cp1258));
    /// assert_eq!(Encoding::from_name("utf-8"), None);
    /// let tcvn3 = Encoding::from_name("TCVN3").unwrap();
    /// assert_eq!(tcvn3.decode(b"L\xb9ng S\xacn"), "Lạng Sơn");
    /// ```
    #[must_use]
    pub fn from_name(name: &str) -> Option<Encoding> {
        Some(match name.to_ascii_lowercase().as_str() {
            "tcvn3" | "tcvn" | "abc" => Encoding::Tcvn3,
            "vni" | "vni-windows" => Encoding::Vni,
            "viqr" => Encoding::Viqr,
            "viscii" => Encoding::Viscii,
            "vps" => Encoding::Vps,
            "cp1258" | "windows-1258" => Encoding::Cp1258,
            _ => return None,
        })
    }

    /// Decodes legacy bytes to NFC Unicode.
    ///
    /// # Examples
    /// ```
    /// use vntext::Encoding;
    /// let tcvn3 = b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam";
    /// assert_eq!(Encoding::Tcvn3.decode(tcvn3), "Cộng hòa xã hội chủ nghĩa Việt Nam");
    /// // Windows-1258: `ê` + a combining dot below, composed.
    /// assert_eq!(Encoding::Cp1258.decode(b"Vi\xea\xf2t"), "Việt");
    /// ```
    #[must_use]
    pub fn decode(self, bytes: &[u8]) -> String {
        let mut out = String::new();
        self.decode_to(bytes, &mut out);
        out
    }

    /// Appends the decoding of `bytes` to `out`, for callers that reuse a buffer.
    ///
    /// # Examples
    /// ```
    /// let mut out = String::from("Tỉnh ");
    /// vntext::Encoding::Vni.decode_to(b"La\xefng S\xf4n", &mut out);
    /// assert_eq!(out, "Tỉnh Lạng Sơn");
    /// ```
    pub fn decode_to(self, bytes: &[u8], out: &mut String) {
        if self == Encoding::Viqr {
            viqr::decode_bytes(bytes, out);
            return;
        }
        let start = out.len();
        if table::table(self).decode_to(bytes, out) {
            compose_tail(out, start);
        }
    }

    /// Decodes a garbled string: legacy bytes that were read as Windows-1252 or Latin-1.
    /// Every Windows-1252/Latin-1 character is taken for a legacy byte, so Unicode
    /// Vietnamese written with them (`Giá`) is decoded too; characters that are not
    /// Windows-1252/Latin-1 (`ơ`, `ạ`) are kept. To convert only the legacy runs of a text and
    /// leave its Unicode alone, which is what the CLI does with `--from`, see
    /// [`Encoding::decode_runs`].
    ///
    /// # Examples
    /// ```
    /// use vntext::Encoding;
    /// assert_eq!(
    ///     Encoding::Tcvn3.decode_str("Céng hßa x· héi chñ nghÜa ViÖt Nam"),
    ///     "Cộng hòa xã hội chủ nghĩa Việt Nam"
    /// );
    /// assert_eq!(Encoding::Vni.decode_str("Coäng hoøa xaõ hoäi"), "Cộng hòa xã hội");
    /// ```
    #[must_use]
    pub fn decode_str(self, garbled: &str) -> String {
        let mut out = String::with_capacity(garbled.len());
        self.decode_str_to(garbled, &mut out);
        out
    }

    /// [`Encoding::decode_str`] appending to a buffer.
    pub(crate) fn decode_str_to(self, garbled: &str, out: &mut String) {
        if self == Encoding::Viqr {
            viqr::decode_nfc(garbled, out);
            return;
        }
        let start = out.len();
        if self.decode_str_raw(garbled, out, &mut Vec::new()) {
            compose_tail(out, start);
        }
    }

    /// [`Encoding::decode_str`] for a table encoding without the final composition: returns
    /// whether `out` needs composing (it has combining marks, decoded or kept from the input).
    /// `bytes` is scratch space.
    pub(crate) fn decode_str_raw(
        self,
        garbled: &str,
        out: &mut String,
        bytes: &mut Vec<u8>,
    ) -> bool {
        debug_assert!(self != Encoding::Viqr);
        let t = table::table(self);
        bytes.clear();
        let mut marks = false;
        for c in garbled.chars() {
            match table::cp1252_byte(c) {
                Some(b) => bytes.push(b),
                None => {
                    marks |= t.decode_to(bytes, out);
                    bytes.clear();
                    out.push(c);
                }
            }
        }
        marks |= t.decode_to(bytes, out);
        // Unicode marks kept from the input may need composing with decoded letters too.
        marks || !garbled.is_ascii()
    }

    /// Decodes the legacy runs of a text (garbled legacy text: bytes read as Windows-1252,
    /// or VIQR) and keeps its Unicode. The one path from a `&str` to Unicode: the CLI takes it
    /// with `--from auto` and with an explicit encoding, and [`convert_legacy_runs`] is
    /// detection followed by it.
    ///
    /// Words are judged by how they read: a word that decodes to a Vietnamese syllable and is
    /// not one as written is legacy; a word with a letter legacy text cannot contain (`ơ`,
    /// `ạ`, any non-Latin letter), or a syllable that decoding would break, is Unicode;
    /// symbols (`5€`, `©`, `½`) and words that read as syllables both ways say nothing and go
    /// with their neighbours. A text that is all legacy comes out exactly as
    /// [`Encoding::decode_str`] gives it; a text with no legacy word is borrowed. For VIQR this
    /// is the VIQR decoder itself. Decoded text is NFC; the Unicode the text already had is
    /// kept as it is (normalizing it is [`Normalizer`]'s work).
    ///
    /// # Examples
    /// ```
    /// use std::borrow::Cow;
    /// use vntext::Encoding;
    /// let mixed = "Ủy ban nhân dân tỉnh: Céng hßa x· héi chñ nghÜa ViÖt Nam";
    /// assert_eq!(
    ///     Encoding::Tcvn3.decode_runs(mixed),
    ///     "Ủy ban nhân dân tỉnh: Cộng hòa xã hội chủ nghĩa Việt Nam"
    /// );
    /// // Unicode with symbols that are letters in VISCII is left alone.
    /// let unicode = "Giá 5€, © 2020 Báo Mới » Kinh tế";
    /// assert!(matches!(Encoding::Viscii.decode_runs(unicode), Cow::Borrowed(_)));
    /// ```
    #[must_use]
    pub fn decode_runs(self, text: &str) -> Cow<'_, str> {
        runs::decode_runs(self, text)
    }

    /// Encodes Unicode text (NFC, NFD or mixed) in this encoding, reporting the first
    /// character it cannot write. Same as `Encoder::new(self).encode(text)`.
    ///
    /// # Errors
    /// An [`EncodeError`] with the character and its byte offset in `text` when the encoding
    /// cannot represent a character of `text`.
    ///
    /// # Examples
    /// ```
    /// use vntext::{EncodeErrorKind, Encoding};
    /// assert_eq!(Encoding::Vni.encode("Cộng hòa").unwrap(), b"Co\xe4ng ho\xf8a");
    /// assert_eq!(Encoding::Viqr.encode("Việt Nam").unwrap(), b"Vie^.t Nam");
    /// let err = Encoding::Tcvn3.encode("VIỆT NAM").unwrap_err();
    /// assert_eq!((err.offset(), err.char()), (2, 'Ệ'));
    /// assert_eq!(err.kind(), EncodeErrorKind::UpperCaseToned);
    /// ```
    pub fn encode(self, text: &str) -> Result<Vec<u8>, EncodeError> {
        Encoder::new(self).encode(text)
    }
}

/// Parses the names [`Encoding::from_name`] accepts, and the [`Display`](fmt::Display) names
/// (`TCVN3`, `Windows-1258`).
///
/// # Examples
/// ```
/// use vntext::Encoding;
/// let e: Encoding = "vni".parse().unwrap();
/// assert_eq!(e.decode_str("Vieät Nam"), "Việt Nam");
/// let err = "utf-8".parse::<Encoding>().unwrap_err();
/// assert_eq!(err.name(), "utf-8");
/// ```
impl FromStr for Encoding {
    type Err = ParseEncodingError;

    fn from_str(s: &str) -> Result<Encoding, ParseEncodingError> {
        Encoding::from_name(s).ok_or_else(|| ParseEncodingError {
            name: s.to_string(),
        })
    }
}

/// A name that is not one of the legacy encodings, from [`Encoding`]'s [`FromStr`].
///
/// # Examples
/// ```
/// let err = "Unicode tổ hợp".parse::<vntext::Encoding>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown legacy encoding \"Unicode tổ hợp\" (expected tcvn3, vni, viqr, viscii, vps or cp1258)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseEncodingError {
    name: String,
}

impl ParseEncodingError {
    /// The name that was not recognised.
    ///
    /// # Examples
    /// ```
    /// let err = "Việt".parse::<vntext::Encoding>().unwrap_err();
    /// assert_eq!(err.name(), "Việt");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl fmt::Display for ParseEncodingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown legacy encoding {:?} (expected ", self.name)?;
        for (i, e) in Encoding::ALL.iter().enumerate() {
            let sep = match i {
                0 => "",
                _ if i + 1 == Encoding::ALL.len() => " or ",
                _ => ", ",
            };
            write!(f, "{sep}{}", e.name())?;
        }
        f.write_str(")")
    }
}

impl std::error::Error for ParseEncodingError {}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Encoding::Tcvn3 => "TCVN3",
            Encoding::Vni => "VNI",
            Encoding::Viqr => "VIQR",
            Encoding::Viscii => "VISCII",
            Encoding::Vps => "VPS",
            Encoding::Cp1258 => "Windows-1258",
        })
    }
}

/// Composes `out[start..]` in place with the crate's normalizer (NFC, tone style kept).
fn compose_tail(out: &mut String, start: usize) {
    let n = Normalizer::new().tone(ToneStyle::Keep);
    if let Cow::Owned(s) = n.normalize(&out[start..]) {
        out.truncate(start);
        out.push_str(&s);
    }
}

/// Unicode → legacy bytes, with options.
///
/// TCVN3 has no upper-case toned vowels (ABC's upper case came from separate fonts,
/// `.VnTimeH`, that draw the lower-case bytes as capitals). By default they are reported as
/// [`EncodeErrorKind::UpperCaseToned`]; with [`Encoder::case_fallback`] they are written with
/// the lower-case byte, the upper-case-font convention (the case is then lost: the bytes
/// decode to lower case).
///
/// # Examples
/// ```
/// use vntext::{Encoder, Encoding};
/// let abc = Encoder::new(Encoding::Tcvn3).case_fallback(true);
/// let bytes = abc.encode("ỦY BAN").unwrap();
/// assert_eq!(bytes, b"\xf1Y BAN");
/// assert_eq!(Encoding::Tcvn3.decode(&bytes), "ủY BAN");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Encoder {
    encoding: Encoding,
    case_fallback: bool,
}

impl Encoder {
    /// A strict encoder for `encoding`.
    ///
    /// # Examples
    /// ```
    /// let vni = vntext::Encoder::new(vntext::Encoding::Vni);
    /// assert_eq!(vni.encode("Sơn").unwrap(), b"S\xf4n");
    /// ```
    #[must_use]
    pub const fn new(encoding: Encoding) -> Self {
        Encoder {
            encoding,
            case_fallback: false,
        }
    }

    /// TCVN3 only: write upper-case toned vowels with their lower-case byte (the `.VnTimeH`
    /// upper-case font convention) instead of reporting them. No effect on other encodings.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Encoder, Encoding};
    /// assert!(Encoder::new(Encoding::Tcvn3).encode("Ủy").is_err());
    /// assert_eq!(Encoder::new(Encoding::Tcvn3).case_fallback(true).encode("Ủy").unwrap(), b"\xf1y");
    /// ```
    #[must_use]
    pub const fn case_fallback(mut self, on: bool) -> Self {
        self.case_fallback = on;
        self
    }

    /// Encodes `text`; see [`Encoding::encode`].
    ///
    /// # Errors
    /// An [`EncodeError`] for the first character the encoding cannot represent.
    ///
    /// # Examples
    /// ```
    /// let tcvn3 = vntext::Encoder::new(vntext::Encoding::Tcvn3);
    /// assert_eq!(tcvn3.encode("Lạng Sơn").unwrap(), b"L\xb9ng S\xacn");
    /// ```
    pub fn encode(&self, text: &str) -> Result<Vec<u8>, EncodeError> {
        let mut out = Vec::with_capacity(text.len());
        self.encode_to(text, &mut out)?;
        Ok(out)
    }

    /// Appends the encoding of `text` to `out`; on error, `out` holds the bytes of everything
    /// before the character reported.
    ///
    /// # Errors
    /// An [`EncodeError`] for the first character the encoding cannot represent.
    ///
    /// # Examples
    /// ```
    /// let mut out = Vec::new();
    /// let vni = vntext::Encoder::new(vntext::Encoding::Vni);
    /// assert!(vni.encode_to("Đà Nẵng ✓", &mut out).is_err());
    /// assert_eq!(out, b"\xd1a\xf8 Na\xfcng ");
    /// ```
    pub fn encode_to(&self, text: &str, out: &mut Vec<u8>) -> Result<(), EncodeError> {
        let t = table::table(self.encoding);
        let lt = letters::tables();
        let mut prev: Option<char> = None;
        let mut cluster = String::new();
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            // A base character and the combining marks after it, composed.
            let mut end = i + c.len_utf8();
            let mut n = 1;
            while let Some(&(j, m)) = chars.peek() {
                if canonical_combining_class(m) == 0 {
                    break;
                }
                end = j + m.len_utf8();
                n += 1;
                chars.next();
            }
            let ch = if n == 1 {
                c
            } else {
                cluster.clear();
                cluster.push_str(&text[i..end]);
                let composed = Normalizer::new().tone(ToneStyle::Keep).normalize(&cluster);
                let mut cs = composed.chars();
                match (cs.next(), cs.next()) {
                    (Some(one), None) => one,
                    _ => {
                        // Marks that do not compose with their base: report the first mark.
                        let at = i + c.len_utf8();
                        let mark = text[at..end].chars().next().unwrap_or(c);
                        return Err(EncodeError {
                            encoding: self.encoding,
                            ch: mark,
                            offset: at,
                            kind: EncodeErrorKind::Unrepresentable,
                        });
                    }
                }
            };
            let ok = if self.encoding == Encoding::Viqr {
                viqr::encode_char(ch, prev, out).is_some()
            } else if let Some(bytes) = t.encode_char(ch) {
                out.extend_from_slice(bytes);
                true
            } else if let Some(b) =
                table::cp1252_byte(ch).filter(|&b| (0x20..0x80).contains(&b) || !t.uses(b))
            {
                // ASCII, and Windows-1252 characters whose byte the encoding leaves alone.
                // (ASCII control positions hold letters in VISCII, VPS and TCVN3.)
                out.push(b);
                true
            } else if self.encoding == Encoding::Tcvn3 && lt.letter(ch).is_some_and(|l| l.upper) {
                let lower = ch.to_lowercase().next().unwrap_or(ch);
                match t.encode_char(lower) {
                    Some(bytes) if self.case_fallback => {
                        out.extend_from_slice(bytes);
                        true
                    }
                    Some(_) => {
                        let kind = EncodeErrorKind::UpperCaseToned;
                        return Err(EncodeError {
                            encoding: self.encoding,
                            ch,
                            offset: i,
                            kind,
                        });
                    }
                    None => false,
                }
            } else {
                false
            };
            if !ok {
                let kind = EncodeErrorKind::Unrepresentable;
                return Err(EncodeError {
                    encoding: self.encoding,
                    ch,
                    offset: i,
                    kind,
                });
            }
            prev = Some(ch);
        }
        Ok(())
    }
}

/// What kind of character an encoder could not write.
///
/// # Examples
/// ```
/// use vntext::{EncodeErrorKind, Encoding};
/// let err = Encoding::Viqr.encode("Hà Nội – 2020").unwrap_err();
/// assert_eq!(err.kind(), EncodeErrorKind::Unrepresentable);
/// assert_eq!(err.kind().to_string(), "no code for the character");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodeErrorKind {
    /// The encoding has no code for the character.
    Unrepresentable,
    /// An upper-case toned vowel in TCVN3, which has none; see [`Encoder::case_fallback`].
    UpperCaseToned,
}

/// A character an [`Encoder`] cannot write, and where it is: a byte offset into the text
/// given to the encoder, like every offset in this crate.
///
/// # Examples
/// ```
/// let text = "Hội đồng ỖNG";
/// let err = vntext::Encoding::Vps.encode(text).unwrap_err();
/// assert_eq!(err.to_string(), "VPS cannot represent 'Ỗ' (U+1ED6) at byte 14");
/// assert!(text[err.offset()..].starts_with('Ỗ'));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    encoding: Encoding,
    ch: char,
    offset: usize,
    kind: EncodeErrorKind,
}

impl fmt::Display for EncodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            EncodeErrorKind::Unrepresentable => "no code for the character",
            EncodeErrorKind::UpperCaseToned => "upper-case toned vowel (TCVN3 has none)",
        })
    }
}

impl EncodeError {
    /// What went wrong.
    ///
    /// # Examples
    /// ```
    /// use vntext::{EncodeErrorKind, Encoding};
    /// let err = Encoding::Tcvn3.encode("Ấn").unwrap_err();
    /// assert_eq!(err.kind(), EncodeErrorKind::UpperCaseToned);
    /// ```
    #[must_use]
    pub fn kind(&self) -> EncodeErrorKind {
        self.kind
    }

    /// The character that could not be written (composed, when the input had it as a base
    /// letter and combining marks).
    ///
    /// # Examples
    /// ```
    /// let err = vntext::Encoding::Viscii.encode("Sài Gòn €").unwrap_err();
    /// assert_eq!(err.char(), '€');
    /// ```
    #[must_use]
    pub fn char(&self) -> char {
        self.ch
    }

    /// Byte offset of the character in the text given to the encoder (the start of its base
    /// letter when it was written as a letter and combining marks; of the mark when a mark
    /// does not compose with its letter), so `&text[err.offset()..]` starts with it.
    ///
    /// # Examples
    /// ```
    /// let text = "Hà Nội → Huế";
    /// let err = vntext::Encoding::Viqr.encode(text).unwrap_err();
    /// assert_eq!(err.offset(), 10);
    /// assert!(text[err.offset()..].starts_with('→'));
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The encoding that was asked for.
    ///
    /// # Examples
    /// ```
    /// let err = vntext::Encoding::Vps.encode("Ỗ").unwrap_err();
    /// assert_eq!(err.encoding(), vntext::Encoding::Vps);
    /// ```
    #[must_use]
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} cannot represent '{}' (U+{:04X}) at byte {}",
            self.encoding, self.ch, self.ch as u32, self.offset
        )?;
        if self.kind == EncodeErrorKind::UpperCaseToned {
            f.write_str(": TCVN3 has no upper-case toned vowels (see Encoder::case_fallback)")?;
        }
        Ok(())
    }
}

impl std::error::Error for EncodeError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (i, &e) in Encoding::ALL.iter().enumerate() {
            assert_eq!(Encoding::from_name(e.name()), Some(e));
            // The tables are indexed by the variant's number.
            assert_eq!(e as usize, i);
        }
    }

    #[test]
    fn nfd_input_encodes() {
        assert_eq!(
            Encoding::Vni.encode("Vie\u{323}\u{302}t").ok(),
            Encoding::Vni.encode("Việt").ok()
        );
        let err = Encoding::Vni.encode("x\u{302}").unwrap_err();
        assert_eq!((err.offset(), err.char()), (1, '\u{302}'));
        let err = Encoding::Vni.encode("Việt x\u{302}").unwrap_err();
        assert_eq!((err.offset(), err.char()), (8, '\u{302}'));
    }

    #[test]
    fn tcvn3_combining_bytes_compose() {
        // VN1 combining tone bytes after a base letter.
        assert_eq!(Encoding::Tcvn3.decode(b"a\xb3"), "á");
    }
}

//! Legacy 8-bit Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VIQR, VISCII, VPS and
//! Windows-1258 → NFC Unicode and back, and detection of which one a text is in.
//!
//! The mapping tables are data (`data/legacy/*.tsv`), parsed once at first use. Decoding is a
//! longest-match walk over a byte trie; output that contains combining marks (Windows-1258
//! tones, TCVN3's combining bytes) is composed by the crate's [`Normalizer`] with
//! [`ToneStyle::Keep`], so a decoder converts the encoding and never restyles the text.

mod detect;
mod table;
mod viqr;

use std::borrow::Cow;
use std::fmt;

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
/// assert_eq!(Encoding::from_name("tcvn3"), Some(Encoding::Tcvn3));
/// ```
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
    Tcvn3,
    /// VNI-Windows (VNI fonts): a base letter followed by one or two modifier bytes (`Coäng`).
    Vni,
    /// VIQR (RFC 1456): ASCII with `^ ( +` and `' \` ? ~ .` after the letter, `dd` for `đ`.
    Viqr,
    /// VISCII (RFC 1456): one byte per letter, six upper-case letters in C0 positions.
    Viscii,
    /// VPS: one byte per letter, several in C0 positions; it has no `Ỗ`.
    Vps,
    /// Windows-1258: `ă â ê ô ơ ư đ` and some toned letters precomposed, the other tones as
    /// combining bytes.
    Cp1258,
}

impl Encoding {
    /// Every encoding, in the order detection prefers them on a tie.
    ///
    /// # Examples
    /// ```
    /// assert!(vntext::Encoding::ALL.contains(&vntext::Encoding::Vni));
    /// ```
    pub const ALL: [Encoding; 6] = [
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
    /// ```
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
    /// and `vni-windows`.
    ///
    /// # Examples
    /// ```
    /// use vntext::Encoding;
    /// assert_eq!(Encoding::from_name("ABC"), Some(Encoding::Tcvn3));
    /// assert_eq!(Encoding::from_name("windows-1258"), Some(Encoding::Cp1258));
    /// assert_eq!(Encoding::from_name("utf-8"), None);
    /// ```
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
    /// Characters that are not Windows-1252/Latin-1 (already Unicode Vietnamese, say) are
    /// kept as they are; to convert only the legacy runs of a mixed text, see
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
    pub fn decode_str(self, garbled: &str) -> String {
        let mut out = String::with_capacity(garbled.len());
        self.decode_str_to(garbled, &mut out);
        out
    }

    /// [`Encoding::decode_str`] appending to a buffer.
    pub(crate) fn decode_str_to(self, garbled: &str, out: &mut String) {
        if self == Encoding::Viqr {
            viqr::decode_to(garbled, out);
            return;
        }
        let start = out.len();
        let t = table::table(self);
        let mut bytes = Vec::new();
        let mut marks = false;
        for c in garbled.chars() {
            match table::cp1252_byte(c) {
                Some(b) => bytes.push(b),
                None => {
                    marks |= t.decode_to(&bytes, out);
                    bytes.clear();
                    out.push(c);
                }
            }
        }
        marks |= t.decode_to(&bytes, out);
        if marks || !garbled.is_ascii() {
            // Unicode marks kept from the input may need composing with decoded letters too.
            compose_tail(out, start);
        }
    }

    /// Converts only the legacy runs of a text that mixes Unicode and garbled legacy text
    /// (bytes read as Windows-1252): each word is converted when its decoding is a Vietnamese
    /// syllable and the word as written is not; words that could be either follow their
    /// neighbours. Borrows the text when nothing changes.
    ///
    /// # Examples
    /// ```
    /// use vntext::Encoding;
    /// let mixed = "Ủy ban nhân dân tỉnh: Céng hßa x· héi chñ nghÜa ViÖt Nam";
    /// assert_eq!(
    ///     Encoding::Tcvn3.decode_runs(mixed),
    ///     "Ủy ban nhân dân tỉnh: Cộng hòa xã hội chủ nghĩa Việt Nam"
    /// );
    /// ```
    pub fn decode_runs(self, text: &str) -> Cow<'_, str> {
        detect::decode_runs(self, text)
    }

    /// Encodes Unicode text (NFC, NFD or mixed) in this encoding, reporting the first
    /// character it cannot write. Same as `Encoder::new(self).encode(text)`.
    ///
    /// # Errors
    /// An [`EncodeError`] with the character and its offset (in chars) when the encoding
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
        let mut offset = 0usize; // in chars
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
                        let (kind, at) = (EncodeErrorKind::Unrepresentable, offset + 1);
                        let mark = text[i..end].chars().nth(1).unwrap_or(c);
                        return Err(EncodeError {
                            encoding: self.encoding,
                            ch: mark,
                            offset: at,
                            kind,
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
                            offset,
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
                    offset,
                    kind,
                });
            }
            prev = Some(ch);
            offset += n;
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
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EncodeErrorKind {
    /// The encoding has no code for the character.
    Unrepresentable,
    /// An upper-case toned vowel in TCVN3, which has none; see [`Encoder::case_fallback`].
    UpperCaseToned,
}

/// A character an [`Encoder`] cannot write, and where it is.
///
/// # Examples
/// ```
/// let err = vntext::Encoding::Vps.encode("Ỗ").unwrap_err();
/// assert_eq!(err.to_string(), "VPS cannot represent 'Ỗ' (U+1ED6) at character 0");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncodeError {
    encoding: Encoding,
    ch: char,
    offset: usize,
    kind: EncodeErrorKind,
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
    pub fn char(&self) -> char {
        self.ch
    }

    /// Offset of the character in the input, counted in chars (not bytes).
    ///
    /// # Examples
    /// ```
    /// let err = vntext::Encoding::Viqr.encode("Hà Nội → Huế").unwrap_err();
    /// assert_eq!(err.offset(), 7);
    /// ```
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
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }
}

impl fmt::Display for EncodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} cannot represent '{}' (U+{:04X}) at character {}",
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
        for e in Encoding::ALL {
            assert_eq!(Encoding::from_name(e.name()), Some(e));
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
    }

    #[test]
    fn tcvn3_combining_bytes_compose() {
        // VN1 combining tone bytes after a base letter.
        assert_eq!(Encoding::Tcvn3.decode(b"a\xb3"), "á");
    }
}

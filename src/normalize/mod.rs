//! Whole-text normalization: Unicode form, tone-mark style, repairs, accent folding.
//!
//! The fast path looks only at non-ASCII characters, found 64 bytes at a time as a bit mask
//! of lead bytes, so that each character is checked without waiting for the one before. A
//! precomposed toned vowel is accepted from one eight-byte load around it: its kind (from a
//! table indexed by its last two bytes) and the classes of the three bytes before and two
//! after decide, by one bit of a compile-time table, the common cases (`cá`, `tài`, `của`,
//! `hòa`, `quá`, `giải`, `đoàn`, `ngoài`, `huỳnh`). The rest is checked against a cached
//! table of where the syllable model puts the mark for its vowel cluster; any combining mark
//! or other character that is not stable under NFC sends just that word to the slow path
//! (decode, [`Syllable`](crate::Syllable) and write back, or plain Unicode NFC for what is not Vietnamese).
//! Decomposed input is first composed letter by letter in one pass. Text that is already
//! normalized is returned borrowed.

mod compose;
mod fold;
mod links;
mod quick;
mod scan;
mod slow;

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::syllable::{Form, ToneStyle};

pub use fold::{Fold, fold};
pub(crate) use fold::{fold_lower, folds_to};
use links::links_in;

/// Text normalization options: Unicode form, tone style and repairs.
///
/// The default is NFC, [`ToneStyle::Old`] (`hòa`, `thủy`, the convention of most news and
/// official text) and repairs on.
///
/// # Examples
/// ```
/// use vntext::{Form, Normalizer, ToneStyle};
/// let n = Normalizer::new().tone(ToneStyle::New);
/// assert_eq!(n.normalize("Hòa Bình, sức khỏe"), "Hoà Bình, sức khoẻ");
///
/// let plain = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
/// assert_eq!(plain.normalize("qủa"), "qủa"); // plain NFC: no repair
///
/// let nfd = Normalizer::new().form(Form::Nfd);
/// assert_eq!(nfd.normalize("Việt"), "Vie\u{323}\u{302}t");
/// ```
///
/// With the `serde` feature it reads and writes as `{"form": "nfc", "tone": "old", "repairs":
/// true}`, missing fields taking their default, so a configuration file can hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct Normalizer {
    form: Form,
    tone: ToneStyle,
    repairs: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

/// What a fast scan found at a byte offset.
type Bail = usize;

impl Normalizer {
    /// NFC, [`ToneStyle::Old`], repairs on.
    ///
    /// # Examples
    /// ```
    /// let n = vntext::Normalizer::new();
    /// assert_eq!(n, vntext::Normalizer::default());
    /// assert_eq!(n.normalize("Uỷ ban"), "Ủy ban");
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Normalizer {
            form: Form::Nfc,
            tone: ToneStyle::Old,
            repairs: true,
        }
    }

    /// Sets the Unicode normalization form of the output. Returns the changed options: the
    /// result must be used (`n.form(Form::Nfd);` alone changes nothing).
    ///
    /// # Examples
    /// ```
    /// use vntext::{Form, Normalizer};
    /// let nfd = Normalizer::new().form(Form::Nfd);
    /// assert_eq!(nfd.normalize("Hòa"), "Ho\u{300}a");
    /// ```
    #[must_use]
    pub const fn form(mut self, form: Form) -> Self {
        self.form = form;
        self
    }

    /// Sets where tone marks go on open `oa`, `oe`, `uy`. Returns the changed options.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Normalizer, ToneStyle};
    /// let new = Normalizer::new().tone(ToneStyle::New);
    /// assert_eq!(new.normalize("Hòa Bình, sức khỏe, thủy lợi"), "Hoà Bình, sức khoẻ, thuỷ lợi");
    /// ```
    #[must_use]
    pub const fn tone(mut self, style: ToneStyle) -> Self {
        self.tone = style;
        self
    }

    /// Turns the repairs on or off: misplaced tone marks (`qủa`), the same tone mark twice,
    /// class-230 marks in the wrong order (`e` + U+0301 + U+0302) and `Ð`/`ð` for `Đ`/`đ`.
    /// Repairs apply only inside what parses as a Vietnamese syllable. With repairs off and
    /// [`ToneStyle::Keep`], the output is plain Unicode NFC/NFD. (The deprecated U+0340/U+0341
    /// are read as U+0300/U+0301 either way, as Unicode NFC does.) Returns the changed
    /// options.
    ///
    /// # Examples
    /// ```
    /// use vntext::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("qủa gìa"), "quả già");
    /// assert_eq!(Normalizer::new().repairs(false).normalize("qủa gìa"), "qủa gìa");
    /// ```
    #[must_use]
    pub const fn repairs(mut self, on: bool) -> Self {
        self.repairs = on;
        self
    }

    /// Normalizes `text`, borrowing it when it is already normalized.
    ///
    /// # Examples
    /// ```
    /// use std::borrow::Cow;
    /// let n = vntext::Normalizer::new();
    /// assert!(matches!(n.normalize("Hòa Bình"), Cow::Borrowed(_)));
    /// assert_eq!(n.normalize("Hoà Bình"), "Hòa Bình");
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.form {
            Form::Nfc => match self.scan(text, 0) {
                None => Cow::Borrowed(text),
                Some(first) => {
                    let mut out = String::with_capacity(text.len() + text.len() / 8);
                    self.run_nfc(text, first, &mut out);
                    // The slow path may find nothing to change after all (a word that is not
                    // Vietnamese, a character NFC keeps).
                    if out == text {
                        Cow::Borrowed(text)
                    } else {
                        Cow::Owned(out)
                    }
                }
            },
            Form::Nfd => {
                let mut out = String::with_capacity(text.len() + text.len() / 4);
                self.normalize_to(text, &mut out);
                if out == text {
                    Cow::Borrowed(text)
                } else {
                    Cow::Owned(out)
                }
            }
        }
    }

    /// Appends the normalized `text` to `out`, for callers that reuse a buffer.
    ///
    /// # Examples
    /// ```
    /// let mut out = String::new();
    /// for line in ["Qủa cam", "Thuỷ lợi"] {
    ///     out.clear();
    ///     vntext::Normalizer::new().normalize_to(line, &mut out);
    ///     assert!(out == "Quả cam" || out == "Thủy lợi");
    /// }
    /// ```
    pub fn normalize_to(&self, text: &str, out: &mut String) {
        match self.form {
            Form::Nfc => match self.scan(text, 0) {
                None => out.push_str(text),
                Some(first) => self.run_nfc(text, first, out),
            },
            Form::Nfd => {
                // Decomposing the normalized NFC text gives the canonical order even where a
                // Vietnamese letter carries a foreign mark (`Ă` + U+0327). URLs and emails
                // are left as they are.
                let nfc = self.form(Form::Nfc).normalize(text);
                if nfc.is_ascii() {
                    out.push_str(&nfc);
                } else {
                    let mut done = 0;
                    for (start, end) in links_in(&nfc) {
                        out.extend(nfc[done..start].nfd());
                        out.push_str(&nfc[start..end]);
                        done = end;
                    }
                    out.extend(nfc[done..].nfd());
                }
            }
        }
    }

    /// Whether `text` is already normalized (then [`Normalizer::normalize`] borrows it).
    ///
    /// # Examples
    /// ```
    /// let n = vntext::Normalizer::new();
    /// assert!(n.is_normalized("Ủy ban nhân dân tỉnh Lạng Sơn"));
    /// assert!(!n.is_normalized("Uỷ ban"));
    /// assert!(!n.is_normalized("Vie\u{323}\u{302}t"));
    /// ```
    #[must_use]
    pub fn is_normalized(&self, text: &str) -> bool {
        matches!(self.normalize(text), Cow::Borrowed(_))
    }

    /// The slow path on every word, skipping the fast checks and the composer: the reference
    /// the property tests and fuzz targets compare [`Normalizer::normalize`] with. NFC only.
    ///
    /// # Examples
    /// ```
    /// let n = vntext::Normalizer::new();
    /// assert_eq!(n.reference_nfc("Thuỷ lợi"), n.normalize("Thuỷ lợi"));
    /// ```
    #[doc(hidden)]
    #[must_use]
    pub fn reference_nfc(&self, text: &str) -> String {
        let mut out = String::new();
        match self.scan_with::<true>(text, 0) {
            None => out.push_str(text),
            Some(first) => self.run_nfc_with::<true>(text, first, &mut out),
        }
        out
    }
}

/// Normalizes with the defaults: NFC, [`ToneStyle::Old`], repairs on.
///
/// # Examples
/// ```
/// assert_eq!(vntext::normalize("Thuỷ lợi Hoà Bình"), "Thủy lợi Hòa Bình");
/// assert_eq!(vntext::normalize("nghìên cứu"), "nghiền cứu");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::new().normalize(text)
}

/// NFC **and** the old tone style **and** repairs: the same as [`normalize`], more than
/// Unicode NFC (for plain NFC use `Normalizer::new().tone(ToneStyle::Keep).repairs(false)`).
///
/// # Examples
/// ```
/// use vntext::{Normalizer, ToneStyle};
/// assert_eq!(vntext::nfc("Vie\u{323}\u{302}t Nam"), "Việt Nam");
/// // Unlike Unicode NFC, it also moves and repairs tone marks:
/// assert_eq!(vntext::nfc("hoà qủa"), "hòa quả");
/// let plain = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
/// assert_eq!(plain.normalize("hoà qủa"), "hoà qủa");
/// ```
#[must_use]
pub fn nfc(text: &str) -> Cow<'_, str> {
    normalize(text)
}

/// NFD **and** the old tone style **and** repairs, more than Unicode NFD (for plain NFD use
/// `Normalizer::new().form(Form::Nfd).tone(ToneStyle::Keep).repairs(false)`).
///
/// # Examples
/// ```
/// use vntext::{Form, Normalizer, ToneStyle};
/// assert_eq!(vntext::nfd("Việt"), "Vie\u{323}\u{302}t");
/// // Unlike Unicode NFD, it also moves tone marks: `hoà` becomes `hòa`, decomposed.
/// assert_eq!(vntext::nfd("hoà"), "ho\u{300}a");
/// let plain = Normalizer::new().form(Form::Nfd).tone(ToneStyle::Keep).repairs(false);
/// assert_eq!(plain.normalize("hoà"), "hoa\u{300}");
/// ```
#[must_use]
pub fn nfd(text: &str) -> Cow<'_, str> {
    Normalizer::new().form(Form::Nfd).normalize(text)
}

/// Whether `text` is already in the default normalized form (NFC, old style, nothing to
/// repair).
///
/// # Examples
/// ```
/// assert!(vntext::is_normalized("Hòa Bình"));
/// assert!(!vntext::is_normalized("Hoà Bình"));
/// ```
#[must_use]
pub fn is_normalized(text: &str) -> bool {
    Normalizer::new().is_normalized(text)
}

//! Accent folding for search keys.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::Normalizer;
use crate::letters::{self, LetterInfo};
use crate::syllable::ToneStyle;
use crate::tone::Tone;

/// What [`fold`] strips.
///
/// # Examples
/// ```
/// use vntext::{Fold, fold};
/// assert_eq!(fold("Đường Lạng Sơn", Fold::All), "Duong Lang Son");
/// assert_eq!(fold("Đường Lạng Sơn", Fold::Tones), "Đương Lang Sơn");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Fold {
    /// Every Vietnamese mark: tones, `ă â ê ô ơ ư` → `a a e o o u`, `đ` → `d`.
    #[default]
    All,
    /// Tone marks only; `ă â ê ô ơ ư đ` are kept.
    Tones,
}

/// Parses `all` or `tones` (any ASCII case), as the command line's `--fold`.
///
/// # Examples
/// ```
/// assert_eq!("tones".parse::<vntext::Fold>(), Ok(vntext::Fold::Tones));
/// ```
impl std::str::FromStr for Fold {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [("all", Fold::All), ("tones", Fold::Tones)];
        crate::name::lookup(s, &names, "fold", "all or tones")
    }
}

/// Strips Vietnamese marks for search keys, keeping case letter by letter. The output is
/// NFC; letters of other languages (`ñ`, `ü`, `й`) are kept as they are, except that
/// [`Fold::All`] also folds `Ð`/`ð`, the look-alikes of `Đ`/`đ`, to `D`/`d`.
///
/// # Examples
/// ```
/// use vntext::{Fold, fold};
/// assert_eq!(fold("Lạng Sơn", Fold::All), "Lang Son");
/// assert_eq!(fold("Lạng Sơn", Fold::Tones), "Lang Sơn");
/// assert_eq!(fold("NGUYỄN", Fold::All), "NGUYEN");
/// assert_eq!(fold("La\u{323}ng", Fold::All), "Lang"); // NFD input
/// ```
#[must_use]
pub fn fold(text: &str, mode: Fold) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let composed = Normalizer::new().tone(ToneStyle::Keep).normalize(text);
    let t = letters::tables();
    let mut out = String::with_capacity(composed.len());
    for c in composed.chars() {
        match t.letter(c) {
            Some(LetterInfo { letter, upper, .. }) if !c.is_ascii() => {
                let l = match mode {
                    Fold::All if letter == letters::DD => letters::ascii_consonant(b'd'),
                    Fold::All => letters::unmodify(letter).0,
                    Fold::Tones => letter,
                };
                t.push_nfc(l, Tone::Ngang, upper, &mut out);
            }
            // Eth, Đ's look-alike, folds like it (its usual transliteration too).
            _ if mode == Fold::All && (c == 'Ð' || c == 'ð') => {
                out.push(if c == 'Ð' { 'D' } else { 'd' })
            }
            _ => match letters::mark(c) {
                // A Vietnamese mark that NFC left standing (on a letter of another script).
                Some(letters::Mark::Tone(_) | letters::Mark::DeprecatedTone(_)) => {}
                Some(_) if mode == Fold::All => {}
                _ => out.push(c),
            },
        }
    }
    // A foreign mark left after a stripped letter may now compose with it (`Ủ` + U+0308 →
    // `U` + U+0308 → `Ü`): keep the output NFC.
    if is_nfc_quick(out.chars()) != IsNormalized::Yes {
        out = out.nfc().collect();
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

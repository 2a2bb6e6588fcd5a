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

/// `fold(text, Fold::All).to_lowercase()`, the rules' way to compare a word whatever its marks
/// and case. Text of ASCII and precomposed Vietnamese letters (what NFC news is) is folded
/// letter by letter in one pass; anything else (a combining mark, a letter of another script)
/// takes the general path.
pub(crate) fn fold_lower(text: &str) -> String {
    let t = letters::tables();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(LetterInfo { letter, .. }) = t.letter(c) {
            let l = if letter == letters::DD {
                letters::ascii_consonant(b'd')
            } else {
                letters::unmodify(letter).0
            };
            t.push_nfc(l, Tone::Ngang, false, &mut out);
        } else {
            return fold(text, Fold::All).to_lowercase();
        }
    }
    out
}

/// Whether `fold(text, Fold::All)` is `word` but for ASCII case (`Tàu`, `TÀU`, NFD `ta\u{300}u`
/// are `tau`), without building the folded text when `text` is ASCII and precomposed
/// Vietnamese letters.
pub(crate) fn folds_to(text: &str, word: &str) -> bool {
    let t = letters::tables();
    let mut w = word.bytes();
    for c in text.chars() {
        let b = if c.is_ascii() {
            c as u8
        } else if let Some(LetterInfo { letter, .. }) = t.letter(c) {
            if letter == letters::DD {
                b'd'
            } else {
                let l = letters::unmodify(letter).0;
                if l >= letters::VOWELS {
                    letters::consonant_ascii(l)
                } else {
                    b"aaaeeiooouuy"[l as usize]
                }
            }
        } else {
            return fold(text, Fold::All).eq_ignore_ascii_case(word);
        };
        if !w.next().is_some_and(|x| x.eq_ignore_ascii_case(&b)) {
            // (A combining mark further on may still fold away: `e` + U+0301.)
            return text[..]
                .chars()
                .any(|c| !c.is_ascii() && t.letter(c).is_none())
                && fold(text, Fold::All).eq_ignore_ascii_case(word);
        }
    }
    w.next().is_none()
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fold_lower_folds_marks_and_case() {
        for (text, want) in [
            ("Đường", "duong"),
            ("THỪA", "thua"),
            ("Uỷ", "uy"),
            ("La\u{323}ng", "lang"), // NFD: the general path
            ("Ðà", "da"),            // eth, Đ's look-alike
            ("Noël", "noël"),        // a letter of another script is kept
            ("TX.", "tx."),
            ("", ""),
        ] {
            assert_eq!(fold_lower(text), want, "{text}");
            assert!(folds_to(text, want), "{text}");
            assert!(!folds_to(text, "duon"), "{text}");
        }
        assert!(folds_to("TÀU", "tau") && folds_to("te\u{301}", "TE") && !folds_to("tàu", "tàu"));
    }

    proptest! {
        /// The one-pass path agrees with `fold` and `to_lowercase` on any text: Vietnamese
        /// letters precomposed or not, combining marks, other scripts.
        #[test]
        fn fold_lower_is_fold_then_lowercase(
            s in "[a-zA-Z đĐÐðàÀảẢãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵÝỲƯƠ\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b}\u{308}ñüйΩ.-]{0,12}"
        ) {
            prop_assert_eq!(fold_lower(&s), fold(&s, Fold::All).to_lowercase());
        }

        #[test]
        fn fold_lower_agrees_on_any_text(s in any::<String>()) {
            prop_assert_eq!(fold_lower(&s), fold(&s, Fold::All).to_lowercase());
        }

        /// `folds_to` is `fold` compared without ASCII case, for words it is asked about and
        /// for the text's own folded form.
        #[test]
        fn folds_to_is_fold_compared(
            s in "[a-zA-Z đĐÐðàÀảẢãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵÝỲƯƠ\u{300}\u{301}\u{303}\u{309}\u{323}\u{302}\u{306}\u{31b}\u{308}ñüйΩ.-]{0,6}",
            w in "(tau|dang|doan|truong|TNHH|co|cac|vien|thag|[a-z]{0,3})"
        ) {
            let folded = fold(&s, Fold::All);
            prop_assert_eq!(folds_to(&s, &w), folded.eq_ignore_ascii_case(&w));
            prop_assert!(folds_to(&s, &folded.to_ascii_lowercase()));
        }
    }
}

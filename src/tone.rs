//! The six Vietnamese tones: the lowest layer, below the letter table and the syllable model,
//! both of which name a letter's tone.

use std::fmt;

/// One of the six Vietnamese tones.
///
/// # Examples
/// ```
/// use vntext::{Syllable, Tone};
/// assert_eq!(Syllable::parse("Việt").unwrap().tone(), Tone::Nang);
/// assert_eq!(Tone::Nga.combining_mark(), Some('\u{303}'));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub enum Tone {
    /// Level tone, no mark: `ma`.
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "ngang"))]
    Ngang = 0,
    /// Falling tone, grave accent U+0300: `mà`.
    #[cfg_attr(feature = "serde", serde(rename = "huyền", alias = "huyen"))]
    Huyen = 1,
    /// Rising tone, acute accent U+0301: `má`.
    #[cfg_attr(feature = "serde", serde(rename = "sắc", alias = "sac"))]
    Sac = 2,
    /// Dipping tone, hook above U+0309: `mả`.
    #[cfg_attr(feature = "serde", serde(rename = "hỏi", alias = "hoi"))]
    Hoi = 3,
    /// Creaky rising tone, tilde U+0303: `mã`.
    #[cfg_attr(feature = "serde", serde(rename = "ngã", alias = "nga"))]
    Nga = 4,
    /// Heavy tone, dot below U+0323: `mạ`.
    #[cfg_attr(feature = "serde", serde(rename = "nặng", alias = "nang"))]
    Nang = 5,
}

impl Tone {
    pub(crate) const fn from_index(i: u8) -> Tone {
        match i {
            1 => Tone::Huyen,
            2 => Tone::Sac,
            3 => Tone::Hoi,
            4 => Tone::Nga,
            5 => Tone::Nang,
            _ => Tone::Ngang,
        }
    }

    /// The tone's Vietnamese name: `ngang`, `huyền`, `sắc`, `hỏi`, `ngã`, `nặng` (also its
    /// name in JSON).
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Tone::Nga.as_str(), "ngã");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Tone::Ngang => "ngang",
            Tone::Huyen => "huyền",
            Tone::Sac => "sắc",
            Tone::Hoi => "hỏi",
            Tone::Nga => "ngã",
            Tone::Nang => "nặng",
        }
    }

    /// The combining mark that writes this tone, or `None` for [`Tone::Ngang`].
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Tone::Hoi.combining_mark(), Some('\u{309}'));
    /// assert_eq!(vntext::Tone::Ngang.combining_mark(), None);
    /// ```
    pub const fn combining_mark(self) -> Option<char> {
        match self {
            Tone::Ngang => None,
            Tone::Huyen => Some('\u{300}'),
            Tone::Sac => Some('\u{301}'),
            Tone::Hoi => Some('\u{309}'),
            Tone::Nga => Some('\u{303}'),
            Tone::Nang => Some('\u{323}'),
        }
    }
}

impl fmt::Display for Tone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

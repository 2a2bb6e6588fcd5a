//! The Vietnamese syllable model: parse any spelling of one syllable into its parts, and write
//! it back in any normalization form and tone-mark style.
//!
//! A written Vietnamese syllable is `(onset) (glide) nucleus (coda)` plus one of six tones.
//! [`Syllable::parse`] accepts upper, lower and mixed case, NFC, NFD or a mix of both, the
//! tone mark on any vowel of the syllable (misplaced marks are repaired), the same tone mark
//! twice, marks in a non-canonical order (`e` + U+0301 + U+0302), the deprecated U+0340/U+0341,
//! and `Ð`/`ð` (U+00D0/U+00F0) used for `Đ`/`đ`. Everything the rest of the crate knows about
//! Vietnamese spelling lives here.

use std::fmt;

use crate::letters::{self, Letter, Mark};
// `Tone` lives below the letter table; `crate::syllable::Tone` stays a path to it.
pub(crate) use crate::tone::Tone;

/// Where each part starts in a [`Syllable::key`] (five bits for the onset, two for the
/// glide, five for the nucleus, four for the coda, three for the tone: 19 bits in all).
const KEY_ONSET_SHIFT: u32 = 0;
const KEY_GLIDE_SHIFT: u32 = 5;
const KEY_NUCLEUS_SHIFT: u32 = 7;
const KEY_CODA_SHIFT: u32 = 12;
pub(crate) const KEY_TONE_SHIFT: u32 = 16;

/// The longest syllable we accept, in letters (`nghiêng` has 7).
const MAX_LETTERS: usize = 10;
const NO_TONE: u8 = u8::MAX;

/// Where the tone mark goes on open `oa`, `oe`, `uy`, the only rimes on which conventions differ.
///
/// # Examples
/// ```
/// use vntext::{Form, Syllable, ToneStyle};
/// let s = Syllable::parse("thuỷ").unwrap();
/// assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Old), "thủy");
/// assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::New), "thuỷ");
/// // Everything else is written the same in both styles.
/// let s = Syllable::parse("hoàn").unwrap();
/// assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Old), "hoàn");
/// assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::New), "hoàn");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum ToneStyle {
    /// The traditional placement of most news and official text: `hòa`, `khỏe`, `thủy`,
    /// `Ủy ban`.
    #[default]
    Old,
    /// The mark on the main vowel (QĐ 1989/QĐ-BGDĐT, 2018): `hoà`, `khoẻ`, `thuỷ`, `Uỷ ban`.
    New,
    /// Keep each syllable's own placement when it is one of the two conventions; a mark in
    /// neither place is moved to where both conventions agree.
    Keep,
}

/// Parses `old`, `new` or `keep` (any ASCII case), as the command line's `--tone`.
///
/// # Examples
/// ```
/// use vntext::ToneStyle;
/// assert_eq!("new".parse::<ToneStyle>(), Ok(ToneStyle::New));
/// assert!("hoà".parse::<ToneStyle>().is_err());
/// ```
impl std::str::FromStr for ToneStyle {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [
            ("old", ToneStyle::Old),
            ("new", ToneStyle::New),
            ("keep", ToneStyle::Keep),
        ];
        crate::name::lookup(s, &names, "tone style", "old, new or keep")
    }
}

/// A Unicode normalization form for the output.
///
/// # Examples
/// ```
/// use vntext::{Form, Syllable, ToneStyle};
/// let s = Syllable::parse("ế").unwrap();
/// assert_eq!(s.to_string_with(Form::Nfd, ToneStyle::Old), "e\u{302}\u{301}");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum Form {
    /// Composed: every Vietnamese letter is one code point.
    #[default]
    Nfc,
    /// Decomposed: base letter, then modifier and tone marks in canonical order.
    Nfd,
}

/// Parses `nfc` or `nfd` (any ASCII case), as the command line's `--form`.
///
/// # Examples
/// ```
/// assert_eq!("NFD".parse::<vntext::Form>(), Ok(vntext::Form::Nfd));
/// ```
impl std::str::FromStr for Form {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [("nfc", Form::Nfc), ("nfd", Form::Nfd)];
        crate::name::lookup(s, &names, "normalization form", "nfc or nfd")
    }
}

macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $v:ident => $s:literal,)* }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        pub enum $name {
            $($(#[$vm])* #[cfg_attr(feature = "serde", serde(rename = $s))] $v,)*
        }
        impl $name {
            /// The part as written in lower-case NFC (also its name in JSON).
            ///
            /// # Examples
            /// ```
            /// let s = vntext::Syllable::parse("Người").unwrap();
            /// assert_eq!(s.nucleus().as_str(), "ươ");
            /// assert_eq!(s.onset().unwrap().as_str(), "ng");
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$v => $s,)* }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

str_enum! {
    /// The initial consonant (27 of them). `gi` and `qu` are onsets: `già`, `quả`.
    /// Variant names spell the letters in ASCII, with `Dd` for `đ`.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Onset, Syllable};
    /// assert_eq!(Syllable::parse("nghiêng").unwrap().onset(), Some(Onset::Ngh));
    /// assert_eq!(Syllable::parse("Đông").unwrap().onset().unwrap().as_str(), "đ");
    /// ```
    Onset {
        /// `b`
        B => "b",
        /// `c`
        C => "c",
        /// `ch`
        Ch => "ch",
        /// `d`
        D => "d",
        /// `đ`
        Dd => "đ",
        /// `g`
        G => "g",
        /// `gh`
        Gh => "gh",
        /// `gi`
        Gi => "gi",
        /// `h`
        H => "h",
        /// `k`
        K => "k",
        /// `kh`
        Kh => "kh",
        /// `l`
        L => "l",
        /// `m`
        M => "m",
        /// `n`
        N => "n",
        /// `ng`
        Ng => "ng",
        /// `ngh`
        Ngh => "ngh",
        /// `nh`
        Nh => "nh",
        /// `p`
        P => "p",
        /// `ph`
        Ph => "ph",
        /// `qu`
        Qu => "qu",
        /// `r`
        R => "r",
        /// `s`
        S => "s",
        /// `t`
        T => "t",
        /// `th`
        Th => "th",
        /// `tr`
        Tr => "tr",
        /// `v`
        V => "v",
        /// `x`
        X => "x",
    }
}

str_enum! {
    /// The medial glide: `o` before `a ă e` (`hoa`, `hoặc`, `khoẻ`), `u` before `â ê y ơ`
    /// (`tuấn`, `huế`, `thuỷ`, `thuở`). After `q` the `u` belongs to the onset `qu`.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Glide, Syllable};
    /// assert_eq!(Syllable::parse("hoà").unwrap().glide(), Some(Glide::O));
    /// assert_eq!(Syllable::parse("quả").unwrap().glide(), None);
    /// ```
    Glide {
        /// `o`
        O => "o",
        /// `u`
        U => "u",
    }
}

str_enum! {
    /// The main vowel: a single vowel letter or a diphthong. Variant names follow Telex
    /// (`Aw` = `ă`, `Aa` = `â`, `Ee` = `ê`, `Oo` = `ô`, `Ow` = `ơ`, `Uw` = `ư`).
    ///
    /// # Examples
    /// ```
    /// use vntext::{Nucleus, Syllable};
    /// assert_eq!(Syllable::parse("người").unwrap().nucleus(), Nucleus::Uwow);
    /// assert_eq!(Nucleus::Uwow.as_str(), "ươ");
    /// ```
    Nucleus {
        /// `a`
        A => "a",
        /// `ă`
        Aw => "ă",
        /// `â`
        Aa => "â",
        /// `e`
        E => "e",
        /// `ê`
        Ee => "ê",
        /// `i`
        I => "i",
        /// `y`
        Y => "y",
        /// `o`
        O => "o",
        /// `ô`
        Oo => "ô",
        /// `ơ`
        Ow => "ơ",
        /// `u`
        U => "u",
        /// `ư`
        Uw => "ư",
        /// `oo` (long o: `xoong`, `boong`)
        DoubleO => "oo",
        /// `iê` (after a consonant, before a coda: `biển`)
        Iee => "iê",
        /// `yê` (no onset or after a glide: `yêu`, `thuyền`, `quyết`)
        Yee => "yê",
        /// `ia` (open: `bìa`)
        Ia => "ia",
        /// `ya` (open, after the glide `u`: `khuya`)
        Ya => "ya",
        /// `uô` (before a coda: `muốn`)
        Uoo => "uô",
        /// `ua` (open: `của`)
        Ua => "ua",
        /// `ươ` (before a coda: `người`)
        Uwow => "ươ",
        /// `ưa` (open: `lửa`)
        Uwa => "ưa",
    }
}

str_enum! {
    /// The final: a consonant (`c ch m n ng nh p t`) or a semivowel (`i y o u`).
    ///
    /// # Examples
    /// ```
    /// use vntext::{Coda, Syllable};
    /// assert_eq!(Syllable::parse("hoạch").unwrap().coda(), Some(Coda::Ch));
    /// assert_eq!(Syllable::parse("ngoài").unwrap().coda(), Some(Coda::I));
    /// ```
    Coda {
        /// `c`
        C => "c",
        /// `ch`
        Ch => "ch",
        /// `m`
        M => "m",
        /// `n`
        N => "n",
        /// `ng`
        Ng => "ng",
        /// `nh`
        Nh => "nh",
        /// `p`
        P => "p",
        /// `t`
        T => "t",
        /// semivowel `i`
        I => "i",
        /// semivowel `y`
        Y => "y",
        /// semivowel `o`
        O => "o",
        /// semivowel `u`
        U => "u",
    }
}

impl Coda {
    /// Whether this is a stop (`c ch p t`), which takes only the sắc or nặng tone.
    ///
    /// # Examples
    /// ```
    /// assert!(vntext::Coda::Ch.is_stop());
    /// assert!(!vntext::Coda::Ng.is_stop());
    /// ```
    pub const fn is_stop(self) -> bool {
        matches!(self, Coda::C | Coda::Ch | Coda::P | Coda::T)
    }
}

/// What is wrong with a string that is not one Vietnamese syllable.
///
/// # Examples
/// ```
/// use vntext::{Syllable, SyllableErrorKind};
/// let kind = Syllable::parse("blog").unwrap_err().kind();
/// assert_eq!(kind, SyllableErrorKind::InvalidOnset);
/// assert_eq!(kind.to_string(), "not a Vietnamese initial consonant");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SyllableErrorKind {
    /// The string is empty.
    Empty,
    /// More letters than any Vietnamese syllable has.
    TooLong,
    /// A character that is not a Vietnamese letter or mark (a digit, a space, `f`, `ñ`, …).
    NotVietnamese,
    /// A combining mark with no letter to sit on, or one the letter cannot take (`i` + U+0302,
    /// a tone mark on a consonant).
    BadMark,
    /// Two different tone marks.
    MultipleTones,
    /// The consonants before the vowel are not an onset (`bl`, `q` without `u`).
    InvalidOnset,
    /// No vowel.
    NoVowel,
    /// The vowels do not make a Vietnamese rime (`oo` without a coda, `uo`, `ăi`).
    InvalidRime,
    /// The letters after the vowel are not a coda (`st`, `ngh`), or the coda cannot follow
    /// this vowel (`inh` is fine, `ing` is not).
    InvalidCoda,
    /// `k gh ngh` before a vowel other than `i e ê y`, or `c g ng` before one of them.
    Spelling,
    /// `qu` with no vowel after it.
    QuWithoutVowel,
    /// A stop coda (`c ch p t`) with a tone other than sắc or nặng (`hòach`).
    ToneWithStopCoda,
}

/// The error of [`Syllable::parse`]: what is wrong and at which byte of the input.
///
/// # Examples
/// ```
/// use vntext::{Syllable, SyllableErrorKind};
/// let e = Syllable::parse("hòach").unwrap_err();
/// assert_eq!(e.kind(), SyllableErrorKind::ToneWithStopCoda);
/// let e = Syllable::parse("kan").unwrap_err();
/// assert_eq!((e.kind(), e.offset()), (SyllableErrorKind::Spelling, 1));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct SyllableError {
    kind: SyllableErrorKind,
    offset: usize,
}

impl SyllableError {
    /// What is wrong.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Syllable, SyllableErrorKind};
    /// assert_eq!(Syllable::parse("").unwrap_err().kind(), SyllableErrorKind::Empty);
    /// ```
    pub fn kind(&self) -> SyllableErrorKind {
        self.kind
    }
    /// Byte offset into the input of the character where the problem was found.
    ///
    /// # Examples
    /// ```
    /// // `ư` takes two bytes: the `f` is at byte 3.
    /// assert_eq!(vntext::Syllable::parse("ưuf").unwrap_err().offset(), 3);
    /// ```
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl fmt::Display for SyllableError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at byte {}", self.kind, self.offset)
    }
}

impl fmt::Display for SyllableErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self {
            SyllableErrorKind::Empty => "empty string",
            SyllableErrorKind::TooLong => "too many letters for one syllable",
            SyllableErrorKind::NotVietnamese => "not a Vietnamese letter",
            SyllableErrorKind::BadMark => "combining mark the letter cannot take",
            SyllableErrorKind::MultipleTones => "two different tone marks",
            SyllableErrorKind::InvalidOnset => "not a Vietnamese initial consonant",
            SyllableErrorKind::NoVowel => "no vowel",
            SyllableErrorKind::InvalidRime => "not a Vietnamese rime",
            SyllableErrorKind::InvalidCoda => "not a Vietnamese final",
            SyllableErrorKind::Spelling => "spelling rule broken (k/gh/ngh before i e ê y only)",
            SyllableErrorKind::QuWithoutVowel => "`qu` without a vowel after it",
            SyllableErrorKind::ToneWithStopCoda => {
                "a final c, ch, p or t takes only the sắc or nặng tone"
            }
        };
        f.write_str(what)
    }
}

impl std::error::Error for SyllableError {}

/// One parsed Vietnamese syllable: its letters and case as written, its parts and its tone.
///
/// Two syllables are `==` when they are spelled alike: the same letters in the same case with
/// the tone mark on the same letter (`Ủy` and `Uỷ` differ). [`Syllable::key`] compares them by
/// sound: case, form and tone style aside (`Ủy`, `Uỷ`, `UỶ` have one key).
///
/// # Examples
/// ```
/// use vntext::{Coda, Form, Glide, Nucleus, Onset, Syllable, Tone, ToneStyle};
/// // NFD, upper case, the tone mark on the wrong vowel:
/// let s = Syllable::parse("THU\u{309}YÊN").unwrap();
/// assert_eq!(s.onset(), Some(Onset::Th));
/// assert_eq!(s.glide(), Some(Glide::U));
/// assert_eq!(s.nucleus(), Nucleus::Yee);
/// assert_eq!(s.coda(), Some(Coda::N));
/// assert_eq!(s.tone(), Tone::Hoi);
/// assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Old), "THUYỂN");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Syllable {
    letters: [Letter; MAX_LETTERS],
    len: u8,
    upper: u16,
    tone: Tone,
    tone_at: u8,
    onset: Option<Onset>,
    glide: Option<Glide>,
    nucleus: Nucleus,
    coda: Option<Coda>,
    glide_at: u8,
    nucleus_at: u8,
}

/// Repairs that parsing an input needed, for callers that apply repairs only when asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Repairs {
    /// Any repair other than moving the tone: duplicate tone, mark order, eth.
    pub marks: bool,
    /// The tone mark was on a letter where neither convention puts it.
    pub misplaced: bool,
}

/// The letters of one candidate syllable, decoded from any mix of NFC and NFD.
pub(crate) struct Decoded {
    pub letters: [Letter; MAX_LETTERS],
    offsets: [u32; MAX_LETTERS],
    pub len: usize,
    pub upper: u16,
    pub tone: Tone,
    /// Index of the letter that carries the tone, or `NO_TONE`.
    pub tone_at: u8,
    /// Any repair other than moving the tone: duplicate tone, mark order, eth.
    pub repaired_marks: bool,
    /// Byte offset just past the last letter or mark.
    pub end: usize,
}

fn err(kind: SyllableErrorKind, offset: usize) -> SyllableError {
    SyllableError { kind, offset }
}

/// Decodes the letters and marks of `b` from byte `start` (a char boundary) up to the first
/// character that is neither (`NotVietnamese` there unless `stop` says to end the run).
pub(crate) fn decode(b: &[u8], start: usize, stop: bool) -> Result<Decoded, SyllableError> {
    use SyllableErrorKind as K;
    let t = letters::tables();
    let mut d = Decoded {
        letters: [0; MAX_LETTERS],
        offsets: [0; MAX_LETTERS],
        len: 0,
        upper: 0,
        tone: Tone::Ngang,
        tone_at: NO_TONE,
        repaired_marks: false,
        end: b.len(),
    };
    // The tone of the letter being built, for the mark-order check.
    let mut letter_tone = Tone::Ngang;
    let mut off = start;
    while off < b.len() {
        let (v, w) = t.raw_at(b, off);
        let info = if let Some(info) = letters::raw_letter(v) {
            Some(info)
        } else if letters::raw_is_eth(v) {
            d.repaired_marks = true;
            Some(letters::raw_eth_letter(v))
        } else {
            None
        };
        if let Some(info) = info {
            if d.len == MAX_LETTERS {
                return Err(err(K::TooLong, off));
            }
            d.letters[d.len] = info.letter;
            d.offsets[d.len] = off as u32;
            if info.upper {
                d.upper |= 1 << d.len;
            }
            letter_tone = info.tone;
            if info.tone != Tone::Ngang {
                let idx = d.len;
                add_tone(&mut d, info.tone, idx, off)?;
            }
            d.len += 1;
            off += w;
            continue;
        }
        let Some(m) = letters::raw_mark(v) else {
            if stop {
                d.end = off;
                break;
            }
            return Err(err(K::NotVietnamese, off));
        };
        if d.len == 0 {
            return Err(err(K::BadMark, off));
        }
        let last = d.len - 1;
        match m {
            Mark::Tone(tone) | Mark::DeprecatedTone(tone) => {
                // U+0340/U+0341 are canonically equivalent to U+0300/U+0301 (NFC maps them),
                // so they are read as those marks whether or not repairs are on.
                // A tone mark on a consonant is not Vietnamese (and `n` + U+0300 is the
                // letter `ǹ` in NFC: treating it as a misplaced tone would make the result
                // depend on the input's normalization form).
                if !is_vowel(d.letters[last]) {
                    return Err(err(K::BadMark, off));
                }
                if letter_tone != Tone::Ngang && letter_tone != tone {
                    return Err(err(K::MultipleTones, off));
                }
                letter_tone = tone;
                add_tone(&mut d, tone, last, off)?;
            }
            _ => {
                let Some(l) = letters::modify(d.letters[last], m) else {
                    return Err(err(K::BadMark, off));
                };
                // Two class-230 marks (circumflex/breve after a tone other than the dot
                // below) are not reordered by NFC: that is a repair.
                if m != Mark::Horn && !matches!(letter_tone, Tone::Ngang | Tone::Nang) {
                    d.repaired_marks = true;
                }
                d.letters[last] = l;
            }
        }
        off += w;
    }
    if d.len == 0 {
        return Err(err(K::Empty, start));
    }
    Ok(d)
}

/// Records a tone found on letter `idx` (at byte `off`).
fn add_tone(d: &mut Decoded, tone: Tone, idx: usize, off: usize) -> Result<(), SyllableError> {
    if d.tone == Tone::Ngang {
        d.tone = tone;
        d.tone_at = idx as u8;
    } else if d.tone != tone {
        return Err(err(SyllableErrorKind::MultipleTones, off));
    } else {
        // The same mark again, on this or another letter: keep one.
        d.repaired_marks = true;
    }
    Ok(())
}

/// The analysed parts of a letter sequence (tone aside).
#[derive(Clone, Copy, Debug)]
struct Parts {
    onset: Option<Onset>,
    glide: Option<Glide>,
    nucleus: Nucleus,
    coda: Option<Coda>,
    glide_at: u8,
    nucleus_at: u8,
}

impl Parts {
    /// Where the tone mark goes: its letter index in the old and in the new style. This is
    /// the crate's one statement of the placement rule; the normalizer's placement table is
    /// computed from it ([`placement`]) and its quick rule is a conservative shortcut of it.
    ///
    /// - The mark goes on the nucleus. A single vowel carries it (`má`, `hoàn`, `huỳnh`,
    ///   `quý`, `già`, `ngoài`); of the diphthongs, `iê yê uô ươ` (and the long `oo`) carry it
    ///   on their second letter (`biển`, `thuyền`, `muốn`, `người`, `xoóng`), `ia ya ua ưa` on
    ///   their first (`bìa`, `khuya`, `của`, `lửa`). The `u` of `qu` and the `i` of `gi`
    ///   belong to the onset (`quả`, `già`).
    /// - The one place the two styles differ: a glide before `a`, `e` or `y` with nothing
    ///   after the vowel, the open `oa`, `oe`, `uy`. The old style puts the mark on the glide
    ///   (`hòa`, `khỏe`, `thủy`), the new one on the nucleus (`hoà`, `khoẻ`, `thuỷ`). With a
    ///   coda after them both styles put it on the nucleus (`hoàn`, `khoét`, `huỳnh`).
    fn tone_indices(&self) -> (u8, u8) {
        use Nucleus as Nu;
        let main = self.nucleus_at
            + matches!(
                self.nucleus,
                Nu::Iee | Nu::Yee | Nu::Uoo | Nu::Uwow | Nu::DoubleO
            ) as u8;
        let old = if self.glide.is_some()
            && self.coda.is_none()
            && matches!(self.nucleus, Nu::A | Nu::E | Nu::Y)
        {
            self.glide_at
        } else {
            main
        };
        (old, main)
    }
}

fn is_vowel(l: Letter) -> bool {
    l < letters::VOWELS
}

fn cons(b: u8) -> Letter {
    letters::ascii_consonant(b)
}

/// Matches the onset at the start of `l`; returns it and the number of letters it takes.
fn onset(l: &[Letter]) -> Result<(Option<Onset>, usize), usize> {
    use Onset as On;
    let c = |i: usize| {
        l.get(i)
            .copied()
            .filter(|&x| !is_vowel(x))
            .map(letters::consonant_ascii)
    };
    let first = match l.first() {
        Some(&x) if is_vowel(x) => return Ok((None, 0)),
        Some(&letters::DD) => return Ok((Some(On::Dd), 1)),
        Some(&x) => letters::consonant_ascii(x),
        None => return Err(0),
    };
    let second = c(1);
    Ok(match (first, second) {
        (b'n', Some(b'g')) if c(2) == Some(b'h') => (Some(On::Ngh), 3),
        (b'c', Some(b'h')) => (Some(On::Ch), 2),
        (b'g', Some(b'h')) => (Some(On::Gh), 2),
        (b'k', Some(b'h')) => (Some(On::Kh), 2),
        (b'n', Some(b'g')) => (Some(On::Ng), 2),
        (b'n', Some(b'h')) => (Some(On::Nh), 2),
        (b'p', Some(b'h')) => (Some(On::Ph), 2),
        (b't', Some(b'h')) => (Some(On::Th), 2),
        (b't', Some(b'r')) => (Some(On::Tr), 2),
        (b'g', None) if l.get(1) == Some(&letters::I) => (Some(On::Gi), 2),
        (b'q', None) if l.get(1) == Some(&letters::U) => (Some(On::Qu), 2),
        (b'q', _) => return Err(0),
        (_, _) => {
            let on = match first {
                b'b' => On::B,
                b'c' => On::C,
                b'd' => On::D,
                b'g' => On::G,
                b'h' => On::H,
                b'k' => On::K,
                b'l' => On::L,
                b'm' => On::M,
                b'n' => On::N,
                b'p' => On::P,
                b'r' => On::R,
                b's' => On::S,
                b't' => On::T,
                b'v' => On::V,
                b'x' => On::X,
                _ => return Err(0),
            };
            (Some(on), 1)
        }
    })
}

/// A vowel cluster's glide, nucleus and semivowel coda, with the nucleus offset.
struct Rime {
    glide: Option<Glide>,
    nucleus: Nucleus,
    nucleus_at: usize,
    semi: Option<Coda>,
}

fn single(v: Letter) -> Nucleus {
    use letters as l;
    match v {
        l::A => Nucleus::A,
        l::AW => Nucleus::Aw,
        l::AA => Nucleus::Aa,
        l::E => Nucleus::E,
        l::EE => Nucleus::Ee,
        l::I => Nucleus::I,
        l::O => Nucleus::O,
        l::OO => Nucleus::Oo,
        l::OW => Nucleus::Ow,
        l::U => Nucleus::U,
        l::UW => Nucleus::Uw,
        _ => Nucleus::Y,
    }
}

/// Splits a vowel cluster into glide, nucleus and semivowel coda.
fn rime(c: &[Letter]) -> Option<Rime> {
    use Nucleus as Nu;
    use letters::{A, AA, AW, E, EE, I, O, OO, OW, U, UW, Y};
    let r = |glide, nucleus, nucleus_at, semi| {
        Some(Rime {
            glide,
            nucleus,
            nucleus_at,
            semi,
        })
    };
    let semi = |v: Letter| match v {
        I => Some(Coda::I),
        Y => Some(Coda::Y),
        O => Some(Coda::O),
        U => Some(Coda::U),
        _ => None,
    };
    let (go, gu) = (Some(Glide::O), Some(Glide::U));
    match *c {
        [v] => r(None, single(v), 0, None),
        // Diphthongs.
        [I, EE] => r(None, Nu::Iee, 0, None),
        [Y, EE] => r(None, Nu::Yee, 0, None),
        [I, A] => r(None, Nu::Ia, 0, None),
        [U, OO] => r(None, Nu::Uoo, 0, None),
        [U, A] => r(None, Nu::Ua, 0, None),
        [UW, OW] => r(None, Nu::Uwow, 0, None),
        [UW, A] => r(None, Nu::Uwa, 0, None),
        [O, O] => r(None, Nu::DoubleO, 0, None),
        // Glide + vowel.
        [O, v @ (A | AW | E)] => r(go, single(v), 1, None),
        [U, v @ (AA | EE | Y | OW)] => r(gu, single(v), 1, None),
        // Vowel + semivowel.
        [v, s] => {
            let ok = matches!(
                (v, s),
                (A, I | O | U | Y)
                    | (AA, U | Y)
                    | (E, O)
                    | (EE, U)
                    | (I, U)
                    | (O, I)
                    | (OO, I)
                    | (OW, I)
                    | (U, I)
                    | (UW, I | U)
            );
            if ok {
                r(None, single(v), 0, semi(s))
            } else {
                None
            }
        }
        [O, A, s @ (I | Y | O)] => r(go, Nu::A, 1, semi(s)),
        [O, E, O] => r(go, Nu::E, 1, Some(Coda::O)),
        [U, AA, Y] => r(gu, Nu::Aa, 1, Some(Coda::Y)),
        [U, Y, U] => r(gu, Nu::Y, 1, Some(Coda::U)),
        [U, Y, A] => r(gu, Nu::Ya, 1, None),
        [U, Y, EE] => r(gu, Nu::Yee, 1, None),
        [I, EE, U] => r(None, Nu::Iee, 0, Some(Coda::U)),
        [Y, EE, U] => r(None, Nu::Yee, 0, Some(Coda::U)),
        [U, OO, I] => r(None, Nu::Uoo, 0, Some(Coda::I)),
        [UW, OW, s @ (I | U)] => r(None, Nu::Uwow, 0, semi(s)),
        _ => None,
    }
}

/// Analyses a letter sequence (tone aside) into its parts, or says which rule fails and at
/// which letter.
fn analyze(l: &[Letter], tone: Tone) -> Result<Parts, (SyllableErrorKind, usize)> {
    use SyllableErrorKind as K;
    let n = l.len();
    let (onset, mut p) = onset(l).map_err(|i| (K::InvalidOnset, i))?;
    // `gì`, `gìn`: the `i` of `gi` is also the nucleus.
    let mut cs = p;
    if onset == Some(Onset::Gi) && !l.get(2).is_some_and(|&x| is_vowel(x)) {
        cs = 1;
    }
    // `giếng`, `giết`: the `i` of `gi` also starts the diphthong `iê`.
    if onset == Some(Onset::Gi) && l.get(2) == Some(&letters::EE) {
        cs = 1;
    }
    if onset == Some(Onset::Qu) && !l.get(2).is_some_and(|&x| is_vowel(x)) {
        return Err((K::QuWithoutVowel, 1));
    }
    if p < n && !is_vowel(l[p]) && cs == p && p > 0 {
        // More consonants than an onset has.
        return Err((K::InvalidOnset, p));
    }
    while p < n && is_vowel(l[p]) {
        p += 1;
    }
    if p == cs {
        return Err((K::NoVowel, cs.min(n.saturating_sub(1))));
    }
    let cluster = &l[cs..p];
    let coda_cons = match &l[p..] {
        [] => None,
        &[x] if !is_vowel(x) => match letters::consonant_ascii(x) {
            b'c' if x != letters::DD => Some(Coda::C),
            b'm' => Some(Coda::M),
            b'n' => Some(Coda::N),
            b'p' => Some(Coda::P),
            b't' => Some(Coda::T),
            _ => return Err((K::InvalidCoda, p)),
        },
        &[x, y] if !is_vowel(x) && !is_vowel(y) => match (x, y) {
            _ if (x, y) == (cons(b'c'), cons(b'h')) => Some(Coda::Ch),
            _ if (x, y) == (cons(b'n'), cons(b'g')) => Some(Coda::Ng),
            _ if (x, y) == (cons(b'n'), cons(b'h')) => Some(Coda::Nh),
            _ => return Err((K::InvalidCoda, p)),
        },
        _ => return Err((K::InvalidCoda, p)),
    };
    let Some(rm) = rime(cluster) else {
        return Err((K::InvalidRime, cs));
    };
    let glide_at = cs as u8;
    let nucleus_at = (cs + rm.nucleus_at) as u8;
    let coda = match (rm.semi, coda_cons) {
        (Some(_), Some(_)) => return Err((K::InvalidCoda, p)),
        (s, c) => s.or(c),
    };
    check_rime(onset, rm.glide, rm.nucleus, coda)
        .map_err(|k| (k, if k == K::InvalidCoda && p < n { p } else { cs }))?;
    // Spelling of the onset against the first vowel letter after it.
    let front = matches!(l[cs], letters::I | letters::E | letters::EE | letters::Y);
    match onset {
        Some(Onset::K | Onset::Gh | Onset::Ngh) if !front => return Err((K::Spelling, cs)),
        Some(Onset::C | Onset::G | Onset::Ng) if front => return Err((K::Spelling, cs)),
        _ => {}
    }
    if coda.is_some_and(Coda::is_stop) && !matches!(tone, Tone::Sac | Tone::Nang) {
        return Err((K::ToneWithStopCoda, p));
    }
    Ok(Parts {
        onset,
        glide: rm.glide,
        nucleus: rm.nucleus,
        coda,
        glide_at,
        nucleus_at,
    })
}

/// Which nucleus may stand with which onset, glide and coda.
fn check_rime(
    onset: Option<Onset>,
    glide: Option<Glide>,
    nucleus: Nucleus,
    coda: Option<Coda>,
) -> Result<(), SyllableErrorKind> {
    use Nucleus as Nu;
    use SyllableErrorKind as K;
    let cons_coda = coda.filter(|c| !matches!(c, Coda::I | Coda::Y | Coda::O | Coda::U));
    // Nuclei that need a coda, and those that never take one.
    match nucleus {
        Nu::Aw | Nu::Aa | Nu::Iee | Nu::Yee | Nu::Uoo | Nu::Uwow if coda.is_none() => {
            return Err(K::InvalidRime);
        }
        Nu::DoubleO if cons_coda.is_none() => return Err(K::InvalidRime),
        Nu::Ia | Nu::Ya | Nu::Ua | Nu::Uwa if coda.is_some() => return Err(K::InvalidCoda),
        _ => {}
    }
    match onset {
        // `qu` carries the glide: no second glide, and not before `u`, `ư`, `uô`, `ươ`, `iê`.
        Some(Onset::Qu)
            if glide.is_some()
                || matches!(
                    nucleus,
                    Nu::U | Nu::Uw | Nu::Ua | Nu::Uoo | Nu::Uwow | Nu::Uwa | Nu::Iee | Nu::Ia
                ) =>
        {
            return Err(K::InvalidRime);
        }
        // `yê` starts a syllable or follows a glide; `iê` follows a consonant.
        None if nucleus == Nu::Iee => return Err(K::InvalidRime),
        Some(o) if o != Onset::Qu && nucleus == Nu::Yee && glide.is_none() => {
            return Err(K::InvalidRime);
        }
        _ => {}
    }
    if nucleus == Nu::Ya && glide.is_none() {
        return Err(K::InvalidRime);
    }
    match cons_coda {
        Some(Coda::Ch | Coda::Nh) if !matches!(nucleus, Nu::A | Nu::Ee | Nu::I | Nu::Y) => {
            Err(K::InvalidCoda)
        }
        Some(Coda::C | Coda::Ng) if matches!(nucleus, Nu::I | Nu::Y | Nu::Ee) => {
            Err(K::InvalidCoda)
        }
        _ => Ok(()),
    }
}

impl Syllable {
    /// Parses one Vietnamese syllable, in any case, NFC or NFD, either tone style, with the
    /// tone mark on any of its vowels.
    ///
    /// # Errors
    /// A [`SyllableError`] saying what is wrong and where, when the string is not one
    /// Vietnamese syllable.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Form, Syllable, ToneStyle};
    /// let s = Syllable::parse("qủa").unwrap(); // the mark misplaced on the `u` of `qu`
    /// assert_eq!(s.to_string(), "quả");
    /// assert_eq!(Syllable::parse("gìa").unwrap().to_string(), "già");
    /// assert!(Syllable::parse("online").is_err());
    /// ```
    pub fn parse(s: &str) -> Result<Syllable, SyllableError> {
        Self::parse_with_repairs(s).map(|(syl, _)| syl)
    }

    /// [`Syllable::parse`], also saying which repairs the input needed.
    pub(crate) fn parse_with_repairs(s: &str) -> Result<(Syllable, Repairs), SyllableError> {
        Self::from_decoded(&decode(s.as_bytes(), 0, false)?)
    }

    /// The syllable spelled by decoded letters, if they spell one.
    pub(crate) fn from_decoded(d: &Decoded) -> Result<(Syllable, Repairs), SyllableError> {
        let letters = &d.letters[..d.len];
        let parts = analyze(letters, d.tone)
            .map_err(|(kind, i)| err(kind, d.offsets[i.min(d.len - 1)] as usize))?;
        // `Ð`/`ð` are accepted only as the onset `đ`.
        if d.letters[1..d.len].contains(&letters::DD) {
            let at = d.letters[1..d.len].iter().position(|&l| l == letters::DD);
            debug_assert!(at.is_some(), "the `đ` just found");
            let i = 1 + at.unwrap_or(0);
            return Err(err(SyllableErrorKind::InvalidRime, d.offsets[i] as usize));
        }
        let syl = Syllable {
            letters: d.letters,
            len: d.len as u8,
            upper: d.upper,
            tone: d.tone,
            tone_at: d.tone_at,
            onset: parts.onset,
            glide: parts.glide,
            nucleus: parts.nucleus,
            coda: parts.coda,
            glide_at: parts.glide_at,
            nucleus_at: parts.nucleus_at,
        };
        let (old, new) = parts.tone_indices();
        let misplaced = d.tone != Tone::Ngang && d.tone_at != old && d.tone_at != new;
        Ok((
            syl,
            Repairs {
                marks: d.repaired_marks,
                misplaced,
            },
        ))
    }

    /// The initial consonant, if any.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Onset, Syllable};
    /// assert_eq!(Syllable::parse("giữ").unwrap().onset(), Some(Onset::Gi));
    /// assert_eq!(Syllable::parse("ủy").unwrap().onset(), None);
    /// ```
    pub fn onset(&self) -> Option<Onset> {
        self.onset
    }
    /// The medial glide `o`/`u`, if any.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Glide, Syllable};
    /// assert_eq!(Syllable::parse("thuyền").unwrap().glide(), Some(Glide::U));
    /// ```
    pub fn glide(&self) -> Option<Glide> {
        self.glide
    }
    /// The main vowel.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Nucleus, Syllable};
    /// assert_eq!(Syllable::parse("thuyền").unwrap().nucleus(), Nucleus::Yee);
    /// ```
    pub fn nucleus(&self) -> Nucleus {
        self.nucleus
    }
    /// The final consonant or semivowel, if any.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Coda, Syllable};
    /// assert_eq!(Syllable::parse("thuyền").unwrap().coda(), Some(Coda::N));
    /// assert_eq!(Syllable::parse("hòa").unwrap().coda(), None);
    /// ```
    pub fn coda(&self) -> Option<Coda> {
        self.coda
    }
    /// The tone.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Syllable, Tone};
    /// assert_eq!(Syllable::parse("thuyền").unwrap().tone(), Tone::Huyen);
    /// ```
    pub fn tone(&self) -> Tone {
        self.tone
    }

    /// A number that identifies the syllable's parts and tone, ignoring case, normalization
    /// form and tone style: `Ủy`, `Uỷ`, `UỶ` and NFD `Ủy` have the same key. Keys fit in 20
    /// bits; lexicons compare them instead of strings.
    ///
    /// # Examples
    /// ```
    /// use vntext::Syllable;
    /// let key = |s| Syllable::parse(s).unwrap().key();
    /// assert_eq!(key("Ủy"), key("uỷ"));
    /// assert_eq!(key("UỶ"), key("U\u{309}y"));
    /// assert_ne!(key("ủy"), key("ùy"));
    /// ```
    pub fn key(&self) -> u32 {
        // Each part's number, 0 for a missing one, in its own bits:
        //
        //    18    16 15    12 11         7 6     5 4        0
        //   +--------+--------+-------------+-------+----------+
        //   |  tone  |1 + coda|   nucleus   |1+glide| 1 + onset|
        //   +--------+--------+-------------+-------+----------+
        //     6 tones 12 codas  21 nuclei    2 glides 27 onsets
        let onset = self.onset.map_or(0, |o| o as u32 + 1);
        let glide = self.glide.map_or(0, |g| g as u32 + 1);
        let coda = self.coda.map_or(0, |c| c as u32 + 1);
        onset << KEY_ONSET_SHIFT
            | glide << KEY_GLIDE_SHIFT
            | (self.nucleus as u32) << KEY_NUCLEUS_SHIFT
            | coda << KEY_CODA_SHIFT
            | (self.tone as u32) << KEY_TONE_SHIFT
    }

    /// Letter index that carries the tone in `style`.
    fn tone_index(&self, style: ToneStyle) -> u8 {
        let parts = Parts {
            onset: self.onset,
            glide: self.glide,
            nucleus: self.nucleus,
            coda: self.coda,
            glide_at: self.glide_at,
            nucleus_at: self.nucleus_at,
        };
        let (old, new) = parts.tone_indices();
        match style {
            ToneStyle::Old => old,
            ToneStyle::New => new,
            ToneStyle::Keep if self.tone_at == old || self.tone_at == new => self.tone_at,
            ToneStyle::Keep => old,
        }
    }

    /// Appends the syllable to `out` in `form`, the tone mark placed by `style`, every letter
    /// in the case it was written in.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Form, Syllable, ToneStyle};
    /// let mut out = String::from("Ủy ban → ");
    /// Syllable::parse("Ủy").unwrap().write_to(&mut out, Form::Nfc, ToneStyle::New);
    /// assert_eq!(out, "Ủy ban → Uỷ");
    /// ```
    pub fn write_to(&self, out: &mut String, form: Form, style: ToneStyle) {
        let t = letters::tables();
        let at = if self.tone == Tone::Ngang {
            NO_TONE
        } else {
            self.tone_index(style)
        };
        for i in 0..self.len as usize {
            let tone = if i as u8 == at {
                self.tone
            } else {
                Tone::Ngang
            };
            let upper = self.upper & (1 << i) != 0;
            match form {
                Form::Nfc => t.push_nfc(self.letters[i], tone, upper, out),
                Form::Nfd => t.push_nfd(self.letters[i], tone, upper, out),
            }
        }
    }

    /// The syllable as a new string; see [`Syllable::write_to`].
    ///
    /// # Examples
    /// ```
    /// use vntext::{Form, Syllable, ToneStyle};
    /// let s = Syllable::parse("Hoà").unwrap();
    /// assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Old), "Hòa");
    /// ```
    pub fn to_string_with(&self, form: Form, style: ToneStyle) -> String {
        let mut s = String::with_capacity(self.len as usize * 3);
        self.write_to(&mut s, form, style);
        s
    }
}

/// NFC, each syllable's own tone style kept (a misplaced mark moved to where both
/// conventions agree).
impl fmt::Display for Syllable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_with(Form::Nfc, ToneStyle::Keep))
    }
}

/// Parses one syllable, as [`Syllable::parse`].
///
/// # Examples
/// ```
/// let s: vntext::Syllable = "Nguyễn".parse().unwrap();
/// assert_eq!(s.tone(), vntext::Tone::Nga);
/// ```
impl std::str::FromStr for Syllable {
    type Err = SyllableError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Syllable::parse(s)
    }
}

/// With the `serde` feature: a map of the syllable as written (NFC, its own tone style) and
/// its parts, e.g. `{"text":"Người","onset":"ng","glide":null,"nucleus":"ươ","coda":"i",
/// "tone":"huyền"}`.
#[cfg(feature = "serde")]
impl serde::Serialize for Syllable {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = serializer.serialize_struct("Syllable", 6)?;
        st.serialize_field("text", &self.to_string())?;
        st.serialize_field("onset", &self.onset)?;
        st.serialize_field("glide", &self.glide)?;
        st.serialize_field("nucleus", &self.nucleus)?;
        st.serialize_field("coda", &self.coda)?;
        st.serialize_field("tone", &self.tone)?;
        st.end()
    }
}

/// With the `serde` feature: from a string (`"Người"`), or from the map that serializing
/// gives, whose `text` is parsed again (the parts are derived from it, not read).
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Syllable {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Syllable;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a Vietnamese syllable, or a map with its `text`")
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<Syllable, E> {
                Syllable::parse(s).map_err(E::custom)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Syllable, A::Error> {
                let mut text: Option<String> = None;
                while let Some(k) = map.next_key::<String>()? {
                    if k == "text" {
                        text = Some(map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                let text = text.ok_or_else(|| serde::de::Error::missing_field("text"))?;
                Syllable::parse(&text).map_err(serde::de::Error::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Whether `s` is exactly one Vietnamese syllable (see [`Syllable::parse`]).
///
/// # Examples
/// ```
/// assert!(vntext::is_valid("Nguyễn"));
/// assert!(vntext::is_valid("khuỷu"));
/// assert!(!vntext::is_valid("Covid"));
/// assert!(!vntext::is_valid("ca\u{301}c lan")); // two words
/// ```
pub fn is_valid(s: &str) -> bool {
    Syllable::parse(s).is_ok()
}

/// Context of a vowel cluster for [`placement`]: what comes before it in the word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Before {
    /// Nothing: the cluster starts the word.
    Nothing = 0,
    /// A consonant that is not a lone `q` or `g`.
    Consonant = 1,
    /// A lone `q` (the cluster starts with the `u` of `qu`).
    Q = 2,
    /// A lone `g` (the cluster may start with the `i` of `gi`).
    G = 3,
}

/// Where the tone mark goes (old style, new style) as an index into a vowel cluster, given
/// what comes before it and whether a consonant follows; `None` if the cluster cannot be part
/// of a Vietnamese syllable. The rule is [`Parts::tone_indices`]; the normalizer's fast path
/// caches this for every cluster.
pub(crate) fn placement(before: Before, cluster: &[Letter], coda: bool) -> Option<(u8, u8)> {
    let lead: &[Letter] = match before {
        Before::Nothing => &[],
        Before::Consonant => &[cons(b'b')],
        Before::Q => &[cons(b'q')],
        Before::G => &[cons(b'g')],
    };
    let n = lead.len() + cluster.len() + coda as usize;
    if n > MAX_LETTERS {
        return None;
    }
    let mut l = [0 as Letter; MAX_LETTERS];
    l[..lead.len()].copy_from_slice(lead);
    l[lead.len()..lead.len() + cluster.len()].copy_from_slice(cluster);
    if coda {
        l[n - 1] = cons(b'n');
    }
    let lead = lead.len() as u8;
    // Any tone that a coda `n` allows.
    let parts = analyze(&l[..n], Tone::Sac).ok()?;
    let (old, new) = parts.tone_indices();
    Some((old.checked_sub(lead)?, new.checked_sub(lead)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> (Option<Onset>, Option<Glide>, Nucleus, Option<Coda>, Tone) {
        let x = Syllable::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        (x.onset(), x.glide(), x.nucleus(), x.coda(), x.tone())
    }

    #[test]
    fn gi_and_qu() {
        use Nucleus as Nu;
        assert_eq!(
            parts("già"),
            (Some(Onset::Gi), None, Nu::A, None, Tone::Huyen)
        );
        assert_eq!(
            parts("gì"),
            (Some(Onset::Gi), None, Nu::I, None, Tone::Huyen)
        );
        assert_eq!(
            parts("gìn"),
            (Some(Onset::Gi), None, Nu::I, Some(Coda::N), Tone::Huyen)
        );
        assert_eq!(parts("giường").2, Nu::Uwow);
        assert_eq!(
            parts("quyết"),
            (Some(Onset::Qu), None, Nu::Yee, Some(Coda::T), Tone::Sac)
        );
        assert_eq!(parts("quý").2, Nu::Y);
        assert_eq!(
            Syllable::parse("qu").unwrap_err().kind(),
            SyllableErrorKind::QuWithoutVowel
        );
        assert_eq!(
            Syllable::parse("qa").unwrap_err().kind(),
            SyllableErrorKind::InvalidOnset
        );
    }

    #[test]
    fn misplaced_marks_move() {
        for (input, want) in [
            ("qủa", "quả"),
            ("gìa", "già"),
            ("nghìên", "nghiền"),
            ("thuýên", "thuyến"),
            ("tụynh", "tuỵnh"),
            ("NGƯỜI", "NGƯỜI"),
            ("Ngừơi", "Người"),
        ] {
            assert_eq!(Syllable::parse(input).unwrap().to_string(), want, "{input}");
        }
    }

    /// The parts of a key have bits of their own: the largest value of each fits below the
    /// next part's shift, and the whole key in 20 bits.
    #[test]
    fn key_fields_do_not_overlap() {
        let max = |n: u32, shift: u32, next: u32| assert!(n << shift < 1 << next, "{n} << {shift}");
        max(Onset::X as u32 + 1, KEY_ONSET_SHIFT, KEY_GLIDE_SHIFT);
        max(Glide::U as u32 + 1, KEY_GLIDE_SHIFT, KEY_NUCLEUS_SHIFT);
        max(Nucleus::Uwa as u32, KEY_NUCLEUS_SHIFT, KEY_CODA_SHIFT);
        max(Coda::U as u32 + 1, KEY_CODA_SHIFT, KEY_TONE_SHIFT);
        max(Tone::Nang as u32, KEY_TONE_SHIFT, 20);
        let s = Syllable::parse("NGƯỜI").unwrap();
        let k = s.key();
        assert_eq!(k & 0x1F, Onset::Ng as u32 + 1);
        assert_eq!(k >> KEY_TONE_SHIFT, Tone::Huyen as u32);
    }

    #[test]
    fn placement_matches_parse() {
        assert_eq!(
            placement(Before::Consonant, &[letters::O, letters::A], false),
            Some((0, 1))
        );
        assert_eq!(
            placement(Before::Q, &[letters::U, letters::A], false),
            Some((1, 1))
        );
        assert_eq!(
            placement(Before::G, &[letters::I, letters::A], false),
            Some((1, 1))
        );
        assert_eq!(
            placement(Before::Consonant, &[letters::I, letters::A], false),
            Some((0, 0))
        );
        assert_eq!(placement(Before::G, &[letters::I], true), Some((0, 0)));
        assert_eq!(
            placement(
                Before::Nothing,
                &[letters::Y, letters::EE, letters::U],
                false
            ),
            Some((1, 1))
        );
        assert_eq!(
            placement(Before::Consonant, &[letters::O, letters::O], false),
            None
        );
    }
}

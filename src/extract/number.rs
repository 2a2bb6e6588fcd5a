//! Exact decimal numbers, and reading them from Vietnamese digits (`8,5`, `34.118`, `1.5`)
//! and number words (`mười hai`, `một trăm linh năm`, `tám phẩy năm`).

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use super::units::{Gap, Unit};
use super::words::Word;

/// An exact decimal number, as written in the text: `8,5` is 8.5, `34.118` is 34118.
///
/// Kept exact (an integer and a count of decimal places) so that values compare with `==`
/// and print as they were written, without binary rounding (`0.1` stays `0.1`). Equal
/// values are equal however many trailing zeros they were written with (`62,00` = `62`).
///
/// # Examples
/// ```
/// use vntext::Decimal;
/// let d: Decimal = "8.5".parse().unwrap();
/// assert_eq!(d.to_string(), "8.5");
/// assert_eq!(d.to_f64(), 8.5);
/// assert_eq!("62.00".parse::<Decimal>().unwrap(), "62".parse().unwrap());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Decimal {
    /// The digits, without the decimal point; no trailing zero when `scale` > 0.
    mantissa: i64,
    /// Digits after the decimal point.
    scale: u8,
}

/// The most decimal places kept: more than any percentage needs, and 10^18 fits an `i64`.
const MAX_SCALE: u8 = 18;

impl Decimal {
    /// `mantissa` × 10^-`scale`, with trailing zeros removed.
    pub(crate) fn new(mut mantissa: i64, mut scale: u8) -> Decimal {
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        Decimal { mantissa, scale }
    }

    /// A whole number.
    pub(crate) fn int(n: i64) -> Decimal {
        Decimal::new(n, 0)
    }

    /// The number as an `f64` (rounded when it has more than 15 or so significant digits).
    ///
    /// # Examples
    /// ```
    /// let d: vntext::Decimal = "-2.3".parse().unwrap();
    /// assert_eq!(d.to_f64(), -2.3);
    /// ```
    #[must_use]
    pub fn to_f64(self) -> f64 {
        // Through the decimal text: exactly what `f64` parsing rounds `-2.3` to.
        self.to_string().parse().unwrap_or(f64::NAN)
    }

    /// The number with its sign flipped.
    pub(crate) fn negated(self) -> Decimal {
        Decimal::new(self.mantissa.saturating_neg(), self.scale)
    }

    /// The mantissa scaled to `scale` decimal places, if it fits.
    fn scaled(self, scale: u8) -> Option<i128> {
        let up = u32::from(scale.checked_sub(self.scale)?);
        i128::from(self.mantissa).checked_mul(10i128.checked_pow(up)?)
    }

    /// Whether this is a whole number.
    pub(crate) fn is_integer(self) -> bool {
        self.scale == 0
    }

    /// The whole number, if it is one and fits.
    pub(crate) fn as_integer(self) -> Option<i64> {
        self.is_integer().then_some(self.mantissa)
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let scale = self.scale.max(other.scale);
        match (self.scaled(scale), other.scaled(scale)) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => self.to_f64().total_cmp(&other.to_f64()),
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let digits = self.mantissa.unsigned_abs().to_string();
        let sign = if self.mantissa < 0 { "-" } else { "" };
        let scale = usize::from(self.scale);
        if scale == 0 {
            return write!(f, "{sign}{digits}");
        }
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (int, frac) = padded.split_at(padded.len() - scale);
        write!(f, "{sign}{int}.{frac}")
    }
}

/// The error of parsing a [`Decimal`] from text that is not a plain decimal number.
///
/// # Examples
/// ```
/// assert!("8,5".parse::<vntext::Decimal>().is_err()); // the Vietnamese comma: read text with the extractor
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a decimal number such as 8.5 or -2")
    }
}

impl std::error::Error for ParseDecimalError {}

/// Parses the plain notation [`Decimal`] prints: an optional `-`, digits, an optional `.` and
/// more digits (`8.5`, `-2.3`, `100`).
impl FromStr for Decimal {
    type Err = ParseDecimalError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (neg, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
        if int.is_empty()
            || !digits(int)
            || !digits(frac)
            || (body.contains('.') && frac.is_empty())
        {
            return Err(ParseDecimalError);
        }
        let d = decimal_from_digits(int, frac).ok_or(ParseDecimalError)?;
        Ok(if neg { d.negated() } else { d })
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Decimal {
    /// A JSON number (through `f64`), which is what readers of percentages expect.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.as_integer() {
            Some(n) => serializer.serialize_i64(n),
            None => serializer.serialize_f64(self.to_f64()),
        }
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Decimal {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number")
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                Ok(Decimal::int(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                i64::try_from(v).map(Decimal::int).map_err(E::custom)
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                // The shortest text that reads back as `v`.
                format!("{v}").parse().map_err(E::custom)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The decimal with integer digits `int` and fraction digits `frac` (ASCII digits only).
fn decimal_from_digits(int: &str, frac: &str) -> Option<Decimal> {
    let frac = frac.trim_end_matches('0');
    let scale = u8::try_from(frac.len()).ok().filter(|&s| s <= MAX_SCALE)?;
    let mut m: i64 = 0;
    for b in int.bytes().chain(frac.bytes()) {
        m = m.checked_mul(10)?.checked_add(i64::from(b - b'0'))?;
    }
    Some(Decimal::new(m, scale))
}

/// Reads a number written with Vietnamese separators: the decimal comma and the thousands
/// dot (`8,5`, `34.118`, `1.234,56`); a single dot not followed by exactly three digits is a
/// decimal point (`1.5`). `None` for anything else (dates, codes, `1.2.3`).
pub(crate) fn parse_vietnamese(s: &str) -> Option<Decimal> {
    let b = s.as_bytes();
    if b.is_empty() || !b[0].is_ascii_digit() {
        return None;
    }
    if !b
        .iter()
        .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
    {
        return None;
    }
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) if !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()) => (i, f),
        Some(_) => return None,
        None => (s, ""),
    };
    let groups: Vec<&str> = int.split('.').collect();
    match groups.as_slice() {
        [only] => decimal_from_digits(only, frac),
        [first, rest @ ..]
            if (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3) =>
        {
            decimal_from_digits(&groups.concat(), frac)
        }
        // One dot that is not a thousands separator: a decimal point (`1.5`).
        [i, f] if frac.is_empty() && !i.is_empty() && !f.is_empty() => decimal_from_digits(i, f),
        _ => None,
    }
}

/// A number written in words from unit `i` (`mười hai`, `tám phẩy năm`), one syllable per
/// unit, spaced: the number and the index after it.
pub(crate) fn spelled(u: &[Unit<'_>], i: usize) -> Option<(Decimal, usize)> {
    let mut ws = [Word::Other; 8];
    let mut n = 0;
    while n < ws.len() {
        match u.get(i + n) {
            Some(y) if y.key.is_some() && (n == 0 || y.gap == Gap::Space) => {
                ws[n] = y.word;
                n += 1;
            }
            _ => break,
        }
    }
    let (d, k) = parse_words(&ws[..n])?;
    Some((d, i + k))
}

/// Reads Vietnamese number words from the start of `words` (their [`Word`]s): `mười hai`
/// (12), `hai mươi mốt` (21), `ba mươi lăm` (35), `một trăm linh năm` (105), `bảy mươi tư`
/// (74), `tám phẩy năm` (8.5). Returns the number and how many words it took; `None` when the
/// first word is not a number word. Up to 999 and one decimal word sequence after `phẩy`.
pub(crate) fn parse_words(words: &[Word]) -> Option<(Decimal, usize)> {
    let (int, mut n) = integer_words(words)?;
    if words.get(n) == Some(&Word::Phay) {
        // Decimal digits, one word each: `tám phẩy năm` = 8.5, `không phẩy năm` = 0.5.
        let mut frac = String::new();
        let mut k = n + 1;
        while let Some(d) = words.get(k).and_then(|w| digit(*w, false)) {
            frac.push(char::from(b'0' + d));
            k += 1;
        }
        if !frac.is_empty() {
            let d = decimal_from_digits(&int.to_string(), &frac)?;
            n = k;
            return Some((d, n));
        }
    }
    Some((Decimal::int(int), n))
}

/// A digit word; `after_tens` allows the forms used after `mươi` (`mốt` = 1, `lăm` = 5, `tư`
/// = 4).
pub(super) fn digit(w: Word, after_tens: bool) -> Option<u8> {
    Some(match w {
        Word::Khong => 0,
        Word::Mot => 1,
        Word::Mot2 if after_tens => 1,
        Word::Hai => 2,
        Word::Ba => 3,
        Word::Bon => 4,
        Word::Tu4 => 4,
        Word::Nam => 5,
        Word::Lam | Word::Nham if after_tens => 5,
        Word::Sau6 => 6,
        Word::Bay => 7,
        Word::Tam => 8,
        Word::Chin => 9,
        _ => return None,
    })
}

/// An integer 0..=999 in words, and how many words it took.
fn integer_words(w: &[Word]) -> Option<(i64, usize)> {
    let mut i = 0;
    let mut total = 0i64;
    // Hundreds: `một trăm`, `hai trăm`, or `trăm` alone (a hundred).
    match (w.first(), w.get(1)) {
        (Some(&d), Some(Word::Tram)) if digit(d, false).is_some_and(|d| d > 0) => {
            total = i64::from(digit(d, false)?) * 100;
            i = 2;
        }
        (Some(Word::Tram), _) => {
            total = 100;
            i = 1;
        }
        _ => {}
    }
    let hundreds = i > 0;
    match w.get(i) {
        // `linh`/`lẻ` + a digit: no tens (`một trăm linh năm` = 105).
        Some(Word::Linh | Word::Le) if hundreds => {
            match w.get(i + 1).and_then(|&d| digit(d, false)) {
                Some(d) => return Some((total + i64::from(d), i + 2)),
                None => return Some((total, i)),
            }
        }
        // `mười` (10) + an optional unit: `mười hai`, `mười lăm`, `mười một`.
        Some(Word::Muoi) => {
            total += 10;
            i += 1;
            if let Some(d) = w.get(i).and_then(|&d| digit(d, true)).filter(|&d| d > 0) {
                // `mười mốt` is not used, but `mười một` is; `mười lăm` = 15.
                total += i64::from(d);
                i += 1;
            }
            return Some((total, i));
        }
        Some(&d) => {
            if let Some(t) = digit(d, false) {
                // A digit then `mươi`: tens (`hai mươi`, `ba mươi lăm`).
                if w.get(i + 1) == Some(&Word::Muoi2) && t >= 2 {
                    total += i64::from(t) * 10;
                    i += 2;
                    if let Some(u) = w.get(i).and_then(|&u| digit(u, true)).filter(|&u| u > 0) {
                        total += i64::from(u);
                        i += 1;
                    }
                    return Some((total, i));
                }
                // A lone digit (units), not after hundreds without `linh`.
                if !hundreds {
                    return Some((i64::from(t), i + 1));
                }
            }
        }
        None => {}
    }
    hundreds.then_some((total, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_separators() {
        let p = |s| parse_vietnamese(s).map(|d| d.to_string());
        assert_eq!(p("8,5").as_deref(), Some("8.5"));
        assert_eq!(p("34.118").as_deref(), Some("34118"));
        assert_eq!(p("1.234,56").as_deref(), Some("1234.56"));
        assert_eq!(p("1.5").as_deref(), Some("1.5"));
        assert_eq!(p("0,05").as_deref(), Some("0.05"));
        assert_eq!(p("62,00").as_deref(), Some("62"));
        assert_eq!(p("100").as_deref(), Some("100"));
        assert_eq!(p("1.2.3"), None);
        assert_eq!(p("06/01/2019"), None);
        assert_eq!(p("8,5,6"), None);
        assert_eq!(p(",5"), None);
        assert_eq!(p("99999999999999999999"), None);
    }

    #[test]
    fn decimals_compare_and_print_exactly() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(d("0.1").to_string(), "0.1");
        assert_eq!(d("-0.05").to_string(), "-0.05");
        assert_eq!(d("100").to_string(), "100");
        assert!(d("8.5") < d("9"));
        assert!(d("-2.3") < d("0.1"));
        assert_eq!(d("1.50"), d("1.5"));
        assert!("1.".parse::<Decimal>().is_err());
        assert!(".5".parse::<Decimal>().is_err());
        assert!("".parse::<Decimal>().is_err());
        assert!("-".parse::<Decimal>().is_err());
    }

    #[test]
    fn number_words() {
        use Word::*;
        let n = |w: &[Word]| parse_words(w).map(|(d, k)| (d.to_string(), k));
        assert_eq!(n(&[Muoi, Hai]), Some(("12".into(), 2)));
        assert_eq!(n(&[Muoi, Lam]), Some(("15".into(), 2)));
        assert_eq!(n(&[Hai, Muoi2, Mot2]), Some(("21".into(), 3)));
        assert_eq!(n(&[Bay, Muoi2, Tu4]), Some(("74".into(), 3)));
        assert_eq!(n(&[Ba, Muoi2, Lam]), Some(("35".into(), 3)));
        assert_eq!(n(&[Mot, Tram, Linh, Nam]), Some(("105".into(), 4)));
        assert_eq!(n(&[Mot, Tram]), Some(("100".into(), 2)));
        assert_eq!(n(&[Tram]), Some(("100".into(), 1)));
        assert_eq!(n(&[Tam, Phay, Nam]), Some(("8.5".into(), 3)));
        assert_eq!(n(&[Khong, Phay, Nam]), Some(("0.5".into(), 3)));
        assert_eq!(n(&[Nam]), Some(("5".into(), 1)));
        assert_eq!(n(&[Ngay]), None);
        // `mốt` and `lăm` stand for 1 and 5 only after tens.
        assert_eq!(n(&[Mot2]), None);
        assert_eq!(n(&[Lam]), None);
    }
}

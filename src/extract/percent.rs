//! Percentages: `8,5%`, `8,5 - 9%`, `từ 8 đến 9%`, `12 phần trăm`, `mười hai phần trăm`,
//! `0,5 điểm phần trăm`, `hơn 90%`, `-2,3%`.

use std::fmt;

use super::number::{self, Decimal};
use super::units::{Gap, Unit};
use std::sync::LazyLock;

use super::words::{self, Word};
use crate::tokenize::TokenKind;

/// A percentage: one value or a range, in percent or in percentage points, with the word
/// that qualifies it (`hơn 90%`: more than 90).
///
/// # Examples
/// ```
/// use vntext::{PercentValue, Qualifier};
/// let p = vntext::percentages("GRDP ước tăng 8,5 - 9%.").next().unwrap().value;
/// assert_eq!((p.min.to_string(), p.max.to_string()), ("8.5".into(), "9".into()));
/// assert!(p.is_range());
/// let p = vntext::percentages("hơn 90% hộ dân").next().unwrap().value;
/// assert_eq!(p.qualifier, Some(Qualifier::Hon));
/// assert_eq!(p.to_string(), "hơn 90%");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct PercentValue {
    /// The value, or the low end of a range.
    pub min: Decimal,
    /// The high end of a range; equal to `min` for a single value.
    pub max: Decimal,
    /// Percentage points (`0,5 điểm phần trăm`), not percent.
    pub points: bool,
    /// The word before the number that qualifies it, if any.
    pub qualifier: Option<Qualifier>,
}

impl PercentValue {
    /// Whether this is a range (`8,5 - 9%`).
    ///
    /// # Examples
    /// ```
    /// let p = vntext::percentages("tăng 5,2%").next().unwrap().value;
    /// assert!(!p.is_range());
    /// ```
    #[must_use]
    pub fn is_range(&self) -> bool {
        self.min != self.max
    }
}

impl fmt::Display for PercentValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(q) = self.qualifier {
            write!(f, "{} ", q.as_str())?;
        }
        if self.is_range() {
            write!(f, "{}–{}", self.min, self.max)?;
        } else {
            write!(f, "{}", self.min)?;
        }
        f.write_str(if self.points {
            " điểm phần trăm"
        } else {
            "%"
        })
    }
}

/// A word before a percentage that qualifies it.
///
/// # Examples
/// ```
/// assert_eq!(vntext::Qualifier::XapXi.as_str(), "xấp xỉ");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Qualifier {
    /// `hơn`: more than.
    #[cfg_attr(feature = "serde", serde(rename = "hơn"))]
    Hon,
    /// `trên`: above.
    #[cfg_attr(feature = "serde", serde(rename = "trên"))]
    Tren,
    /// `dưới`: below.
    #[cfg_attr(feature = "serde", serde(rename = "dưới"))]
    Duoi,
    /// `gần`: nearly.
    #[cfg_attr(feature = "serde", serde(rename = "gần"))]
    Gan,
    /// `khoảng`: about.
    #[cfg_attr(feature = "serde", serde(rename = "khoảng"))]
    Khoang,
    /// `xấp xỉ`: approximately.
    #[cfg_attr(feature = "serde", serde(rename = "xấp xỉ"))]
    XapXi,
    /// `đạt`: reaching.
    #[cfg_attr(feature = "serde", serde(rename = "đạt"))]
    Dat,
    /// `ít nhất`: at least.
    #[cfg_attr(feature = "serde", serde(rename = "ít nhất"))]
    ItNhat,
    /// `tối thiểu`: at least.
    #[cfg_attr(feature = "serde", serde(rename = "tối thiểu"))]
    ToiThieu,
    /// `tối đa`: at most.
    #[cfg_attr(feature = "serde", serde(rename = "tối đa"))]
    ToiDa,
    /// `không quá`: not more than.
    #[cfg_attr(feature = "serde", serde(rename = "không quá"))]
    KhongQua,
    /// `không dưới`: not less than.
    #[cfg_attr(feature = "serde", serde(rename = "không dưới"))]
    KhongDuoi,
    /// `chưa đến`, `chưa tới`, `chưa đầy`: less than.
    #[cfg_attr(feature = "serde", serde(rename = "chưa đến"))]
    ChuaDen,
}

impl Qualifier {
    /// The word, in lower-case NFC (also its name in JSON).
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Qualifier::Hon.as_str(), "hơn");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Qualifier::Hon => "hơn",
            Qualifier::Tren => "trên",
            Qualifier::Duoi => "dưới",
            Qualifier::Gan => "gần",
            Qualifier::Khoang => "khoảng",
            Qualifier::XapXi => "xấp xỉ",
            Qualifier::Dat => "đạt",
            Qualifier::ItNhat => "ít nhất",
            Qualifier::ToiThieu => "tối thiểu",
            Qualifier::ToiDa => "tối đa",
            Qualifier::KhongQua => "không quá",
            Qualifier::KhongDuoi => "không dưới",
            Qualifier::ChuaDen => "chưa đến",
        }
    }
}

impl fmt::Display for Qualifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A percentage found: units `start..end` and its value.
#[derive(Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: PercentValue,
}

/// The percentages of one sentence, leftmost first.
pub(crate) fn find(u: &[Unit<'_>], out: &mut Vec<Found>) {
    let mut i = 0;
    while i < u.len() {
        match at(u, i) {
            Some(f) => {
                i = f.end;
                out.push(f);
            }
            None => i += 1,
        }
    }
    respectively(u, out);
    if !out.is_empty() {
        changed_from(u, out);
    }
}

/// Whether unit `i` is the word `w` (lower-case NFC), in any case.
fn lower_is(u: &[Unit<'_>], i: usize, w: &str) -> bool {
    u.get(i).is_some_and(|x| {
        x.kind == TokenKind::Syllable
            && x.text.len() <= 12
            && crate::nfc(&x.text.to_lowercase()) == w
    })
}

/// `tăng từ 40 lên 55%`, `giảm từ 8 xuống 6,5%`: the number a change starts from takes the
/// unit of the percentage it changes to, written once at the end.
fn changed_from(u: &[Unit<'_>], out: &mut Vec<Found>) {
    let mut more = Vec::new();
    for (fi, f) in out.iter().enumerate() {
        let Some(to) = f.start.checked_sub(1) else {
            continue;
        };
        let turn = u
            .get(to)
            .is_some_and(|x| x.word == Word::Len || crate::normalize::folds_to(x.text, "xuong"));
        if !turn || f.value.is_range() || to < 2 {
            continue;
        }
        // (The number right before the turn: its value and where it starts.)
        let Some((v, from)) = (to.saturating_sub(3)..to)
            .find_map(|k| number(u, k).filter(|&(_, e)| e == to).map(|(v, _)| (v, k)))
        else {
            continue;
        };
        let free = fi == 0 || out.get(fi - 1).is_none_or(|p| p.end <= from);
        if from >= 1 && w(u, from - 1) == Word::Tu && free {
            more.push(with_unit_of(f, from, to, v));
        }
    }
    add_in_order(out, more);
}

/// The number `v` at units `start..end`, read with the unit of percentage `f` (percent or
/// points), no qualifier of its own.
fn with_unit_of(f: &Found, start: usize, end: usize, v: Decimal) -> Found {
    Found {
        start,
        end,
        value: PercentValue {
            min: v,
            max: v,
            points: f.value.points,
            qualifier: None,
        },
    }
}

/// Adds `more` to the percentages found, keeping them in the text's order.
fn add_in_order(out: &mut Vec<Found>, more: Vec<Found>) {
    if !more.is_empty() {
        out.extend(more);
        out.sort_by_key(|f| f.start);
    }
}

/// `lần lượt 5,2 và 6,1%`, `lần lượt là 3, 4 và 5%`: after `lần lượt` (respectively), the
/// numbers listed before a percentage take its unit. Without that word a number before
/// `và` may count something else (`5 hộ và 7%`), so it stays a number.
fn respectively(u: &[Unit<'_>], out: &mut Vec<Found>) {
    static KEYS: LazyLock<Option<(u32, u32, u32)>> = LazyLock::new(|| {
        let key = |s: &str| crate::Syllable::parse(s).ok().map(|x| x.key());
        Some((key("lần")?, key("lượt")?, key("là")?))
    });
    let Some((lan, luot, la)) = *KEYS else { return };
    let key = |k: usize| u.get(k).and_then(|x| x.key);
    let mut more = Vec::new();
    for (fi, f) in out.iter().enumerate() {
        // The last item: a value with its unit and no qualifier of its own.
        if f.value.is_range() || f.value.qualifier.is_some() {
            continue;
        }
        let mut items = Vec::new();
        let mut k = f.start;
        while k >= 2
            && u.get(k - 1)
                .is_some_and(|x| x.is(",") || x.word == Word::Va)
            && let Some((v, end)) = number(u, k - 2).filter(|&(_, e)| e == k - 1)
        {
            items.push((k - 2, end, v));
            k -= 2;
        }
        let Some(&(first, ..)) = items.last() else {
            continue;
        };
        let before = if first >= 1 && key(first - 1) == Some(la) {
            first - 1
        } else {
            first
        };
        let cued = before >= 2 && key(before - 1) == Some(luot) && key(before - 2) == Some(lan);
        let free = fi == 0 || out.get(fi - 1).is_none_or(|p| p.end <= first);
        if cued && free {
            more.extend(items.into_iter().map(|(a, b, v)| with_unit_of(f, a, b, v)));
        }
    }
    add_in_order(out, more);
}

fn w(u: &[Unit<'_>], i: usize) -> Word {
    u.get(i).map_or(Word::Other, |x| x.word)
}

/// A qualifier at `i`: the qualifier and the index after it.
fn qualifier(u: &[Unit<'_>], i: usize) -> Option<(Qualifier, usize)> {
    let q = match (w(u, i), w(u, i + 1)) {
        (Word::Xap, Word::Xi) => (Qualifier::XapXi, 2),
        (Word::It, Word::Nhat2) => (Qualifier::ItNhat, 2),
        // `lương tối thiểu 7,3%`: the minimum wage raised by 7,3%, not at least 7,3%.
        (Word::Toi2, Word::Thieu | Word::Da) if i > 0 && bounded_noun(&u[i - 1]) => return None,
        (Word::Toi2, Word::Thieu) => (Qualifier::ToiThieu, 2),
        (Word::Toi2, Word::Da) => (Qualifier::ToiDa, 2),
        (Word::Khong, Word::Qua2) => (Qualifier::KhongQua, 2),
        // (Not `dưới` alone: `không dưới 10%` is at least 10%.)
        (Word::Khong, Word::Duoi) => (Qualifier::KhongDuoi, 2),
        (Word::Chua, Word::Den | Word::Toi) => (Qualifier::ChuaDen, 2),
        (Word::Chua, Word::Other) if lower_is(u, i + 1, "đầy") => (Qualifier::ChuaDen, 2),
        // `nhỏ hơn 10%` compares: `hơn` after an adjective is not the qualifier.
        // (But `nhấn mạnh` is to stress: `nhấn mạnh hơn 97% hộ dân đồng thuận`.)
        (Word::Hon, _) if i > 0 && comparative(&u[i - 1]) && !stressed(u, i - 1) => return None,
        (Word::Hon, _) => (Qualifier::Hon, 1),
        (Word::Tren, _) => (Qualifier::Tren, 1),
        // `trên dưới 90%` is about 90%, no bound: no qualifier of the list.
        (Word::Duoi, _) if i > 0 && w(u, i - 1) == Word::Tren => return None,
        (Word::Duoi, _) => (Qualifier::Duoi, 1),
        (Word::Gan, _) => (Qualifier::Gan, 1),
        (Word::Khoang, _) => (Qualifier::Khoang, 1),
        (Word::Dat, _) => (Qualifier::Dat, 1),
        _ => return None,
    };
    Some((q.0, i + q.1))
}

/// Adjectives that `hơn` makes comparative (`nhỏ hơn`, `cao hơn`).
static COMPARATIVES: LazyLock<Vec<(u32, ())>> = LazyLock::new(|| {
    let list: Vec<(&str, ())> = [
        "nhỏ", "lớn", "cao", "thấp", "nhiều", "ít", "tốt", "kém", "nhanh", "chậm", "rộng", "hẹp",
        "dài", "ngắn", "mạnh", "yếu", "đông", "lâu", "sớm", "muộn", "trễ",
    ]
    .into_iter()
    .map(|w| (w, ()))
    .collect();
    words::keyed(&list)
});

/// Nouns that `tối thiểu` and `tối đa` qualify as their own kind: `lương tối thiểu`, the
/// minimum wage, an institution. (Not `vốn`, capital, nor `giá`, price: `bổ sung vốn tối đa
/// 30%`, `tăng giá tối đa 5%` bound the change.)
static BOUNDED_NOUNS: LazyLock<Vec<(u32, ())>> = LazyLock::new(|| {
    let list: Vec<(&str, ())> = ["lương"].into_iter().map(|w| (w, ())).collect();
    words::keyed(&list)
});

fn bounded_noun(x: &Unit<'_>) -> bool {
    x.key
        .is_some_and(|k| words::find(&BOUNDED_NOUNS, k).is_some())
}

/// Whether `mạnh` at `i` ends the verb `nhấn mạnh` (to stress), no comparative.
fn stressed(u: &[Unit<'_>], i: usize) -> bool {
    let is = |k: usize, w: &str| {
        u.get(k)
            .is_some_and(|x| crate::normalize::folds_to(x.text, w))
    };
    i > 0 && is(i, "manh") && is(i - 1, "nhan")
}

fn comparative(x: &Unit<'_>) -> bool {
    x.key
        .is_some_and(|k| words::find(&COMPARATIVES, k).is_some())
}

/// A number at `i`: digits with Vietnamese separators (a `-` or `−` touching them, after a
/// space or at the start, is a minus sign; so is the word `âm` before them), or number
/// words. The value and the index after it.
fn number(u: &[Unit<'_>], i: usize) -> Option<(Decimal, usize)> {
    let x = u.get(i)?;
    if x.is_dash() && matches!(x.text, "-" | "−") {
        // `-2,3%`, `−1,2%` (the minus sign U+2212): a sign, not a range dash (nothing
        // number-like just before it).
        let n = u.get(i + 1)?;
        let before_ok = i == 0 || x.gap != Gap::None || u[i - 1].is("(");
        let prev_number = i > 0 && u[i - 1].kind == TokenKind::Number;
        if n.gap == Gap::None && before_ok && !prev_number && n.kind == TokenKind::Number {
            let d = number::parse_vietnamese(n.text)?;
            return Some((d.negated(), i + 2));
        }
        return None;
    }
    // `tăng trưởng âm 2,3%`: `âm` (negative) before a numeral is its sign.
    if x.word == Word::Am
        && let Some(n) = u.get(i + 1)
        && n.kind == TokenKind::Number
        && n.gap == Gap::Space
        && !n.text.starts_with('-')
    {
        let (d, end) = number(u, i + 1)?;
        return Some((d.negated(), end));
    }
    if x.kind == TokenKind::Number {
        let d = number::parse_vietnamese(x.text)?;
        // `97, 59%`: a decimal comma with a stray space (only right before the unit).
        if let (Some(c), Some(f)) = (u.get(i + 1), u.get(i + 2))
            && c.is(",")
            && c.gap == Gap::None
            && f.gap == Gap::Space
            && f.kind == TokenKind::Number
            && f.text.len() <= 2
            && f.text.bytes().all(|b| b.is_ascii_digit())
            && d.is_integer()
            && d <= Decimal::int(100)
            && !(i > 0
                && matches!(
                    u[i - 1].word,
                    Word::Nam | Word::Thang | Word::Ngay | Word::Quy
                ))
            && u.get(i + 3)
                .is_some_and(|p| p.is("%") && p.gap == Gap::None)
            && let Some(v) = number::parse_vietnamese(&format!("{},{}", x.text, f.text))
        {
            return Some((v, i + 3));
        }
        // `99,,4%`, `99.,4%`: a decimal separator typed twice (what was meant: 99,4).
        if let (Some(a), Some(b), Some(f)) = (u.get(i + 1), u.get(i + 2), u.get(i + 3))
            && [a, b]
                .iter()
                .all(|c| (c.is(",") || c.is(".")) && c.gap == Gap::None)
            && (a.is(",") || b.is(","))
            && f.gap == Gap::None
            && f.kind == TokenKind::Number
            && f.text.bytes().all(|b| b.is_ascii_digit())
            && d.is_integer()
            && d <= Decimal::int(100)
            && u.get(i + 4)
                .is_some_and(|p| p.is("%") && p.gap == Gap::None)
            && let Some(v) = number::parse_vietnamese(&format!("{},{}", x.text, f.text))
        {
            return Some((v, i + 4));
        }
        return Some((d, i + 1));
    }
    number::spelled(u, i)
}

/// The unit after a number at `i`: `%`, `phần trăm`, `điểm phần trăm`, `điểm %`. Whether it
/// is in points, and the index after it.
fn unit(u: &[Unit<'_>], i: usize) -> Option<(bool, usize)> {
    let x = u.get(i)?;
    if x.gap == Gap::Line {
        return None;
    }
    if x.is("%") {
        return Some((false, i + 1));
    }
    match (x.word, w(u, i + 1), w(u, i + 2)) {
        (Word::Phan, Word::Tram, _) => Some((false, i + 2)),
        (Word::Diem, Word::Phan, Word::Tram) => Some((true, i + 3)),
        (Word::Diem, _, _) if u.get(i + 1).is_some_and(|p| p.is("%")) => Some((true, i + 2)),
        _ => None,
    }
}

/// A range separator at `i`: a dash, `đến`, `tới`, `~`; the index after it.
fn separator(u: &[Unit<'_>], i: usize) -> Option<usize> {
    let x = u.get(i)?;
    (x.is_dash() || x.is("~") || matches!(x.word, Word::Den | Word::Toi)).then_some(i + 1)
}

/// Whether unit `j` follows `từ` (a range: no qualifier).
fn from_word(u: &[Unit<'_>], j: usize) -> bool {
    j > 0 && u[j - 1].word == Word::Tu
}

/// Whether a percentage may start with this unit: a numeral, a sign, a qualifier, `từ`, or a
/// number word.
fn may_start(x: &Unit<'_>) -> bool {
    x.kind == TokenKind::Number
        || x.is("-")
        || x.is("−")
        || !matches!(
            x.word,
            Word::Other | Word::Count | Word::DocFirst | Word::DocSecond | Word::So
        )
}

/// A percentage starting at unit `i`.
fn at(u: &[Unit<'_>], i: usize) -> Option<Found> {
    if !may_start(u.get(i)?) {
        return None;
    }
    let (q, j) = match qualifier(u, i) {
        Some((q, j)) => (Some(q), j),
        None => (None, i),
    };
    // `đạt từ 10 - 15%`: a range's `từ` starts the span; the word before is not a qualifier.
    if q.is_some() && w(u, j) == Word::Tu {
        return None;
    }
    let (from, j) = if w(u, j) == Word::Tu {
        (true, j + 1)
    } else {
        (false, j)
    };
    // `5-10%`: the tokenizer keeps a number, a dash and a number together.
    if let Some(x) = u.get(j)
        && x.kind == TokenKind::Number
        && let Some((p, r)) = x.text.split_once('-')
        && let (Some(a), Some(b)) = (number::parse_vietnamese(p), number::parse_vietnamese(r))
        && let Some((points, end)) = unit(u, j + 1)
        && a < b
    {
        return Some(Found {
            start: i,
            end,
            value: PercentValue {
                min: a,
                max: b,
                points,
                qualifier: if from_word(u, j) { None } else { q },
            },
        });
    }
    let (a, k) = number(u, j)?;
    let found = |end: usize, min: Decimal, max: Decimal, points: bool, q: Option<Qualifier>| {
        (min <= max).then_some(Found {
            start: i,
            end,
            value: PercentValue {
                min,
                max,
                points,
                qualifier: q,
            },
        })
    };
    // The second end of a range at `s` (after a separator): `[qualifier] B unit`.
    let second = |s: usize| -> Option<(Decimal, bool, usize)> {
        let s = qualifier(u, s).map_or(s, |(_, e)| e);
        let (b, e) = number(u, s)?;
        let (points, e) = unit(u, e)?;
        Some((b, points, e))
    };
    // `âm 0,5 - 1%`: the sign of the first end is the second's too (−1 to −0.5).
    let negative = w(u, j) == Word::Am;
    let ends = |a: Decimal, b: Decimal| {
        if negative && b > Decimal::int(0) {
            (b.negated(), a)
        } else {
            (a, b)
        }
    };
    match unit(u, k) {
        Some((points, end)) => {
            // `8,5% - 9%`, `từ 60% đến dưới 70%`
            if let Some(s) = separator(u, end)
                && let Some((b, p2, e2)) = second(s)
                && p2 == points
                && let (a, b) = ends(a, b)
                && a < b
            {
                return found(e2, a, b, points, if from { None } else { q });
            }
            if from {
                // `từ 31% trở lên`: `từ` opens no range; the span starts at the number.
                return found(end, a, a, points, None).map(|f| Found { start: j, ..f });
            }
            found(end, a, a, points, q)
        }
        None => {
            // `8,5 - 9%`, `từ 8 đến 9%`
            let s = separator(u, k)?;
            // (Both ends written alike: a number word then digits is no range, `nhiều năm tới
            // 52%`: many years, up to 52 %.)
            let digits = |m: usize| u.get(m).is_some_and(|x| x.kind == TokenKind::Number);
            let t = qualifier(u, s).map_or(s, |(_, e)| e);
            if digits(j) != digits(t) && !negative {
                return None;
            }
            let (b, points, e) = second(s)?;
            let (a, b) = ends(a, b);
            if a >= b {
                return None;
            }
            found(e, a, b, points, if from { None } else { q })
        }
    }
}

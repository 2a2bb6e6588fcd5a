//! The date rules: how Vietnamese news and official documents write dates, read over the
//! units of one sentence.
//!
//! A date expression is a calendar noun with its number (`ngày 6 tháng 1 năm 2019`,
//! `tháng 3/2020`, `năm 2020`, `quý I/2020`), a numeral that can only be a date
//! (`06/01/2019`, `7.2017`), a period word with its years (`nhiệm kỳ 2015 - 2020`), a
//! lunar feast (`Tết Canh Tý 2020`, `rằm tháng Giêng`), or — with a reference date — a
//! relative word (`hôm qua`, `tuần sau`). Words that only place it (`sáng`, `thứ Hai`,
//! `đầu`, `cuối`) are part of the span; a range (`từ … đến …`, `… - …`) is one expression
//! whose ends share what only one of them writes (`từ 20/4 đến 30/6/2020`).
//!
//! What looks like a date but is not: a numeral right after `số` or a document type
//! (`Thông tư 15/2014`), a day and month with nothing that makes them a date (`1/3` is a
//! fraction, `3-1` a score), a day or month that does not exist (`31/02/2020`), a clock time
//! (`10:20`), and `năm` meaning five (`năm người`).

use super::date::{CalendarDate, Date, DateValue, Period, days_in_month};
use super::lunar;
use super::units::{Gap, Unit};
use super::words::{self, Word};
use crate::tokenize::TokenKind;
use std::sync::LazyLock;

/// A date as written: a Gregorian or a lunar date, or only a day of the month (`ngày 1` in
/// `từ ngày 1 đến ngày 5/3/2020`), which a range completes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Solar(Date),
    Lunar(Date),
    /// A day with no month: only valid as the first end of a range.
    DayOnly(u8),
    /// Two dates written as one (`27-28/02/2000`, `2019-2020`, `nhiệm kỳ 2015 - 2020`).
    Range(Date, Date),
    /// Already resolved against the reference date.
    Value(DateValue),
}

/// The key of `tài` (of `tài khóa`, a budget's year).
static TAI: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("tài").ok().map(|s| s.key()));

/// A numeral token read as a date shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Num {
    /// Digits only, with their count (`06` has two).
    Int(u32, u8),
    /// Day, month, year (`06/01/2019`, `4.1.2017`, `3/9/91`).
    Dmy(u8, u8, i32),
    /// Day and month (`15/3`, `1-2`); the separator.
    Dm(u8, u8, u8),
    /// Month and year (`3/2020`, `7.2017`, `6-2016`).
    My(u8, i32),
    /// Two days of one month and year (`27-28/02/2000`), or without the year.
    Ddmy(u8, u8, u8, Option<i32>),
    /// Two years (`2019-2020`, `2019-20`).
    Yy(i32, i32),
    /// Two days of two months, and the year (`15/3-20/3/2021`), or without it.
    DmDm(u8, u8, u8, u8, Option<i32>),
    /// Two whole dates or two months of a year joined by a dash with no space
    /// (`10/10/1954-10/10/2026`, `9/1997-11/2002`).
    Span(Date, Date),
}

/// The century of a two-digit year: the hundred years that end 23 years after the reference
/// date's year (1950–2049 for a text of 2026, and without a reference date): news and
/// history write most such years of the past (`29/3/75` is 1975), few far in the future.
fn full_year(yy: u32, digits: usize, reference: Option<CalendarDate>) -> Option<i32> {
    match digits {
        4 => i32::try_from(yy).ok(),
        2 => {
            let yy = i32::try_from(yy).ok()?;
            let last = reference.map_or(2026, |r| r.year()) + 23;
            let base = last - last.rem_euclid(100);
            Some(if base + yy <= last {
                base + yy
            } else {
                base - 100 + yy
            })
        }
        _ => None,
    }
}

/// Whether `s` is a full date, day, month and year (`2/9/2025`).
/// A date written with spaces by its separators (`2 /9/2025`, `19 - 11 - 2026`, `1 – 1 –
/// 1930`) as [`numeral`] reads it: no spaces, every dash a hyphen.
pub(super) fn squeezed(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| {
            if matches!(c, '–' | '—' | '‒' | '―' | '−') {
                '-'
            } else {
                c
            }
        })
        .collect()
}

/// Whether `s` is a day and a month (`15-11`).
pub(super) fn day_month(s: &str) -> bool {
    matches!(numeral(s, None), Some(Num::Dm(..)))
}

pub(super) fn full_date(s: &str) -> bool {
    matches!(numeral(s, None), Some(Num::Dmy(..)))
}

/// Reads a numeral token as a date shape (see [`Num`]).
fn numeral(s: &str, reference: Option<CalendarDate>) -> Option<Num> {
    let b = s.as_bytes();
    let mut parts: [(u32, usize); 6] = [(0, 0); 6];
    let mut seps = [0u8; 5];
    let mut n = 0;
    let mut i = 0;
    loop {
        let start = i;
        let mut v: u32 = 0;
        while let Some(&d) = b.get(i).filter(|d| d.is_ascii_digit()) {
            v = v.checked_mul(10)?.checked_add(u32::from(d - b'0'))?;
            i += 1;
        }
        let digits = i - start;
        if digits == 0 || n == 6 {
            return None;
        }
        parts[n] = (v, digits);
        n += 1;
        match b.get(i) {
            None => break,
            Some(&c @ (b'/' | b'-' | b'.')) if n <= 5 => {
                seps[n - 1] = c;
                i += 1;
            }
            Some(_) => return None,
        }
    }
    let small = |k: usize, max: u32| {
        let (v, d) = parts[k];
        (d <= 2 && (1..=max).contains(&v)).then_some(v as u8)
    };
    // A four-digit year of a numeral is 1000–2999 (`1.5.0000` is no date).
    let year = |k: usize| {
        let (v, d) = parts[k];
        full_year(v, d, reference).filter(|&y| plausible_year(y))
    };
    let four = |k: usize| parts[k].1 == 4;
    Some(match n {
        1 => Num::Int(parts[0].0, parts[0].1 as u8),
        2 => {
            let sep = seps[0];
            if four(1) {
                if four(0) {
                    if sep == b'.' {
                        return None;
                    }
                    Num::Yy(year(0)?, year(1)?)
                } else {
                    Num::My(small(0, 12)?, year(1)?)
                }
            } else if four(0) {
                // `2019-20`, `niên vụ 2020/21`: a season of two years in a row.
                let y = year(0)?;
                let (next, d) = parts[1];
                if sep == b'.' || d != 2 || i64::from(next) != i64::from(y + 1).rem_euclid(100) {
                    return None;
                }
                Num::Yy(y, y + 1)
            } else {
                Num::Dm(small(0, 31)?, small(1, 12)?, sep)
            }
        }
        3 => {
            // `2019-01-30`: year, month, day (ISO 8601).
            if four(0) && seps[0] == b'-' && seps[1] == b'-' && parts[1].1 == 2 && parts[2].1 == 2 {
                return Some(Num::Dmy(small(2, 31)?, small(1, 12)?, year(0)?));
            }
            if seps[0] == b'/' && seps[1] == b'-' && four(1) && four(2) {
                // `9/2008-2014`: a month with its year, then a year.
                let (a, b) = (
                    Date::month(Some(year(1)?), small(0, 12)?)?,
                    Date::Year { year: year(2)? },
                );
                Period::range(a, b)?;
                return Some(Num::Span(a, b));
            }
            if seps[0] == b'-' && seps[1] == b'/' {
                // `27-28/02`: two days of one month.
                return Some(Num::Ddmy(small(0, 31)?, small(1, 31)?, small(2, 12)?, None));
            }
            if seps[0] != seps[1] || (seps[0] == b'.' && !four(2)) {
                return None;
            }
            if !(four(2) || parts[2].1 == 2) {
                return None;
            }
            Num::Dmy(small(0, 31)?, small(1, 12)?, year(2)?)
        }
        4 if seps == [b'/', b'-', b'/', 0, 0] && four(1) && four(3) => {
            // `9/1997-11/2002`: two months with their years.
            let (a, b) = (
                Date::month(Some(year(1)?), small(0, 12)?)?,
                Date::month(Some(year(3)?), small(2, 12)?)?,
            );
            Period::range(a, b)?;
            Num::Span(a, b)
        }
        4 if seps == [b'/', b'-', b'/', 0, 0] => {
            // `15/3-20/3`: two days of two months.
            Num::DmDm(
                small(0, 31)?,
                small(1, 12)?,
                small(2, 31)?,
                small(3, 12)?,
                None,
            )
        }
        // `03/2023-21/3/2024`: a month with its year, then a whole date (a term in an
        // infobox: `Võ Văn Thưởng (từ 03/2023-21/3/2024)`).
        5 if seps == [b'/', b'-', b'/', b'/', 0] && four(1) && four(4) => {
            let (a, b) = (
                Date::month(Some(year(1)?), small(0, 12)?)?,
                Date::day(Some(year(4)?), small(3, 12)?, small(2, 31)?)?,
            );
            Period::range(a, b)?;
            Num::Span(a, b)
        }
        // `21/3/2024-4/2025`: a whole date, then a month with its year.
        5 if seps == [b'/', b'/', b'-', b'/', 0] && four(2) && four(4) => {
            let (a, b) = (
                Date::day(Some(year(2)?), small(1, 12)?, small(0, 31)?)?,
                Date::month(Some(year(4)?), small(3, 12)?)?,
            );
            Period::range(a, b)?;
            Num::Span(a, b)
        }
        5 => {
            // `15/3-20/3/2021`
            if seps != [b'/', b'-', b'/', b'/', 0] || !(four(4) || parts[4].1 == 2) {
                return None;
            }
            Num::DmDm(
                small(0, 31)?,
                small(1, 12)?,
                small(2, 31)?,
                small(3, 12)?,
                Some(year(4)?),
            )
        }
        6 => {
            // `10/10/1954-10/10/2026`, `27.7.1947-27.7.2017`: two whole dates.
            let (d, m) = (seps[0], seps[3]);
            if d != seps[1] || m != seps[4] || d != m || seps[2] != b'-' || !four(2) || !four(5) {
                return None;
            }
            let (a, b) = (
                Date::day(Some(year(2)?), small(1, 12)?, small(0, 31)?)?,
                Date::day(Some(year(5)?), small(4, 12)?, small(3, 31)?)?,
            );
            Period::range(a, b)?;
            Num::Span(a, b)
        }
        _ => {
            // `27-28/02/2000`, `14-20.2.2018`
            let same = seps[1] == seps[2] && matches!(seps[1], b'/' | b'.');
            if seps[0] != b'-' || !same || !(four(3) || (parts[3].1 == 2 && seps[1] == b'/')) {
                return None;
            }
            Num::Ddmy(small(0, 31)?, small(1, 31)?, small(2, 12)?, Some(year(3)?))
        }
    })
}

/// A Roman numeral from I to XII.
fn roman(s: &str) -> Option<u8> {
    const R: [&str; 12] = [
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
    ];
    R.iter().position(|&r| r == s).map(|i| i as u8 + 1)
}

/// A Roman numeral in capitals from I to XXXIX (`XV`, `XIX`, `XXI`), in its usual form.
fn roman_number(s: &str) -> Option<u32> {
    let tens = s.bytes().take_while(|&b| b == b'X').count();
    let rest = s.get(tens..)?;
    let ones = if rest.is_empty() {
        0
    } else {
        u32::from(roman(rest).filter(|&r| r <= 9)?)
    };
    let v = tens as u32 * 10 + ones;
    (tens <= 3 && v > 0).then_some(v)
}

/// The longest range of two bare years: a life (`Võ Nguyên Giáp (1911 - 2013)`), longer than
/// a century for some; wider pairs are numbers (`1500 - 2000 người`).
const MAX_YEAR_SPAN: i32 = 125;

/// Whether two years of the last millennium or this one's first century can bound a period
/// or a life in brackets or after a calendar noun: a dynasty's or an archive's span may be
/// centuries (`Mộc bản triều Nguyễn (1802-1945)`, `giai đoạn 1442-1779`).
fn era(a: i32, b: i32) -> bool {
    plausible_year(a) && a < b && b <= 2100 && b - a <= 1000
}

/// A year as a calendar noun's number: four digits, 1000–2999.
fn plausible_year(y: i32) -> bool {
    (1000..=2999).contains(&y)
}

/// A day of a lunar month (1–30, in any month 1–12), written like a Gregorian one.
fn lunar_day(year: Option<i32>, month: u8, day: u8) -> Option<Date> {
    ((1..=12).contains(&month) && (1..=30).contains(&day)).then_some(Date::Day { year, month, day })
}

/// Two days joined by a dash (`6-8`, `14-16`), the first before the second.
fn day_pair(s: &str) -> Option<(u8, u8)> {
    let (a, b) = s.split_once('-')?;
    let day = |x: &str| {
        (!x.is_empty() && x.len() <= 2 && x.bytes().all(|c| c.is_ascii_digit()))
            .then(|| x.parse::<u8>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    let (a, b) = (day(a)?, day(b)?);
    (a < b).then_some((a, b))
}

/// The syllable keys of each phrase (words split at spaces), for [`Rules::phrase_at`].
pub(super) fn phrase_keys(phrases: &[&str]) -> Vec<Vec<u32>> {
    phrases
        .iter()
        .map(|p| {
            p.split(' ')
                .map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
                .collect::<Option<Vec<u32>>>()
                .unwrap_or_default()
        })
        .collect()
}

/// Whether year `y` is at most [`MAX_YEAR_SPAN`] from the year the last date found names:
/// years of long ago listed after one (`các năm 1258, 1285 và 1288`).
fn near_last_year(out: &[Found], y: i32) -> bool {
    out.last().and_then(|f| f.value.gregorian).is_some_and(
        |p| matches!(p.start, Date::Year { year } if (y - year).abs() <= MAX_YEAR_SPAN),
    )
}

/// A year standing without a calendar noun (in a bare range): 1800–2199.
fn bare_year(y: i32) -> bool {
    (1800..=2199).contains(&y)
}

/// The rules over one sentence.
pub(crate) struct Rules<'a, 't> {
    u: &'a [Unit<'t>],
    reference: Option<CalendarDate>,
    /// What [`Rules::num`] read at each unit, once read: the rules ask it of a number
    /// several times as they try one reading after another.
    nums: &'a [std::cell::Cell<NumMemo>],
}

/// A unit's numeral as [`Rules::num`] reads it, once it has.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) enum NumMemo {
    #[default]
    Unread,
    Read(Option<Num>),
}

/// A date found: units `start..end` and the value.
#[derive(Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub value: DateValue,
}

/// Words that name a street, a bridge, a square or a place people go to, whose names may be
/// a day or an event (`đường 3 Tháng 2`, `đường Cách Mạng Tháng Tám`, `Công viên 23 Tháng 9`,
/// `Bệnh viện 30 tháng 4`, `Trường THPT 19 tháng 5`, `sân vận động 19 tháng 8`).
static STREETS: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
    phrase_keys(&[
        "đường",
        "phố",
        "cầu",
        "quảng trường",
        "công viên",
        "bệnh viện",
        "trường",
        "sân vận động",
    ])
});
impl<'a, 't> Rules<'a, 't> {
    /// The rules over `u`; `nums` is scratch space for what they read of its numbers, as
    /// many cells as units, each [`NumMemo::Unread`].
    pub(crate) fn new(
        u: &'a [Unit<'t>],
        reference: Option<CalendarDate>,
        nums: &'a [std::cell::Cell<NumMemo>],
    ) -> Self {
        debug_assert_eq!(u.len(), nums.len());
        Rules { u, reference, nums }
    }

    /// Every date of the sentence, leftmost first, each as long as it can be.
    pub(crate) fn find(&self, out: &mut Vec<Found>) {
        let mut i = 0;
        // The last date found, for a year coordinated with it (`năm 2016 và 2017`).
        let mut last_year_end: Option<usize> = None;
        // And the last day, for a day coordinated with it (`ngày 15/6 và 15/12`).
        let mut last_day_end: Option<usize> = None;
        while i < self.u.len() {
            // (`đường 3 Tháng 2`: a street named after a day, no date.)
            if let Some(end) = self.named_after_day(i) {
                i = end;
                continue;
            }
            if let Some(end) = self
                .day_list(i, out)
                .or_else(|| {
                    // (Asked of every unit: the word first, which the list calls also ask.)
                    (self.w(i) == Word::Thang)
                        .then(|| self.month_list(i, out))
                        .flatten()
                })
                .or_else(|| {
                    (self.w(i + 1) == Word::Thang)
                        .then(|| self.counted_months(i, out))
                        .flatten()
                })
            {
                last_year_end = None;
                i = end;
                continue;
            }
            if let Some((end, value)) = self.at(i)
                && (value.gregorian.is_some() || value.lunar.is_some())
            {
                // (`tài khóa 2024` is read from `khóa`: `tài`, common, opens no other date.)
                let start = if self.u[i].word == Word::Khoa {
                    match i.checked_sub(1) {
                        Some(tai) if out.last().is_none_or(|f| f.end <= tai) => tai,
                        _ => {
                            last_year_end = None;
                            last_day_end = None;
                            i += 1;
                            continue;
                        }
                    }
                } else if i > 0
                    && matches!(self.u[i - 1].text, "thang" | "Thang")
                    && self.u[i].kind == TokenKind::Number
                    && self.u[i].gap == Gap::Space
                    && value.gregorian.is_some_and(|p| {
                        p.end.is_none() && matches!(p.start, Date::Month { year: Some(_), .. })
                    })
                    && out.last().is_none_or(|f| f.end < i)
                {
                    // `thang 7/2025`: `tháng` typed without its marks stays in the span.
                    i - 1
                } else if i > 0
                    && self.u[i - 1].word == Word::Sau
                    && self.w(end - 1) == Word::Nua3
                    && out.last().is_none_or(|f| f.end < i)
                {
                    // `sau 5 năm nữa`: in five years, `sau` included.
                    i - 1
                } else {
                    i
                };
                let is_year = value
                    .gregorian
                    .is_some_and(|p| p.end.is_none() && matches!(p.start, Date::Year { .. }));
                // (A day or a range of days: `các ngày 8-12/4 và 22-26/4`.)
                let is_day = value.gregorian.is_some_and(|p| {
                    matches!(p.start, Date::Day { .. })
                        && p.end.is_none_or(|e| matches!(e, Date::Day { .. }))
                });
                // (`Hôm qua (12-11)`, `Sáng nay 1/12`: the date as written is the span; the
                // day named from today, a relative word, only gives it its year.)
                let (start, end) = self.deictic_date_span(start, end).unwrap_or((start, end));
                out.push(Found { start, end, value });
                last_year_end = is_year.then_some(end);
                last_day_end = is_day.then_some(end);
                i = end;
                continue;
            }
            // `trước ngày 15/6 và 15/12 hằng năm`: a day and month after a day.
            let after_day = last_day_end.take() == Some(i);
            if after_day
                && (self.w(i) == Word::Va || self.is(i, ","))
                && let Some(Num::Dm(d, m, sep)) = self.num(i + 1)
                && sep != b'.'
                && !self.share_follows(i + 2)
                && let Some(date) = Date::day(None, m, d)
            {
                // (With its year after `năm`, which the days before share: `Ngày 30/4 và 1/5
                // năm 2024`.)
                let (end, date) = match self.year_at(i + 3).filter(|&y| bare_year(y)) {
                    Some(y) if self.w(i + 2) == Word::Nam && date.with_year(Some(y)).valid() => {
                        (i + 4, date.with_year(Some(y)))
                    }
                    _ => (i + 2, date),
                };
                out.push(Found {
                    start: i + 1,
                    end,
                    value: DateValue::solar(Period::point(date)),
                });
                last_day_end = Some(end);
                i = end;
                continue;
            }
            // `các ngày 8-12/4 và 22-26/4`: a range of days after a day or a range of days.
            if after_day
                && (self.w(i) == Word::Va || self.is(i, ","))
                && matches!(
                    self.num(i + 1),
                    Some(Num::Ddmy(.., None) | Num::DmDm(.., None))
                )
                && let Some((end2, p)) = self.single(i + 1, true)
                && let Some(value) = self.value(p)
            {
                out.push(Found {
                    start: i + 1,
                    end: end2,
                    value,
                });
                last_day_end = Some(end2);
                i = end2;
                continue;
            }
            // `năm 2016 và 2017`, `các năm 2016, 2017`: a bare year after a year.
            // (Years of long ago too, near the one before: `các năm 1258, 1285 và 1288`.)
            if let Some(e) = last_year_end
                && e == i
                && (self.w(i) == Word::Va || self.is(i, ","))
                && let Some(y) = self.year_at(i + 1)
                && (bare_year(y) || near_last_year(out, y))
                && !self.count_follows(i + 2)
            {
                out.push(Found {
                    start: i + 1,
                    end: i + 2,
                    value: DateValue::solar(Period::point(Date::Year { year: y })),
                });
                last_year_end = Some(i + 2);
                i += 2;
                continue;
            }
            last_year_end = None;
            i += 1;
        }
        self.share_years(out);
        self.compared_years(out);
        // (A day before `và` and a date: the cheap look first.)
        if out
            .iter()
            .any(|f| f.start >= 2 && self.w(f.start - 1) == Word::Va)
        {
            self.day_and_date(out);
        }
        // (`âm lịch` after a solar day not read with it: the cheap look first.)
        if out.iter().any(|f| {
            f.value.lunar.is_none() && self.w(f.end) == Word::Am && self.w(f.end + 1) == Word::Lich
        }) {
            self.lunar_after(out);
        }
        self.before_named(out);
        // (A year after `cùng kỳ`: the cheap look first.)
        if out.iter().any(|f| {
            f.start >= 2 && self.w(f.start - 1) == Word::Ky && self.w(f.start) == Word::Nam
        }) {
            self.same_period_of_year(out);
        }
    }

    /// `trong 2 ngày, 22 và 23/6/2024`, `hai ngày quốc tang 25 và 26/7/2024`: a bare day
    /// before `và` and a date of the same month, the two days as a range (with `ngày` before
    /// them, read already). Not an article's or a clause's number (`Điều 5 và 10/2024`), nor
    /// a count (`2 và 3/4 số phiếu`).
    #[cold]
    fn day_and_date(&self, out: &mut [Found]) {
        for k in 0..out.len() {
            let s = out[k].start;
            if s < 2 || self.w(s - 1) != Word::Va || self.touching(s - 1) {
                continue;
            }
            // (Not a day read already, a list's: `các NGÀY 5, 8 VÀ 12/3`, `Ngày 5 và ngày 7/3`.)
            if out.iter().any(|g| g.start <= s - 2 && s - 2 < g.end) {
                continue;
            }
            let f = &mut out[k];
            // (A solar date only: a lunar one keeps its own value.)
            if f.value.lunar.is_some() {
                continue;
            }
            let Some(Period {
                start:
                    Date::Day {
                        year,
                        month,
                        day: d,
                    },
                end: None,
            }) = f.value.gregorian
            else {
                continue;
            };
            let Some(n) = self.int(s - 2).filter(|&n| n >= 1 && n < u32::from(d)) else {
                continue;
            };
            // (After a word, not another number or an article: `quốc tang 25 và 26/7`; or
            // a bracket: `trong 2 ngày (11 và 12/10/2023)`.)
            let before_ok = s < 3
                || self.unit(s - 3).is_some_and(|x| {
                    (x.key.is_some() || x.is(",") || x.is("("))
                        && !matches!(
                            crate::normalize::fold_lower(x.text).as_str(),
                            "dieu" | "khoan" | "diem" | "so" | "muc" | "chuong"
                        )
                });
            if !before_ok {
                continue;
            }
            let Some(a) = u8::try_from(n).ok().and_then(|n| Date::day(year, month, n)) else {
                continue;
            };
            if let Some(p) = Date::day(year, month, d).and_then(|b| Period::range(a, b)) {
                f.start = s - 2;
                f.value = DateValue::solar(p);
            }
        }
    }

    /// `ngày 30/7 và 1/8 âm lịch`, `đêm 23 rạng sáng 24/4 âm lịch`: `âm lịch` after a day
    /// or a range of days read as solar makes it lunar, and the day listed before it with
    /// `và` or a comma too; the span takes `âm lịch`.
    #[cold]
    fn lunar_after(&self, out: &mut [Found]) {
        let lunar = |v: &DateValue| -> Option<DateValue> {
            let g = v.gregorian?;
            let day = |d: Date| matches!(d, Date::Day { .. }).then_some(d);
            let a = day(g.start)?;
            match g.end {
                None => match a {
                    Date::Day { year, month, day } => DateValue::lunar_day(year, month, day),
                    _ => None,
                },
                Some(b) => self.combine(Part::Lunar(a), Part::Lunar(day(b)?)),
            }
        };
        for k in 0..out.len() {
            let f = &out[k];
            if f.value.lunar.is_some()
                || self.w(f.end) != Word::Am
                || self.w(f.end + 1) != Word::Lich
            {
                continue;
            }
            let Some(v) = lunar(&f.value) else { continue };
            out[k].value = v;
            out[k].end += 2;
            let s = out[k].start;
            if k > 0
                && out[k - 1].end + 1 == s
                && (self.w(s - 1) == Word::Va || self.is(s - 1, ","))
                && out[k - 1].value.lunar.is_none()
                && let Some(v) = lunar(&out[k - 1].value)
            {
                out[k - 1].value = v;
            }
        }
    }

    /// Whether the year at unit `i` is the base year of constant prices, no period of the
    /// text: `GRDP 9 tháng năm 2024 theo giá so sánh 2010 ước tăng 7,15% so với cùng kỳ`
    /// compares with 2023, not 2009.
    fn base_year_at(&self, i: usize) -> bool {
        static BASE: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["giá so sánh", "giá cố định"]));
        i >= 3 && self.phrase_at(i - 3, &BASE)
    }

    /// `11 tháng năm 2024 … tăng 16,1% so với cùng kỳ năm 2023`: the year written after
    /// `cùng kỳ` names the same part of it as the period named before (`2023-01/2023-11`),
    /// not the whole year; the span takes `cùng kỳ`.
    #[cold]
    fn same_period_of_year(&self, out: &mut [Found]) {
        for k in 0..out.len() {
            let f = &out[k];
            let Some(Period {
                start: Date::Year { year },
                end: None,
            }) = f.value.gregorian
            else {
                continue;
            };
            if !(f.start >= 4
                && self.w(f.start - 4) == Word::So2
                && self.w(f.start - 3) == Word::Voi
                && self.w(f.start - 2) == Word::Cung2
                && self.w(f.start - 1) == Word::Ky
                && self.w(f.start) == Word::Nam)
            {
                continue;
            }
            let begin = f.start - 2;
            // (The period named before, not one compared with.)
            let named = out[..k].iter().rev().find_map(|g| {
                if g.end > begin
                    || (g.start >= 2
                        && self.w(g.start - 2) == Word::So2
                        && self.w(g.start - 1) == Word::Voi)
                {
                    return None;
                }
                g.value.gregorian
            });
            let Some(p) = named else { continue };
            let part = |d: Date| {
                matches!(
                    d,
                    Date::Month { year: Some(_), .. }
                        | Date::Quarter { year: Some(_), .. }
                        | Date::Half { year: Some(_), .. }
                )
            };
            let of_year = p
                .start
                .year()
                .filter(|&y| y != year && p.end.is_none_or(|e| e.year() == Some(y) && part(e)));
            if of_year.is_none() || !part(p.start) {
                continue;
            }
            let value = Period {
                start: p.start.with_year(Some(year)),
                end: p.end.map(|e| e.with_year(Some(year))),
            };
            out[k].start = begin;
            out[k].value = DateValue::solar(value);
        }
    }

    /// `quý II/2024 tăng 15% so với quý I`, `trong quý III so với quý II năm 2024`, `6
    /// tháng cuối năm 2023 … tăng 25% so với 6 tháng đầu năm`: of two quarters, two months
    /// or two halves that `so với` compares, one written with no year takes the
    /// other's, the period compared with being the earlier (`quý I/2025 so với quý IV` is
    /// 2024-Q4).
    fn compared_years(&self, out: &mut [Found]) {
        for k in 1..out.len() {
            let s = out[k].start;
            if s >= 2 && self.w(s - 2) == Word::So2 && self.w(s - 1) == Word::Voi {
                self.compared_pair(out, k);
            }
        }
    }

    /// [`Rules::compared_years`] for dates `k - 1` and `k`, the second after `so với`.
    #[cold]
    fn compared_pair(&self, out: &mut [Found], k: usize) {
        let (head, tail) = out.split_at_mut(k);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first_mut()) else {
            return;
        };
        if a.end >= b.start {
            return;
        }
        let (Some(pa), Some(pb)) = (a.value.gregorian, b.value.gregorian) else {
            return;
        };
        if a.value.lunar.is_some()
            || b.value.lunar.is_some()
            || pa.end.is_some()
            || pb.end.is_some()
            || std::mem::discriminant(&pa.start) != std::mem::discriminant(&pb.start)
            || !matches!(
                pa.start,
                Date::Quarter { .. } | Date::Month { .. } | Date::Half { .. }
            )
        {
            return;
        }
        // (Its place in the year: a quarter's, a month's or a half's number.)
        let rank = |d: Date| match d {
            Date::Quarter { quarter, .. } => i32::from(quarter),
            Date::Month { month, .. } => i32::from(month),
            Date::Half { half, .. } => i32::from(half),
            _ => 0,
        };
        let (ra, rb) = (rank(pa.start), rank(pb.start));
        // (Both written with their numbers: not `tháng trước`, read from the reference
        // date.)
        let written = |f: &Found| {
            f.end > f.start
                && !matches!(
                    self.w(f.end - 1),
                    Word::Truoc | Word::Qua | Word::Nay | Word::Sau | Word::Ngoai | Word::Toi
                )
        };
        if ra == rb || ra == 0 || !written(a) || !written(b) {
            return;
        }
        match (pa.start.year(), pb.start.year()) {
            (Some(y), None) => {
                let y = if rb < ra { y } else { y - 1 };
                b.value.gregorian = Some(Period::point(pb.start.with_year(Some(y))));
            }
            (None, Some(y)) => {
                let y = if ra > rb { y } else { y + 1 };
                a.value.gregorian = Some(Period::point(pa.start.with_year(Some(y))));
            }
            _ => {}
        }
    }

    /// Whether unit `m` closes a rise or a fall, `%` or `lần` after its number, after `tăng`
    /// or `giảm` (`tăng 2,3 lần`, `giảm 4%`): what `cùng kỳ` right after is compared with.
    #[cold]
    fn after_change(&self, m: usize) -> bool {
        let folds = |k: usize, w: &str| {
            self.unit(k)
                .is_some_and(|x| x.key.is_some() && crate::normalize::folds_to(x.text, w))
        };
        (self.is(m, "%") || folds(m, "lan"))
            && m >= 2
            && self
                .unit(m - 1)
                .is_some_and(|x| x.kind == TokenKind::Number)
            && (m.saturating_sub(4)..m - 1).any(|k| folds(k, "tang") || folds(k, "giam"))
    }

    /// `Quý II/2023, chỉ số tăng 6,8% so với quý trước`: in a comparison (`so với`, `cùng kỳ
    /// năm trước`), the quarter (month, year) before the one the sentence names, not before
    /// the reference date's; found with or without a reference date.
    fn before_named(&self, out: &mut Vec<Found>) {
        // (Nothing named, nothing to count from.)
        if out.is_empty() {
            return;
        }
        let mut more = Vec::new();
        for i in 1..self.u.len() {
            // `so với cùng kỳ` alone: the same period a year before (`cùng kỳ năm trước`).
            // (Or `so cùng kỳ`, and right after the change: `tăng 2,3 lần cùng kỳ`, `giảm 4%
            // cùng kỳ`.)
            let same_alone = self.w(i - 1) == Word::Cung2
                && self.w(i) == Word::Ky
                && i >= 3
                && ((self.w(i - 3) == Word::So2 && self.w(i - 2) == Word::Voi)
                    || self.w(i - 2) == Word::So2
                    || self.after_change(i - 2))
                && !matches!(self.w(i + 1), Word::Nam | Word::Nay)
                && self.unit(i + 1).is_none_or(|x| x.kind != TokenKind::Number);
            let unit = if same_alone { Word::Nam } else { self.w(i - 1) };
            // (`năm ngoái` is `năm trước`: `55 tỷ USD năm 2025, giảm 2% so với năm ngoái`.)
            let back = same_alone
                || self.w(i) == Word::Truoc
                || (unit == Word::Nam && self.w(i) == Word::Ngoai);
            if !matches!(unit, Word::Quy | Word::Thang | Word::Nam | Word::Tuan) || !back {
                continue;
            }
            // (`quý trước đó` is the same; `tháng trước khi` is not a month.)
            if self.w(i + 1) == Word::Khi || self.counted_before(i - 1) {
                continue;
            }
            let same_period =
                same_alone || (i >= 3 && self.w(i - 3) == Word::Cung2 && self.w(i - 2) == Word::Ky);
            // (A comparison only: `so với quý trước`, `cùng kỳ năm trước`.)
            let compared = i >= 3 && self.w(i - 3) == Word::So2 && self.w(i - 2) == Word::Voi;
            if !(same_period || compared) {
                continue;
            }
            let named = out.iter().rev().find_map(|f| {
                // (Not another comparison's period: in `tháng 11/2026 tăng 1,8% so với tháng
                // trước và 9,2% so với cùng kỳ năm trước`, the year before is 2025-11.
                // Nor a period compared with: in `CPI tháng 10/2023 tăng 0,08% so với tháng
                // trước, tăng 3,14% so với tháng 12/2022 và 3,59% so với cùng kỳ năm trước`,
                // the same month of the year before is 2022-10.)
                if (f.end == f.start + 2 && self.w(f.start + 1) == Word::Truoc)
                    || (f.start >= 2
                        && self.w(f.start - 2) == Word::So2
                        && self.w(f.start - 1) == Word::Voi)
                    || self.base_year_at(f.start)
                {
                    return None;
                }
                let p = f.value.gregorian.filter(|_| f.end < i)?;
                // (A period named without its year, `CPI tháng 11 tăng …`, is the last one
                // up to the reference date, when there is one.)
                let p = self.with_recent_year(p);
                // (Or of the year of a date before it in the sentence: `Theo báo cáo ngày
                // 5/4/2025, trong quý I, … tăng 11% so với cùng kỳ` compares with 2024-Q1, not
                // with the year before the report's.)
                let p = if p.start.year().is_none() {
                    // (Not of a period compared with: `So với tháng 12/2023, CPI tháng 11 tăng
                    // …` is no November of 2023.)
                    // (With no year anywhere, the quarter or month before, with none either:
                    // `Trong quý III, … so với quý trước` is `--Q2`.)
                    let y = out
                        .iter()
                        .rev()
                        .filter(|g| g.end <= f.start)
                        .find_map(|g| g.value.gregorian.map(|q| (g.start, q.start.year())))
                        .filter(|&(s, _)| {
                            !(s >= 2 && self.w(s - 2) == Word::So2 && self.w(s - 1) == Word::Voi)
                        })
                        .and_then(|(_, y)| y);
                    match y {
                        Some(y) => Period {
                            start: p.start.with_year(Some(y)),
                            end: p.end.map(|e| e.with_year(Some(y))),
                        },
                        None => p,
                    }
                } else {
                    p
                };
                if let Some(e) = p.end {
                    // `tuần qua … tăng 24,7% so với tuần trước`: the seven days before a week.
                    if unit == Word::Tuan {
                        let day = |d: Date| match d {
                            Date::Day {
                                year: Some(y),
                                month,
                                day,
                            } => CalendarDate::new(y, month, day),
                            _ => None,
                        };
                        let (a, b) = (day(p.start)?, day(e)?);
                        if b.jdn() - a.jdn() != 6 {
                            return None;
                        }
                        let back = |d: CalendarDate| {
                            CalendarDate::from_jdn(d.jdn() - 7).map(|c| c.as_date())
                        };
                        return Period::range(back(a)?, back(b)?);
                    }
                    // `9 tháng đầu năm 2025 … so với cùng kỳ năm trước`: the same months a
                    // year before.
                    let back = |d: Date| d.with_year(d.year().map(|y| y - 1));
                    return (unit == Word::Nam && same_period && p.start.year().is_some())
                        .then(|| Period::range(back(p.start), back(e)))
                        .flatten();
                }
                let point = |d: Option<Date>| d.map(Period::point);
                point(match (unit, p.start) {
                    (
                        Word::Quy,
                        Date::Quarter {
                            year: Some(y),
                            quarter,
                        },
                    ) => {
                        let q = y * 4 + i32::from(quarter) - 2;
                        Some(Date::Quarter {
                            year: Some(q.div_euclid(4)),
                            quarter: q.rem_euclid(4) as u8 + 1,
                        })
                    }
                    (
                        Word::Thang,
                        Date::Month {
                            year: Some(y),
                            month,
                        },
                    ) => {
                        let m = y * 12 + i32::from(month) - 2;
                        Date::month(Some(m.div_euclid(12)), m.rem_euclid(12) as u8 + 1)
                    }
                    // (`quý trước`, `tháng trước` after a period with no year: none either.)
                    (
                        Word::Quy,
                        Date::Quarter {
                            year: None,
                            quarter,
                        },
                    ) if !same_period => Some(Date::Quarter {
                        year: None,
                        quarter: if quarter == 1 { 4 } else { quarter - 1 },
                    }),
                    (Word::Thang, Date::Month { year: None, month }) if !same_period => {
                        Date::month(None, if month == 1 { 12 } else { month - 1 })
                    }
                    (Word::Nam, Date::Year { year }) => Some(Date::Year { year: year - 1 }),
                    // `so với cùng kỳ năm trước`: the same period a year before (none when
                    // the period has no year: `tháng 6 tăng 40% so với cùng kỳ` is no date).
                    (
                        Word::Nam,
                        d @ (Date::Quarter { .. } | Date::Month { .. } | Date::Half { .. }),
                    ) if same_period => d.year().map(|y| d.with_year(Some(y - 1))),
                    (Word::Nam, d) => d.year().map(|y| Date::Year { year: y - 1 }),
                    _ => None,
                })
            });
            let Some(period) = named else { continue };
            let value = DateValue::solar(period);
            // (`cùng kỳ` in the span when it says which part of the year: `so với cùng kỳ năm
            // ngoái` after `tháng 10/2024` is 2023-10, which `năm ngoái` alone is not.)
            let start = if same_period && !same_alone {
                i - 3
            } else {
                i - 1
            };
            if let Some(f) = out.iter_mut().find(|f| f.start == i - 1 && f.end == i + 1) {
                f.start = start;
                f.value = value;
            } else if !out.iter().any(|f| f.start < i + 1 && start < f.end) {
                more.push(Found {
                    start,
                    end: i + 1,
                    value,
                });
            }
        }
        if !more.is_empty() {
            out.extend(more);
            out.sort_by_key(|f| f.start);
        }
    }

    /// A period with no year (`tháng 11`, `quý III`) in the year of its last occurrence up
    /// to the reference date (`tháng 11` on 2026-03-02 is 2025-11); as it is without a
    /// reference date or with a year.
    fn with_recent_year(&self, p: Period) -> Period {
        let Some(r) = self.reference else { return p };
        let last = |d: Date| -> Date {
            let month = match d {
                Date::Day {
                    year: None, month, ..
                }
                | Date::Month { year: None, month } => month,
                Date::Quarter {
                    year: None,
                    quarter,
                } => quarter * 3 - 2,
                Date::Half { year: None, half } => half * 6 - 5,
                _ => return d,
            };
            let year = if month <= r.month() {
                r.year()
            } else {
                r.year() - 1
            };
            d.with_year(Some(year))
        };
        Period {
            start: last(p.start),
            end: p.end.map(last),
        }
    }

    /// `ngày 5 và ngày 7/3/2020`, `các ngày 5, 8 và 12/3`, `ngày 10 hoặc 11/4`: days listed
    /// after `ngày`, the last with its month, the others sharing it. Days in a row joined by
    /// `và` or commas are one range (`ngày 5, 6 và 7/3/2020`, as `ngày 6 và 7/1/2020` always
    /// was); other days, and days joined by `hoặc` (or), are one date each. Pushes them and returns where the list ends.
    fn day_list(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        // (Or `mùng`, a lunar month's first ten days: `mùng 6 và mùng 7 tháng Giêng`.)
        // (Or nights and evenings, first: `các đêm 15 và 16/9`, `tối 2 và 3/9`.)
        let head = |k: usize| {
            matches!(self.w(k), Word::Ngay | Word::Mung | Word::Mong)
                || (k == i && matches!(self.w(k), Word::Dem | Word::Toi2))
        };
        if !head(i) {
            return None;
        }
        let sep = |k: usize| self.is(k, ",") || matches!(self.w(k), Word::Va | Word::Hoac);
        let day = |k: usize| match self.num(k) {
            Some(Num::Int(d, digits)) if digits <= 2 && (1..=31).contains(&d) => Some(d as u8),
            _ => None,
        };
        // The days before the last: `(start, end, day)`.
        let mut days: Vec<(usize, usize, u8)> = Vec::new();
        // `ngày 10 hoặc 11/4`: either day, no range.
        let mut or = false;
        let mut k = i;
        loop {
            // (`ngày mùng 6`: both.)
            let num = k + usize::from(head(k)) + usize::from(head(k) && head(k + 1));
            match day(num) {
                Some(d) if sep(num + 1) && self.unit(num + 2).is_some() => {
                    or |= self.w(num + 1) == Word::Hoac;
                    days.push((k, num + 1, d));
                    k = num + 2;
                }
                _ => break,
            }
        }
        // The last day, with its month: `7/3/2020`, `ngày 7/3`, `7 tháng 3 năm 2020`.
        let (&(_, _, first), true) = (days.first()?, days.len() <= 6) else {
            return None;
        };
        // (After a night, the last is a bare day too: not `đêm 6, sáng 9/9`, two times.)
        if matches!(self.w(i), Word::Dem | Word::Toi2)
            && self.unit(k).is_none_or(|x| x.kind != TokenKind::Number)
        {
            return None;
        }
        let (end, last) = self.single(k, true)?;
        // (Days of a lunar month in a row: `các ngày 14, 15 và 16 tháng 2 âm lịch`.)
        let lunar = matches!(last, Part::Lunar(_));
        let (Part::Solar(
            last_day @ Date::Day {
                year,
                month,
                day: d,
            },
        )
        | Part::Lunar(
            last_day @ Date::Day {
                year,
                month,
                day: d,
            },
        )) = last
        else {
            return None;
        };
        let mut all: Vec<u8> = days.iter().map(|x| x.2).collect();
        all.push(d);
        if !all.windows(2).all(|w| w[0] < w[1]) {
            return None;
        }
        if !or && all.windows(2).all(|w| w[1] == w[0] + 1) {
            let v = if lunar {
                self.combine(Part::Lunar(Date::day(year, month, first)?), last)?
            } else {
                self.combine(Part::DayOnly(first), last)?
            };
            out.push(Found {
                start: i,
                end,
                value: v,
            });
            return Some(end);
        }
        if lunar {
            return None;
        }
        for &(s, e, x) in &days {
            out.push(Found {
                start: s,
                end: e,
                value: DateValue::solar(Period::point(Date::day(year, month, x)?)),
            });
        }
        out.push(Found {
            start: k,
            end,
            value: DateValue::solar(Period::point(last_day)),
        });
        Some(end)
    }

    /// `các tháng 4, 5 và 6 năm 2022`, `tháng 11 và 12/2024`: months listed after one
    /// `tháng`, the last with its year, the others sharing it. Months in a row are one range
    /// (2022-04/2022-06), as days in a row are ([`Rules::day_list`]); others, and months
    /// joined by `hoặc` (or), one date each. Pushes them and returns where the list ends.
    /// (Without the year at its end it is no list: `Trong tháng 4, 5 doanh nghiệp …`.)
    fn month_list(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if self.w(i) != Word::Thang {
            return None;
        }
        let sep = |k: usize| self.is(k, ",") || matches!(self.w(k), Word::Va | Word::Hoac);
        let month = |k: usize| match self.num(k) {
            Some(Num::Int(m, digits)) if digits <= 2 && (1..=12).contains(&m) => Some(m as u8),
            _ => None,
        };
        // The months before the last: `(start, end, month)`.
        let mut months: Vec<(usize, usize, u8)> = Vec::new();
        let mut or = false;
        let mut k = i + 1;
        while let Some(m) = month(k)
            && sep(k + 1)
            && (month(k + 2).is_some() || matches!(self.num(k + 2), Some(Num::My(..))))
            && months.len() < 6
        {
            or |= self.w(k + 1) == Word::Hoac;
            months.push((if months.is_empty() { i } else { k }, k + 1, m));
            k += 2;
        }
        if months.is_empty() {
            return None;
        }
        // The last, with its year: `6 năm 2022`, `12/2024`.
        let (end, last, year) = match self.num(k)? {
            Num::Int(m, digits)
                if digits <= 2
                    && (1..=12).contains(&m)
                    && self.w(k + 1) == Word::Nam
                    && let Some(y) = self.year_at(k + 2) =>
            {
                (k + 3, m as u8, Some(y))
            }
            Num::My(m, y) => (k + 1, m, Some(y)),
            // (Or closed by the clause or `năm nay`, with no year: `(tháng 6, 7 và 8)`, `cao
            // điểm tháng 9, 10.`, `tháng 6, 7 và 8 năm nay`, the year a reference date
            // gives.)
            Num::Int(m, digits) if digits <= 2 && (1..=12).contains(&m) => {
                self.list_closed(k + 1).map(|(e, y)| (e, m as u8, y))?
            }
            _ => return None,
        };
        let all = || months.iter().map(|x| x.2).chain(std::iter::once(last));
        if !all().zip(all().skip(1)).all(|(a, b)| a < b) {
            return None;
        }
        let date = |m: u8| Date::Month { year, month: m };
        if !or && all().zip(all().skip(1)).all(|(a, b)| b == a + 1) {
            let first = months.first()?.2;
            out.push(Found {
                start: i,
                end,
                value: DateValue::solar(Period::range(date(first), date(last))?),
            });
            return Some(end);
        }
        for &(s, e, m) in &months {
            out.push(Found {
                start: s,
                end: e,
                value: DateValue::solar(Period::point(date(m))),
            });
        }
        out.push(Found {
            start: k,
            end,
            value: DateValue::solar(Period::point(date(last))),
        });
        Some(end)
    }

    /// `2 tháng 7 và 8`, `2 tháng 11 và 12/2024`: a count of months, then as many months
    /// listed under `tháng` ([`Rules::month_list`]); no day of the first month. Pushes them
    /// and returns where the list ends (`tháng` is at `i + 1`).
    #[cold]
    fn counted_months(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if !self.unit(i + 1).is_some_and(|x| x.gap == Gap::Space) {
            return None;
        }
        let count = match self.num(i)? {
            Num::Int(n, 1) if (2..=6).contains(&n) => n,
            _ => return None,
        };
        let mut listed = Vec::new();
        let end = self.month_list(i + 1, &mut listed)?;
        let months = |f: &Found| match f.value.gregorian {
            Some(Period {
                start: Date::Month { month: a, .. },
                end: Some(Date::Month { month: b, .. }),
            }) => i64::from(b) - i64::from(a) + 1,
            _ => 1,
        };
        if listed.iter().map(months).sum::<i64>() != i64::from(count) {
            return None;
        }
        out.append(&mut listed);
        Some(end)
    }

    /// Where a list of months with no year written ends, at `k` right after its last, and
    /// the year: at the clause's end (`)`, `,`, `.`, `;` or the text's), no year; after `năm
    /// nay` (this year) or `năm ngoái` (last year), the reference date's year or the one
    /// before, or none without one. (Not before other words: `tháng 4 và 5 doanh nghiệp`,
    /// five firms.)
    #[cold]
    fn list_closed(&self, k: usize) -> Option<(usize, Option<i32>)> {
        if self
            .unit(k)
            .is_none_or(|x| matches!(x.text, ")" | "," | "." | ";"))
        {
            return Some((k, None));
        }
        if self.w(k) != Word::Nam {
            return None;
        }
        let back = match self.w(k + 1) {
            Word::Nay => 0,
            Word::Ngoai => 1,
            _ => return None,
        };
        Some((k + 2, self.reference.map(|r| r.year() - back)))
    }

    /// `tháng 3 và tháng 4/2020`, `quý I, quý II năm 2020`: dates of one kind joined by `và`,
    /// `hoặc` or a comma, the last with a year, the others without: the year is theirs too (when
    /// they come before it in that year).
    fn share_years(&self, out: &mut [Found]) {
        for k in (1..out.len()).rev() {
            let (head, tail) = out.split_at_mut(k);
            let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
                continue;
            };
            // (Or `hoặc`: `cuối tháng 6 hoặc đầu tháng 7/2025`.)
            let joined = a.end + 1 == b.start
                && (matches!(self.w(a.end), Word::Va | Word::Hoac) || self.is(a.end, ","));
            let (Some(pa), Some(pb)) = (a.value.gregorian, b.value.gregorian) else {
                continue;
            };
            if !joined || a.value.lunar.is_some() || pa.end.is_some() || pa.start.year().is_some() {
                continue;
            }
            let Some(y) = pb.start.year() else { continue };
            let same_kind = std::mem::discriminant(&pa.start) == std::mem::discriminant(&pb.start)
                && !matches!(pa.start, Date::Year { .. });
            let dated = pa.start.with_year(Some(y));
            if same_kind
                && dated.valid()
                && Period::range(dated, pb.start).is_some()
                && dated != pb.start
            {
                a.value.gregorian = Some(Period::point(dated));
            }
        }
    }

    fn unit(&self, i: usize) -> Option<&Unit<'t>> {
        self.u.get(i)
    }

    fn w(&self, i: usize) -> Word {
        self.unit(i).map_or(Word::Other, |u| u.word)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.unit(i).is_some_and(|u| u.is(s))
    }

    /// Whether unit `i` touches the one before it.
    fn touching(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|u| u.gap == Gap::None)
    }

    fn num(&self, i: usize) -> Option<Num> {
        let u = self.unit(i)?;
        if u.kind != TokenKind::Number {
            return None;
        }
        if let Some(NumMemo::Read(n)) = self.nums.get(i).map(std::cell::Cell::get) {
            return n;
        }
        let n = if self.measure(i) {
            None
        } else if u.text.contains(' ') {
            // (A date the units joined across stray spaces: `2 /9/2025`, `19 - 11 - 2026`.)
            numeral(&squeezed(u.text), self.reference)
        } else {
            numeral(u.text, self.reference)
        };
        if let Some(c) = self.nums.get(i) {
            c.set(NumMemo::Read(n));
        }
        n
    }

    /// Whether the number at `i` is a measure, never a date: a road's kilometre marker
    /// (`Km 1994+200`, `Km1915`), a scale (`tỷ lệ 1/2000`).
    fn measure(&self, i: usize) -> bool {
        static LE: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("lệ").ok().map(|s| s.key()));
        let touching = |k: usize| self.unit(k).is_some_and(|x| x.gap == Gap::None);
        let km = i > 0
            && self
                .unit(i - 1)
                .is_some_and(|x| x.text.eq_ignore_ascii_case("km"));
        // `1994+200`: kilometre and metres.
        let plus = self.is(i + 1, "+")
            && touching(i + 1)
            && touching(i + 2)
            && self
                .unit(i + 2)
                .is_some_and(|x| x.kind == TokenKind::Number);
        let scale = i > 1
            && self.w(i - 2) == Word::Count
            && self
                .unit(i - 1)
                .is_some_and(|x| x.key.is_some() && x.key == *LE)
            && self.unit(i).is_some_and(|x| x.text.contains('/'));
        // (`lên tới 1/12`, `lên đến 1/3`: up to a ratio; `chưa đến 1/3`, less than one.)
        let up_to = i > 1
            && matches!(self.w(i - 2), Word::Len | Word::Chua)
            && matches!(self.w(i - 1), Word::Den | Word::Toi)
            && self.unit(i).is_some_and(|x| x.text.contains('/'));
        km || plus || scale || up_to
    }

    /// An integer numeral at `i` (digits only, at most 4).
    fn int(&self, i: usize) -> Option<u32> {
        match self.num(i)? {
            Num::Int(v, d) if d <= 4 => Some(v),
            _ => None,
        }
    }

    /// A four-digit year at `i`.
    fn year_at(&self, i: usize) -> Option<i32> {
        match self.num(i)? {
            Num::Int(v, 4) => i32::try_from(v).ok().filter(|&y| plausible_year(y)),
            _ => None,
        }
    }

    /// A dash or `đến`/`tới` between the ends of a range at `i`: the index after it.
    fn range_sep(&self, i: usize) -> Option<usize> {
        let u = self.unit(i)?;
        if u.is_dash() || u.is("~") {
            return Some(i + 1);
        }
        let end = match u.word {
            Word::Den | Word::Toi => i + 1,
            // `cho đến`, `cho tới`
            _ if u.text.eq_ignore_ascii_case("cho")
                && matches!(self.w(i + 1), Word::Den | Word::Toi) =>
            {
                i + 2
            }
            _ => return None,
        };
        // `đến hết ngày 30/6/2026`: to the end of that day.
        Some(if self.w(end) == Word::Het {
            end + 1
        } else {
            end
        })
    }

    /// Whether a noun that makes the number before it an amount follows at `i` (`2000
    /// người`, `2017 tỷ đồng`), or a unit sign (`%`).
    fn count_follows(&self, i: usize) -> bool {
        let Some(u) = self.unit(i) else { return false };
        // (A unit in any case: `1-2 M` in a heading in capitals.)
        // (`°` alone too: `từ 1-2°C` comes as the number, `°` and `C`.)
        // (`‰` too, per mille: `độ mặn từ 1-3‰`; and hours, `từ 3-4h sáng`.)
        const UNITS: [&str; 18] = [
            "%", "‰", "h", "km", "m", "cm", "mm", "m2", "m²", "m3", "m³", "kg", "°C", "°", "℃",
            "USD", "VNĐ", "VND",
        ];
        // (Not `lần lượt`, respectively: `các năm 2020 và 2021 lần lượt là 3,23% và 1,84%`;
        // nor `lần này`, `lần thứ`, `lần đầu`, this time, the nth time, the first time:
        // `Hội chợ 2024 lần này`.)
        static RESPECTIVELY: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["lần lượt", "lần này", "lần thứ", "lần đầu"]));
        let respectively = u.word == Word::Count && self.phrase_at(i, &RESPECTIVELY);
        u.gap != Gap::Line
            && !respectively
            && (u.word == Word::Count || UNITS.iter().any(|s| u.text.eq_ignore_ascii_case(s)))
    }

    /// After `N năm` at `i`: whether the years are counted (`1984 năm Khởi nghĩa …`, `1000
    /// năm lịch sử`), not a year and the next words (`sinh 1984 năm nay 40 tuổi`, `trước 1975
    /// năm nào cũng …`).
    fn years_counted(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|x| {
            x.gap == Gap::Space
                && x.key.is_some()
                && !matches!(
                    self.w(i),
                    Word::Nay | Word::Sau | Word::Truoc | Word::Toi | Word::Qua
                )
                && !matches!(
                    crate::normalize::fold_lower(x.text).as_str(),
                    "nao" | "do" | "ay" | "kia" | "ngoai"
                )
        })
    }

    /// Whether an event's noun starts at `i`: `kỳ nghỉ`, `dịp`, `lễ`, `mùa`, `đại dịch`,
    /// `Giáng sinh`.
    fn event_at(&self, i: usize) -> bool {
        static EVENTS: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&[
                "kỳ nghỉ",
                "kì nghỉ",
                "dịp",
                "lễ",
                "mùa",
                "đại dịch",
                "đợt",
                "kỳ thi",
                "kỳ họp",
                "giáng sinh",
                "quốc khánh",
                "trung thu",
            ])
        });
        self.phrase_at(i, &EVENTS)
    }

    /// Whether the number at `i` is a counter's (`kỳ 1`, `đợt 2`, `lần 3`, `Top 10`, `số 5`):
    /// it is no day of the month after it.
    fn counter_before(&self, i: usize) -> bool {
        static COUNTERS: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["kỳ", "kì", "đợt", "lần", "số", "khóa"]));
        i > 0
            && (self.phrase_at(i - 1, &COUNTERS)
                || self
                    .unit(i - 1)
                    .is_some_and(|x| x.text.eq_ignore_ascii_case("top")))
    }

    /// Whether the numeral at `i` ends a name, a capitalized word right before it or before
    /// its last word (`Trường Sĩ quan Lục quân 2`, `Sư đoàn 9`), no word of dates (`Thứ
    /// Hai`) and not in capitals (where no name can be told).
    #[cold]
    fn name_before(&self, i: usize) -> bool {
        let word = |m: usize| {
            self.unit(m).is_some_and(|x| {
                x.key.is_some() && x.gap != Gap::None && x.capitalized() && !x.all_caps()
            }) && self.w(m) == Word::Other
        };
        i >= 2
            && self.unit(i).is_some_and(|x| x.gap == Gap::Space)
            && (word(i - 1) || (self.unit(i - 1).is_some_and(|x| x.key.is_some()) && word(i - 2)))
    }

    /// Whether the words before the numeral at `i` say it is a share of a whole, a fraction:
    /// `chiếm 3/4`, `chiếm tới 3/4`, `có đến 1/3 bệnh nhân`, `lên tới 2/3` (not `kéo dài đến
    /// 1/3`, a day).
    fn share_before(&self, i: usize) -> bool {
        static ONE: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| phrase_keys(&["chiếm"]));
        static TWO: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&[
                "chiếm đến",
                "chiếm tới",
                "chiếm khoảng",
                "có đến",
                "có tới",
                "có khoảng",
                "lên đến",
                "lên tới",
            ])
        });
        (i >= 1 && self.phrase_at(i - 1, &ONE)) || (i >= 2 && self.phrase_at(i - 2, &TWO))
    }

    /// Whether what follows the numeral before `i` says it is a share of a whole, a fraction
    /// (`2/3 tổng số đại biểu`, `1/2 số thành viên`, `3/4 trở lên`, `2/3 đại biểu`), as the
    /// rules on votes write it: `tổng số`, `trở lên`/`trở xuống`, a counted noun, or `số`
    /// then a body's members or a counted noun.
    fn share_follows(&self, i: usize) -> bool {
        static SHARES: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&[
                "tổng số",
                "trở lên",
                "trở xuống",
                "đại biểu",
                "thành viên",
                "ủy viên",
                "phiếu",
                "cử tri",
                // (`3/4 số VĐV`, `2/3 số hộ`: a share of a number of anything.)
                "số",
                "cổ đông",
                "diện tích",
                "dân số",
                "ngân sách",
                "kinh phí",
            ])
        });
        // (`từ 1/3 đến 1/2 số đại biểu`: the first end of a range of shares.)
        let range_of_shares = || {
            (matches!(self.w(i), Word::Den | Word::Toi)
                || self.unit(i).is_some_and(|u| u.is_dash()))
                && matches!(self.num(i + 1), Some(Num::Dm(d, m, b'/')) if d < m)
                && self.share_follows(i + 2)
        };
        // (`có tới 2/3 số học viên`, `3/5 số cơ sở`: `số`, the number of, then what is
        // counted, in lower case, or both in capitals.)
        let loud = self.unit(i).is_some_and(|x| x.all_caps());
        let counted = || {
            self.w(i) == Word::So
                && self.unit(i + 1).is_some_and(|x| {
                    x.gap == Gap::Space
                        && x.key.is_some()
                        && (!x.capitalized() || (loud && x.all_caps()))
                        && !matches!(
                            x.word,
                            Word::Ngay | Word::Thang | Word::Nam | Word::Quy | Word::Tuan
                        )
                })
        };
        self.count_follows(i)
            || (self.w(i) == Word::So && self.count_follows(i + 1))
            || range_of_shares()
            || self.phrase_at(i, &SHARES)
            || counted()
    }

    /// Whether one of `phrases` (syllable keys, see [`phrase_keys`]) ends right before unit
    /// `i`, in one line.
    fn phrase_ends(&self, i: usize, phrases: &[Vec<u32>]) -> bool {
        phrases
            .iter()
            .any(|p| i >= p.len() && self.phrase_at(i - p.len(), std::slice::from_ref(p)))
    }

    /// Whether one of `phrases` (syllable keys, see [`phrase_keys`]) starts at unit `i`, in
    /// one line.
    fn phrase_at(&self, i: usize, phrases: &[Vec<u32>]) -> bool {
        let at = |k: usize| {
            self.unit(k)
                .filter(|u| u.gap != Gap::Line || k == i)
                .and_then(|u| u.key)
        };
        phrases
            .iter()
            .any(|p| !p.is_empty() && p.iter().enumerate().all(|(n, &k)| at(i + n) == Some(k)))
    }

    /// Whether the numeral at `i` is a document number: right after `số`, `Luật`, or a
    /// document type (`Thông tư`, `Nghị quyết`, `Quyết định`, …).
    fn document_number(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        match self.w(i - 1) {
            // (Not `dân số`, population: `Điều tra biến động dân số 1/4/2024`.)
            Word::So => !(i >= 2 && self.unit(i - 2).and_then(|u| u.key) == *DAN),
            Word::Luat | Word::Lenh => true,
            Word::DocSecond | Word::Tu4 | Word::Quy | Word::Nguyen => {
                i >= 2 && self.w(i - 2) == Word::DocFirst
            }
            // `Nghị quyết 06/2025`: `quyết` is also the first syllable of `Quyết định`.
            Word::DocFirst => {
                i >= 2
                    && self.w(i - 2) == Word::DocFirst
                    && self.unit(i - 1).and_then(|u| u.key) == *QUYET
            }
            _ => false,
        }
    }

    /// A date, range or relative expression starting at unit `i`: the end and the value.
    fn at(&self, i: usize) -> Option<(usize, DateValue)> {
        let u = self.unit(i)?;
        // `những năm 1990`, `các năm 80`, `thập niên 1960`: a decade (these words open no
        // other date).
        if matches!(u.word, Word::Nhung | Word::Cac | Word::Thap) {
            return self.decade(i);
        }
        // `thế kỷ XX`, `thế kỷ 19`: a century (these words open no other date).
        if u.word == Word::The {
            return self.century(i);
        }
        // Cheap filter: a date starts with a numeral or one of the words that open one.
        if !may_start(u) {
            return None;
        }
        // `tài khóa 2024`: a budget's year, as `năm tài chính 2024` (read from `khóa`, its
        // start moved back to `tài` by [`Rules::find`]).
        if u.word == Word::Khoa {
            let tai = self.unit(i.checked_sub(1)?)?;
            if tai.key.is_none() || tai.key != *TAI {
                return None;
            }
            let (end, p) = self.fiscal_years(i + 1)?;
            return Some((end, self.value(p)?));
        }
        if let Some(r) = self.decade(i).or_else(|| self.century(i)) {
            return Some(r);
        }
        // `5 năm 2026 - 2030`, `kế hoạch 5 năm 2021-2025`: the years of a plan, counted (the
        // count is theirs only when it is their number, or the span of a term).
        // (Cheap looks first: a numeral before `năm`, or a number word.)
        let number_word = matches!(
            u.word,
            Word::Mot
                | Word::Hai
                | Word::Ba
                | Word::Bon
                | Word::Tu4
                | Word::Nam
                | Word::Sau6
                | Word::Bay
                | Word::Tam
                | Word::Chin
                | Word::Muoi
        );
        // (Not a grade's number: `sách giáo khoa lớp 1 năm học 2020-2021`.)
        let grade = || {
            static LOP: LazyLock<Option<u32>> =
                LazyLock::new(|| crate::Syllable::parse("lớp").ok().map(|s| s.key()));
            i > 0
                && self
                    .unit(i - 1)
                    .is_some_and(|x| x.key.is_some() && x.key == *LOP)
        };
        if ((u.kind == TokenKind::Number && self.w(i + 1) == Word::Nam) || number_word)
            && let Some((n, k)) = self.count(i)
            && self.w(k) == Word::Nam
            && let Some((end, first)) = self.single(k, true)
            && let Some((end, v)) = match first {
                // `năm 2021-2025`: both years in one numeral.
                Part::Range(..) => self.value(first).map(|v| (end, v)),
                // `năm 2026 - 2030`
                _ => {
                    let sep = self.range_sep(end)?;
                    let (end2, second) = self.single(sep, true)?;
                    self.combine(first, second).map(|v| (end2, v))
                }
            }
            && let Some(Period {
                start: Date::Year { year: a },
                end: Some(Date::Year { year: b }),
            }) = v.gregorian
            // (Counted inclusive, `5 năm 2021-2025`, or as a term from its start to its
            // end, `5 năm 2020-2025`, `5 năm 2021 - 2026`.)
            && (b - a + 1 == n || b - a == n)
            && !grade()
        {
            return Some((end, v));
        }
        // `Sáu tháng đầu năm 2021`: a count of months in words (in figures, read by `core`).
        if number_word
            && let Some((end, p)) = self.months_of_year(i)
            && let Some(v) = self.value(p)
        {
            return Some((end, v));
        }
        if u.word == Word::Tu {
            // `từ thế kỷ XVI đến thế kỷ XIX`: two centuries, one range.
            if (self.w(i + 1) == Word::The || self.w(i + 2) == Word::The)
                && let Some(r) = self.century_range(i + 1)
            {
                return Some(r);
            }
            // `từ đầu năm đến ngày 15/6/2024`: from the start of the year the end names.
            if self.w(i + 1) == Word::Dau
                && self.w(i + 2) == Word::Nam
                && let Some(r) = self.year_start_range(i + 3)
            {
                return Some(r);
            }
            // `từ X đến Y`: both ends, `từ` included.
            if let Some((end, value)) = self.range_from(i + 1, true) {
                return Some((end, value));
            }
            // `từ năm 1999-2004`, `Từ 11/1986-11/1991`: both ends written as one, `từ`
            // included too.
            // (Not one school year, which is one date: `Từ năm học 2026-2027, …` is
            // `năm học 2026-2027`.)
            // (A lunar range too: `từ 15-17/3 âm lịch`.)
            let range = |p: &Part| match p {
                Part::Range(..) => true,
                Part::Value(v) => v.lunar.is_some_and(|l| l.end.is_some()),
                _ => false,
            };
            if let Some((end, p)) = self.single(i + 1, true)
                && range(&p)
                && self.range_sep(end).is_none()
                && !(self.w(i + 1) == Word::Nam && self.w(i + 2) == Word::Hoc)
                && let Some(v) = self.value(p)
            {
                return Some((end, v));
            }
        }
        // (`Sáng nay 1/12`: the date written after the day named from today, read below.)
        if let Some(r) = self.relative(i)
            && self.deictic_with_date(i).is_none()
        {
            return Some(r);
        }
        // (Words that open a date only before one word, as [`Rules::term`],
        // [`Rules::ten_days`] and [`Rules::weekday`] read them, are let go before the rest
        // is tried: `nhiệm vụ`, `giai cấp`, `trung tâm`, `hạ tầng`, `chủ trì` are common.)
        let next = self.w(i + 1);
        let opens = match u.word {
            Word::Nhiem | Word::Thoi => next == Word::Ky,
            Word::Giai => next == Word::Doan,
            Word::Nien => matches!(next, Word::Khoa | Word::Do) || self.crop_season(i),
            Word::Thuong | Word::Trung | Word::Ha => next == Word::Tuan,
            Word::Chu | Word::Chua2 => next == Word::Nhat,
            _ => true,
        };
        if !opens {
            return None;
        }
        // A numeral right after `từ`, `đến`, `trước`… (when no range starts there): `Từ 20/2,
        // trẻ em…`, `đến 30/6`.
        let cue = u.kind == TokenKind::Number && self.cue_before(i);
        // `(19 - 20/9)`: a range of days alone in brackets, after what happens on them.
        if u.kind == TokenKind::Number
            && !cue
            && i > 0
            && self.is(i - 1, "(")
            && let Some((end, first @ Part::DayOnly(_))) = self.single(i, true)
            && self.unit(end).is_some_and(Unit::is_dash)
            && let Some((end2, second @ Part::Solar(Date::Day { .. }))) = self.single(end + 1, true)
            && self.is(end2, ")")
            && let Some(v) = self.combine(first, second)
        {
            return Some((end2, v));
        }
        let (end, first) = self.single(i, cue)?;
        // `X - Y`, `X đến Y` without `từ`.
        if let Some(sep_end) = self.range_sep(end)
            && let Some((end2, second)) = self
                .single(sep_end, true)
                .or_else(|| self.later_year(first, sep_end))
        {
            // (`30/4 - 1/5 năm 2024`: the year after two days of no year is both's.)
            let (end2, first, second) = match (first, second) {
                (
                    Part::Solar(a @ Date::Day { year: None, .. }),
                    Part::Solar(b @ Date::Day { year: None, .. }),
                ) => match self.year_suffix(end2) {
                    (e, Some(y)) => (
                        e,
                        Part::Solar(a.with_year(Some(y))),
                        Part::Solar(b.with_year(Some(y))),
                    ),
                    _ => (end2, first, second),
                },
                _ => (end2, first, second),
            };
            if let Some(v) = self.combine(first, second) {
                return Some((end2, v));
            }
        }
        // `ngày 6 và 7/1/2020`: two days in a row, one month.
        if self.w(end) == Word::Va
            && let Part::DayOnly(d) = first
            && let Some((end2, second)) = self.single(end + 1, true)
        {
            match second {
                Part::Solar(b @ Date::Day { day, .. }) if day == d.wrapping_add(1) => {
                    if let Some(v) = self.combine(first, Part::Solar(b)) {
                        return Some((end2, v));
                    }
                }
                // (`ngày 15 và 16 tháng 2 âm lịch`: of a lunar month.)
                Part::Lunar(b @ Date::Day { year, month, day }) if day == d.wrapping_add(1) => {
                    if let Some(a) = Date::day(year, month, d)
                        && let Some(v) = self.combine(Part::Lunar(a), Part::Lunar(b))
                    {
                        return Some((end2, v));
                    }
                }
                _ => {}
            }
        }
        Some((end, self.value(first)?))
    }

    /// The other end of a range after a year of long ago, written bare: `năm 1650 đến 1700`
    /// (a bare year of these centuries is read by [`Rules::single`]).
    fn later_year(&self, first: Part, i: usize) -> Option<(usize, Part)> {
        let Part::Solar(Date::Year { year: a }) = first else {
            return None;
        };
        let b = self.year_at(i).filter(|&b| {
            plausible_year(b) && a < b && b - a <= MAX_YEAR_SPAN && !self.count_follows(i + 1)
        })?;
        Some((i + 1, Part::Solar(Date::Year { year: b })))
    }

    /// After `từ`: `X (đến|tới|-) Y`.
    fn range_from(&self, i: usize, cue: bool) -> Option<(usize, DateValue)> {
        // (A clock time before either end: `từ 7 giờ ngày 5/11 đến 22 giờ ngày 6/11/2026`.)
        let (end, first) = self
            .clock(i)
            .and_then(|k| self.single(k, cue))
            .or_else(|| self.single(i, cue))?;
        // (`từ năm 2015 đến nay` is no range: `nay` is no date, and the date is read alone,
        // with or without a reference date.)
        let sep_end = self.range_sep(end)?;
        let (end2, second) = self
            .clock(sep_end)
            .and_then(|k| self.single(k, true))
            .or_else(|| self.single(sep_end, true))
            .or_else(|| self.later_year(first, sep_end))?;
        // `từ đầu năm 2025 đến ngày 15/10`: from the start of a year to a day or a month of
        // it (2025/2025-10-15).
        let second = match (first, second) {
            (
                Part::Solar(Date::Year { year }),
                Part::Solar(Date::Day {
                    year: None,
                    month,
                    day,
                }),
            ) if self.w(i) == Word::Dau => Part::Solar(Date::day(Some(year), month, day)?),
            (Part::Solar(Date::Year { year }), Part::Solar(Date::Month { year: None, month }))
                if self.w(i) == Word::Dau =>
            {
                Part::Solar(Date::Month {
                    year: Some(year),
                    month,
                })
            }
            _ => second,
        };
        // `từ tháng 8 đến hết năm 2025`: a month or a day with no year takes the year it runs
        // to (2025-08/2025).
        let first = match (first, second) {
            (
                Part::Solar(d @ (Date::Day { year: None, .. } | Date::Month { year: None, .. })),
                Part::Solar(Date::Year { year }),
            ) => Part::Solar(d.with_year(Some(year))),
            _ => first,
        };
        Some((end2, self.combine(first, second)?))
    }

    /// `từ đầu năm đến (hết) ngày 20/10`, read from `i`, past `đầu năm`: news's running
    /// totals, from the start of the year of the day or month they run to (`2024/2024-06-15`,
    /// as `từ đầu năm 2024 đến ngày 15/6` reads; with no year, from the first of January:
    /// `--01-01/--10-20`). Not to `nay` (a relative date) nor to a year.
    #[cold]
    fn year_start_range(&self, i: usize) -> Option<(usize, DateValue)> {
        let sep_end = self.range_sep(i)?;
        let (end, second) = self
            .clock(sep_end)
            .and_then(|k| self.single(k, true))
            .or_else(|| self.single(sep_end, true))?;
        let first = match second {
            Part::Solar(Date::Day { year: Some(y), .. } | Date::Month { year: Some(y), .. }) => {
                Date::Year { year: y }
            }
            Part::Solar(Date::Day { year: None, .. }) => Date::day(None, 1, 1)?,
            Part::Solar(Date::Month { year: None, .. }) => Date::month(None, 1)?,
            _ => return None,
        };
        Some((end, self.combine(Part::Solar(first), second)?))
    }

    /// Whether a clock time ends right before unit `i`: `7 giờ`, `7 giờ 30 phút`, `3h`,
    /// `7h30`, `07:30`.
    #[cold]
    fn clock_before(&self, i: usize) -> bool {
        let Some(x) = self.unit(i - 1) else {
            return false;
        };
        let folded = |w: &str| crate::normalize::folds_to(x.text, w);
        folded("gio")
            || folded("phut")
            || (x.text.eq_ignore_ascii_case("h")
                && x.gap == Gap::None
                && i >= 2
                && self
                    .unit(i - 2)
                    .is_some_and(|u| u.kind == TokenKind::Number))
            || (matches!(x.kind, TokenKind::Number | TokenKind::Code)
                && x.text.split_once(['h', 'H', ':']).is_some_and(|(h, m)| {
                    (1..=2).contains(&h.len())
                        && h.bytes().all(|b| b.is_ascii_digit())
                        && m.len() <= 2
                        && m.bytes().all(|b| b.is_ascii_digit())
                }))
    }

    /// A clock time at `i` before `ngày`: `7 giờ`, `7 giờ 30 phút`, `7h30`, `07:30`, `13h`;
    /// the index after it.
    fn clock(&self, i: usize) -> Option<usize> {
        let x = self.unit(i)?;
        // (`7H30` in capitals is read as a code.)
        if !matches!(x.kind, TokenKind::Number | TokenKind::Code) {
            return None;
        }
        let hour = |t: &str| t.len() <= 2 && t.parse::<u8>().is_ok_and(|h| h <= 24);
        // (`giờ`, `phút` in any case and form, folded: `GIỜ`, NFD `gio\u{300}`.)
        let word = |k: usize, w: &str| {
            self.unit(k)
                .is_some_and(|u| u.gap != Gap::Line && crate::normalize::folds_to(u.text, w))
        };
        let end = if hour(x.text) && word(i + 1, "gio") {
            if self
                .unit(i + 2)
                .is_some_and(|u| u.kind == TokenKind::Number)
                && word(i + 3, "phut")
            {
                i + 4
            } else {
                i + 2
            }
        } else if hour(x.text)
            && self
                .unit(i + 1)
                .is_some_and(|u| u.gap == Gap::None && u.text.eq_ignore_ascii_case("h"))
        {
            i + 2
        } else {
            let (h, m) = x.text.split_once(['h', 'g', 'H', 'G', ':'])?;
            if !(hour(h)
                && (m.is_empty() || (m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))))
            {
                return None;
            }
            i + 1
        };
        (self.w(end) == Word::Ngay).then_some(end)
    }

    /// The value of a single date as written.
    fn value(&self, p: Part) -> Option<DateValue> {
        match p {
            Part::Solar(d) => Some(DateValue::solar(Period::point(d))),
            Part::Lunar(d) => lunar_value(d, None),
            Part::DayOnly(_) => None,
            Part::Range(a, b) => Some(DateValue::solar(Period::range(a, b)?)),
            Part::Value(v) => Some(v),
        }
    }

    /// The two ends of a range; an end that lacks the year (or month) takes it from the
    /// other (`từ 20/4 đến 30/6/2020`, `từ ngày 1 đến ngày 5/3/2020`, `từ tháng 1 - 7.2017`).
    fn combine(&self, a: Part, b: Part) -> Option<DateValue> {
        let (a, b, lunar) = match (a, b) {
            (Part::Solar(a), Part::Solar(b)) => (a, b, false),
            // `Từ năm học 2015 - 2016 đến năm học 2020 - 2021`: from the first's start to the
            // second's end.
            (Part::Range(a, _), Part::Range(_, b)) => (a, b, false),
            (Part::Lunar(a), Part::Lunar(b)) => (a, b, true),
            // `từ 15/10 đến 15/11 âm lịch`: the suffix after the second end is the calendar
            // of both, when the first has no year of its own.
            (
                Part::Solar(a @ (Date::Day { year: None, .. } | Date::Month { year: None, .. })),
                Part::Lunar(b),
            ) => (a, b, true),
            (Part::DayOnly(d), Part::Solar(b @ Date::Day { year, month, .. })) => {
                (Date::day(year, month, d)?, b, false)
            }
            (Part::DayOnly(d), Part::Lunar(b @ Date::Day { year, month, .. })) => (
                Date::Day {
                    year,
                    month,
                    day: d,
                },
                b,
                true,
            ),
            _ => return None,
        };
        // Ends of one kind: days with days, months with months, years with years.
        let same = matches!(
            (a, b),
            (Date::Day { .. }, Date::Day { .. })
                | (Date::Month { .. }, Date::Month { .. })
                | (Date::Year { .. }, Date::Year { .. })
                | (Date::Quarter { .. }, Date::Quarter { .. })
                | (Date::Half { .. }, Date::Half { .. })
                | (Date::Day { .. }, Date::Month { .. })
                | (Date::Month { .. }, Date::Day { .. })
        );
        // Ends of other precisions keep theirs when both have their year: `từ ngày 8 tháng 12
        // năm 2021 đến năm 2025` (2021-12-08/2025), `từ quý III/2025 đến hết năm 2025`
        // (2025-Q3/2025).
        let dated = a.year().is_some() && b.year().is_some() && !lunar;
        let mixed = dated
            && matches!(
                (a, b),
                (
                    Date::Day { .. }
                        | Date::Month { .. }
                        | Date::Quarter { .. }
                        | Date::Half { .. },
                    Date::Year { .. }
                ) | (
                    Date::Year { .. },
                    Date::Day { .. }
                        | Date::Month { .. }
                        | Date::Quarter { .. }
                        | Date::Half { .. }
                )
            );
        if !(same || mixed) {
            return None;
        }
        let (a, b) = match (a.year(), b.year()) {
            (None, Some(y)) => {
                // The first end takes the year of the last, or the year before when its
                // month comes later (`từ 20/12 đến 5/1/2020`).
                let later = a
                    .month_number()
                    .zip(b.month_number())
                    .is_some_and(|(x, z)| x > z);
                (a.with_year(Some(if later { y - 1 } else { y })), b)
            }
            (Some(y), None) => (a, b.with_year(Some(y))),
            _ => (a, b),
        };
        if !a.valid() || !b.valid() {
            return None;
        }
        // (With no year on either end, a range from the last months to the first goes over
        // the new year: `từ 23 tháng Chạp đến mùng 5 Tết`, `từ 20/12 đến 5/1`.)
        let over_new_year = a.year().is_none()
            && b.year().is_none()
            && a.month_number().is_some_and(|m| m >= 10)
            && b.month_number().is_some_and(|m| m <= 3);
        let period = if over_new_year {
            Period {
                start: a,
                end: Some(b),
            }
        } else {
            Period::range(a, b)?
        };
        if lunar {
            let (
                Date::Day {
                    year,
                    month: m1,
                    day: d1,
                },
                Date::Day {
                    month: m2, day: d2, ..
                },
            ) = (a, b)
            else {
                return Some(DateValue {
                    gregorian: None,
                    lunar: Some(period),
                });
            };
            let g = year.and_then(|y| {
                let s = lunar::lunar_to_solar(y, m1, d1, false)?;
                let e = lunar::lunar_to_solar(b.year().unwrap_or(y), m2, d2, false)?;
                Period::range(
                    Date::Day {
                        year: Some(s.0),
                        month: s.1,
                        day: s.2,
                    },
                    Date::Day {
                        year: Some(e.0),
                        month: e.1,
                        day: e.2,
                    },
                )
            });
            return Some(DateValue {
                gregorian: g,
                lunar: Some(period),
            });
        }
        Some(DateValue::solar(period))
    }

    /// One date (not a range of two expressions) at `i`, with the words that place it.
    /// `cue`: something before it makes a bare day and month a date (`từ 20/2`).
    fn single(&self, i: usize, cue: bool) -> Option<(usize, Part)> {
        if let Some(found) = self.deictic_with_date(i) {
            return Some(found);
        }
        let mut j = i;
        let mut cue = cue;
        // `Ngày thứ Hai, 24/11/2025`: `ngày` before a weekday and its date is in the span.
        if self.w(i) == Word::Ngay && self.weekday(i + 1).is_some() {
            j = i + 1;
        }
        // A part of the day before a weekday: `sáng thứ Hai 4/11`, `Chiều Chủ nhật, ngày
        // 10/11/2024`.
        if let Some(k) = self.part_of_day(j).filter(|&k| self.weekday(k).is_some()) {
            j = k;
        }
        // A weekday: `thứ Hai, ngày 6/1/2020`, `Chủ nhật (6/1)`, `thứ 7`.
        if let Some(k) = self.weekday(j) {
            j = k;
            if self.is(j, ",") {
                j += 1;
            }
            if self.is(j, "(") {
                // `thứ Hai (6/1)` (a day's date, not a year alone: `Đại Bảo thứ 3 (1442)` is
                // an era's third year).
                if let Some((end, p)) = self.core(j + 1, true)
                    && self.is(end, ")")
                    && !matches!(p, Part::Solar(Date::Year { .. }))
                {
                    return Some((end + 1, p));
                }
            }
            cue = true;
        }
        // A part of the day: `sáng 15/3`, `chiều ngày 20/11`, `rạng sáng 6/1`.
        let day_part = self.part_of_day(j);
        if let Some(k) = day_part {
            // `Đêm 6 rạng sáng 7/9`, `đêm 2 và rạng sáng 3/8`: a night that runs into the
            // next morning, one range of two days.
            if matches!(self.w(j), Word::Dem | Word::Toi2)
                && let Some(found) = self.night_into_morning(k)
            {
                return Some(found);
            }
            j = k;
            cue = true;
        }
        let (end, p) = self.core(j, cue)?;
        let (end, p) = self.day_of_year_named(end, p);
        // A part of the day is of a day: `chiều giai đoạn 2022 - 2025` is the end of `đa
        // chiều` (multidimensional), then a period.
        let of_a_day = |d: &Date| matches!(d, Date::Day { .. });
        if day_part.is_some()
            && !match &p {
                Part::Solar(d) | Part::Lunar(d) | Part::Range(d, _) => of_a_day(d),
                Part::DayOnly(_) | Part::Value(_) => true,
            }
        {
            return None;
        }
        // A lunar suffix: `ngày 10/3 âm lịch`, `(âm lịch)`, or a year named by its stem and
        // branch (`ngày 8-3 Ất Dậu`, `ngày 2 tháng 3 năm Quý Tỵ`), which names no year
        // number: without a reference date no year is guessed; with one, the year of that
        // name nearest it (`mùng 10 tháng 3 năm Bính Ngọ` → 2026), as for `tháng Chạp năm Quý
        // Mão`.
        let named_year = |k: usize| self.lunar_year_name(k);
        // (Lunar already: `rằm tháng Giêng năm Ất Tỵ`.)
        if let Part::Solar(d @ (Date::Day { year: None, .. } | Date::Month { year: None, .. }))
        | Part::Lunar(d @ (Date::Day { year: None, .. } | Date::Month { year: None, .. })) = p
            && let Some((k, year)) = named_year(end)
        {
            let k = self.lunar_suffix(k).unwrap_or(k);
            return Some((k, Part::Lunar(d.with_year(year))));
        }
        if let Some(k) = self.lunar_suffix(end) {
            // (`mùng 5 tháng 5 âm lịch năm 2025`: the lunar year after the suffix.)
            // (Or its name: `ngày 15/3 âm lịch năm Ất Tỵ`.)
            let (k, year) = match p {
                // (Lunar already, by `rằm`: `rằm tháng Bảy âm lịch năm 2024`.)
                Part::Solar(d) | Part::Lunar(d) if d.year().is_none() => {
                    match self.range_year(k, None) {
                        (_, None) if self.w(k) == Word::Nam => named_year(k).unwrap_or((k, None)),
                        found => found,
                    }
                }
                _ => (k, None),
            };
            let lunar = match p {
                Part::Solar(d @ (Date::Day { .. } | Date::Month { .. }))
                | Part::Lunar(d @ (Date::Day { .. } | Date::Month { .. })) => {
                    Part::Lunar(if year.is_some() { d.with_year(year) } else { d })
                }
                // (`ngày 6-8 tháng 3 âm lịch`: days of a lunar month.)
                Part::Range(a @ Date::Day { .. }, b @ Date::Day { .. }) => {
                    Part::Value(self.combine(Part::Lunar(a), Part::Lunar(b))?)
                }
                other => other,
            };
            return Some((k, lunar));
        }
        // A day found without `ngày`, then its year after `năm`: `Quốc khánh 2/9 năm 2024`.
        if let Part::Solar(d @ Date::Day { year: None, .. }) = p
            && self.w(end) == Word::Nam
            && let Some(y) = self.year_at(end + 1).filter(|&y| bare_year(y))
            && d.with_year(Some(y)).valid()
        {
            return Some((end + 2, Part::Solar(d.with_year(Some(y)))));
        }
        Some((end, p))
    }

    /// Where the date written after a day named from today is, when the expression from `i`
    /// to `end` is one (`Hôm qua (12-11)` → `12-11`, `Sáng nay 1/12` → `1/12`).
    fn deictic_date_span(&self, i: usize, end: usize) -> Option<(usize, usize)> {
        if !matches!(
            self.w(i),
            Word::Hom
                | Word::Bua
                | Word::Ngay
                | Word::Sang
                | Word::Chieu
                | Word::Toi
                | Word::Trua
                | Word::Dem
        ) && self.part_of_day(i).is_none()
        {
            return None;
        }
        let (e, _) = self.deictic_with_date(i).filter(|&(e, _)| e == end)?;
        let open = self.is(e - 1, ")");
        let close = if open { e - 1 } else { e };
        // (The date's first unit: after the bracket or the comma that follows the day.)
        let start = (i + 1..close)
            .find(|&m| self.is(m - 1, "(") || self.is(m - 1, ","))
            .or_else(|| {
                (i + 1..close).find(|&m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Number))
            })?;
        Some((start, close))
    }

    /// A day named from today followed by the date it is, one expression: `Sáng nay 1/12`,
    /// `Hôm nay (1/12)`, `Ngày mai 2/12`, `tối qua, 30/11` (the match is the date as written:
    /// [`Rules::deictic_date_span`]). The date as written, in the year
    /// of the day it names when there is a reference date (without one, no year).
    fn deictic_with_date(&self, i: usize) -> Option<(usize, Part)> {
        let (k, offset) = match (self.w(i), self.w(i + 1)) {
            (Word::Hom, Word::Nay) | (Word::Bua, Word::Nay) => (i + 2, 0),
            (Word::Hom, Word::Qua) | (Word::Bua, Word::Qua) => (i + 2, -1),
            (Word::Ngay, Word::Mai) => (i + 2, 1),
            _ => {
                let k = self.part_of_day(i).filter(|_| self.w(i) != Word::Hom)?;
                match self.w(k) {
                    Word::Nay => (k + 1, 0),
                    Word::Qua => (k + 1, -1),
                    Word::Mai => (k + 1, 1),
                    _ => return None,
                }
            }
        };
        let open = self.is(k, "(");
        let j = if open || self.is(k, ",") { k + 1 } else { k };
        let (end, Part::Solar(d @ Date::Day { year, .. })) = self.single(j, true)? else {
            return None;
        };
        let end = if open {
            self.is(end, ")").then_some(end + 1)?
        } else {
            end
        };
        // (The year of the day it names, where the date written is that day or one next to
        // it: `Sáng nay (12/6)` read on 1 December names no day of that year, and gets none.)
        let year = year.or_else(|| {
            let r = self.reference?;
            let named = CalendarDate::from_jdn(r.jdn() + offset)?;
            let Date::Day { month, day, .. } = d else {
                return None;
            };
            (named.year() - 1..=named.year() + 1).find(|&y| {
                CalendarDate::new(y, month, day).is_some_and(|c| (c.jdn() - named.jdn()).abs() <= 1)
            })
        });
        Some((end, Part::Solar(d.with_year(year))))
    }

    /// A lunar year by its stem and branch at `k`, after `năm` or not (`năm Quý Mão`, `Ất
    /// Dậu`): the index after it and, with a reference date, the latest year of that name up
    /// to the one after it (with none, no year: the name comes back every 60 years).
    fn lunar_year_name(&self, k: usize) -> Option<(usize, Option<i32>)> {
        let k = if self.w(k) == Word::Nam { k + 1 } else { k };
        let (stem, branch) = self.can_chi(k)?;
        // (Its number after it, where they agree: `rằm tháng Giêng năm Bính Ngọ 2026`.)
        if let Some(y) = self.year_at(k + 2)
            && lunar::can_chi(y) == (stem, branch)
        {
            return Some((k + 3, Some(y)));
        }
        let year = self
            .reference
            .and_then(|r| lunar::year_from_can_chi(stem, branch, r.year().saturating_add(1)));
        Some((k + 2, year))
    }

    /// `âm lịch`, `(âm lịch)`, `(AL)` at `i`: the index after it.
    fn lunar_suffix(&self, i: usize) -> Option<usize> {
        let open = self.is(i, "(");
        let j = if open { i + 1 } else { i };
        let k = if self.w(j) == Word::Am && self.w(j + 1) == Word::Lich {
            j + 2
        } else if open && self.is(j, "AL") {
            j + 1
        } else {
            return None;
        };
        if open {
            self.is(k, ")").then_some(k + 1)
        } else {
            Some(k)
        }
    }

    /// `thứ Hai`…`thứ Bảy`, `thứ 2`…`thứ 7`, `Chủ nhật`, `CN` at `i`: the index after it.
    fn weekday(&self, i: usize) -> Option<usize> {
        match self.w(i) {
            // (Not an ordinal after what is counted: `kỳ họp thứ 7`, `Đại hội lần thứ 5`,
            // `năm thứ 3`.)
            Word::Thu
                if i > 0
                    && self
                        .unit(i - 1)
                        .and_then(|x| x.key)
                        .is_some_and(|k| ORDINAL_NOUNS.contains(&k)) =>
            {
                None
            }
            Word::Thu => {
                let next = self.w(i + 1);
                if (words::weekday_word(next).is_some()
                    || self.int(i + 1).is_some_and(|d| (2..=7).contains(&d)))
                    && !self.ordinal_after_deed(i)
                {
                    Some(i + 2)
                } else {
                    None
                }
            }
            Word::Chu if self.w(i + 1) == Word::Nhat => Some(i + 2),
            _ if self.sunday_cn(i) => Some(i + 1),
            // `Chúa nhật`, Sunday as Catholics write it.
            Word::Chua2 if self.w(i + 1) == Word::Nhat => Some(i + 2),
            _ => None,
        }
    }

    /// Whether `thứ` at `i` is an ordinal after what is counted and what is done, the
    /// ordinal in lower case: `Đợt mở bán thứ hai ngày 3/10`; a weekday is mostly written
    /// `thứ Hai`. (Not after a time's noun: `tuần tới thứ hai` is the day.)
    #[cold]
    fn ordinal_after_deed(&self, i: usize) -> bool {
        (2..=3).any(|b| {
            i >= b
                && !matches!(self.w(i - b), Word::Nam | Word::Thang | Word::Tuan)
                && self
                    .unit(i - b)
                    .and_then(|x| x.key)
                    .is_some_and(|k| ORDINAL_NOUNS.contains(&k))
                && (i - b + 1..i).all(|m| {
                    self.unit(m)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized() && x.gap == Gap::Space)
                })
        }) && self
            .unit(i + 1)
            .is_some_and(|x| x.key.is_some() && !x.capitalized())
    }

    /// `CN` at `i` as Sunday, not the end of a joined abbreviation (`KH&CN`, science and
    /// technology).
    fn sunday_cn(&self, i: usize) -> bool {
        self.is(i, "CN")
            && !(i > 0 && self.unit(i).is_some_and(|x| x.gap == Gap::None) && self.is(i - 1, "&"))
    }

    /// The weekday number (Monday 1 … Sunday 7) of a weekday at `i`.
    fn weekday_number(&self, i: usize) -> Option<u8> {
        match self.w(i) {
            Word::Thu => words::weekday_word(self.w(i + 1)).or_else(|| {
                self.int(i + 1)
                    .filter(|d| (2..=7).contains(d))
                    .map(|d| d as u8 - 1)
            }),
            Word::Chu if self.w(i + 1) == Word::Nhat => Some(7),
            _ if self.sunday_cn(i) => Some(7),
            Word::Chua2 if self.w(i + 1) == Word::Nhat => Some(7),
            _ => None,
        }
    }

    /// After `đêm` or `tối`, at `k`: a day of the month alone, maybe `và`, then `rạng sáng`
    /// or `sáng` and the next day with its month (`Đêm 6 rạng sáng 7/9`): the end and the
    /// range of the two days.
    fn night_into_morning(&self, k: usize) -> Option<(usize, Part)> {
        let d1 = self.int(k).filter(|d| (1..=30).contains(d))?;
        let m = if self.w(k + 1) == Word::Va {
            k + 2
        } else {
            k + 1
        };
        if !matches!(self.w(m), Word::Rang | Word::Sang) {
            return None;
        }
        let (end, p) = self.core(self.part_of_day(m)?, true)?;
        match p {
            Part::Solar(b @ Date::Day { year, month, day }) if u32::from(day) == d1 + 1 => {
                Some((end, Part::Range(Date::day(year, month, d1 as u8)?, b)))
            }
            _ => None,
        }
    }

    /// `sáng`, `trưa`, `chiều`, `tối`, `đêm`, `khuya`, `rạng sáng`, `nửa đêm` at `i` (before
    /// a date), and a part of one: `sáng sớm`, `tối muộn`, `chiều tối`, `đêm khuya`.
    fn part_of_day(&self, i: usize) -> Option<usize> {
        // (`kỳ hạn qua đêm ngày 2/8`: overnight, a loan's term, not the night of that day.)
        if i > 0 && self.w(i) == Word::Dem && self.w(i - 1) == Word::Qua {
            return None;
        }
        match self.w(i) {
            // (Not the part of a clock time's day before `ngày`, which opens the date: `7 giờ
            // sáng ngày 2/9`, `3h sáng ngày 30/4`: the time's, outside the date.)
            Word::Sang | Word::Trua | Word::Chieu | Word::Toi2 | Word::Dem | Word::Khuya
                if i > 0 && self.w(i + 1) == Word::Ngay && self.clock_before(i) =>
            {
                None
            }
            first @ (Word::Sang
            | Word::Trua
            | Word::Chieu
            | Word::Toi2
            | Word::Dem
            | Word::Khuya) => {
                let part = matches!(
                    (first, self.w(i + 1)),
                    (_, Word::Som | Word::Muon)
                        | (Word::Chieu, Word::Toi2)
                        | (Word::Dem | Word::Toi2, Word::Khuya)
                );
                Some(if part { i + 2 } else { i + 1 })
            }
            Word::Rang if self.w(i + 1) == Word::Sang => Some(i + 2),
            Word::Nua if self.w(i + 1) == Word::Dem => Some(i + 2),
            // `hôm 5/1`: on that day (`hôm qua`, `hôm nay` are relative words).
            Word::Hom
                if self
                    .unit(i + 1)
                    .is_some_and(|x| x.kind == TokenKind::Number) =>
            {
                Some(i + 1)
            }
            _ => None,
        }
    }

    /// `đầu`, `giữa`, `cuối` before a month or year (`cuối năm 2019`).
    fn position(&self, i: usize) -> usize {
        // (Nor `đầu` of `ban đầu` (initial), `bắt đầu` (to start), `hàng đầu` (leading), `đi
        // đầu` (to lead), `dẫn đầu` (to lead), `đứng đầu` (to top): `kế hoạch ban đầu năm
        // 2007`, `50 Thương hiệu dẫn đầu năm 2024`.)
        static FIRST_OF: LazyLock<Vec<u32>> = LazyLock::new(|| {
            ["ban", "bắt", "hàng", "đi", "dẫn", "đứng"]
                .iter()
                .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
                .collect()
        });
        match self.w(i) {
            // (Not the ordinal `lần đầu năm 2026`: the first time, in 2026.)
            Word::Dau | Word::Giua | Word::Cuoi
                if matches!(
                    self.w(i + 1),
                    Word::Thang | Word::Nam | Word::Quy | Word::Tuan
                ) && !(self.w(i) == Word::Dau
                    && i > 0
                    && self
                        .unit(i - 1)
                        .and_then(|u| u.key)
                        .is_some_and(|k| Some(k) == *LAN || FIRST_OF.contains(&k))) =>
            {
                i + 1
            }
            // `nửa đầu tháng 12`, `tuần cuối tháng 11`: a part of a month (its days are read
            // first, [`Rules::part_of_month`]; the month where they are not known).
            Word::Nua | Word::Tuan
                if matches!(self.w(i + 1), Word::Dau | Word::Cuoi)
                    && self.w(i + 2) == Word::Thang =>
            {
                i + 2
            }
            _ => i,
        }
    }

    /// `10 ngày đầu tháng 12`, `5 ngày cuối tháng 3/2026`, `2 tuần đầu tháng 9`: the first
    /// or last days (weeks) of a month, as the range of those days (the month when its length
    /// is not known: February without a year).
    fn days_of_month(&self, i: usize) -> Option<(usize, Part)> {
        // (The count in words too: `hai tuần đầu tháng 1/2023`, `mười ngày cuối tháng 6`.)
        let n = match self.int(i) {
            Some(n) => u8::try_from(n).ok(),
            None => match self.w(i) {
                Word::Hai => Some(2),
                Word::Ba => Some(3),
                Word::Bon | Word::Tu4 => Some(4),
                Word::Bay => Some(7),
                Word::Muoi => Some(10),
                _ => None,
            },
        }
        .filter(|n| (1..=20).contains(n))?;
        let (first, n) = match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            (Word::Ngay, Word::Dau, Word::Thang) => (true, n),
            (Word::Ngay, Word::Cuoi, Word::Thang) => (false, n),
            (Word::Tuan, Word::Dau, Word::Thang) if n <= 4 => (true, 7 * n),
            (Word::Tuan, Word::Cuoi, Word::Thang) if n <= 4 => (false, 7 * n),
            _ => return None,
        };
        let (end, p) = self.month_expr(i + 4)?;
        let Part::Solar(Date::Month { year, month }) = p else {
            return None;
        };
        let last = days_in_month(year, month);
        if !first && month == 2 && year.is_none() {
            return Some((end, p));
        }
        let (a, b) = if first { (1, n) } else { (last - n + 1, last) };
        Some((
            end,
            Part::Range(Date::day(year, month, a)?, Date::day(year, month, b)?),
        ))
    }

    /// A decade, as the years it holds: `những năm 1990`, `các năm 80` (of the last
    /// century: a decade in two digits is one of the 1900s), `thập niên 1960`, `thập kỷ 90`,
    /// `đầu những năm 2000` (1990/1999 …). Not a list of years (`những năm 2010 và 2011`,
    /// `các năm 2020, 2021`), nor a year that does not start a decade (`những năm 1995`).
    fn decade(&self, i: usize) -> Option<(usize, DateValue)> {
        let j = match self.w(i) {
            Word::Dau | Word::Giua | Word::Cuoi => i + 1,
            _ => i,
        };
        let n = match (self.w(j), self.w(j + 1)) {
            (Word::Nhung | Word::Cac, Word::Nam) => j + 2,
            (Word::Thap, Word::Nien | Word::Ky3) => j + 2,
            _ => return None,
        };
        let first = match self.num(n)? {
            Num::Int(v, 4) if v % 10 == 0 => i32::try_from(v).ok().filter(|&y| bare_year(y))?,
            Num::Int(v, 2) if v % 10 == 0 && v >= 20 => 1900 + i32::try_from(v).ok()?,
            _ => return None,
        };
        // (A list of years, or a range of them, is no decade.)
        let list = (self.is(n + 1, ",")
            || self.w(n + 1) == Word::Va
            || self.range_sep(n + 1).is_some())
            && (self.year_at(n + 2).is_some() || matches!(self.num(n + 2), Some(Num::Int(_, 2))))
            && !self.count_follows(n + 3);
        if list || self.is(n + 1, "/") || self.is(n + 1, "%") {
            return None;
        }
        let p = Period::range(Date::Year { year: first }, Date::Year { year: first + 9 })?;
        Some((n + 1, DateValue::solar(p)))
    }

    /// A century, as the years it holds (the first year of a century ends in 1: `thế kỷ XX`
    /// is 1901/2000): `thế kỷ XV`, `thế kỷ 19`, `thế kỷ thứ 10`, `đầu thế kỷ XX`. Not one
    /// before Christ (`thế kỷ 3 TCN`, `thế kỷ II trước Công nguyên`), nor one told from now
    /// (`thế kỷ trước`).
    fn century(&self, i: usize) -> Option<(usize, DateValue)> {
        let j = match self.w(i) {
            Word::Dau | Word::Giua | Word::Cuoi => i + 1,
            _ => i,
        };
        if (self.w(j), self.w(j + 1)) != (Word::The, Word::Ky3) {
            return None;
        }
        let n = if self.w(j + 2) == Word::Thu {
            j + 3
        } else {
            j + 2
        };
        // (Two centuries in one token: `thế kỷ 17-18`.)
        let pair = self.unit(n).and_then(|x| {
            let (a, b) = x.text.split_once(['-', '–'])?;
            let digits =
                |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|d| d.is_ascii_digit());
            (digits(a) && digits(b)).then(|| (a.parse::<u32>().ok(), b.parse::<u32>().ok()))
        });
        let (c, mut last) = match (pair, self.num(n)) {
            (Some((Some(a), Some(b))), _) => (a, Some((n + 1, b))),
            (_, Some(Num::Int(v, digits))) if digits <= 2 => (v, None),
            (_, Some(_)) => return None,
            (_, None) => (roman_number(self.unit(n)?.text)?, None),
        };
        if !(1..=21).contains(&c) {
            return None;
        }
        // (Or a range of centuries, the second after a dash: `thế kỷ XV - XVII`, `thế kỷ 15
        // - 17`.)
        if last.is_none()
            && self.unit(n + 1).is_some_and(Unit::is_dash)
            && let Some(y) = self.unit(n + 2)
        {
            let c2 = match self.num(n + 2) {
                Some(Num::Int(v, digits)) if digits <= 2 => Some(v),
                Some(_) => None,
                None => roman_number(y.text),
            };
            last = c2.map(|c2| (n + 3, c2));
        }
        let last = last.filter(|&(_, c2)| c2 > c && c2 <= 21);
        if self.before_christ(n + 1) {
            return None;
        }
        let c = i32::try_from(c).ok()?;
        let (end, c2) = match last {
            Some((e, c2)) => (e, i32::try_from(c2).ok()?),
            None => (n + 1, c),
        };
        let p = Period::range(
            Date::Year {
                year: (c - 1) * 100 + 1,
            },
            Date::Year { year: c2 * 100 },
        )?;
        Some((end, DateValue::solar(p)))
    }

    /// After `từ`, a century at `i` and, after `đến` or `tới`, a later one: one range from
    /// the first's first year to the second's last (`từ thế kỷ XVI đến thế kỷ XIX`).
    #[cold]
    fn century_range(&self, i: usize) -> Option<(usize, DateValue)> {
        let (end, first) = self.century(i)?;
        if matches!(self.w(end), Word::Den | Word::Toi)
            && let Some((end2, second)) = self.century(end + 1)
            && let (Some(a), Some(b)) = (first.gregorian, second.gregorian)
            && let Some(last) = b.end
            && b.start.year() > a.start.year()
            && let Some(p) = Period::range(a.start, last)
        {
            return Some((end2, DateValue::solar(p)));
        }
        None
    }

    /// The date itself at `i`, after the words that place it.
    fn core(&self, i: usize, cue: bool) -> Option<(usize, Part)> {
        if matches!(self.w(i), Word::Nua | Word::Tuan)
            && let Some(r) = self.part_of_month(i)
        {
            return Some(r);
        }
        let j = self.position(i);
        let u = self.unit(j)?;
        match u.word {
            Word::Ngay => self.after_ngay(j + 1).or_else(|| self.named_day(j + 1)),
            Word::Mung | Word::Mong => self.after_mung(j + 1),
            Word::Thang => self.month_expr(j + 1),
            Word::Nam => self.year_expr(j + 1),
            Word::Quy => self.quarter(j + 1),
            Word::Nua => self.half_words(j + 1),
            Word::Tet => self.tet(j),
            Word::Gio => self.hung_kings(j + 1),
            Word::Giang if self.w(j + 1) == Word::Sinh => self.christmas(j),
            Word::Giao if self.w(j + 1) == Word::Thua => self.new_year_eve(j + 2),
            Word::Ram => self.ram(j + 1),
            Word::Nhiem | Word::Giai | Word::Nien | Word::Thoi => self.term(j),
            Word::Thuong | Word::Trung | Word::Ha => self.ten_days(j),
            Word::Hai | Word::Ba | Word::Bon | Word::Tu4 | Word::Bay | Word::Muoi
                if matches!(self.w(j + 1), Word::Ngay | Word::Tuan) =>
            {
                self.days_of_month(j)
            }
            _ if u.kind == TokenKind::Code => Some((
                j + 1,
                Part::Solar(month_or_quarter_code(u.text).or_else(|| birth_code(u.text))?),
            )),
            _ if u.kind == TokenKind::Number => {
                if let Some(r) = self
                    .months_of_year(j)
                    .or_else(|| self.days_before_tet(j))
                    .or_else(|| self.days_of_month(j))
                {
                    return Some(r);
                }
                // `1 tháng 12 năm 1921`: a day first, without `ngày`, with its year (or
                // after a cue).
                // (Not the number of a counter: `kỳ 1 tháng 11`, the first period of November;
                // `lần 2 tháng 11`, `Top 10 tháng 11`.)
                // (Nor, with no cue and no year, the number that ends a capitalized name:
                // `Trường Sĩ quan Lục quân 2 tháng 5 năm ngoái`; see [`Rules::name_before`].)
                if self.w(j + 1) == Word::Thang
                    && !self.counter_before(j)
                    && let Some((end, p)) = self.day_expr(j, false)
                    && !matches!(p, Part::DayOnly(_))
                    && (cue
                        || matches!(p, Part::Solar(d) | Part::Lunar(d) if d.year().is_some())
                        || (!self.duration_follows(end) && !self.name_before(j)))
                {
                    return Some((end, p));
                }
                // (Numbers that [`Rules::bare`] reads as no date, whatever the cue, are let go
                // before the cue is looked for: most numbers of a text are counts.)
                match self.num(j)? {
                    Num::Int(d, ..=2)
                        if (1..=31).contains(&d) && self.range_sep(j + 1).is_some() => {}
                    Num::Int(_, 4) => {}
                    Num::Int(..) => return None,
                    _ => {}
                }
                // `khoa Nhâm Tuất 1442`, `Tân Sửu 1481`: a year of any age right after the
                // lunar year's name, where they agree.
                if j >= 2
                    && let Some(name) = self.can_chi(j - 2)
                    && let Some(y) = self.year_at(j)
                    && lunar::can_chi(y) == name
                    && !self.count_follows(j + 1)
                {
                    return Some((j + 1, Part::Solar(Date::Year { year: y })));
                }
                let cue = cue || self.year_cue(j);
                if j > 0 && self.document_number(j) && !cue {
                    return None;
                }
                self.bare(j, cue)
            }
            _ => None,
        }
    }

    /// Whether a word of scale (`tỷ lệ`, `quy hoạch`, `bản đồ`, `đồ án`, `chi tiết`, `phân
    /// khu`) ends right before unit `i`, or two words before it.
    fn scale_before(&self, i: usize) -> bool {
        static SCALE: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&[
                "tỷ lệ",
                "tỉ lệ",
                "quy hoạch",
                "bản đồ",
                "đồ án",
                "chi tiết",
                "phân khu",
            ])
        });
        (i.saturating_sub(4)..i.saturating_sub(1)).any(|s| self.phrase_at(s, &SCALE))
    }

    /// A numeral standing alone: a full date (`06/01/2019`), a month and year (`3/2020`), a
    /// day and month only after a cue (`từ 20/2`), a year only in a range of years.
    fn bare(&self, i: usize, cue: bool) -> Option<(usize, Part)> {
        // A number before `%` or `phần trăm` is a percentage (`5-10%`).
        if let Some(n) = self.unit(i + 1)
            && (n.is("%") || (n.word == Word::Phan && self.w(i + 2) == Word::Tram))
        {
            return None;
        }
        // `tàu BP 09-01-01`, `xe 29A 12-34-56`: three pairs of digits after a code of capital
        // letters are a vessel's or a vehicle's number, not a day with a year in two digits.
        if i > 0
            && self.unit(i).is_some_and(|x| {
                x.gap == Gap::Space
                    && x.text.len() == 8
                    && x.text.bytes().filter(u8::is_ascii_digit).count() == 6
            })
            && self.unit(i - 1).is_some_and(|p| {
                p.key.is_none()
                    && (2..=4).contains(&p.text.len())
                    && p.text.bytes().all(|b| b.is_ascii_alphanumeric())
                    && p.text.as_bytes()[0].is_ascii_uppercase()
            })
        {
            return None;
        }
        Some(match self.num(i)? {
            // `từ 3 - 6 tháng 6 năm 1975`: a day that the other end of the range completes.
            Num::Int(d, digits) if cue && digits <= 2 && (1..=31).contains(&d) => {
                self.range_sep(i + 1)?;
                (i + 1, Part::DayOnly(d as u8))
            }
            // `19 - 21/2/2024` with no cue: a spaced dash, then a later day of a month with
            // its year.
            Num::Int(d, digits)
                if digits <= 2
                    && (1..=31).contains(&d)
                    && self
                        .unit(i + 1)
                        .is_some_and(|x| x.is_dash() && x.gap == Gap::Space)
                    && matches!(self.num(i + 2), Some(Num::Dmy(d2, ..)) if u32::from(d2) > d) =>
            {
                (i + 1, Part::DayOnly(d as u8))
            }
            Num::Dmy(d, m, y) => (i + 1, Part::Solar(Date::day(Some(y), m, d)?)),
            // (Not a map's or a plan's scale: `quy hoạch chi tiết 1/2000`, `bản đồ tỷ lệ
            // 1/2000`.)
            // (Nor a counter's number: `cổ tức đợt 1/2024`, the first payment of 2024.)
            Num::My(m, y)
                if bare_year(y)
                    && !(m == 1 && !cue && self.scale_before(i))
                    && !self.counter_before(i) =>
            {
                (i + 1, Part::Solar(Date::month(Some(y), m)?))
            }
            // (With a dot only after a part of the day, `sáng 12.3`: after `từ`, `1.5` is as
            // often a quantity.)
            // (Not a share of a whole: `từ 2/3 tổng số đại biểu`, `đến 1/2 số thành viên`.)
            // (`âm lịch` after it makes it a date too: `Giỗ Tổ (10/3 âm lịch)`.)
            // (Nor a range of amounts: `từ 3-5 lần`, `từ 3-4 độ C`, `từ 1-2 m`, `từ 3-5 năm`.)
            // (Or `năm nay` after it, this year's: `8/3 năm nay, Hội …`, or last year's; or a
            // lunar year's name: `tức 18/9 năm Giáp Thìn`.)
            Num::Dm(d, m, sep)
                if (cue
                    || (sep != b'.'
                        && (self.lunar_suffix(i + 1).is_some()
                            || ((self.w(i + 1) == Word::Nam
                                || self.unit(i + 1).is_some_and(Unit::capitalized))
                                && self.lunar_year_name(i + 1).is_some())
                            // (Not a half, a third or a quarter of it: `giá chỉ bằng 2/3
                            // năm ngoái`.)
                            || (self.w(i + 1) == Word::Nam
                                && (matches!(self.w(i + 2), Word::Nay | Word::Ngoai)
                                    // (Or a year in digits: `Quốc khánh 2/9 năm 2024`.)
                                    || self.year_at(i + 2).is_some_and(bare_year))
                                && !(d < m && m <= 4)))))
                    && !(sep == b'/'
                        && d < m
                        && (self.share_follows(i + 1) || self.share_before(i)))
                    && !(sep == b'-' && self.quantity_follows(i + 1))
                    && (sep != b'.'
                        || (i > 0
                            && self.part_of_day(i - 1) == Some(i)
                            && !self.count_follows(i + 1))) =>
            {
                (i + 1, Part::Solar(Date::day(None, m, d)?))
            }
            Num::Ddmy(d1, d2, m, y) if cue || y.is_some() => {
                let (end, y) = self.range_year(i + 1, y);
                (end, Part::Range(Date::day(y, m, d1)?, Date::day(y, m, d2)?))
            }
            Num::DmDm(d1, m1, d2, m2, y) if cue || y.is_some() => {
                let (end, y) = self.range_year(i + 1, y);
                (end, dm_dm(d1, m1, d2, m2, y)?)
            }
            Num::Span(a, b) => (i + 1, Part::Range(a, b)),
            Num::Yy(a, b)
                if (bare_year(a) && bare_year(b) && a < b && b - a <= MAX_YEAR_SPAN)
                    || (plausible_year(a) && a < b && self.anniversary(i, b - a))
                    || self.life_in_brackets(i, i + 1, a, b) =>
            {
                (
                    i + 1,
                    Part::Range(Date::Year { year: a }, Date::Year { year: b }),
                )
            }
            // (Not a count of years: `kỷ niệm 1984 năm Khởi nghĩa Hai Bà Trưng`, the 1984th
            // anniversary; `bề dày 1000 năm lịch sử`.)
            Num::Int(v, 4)
                if (cue || self.year_range_follows(i))
                    && !(self.w(i + 1) == Word::Nam
                        && self.unit(i + 1).is_some_and(|n| n.gap == Gap::Space)
                        && self.years_counted(i + 2)) =>
            {
                let y = i32::try_from(v).ok().filter(|&y| {
                    bare_year(y)
                        || ((!cue || self.year_range_follows(i)) && plausible_year(y))
                        || self.old_year(i, y)
                })?;
                (i + 1, Part::Solar(Date::Year { year: y }))
            }
            _ => return None,
        })
    }

    /// The year of days written without theirs (`30/4-1/5 năm 2025`, `23-25/10 năm 1997`,
    /// `mùng 5 tháng 5 âm lịch năm 2025`): `năm` and a year at `i`; else `year` as it is.
    fn range_year(&self, i: usize, year: Option<i32>) -> (usize, Option<i32>) {
        match year {
            None if self.w(i) == Word::Nam => {
                self.year_at(i + 1).map_or((i, None), |y| (i + 2, Some(y)))
            }
            _ => (i, year),
        }
    }

    /// Whether what follows the numbers at `i` makes them amounts: a counted noun or a unit
    /// (`lần`, `triệu`, `độ`, `m`, `cm`), a unit of time not followed by its number (`năm`,
    /// not `năm 2026`; `tháng`, not `tháng 5`).
    fn quantity_follows(&self, i: usize) -> bool {
        let numbered = || self.num(i + 1).is_some();
        self.count_follows(i)
            || self
                .unit(i)
                .is_some_and(|u| u.gap != Gap::Line && u.word == Word::Do)
            || (self.duration_follows(i) && !(self.w(i) == Word::Nam && numbered()))
            || (self.w(i) == Word::Thang && !numbered())
    }

    /// Whether a duration goes on at `i` (`3 tháng 6 ngày`: three months and six days, not
    /// 3 June): a unit of time or a counted noun.
    fn duration_follows(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|u| {
            u.gap != Gap::Line
                && (matches!(u.word, Word::Ngay | Word::Tuan | Word::Nam | Word::Count)
                    || u.text.eq_ignore_ascii_case("giờ"))
        })
    }

    /// Whether a word before the numeral at `i` makes a bare day and month a date: `từ`,
    /// `đến`, `tới`, `trước`, `sau`, `vào`, an occasion.
    fn cue_before(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.w(i - 1),
                Word::Tu
                    | Word::Den
                    | Word::Toi
                    | Word::Truoc
                    | Word::Sau
                    | Word::Vao
                    // An occasion and its day: `dịp 30/4`, `lễ 1/5`, `Quốc khánh 2/9`; a
                    // trading session (`phiên 28/11`).
                    | Word::Dip
                    | Word::Phien
                    | Word::Le2
                    | Word::Khanh
            )
            // `kỷ niệm 30/4`, `Chiến thắng 30/4`: the day of an anniversary (a victory by its
            // name, with a capital: `chiến thắng 3/1` may be a score).
            || (i > 1
                && match (self.w(i - 2), self.w(i - 1)) {
                    (Word::Ky3, Word::Niem) => true,
                    // `kéo dài đến hết 15/9`: to the end of that day.
                    (Word::Den | Word::Toi, Word::Het) => true,
                    // (At the sentence's start a capital says nothing: `Chiến thắng 2-1 giúp
                    // …`, a score of one digit each.)
                    (Word::Chien, Word::Thang2) => {
                        self.unit(i - 2).is_some_and(|x| x.capitalized())
                            && !(i == 2
                                && self.unit(i).is_some_and(|x| {
                                    let b = x.text.as_bytes();
                                    b.len() == 3
                                        && b[0].is_ascii_digit()
                                        && b[1] == b'-'
                                        && b[2].is_ascii_digit()
                                }))
                    }
                    _ => false,
                })
            // (A country's national day, its name between: `Quốc khánh Lào 2/12`, `Quốc khánh
            // Trung Quốc 1/10`, `Quốc khánh Australia 26/1`.)
            || (i > 2
                && (i - 3..i - 1).any(|s| {
                    self.w(s) == Word::Khanh
                        && (s + 1..i).all(|m| {
                            self.unit(m).is_some_and(|x| {
                                // (A foreign name, or one in capitals: `AUSTRALIA`, `UAE`.)
                                (x.key.is_some()
                                    || x.kind == TokenKind::Word
                                    || (x.kind == TokenKind::Abbreviation
                                        && x.text.chars().all(char::is_alphabetic)))
                                    && x.capitalized()
                            })
                        })
                }))
            || self.named_day_before(i)
            || self.event_day_before(i)
            // `tức 26 tháng 2 năm Ất Tỵ`: the same day in the other calendar.
            || (i > 0 && {
                static TUC: LazyLock<Option<u32>> =
                    LazyLock::new(|| crate::Syllable::parse("tức").ok().map(|s| s.key()));
                self.unit(i - 1).is_some_and(|u| u.key.is_some() && u.key == *TUC)
                    // (Not `cổ tức` (a dividend): `cổ tức 2023`.)
                    && !(i > 1
                        && self.unit(i - 2).is_some_and(|u| {
                            crate::normalize::folds_to(u.text, "co")
                        }))
            })
            // A record's field of the birth year: `sinh năm: 1999`, `Năm sinh: 1985`.
            || (i >= 3
                && self.is(i - 1, ":")
                && matches!(
                    (self.w(i - 3), self.w(i - 2)),
                    (Word::Nam, Word::Sinh) | (Word::Sinh, Word::Nam)
                ))
    }

    /// Whether `ngày` and what happens on it end right before the numeral at `i`: `ngày thi
    /// đấu 15/12`, `ngày khai mạc 20/3`, `ngày thi 27/6`, `ngày khai giảng 5/9` (not `ngày
    /// nay 1/3 dân số`).
    fn event_day_before(&self, i: usize) -> bool {
        static WHAT: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&[
                "thi đấu",
                "thi",
                "khai mạc",
                "bế mạc",
                "làm việc",
                "bầu cử",
                "khởi công",
                "khánh thành",
                "khởi hành",
                "ra quân",
                "giao dịch",
                "mở cửa",
                "hội",
                // (The school year's and a trial's days: `đúng ngày khai giảng 5/9`, `ngày
                // xét xử 12/3`.)
                "khai giảng",
                "bế giảng",
                // (`ngày cao điểm 29/8`: the busiest day of an event.)
                "cao điểm",
                "tựu trường",
                "nhập học",
                "xét xử",
                "chung kết",
                "ra mắt",
                "họp",
                "lễ",
                // (`ngày cưỡng chế 15/11`, `ngày bàn giao 30/6`, `ngày ký kết 12/3`.)
                "cưỡng chế",
                "bàn giao",
                "công bố",
                "ký kết",
                "diễu binh",
            ])
        });
        (1..=2).any(|n| {
            i > n
                && self.w(i - n - 1) == Word::Ngay
                && WHAT.iter().any(|p| {
                    p.len() == n
                        && p.iter().enumerate().all(|(m, &k)| {
                            self.unit(i - n + m)
                                .is_some_and(|x| x.key == Some(k) && x.gap == Gap::Space)
                        })
                })
        })
    }

    /// Whether the name of a day of the calendar ends right before the numeral at `i`:
    /// `Ngày Nhà giáo Việt Nam 20/11`, `Ngày Quốc phòng toàn dân 22-12`, `Ngày Thương binh -
    /// Liệt sĩ 27/7`, `Tết Thiếu nhi 1/6`: `Ngày` or `Tết` with a capital, a capitalized word
    /// after it (or `hội`), then words up to the numeral, in one clause.
    fn named_day_before(&self, i: usize) -> bool {
        static HOI: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("hội").ok().map(|s| s.key()));
        static MARKS: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&["thành lập", "truyền thống", "sinh", "toàn dân", "quốc tế"])
        });
        static QUOC: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("quốc").ok().map(|s| s.key()));
        static TE: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("tế").ok().map(|s| s.key()));
        let quoc = *QUOC;
        let mut k = i;
        while k > 0 && i - k < 12 {
            k -= 1;
            let Some(x) = self.unit(k) else { return false };
            // (A comma that the name goes on past in lower case, or in a heading in capitals:
            // `Ngày Giải phóng miền Nam, thống nhất đất nước 30/4`.)
            let comma_in_name = x.text == ","
                && self
                    .unit(k + 1)
                    .is_some_and(|n| n.key.is_some() && (!n.capitalized() || n.all_caps()));
            // (Or an abbreviation in it: `Ngày toàn dân PCCC 4/10`.)
            if x.key.is_none()
                && !x.is_dash()
                && !comma_in_name
                && x.kind != TokenKind::Abbreviation
            {
                return false;
            }
            // (`ngày` in lower case after an anniversary or an occasion: `kỉ niệm ngày Quốc tế
            // Người cao tuổi 1/10`, `nhân ngày Nhà giáo Việt Nam 20/11`.)
            let celebrated = || {
                k > 0
                    && (matches!(self.w(k - 1), Word::Niem | Word::Dip)
                        || self.unit(k - 1).is_some_and(|p| {
                            matches!(
                                crate::normalize::fold_lower(p.text).as_str(),
                                "nhan" | "mung" | "ung"
                            )
                        }))
            };
            // (Or a day named by what it marks, in lower case: `Ngày thành lập Đảng 3/2`,
            // `Ngày truyền thống Bộ đội Biên phòng 3/3`, `Ngày sinh Chủ tịch Hồ Chí Minh 19/5`;
            // or by who keeps it: `Ngày toàn dân hiến máu tình nguyện 7/4`, `Ngày quốc tế
            // Hạnh phúc 20/3`.)
            if matches!(x.word, Word::Ngay | Word::Tet)
                && (x.capitalized() || celebrated())
                && k + 1 < i
                && (self
                    .unit(k + 1)
                    .is_some_and(|n| n.capitalized() || (n.key.is_some() && n.key == *HOI))
                    || (x.word == Word::Ngay && k + 2 < i && self.phrase_at(k + 1, &MARKS)))
            {
                return true;
            }
            // (Or an international day kept without `ngày`: `nhân dịp Quốc tế Phụ nữ 8/3`,
            // `mừng Quốc tế Lao động 1/5`.)
            if x.key.is_some()
                && x.key == quoc
                && x.capitalized()
                && k + 2 < i
                && self
                    .unit(k + 1)
                    .is_some_and(|n| n.key.is_some() && n.key == *TE)
                && self.unit(k + 2).is_some_and(Unit::capitalized)
                && celebrated()
            {
                return true;
            }
        }
        false
    }

    /// Whether what stands before the numeral at `i` makes a bare year a year: `sinh 1965`,
    /// `(s. 1947)`, `trước 1975`, `vào 1993`, `(1954)`, an event's name (`APEC 2017`).
    fn year_cue(&self, i: usize) -> bool {
        if i == 0 {
            return false;
        }
        let prev = &self.u[i - 1];
        // A season's year, or a games' or a pageant's by its season: `mùa hè 2024`, `Thế vận
        // hội mùa đông 2026`, `Hoa hậu Hoàn vũ 2018`.
        static SEASONS: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&[
                "mùa xuân",
                "mùa hè",
                "mùa hạ",
                "mùa thu",
                "mùa đông",
                "mùa khô",
                "mùa mưa",
                "hoàn vũ",
                // (A crop's season: `vụ hè thu 2024`, `vụ đông xuân 2025`, `vụ mùa 2024`.)
                "hè thu",
                "đông xuân",
                "thu đông",
                "xuân hè",
                "vụ mùa",
                "vụ chiêm",
                "mùa vụ",
                // (Or one season of the year's crops: `vụ xuân 2023`, `lúa xuân 2024`.)
                "vụ xuân",
                "vụ hè",
                "vụ thu",
                "vụ đông",
                "lúa xuân",
                "lúa mùa",
            ])
        });
        if i >= 2
            && prev.gap == Gap::Space
            && self.unit(i).is_some_and(|u| u.gap == Gap::Space)
            && bare_year(self.year_at(i).unwrap_or(0))
            && self.phrase_at(i - 2, &SEASONS)
            && !self.count_follows(i + 1)
        {
            return true;
        }
        // The last word of a name in quotes, a contest's or a campaign's: `cuộc thi "Tuổi trẻ
        // với khoa học xã hội 2024"`, `"Đại sứ văn hóa đọc 2025"`. (The quote opens within
        // ten words before, on a capital; a count would have its noun after it.)
        if prev.key.is_some()
            && self
                .unit(i + 1)
                .is_some_and(|x| matches!(x.text, "\"" | "”" | "»"))
            && bare_year(self.year_at(i).unwrap_or(0))
            && (i.saturating_sub(11)..i - 1).rev().any(|m| {
                self.unit(m)
                    .is_some_and(|x| matches!(x.text, "\"" | "“" | "«"))
                    && self.unit(m + 1).is_some_and(|x| x.capitalized())
            })
        {
            return true;
        }
        // (Or right after the quotes closed, the year of the event they name: `Giải chạy "Vì
        // trẻ em Việt Nam" 2024`.)
        if matches!(prev.text, "\"" | "”" | "»")
            && i >= 3
            && self.unit(i).is_some_and(|u| u.gap == Gap::Space)
            && bare_year(self.year_at(i).unwrap_or(0))
            && !self.count_follows(i + 1)
            && (i.saturating_sub(12)..i - 2).rev().any(|m| {
                self.unit(m)
                    .is_some_and(|x| matches!(x.text, "\"" | "“" | "«"))
                    && self.unit(m + 1).is_some_and(|x| x.capitalized())
            })
        {
            return true;
        }
        let closed = self.is(i + 1, ")");
        match prev.word {
            Word::Sinh
            | Word::Mat
            | Word::Truoc
            | Word::Sau
            | Word::Vao
            | Word::Den
            | Word::Toi => {
                return !self.count_follows(i + 1);
            }
            _ => {}
        }
        // `(1985)`, and `(1985, trú tại …)`: a year of birth after a name, then the address.
        if prev.is("(")
            && (closed || (self.is(i + 1, ",") && bare_year(self.year_at(i).unwrap_or(0))))
        {
            return true;
        }
        // `(SN 1985)`, `(sn 1985)`, `(SN: 1985)`: born.
        if prev.text.eq_ignore_ascii_case("SN") {
            return true;
        }
        if prev.is(":")
            && i >= 2
            && self
                .unit(i - 2)
                .is_some_and(|x| x.text.eq_ignore_ascii_case("SN"))
        {
            return true;
        }
        // `(2016–nay)`, `- 2016 - nay:`: a year and an open end (`nay` is no date).
        if self.unit(i + 1).is_some_and(Unit::is_dash) && self.w(i + 2) == Word::Nay {
            return true;
        }
        // `tầm nhìn 2050`, a plan's vision; `giá so sánh 2010`, the base year of constant
        // prices; `mùa giải 2026`, a league's season; `dự toán 2024`, the year's budget.
        static BEFORE_YEAR: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["tầm nhìn", "giá so sánh", "mùa giải", "dự toán"]));
        if prev.key.is_some()
            && BEFORE_YEAR
                .iter()
                .any(|p| i >= p.len() && self.phrase_at(i - p.len(), std::slice::from_ref(p)))
            && bare_year(self.year_at(i).unwrap_or(0))
            && !self.count_follows(i + 1)
        {
            return true;
        }
        // `tăng 46% so với 2023`: the year compared with.
        if prev.word == Word::Voi
            && i >= 2
            && self.w(i - 2) == Word::So2
            && bare_year(self.year_at(i).unwrap_or(0))
        {
            return !self.count_follows(i + 1);
        }
        // `so với cùng kỳ 2025`: the same period of that year.
        if prev.word == Word::Ky && i >= 2 && self.w(i - 2) == Word::Cung2 {
            return !self.count_follows(i + 1);
        }
        // `ĐHĐCĐ thường niên 2027`, `Báo cáo thường niên 2025`: an annual event's edition.
        if prev.word == Word::Nien
            && i >= 2
            && self
                .unit(i - 2)
                .and_then(|x| x.key)
                .is_some_and(|k| Some(k) == *THUONG)
            && !self.count_follows(i + 1)
        {
            return true;
        }
        // A season in lower case right before: `dạy bơi trong hè 2024`, `mùa mưa 2025`,
        // `mùa khô 2024`, `V.League mùa 2023`.
        // (Or a crop's season by `vụ`: `sản lượng nhãn vụ 2024`, `vụ lúa 2024`.)
        static SEASON: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["hè", "mùa", "vụ"]));
        if prev.key.is_some()
            && !prev.capitalized()
            && prev.gap == Gap::Space
            && self.unit(i).is_some_and(|u| u.gap == Gap::Space)
            && bare_year(self.year_at(i).unwrap_or(0))
            && !self.count_follows(i + 1)
            && (self.phrase_at(i - 1, &SEASON)
                || (i >= 2
                    && self.phrase_at(i - 2, &SEASON[1..])
                    && self.unit(i - 2).is_some_and(|x| x.gap == Gap::Space))
                // (Or two words after `mùa`, no verb that counts: `trước mùa mưa bão 2025`;
                // not `Mùa giải có 2026 khán giả`.)
                || (i >= 3
                    && !prev.key.is_some_and(|k| COUNTING_VERBS.contains(&k))
                    && self.phrase_at(i - 3, &SEASON[1..])
                    && self.unit(i - 2).is_some_and(|x| {
                        x.key.is_some() && !x.capitalized() && x.gap == Gap::Space
                    })))
        {
            return true;
        }
        // A pageant's edition, its name in sentence case: `Hoa hậu Quốc tế 2023`, `Hoa hậu
        // Chuyển giới Quốc tế 2018`, `Nữ hoàng Sắc đẹp Toàn cầu 2019`.
        static PAGEANTS: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&["hoa hậu", "á hậu", "hoa khôi", "nam vương", "nữ hoàng"])
        });
        if prev.key.is_some()
            && i >= 3
            && bare_year(self.year_at(i).unwrap_or(0))
            && !self.count_follows(i + 1)
            && let Some(s) = (i.saturating_sub(7)..i - 2).rev().find(|&s| {
                self.unit(s).is_some_and(Unit::capitalized) && self.phrase_at(s, &PAGEANTS)
            })
            && self.unit(s + 2).is_some_and(Unit::capitalized)
            && (s + 2..i).all(|m| {
                self.unit(m).is_some_and(|x| {
                    x.key.is_some()
                        && x.gap == Gap::Space
                        && !x.key.is_some_and(|k| COUNTING_VERBS.contains(&k))
                })
            })
        {
            return true;
        }
        // A fiscal year: `tài khóa 2025`, `niên độ 2024` (`niên độ ngân sách 2022`).
        if prev.key.is_some()
            && !prev.capitalized()
            && i >= 2
            && bare_year(self.year_at(i).unwrap_or(0))
            && !self.count_follows(i + 1)
            && self.fiscal_year_words(i)
        {
            return true;
        }
        // `(s. 1947)`, `(m. 2007)`: born, died.
        if prev.is(".")
            && i >= 3
            && (self.is(i - 2, "s") || self.is(i - 2, "m"))
            && self.is(i - 3, "(")
        {
            return true;
        }
        // An event's name in sentence case after the noun that announces it: `chương trình
        // Tình nguyện mùa đông 2026`, `Chiến dịch Xuân tình nguyện 2026`, `Luật Đất đai 2024`
        // (a capital, then up to seven words in lower case), or starting with that noun:
        // `Hiến pháp 2013`, `Chương trình giáo dục phổ thông 2018`.
        if prev.key.is_some()
            && !prev.capitalized()
            && bare_year(self.year_at(i).unwrap_or(0))
            && !self.count_follows(i + 1)
            && let Some(c) = (i.saturating_sub(8)..i - 1).rev().find(|&c| {
                self.unit(c)
                    .is_some_and(|x| x.key.is_some() && x.capitalized())
            })
            // (An abbreviation in it too: `Kỳ thi THPT quốc gia 2019`; no verb or function
            // word, which makes the number a count: `Kỳ thi có 2026 thí sinh`.)
            // (Or a code: `Giải U17 quốc gia 2025`.)
            // (Or a sport's foreign name in lower case: `Giải vô địch taekwondo thế giới 2025`.)
            && (c + 1..i).all(|m| {
                self.unit(m).is_some_and(|x| {
                    ((x.key.is_some() && !x.capitalized())
                        || (x.kind == TokenKind::Word && !x.capitalized())
                        || matches!(x.kind, TokenKind::Abbreviation | TokenKind::Code))
                        && !x.key.is_some_and(|k| COUNTING_VERBS.contains(&k))
                })
            })
        {
            let key = |m: usize| self.unit(m).and_then(|x| x.key);
            // (The name's capitalized words may be several, the noun before any of them:
            // `Chiến dịch Việt Bắc thu đông 1947`, `Theo Luật Doanh nghiệp 2020`; foreign
            // words too, `giải Nobel Văn học 2020`.)
            let mut first = c;
            while first > 0
                && i - first < 8
                && self.unit(first - 1).is_some_and(|x| {
                    (x.key.is_some() || x.kind == TokenKind::Word) && x.capitalized()
                })
            {
                first -= 1;
            }
            let noun = (first..=c).any(|c| {
                EVENT_NOUNS.iter().any(|&(a, b)| match b {
                    None => (c >= 1 && key(c - 1) == Some(a)) || key(c) == Some(a),
                    Some(b) => {
                        (c >= 2 && key(c - 2) == Some(a) && key(c - 1) == Some(b))
                            || (key(c) == Some(a) && key(c + 1) == Some(b))
                    }
                })
            });
            if noun {
                return true;
            }
        }
        // (Its abbreviation in brackets between: `Lễ hội pháo hoa quốc tế Đà Nẵng (DIFF)
        // 2024`; or its foreign name, up to four words: `Đại hội Thể thao người khuyết tật
        // châu Á (Asian Para Games) 2026`.)
        let open = if prev.is(")") && i >= 4 {
            (i.saturating_sub(6)..i - 2)
                .rev()
                .find(|&m| self.is(m, "("))
        } else {
            None
        };
        let prev = match open {
            // (The abbreviation alone names the event, whatever its full name before: `Olympic
            // Toán học quốc tế (IMO) 2025`.)
            Some(o)
                if o + 2 == i - 1
                    && self.unit(o + 1).is_some_and(|x| {
                        matches!(x.kind, TokenKind::Abbreviation | TokenKind::Word)
                            // (Or written with a small letter in it: `APhO`, `iGeo`.)
                            && (x.all_caps()
                                || (x.key.is_none()
                                    && crate::extract::person::inner_capital(x.text)))
                            && x.text.len() >= 3
                    }) =>
            {
                &self.u[o + 1]
            }
            Some(o)
                if o >= 1
                    && (o + 1..i - 1).all(|m| {
                        self.unit(m).is_some_and(|x| {
                            (x.kind == TokenKind::Abbreviation && x.all_caps())
                                || (o + 2 < i - 1 && x.kind == TokenKind::Word && x.capitalized())
                        })
                    }) =>
            {
                &self.u[o - 1]
            }
            _ => prev,
        };
        // (Or one word in lower case after a foreign event's name of two words: `World Cup
        // nữ 2023`, `World Cup futsal 2021`.)
        let prev = if i >= 3
            && open.is_none()
            && !prev.capitalized()
            && prev.gap == Gap::Space
            // (A sex or a word of Latin letters, no verb: not `Apple Store mở 2025 cửa hàng`.)
            && (prev.kind == TokenKind::Word
                || crate::normalize::folds_to(prev.text, "nu")
                || crate::normalize::folds_to(prev.text, "nam"))
            // (Or an abbreviation and a word: `AFF Cup nữ 2022`.)
            && (i - 3..i - 1).all(|m| {
                self.unit(m).is_some_and(|x| {
                    (x.kind == TokenKind::Word
                        || (m == i - 3 && x.kind == TokenKind::Abbreviation && x.all_caps()))
                        && x.capitalized()
                        && x.key.is_none()
                })
            }) {
            &self.u[i - 2]
        } else {
            prev
        };
        // An event or a title in capitals: `APEC 2017`, `SEA Games 2019`, `Hoa hậu Quốc tế
        // 2023`, `Á hậu Việt Nam 1988`. (Not after a verb that counts, which a line in
        // capitals writes with a capital too: `CUỘC THI THU HÚT 2000 THÍ SINH`.)
        !prev.key.is_some_and(|k| COUNTING_VERBS.contains(&k))
            && matches!(
                prev.kind,
                TokenKind::Abbreviation | TokenKind::Word | TokenKind::Syllable
            )
            && prev.capitalized()
            && bare_year(self.year_at(i).unwrap_or(0))
            && !matches!(
                prev.word,
                Word::So | Word::Luat | Word::DocSecond | Word::Tu4
            )
            && !self.count_follows(i + 1)
            && self.unit(i).is_some_and(|u| u.gap == Gap::Space)
            // (Nor a bar's or a café's number, its name: `quán Bar 1900`, `Cafe 1986`.)
            && !(matches!(prev.kind, TokenKind::Word | TokenKind::Abbreviation)
                && ["bar", "pub", "lounge", "cafe", "café", "coffee", "bistro", "hotel"]
                    .iter()
                    .any(|w| prev.text.eq_ignore_ascii_case(w)))
            // (Nor a ship's number after its code: `tàu CSB 2016`, `tàu HQ 2019`.)
            && !(prev.kind == TokenKind::Abbreviation
                && i >= 2
                && self
                    .unit(i - 2)
                    .is_some_and(|x| crate::normalize::folds_to(x.text, "tau")))
    }

    /// Whether the words before the numeral at `i` name a fiscal year: `tài khóa`, `niên
    /// độ`, `niên độ ngân sách`. (Apart and cold: rare.)
    #[cold]
    fn fiscal_year_words(&self, i: usize) -> bool {
        static FISCAL: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            phrase_keys(&["tài khóa", "tài khoá", "niên độ", "niên độ ngân sách"])
        });
        FISCAL.iter().any(|p| {
            i >= p.len()
                && p.iter()
                    .enumerate()
                    .all(|(m, &k)| self.unit(i - p.len() + m).and_then(|x| x.key) == Some(k))
        })
    }

    /// Whether a bare year at `i` is the first of a range of years (`2016–2021`,
    /// `1945 - 1954`).
    fn year_range_follows(&self, i: usize) -> bool {
        let Some(a) = self.year_at(i) else {
            return false;
        };
        let Some(k) = self.unit(i + 1).filter(|u| u.is_dash()).map(|_| i + 2) else {
            return false;
        };
        self.year_at(k).is_some_and(|b| {
            (bare_year(a) && bare_year(b) && a < b && b - a <= MAX_YEAR_SPAN)
                || (a < b && self.anniversary(i, b - a))
                || self.life_in_brackets(i, k + 1, a, b)
        })
    }

    /// Whether year `y` (any of 1000–2999) at `i` is the end of a life in brackets, `(1380 –
    /// 1442)`, or the number of the lunar year named before it in brackets, `năm Canh Tuất
    /// (1010)`, `năm Mậu Thân (1308)`. (Apart, and never inlined: rare, it keeps the rules
    /// every numeral goes through small.)
    #[inline(never)]
    fn old_year(&self, i: usize, y: i32) -> bool {
        let life_end = i >= 2
            && self.unit(i - 1).is_some_and(Unit::is_dash)
            && self
                .year_at(i - 2)
                .is_some_and(|a| self.life_in_brackets(i - 2, i + 1, a, y));
        life_end
            || (i >= 3
                && self.is(i - 1, "(")
                && self.is(i + 1, ")")
                && self.can_chi(i - 3) == Some(lunar::can_chi(y)))
            // (Or the year of a reign's era, by its ordinal, in brackets: `năm Hồng Đức thứ
            // 15 (1484)`, `Cảnh Hưng thứ 37 (1776)`.)
            || (i >= 4
                && self.is(i - 1, "(")
                && self.is(i + 1, ")")
                && self.w(i - 3) == Word::Thu
                && matches!(self.num(i - 2), Some(Num::Int(n, ..=2)) if n >= 1))
    }

    /// Whether years `a` and `b` (any of 1000–2999), alone in brackets from `i` to `end`,
    /// are a life or a reign, as history writes them after a name: `Lê Thánh Tông
    /// (1442-1497)`, `Nguyễn Trãi (1380 – 1442)`.
    #[inline(never)]
    fn life_in_brackets(&self, i: usize, end: usize, a: i32, b: i32) -> bool {
        era(a, b)
            // (Longer than a life, a dynasty's or an archive's years, unless an anniversary
            // counted before them tells other years: `Kỷ niệm 250 năm ngày sinh (1765 -
            // 2025)`.)
            && (b - a <= MAX_YEAR_SPAN
                || !(1..i).any(|j| {
                    self.w(j) == Word::Nam
                        && self
                            .unit(j - 1)
                            .is_some_and(|u| u.kind == TokenKind::Number)
                }))
            && i > 0
            && self.is(i - 1, "(")
            && self.is(end, ")")
            && !self.count_follows(end + 1)
    }

    /// Whether two years in brackets from `i` span an anniversary counted before them, which
    /// may be long and far back: `260 năm Ngày sinh Đại thi hào Nguyễn Du (1765 - 2025)`,
    /// `1.000 năm Thăng Long - Hà Nội (1010 - 2010)`.
    fn anniversary(&self, i: usize, span: i32) -> bool {
        let count = |t: &str| {
            let digits: String = t.chars().filter(|&c| c != '.').collect();
            (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
                .then(|| digits.parse::<i32>().ok())
                .flatten()
        };
        i > 0
            && self.unit(i - 1).is_some_and(|u| u.is("("))
            && (1..i).any(|j| {
                self.w(j) == Word::Nam
                    && self
                        .unit(j - 1)
                        .is_some_and(|u| u.kind == TokenKind::Number && count(u.text) == Some(span))
            })
    }

    /// After `ngày`: `06/01/2019`, `15/3`, `6 tháng 1 năm 2019`, `mùng 3/4/2021`, `1` (a day
    /// that a range completes), `23-25/10/1997`.
    fn after_ngay(&self, i: usize) -> Option<(usize, Part)> {
        if matches!(self.w(i), Word::Mung | Word::Mong) {
            return self.after_mung(i + 1);
        }
        // `ngày rằm tháng Bảy`: the full-moon day, `ngày` in the span.
        if self.w(i) == Word::Ram {
            return self.ram(i + 1);
        }
        // `ngày đầu tiên của tháng 3`, `ngày cuối cùng của năm 2019`: the first or the last
        // day of a month or a year (not of anything else: `ngày đầu tiên của hội nghị`).
        let first = match (self.w(i), self.w(i + 1)) {
            (Word::Dau, Word::Tien) => true,
            (Word::Cuoi, Word::Cung2) => false,
            _ => return self.day_expr(i, false),
        };
        let k = if self.w(i + 2) == Word::Cua {
            i + 3
        } else {
            i + 2
        };
        let (end, p) = match self.w(k) {
            Word::Thang => self.month_expr(k + 1)?,
            Word::Nam => self.year_expr(k + 1)?,
            _ => return None,
        };
        let day = match p {
            // (The last day of a February of no known year is not known.)
            Part::Solar(Date::Month { year, month }) if first || year.is_some() || month != 2 => {
                let d = if first { 1 } else { days_in_month(year, month) };
                Date::day(year, month, d)?
            }
            Part::Solar(Date::Year { year }) => {
                let (m, d) = if first { (1, 1) } else { (12, 31) };
                Date::day(Some(year), m, d)?
            }
            _ => return None,
        };
        Some((end, Part::Solar(day)))
    }

    /// After `mùng`/`mồng` (days 1–10): `mùng 1 Tết` (lunar), `mùng 6 tháng Giêng`
    /// (lunar), `mùng 3/4/2021`, `mùng 2 tháng 9`.
    fn after_mung(&self, i: usize) -> Option<(usize, Part)> {
        // `mùng 3/4/2021`, `mùng 2/9`: a numeral whose day is 1–10, as the rule writes it;
        // but `mùng 15 tháng Giêng`, `từ mùng 10 đến mùng 15` are written too, so any day of
        // a lunar month is read.
        // (`mùng 1-4 Tết`: the first days of the lunar year, a range, not 1 April.)
        if let Some(Num::Dm(d, m, b'-')) = self.num(i)
            && self.w(i + 1) == Word::Tet
        {
            return self.tet_days(i, d, m);
        }
        if let Some(Num::Dmy(d, ..) | Num::Dm(d, ..)) = self.num(i) {
            return if (1..=30).contains(&d) {
                self.day_expr(i, true)
            } else {
                None
            };
        }
        let d = self.int(i).filter(|d| (1..=30).contains(d))?;
        if self.w(i + 1) == Word::Tet {
            // `mùng 1 Tết`, `mùng 3 Tết Canh Tý`, `mùng 2 Tết Nguyên đán 2024`: days of the
            // first lunar month.
            let k = match (self.w(i + 2), self.w(i + 3)) {
                (Word::Nguyen, Word::Dan) | (Word::Am, Word::Lich) => i + 4,
                _ => i + 2,
            };
            let (end, year) = self.feast_year(k);
            return Some((
                end,
                Part::Lunar(Date::Day {
                    year,
                    month: 1,
                    day: d as u8,
                }),
            ));
        }
        self.day_expr(i, true)
    }

    /// `mùng 1-4 Tết [Nguyên đán] [năm]` at `i`: days `d` to `m` of the first lunar month,
    /// with the year after it as after `Tết`; none unless `d` comes before `m`.
    #[cold]
    fn tet_days(&self, i: usize, d: u8, m: u8) -> Option<(usize, Part)> {
        if !(d < m && m <= 30) {
            return None;
        }
        let k = match (self.w(i + 2), self.w(i + 3)) {
            (Word::Nguyen, Word::Dan) | (Word::Am, Word::Lich) => i + 4,
            _ => i + 2,
        };
        let (end, year) = self.feast_year(k);
        let day = |day| Date::Day {
            year,
            month: 1,
            day,
        };
        let v = self.combine(Part::Lunar(day(d)), Part::Lunar(day(m)))?;
        Some((end, Part::Value(v)))
    }

    /// The end of a day and month at `i` (`D tháng M`, no year after them) that name a
    /// street, a bridge or a body after it: `đường 3 Tháng 2`, `phố 19 tháng 5`, `cầu 2 Tháng
    /// 9`, `Trường THPT 19 Tháng 5` (a capitalized word, not a cue, before a day whose `Tháng`
    /// is capitalized, not in capitals).
    fn named_after_day(&self, i: usize) -> Option<usize> {
        if i == 0 || self.w(i + 1) != Word::Thang {
            return None;
        }
        // (Or its day in a word, every word capitalized: `đường Ba Tháng Hai`.)
        if self.unit(i).is_some_and(|u| {
            u.capitalized() && u.gap == Gap::Space && words::month_word(u.word).is_some()
        }) && self.unit(i + 1).is_some_and(Unit::capitalized)
            && self.phrase_at(i - 1, &STREETS)
        {
            return self.month_number(i + 2).map(|(end, _, _)| end);
        }
        if !self
            .unit(i)
            .is_some_and(|u| u.gap == Gap::Space && u.kind == TokenKind::Number)
            || !matches!(self.num(i), Some(Num::Int(d, digits)) if digits <= 2 && (1..=31).contains(&d))
        {
            return None;
        }
        let (end, _, _) = self.month_number(i + 2)?;
        if self.w(end) == Word::Nam {
            return None;
        }
        let street = self.phrase_ends(i, &STREETS)
            || (self.phrase_ends(i - 1, &STREETS) && self.w(i - 1) == Word::Other);
        let named = self.unit(i + 1).is_some_and(Unit::capitalized)
            && !self.unit(i + 1).is_some_and(|u| u.all_caps())
            && self.unit(i - 1).is_some_and(|u| {
                u.capitalized()
                    && matches!(
                        u.kind,
                        TokenKind::Syllable | TokenKind::Word | TokenKind::Abbreviation
                    )
                    && u.gap != Gap::Line
            })
            && self.w(i - 1) == Word::Other
            && !self.cue_before(i);
        (street || named).then_some(end)
    }

    /// A day: a numeral (`06/01/2019`, `15/3`, `27-28/02/2000`) or `D tháng M [năm Y]`.
    fn day_expr(&self, i: usize, mung: bool) -> Option<(usize, Part)> {
        // `6-8 tháng 3`, `14-16 tháng Giêng`: days of a month joined by a dash (not the 6th
        // of August).
        if self.w(i + 1) == Word::Thang
            && let Some((d1, d2)) = self
                .unit(i)
                .filter(|u| u.kind == TokenKind::Number && !self.measure(i))
                .and_then(|u| day_pair(u.text))
        {
            let (end, month, lunar_name) = self.month_number(i + 2)?;
            let (end, year) = self.year_suffix(end);
            let (a, b) = (Date::day(year, month, d1)?, Date::day(year, month, d2)?);
            // (`14-16 tháng Giêng`: days of a lunar month by its name.)
            return Some((
                end,
                if lunar_name {
                    Part::Value(self.combine(Part::Lunar(a), Part::Lunar(b))?)
                } else {
                    Part::Range(a, b)
                },
            ));
        }
        match self.num(i)? {
            Num::Int(d, digits) if digits <= 2 && (1..=31).contains(&d) => {
                let d = d as u8;
                if let Some(r) = self.days_before_tet(i) {
                    return Some(r);
                }
                if self.w(i + 1) == Word::Thang {
                    let (end, month, lunar_name) = self.month_number(i + 2)?;
                    // (A length of time, not a day, without `ngày` before it: `Sau 1 tháng 10
                    // ngày điều trị` is one month and ten days.)
                    if !lunar_name
                        && matches!(self.w(end), Word::Ngay | Word::Tuan)
                        && self.duration_follows(end)
                        && self
                            .unit(end + 1)
                            .is_none_or(|u| u.kind != TokenKind::Number)
                        && !(i > 0 && matches!(self.w(i - 1), Word::Ngay | Word::Mung))
                    {
                        return None;
                    }
                    // `ngày 19 tháng 2 nhuận năm Quý Mão`: a day of a leap month, lunar. The
                    // value holds no leap flag, so no year is given it (a year would turn it
                    // into the Gregorian day of the ordinary month 2).
                    static LEAP: LazyLock<Vec<Vec<u32>>> =
                        LazyLock::new(|| phrase_keys(&["nhuận"]));
                    if self.phrase_at(end, &LEAP)
                        && self.unit(end).is_some_and(|u| u.gap == Gap::Space)
                    {
                        let end = match self.lunar_year_name(end + 1) {
                            Some((e, _)) if self.w(end + 1) == Word::Nam => e,
                            _ => end + 1,
                        };
                        let end = self.lunar_suffix(end).unwrap_or(end);
                        return Some((end, Part::Lunar(lunar_day(None, month, d)?)));
                    }
                    let (mut end, mut year) = self.year_suffix(end);
                    // `ngày 27 tháng Chạp năm Quý Mão`: a lunar year by its name, the one
                    // nearest the reference date (with none, no year: it comes back every 60).
                    if lunar_name
                        && year.is_none()
                        && self.w(end) == Word::Nam
                        && let Some((e, y)) = self.lunar_year_name(end)
                    {
                        (end, year) = (e, y);
                    }
                    // (A lunar month has 29 or 30 days: `ngày 30 tháng 2 âm lịch`, though
                    // February has no 30th.)
                    let lunar_after = lunar_name
                        || self.lunar_suffix(end).is_some()
                        || (self.w(end) == Word::Nam && self.can_chi(end + 1).is_some());
                    let date = if lunar_after {
                        lunar_day(year, month, d)?
                    } else {
                        Date::day(year, month, d)?
                    };
                    return Some((
                        end,
                        if lunar_name {
                            Part::Lunar(date)
                        } else {
                            Part::Solar(date)
                        },
                    ));
                }
                // `ngày 6 / 1 / 2019`: a day written with spaced slashes.
                if self.is(i + 1, "/")
                    && let Some(m) = self.int(i + 2).filter(|m| (1..=12).contains(m))
                    && self.unit(i + 2).is_some_and(|x| x.text.len() <= 2)
                {
                    let (end, year) = if self.is(i + 3, "/")
                        && let Some(y) = self.year_at(i + 4)
                    {
                        (i + 5, Some(y))
                    } else {
                        (i + 3, None)
                    };
                    return Some((end, Part::Solar(Date::day(year, m as u8, d)?)));
                }
                // `ngày 1` alone: only as the first end of a range (`mùng 1` too: `từ mùng 3
                // đến mùng 5 tháng Giêng`).
                if mung && self.range_sep(i + 1).is_none() {
                    return None;
                }
                Some((i + 1, Part::DayOnly(d)))
            }
            Num::Dmy(d, m, y) => Some((i + 1, Part::Solar(Date::day(Some(y), m, d)?))),
            Num::Dm(d, m, _) => {
                // `ngày 15/3 năm 2020` is rare but written.
                let (end, year) = self.year_suffix(i + 1);
                Some((end, Part::Solar(Date::day(year, m, d)?)))
            }
            // `ngày 23-25/10 năm 1997`, `ngày 30/4-1/5 năm 2025`: the year after the days.
            Num::Ddmy(d1, d2, m, y) => {
                let (end, y) = self.range_year(i + 1, y);
                Some((end, Part::Range(Date::day(y, m, d1)?, Date::day(y, m, d2)?)))
            }
            Num::DmDm(d1, m1, d2, m2, y) => {
                let (end, y) = self.range_year(i + 1, y);
                Some((end, dm_dm(d1, m1, d2, m2, y)?))
            }
            Num::Span(a, b) => Some((i + 1, Part::Range(a, b))),
            _ => None,
        }
    }

    /// `năm 2019` (or `/2019` touching) after a day or a month: the index after it and the
    /// year.
    fn year_suffix(&self, i: usize) -> (usize, Option<i32>) {
        if let Some((end, y)) = self.comma_year(i) {
            return (end, Some(y));
        }
        if self.w(i) == Word::Nam
            && let Some(y) = self.year_at(i + 1)
        {
            return (i + 2, Some(y));
        }
        // `tháng 3 năm nay`, `quý I năm ngoái`: with a reference date.
        if self.w(i) == Word::Nam
            && let Some((end, y)) = self.year_after_nam(i + 1)
        {
            return (end, Some(y));
        }
        // (Without one, the words still belong to the span, the year unknown: `tháng 11 năm
        // ngoái` is November of no year given, not `tháng 11` and two words left out.)
        if self.w(i) == Word::Nam && self.reference.is_none() {
            let end = match self.w(i + 1) {
                Word::Nay | Word::Ngoai => Some(i + 2),
                _ => self.direction(i + 1).map(|(_, e)| e),
            };
            if let Some(end) = end {
                return (end, None);
            }
        }
        // `tháng 1 tháng 2016`: `năm` mistyped as the month's word again (a month has no
        // four digits), the year meant.
        if self.w(i) == Word::Thang
            && let Some(y) = self.year_at(i + 1)
            && bare_year(y)
            && !self.count_follows(i + 2)
        {
            return (i + 2, Some(y));
        }
        // `quý 4 của năm 2018`
        if self.w(i) == Word::Cua
            && self.w(i + 1) == Word::Nam
            && let Some(y) = self.year_at(i + 2)
        {
            return (i + 3, Some(y));
        }
        // `9 Tháng 1 2015 lúc 15:08`, as the bylines of news sites write it: a bare year
        // that ends the date (not `tháng 3 2000 người`).
        if let Some(y) = self.year_at(i)
            && bare_year(y)
            && self.unit(i).is_some_and(|x| x.gap == Gap::Space)
            && self.unit(i + 1).is_none_or(|x| {
                x.gap == Gap::Line
                    || (x.kind == TokenKind::Punctuation && !matches!(x.text, "/" | "-" | "%"))
                    || (x.key.is_some() && x.key == *LUC)
                    // (`05 Tháng một 2015 - 03:54 AM`: a dash, then the clock time.)
                    || (x.is_dash() && self.unit(i + 2).is_some_and(|t| clock_text(t.text)))
            })
        {
            return (i + 1, Some(y));
        }
        if (self.is(i, "/") || self.is(i, "-"))
            && self.touching(i)
            && self.touching(i + 1)
            && let Some(y) = self.year_at(i + 1)
        {
            return (i + 2, Some(y));
        }
        // `tháng 4 - 1997`, `tháng 1 / 2004`: spaced, as tokenized text writes it; a month
        // number is never a year, so only a year makes it one date (not `tháng 4 - 5`, nor
        // `tháng 4 - 2000 người`).
        if (self.is(i, "/") || self.unit(i).is_some_and(Unit::is_dash))
            && let Some(y) = self.year_at(i + 1)
            && bare_year(y)
            && !self.count_follows(i + 2)
        {
            return (i + 2, Some(y));
        }
        (i, None)
    }

    /// A month number after `tháng`: digits (`3`), a name (`Ba`, `Giêng`, `Chạp`, `Mười
    /// Một`). The index after it, the month, and whether the name is a lunar one (`Giêng`,
    /// `Chạp`).
    fn month_number(&self, i: usize) -> Option<(usize, u8, bool)> {
        if let Some(m) = self.int(i) {
            return (1..=12).contains(&m).then_some((i + 1, m as u8, false));
        }
        let u = self.unit(i)?;
        // (In capitals, `THÁNG BA` says no more than `tháng ba`.)
        let capital = u.capitalized() && !u.all_caps();
        let found = if u.word == Word::Muoi
            && matches!(self.w(i + 1), Word::Mot | Word::Hai)
            && self
                .unit(i + 1)
                // (`tháng Mười Hai`, `tháng mười hai`, `tháng Mười hai`.)
                .is_some_and(|x| x.capitalized() == u.capitalized() || !x.capitalized())
        {
            let m = if self.w(i + 1) == Word::Mot { 11 } else { 12 };
            (i + 2, m, false)
        } else {
            let m = words::month_word(u.word)?;
            // (`tháng Một` is January; in the lunar calendar, the eleventh month: `tháng Một
            // âm lịch`.)
            let lunar_one =
                u.word == Word::Mot && self.w(i + 1) == Word::Am && self.w(i + 2) == Word::Lich;
            let m = if lunar_one { 11 } else { m };
            (i + 1, m, matches!(u.word, Word::Gieng | Word::Chap))
        };
        // Month names are written with a capital (`tháng Ba`); in lower case (`tháng ba`)
        // only where nothing makes them a count (`tháng ba lần`, `mỗi tháng hai lần`):
        // never `năm`, which is also the year.
        // (`Giêng` and `Chạp` are names in any case.)
        (capital || found.2 || (u.word != Word::Nam && self.named_here(i.wrapping_sub(1), found.0)))
            .then_some(found)
    }

    /// Whether a number word in lower case after the calendar noun at `noun` (`tháng ba`,
    /// `quý hai`), ending at `end`, is the name of the month or quarter: after a day
    /// (`ngày 7 tháng ba`), or before the end of the clause, a year (`năm 2017`, `năm nay`),
    /// `âm lịch`, `tới`, `này`, `vừa qua`; and not after a word that counts (`mỗi`, `hàng`,
    /// `một`).
    fn named_here(&self, noun: usize, end: usize) -> bool {
        let before = noun.checked_sub(1).and_then(|k| self.unit(k));
        if before.is_some_and(|p| {
            p.word == Word::Mot || p.key.is_some_and(|k| QUANTIFIERS.get(k).is_some())
        }) {
            return false;
        }
        // (`tháng hai lần`, `tháng ba, bốn lần`.)
        if self.w(end) == Word::Count
            || (self.is(end, ",") && words::month_word(self.w(end + 1)).is_some())
        {
            return false;
        }
        let after_day = before.is_some_and(|p| p.kind == TokenKind::Number);
        let next = self.unit(end);
        // (`tháng mười hai 2013`, `THÁNG MƯỜI 2013`: a bare year after it.)
        let year_after = self.year_at(end).is_some_and(bare_year)
            && next.is_some_and(|x| x.gap == Gap::Space)
            && !self.count_follows(end + 1)
            // (`THÁNG MƯỜI HAI 29, 2013`: a day, then the year after a comma.)
            || (self.int(end).is_some_and(|d| (1..=31).contains(&d))
                && self.comma_year(end + 1).is_some());
        after_day
            || year_after
            || next.is_none_or(|x| {
                x.gap == Gap::Line
                    || (x.kind == TokenKind::Punctuation && !matches!(x.text, "/" | "-"))
            })
            || match self.w(end) {
                Word::Nam => {
                    self.year_at(end + 1).is_some()
                        || matches!(self.w(end + 1), Word::Nay | Word::Ngoai | Word::Toi)
                }
                Word::Am | Word::Duong | Word::Nay2 | Word::Vua => true,
                Word::Cua => self.w(end + 1) == Word::Nam,
                Word::Toi => self
                    .unit(end + 1)
                    .is_none_or(|x| x.kind != TokenKind::Number),
                _ => false,
            }
    }

    /// After `tháng`: `3/2020`, `6-2016`, `3 năm 2020`, `Ba năm 2020`, `12`, `Giêng`.
    fn month_expr(&self, i: usize) -> Option<(usize, Part)> {
        match self.num(i) {
            Some(Num::My(m, y)) => return Some((i + 1, Part::Solar(Date::month(Some(y), m)?))),
            // `tháng 9/1997-11/2002`
            Some(Num::Span(a @ Date::Month { .. }, b)) => return Some((i + 1, Part::Range(a, b))),
            _ => {}
        }
        // `tháng 3/25`, `tháng 9/75`: after `tháng`, a month and a year in two digits (alone,
        // `3/25` may be a fraction or a score).
        if let Some(u) = self
            .unit(i)
            .filter(|u| u.kind == TokenKind::Number && !self.measure(i))
            && let Some((a, b)) = u.text.split_once('/')
            && (1..=2).contains(&a.len())
            && b.len() == 2
            && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            && let (Ok(m), Ok(yy)) = (a.parse::<u8>(), b.parse::<u32>())
            && (1..=12).contains(&m)
        {
            let y = full_year(yy, 2, self.reference)?;
            return Some((i + 1, Part::Solar(Date::month(Some(y), m)?)));
        }
        if let Some(r) = self.months_under_one(i) {
            return Some(r);
        }
        let (end, m, lunar_name) = self.month_number(i)?;
        // `Tháng Mười Hai 29, 2013`: the month, the day and the year after a comma, as blogs'
        // bylines write it in the English order.
        if !lunar_name
            && let Some(d) = self
                .unit(end)
                .filter(|u| u.kind == TokenKind::Number && u.gap == Gap::Space && u.text.len() <= 2)
                .and_then(|u| u.text.parse::<u8>().ok())
            && let Some((e, y)) = self.comma_year(end + 1)
        {
            return Some((e, Part::Solar(Date::day(Some(y), m, d)?)));
        }
        // (Nor a month before a counted amount: `mỗi tháng 1 triệu đồng`, `lương tháng 5
        // triệu`, `mỗi tháng 2 lần` are amounts a month.)
        if !lunar_name
            && self
                .unit(end - 1)
                .is_some_and(|u| u.kind == TokenKind::Number)
            && self.unit(end).is_some_and(|u| {
                u.word == Word::Count
                    && u.gap == Gap::Space
                    && matches!(
                        crate::normalize::fold_lower(u.text).as_str(),
                        "trieu" | "ty" | "ti" | "nghin" | "ngan" | "dong" | "lan" | "luot"
                    )
            })
        {
            return None;
        }
        // (Nor a length of months and days after a count: `Sau 1 tháng 10 ngày`.)
        if !lunar_name
            && self.w(end) == Word::Ngay
            && self.duration_follows(end)
            && i >= 2
            && self.int(i - 2).is_some()
            && self
                .unit(end + 1)
                .is_none_or(|u| u.kind != TokenKind::Number)
        {
            return None;
        }
        let (mut end, mut year) = self.year_suffix(end);
        // `tháng 3 tới`, `tháng 10 vừa qua`: the next or the last such month.
        if year.is_none()
            && !lunar_name
            && let Some(r) = self.reference
            && let Some((d, e)) = self.direction(end)
        {
            let y = r.year();
            year = Some(match d {
                1 if m > r.month() => y,
                1 => y + 1,
                -1 if m < r.month() => y,
                -1 => y - 1,
                _ => y,
            });
            end = e;
        }
        // `Cách mạng tháng Tám` (the August Revolution of 1945), `Cách mạng tháng Mười Nga`:
        // a revolution's name, no month of the text's year.
        if year.is_none() && i >= 3 && self.w(i - 3) == Word::Cach && self.w(i - 2) == Word::Mang {
            // (Not a street named after it, written with every word capitalized or after
            // `đường`: `đường Cách Mạng Tháng Tám`.)
            let street = self
                .unit(i - 2)
                .is_some_and(|x| x.capitalized() && !x.all_caps())
                || (i >= 4 && self.phrase_at(i - 4, &STREETS))
                || (i >= 5 && self.phrase_at(i - 5, &STREETS));
            year = Some(1945).filter(|_| m == 8 && !lunar_name && !street);
            year?;
        }
        let date = Date::month(year, m)?;
        Some((
            end,
            if lunar_name {
                Part::Lunar(date)
            } else {
                Part::Solar(date)
            },
        ))
    }

    /// Two months joined by a dash after one `tháng`, the first the earlier, and the year if
    /// written: `tháng 8-10 năm 2024`, `tháng 3 – 5 năm 2024`, `tháng 3-5/2024`, `(tháng
    /// 8-10)`. (Not before a count, `tháng 3-5 ngày`, nor lunar months.)
    fn months_under_one(&self, i: usize) -> Option<(usize, Part)> {
        let u = self.unit(i)?;
        let (a, b, end, slash_year) = match self.num(i) {
            Some(Num::Dm(a, b, _)) => (a, b, i + 1, None),
            Some(Num::Int(a, _))
                if self
                    .unit(i + 1)
                    .is_some_and(|d| d.is_dash() && d.gap == Gap::Space)
                    && self.unit(i + 2).is_some_and(|x| x.gap == Gap::Space) =>
            {
                (
                    u8::try_from(a).ok()?,
                    u8::try_from(self.int(i + 2)?).ok()?,
                    i + 3,
                    None,
                )
            }
            // (`3-5/2024`: the numbers read as no date of their own.)
            _ if u.kind == TokenKind::Number => {
                let (ab, y) = u.text.split_once('/')?;
                let (a, b) = ab.split_once(['-', '–'])?;
                let y = (y.len() == 4).then(|| y.parse::<i32>().ok()).flatten()?;
                (a.parse().ok()?, b.parse().ok()?, i + 1, Some(y))
            }
            _ => return None,
        };
        let year_next = self.w(end) == Word::Nam && self.year_at(end + 1).is_some();
        // (Lunar months, `tháng 2 - 3 âm lịch`, are left to the lunar rules.)
        let lunar = self.w(end) == Word::Am && self.w(end + 1) == Word::Lich;
        if !(1 <= a && a < b && b <= 12) || (self.duration_follows(end) && !year_next) || lunar {
            return None;
        }
        let (end, year) = match slash_year {
            Some(y) => (end, Some(y)),
            None => self.year_suffix(end),
        };
        Some((
            end,
            Part::Range(Date::month(year, a)?, Date::month(year, b)?),
        ))
    }

    /// `, 1976` after a month or a day written with `tháng` (`tháng 9, 1976`), as
    /// Wikipedia's infoboxes and English-style text write it.
    fn comma_year(&self, i: usize) -> Option<(usize, i32)> {
        if self.is(i, ",") && self.touching(i) {
            let y = self.year_at(i + 1)?;
            (!self.count_follows(i + 2) && bare_year(y)).then_some((i + 2, y))
        } else {
            None
        }
    }

    /// After `năm`: a four-digit year (`năm 2020`), or two (`năm 2019-2020`, `năm học`…).
    fn year_expr(&self, i: usize) -> Option<(usize, Part)> {
        // `năm học 2019-2020`, `năm tài chính 2020`, `năm ngân sách 2025`, `năm giao dịch
        // 2024` (a school's, a budget's, a stock exchange's year, named by the calendar year
        // or years it runs in)
        static FISCAL: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["tài chính", "tài khóa", "ngân sách", "giao dịch"]));
        if self.w(i) == Word::Hoc {
            return self.years(i + 1);
        }
        if self.phrase_at(i, &FISCAL) {
            return self.fiscal_years(i + 2);
        }
        // `năm mới 2026`: the new year by its number.
        static NEW: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| phrase_keys(&["mới"]));
        if self.phrase_at(i, &NEW)
            && self.unit(i + 1).is_some_and(|u| u.gap == Gap::Space)
            && let Some(y) = self.year_at(i + 1)
            && !self.count_follows(i + 2)
        {
            return Some((i + 2, Part::Solar(Date::Year { year: y })));
        }
        // (`năm mới Ất Tỵ 2025`: and the lunar year's name, where they agree.)
        if self.phrase_at(i, &NEW)
            && let Some(name) = self.can_chi(i + 1)
            && let Some(y) = self.year_at(i + 3)
            && lunar::can_chi(y) == name
            && !self.count_follows(i + 4)
        {
            return Some((i + 4, Part::Solar(Date::Year { year: y })));
        }
        // `năm Ất Tỵ 2025`, `năm Kỷ Dậu 1789`: the lunar year's name, then its number (only
        // where they agree: `năm Bính Ngọ 2025` is left to its number).
        if let Some(name) = self.can_chi(i)
            && let Some(y) = self.year_at(i + 2)
            && lunar::can_chi(y) == name
        {
            return Some((i + 3, Part::Solar(Date::Year { year: y })));
        }
        match self.num(i)? {
            // `Năm 938, Ngô Quyền …`: a year of the first millennium after `năm` (`năm`,
            // five, is no numeral before digits), unless a count follows (`năm 500 người`)
            // or it counts before Christ (`năm 179 TCN`, `năm 1046 trước Công nguyên`).
            _ if self.before_christ(i + 1) => None,
            Num::Int(v, 3) if v >= 100 && !self.count_follows(i + 1) => {
                let y = i32::try_from(v).ok()?;
                Some((i + 1, Part::Solar(Date::Year { year: y })))
            }
            Num::Int(v, 4) => {
                let y = i32::try_from(v).ok().filter(|&y| plausible_year(y))?;
                // `năm 2016 - 2020`: a range of years after one `năm`.
                if let Some(k) = self.unit(i + 1).filter(|u| u.is_dash()).map(|_| i + 2)
                    && let Some(b) = self.year_at(k)
                    && y < b
                    && b - y <= MAX_YEAR_SPAN
                {
                    return Some((
                        k + 1,
                        Part::Range(Date::Year { year: y }, Date::Year { year: b }),
                    ));
                }
                Some((i + 1, Part::Solar(Date::Year { year: y })))
            }
            Num::Yy(a, b) if a < b && b - a <= MAX_YEAR_SPAN => Some((
                i + 1,
                Part::Range(Date::Year { year: a }, Date::Year { year: b }),
            )),
            _ => None,
        }
    }

    /// Whether the words at `i` say the number before them counts before Christ: `TCN`,
    /// `trước Công nguyên` (by the words' keys: any case, NFC or NFD). Such years and
    /// centuries are no dates here: the values count from year 1.
    fn before_christ(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|x| x.text.eq_ignore_ascii_case("TCN"))
            || self.is(i, "TCN.")
            // (`công` is listed as the first word of `công văn`; `công nguyên` only here.)
            || (self.w(i) == Word::Truoc
                && self.w(i + 1) == Word::DocFirst
                && self.w(i + 2) == Word::Nguyen)
    }

    /// Two years at `i`: `2015 - 2020`, `2019-2020`, `2016–2021`.
    fn years(&self, i: usize) -> Option<(usize, Part)> {
        // (After a calendar noun a period may be centuries long: `giai đoạn 1442-1779`.)
        if let Some(Num::Yy(a, b)) = self.num(i)
            && a < b
            && (b - a <= MAX_YEAR_SPAN || (era(a, b) && !self.count_follows(i + 1)))
        {
            return Some((
                i + 1,
                Part::Range(Date::Year { year: a }, Date::Year { year: b }),
            ));
        }
        let a = self.year_at(i)?;
        let k = self.range_sep(i + 1)?;
        let b = self.year_at(k).or_else(|| {
            // `2015 - năm 2020`
            (self.w(k) == Word::Nam)
                .then(|| self.year_at(k + 1))
                .flatten()
        })?;
        let end = if self.year_at(k).is_some() {
            k + 1
        } else {
            k + 2
        };
        (a < b && (b - a <= MAX_YEAR_SPAN || (era(a, b) && !self.count_follows(end)))).then_some((
            end,
            Part::Range(Date::Year { year: a }, Date::Year { year: b }),
        ))
    }

    /// Whether `niên vụ`, a crop season, starts at `i` (`niên vụ 2024`, `niên vụ 2024/25`).
    fn crop_season(&self, i: usize) -> bool {
        static VU: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("vụ").ok().map(|s| s.key()));
        self.w(i) == Word::Nien
            && self.w(i + 1) == Word::Count
            && self
                .unit(i + 1)
                .is_some_and(|x| x.key.is_some() && x.key == *VU)
    }

    /// `nhiệm kỳ`, `giai đoạn`, `niên khóa`, `niên độ`, `niên vụ` and their years.
    fn term(&self, i: usize) -> Option<(usize, Part)> {
        let ok = matches!(
            (self.w(i), self.w(i + 1)),
            (Word::Nhiem | Word::Thoi, Word::Ky)
                | (Word::Giai, Word::Doan)
                | (Word::Nien, Word::Khoa | Word::Do)
        ) || self.crop_season(i);
        if !ok {
            return None;
        }
        let j = i + 2;
        // `giai đoạn từ năm 2016 đến năm 2020`
        if self.w(j) == Word::Tu
            && let Some((end, v)) = self.range_from(j + 1, true)
        {
            return Some((end, Part::Value(v)));
        }
        if self.w(j) == Word::Nam {
            return self.year_expr(j + 1);
        }
        self.years(j).or_else(|| self.short_term(j)).or_else(|| {
            // (A crop season or an accounting year by its one year: `niên vụ 2024`, `niên độ
            // 2022`.)
            (self.crop_season(i) || (self.w(i) == Word::Nien && self.w(i + 1) == Word::Do))
                .then(|| self.fiscal_years(j))
                .flatten()
        })
    }

    /// The years of a budget at `i`, after `năm tài chính`, `năm ngân sách`, `tài khóa`: a
    /// range (`2023-2024`), or one year (the state budget's year is the calendar year),
    /// not a count (`tài khóa 2024 tỷ đồng` is no date).
    fn fiscal_years(&self, i: usize) -> Option<(usize, Part)> {
        self.years(i).or_else(|| {
            let y = self.year_at(i).filter(|_| !self.count_follows(i + 1))?;
            Some((i + 1, Part::Solar(Date::Year { year: y })))
        })
    }

    /// `2020-25` after `nhiệm kỳ` or `giai đoạn`: a term of a few years, its end written with
    /// two digits in the same century (a bare `2019-21` is no date: a file's number).
    fn short_term(&self, i: usize) -> Option<(usize, Part)> {
        let (a, b) = self.unit(i)?.text.split_once('-')?;
        if a.len() != 4 || b.len() != 2 || !b.bytes().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let y = self
            .year_at(i)
            .or_else(|| a.parse().ok().filter(|&y| plausible_year(y)))?;
        let next: i32 = b.parse().ok()?;
        let first = y.rem_euclid(100);
        (next > first && next - first <= 10).then(|| {
            (
                i + 1,
                Part::Range(
                    Date::Year { year: y },
                    Date::Year {
                        year: y - first + next,
                    },
                ),
            )
        })
    }

    /// After `quý`: `I/2020`, `II năm 2020`, `2 năm 2020`, `IV-2021`, `2/2020`, `III`.
    fn quarter(&self, i: usize) -> Option<(usize, Part)> {
        let u = self.unit(i)?;
        let quarter = |q: u8, end: usize| {
            let (mut end, mut year) = self.year_suffix(end);
            // `quý IV/25`: a year in two digits after a slash, all touching (as `tháng 3/25`).
            if year.is_none()
                && self.is(end, "/")
                && self.touching(end)
                && self.touching(end + 1)
                && let Some(u) = self.unit(end + 1)
                && u.kind == TokenKind::Number
                && u.text.len() == 2
                && u.text.bytes().all(|b| b.is_ascii_digit())
                && !self.unit(end + 2).is_some_and(|x| x.gap == Gap::None)
                && let Some(y) = u
                    .text
                    .parse::<u32>()
                    .ok()
                    .and_then(|yy| full_year(yy, 2, self.reference))
            {
                year = Some(y);
                end += 2;
            }
            // `quý I tới`, `quý III vừa qua`: the next or the last such quarter.
            if year.is_none()
                && let Some(r) = self.reference
                && let Some((d, e)) = self.near_direction(end)
            {
                let now = (r.month() - 1) / 3 + 1;
                let y = r.year();
                year = Some(match d {
                    1 if q > now => y,
                    1 => y + 1,
                    _ if q < now => y,
                    _ => y - 1,
                });
                end = e;
            }
            (1..=4)
                .contains(&q)
                .then_some((end, Part::Solar(Date::Quarter { year, quarter: q })))
        };
        match u.kind {
            TokenKind::Number => match self.num(i)? {
                Num::Int(q, 1) => quarter(q as u8, i + 1),
                Num::My(q, y) if q <= 4 => Some((
                    i + 1,
                    Part::Solar(Date::Quarter {
                        year: Some(y),
                        quarter: q,
                    }),
                )),
                _ => None,
            },
            // `IV-2021` is one code token, `III.2026` one abbreviation.
            TokenKind::Code | TokenKind::Abbreviation if u.text.contains(['-', '.']) => {
                let (r, y) = u.text.split_once(['-', '.'])?;
                let q = roman(r).filter(|q| *q <= 4)?;
                let y: i32 = y.parse().ok().filter(|&y| plausible_year(y) && y >= 1000)?;
                (y.to_string().len() == 4).then_some((
                    i + 1,
                    Part::Solar(Date::Quarter {
                        year: Some(y),
                        quarter: q,
                    }),
                ))
            }
            // `quý ba`, `quý Hai`: a number word, as a month's name is read.
            _ if u.key.is_some() => {
                let q = match u.word {
                    // `quý đầu năm 2025`, `quý cuối năm`: the year's first or last quarter.
                    Word::Dau | Word::Cuoi if self.w(i + 1) == Word::Nam => {
                        let q = if u.word == Word::Dau { 1 } else { 4 };
                        // (`năm` stays in the span with no year after it: `quý đầu năm`.)
                        return quarter(q, i + 1)
                            .map(|(e, p)| (if e == i + 1 { i + 2 } else { e }, p));
                    }
                    Word::Mot => 1,
                    Word::Hai => 2,
                    Word::Ba => 3,
                    Word::Bon | Word::Tu4 => 4,
                    _ => return quarter(roman(u.text)?, i + 1),
                };
                ((u.capitalized() && !u.all_caps()) || self.named_here(i.wrapping_sub(1), i + 1))
                    .then(|| quarter(q, i + 1))?
            }
            _ => quarter(roman(u.text)?, i + 1),
        }
    }

    /// `N tháng đầu năm [Y]`, `N tháng cuối năm`, `N tháng năm Y` at `i` (a number): the
    /// first or last N months, a half when N is 6.
    fn months_of_year(&self, i: usize) -> Option<(usize, Part)> {
        // (Most numbers count something else: a cheap look first.)
        if !matches!(self.w(i + 1), Word::Thang | Word::Quy)
            && !matches!(self.w(i + 2), Word::Thang | Word::Quy)
        {
            return None;
        }
        // (In figures or in words: `hai tháng đầu năm 2021`, `Sáu tháng đầu năm`.)
        let (n, t) = self.count(i).filter(|&(n, _)| (1..=12).contains(&n))?;
        let n = n as u8;
        // (Or quarters: `2 quý đầu năm 2024`, `3 quý cuối năm`.)
        let quarters = self.w(t) == Word::Quy;
        if !(self.w(t) == Word::Thang || (quarters && n <= 4)) {
            return None;
        }
        let (first, j) = match (self.w(t + 1), self.w(t + 2)) {
            (Word::Dau, Word::Nam) => (true, t + 3),
            (Word::Cuoi, Word::Nam) => (false, t + 3),
            // (`Tính chung 3 quý`, `lũy kế 2 quý`: the first quarters, as reports count.)
            // (`năm 2024` after is read below, from `năm`.)
            _ if quarters && (2..=3).contains(&n) && self.months_reported(i, t) => (
                true,
                if self.w(t + 1) == Word::Nam && self.year_at(t + 2).is_some() {
                    t + 2
                } else {
                    t + 1
                },
            ),
            _ if quarters => return None,
            // `6 tháng năm 2017`, `11 tháng năm 2021`: the first months, as reports name
            // them (`năm` in lower case: `1 tháng Năm 2020` is the first of May).
            (Word::Nam, _)
                if (self.year_at(t + 2).is_some()
                    // (`11 tháng năm nay`, `9 tháng năm ngoái`, with a reference date.)
                    || (self.reference.is_some()
                        && matches!(self.w(t + 2), Word::Nay | Word::Ngoai)))
                    && n >= 2
                    && self
                        .unit(t + 1)
                        .is_some_and(|x| !x.capitalized() || x.all_caps()) =>
            {
                (true, t + 2)
            }
            // `Xuất khẩu 11 tháng đạt …`, `lũy kế 10 tháng`: the first months of the year
            // the report covers, no year named.
            // `lãi trước thuế 9 tháng 2024 đạt …`: the year right after, no `năm`, where a
            // report counts (not a month written after its number in a list of posts, `11
            // tháng 1993 - 11 tháng 1995: Bí thư …`).
            _ if (2..=11).contains(&n)
                && self.year_at(t + 1).is_some()
                && self.unit(t + 1).is_some_and(|x| x.gap == Gap::Space)
                && self.months_reported(i, t + 1) =>
            {
                (true, t + 1)
            }
            _ if (2..=11).contains(&n) && self.months_reported(i, t) => (true, t + 1),
            _ => return None,
        };
        let (end, year) = self
            .year_after_nam(j)
            .map_or((j, None), |(e, y)| (e, Some(y)));
        if quarters {
            let q = |quarter: u8| Date::Quarter { year, quarter };
            return Some((
                end,
                match (n, first) {
                    (1, _) => Part::Solar(q(if first { 1 } else { 4 })),
                    (3, true) => Part::Range(q(1), q(3)),
                    (3, false) => Part::Range(q(2), q(4)),
                    _ => half_or_months(3 * n, first, year)?,
                },
            ));
        }
        Some((end, half_or_months(n, first, year)?))
    }

    /// Whether the count of months at `i` (its `tháng` at `t`) is a report's running total
    /// from the year's start: after `lũy kế` or `bình quân`, or after what is counted (an
    /// abbreviation or a place's name too) and before `đạt`, `ước đạt`, `chỉ đạt`, `tăng` or
    /// `giảm` (`Xuất khẩu 11 tháng đạt 370 tỷ USD`), or after `trong` only before those;
    /// not a stretch of time, `sau 3 tháng đạt`, `trong 3 tháng` alone.
    #[cold]
    fn months_reported(&self, i: usize, t: usize) -> bool {
        let folds = |m: usize, w: &str| {
            self.unit(m)
                .is_some_and(|x| x.key.is_some() && crate::normalize::folds_to(x.text, w))
        };
        // (Not a stretch of months counted on: `6 tháng liền`, `3 tháng sau`, `3 tháng qua`;
        // nor an amount counted in months, of pay, of money or of age: `thưởng Tết bình quân
        // 2 tháng lương`, `6 tháng tiền thuê nhà`, `trẻ 6 tháng tuổi`.)
        if [
            "lien", "qua", "toi", "nua", "sau", "truoc", "luong", "tien", "tuoi",
        ]
        .iter()
        .any(|w| folds(t + 1, w))
        {
            return false;
        }
        // (Or `bình quân`, on average over them: `lạm phát bình quân 10 tháng`; or `tính
        // chung`, all together: `Tính chung 9 tháng, doanh thu …`.)
        if i >= 2
            && ((folds(i - 2, "luy") && folds(i - 1, "ke"))
                || (folds(i - 2, "binh") && folds(i - 1, "quan"))
                || (folds(i - 2, "tinh") && folds(i - 1, "chung")))
        {
            return true;
        }
        // (Or after a firm's or a budget's result, what a report counts from the year's
        // start: `lợi nhuận 6 tháng của …`, `lãi trước thuế 9 tháng`, `doanh thu thuần 9
        // tháng`, `kết quả kinh doanh 6 tháng`, `tăng trưởng tín dụng 10 tháng`.)
        let pair = |a: &str, b: &str| i >= 2 && folds(i - 2, a) && folds(i - 1, b);
        // (`lãi`, `lỗ`, `thuần` with their tones: not `lại`, `lo`, `thỏa thuận`.)
        let exact = |m: usize, w: &str| {
            self.unit(m)
                .is_some_and(|x| x.key.is_some() && crate::nfc(&x.text.to_lowercase()) == w)
        };
        if pair("loi", "nhuan")
            || pair("doanh", "thu")
            || pair("doanh", "so")
            || pair("kinh", "doanh")
            || pair("tin", "dung")
            || pair("kim", "ngach")
            || pair("ngan", "sach")
            || pair("noi", "dia")
            || pair("truoc", "thue")
            || pair("sau", "thue")
            || (i >= 1 && (exact(i - 1, "thuần") || exact(i - 1, "lãi") || exact(i - 1, "lỗ")))
        {
            return true;
        }
        // (Or `ước đạt`, `chỉ đạt`, or a rise or fall: `GRDP 9 tháng tăng 6,63%`.)
        let reported = |m: usize| {
            (folds(m, "dat") && !folds(m + 1, "duoc"))
                || ((folds(m, "uoc") || folds(m, "chi")) && folds(m + 1, "dat"))
                || folds(m, "tang")
                || folds(m, "giam")
        };
        // (After `trong` only when what it reached follows, maybe after a comma: `trong 10
        // tháng đạt 5,4 triệu tấn`, `trong 9 tháng, tăng 7%`.)
        // (Or closing the clause after the change it reports: `tăng 9% trong 10 tháng.`,
        // `lỗ 482 tỷ đồng trong 9 tháng,`; not `trong 3 tháng qua`, the last three.)
        let within = i >= 1
            && folds(i - 1, "trong")
            && (reported(t + 1)
                || (self.is(t + 1, ",") && reported(t + 2))
                // (Or what reached it, named after the comma: `Trong 11 tháng, số thu nội
                // địa đạt 1,72 triệu tỷ đồng`.)
                || (self.is(t + 1, ",") && self.reached_after(t + 2))
                || (self
                    .unit(t + 1)
                    .is_none_or(|x| matches!(x.text, "," | "." | ";"))
                    && (i.saturating_sub(8)..i - 1)
                        .any(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Number))
                    && (i.saturating_sub(9)..i - 1)
                        .any(|m| reported(m) || exact(m, "lỗ") || exact(m, "lãi"))));
        within
            || (i >= 1
                && reported(t + 1)
                // (After what is counted, a place's name too: `của tỉnh Nam Định 9 tháng`.)
                && self.unit(i - 1).is_some_and(|x| {
                    (x.kind == TokenKind::Abbreviation && x.all_caps())
                        || x.key.is_some()
                            && ![
                                "sau", "trong", "mat", "vong", "duoc", "khoang", "gan", "hon",
                                "qua", "cac", "nhung", "moi",
                            ]
                            .iter()
                            .any(|w| crate::normalize::folds_to(x.text, w))
                }))
    }

    /// Whether a clause from `k` names what it counts and then reached an amount, in a few
    /// words and no punctuation: `số thu nội địa đạt 1,72 triệu tỷ đồng`.
    #[cold]
    fn reached_after(&self, k: usize) -> bool {
        for m in k + 1..k + 7 {
            let Some(x) = self.unit(m) else { return false };
            if x.key.is_none() && x.kind != TokenKind::Abbreviation {
                return false;
            }
            // (An amount of money, goods or a share: not `đạt 5 giải thưởng`.)
            if crate::normalize::folds_to(x.text, "dat") {
                return self
                    .unit(m + 1)
                    .is_some_and(|y| y.kind == TokenKind::Number)
                    && self.unit(m + 2).is_some_and(|y| {
                        y.text == "%"
                            || y.text == "USD"
                            || ["ty", "trieu", "nghin", "ngan", "tan", "dong"]
                                .iter()
                                .any(|w| y.key.is_some() && crate::normalize::folds_to(y.text, w))
                    });
            }
        }
        false
    }

    /// After `nửa`: `đầu năm [Y]`, `cuối năm [Y]`.
    fn half_words(&self, i: usize) -> Option<(usize, Part)> {
        let half = match (self.w(i), self.w(i + 1)) {
            (Word::Dau, Word::Nam) => 1,
            (Word::Cuoi | Word::Sau, Word::Nam) => 2,
            _ => return None,
        };
        let (end, year) = self
            .year_after_nam(i + 2)
            .map_or((i + 2, None), |(e, y)| (e, Some(y)));
        Some((end, Part::Solar(Date::Half { year, half })))
    }

    /// The year after a `năm` that ends at `j`: a four-digit year, or with a reference date
    /// `nay`, `ngoái`, `trước`, `sau`, `tới` (`6 tháng đầu năm nay`); the index after it.
    fn year_after_nam(&self, j: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year_at(j) {
            return Some((j + 1, y));
        }
        let r = self.reference?;
        let (d, end) = match self.w(j) {
            Word::Nay => (0, j + 1),
            Word::Ngoai => (-1, j + 1),
            _ => self.direction(j)?,
        };
        Some((end, r.year() + d))
    }

    /// A stem and branch at `i` (`Canh Tý`): the lunar year nearest `near`, or the pair.
    fn can_chi(&self, i: usize) -> Option<(u8, u8)> {
        let s = words::stem(self.unit(i)?.key?)?;
        let b = words::branch(self.unit(i + 1)?.key?)?;
        (s % 2 == b % 2).then_some((s, b))
    }

    /// `thượng tuần tháng 10` (days 1–10), `trung tuần tháng 8` (11–20), `hạ tuần tháng 5`
    /// (21 to the month's end): a third of a month.
    fn ten_days(&self, i: usize) -> Option<(usize, Part)> {
        let third = match self.w(i) {
            Word::Thuong => 0,
            Word::Trung => 1,
            Word::Ha => 2,
            _ => return None,
        };
        if self.w(i + 1) != Word::Tuan || self.w(i + 2) != Word::Thang {
            return None;
        }
        let (end, p) = self.month_expr(i + 3)?;
        let (year, month, lunar) = match p {
            Part::Solar(Date::Month { year, month }) => (year, month, false),
            Part::Lunar(Date::Month { year, month }) => (year, month, true),
            _ => return None,
        };
        let first = third * 10 + 1;
        let last = if third == 2 {
            days_in_month(year, month)
        } else {
            first + 9
        };
        if lunar {
            // (A lunar month's days are the calendar's: the month, as `cuối tháng Chạp`.)
            return Some((end, p));
        }
        let (a, b) = (
            Date::day(year, month, first)?,
            Date::day(year, month, last)?,
        );
        Some((end, Part::Range(a, b)))
    }

    /// `nửa đầu tháng 7/2024` (days 1–15), `nửa cuối tháng 11` (16 to the month's end),
    /// `tuần đầu tháng 5/2024` (1–7), `tuần cuối tháng 8` (its last seven days): a half or a
    /// week of a month, as the range of its days (the month when its length is not known:
    /// February without a year, or a lunar month).
    #[cold]
    fn part_of_month(&self, i: usize) -> Option<(usize, Part)> {
        let first = match self.w(i + 1) {
            Word::Dau => true,
            Word::Cuoi => false,
            _ => return None,
        };
        if self.w(i + 2) != Word::Thang {
            return None;
        }
        let (end, p) = self.month_expr(i + 3)?;
        let Part::Solar(Date::Month { year, month }) = p else {
            return Some((end, p));
        };
        if !first && month == 2 && year.is_none() {
            return Some((end, p));
        }
        let last = days_in_month(year, month);
        let (a, b) = match (self.w(i), first) {
            (Word::Nua, true) => (1, 15),
            (Word::Nua, false) => (16, last),
            (_, true) => (1, 7),
            (_, false) => (last - 6, last),
        };
        Some((
            end,
            Part::Range(Date::day(year, month, a)?, Date::day(year, month, b)?),
        ))
    }

    /// `28 Tết`, `30 Tết Canh Tý`: a day of the last lunar month, counted towards Tết (of
    /// the lunar year before the Tết named).
    fn days_before_tet(&self, i: usize) -> Option<(usize, Part)> {
        if self.w(i + 1) != Word::Tet || self.touching(i + 1) {
            return None;
        }
        let d = self.int(i).filter(|d| (20..=30).contains(d))? as u8;
        // (`30 Tết Nguyên đán Giáp Thìn 2024`: the feast by its full name.)
        let k = match (self.w(i + 2), self.w(i + 3)) {
            (Word::Nguyen, Word::Dan) => i + 4,
            _ => i + 2,
        };
        let (end, year) = self.feast_year(k);
        Some((
            end,
            Part::Lunar(Date::Day {
                year: year.map(|y| y - 1),
                month: 12,
                day: d,
            }),
        ))
    }

    /// After `giao thừa` at `i`: the eve of the Tết named, its year given (`giao thừa Giáp
    /// Thìn 2024`, `giao thừa Tết Nguyên đán 2024`, `đêm Giao thừa năm 2024`): the last day
    /// of the lunar year before (29 or 30 of its twelfth month). No year, no date: the
    /// month's length is not guessed.
    #[cold]
    fn new_year_eve(&self, i: usize) -> Option<(usize, Part)> {
        let k = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            (Word::Tet, Word::Nguyen, Word::Dan) => i + 3,
            (Word::Tet, _, _) => i + 1,
            _ => i,
        };
        let (end, year) = self.feast_year(k);
        let year = year? - 1;
        // (A year whose last month is a leap twelfth has its eve there, which the value
        // cannot say: no date rather than one a month off.)
        if lunar::leap_month(year) == Some(12) {
            return None;
        }
        let day = lunar::month_length(year, 12, false)?;
        Some((
            end,
            Part::Lunar(Date::Day {
                year: Some(year),
                month: 12,
                day,
            }),
        ))
    }

    /// After a feast's name: `Canh Tý`, `2020`, `Canh Tý 2020`, `năm 2020`: the index after
    /// it and the lunar year (a stem and branch alone name no year: a year is never guessed).
    fn feast_year(&self, i: usize) -> (usize, Option<i32>) {
        let mut j = i;
        let named = self.can_chi(j);
        if named.is_some() {
            j += 2;
        }
        if let Some(y) = self.year_at(j) {
            return (j + 1, Some(y));
        }
        if self.w(j) == Word::Nam
            && let Some(y) = self.year_at(j + 1)
        {
            return (j + 2, Some(y));
        }
        // `Tết Giáp Thìn`, `mùng 2 Tết Bính Ngọ`: with a reference date, the latest year of
        // that name up to the one after it (`Tết Mậu Thân` is 1968); with none, no year.
        if let Some((stem, branch)) = named {
            let year = self
                .reference
                .and_then(|r| lunar::year_from_can_chi(stem, branch, r.year().saturating_add(1)));
            return (j, year);
        }
        // `Tết Đoan ngọ năm nay`, `Tết Nguyên đán năm ngoái`: with a reference date, its year
        // or the one before.
        if self.w(j) == Word::Nam
            && let Some(r) = self.reference
        {
            match self.w(j + 1) {
                Word::Nay => return (j + 2, Some(r.year())),
                Word::Ngoai => return (j + 2, Some(r.year() - 1)),
                _ => {}
            }
        }
        (j, None)
    }

    /// `Tết` at `i`: `Tết Nguyên đán [Canh Tý] [2020]`, `Tết Canh Tý 2020`, `Tết Dương
    /// lịch 2020` (1 January), `Tết Trung thu` (15/8 lunar), `Tết Đoan ngọ` (5/5),
    /// `Tết Nguyên tiêu` (15/1), `Tết Âm lịch 2026`; `Tết` alone after a word of time (`dịp
    /// Tết`, `trước Tết`).
    fn tet(&self, i: usize) -> Option<(usize, Part)> {
        let j = i + 1;
        // (`Tết cổ truyền Chôl Chnăm Thmây`: the traditional new year of another people, by
        // its name after `cổ truyền`; `Tết cổ truyền` alone is the lunar one.)
        static TRADITIONAL: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| phrase_keys(&["cổ truyền"]));
        if self.phrase_at(j, &TRADITIONAL)
            && self
                .unit(j + 2)
                .is_some_and(|u| u.capitalized() && u.gap == Gap::Space)
            && self.can_chi(j + 2).is_none()
        {
            return None;
        }
        // (Nor another feast in lower case: `Tết trồng cây` (tree planting, all spring
        // long), `Tết thiếu nhi`, `Tết độc lập`.)
        static OTHER: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["trồng cây", "thiếu nhi", "độc lập"]));
        if self.phrase_at(j, &OTHER) {
            return None;
        }
        let (after, month, day, solar) = match (self.w(j), self.w(j + 1)) {
            (Word::Nguyen, Word::Dan) => (j + 2, 1, 1, false),
            (Word::Nguyen, Word::Tieu) => (j + 2, 1, 15, false),
            (Word::Duong, Word::Lich) => (j + 2, 1, 1, true),
            (Word::Trung, Word::Thu2) => (j + 2, 8, 15, false),
            (Word::Doan2, Word::Ngo) => (j + 2, 5, 5, false),
            (Word::Am, Word::Lich) => (j + 2, 1, 1, false),
            // `Tết Thiếu nhi`, `Tết Độc lập`, `Tết Chôl Chnăm Thmây`: another feast by its
            // name, not the new year (a year by its name is the new year's: `Tết Bính Ngọ`).
            // (A word of time is no name, capitalized only in a headline's capitals: `TẾT
            // NĂM 2024`, `TẾT NÀY`.)
            _ if self.unit(j).is_some_and(Unit::capitalized)
                && !matches!(
                    self.w(j),
                    Word::Nam | Word::Nay2 | Word::Qua | Word::Sau | Word::Toi
                )
                && self.can_chi(j).is_none() =>
            {
                return None;
            }
            _ => (j, 1, 1, false),
        };
        let (end, year) = self.feast_year(after);
        // `Tết Nguyên đán` names the feast; `các ngày Tết nguyên đán` in a rule is a kind of
        // day: without a year, the proper name's capital decides.
        let capital = self.unit(j).is_some_and(Unit::capitalized);
        let named = (end > after) || (after > j && capital);
        if solar && !named {
            return None;
        }
        if solar {
            let d = Date::Day { year, month, day };
            return Some((end, Part::Solar(d)));
        }
        let time_word = i > 0
            && matches!(
                self.w(i - 1),
                Word::Truoc
                    | Word::Sau
                    | Word::Den
                    | Word::Toi
                    | Word::Ngay
                    | Word::Dip
                    | Word::Trong
                    | Word::Vao
                    | Word::Gan
                    | Word::Can
                    | Word::Ra
            );
        if !named && !time_word {
            return None;
        }
        Some((end, Part::Lunar(Date::Day { year, month, day })))
    }

    /// After `Ngày`, a day kept each year on a fixed solar date, by its name, with no date
    /// written after it (`Ngày Quốc tế Phụ nữ 8/3` is read by its date): `Ngày Nhà giáo Việt
    /// Nam` (20/11), `Ngày Quốc tế Phụ nữ` (8/3), `Ngày Thương binh Liệt sĩ` (27/7); its year
    /// after it, as after `Tết` (`Ngày Nhà giáo Việt Nam năm 2024`).
    #[cold]
    fn named_day(&self, i: usize) -> Option<(usize, Part)> {
        const DAYS: [(&str, u8, u8); 24] = [
            ("quốc tế phụ nữ", 3, 8),
            ("phụ nữ việt nam", 10, 20),
            ("nhà giáo việt nam", 11, 20),
            ("quốc khánh", 9, 2),
            ("quốc tế lao động", 5, 1),
            ("thương binh liệt sĩ", 7, 27),
            ("thầy thuốc việt nam", 2, 27),
            ("quốc tế thiếu nhi", 6, 1),
            ("báo chí cách mạng việt nam", 6, 21),
            ("gia đình việt nam", 6, 28),
            ("doanh nhân việt nam", 10, 13),
            ("pháp luật việt nam", 11, 9),
            ("môi trường thế giới", 6, 5),
            ("hội đại đoàn kết toàn dân tộc", 11, 18),
            ("biên phòng toàn dân", 3, 3),
            ("sách và văn hóa đọc việt nam", 4, 21),
            ("quốc tế người cao tuổi", 10, 1),
            ("người cao tuổi việt nam", 6, 6),
            ("khoa học và công nghệ việt nam", 5, 18),
            ("thể thao việt nam", 3, 27),
            ("dân số thế giới", 7, 11),
            ("văn hóa các dân tộc việt nam", 4, 19),
            ("di sản văn hóa việt nam", 11, 23),
            ("chuyển đổi số quốc gia", 10, 10),
        ];
        static KEYS: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&DAYS.map(|(name, _, _)| name)));
        let n = KEYS
            .iter()
            .position(|p| self.phrase_at(i, std::slice::from_ref(p)))?;
        let (_, month, day) = DAYS[n];
        let after = i + KEYS[n].len();
        // (Not in apposition after a dash, no range's end: `ngày 19/4 - Ngày Văn hóa các dân
        // tộc Việt Nam`.)
        if i >= 3
            && self.unit(i - 2).is_some_and(|u| u.is_dash())
            && self
                .unit(i - 3)
                .is_some_and(|u| u.kind == TokenKind::Number)
        {
            return None;
        }
        // (Its name whole, no date after it: `Ngày Quốc tế Phụ nữ 8/3` is its date's; nor
        // after a count of years, an anniversary of the day's founding: `kỷ niệm 114 năm
        // Ngày Quốc tế Phụ nữ`.)
        if self.unit(after).is_some_and(|u| {
            u.gap == Gap::Space
                && (u.capitalized() || u.kind == TokenKind::Number)
                && u.word != Word::Nam
                && self.year_at(after).is_none()
        }) || self.dated_after(after)
            || (i >= 2 && self.w(i - 2) == Word::Nam)
        {
            return None;
        }
        let (end, year) = self.feast_year(after);
        Some((end, Part::Solar(Date::Day { year, month, day })))
    }

    /// `Giáng sinh` at `j` (Christmas, `Lễ Giáng sinh`, `dịp Giáng sinh 2024`): 25/12, or
    /// 24/12 for its eve (`đêm Giáng sinh`); its year after it as after `Tết`. Not with its
    /// date after it (`Giáng sinh 25/12` is that date's), nor a given name (`Trần Giáng
    /// Sinh`).
    #[cold]
    fn christmas(&self, j: usize) -> Option<(usize, Part)> {
        let after = j + 2;
        // (Not a given name, both words capitalized after a surname: `Trần Giáng Sinh`.)
        let name = self.unit(j + 1).is_some_and(Unit::capitalized)
            && j > 0
            && self.unit(j - 1).is_some_and(|p| {
                p.capitalized()
                    && !matches!(
                        crate::normalize::fold_lower(p.text).as_str(),
                        "le" | "dem" | "mua" | "dip"
                    )
            });
        if name
            || self.dated_after(after)
            || self.unit(after).is_some_and(|u| {
                u.gap == Gap::Space && u.kind == TokenKind::Number && self.year_at(after).is_none()
            })
        {
            return None;
        }
        let day = if j > 0 && self.w(j - 1) == Word::Dem {
            24
        } else {
            25
        };
        let (end, year) = self.feast_year(after);
        Some((
            end,
            Part::Solar(Date::Day {
                year,
                month: 12,
                day,
            }),
        ))
    }

    /// Whether a feast's name ending at `i` has its date in brackets after it: `Giỗ Tổ Hùng
    /// Vương (10/3 âm lịch)`, read by that date.
    fn dated_after(&self, i: usize) -> bool {
        self.is(i, "(")
            && self.unit(i + 1).is_some_and(|u| {
                u.kind == TokenKind::Number || u.word == Word::Ngay || u.word == Word::Mung
            })
    }

    /// After `Giỗ`: `Tổ Hùng Vương [năm 2024]`, the Hùng Kings' commemoration, 10/3 lunar
    /// (`Giỗ Tổ Hùng Vương năm Giáp Thìn`: a year by its name as after `Tết`).
    #[cold]
    fn hung_kings(&self, i: usize) -> Option<(usize, Part)> {
        static HUNG_KINGS: LazyLock<Vec<Vec<u32>>> =
            LazyLock::new(|| phrase_keys(&["tổ hùng vương"]));
        if !self.phrase_at(i, &HUNG_KINGS) || !self.unit(i + 1).is_some_and(Unit::capitalized) {
            return None;
        }
        if self.dated_after(i + 3) {
            return None;
        }
        let (end, year) = self.feast_year(i + 3);
        let (end, year) = self.or_year_name(end, year);
        Some((
            end,
            Part::Lunar(Date::Day {
                year,
                month: 3,
                day: 10,
            }),
        ))
    }

    /// With no `year` found before `end`, `năm` and a lunar year by its name there (`rằm
    /// tháng Giêng năm Ất Tỵ`): the one nearest the reference date (with none, no year).
    fn or_year_name(&self, end: usize, year: Option<i32>) -> (usize, Option<i32>) {
        if year.is_none()
            && self.w(end) == Word::Nam
            && let Some((e, y)) = self.lunar_year_name(end)
        {
            return (e, y);
        }
        (end, year)
    }

    /// After `rằm`: `tháng Giêng`, `tháng 7`, `tháng Bảy [năm 2020]`: day 15 of a lunar
    /// month.
    fn ram(&self, i: usize) -> Option<(usize, Part)> {
        if self.w(i) != Word::Thang {
            return None;
        }
        let (end, m, _) = self.month_number(i + 1)?;
        let (end, year) = self.year_suffix(end);
        let (end, year) = self.or_year_name(end, year);
        Some((
            end,
            Part::Lunar(Date::Day {
                year,
                month: m,
                day: 15,
            }),
        ))
    }

    /// Relative expressions, resolved against the reference date (none without one).
    fn relative(&self, i: usize) -> Option<(usize, DateValue)> {
        let r = self.reference?;
        // The unit of a rate is no date: `8,5%/năm sau thời gian ưu đãi`, `5 triệu
        // đồng/tháng tới đây`.
        if i > 0 && self.is(i - 1, "/") && self.touching(i) {
            return None;
        }
        let today = r.jdn();
        let day = |offset: i32| {
            CalendarDate::from_jdn(today + offset)
                .map(|d| DateValue::solar(Period::point(d.as_date())))
        };
        let (w0, w1) = (self.w(i), self.w(i + 1));
        // `ngày hôm nay`, `ngày hôm qua`: the day of `hôm nay`, `hôm qua`.
        if w0 == Word::Ngay && w1 == Word::Hom {
            return self.relative(i + 1);
        }
        // `bữa nay`, `bữa qua` (southern speech).
        if w0 == Word::Bua {
            return match w1 {
                Word::Nay => Some((i + 2, day(0)?)),
                Word::Qua => Some((i + 2, day(-1)?)),
                _ => None,
            };
        }
        // `cách đây 2 ngày`: so many days (weeks, months, years) before the reference date.
        if w0 == Word::Cach && w1 == Word::Day {
            let (n, k) = self.count(i + 2)?;
            return Some((k + 1, self.shifted(r, self.w(k), -n)?));
        }
        // `3 ngày tới`, `2 tháng qua`, `5 năm vừa qua`, `2 ngày trước`, `3 ngày nữa`.
        // (Not the end of a range of counts, which names no one period: `Từ 3 - 5 ngày tới`.)
        let range_end = i >= 2
            && self.unit(i - 1).is_some_and(Unit::is_dash)
            && self
                .unit(i - 2)
                .is_some_and(|x| x.kind == TokenKind::Number);
        if !range_end
            && let Some((n, k)) = self.count(i)
            && let Some(found) = self.counted(r, i, n, k)
        {
            return Some(found);
        }
        // A weekday of a relative week: `thứ Hai tuần trước`, `thứ 6 của tuần này`; the next
        // or the last such weekday: `thứ Ba tới`, `thứ Ba vừa qua`.
        if let Some(wd) = self.weekday_number(i) {
            let k = self.weekday(i)?;
            let week = if self.w(k) == Word::Cua { k + 1 } else { k };
            if self.w(week) == Word::Tuan
                && let Some((weeks, end)) = self.direction(week + 1)
            {
                let monday = today - weekday_index(today) + 7 * weeks;
                return Some((end, day(monday - today + i32::from(wd) - 1)?));
            }
            // (Not the ordinal: `lần thứ hai tới đây`, `đứng thứ ba`.)
            if !self.time_cue_before(i) {
                return None;
            }
            let (dir, end) = self.direction(k)?;
            let (target, t) = (i32::from(wd) - 1, weekday_index(today));
            let offset = match (dir, self.w(k)) {
                (1, Word::Toi | Word::Sap) => {
                    let ahead = (target - t).rem_euclid(7);
                    if ahead == 0 { 7 } else { ahead }
                }
                (-1, Word::Vua) => {
                    let back = (t - target).rem_euclid(7);
                    -(if back == 0 { 7 } else { back })
                }
                (0, _) => target - t,
                _ => return None,
            };
            return Some((end, day(offset)?));
        }
        // `sáng nay`, `tối qua`, `chiều mai`; `chiều hôm qua`, `sáng hôm nay`, `tối ngày
        // mai`.
        if self.part_of_day(i).is_some() && !matches!(w0, Word::Rang) {
            if matches!(w1, Word::Hom | Word::Ngay) && w0 != Word::Hom {
                return self.relative(i + 1).filter(|(e, _)| *e == i + 3);
            }
            return match w1 {
                Word::Nay => Some((i + 2, day(0)?)),
                Word::Qua => Some((i + 2, day(-1)?)),
                Word::Mai => Some((i + 2, day(1)?)),
                _ => None,
            };
        }
        let j = self.position(i);
        let (a, b) = (self.w(j), self.w(j + 1));
        // `từ đầu năm (đến nay)`, `so với đầu năm`: the start of this year, news's way of
        // counting from it (not the rules of a law: `đến cuối năm`, `đầu năm sau`).
        if w0 == Word::Dau
            && j == i + 1
            && a == Word::Nam
            && self.unit(j + 1).is_none_or(|x| x.kind != TokenKind::Number)
            && self.direction(j + 1).is_none()
            && !matches!(b, Word::Nay | Word::Ngoai | Word::Hoc | Word::Tai)
            && ((b == Word::Den && self.w(j + 2) == Word::Nay)
                || (i >= 1 && self.w(i - 1) == Word::Tu)
                || (i >= 2 && self.w(i - 2) == Word::So2 && self.w(i - 1) == Word::Voi))
        {
            let v = DateValue::solar(Period::point(Date::Year { year: r.year() }));
            return Some((j + 1, v));
        }
        // `vài tháng qua`, `những năm qua`, `2 tháng qua` (read from the count): not one month.
        if matches!(a, Word::Tuan | Word::Thang | Word::Nam | Word::Quy)
            && j == i
            && i > 0
            && self.counted_before(i)
        {
            return None;
        }
        let (shift, end) = match (a, b) {
            (Word::Nam, Word::Nay) | (Word::Quy, Word::Nay) => (0, j + 2),
            (Word::Nam, Word::Ngoai) => (-1, j + 2),
            _ => self.direction(j + 1).unwrap_or((0, 0)),
        };
        if end > 0 && matches!(a, Word::Nam | Word::Quy) {
            let v = match a {
                Word::Nam => DateValue::solar(Period::point(Date::Year {
                    year: r.year() + shift,
                })),
                _ => {
                    let q = r.year() * 4 + (i32::from(r.month()) - 1) / 3 + shift;
                    DateValue::solar(Period::point(Date::Quarter {
                        year: Some(q.div_euclid(4)),
                        quarter: q.rem_euclid(4) as u8 + 1,
                    }))
                }
            };
            return Some((end, v));
        }
        let v = match (a, b) {
            (Word::Hom, Word::Nay) if j == i => day(0)?,
            (Word::Hom, Word::Qua) if j == i => day(-1)?,
            (Word::Hom, Word::Kia) if j == i => day(-2)?,
            (Word::Ngay, Word::Mai) if j == i => day(1)?,
            (Word::Ngay, Word::Kia) if j == i => day(2)?,
            // `cuối tuần này`, `cuối tuần qua`: the weekend, Saturday and Sunday.
            (Word::Tuan, _) if end > 0 && j > i && self.w(i) == Word::Cuoi => {
                let saturday = 5 - weekday_index(today) + 7 * shift;
                let d = |n: i32| CalendarDate::from_jdn(today + n).map(|d| d.as_date());
                let p = Period::range(d(saturday)?, d(saturday + 1)?)?;
                return Some((end, DateValue::solar(p)));
            }
            (Word::Tuan | Word::Thang, _) if end > 0 => {
                return Some((end, self.shifted(r, a, shift)?));
            }
            _ => return None,
        };
        Some((j + 2, v))
    }

    /// The reference date's week, month or year (`unit`), moved by `n` of them; a day moved
    /// by `n` days.
    fn shifted(&self, r: CalendarDate, unit: Word, n: i32) -> Option<DateValue> {
        self.span_of_units(r, unit, n, n)
    }

    /// Units `a..=b` of `unit` from the reference date's (0 is its own day, week, month or
    /// year): a point when `a == b`, else a period.
    fn span_of_units(&self, r: CalendarDate, unit: Word, a: i32, b: i32) -> Option<DateValue> {
        let today = r.jdn();
        let day = |n: i32| CalendarDate::from_jdn(today + n).map(|d| d.as_date());
        let month = |n: i32| {
            let total = r.year() * 12 + i32::from(r.month()) - 1 + n;
            Date::month(Some(total.div_euclid(12)), total.rem_euclid(12) as u8 + 1)
        };
        let (s, e) = match unit {
            Word::Ngay => (day(a)?, day(b)?),
            Word::Tuan => {
                let monday = -weekday_index(today);
                (day(monday + 7 * a)?, day(monday + 7 * b + 6)?)
            }
            Word::Thang => (month(a)?, month(b)?),
            Word::Nam => (
                Date::Year { year: r.year() + a },
                Date::Year { year: r.year() + b },
            ),
            _ => return None,
        };
        Some(DateValue::solar(if s == e {
            Period::point(s)
        } else {
            Period::range(s, e)?
        }))
    }

    /// `3 ngày tới`, `3 tháng tiếp theo`: the next `n` days (weeks, months, years) after the
    /// reference date's; `2 năm qua`, `2 ngày vừa rồi`: the `n` before it; `2 ngày trước`:
    /// the one `n` before it; `3 ngày nữa`: the one `n` after it. `start` is the count's
    /// first unit, `k` the unit word after it.
    fn counted(
        &self,
        r: CalendarDate,
        start: usize,
        n: i32,
        k: usize,
    ) -> Option<(usize, DateValue)> {
        let unit = self.w(k);
        if !matches!(unit, Word::Ngay | Word::Tuan | Word::Thang | Word::Nam) {
            return None;
        }
        // `3 ngày nữa`, `5 năm nữa`: that day (year) after the reference date; not an amount
        // of time added or spent (`thêm 3 ngày nữa`, `mất 2 tháng nữa`).
        // `trong 5 năm nữa`: the next five years, as `5 năm tới`.
        if self.w(k + 1) == Word::Nua3 {
            let before = start.checked_sub(1).and_then(|b| self.unit(b)?.key);
            if before.is_some() && before == *TRONG {
                return Some((k + 2, self.span_of_units(r, unit, 1, n)?));
            }
            let spent = before.is_some() && SPENT.contains(&before);
            return (!spent).then(|| Some((k + 2, self.shifted(r, unit, n)?)))?;
        }
        let (dir, end) = self.direction(k + 1)?;
        let v = match (dir, self.w(k + 1)) {
            // `2 ngày trước` alone (not `3 ngày trước Tết`, `trước khi`): that day.
            (-1, Word::Truoc) => {
                let alone = self
                    .unit(end)
                    .is_none_or(|x| x.kind == TokenKind::Punctuation || x.gap == Gap::Line);
                if !alone {
                    return None;
                }
                self.shifted(r, unit, -n)?
            }
            (-1, Word::Qua | Word::Vua) => self.span_of_units(r, unit, -n, -1)?,
            (1, Word::Toi | Word::Sap | Word::Tiep) | (1, Word::DocFirst) => {
                self.span_of_units(r, unit, 1, n)?
            }
            _ => return None,
        };
        Some((end, v))
    }

    /// A count before a unit word at `i`: digits (`3`) or number words (`ba`, `mười hai`),
    /// 1 to 999; the count and the index after it.
    fn count(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(n) = self.int(i) {
            let n = i32::try_from(n).ok().filter(|n| (1..1000).contains(n))?;
            return Some((n, i + 1));
        }
        let (d, end) = super::number::spelled(self.u, i)?;
        let v = i32::try_from(d.as_integer()?).ok()?;
        (1..1000).contains(&v).then_some((v, end))
    }

    /// Whether the unit word at `i` is counted or quantified (`2 tháng qua`, `vài năm qua`,
    /// `những năm qua`, `hàng tháng`): then it is no single week, month or year.
    fn counted_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1).and_then(|k| self.unit(k)) else {
            return false;
        };
        p.kind == TokenKind::Number
            || words::month_word(p.word).is_some()
            || matches!(
                p.word,
                Word::Mot | Word::Muoi | Word::Muoi2 | Word::Lam | Word::Mot2
            )
            || p.key.is_some_and(|k| QUANTIFIERS.get(k).is_some())
    }

    /// A word that places a time relative to the reference date, at `k`: `này`, `hiện tại`
    /// (0); `trước`, `qua`, `rồi`, `vừa qua`, `vừa rồi` (−1); `sau`, `tới`, `sắp tới`, `tiếp`,
    /// `tiếp theo`, `kế tiếp` (+1). The shift and the index after it; none before `đó` or
    /// `khi`, which place it relative to another time (`năm sau đó`, `tháng trước khi`), or
    /// before a number (`tới 7 năm`: a range).
    fn direction(&self, k: usize) -> Option<(i32, usize)> {
        let (d, end) = match (self.w(k), self.w(k + 1)) {
            (Word::Nay2, _) => (0, k + 1),
            (Word::Hien, Word::Tai) => (0, k + 2),
            (Word::Truoc | Word::Qua | Word::Roi, _) => (-1, k + 1),
            (Word::Vua, Word::Qua | Word::Roi) => (-1, k + 2),
            (Word::Sau | Word::Toi, _) => (1, k + 1),
            (Word::Sap, Word::Toi) | (Word::Tiep, Word::Theo) => (1, k + 2),
            // (`tiếp` alone, not the first syllable of a word: `tháng 11 tiếp tục tăng`,
            // `tiếp đà`.)
            (Word::Tiep, _)
                if !self.unit(k + 1).is_some_and(|x| {
                    x.key.is_some() && x.gap == Gap::Space && (!x.capitalized() || x.all_caps())
                }) =>
            {
                (1, k + 1)
            }
            (Word::DocFirst, Word::Tiep) if self.unit(k).and_then(|u| u.key) == *KE => (1, k + 2),
            _ => return None,
        };
        let next = self.unit(end);
        let relative_to_other = matches!(self.w(end), Word::Do3 | Word::Khi)
            || next.is_some_and(|x| x.kind == TokenKind::Number)
            // `báo cáo năm trước ngày 31 tháng 01`: the annual report, before a date.
            || (matches!(self.w(end - 1), Word::Truoc | Word::Sau)
                && matches!(self.w(end), Word::Ngay | Word::Thang | Word::Quy | Word::Nam)
                && self
                    .unit(end + 1)
                    .is_some_and(|x| x.kind == TokenKind::Number))
            || (self.w(end - 1) == Word::Qua
                && next.is_some_and(|x| x.key.is_some_and(|k| QUA_VERB.get(k).is_some())))
            || (d == 1 && self.count(end).is_some())
            // `từ thứ Hai tới thứ Sáu`: the other end of a range of weekdays, not `next`.
            || (matches!(self.w(end - 1), Word::Toi | Word::Sau) && self.weekday_number(end).is_some())
            // `tuần trước Tết`, `tháng sau Tết`, `năm trước đại dịch`: before or after an
            // event (a name, or a season or break), not the last or the next.
            || (matches!(self.w(end - 1), Word::Truoc | Word::Sau)
                && next.is_some_and(|x| x.gap == Gap::Space)
                && (self.w(end) == Word::Tet || self.event_at(end)))
            // `năm trước liền kề`, `năm sau liền kề`: the year next to whatever year a rule
            // of law applies to, not to today.
            || (matches!(self.w(end - 1), Word::Truoc | Word::Sau)
                && next.is_some_and(|x| x.key.is_some() && x.key == *LIEN)
                && self.unit(end + 1).is_some_and(|x| x.key.is_some() && x.key == *KE2));
        (!relative_to_other).then_some((d, end))
    }

    /// A day without its year ending at `end`, then, with a reference date, its year named
    /// from today: `12/11 năm ngoái`, `ngày 12/11 năm nay`, or the next or the last such day,
    /// `ngày 25/12 tới`, `ngày 12/11 vừa qua`. Anything else as it is.
    fn day_of_year_named(&self, end: usize, p: Part) -> (usize, Part) {
        let (
            Some(r),
            Part::Solar(Date::Day {
                year: None,
                month,
                day,
            }),
        ) = (self.reference, p)
        else {
            return (end, p);
        };
        if self.w(end) == Word::Nam
            && let Some((e, y)) = self.year_after_nam(end + 1)
            && let Some(d) = Date::day(Some(y), month, day)
        {
            return (e, Part::Solar(d));
        }
        let Some((dir, e)) = self.near_direction(end) else {
            return (end, p);
        };
        let (md, today) = ((month, day), (r.month(), r.day()));
        let y = r.year();
        // (Today is past already, not to come: `sáng 20/11 vừa qua` on 20 November.)
        let year = match dir {
            1 if md > today => y,
            1 => y + 1,
            _ if md <= today => y,
            _ => y - 1,
        };
        match Date::day(Some(year), month, day) {
            Some(d) => (e, Part::Solar(d)),
            None => (end, p),
        }
    }

    /// `tới`, `sắp tới` (1) or `vừa qua`, `vừa rồi` (-1) at `k`, after a named day or
    /// quarter: the index after it (not the prepositions `trước`, `sau`, `qua`).
    fn near_direction(&self, k: usize) -> Option<(i32, usize)> {
        match (self.w(k), self.w(k + 1)) {
            (Word::Vua, Word::Qua | Word::Roi) => Some((-1, k + 2)),
            (Word::Sap, Word::Toi) => Some((1, k + 2)),
            (Word::Toi, _) if self.unit(k + 1).is_none_or(|x| x.kind != TokenKind::Number) => {
                Some((1, k + 1))
            }
            _ => None,
        }
    }

    /// Whether what stands before a weekday at `i` makes it a day (`vào thứ Ba tới`, a
    /// sentence's start, a comma), not an ordinal (`lần thứ hai`, `đứng thứ ba`).
    fn time_cue_before(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(1).and_then(|k| self.unit(k)) else {
            return true;
        };
        p.kind == TokenKind::Punctuation
            || matches!(
                p.word,
                Word::Vao
                    | Word::Hom
                    | Word::Ngay
                    | Word::Sang
                    | Word::Trua
                    | Word::Chieu
                    | Word::Toi2
                    | Word::Dem
                    | Word::Khuya
                    | Word::Tu
                    | Word::Den
                    | Word::Toi
                    | Word::Truoc
                    | Word::Sau
                    | Word::Trong
            )
    }
}

/// Words that quantify a unit word: `vài tháng qua`, `những năm qua`, `mỗi tháng`.
static QUANTIFIERS: LazyLock<words::KeyMap<()>> = LazyLock::new(|| {
    let list: Vec<(&str, ())> = [
        "vài", "mấy", "những", "các", "nhiều", "mỗi", "hàng", "hằng", "từng", "bao", "nửa", "chục",
        "trăm", "nghìn", "ngàn",
    ]
    .into_iter()
    .map(|s| (s, ()))
    .collect();
    words::KeyMap::new(&words::keyed(&list))
});

/// Verbs after `qua` that make it the verb `to pass`: `năm tháng qua đi`, `qua lại`.
static QUA_VERB: LazyLock<words::KeyMap<()>> = LazyLock::new(|| {
    let list: Vec<(&str, ())> = ["đi", "lại", "được", "khỏi"]
        .into_iter()
        .map(|s| (s, ()))
        .collect();
    words::KeyMap::new(&words::keyed(&list))
});

/// The nouns that announce an event's name, as pairs of syllable keys (the second `None` for
/// one syllable): `chương trình Tình nguyện mùa đông 2026`, `giải Vô địch quốc gia 2025`.
static EVENT_NOUNS: LazyLock<Vec<(u32, Option<u32>)>> = LazyLock::new(|| {
    let nouns = [
        "chương trình",
        "chiến dịch",
        "cuộc thi",
        "hội thi",
        "lễ hội",
        "ngày hội",
        "hội chợ",
        "liên hoan",
        "hội diễn",
        // (`Cúp Quốc gia 2025`.)
        "cúp",
        "diễn đàn",
        // (`Hội nghị Gạo thế giới 2023`, `Hội thảo Khoa học quốc tế 2024`.)
        "hội nghị",
        "hội thảo",
        "tuần lễ",
        "giải",
        // (`Giải thưởng Văn học tuổi trẻ 2024`.)
        "giải thưởng",
        // (`Giải vô địch Điền kinh quốc gia 2024`: the championship's name after it.)
        "vô địch",
        "hội thao",
        "hội khỏe",
        // `Kỳ thi THPT quốc gia 2019`, `Kỳ thi đánh giá năng lực 2026`.
        "kỳ thi",
        "kì thi",
        // Surveys and censuses by their year: `Tổng điều tra dân số và nhà ở 2019` (its
        // first two words), `Điều tra lao động việc làm 2023`, `Khảo sát mức sống dân cư
        // 2022`, `Tổng kiểm kê đất đai 2024`.
        "tổng điều",
        "điều tra",
        "khảo sát",
        "kiểm kê",
        "tổng kiểm",
        // Laws by their year (`Luật Đất đai 2024`, `Bộ luật Lao động 2019`, `Hiến pháp 2013`).
        "luật",
        "hiến pháp",
        // Charters, declarations and treaties by their year (`Tuyên ngôn Độc lập 1945`,
        // `Hiệp định thương mại tự do 2019`).
        "tuyên ngôn",
        "hiệp định",
        "công ước",
        "hiến chương",
        // `Năm Du lịch quốc gia 2026`, `năm tài chính 2026`.
        "năm",
        // A season by its year: `Mùa khô 2025`, `Mùa mưa bão 2024`; summer alone, `hè 2024`,
        // as schools name their holidays (`khóa học bơi miễn phí hè 2025`).
        "mùa",
        "hè",
        // `Đêm Doanh nhân 2024`, `Đêm nhạc Trịnh 2025`.
        "đêm",
    ];
    words::phrase_keys(&nouns)
});

/// Verbs and function words after which a number in an event's name is a count (`Kỳ thi có
/// 2026 thí sinh`, `Cuộc thi thu hút 2000 thí sinh`; not `thu`: `lúa Hè Thu 2017`).
static COUNTING_VERBS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    words::phrase_keys(&[
        "có", "gồm", "với", "được", "là", "đã", "của", "tại", "hút", "đón", "đạt", "nhận",
    ])
    .into_iter()
    .map(|(k, _)| k)
    .collect()
});

/// Nouns counted by an ordinal after them (`kỳ họp thứ 7`, `lần thứ 5`, `năm thứ 3`): `thứ`
/// after them is no weekday.
static ORDINAL_NOUNS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    words::phrase_keys(&[
        "lần", "họp", "phiên", "đợt", "khóa", "khoá", "vòng", "giải", "tập", "hạng", "lớp", "năm",
        "tuần", "tháng", "kỳ", "kì", "hội", "thi", "bậc", "chặng", "trận", "lượt",
        // (`mùa thứ tư năm 2024`, a prize's fourth season; `phần thứ ba`, `tầng thứ năm`.)
        "mùa", "phần", "tầng", "chương", "đời",
    ])
    .into_iter()
    .map(|(k, _)| k)
    .collect()
});

/// The key of `thường` (`thường niên`, annual).
static THUONG: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("thường").ok().map(|s| s.key()));

/// The key of `lần` (`lần đầu năm 2026`: the first time).
static LAN: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("lần").ok().map(|s| s.key()));

/// The key of `kế` (`năm kế tiếp`), which the word list reads as the start of `Kế hoạch`.
/// The keys of `liền` and `kề` (`năm trước liền kề`, the year just before).
static LIEN: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("liền").ok().map(|s| s.key()));
static KE2: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("kề").ok().map(|s| s.key()));

/// The keys of the words before an amount of time added or spent, not a date: `thêm 3 ngày
/// nữa`, `mất 2 tháng nữa`, `kéo dài 3 ngày nữa`.
static SPENT: LazyLock<[Option<u32>; 4]> = LazyLock::new(|| {
    ["thêm", "mất", "dài", "kéo"].map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
});

/// The key of `trong` (within: `trong 5 năm nữa`, the next five years).
static TRONG: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("trong").ok().map(|s| s.key()));

/// The key of `lúc` (at a time: `9 Tháng 1 2015 lúc 15:08`).
static LUC: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("lúc").ok().map(|s| s.key()));

static KE: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("kế").ok().map(|s| s.key()));

/// The key of `quyết` (`Nghị quyết`), which the word list reads as the start of `Quyết định`.
static QUYET: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("quyết").ok().map(|s| s.key()));
static DAN: LazyLock<Option<u32>> =
    LazyLock::new(|| crate::Syllable::parse("dân").ok().map(|s| s.key()));

/// Whether `t` is a clock time written with a colon: `03:54`, `15:08`.
fn clock_text(t: &str) -> bool {
    t.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
            && h.parse::<u8>().is_ok_and(|h| h <= 24)
    })
}

/// Whether a date may start at this unit: a numeral, a word that opens a date, `CN`, or a
/// number word (`ba tháng tới`). Sentences with none are not read at all.
#[inline]
pub(crate) fn may_start(u: &Unit<'_>) -> bool {
    u.kind == TokenKind::Number
        || (u.kind == TokenKind::Code
            && (month_or_quarter_code(u.text).is_some() || birth_code(u.text).is_some()))
        || starts_date(u.word)
        || matches!(
            u.word,
            Word::Bua
                | Word::Cach
                | Word::The
                | Word::Khoa
                | Word::Mot
                | Word::Hai
                | Word::Ba
                | Word::Bon
                | Word::Tu4
                | Word::Sau6
                | Word::Bay
                | Word::Tam
                | Word::Chin
                | Word::Muoi
        )
        || u.is("CN")
}

/// Whether a date expression may start with this word: a calendar noun, a word that places
/// a date (`sáng`, `thứ`, `đầu`), `từ`, a lunar word, a period word.
fn starts_date(w: Word) -> bool {
    matches!(
        w,
        Word::Ngay
            | Word::Thang
            | Word::Nam
            | Word::Quy
            | Word::Tuan
            | Word::Hom
            | Word::Thu
            | Word::Chu
            | Word::Chua2
            | Word::Nua
            | Word::Sang
            | Word::Trua
            | Word::Chieu
            | Word::Toi2
            | Word::Dem
            | Word::Rang
            | Word::Khuya
            | Word::Dau
            | Word::Giua
            | Word::Cuoi
            | Word::Thuong
            | Word::Trung
            | Word::Ha
            | Word::Tu
            | Word::Mung
            | Word::Mong
            | Word::Ram
            | Word::Tet
            | Word::Gio
            | Word::Giang
            | Word::Giao
            | Word::Nhiem
            | Word::Giai
            | Word::Nien
            | Word::Thoi
    )
}

/// Monday 0 … Sunday 6 of a Julian day number.
fn weekday_index(jdn: i32) -> i32 {
    jdn.rem_euclid(7)
}

/// `T3/2020` (March 2020), `Q4/2021` (its fourth quarter), `H1/2026` (its first half), as
/// financial news writes them.
fn month_or_quarter_code(s: &str) -> Option<Date> {
    let (head, year) = s.split_once(['/', '-', '.'])?;
    let mut c = head.chars();
    let kind = c.next()?;
    let n: u8 = c.as_str().parse().ok().filter(|_| c.as_str().len() <= 2)?;
    let year: i32 = year
        .parse()
        .ok()
        .filter(|&y| plausible_year(y) && year.len() == 4)?;
    match kind {
        'T' | 't' => Date::month(Some(year), n),
        'Q' | 'q' if (1..=4).contains(&n) => Some(Date::Quarter {
            year: Some(year),
            quarter: n,
        }),
        // `H1/2026`: a half year, as reports of listed companies write it.
        'H' if (1..=2).contains(&n) => Some(Date::Half {
            year: Some(year),
            half: n,
        }),
        _ => None,
    }
}

/// `SN1985` (born in 1985, the space lost): the year.
fn birth_code(s: &str) -> Option<Date> {
    let digits = s
        .get(..2)
        .filter(|h| h.eq_ignore_ascii_case("SN"))
        .and(s.get(2..))?;
    let year: i32 = digits.parse().ok().filter(|_| digits.len() == 4)?;
    plausible_year(year).then_some(Date::Year { year })
}

/// `15/3-20/3/2021`: the two days, the first in the year before when its month comes later
/// (`20/12-5/1/2021`).
fn dm_dm(d1: u8, m1: u8, d2: u8, m2: u8, year: Option<i32>) -> Option<Part> {
    let y1 = match year {
        Some(y) if m1 > m2 => Some(y - 1),
        y => y,
    };
    let (a, b) = (Date::day(y1, m1, d1)?, Date::day(year, m2, d2)?);
    Period::range(a, b)?;
    Some(Part::Range(a, b))
}

/// The first (`first`) or last N months of a year: a half when N is 6, a quarter when 3,
/// else a range of months.
fn half_or_months(n: u8, first: bool, year: Option<i32>) -> Option<Part> {
    Some(match (n, first) {
        (6, _) => Part::Solar(Date::Half {
            year,
            half: if first { 1 } else { 2 },
        }),
        (12, _) => match year {
            Some(y) => Part::Solar(Date::Year { year: y }),
            None => return None,
        },
        (1, true) => Part::Solar(Date::Month { year, month: 1 }),
        (1, false) => Part::Solar(Date::Month { year, month: 12 }),
        (n, true) => Part::Range(
            Date::Month { year, month: 1 },
            Date::Month { year, month: n },
        ),
        (n, false) => Part::Range(
            Date::Month {
                year,
                month: 13 - n,
            },
            Date::Month { year, month: 12 },
        ),
    })
}

/// The value of a lunar date (with its Gregorian date when the year is known).
fn lunar_value(d: Date, _end: Option<Date>) -> Option<DateValue> {
    match d {
        Date::Day { year, month, day } => DateValue::lunar_day(year, month, day),
        Date::Month { .. } => Some(DateValue {
            gregorian: None,
            lunar: Some(Period::point(d)),
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        let n = |s| numeral(s, None);
        assert_eq!(n("06/01/2019"), Some(Num::Dmy(6, 1, 2019)));
        assert_eq!(n("4.1.2017"), Some(Num::Dmy(4, 1, 2017)));
        assert_eq!(n("6-1-2019"), Some(Num::Dmy(6, 1, 2019)));
        assert_eq!(n("3/9/91"), Some(Num::Dmy(3, 9, 1991)));
        assert_eq!(n("3/3/17"), Some(Num::Dmy(3, 3, 2017)));
        assert_eq!(n("15/3"), Some(Num::Dm(15, 3, b'/')));
        assert_eq!(n("3/2020"), Some(Num::My(3, 2020)));
        assert_eq!(n("7.2017"), Some(Num::My(7, 2017)));
        assert_eq!(n("27-28/02/2000"), Some(Num::Ddmy(27, 28, 2, Some(2000))));
        assert_eq!(n("2019-2020"), Some(Num::Yy(2019, 2020)));
        assert_eq!(n("2019-20"), Some(Num::Yy(2019, 2020)));
        assert_eq!(n("1999/00"), Some(Num::Yy(1999, 2000)));
        assert_eq!(n("2019-21"), None);
        assert_eq!(n("2019.20"), None);
        assert_eq!(n("2019-01-30"), Some(Num::Dmy(30, 1, 2019)));
        assert_eq!(n("2019-13-30"), None);
        assert_eq!(
            n("15/3-20/3/2021"),
            Some(Num::DmDm(15, 3, 20, 3, Some(2021)))
        );
        assert_eq!(n("15/3-20/3"), Some(Num::DmDm(15, 3, 20, 3, None)));
        let day = |y, m, d| Date::day(Some(y), m, d).unwrap();
        assert_eq!(
            n("10/10/1954-10/10/2026"),
            Some(Num::Span(day(1954, 10, 10), day(2026, 10, 10)))
        );
        assert_eq!(
            n("27.7.1947-27.7.2017"),
            Some(Num::Span(day(1947, 7, 27), day(2017, 7, 27)))
        );
        let month = |y, m| Date::month(Some(y), m).unwrap();
        assert_eq!(
            n("9/1997-11/2002"),
            Some(Num::Span(month(1997, 9), month(2002, 11)))
        );
        // A month and a whole date, a month and a year, either way round.
        assert_eq!(
            n("03/2023-21/3/2024"),
            Some(Num::Span(month(2023, 3), day(2024, 3, 21)))
        );
        assert_eq!(
            n("21/3/2024-4/2025"),
            Some(Num::Span(day(2024, 3, 21), month(2025, 4)))
        );
        assert_eq!(
            n("9/2008-2014"),
            Some(Num::Span(month(2008, 9), Date::Year { year: 2014 }))
        );
        // Backwards, mixed separators, a two-digit year: no date.
        assert_eq!(n("4/2021-24/10/2020"), None);
        assert_eq!(n("9/2008-2007"), None);
        assert_eq!(n("13/2008-2014"), None);
        assert_eq!(n("10/10/2026-10/10/1954"), None);
        assert_eq!(n("10/10/1954-10.10.2026"), None);
        assert_eq!(n("10/10/54-10/10/2026"), None);
        assert_eq!(n("15/3-20/3/2021/5"), None);
        assert_eq!(n("1.2.10"), None);
        assert_eq!(n("10:20"), None);
        assert_eq!(n("34.118"), None);
        assert_eq!(n("118/77/49"), None);
        assert_eq!(n("0912.345.678"), None);
        // Two-digit years: in the hundred years up to 23 after the reference date's year.
        let r = CalendarDate::new(1960, 1, 1);
        assert_eq!(numeral("3/9/81", r), Some(Num::Dmy(3, 9, 1981)));
        assert_eq!(numeral("3/9/91", r), Some(Num::Dmy(3, 9, 1891)));
        assert_eq!(numeral("3/3/17", r), Some(Num::Dmy(3, 3, 1917)));
        let r = CalendarDate::new(2026, 12, 1);
        assert_eq!(numeral("29/3/75", r), Some(Num::Dmy(29, 3, 1975)));
        assert_eq!(numeral("1/1/50", r), Some(Num::Dmy(1, 1, 1950)));
        assert_eq!(numeral("1/1/49", r), Some(Num::Dmy(1, 1, 2049)));
    }
}

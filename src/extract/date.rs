//! Date values: a day, month, year, quarter or half, with or without its year, in the
//! Gregorian or the lunar calendar; periods from one to another; ISO 8601 text both ways.

use std::fmt;
use std::str::FromStr;

use super::lunar;

/// A date at the precision the text gives: a day, a month, a year, a quarter or a half year.
/// Without a year in the text it has none: a year is never guessed.
///
/// It prints as ISO 8601 (`2019-01-06`, `2020-03`, `2020`, `2020-Q1`, `2020-H1`; without a
/// year `--03-15`, `--12`, `--Q3`, `--H2`) and parses back from that text.
///
/// # Examples
/// ```
/// use vntext::Date;
/// let d = Date::Day { year: Some(2019), month: 1, day: 6 };
/// assert_eq!(d.to_string(), "2019-01-06");
/// assert_eq!("2020-Q1".parse::<Date>(), Ok(Date::Quarter { year: Some(2020), quarter: 1 }));
/// assert_eq!("--03-15".parse::<Date>(), Ok(Date::Day { year: None, month: 3, day: 15 }));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Date {
    /// A day: `ngày 06/01/2019`, `ngày 15/3` (no year).
    Day {
        /// The year, if the text gives it.
        year: Option<i32>,
        /// 1–12.
        month: u8,
        /// 1–31, a day the month has (29 February only in a leap year, or with no year).
        day: u8,
    },
    /// A month: `tháng 3/2020`, `tháng 12`.
    Month {
        /// The year, if the text gives it.
        year: Option<i32>,
        /// 1–12.
        month: u8,
    },
    /// A year: `năm 2020`.
    Year {
        /// The year.
        year: i32,
    },
    /// A quarter: `quý I/2020`.
    Quarter {
        /// The year, if the text gives it.
        year: Option<i32>,
        /// 1–4.
        quarter: u8,
    },
    /// A half year: `6 tháng đầu năm 2020`.
    Half {
        /// The year, if the text gives it.
        year: Option<i32>,
        /// 1 or 2.
        half: u8,
    },
}

/// How precise a [`Date`] is.
///
/// # Examples
/// ```
/// use vntext::{Date, Precision};
/// assert_eq!("2020-03".parse::<Date>().unwrap().precision(), Precision::Month);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Precision {
    /// A day.
    Day,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
}

/// Days in a month of the Gregorian calendar; February has 29 when the year is unknown.
pub(crate) fn days_in_month(year: Option<i32>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

impl Date {
    /// The day, if it exists (`31/02/2020`, `15/13/2020` do not).
    pub(crate) fn day(year: Option<i32>, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date::Day { year, month, day })
    }

    /// The month, if it exists.
    pub(crate) fn month(year: Option<i32>, month: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(Date::Month { year, month })
    }

    /// How precise the date is.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Date, Precision};
    /// assert_eq!(Date::Year { year: 2020 }.precision(), Precision::Year);
    /// ```
    #[must_use]
    pub fn precision(&self) -> Precision {
        match self {
            Date::Day { .. } => Precision::Day,
            Date::Month { .. } => Precision::Month,
            Date::Year { .. } => Precision::Year,
            Date::Quarter { .. } => Precision::Quarter,
            Date::Half { .. } => Precision::Half,
        }
    }

    /// The year, if the date has one.
    ///
    /// # Examples
    /// ```
    /// assert_eq!("2020-H1".parse::<vntext::Date>().unwrap().year(), Some(2020));
    /// assert_eq!("--12".parse::<vntext::Date>().unwrap().year(), None);
    /// ```
    #[must_use]
    pub fn year(&self) -> Option<i32> {
        match *self {
            Date::Year { year } => Some(year),
            Date::Day { year, .. }
            | Date::Month { year, .. }
            | Date::Quarter { year, .. }
            | Date::Half { year, .. } => year,
        }
    }

    /// The same date in another year (or none); a year alone stays as it is.
    pub(crate) fn with_year(self, y: Option<i32>) -> Date {
        match self {
            Date::Day { month, day, .. } => Date::Day {
                year: y,
                month,
                day,
            },
            Date::Month { month, .. } => Date::Month { year: y, month },
            Date::Quarter { quarter, .. } => Date::Quarter { year: y, quarter },
            Date::Half { half, .. } => Date::Half { year: y, half },
            Date::Year { .. } => self,
        }
    }

    /// The month, for days and months.
    pub(crate) fn month_number(&self) -> Option<u8> {
        match *self {
            Date::Day { month, .. } | Date::Month { month, .. } => Some(month),
            _ => None,
        }
    }

    /// Whether this is a possible date (Feb 29 only in leap years, months 1–12, …).
    pub(crate) fn valid(&self) -> bool {
        match *self {
            Date::Day { year, month, day } => Date::day(year, month, day).is_some(),
            Date::Month { month, .. } => (1..=12).contains(&month),
            Date::Quarter { quarter, .. } => (1..=4).contains(&quarter),
            Date::Half { half, .. } => (1..=2).contains(&half),
            Date::Year { .. } => true,
        }
    }

    /// A key that orders dates of the same year: the first day they cover.
    fn first_day(&self) -> (u8, u8) {
        match *self {
            Date::Day { month, day, .. } => (month, day),
            Date::Month { month, .. } => (month, 1),
            Date::Quarter { quarter, .. } => (quarter * 3 - 2, 1),
            Date::Half { half, .. } => (half * 6 - 5, 1),
            Date::Year { .. } => (1, 1),
        }
    }

    /// The month and day this date ends on (the 31st stands for any month's last day, as
    /// only order is asked of it).
    fn last_day(&self) -> (u8, u8) {
        match *self {
            Date::Day { month, day, .. } => (month, day),
            Date::Month { month, .. } => (month, 31),
            Date::Quarter { quarter, .. } => (quarter * 3, 31),
            Date::Half { half, .. } => (half * 6, 31),
            Date::Year { .. } => (12, 31),
        }
    }
}

/// Writes a year as ISO 8601 does: four digits at least, a sign below year 0.
fn write_year(f: &mut fmt::Formatter<'_>, year: i32) -> fmt::Result {
    if year < 0 {
        write!(f, "-{:04}", year.unsigned_abs())
    } else {
        write!(f, "{year:04}")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year() {
            Some(y) => write_year(f, y)?,
            None => f.write_str("-")?,
        }
        match *self {
            Date::Day { month, day, .. } => write!(f, "-{month:02}-{day:02}"),
            Date::Month { month, .. } => write!(f, "-{month:02}"),
            Date::Year { .. } => Ok(()),
            Date::Quarter { quarter, .. } => write!(f, "-Q{quarter}"),
            Date::Half { half, .. } => write!(f, "-H{half}"),
        }
    }
}

/// The error of parsing a [`Date`], [`Period`] or [`CalendarDate`] from text that is not one
/// of the ISO 8601 forms they print.
///
/// # Examples
/// ```
/// assert!("2020-13".parse::<vntext::Date>().is_err());
/// assert!("06/01/2019".parse::<vntext::Date>().is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseDateError;

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an ISO 8601 date such as 2019-01-06, 2020-03, 2020-Q1, --03-15")
    }
}

impl std::error::Error for ParseDateError {}

fn two_digits(s: &str) -> Option<u8> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for Date {
    type Err = ParseDateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (year, rest) = if let Some(rest) = s.strip_prefix("--") {
            (None, rest)
        } else {
            let (neg, body) = match s.strip_prefix('-') {
                Some(b) => (true, b),
                None => (false, s),
            };
            let digits = body.bytes().take_while(u8::is_ascii_digit).count();
            if digits < 4 {
                return Err(ParseDateError);
            }
            let y: i32 = body[..digits].parse().map_err(|_| ParseDateError)?;
            let y = if neg { -y } else { y };
            match body[digits..].strip_prefix('-') {
                Some(rest) => (Some(y), rest),
                None if body.len() == digits => return Ok(Date::Year { year: y }),
                None => return Err(ParseDateError),
            }
        };
        let date = if let Some(q) = rest.strip_prefix('Q') {
            Date::Quarter {
                year,
                quarter: q.parse().map_err(|_| ParseDateError)?,
            }
        } else if let Some(h) = rest.strip_prefix('H') {
            Date::Half {
                year,
                half: h.parse().map_err(|_| ParseDateError)?,
            }
        } else if let Some((m, d)) = rest.split_once('-') {
            Date::Day {
                year,
                month: two_digits(m).ok_or(ParseDateError)?,
                day: two_digits(d).ok_or(ParseDateError)?,
            }
        } else {
            Date::Month {
                year,
                month: two_digits(rest).ok_or(ParseDateError)?,
            }
        };
        if date.valid() {
            Ok(date)
        } else {
            Err(ParseDateError)
        }
    }
}

/// A date or a period from one date to another, as ISO 8601 writes it: `2020-03`,
/// `2015/2020`, `2017-01-04/2018-01-04`, `--06-26/--06-28`.
///
/// # Examples
/// ```
/// use vntext::{Date, Period};
/// let p: Period = "2020-01/2020-09".parse().unwrap();
/// assert_eq!(p.start, Date::Month { year: Some(2020), month: 1 });
/// assert_eq!(p.end, Some(Date::Month { year: Some(2020), month: 9 }));
/// assert_eq!(p.to_string(), "2020-01/2020-09");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Period {
    /// The date, or the first end of a range.
    pub start: Date,
    /// The last end of a range (`None` for a single date).
    pub end: Option<Date>,
}

impl Period {
    /// A single date.
    pub(crate) fn point(d: Date) -> Period {
        Period {
            start: d,
            end: None,
        }
    }

    /// A range, if `end` does not come before `start` (when both have a year to compare).
    pub(crate) fn range(start: Date, end: Date) -> Option<Period> {
        match (start.year(), end.year()) {
            (Some(a), Some(b)) if a > b => return None,
            // (A start inside a longer end is a range too: `từ tháng 8/2025 đến hết năm 2025`.)
            (Some(a), Some(b)) if a == b && start.first_day() > end.last_day() => return None,
            (None, None) if start.first_day() > end.last_day() => return None,
            _ => {}
        }
        Some(Period {
            start,
            end: Some(end),
        })
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) => write!(f, "{}/{}", self.start, end),
            None => write!(f, "{}", self.start),
        }
    }
}

impl FromStr for Period {
    type Err = ParseDateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once('/') {
            Some((a, b)) => Ok(Period {
                start: a.parse()?,
                end: Some(b.parse()?),
            }),
            None => Ok(Period::point(s.parse()?)),
        }
    }
}

/// What a date expression means: its Gregorian date or period and, when the text gave a
/// lunar date (`Tết Canh Tý 2020`, `rằm tháng Giêng`, `ngày 10/3 âm lịch`), the lunar date
/// as written.
///
/// A lunar date without a year has no Gregorian value (`mùng 6 tháng Giêng`: only its lunar
/// value, `--01-06`).
///
/// # Examples
/// ```
/// let d = vntext::dates("Tết Canh Tý 2020 đến sớm.").next().unwrap();
/// assert_eq!(d.value.gregorian.unwrap().to_string(), "2020-01-25");
/// assert_eq!(d.value.lunar.unwrap().to_string(), "2020-01-01");
/// assert_eq!(d.value.to_string(), "2020-01-25 (lunar 2020-01-01)");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DateValue {
    /// The Gregorian date or period; `None` only for a lunar date without a year.
    pub gregorian: Option<Period>,
    /// The lunar date or period, when the text gave one.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub lunar: Option<Period>,
}

impl DateValue {
    /// A Gregorian date or period.
    pub(crate) fn solar(p: Period) -> DateValue {
        DateValue {
            gregorian: Some(p),
            lunar: None,
        }
    }

    /// A lunar day: its Gregorian date when the year is known (and the day exists).
    pub(crate) fn lunar_day(year: Option<i32>, month: u8, day: u8) -> Option<DateValue> {
        if !(1..=12).contains(&month) || !(1..=30).contains(&day) {
            return None;
        }
        let gregorian = match year {
            // (Out of the calendar's years, `Tết Kỷ Dậu 1789`: the lunar date alone.)
            Some(y) if !(lunar::FIRST_YEAR..=lunar::LAST_YEAR).contains(&y) => None,
            Some(y) => {
                let (gy, gm, gd) = lunar::lunar_to_solar(y, month, day, false)?;
                Some(Period::point(Date::Day {
                    year: Some(gy),
                    month: gm,
                    day: gd,
                }))
            }
            None => None,
        };
        Some(DateValue {
            gregorian,
            lunar: Some(Period::point(Date::Day { year, month, day })),
        })
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.gregorian, self.lunar) {
            (Some(g), Some(l)) => write!(f, "{g} (lunar {l})"),
            (Some(g), None) => write!(f, "{g}"),
            (None, Some(l)) => write!(f, "lunar {l}"),
            (None, None) => f.write_str("?"),
        }
    }
}

/// A day of the Gregorian calendar with its year, such as the reference date that relative
/// expressions (`hôm qua`, `tuần sau`) are resolved against.
///
/// # Examples
/// ```
/// use vntext::CalendarDate;
/// let d: CalendarDate = "2020-01-06".parse().unwrap();
/// assert_eq!((d.year(), d.month(), d.day()), (2020, 1, 6));
/// assert!(CalendarDate::new(2020, 2, 30).is_none());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CalendarDate {
    year: i32,
    month: u8,
    day: u8,
}

impl CalendarDate {
    /// The date, if it exists (years 1800–2199, the range of the lunar calendar too).
    ///
    /// # Examples
    /// ```
    /// assert!(vntext::CalendarDate::new(2024, 2, 29).is_some());
    /// assert!(vntext::CalendarDate::new(2023, 2, 29).is_none());
    /// ```
    #[must_use]
    pub fn new(year: i32, month: u8, day: u8) -> Option<CalendarDate> {
        lunar::checked_jdn(year, month, day).map(|_| CalendarDate { year, month, day })
    }

    /// The year.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::CalendarDate::new(2020, 1, 6).unwrap().year(), 2020);
    /// ```
    #[must_use]
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::CalendarDate::new(2020, 1, 6).unwrap().month(), 1);
    /// ```
    #[must_use]
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::CalendarDate::new(2020, 1, 6).unwrap().day(), 6);
    /// ```
    #[must_use]
    pub fn day(&self) -> u8 {
        self.day
    }

    /// The Julian day number.
    pub(crate) fn jdn(&self) -> i32 {
        lunar::jdn(self.year, self.month, self.day)
    }

    /// The date of a Julian day number.
    pub(crate) fn from_jdn(j: i32) -> Option<CalendarDate> {
        let (y, m, d) = lunar::from_jdn(j);
        CalendarDate::new(y, m, d)
    }

    /// The day as a [`Date`].
    pub(crate) fn as_date(&self) -> Date {
        Date::Day {
            year: Some(self.year),
            month: self.month,
            day: self.day,
        }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.as_date(), f)
    }
}

impl FromStr for CalendarDate {
    type Err = ParseDateError;
    /// `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().parse::<Date>()? {
            Date::Day {
                year: Some(y),
                month,
                day,
            } => CalendarDate::new(y, month, day).ok_or(ParseDateError),
            _ => Err(ParseDateError),
        }
    }
}

#[cfg(feature = "serde")]
mod serde_impls {
    use super::{CalendarDate, Date, Period};
    use std::fmt;

    macro_rules! as_text {
        ($t:ty, $what:literal) => {
            /// As its ISO 8601 text.
            impl serde::Serialize for $t {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    s.collect_str(self)
                }
            }
            impl<'de> serde::Deserialize<'de> for $t {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    struct V;
                    impl serde::de::Visitor<'_> for V {
                        type Value = $t;
                        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                            f.write_str($what)
                        }
                        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$t, E> {
                            v.parse().map_err(E::custom)
                        }
                    }
                    d.deserialize_str(V)
                }
            }
        };
    }
    as_text!(Date, "an ISO 8601 date");
    as_text!(Period, "an ISO 8601 date or period");
    as_text!(CalendarDate, "a date YYYY-MM-DD");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_text_round_trips() {
        for s in [
            "2019-01-06",
            "2020-03",
            "2020",
            "2020-Q1",
            "2020-H1",
            "--03-15",
            "--12",
            "--Q3",
            "--H2",
            "--02-29",
            "0999",
        ] {
            let d: Date = s.parse().unwrap_or_else(|_| panic!("{s}"));
            assert_eq!(d.to_string(), s);
        }
        for s in ["2015/2020", "2017-01-04/2018-01-04", "--06-26/--06-28"] {
            let p: Period = s.parse().unwrap();
            assert_eq!(p.to_string(), s);
        }
        for bad in [
            "2019-02-29",
            "2020-13",
            "2020-Q5",
            "2020-H3",
            "--13",
            "20",
            "2020-1-6",
            "",
            "--",
            "2020/",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }

    #[test]
    fn ranges_run_forward() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert!(Period::range(d("2015"), d("2020")).is_some());
        assert!(Period::range(d("2020"), d("2015")).is_none());
        assert!(Period::range(d("2020-03"), d("2020-01")).is_none());
        assert!(Period::range(d("--06-26"), d("--06-28")).is_some());
    }
}

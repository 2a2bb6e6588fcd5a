//! Extraction of values from Vietnamese text: dates and percentages, with byte spans into the
//! caller's text and values a program can store.
//!
//! The extractors read the tokenizer's tokens one sentence at a time, each syllable by its
//! [`Syllable::key`](crate::Syllable::key), so NFD input, UPPER CASE and both tone styles
//! match without a second set of rules, and spans always point into the text as given. A
//! match never crosses a sentence.
//!
//! # Examples
//! ```
//! use vntext::{Extracted, Extractor};
//! let text = "Ngày 06/01/2019, UBND tỉnh đặt mục tiêu tăng trưởng 8,5 - 9% trong năm 2020.";
//! let found: Vec<(&str, String)> = vntext::extract(text)
//!     .map(|m| (&text[m.span.range()], m.value.to_string()))
//!     .collect();
//! assert_eq!(found, [
//!     ("Ngày 06/01/2019", "2019-01-06".to_string()),
//!     ("8,5 - 9%", "8.5–9%".to_string()),
//!     ("năm 2020", "2020".to_string()),
//! ]);
//! ```

mod date;
mod date_rules;
pub(crate) mod lunar;
mod number;
mod percent;
mod units;
mod words;

use std::collections::VecDeque;
use std::fmt;

pub use date::{CalendarDate, Date, DateValue, ParseDateError, Period, Precision};
pub use number::{Decimal, ParseDecimalError};
pub use percent::{PercentValue, Qualifier};

use crate::span::Span;
use units::Unit;

/// A value found in a text, with where it is: `&text[m.span.range()]` is the expression.
///
/// # Examples
/// ```
/// let text = "tăng 5,2% so với cùng kỳ";
/// let m = vntext::percentages(text).next().unwrap();
/// assert_eq!(&text[m.span.range()], "5,2%");
/// assert_eq!(m.value.min.to_string(), "5.2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Match<T> {
    /// Byte offsets of the whole expression in the caller's text.
    pub span: Span,
    /// What it means.
    pub value: T,
}

/// What kind of value an extractor finds.
///
/// # Examples
/// ```
/// use vntext::Kind;
/// assert_eq!("percent".parse::<Kind>(), Ok(Kind::Percent));
/// assert_eq!(Kind::Date.as_str(), "date");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Kind {
    /// Dates and periods ([`DateValue`]).
    Date,
    /// Percentages ([`PercentValue`]).
    Percent,
}

impl Kind {
    /// Every kind.
    pub const ALL: &'static [Kind] = &[Kind::Date, Kind::Percent];

    /// The kind's name, as the command line and JSON write it.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Kind::Percent.as_str(), "percent");
    /// ```
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Percent => "percent",
        }
    }

    const fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses `date` or `percent` (any ASCII case).
impl std::str::FromStr for Kind {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [("date", Kind::Date), ("percent", Kind::Percent)];
        crate::name::lookup(s, &names, "kind", "date or percent")
    }
}

/// A value of any kind, as [`extract`] yields them.
///
/// # Examples
/// ```
/// use vntext::{Extracted, Kind};
/// let m = vntext::extract("quý I/2020").next().unwrap();
/// assert_eq!(m.value.kind(), Kind::Date);
/// assert!(matches!(m.value, Extracted::Date(_)));
/// assert_eq!(m.value.to_string(), "2020-Q1");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Extracted {
    /// A date or period.
    Date(DateValue),
    /// A percentage.
    Percent(PercentValue),
}

impl Extracted {
    /// The kind of the value.
    ///
    /// # Examples
    /// ```
    /// let m = vntext::extract("hơn 90%").next().unwrap();
    /// assert_eq!(m.value.kind(), vntext::Kind::Percent);
    /// ```
    #[must_use]
    pub fn kind(&self) -> Kind {
        match self {
            Extracted::Date(_) => Kind::Date,
            Extracted::Percent(_) => Kind::Percent,
        }
    }
}

impl fmt::Display for Extracted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Extracted::Date(d) => d.fmt(f),
            Extracted::Percent(p) => p.fmt(f),
        }
    }
}

/// Extraction options: which kinds to find, and the reference date that relative
/// expressions (`hôm qua`, `tuần sau`, `năm ngoái`) are resolved against. Without a
/// reference date they are not reported; a year missing from the text is never taken from
/// it.
///
/// # Examples
/// ```
/// use vntext::{CalendarDate, Extractor, Kind};
/// let ex = Extractor::new()
///     .kinds(&[Kind::Date])
///     .reference_date(CalendarDate::new(2020, 1, 8).unwrap());
/// let text = "Hôm qua, tỉnh công bố kết quả quý IV/2019: tăng 7%.";
/// let found: Vec<String> = ex.extract(text).map(|m| m.value.to_string()).collect();
/// assert_eq!(found, ["2020-01-07", "2019-Q4"]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Extractor {
    kinds: u8,
    reference: Option<CalendarDate>,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// Every kind, no reference date.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Extractor::new().extract("ngày 15/3, tăng 5%").count(), 2);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Extractor {
            kinds: Kind::Date.bit() | Kind::Percent.bit(),
            reference: None,
        }
    }

    /// Finds only these kinds.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Extractor, Kind};
    /// let ex = Extractor::new().kinds(&[Kind::Percent]);
    /// assert_eq!(ex.extract("ngày 15/3, tăng 5%").count(), 1);
    /// ```
    #[must_use]
    pub fn kinds(mut self, kinds: &[Kind]) -> Self {
        self.kinds = kinds.iter().fold(0, |m, k| m | k.bit());
        self
    }

    /// Resolves relative expressions against `date` (the day the text was written).
    ///
    /// # Examples
    /// ```
    /// use vntext::{CalendarDate, Extractor};
    /// let ex = Extractor::new().reference_date("2020-01-08".parse().unwrap());
    /// let m = ex.extract("năm ngoái").next().unwrap();
    /// assert_eq!(m.value.to_string(), "2019");
    /// ```
    #[must_use]
    pub const fn reference_date(mut self, date: CalendarDate) -> Self {
        self.reference = Some(date);
        self
    }

    fn wants(&self, k: Kind) -> bool {
        self.kinds & k.bit() != 0
    }

    /// Every value of the chosen kinds in `text`, in text order.
    ///
    /// # Examples
    /// ```
    /// let text = "Từ ngày 4.1.2017 - 4.1.2018, hơn 90% xe nộp phạt.";
    /// let v: Vec<String> = vntext::Extractor::new()
    ///     .extract(text)
    ///     .map(|m| format!("{}={}", &text[m.span.range()], m.value))
    ///     .collect();
    /// assert_eq!(v, ["Từ ngày 4.1.2017 - 4.1.2018=2017-01-04/2018-01-04", "hơn 90%=hơn 90%"]);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn extract<'t>(&self, text: &'t str) -> Matches<'t> {
        Matches {
            extractor: *self,
            sentences: units::Sentences::new(text),
            buf: Vec::new(),
            scratch: Scratch::default(),
            out: VecDeque::new(),
        }
    }

    /// The dates of `text`, in text order.
    ///
    /// # Examples
    /// ```
    /// let d: Vec<String> = vntext::Extractor::new()
    ///     .dates("nhiệm kỳ 2015 - 2020")
    ///     .map(|m| m.value.to_string())
    ///     .collect();
    /// assert_eq!(d, ["2015/2020"]);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn dates<'t>(&self, text: &'t str) -> Dates<'t> {
        Dates(self.kinds(&[Kind::Date]).extract(text))
    }

    /// The percentages of `text`, in text order.
    ///
    /// # Examples
    /// ```
    /// let p: Vec<String> = vntext::Extractor::new()
    ///     .percentages("12 phần trăm, 0,5 điểm phần trăm")
    ///     .map(|m| m.value.to_string())
    ///     .collect();
    /// assert_eq!(p, ["12%", "0.5 điểm phần trăm"]);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn percentages<'t>(&self, text: &'t str) -> Percentages<'t> {
        Percentages(self.kinds(&[Kind::Percent]).extract(text))
    }

    /// Runs the chosen extractors over one sentence's units.
    fn sentence(
        &self,
        u: &[Unit<'_>],
        scratch: &mut Scratch,
        out: &mut VecDeque<Match<Extracted>>,
    ) {
        // Every date and percentage has a numeral or one of the words the rules know: most
        // sentences have neither.
        if !u
            .iter()
            .any(|x| x.kind == crate::TokenKind::Number || x.word != words::Word::Other)
        {
            return;
        }
        let span = |a: usize, b: usize| Span {
            start: u[a].start,
            end: u[b - 1].end,
        };
        let found = &mut scratch.found;
        found.clear();
        if self.wants(Kind::Date) {
            scratch.dates.clear();
            date_rules::Rules::new(u, self.reference).find(&mut scratch.dates);
            found.extend(scratch.dates.drain(..).map(|f| Match {
                span: span(f.start, f.end),
                value: Extracted::Date(f.value),
            }));
        }
        // Every percentage has its unit: `%`, or `phần` of `phần trăm`.
        if self.wants(Kind::Percent) && u.iter().any(|x| x.word == words::Word::Phan || x.is("%")) {
            scratch.percents.clear();
            percent::find(u, &mut scratch.percents);
            found.extend(scratch.percents.drain(..).map(|f| Match {
                span: span(f.start, f.end),
                value: Extracted::Percent(f.value),
            }));
        }
        // Kinds are found apart; where two overlap (`tháng 1 phần trăm`), the one that starts
        // first (or is longer) wins, so matches never overlap.
        found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        let mut last_end = 0;
        for m in found.drain(..) {
            if m.span.start >= last_end {
                last_end = m.span.end;
                out.push_back(m);
            }
        }
    }
}

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
struct Scratch {
    dates: Vec<date_rules::Found>,
    percents: Vec<percent::Found>,
    found: Vec<Match<Extracted>>,
}

/// Iterator over the values of a text; see [`Extractor::extract`].
///
/// # Examples
/// ```
/// let mut it: vntext::Matches<'_> = vntext::extract("tháng 3/2020");
/// assert_eq!(it.next().unwrap().value.to_string(), "2020-03");
/// assert!(it.next().is_none());
/// ```
#[derive(Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Matches<'t> {
    extractor: Extractor,
    sentences: units::Sentences<'t>,
    buf: Vec<Unit<'t>>,
    scratch: Scratch,
    out: VecDeque<Match<Extracted>>,
}

impl Iterator for Matches<'_> {
    type Item = Match<Extracted>;

    fn next(&mut self) -> Option<Match<Extracted>> {
        loop {
            if let Some(m) = self.out.pop_front() {
                return Some(m);
            }
            if !self.sentences.next_into(&mut self.buf) {
                return None;
            }
            self.extractor
                .sentence(&self.buf, &mut self.scratch, &mut self.out);
        }
    }
}

impl std::iter::FusedIterator for Matches<'_> {}

/// Iterator over the dates of a text; see [`dates`].
///
/// # Examples
/// ```
/// let mut it: vntext::Dates<'_> = vntext::dates("ngày 06/01/2019");
/// assert_eq!(it.next().unwrap().value.to_string(), "2019-01-06");
/// ```
#[derive(Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Dates<'t>(Matches<'t>);

impl Iterator for Dates<'_> {
    type Item = Match<DateValue>;

    fn next(&mut self) -> Option<Match<DateValue>> {
        self.0.find_map(|m| match m.value {
            Extracted::Date(v) => Some(Match {
                span: m.span,
                value: v,
            }),
            _ => None,
        })
    }
}

impl std::iter::FusedIterator for Dates<'_> {}

/// Iterator over the percentages of a text; see [`percentages`].
///
/// # Examples
/// ```
/// let mut it: vntext::Percentages<'_> = vntext::percentages("8,5%");
/// assert_eq!(it.next().unwrap().value.to_string(), "8.5%");
/// ```
#[derive(Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Percentages<'t>(Matches<'t>);

impl Iterator for Percentages<'_> {
    type Item = Match<PercentValue>;

    fn next(&mut self) -> Option<Match<PercentValue>> {
        self.0.find_map(|m| match m.value {
            Extracted::Percent(v) => Some(Match {
                span: m.span,
                value: v,
            }),
            _ => None,
        })
    }
}

impl std::iter::FusedIterator for Percentages<'_> {}

/// The dates of `text` (no reference date: relative words are not reported), in text order.
///
/// # Examples
/// ```
/// let text = "Quyết định ngày 6 tháng 1 năm 2019; 6 tháng đầu năm 2020, quý IV-2021.";
/// let d: Vec<String> = vntext::dates(text).map(|m| m.value.to_string()).collect();
/// assert_eq!(d, ["2019-01-06", "2020-H1", "2021-Q4"]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn dates(text: &str) -> Dates<'_> {
    Extractor::new().dates(text)
}

/// The percentages of `text`, in text order.
///
/// # Examples
/// ```
/// let text = "GRDP tăng 8,5%, có nơi mười hai phần trăm; lạm phát giảm 0,5 điểm phần trăm.";
/// let p: Vec<String> = vntext::percentages(text).map(|m| m.value.to_string()).collect();
/// assert_eq!(p, ["8.5%", "12%", "0.5 điểm phần trăm"]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn percentages(text: &str) -> Percentages<'_> {
    Extractor::new().percentages(text)
}

/// Every date and percentage of `text`, in text order.
///
/// # Examples
/// ```
/// let text = "Tết Nguyên đán Giáp Ngọ 2014, giá tăng khoảng 3%.";
/// let v: Vec<String> = vntext::extract(text).map(|m| m.value.to_string()).collect();
/// assert_eq!(v, ["2014-01-31 (lunar 2014-01-01)", "khoảng 3%"]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn extract(text: &str) -> Matches<'_> {
    Extractor::new().extract(text)
}

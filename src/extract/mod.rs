//! Extraction of values from Vietnamese text: dates, percentages, official titles, the persons
//! who hold them and government abbreviations, with byte spans into the caller's text and
//! values a program can store.
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
//!     ("UBND", "Ủy ban nhân dân".to_string()),
//!     ("8,5 - 9%", "8.5–9%".to_string()),
//!     ("năm 2020", "2020".to_string()),
//! ]);
//! ```

mod abbrev;
mod date;
mod date_rules;
mod hits;
pub(crate) mod lunar;
mod number;
mod percent;
mod person;
mod title;
mod units;
mod words;

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::VecDeque;
use std::fmt;
use std::sync::Arc;

use crate::lexicon::Lexicon;

pub use abbrev::Abbreviation;
pub use date::{CalendarDate, Date, DateValue, ParseDateError, Period, Precision};
pub use number::{Decimal, ParseDecimalError};
pub use percent::{PercentValue, Qualifier};
pub use person::Person;
pub use title::Title;

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
    /// Official titles ([`Title`]).
    Title,
    /// People ([`Person`]).
    Person,
    /// Government abbreviations ([`Abbreviation`]).
    Abbreviation,
}

impl Kind {
    /// Every kind.
    pub const ALL: &'static [Kind] = &[
        Kind::Date,
        Kind::Percent,
        Kind::Title,
        Kind::Person,
        Kind::Abbreviation,
    ];

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
            Kind::Title => "title",
            Kind::Person => "person",
            Kind::Abbreviation => "abbreviation",
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

/// Parses `date`, `percent`, `title`, `person` or `abbreviation` (any ASCII case).
impl std::str::FromStr for Kind {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [
            ("date", Kind::Date),
            ("percent", Kind::Percent),
            ("title", Kind::Title),
            ("person", Kind::Person),
            ("abbreviation", Kind::Abbreviation),
        ];
        crate::name::lookup(
            s,
            &names,
            "kind",
            "date, percent, title, person or abbreviation",
        )
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
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Extracted {
    /// A date or period.
    Date(DateValue),
    /// A percentage.
    Percent(PercentValue),
    /// An official title.
    Title(Title),
    /// A person.
    Person(Person),
    /// An abbreviation.
    Abbreviation(Abbreviation),
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
            Extracted::Title(_) => Kind::Title,
            Extracted::Person(_) => Kind::Person,
            Extracted::Abbreviation(_) => Kind::Abbreviation,
        }
    }
}

impl fmt::Display for Extracted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Extracted::Date(d) => d.fmt(f),
            Extracted::Percent(p) => p.fmt(f),
            Extracted::Title(t) => t.fmt(f),
            Extracted::Person(p) => p.fmt(f),
            Extracted::Abbreviation(a) => a.fmt(f),
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
#[derive(Clone, Debug)]
pub struct Extractor {
    kinds: u8,
    reference: Option<CalendarDate>,
    /// The word lists for titles, persons and abbreviations; the built-in ones when `None`.
    lexicon: Option<Arc<Lexicon>>,
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
            kinds: Kind::Date.bit()
                | Kind::Percent.bit()
                | Kind::Title.bit()
                | Kind::Person.bit()
                | Kind::Abbreviation.bit(),
            reference: None,
            lexicon: None,
        }
    }

    /// Uses these word lists for titles, persons and abbreviations (e.g. the built-in lists
    /// extended with a province's own agencies; see [`Lexicon`]).
    ///
    /// # Examples
    /// ```
    /// use std::sync::Arc;
    /// use vntext::{EntryKind, Extractor, Kind, Lexicon};
    /// let mut lex = Lexicon::builtin().clone();
    /// lex.insert(EntryKind::Abbreviation, "BQLKKT", "Ban Quản lý Khu kinh tế");
    /// let ex = Extractor::new().kinds(&[Kind::Abbreviation]).lexicon(Arc::new(lex));
    /// let m = ex.extract("Trưởng BQLKKT tỉnh").next().unwrap();
    /// assert_eq!(m.value.to_string(), "Ban Quản lý Khu kinh tế");
    /// ```
    #[must_use]
    pub fn lexicon(mut self, lexicon: Arc<Lexicon>) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    fn lex(&self) -> &Lexicon {
        self.lexicon
            .as_deref()
            .unwrap_or_else(|| Lexicon::builtin())
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
    /// Without a reference date they are not reported, except a period compared with one
    /// the sentence names (`Quý II/2023 tăng 6,8% so với quý trước`: `quý trước` is
    /// 2023-Q1 either way).
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

    /// Whether titles, persons or abbreviations are asked for: the rules that read names.
    fn wants_names(&self) -> bool {
        self.wants(Kind::Title) || self.wants(Kind::Person) || self.wants(Kind::Abbreviation)
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
        let spare = SPARE.with(Cell::take).unwrap_or_default();
        let Spare {
            mut scratch,
            buf,
            out,
        } = *spare;
        // Buffers from an earlier text: empty, but what it knew of names is not this text's.
        scratch.given.clear();
        scratch.signer = None;
        Matches {
            extractor: self.clone(),
            text,
            sentences: units::Sentences::new(text, self.lex().user_abbreviations()),
            buf,
            scratch,
            out,
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
        Dates(self.clone().kinds(&[Kind::Date]).extract(text))
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
        Percentages(self.clone().kinds(&[Kind::Percent]).extract(text))
    }

    /// The titles of `text`, in text order.
    ///
    /// # Examples
    /// ```
    /// let t: Vec<String> = vntext::Extractor::new()
    ///     .titles("Bộ trưởng Bộ Y tế Nguyễn Thanh Long")
    ///     .map(|m| m.value.to_string())
    ///     .collect();
    /// assert_eq!(t, ["Bộ trưởng Bộ Y tế"]);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn titles<'t>(&self, text: &'t str) -> Titles<'t> {
        Titles(self.clone().kinds(&[Kind::Title]).extract(text))
    }

    /// The persons of `text`, in text order.
    ///
    /// # Examples
    /// ```
    /// let p: Vec<String> = vntext::Extractor::new()
    ///     .persons("Bộ trưởng Bộ Y tế Nguyễn Thanh Long")
    ///     .map(|m| m.value.to_string())
    ///     .collect();
    /// assert_eq!(p, ["Nguyễn Thanh Long"]);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn persons<'t>(&self, text: &'t str) -> Persons<'t> {
        Persons(self.clone().kinds(&[Kind::Person]).extract(text))
    }

    /// The abbreviations of `text` that have an expansion here, in text order.
    ///
    /// # Examples
    /// ```
    /// let a: Vec<String> = vntext::Extractor::new()
    ///     .abbreviations("HĐND và UBND tỉnh")
    ///     .map(|m| m.value.to_string())
    ///     .collect();
    /// assert_eq!(a, ["Hội đồng nhân dân", "Ủy ban nhân dân"]);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn abbreviations<'t>(&self, text: &'t str) -> Abbreviations<'t> {
        Abbreviations(self.clone().kinds(&[Kind::Abbreviation]).extract(text))
    }

    /// `text` with its abbreviations written out; borrowed when it has none.
    ///
    /// # Examples
    /// ```
    /// let ex = vntext::Extractor::new();
    /// assert_eq!(ex.expand_abbreviations("Chủ tịch UBND tỉnh"), "Chủ tịch Ủy ban nhân dân tỉnh");
    /// assert!(matches!(ex.expand_abbreviations("Hà Nội"), std::borrow::Cow::Borrowed(_)));
    /// ```
    #[must_use]
    pub fn expand_abbreviations<'t>(&self, text: &'t str) -> Cow<'t, str> {
        // (A document's symbol stays as written: `15/2020/NĐ-CP`.)
        let in_symbol = |s: Span| text.get(..s.start).is_some_and(|b| b.ends_with(['/', '-']));
        abbrev::expand(
            text,
            self.abbreviations(text)
                .filter(|m| !in_symbol(m.span))
                .map(|m| (m.span, m.value.expansion)),
        )
    }

    /// Runs the chosen extractors over one sentence's units.
    fn sentence(
        &self,
        text: &str,
        u: &[Unit<'_>],
        scratch: &mut Scratch,
        out: &mut VecDeque<Match<Extracted>>,
    ) {
        let span = |a: usize, b: usize| Span {
            start: u[a].start,
            end: u[b - 1].end,
        };
        let found = &mut scratch.found;
        found.clear();
        // Every date starts with a numeral or one of the words that open one: many sentences
        // have neither.
        if self.wants(Kind::Date) && u.iter().any(date_rules::may_start) {
            scratch.dates.clear();
            scratch.nums.clear();
            scratch.nums.resize(u.len(), Cell::default());
            date_rules::Rules::new(u, self.reference, &scratch.nums).find(&mut scratch.dates);
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
        // Dates and percentages are found apart; where two overlap (`tháng 1 phần trăm`), the
        // one that starts first (or is longer) wins.
        found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        let mut last_end = 0;
        found.retain(|m| {
            let keep = m.span.start >= last_end;
            if keep {
                last_end = m.span.end;
            }
            keep
        });
        if self.wants_names() {
            let lex = self.lex();
            scratch.hits.find(lex, u);
            let rules = title::Rules {
                u,
                h: &scratch.hits,
                lex,
                loud: std::cell::OnceCell::new(),
            };
            scratch.titles.clear();
            if self.wants(Kind::Title) || self.wants(Kind::Person) {
                rules.find(&mut scratch.titles);
            }
            // A plural title linked to the persons it names is theirs, not a class's (`Ông A
            // và bà B, hai Phó Tổng Giám đốc`), and so is a deputy's seat linked to someone:
            // the persons are read for the titles too where that may change a title.
            let settles = |t: &title::Found| t.generic && (t.plural || t.members);
            if self.wants(Kind::Person)
                || (self.wants(Kind::Title) && scratch.titles.iter().any(settles))
            {
                scratch.persons.clear();
                rules.persons(&scratch.titles, &scratch.given, &mut scratch.persons);
                // (Not an election's office: `cuộc bầu cử tổng thống Montenegro`.)
                for p in &scratch.persons {
                    for &ti in &p.titles {
                        if let Some(t) = scratch
                            .titles
                            .get_mut(ti)
                            .filter(|t| (t.plural && !rules.election_before(t.start)) || t.members)
                        {
                            t.generic = false;
                        }
                    }
                }
            }
            if self.wants(Kind::Person) {
                for p in &scratch.persons {
                    if let Some(k) = person::given_name(p, u)
                        && !scratch.given.contains(&k)
                    {
                        scratch.given.push(k);
                    }
                }
                let signer = scratch.signer.filter(|_| {
                    matches!(scratch.persons.as_slice(), [p] if p.titles.is_empty()
                        && p.start == 0
                        && title::alone_on_line(u, text, p.end))
                });
                for p in &scratch.persons {
                    let (sp, mut v) =
                        person::value(p, u, text, &scratch.titles, &scratch.hits, lex);
                    v.titles.extend(signer);
                    found.push(Match {
                        span: sp,
                        value: Extracted::Person(v),
                    });
                }
            }
            if self.wants(Kind::Title) {
                for t in &scratch.titles {
                    let (sp, v) = title::value(t, u, text, &scratch.hits, lex);
                    found.push(Match {
                        span: sp,
                        value: Extracted::Title(v),
                    });
                }
            }
            // What this sentence leaves for the next: a signer's title, or nothing (a stamp
            // in brackets between the title and the name keeps what there was).
            if !title::in_brackets(u) {
                scratch.signer = title::signature_title(u, text, &scratch.titles);
            }
            if self.wants(Kind::Abbreviation) {
                scratch.abbrevs.clear();
                abbrev::find(u, &scratch.hits, lex, &mut scratch.abbrevs);
                found.extend(scratch.abbrevs.drain(..).map(|f| Match {
                    span: f.bytes.unwrap_or_else(|| span(f.start, f.end)),
                    value: Extracted::Abbreviation(Abbreviation {
                        expansion: f.expansion,
                    }),
                }));
            }
            // In text order; a title and the abbreviation inside it both stay.
            found.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
        }
        out.extend(found.drain(..));
    }
}

/// The buffers of the last [`Matches`] this thread dropped, for the next: a caller that
/// extracts line by line (the command line does) would otherwise allocate and grow a dozen
/// vectors per line, which cost a sixth of the time on news lines.
#[derive(Debug, Default)]
struct Spare {
    scratch: Scratch,
    buf: Vec<Unit<'static>>,
    out: VecDeque<Match<Extracted>>,
}

thread_local! {
    static SPARE: Cell<Option<Box<Spare>>> = const { Cell::new(None) };
}

impl Drop for Matches<'_> {
    fn drop(&mut self) {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        // An empty vector of units of no text: collected in place, the allocation is kept
        // (the map never runs; it only names the type).
        let buf: Vec<Unit<'static>> = buf.into_iter().map(|u| Unit { text: "", ..u }).collect();
        let mut out = std::mem::take(&mut self.out);
        out.clear();
        let spare = Spare {
            scratch: std::mem::take(&mut self.scratch),
            buf,
            out,
        };
        SPARE.with(|s| s.set(Some(Box::new(spare))));
    }
}

/// Buffers reused from sentence to sentence.
#[derive(Debug, Default)]
struct Scratch {
    dates: Vec<date_rules::Found>,
    /// The date rules' reading of each unit's numeral.
    nums: Vec<Cell<date_rules::NumMemo>>,
    percents: Vec<percent::Found>,
    hits: hits::Hits,
    titles: Vec<title::Found>,
    persons: Vec<person::Found>,
    abbrevs: Vec<abbrev::Found>,
    found: Vec<Match<Extracted>>,
    /// The given names of the persons named so far in this text (syllable keys), so that a
    /// later `Linh` alone is read as the `Nguyễn Thị Linh` named before.
    given: Vec<u32>,
    /// The title of the last sentence when it was a title alone on its line, the signer's
    /// in a signature block (`KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG` / `Lê Văn Thanh`).
    signer: Option<Span>,
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
    text: &'t str,
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
            if self.extractor.wants_names() {
                units::settle_caps(&mut self.buf);
            }
            self.extractor
                .sentence(self.text, &self.buf, &mut self.scratch, &mut self.out);
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

macro_rules! kind_iter {
    ($(#[$m:meta])* $name:ident, $variant:ident, $value:ty) => {
        $(#[$m])*
        #[derive(Debug)]
        #[must_use = "iterators are lazy and do nothing unless consumed"]
        pub struct $name<'t>(Matches<'t>);

        impl Iterator for $name<'_> {
            type Item = Match<$value>;

            fn next(&mut self) -> Option<Match<$value>> {
                self.0.find_map(|m| match m.value {
                    Extracted::$variant(v) => Some(Match {
                        span: m.span,
                        value: v,
                    }),
                    _ => None,
                })
            }
        }

        impl std::iter::FusedIterator for $name<'_> {}
    };
}

kind_iter!(
    /// Iterator over the titles of a text; see [`titles`].
    ///
    /// # Examples
    /// ```
    /// let mut it: vntext::Titles<'_> = vntext::titles("Phó Chủ tịch UBND tỉnh");
    /// assert_eq!(it.next().unwrap().value.role, "Phó Chủ tịch");
    /// ```
    Titles,
    Title,
    Title
);
kind_iter!(
    /// Iterator over the persons of a text; see [`persons`].
    ///
    /// # Examples
    /// ```
    /// let mut it: vntext::Persons<'_> = vntext::persons("ông Nguyễn Văn An");
    /// assert_eq!(it.next().unwrap().value.name, "Nguyễn Văn An");
    /// ```
    Persons,
    Person,
    Person
);
kind_iter!(
    /// Iterator over the abbreviations of a text; see [`abbreviations`].
    ///
    /// # Examples
    /// ```
    /// let mut it: vntext::Abbreviations<'_> = vntext::abbreviations("HĐND tỉnh");
    /// assert_eq!(it.next().unwrap().value.expansion, "Hội đồng nhân dân");
    /// ```
    Abbreviations,
    Abbreviation,
    Abbreviation
);

/// The official titles of `text`, in text order.
///
/// # Examples
/// ```
/// let text = "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Lạng Sơn";
/// let t: Vec<&str> = vntext::titles(text).map(|m| &text[m.span.range()]).collect();
/// assert_eq!(t, ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Lạng Sơn"]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn titles(text: &str) -> Titles<'_> {
    Extractor::new().titles(text)
}

/// The people named in `text`, with their titles, in text order.
///
/// # Examples
/// ```
/// let text = "Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu phát biểu.";
/// let p = vntext::persons(text).next().unwrap();
/// assert_eq!(p.value.name, "Hồ Tiến Thiệu");
/// assert_eq!(&text[p.value.titles[0].range()], "Chủ tịch UBND tỉnh Lạng Sơn");
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn persons(text: &str) -> Persons<'_> {
    Extractor::new().persons(text)
}

/// The government abbreviations of `text` with their expansions, in text order.
///
/// # Examples
/// ```
/// let a: Vec<String> = vntext::abbreviations("phát triển KT-XH, MTTQ tỉnh")
///     .map(|m| m.value.expansion)
///     .collect();
/// assert_eq!(a, ["kinh tế - xã hội", "Mặt trận Tổ quốc"]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn abbreviations(text: &str) -> Abbreviations<'_> {
    Extractor::new().abbreviations(text)
}

/// `text` with its government abbreviations written out (`UBND` → `Ủy ban nhân dân`);
/// borrowed when there is nothing to expand.
///
/// # Examples
/// ```
/// assert_eq!(
///     vntext::expand_abbreviations("Chủ tịch UBND tỉnh, HĐND tỉnh"),
///     "Chủ tịch Ủy ban nhân dân tỉnh, Hội đồng nhân dân tỉnh"
/// );
/// ```
#[must_use]
pub fn expand_abbreviations(text: &str) -> Cow<'_, str> {
    Extractor::new().expand_abbreviations(text)
}

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

/// Every date, percentage, title, person and abbreviation of `text`, in text order (see
/// [`Extractor::kinds`] to ask for fewer).
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

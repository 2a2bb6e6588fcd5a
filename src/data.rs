//! The one reader of the crate's data files (`data/*.tsv`) and, later, of the word lists users
//! supply: lines of tab-separated fields, `#` comment lines and blank lines skipped, and
//! errors that name the line.
//!
//! The reader knows lines and fields only; each table says what its fields mean and turns
//! a bad value into a [`DataError`] through [`Record::unknown`] or [`Record::invalid`], so
//! every table reports its errors the same way:
//!
//! ```text
//! line 12: expected 3 fields, found 2
//! line 40: unknown tone `sắc` in field 4 (expected ngang, huyen, sac, hoi, nga or nang)
//! ```
//!
//! The shipped tables are read through it at first use (shipping them through the same
//! parser as user files tests the parser); a shipped table that does not parse is a bug
//! caught by its unit test.

use std::fmt;
use std::io::BufRead;

/// A word list that does not parse: at which line and what is wrong.
///
/// # Examples
/// ```
/// let e = vntext::Lexicon::from_reader("role\tChủ tịch\nrank\n".as_bytes()).unwrap_err();
/// assert_eq!(e.line(), 2);
/// assert!(matches!(e.kind(), vntext::DataErrorKind::FieldCount { found: 1, .. }));
/// assert_eq!(e.to_string(), "line 2: expected 2 to 3 fields, found 1");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    line: usize,
    kind: DataErrorKind,
}

/// What is wrong with a line of a word list; see [`DataError::kind`].
///
/// # Examples
/// ```
/// use vntext::{DataErrorKind, Lexicon};
/// let e = Lexicon::from_reader("chức\tChủ tịch\n".as_bytes()).unwrap_err();
/// assert!(matches!(e.kind(), DataErrorKind::Unknown { field: 1, .. }));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DataErrorKind {
    /// The line has too few or too many fields.
    FieldCount {
        /// The fewest fields a line may have.
        min: usize,
        /// The most fields a line may have.
        max: usize,
        /// The fields the line has.
        found: usize,
    },
    /// A field holds a name outside its closed list (a tone, a class).
    Unknown {
        /// 1-based index of the field.
        field: usize,
        /// What the field names (`"tone"`).
        what: &'static str,
        /// The field as written.
        value: String,
        /// The accepted names, as prose.
        expected: &'static str,
    },
    /// A field's value does not have the shape it needs (one character, hex bytes).
    Invalid {
        /// 1-based index of the field.
        field: usize,
        /// What the field holds (`"form"`).
        what: &'static str,
        /// The field as written.
        value: String,
        /// What it should be, as prose.
        expected: &'static str,
    },
    /// The line could not be read.
    Io(std::io::ErrorKind),
    /// The line is not UTF-8.
    NotUtf8,
}

impl DataError {
    /// An error at 1-based line `line`.
    pub(crate) fn new(line: usize, kind: DataErrorKind) -> Self {
        DataError { line, kind }
    }

    /// The 1-based number of the line.
    ///
    /// # Examples
    /// ```
    /// let e = vntext::Lexicon::from_reader("\n# x\nrole\n".as_bytes()).unwrap_err();
    /// assert_eq!(e.line(), 3);
    /// ```
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// What is wrong.
    ///
    /// # Examples
    /// ```
    /// let e = vntext::Lexicon::from_reader(&b"role\t\xff\n"[..]).unwrap_err();
    /// assert_eq!(e.kind(), &vntext::DataErrorKind::NotUtf8);
    /// ```
    #[must_use]
    pub fn kind(&self) -> &DataErrorKind {
        &self.kind
    }
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            DataErrorKind::FieldCount { min, max, found } => {
                let s = if *max == 1 { "" } else { "s" };
                if min == max {
                    write!(f, "expected {max} field{s}, found {found}")
                } else {
                    write!(f, "expected {min} to {max} field{s}, found {found}")
                }
            }
            DataErrorKind::Unknown {
                field,
                what,
                value,
                expected,
            } => write!(
                f,
                "unknown {what} `{value}` in field {field} (expected {expected})"
            ),
            DataErrorKind::Invalid {
                field,
                what,
                value,
                expected,
            } => write!(
                f,
                "invalid {what} `{value}` in field {field} (expected {expected})"
            ),
            DataErrorKind::Io(kind) => write!(f, "cannot read: {kind}"),
            DataErrorKind::NotUtf8 => f.write_str("not UTF-8"),
        }
    }
}

impl std::error::Error for DataError {}

/// One data line: its number and its text, split into fields on demand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Record<'a> {
    line: usize,
    text: &'a str,
}

impl<'a> Record<'a> {
    /// The fields, exactly `N` of them.
    pub(crate) fn fields<const N: usize>(&self) -> Result<[&'a str; N], DataError> {
        let got = self.fields_between::<N>(N)?;
        Ok(got.map(|f| f.unwrap_or_default()))
    }

    /// The fields, `min` to `N` of them: the first `min` are `Some`, the others `Some` when
    /// the line has them (`char<TAB>bytes[<TAB>decode]`).
    pub(crate) fn fields_between<const N: usize>(
        &self,
        min: usize,
    ) -> Result<[Option<&'a str>; N], DataError> {
        let mut out = [None; N];
        let mut found = 0;
        for (i, field) in self.text.split('\t').enumerate() {
            if let Some(slot) = out.get_mut(i) {
                *slot = Some(field);
            }
            found = i + 1;
        }
        if found < min || found > N {
            return Err(self.error(DataErrorKind::FieldCount { min, max: N, found }));
        }
        Ok(out)
    }

    /// The error of field `field` (1-based) naming something outside its closed list.
    pub(crate) fn unknown(
        &self,
        field: usize,
        what: &'static str,
        value: &str,
        expected: &'static str,
    ) -> DataError {
        self.error(DataErrorKind::Unknown {
            field,
            what,
            value: value.to_string(),
            expected,
        })
    }

    /// The error of field `field` (1-based) whose value has the wrong shape.
    pub(crate) fn invalid(
        &self,
        field: usize,
        what: &'static str,
        value: &str,
        expected: &'static str,
    ) -> DataError {
        self.error(DataErrorKind::Invalid {
            field,
            what,
            value: value.to_string(),
            expected,
        })
    }

    fn error(&self, kind: DataErrorKind) -> DataError {
        DataError::new(self.line, kind)
    }
}

/// Whether a line carries data: not blank, not a `#` comment.
fn is_data(line: &str) -> bool {
    !line.starts_with('#') && !line.trim().is_empty()
}

/// The data lines of `text`, in order (see [`records`]).
#[derive(Clone, Debug)]
pub(crate) struct Records<'a> {
    lines: std::iter::Enumerate<std::str::Lines<'a>>,
}

impl<'a> Iterator for Records<'a> {
    type Item = Record<'a>;

    fn next(&mut self) -> Option<Record<'a>> {
        self.lines
            .by_ref()
            .find(|(_, line)| is_data(line))
            .map(|(i, text)| Record { line: i + 1, text })
    }
}

/// The data lines of a whole file held in memory (`include_str!` of a shipped table):
/// comment lines (`#` first) and blank lines skipped, `\r\n` line ends accepted.
pub(crate) fn records(text: &str) -> Records<'_> {
    Records {
        lines: text.lines().enumerate(),
    }
}

/// A data line read from a stream, owning its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RecordBuf {
    line: usize,
    text: String,
}

impl RecordBuf {
    /// The line as a [`Record`].
    pub(crate) fn record(&self) -> Record<'_> {
        Record {
            line: self.line,
            text: &self.text,
        }
    }
}

/// The data lines of a stream (a user's word list), one at a time; see [`read_records`].
#[derive(Debug)]
pub(crate) struct ReadRecords<R> {
    reader: R,
    line: usize,
    failed: bool,
}

impl<R: BufRead> Iterator for ReadRecords<R> {
    type Item = Result<RecordBuf, DataError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.failed {
            let mut bytes = Vec::new();
            self.line += 1;
            let err = |kind| DataError::new(self.line, kind);
            match self.reader.read_until(b'\n', &mut bytes) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => {
                    self.failed = true;
                    return Some(Err(err(DataErrorKind::Io(e.kind()))));
                }
            }
            let Ok(mut text) = String::from_utf8(bytes) else {
                self.failed = true;
                return Some(Err(err(DataErrorKind::NotUtf8)));
            };
            if text.ends_with('\n') {
                text.pop();
                if text.ends_with('\r') {
                    text.pop();
                }
            }
            if is_data(&text) {
                return Some(Ok(RecordBuf {
                    line: self.line,
                    text,
                }));
            }
        }
        None
    }
}

/// The data lines of a stream, as [`records`] reads a string; the first read or UTF-8 error
/// ends the iteration.
pub(crate) fn read_records<R: BufRead>(reader: R) -> ReadRecords<R> {
    ReadRecords {
        reader,
        line: 0,
        failed: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "# a comment\n\nà\ta\thuyen\r\n   \n# another\nb\tb\tngang\textra\nc\n";

    #[test]
    fn skips_comments_and_blank_lines_and_counts_every_line() {
        let lines: Vec<(usize, &str)> = records(TABLE).map(|r| (r.line, r.text)).collect();
        assert_eq!(
            lines,
            [(3, "à\ta\thuyen"), (6, "b\tb\tngang\textra"), (7, "c")]
        );
        let from_stream: Vec<(usize, String)> = read_records(TABLE.as_bytes())
            .map(|r| r.map(|r| (r.line, r.text)))
            .collect::<Result<_, _>>()
            .unwrap();
        let from_str: Vec<(usize, String)> = records(TABLE)
            .map(|r| (r.line, r.text.to_string()))
            .collect();
        assert_eq!(from_stream, from_str);
    }

    #[test]
    fn field_counts_are_checked_with_the_line_number() {
        let rows: Vec<Record<'_>> = records(TABLE).collect();
        assert_eq!(rows[0].fields::<3>(), Ok(["à", "a", "huyen"]));
        let e = rows[1].fields::<3>().unwrap_err();
        assert_eq!(e.line(), 6);
        assert_eq!(e.to_string(), "line 6: expected 3 fields, found 4");
        assert_eq!(
            e.kind(),
            &DataErrorKind::FieldCount {
                min: 3,
                max: 3,
                found: 4
            }
        );
        let e = rows[2].fields_between::<3>(2).unwrap_err();
        assert_eq!(e.to_string(), "line 7: expected 2 to 3 fields, found 1");
        assert_eq!(
            rows[0].fields_between::<4>(2),
            Ok([Some("à"), Some("a"), Some("huyen"), None])
        );
        assert_eq!(
            records("x").next().unwrap().fields::<1>(),
            Ok(["x"]),
            "one field"
        );
        assert_eq!(
            records("x\ty")
                .next()
                .unwrap()
                .fields::<1>()
                .unwrap_err()
                .to_string(),
            "line 1: expected 1 field, found 2"
        );
    }

    #[test]
    fn value_errors_name_field_value_and_what_is_expected() {
        let r = records("\n\nê\te\tsắc").next().unwrap();
        let e = r.unknown(3, "tone", "sắc", "ngang, huyen, sac, hoi, nga or nang");
        assert_eq!(
            e.to_string(),
            "line 3: unknown tone `sắc` in field 3 (expected ngang, huyen, sac, hoi, nga or nang)"
        );
        let e = r.invalid(1, "form", "T P", "1 to 14 letters and dots");
        assert_eq!(
            e.to_string(),
            "line 3: invalid form `T P` in field 1 (expected 1 to 14 letters and dots)"
        );
        fn is_error<E: std::error::Error + Send + Sync + 'static>(_: &E) {}
        is_error(&e);
    }

    #[test]
    fn stream_errors_end_the_stream() {
        let bad: &[u8] = b"a\tb\n\xff\tc\nd\te\n";
        let got: Vec<_> = read_records(bad).collect();
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0].as_ref().unwrap().record().fields::<2>(),
            Ok(["a", "b"])
        );
        let e = got[1].as_ref().unwrap_err();
        assert_eq!((e.line(), e.to_string().as_str()), (2, "line 2: not UTF-8"));
    }
}

//! Names of options, as the command line and configuration files write them.

use std::fmt;

/// The error of parsing the name of an option (`"nfc"`, `"old"`, `"tones"`) with
/// [`str::parse`]: which option, what was given and what is accepted.
///
/// # Examples
/// ```
/// use vntext::{ParseNameError, ToneStyle};
/// let e: ParseNameError = "modern".parse::<ToneStyle>().unwrap_err();
/// assert_eq!(e.input(), "modern");
/// assert_eq!(e.to_string(), "unknown tone style `modern` (expected old, new or keep)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseNameError {
    what: &'static str,
    expected: &'static str,
    input: String,
}

impl ParseNameError {
    pub(crate) fn new(what: &'static str, expected: &'static str, input: &str) -> Self {
        ParseNameError {
            what,
            expected,
            input: input.to_string(),
        }
    }

    /// The name that was not understood.
    ///
    /// # Examples
    /// ```
    /// let e = "NFKC".parse::<vntext::Form>().unwrap_err();
    /// assert_eq!(e.input(), "NFKC");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for ParseNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} `{}` (expected {})",
            self.what, self.input, self.expected
        )
    }
}

impl std::error::Error for ParseNameError {}

/// Looks `s` up, ignoring ASCII case and surrounding whitespace, in a list of names.
pub(crate) fn lookup<T: Copy>(
    s: &str,
    names: &[(&str, T)],
    what: &'static str,
    expected: &'static str,
) -> Result<T, ParseNameError> {
    let key = s.trim();
    names
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(key))
        .map(|&(_, v)| v)
        .ok_or_else(|| ParseNameError::new(what, expected, s))
}

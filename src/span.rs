//! Byte spans into the caller's text.

use std::ops::Range;

/// A half-open range of byte offsets into the text a function was given:
/// `&text[span.range()]` is the matched text, whatever form or tone style it was in.
///
/// # Examples
/// ```
/// use vntext::Span;
/// let text = "Lạng Sơn";
/// let span = Span { start: 0, end: 6 };
/// assert_eq!(&text[span.range()], "Lạng");
/// assert_eq!(span.len(), 6);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// The span as a `Range` for slicing.
    ///
    /// # Examples
    /// ```
    /// let text = "Ủy ban nhân dân";
    /// let span = vntext::Span { start: 0, end: 4 };
    /// assert_eq!(&text[span.range()], "Ủy");
    /// ```
    #[must_use]
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    /// Length in bytes (not characters: `Ủ` takes three).
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Span { start: 0, end: 5 }.len(), 5);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// Whether the span covers no bytes.
    ///
    /// # Examples
    /// ```
    /// assert!(vntext::Span { start: 3, end: 3 }.is_empty());
    /// assert!(!vntext::Span { start: 0, end: 3 }.is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

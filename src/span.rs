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
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    /// Whether the span covers no bytes.
    pub fn is_empty(&self) -> bool {
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

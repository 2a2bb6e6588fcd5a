//! The one UTF-8 decoder of the scanners: the character at a byte offset of text that is
//! already valid UTF-8 (a `&str`'s bytes), without validating it again.

/// The length of the UTF-8 sequence that byte `lead` starts (1 for ASCII; a continuation
/// byte, which starts nothing, also counts as 1 so that a scan always moves on).
#[inline(always)]
pub(crate) const fn width(lead: u8) -> usize {
    match lead {
        0..0xC0 => 1,
        0xC0..0xE0 => 2,
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

/// The character that starts at byte `i` of `b`, or `None` at the end of `b`. `b` must be
/// valid UTF-8 and `i` a character boundary (then the answer is what `str::chars` gives);
/// on other input the result is some character or `None`, never a panic.
#[inline]
pub(crate) fn char_at(b: &[u8], i: usize) -> Option<char> {
    let b0 = *b.get(i)? as u32;
    let cont = |k: usize| b.get(i + k).map_or(0, |&x| (x & 0x3F) as u32);
    let cp = match b0 {
        0..0x80 => b0,
        0xC0..0xE0 => (b0 & 0x1F) << 6 | cont(1),
        0xE0..0xF0 => (b0 & 0x0F) << 12 | cont(1) << 6 | cont(2),
        _ => (b0 & 0x07) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
    };
    let c = char::from_u32(cp);
    debug_assert!(
        b0 & 0xC0 != 0x80 && c.is_some_and(|c| b.get(i..i + c.len_utf8()).is_some()),
        "not a character boundary of valid UTF-8 at byte {i}"
    );
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_what_str_chars_gives() {
        let text =
            "Aà\u{300}ư\u{31B}Ủy ban “Lạng Sơn” 😀 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}";
        let b = text.as_bytes();
        for (i, c) in text.char_indices() {
            assert_eq!(char_at(b, i), Some(c), "{i}");
            assert_eq!(width(b[i]), c.len_utf8(), "{i}");
        }
        assert_eq!(char_at(b, b.len()), None);
    }
}

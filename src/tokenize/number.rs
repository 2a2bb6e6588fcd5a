//! Numbers, codes and date-like numerals.

use unicode_normalization::char::is_combining_mark;

use super::TokenKind;
use super::abbreviations::Dot;
use super::scan::Scanner;
use crate::letters::is_upper;

/// Reads a Vietnamese-formatted number; see [`Token::number`](super::Token::number).
pub(super) fn parse_number(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    if b.is_empty()
        || !b
            .iter()
            .all(|&c| c.is_ascii_digit() || c == b'.' || c == b',')
    {
        return None;
    }
    let (int, frac) = match s.split_once(',') {
        Some((i, f)) if !f.contains([',', '.']) && !f.is_empty() => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let mut groups = int.split('.');
    let first = groups.next()?;
    let rest = int.len() - first.len();
    let thousands = rest > 0
        && (1..=3).contains(&first.len())
        && int[first.len()..].split('.').skip(1).all(|g| g.len() == 3);
    let mut buf = [0u8; 64];
    let mut n = 0;
    let mut push = |c: u8| -> Option<()> {
        *buf.get_mut(n)? = c;
        n += 1;
        Some(())
    };
    if rest == 0 || thousands {
        for &c in int.as_bytes() {
            if c != b'.' {
                push(c)?;
            }
        }
        if let Some(f) = frac {
            push(b'.')?;
            f.bytes().try_for_each(&mut push)?;
        }
    } else {
        // One dot, not a thousands group: a decimal point (`1.5`), unless it reads as
        // month.year (`7.2017`).
        let (i, f) = int.split_once('.')?;
        if frac.is_some() || f.contains('.') || i.is_empty() {
            return None;
        }
        let month = i.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
        if month.is_some() && f.len() == 4 && (f.starts_with("19") || f.starts_with("20")) {
            return None;
        }
        int.bytes().try_for_each(&mut push)?;
    }
    std::str::from_utf8(&buf[..n]).ok()?.parse().ok()
}

impl<'a, const REF: bool> Scanner<'a, REF> {
    /// A token starting with a digit: a number, a date-like numeral or a code.
    #[inline(never)]
    pub(super) fn number(&mut self, start: usize) -> (usize, TokenKind, Dot) {
        if start >= self.link_checked_to
            && let Some((end, kind)) = self.link(start)
        {
            return (end, kind, Dot::None);
        }
        let mut end = self.digits_end(start);
        while matches!(self.byte(end), b'.' | b',' | b'/' | b'-' | b':') && self.digit_at(end + 1) {
            end = self.digits_end(end + 1);
        }
        let next = self.byte(end);
        // `20h30`: a time.
        if matches!(next, b'h' | b'g') && end - start <= 2 && self.digit_at(end + 1) {
            let e = self.digits_end(end + 1);
            if e - end <= 3 && !self.alnum_at(e) {
                return (e, TokenKind::Number, Dot::None);
            }
        }
        if self.letter_at(end) {
            let r = self.letter_run(end, false);
            let after = self.byte(r.end);
            let code = r.upper > 0
                || after.is_ascii_digit()
                || matches!(after, b'-' | b'/' | b'.') && self.alnum_at(r.end + 1);
            if code {
                return (self.code_end(start), TokenKind::Code, Dot::None);
            }
        } else if matches!(next, b'/' | b'-') && self.char_at(end + 1).is_some_and(is_upper) {
            return (self.code_end(start), TokenKind::Code, Dot::None);
        }
        (end, TokenKind::Number, Dot::None)
    }

    /// The end of a code: letters, digits and marks, joined by `-` and `/`, and by `.`
    /// between digits.
    pub(super) fn code_end(&self, mut i: usize) -> usize {
        loop {
            if self.digit_at(i) {
                i = self.digits_end(i);
            } else if self.letter_at(i) {
                let end = self.letter_run(i, false).end;
                // `NĐ-CPngày` (a missing space): the code ends with its upper-case letters.
                if let Some(cut) = self.upper_then_lower(i, end) {
                    return cut;
                }
                i = end;
            } else {
                match self.byte(i) {
                    b'-' | b'/' if self.alnum_at(i + 1) => i += 1,
                    b'.' if self.digit_at(i + 1) && i > 0 && self.digit_at(i - 1) => i += 1,
                    _ => return i,
                }
            }
        }
    }

    /// In the letters `text[start..end]`: where a lower-case word follows two or more
    /// upper-case letters. One lower-case ASCII letter at the end is the code's own
    /// (`QĐ-TTg`: Thủ tướng), not a word.
    fn upper_then_lower(&self, start: usize, end: usize) -> Option<usize> {
        let mut upper = 0;
        let run = self.text.get(start..end)?;
        for (off, c) in run.char_indices() {
            if is_combining_mark(c) {
                continue;
            }
            if is_upper(c) {
                upper += 1;
            } else {
                let rest = run.get(off..)?;
                let one_letter = rest.len() == 1 && rest.as_bytes()[0].is_ascii_lowercase();
                return (upper >= 2 && !one_letter).then_some(start + off);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        for (s, want) in [
            ("8,5", Some(8.5)),
            ("34.118", Some(34118.0)),
            ("1.234,56", Some(1234.56)),
            ("60.542.000", Some(60542000.0)),
            ("2020", Some(2020.0)),
            ("1.5", Some(1.5)),
            ("32,4", Some(32.4)),
            ("4.1.2017", None),
            ("7.2017", None),
            ("1.2.3,4", None),
            ("1,2,3", None),
            ("06/01/2019", None),
            ("10:20", None),
            ("12.34.567", None),
        ] {
            assert_eq!(parse_number(s), want, "{s}");
        }
    }
}

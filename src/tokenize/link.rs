//! URLs and email addresses.

use unicode_normalization::char::is_combining_mark;

use super::TokenKind;
use super::abbreviations::{self, Class};
use super::classes::{is_letter_char, is_link_byte};
use super::scan::Scanner;

impl<'a, const REF: bool> Scanner<'a, REF> {
    /// A URL or an email address starting at `start` (an ASCII letter or digit).
    #[inline(never)]
    pub(super) fn link(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        let t = self.text.as_bytes();
        let mut j = start;
        let mut dot = false;
        while let Some(&b) = t.get(j) {
            if b >= 0x80 {
                // Letters and marks of any script (`hoà@…`, `thư-viện.vn`).
                match self.char_at(j) {
                    Some(c) if is_letter_char(c) || is_combining_mark(c) => j += c.len_utf8(),
                    _ => break,
                }
                continue;
            }
            if !is_link_byte(b) {
                break;
            }
            dot |= b == b'.';
            j += 1;
        }
        let found = match t.get(j) {
            Some(b'@') if self.letter_at(start) || self.digit_at(start) => {
                self.email_domain_end(j + 1).map(|e| (e, TokenKind::Email))
            }
            Some(b':')
                if t.get(j..j + 3) == Some(b"://")
                    && t[start..j].iter().all(u8::is_ascii_alphabetic) =>
            {
                self.url_end(start, j + 3, j + 4)
                    .map(|e| (e, TokenKind::Url))
            }
            _ if dot => {
                let run = &t[start..j];
                let www = run.len() > 4 && run[..4].eq_ignore_ascii_case(b"www.");
                let min_end = if www {
                    Some(start + 5)
                } else {
                    self.domain_end(start, j)
                };
                min_end
                    .and_then(|m| self.url_end(start, j, m))
                    .map(|e| (e, TokenKind::Url))
            }
            _ => None,
        };
        if found.is_none() {
            // (No link starts before `j` but one that begins `www.` later in the run, after a
            // code it is glued to: `Ủy8TPwww.Việt`; NFD text starts its scans elsewhere.)
            let www = t
                .get(start + 1..j)
                .and_then(|r| r.windows(4).position(|w| w.eq_ignore_ascii_case(b"www.")));
            self.link_checked_to = www.map_or(j, |p| start + 1 + p);
        }
        found
    }

    /// Whether `www.` starts at `i`: a link may start there though a scan from before it
    /// failed (`Ủy8TPwww.Việt`, a code glued to it; NFD text starts its scans elsewhere).
    #[cold]
    #[inline(never)]
    pub(super) fn www_at(&self, i: usize) -> bool {
        self.text
            .as_bytes()
            .get(i..i + 4)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"www."))
    }

    /// When `text[start..end]` (link bytes) ends in `.suffix` with a listed domain suffix and
    /// is not followed by a letter or mark: the end of the domain.
    fn domain_end(&self, start: usize, end: usize) -> Option<usize> {
        let s = self.text[start..end].trim_end_matches(['.', '-']);
        let (name, tld) = s.rsplit_once('.')?;
        let end = start + s.len();
        if name.is_empty()
            // A letter of any script, so that NFC and NFD agree (`ì.com` and `i\u{300}.com`).
            || !name.chars().any(char::is_alphabetic)
            || name.ends_with(['.', '-'])
            || !tld.bytes().all(|b| b.is_ascii_alphabetic())
            || self.letter_at(end)
            || self.char_at(end).is_some_and(is_combining_mark)
        {
            return None;
        }
        (abbreviations::builtin().get(tld) == Some(Class::Domain)).then_some(end)
    }

    /// End of an email's domain starting at `i`: labels of letters, digits and `-` with at
    /// least one dot.
    fn email_domain_end(&self, i: usize) -> Option<usize> {
        let t = self.text.as_bytes();
        let mut j = i;
        while let Some(&b) = t.get(j) {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
                j += 1;
            } else {
                // Internationalized labels (`thư-viện.vn`), NFD included.
                match self.char_at(j) {
                    Some(c) if b >= 0x80 && (is_letter_char(c) || is_combining_mark(c)) => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
            }
        }
        let d = self.text.get(i..j)?.trim_end_matches(['.', '-']);
        let ok = d.contains('.')
            && d.split('.').all(|l| !l.is_empty())
            && d.rsplit('.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic()));
        ok.then_some(i + d.len())
    }

    /// End of a URL: scanned from `from`, trailing punctuation left out; `None` if that
    /// leaves less than `min_end - start` bytes.
    fn url_end(&self, start: usize, from: usize, min_end: usize) -> Option<usize> {
        let t = self.text.as_bytes();
        let mut j = from;
        while let Some(&b) = t.get(j) {
            if b >= 0x80 {
                // An internationalized URL keeps its letters, marks and digits of any
                // script (`…/wiki/Hoà_Bình`); prose punctuation and spaces end it.
                match self.char_at(j) {
                    Some(c) if is_letter_char(c) || is_combining_mark(c) || c.is_numeric() => {
                        j += c.len_utf8()
                    }
                    _ => break,
                }
                continue;
            }
            if b <= b' '
                || matches!(
                    b,
                    b'<' | b'>' | b'"' | b'`' | b'{' | b'}' | b'|' | b'\\' | b'^'
                )
            {
                break;
            }
            j += 1;
        }
        let mut s = &self.text[start..j];
        loop {
            let trimmed = s.trim_end_matches(['.', ',', ';', ':', '!', '?', '\'', ']']);
            let trimmed = if trimmed.ends_with(')') && !trimmed.contains('(') {
                &trimmed[..trimmed.len() - 1]
            } else {
                trimmed
            };
            if trimmed.len() == s.len() {
                break;
            }
            s = trimmed;
        }
        let end = start + s.len();
        (end >= min_end).then_some(end)
    }
}

//! VIQR (RFC 1456): Vietnamese in ASCII, the marks typed after the letter (`Vie^.t Nam`).
//!
//! Decoding is word by word. Inside a run of ASCII letters, a letter takes the marks the
//! table reads after it (``^ ( +`` or `*` for the modifier, ``' ` ? ~ .`` for the tone, `dd`
//! for `đ`), at most one tone per word. A word with marks is decoded only when the result is
//! one Vietnamese syllable with its tone where Vietnamese puts it; anything else (`add`,
//! `www.example.com`, `x^2`) is kept as written, and so is a word in code or markup (right
//! wrapped in `` ` ``, `*` or `_`, right before a digit, `_`, `=` or `@`: `` `a` ``, `a^2`).
//!
//! English writes three of the marks after letters too: `'` (`I'm`), `.` (`a.m.`, `me.`) and
//! `?` (`me?`), and `*` after a word (`*so*`, footnotes). A word whose only marks are those is
//! *weak* evidence; it is decoded only when its line reads as VIQR: strong words (with
//! ``^ ( + ~ ` ``, `dd`, or `*` inside the word) count twice, weak words once, and together
//! they must reach two and outnumber twice the words that are not Vietnamese (`What`,
//! `here`, the `t` of `Don't`, Unicode words). A line with nothing against it but too little
//! for it (`Co'.`) follows the whole text, if that has strong words. Abbreviations with `Đ`
//! (`HDDND`) are decoded where weak words are, and count for nothing (unaccented text writes
//! `GDĐT` as `GDDT`). A mark at the end of a word that would put the tone where Vietnamese
//! does not (`dda^u?` → `đâủ`) is punctuation: `đâu?`. Even strong words are kept on a line
//! made mostly of words that are not Vietnamese (more than twice their score), and a run of
//! ASCII letters that touches a Unicode letter is part of a Unicode word (`hò` + `` a` ``).
//!
//! A backslash right after a word makes the next mark, backslash or `d`/`D` literal (RFC
//! 1456's escape: `ba\.` is `ba.`, not `bạ`). Decoded words are NFC; `Encoding::decode` and
//! `decode_str` compose the rest too, `decode_runs` keeps it as written.

use super::evidence::word_hash;
use super::table::{Table, cp1252_char, table};
use super::{Encoding, compose_tail};
use crate::letters;
use crate::syllable::{Syllable, Tone};

/// The characters a backslash after a letter makes literal.
fn escapable(b: u8) -> bool {
    is_mark(b) || matches!(b, b'\\' | b'd' | b'D')
}

/// The VIQR mark characters.
pub(crate) fn is_mark(b: u8) -> bool {
    matches!(
        b,
        b'^' | b'(' | b'+' | b'*' | b'\'' | b'`' | b'?' | b'~' | b'.'
    )
}

/// Marks English also writes after a letter.
fn is_weak_mark(b: u8) -> bool {
    matches!(b, b'\'' | b'.' | b'?')
}

fn tone_of(c: char) -> Tone {
    letters::tables().letter(c).map_or(Tone::Ngang, |i| i.tone)
}

/// What a word read by the scanner is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Decodes to a syllable with a mark English never writes after a letter.
    Strong,
    /// Decodes to a syllable, but its only marks are `' . ?` (or a final `*`).
    Weak,
    /// An abbreviation with `Đ` (`HDDND`): decoded where weak words are, but no evidence
    /// (unaccented text writes `GDĐT` as `GDDT`).
    Abbreviation,
    /// Kept as written: `foreign` when it is not Vietnamese (`What`, `I'd`).
    Plain { foreign: bool },
}

/// One word: where it ends, how it reads, and its decoding in `word` when it has one.
struct Scanned {
    end: usize,
    kind: Kind,
}

/// Evidence of one line (or text) for VIQR.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Evidence {
    /// Words with strong marks that decode to syllables.
    pub strong: u32,
    /// Words with only weak marks that decode to syllables.
    pub weak: u32,
    /// Words that are not Vietnamese: ASCII non-syllables (not all capitals), Unicode words.
    pub foreign: u32,
    /// A hash of the first decoded word, and whether a different one was decoded.
    pub first: u64,
    pub distinct: bool,
}

impl Evidence {
    fn add(&mut self, o: &Evidence) {
        if self.strong + self.weak == 0 {
            self.first = o.first;
            self.distinct = o.distinct;
        } else if o.strong + o.weak > 0 {
            self.distinct |= o.distinct || o.first != self.first;
        }
        self.strong += o.strong;
        self.weak += o.weak;
        self.foreign += o.foreign;
    }

    fn score(&self) -> u32 {
        2 * self.strong + self.weak
    }

    /// Whether this line's own evidence reads as VIQR.
    fn reads_as_viqr(&self) -> bool {
        self.score() >= 2 && self.score() > 2 * self.foreign
    }

    /// Whether the strong words of this line are decoded: unless the line is mostly words
    /// that are not Vietnamese (Unicode text with a code span ending `` y` ``).
    fn decode_strong(&self) -> bool {
        self.foreign <= 2 * self.score()
    }

    /// Whether the weak words of this line are decoded, given the evidence of the whole text:
    /// on the line's own evidence, or, when nothing on the line is against it, on the text's
    /// (which must have strong words: unaccented Vietnamese has weak-looking words only).
    fn decode_weak(&self, text: &Evidence) -> bool {
        self.reads_as_viqr()
            || (self.foreign == 0 && text.strong >= 2 && text.score() >= 4 && text.reads_as_viqr())
    }

    /// The words this line decodes on its own evidence (for detection).
    pub(crate) fn votes(&self) -> u32 {
        if self.reads_as_viqr() {
            self.strong + self.weak
        } else if self.decode_strong() {
            self.strong
        } else {
            0
        }
    }
}

/// An upper-case abbreviation with `Đ` and no vowel (`HĐND`, `ĐBQH`, `BGDĐT`), which is not a
/// syllable but is plainly Vietnamese.
fn abbreviation(word: &str) -> bool {
    word.contains('Đ')
        && word
            .chars()
            .all(|c| c == 'Đ' || (c.is_ascii_uppercase() && !"AEIOUY".contains(c)))
}

/// What [`read`] found in a word.
struct Read {
    /// Bytes read.
    len: usize,
    /// Any mark read.
    marked: bool,
    /// A mark English never writes after a letter: ``^ ( + ~ ` ``, `dd`, or `*` inside the
    /// word (`nu*o*'c`; a `*` ending a word is as likely Markdown emphasis or a footnote).
    strong: bool,
    /// The last character read ends with `'`, `.` or `?`.
    weak_last: bool,
}

/// Reads the letters and marks of `b` (which starts with an ASCII letter) into `word`.
fn read(t: &Table, b: &[u8], word: &mut String) -> Read {
    word.clear();
    let mut r = Read {
        len: 0,
        marked: false,
        strong: false,
        weak_last: false,
    };
    let mut toned = false;
    let mut last_star = None;
    let mut i = 0;
    while i < b.len() && b[i].is_ascii_alphabetic() {
        let (mut ch, mut n) = t.next(&b[i..]);
        if toned && n > 1 && tone_of(ch) != Tone::Ngang {
            // A second tone is not a tone: read the letter without it.
            let (c2, n2) = t.next(&b[i..i + n - 1]);
            ch = c2;
            n = n2;
        }
        toned |= tone_of(ch) != Tone::Ngang;
        r.weak_last = false;
        if n > 1 {
            r.marked = true;
            for (k, &m) in b[i + 1..i + n].iter().enumerate() {
                match m {
                    b'*' => {
                        r.strong |= last_star.is_some();
                        last_star = Some(i + 1 + k);
                    }
                    _ => r.strong |= !is_weak_mark(m),
                }
            }
            r.weak_last = b[i + n - 1] != b'*' && is_weak_mark(b[i + n - 1]);
        }
        word.push(ch);
        i += n;
    }
    r.len = i;
    r.strong |= last_star.is_some_and(|k| k + 1 < i);
    r
}

/// Whether the word at `b[i..end]` sits in code or markup: wrapped in `` ` ``, `*` or `_`
/// (`` `a` ``, `*so*`, whose closing character the word may have read as a mark), or right
/// before a digit, `_`, `=` or `@` (`a^2`, `e_1`). VIQR never puts those there.
fn in_code(b: &[u8], i: usize, end: usize) -> bool {
    let before = i.checked_sub(1).map(|k| b[k]);
    let escaped = i >= 2 && b[i - 2] == b'\\';
    let after = b.get(end).copied();
    let wrapped = |c: u8| before == Some(c) && !escaped && (b[end - 1] == c || after == Some(c));
    wrapped(b'`')
        || wrapped(b'*')
        || wrapped(b'_')
        || matches!(after, Some(b'0'..=b'9' | b'_' | b'=' | b'@'))
}

/// The character of the UTF-8 text `b` that ends at byte `i`, and the one that starts there.
fn char_before(b: &[u8], i: usize) -> Option<char> {
    let start = (i.saturating_sub(4)..i).find(|&k| b[k] & 0xC0 != 0x80)?;
    std::str::from_utf8(&b[start..i]).ok()?.chars().next_back()
}

fn char_at(b: &[u8], i: usize) -> Option<char> {
    let end = (i + 1..=b.len().min(i + 4)).find(|&k| k == b.len() || b[k] & 0xC0 != 0x80)?;
    std::str::from_utf8(&b[i..end]).ok()?.chars().next()
}

/// Whether the ASCII word at `b[i..end]` is part of a Unicode word (`hò` + `a\``): a letter or
/// combining mark that is not ASCII touches it.
fn in_unicode_word(b: &[u8], i: usize, end: usize) -> bool {
    let unicode_letter =
        |c: char| !c.is_ascii() && (c.is_alphabetic() || letters::mark(c).is_some());
    char_before(b, i).is_some_and(unicode_letter) || char_at(b, end).is_some_and(unicode_letter)
}

/// Scans the word starting at the ASCII letter `b[i]`, its decoding left in `word`.
fn scan(t: &Table, b: &[u8], i: usize, word: &mut String) -> Scanned {
    let r = read(t, &b[i..], word);
    let end = i + r.len;
    if r.marked && !in_code(b, i, end) && !in_unicode_word(b, i, end) {
        match Syllable::parse_with_repairs(word) {
            Ok((_, rep)) if !rep.marks && !rep.misplaced => {
                let kind = if r.strong { Kind::Strong } else { Kind::Weak };
                return Scanned { end, kind };
            }
            // The tone where Vietnamese does not put it, from a mark ending the word: that
            // mark is punctuation (`dda^u?` is `đâu?`).
            Ok(_) if r.weak_last && r.len > 1 => {
                let inner = scan(t, &b[..end - 1], i, word);
                if inner.end == end - 1 && !matches!(inner.kind, Kind::Plain { .. }) {
                    return inner;
                }
            }
            _ if abbreviation(word) => {
                return Scanned {
                    end,
                    kind: Kind::Abbreviation,
                };
            }
            _ => {}
        }
    }
    // Kept as written: foreign unless it is a syllable (or all capitals) as written.
    let letters = b[i..end].iter().filter(|c| c.is_ascii_alphabetic());
    let all_caps = letters.clone().all(u8::is_ascii_uppercase);
    let plain = std::str::from_utf8(&b[i..end]).unwrap_or_default();
    let syllable = letters.count() == end - i && crate::is_valid(plain);
    let foreign = !(all_caps || syllable);
    Scanned {
        end,
        kind: Kind::Plain { foreign },
    }
}

/// A piece of a line, as [`walk`] reads it.
enum Piece<'a> {
    /// A word: as written, how it reads, and its decoding.
    Word {
        text: &'a str,
        kind: Kind,
        decoded: &'a str,
    },
    /// An escape after a word: the character it makes literal.
    Escaped(char),
    /// Anything else (spaces, punctuation, non-ASCII), copied.
    Other(&'a str),
}

/// Walks `line` piece by piece.
fn walk(line: &str, word: &mut String, mut f: impl FnMut(Piece<'_>)) {
    let t = table(Encoding::Viqr);
    let b = line.as_bytes();
    let mut i = 0;
    let mut word_end = usize::MAX;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' && word_end == i && i + 1 < b.len() && escapable(b[i + 1]) {
            f(Piece::Escaped(b[i + 1] as char));
            i += 2;
            word_end = i;
        } else if c.is_ascii_alphabetic() {
            let s = scan(t, b, i, word);
            let end = s.end.max(i + 1);
            f(Piece::Word {
                text: &line[i..end],
                kind: s.kind,
                decoded: word,
            });
            i = end;
            word_end = i;
        } else {
            let n = line[i..].chars().next().map_or(1, char::len_utf8);
            f(Piece::Other(&line[i..i + n]));
            i += n;
        }
    }
}

/// The VIQR evidence of one line (without its line break).
pub(crate) fn evidence(line: &str) -> Evidence {
    let mut ev = Evidence::default();
    let mut word = String::new();
    let mut in_unicode = false;
    walk(line, &mut word, |piece| match piece {
        Piece::Word { kind, decoded, .. } => {
            in_unicode = false;
            match kind {
                Kind::Strong | Kind::Weak => {
                    let h = word_hash(decoded);
                    if ev.strong + ev.weak == 0 {
                        ev.first = h;
                    } else if h != ev.first {
                        ev.distinct = true;
                    }
                    if kind == Kind::Strong {
                        ev.strong += 1;
                    } else {
                        ev.weak += 1;
                    }
                }
                Kind::Plain { foreign } => ev.foreign += foreign as u32,
                Kind::Abbreviation => {}
            }
        }
        Piece::Escaped(_) => in_unicode = false,
        Piece::Other(s) => {
            // A Unicode letter starts a foreign word, counted once up to the next space.
            let c = s.chars().next().unwrap_or(' ');
            if c.is_whitespace() {
                in_unicode = false;
            } else if !c.is_ascii() && c.is_alphabetic() && !in_unicode {
                in_unicode = true;
                ev.foreign += 1;
            }
        }
    });
    ev
}

/// Decodes VIQR bytes, NFC: UTF-8 when they are valid UTF-8 (VIQR is ASCII, but files may
/// carry other text), else each byte as its Windows-1252 character.
pub(crate) fn decode_bytes(bytes: &[u8], out: &mut String) {
    match std::str::from_utf8(bytes) {
        Ok(s) => decode_nfc(s, out),
        Err(_) => {
            let s: String = bytes.iter().map(|&b| cp1252_char(b)).collect();
            decode_nfc(&s, out)
        }
    }
}

/// Decodes VIQR text, appending NFC to `out`: the decoded words are NFC, and so is the rest
/// (NFD or U+0340 in the input is composed).
pub(crate) fn decode_nfc(text: &str, out: &mut String) {
    let start = out.len();
    decode_to(text, out);
    if !text.is_ascii() {
        compose_tail(out, start);
    }
}

/// Decodes VIQR text, appending to `out`: decoded words are NFC, everything else is copied
/// as it is.
pub(crate) fn decode_to(text: &str, out: &mut String) {
    // First pass: the evidence of each line and of the whole text.
    let lines: Vec<Evidence> = text.split('\n').map(evidence).collect();
    let mut whole = Evidence::default();
    for ev in &lines {
        whole.add(ev);
    }
    out.reserve(text.len());
    let mut word = String::new();
    let mut at = 0;
    for (line, ev) in text.split('\n').zip(&lines) {
        if at > 0 {
            out.push('\n');
        }
        at += line.len() + 1;
        let weak = ev.decode_weak(&whole);
        let strong = ev.decode_strong();
        walk(line, &mut word, |piece| match piece {
            Piece::Word {
                kind: Kind::Strong,
                decoded,
                ..
            } if strong => out.push_str(decoded),
            Piece::Word {
                kind: Kind::Weak | Kind::Abbreviation,
                decoded,
                ..
            } if weak => out.push_str(decoded),
            Piece::Word { text, .. } | Piece::Other(text) => out.push_str(text),
            Piece::Escaped(c) => out.push(c),
        });
    }
}

/// Appends the VIQR of one already-composed character `c`; `prev` is the character before it
/// in the input. `None` when VIQR cannot write it.
pub(crate) fn encode_char(c: char, prev: Option<char>, out: &mut Vec<u8>) -> Option<()> {
    let t = table(Encoding::Viqr);
    if let Some(bytes) = t.encode_char(c) {
        out.extend_from_slice(bytes);
        return Some(());
    }
    if !c.is_ascii() {
        return None;
    }
    let b = c as u8;
    let after_letter = prev.is_some_and(char::is_alphabetic);
    let escape = match b {
        b'd' | b'D' => matches!(prev, Some('d' | 'D')),
        _ => escapable(b) && after_letter,
    };
    if escape {
        out.push(b'\\');
    }
    out.push(b);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> String {
        let mut out = String::new();
        decode_nfc(s, &mut out);
        out
    }

    #[test]
    fn decodes_words() {
        assert_eq!(dec("Vie^.t Nam"), "Việt Nam");
        assert_eq!(dec("Ha` No^.i."), "Hà Nội.");
        assert_eq!(dec("DDa(ng ky'"), "Đăng ký");
        assert_eq!(dec("ddu+o+`ng"), "đường");
        assert_eq!(dec("ddu*o*`ng"), "đường");
        assert_eq!(dec("NGUYE^~N"), "NGUYỄN");
        assert_eq!(
            dec("Vie^.t Nam: HDDND, DDBQH, QDD"),
            "Việt Nam: HĐND, ĐBQH, QĐ"
        );
        // Without VIQR around them, `DD` in capitals is as likely unaccented `DĐ`.
        assert_eq!(
            dec("Bo GD&DT, TT-BGDDT, GCNQSDD"),
            "Bo GD&DT, TT-BGDDT, GCNQSDD"
        );
        assert_eq!(dec("ADD ODD"), "ADD ODD");
    }

    #[test]
    fn keeps_what_is_not_vietnamese() {
        for s in [
            "It's here, don't.",
            "e.g. this",
            "add odd",
            "www.example.com",
            "C++ (a+b)",
            "x^2",
            "I'm OK.",
            "C:\\data\\file.txt",
            "Use *so* and *no* here",
            "the variable `a` is",
            "e^2 + o^2",
            "the old `hòa` or new `hoà` style",
            "only before `i e ê y` in Unicode text, and so on",
        ] {
            assert_eq!(dec(s), s);
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(dec("ba\\."), "ba.");
        assert_eq!(dec("a\\\\b"), "a\\b");
        assert_eq!(dec("d\\di"), "ddi");
        assert_eq!(dec("a\\b"), "a\\b");
        assert_eq!(dec("\\."), "\\.");
    }

    #[test]
    fn misplaced_final_mark_is_punctuation() {
        assert_eq!(dec("Anh ddi dda^u?"), "Anh đi đâu?");
        assert_eq!(dec("Ba.n te^n gi`?"), "Bạn tên gì?");
    }

    #[test]
    fn evidence_of_english_and_vietnamese() {
        let en = evidence("No. I'm fine, thanks.");
        assert!(!en.reads_as_viqr(), "{en:?}");
        let vi = evidence("Co' ca'c ti?nh.");
        assert_eq!((vi.strong, vi.weak, vi.foreign), (0, 3, 0));
        assert!(vi.reads_as_viqr());
    }
}

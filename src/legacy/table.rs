//! The mapping tables: `data/legacy/*.tsv`, parsed once at first use into a byte trie for
//! decoding and a char → bytes map for encoding.
//!
//! The crate's data reader splits the lines and [`parse_row`] reads every table's rows. A row is `char<TAB>hex bytes`, with an
//! optional third column `decode` for sequences that are read but never written; the char
//! column is either the character itself or `U+XXXX` (combining marks).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::Encoding;
use crate::data::{self, DataError, Record};

/// Windows-1252 bytes 0x80..=0x9F; the five positions 1252 leaves undefined read as the
/// Latin-1 C1 control of the same value.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
];

/// The Windows-1252 character of a byte (Latin-1 for the undefined positions).
#[inline]
pub(crate) fn cp1252_char(b: u8) -> char {
    if (0x80..0xA0).contains(&b) {
        CP1252_HIGH[(b - 0x80) as usize]
    } else {
        b as char
    }
}

/// The byte a character stands for when legacy bytes were read as Windows-1252 or Latin-1.
#[inline]
pub(crate) fn cp1252_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if cp < 0x100 {
        return Some(cp as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h == c)
        .map(|i| 0x80 + i as u8)
}

/// One parsed table row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row {
    pub ch: char,
    pub bytes: Vec<u8>,
    /// Read when decoding, never written when encoding.
    pub decode_only: bool,
}

/// Reads one row of a `data/legacy/*.tsv` table (the crate's one data reader splits the
/// lines): `char<TAB>hex bytes[<TAB>decode]`.
pub(crate) fn parse_row(r: Record<'_>) -> Result<Row, DataError> {
    let [c, b, flag] = r.fields_between::<3>(2)?;
    let (c, b) = (c.unwrap_or_default(), b.unwrap_or_default());
    let ch = match c.strip_prefix("U+") {
        Some(hex) if !hex.is_empty() => u32::from_str_radix(hex, 16).ok().and_then(char::from_u32),
        _ => {
            let mut cs = c.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Some(c),
                _ => None,
            }
        }
    }
    .ok_or_else(|| r.invalid(1, "character", c, "one character or U+XXXX"))?;
    let bytes = b
        .split(' ')
        .map(|h| {
            (h.len() == 2)
                .then(|| u8::from_str_radix(h, 16).ok())
                .flatten()
        })
        .collect::<Option<Vec<u8>>>()
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            r.invalid(
                2,
                "bytes",
                b,
                "hex bytes separated by spaces, such as `E9` or `61 B0`",
            )
        })?;
    let decode_only = match flag {
        None => false,
        Some("decode") => true,
        Some(f) => return Err(r.unknown(3, "flag", f, "decode")),
    };
    Ok(Row {
        ch,
        bytes,
        decode_only,
    })
}

/// The source text of an encoding's table.
pub(crate) fn source(e: Encoding) -> &'static str {
    match e {
        Encoding::Tcvn3 => include_str!("../../data/legacy/tcvn3.tsv"),
        Encoding::Vni => include_str!("../../data/legacy/vni.tsv"),
        Encoding::Viqr => include_str!("../../data/legacy/viqr.tsv"),
        Encoding::Viscii => include_str!("../../data/legacy/viscii.tsv"),
        Encoding::Vps => include_str!("../../data/legacy/vps.tsv"),
        Encoding::Cp1258 => include_str!("../../data/legacy/cp1258.tsv"),
    }
}

/// The rows of a table that parse. A malformed row is a bug in the shipped data, caught by
/// the unit tests; it is skipped rather than panicking at run time.
pub(crate) fn rows(e: Encoding) -> impl Iterator<Item = Row> {
    data::records(source(e)).filter_map(move |r| {
        let row = parse_row(r);
        debug_assert!(row.is_ok(), "{e:?}: {row:?}");
        row.ok()
    })
}

/// A trie node entry: the char a sequence ending here decodes to (`'\0'` for none) and the
/// node that continues it (0 for none).
#[derive(Clone, Copy)]
struct Entry {
    ch: char,
    child: u16,
}

const EMPTY: Entry = Entry { ch: '\0', child: 0 };

/// One encoding's tables.
pub(crate) struct Table {
    /// `nodes[0]` is the root: every byte has a char there (Windows-1252 when the table does
    /// not map it).
    nodes: Vec<[Entry; 256]>,
    /// Whether a decoded char may be a combining mark (then the output is composed).
    has_marks: bool,
    /// char → bytes for the encoder (rows without `decode`, the first row of a char wins).
    encode: HashMap<char, Vec<u8>>,
    /// Bytes that occur anywhere in a letter row: a Windows-1252 char with such a byte cannot
    /// be written as itself.
    used: [bool; 256],
}

impl Table {
    fn build(e: Encoding) -> Table {
        let mut root = [EMPTY; 256];
        for (b, slot) in root.iter_mut().enumerate() {
            slot.ch = cp1252_char(b as u8);
        }
        let mut t = Table {
            nodes: vec![root],
            has_marks: false,
            encode: HashMap::new(),
            used: [false; 256],
        };
        for row in rows(e) {
            t.insert(&row.bytes, row.ch);
            if crate::letters::mark(row.ch).is_some() {
                t.has_marks = true;
            }
            for &b in &row.bytes {
                t.used[b as usize] = true;
            }
            if !row.decode_only {
                t.encode.entry(row.ch).or_insert(row.bytes);
            }
        }
        t
    }

    fn insert(&mut self, bytes: &[u8], ch: char) {
        let mut node = 0usize;
        for (i, &b) in bytes.iter().enumerate() {
            if i + 1 == bytes.len() {
                self.nodes[node][b as usize].ch = ch;
                return;
            }
            let child = self.nodes[node][b as usize].child;
            node = if child == 0 {
                self.nodes.push([EMPTY; 256]);
                let n = self.nodes.len() - 1;
                self.nodes[node][b as usize].child = n as u16;
                n
            } else {
                child as usize
            };
        }
    }

    /// Decodes the longest sequence at the start of `bytes` (not empty): the char and how
    /// many bytes it took.
    #[inline]
    pub(crate) fn next(&self, bytes: &[u8]) -> (char, usize) {
        let first = self.nodes[0][bytes[0] as usize];
        let mut best = (first.ch, 1);
        let mut child = first.child;
        let mut j = 1;
        while child != 0 && j < bytes.len() {
            let e = self.nodes[child as usize][bytes[j] as usize];
            j += 1;
            if e.ch != '\0' {
                best = (e.ch, j);
            }
            child = e.child;
        }
        best
    }

    /// Appends the decoding of `bytes`; returns whether a combining mark was written.
    pub(crate) fn decode_to(&self, bytes: &[u8], out: &mut String) -> bool {
        out.reserve(bytes.len() + bytes.len() / 2);
        let mut i = 0;
        let mut marks = false;
        while i < bytes.len() {
            let (c, n) = self.next(&bytes[i..]);
            marks |= self.has_marks && ('\u{300}'..='\u{36F}').contains(&c);
            out.push(c);
            i += n;
        }
        marks
    }

    /// The bytes that write a letter (or mark) in this encoding, from the table.
    pub(crate) fn encode_char(&self, c: char) -> Option<&[u8]> {
        self.encode.get(&c).map(Vec::as_slice)
    }

    /// Whether `b` occurs in some row of the table.
    pub(crate) fn uses(&self, b: u8) -> bool {
        self.used[b as usize]
    }
}

/// The tables of `Encoding::ALL`, in its order (which is the order of the variants).
static TABLES: LazyLock<Vec<Table>> =
    LazyLock::new(|| Encoding::ALL.iter().map(|&e| Table::build(e)).collect());

/// The parsed table of an encoding.
pub(crate) fn table(e: Encoding) -> &'static Table {
    &TABLES[e as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses() {
        for &e in Encoding::ALL {
            for r in data::records(source(e)) {
                assert!(parse_row(r).is_ok(), "{e:?}: {:?}", parse_row(r));
            }
        }
    }

    #[test]
    fn row_parser_rejects_garbage() {
        let row = |line: &str| parse_row(data::records(line).next().expect("a data line"));
        assert_eq!(
            row("ộ\tE9"),
            Ok(Row {
                ch: 'ộ',
                bytes: vec![0xE9],
                decode_only: false
            })
        );
        assert_eq!(
            row("U+0300\tB0\tdecode"),
            Ok(Row {
                ch: '\u{300}',
                bytes: vec![0xB0],
                decode_only: true
            })
        );
        let err = |line: &str| row(line).unwrap_err().to_string();
        assert!(err("ab\tE9").contains("invalid character `ab` in field 1"));
        assert!(err("a\tE").contains("invalid bytes `E` in field 2"));
        assert!(err("a\t").contains("invalid bytes"));
        assert!(err("a\tE9\tmaybe").contains("unknown flag `maybe` in field 3"));
        assert!(err("U+ZZ\tE9").contains("invalid character"));
        assert_eq!(err("a"), "line 1: expected 2 to 3 fields, found 1");
        assert_eq!(
            err("a\tE9\tdecode\tx"),
            "line 1: expected 2 to 3 fields, found 4"
        );
    }

    /// Every non-ASCII Vietnamese letter (data/letters.tsv) has a row, where the encoding has
    /// the letter at all.
    #[test]
    fn letters_are_covered() {
        let letters: Vec<char> = include_str!("../../data/letters.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.chars().next())
            .filter(|c| !c.is_ascii())
            .collect();
        assert_eq!(letters.len(), 134);
        for &e in Encoding::ALL {
            let t = table(e);
            let mut decodable: Vec<char> = rows(e).map(|r| r.ch).collect();
            decodable.sort_unstable();
            decodable.dedup();
            let missing: Vec<char> = letters
                .iter()
                .copied()
                .filter(|c| decodable.binary_search(c).is_err())
                .collect();
            let expected: &[char] = match e {
                Encoding::Vps => &['Ỗ'],
                _ => &[],
            };
            if e == Encoding::Tcvn3 {
                // The VN1 upper-case codes in 0x80..=0x9F are Windows-1252 punctuation in ABC.
                assert_eq!(missing.len(), 32, "{missing:?}");
                assert!(missing.iter().all(|c| c.is_uppercase()));
            } else {
                assert_eq!(missing, expected, "{e:?}: letters without a row");
            }
            let unwritable: Vec<char> = letters
                .iter()
                .copied()
                .filter(|&c| t.encode_char(c).is_none())
                .collect();
            match e {
                // ABC has upper case only for the untoned Ă Â Ê Ô Ơ Ư Đ.
                Encoding::Tcvn3 => {
                    assert_eq!(unwritable.len(), 67 - 7);
                    assert!(unwritable.iter().all(|c| c.is_uppercase()));
                }
                _ => assert_eq!(unwritable, expected, "{e:?}"),
            }
        }
    }

    #[test]
    fn sequences_decode() {
        let t = table(Encoding::Vni);
        assert_eq!(t.next(b"o\xe4ng"), ('ộ', 2));
        assert_eq!(t.next(b"\xf4\xf9"), ('ớ', 2));
        assert_eq!(t.next(b"\xf4x"), ('ơ', 1));
        assert_eq!(t.next(b"ox"), ('o', 1));
        let t = table(Encoding::Viqr);
        assert_eq!(t.next(b"e^.t"), ('ệ', 3));
        assert_eq!(t.next(b"e^"), ('ê', 2));
        let t = table(Encoding::Tcvn3);
        assert_eq!(t.next(b"\x93"), ('“', 1));
    }

    #[test]
    fn cp1252_round_trips() {
        for b in 0..=255u8 {
            assert_eq!(cp1252_byte(cp1252_char(b)), Some(b));
        }
        assert_eq!(cp1252_byte('ộ'), None);
    }
}

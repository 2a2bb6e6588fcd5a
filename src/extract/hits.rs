//! The lexicon's entries found in one sentence: for each unit, every entry that starts there
//! (found by one walk of the lexicon's trie from that unit).

use crate::lexicon::{EntryKind, Hit, Lexicon, Piece};
use crate::tokenize::TokenKind;

use super::units::Unit;

/// The entries that start at each unit of a sentence.
#[derive(Debug, Default)]
pub(crate) struct Hits {
    /// `hits[starts[i]..starts[i + 1]]` start at unit `i`, shortest first.
    starts: Vec<u32>,
    hits: Vec<Hit>,
    pieces: Vec<Piece>,
    /// The kinds of the entries that start at each unit, one bit per [`EntryKind`].
    kinds: Vec<u32>,
}

/// The bit of a kind in [`Hits::kinds`].
pub(crate) const fn bit(k: EntryKind) -> u32 {
    1 << k as u32
}

impl Hits {
    /// Finds the entries of `lex` in the units of one sentence.
    pub(crate) fn find(&mut self, lex: &Lexicon, u: &[Unit<'_>]) {
        self.pieces.clear();
        self.pieces.extend(u.iter().map(|x| piece(lex, x)));
        self.starts.clear();
        self.hits.clear();
        self.kinds.clear();
        for i in 0..u.len() {
            let from = self.hits.len();
            self.starts.push(from as u32);
            let mut mask = lex.hits(&self.pieces, i, &mut self.hits);
            // The tail of an abbreviation joined by `&` starts no entry of its own: the `CN`
            // of `Bộ KH&CN` is no degree (`CN`, cử nhân) before the name after it.
            if mask != 0 && i > 0 && glued_after_ampersand(u, i) {
                self.hits.truncate(from);
                mask = 0;
            }
            // `Vũ Quang Tuyến`, `Kim Sơn Hải`: a place of two words that starts with a
            // surname, then one more capitalized syllable and no more, is a person's name
            // (`Vũ Quang` and `Kim Sơn` are districts).
            const NAME: u32 = bit(EntryKind::Place) | bit(EntryKind::Surname);
            // (Not after a level: `tỉnh Đồng Tháp Lưu trữ`; `nước` of `Nhà nước` is none.)
            if mask & NAME == NAME && three_word_name(u, i) && !self.level_before(u, i) {
                mask = self.drop_from(from, mask, EntryKind::Place, Some(i + 2));
            }
            // An abbreviation spelt as a syllable only in capitals: `TƯ` (Trung ương), not the
            // compound surname of `Tư Mã Thiên`.
            if mask & bit(EntryKind::Abbreviation) != 0
                && u.get(i).is_some_and(|x| x.key.is_some() && !x.all_caps())
            {
                mask = self.drop_from(from, mask, EntryKind::Abbreviation, Some(i + 1));
            }
            // `CA` (Công an) only in capitals: `Đoàn Ca múa Tổng cục Chính trị` sings.
            if mask & bit(EntryKind::Org) != 0 && sung(u, i) {
                mask = self.drop_from(from, mask, EntryKind::Org, Some(i + 1));
            }
            // `tổ chức` in lower case is the verb, to organise (`Giám đốc tổ chức hội nghị`);
            // capitalized, a body's kind (`Tổ chức Du lịch Hàn Quốc`).
            if mask & bit(EntryKind::Org) != 0 && organises(u, i) {
                mask = self.drop_from(from, mask, EntryKind::Org, Some(i + 2));
            }
            // `buôn` and `làng` are levels before a village's name only: not in `buôn lậu`
            // (smuggling), `buôn bán`, `làng nghề`.
            // Nor is `nước` in `nước ngoài` (foreign): `các Đại sứ nước ngoài`.
            if mask & bit(EntryKind::Level) != 0 && (lower_after_village(u, i) || foreign(u, i)) {
                mask = self.drop_from(from, mask, EntryKind::Level, Some(i + 1));
            }
            // A place word inside a listed place's name starts no place of its own: the
            // `Bản` of `Nhật Bản` (`bản`, a village) before `Đại tá Nguyễn Văn Hòa`.
            if mask & bit(EntryKind::PlaceWord) != 0
                && (i.saturating_sub(2)..i).any(|s| self.runs_past(s, EntryKind::Place, i))
            {
                mask = self.drop_from(from, mask, EntryKind::PlaceWord, None);
            }
            // Nor is `cùng cấp` (of the same level) in `cùng cấp ủy` (with the Party
            // committee): `Đồn trưởng Đồn BP Gành Dầu cùng cấp ủy đồn`.
            if mask & bit(EntryKind::Level) != 0 && with_committee(u, i) {
                mask = self.drop_from(from, mask, EntryKind::Level, Some(i + 2));
            }
            // `trưởng` of `tăng trưởng` (growth) and `sinh trưởng` (to grow) is no role: `Trung
            // tâm Nghiên cứu năng lượng và Tăng trưởng xanh`; `thôn` of `nông thôn` (the
            // countryside) is no level: `Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Tuấn
            // Anh`.
            if mask & (bit(EntryKind::Role) | bit(EntryKind::Level)) != 0
                && let Some(kind) = second_of_noun(u, i)
                && mask & bit(kind) != 0
            {
                mask = self.drop_from(from, mask, kind, None);
            }
            // A role typed with a tone mark missing (`Chủ tich UBND tỉnh`, `Pho Chủ tịch`),
            // where no role or prefix starts as written: capitalized, as a title before a
            // name is written (which also keeps the look-up off most words).
            const TITLE: u32 = bit(EntryKind::Role) | bit(EntryKind::Prefix);
            // (Or in lower case after a capitalized prefix: `Phó chủ tich UBND tỉnh`.)
            if mask & TITLE == 0
                && (capitalized_syllable(u, i)
                    || (i > 0
                        && self
                            .kinds
                            .get(i - 1)
                            .is_some_and(|&m| m & bit(EntryKind::Prefix) != 0)
                        && capitalized_syllable(u, i - 1)))
            {
                mask |= lex.typo_hits(&self.pieces, i, |k| bare_stop(u, k), &mut self.hits);
            }
            self.kinds.push(mask);
        }
        self.starts.push(self.hits.len() as u32);
    }

    /// Drops the entries of `kind` ending at `end` (or all of them, for `None`) from the hits
    /// of the unit being read (those from `from` on); `mask` (that unit's kinds) without
    /// `kind` when none of it is left.
    fn drop_from(&mut self, from: usize, mask: u32, kind: EntryKind, end: Option<usize>) -> u32 {
        // (Only the tail is walked: the hits of the units before stay where they are.)
        let mut k = from;
        while let Some(h) = self.hits.get(k) {
            if h.kind == kind && end.is_none_or(|e| h.end == e) {
                self.hits.remove(k);
            } else {
                k += 1;
            }
        }
        if self
            .hits
            .get(from..)
            .is_some_and(|t| t.iter().any(|h| h.kind == kind))
        {
            mask
        } else {
            mask & !bit(kind)
        }
    }

    /// Whether a level other than `nước` (`tỉnh`, `huyện`, `thành phố`) ends right before
    /// unit `i` (the hits of the units before `i` are found).
    fn level_before(&self, u: &[Unit<'_>], i: usize) -> bool {
        static NUOC: std::sync::LazyLock<Option<u32>> =
            std::sync::LazyLock::new(|| crate::Syllable::parse("nước").ok().map(|s| s.key()));
        (i.saturating_sub(3)..i).any(|s| {
            self.kinds_at(s) & bit(EntryKind::Level) != 0
                && self
                    .at(s)
                    .iter()
                    .any(|h| h.kind == EntryKind::Level && h.end == i)
                && u.get(s).is_some_and(|x| x.key.is_none() || x.key != *NUOC)
        })
    }

    /// The kinds of the entries that start at unit `i` (see [`bit`]).
    pub(crate) fn kinds_at(&self, i: usize) -> u32 {
        self.kinds.get(i).copied().unwrap_or(0)
    }

    /// Whether some unit of the sentence starts an entry of one of `kinds`.
    pub(crate) fn any(&self, kinds: u32) -> bool {
        self.kinds.iter().any(|&m| m & kinds != 0)
    }

    /// The entries that start at unit `i`.
    pub(crate) fn at(&self, i: usize) -> &[Hit] {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.hits.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The longest entry of `kind` at unit `i`: its end and note.
    pub(crate) fn longest(&self, i: usize, kind: EntryKind) -> Option<(usize, u32)> {
        if self.kinds_at(i) & bit(kind) == 0 {
            return None;
        }
        self.at(i)
            .iter()
            .rev()
            .find(|h| h.kind == kind)
            .map(|h| (h.end, h.note))
    }

    /// Whether an entry of `kind` that starts at unit `s` ends past unit `i`.
    pub(crate) fn runs_past(&self, s: usize, kind: EntryKind, i: usize) -> bool {
        self.kinds_at(s) & bit(kind) != 0 && self.at(s).iter().any(|h| h.kind == kind && h.end > i)
    }

    /// Whether an entry of `kind` of exactly one unit starts at `i`.
    pub(crate) fn is(&self, i: usize, kind: EntryKind) -> bool {
        self.kinds_at(i) & bit(kind) != 0
            && self.at(i).iter().any(|h| h.kind == kind && h.end == i + 1)
    }

    /// Whether an entry of `kind` ends exactly at unit `end` (exclusive), starting no more
    /// than `back` units before it.
    pub(crate) fn ends_at(&self, end: usize, kind: EntryKind, back: usize) -> Option<usize> {
        (end.saturating_sub(back)..end).find(|&s| {
            self.kinds_at(s) & bit(kind) != 0
                && self.at(s).iter().any(|h| h.kind == kind && h.end == end)
        })
    }
}

/// Whether units `i` and `i + 1` are `tổ chức` with `tổ` in lower case (the verb, to
/// organise), which the body's kind `Tổ chức` would match.
fn organises(u: &[Unit<'_>], i: usize) -> bool {
    static KEYS: std::sync::LazyLock<[Option<u32>; 2]> = std::sync::LazyLock::new(|| {
        ["tổ", "chức"].map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
    });
    u.get(i)
        .is_some_and(|x| x.key.is_some() && x.key == KEYS[0] && !x.capitalized())
        && u.get(i + 1)
            .is_some_and(|x| x.key.is_some() && x.key == KEYS[1])
}

/// Whether unit `i` is the syllable `ca` (to sing) written not in capitals, which the
/// abbreviation `CA` (Công an) would match.
fn sung(u: &[Unit<'_>], i: usize) -> bool {
    static CA: std::sync::LazyLock<Option<u32>> =
        std::sync::LazyLock::new(|| crate::Syllable::parse("ca").ok().map(|s| s.key()));
    u.get(i)
        .is_some_and(|x| x.key.is_some() && x.key == *CA && !x.all_caps())
}

/// The key, without its tone, of a word at `k` that would be a syllable but for the tone
/// its stop coda needs (`tich`, `đôc`, `nghiêp`: `tịch`, `đốc`, `nghiệp` typed without the
/// mark).
fn bare_stop(u: &[Unit<'_>], k: usize) -> Option<u32> {
    let x = u
        .get(k)
        .filter(|x| x.kind == TokenKind::Word && x.key.is_none() && x.text.len() <= 12)?;
    let e = crate::Syllable::parse(x.text).err()?;
    if e.kind() != crate::SyllableErrorKind::ToneWithStopCoda {
        return None;
    }
    let (a, b) = (x.text.get(..e.offset())?, x.text.get(e.offset()..)?);
    let key = crate::Syllable::parse(&format!("{a}\u{301}{b}"))
        .ok()?
        .key();
    Some(key & crate::lexicon::TONELESS)
}

/// Whether units `i..i + 3` are three capitalized syllables, spaced, and no fourth follows,
/// the first a common surname (`Vũ Quang Tuyến`; not `Hạ Long Xanh`, a firm's name).
fn three_word_name(u: &[Unit<'_>], i: usize) -> bool {
    use super::units::Gap;
    static COMMON: std::sync::LazyLock<Vec<u32>> = std::sync::LazyLock::new(|| {
        [
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi",
            "đỗ", "ngô", "hồ", "dương", "lý", "đinh", "trương", "đào", "lương", "trịnh", "đoàn",
        ]
        .iter()
        .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
        .collect()
    });
    if !u
        .get(i)
        .and_then(|x| x.key)
        .is_some_and(|k| COMMON.contains(&k))
    {
        return false;
    }
    let syllable = |k: usize| {
        u.get(k)
            .is_some_and(|x| x.key.is_some() && x.capitalized() && (k == i || x.gap == Gap::Space))
    };
    syllable(i)
        && syllable(i + 1)
        && syllable(i + 2)
        && !u.get(i + 2).is_some_and(Unit::all_caps)
        && !u
            .get(i + 3)
            .is_some_and(|x| x.capitalized() || x.is_dash() || x.is("-"))
}

/// Whether unit `i` is `buôn` or `làng` and the unit after it a word in lower case.
fn lower_after_village(u: &[Unit<'_>], i: usize) -> bool {
    static VILLAGES: std::sync::LazyLock<Vec<u32>> = std::sync::LazyLock::new(|| {
        ["buôn", "làng"]
            .iter()
            .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
            .collect()
    });
    u.get(i)
        .and_then(|x| x.key)
        .is_some_and(|k| VILLAGES.contains(&k))
        && u.get(i + 1)
            .is_some_and(|x| x.key.is_some() && !x.capitalized())
}

/// The kind of entry that unit `i` starts by itself, but not as the second word of a noun of
/// two (in any case): the role of `trưởng` in `tăng trưởng`, `sinh trưởng`; the level of
/// `thôn` in `nông thôn` and of `Đảng` in `tuổi Đảng`.
fn second_of_noun(u: &[Unit<'_>], i: usize) -> Option<EntryKind> {
    static KEYS: std::sync::LazyLock<Option<[u32; 9]>> = std::sync::LazyLock::new(|| {
        let key = |w: &str| crate::Syllable::parse(w).ok().map(|s| s.key());
        Some([
            key("trưởng")?,
            key("tăng")?,
            key("sinh")?,
            key("thôn")?,
            key("nông")?,
            key("đảng")?,
            key("tuổi")?,
            key("vua")?,
            key("cờ")?,
        ])
    });
    let [truong, tang, sinh, thon, nong, dang, tuoi, vua, co] = (*KEYS)?;
    let x = u.get(i)?;
    if i == 0 || x.gap != super::units::Gap::Space {
        return None;
    }
    let before = u.get(i - 1)?.key?;
    match x.key? {
        k if k == truong && (before == tang || before == sinh) => Some(EntryKind::Role),
        k if k == thon && before == nong => Some(EntryKind::Level),
        // (`cờ vua`, chess, holds no king: `Liên đoàn Cờ vua Nga`.)
        k if k == vua && before == co => Some(EntryKind::Role),
        // (`70 năm tuổi Đảng Lê Văn Nhựt`: years in the Party, then a member's name.)
        k if k == dang && before == tuoi => Some(EntryKind::Level),
        _ => None,
    }
}

/// Whether units `i` and `i + 1` are `nước ngoài` (foreign), in any case.
fn foreign(u: &[Unit<'_>], i: usize) -> bool {
    static PAIR: std::sync::LazyLock<Option<(u32, u32)>> = std::sync::LazyLock::new(|| {
        let key = |w: &str| crate::Syllable::parse(w).ok().map(|s| s.key());
        Some((key("nước")?, key("ngoài")?))
    });
    PAIR.is_some_and(|(a, b)| {
        u.get(i).and_then(|x| x.key) == Some(a)
            && u.get(i + 1)
                .is_some_and(|x| x.key == Some(b) && x.gap == super::units::Gap::Space)
    })
}

/// Whether `cùng cấp ủy` starts at unit `i` (`cùng` then the noun `cấp ủy`).
fn with_committee(u: &[Unit<'_>], i: usize) -> bool {
    static KEYS: std::sync::LazyLock<Option<[u32; 3]>> = std::sync::LazyLock::new(|| {
        let key = |w: &str| crate::Syllable::parse(w).ok().map(|s| s.key());
        Some([key("cùng")?, key("cấp")?, key("ủy")?])
    });
    KEYS.is_some_and(|k| {
        (0..3).all(|j| {
            u.get(i + j).is_some_and(|x| {
                x.key == Some(k[j]) && (j == 0 || x.gap == super::units::Gap::Space)
            })
        })
    })
}

/// Whether unit `i` is a syllable with a capital (the typo index holds syllables only).
fn capitalized_syllable(u: &[Unit<'_>], i: usize) -> bool {
    u.get(i).is_some_and(|x| x.capitalized() && x.key.is_some())
}

/// Whether unit `i` is glued to an `&` glued to the unit before it (`KH&CN`, `GD&ĐT`).
fn glued_after_ampersand(u: &[Unit<'_>], i: usize) -> bool {
    use super::units::Gap;
    match (i.checked_sub(1).and_then(|k| u.get(k)), u.get(i)) {
        (Some(amp), Some(x)) => amp.is("&") && amp.gap == Gap::None && x.gap == Gap::None,
        _ => false,
    }
}

/// The lexicon piece of a unit: its syllable key, or its text if some entry has that text.
fn piece(lex: &Lexicon, x: &Unit<'_>) -> Piece {
    if let Some(k) = x.key {
        return super::units::horn_fix(k);
    }
    match x.kind {
        TokenKind::Number | TokenKind::Space | TokenKind::Url | TokenKind::Email => Piece::MAX,
        // An abbreviation written with its dot (`TP.`, `P.`, `ThS.`) is its entry.
        TokenKind::Abbreviation => lex
            .piece_of_text(x.text)
            .or_else(|| lex.piece_of_text(x.text.strip_suffix('.')?))
            .unwrap_or(Piece::MAX),
        // A dash of any width is the dash of the lexicon's phrases (`Bộ Lao động – Thương
        // binh và Xã hội` with an en dash).
        _ if x.is_dash() => lex.piece_of_text("-").unwrap_or(Piece::MAX),
        // A word typed with one horn of `ươ` missing (`trưỏng`) is its syllable.
        TokenKind::Word => lex
            .piece_of_text(x.text)
            .or_else(|| super::units::horn_slip(x.text))
            .unwrap_or(Piece::MAX),
        _ => lex.piece_of_text(x.text).unwrap_or(Piece::MAX),
    }
}

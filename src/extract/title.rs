//! Official titles: a role (`Phó Bí thư`, `Chủ tịch`, `Bộ trưởng`, a rank such as `Đại tá`)
//! with its modifiers (`nguyên`, `Quyền`, `kiêm`, `dự khuyết`) and the organisation it belongs
//! to as written (`Tỉnh ủy`, `UBND tỉnh Lạng Sơn`, `Bộ Tài chính`, `Ban Tuyên giáo Trung
//! ương`).
//!
//! The words come from the [`Lexicon`]: roles, prefixes (`Phó`, `Tổng`), suffixes
//! (`Thường trực`), ranks, organisation heads (`Bộ`, `Sở`, `UBND`, `Tỉnh ủy`) with what
//! follows them (a name, a level, a place), names (`Tài chính`), levels (`tỉnh`, `Trung
//! ương`) and places (`Lạng Sơn`). A role written in lower case needs its organisation to be a
//! title (`chủ tịch UBND xã`); `Đoàn Chủ tịch`, `Phủ Chủ tịch` are not titles.

use std::fmt;

use crate::lexicon::{EntryKind, Lexicon};
use crate::span::Span;
use crate::tokenize::TokenKind;

use super::hits::{Hits, bit};
use super::units::{Gap, Unit, span_of};

/// An official title: its role, modifiers and organisation.
///
/// # Examples
/// ```
/// let text = "đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh";
/// let titles: Vec<vntext::Title> = vntext::titles(text).map(|m| m.value).collect();
/// assert_eq!(titles.len(), 2);
/// assert_eq!(titles[1].role, "Chủ tịch");
/// assert_eq!(titles[1].org.as_deref(), Some("UBND tỉnh"));
/// assert_eq!(titles[1].org_expanded.as_deref(), Some("Ủy ban nhân dân tỉnh"));
/// assert_eq!(titles[1].to_string(), "Chủ tịch UBND tỉnh");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Title {
    /// The role as written, with its prefixes and suffixes: `Phó Chủ tịch Thường trực`.
    pub role: String,
    /// Modifiers as written: `nguyên`, `Quyền`, `kiêm`, `dự khuyết`.
    pub modifiers: Vec<String>,
    /// The organisation as written: `UBND tỉnh Lạng Sơn`.
    pub org: Option<String>,
    /// The organisation with its abbreviations written out: `Ủy ban nhân dân tỉnh Lạng Sơn`.
    pub org_expanded: Option<String>,
    /// A military or police rank (`Đại tá`).
    pub rank: bool,
    /// A plural or generic use (`các Phó Chủ tịch UBND tỉnh`).
    pub generic: bool,
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for m in &self.modifiers {
            write!(f, "{m} ")?;
        }
        f.write_str(&self.role)?;
        if let Some(o) = &self.org {
            write!(f, " {o}")?;
        }
        Ok(())
    }
}

/// A title found: units `start..end`, and its parts as unit ranges.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub role: (usize, usize),
    pub mods: Vec<(usize, usize)>,
    pub org: Option<(usize, usize)>,
    pub rank: bool,
    pub generic: bool,
}

/// The text of units `a..b` as written (with what stands between them).
pub(crate) fn text<'t>(u: &[Unit<'t>], full: &'t str, a: usize, b: usize) -> &'t str {
    if a >= b {
        return "";
    }
    full.get(span_of(u, a, b).range()).unwrap_or("")
}

/// The rules over one sentence.
pub(crate) struct Rules<'a, 't> {
    pub u: &'a [Unit<'t>],
    pub h: &'a Hits,
    pub lex: &'a Lexicon,
}

impl Rules<'_, '_> {
    fn note(&self, n: u32) -> &str {
        self.lex.note(n)
    }

    fn unit(&self, i: usize) -> Option<&Unit<'_>> {
        self.u.get(i)
    }

    /// Whether unit `i` follows the one before with spaces only (no punctuation between).
    pub(crate) fn spaced(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|x| x.gap == Gap::Space)
    }

    /// Every title of the sentence, leftmost first.
    pub(crate) fn find(&self, out: &mut Vec<Found>) {
        // A title starts with a modifier, a prefix, a role or a rank: a sentence with none of
        // them (most sentences) has no title.
        const STARTS: u32 = bit(EntryKind::Modifier)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Role)
            | bit(EntryKind::Rank);
        if !self.h.any(STARTS) {
            return;
        }
        let mut i = 0;
        while i < self.u.len() {
            // `Đoàn Chủ tịch`, `Phủ Chủ tịch`: no title starts inside.
            if let Some((e, _)) = self.h.longest(i, EntryKind::NotTitle) {
                i = e;
                continue;
            }
            if self.h.kinds_at(i) & STARTS == 0 {
                i += 1;
                continue;
            }
            match self.at(i) {
                Some(t) => {
                    i = t.end;
                    out.push(t);
                }
                None => i += 1,
            }
        }
    }

    /// A title starting at unit `i`.
    fn at(&self, i: usize) -> Option<Found> {
        // `Đền thờ Chủ tịch Hồ Chí Minh`, `Khu di tích Chủ tịch …`: part of a place's name.
        if self.h.ends_at(i, EntryKind::PlaceWord, 3).is_some() {
            return None;
        }
        let mut j = i;
        let mut mods = Vec::new();
        // Modifiers before: `nguyên`, `Quyền`, `kiêm`.
        while let Some((e, n)) = self.h.longest(j, EntryKind::Modifier) {
            if self.note(n) != "before" {
                break;
            }
            mods.push((j, e));
            j = e;
        }
        let role_start = j;
        // The role: the longest listed role here (`Tổng thống`, `Tổng Bí thư`), else prefixes
        // then a role (`Phó Chủ tịch`, `Phó Tổng Giám đốc`), or a rank.
        let (mut role_end, rank, complete) = loop {
            if let Some((e, n)) = self.h.longest(j, EntryKind::Role)
                && self.consistent_case(j, e)
            {
                break (e, false, self.note(n) == "self");
            }
            if let Some((e, _)) = self.h.longest(j, EntryKind::Rank) {
                // `hạ sĩ quan`, `sĩ quan`: a class of soldiers, not a rank.
                if self.unit(e).is_some_and(|x| x.text == "quan") {
                    return None;
                }
                break (e, true, true);
            }
            match self.h.longest(j, EntryKind::Prefix) {
                Some((e, _)) => j = e,
                None => return None,
            }
        };
        let head = j;
        let mut k = role_end;
        while let Some((e, _)) = self
            .h
            .longest(k, EntryKind::Suffix)
            .filter(|_| self.spaced(k) && !self.starts_body(k))
        {
            k = e;
            role_end = e;
        }
        while let Some((e, n)) = self
            .h
            .longest(k, EntryKind::Modifier)
            .filter(|_| self.spaced(k))
        {
            if self.note(n) != "after" {
                break;
            }
            mods.push((k, e));
            k = e;
        }
        // The organisation: `Bộ Tài chính`, `UBND tỉnh`; or, with no organisation head, a
        // body's name or a place right after the role (`Trưởng ban Tuyên giáo Trung ương`,
        // `Bộ trưởng Ngoại giao`, `Tổng thống Nga`), then a term (`khóa XII`).
        let org = self.org(k).or_else(|| {
            // `trưởng công an phường`, `chủ tịch xã Tân Lập`: a level right after the role.
            if let Some(e) = self.level_place(k).filter(|_| self.spaced(k)) {
                return Some((k, e));
            }
            if rank {
                return None;
            }
            let (a, e) = self.name_after_role(k)?;
            // `Trưởng ban Dân vận Trung ương`: the name, what follows it, and the bodies after.
            let e = self.tail(e, a);
            let e = if self.spaced(e) {
                self.org(e).map_or(e, |(_, x)| x)
            } else {
                e
            };
            Some((a, e))
        });
        let end = match org {
            Some((_, e)) => e,
            None => self.term(k).unwrap_or(k),
        };
        let capital = self.unit(role_start).is_some_and(Unit::capitalized);
        let bare = role_end - head == 1 && self.is_bare_role(head);
        if org.is_none() && (bare || !(complete || capital)) {
            return None;
        }
        Some(Found {
            start: mods.first().map_or(role_start, |m| m.0.min(role_start)),
            end,
            role: (role_start, role_end),
            mods,
            org,
            rank,
            generic: self.generic_before(mods_start(i, role_start)),
        })
    }

    /// Whether units `a..b` (a role) are written in one case style: all lower case (`chủ
    /// tịch`) or with a capital first (`Chủ tịch`, `Phó Chủ tịch`) — not `vụ Phó` (the end of
    /// `chức vụ` and the start of `Phó Trưởng ban`).
    fn consistent_case(&self, a: usize, b: usize) -> bool {
        let first_lower = self.unit(a).is_some_and(|x| !x.capitalized());
        !(first_lower && (a + 1..b).any(|k| self.unit(k).is_some_and(Unit::capitalized)))
    }

    /// Whether a body's head or name starts at `k` (`Chính phủ` after `Thủ tướng`, not the
    /// suffix `chính`).
    fn starts_body(&self, k: usize) -> bool {
        self.h.at(k).iter().any(|h| {
            matches!(h.kind, EntryKind::Org | EntryKind::Name | EntryKind::Level) && h.end > k + 1
        })
    }

    /// A one-word role that is a title only with its organisation: `Trưởng`, `Đại biểu`.
    fn is_bare_role(&self, i: usize) -> bool {
        self.unit(i).is_some_and(|x| {
            matches!(
                x.text,
                "Trưởng"
                    | "trưởng"
                    | "TRƯỞNG"
                    | "Đại biểu"
                    | "đại biểu"
                    | "Thành viên"
                    | "thành viên"
            )
        })
    }

    /// A plural or generic word right before the title (`các Phó Chủ tịch`).
    fn generic_before(&self, start: usize) -> bool {
        self.h.ends_at(start, EntryKind::Generic, 2).is_some()
    }

    /// A body's name or a place right after a role, without an organisation head:
    /// `Trưởng ban Tuyên giáo Trung ương` (the role holds the head), `Bộ trưởng Ngoại giao`,
    /// `Tổng thống Nga`. Not a person's name (`Chủ tịch Hồ Chí Minh`).
    fn name_after_role(&self, k: usize) -> Option<(usize, usize)> {
        if !self.spaced(k) {
            return None;
        }
        if let Some((e, _)) = self.h.longest(k, EntryKind::Name) {
            return Some((k, e));
        }
        // A country (`Tổng thống Nga`, `Thủ tướng Hà Lan`) before a person's name; a city
        // that is also a name (`Chủ tịch Hồ Chí Minh`) after it.
        let place = self.h.longest(k, EntryKind::Place);
        if let Some((e, n)) = place
            && self.note(n) == "country"
        {
            return Some((k, e));
        }
        if self.person_name_at(k) {
            return None;
        }
        if let Some((e, _)) = place {
            return Some((k, e));
        }
        self.proper_name(k).map(|e| (k, e))
    }

    /// Whether a person's name starts at `k`: a surname and one to three more capitalized
    /// words.
    pub(crate) fn person_name_at(&self, k: usize) -> bool {
        self.h.is(k, EntryKind::Surname) && (2..=4).contains(&(self.capitalized_run(k, 4) - k))
    }

    /// The organisation starting at unit `j`, if one does: one or more bodies, each a head
    /// (`Bộ`, `Ban`, `UBND`, `Tỉnh ủy`) with what follows it (a name, a level and place, a
    /// number), as in `Ban Thường vụ Tỉnh ủy`, `Cơ quan An ninh điều tra Bộ Công an`.
    pub(crate) fn org(&self, j: usize) -> Option<(usize, usize)> {
        let mut k = j;
        let mut found = false;
        loop {
            if !self.joined(k, j) {
                break;
            }
            // A body after the first must be written as a name (`Ban`, not the verb in `ban
            // hành`), or be an abbreviation (`UBND`).
            if found && !self.unit(k).is_some_and(Unit::capitalized) {
                break;
            }
            let head = self.h.longest(k, EntryKind::Org).or_else(|| self.body(k));
            // `Trợ lý Bộ trưởng`: `Bộ` starts a role here, not a body.
            if let (Some((e, _)), Some((r, _))) = (head, self.h.longest(k, EntryKind::Role))
                && r > e
            {
                break;
            }
            let Some((e, n)) = head else {
                // `Ủy viên Trung ương Đảng`, `Ủy viên TƯ Đảng`: the centre as a body.
                if !found
                    && let Some(e) = self
                        .h
                        .longest(k, EntryKind::Level)
                        .filter(|_| self.unit(k).is_some_and(Unit::capitalized))
                        .map(|(e, _)| e)
                        .or_else(|| self.central(k))
                {
                    found = true;
                    k = e;
                    continue;
                }
                break;
            };
            found = true;
            k = e;
            match self.note(n) {
                "name" => {
                    if let Some((e, _)) = self
                        .h
                        .longest(k, EntryKind::Name)
                        .filter(|_| self.joined(k, j))
                    {
                        k = e;
                    } else if let Some(e) = self.proper_name(k).filter(|_| !self.person_name_at(k))
                    {
                        k = e;
                    }
                }
                "number"
                    if self.unit(k).is_some_and(|x| x.kind == TokenKind::Number)
                        && self.spaced(k) =>
                {
                    k += 1;
                }
                "place" => {
                    if let Some(e) = self.place(k, true) {
                        k = e;
                    }
                }
                _ => {}
            }
            k = self.tail(k, j);
        }
        found.then_some((j, k))
    }

    /// What may follow a body: more of its name, a level and its place, a listed place, a
    /// term (`khóa XII`). Stops before the next body, which [`Rules::org`] reads.
    fn tail(&self, mut k: usize, j: usize) -> usize {
        loop {
            if !self.joined(k, j) {
                return k;
            }
            let next_body = self.unit(k).is_some_and(Unit::capitalized)
                && (self.h.longest(k, EntryKind::Org).is_some() || self.body(k).is_some());
            if next_body {
                return k;
            }
            if let Some((e, _)) = self.h.longest(k, EntryKind::Name) {
                k = e;
                // `Trường Đại học Hạ Long`: the name of this school, college, body.
                if let Some(e) = self.place(k, true) {
                    k = e;
                }
            } else if let Some(e) = self.level_place(k) {
                k = e;
            } else if let Some(e) = self.place(k, false) {
                k = e;
            } else if let Some(e) = self.term(k) {
                k = e;
            } else if self
                .unit(k)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.capitalized())
                && !self.h.at(k).iter().any(|h| h.kind == EntryKind::Org)
            {
                // `Ban Chỉ đạo THADS tỉnh`: an abbreviation in the name.
                k += 1;
            } else {
                return k;
            }
        }
    }

    /// `TƯ`, `TW`, `T.Ư` in capitals: the abbreviation of `Trung ương`, the centre.
    fn central(&self, k: usize) -> Option<usize> {
        let x = self.unit(k)?;
        let expands = self.h.at(k).iter().any(|h| {
            h.kind == EntryKind::Abbreviation && h.end == k + 1 && self.note(h.note) == "Trung ương"
        });
        (expands && (x.all_caps() || x.key.is_none())).then_some(k + 1)
    }

    /// A body listed as a non-title phrase (`Văn phòng Chủ tịch nước`, `Ban Bí thư`) read as
    /// an organisation after a role.
    fn body(&self, k: usize) -> Option<(usize, u32)> {
        self.h
            .at(k)
            .iter()
            .rev()
            .find(|h| h.kind == EntryKind::NotTitle && self.note(h.note).starts_with("body"))
            .map(|h| (h.end, 0))
    }

    /// Whether unit `k` continues a phrase that started at `j`: the first unit, or one after
    /// spaces (a hyphen or comma inside a listed name is matched by the lexicon itself).
    fn joined(&self, k: usize, j: usize) -> bool {
        k < self.u.len() && (k == j || self.spaced(k))
    }

    /// A level and its place: `tỉnh Lạng Sơn`, `huyện Cao Lộc`, `Trung ương`.
    fn level_place(&self, k: usize) -> Option<usize> {
        let (e, _) = self.h.longest(k, EntryKind::Level)?;
        Some(self.place(e, takes_place(self.unit(k)?.text)).unwrap_or(e))
    }

    /// A place after a level or an organisation head: a listed place, or (with `unlisted`) a
    /// run of capitalized words that does not end in a person's name.
    fn place(&self, k: usize, unlisted: bool) -> Option<usize> {
        if !self.spaced(k) {
            return None;
        }
        if let Some((e, _)) = self.h.longest(k, EntryKind::Place) {
            return Some(e);
        }
        if !unlisted || self.person_name_at(k) {
            return None;
        }
        let run = self.capitalized_run(k, 4);
        if run == k {
            return None;
        }
        Some(self.cut_before_name(k, run))
    }

    /// A proper name after an organisation head that is not listed (`Sở Tư pháp`): a
    /// capitalized word and the lower-case words after it, up to four in all.
    fn proper_name(&self, k: usize) -> Option<usize> {
        let first = self.unit(k)?;
        if !self.spaced(k) || !first.capitalized() {
            return None;
        }
        // An abbreviation as the name: `Cục THADS`, `Hội LHPNVN`.
        if first.kind == TokenKind::Abbreviation {
            return Some(k + 1);
        }
        first.key?;
        let mut e = k + 1;
        while e < k + 4
            && self.spaced(e)
            && self
                .unit(e)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && !self
                .h
                .at(e)
                .iter()
                .any(|h| matches!(h.kind, EntryKind::Level | EntryKind::Duty | EntryKind::Role))
        {
            e += 1;
        }
        Some(self.cut_before_name(k, e))
    }

    /// `khóa XII`, `khoá IV`: the term of a body.
    fn term(&self, k: usize) -> Option<usize> {
        let x = self.unit(k)?;
        // `nhiệm kỳ 2021–2026`, `nhiệm kì 2016 - 2021`
        if matches!(x.text, "nhiệm" | "Nhiệm")
            && self
                .unit(k + 1)
                .is_some_and(|y| matches!(y.text, "kỳ" | "kì"))
            && self.spaced(k + 2)
        {
            let num = |i: usize| self.unit(i).is_some_and(|y| y.kind == TokenKind::Number);
            if num(k + 2) {
                let dash = self.unit(k + 3).is_some_and(Unit::is_dash);
                return Some(if dash && num(k + 4) { k + 5 } else { k + 3 });
            }
        }
        let khoa = matches!(x.text, "khóa" | "khoá" | "Khóa" | "Khoá" | "KHÓA" | "KHOÁ");
        if !khoa || !self.spaced(k) || !self.spaced(k + 1) {
            return None;
        }
        let n = self.unit(k + 1)?;
        let numeral = |x: &Unit<'_>| {
            (!x.text.is_empty() && x.text.bytes().all(|b| b"IVXL".contains(&b)))
                || x.kind == TokenKind::Number
        };
        if !numeral(n) {
            return None;
        }
        // `khoá IV và V`, `khóa XII, khóa XI`: several terms.
        let mut e = k + 2;
        loop {
            match (self.unit(e), self.unit(e + 1), self.unit(e + 2)) {
                (Some(a), Some(b), _)
                    if matches!(a.text, "và" | ",") && numeral(b) && self.spaced(e + 1) =>
                {
                    e += 2;
                }
                (Some(a), Some(b), Some(c))
                    if a.text == "," && matches!(b.text, "khóa" | "khoá") && numeral(c) =>
                {
                    e += 3;
                }
                _ => return Some(e),
            }
        }
    }

    /// The end of the run of capitalized words from `k` (at most `max`), joined by spaces.
    pub(crate) fn capitalized_run(&self, k: usize, max: usize) -> usize {
        let mut e = k;
        while e < k + max
            && (e == k || self.spaced(e))
            && self.unit(e).is_some_and(|x| {
                matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && x.capitalized()
            })
        {
            e += 1;
        }
        e
    }

    /// Where a person's name starts inside a run of capitalized words `k..run` that follows a
    /// place or a body (`tỉnh Lạng Sơn Hồ Tiến Thiệu`): at a surname that leaves two to four
    /// words for the name and at least one for the place; the run's end otherwise.
    pub(crate) fn cut_before_name(&self, k: usize, run: usize) -> usize {
        for len in [3, 2, 4] {
            if run >= k + 1 + len {
                let p = run - len;
                if self.h.is(p, EntryKind::Surname) {
                    return p;
                }
            }
        }
        // The whole run may be the name when the capitalized words go on after it.
        run
    }
}

/// Whether an unlisted place may follow this level word: administrative units (`tỉnh`,
/// `huyện Cao Lộc`), not `Trung ương` or `Đảng`.
fn takes_place(level: &str) -> bool {
    let f = crate::fold(level, crate::Fold::All).to_lowercase();
    matches!(
        f.as_str(),
        "tinh"
            | "thanh"
            | "tp"
            | "huyen"
            | "quan"
            | "thi"
            | "xa"
            | "phuong"
            | "dac"
            | "thon"
            | "ban"
            | "ap"
            | "xom"
            | "khu"
            | "thu"
            | "tx"
            | "tt"
            | "q"
            | "p"
            | "h"
            | "x"
    )
}

fn mods_start(i: usize, role_start: usize) -> usize {
    i.min(role_start)
}

/// The organisation with its abbreviations written out (`UBND tỉnh` → `Ủy ban nhân dân
/// tỉnh`): each unit that is an abbreviation with one expansion is replaced.
pub(crate) fn expanded(
    u: &[Unit<'_>],
    full: &str,
    h: &Hits,
    lex: &Lexicon,
    a: usize,
    b: usize,
) -> String {
    let mut out = String::new();
    let mut i = a;
    while i < b {
        let Some(x) = u.get(i) else { break };
        if let Some(prev) = i.checked_sub(1).filter(|&p| p >= a).and_then(|p| u.get(p)) {
            out.push_str(full.get(prev.end..x.start).unwrap_or(" "));
        }
        let exp = h
            .at(i)
            .iter()
            .find(|t| t.kind == EntryKind::Abbreviation && t.end == i + 1)
            .map(|t| lex.note(t.note))
            .filter(|n| !n.contains('|') && !n.is_empty());
        match exp {
            Some(e) => out.push_str(e),
            None => out.push_str(x.text),
        }
        i += 1;
    }
    out
}

/// The value of a title found in units `u` of `full`.
pub(crate) fn value(
    f: &Found,
    u: &[Unit<'_>],
    full: &str,
    h: &Hits,
    lex: &Lexicon,
) -> (Span, Title) {
    let span = span_of(u, f.start, f.end);
    let org = f.org.map(|(a, b)| text(u, full, a, b).to_string());
    let org_expanded = f.org.map(|(a, b)| expanded(u, full, h, lex, a, b));
    (
        span,
        Title {
            role: text(u, full, f.role.0, f.role.1).to_string(),
            modifiers: f
                .mods
                .iter()
                .map(|&(a, b)| text(u, full, a, b).to_string())
                .collect(),
            org,
            org_expanded,
            rank: f.rank,
            generic: f.generic,
        },
    )
}

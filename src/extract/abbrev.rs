//! Government abbreviations and their expansions: `UBND` (Ủy ban nhân dân), `HĐND`, `MTTQ`,
//! `ĐBQH`, `TW`/`TƯ`, `KT-XH` and `KT - XH`, `NĐ-CP`, `QĐ-TTg`, `CSGT`, `THPT`, …, from the
//! lexicon's `abbreviation` entries (`data/abbreviations.tsv`). An abbreviation with several
//! expansions (`BCH`: Ban Chấp hành or Ban Chỉ huy) is expanded only where the words after it
//! decide.

use std::borrow::Cow;
use std::fmt;

use crate::lexicon::{EntryKind, Lexicon};
use crate::span::Span;
use crate::tokenize::TokenKind;

use super::hits::{Hits, bit};
use super::units::{Gap, Unit};

/// An abbreviation's expansion.
///
/// # Examples
/// ```
/// let m = vntext::abbreviations("Chủ tịch UBND tỉnh").next().unwrap();
/// assert_eq!(m.value.expansion, "Ủy ban nhân dân");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Abbreviation {
    /// What it stands for.
    pub expansion: String,
}

impl fmt::Display for Abbreviation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.expansion)
    }
}

/// An abbreviation found: units `start..end` and its expansion.
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub expansion: String,
    /// The bytes, when the abbreviation is a part of unit `start` (the issuer of a document
    /// symbol: `NĐ-CP` in `15/2020/NĐ-CP`).
    pub bytes: Option<Span>,
}

/// The expansion that the words around an ambiguous abbreviation (units `start..end`) call
/// for: `BCH Đảng bộ` is a Ban Chấp hành, `BCH Quân sự` a Ban Chỉ huy; `Công ty CP` is a joint
/// stock company (cổ phần), `Văn phòng CP` the government's office.
pub(super) fn decide<'e>(
    options: &'e str,
    u: &[Unit<'_>],
    start: usize,
    end: usize,
) -> Option<&'e str> {
    let folded = |a: usize, b: usize| {
        let words: Vec<String> = u
            .get(a..b)
            .unwrap_or(&[])
            .iter()
            .map(|x| crate::normalize::fold_lower(x.text))
            .collect();
        words.join(" ")
    };
    let option = |needle: &str| {
        options
            .split('|')
            .find(|o| crate::normalize::fold_lower(o) == needle)
    };
    // `CV`: horsepower after its count (`tàu cá 450 CV`), else an official letter (`CV số
    // 12/UBND`).
    if option("ma luc").is_some() {
        let counted = start > 0
            && u[start - 1].kind == TokenKind::Number
            && u[start].gap == super::units::Gap::Space;
        return if counted {
            option("ma luc")
        } else {
            options.split('|').next()
        };
    }
    if option("co phan").is_some() {
        let before = folded(start.saturating_sub(2), start);
        let company = ["cong ty", "cty", "tap doan", "ngan hang"];
        let state = [
            "van phong",
            "thu tuong",
            "nghi dinh",
            "nghi quyet",
            "cua",
            "chinh phu",
        ];
        if company.iter().any(|w| before.ends_with(w)) {
            return option("co phan");
        }
        if state.iter().any(|w| before.ends_with(w)) {
            return option("chinh phu");
        }
        return None;
    }
    let next = folded(end, (end + 2).min(u.len()));
    // `BCHQS tỉnh Bắc Kạn`: a province's military command is a Bộ Chỉ huy; a district's or a
    // commune's (`BCHQS huyện`, `BCHQS xã`) a Ban.
    if let (Some(bo), Some(ban)) = (option("bo chi huy quan su"), option("ban chi huy quan su")) {
        let province = ["tinh", "thanh pho", "tp"].iter().any(|w| {
            next.strip_prefix(w)
                .is_some_and(|r| r.is_empty() || r.starts_with([' ', '.']))
        });
        return Some(if province { bo } else { ban });
    }
    // The words of a signature block and of the list of recipients of an official document:
    // `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH` (with the dot, before a body or a title in
    // capitals or with a capital); `TT Tỉnh ủy`, `TT HĐND tỉnh` (its standing committee);
    // `CT UBND`, `CT, các PCT UBND xã` (the chair).
    let dotted = u.get(start).is_some_and(|x| x.text.ends_with('.'));
    let capital_next = u.get(end).is_some_and(|x| x.capitalized());
    if dotted
        && capital_next
        && let Some(o) = option("ky thay").or_else(|| option("thay mat"))
    {
        return Some(o);
    }
    let bodies = [
        "tinh uy", "thanh uy", "huyen uy", "dang uy", "hdnd", "hoi dong", "ubmttq",
    ];
    if bodies.iter().any(|w| next.starts_with(w))
        && let Some(o) = option("thuong truc")
    {
        return Some(o);
    }
    // `Q.1`, `Q. Hoàn Kiếm`: a district, numbered or named; `Q. Chủ tịch`, `Q. Giám đốc`:
    // acting in an office.
    if let (Some(district), Some(acting)) = (option("quan"), option("quyen")) {
        let roles = [
            "chu tich",
            "giam doc",
            "truong",
            "pho",
            "tong",
            "chanh",
            "bi thu",
            "bo truong",
            "thu truong",
            "hieu truong",
            "vien truong",
            "cuc truong",
            "vu truong",
        ];
        return if roles.iter().any(|w| next.starts_with(w)) {
            Some(acting)
        } else if u
            .get(end)
            .is_some_and(|x| x.kind == TokenKind::Number || x.capitalized())
        {
            Some(district)
        } else {
            None
        };
    }
    let next3 = folded(end, (end + 3).min(u.len()));
    let chair = ["ubnd", "hdnd", "uy ban", "hoi dong", ", cac pct", ", pct"];
    if chair.iter().any(|w| next3.starts_with(w))
        && let Some(o) = option("chu tich")
    {
        return Some(o);
    }
    // (`BCH TƯ`, `BCH TW`: the Central Committee, its abbreviation in capitals.)
    let central = u.get(end).is_some_and(|x| {
        x.all_caps() && matches!(crate::normalize::fold_lower(x.text).as_str(), "tu" | "tw")
    });
    if central && let Some(o) = option("ban chap hanh") {
        return Some(o);
    }
    let chap_hanh = [
        "dang",
        "trung uong",
        "cong doan",
        "doan",
        "hoi",
        "tinh doan",
        "thanh doan",
        "huyen doan",
        "lien doan",
    ];
    let chi_huy = [
        "bo doi",
        "quan su",
        "bien phong",
        "phong chong",
        "pctt",
        "cong truong",
        "du an",
    ];
    let pick = |words: &[&str], needle: &str| {
        words
            .iter()
            .any(|w| next.starts_with(w))
            .then(|| {
                options
                    .split('|')
                    .find(|o| crate::normalize::fold_lower(o).contains(needle))
            })
            .flatten()
    };
    pick(&chap_hanh, "chap hanh").or_else(|| pick(&chi_huy, "chi huy"))
}

/// Whether a token is one letter, with or without a dot after it.
fn is_one_letter(text: &str) -> bool {
    let mut letters = text.strip_suffix('.').unwrap_or(text).chars();
    letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none()
}

/// Whether the syllable at `i` starts a longer listed phrase (`ĐA KHOA` in capitals is the
/// name `Đa khoa`, not the abbreviation `ĐA`, đề án).
pub(super) fn starts_phrase(u: &[Unit<'_>], h: &Hits, i: usize) -> bool {
    u.get(i).is_some_and(|x| x.key.is_some())
        && h.at(i).iter().any(|t| {
            t.end > i + 1
                && matches!(
                    t.kind,
                    EntryKind::Name | EntryKind::Place | EntryKind::Org | EntryKind::Role
                )
        })
}

/// Whether a listed abbreviation of the one unit `i` is one here: one that is also a
/// syllable (`TƯ`, `tư`) counts only in capitals; a single letter (`P.`, `X.`) only with its
/// dot and before a name or a number (`P. Bến Nghé`): `x`, `p` alone are letters, and so are
/// `p.` ending a sentence and the numeral of `khóa X`.
pub(super) fn one_unit_counts(u: &[Unit<'_>], i: usize) -> bool {
    let Some(x) = u.get(i) else { return false };
    let letter_ok = || {
        !is_one_letter(x.text)
            || (x.text.ends_with('.')
                && u.get(i + 1).is_some_and(|n| {
                    n.text
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                }))
    };
    // (A word of three letters or more with only its first a capital, before a capitalized
    // word that is no Vietnamese syllable, is a foreign name: `Oda Masato`, not `ODA`; not
    // `Ths Nguyễn Văn An`, `Ubnd TP`.)
    let name_like = || {
        let mut letters = x.text.chars();
        x.text.len() >= 3
            && letters.next().is_some_and(char::is_uppercase)
            && letters.all(char::is_lowercase)
            && u.get(i + 1).is_some_and(|n| {
                n.gap == super::units::Gap::Space
                    && n.key.is_none()
                    && !n.all_caps()
                    && n.text.chars().next().is_some_and(char::is_uppercase)
            })
    };
    // (A fishing boat's number, its province's code first: `tàu cá KH 96015 TS`, not `KH`,
    // kế hoạch.)
    let boat = || {
        x.text.len() <= 3
            && u.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Number
                    && (4..=5).contains(&n.text.len())
                    && n.text.bytes().all(|b| b.is_ascii_digit())
            })
            && u.get(i + 2).is_some_and(|n| n.text == "TS")
    };
    (x.key.is_none() || (x.all_caps() && !in_compound(u, i)))
        && letter_ok()
        && !comma_joined(u, i)
        && !name_like()
        && !boat()
}

/// Whether unit `i` is a part of a form that a comma and an `&` join with no space
/// (`KH,CN&MT`, `VH,TT&DL`): not the abbreviation it spells alone (`KH`, kế hoạch). (Two
/// degrees a comma joins are each their own: `PGS,TS`.)
fn comma_joined(u: &[Unit<'_>], i: usize) -> bool {
    use super::units::Gap;
    let mut s = i;
    while s > 0 && u.get(s).is_some_and(|x| x.gap == Gap::None) {
        s -= 1;
    }
    let mut e = i + 1;
    while u.get(e).is_some_and(|x| x.gap == Gap::None) {
        e += 1;
    }
    let run = u.get(s..e).unwrap_or(&[]);
    run.iter().any(|x| x.is(","))
        && run.iter().any(|x| x.is("&"))
        && run
            .iter()
            .all(|x| x.is(",") || x.is("&") || x.is("-") || x.all_caps())
}

/// Whether the syllable `TƯ` at `i`, in capitals, is part of a common word with its neighbour
/// (`ĐẦU TƯ`, investment; `TƯ PHÁP`, justice; `TƯ VẤN`, `TƯ NHÂN`, `TƯ LỆNH`), not the
/// abbreviation it also spells (`TƯ`, the centre); or `CA` the word after a count.
fn in_compound(u: &[Unit<'_>], i: usize) -> bool {
    // (Whether a neighbour is joined to it is `spaced`'s to say: the first word of a line,
    // `THÔNG TƯ` heading a circular, is a neighbour too.)
    let folded = |k: usize| {
        u.get(k)
            .filter(|x| x.key.is_some())
            .map(|x| crate::normalize::fold_lower(x.text))
    };
    let spaced = |k: usize| u.get(k).is_some_and(|x| x.gap == super::units::Gap::Space);
    let word = folded(i);
    // (`1.245 CA SỐT XUẤT HUYẾT`: `ca`, cases or shifts, after their count; not `CA`, công
    // an.)
    if word.as_deref() == Some("ca") {
        return i
            .checked_sub(1)
            .and_then(|k| u.get(k))
            .is_some_and(|x| x.kind == TokenKind::Number && spaced(i));
    }
    if word.as_deref() != Some("tu") {
        return false;
    }
    let before = i.checked_sub(1).filter(|_| spaced(i)).and_then(folded);
    let after = folded(i + 1).filter(|_| spaced(i + 1));
    // (`VẬT TƯ`, supplies; `TÂM TƯ`, `SUY TƯ`, `RIÊNG TƯ`; `THÔNG TƯ`, a circular, in
    // every heading of one.)
    matches!(
        before.as_deref(),
        Some("dau" | "vat" | "tam" | "suy" | "rieng" | "thong")
    ) || matches!(
        after.as_deref(),
        Some(
            "phap"
                | "van"
                | "nhan"
                | "lenh"
                | "duy"
                | "lieu"
                | "cach"
                | "tuong"
                | "huu"
                | "ban"
                | "thuc"
                | "do"
                | "san"
                | "the"
        )
    )
}

/// The abbreviations of one sentence, leftmost first.
pub(crate) fn find(u: &[Unit<'_>], h: &Hits, lex: &Lexicon, out: &mut Vec<Found>) {
    let mut i = 0;
    let symbols = u.iter().any(|x| x.kind == TokenKind::Code);
    if !symbols && !h.any(bit(EntryKind::Abbreviation)) {
        return;
    }
    while i < u.len() {
        if h.kinds_at(i) & bit(EntryKind::Abbreviation) == 0 {
            if symbols && let Some(x) = u.get(i) {
                // (Its issuer maybe detached after a dash: `1865/TTr- UBND`.)
                let detached = u
                    .get(i + 1)
                    .is_some_and(|d| d.is_dash() && d.gap == Gap::None);
                in_symbol(x, i, detached, lex, out);
            }
            i += 1;
            continue;
        }
        let hit = h
            .at(i)
            .iter()
            .rev()
            .find(|t| t.kind == EntryKind::Abbreviation);
        // A letter after a form of address is someone's initial (`ông H. (xin giấu tên)`,
        // `cháu P. 14 tuổi`), not `huyện` or `phường`.
        // Nor in the middle of a name: `Richard H. Thaler`, `John F. Kennedy` (a capitalized
        // word, not in capitals, before it and after it; not `Tại Q. Hoàn Kiếm`).
        let name_word = |k: usize| {
            u.get(k).is_some_and(|x| {
                matches!(x.kind, TokenKind::Syllable | TokenKind::Word)
                    && x.capitalized()
                    && !x.all_caps()
            })
        };
        // (Nor initials in capitals before a name: `Tổng thống Nga V.V. Putin`, no `v.v.`.)
        let initials = || {
            u.get(i).is_some_and(|x| {
                let t = x.text.strip_suffix('.').unwrap_or(x.text);
                t.len() >= 3
                    && t.split('.')
                        .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
            }) && name_word(i + 1)
        };
        let initial = || {
            initials()
                || (u.get(i).is_some_and(|x| is_one_letter(x.text))
                    && (h.ends_at(i, EntryKind::Honorific, 3).is_some()
                        || (i > 0
                            && name_word(i - 1)
                            && name_word(i + 1)
                            && !u[i - 1].key.is_some_and(super::title::stop_key))))
        };
        let Some(t) = hit.filter(|t| {
            t.end > i + 1
                || (one_unit_counts(u, i)
                    && !initial()
                    && !starts_phrase(u, h, i)
                    && !fishing_boat(u, i))
        }) else {
            i += 1;
            continue;
        };
        let note = lex.note(t.note);
        let expansion = if note.contains('|') {
            decide(note, u, i, t.end)
        } else {
            Some(note)
        };
        if let Some(e) = expansion.filter(|e| !e.is_empty()) {
            // The dot of a form written with one (`GS.`, `NGƯT.`) that ends the sentence is
            // its full stop: `… danh hiệu NGƯT.` is `NGƯT`.
            let last = &u[t.end - 1];
            let full_stop = last.text.len() > 2
                && last.text.ends_with('.')
                && u.get(t.end)
                    .is_none_or(|x| x.gap == super::units::Gap::Line);
            out.push(Found {
                start: i,
                end: t.end,
                expansion: e.to_string(),
                bytes: full_stop.then(|| Span {
                    start: u[i].start,
                    end: last.end - 1,
                }),
            });
            i = t.end;
        } else {
            i += 1;
        }
    }
}

/// Whether `TS` at `i` ends a fishing boat's number, after its province's letters and its
/// digits (`tàu cá CM 91234 TS`, `BĐ 97479 TS`): the fishery's mark, no doctor.
fn fishing_boat(u: &[Unit<'_>], i: usize) -> bool {
    i >= 2
        && u.get(i).is_some_and(|x| x.text == "TS")
        && u.get(i - 1).is_some_and(|x| {
            x.kind == TokenKind::Number
                && (4..=5).contains(&x.text.len())
                && x.text.bytes().all(|b| b.is_ascii_digit())
        })
        && u.get(i - 2).is_some_and(|x| {
            (1..=4).contains(&x.text.chars().count()) && x.text.starts_with(char::is_uppercase)
        })
}

/// The abbreviations in the last part of a document symbol (`số 15/2020/NĐ-CP`, `số
/// 1234/QĐ-UBND`, `06/2024/TT-BLĐTBXH`): the part after the last `/`, if it is listed whole
/// (`NĐ-CP`: nghị định của Chính phủ), else each of its parts between dashes that is listed
/// with one expansion (`BLĐTBXH`; not `TT`, which is also thị trấn, trung tâm…).
fn in_symbol(x: &Unit<'_>, i: usize, detached: bool, lex: &Lexicon, out: &mut Vec<Found>) {
    if x.kind != TokenKind::Code {
        return;
    }
    let Some(slash) = x.text.rfind('/') else {
        return;
    };
    let tail = x.text.get(slash + 1..).unwrap_or("");
    // A number or a date (`12/5/2023`) has no issuer.
    if !tail.chars().next().is_some_and(char::is_alphabetic) {
        return;
    }
    // The expansions of a part, as its entry lists them.
    let options = |part: &str| expansions(lex, part);
    let expansion = |part: &str| {
        let note = options(part)?;
        // `số 137/CP`: the Government (Council) issues; a company (`cổ phần`) does not.
        if note.split('|').any(|o| o == "Chính phủ") {
            return Some("Chính phủ".to_string());
        }
        (!note.is_empty() && !note.contains('|')).then(|| note.to_string())
    };
    let at = x.start + slash + 1;
    // The Party's documents put their kind before the issuer: `39-NQ/TW` (nghị quyết of the
    // Central Committee), `05-CT/TW`, `21-KL/TU`: the part between the number's dash and the
    // slash.
    let head = x.text.get(..slash).unwrap_or("");
    let party_kind = head
        .split_once('-')
        .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map(|(n, k)| (x.start + n.len() + 1, k))
        .and_then(|(from, k)| {
            let e = expansion(k).or_else(|| document_kind(lex, k).map(str::to_string))?;
            Some((from, k, e))
        });
    let mut push = |from: usize, part: &str, expansion: String| {
        out.push(Found {
            start: i,
            end: i + 1,
            expansion,
            bytes: Some(Span {
                start: from,
                end: from + part.len(),
            }),
        });
    };
    if let Some((from, part, kind)) = party_kind {
        push(from, part, kind);
    }
    if let Some(e) = expansion(tail) {
        push(at, tail, e);
        return;
    }
    let mut from = at;
    let parts = tail.split('-').count();
    let mut circular = false;
    for (n, part) in tail.split('-').enumerate() {
        // The first of two parts or more names the kind of document (`TT-BLĐTBXH`: thông
        // tư; `CT-TTg`: chỉ thị), which decides an abbreviation of several meanings.
        let kind = (n == 0 && (parts > 1 || detached))
            .then(|| document_kind(lex, part))
            .flatten();
        circular |= kind == Some("thông tư");
        // A circular is issued by a ministry (`TT-BTC`: Bộ Tài chính, not Ban Tổ chức;
        // `TT-BCT`: Bộ Công Thương, not the Politburo, `Bộ Chính trị`).
        let ministry = || {
            (circular && n > 0)
                .then(|| options(part))
                .flatten()
                .and_then(|o| {
                    o.split('|')
                        .find(|o| o.starts_with("Bộ ") && *o != "Bộ Chính trị")
                })
                .map(str::to_string)
        };
        // (An issuer is no kind of document: of its meanings, the one that is not, a body or
        // an office written with its capital, `KL-TTr`: kết luận of the inspectorate, `Thanh
        // tra`, not `tờ trình`; `QĐ-CT`: the chairman's, `Chủ tịch`; not `mã lực` of `CV`.)
        let issuer = || {
            let o = (n > 0).then(|| options(part)).flatten()?;
            let mut rest = o
                .split('|')
                .filter(|o| !DOCUMENTS.contains(o) && o.starts_with(char::is_uppercase));
            match (rest.next(), rest.next()) {
                (Some(one), None) => Some(one.to_string()),
                _ => None,
            }
        };
        if let Some(e) = expansion(part)
            .or_else(|| kind.map(str::to_string))
            .or_else(ministry)
            .or_else(issuer)
        {
            push(from, part, e);
        }
        from += part.len() + 1;
    }
}

/// The expansions of an abbreviation written alone (`BTC`: `Bộ Tài chính|Ban Tổ chức`), as
/// its entry lists them.
fn expansions<'l>(lex: &'l Lexicon, part: &str) -> Option<&'l str> {
    let piece = lex.piece_of_text(part)?;
    let mut hits = Vec::new();
    lex.hits(&[piece], 0, &mut hits);
    let hit = hits
        .iter()
        .find(|h| h.kind == EntryKind::Abbreviation && h.end == 1)?;
    Some(lex.note(hit.note))
}

/// The kind of document an abbreviation names (`NQ`: nghị quyết; `TT`: thông tư, of its
/// several meanings), if it names one.
fn document_kind(lex: &Lexicon, part: &str) -> Option<&'static str> {
    let note = expansions(lex, part)?;
    DOCUMENTS
        .iter()
        .copied()
        .find(|d| note.split('|').any(|o| o == *d))
}

/// The kinds of official documents, as the expansions of their abbreviations name them.
const DOCUMENTS: &[&str] = &[
    "nghị định",
    "nghị quyết",
    "quyết định",
    "thông tư",
    "chỉ thị",
    "kế hoạch",
    "báo cáo",
    "tờ trình",
    "thông báo",
    "hướng dẫn",
    "công văn",
    "công điện",
    "kết luận",
    "quy định",
];

/// Rewrites `text` with its abbreviations written out (borrowed when there is none).
pub(crate) fn expand(text: &str, found: impl Iterator<Item = (Span, String)>) -> Cow<'_, str> {
    let mut out = String::new();
    let mut done = 0;
    for (span, e) in found {
        out.push_str(text.get(done..span.start).unwrap_or(""));
        out.push_str(&e);
        done = span.end;
        // `TP.Hải Phòng`: the name glued to the dot is a word apart from the words written out.
        if text
            .get(done..)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_alphanumeric)
        {
            out.push(' ');
        }
    }
    if done == 0 && out.is_empty() {
        return Cow::Borrowed(text);
    }
    out.push_str(text.get(done..).unwrap_or(""));
    Cow::Owned(out)
}

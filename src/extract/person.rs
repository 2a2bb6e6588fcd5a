//! People: a name (two to four capitalized syllables after a surname, a name after a form of
//! address or a title, foreign names after a title), the form of address before it, and the
//! titles the sentence gives them, in either order:
//! `đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`,
//! `Chủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu`, `ông A giữ chức Bộ trưởng`.
//!
//! A name is not a person after a word that makes it a place or an institution (`tỉnh Lạng
//! Sơn`, `đường Nguyễn Huệ`, `trường THPT Trần Phú`, `TP Hồ Chí Minh`), or inside an
//! organisation's name.

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use crate::lexicon::{EntryKind, Lexicon};
use crate::span::Span;
use crate::tokenize::TokenKind;

use super::hits::{Hits, bit};
use super::title::{self, Rules};
use super::units::{Gap, Unit, span_of};
use super::words::{self, Word};

/// The first words of the place-words of a junction or a corner (`ngã tư`, `giao lộ`, `nút
/// giao`, `góc đường`), after which `A và B` are two streets.
static JUNCTIONS: LazyLock<Vec<(u32, Option<u32>)>> =
    LazyLock::new(|| words::phrase_keys(&["ngã", "giao", "nút", "góc"]));

/// A person named in the text.
///
/// # Examples
/// ```
/// let text = "Dự có đồng chí Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.";
/// let p = vntext::persons(text).next().unwrap();
/// assert_eq!(&text[p.span.range()], "Phạm Ngọc Thưởng");
/// assert_eq!(p.value.name, "Phạm Ngọc Thưởng");
/// assert_eq!(p.value.honorific.as_deref(), Some("đồng chí"));
/// let titles: Vec<&str> = p.value.titles.iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(titles, ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Person {
    /// The name as written (a line break inside it is one space).
    pub name: String,
    /// The form of address before the name (`đồng chí`, `ông`, `bà`), if any; a plural one
    /// is every listed name's (`các đồng chí: A, …; B, …` gives both `các đồng chí`).
    pub honorific: Option<String>,
    /// The spans of the titles the sentence gives the person (see [`crate::titles`]), and
    /// for the signer of a document, the title alone on the line above the name in its
    /// signature block (`KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG` / `Lê Văn Thanh` gives `THỨ
    /// TRƯỞNG`; `BỘ TRƯỞNG` there is the office signed for). The command line reads each
    /// line apart unless it is given whole documents (`--jsonl`).
    pub titles: Vec<Span>,
}

/// The goods a brand sells and the last words of dishes and shops, after which a name is
/// the brand's (see `goods_before`).
static GOODS: LazyLock<Vec<(u32, ())>> = LazyLock::new(|| {
    let list: Vec<(&str, ())> = [
        "phê", "gạo", "sữa", "đặc", "mì", "phở", "trà", "quán", "mắm", "bia", "kẹo", "bánh", "chè",
        "rượu", "bún", "cơm",
        // (Or the last word of a dish or a shop: `bánh xèo Bà Dưỡng`, `chả cá Anh
        // Vũ`, `bánh ít lá gai Bà Tám`, `bánh mì cay Bà Già`.)
        "xèo", "cuốn", "cay", "gai", "cá", "cua", "lẩu", "xôi", "nem", "chả", "gà", "vịt", "ốc",
        "kem", "cháo", "tiệm", "tiếu", "miến", "bò", "nướng", "giò",
        // (Or of a private school or day-care group: `nhóm trẻ tư thục Mẹ Hiền`.)
        "thục",
    ]
    .into_iter()
    .map(|w| (w, ()))
    .collect();
    crate::extract::words::keyed(&list)
});

impl Person {
    /// The texts of the person's titles in `text` (the text the person was found in), each
    /// on one line as the other values are written: a line break inside a title (a
    /// hard-wrapped document), with the spaces around it, is one space.
    ///
    /// # Examples
    /// ```
    /// let text = "ông Hồ Tiến Thiệu, Chủ tịch UBND\ntỉnh Lạng Sơn, phát biểu";
    /// let p = vntext::persons(text).next().unwrap();
    /// let titles: Vec<_> = p.value.title_texts(text).collect();
    /// assert_eq!(titles, ["Chủ tịch UBND tỉnh Lạng Sơn"]);
    /// ```
    pub fn title_texts<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Cow<'a, str>> + 'a {
        self.titles
            .iter()
            .filter_map(move |s| text.get(s.range()))
            .map(title::one_line)
    }
}

impl fmt::Display for Person {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// A person found: the name's units, the honorific's, and the titles (indices into the
/// sentence's titles).
#[derive(Clone, Debug)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub honorific: Option<(usize, usize)>,
    /// Where a degree or profession before the name starts (`kỹ sư`), if there is one.
    pub lead: Option<usize>,
    pub titles: Vec<usize>,
    /// The plural form of address of the list the name is in (`các đồng chí: A, …; B, …`),
    /// for the value only (links read `honorific`).
    pub shared: Option<(usize, usize)>,
}

/// Words that link a person to a title after the name: `ông A giữ chức Bộ trưởng`,
/// `bổ nhiệm ông A làm Thứ trưởng`, `A là Chủ tịch`, `A cũng từng là Bí thư`, `A, khi đó là
/// Phó Chủ tịch`, `A được giới thiệu để bầu làm Chủ tịch`, `A trúng cử đại biểu Quốc hội`, `A
/// bàn giao chức vụ Tư lệnh`, `A, người được giao phụ trách Tư lệnh`, `A tuyên thệ nhậm chức
/// Chủ tịch nước`, `A đảm nhận vai trò Tổ trưởng`.
static LINKS: LazyLock<words::KeyMap<()>> = LazyLock::new(|| {
    let w: Vec<(&str, ())> = [
        "là", "làm", "giữ", "chức", "vụ", "danh", "được", "bầu", "bổ", "nhiệm", "đảm", "nhận",
        "nhậm", "trở", "thành", "kiêm", "cũng", "từng", "hiện", "đang", "nguyên", "tiếp", "tục",
        "tái", "đắc", "cử", "lần", "lượt", "các", "vị", "trí", "đã", "sẽ", "thôi", "phong",
        "thăng", "quân", "hàm", "điều", "động", "luân", "chuyển", "giao", "quyền", "đồng", "thời",
        "bị", "miễn", "cách", "xin", "chỉ", "định", "cử", "giữ", "vừa", "phê", "chuẩn", "mới",
        "về", "người", "khi", "lúc", "đó", "ấy", "nữ", "giới", "thiệu", "trúng", "bàn", "phụ",
        "trách", "tuyên", "thệ", "một", "phân", "công", "đều", "vai", "trò",
        // `được bổ nhiệm lại`, `bầu bổ sung`, `chuẩn y`, `có thời hạn`, `kéo dài thời gian
        // giữ chức vụ`, `nay là`, `miễn nhiệm … khỏi chức vụ`.
        "lại", "sung", "y", "có", "hạn", "kéo", "dài", "gian", "nay", "khỏi",
        // `được hiệp thương cử giữ chức` (the Front's election), `được suy cử làm`, `suy tôn`
        // (a religious body's), `được chấp thuận giữ chức`.
        "hiệp", "thương", "suy", "tôn", "chấp", "thuận",
        // `được tín nhiệm bầu làm` (elected, trusted again).
        "tín",
        // `được bố trí làm Phó Giám đốc Sở …` (placed, as when provinces merge).
        "bố",
        // `được giao thêm vai trò Phó Chủ tịch HĐQT` (one more office).
        "thêm",
        // `bị kỷ luật cách chức Bí thư …` (an office taken away); `là người phụ nữ đầu tiên
        // giữ chức Chủ tịch …`.
        "kỷ", "luật", "đầu", "tiên",
        // `vào vị trí`, `không còn là`, `khi còn là`, `trước đây là`; `thức` of `chính thức
        // giữ chức` ([`Rules::skip_to_title`]).
        "thức", "vào", "không", "còn", "trước", "đây",
        // `đã kinh qua nhiều cương vị: …`, the posts held in turn.
        "kinh", "qua", "nhiều", "cương",
        // `hiện vẫn giữ chức`, `vẫn là`: the office still held.
        "vẫn",
        // `được đề bạt làm` (promoted to), `bị tạm đình chỉ chức vụ` (suspended from),
        // `lợi dụng chức vụ` (abusing the office of).
        "đề", "bạt", "tạm", "đình", "lợi", "dụng",
        // `rời ghế Tổng giám đốc` (left the seat of); `được chọn làm` (chosen as).
        "rời", "ghế", "chọn", "lựa",
        // `điều động ông A, …, sang làm Giám đốc Sở …` (moved over to).
        "sang",
        // `rút khỏi vị trí Chủ tịch HĐQT` (withdrew from the post of).
        "rút", // `lên ngôi Hoàng đế`, `lên ngôi vua` (took the throne).
        "lên", "ngôi",
        // `bị bãi nhiệm chức Bộ trưởng` (removed from office by a vote).
        "bãi",
        // `sau này là`, `về sau là`, `sau đó giữ chức`: a post held later.
        "sau", "này",
        // `được thăng cấp bậc hàm Thiếu tướng`, `được truy thăng quân hàm Thiếu tá` (promoted
        // after death).
        "truy", "cấp", "bậc",
    ]
    .into_iter()
    .map(|s| (s, ()))
    .collect();
    words::KeyMap::new(&words::keyed(&w))
});

/// Whether syllable key `k` is a word of kinship (`vợ`, `con trai`, `mẹ` …), with the
/// siblings' `em`, `anh`, `chị` when `siblings` (before `trai`/`gái`: `em trai`), which
/// are forms of address too.
fn kin_word(k: u32, siblings: bool) -> bool {
    static KIN: LazyLock<[Vec<u32>; 2]> = LazyLock::new(|| {
        let keys = |ws: &[&str]| {
            ws.iter()
                .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
                .collect()
        };
        [
            keys(&["vợ", "chồng", "con", "trai", "gái", "bố", "mẹ", "cha"]),
            keys(&["em", "anh", "chị"]),
        ]
    });
    KIN[0].contains(&k) || (siblings && KIN[1].contains(&k))
}

fn linking(x: &Unit<'_>) -> bool {
    x.key.is_some_and(|k| LINKS.get(k).is_some())
}

/// Notes of the honorifics that are forms of address (kept as the person's honorific);
/// degrees and professions (`GS.TS.`, `Luật sư`) announce a name but are not one.
fn address(note: &str) -> bool {
    note.starts_with("address") || note.starts_with("plural") || note.starts_with("religious")
}

impl Rules<'_, '_> {
    /// Every person of the sentence, and the titles linked to each (`titles` are the
    /// sentence's titles, in order).
    pub(crate) fn persons(&self, titles: &[title::Found], known: &[u32], out: &mut Vec<Found>) {
        // A byline, a line of names only: `Bài và ảnh: Minh Khang - Thu Hà`, `NGUYỄN HÀ -
        // TRẦN LONG`.
        if titles.is_empty() && self.byline(out) {
            return;
        }
        let mut i = 0;
        let n = self.u.len();
        let in_title = |k: usize| titles.iter().any(|t| t.start <= k && k < t.end);
        // Inside a phrase that only looks like a title (`Đoàn Chủ tịch`): no name either.
        let mut not_title_end = 0;
        // A person starts at a form of address or at a capitalised word.
        let cue = bit(EntryKind::Honorific) | bit(EntryKind::NotTitle);
        // Whether the sentence is in capitals, asked once a name is found.
        let mut loud: Option<bool> = None;
        // Where the places read so far end, and how many items of a list end there.
        let mut places: Vec<(usize, usize)> = Vec::new();
        while i < n {
            if self.h.kinds_at(i) & cue == 0 && !self.u.get(i).is_some_and(Unit::capitalized) {
                i += 1;
                continue;
            }
            // (But for a form of address that is the whole phrase: `HLV trưởng Velizar Popov`,
            // a head coach, no office, then his name.)
            if let Some(e) = self.not_title_at(i)
                && self.honorific_at(i).is_none_or(|(he, _)| he != e)
            {
                not_title_end = not_title_end.max(e);
            }
            if in_title(i) || i < not_title_end {
                i += 1;
                continue;
            }
            // A work's, an award's or a title's name in quotes after the noun that says what
            // it is: `Lễ trao giải "Mai Vàng"`, `danh hiệu "Hoa hậu Thân thiện"`, `tác phẩm
            // "Nguyễn Du"`.
            if i >= 2
                && self
                    .u
                    .get(i - 1)
                    .is_some_and(|x| matches!(x.text, "\"" | "“" | "«"))
                && (self.work_noun_ends(i - 1) || self.thing_named_in_quotes(i))
                && let Some(c) =
                    (i..n.min(i + 12)).find(|&m| matches!(self.text_at(m), "\"" | "”" | "»"))
            {
                i = c + 1;
                continue;
            }
            // A body's listed name of three words or more holds no one: `chuyên gia của Tổ
            // chức Nông Lương Liên Hợp Quốc`, `Hội đồng Vàng Thế giới` (no `Lương Liên`, no
            // `Vàng Thế`).
            if self.h.kinds_at(i) & bit(EntryKind::Org) != 0
                && let Some((e, _)) = self.h.longest(i, EntryKind::Org)
                && e >= i + 3
                && self.u.get(i).is_some_and(Unit::capitalized)
            {
                i = e;
                continue;
            }
            // A newspaper by its name alone is no one: `Theo Tuổi Trẻ Online, …`.
            if self.h.kinds_at(i) & bit(EntryKind::Name) != 0
                && let Some((e, note)) = self.h.longest(i, EntryKind::Name)
                && self.lex.note(note).starts_with("Báo")
            {
                i = e;
                continue;
            }
            // `Tiếp Ngài Pedro Alvarez, Đại sứ …`: a capitalized word that no list knows right
            // before a form of address is the sentence's verb, not a name's first word.
            // (At the sentence's start, with a capitalized name after the form of address; not
            // `Ảnh: Tuấn Anh`, `Phúc bị cáo buộc`.)
            // (The sentence's start: after a comma it may be a place's first word, `các xã Pha
            // Long, Tả Ngài Chồ`.)
            let clause_start = i == 0
                || self.u.get(i - 1).is_some_and(|x| {
                    matches!(x.text, ":" | "\"" | "“" | "«" | "‘" | "(" | "-" | "–")
                });
            if clause_start
                && self.h.kinds_at(i) == 0
                && self.u.get(i + 1).is_some_and(|x| x.gap == Gap::Space)
                && self.h.kinds_at(i + 1) & bit(EntryKind::Honorific) != 0
                && self.honorific_at(i + 1).is_some_and(|(he, _)| {
                    self.u
                        .get(he)
                        .is_some_and(|x| x.gap == Gap::Space && x.capitalized())
                })
            {
                i += 1;
                continue;
            }
            // `Bà Rịa - Vũng Tàu`, `Bồ Đào Nha`: a place of several words, read whole (a
            // title's place followed by a name is read by the title).
            // (Not a form of address in lower case: `anh Sơn` is someone, `Anh Sơn` a district.)
            if let Some((e, pn)) = self.h.longest(i, EntryKind::Place)
                && e > i + 1
                && !titles.iter().any(|t| t.end == i)
                // (Not a person's whole name that is also a city's, as the subject of what only
                // a person does: `Hồ Chí Minh sinh ngày 19/5/1890`.)
                && !(self.clause_opens(i) && self.city_named_person(i, e, pn))
                && (self.h.kinds_at(i) & bit(EntryKind::Honorific) == 0
                    || self.u.get(i).is_some_and(Unit::capitalized))
                && (self.h.kinds_at(i) & bit(EntryKind::Honorific) != 0
                    || self.h.longest(i + 1, EntryKind::Surname).is_some()
                    // (Or a form of address inside: `Hai Bà Trưng`.)
                    || self.h.kinds_at(i + 1) & bit(EntryKind::Honorific) != 0
                    // (Or a dash inside, a place listed whole: `Văn Miếu - Quốc Tử Giám`.)
                    || (i + 1..e).any(|m| self.u.get(m).is_some_and(Unit::is_dash))
                    // (`Hàn Quốc Son Heung-min`: the country, then the name.)
                    || self.korean_name(e).is_some()
                    // (A seat, then a foreign name: `Trưởng Phái đoàn Liên minh châu Âu (EU)
                    // tại Việt Nam Julien Guerrier`.)
                    || (i > 0
                        && self.canon(i - 1) == Some("tại")
                        && self.spaced(e)
                        && self.foreign_name_run(e))
                    // (`Hà Tiên Nguyễn Văn Hải`: the place, then a whole name.)
                    || (self.spaced(e)
                        && self.h.longest(e, EntryKind::Surname).is_some()
                        && self.capitalized_run(e, 4) >= e + 2))
            {
                // (A place for the list it may start: `đường Hai Bà Trưng - Nguyễn Đình Chiểu`;
                // or an item of the list before it: `các tuyến phố Lý Thái Tổ, Hai Bà Trưng,
                // Trần Hưng Đạo`.)
                let before = i
                    .checked_sub(1)
                    .filter(|&sep| self.text_at(sep) == "," || self.canon(sep) == Some("và"))
                    .and_then(|sep| places.iter().find(|p| p.0 == sep))
                    .map_or(0, |p| p.1);
                i = e;
                places.push((i, before + 1));
                continue;
            }
            // `118/77/49 Lê Trọng Tấn`, `số 52 - 54 Nguyễn Khắc Nhu`: a street after a house
            // number.
            let number = |k: usize| self.u.get(k).is_some_and(|x| x.kind == TokenKind::Number);
            // (`8A`, `12B`: a house number with a letter.)
            let lettered = |x: &Unit<'_>| {
                x.kind == TokenKind::Code
                    && x.text.len() <= 5
                    && x.text.as_bytes().first().is_some_and(u8::is_ascii_digit)
                    && x.text
                        .bytes()
                        .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
            };
            // `tàu khảo sát Hướng Dương Hồng 10`: a ship's name and its number after `tàu` and
            // its class in lower case, no person.
            if i >= 2
                && self.u.get(i).is_some_and(Unit::capitalized)
                && self
                    .u
                    .get(i - 1)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && (i.saturating_sub(4)..i - 1).any(|t| {
                    // (By its key: this is asked of most capitals after a word in lower case.)
                    static TAU: LazyLock<Option<u32>> =
                        LazyLock::new(|| crate::Syllable::parse("tàu").ok().map(|s| s.key()));
                    self.u
                        .get(t)
                        .is_some_and(|x| x.key.is_some() && x.key == *TAU)
                        && (t + 1..i).all(|m| {
                            self.u
                                .get(m)
                                .is_some_and(|x| x.key.is_some() && !x.capitalized())
                        })
                })
            {
                let r = self.name_run(i, 4);
                if r > i + 1 && self.spaced(r) && number(r) && self.text_at(r).len() <= 3 {
                    i = r + 1;
                    continue;
                }
                // (Or a warship's or a training ship's class, then the name it bears: `tàu
                // huấn luyện buồm Lê Quý Đôn`, `tàu hộ vệ tên lửa Đinh Tiên Hoàng`.)
                if r > i + 1
                    && self.folded(i - 1).is_some_and(|w| {
                        matches!(w.as_str(), "buom" | "lua" | "truc" | "luyen" | "ve")
                    })
                {
                    i = r;
                    continue;
                }
            }
            let house = i > 0
                && self.u.get(i - 1).is_some_and(|x| {
                    (x.kind == TokenKind::Number || lettered(x))
                        && (house_number(x.text)
                            || lettered(x)
                            // (Or two houses' numbers joined by a dash: `khu đất vàng 39-41 Tôn
                            // Đức Thắng`; not years, `nhiệm kỳ 2020-2025`.)
                            || x.text.split_once(['-', '–']).is_some_and(|(a, b)| {
                                (1..=3).contains(&a.len())
                                    && (1..=3).contains(&b.len())
                                    && a.bytes().all(|c| c.is_ascii_digit())
                                    && b.bytes().all(|c| c.is_ascii_digit())
                            })
                            // (Or a plot's, a house's or an office's: `khu đất công 615
                            // Nguyễn Trãi`, `nhà 12 Lý Thường Kiệt`, `trụ sở 8 Trần Hưng Đạo`.)
                            || (i >= 2
                                && matches!(
                                    self.canon(i - 2),
                                    Some("số" | "tại" | "ở" | "đất" | "nhà" | "công" | "sở" | "lô")
                                ))
                            // (Or a site's or an address's: `khu khảo cổ 18 Hoàng Diệu`, `di
                            // tích 48 Hàng Ngang`, `Nhà di sản 87 Mã Mây`, `địa chỉ 12 Lý Thái
                            // Tổ`.)
                            || (i >= 3
                                && self.u.get(i - 2).is_some_and(|y| !y.capitalized())
                                && ((self.folded_is(i - 3, "khao") && self.folded_is(i - 2, "co"))
                                    // (`khu khảo cổ học 18 Hoàng Diệu`.)
                                    || (i >= 4
                                        && self.folded_is(i - 4, "khao")
                                        && self.folded_is(i - 3, "co")
                                        && self.folded_is(i - 2, "hoc"))
                                    || (self.folded_is(i - 3, "di")
                                        && (self.folded_is(i - 2, "tich")
                                            || self.folded_is(i - 2, "san")))
                                    || (self.folded_is(i - 3, "dia")
                                        && self.folded_is(i - 2, "chi"))))
                            // (`ngõ 165 Phạm Văn Đồng`, `hẻm 12 Lê Lợi`: an alley's number.)
                            || (i >= 2
                                && matches!(self.canon(i - 2), Some("ngõ" | "ngách" | "hẻm" | "kiệt")))
                            // (`tàu 012 Lý Thái Tổ`, `tàu hộ vệ tên lửa 011 Đinh Tiên Hoàng`: a
                            // warship's number and the name it bears.)
                            || self.ship_before(i - 1)
                            || (i >= 3
                                && matches!(self.text_at(i - 2), "-" | "–")
                                && number(i - 3))
                            || self.address_goes_on(self.name_run(i, 5)))
                        // (`tàu Hộ vệ tên lửa HQ-015 Trần Hưng Đạo`: a warship's code; `tàu
                        // sân bay USS Ronald Reagan`: a navy's prefix.)
                        || (x.kind == TokenKind::Code
                            && x.text.bytes().any(|b| b.is_ascii_digit())
                            && self.ship_before(i - 1))
                        || (x.kind == TokenKind::Abbreviation
                            && x.text.len() <= 4
                            && x.text.bytes().all(|b| b.is_ascii_uppercase())
                            && self.ship_before(i - 1))
                });
            // (Not after a title: `Giám đốc Công ty Xây dựng số 1 Nguyễn Văn An`.)
            if house && self.spaced(i) && !titles.iter().any(|t| t.end == i) {
                i = self.name_run(i, 5).max(i + 1);
                continue;
            }
            // `phố Bà Triệu`, `chợ Bà Chiểu`, `cầu Ông Lãnh`, `xã Bà Điểm`: a form of address
            // with a capital right after a place word (not `nhà`, `họ`: `nhà Bà Lan` is her
            // house) is a word of the place's name.
            // (And `Đồn Biên phòng Cha Lo`, `Đồn Biên phòng Mẹ Lan`: a kinship word in the
            // name of a body named by its place.)
            let place_body = || {
                self.h.ends_at(i, EntryKind::Org, 4).is_some_and(|s| {
                    self.h
                        .longest(s, EntryKind::Org)
                        .is_some_and(|(e, n)| e == i && self.note(n) == "place")
                })
            };
            if i > 0
                && self.h.kinds_at(i) & bit(EntryKind::Honorific) != 0
                && (matches!(self.canon(i), Some("bà" | "ông"))
                    || (place_body()
                        && self
                            .folded(i)
                            .is_some_and(|w| matches!(w.as_str(), "cha" | "me" | "co" | "chu"))))
                && self
                    .u
                    .get(i)
                    .is_some_and(|x| x.capitalized() && !x.all_caps())
                && self.spaced(i + 1)
                && self.u.get(i + 1).is_some_and(Unit::capitalized)
                && (self.h.ends_at(i, EntryKind::PlaceWord, 4).is_some_and(|s| {
                    // (`nhà hàng Bà Năm`, a restaurant, is a place of two words.)
                    s + 1 < i || !matches!(self.canon(s), Some("nhà" | "họ" | "dòng" | "thời"))
                }) || self.h.ends_at(i, EntryKind::Level, 3).is_some()
                    || place_body())
            {
                i = self.name_run(i + 1, 3).max(i + 2);
                places.push((i, 1));
                continue;
            }
            // `Ngân hàng TMCP Lộc Phát Việt Nam`: a body's listed name of two words or more,
            // right after its head (or the bank's kind), is no person.
            if i > 0
                && self.h.kinds_at(i) & bit(EntryKind::Name) != 0
                && let Some((ne, note)) = self
                    .h
                    .longest(i, EntryKind::Name)
                    .filter(|&(ne, _)| ne >= i + 2)
                && (self.h.ends_at(i, EntryKind::Org, 4).is_some()
                    || self.h.ends_at(i, EntryKind::PlaceWord, 4).is_some()
                    || self.text_at(i - 1) == "TMCP")
            {
                // (A school's kinds joined, then its own name, no one either: `Trường Tiểu
                // học và THCS Nguyễn Văn Trỗi`; a title's body is read by the title.)
                i = if self.lex.note(note).starts_with("Trường")
                    && self.spaced(ne)
                    && !titles.iter().any(|t| t.start < i && t.end > i)
                {
                    self.name_run(ne, 4).max(ne)
                } else {
                    ne
                };
                continue;
            }
            // `khoa Y Đại học Paris Cité`, `phòng Nghiệp vụ Y Sở Y tế`: `Y` of medicine, a
            // field's last word, before a body's head; no Ê Đê name starter.
            if self.text_at(i) == "Y"
                && self.spaced(i + 1)
                && self.h.longest(i + 1, EntryKind::Org).is_some()
            {
                i += 1;
                continue;
            }
            // `Hồ Hòa Bình đang xả lũ`: a lake, not a person whose surname is `Hồ`.
            // (Not after a title, a rank or a form of address: `Chủ tịch UBND tỉnh Hồ Kim Liên`,
            // `Thiếu tá Hồ Văn Lâm`.)
            if self.lake_at(i)
                && !titles.iter().any(|t| t.end == i)
                && self.h.ends_at(i, EntryKind::Honorific, 3).is_none()
            {
                i = self.name_run(i, 5).max(i + 1);
                places.push((i, 1));
                continue;
            }
            let at = self.person_at(i, titles);
            // A club's or a firm's name is no one: `Seoul E-Land FC`, `Chủ tịch Incheon
            // United` (a word of a club's or a firm's name that no one bears, or one before it).
            if let Some(p) = at.as_ref()
                && p.honorific.is_none()
                && self.club_words(p.start, p.end)
            {
                i = p.end.max(i + 1);
                continue;
            }
            // A brand with a dot inside is no one: `Saigon Co.op`, `Co.opmart Nguyễn Kiệm`
            // (the dot touching both words, the second in lower case).
            if let Some(p) = at.as_ref()
                && self
                    .u
                    .get(p.end)
                    .is_some_and(|x| x.text == "." && x.gap == Gap::None)
                && self.u.get(p.end + 1).is_some_and(|x| {
                    x.gap == Gap::None && x.text.starts_with(|c: char| c.is_lowercase())
                })
            {
                i = p.end + 2;
                continue;
            }
            // (Nor the street that names the brand's shop: `Co.opmart Nguyễn Kiệm`.)
            if i >= 3
                && self.u.get(i - 1).is_some_and(|x| {
                    x.gap == Gap::None && x.text.starts_with(|c: char| c.is_lowercase())
                })
                && self
                    .u
                    .get(i - 2)
                    .is_some_and(|x| x.text == "." && x.gap == Gap::None)
                && self.u.get(i - 3).is_some_and(Unit::capitalized)
                && let Some(p) = at.as_ref().filter(|p| p.honorific.is_none())
            {
                i = p.end.max(i + 1);
                continue;
            }
            // `Hoàng Minh Thắng (tức Tư Thắng)`, `bí danh Mười Hưng`: an alias, often a rank
            // in the family and a given name, that no surname starts.
            if at.is_none()
                && let Some(e) = self.alias_at(i)
            {
                out.push(Found {
                    start: i,
                    end: e,
                    honorific: None,
                    lead: None,
                    titles: Vec::new(),
                    shared: None,
                });
                i = e;
                continue;
            }
            // `Tượng đài Bác Hồ`, `Đền thờ Bác Hồ`: a memorial named after a person addressed
            // as the people address him is the memorial's name (and `Nghĩa trang liệt sĩ
            // Trường Sơn`, a cemetery of the fallen named by its place).
            if let Some(p) = at
                .as_ref()
                .filter(|p| p.honorific.is_some_and(|(a, _)| a == i) || p.lead == Some(i))
                && self.memorial_before(i)
            {
                i = p.end.max(i + 1);
                continue;
            }
            // `Tổng Giám mục Hà Nội`, `Giám mục Hà Tĩnh`, `Đức Mẹ La Vang`: a bishop named by
            // his see, Our Lady by her shrine; a place, no one's name. (Nor a religious order
            // after a priest or a nun: `linh mục Dòng Tên`, `nữ tu Dòng Mến Thánh Giá`; nor a
            // word only firms bear after what reads as one, `GS Engineering & Construction`.)
            if let Some(p) = at.as_ref()
                && (p.honorific.is_some_and(|(a, _)| a == i) || p.lead == Some(i))
                && (p
                    .honorific
                    .is_some_and(|(a, he)| self.named_by_see(a, he, p))
                    || (self.canon(p.start) == Some("dòng")
                        && self.u.get(p.start).is_some_and(Unit::capitalized))
                    || (p.end == p.start + 1
                        && self
                            .u
                            .get(p.start)
                            .is_some_and(|x| x.kind == TokenKind::Word)
                        && self.firm_word(p.start)))
            {
                i = p.end.max(i + 1);
                continue;
            }
            let plain = at
                .as_ref()
                .is_none_or(|p| p.honorific.is_none() && p.lead.is_none());
            // A firm's or a cooperative's own name after its trade in lower case is no one's
            // when no title holds it: `Hợp tác xã khai thác hải sản Đồng Tâm gồm …`; nor is
            // one that a word of address starts in capitals, `thương mại Anh Phát`.
            if (plain
                || at.as_ref().is_some_and(|p| {
                    p.honorific.is_some_and(|(a, _)| a == i)
                        && self.u.get(i).is_some_and(Unit::capitalized)
                }))
                && let Some(p) = at.as_ref()
                && !titles.iter().any(|t| t.end == i)
                && self.trade_before(i)
            {
                i = p.end.max(i + 1);
                continue;
            }
            // `Trung tâm Huấn luyện gìn giữ hòa bình quốc tế Kofi Annan (KAIPTC)`: a name that
            // ends a body's name, the body's short name in brackets after it, longer than the
            // name's initials.
            if plain
                && let Some(p) = at.as_ref()
                && self.text_at(p.end) == "("
                && self.text_at(p.end + 2) == ")"
                && self.u.get(p.end + 1).is_some_and(|x| {
                    x.text.len() >= p.end - i + 2 && x.text.bytes().all(|b| b.is_ascii_uppercase())
                })
                && !titles.iter().any(|t| t.end == i)
                && (i.saturating_sub(12)..i).any(|m| self.h.kinds_at(m) & bit(EntryKind::Org) != 0)
            {
                i = p.end.max(i + 1);
                continue;
            }
            // `tại Đồng Xoài`, `ở Thái Hòa`: a place after a word of location (a person there
            // has a form of address, `tại ông A`); a person's name may follow the place in the
            // same run (`tại Wayback Machine Nguyễn Hòa Bình`).
            if plain
                && i > 0
                && matches!(self.canon(i - 1), Some("tại" | "ở"))
                && self.spaced(i)
                && self.namelike(i)
                && !titles.iter().any(|t| t.end == i)
            {
                let run = self.name_run(i, 5);
                // (A name of two words after a place of one is the place's end: `tại Phù Lưu
                // Chanh`; not after a listed place, `tại Hà Tiên Trần Văn A`.)
                let cut = self.cut_before_name(i, run);
                let cut = if cut == i + 1
                    && run == i + 3
                    && self.h.longest(i, EntryKind::Place).is_none()
                    && self.u.get(i).is_some_and(|x| x.kind == TokenKind::Syllable)
                {
                    run
                } else {
                    cut
                };
                i = cut.max(i + 1);
                places.push((i, 1));
                continue;
            }
            // `trú tại Ninh Tiến, Hoa Lư, Ninh Bình`: an address, place after place.
            if plain
                && (self.in_address(i) || self.bracket_address(i))
                && self.namelike(i)
                // (An item of it ends at punctuation: not `Quê ở Nghệ An, Nguyễn Văn A cho
                // biết`.)
                && self
                    .u
                    .get(self.name_run(i, 5))
                    .is_none_or(|x| matches!(x.text, "," | ")" | ";" | "."))
            {
                i = self.name_run(i, 5).max(i + 1);
                places.push((i, 1));
                continue;
            }
            if at.is_none()
                && self.namelike(i)
                && (self.h.is(i, EntryKind::PlaceWord)
                    || self.place_before(i)
                    || self.places_announced(i))
                && !titles.iter().any(|t| t.end == i)
            {
                // `đường Nguyễn Văn Linh`: the whole name belongs to the place.
                let e = self.name_run(i, 5).max(i + 1);
                // (Past a school's kinds joined in lower case too, then its own name: `Trường
                // Tiểu học và THCS Nguyễn Văn Trỗi`.)
                i = self.school_kinds_past(i, e).unwrap_or(e);
                places.push((i, 1));
                continue;
            }
            // `các huyện Cao Lãnh, Lai Vung, Lấp Vò`: the names listed after a place are
            // places, unless something makes one a person.
            // (Not after a title: `Giám đốc Sở Y tế Hà Nội, Trần Nhị, cho biết`.)
            if !titles.iter().any(|t| t.end + 1 == i)
                && let Some((e, items)) = self.next_place(i, &places, at.as_ref())
            {
                i = e;
                places.push((i, items));
                continue;
            }
            // `ngã tư Nguyễn Văn Linh - Nguyễn Hữu Thọ`, `góc đường Trần Hưng Đạo và Nguyễn
            // Văn Cừ`: the second street of a junction.
            if plain && self.second_street(i, &places) {
                i = self.name_run(i, 5).max(i + 1);
                places.push((i, 2));
                continue;
            }
            match at.or_else(|| self.known_alone(i, known)) {
                Some(mut p) => {
                    // A firm's name that goes on past a foreign place in one word of Latin
                    // letters is no person's: `Giám đốc Công ty Nhập khẩu Trái cây Seoul
                    // Fresh,`.
                    if p.end == p.start + 1
                        && p.honorific.is_none()
                        && self.firm_name_past_place(p.start, titles)
                    {
                        i = p.end;
                        continue;
                    }
                    // Nor the name of a building that a title's lower-case place word ends
                    // before, when the holder is named apart in apposition: `Trưởng ban quản
                    // lý tòa nhà Hoàng Anh Gia Lai, anh Phạm Minh Triết,`, `Ông Phạm Minh
                    // Triết, Trưởng ban quản lý tòa nhà Hoàng Anh Gia Lai,`.
                    if p.honorific.is_none() && self.building_named_apart(&p, titles, out) {
                        i = p.end;
                        continue;
                    }
                    // Nor a season by its name, though `Mùa` is a Hmông surname: `Mùa Vọng`,
                    // `Mùa Chay` (Hmông names run to three words: `Mùa A Dính`).
                    if p.end == p.start + 2
                        && p.honorific.is_none()
                        && self.folded_is(p.start, "mua")
                        && !titles.iter().any(|t| t.end == p.start)
                    {
                        i = p.end;
                        continue;
                    }
                    // In a sentence written in capitals (a heading of a resolution), capitals
                    // say nothing: `XỬ LÝ ĐƠN KHIẾU NẠI` is no person. A name there needs a
                    // form of address, a title before it or a title in apposition after it.
                    let loud = *loud.get_or_insert_with(|| self.loud());
                    // An acronym is no name in a sentence not in capitals, unless a form of
                    // address or a cue stands before it and it is no listed abbreviation
                    // (court news's initials: `bà NTMP khởi kiện`; not `sản phụ HIV`, `anh
                    // CSGT`, `đại bác DKZ`).
                    if !loud
                        && p.end == p.start + 1
                        && self.u.get(p.start).is_some_and(|x| {
                            x.key.is_none() && x.all_caps() && !x.text.contains('.')
                        })
                        && (p.honorific.is_none()
                            || self.h.kinds_at(p.start) & bit(EntryKind::Abbreviation) != 0)
                    {
                        i += 1;
                        continue;
                    }
                    // (Nor a verb of two words after a title: `CHỦ TỊCH … PHÁT BIỂU`; nor what
                    // a colon opens that goes on past the name's words: `GIÁM ĐỐC BỆNH VIỆN:
                    // CÔNG SUẤT GIƯỜNG BỆNH CÓ LÚC …` is what the director says.)
                    let said = p.start > 0
                        && self.text_at(p.start - 1) == ":"
                        && self.u.get(p.end).is_some_and(|x| x.key.is_some());
                    // (Nor a function word: `… KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP`.)
                    let function_word = self.stop_word(p.start)
                        || matches!(self.canon(p.start), Some("và" | "các" | "cấp"));
                    if loud
                        && (!self.cued(&p, titles) && !self.name_line(&p)
                            || self.speech_verb_pair(p.start)
                            || said
                            || (function_word && p.honorific.is_none()))
                    {
                        i += 1;
                        continue;
                    }
                    // In capitals a name runs into the verb after it: `TRƯƠNG TẤN SANG THĂM`.
                    // (A form of address or `được` as its third word or later, then a verb or
                    // the end, is its given name: `LÊ ĐỨC ANH TỪ TRẦN`, `TRẦN TUẤN ANH NHẬN`,
                    // `NGUYỄN VĂN ĐƯỢC KIỂM TRA`.)
                    // (So is, as the third word, a verb or function word that is also a
                    // usual given name: `NGUYỄN HỒNG LĨNH THĂM`, `ÔNG NGUYỄN VĂN TÍNH`, `ÔNG
                    // NGUYỄN VĂN NÊN ĐƯỢC BẦU`, `PHẠM VĂN ĐỒNG`.)
                    let given = |k: usize| {
                        (k >= p.start + 2 && matches!(self.canon(k), Some("anh" | "chị" | "được"))
                            || k == p.start + 2
                                && matches!(
                                    self.canon(k),
                                    Some(
                                        "tính"
                                            | "lĩnh"
                                            | "trình"
                                            | "tiếp"
                                            | "nguyên"
                                            | "như"
                                            | "ký"
                                            | "khởi"
                                            | "nên"
                                            | "đồng"
                                    )
                                ))
                            && self.u.get(k + 1).is_none_or(|x| {
                                x.key.is_none()
                                    || self.stop_word(k + 1)
                                    || self.headline_verb(k + 1)
                                    || self.speech_verb_pair(k + 1)
                            })
                    };
                    while loud
                        && p.end > p.start + 2
                        && self.stop_word(p.end - 1)
                        && !given(p.end - 1)
                    {
                        p.end -= 1;
                    }
                    // (And, after a surname, a function word that is also a usual middle
                    // name, before a word of the name: `VÕ NGUYÊN GIÁP`, `NGUYỄN CHÍ DŨNG`,
                    // `NGUYỄN ANH TRÍ`.)
                    let end = p.end;
                    let middle = |k: usize| {
                        k == p.start + 1
                            && k + 1 < end
                            && matches!(
                                self.canon(k),
                                Some("nguyên" | "chí" | "như" | "tiếp" | "anh")
                            )
                            && self.h.is(p.start, EntryKind::Surname)
                            && !self.stop_word(k + 1)
                            && !self.headline_verb(k + 1)
                            && self.h.kinds_at(k + 1) & bit(EntryKind::Role) == 0
                    };
                    // (And past it: `BỘ TRƯỞNG NGỌ CÓ LÃNH ĐẠO` names `NGỌ`.)
                    // (Or a verb of two words: `TRẦN HỒNG HÀ KIỂM TRA`; or a verb of a
                    // headline as the third word: `TÔ LÂM VIẾNG`.)
                    if loud
                        && let Some(k) = (p.start + 1..p.end).find(|&k| {
                            !given(k)
                                && !middle(k)
                                && (self.stop_word(k)
                                    || self.speech_verb_pair(k)
                                    || (k >= p.start + 2 && self.headline_verb(k)))
                        })
                    {
                        p.end = k;
                    }
                    // A name ends in a given name, not a middle name: `Lưu Văn phòng Tỉnh ủy`
                    // (filed at the Party committee's office) is no `Lưu Văn`. (After two
                    // words it may be the given name: `Bí thư Tỉnh ủy Vũ Hồng Văn cam kết`.)
                    if p.honorific.is_none()
                        && p.end == p.start + 2
                        && matches!(self.canon(p.end - 1), Some("văn" | "thị"))
                        && self.spaced(p.end)
                        && self
                            .u
                            .get(p.end)
                            .is_some_and(|x| x.key.is_some() && !x.capitalized())
                    {
                        i += 1;
                        continue;
                    }
                    // A name that runs into a title's start stops there.
                    if let Some(t) = titles.iter().find(|t| t.start > p.start && t.start < p.end) {
                        p.end = t.start;
                    }
                    // (One word that starts a body, `Quân đội`, `Đoàn TDTT`: the body, not a
                    // given name: `vận động viên Đoàn TDTT Quân đội`, `đoàn VĐV Quân đội`.)
                    if p.end == p.start + 1
                        && self.h.kinds_at(p.start) & (bit(EntryKind::Org) | bit(EntryKind::Name))
                            != 0
                        && (self
                            .h
                            .longest(p.start, EntryKind::Name)
                            .is_some_and(|(ne, _)| ne > p.start + 1)
                            || self
                                .h
                                .longest(p.start, EntryKind::Org)
                                .is_some_and(|(oe, _)| {
                                    oe > p.start + 1
                                        || (self.spaced(oe)
                                            && self.u.get(oe).is_some_and(|x| {
                                                x.kind == TokenKind::Abbreviation && x.all_caps()
                                            }))
                                }))
                    {
                        i += 1;
                        continue;
                    }
                    // (A firm's foreign name, no person: `FPT Smart Cloud`, `Viettel
                    // Networks`, `VinFast Auto`.)
                    // (Nor a quarter's numeral before its year: `Quý I/2024`.)
                    if p.end > p.start + 1
                        && p.honorific.is_none()
                        && ((p.start + 1..p.end).any(|m| self.firm_word(m))
                            // (Or first, where no surname is: `Memorial Park`.)
                            || (!self.h.is(p.start, EntryKind::Surname) && self.firm_word(p.start))
                            || (self.text_at(p.end) == "/"
                                && !self.spaced(p.end)
                                && self
                                    .u
                                    .get(p.end + 1)
                                    .is_some_and(|x| x.kind == TokenKind::Number)))
                    {
                        i = p.end;
                        continue;
                    }
                    if p.end > p.start {
                        i = p.end;
                        out.push(p);
                    } else {
                        i += 1;
                    }
                }
                None => i += 1,
            }
        }
        // (Nothing found, nothing to list: `loud` is known whenever it matters.)
        self.lists(titles, loud.unwrap_or(false), out);
        self.named_places(out);
        self.numbered_names(titles, out);
        self.names_into_bodies(titles, out);
        self.streets_listed(titles, out);
        self.initials_stop(out);
        // (Asked of each name, dropped only where one is: a retain costs more than the look.)
        if out.iter().any(|p| {
            self.pageant_edition(p)
                || self.brand_region(p)
                || self.union_unit(p)
                || self.house_number_before(p)
                || self.royal_house(p)
                || self.lettered_word(p)
        }) {
            out.retain(|p| {
                !(self.pageant_edition(p)
                    || self.brand_region(p)
                    || self.union_unit(p)
                    || self.house_number_before(p)
                    || self.royal_house(p)
                    || self.lettered_word(p))
            });
        }
        self.link(titles, out);
        // (An alias's titles are the name's it follows: `Hoàng Minh Thắng (tức Tư Thắng),
        // nguyên Phó Bí thư Thành ủy`, `Lê Duẩn (1907-1986), tên thật Lê Văn Nhuận, từng giữ
        // chức Bí thư thứ nhất …`.)
        for ai in 1..out.len() {
            let p = &out[ai];
            if p.honorific.is_some() || p.titles.is_empty() {
                continue;
            }
            // (Or one with no cue, a rank in the family in brackets: `Nguyễn Văn Sơn (Sáu
            // Sơn), Chủ tịch …`.)
            let bare =
                (p.start >= 2 && self.text_at(p.start - 1) == "(" && self.birth_order(p.start))
                    .then(|| p.start - 1);
            let Some(open) = self.alias_cue_before(p.start).or(bare) else {
                continue;
            };
            // (The name is right before the bracket or the comma that opens the alias, or
            // before its years in brackets: `Lê Duẩn (1907-1986), tên thật …`.)
            let end = if open > 0 && self.text_at(open - 1) == ")" {
                (open.saturating_sub(12)..open - 1)
                    .rev()
                    .find(|&m| self.text_at(m) == "(")
                    .unwrap_or(open)
            } else {
                open
            };
            if let Some(ni) = (0..ai).rev().find(|&ni| out[ni].end == end) {
                let titles = std::mem::take(&mut out[ai].titles);
                for t in titles {
                    if !out[ni].titles.contains(&t) {
                        out[ni].titles.push(t);
                    }
                }
            }
        }
        self.labelled_record(titles, out);
        self.link_predecessors(titles, out);
        self.share_plural_address(out);
        self.address_before_title(titles, out);
        self.pronoun_given(titles, out);
        self.pronoun_clause(titles, out);
        self.subject_clause(titles, out);
        self.together(titles, out);
    }

    /// `Bà A, Giám đốc Ban X, và ông B, Giám đốc Ban Y, cùng được bổ nhiệm Phó Tổng Giám
    /// đốc`: the office that `cùng` (together) gives the last of a list, each with its own
    /// apposition, is each one's too.
    fn together(&self, titles: &[title::Found], out: &mut [Found]) {
        for q in 1..out.len() {
            let e = out[q].end;
            // (Cheap test first: `cùng` right after the name or its apposition's comma.)
            let c = if self.canon(e) == Some("cùng") {
                e
            } else if self.text_at(e) == "," {
                match out[q].titles.iter().map(|&ti| titles[ti].end).find(|&te| {
                    te > e && self.text_at(te) == "," && self.canon(te + 1) == Some("cùng")
                }) {
                    Some(te) => te + 1,
                    None => continue,
                }
            } else {
                continue;
            };
            self.together_from(q, c, titles, out);
        }
    }

    /// [`Rules::together`] for person `q` and `cùng` at `c`.
    #[cold]
    fn together_from(&self, q: usize, c: usize, titles: &[title::Found], out: &mut [Found]) {
        let Some(&given) = out[q].titles.iter().find(|&&ti| titles[ti].start > c) else {
            return;
        };
        let mut pi = q;
        while pi > 0 {
            let (p, n) = (&out[pi - 1], &out[pi]);
            // (Its form of address or its rank first: `và Đại tá Nguyễn Thanh Sơn`.)
            let next_start = n
                .titles
                .iter()
                .map(|&ti| titles[ti].start)
                .chain(n.honorific.map(|(hs, _)| hs))
                .fold(n.start, usize::min);
            // (Between them: the earlier one's apposition, then `và` or a comma.)
            let own = |m: usize| {
                p.titles
                    .iter()
                    .any(|&ti| titles[ti].start <= m && m < titles[ti].end)
            };
            let joined = next_start > p.end
                && (p.end..next_start).all(|m| {
                    own(m) || matches!(self.text_at(m), "," | ";") || self.canon(m) == Some("và")
                })
                && (self.canon(next_start - 1) == Some("và")
                    || self.text_at(next_start - 1) == ",");
            if !joined {
                break;
            }
            pi -= 1;
            if !out[pi].titles.contains(&given) {
                out[pi].titles.push(given);
                out[pi].titles.sort_unstable();
            }
        }
    }

    /// `Đại tướng Lê Trọng Tấn mất … khi đang giữ chức Tổng Tham mưu trưởng`, `Thiếu tướng A
    /// được thăng hàm Trung tướng …, hiện là Chính ủy Quân khu 5`: an office that a clause
    /// of the sentence's subject gives (after `khi`/`lúc`, after a comma and linking words,
    /// `hiện là`, `từng giữ chức`, or after `và` and a verb of appointing), held or held
    /// before, is the one person named before it, when the sentence names exactly one there,
    /// no pronoun stands between, and no one holds it yet.
    fn subject_clause(&self, titles: &[title::Found], out: &mut [Found]) {
        for (ti, t) in titles.iter().enumerate() {
            let w = t.start;
            // The linking words right before the office (`là`, `giữ chức`, `được bổ nhiệm
            // làm`), in lower case, one of holding or becoming last.
            if w == 0
                || !matches!(
                    self.canon(w - 1),
                    Some("là" | "làm" | "chức" | "vụ" | "nhiệm" | "cử" | "bầu" | "ngôi")
                )
            {
                continue;
            }
            let mut a = w;
            while a > 0
                && a + 8 > w
                && self
                    .u
                    .get(a - 1)
                    .is_some_and(|x| linking(x) && !x.capitalized())
            {
                a -= 1;
            }
            let c = w - 1;
            // (After `khi` or `lúc`; after a comma with more than the last word, `, hiện là`;
            // after `và`, the subject's next verb: `… được thăng cấp bậc hàm Thiếu tướng và
            // được bổ nhiệm làm Giám đốc …`.)
            // (Or `vì`, the reason given by the subject's new office: `miễn nhiệm ông A khỏi
            // chức Phó Chủ tịch UBND tỉnh vì đã được điều động làm Thứ trưởng Bộ Y tế`.)
            let cued = matches!(self.canon(a), Some("khi" | "lúc"))
                || (a > 0
                    && (matches!(self.canon(a - 1), Some("khi" | "lúc" | "vì"))
                        || (a < c
                            && (self.text_at(a - 1) == "," || self.canon(a - 1) == Some("và")))));
            if !cued
                || out.iter().any(|p| p.titles.contains(&ti))
                || self.conferred(t)
                || out.iter().any(|p| p.start >= a && p.start < w)
            {
                continue;
            }
            let mut before = out.iter_mut().filter(|p| p.end < a);
            let (Some(p), None) = (before.next(), before.next()) else {
                continue;
            };
            // (Not past a pronoun, someone else then: `Thủ tướng A đã bổ nhiệm bà … và đồng
            // thời làm Trưởng Tiểu ban`; nor to one word that nothing makes a name.)
            let pronoun = (p.end..a).any(|m| {
                self.h.kinds_at(m) & bit(EntryKind::Honorific) != 0
                    && self.h.at(m).iter().any(|h| {
                        h.kind == EntryKind::Honorific
                            && self.lex.note(h.note).starts_with("address")
                            && !self.u.get(h.end).is_some_and(Unit::capitalized)
                    })
            });
            let weak = p.end == p.start + 1 && p.honorific.is_none() && p.titles.is_empty();
            if pronoun || weak {
                continue;
            }
            self.give_chain(titles, ti, p);
        }
    }

    /// Gives person `p` title `ti` and the chain of titles after it (see [`Rules::chain`]),
    /// each once, in order.
    fn give_chain(&self, titles: &[title::Found], ti: usize, p: &mut Found) {
        let mut chain = Vec::new();
        self.chain(titles, ti, &mut chain);
        for c in chain {
            if !p.titles.contains(&c) {
                p.titles.push(c);
            }
        }
        p.titles.sort_unstable();
    }

    /// `Họ và tên: Nguyễn Thanh Nghị; Sinh năm: 1976; Chức vụ: Bộ trưởng Bộ Xây dựng`: a
    /// record of labelled fields, the name after `tên:` and the office after `Chức vụ:`,
    /// `Chức danh:` or `Cấp bậc:`, up to the next name's label.
    fn labelled_record(&self, titles: &[title::Found], out: &mut [Found]) {
        let labelled = |m: usize, last: &[&str]| {
            m >= 2
                && self.text_at(m - 1) == ":"
                && self
                    .folded(m - 2)
                    .is_some_and(|w| last.contains(&w.to_lowercase().as_str()))
        };
        for pi in 0..out.len() {
            let p = &out[pi];
            if p.honorific.is_some() || !labelled(p.start, &["ten"]) {
                continue;
            }
            let until = out.get(pi + 1).map_or(self.u.len(), |q| q.start);
            let end = p.end;
            let found: Vec<usize> = titles
                .iter()
                .enumerate()
                .filter(|(_, t)| {
                    t.start > end
                        && t.start < until
                        && labelled(t.start, &["vu", "danh", "bac", "ham"])
                        && self
                            .folded(t.start - 3)
                            .is_some_and(|w| matches!(w.to_lowercase().as_str(), "chuc" | "cap"))
                })
                .map(|(ti, _)| ti)
                .collect();
            for ti in found {
                if !out[pi].titles.contains(&ti) {
                    out[pi].titles.push(ti);
                }
            }
            out[pi].titles.sort_unstable();
        }
    }

    /// Where the words that announce an alias before unit `i` open, after a bracket or a
    /// comma: `tức` (that is), `bí danh` (alias), `tên thật` (real name), `tên húy` (taboo
    /// name), `tên khai sinh` (birth name), `hiệu` (pen name), `thường gọi` (commonly
    /// called), each maybe with `là`. The index of that bracket or comma.
    fn alias_cue_before(&self, i: usize) -> Option<usize> {
        // (Keys compared, and only where the word before is one of theirs: this is asked of
        // every capitalized word that starts no name.)
        static CUES: LazyLock<Vec<Vec<u32>>> = LazyLock::new(|| {
            super::date_rules::phrase_keys(&[
                "tức",
                "bí danh",
                "tên thật",
                "tên húy",
                "tên khai sinh",
                "hiệu",
                "thường gọi",
                "tên thường gọi",
                // `(tên gọi khác: Páo Lý)`, `, còn gọi là "Ba Mập",`, `, biệt danh Tư Sang`.
                "tên gọi khác",
                "còn gọi",
                "biệt danh",
                // (A Buddhist's name: `Cụ ông Lưu Văn Kính, pháp danh Minh Đức,`.)
                "pháp danh",
            ])
            .into_iter()
            .filter(|c| !c.is_empty())
            .collect()
        });
        static LA: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("là").ok().map(|s| s.key()));
        let key = |m: usize| self.u.get(m).and_then(|x| x.key);
        // (In quotes: `còn gọi là "Ba Mập"`.)
        let i = if i > 0 && matches!(self.text_at(i - 1), "\"" | "“") {
            i - 1
        } else {
            i
        };
        let last = i.checked_sub(1)?;
        // (`tên thật là Đặng Xuân Khu`: `là` after the cue, or a colon.)
        let end = if self.text_at(last) == ":" || key(last) == Some((*LA)?) {
            last
        } else {
            i
        };
        // (The cue's last word first, the cheap test that most words fail.)
        let cue_end = key(end.checked_sub(1)?)?;
        if !CUES.iter().any(|c| c.last() == Some(&cue_end)) {
            return None;
        }
        CUES.iter().find_map(|c| {
            let open = end.checked_sub(c.len() + 1)?;
            (matches!(self.text_at(open), "(" | ",")
                && c.iter()
                    .enumerate()
                    .all(|(n, &k)| key(open + 1 + n) == Some(k)))
            .then_some(open)
        })
    }

    /// The end of an alias at `i` after the words that announce one inside brackets or after
    /// a comma (`(tức Tư Thắng)`, `, bí danh Ba Quốc,`, `, hiệu là Ức Trai,`): one to three
    /// capitalized syllables that close the phrase.
    fn alias_at(&self, i: usize) -> Option<usize> {
        // (Or its closing quote: `còn gọi là "Ba Mập",`.)
        let quoted = i > 0 && matches!(self.text_at(i - 1), "\"" | "“");
        // (Or, with no cue, a rank in the family and a given name in brackets right after a
        // name, as the South names people: `Ngô Thanh Vân (Ba Đen)`, `Nguyễn Văn Bảy (Bảy
        // A)`; not a listed place, `(Ba Đình)`, `(Ba Lan)`.)
        let birth_order = !quoted
            && i >= 2
            && self.text_at(i - 1) == "("
            && self.namelike(i - 2)
            && self.birth_order(i)
            && self.h.kinds_at(i) & !(bit(EntryKind::Surname) | bit(EntryKind::Honorific)) == 0
            && self.name_run(i, 4) == i + 2
            && self.text_at(i + 2) == ")";
        if !birth_order && (!(self.spaced(i) || quoted) || self.alias_cue_before(i).is_none()) {
            return None;
        }
        let run = self.name_run(i, 4);
        // (Or a nickname in quotes after it: `(tức Tâm "gỗ")`.)
        let nickname = !quoted
            && matches!(self.text_at(run), "\"" | "“")
            && (run + 2..run + 4).any(|q| {
                matches!(self.text_at(q), "\"" | "”")
                    && matches!(self.text_at(q + 1), ")" | "," | ";")
                    && (run + 1..q).all(|m| self.u.get(m).is_some_and(|x| x.key.is_some()))
            });
        let closes = nickname
            || self.u.get(run).is_some_and(|x| {
                matches!(x.text, ")" | "," | ";") || (quoted && matches!(x.text, "\"" | "”"))
            });
        // (Or a word of the languages of the Highlands: `tên gọi khác: Ama Hoa`.)
        let syllables = (i..run).all(|m| {
            self.u.get(m).is_some_and(|x| {
                matches!(x.kind, TokenKind::Syllable | TokenKind::Word)
                    && x.capitalized()
                    && !x.all_caps()
            })
        });
        // (Not a form's answer that there is none: `tên gọi khác: Không;`.)
        let none = self.stop_word(i);
        (run > i && run <= i + 3 && closes && syllables && !none).then_some(run)
    }

    /// Whether the word before unit `i` is goods a brand sells or the last word of a dish
    /// or a shop (see [`GOODS`]): a name after it is the brand's (`Cà phê Ông Bầu`, `bánh
    /// xèo Bà Dưỡng`, `chả cá Lã Vọng`, `bánh mì Huỳnh Hoa`).
    fn goods_before(&self, i: usize) -> bool {
        i > 0
            && self.spaced(i)
            && self.u.get(i - 1).is_some_and(|x| {
                x.key
                    .is_some_and(|k| crate::extract::words::find(&GOODS, k).is_some())
                    // (Or a taxi firm's: `Taxi Mai Linh`.)
                    || (x.kind == TokenKind::Word && x.text.eq_ignore_ascii_case("taxi"))
            })
    }

    /// Whether unit `i` is a body's head that is also a surname (`Đoàn`), then a kind of
    /// body listed after that head (its note names the heads): `Đoàn Xiếc Hà Nội`, `Đoàn
    /// Tuồng Đào Tấn` are troupes, not people.
    fn troupe_at(&self, i: usize) -> bool {
        self.h.kinds_at(i) & bit(EntryKind::Surname) != 0
            && self.h.kinds_at(i + 1) & bit(EntryKind::Name) != 0
            && self.h.is(i, EntryKind::Org)
            && self.spaced(i + 1)
            && self.u.get(i).is_some_and(|x| {
                self.h.at(i + 1).iter().any(|h| {
                    h.kind == EntryKind::Name
                        && self.lex.note(h.note).split([',', ' ', '(']).any(|w| {
                            !w.is_empty()
                                && crate::normalize::folds_to(
                                    x.text,
                                    &crate::fold(w, crate::Fold::All).to_lowercase(),
                                )
                        })
                })
            })
    }

    /// Whether unit `i` is a rank in the family used as a first name in the South (`Hai`,
    /// `Ba`, `Tư`, … `Mười`, `Út`), capitalized.
    fn birth_order(&self, i: usize) -> bool {
        static KEYS: LazyLock<Vec<u32>> = LazyLock::new(|| {
            [
                "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Út",
            ]
            .iter()
            .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
            .collect()
        });
        self.u
            .get(i)
            .is_some_and(|x| x.capitalized() && x.key.is_some_and(|k| KEYS.contains(&k)))
    }

    /// `Ông Bùi Quang Trung sinh năm 1941, quê …; ông từng giữ các chức vụ Bí thư Huyện ủy
    /// …, Giám đốc Sở …`: a bare form of address (a pronoun, no name after it) that opens a
    /// clause after `;` or a comma, then linking words and a chain of titles that no one
    /// holds: the titles are the one person named before it, when the sentence names
    /// exactly one there and the pronoun may be theirs.
    fn pronoun_clause(&self, titles: &[title::Found], out: &mut [Found]) {
        if out.is_empty() || titles.is_empty() {
            return;
        }
        for s in 1..self.u.len() {
            if !matches!(self.text_at(s - 1), ";" | ",") {
                continue;
            }
            // (A time the clause is set in may come first: `…, khi đó ông là Bộ trưởng Bộ
            // Công an`.)
            let s = if matches!(self.canon(s), Some("khi" | "lúc"))
                && matches!(self.canon(s + 1), Some("đó" | "ấy" | "này"))
            {
                s + 2
            } else {
                s
            };
            let pronoun = self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Honorific
                    && h.end == s + 1
                    && self.lex.note(h.note).starts_with("address")
            });
            if !pronoun || out.iter().any(|p| p.start > s && p.start <= s + 2) {
                continue;
            }
            let t = self.skip_to_title(s + 1, titles);
            let Some(ti) = titles
                .iter()
                .position(|x| x.start == t)
                .filter(|_| t > s + 1)
            else {
                continue;
            };
            // (Through a verb of holding or becoming, not `được` alone before the one who
            // acts: `ông được Chủ tịch UBND tỉnh tặng Bằng khen`.)
            let held = matches!(
                self.canon(t - 1),
                Some(
                    "là" | "làm" | "chức" | "vụ" | "danh" | "vị" | "thành" | "nhiệm" | "cử" | "bầu"
                )
            );
            if !held || out.iter().any(|p| p.titles.contains(&ti)) {
                continue;
            }
            let Some((p, mine, theirs)) = self.lone_referent(out, s) else {
                continue;
            };
            if mine * theirs != 0 && mine != theirs {
                continue;
            }
            // (The one the sentence is about: addressed as the pronoun is, or named first;
            // not one named inside a phrase, `chính phủ của thủ tướng Nguyễn Tấn Dũng …, ông
            // được bổ nhiệm`, whose `ông` is someone else.)
            // (Or after the titles it has before its name: `Tổng Bí thư Tô Lâm …, khi đó ông
            // là Bộ trưởng Bộ Công an`.)
            let first = p.honorific.map_or(p.lead.unwrap_or(p.start), |h| h.0);
            let first = p
                .titles
                .iter()
                .filter_map(|&t| titles.get(t).map(|x| x.start))
                .filter(|&st| st < first)
                .min()
                .unwrap_or(first);
            let opens = (0..first).all(|m| self.u.get(m).is_some_and(|x| x.key.is_none()));
            if !((theirs != 0 && mine == theirs) || opens) {
                continue;
            }
            self.give_chain(titles, ti, p);
        }
    }

    /// The one person named before the pronoun at `s`, when the sentence names exactly one
    /// there, with the pronoun's gender and theirs by their form of address (1 for `ông`,
    /// `anh`; 2 for `bà`, `chị`; 0 for none or another).
    fn lone_referent<'o>(&self, out: &'o mut [Found], s: usize) -> Option<(&'o mut Found, u8, u8)> {
        let gender = |k: usize| match self.canon(k) {
            Some("ông" | "anh") => 1,
            Some("bà" | "chị") => 2,
            _ => 0,
        };
        let mut before = out.iter_mut().filter(|p| p.end <= s);
        let (Some(p), None) = (before.next(), before.next()) else {
            return None;
        };
        let theirs = p.honorific.map_or(0, |(a, _)| gender(a));
        Some((p, gender(s), theirs))
    }

    /// `Chủ tịch UBND tỉnh Bùi Văn Khánh đã ký quyết định thành lập Ban Chỉ đạo …, do ông làm
    /// Trưởng ban`: a title that `do`, a bare form of address (a pronoun, no name after it)
    /// and `làm` give is the one person named before it, when the sentence names exactly one
    /// there and the pronoun may be theirs (not `ông` for someone addressed as `bà`).
    fn pronoun_given(&self, titles: &[title::Found], out: &mut [Found]) {
        for (ti, t) in titles.iter().enumerate() {
            if t.start < 3
                || self.canon(t.start - 1) != Some("làm")
                || out.iter().any(|p| p.titles.contains(&ti))
            {
                continue;
            }
            let Some(s) = self.h.ends_at(t.start - 1, EntryKind::Honorific, 2) else {
                continue;
            };
            let pronoun = self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Honorific
                    && h.end == t.start - 1
                    && self.lex.note(h.note).starts_with("address")
            });
            if !pronoun || s == 0 || self.canon(s - 1) != Some("do") {
                continue;
            }
            let Some((p, mine, theirs)) = self.lone_referent(out, s) else {
                continue;
            };
            if mine * theirs == 0 || mine == theirs {
                p.titles.push(ti);
                p.titles.sort_unstable();
            }
        }
    }

    /// A name that ends in initials keeps their last dot, which the sentence goes on after
    /// (`Anh L.V.T. bị thương`, `bà Lê Thị Ng. cho biết`, `Bệnh nhân N.V.A. (45 tuổi)`):
    /// the tokenizer left it apart,
    /// as it might have ended the sentence.
    /// Drops the names that a number of a site or a project follows, after a word in lower
    /// case and with no form of address or title (`dự án điện gió Lạc Hòa 2`, `nhà máy nhiệt
    /// điện Vĩnh Tân 4`): a plant's or a project's name, not a person's (not before a count:
    /// `12 năm tù`, `35 tuổi`).
    fn numbered_names(&self, titles: &[title::Found], out: &mut Vec<Found>) {
        out.retain(|p| {
            let lower = |m: usize| {
                self.u
                    .get(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
            };
            let numbered = p.honorific.is_none()
                && p.lead.is_none()
                && p.start > 0
                // (Or an abbreviation of its kind between: `dự án điện LNG Sơn Mỹ 2`.)
                && (lower(p.start - 1)
                    || (p.start > 1
                        && self.u.get(p.start - 1).is_some_and(|x| {
                            x.kind == TokenKind::Abbreviation && x.all_caps()
                        })
                        && lower(p.start - 2)))
                && !titles.iter().any(|t| t.end == p.start)
                && self.spaced(p.end)
                && self.u.get(p.end).is_some_and(|x| {
                    x.kind == TokenKind::Number
                        && x.text.len() <= 2
                        && x.text.bytes().all(|b| b.is_ascii_digit())
                })
                // (Nor a count after the name: `tuyên phạt Lê Văn A 12 năm tù`, `… 35
                // tuổi`.)
                && !self.u.get(p.end + 1).is_some_and(|x| {
                    x.key.is_some()
                        && !x.capitalized()
                        && matches!(
                            crate::normalize::fold_lower(x.text)
                                .as_str(),
                            "nam" | "thang" | "ngay" | "tuoi" | "gio" | "lan" | "trieu" | "ty"
                                | "nghin" | "nguoi" | "tuan"
                        )
                });
            !numbered
        });
    }

    /// Drops a name with no form of address and no title before it whose second word or a
    /// later one starts a listed body that runs on past the name (`tiếp Đoàn Quỹ Tiền tệ quốc
    /// tế`: the IMF's delegation, no person `Đoàn Quỹ Tiền`), and any name that starts with
    /// a body's head whose listed name runs on past it (`bé Trường Mầm non`).
    fn names_into_bodies(&self, titles: &[title::Found], out: &mut Vec<Found>) {
        out.retain(|p| {
            let untitled = bare(p, titles);
            let into_body = untitled
                && (p.start + 1..p.end).any(|m| {
                    self.h
                        .longest(m, EntryKind::Org)
                        .is_some_and(|(e, _)| e > p.end)
                });
            // (Nor, after anything, a body's head whose listed name runs on past the name:
            // `các bé Trường Mầm non Hoa Sen`, no child `Trường Mầm`.)
            // (Or a body's head of several words that runs on past it: `Đoàn Đặc nhiệm`.)
            let head_of_body = self
                .h
                .longest(p.start, EntryKind::Org)
                .is_some_and(|(oe, _)| {
                    (oe > p.end && oe >= p.start + 2)
                        || (oe < p.end
                            && self
                                .h
                                .longest(oe, EntryKind::Name)
                                .is_some_and(|(ne, _)| ne > p.end))
                });
            // (Nor a body's head and its listed name, every word of the run with its place:
            // `Đoàn Chèo Hải Phòng`, the troupe; not `Đoàn Văn Hóa`, whose `Văn` is a middle
            // name.)
            // (Nor the name right after a body's head and its listed name in lower case:
            // `Đoàn cải lương Huỳnh Long`, the troupe's.)
            // (The body's head the name starts with, no surname and middle name: not `Đoàn
            // Văn Hóa`.)
            let head_end = untitled
                .then(|| self.h.longest(p.start, EntryKind::Org))
                .flatten()
                .map(|(oe, _)| oe)
                .filter(|&oe| oe < p.end && !matches!(self.canon(oe), Some("văn" | "thị")));
            let head_and_name = head_end.is_some_and(|oe| {
                self.h.longest(oe, EntryKind::Name).is_some_and(|(ne, _)| {
                    ne == p.end
                        || (ne < p.end
                            && self
                                .h
                                .longest(ne, EntryKind::Place)
                                .is_some_and(|(pe, _)| pe == p.end))
                })
            });
            // (Nor a body's head before another body: `Đoàn Ban Trị sự`, a delegation of the
            // board.)
            let head_and_body = head_end.is_some_and(|oe| {
                self.h.longest(oe, EntryKind::Org).is_some_and(|(e2, _)| {
                    e2 > oe + 1
                        || self.h.longest(e2, EntryKind::Name).is_some()
                        // (Its name in sentence case: `Ban Trị sự`, `Ban Tôn giáo`.)
                        || self.u.get(e2 + 1).is_some_and(|x| {
                            x.key.is_some() && !x.capitalized() && x.gap == Gap::Space
                        })
                })
            });
            // (Nor a name that starts inside a listed name or place: `Phật giáo Trúc Lâm Yên
            // Tử`, no one called Lâm Yên Tử.)
            let inside_listed = untitled
                && (p.start.saturating_sub(3)..p.start).any(|s| {
                    self.h.at(s).iter().any(|h| {
                        // (Or a place's word: `Cánh Đồng Chum`, no one called Đồng Chum.)
                        matches!(
                            h.kind,
                            EntryKind::Name | EntryKind::Place | EntryKind::PlaceWord
                        ) && h.end > p.start
                    })
                });
            let after_lower_name = untitled
                && self
                    .h
                    .ends_at(p.start, EntryKind::Name, 3)
                    .is_some_and(|s| {
                        // (The head capitalized: not a duty's bloc, `phụ trách khối kinh tế Lê
                        // Trọng Yên`.)
                        self.u.get(s).is_some_and(|x| !x.capitalized())
                            && self
                                .h
                                .ends_at(s, EntryKind::Org, 2)
                                .is_some_and(|o| self.u.get(o).is_some_and(Unit::capitalized))
                    });
            // (Nor a bank in one foreign word, after a profession: `Các chuyên gia Rabobank
            // dự báo`.)
            let bank = p.end == p.start + 1
                && self.u.get(p.start).is_some_and(|x| {
                    x.kind == TokenKind::Word
                        && x.text.len() > 6
                        && x.text.is_char_boundary(x.text.len() - 4)
                        && x.text[x.text.len() - 4..].eq_ignore_ascii_case("bank")
                });
            !into_body
                && !head_of_body
                && !head_and_name
                && !head_and_body
                && !inside_listed
                && !after_lower_name
                && !bank
        });
    }

    /// Drops the names listed after a street named by its word, joined by commas and `và`:
    /// `đường Trương Định, Phạm Hồng Thái và Lê Thị Riêng` are three streets, no one named
    /// (a name with a form of address or a title is someone's: `đường Lê Lợi, ông Nguyễn
    /// Văn A`).
    fn streets_listed(&self, titles: &[title::Found], out: &mut Vec<Found>) {
        // (The cheap test first: a comma or `và` right before a name.)
        let joined =
            |i: usize| i > 0 && (self.text_at(i - 1) == "," || self.canon(i - 1) == Some("và"));
        if !out.iter().any(|p| joined(p.start)) {
            return;
        }
        let street_before = |s: usize| {
            (s.saturating_sub(3)..s).any(|ps| {
                self.h.at(ps).iter().any(|h| {
                    h.kind == EntryKind::PlaceWord
                        && h.end == s
                        && self.lex.note(h.note) == "street"
                        && self.u.get(ps).is_some_and(|x| !x.capitalized())
                })
            })
        };
        // (Or a level in the plural, whose list need not end the clause: `các xã Lê Lợi,
        // Quang Trung và Hoàng Văn Thụ với tổng vốn …`.)
        let levels_before = |s: usize| {
            self.h.ends_at(s, EntryKind::Level, 2).is_some_and(|ls| {
                ls > 0
                    && self.u.get(ls).is_some_and(|x| !x.capitalized())
                    && matches!(self.canon(ls - 1), Some("các" | "những"))
            })
        };
        let listed = |i: usize, before: &dyn Fn(usize) -> bool| {
            let mut k = i;
            // (Up to five streets before it.)
            for _ in 0..5 {
                if !joined(k) {
                    return false;
                }
                let sep = k - 1;
                let mut s = sep;
                while s > 0
                    && sep - s < 4
                    && self
                        .u
                        .get(s - 1)
                        .is_some_and(|x| x.capitalized() && x.key.is_some())
                {
                    s -= 1;
                }
                if s == sep {
                    return false;
                }
                if before(s) {
                    return true;
                }
                k = s;
            }
            false
        };
        // (The list ends the clause: not a street that sets the scene before someone named
        // bare, `ở phố Hàng Mành, Dương Tuấn cho biết`.)
        let ends_clause = |mut e: usize| {
            for _ in 0..5 {
                if !(self.text_at(e) == "," || self.canon(e) == Some("và")) {
                    break;
                }
                let r = self.capitalized_run(e + 1, 4);
                if r == e + 1 {
                    break;
                }
                e = r;
            }
            self.u
                .get(e)
                .is_none_or(|x| x.kind == TokenKind::Punctuation && !matches!(x.text, "(" | "-"))
        };
        // (A list closed by `và` is a list, where a name may follow a list of places written
        // bare: `Tại các huyện Cao Lộc, Lộc Bình, Nguyễn Văn Bình đã phát biểu`.)
        let and_follows = |mut e: usize| {
            for _ in 0..5 {
                if self.canon(e) == Some("và") {
                    return true;
                }
                if self.text_at(e) != "," {
                    return false;
                }
                let r = self.capitalized_run(e + 1, 4);
                if r == e + 1 {
                    return false;
                }
                e = r;
            }
            false
        };
        out.retain(|p| {
            !(bare(p, titles)
                && joined(p.start)
                && ((listed(p.start, &street_before) && ends_clause(p.end))
                    || (listed(p.start, &levels_before)
                        && (self.canon(p.start - 1) == Some("và")
                            || and_follows(p.end)
                            || ends_clause(p.end)))))
        });
    }

    /// Whether a name after a beauty title is a contest's, its edition's year after it:
    /// `Người đẹp Xứ Dừa 2024`, `Hoa hậu Biển đảo 2025`, `Hoa khôi Sinh viên Hà Nội 2019`.
    fn pageant_edition(&self, p: &Found) -> bool {
        let Some((a, b)) = p.honorific.or(p.lead.map(|l| (l, p.start))) else {
            return false;
        };
        // (A name of a surname and more is the winner's: `Hoa hậu Nguyễn Thị Huyền 2004`.)
        if p.end > p.start + 2 || (p.end > p.start + 1 && self.h.is(p.start, EntryKind::Surname)) {
            return false;
        }
        let pageant = |w: &[&str]| {
            b == a + w.len() && w.iter().enumerate().all(|(n, &x)| self.folded_is(a + n, x))
        };
        if !(pageant(&["hoa", "hau"])
            || pageant(&["a", "hau"])
            || pageant(&["nguoi", "dep"])
            || pageant(&["hoa", "khoi"]))
        {
            return false;
        }
        // (The year within four words, all of the contest's name: no person's name is followed
        // so; `Hoa hậu Việt Nam 2024 Nguyễn Thị X` names its winner after it.)
        let m = (p.end..p.end + 4)
            .find(|&m| self.u.get(m).is_none_or(|x| x.key.is_none()))
            .unwrap_or(p.end + 4);
        self.u.get(m).is_some_and(|x| {
            x.kind == TokenKind::Number
                && x.text.len() == 4
                && (x.text.starts_with("19") || x.text.starts_with("20"))
                && x.text.bytes().all(|c| c.is_ascii_digit())
        })
    }

    /// Whether a name written bare after a house's number, in an address after a comma or
    /// `tại` and before its district or city, is its street's: `trụ sở Bộ, 60 Trần Phú, Ba
    /// Đình`, `tại 12 Lê Lợi, quận 1`.
    fn house_number_before(&self, p: &Found) -> bool {
        p.honorific.is_none()
            && p.lead.is_none()
            && p.start >= 2
            && self.u.get(p.start - 1).is_some_and(|x| {
                x.kind == TokenKind::Number
                    && x.gap != Gap::None
                    && x.text.len() <= 4
                    && x.text.bytes().all(|b| b.is_ascii_digit())
            })
            && (self.text_at(p.start - 2) == "," || self.canon(p.start - 2) == Some("tại"))
            // (The address goes on to its district or city: not a numbered list of people,
            // `Danh sách gồm: 1 Nguyễn Văn An, 2 Trần Văn Bình.`)
            && ((self.text_at(p.end) == ","
                && self.h.kinds_at(p.end + 1) & (bit(EntryKind::Place) | bit(EntryKind::Level))
                    != 0)
                || self.address_ends_sentence(p))
    }

    /// Whether the address of [`Rules::house_number_before`] ends its sentence after a
    /// building's name and a comma, where `tại` or `ở` says a place comes: `tại Cung Văn
    /// hóa Hữu nghị Việt – Xô, 91 Trần Hưng Đạo.` (No list of people has them.)
    #[cold]
    fn address_ends_sentence(&self, p: &Found) -> bool {
        let c = p.start.saturating_sub(2);
        (p.end >= self.u.len() || matches!(self.text_at(p.end), "." | ";"))
            && self.text_at(c) == ","
            && (c.saturating_sub(12)..c)
                .rev()
                .take_while(|&m| !matches!(self.text_at(m), ":" | "." | ";"))
                .any(|m| matches!(self.canon(m), Some("tại" | "ở")))
    }

    /// Whether a name is a league's or a genre's one word, a letter and a dash before it
    /// (`trọng tài V-League`).
    fn lettered_word(&self, p: &Found) -> bool {
        p.honorific.is_none()
            && p.end == p.start + 3
            && self
                .u
                .get(p.start)
                .is_some_and(|x| x.text.len() == 1 && x.text.as_bytes()[0].is_ascii_uppercase())
            && self
                .u
                .get(p.start + 1)
                .is_some_and(|x| x.text == "-" && x.gap == Gap::None)
    }

    /// Whether a name is `Hoàng` of `Hoàng gia`, royal: `sĩ quan Hoàng gia Campuchia`, the
    /// royal army's officers.
    fn royal_house(&self, p: &Found) -> bool {
        p.end == p.start + 1
            && p.honorific.is_none()
            && self.folded_is(p.start, "hoang")
            && self.folded_is(p.end, "gia")
            && self.spaced(p.end)
            && !self.u.get(p.end).is_some_and(Unit::capitalized)
    }

    /// Whether a name is the Youth Union's unit, `Đoàn` and a level after it, capitalized:
    /// `Đoàn Phường Bến Nghé`, `Đoàn Khối`; no one's name (the surname `Đoàn` is followed by
    /// a middle or given name, no level).
    fn union_unit(&self, p: &Found) -> bool {
        p.honorific.is_none()
            && p.lead.is_none()
            && p.end > p.start + 1
            && self.canon(p.start) == Some("đoàn")
            && (self.h.kinds_at(p.start + 1) & bit(EntryKind::Level) != 0
                || self.folded_is(p.start + 1, "khoi"))
    }

    /// Whether a foreign name is a brand's, a region after it: `Tập đoàn Giáo dục Nord Anglia
    /// khu vực Đông Nam Á`; no one is named before the region he heads.
    fn brand_region(&self, p: &Found) -> bool {
        p.honorific.is_none()
            && p.lead.is_none()
            && (p.start..p.end).all(|m| self.u.get(m).is_some_and(|x| x.kind == TokenKind::Word))
            && self.folded_is(p.end, "khu")
            && self.folded_is(p.end + 1, "vuc")
            && self.spaced(p.end)
    }

    /// Drops the names of a list that the sentence then says are places: `Lê Lợi, Hai Bà
    /// Trưng và Nguyễn Du là ba tuyến phố …`, `… là hai cây cầu`: the list, `là`, a count,
    /// then a place word.
    fn named_places(&self, out: &mut Vec<Found>) {
        if out.is_empty() {
            return;
        }
        let count = |k: usize| {
            self.u.get(k).is_some_and(|x| {
                x.kind == TokenKind::Number
                    || matches!(
                        crate::normalize::fold_lower(x.text).as_str(),
                        "hai"
                            | "ba"
                            | "bon"
                            | "nam"
                            | "sau"
                            | "bay"
                            | "tam"
                            | "chin"
                            | "muoi"
                            | "cac"
                    )
            })
        };
        let mut first = 0;
        for pi in 0..out.len() {
            // (Places read between them may be items too: `…, Hai Bà Trưng và …`.)
            let joined = pi > 0
                && out[pi].honorific.is_none()
                && out[pi - 1].end < out[pi].start
                && out[pi].start <= out[pi - 1].end + 5
                && self.any_of(out[pi - 1].end, &[",", "và"])
                && self.any_of(out[pi].start - 1, &[",", "và"])
                && (out[pi - 1].end..out[pi].start).all(|m| {
                    self.any_of(m, &[",", "và"]) || self.u.get(m).is_some_and(Unit::capitalized)
                });
            if !joined {
                first = pi;
            }
            // (The list may go on with places after its last name: `Trần Hưng Đạo và Tứ Liên
            // là hai cây cầu`.)
            let mut e = out[pi].end;
            while e < out[pi].end + 5
                && (self.any_of(e, &[",", "và"])
                    || (e > out[pi].end && self.u.get(e).is_some_and(Unit::capitalized)))
            {
                e += 1;
            }
            let said = (pi > first || e > out[pi].end)
                && self.canon(e) == Some("là")
                && count(e + 1)
                // (A street, a road, a bridge: not `là hai nhà khoa học`, people.)
                && (e + 2..e + 4).any(|m| {
                    self.h.kinds_at(m) & bit(EntryKind::PlaceWord) != 0
                        && self.folded(m).is_some_and(|w| {
                            matches!(w.as_str(), "pho" | "duong" | "cau" | "ngo" | "hem" | "kiet")
                        })
                });
            if said && out[first..=pi].iter().all(|p| p.honorific.is_none()) {
                out.drain(first..=pi);
                return self.named_places(out);
            }
        }
    }

    fn initials_stop(&self, out: &mut [Found]) {
        let initials = |k: usize| {
            self.u.get(k).is_some_and(|x| {
                let t = x.text;
                // `L.V.T`, `N.T.H`: capitals and dots; `Ng`, `Th`, `Tr`: the first letters of
                // a given name written short.
                (t.contains('.') && t.bytes().all(|b| b.is_ascii_uppercase() || b == b'.'))
                    || matches!(
                        t,
                        "Ng" | "Nh" | "Th" | "Tr" | "Ch" | "Kh" | "Ph" | "Gi" | "Qu" | "Gh"
                    )
            })
        };
        for p in out.iter_mut() {
            if p.end > p.start
                && initials(p.end - 1)
                && self.text_at(p.end) == "."
                && self.touching(p.end)
                && self.u.get(p.end + 1).is_some_and(|x| {
                    (x.gap == Gap::Space && x.key.is_some() && !x.capitalized())
                        // (or what no sentence starts with: `Bệnh nhân N.V.A. (45 tuổi)`,
                        // `ông N.V.B., 52 tuổi`)
                        || (x.gap == Gap::Space && x.is("("))
                        || (x.gap == Gap::None && matches!(x.text, "," | ";" | ":" | ")"))
                })
            {
                p.end += 1;
            }
        }
    }

    /// `Đồng chí Phó Chủ tịch UBND tỉnh Võ Văn Hưng`, `ông Chủ tịch UBND xã Nguyễn Văn Một`:
    /// a form of address before the title that stands right before a name is that
    /// person's.
    fn address_before_title(&self, titles: &[title::Found], out: &mut [Found]) {
        for p in out
            .iter_mut()
            .filter(|p| p.honorific.is_none() && p.lead.is_none())
        {
            let Some(ti) = p.titles.iter().copied().find(|&ti| {
                titles
                    .get(ti)
                    .is_some_and(|t| t.end == p.start && self.spaced(p.start))
            }) else {
                continue;
            };
            let start = titles[ti].start;
            let Some(s) = self.h.ends_at(start, EntryKind::Honorific, 3) else {
                continue;
            };
            let addressed = self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Honorific && h.end == start && address(self.lex.note(h.note))
            });
            // (Not `phu nhân Đại tướng Võ Nguyên Giáp`: the general's wife; nor the last word
            // of a place, `Công an huyện Đông Anh Thượng tá …`.)
            let in_place = self
                .h
                .ends_at(start, EntryKind::Place, 4)
                .is_some_and(|ps| ps < s);
            if addressed && self.spaced(start) && !self.spouse_before(start) && !in_place {
                p.honorific = Some((s, start));
            }
        }
    }

    /// A plural form of address before a list's colon (`các đồng chí: Trần Văn Bảo, Phó Chủ
    /// tịch UBND tỉnh; Lê Thị Cúc, …`) is the form of address of the list's first name,
    /// written right before it but for the colon. The later names have none: a name's form of
    /// address is the one written directly before it.
    fn share_plural_address(&self, out: &mut [Found]) {
        for p in out.iter_mut() {
            if p.honorific.is_some() || p.lead.is_some() {
                continue;
            }
            let Some(c) = p.start.checked_sub(1).filter(|&c| self.text_at(c) == ":") else {
                continue;
            };
            let before = (c.saturating_sub(3)..c).find(|&a| {
                self.h.at(a).iter().any(|h| {
                    h.kind == EntryKind::Honorific
                        && h.end == c
                        && self.lex.note(h.note) == "plural"
                })
            });
            if let Some(a) = before {
                p.shared = Some((a, c));
            }
        }
    }

    /// Whether the sentence is written in capitals: at least five words of letters, three
    /// in five of them all upper case, or a shorter one (a headline: `HÀ NỘI MƯA TO`) of two
    /// words or more, all in capitals.
    pub(super) fn loud(&self) -> bool {
        *self.loud.get_or_init(|| self.loud_now())
    }

    /// [`Rules::loud`], counted.
    fn loud_now(&self) -> bool {
        let word = |x: &&Unit<'_>| x.key.is_some() || x.kind == TokenKind::Word;
        let words = self.u.iter().filter(word).count();
        if words < 5 {
            return words >= 2 && self.u.iter().filter(word).all(Unit::all_caps);
        }
        // At most this many words not in capitals (most sentences end at the first few).
        let quiet_max = words - (words * 3).div_ceil(5);
        let mut quiet = 0;
        for x in self.u.iter().filter(word) {
            if !x.all_caps() {
                quiet += 1;
                if quiet > quiet_max {
                    return false;
                }
            }
        }
        true
    }

    /// Reads a byline: a short line of names only, each of two to four capitalized syllables
    /// that no list holds but as surnames (or forms of address after the first: `Ngọc Anh`),
    /// joined by spaced dashes, commas or `và`; after a credit and its colon (`Bài và ảnh:`,
    /// `TIN, ẢNH:`, `Tác giả:`) or before `(thực hiện)`, or two names or more that each start
    /// with a surname (`NGUYỄN HÀ - TRẦN LONG`; a line of one name is read by the other
    /// rules). `|` and anything may close it (`| 14:30, 09/05/2025`). The names go in `out`;
    /// `false`, and nothing in `out`, for any other line.
    fn byline(&self, out: &mut Vec<Found>) -> bool {
        // (`Phóng viên:`, `PV:`, `Biên tập:`, `Nhóm PV:`, `Đồ họa:` too.)
        const CREDIT: &[&str] = &[
            "bai", "anh", "tin", "va", "tac", "gia", "thuc", "hien", "video", "phong", "vien",
            "pv", "bien", "tap", "nhom", "do", "hoa", "clip",
        ];
        let n = self.u.len();
        if !(2..=24).contains(&n) || !self.u.first().is_some_and(Unit::capitalized) {
            return false;
        }
        // (The credit, if any, before a colon among the first words: folded only there.)
        let mut k = 0;
        let mut credit = false;
        if let Some(colon) = (1..n.min(6)).find(|&m| self.text_at(m) == ":") {
            credit = (0..colon).all(|m| {
                self.text_at(m) == ","
                    || self
                        .folded(m)
                        .is_some_and(|w| CREDIT.contains(&w.to_lowercase().as_str()))
            });
            if !credit {
                return false;
            }
            k = colon + 1;
        }
        let start = out.len();
        let mut surnamed = true;
        // (After a name's first word: a form of address or a place of one word, as given
        // names are, `Ngọc Anh`, `Hồng Nga`.)
        let later = |m: usize| {
            if self
                .h
                .longest(m, EntryKind::Place)
                .is_none_or(|(e, _)| e == m + 1)
            {
                bit(EntryKind::Honorific) | bit(EntryKind::Place)
            } else {
                bit(EntryKind::Honorific)
            }
        };
        loop {
            let a = k;
            while k < n
                && k < a + 4
                && (k == a || self.spaced(k))
                && self
                    .u
                    .get(k)
                    .is_some_and(|x| x.key.is_some() && x.capitalized())
                && (!self.stop_word(k)
                    || (k > a && self.h.kinds_at(k) & bit(EntryKind::Honorific) != 0))
                // (After a credit, any word may be a place, as given names are: `Thực hiện:
                // Thanh Hà, Đức Long`.)
                && self.h.kinds_at(k)
                    & !(bit(EntryKind::Surname)
                        | if credit {
                            bit(EntryKind::Honorific) | bit(EntryKind::Place)
                        } else if k > a {
                            later(k)
                        } else {
                            0
                        })
                    == 0
            {
                k += 1;
            }
            if k < a + 2 {
                out.truncate(start);
                return false;
            }
            surnamed &= self.h.is(a, EntryKind::Surname);
            out.push(Found {
                start: a,
                end: k,
                honorific: None,
                lead: None,
                titles: Vec::new(),
                shared: None,
            });
            let sep = self.u.get(k).is_some_and(|x| {
                (x.is_dash() && x.gap == Gap::Space) || x.text == "," || x.word == Word::Va
            });
            // (Not a dash before the newsroom's body, which closes the line: see below.)
            if sep
                && self.spaced(k + 1)
                && !(self.text_at(k) != "," && self.h.longest(k + 1, EntryKind::Org).is_some())
            {
                k += 1;
                continue;
            }
            break;
        }
        let done = self.text_at(k) == "("
            && self.folded_is(k + 1, "thuc")
            && self.folded_is(k + 2, "hien")
            && self.text_at(k + 3) == ")"
            && k + 4 == n;
        credit |= done;
        // (Or the newsroom in brackets after a credit: `Tin và ảnh: Minh Châu (Báo Hà
        // Tĩnh)`.)
        let newsroom = credit
            && self.text_at(k) == "("
            && self.h.longest(k + 1, EntryKind::Org).is_some()
            && (k + 2..n)
                .find(|&m| self.text_at(m) == ")")
                .is_some_and(|c| c + 1 == n || (c + 2 == n && self.text_at(c + 1) == "."));
        // (A full stop may end it, and so may a spaced dash before the newsroom's body:
        // `Thực hiện: Thanh Hà, Minh Châu - Đài PT&TH Hà Tĩnh`.)
        let closed = k == n
            || (k + 1 == n && self.text_at(k) == ".")
            || self.text_at(k) == "|"
            || done
            || newsroom
            || (credit
                && self
                    .u
                    .get(k)
                    .is_some_and(|x| x.is_dash() && x.gap == Gap::Space)
                && self.spaced(k + 1)
                && self.h.longest(k + 1, EntryKind::Org).is_some());
        if closed && (credit || (out.len() - start >= 2 && surnamed)) {
            return true;
        }
        out.truncate(start);
        false
    }

    /// Whether `p` is a name on a line of its own in capitals, the words of a short sentence
    /// (`NGUYỄN XUÂN PHÚC` under a signature): it starts with a surname and no place of several
    /// words (`HÀ NỘI MƯA TO` is a headline).
    fn name_line(&self, p: &Found) -> bool {
        // (The common surnames only: `VĂN BẢN HỢP NHẤT` is a heading.)
        const COMMON: &[&str] = &[
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
            "do", "ho", "ngo", "duong", "ly", "dinh", "dao", "doan", "lam", "mai", "truong", "ha",
            "cao", "luong", "trinh", "ta", "chu", "quach", "lai", "tong", "to", "hua", "luu",
            "phung", "kieu", "thai", "vuong", "nghiem", "mac", "khuc", "ton", "thach", "kim",
        ];
        let word = |x: &Unit<'_>| x.key.is_some() || x.kind == TokenKind::Word;
        let common = self
            .u
            .get(p.start)
            .is_some_and(|x| COMMON.contains(&crate::normalize::fold_lower(x.text).as_str()));
        self.u.len() < 8
            && common
            && self.h.is(p.start, EntryKind::Surname)
            && self
                .h
                .longest(p.start, EntryKind::Place)
                .is_none_or(|(e, _)| e <= p.start + 1)
            && self
                .u
                .iter()
                .enumerate()
                .all(|(k, x)| (p.start..p.end).contains(&k) || !word(x))
    }

    /// Whether something besides its capitals makes `p` a person: a form of address or a
    /// lead (`kỹ sư`), a title right before it, or a title after it in apposition.
    fn cued(&self, p: &Found, titles: &[title::Found]) -> bool {
        p.honorific.is_some()
            || p.lead.is_some()
            || titles
                .iter()
                .any(|t| t.end == p.start || (t.end + 1 == p.start && self.text_at(t.end) == ":"))
            || self.title_follows(p.end, titles)
    }

    /// Whether the name at `k` opens an address in brackets, three items or more, each of
    /// capitalized words, the last a listed place: `(Đồng Mô, Sơn Tây, Hà Nội)`.
    fn bracket_address(&self, k: usize) -> bool {
        if k == 0 || self.text_at(k - 1) != "(" {
            return false;
        }
        let mut m = k;
        let mut items = 0;
        let mut last_start = k;
        while m < k + 16 {
            let run = self.name_run(m, 4);
            // (No item a person's name: a middle name `Văn`, `Thị`, or three words from a
            // surname.)
            if run == m
                || (m + 1..run).any(|c| matches!(self.canon(c), Some("văn" | "thị")))
                || (run - m >= 3 && self.h.is(m, EntryKind::Surname))
            {
                return false;
            }
            items += 1;
            match self.text_at(run) {
                "," if self.spaced(run + 1) => {
                    m = run + 1;
                    last_start = m;
                }
                ")" => {
                    return items >= 3
                        && self
                            .h
                            .longest(last_start, EntryKind::Place)
                            .is_some_and(|(e, _)| e == run);
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether the name at `k` is an item of an address: after a word of residence (`trú`,
    /// `ngụ`, `quê`, `sống`, with or without `tại`/`ở`), or after other capitalized items
    /// and commas that follow one (`trú tại Ninh Tiến, Hoa Lư, Ninh Bình`).
    fn in_address(&self, k: usize) -> bool {
        let residence =
            |w: Option<&str>| matches!(w, Some("trú" | "ngụ" | "quê" | "quán" | "sống"));
        let mut k = k;
        for _ in 0..5 {
            let Some(prev) = k.checked_sub(1) else {
                return false;
            };
            let cue = residence(self.canon(prev))
                || (matches!(self.canon(prev), Some("tại" | "ở"))
                    && prev > 0
                    && residence(self.canon(prev - 1)));
            if cue {
                return self.spaced(k);
            }
            if self.text_at(prev) != "," {
                return false;
            }
            // Back over the item before the comma: capitalized words.
            let mut j = prev;
            while j > 0
                && self.u.get(j - 1).is_some_and(Unit::capitalized)
                && (j == prev || self.spaced(j))
            {
                j -= 1;
            }
            if j == prev || prev - j > 4 {
                return false;
            }
            k = j;
        }
        false
    }

    /// A given name alone that the text has used before for a person (`Nguyễn Thị Linh …`,
    /// then `Linh lừa đảo …`), or that the sentence marks as one (see
    /// [`Rules::named_alone`]): one capitalized syllable, not the start of a longer name, a
    /// place or a body.
    fn known_alone(&self, i: usize, known: &[u32]) -> Option<Found> {
        let key = self.u.get(i)?.key?;
        if known.contains(&key) {
            self.alone(i)
        } else {
            self.named_alone(i)
        }
    }

    /// Whether a beast is named within four words before `tên` at `t`: `chó`, `mèo`, `cún`,
    /// `ngựa`, `heo`, `lợn`, `trâu`, `voi` (`Mèo tam thể tên Mimi`, `chú chó tên Lu`).
    fn beast_before(&self, t: usize) -> bool {
        (t.saturating_sub(4)..t).any(|m| {
            self.u.get(m).is_some_and(|y| {
                y.key.is_some()
                    && matches!(
                        crate::nfc(&y.text.to_lowercase()).as_ref(),
                        "chó" | "mèo" | "cún" | "ngựa" | "heo" | "lợn" | "trâu" | "voi"
                    )
            })
        })
    }

    /// A given name alone where the sentence says it is one: after `tên` (`một người đàn
    /// ông tên Toàn`), or joined by `và` to a person (`Ông Thọ và Linh đều khai`).
    fn named_alone(&self, i: usize) -> Option<Found> {
        if self.accused(i) {
            return self.alone(i);
        }
        let before = i.checked_sub(1)?;
        // (Not the heading of a law's part: `sửa đổi tên Điều 6`.)
        // (Nor a form of address standing for the one it names: `thành phố mang tên Bác`.)
        // (Nor `Người`, as the press writes `he` of Hồ Chí Minh: `quảng trường mang tên
        // Người`.)
        let named = self.canon(before) == Some("tên")
            && !self.h.is(i, EntryKind::Honorific)
            // (A pet's or a beast's name is no person's: `Một chú chó tên Lu`.)
            && !self.beast_before(before)
            && self.canon(i) != Some("người")
            && !matches!(
                self.canon(i),
                Some("điều" | "chương" | "khoản" | "mục" | "phần")
            )
            && !self
                .u
                .get(i + 1)
                .is_some_and(|x| x.kind == TokenKind::Number && self.spaced(i + 1));
        let joined = self.canon(before) == Some("và")
            && before > 0
            && self.u.get(before - 1).is_some_and(|x| x.capitalized())
            && self.h.ends_at(before, EntryKind::Place, 4).is_none()
            && (before.saturating_sub(4)..before - 1).any(|s| {
                self.h
                    .longest(s, EntryKind::Honorific)
                    .is_some_and(|(e, n)| {
                        address(self.lex.note(n)) && self.name_run(e, 4) == before
                    })
            });
        // `…, Tuấn cho biết`: the subject of a verb of saying inside a sentence (at its
        // start a capital says nothing: `Câu nói`, `Triển khai`).
        let says = i > 0
            && self.text_at(i).chars().nth(1).is_some()
            && self
                .u
                .get(i - 1)
                .is_some_and(|x| x.text == "," || (x.key.is_some() && !x.capitalized()))
            && self.u.get(i + 1).is_some_and(|x| x.gap == Gap::Space)
            && matches!(
                (self.canon(i + 1), self.canon(i + 2)),
                (Some("cho"), Some("biết" | "rằng" | "hay"))
                    | (Some("thừa"), Some("nhận"))
                    | (Some("khẳng"), Some("định"))
                    | (Some("nói"), _)
            )
            && self.h.kinds_at(i) & bit(EntryKind::Honorific) == 0
            && !matches!(
                self.canon(i),
                Some("tôi" | "họ" | "nó" | "mình" | "ai" | "ta" | "hắn" | "chúng" | "người")
            );
        if !(named || joined || says) {
            return None;
        }
        self.alone(i)
    }

    /// Whether the word at `i` is the subject of what court and police news says of the
    /// accused (`Phúc bị cáo buộc …`, `Toàn khai đã …`, `Kiên bị truy tố`, `…, Chính đã
    /// chiếm đoạt 6,3 tỷ đồng`) or is given a sentence (`Luân 3 năm tù`): at the sentence's
    /// start too, where these verbs follow no common noun of one word; not a pronoun of
    /// such news (`Y khai nhận`, `Thị bị bắt`).
    fn accused(&self, i: usize) -> bool {
        // (Most capitalized words are followed by none of the words these clauses start
        // with: a key compared first, nothing folded.)
        static NEXT: LazyLock<Vec<(u32, Option<u32>)>> = LazyLock::new(|| {
            words::phrase_keys(&[
                "bị", "khai", "thừa", "bỏ", "đã", "cũng", "còn", "đều", "vẫn", "từng",
            ])
        });
        let Some(next) = self.u.get(i + 1) else {
            return false;
        };
        let number = next.kind == TokenKind::Number;
        if !number && !next.key.is_some_and(|k| NEXT.iter().any(|&(a, _)| a == k)) {
            return false;
        }
        let Some(x) = self.u.get(i) else { return false };
        if x.key.is_none()
            || x.text.chars().nth(1).is_none()
            || !self.u.get(i + 1).is_some_and(|n| n.gap == Gap::Space)
            || self.h.kinds_at(i) & bit(EntryKind::Honorific) != 0
            || self.stop_word(i)
            // (Nor a people after `người`: `người Thượng bị kết án`.)
            || (i > 0 && self.canon(i - 1) == Some("người"))
            || (i > 0
                && !self.u.get(i - 1).is_some_and(|p| {
                    matches!(p.text, "," | ";" | ":") || (p.key.is_some() && !p.capitalized())
                }))
        {
            return false;
        }
        let w = |k: usize| self.folded(k).unwrap_or_default();
        if matches!(
            w(i).as_str(),
            "toi"
                | "ho"
                | "no"
                | "minh"
                | "ai"
                | "ta"
                | "han"
                | "chung"
                | "nguoi"
                | "y"
                | "ga"
                | "thi"
                | "a"
                | "viec"
                | "loi"
                | "vu"
                | "ca"
                | "moi"
                | "tau"
                | "xe"
                | "hang"
        ) {
            return false;
        }
        // (Past `đã`, `cũng`, `còn`, `đều`, `vẫn`, `từng`.)
        let mut k = i + 1;
        while k < i + 3
            && matches!(
                w(k).as_str(),
                "da" | "cung" | "con" | "deu" | "van" | "tung"
            )
        {
            k += 1;
        }
        let (a, b) = (w(k), w(k + 1));
        let verb = match a.as_str() {
            "bi" => matches!(
                (b.as_str(), w(k + 2).as_str()),
                ("cao", "buoc") | ("tuyen", _) | ("truy", "to") | ("khoi", "to") | ("ket", "an")
            ),
            "khai" => matches!(b.as_str(), "nhan" | "da" | "rang" | "la" | "voi" | "khong"),
            "thua" => b == "nhan",
            "bo" => b == "tron",
            "chiem" => b == "doat" && k > i + 1,
            _ => false,
        };
        // `Luân 3 năm tù`, `tuyên phạt Hiếu 30 tháng tù`.
        let sentenced = self
            .u
            .get(i + 1)
            .is_some_and(|n| n.kind == TokenKind::Number)
            && matches!(w(i + 2).as_str(), "nam" | "thang")
            // (`tù`, prison, not `từ`: `Đợt 1 năm 2024 (từ 1/3 …)`.)
            && (i + 3..i + 6).any(|m| self.canon(m) == Some("tù"));
        verb || sentenced
    }

    /// Whether unit `e` is `Việt` alone, no longer name's first word (`doanh nhân Việt tại
    /// Nhật`).
    fn viet_alone(&self, e: usize) -> bool {
        static VIET: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("việt").ok().map(|s| s.key()));
        self.u
            .get(e)
            .is_some_and(|x| x.key.is_some() && x.key == *VIET && !x.all_caps())
            && self.name_run(e, 4) == e + 1
    }

    /// One capitalized syllable that can be a given name alone: not the start of a longer
    /// name, not a place or a body, not in capitals.
    fn alone(&self, i: usize) -> Option<Found> {
        let x = self.u.get(i)?;
        x.key?;
        let listed = bit(EntryKind::Place)
            | bit(EntryKind::Org)
            | bit(EntryKind::Name)
            | bit(EntryKind::PlaceWord)
            | bit(EntryKind::Level);
        if !x.capitalized() || x.all_caps() || self.h.kinds_at(i) & listed != 0 {
            return None;
        }
        // Not the end of a place's or body's name (`Bắc Giang`, `Sở Tư pháp`), nor a word of
        // a longer run of capitals.
        // (Nor the word after a body's head or listed name, `Cục Quản lý Dược`.)
        let inside = (i.saturating_sub(3)..i).any(|s| self.h.at(s).iter().any(|h| h.end > i))
            || (i.saturating_sub(3)..i).any(|s| {
                self.h.kinds_at(s) & bit(EntryKind::Org) != 0
                    && self.u.get(s).is_some_and(Unit::capitalized)
                    && (s + 1..=i).all(|m| {
                        self.spaced(m)
                            && self.u.get(m).is_some_and(|x| x.key.is_some())
                            && !self.stop_word(m)
                    })
            });
        let after_capital = i > 0
            && self
                .u
                .get(i - 1)
                .is_some_and(|x| x.capitalized() && self.spaced(i));
        let before_capital = self.spaced(i + 1) && self.u.get(i + 1).is_some_and(Unit::capitalized);
        if self.place_before(i) || inside || after_capital || before_capital {
            return None;
        }
        Some(Found {
            start: i,
            end: i + 1,
            honorific: None,
            lead: None,
            titles: Vec::new(),
            shared: None,
        })
    }

    /// Names in a list with a person: `như Sebastián Piñera, Brian Mulroney, Nguyễn Phú
    /// Trọng`, `Ủy viên: Lê Duẩn, Trường Chinh, Võ Nguyên Giáp`. An item of two to four
    /// name-like words between commas (or before `và` or the end of the list), next to a
    /// person already found, is a person too; in a `loud` sentence (in capitals), only an
    /// item that starts with a surname.
    fn lists(&self, titles: &[title::Found], loud: bool, out: &mut Vec<Found>) {
        let item = |start: usize| -> Option<usize> {
            // In capitals, only a surname starts a name (`… VĂN HÓA, THỂ DỤC THỂ THAO`).
            if loud && !self.h.is(start, EntryKind::Surname) {
                return None;
            }
            let end = self.name_run(start, 4);
            let len = end - start;
            let closes = self.u.get(end).is_none_or(|x| {
                matches!(x.text, "," | "." | ";" | ")")
                    || x.gap == Gap::Line
                    || self.canon(end) == Some("và")
            });
            // (The last item, after `và`, may close on the verb of the sentence when its words
            // are Vietnamese syllables: `Ca sĩ Mỹ Tâm và Tùng Dương sẽ biểu diễn`.)
            let closes = closes
                || (start > 0
                    && (2..=3).contains(&len)
                    && self.canon(start - 1) == Some("và")
                    // (Or a foreign name that no list knows: `Katalin Karikó và Drew Weissman
                    // nhận giải`.)
                    && ((start..end).all(|k| self.u.get(k).is_some_and(|x| x.key.is_some()))
                        || (self.foreign_name_run(start)
                            && self.capitalized_run(start, 4) == end
                            // (Not a firm: `Ông Nguyễn Văn Hải và Sun Group đã ký`.)
                            && !(start..end).any(|m| self.firm_word(m))))
                    && self.u.get(end).is_some_and(|x| {
                        x.key.is_some() && !x.capitalized() && x.gap == Gap::Space
                    })
                    // (Not before `là`: `Trần Hưng Đạo và Tứ Liên là hai cây cầu`.)
                    && self.canon(end) != Some("là"));
            // A listed place or body among the words; not a one-word head that is also the
            // first word of a name (`Trường Chinh`, unlike `Sở Tư pháp`). A department (`Khoa
            // Nhi, Bệnh viện …`) is no name: its head is no surname.
            let department = self.h.longest(start, EntryKind::Org).is_some()
                && !self.h.is(start, EntryKind::Surname)
                && !self
                    .u
                    .get(start)
                    .is_some_and(|x| crate::normalize::folds_to(x.text, "truong"));
            let listed = department
                || (start..end).any(|k| {
                    self.h
                        .longest(k, EntryKind::Place)
                        .is_some_and(|(e, _)| e <= end)
                        || self.h.longest(k, EntryKind::Org).is_some_and(|(e, _)| {
                            e > k + 1
                                || self.h.longest(e, EntryKind::Name).is_some()
                                || self.h.longest(e, EntryKind::Level).is_some()
                        })
                });
            let in_title = titles.iter().any(|t| t.start < end && start < t.end);
            // (Nor the first words of a form of address that runs on: `và Tổng Giám mục
            // Paul Richard Gallagher`.)
            let address = self
                .h
                .longest(start, EntryKind::Honorific)
                .is_some_and(|(he, _)| he > end);
            ((2..=4).contains(&len) && closes && !listed && !in_title && !address).then_some(end)
        };
        // A worklist: each person found (or added) is looked at once, so that a long list is
        // read in time linear in its items.
        let mut work: Vec<(usize, usize)> = out.iter().map(|p| (p.start, p.end)).collect();
        while let Some((p_start, p_end)) = work.pop() {
            let mut new = Vec::new();
            // The item after `p`.
            if self.any_of(p_end, &[",", "và"]) {
                let start = p_end + 1;
                if !out.iter().any(|q| q.start == start)
                    && let Some(end) = item(start)
                {
                    new.push((start, end));
                }
            }
            // The item before `p`.
            if p_start >= 2 && self.any_of(p_start - 1, &[",", "và"]) {
                let before = p_start - 1;
                let start = (before.saturating_sub(4)..before)
                    .find(|&s| self.name_run(s, 4) == before && item(s) == Some(before));
                if let Some(start) = start
                    && !out.iter().any(|q| q.start <= start && start < q.end)
                    && (start == 0 || self.any_of(start - 1, &[",", ":", "như"]))
                {
                    new.push((start, before));
                }
            }
            for (start, end) in new {
                if !out.iter().any(|q| q.start < end && start < q.end) {
                    out.push(Found {
                        start,
                        end,
                        honorific: None,
                        lead: None,
                        titles: Vec::new(),
                        shared: None,
                    });
                    work.push((start, end));
                }
            }
        }
        // A sport's name before a Vietnamese full name is no part of it: `Võ sĩ Karate Nguyễn
        // Thị Ngoan`. (A baptismal name is: `Phêrô Nguyễn Văn Khảm`.)
        const SPORTS: &[&str] = &[
            "karate",
            "muay",
            "vovinam",
            "taekwondo",
            "judo",
            "wushu",
            "boxing",
            "kickboxing",
            "sambo",
            "jujitsu",
            "kurash",
            "pencak",
            "silat",
            "golf",
            "tennis",
            "futsal",
            "sepak",
            "billiards",
            "bowling",
            "esports",
        ];
        for p in out.iter_mut() {
            if p.end >= p.start + 4
                && self.u.get(p.start).is_some_and(|x| {
                    x.kind == TokenKind::Word
                        && x.key.is_none()
                        && !x.all_caps()
                        && SPORTS.iter().any(|s| s.eq_ignore_ascii_case(x.text))
                })
                && self.common_surname(p.start + 1)
                && (p.start + 1..p.end).all(|m| self.u.get(m).is_some_and(|x| x.key.is_some()))
            {
                p.start += 1;
            }
        }
        out.sort_by_key(|p| p.start);
    }

    /// A name-like unit: a capitalized word of letters.
    fn namelike(&self, k: usize) -> bool {
        self.u.get(k).is_some_and(|x| {
            matches!(
                x.kind,
                TokenKind::Syllable | TokenKind::Word | TokenKind::Abbreviation
            ) && x.capitalized()
                // (Not an abbreviation in capitals without a dot among words in lower case:
                // `em Nguyễn Quốc Bảo, HCB IOI`, a medal and a contest; but a king's number,
                // `Charles III`, and initials after a form of address, `bà NTMP`.)
                && !(x.kind == TokenKind::Abbreviation
                    && (2..=5).contains(&x.text.len())
                    && x.text.bytes().all(|b| b.is_ascii_uppercase())
                    && self.spaced(k)
                    && !x.regnal_letters()
                    && self.h.ends_at(k, EntryKind::Honorific, 3).is_none()
                    && !self.loud())
                // (Nor a brand's word with a capital inside, `ThaiBinh`, `VinFast`, `TikTok`;
                // a name's prefix is not such: `McDonald`, `DeSantis`, `LeBron`, `MacArthur`.)
                && !(x.kind == TokenKind::Word && inner_capital(x.text))
                // (Nor a pageant's English name: `Miss Universe`, `Mister Vietnam`; no form of
                // address in Vietnamese news.)
                && !(x.kind == TokenKind::Word
                    && x.text.len() >= 4
                    && matches!(x.text, "Miss" | "Mister" | "MISS" | "MISTER"))
                // A syllable is letters only; a word or an abbreviation may hold digits.
                && (x.kind == TokenKind::Syllable
                    || x.text.chars().all(|c| {
                        c.is_ascii_alphabetic()
                            || (!c.is_ascii() && (c.is_alphabetic() || c == '’' || unicode_mark(c)))
                            || c == '\''
                    }))
        })
    }

    /// Whether the number at `n` is a ship's: `tàu` right before it, or with up to four
    /// words in lower case of its class between (`tàu hộ vệ tên lửa 011`).
    fn ship_before(&self, n: usize) -> bool {
        (n.saturating_sub(5)..n).rev().any(|t| {
            // (Or `hạm`, a warship: `Tuần dương hạm USS Robert Smalls`, `khu trục hạm`.)
            (self.folded_is(t, "tau") || self.folded_is(t, "ham"))
                // (The ship's class between, in any case: `tàu Hộ vệ tên lửa HQ-015`.)
                && (t + 1..n).all(|m| self.u.get(m).is_some_and(|x| x.key.is_some()))
        })
    }

    /// The text of unit `k` (empty past the end).
    fn text_at(&self, k: usize) -> &str {
        self.u.get(k).map_or("", |x| x.text)
    }

    /// Whether unit `k` touches the one before it.
    fn touching(&self, k: usize) -> bool {
        self.u.get(k).is_some_and(|x| x.gap == Gap::None)
    }

    /// The end of a Korean name in Latin letters at `k`: a family name, then a given name of
    /// two parts joined by a hyphen, the second in lower case (`Son Heung-min`, `Kim
    /// Sang-sik`, `Moon Jae-in`), all in ASCII letters. No Vietnamese word is written so
    /// (`Ả Rập Xê-út` has marks), nor a place's transcription (`Xin-ga-po` has three parts).
    pub(super) fn korean_name(&self, k: usize) -> Option<usize> {
        let part = |m: usize, lens: std::ops::RangeInclusive<usize>, cap: bool| {
            self.u.get(m).is_some_and(|x| {
                let b = x.text.as_bytes();
                lens.contains(&b.len())
                    && b.iter().all(u8::is_ascii_alphabetic)
                    && b.first().is_some_and(|c| c.is_ascii_uppercase() == cap)
                    && b.get(1..)
                        .is_some_and(|r| r.iter().all(u8::is_ascii_lowercase))
            })
        };
        let shape = part(k, 2..=5, true)
            && self.spaced(k + 1)
            && part(k + 1, 2..=5, true)
            && self.text_at(k + 2) == "-"
            && self.touching(k + 2)
            && self.touching(k + 3)
            && part(k + 3, 1..=5, false)
            // (`Wi-fi`: no name.)
            && self.text_at(k + 3) != "fi"
            && !(self.touching(k + 4) && self.u.get(k + 4).is_some_and(|x| x.key.is_some() || x.is_dash()))
            // (A body's head is a family name too: `Ban Ki-moon`, not a board.)
            && self.h.kinds_at(k) & bit(EntryKind::Place) == 0;
        if shape {
            return Some(k + 4);
        }
        // (Or a family name only Koreans bear, then a given name of two parts written apart,
        // then the clause in lower case: `Chủ tịch Tập đoàn Lotte Shin Dong Bin đã …`,
        // `Hana Micron Choi Chang Ho cho biết`. Family names that are Vietnamese syllables too,
        // `Kim`, `Hong`, `Nam`, `Son`, are left out: `Le Hong Son` unmarked is Vietnamese.)
        const FAMILY: [&str; 34] = [
            "Ahn", "Bae", "Baek", "Byun", "Chey", "Cho", "Choi", "Chun", "Chung", "Heo", "Hwang",
            "Jang", "Jeon", "Jeong", "Joo", "Jung", "Kang", "Koo", "Kwak", "Kwon", "Lee", "Lim",
            "Moon", "Noh", "Park", "Ryu", "Seo", "Shim", "Shin", "Suh", "Sung", "Woo", "Yoo",
            "Yoon",
        ];
        let spaced_form = part(k, 3..=5, true)
            && FAMILY.contains(&self.text_at(k))
            && (k + 1..k + 3).all(|m| self.spaced(m) && part(m, 2..=5, true))
            && self.h.kinds_at(k + 1) == 0
            && self.h.kinds_at(k + 2) == 0
            && self.u.get(k + 3).is_none_or(|x| {
                !self.spaced(k + 3) || !x.capitalized() || !x.text.starts_with(char::is_alphabetic)
            });
        spaced_form.then_some(k + 3)
    }

    /// The words of a royal clan's surname at `k` (`Tôn Nữ`, `Tôn Thất`, `Huyền Tôn Nữ`,
    /// `Công Tằng Tôn Nữ`, `Công Huyền Tôn Nữ`), or 0.
    fn clan_name(&self, k: usize) -> usize {
        static CLAN: LazyLock<[Option<u32>; 6]> = LazyLock::new(|| {
            ["tôn", "nữ", "thất", "công", "tằng", "huyền"]
                .map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
        });
        let key = |m: usize| {
            self.u
                .get(m)
                .and_then(|x| x.key)
                .filter(|_| self.spaced(m) || m == k)
        };
        let (tôn, nữ, thất, công, tằng, huyền) = (0, 1, 2, 3, 4, 5);
        // (Most names start otherwise: one look.)
        let first = key(k);
        if first.is_none() || ![CLAN[tôn], CLAN[công], CLAN[huyền]].contains(&first) {
            return 0;
        }
        let is = |m: usize, w: usize| key(m).is_some() && key(m) == CLAN[w];
        let tail = |m: usize| is(m, tôn) && (is(m + 1, nữ) || is(m + 1, thất));
        if tail(k) {
            2
        } else if is(k, huyền) && is(k + 1, tôn) && is(k + 2, nữ) {
            3
        } else if is(k, công)
            && (is(k + 1, tằng) || is(k + 1, huyền))
            && is(k + 2, tôn)
            && is(k + 3, nữ)
        {
            4
        } else {
            0
        }
    }

    /// Whether unit `k` is a particle of a foreign name, in lower case (`de`, `von`, `der`,
    /// `da`, `bin`, `binti`, `al`).
    pub(super) fn name_particle(&self, k: usize) -> bool {
        self.u.get(k).is_some_and(|x| {
            matches!(
                x.text,
                "de" | "da"
                    | "do"
                    | "dos"
                    | "das"
                    | "des"
                    | "du"
                    | "van"
                    | "von"
                    | "der"
                    | "den"
                    | "di"
                    | "del"
                    | "della"
                    | "bin"
                    | "binti"
                    | "binte"
                    | "ibn"
                    | "al"
            )
        })
    }

    /// The length of a Christian name of one or two words at `k`, after a clergyman's form of
    /// address, before a Vietnamese surname and at least two more words of the name (`Linh
    /// mục Giuse Đỗ Mạnh Hùng`, `Đức cha Vinh Sơn Nguyễn Văn Bản`); 0 otherwise, and when
    /// the name starts with a surname.
    fn baptismal(&self, k: usize) -> usize {
        if self.h.kinds_at(k) & bit(EntryKind::Surname) != 0 {
            return 0;
        }
        // (Not in a list of names: `Lê Anh Tuấn Nguyễn Duy Lâm`.)
        let clergy = self.h.ends_at(k, EntryKind::Honorific, 4).is_some_and(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Honorific
                    && h.end == k
                    && self.lex.note(h.note).starts_with("religious")
            })
        });
        if !clergy {
            return 0;
        }
        (1..=2)
            .find(|&n| {
                let m = k + n;
                (k + 1..=m + 2).all(|x| self.spaced(x) && self.namelike(x))
                    && self.h.at(m).iter().any(|h| {
                        h.kind == EntryKind::Surname
                            && h.end == m + 1
                            && self.lex.note(h.note) != "foreign"
                    })
                    && (n == 1 || self.h.kinds_at(k + 1) & bit(EntryKind::Surname) == 0)
            })
            .unwrap_or(0)
    }

    /// The end of a name from `k`: up to `max` name-like words joined by single spaces, with
    /// what foreign and minority names put between them (`Bashar al-Assad`, `Điểu K' Rứ`,
    /// `Marcos Jr.`).
    fn name_run(&self, k: usize, max: usize) -> usize {
        if !self.namelike(k) {
            return k;
        }
        // (Nor a letter of an abbreviation joined by `&`: `kỹ sư R&D`, `Bộ KH&CN`.)
        if self.touching(k + 1) && self.text_at(k + 1) == "&" {
            return k;
        }
        // `Phó Tổng KTNN`, `ông Phó Tổng`: the words that open a role, clipped from it (`Phó
        // Tổng Giám đốc`), not a surname and a given name.
        if self.h.is(k, EntryKind::Prefix)
            && self.h.is(k + 1, EntryKind::Prefix)
            && self.spaced(k + 1)
            && self.namelike(k + 1)
        {
            return k;
        }
        let mut e = k + 1;
        let mut words = 1;
        // Whether the first word is in capitals, once asked.
        let mut caps_k: Option<bool> = None;
        // The royal clan's surnames of several words take room of their own: `Công Tằng Tôn
        // Nữ Thị Phương`, `Tôn Nữ Thị Phương Thảo`, `Tôn Thất Thuyết`.
        let max = max + self.clan_name(k).saturating_sub(1);
        // (And a woman's name of five words, `Thị` second: `Nguyễn Thị Ngọc Bích Hà`, unless
        // a place starts at the fourth or the fifth: `Nguyễn Thị Hoa Hà Nội`.)
        let max = if max == 4
            && self.canon(k + 1) == Some("thị")
            && (k + 3..=k + 4)
                .all(|m| self.h.kinds_at(m) & (bit(EntryKind::Place) | bit(EntryKind::Org)) == 0)
        {
            5
        } else {
            max
        };
        // (A baptismal name before the full name takes room of its own: `Đức cha Vinh Sơn
        // Nguyễn Văn Bản`, `Gioan Baotixita Phạm Minh Tuấn`.)
        let max = if max == 4 {
            max + self.baptismal(k)
        } else {
            max
        };
        // (And a Lao name in Vietnamese syllables of five words, the run ending there: `Bun
        // Phăn Pha Nủ Vông`; none of them a place, a body or an office.)
        let max = if max == 4
            // (The fifth word first, the cheap test that most names fail.)
            && self
                .u
                .get(k + 4)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized())
            && (k + 1..k + 5).all(|m| {
                self.spaced(m)
                    && self.u.get(m).is_some_and(|x| {
                        x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps()
                    })
                    && self.h.kinds_at(m)
                        & (bit(EntryKind::Place)
                            | bit(EntryKind::Org)
                            | bit(EntryKind::Role)
                            | bit(EntryKind::Prefix)
                            | bit(EntryKind::Rank)
                            | bit(EntryKind::Level))
                        == 0
            })
            && self
                .u
                .get(k + 5)
                .is_none_or(|x| !x.capitalized() || !self.spaced(k + 5))
        {
            5
        } else {
            max
        };
        while words < max {
            let t = self.text_at(e);
            // `al-Assad`, `K'Rứ`, `K' Rứ`: joined by a hyphen or an apostrophe.
            // `Park Geun-hye`, `Moon Jae-in`: after a hyphen the part may be in lower case.
            let lower_part = || {
                t == "-"
                    && self.u.get(e + 1).is_some_and(|x| {
                        matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && !x.capitalized()
                    })
            };
            // `ông Lê Văn Khương-Dương Thị Thúy`: a couple, the second name a new person.
            // (Not a foreign double name: `Frank-Walter Steinmeier`.)
            // (Nor a foreign given name of two parts: `Ching-Chung Chen`.)
            let next_person = || {
                t == "-"
                    && self.u.get(e - 1).is_some_and(|x| x.kind != TokenKind::Word)
                    && self.h.at(e + 1).iter().any(|h| {
                        h.kind == EntryKind::Surname
                            && h.end == e + 2
                            && self.lex.note(h.note) != "foreign"
                    })
                    && self.spaced(e + 2)
                    && self.namelike(e + 2)
            };
            // (Not an English possessive: `Jeff Bezos' Blue Origin`.)
            let possessive = || {
                t != "-"
                    && !self.touching(e + 1)
                    && self.text_at(e - 1).len() > 2
                    && self.text_at(e - 1).ends_with('s')
            };
            if matches!(t, "-" | "'" | "’")
                && self.touching(e)
                && !possessive()
                && (self.namelike(e + 1) || lower_part())
                && (t != "-" || self.touching(e + 1))
                && !next_person()
                // (`Phạm Văn Hùng-Trưởng phòng …`: a title after the hyphen, not a name.)
                && self.h.kinds_at(e + 1)
                    & (bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Rank))
                    == 0
            {
                // (A part in lower case is a syllable of one word, not a word of the name:
                // `Bun-nhăng Vo-la-chít`, `Thong-lun Xi-xu-lít`; nor is a foreign word's
                // second part: `Sheikh Ahmad Al-Fahad Al-Sabah`.)
                let foreign_part = t == "-"
                    && self.u.get(e - 1).is_some_and(|x| x.kind == TokenKind::Word)
                    && self.u.get(e + 1).is_some_and(|x| x.kind == TokenKind::Word);
                if !lower_part() && !foreign_part {
                    words += 1;
                }
                e += 2;
                continue;
            }
            if !self.spaced(e) {
                break;
            }
            // `Thích nữ Như Minh`: a nun's dharma name, `nữ` in lower case after `Thích`.
            if e == k + 1
                && t.starts_with('n')
                && t.len() <= 8
                && crate::fold(t, crate::Fold::All) == "nu"
                && self.text_at(k).starts_with("Th")
                && crate::fold(self.text_at(k), crate::Fold::All) == "Thich"
                && self.spaced(e + 1)
                && self.namelike(e + 1)
            {
                e += 1;
                continue;
            }
            // `Tarcísio de Freitas`, `Ursula von der Leyen`, `Lula da Silva`: a particle in
            // lower case between the words of a foreign name.
            if self.name_particle(e) {
                let p = if self.name_particle(e + 1) {
                    e + 2
                } else {
                    e + 1
                };
                // (The word after it foreign: not `Donald Trump do Bộ Ngoại giao …`.)
                let foreign = |m: usize| self.u.get(m).is_some_and(|x| x.kind == TokenKind::Word);
                if self.spaced(p) && self.namelike(p) && foreign(p) {
                    e = p;
                    continue;
                }
            }
            // (Nor a phrase that only looks like a name: `Mùa Vu Lan năm nay`, the festival;
            // `chư Tăng Ni`.)
            if self.h.kinds_at(e) & bit(EntryKind::NotTitle) != 0 {
                break;
            }
            // `Hoàng Yến Tháng 10/2016 …`: a byline run into the next sentence's date.
            let date_next = || {
                matches!(
                    self.u.get(e).map(|x| x.word),
                    Some(words::Word::Ngay | words::Word::Thang | words::Word::Nam)
                ) && self
                    .u
                    .get(e + 1)
                    .is_some_and(|x| x.kind == TokenKind::Number)
            };
            // A name is in one case style: `NGUYỄN HIỀN`, not `NGUYỄN HIỀN Sẽ`.
            let caps = |m: usize| self.u.get(m).is_some_and(Unit::all_caps);
            let roman = |m: usize| self.u.get(m).is_some_and(Unit::regnal_letters);
            let mut same_case = || {
                // (A first word of one letter has no case style: `ĐỒNG CHÍ Y BIÊR NIÊ`, after
                // a form of address; not `BẢO HIỂM Y TẾ`.)
                caps(e)
                    == *caps_k.get_or_insert_with(|| {
                        if self.text_at(k).chars().count() == 1
                            && self.h.ends_at(k, EntryKind::Honorific, 3).is_some()
                        {
                            caps(e)
                        } else {
                            caps(k)
                        }
                    })
                    || self.text_at(e).chars().count() == 1
                    || roman(e)
            };
            // In capitals, a verb of a headline after three words ends the name: `ĐỒNG CHÍ
            // HOÀNG VĂN NGHIỆM TÁI ĐẮC CỬ`, `BỊ CÁO TRƯƠNG MỸ LAN CHIẾM 91,5% CỔ PHẦN`.
            if words >= 3 && caps(k) && caps(e) && (self.headline_verb(e) || self.verb_pair(e)) {
                break;
            }
            // (Nor is `VÀ` a word of a name: `ÔNG LÊ VĂN HÙNG VÀ BÀ PHẠM THU HÀ`.)
            if self.u.get(e).is_some_and(|x| x.word == Word::Va) && caps(e) && caps(k) {
                break;
            }
            // A middle name typed in lower case after the surname: `Trần văn Lâm`, `Nguyễn thị
            // Hoa`.
            if e == k + 1
                && self
                    .u
                    .get(e)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
                && matches!(self.canon(e), Some("văn" | "thị"))
                && self.h.is(k, EntryKind::Surname)
                && self.spaced(e + 1)
                && self
                    .u
                    .get(e + 1)
                    .is_some_and(|x| x.key.is_some() && x.capitalized())
                && self.namelike(e + 1)
            {
                e += 1;
                words += 1;
                continue;
            }
            // (Nor the first word of a body's head in lower case: `Trưởng khoa Guitar Học viện
            // Âm nhạc`, `Piano Bệnh viện …`.)
            let body_head = || {
                self.h.kinds_at(e) & bit(EntryKind::Org) != 0
                    && self.spaced(e + 1)
                    && self
                        .u
                        .get(e + 1)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                    && self
                        .h
                        .longest(e, EntryKind::Org)
                        .is_some_and(|(oe, _)| oe > e + 1)
            };
            if self.namelike(e) && !date_next() && same_case() && !body_head() {
                e += 1;
                words += 1;
                continue;
            }
            // A middle initial: `Richard H. Thaler`, `John F. Kennedy`.
            if let Some(end) = self.short_initials(e)
                && self.spaced(end)
                && self.namelike(end)
            {
                e = end;
                words += 1;
                continue;
            }
            // A lower-case particle inside a foreign name: `Bashar al-Assad`, `Charles de
            // Gaulle`.
            let particle = matches!(
                t,
                "al" | "el"
                    | "bin"
                    | "ibn"
                    | "de"
                    | "da"
                    | "di"
                    | "du"
                    | "van"
                    | "von"
                    | "der"
                    | "le"
                    | "la"
                    | "dos"
                    | "des"
                    | "del"
            );
            // (Two particles in a row: `Ursula von der Leyen`.)
            let second = particle
                && matches!(self.text_at(e + 1), "der" | "den" | "la" | "los" | "las")
                && self.spaced(e + 1)
                && self.spaced(e + 2)
                && self.namelike(e + 2);
            let next_joined = second
                || (self.text_at(e + 1) == "-"
                    && self.touching(e + 1)
                    && self.touching(e + 2)
                    && self.namelike(e + 2))
                || (self.spaced(e + 1) && self.namelike(e + 1));
            if particle && next_joined {
                e += if second { 2 } else { 1 };
                continue;
            }
            break;
        }
        // (A foreign word joined by a hyphen is one word, not cut after its first part when
        // the count runs out: `Sabah Khaled Al-Hamad Al-Mubarak Al-Sabah`.)
        while self.text_at(e) == "-"
            && self.touching(e)
            && self.touching(e + 1)
            && self.u.get(e - 1).is_some_and(|x| x.kind == TokenKind::Word)
            && self
                .u
                .get(e + 1)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
        {
            e += 2;
        }
        // `Jr.`, `Sr.`
        if matches!(self.text_at(e - 1), "Jr" | "Sr") && self.text_at(e) == "." && self.touching(e)
        {
            e += 1;
        }
        // `Trần Văn B.`, `Phạm Thị Th.`, `Lê V.T.`: a name cut short to initials, as court and
        // police news writes it; spaced too: `Nguyễn V. H.`.
        let mut groups = 0;
        while groups < 3
            && self.spaced(e)
            && let Some(end) = self.short_initials(e)
        {
            e = end;
            groups += 1;
        }
        e
    }

    /// Initials that end a name cut short, from unit `k`: `B.`, `Th.`, `V.T.` (each a
    /// capital, with at most one more letter of its onset, and its dot); where they end.
    fn short_initials(&self, k: usize) -> Option<usize> {
        let x = self.u.get(k)?;
        if x.kind != TokenKind::Abbreviation {
            return None;
        }
        // (`V.T.` comes as `V.T` and its dot.)
        let (t, end) = match x.text.strip_suffix('.') {
            Some(t) => (t, k + 1),
            None if x.text.contains('.') && self.text_at(k + 1) == "." && self.touching(k + 1) => {
                (x.text, k + 2)
            }
            None => return None,
        };
        (t.split('.').count() <= 3
            && t.split('.').all(|p| {
                let mut cs = p.chars();
                cs.next().is_some_and(char::is_uppercase)
                    && cs.as_str().len() <= 1
                    && cs.all(|c| c.is_ascii_lowercase())
            }))
        .then_some(end)
    }

    /// An initial standing for a name (`ông T.`, `bà S.`): a capital and its dot.
    fn initial(&self, k: usize) -> bool {
        // `T.`, and the initials of a whole name: `N.V.A`, `N.T.H.`.
        let text = self.text_at(k);
        // (Not a letter fused with a foreign word, a brand: `V.League`; a byline's `N.Hà`
        // fuses a syllable.)
        if self
            .u
            .get(k + 1)
            .is_some_and(|x| x.gap == Gap::None && x.kind == TokenKind::Word)
        {
            return false;
        }
        let t = text.strip_suffix('.').unwrap_or(text);
        let parts = t.split('.').count();
        // (Or the first letters of a given name written short, with the dot: `ông Tr. (60
        // tuổi)`, though `tr.` is also the page's abbreviation.)
        if parts == 1
            && t.len() < text.len()
            && matches!(
                t,
                "Ng" | "Nh" | "Th" | "Tr" | "Ch" | "Kh" | "Ph" | "Gi" | "Qu" | "Ngh"
            )
        {
            return true;
        }
        // (One letter needs its dot: `T.`, not `T`.)
        (parts > 1 || t.len() < text.len())
            && parts <= 4
            && t.split('.').all(|p| {
                let mut cs = p.chars();
                matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
            })
    }

    /// Whether a lake or reservoir is named at `i`, `Hồ` capitalized (a surname too) and
    /// then a listed place, a place word, or what only water does or holds after its name
    /// (`xả`, `tích nước`, `dung tích`): `Hồ Hòa Bình đang xả 3 cửa đáy`, `Hồ Núi Một`, `Hồ
    /// Tả Trạch có dung tích …`.
    fn lake_at(&self, i: usize) -> bool {
        let Some(x) = self.u.get(i) else {
            return false;
        };
        // (Cheap tests first, as this is asked of every capitalized word: `Hồ` is four bytes
        // in NFC, six in NFD.)
        let lake_word = x.text.as_bytes().first() == Some(&b'H')
            && (4..=6).contains(&x.text.len())
            && x.capitalized()
            && !x.all_caps()
            && crate::normalize::folds_to(x.text, "ho")
            && self.spaced(i + 1);
        if !lake_word {
            return false;
        }
        // (A dam's or a plant's after its kind: `thủy điện Hồ Bốn`, `đập Hồ Núi Cốc`.)
        if i >= 2 && self.folded_is(i - 2, "thuy") && self.folded_is(i - 1, "dien") {
            return true;
        }
        let end = self.name_run(i, 5);
        // (`đã hạ mực nước`, lowers its water level.)
        if (end..end + 4).any(|m| self.folded_is(m, "muc") && self.folded_is(m + 1, "nuoc")) {
            return end > i + 1;
        }
        // (`có dung tích`, holds.)
        let c = end + usize::from(self.folded_is(end, "co"));
        end > i + 1
            && ((self
                .h
                .longest(i + 1, EntryKind::Place)
                .is_some_and(|(e, _)| e == end)
                // (Not a place that starts with a middle name, a whole name after `Hồ`:
                // `việc Hồ Văn Lâm đã chuyển …`, `Văn Lâm` a district too.)
                && !(end == i + 3 && (self.folded_is(i + 1, "van") || self.folded_is(i + 1, "thi"))))
                || self.h.is(i + 1, EntryKind::PlaceWord)
                || (self.folded_is(c, "dung") && self.folded_is(c + 1, "tich"))
                || self.u.get(end).is_some_and(|y| {
                    // (`xả`, releases water; not `xã`, a commune.)
                    static XA: LazyLock<Option<u32>> =
                        LazyLock::new(|| crate::Syllable::parse("xả").ok().map(|s| s.key()));
                    y.key.is_some() && y.key == *XA && !y.capitalized()
                })
                || (self.folded_is(end, "tich") && self.folded_is(end + 1, "nuoc")))
    }

    /// Whether a word before unit `k` makes a name there a place or an institution.
    fn place_before(&self, k: usize) -> bool {
        // (`phụ trách văn xã Nguyễn Văn Phong`: `văn xã`, culture and society, is a field,
        // not a commune.)
        // (Nor `tỉnh` before a name no list knows: every province is listed, so `Công an
        // tỉnh Lê Văn Tám` names the province's officer.)
        // (Nor `nhà trường`, the school just named: `Hiệu trưởng nhà trường Nguyễn Văn Bình`.)
        // (Nor the place's owner, `chủ`, then a whole name: `Chủ cơ sở Lê Văn Tèo`, `chủ quán
        // Nguyễn Quang Tâm`.)
        // (Asked of every name after a place's word: `chủ` first.)
        if self.h.is(k, EntryKind::Surname)
            && (k.saturating_sub(4)..k).any(|m| self.canon(m) == Some("chủ"))
            && self
                .h
                .ends_at(k, EntryKind::PlaceWord, 3)
                .or_else(|| self.h.ends_at(k, EntryKind::Level, 2))
                .is_some_and(|s| s > 0 && self.canon(s - 1) == Some("chủ"))
            && self.capitalized_run(k, 5) >= k + 3
        {
            return false;
        }
        let field = |s: usize| {
            (s > 0 && self.canon(s - 1) == Some("văn") && self.canon(s) == Some("xã"))
                // (Nor the last word of a body's listed name: `Bộ Tài nguyên và Môi trường
                // Nguyễn Tuấn Anh`, `Sở Nông nghiệp và Phát triển nông thôn Lê Văn Hòa`.)
                // (Of three words or more: `nhà nước Myanmar` is a state, and `nước` its level.)
                || (k.saturating_sub(8)..s.saturating_sub(1)).any(|m| {
                    self.h.kinds_at(m) & bit(EntryKind::Name) != 0
                        && self
                            .h
                            .at(m)
                            .iter()
                            .any(|h| h.kind == EntryKind::Name && h.end == k)
                })
                || (s + 1 == k
                    && s > 0
                    && self.canon(s - 1) == Some("nhà")
                    && self.canon(s) == Some("trường"))
                // (Nor `công trường`, a building site, `môi trường`, `thị trường`, `hiện
                // trường`: `Chỉ huy trưởng công trường Phạm Văn Sáu`.)
                || (s + 1 == k
                    && s > 0
                    && self.canon(s) == Some("trường")
                    && self.u.get(s - 1).is_some_and(|x| {
                        !x.capitalized()
                            && matches!(
                                crate::fold(x.text, crate::Fold::All).as_ref(),
                                "cong" | "moi" | "thi" | "hien" | "chien"
                            )
                    }))
                || (s + 1 == k
                    && self.canon(s) == Some("tỉnh")
                    && self.h.longest(k, EntryKind::Place).is_none()
                    && self.h.is(k, EntryKind::Surname))
                // (Nor `thành phố` before a whole name of three words no list knows: the one
                // city named after a person is listed, `thành phố Hồ Chí Minh`.)
                || (self.level_place(s) == Some(k)
                    && self
                        .folded(s)
                        .is_some_and(|l| matches!(l.as_str(), "thanh" | "tp"))
                    && self.h.longest(k, EntryKind::Place).is_none()
                    && self.h.is(k, EntryKind::Surname)
                    && self.capitalized_run(k, 4) == k + 3
                    && !self.u.get(k + 3).is_some_and(Unit::capitalized))
                // (Nor a commune's body before a whole name with `Văn` or `Thị` second, the
                // address not going on: `Cán bộ Hội Nông dân xã Lê Thị Mơ cho biết`; few
                // communes are named after a person, and those the address goes on after:
                // `xã Hoàng Văn Thụ, huyện Văn Lãng`.)
                || (s + 1 == k
                    && s > 0
                    && self.canon(s) == Some("xã")
                    // (A body by its name, in capitals: `nông dân xã Phạm Văn Cội` are the
                    // commune's farmers.)
                    && self
                        .h
                        .ends_at(s, EntryKind::Org, 3)
                        .or_else(|| self.h.ends_at(s, EntryKind::Name, 4))
                        .is_some_and(|b| self.u.get(b).is_some_and(Unit::capitalized))
                    && self.h.longest(k, EntryKind::Place).is_none()
                    && self.h.is(k, EntryKind::Surname)
                    && matches!(self.canon(k + 1), Some("văn" | "thị"))
                    && self.capitalized_run(k, 4) == k + 3
                    && !(matches!(self.text_at(k + 3), "," | "(")
                        && self.h.longest(k + 4, EntryKind::Level).is_some())
                    // (Nor before the body's term or congress: `Đảng bộ xã Hoàng Văn Thụ lần
                    // thứ I`.)
                    && !self.body_term_at(k + 3))
        };
        // (A lower-case word of Latin letters that is no syllable: `karaoke`, `bar`.)
        let loanword = |x: &Unit<'_>| {
            x.kind == TokenKind::Word
                && (3..=10).contains(&x.text.len())
                && x.text.bytes().all(|b| b.is_ascii_lowercase())
        };
        // (`khu đô thị mới Cao Xanh`, `khu dân cư mới`: new, between a place word of two
        // words or more and the name; not `nhà mới`.)
        let new_place = k > 1
            && self.canon(k - 1) == Some("mới")
            && self
                .h
                .ends_at(k - 1, EntryKind::PlaceWord, 4)
                .is_some_and(|s| s + 2 < k);
        // (`4 xã biên giới Tam Thanh, Tam Lư`, `các huyện miền núi Mường Tè, Sìn Hồ`: units
        // counted or in the plural, a few words in lower case that say which, then their
        // names.)
        let counted_places = || {
            (k.saturating_sub(4)..k.saturating_sub(1)).any(|s| {
                s > 0
                    && self.u.get(s).is_some_and(|x| !x.capitalized())
                    && (self
                        .u
                        .get(s - 1)
                        .is_some_and(|x| x.kind == TokenKind::Number)
                        || matches!(self.canon(s - 1), Some("các" | "những")))
                    && self.h.longest(s, EntryKind::Level).is_some_and(|(e, _)| {
                        e < k
                            && e + 3 >= k
                            && (e..k).all(|m| {
                                self.spaced(m)
                                    && !self.stop_word(m)
                                    && self
                                        .u
                                        .get(m)
                                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                            })
                    })
            })
        };
        // (`các tuyến đường như Lê Hồng Phong, Nguyễn Văn Cừ`: places in the plural, then
        // `như`, such as, and their names.)
        // (Maybe with up to two words in lower case that say which between: `nhiều tuyến phố
        // trung tâm như Hàng Bài, Tràng Tiền`.)
        let such_as = || {
            k > 1
                && self.such_as_at(k - 1)
                && (0..=2usize)
                    .filter(|&d| d + 2 < k)
                    .filter(|&d| {
                        (k - 1 - d..k - 1).all(|m| {
                            self.spaced(m)
                                && !self.stop_word(m)
                                && self.u.get(m).is_some_and(|x| {
                                    x.kind == TokenKind::Syllable && !x.capitalized()
                                })
                        })
                    })
                    .filter_map(|d| self.h.ends_at(k - 1 - d, EntryKind::PlaceWord, 3))
                    .any(|s| {
                        s > 0
                            && self.folded(s - 1).is_some_and(|w| {
                                matches!(w.as_str(), "cac" | "nhung" | "tuyen" | "nhieu")
                            })
                            && self.folded(s).is_some_and(|w| w != "nha")
                    })
        };
        // (`đoạn từ Thụy Khuê đến Văn Cao`: a stretch of a road, from one street to another.)
        // (Or a route between two places of two words each, named bare: `tuyến số 8 từ Sơn
        // Đồng đến Mai Dịch`.)
        let two = |m: usize| {
            self.spaced(m)
                && self.capitalized_run(m, 3) == m + 2
                && (m..m + 2).all(|x| self.h.kinds_at(x) & bit(EntryKind::Honorific) == 0)
        };
        let stretch = || {
            let doan = |m: usize| self.folded_is(m, "doan");
            k >= 2
                && match self.canon(k - 1) {
                    Some("từ") => {
                        doan(k - 2)
                            || (two(k)
                                && matches!(self.canon(k + 2), Some("đến" | "tới"))
                                && two(k + 3))
                    }
                    Some("đến" | "tới") => {
                        (k.saturating_sub(8)..k - 2)
                            .any(|s| doan(s) && self.canon(s + 1) == Some("từ"))
                            || (k >= 4 && two(k) && self.canon(k - 4) == Some("từ") && two(k - 3))
                    }
                    _ => false,
                }
        };
        // (`khu Đồng Mít`: an area by its name; in lower case, not the war zones of the
        // resistance, `Khu ủy Khu 10`.)
        static KHU: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("khu").ok().map(|s| s.key()));
        let area = || {
            self.u
                .get(k - 1)
                .is_some_and(|x| x.key.is_some() && x.key == *KHU && !x.capitalized())
        };
        // (`làng chạm bạc Đồng Xâm`, `làng gốm Phù Lãng`: a village, the craft it is known
        // for in one to six words of lower case, then its name: `làng nghề tái chế kim loại
        // Văn Môn`.)
        static LANG: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("làng").ok().map(|s| s.key()));
        let craft_village = || {
            (k.saturating_sub(7)..k.saturating_sub(1)).any(|s| {
                self.u
                    .get(s)
                    .is_some_and(|x| x.key.is_some() && x.key == *LANG)
                    && (s + 1..k).all(|m| {
                        self.spaced(m)
                            && !self.stop_word(m)
                            && self
                                .u
                                .get(m)
                                .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
                    })
            })
        };
        // (`Than Hà Lầm`, `Thép Hòa Phát`, `Xi măng Hà Tiên`: a company named short by what it
        // makes, capitalized, then its place's or its own name.)
        static INDUSTRY: LazyLock<Vec<(u32, ())>> = LazyLock::new(|| {
            let list: Vec<(&str, ())> =
                ["than", "thép", "nhựa", "bia", "sữa", "gạch", "măng", "su"]
                    .into_iter()
                    .map(|w| (w, ()))
                    .collect();
            crate::extract::words::keyed(&list)
        });
        // (The second word of two may be in lower case: `Xi măng`, `Cao su`.)
        let industry = || {
            self.u.get(k - 1).is_some_and(|x| {
                (x.capitalized()
                    || (k >= 2
                        && self.u.get(k - 2).is_some_and(Unit::capitalized)
                        && (crate::normalize::folds_to(x.text, "mang")
                            || crate::normalize::folds_to(x.text, "su"))))
                    && x.gap != Gap::None
                    && x.key
                        .is_some_and(|key| crate::extract::words::find(&INDUSTRY, key).is_some())
            })
        };
        // (`khu gian Đồng Lê - Lạc Sơn`, `tuyến đường sắt Yên Viên - Phả Lại - Hạ Long - Cái
        // Lân`, `đường bay Hà Nội - Côn Đảo`: the stops of a route or a stretch, joined by
        // spaced dashes after the word that names it.)
        let route = || {
            let dash = |m: usize| {
                self.u.get(m).is_some_and(|x| {
                    x.kind == TokenKind::Punctuation && x.is_dash() && x.gap != Gap::None
                }) && self.spaced(m + 1)
            };
            let word = |m: usize| {
                self.u
                    .get(m)
                    .is_some_and(|x| x.key.is_some() && x.capitalized())
            };
            // (The cheap tests first: most names have no dash near.)
            let back = k >= 3 && dash(k - 1) && word(k - 2);
            if !back
                && !(k + 1..k + 5).any(|m| {
                    self.u
                        .get(m)
                        .is_some_and(|x| x.kind == TokenKind::Punctuation && x.is_dash())
                })
            {
                return false;
            }
            let mut s = k;
            let mut dashes = usize::from(!back && dash(self.name_run(k, 3)));
            while s >= 3 && dash(s - 1) && word(s - 2) {
                let mut q = s - 2;
                while q > 0 && s - 1 - q < 3 && word(q - 1) && self.spaced(q) {
                    q -= 1;
                }
                s = q;
                dashes += 1;
            }
            // (Or a line by its number, `tuyến số 2 Nam Thăng Long - Trần Hưng Đạo`, or a bus
            // or metro line, `BRT Kim Mã - Yên Nghĩa`, `tuyến metro Bến Thành - Suối Tiên`.)
            let numbered = || {
                s >= 3
                    && self
                        .u
                        .get(s - 1)
                        .is_some_and(|x| x.kind == TokenKind::Number)
                    && self.folded_is(s - 2, "so")
                    && self.folded_is(s - 3, "tuyen")
            };
            dashes > 0
                && s > 0
                && (self.u.get(s - 1).is_some_and(|x| !x.capitalized())
                    && self.folded(s - 1).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "gian"
                                | "tuyen"
                                | "doan"
                                | "sat"
                                | "toc"
                                | "bay"
                                | "buyt"
                                | "metro"
                                // (An irrigation system by its rivers: `hệ thống Cái Lớn -
                                // Cái Bé`.)
                                | "thong"
                        )
                    })
                    || self.u.get(s - 1).is_some_and(|x| x.text == "BRT")
                    || numbered())
        };
        k > 0
            && (new_place
                || such_as()
                || counted_places()
                || craft_village()
                || stretch()
                || route()
                || area()
                || industry()
                // (Of up to five words: `Khu nhà ở công nhân Kim Chung`.)
                || self
                    .h
                    .ends_at(k, EntryKind::PlaceWord, 5)
                    .is_some_and(|s| !field(s))
                // (Of up to four words: `cửa khẩu quốc tế Xa Mát`.)
                || self
                    .h
                    .ends_at(k, EntryKind::Level, 4)
                    .is_some_and(|s| !field(s))
                // (Or a body named by its place, note `place`: `Đồn Biên phòng Y Tý`, `Huyện
                // ủy Si Ma Cai`; a title that ends there reads its holder apart.)
                // (Not a province's body, `Tỉnh ủy`, `Tỉnh đoàn`, before a name no list knows:
                // `Thường trực Tỉnh ủy Lê Văn Dương`.)
                || (k.saturating_sub(3)..k).any(|s| {
                    self.h.kinds_at(s) & bit(EntryKind::Org) != 0
                        && self.h.at(s).iter().any(|h| {
                            h.kind == EntryKind::Org && h.end == k && self.lex.note(h.note) == "place"
                        })
                        && !(self.canon(s) == Some("tỉnh")
                            && self.h.longest(k, EntryKind::Place).is_none()
                            && self.h.is(k, EntryKind::Surname))
                })
                // `Trường Đảng Cao cấp Nguyễn Ái Quốc`: a place word, its name (capitalized,
                // or after a capital in lower case, as names are written), then the person
                // it is named after.
                // (`Công ty CP đường sắt Hà Thái`: the name after a place word of two words.)
                // (Or words of its standing between: `Khu di tích Quốc gia đặc biệt Kim Liên`.)
                // (Nine words back: `Công ty cổ phần Tập đoàn Đầu tư Phan Đình Phùng`.)
                || (k.saturating_sub(9)..k.saturating_sub(1)).any(|s| {
                    let Some((w, n)) = self.h.longest(s, EntryKind::PlaceWord) else {
                        return false;
                    };
                    // (Not after a level and its listed place, the body's seat: `Đảng ủy xã
                    // Núi Thành Trần Văn Lực`.)
                    // (Nor after a listed place of two words that ends the body's name, then
                    // a whole name of three: `Phó Giám đốc phụ trách kỹ thuật Công ty Điện lực
                    // Bình Định Trần Văn Quang`, no firm named after a person past its place.)
                    if self.h.ends_at(k, EntryKind::Place, 4).is_some_and(|p| {
                        p + 2 <= k
                            && (self.h.ends_at(p, EntryKind::Level, 2).is_some()
                                || (self.h.is(k, EntryKind::Surname)
                                    && self.capitalized_run(k, 4) == k + 3))
                    }) {
                        return false;
                    }
                    // (Not a diocese, named by its seat: `Giám mục Giáo phận Xuân Lộc Giuse
                    // Đinh Đức Đạo` is the bishop.)
                    w < k
                        && !self.lex.note(n).starts_with("by place")
                        // (Nor `nhà` alone, a dynasty's word, at a sentence's start: `Nhà
                        // thư pháp Trần Quang Huy`, the calligrapher; the buildings are
                        // listed, `Nhà lưu niệm`, `Nhà văn hóa`.)
                        && !(w == s + 1 && self.lex.note(n).starts_with("dynasty"))
                        // (`Hồ Ngọc Hà và Kim Lý`: a surname here starts a name; not one
                        // whose place word goes on in lower case, as no name does: `Nông
                        // trường cao su Lộc Thạnh`.)
                        && !(self.h.is(s, EntryKind::Surname)
                            && !(w > s + 1 && self.u.get(s + 1).is_some_and(|x| !x.capitalized())))
                        // (Nor the first word of a longer form of address: `Cầu thủ U-17
                        // Nguyễn Văn Khánh`, `Cầu thủ Việt kiều Đặng Văn Lâm`.)
                        && !self
                            .h
                            .at(s)
                            .iter()
                            .any(|h| h.kind == EntryKind::Honorific && h.end > w)
                        // (Nor a degree between, the holder of a title whose body is
                        // written bare: `Giám đốc Học viện GS.TS Nguyễn Thị Lan`.)
                        && !(w..k).any(|m| self.degree_short_at(m))
                        // (Or in lower case with a code between: `ga ngầm S9 Kim Mã`, not
                        // `cầu thủ Nguyễn Quang Hải`; or a loanword that says what kind of
                        // place: `quán karaoke Hoàng Gia`, `quán bar Lan Anh`.)
                        && (self.u.get(s).is_some_and(Unit::capitalized)
                            // (Or a firm's word in lower case, then what it makes: `công ty
                            // chè Lộc Thạnh`, `trang trại bò sữa Ba Vì`; not before a whole
                            // name: `công ty may Nguyễn Văn An`.)
                            || (w < k
                                && self.lex.note(n) == "firm"
                                && !matches!(self.canon(k + 1), Some("văn" | "thị")))
                            // (Or a school's listed kind: `trường Việt ngữ Lạc Hồng`.)
                            || (w < k
                                && self.h.longest(w, EntryKind::Name).is_some_and(|(ne, nn)| {
                                    ne <= k && self.lex.note(nn).starts_with("Trường")
                                }))
                            || (w..k).any(|m| {
                                self.u.get(m).is_some_and(|x| {
                                    matches!(x.kind, TokenKind::Code | TokenKind::Number)
                                        || loanword(x)
                                })
                            }))
                        && (s + 1..k).all(|m| {
                            self.spaced(m)
                                && self.u.get(m).is_some_and(|x| {
                                    x.capitalized()
                                        || loanword(x)
                                        // (A quantity and its unit in the name: `Trạm biến
                                        // áp 220 kV Lưu Xá`, not a number alone: `tổ dân
                                        // phố 5 Đoàn Văn Hậu`.)
                                        || self.measure_at(m)
                                        || (m > 0 && self.measure_at(m - 1))
                                        // (Or a school's level by its number: `trường cấp 3
                                        // Lê Quý Đôn`.)
                                        || (x.kind == TokenKind::Number
                                            && x.text.len() == 1
                                            && self.canon(m - 1) == Some("cấp"))
                                        // (Or a spaced dash between two fields in capitals
                                        // after a place word in capitals: `Trường Trung cấp
                                        // Kinh tế - Kỹ thuật Phan Bội Châu`.)
                                        || (x.is_dash()
                                            && x.gap != Gap::None
                                            && m + 2 < k
                                            && self.u.get(s).is_some_and(Unit::capitalized)
                                            && self.u.get(m - 1).is_some_and(|y| {
                                                y.kind == TokenKind::Syllable
                                            })
                                            && self.u.get(m + 1).is_some_and(|y| {
                                                y.kind == TokenKind::Syllable && y.capitalized()
                                            })
                                            && self.spaced(m + 1)
                                            && !self.h.is(m + 1, EntryKind::Surname))
                                        // (Or a dash inside a listed kind of school: `Trường
                                        // THCS - THPT Nguyễn Tất Thành`.)
                                        || (x.is_dash()
                                            && self.h.longest(m - 1, EntryKind::Name).is_some_and(
                                                |(ne, nn)| {
                                                    ne > m + 1
                                                        && self.lex.note(nn).starts_with("Trường")
                                                }
                                            ))
                                        || (x.key.is_some()
                                            && !self.stop_word(m)
                                            // (Nor a word in lower case after a listed
                                            // place of two words or more, in capitals, which
                                            // ends the name: `Tỉnh Quảng Nam phạt Nguyễn Văn
                                            // Quang`; not `mỹ nghệ`, `Mỹ phẩm`.)
                                            && (x.capitalized()
                                                || !self.u.get(m - 1).is_some_and(Unit::capitalized)
                                                || self.h.ends_at(m, EntryKind::Place, 4).is_none_or(
                                                    |p| {
                                                        p <= s
                                                            || p + 2 > m
                                                            || !(p..m).all(|c| {
                                                                self.u
                                                                    .get(c)
                                                                    .is_some_and(Unit::capitalized)
                                                            })
                                                    },
                                                ))
                                            // (Nor a verb done to the person: `Đồn Biên
                                            // phòng Cầu Treo bắt quả tang Nguyễn Văn Sơn`,
                                            // `TAND TP Hà Nội xét xử Lê Minh Đức`.)
                                            && (x.capitalized() || !self.headline_verb(m))
                                            // (`và` joins words of the name only
                                            // between them: `Công ty TNHH Kiểm toán và
                                            // Tư vấn Nguyễn Trãi`.)
                                            && (self.canon(m) != Some("và")
                                                || (m + 2 < k
                                                    && self
                                                        .u
                                                        .get(m + 1)
                                                        .is_some_and(Unit::capitalized)
                                                    && !self.h.is(m + 1, EntryKind::Surname)))
                                            // `phố mang tên Tráng A Pao`: the person.
                                            && !matches!(x.text, "mang" | "tên"))
                                })
                        })
                        // (Or a few words in lower case that say what kind of body it is:
                        // `Công ty cổ phần Hoàng Long`, `Nhà máy xi măng Lưu Xá`; not after a
                        // level, which lower case makes another word: `Xã hội`.)
                        // (Or a few such words, then the name's own in capitals: `Công ty cổ
                        // phần Địa ốc Lý Thái Tổ`.)
                        && (self.u.get(w).is_some_and(Unit::capitalized)
                            || (self.h.longest(s, EntryKind::Level).is_none()
                                && (k - w <= 3
                                    || (w + 1..=w + 3)
                                        .any(|c| c < k && self.u.get(c).is_some_and(Unit::capitalized)))))
                }))
    }

    /// Whether a number and a short unit of measure in Latin letters start at `m` (`220 kV`,
    /// `1.200 MW`).
    fn measure_at(&self, m: usize) -> bool {
        self.u.get(m).is_some_and(|x| x.kind == TokenKind::Number)
            && self.spaced(m + 1)
            && self.u.get(m + 1).is_some_and(|x| {
                x.kind == TokenKind::Word
                    && (1..=3).contains(&x.text.len())
                    && x.text.bytes().all(|b| b.is_ascii_alphabetic())
            })
    }

    /// Whether a list of places starts at `k`, after a colon that a level word announces
    /// (`Các huyện: Bình Sơn, Sơn Tịnh`, `142 xã thuộc 10 huyện, gồm: Mèo Vạc, Đồng Văn`).
    fn places_announced(&self, k: usize) -> bool {
        let Some(colon) = k.checked_sub(1) else {
            return false;
        };
        self.u.get(colon).is_some_and(|x| x.is(":"))
            && (self.h.ends_at(colon, EntryKind::Level, 3).is_some()
                || (colon > 0
                    && self.canon(colon - 1) == Some("gồm")
                    && (colon.saturating_sub(5)..colon - 1).any(|s| {
                        self.h.longest(s, EntryKind::Level).is_some()
                            && !self.u.get(s).is_some_and(Unit::capitalized)
                    })))
    }

    /// The end of the place that an item of a list of places starting at `i` names: `i`
    /// follows `,` or `và` right after a place (one that `places` ends, or a listed place),
    /// and the words there carry no sign of a person (a form of address, a title, a name of
    /// three words or more that starts with a surname, a middle name `Văn`, `Thị`).
    fn next_place(
        &self,
        i: usize,
        places: &[(usize, usize)],
        at: Option<&Found>,
    ) -> Option<(usize, usize)> {
        let sep = i.checked_sub(1)?;
        if !(self.u.get(sep)?.is(",") || self.canon(sep) == Some("và")) || !self.spaced(i) {
            return None;
        }
        if at.is_some_and(|p| p.honorific.is_some() || p.lead.is_some()) {
            return None;
        }
        // (Places are of two words or more: `Lan` after `Ở Hà Nội,` is a person.)
        let end = self.name_run(i, 4);
        let before = places.iter().find(|p| p.0 == sep).map_or(0, |p| p.1);
        // (A name of three words or more that starts with a surname is a place only inside a
        // list of places, with another name after it: `các phố Đinh Tiên Hoàng, Lê Thái Tổ,
        // Tràng Tiền và Hai Bà Trưng`.)
        let inside = before > 0
            && (self.u.get(end).is_some_and(|x| x.is(",")) || self.canon(end) == Some("và"))
            && self.spaced(end + 1)
            && self.namelike(end + 1);
        // (In a list of streets, whose names are persons' names, every item is a street:
        // `tuyến đường Trần Hưng Đạo, Lê Thái Tổ, Đinh Tiên Hoàng`.)
        let streets = before > 0 && self.street_list_before(sep);
        // (Nor after three places read already, whatever follows: `các phường Hàng Bạc, Hàng
        // Bồ, Hàng Buồm, Hàng Đào, Lý Thái Tổ và một phần …`.)
        // (Where the list goes on or closes: not `…, Phú Quốc, Nguyễn Chí Dũng đề nghị`.)
        let long = before >= 3
            && self.u.get(end).is_none_or(|x| {
                matches!(x.text, "," | ";" | "." | ")") || self.canon(end) == Some("và")
            });
        // The last item of a list of two places or more, or an item that the list goes on
        // after (`Tại huyện Cao Lộc, Nguyễn Bình đã …` is a clause, not a list).
        let list_goes_on = self.u.get(end).is_none_or(|x| {
            matches!(x.text, "," | ";" | "." | "…" | ")" | "...")
                // (Or the unit the places belong to: `Các xã Phan Bội Châu, Nguyễn Du của
                // huyện Nghi Xuân`, `… thuộc huyện …`.)
                || matches!(self.canon(end), Some("và" | "của" | "thuộc"))
                // (Or a spaced dash, the other end of a road's section: `các đoạn Nghi Sơn -
                // Diễn Châu và Cao Bồ - Mai Sơn`.)
                || (x.is_dash() && x.gap == Gap::Space)
        });
        // (In a list of units in the plural, every item is one, though named after someone:
        // `các huyện U Minh, Trần Văn Thời và Ngọc Hiển`.)
        let levels = before > 0 && list_goes_on && self.levels_list_before(sep);
        if end < i + 2
            || (end - i >= 3
                && self.h.is(i, EntryKind::Surname)
                && !inside
                && !streets
                && !long
                && !levels)
        {
            return None;
        }
        if !streets
            && !levels
            && (i + 1..end.saturating_sub(1)).any(|m| matches!(self.canon(m), Some("văn" | "thị")))
        {
            return None;
        }
        let prev_place = before > 0
            || (sep.saturating_sub(4)..sep).any(|s| {
                self.h
                    .at(s)
                    .iter()
                    .any(|h| h.kind == EntryKind::Place && h.end == sep)
                    && self.u.get(s).is_some_and(Unit::capitalized)
            });
        let items = before.max(1) + 1;
        (prev_place && (list_goes_on || items >= 3 || streets)).then_some((end, items))
    }

    /// Whether unit `k` is `như`, such as (its key compared: nothing folded on this
    /// frequent path).
    fn such_as_at(&self, k: usize) -> bool {
        static NHU: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("như").ok().map(|s| s.key()));
        self.u
            .get(k)
            .is_some_and(|x| x.key.is_some() && x.key == *NHU)
    }

    /// Whether the words of the name run after unit `e` are all foreign, no syllable of
    /// ours among them (`Hãng Kyodo`, `Hãng Reuters`).
    #[cold]
    fn foreign_words_after(&self, e: usize) -> bool {
        let run = self.name_run(e, 4);
        run > e + 1
            && (e + 1..run).all(|m| {
                self.u
                    .get(m)
                    .is_some_and(|x| x.key.is_none() && x.kind == TokenKind::Word)
            })
    }

    /// Whether a listed place, body, body's name or place word starts at unit `i` (`xã có tên
    /// Tân Lập`, `người Campuchia Phnom Penh`): no name a cue announces there.
    fn starts_listed_place_or_body(&self, i: usize) -> bool {
        [
            EntryKind::Place,
            EntryKind::Org,
            EntryKind::Name,
            EntryKind::PlaceWord,
        ]
        .into_iter()
        .any(|kind| self.h.longest(i, kind).is_some())
    }

    /// Whether the name `p` right after a title that ends in a lower-case place word (`tòa
    /// nhà`, `chung cư`) is that place's, its holder named apart: a form of address and a
    /// name after the comma that closes it, or a person found before the comma that opens
    /// the title.
    fn building_named_apart(&self, p: &Found, titles: &[title::Found], out: &[Found]) -> bool {
        let Some(t) = titles.iter().find(|t| t.end == p.start) else {
            return false;
        };
        let place_word = self
            .h
            .ends_at(p.start, EntryKind::PlaceWord, 3)
            .is_some_and(|s| s > t.start && self.u.get(s).is_some_and(|x| !x.capitalized()));
        // (Not a level, whose holder a name after it is: `Chủ tịch UBND huyện Nguyễn Văn
        // Hùng, ông Lê Văn Sơn`.)
        if !place_word
            || self.h.ends_at(p.start, EntryKind::Level, 3).is_some()
            || !self.u.get(p.end).is_some_and(|x| x.is(","))
        {
            return false;
        }
        let holder_after = self
            .h
            .longest(p.end + 1, EntryKind::Honorific)
            .is_some_and(|(he, _)| self.person_name_at(he));
        let holder_before = t.start > 0
            && self.u.get(t.start - 1).is_some_and(|x| x.is(","))
            && out.iter().any(|q| q.end + 1 == t.start);
        holder_after || holder_before
    }

    /// Whether unit `i`, one word of Latin letters that is no syllable, ends the name of a
    /// firm that a title right before it holds, after a foreign place, at the clause's end
    /// (`Công ty Nhập khẩu Trái cây Seoul Fresh,`).
    fn firm_name_past_place(&self, i: usize, titles: &[title::Found]) -> bool {
        self.u
            .get(i)
            .is_some_and(|x| x.kind == TokenKind::Word && x.key.is_none())
            && self
                .u
                .get(i + 1)
                .is_none_or(|x| matches!(x.text, "," | "." | ";" | ")"))
            && self.h.ends_at(i, EntryKind::Place, 3).is_some()
            && titles.iter().any(|t| {
                t.end == i
                    && t.org.is_some_and(|(a, _)| {
                        self.h
                            .longest(a, EntryKind::PlaceWord)
                            .is_some_and(|(_, n)| self.lex.note(n).starts_with("firm"))
                    })
            })
    }

    /// Whether the words in lower case before unit `i` (one to six syllables, no level, no
    /// form of address) name the trade of a firm, a cooperative or a shop whose word of kind
    /// comes first: `Hợp tác xã khai thác hải sản` before `Đồng Tâm`, `Công ty cổ phần`
    /// before `Nguyễn Kim`, `sàn giao dịch tiền số` before `Hoàng Gia`.
    fn trade_before(&self, i: usize) -> bool {
        let lower = |m: usize| {
            self.u
                .get(m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized() && x.gap == Gap::Space)
                && self.h.kinds_at(m) & (bit(EntryKind::Level) | bit(EntryKind::Honorific)) == 0
                // (No function word or verb: `Công ty vừa bàn giao nhà mới Nguyễn Văn An`; but
                // `và` between two trades, `xây dựng và thương mại`.)
                && (!self.stops_name(m) || (self.canon(m) == Some("và") && m + 1 < i))
        };
        // (The cheap test first: this is asked at every plain name.)
        if i < 2 || !lower(i - 1) {
            return false;
        }
        let Some(m) = (1..=6)
            .map(|d| i - d)
            .take_while(|&m| m > 0)
            .find(|&m| !lower(m - 1))
        else {
            return false;
        };
        // (The kind's word capitalized right before them, or in lower case among them with
        // one trade word after it at least: `sàn giao dịch tiền số Hoàng Gia`; or right
        // before the trade's first word in capitals: `Tổng công ty Đầu tư xây dựng và thương
        // mại Anh Phát`.)
        let first = m - usize::from(self.u.get(m - 1).is_some_and(Unit::capitalized));
        (m.saturating_sub(4)..i - 1).any(|s| {
            self.h.kinds_at(s) & bit(EntryKind::PlaceWord) != 0
                && (s >= m || self.u.get(s).is_some_and(Unit::capitalized))
                && self.h.at(s).iter().any(|h| {
                    h.kind == EntryKind::PlaceWord
                        && (first..i).contains(&h.end)
                        && self.lex.note(h.note).starts_with("firm")
                })
        })
    }

    /// The first word before the list that a comma or `và` at `sep` goes on, going back over
    /// its items (capitalized words, commas, `và`; sixteen units at most).
    fn before_list(&self, sep: usize) -> Option<usize> {
        (1..=16).filter_map(|d| sep.checked_sub(d)).find(|&m| {
            !(self.u.get(m).is_some_and(|x| x.capitalized() || x.is(","))
                || self.canon(m) == Some("và"))
        })
    }

    /// Whether the list that a comma or `và` at `sep` goes on is of administrative units in
    /// the plural: going back over its items (capitalized words, commas, `và`), the first
    /// other word ends a level in lower case after `các`, `những` or a count (`các huyện U
    /// Minh, Trần Văn Thời`, `3 xã Tân Thành, Nguyễn Văn Trỗi`).
    fn levels_list_before(&self, sep: usize) -> bool {
        self.before_list(sep)
            .and_then(|m| self.h.ends_at(m + 1, EntryKind::Level, 2))
            .is_some_and(|s| {
                s > 0
                    && self.u.get(s).is_some_and(|x| !x.capitalized())
                    && (matches!(self.canon(s - 1), Some("các" | "những"))
                        || self
                            .u
                            .get(s - 1)
                            .is_some_and(|x| x.kind == TokenKind::Number))
            })
    }

    /// Whether the list that a comma or `và` at `sep` goes on is of streets: going back over
    /// its items (capitalized words, commas, `và`), the first other word is `đường`, `phố`
    /// in the plural (`tuyến đường Trần Hưng Đạo, Lê Thái Tổ`, `các phố Hàng Bài, Lý
    /// Thường Kiệt`).
    fn street_list_before(&self, sep: usize) -> bool {
        self.before_list(sep)
            // (Past `như`, such as: `các tuyến đường như Lê Hồng Phong, Nguyễn Văn Cừ`.)
            // (And up to two words in lower case that say which: `nhiều tuyến phố trung tâm
            // như Hàng Bài, Tràng Tiền, Đinh Tiên Hoàng`.)
            .map(|m| {
                if m > 0 && self.such_as_at(m) {
                    (m.saturating_sub(3)..m)
                        .rev()
                        .take_while(|&p| {
                            p + 1 == m
                                || self.u.get(p + 1).is_some_and(|x| {
                                    x.kind == TokenKind::Syllable && !x.capitalized()
                                })
                        })
                        .find(|&p| {
                            self.folded(p)
                                .is_some_and(|w| matches!(w.as_str(), "duong" | "pho" | "lo"))
                        })
                        .unwrap_or(m - 1)
                } else {
                    m
                }
            })
            .is_some_and(|m| {
                self.folded(m)
                    .is_some_and(|w| matches!(w.as_str(), "duong" | "pho" | "lo"))
                    && self.u.get(m).is_some_and(|x| !x.capitalized())
                    // (Streets in the plural: not `Tại phố Huế, Nguyễn Văn An và …`, a
                    // place, then the clause's persons.)
                    && m > 0
                    && self.folded(m - 1).is_some_and(|w| {
                        matches!(w.as_str(), "tuyen" | "cac" | "nhung" | "nhieu" | "cung")
                    })
            })
    }

    /// Whether the form of address at `a..he` is a bishop's (`Giám mục`, `Tổng Giám mục`) or
    /// Our Lady's (`Đức Mẹ`) and the name `p` after it a listed place, its see or shrine.
    #[cold]
    fn named_by_see(&self, a: usize, he: usize, p: &Found) -> bool {
        let see = he >= a + 2 && self.folded_is(he - 2, "giam") && self.folded_is(he - 1, "muc");
        let shrine = he == a + 1
            && a > 0
            && self.folded_is(a, "me")
            && self.folded_is(a - 1, "duc")
            && self.u.get(a - 1).is_some_and(Unit::capitalized);
        (see || shrine)
            && self
                .h
                .longest(p.start, EntryKind::Place)
                .is_some_and(|(e, _)| e == p.end)
    }

    /// Whether a place-word of a memorial (note `memorial`: `Tượng đài`, `Đền thờ`, `Nhà
    /// lưu niệm`) ends right before unit `i`, or before `các` there (`Đài tưởng niệm các
    /// Anh hùng liệt sĩ Bắc Sơn`, a memorial to the fallen of a district).
    fn memorial_before(&self, i: usize) -> bool {
        let mut i = i;
        if i >= 2 && self.canon(i - 1) == Some("hùng") && self.canon(i - 2) == Some("anh") {
            i -= 2;
        }
        if i > 0 && matches!(self.canon(i - 1), Some("các" | "những")) {
            i -= 1;
        }
        (i.saturating_sub(3)..i).any(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::PlaceWord
                    && h.end == i
                    && self.lex.note(h.note).contains("memorial")
            })
        })
    }

    /// Whether the name at `i` is the second street of a junction: after a place read up to
    /// a dash (`Nguyễn Văn Linh - Nguyễn Hữu Thọ`), or up to `và` when a word of a junction
    /// or a corner comes a few words before (`góc đường Trần Hưng Đạo và Nguyễn Văn Cừ`).
    fn second_street(&self, i: usize, places: &[(usize, usize)]) -> bool {
        let Some(sep) = i.checked_sub(1) else {
            return false;
        };
        // (Or after a street named by a day or a number: `ngã tư đường 3/2 - Lê Hồng Phong`.)
        let numbered_street = || {
            sep >= 2
                && self
                    .u
                    .get(sep - 1)
                    .is_some_and(|x| x.kind == TokenKind::Number)
                && (self.folded_is(sep - 2, "duong") || self.folded_is(sep - 2, "pho"))
        };
        if !self.spaced(i)
            || !self.namelike(i)
            || !(places.iter().any(|p| p.0 == sep)
                || (self.u.get(sep).is_some_and(Unit::is_dash) && numbered_street()))
        {
            return false;
        }
        if self
            .u
            .get(sep)
            .is_some_and(|x| x.is_dash() && x.gap != Gap::None)
        {
            return true;
        }
        self.canon(sep) == Some("và")
            && (sep.saturating_sub(6)..sep).any(|s| {
                self.u
                    .get(s)
                    .and_then(|x| x.key)
                    .is_some_and(|k| JUNCTIONS.iter().any(|&(a, _)| a == k))
                    && self.h.longest(s, EntryKind::PlaceWord).is_some()
            })
    }

    /// Whether unit `k` starts a listed body, level, name or place (`Trung ương`, `Hà Nội`,
    /// `Lâm Đồng`): not a person's name.
    fn listed_not_name(&self, k: usize, run: usize) -> bool {
        self.h.at(k).iter().any(|h| {
            h.end <= run
                && matches!(
                    h.kind,
                    EntryKind::Org
                        | EntryKind::Level
                        | EntryKind::Name
                        | EntryKind::Place
                        | EntryKind::PlaceWord
                )
        })
    }

    /// Whether a field of study starts at unit `k` (`Tiến sĩ Luật`, `Bác sĩ Y khoa`,
    /// `Cử nhân Kinh tế`): after a degree, no name.
    fn field_of_study(&self, k: usize) -> bool {
        #[rustfmt::skip]
        const FIELDS: &[&str] = &[
            "luat", "y khoa", "y hoc", "duoc hoc", "kinh te", "van hoc", "su hoc",
            "triet hoc", "toan hoc", "vat ly", "hoa hoc", "sinh hoc", "ngu van", "su pham",
            "quan tri kinh doanh", "chinh tri hoc", "xa hoi hoc", "ngon ngu hoc", "khoa hoc",
            "nong nghiep", "ky thuat", "kien truc", "xay dung", "cong nghe", "tai chinh",
            "ngoai ngu", "lich su", "dia ly", "giao duc", "quan ly", "dieu khien hoc",
            "co khi", "dien tu", "tin hoc", "cong nghe thong tin", "moi truong",
            "thuy loi", "giao thong", "ke toan", "ngan hang", "luat hoc", "bao chi",
            "quan he quoc te", "chinh tri", "hanh chinh", "quan su", "nong hoc", "lam nghiep",
            "thuy san", "y te cong cong", "tam ly hoc", "nhan hoc", "khao co hoc",
            "dong phuong hoc", "van hoa hoc", "my thuat", "am nhac", "kinh doanh",
            "thuong mai", "ngoai thuong", "dia chat", "trac dia", "hang hai", "hang khong",
            "vien thong", "co hoc", "luyen kim", "thu y", "chan nuoi", "phat hoc", "than hoc",
            "trong trot", "lam sinh", "thong ke", "kiem toan", "tai nguyen", "sinh thai",
            "han nom", "nho hoc", "ngon ngu", "van hoa", "dan toc hoc",
        ];
        let word = |i: usize| {
            self.u
                .get(i)
                .filter(|x| x.key.is_some() && (i == k || x.gap == Gap::Space))
                .map(|x| crate::normalize::fold_lower(x.text))
        };
        let Some(first) = word(k) else { return false };
        let two = word(k + 1).map(|w| format!("{first} {w}"));
        let three = two
            .as_ref()
            .and_then(|t| word(k + 2).map(|w| format!("{t} {w}")));
        [Some(first), two, three]
            .iter()
            .flatten()
            .any(|p| FIELDS.contains(&p.as_str()))
    }

    /// Past the words that describe a profession's holder before the name (form of address
    /// `n` ends at `e`): a woman (`nhà khoa học nữ Nguyễn Thị Kim Ngân`), a nationality
    /// (`Giáo sư người Mỹ Drew Weissman`).
    fn past_descriptors(&self, mut e: usize, n: u32) -> usize {
        if address(self.lex.note(n)) {
            // (And a second form of address, capitalized, before the name: `ông Shark Phạm
            // Thanh Hưng`.)
            return self
                .h
                .longest(e, EntryKind::Honorific)
                .filter(|&(he, hn)| {
                    // (Not a surname that is also one: `ông Ông Văn Dũng`.)
                    address(self.lex.note(hn))
                        && !self.h.is(e, EntryKind::Surname)
                        && self.spaced(e)
                        && self.u.get(e).is_some_and(Unit::capitalized)
                        && self.spaced(he)
                        && self.namelike(he)
                })
                .map_or(e, |(he, _)| he);
        }
        let word = |k: usize, w: &str| {
            self.spaced(k)
                && self
                    .u
                    .get(k)
                    .is_some_and(|x| !x.capitalized() && crate::normalize::folds_to(x.text, w))
        };
        if word(e, "nu") {
            e += 1;
        }
        // (And a word of praise, of age or of the cause, before a name of any form, a pen
        // name too: `nhà thơ yêu nước Nguyễn Đình Chiểu`, `nhà báo lão thành Hữu Thọ`, `nhà
        // thơ cách mạng Tố Hữu`, `nhạc sĩ tài hoa Văn Cao`.)
        const EPITHETS: &[(&str, &str)] = &[
            ("lao", "thanh"),
            ("noi", "tieng"),
            ("yeu", "nuoc"),
            ("tai", "hoa"),
            ("tai", "danh"),
            ("lung", "danh"),
            ("ky", "cuu"),
            ("gao", "coi"),
            ("cach", "mang"),
        ];
        if EPITHETS.iter().any(|&(a, b)| word(e, a) && word(e + 1, b))
            && self.spaced(e + 2)
            && self.namelike(e + 2)
        {
            e += 2;
        }
        // (And the games an athlete plays, before the name: `vận động viên Paralympic Lê
        // Văn Công`, `Vận động viên Olympic Hoàng Xuân Vinh`.)
        if self.spaced(e)
            && self.spaced(e + 1)
            && self.u.get(e).is_some_and(|x| {
                x.kind == TokenKind::Word
                    && matches!(
                        x.text,
                        "Paralympic" | "Olympic" | "Paralympics" | "Olympics" | "ASIAD" | "Asiad"
                    )
            })
            && self.namelike(e + 1)
            // (Not the games' edition: `nhà vô địch Paralympic Rio 2016`.)
            && self.spaced(e + 2)
            && self.namelike(e + 2)
        {
            e += 1;
        }
        if word(e, "nguoi")
            && let Some((pe, _)) = self.h.longest(e + 1, EntryKind::Place)
            && self.spaced(e + 1)
            && self.spaced(pe)
            && self.namelike(pe)
        {
            e = pe;
        }
        // (And the newspaper of a profession: `phóng viên Tuổi Trẻ Nguyễn Văn An`.)
        if let Some((ne, note)) = self.h.longest(e, EntryKind::Name)
            && self.lex.note(note).starts_with("Báo")
            && self.spaced(e)
            && self.spaced(ne)
            && self.namelike(ne)
        {
            e = ne;
        }
        // (And the club or team a coach or a player is of, by its kind and its place, before
        // the name: `HLV trưởng CLB Hà Nội Daiki Iwamasa`, `cầu thủ CLB Nam Định Nguyễn Văn
        // Vĩ`.)
        if let Some((we, _)) = self.h.longest(e, EntryKind::PlaceWord)
            && self.spaced(e)
            && self.u.get(e).is_some_and(Unit::capitalized)
            && self.spaced(we)
            && let Some((pe, _)) = self.h.longest(we, EntryKind::Place)
            && self.spaced(pe)
            && (self.foreign_name_run(pe)
                || (self.h.is(pe, EntryKind::Surname) && self.person_name_at(pe)))
        {
            return pe;
        }
        // (And the profession's field in one or two words of lower case, before a full name
        // that starts with a surname: `Cô giáo mầm non Nguyễn Thị Thúy Hằng`, `Bác sĩ nhi
        // khoa Nguyễn Văn Bình`; no verb, function word, office or body among them.)
        const OFFICE: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Org)
            | bit(EntryKind::Level)
            | bit(EntryKind::Honorific);
        let field = |m: usize| {
            self.spaced(m)
                && self.u.get(m).is_some_and(|x| {
                    x.kind == TokenKind::Syllable && !x.capitalized() && !linking(x)
                })
                && !self.stops_name(m)
                && !self.speech_verb(m)
                && self.h.kinds_at(m) & OFFICE == 0
        };
        for len in 1..=2 {
            let ne = e + len;
            if (e..ne).all(field)
                && self.spaced(ne)
                && self.h.is(ne, EntryKind::Surname)
                && self.name_run(ne, 4) >= ne + 3
            {
                return ne;
            }
            if !field(ne) {
                break;
            }
        }
        e
    }

    /// Past the degrees, professions and honours written after a form of address, before
    /// the name (`Ông Tiến sĩ Nguyễn Văn Quý`, `Bà Bác sĩ Lê Thị Hoa`, `Ông PGS.TS Nguyễn
    /// Văn An`, `cụ Bảng nhãn Trần Văn Quý`): the form of address is the person's.
    /// (Not after a word of kin, `mẹ liệt sĩ Đặng Thùy Trâm`: the martyr's mother; nor a
    /// surname, `Ông Vũ Công Tiến`, though `vũ công` is a dancer.)
    fn past_degrees(&self, i: usize, mut e: usize) -> usize {
        // (Most forms of address have no degree after them.)
        if self.h.kinds_at(e) & bit(EntryKind::Honorific) == 0 {
            return e;
        }
        let folded = |k: usize| {
            self.u
                .get(k)
                .map(|x| crate::fold(x.text, crate::Fold::All).to_ascii_lowercase())
        };
        let addressed = match e - i {
            1 => folded(i).is_some_and(|a| {
                matches!(
                    a.as_str(),
                    "ong" | "ba" | "anh" | "chi" | "co" | "chu" | "cu" | "thay" | "ngai"
                )
            }),
            2 => folded(i).as_deref() == Some("dong") && folded(i + 1).as_deref() == Some("chi"),
            _ => false,
        };
        // (Or an academic title, then a degree written out: `Phó Giáo sư Tiến sĩ Bùi Thị
        // Minh Nguyệt`, `Giáo sư Tiến sĩ khoa học …`.)
        let academic = || {
            self.h.at(i).iter().any(|h| {
                h.kind == EntryKind::Honorific && h.end == e && self.lex.note(h.note) == "academic"
            })
        };
        let addressed = addressed || academic();
        if !addressed {
            return e;
        }
        for _ in 0..3 {
            match self.honorific_at(e) {
                Some((d, n))
                    if d > e
                        && self.spaced(e)
                        && !address(self.lex.note(n))
                        && !self.h.is(e, EntryKind::Surname) =>
                {
                    e = d;
                }
                _ => break,
            }
        }
        e
    }

    /// Whether the capitalized `Ông` at `i` is the surname: inside a clause, after a word in
    /// lower case or a name's last word, before two capitalized syllables and no common
    /// surname first (`Bộ trưởng Bộ Tài chính Ông Thế Vinh`); or anywhere before `Thị`, a
    /// woman's middle name, and one or two more (`Giám đốc Kho bạc Nhà nước tỉnh Ông Thị Kim
    /// Liên`): no man is addressed by a name that starts with it.
    #[cold]
    fn surname_ong(&self, i: usize) -> bool {
        let syllables = |a: usize, b: usize| {
            (a..b).all(|m| {
                self.spaced(m)
                    && self
                        .u
                        .get(m)
                        .is_some_and(|x| x.kind == TokenKind::Syllable && !x.all_caps())
            })
        };
        // (Keys compared, nothing folded: every capitalized form of address asks.)
        static ONG_THI: LazyLock<Vec<(u32, Option<u32>)>> =
            LazyLock::new(|| words::phrase_keys(&["ông thị"]));
        let key = |m: usize| self.u.get(m).and_then(|x| x.key);
        let Some(&(ong, thi)) = ONG_THI.first() else {
            return false;
        };
        if key(i) != Some(ong) {
            return false;
        }
        if key(i + 1) == thi
            && let run = self.capitalized_run(i + 1, 4)
            && (i + 3..=i + 4).contains(&run)
            && syllables(i + 1, run)
        {
            return true;
        }
        i > 0
            && self.spaced(i)
            && self.u.get(i - 1).is_some_and(|x| x.key.is_some())
            && self.capitalized_run(i + 1, 3) == i + 3
            && syllables(i + 1, i + 3)
            && !self.common_surname(i + 1)
            && self.h.longest(i + 1, EntryKind::Place).is_none()
    }

    /// The longest form of address at unit `i` as written: a phrase that starts in lower
    /// case and goes on with a capital is no phrase but a shorter form of address and a
    /// name (`anh Hùng` is someone called Hùng, not `anh hùng`, a hero).
    fn honorific_at(&self, i: usize) -> Option<(usize, u32)> {
        if self.h.kinds_at(i) & bit(EntryKind::Honorific) == 0 {
            return None;
        }
        let lower = !self.u.get(i).is_some_and(Unit::capitalized);
        let found = self.h.at(i).iter().rev().find_map(|h| {
            // (But an honour whose last word is in lower case, capitalized inside as it is
            // written: `21 nghệ nhân Ưu tú`, not a craftsman called Ưu.)
            let honour = || {
                self.lex.note(h.note).starts_with("honour")
                    && h.end > i + 1
                    && self.u.get(h.end - 1).is_some_and(|x| !x.capitalized())
            };
            let written = !lower
                || self
                    .u
                    .get(i + 1..h.end)
                    .is_some_and(|w| !w.iter().any(Unit::capitalized))
                || (h.kind == EntryKind::Honorific && honour());
            (h.kind == EntryKind::Honorific && written).then_some((h.end, h.note))
        })?;
        // `Tòa Giám mục Xuân Lộc`: inside a place word it names the place, not a person; so
        // does one with a capital right after a place word (`Giáo xứ Bác Trạch`, `đường Cô
        // Bắc`), but for the words that say whose it is (`nhà Bà Lan`, `mộ Bà`, `thời Bác`).
        let whose = |s: usize| {
            self.u.get(s).is_some_and(|x| {
                let t = crate::nfc(&x.text.to_lowercase()).into_owned();
                matches!(t.as_str(), "nhà" | "mộ" | "thời" | "họ" | "tư" | "triều")
            })
        };
        // (Nor the first words of a longer place's word: `Nhà văn hóa Nguyễn Văn Cừ`, not the
        // writer `Nhà văn`.)
        if self.h.kinds_at(i) & bit(EntryKind::PlaceWord) != 0
            && self
                .h
                .longest(i, EntryKind::PlaceWord)
                .is_some_and(|(e, _)| e > found.0)
        {
            return None;
        }
        let in_place = (i.saturating_sub(3)..i).any(|s| {
            self.h
                .longest(s, EntryKind::PlaceWord)
                .is_some_and(|(e, _)| e > i || (e == i && !lower && !whose(s)))
        });
        // (Nor `cụ` as the second word of a tool's name: `nhạc cụ Chăm`, `dụng cụ`, `ngư cụ`.)
        if lower
            && i > 0
            && self
                .u
                .get(i)
                .is_some_and(|x| crate::normalize::folds_to(x.text, "cu"))
            // (With their marks: `cõng cụ bà` carries someone.)
            && self.u.get(i - 1).is_some_and(|x| {
                let w = crate::nfc(&x.text.to_lowercase()).into_owned();
                ["nhạc", "dụng", "công", "khí", "ngư", "nông", "học", "y"].contains(&w.as_str())
            })
        {
            return None;
        }
        // (Nor `anh` of `quyền anh`, boxing: `Vận động viên quyền anh Hà Thị Linh`.)
        if lower
            && i > 0
            && self.u.get(i).is_some_and(|x| x.text == "anh")
            && self
                .u
                .get(i - 1)
                .is_some_and(|x| crate::normalize::folds_to(x.text, "quyen"))
        {
            return None;
        }
        // (Nor `Ông` capitalized inside a clause before a name of two words with no common
        // surname: the surname Ông, `Bộ trưởng Bộ Tài chính Ông Thế Vinh`, `và Ông Văn Nhân`; a
        // form of address comes before a whole name or a given name alone.)
        if !lower && found.0 == i + 1 && self.surname_ong(i) {
            return None;
        }
        // (`Hội Nghệ sĩ Sân khấu`, `Hội Nhà báo`, `Hội Luật gia`: the members an association is
        // named by, not a form of address.)
        if i > 0 && self.canon(i - 1) == Some("hội") && !lower {
            return None;
        }
        // (Nor with its capital after a house's number, a street named after someone: `về 310
        // Bà Triệu`, `số 12 Ông Ích Khiêm`.)
        // (Or after a building's foreign word: `Vincom Center Bà Triệu`.)
        if !lower
            && i > 0
            && self.spaced(i)
            && self.u.get(i - 1).is_some_and(|x| {
                (x.kind == TokenKind::Number && x.text.bytes().all(|b| b.is_ascii_digit()))
                    || matches!(
                        x.text,
                        "Center" | "Centre" | "Plaza" | "Mall" | "Tower" | "Towers" | "Building"
                    )
            })
        {
            return None;
        }
        // (Nor `Anh`, England, after its language, people or country, or inside a school's
        // name: `tiếng Anh`, `người Anh`, `Trường Quốc tế Anh Việt`.)
        if !lower
            && i > 0
            && self
                .u
                .get(i)
                .is_some_and(|x| crate::normalize::folds_to(x.text, "anh"))
            && self.u.get(i - 1).is_some_and(|x| {
                ["tieng", "nguoi", "nuoc", "te"]
                    .iter()
                    .any(|w| crate::normalize::folds_to(x.text, w))
            })
        {
            return None;
        }
        // (Nor with its capital after the goods a brand sells, the brand named after someone:
        // `Cà phê Ông Bầu`, `Gạo Bà Năm`, `Sữa đặc Ông Thọ`, `Quán Bà Tư`.)
        // (Not `Bác Hồ`, whose pond it is: `Ao cá Bác Hồ`.)
        if !lower && self.goods_before(i) && !self.folded_is(i, "bac") {
            return None;
        }
        // (`bé`, a child, is also `small` and the noun of `cậu bé`, `đứa bé`: `nhỏ bé`, `em
        // bé`, `cậu bé Mỹ`, the American boy.)
        static BE: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("bé").ok().map(|s| s.key()));
        let small = lower
            && i > 0
            && self
                .u
                .get(i)
                .is_some_and(|x| x.key.is_some() && x.key == *BE)
            && self.u.get(i - 1).is_some_and(|x| {
                let t = crate::nfc(&x.text.to_lowercase()).into_owned();
                matches!(
                    t.as_str(),
                    "nhỏ"
                        | "em"
                        | "rất"
                        | "quá"
                        | "hơi"
                        | "còn"
                        | "cậu"
                        | "cô"
                        | "đứa"
                        | "thằng"
                        | "con"
                )
            });
        // (The keys of `bạn`, `sơ` and `Hồi`, for the three tests below.)
        static KEYS: LazyLock<[Option<u32>; 3]> = LazyLock::new(|| {
            ["bạn", "sơ", "Hồi"].map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
        });
        let key_is =
            |m: usize, k: Option<u32>| self.u.get(m).is_some_and(|x| x.key.is_some() && x.key == k);
        // (`bạn`, a friend, before a country is its people: `các bạn Lào`, `bạn Cuba`.)
        let friends = found.0 == i + 1
            && key_is(i, KEYS[0])
            && self
                .h
                .longest(i + 1, EntryKind::Place)
                .is_some_and(|(_, n)| self.lex.note(n).starts_with("country"));
        // (`Sơ`, a sister, only capitalized: not `sơ` of `Hồ sơ Trên cơ sở …`; a cleric is
        // no faith's: `các giáo sĩ Hồi giáo`.)
        // (Nor capitalized right after a body's listed field, a place in the Central
        // Highlands: `Công ty TNHH MTV Lâm nghiệp Sơ Pai`.)
        let not_sister = found.0 == i + 1
            && key_is(i, KEYS[1])
            && (lower || self.h.ends_at(i, EntryKind::Name, 4).is_some());
        let faith = key_is(found.0, KEYS[2]) && self.folded_is(found.0 + 1, "giao");
        (!in_place && !small && !friends && !not_sister && !faith).then_some(found)
    }

    /// Where a school's name ends when the kinds of school that a run of capitalized words
    /// from `i` to `e` starts (`Trường Tiểu học`) go on past `e` as one listed name
    /// (`Tiểu học và THCS`): past that name and the school's own after it.
    #[cold]
    fn school_kinds_past(&self, i: usize, e: usize) -> Option<usize> {
        let ne = (i + 1..e).find_map(|m| {
            self.h
                .longest(m, EntryKind::Name)
                .filter(|&(ne, note)| ne > e && self.lex.note(note).starts_with("Trường"))
                .map(|(ne, _)| ne)
        })?;
        Some(self.name_run(ne, 4).max(ne))
    }

    /// A person starting at unit `i` (after a form of address, or at the name itself).
    fn person_at(&self, i: usize, titles: &[title::Found]) -> Option<Found> {
        let found = |start, end, honorific| Found {
            start,
            end,
            honorific,
            lead: None,
            titles: Vec::new(),
            shared: None,
        };
        // A preposition that opens the sentence starts no name: `Theo Tuổi Trẻ Online, …`
        // (the name, if any, is after it).
        if i == 0
            && matches!(
                self.canon(i),
                Some("theo" | "tại" | "với" | "về" | "trong" | "cùng" | "khi" | "để" | "vì")
            )
            && !self.u.get(i).is_some_and(Unit::all_caps)
        {
            return None;
        }
        if self.troupe_at(i) {
            return None;
        }
        // (Nor a name right after `Tân` capitalized that starts no office: `Tân` (new) is a
        // modifier before a role, `tân Chủ tịch`; before a name it is the first word of a
        // longer one, `Tập đoàn Tân Hoàng Minh`.)
        static TAN: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("tân").ok().map(|s| s.key()));
        if i > 0
            && self.h.kinds_at(i - 1) & bit(EntryKind::Modifier) != 0
            && self
                .u
                .get(i - 1)
                .is_some_and(|x| x.key.is_some() && x.key == *TAN && x.capitalized())
            && self.spaced(i)
            && self.h.kinds_at(i)
                & (bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Honorific))
                == 0
            // (Not the last word of a place: `Chủ tịch UBND huyện Phú Tân Nguyễn Thanh Tuấn`;
            // nor of an unlisted one, after a capital: `Công ty Nhiệt điện Vĩnh Tân Nguyễn Văn
            // Dũng`.)
            && self.h.ends_at(i, EntryKind::Place, 4).is_none()
            && !(i >= 2
                && self.spaced(i - 1)
                && self
                    .u
                    .get(i - 2)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized()))
        {
            return None;
        }
        // (Nor a brand's name of two words or one after a dish or goods it sells: `chả cá
        // Lã Vọng`, `bánh mì Huỳnh Hoa`; its owner's is a person's, `chủ quán Nguyễn Quang
        // Tâm`.)
        if self.goods_before(i)
            && self.h.kinds_at(i) & bit(EntryKind::Honorific) == 0
            && self.u.get(i - 1).is_some_and(|x| !x.capitalized() || i > 1)
            && self.capitalized_run(i, 4) <= i + 2
            && !(i.saturating_sub(4)..i).any(|m| self.canon(m) == Some("chủ"))
        {
            return None;
        }
        // `Nguyên soái Liên Xô Dmitry Ustinov`, `Đại tướng Mỹ Mark Milley`: after a rank, the
        // country whose rank it is, then a foreign name (a rank takes no body).
        if self.h.kinds_at(i) & bit(EntryKind::Place) != 0
            && titles.iter().any(|t| t.end == i && t.rank)
            && let Some((pe, n)) = self.h.longest(i, EntryKind::Place)
            && self.lex.note(n).starts_with("country")
            && self.spaced(pe)
            && self.foreign_name_run(pe)
        {
            let run = self.name_run(pe, 4);
            if run > pe {
                return Some(found(pe, run, None));
            }
        }
        // `V.I. Lênin`, `A. N. Kosygin`, `G.K. Giu-cốp`: two initials or more, then a foreign
        // name (a word no Vietnamese syllable spells, or syllables joined by a hyphen), anywhere.
        if let Some((next, count)) = self.initials_run(i)
            && count >= 2
            // (Not a country's initials before a newspaper's name: `U.S. News & World
            // Report`, `U.K. Space Agency`.)
            && !{
                let letters: String = (i..next)
                    .flat_map(|m| self.text_at(m).chars())
                    .filter(char::is_ascii_alphabetic)
                    .collect();
                matches!(letters.as_str(), "US" | "UK" | "UN" | "EU")
            }
            && self.u.get(next).is_some_and(|x| {
                x.kind == TokenKind::Word
                    || (x.kind == TokenKind::Syllable
                        && self
                            .u
                            .get(next + 1)
                            .is_some_and(|y| y.text == "-" && y.gap == Gap::None))
            })
        {
            let run = self.name_run(next, 3);
            if run > next {
                return Some(found(i, run, None));
            }
        }
        // `Ngoại trưởng Ấn Độ S. Jaishankar`: after a title, a foreign name that opens with an
        // initial.
        if let Some(next) = self
            .initial_at(i)
            .filter(|&n| self.u.get(n).is_some_and(|x| x.kind == TokenKind::Word))
            && titles.iter().any(|t| t.end == i)
        {
            let run = self.name_run(next, 3);
            if run > next {
                return Some(found(i, run, None));
            }
        }
        // After a form of address: `đồng chí Phạm Ngọc Thưởng`, `ông Thưởng`.
        if let Some((e, n, he)) = self.honorific_at(i).map(|(e, n)| {
            let he = self.past_descriptors(e, n);
            (self.past_degrees(i, he), n, he)
        })
            // `Cầu Thủ Thiêm 2`: a profession of two words is written with one capital; two,
            // then no surname, are a name's (here a bridge's), not `cầu thủ`.
            && !(self.lex.note(n) == "profession"
                && self.u.get(i + 1).is_some_and(|x| {
                    x.key.is_some() && x.capitalized() && !x.all_caps()
                })
                && self.u.get(i).is_some_and(Unit::capitalized)
                && self.honorific_at(i).is_some_and(|(he, _)| he == i + 2)
                && !self.h.is(i + 2, EntryKind::Surname))
            // `P.Cô Giang`: a ward's name after its level, not a person. (Not a level that
            // takes no place: `khai trừ ra khỏi Đảng đồng chí A`.)
            && self
                .h
                .ends_at(i, EntryKind::Level, 2)
                .is_none_or(|s| !self.place_level(s))
            // `Hoàng hậu Vương quốc Hà Lan`: a state, not a name.
            && self.state_name(e).is_none()
            // `Giáo tông Cao Đài Tây Ninh`: a religion and its see, not a name; nor a sport
            // after its players, `võ sĩ Boxing`, `vận động viên Kickboxing`; nor a genre
            // after its artists, `nghệ sĩ K-pop`.
            && self
                .h
                .longest(e, EntryKind::NotTitle)
                .is_none_or(|(_, n)| !matches!(self.lex.note(n), "religion" | "sport" | "genre"))
            // `doanh nhân Việt`, `họa sĩ Việt`: Vietnamese, after a people's noun that is no
            // form of address, not a given name alone.
            && (address(self.lex.note(n)) || !self.viet_alone(e))
            // (Nor a troupe: `diễn viên Đoàn Xiếc Hà Nội`.)
            && !self.troupe_at(e)
            && (self.namelike(e) || self.initial(e))
            && self.spaced(e)
            // (Nor a numbered ward or district, in words: `đảng viên Quận 10`, `cử tri Phường
            // 5`; not an initial, `cháu P. 14 tuổi`.)
            && !(self.h.is(e, EntryKind::Level)
                && self.u.get(e).is_some_and(|x| x.key.is_some())
                && self.spaced(e + 1)
                && self
                    .u
                    .get(e + 1)
                    .is_some_and(|x| x.kind == TokenKind::Number))
            // `phu nhân Thủ tướng Võ Văn Kiệt`: a title, then the name.
            && !titles.iter().any(|t| t.start == e)
            // (`các đồng chí Trưởng, Phó các phòng`: offices of a class after a plural form of
            // address, no one's name.)
            && !((matches!(self.canon(i), Some("các" | "những"))
                || (i > 0 && matches!(self.canon(i - 1), Some("các" | "những"))))
                && self.h.kinds_at(e) & (bit(EntryKind::Role) | bit(EntryKind::Prefix)) != 0
                && !(self.h.is(e, EntryKind::Surname)
                    && self.spaced(e + 1)
                    && self.u.get(e + 1).is_some_and(Unit::capitalized)))
            // `phóng viên Báo Lao Động`: a body and its name, not a person's name (unless a
            // surname: `ông Đoàn Văn Hậu`; `ông Trường nói` is a given name).
            // `Tiến sĩ Luật`, `Cử nhân Kinh tế`: a degree and its field.
            // (`phóng viên Tuổi Trẻ`, `phóng viên VTV`, `Đại tá TSKH`: a profession, then a
            // listed body's name or abbreviation that is the whole run: not a name. After a
            // form of address, letters are someone's initials: `ông TT`.)
            && ((address(self.lex.note(n)) && he == e)
                || !(self.field_of_study(e)
                    || [EntryKind::Name, EntryKind::Abbreviation].into_iter().any(|kind| {
                        self.h
                            .longest(e, kind)
                            .is_some_and(|(ne, _)| ne == self.name_run(e, 4))
                    })))
            // (Schools and hospitals are named after people: `Thạc sĩ Trường Hùng` stays.)
            // (Not a place word or a listed name that goes on in lower case past the capitals:
            // `Tổng Giám mục Giáo phận Huế`, `Giám mục Công giáo Việt Nam`; nor a noun that
            // does: `cầu thủ Việt kiều Đặng Văn Lâm`.)
            && [EntryKind::Name, EntryKind::PlaceWord, EntryKind::NotTitle].into_iter().all(|kind| {
                self.h.longest(e, kind).is_none_or(|(ne, _)| {
                    ne <= self.name_run(e, 4).max(e + usize::from(self.initial(e)))
                })
            })
            // (Nor a firm's word before foreign words only: `phóng viên Hãng Kyodo`; a school
            // is named after a person of ours, `Thạc sĩ Trường Hùng`.)
            && !(self.h.kinds_at(e) & (bit(EntryKind::Surname) | bit(EntryKind::PlaceWord))
                == bit(EntryKind::PlaceWord)
                && self.foreign_words_after(e))
            && (self.h.kinds_at(e) & (bit(EntryKind::Surname) | bit(EntryKind::PlaceWord)) != 0
                // (A Korean name whose family name is a body's head: `Ông Ban Ki-moon`.)
                || self.korean_name(e).is_some()
                || self.h.longest(e, EntryKind::Org).is_none_or(|(oe, _)| {
                    !(self.spaced(oe) && self.u.get(oe).is_some_and(Unit::capitalized))
                        // `sĩ quan Công an nhân dân`: a body whose listed name goes on in lower
                        // case past the capitals.
                        && oe <= self.name_run(e, 4)
                }))
            // `nhạc sĩ Việt Nam`: a place, not a name; but one word alone after a form of
            // address of one word is a given name (`bà Nga`: Nga is also Russia; not `đệ
            // nhất phu nhân Mỹ`, the First Lady of the United States).
            // (`ông Hồ Chí Minh`: a place named after the person.)
            // (Nor a place and one word: `Hội Nhạc sĩ Việt Nam Lưu trữ …`.)
            && self.h.longest(e, EntryKind::Place).is_none_or(|(pe, pn)| {
                let run = self.name_run(e, 4);
                (pe < run && run > pe + 1)
                    || self.lex.note(pn).contains("person")
                    // `ca sĩ Mỹ Tâm`, `bác sĩ Đức Anh`: a country of one word and one
                    // Vietnamese syllable after it, a given name of two.
                    || (pe == e + 1
                        && run == e + 2
                        && self.u.get(e + 1).is_some_and(|x| x.kind == TokenKind::Syllable))
                    // (`Ông Jordan Bardella`: a country's name that is also a given name,
                    // then a foreign family name.)
                    || (pe == e + 1
                        && run > pe
                        && self.u.get(e).is_some_and(|x| x.kind == TokenKind::Word)
                        && (pe..run).all(|m| {
                            self.u.get(m).is_some_and(|x| x.kind == TokenKind::Word)
                        }))
                    || (address(self.lex.note(n)) && e == i + 1 && pe == e + 1 && run == e + 1)
                    // `bà Hà Giang`, `ông Thái Bình`: a form of address before exactly a place
                    // of two words that starts with a surname is someone of that name.
                    // (Or the place and one word: `ông Đồng Văn Hệ`, though `Đồng Văn` is a
                    // district.)
                    // (Or a party to a case: `Bị can Đồng Văn Quân`.)
                    // (Or a birth-order name of the South: `Ông Tư Nghĩa`, though `Tư
                    // Nghĩa` is a district.)
                    || ((address(self.lex.note(n)) || self.lex.note(n).starts_with("case"))
                        && pe == e + 2
                        && (run == pe
                            || (run == pe + 1
                                && self.u.get(pe).is_some_and(|x| x.kind == TokenKind::Syllable)))
                        && (self.h.is(e, EntryKind::Surname) || self.birth_order(e)))
                    // (Or any district's name of two words: `Bà Thanh Thủy cho biết`; not a
                    // country's or a region's abroad, `ông Hàn Quốc`.)
                    || (address(self.lex.note(n))
                        && e == i + 1
                        && self.folded(i).is_some_and(|w| {
                            matches!(w.as_str(), "ong" | "ba" | "anh" | "chi" | "co" | "chu")
                        })
                        && pe == e + 2
                        && run == pe
                        && !self.lex.note(pn).starts_with("country")
                        && !self.lex.note(pn).starts_with("city"))
                    // (Or after an honour, a district's of two words as a stage name: `NSƯT
                    // Thanh Xuân`, `NSND Hoàng Mai`.)
                    || (self.lex.note(n).starts_with("honour")
                        && pe == e + 2
                        && run == pe
                        && self.lex.note(pn).starts_with("district"))
                    // (Or after a beauty queen's standing, a district's: `Hoa hậu Thanh Thủy`,
                    // `Người đẹp Thanh Thủy`; not a province's, whose pageant it names, `Hoa
                    // hậu Đà Nẵng`.)
                    || (e == i + 2
                        && matches!(
                            (self.folded(i).as_deref(), self.folded(i + 1).as_deref()),
                            (Some("hoa"), Some("hau" | "khoi"))
                                | (Some("a"), Some("hau"))
                                | (Some("nguoi"), Some("dep"))
                        )
                        && pe == e + 2
                        && run == pe
                        && self.lex.note(pn).starts_with("district"))
                    // (Or after a writer's profession, a city's or a region's of two syllables:
                    // a pen name, `nhà thơ Thanh Hải`, `Thi sĩ Hải Nam`; not of a class, `các
                    // nhà văn Thượng Hải`.)
                    || (e == i + 2
                        && pe == e + 2
                        && run == pe
                        && self.lex.note(pn).starts_with("city")
                        && (e..pe).all(|m| {
                            self.u.get(m).is_some_and(|x| x.kind == TokenKind::Syllable)
                        })
                        && (self.folded_is(i + 1, "tho")
                            || self.folded_is(i + 1, "van")
                            || self.folded_is(i + 1, "si"))
                        && ["nha", "thi", "nu", "nhac"]
                            .iter()
                            .any(|w| self.folded_is(i, w))
                        && !(i > 0 && matches!(self.canon(i - 1), Some("các" | "những"))))
                    // (After a degree too, when the place's second word is the usual middle
                    // name: `tiến sĩ Đồng Văn Hệ`.)
                    || (pe == e + 2
                        && run == pe + 1
                        && self.h.is(e, EntryKind::Surname)
                        && matches!(self.canon(e + 1), Some("văn" | "thị"))
                        && self.u.get(pe).is_some_and(|x| x.kind == TokenKind::Syllable))
            })
            // `Chị NHƯỜNG CHỒNG cho em`: syllables in capitals in a sentence that is not are
            // emphasis; a name in capitals starts with a surname (`ông NGUYỄN VĂN A`).
            // Initials (`chị NTMP`) are no syllables.
            && (self.h.is(e, EntryKind::Surname)
                // (But a reporter's pen name is written in capitals too: `Theo phóng viên
                // NGỌC THẮNG`, `nhà báo HỮU VIỆT`.)
                || (e == i + 2
                    && ((self.folded_is(i, "phong") && self.folded_is(i + 1, "vien"))
                        || (self.folded_is(i, "nha") && self.folded_is(i + 1, "bao")))
                    && self.spaced(e + 1)
                    && self.u.get(e + 1).is_some_and(|x| x.key.is_some() && x.all_caps()))
                || !self.u.get(e).is_some_and(|x| {
                    x.key.is_some() && x.all_caps() && x.text.chars().count() > 1
                }))
        {
            let end = if self.initial(e) {
                // (`ông V. Putin`: one initial, then a foreign surname.)
                let foreign = |m: usize| {
                    self.spaced(m)
                        && self
                            .u
                            .get(m)
                            .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                };
                // (Or several, then the foreign name: `Ông K.P. Sharma Oli`.)
                if let Some((next, _)) = self
                    .initials_run(e)
                    .filter(|&(next, count)| count >= 2 && foreign(next))
                {
                    self.name_run(next, 3)
                } else if self.text_at(e).len() == 2 && foreign(e + 1) {
                    e + 2
                } else {
                    e + 1
                }
            } else {
                // (Ê Đê names run to five words: `Y Thanh Hà Niê Kđăm`.)
                let max = if matches!(self.text_at(e), "Y" | "H" | "H’" | "H'") {
                    5
                } else {
                    4
                };
                self.name_run(e, max)
            };
            // `nhà lãnh đạo Triều Tiên Kim Jong Un`: a country, then the name (one that starts
            // with a surname or a foreign given name).
            // (After a king's title any name: `Vua Hy Lạp Konstantinos II`.)
            let royal = self.lex.note(n).starts_with("royal");
            let (e, end) = match self.h.longest(e, EntryKind::Place) {
                Some((pe, _))
                    if pe < end
                        && self.spaced(pe)
                        && (royal
                            || self.h.kinds_at(pe) & bit(EntryKind::Surname) != 0
                            // (`Tiền đạo Thái Lan Teerasil Dangda`: a foreign word; or one
                            // after a syllable, `tay vợt Trung Quốc Lu Guangzu`.)
                            || (pe..self.name_run(pe, 4))
                                .any(|m| self.u.get(m).is_some_and(|x| x.kind == TokenKind::Word))
                            // (`Tiền đạo Hàn Quốc Son Heung-min`.)
                            || self.korean_name(pe).is_some())
                        && self.namelike(pe)
                        && self.name_run(pe, 4) >= pe + 2 - usize::from(royal) =>
                {
                    (pe, self.name_run(pe, 4))
                }
                _ => (e, end),
            };
            let mut p = found(e, end, None);
            // (`gốc Anh`, `người Anh`: England, no form of address.)
            let country = i > 0
                && self.u.get(i).is_some_and(|x| x.text.starts_with('A'))
                && self.folded_is(i, "anh")
                && (self.folded_is(i - 1, "goc") || self.folded_is(i - 1, "nguoi"));
            if country {
                // (Neither a form of address nor a degree: the holder's origin.)
            } else if address(self.lex.note(n)) {
                p.honorific = Some((i, he));
            } else {
                // A degree or profession (`kỹ sư`, `Tiến sĩ`): not the form of address, but
                // a title may stand before it (`Đại tá, kỹ sư Hoàng Đình Phu`).
                p.lead = Some(i);
            }
            return Some(p);
        }
        // A photo's credit: `Ảnh: Nguyên Bảo`, `Ảnh: P.B` (a caption may run into the next
        // sentence's first word: `Ảnh: Nguyên Bảo Về tình trạng này`).
        if i >= 2
            && self.text_at(i - 1) == ":"
            && self.canon(i - 2) == Some("ảnh")
            && self.u.get(i - 2).is_some_and(Unit::capitalized)
        {
            let initials = self.u.get(i).is_some_and(|x| {
                x.kind == TokenKind::Abbreviation
                    && x.text.contains('.')
                    && x.text.split('.').all(|p| p.chars().count() <= 2)
            });
            if initials {
                return Some(found(i, i + 1, None));
            }
            // Not an agency: `Ảnh: CNN`, `Ảnh: Reuters`, `Ảnh: TTXVN`; nor a body, `Ảnh: Bộ
            // Công an`.
            let body = !self.h.is(i, EntryKind::Surname) && self.org(i).is_some();
            if self.namelike(i) && self.u.get(i).is_some_and(|x| x.key.is_some()) && !body {
                let mut end = self.name_run(i, 4);
                // (A word of the next sentence, not a given name that is also a pronoun where
                // the credit ends: `(Ảnh: Hoàng Anh)`.)
                let closed = |e: usize| {
                    self.u
                        .get(e)
                        .is_none_or(|x| x.kind == TokenKind::Punctuation || x.gap == Gap::Line)
                };
                while end > i + 1 && self.stop_word(end - 1) && !closed(end) {
                    end -= 1;
                }
                return Some(found(i, end, None));
            }
        }
        // The initials of a whole name, as court and police news keeps it short, after a verb
        // or a function word: `đã bắt khẩn cấp L.V.T. (22 tuổi)`, `đối với T.V.H. và L.T.M.`,
        // `là Đ.V.K.`; three or four capitals with their dots that no list knows.
        if i > 0
            && self.u.get(i).is_some_and(|x| {
                x.kind == TokenKind::Abbreviation
                    && (3..=4).contains(&x.text.trim_end_matches('.').split('.').count())
            })
            && self.h.kinds_at(i) == 0
            && self.initial(i)
            && self
                .u
                .get(i - 1)
                .is_some_and(|p| p.key.is_some() && !p.capitalized())
            // (Not the last word of a name in sentence case before them: `Trung tâm Triển lãm
            // Quốc tế I.C.E`, a centre's own name.)
            && !(i >= 2
                && self
                    .u
                    .get(i - 2)
                    .is_some_and(|x| x.key.is_some() && x.capitalized()))
        {
            return Some(found(i, i + 1, None));
        }
        if !self.namelike(i) {
            return None;
        }
        // `Hội đồng họ Mạc Việt Nam`, `ban liên lạc họ Nguyễn Tiên Điền`, `con cháu họ Lê`:
        // after `họ` (a clan) in lower case, a clan's surname and its branch or village, no
        // one's name. (Not `họ tên`, `họ và tên`, a full name's label.)
        if i > 0 && self.clan_before(i) {
            return None;
        }
        // A form of address that did not take the words after it as a name is no part of a
        // name either (`Ông Lâm Đồng Tâm` is not someone called `Ông Lâm Đồng Tâm`).
        // (But the surname Ông: [`Rules::surname_ong`].)
        if self.h.at(i).iter().any(|h| {
            h.kind == EntryKind::Honorific && h.end == i + 1 && address(self.lex.note(h.note))
        }) && !self.surname_ong(i)
        {
            return None;
        }
        // `một người đàn ông tên Khăm Phăn`: a whole name that the sentence says is one, after
        // `tên` (named), whatever its first word; not a place's (`xã có tên Tân Lập`, `phố
        // mang tên …`, `đổi tên`, `đặt tên`), nor a listed place or body.
        if i > 1
            && self.canon(i - 1) == Some("tên")
            && self.spaced(i)
            && self.u.get(i - 1).is_some_and(|x| !x.capitalized())
            && (self.u.get(i - 2).is_some_and(|x| {
                x.key.is_some()
                    && !x.capitalized()
                    && !matches!(
                        crate::fold(x.text, crate::Fold::All).as_ref(),
                        "mang" | "co" | "doi" | "dat" | "lay" | "ghi" | "ten" | "voi"
                    )
                    // (Nor a pet's or a beast's: `Mèo tam thể tên Mimi`.)
                    && !self.beast_before(i - 1)
            })
                // (Or after the country of a person: `một người Trung Quốc tên Wang
                // Jianguo`, `người Lào tên Thongchanh`.)
                || self.h.ends_at(i - 1, EntryKind::Place, 3).is_some_and(|s| {
                    s > 0
                        && self.folded_is(s - 1, "nguoi")
                        && self
                            .h
                            .longest(s, EntryKind::Place)
                            .is_some_and(|(_, n)| self.lex.note(n).starts_with("country"))
                }))
            && !self.h.is(i, EntryKind::Surname)
        {
            let run = self.name_run(i, 4);
            // (One word of Latin letters, no syllable, is a whole foreign name there:
            // `người Lào tên Thongchanh`.)
            let foreign = run == i + 1
                && self
                    .u
                    .get(i)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.key.is_none() && !x.all_caps());
            let listed = self.starts_listed_place_or_body(i);
            if (run >= i + 2 || foreign) && !listed {
                return Some(found(i, run, None));
            }
        }
        // `Học viên người Campuchia Sok Chanthy`: a whole name right after a person's
        // country (`người` and a listed country), whatever its words.
        if i > 2
            && self.spaced(i)
            && self.h.ends_at(i, EntryKind::Place, 3).is_some_and(|s| {
                s > 1
                    && self.folded_is(s - 1, "nguoi")
                    && self.u.get(s - 1).is_some_and(|x| !x.capitalized())
                    // (One person, not many: `hàng nghìn người Campuchia`, `các người …`.)
                    && self.u.get(s - 2).is_none_or(|x| x.kind != TokenKind::Number)
                    && !["cac", "nhung", "nhieu", "nghin", "ngan", "tram", "trieu", "van"]
                        .iter()
                        .any(|w| self.folded_is(s - 2, w))
                    && self
                        .h
                        .longest(s, EntryKind::Place)
                        .is_some_and(|(e, n)| e == i && self.lex.note(n).starts_with("country"))
            })
        {
            let run = self.name_run(i, 4);
            let listed = self.starts_listed_place_or_body(i);
            if run >= i + 2 && !listed && !self.stop_word(i) {
                return Some(found(i, run, None));
            }
        }
        // `Giáp Ngọ`, `Canh Tý`: a year of the sexagenary cycle, not a name.
        if let (Some(a), Some(b)) = (
            self.u.get(i).and_then(|x| x.key),
            self.u.get(i + 1).and_then(|x| x.key),
        ) && words::stem(a).is_some()
            && words::branch(b).is_some()
        {
            return None;
        }
        let run = self.name_run(i, 5);
        let len = run - i;
        // A phrase listed as no person, whole: `Mùa Xuân 1975` (a season), `Ông Táo`.
        if self.h.kinds_at(i) & bit(EntryKind::NotTitle) != 0
            && self
                .h
                .longest(i, EntryKind::NotTitle)
                .is_some_and(|(e, n)| e >= run && self.lex.note(n).contains("no person"))
        {
            return None;
        }
        // `Từ Bến Tre ra Nghệ An`: a function word that is also a surname (`từ`, from) before a
        // place that makes up the rest of the run is no name.
        if len >= 2
            && self.stop_word(i)
            && self
                .h
                .longest(i + 1, EntryKind::Place)
                .is_some_and(|(e, _)| e >= run)
        {
            return None;
        }
        // (Not a verb that opens what a title's holder orders, after its colon, before the
        // office it tasks: `ý kiến của Thủ tướng: Giao Bộ trưởng Bộ Y tế …`.)
        if i > 0
            && self.text_at(i - 1) == ":"
            && self.spaced(i + 1)
            && self.u.get(i + 1).is_some_and(Unit::capitalized)
            && self.h.longest(i + 1, EntryKind::Role).is_some()
            && self.h.kinds_at(i) & bit(EntryKind::Surname) == 0
        {
            return None;
        }
        // One word is a name only right after a title (below); every other way to a name
        // wants two words or more.
        if len == 1 && !titles.iter().any(|t| t.end == i || t.end + 1 == i) {
            return None;
        }
        // (A word only firms bear is no one's name: `Báo Tiếng Anh Việt Nam News`.)
        if len == 1
            && self
                .u
                .get(i)
                .is_some_and(|x| x.kind == TokenKind::Word && !x.all_caps())
            && self.firm_word(i)
        {
            return None;
        }
        // `Đoàn Thể thao Việt Nam`, `Đoàn Thanh niên xã`: the body `Đoàn` and its name in
        // sentence case, not someone called Đoàn Thể: two words, then one in lower case that
        // is no verb nor function word (`Đoàn Hùng cho biết` stays).
        if len == 2
            && self.canon(i) == Some("đoàn")
            && self.spaced(run)
            && self
                .u
                .get(run)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && !self.stops_name(run)
            && !titles.iter().any(|t| t.end == i || t.end + 1 == i)
        {
            return None;
        }
        // A word that starts a place's name (`Đường`, `Trường`), unless it is a surname and no
        // other surname follows it (`Hồ Chí Minh`, not `Đường Nguyễn Văn Linh`).
        // (`Văn` is the usual middle name before a given name: `Hồ Văn Mừng` is someone,
        // `Đường Văn Cao` a street; so are `Mạnh`, `Kim`, `Thái`, though listed as surnames
        // too: `Hồ Mạnh Tuấn`, `Hồ Kim Liên`.)
        let middle =
            run >= i + 3 && matches!(self.canon(i + 1), Some("văn" | "mạnh" | "kim" | "thái"));
        // (Nor is a lake named after a common surname and a name: `Hồ Lê Nghĩa` is someone,
        // though streets bear whole names, `Đường Nguyễn Văn Linh`.)
        let surname_alone = self.h.is(i, EntryKind::Surname)
            && (!self.h.is(i + 1, EntryKind::Surname)
                || middle
                || (run >= i + 3 && self.common_surname(i + 1) && self.canon(i) == Some("hồ")));
        // (A place's head of several words that goes on in lower case past the capitals is
        // one whatever its first word: `Cung Văn hóa`, though `Cung` is a surname; not `Cung
        // Văn Hóa`, someone's name.)
        // (Or of two words or more before the name it gives: `Văn Miếu Trấn Biên`.)
        let long_head = self
            .h
            .longest(i, EntryKind::PlaceWord)
            .is_some_and(|(e, _)| e > run || (e >= i + 2 && e < run));
        let place_word = long_head || (self.h.is(i, EntryKind::PlaceWord) && !surname_alone);
        // Right after a title, or after its colon or a spaced dash: `Chủ tịch UBND tỉnh Lạng
        // Sơn Hồ Tiến Thiệu`, `Tổng thống Donald Trump`, `Bộ trưởng Bộ Y tế: Nguyễn Thanh
        // Long`, `Thủ tướng Anh - Boris Johnson`.
        // (Or after its body's abbreviation in brackets: `Chủ tịch Ngân hàng Thế giới (WB)
        // Ajay Banga`.)
        // (Not after a place's word in lower case that ends the title: `trưởng ban tế tự
        // đình Hoàng Xá`, the communal house's name; a level is no such word. A whole name
        // of three words there is the holder's: `Trưởng Ban Quản trị chùa Nguyễn Văn Hùng`.)
        let place_ends = || {
            len <= 2
                && i > 0
                && self.u.get(i - 1).is_some_and(|x| !x.capitalized())
                && self.h.ends_at(i, EntryKind::PlaceWord, 2).is_some_and(|s| {
                    // (After a word in lower case that ends no body: not `Bộ Lao động`,
                    // `Hội đồng trường`, the council of a school.)
                    s > 0
                        && self.h.kinds_at(s) & bit(EntryKind::Level) == 0
                        && self.u.get(s).is_some_and(|x| !x.capitalized())
                        && self
                            .u
                            .get(s - 1)
                            .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
                        && self.h.ends_at(s, EntryKind::Org, 3).is_none()
                })
        };
        let after_title = titles.iter().any(|t| {
            (t.end == i && self.spaced(i) && !place_ends())
                // (Or its ordinal: `Tổng thống Mỹ thứ 47 Donald Trump`.)
                || (i == t.end + 2 && self.spaced(i) && self.ordinal_after(t.end))
                || (t.end + 1 == i
                    && self.u.get(t.end).is_some_and(|x| {
                        x.text == ":" || (x.is_dash() && x.gap == Gap::Space && self.spaced(i))
                    })
                    // (Not a body's head, the holder's body listed: `các Bộ trưởng: Bộ Kế
                    // hoạch và Đầu tư Nguyễn Chí Dũng; …`.)
                    && !(self.h.kinds_at(i) & bit(EntryKind::Org) != 0
                        && !self.h.is(i, EntryKind::Surname)
                        && self
                            .h
                            .longest(i, EntryKind::Org)
                            .is_some_and(|(oe, _)| self.h.longest(oe, EntryKind::Name).is_some()))
                    // (Not the places of a class of bodies that ends in its level: `Chủ tịch
                    // UBND các huyện: Mường Tè, Sìn Hồ`; a whole name there is a person.)
                    && !(t.generic
                        && self.h.ends_at(t.end, EntryKind::Level, 3).is_some()
                        && !self.person_name_at(i)))
                || (i == t.end + 3
                    && self.h.kinds_at(i) & bit(EntryKind::Place) == 0
                    && self.text_at(t.end) == "("
                    && self.text_at(t.end + 2) == ")"
                    && self.spaced(i)
                    && self.u.get(t.end + 1).is_some_and(|x| {
                        (matches!(x.kind, TokenKind::Abbreviation | TokenKind::Word) && x.all_caps())
                            // (Or its short name, or its country, in a foreign word: `Chủ tịch
                            // Phòng Thương mại châu Âu tại Việt Nam (EuroCham) Alain Cany`,
                            // `Thủ hiến bang Victoria (Australia) Jacinta Allan`; or a
                            // listed one, `(Fed)`.)
                            || (matches!(x.kind, TokenKind::Word | TokenKind::Abbreviation)
                                && x.capitalized())
                            || self
                                .h
                                .longest(t.end + 1, EntryKind::Place)
                                .is_some_and(|(e, _)| e == t.end + 2)
                    }))
                // (Or its country of several words in brackets: `Thống đốc tỉnh Mukdahan (Thái
                // Lan) Chuchart Eammanee`.)
                || (i >= t.end + 4
                    && self.h.kinds_at(i) & bit(EntryKind::Place) == 0
                    && self.text_at(t.end) == "("
                    && self.text_at(i - 1) == ")"
                    && self.spaced(i)
                    && self
                        .h
                        .longest(t.end + 1, EntryKind::Place)
                        .is_some_and(|(e, _)| e + 1 == i))
                // (Or its short name in foreign words: `Chủ tịch Liên đoàn Bơi lội thế giới
                // (World Aquatics) Husain Al-Musallam`.)
                || (i >= t.end + 4
                    && i <= t.end + 5
                    && self.text_at(t.end) == "("
                    && self.text_at(i - 1) == ")"
                    && self.spaced(i)
                    && self.h.kinds_at(i) & bit(EntryKind::Place) == 0
                    && self.u.get(t.end + 1..i - 1).is_some_and(|s| {
                        s.iter().all(|x| {
                            x.capitalized() && matches!(x.kind, TokenKind::Word | TokenKind::Syllable)
                        }) && s.iter().any(|x| x.kind == TokenKind::Word)
                    }))
                // (Or its abbreviation in brackets and its seat: `Trưởng Phái đoàn Liên minh
                // châu Âu (EU) tại Việt Nam Julien Guerrier`.)
                || (i > t.end + 4
                    && self.spaced(i)
                    && self.text_at(t.end) == "("
                    && self.text_at(t.end + 2) == ")"
                    && self.canon(t.end + 3) == Some("tại")
                    && self
                        .h
                        .longest(t.end + 4, EntryKind::Place)
                        .is_some_and(|(e, _)| e == i))
                // (Or a foreign name after its seat, or after the body it is of: `Trưởng đại
                // diện JETRO tại Hà Nội Nakajima Takeo`, `Giám đốc Trung tâm Nghiên cứu ASEAN
                // của Viện ISEAS Sharon Seah`; the body's abbreviation in brackets too.)
                || (i > t.end + 1
                    && i <= t.end + 11
                    && self.spaced(i)
                    && self
                        .u
                        .get(i)
                        .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                    && match self.canon(t.end) {
                        Some("tại") => self
                            .h
                            .longest(t.end + 1, EntryKind::Place)
                            .is_some_and(|(e, _)| e == i),
                        // (Its body closed by its abbreviation: not `của Tổng công ty Hazama
                        // Ando`, a firm's name read short.)
                        Some("của") => self.of_body_before(t.end, i),
                        _ => false,
                    })
                // (Or a foreign name after the duty that stands between:
                // `Ủy viên châu Âu phụ trách thương mại Valdis Dombrovskis`.)
                || (i > t.end + 2 && self.foreign_after_duty(t, i))
        });
        // One word after a title is a name only when nothing follows it in the phrase
        // (`tướng Khánh.`, not `… Khu kinh tế Cửa khẩu`).
        // A rank before one word that a verb follows: `Trung tá Nghị cho biết`.
        // (Not a lord's fief before `quốc công`: `Nguyên súy Uy quốc công`.)
        let verb_after = self
            .u
            .get(run)
            .is_some_and(|x| x.key.is_some() && !x.capitalized() && x.gap == Gap::Space)
            && !(self.canon(run) == Some("quốc") && self.folded_is(run + 1, "cong"))
            // (Nor a body's head in two words: `Đại tá Lực lượng Bảo vệ bờ biển Hàn Quốc`.)
            && self.h.kinds_at(i) & bit(EntryKind::Org) == 0
            && titles.iter().any(|t| {
                // A foreign word is no common noun: `Thị trưởng Arbau cho biết`.
                let foreign = self.u.get(i).is_some_and(|x| x.kind == TokenKind::Word);
                // A bare role before the short name of its holder, which it did not take
                // for a body: `Bộ trưởng Ngọ là`, `Phó Thủ tướng Đam đề nghị`.
                let short =
                    t.org.is_none() && (self.short_name(i) || self.given_name_after_office(i));
                t.end == i && (t.rank || foreign || short) && self.spaced(i)
            });
        let alone = len > 1
            || verb_after
            || (self
                .u
                .get(run)
                .is_none_or(|x| x.kind == TokenKind::Punctuation || x.gap == Gap::Line)
                && !self.place_goes_on(i, titles));
        // In a line written in capitals, a capital is no sign of a name: after a title, only
        // a surname starts one (`… CHỦ TỊCH UBND TỈNH PHÁT BIỂU` has no person).
        let shouting = self.u.get(i).is_some_and(Unit::all_caps)
            && i > 0
            && self
                .u
                .get(i - 1)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.all_caps());
        // (Or the short name of a bare role's holder before a verb: `PHÓ THỦ TƯỚNG ĐAM THĂM`.)
        let name_start = !shouting
            || self.h.is(i, EntryKind::Surname)
            || titles
                .iter()
                .any(|t| t.end == i && t.org.is_none() && self.short_name(i))
            // (`ĐẠI SỨ HOA KỲ MARC KNAPPER`: foreign words.)
            || (titles.iter().any(|t| t.end == i) && self.foreign_in_capitals(i));
        // After a body in lower case that takes a name (`giám đốc công ty TNHH Minh Phát`,
        // `hiệu trưởng trường tiểu học Tân Lập`), capitalized Vietnamese words are that
        // body's name unless they start with a surname.
        let body_name = titles.iter().any(|t| {
            t.end == i
                && t.org.is_some_and(|(a, _)| {
                    !self.u.get(a).is_some_and(Unit::capitalized)
                        && self.h.kinds_at(a) & bit(EntryKind::Org) != 0
                })
        }) && !self.h.is(i, EntryKind::Surname)
            && self.u.get(i).is_some_and(|x| x.kind == TokenKind::Syllable);
        // (A ministry's field is the whole run, though it starts with a surname: `Giám đốc
        // các sở: Công Thương, Tài chính`.)
        let ministry_field = self.h.at(i).iter().any(|h| {
            h.kind == EntryKind::Name
                && h.end == run
                && self.lex.note(h.note).starts_with("ministry")
        });
        if after_title
            && !body_name
            && !ministry_field
            && alone
            && name_start
            && !(len == 1 && self.listed_not_name(i, run))
            // (A surname that is also a place's word, then a given name that is a surname
            // too, right after a title that ends in its place, is the holder: `Phó Chủ tịch
            // UBND tỉnh Bình Thuận Hồ Lâm`.)
            && (!place_word
                || (!long_head
                    && run == i + 2
                    && self.h.is(i, EntryKind::Surname)
                    && self.h.ends_at(i, EntryKind::Place, 4).is_some()
                    && titles.iter().any(|t| t.end == i)))
            // (Nor a listed place that is the whole run: `Tập đoàn Samsung Electronics Việt
            // Nam Thái Nguyên`.)
            && !self
                .h
                .longest(i, EntryKind::Place)
                .is_some_and(|(e, n)| {
                    // (Districts are often people's names too: `Phó Chủ tịch UBND tỉnh Bắc
                    // Giang Mai Sơn`.)
                    let note = self.lex.note(n);
                    e >= run && !note.contains("person") && !note.starts_with("district")
                })
        {
            // (Five words for an Ê Đê name: `Y Thanh Hà Niê Kđăm`.)
            let most = if matches!(self.text_at(i), "Y" | "H" | "H’" | "H'") {
                5
            } else {
                4
            };
            // (Words, not units: `Jean-Yves Le Drian`, `Prayut Chan-o-cha` count the parts a
            // hyphen joins as one word.)
            let joiner = |m: usize| matches!(self.text_at(m), "-" | "'" | "’");
            // (Nor the particles in lower case between the words: `Mohammed bin Rashid Al
            // Maktoum`, `Ursula von der Leyen`.)
            // (Nor `Al` before an Arab family's name: `Sheikh Mohamed bin Zayed Al Nahyan`.)
            let particle = |m: usize| {
                m > i
                    && (!self.namelike(m)
                        || (matches!(self.text_at(m), "Al" | "El") && m + 1 < run))
            };
            let mut end = i;
            let mut words = 0;
            while end < run && (words < most || joiner(end) || particle(end)) {
                if joiner(end) {
                    end = (end + 2).min(run);
                    continue;
                }
                words += usize::from(!particle(end));
                end += 1;
            }
            if end < run && self.text_at(end) == "." {
                end += 1; // `Marcos Jr.`
            }
            return Some(found(i, end, None));
        }
        // (But a whole name after a duty's body and its place is its holder's: `Phó Giám đốc
        // phụ trách Thư viện tỉnh Lê Văn Bình`; not right after the place's word, whose name
        // it is: `phụ trách xây dựng trường Nguyễn Văn Cừ`.)
        let after_duty = || {
            (self.h.ends_at(i, EntryKind::Level, 2).is_some()
                || self.h.ends_at(i, EntryKind::Place, 4).is_some())
                && self.h.is(i, EntryKind::Surname)
                && self.capitalized_run(i, 5) >= i + 3
                && self.title_before_duty(i, titles).is_some()
        };
        if place_word
            || (self.place_before(i) && !after_duty())
            || self.listed_not_name(i, run) && !self.h.is(i, EntryKind::Surname)
            || ministry_field
        {
            return None;
        }
        // Words in capitals inside a phrase in capitals (`CƠ QUAN CHỦ TRÌ`, `HỘI ĐỒNG NHÂN
        // DÂN`, `PHỤ LỤC I`), or a run of them too long for a name (`THÍCH ỨNG VỚI BIẾN ĐỔI
        // KHÍ HẬU`), are a heading: with no form of address or title before them, no name.
        if self.u.get(i).is_some_and(Unit::all_caps)
            && ((shouting && self.u.get(i).is_some_and(|x| x.gap != Gap::Line)) || len >= 5)
        {
            return None;
        }
        // A place listed whole is not a name (`Lâm Đồng`, `Hà Nội`, `Thái Lan`), nor are
        // places side by side (`đoạn Hạ Long Uông Bí`).
        let mut k = i;
        while let Some((e, _)) = self
            .h
            .longest(k, EntryKind::Place)
            .filter(|&(e, _)| e <= run)
        {
            k = e;
        }
        if k > i
            && k >= run
            && !self.h.longest(i, EntryKind::Place).is_some_and(|(e, pn)| {
                e == run && self.clause_opens(i) && self.city_named_person(i, e, pn)
            })
        {
            return None;
        }
        // A name does not end inside a listed phrase (`Đoàn Luật sư`).
        if run > i + 1
            && self.h.at(run - 1).iter().any(|h| h.end > run)
            && !self.h.is(run - 1, EntryKind::Surname)
        {
            return None;
        }
        // `Đoàn Nhật Bản`: a country's delegation (`đoàn`), not someone of the surname Đoàn.
        if self.canon(i) == Some("đoàn")
            && self
                .h
                .longest(i + 1, EntryKind::Place)
                .is_some_and(|(e, _)| e == run)
        {
            return None;
        }
        // (Or a surname of two words, with a given name after it: `Tư Mã Thiên`, `Gia Cát
        // Lượng`, `Âu Dương Tu`.)
        let surname = self.h.is(i, EntryKind::Surname)
            || self
                .h
                .longest(i, EntryKind::Surname)
                .is_some_and(|(e, _)| e >= i + 2 && e < run);
        // (Initials may end it: `Lê Thị H.`, `Lê V.T.`.)
        let syllables_end = (i..run)
            .find(|&k| self.short_initials(k) == Some(run))
            .unwrap_or(run);
        if surname && (2..=4).contains(&len) && self.all_syllables(i, syllables_end) {
            return Some(found(i, run, None));
        }
        if let Some(end) = self.highlands_name(i, run) {
            return Some(found(i, end, None));
        }
        // A foreign name that starts with a given name only people bear, or a Korean family
        // name, and holds no place or body: `Sebastian Kurz`, `Angela Merkel`, `Park
        // Geun-hye` (a name of the lexicon's foreign starters, note `foreign`).
        // (`Geun-hye` is one word of three units.)
        let words = (i..run)
            .filter(|&k| !matches!(self.text_at(k), "-" | "'" | "’"))
            .count();
        // `Kim Jong-un`: a Vietnamese surname that is also Korean, before a hyphenated name.
        let korean = || {
            (self.h.is(i, EntryKind::Surname)
                && run == i + 4
                && self.text_at(i + 2) == "-"
                && self.u.get(i + 1).is_some_and(|x| x.kind == TokenKind::Word))
                || self.korean_name(i) == Some(run)
        };
        if (2..=4).contains(&words)
            && (self
                .h
                .longest(i, EntryKind::Surname)
                .is_some_and(|(e, n)| e == i + 1 && self.lex.note(n) == "foreign")
                || korean())
            && !(i..run)
                .any(|k| self.h.kinds_at(k) & (bit(EntryKind::Place) | bit(EntryKind::Org)) != 0)
        {
            return Some(found(i, run, None));
        }
        // A foreign name in apposition to a title, or the subject of a title: `Ivan Silayev,
        // Thủ tướng …`, `Leo Varadkar được chỉ định làm Thủ tướng`.
        // A name in apposition with a profession: `Klas Lestander, vận động viên …`,
        // `Danilo Astori, nhà kinh tế …`.
        if (2..=4).contains(&len)
            && self.text_at(run) == ","
            && self
                .h
                .longest(run + 1, EntryKind::Honorific)
                .is_some_and(|(_, n)| self.lex.note(n).starts_with("profession"))
            && !(i..run).any(|k| self.h.longest(k, EntryKind::Place).is_some())
            && (surname || i == 0 || !self.u.get(i - 1).is_some_and(Unit::capitalized))
        {
            return Some(found(i, run, None));
        }
        let foreign = self
            .u
            .get(i..run)
            .is_some_and(|s| s.iter().any(|x| x.kind == TokenKind::Word));
        let placed = (i..run).any(|k| self.h.longest(k, EntryKind::Place).is_some());
        // (Not across a table's cell boundary: `| Guiné-Bissau | Quốc vụ khanh … |` is a
        // country's row.)
        if (2..=4).contains(&len)
            && foreign
            && !placed
            && self.text_at(run) != "|"
            && (self.title_follows(run, titles) || self.after_pageant(i))
        {
            return Some(found(i, run, None));
        }
        None
    }

    /// Whether `họ` in lower case, a clan, is right before unit `i` (a capitalized surname).
    fn clan_before(&self, i: usize) -> bool {
        i > 0
            && self.canon(i - 1) == Some("họ")
            && self.u.get(i - 1).is_some_and(|x| !x.capitalized())
            && self.spaced(i)
            && self.h.longest(i, EntryKind::Surname).is_some()
    }

    /// Whether the place `i..e` (note `pn`) is a person's whole name that a city bears too,
    /// as the subject of what only a person does: `Hồ Chí Minh sinh ngày 19/5/1890`,
    /// `Hồ Chí Minh đọc bản Tuyên ngôn Độc lập` (not `Hồ Chí Minh đạt tăng trưởng`; not a
    /// name of two words, `Hà Nội`, which is seldom a person's, unless the list says so).
    fn city_named_person(&self, i: usize, e: usize, pn: u32) -> bool {
        // (Or of two, when the list says a person bears it: `Ngô Quyền lên ngôi vua`.)
        (if e == i + 2 {
            self.lex.note(pn).contains("also the person")
        } else {
            e >= i + 3 && self.lex.note(pn).starts_with("both")
        }) && self.h.longest(i, EntryKind::Surname).is_some()
            && self.spaced(e)
            && self.person_verb(e)
    }

    /// Whether unit `i` opens a clause: the text's start or after a comma, colon, quote,
    /// bracket or dash.
    fn clause_opens(&self, i: usize) -> bool {
        i == 0
            || self.u.get(i - 1).is_some_and(|x| {
                matches!(x.text, "," | ":" | "\"" | "“" | "«" | "‘" | "(" | "-" | "–")
            })
    }

    /// Whether unit `i` is a name of the Central Highlands with its starter joined to its
    /// first word: `H'Hiền`, `K'Bèn`.
    fn joined_starter(&self, i: usize) -> bool {
        self.u.get(i).is_some_and(|x| {
            ["H'", "H’", "K'", "K’"].iter().any(|p| {
                x.text
                    .strip_prefix(p)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase)
            })
        })
    }

    /// The end of a name of the Central Highlands at `i`, `run` the end of its capitalized
    /// words: a clan's name or a name's starter (`Ksor`, `Rah Lan`, `Y`, `H'`), then up to
    /// four words in all of letters, some of them no Vietnamese syllable (`Y Bhin Niê`,
    /// `Ksor Phước Hà`), or after a clan's name of two words (`Rah Lan Chung`), with no
    /// place or body among them.
    fn highlands_name(&self, i: usize, run: usize) -> Option<usize> {
        let (se, note) = if self.joined_starter(i) {
            (i + 1, "name starter")
        } else {
            let (se, n) = self.h.longest(i, EntryKind::Surname)?;
            (se, self.lex.note(n))
        };
        // (Not a clan's name that is also a word: `Nay Apple đã ra mắt`, now.)
        if !(note.contains("clan") || note.contains("name starter")) || note.contains("also") {
            return None;
        }
        let end = run.min(i + 5);
        let words = end - i;
        let foreign = (i..end).any(|k| self.u.get(k).is_some_and(|x| x.kind == TokenKind::Word));
        // (A place's words may be inside when a clan's name closes it: `Y Thanh Hà Niê
        // Kđăm`, whose `Thanh Hà` is a district's name too.)
        let clan_closes = || {
            note.contains("name starter")
                && words >= 4
                && (end - 2..end).any(|k| {
                    self.h.at(k).iter().any(|h| {
                        h.kind == EntryKind::Surname && self.lex.note(h.note).contains("clan")
                    })
                })
        };
        (words > se - i
            && (words >= 2 + usize::from(self.text_at(i) == "Y"))
            && (foreign || se > i + 1)
            && (i..end).all(|k| self.namelike(k))
            && (!(i..end).any(|k| {
                self.h.kinds_at(k)
                    & (bit(EntryKind::Place) | bit(EntryKind::Org) | bit(EntryKind::PlaceWord))
                    != 0
            }) || clan_closes()))
        .then_some(end)
    }

    /// Whether unit `k` follows the name of a beauty pageant (and its year): its winner's
    /// name comes next (`Hoa hậu Hoàn vũ 2018 Catriona Gray`).
    fn after_pageant(&self, k: usize) -> bool {
        let end = match k.checked_sub(1) {
            Some(y) if self.u.get(y).is_some_and(|x| x.kind == TokenKind::Number) => y,
            _ => k,
        };
        (end.saturating_sub(6)..end).any(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::NotTitle && h.end == end && self.lex.note(h.note) == "pageant"
            })
        })
    }

    /// Where the words of retirement (`nghỉ hưu`, after `nhận quyết định` too, then when: `ngày
    /// 1/5,`, `theo chế độ từ ngày 1/2/2025,`) end before `sau` and how long an office was
    /// held, or `nhân dịp` (on the occasion of) before linking words, from unit `k`.
    #[cold]
    fn retired_or_occasion(&self, k: usize) -> Option<usize> {
        if self.folded_is(k, "nhan") && self.folded_is(k + 1, "dip") {
            return self.u.get(k + 2).is_some_and(linking).then_some(k + 2);
        }
        let mut m = k;
        if self.folded_is(m, "nhan")
            && self.folded_is(m + 1, "quyet")
            && self.folded_is(m + 2, "dinh")
        {
            m += 3;
        }
        if !(self.folded_is(m, "nghi") && self.folded_is(m + 1, "huu")) {
            return None;
        }
        m += 2;
        let when = |c: usize| {
            self.u.get(c).is_some_and(|x| {
                matches!(x.kind, TokenKind::Number | TokenKind::Punctuation)
                    || matches!(
                        self.folded(c).as_deref(),
                        Some("theo" | "che" | "do" | "tu" | "ngay" | "thang" | "nam")
                    )
            })
        };
        let sau = (m..m + 14).find(|&c| !when(c))?;
        (self.canon(sau) == Some("sau") && self.duration(sau + 1).is_some()).then_some(sau)
    }

    /// Whether a title follows unit `k` after a comma or linking words (see [`LINKS`]).
    fn title_follows(&self, k: usize, titles: &[title::Found]) -> bool {
        let t = self.skip_to_title(k, titles);
        titles.iter().any(|x| x.start == t) && t > k
    }

    /// From the end of a name at `k`: past a comma, a dash, a closing bracket or a colon,
    /// then past linking words (`giữ chức`, `được bầu làm`, `là`), up to eight units; where
    /// that stops.
    fn skip_to_title(&self, k: usize, titles: &[title::Found]) -> usize {
        // `Nguyễn Thị Nguyệt Nga (1959-2025),[21][22] nguyên Vụ trưởng …`: a wiki's
        // reference marks are not words of the sentence.
        let mut k = self.past_citations(k);
        // (`Trần Ngọc Tuấn, (sinh 1966), là …`: a comma before the bracket.)
        if self.text_at(k) == "," && self.text_at(k + 1) == "(" {
            k += 1;
        }
        // `Trần Hoàng Thám (1953), nguyên Phó Chủ tịch`, `Trịnh Xuân Thanh (52 tuổi, cựu Chủ
        // tịch …)`: a bracket after the name, with the title inside it or after it.
        if self.text_at(k) == "(" {
            let close = (k + 1..self.u.len())
                .find(|&c| self.text_at(c) == ")")
                .unwrap_or(self.u.len());
            if let Some(t) = titles
                .iter()
                .find(|t| t.start > k && t.start < close && t.start <= k + 6)
            {
                // (`SN 1975`: the year of birth.)
                let lead = (k + 1..t.start).all(|c| {
                    self.u.get(c).is_some_and(|x| {
                        matches!(x.kind, TokenKind::Number | TokenKind::Punctuation)
                            || x.key.is_some() && !x.capitalized()
                            || matches!(x.text, "SN" | "Sn" | "sn")
                    })
                });
                // (Not another's title: `(đặc phái viên của Tổng Bí thư, Chủ tịch Tập Cận
                // Bình)`.)
                // (Or `của` and a form of address: `(hàng xóm của ông Chủ tịch xã)`.)
                let of = (t.start > k + 1 && self.canon(t.start - 1) == Some("của"))
                    || (t.start > k + 2
                        && matches!(self.canon(t.start - 1), Some("ông" | "bà"))
                        && self.canon(t.start - 2) == Some("của"));
                if lead && !of {
                    return t.start;
                }
            }
            let after = close + 1;
            if titles.iter().any(|t| t.start == after) {
                return after;
            }
            // `(1953), nguyên …`, `(sinh năm 1960) là Bí thư …`: punctuation or linking words
            // after the bracket.
            if matches!(self.text_at(after), "," | "-" | "–" | ":")
                || self.u.get(after).is_some_and(linking)
                || self.retired_or_occasion(after).is_some()
            {
                return self.skip_to_title(after, titles);
            }
            return k;
        }
        let start = k;
        // Units of an agent body skipped (they do not count against the eight).
        let mut agent = 0;
        while k < self.u.len() && k - start <= 8 + agent {
            // (A title may start with a linking word: `Ông Bùi Văn Cường nguyên Tổng Thư ký
            // Quốc hội`.)
            if titles.iter().any(|t| t.start == k) {
                break;
            }
            let Some(x) = self.u.get(k) else { break };
            // (`người phụ nữ đầu tiên`, who and which, do not count against the eight: `trở
            // thành người phụ nữ đầu tiên đảm nhiệm vị trí Trưởng khoa`.)
            if k > start && matches!(self.canon(k), Some("nữ" | "tiên")) {
                agent += 2;
            }
            // `ông A, Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ, giữ chức vụ Trưởng phòng`:
            // the body the title before belongs to, between commas, then the linking words.
            if k > start
                && self.text_at(k - 1) == ","
                && x.capitalized()
                && let Some((_, e)) = self.org(k)
                && self.text_at(e) == ","
                && self.u.get(e + 1).is_some_and(linking)
            {
                agent += e + 1 - k;
                k = e + 1;
                continue;
            }
            let past = self.past_citations(k);
            if past > k {
                agent += past - k;
                k = past;
                continue;
            }
            // `được điều động từ Phòng An ninh nội địa về làm Phó trưởng Công an xã`: the body
            // left, between the verb of moving and the one taken.
            // (Or right after the name, the body by its abbreviation: `điều động bà A từ HNX
            // về làm Phó Chủ tịch UBCKNN`.)
            if self.canon(k) == Some("từ")
                && (k == start || self.u.get(k - 1).is_some_and(linking))
                && self.spaced(k + 1)
                && let Some((_, e)) = self.org(k + 1).or_else(|| {
                    self.u
                        .get(k + 1)
                        .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.all_caps())
                        .then_some((k + 1, k + 2))
                })
                && self.canon(e) == Some("về")
                && self.u.get(e + 1).is_some_and(linking)
            {
                agent += e - k;
                k = e;
                continue;
            }
            // `Phan Thanh Giản được vua Tự Đức cử làm Chánh sứ`: who appoints, by a form of
            // address and a name, between `được` and the verb.
            // (Or a bare office, a king's: `được vua Tự Đức cử làm`.)
            if k > start
                && matches!(self.canon(k - 1), Some("được" | "bị"))
                && let Some(he) = self
                    .h
                    .longest(k, EntryKind::Honorific)
                    .map(|(he, _)| he)
                    .or_else(|| {
                        titles
                            .iter()
                            .find(|t| t.start == k && t.org.is_none())
                            .map(|t| t.end)
                    })
                && self.spaced(he)
                && let ne = self.name_run(he, 4)
                && ne > he
                && (self.appointing_verb(ne) || self.canon_pair(ne, "cho", "làm"))
            {
                // (`cho làm`, lets serve as: past `cho`, which links nothing else.)
                let ne = ne + usize::from(self.canon(ne) == Some("cho"));
                agent += ne - k;
                k = ne;
                continue;
            }
            // `được 50/51 đại biểu (98,04%) tín nhiệm bầu làm …`, `được các đại biểu tán
            // thành bầu giữ chức …`: the delegates who vote, between `được` and the verb.
            if k > start
                && self.canon(k - 1) == Some("được")
                && (x.kind == TokenKind::Number || matches!(self.canon(k), Some("các" | "toàn")))
                && let Some(e) = self.voters(k)
            {
                agent += e - k;
                k = e;
                continue;
            }
            // `A và B cùng được bổ nhiệm …`, `… cùng giữ chức`: together, before the
            // linking words (not `A cùng Bộ trưởng B`, with someone).
            if self.canon(k) == Some("cùng")
                && matches!(self.canon(k + 1), Some("được" | "là" | "giữ" | "làm"))
            {
                agent += 1;
                k += 1;
                continue;
            }
            // `NSND Đặng Nhật Minh được mời làm Chủ tịch Ban giám khảo`, `được mời về làm`:
            // invited, after `được` only (`ông A mời Bộ trưởng B` is someone else's title).
            if k > start
                && self.canon(k) == Some("mời")
                && self.canon(k - 1) == Some("được")
                && (matches!(self.canon(k + 1), Some("làm" | "giữ"))
                    // (`được mời về làm`, invited back to.)
                    || (self.canon(k + 1) == Some("về") && self.canon(k + 2) == Some("làm")))
            {
                agent += 1;
                k += 1;
                continue;
            }
            // `tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư …`, `bầu bổ sung … vào
            // Ban Thường vụ và giữ chức Phó Bí thư …`: the bodies joined, then the office.
            // (Cheap tests first: this runs at every word after every name.)
            let bodies_from = if x.text.len() == 4
                && x.text.as_bytes()[0] | 0x20 == b't'
                && self.canon(k) == Some("tham")
                && self.canon(k + 1) == Some("gia")
            {
                Some(k + 2)
            } else if k > start && x.capitalized() && self.canon(k - 1) == Some("vào") {
                Some(k)
            } else {
                None
            };
            if let Some(e) = bodies_from.and_then(|o| self.bodies_joined(o)) {
                agent += e - k;
                k = e;
                continue;
            }
            // (`kỷ luật bằng hình thức cách chức …`: the form of the discipline, then the
            // office taken away.)
            if self.canon(k) == Some("kỷ")
                && self.folded_is(k + 1, "luat")
                && self.folded_is(k + 2, "bang")
                && self.folded_is(k + 3, "hinh")
                && self.folded_is(k + 4, "thuc")
            {
                agent += 5;
                k += 5;
                continue;
            }
            // `ông A nghỉ hưu ngày 1/5, sau hơn 10 năm làm Chủ tịch …`, `nhận quyết định nghỉ
            // hưu sau 8 năm giữ chức …`: retired, maybe when, then how long the office was
            // held; `nhân dịp được bổ nhiệm làm …`, on the occasion of.
            // (Cheap tests first: this runs at every word after every name.)
            if x.text.len() <= 6
                && x.text.as_bytes().first().is_some_and(|b| b | 0x20 == b'n')
                && (k == start || self.u.get(k - 1).is_some_and(linking))
                && let Some(e) = self.retired_or_occasion(k)
            {
                agent += e - k;
                k = e;
                continue;
            }
            // `người có 22 năm làm Chủ tịch UBND xã`, `…, nhiều năm giữ chức …`: how long the
            // office was held, between the linking words and the verb that takes it.
            // (Or when: `…, từ tháng 5/2020 được điều động làm …`, `…, năm 2021 được bầu
            // làm …`.)
            if k > start
                && (self.text_at(k - 1) == "," || self.u.get(k - 1).is_some_and(linking))
                && let Some(e) = self.duration(k).or_else(|| self.time_before_verb(k))
            {
                agent += e - k;
                k = e;
                continue;
            }
            // `Hoàng Đình Phu, Kỹ sư, Đại tá, nguyên Phó Chủ nhiệm …`, `hiện là Luật sư và
            // đang giữ chức Chủ nhiệm …`: a degree or profession between commas, or after
            // linking words and before `và`, ahead of the title.
            // (Or after an aside's comma: `…, 87 tuổi, Đảng viên, Cựu chiến binh, nguyên …`.)
            if k > 0
                && (self.text_at(k - 1) == ","
                    || (k > start && self.u.get(k - 1).is_some_and(linking)))
                && let Some((d, n)) = self.h.longest(k, EntryKind::Honorific)
                && !address(self.lex.note(n))
                && (self.text_at(d) == ","
                    || (self.canon(d) == Some("và") && self.u.get(d + 1).is_some_and(linking)))
            {
                agent += d + 1 - k;
                k = d + 1;
                continue;
            }
            // `Bà Thái Hương, Nhà sáng lập kiêm Chủ tịch Tập đoàn TH`: a calling that is no
            // office, then the office held with it.
            // (Or a founder's, then `và`: `Ông Trần Thanh Bình, đồng sáng lập và Giám đốc
            // điều hành Vexere`.)
            if k > start
                && self.text_at(k - 1) == ","
                && let Some(m) = (k + 1..(k + 6).min(self.u.len())).find(|&m| {
                    (self.canon(m) == Some("kiêm") && titles.iter().any(|t| t.start == m))
                        || (self.canon(m) == Some("và")
                            && titles.iter().any(|t| t.start == m + 1)
                            && self.founder_before(k, m))
                })
                && (k..m).all(|c| {
                    self.u.get(c).is_some_and(|y| {
                        y.kind == TokenKind::Syllable
                            // (The firm founded named between: `nhà sáng lập Bamboo Airways
                            // và cựu Chủ tịch Tập đoàn FLC`.)
                            || (y.kind == TokenKind::Word && y.capitalized())
                    })
                })
            {
                let m = if self.canon(m) == Some("và") {
                    m + 1
                } else {
                    m
                };
                agent += m - k;
                k = m;
                continue;
            }
            // (A comma between linking words too: `được điều động, bổ nhiệm giữ chức`.)
            // (A table's cell boundary too: `| Trần Văn Minh | Phó Bí thư Thành ủy |`.)
            let punct = (k == start && matches!(x.text, "," | "-" | "–" | "—" | ":" | ")" | "|"))
                || (k > start
                    && x.text == ","
                    && self.u.get(k - 1).is_some_and(linking)
                    && self.u.get(k + 1).is_some_and(linking))
                // (A colon before the list of offices: `từng giữ các chức vụ: Giám đốc Sở
                // Công Thương, Phó Chủ tịch UBND tỉnh`.)
                || (k > start && x.text == ":" && self.u.get(k - 1).is_some_and(linking));
            // (`để` only in `được giới thiệu để bầu`: not `đánh bại B để trở thành …`.)
            // (Or before a verb of electing: `giới thiệu đồng chí A để bầu giữ chức …`.)
            let de = self.canon(k) == Some("để")
                && ((k > start && self.canon(k - 1) == Some("thiệu"))
                    || matches!(self.canon(k + 1), Some("bầu" | "bổ")));
            // (`quyết` only in `nhận quyết định giữ chức`: the decision received, not `A quyết
            // định cách chức B`.)
            let decision = k > start
                && self.canon(k) == Some("quyết")
                && self.canon(k - 1) == Some("nhận")
                && self.canon(k + 1) == Some("định");
            // (`tiếp` only in `tiếp tục giữ chức`, `tiếp nhận nhiệm vụ`: `A tiếp Đại sứ B`
            // receives B.)
            let receives =
                self.canon(k) == Some("tiếp") && !matches!(self.canon(k + 1), Some("tục" | "nhận"));
            // (`bố` only in `bố trí làm`, placed in: `A tuyên bố Chủ tịch …` declares.)
            let receives =
                receives || (self.canon(k) == Some("bố") && self.canon(k + 1) != Some("trí"));
            // (`giao` only for an office given or handed over, `được giao phụ trách`, `bàn
            // giao chức vụ`: `A giao Giám đốc Sở Tài chính chủ trì` gives a task to another.)
            let tasks = self.canon(k) == Some("giao")
                && !(k > start && matches!(self.canon(k - 1), Some("được" | "bàn" | "phân")))
                && !matches!(
                    self.canon(k + 1),
                    Some("phụ" | "chức" | "nhiệm" | "quyền" | "lại" | "nhận" | "thêm" | "vai")
                );
            // (`và` before the verb of the office taken next: `thôi giữ chức Giám đốc Sở Xây
            // dựng và được bổ nhiệm làm …`, `… và giữ chức …`; not `và các …`, `và đồng chí`.)
            let and_takes = self.canon(k) == Some("và")
                && matches!(
                    self.canon(k + 1),
                    Some(
                        "được"
                            | "giữ"
                            | "làm"
                            | "tiếp"
                            | "kiêm"
                            | "đảm"
                            | "nhận"
                            | "từng"
                            | "hiện"
                            | "đang"
                            | "sẽ"
                            | "đã"
                            | "chính"
                            | "trở"
                    )
                );
            if and_takes {
                k += 1;
                continue;
            }
            // (The people who elect, and their trust: `được bà con tín nhiệm bầu làm`, `được
            // đồng bào Dao tin tưởng bầu làm`, `được cử tri tín nhiệm bầu`.)
            if k > start
                && self.canon(k - 1) == Some("được")
                && let Some(e) = self.electors(k).or_else(|| self.congress(k))
            {
                agent += e - k;
                k = e;
                continue;
            }
            // (`nhiệm kỳ`, a term, is no `bổ nhiệm`: an aside, below.)
            let term =
                self.canon(k) == Some("nhiệm") && matches!(self.canon(k + 1), Some("kỳ" | "kì"));
            // (`chính` only in `chính thức giữ chức`: `là chính khách …` is an aside.)
            let official = self.canon(k) == Some("chính") && self.canon(k + 1) == Some("thức");
            // (`cùng` only in `cùng là`, both being: `Ông A và bà B, cùng là Phó Chủ tịch UBND
            // huyện`; not `A cùng Bộ trưởng B`, with another.)
            let both = self.canon(k) == Some("cùng") && self.canon(k + 1) == Some("là");
            // (`cấp` only in `thăng cấp`, promoted to: `được thăng cấp thiếu tướng`.)
            let promoted =
                k > start && self.canon(k) == Some("cấp") && self.canon(k - 1) == Some("thăng");
            // (A body's capitalized first word after `được` is no linking word: `được Thành
            // ủy Hà Nội điều động`, not `trở thành`.)
            let body_first = k > start
                && x.capitalized()
                && self.canon(k - 1) == Some("được")
                && self.h.kinds_at(k) & bit(EntryKind::Org) != 0;
            if !(punct || de || decision || official || both || promoted || linking(x))
                || body_first
                || receives
                || term
                || tasks
            {
                // `được Quốc hội bầu làm Chủ tịch nước`: the body that elects or appoints,
                // between `được` and the verb.
                // (A body read whole: `được Bộ Chính trị điều động`.)
                // (Or between `để` and the verb: `giới thiệu … để HĐND tỉnh bầu giữ chức`.)
                // (Or a level in lower case: `được tỉnh phân công giữ chức`.)
                // (Or after `bị`, the body that disciplines: `bị Ban Bí thư cách chức …`.)
                let body = (k > start
                    && matches!(self.canon(k - 1), Some("được" | "để" | "bị"))
                    && (x.capitalized() || self.h.is(k, EntryKind::Level)))
                .then(|| {
                    [
                        EntryKind::Org,
                        EntryKind::Name,
                        EntryKind::Place,
                        EntryKind::Level,
                    ]
                    .into_iter()
                    .filter_map(|kind| self.h.longest(k, kind).map(|(e, _)| e))
                    .chain(self.org(k).map(|(_, e)| e))
                    .max()
                })
                .flatten()
                // (Or a firm's name after its board, then the verb: `được Hội đồng quản trị
                // Chứng khoán Shinhan Việt Nam bổ nhiệm làm`.)
                .map(|e| {
                    if self.spaced(e)
                        && !self.u.get(e).is_some_and(linking)
                        && (e..e + 3).any(|m| self.u.get(m).is_some_and(Unit::capitalized))
                    {
                        (e + 1..e + 7)
                            .take_while(|&m| {
                                self.spaced(m)
                                    && self.u.get(m).is_some_and(|y| {
                                        matches!(y.kind, TokenKind::Syllable | TokenKind::Word)
                                    })
                            })
                            .find(|&m| self.appointing_verb(m))
                            .unwrap_or(e)
                    } else {
                        e
                    }
                })
                .filter(|&e| self.u.get(e).is_some_and(linking));
                match body {
                    Some(e) => {
                        agent += e - k;
                        k = e;
                        continue;
                    }
                    None => break,
                }
            }
            k += 1;
            // `(Nguyễn Tấn Dũng) cũng từng là`: a bracket and then a comma or words.
            if punct && x.text == ")" && self.u.get(k).is_some_and(|y| y.text == ",") {
                k += 1;
            }
        }
        // (Not the title of whoever confers something on the person: `Mẹ Phan Thị Thu đã
        // được Chủ tịch nước truy tặng Huân chương`; `được` is where no title starts.)
        if k > start
            && self.canon(k - 1) == Some("được")
            && titles.iter().any(|t| {
                // (Or past the agent's name set off by commas: `được Tư lệnh Lực lượng Phái
                // bộ UNISFA, Thiếu tướng Robert Yaw Affram, biểu dương`.)
                let v = self.past_apposed_holder(t.end);
                t.start == k
                    && (matches!(self.canon(v), Some("tặng" | "trao"))
                        || self.folded(v).is_some_and(|w| {
                            matches!(w.as_str(), "truy" | "phong" | "khen" | "bieu")
                        }))
            })
        {
            return k - 1;
        }
        // An aside about the person, then the title: `X, sinh năm 1962, là Bí thư …`, `X là
        // một chính trị gia Việt Nam, hiện là Bộ trưởng …`.
        // (It may start with a linking word: `Cụ ông Lý Văn Páo, người Dao, nguyên Bí thư …`.)
        if !titles.iter().any(|t| t.start == k)
            && let Some(after) = self
                .aside(k, titles)
                .or_else(|| (k > start).then(|| self.aside(start, titles)).flatten())
        {
            // (The title may start right there: `…, nguyên Thống đốc …`.)
            if titles.iter().any(|t| t.start == after) {
                return after;
            }
            let next = self.skip_to_title(after, titles);
            if titles.iter().any(|t| t.start == next) {
                return next;
            }
        }
        k
    }

    /// The people who elect someone, at `k` after `được`, and the words of their trust, up to
    /// the linking word that follows (`bà con tín nhiệm bầu`, `đồng bào Dao tin tưởng bầu`,
    /// `cử tri`, `nhân dân`, `người dân`); where that word is.
    fn electors(&self, k: usize) -> Option<usize> {
        let word = |i: usize| self.folded(i).unwrap_or_default();
        let mut e = match (word(k).as_str(), word(k + 1).as_str()) {
            ("ba", "con")
            | ("nhan", "dan")
            | ("cu", "tri")
            | ("nguoi", "dan")
            | ("dong", "bao") => k + 2,
            _ => return None,
        };
        // (An ethnic group's name: `đồng bào Dao`, `bà con Mông`.)
        while e < k + 4 && self.spaced(e) && self.u.get(e).is_some_and(Unit::capitalized) {
            e += 1;
        }
        if matches!(
            (word(e).as_str(), word(e + 1).as_str()),
            ("tin", "nhiem") | ("tin", "tuong") | ("tin", "yeu")
        ) {
            e += 2;
        }
        self.u.get(e).is_some_and(linking).then_some(e)
    }

    /// A congress that elects, at `k`, and its trust, before the verb of electing: `được Đại
    /// hội tín nhiệm bầu làm`, `được Đại hội hiệp thương cử làm`, `được Đại hội đại biểu bầu
    /// làm`; where the verb is.
    fn congress(&self, k: usize) -> Option<usize> {
        if !self.canon_pair(k, "đại", "hội") {
            return None;
        }
        let mut e = k + 2;
        if self.canon_pair(e, "đại", "biểu") {
            e += 2;
        }
        // (A firm's shareholders: `được Đại hội đồng cổ đông Saigonbank bầu làm`, `được Đại
        // hội cổ đông bầu làm`, and the firm's name in a word or two.)
        let general = usize::from(self.canon(e) == Some("đồng"));
        if self.canon_pair(e + general, "cổ", "đông") {
            e += general + 2;
            while e < k + 8 && self.spaced(e) && self.u.get(e).is_some_and(Unit::capitalized) {
                e += 1;
            }
        }
        let word = |i: usize| self.folded(i).unwrap_or_default();
        if matches!(
            (word(e).as_str(), word(e + 1).as_str()),
            ("tin", "nhiem") | ("tin", "tuong")
        ) {
            e += 2;
        }
        self.u.get(e).is_some_and(linking).then_some(e)
    }

    /// When an office was taken, at `k`, before the linking words: `từ tháng 5/2020`, `năm
    /// 2021`, `tháng 3/2019`, `đến năm 2020`, `ngày 5/3/2024`; where the linking words start.
    fn time_before_verb(&self, k: usize) -> Option<usize> {
        let x = self.u.get(k)?;
        let j = if matches!(
            x.word,
            Word::Tu | Word::Den | Word::Vao | Word::Cuoi | Word::Dau
        ) {
            k + 1
        } else {
            k
        };
        if !matches!(
            self.u.get(j)?.word,
            Word::Ngay | Word::Thang | Word::Nam | Word::Quy
        ) {
            return None;
        }
        let n = self.u.get(j + 1)?;
        let numeral = |y: &Unit<'_>| {
            y.gap == Gap::Space
                && matches!(y.kind, TokenKind::Number | TokenKind::Code)
                && y.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
        };
        let mut e = j + 2;
        if !numeral(n) {
            return None;
        }
        // (`tháng 5 năm 2020`.)
        if self.u.get(e).is_some_and(|y| y.word == Word::Nam)
            && self.u.get(e + 1).is_some_and(numeral)
        {
            e += 2;
        }
        if self.text_at(e) == "," {
            e += 1;
        }
        self.u.get(e).is_some_and(linking).then_some(e)
    }

    /// How long an office was held, at `k`, before the verb that takes it: `22 năm làm`,
    /// `hơn 10 năm giữ`, `nhiều năm là`, `3 tháng làm`; where the verb is.
    fn duration(&self, k: usize) -> Option<usize> {
        static NHIEU: LazyLock<Option<u32>> =
            LazyLock::new(|| crate::Syllable::parse("nhiều").ok().map(|s| s.key()));
        let x = self.u.get(k)?;
        // (Cheap tests first: this runs at every word after every name.)
        let about = matches!(
            x.word,
            Word::Hon | Word::Gan | Word::Tren | Word::Khoang | Word::Trong
        );
        let count = |y: &Unit<'_>| {
            (y.kind == TokenKind::Number
                && y.text.len() <= 2
                && y.text.bytes().all(|b| b.is_ascii_digit()))
                || (y.key.is_some() && y.key == *NHIEU)
        };
        if !about && !count(x) {
            return None;
        }
        let n = if about { k + 1 } else { k };
        if !self.u.get(n).is_some_and(count) {
            return None;
        }
        // (Years, months, or terms: `sau 3 nhiệm kỳ làm Chủ tịch …`.)
        let e = if self
            .u
            .get(n + 1)
            .is_some_and(|y| matches!(y.word, Word::Nam | Word::Thang))
        {
            n + 2
        } else if self.folded_is(n + 1, "nhiem") && self.folded_is(n + 2, "ky") {
            n + 3
        } else {
            return None;
        };
        matches!(self.canon(e), Some("làm" | "giữ" | "là")).then_some(e)
    }

    /// Where the linking words start after a list of bodies at `k` and its `và` or comma:
    /// `Ban Chấp hành, Ban Thường vụ và giữ chức …`, `BCH, BTV và giữ chức …`, `Ban Chấp
    /// hành và Ban Thường vụ, giữ chức …` (a person joins them, then takes an office).
    fn bodies_joined(&self, mut k: usize) -> Option<usize> {
        for _ in 0..6 {
            if !self.u.get(k).is_some_and(Unit::capitalized) {
                return None;
            }
            let (_, e) = self.org(k)?;
            // (Its term restated after a comma: `vào Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm
            // kỳ 2020 - 2025 và giữ chức …`.)
            let e = if self.text_at(e) == ","
                && let Some(t) = self.term(e + 1)
            {
                t
            } else {
                e
            };
            // (`vào Ban Chấp hành và Ban Thường vụ, giữ chức …` too.)
            if !(self.text_at(e) == "," || self.canon(e) == Some("và")) {
                return None;
            }
            if self.u.get(e + 1).is_some_and(linking) {
                return Some(e + 1);
            }
            k = e + 1;
        }
        None
    }

    /// The end of an aside that starts at `k` (just after the name or its linking words): a
    /// comma-ended phrase of up to ten lower-case words, numbers and places, starting with
    /// `sinh`, `quê`, `người`, a number of years or `một` (`là một chính khách Việt Nam,`) —
    /// no title and no other person in it. Returns where the words after its comma start.
    fn aside(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        let k = if self.text_at(k) == "," { k + 1 } else { k };
        // (`là chính trị gia người Việt Nam,`, `là nhà ngoại giao …,` too.)
        // (Or the term of the title before, or the person's people: `…, Bí thư Tỉnh ủy, nhiệm
        // kỳ 2020-2025, được điều động làm …`, `…, khóa XVII, …`, `…, dân tộc Tày, …`.)
        let opens = matches!(self.canon(k), Some("một" | "người" | "chính" | "nhà"))
            || matches!(self.canon(k), Some("sinh" | "quê" | "khóa"))
            || (self.canon(k) == Some("nhiệm") && matches!(self.canon(k + 1), Some("kỳ" | "kì")))
            || (self.canon(k) == Some("giai") && self.canon(k + 1) == Some("đoạn"))
            || (self.canon(k) == Some("dân") && self.canon(k + 1) == Some("tộc"))
            // (Or a foreigner's country: `ông Chen Wei, quốc tịch Trung Quốc, Giám đốc …`,
            // `công dân Singapore`.)
            || (self.canon(k) == Some("quốc") && self.folded_is(k + 1, "tich"))
            || (self.canon(k) == Some("công") && self.canon(k + 1) == Some("dân"))
            // (`Đảng viên 65 năm tuổi Đảng,`: the years of membership.)
            || (self.canon(k) == Some("đảng") && self.canon(k + 1) == Some("viên"))
            || self.u.get(k).is_some_and(|x| x.kind == TokenKind::Number)
            // (`SN 1970,`: the year of birth written short.)
            || matches!(self.text_at(k), "SN" | "Sn");
        if !opens {
            return None;
        }
        // (A semicolon too: `quê xã Hoằng Phú, huyện Hoằng Hóa; nguyên Phó Chủ tịch …`.)
        let end_at = |c: usize| matches!(self.text_at(c), "," | ";");
        // (A birth's date and place take more words: `sinh ngày 20 tháng 10 năm 1950 tại xã
        // Nga Sơn,`.)
        let room = if self.canon(k) == Some("sinh") {
            15
        } else {
            11
        };
        let mut comma = (k + 1..(k + room).min(self.u.len())).find(|&c| end_at(c))?;
        // An address goes on item by item, each a level and its place or a listed place:
        // `quê quán xã Tịnh Khê, huyện Sơn Tịnh, tỉnh Quảng Ngãi, nguyên Phó Bí thư …`.
        if matches!(self.canon(k), Some("sinh" | "quê")) {
            while self.text_at(comma) == ","
                && (self.h.kinds_at(comma + 1) & (bit(EntryKind::Level) | bit(EntryKind::Place))
                    != 0)
                && !titles.iter().any(|t| t.start == comma + 1)
                && let Some(c) = (comma + 2..(comma + 7).min(self.u.len())).find(|&c| end_at(c))
            {
                comma = c;
            }
        }
        // (A place is no other person: `sinh năm 1955 tại Hà Nội,`.)
        let clean = (k..comma).all(|m| {
            !titles.iter().any(|t| t.start == m)
                && (!self.person_name_at(m)
                    || self.h.longest(m, EntryKind::Place).is_some()
                    // (Nor a place after its level: `huyện Sơn Tịnh`.)
                    || self.h.ends_at(m, EntryKind::Level, 2).is_some())
                // (`và` before a lower-case word joins two descriptions: `chính trị gia và
                // nhà ngân hàng`; before a name, another person.)
                && (self.canon(m) != Some("và")
                    || self.u.get(m + 1).is_some_and(|x| !x.capitalized()))
        });
        clean.then_some(comma + 1)
    }

    /// Whether the words right before unit `k` name a wife: `phu nhân`, `vợ`, `vợ của`.
    fn spouse_before(&self, k: usize) -> bool {
        // (Past the husband's form of address: `Phu nhân ông Chủ tịch UBND tỉnh, bà A`.)
        let k = if k >= 1 && matches!(self.canon(k - 1), Some("ông" | "bà")) {
            k - 1
        } else {
            k
        };
        let k = if k >= 1 && self.canon(k - 1) == Some("của") {
            k - 1
        } else {
            k
        };
        (k >= 1 && self.canon(k - 1) == Some("vợ"))
            || (k >= 2 && self.canon(k - 2) == Some("phu") && self.canon(k - 1) == Some("nhân"))
    }

    /// Past the reference marks that start at `k` (`[4]`, `[21][22]`): where the text goes on.
    fn past_citations(&self, mut k: usize) -> usize {
        loop {
            if self.text_at(k) == "["
                && self
                    .u
                    .get(k + 1)
                    .is_some_and(|x| x.kind == TokenKind::Number && x.text.len() <= 3)
                && self.text_at(k + 2) == "]"
            {
                k += 3;
            } else if self.text_at(k) == "*"
                && self.text_at(k + 1) == "*"
                && self.u.get(k + 1).is_some_and(|x| x.gap == Gap::None)
                // (Before a bracket, a comma or `là`; not a title run into the bold, the next
                // item of a list: `…:**Nguyễn Hồng Sâm**Phó Tổng Giám đốc …`.)
                && !self.u.get(k + 2).is_some_and(Unit::capitalized)
            {
                // The bold of a wiki's markup: `**Bùi Hải Sơn** (sinh năm 1963) là …` (not
                // its italics, the names of works: `*Nikkei Asia*`).
                k += 2;
            } else {
                return k;
            }
        }
    }

    /// Whether units `a..b` are all Vietnamese syllables (a Vietnamese name).
    fn all_syllables(&self, a: usize, b: usize) -> bool {
        self.u
            .get(a..b)
            .is_some_and(|s| s.iter().all(|x| x.kind == TokenKind::Syllable))
    }

    /// Where the next item of a chain of titles starts after unit `e` (the end of one):
    /// past a comma, `kiêm`, `và`, a year in brackets (`Trung tướng (1990),`) and a degree
    /// (`Phó giáo sư,`).
    fn chain_next(&self, e: usize) -> usize {
        let mut e = self.past_citations(e);
        // `Phó Chủ tịch UBND TP Đà Nẵng (nguyên Chủ tịch UBND tỉnh Quảng Nam)`: an office held
        // before or beside, in brackets after the title.
        if self.text_at(e) == "("
            && self.spaced(e + 2)
            && self
                .u
                .get(e + 1)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && ["nguyen", "cuu", "kiem"]
                .iter()
                .any(|w| self.folded_is(e + 1, w))
        {
            return e + 1;
        }
        // `(1990)`
        if self.u.get(e).is_some_and(|x| x.text == "(")
            && let Some(close) =
                (e + 1..(e + 5).min(self.u.len())).find(|&k| self.text_at(k) == ")")
        {
            e = close + 1;
        }
        // `cũ`, `trước đây` (former) after an office of a body that merged away: `Chủ tịch
        // UBND huyện Mường Tè cũ, nay là Bí thư Đảng ủy xã Mường Tè`.
        let word = |k: usize| self.folded(k).unwrap_or_default();
        if self.spaced(e) && word(e) == "cu" && self.u.get(e).is_some_and(|x| !x.capitalized()) {
            e += 1;
        } else if self.spaced(e)
            && self.u.get(e).is_some_and(|x| x.word == Word::Truoc)
            && self.spaced(e + 1)
            && matches!(word(e + 1).as_str(), "day" | "kia")
        {
            e += 2;
        }
        // Before the comma, what the title says no more of: the body it belongs to (`Chủ
        // nhiệm Ủy ban Kinh tế của Quốc hội, nguyên Bí thư …`) or when it was held (`Phó Giám
        // đốc Sở Y tế từ năm 2015, Giám đốc Sở Nội vụ`, `Thứ trưởng từ năm 2007 - 2016, Bộ
        // trưởng …`).
        if let Some(comma) = self
            .of_body_then_comma(e)
            .or_else(|| self.when_then_comma(e))
        {
            e = comma;
        }
        // (Or the body the title's belongs to between commas, then `kiêm`: `Giám đốc Trung tâm
        // Thông tin, Hội Nhà báo Việt Nam, kiêm Trưởng ban …`.)
        if self.text_at(e) == ","
            && self.u.get(e + 1).is_some_and(Unit::capitalized)
            && let Some((_, oe)) = self.org(e + 1)
            && self.text_at(oe) == ","
            && self.any_of(oe + 1, &["kiêm"])
        {
            e = oe;
        }
        // (Or a dash between two offices: `Phó Chủ tịch Quốc hội - Trưởng Ban Công tác đại
        // biểu`.)
        if !self.u.get(e).is_some_and(|_| {
            self.any_of(e, &[",", "kiêm", "và", ";", "rồi"]) || self.spaced_dash(e)
        }) {
            return e;
        }
        e = self.past_citations(e + 1);
        // `…, trước đó là Phó Bí thư Tỉnh ủy`, `…, sau đó là`, `…, từng là`, `…, hiện là`:
        // the next office, and when.
        let mut m = e;
        // (Or the words that take it: `…, sau đó giữ chức Giám đốc Sở`, `…, rồi được bổ
        // nhiệm làm …`.)
        while m < e + 8
            && self.u.get(m).is_some_and(|x| {
                matches!(x.word, Word::Truoc | Word::Sau | Word::Do3 | Word::Nay)
                    // (`…, rồi Chủ tịch UBND TP.HCM từ tháng 3/2022`: then.)
                    || matches!(self.canon_of(x), Some("từng" | "hiện" | "cũng" | "là" | "rồi"))
                    || (m > e
                        && matches!(
                            self.canon_of(x),
                            Some(
                                "giữ" | "chức" | "vụ" | "làm" | "được" | "bổ" | "nhiệm"
                                    // (`sau đó được điều động làm …`, `phân công làm`,
                                    // `bầu làm`.)
                                    | "điều" | "động" | "phân" | "công" | "bầu"
                            )
                        ))
            })
        {
            m += 1;
        }
        if m > e
            && matches!(
                self.canon(m - 1),
                Some("là") | Some("chức") | Some("vụ") | Some("làm") | Some("nhiệm") | Some("rồi")
            )
        {
            e = m;
            // (`…, là nữ Thống đốc đầu tiên`: a woman's office.)
            if self.canon(m - 1) == Some("là")
                && self.spaced(e + 1)
                && self
                    .u
                    .get(e)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && self.folded_is(e, "nu")
            {
                e += 1;
            }
        }
        // (A doubled separator: `các khóa IV, V, VI,; đại biểu Quốc hội …`.)
        if self.any_of(e, &[";"]) {
            e += 1;
        }
        // A degree between: `Phó giáo sư,`, `kỹ sư`.
        if let Some((d, n)) = self.h.longest(e, EntryKind::Honorific)
            && !address(self.lex.note(n))
            && self.u.get(d).is_some_and(|x| x.text == ",")
        {
            e = d + 1;
        }
        e
    }

    /// Whether an address goes on at `e`, a comma then a ward, a district or a city, as
    /// written in full or short (`72 Lê Thánh Tôn, Q.1`, `10 Nguyễn Huệ, phường Bến Nghé`).
    fn address_goes_on(&self, e: usize) -> bool {
        self.text_at(e) == "," && self.place_level(e + 1)
    }

    /// The comma after `của` and the body a title belongs to, at `e`: `của Quốc hội,`, `của
    /// Ngân hàng Thế giới,`.
    fn of_body_then_comma(&self, e: usize) -> Option<usize> {
        if self.canon(e) != Some("của") || !self.spaced(e + 1) {
            return None;
        }
        // (Or a level and its place: `Trưởng đoàn kiểm tra số 2 của tỉnh Hậu Giang, ông A`.)
        let end = self
            .org(e + 1)
            .map(|(_, b)| b)
            .or_else(|| self.h.longest(e + 1, EntryKind::Place).map(|(b, _)| b))
            .or_else(|| self.level_place(e + 1))?;
        (self.text_at(end) == ",").then_some(end)
    }

    /// The comma after a time at `e` that says when a title was held: `từ năm 2015,`, `từ
    /// tháng 4/2021 đến nay,`, `năm 2007 - 2016,`, `giai đoạn 2015 - 2020,`.
    fn when_then_comma(&self, e: usize) -> Option<usize> {
        // (Or its years bare: `Chủ tịch UBND TP Hà Nội 2007 - 2015, nguyên Chủ tịch …`.)
        let year = |k: usize| {
            self.u.get(k).is_some_and(|x| {
                x.kind == TokenKind::Number
                    && x.text.len() == 4
                    && x.text.bytes().all(|b| b.is_ascii_digit())
            })
        };
        if !self.u.get(e).is_some_and(|x| {
            matches!(x.word, Word::Tu | Word::Nam | Word::Thang | Word::Giai)
                || (year(e) && self.spaced(e) && self.u.get(e + 1).is_some_and(|y| y.is_dash()))
        }) {
            return None;
        }
        let mut m = e;
        while m < e + 10
            && self.u.get(m).is_some_and(|x| {
                x.kind == TokenKind::Number
                    || matches!(x.text, "/" | "-" | "–")
                    || matches!(
                        x.word,
                        Word::Tu
                            | Word::Den
                            | Word::Toi
                            | Word::Nam
                            | Word::Thang
                            | Word::Ngay
                            | Word::Nay
                            | Word::Giai
                            | Word::Doan
                    )
            })
        {
            m += 1;
        }
        // (A number in it: a time, not `từ đó,`.)
        let numbered = (e..m).any(|k| self.u.get(k).is_some_and(|x| x.kind == TokenKind::Number));
        (numbered && self.text_at(m) == ",").then_some(m)
    }

    /// Whether `của` at `c` and the body it names end right before the name at `i`: the
    /// body closed by its abbreviation (`của Viện ISEAS Sharon Seah`), or by its office's
    /// seat (`của Ngân hàng Thế giới tại Việt Nam Mariam J. Sherman`), the body's
    /// abbreviation in brackets between (`của Ngân hàng Thế giới (WB) tại Việt Nam …`); or the
    /// body by its abbreviation alone, then perhaps the seat (`của IMF Era Dabla-Norris`, `của
    /// WB tại Việt Nam Andrea Coppola`).
    fn of_body_before(&self, c: usize, i: usize) -> bool {
        if self.canon(c) != Some("của") {
            return false;
        }
        let seat = |m: usize| {
            self.canon(m) == Some("tại")
                && self
                    .h
                    .longest(m + 1, EntryKind::Place)
                    .is_some_and(|(pe, _)| pe == i)
        };
        let acronym = |m: usize| {
            self.u.get(m).is_some_and(|x| {
                x.all_caps() && x.kind != TokenKind::Punctuation && x.text.len() >= 2
            })
        };
        let bracketed = |e: usize| {
            if self.text_at(e) == "(" && self.text_at(e + 2) == ")" && acronym(e + 1) {
                e + 3
            } else {
                e
            }
        };
        self.org(c + 1).is_some_and(|(_, e)| {
            (e == i && (self.u.get(i - 1).is_some_and(Unit::all_caps) || (c + 3..i).any(seat)))
                || (e < i && seat(bracketed(e)))
        }) || (acronym(c + 1)
            && self.spaced(c + 1)
            && (i == c + 2 || seat(c + 2))
            // (Not a brand's words and its seat after the firm's letters: `của LG Display
            // Việt Nam Hải Phòng`.)
            && (i..self.capitalized_run(i, 5))
                .all(|m| self.h.kinds_at(m) & bit(EntryKind::Place) == 0))
    }

    /// The title right before a person whose words start at `k` (before its colon, its
    /// duty, its body's abbreviation, `là`): `Chủ tịch UBND tỉnh Hồ Tiến Thiệu`, `Bộ trưởng:
    /// Nguyễn Thanh Long`.
    fn title_right_before(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        // (Or the body it is of, `của`, closed by its abbreviation right before the name:
        // `Giám đốc Trung tâm Nghiên cứu ASEAN của Viện ISEAS Sharon Seah`.)
        let p = self.adjacent_title(k, titles).or_else(|| {
            titles.iter().position(|t| {
                t.end + 2 < k
                    && k <= t.end + 11
                    && self.canon(t.end) == Some("của")
                    && self.of_body_before(t.end, k)
            })
        })?;
        // (Nor the wife named after her husband's office and his country, `phu nhân Tổng thống
        // Pháp Brigitte Macron`, unless in apposition to her name before, which names him:
        // `Bà Ngô Phương Ly, phu nhân Tổng Bí thư Tô Lâm`; with no country the name is his,
        // `Phu nhân Tổng Bí thư Nguyễn Phú Trọng`.)
        let t = &titles[p];
        if t.end == k && t.org.is_some() {
            let w = if t.start >= 2
                && self.canon(t.start - 2) == Some("phu")
                && self.canon(t.start - 1) == Some("nhân")
            {
                Some(t.start - 2)
            } else if t.start >= 1 && self.canon(t.start - 1) == Some("vợ") {
                Some(t.start - 1)
            } else {
                None
            };
            if let Some(w) = w
                && (w == 0 || self.text_at(w - 1) != ",")
            {
                return None;
            }
        }
        // (Nor the one received at the clause's start, before the comma that ends it: `Tiếp
        // Phó Chủ tịch nước, Giám mục Giuse Nguyễn Tấn Tước cho biết …`.)
        if t.end + 1 == k && self.received_at_start(t) {
            return None;
        }
        // (An apposition after a title of whose holder the first is: `Đặc phái viên của Tổng
        // thống Hàn Quốc, ông Kim Jin-pyo` is the envoy, not the president.)
        let t = &titles[p];
        if t.start > 0
            && k >= 1
            && self.text_at(k - 1) == ","
            && t.end + 1 == k
            && self.canon(t.start - 1) == Some("của")
            && let Some(q) = titles.iter().position(|u| u.end + 1 == t.start)
            && titles[q].org.is_none()
        {
            return Some(q);
        }
        Some(p)
    }

    /// Whether title `t` is the one received or met, after `Tiếp` or `Gặp` at the clause's
    /// start, and a comma ends that clause: `Tiếp Phó Chủ tịch nước, Giám mục A cho biết`.
    fn received_at_start(&self, t: &title::Found) -> bool {
        let opens = |m: usize| m == 0 || matches!(self.text_at(m - 1), "," | ":" | ".");
        t.start > 0
            && self.text_at(t.end) == ","
            && (((self.folded_is(t.start - 1, "tiep") || self.folded_is(t.start - 1, "gap"))
                && opens(t.start - 1))
                // (A courtesy call: `Tiếp xã giao Đại sứ Ấn Độ, đồng chí A, Bí thư Tỉnh ủy …`.)
                || (t.start >= 3
                    && self.folded_is(t.start - 3, "tiep")
                    && self.folded_is(t.start - 2, "xa")
                    && self.folded_is(t.start - 1, "giao")
                    && opens(t.start - 3))
                // (Or talks held with them: `Hội đàm với Đại sứ Hàn Quốc, Chủ tịch UBND tỉnh
                // Hà Tĩnh Võ Trọng Hải nêu rõ …`, `Làm việc với …`.)
                || (t.start >= 3
                    && self.folded_is(t.start - 1, "voi")
                    && (self.folded_is(t.start - 2, "dam") || self.folded_is(t.start - 2, "viec"))
                    && opens(t.start - 3)))
    }

    /// The title that ends right before the name at `k`, or past what may stand between (a
    /// seat, an event, a bracket, a parent body), before [`Rules::title_right_before`] asks
    /// whose it is.
    fn adjacent_title(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        // (Not to an old man or woman named after `là`, a parent in a death notice: `Thân phụ
        // của đồng chí A, Giám đốc Sở … là cụ ông B`; no office is said so.)
        if k > 0 && self.canon(k - 1) == Some("là") && self.folded_is(k, "cu") {
            return None;
        }
        // (Past the bold of a wiki's markup: `Phó Tổng Giám đốc …:**Lê Việt Đông**`.)
        let k = if k >= 2
            && self.text_at(k - 1) == "*"
            && self.text_at(k - 2) == "*"
            && self.u.get(k - 1).is_some_and(|x| x.gap == Gap::None)
        {
            k - 2
        } else {
            k
        };
        // A name in capitals after a title of a body that is not is a byline run into the
        // sentence (`…, nguyên Phó Chánh Tòa Hình sự TAND TP.HCM PHƯƠNG LOAN`), not the holder
        // (a rank is: `Đại tá TỐNG THÀNH ĐẠI`).
        // (A degree in capitals is no byline: `Đại tá PGS,TS. Dương Hồng Anh`.)
        // (Nor are initials: `Tổng thống Nga V.V. Putin`.)
        let caps = |i: usize| {
            self.u.get(i).is_some_and(Unit::all_caps)
                && self.h.kinds_at(i) & bit(EntryKind::Honorific) == 0
                && self.initials_run(i).is_none()
        };
        titles
            .iter()
            .position(|t| {
                (t.end == k && !(caps(k) && t.org.is_some() && t.end > t.start && !caps(t.start)))
                    // (A rank, then its country: `Nguyên soái Liên Xô Dmitry Ustinov`.)
                    || (t.rank
                        && self.spaced(t.end)
                        && self.h.longest(t.end, EntryKind::Place).is_some_and(|(pe, n)| {
                            pe == k && self.lex.note(n).starts_with("country")
                        }))
                    || (t.end + 1 == k
                        && self.u.get(t.end).is_some_and(|_| {
                            // (`Phó Chủ tịch UBND tỉnh (ông Nguyễn Văn An)`: the name alone in
                            // brackets after the title; not `làm Bí thư (Nguyễn Hồng Thắng
                            // thay năm 1989)`.)
                            self.any_of(t.end, &[":", ",", "là", "gồm", "|"])
                                || self.spaced_dash(t.end)
                                || (self.any_of(t.end, &["("]) && self.name_in_brackets(k))
                        }))
                    // (Or an office taken, when, then the comma: `Sau khi được bổ nhiệm làm
                    // Phó Giám đốc Đài … từ tháng 5/2023, ông Võ Văn Hòa …`, `… vào ngày
                    // 4/4/2024, ông …`; not one met
                    // with, `Làm việc với Chủ tịch UBND tỉnh từ năm 2020, ông B …`.)
                    || (t.end + 3 <= k
                        && t.end + 9 >= k
                        && self.text_at(k - 1) == ","
                        && t.start > 0
                        && (self.any_of(t.start - 1, &["làm"]) || self.folded_is(t.start - 1, "chuc"))
                        && self.period_between(t.end, k - 1))
            })
            // (Its part in the panel after a dash, then a colon: `Thẩm phán - Chủ tọa phiên
            // tòa: Ông Nguyễn Văn Thành`.)
            .or_else(|| {
                // (Or the part right between, no colon: `Thẩm phán chủ tọa Hoàng Thị Minh
                // Nguyệt`.)
                if k >= 3
                    && self
                        .u
                        .get(k - 2)
                        .is_some_and(|x| !x.capitalized() && x.text.starts_with('c'))
                    && self.folded_is(k - 2, "chu")
                    && self.folded_is(k - 1, "toa")
                {
                    return titles.iter().position(|t| t.end + 2 == k);
                }
                if !(k >= 4 && self.text_at(k - 1) == ":") {
                    return None;
                }
                titles.iter().position(|t| {
                    t.end + 2 < k
                        && k - t.end <= 7
                        && self.spaced_dash(t.end)
                        && (t.end + 1..k - 1).all(|m| {
                            self.u
                                .get(m)
                                .is_some_and(|x| x.key.is_some() && self.spaced(m))
                        })
                })
            })
            // (Or its seat between, after `tại`: `Trưởng đại diện VTV tại Lào Nguyễn Hữu Quý`,
            // `Trưởng cơ quan thường trú TTXVN tại Hoa Kỳ, nhà báo …`.)
            .or_else(|| {
                // (Or an event by its code, and its year, after `tại` or `dự`: `Trưởng đoàn
                // Việt Nam dự IMO 2024, PGS.TS Lê Anh Vinh`, `… tại IMO 2025 là PGS.TS A`.)
                // (The body's short form in brackets first: `Giám đốc quốc gia Ngân hàng Phát
                // triển châu Á (ADB) tại Việt Nam, ông Rajiv Mehta`.)
                titles.iter().position(|t| {
                    let s = if self.text_at(t.end) == "(" && self.text_at(t.end + 2) == ")" {
                        t.end + 3
                    } else {
                        t.end
                    };
                    s + 1 < k
                        && k - s <= 6
                        && match self.canon(s) {
                            Some("tại") => self
                                .seat_ends(s + 1)
                                .or_else(|| self.event_code_ends(s + 1)),
                            Some("dự") => self.event_code_ends(s + 1),
                            _ => None,
                        }
                        .is_some_and(|e| {
                            e == k
                                || (e + 1 == k
                                    && (self.text_at(e) == ","
                                        || self.spaced_dash(e)
                                        || self.canon(e) == Some("là")))
                        })
                })
            })
            // (Its short form in brackets between: `Tổng Giám đốc Tập đoàn Vingroup (CEO), ông
            // A`, `Giám đốc điều hành (COO), ông B`.)
            .or_else(|| {
                let acronym = k >= 4
                    && self.text_at(k - 1) == ","
                    && self.text_at(k - 2) == ")"
                    && self.text_at(k - 4) == "("
                    && self.u.get(k - 3).is_some_and(|x| {
                        (x.all_caps() && x.text.chars().count() <= 6 && x.key.is_none())
                            // (Or a short name in one word: `Quỹ Phát triển khoa học và
                            // công nghệ quốc gia (Nafosted), PGS.TS A`.)
                            || (matches!(x.kind, TokenKind::Word | TokenKind::Abbreviation)
                                && x.capitalized()
                                && x.text.chars().count() <= 10)
                    });
                titles.iter().position(|t| acronym && t.end == k - 4)
            })
            // (Or the body it belongs to in brackets: `Đội trưởng Đội Kiểm soát chống buôn lậu
            // (Cục Hải quan tỉnh), ông A`.)
            .or_else(|| {
                if !(k >= 5 && self.text_at(k - 1) == "," && self.text_at(k - 2) == ")") {
                    // (Cheap test first: a bracket closes right before the name.)
                    return (k >= 1 && self.text_at(k - 1) == ")")
                        .then(|| self.places_in_brackets(k, titles))
                        .flatten();
                }
                let open = (k.saturating_sub(12)..k - 3)
                    .rev()
                    .find(|&m| self.text_at(m) == "(")?;
                // (Or its place: `Hiệu trưởng Trường THPT Chu Văn An (Hà Nội), thầy A`.)
                let body = (self.org(open + 1).is_some_and(|(_, e)| e == k - 2)
                    || self
                        .h
                        .longest(open + 1, EntryKind::Place)
                        .is_some_and(|(e, _)| e == k - 2))
                    && !(open + 1..k - 2).any(|m| matches!(self.text_at(m), "(" | ")" | ","));
                body.then(|| titles.iter().position(|t| t.end == open))
                    .flatten()
                    .or_else(|| self.places_in_brackets(k, titles))
            })
            .or_else(|| {
                // (Its ordinal between: `Tổng thống Mỹ thứ 47 Donald Trump`.)
                titles
                    .iter()
                    .position(|t| t.end + 2 == k && self.ordinal_after(t.end))
            })
            .or_else(|| self.title_before_colon(k, titles))
            .or_else(|| self.title_before_duty(k, titles))
            .or_else(|| self.title_before_gap(k, titles))
            .or_else(|| {
                titles.iter().position(|t| {
                    self.conferred(t)
                        && (t.end + 1 == k || (t.end + 2 == k && self.canon(t.end) == Some("đối")))
                })
            })
            // `Vụ trưởng Vụ Pháp chế, Bộ Tài chính Nguyễn Văn Hải`: the title, then after a
            // comma the body it is part of (outside its span), then the name.
            .or_else(|| {
                titles.iter().position(|t| {
                    // (Or the body closed by its own comma: `Viện trưởng Viện Dinh dưỡng, Bộ Y
                    // tế, PGS.TS Trần Thúy Nga`.)
                    // (Or `thuộc` and the body it is under: `Trưởng Ban Dân nguyện thuộc UBTVQH
                    // Dương Thanh Bình`.)
                    let under = self.text_at(t.end) != ","
                        && self.spaced(t.end)
                        && self.folded_is(t.end, "thuoc");
                    // (Or one under a body by its abbreviation no list knows: `Giám đốc Ban
                    // Quản lý dự án 1 thuộc MAUR Trần Quốc Bảo`.)
                    let acronym = || {
                        t.end + 2 == k
                            && self.u.get(t.end + 1).is_some_and(|x| {
                                x.kind == TokenKind::Abbreviation && x.all_caps() && x.gap == Gap::Space
                            })
                    };
                    t.end + 1 < k
                        && (self.text_at(t.end) == "," || under)
                        && self.u.get(t.end + 1).is_some_and(Unit::capitalized)
                        && (self
                            .org(t.end + 1)
                            .is_some_and(|(_, e)| e == k || (e + 1 == k && self.text_at(e) == ","))
                            || (under && acronym()))
                })
            })
            // (Or `của` and a level alone, the body's place: `Trưởng ban Chỉ đạo chống ngập của
            // thành phố Trịnh Minh Quân`.)
            .or_else(|| {
                titles.iter().position(|t| {
                    t.end + 2 <= k
                        && k <= t.end + 3
                        && self.canon(t.end) == Some("của")
                        && self
                            .h
                            .longest(t.end + 1, EntryKind::Level)
                            .is_some_and(|(e, _)| e == k)
                })
            })
            // (Or `của` and the body it is of, or a firm's brand in one word, then the name:
            // `Trưởng Ban Xây dựng Đảng của Đảng ủy xã Tam Kỳ Trần Văn Lực`, `Giám đốc Khối
            // Khách hàng doanh nghiệp của Vietcombank Phùng Nguyễn Hải Yến`.)
            .or_else(|| {
                let brand = |b: usize| {
                    self.u.get(b).is_some_and(|x| {
                        matches!(x.kind, TokenKind::Word | TokenKind::Abbreviation)
                    }) && self.h.kinds_at(b) & (bit(EntryKind::Place) | bit(EntryKind::Surname))
                        == 0
                };
                titles.iter().position(|t| {
                    t.end + 2 <= k
                        && k - t.end <= 10
                        && self.canon(t.end) == Some("của")
                        && self.spaced(t.end + 1)
                        && self.u.get(t.end + 1).is_some_and(Unit::capitalized)
                        && ((t.end + 2 == k && brand(t.end + 1))
                            || (t.end + 3 < k
                                && self.org(t.end + 1).is_some_and(|(_, oe)| oe == k)))
                })
            })
            // (Or `của` and the firm or body it is of, then the comma of an apposition and a
            // form of address: `Giám đốc điều hành dự án Cá Voi Xanh của ExxonMobil, ông Mark
            // Thompson`, `Trưởng phòng Kinh tế đối ngoại của Vinatex, bà …`.)
            .or_else(|| {
                // (Or `là`: `Đội trưởng Đội PCCC cơ sở của Công ty Samsung Electronics Việt
                // Nam Thái Nguyên là ông Park Min-ho`.)
                if !(k >= 4
                    && (self.text_at(k - 1) == "," || self.canon(k - 1) == Some("là"))
                    && self.h.longest(k, EntryKind::Honorific).is_some())
                {
                    return None;
                }
                titles.iter().position(|t| {
                    t.end + 2 < k
                        && k - t.end <= 12
                        && self.canon(t.end) == Some("của")
                        && self.spaced(t.end + 1)
                        && self.u.get(t.end + 1).is_some_and(Unit::capitalized)
                        && (self.org(t.end + 1).is_some_and(|(_, oe)| oe == k - 1)
                            || (t.end + 1..k - 1).all(|m| {
                                self.spaced(m)
                                    && self.u.get(m).is_some_and(|x| {
                                        x.capitalized()
                                            && matches!(
                                                x.kind,
                                                TokenKind::Syllable
                                                    | TokenKind::Word
                                                    | TokenKind::Abbreviation
                                            )
                                    })
                            }))
                })
            })
            // (Or the period it was held, then `là`: `Giám đốc Hãng phim Truyện Việt Nam giai
            // đoạn 1995-2005 là đạo diễn Vương Đức Thịnh`, `… nhiệm kỳ 2015-2020 là ông A`.)
            .or_else(|| {
                if !(k >= 3 && self.canon(k - 1) == Some("là")) {
                    return None;
                }
                titles
                    .iter()
                    .position(|t| t.end + 2 < k && self.period_before(t.end) == Some(k - 1))
            })
            // (Or the period, then the name: `Chủ tịch UBND tỉnh Vĩnh Long giai đoạn
            // 2016-2021 Lữ Quang Đức`.)
            .or_else(|| {
                titles.iter().position(|t| {
                    t.org.is_some()
                        && t.end + 2 < k
                        && self.text_at(k - 1) != ","
                        && self.period_before(t.end) == Some(k)
                })
            })
            // (Or the period, a comma, then a form of address: `Chủ tịch Quốc hội Myanmar giai
            // đoạn 2016-2021, ông T Khun Myat, từng thăm …`.)
            .or_else(|| {
                if !(k >= 3 && self.text_at(k - 1) == "," && self.honorific_at(k).is_some()) {
                    return None;
                }
                titles
                    .iter()
                    .position(|t| t.end + 2 < k && self.period_before(t.end) == Some(k))
            })
            // (Or the place it is part of, between commas: `Trưởng khu phố 3, phường Tân
            // Thuận, ông Huỳnh Văn Mến`.)
            .or_else(|| {
                // (Or with no comma after it, when the title names its own body: `Cựu Chủ
                // tịch UBND huyện Bảo Lâm, tỉnh Lâm Đồng Nguyễn Văn Tiến`.)
                titles.iter().position(|t| {
                    t.end + 2 < k
                        && self.text_at(t.end) == ","
                        && self.u.get(t.end + 1).is_some_and(|x| !x.capitalized())
                        && ((self.text_at(k - 1) == ","
                            && self.level_place(t.end + 1) == Some(k - 1))
                            || (t.org.is_some() && self.level_place(t.end + 1) == Some(k)))
                })
            })
    }

    /// A period at `k` that says when an office was held (`giai đoạn 1995-2005`, `nhiệm kỳ
    /// 2015 - 2020`, `thời kỳ 1986–1991`, `năm 2010`, `từ năm 2010 đến năm 2015`), maybe a
    /// comma after it: where what follows starts.
    fn period_before(&self, k: usize) -> Option<usize> {
        let x = self.u.get(k)?;
        let mut j = match x.word {
            Word::Giai | Word::Nhiem | Word::Thoi
                if matches!(self.u.get(k + 1)?.word, Word::Doan | Word::Ky) =>
            {
                k + 2
            }
            Word::Nam => k + 1,
            Word::Tu if self.u.get(k + 1)?.word == Word::Nam => k + 2,
            _ => return None,
        };
        let year = |m: usize| {
            self.u.get(m).is_some_and(|y| {
                matches!(y.kind, TokenKind::Number | TokenKind::Code)
                    && y.text.len() >= 4
                    && y.text.bytes().take(4).all(|b| b.is_ascii_digit())
            })
        };
        if !year(j) {
            return None;
        }
        j += 1;
        // (`1995 - 2005`, `2010 đến năm 2015`.)
        if self.spaced_dash(j) && year(j + 1) {
            j += 2;
        } else if self.u.get(j).is_some_and(|y| y.word == Word::Den) {
            let n = if self.u.get(j + 1).is_some_and(|y| y.word == Word::Nam) {
                j + 2
            } else {
                j + 1
            };
            if year(n) {
                j = n + 1;
            }
        }
        if self.text_at(j) == "," {
            j += 1;
        }
        Some(j)
    }

    /// Whether title `t` is a rank or an office conferred on the one named after it, `cho`
    /// between: `phong quân hàm Thiếu tướng cho đồng chí Nguyễn Sơn` (Sơn's rank, not the
    /// conferrer's).
    /// (`thăng cấp bậc hàm Thiếu tướng đối với đồng chí …`: the police's wording.)
    fn conferred(&self, t: &title::Found) -> bool {
        let to = match self.canon(t.end) {
            Some("cho") => t.end + 1,
            Some("đối") if self.canon(t.end + 1) == Some("với") => t.end + 2,
            _ => return false,
        };
        // (Not the one whose award it is: `tặng Bằng khen của Thủ tướng Chính phủ cho Trung úy
        // Phạm Văn Nghĩa`.)
        if t.start > 0 && self.canon(t.start - 1) == Some("của") {
            return false;
        }
        // (Past the rank held till then: `thăng cấp bậc hàm từ Đại tá lên Thiếu tướng`.)
        let back = if t.rank && t.start > 0 && self.canon(t.start - 1) == Some("lên") {
            9
        } else {
            4
        };
        (t.start.saturating_sub(back)..t.start).any(|m| {
            matches!(self.canon(m), Some("phong" | "thăng" | "trao" | "tặng"))
                    // (`giao quyền Chủ tịch UBND thị xã cho ông …`: acting in that office.)
                    || (self.canon(m) == Some("giao") && self.canon(m + 1) == Some("quyền"))
                    // (`cách chức Bí thư Chi bộ đối với Thiếu tá A`, `miễn nhiệm chức vụ … đối
                    // với ông B`: the office taken from them.)
                    || self.canon_pair(m, "cách", "chức")
                    || self.canon_pair(m, "miễn", "nhiệm")
                    // (`xóa tư cách Chánh án … đối với ông A`: the office struck off.)
                    || (m > 0 && self.canon_pair(m, "tư", "cách") && self.folded_is(m - 1, "xoa"))
                    // (`trao quyết định bổ nhiệm Cục trưởng Cục Thuế cho ông …`; not `bổ
                    // nhiệm làm Trợ lý Bộ trưởng cho Phó Thủ tướng …`, whose assistant that is.)
                    || (self.canon(m) == Some("bổ")
                        && self.canon(m + 1) == Some("nhiệm")
                        && self.canon(t.end) == Some("cho")
                        && !(m..t.start).any(|c| self.canon(c) == Some("làm")))
        }) && (self.h.longest(to, EntryKind::Honorific).is_some()
                || self.person_name_at(to)
                // (`cho Đại tá Lê Văn Minh`: the rank held till then, then the name.)
                || self
                    .h
                    .longest(to, EntryKind::Rank)
                    .is_some_and(|(e, _)| self.person_name_at(e))
                // (A rank given to the holder of an office: `thăng cấp bậc hàm Thiếu tướng
                // cho Giám đốc Công an tỉnh Nghệ An Phạm Thế Tùng`.)
                || (t.rank && self.h.longest(to, EntryKind::Role).is_some()))
    }

    /// Whether the words from `k` to the next `)` are a name alone, with at most a form of
    /// address before it (`(ông Nguyễn Văn An)`).
    fn name_in_brackets(&self, k: usize) -> bool {
        let Some(close) = (k..self.u.len().min(k + 8)).find(|&c| self.text_at(c) == ")") else {
            return false;
        };
        close > k
            && (k..close).all(|c| {
                self.u.get(c).is_some_and(|x| {
                    x.key.is_some() && (x.capitalized() || c < k + 2 && close - c > 1)
                })
            })
            && self.u.get(close - 1).is_some_and(Unit::capitalized)
    }

    /// The offices named before `đối với` and a person at `k` (`miễn nhiệm chức vụ Chủ tịch
    /// nước, Chủ tịch Hội đồng quốc phòng và an ninh … đối với ông Nguyễn Xuân Phúc`, `thực
    /// hiện quyền Chủ tịch nước đối với bà Võ Thị Ánh Xuân`): the titles of the clause, after
    /// a word that makes them offices held (`chức vụ`, `nhiệm vụ`, `bầu`, `miễn nhiệm`,
    /// `thực hiện`), so that the one who decides (`Chủ tịch UBND tỉnh ký quyết định … đối với
    /// ông A`) is not linked.
    fn offices_before_doi_voi(
        &self,
        k: usize,
        titles: &[title::Found],
        ends: &[usize],
        out: &mut Vec<usize>,
    ) {
        // (`k` is where the persons joined to this one by a comma or `và` start: `đối với bà
        // Phạm Thị Thanh Trà và ông Hồ Quốc Dũng`.)
        if k < 3 || self.canon(k - 2) != Some("đối") || self.canon(k - 1) != Some("với") {
            return;
        }
        let doi = k - 2;
        // The clause: after the last person, semicolon or full stop before `đối với`.
        let from = ends
            .iter()
            .copied()
            .filter(|&e| e <= doi)
            .chain(
                (0..doi)
                    .rev()
                    .find(|&m| self.any_of(m, &[";", "."]))
                    .map(|m| m + 1),
            )
            .max()
            .unwrap_or(0);
        let inside: Vec<usize> = (0..titles.len())
            .filter(|&ti| titles[ti].start >= from && titles[ti].end <= doi)
            .collect();
        // From the first that is named as an office (`đề nghị của Thủ tướng Chính phủ bổ
        // nhiệm Phó Thủ tướng … đối với bà A`: who proposes is not linked).
        let office = |ti: usize| {
            (titles[ti].start.saturating_sub(3)..titles[ti].start).any(|m| {
                matches!(
                    self.canon(m),
                    Some("chức" | "vụ" | "bầu" | "nhiệm" | "hiện" | "vị")
                )
            })
        };
        if let Some(first) = inside.iter().position(|&ti| office(ti)) {
            out.extend(&inside[first..]);
        }
    }

    /// From the end of a person's name at `e`, a later clause of the same subject that gives
    /// an office (`, từng giữ chức …`, `, hiện là …`): the title's start. The clauses between
    /// are the subject's own (birth, degree, home town): after a comma, in lower case but for
    /// numbers and a degree, with no person, no title and no other punctuation, at most 24
    /// units.
    fn office_clause(&self, e: usize, titles: &[title::Found], starts: &[usize]) -> Option<usize> {
        if self.text_at(e) != ","
            && !self
                .u
                .get(e)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
        {
            return None;
        }
        let mut commas = 0;
        // (A place named in them, `cựu du học sinh tại Pháp`: where it ends.)
        let mut place_end = 0;
        for m in e..(e + 24).min(self.u.len()) {
            if starts.contains(&m) {
                return None;
            }
            if let Some(t) = titles.iter().find(|t| t.start == m) {
                // (`từng giữ chức`, `giữ chức vụ`, `hiện là`, `từng là`, `nay là`, after a
                // comma.)
                let w = |b: usize| m.checked_sub(b).and_then(|k| self.canon(k));
                // (Or an office held before, after its comma: `Ông A, chuyên gia thuế,
                // nguyên Vụ trưởng …`.)
                let office = matches!(w(1), Some("chức" | "vụ"))
                    || (w(1) == Some("là")
                        && matches!(w(2), Some("từng" | "hiện" | "nguyên" | "nay")))
                    || (self.text_at(m - 1) == ","
                        && t.mods.first().is_some_and(|&(a, _)| a == m)
                        && self.folded(m).is_some_and(|f| {
                            matches!(f.to_lowercase().as_str(), "nguyen" | "cuu")
                        }));
                return (office && commas >= 1 && !self.conferred(t)).then_some(m);
            }
            let x = self.u.get(m)?;
            if m < place_end {
                continue;
            }
            // (Not a clause of another subject: `Thủ tướng Hungary Viktor Orbán, nước giữ chức
            // Chủ tịch luân phiên Hội đồng EU`, the country holds it.)
            if m > e && self.text_at(m - 1) == "," && self.canon(m) == Some("nước") {
                return None;
            }
            match x.text {
                "," => commas += 1,
                _ if x.kind == TokenKind::Number => {}
                _ if x.key.is_some() && !x.capitalized() => {}
                _ if m > e
                    && self.canon(m - 1) == Some("tại")
                    && let Some((pe, _)) = self.h.longest(m, EntryKind::Place) =>
                {
                    place_end = pe;
                }
                // (A degree and its field: `là Tiến sĩ Luật`.)
                _ if self.degree_at(m)
                    || self.h.kinds_at(m) & bit(EntryKind::Honorific) != 0
                    || (m > e
                        && self.h.ends_at(m, EntryKind::Honorific, 3).is_some()
                        && x.capitalized()) => {}
                _ if x.text == "/" || x.text == "-" => {}
                _ => return None,
            }
        }
        None
    }

    /// After a title ending at `end`, the end of a duty phrase (`phụ trách khối văn xã` to its
    /// comma) and of a parent body after a comma (`, Bộ Nội vụ`), when linking words follow
    /// them (`được bổ nhiệm`, `được điều động`); `end` otherwise.
    fn past_duty_and_parent(&self, end: usize, titles: &[title::Found]) -> usize {
        let mut e = end;
        if self.canon(e) == Some("phụ")
            && self.canon(e + 1) == Some("trách")
            && let Some(c) = (e + 2..(e + 12).min(self.u.len()))
                .take_while(|&m| !titles.iter().any(|t| t.start == m))
                .find(|&m| matches!(self.text_at(m), "," | ";"))
        {
            e = c;
        }
        // (Or the body it belongs to, after `của`: `Chủ nhiệm Ủy ban Tài chính - Ngân sách
        // của Quốc hội, làm Bí thư Thành ủy Cần Thơ`.)
        if self.canon(e) == Some("của")
            && let Some((_, oe)) = self.org(e + 1)
            && self.text_at(oe) == ","
        {
            e = oe;
        }
        if self.text_at(e) == ","
            && let Some((_, oe)) = self.org(e + 1)
            && !titles.iter().any(|t| t.start == e + 1)
        {
            let oe = if self.text_at(oe) == "," { oe + 1 } else { oe };
            if self.u.get(oe).is_some_and(linking) {
                e = oe;
            }
        }
        let linked_after = self.u.get(e).is_some_and(linking)
            || (self.text_at(e) == "," && self.u.get(e + 1).is_some_and(linking));
        if linked_after { e } else { end }
    }

    /// Whether unit `k` is a dash with spaces on both sides (`Chủ tịch UBND huyện - Nguyễn
    /// Văn An`), not a hyphen inside a word.
    fn spaced_dash(&self, k: usize) -> bool {
        // (An em dash is written touching both words: `Phó Chủ tịch UBND tỉnh—ông A`.)
        self.u.get(k).is_some_and(|x| {
            (x.is_dash() && x.gap == Gap::Space && self.spaced(k + 1)) || x.text == "—"
        })
    }

    /// The titles of a chain that starts with title `ti`: each next one after a separator.
    fn chain(&self, titles: &[title::Found], mut ti: usize, out: &mut Vec<usize>) {
        out.push(ti);
        // (Whether the chain's first title is what someone serves as: `Ông A làm Trưởng ban`.)
        let serves = titles[ti].start > 0 && self.any_of(titles[ti].start - 1, &["làm"]);
        // (Nor is the one received at the clause's start the next one's: `Tiếp Đại sứ Nhật
        // Bản, Thủ tướng Phạm Minh Chính đề nghị …`.)
        if self.received_at_start(&titles[ti]) {
            return;
        }
        while let Some(next) = titles.get(ti + 1) {
            let end = titles[ti].end;
            // `Phó Chủ tịch UBND tỉnh kiêm Giám đốc Sở Tài chính`: the next title holds its
            // `kiêm` as a modifier.
            // (Or past a bracket: `Chủ tịch HĐTV Tập đoàn … (VNPT) kiêm Bí thư …`.)
            let kiem = self.any_of(next.start, &["kiêm"])
                && (next.start == end || self.chain_next(end) == next.start + 1);
            // `Đại diện đặc biệt của Tổng Thư ký Liên hợp quốc, Trưởng Phái bộ UNMISS`: the
            // office after `của` is another's, whom the first serves; the chain goes on past it.
            if next.start == end + 1
                && self.any_of(end, &["của"])
                && let Some(after) = titles.get(ti + 2)
                && self.chain_next(next.end) == after.start
                && !after.generic
            {
                ti += 2;
                out.push(ti);
                continue;
            }
            // (Or past an aside about the holder between two of his offices: `Quyền Chủ tịch
            // UBND tỉnh Quảng Ninh, sinh năm 1977, nguyên Giám đốc Sở Tài chính`.)
            if self.chain_next(end) != next.start
                && !kiem
                && !(self.text_at(end) == ","
                    && self.about_holder(end + 1)
                    && self.asides_to(end, titles) == Some(next.start))
            {
                break;
            }
            // `… giữ chức Phó Thủ tướng Chính phủ và Chủ tịch nước đã ký Quyết định …`: a
            // title after `và` that a verb follows is the subject of the next clause.
            if self.any_of(end, &["và"])
                && self.any_of(next.end, &["đã", "đang", "sẽ", "vừa", "ký", "cũng"])
            {
                break;
            }
            // `Ông A làm Trưởng ban, Giám đốc Sở Y tế làm Phó Trưởng ban thường trực`: who
            // serves as what, clause after clause; the title before the next `làm` is the next
            // clause's subject.
            if serves && self.any_of(next.end, &["làm"]) {
                break;
            }
            // `văn bản gửi Thủ tướng, Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn`: the head of
            // the state or the government holds no office of a province or below beside it.
            if next.mods.is_empty()
                && next.org.is_some()
                && self.national_head(&titles[ti])
                && next.org.is_some_and(|(a, e)| self.local(a, e))
            {
                break;
            }
            // `…, Phó Chủ tịch UBND tỉnh; Giám đốc các sở`, `Tổng Giám đốc A, các Phó Tổng Giám
            // đốc và thủ trưởng các đơn vị`: the holders of a class are others.
            if next.generic
                && (next.plural
                    || next.org.is_some_and(|(a, e)| {
                        (a..e).any(|m| matches!(self.canon(m), Some("các" | "những")))
                    }))
            {
                break;
            }
            // `Theo ông A, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Chủ tịch Ủy ban Trung
            // ương MTTQ Việt Nam sẽ chủ trì …`: one body's head and its deputy are two holders;
            // the next starts the next clause, a verb after it (not a career's steps, comma
            // after comma: `Phó Trưởng phòng An ninh kinh tế, Trưởng phòng An ninh kinh tế,`).
            if self
                .u
                .get(next.end)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && self.deputy_and_head(&titles[ti], next)
            {
                break;
            }
            ti += 1;
            out.push(ti);
        }
    }

    /// Whether an aside at `k` is about the holder himself, his birth, home town, people or
    /// term (`sinh năm 1977`, `SN 1970`, `quê Nghệ An`, `nhiệm kỳ 2020-2025`), not a time the
    /// clause speaks of (`9 tháng qua`).
    fn about_holder(&self, k: usize) -> bool {
        matches!(self.canon(k), Some("sinh" | "quê" | "khóa"))
            || matches!(self.text_at(k), "SN" | "Sn")
            || (self.canon(k) == Some("nhiệm") && matches!(self.canon(k + 1), Some("kỳ" | "kì")))
            || (self.canon(k) == Some("dân") && self.canon(k + 1) == Some("tộc"))
    }

    /// Where the words start after one aside or a few in a row from the comma at `k`
    /// (`sinh năm 1970, quê Nghệ An,`); see [`Rules::aside`].
    #[cold]
    fn asides_to(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        let mut after = self.aside(k, titles)?;
        for _ in 0..3 {
            match after
                .checked_sub(1)
                .and_then(|c| self.aside(c, titles))
                .filter(|&a| a > after)
            {
                Some(a) => after = a,
                None => break,
            }
        }
        Some(after)
    }

    /// Whether titles `a` and `b` are the head of one body and its deputy (`Phó Chủ tịch
    /// UBND tỉnh`, `Chủ tịch UBND tỉnh`), which no one holds together.
    #[cold]
    fn deputy_and_head(&self, a: &title::Found, b: &title::Found) -> bool {
        let words =
            |(s, e): (usize, usize)| (s..e).map(|m| crate::normalize::fold_lower(self.text_at(m)));
        let (Some(oa), Some(ob)) = (a.org, b.org) else {
            return false;
        };
        // (The cheap tests first: bodies of one length, roles one word apart.)
        let (ra, rb) = (a.role.1 - a.role.0, b.role.1 - b.role.0);
        if oa.1 - oa.0 != ob.1 - ob.0 || ra.abs_diff(rb) != 1 || !words(oa).eq(words(ob)) {
            return false;
        }
        let deputy_of = |d: (usize, usize), h: (usize, usize)| {
            d.1 == d.0 + (h.1 - h.0) + 1
                && self.folded_is(d.0, "pho")
                && words((d.0 + 1, d.1)).eq(words(h))
        };
        deputy_of(a.role, b.role) || deputy_of(b.role, a.role)
    }

    /// Whether title `t` is the head of the state, the government or the Party, or a deputy
    /// prime minister, with no body (`Thủ tướng`, `Chủ tịch nước`, `Tổng Bí thư`, `Tổng
    /// thống`, `Phó Thủ tướng`).
    fn national_head(&self, t: &title::Found) -> bool {
        // (The cheap tests first: this is asked along every chain of titles.)
        // (Not one held before: `nguyên Phó Thủ tướng, nguyên Bí thư Thành ủy Hà Nội`.)
        let (a, e) = t.role;
        if t.org.is_some() || !t.mods.is_empty() || e > a + 4 {
            return false;
        }
        let a = if e > a + 1
            && self
                .folded(a)
                .is_some_and(|w| w.eq_ignore_ascii_case("pho"))
        {
            a + 1
        } else {
            a
        };
        let words: Vec<String> = (a..e).filter_map(|m| self.folded(m)).collect();
        e - a == words.len()
            && matches!(
                words.join(" ").to_lowercase().as_str(),
                "thu tuong" | "chu tich nuoc" | "tong bi thu" | "tong thong"
            )
    }

    /// Whether units `a..e` (a body) name a province, a city, a district, a ward or a commune
    /// by its level (`UBND tỉnh Bình Định`, `Tỉnh ủy Nghệ An`, `HĐND thành phố`).
    fn local(&self, a: usize, e: usize) -> bool {
        // (Keys, with their marks: `quận` is a district, `quân` an army.)
        static KEYS: LazyLock<[Option<u32>; 9]> = LazyLock::new(|| {
            [
                "tỉnh",
                "huyện",
                "xã",
                "phường",
                "quận",
                "thành",
                "phố",
                "ủy",
                "hội",
            ]
            .map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
        });
        let key = |m: usize| self.u.get(m).and_then(|x| x.key);
        let is = |m: usize, n: usize| key(m).is_some() && KEYS.get(n).copied().flatten() == key(m);
        (a..e).any(|m| {
            ((0..5).any(|n| is(m, n)) && !(is(m, 2) && is(m + 1, 8)))
                || (is(m, 5) && (is(m + 1, 6) || is(m + 1, 7)))
                || self.text_at(m).eq_ignore_ascii_case("TP")
        })
    }

    /// The end of a period right after an office, when the words after it go on with linking
    /// words (`trong nhiệm kỳ 2015–2020`, `từ tháng 2/2020 đến tháng 3/2021`, `giai đoạn
    /// 2013-2016`): numbers, dashes and the words of dates, with a number among them; `k`
    /// itself when there is none.
    fn past_period(&self, k: usize) -> usize {
        let mut e = k;
        let mut number = false;
        while e < k + 12 {
            let Some(x) = self.u.get(e) else { break };
            // (In capitals too: a headline's `TRONG NHIỆM KỲ`.)
            let date_word = x.key.is_some()
                && (!x.capitalized() || x.all_caps())
                && self.folded(e).is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "trong"
                            | "tu"
                            | "den"
                            | "toi"
                            | "nhiem"
                            | "ky"
                            | "giai"
                            | "doan"
                            | "nam"
                            | "thang"
                            | "ngay"
                            | "khoa"
                    )
                });
            if matches!(x.kind, TokenKind::Number)
                || (x.kind == TokenKind::Code && x.text.bytes().all(|b| !b.is_ascii_alphabetic()))
            {
                number = true;
            } else if !(date_word || x.is_dash() || x.text == "/") {
                break;
            }
            e += 1;
        }
        if !number || e == k {
            return k;
        }
        if self.u.get(e).is_some_and(linking) {
            e
        } else if self.canon(e) == Some("và") && self.u.get(e + 1).is_some_and(linking) {
            e + 1
        } else {
            k
        }
    }

    /// Whether units `a..e` say when an office was taken, and nothing else: `từ tháng
    /// 5/2023`, `từ năm 2020`, `năm 2019`, `tháng 3/2024`, `vào ngày 4/4/2024` (a word of
    /// dates first, then numbers and the words and marks of dates, a number among them).
    fn period_between(&self, a: usize, e: usize) -> bool {
        let date_word = |m: usize| {
            self.u
                .get(m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && self.folded(m).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "tu" | "nam" | "thang" | "ngay" | "trong" | "cuoi" | "dau" | "vao" | "hoi"
                    )
                })
        };
        let number = |m: usize| self.u.get(m).is_some_and(|x| x.kind == TokenKind::Number);
        a < e
            && date_word(a)
            && (a..e).any(number)
            && (a..e)
                .all(|m| number(m) || date_word(m) || matches!(self.text_at(m), "/" | "-" | "."))
    }

    /// The end of an event named by its code at `k`, and its year if one follows: `IMO
    /// 2025`, `APEC`, `SEA Games 33` is no code.
    fn event_code_ends(&self, k: usize) -> Option<usize> {
        let x = self.u.get(k)?;
        // (Or the Olympics: `tại Olympic Paris 2024`.)
        let olympic = matches!(x.text, "Olympic" | "Paralympic");
        if !(self.spaced(k)
            && (olympic
                || (x.key.is_none() && x.all_caps() && (2..=6).contains(&x.text.chars().count()))))
        {
            return None;
        }
        let number = |m: usize| {
            self.spaced(m)
                && self.u.get(m).is_some_and(|y| {
                    y.kind == TokenKind::Number
                        && matches!(y.text.len(), 1..=4)
                        && y.text.bytes().all(|b| b.is_ascii_digit())
                })
        };
        // (`SEA Games 32`, `Olympic Paris 2024`: the games' word or the host city, then the
        // edition or the year.)
        let mut e = k + 1;
        if self.spaced(e) {
            let host = if self.u.get(e).is_some_and(|y| y.text == "Games") {
                Some(e + 1)
            } else if olympic {
                self.h.longest(e, EntryKind::Place).map(|(pe, _)| pe)
            } else {
                None
            };
            if let Some(h) = host.filter(|&h| number(h)) {
                e = h;
            }
        }
        Some(e + usize::from(number(e)))
    }

    /// The end of a seat after `tại` at `k`: a listed place, or `khu vực` and one.
    fn seat_ends(&self, k: usize) -> Option<usize> {
        let k = if self.folded_is(k, "khu") && self.folded_is(k + 1, "vuc") {
            k + 2
        } else {
            k
        };
        self.h
            .longest(k, EntryKind::Place)
            .filter(|_| self.spaced(k))
            .map(|(e, _)| e)
    }

    /// Whether the title starting at unit `start` is named as the one acted for: after
    /// `thay mặt`, `(thừa) ủy quyền (của)`, `thừa lệnh`.
    fn acting_for(&self, start: usize) -> bool {
        let w = |back: usize| start.checked_sub(back).and_then(|k| self.canon(k));
        matches!(
            (w(3), w(2), w(1)),
            (_, Some("thay"), Some("mặt"))
                | (_, Some("ủy"), Some("quyền"))
                | (_, Some("thừa"), Some("lệnh"))
                | (Some("ủy"), Some("quyền"), Some("của"))
        )
    }

    /// After a title ending at `e`, a comma, the body or the place the title is part of and
    /// another comma: where the next words start.
    fn parent_between_commas(&self, e: usize) -> Option<usize> {
        if self.text_at(e) != "," {
            return None;
        }
        let x = self.u.get(e + 1)?;
        let pe = if x.capitalized() {
            self.org(e + 1).map(|(_, oe)| oe)
        } else {
            self.level_place(e + 1).filter(|&le| le > e + 2)
        }?;
        (self.text_at(pe) == ",").then_some(pe + 1)
    }

    /// Whether units `k` and `k + 1` are an ordinal of succession, `thứ` and a number (`Tổng
    /// thống Mỹ thứ 47`).
    fn ordinal_after(&self, k: usize) -> bool {
        self.u.get(k + 1).is_some_and(|x| {
            x.kind == TokenKind::Number && x.text.len() <= 3 && x.gap == Gap::Space
        }) && self.folded_is(k, "thu")
    }

    /// The two ranks of a promotion written before the person whose words start at `s`:
    /// `thăng … từ <rank> lên <rank> đối với|cho <person>`.
    fn promoted_ranks(&self, s: usize, titles: &[title::Found]) -> Option<[usize; 2]> {
        let c = if s >= 1 && self.canon(s - 1) == Some("cho") {
            s - 1
        } else if s >= 2 && self.canon_pair(s - 2, "đối", "với") {
            s - 2
        } else {
            return None;
        };
        let to = titles.iter().position(|t| t.end == c && t.rank)?;
        let up = titles[to].start.checked_sub(1)?;
        if self.canon(up) != Some("lên") {
            return None;
        }
        let from = titles.iter().position(|t| t.end == up && t.rank)?;
        let f = titles[from].start;
        (f >= 2
            && self.canon(f - 1) == Some("từ")
            && (f.saturating_sub(10)..f - 1).any(|m| self.canon(m) == Some("thăng")))
        .then_some([from, to])
    }

    /// Whether the capitalized words from `i` to a closing quote, right after an opening
    /// one at `i - 1`, name the thing that a common noun in lower case before the quote
    /// says (`vở tuồng "Sơn Hậu"`, `nhóm hacker "Lỗ Đen"`, `tòa nhà "Hoàng Anh Gia Lai 3"`):
    /// not after a form of address or a verb of naming or saying (`ông "Ba"`, `gọi là "Ba
    /// Mập"`, `bí danh "Hai"`), which a nickname follows; not words in lower case, which a
    /// quoted saying has (`hô to "Bác Trọng muôn năm"`); not a whole name with a common
    /// surname (`từ khóa "Nguyễn Phú Trọng"`).
    fn thing_named_in_quotes(&self, i: usize) -> bool {
        let Some(p) = i.checked_sub(2) else {
            return false;
        };
        // (An opening quote: spaced from the noun, touching the name.)
        let opening = self.u.get(i - 1).is_some_and(|q| q.gap == Gap::Space)
            && self.u.get(i).is_some_and(|x| x.gap == Gap::None);
        let close = (i..self.u.len().min(i + 8)).find(|&m| matches!(self.text_at(m), "\"" | "”"));
        let named = close.is_some_and(|c| {
            c > i
                && (i..c).all(|m| {
                    self.u.get(m).is_some_and(|x| {
                        x.capitalized() || x.kind == TokenKind::Number || x.text == "-"
                    })
                })
        });
        // (`Hồ`, a lake too: `vở ballet "Hồ Thiên Nga"`.)
        if !opening
            || !named
            || (self.common_surname(i) && self.canon(i) != Some("hồ") && self.person_name_at(i))
        {
            return false;
        }
        self.u.get(p).is_some_and(|x| {
            x.gap == Gap::Space
                && !x.capitalized()
                && (x.key.is_some() || (x.kind == TokenKind::Word && x.text.len() >= 4))
        }) && self.h.kinds_at(p) & (bit(EntryKind::Honorific) | bit(EntryKind::Role)) == 0
            && !self.folded(p).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "la" | "goi"
                        | "tuc"
                        | "danh"
                        | "hieu"
                        | "biet"
                        | "xung"
                        | "noi"
                        | "rang"
                        | "hoi"
                        | "ten"
                )
            })
    }

    /// Whether a noun that names a work, an award or a campaign ends right before `k`
    /// (`giải`, `danh hiệu`, `tác phẩm`, `bài thơ`, `bộ phim`, `chương trình`): a name in
    /// quotes after it is the thing's.
    pub(super) fn work_noun_ends(&self, k: usize) -> bool {
        let f = |m: usize| self.folded(m);
        let Some(last) = k.checked_sub(1).and_then(f) else {
            return false;
        };
        let before = k.checked_sub(2).and_then(f);
        match last.as_str() {
            "giai" | "phim" | "sach" | "truyen" | "album" | "tho" | "nhac" | "tranh" => true,
            // (A play: `vở "Hồn Trương Ba, da hàng thịt"`, `vở kịch "…"`, `vở chèo "…"`.)
            "vo" | "kich" | "cheo" | "tuong" => true,
            // (`giải thưởng`, `danh hiệu`, `thương hiệu`, `tác phẩm`, `sản phẩm`, `ca khúc`,
            // `bài hát`, `tiểu thuyết`, `chương trình`, `cuộc thi`, `chiến dịch`, `phong
            // trào`, `dự án`, `đề án`, `mô hình`.)
            _ => matches!(
                (before.as_deref(), last.as_str()),
                (Some("giai"), "thuong")
                    | (Some("danh" | "thuong"), "hieu")
                    | (Some("tac" | "san"), "pham")
                    | (Some("ca"), "khuc")
                    | (Some("bai"), "hat")
                    | (Some("tieu"), "thuyet")
                    | (Some("chuong"), "trinh")
                    | (Some("cuoc" | "hoi"), "thi")
                    | (Some("chien"), "dich")
                    | (Some("phong"), "trao")
                    | (Some("du" | "de"), "an")
                    | (Some("mo"), "hinh")
                    // (`triển lãm`, `triển lãm ảnh`, `bức ảnh`.)
                    | (Some("trien"), "lam")
                    | (Some("lam" | "buc"), "anh")
                    // (A contest's kind, an app, a game: `cuộc thi ảnh`, `cuộc thi viết`,
                    // `ứng dụng "Võ Việt"`, `phần mềm`, `nền tảng`, `trò chơi`, `sân chơi`.)
                    | (Some("thi"), "anh" | "viet")
                    | (Some("ung"), "dung")
                    | (Some("phan"), "mem")
                    | (Some("nen"), "tang")
                    | (Some("tro" | "san"), "choi")
                    // (An order, a medal, a scholarship: `Huân chương "Francisco de
                    // Miranda"`, `Kỷ niệm chương`, `học bổng "Nguyễn Văn Trỗi"`.)
                    | (Some("huan" | "huy" | "niem"), "chuong")
                    | (Some("hoc"), "bong")
            ),
        }
    }

    /// Whether the person whose words start at `s` is the object of the reception verb that
    /// opens the sentence, with only titles and forms of address between (`Tiếp Ngài A`,
    /// `Gặp Bộ trưởng … B`, `Hội kiến Thủ tướng … C`).
    fn received(&self, s: usize) -> bool {
        let f = |m: usize| self.folded(m).map(|w| w.to_lowercase());
        // (After an opening quote or bracket too: `«Tiếp Ngài …`.)
        let v = usize::from(
            self.u
                .first()
                .is_some_and(|x| matches!(x.text, "\"" | "“" | "«" | "‘" | "(")),
        );
        let opens = match f(v).as_deref() {
            Some("tiep" | "gap" | "don") => v + 1,
            Some("hoi") if matches!(f(v + 1).as_deref(), Some("kien" | "dam")) => v + 2,
            Some("dien") if f(v + 1).as_deref() == Some("dam") => v + 2,
            _ => 0,
        };
        opens > 0
            && s <= opens + 12
            && (s == opens || self.u.get(opens).is_some_and(Unit::capitalized))
            && !self
                .u
                .get(opens..s)
                .is_some_and(|w| w.iter().any(|x| x.is(",")))
    }

    /// Whether what a subject says or does starts at unit `i`, right after a title with no
    /// comma: `đề nghị`, `đánh giá cao`, `hoan nghênh`, `khẳng định`, `cho biết`.
    fn main_verb_at(&self, i: usize) -> bool {
        let f = |m: usize| self.folded(m).map(|w| w.to_lowercase());
        self.spaced(i)
            && self
                .u
                .get(i)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && matches!(
                (f(i).as_deref(), f(i + 1).as_deref()),
                (Some("de"), Some("nghi" | "xuat"))
                    | (Some("danh"), Some("gia"))
                    | (Some("hoan"), Some("nghenh"))
                    | (Some("bay"), Some("to"))
                    | (Some("cam"), Some("on"))
                    | (Some("chuc"), Some("mung"))
                    | (Some("khang"), Some("dinh"))
                    | (Some("nhan"), Some("manh"))
                    | (Some("mong"), Some("muon"))
                    | (Some("cho"), Some("biet"))
                    | (Some("nhat"), Some("tri"))
                    | (Some("ghi"), Some("nhan"))
                    | (Some("chia"), Some("se"))
            )
    }

    /// Links each person to the titles the sentence gives them.
    fn link(&self, titles: &[title::Found], persons: &mut [Found]) {
        // (Most sentences name no one.)
        if persons.is_empty() {
            return;
        }
        // Where each person's words start (its form of address, lead and degrees
        // included): a title that ends right there is that person's (`Bộ trưởng Bộ Công an Tô
        // Lâm, Bộ trưởng Bộ Quốc phòng Phan Văn Giang`: the second title is Giang's, not
        // Lâm's).
        let starts: Vec<usize> = persons
            .iter()
            .map(|p| self.back_over_degrees(p.honorific.map_or(p.lead.unwrap_or(p.start), |h| h.0)))
            .collect();
        let ends: Vec<usize> = persons.iter().map(|p| p.end).collect();
        // Where the run of persons joined to each by a comma or `và` starts (`bà A và ông B`):
        // one pass, so that a list of hundreds of names is not walked back for each.
        let mut joined_from: Vec<usize> = Vec::with_capacity(starts.len());
        for (pi, &s) in starts.iter().enumerate() {
            let joined = pi > 0
                && s >= 1
                && ends.get(pi - 1) == Some(&(s - 1))
                && self.any_of(s - 1, &[",", "và"]);
            let from = match joined_from.last() {
                Some(&f) if joined => f,
                _ => s,
            };
            joined_from.push(from);
        }
        // The title right before each person (its own, whatever else the sentence says).
        let befores: Vec<Option<usize>> = starts
            .iter()
            .map(|&s| self.title_right_before(s, titles))
            .collect();
        // Those that no other person may take: not a title before a comma (`Phan Như Lâm
        // làm Bí thư, Ngô Văn Chờ, Phó Bí thư thường trực`: the title is Lâm's).
        let claims: Vec<Option<usize>> = befores
            .iter()
            .zip(&starts)
            .map(|(&b, &s)| {
                b.filter(|&ti| !(titles[ti].end + 1 == s && self.any_of(titles[ti].end, &[","])))
            })
            .collect();
        // The titles each person takes after its name through linking words (`được bổ nhiệm
        // làm …`), for the persons listed before it: see below.
        let mut predicated: Vec<Vec<usize>> = vec![Vec::new(); persons.len()];
        for (pi, p) in persons.iter_mut().enumerate() {
            let hon_start = p.honorific.map_or(p.lead.unwrap_or(p.start), |h| h.0);
            let mut linked: Vec<usize> = Vec::new();
            // Titles right before the name (or before its colon), and the chain before them:
            // `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Vương Đình Huệ`, `Cục trưởng là
            // Thiếu tướng Trần Sâm`.
            // Degrees between the titles and the name: `Trưởng khoa, Đại tá, Phó giáo sư,
            // Tiến sĩ Ngô Hữu Thanh`.
            let hon_start = self.back_over_degrees(hon_start);
            // A title before the name's comma that is another person's apposition is theirs:
            // `Phan Như Lâm làm Bí thư, Ngô Văn Chờ, …`.
            let before = befores.get(pi).copied().flatten().filter(|&ti| {
                let t = &titles[ti];
                // One who acts for the holder of a title is not its holder: `Thay mặt Chủ
                // tịch nước, ông A, …`, `Thừa ủy quyền của Chủ tịch UBND tỉnh, ông B`.
                if t.end < hon_start && self.acting_for(t.start) {
                    return false;
                }
                // Nor is one named after the comma that ends a phrase in front, whose title
                // is governed by `của`, `với` or a count: `Theo đề nghị của Giám đốc Sở Nội
                // vụ, ông A được bổ nhiệm`, `Làm việc với Chủ tịch UBND tỉnh, ông B …`,
                // `chiếm 95% tổng số đại biểu HĐND tỉnh, ông C được bầu`: the name starts the
                // main clause, its verb after it. (Not one in apposition, closed by a comma or
                // the end: `bài phát biểu của Chủ tịch UBND tỉnh, ông D, nhấn mạnh`, `cuộc gặp
                // với Bộ trưởng Ngoại giao Timor-Leste, bà E.`)
                // (A rank is the one's own, then the degrees: `bài phát biểu của Thiếu tướng,
                // PGS.TS Nguyễn Hồng Thái được …`.)
                if t.end + 1 == hon_start
                    && self.any_of(t.end, &[","])
                    && !(t.rank && hon_start < p.start)
                    && t.start > 0
                    && matches!(self.canon(t.start - 1), Some("của" | "với" | "số"))
                    && self
                        .u
                        .get(p.end)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                {
                    return false;
                }
                // (Nor one reached from another's name by linking words: `đồng chí A được bầu
                // giữ chức Bí thư Đảng ủy xã, đồng chí B giữ chức Phó Bí thư …`.)
                // (Nor the last of another's chain of titles set off by commas: `đồng chí A,
                // Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, ông B, …`.)
                let mut c = ti;
                while c > 0
                    && titles[c - 1].end + 1 == titles[c].start
                    && self.any_of(titles[c - 1].end, &[","])
                {
                    c -= 1;
                }
                let chain_start = titles[c].start;
                !(t.end + 1 == hon_start
                    && self.any_of(t.end, &[","])
                    && ends.iter().enumerate().any(|(qi, &e)| {
                        qi != pi
                            && (e == t.start
                                || (e + 1 == t.start && self.any_of(e, &[",", "làm", "là"]))
                                || (c < ti && e + 1 == chain_start && self.any_of(e, &[","]))
                                || (e < t.start
                                    && t.start <= e + 8
                                    && self.skip_to_title(e, titles) == t.start))
                    }))
            });
            if let Some(ti) = before {
                linked.push(ti);
                let mut k = ti;
                // (Not back into the titles after another person's name: `ông Tô Lâm, Bộ
                // trưởng Bộ Công an, Bộ trưởng Bộ Quốc phòng Phan Văn Giang`; `Lê Thành Long
                // là Trưởng Ban Chỉ đạo …, Bộ trưởng Bộ Y tế Đào Hồng Lan là …`.)
                let right_after_other = |start: usize| {
                    ends.iter().enumerate().any(|(qi, &e)| {
                        qi != pi
                            && (e == start
                                || (e + 1 == start && self.any_of(e, &[",", "-", "–", "là"])))
                    })
                };
                // (Or in a chain of titles after another's name, comma after comma: `đồng chí A,
                // Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng … và Đại tá B`.)
                let after_other = |t: &title::Found| {
                    let mut start = t.start;
                    for _ in 0..8 {
                        if right_after_other(start) {
                            return true;
                        }
                        match titles
                            .iter()
                            .find(|u| u.end + 1 == start && self.any_of(u.end, &[","]))
                        {
                            Some(u) => start = u.start,
                            None => return false,
                        }
                    }
                    false
                };
                // (Nor back into the one who decides in a clause `theo quyết định của …,`:
                // `Theo quyết định của Bộ trưởng Bộ Quốc phòng, Thiếu tướng Lê Đình Thương …`;
                // not `theo lời mời của Tổng Bí thư, Chủ tịch nước Tô Lâm`.)
                // (Or `Theo Quyết định số 123/QĐ-BQP của …`, `Theo đề nghị của …`, `theo chỉ
                // đạo của …`: a decision, a proposal, an order, its number between.)
                let of = |t: &title::Found| {
                    t.start > 1
                        && self.canon(t.start - 1) == Some("của")
                        && (0..t.start).any(|m| {
                            self.canon(m) == Some("theo")
                                && !(m..t.start).any(|c| self.text_at(c) == ",")
                                && (m + 1..t.start - 1)
                                    .any(|c| matches!(self.canon(c), Some("định" | "nghị" | "đạo")))
                        })
                };
                // (Nor back into the deputies a minister answers, in the phrase before the
                // clause the name starts: `Trả lời chất vấn của ĐBQH, Bộ trưởng Bộ Y tế Đào
                // Hồng Lan cho biết …`.)
                let verb_after = self
                    .u
                    .get(p.end)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized());
                let deputies = |t: &title::Found| {
                    verb_after
                        && t.start > 0
                        && matches!(self.canon(t.start - 1), Some("của" | "với" | "các" | "lời"))
                        && t.org.is_none()
                        && (self.text_at(t.role.0) == "ĐBQH"
                            || (self.canon(t.role.0) == Some("đại")
                                && self.canon(t.role.0 + 1) == Some("biểu")))
                };
                // (But an office held `kiêm` another is one holder's: `…, Phó Tổng thống kiêm
                // Thủ tướng UAE Sheikh Mohammed bin Rashid Al Maktoum`.)
                // (When the name before has its own title before it: `Tổng thống UAE Sheikh
                // Mohamed bin Zayed Al Nahyan, Phó Tổng thống kiêm …`; not `Ông Trần Việt
                // Anh (1962), Chủ tịch Hội đồng Quản trị kiêm Tổng Giám đốc …`.)
                let kiem = |k: usize| {
                    titles[k - 1].end == titles[k].start
                        && self.any_of(titles[k].start, &["kiêm"])
                        && ends.iter().enumerate().any(|(qi, &e)| {
                            qi != pi
                                && e + 1 == titles[k - 1].start
                                && self.any_of(e, &[","])
                                && befores[qi].is_some()
                        })
                };
                // (An office that `là` says is this one's, though another's name is before it:
                // `…, Phó Trưởng ban Thường trực là Bộ trưởng Bộ Xây dựng Nguyễn Thanh Sơn`.)
                let named = |k: usize| {
                    titles[k - 1].end + 1 == titles[k].start
                        && self.canon(titles[k - 1].end) == Some("là")
                };
                loop {
                    while k > 0
                        && (!after_other(&titles[k - 1]) || kiem(k) || named(k))
                        // (But a rank right after the office is its holder's: `theo chỉ đạo
                        // của Chính ủy Đại tá Hà Văn Khiêm`.)
                        && !(of(&titles[k - 1]) && titles[k - 1].end != titles[k].start)
                        && !deputies(&titles[k - 1])
                        // (`Thừa ủy quyền của Chánh án, Phó Chánh án … Nguyễn Thị Dung`.)
                        && !self.acting_for(titles[k - 1].start)
                        // (Nor back to the one received at the sentence's start, no one
                        // named before: `Tiếp Đại sứ Nhật Bản, Thủ tướng Phạm Minh Chính đề
                        // nghị …`; not `Ông A, …, tiếp Đại sứ, Trưởng Phái đoàn … B`.)
                        && !(self.received_at_start(&titles[k - 1])
                            && titles[..k - 1].iter().all(|u| u.start > titles[k - 1].start)
                            && ends.iter().all(|&e| e > titles[k - 1].start))
                        // (Nor back to what the clause before gives its own subject, `làm`
                        // then a comma: `do Thủ tướng làm Trưởng ban, Phó Thủ tướng Nguyễn
                        // Chí Dũng làm Phó Trưởng ban`.)
                        && !(titles[k - 1].start > 0
                            && self.any_of(titles[k - 1].start - 1, &["làm"])
                            && self.any_of(titles[k - 1].end, &[","]))
                        // (Not back over `và` to a head of state or government named
                        // alone: `Chủ tịch nước và Tổng thống Lee Jae-hwan` are two people.)
                        && !(titles[k - 1].end + 1 == titles[k].start
                            && self.any_of(titles[k - 1].end, &["và"])
                            && (titles[k - 1].org.is_none()
                                // (Nor from a local office to a foreign state's: `Đại sứ
                                // Nhật Bản và Bí thư Tỉnh ủy Hưng Yên Nguyễn Hữu Nghĩa`.)
                                || self.foreign_and_local(&titles[k - 1], &titles[k])))
                        // (Nor back from an office of a province or below to the head of the
                        // state or the government: `văn bản gửi Thủ tướng, Chủ tịch UBND tỉnh
                        // Bình Định Phạm Anh Tuấn`.)
                        && !(titles[k].mods.is_empty()
                            && titles[k].org.is_some()
                            && self.national_head(&titles[k - 1])
                            && titles[k].org.is_some_and(|(a, e)| self.local(a, e)))
                        && (self.separates(titles[k - 1].end, titles[k].start)
                            // (Or the body the office belongs to, then a comma: `Chủ nhiệm Ủy
                            // ban Quốc phòng và An ninh của Quốc hội, Thượng tướng A`.)
                            || self
                                .of_body_then_comma(titles[k - 1].end)
                                .is_some_and(|c| c + 1 == titles[k].start)
                            // (Or between commas the body or the place it is part of, then a
                            // rank: `Đội trưởng Đội CSGT số 6, Phòng CSGT Công an TP Hà Nội,
                            // thiếu tá Đỗ Minh Tuấn`, `Trưởng Công an xã Thanh Lòa, huyện Cao
                            // Lộc, Thiếu tá Hoàng Văn Thụ`.)
                            || (titles[k].rank
                                && !titles[k - 1].rank
                                && self.parent_between_commas(titles[k - 1].end)
                                    == Some(titles[k].start))
                            || (titles[k - 1].end == titles[k].start
                                && self.any_of(titles[k].start, &["kiêm"]))
                            // (A rank conferred on the one with the rank after: `thăng quân
                            // hàm Thiếu tướng cho Đại tá Lê Văn Minh`.)
                            // (Or `đối với`: `thăng cấp bậc hàm Thiếu tướng đối với Đại tá
                            // Nguyễn Hồng Phong`.)
                            || ((titles[k - 1].end + 1 == titles[k].start
                                || (titles[k - 1].end + 2 == titles[k].start
                                    && self.canon(titles[k - 1].end) == Some("đối")))
                                && self.conferred(&titles[k - 1]))
                            // (A rank right after an office, no comma: `Thứ trưởng Bộ Công an
                            // Thượng tướng Lê Quốc Hùng`.)
                            // (Or after the body's abbreviation in brackets: `Cục phó Cục
                            // Cảnh sát kinh tế (C03) Đại tá Phạm Văn Hoàng`.)
                            // (Or that and a comma: `Tổng Giám đốc Tập đoàn Công nghiệp -
                            // Viễn thông Quân đội (Viettel), Trung tướng Tào Đức Thắng`.)
                            || ((titles[k - 1].end == titles[k].start
                                || ((titles[k - 1].end + 3 == titles[k].start
                                    || (titles[k - 1].end + 4 == titles[k].start
                                        && self.text_at(titles[k - 1].end + 3) == ","))
                                    && self.text_at(titles[k - 1].end) == "("
                                    && self.text_at(titles[k - 1].end + 2) == ")"))
                                && titles[k].rank
                                && !titles[k - 1].rank
                                && self.u.get(titles[k].start).is_some_and(Unit::capitalized)))
                    {
                        // `Tổ trưởng Tổ công tác của Thủ tướng, Bộ trưởng … A`: a title after
                        // `của` owns the body before it; the title of that body is A's.
                        // (Not `theo lời mời của Tổng Bí thư, Chủ tịch nước Tô Lâm`: no
                        // title before `của`, the title after it is his.)
                        let t = &titles[k - 1];
                        if t.start > 0
                            && self.canon(t.start - 1) == Some("của")
                            && let Some(o) = k.checked_sub(2).filter(|&o| {
                                titles[o].end + 1 == t.start && !after_other(&titles[o])
                            })
                        {
                            linked.push(o);
                            k = o;
                            continue;
                        }
                        linked.push(k - 1);
                        k -= 1;
                    }
                    // `Phó Thủ tướng đặc trách Văn hóa Xã hội: Thiếu tướng Đỗ Mậu`: a
                    // heading's title (and its chain) before the colon that the rank and
                    // name follow.
                    // (Or the office whose successor this title and name are: `thôi chức vụ
                    // Bộ trưởng, người kế nhiệm ông là Thứ trưởng Nguyễn Xuân Cường`.)
                    let office = || {
                        titles[..k]
                            .iter()
                            .rposition(|t| self.successor_of(t.end) == Some(titles[k].start))
                    };
                    match self
                        .title_before_colon(titles[k].start, titles)
                        .or_else(office)
                    {
                        Some(h) if h < k && !after_other(&titles[h]) => {
                            linked.push(h);
                            k = h;
                        }
                        _ => break,
                    }
                }
            }
            // After the name: `Phạm Ngọc Thưởng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh`;
            // `ông A giữ chức Bộ trưởng`; `(Nguyễn Tấn Dũng) cũng từng là Bí thư Tỉnh ủy`.
            // `phu nhân Tổng Bí thư Ngô Thị Mận`: the titles before the name of a wife are her
            // husband's. (The name after `phu nhân` and the titles may be the husband's too:
            // `Đặng Bích Hà, phu nhân Đại tướng Võ Nguyên Giáp`; a woman's middle name `Thị`
            // tells them apart.)
            // (Nor the titles before the comma that her own name follows: `Phu nhân Tổng thống
            // Hàn Quốc, bà Choi Yeon-hee, …`.)
            if let Some(&first) = linked.iter().min()
                && self.spouse_before(titles[first].start)
                && ((p.start..p.end).any(|m| self.canon(m) == Some("thị"))
                    || linked.iter().any(|&ti| {
                        titles[ti].end < hon_start && self.any_of(titles[ti].end, &[","])
                    }))
            {
                linked.clear();
            }
            let after_from = linked.len();
            let k = self.skip_to_title(p.end, titles);
            // (Not a class after the name's comma: `Tổng Giám đốc A, các Phó Tổng Giám đốc và
            // thủ trưởng các đơn vị`; they are others.)
            let k = if k == p.end + 2
                && self.text_at(p.end) == ","
                && matches!(self.canon(p.end + 1), Some("các" | "những"))
            {
                p.end
            } else {
                k
            };
            // (Nor after `Theo` and whom it cites, the main clause's subject before its verb's
            // aspect: `Theo Bộ trưởng … Trần Văn Sơn, Thủ tướng đã giao …`; not an apposition,
            // `Theo ông A, Chủ tịch UBND tỉnh, …`.)
            let k = if k > p.end
                && self.text_at(p.end) == ","
                && {
                    let first = linked
                        .iter()
                        .map(|&t| titles[t].start)
                        .min()
                        .map_or(hon_start, |s| s.min(hon_start));
                    first > 0 && self.canon(first - 1) == Some("theo")
                }
                && titles.iter().any(|t| {
                    t.start == k
                        && self.spaced(t.end)
                        && self.any_of(t.end, &["đã", "đang", "sẽ", "vừa", "cũng"])
                }) {
                p.end
            } else {
                k
            };
            let k = if k == p.end && self.u.get(k).is_some_and(|x| x.text == ")") {
                self.skip_to_title(k + 1, titles)
            } else {
                k
            };
            // `Ông A thay ông B làm Bí thư Tỉnh ủy`, `A thay B giữ chức …`: A takes the office
            // that B held; the title after B's linking words is A's too.
            // (A word of time or aspect may come before `thay`: `A sẽ thay ông B làm …`.)
            let aux = (p.end..p.end + 3)
                .find(|&m| !matches!(self.canon(m), Some("sẽ" | "đã" | "vừa" | "mới")))
                .unwrap_or(p.end);
            let k = if (k == p.end || k == aux)
                && self.canon(aux) == Some("thay")
                && let k = aux
                && let Some(qi) = starts.iter().position(|&s| s == k + 1)
                && self.u.get(ends[qi]).is_some_and(linking)
                && let t = self.skip_to_title(ends[qi], titles)
                && titles.iter().any(|x| x.start == t)
            {
                t
            } else {
                k
            };
            // `Ông A sinh ngày 10/10/1970, là Tiến sĩ Luật, từng giữ chức Trưởng Ban …`: the
            // subject's clauses, one after another, up to the one that gives an office.
            // (Or when the words after the comma lead to no title: `Chị A, cựu du học sinh
            // tại Pháp, nay là Phó Giám đốc …`.)
            let k = if k == p.end
                || (self.text_at(p.end) == "," && !titles.iter().any(|t| t.start == k))
            {
                self.office_clause(p.end, titles, &starts).unwrap_or(k)
            } else {
                k
            };
            // (Or a title in lower case right after the name, with no comma: `Ông Trần Đình
            // Long chủ tịch HĐQT Hòa Phát phát biểu`; a person named by a form of address.)
            // (Or, in capitals too, a title with its body that no name follows: `Đồng chí
            // Nguyễn Văn Nam Bí thư Tỉnh ủy đến viếng`.)
            // (Or an office held `kiêm`, right after the name: `Phó Thủ tướng Trần Lưu Quang
            // kiêm Chủ tịch Ủy ban …`.)
            let kiem_after = k == p.end
                && self.spaced(k)
                && self.any_of(k, &["kiêm"])
                && titles.iter().any(|t| t.start == k);
            // (Without a form of address, only after `nguyên` or `cựu` in lower case, which no
            // name ends with: `Đại tá Lê Mã Lương nguyên Giám đốc Bảo tàng …`.)
            let former = |t: &title::Found| {
                t.mods.first().is_some_and(|m| m.0 == k)
                    && self.u.get(k).is_some_and(|x| !x.capitalized())
                    && matches!(self.folded(k).as_deref(), Some("nguyen" | "cuu"))
            };
            let bare_apposition = k == p.end
                && self.spaced(k)
                && titles.iter().any(|t| {
                    t.start == k
                        && (p.honorific.is_some() || former(t))
                        // (Or a title with no body that a modifier opens: `Ông Phan Diễn
                        // nguyên Thường trực Ban Bí thư đã tới dự`.)
                        && (t.org.is_some() || t.mods.first().is_some_and(|m| m.0 == k))
                        && (self.u.get(k).is_some_and(|x| !x.capitalized())
                            || !(self.spaced(t.end) && self.person_name_at(t.end)))
                });
            // (Not past the name of the one who appoints: `ông được Thủ tướng Nguyễn Tấn Dũng
            // bổ nhiệm lại chức vụ Thứ trưởng` is not the Prime Minister's office.)
            // (Nor, whatever the verb, after `được` and a form of address: `Phan Thanh Giản
            // được vua Tự Đức cử làm Chánh sứ`, `Ngô Thì Nhậm được vua Quang Trung trọng dụng,
            // giữ chức …`: the passive's agent, whose clause is the subject's.)
            let appointer = (titles
                .iter()
                .any(|t| t.end == p.start && self.after_passive(t))
                && self.appointing_verb(p.end))
                || (((hon_start < p.start
                    && hon_start > 0
                    && matches!(self.canon(hon_start - 1), Some("được" | "bị")))
                    // (Or a bare office, a king's: `được vua Quang Trung trọng dụng`.)
                    || titles.iter().any(|t| {
                        t.end == p.start
                            && t.org.is_none()
                            && t.start > 0
                            && matches!(self.canon(t.start - 1), Some("được" | "bị"))
                    }))
                    // (But its own apposition: `được đồng chí A, Phó Bí thư …, trao`.)
                    && !matches!(self.text_at(p.end), "," | "(" | "-" | "–"));
            // (Nor an office that the sentence then says is another's: `…, Phó Trưởng ban
            // Thường trực là Bộ trưởng Bộ Xây dựng Nguyễn Thanh Sơn`.)
            let anothers = |t: &title::Found| {
                self.canon(t.end) == Some("là")
                    && self.spaced(t.end + 1)
                    && (titles
                        .iter()
                        .any(|u| u.start == t.end + 1 && self.person_name_at(u.end))
                        || self.person_name_at(t.end + 1))
            };
            if (k > p.end || bare_apposition || kiem_after)
                && !appointer
                && let Some(mut ti) = titles
                    .iter()
                    .position(|t| t.start == k && !self.conferred(t) && !anothers(t))
            {
                // A chain, then maybe linking words and another chain: `Thiếu tướng A, Phó
                // Tư lệnh Quân khu 3 được bổ nhiệm giữ chức Chánh Thanh tra Bộ Quốc phòng`.
                loop {
                    // `ông A được Thủ tướng bổ nhiệm giữ chức Thứ trưởng`: the title between
                    // `được` and the appointing verb is who appoints, not A's.
                    if self.agent(titles, ti) {
                        // (Past the name of who appoints, if written.)
                        let end = titles[ti].end;
                        let end = if self.spaced(end)
                            && (self.person_name_at(end) || titles[ti].org.is_none())
                        {
                            self.name_run(end, 4)
                        } else {
                            end
                        };
                        // (Past `cho`, which links nothing else: `cho làm Hành khiển`; or
                        // past the agent's verb to the comma, `trọng dụng, giữ chức`.)
                        let end = end + usize::from(self.canon_pair(end, "cho", "làm"));
                        let end = self.clause_then_office(end).unwrap_or(end);
                        // (Past `ký quyết định`, the agent signs: `được Thủ tướng ký quyết
                        // định bổ nhiệm giữ chức Thứ trưởng`.)
                        let end = self.past_signing(end);
                        let after = self.skip_to_title(end, titles);
                        match titles.iter().position(|t| t.start == after) {
                            Some(next) if next > ti && after > titles[ti].end => {
                                ti = next;
                                continue;
                            }
                            _ => break,
                        }
                    }
                    let from = linked.len();
                    self.chain(titles, ti, &mut linked);
                    let Some(&last) = linked.get(from..).and_then(<[usize]>::last) else {
                        break;
                    };
                    // `thôi giữ chức Bí thư Tỉnh ủy để nhận nhiệm vụ Phó Trưởng ban …`: the
                    // office left, then the one taken.
                    let end = titles[last].end;
                    // (`… để HĐND tỉnh bầu giữ chức Phó Chủ tịch UBND tỉnh`: the body that
                    // elects, between `để` and the verb.)
                    let end = if self.canon(end) == Some("để") {
                        if self.u.get(end + 1).is_some_and(linking) {
                            end + 1
                        } else {
                            self.org(end + 1)
                                .map(|(_, e)| e)
                                .filter(|&e| self.u.get(e).is_some_and(linking))
                                .unwrap_or(end)
                        }
                    } else {
                        end
                    };
                    // (Past a duty phrase, `Phó Giám đốc phụ trách Sở Y tế, được bổ nhiệm …`,
                    // and a parent body after a comma, `Vụ trưởng Vụ Tổ chức - Cán bộ, Bộ Nội
                    // vụ được điều động giữ chức …`: linking words must follow them.)
                    let end = self.past_duty_and_parent(end, titles);
                    // (And past when it was held: `… Bí thư Tỉnh ủy Đồng Tháp trong nhiệm kỳ
                    // 2015–2020 trước khi trở thành Bộ trưởng …`, `… từ tháng 2/2020 đến tháng
                    // 3/2021 và là Trưởng ban …`.)
                    let end = self.past_period(end);
                    let after = self.skip_to_title(end, titles);
                    let words = after > titles[last].end
                        && self
                            .u
                            .get(titles[last].end..after)
                            .is_some_and(|s| s.iter().any(linking));
                    match titles.iter().position(|t| t.start == after) {
                        Some(next) if words && next > last => ti = next,
                        _ => break,
                    }
                }
            }
            // `miễn nhiệm chức vụ Chủ tịch nước, … và cho thôi làm nhiệm vụ đại biểu Quốc hội
            // đối với ông Nguyễn Xuân Phúc`: the offices named before `đối với`.
            let joined = joined_from.get(pi).copied().unwrap_or(hon_start);
            self.offices_before_doi_voi(joined, titles, &ends, &mut linked);
            // The chain after the name stops at a title that leads another person's name.
            // (Or at the office held `kiêm` the one that does, after a name with its own
            // title before it: see `kiem` above.)
            let claimed = |mut ti: usize| loop {
                if claims
                    .iter()
                    .enumerate()
                    .any(|(qi, &b)| qi != pi && b == Some(ti))
                {
                    break true;
                }
                match titles.get(ti + 1) {
                    Some(n)
                        if n.start == titles[ti].end
                            && self.any_of(n.start, &["kiêm"])
                            && befores[pi].is_some() =>
                    {
                        ti += 1;
                    }
                    _ => break false,
                }
            };
            if let Some(cut) = linked
                .get(after_from..)
                .and_then(|a| a.iter().position(|&ti| claimed(ti)))
            {
                linked.truncate(after_from + cut);
            }
            // `Tiếp Bộ trưởng … Karim Hassan, Chủ tịch Quốc hội đề nghị …`: in a sentence that
            // opens with a reception verb, its object named, the last title of the chain
            // after the name, the main verb right after it, is the main clause's subject.
            if linked.len() > after_from
                && let Some(&last) = linked.last()
                && titles[last].start > p.end
                && self.main_verb_at(titles[last].end)
                && self.received(hon_start)
            {
                linked.pop();
            }
            if k > p.end
                && self.u.get(p.end..k).is_some_and(|s| s.iter().any(linking))
                && let Some(after) = linked.get(after_from..)
            {
                predicated[pi] = after.to_vec();
            }
            // `thăng quân hàm từ Thiếu tướng lên Trung tướng đối với đồng chí A`, `thăng cấp bậc
            // hàm từ Thiếu tá lên Trung tá cho đồng chí B`: the ranks of a promotion are the
            // one promoted's, named after them.
            // (Or before the titles it has before its name: `… lên Thiếu tướng đối với Cục
            // trưởng Cục CSGT Đỗ Thanh Bình`.)
            let titled = linked
                .iter()
                .filter_map(|&t| titles.get(t))
                .filter(|t| t.end <= hon_start && !t.rank)
                .map(|t| t.start)
                .min();
            if let Some(both) = self
                .promoted_ranks(hon_start, titles)
                .or_else(|| titled.and_then(|s| self.promoted_ranks(s, titles)))
            {
                linked.extend(both);
            }
            linked.sort_unstable();
            linked.dedup();
            p.titles = linked;
        }
        // `Các ông A, B và bà C được Quốc hội phê chuẩn bổ nhiệm làm Phó Thủ tướng`: what the
        // last of a list is linked to by its verb, every one listed before it is too (those
        // the sentence gives nothing after their own names).
        // (A list closed by `và` before its last, each name where the list's others are
        // written from: not `Lúc sinh Phạm Bình Minh, ông Nguyễn Cơ Thạch đang giữ chức …`,
        // nor `dưới quyền Chánh án A, B kiêm chức …`.)
        let listed: Vec<bool> = persons
            .windows(2)
            .zip(&ends)
            .map(|(w, &e)| {
                let s = list_start(&w[0], &w[1]);
                let h = w[1].honorific.map_or(w[1].start, |h| h.0);
                (s >= 1 && e == s - 1 && self.any_of(s - 1, &[",", "và"]))
                    || (h >= 1 && e == h - 1 && self.any_of(h - 1, &["và"]))
            })
            .collect();
        let listed = |qi: usize| listed.get(qi).copied().unwrap_or(false);
        for pi in 1..persons.len() {
            if predicated[pi].is_empty()
                || !listed(pi - 1)
                || !self.any_of(ends[pi - 1], &["và"])
                || (pi + 1 < persons.len() && listed(pi))
            {
                continue;
            }
            let shared = &predicated[pi];
            for qi in (0..pi).rev() {
                if qi + 1 < pi && !listed(qi) {
                    break;
                }
                let q = &mut persons[qi];
                if q.titles.iter().any(|&ti| titles[ti].start >= ends[qi]) {
                    continue;
                }
                q.titles.extend_from_slice(shared);
                q.titles.sort_unstable();
                q.titles.dedup();
            }
        }
        // `Ông Koji Tanabe và bà Yuki Sato, hai Phó Tổng Giám đốc của Công ty`: a plural title
        // in apposition after a list of names is each one's.
        // (A title with no names after it, counted as many as the names, or `các` for two
        // or more: not `… gặp Ngoại trưởng Mỹ Antony Blinken, hai bộ trưởng bày tỏ`, where
        // the two are the subject of the next clause.)
        for (ti, t) in titles
            .iter()
            .enumerate()
            .filter(|(_, t)| t.plural && t.generic)
        {
            let Some(s) = t.start.checked_sub(1) else {
                continue;
            };
            let count = self.u.get(s).and_then(|x| match x.kind {
                TokenKind::Number => x.text.parse::<usize>().ok(),
                // (Not `năm`, five but also a year.)
                _ => super::number::digit(x.word, false)
                    .filter(|&d| d >= 2 && x.word != Word::Nam)
                    .map(usize::from),
            });
            let many = self.canon(s) == Some("các");
            if count.is_none() && !many {
                continue;
            }
            let Some(comma) = s.checked_sub(1).filter(|&c| self.text_at(c) == ",") else {
                continue;
            };
            let Some(last) = ends.iter().position(|&e| e == comma) else {
                continue;
            };
            let from = joined_from.get(last).copied().unwrap_or(comma);
            let listed: Vec<usize> = (0..persons.len())
                .filter(|&pi| starts.get(pi).is_some_and(|&st| st >= from) && ends[pi] <= comma)
                .collect();
            if count.map_or(listed.len() < 2, |n| n != listed.len()) {
                continue;
            }
            for pi in listed {
                if let Some(p) = persons.get_mut(pi)
                    && !p.titles.contains(&ti)
                {
                    p.titles.push(ti);
                    p.titles.sort_unstable();
                }
            }
        }
        // `A kế nhiệm ông B làm Chủ tịch Quốc hội`: the office taken after the predecessor's
        // name is the successor's.
        for pi in 1..persons.len() {
            let b_start = starts.get(pi).copied().unwrap_or(0);
            if b_start < 2
                || self.canon(b_start - 2) != Some("kế")
                || self.canon(b_start - 1) != Some("nhiệm")
                || ends.get(pi - 1) != Some(&(b_start - 2))
            {
                continue;
            }
            let b_end = persons[pi].end;
            let moved: Vec<usize> = persons[pi]
                .titles
                .iter()
                .copied()
                .filter(|&t| titles.get(t).is_some_and(|x| x.start >= b_end))
                .collect();
            if moved.is_empty() {
                continue;
            }
            persons[pi].titles.retain(|t| !moved.contains(t));
            let a = &mut persons[pi - 1].titles;
            a.extend(moved);
            a.sort_unstable();
            a.dedup();
        }
        // Names listed after a heading's colon share its titles: `Bộ trưởng: Phan Ngọc Tường
        // (đến 11/1996), Đỗ Quang Trung (từ 11/1996)`, `Giám đốc: ông A, bà B`.
        for n in 1..persons.len() {
            let (head, rest) = persons.split_at_mut(n);
            let (a, b) = (&head[n - 1], &mut rest[0]);
            let a_start = a.honorific.map_or(a.lead.unwrap_or(a.start), |h| h.0);
            let b_start = b.honorific.map_or(b.lead.unwrap_or(b.start), |h| h.0);
            let a_start = self.back_over_degrees(a_start);
            if !b.titles.is_empty() || a.titles.is_empty() || a_start == 0 {
                continue;
            }
            if self.text_at(a_start - 1) != ":" {
                continue;
            }

            // After `a`: maybe a bracket, then a comma or `và`, then `b`.
            let mut k = a.end;
            if self.text_at(k) == "(" {
                match (k + 1..b_start.min(k + 12)).find(|&c| self.text_at(c) == ")") {
                    Some(c) => k = c + 1,
                    None => continue,
                }
            }
            // (The heading's titles, not A's own in brackets after it: `Hội đồng gồm: GS.TS
            // A (Chủ tịch), PGS.TS B (Phản biện 1)`, `Bộ trưởng: A (Phó Thủ tướng kiêm chức),
            // B`.)
            if k + 1 == b_start && self.any_of(k, &[",", "và", ";"]) {
                b.titles = a
                    .titles
                    .iter()
                    .copied()
                    .filter(|&t| titles[t].end <= a_start)
                    .collect();
            }
        }
        // `Bùi Thanh Sơn thăm Nga trên cương vị Bộ trưởng Ngoại giao`, `với tư cách Chủ tịch`:
        // a title given as a capacity belongs to the nearest person before it.
        // So does a rank given with `hàm` (`là một chính khách …, hàm Trung tướng`).
        for (ti, t) in titles.iter().enumerate() {
            let capacity = (t.start >= 2
                && matches!(
                    (self.canon(t.start - 2), self.canon(t.start - 1)),
                    (Some("cương"), Some("vị")) | (Some("tư"), Some("cách"))
                ))
                // (Not a rank conferred: `phong cấp hàm Đại tướng cho ông A`.)
                // (`, cấp bậc Trung tá` too.)
                || (t.rank
                    && t.start >= 2
                    && (self.canon(t.start - 1) == Some("hàm")
                        || (self.canon(t.start - 1) == Some("bậc")
                            && self.canon(t.start - 2) == Some("cấp")))
                    && (self.any_of(t.start - 2, &[","])
                        || (t.start >= 3
                            && matches!(self.canon(t.start - 2), Some("quân" | "cấp"))
                            && self.any_of(t.start - 3, &[","]))));
            if !capacity {
                continue;
            }
            if let Some(p) = persons.iter_mut().rev().find(|p| p.end <= t.start - 2)
                && !p.titles.contains(&ti)
            {
                p.titles.push(ti);
                p.titles.sort_unstable();
            }
        }
        // People named together share what follows them: `Phó Đức Phương và Trương Ngọc
        // Ninh giữ chức Phó chủ tịch hội`; and what a plural title before them gives:
        // `các Phó Thủ tướng Trương Hòa Bình, Vũ Đức Đam`.
        for pi in (0..persons.len().saturating_sub(1)).rev() {
            let (a, b) = (&persons[pi], &persons[pi + 1]);
            // (Or `A và B đều từng là T`: each holds T, whatever stands before A.)
            let both = !a.titles.is_empty()
                && a.titles.iter().all(|&t| titles[t].end <= a.start)
                && (b.end..b.end + 2).any(|k| self.canon(k) == Some("đều"));
            // (Or A's rank alone before it, B with one too: `Đại tá A và Thượng tá B, Phó
            // Giám đốc Công an tỉnh`.)
            let ranked = listed_ranks(a, b, titles);
            let both = both || ranked.is_some();
            // (Or A is itself listed after another name and a comma, B with its own form of
            // address: `các ông A, B và bà C`.)
            let listed =
                pi > 0 && persons[pi - 1].end + 1 == a.start && self.text_at(a.start - 1) == ",";
            let b_start = ranked.unwrap_or_else(|| match b.honorific {
                Some((s, _)) if listed => s,
                _ => list_start(a, b),
            });
            if (a.titles.is_empty() || both)
                && !b.titles.is_empty()
                && self.separates(a.end, self.back_over_degrees(b_start).max(a.end))
            {
                // (Not B's own in brackets: `A, B (Thư ký)`, each with a part of their own.)
                let after: Vec<usize> = b
                    .titles
                    .iter()
                    .copied()
                    .filter(|&t| {
                        titles[t].start >= b.end
                            && !(titles[t].start == b.end + 1 && self.text_at(b.end) == "(")
                    })
                    .collect();
                if both {
                    persons[pi].titles.extend(after);
                } else {
                    persons[pi].titles = after;
                }
            }
        }
        for pi in 1..persons.len() {
            let (a, b) = (&persons[pi - 1], &persons[pi]);
            // (Past a bracket after the name: `A (Thường trực), B`.)
            let a_end = if self.text_at(a.end) == "(" {
                (a.end + 1..b.start.min(a.end + 6))
                    .find(|&c| self.text_at(c) == ")")
                    .map_or(a.end, |c| c + 1)
            } else {
                a.end
            };
            // (B's own titles after it do not stop a plural one before the list: `Hai thiếu
            // tướng A và B đều từng là …`.)
            // (Nor B's rank right before its name, in a heading's list: `…: Đại tá A (…),
            // Thiếu tướng B (…)`.)
            let rank = b
                .titles
                .iter()
                .map(|&t| &titles[t])
                .find(|t| t.rank && t.end == b.honorific.map_or(b.start, |h| h.0))
                .map(|t| t.start);
            let own_after = b
                .titles
                .iter()
                .all(|&t| titles[t].start >= b.end || Some(titles[t].start) == rank);
            // (Past the degrees written before B's name: `gồm PGS.TS A và GS.TS B`.)
            let b_start =
                rank.unwrap_or_else(|| self.back_over_degrees(list_start(a, b)).max(a_end));
            if own_after && self.separates(a_end, b_start) {
                // A plural title (`các Phó Thủ tướng A, B`), or a heading (`Ủy viên: A, B, C`).
                let shared: Vec<usize> = a
                    .titles
                    .iter()
                    .copied()
                    .filter(|&t| {
                        titles[t].end <= a.start
                            // (A's rank is not B's, who has one: `Các đồng chí Đại tá A, Thượng
                            // tá B`.)
                            && !(rank.is_some() && titles[t].rank)
                            && (titles[t].generic
                                || titles[t].plural
                                || self.heading_end(titles[t].end)
                                // `Phó Bí thư là các ông A, B, C`
                                || (self.canon(titles[t].end) == Some("là")
                                    && self.canon(titles[t].end + 1) == Some("các")))
                    })
                    .collect();
                if !shared.is_empty() {
                    let own = std::mem::take(&mut persons[pi].titles);
                    persons[pi].titles = shared;
                    persons[pi].titles.extend(own);
                }
            }
        }
        self.respectively(titles, persons, &starts, &ends, &joined_from);
        self.apposition_of_whole_name(titles, persons);
        self.kin_named_after(titles, persons);
        self.kin_in_apposition(titles, persons);
    }

    /// `Anh A, con trai Thiếu tướng B, hiện là Trung tá …`: a kin of the person named first,
    /// set off by commas; the offices said after the kin's apposition, a comma and linking
    /// words, are the first person's, the subject of the clause.
    fn kin_in_apposition(&self, titles: &[title::Found], persons: &mut [Found]) {
        let kin = |m: usize| {
            self.u
                .get(m)
                .is_some_and(|x| !x.capitalized() && x.key.is_some_and(|k| kin_word(k, true)))
        };
        for qi in 1..persons.len() {
            let (before, rest) = persons.split_at_mut(qi);
            let (Some(p), Some(q)) = (before.last_mut(), rest.first_mut()) else {
                continue;
            };
            // (Where the kin's words end: before its form of address or its rank.)
            let mut q_first = q.honorific.map_or(q.start, |h| h.0);
            if let Some(t) = titles.iter().find(|t| t.end == q_first && t.rank) {
                q_first = t.start;
            }
            let words = q_first.saturating_sub(p.end + 1);
            if self.text_at(p.end) != ","
                || !(1..=2).contains(&words)
                || !(p.end + 1..q_first).all(kin)
            {
                continue;
            }
            // (The offices after the kin's own apposition: `, hiện là …`, `, nay là …`.)
            let Some(comma) = (q.end..q.end + 4).find(|&c| self.text_at(c) == ",") else {
                continue;
            };
            // (Not a former office alone, the kin's own: `bà A, con gái cố Thượng tướng B,
            // nguyên Tư lệnh Quân đoàn 1`.)
            if !self.u.get(comma + 1).is_some_and(linking)
                || self.canon(comma + 1) == Some("nguyên")
            {
                continue;
            }
            let moved: Vec<usize> = q
                .titles
                .iter()
                .copied()
                .filter(|&ti| titles.get(ti).is_some_and(|t| t.start > comma))
                .collect();
            if moved.is_empty() {
                continue;
            }
            q.titles.retain(|ti| !moved.contains(ti));
            for ti in moved {
                if !p.titles.contains(&ti) {
                    p.titles.push(ti);
                }
            }
            p.titles.sort_unstable();
        }
    }

    /// Whether a title ending at `e` heads a list of its holders: a colon, or `gồm`, maybe
    /// after the periods they held it in (`Bí thư Tỉnh ủy Hà Tĩnh qua các thời kỳ: đồng chí
    /// A, đồng chí B, …`, `Chủ tịch UBND TP.HCM gồm ông A, ông B, …`).
    fn heading_end(&self, e: usize) -> bool {
        let k = self.over_periods(e).unwrap_or(e);
        self.u.get(k).is_some_and(|x| x.text == ":") || self.canon(k) == Some("gồm")
    }

    /// `Vợ ông Sáu là bà Lê Thị Hồng, Phó Chủ tịch Hội …`, `Con trai ông A, anh B, Giám đốc …`:
    /// a person named through a kin word, then the kin named by `là` or a comma: the titles
    /// after the second name are the second's alone. So too after `là` with no kin word when
    /// the two cannot be one person (`Ông Sáu là bà Lê Thị Hồng, …`).
    fn kin_named_after(&self, titles: &[title::Found], persons: &mut [Found]) {
        for qi in 1..persons.len() {
            let (before, rest) = persons.split_at_mut(qi);
            let (Some(p), Some(q)) = (before.last_mut(), rest.first()) else {
                continue;
            };
            let p_start = p.honorific.map_or(p.start, |h| h.0);
            let q_start = q.honorific.map_or(q.start, |h| h.0);
            let kin = p_start
                .checked_sub(1)
                .and_then(|k| self.u.get(k))
                .and_then(|x| x.key)
                .is_some_and(|k| kin_word(k, false));
            let copula = self.canon(p.end) == Some("là");
            let named = q_start == p.end + 1 && (self.text_at(p.end) == "," || copula);
            // (Or, with no kin word, `là` between two people who cannot be one: `Ông Sáu là
            // bà Lê Thị Hồng, Phó Chủ tịch …`; not `Ông Sáu là ông Lê Văn Sáu, …`, one man.)
            if !named || !(kin || (copula && self.not_one_person(p, q))) {
                continue;
            }
            p.titles.retain(|ti| {
                !(q.titles.contains(ti) && titles.get(*ti).is_some_and(|t| t.start >= q.end))
            });
        }
    }

    /// Whether two persons, `p` then `q`, are two people by what is written: forms of address
    /// of the two sexes (`ông`, `bà`), or names that differ where `p`'s is not the end of
    /// `q`'s (`Sáu`, `Lê Văn Sáu` may be one man).
    fn not_one_person(&self, p: &Found, q: &Found) -> bool {
        // The forms of address of men, then of women.
        static SEXES: LazyLock<[Vec<u32>; 2]> = LazyLock::new(|| {
            let keys = |ws: &[&str]| {
                ws.iter()
                    .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
                    .collect()
            };
            [
                keys(&["ông", "anh", "chú", "bác", "cậu"]),
                keys(&["bà", "chị", "cô", "dì", "mợ", "thím"]),
            ]
        });
        let key = |k: usize| self.u.get(k).and_then(|x| x.key);
        let sex = |f: &Found| {
            let h = f.honorific.filter(|&(a, e)| e == a + 1)?;
            let k = key(h.0)?;
            SEXES.iter().position(|s| s.contains(&k))
        };
        if let (Some(a), Some(b)) = (sex(p), sex(q))
            && a != b
        {
            return true;
        }
        let words = |f: &Found| -> Option<Vec<u32>> { (f.start..f.end).map(key).collect() };
        match (words(p), words(q)) {
            (Some(a), Some(b)) => !b.ends_with(&a) && !a.ends_with(&b),
            _ => false,
        }
    }

    /// `Theo ông Lương Văn Bảo, Trưởng phòng Tổ chức cán bộ, Tòa án nhân dân tỉnh, ông Bảo đã
    /// …`: the apposition right after a whole name that has no title, then a person named by a
    /// given name alone (the same one, or another: `…, ông Hùng đã …`), which took the title:
    /// the title is the whole name's, the one it stands by.
    fn apposition_of_whole_name(&self, titles: &[title::Found], persons: &mut [Found]) {
        for qi in 1..persons.len() {
            let (before, rest) = persons.split_at_mut(qi);
            let Some(q) = rest.first_mut() else { continue };
            if q.end != q.start + 1 || q.titles.is_empty() {
                continue;
            }
            let Some(p) = before.last_mut() else { continue };
            // (A whole name: two words or more.)
            if p.end < p.start + 2 || !p.titles.is_empty() || self.text_at(p.end) != "," {
                continue;
            }
            let moved: Vec<usize> = q
                .titles
                .iter()
                .copied()
                .filter(|&ti| {
                    titles
                        .get(ti)
                        .is_some_and(|t| t.start == p.end + 1 && t.end < q.start)
                })
                .collect();
            if moved.is_empty() {
                continue;
            }
            q.titles.retain(|ti| !moved.contains(ti));
            p.titles.extend(moved);
            p.titles.sort_unstable();
        }
    }

    /// `Ông A và bà B lần lượt giữ chức Phó Chủ tịch UBND tỉnh và Giám đốc Sở Tài chính`:
    /// after `lần lượt` (respectively), as many titles as the names listed before it, each
    /// the one of the name in the same place.
    fn respectively(
        &self,
        titles: &[title::Found],
        persons: &mut [Found],
        starts: &[usize],
        ends: &[usize],
        joined_from: &[usize],
    ) {
        if persons.len() < 2 || titles.len() < 2 {
            return;
        }
        let Some(r) = (1..self.u.len().saturating_sub(1))
            .find(|&m| self.canon(m) == Some("lần") && self.canon(m + 1) == Some("lượt"))
        else {
            return;
        };
        // (Or after a comma: `Ông A và ông B, lần lượt là …`.)
        let Some(last) = ends
            .iter()
            .position(|&e| e == r || (e + 1 == r && self.text_at(e) == ","))
        else {
            return;
        };
        let from = joined_from.get(last).copied().unwrap_or(r);
        let listed: Vec<usize> = (0..=last)
            .filter(|&pi| starts.get(pi).is_some_and(|&s| s >= from))
            .collect();
        // The titles after it (past `giữ chức`, `là`, `được bầu làm`), joined by commas or
        // `và`.
        let Some(first) = titles
            .iter()
            .position(|t| t.start > r + 1 && t.start <= r + 6)
        else {
            return;
        };
        let mut run = vec![first];
        while let (Some(&l), Some(next)) = (run.last(), titles.get(run.len() + first))
            && next.start == titles[l].end + 1
            && self.any_of(titles[l].end, &[",", "và"])
        {
            run.push(l + 1);
        }
        if listed.len() < 2 || run.len() != listed.len() {
            return;
        }
        for (&pi, &ti) in listed.iter().zip(&run) {
            if let Some(p) = persons.get_mut(pi) {
                p.titles.retain(|t| !run.contains(t));
                p.titles.push(ti);
                p.titles.sort_unstable();
            }
        }
    }

    /// The title right before a bracket of places, each with its level, that closes before
    /// the name at `k` (maybe with a comma): `Bí thư Đảng ủy xã Hòa Phong (huyện Hòa Vang, TP
    /// Đà Nẵng) Lê Văn Tám`.
    #[cold]
    fn places_in_brackets(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        let close = if self.text_at(k.checked_sub(1)?) == ")" {
            k - 1
        } else if k >= 2 && self.text_at(k - 1) == "," && self.text_at(k - 2) == ")" {
            k - 2
        } else {
            return None;
        };
        let open = (close.saturating_sub(14)..close)
            .rev()
            .find(|&m| self.text_at(m) == "(")?;
        let mut m = open + 1;
        loop {
            m = self.level_place(m)?;
            if m == close {
                break;
            }
            if self.text_at(m) != "," {
                return None;
            }
            m += 1;
        }
        titles.iter().position(|t| t.end == open && t.org.is_some())
    }

    /// Past the delegates who vote at `k`, after `được`: a count (`50/51`, `100%`) or `các`,
    /// `toàn thể`, then `đại biểu`, maybe `có mặt` or `dự họp`, the share in brackets and
    /// `tán thành`, `đồng ý`, `nhất trí` (`được 50/51 đại biểu (98,04%) tín nhiệm bầu làm`).
    #[cold]
    fn voters(&self, k: usize) -> Option<usize> {
        let mut e = k + 1;
        // (`100%`, `toàn thể`.)
        if self.text_at(e) == "%" || (self.canon(k) == Some("toàn") && self.folded_is(e, "the")) {
            e += 1;
        }
        if !(self.folded_is(e, "dai") && self.folded_is(e + 1, "bieu")) {
            return None;
        }
        e += 2;
        if self.text_at(e) == "HĐND" {
            e += 1;
        }
        if (self.folded_is(e, "co") && self.folded_is(e + 1, "mat"))
            || (self.folded_is(e, "du") && self.folded_is(e + 1, "hop"))
        {
            e += 2;
        }
        if self.text_at(e) == "(" {
            e = (e + 1..self.u.len().min(e + 8)).find(|&c| self.text_at(c) == ")")? + 1;
        }
        if (self.folded_is(e, "tan") && self.folded_is(e + 1, "thanh"))
            || (self.folded_is(e, "dong") && self.folded_is(e + 1, "y"))
            || (self.folded_is(e, "nhat") && self.folded_is(e + 1, "tri"))
        {
            e += 2;
        }
        Some(e)
    }

    /// Past `ký quyết định` at `k` (signs the decision), with its number if written (`ký
    /// Quyết định số 612/QĐ-CTN`): where the verb of appointing goes on; `k` otherwise.
    fn past_signing(&self, k: usize) -> usize {
        if self.canon(k) != Some("ký")
            || self.canon(k + 1) != Some("quyết")
            || self.canon(k + 2) != Some("định")
        {
            return k;
        }
        let mut e = k + 3;
        let code = |x: &Unit<'_>| matches!(x.kind, TokenKind::Number | TokenKind::Code);
        if self.folded_is(e, "so") && self.u.get(e + 1).is_some_and(code) {
            e += 2;
            while self.u.get(e).is_some_and(|x| x.gap == Gap::None) {
                e += 1;
            }
        }
        e
    }

    /// Whether title `ti` is the agent of a passive (`được Thủ tướng bổ nhiệm`, `bị Chủ tịch
    /// UBND tỉnh kỷ luật`): after `được` or `bị`, before a verb of appointing or sanctioning.
    fn agent(&self, titles: &[title::Found], ti: usize) -> bool {
        let t = &titles[ti];
        (self.after_passive(t) && self.appoints(t)) || self.agent_in_list(titles, ti)
    }

    /// Whether title `ti` is one of the offices, listed with commas or `và`, that one agent
    /// holds in a passive: `được Tổng Bí thư, Chủ tịch nước bổ nhiệm làm Đại sứ`.
    #[cold]
    fn agent_in_list(&self, titles: &[title::Found], ti: usize) -> bool {
        let joined = |a: &title::Found, b: &title::Found| {
            b.start == a.end + 1 && matches!(self.text_at(a.end), "," | "và")
        };
        let mut first = ti;
        while first > 0 && ti - first < 3 && joined(&titles[first - 1], &titles[first]) {
            first -= 1;
        }
        let mut last = ti;
        while last + 1 < titles.len() && last - ti < 3 && joined(&titles[last], &titles[last + 1]) {
            last += 1;
        }
        first != last && self.after_passive(&titles[first]) && self.appoints(&titles[last])
    }

    /// Whether a verb of appointing or sanctioning follows title `t`, or the name of who
    /// holds it and then that verb: the agent's office in a passive.
    fn appoints(&self, t: &title::Found) -> bool {
        self.appointing_verb(t.end)
                // (Or with the name of who appoints: `được Thủ tướng Phạm Minh Chính bổ
                // nhiệm làm Thứ trưởng`.)
                // (Any capitalized name after a bare office, a king's: `được vua Tự Đức cử
                // làm Chánh sứ`.)
                || (self.spaced(t.end)
                    && (self.person_name_at(t.end)
                        || (t.org.is_none() && self.name_run(t.end, 4) > t.end))
                    && {
                        let ne = self.name_run(t.end, 4);
                        // (`cho làm`, lets serve as.)
                        self.appointing_verb(ne)
                            || self.canon_pair(ne, "cho", "làm")
                            || self.clause_then_office(ne).is_some()
                    })
    }

    /// The comma after a clause in lower case that starts at `k` (a verb, up to three
    /// syllables), when `giữ chức` follows it: the office that the passive's subject held
    /// (`Ngô Thì Nhậm được vua Quang Trung trọng dụng, giữ chức Tả thị lang bộ Lại`).
    fn clause_then_office(&self, k: usize) -> Option<usize> {
        let c = (k + 1..k + 4).find(|&m| self.text_at(m) == ",")?;
        ((k..c).all(|m| {
            self.spaced(m)
                && self
                    .u
                    .get(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
        }) && self.canon_pair(c + 1, "giữ", "chức"))
        .then_some(c)
    }

    /// Past a holder's name set off by commas after a title at `e`, a rank or a form of
    /// address first (`, Thiếu tướng Robert Yaw Affram,`): where the clause goes on; `e`
    /// otherwise.
    fn past_apposed_holder(&self, e: usize) -> usize {
        if self.text_at(e) != "," {
            return e;
        }
        let Some((h, _)) = self
            .h
            .longest(e + 1, EntryKind::Rank)
            .or_else(|| self.h.longest(e + 1, EntryKind::Honorific))
        else {
            return e;
        };
        let ne = self.name_run(h, 4);
        if ne > h + 1 && self.text_at(ne) == "," {
            ne + 1
        } else {
            e
        }
    }

    /// Whether title `t` comes right after `được` or `bị` (the agent's place in a passive).
    fn after_passive(&self, t: &title::Found) -> bool {
        t.start > 0 && matches!(self.canon(t.start - 1), Some("được" | "bị"))
    }

    /// Whether unit `k` starts a verb of appointing, assigning or sanctioning (`bổ nhiệm`,
    /// `cử`, `phân công`, `kỷ luật`, `miễn nhiệm` …).
    fn appointing_verb(&self, k: usize) -> bool {
        matches!(
            self.canon(k),
            Some(
                "bổ" | "cử"
                    | "phong"
                    | "thăng"
                    | "điều"
                    | "giao"
                    | "phân"
                    | "chỉ"
                    | "phê"
                    | "trao"
                    | "tặng"
                    | "khen"
                    | "kỷ"
                    | "cách"
                    | "miễn"
                    | "bãi"
                    | "ký"
                    | "quyết"
                    | "luân"
                    // (`được Bộ trưởng ủy quyền tham gia …`: who delegates.)
                    | "ủy"
            )
        )
    }

    /// Whether unit `i` is one of `items`: punctuation as written, words in any case, form
    /// or tone style.
    fn any_of(&self, i: usize, items: &[&str]) -> bool {
        let t = self.text_at(i);
        let w = self.canon(i);
        items.iter().any(|&x| x == t || Some(x) == w)
    }

    /// The looked-for word of a unit (see [`Rules::canon`]).
    fn canon_of(&self, x: &Unit<'_>) -> Option<&'static str> {
        title::canon_key(x.key?)
    }

    /// Where the degrees before unit `k` start (`Phó giáo sư, Tiến sĩ` before a name, each
    /// followed by a comma or by the name): `k` when there are none.
    fn back_over_degrees(&self, mut k: usize) -> usize {
        loop {
            let end = if k > 0 && self.text_at(k - 1) == "," {
                k - 1
            } else {
                k
            };
            // (Not the last word of an office that ends there: `Nhà vua Felipe VI`.)
            let office = self.h.ends_at(end, EntryKind::Role, 3);
            // (Of up to six words: `bác sĩ chuyên khoa cấp II`.)
            let degree = (end.saturating_sub(6)..end)
                .find(|&s| {
                    self.h.at(s).iter().any(|h| {
                        h.kind == EntryKind::Honorific
                            && h.end == end
                            && !address(self.lex.note(h.note))
                    })
                })
                .filter(|&s| office.is_none_or(|r| r >= s))
                // (Nor the last words of a body's name that a profession's are too, after a
                // word of that name: `Chủ tịch Ban giám khảo, ông A`; a degree follows a
                // comma, the sentence's start or another degree.)
                .filter(|&s| {
                    s == 0
                        || self
                            .u
                            .get(s - 1)
                            .is_none_or(|x| x.kind == TokenKind::Punctuation)
                        || self.h.ends_at(s, EntryKind::Honorific, 4).is_some()
                        || self.h.ends_at(s, EntryKind::Rank, 3).is_some()
                });
            // A dotted run of degrees and honours the list does not have whole (`TS.TTƯT`,
            // `PGS.TS.BS`): an abbreviation with dots right before the name.
            // (Its first part a degree: not `TP.HCM`, the end of `Chủ tịch UBND TP.HCM`.)
            let dotted = (end == k && k > 0).then(|| k - 1).filter(|&d| {
                self.u.get(d).is_some_and(|x| {
                    x.kind == TokenKind::Abbreviation
                        && x.text.trim_end_matches('.').contains('.')
                        && x.text
                            .split('.')
                            .next()
                            .is_some_and(|first| self.lex.contains(EntryKind::Honorific, first))
                })
            });
            // (Or the holder's people between: `đại biểu Quốc hội người dân tộc Khmer Thạch
            // Phước Bình`.)
            // (A cheap test first, on the first letter: this is asked of every name.)
            let t_at = |m: usize| {
                self.text_at(m)
                    .as_bytes()
                    .first()
                    .is_some_and(|b| b | 0x20 == b't')
            };
            // (Or the country the holder is from: `Tổng giám đốc người Đài Loan Chen
            // Wei-Ming`.)
            // (`người` is a counted noun to the date words, then a place starts: reads of
            // fields, no lookup.)
            let n_at = |m: usize| {
                self.u.get(m).is_some_and(|x| x.word == Word::Count)
                    && self.h.kinds_at(m + 1) & bit(EntryKind::Place) != 0
            };
            let people = (end == k
                && k >= 3
                && ((t_at(k - 2) && self.canon(k - 2) == Some("tộc"))
                    || (t_at(k - 3) && self.canon(k - 3) == Some("tộc"))
                    || (k.saturating_sub(4)..k - 1).any(n_at)))
            .then(|| self.people_before(k))
            .flatten();
            match degree.or(dotted).or(people) {
                Some(s) if s < k => k = s,
                _ => return k,
            }
        }
    }

    /// Where the holder's people named before unit `k` start: `người dân tộc` and one or
    /// two capitalized words ending at `k` (`người dân tộc Khmer`, `người dân tộc Ê Đê`), or
    /// `người` and a listed country (`người Đài Loan`).
    #[cold]
    fn people_before(&self, k: usize) -> Option<usize> {
        let capitalized = |m: usize| {
            self.u
                .get(m)
                .is_some_and(|x| x.kind != TokenKind::Punctuation && x.capitalized())
        };
        if let Some(m) = (k.saturating_sub(4)..k - 1).find(|&m| {
            self.canon(m) == Some("người")
                && self.spaced(m + 1)
                && self
                    .h
                    .longest(m + 1, EntryKind::Place)
                    .is_some_and(|(e, n)| e == k && self.lex.note(n) == "country")
        }) {
            return Some(m);
        }
        let t = [k - 1, k.saturating_sub(2)].into_iter().find(|&t| {
            t >= 2
                && self.canon(t - 2) == Some("dân")
                && self.canon(t - 1) == Some("tộc")
                && (t..k).all(|m| capitalized(m) && self.spaced(m))
        })?;
        // (`người` first: a title reads `dân tộc …` right after it as its own words.)
        (t >= 3 && self.canon(t - 3) == Some("người")).then(|| t - 3)
    }

    /// A title whose duty stands between it and the name: `Phó Chủ tịch UBND tỉnh phụ
    /// trách khối kinh tế Nguyễn Văn An`, `Phó Giám đốc phụ trách Sở Y tế Lê Văn Bình`. The
    /// duty starts right after the title and runs to the name in at most six words (or is the
    /// whole phrase: `Thẩm phán chủ tọa phiên tòa Trần Đức Vượng`), with no
    /// punctuation but the dash of a pair of fields (`phụ trách văn hóa - xã hội Trần Chí
    /// Cường`).
    fn title_before_duty(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        // (Or the duty, then the comma of an apposition: `Phó Chủ tịch UBND tỉnh phụ trách
        // lĩnh vực nông nghiệp, ông Bùi Đình Lực`.)
        let k = if k > 0 && self.text_at(k - 1) == "," {
            k - 1
        } else {
            k
        };
        titles.iter().rposition(|t| {
            let Some((de, _)) = self
                .h
                .longest(t.end, EntryKind::Duty)
                .filter(|_| t.end < k && k - t.end <= 24)
            else {
                return false;
            };
            // (Or the body in charge, commas and all, up to the name: `Phó Giám đốc phụ trách
            // Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Giang Nguyễn Thị Hương`.)
            (k - t.end <= 9
                && de <= k
                && k - de <= 7
                && self.u.get(t.end..k).is_some_and(|s| {
                    s.iter().all(|x| {
                        (x.kind != TokenKind::Punctuation || (x.is_dash() && x.gap == Gap::Space))
                            && x.kind != TokenKind::Number
                    })
                }))
                || (de < k && self.spaced(de) && self.org(de).is_some_and(|(_, oe)| oe == k))
                // (Or the field, then `của` and the body: `Phó Giám đốc phụ trách sản xuất của
                // Công ty May Tiến Thuận, anh Trần Minh Quân`.)
                || (de < k
                    && (de..(de + 5).min(k)).any(|m| {
                        self.canon(m) == Some("của")
                            && self.spaced(m + 1)
                            && self.org(m + 1).is_some_and(|(_, oe)| oe == k)
                    }))
        })
    }

    /// Whether title `f` is an office of a foreign state, its body a country (`Đại sứ Nhật
    /// Bản`), and title `l` one of a body of this country's provinces or below (`Bí thư Tỉnh
    /// ủy Hưng Yên`): two holders.
    #[cold]
    fn foreign_and_local(&self, f: &title::Found, l: &title::Found) -> bool {
        let Some((a, e)) = f.org else { return false };
        let country = self.h.at(a).iter().any(|h| {
            h.kind == EntryKind::Place
                && h.end == e
                && self.lex.note(h.note).starts_with("country")
                && !(a..e).any(|m| self.folded_is(m, "viet"))
        });
        country && l.org.is_some_and(|(a, e)| self.local(a, e))
    }

    /// Whether the one word at `i` goes on the name of a commune or a ward that a title's
    /// body ends in, a listed place after its level: `Trưởng Công an xã Phú Thọ Hòa,` (not
    /// `Hòa`, someone).
    #[cold]
    fn place_goes_on(&self, i: usize, titles: &[title::Found]) -> bool {
        titles.iter().any(|t| t.end == i && t.org.is_some())
            && self.h.ends_at(i, EntryKind::Place, 3).is_some_and(|s| {
                s > 0
                    && self.h.ends_at(s, EntryKind::Level, 2).is_some()
                    && self.u.get(s - 1).is_some_and(|x| !x.capitalized())
            })
    }

    /// Whether the words from `k` to `m` name a founder: `đồng sáng lập`, `nhà sáng lập`,
    /// `người sáng lập`.
    #[cold]
    fn founder_before(&self, k: usize, m: usize) -> bool {
        // (Maybe the firm founded after: `nhà sáng lập Bamboo Airways và …`.)
        (k..m.saturating_sub(1)).take(3).any(|s| {
            self.folded_is(s, "sang")
                && self.folded_is(s + 1, "lap")
                && (s + 2..m).all(|c| self.u.get(c).is_some_and(Unit::capitalized))
        })
    }

    /// Whether the name read from `start` to `end` is a club's or a firm's, by a word of
    /// English that names such a body, in the name or right after it: `Seoul E-Land FC`,
    /// `Incheon United`, `Jeonbuk Hyundai Motors`.
    fn club_words(&self, start: usize, end: usize) -> bool {
        const WORDS: &[&str] = &[
            "FC",
            "F.C.",
            "United",
            "City",
            "Club",
            "Holdings",
            "Corporation",
            "Motors",
            "Airlines",
            "Group",
            "Aviation",
            // (Developers and funds: `Tổng giám đốc Sun Property`. Not all of [`title`]'s firm
            // words, some of which are surnames too: `Samantha Power`, `Jack Land`.)
            "Property",
            "Properties",
            "Realty",
            "Ventures",
            "Securities",
            // (Insurers: `Hanwha Life`, `MB Ageas Life`, `Chubb Insurance`.)
            "Life",
            "Insurance",
            "Assurance",
        ];
        let word = |m: usize| {
            self.u
                .get(m)
                .is_some_and(|x| x.key.is_none() && WORDS.contains(&x.text))
        };
        (self.spaced(end) && word(end)) || (start..end).any(word)
    }

    /// Whether a foreign word at `i` follows title `t` past its duty, `phụ trách` and the
    /// fields in charge (at most eight words and commas): `Ủy viên châu Âu phụ trách thương
    /// mại Valdis Dombrovskis`.
    #[cold]
    fn foreign_after_duty(&self, t: &title::Found, i: usize) -> bool {
        i <= t.end + 10
            && self.canon(t.end) == Some("phụ")
            && self.canon(t.end + 1) == Some("trách")
            && self.spaced(i)
            && self
                .u
                .get(i)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
            && self.h.kinds_at(i) & bit(EntryKind::Place) == 0
            // (Fields capitalized too, and listed, and the country: `phụ trách Môi trường,
            // Đại dương và Thủy sản Virginijus Sinkevičius`, `phụ trách Đối ngoại Qatar
            // Mohammed bin Abdulaziz Al-Khulaifi`.)
            && (t.end + 2..i).all(|m| {
                self.u.get(m).is_some_and(|x| {
                    (x.key.is_some() && x.gap == Gap::Space)
                        || x.text == ","
                        || self.h.kinds_at(m) & bit(EntryKind::Place) != 0
                })
            })
            // (Not the body after `của` or the seat after `tại`: `phụ trách kỹ thuật của
            // Vietsovpetro`.)
            && !(t.end + 2..i).any(|m| matches!(self.canon(m), Some("của" | "tại")))
    }

    /// A title separated from the name by its body's abbreviation in brackets or by the
    /// body it belongs to: `Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Trần Đình Nhân`,
    /// `Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Nguyễn Minh Sơn`.
    fn title_before_gap(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        titles.iter().rposition(|t| {
            if t.end >= k {
                return false;
            }
            if self.successor_of(t.end) == Some(k) {
                return true;
            }
            let first = self.text_at(t.end);
            if first == "(" {
                // (Then its seat abroad: `Trưởng đại diện Tổ chức Y tế Thế giới (WHO) tại Việt
                // Nam Angela Pratt`.)
                let k = if k >= t.end + 5
                    && self.text_at(t.end + 2) == ")"
                    && self.canon(t.end + 3) == Some("tại")
                    && self
                        .h
                        .longest(t.end + 4, EntryKind::Place)
                        .is_some_and(|(e, _)| e == k)
                {
                    t.end + 3
                } else {
                    k
                };
                // (Or then the body's level and place: `Giám đốc Trung tâm Kiểm soát bệnh tật
                // (CDC) tỉnh Hà Nam Trần Đình Thịnh`.)
                let k = if k >= t.end + 5 && self.text_at(k - 1) != ")" {
                    (t.end + 2..k - 1)
                        .find(|&c| {
                            self.text_at(c) == ")"
                                && self.spaced(c + 1)
                                && self.level_place(c + 1) == Some(k)
                        })
                        .map_or(k, |c| c + 1)
                } else {
                    k
                };
                // `(EVN)`, `(Bộ GD&ĐT)`, `(nay là Cục Đường bộ Việt Nam)`: a bracket of a few
                // words about the body, closed right before the name, with no clause (comma,
                // colon) and no other title inside.
                return self.text_at(k - 1) == ")"
                    && k - t.end <= 12
                    && !titles.iter().any(|x| x.start > t.end && x.start < k)
                    && self.u.get(t.end + 1..k - 1).is_some_and(|s| {
                        !s.is_empty()
                            && s.iter().all(|x| {
                                !matches!(x.text, "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”")
                            })
                    });
            }
            if k - t.end > 6 {
                return false;
            }
            let gap = t.end..k;
            // `Bộ trưởng Bộ Tài chính khi đó là ông …`, `Bộ trưởng đương nhiệm bấy giờ là
            // Nguyễn Minh Hiển`, `Chủ tịch Quốc hội đầu tiên năm 1946 là
            // Nguyễn Văn Tố`, `Phó Bí thư là các ông …`: words of time or order, then `là`
            // (and `các` before a list of names).
            let is = if k >= 2 && self.canon(k - 1) == Some("các") {
                k - 2
            } else {
                k - 1
            };

            // (`3 Phó Bí thư gồm các đồng chí A, B và C`: `gồm` before a list.)
            // (Or each with a form of address, after a plural: `7 thành viên HĐQT, gồm ông A,
            // ông B và bà C`.)
            let gom = self.canon(is) == Some("gồm")
                && (is + 1 < k
                    || self.canon(k) == Some("các")
                    || (t.plural && self.h.kinds_at(k) & bit(EntryKind::Honorific) != 0));
            if is >= t.end
                && is - t.end <= 4
                && (self.canon(is) == Some("là") || gom)
                && (t.end..is).all(|m| {
                    self.u.get(m).is_some_and(|x| x.kind == TokenKind::Number)
                        // (A comma before `gồm`: `3 Phó Bí thư Thành ủy, gồm các đồng chí …`.)
                        || (gom && m + 1 == is && self.text_at(m) == ",")
                        || matches!(
                            self.canon(m),
                            Some(
                                "khi"
                                    | "lúc"
                                    | "đó"
                                    | "ấy"
                                    | "nay"
                                    | "hiện"
                                    | "tại"
                                    | "đầu"
                                    | "tiên"
                                    | "cuối"
                                    | "cùng"
                                    | "kế"
                                    | "nhiệm"
                                    | "đương"
                                    | "mới"
                                    | "năm"
                                    | "trước"
                                    | "sau"
                                    | "bấy"
                                    | "giờ"
                                    // (`Tổng Bí thư đầu tiên của Đảng là đồng chí Trần
                                    // Phú`, `… của nước ta là …`.)
                                    | "của"
                                    | "đảng"
                                    | "nước"
                                    | "ta"
                            )
                        )
                })
            {
                return true;
            }
            // `của Quốc hội`: `của` and a listed body (or place), written with a capital,
            // right up to the name (or its comma: `Cục trưởng … của Bộ Tư pháp, ông A`).
            self.of_body_then_comma(t.end).is_some_and(|c| c + 1 == k)
                || self.canon(t.end) == Some("của")
                    && gap.len() >= 2
                    && self.u.get(t.end + 1).is_some_and(Unit::capitalized)
                    && self.h.at(t.end + 1).iter().any(|h| {
                        h.end == k
                            && matches!(h.kind, EntryKind::Org | EntryKind::Name | EntryKind::Place)
                    })
        })
    }

    /// After an office that ends at `e`, where its successor or predecessor is named:
    /// `Chủ tịch nước, người kế nhiệm là Dương Thượng Côn`, `Bộ trưởng, người kế nhiệm ông là
    /// Thứ trưởng Nguyễn Xuân Cường`, `Chủ tịch UBND tỉnh thay cho người tiền nhiệm là bà
    /// Hoàng Thị Út Lan`: where the words after `là` start.
    fn successor_of(&self, mut e: usize) -> Option<usize> {
        if self.any_of(e, &[","]) {
            e += 1;
        }
        if self.canon(e) == Some("thay") {
            e += 1;
            if self.canon(e) == Some("cho") {
                e += 1;
            }
        }
        if self.canon(e) != Some("người")
            || !matches!(self.canon(e + 1), Some("kế" | "tiền"))
            || self.canon(e + 2) != Some("nhiệm")
        {
            return None;
        }
        e += 3;
        if self.canon(e) == Some("của") {
            e += 1;
        }
        if matches!(self.canon(e), Some("ông" | "bà")) {
            e += 1;
        }
        if self.canon(e) != Some("là") {
            return None;
        }
        e += 1;
        if self.canon(e) == Some("các") {
            e += 1;
        }
        Some(e)
    }

    /// Links each office given to someone to the one it is taken over from, named after it
    /// (see [`Rules::predecessor_after`]), besides its new holder.
    fn link_predecessors(&self, titles: &[title::Found], out: &mut [Found]) {
        for (ti, t) in titles.iter().enumerate() {
            let Some(k) = self.predecessor_after(t) else {
                continue;
            };
            for p in out.iter_mut() {
                if p.honorific.map_or(p.start, |h| h.0) == k && !p.titles.contains(&ti) {
                    p.titles.push(ti);
                    p.titles.sort_unstable();
                }
            }
        }
    }

    /// After an office given to someone, where the one it is taken over from is named: `… được
    /// bổ nhiệm làm Giám đốc Sở Y tế, thay ông Phạm Văn Bình nghỉ hưu`, `giữ chức Chủ tịch
    /// UBND quận thay ông Đỗ Văn Nam` (he held it). Not `thay mặt` (on behalf of), `thay
    /// đổi` (changes), nor a title that no appointing word comes before without a comma
    /// (`Giám đốc Sở thay ông A phát biểu` speaks in his place).
    fn predecessor_after(&self, t: &title::Found) -> Option<usize> {
        let mut e = t.end;
        let comma = self.any_of(e, &[","]);
        if comma {
            e += 1;
        }
        if self.canon(e) != Some("thay") || !self.spaced(e + 1) {
            return None;
        }
        e += 1;
        if self.canon(e) == Some("cho") {
            e += 1;
        }
        let appointed = (t.start.saturating_sub(3)..t.start).any(|m| {
            matches!(
                self.canon(m),
                Some("chức" | "làm" | "nhiệm" | "vụ" | "danh")
            )
        });
        (comma || appointed).then_some(e)
    }

    /// A heading's title before the colon that a name follows, with the body it belongs to
    /// between them (`Trưởng ban Tổ chức Cán bộ của Chính phủ: Phan Ngọc Tường`): the last
    /// title that ends at most five words (no punctuation) before the colon at `k - 1`.
    fn title_before_colon(&self, k: usize, titles: &[title::Found]) -> Option<usize> {
        if k == 0 || self.text_at(k - 1) != ":" {
            return None;
        }
        let colon = k - 1;
        titles.iter().rposition(|t| {
            // (Or its duty: `Phó Thủ tướng đặc trách Văn hóa Xã hội: …`.)
            let room = if self.h.longest(t.end, EntryKind::Duty).is_some() {
                8
            } else {
                5
            };
            t.end < colon
                && colon - t.end <= room
                && self.u.get(t.end..colon).is_some_and(|s| {
                    s.iter()
                        .all(|x| x.kind != TokenKind::Punctuation && x.kind != TokenKind::Number)
                })
        })
    }

    /// Whether units `a..b` are only a comma, `kiêm`, `và` or `là` between two items, or `,
    /// đồng thời là`.
    fn separates(&self, a: usize, b: usize) -> bool {
        // (`, đồng thời là`, at the same time: `Trưởng Ban Tổ chức Huyện ủy, đồng thời là
        // Trưởng phòng Nội vụ huyện, bà A`.)
        let same_time = b >= a + 3
            && b - a <= 4
            && (a..b - 1).any(|m| {
                self.u.get(m).and_then(|x| self.canon_of(x)) == Some("đồng")
                    && self.u.get(m + 1).and_then(|x| self.canon_of(x)) == Some("thời")
            });
        b > a
            && (b - a <= 2 || same_time)
            && self.u.get(a..b).is_some_and(|s| {
                s.iter().all(|x| {
                    matches!(x.text, "," | "-" | "–" | ":")
                        || matches!(self.canon_of(x), Some("và" | "kiêm" | "là"))
                        || (same_time && matches!(self.canon_of(x), Some("đồng" | "thời")))
                })
            })
    }
}

/// Where the words of `b`, the person after `a` in a list, start: at its form of address when
/// `a` has one too (`ông A, bà B và ông C`: the names are listed each with its own), else at
/// the name (`Lúc sinh Phạm Bình Minh, ông Nguyễn Cơ Thạch đang giữ chức …` lists no one).
/// (Or A is named in a list after a plural form of address: `các ông A, B và bà C`.)
fn list_start(a: &Found, b: &Found) -> usize {
    match (a.honorific.or(a.shared), b.honorific) {
        (Some(_), Some((s, _))) => s,
        _ => b.start,
    }
}

/// Where B's rank starts when A's only titles are its own rank right before its name and B
/// has a rank right before its own: `Đại tá A và Thượng tá B` lists two officers.
fn listed_ranks(a: &Found, b: &Found, titles: &[title::Found]) -> Option<usize> {
    let rank_before = |p: &Found| {
        let first = p.honorific.map_or(p.start, |h| h.0);
        titles
            .iter()
            .find(|t| t.rank && t.end == first)
            .map(|t| t.start)
    };
    let own_rank_only = !a.titles.is_empty()
        && a.titles.iter().all(|&t| {
            titles
                .get(t)
                .is_some_and(|t| t.rank && t.end == a.honorific.map_or(a.start, |h| h.0))
        });
    (own_rank_only && rank_before(a).is_some())
        .then(|| rank_before(b))
        .flatten()
}

/// Whether a number with slashes is a house number (`36/7/7`, `118/77/49`, `25/120`), not a
/// date (`1/1995`, `16/3`, `6/1/2019`).
fn house_number(s: &str) -> bool {
    let parts: Vec<&str> = s.split('/').collect();
    if parts.len() < 2
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return false;
    }
    let n = |p: &str| p.parse::<u32>().unwrap_or(u32::MAX);
    let last = parts[parts.len() - 1];
    let date = match parts.len() {
        2 => last.len() == 4 || (n(parts[0]) <= 31 && n(last) <= 12),
        3 => last.len() == 4 || last.len() == 2 && n(parts[0]) <= 31 && n(parts[1]) <= 12,
        _ => false,
    };
    !date
}

/// Whether name `p` stands bare: no form of address, no lead word and no title ending right
/// before it (what the tests for names inside bodies, places and lists ask first).
fn bare(p: &Found, titles: &[title::Found]) -> bool {
    p.honorific.is_none() && p.lead.is_none() && !titles.iter().any(|t| t.end == p.start)
}

/// Whether a word has a capital after a small letter, as brands write theirs (`ThaiBinh`,
/// `VinFast`, `TikTok`), beyond a name's prefix (`Mc`, `Mac`, `De`, `Di`, `Da`, `La`, `Le`,
/// `Van`, `Von`, `Du`, `Fitz`).
pub(crate) fn inner_capital(t: &str) -> bool {
    let mut prev_lower = false;
    for (i, c) in t.char_indices() {
        if prev_lower && c.is_uppercase() {
            return !matches!(
                &t[..i],
                "Mc" | "Mac" | "De" | "Di" | "Da" | "La" | "Le" | "Van" | "Von" | "Du" | "Fitz"
            );
        }
        prev_lower = c.is_lowercase();
    }
    false
}

fn unicode_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

/// The syllable key of the given name of a person found: the last word of a Vietnamese
/// name of two to four syllables that starts with a surname, or a one-word name after a form
/// of address (`ông Thọ`).
pub(crate) fn given_name(p: &Found, u: &[Unit<'_>]) -> Option<u32> {
    let words = u.get(p.start..p.end)?;
    let all_syllables = words
        .iter()
        .all(|x| x.kind == TokenKind::Syllable && !x.all_caps());
    let ok = all_syllables
        && match words.len() {
            1 => p.honorific.is_some(),
            2..=4 => true,
            _ => false,
        };
    if ok { words.last()?.key } else { None }
}

/// The value of a person found.
pub(crate) fn value(
    f: &Found,
    u: &[Unit<'_>],
    full: &str,
    titles: &[title::Found],
    _h: &Hits,
    _lex: &Lexicon,
) -> (Span, Person) {
    let span = span_of(u, f.start, f.end);
    (
        span,
        Person {
            name: title::phrase(u, full, f.start, f.end),
            honorific: f.honorific.or(f.shared).and_then(|(a, b)| {
                // `các đồng chí: A, B`: with a colon between, no form of address stands
                // directly before the name.
                if u.get(b).is_some_and(|x| x.text == ":") {
                    return None;
                }
                // `các đồng chí A và B`: the plural marker is no part of the form of address.
                let plural = b > a + 1
                    && u.get(a)
                        .is_some_and(|x| crate::normalize::folds_to(x.text, "cac"));
                // `anh em Tuấn`, `chị em Vy`, `Hai anh em Nguyễn Văn Mạnh và …`: brothers,
                // sisters, a noun of kin before the name, not the form of address `em`.
                // (`em` is ASCII in every form; the word before is folded only then.)
                if b == a + 1
                    && u.get(a).is_some_and(|x| x.text.eq_ignore_ascii_case("em"))
                    && a.checked_sub(1).and_then(|k| u.get(k)).is_some_and(|x| {
                        let w = crate::fold(x.text, crate::Fold::All);
                        w.eq_ignore_ascii_case("anh") || w.eq_ignore_ascii_case("chi")
                    })
                {
                    return None;
                }
                Some(title::phrase(u, full, a + usize::from(plural), b))
            }),
            titles: f
                .titles
                .iter()
                .filter_map(|&t| titles.get(t))
                .map(|t| span_of(u, t.start, t.end))
                .collect(),
        },
    )
}

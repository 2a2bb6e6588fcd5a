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

use std::borrow::Cow;
use std::fmt;
use std::sync::LazyLock;

use crate::lexicon::{EntryKind, Lexicon};
use crate::span::Span;
use crate::tokenize::TokenKind;

use super::hits::{Hits, bit};
use super::units::{Gap, Unit, span_of};
use super::words::{self, Word};

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
///
/// The parts are as written, except that a line break inside them (a hard-wrapped document)
/// is one space; the match's span still covers the text as it is:
/// ```
/// let text = "Chủ tịch Ủy ban\nnhân dân tỉnh ký quyết định.";
/// let m = vntext::titles(text).next().unwrap();
/// assert_eq!(&text[m.span.range()], "Chủ tịch Ủy ban\nnhân dân tỉnh");
/// assert_eq!(m.value.org.as_deref(), Some("Ủy ban nhân dân tỉnh"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Title {
    /// The role as written, with its prefixes and suffixes: `Phó Chủ tịch Thường trực`.
    pub role: String,
    /// Modifiers as written: `nguyên`, `Quyền`, `kiêm`, `dự khuyết`.
    pub modifiers: Vec<String>,
    /// The organisation as written: `UBND tỉnh Lạng Sơn`; a unit with its parents written
    /// after it and a comma (`khoa Dịch tễ, Viện Vệ sinh dịch tễ Trung ương`). For an office
    /// with no body after it, one named apart: before its holder's `do … làm` (`Hội đồng Giáo
    /// sư nhà nước do ông A làm Chủ tịch`), after `phụ trách` or `của`, the next office's in a
    /// chain joined by `kiêm`, a dash or a comma (`Phó Chủ tịch kiêm Tổng thư ký Ủy ban
    /// Olympic Việt Nam`), or one named before it (`Chủ tịch UBND tỉnh Bạc Liêu A, Phó Chủ
    /// tịch B`). A bare board is followed by its owner named apart (`HĐQT Tập đoàn Thủy sản
    /// Minh Phú`). The title's span is the office as written either way.
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
    /// The body named apart from a title with no body of its own after it: before its
    /// holder (`Hội đồng Giáo sư nhà nước do Phó Thủ tướng Trần Lưu Quang làm Chủ tịch`), or
    /// after `phụ trách` (`Phó Giám đốc phụ trách Sở Y tế`, the deputy in charge of it) or
    /// `của` (`Người phát ngôn của Bộ Tài chính`), or the next office's in a chain
    /// ([`Rules::shared_bodies`]), or one the sentence names before it
    /// ([`Rules::body_named_before`]). The value's org only; the
    /// span and the links stay the title's own.
    pub org_apart: Option<(usize, usize)>,
    /// The firm or body whose board, written bare as the title's body, it is, named apart:
    /// the next office's in a chain (`Chủ tịch HĐQT kiêm Tổng giám đốc Tập đoàn Thủy sản
    /// Minh Phú`; a standing committee's: `Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy
    /// Nghệ An`), or before its holder (`Công ty … do ông A làm Chủ tịch HĐQT`). The value's
    /// org is the board and its owner; the span and the links stay the title's own.
    pub owner: Option<(usize, usize)>,
    /// Where the parents of a unit, written after it and a comma, end (`phòng Tham mưu, Bộ
    /// Chỉ huy Quân sự tỉnh Đồng Nai`, `Đại đội 2, Tiểu đoàn 4, Trung đoàn 812`): the
    /// value's org runs on to there, as written; the span and the links stay the title's own.
    pub parent: Option<usize>,
    pub rank: bool,
    pub generic: bool,
    /// A plural word or a count before it (`các`, `hai`): with names after it, the title of
    /// each (`các Phó Thủ tướng A, B`), which is then no generic title.
    pub plural: bool,
    /// A seat among a council's or the assembly's many deputies with no holder named at the
    /// title (`đại biểu HĐND tỉnh giám sát`): a class, unless a person is linked to it (`ông
    /// A là đại biểu HĐND tỉnh`).
    pub members: bool,
}

/// The text of units `a..b` as written (with what stands between them).
pub(crate) fn text<'t>(u: &[Unit<'t>], full: &'t str, a: usize, b: usize) -> &'t str {
    if a >= b {
        return "";
    }
    full.get(span_of(u, a, b).range()).unwrap_or("")
}

/// [`text`] as a value: a line break inside it (a hard-wrapped document: `Ủy ban` / `nhân
/// dân tỉnh`), with the spaces around it, is one space.
pub(crate) fn phrase(u: &[Unit<'_>], full: &str, a: usize, b: usize) -> String {
    one_line(text(u, full, a, b)).into_owned()
}

/// Whether units `0..end` are alone on their line (or lines) of `full`: only spaces stand
/// between them and the line breaks around them, and no other unit follows them.
pub(crate) fn alone_on_line(u: &[Unit<'_>], full: &str, end: usize) -> bool {
    let (Some(first), Some(last)) = (u.first(), end.checked_sub(1).and_then(|l| u.get(l))) else {
        return false;
    };
    let blank = |s: &str| s.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r'));
    let before = full.get(..first.start).unwrap_or("");
    let after = full.get(last.end..).unwrap_or("");
    end == u.len()
        && blank(before.rsplit('\n').next().unwrap_or(""))
        && blank(after.split('\n').next().unwrap_or(""))
}

/// Whether the sentence is one bracketed group (`(Đã ký)`, `[đã ký]`): a stamp in a
/// signature block.
pub(crate) fn in_brackets(u: &[Unit<'_>]) -> bool {
    matches!((u.first(), u.last()), (Some(a), Some(b)) if u.len() > 1
        && matches!(a.text, "(" | "[")
        && matches!(b.text, ")" | "]"))
}

/// The span of the sentence's title when the sentence is that title alone on its line, as
/// the signer's title stands in a document's signature block (`THỨ TRƯỞNG` above `Lê Văn
/// Thanh`). Not the office signed for, after a marker (`KT. BỘ TRƯỞNG`: on behalf of the
/// minister), nor a generic title.
pub(crate) fn signature_title(u: &[Unit<'_>], full: &str, titles: &[Found]) -> Option<Span> {
    // (After a marker the title does not start the sentence.)
    let [t] = titles else { return None };
    (t.start == 0 && !t.generic && alone_on_line(u, full, t.end))
        .then(|| span_of(u, t.start, t.end))
}

/// `s` with each run of white space that holds a line break made one space (borrowed when
/// there is none).
pub(crate) fn one_line(s: &str) -> Cow<'_, str> {
    if !s.contains(['\n', '\r']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(['\n', '\r']) {
        let (head, tail) = rest.split_at(i);
        out.push_str(head.trim_end());
        out.push(' ');
        rest = tail.trim_start();
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The rules over one sentence.
pub(crate) struct Rules<'a, 't> {
    pub u: &'a [Unit<'t>],
    pub h: &'a Hits,
    pub lex: &'a Lexicon,
    /// Whether the sentence is written in capitals, once asked (see [`Rules::loud`]).
    pub loud: std::cell::OnceCell<bool>,
}

/// A word the rules look for, by its syllable key (so any case, form or tone style), and
/// whether it ends a body's name written in lower case (`Trung tâm dịch vụ bán đấu giá tài
/// sản`): a verb, a function word, a word of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Canon {
    word: &'static str,
    stop: bool,
}

/// Foreign words that name a firm and never a person (lower case), so that capitalized
/// foreign words after a role with one of them are the firm, not its head (`Trưởng đại diện
/// Vietnam Airlines`, `Chủ tịch Honda Vietnam`).
#[rustfmt::skip]
const FIRM_WORDS: &[&str] = &[
    "air", "airlines", "airline", "airways", "airport", "airports", "asset", "assets", "auto",
    "bank", "guide", "register",
    // (Charities and foundations by their English names: `Animals Asia`, `Bio Asia`.)
    "asia", "pacific", "foundation", "wildlife",
    // (Fashion houses and events by their foreign names: `Christian Dior Couture`, `Vietnam
    // Designer Fest`, `Elle Fashion Show`.)
    "couture", "fashion", "fest", "festival", "expo", "summit", "forum",
    "entertainment", "games", "sport", "sports", "studio", "studios",
    // (Makers of trains and vehicles: `Tập đoàn Siemens Mobility khu vực châu Á`.)
    "mobility", "rail", "railway", "railways",
    // (Japanese and Korean groups' names that are no one's: `Ngân hàng Sumitomo Mitsui`.)
    "sumitomo", "mitsui", "mitsubishi", "mizuho", "hitachi", "toshiba", "panasonic", "samsung",
    "siemens", "alstom", "hyundai", "lotte", "posco", "doosan", "hanwha",
    // (Engine and aircraft makers: `Hanwha Aero Engines`, `Rolls-Royce Aerospace`.)
    "aero", "aerospace", "engines", "aviation",
    // (Foundations and academies by their German or English names: `Konrad Adenauer
    // Stiftung`, `Deutsche Welle Akademie`.)
    "stiftung", "akademie", "academy",
    // (Publishers: `Penguin Random House`, `Oxford University Press`.)
    "house", "books", "publishing", "publishers", "press",
    // (Groups, boards, rating agencies and lotteries: `La Poste Groupe`, `IMO Board`, `Fitch
    // Ratings`, `Dong-hang Lottery`, tour firms: `Hà Giang Discovery`.)
    "groupe", "board", "ratings", "lottery", "discovery", "adventure", "adventures", "agency",
    // (Brands' heritage and brothers' firms: `Phúc Long Heritage`, `Le Bros`.)
    "heritage", "bros", "brothers",
    // (Newsrooms and broadcasters: `BBC News`, `BBC World Service`, `The New York Times`,
    // `Financial Times`; makers: `Murata Manufacturing`.)
    "news", "times", "broadcasting", "television", "radio", "manufacturing", "semiconductor", "semiconductors",
    "beverage", "beverages", "brewery", "breweries", "capital", "cargo", "chemical", "chemicals",
    "cloud", "company", "construction", "consulting", "consumer", "corp", "corporation", "dairy",
    "delivery", "development", "digital", "electric", "electronics", "energy", "engineering",
    "express", "finance", "food", "foods", "fund", "global", "group", "holding", "holdings",
    "homes", "hospitality", "hotel", "hotels", "industries", "industry", "international",
    "insurance", "investment", "investments", "jsc", "life", "logistics", "ltd", "management", "media",
    "metro", "motor", "motors", "network", "networks", "partners", "pharma", "pharmaceutical",
    "pharmaceuticals", "post", "power", "properties", "property", "realty", "resort", "resorts",
    "retail",
    "securities", "seafood", "service", "services", "shipping", "software", "solutions", "steel", "systems",
    "tech", "technologies", "technology", "telecom", "textile", "tourism", "touristik", "tours", "trading",
    "travel", "ventures", "vietnam", "vina",
    // (Places' and buildings' English names: `Sài Gòn Memorial Park`, `Lotte Center`; not
    // `park`, a Korean surname written last: `Kidong Park`.)
    "memorial", "plaza", "tower", "towers", "center", "centre", "mall", "city",
    // (Schools and language centres: `Trung tâm Anh ngữ Sky English`, `Cambridge Assessment
    // English`, `British Council`.)
    "english", "academy", "assessment", "education", "learning", "council", "school",
    // (Orchestras, opera houses, film studios and cinemas: `Dick Clark Productions`, `BHD
    // Star Cineplex`.)
    "philharmonic", "orchestra", "symphony", "opera", "ballet", "theatre", "theater",
    "records", "productions", "pictures", "films", "cineplex", "cinemas",
];

/// The lists whose words make no body's field of study or work, but a body, an office, a
/// form of address or a person (see [`Rules::second_field`], [`Rules::comma_field`]).
const NOT_A_FIELD: u32 = bit(EntryKind::Org)
    | bit(EntryKind::Role)
    | bit(EntryKind::Prefix)
    | bit(EntryKind::Rank)
    | bit(EntryKind::Honorific)
    | bit(EntryKind::Level)
    | bit(EntryKind::Surname);

/// The lists whose words are no brand's name (see [`Rules::lone_brand`],
/// [`Rules::brand_branch`]).
const BRAND_LISTED: u32 = bit(EntryKind::Place)
    | bit(EntryKind::Surname)
    | bit(EntryKind::Role)
    | bit(EntryKind::Org)
    | bit(EntryKind::Honorific);

/// Words that only the rules look for (they do not end a name).
#[rustfmt::skip]
const LOOKED_FOR: &[&str] = &[
    // (`các Anh hùng liệt sĩ`, the fallen a memorial is to: [`person`].)
    "hùng", "tù",
    "trợ", "lý", "thư", "ký", "cố", "vấn", "và", "các", "phát", "biểu", "quận", "phường", "số", "ảnh",
    "ngành", "cục", "xuất", "văn", "bản",
    "bổ", "cử", "phong", "điều", "giao", "khen", "kỷ", "cách", "miễn", "bãi", "quyết",
    "luân", "chỉ", "trưởng", "đại", "thành", "viên", "quan", "kỳ", "kì", "cương", "tư", "sinh",
    "quê", "chức", "vụ", "bầu", "đối", "đầu", "tiên", "cuối", "kế", "đương", "hàm", "quân",
    "tiền", "chính", "nhà", "bấy", "giờ", "thiệu", "cấp", "bậc", "phu", "nhân", "vợ", "thị",
    "gồm", "cao", "hội", "xã", "liên", "bang", "hòa", "vương", "dân", "chủ", "nhân", "hồi",
    "giáo", "nghĩa", "tên", "chương", "khoản", "mục", "phần", "rằng", "hay", "thừa", "nhận",
    "khẳng", "định", "nói", "kể", "khai", "tôi", "họ", "nó", "mình", "ai", "ta", "hắn", "chúng",
    "trú", "ngụ", "quán", "sống", "ở", "mặt", "quyền", "lệnh", "ủy", "tục", "nước", "quốc",
    "thôn", "bản", "ấp", "xóm", "khu", "tổ", "khóm", "làng", "buôn", "lâm", "thời", "lần",
    "vua", "cờ", "đế", "mời", "lựa", "lưu", "khí", "ngoại",
    // (`Thứ trưởng`, a minister's deputy, no `Thủ trưởng`: [`Rules::body_named_before`].)
    "thứ",
    // (`hồ`, a lake and a common surname: [`Rules::common_surname`]; `lên ngôi`, took the
    // throne: [`person`]'s subject's clause.)
    "hồ", "ngôi",
    // (`đền Vua Đinh`, a temple; not `đến`, to: [`Rules::at`].)
    "đền",
    // (`trẻ em`, children, whose `em` is no form of address.)
    "trẻ", "em",
    // (`thiết bị`, equipment; `đặc nhiệm`, special task: [`NAME_PAIRS`].)
    "thiết", "đặc",
    // (Verbs of two words that end a body's name: [`VERB_PAIRS`].)
    "định", "sung", "ban", "hành", "chỉnh", "chấp", "thuận", "thực", "đình", "thông", "công",
    "bố", "trí", "quê", "giải", "cam", "kết", "văn", "hợp", "đăng", "túc", "gửi", "tuyên", "thệ", "lĩnh", "án",
    "kể",
    // (`thông tin`, informs, after a name: [`Rules::says_at`]; `sau thu hoạch`,
    // post-harvest: [`NAME_PAIRS`].)
    "tin", "thu",
    // (`Tổ công tác triển khai Đề án 06`: [`Rules::carries_document`].)
    "triển", "khai",
    "khẩn", "trương",
    // (First words of the nouns of [`NAME_PAIRS`].)
    "cảnh", "tình", "hàng", "phòng", "chủ", "cộng", "chống", "nông", "gìn", "tài", "gian", "máy",
    "sắp", "tử", "chuyên", "con", "bưu",
    // (What is signed: `ký biên bản`, `ký thỏa thuận`.)
    "biên", "thỏa",
    // (Fields a comma joins: [`Rules::prevention_comma`].)
    "khiếu", "nại", "tố", "cáo", "cháy", "chữa",
    // (The last words of national bodies' names: [`Rules::lower_tail`].)
    "gia", "dân", "thế", "giới", "toàn", "tế",
    // (Words compared in rules that were missing here, so their rules never matched: found by
    // the test `every_compared_word_is_looked_for`.)
    "bộ", "việt", "nam", "phủ", "quản", "trị", "vực", "dòng", "đảm",
    // (Events a board organises: [`Rules::listed_tail`].)
    "cuộc", "lễ",
    // (More of [`VERB_PAIRS`].)
    "quy", "hướng", "dẫn", "sửa", "đổi", "động", "yêu", "cầu", "phân", "nhiệm", "trì",
    "viện", "đàm", "đủ", "đoàn", "sở", "dĩ", "ngoài",
    // (`thi đua, khen thưởng`, `tham nhũng, tiêu cực`: [`Rules::prevention_comma`]; `Trung
    // ương` before what a body is about: [`Rules::about_field`].)
    "thi", "đua", "thưởng", "tham", "nhũng", "tiêu", "cực", "trung", "ương", "đạo", "lãng",
    "phí",
    // (`Đảng ủy khối`: [`Rules::org`].)
    "khối", "việc", "bồi", "thường", "phóng", "ứng", "nhi", "huyện", "đảng", "sân", "bay",
    // (Surnames that are also middle names: [`person`]'s place words before a name.)
    "mạnh", "kim", "thái",
    // (Asides between a person's titles: `giai đoạn`, `dân tộc`.)
    "giai", "đoạn", "tộc",
    // (Verbs that confer a rank on someone: [`person`]'s `conferred`.)
    "thăng", "trao", "tặng", "lời",
    // (`bàn giao`, `giao lại`: handing an office over, not a task given to its holder.)
    "bàn", "lại",
    // (More of [`VERB_PAIRS`].)
    "tán", "chất", "phản", "thảo", "luận", "trực", "thuộc",
    // (`tỉnh` before a name: [`person`]'s `place_before`.)
    "tỉnh",
    // (The commonest surnames, and `Sơn`: [`Rules::cut_before_name`].)
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "ngô", "sơn",
    // (`lần lượt`, respectively: [`person`]'s links.)
    "lần", "lượt",
    // (`cơ sở 2`, a site of a hospital or school: [`Rules::place_name`]; `báo`, a newspaper:
    // [`Rules::org`].)
    "cơ", "báo", "cà",
    // (`Theo đề nghị của …`: [`person`]'s link; `chức danh`, an office named.)
    "nghị", "danh",
    // (An alley's number before a street, `ngõ 165 Phạm Văn Đồng`; `nhà trường`; `chính
    // thức`: [`person`].)
    "ngõ", "ngách", "hẻm", "kiệt", "trường", "thức",
    // (`Đảng viên 65 năm tuổi Đảng`, an aside: [`person`].)
    "đảng",
    // (`dưới quyền`, `thẩm quyền`: no modifier `quyền`; `phụ trách`, a duty: [`person`].)
    "dưới", "thẩm", "trách",
    // (`đồng thời là`, at the same time: between one person's titles, [`person`].)
    "thời",
    // (`qua 3 đời Chủ tịch`, `qua nhiều nhiệm kỳ`: [`Rules::count_before`],
    // [`Rules::over_periods`].)
    "đời", "nhiều",
    // (`đứng đầu`, to head: [`VERB_PAIRS`].)
    "đứng",
    // (`hậu cần`, logistics: [`NAME_PAIRS`]; `nghỉ hưu`, retires: [`VERB_PAIRS`].)
    "hậu", "nghỉ", "hưu", "tác",
    // (A plot's number before a street: `khu đất 615 Nguyễn Trãi`, [`person`].)
    "đất", "lô",
    // (`Đại hội đồng cổ đông`, [`person`]; `giao thêm`, one more office.)
    "cổ", "đông", "thêm",
    // (`người phụ nữ đầu tiên`, [`person`].)
    "nữ",
];

/// Nouns of two words whose second is one of [`STOPS`] (`báo`, `không`, `đề`, `ở`, `đồng`,
/// `mới`): inside a body's name they do not end it (`Trung tâm Dự báo khí tượng thủy văn quốc
/// gia`, `Công ty Cổ phần Hàng không Vietjet`, `Cục Quản lý nhà ở`, `Trung tâm Đổi mới sáng
/// tạo quốc gia`).
const NAME_PAIRS: &[(&str, &str)] = &[
    ("dự", "báo"),
    // (`Ban Dự án Bưu chính số`: the post, not the modifier `chính`.)
    ("bưu", "chính"),
    // (`Cục Xuất bản Lê Hoàng`, `Phòng Văn bản`: publishing, a document, not the village
    // `bản`.)
    ("xuất", "bản"),
    ("văn", "bản"),
    // (`Trung tâm Quan trắc tài nguyên và môi trường`: resources, not the modifier
    // `nguyên`, former.)
    ("tài", "nguyên"),
    // (`Vụ Thị trường trong nước`: domestic, not the preposition `trong`.)
    ("trong", "nước"),
    ("cảnh", "báo"),
    ("tình", "báo"),
    ("hàng", "không"),
    ("phòng", "không"),
    ("vấn", "đề"),
    ("chủ", "đề"),
    // (`Ban chỉ đạo chuyên đề`, a board on one topic.)
    ("chuyên", "đề"),
    ("nhà", "ở"),
    ("cộng", "đồng"),
    ("thôn", "mới"),
    ("đổi", "mới"),
    ("nông", "thôn"),
    // (`Cục Việc làm`, `Trung tâm Dịch vụ việc làm`: employment, not the verb `làm`.)
    ("việc", "làm"),
    // (`Cục Y tế dự phòng`: preventive, not the verb `dự`; `Bệnh viện Nhi đồng 1`.)
    ("dự", "phòng"),
    ("nhi", "đồng"),
    // (`Tổng công ty Cà phê Việt Nam`: coffee, not the verb `phê`.)
    ("cà", "phê"),
    // (`Hiệp hội Hồ tiêu và Cây gia vị Việt Nam`: spices, not `vị`, a seat.)
    ("gia", "vị"),
    // (`Đài Khí tượng cao không`: the upper air, not `không`, no.)
    ("cao", "không"),
    // (`Phòng Vật tư - Thiết bị y tế`: equipment, not the passive `bị`.)
    ("thiết", "bị"),
    // (`Đội đặc nhiệm phòng chống ma túy`: a task force, no appointment.)
    ("đặc", "nhiệm"),
    // (`Công ty Khai thác công trình thủy lợi`, `Ban Quản lý chương trình`: works and
    // programmes, not the verb `trình`.)
    ("công", "trình"),
    ("chương", "trình"),
    // (`Cục Gìn giữ hòa bình Việt Nam`: to keep, not the verb `giữ` of `giữ chức`.)
    ("gìn", "giữ"),
    // (`Trung tâm Giám sát an toàn không gian mạng quốc gia`: space, not `không`, no.)
    ("không", "gian"),
    // (`Trung tâm Quản lý luồng không lưu`: air traffic; `Quân chủng Phòng không - Không
    // quân`, the air force; `Trung tâm Quan trắc không khí`, the air.)
    ("không", "lưu"),
    ("không", "quân"),
    ("không", "khí"),
    // (`Trung tâm Thử nghiệm khí thải phương tiện giao thông cơ giới đường bộ`: motorised,
    // `Phòng Cơ khí`: mechanical, not `cơ sở`, a site.)
    ("cơ", "giới"),
    ("cơ", "khí"),
    // (`Hiệp hội Thiết bị bay không người lái Việt Nam`: unmanned, not `không`, no; `Viện
    // Cơ điện nông nghiệp và Công nghệ sau thu hoạch`: post-harvest, not `sau`, after.)
    ("không", "người"),
    ("sau", "thu"),
    // (`Văn phòng Báo cáo Phát triển con người`: human, not `người`, one who.)
    ("con", "người"),
    // (`Cao nguyên đá Đồng Văn`: a plateau, not `nguyên`, former.)
    ("cao", "nguyên"),
    // (`Phòng Kinh tế đối ngoại`: foreign relations, not `đối với`.)
    ("đối", "ngoại"),
    // (`bộ môn Khoa học máy tính`: the computer, not the verb `tính`.)
    ("máy", "tính"),
    // (`Ban Chỉ đạo sắp xếp đơn vị hành chính tỉnh`: the task, whose `xếp` is no stop.)
    ("sắp", "xếp"),
    // (`Viện Năng lượng nguyên tử Việt Nam`: the atom, not the modifier `nguyên`, former.)
    ("nguyên", "tử"),
    // (`Cục Kiểm tra sau thông quan`: after customs clearance, not `sau`, after, that ends
    // the name.)
    ("sau", "thông"),
    // (`Cục Bản quyền tác giả`, `Ủy ban Nhân quyền`: copyright, human rights, not the
    // modifier `quyền`, acting.)
    ("bản", "quyền"),
    ("nhân", "quyền"),
    ("chủ", "quyền"),
    // (`Khoa Kỹ thuật - Hậu cần`: logistics, not the verb `cần`, needs.)
    ("hậu", "cần"),
    // (`Trung tâm Bảo vệ quyền tác giả âm nhạc Việt Nam`: copyright, not the modifier
    // `quyền`, acting.)
    ("quyền", "tác"),
];

/// Verbs of two words that end a body's name written in lower case where they start: the
/// body is the subject (`Chủ tịch công ty quyết định`, `Giám đốc sở ban hành`), and neither
/// word starts a name of a body (`Cục Quản lý đăng ký kinh doanh` has `đăng ký` inside, which
/// is why these are pairs and not single words).
const VERB_PAIRS: &[(&str, &str)] = &[
    ("quyết", "định"),
    // (`nghỉ hưu`, retires: `các đồng chí nguyên là Ủy viên Trung ương Đảng nghỉ hưu`.)
    ("nghỉ", "hưu"),
    // (`đổi tên`, renamed: `Bộ Tổng Chỉ huy Quân đội Quốc gia và dân quân tự vệ đổi tên thành …`.)
    ("đổi", "tên"),
    // (`khẩn trương`, urgently: `Cục Điều tra chống buôn lậu khẩn trương xác minh`.)
    ("khẩn", "trương"),
    // (`kể từ`, since: `giữ chức Cục trưởng Cục Viễn thông kể từ ngày 1/7`.)
    ("kể", "từ"),
    // (`đối với`, towards: `bổ nhiệm Phó Giám đốc Đài đối với bà …`.)
    ("đối", "với"),
    // (`tham quan`, to visit: `các trưởng đoàn tham quan Bảo tàng Quốc gia Lào`.)
    ("tham", "quan"),
    // (`chủ trì`, to chair: `Bí thư Đảng ủy Tập đoàn chủ trì hội nghị`.)
    ("chủ", "trì"),
    // (`đứng đầu`, to head: `Chủ tịch Hội đồng quản lý đứng đầu bệnh viện`.)
    ("đứng", "đầu"),
    // (`sinh năm`, born in: `Tân Chánh Văn phòng sinh năm 1976`.)
    ("sinh", "năm"),
    ("bổ", "sung"),
    ("ban", "hành"),
    ("điều", "chỉnh"),
    ("chấp", "thuận"),
    ("thực", "hiện"),
    ("đình", "chỉ"),
    ("thông", "báo"),
    ("công", "bố"),
    ("giải", "trình"),
    ("cam", "kết"),
    ("tuyên", "bố"),
    // (`tuyên thệ`, sworn in: `BỘ TRƯỞNG BỘ CÔNG AN LƯƠNG TAM QUANG TUYÊN THỆ NHẬM CHỨC`.)
    ("tuyên", "thệ"),
    ("lĩnh", "án"),
    ("quy", "định"),
    ("hướng", "dẫn"),
    ("sửa", "đổi"),
    ("điều", "động"),
    ("yêu", "cầu"),
    ("phân", "công"),
    ("bổ", "nhiệm"),
    // (Verbs and words whose first syllable is a body's head in lower case: `Bộ trưởng viện
    // dẫn`, `Thủ tướng hội đàm`, `HĐND tỉnh đoàn kết`, `sở dĩ`, `đại biểu nước ngoài`.)
    ("viện", "dẫn"),
    ("hội", "đàm"),
    ("hội", "đủ"),
    ("đoàn", "kết"),
    ("sở", "dĩ"),
    ("nước", "ngoài"),
    // (What deputies do, in a headline in capitals: `87,53% ĐẠI BIỂU TÁN THÀNH`, `ĐẠI BIỂU
    // QUỐC HỘI CHẤT VẤN BỘ TRƯỞNG`.)
    ("tán", "thành"),
    ("chất", "vấn"),
    ("biểu", "quyết"),
    ("thông", "qua"),
    ("phản", "đối"),
    ("thảo", "luận"),
    // (`các viện nghiên cứu trực thuộc Viện Hàn lâm`: under a body, not a word of the name.)
    ("trực", "thuộc"),
    // (`các Trưởng đoàn tham dự Hội nghị`, `Giám đốc các sở tham gia`: taking part.)
    ("tham", "dự"),
    ("tham", "gia"),
];

#[rustfmt::skip]
/// Verbs that news puts after a speaker's short name (see [`Rules::speech_verb`]), one or two
/// syllables.
const SPEECH_VERB_LIST: &[&str] = &[
    "cảm ơn", "cám ơn", "trấn an", "lưu ý", "chỉ đạo", "đánh giá", "giải thích", "bày tỏ",
    "kêu gọi", "nhận định", "nhận xét", "thừa nhận", "phủ nhận", "xác nhận", "chủ trì",
    "hội đàm", "gặp gỡ", "bác bỏ", "nêu", "chỉ rõ", "chỉ ra", "đồng ý", "đồng tình",
    "hoan nghênh", "chúc mừng", "ghi nhận", "biểu dương", "trao đổi", "thảo luận", "đề xuất",
    "kiến nghị", "giới thiệu", "phân tích", "động viên", "khen ngợi", "nhắc nhở", "quán triệt",
    "lý giải", "tiết lộ", "hỏi", "đáp", "hứa", "mong", "muốn", "thấy", "tin", "nhớ", "kể",
    "viết", "ghi", "cười", "bảo", "dặn", "khuyên", "lắng nghe", "cảnh báo", "phản bác",
    "tâm sự", "thú nhận", "than", "bình luận",
    // What headlines put after an official: `PHÓ THỦ TƯỚNG TRẦN HỒNG HÀ KIỂM TRA …`.
    "kiểm tra", "khảo sát", "thị sát", "chúc Tết", "dâng hương", "tiếp xúc", "đối thoại",
    "điện đàm", "phát động", "khởi công", "khánh thành", "phát biểu", "làm việc", "tiếp nhận",
    "trao tặng", "tặng quà", "thăm hỏi",
    // And what obituaries put after the deceased: `ĐỒNG CHÍ NGUYỄN VĂN KHẢI HY SINH`, `…
    // TẠ THẾ`, `… SINH NGÀY 25 THÁNG 3 NĂM 1938`.
    "hy sinh", "tạ thế", "sinh năm", "sinh ngày",
];

#[rustfmt::skip]
/// What only a person does, after a name that is also a city's (`Hồ Chí Minh sinh ngày …`,
/// `Hồ Chí Minh đọc bản Tuyên ngôn Độc lập`; not what a city's government does too, `kiểm
/// tra`, `chỉ đạo`).
const PERSON_VERB_LIST: &[&str] = &[
    "sinh ra", "sinh tại", "sinh năm", "sinh ngày", "qua đời", "từ trần", "ra đi", "hy sinh",
    "tạ thế", "đọc", "nói", "viết", "khẳng định", "nhấn mạnh", "căn dặn", "dạy", "kêu gọi",
    "gửi thư", "sáng lập", "trở về", "về nước", "lên đường", "bôn ba", "lấy tên", "ký",
    // (What kings and generals did: `Ngô Quyền lên ngôi`, `Lê Chân đánh tan quân Hán`.)
    "lên ngôi", "đánh tan", "đánh bại", "băng hà", "thoái vị",
];

/// [`PERSON_VERB_LIST`] as syllable keys.
static PERSON_VERBS: LazyLock<Vec<(u32, Option<u32>)>> =
    LazyLock::new(|| words::phrase_keys(PERSON_VERB_LIST));

/// [`SPEECH_VERB_LIST`] as syllable keys: the first and, for two syllables, the second.
static SPEECH_VERBS: LazyLock<Vec<(u32, Option<u32>)>> =
    LazyLock::new(|| words::phrase_keys(SPEECH_VERB_LIST));

/// Verbs that follow a person's name in a headline, none of them a usual given name (`tái`
/// đắc cử, `trúng` cử, `nhận` nhiệm vụ, `chiếm`, `trở` thành, `thôi` giữ chức, `ký`, `giết`,
/// `lĩnh` án, `cứu` sống, `hầu` tòa, `khởi` tố, `mất`, `vắng` mặt …): in capitals they end a name of three words, or a place's name, that would otherwise
/// run on (none starts a place's name either: not `điện`, `phát`, `chúc` of `Điện Biên`,
/// `Phát Diệm`, `Chúc Sơn`).
const HEADLINE_VERB_LIST: &[&str] = &[
    "tái", "trúng", "nhận", "chiếm", "trở", "thôi", "ký", "giết", "kêu", "bắt", "xử", "chỉ",
    "kiểm", "khảo", "đón", "tiễn", "mời", "viếng", "dâng", "thắp", "hỏi", "cảm", "truy", "lừa",
    "trốn", "nhậm", "ủng", "nêu", "đề", "yêu", "gửi", "làm", "lĩnh", "cứu", "hầu", "khởi", "chết",
    "rời", "mất", "vắng", "đạt", "giảm",
];

/// [`HEADLINE_VERB_LIST`] as sorted syllable keys.
static HEADLINE_VERBS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    let mut keys: Vec<u32> = words::phrase_keys(HEADLINE_VERB_LIST)
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable();
    keys
});

const STOPS: &[&str] = &[
    "là", "được", "bị", "đã", "đang", "sẽ", "vừa", "mới", "cũng", "có", "không", "chưa", "cho",
    "của", "tại", "trong", "về", "từ", "đến", "tới", "khi", "nếu", "thì", "mà", "này", "đó", "kia",
    "ấy", "nay", "năm", "tháng", "ngày", "sau", "trước", "lúc", "để", "do", "vì", "nên", "những",
    "một", "người", "ông", "bà", "anh", "chị", "cùng", "theo", "như", "với", "ở", "hay", "hoặc",
    "rằng", "nói", "kiêm", "nguyên", "làm", "giữ", "thăm", "dự", "trao", "tặng", "đề", "yêu",
    "nhấn", "khẳng", "chia", "trả", "báo", "gửi", "tiếp", "đi", "lên", "xuống", "ra", "vào", "bởi",
    "qua", "nhiệm", "khóa", "phụ", "hiện", "từng", "cựu", "đồng", "chí", "vị", "thay", "họp",
    "đọc", "trình", "biết", "phê", "xếp", "tính", "xem", "căn", "chịu", "thuộc", "rồi", "đều",
    "vẫn", "luôn", "phải", "cần", "gặp", "gồm", "mất", "giai",
    // (`thúc đẩy`, to push: `Chủ tịch Liên minh nghị sĩ hữu nghị Nhật - Việt thúc đẩy …`.)
    "thúc",
];

/// A title's modifier, which ends a body's name only where it qualifies a title (see
/// [`Rules::modifier_of_next`]).
const MODIFIER: u32 = bit(EntryKind::Modifier);

/// Entries that end a body's name where they start: a level, a role, a duty, a modifier
/// (`Sở Y tế tỉnh`, `Trung tâm … phụ trách`).
const ENDS_NAME: u32 =
    bit(EntryKind::Level) | bit(EntryKind::Role) | bit(EntryKind::Duty) | bit(EntryKind::Modifier);

static CANON: LazyLock<words::KeyMap<Canon>> = LazyLock::new(|| {
    let mut w: Vec<(&str, Canon)> = STOPS
        .iter()
        .map(|&s| {
            (
                s,
                Canon {
                    word: s,
                    stop: true,
                },
            )
        })
        .collect();
    for &s in LOOKED_FOR {
        if !STOPS.contains(&s) && !w.iter().any(|(x, _)| *x == s) {
            w.push((
                s,
                Canon {
                    word: s,
                    stop: false,
                },
            ));
        }
    }
    words::KeyMap::new(&words::keyed(&w))
});

/// The looked-for word of a syllable key (see [`LOOKED_FOR`] and [`STOPS`]).
pub(crate) fn canon_key(key: u32) -> Option<&'static str> {
    CANON.get(key).map(|c| c.word)
}

/// Whether a syllable key is one of the function words and verbs that end a name
/// ([`STOPS`]).
pub(crate) fn stop_key(key: u32) -> bool {
    CANON.get(key).is_some_and(|c| c.stop)
}

impl Rules<'_, '_> {
    /// The lower-case word of unit `i`, if the rules look for it (see [`LOOKED_FOR`] and
    /// [`STOPS`]).
    pub(crate) fn canon(&self, i: usize) -> Option<&'static str> {
        CANON.get(self.unit(i)?.key?).map(|c| c.word)
    }

    /// The end of the phrase that looks like a title but is not one at unit `i` (kind
    /// `not-title`); one noted `capital` only when written with a capital: `Đoàn Chủ tịch`
    /// (a presidium), not `đoàn Chủ tịch UBND thành phố` (the chairman's delegation).
    pub(crate) fn not_title_at(&self, i: usize) -> Option<usize> {
        let (e, n) = self.h.longest(i, EntryKind::NotTitle)?;
        let lower = !self.unit(i).is_some_and(Unit::capitalized);
        // (A note `lower end`: only with its last word in lower case, `Giám đốc thẩm là …`,
        // the court's review, not `Giám đốc Thẩm mỹ viện …`.)
        if lower && self.note(n).contains("capital") {
            return None;
        }
        // (A note `lower start`: only with its first word in lower case, inside a body's
        // name, `Phái đoàn đại diện thường trực`, not the office `Đại diện thường trực`.)
        if !lower && self.note(n).contains("lower start") {
            return None;
        }
        // (Such phrases have two words or more: the note is read for few.)
        let capital_end = e >= i + 2 && self.unit(e - 1).is_some_and(Unit::capitalized);
        (!(capital_end && self.note(n).contains("lower end"))).then_some(e)
    }

    /// Whether a degree in short form and then a name start at unit `k` (`GS.TS Nguyễn Thị
    /// Lan`, `TS.BS Lê Văn Cường`), as only a person's name follows: no namesake's, no
    /// profession's (`Văn phòng luật sư Vì Dân`).
    pub(crate) fn degree_short_at(&self, k: usize) -> bool {
        self.unit(k)
            .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.capitalized())
            && self.h.kinds_at(k) & bit(EntryKind::Honorific) != 0
            && self.degree_at(k)
    }

    /// Whether unit `k` is a degree or an academic title written short before a person's
    /// name (`PGS.TS`, `GS.TS.`, `TS`, `ThS.BS`, `BS.CKII`: forms of address in the lexicon),
    /// with the name after it.
    pub(crate) fn degree_at(&self, k: usize) -> bool {
        self.h
            .longest(k, EntryKind::Honorific)
            .is_some_and(|(e, _)| {
                let e = if self.text_at_is(e, ".") { e + 1 } else { e };
                self.spaced(e) && self.person_name_at(e)
            })
    }

    /// Whether unit `k` is the punctuation or symbol `s`.
    fn text_at_is(&self, k: usize, s: &str) -> bool {
        self.unit(k).is_some_and(|x| x.is(s))
    }

    /// Whether unit `k` is one of [`HEADLINE_VERBS`].
    pub(super) fn headline_verb(&self, k: usize) -> bool {
        self.unit(k)
            .and_then(|x| x.key)
            .is_some_and(|key| HEADLINE_VERBS.binary_search(&key).is_ok())
    }

    /// Whether a verb of two words of [`VERB_PAIRS`] starts at unit `i` (`CHẤT VẤN`).
    pub(super) fn verb_pair(&self, i: usize) -> bool {
        self.canon(i).is_some_and(|a| {
            let b = self.canon(i + 1);
            VERB_PAIRS.iter().any(|&(x, y)| x == a && b == Some(y))
        })
    }

    /// Whether unit `i` is one of the function words and verbs that end a name (`là`,
    /// `thăm`, `về`): [`STOPS`].
    pub(super) fn stop_word(&self, i: usize) -> bool {
        self.unit(i)
            .and_then(|x| x.key)
            .is_some_and(|k| CANON.get(k).is_some_and(|c| c.stop))
    }

    /// Whether unit `i` ends a body's name written in lower case.
    pub(super) fn stops_name(&self, i: usize) -> bool {
        (self
            .unit(i)
            .and_then(|x| x.key)
            .is_none_or(|k| CANON.get(k).is_some_and(|c| c.stop))
            && !self.ends_noun(i)
            && !self.starts_noun(i))
            || (self.canon(i) == Some("phát") && self.canon(i + 1) == Some("biểu"))
            // (`tổ chức`, holds, before an event: `Tổng công ty Sông Đà tổ chức lễ …`; not the
            // noun, `Liên hiệp các tổ chức hữu nghị`, `tổ chức tín dụng`.)
            || (self.canon(i) == Some("tổ")
                && self.canon(i + 1) == Some("chức")
                && self.folded(i + 2).is_some_and(|w| {
                    let then = self.folded(i + 3);
                    match w.as_str() {
                        "le" | "buoi" | "cuoc" | "hop" | "ky" | "toa" | "chuong" | "kham"
                        | "tap" | "trao" | "gap" | "doi" | "giai" | "dot" => true,
                        // (`đại hội`, `hội nghị`, not `tổ chức đại diện`, `các tổ chức hội`.)
                        "dai" => then.as_deref() == Some("hoi"),
                        "hoi" => matches!(then.as_deref(), Some("nghi" | "thao" | "cho" | "thi")),
                        _ => false,
                    }
                }))
            // (`đạt` in lower case, reaches: `Giám đốc Trung tâm Dịch vụ việc làm đạt yêu cầu`;
            // not `Phát Đạt`, a name.)
            || self.unit(i).is_some_and(|x| {
                static DAT: LazyLock<Option<u32>> =
                    LazyLock::new(|| crate::Syllable::parse("đạt").ok().map(|s| s.key()));
                x.key.is_some() && x.key == *DAT && !x.capitalized()
            })
            || self.canon(i).is_some_and(|a| {
                let b = self.canon(i + 1);
                (VERB_PAIRS.iter().any(|&(x, y)| x == a && b == Some(y))
                    // (`chủ trì` after `cơ quan` or `đơn vị` is the lead one: `Thủ trưởng cơ
                    // quan chủ trì`.)
                    && !(a == "chủ"
                        && i > 0
                        && matches!(self.canon(i - 1), Some("quan" | "vị"))))
                    // `ký` (signs) after the body, not `đăng ký`, `thư ký`, `ký túc xá`: at
                    // the end of the clause or before what is signed.
                    || (a == "ký"
                        && i > 0
                        && !matches!(self.canon(i - 1), Some("đăng" | "thư"))
                        && (!self.spaced(i + 1)
                            || self.unit(i + 1).is_none_or(|x| x.key.is_none() || x.capitalized())
                            || matches!(
                                b,
                                Some("quyết" | "văn" | "hợp" | "kết" | "thay" | "biên" | "thỏa")
                            )))
            })
            // `Ban Tuyên giáo và Dân vận`: `và` joins two names of one body, not a body and
            // what comes next.
            || (self.canon(i) == Some("và")
                // (`Cục Quản lý đê điều và Phòng, chống thiên tai`: `Phòng` of prevention,
                // not a department.)
                && !self.prevention_comma(i + 2)
                && !(self.unit(i + 1).is_some_and(Unit::capitalized)
                    && !self.person_name_at(i + 1)
                    && self.h.kinds_at(i + 1)
                        & (bit(EntryKind::Org)
                            | bit(EntryKind::Role)
                            | bit(EntryKind::Prefix)
                            | bit(EntryKind::Level)
                            | bit(EntryKind::Honorific))
                        == 0))
    }

    /// The end of a body's name that goes on in lower case after its words ending at `k`:
    /// a few words to the end of the clause (`Viện KSND tối cao,`, `Hiệp hội Nghiên cứu Nho
    /// giáo thế giới.`, `Phòng An ninh kinh tế,`), or more when they end in `quốc gia`, `nhân
    /// dân`, `thế giới` or `toàn quốc`, as the names of national bodies do (`Ban Chỉ đạo
    /// phòng thủ dân sự quốc gia`), before the clause's end or a person's name; more is a
    /// verb's phrase (`đội TTGT lĩnh án chung thân`). `k` when there is none.
    fn lower_tail(&self, k: usize) -> usize {
        let r = self.lower_tail_of(k, true, true);
        self.past_dash_field(k, r)
    }

    /// The lower-case tail at `k..r`, then maybe what follows a number there
    /// ([`Rules::after_number`]) or a second field after a dash ([`Rules::dash_field`]); or,
    /// with no tail, a field of a few words in lower case that only such a dash ends: where
    /// the name ends.
    fn past_dash_field(&self, k: usize, r: usize) -> usize {
        if r > k {
            let r = self.after_number(r).unwrap_or(r);
            return self.dash_field(r).unwrap_or(r);
        }
        self.lower_name(k)
            .filter(|&l| l > k && l <= k + 3 && (k..l).all(|m| !self.stop_word(m)))
            .and_then(|l| self.dash_field(l))
            .unwrap_or(r)
    }

    /// After a field that went on in lower case, a spaced dash at `r` and a second field in
    /// capitals, then the clause's end or the parent body (`Tổ Giáo dục thể chất - Quốc phòng
    /// Trường THPT Phan Bội Châu`): the second field's end.
    fn dash_field(&self, r: usize) -> Option<usize> {
        if !(self.unit(r).is_some_and(Unit::is_dash) && self.spaced(r) && self.spaced(r + 1)) {
            return None;
        }
        self.short_field(r + 1)
    }

    /// A short field at `f`, its first word capitalized and the rest maybe not (`Quốc
    /// phòng`, `Môi trường`; three words at most, none a body's, an office's, a level's or a
    /// person's), then the clause's end or a capitalized body: its end.
    fn short_field(&self, f: usize) -> Option<usize> {
        const OTHER: u32 = bit(EntryKind::Org)
            | bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Level);
        if !self.unit(f).is_some_and(Unit::capitalized) || self.person_name_at(f) {
            return None;
        }
        // (A later word in lower case may be a head's too: `phòng` of `Quốc phòng`.)
        let word = |m: usize| {
            let lower = m > f && !self.unit(m).is_some_and(Unit::capitalized);
            (m == f || (self.spaced(m) && !self.stop_word(m)))
                && self.h.kinds_at(m)
                    & if lower {
                        OTHER & !(bit(EntryKind::Org) | bit(EntryKind::Level))
                    } else {
                        OTHER
                    }
                    == 0
                && self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable)
        };
        let e = (f..f + 3).find(|&m| !word(m)).unwrap_or(f + 3);
        (e > f
            && (self
                .unit(e)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                || (self.spaced(e)
                    && self.unit(e).is_some_and(Unit::capitalized)
                    && self.h.longest(e, EntryKind::Org).is_some())
                // (Or a spaced dash and a capital, a second field or the group's brand read
                // next: `Viện Khoa học Công nghệ Mỏ - Vinacomin`.)
                || (self.spaced(e)
                    && self.unit(e).is_some_and(Unit::is_dash)
                    && self.spaced(e + 1)
                    && self.unit(e + 1).is_some_and(Unit::capitalized))))
        .then_some(e)
    }

    /// Whether what comes right before a ministry's name at `a` makes it the ministry's or a
    /// department's: `Bộ`, `Sở`, `Phòng`, `Vụ`, `Cục`, or a role (`Bộ trưởng Tài chính`,
    /// `Giám đốc Tài chính`), or nothing; not a centre, an institute or an association
    /// named by that field (`Trung tâm Thông tin Xúc tiến Du lịch`).
    fn ministry_head(&self, a: usize) -> bool {
        a == 0
            || matches!(
                self.canon(a - 1),
                Some("bộ" | "sở" | "phòng" | "vụ" | "cục")
            )
            || self.h.ends_at(a, EntryKind::Role, 4).is_some()
            || self.h.ends_at(a, EntryKind::Prefix, 2).is_some()
            || !(self
                .unit(a - 1)
                .is_some_and(|x| x.key.is_some() && x.capitalized())
                // (A head of two words in sentence case is no ministry's: `Cơ quan Năng lượng
                // Nguyên tử Quốc tế`, `Tạp chí Văn hóa Ẩm thực`.)
                || [EntryKind::Org, EntryKind::PlaceWord].into_iter().any(|kind| {
                    self.h
                        .ends_at(a, kind, 3)
                        .is_some_and(|s| s + 1 < a && self.unit(s).is_some_and(Unit::capitalized))
                }))
    }

    /// Whether the words right before `a` (at most five, no punctuation between) are a
    /// firm's kind and the words that qualify it: `Công ty`, `Tổng công ty`, `Công ty TNHH
    /// MTV`, `Công ty Cổ phần`.
    fn firm_before(&self, a: usize) -> bool {
        self.firm_within(a, 5)
    }

    /// [`Rules::firm_before`] within `back` words: a firm's kind (a place word noted `firm`)
    /// and only its qualifiers and field after it (`Công ty cổ phần Thức ăn chăn nuôi`).
    fn firm_within(&self, a: usize, back: usize) -> bool {
        (a.saturating_sub(back)..a).any(|m| {
            self.h.kinds_at(m) & bit(EntryKind::PlaceWord) != 0
                && self.h.at(m).iter().any(|h| {
                    h.kind == EntryKind::PlaceWord && h.end <= a && self.note(h.note) == "firm"
                })
                && (m..a).all(|x| {
                    self.spaced(x)
                        && self.unit(x).is_some_and(|y| {
                            matches!(
                                y.kind,
                                TokenKind::Syllable | TokenKind::Word | TokenKind::Abbreviation
                            )
                        })
                })
        })
    }

    /// Whether unit `k` is the second syllable, in lower case, of a word written in sentence
    /// case between two capitals of a body's name (`Ban Quản lý dự án Điện lực Dầu khí Long
    /// Phú 1`, `Đoàn Thanh niên Nhân dân Cách mạng Lào`): the name goes on past it.
    fn sentence_case_join(&self, k: usize) -> bool {
        let syllable = |m: usize, capital: bool| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() == capital)
        };
        k > 0
            && self.spaced(k)
            && self.spaced(k + 1)
            && syllable(k, false)
            && syllable(k - 1, true)
            && syllable(k + 1, true)
            // (Not `và`, which joins two names: `Ngoại trưởng Mỹ và Nhật Bản`; nor after a
            // listed place, which ends the name before a verb: `Trường Đại học Y Hà Nội chúc
            // Tết`.)
            && self.canon(k) != Some("và")
            && self.h.ends_at(k, EntryKind::Place, 4).is_none()
            && !self.stop_word(k)
            && !self.stops_name(k)
            && self.h.longest(k, EntryKind::Modifier).is_none()
            && !self.person_name_at(k + 1)
            && self.h.longest(k + 1, EntryKind::Org).is_none()
    }

    /// Whether units `m` and `m + 1` are the looked-for words `a` and `b` (`chất vấn`).
    pub(crate) fn canon_pair(&self, m: usize, a: &str, b: &str) -> bool {
        self.canon(m) == Some(a) && self.canon(m + 1) == Some(b)
    }

    /// `chuyên ngành` and a Roman numeral at `k` (`Kiểm toán Nhà nước chuyên ngành VI`,
    /// `KTNN chuyên ngành Ib`: the state audit's units by field are numbered): their end.
    fn numbered_field(&self, k: usize) -> Option<usize> {
        (self.folded_is(k, "chuyen")
            && self.folded_is(k + 1, "nganh")
            && self.spaced(k + 1)
            && self.spaced(k + 2)
            && self.unit(k + 2).is_some_and(|x| {
                // (`Ia`, `Ib`: a numeral's parts.)
                let n = x.text.strip_suffix(['a', 'b']).unwrap_or(x.text);
                !n.is_empty() && n.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
            }))
        .then_some(k + 3)
    }

    /// [`Rules::lower_tail`] after the listed name at `a..e`; after a ministry's name (`Bộ
    /// Tài chính quy định`) or a name that is also a verb (`Ban chỉ đạo sửa đổi`) only the
    /// long tails of national bodies. (A department of a ministry is named by its field and
    /// what of it: `Vụ Giáo dục đại học`, `Cục Tài chính doanh nghiệp`.)
    fn listed_tail(&self, a: usize, e: usize) -> usize {
        if let Some(m) = self.second_field(e) {
            return m;
        }
        let numbered = self.directive_number(e);
        if numbered > e {
            return self.lower_tail_of(numbered, true, true);
        }
        // (A unit's number after its listed name, closing it: `Trường Sĩ quan Lục quân 1
        // (Đại học Trần Quốc Tuấn)`.)
        if self.small_number(e, 2)
            && self
                .unit(e + 1)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
        {
            return e + 1;
        }
        if let Some(n) = self.school_namesake(e) {
            return n;
        }
        // (A division's field goes on too: `Phòng Thống kê kinh tế`, `Phòng Kế hoạch tài
        // chính`; so does a team's, `Đội Kiểm tra thuế số 3,`, `Tổ Kiểm tra liên ngành`.)
        // (Read through a listed field right before this one: `Trung tâm Thông tin Năng
        // lượng nguyên tử Nga` is a centre's, no ministry's.)
        let head = self
            .h
            .ends_at(a, EntryKind::Name, 4)
            .filter(|&s| s > 0 && self.unit(s).is_some_and(Unit::capitalized))
            .unwrap_or(a);
        let department = head > 0
            && (matches!(self.canon(head - 1), Some("vụ" | "cục" | "phòng" | "tổ"))
                || self.folded_is(head - 1, "doi"));
        let note = |f: fn(&str) -> bool| {
            self.h
                .at(a)
                .iter()
                .rev()
                .any(|h| h.kind == EntryKind::Name && h.end == e && f(self.note(h.note)))
        };
        // (A ministry's field names an association too, which goes on: `Hội Nông nghiệp hữu
        // cơ Việt Nam`, `Hiệp hội An ninh mạng Quốc gia`.)
        // (So does a firm's: `Công ty TNHH MTV Xây dựng công trình giao thông 8`, `Tổng công
        // ty Xây dựng công trình giao thông 1`.)
        let firm = a > 0 && self.firm_before(a);
        let association = a > 0 && (self.association_head(a - 1) || firm);
        // (A firm's field goes on in lower case to the clause's end, with its number:
        // `Công ty TNHH MTV Xây dựng công trình giao thông 8,`.)
        if firm
            && let Some(l) = self.lower_name(e)
            && l <= e + 6
            && (e..l).all(|m| self.unit(m).is_some_and(|x| !x.capitalized()))
        {
            let l = if self.small_number(l, 3) { l + 1 } else { l };
            if self
                .unit(l)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
            {
                return l;
            }
        }
        // (Not a centre named by that field: `Trung tâm Thông tin thủy sản thuộc Cục …`.)
        // (`bộ` is no looked-for word: folded.)
        // (`Bộ môn`, a university's department, is one: `Trưởng Bộ môn Y tế công cộng`.)
        let centre = self.h.ends_at(head, EntryKind::Org, 3).is_some_and(|s| {
            !matches!(self.canon(s), Some("sở" | "phòng" | "vụ" | "cục" | "ban"))
                && (s + 1 < head || self.folded(s).is_none_or(|w| w != "bo"))
        });
        let ministry =
            !department && !association && !centre && note(|n| n.starts_with("ministry"));
        // (A board that organises an event goes on to it: `Ban Tổ chức giải đua xe đạp`,
        // `Ban Tổ chức cuộc thi`, `Ban Tổ chức Đại lễ Vesak 2025`.)
        // (Not a rank, the holder's: `Bộ trưởng Bộ Quốc phòng Đại tướng Phan Văn Giang`.)
        let event = matches!(
            self.canon(e),
            Some("giải" | "cuộc" | "hội" | "lễ" | "chương" | "liên" | "đại")
        ) && self.spaced(e)
            && self.h.kinds_at(e) & bit(EntryKind::Rank) == 0
            // (Not a verb: `Giám đốc Sở Y tế giải trình`, explains.)
            && !self.verb_pair(e);
        // (The event's own name, capitalized, to the clause's end: `Ban Tổ chức Lễ hội pháo
        // hoa quốc tế Đà Nẵng,`, `Trưởng Ban tổ chức Liên hoan,`.)
        if event
            && self.unit(e).is_some_and(Unit::capitalized)
            && let Some(end) = self.event_name(e)
        {
            return end;
        }
        let complete = ministry || (!department && !event && note(|n| n.ends_with("verb")));
        // (A board named by a verb goes on to its field before a level or a body: `Ban Chỉ
        // đạo phòng, chống tham nhũng tỉnh`; a ministry does not: `Bộ Y tế hướng dẫn tỉnh`.)
        let tail = self.lower_tail_of(e, !complete, !ministry);
        let tail = if complete {
            tail
        } else {
            self.past_dash_field(e, tail)
        };
        // (The tournament alone, before the verb of the clause: `Trưởng ban tổ chức giải đã
        // quyết định …`.)
        if tail == e
            && event
            && self.canon(e) == Some("giải")
            && self.spaced(e + 1)
            && self
                .unit(e + 1)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && self.stops_name(e + 1)
        {
            return e + 1;
        }
        tail
    }

    /// After a kind of school ending at `e` (`Y khoa`, `THPT`), a capitalized name is the
    /// school's own, a namesake's too: `Trường Đại học Y khoa Phạm Ngọc Thạch`; less a
    /// holder's name at the end of a run long enough for both. The name's end.
    fn school_namesake(&self, e: usize) -> Option<usize> {
        let kind = self.spaced(e)
            && (e.saturating_sub(4)..e).any(|a| {
                self.h.at(a).iter().any(|h| {
                    h.kind == EntryKind::Name && h.end == e && self.note(h.note) == "Trường"
                })
                // (Not a school level that names a ministry's department after its field:
                // `Vụ Giáo dục Tiểu học Nguyễn Văn Hùng`.)
                && !(a.saturating_sub(4)..a).any(|s| {
                    self.h.at(s).iter().any(|h| {
                        h.kind == EntryKind::Name
                            && h.end == a
                            && self.note(h.note).starts_with("ministry")
                    })
                })
            });
        if !kind {
            return None;
        }
        let pe = self.proper_name(e)?;
        let run = self.capitalized_run(e, 7);
        Some(if run >= e + 4 {
            self.cut_before_name(e, run)
        } else if self
            .unit(pe)
            .is_some_and(|x| x.capitalized() || x.is_dash())
        {
            self.namesake_after_field(pe).unwrap_or(pe)
        } else {
            pe
        })
    }

    /// After a school's field ending at `f` (`Trường Trung cấp Kinh tế - Kỹ thuật`), a
    /// namesake's name and then the holder's, both whole (`… Nguyễn Hữu Cảnh Đặng Quốc
    /// Vinh`): the namesake's end. A single name there stays the holder's.
    #[cold]
    fn namesake_after_field(&self, mut f: usize) -> Option<usize> {
        // (The field's second part after a dash: `Kinh tế - Kỹ thuật`.)
        if self.unit(f).is_some_and(Unit::is_dash)
            && self.spaced(f)
            && self.spaced(f + 1)
            && self.unit(f + 1).is_some_and(Unit::capitalized)
        {
            f = self.proper_name(f + 1)?;
        }
        if !self.spaced(f) || !self.person_name_at(f) {
            return None;
        }
        let run = self.capitalized_run(f, 7);
        (run >= f + 4).then(|| self.cut_before_name(f, run))
    }

    /// The name of an event a board organises, at `e`, written with a capital (`Lễ hội Hoa
    /// phượng đỏ`, `Liên hoan`, `Đại lễ Vesak 2025`): its words up to the end of the clause or
    /// the holder's name, at most twelve, with no role or body inside; its end.
    fn event_name(&self, e: usize) -> Option<usize> {
        const OTHER: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Org)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Rank);
        let mut m = e;
        while m < e + 12 {
            let Some(x) = self.unit(m) else { break };
            let word = matches!(
                x.kind,
                TokenKind::Syllable | TokenKind::Word | TokenKind::Number
            );
            if !word || !self.spaced(m) {
                break;
            }
            if m > e
                && ((x.capitalized() && self.person_name_at(m))
                    || (x.capitalized() && self.h.kinds_at(m) & OTHER != 0)
                    || self.stops_name(m))
            {
                break;
            }
            m += 1;
        }
        // (Its edition: `Liên hoan phim Việt Nam lần thứ XXIII`.)
        // (The loop stops at its number in Roman letters.)
        if m >= e + 3
            && self.canon(m - 2) == Some("lần")
            && self.folded_is(m - 1, "thu")
            && self
                .unit(m)
                .is_some_and(|x| x.text.bytes().all(|b| b"IVXLC".contains(&b)))
        {
            m += 1;
        }
        // (Its city written short, which the loop does not read as a word: `Liên hoan phim
        // quốc tế TP.HCM (HIFF)`.)
        if m > e
            && self.spaced(m)
            && self
                .unit(m)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation)
            && let Some((pe, _)) = self.h.longest(m, EntryKind::Place)
        {
            m = pe;
        }
        // (Or its place after `tại`: `… lần thứ XXIII tại địa phương`.)
        let closed = self.unit(m).is_none_or(|x| {
            matches!(x.text, "," | ";" | "." | ")" | "(" | ":")
                || (x.capitalized() && self.person_name_at(m))
        }) || self.canon(m) == Some("tại");
        (m > e && closed).then_some(m)
    }

    /// `Ban Chỉ đạo 389`, `Ban Chỉ đạo 35`, `Ban Chỉ đạo 138`: a steering board named by the
    /// number (two or three digits) of the decision or directive that set it up, after its
    /// name ending at `e`; the end of the number, or `e`.
    fn directive_number(&self, e: usize) -> usize {
        if e >= 2
            && self.canon(e - 1) == Some("đạo")
            && self.canon(e - 2) == Some("chỉ")
            // (`Ban Chỉ đạo 138`, `Ban Chỉ đạo 1237`: numbered after their decision.)
            && ((self.small_number(e, 4) && self.unit(e).is_some_and(|x| x.text.len() >= 2))
                // (Or with its issuer after a slash: `Ban Chỉ đạo 138/CP`.)
                || self.unit(e).is_some_and(|x| {
                    x.text.split_once('/').is_some_and(|(n, by)| {
                        (2..=4).contains(&n.len())
                            && n.bytes().all(|b| b.is_ascii_digit())
                            && (1..=4).contains(&by.len())
                            && by.bytes().all(|b| b.is_ascii_uppercase())
                    })
                }))
        {
            e + 1
        } else {
            e
        }
    }

    /// `Ban Chỉ đạo thực hiện Chỉ thị 36`, `Ban Chỉ đạo thực hiện chính sách bảo hiểm,`: a
    /// steering board named by what it carries out, `thực hiện` at `k` right after `Chỉ đạo`
    /// and then a document with its number (`Chỉ thị`, `Nghị quyết`, `Đề án`, `Kết luận`,
    /// `Chương trình` …), or a field of up to six words in lower case to the clause's end;
    /// the end of either.
    fn carried_out(&self, k: usize) -> Option<usize> {
        if k < 2
            || self.canon(k - 2) != Some("chỉ")
            || self.canon(k - 1) != Some("đạo")
            || self.canon(k) != Some("thực")
            || self.canon(k + 1) != Some("hiện")
            || !self.spaced(k + 1)
            || !self.spaced(k + 2)
        {
            return None;
        }
        let j = k + 2;
        let end_at = |m: usize| {
            self.unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
        };
        if self.unit(j).is_some_and(Unit::capitalized) {
            // (Or the rules of grassroots democracy, by name: `Ban Chỉ đạo thực hiện Quy chế
            // dân chủ ở cơ sở xã`.)
            let rules = || {
                if !(self.folded_is(j, "quy") && self.folded_is(j + 1, "che") && self.spaced(j + 2))
                {
                    return None;
                }
                let m = self.lower_name(j + 2)?;
                // (`ở cơ sở`, at the grassroots.)
                let m = if self.canon(m) == Some("ở")
                    && self.folded_is(m + 1, "co")
                    && self.folded_is(m + 2, "so")
                {
                    m + 3
                } else {
                    m
                };
                (m <= j + 8 && (end_at(m) || self.h.kinds_at(m) & bit(EntryKind::Level) != 0))
                    .then_some(m)
            };
            return self.document_at(j).or_else(rules);
        }
        self.lower_name(j).filter(|&m| {
            m <= j + 6
                && end_at(m)
                && (j..m).all(|x| self.unit(x).is_some_and(|y| !y.capitalized()))
        })
    }

    /// A document named with its number at `j` (`Chỉ thị 36`, `Nghị quyết số 57`, `Đề án
    /// 06`, `Kết luận`, `Quyết định`, `Chương trình`, `Kế hoạch`, `Chiến lược`): its end.
    fn document_at(&self, j: usize) -> Option<usize> {
        let document = self
            .folded(j)
            .zip(self.folded(j + 1))
            .is_some_and(|(a, b)| {
                matches!(
                    (a.as_str(), b.as_str()),
                    ("chi", "thi")
                        | ("nghi", "quyet")
                        | ("de", "an")
                        | ("ket", "luan")
                        | ("quyet", "dinh")
                        | ("chuong", "trinh")
                        | ("ke", "hoach")
                        | ("chien", "luoc")
                )
            })
            && self.spaced(j + 1);
        if !document || !self.spaced(j + 2) {
            return None;
        }
        let d = if self.canon(j + 2) == Some("số") {
            j + 3
        } else {
            j + 2
        };
        self.unit(d)
            .is_some_and(|x| {
                matches!(x.kind, TokenKind::Number | TokenKind::Code)
                    && x.text.bytes().next().is_some_and(|b| b.is_ascii_digit())
            })
            .then_some(d + 1)
    }

    /// A body's name in lower case that ends in what it carries out, `thực hiện` or `triển
    /// khai`, before the document with its number: `Tổ công tác triển khai Đề án 06`; the
    /// document's end.
    fn carries_document(&self, e: usize) -> Option<usize> {
        let verb =
            |v: usize| self.canon_pair(v, "thực", "hiện") || self.canon_pair(v, "triển", "khai");
        // (The name may end before the verb or after it.)
        // (Or a working group's, the document right after it: `Tổ công tác Đề án 06`.)
        // (Or a steering board's: `Ban Chỉ đạo Đề án 1 triệu ha lúa`.)
        let steer = e >= 2 && self.folded_is(e - 2, "chi") && self.folded_is(e - 1, "dao");
        let d = if e >= 2 && (verb(e - 2) || self.canon_pair(e - 2, "công", "tác") || steer) {
            e
        } else if self.spaced(e) && verb(e) {
            e + 2
        } else {
            return None;
        };
        let end = (self.spaced(d) && self.unit(d).is_some_and(Unit::capitalized))
            .then(|| self.document_at(d))
            .flatten()?;
        // (And its words in lower case to the clause's end: `Đề án 1 triệu ha lúa,`.)
        let mut m = end;
        while steer
            && m < end + 6
            && self.spaced(m)
            && self
                .unit(m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && !self.stops_name(m)
        {
            m += 1;
        }
        Some(
            if m > end
                && self
                    .unit(m)
                    .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "("))
            {
                m
            } else {
                end
            },
        )
    }

    /// An international body's field or country after `về` at `k`, capitalized, to the
    /// clause's end: `Cao ủy Liên hợp quốc về Nhân quyền,`, `Đặc phái viên ASEAN về
    /// Myanmar,`, `Văn phòng Liên hợp quốc về Ma túy và Tội phạm (UNODC)`; its end.
    fn international_field(&self, k: usize) -> Option<usize> {
        // (The cheap tests first: this is asked after every body.)
        if k == 0 || self.canon(k) != Some("về") || !self.spaced(k + 1) {
            return None;
        }
        let international = self
            .unit(k - 1)
            .is_some_and(|x| matches!(x.text, "ASEAN" | "LHQ" | "UN" | "EU"))
            || (k >= 3
                && self.folded_is(k - 3, "lien")
                && self.folded_is(k - 2, "hop")
                && self.folded_is(k - 1, "quoc"));
        if !international {
            return None;
        }
        // (Or in lower case, a few words to the clause's end or the holder's name: `Cao ủy
        // Liên hợp quốc về nhân quyền,`, `… về người tị nạn Filippo Grandi`; not going back,
        // `về nước`, `về thăm`.)
        if self
            .unit(k + 1)
            .is_some_and(|x| x.key.is_some() && !x.capitalized())
        {
            let m = (k + 1..k + 5).find(|&m| {
                !self
                    .unit(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
            })?;
            let back = self.folded(k + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "huu"
                        | "nuoc"
                        | "que"
                        | "nha"
                        | "tham"
                        | "du"
                        | "lam"
                        | "viec"
                        | "day"
                        | "toi"
                        | "den"
                )
            });
            let closes = self
                .unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                || (self.spaced(m) && (self.person_name_at(m) || self.foreign_name_run(m)));
            return (!back && closes && (k + 1..m).all(|x| self.spaced(x))).then_some(m);
        }
        if !self
            .unit(k + 1)
            .is_some_and(|x| x.capitalized() && !x.all_caps())
        {
            return None;
        }
        // (Not after the Secretary-General, who has no field: the envoy before `của` has it,
        // `Đặc phái viên của Tổng Thư ký Liên hợp quốc về Sừng châu Phi`.)
        if (k >= 5 && self.folded_is(k - 5, "thu") && self.folded_is(k - 4, "ky"))
            || (k >= 2 && self.text_at_is(k - 2, "TTK"))
        {
            return None;
        }
        let m = (k + 2..self.u.len().min(k + 9)).find(|&m| {
            self.unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
        })?;
        // (A place only as the country the envoy is for, alone: not a return, `Tổng Thư ký
        // Liên hợp quốc về Hà Nội sáng nay`.)
        if let Some((pe, n)) = self.h.longest(k + 1, EntryKind::Place)
            && !(pe == m && self.note(n).starts_with("country"))
        {
            return None;
        }
        (k + 1..m)
            .all(|x| {
                self.spaced(x)
                    && self.unit(x).is_some_and(|y| {
                        matches!(y.kind, TokenKind::Syllable | TokenKind::Word) && !y.all_caps()
                    })
            })
            .then_some(m)
    }

    fn lower_tail_of(&self, k: usize, short: bool, body_ok: bool) -> usize {
        if let Some(m) = self.carried_out(k) {
            return m;
        }
        if let Some(m) = self.board_task(k) {
            return m;
        }
        // (A spaced dash right after the name, then a second field in lower case: `Tiểu ban
        // Kinh tế - xã hội.`, `Ban Kinh tế - xã hội HĐND tỉnh`.)
        if k > 0 && self.lower_dash(k) {
            let m = self.lower_tail_of(k + 1, short, body_ok);
            if m > k + 1 {
                return m;
            }
            // (Its field of two words or three, then the parent body or the clause's end.)
            if let Some(l) = self.lower_name(k + 1)
                && (k + 3..=k + 4).contains(&l)
                && (self
                    .unit(l)
                    .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                    || (self.spaced(l) && self.h.longest(l, EntryKind::Org).is_some()))
            {
                return l;
            }
        }
        // (A board named by the event it steers or organises: `Ban Chỉ đạo Năm Du lịch quốc
        // gia 2025`, `Ban Chỉ đạo Festival Thu Hà Nội năm 2024`, `Ban Tổ chức Lễ hội …`.)
        if self.unit(k).is_some_and(Unit::capitalized)
            && self.named_by_field(k)
            && let Some(m) = self.board_event(k)
        {
            return m;
        }
        // `Cục Giám sát quản lý về hải quan,`: the name, then `về` and its field of two words
        // or less to the clause's end (not `về việc …`, what a paper is about).
        if short
            && self.canon(k) == Some("về")
            && self.spaced(k + 1)
            && self.canon(k + 1) != Some("việc")
            // (Not going back: `về hưu`, `về nước`, `về quê`, `về thăm`, `về dự`.)
            && !self.folded(k + 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "huu" | "nuoc" | "que" | "nha" | "tham" | "du" | "lam" | "cong" | "day"
                )
            })
            && let Some(m) = self.lower_name(k + 1)
            && m <= k + 3
            && (k + 1..m).all(|x| self.unit(x).is_some_and(|y| !y.capitalized()))
            && (self
                .unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                // (Or its holder's name: `Trưởng phòng Giám sát quản lý về hải quan Nguyễn
                // Văn Thắng cho biết`.)
                || (self.spaced(m) && self.person_name_at(m))
                // (Or `và` and the next office: `Cục trưởng Cục Giám sát quản lý về hải quan
                // và Vụ trưởng Vụ Tổ chức cán bộ`.)
                || (self.canon(m) == Some("và")
                    && self.h.kinds_at(m + 1) & (bit(EntryKind::Role) | bit(EntryKind::Prefix))
                        != 0
                    && self.unit(m + 1).is_some_and(Unit::capitalized)))
        {
            return m;
        }
        if short && let Some(m) = self.field_abbreviation(k) {
            return m;
        }
        if short && let Some(m) = self.international_field(k) {
            return m;
        }
        // (Or `về` and a field of one word in capitals, no place's, no surname's, to the
        // clause's end: `Viện Nghiên cứu cao cấp về Toán,`, `Trung tâm Nghiên cứu về Giới.`)
        if short
            && self.canon(k) == Some("về")
            && self.spaced(k + 1)
            && self
                .unit(k + 1)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps())
            && self.h.kinds_at(k + 1)
                & (bit(EntryKind::Place)
                    | bit(EntryKind::Org)
                    | bit(EntryKind::Surname)
                    | bit(EntryKind::Level))
                == 0
            && (self
                .unit(k + 2)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                // (Or its head's name: `Viện trưởng Viện Nghiên cứu cao cấp về Toán Vũ Hà
                // Văn`.)
                || (self.spaced(k + 2) && self.person_name_at(k + 2)))
        {
            return k + 2;
        }
        // (Or `về` and a field in sentence case, its first word capitalized, to the clause's
        // end or `của` and the body above: `Ban Chỉ đạo Nhà nước về Chương trình mục tiêu
        // phát triển lâm nghiệp bền vững,`, `Hội đồng Tư vấn về Kinh tế của Ủy ban …`.)
        // (After a board named by a verb too, whose tail is otherwise short.)
        if self.canon(k) == Some("về")
            && self.spaced(k + 1)
            && self
                .unit(k + 1)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps())
            && self.h.kinds_at(k + 1)
                & (bit(EntryKind::Place) | bit(EntryKind::Level) | bit(EntryKind::Role))
                == 0
        {
            // (A body's head there, `Chương trình`, with two words or more after it.)
            // (The first word's second syllable whatever it is: `trình` of `Chương trình`.)
            let second = self.spaced(k + 2)
                && self
                    .unit(k + 2)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized());
            let (mut m, least) = match self.h.longest(k + 1, EntryKind::Org) {
                Some((e, _)) => (e, e + 2),
                None if second => (k + 3, k + 3),
                None => (k + 2, k + 3),
            };
            while m < k + 14
                && self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && !self.stop_word(m)
                && !self.stops_name(m)
            {
                m += 1;
            }
            let closes = self
                .unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                || (self.canon(m) == Some("của")
                    && self.spaced(m + 1)
                    && self.unit(m + 1).is_some_and(Unit::capitalized));
            if m >= least && closes {
                return m;
            }
        }
        // (Or `về` and a field in sentence case of several words, to the body's short name
        // in brackets: `Viện Tiên tiến về Kỹ thuật và Công nghệ (AVITECH)`, `Trung tâm Quốc tế
        // về Quản lý Môi trường (ICEM)`.)
        if short
            && self.canon(k) == Some("về")
            && self.spaced(k + 1)
            && self
                .unit(k + 1)
                .is_some_and(|x| x.key.is_some() && x.capitalized())
            && let Some(m) = (k + 2..self.u.len().min(k + 10)).find(|&m| self.text_at_is(m, "("))
            && (k + 1..m).all(|x| {
                self.unit(x)
                    .is_some_and(|y| y.key.is_some() && y.gap == Gap::Space && !y.all_caps())
            })
            && self.unit(m + 1).is_some_and(|x| {
                x.kind == TokenKind::Abbreviation && x.all_caps() && x.text.len() >= 3
            })
            && self.text_at_is(m + 2, ")")
        {
            return m;
        }
        // (A national council or committee and its field, to where the field's words stop,
        // with the country if written: `Hội đồng Quốc gia về trẻ em đã gửi`, `Ủy ban Quốc gia
        // về người cao tuổi Việt Nam yêu cầu`.)
        if short
            && k >= 2
            && self.canon(k) == Some("về")
            && self.canon(k - 2) == Some("quốc")
            && self.canon(k - 1) == Some("gia")
            && self.spaced(k + 1)
            && self.canon(k + 1) != Some("việc")
            && let Some(m) = self.lower_name(k + 1)
            && m > k + 1
            && m <= k + 6
            && (k + 1..m).all(|x| {
                self.unit(x)
                    .is_some_and(|y| y.key.is_some() && !y.capitalized())
                    || (x > k + 1 && self.caps_field_word(x))
            })
        {
            let country =
                self.spaced(m) && self.canon(m) == Some("việt") && self.canon(m + 1) == Some("nam");
            return if country { m + 2 } else { m };
        }
        // (The same with the place word first: `Ban Quản trị chùa Xiêm Cán,`.)
        if short
            && self.spaced(k)
            && let Some((p, _)) = self.h.longest(k, EntryKind::PlaceWord)
            && p <= k + 2
            && (k..p).all(|m| self.unit(m).is_some_and(|x| !x.capitalized()))
            && let Some(r) = self.place_word_name(p)
        {
            return r;
        }
        let Some(l) = self.lower_name(k) else {
            return k;
        };
        let national = l >= k + 2
            && matches!(
                (self.canon(l - 2), self.canon(l - 1)),
                (Some("quốc"), Some("gia"))
                    | (Some("nhân"), Some("dân"))
                    | (Some("thế"), Some("giới"))
                    | (Some("toàn"), Some("quốc"))
                    | (Some("quốc"), Some("tế"))
            );
        // (Those of the world's bodies alone: `Tổ chức Y tế Thế giới`, `Quỹ Tiền tệ Quốc tế`.)
        let worldwide = national
            && l == k + 2
            && matches!(
                (self.canon(k), self.canon(k + 1)),
                (Some("thế"), Some("giới")) | (Some("quốc"), Some("tế"))
            );
        // (And a number that ends the name at the clause's end: `Công ty TNHH MTV Xây dựng
        // công trình giao thông 8,`, `Tổng công ty Xây dựng công trình giao thông 1 (Cienco
        // 1)`.)
        // (Not a count or an order: `tối cao lần 1`, `lần thứ 3`.)
        let l = if !national
            && self.small_number(l, 3)
            && l > k
            && !self.folded(l - 1).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "lan"
                        | "thu"
                        | "dot"
                        | "ky"
                        | "ki"
                        | "khoa"
                        | "phien"
                        | "luot"
                        | "vong"
                        | "nam"
                        | "thang"
                        | "ngay"
                        | "tuoi"
                        | "gio"
                        | "nguoi"
                        | "trang"
                )
            })
            && self
                .unit(l + 1)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
        {
            l + 1
        } else {
            l
        };
        // (`Phòng, chống` may be capitalized: `đê điều và Phòng, chống thiên tai`; so may the
        // two words that make a body national: `Hiệp hội An ninh mạng Quốc gia`.)
        let lower = l <= self.u.len()
            && (k..l).all(|m| {
                self.unit(m).is_some_and(|x| !x.capitalized())
                    || self.prevention_comma(m + 1)
                    // (A listed abbreviation of a field among them: `thi tốt nghiệp THPT`; or
                    // one no list holds: `phòng, chống AIDS`.)
                    || (m > k
                        && ((self.unit(m).is_some_and(|x| x.kind == TokenKind::Abbreviation)
                            && self.h.kinds_at(m) & bit(EntryKind::Abbreviation) != 0)
                            || self.caps_field_word(m)))
                    || (national && m + 2 >= l && (m > k || worldwide))
            });
        // (A term or a year after it ends it too: `Ban Chỉ đạo quốc gia vận động hiến máu
        // tình nguyện giai đoạn 2016-2020`, `… trong nhiệm kỳ 2016-2021`.)
        let term_at = |m: usize| {
            let m = if self.canon(m) == Some("trong") && self.spaced(m) {
                m + 1
            } else {
                m
            };
            let number = |n: usize| {
                self.spaced(n)
                    && self.unit(n).is_some_and(|x| {
                        x.kind == TokenKind::Number
                            && x.text.len() >= 4
                            && x.text.bytes().take(4).all(|b| b.is_ascii_digit())
                    })
            };
            self.spaced(m)
                && (((self.canon_pair(m, "giai", "đoạn") || self.canon_pair(m, "nhiệm", "kỳ"))
                    && number(m + 2))
                    || (self.canon(m) == Some("năm") && number(m + 1)))
        };
        // (Or its abbreviation in brackets: `Hiệp hội Doanh nghiệp nhỏ và vừa (Vinasme)`.)
        // (Or a spaced dash that closes an apposition, a verb in lower case after it: `- Phó
        // Giám đốc Học viện Kỹ thuật quân sự - được …`.)
        // (Or `kiêm` and the office held with it: `Trưởng Bộ môn Y tế công cộng kiêm Phó
        // Trưởng khoa Y`.)
        let end_at = |m: usize| {
            term_at(m)
                || (self.canon(m) == Some("kiêm")
                    && self.spaced(m)
                    && self.h.kinds_at(m + 1) & (bit(EntryKind::Role) | bit(EntryKind::Prefix))
                        != 0)
                || self.unit(m).is_none_or(|x| {
                    matches!(x.text, "," | ";" | ")" | "." | "(")
                        || (x.is_dash()
                            && self.spaced(m)
                            && self.spaced(m + 1)
                            && self
                                .unit(m + 1)
                                .is_some_and(|y| y.key.is_some() && !y.capitalized()))
                })
        };
        // (Or its place, then the clause's end: `Ban QLDA giao thông TP.HCM,`.)
        let clause_end = || {
            end_at(l)
                // (Or the holder's name after the place: `Bộ An ninh công cộng Trung Quốc Vương
                // Tiểu Long`.)
                || self.place_end_at(l).is_some_and(|e| {
                    end_at(e) || (self.person_name_at(e) && self.capitalized_run(e, 5) >= e + 2)
                })
        };
        // (Or a level or another body after it, whose name this one's ends before: `Ban Chỉ
        // đạo phòng, chống tham nhũng tỉnh`, `Phòng Cảnh sát điều tra tội phạm về ma túy Công
        // an tỉnh Sơn La`: a verb's phrase would not run into them.)
        let body_at = |l: usize| {
            // (A level that takes a place, not `nước` of `nhà nước`; a head written out,
            // not an abbreviation after a verb: `tái cử BCH khóa mới`.)
            let level = self.ends_name_kinds(l) & bit(EntryKind::Level) != 0 && self.place_level(l);
            self.spaced(l)
                && (level
                    || self.unit(l).is_some_and(|x| {
                        x.capitalized()
                            && x.kind == TokenKind::Syllable
                            && self.h.longest(l, EntryKind::Org).is_some()
                    })
                    // (Or abbreviated before its place: `đào tạo ĐHQG TP.HCM`, `nghiệp vụ TAND
                    // tỉnh Khánh Hòa`.)
                    || (self.unit(l).is_some_and(|x| x.kind == TokenKind::Abbreviation)
                        && self.h.longest(l, EntryKind::Org).is_some_and(|(e, _)| {
                            self.spaced(e)
                                && (self.h.longest(e, EntryKind::Place).is_some()
                                    || self.level_place(e).is_some())
                        })))
        };
        // (Or `của` and the body it belongs to, outside the span: `Ban Chỉ đạo chuyển đổi số
        // của tỉnh`; or `thuộc`, under: `Trung tâm Thông tin thủy sản thuộc Cục Thủy sản`.)
        let body_next = || {
            body_at(l)
                || (matches!(self.canon(l), Some("của" | "thuộc"))
                    && self.spaced(l + 1)
                    && (body_at(l + 1)
                        // (Or a body's head in lower case, the body named before, then the
                        // clause's end: `trưởng phòng Kế hoạch tổng hợp của bệnh viện,`.)
                        || (self.unit(l + 1).is_some_and(|x| !x.capitalized())
                            && self
                                .h
                                .longest(l + 1, EntryKind::Org)
                                .is_some_and(|(oe, _)| end_at(oe)))
                        // (Or a firm by its brand, then the clause's end: `Phòng Kinh tế đối
                        // ngoại của Vinatex,`.)
                        || (self.unit(l + 1).is_some_and(|x| {
                            x.capitalized()
                                && matches!(x.kind, TokenKind::Word | TokenKind::Abbreviation)
                        }) && end_at(l + 2))
                        || (self.ends_name_kinds(l + 1) & bit(EntryKind::Level) != 0
                            && self
                                .unit(l + 2)
                                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")")))))
        };
        // (Or a few words, then the holder's name or rank: `Trưởng phòng An ninh kinh tế Lê
        // Văn An`.)
        // (A whole name, three words or more: `Khu kinh tế mở Chu Lai` is a place's.)
        let holder_next =
            || (self.person_name_at(l) && self.capitalized_run(l, 5) >= l + 3) || self.rank_at(l);
        // (Words, not units: the comma of `phòng, chống` is none; and that pair is one
        // field, `Đội Kiểm soát phòng, chống ma túy Lê Văn Minh`.)
        let words = (k..l)
            .filter(|&m| self.unit(m).is_some_and(|x| x.key.is_some()))
            .count();
        // (Or written without the comma: `phòng chống thiên tai`.)
        let prevention = (k..l).any(|m| {
            self.prevention_comma(m)
                || (self.canon(m) == Some("phòng") && self.canon(m + 1) == Some("chống"))
        });
        // (Four to six after a department named by a verb of control and what it governs, to
        // the clause's end or its place: `Cục Kiểm soát thủ tục hành chính,`, `Trung tâm Quản
        // lý điều hành giao thông đô thị Hà Nội,`; the verb's object is the field.)
        let governed = k >= 2
            && self.unit(k - 2).is_some_and(Unit::capitalized)
            && self
                .folded(k - 2)
                .zip(self.folded(k - 1))
                .is_some_and(|(a, b)| {
                    matches!(
                        (a.as_str(), b.as_str()),
                        ("kiem", "soat" | "tra" | "dinh")
                            | ("quan", "ly")
                            | ("giam", "sat" | "dinh")
                            | ("xuc", "tien")
                            | ("ho", "tro")
                            | ("bao", "ve")
                            | ("phat", "trien")
                            | ("dieu", "phoi")
                            // (And the police's by what they guard: `Cục Cảnh sát bảo vệ biên
                            // giới,`.)
                            | ("canh", "sat")
                    )
                });
        // (Or up to five to the clause's end right after a steering board's `Chỉ đạo`: `Trưởng
        // Ban Chỉ đạo giải phóng mặt bằng,`.)
        // (How many `và` join the field's parts.)
        let ands = (k..l).filter(|&m| self.canon(m) == Some("và")).count();
        let few = words <= 3
            // (Or up to five before the holder's whole name: `Phó trưởng phòng Thông tin thị
            // trường lao động Nguyễn Hoài Nam`.)
            || (words <= 5 && holder_next())
            // (Or before the holder's name: `Cục trưởng Cục Kiểm soát ô nhiễm môi trường Cao
            // Xuân Hiển`.)
            // (`và` uncounted, joining two of its fields: `Ban Quản lý các khu công nghiệp và
            // chế xuất Hà Nội,`.)
            || (governed
                && (4..=6).contains(&(words - ands))
                && (clause_end() || holder_next()))
            // (Or up to five after a listed field, then the body's place and the clause's end
            // or the holder's whole name, no verb among them: `Giám đốc Trung tâm Thông tin
            // xúc tiến du lịch Hà Nội Trần Trung Hiếu`.)
            || (words <= 5
                && self.h.ends_at(k, EntryKind::Name, 4).is_some()
                && self.place_closes(l)
                && !(k..l).any(|m| self.headline_verb(m) || self.says_at(m)))
            || (prevention && words <= 10)
            // (Or a project's management board and the works it builds, to the clause's end
            // or its holder: `Giám đốc Ban Quản lý dự án xây dựng ngành y tế,`.)
            || ((4..=8).contains(&words)
                && k >= 4
                && self.folded_is(k - 4, "quan")
                && self.folded_is(k - 3, "ly")
                && self.folded_is(k - 2, "du")
                && self.folded_is(k - 1, "an")
                && (clause_end() || holder_next()))
            || (words <= 5
                && end_at(l)
                && k >= 2
                && self.canon(k - 2) == Some("chỉ")
                && self.canon(k - 1) == Some("đạo"));
        // (A board named by a verb, `Ban Chỉ đạo`, and its field of up to six words to the
        // clause's end: `Trưởng Ban chỉ đạo sắp xếp tổ chức bộ máy,`.)
        // (Or to the clause's verb of being, duty or tense: `Chủ tịch Hội đồng tư vấn đánh
        // giá nghiệm thu phải là …`.)
        // (Or before its head's name, and after `quốc gia`: `Trưởng Ban Chỉ đạo quốc gia vận
        // động hiến máu tình nguyện Trần Hồng Hà`.)
        let national_first = self.canon(k) == Some("quốc") && self.canon(k + 1) == Some("gia");
        let board_field = !short
            && body_ok
            && self.named_by_field(k)
            // (Or the works it steers, in the plural: `Trưởng Ban Chỉ đạo các công trình trọng
            // điểm ngành đường sắt,`.)
            && ((2..=6).contains(&words)
                || ((national_first || self.canon(k) == Some("các")) && words <= 8))
            && (end_at(l)
                || holder_next()
                || (self.spaced(l)
                    && matches!(
                        self.canon(l),
                        Some("là" | "phải" | "đã" | "sẽ" | "đang" | "cần" | "chịu")
                    )));
        // (Or before the verb its head says: `Trưởng Ban Chỉ đạo điều hành giá chủ trì`.)
        if !short
            && body_ok
            && lower
            && self.named_by_field(k)
            && let Some(m) = (k + 2..=l.min(k + 6)).find(|&m| self.says_at(m))
            && (k..m).all(|x| self.unit(x).is_some_and(|y| y.key.is_some()))
        {
            return m;
        }
        // (Or a board's field before what its head says: `Trưởng Ban tổ chức lễ hội cho
        // biết`.)
        // (Or, in sentence case after a listed field, the field's last words before what the
        // holder says: `Học viện Kỹ thuật quân sự cho biết`, `khoa Kinh tế quốc tế nhấn
        // mạnh`.)
        let says_next = || {
            (self.named_by_field(k)
                || (words == 2
                    && self
                        .h
                        .ends_at(k, EntryKind::Name, 4)
                        .is_some_and(|s| self.unit(s).is_some_and(Unit::capitalized))))
                && self.says_at(l)
        };
        // (Or a field in lower case, then a site's name no list knows, no person's, to the
        // clause's end: `Đội Kiểm soát an ninh hàng không Nội Bài,`.)
        if short
            && !lower
            && end_at(l)
            && let Some(c) = (k + 1..l).find(|&m| self.unit(m).is_some_and(Unit::capitalized))
            && l - c <= 3
            && (c..l).all(|m| {
                self.spaced(m)
                    && self
                        .unit(m)
                        .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized())
            })
            && !self.person_name_at(c)
            && (k..c).all(|m| {
                self.unit(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
            })
            && {
                let n = c - k;
                n <= 3 || (governed && n <= 6)
            }
        {
            return l;
        }
        let ok = lower
            && ((short && few && (clause_end() || holder_next() || says_next()))
                || board_field
                // (A board's field of prevention before `và` and what no name joins: `Trưởng
                // Ban chỉ đạo quốc gia phòng chống lao và đại diện 17 bộ, ngành`.)
                || (prevention
                    && words <= 10
                    && self.canon(l) == Some("và")
                    && self.spaced(l + 1)
                    && !self.and_lower(l))
                // (A longer field with `phòng, chống` in it: `Ban Chỉ đạo phòng, chống thiên
                // tai và tìm kiếm cứu nạn tỉnh`.)
                || (body_ok && (words <= 8 || (prevention && words <= 12)) && body_next())
                || (national
                    && (clause_end()
                        || self.person_name_at(l)
                        || self.term(l).is_some()
                        // (The two words alone, then the clause's verb: `Học viện Cảnh sát
                        // nhân dân đã …`.)
                        || (l == k + 2 && self.spaced(l) && self.stops_name(l)))));
        // `Ban Chỉ đạo quốc gia về phòng thủ dân sự`, `Ủy ban quốc gia về người cao tuổi`: a
        // national body and what it is about.
        if lower
            && national
            && let Some(m) = self.about_field(l)
        {
            return m;
        }
        // `Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh`: a field and what it is
        // about, then the body the department belongs to (a verb's phrase would not run
        // into a level or a body: `Sở Xây dựng kiểm tra về an toàn`).
        if lower
            && !national
            && body_ok
            && self.canon(l) == Some("về")
            && self.spaced(l + 1)
            && let Some(m) = self.lower_name(l + 1).filter(|&m| {
                m <= l + 5
                    && (l + 1..m).all(|x| self.unit(x).is_some_and(|y| !y.capitalized()))
                    // (Or a field of two words or less, then the clause's end: `Cục Giám sát
                    // quản lý về hải quan,`; not `về việc …`, what a paper is about.)
                    && (body_at(m)
                        || (short
                            && m <= l + 3
                            && end_at(m)
                            && self.canon(l + 1) != Some("việc")))
            })
        {
            return m;
        }
        // `Ban Quản trị chùa Xiêm Cán,`: a place word in lower case, then the place's own
        // name, capitalized and no person's, to the clause's end.
        if lower
            && short
            && few
            && l > k
            && self.h.ends_at(l, EntryKind::PlaceWord, 2).is_some_and(|s| {
                // (Not `trường` of `môi trường`, the environment, or `thị trường`, the market:
                // `Cục Kiểm soát ô nhiễm môi trường Cao Xuân Hiển`.)
                !(s > 0
                    && self.folded_is(s, "truong")
                    && ["moi", "thi", "lap", "hien", "chien", "thuong", "dau"]
                        .iter()
                        .any(|w| self.folded_is(s - 1, w)))
            })
            && let Some(r) = self.place_word_name(l)
        {
            return r;
        }
        if ok { l } else { k }
    }

    /// After a place word in lower case ending before `p` (`chùa`), the place's own name:
    /// capitalized words, no person's, to the clause's end (`Ban Quản trị chùa Xiêm Cán,`);
    /// its end.
    fn place_word_name(&self, p: usize) -> Option<usize> {
        // (A rare surname may start a building's name: `tòa nhà Văn Khê`; not with `Văn` or
        // `Thị` after it, a person's: `trưởng phòng Dân tộc huyện Lý Văn Phúc`.)
        if !self.spaced(p) {
            return None;
        }
        // (Nor a Hmông name, its middle word `A`, `Seo` or `Mí`: `Trưởng ban Dân tộc tỉnh Sùng
        // A Hồng`.)
        let hmong = || {
            self.h.is(p, EntryKind::Surname)
                && self.spaced(p + 1)
                && self.spaced(p + 2)
                && self.unit(p + 1).is_some_and(|x| {
                    x.text == "A"
                        || (x.capitalized()
                            && matches!(self.folded(p + 1).as_deref(), Some("seo" | "mi")))
                })
                && self.unit(p + 2).is_some_and(Unit::capitalized)
        };
        if self.person_name_at(p)
            && (self.common_surname(p) || self.middle_name_after(p) || hmong())
        {
            // (Unless the holder is named before, in apposition: `bà Ngô Thị Hồng, Trưởng ban
            // quản lý công viên Lê Thị Riêng, …`.)
            return self.namesake_of_apposed(p, p);
        }
        let r = self.capitalized_run(p, 3);
        (r > p
            && self
                .unit(r)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "(")))
        .then_some(r)
    }

    /// What a national body is about, at `l`: `về` and a field in lower case to the end of the
    /// clause or a person's name (`Ban Chỉ đạo quốc gia về phòng thủ dân sự`, `Ban Chỉ đạo
    /// Trung ương về phòng, chống tham nhũng, tiêu cực`): its end.
    /// `về` at `k` and the abbreviation of a body's field, then the clause's end, the
    /// holder's name or the parent body: `Ban Chỉ đạo quốc gia về IUU,`, `Đội Cảnh sát QLHC
    /// về TTXH Công an huyện`; the end of the abbreviation.
    fn field_abbreviation(&self, k: usize) -> Option<usize> {
        (self.canon(k) == Some("về")
            && self.spaced(k + 1)
            && self.unit(k + 1).is_some_and(|x| {
                x.key.is_none() && x.all_caps() && (2..=6).contains(&x.text.len())
            })
            && self.h.kinds_at(k + 1) & (bit(EntryKind::Org) | bit(EntryKind::Place)) == 0
            && (self
                .unit(k + 2)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                || (self.spaced(k + 2)
                    && (self.person_name_at(k + 2)
                        || self.h.longest(k + 2, EntryKind::Org).is_some()))))
        .then_some(k + 2)
    }

    fn about_field(&self, l: usize) -> Option<usize> {
        if self.canon(l) != Some("về") || !self.spaced(l + 1) {
            return None;
        }
        if let Some(m) = self.field_abbreviation(l) {
            return Some(m);
        }
        // (Its first word may be capitalized, as official names write it: `Ban Chỉ đạo quốc
        // gia về Phòng thủ dân sự`; not a name or a place: `về Hà Nội`.)
        let capital = self
            .unit(l + 1)
            .is_some_and(|x| x.capitalized() && x.kind == TokenKind::Syllable && !x.all_caps())
            && !self.person_name_at(l + 1)
            && self.h.kinds_at(l + 1) & (bit(EntryKind::Place) | bit(EntryKind::Surname)) == 0
            && self
                .unit(l + 2)
                .is_some_and(|x| x.key.is_some() && !x.capitalized());
        let from = if capital { l + 2 } else { l + 1 };
        let closes = |m: usize| {
            self.unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                || self.person_name_at(m)
        };
        // (Or every word of it capitalized, to the clause's end: `Ủy ban Liên chính phủ ASEAN
        // về Nhân quyền,`.)
        let run = self.capitalized_run(l + 1, 4);
        if run > l + 1
            && (l + 1..run).all(|m| {
                self.unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && !x.all_caps())
            })
            && !self.person_name_at(l + 1)
            && self.h.kinds_at(l + 1) & (bit(EntryKind::Place) | bit(EntryKind::Surname)) == 0
            && self
                .unit(run)
                .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
        {
            return Some(run);
        }
        let m = self.lower_name(from).filter(|&m| {
            (from..m).all(|x| {
                self.unit(x).is_some_and(|y| !y.capitalized())
                    || (x > from && self.caps_field_word(x))
            })
        })?;
        // (Or the field's own abbreviation at its end: `Ban Chỉ đạo quốc gia về chống khai
        // thác IUU`.)
        if m > from
            && self.spaced(m)
            && self
                .unit(m)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.all_caps())
            && closes(m + 1)
        {
            return Some(m + 1);
        }
        closes(m).then_some(m)
    }

    /// The end of a foreign body named in its own words after `tổ chức` in lower case at `k`
    /// (`Giám đốc quốc gia tổ chức Save the Children tại Việt Nam`, `Giám đốc tổ chức
    /// Oxfam`, `tổ chức Enfants du Mékong`): capitalized foreign words, `the`, `of`, `for`,
    /// `and`, `du`, `de`, `des` between them, then its seat after `tại`. Not `tổ chức` as a
    /// verb before Vietnamese words (`Giám đốc Sở tổ chức Hội nghị`).
    fn foreign_organisation(&self, k: usize) -> Option<usize> {
        // (Not a committee that organises, after `Ban`: `Trưởng Ban tổ chức Festival Biển`.)
        if !self.folded_is(k, "to")
            || !self.folded_is(k + 1, "chuc")
            || self.unit(k).is_some_and(Unit::capitalized)
            || (k > 0 && self.folded_is(k - 1, "ban"))
        {
            return None;
        }
        let foreign = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
        };
        if !foreign(k + 2) {
            return None;
        }
        let mut e = k + 3;
        loop {
            if foreign(e) {
                e += 1;
            } else if self.unit(e).is_some_and(|x| {
                matches!(x.text, "the" | "of" | "for" | "and" | "du" | "de" | "des")
            }) && self.spaced(e)
                && foreign(e + 1)
            {
                e += 2;
            } else {
                break;
            }
        }
        if self.canon(e) == Some("tại")
            && self.spaced(e + 1)
            && let Some((pe, _)) = self.h.longest(e + 1, EntryKind::Place)
        {
            e = pe;
        }
        Some(e)
    }

    /// Whether a steering committee (`Ban Chỉ đạo`), a council (`Hội đồng`) or a commission
    /// (`Ủy ban`) ends at most six units before `k`, named next by what it is about.
    fn named_by_field(&self, k: usize) -> bool {
        (k.saturating_sub(7)..k.saturating_sub(1)).any(|m| {
            matches!(
                (self.canon(m), self.canon(m + 1)),
                (Some("chỉ"), Some("đạo"))
                    | (Some("hội"), Some("đồng"))
                    | (Some("ủy"), Some("ban"))
                    // (`Ban tổ chức lễ hội`: the committee that organises an event.)
                    | (Some("tổ"), Some("chức"))
            )
        })
    }

    /// The text of unit `i` folded to lower-case letters without marks (`Đảng` → `dang`,
    /// `TX.` → `tx.`).
    pub(crate) fn folded(&self, i: usize) -> Option<String> {
        self.unit(i).map(|x| crate::normalize::fold_lower(x.text))
    }

    /// Whether unit `i` folded (see [`Rules::folded`]) is `w`, a word in lower-case ASCII.
    pub(crate) fn folded_is(&self, i: usize, w: &str) -> bool {
        self.unit(i)
            .is_some_and(|x| crate::normalize::folds_to(x.text, w))
    }

    /// Whether unit `i` is a level that takes a place's name after it, written out or short
    /// with its dot (`huyện`, `tỉnh`, `TX.`, `Q.1`); not `Đảng`, `Trung ương`, `nước`.
    pub(crate) fn place_level(&self, i: usize) -> bool {
        self.folded(i)
            .is_some_and(|l| takes_place(l.split('.').next().unwrap_or("")))
    }

    /// Whether unit `i` ends a noun of two words of [`NAME_PAIRS`] (`Dự báo`, `hàng không`).
    fn ends_noun(&self, i: usize) -> bool {
        i > 0
            && self.spaced(i)
            && self.canon(i).is_some_and(|b| {
                let a = self.canon(i - 1);
                NAME_PAIRS.iter().any(|&(x, y)| y == b && a == Some(x))
            })
    }

    /// Whether unit `i` starts a noun of two words of [`NAME_PAIRS`] whose first word is
    /// also a function word or a verb (`trong nước`, domestic; `không gian`, space; `dự
    /// phòng`, preventive).
    fn starts_noun(&self, i: usize) -> bool {
        self.canon(i).is_some_and(|a| {
            self.spaced(i + 1)
                && self
                    .canon(i + 1)
                    .is_some_and(|b| NAME_PAIRS.iter().any(|&(x, y)| x == a && y == b))
        })
    }

    /// The end of a steering board's task in lower case at `k`, to the clause's end: `Ban
    /// Chỉ đạo quốc gia phòng chống dịch tả lợn châu Phi,`, `Ban chỉ đạo phòng, chống dịch
    /// COVID-19.` (prevention and control, then what: words in lower case, a code, a listed
    /// place). `None` when the task goes on to a level or a body, which the field's own
    /// reading takes (`Ban Chỉ đạo phòng chống thiên tai tỉnh`).
    fn board_task(&self, k: usize) -> Option<usize> {
        let steer =
            |e: usize| e >= 2 && self.folded_is(e - 2, "chi") && self.folded_is(e - 1, "dao");
        // (Maybe a national or central one: `Ban Chỉ đạo quốc gia`, `Ban Chỉ đạo Trung ương`.)
        let k = if steer(k)
            && ((self.canon(k) == Some("quốc") && self.canon(k + 1) == Some("gia"))
                || (self.folded_is(k, "trung") && self.folded_is(k + 1, "uong")))
        {
            k + 2
        } else {
            k
        };
        let national = k >= 4
            && steer(k - 2)
            && ((self.canon(k - 2) == Some("quốc") && self.canon(k - 1) == Some("gia"))
                || (self.folded_is(k - 2, "trung") && self.folded_is(k - 1, "uong")));
        if !(self.canon(k) == Some("phòng") || self.folded_is(k, "chong"))
            || !self.spaced(k)
            || !(steer(k) || national)
        {
            return None;
        }
        let mut m = k;
        while m < k + 14 {
            let x = self.unit(m)?;
            if self.prevention_comma(m) {
                m += 1;
                continue;
            }
            if matches!(x.text, "," | ";" | "." | ")" | "(") {
                break;
            }
            if m > k && !self.spaced(m) && x.text != "-" && x.kind != TokenKind::Number {
                return None;
            }
            if let Some((e, _)) = self.h.longest(m, EntryKind::Place).filter(|_| m > k + 1) {
                m = e;
                continue;
            }
            // (The board's level: `Ban Chỉ đạo phòng, chống tham nhũng cấp tỉnh`.)
            if m > k + 1
                && self.canon(m) == Some("cấp")
                && self.spaced(m + 1)
                && self.h.kinds_at(m + 1) & bit(EntryKind::Level) != 0
            {
                m += 2;
                continue;
            }
            let lower_word = x.key.is_some() && !x.capitalized() && !stop_key(x.key?);
            let code = x.kind == TokenKind::Code
                || (x.all_caps() && x.kind != TokenKind::Syllable && m > k + 1);
            if !(lower_word || code || (x.text == "-" && m > k + 1) || x.kind == TokenKind::Number)
                || (self.h.kinds_at(m) & (bit(EntryKind::Level) | bit(EntryKind::Org)) != 0
                    && self.canon(m) != Some("phòng"))
            {
                // (Or its level and place after a code the field's own reading stops at:
                // `phòng, chống dịch COVID-19 tỉnh`.)
                return (m > k + 2 && self.unit(m - 1).is_some_and(|x| x.kind == TokenKind::Code))
                    .then(|| self.level_place(m))
                    .flatten();
            }
            m += 1;
        }
        (m > k + 2
            && self
                .unit(m)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "(")))
        .then_some(m)
    }

    /// Whether the comma at `i` is the one of `phòng, chống` (prevention and control) or of
    /// `thi đua, khen thưởng` (emulation and rewards) or of `tham nhũng, lãng phí, tiêu cực`
    /// (corruption, waste and wrongdoing), inside a body's name (`Cục Quản lý đê điều và
    /// phòng, chống thiên tai`,
    /// `Hội đồng thi đua, khen thưởng tỉnh`).
    fn prevention_comma(&self, i: usize) -> bool {
        i > 0
            && self.text_at_is(i, ",")
            && match (self.canon(i - 1), self.canon(i + 1)) {
                (Some("phòng"), Some("chống")) => true,
                (Some("đua"), Some("khen")) => {
                    i > 1 && self.canon(i - 2) == Some("thi") && self.canon(i + 2) == Some("thưởng")
                }
                (Some("nhũng"), Some("tiêu")) => {
                    i > 1 && self.canon(i - 2) == Some("tham") && self.canon(i + 2) == Some("cực")
                }
                // (`phòng, chống tham nhũng, lãng phí, tiêu cực`: corruption, waste and
                // wrongdoing, as the steering committees are named since 2024.)
                (Some("nhũng"), Some("lãng")) => {
                    i > 1 && self.canon(i - 2) == Some("tham") && self.canon(i + 2) == Some("phí")
                }
                (Some("phí"), Some("tiêu")) => {
                    i > 1 && self.canon(i - 2) == Some("lãng") && self.canon(i + 2) == Some("cực")
                }
                // (`Vụ Giải quyết khiếu nại, tố cáo khu vực 2`: complaints and denunciations.)
                (Some("nại"), Some("tố")) => {
                    i > 1 && self.canon(i - 2) == Some("khiếu") && self.canon(i + 2) == Some("cáo")
                }
                // (`Phòng Quản lý cảng hàng không, sân bay`: airports and airfields.)
                (Some("không"), Some("sân")) => {
                    i > 1 && self.canon(i - 2) == Some("hàng") && self.canon(i + 2) == Some("bay")
                }
                // (`Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng`: fire prevention and
                // fighting.)
                (Some("cháy"), Some("chữa")) => {
                    i > 1 && self.canon(i - 2) == Some("phòng") && self.canon(i + 2) == Some("cháy")
                }
                // (`Ban Bồi thường, giải phóng mặt bằng`: compensation and site clearance.)
                (Some("thường"), Some("giải")) => {
                    i > 1 && self.canon(i - 2) == Some("bồi") && self.canon(i + 2) == Some("phóng")
                }
                _ => false,
            }
    }

    /// Whether unit `k` is a word of two to six capitals that no list holds, a disease's or
    /// a trade's short name inside a field in lower case (`AIDS`, `IUU`).
    fn caps_field_word(&self, k: usize) -> bool {
        self.unit(k).is_some_and(|x| {
            matches!(x.kind, TokenKind::Word | TokenKind::Abbreviation)
                && (2..=6).contains(&x.text.len())
                && x.text.bytes().all(|b| b.is_ascii_uppercase())
        }) && self.h.kinds_at(k) == 0
    }

    /// Whether unit `k` is a slash touching a word on each side (`da cam/dioxin`,
    /// `HIV/AIDS`): one field named two ways, not numbers (`số 12/2024`).
    fn slash_join(&self, k: usize) -> bool {
        let word = |m: usize| {
            self.unit(m).is_some_and(|x| {
                matches!(
                    x.kind,
                    TokenKind::Syllable | TokenKind::Word | TokenKind::Abbreviation
                )
            })
        };
        // (Or a hyphen inside a loanword in lower case: `thị trường các-bon`.)
        let hyphen = || {
            self.text_at_is(k, "-")
                && [k - 1, k + 1].iter().all(|&m| {
                    self.unit(m)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                })
        };
        k > 0
            && (self.text_at_is(k, "/") || hyphen())
            && self.unit(k).is_some_and(|x| x.gap == Gap::None)
            && self.unit(k + 1).is_some_and(|x| x.gap == Gap::None)
            && word(k - 1)
            && word(k + 1)
    }

    /// Whether the profession at `e` (listed entry `n`, ending at `he`) right after a
    /// delegation's or a team's head (`đoàn`, `tổ`) names its members, the body it comes
    /// from after it, not a name: `Trưởng đoàn chuyên gia JICA`, `Trưởng đoàn chuyên gia
    /// Nhật Bản`, `Tổ trưởng tổ chuyên gia Bộ Y tế`.
    #[cold]
    fn group_members(&self, e: usize, he: usize, n: u32) -> bool {
        const BODY: u32 = bit(EntryKind::Org)
            | bit(EntryKind::Level)
            | bit(EntryKind::Place)
            | bit(EntryKind::PlaceWord);
        e > 0
            && matches!(self.canon(e - 1), Some("đoàn" | "tổ"))
            && self.note(n).starts_with("profession")
            && self.unit(e).is_some_and(|x| !x.capitalized())
            && self.unit(he).is_some_and(|x| {
                x.capitalized()
                    && !self.h.is(he, EntryKind::Surname)
                    && (x.kind == TokenKind::Abbreviation || self.h.kinds_at(he) & BODY != 0)
            })
    }

    /// A body's name written in lower case after its head, as names are in running text
    /// (`Trung tâm dịch vụ bán đấu giá tài sản`, `Đội tham mưu`, `Cục Quản lý đăng ký kinh
    /// doanh`): up to sixteen syllables, ending before a verb, a function word or a word of
    /// time, a level, a role, a title's modifier or punctuation; capitalized words that go on
    /// (`Khách hàng Doanh nghiệp lớn`) are read on, a person's name is not.
    fn lower_name(&self, k: usize) -> Option<usize> {
        let mut e = k;
        loop {
            if e > k && self.prevention_comma(e) {
                e += 2;
                continue;
            }
            // (`… phòng, chống thiên tai và tìm kiếm cứu nạn`: search and rescue, a field of
            // the disaster boards, though `tìm` alone is a verb.)
            if e > k
                && self.canon(e) == Some("và")
                && (e + 1..e + 5)
                    .map(|m| self.folded(m))
                    .eq(["tim", "kiem", "cuu", "nan"].map(|w| Some(w.into())))
            {
                e += 5;
                continue;
            }
            // (A spaced dash between two fields in lower case: `Dự báo kinh tế - xã hội quốc
            // gia`, `Chính sách kinh tế - tài chính`.)
            if e > k && self.lower_dash(e) {
                e += 1;
                continue;
            }
            // (Two words joined by a slash, touching both: `Hội Nạn nhân chất độc da
            // cam/dioxin`.)
            if self.slash_join(e) {
                e += 2;
                continue;
            }
            if !(e < k + 16 && self.spaced(e)) {
                break;
            }
            // (Not `lần đầu`, for the first time: `là Bí thư Trung ương Đảng lần đầu.`)
            // (Nor `đầu tiên`, the first one: `tổ trưởng tổ hòa giải đầu tiên của xã`.)
            // (Nor `lần thứ`, an event's ordinal: `Hội nghị Hiệu trưởng các trường đại học
            // ngoài công lập lần thứ 8`.)
            // (Nor a verb and `ra`, its direction, which no name's word takes: `Hội nghị Hiệu
            // trưởng các trường đại học toàn quốc diễn ra`, `xảy ra`, `đưa ra`.)
            if self.canon_pair(e, "lần", "đầu")
                || self.canon_pair(e, "đầu", "tiên")
                || (self.canon(e + 1) == Some("ra")
                    && self.spaced(e + 1)
                    && self.unit(e).is_some_and(|x| !x.capitalized()))
                || (e > k && self.canon(e) == Some("lần") && self.folded_is(e + 1, "thu"))
            {
                break;
            }
            // (`nước ngoài`, foreign, inside the field, not the level `nước`: `phòng Xử lý
            // phòng vệ thương mại nước ngoài`; not first, `đại biểu nước ngoài`.)
            if self.canon_pair(e, "nước", "ngoài")
                && (e > k
                    || (k > 0
                        && self
                            .unit(k - 1)
                            .is_some_and(|x| x.key.is_some() && !x.capitalized())
                        && self.h.ends_at(k, EntryKind::Role, 4).is_none()))
            {
                e += 2;
                continue;
            }
            // (A unit's number inside: `Đội Kiểm tra thuế số 3 Chi cục Thuế …`.)
            if e > k && self.canon(e) == Some("số") && self.small_number(e + 1, 3) {
                e += 2;
                continue;
            }
            let Some(x) = self.unit(e) else { break };
            // A form of address before a name ends the body's (`… ông Nguyễn Văn A`); a
            // profession inside it does not (`Hội doanh nhân tư nhân Việt Nam`), nor an honour
            // in lower case at the field's end, the people the body serves (`Trung tâm Giám
            // định gen liệt sĩ,`).
            let address = || {
                // (`trẻ em`, children, is a noun: `Ủy ban Quốc gia về trẻ em".`)
                !(e > k && self.canon_pair(e - 1, "trẻ", "em"))
                    && self
                        .h
                        .longest(e, EntryKind::Honorific)
                        .is_some_and(|(he, n)| {
                            let honour_in_field = e > k
                                && !self.unit(e).is_some_and(Unit::capitalized)
                                && self.note(n).starts_with("honour");
                            // (Nor a profession in lower case that ends the field before
                            // punctuation, no name after it: `Hội đồng trọng tài,`.)
                            // (Nor before the contest or the award it judges: `Trưởng Ban
                            // giám khảo Giải thưởng Loa Thành`, `… cuộc thi …`.)
                            let profession_ends = !self.unit(e).is_some_and(Unit::capitalized)
                                && self.note(n).starts_with("profession")
                                && (self
                                    .unit(he)
                                    .is_some_and(|x| x.kind == TokenKind::Punctuation)
                                    || (self.spaced(he)
                                        && (self.folded_is(he, "giai")
                                            || (matches!(
                                                self.folded(he).as_deref(),
                                                Some("cuoc" | "hoi")
                                            ) && self.folded_is(he + 1, "thi"))
                                            || (self.folded_is(he, "lien")
                                                && self.folded_is(he + 1, "hoan")))));
                            if profession_ends || (e == k && self.group_members(e, he, n)) {
                                return false;
                            }
                            self.unit(he).is_none_or(|x| {
                                x.capitalized() || !(self.spaced(he) || honour_in_field)
                            })
                        })
            };
            // `Hội người cao tuổi`, `Liên hiệp Hội người Việt Nam`: `người` names the members
            // of an association, not someone after it.
            let members = e == k
                && self.canon(e) == Some("người")
                && e > 0
                && self.canon(e - 1) == Some("hội");
            // (`Hội Bảo trợ người khuyết tật và trẻ mồ côi`, `Quỹ Hỗ trợ người nghèo`: the
            // people a body serves, `người` then a word in lower case that is no verb.)
            let members = members || (e > k && self.people_served(e));
            // (A listed abbreviation of a field inside the lower-case words, no body: `Ban Chỉ
            // đạo thi tốt nghiệp THPT tỉnh`, `Phòng Quản lý giáo dục THCS`.)
            // (Or a disease's or a trade's in capitals that no list holds: `Ban chỉ đạo phòng,
            // chống AIDS tỉnh`, `Ban chỉ đạo chống khai thác IUU`.)
            let field = e > k
                && ((x.kind == TokenKind::Abbreviation
                    && self.h.kinds_at(e) & bit(EntryKind::Abbreviation) != 0)
                    || self.caps_field_word(e))
                && self.h.kinds_at(e) & (bit(EntryKind::Org) | bit(EntryKind::Level)) == 0
                && self
                    .unit(e - 1)
                    .is_some_and(|p| p.key.is_some() && !p.capitalized());
            if field {
                e += 1;
                continue;
            }
            // (A listed name in lower case that is no verb, whole: `Trung tâm Điều dưỡng người
            // có công tỉnh`, whose `có` would end it.)
            if let Some(ne) = self.lower_listed_name(e) {
                e = ne;
                continue;
            }
            // (A loanword in lower case inside the field, after a word of the name: `Trung
            // tâm Phân tích gen`, `Trung tâm Giám định gen liệt sĩ`, `Phòng xét nghiệm virus`.)
            let loanword = e > 0
                && x.kind == TokenKind::Word
                && (2..=12).contains(&x.text.len())
                && x.text.bytes().all(|b| b.is_ascii_lowercase())
                && self
                    .unit(e - 1)
                    .is_some_and(|p| p.key.is_some() && (e == k || !p.capitalized()));
            if loanword {
                e += 1;
                continue;
            }
            if x.key.is_none()
                || self.school_at(e)
                || (self.stops_name(e)
                    // (`và` first too after a place's kind in lower case, the field going on:
                    // `Ban Quản lý các khu công nghiệp và chế xuất Hà Nội`.)
                    // (Or after a listed field that ends in lower case: `Cục Công nghiệp công
                    // nghệ thông tin và truyền thông`.)
                    && !((e > k
                        || self.h.ends_at(k, EntryKind::PlaceWord, 3).is_some()
                        || (k > 0
                            && self.unit(k - 1).is_some_and(|x| !x.capitalized())
                            && self.h.ends_at(k, EntryKind::Name, 6).is_some()))
                        && self.and_lower(e))
                    && !members)
                || self.reporting_verb(e)
                || self.person_name_at(e)
                || self.ends_name_kinds(e) & (ENDS_NAME | bit(EntryKind::Place)) & !MODIFIER != 0
                    // (`điều hành` after a body's word is its field, run, not a holder's duty:
                    // `Trung tâm Quản lý điều hành giao thông đô thị`.)
                    && !(self.folded_is(e, "dieu")
                        && self.folded_is(e + 1, "hanh")
                        && self.h.ends_at(e, EntryKind::Role, 4).is_none())
                    // (Nor a role's words that no title starts in lower case: `Phái đoàn đại
                    // diện thường trực Việt Nam`.)
                    && !self.h.longest(e, EntryKind::NotTitle).is_some_and(|(_, n)| {
                        self.note(n).contains("lower start") && !x.capitalized()
                    })
                || self.modifier_of_next(e)
                || address()
            {
                break;
            }
            // A capitalized word starts the next body (`Trung tâm ... Bộ Công an`), but for
            // `Phòng, chống` (`Cục Quản lý đê điều và Phòng, chống thiên tai`).
            if x.capitalized()
                && (self.h.longest(e, EntryKind::Org).is_some() || e == k)
                && !self.prevention_comma(e + 1)
            {
                break;
            }
            e += 1;
        }
        (e > k).then_some(e)
    }

    /// An event's name at `k` after a board that steers or organises it, capitalized (see
    /// [`Rules::event_name`] for one closed by punctuation): its kind (`Năm`, `Festival`, `Lễ
    /// hội`, `Liên hoan`, `Hội chợ`, `Tuần lễ`, `Hội thi`, `Hội diễn`, `Giải`, `Ngày hội`,
    /// `Triển lãm`), its name in capitals and a few words in lower case, maybe its year; where
    /// it ends, at the clause's end or before what the board's head says or does.
    fn board_event(&self, k: usize) -> Option<usize> {
        const KINDS: [&[&str]; 11] = [
            &["nam"],
            &["festival"],
            &["le", "hoi"],
            &["lien", "hoan"],
            &["hoi", "cho"],
            &["tuan", "le"],
            &["hoi", "thi"],
            &["hoi", "dien"],
            &["giai"],
            &["ngay", "hoi"],
            &["trien", "lam"],
        ];
        if !self.unit(k).is_some_and(Unit::capitalized) || !self.spaced(k) {
            return None;
        }
        // (`Năm`, a year's campaign, not `Nam`: `Hội đồng Quản hạt Nam Kỳ năm 1939`.)
        let kind = KINDS.iter().find(|w| {
            w.iter()
                .enumerate()
                .all(|(m, word)| (m == 0 || self.spaced(k + m)) && self.folded_is(k + m, word))
                && (w.len() > 1 || w[0] != "nam" || self.canon(k) == Some("năm"))
        })?;
        let mut e = k + kind.len();
        // (A kind of two words alone, then the clause's end: `Trưởng Ban tổ chức Lễ hội -`.)
        if kind.len() == 2
            && self
                .unit(e)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "-" | "–"))
        {
            return Some(e);
        }
        // Its own name, in capitals (`Du lịch`, `Thu Hà Nội`), then words in lower case.
        let run = self.capitalized_run(e, 5);
        if run == e || !self.spaced(e) {
            return None;
        }
        e = run;
        if self.spaced(e)
            && let Some(m) = self.lower_name(e).filter(|&m| m <= e + 4)
        {
            e = m;
        }
        // Its year: `2025`, `năm 2024`.
        let year = |m: usize| {
            self.spaced(m)
                && self.unit(m).is_some_and(|x| {
                    x.kind == TokenKind::Number
                        && x.text.len() == 4
                        && x.text.bytes().all(|b| b.is_ascii_digit())
                })
        };
        if year(e) {
            e += 1;
        } else if self.folded_is(e, "nam") && year(e + 1) {
            e += 2;
        }
        let ends = self
            .unit(e)
            .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "-" | "–" | ":"))
            || self.says_at(e)
            || self.stop_word(e)
            || self.speech_verb(e);
        ends.then_some(e)
    }

    /// Whether `trường` at `k` starts a school, its kind abbreviated or listed after it
    /// (`trường THPT chuyên Lê Quý Đôn`, `trường tiểu học Võ Thị Sáu`): after a youth union,
    /// `Đoàn trường …`, `Chi đoàn trường …`, a body of its own, not a word of the union's name.
    fn school_at(&self, k: usize) -> bool {
        self.canon(k) == Some("trường")
            && self.spaced(k + 1)
            && (self.unit(k + 1).is_some_and(|x| {
                x.all_caps() && self.h.kinds_at(k + 1) & bit(EntryKind::Abbreviation) != 0
            }) || self
                .h
                .longest(k + 1, EntryKind::Name)
                .is_some_and(|(_, note)| self.note(note) == "Trường"))
    }

    /// Whether units `k` and `k + 1` are a unit in lower case (`bệnh viện`, `nhà trường`,
    /// `công ty`, `cơ quan`) right after a Party committee or cell or a union (`Đảng ủy`,
    /// `Chi bộ`, `Đảng bộ`, `Công đoàn`, `Chi đoàn`), then the clause's end: the one the
    /// committee is of (`Bí thư Đảng ủy bệnh viện.`), or its holder's name; or `trường`
    /// alone, the school (`Bí thư Đảng ủy trường giai đoạn 2010-2015`). Its length.
    fn own_unit_of_cell(&self, k: usize) -> Option<usize> {
        let pair = |m: usize, a: &str, b: &str| self.folded_is(m, a) && self.folded_is(m + 1, b);
        if !(k >= 2
            && self.spaced(k)
            && (pair(k - 2, "dang", "uy")
                || pair(k - 2, "dang", "bo")
                || pair(k - 2, "chi", "bo")
                || pair(k - 2, "cong", "doan")
                || pair(k - 2, "chi", "doan")))
        {
            return None;
        }
        let n = if self.spaced(k + 1)
            && (pair(k, "benh", "vien")
                || pair(k, "nha", "truong")
                || pair(k, "cong", "ty")
                || pair(k, "co", "quan"))
        {
            2
        } else if self.canon(k) == Some("trường") {
            1
        } else {
            return None;
        };
        let e = k + n;
        (self
            .unit(e - 1)
            .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && (self
                .unit(e)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                // (Or its holder's name: `Bí thư Đảng ủy cơ quan Nguyễn Văn A phát biểu`.)
                || (self.spaced(e) && self.person_name_at(e))
                // (Or its term: `nhiệm kỳ 2020-2025`, `giai đoạn 2010-2015`.)
                || (self.spaced(e) && self.term(e).is_some())))
        .then_some(n)
    }

    /// Whether `cơ quan` at `k`, in lower case, and a body's name after it are the agency
    /// whose Party cell, committee or union the body before is: `Chi bộ cơ quan Hội`, `Đảng
    /// ủy cơ quan Sở Y tế`, `Công đoàn cơ quan UBND huyện`.
    fn agency_at(&self, k: usize) -> bool {
        self.canon_pair(k, "cơ", "quan")
            && self.spaced(k + 2)
            && self.unit(k + 2).is_some_and(Unit::capitalized)
            && self.h.kinds_at(k + 2)
                & (bit(EntryKind::Org) | bit(EntryKind::Abbreviation) | bit(EntryKind::Level))
                != 0
    }

    /// Whether a firm's head in lower case at `k` (`ngân hàng`, `công ty`, `tập đoàn`) and
    /// its name in capitals follow a board written short: `Chủ tịch HĐQT ngân hàng
    /// Vietcombank`, `Chủ tịch HĐTV tập đoàn Dầu khí`. (Or the firm's head alone, the firm
    /// named before, then a word in lower case or punctuation: `Chủ tịch HĐQT công ty trong
    /// giai đoạn …`.)
    fn board_firm_at(&self, k: usize) -> bool {
        k > 0
            && self
                .unit(k - 1)
                .is_some_and(|x| matches!(x.text, "HĐQT" | "HĐTV"))
            && self.h.longest(k, EntryKind::Org).is_some_and(|(e, n)| {
                e >= k + 2
                    && self.note(n) == "name"
                    && (self.unit(e).is_none_or(|x| !x.capitalized())
                        || (self.spaced(e)
                            && self.unit(e).is_some_and(Unit::capitalized)
                            && !self.person_name_at(e)))
            })
    }

    /// The end of a listed name of two words or more at `e`, all in lower case and no verb
    /// (`người có công`), which a body's name takes whole.
    fn lower_listed_name(&self, e: usize) -> Option<usize> {
        let (ne, n) = self.h.longest(e, EntryKind::Name)?;
        (ne > e + 1
            && !self.note(n).ends_with("verb")
            && (e..ne).all(|m| {
                self.spaced(m)
                    && self
                        .unit(m)
                        .is_some_and(|y| y.key.is_some() && !y.capitalized())
            }))
        .then_some(ne)
    }

    /// `Ban QLDA 85 đề nghị`: a body's name that is one acronym at `k` (ending at `e`), then
    /// its number of up to three digits before a verb, a function word, a capital or the
    /// clause's end; the end of the number.
    fn numbered_acronym(&self, k: usize, e: usize) -> Option<usize> {
        (e == k + 1
            && self.unit(k).is_some_and(Unit::all_caps)
            && self.small_number(e, 3)
            && self
                .unit(e + 1)
                .is_none_or(|x| x.key.is_none() || x.capitalized() || self.stops_name(e + 1)))
        .then_some(e + 1)
    }

    /// Whether unit `k`, after a space, is a number of at most `digits` digits (`số 1`, `cơ
    /// sở 2`).
    fn small_number(&self, k: usize, digits: usize) -> bool {
        self.spaced(k)
            && self.unit(k).is_some_and(|x| {
                x.kind == TokenKind::Number
                    && x.text.len() <= digits
                    && x.text.bytes().all(|b| b.is_ascii_digit())
            })
    }

    /// Whether unit `e` is a dash with spaces round it between two words in lower case of
    /// a body's name (`kinh tế - xã hội`), the second no function word or verb.
    fn lower_dash(&self, e: usize) -> bool {
        let lower = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
        };
        self.unit(e)
            .is_some_and(|x| x.is_dash() && x.gap == Gap::Space)
            && lower(e - 1)
            && self.spaced(e + 1)
            && lower(e + 1)
            && !self.stops_name(e + 1)
            && self.h.kinds_at(e + 1) & (bit(EntryKind::Honorific) | bit(EntryKind::Generic)) == 0
            // (Nor the verb after an apposition the dash closes: `do ông A - …, Trưởng Ban
            // Chỉ huy - chủ trì`.)
            && !self.speech_verb_pair(e + 1)
            && !self.says_at(e + 1)
            // (Nor the dash that closes an apposition a dash opened after a name with its
            // form of address, no other dash after it in the clause: `ông Đinh Văn Khởi - Phó
            // Giám đốc Sở Tài chính - thông tin.`; not `… dự án kinh tế - xã hội tỉnh - được`.)
            && !(self.closing_dash_after(e + 1).is_none()
                && (e.saturating_sub(14)..e).rev().any(|d| {
                d > 0
                    && self.unit(d).is_some_and(|x| x.is_dash() && x.gap == Gap::Space)
                    && self.unit(d - 1).is_some_and(Unit::capitalized)
                    && (d.saturating_sub(5)..d).any(|m| {
                        self.h
                            .longest(m, EntryKind::Honorific)
                            .is_some_and(|(he, _)| he < d && self.capitalized_run(he, 5) == d)
                    })
                }))
    }

    /// The next spaced dash from unit `k` within the clause (before a comma, a stop or a
    /// bracket), at most twelve units on.
    fn closing_dash_after(&self, k: usize) -> Option<usize> {
        (k..k + 12)
            .take_while(|&m| {
                self.unit(m)
                    .is_some_and(|x| !matches!(x.text, "," | "." | ";" | ":" | "(" | ")"))
            })
            .find(|&m| {
                self.unit(m)
                    .is_some_and(|x| x.is_dash() && x.gap == Gap::Space)
            })
    }

    /// The kinds of the entries at `e`, less the level of `xã` in `xã hội` (society: `Trường
    /// Đại học Khoa học xã hội và nhân văn`).
    fn ends_name_kinds(&self, e: usize) -> u32 {
        let kinds = self.h.kinds_at(e);
        // (`thôn` in `nông thôn`, the countryside, carries no level from the look-up on:
        // `Hits::find`.)
        if self.ends_noun(e) {
            // (The second word of a noun of two: `tài nguyên`, resources, no modifier.)
            kinds & !(bit(EntryKind::Modifier) | bit(EntryKind::Level))
        } else if self.canon(e) == Some("xã")
            && self.canon(e + 1) == Some("hội")
            && self.spaced(e + 1)
        {
            kinds & !bit(EntryKind::Level)
        } else if kinds & bit(EntryKind::Modifier) != 0 && self.starts_noun(e) {
            // (The first word of a noun of two: `Nguyên tử`, the atom, no modifier: `Cơ quan
            // Năng lượng Nguyên tử Quốc tế`.)
            kinds & !bit(EntryKind::Modifier)
        } else {
            kinds
        }
    }

    pub(crate) fn note(&self, n: u32) -> &str {
        self.lex.note(n)
    }

    /// `Hiệp hội các trường đại học, cao đẳng Việt Nam`, `Đảng ủy Khối các trường đại học,
    /// cao đẳng Hà Nội`: a comma at `k` inside a body named by the kinds of its members (after
    /// `các` in the name from `j`), then one more kind in lower case (one or two words) and the
    /// body's place, to the clause's end: the end of that place.
    fn members_comma(&self, k: usize, j: usize) -> Option<usize> {
        if !self.text_at_is(k, ",") || !(j..k).any(|m| self.canon(m) == Some("các")) {
            return None;
        }
        let lower = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
                && !self.stops_name(m)
        };
        (k + 2..=k + 3).find_map(|p| {
            ((k + 1..p).all(lower) && self.spaced(p))
                .then(|| self.h.longest(p, EntryKind::Place))
                .flatten()
                .map(|(e, _)| e)
                .filter(|&e| {
                    self.unit(e).is_none_or(|x| {
                        matches!(x.text, "," | ";" | "." | ")" | "(")
                            || (x.is_dash() && self.spaced(e) && self.spaced(e + 1))
                    })
                })
        })
    }

    /// Whether a title's modifier at `e` qualifies a title that follows it (`… kiêm Chủ
    /// tịch`, `nguyên Giám đốc`) or comes after one (`dự khuyết`): not a word of a body's
    /// name that only looks like one (`Liên đoàn quyền anh thế giới`: boxing, not acting).
    fn modifier_of_next(&self, e: usize) -> bool {
        let Some((me, n)) = self.h.longest(e, EntryKind::Modifier) else {
            return false;
        };
        // (Not the end of a noun: `Trung tâm Đổi mới sáng tạo`, innovation, not new.)
        if me == e + 1 && self.ends_noun(e) {
            return false;
        }
        self.note(n) != "before"
            || !self
                .unit(me)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            || self.h.kinds_at(me)
                & (bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Rank))
                != 0
    }

    /// Whether the word at `e`, a modifier (`tân`, new), is a capitalized word of the proper
    /// name started at `k` (`Trường Đại học Duy Tân`): after another capitalized word of it
    /// and before no title.
    fn modifier_in_name(&self, k: usize, e: usize) -> bool {
        e > k
            && self.ends_name_kinds(e) & ENDS_NAME == MODIFIER
            && self
                .unit(e)
                .is_some_and(|x| x.key.is_some() && x.capitalized())
            && self
                .unit(e - 1)
                .is_some_and(|x| x.key.is_some() && x.capitalized())
            && !(self.spaced(e + 1)
                && self.h.kinds_at(e + 1)
                    & (bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Rank))
                    != 0)
    }

    /// Whether the role that ends at `e` ends in `phó` that is the prefix of a role right
    /// after it (`Vụ Phó GĐ`: `Phó GĐ`, not `Vụ phó`).
    fn deputy_of_next(&self, e: usize) -> bool {
        e >= 1
            && self.h.kinds_at(e - 1) & bit(EntryKind::Prefix) != 0
            && self.h.is(e - 1, EntryKind::Prefix)
            && self.spaced(e)
            && self.h.kinds_at(e) & bit(EntryKind::Role) != 0
    }

    fn unit(&self, i: usize) -> Option<&Unit<'_>> {
        self.u.get(i)
    }

    /// Whether unit `i` follows the one before with spaces only (no punctuation between; a
    /// line break inside the sentence counts as a space).
    pub(crate) fn spaced(&self, i: usize) -> bool {
        // (A line break inside a sentence is a space: a hard-wrapped line goes on in lower
        // case, `Chủ tịch UBND` / `tỉnh Lạng Sơn`.)
        // (So is the dot of an abbreviation that a name touches: `Công an TP.Đà Nẵng`.)
        self.unit(i).is_some_and(|x| {
            x.gap == Gap::Space
                || (i > 0 && x.gap == Gap::Line)
                || (x.gap == Gap::None
                    && x.capitalized()
                    && i.checked_sub(1)
                        .and_then(|p| self.unit(p))
                        .is_some_and(|p| {
                            p.kind == TokenKind::Abbreviation && p.text.ends_with('.')
                        }))
        })
    }

    /// Every title of the sentence, leftmost first.
    pub(crate) fn find(&self, out: &mut Vec<Found>) {
        // A title starts with a modifier, a prefix, a role or a rank: a sentence with none of
        // them (most sentences) has no title.
        const STARTS: u32 = bit(EntryKind::Modifier)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Role)
            | bit(EntryKind::Rank);
        // (Or `Thường vụ`: [`Rules::standing_member`].)
        if !self.h.any(STARTS | bit(EntryKind::Suffix)) {
            return;
        }
        let mut i = 0;
        while i < self.u.len() {
            // `Đoàn Chủ tịch`, `Phủ Chủ tịch`: no title starts inside.
            if let Some(e) = self.not_title_at(i) {
                i = e;
                continue;
            }
            if self.h.kinds_at(i) & (STARTS | bit(EntryKind::Suffix)) == 0 {
                i += 1;
                continue;
            }
            // (Nor inside a body's listed name, its head read with no office before it:
            // `đoàn nghị sĩ Liên minh Nghị sĩ hữu nghị Nhật - Việt`.)
            if let Some(e) = self.org_around(i, out.last().map_or(0, |t| t.end)) {
                i = e;
                continue;
            }
            let found = self
                .at(i)
                .or_else(|| self.list_item(i, out.last()))
                .or_else(|| self.standing_member(i, out.last()));
            match found {
                Some(mut t) => {
                    // `Đại biểu Quốc hội (ĐBQH) Tạ Văn Hạ`: the abbreviation in brackets after
                    // a title defines it; it is no other title.
                    let defines = t.end == t.start + 1
                        && t.start > 0
                        && self.text_at_is(t.start - 1, "(")
                        && self.text_at_is(t.end, ")")
                        && out.last().is_some_and(|p| p.end + 1 == t.start);
                    if defines {
                        i = t.end;
                        continue;
                    }
                    if self.ends_a_name(&t) {
                        i = t.end;
                        continue;
                    }
                    // (Nor a role's word in lower case that a duty takes as its field: `Bí
                    // thư thứ hai phụ trách lãnh sự Đại sứ quán Việt Nam tại Ai Cập`.)
                    if t.start >= 2
                        && t.mods.is_empty()
                        && self.unit(t.start).is_some_and(|x| !x.capitalized())
                        && self.canon(t.start - 1) == Some("trách")
                        && self.canon(t.start - 2) == Some("phụ")
                    {
                        i = t.end;
                        continue;
                    }
                    if !t.generic && self.names_a_meeting(&t) {
                        i = t.end;
                        continue;
                    }
                    self.surname_not_body(&mut t);
                    self.name_goes_on_to_holder(&mut t);
                    self.level_or_body_apart(&mut t);
                    // `Các Đội trưởng, Phó Đội trưởng`: a title listed right after a generic
                    // one is generic too.
                    // (So is an office that generic holders are given: `do các Phó Chủ tịch
                    // UBND tỉnh làm tổ trưởng`, one for each.)
                    t.generic |= out.last().is_some_and(|p| {
                        p.generic
                            && p.end + 1 == t.start
                            && (self.text_at_is(p.end, ",")
                                || self.canon(p.end) == Some("và")
                                || (self.canon(p.end) == Some("làm")
                                    && p.start >= 2
                                    && self.canon(p.start - 1) == Some("các")
                                    && self.canon(p.start - 2) == Some("do")))
                    }) && !self.names_follow(t.end);
                    i = t.end;
                    out.push(t);
                }
                // (No title starts inside a rank read as none: `Khu lưu niệm Đại tướng Võ
                // Nguyên Giáp`, a memorial's name, holds no `tướng`.)
                None => {
                    i = self
                        .h
                        .longest(i, EntryKind::Rank)
                        .map_or(i + 1, |(e, _)| e.max(i + 1));
                }
            }
        }
        self.class_lists(out);
        self.shared_bodies(out);
        self.bodies_named_before(out);
        Self::apart_after_kiem(out);
        self.parents_after_comma(out);
        for k in 0..out.len() {
            let t = &out[k];
            if t.owner.is_none()
                && !t.generic
                && t.org.is_some_and(|(a, e)| e == t.end && e <= a + 4)
            {
                out[k].owner = self
                    .seat_of_subject(out, k)
                    .or_else(|| self.written_out_before(out, k));
            }
        }
    }

    /// `Ông A, Phó Chủ tịch UBND tỉnh Sóc Trăng, được bầu làm Chủ tịch UBND tỉnh`, `Phó
    /// Chủ tịch HĐQT Tổng công ty Bảo hiểm Bảo Việt, được bầu giữ chức Chủ tịch HĐQT`: a
    /// body written short (its level, a board) that the sentence wrote out before, in an
    /// earlier title's body (at its start or inside it) or as a body of its own, the same
    /// words and then its place, its firm or its number, is that body: the rest, before its
    /// term, as the title's owner. Not a country's; one body of that kind only: two written
    /// out differently give none.
    #[cold]
    fn written_out_before(&self, out: &[Found], k: usize) -> Option<(usize, usize)> {
        let t = &out[k];
        let (a, e) = t.org?;
        let n = e - a;
        // (One word only if an abbreviation in capitals: `HĐQT`, `UBND`; not a bare head,
        // `Sở`, which [`Rules::head_named_before`] reads.)
        if t.generic
            || t.org_apart.is_some()
            || t.parent.is_some()
            || (n == 1
                && !self.unit(a).is_some_and(|x| {
                    x.text.chars().nth(1).is_some() && x.text.chars().all(|c| c.is_uppercase())
                }))
        {
            return None;
        }
        // (Its words, an abbreviation's as written: `UBND tỉnh`.)
        let same_word = |p: usize, q: usize| match (self.unit(p), self.unit(q)) {
            (Some(x), Some(y)) => match (x.key, y.key) {
                (Some(p), Some(q)) => p == q,
                _ => x.text == y.text,
            },
            _ => false,
        };
        // (What a body at `c..d` (with its owner) has after the short one's words: its
        // place or its firm, capitalized or after its level, before its term.)
        let rest_of = |(c, d): (usize, usize), owner: Option<(usize, usize)>| {
            if !(0..n).all(|m| same_word(c + m, a + m)) {
                return None;
            }
            if d == c + n {
                return owner;
            }
            let r0 = c + n;
            // (Or its number: `Đảng ủy Quân khu 9, Phó Tư lệnh Quân khu`.)
            let more = |m: usize| {
                self.unit(m)
                    .is_some_and(|x| x.capitalized() || x.kind == TokenKind::Number)
                    || self.place_level(m)
            };
            if !more(r0) {
                return None;
            }
            let r1 = (r0 + 1..d)
                .find(|&m| self.body_term_at(m) || self.folded_is(m, "khoa"))
                .unwrap_or(d);
            // (Not a country's: the same office of two states is two, `Bộ trưởng Ngoại
            // giao Thái Lan … gửi thông điệp tới Bộ trưởng Ngoại giao Bùi Thanh Sơn`.)
            if (r0 + 1..=r1).any(|m| self.country_ends(m)) {
                return None;
            }
            Some((r0, r1))
        };
        let start = self.sentence_start(t.start);
        let within = |m: usize| out.iter().any(|f| f.start <= m && m < f.end);
        // (Written out in an earlier title, or as a body of its own: `Tỉnh ủy Lâm Đồng phân
        // công ông A, Phó Bí thư Tỉnh ủy`.)
        let found = out[..k]
            .iter()
            .filter(|f| f.start >= start && !f.generic)
            .filter_map(|f| {
                // (At the start of its body or inside it: `Ủy viên Ban Thường vụ Đảng ủy Quân
                // khu 9, Phó Tư lệnh Quân khu`.)
                let (c, d) = f.org?;
                let c = (c..=d.saturating_sub(n)).find(|&c| same_word(c, a))?;
                rest_of((c, d), f.owner.filter(|_| Some(c) == f.org.map(|o| o.0)))
            })
            .chain((start..t.start).filter_map(|s| {
                // (Cheap tests first: its words, then more of a name after them.)
                if !same_word(s, a)
                    || !self.unit(s).is_some_and(Unit::capitalized)
                    || s + n >= t.start
                    || !(1..n).all(|m| same_word(s + m, a + m))
                    || !(self
                        .unit(s + n)
                        .is_some_and(|x| x.capitalized() || x.kind == TokenKind::Number)
                        || self.place_level(s + n))
                    || within(s)
                {
                    return None;
                }
                let o = self.org(s).filter(|&(os, oe)| os == s && oe <= t.start)?;
                rest_of(o, None)
            }));
        let words = |(x, y): (usize, usize)| {
            (x..y)
                .map(|m| self.unit(m).map(|u| u.key.ok_or(u.text)))
                .collect::<Vec<_>>()
        };
        let mut rest: Option<(usize, usize)> = None;
        for r in found {
            if rest.is_some_and(|p| words(p) != words(r)) {
                return None;
            }
            rest = Some(r);
        }
        rest
    }

    /// `Lãnh đạo xã Cam Lộ gồm Bí thư Đảng ủy Hồ Đắc Lực, Chủ tịch HĐND …`, `Phường Bến
    /// Thành có Bí thư Đảng ủy là bà …`: a local council, government or Party committee
    /// written bare (`HĐND`, `UBND`, their names written out, a commune's `Đảng ủy`) is of
    /// the one place that opens the sentence, past `Lãnh đạo` or `Tại`, when no other place
    /// and no other body comes between.
    #[cold]
    fn seat_of_subject(&self, out: &[Found], k: usize) -> Option<(usize, usize)> {
        let t = &out[k];
        let (a, e) = t.org?;
        let party = e == a + 2 && self.folded_is(a, "dang") && self.folded_is(a + 1, "uy");
        let local = (e == a + 1
            && self
                .unit(a)
                .is_some_and(|x| matches!(x.text, "HĐND" | "UBND")))
            || (e == a + 4
                && self.folded_is(a + 2, "nhan")
                && self.folded_is(a + 3, "dan")
                && ((self.folded_is(a, "uy") && self.folded_is(a + 1, "ban"))
                    || (self.folded_is(a, "hoi") && self.folded_is(a + 1, "dong"))));
        if !(party || local) {
            return None;
        }
        let start = self.sentence_start(t.start);
        let s = if self.folded_is(start, "lanh") && self.folded_is(start + 1, "dao") {
            start + 2
        } else if self.folded_is(start, "tai") {
            start + 1
        } else {
            start
        };
        if !self.place_level(s) {
            return None;
        }
        let level = self.folded(s)?;
        let commune = matches!(level.as_str(), "xa" | "phuong" | "dac")
            || (level == "thi" && self.folded_is(s + 1, "tran"));
        if party && !commune {
            return None;
        }
        let pe = self.level_place(s).filter(|&pe| pe <= t.start)?;
        // (No other place and no other body between: only offices of the same kind of bare
        // body, `Bí thư Đảng ủy …, Chủ tịch HĐND …, Chủ tịch UBND …`.)
        let within = |m: usize| out[..k].iter().any(|f| f.start <= m && m < f.end);
        if (pe..t.start).any(|m| {
            self.place_level(m)
                && !self.unit(m).is_some_and(Unit::capitalized)
                && !within(m)
                && self.level_place(m).is_some()
        }) || out[..k]
            .iter()
            .any(|f| f.start >= pe && f.org.is_some_and(|(c, d)| d > c + 4 || d != f.end))
            || out[..k].iter().any(|f| f.start < pe && f.end > s)
        {
            return None;
        }
        Some((s, pe))
    }

    /// `Đại diện Tập đoàn Vingroup, ông A, Phó Chủ tịch kiêm Tổng Giám đốc`: an office
    /// written bare after `kiêm` is of the body named apart for the office before it.
    fn apart_after_kiem(out: &mut [Found]) {
        for k in 1..out.len() {
            let (a, b) = (&out[k - 1], &out[k]);
            if b.start == a.end
                && b.mods.first().is_some_and(|m| m.0 == a.end)
                && a.org.is_none()
                && a.org_apart.is_some()
                && !a.generic
                && b.org.is_none()
                && b.org_apart.is_none()
                && !b.generic
                && !b.rank
            {
                out[k].org_apart = out[k - 1].org_apart;
            }
        }
    }

    /// Each title whose body is a unit (`phòng`, `khoa`, `Cục`, `Ban`, `Đại đội`, a school, a
    /// council's or a committee's school, …) with its parent bodies after it, each after a
    /// comma, or in brackets (one or two, a comma between; a school's university: `Trường
    /// Đại học Bách khoa (ĐHQG-HCM)`), no title starting there ([`Found::parent`]).
    fn parents_after_comma(&self, out: &mut [Found]) {
        for k in 0..out.len() {
            let Some((_, e)) = out[k].org else { continue };
            if e == out[k].end
                && (self.text_at_is(e, ",") || self.text_at_is(e, "("))
                && out.get(k + 1).is_none_or(|n| n.start != e + 1)
            {
                out[k].parent = self.parents_from(&out[k]);
            }
        }
    }

    /// [`Rules::parents_after_comma`] for title `t`.
    #[cold]
    fn parents_from(&self, t: &Found) -> Option<usize> {
        let (a, e) = t.org?;
        // (The unit's head: the org's first word, or the role's last, `Trưởng phòng`.)
        const TWO_WORDS: [(&str, &str, &str); 7] = [
            ("bo", "mon", "bo mon"),
            ("trung", "tam", "trung tam"),
            ("van", "phong", "van phong"),
            ("dai", "doi", "dai doi"),
            ("tieu", "doan", "tieu doan"),
            ("trung", "doan", "trung doan"),
            ("chi", "cuc", "chi cuc"),
        ];
        let head = |s: usize| -> Option<&'static str> {
            if let Some(&(_, _, h)) = TWO_WORDS
                .iter()
                .find(|(x, y, _)| self.folded_is(s, x) && self.folded_is(s + 1, y))
            {
                return Some(h);
            }
            // (A school: `Trường Đại học Sư phạm (Đại học Đà Nẵng)`.)
            if self.canon(s) == Some("trường") && self.unit(s).is_some_and(Unit::capitalized) {
                return Some("truong");
            }
            ["phong", "khoa", "doi", "vu", "cuc", "tram", "ban"]
                .into_iter()
                .find(|w| self.folded_is(s, w))
        };
        // (`Trưởng phòng`, `Phó Trưởng khoa`: the head after the holder's word; `Vụ
        // trưởng`, `Đại đội trưởng`: before it. Not `Ủy viên Thường vụ`.)
        let holder = |m: usize| self.folded_is(m, "truong") || self.folded_is(m, "pho");
        let last = t.role.1.saturating_sub(1);
        let role_head = if holder(last) {
            (last.saturating_sub(2).max(t.role.0)..last).find_map(head)
        } else {
            (t.role.0 + 1..t.role.1)
                .filter(|&s| holder(s - 1))
                .find_map(head)
        };
        // (Or a school that ends the org, a council's or a committee's: `Chủ tịch Hội đồng
        // trường Trường Đại học Công nghệ, Đại học Quốc gia Hà Nội`.)
        let school = || {
            (a + 1..e)
                .any(|s| {
                    self.canon(s) == Some("trường") && self.unit(s).is_some_and(Unit::capitalized)
                })
                .then_some("truong")
        };
        let mut child = head(a).or(role_head).or_else(school)?;
        // (Or its parent in brackets, a body of another kind and more than a short form:
        // `Phó Trưởng phòng Nghiệp vụ Y (Sở Y tế Hà Nội)`.)
        // (Or two, a comma between: `(Chi cục Dân số, Sở Y tế Nam Định)`.)
        let bracket = |e: usize, child: &str| -> Option<usize> {
            // (A national university by its short form is a school's parent, never the
            // school's own: `Trường Đại học Bách khoa (ĐHQG-HCM)`.)
            let national = |s: usize| {
                child == "truong"
                    && self.unit(s).is_some_and(|x| x.text.starts_with("ĐHQG"))
                    && self.text_at_is(s + 1, ")")
            };
            let body = |s: usize| {
                if national(s) {
                    return Some((s, s + 1));
                }
                // (A school's parent is a university, not its city: `Trường Tiểu học Kim
                // Đồng (TP Thủ Đức)`.)
                if child == "truong" && !(self.folded_is(s, "dai") && self.folded_is(s + 1, "hoc"))
                {
                    return None;
                }
                self.org(s).filter(|&(_, pe)| {
                    pe >= s + 2
                        && self.unit(s).is_some_and(Unit::capitalized)
                        && head(s) != Some(child)
                        && self.h.longest(s, EntryKind::Role).is_none()
                })
            };
            let (_, pe) = body(e + 1)?;
            let pe = if self.text_at_is(pe, ",") {
                body(pe + 1)?.1
            } else {
                pe
            };
            self.text_at_is(pe, ")").then_some(pe + 1)
        };
        if self.text_at_is(e, "(") {
            return bracket(e, child);
        }
        let mut end = e;
        let mut found = None;
        for _ in 0..3 {
            if !self.text_at_is(end, ",") || !self.unit(end + 1).is_some_and(Unit::capitalized) {
                break;
            }
            let Some((_, pe)) = self.org(end + 1) else {
                break;
            };
            // (Not a unit of the same kind, a list: `phòng Tư pháp, phòng Nội vụ`; nor an
            // office's role after the comma.)
            // (A school's parent is a university, not its city: `Trường THPT Chu Văn An, TP
            // Hà Nội`.)
            let next = head(end + 1);
            if next == Some(child)
                || self.h.longest(end + 1, EntryKind::Role).is_some()
                // (Nor a unit's head or deputy written after it, in lower case: `Ủy viên Ban
                // Chấp hành, Tỉnh đoàn phó`; not the surname Trương.)
                || (!self.unit(pe).is_some_and(Unit::capitalized)
                    && (self.folded_is(pe, "pho") || self.folded_is(pe, "truong")))
                || (child == "truong"
                    && !(self.folded_is(end + 1, "dai") && self.folded_is(end + 2, "hoc"))
                    && !self
                        .unit(end + 1)
                        .is_some_and(|x| x.text.starts_with("ĐHQG")))
            {
                break;
            }
            found = Some(pe);
            end = pe;
            match next {
                // (A school's parent in brackets after it: `phòng Đào tạo, Trường Đại học
                // Nông Lâm (Đại học Thái Nguyên)`.)
                Some("truong") if self.text_at_is(pe, "(") => {
                    return bracket(pe, "truong").or(found);
                }
                Some(n) => child = n,
                None => break,
            }
        }
        found
    }

    /// A title with no body of its own, whose body the sentence names before it
    /// ([`Found::org_apart`], see [`Rules::body_named_before`]), or after its holders and
    /// `thuộc` ([`Rules::body_after_holders`]).
    fn bodies_named_before(&self, out: &mut [Found]) {
        for k in 0..out.len() {
            let t = &out[k];
            if t.org.is_none() && t.org_apart.is_none() && !t.generic && !t.rank && t.start >= 2 {
                out[k].org_apart = self.body_named_before(out, k);
            }
            let t = &out[k];
            // (Cheap tests first: `thuộc` within a list's reach, then the names.)
            if t.org.is_none()
                && t.org_apart.is_none()
                && !t.rank
                && (t.end + 2..t.end + 24).any(|m| self.canon(m) == Some("thuộc"))
                && self.person_name_at(t.end)
            {
                out[k].org_apart = self.body_after_holders(out, k);
            } else if t.owner.is_none()
                && !t.generic
                && t.start >= 2
                && t.org.is_some_and(|(_, e)| e == t.end)
                && self.bare_board(t)
            {
                out[k].owner = self.subject_body(out, k, true);
            } else if let Some((a, e)) = t.org
                && e == a + 1
                && e == t.end
                && t.org_apart.is_none()
                && !t.generic
                && self.unit(a).is_some_and(Unit::capitalized)
                && matches!(
                    self.folded(a).as_deref(),
                    Some("so" | "bo" | "cuc" | "vu" | "vien" | "hoi")
                )
            {
                out[k].org_apart = self.head_named_before(out, k, a);
            }
        }
    }

    /// The body that title `k`, with no body of its own, names after its holders and
    /// `thuộc` (of): `Kiểm sát viên trung cấp Hà Thị Ngọc Ánh thuộc VKSND thị xã Sơn Tây`,
    /// `Các thẩm phán A, B, C thuộc TAND cấp cao tại Đà Nẵng`.
    #[cold]
    fn body_after_holders(&self, out: &[Found], k: usize) -> Option<(usize, usize)> {
        let mut m = out.get(k)?.end;
        for _ in 0..5 {
            if !self.person_name_at(m) {
                return None;
            }
            m = self.capitalized_run(m, 4);
            if self.text_at_is(m, ",") || self.canon(m) == Some("và") {
                m += 1;
            } else {
                break;
            }
        }
        if self.canon(m) != Some("thuộc")
            || !self.unit(m + 1).is_some_and(Unit::capitalized)
            || out.iter().any(|f| f.start == m + 1)
        {
            return None;
        }
        self.org(m + 1)
    }

    /// The body that title `k`'s bare head at `a` (`Phó Giám đốc Sở`, `nguyên Vụ trưởng
    /// Vụ`) stands for: the one the sentence names before it with that head, the same body
    /// every time it is named (`Đại diện Sở GD&ĐT tỉnh Đồng Tháp, ông Nguyễn Thanh Tâm, Phó
    /// Giám đốc Sở`).
    #[cold]
    fn head_named_before(&self, out: &[Found], k: usize, a: usize) -> Option<(usize, usize)> {
        let t = out.get(k)?;
        let head = self.unit(a)?.key?;
        let mut body: Option<(usize, usize)> = None;
        for s in 0..t.start.saturating_sub(1) {
            if !self
                .unit(s)
                .is_some_and(|x| x.key == Some(head) && x.capitalized())
                // (Not `Chi cục`, `Tổng cục`, `Phó Cục`: another body or an office.)
                || (s > 0
                    && self
                        .folded(s - 1)
                        .is_some_and(|w| matches!(w.as_str(), "chi" | "tong" | "pho" | "phan")))
                // (`Hội` an association's, not `Hội đồng`, `Hội nghị`, `Đại hội`, `Hiệp hội`.)
                || (self.folded_is(s, "hoi")
                    && (!self.association_at(s)
                        || (s > 0
                            && (self.folded_is(s - 1, "dai") || self.folded_is(s - 1, "hiep")))))
            {
                continue;
            }
            let Some(o) = self
                .org(s)
                .filter(|&(os, oe)| os == s && oe > s + 1 && oe <= t.start)
            else {
                continue;
            };
            // (Without the term of the body it was named in: `Ban Thường vụ Đảng ủy Sở Y tế
            // nhiệm kỳ 2020-2025`.)
            let o = (s + 1..o.1)
                .find(|&m| {
                    (self.folded_is(m, "nhiem") && self.folded_is(m + 1, "ky"))
                        || self.folded_is(m, "khoa")
                })
                .map_or(o, |m| (s, m));
            let words = |(x, y): (usize, usize)| {
                (x..y)
                    .map(|m| self.unit(m).map(|u| u.text))
                    .collect::<Vec<_>>()
            };
            // (Not another holder's of the same office, a list of bodies: `Bộ trưởng Bộ Quốc
            // phòng, Bộ trưởng Bộ` cut at a line's end.)
            if out[..k]
                .iter()
                .any(|f| f.org == Some(o) && words(f.role) == words(t.role))
            {
                return None;
            }
            match body {
                Some(b) if words(b) != words(o) => return None,
                _ => body = Some(o),
            }
        }
        body
    }

    /// [`Rules::bodies_named_before`] for title `k`, one with no body and no office whole
    /// alone:
    /// - the body before `do` for one who leads it ([`Rules::led_body`]);
    /// - its principal's, for the deputy of the office named just before (`Chủ tịch UBND
    ///   tỉnh Bạc Liêu Phạm Văn Thiều, Phó Chủ tịch Huỳnh Chí Nguyện`, `Bộ trưởng Bộ Tài
    ///   chính Nguyễn Văn Thắng cùng Thứ trưởng Cao Anh Tuấn`);
    /// - the body its holder speaks for: `Thay mặt UBND tỉnh Quảng Ngãi, Phó Chủ tịch Trần
    ///   Phước Hiền`, `Đại diện Bộ Y tế, Thứ trưởng Trần Văn Thuấn`;
    /// - for an office named by its body's head (`Cục trưởng`, `Phó Chi cục trưởng`), the
    ///   one body with that head the sentence names before it, no other title's: `Cục Hải
    ///   quan TP Hải Phòng thu … theo Cục trưởng Nguyễn Hữu Toàn`.
    #[cold]
    fn body_named_before(&self, out: &[Found], k: usize) -> Option<(usize, usize)> {
        let t = out.get(k)?;
        if self.office_whole_alone(t) {
            return None;
        }
        if let Some(body) = self.led_body(t) {
            return Some(body);
        }
        let (r0, r1) = t.role;
        if let Some(a) = k.checked_sub(1).and_then(|j| out.get(j)) {
            let (a0, a1) = a.role;
            // (The same syllables, tones and all: `Phó Thủ trưởng` is no `Thứ trưởng`'s
            // deputy.)
            let deputy = self.deputy_role(a.role, t.role)
                || (a1 == a0 + 2
                    && r1 == r0 + 2
                    && self.folded_is(a0, "bo")
                    && self.canon(r0) == Some("thứ")
                    && self.folded_is(a1 - 1, "truong")
                    && self.folded_is(r1 - 1, "truong"))
                // (Or a unit's head and its deputy by the unit's word: `Hạt trưởng` and `Hạt
                // phó`, `Đội trưởng` and `Đội phó`, `Đồn trưởng` and `Đồn phó`.)
                || (a1 == a0 + 2
                    && r1 == r0 + 2
                    && self.same_syllables(a0, r0, 1)
                    && self.folded_is(a1 - 1, "truong")
                    && self.folded_is(r1 - 1, "pho"))
                // (Or another deputy of the same office, the first with its suffix: `Phó
                // Trưởng ban Thường trực … và Phó Trưởng ban Lê Đức Toàn`.)
                || (self.folded_is(r0, "pho")
                    && r1 > r0 + 1
                    && a1 > a0 + (r1 - r0)
                    && self.same_syllables(r0, a0, r1 - r0))
                // (Or the standing deputy, the deputy's suffix after the office: `Chủ tịch
                // LĐLĐ tỉnh An Giang A và Phó Chủ tịch thường trực B`.)
                || (self.folded_is(r0, "pho")
                    && r1 == r0 + 3 + (a1 - a0)
                    && self.same_syllables(a0, r0 + 1, a1 - a0)
                    && self.folded_is(r1 - 2, "thuong")
                    && self.folded_is(r1 - 1, "truc"));
            // (Or the deputy's own name between commas after `và`: `ông A, Trưởng ban Ban
            // Quản lý các KCN tỉnh Thái Bình, và ông B, Phó Trưởng ban`.)
            let apposed = || self.apposed_after_and(a.end, None, t.start);
            // (The principal's name between, then `,`, `và` or `cùng`; with no name, a comma
            // lists one holder's offices, of two bodies: `Bí thư Ban cán sự Đảng huyện Nam An
            // Khê, Phó Bí thư liên huyện Đắk Bớt`.)
            let m = (a.end..t.start)
                .find(|&m| !self.unit(m).is_some_and(Unit::capitalized))
                .unwrap_or(t.start);
            // (Or the deputy promoted to the office itself: `Ông A, Phó Chủ nhiệm UBKT Tỉnh
            // ủy Hà Tĩnh, được điều động giữ chức Chủ nhiệm`.)
            if self.deputy_role(t.role, a.role)
                && !a.generic
                && t.start > a.end + 1
                && t.start <= a.end + 14
                && matches!(self.canon(t.start - 1), Some("chức" | "vụ" | "làm"))
                && self.text_at_is(a.end, ",")
                && let Some(body) = a.org.or(a.org_apart)
            {
                return Some(body);
            }
            if deputy
                && !a.generic
                && !a.rank
                && ((m + 1 == t.start
                    && m <= a.end + 5
                    && ((m > a.end && self.text_at_is(m, ","))
                        || matches!(self.canon(m), Some("và" | "cùng"))))
                    // (Or a comma and `và` right after the principal's office, his name
                    // before it: `Ông A, Giám đốc Trung tâm Y tế huyện Phú Tân, và Phó Giám
                    // đốc Nguyễn Văn Hòa`.)
                    || (t.start == a.end + 2
                        && self.text_at_is(a.end, ",")
                        && matches!(self.canon(a.end + 1), Some("và" | "cùng")))
                    || apposed())
                && let Some(body) = a.org.or(a.org_apart)
                // (Not a level alone: `Chánh Thanh tra tỉnh, và ông B, Phó Chánh Thanh tra`.)
                && (body.1 > body.0 + 1 || self.unit(body.0).is_some_and(Unit::capitalized))
            {
                return Some(body);
            }
            // (Or a commissar's by his commander's, or either with his rank after `và`:
            // `Thượng tá A, Chỉ huy trưởng Ban CHQS huyện Lục Nam, và Trung tá B, Chính trị
            // viên`.)
            if a.rank || self.commissar(t.role) || self.commissar(a.role) {
                let (a, rank) = match k.checked_sub(2).and_then(|j| out.get(j)) {
                    Some(p) if a.rank => (p, Some(a)),
                    _ => (a, None),
                };
                if !a.generic
                    && !a.rank
                    && (deputy || self.paired_roles(a, t))
                    && self.apposed_after_and(a.end, rank, t.start)
                    && let Some(body) = a.org.or(a.org_apart)
                    && (body.1 > body.0 + 1 || self.unit(body.0).is_some_and(Unit::capitalized))
                {
                    return Some(body);
                }
            }
        }
        let c = t.start - 1;
        if self.text_at_is(c, ",") {
            let behalf = |c: usize| {
                let s = (c.saturating_sub(14)..c.saturating_sub(2)).find(|&s| {
                    // (At the clause's start, or after `Theo`: `Theo đại diện VKSND tối cao,
                    // Phó Viện trưởng …`.)
                    let opens =
                        |m: usize| m == 0 || self.unit(m - 1).is_some_and(|x| x.key.is_none());
                    ((self.folded_is(s, "thay") && self.folded_is(s + 1, "mat"))
                        || (self.folded_is(s, "dai") && self.folded_is(s + 1, "dien")))
                        && (opens(s) || (self.canon(s - 1) == Some("theo") && opens(s - 1)))
                })?;
                // (Or before its short form in brackets: `Đại diện Hiệp hội Rau quả Việt Nam
                // (Vinafruit), ông …`.)
                let e = if self.text_at_is(c - 1, ")") && c >= 3 && self.text_at_is(c - 3, "(") {
                    c - 3
                } else {
                    c
                };
                self.unit(s + 2)
                    .is_some_and(Unit::capitalized)
                    .then(|| self.org(s + 2))
                    .flatten()
                    .filter(|&(_, oe)| oe == e || oe == c)
            };
            if let Some(body) = behalf(c) {
                return self.past_board_for(body, t);
            }
            // (Or with the holder's name between commas: `Đại diện Cục Hải quan Kiên Giang,
            // ông Huỳnh Văn Tài, Phó Cục trưởng, cho biết`.)
            let mut n = c;
            while n + 5 > c && n > 0 && self.unit(n - 1).is_some_and(Unit::capitalized) {
                n -= 1;
            }
            // (Past a form of address, capitalized or not.)
            let name = match self.h.longest(n, EntryKind::Honorific) {
                Some((e, _)) if e < c => e,
                _ => n,
            };
            let n = self.h.ends_at(n, EntryKind::Honorific, 2).unwrap_or(n);
            if name + 2 <= c
                && n > 0
                && self.text_at_is(n - 1, ",")
                && self.person_name_at(name)
                && let Some(body) = behalf(n - 1)
            {
                return self.past_board_for(body, t);
            }
        }
        if let Some(body) = self.body_listing(out, k) {
            return Some(body);
        }
        if (self.folded_is(t.role.1 - 1, "doc") || self.folded_is(t.role.1 - 1, "tich"))
            && let Some(body) = self.subject_body(out, k, false)
        {
            return Some(body);
        }
        if self.folded_is(r1 - 1, "khoa")
            && let Some(body) = self.ward_named_before(out, k)
        {
            return Some(body);
        }
        // (`Cục`, `Chi cục`, `Tổng cục`, `Vụ`, `Viện` and `trưởng`, after `Phó` or not.)
        let h0 = if self.folded_is(r0, "pho") {
            r0 + 1
        } else {
            r0
        };
        let h1 = r1.saturating_sub(1);
        let head = match h1.saturating_sub(h0) {
            1 => matches!(self.folded(h0).as_deref(), Some("cuc" | "vu" | "vien")),
            2 => {
                self.folded_is(h0 + 1, "cuc")
                    && (self.folded_is(h0, "chi") || self.folded_is(h0, "tong"))
            }
            _ => false,
        };
        if !head || !self.folded_is(h1, "truong") {
            return None;
        }
        let mut body = None;
        for s in 0..t.start.saturating_sub(h1 - h0) {
            if !self.unit(s).is_some_and(Unit::capitalized)
                || !(0..h1 - h0).all(|d| self.folded(s + d) == self.folded(h0 + d))
                || (s > 0 && (self.folded_is(s - 1, "chi") || self.folded_is(s - 1, "tong")))
            {
                continue;
            }
            let Some(o) = self.org(s) else { continue };
            if out.iter().any(|f| f.org == Some(o)) {
                return None;
            }
            // (Not its address: `trụ sở Tổng cục Thuế số 123 phố Lò Đúc`.)
            let o = (s + 1..o.1)
                .find(|&m| {
                    self.canon(m) == Some("số")
                        && self
                            .unit(m + 1)
                            .is_some_and(|x| x.kind == TokenKind::Number)
                })
                .map_or(o, |m| (s, m));
            if body.is_some_and(|b| b != o) {
                return None;
            }
            body = Some(o);
        }
        body
    }

    /// Where the sentence or the clause after `;` that holds unit `k` starts.
    fn sentence_start(&self, k: usize) -> usize {
        (0..k)
            .rev()
            .find(|&m| {
                self.unit(m)
                    .is_some_and(|x| matches!(x.text, "." | "?" | "!" | ";"))
            })
            .map_or(0, |m| m + 1)
    }

    /// `Khoa Hồi sức tích cực có 30 giường …, BS Mã Văn Tài, Phó trưởng khoa, cho biết`: a
    /// ward's head or deputy (`Trưởng khoa`, `Phó trưởng khoa`) written bare, of the one ward
    /// (`khoa` before a capitalized field) the sentence names before it, no other title's;
    /// not `Đa khoa` inside a hospital's name.
    #[cold]
    fn ward_named_before(&self, out: &[Found], k: usize) -> Option<(usize, usize)> {
        let t = out.get(k)?;
        let (r0, r1) = t.role;
        let h0 = if self.folded_is(r0, "pho") {
            r0 + 1
        } else {
            r0
        };
        if t.generic || r1 != h0 + 2 || !self.folded_is(h0, "truong") {
            return None;
        }
        let start = self.sentence_start(t.start);
        let mut body: Option<(usize, usize)> = None;
        for s in start..t.start.saturating_sub(1) {
            if !self.folded_is(s, "khoa")
                || !self.unit(s + 1).is_some_and(Unit::capitalized)
                || (s > 0
                    && self
                        .unit(s - 1)
                        .is_some_and(|x| x.capitalized() && x.key.is_some()))
                || out[..k].iter().any(|f| f.start <= s && s < f.end)
            {
                continue;
            }
            let Some((a, e)) = self.org(s).filter(|&(a, e)| a == s && e <= t.start) else {
                continue;
            };
            if body.is_some_and(|(b0, b1)| b1 - b0 != e - a || !self.same_syllables(b0, a, e - a)) {
                return None;
            }
            body = Some((a, e));
        }
        body
    }

    /// The level word of title `t`'s body when it is a commune's Party committee named by
    /// its level alone, in lower case: `Đảng ủy xã`, `Đảng ủy phường`, `Đảng ủy thị trấn`.
    fn commune_party_level(&self, t: &Found) -> Option<usize> {
        let (a, e) = t.org?;
        let l = a + 2;
        (e > l
            && e == t.end
            && self.folded_is(a, "dang")
            && self.folded_is(a + 1, "uy")
            && !self.unit(l).is_some_and(Unit::capitalized)
            && (self.folded_is(l, "xa")
                || self.folded_is(l, "phuong")
                || (self.folded_is(l, "thi") && self.folded_is(l + 1, "tran")))
            && self
                .h
                .longest(l, EntryKind::Level)
                .is_some_and(|(le, _)| le == e))
        .then_some(l)
    }

    /// Whether an association's name starts at `a`: `Hội` capitalized (not `Hội đồng`, `Hội
    /// nghị`, `Hội thảo`, `Hội chợ`, `Hội thi`, `Hội diễn`), `Hiệp hội`, `Liên hiệp`, `Liên
    /// đoàn`.
    fn association_at(&self, a: usize) -> bool {
        let Some(x) = self.unit(a) else { return false };
        if !x.capitalized() {
            return false;
        }
        match self.folded(a).as_deref() {
            Some("hoi") => !matches!(
                self.folded(a + 1).as_deref(),
                Some("dong" | "nghi" | "thao" | "cho" | "thi" | "dien" | "an" | "truong" | "quan")
            ),
            Some("hiep") => self.folded_is(a + 1, "hoi"),
            Some("lien") => self.folded_is(a + 1, "hiep") || self.folded_is(a + 1, "doan"),
            _ => false,
        }
    }

    /// Whether a person's name ends at `e` (exclusive), read back over its capitalized words,
    /// a listed surname or a form of address before it.
    fn name_ends_at(&self, e: usize) -> bool {
        let mut s = e;
        while s + 5 > e && s > 0 && self.unit(s - 1).is_some_and(Unit::capitalized) {
            s -= 1;
        }
        s + 2 <= e
            && self.spaced(s)
            && (self.person_name_at(s) || self.h.ends_at(s, EntryKind::Honorific, 2).is_some())
    }

    /// `Kho bạc Nhà nước Cần Thơ đã thu …, theo Giám đốc Huỳnh Văn Lộc`, `Kho bạc Nhà nước
    /// An Giang đã hoàn thành …, Giám đốc Nguyễn Thành Nhân cho biết`, `HĐQT Ngân hàng … bổ
    /// nhiệm bà … làm Phó Tổng giám đốc`: a director's office (`Giám đốc`, `Tổng Giám đốc`,
    /// their deputies') written bare, whose holder the sentence cites (`theo` before, a
    /// verb of saying after the name, or after the office in apposition after the name:
    /// `…, bà A, Tổng Giám đốc, cho biết`) or which is given or taken (after `làm`, `chức`, `vị
    /// trí`, `bổ nhiệm`, `miễn nhiệm`), is of the one body the sentence names before it (past
    /// its board), when a director heads such a body (a treasury, a department, a hospital,
    /// a firm, a bank; not a people's committee) and no other title holds it.
    /// With `board`, for title `k` a board written bare (`Chủ tịch HĐQT`), given or taken
    /// so, the firm, the bank or the group that the sentence names before it: `Ngân hàng
    /// TMCP Bắc Á bổ nhiệm bà … làm Chủ tịch HĐQT` ([`Found::owner`]).
    /// A bare `Chủ tịch` given is his firm's (or its board's) or his association's, past the
    /// congress or the executive committee that elects him.
    #[cold]
    fn subject_body(&self, out: &[Found], k: usize, board: bool) -> Option<(usize, usize)> {
        let t = out.get(k)?;
        let (r0, r1) = t.role;
        let h0 = if self.folded_is(r0, "pho") {
            r0 + 1
        } else {
            r0
        };
        let general = self.folded_is(h0, "tong");
        let g0 = if general { h0 + 1 } else { h0 };
        let director = r1 == g0 + 2 && self.folded_is(g0, "giam") && self.folded_is(g0 + 1, "doc");
        // (Or a chairman's, given by a firm or its board: `Hội đồng thành viên Công ty TNHH
        // MTV Cảng Hải Phòng đã bầu ông … làm Chủ tịch`.)
        let chair = !board
            && !general
            && r1 == h0 + 2
            && self.folded_is(h0, "chu")
            && self.folded_is(h0 + 1, "tich");
        if !(board || director || chair) {
            return None;
        }
        // (His name after the office, then a verb of saying, or `theo` before it.)
        let mut n = t.end;
        while n < t.end + 5 && self.spaced(n) && self.unit(n).is_some_and(Unit::capitalized) {
            n += 1;
        }
        let cited = n >= t.end + 2
            && ((t.start > 0 && self.folded_is(t.start - 1, "theo")) || self.says_at(n));
        // (Or in apposition after his name, then the verb: `Tổng công ty May 10 đã thưởng Tết
        // …, bà Thân Đức Việt, Tổng Giám đốc, cho biết`.)
        let cited = cited
            || (t.start >= 3
                && self.text_at_is(t.start - 1, ",")
                && self.text_at_is(t.end, ",")
                && self.says_at(t.end + 1)
                && self.name_ends_at(t.start - 1));
        // (Or the office given or taken in the body's own decision: `bổ nhiệm ông … làm Tổng
        // giám đốc`, `giữ chức`, `khỏi vị trí`, `quyết định bổ nhiệm Phó Tổng giám đốc …`.)
        let given = t.start > 1
            && t.mods.is_empty()
            && (self.canon(t.start - 1) == Some("làm")
                || self.canon(t.start - 1) == Some("chức")
                || (self.folded_is(t.start - 1, "tri") && self.folded_is(t.start - 2, "vi"))
                || (self.folded_is(t.start - 1, "nhiem")
                    && (self.canon(t.start - 2) == Some("bổ")
                        || self.canon(t.start - 2) == Some("miễn"))));
        // (A chairman or a board only given: cited, it is his firm's news, of any body.)
        let cited = cited && !board && !chair;
        if !(given || cited) {
            return None;
        }
        let start = self.sentence_start(t.start);
        let mut body: Option<(usize, usize)> = None;
        let mut s = start;
        while s < t.start {
            let Some((a, e)) = self
                .unit(s)
                .is_some_and(Unit::capitalized)
                .then(|| self.org(s))
                .flatten()
                .filter(|&(a, e)| a == s && e <= t.start)
            else {
                s += 1;
                continue;
            };
            // (Not another title's body, nor two bodies.)
            if out[..k].iter().any(|f| f.start <= a && a < f.end)
                || body
                    .is_some_and(|(b0, b1)| b1 - b0 != e - a || !self.same_syllables(b0, a, e - a))
            {
                return None;
            }
            body = Some((a, e));
            s = e;
        }
        let (a, e) = body?;
        // (Its name whole: what follows it is a verb, a bracket or a comma, no more of a name
        // read short, `Công ty TNHH MTV Lê Gia do …`, `Nhà máy nước Bình An`.)
        if !self.unit(e).is_none_or(|x| {
            x.kind == TokenKind::Punctuation
                || (x.key.is_some()
                    && !x.capitalized()
                    && self.stops_name(e)
                    // (`phụ` of a field, `Trung tâm Sản phụ khoa`; not `phụ trách`.)
                    && (!self.folded_is(e, "phu") || self.folded_is(e + 1, "trach")))
                // (Or its term: `Hội Cựu chiến binh quận Hoàn Kiếm lần thứ VIII`.)
                || self.body_term_at(e)
                // (Or `bầu` before whom it elects: `Công ty cổ phần Vinamilk bầu bà …`.)
                || (self.folded_is(e, "bau")
                    && self.h.longest(e + 1, EntryKind::Honorific).is_some())
        }) {
            return None;
        }
        // (A firm's board or Party committee that decides for it: `Hội đồng quản trị Tổng
        // công ty …`, `HĐQT Ngân hàng …`, `Ban Thường vụ Đảng ủy Tập đoàn …`.)
        let whole = a;
        let mut a = a;
        if self.folded_is(a, "ban")
            && self.folded_is(a + 1, "thuong")
            && self.folded_is(a + 2, "vu")
        {
            a += 3;
        }
        while let Some(x) = self.board_end(a).filter(|&x| x < e) {
            a = x;
        }

        // (Not the banks' regulator, which approves their officers: `Ngân hàng Nhà nước`.)
        if self.folded_is(a, "ngan")
            && self.folded_is(a + 2, "nha")
            && self.folded_is(a + 3, "nuoc")
        {
            return None;
        }
        // (The body the sentence is about, not a place visited or a partner: `Trong chuyến
        // thăm và làm việc tại Công ty Điện lực Tuyên Quang, Tổng giám đốc …`.)
        let visited = |a: usize| {
            a > 0
                && self.folded(a - 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "tai" | "o" | "voi" | "tham" | "den" | "ve" | "toi" | "cung" | "va" | "cho"
                    )
                })
        };
        if visited(a) {
            return None;
        }
        // (A chairman chairs the board that elects him, or the firm; not its Party
        // committee.)
        if chair {
            // (Or an association, past the executive committee that elects its chairman:
            // `Ban Chấp hành Hội Nông dân huyện Phù Cát …, ông … được bầu làm Chủ tịch`,
            // `Đại hội đại biểu Hội Cựu chiến binh quận Hoàn Kiếm … đã bầu … làm Chủ tịch`.)
            let h = if self.folded_is(a, "ban")
                && self.folded_is(a + 1, "chap")
                && self.folded_is(a + 2, "hanh")
            {
                a + 3
            } else if self.folded_is(a, "dai") && self.folded_is(a + 1, "hoi") {
                if self.folded_is(a + 2, "dai") && self.folded_is(a + 3, "bieu") {
                    a + 4
                } else {
                    a + 2
                }
            } else {
                a
            };
            if self.association_at(h) && !visited(whole) {
                let e = (h + 2..e).find(|&m| self.body_term_at(m)).unwrap_or(e);
                return (h + 1 < e).then_some((h, e));
            }
            let firm = match self.folded(a).as_deref() {
                Some("cong") => self.folded_is(a + 1, "ty"),
                Some("tap") => self.folded_is(a + 1, "doan"),
                Some("tong") => self.folded_is(a + 1, "cong"),
                _ => false,
            };
            let party =
                (whole..a).any(|m| self.folded_is(m, "dang") && self.folded_is(m + 1, "uy"));
            return (firm && !party && !visited(whole)).then_some((whole, e));
        }
        let kind = self.folded(a)?;
        let next = self.folded(a + 1).unwrap_or_default();
        if board {
            let firm = match kind.as_str() {
                "cong" => next == "ty",
                "ngan" => next == "hang",
                "tap" => next == "doan",
                "tong" => next == "cong",
                "bao" => next == "hiem",
                _ => false,
            };
            return firm.then_some((a, e));
        }
        let directed = match kind.as_str() {
            "kho" => next == "bac",
            "benh" | "hoc" => next == "vien",
            "trung" => next == "tam",
            "cong" => next == "ty",
            "ngan" => next == "hang",
            "bhxh" | "so" | "dai" | "quy" | "nha" | "buu" | "cang" => true,
            "bao" => next == "hiem",
            "tap" => next == "doan",
            "tong" => next == "cong",
            // (A bank's branch: `Agribank chi nhánh Long An`.)
            _ => (a + 1..e).any(|m| self.folded_is(m, "chi") && self.folded_is(m + 1, "nhanh")),
        };
        // (A department is a director's, no general director's: `Sở`; a group a general
        // director's.)
        let fits = if general {
            !matches!(
                kind.as_str(),
                "so" | "benh" | "hoc" | "trung" | "quy" | "nha"
            )
        } else {
            !matches!(kind.as_str(), "tap" | "tong")
        };
        (directed && fits).then_some((a, e))
    }

    /// `Lãnh đạo Ban Dân tộc tỉnh Thái Nguyên, gồm ông Lâm Văn Quý, Trưởng ban, …`, `Lãnh
    /// đạo UBND tỉnh Thừa Thiên Huế gồm Chủ tịch …`, `Ban Thường trực Ủy ban MTTQ tỉnh Khánh
    /// Hòa gồm ông … (Chủ tịch)`, `Đoàn công tác của Ủy ban Dân tộc gồm các ông: …, Phó Chủ
    /// nhiệm`: title `k`, in a list after `gồm`, is of the body named right before `gồm` (of
    /// the body a delegation is of, unless the title heads the delegation). Not past another
    /// title with its own body, whose deputies are its own.
    #[cold]
    fn body_listing(&self, out: &[Found], k: usize) -> Option<(usize, usize)> {
        let t = out.get(k)?;
        let g = (t.start.saturating_sub(30)..t.start)
            .rev()
            .take_while(|&m| {
                !self
                    .unit(m)
                    .is_some_and(|x| matches!(x.text, "." | "?" | "!"))
            })
            .find(|&m| self.canon(m) == Some("gồm"))?;
        // (Not a count of members, `Hội đồng xét xử gồm 5 thành viên, do …`, nor a clause of
        // its own between, `do … làm`, `được bầu làm`.)
        if self
            .unit(g + 1)
            .is_some_and(|x| x.kind == TokenKind::Number)
            || (g + 1..t.start).any(|m| matches!(self.canon(m), Some("do" | "làm" | "được")))
        {
            return None;
        }
        let (a, e) = self.body_before_do(g, true)?;
        // (A trial's panel is of its court: `Hội đồng xét xử gồm Thẩm phán …`; an assistant
        // is a team's, no body's office: `Ban huấn luyện gồm … trợ lý …`.)
        if (self.folded_is(t.role.0, "tro") && self.folded_is(t.role.0 + 1, "ly"))
            || self.folded_is(a, "hoi")
                && self.folded_is(a + 1, "dong")
                && self.folded_is(a + 2, "xet")
        {
            return None;
        }
        // (Its standing board, its board of leaders or of directors names the body's
        // leaders: `Ban Thường trực Ủy ban MTTQ …`, `Ban lãnh đạo Công ty Điện lực Trà Vinh
        // gồm …`, `Ban điều hành VietinBank gồm …`.)
        let a = if self.folded_is(a, "ban")
            && ((self.folded_is(a + 1, "thuong") && self.folded_is(a + 2, "truc"))
                || (self.folded_is(a + 1, "lanh") && self.folded_is(a + 2, "dao"))
                || (self.folded_is(a + 1, "giam") && self.folded_is(a + 2, "doc"))
                || (self.folded_is(a + 1, "dieu") && self.folded_is(a + 2, "hanh")))
            && a + 3 < e
        {
            a + 3
        } else {
            a
        };
        // (The titles before it in the list, of that body too or ranks.)
        if out[..k].iter().any(|f| {
            f.start > g
                && !f.rank
                && (f.org.is_some() || f.org_apart.is_some_and(|(_, fe)| fe != e))
        }) {
            return None;
        }
        // (Not a bare head, `Hội đồng gồm: …`; nor offices the list names with no holder,
        // what the body is made of: `Hội đồng Quốc phòng và An ninh gồm Chủ tịch, Phó Chủ
        // tịch và các ủy viên`.)
        if self
            .h
            .longest(a, EntryKind::Org)
            .is_some_and(|(he, _)| he >= e)
            || !(self.person_name_at(t.end)
                || (g + 1..t.start).any(|m| {
                    self.person_name_at(m) && !out.iter().any(|f| f.start <= m && m < f.end)
                }))
        {
            return None;
        }
        if !self.delegation_named(a) {
            return Some((a, e));
        }
        if (t.role.0..t.role.1).any(|m| self.folded_is(m, "doan")) {
            return Some((a, e));
        }
        (a + 2..e)
            .find(|&m| self.canon(m) == Some("của"))
            .filter(|&m| m + 1 < e && self.unit(m + 1).is_some_and(Unit::capitalized))
            .map(|m| (m + 1, e))
            .or_else(|| self.delegation_of(a, e))
    }

    /// `Phó Chủ tịch kiêm Tổng thư ký Ủy ban Olympic Việt Nam`, `Phó Chủ tịch - Tổng Thư ký
    /// Ủy ban Trung ương MTTQ Việt Nam`, `Phó Tư lệnh, Tham mưu trưởng Quân khu 2`: an office
    /// with no body, joined to the next by `kiêm`, a dash or a comma, is of the next one's
    /// body ([`Found::org_apart`]).
    fn shared_bodies(&self, out: &mut [Found]) {
        for k in 1..out.len() {
            let (a, b) = (&out[k - 1], &out[k]);
            let kiem = b.start == a.end && b.mods.first().is_some_and(|m| m.0 == a.end);
            // (A local body written bare, its seat named by the next office's body: `Bí thư
            // Đảng ủy, Chủ tịch HĐND xã Bến Lức`, `Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban
            // Tổ chức Tỉnh ủy Nghệ An`; or after `kiêm`: `Bí thư Huyện ủy kiêm Chủ tịch UBND
            // huyện Hàm Thuận Bắc`, `Bí thư Đảng ủy kiêm Chủ tịch UBND xã Tân Lập`.)
            if a.org.is_some_and(|(_, ae)| ae == a.end)
                && b.org.is_some()
                && !a.generic
                && !b.generic
                && (kiem || (b.start == a.end + 1 && self.text_at_is(a.end, ",")))
                && (self.folded_is(a.end - 1, "uy") || self.commune_party_level(a).is_some())
            {
                let seat = self.shared_seat(&out[k - 1], &out[k]);
                if seat.is_some() || !(kiem || self.bare_party(&out[k - 1])) {
                    out[k - 1].owner = seat;
                    continue;
                }
            }
            let (a, b) = (&out[k - 1], &out[k]);
            // (A standing committee written bare, the next office's body a committee's
            // with its seat: `Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy Nghệ An`.)
            if b.start == a.end + 1
                && self.text_at_is(a.end, ",")
                && !a.generic
                && !b.generic
                && a.org
                    .is_some_and(|(s, e)| e == a.end && self.standing_committee(s, e))
                && let Some(seat) = self.committee_in(b)
            {
                out[k - 1].owner = Some(seat);
                continue;
            }
            // (A board's owner: `Chủ tịch HĐQT kiêm Tổng giám đốc Tập đoàn …`; a Party
            // committee's after a comma too: `Phó Bí thư Đảng ủy, Tổng giám đốc Tổng công ty
            // Cảng hàng không Việt Nam`, `Bí thư Đảng ủy, Giám đốc Sở Y tế`.)
            if a.org.is_some_and(|(_, ae)| ae == a.end)
                && b.org.is_some()
                && !b.generic
                && (kiem
                    || (b.start == a.end + 1
                        && self.text_at_is(a.end, ",")
                        && !a.generic
                        && self.bare_party(a)
                        // (Not a member's seat in the next body: `Ủy viên Đảng ủy, Ủy viên Ủy
                        // ban Thường vụ Quốc hội`.)
                        && !(self.folded_is(b.role.0, "uy") || self.folded_is(b.role.0, "thanh"))))
                && self.bare_board(a)
            {
                out[k - 1].owner = self.board_owner(&out[k]);
                continue;
            }
            // (Or the office's deputies, all of them: `Chủ tịch và các Phó Chủ tịch UBND
            // tỉnh`, `Chủ tịch, các Phó Chủ tịch UBND tỉnh`.)
            let deputies = b.generic
                && b.start == a.end + 2
                && self.canon(b.start - 1) == Some("các")
                && (self.text_at_is(a.end, ",") || self.canon(a.end) == Some("và"))
                && self.deputy_role(a.role, b.role);
            if a.org.is_some()
                || a.org_apart.is_some()
                || a.rank
                || a.generic
                || b.org.is_none()
                || (b.generic && !deputies)
                || b.rank
            {
                continue;
            }
            let joined = b.start == a.end + 1
                && self.unit(a.end).is_some_and(|x| {
                    x.text == ","
                        || x.is_dash()
                        // (Or `và` between an office and its deputy's, or a commander's and
                        // a commissar's: `Giám đốc và Phó Giám đốc Bệnh viện …`, `Chỉ huy
                        // trưởng và Chính ủy Bộ CHQS tỉnh`.)
                        || (x.key.is_some()
                            && self.canon(a.end) == Some("và")
                            && self.paired_roles(a, b))
                });
            if kiem || joined || deputies {
                out[k - 1].org_apart = self.shared_body(&out[k - 1], &out[k]);
            }
        }
    }

    /// Whether units `s..e` are a standing or an executive committee written bare: `Ban
    /// Thường vụ`, `Ban Chấp hành`.
    fn standing_committee(&self, s: usize, e: usize) -> bool {
        e == s + 3
            && self.folded_is(s, "ban")
            && ((self.folded_is(s + 1, "thuong") && self.folded_is(s + 2, "vu"))
                || (self.folded_is(s + 1, "chap") && self.folded_is(s + 2, "hanh")))
    }

    /// The Party or Youth Union committee, the union or the association that ends title
    /// `b`'s body, its seat with it (`Ban Tổ chức Tỉnh ủy Nghệ An` → `Tỉnh ủy Nghệ An`, `Tỉnh
    /// đoàn Bắc Giang`, `Ban Tổ chức Trung ương Đoàn` → `Trung ương Đoàn`, `Ban Tuyên giáo
    /// Liên đoàn Lao động tỉnh Nam Định` → `Liên đoàn Lao động tỉnh Nam Định`), less the
    /// body's term.
    #[cold]
    fn committee_in(&self, b: &Found) -> Option<(usize, usize)> {
        let (sb, eb) = b.org?;
        let eb = (sb + 2..eb).find(|&m| self.body_term_at(m)).unwrap_or(eb);
        (sb..eb.saturating_sub(1))
            .find(|&m| {
                self.unit(m).is_some_and(Unit::capitalized)
                    && (((self.folded_is(m + 1, "uy") || self.folded_is(m + 1, "doan"))
                        && matches!(
                            self.folded(m).as_deref(),
                            Some("tinh" | "huyen" | "thanh" | "quan" | "thi" | "dang")
                        ))
                        || (self.folded_is(m, "trung")
                            && self.folded_is(m + 1, "uong")
                            && self.folded_is(m + 2, "doan"))
                        // (Or a union's or an association's, whose standing committee it is
                        // too: `Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Liên đoàn Lao
                        // động tỉnh Nam Định`, `Công đoàn`, `LĐLĐ`, `Hội Nông dân`.)
                        || (self.folded_is(m, "lien")
                            && self.folded_is(m + 1, "doan")
                            && self.folded_is(m + 2, "lao"))
                        || (self.folded_is(m, "cong") && self.folded_is(m + 1, "doan"))
                        || self.unit(m).is_some_and(|x| x.text == "LĐLĐ")
                        || (self.folded_is(m, "hoi") && self.association_at(m)))
            })
            .map(|m| (m, eb))
    }

    /// Whether titles `a` and `b` are an office and its deputy's (`Chủ tịch` and `Phó Chủ
    /// tịch`, either first) or a commander's and a commissar's, which `và` joins before one
    /// body.
    #[cold]
    fn paired_roles(&self, a: &Found, b: &Found) -> bool {
        let commissar = |r: (usize, usize)| self.commissar(r);
        let commander = |(r0, r1): (usize, usize)| {
            (r1 > r0 && self.folded_is(r1 - 1, "truong"))
                || (r1 == r0 + 2 && self.folded_is(r0, "tu") && self.folded_is(r0 + 1, "lenh"))
        };
        self.deputy_role(a.role, b.role)
            || self.deputy_role(b.role, a.role)
            || (commissar(b.role) && commander(a.role))
            || (commissar(a.role) && commander(b.role))
    }

    /// Whether role `(r0, r1)` is a commissar's: `Chính ủy`, `Chính trị viên`.
    fn commissar(&self, (r0, r1): (usize, usize)) -> bool {
        self.folded_is(r0, "chinh")
            && ((r1 == r0 + 2 && self.folded_is(r0 + 1, "uy"))
                || (r1 == r0 + 3
                    && self.folded_is(r0 + 1, "tri")
                    && self.folded_is(r0 + 2, "vien")))
    }

    /// Whether title `t` starting at unit `t_start` is its holder's, named between commas
    /// after `và` or `cùng` that follow another title ending at `a_end` (a comma between):
    /// `ông A, Trưởng ban …, và ông B, Phó Trưởng ban`; past a form of address, or past the
    /// holder's rank, title `rank`.
    fn apposed_after_and(&self, a_end: usize, rank: Option<&Found>, t_start: usize) -> bool {
        let mut m = a_end;
        if self.text_at_is(m, ",") {
            m += 1;
        }
        if !matches!(self.canon(m), Some("và" | "cùng")) {
            return false;
        }
        m += 1;
        if let Some(r) = rank {
            if r.start != m {
                return false;
            }
            m = r.end;
        } else if let Some((he, _)) = self.h.longest(m, EntryKind::Honorific) {
            m = he;
        }
        let n = m;
        while m < n + 5 && self.unit(m).is_some_and(Unit::capitalized) {
            m += 1;
        }
        m > n + 1 && m + 1 == t_start && self.text_at_is(m, ",")
    }

    /// Whether role `d` is `Phó` and then role `p`'s syllables, tones and all (`Phó Chủ tịch`
    /// of `Chủ tịch`; `Phó Thủ trưởng` is no `Thứ trưởng`'s deputy).
    fn deputy_role(&self, (p0, p1): (usize, usize), (d0, d1): (usize, usize)) -> bool {
        d1 == d0 + 1 + (p1 - p0)
            && self.folded_is(d0, "pho")
            && self.same_syllables(p0, d0 + 1, p1 - p0)
    }

    /// Whether the `n` units from `a` and from `b` are the same syllables, tones and all.
    fn same_syllables(&self, a: usize, b: usize, n: usize) -> bool {
        let key = |m: usize| self.unit(m).and_then(|x| x.key);
        (0..n).all(|d| key(a + d).is_some() && key(a + d) == key(b + d))
    }

    /// [`Rules::shared_bodies`] for a Party committee written bare in title `a` (`Đảng ủy`,
    /// `Tỉnh ủy`, `Ban Thường vụ Huyện ủy`), before title `b` whose body is a local
    /// government's or a committee's with its seat (`HĐND xã Bến Lức`, `UBND tỉnh Thanh Hóa`,
    /// `Ban Tổ chức Tỉnh ủy Nghệ An`): that seat, its level too after `Đảng ủy` (`xã Bến
    /// Lức`), the place alone after a committee that names its level (`Thanh Hóa`).
    #[cold]
    fn shared_seat(&self, a: &Found, b: &Found) -> Option<(usize, usize)> {
        let (sa, ea) = a.org?;
        let (sb, eb) = b.org?;
        // (A commune's Party committee by its level alone, the next office's body naming
        // the commune: `Bí thư Đảng ủy xã, Chủ tịch HĐND xã Đông Hòa`.)
        if let Some(level) = self.commune_party_level(a) {
            let eb = (sb + 2..eb).find(|&m| self.body_term_at(m)).unwrap_or(eb);
            let m = (sb + 1..eb).find(|&m| {
                self.folded(m) == self.folded(level)
                    && !self.unit(m).is_some_and(Unit::capitalized)
                    && self.level_place(m) == Some(eb)
            })?;
            let place = self
                .h
                .longest(m, EntryKind::Level)
                .map_or(m + 1, |(le, _)| le);
            return (place < eb).then_some((place, eb));
        }
        if ea < sa + 2 || !self.folded_is(ea - 1, "uy") {
            return None;
        }
        // (The seat ends before the next body's term: `Phó Bí thư Đảng ủy, Chủ tịch UBND xã
        // Y Tý nhiệm kỳ 2021-2026`.)
        let eb = (sb + 2..eb).find(|&m| self.body_term_at(m)).unwrap_or(eb);
        // (The committee's level: `Tỉnh ủy` → `tỉnh`; none for `Đảng ủy`.)
        let level = self.folded(ea - 2)?;
        let party = level == "dang";
        if !party && !matches!(level.as_str(), "tinh" | "huyen" | "thanh" | "quan" | "thi") {
            return None;
        }
        // (No place of its own already: `Đảng ủy xã` is not bare.)
        if (sa..ea).any(|m| self.h.kinds_at(m) & bit(EntryKind::Place) != 0) {
            return None;
        }
        // (The seat that ends `b`'s body, after a local government's or a committee's name.)
        // (Or the province's delegation to the National Assembly: `Bí thư Tỉnh ủy, Trưởng
        // Đoàn ĐBQH tỉnh Quảng Trị`.)
        let local = |m: usize| {
            self.unit(m)
                .is_some_and(|x| matches!(x.text, "HĐND" | "UBND" | "ĐBQH"))
                || (self.folded_is(m, "dan") && self.folded_is(m - 1, "nhan"))
                || (self.folded_is(m, "hoi") && self.folded_is(m - 1, "quoc"))
        };
        // (After any body for `Đảng ủy`, whose seat is a commune's: `Phó Bí thư Đảng ủy, Chủ
        // tịch Ủy ban MTTQ Việt Nam xã Mường Lầm`.)
        // (A commune's seat whose name no list holds, capitalized to the end: `Chủ tịch UBND
        // xã Tam Quan Bắc`.)
        let commune = |m: usize| {
            party
                && (self.folded_is(m, "xa")
                    || self.folded_is(m, "phuong")
                    || (self.folded_is(m, "thi") && self.folded_is(m + 1, "tran")))
                && !self.unit(m).is_some_and(Unit::capitalized)
                && (m + 1..eb).all(|n| {
                    self.unit(n).is_some_and(|x| {
                        x.capitalized() || (n == m + 1 && self.folded_is(m, "thi"))
                    })
                })
                && eb > m
        };
        let seat = (sb + 1..eb).find(|&m| {
            ((party || local(m - 1)) && self.place_level(m) && self.level_place(m) == Some(eb))
                || commune(m)
        });
        match seat {
            Some(m) => {
                // (The level's own words: `thành phố`, `thị trấn`.)
                let place = self
                    .h
                    .longest(m, EntryKind::Level)
                    .map_or(m + 1, |(le, _)| le);
                if place >= eb {
                    // (A commune named by its level alone: `Phó Bí thư Đảng ủy, Chủ tịch UBND
                    // xã` is the commune's Party committee, `Đảng ủy xã`, not the committee's.)
                    (party && place == eb && commune(m)).then_some((m, eb))
                } else if party {
                    // (A commune's, whose Party committee is its `Đảng ủy`; a province's or a
                    // city's `Đảng ủy` is its council's or its government's own: `Bí thư Đảng
                    // ủy, Chủ tịch UBND Thành phố Hà Nội`.)
                    self.folded(m)
                        .is_some_and(|l| {
                            matches!(l.as_str(), "xa" | "phuong" | "dac")
                                || (l == "thi" && self.folded_is(m + 1, "tran"))
                        })
                        .then_some((m, eb))
                } else {
                    // (The same level as the committee's: `Tỉnh ủy` and `tỉnh Thanh Hóa`.)
                    (self.folded(m).as_deref() == Some(level.as_str())
                        || (level == "thanh" && self.folded_is(m, "tp")))
                    .then_some((place, eb))
                }
            }
            // (A committee's seat after its name: `Ban Tổ chức Tỉnh ủy Nghệ An`.)
            None if !party => (sb + 1..eb)
                .find(|&m| {
                    self.folded_is(m - 1, "uy")
                        && self.folded(m - 2).as_deref() == Some(level.as_str())
                        && self
                            .h
                            .longest(m, EntryKind::Place)
                            .is_some_and(|(pe, _)| pe == eb)
                })
                .map(|m| (m, eb)),
            _ => None,
        }
    }

    /// Whether title `t`'s role is an office whole alone, of no body (`Thủ tướng`, `Chủ tịch
    /// nước`: noted `self`).
    fn office_whole_alone(&self, t: &Found) -> bool {
        (t.role.0..t.role.1).any(|s| {
            self.h
                .at(s)
                .iter()
                .any(|x| x.kind == EntryKind::Role && self.note(x.note) == "self")
        })
    }

    /// Whether title `t`'s body is a board written bare, whose firm is not named after it:
    /// `HĐQT`, `HĐTV`, `Đảng ủy` (see [`Found::owner`]).
    fn bare_board(&self, t: &Found) -> bool {
        t.org.is_some_and(|(a, e)| self.board_end(a) == Some(e))
    }

    /// The end of a board's name at `a`: `HĐQT`, `HĐTV` (noted `org`), written out (`Hội
    /// đồng quản trị`, `Hội đồng thành viên`), `Đảng ủy`, a school's council (`Hội đồng trường`).
    fn board_end(&self, a: usize) -> Option<usize> {
        if self.folded_is(a, "dang") && self.folded_is(a + 1, "uy") {
            return Some(a + 2);
        }
        if self.folded_is(a, "hoi")
            && self.folded_is(a + 1, "dong")
            && ((self.folded_is(a + 2, "quan") && self.folded_is(a + 3, "tri"))
                || (self.folded_is(a + 2, "thanh") && self.folded_is(a + 3, "vien")))
        {
            return Some(a + 4);
        }
        // (A firm's supervisory board: `Ban kiểm soát`; after `Trưởng Ban`, whose `Ban` the
        // role holds, its field alone.)
        if self.folded_is(a, "ban")
            && self.folded_is(a + 1, "kiem")
            && self.folded_is(a + 2, "soat")
        {
            return Some(a + 3);
        }
        if a > 0
            && self.folded_is(a - 1, "ban")
            && self.folded_is(a, "kiem")
            && self.folded_is(a + 1, "soat")
        {
            return Some(a + 2);
        }
        // (A school's council: `Hội đồng trường Trường Đại học Tây Bắc`.)
        if self.folded_is(a, "hoi")
            && self.folded_is(a + 1, "dong")
            && self.folded_is(a + 2, "truong")
            && !self.unit(a + 2).is_some_and(Unit::capitalized)
        {
            return Some(a + 3);
        }
        self.h
            .at(a)
            .iter()
            .find(|x| x.kind == EntryKind::Org && self.note(x.note) == "org")
            .map(|x| x.end)
    }

    /// Whether title `t`'s body is a Party committee written bare: `Đảng ủy`.
    fn bare_party(&self, t: &Found) -> bool {
        t.org.is_some_and(|(a, e)| {
            e == a + 2 && self.folded_is(a, "dang") && self.folded_is(a + 1, "uy")
        })
    }

    /// The owner of a bare board that title `b`'s body names: the body, or what follows its
    /// own board (`Chủ tịch HĐTV Vinafood 2`: `Vinafood 2`), or its trade union's
    /// (`Chủ tịch Công đoàn Tổng công ty Phát điện 2`); none for a unit its role names
    /// (`Trưởng ban Kế hoạch`).
    #[cold]
    fn board_owner(&self, b: &Found) -> Option<(usize, usize)> {
        let (c, d) = b.org?;
        let c = if self.folded_is(c, "cong") && self.folded_is(c + 1, "doan") {
            c + 2
        } else {
            c
        };
        let c = self.board_end(c).unwrap_or(c);
        // (Or the firm after `của`, whose unit `b`'s body is: `Ủy viên HĐTV kiêm Trưởng ban
        // Đầu tư của Tập đoàn Dầu khí Việt Nam`.)
        let c = match (c..d).find(|&m| self.canon(m) == Some("của")) {
            Some(m) => m + 1,
            None if self.ends_in_head(b.role.0, b.role.1) => return None,
            None => c,
        };
        (c < d && self.unit(c).is_some_and(Unit::capitalized)).then_some((c, d))
    }

    /// [`Rules::shared_bodies`] for titles `a` and `b`: `b`'s body, unless `a` is an office
    /// whole alone (`Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao`), either is the Party's (`Phó
    /// Bí thư, Chủ tịch UBND tỉnh`: the Party committee's deputy secretary), or `b`'s role
    /// ends in its body's head (`Trưởng ban Tổ chức`, whose body is read apart).
    #[cold]
    fn shared_body(&self, a: &Found, b: &Found) -> Option<(usize, usize)> {
        let (oa, ob) = b.org?;
        let whole = self.office_whole_alone(a);
        let party = |t: &Found| {
            (t.role.0..t.role.1).any(|m| {
                (self.folded_is(m, "bi") && self.folded_is(m + 1, "thu"))
                    || (self.folded_is(m, "thuong") && self.folded_is(m + 1, "vu"))
                    || self.folded_is(m, "dang")
                    // (Nor a member's seat or a deputy's: `Thành ủy viên, Giám đốc Sở …`,
                    // `Đại biểu Quốc hội, Giám đốc Sở …`.)
                    || (self.folded_is(m, "uy") && self.folded_is(m + 1, "vien"))
                    || self.folded_is(m, "bieu")
            })
        };
        let head_in_role = (b.role.0 + 1..b.role.1).any(|s| {
            self.h
                .at(s)
                .iter()
                .any(|x| matches!(x.kind, EntryKind::Org | EntryKind::Level) && x.end == b.role.1)
        });
        // (A body named, with a capital: not a class, `Hiệu trưởng, giám đốc cơ sở giáo
        // dục`.)
        let named = self.unit(oa).is_some_and(Unit::capitalized)
            && self.unit(b.role.0).is_some_and(Unit::capitalized);
        let party_body = !named || self.folded_is(oa, "dang") || self.folded_is(oa, "chi");
        // (An office named by its body's head is of a body with that head: `Phó Vụ trưởng,
        // Giám đốc Học viện …` is no deputy of the academy; a minister is of a committee or
        // an office only as its chairman, `Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc`.)
        let other_head = (a.role.0..a.role.1).any(|m| {
            // (`Vụ trưởng`, `Viện phó`; `Trưởng ban`, `Phó Trưởng phòng`.)
            let h = if self.folded_is(m + 1, "truong") || self.folded_is(m + 1, "pho") {
                m
            } else if m + 1 < a.role.1 && self.folded_is(m, "truong") {
                m + 1
            } else {
                return false;
            };
            match self.folded(h).as_deref() {
                Some("bo") => !(b.role.0..b.role.1)
                    .any(|n| self.folded_is(n, "chu") && self.folded_is(n + 1, "nhiem")),
                Some(h @ ("vu" | "cuc" | "vien" | "so" | "phong" | "ban" | "doan" | "khoa")) => {
                    !(self.folded_is(oa, h) || (h == "cuc" && self.folded_is(oa + 1, h)))
                }
                _ => false,
            }
        });
        // (The General Staff's chief and deputies are of no ministry or region: `Tổng Tham
        // mưu trưởng, Thứ trưởng Bộ Quốc phòng`.)
        let general_staff = (a.role.0..a.role.1).any(|m| {
            self.folded_is(m, "tong")
                && self.folded_is(m + 1, "tham")
                && self.folded_is(m + 2, "muu")
        });
        if whole
            || party(a)
            || party(b)
            || head_in_role
            || party_body
            || other_head
            || general_staff
        {
            return None;
        }
        // (A board's office is of the board; another's of the firm that owns it: `Tổng Giám
        // đốc, Thành viên HĐQT Agribank` is Agribank's, `Thống đốc, Chủ tịch HĐQT` no board's.)
        let board = matches!(self.unit(oa).map(|x| x.text), Some("HĐQT" | "HĐTV"))
            || (self.folded_is(oa, "hoi") && self.folded_is(oa + 1, "dong"));
        if let Some(be) = self.board_end(oa).filter(|_| board) {
            let board_role = (a.role.0..a.role.1).any(|m| {
                (self.folded_is(m, "chu") && self.folded_is(m + 1, "tich"))
                    || (self.folded_is(m, "thanh") && self.folded_is(m + 1, "vien"))
                    || (self.folded_is(m, "uy") && self.folded_is(m + 1, "vien"))
            });
            if !board_role {
                return (be < ob).then_some((be, ob));
            }
        }
        Some((oa, ob))
    }

    /// A title's level of a meeting (`điện đàm cấp Bộ trưởng`: generic) and its body named
    /// apart ([`Found::org_apart`]).
    #[inline(never)]
    fn level_or_body_apart(&self, t: &mut Found) {
        // (The word before, asked of every title: its first letter first.)
        let first = |m: usize| {
            self.unit(m)
                .and_then(|x| x.text.bytes().next())
                .map_or(0, |b| b | 0x20)
        };
        let before = t
            .start
            .checked_sub(1)
            .filter(|&p| matches!(first(p), b'c' | b'l'))
            .and_then(|p| self.canon(p));
        // `điện đàm cấp Bộ trưởng`, `đoàn cấp Thứ trưởng trở lên`: the level of
        // a meeting or a delegation, an office no one holds there (generic).
        if before == Some("cấp")
            && t.mods.is_empty()
            && !t.rank
            && self.unit(t.start).is_some_and(Unit::capitalized)
            && !self.names_follow(t.end)
        {
            t.generic = true;
        }
        // (A bare board's owner before its holder: `Công ty … do ông A làm Chủ tịch HĐQT`.)
        if before == Some("làm")
            && t.start >= 4
            && t.org.is_some_and(|(_, e)| e == t.end)
            && self.bare_board(t)
        {
            // (Not the board of leaders named first: `Ban lãnh đạo Công ty …`.)
            t.owner = self.chaired_body(t.start - 1).map(|(a, e)| {
                let leaders = self.folded_is(a, "ban")
                    && self.folded_is(a + 1, "lanh")
                    && self.folded_is(a + 2, "dao")
                    && a + 3 < e;
                (if leaders { a + 3 } else { a }, e)
            });
        }
        if t.org.is_none() {
            // (Or, none found, the body after `phụ trách`: `được bổ nhiệm làm Phó Giám đốc phụ
            // trách Bệnh viện Đa khoa tỉnh Phú Thọ`.)
            let chaired = if before == Some("làm") && t.start >= 4 {
                // (A delegation's head heads the delegation, in lower case too: `đoàn công
                // tác Bộ Công Thương do … làm trưởng đoàn`.)
                let chaired = if self.folded_is(t.role.1 - 1, "doan") {
                    self.own_group(t).or_else(|| self.chaired_body(t.start - 1))
                } else {
                    self.chaired_body(t.start - 1).or_else(|| self.own_group(t))
                };
                chaired.or_else(|| self.appointing_firm(t.start - 1))
            } else {
                None
            };
            if chaired.is_some() {
                t.org_apart = chaired;
            } else if first(t.end) == b'p'
                && self.canon(t.end) == Some("phụ")
                && self.canon(t.end + 1) == Some("trách")
                && self.unit(t.end + 2).is_some_and(Unit::capitalized)
                && let Some((a, e)) = self.org(t.end + 2).filter(|&(a, _)| a == t.end + 2)
            {
                // (The whole is the title, `phụ trách` its modifier: the deputy who runs the
                // body, named with it in the holder's apposition.)
                t.mods.push((t.end, t.end + 2));
                t.org = Some((a, e));
                t.end = e;
            } else if first(t.end) == b'p'
                && self.canon(t.end) == Some("phụ")
                && self.canon(t.end + 1) == Some("trách")
                && let Some((d, body)) = self.duty_then_body(t.end + 2)
            {
                // (Or after the duty he runs: `Phó Giám đốc phụ trách chuyên môn Bệnh viện Đa
                // khoa tỉnh Quảng Nam`, `Phó chủ tịch phụ trách châu Á của Boeing`.)
                t.mods.push((t.end, d));
                t.org = Some(body);
                t.end = body.1;
            } else if t.org_apart.is_none()
                && self.unit(t.end).is_some_and(Unit::capitalized)
                && let Some(b) = self.body_bracketed_after_name(t.end)
            {
                // (Or the body in brackets after its holder's name: `Thẩm phán Lê Anh Tuấn
                // (TAND tỉnh Tuyên Quang)`.)
                t.org_apart = Some(b);
            }
        } else if let Some((a, e)) = t.org
            && first(a) == b'p'
            && self.canon(a) == Some("phụ")
            && self.canon(a + 1) == Some("trách")
            && e > a + 3
            && self.org(a + 2).is_some_and(|(b, _)| b == a + 2)
        {
            // (`Phụ trách` written with a capital is the modifier still, not the body's first
            // words: `Phó Cục trưởng Phụ trách Cục Thuế tỉnh Điện Biên`.)
            t.mods.push((a, a + 2));
            t.org = Some((a + 2, e));
        } else if let Some((a, e)) = t.org
            && (self.h.kinds_at(a) & bit(EntryKind::Place) != 0 || self.folded_is(a, "khu"))
            && let Some(c) = self.region_of_body(a, e)
        {
            // (A region, then the body after `của`: `Giám đốc khu vực châu Á của KBS`; the
            // region is the office's modifier, the body its org.)
            t.mods.push((a, c));
            t.org = Some((c + 1, e));
        } else if let Some((a, e)) = t.org
            && self.folded_is(a, "khu")
            && self.folded_is(a + 1, "vuc")
            && self
                .h
                .longest(a + 2, EntryKind::Place)
                .map_or(a + 2, |(pe, _)| pe)
                == e
            && let Some(b) = self.body_after_of(e).or_else(|| {
                (self.canon(e) == Some("của") && self.spaced(e + 1))
                    .then(|| self.brand_after_of(e + 1, true))
                    .flatten()
            })
        {
            // (Or `khu vực` and its region before `của`: `Giám đốc điều hành khu vực của
            // Tata Steel`, `Phó Chủ tịch khu vực châu Á của Tập đoàn …`.)
            t.mods.push((a, e));
            t.org = Some(b);
            t.end = t.end.max(b.1);
        }
    }

    /// A bracket at `k` inside a body's name: its short name or region, then more of the
    /// name (`Phòng Cảnh sát hình sự (PC02) Công an tỉnh Vĩnh Phúc`, `Sở Giáo dục và Đào tạo
    /// (Sở GD&ĐT) tỉnh Điện Biên`, `Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Đắk Lắk`):
    /// where the name goes on. (A parent body alone in brackets stays out of the name, as
    /// written apart: `phòng Dược (Sở Y tế Long An)`.)
    #[cold]
    fn through_bracket(&self, k: usize) -> Option<usize> {
        let c = (k + 2..self.u.len().min(k + 9)).find(|&m| {
            self.unit(m)
                .is_some_and(|x| matches!(x.text, ")" | "(" | "," | ";" | "."))
        })?;
        if !self.text_at_is(c, ")")
            || (k + 1..c).any(|m| {
                self.unit(m)
                    .is_none_or(|x| x.kind == TokenKind::Number || x.kind == TokenKind::Punctuation)
            })
        {
            return None;
        }
        let n = c + 1;
        if self.spaced(n) && self.unit(n).is_some_and(Unit::capitalized) && c <= k + 5 {
            // (Another body, not an office: `(PC02) Công an tỉnh`, not `(2016-2021) Bộ
            // trưởng`.)
            if let Some((oe, _)) = self.h.longest(n, EntryKind::Org)
                && self
                    .h
                    .longest(n, EntryKind::Role)
                    .is_none_or(|(re, _)| re <= oe)
                && !self.person_name_at(n)
            {
                return Some(n);
            }
            if let Some((pe, _)) = self.h.longest(n, EntryKind::Place)
                && !self.person_name_at(n)
            {
                return Some(pe);
            }
        }
        // (A level and its place: not `chi nhánh` alone.)
        if self.spaced(n)
            && let Some((le, _)) = self.h.longest(n, EntryKind::Level)
            && let Some(e) = self.level_place(n).filter(|&e| e > le)
        {
            return Some(e);
        }
        None
    }

    /// The holder's whole name at `k`, then a body alone in brackets (`Thẩm phán Lê Anh
    /// Tuấn (TAND tỉnh Tuyên Quang)`), between commas (`Thẩm phán Ksor H'Bin, TAND huyện Ea
    /// H'leo, tuyên …`) or after `của` (`thẩm phán Cù Thị Hạnh của TAND tỉnh Thái
    /// Nguyên`): the body.
    #[cold]
    fn body_bracketed_after_name(&self, k: usize) -> Option<(usize, usize)> {
        if !self.spaced(k) || !self.person_name_at(k) {
            return None;
        }
        let run = self.capitalized_run(k, 5);
        if run < k + 2 {
            return None;
        }
        if self.text_at_is(run, "(") {
            return self
                .org(run + 1)
                .filter(|&(a, e)| a == run + 1 && self.text_at_is(e, ")"));
        }
        let apposed = self.text_at_is(run, ",");
        if !(apposed || self.canon(run) == Some("của"))
            || !self.unit(run + 1).is_some_and(Unit::capitalized)
        {
            return None;
        }
        // (Between commas the apposition closed, no list: not `…, Bộ Công an và Bộ Quốc
        // phòng`.)
        self.org(run + 1).filter(|&(a, e)| {
            a == run + 1
                && (!apposed
                    || self
                        .unit(e)
                        .is_none_or(|x| matches!(x.text, "," | "." | ";")))
                && !(apposed && self.text_at_is(e, ",") && self.canon(e + 1) == Some("và"))
                // (Nor a party, its holder's membership: `Cựu tổng thống Donald Trump của
                // Đảng Cộng hòa`; a Party committee is a body, `Đảng ủy`, `Đảng bộ`.)
                && (!self.folded_is(a, "dang")
                    || matches!(self.folded(a + 1).as_deref(), Some("uy" | "bo" | "doan")))
        })
    }

    /// Where `của` is in an org `a..e` that starts with a region (a listed place or `khu
    /// vực`, and a place after it), a body's name after it to the end.
    #[cold]
    fn region_of_body(&self, a: usize, e: usize) -> Option<usize> {
        let mut r = if self.folded_is(a, "khu") && self.folded_is(a + 1, "vuc") {
            a + 2
        } else {
            a
        };
        if let Some((pe, _)) = self.h.longest(r, EntryKind::Place) {
            r = pe;
        }
        (r > a + 1
            && r + 1 < e
            && self.canon(r) == Some("của")
            && self.unit(r + 1).is_some_and(Unit::capitalized))
        .then_some(r)
    }

    /// A duty of one to four words in lower case (a listed place among them: `châu Á`) from
    /// `k`, then a body written with a capital or `của` and its body: where the duty ends,
    /// and the body.
    #[cold]
    fn duty_then_body(&self, k: usize) -> Option<(usize, (usize, usize))> {
        // (`phụ trách công tác Khoa học - Kỹ thuật`: a portfolio, named by its field.)
        if self.folded_is(k, "cong") && self.folded_is(k + 1, "tac") {
            return None;
        }
        let mut m = k;
        while m < k + 5 {
            let x = self.unit(m)?;
            if !self.spaced(m) || x.key.is_none() {
                return None;
            }
            if m > k && self.canon(m) == Some("của") {
                return self
                    .body_after_of(m)
                    .or_else(|| self.brand_after_of(m + 1, true))
                    .map(|b| (m, b));
            }
            if x.capitalized() {
                if let Some((pe, _)) = self.h.longest(m, EntryKind::Place) {
                    m = pe;
                    continue;
                }
                // (A body's head, not a field: `phụ trách công tác Khoa học - Kỹ thuật` is a
                // minister's portfolio.)
                return (m > k && self.h.kinds_at(m) & bit(EntryKind::Org) != 0)
                    .then(|| self.org(m))
                    .flatten()
                    .filter(|&(a, _)| a == m)
                    .map(|b| (m, b));
            }
            if let Some((pe, _)) = self.h.longest(m, EntryKind::Place) {
                m = pe;
                continue;
            }
            // (No verb, office or body in the duty: `phụ trách, điều hành …`.)
            if self.h.kinds_at(m) & (bit(EntryKind::Role) | bit(EntryKind::Org)) != 0
                || self.stops_name(m)
            {
                return None;
            }
            m += 1;
        }
        None
    }

    /// The nearest unit up to `back` units before `làm` at `l` (not the one right before it)
    /// for which `f` holds, with no clause's end between (`;`, `.`, `:`; a comma or a bracket
    /// too when `tight`): where `do`, `bầu` or `bổ nhiệm` is.
    fn back_in_clause(
        &self,
        l: usize,
        back: usize,
        tight: bool,
        f: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        (l.saturating_sub(back)..l.saturating_sub(1))
            .rev()
            .take_while(|&m| {
                !self.unit(m).is_some_and(|x| {
                    matches!(x.text, ";" | "." | ":")
                        || (tight && matches!(x.text, "," | ")" | "("))
                })
            })
            .find(|&m| f(m))
    }

    /// `do ông Trần Văn Lâu, Chủ tịch UBND tỉnh, làm Trưởng ban`: `do` before `làm` at `l`
    /// with the holder's name, then his other office between two commas, the second right
    /// before `làm`.
    #[cold]
    fn do_holder_apposed(&self, l: usize) -> Option<usize> {
        if l < 6 || !self.text_at_is(l - 1, ",") {
            return None;
        }
        // (His office: capitalized first, no other comma in it, up to twelve units.)
        let c = self.back_in_clause(l - 1, 13, false, |m| self.text_at_is(m, ","))?;
        if c + 2 > l - 1 || !self.unit(c + 1).is_some_and(Unit::capitalized) {
            return None;
        }
        // (His name before it, a form of address maybe before that, then `do`.)
        let mut n = c;
        while n + 5 > c && n > 0 && self.unit(n - 1).is_some_and(Unit::capitalized) {
            n -= 1;
        }
        if n + 2 > c || !self.person_name_at(n) {
            return None;
        }
        let d = self
            .h
            .ends_at(n, EntryKind::Honorific, 2)
            .unwrap_or(n)
            .checked_sub(1)?;
        (self.canon(d) == Some("do")).then_some(d)
    }

    /// `Hội đồng Y khoa Quốc gia do GS.TS Trần Văn Thuấn làm Chủ tịch`: the body before
    /// `do`, its holder and `làm` at `l`, whose office the title after `làm` is (the body
    /// ends right before `do`, or before a comma there).
    #[cold]
    fn chaired_body(&self, l: usize) -> Option<(usize, usize)> {
        // (`do` up to ten units before `làm`, no clause's end between: the holder, his
        // degrees and his other offices.)
        // (A comma only after his rank: `Học viện Quân y do Thiếu tướng, GS.TS Đỗ Quyết làm
        // Giám đốc`.)
        let d = self
            .back_in_clause(l, 10, true, |m| self.canon(m) == Some("do"))
            .or_else(|| {
                let d = self.back_in_clause(l, 10, false, |m| self.canon(m) == Some("do"))?;
                (d + 1..l)
                    .filter(|&m| self.text_at_is(m, ","))
                    .all(|m| self.h.ends_at(m, EntryKind::Rank, 3) == Some(d + 1))
                    .then_some(d)
            })
            .or_else(|| self.do_holder_apposed(l))?;
        if !(d + 1..l).any(|m| self.unit(m).is_some_and(Unit::capitalized)) {
            return None;
        }
        self.body_before_do(d, false)
            .map(|(a, e)| self.past_leaders(a, e))
            .or_else(|| self.brand_before_do(d))
            .or_else(|| self.steering_before_do(d))
            // (Not a place the group works at, `đoàn kiểm toán tại Bộ Quốc phòng do …`, nor
            // the group's bare word, `Đoàn do ông … làm trưởng đoàn`.)
            .filter(|&(a, e)| {
                let at_place = a > 0 && matches!(self.canon(a - 1), Some("tại" | "ở"));
                let bare_group = e == a + 1 && self.folded_is(a, "doan");
                !(at_place || bare_group)
            })
    }

    /// A steering board whose long name no reading takes whole, before `do` at `d` (a comma
    /// or its seat in brackets between): `Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực cấp
    /// tỉnh do đồng chí …, Bí thư Tỉnh ủy, làm Trưởng ban`, `Ban Chỉ đạo Tháng hành động vì
    /// an toàn thực phẩm năm 2024 tỉnh Tiền Giang do …`: from `Ban Chỉ đạo` to there, when no
    /// clause's end nor verb of its own is between.
    #[cold]
    fn steering_before_do(&self, d: usize) -> Option<(usize, usize)> {
        let mut e = if d > 0 && self.text_at_is(d - 1, ",") {
            d - 1
        } else {
            d
        };
        if e > 0 && self.text_at_is(e - 1, ")") {
            e = (e.saturating_sub(8)..e - 1)
                .rev()
                .find(|&m| self.text_at_is(m, "("))?;
        }
        let s = (e.saturating_sub(24)..e.saturating_sub(3))
            .rev()
            .find(|&s| {
                self.folded_is(s, "ban")
                    && self.unit(s).is_some_and(Unit::capitalized)
                    && self.folded_is(s + 1, "chi")
                    && self.folded_is(s + 2, "dao")
            })?;
        let clean = (s + 3..e).all(|m| {
            self.unit(m).is_some_and(|x| {
                !matches!(x.text, ";" | "." | ":" | "?" | "!")
                    && !self.folded(m).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "gom" | "co" | "la" | "da" | "duoc" | "se" | "dang" | "vua" | "ban"
                        )
                    })
            })
        });
        let owned = s > 0 && matches!(self.canon(s - 1), Some("của" | "thuộc"));
        (clean && !owned).then_some((s, e))
    }

    /// A body `a..e` past the board of its leaders named first, whose head the holder is
    /// not: `Ban Giám đốc Bệnh viện Từ Dũ do … làm Giám đốc` (the hospital), `Ban lãnh đạo
    /// Công ty …`, `Ban Giám hiệu Trường …`.
    fn past_leaders(&self, a: usize, e: usize) -> (usize, usize) {
        let board = self.folded_is(a, "ban")
            && ((self.folded_is(a + 1, "giam")
                && matches!(self.folded(a + 2).as_deref(), Some("doc" | "hieu")))
                || (self.folded_is(a + 1, "lanh") && self.folded_is(a + 2, "dao")));
        if board && a + 3 < e && self.unit(a + 3).is_some_and(Unit::capitalized) {
            (a + 3, e)
        } else {
            (a, e)
        }
    }

    /// A firm by its foreign brand alone before `do` at `d` (maybe a comma between), the
    /// clause's start or a firm's word before it: `Bamboo Airways do ông … làm Tổng giám đốc`,
    /// `Hãng Korean Air, do ông … làm Chủ tịch`.
    #[cold]
    fn brand_before_do(&self, d: usize) -> Option<(usize, usize)> {
        let e = if d > 0 && self.text_at_is(d - 1, ",") {
            d - 1
        } else {
            d
        };
        let mut s = e;
        while s > 0
            && s + 4 > e
            && (s == e || self.spaced(s))
            && self.unit(s - 1).is_some_and(|x| {
                x.capitalized() && matches!(x.kind, TokenKind::Word | TokenKind::Syllable)
            })
        {
            s -= 1;
        }
        // (One foreign word at least, and no person's name: `Bamboo Airways`, `Korean Air`.)
        if s == e
            || !(s..e).any(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Word))
            || self.person_name_at(s)
        {
            return None;
        }
        // (The clause's start, or the firm's word `hãng` in any case.)
        let start = s == 0
            || self
                .unit(s - 1)
                .is_some_and(|x| matches!(x.text, "," | ":" | "(" | "\"" | "“"))
            || self.folded_is(s - 1, "hang");
        start.then_some((s, e))
    }

    /// `Ban chuyên án do Đại tá …, Phó Giám đốc Công an tỉnh, làm Trưởng ban`, `Đoàn giám
    /// sát của HĐND thành phố do … làm trưởng đoàn`, `Tổ công tác 1645 do … làm tổ trưởng`,
    /// `Hội đồng thẩm định do … làm chủ tịch`: the group named before `do` whose own head
    /// title `t` (after `làm`) is: a delegation's, a team's, a board's, a council's.
    #[cold]
    fn own_group(&self, t: &Found) -> Option<(usize, usize)> {
        // (`do` up to twenty-two units before `làm`; his name and other offices between,
        // with commas but no clause's end.)
        let l = t.start - 1;
        let d = self.back_in_clause(l, 22, false, |m| self.canon(m) == Some("do"))?;
        // (Before a comma, an opening bracket, `sẽ`, `đã`: `Ban Pháp chế HĐND tỉnh (do …
        // làm trưởng ban)`, `Đoàn Việt Nam dự Olympic Trẻ sẽ do …`.)
        let mut e = d;
        while e > 0
            && (self.text_at_is(e - 1, ",")
                || self.text_at_is(e - 1, "(")
                || matches!(self.folded(e - 1).as_deref(), Some("se" | "da" | "vua")))
        {
            e -= 1;
        }
        // (The head word the title names: `đoàn`, `tổ`, `ban`, `nhóm`; a council's chair.)
        let role = (t.role.0..t.role.1)
            .find_map(|m| {
                let f = self.folded(m)?;
                matches!(f.as_str(), "doan" | "to" | "ban" | "nhom").then_some(f)
            })
            .or_else(|| {
                (self.folded_is(t.role.1 - 2, "chu") && self.folded_is(t.role.1 - 1, "tich"))
                    .then(|| "hoi".to_string())
            })?;
        // (The group's name: its head word capitalized, up to twelve units before, no
        // punctuation but a bracket between.)
        // (Or a delegation in lower case by what it does: `đoàn công tác của Thanh tra Chính
        // phủ do … làm trưởng đoàn`, `đoàn kiểm tra của Ban Bí thư do …`.)
        let g = (e.saturating_sub(12)..e).rev().find(|&m| {
            self.folded_is(m, &role)
                && (self.unit(m).is_some_and(Unit::capitalized)
                    || (role == "doan" && self.delegation_kind(m + 1)))
        })?;
        if role == "hoi" && !self.folded_is(g + 1, "dong") {
            return None;
        }
        // (Its name ends before what it is made of: `Hội đồng giải thưởng gồm 11 thành viên,
        // do …`.)
        let e = (g + 1..e)
            .find(|&m| self.canon(m) == Some("gồm"))
            .unwrap_or(e);
        let clean = |a: usize, b: usize| {
            (a..b).all(|m| {
                self.unit(m).is_some_and(|x| {
                    x.kind != TokenKind::Punctuation || matches!(x.text, "(" | ")" | "-")
                })
            })
        };
        // (A comma only inside the body it ends with: `đoàn công tác Bộ Văn hóa, Thể thao
        // và Du lịch do …`.)
        let clean = clean(g, e)
            || (g + 1..e).any(|m| {
                clean(g, m)
                    && self.unit(m).is_some_and(Unit::capitalized)
                    && self.org(m) == Some((m, e))
            });
        (clean && e > g + 1).then_some((g, e))
    }

    /// Whether the two words at `m` say what a delegation (`đoàn`) does: `công tác`, `đại
    /// biểu`, `giám sát`, `kiểm tra`, `khảo sát`, `thanh tra`.
    fn delegation_kind(&self, m: usize) -> bool {
        matches!(
            (self.folded(m).as_deref(), self.folded(m + 1).as_deref()),
            (Some("cong"), Some("tac"))
                | (Some("dai"), Some("bieu"))
                | (Some("giam"), Some("sat"))
                | (Some("kiem"), Some("tra"))
                | (Some("khao"), Some("sat"))
                | (Some("thanh"), Some("tra"))
        ) && !self.unit(m).is_some_and(Unit::capitalized)
    }

    /// `Công ty TNHH Chứng khoán Yuanta Việt Nam bổ nhiệm ông … làm Phó Tổng giám đốc`,
    /// `Liên đoàn Golf Việt Nam đã bầu ông … làm Chủ tịch`: a firm, a bank or an association
    /// that appoints or elects the holder of a bare title after `làm` at `l` heads him (not
    /// the state, which appoints to its other bodies: `UBND tỉnh bổ nhiệm ông … làm Giám
    /// đốc`).
    #[cold]
    fn appointing_firm(&self, l: usize) -> Option<(usize, usize)> {
        // (Past the holder's apposition between commas: `bầu ông A, Giám đốc Sở GD&ĐT, làm
        // Chủ tịch`.)
        let l = if l > 2 && self.text_at_is(l - 1, ",") {
            (l.saturating_sub(24)..l - 1)
                .rev()
                .take_while(|&m| {
                    !self
                        .unit(m)
                        .is_some_and(|x| matches!(x.text, ";" | "." | ":"))
                })
                .find(|&m| self.text_at_is(m, ","))
                .unwrap_or(l)
        } else {
            l
        };
        let v = self.back_in_clause(l, 8, true, |m| {
            self.canon(m) == Some("bầu")
                || (self.folded_is(m, "nhiem")
                    && m > 0
                    && self.folded_is(m - 1, "bo")
                    && self.canon(m - 1) == Some("bổ"))
        })?;
        let mut d = if self.folded_is(v, "nhiem") { v - 1 } else { v };
        // (`đã`, `vừa`, `chính thức` before the verb; `biểu quyết`, `tiến hành`, `nhất trí`,
        // how the congress votes.)
        loop {
            if d > 0
                && matches!(
                    self.canon(d - 1),
                    Some("đã" | "vừa" | "mới" | "chính" | "thức")
                )
            {
                d -= 1;
            } else if d > 1
                && ((self.folded_is(d - 2, "bieu") && self.folded_is(d - 1, "quyet"))
                    || (self.folded_is(d - 2, "tien") && self.folded_is(d - 1, "hanh"))
                    || (self.folded_is(d - 2, "nhat") && self.folded_is(d - 1, "tri")))
            {
                d -= 2;
            } else {
                break;
            }
        }
        if self.canon(v) == Some("bầu") || self.canon(v) == Some("nhiệm") {
            let (a, e) = self.body_before_do(d, false)?;
            // (A board appoints to the firm it governs: `HĐQT BIDV bổ nhiệm ông … làm Phó
            // Tổng Giám đốc`, of BIDV; it elects its own chairman.)
            let board = if self.folded_is(a, "hdqt") {
                1
            } else if self.folded_is(a, "hoi")
                && self.folded_is(a + 1, "dong")
                && self.folded_is(a + 2, "quan")
                && self.folded_is(a + 3, "tri")
            {
                4
            } else {
                0
            };
            if board > 0 && self.canon(v) == Some("nhiệm") {
                return (a + board < e).then_some((a + board, e));
            }
            // (Not the police nor the central bank, state bodies: `Công an tỉnh …`, `Ngân
            // hàng Nhà nước …`.)
            let firm = match self.folded(a).as_deref() {
                Some("cong") => !self.folded_is(a + 1, "an"),
                Some("ngan") => !(self.folded_is(a + 2, "nha") && self.folded_is(a + 3, "nuoc")),
                Some("chung" | "tap" | "quy" | "hiep") => true,
                Some("tong") => self.folded_is(a + 1, "cong"),
                Some("lien") => self.folded_is(a + 1, "doan"),
                Some("hdqt") => true,
                _ => false,
            };
            return firm.then_some((a, e));
        }
        None
    }

    /// `Sở Y tế tỉnh Thừa Thiên Huế do Giám đốc Nguyễn Đình Bảo Toàn phụ trách`, `đoàn
    /// công tác của Sở Y tế do Phó Giám đốc Nguyễn Hoài Nam dẫn đầu`, `… do ông Nguyễn Văn
    /// Hào, Phó Trưởng ban, dẫn đầu`: title `t` right after `do` (by), or after `do`, the
    /// holder's name and a comma, is of the body before `do` (or of the parent after `của`
    /// of the delegation it leads).
    #[cold]
    fn led_body(&self, t: &Found) -> Option<(usize, usize)> {
        let p = t.start.checked_sub(1)?;
        if !(self.text_at_is(p, ",") || self.canon(p) == Some("do")) {
            return None;
        }
        let d = if self.canon(p) == Some("do") {
            p
        } else {
            // (The holder's name, capitalized, and his form of address.)
            let m = (p.saturating_sub(5)..p)
                .rev()
                .find(|&m| !self.unit(m).is_some_and(Unit::capitalized))?;
            if m + 1 >= p {
                return None;
            }
            // (Or his rank: `do Đại tá Nguyễn Văn Dân, Chính ủy, dẫn đầu`.)
            let d = match self
                .h
                .ends_at(m + 1, EntryKind::Honorific, 2)
                .or_else(|| self.h.ends_at(m + 1, EntryKind::Rank, 3))
            {
                Some(h) => h.checked_sub(1)?,
                None => m,
            };
            if self.canon(d) != Some("do") {
                return None;
            }
            d
        };
        // (What he does there says he acts for the body: leads, is in charge of, heads, runs,
        // manages or directs it, presents or chairs for it; not `lập ra`, founded, nor `kiêm chức Bộ
        // trưởng`, another office he holds, nor `làm Trưởng đoàn`, the delegation's head.)
        let mut v = t.end;
        // (A foreign name's parts joined by a hyphen too: `Kim Do-yeon`.)
        while v < t.end + 7
            && self.unit(v).is_some_and(|x| {
                x.capitalized()
                    || (v > t.end
                        && x.gap == Gap::None
                        && (x.is_dash() || x.kind == TokenKind::Word))
            })
        {
            v += 1;
        }
        if self.text_at_is(v, ",") {
            v += 1;
        }
        let pair = |a: &str, b: &str| self.folded_is(v, a) && self.folded_is(v + 1, b);
        // (`làm trưởng đoàn` only for a delegation of a body: see below.)
        let heads_delegation = pair("lam", "truong") && self.folded_is(v + 2, "doan");
        if !(pair("dan", "dau")
            || pair("phu", "trach")
            || pair("dung", "dau")
            || pair("dieu", "hanh")
            || pair("quan", "ly")
            || pair("trinh", "bay")
            || pair("chu", "tri")
            || pair("lanh", "dao")
            || heads_delegation)
        {
            return None;
        }
        // (Not the Government, whose members lead its delegations by their own offices:
        // `phái đoàn của Chính phủ do Bộ trưởng … làm Trưởng đoàn`.)
        let body = self
            .body_before_do(d, true)
            .filter(|&(a, e)| !(e == a + 2 && self.canon_pair(a, "chính", "phủ")));
        // (A delegation of a body named inside its name, that body: `Đoàn công tác Bộ Công
        // Thương do Thứ trưởng … dẫn đầu`, `Đoàn đại biểu Ủy ban Quốc phòng và An ninh của
        // Quốc hội do Chủ nhiệm …`, `Đoàn công tác tỉnh Xiêng Khoảng do Phó Tỉnh trưởng …`.)
        // (A delegation's own head or deputy heads that delegation: `Đoàn đại biểu Quốc hội
        // tỉnh Đồng Nai do bà …, Phó Trưởng đoàn chuyên trách, dẫn đầu`.)
        if let Some((a, e)) = body
            && self.delegation_named(a)
        {
            if (t.role.0..t.role.1).any(|m| self.folded_is(m, "doan")) {
                return body;
            }
            if let Some(inner) = self.delegation_of(a, e) {
                return Some(inner);
            }
        }
        // (With `làm trưởng đoàn`, only the body after `của` or the delegation's kind:
        // `Đoàn công tác của Bộ Y tế do Thứ trưởng … làm trưởng đoàn`, `đoàn công tác Bộ Văn
        // hóa, Thể thao và Du lịch do Thứ trưởng … làm trưởng đoàn`.)
        if heads_delegation
            && !body.is_some_and(|(a, _)| {
                a > 0
                    && (self.canon(a - 1) == Some("của")
                        || (a > 2 && self.folded_is(a - 3, "doan") && self.delegation_kind(a - 2)))
            })
        {
            return None;
        }
        // (Not a group its holder leads, whose head he is not by his office: `Đoàn đại biểu
        // Việt Nam do Bộ trưởng … dẫn đầu`, `Tổ công tác do Phó Giám đốc …`; nor a meeting he
        // chairs, `Hội nghị do Thống đốc chủ trì`.)
        body.filter(|&(a, _)| {
            !(matches!(
                self.folded(a).as_deref(),
                Some("doan" | "to" | "nhom" | "tieu" | "le" | "phien" | "ky")
            ) || (self.folded_is(a, "phai") && self.folded_is(a + 1, "doan"))
                || (self.folded_is(a, "hoi")
                    && matches!(
                        self.folded(a + 1).as_deref(),
                        Some("dong" | "nghi" | "thao")
                    ))
                || (self.folded_is(a, "dien") && self.folded_is(a + 1, "dan"))
                || (self.folded_is(a, "ban")
                    && self.folded_is(a + 1, "chi")
                    && self.folded_is(a + 2, "dao")))
        })
        .and_then(|b| self.past_board_for(b, t))
    }

    /// Body `a..e` past the standing or leaders' board named first, for an office of the
    /// body the board leads, not a member's seat on the board: `Ban Thường trực Ủy ban MTTQ
    /// Việt Nam huyện Phù Cát do bà …, Chủ tịch, dẫn đầu` (the committee); none when the
    /// board is named alone (`Thay mặt Ban Giám hiệu, Phó Hiệu trưởng …`).
    fn past_board_for(&self, (a, e): (usize, usize), t: &Found) -> Option<(usize, usize)> {
        if let Some(skip) = self.party_caucus(a, t) {
            return (a + skip < e && self.unit(a + skip).is_some_and(Unit::capitalized))
                .then_some((a + skip, e))
                .or(Some((a, e)));
        }
        if !self.folded_is(a, "ban") {
            return Some((a, e));
        }
        let board = match self.folded(a + 1).as_deref() {
            Some("giam") => matches!(self.folded(a + 2).as_deref(), Some("doc" | "hieu")),
            Some("lanh") => self.folded_is(a + 2, "dao"),
            Some("thuong") => matches!(self.folded(a + 2).as_deref(), Some("truc" | "vu")),
            _ => false,
        };
        let (r0, _) = t.role;
        let member = (self.folded_is(r0, "uy") || self.folded_is(r0, "thanh"))
            && self.folded_is(r0 + 1, "vien");
        if !board || member {
            Some((a, e))
        } else if a + 3 < e && self.unit(a + 3).is_some_and(Unit::capitalized) {
            Some((a + 3, e))
        } else {
            None
        }
    }

    /// Words of a Party caucus named at `a` for an office of the body it leads, not one of
    /// its own seats: `Ban cán sự đảng` (4), `Đảng đoàn` (2). `Thay mặt Ban cán sự đảng Bộ
    /// Tài nguyên và Môi trường, Thứ trưởng Thường trực …` names the ministry's deputy
    /// minister; a Party office or a member's seat keeps the caucus.
    fn party_caucus(&self, a: usize, t: &Found) -> Option<usize> {
        let skip = if self.folded_is(a, "ban")
            && self.folded_is(a + 1, "can")
            && self.folded_is(a + 2, "su")
            && self.folded_is(a + 3, "dang")
        {
            4
        } else if self.folded_is(a, "dang") && self.folded_is(a + 1, "doan") {
            2
        } else {
            return None;
        };
        let (r0, r1) = t.role;
        let own = (r0..r1).any(|i| {
            matches!(self.folded(i).as_deref(), Some("thu" | "vien"))
                && matches!(
                    self.folded(i.wrapping_sub(1)).as_deref(),
                    Some("bi" | "uy" | "thanh")
                )
        });
        (!own).then_some(skip)
    }

    /// Whether a delegation's name starts at `a`: `Đoàn` capitalized or `Phái đoàn`.
    fn delegation_named(&self, a: usize) -> bool {
        (self.folded_is(a, "doan") && self.unit(a).is_some_and(Unit::capitalized))
            || (self.folded_is(a, "phai") && self.folded_is(a + 1, "doan"))
    }

    /// The body a delegation `a..e` is of, named inside its name after `Đoàn công tác` or
    /// `Đoàn đại biểu`: a capitalized body or a level and its place that ends at `e`.
    #[cold]
    fn delegation_of(&self, a: usize, e: usize) -> Option<(usize, usize)> {
        // (`Đoàn đại biểu Quốc hội tỉnh …` is a body of its own.)
        if self.canon_pair(a + 2, "quốc", "hội") {
            return None;
        }
        // (Or right after `Đoàn`: `Đoàn Bộ Tài nguyên và Môi trường do Thứ trưởng …`; not the
        // Youth Union, `Đoàn Thanh niên`.)
        let from = if self.folded_is(a, "doan")
            && self.unit(a + 1).is_some_and(Unit::capitalized)
            && !self.folded_is(a + 1, "thanh")
        {
            a + 1
        } else {
            a + 2
        };
        (from..e.saturating_sub(1)).find_map(|s| {
            let x = self.unit(s)?;
            if !self.spaced(s) || x.key.is_none() {
                return None;
            }
            if x.capitalized() {
                return self.org(s).filter(|&(_, oe)| oe == e);
            }
            // (A level in lower case and its listed place.)
            let (le, _) = self.h.longest(s, EntryKind::Level)?;
            let (pe, _) = self.h.longest(le, EntryKind::Place)?;
            (pe == e && self.canon(s - 1) != Some("của")).then_some((s, e))
        })
    }

    /// Whether the role at `r` is `đại biểu` after `đoàn`, a delegation's members, not an
    /// office: `đoàn đại biểu Liên đoàn Judo Việt Nam do Chủ tịch … dẫn đầu`.
    fn delegates_of(&self, r: usize) -> bool {
        r > 0
            && self.folded_is(r - 1, "doan")
            && self.folded_is(r, "dai")
            && self.folded_is(r + 1, "bieu")
    }

    /// The body of [`Rules::chaired_body`] and [`Rules::led_body`] before `do` at `d`: it ends
    /// right there (or before a comma or a bracket there); the parent named after `của` is
    /// taken when `of_parent`.
    fn body_before_do(&self, d: usize, of_parent: bool) -> Option<(usize, usize)> {
        let e = if d > 0 && self.text_at_is(d - 1, ",") {
            d - 1
        } else {
            d
        };
        // (Or before its seat or short name in brackets: `Công ty Cổ phần Tập đoàn Trung An
        // (Cần Thơ) do …`.)
        let e = if e > 0 && self.text_at_is(e - 1, ")") {
            (e.saturating_sub(12)..e - 1)
                .rev()
                .find(|&m| self.text_at_is(m, "("))
                .unwrap_or(e)
        } else {
            e
        };
        // (The longest body that ends there, a capital at its start; not the parent of a
        // body in lower case, `phái đoàn của Chính phủ do …`, `cơ quan thuộc Chính phủ do
        // …`, nor another title's body, `Tổng thư ký Hiệp hội do …`.)
        (e.saturating_sub(16)..e)
            .find_map(|s| {
                self.unit(s)
                    .is_some_and(Unit::capitalized)
                    .then(|| self.org(s))
                    .flatten()
                    .filter(|&(_, oe)| oe == e)
            })
            .filter(|&(s, _)| {
                s == 0
                    || !((!of_parent && matches!(self.canon(s - 1), Some("của" | "thuộc")))
                        || self
                            .h
                            .ends_at(s, EntryKind::Role, 6)
                            .is_some_and(|r| !self.delegates_of(r)))
            })
            // (Nor the end of a longer name, which a body before it reads up to: `Hội đồng
            // Trị sự Nguyễn Phúc tộc`, no clan's council.)
            .filter(|&(s, _)| {
                !(s.saturating_sub(6)..s).any(|b| {
                    self.unit(b).is_some_and(Unit::capitalized)
                        && self.org(b).is_some_and(|(_, be)| be >= s)
                })
            })
    }

    /// The end of a body's listed name (kind org, three words or more) that starts up to two
    /// units before `i` and holds it: a role's word there names the body's members
    /// (`Liên minh Nghị sĩ hữu nghị`), no office. (Not one that starts inside the title
    /// before, which ends at `after`: `Trưởng đoàn đại biểu QH`.)
    fn org_around(&self, i: usize, after: usize) -> Option<usize> {
        (i.saturating_sub(2).max(after)..i).find_map(|s| {
            self.h
                .longest(s, EntryKind::Org)
                .filter(|&(e, _)| e > i + 1 && e >= s + 3)
                .map(|(e, _)| e)
        })
    }

    /// Whether title `t` is the office whose holders meet, in the name of their meeting:
    /// `Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN`, `Hội nghị hẹp Bộ trưởng Ngoại giao
    /// ASEAN`, `Hội nghị Chủ tịch Quốc hội G20`; no one holds it there. So is an office joined
    /// by `và` to the first: `Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương
    /// ASEAN`. (Not with a holder's name after it; a class named, `Hội nghị chủ tịch các
    /// CLB`, stays a generic title.)
    fn names_a_meeting(&self, t: &Found) -> bool {
        let s = t.start;
        let conference = |h: usize| {
            self.canon(h) == Some("hội")
                && self.unit(h).is_some_and(Unit::capitalized)
                && self.canon(h + 1) == Some("nghị")
        };
        // (Or of the council its holders form: `thành viên Hội đồng Nghị sĩ ASEAN vì Nhân
        // quyền`.)
        let council = |h: usize| {
            self.canon(h) == Some("hội")
                && self.unit(h).is_some_and(Unit::capitalized)
                && self.folded_is(h + 1, "dong")
        };
        // (The first office of the meeting's name at `r`.)
        let first = |r: usize| {
            (r >= 2 && (conference(r - 2) || council(r - 2)))
                || (r >= 3 && conference(r - 3) && self.folded_is(r - 1, "hep"))
        };
        let joined = s >= 3
            && self.canon(s - 1) == Some("và")
            && (s.saturating_sub(10)..s - 2).any(|r| {
                first(r)
                    && self.h.kinds_at(r) & (bit(EntryKind::Role) | bit(EntryKind::Prefix)) != 0
                    && (r..s - 1).all(|m| {
                        self.spaced(m)
                            && self
                                .unit(m)
                                .is_some_and(|x| x.kind != TokenKind::Punctuation)
                    })
                    // (Not a firm's board and its holder before `và`: `Chủ tịch Hội đồng
                    // thành viên VNPT Tô Dũng Thái và Giám đốc Sở Y tế, …`.)
                    && !self.board_at(r - 2)
            });
        (first(s) || joined) && !(self.spaced(t.end) && self.person_name_at(t.end))
    }

    /// `Trưởng khoa, Phó Trưởng khoa và Trưởng bộ môn phải có trình độ tiến sĩ`: a list of
    /// two or more bare offices (no body, modifier or rank; none a unique office such as
    /// `Thủ tướng`), the last maybe generic, with no holder's name beside it, names a class
    /// of holders: each generic.
    fn class_lists(&self, out: &mut [Found]) {
        let bare = |t: &Found| {
            t.org.is_none()
                && !t.rank
                && t.mods.is_empty()
                && !self
                    .h
                    .at(t.role.0)
                    .iter()
                    .any(|h| h.kind == EntryKind::Role && self.note(h.note) == "self")
        };
        // (Or a role of a kind of body in lower case, any of them: `Thủ trưởng cơ quan ngang
        // bộ`, `Giám đốc đơn vị sự nghiệp`.)
        let of_kind = |t: &Found| {
            !t.rank
                && t.mods.is_empty()
                && t.org.is_some_and(|(o, _)| {
                    self.unit(o)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                        && matches!(
                            (self.folded(o).as_deref(), self.folded(o + 1).as_deref()),
                            (Some("co"), Some("quan")) | (Some("don"), Some("vi"))
                        )
                })
        };
        let listed = |t: &Found| bare(t) || of_kind(t);
        let joined = |p: &Found, t: &Found| {
            p.end + 1 == t.start
                && (self.text_at_is(p.end, ",") || matches!(self.canon(p.end), Some("và" | "hoặc")))
        };
        let mut a = 0;
        while a < out.len() {
            let mut b = a;
            while b + 1 < out.len() && joined(&out[b], &out[b + 1]) {
                b += 1;
            }
            let s = out[a].start;
            let given = s > 0 && matches!(self.canon(s - 1), Some("là" | "làm" | "chức" | "danh"));
            // (Nor the offices of the person named before: `Đại tá Bùi Hải Sơn, Phó Tư lệnh,
            // Tham mưu trưởng …`, `Ông Lê Hòa Bình (Giám đốc điều hành, CEO)`.)
            let after_name = s >= 2
                && (self.text_at_is(s - 1, ",") || self.text_at_is(s - 1, "("))
                && self
                    .unit(s - 2)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized());
            // (A role and its deputy are one body's leadership, not a class: `Hội đồng gồm Chủ
            // tịch, Phó Chủ tịch`; unless the last names the class's bodies: `Viện trưởng, Phó
            // Viện trưởng các viện nghiên cứu`.)
            let family = |t: &Found| {
                let r = (t.role.0..t.role.1)
                    .filter_map(|m| self.folded(m))
                    .collect::<Vec<_>>();
                match r.split_first() {
                    Some((first, rest)) if first == "pho" => rest.to_vec(),
                    _ => r,
                }
            };
            let kinds = || {
                out[a..=b]
                    .iter()
                    .map(family)
                    .collect::<std::collections::HashSet<_>>()
                    .len()
            };
            // (Or one bare office listed with a class of people, as those who lead a
            // community are named together: `già làng, trưởng bản, người có uy tín`.)
            let with_class = || {
                let (s, e) = (out[a].start, out[b].end);
                let sep = |m: usize| self.text_at_is(m, ",") || self.canon(m) == Some("và");
                out[a..=b].iter().all(|t| {
                    t.org.is_none()
                        && !t.rank
                        && t.mods.is_empty()
                        && self.unit(t.start).is_some_and(|x| !x.capitalized())
                }) && ((s >= 3 && sep(s - 1) && self.people_class_ending(s - 1))
                    || (sep(e) && self.people_class_at(e + 1)))
            };
            if ((((b > a
                && out[a..b].iter().all(listed)
                && ((listed(&out[b]) && kinds() >= 2) || out[b].generic))
                || with_class())
                // (A list given as what people are is still a class when its last names the
                // bodies in the plural: `120 học viên là Chỉ huy trưởng, Chính trị viên Ban
                // CHQS các xã`.)
                && (!given || (b > a && out[b].generic)))
                // (Or offices held by one after another: `trách nhiệm của Giám đốc Sở Tài
                // nguyên và Môi trường qua các thời kỳ`.)
                // (Not a list's heading: `Bí thư Tỉnh ủy qua các thời kỳ: A (1997–2000), B …`.)
                || (!given && self.over_periods(out[b].end).is_some_and(|e| !self.names_follow(e))))
                && !after_name
                && !self.apposed_to_name(out[a].start)
                && !self.names_follow(out[b].end)
                && !self.unit(out[b].end).is_some_and(|x| x.is("("))
            {
                for t in &mut out[a..=b] {
                    t.generic = true;
                }
            }
            a = b + 1;
        }
    }

    /// Where the periods an office was held in end, if they follow `e`: `qua các thời kỳ`,
    /// `trong các nhiệm kỳ`, `từng thời kỳ` (then its holders one after another are meant).
    pub(super) fn over_periods(&self, e: usize) -> Option<usize> {
        let k = e + usize::from(matches!(self.canon(e), Some("qua" | "trong")));
        (matches!(self.canon(k), Some("các" | "từng" | "nhiều"))
            && matches!(
                (self.canon(k + 1), self.canon(k + 2)),
                (Some("thời" | "nhiệm"), Some("kỳ" | "kì")) | (Some("giai"), Some("đoạn"))
            ))
        .then_some(k + 3)
    }

    /// The classes of people a community's offices are listed with (`già làng`, `người có
    /// uy tín`, `chức sắc`, `cán bộ`), their words folded.
    const PEOPLE_CLASSES: [&'static [&'static str]; 9] = [
        &["gia", "lang"],
        &["nguoi", "co", "uy", "tin"],
        &["chuc", "sac"],
        &["can", "bo"],
        &["cong", "chuc"],
        &["dang", "vien"],
        &["hoi", "vien"],
        &["doan", "vien"],
        &["nghe", "nhan"],
    ];

    /// Whether a class of [`Rules::PEOPLE_CLASSES`] starts at `k`.
    fn people_class_at(&self, k: usize) -> bool {
        Self::PEOPLE_CLASSES
            .iter()
            .any(|c| self.folded_words_at(k, c))
    }

    /// Whether a class of [`Rules::PEOPLE_CLASSES`] ends right before `k`.
    fn people_class_ending(&self, k: usize) -> bool {
        Self::PEOPLE_CLASSES
            .iter()
            .any(|c| k >= c.len() && self.folded_words_at(k - c.len(), c))
    }

    /// Whether a body's term or congress is named at `k`, which follows a body's name and
    /// never a person's: `khóa I`, `lần thứ XX`, `nhiệm kỳ 2025 - 2030` (`Đảng bộ xã Hoàng
    /// Văn Thụ lần thứ I`, `Bí thư Đảng ủy xã Trần Hưng Đạo khóa I`).
    pub(crate) fn body_term_at(&self, k: usize) -> bool {
        let next = self.unit(k + 1);
        let numbered = next.is_some_and(|x| {
            x.gap == Gap::Space && (x.kind == TokenKind::Number || x.regnal_letters())
        });
        self.spaced(k)
            && (self.folded_words_at(k, &["lan", "thu"])
                || (self.folded_words_at(k, &["khoa"]) && numbered)
                || ((self.folded_words_at(k, &["nhiem", "ky"])
                    || self.folded_words_at(k, &["nhiem", "ki"]))
                    && self
                        .unit(k + 2)
                        .is_some_and(|x| x.kind == TokenKind::Number)))
    }

    /// Whether units `k..` are the words `w`, folded, in lower case, spaced.
    fn folded_words_at(&self, k: usize, w: &[&str]) -> bool {
        w.iter().enumerate().all(|(m, word)| {
            self.unit(k + m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && (m == 0 || self.spaced(k + m))
                && self.folded_is(k + m, word)
        })
    }

    /// Whether a title of one or two words, each capitalized, with no body or modifier, is
    /// the last word of a person's name, right after the surname or the surname and a middle
    /// name, before punctuation or a word in lower case: `ông Đinh Công Sứ,` (not the envoy
    /// `Công sứ`), `Nguyễn Văn Tướng` (not the rank). (`Hồ Chủ tịch` writes the role in
    /// sentence case.)
    fn ends_a_name(&self, t: &Found) -> bool {
        let (s, e) = (t.start, t.end);
        let name_word = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps())
        };
        t.org.is_none()
            && t.mods.is_empty()
            && s > 0
            && e <= s + 2
            && self.spaced(s)
            && (s..e).all(|m| name_word(m) && (m == s || self.spaced(m)))
            && name_word(s - 1)
            && (self.h.is(s - 1, EntryKind::Surname)
                || (s >= 2
                    && self.spaced(s - 1)
                    && name_word(s - 2)
                    && self.h.is(s - 2, EntryKind::Surname)))
            && self.unit(e).is_none_or(|x| {
                x.kind == TokenKind::Punctuation || (x.key.is_some() && !x.capitalized())
            })
    }

    /// `Đoàn` (a delegation, a corps; also a common surname) as the body after a title, with
    /// only the words of a name after it, capitalized, before a word in lower case or
    /// punctuation, and none of them a word of a body's or a place's name: the surname of
    /// the holder, whom the title ends before (`Đại tướng Đoàn Khuê`, `Thiếu tướng Đoàn Văn
    /// Xê`, `Thứ trưởng Đoàn Hồng Phong`; not `Trưởng Đoàn Thanh niên`, `Đoàn ĐBQH tỉnh`).
    fn surname_not_body(&self, t: &mut Found) {
        let Some((o, oe)) = t.org else { return };
        let head = self.unit(o);
        if o == t.role.0
            || self.canon(o) != Some("đoàn")
            || !head.is_some_and(|x| x.capitalized() && !x.all_caps())
            || !self.h.is(o, EntryKind::Surname)
        {
            return;
        }
        // (The kinds of a body's words, which no name's word is.)
        const BODY: u32 = bit(EntryKind::Org)
            | bit(EntryKind::PlaceWord)
            | bit(EntryKind::Level)
            | bit(EntryKind::Role)
            | bit(EntryKind::Rank);
        let capital = |m: usize| {
            self.spaced(m)
                && self.unit(m).is_some_and(|x| {
                    x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps()
                })
        };
        let name_word = |m: usize| {
            capital(m)
                && self.h.kinds_at(m) & (BODY | bit(EntryKind::Name) | bit(EntryKind::Place)) == 0
        };
        // (A middle name that is a country's of one word, a name's word after it: `Phó Tổng
        // Kiểm toán Nhà nước Đoàn Anh Thơ`; not `Đoàn Nhật Bản`.)
        let country_word = |m: usize| {
            m + 1 < o + 4
                && capital(m)
                && self.h.kinds_at(m) & BODY == 0
                && self
                    .h
                    .longest(m, EntryKind::Place)
                    .is_some_and(|(pe, _)| pe == m + 1)
                && name_word(m + 1)
        };
        let mut e = o + 1;
        while e < o + 4 && (name_word(e) || country_word(e)) {
            e += 1;
        }
        let closed = self.unit(e).is_none_or(|x| {
            x.kind == TokenKind::Punctuation || (x.key.is_some() && !x.capitalized())
        });
        if e > o + 1 && oe <= e && closed {
            t.org = None;
            t.end = o;
        }
    }

    /// A body's name that goes on, past what the rules read of it, up to its holder's name:
    /// the words between are the rest of the name (`Cục Y tế dự phòng Hoàng Minh Đức`,
    /// `Bệnh viện Nhi đồng 1 Nguyễn Thanh Hùng`, `Vụ Sức khỏe Bà mẹ - Trẻ em Đinh Anh Tuấn`,
    /// `Đồn Biên phòng Cửa khẩu Lao Bảo Nguyễn Văn A`). Up to five words, numbers or dashes,
    /// none a function word, a verb, or the start of an entry of another kind (a role, a
    /// body, a level, a form of address), then a whole name that ends the phrase. Not past a
    /// body's level or place (`Chủ tịch UBND tỉnh kỷ luật Nguyễn Văn A`: the verb).
    fn name_goes_on_to_holder(&self, t: &mut Found) {
        let Some((o, oe)) = t.org else { return };
        if t.end != oe || !self.spaced(oe) || self.loud() {
            return;
        }
        if (o..oe).any(|m| self.h.kinds_at(m) & bit(EntryKind::Level) != 0)
            || self.h.ends_at(oe, EntryKind::Place, 4).is_some()
            || self
                .unit(oe - 1)
                .is_some_and(|x| x.kind == TokenKind::Number)
        {
            return;
        }
        const OTHER: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Org)
            | bit(EntryKind::Level)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Modifier)
            | bit(EntryKind::Duty)
            | bit(EntryKind::NotTitle);
        let mut m = oe;
        while m < oe + 6 {
            let Some(x) = self.unit(m) else { return };
            if m > oe && self.holder_name_at(m) && self.h.longest(m, EntryKind::Place).is_none() {
                let run = self.capitalized_run(m, 5);
                // (A name of two words only before a word of the clause: `Chu Lai.` is the
                // place of `Khu kinh tế mở Chu Lai`.)
                let closed = self.unit(run).is_none_or(|y| {
                    (y.kind == TokenKind::Punctuation && run >= m + 3)
                        || (y.key.is_some() && !y.capitalized())
                });
                // (After a capitalized word, a whole name of three words or four after two
                // capitalized words or more: not `Gan Kim Yong`, a foreign name with a
                // surname inside.)
                let cap = |k: usize| self.unit(k).is_some_and(Unit::capitalized);
                let joined = !cap(m - 1) || (run >= m + 3 && m >= oe + 2 && cap(m - 2));
                if closed && joined && run <= m + 4 {
                    t.org = Some((o, m));
                    t.end = m;
                }
                return;
            }
            // (Nor a verb of what is done to a person: `Giám đốc Sở Y tế khen thưởng
            // Nguyễn Văn A`.)
            let deed = || {
                x.key.is_some() && !x.capitalized() && {
                    let (a, b) = (self.folded(m), self.folded(m + 1));
                    matches!(
                        (a.as_deref(), b.as_deref()),
                        (Some("khen"), Some("thuong"))
                            | (Some("ky"), Some("luat"))
                            | (Some("cach"), Some("chuc"))
                            | (Some("mien"), Some("nhiem"))
                            | (Some("chuc"), Some("mung"))
                            | (Some("dong"), Some("vien"))
                            | (Some("tuyen"), Some("duong"))
                            | (Some("giao"), _)
                            | (Some("cu"), _)
                            | (Some("khen"), _)
                    )
                }
            };
            // (A noun of two words whose first is a function word: `dự phòng`.)
            let noun = || {
                let (a, b) = (self.canon(m), self.canon(m + 1));
                NAME_PAIRS
                    .iter()
                    .any(|&(x, y)| a == Some(x) && b == Some(y))
            };
            if x.key.is_some() && self.spaced(m) && self.spaced(m + 1) && noun() {
                m += 2;
                continue;
            }
            let word = x.key.is_some()
                && self.spaced(m)
                && !deed()
                && !self.stops_name(m)
                && !self.headline_verb(m)
                && !self.speech_verb(m)
                && self.h.kinds_at(m) & OTHER == 0
                && !self.h.is(m, EntryKind::Surname);
            let number = x.kind == TokenKind::Number
                && x.text.len() <= 3
                && x.text.bytes().all(|b| b.is_ascii_digit())
                && self.spaced(m);
            let dash = x.is_dash() && m > oe && x.gap == Gap::Space;
            if !(word || number || dash) {
                return;
            }
            m += 1;
        }
    }

    /// A role in a list after a title, in any case and with no body of its own: `Hiệu
    /// trưởng, phó hiệu trưởng, giám đốc, phó giám đốc các cơ sở giáo dục`, `Tổng giám đốc,
    /// Giám đốc, …, Kế toán trưởng`. Generic like the title before it, or when a class of
    /// bodies (`các …`) follows.
    fn list_item(&self, i: usize, before: Option<&Found>) -> Option<Found> {
        let before = before?;
        if before.end + 1 != i || !self.any_text(before.end, &[",", "và", "hoặc"]) {
            return None;
        }
        let mut j = i;
        let end = loop {
            if let Some((e, _)) = self.consistent_role(j) {
                break e;
            }
            j = self.h.longest(j, EntryKind::Prefix)?.0;
        };
        // An item, not the start of something else: a comma, `và`, `hoặc`, `các` or the end
        // of the clause after it.
        let next = self.unit(end);
        // (The last item, before the verb: `Hiệu trưởng, phó hiệu trưởng, giám đốc, phó giám
        // đốc được hưởng …`.)
        let closes = next.is_none_or(|x| x.kind == TokenKind::Punctuation)
            || matches!(self.canon(end), Some("và" | "các"))
            || self.any_text(end, &["hoặc"])
            || (self.spaced(end) && self.stop_word(end));
        if !closes || self.is_bare_role(j, end) {
            return None;
        }
        Some(Found {
            start: i,
            end,
            role: (i, end),
            mods: Vec::new(),
            org: None,
            org_apart: None,
            owner: None,
            parent: None,
            rank: false,
            generic: before.generic || self.canon(end) == Some("các"),
            plural: before.plural,
            members: false,
        })
    }

    /// `Thành ủy viên, Thường vụ Quận ủy, Trưởng ban Tổ chức Quận ủy`, `Ông A, Thường vụ
    /// Huyện ủy, Chủ tịch UBND huyện`: `Thường vụ` before a party committee, in a chain of
    /// titles or in apposition to a name, is short for `Ủy viên Ban Thường vụ` (role
    /// `Thường vụ`). On its own it names the standing committee: `Thường vụ Tỉnh ủy đã họp`.
    fn standing_member(&self, i: usize, before: Option<&Found>) -> Option<Found> {
        let committee = matches!(
            self.canon(i + 2),
            Some("tỉnh" | "thành" | "huyện" | "quận" | "thị" | "đảng")
        ) && self.canon(i + 3) == Some("ủy")
            && self.spaced(i + 2);
        if !(self.canon(i) == Some("thường")
            && self.canon(i + 1) == Some("vụ")
            && self.unit(i).is_some_and(Unit::capitalized)
            && committee
            && i > 0
            && self.text_at_is(i - 1, ","))
        {
            return None;
        }
        if !(before.is_some_and(|p| p.end + 1 == i) || self.apposed_to_name(i)) {
            return None;
        }
        let (s, e) = self.org(i + 2)?;
        // (An office, not the subject of a clause: a comma, `kiêm` or the end after it.)
        let closes = self
            .unit(e)
            .is_none_or(|x| x.kind == TokenKind::Punctuation)
            || self.any_text(e, &["kiêm"]);
        closes.then_some(Found {
            start: i,
            end: e,
            role: (i, i + 2),
            mods: Vec::new(),
            org: Some((s, e)),
            org_apart: None,
            owner: None,
            parent: None,
            rank: false,
            generic: false,
            plural: false,
            members: false,
        })
    }

    /// Whether unit `k` is one of the texts `any` (compared as written, or by key).
    fn any_text(&self, k: usize, any: &[&str]) -> bool {
        self.unit(k).is_some_and(|x| {
            any.iter()
                .any(|a| x.text == *a || self.canon(k).is_some_and(|c| c == *a))
        })
    }

    /// A title starting at unit `i`.
    fn at(&self, i: usize) -> Option<Found> {
        // A contest's or a work's name in quotes is no office: `cuộc thi "Đại sứ Văn hóa đọc"`,
        // `danh hiệu "Thủ lĩnh Sinh viên"`.
        if i >= 2
            && self
                .unit(i - 1)
                .is_some_and(|x| matches!(x.text, "\"" | "“" | "«"))
            && self.work_noun_ends(i - 1)
        {
            return None;
        }
        // `Đền thờ Chủ tịch Hồ Chí Minh`, `Khu di tích Chủ tịch …`: part of a place's name.
        // (`yêu cầu Cục trưởng`: the word `cầu` of `yêu cầu` is no bridge.)
        // (Not a surname that a form of address names: `Bác Hồ Chủ tịch nước`; `hồ` is a
        // lake too.)
        // (Nor `kiêm` after a level that ends the office before: `Chủ tịch HĐND thị xã kiêm
        // Trưởng Ban Dân vận Thị ủy`, `… TP kiêm …`.)
        // (Nor a street named after an office: `phố Phủ Doãn`.)
        if let Some(s) = self.h.ends_at(i, EntryKind::PlaceWord, 3)
            // (Not the last word of a listed place that starts before it, no place word
            // there: the `Bản` of `Nhật Bản`, `Đại sứ Nhật Bản Đại tá …`.)
            && !(s.saturating_sub(2)..s).any(|p| self.h.runs_past(p, EntryKind::Place, s))
            && (i - s > 1
                || self.unit(s).is_some_and(Unit::capitalized)
                || (self.unit(i).is_some_and(Unit::capitalized)
                    && self.h.at(s).iter().any(|h| {
                        h.kind == EntryKind::PlaceWord && h.end == i && self.note(h.note) == "street"
                    })))
            && self.canon(i) != Some("kiêm")
            && !(i - s == 1
                && self.h.is(s, EntryKind::Surname)
                && self.h.ends_at(s, EntryKind::Honorific, 2).is_some())
            // (Nor a rank after a body named by a place's word, right after its head: `Cục
            // Cửa khẩu Đại tá Lê Văn Hiếu`, `Đồn Biên phòng cửa khẩu Thượng tá …`; not a
            // memorial's name, `Khu lưu niệm Đại tướng Võ Nguyên Giáp`.)
            // (Or after a place's word that is a body's head itself, `Giám đốc Nhà hát Đại tá
            // Lê Văn Sinh`.)
            && !(self.rank_at(i)
                && (self.h.ends_at(s, EntryKind::Org, 3).is_some()
                    || (s > 0
                        && self.h.ends_at(s, EntryKind::Role, 3).is_some()
                        && self
                            .h
                            .at(s)
                            .iter()
                            .any(|h| h.kind == EntryKind::Org && h.end == i)))
                && !self.h.at(s).iter().any(|h| {
                    h.kind == EntryKind::PlaceWord && h.end == i && self.note(h.note) == "memorial"
                })
                && self.h.longest(i, EntryKind::Rank).is_some_and(|(e, _)| {
                    self.spaced(e) && self.person_name_at(e)
                }))
        {
            return None;
        }
        // `Cục trưởng`: no title starts inside a role that starts before.
        if (i.saturating_sub(2)..i).any(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Role
                    && h.end > i
                    && self.consistent_case(s, h.end)
                    && !self.deputy_of_next(h.end)
                    // (Not one inside a phrase that is no title: `chức vụ trưởng phòng`.)
                    && !(s > 0 && self.not_title_at(s - 1).is_some_and(|e| e > s))
            })
        }) {
            return None;
        }
        // `Hội đồng Giám đốc`, `Hội đồng Hiệu trưởng`: nor a prefix in lower case inside a
        // body's head that starts before (`đồng` is no co-director there).
        if i > 0
            && !self.unit(i).is_some_and(Unit::capitalized)
            && self.h.kinds_at(i) & (bit(EntryKind::Prefix) | bit(EntryKind::Role))
                == bit(EntryKind::Prefix)
            && self.h.runs_past(i - 1, EntryKind::Org, i)
        {
            return None;
        }
        // `người đồng cấp Trung Quốc Vương Nghị`: nor inside a country's name (`Quốc vương`
        // is a king).
        if i > 0 && self.h.runs_past(i - 1, EntryKind::Place, i) {
            return None;
        }
        // `chuyên gia kinh tế trưởng BIDV` (the chief economist): `trưởng` alone in lower case
        // after a noun in lower case is that noun's chief, no office of the body after it (not
        // after a word the rules know: `làm trưởng Ban …`).
        if i > 0
            && self.canon(i) == Some("trưởng")
            && self.spaced(i)
            && !self.unit(i).is_some_and(Unit::capitalized)
            && self
                .h
                .longest(i, EntryKind::Role)
                .is_some_and(|(e, _)| e == i + 1)
            && self.unit(i - 1).is_some_and(|x| {
                x.kind == TokenKind::Syllable && !x.capitalized() && x.key.is_some()
            })
            && self.canon(i - 1).is_none()
            && self.h.kinds_at(i - 1) == 0
        {
            return None;
        }
        // `Vụ Phó GĐ bị tố …`, `Vụ Phó Chủ tịch xã …`: the case of a deputy, not the role
        // `Vụ phó` (nor `Cục phó`, `Đội phó`) before another role.
        if self
            .h
            .at(i)
            .iter()
            .any(|h| h.kind == EntryKind::Role && h.end == i + 2 && self.deputy_of_next(h.end))
        {
            return None;
        }
        let mut j = i;
        let mut mods = Vec::new();
        // Modifiers before: `nguyên`, `Quyền`, `kiêm`.
        while let Some((e, n)) = self.h.longest(j, EntryKind::Modifier) {
            // (Not the first word of a longer role with its capital: `Cố vấn` is no `cố`, the
            // late; in lower case `cố vấn kinh tế` is more often a common noun.)
            if !matches!(self.note(n), "before" | "both")
                // (Not `quyền` of `dưới quyền`, under the authority of: `dưới quyền Chánh án
                // A`; nor of `thẩm quyền`, `ủy quyền`, nor of `chính quyền Tổng thống A`, the
                // President's administration.)
                || (self.canon(j) == Some("quyền")
                    && j > 0
                    && matches!(self.canon(j - 1), Some("dưới" | "thẩm" | "ủy" | "chính")))
                // (Nor a name's last word: `Trịnh Văn Quyền nguyên Chủ tịch …`, after a
                // surname and a middle name, with no role right after it.)
                || (self.canon(j) == Some("quyền")
                    && j >= 2
                    && self.spaced(j)
                    && self.spaced(j - 1)
                    && self.h.is(j - 2, EntryKind::Surname)
                    && self.unit(j - 1).is_some_and(Unit::capitalized)
                    && self.unit(j).is_some_and(Unit::capitalized)
                    && (matches!(self.canon(j - 1), Some("văn" | "thị"))
                        || self.h.longest(e, EntryKind::Role).is_none()))
                || (self.unit(j).is_some_and(Unit::capitalized)
                    && [EntryKind::Role, EntryKind::Rank].into_iter().any(|kind| {
                        // (Or of a rank: `Nguyên soái` is no former `soái`.)
                        self.h.longest(j, kind).is_some_and(|(r, _)| r > e)
                    }))
            {
                break;
            }
            mods.push((j, e));
            j = e;
        }
        let role_start = j;
        // The role: the longest listed role here (`Tổng thống`, `Tổng Bí thư`), else prefixes
        // then a role (`Phó Chủ tịch`, `Phó Tổng Giám đốc`), or a rank.
        let (mut role_end, rank, complete, company) = loop {
            // The longest role written in one case style: `Phó trưởng Ban Kinh tế` is the
            // role `trưởng` and the body `Ban Kinh tế`, not the role `trưởng Ban`.
            if let Some((e, n)) = self.consistent_role(j) {
                // `Trợ lý Bộ trưởng`, `Thư ký Chủ tịch nước`: an aide's role takes the role
                // of the person aided.
                // (`Thư ký Tổng Giám đốc`, `Trợ lý Phó Thủ tướng`: after its prefixes.)
                let mut p = e;
                while let Some((pe, _)) = self.h.longest(p, EntryKind::Prefix) {
                    p = pe;
                }
                if self.is_aide(j, e)
                    && self.spaced(e)
                    && let Some((e2, n2)) = self.consistent_role(p)
                {
                    break (
                        e2,
                        false,
                        self.note(n2) == "self",
                        self.note(n2) == "company",
                    );
                }
                break (e, false, self.note(n) == "self", self.note(n) == "company");
            }
            if let Some((e, _)) = self.h.longest(j, EntryKind::Rank) {
                // `hạ sĩ quan`, `sĩ quan`: a class of soldiers, not a rank.
                if self.canon(e) == Some("quan") {
                    return None;
                }
                break (e, true, true, false);
            }
            match self.h.longest(j, EntryKind::Prefix) {
                Some((e, _)) => j = e,
                None => return None,
            }
        };
        let head = j;
        let mut k = role_end;
        // (A body that is only the suffix's words is the suffix: `Phó Chủ tịch Thường trực
        // UBND tỉnh`, though `Thường trực HĐND` names a body.)
        while let Some((e, _)) = self.h.longest(k, EntryKind::Suffix).filter(|&(e, _)| {
            self.spaced(k)
                    && !self.starts_body_past(k, e)
                    // (`ủy viên chính thức`: the modifier `chính thức`, not the suffix `chính`.)
                    && self.h.longest(k, EntryKind::Modifier).is_none_or(|(m, _)| m <= e)
                    // `KT. CHỦ TỊCH PHÓ CHỦ TỊCH`: `Phó` starts the next role here, it is no
                    // suffix (`Tư lệnh phó`).
                    && !(self.h.kinds_at(k) & bit(EntryKind::Prefix) != 0
                        && self.h.kinds_at(e) & bit(EntryKind::Role) != 0)
                    // (`Trưởng ban Chính sách - Pháp luật`: a capital and a word in lower case
                    // after it start a body's name; the suffix is written `chính`.)
                    && !(e == k + 1
                        && self.unit(k).is_some_and(Unit::capitalized)
                        && !self.loud()
                        && self.spaced(e)
                        && self.unit(e).is_some_and(|x| {
                            x.kind == TokenKind::Syllable && !x.capitalized()
                        })
                        && !self.stops_name(e))
                    // (`Trưởng phòng Nghiệp vụ`: after a body's head, `nghiệp vụ` names the
                    // body, the office for operations; after a commander's role it is the
                    // deputy's post, `Phó Chỉ huy trưởng Nghiệp vụ`. So are `khai thác` and
                    // `vận hành`: `Trưởng phòng Khai thác`, `Trưởng ca khai thác`.)
                    // (`Giám đốc chính sách công`: `chính` starts a word of two.)
                    && !(e == k + 1
                        && (self.folded_is(e, "sach")
                            || self.folded_is(e, "tri")
                            || self.folded_is(e, "quyen"))
                        && self.folded_is(k, "chinh"))
                    && !(k > 0
                        && self.h.kinds_at(k - 1) & bit(EntryKind::Org) != 0
                        && (self.folded_is(k, "nghiep")
                            || self.folded_is(k, "khai")
                            || self.folded_is(k, "van")))
        }) {
            k = e;
            role_end = e;
        }
        while let Some((e, n)) = self
            .h
            .longest(k, EntryKind::Modifier)
            .filter(|_| self.spaced(k))
        {
            if !matches!(self.note(n), "after" | "both") {
                break;
            }
            mods.push((k, e));
            k = e;
        }
        // The organisation: `Bộ Tài chính`, `UBND tỉnh`; or, with no organisation head, a
        // body's name or a place right after the role (`Trưởng ban Tuyên giáo Trung ương`,
        // `Bộ trưởng Ngoại giao`, `Tổng thống Nga`), then a term (`khóa XII`).
        // `Thủ trưởng các cơ quan`, `Giám đốc các sở`: the holders of a class of offices, a
        // generic title whose organisation starts at `các`.
        // (Not the armed forces as one: `Tổng tư lệnh các lực lượng vũ trang`.)
        let plural = self.spaced(k)
            && matches!(self.canon(k), Some("các"))
            && self.spaced(k + 1)
            && !["luc", "luong", "vu", "trang"]
                .iter()
                .enumerate()
                .all(|(n, w)| self.folded_is(k + 1 + n, w));
        let capital_role = self.unit(role_start).is_some_and(Unit::capitalized);
        // `Bà A, Tổng Giám đốc Vietjet, …`, `ông B, Chủ tịch HĐQT Hòa Phát, …`: in apposition
        // to a name, the capitalized words after a bare role or a board name its body (a
        // company), not another person.
        let apposed = self.apposed_to_name(i) || self.apposed_in_chain(i);
        // `Ông Ksor Nay, Trưởng thôn Plei Ơi, …`, `Trưởng thôn Bản Cạn`: a role whose name
        // holds its village, in apposition to its holder's name, then capitalized words up
        // to the end of the apposition: the village's name (not another person).
        let village = (complete
            && self.spaced(k)
            && role_end > head + 1
            && self
                .h
                .ends_at(role_end, EntryKind::Level, 2)
                .is_some_and(|s| {
                    matches!(
                        self.canon(s),
                        Some("thôn" | "bản" | "ấp" | "xóm" | "khu" | "tổ" | "làng" | "buôn")
                    )
                }))
        .then(|| {
            // `Trưởng thôn 4`, `Trưởng ấp 3`: a numbered village (not a count of terms or
            // years: `trưởng làng 3 nhiệm kỳ liên tiếp`).
            if self.unit(k).is_some_and(|x| {
                x.kind == TokenKind::Number
                    && x.text.len() <= 3
                    && x.text.bytes().all(|b| b.is_ascii_digit())
            }) && !self
                .unit(k + 1)
                .is_some_and(|y| matches!(y.word, Word::Nhiem | Word::Nam | Word::Khoa))
            {
                // (And the commune or ward it is in: `trưởng khu phố 4 phường Bình Dương`.)
                let ward =
                    self.h.kinds_at(k + 1) & bit(EntryKind::Level) != 0 && self.spaced(k + 1);
                return Some((k, if ward { self.tail(k + 1, k) } else { k + 1 }));
            }
            let run = self.capitalized_run(k, 4);
            // (Or a quotation mark: `«Trưởng thôn Đồng Tâm»`; or a bracket with its
            // district: `Trưởng bản Nặm Đăm (huyện Quản Bạ)`.)
            let closed = self.unit(run).is_none_or(|x| {
                matches!(
                    x.text,
                    "," | ";" | "." | ")" | "(" | "»" | "”" | "\"" | "!" | "?"
                )
            });
            // `Trưởng thôn Đồng Tâm phát biểu`: two words, then the verb: the village's name
            // (its head's would be whole), though it starts with a surname.
            let two_then_verb = run == k + 2
                && (k..run).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable))
                && self
                    .unit(run)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized() && self.spaced(run));
            if apposed {
                return (run > k && (closed || two_then_verb)).then_some((k, run));
            }
            if two_then_verb {
                return Some((k, run));
            }
            // `Trưởng thôn Phú Mỹ Trần Văn Ba cho biết`: the village, then its head's name
            // (whole, though the village starts with a surname: `thôn Đồng Tâm Lê Văn Hải`).
            let long = self.capitalized_run(k, 7);
            let cut = self.cut_before_name(k, long);
            (cut > k
                && (cut < run || closed)
                && (!self.person_name_at(k)
                    || (long >= cut + 3 && cut <= k + 3)
                    || (closed && cut == run && run == k + 2)))
                .then_some((k, cut))
        })
        .flatten();
        let rank_holder = rank && self.h.is(k, EntryKind::Surname) && self.person_name_at(k);
        let org = village
            .or_else(|| {
                plural
                    .then(|| {
                        // (`Giám đốc các chi nhánh ngân hàng thương mại`: the branches of a
                        // class of bodies.)
                        let branch = self
                            .h
                            .longest(k + 1, EntryKind::Level)
                            .filter(|&(_, n)| self.note(n).starts_with("branch"))
                            .map_or(k + 1, |(e, _)| e);
                        // (Or of a brand, a word that is no syllable: `các chi nhánh
                        // Agribank`.)
                        let brand = || {
                            (branch > k + 1
                                && self.spaced(branch)
                                && self.unit(branch).is_some_and(|x| {
                                    x.capitalized()
                                        && matches!(
                                            x.kind,
                                            TokenKind::Word | TokenKind::Abbreviation
                                        )
                                }))
                            .then_some((k, branch + 1))
                        };
                        self.org(branch)
                            .map(|(_, e)| (k, self.more_heads(e)))
                            .or_else(brand)
                    })
                    .flatten()
            })
            .or_else(|| {
                // `Đại sứ các nước ASEAN`: the envoys of a class of countries.
                (plural && self.canon(k + 1) == Some("nước") && self.spaced(k + 2)).then(|| {
                    let e = k + 2;
                    let end = self
                        .h
                        .longest(e, EntryKind::Place)
                        .map(|(pe, _)| pe)
                        .or_else(|| {
                            self.unit(e)
                                .filter(|x| x.kind == TokenKind::Abbreviation && x.capitalized())
                                .map(|_| e + 1)
                        })
                        .unwrap_or(e);
                    // (`các nước châu Á - Thái Bình Dương`)
                    (k, if end > e { self.tail(end, k) } else { end })
                })
            })
            .or_else(|| self.class_of_bodies(k).map(|e| (k, e)))
            // `Đại sứ tại Vương quốc Tây Ban Nha`, `nguyên Đại sứ tại Liên hợp quốc`: an envoy
            // named by where he is sent, his own country understood.
            .or_else(|| {
                (role_end >= 2
                    && ((self.folded_is(role_end - 1, "su")
                        && matches!(self.folded(role_end - 2).as_deref(), Some("dai" | "lanh")))
                        // (Or a counsellor or an attaché: `Tham tán thương mại tại Italy`.)
                        || self.envoy_officer(role_start))
                    && self.canon(k) == Some("tại")
                    && self.spaced(k + 1))
                .then(|| self.mission_seat(k + 1).map(|e| (k, e)))
                .flatten()
            })
            .or_else(|| self.foreign_organisation(k).map(|e| (k, e)))
            // (Not a rank's holder whose surname is also a body's head or a level: `Trung
            // tướng Đoàn Minh Hải`, not the delegation of Minh Hải.)
            .or_else(|| self.org(k).filter(|_| !rank_holder))
            .or_else(|| {
                if rank_holder {
                    return None;
                }
                // `ĐẠI BIỂU QUỐC HỘI KHÓA XV`: a term in capitals, no body's name.
                if self.term(k).is_some() {
                    return None;
                }
                // `trưởng công an phường`, `chủ tịch xã Tân Lập`: a level right after the role.
                if let Some(e) = self.level_place(k).filter(|_| self.spaced(k)) {
                    // (A bank's branch, then the bank: `Giám đốc chi nhánh Ngân hàng MUFG tại
                    // TP.HCM`.)
                    let e = if self.spaced(e)
                        && self.branch_before(e)
                        && let Some((_, oe)) = self.org(e)
                    {
                        oe
                    } else {
                        e
                    };
                    return Some((k, self.tail(e, k)));
                }
                // (Or the holders of every such office: `Trưởng Công an các xã, thị trấn`.)
                // (Not `các cơ sở giáo dục`: a level that takes a place.)
                if plural
                    && self.ends_name_kinds(k + 1) & bit(EntryKind::Level) != 0
                    && self.place_level(k + 1)
                    && self.unit(k + 1).is_some_and(|x| !x.capitalized())
                    && let Some((le, _)) = self.h.longest(k + 1, EntryKind::Level)
                {
                    let e = self.level_list(le).unwrap_or(le);
                    return Some((k, self.tail(e, k)));
                }
                if rank {
                    // `Thiếu tướng Công an nhân dân Việt Nam`: a rank in a listed force.
                    let (e, _) = self
                        .h
                        .longest(k, EntryKind::Name)
                        .filter(|_| self.spaced(k))?;
                    return Some((k, self.tail(e, k)));
                }
                // A ministry's name in lower case after a role in capitals is no body:
                // `Giám đốc xây dựng, trình …` (the director builds), `Giám đốc tài chính` (a
                // company's finance director), unlike `Bộ trưởng Xây dựng`.
                // So is a name that is also a verb (`Thủ tướng chỉ đạo Bộ Y tế`: directs).
                // (In capitals too: `THỦ TƯỚNG CHỈ ĐẠO KHẮC PHỤC …`.)
                let ministry_word = |a: usize| {
                    let lower = capital_role && !self.unit(a).is_some_and(Unit::capitalized);
                    self.h.longest(a, EntryKind::Name).is_some_and(|(_, n)| {
                        let note = self.note(n);
                        // (`Trưởng ban chỉ đạo`: after a head, the board's name.)
                        (lower && note.starts_with("ministry"))
                            || ((lower || self.loud())
                                && note.ends_with("verb")
                                && !self.ends_in_head(head, role_end))
                    })
                };
                // `Tổng Giám đốc Vietcombank cho biết`, `Tổng Giám đốc Petrovietnam, ông …`:
                // after a role that heads companies, a company's name in one foreign word.
                let (a, e) = company
                    .then(|| self.brand_in_vietnam(k).or_else(|| self.lone_brand(k)))
                    .flatten()
                    .map(|e| (k, e))
                    .or_else(|| {
                        company
                            .then(|| self.brand_branch(k))
                            .flatten()
                            .map(|e| (k, e))
                    })
                    .or_else(|| self.company_apposed(k, apposed, company))
                    .or_else(|| self.body_before_holder(k).map(|e| (k, e)))
                    .or_else(|| self.name_after_role(k, self.ends_in_head(head, role_end)))
                    .filter(|&(a, _)| !ministry_word(a))
                    // (Nor a place's name all in lower case after a capitalized role, a
                    // verb's words: `Thủ tướng giao chỉ tiêu …`, not Giao Chỉ; `châu Âu`,
                    // `phía Nam` are places.)
                    .filter(|&(a, _)| {
                        !(capital_role
                            && !self.unit(a).is_some_and(Unit::capitalized)
                            && self.h.kinds_at(a)
                                & (bit(EntryKind::Place)
                                    | bit(EntryKind::Org)
                                    | bit(EntryKind::Level))
                                == bit(EntryKind::Place)
                            && self.h.longest(a, EntryKind::Place).is_some_and(|(pe, _)| {
                                (a..pe).all(|m| !self.unit(m).is_some_and(Unit::capitalized))
                            }))
                    })
                    // (Nor another office of two words or more, as a signature writes two
                    // on one line: `KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hoàng Long`.)
                    // (Not after a role that holds a body's head, whose body a role's words
                    // may name: `Trưởng đoàn đại biểu Quốc hội`.)
                    .filter(|&(a, _)| {
                        self.ends_in_head(head, role_end)
                            || self
                                .h
                                .longest(a, EntryKind::Role)
                                .is_none_or(|(re, _)| re < a + 2)
                    })
                    // `Thủ tướng Hun Manet đón …`, `Giáo hoàng Leo XIV`: after an office that
                    // is whole alone, unlisted capitalized words with a foreign word or a
                    // regnal numeral are its holder's name.
                    .filter(|&(a, _)| !(complete && self.foreign_name_run(a)))
                    // (Or two or three Vietnamese words no list knows, to the clause's end: a
                    // ruler's name, `Hoàng đế Quang Trung,`, `Nhà vua Minh Mạng,`.)
                    .filter(|&(a, e)| !(complete && self.bare_name_to_end(a, e)))
                    // (Or one word before the clause's words: `Tổng thống Thiệu tái đắc cử`.)
                    .filter(|&(a, _)| !(a == k && self.given_name_after_office(a)))
                    .or_else(|| {
                        // `Trưởng ban công tác Thiếu nhi`: the head's name in lower case.
                        // (Not after a complete office: `Đại biểu Quốc hội thảo luận`.)
                        (self.ends_in_head(head, role_end)
                            && !complete
                            && !self.unit(k)?.capitalized())
                        .then(|| self.lower_name(k).map(|e| (k, e)))
                        .flatten()
                    })?;
                // `Trưởng ban Dân vận Trung ương`: the name, what follows it, and the bodies after.
                let mut e = self.body_number(self.tail(e, a));
                // (And the fields a comma joins in the one body's name, as after a head
                // outside the role: `Trưởng ban Bồi thường, Hỗ trợ và Tái định cư huyện`.)
                if self.ends_in_head(head, role_end) {
                    while let Some(f) = self.field_comma(e) {
                        e = self.body_number(self.tail(f, a));
                    }
                    // (Or in lower case: `Trưởng phòng Đấu thầu, thẩm định và giám sát đầu
                    // tư`.)
                    if self.text_at_is(e, ",")
                        && self
                            .unit(e + 1)
                            .is_some_and(|x| x.key.is_some() && !x.capitalized())
                        && let Some(f) = self.lower_fields_after_comma(e, role_end - 1)
                    {
                        e = self.body_number(self.tail(f, a));
                    }
                    // (Or past a bracket: `Trưởng phòng Cảnh sát hình sự (PC02) Công an tỉnh`.)
                    if self.text_at_is(e, "(")
                        && let Some(f) = self.through_bracket(e)
                    {
                        e = f;
                    }
                }
                // A body after it is written with a capital (`Tỉnh ủy`); in lower case the
                // word is more often a verb that only looks like a body's head (`Trưởng
                // phòng Tài chính huyện Lộc Bình báo cáo`: `báo` is a newspaper's head).
                // (Not the holder's surname that is also a body's head: `Thống đốc NHNN Đoàn
                // Minh Châu`.)
                let e = if self.spaced(e)
                    && self.unit(e).is_some_and(Unit::capitalized)
                    && !self.holder_starts(e)
                {
                    self.org(e).map_or(e, |(_, x)| x)
                } else {
                    e
                };
                Some((a, e))
            })
            .map(|(a, e)| {
                // (After a board, `HĐQT`, only: a body with its name is whole.)
                let board = e == a + 1
                    && self.h.at(a).iter().any(|h| {
                        h.kind == EntryKind::Org && h.end == e && self.note(h.note) == "org"
                    });
                match self.company_apposed(e, apposed && board, false) {
                    Some((_, run)) => (a, run),
                    None => (a, self.own_name_apposed(e, apposed).unwrap_or(e)),
                }
            });
        // (Nor a surname that is also a body's head, then a middle name: `Giám đốc Đoàn Thị
        // Mỹ`, a person.)
        let org = org.filter(|&(a, _)| !self.middle_name_after(a));
        // (Nor `Trường` that starts a name after an office whole alone: `Tổng Bí thư Trường
        // Chinh`.)
        let org = org.filter(|&(a, _)| !(complete && a == k && self.school_word_as_name(a)));
        // `Thủ trưởng cơ quan, đơn vị`, `Giám đốc các doanh nghiệp`: the heads of a class of
        // bodies named by common nouns (the title is generic).
        let class = org.is_some_and(|(a, e)| self.class_of_bodies(a) == Some(e));
        // `Vua Thái Lan`, `vua nhà Nguyễn`: a king's body is his state or his dynasty; the
        // capitalized words after him are else his name (`Vua Minh Mạng`, `vua Hàm Nghi`).
        let org = org.filter(|&(a, _)| {
            !(role_end == role_start + 1 && self.canon(role_start) == Some("vua"))
                || self.canon(a) == Some("nhà")
                || self.state_name(a).is_some()
                || self
                    .h
                    .longest(a, EntryKind::Place)
                    .is_some_and(|(_, n)| self.note(n).starts_with("country"))
        });
        // `Chủ tịch UBND xã, phường, thị trấn`: a body of a list of levels, each bare, is a
        // class of bodies (the title is generic).
        let (org, levels) = match org {
            Some((a, e)) => match self.level_list(e) {
                Some(le) => (Some((a, le)), true),
                // (So are the departments and sectors in lower case, a pair: `Giám đốc sở,
                // ngành chịu trách nhiệm …`.)
                None if e == a + 1
                    && self.canon(a) == Some("sở")
                    && self.unit(a).is_some_and(|x| !x.capitalized())
                    && self.text_at_is(e, ",")
                    && matches!(self.canon(e + 1), Some("ngành" | "ban")) =>
                {
                    (Some((a, self.more_heads(e))), true)
                }
                None => (Some((a, e)), false),
            },
            None => (None, false),
        };
        // `Người phát ngôn của Bộ Tài chính`, `Giám đốc quốc gia của Ngân hàng Thế giới`: the
        // body after `của`, named apart (the title's span stays the role's).
        // (A director's role with its field in lower case is a firm's, so one foreign word
        // after `của` is the firm: `Giám đốc kinh doanh của Sotrans`.)
        let after_of = if org.is_none() {
            self.body_after_of(k).or_else(|| {
                (role_end >= role_start + 3
                    && (role_start..role_end - 2)
                        .any(|r| self.folded_is(r, "giam") && self.folded_is(r + 1, "doc"))
                    && self.canon(k) == Some("của")
                    && self.spaced(k + 1)
                    && self
                        .unit(role_end - 1)
                        .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized()))
                .then(|| self.brand_after_of(k + 1, true))
                .flatten()
            })
        } else {
            None
        };
        let mut end = match org {
            Some((_, e)) => e,
            None => self.term(k).unwrap_or(k),
        };
        // `Chủ tịch nước Lào`, `đại biểu Quốc hội nước CHXHCN Việt Nam`: an office of a whole
        // state, whose words name the body already; the country after it is no body of its
        // own (it stays in the title).
        let of_the_state = role_end >= head + 2
            && (self.canon(role_end - 1) == Some("nước")
                || (self.canon(role_end - 2) == Some("quốc")
                    && self.canon(role_end - 1) == Some("hội")
                    && self.canon(head) == Some("đại")));
        let org = org.filter(|&(a, _)| {
            !(of_the_state
                && (self.h.longest(a, EntryKind::Place).is_some()
                    || self.canon(a) == Some("nước")
                    || self.h.longest(a, EntryKind::Name).is_some()
                    // (Or the state's official name: `Chủ tịch nước Cộng hòa Dân chủ Nhân dân
                    // Lào`.)
                    || self.state_name(a).is_some()))
        });
        // `Bí thư Xứ ủy lâm thời Nam Kỳ`, `Cố vấn Chính phủ lâm thời`, `Ủy ban hành chính lâm
        // thời tỉnh Hà Đông`: right after a body, `lâm thời` names the body provisional, with
        // what follows of its name; the office is not (`Chủ tịch lâm thời`, before the body).
        let org = match org {
            Some((a, oe))
                if oe == end
                    && self.spaced(end)
                    && self.canon_pair(end, "lâm", "thời")
                    // (Not a standing body's abbreviation: `Điều phối viên thường trú LHQ lâm
                    // thời`, the interim coordinator.)
                    && self.unit(end - 1).is_some_and(|x| x.kind != TokenKind::Abbreviation) =>
            {
                // (Not a city named after its holder: `Chủ tịch Chính phủ lâm thời Hồ Chí
                // Minh`.)
                let holder = self
                    .h
                    .longest(end + 2, EntryKind::Place)
                    .is_some_and(|(_, n)| self.note(n).contains("person"));
                end = if holder {
                    end + 2
                } else {
                    self.tail(end + 2, a)
                };
                Some((a, end))
            }
            other => other,
        };
        // `Thủ tướng Chính phủ đương nhiệm`: a modifier after the organisation.
        if org.is_some() {
            while let Some((e, n)) = self
                .h
                .longest(end, EntryKind::Modifier)
                .filter(|_| self.spaced(end))
            {
                // (A modifier that is also a function word only before a name or the end of
                // the clause: `Chủ tịch UBND tỉnh Gia Lai mới Nguyễn Tuấn Anh`, a province
                // merged in 2025; not `Chủ tịch UBND tỉnh mới ký`, just signed.)
                // (After a place only: `Viện Công nghệ mới` is the institute's name.)
                let placed = org.is_some_and(|(a, oe)| {
                    (a..oe).any(|m| {
                        self.h.kinds_at(m) & (bit(EntryKind::Level) | bit(EntryKind::Place)) != 0
                    })
                });
                let closed = placed
                    && (self
                        .unit(e)
                        .is_none_or(|x| matches!(x.text, "," | "." | ";" | ")"))
                        || (self.spaced(e) && self.person_name_at(e)));
                // (`chính thức` before a verb is an adverb: `Phó Giám đốc Học viện Quốc phòng
                // chính thức nghỉ hưu`, officially retires.)
                let adverb = self.canon_pair(end, "chính", "thức")
                    && self.spaced(e)
                    && self
                        .unit(e)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized());
                // (A modifier of two words is none: `Ủy viên Trung ương dự khuyết với 72,15%
                // số phiếu`, though `dự` is a verb.)
                if !matches!(self.note(n), "after" | "both")
                    || (self.stops_name(end) && e == end + 1 && !closed)
                    || adverb
                {
                    break;
                }
                mods.push((end, e));
                end = e;
            }
        }
        let capital = self.unit(role_start).is_some_and(Unit::capitalized);
        let bare = self.is_bare_role(head, role_end);
        // `chủ tịch là Lê Phùng`, `phó chủ tịch Nguyễn Văn A`: a role in lower case names an
        // office when a person's name follows.
        // (`bộ trưởng Ngọ là`: the short name of a second mention.)
        let person_after = self.spaced(end)
            && (self.person_name_at(end)
                || (self.canon(end) == Some("là") && self.person_name_at(end + 1))
                || (org.is_none()
                    && !self.ends_in_head(head, role_end)
                    && (self.short_name(end) || self.pen_name_then_clause(end))));
        // `là phó giám đốc một công ty`: a role in lower case held in some body.
        let in_some_body = self.spaced(end)
            && self.canon(end) == Some("một")
            && self.spaced(end + 1)
            && self.org(end + 1).is_some();
        // `các bộ trưởng`, `15 bộ trưởng`: holders of an office, in lower case.
        // (`Các đồng chí Phó Bí thư Tỉnh ủy A và B`: a plural form of address before it.)
        let first = mods_start(i, role_start);
        let plural = self.generic_before(first)
            || self
                .h
                .ends_at(first, EntryKind::Honorific, 3)
                .is_some_and(|s| {
                    self.h.at(s).iter().any(|h| {
                        h.kind == EntryKind::Honorific
                            && h.end == first
                            && self.note(h.note) == "plural"
                    })
                });
        // `do ông A làm trưởng đoàn.`, `bà B làm tổ trưởng.`: a role in lower case that a
        // clause gives someone, closing it.
        // (Right after a name: not `Ông được bầu làm chủ tịch`, `chỉ định làm người phát
        // ngôn`.)
        // (Or after `do` and whoever it names, a title maybe: `Đoàn … do ông A, Chủ tịch Hội
        // CCB tỉnh làm trưởng đoàn, thăm …`.)
        // (Or a chain of titles closed by a comma: `do Trung tướng A, Ủy viên Trung ương
        // Đảng, Phó Chủ nhiệm Tổng cục Chính trị, làm trưởng đoàn.`)
        let by = |l: usize| {
            (l.saturating_sub(24)..l).any(|m| self.canon(m) == Some("do"))
                && self
                    .unit(l - 1)
                    .is_some_and(|x| x.key.is_some() || x.text == ",")
        };
        let given = role_start > 2
            && self.canon(role_start - 1) == Some("làm")
            && ((role_start - 3..role_start - 1).all(|m| {
                self.unit(m)
                    .is_some_and(|x| x.key.is_some() && x.capitalized())
            }) || by(role_start - 1))
            && (self
                .unit(end)
                .is_none_or(|x| matches!(x.text, "." | "," | ";" | ")" | ":"))
                // (Or the clause's verb after it: `HTX … do ông A làm giám đốc đã ký …`.)
                || (by(role_start - 1)
                    && self.spaced(end)
                    && self
                        .folded(end)
                        .is_some_and(|w| matches!(w.as_str(), "da" | "dang" | "se" | "vua"))
                    && self.unit(end).is_some_and(|x| !x.capitalized()))
                // (Or any verb after a delegation's head: `đoàn kiểm tra … do ông A làm
                // trưởng đoàn công bố quyết định`; not the delegation's kind, `trưởng đoàn
                // công tác`.)
                || (end == role_end
                    && self.folded_is(role_end - 1, "doan")
                    && by(role_start - 1)
                    && self.spaced(end)
                    && self
                        .unit(end)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                    && !self.delegation_kind(end)));
        // `giữ chức giám đốc`, `chức danh hiệu trưởng nhiệm kỳ 2025-2030`: a role in lower
        // case named as an office.
        // (Not `Tổ chức nghị sĩ …`, an organisation.)
        let office = (role_start > 1
            && self.canon(role_start - 1) == Some("chức")
            && self.canon(role_start - 2) != Some("tổ"))
            || (role_start > 1
                && self.canon(role_start - 2) == Some("chức")
                && matches!(self.canon(role_start - 1), Some("vụ" | "danh")));
        // `đồng chí Bùi Văn Hải, phó trưởng ban, phát biểu`: a role in lower case between
        // commas after its holder's name, the body named before.
        // (Or before `của` and whom or what it serves: `Ông Tống Minh Hùng, giám đốc tài
        // chính của Masan Consumer, …`.)
        // (Or a rank's holder: `Thượng tá Lê Đình Phong, phó giám thị, giới thiệu …`.)
        // (Or before its duty: `PGS.TS Nguyễn Thị Hồng Vân, phó hiệu trưởng phụ trách nghiên
        // cứu khoa học, khẳng định`.)
        let apposed_alone = (self.unit(end).is_some_and(|x| x.text == ",")
            || (self.canon(end) == Some("của") && self.spaced(end))
            || (self.spaced(end)
                && self.h.kinds_at(end) & bit(EntryKind::Duty) != 0
                && self.unit(end).is_some_and(|x| !x.capitalized())))
            && (self.apposed_to_name(first) || self.apposed_to_ranked_name(first));
        // (`Vua` is a king only before his name or state, `vua Gia Long`, `Vua Thái Lan`; not
        // a metaphor or a show, `"vua cá tra" của miền Tây`, `ông vua lốp xe`, `"Vua tiếng
        // Việt"`, nor chess, `cờ vua`.)
        if role_end == role_start + 1
            && self.canon(role_start) == Some("vua")
            && ((org.is_none()
                && !person_after
                // (But the throne taken, `lên ngôi vua`.)
                && role_start.checked_sub(1).and_then(|p| self.canon(p)) != Some("ngôi")
                && !(self.spaced(end)
                    && self.unit(end).is_some_and(|x| {
                        x.capitalized() && matches!(x.kind, TokenKind::Syllable | TokenKind::Word)
                    })))
                || (role_start > 0 && self.canon(role_start - 1) == Some("cờ"))
                // (Nor a temple's or a tomb's name after its place word: `đền Vua Đinh`.)
                || (role_start > 0
                    && self.unit(role_start - 1).is_some_and(|x| !x.capitalized())
                    && (self.canon(role_start - 1) == Some("đền")
                        || ["lang", "mieu", "tuong", "dinh"]
                            .iter()
                            .any(|w| self.folded_is(role_start - 1, w)))))
        {
            return None;
        }
        // (Nor `nữ hoàng` of a field, a metaphor, after what names or likens her: `được mệnh
        // danh là nữ hoàng phòng vé`, `Xuân Quỳnh - nữ hoàng thơ tình`; a queen is of her
        // state or before her name, `Nữ hoàng Anh`, `nữ hoàng Elizabeth`, or the clause's
        // subject, `Nữ hoàng yên nghỉ …`.)
        // (Or before the name she is known by: `Nữ hoàng điền kinh Vũ Thị Hương`.)
        let lower = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
        };
        // (The cheap tests first: this is asked of every role of two words.)
        let queen = role_end == role_start + 2
            && self.folded_is(role_start, "nu")
            && self.folded_is(role_start + 1, "hoang");
        // (Nor inside a name whose surname `Tôn Nữ` holds its first word: `Bị cáo Tôn Nữ
        // Hoàng Yến`.)
        if queen
            && role_start > 0
            && self.spaced(role_start)
            && self.unit(role_start).is_some_and(Unit::capitalized)
            && self
                .h
                .longest(role_start - 1, EntryKind::Surname)
                .is_some_and(|(e, _)| e == role_start + 1)
        {
            return None;
        }
        if queen
            && lower(role_end)
            && self.h.kinds_at(role_end) & bit(EntryKind::Place) == 0
            && ((role_start > 0
                && (matches!(self.canon(role_start - 1), Some("là" | "như"))
                    || self
                        .unit(role_start - 1)
                        .is_some_and(|x| x.is_dash() || matches!(x.text, "\"" | "“"))))
                || (role_end + 1..role_end + 3)
                    .any(|m| (role_end..m).all(lower) && self.spaced(m) && self.person_name_at(m)))
        {
            return None;
        }
        // (Nor the chair of a bloc that a state holds in turn: `Lào đảm nhận vai trò Chủ tịch
        // ASEAN`, `năm Chủ tịch ASEAN của Lào`, `Việt Nam là Chủ tịch ASEAN`; the leader
        // who speaks for it is one, `Thủ tướng Lào, Chủ tịch ASEAN 2024`.)
        if let Some((a, b)) = org
            && b == a + 1
            && self
                .unit(a)
                .is_some_and(|x| matches!(x.text, "ASEAN" | "APEC" | "AIPA" | "G20" | "G7"))
            && role_start > 0
            && role_end == role_start + 2
            && self.canon(role_start) == Some("chủ")
            && self.folded_is(role_start + 1, "tich")
        {
            let w = |m: usize| self.folded(m);
            let p = role_start - 1;
            let state_turn = match w(p).as_deref() {
                Some("tro") => p > 0 && w(p - 1).as_deref() == Some("vai"),
                Some("vi") => p > 0 && w(p - 1).as_deref() == Some("cuong"),
                Some("nam" | "nuoc") => true,
                Some("la" | "giu" | "nhan" | "nhiem" | "thanh") => {
                    let verb = match w(p).as_deref() {
                        Some("nhan" | "nhiem") => p > 0 && w(p - 1).as_deref() == Some("dam"),
                        Some("thanh") => p > 0 && w(p - 1).as_deref() == Some("tro"),
                        _ => true,
                    };
                    let subject = p - usize::from(matches!(
                        w(p).as_deref(),
                        Some("nhan" | "nhiem" | "thanh")
                    ));
                    verb && self.h.ends_at(subject, EntryKind::Place, 3).is_some()
                }
                _ => false,
            };
            if state_turn {
                return None;
            }
        }
        if org.is_none()
            && ((bare && !self.assembly_deputy_named(role_start, role_end))
                || !(complete
                    || capital
                    || person_after
                    || in_some_body
                    || plural
                    || given
                    || office
                    || apposed_alone))
        {
            return None;
        }
        // `Thành viên HĐQT`: a seat on a board, only with the board.
        // (Whatever prefix or suffix it takes: `đồng thành viên`, `thành viên chính`.)
        let seat = self
            .h
            .longest(head, EntryKind::Role)
            .is_some_and(|(_, n)| self.note(n) == "board");
        if seat && !org.is_some_and(|(a, _)| self.board_at(a)) {
            return None;
        }
        // `đại biểu HĐND tỉnh`, `Đại biểu Quốc hội`: a deputy of a council or the assembly;
        // before other bodies the word is the delegates who came from them (`đại biểu các
        // sở, ngành`).
        let deputy = role_end == role_start + 2
            && self.canon(role_start) == Some("đại")
            && self.canon(role_start + 1) == Some("biểu");
        // `UV BTV Tỉnh ủy`: a member's role in short only before the body's (`Tia UV` is
        // light).
        if org.is_none()
            && role_end == role_start + 1
            && self.unit(role_start).is_some_and(|x| x.text == "UV")
        {
            return None;
        }
        if deputy
            && let Some((a, _)) = org
            && !self.folded(a).is_some_and(|w| {
                let next = self.folded(a + 1);
                matches!(w.as_str(), "hdnd" | "qh")
                    // (Or its first word at the end of a line that a document wraps.)
                    || (w == "hoi" && (next.as_deref() == Some("dong") || self.unit(a + 1).is_none()))
                    || (w == "quoc" && next.as_deref() == Some("hoi"))
                    // (`đại biểu nhân dân`, the people's deputies.)
                    || (w == "nhan" && next.as_deref() == Some("dan"))
                    // (Or of a province's delegation to the Assembly: `đại biểu đoàn Hà Nội`.)
                    || (w == "doan" && self.delegation_at(a))
            })
        {
            return None;
        }
        // (A deputy with no name at the title: one of many, a class until someone is linked;
        // not the one who asks or speaks at a sitting, a deputy in particular: `ĐẠI BIỂU HĐND
        // TỈNH CHẤT VẤN …`, `Trả lời chất vấn của đại biểu HĐND tỉnh, …`.)
        let pair = |m: usize, a: &str, b: &str| self.canon_pair(m, a, b);
        let speaks = |m: usize| pair(m, "chất", "vấn") || pair(m, "phát", "biểu");
        let start = mods.first().map_or(role_start, |m| m.0.min(role_start));
        let spoken = speaks(end)
            || (start >= 2 && speaks(start - 2))
            || (start >= 3 && speaks(start - 3) && self.canon(start - 1) == Some("của"));
        // (Nor the seat a pronoun's sentence says is someone's: `Ông là đại biểu HĐND tỉnh
        // các khóa V, VI`.)
        let predicated = start >= 2
            && self.canon(start - 1) == Some("là")
            && self.h.ends_at(start - 1, EntryKind::Honorific, 2).is_some();
        let members = deputy
            && org.is_some()
            && !apposed
            && !spoken
            && !predicated
            && !self.person_name_at(end);
        // `Trưởng ga`, no station named after it: the whole is the role, as `Trưởng phòng`
        // is; `Trưởng ga Diêu Trì` is `Trưởng` of `ga Diêu Trì`.
        let (role_end, org) = match org {
            Some((a, e))
                if e == a + 1
                    && a == role_end
                    && e == end
                    && self.folded_is(a, "ga")
                    && self.folded(role_end - 1).is_some_and(|w| w == "truong") =>
            {
                (e, None)
            }
            _ => (role_end, org),
        };
        Some(Found {
            start: mods.first().map_or(role_start, |m| m.0.min(role_start)),
            end,
            role: (role_start, role_end),
            mods,
            org,
            org_apart: after_of,
            owner: None,
            parent: None,
            rank,
            plural,
            members,
            generic: (plural && !self.names_follow(end))
                // (A post recruited for by examination, of no one body named: `thi tuyển
                // chọn Thẩm phán trung cấp`, `thi tuyển chức danh Giám đốc Sở`.)
                || (org.is_none_or(|(a, e)| e <= a + 1) && self.recruited_before(first))
                || members
                || levels
                || class
                // `Chủ tịch UBND cấp xã`, `Bí thư cấp ủy`: the holders of a level's offices;
                // `Chủ tịch UBND cùng cấp`, `đại biểu HĐND các cấp`: of every level's.
                || org.is_some_and(|(a, e)| {
                    // (Not `cấp nước`, water supply: `Công ty Cấp nước Sơn La`.)
                    (a..e).any(|m| {
                        self.canon(m) == Some("cấp")
                            && (self.h.longest(m + 1, EntryKind::Level).is_some()
                                || self.canon(m + 1) == Some("ủy")
                                // (`UBND cùng cấp`, `HĐND các cấp`, levels of their own.)
                                || (m > a && matches!(self.canon(m - 1), Some("cùng" | "các"))))
                            && self.canon(m + 1) != Some("nước")
                    })
                })
                || (matches!(self.canon(end), Some("cùng" | "các"))
                    && self.canon(end + 1) == Some("cấp")
                    // (Not `cùng cấp ủy`, with the Party committee.)
                    && self.canon(end + 2) != Some("ủy"))
                // (`Chủ tịch UBND 63 tỉnh, thành phố`: the bodies of a count of places.)
                || org.is_some_and(|(a, e)| {
                    // (The places inside the body: not `Đội trưởng Đội 3 Đoàn Văn Hậu`, a
                    // numbered unit and its holder, whose surname is also a level.)
                    // (A count of three digits counts a list of levels, `UBND 124 xã,
                    // phường, thị trấn`; alone it more often names a board, `Ban Chỉ đạo
                    // 389 tỉnh`.)
                    (a + 1..e.saturating_sub(1)).any(|m| {
                        (self.small_number(m, 2)
                            || (self.small_number(m, 3)
                                && self.h.longest(m + 1, EntryKind::Level).is_some_and(|(l, _)| {
                                    self.text_at_is(l, ",")
                                        && self.h.longest(l + 1, EntryKind::Level).is_some()
                                })))
                            // (Not a numbered unit's own place after it: `Trưởng Thuế cơ sở 2
                            // tỉnh An Giang`.)
                            && self.h.longest(m + 1, EntryKind::Level).is_some_and(|(l, _)| {
                                !(self.spaced(l)
                                    && self.h.longest(l, EntryKind::Place).is_some()
                                    && self.unit(l).is_some_and(Unit::capitalized))
                            })
                            && self.h.ends_at(m, EntryKind::Org, 3).is_some()
                    })
                })
                || org.is_some_and(|(a, e)| {
                    // (Not a `các` inside a body's listed name: `Đảng ủy các cơ quan Đảng
                    // Trung ương` is one body, and so is `Khối các cơ quan Trung ương`.)
                    // (Nor `các khóa IV, V, VI`: terms, not holders.)
                    // (Nor the members an association is named by: `Liên hiệp các tổ chức hữu
                    // nghị`, `Hiệp hội các nhà đầu tư`, `Liên đoàn các …`.)
                    // (Nor a `các` after the body's first word in a title its holder's name
                    // stands beside: a word of one body's name, `Ông A, Giám đốc Ban Quản lý
                    // dự án Đầu tư xây dựng các công trình giao thông tỉnh Long An, …`.)
                    // (Or one given to someone by `làm`: `ông A được bổ nhiệm làm Giám đốc Ban
                    // quản lý dự án đầu tư xây dựng các công trình dân dụng …`.)
                    // (Or after its parent's abbreviation in brackets: `Vụ trưởng Vụ Tín dụng
                    // các ngành kinh tế (NHNN) Hà Thu Giang`.)
                    let named = apposed
                        || self.person_name_at(e)
                        || (self.text_at_is(e, "(")
                            && self.text_at_is(e + 2, ")")
                            && self.person_name_at(e + 3))
                        || (start > 0 && self.canon(start - 1) == Some("làm"));
                    (a..e).any(|m| {
                        // (Nor a bloc of bodies: `Đảng ủy Khối các cơ quan tỉnh`.)
                        // (Bodies of a level in the plural are so whoever is named: `làm Bí
                        // thư Đảng ủy các xã, phường`.)
                        // (Not `Ban quản lý các cửa khẩu tỉnh Cao Bằng`, one board's name.)
                        let levels = || {
                            self.unit(m + 1).is_some_and(|x| !x.capitalized())
                                && self.folded(m + 1).is_some_and(|w| {
                                    matches!(
                                        w.as_str(),
                                        "xa" | "phuong" | "huyen" | "tinh" | "quan" | "thi" | "dac"
                                    )
                                })
                        };
                        if self.canon(m) != Some("các")
                            || (m > a && named && !levels())
                            // (Nor `Các` written with a capital inside a body's name or at its
                            // start: `Vụ Các tổ chức quốc tế`, `Bộ trưởng Các vấn đề Hàng hải
                            // và Nghề cá Indonesia`; not in capitals, where no case is told.)
                            || self.unit(m).is_some_and(|x| {
                                x.capitalized() && (m > a || !x.all_caps())
                            })
                            || (m > a && self.association_head(m - 1))
                            // (Or an international one: `Liên đoàn Quốc tế các Hội Chữ thập
                            // đỏ và Trăng lưỡi liềm đỏ`.)
                            || (m > a + 2
                                && self.canon_pair(m - 2, "quốc", "tế")
                                && self.association_head(m - 3))
                            || (m > a && self.canon(m - 1) == Some("khối"))
                            // (Nor a ministry named for what it has in the plural, capitalized
                            // after it: `Bộ các Lực lượng vũ trang cách mạng Cuba`.)
                            || (m > a
                                && self.canon(m - 1) == Some("bộ")
                                && self.unit(m + 1).is_some_and(|x| {
                                    x.capitalized() && !x.all_caps()
                                }))
                            // (Nor a board that manages them: `BQL các KCN tỉnh Hà Nam`, `Ban
                            // Quản lý các cửa khẩu`.)
                            || (m > a && self.unit(m - 1).is_some_and(|x| x.text == "BQL"))
                            || (m > a + 1
                                && self.folded_is(m - 1, "ly")
                                && self.folded_is(m - 2, "quan"))
                            // (Nor one that steers them: `Ban chỉ đạo các hoạt động kỷ niệm`;
                            // nor a project board's works: `Ban Quản lý dự án các công trình y
                            // tế`.)
                            || (m > a + 1 && self.canon_pair(m - 2, "chỉ", "đạo"))
                            || (m > a + 1 && self.canon_pair(m - 2, "dự", "án") && !levels())
                            // (Nor the parks a zone's board manages too: `Ban Quản lý Khu công
                            // nghệ cao và các khu công nghiệp Đà Nẵng`.)
                            || (m > a
                                && self.canon(m - 1) == Some("và")
                                && self.h.kinds_at(m + 1) & bit(EntryKind::PlaceWord) != 0)
                        {
                            return false;
                        }
                        !matches!(self.canon(m + 1), Some("khóa" | "kỳ" | "kì" | "nhiệm"))
                            // (Nor a listed name that starts with it: `Đảng ủy các cơ quan
                            // Đảng tỉnh`.)
                            // (Or a place: `Các Tiểu vương quốc Ả-rập Thống nhất`.)
                            && !self.h.at(m).iter().any(|h| {
                                matches!(h.kind, EntryKind::Name | EntryKind::Place) && h.end > m + 1
                            })
                            && !(a..m).any(|s| {
                                self.h.at(s).iter().any(|h| {
                                    matches!(h.kind, EntryKind::Org | EntryKind::Name) && h.end > m
                                })
                            })
                    })
                })
                || (org.is_none() && self.grade_in_rule(head, start, end)),
        })
    }

    /// A grade of the civil service held by many in one body (`Chấp hành viên`, `Thẩm
    /// phán`: role note `grade`), with no body and no name, as the subject of a rule: an
    /// obligation or a power follows (`Chấp hành viên có quyền tạm giữ …`, `Thẩm phán phải
    /// …`), or the main clause of a case the rule sets (`Trường hợp …, Chấp hành viên lập
    /// biên bản`). It names the class of holders: generic.
    fn grade_in_rule(&self, head: usize, start: usize, end: usize) -> bool {
        let graded = self
            .h
            .at(head)
            .iter()
            .any(|h| h.kind == EntryKind::Role && self.note(h.note) == "grade");
        if !graded || !self.spaced(end) || self.person_name_at(end) {
            return false;
        }
        let pair = |m: usize, a: &str, b: &str| self.canon_pair(m, a, b);
        let duty = self.canon(end) == Some("phải")
            || (self.canon(end) == Some("có")
                && matches!(
                    self.canon(end + 1),
                    Some("quyền" | "trách" | "nghĩa" | "nhiệm")
                ))
            || pair(end, "được", "quyền")
            || pair(end, "không", "được")
            || pair(end, "chịu", "trách");
        // (`Trường hợp …, Chấp hành viên …`: the title right after the case's comma.)
        let case = start >= 2
            && self.text_at_is(start - 1, ",")
            && pair(0, "trường", "hợp")
            && !(1..start - 1).any(|m| [".", ";", ":"].iter().any(|p| self.text_at_is(m, p)));
        duty || case
    }

    /// The end of a list of bare levels that goes on a body ending in a bare level at `e`
    /// (`UBND xã` + `, phường, thị trấn`; `huyện` + `, thành phố`): each item a level alone,
    /// after a comma or `và`/`hoặc`, the list closed by punctuation or a lower-case word.
    fn level_list(&self, e: usize) -> Option<usize> {
        let bare_level = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && self.ends_name_kinds(m) & bit(EntryKind::Level) != 0
        };
        let last = e.checked_sub(1)?;
        // (A level word, not a body named by one: `Huyện đoàn`.)
        if !bare_level(last)
            || self.h.ends_at(e, EntryKind::Level, 3).is_none()
            || self.h.ends_at(e, EntryKind::Org, 3).is_some()
        {
            return None;
        }
        // (The levels of a list are not the same twice: in `Trưởng phòng Tư pháp huyện,
        // huyện đã cấp`, the second `huyện` opens the next clause.)
        let words = |a: usize, b: usize| (a..b).filter_map(|m| self.folded(m)).collect::<Vec<_>>();
        let first = self.h.ends_at(e, EntryKind::Level, 3).unwrap_or(last);
        let mut seen = vec![words(first, e)];
        let mut end = e;
        loop {
            if !(self.text_at_is(end, ",") || matches!(self.canon(end), Some("và" | "hoặc"))) {
                break;
            }
            let Some((le, _)) = self.h.longest(end + 1, EntryKind::Level) else {
                break;
            };
            let item = words(end + 1, le);
            if seen.contains(&item) {
                break;
            }
            seen.push(item);
            // (Not a role or a body that starts with a level: `huyện ủy viên`, `Huyện ủy`.)
            if !bare_level(end + 1)
                || !self.spaced(end + 1)
                || self.h.kinds_at(end + 1) & (bit(EntryKind::Role) | bit(EntryKind::Org)) != 0
            {
                break;
            }
            // (Each item bare: no place, no name after it.)
            let closes = self.unit(le).is_none_or(|x| {
                x.kind == TokenKind::Punctuation || (x.key.is_some() && !x.capitalized())
            });
            if !closes {
                break;
            }
            end = le;
        }
        (end > e).then_some(end)
    }

    /// Whether unit `k` ends the head of an association, named by its members (`Hội`,
    /// `Hiệp hội`, `Liên hiệp`, `Liên đoàn`, `Liên minh`).
    fn association_head(&self, k: usize) -> bool {
        self.folded(k)
            .is_some_and(|w| matches!(w.as_str(), "hoi" | "hiep" | "doan" | "minh"))
            && self.h.ends_at(k + 1, EntryKind::Org, 2).is_some()
            // (Or a forum's: `Diễn đàn các cơ quan giám sát bảo hiểm châu Á`.)
            || (k > 0
                && self.folded_is(k, "dan")
                && self.folded_is(k - 1, "dien")
                && self.unit(k - 1).is_some_and(Unit::capitalized))
    }

    /// The longest role at `j` written in one case style (see [`Rules::consistent_case`]).
    fn consistent_role(&self, j: usize) -> Option<(usize, u32)> {
        if self.h.kinds_at(j) & bit(EntryKind::Role) == 0 {
            return None;
        }
        self.h
            .at(j)
            .iter()
            .rev()
            .find(|h| {
                h.kind == EntryKind::Role
                    && (self.consistent_case(j, h.end)
                        // `đại biểu Quốc hội`: a complete office whose body keeps its capital
                        // after a role noun in lower case.
                        || (self.note(h.note) == "self"
                            && !self.unit(j + 1).is_some_and(Unit::capitalized)
                            && (j + 2..h.end).any(|k| self.unit(k).is_some_and(Unit::capitalized)))
                        // `Phó chánh Thanh tra`, `chánh Văn phòng`: a role fused with the head
                        // of its body, which keeps the body's capital.
                        || (h.end == j + 3
                            && self.unit(j + 1).is_some_and(Unit::capitalized)
                            && self.h.kinds_at(j + 1) & bit(EntryKind::Org) != 0))
            })
            .map(|h| (h.end, h.note))
    }

    /// Whether the role `a..b` is an aide's (`Trợ lý`, `Thư ký`, `Cố vấn`).
    fn is_aide(&self, a: usize, b: usize) -> bool {
        b == a + 2
            && matches!(
                (self.canon(a), self.canon(a + 1)),
                (Some("trợ"), Some("lý")) | (Some("thư"), Some("ký")) | (Some("cố"), Some("vấn"))
            )
    }

    /// Whether units `a..b` (a role) are written in one case style: all lower case (`chủ
    /// tịch`) or with a capital first (`Chủ tịch`, `Phó Chủ tịch`) — not `vụ Phó` (the end of
    /// `chức vụ` and the start of `Phó Trưởng ban`).
    fn consistent_case(&self, a: usize, b: usize) -> bool {
        let first_lower = self.unit(a).is_some_and(|x| !x.capitalized());
        !(first_lower && (a + 1..b).any(|k| self.unit(k).is_some_and(Unit::capitalized)))
    }

    /// Whether a body's head or name starts at `k` and runs past unit `end` (`Chính phủ`
    /// after `Thủ tướng`, not the suffix `chính`).
    fn starts_body_past(&self, k: usize, end: usize) -> bool {
        self.h.at(k).iter().any(|h| {
            matches!(h.kind, EntryKind::Org | EntryKind::Name | EntryKind::Level) && h.end > end
        })
    }

    /// Whether `đại biểu` at `a..b` is an Assembly deputy named, as reports of the Assembly's
    /// sittings write one: the name, then the delegation or the province in brackets (`Đại
    /// biểu Hoàng Văn Cường (đoàn Hà Nội)`, `đại biểu Trần Văn Lâm (Đoàn ĐBQH tỉnh Bắc
    /// Giang)`, `Đại biểu Hà Sỹ Đồng (Quảng Trị)`).
    #[cold]
    fn assembly_deputy_named(&self, a: usize, b: usize) -> bool {
        if !(b == a + 2 && self.canon(a) == Some("đại") && self.canon(a + 1) == Some("biểu")) {
            return false;
        }
        // (Or an ethnic name with an apostrophe, no surname listed: `K'Brôl Thị Hoa`.)
        if !(self.spaced(b)
            && (self.person_name_at(b)
                || self.unit(b).is_some_and(|x| {
                    x.capitalized() && (x.text.contains(['\'', '’']) || self.text_at_is(b + 1, "'"))
                })))
        {
            return false;
        }
        // (The name's words, an apostrophe inside too: `K'Brôl Thị Hoa`, `H'Bla Niê`.)
        let mut run = b;
        while run < b + 7
            && self
                .unit(run)
                .is_some_and(|x| x.capitalized() || matches!(x.text, "'" | "’"))
        {
            run += 1;
        }
        // (Or a Vietnamese name alone, by its listed surname, as the Assembly's and the
        // councils' sittings name a deputy who speaks: `Đại biểu Tạ Thị Yên, Phó Chủ nhiệm
        // …`, `Trả lời đại biểu Vương Thị Hương`; not a list, `các đại biểu`.)
        (2..=6).contains(&(run - b))
            && ((self.text_at_is(run, "(")
                && (self.delegation_at(run + 1)
                    // (Or his province alone: `Đại biểu Nguyễn Hữu Thông (Bình Thuận)`.)
                    || self
                        .h
                        .longest(run + 1, EntryKind::Place)
                        .is_some_and(|(pe, _)| self.text_at_is(pe, ")"))))
                || ((2..=4).contains(&(run - b))
                    && self.h.longest(b, EntryKind::Surname).is_some()
                    && self.person_name_at(b)
                    && !(a > 0 && self.canon(a - 1) == Some("các"))
                    && self.assembly_sitting(a)))
    }

    /// Whether the sentence around `k` is about a sitting of the Assembly or a council,
    /// where `đại biểu` is a deputy, not one who attends a conference: it names the
    /// Assembly (`Quốc hội`, `ĐBQH`), a council (`HĐND`, `Hội đồng nhân dân`), its
    /// questions (`chất vấn`), its session (`kỳ họp`, `phiên họp`, `nghị trường`) or
    /// voters (`cử tri`).
    fn assembly_sitting(&self, k: usize) -> bool {
        let start = self.sentence_start(k);
        (start..)
            .take_while(|&m| {
                self.unit(m)
                    .is_some_and(|x| m <= k || !matches!(x.text, "." | "?" | "!" | ";"))
            })
            .any(|m| {
                self.unit(m)
                    .is_some_and(|x| matches!(x.text, "ĐBQH" | "HĐND" | "UBTVQH"))
                    || matches!(
                        (self.folded(m).as_deref(), self.folded(m + 1).as_deref()),
                        (Some("quoc"), Some("hoi"))
                            | (Some("chat"), Some("van"))
                            | (Some("ky" | "phien"), Some("hop"))
                            | (Some("nghi"), Some("truong"))
                            | (Some("cu"), Some("tri"))
                    )
                    || (self.folded_is(m, "dong")
                        && self.folded_is(m + 1, "nhan")
                        && self.folded_is(m + 2, "dan"))
            })
    }

    /// Whether a province's delegation to the Assembly starts at `a`: `đoàn Hà Nội`, `Đoàn
    /// ĐBQH tỉnh Bắc Giang`, `đoàn đại biểu Quốc hội TP.HCM`.
    fn delegation_at(&self, a: usize) -> bool {
        self.folded_is(a, "doan")
            && (self.unit(a + 1).is_some_and(|x| x.text == "ĐBQH")
                || (self.folded_is(a + 1, "dai") && self.folded_is(a + 2, "bieu"))
                || self.h.longest(a + 1, EntryKind::Place).is_some()
                || (self.place_level(a + 1) && self.level_place(a + 1).is_some()))
    }

    /// A role that is a title only with its organisation: `Trưởng`, `Đại biểu`, `Thành
    /// viên` (units `a..b`).
    fn is_bare_role(&self, a: usize, b: usize) -> bool {
        match b - a {
            1 => self.canon(a) == Some("trưởng"),
            2 => matches!(
                (self.canon(a), self.canon(a + 1)),
                (Some("đại"), Some("biểu")) | (Some("thành"), Some("viên"))
            ),
            _ => false,
        }
    }

    /// Whether an election ends right before `start` (`cuộc bầu cử tổng thống`, `ứng cử
    /// đại biểu`): the office in the abstract, generic whoever the sentence names.
    pub(super) fn election_before(&self, start: usize) -> bool {
        start >= 2
            && matches!(
                (self.canon(start - 2), self.canon(start - 1)),
                (Some("bầu" | "ứng"), Some("cử"))
            )
    }

    /// A plural or generic word right before the title (`các Phó Chủ tịch`).
    fn generic_before(&self, start: usize) -> bool {
        // (Of three words: `tỷ lệ nữ đại biểu Quốc hội`.)
        self.h.ends_at(start, EntryKind::Generic, 3).is_some()
            || self.count_before(start)
            // (A count of women or men in the office: `29 nữ bộ trưởng, thứ trưởng`, `các nữ
            // Phó Chủ tịch`.)
            || (start >= 2
                && (self.folded_is(start - 1, "nu") || self.folded_is(start - 1, "nam"))
                && self.unit(start - 1).is_some_and(|x| !x.capitalized())
                && (self.count_before(start - 1)
                    || self.h.ends_at(start - 1, EntryKind::Generic, 3).is_some()))
            || self.all_before(start)
            || self.counted_holders_before(start)
            // (A share of the holders: `23/63 bí thư tỉnh ủy`.)
            || self.share_before(start)
            || self.counted_made_holders(start)
            // (A count before a form of address: `3 đồng chí Phó Chủ tịch UBND tỉnh`; or a
            // share of them: `5/7 đồng chí Ủy viên Ban Thường vụ`.)
            || self
                .h
                .ends_at(start, EntryKind::Honorific, 2)
                .is_some_and(|s| self.count_before(s) || self.share_before(s))
    }

    /// The office as a post recruited for by examination right before it, maybe after
    /// `chức danh`: `thi tuyển chức danh Giám đốc Sở`, `thi tuyển chọn Thẩm phán trung cấp`.
    #[cold]
    fn recruited_before(&self, start: usize) -> bool {
        let mut s = start;
        if s >= 2 && self.folded_is(s - 2, "chuc") && self.folded_is(s - 1, "danh") {
            s -= 2;
        }
        s >= 2
            && ((self.folded_is(s - 2, "thi") && self.folded_is(s - 1, "tuyen"))
                || (self.folded_is(s - 2, "tuyen") && self.folded_is(s - 1, "chon")))
            && self.unit(s - 1).is_some_and(|x| !x.capitalized())
    }

    /// A count of people the clause makes holders of the office after `làm`: `điều động 12
    /// cán bộ cấp tỉnh về làm Chủ tịch UBND xã`, `40 đồng chí được chỉ định làm Bí thư`.
    fn counted_made_holders(&self, start: usize) -> bool {
        if start < 3 || self.canon(start - 1) != Some("làm") {
            return false;
        }
        let people = |m: usize| {
            self.canon(m) == Some("người")
                || self.canon_pair(m, "đồng", "chí")
                || (self.folded_is(m, "can") && self.folded_is(m + 1, "bo"))
        };
        (start.saturating_sub(12)..start - 1)
            .rev()
            .take_while(|&m| {
                self.unit(m)
                    .is_some_and(|x| x.kind != TokenKind::Punctuation)
            })
            .any(|m| people(m) && self.count_before(m))
    }

    /// A count of people who held the office right before it: `18 đồng chí từng giữ chức
    /// Bí thư Huyện ủy`, `8 đồng chí giữ cương vị Chủ tịch UBND tỉnh`: the office in the
    /// abstract, whoever held it.
    fn counted_holders_before(&self, start: usize) -> bool {
        let Some(mut s) = start.checked_sub(2) else {
            return false;
        };
        match (self.canon(s), self.canon(s + 1)) {
            (Some("giữ"), Some("chức")) => {}
            (Some("chức" | "cương"), Some("vụ" | "vị"))
                if s > 0 && self.canon(s - 1) == Some("giữ") =>
            {
                s -= 1;
            }
            _ => return false,
        }
        if s > 0 && matches!(self.canon(s - 1), Some("từng" | "đã")) {
            s -= 1;
        }
        self.h
            .ends_at(s, EntryKind::Honorific, 2)
            .is_some_and(|h| self.count_before(h))
    }

    /// A percentage of the holders right before the title: `100% Chi hội trưởng`, `80%
    /// Trưởng thôn`.
    fn all_before(&self, start: usize) -> bool {
        start >= 2
            && self.spaced(start)
            && self.unit(start - 1).is_some_and(|x| x.text == "%")
            && self
                .unit(start - 2)
                .is_some_and(|x| x.kind == TokenKind::Number)
    }

    /// A share of the holders written as a fraction right before `start`, a form of address:
    /// `5/7 đồng chí`, `12/15 vị` (the part no larger than the whole, and no date: not after
    /// `ngày`, `sáng`, `từ` …).
    fn share_before(&self, start: usize) -> bool {
        let Some(p) = start.checked_sub(1).and_then(|k| self.unit(k)) else {
            return false;
        };
        let Some((a, b)) = p.text.split_once('/') else {
            return false;
        };
        let (Ok(a), Ok(b)) = (a.parse::<u32>(), b.parse::<u32>()) else {
            return false;
        };
        let dated = start >= 2
            && self.folded(start - 2).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "ngay"
                        | "sang"
                        | "chieu"
                        | "toi"
                        | "trua"
                        | "dem"
                        | "hom"
                        | "tu"
                        | "den"
                        | "vao"
                        | "truoc"
                        | "sau"
                        | "dip"
                        | "le"
                )
            });
        p.kind == TokenKind::Number && self.spaced(start) && 0 < a && a <= b && !dated
    }

    /// A count of holders right before the title: `15 Ủy viên Ban Thường vụ`, `hai thủ
    /// tướng`, `3 Phó Bí thư`.
    fn count_before(&self, start: usize) -> bool {
        let Some(p) = start.checked_sub(1).and_then(|k| self.unit(k)) else {
            return false;
        };
        // (Not an ordinal: `lần thứ 4 Toàn quyền`; nor a unit's number before `kiêm`, which
        // no count is: `tổ dân phố số 2 kiêm Chi hội trưởng`.)
        if !self.spaced(start)
            || start >= 2 && self.unit(start - 2).is_some_and(|x| x.word == Word::Thu)
            || self.canon(start) == Some("kiêm")
        {
            return false;
        }
        // (`45 vị ủy viên`: a count, the classifier of persons, the title; `qua 3 đời Chủ
        // tịch phường`, holders one after another.)
        if start >= 2 && matches!(self.canon(start - 1), Some("vị" | "đời")) {
            return self.count_before(start - 1);
        }
        // (A count of people who are what the title says: `2 người là Ủy viên Trung ương
        // Đảng`, `5 đồng chí là Ủy viên Ban Thường vụ`.)
        if start >= 3
            && self.canon(start - 1) == Some("là")
            && (self.canon(start - 2) == Some("người")
                || (self.canon(start - 3) == Some("đồng") && self.canon(start - 2) == Some("chí")))
        {
            let counted = if self.canon(start - 2) == Some("người") {
                start - 2
            } else {
                start - 3
            };
            return self.count_before(counted);
        }
        match p.kind {
            // (Thousands grouped with dots: `1.104 Thôn đội trưởng`.)
            TokenKind::Number => {
                let mut groups = p.text.split('.');
                groups.next().is_some_and(|g| {
                    (1..=3).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit())
                }) && groups.all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
            }
            _ => matches!(
                p.word,
                Word::Hai
                    | Word::Ba
                    | Word::Bon
                    | Word::Sau6
                    | Word::Bay
                    | Word::Tam
                    | Word::Chin
                    | Word::Muoi
            ),
        }
    }

    /// Whether the holders' names follow the title at `end` (directly or after a colon):
    /// then a plural names people, it is no generic title (`các Phó Thủ tướng Trần Hồng Hà,
    /// Bùi Thanh Sơn`).
    fn names_follow(&self, end: usize) -> bool {
        // (`3 Phó Bí thư gồm các đồng chí A, B và C`, `… là các ông A, B`.)
        // (`… gồm: ông A, bà B`, `: ông A`: past the colon and a form of address.)
        let mut k = end;
        // (A comma before `gồm`: `3 Phó Bí thư Thành ủy, gồm các đồng chí A, B và C`.)
        if self.unit(k).is_some_and(|x| x.text == ",") && self.canon(k + 1) == Some("gồm") {
            k += 1;
        }
        if matches!(self.canon(k), Some("là" | "gồm")) {
            k += 1;
        }
        let colon = self.unit(k).is_some_and(|x| x.text == ":");
        if colon {
            k += 1;
        }
        let addressed = self.h.longest(k, EntryKind::Honorific);
        if let Some((e, _)) = addressed {
            k = e;
        } else if colon && let Some((e, _)) = self.h.longest(k, EntryKind::Rank) {
            // (Or a rank: `Giám đốc Công an tỉnh qua các thời kỳ: Đại tá A (…), Thiếu tướng
            // B (…)`.)
            k = e;
        }
        // (Not a title: `3 Phó Bí thư, gồm Phó Bí thư Thường trực và …`.)
        // (Or a foreign name: `Phó Bí thư, Phó Tỉnh trưởng Viengxay Sengchanthalangsy`.)
        (k > end || self.spaced(end))
            && (self.person_name_at(k) || self.foreign_name_run(k))
            && self.h.kinds_at(k) & (bit(EntryKind::Role) | bit(EntryKind::Prefix)) == 0
    }

    /// After a class of bodies (`các sở`), more heads of bodies joined by commas: `các sở,
    /// ngành`, `các ban, ngành, đoàn thể`.
    fn more_heads(&self, mut e: usize) -> usize {
        while self.unit(e).is_some_and(|x| x.text == ",") && self.spaced(e + 1) {
            if self.unit(e + 1).is_none_or(Unit::capitalized) {
                break;
            }
            let head = if self.canon(e + 1) == Some("ngành") {
                Some(e + 2)
            } else {
                [EntryKind::Org, EntryKind::Level]
                    .into_iter()
                    .filter_map(|kind| self.h.longest(e + 1, kind).map(|(end, _)| end))
                    .max()
                    // (`ban ngành`, boards and sectors, one word: `các sở, ban ngành`.)
                    .map(|end| {
                        if self.canon(end) == Some("ngành") && self.spaced(end) {
                            end + 1
                        } else {
                            end
                        }
                    })
            };
            match head {
                Some(end) => e = end,
                None => break,
            }
        }
        // `các tỉnh, thành phố trực thuộc trung ương`: the cities under the central
        // government, as laws and decrees name them.
        if e > 0
            && self.folded_is(e - 1, "pho")
            && self.spaced(e)
            && self.folded_is(e, "truc")
            && self.canon(e + 1) == Some("thuộc")
            && self.canon(e + 2) == Some("trung")
            && self.canon(e + 3) == Some("ương")
        {
            return e + 4;
        }
        // `các sở, ban, ngành tỉnh`: the level of them all.
        if self.spaced(e)
            && self.unit(e).is_some_and(|x| !x.capitalized())
            && self.h.longest(e, EntryKind::Level).is_some()
            && let Some(end) = self.level_place(e)
        {
            e = end;
        } else if self.spaced(e)
            && self.unit(e).is_some_and(Unit::capitalized)
            && let Some((pe, n)) = self.h.longest(e, EntryKind::Place)
            && !self.note(n).contains("person")
            && self
                .unit(pe)
                .is_none_or(|x| !x.capitalized() || !self.spaced(pe))
        {
            // `các sở, ngành Hà Nội`: the place of them all, named without its level (a class
            // of bodies has no one holder whose name could follow).
            e = pe;
        }
        e
    }

    /// A body's name or a place right after a role, without an organisation head:
    /// `Trưởng ban Tuyên giáo Trung ương` (the role holds the head here; the value gives it to
    /// the body, see [`value`]), `Bộ trưởng Ngoại giao`,
    /// `Tổng thống Nga`. Not a person's name (`Chủ tịch Hồ Chí Minh`).
    /// After a role that ends in a body's head (`Trưởng phòng`, `Trưởng ban`), the word is
    /// that body's name (`Trưởng phòng Đào tạo`), never a short name of a person.
    fn name_after_role(&self, k: usize, head: bool) -> Option<(usize, usize)> {
        if !self.spaced(k) {
            return None;
        }
        // `Tỉnh trưởng Jeollanam-do Kim Young-rok`: a Korean province or city.
        if let Some(e) = self.korean_region(k) {
            return Some((k, e));
        }
        // `Trưởng phòng 7 VKSND tỉnh Nam Định`: the body's number, then the body above it or
        // the end of the apposition (not `Trưởng phòng 5 năm`, five years).
        if head
            && self.small_number(k, 2)
            && self.unit(k + 1).is_none_or(|x| {
                (x.capitalized() && self.spaced(k + 1)) || matches!(x.text, "," | "." | ";" | ")")
            })
        {
            return Some((k, k + 1));
        }
        // `Cục trưởng C03`, `Phó Cục trưởng A05`, `Chủ tịch G20`: a unit or a group by its
        // code.
        if self.unit_code(k) {
            return Some((k, k + 1));
        }
        // `Trưởng đoàn U23 Việt Nam`, `HLV trưởng đội U19`: a team named by its age group.
        if head
            && self.unit(k).is_some_and(|x| {
                let t = x.text.strip_prefix(['U', 'u']).unwrap_or("");
                let t = t.strip_prefix('-').unwrap_or(t);
                (2..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
            })
        {
            return Some((k, k + 1));
        }
        // `Giám đốc Vietjet Đinh Việt Phương`: a company's name in a foreign word, then the
        // person (a surname).
        // (Or with its initials: `Tổng Giám đốc Becamex IDC Nguyễn Văn Hùng`.)
        // (Not a foreign given name, which starts the person's: `Đại sứ David Bruce`.)
        if self
            .unit(k)
            .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
            && !self.h.is(k, EntryKind::Surname)
        {
            let e = k + 1 + usize::from(self.brand_initials(k + 1));
            if self.spaced(e) && self.h.is(e, EntryKind::Surname) {
                return Some((k, e));
            }
        }
        if let Some(e) = self.foreign_company(k) {
            return Some((k, e));
        }
        if let Some((e, _)) = self.h.longest(k, EntryKind::Name) {
            // (Or a listed name in lower case that starts inside this one and goes on past
            // it, read whole: `Trưởng ban Quản lý dự án đầu tư xây dựng công trình dân dụng và
            // công nghiệp tỉnh`, where `Quản lý dự án` is listed too.)
            if let Some((s, e2)) = (k + 1..e)
                .filter(|&s| {
                    self.unit(s)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                })
                .filter_map(|s| self.h.longest(s, EntryKind::Name).map(|(e2, _)| (s, e2)))
                .filter(|&(_, e2)| e2 > e + 1)
                .max_by_key(|&(_, e2)| e2)
            {
                return Some((k, self.listed_tail(s, e2)));
            }
            return Some((k, self.listed_tail(k, e)));
        }
        // A country or a city (`Tổng thống Nga`, `Chủ tịch Hà Nội`) before a person's name;
        // a city that is also a person's name (`Chủ tịch Hồ Chí Minh`) after it.
        let place = self.h.longest(k, EntryKind::Place);
        if let Some((e, n)) = place
            && !self.note(n).contains("person")
        {
            return Some((k, e));
        }
        // (In capitals, a surname starts the holder's name: `ĐẠI BIỂU QUỐC HỘI NGUYỄN ANH
        // TRÍ`.)
        if self.person_name_at(k)
            || (!head && self.short_name(k))
            || (self.h.is(k, EntryKind::Surname) && self.loud())
        {
            return None;
        }
        if let Some((e, _)) = place {
            return Some((k, e));
        }
        // Nor a pen name of two words that no list knows, then the clause: `Bộ trưởng Xuân
        // Thủy phát biểu`, `Chính ủy Song Hào chỉ đạo`.
        if !head && self.pen_name_then_clause(k) {
            return None;
        }
        // (A mayor's city or a governor's province abroad in foreign words, then the name:
        // `Thị trưởng Rotterdam Ahmed Aboutaleb`, `Tỉnh trưởng Gunma Ichita Yamamoto`.)
        if k >= 2
            && self.folded_is(k - 1, "truong")
            && (self.folded_is(k - 2, "thi") || self.folded_is(k - 2, "tinh"))
            // (The place a foreign word, no syllable: not `Tỉnh trưởng Nhem Sam Oeun`, a Khmer
            // name of three.)
            && self.unit(k).is_some_and(|x| x.kind == TokenKind::Word)
            && let Some(e) = self.place_before_foreign_name(k, self.capitalized_run(k, 7))
        {
            return Some((k, e));
        }
        // (Nor a foreign person's name, no firm's: `Thượng nghị sĩ Dan Sullivan`.)
        if !head
            && self.foreign_name_run(k)
            && (k..self.capitalized_run(k, 4))
                .all(|m| !self.firm_word(m) && self.unit(m).is_some_and(|x| !x.all_caps()))
            // (A word no syllable, not a numeral: `Chính ủy Khu IX` is a region's.)
            && (k..self.capitalized_run(k, 4)).any(|m| {
                self.unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && !x.regnal_letters())
            })
        {
            return None;
        }
        // (Its words in lower case go on to the clause's end, unless a verb of speech starts
        // them, as `proper_name` stops at one: `Chính ủy Xoan Hào chỉ đạo.`)
        self.proper_name(k).map(|e| {
            let verb = e >= k + 2
                && self.speech_verb_pair(e)
                && (self.loud() || self.unit(e).is_some_and(|x| !x.capitalized()));
            (k, if verb { e } else { self.lower_tail(e) })
        })
    }

    /// Where a country's name (or a place abroad) that ends right before unit `k` starts.
    fn country_before(&self, k: usize) -> Option<usize> {
        self.h.ends_at(k, EntryKind::Place, 4).filter(|&p| {
            self.h.at(p).iter().any(|h| {
                h.kind == EntryKind::Place
                    && h.end == k
                    && (self.note(h.note) == "country" || self.note(h.note).contains("abroad"))
            })
        })
    }

    /// Whether a country's name (or a place abroad) ends right before unit `k`.
    fn country_ends(&self, k: usize) -> bool {
        self.country_before(k).is_some()
    }

    /// Whether the listed place at `k`, a district's name read with no level word before it,
    /// starts with a surname right after a general department (`Tổng cục Thuế`) or a
    /// ministry (`Bộ Tài chính`; not `Bộ Chỉ huy`, `Bộ Tư lệnh`, `Bộ đội`) that begins the
    /// body at `j`: no such body has a district's seat, so the words are its holder's name
    /// (`Phó Tổng cục trưởng Tổng cục Thuế Mai Sơn`, Mai Sơn a district of Sơn La; `Thứ
    /// trưởng Bộ Tài chính Châu Thành Lộc`).
    #[cold]
    fn district_after_national_body(&self, k: usize, j: usize) -> bool {
        ((self.folded_is(j, "tong") && self.folded_is(j + 1, "cuc"))
            || (self.folded_is(j, "bo")
                && self.unit(j).is_some_and(Unit::capitalized)
                && !self
                    .folded(j + 1)
                    .is_some_and(|w| matches!(w.as_str(), "chi" | "tu" | "doi"))))
            && self
                .h
                .at(k)
                .iter()
                .any(|h| h.kind == EntryKind::Place && self.note(h.note).starts_with("district"))
            && self.h.is(k, EntryKind::Surname)
            && (k + 2..=k + 4).contains(&self.capitalized_run(k, 5))
    }

    /// Whether the listed place at `k` is also a person's name (`Hồ Chí Minh`) and follows a
    /// state's name of up to six words (`Việt Nam Dân chủ Cộng hòa`).
    fn person_after_state(&self, k: usize) -> bool {
        self.h
            .longest(k, EntryKind::Place)
            .is_some_and(|(_, n)| self.note(n).contains("person"))
            && self.h.ends_at(k, EntryKind::Place, 6).is_some_and(|p| {
                self.h.at(p).iter().any(|h| {
                    h.kind == EntryKind::Place && h.end == k && self.note(h.note) == "country"
                })
            })
    }

    /// Whether the capitalized words from unit `a` read as a foreign person's name: two to
    /// four, none listed (a surname aside), one of them a foreign word or the last a regnal
    /// numeral (`XIV`), and nothing capitalized right after.
    pub(super) fn foreign_name_run(&self, a: usize) -> bool {
        let listed = |m: usize| self.h.kinds_at(m) & !bit(EntryKind::Surname) != 0;
        let roman = |m: usize| self.unit(m).is_some_and(Unit::regnal_letters);
        // (A given name of two foreign words joined by a hyphen counts as one: `Chủ tịch CNES
        // Jean-Yves Le Gall`.)
        let word = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
        };
        let joined = word(a)
            && self.text_at_is(a + 1, "-")
            && self.unit(a + 1).is_some_and(|x| x.gap == Gap::None)
            && self.unit(a + 2).is_some_and(|x| x.gap == Gap::None)
            && word(a + 2);
        let (a0, a) = (a, if joined { a + 2 } else { a });
        let mut e = self.capitalized_run(a, 4);
        if e < a + 4 && self.spaced(e) && roman(e) {
            e += 1;
        }
        // (A middle initial between: `Mariam J. Sherman`, `George W. Bush`.)
        if e > a
            && e < a + 3
            && self.spaced(e)
            && self.unit(e).is_some_and(|x| {
                let b = x.text.as_bytes();
                b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
            })
            && self.spaced(e + 1)
            && self
                .unit(e + 1)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
        {
            e = self.capitalized_run(e + 1, 2);
        }
        (2..=4).contains(&(e - a + usize::from(joined)))
            && !(a0..e).any(listed)
            && ((a0..e).any(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Word))
                || roman(e - 1))
            && !(self.spaced(e) && self.unit(e).is_some_and(Unit::capitalized))
    }

    /// Whether the title starting at `i` stands in apposition to a person's name before its
    /// comma (`Bà Nguyễn Thị Phương Thảo, Tổng Giám đốc …`): a name that starts with a surname
    /// or follows a form of address, with no role before it (in `Phó Thủ tướng A, Bộ trưởng
    /// B, …` each name has its own title: a list).
    fn apposed_to_name(&self, i: usize) -> bool {
        // (A foreign given name's parts joined by a hyphen too: `Kim Min-soo`.)
        let name_word = |m: usize| {
            self.unit(m).is_some_and(|x| {
                (matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && x.capitalized())
                    || (x.gap == Gap::None
                        && m > 0
                        && (x.text == "-" || self.text_at_is(m - 1, "-"))
                        && self
                            .unit(m - 1)
                            .is_some_and(|p| p.key.is_some() || p.text == "-"))
            })
        };
        // (Or with no comma, a title in lower case right after the name: `Ông Trần Đình Long
        // chủ tịch HĐQT Hòa Phát phát biểu`.)
        // (Or a spaced dash, as news sets an apposition off: `Ông Phạm Văn Tuấn - Giám đốc
        // Ban Quản lý dự án … các công trình giao thông tỉnh - được tặng …`.)
        let comma = i >= 3
            && self.unit(i - 1).is_some_and(|x| {
                x.text == ","
                    || (matches!(x.text, "-" | "–") && x.gap == Gap::Space && self.spaced(i))
            });
        let bare = i >= 2
            && self.spaced(i)
            && name_word(i - 1)
            && self.unit(i).is_some_and(|x| !x.capitalized());
        if !(comma || bare) {
            return self.founder_apposed(i);
        }
        let mut end = if comma { i - 1 } else { i };
        // (Or the name's brackets between, a year of birth or an age: `Ông Trần Văn Bảy
        // (sinh năm 1968), Chủ nhiệm …`; or where he lives, as court news adds: `Bị cáo Hoàng
        // Anh Tú (SN 1978, trú tại quận Cầu Giấy, Hà Nội), nguyên Trưởng phòng …`.)
        if comma
            && end >= 3
            && self.text_at_is(end - 1, ")")
            && let Some(o) = (end.saturating_sub(20)..end - 1)
                .rev()
                .find(|&m| self.text_at_is(m, "("))
            && o > 0
            && name_word(o - 1)
        {
            end = o;
        }
        let mut s = end;
        // (Back to a form of address, which is capitalized too: `Bà Mai Kiều Liên, …`.)
        while s > 0 && end - s < 6 && name_word(s - 1) {
            s -= 1;
        }
        // (A form of address is capitalized too: `Bà Mai Kiều Liên, …`; the name is after it.)
        let mut addressed = self.h.ends_at(s, EntryKind::Honorific, 3).is_some();
        if let Some((e, _)) = self.h.longest(s, EntryKind::Honorific)
            && e < end
        {
            s = e;
            addressed = true;
        }
        if s + 1 > end || (s + 2 > end && !addressed) {
            return false;
        }
        // (Not a listed place, after its level or not named after someone: `tại tỉnh Thái
        // Bình, Bí thư Tỉnh ủy Ngô Đông Hải`, `tại Hà Nam, Bí thư Tỉnh ủy …`.)
        let place = self.h.longest(s, EntryKind::Place).is_some_and(|(e, n)| {
            e >= end
                && (self.h.ends_at(s, EntryKind::Level, 2).is_some()
                    || !self.note(n).contains("person"))
        });
        (addressed || (self.h.is(s, EntryKind::Surname) && !place))
            && self.h.ends_at(s, EntryKind::Role, 4).is_none()
            && self.h.ends_at(s, EntryKind::Rank, 3).is_none()
            // (A lower-case office after it is his: `Chánh Văn phòng Bộ TN&MT Hoàng Văn Lâm,
            // người phát ngôn của Bộ`.)
            && !(self.unit(i).is_some_and(Unit::capitalized) && self.office_with_body_before(s))
    }

    /// Whether a role and its body end right before the name at `s` (`Bí thư Tỉnh ủy Hồ Văn
    /// Niên, Phó Bí thư Tỉnh ủy Nay Phi La`, `Chủ tịch UBND tỉnh Gia Lai Rah Lan Chung, …`):
    /// a list of offices and their holders, the next office no apposition to the name.
    #[cold]
    fn office_with_body_before(&self, s: usize) -> bool {
        let mut b = s;
        if let Some(p) = self.h.ends_at(b, EntryKind::Place, 4) {
            b = p;
        }
        if let Some(l) = self.h.ends_at(b, EntryKind::Level, 2) {
            b = l;
        }
        // (Or the body's listed name: `Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn
        // Thanh, Chủ tịch Tổng Liên đoàn …`.)
        if let Some(n) = self.h.ends_at(b, EntryKind::Name, 8) {
            b = n;
        }
        match self.h.ends_at(b, EntryKind::Org, 3) {
            Some(o) if o < s => self.h.ends_at(o, EntryKind::Role, 4).is_some(),
            _ => false,
        }
    }

    /// Whether an office whole alone ends right before `j` (`Tổng thống`, `Thủ tướng`): its
    /// country then `tại` names where it is, no mission (`Tổng thống Nga tại Bình Nhưỡng`).
    #[cold]
    fn whole_office_before(&self, j: usize) -> bool {
        self.h.ends_at(j, EntryKind::Role, 3).is_some_and(|s| {
            self.h
                .at(s)
                .iter()
                .any(|h| h.kind == EntryKind::Role && h.end == j && self.note(h.note) == "self")
        })
    }

    /// Whether the words from `a` to `e` are two or three capitalized syllables that no list
    /// knows (a surname or a modifier aside), then the clause's end: `Quang Trung,`.
    #[cold]
    fn bare_name_to_end(&self, a: usize, e: usize) -> bool {
        (a + 2..=a + 3).contains(&e)
            && (a..e).all(|m| {
                self.unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized())
                    && self.h.kinds_at(m) & !(bit(EntryKind::Surname) | bit(EntryKind::Modifier))
                        == 0
            })
            && self
                .unit(e)
                .is_none_or(|x| x.kind == TokenKind::Punctuation)
    }

    /// Whether the title starting at `i` follows a founder's calling in apposition to a name,
    /// joined by `và` or `kiêm`: `Ông A, đồng sáng lập và Giám đốc vận hành Sky Mavis,`,
    /// `ông B, nhà sáng lập kiêm Tổng giám đốc Dat Bike,`.
    #[cold]
    fn founder_apposed(&self, i: usize) -> bool {
        let j = if self.canon(i) == Some("kiêm") {
            i
        } else if i > 0 && self.canon(i - 1) == Some("và") {
            i - 1
        } else {
            return false;
        };
        if j < 3 || !self.folded_is(j - 1, "lap") || !self.folded_is(j - 2, "sang") {
            return false;
        }
        let s = if ["dong", "nha", "nguoi"]
            .iter()
            .any(|w| self.folded_is(j - 3, w))
        {
            j - 3
        } else {
            j - 2
        };
        self.apposed_to_name(s)
    }

    /// Whether the title starting at `i` is the next of a chain after a comma whose first
    /// title stands in apposition to a name (`Ông A, Bí thư Đảng ủy, Chủ tịch HĐTV …`), the
    /// name maybe after a rank (`Đại tá Nguyễn Hữu Tâm, Chủ tịch HĐTV …`); or an office held
    /// with the one before, `kiêm` first (`Ông A, Phó Chủ tịch kiêm Tổng thư ký Vinacas,`).
    fn apposed_in_chain(&self, i: usize) -> bool {
        let mut t = i;
        for _ in 0..3 {
            let joined = self.canon(t) == Some("kiêm");
            if t < 3 || !(joined || self.text_at_is(t - 1, ",")) {
                return false;
            }
            if !joined && self.apposed_to_ranked_name(t) {
                return true;
            }
            // (The title before the comma: from the comma before it, a role, a prefix or a
            // modifier first, no other punctuation between.)
            const OPENS: u32 =
                bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Modifier);
            let Some(c) = (t.saturating_sub(16)..t - 1).rev().find(|&m| {
                self.unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Punctuation)
            }) else {
                return false;
            };
            if !self.text_at_is(c, ",") || self.h.kinds_at(c + 1) & OPENS == 0 {
                return false;
            }
            if self.apposed_to_name(c + 1) {
                return true;
            }
            t = c + 1;
        }
        false
    }

    /// Whether the title starting at `r` follows, after a comma, a name with a rank before it
    /// (`Thượng tá Trần Minh Hải, …`).
    fn apposed_to_ranked_name(&self, r: usize) -> bool {
        r >= 3
            && self.text_at_is(r - 1, ",")
            && (r.saturating_sub(5)..r - 2).any(|s| {
                self.h.ends_at(s, EntryKind::Rank, 3).is_some()
                    && self.person_name_at(s)
                    && self.capitalized_run(s, 5) == r - 1
            })
    }

    /// Whether unit `k` is a surname, then `Thị` or `Văn` and a third capitalized word: a
    /// person's name, though the surname is also a body's head (`Đoàn Thị Mỹ`, `Ban Văn
    /// Hùng`).
    fn middle_name_after(&self, k: usize) -> bool {
        self.h.is(k, EntryKind::Surname)
            && matches!(self.canon(k + 1), Some("thị" | "văn"))
            && (k + 1..k + 3).all(|m| self.spaced(m) && self.unit(m).is_some_and(Unit::capitalized))
    }

    /// Foreign words from unit `k` that no list knows (one to three), then a comma and its
    /// holder named with a form of address: the body, as the holder is named after it
    /// (`Người phát ngôn Sawaco, bà Bùi Thị Ngọc Bích`); not a foreign given name, which starts
    /// a person's (`Thủ tướng Olaf Scholz, ông …`).
    fn body_before_holder(&self, k: usize) -> Option<usize> {
        let word = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(m) == 0
        };
        if !word(k) {
            return None;
        }
        let mut e = k + 1;
        while e < k + 3 && word(e) {
            e += 1;
        }
        (self.text_at_is(e, ",")
            && self.unit(e).is_some_and(|x| x.gap == Gap::None)
            && self.spaced(e + 1)
            && self
                .h
                .longest(e + 1, EntryKind::Honorific)
                .is_some_and(|(he, _)| {
                    self.unit(e + 1).is_some_and(|x| !x.capitalized()) && self.person_name_at(he)
                }))
        .then_some(e)
    }

    /// In a title in apposition to a name (`apposed`), the capitalized words from unit `k`
    /// that no list knows, up to the end of the apposition: a company's name (`Vietjet`,
    /// `Hòa Phát`, `Tân Hoàng Minh`; after a role that heads companies, `firm_role`, foreign
    /// words too: `Novo Nordisk`).
    fn company_apposed(&self, k: usize, apposed: bool, firm_role: bool) -> Option<(usize, usize)> {
        // (Not a person's name: `Phó Thủ tướng A, Bộ trưởng Nguyễn Văn B, …` lists people.)
        // (A surname or a word that is also a modifier may be part of it: `Tân Hoàng Minh`.)
        let listed = |m: usize| {
            self.h.kinds_at(m) & !(bit(EntryKind::Surname) | bit(EntryKind::Modifier)) != 0
        };
        if !apposed || !self.spaced(k) || listed(k) || self.person_name_at(k) {
            return None;
        }
        let run = self.capitalized_run(k, 4);
        // (A foreign word among others is more likely a person's name: `Hun Manet`.)
        let foreign = (k..run).any(|m| self.unit(m).is_some_and(|x| x.kind != TokenKind::Syllable));
        // (Unless a company's word ends it: `Masan Group`, `PV Power Holdings`.)
        let company = self.unit(run - 1).is_some_and(|x| {
            matches!(
                x.text,
                "Group"
                    | "Corp"
                    | "Corporation"
                    | "Holdings"
                    | "Holding"
                    | "Bank"
                    | "Land"
                    | "Capital"
                    | "Inc"
                    | "Ltd"
                    | "JSC"
                    | "Company"
                    | "Motors"
                    | "Airlines"
                    | "Airways"
                    | "Aviation"
                    | "Energy"
                    | "Securities"
                    | "Pharma"
            )
        });
        // (Or, after a role that heads companies, two or three foreign words that are no
        // syllables, no listed given name first: `ông Lars Jørgensen, Tổng Giám đốc Novo
        // Nordisk,`; the holder is the name before.)
        let brand = firm_role
            && run <= k + 3
            && (k..run).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Word))
            && !self.foreign_given_at(k);
        if foreign && run > k + 1 && !company && !brand {
            return None;
        }
        let ends = self.unit(run).is_none_or(|x| {
            matches!(x.text, "," | ")" | ";" | ".")
                || (x.key.is_some()
                    && !x.capitalized()
                    && ((self.stop_word(run) && !self.ends_noun(run))
                        || self.stops_name(run)
                        || self.speech_verb(run)))
        });
        (run > k && ends && !(k..run).any(listed)).then_some((k, run))
    }

    /// In a title in apposition to a name (`apposed`), the capitalized Vietnamese words
    /// right after its body at `k`, up to the end of the apposition, that no list makes a
    /// title, a body or a form of address: the body's own name, not another holder (`bị cáo
    /// Lương Đình Kha, nguyên Phó Giám đốc Chi nhánh Nam Sài Gòn,`, `ông Mai Xuân Lộc, nguyên
    /// Giám đốc Quỹ tín dụng nhân dân Tân Thạnh,`).
    fn own_name_apposed(&self, k: usize, apposed: bool) -> Option<usize> {
        // (A word that is also a modifier may be part of it: `Tân Thạnh`.)
        const OTHER: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Org)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::NotTitle);
        // (Not a person's name: `Bộ trưởng Bộ Y tế A, Bộ trưởng Bộ Công an B, …` lists people;
        // but a bank's branch is named by its street, often a person's: `Giám đốc Chi nhánh
        // Trần Hưng Đạo,`, `Phòng giao dịch Lê Lợi,`.)
        if !self.spaced(k) || self.loud() {
            return None;
        }
        let run = self.capitalized_run(k, 4);
        // (Or the holder named right after it: `Giám đốc Công ty TNHH Thương mại và Dịch vụ
        // Hoàng Long là ông Nguyễn Văn Dũng`.)
        let holder_after = !apposed
            && run > k
            && self.canon(run) == Some("là")
            && self.h.longest(run + 1, EntryKind::Honorific).is_some();
        if !apposed && !holder_after {
            return None;
        }
        // (Nor is a firm's, named after its kind and field, as firms often are after a
        // person: `Ông A, Giám đốc Công ty TNHH Vận tải Hoàng Long cho biết`, `bà B, Giám đốc
        // Công ty TNHH MTV Nguyễn Kim Phát,`: the holder is named already.)
        // (Its kind, qualifiers and field may be eight words: `Công ty cổ phần Thức ăn chăn
        // nuôi Tân Phát`.)
        let firm = self.firm_within(k, 8);
        if holder_after && !firm {
            return None;
        }
        if self.person_name_at(k) && !self.branch_before(k) && !firm {
            return None;
        }
        let closed = self
            .unit(run)
            .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
            || (firm && self.spaced(run) && self.says_at(run))
            || holder_after;
        (run > k
            && closed
            && (k..run).all(|m| {
                self.h.kinds_at(m) & OTHER == 0
                    && self
                        .unit(m)
                        .is_some_and(|x| x.kind == TokenKind::Syllable && !x.all_caps())
            }))
        .then_some(run)
    }

    /// Whether a bank's branch (`chi nhánh`, `phòng giao dịch`) ends right before unit `k`.
    fn branch_before(&self, k: usize) -> bool {
        (k.saturating_sub(3)..k).any(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Level && h.end == k && self.note(h.note).starts_with("branch")
            })
        })
    }

    /// Bodies named by the common nouns of a class at `k`, in lower case, after `các` or
    /// listed (`cơ quan, đơn vị`, `các doanh nghiệp`, `cơ quan, tổ chức`): their end.
    fn class_of_bodies(&self, k: usize) -> Option<usize> {
        const NOUNS: [(&str, &str); 9] = [
            ("co", "quan"),
            ("don", "vi"),
            ("dia", "phuong"),
            ("doanh", "nghiep"),
            ("to", "chuc"),
            ("chi", "nhanh"),
            ("ngan", "hang"),
            ("benh", "vien"),
            ("truong", "hoc"),
        ];
        let word = |m: usize| {
            self.unit(m)
                .filter(|x| x.key.is_some() && !x.capitalized() && self.spaced(m))
                .and_then(|_| self.folded(m))
        };
        // (With what kind they are: `các tổ chức quốc tế`, `các doanh nghiệp nước ngoài`, `các
        // đơn vị trực thuộc`, `các cơ quan liên quan`.)
        const KINDS: [(&str, &str); 6] = [
            ("quoc", "te"),
            ("nuoc", "ngoai"),
            ("trong", "nuoc"),
            ("truc", "thuoc"),
            ("lien", "quan"),
            ("thanh", "vien"),
        ];
        let noun = |m: usize| {
            let (a, b) = (word(m)?, word(m + 1)?);
            if !NOUNS.iter().any(|&(x, y)| a == x && b == y) {
                return None;
            }
            let kind = word(m + 2)
                .zip(word(m + 3))
                .is_some_and(|(c, d)| KINDS.iter().any(|&(x, y)| c == x && d == y));
            // (Or an abbreviation of their kind: `các doanh nghiệp FDI`, `các ngân hàng
            // TMCP`.)
            let short = !kind
                && self.spaced(m + 2)
                && self.unit(m + 2).is_some_and(|x| {
                    x.kind == TokenKind::Abbreviation && x.all_caps() && x.text.len() <= 6
                })
                && self.h.longest(m + 2, EntryKind::Org).is_none()
                && self.h.kinds_at(m + 2) & bit(EntryKind::Level) == 0;
            Some(if kind {
                m + 4
            } else if short {
                m + 3
            } else {
                m + 2
            })
        };
        let plural = self.canon(k) == Some("các");
        let mut e = noun(if plural { k + 1 } else { k })?;
        let mut items = 1;
        while self.text_at_is(e, ",") || matches!(self.canon(e), Some("và")) {
            match noun(e + 1) {
                Some(n) => {
                    e = n;
                    items += 1;
                }
                None => break,
            }
        }
        // (One noun alone is a class only after `các`: `Thủ trưởng cơ quan` may be one body's.)
        (plural || items >= 2).then_some(e)
    }

    /// An unlisted place after a body's name and before its holder's name (`Hạt Kiểm lâm Đắk
    /// Mil Nguyễn Văn Phúc`): one to three words, capitalized, not starting
    /// with a surname, then a person's name; its end.
    fn place_before_holder(&self, k: usize, j: usize) -> Option<usize> {
        // (A listed place of two words or more, then the whole name: `Văn phòng công chứng
        // Hà Tiên Nguyễn Văn Hải`.)
        if k > j
            && self.spaced(k)
            && let Some((e, _)) = self.h.longest(k, EntryKind::Place)
            && e >= k + 2
            && self.spaced(e)
            && self.person_name_at(e)
            && self.capitalized_run(e, 5) >= e + 2
        {
            return Some(e);
        }
        if k <= j
            || !self.spaced(k)
            || self.h.is(k, EntryKind::Surname)
            || self.person_name_at(k)
            || self.h.kinds_at(k) & (bit(EntryKind::Org) | bit(EntryKind::Level)) != 0
        {
            return None;
        }
        let run = self.capitalized_run(k, 7);
        let cut = self.cut_before_name(k, run);
        // (Two words or three, then a whole name of three or four: not `Gan Kim Yong`, `Kao
        // Kim Hourn`, foreign names with a syllable that is a surname inside.)
        (cut >= k + 2
            && cut <= k + 3
            && run >= cut + 3
            && self.person_name_at(cut)
            // (`Đắk`, `Kon`, `Chư`: the syllables of the Central Highlands' names, some not
            // Vietnamese syllables.)
            && (k..cut).all(|m| {
                self.unit(m).is_some_and(|x| {
                    matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && !x.all_caps()
                })
            }))
        .then_some(cut)
    }

    /// The name of the project a project board manages, at `k`, after `Ban Quản lý dự án …`
    /// (`Ban Quản lý dự án Thăng Long`, `… dự án Hưng Hải Đỗ Văn Hải`): capitalized words up
    /// to the holder's name, not a person's name itself.
    fn project_name(&self, k: usize) -> Option<usize> {
        if !self.spaced(k)
            || !self
                .unit(k)
                .is_some_and(|x| x.capitalized() && x.kind == TokenKind::Syllable)
            || self.person_name_at(k)
            || self.h.kinds_at(k) & (bit(EntryKind::Org) | bit(EntryKind::Level)) != 0
        {
            return None;
        }
        let project = (k.saturating_sub(8)..k).any(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Name && h.end == k && self.note(h.note) == "Ban Quản lý"
            })
        });
        if !project {
            return None;
        }
        let run = self.capitalized_run(k, 4);
        // (One word in capitals, then the project's name goes on in lower case to a place or
        // the clause's end: `Ban Quản lý dự án Điện hạt nhân Ninh Thuận`.)
        let run = match self.lower_name(run) {
            Some(l) if run == k + 1 && l <= run + 4 => {
                // (Or a time, which no project's name holds: `Trưởng ban Dự án Bưu chính số
                // kể từ tháng 5/2024`.)
                let closes = |m: usize| {
                    self.unit(m)
                        .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                        || (self.folded_is(m, "ke") && self.folded_is(m + 1, "tu"))
                        || (self.folded_is(m, "tu")
                            && (self
                                .unit(m + 1)
                                .is_some_and(|x| x.kind == TokenKind::Number)
                                || self.folded_is(m + 1, "thang")
                                || self.folded_is(m + 1, "nam")
                                || self.folded_is(m + 1, "ngay")))
                };
                // (Or its place in capitals no list holds, to the clause's end: `Ban Quản lý
                // dự án Đô thị thông minh Hòa Lạc,`.)
                let capitals = self.capitalized_run(l, 3);
                if let Some((pe, _)) = self
                    .h
                    .longest(l, EntryKind::Place)
                    .filter(|_| self.spaced(l))
                {
                    pe
                } else if closes(l) {
                    l
                } else if capitals > l
                    && self.spaced(l)
                    && closes(capitals)
                    && !self.person_name_at(l)
                {
                    capitals
                } else {
                    run
                }
            }
            _ => run,
        };
        Some(self.cut_before_name(k, run)).filter(|&e| e > k)
    }

    /// Whether a company's board or supervisory board starts at unit `a`: `HĐQT`, `HĐTV`,
    /// `Hội đồng quản trị`, `Hội đồng thành viên`, `Ban Kiểm soát`, `Ủy ban Kiểm toán`.
    fn board_at(&self, a: usize) -> bool {
        let word = |m: usize| self.folded(m).unwrap_or_default();
        match word(a).as_str() {
            "hdqt" | "hdtv" | "bks" => true,
            "hoi" => {
                word(a + 1) == "dong"
                    && matches!(
                        (word(a + 2).as_str(), word(a + 3).as_str()),
                        ("quan", "tri") | ("thanh", "vien")
                    )
            }
            "ban" => word(a + 1) == "kiem" && word(a + 2) == "soat",
            "uy" => word(a + 1) == "ban" && word(a + 2) == "kiem" && word(a + 3) == "toan",
            _ => false,
        }
    }

    /// A company's name in foreign words after a role, as business news writes it: up to
    /// three unlisted capitalized words that are not Vietnamese syllables, then `Việt Nam`
    /// (the company's branch here: `Samsung Display Việt Nam`, `Honda Việt Nam Daiki
    /// Mihara`) or a Vietnamese name, surname first (`Vietnam Airlines Lê Hồng Hà`, `Dragon
    /// Capital Nguyễn Văn An`): its end. Foreign words alone may be the holder's own name
    /// (`Tổng Giám đốc Yamada Taro`), and are left to the other rules.
    fn foreign_company(&self, k: usize) -> Option<usize> {
        const LISTED: u32 = bit(EntryKind::Surname)
            | bit(EntryKind::Role)
            | bit(EntryKind::Org)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Rank);
        let word = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(m) & LISTED == 0
        };
        // (A foreign given name may start a brand: `Louis Vuitton Việt Nam`.)
        let given = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(m) & LISTED == bit(EntryKind::Surname)
        };
        let brand_start = word(k) || (given(k) && self.spaced(k + 1) && word(k + 1));
        if !brand_start {
            return None;
        }
        let mut m = k + 1;
        while m < k + 3 && self.spaced(m) && word(m) {
            m += 1;
        }
        let in_vietnam = self.spaced(m)
            && self.spaced(m + 1)
            && self.folded_is(m, "viet")
            && self.folded_is(m + 1, "nam");
        if !(word(k) || in_vietnam) {
            return None;
        }
        if self.spaced(m)
            && self.spaced(m + 1)
            && self.folded_is(m, "viet")
            && self.folded_is(m + 1, "nam")
        {
            return Some(m + 2);
        }
        // (Or a word only firms bear among them: `Vietnam Airlines tại Nhật Bản`, `Honda
        // Vietnam cho biết`; no person is named `Airlines`.)
        if let Some(f) = (k..m).rev().find(|&j| self.firm_word(j)) {
            // (The firm's name ends at its last such word when two capitalized words follow,
            // the holder's: `Savills Hotels Mauro Gasparotti`.)
            if f + 1 < m && self.capitalized_run(f + 1, 4) >= f + 3 {
                return Some(f + 1);
            }
            return Some(m);
        }
        // (A country is no firm without such a word: `Tổng thống Panama José Raúl Mulino`,
        // whose holder's name has words that no list holds with their accents.)
        if self.country_ends(k + 1) {
            return None;
        }
        // (Or a foreign given name that starts the holder's: `World Athletics Sebastian Coe`.)
        (self.spaced(m)
            && self.h.is(m, EntryKind::Surname)
            && (self.person_name_at(m) || self.foreign_given_at(m)))
        .then_some(m)
    }

    /// Whether a listed foreign given name at `m` starts a foreign person's name
    /// (`Sebastian Coe`), which ends a foreign body's name before it (`World Athletics`).
    fn foreign_given_at(&self, m: usize) -> bool {
        self.h
            .longest(m, EntryKind::Surname)
            .is_some_and(|(e, n)| e == m + 1 && self.note(n) == "foreign")
            && self.foreign_name_run(m)
    }

    /// Where a firm's name that runs from `k` to `e` ends when it is a foreign firm's branch
    /// here (`Honda Việt Nam`, read by [`Rules::foreign_company`]) and two or three
    /// capitalized words follow to `e`, one at least no Vietnamese syllable: the holder's own
    /// name, as business news writes it with no comma (`Toyota Việt Nam Hiroyuki Ueda`,
    /// `Samsung Việt Nam Choi Joo Ho`). Else `e`.
    fn foreign_holder_after(&self, k: usize, e: usize) -> usize {
        if e < k + 5 {
            return e;
        }
        match self.foreign_company(k) {
            Some(f)
                if (2..=3).contains(&(e - f))
                    && self.folded_is(f - 1, "nam")
                    && (f..e).any(|m| {
                        self.unit(m)
                            .is_some_and(|x| x.kind == TokenKind::Word && !x.all_caps())
                    }) =>
            {
                f
            }
            _ => e,
        }
    }

    /// The end of a Korean province's or city's name at `k`, its kind joined by a hyphen as
    /// romanized Korean writes it (`Gyeongsangnam-do`, `Jeollanam-do`, `Changwon-si`).
    pub(crate) fn korean_region(&self, k: usize) -> Option<usize> {
        let x = self.unit(k)?;
        if x.kind != TokenKind::Word || !x.capitalized() || x.all_caps() {
            return None;
        }
        let dash = self.unit(k + 1)?;
        let kind = self.unit(k + 2)?;
        (dash.text == "-"
            && dash.gap == Gap::None
            && kind.gap == Gap::None
            && matches!(kind.text, "do" | "si" | "gun")
            && self.unit(k + 3).is_none_or(|y| y.gap != Gap::None))
        .then_some(k + 3)
    }

    /// Whether unit `k` is the given name alone of the holder of an office complete in
    /// itself that ends right before it, the clause going on in lower case: `Tổng thống Thiệu
    /// tái đắc cử`, `Thủ tướng Diệm trọng dụng`; or, with the word after it, the two words of
    /// a king's name (`Vua Gia Long thống nhất đất nước`). Such an office takes no body's name
    /// of one unlisted word (its country is listed: `Tổng thống Pháp`); a village head's does
    /// (`Trưởng thôn Nà Lầu`), so not after those.
    pub(crate) fn given_name_after_office(&self, k: usize) -> bool {
        const BODY: u32 = bit(EntryKind::Org)
            | bit(EntryKind::Place)
            | bit(EntryKind::Name)
            | bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Modifier)
            | bit(EntryKind::Suffix)
            | bit(EntryKind::Level)
            | bit(EntryKind::PlaceWord)
            | bit(EntryKind::Abbreviation)
            | bit(EntryKind::NotTitle);
        let name_word = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.key.is_some() && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(m) & BODY == 0
        };
        // (Or two words, a king's name: `Vua Gia Long thống nhất đất nước`, `Hoàng đế Quang
        // Trung`; not a lord's, `Thái sư An Hưng vương`.)
        let n = if k > 0 && matches!(self.canon(k - 1), Some("vua" | "đế")) && name_word(k + 1) {
            2
        } else {
            1
        };
        k > 0
            && name_word(k)
            && self.spaced(k + n)
            && self
                .unit(k + n)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && self.h.kinds_at(k + n) & BODY == 0
            && self.h.ends_at(k, EntryKind::Level, 2).is_none()
            && (k.saturating_sub(4)..k).any(|s| {
                self.h.at(s).iter().any(|h| {
                    h.kind == EntryKind::Role && h.end == k && self.note(h.note) == "self"
                })
            })
            // (The clause's words, then its end, a number, an office or a person: not a
            // state's name with a capital after its lower-case word, `Tổng thống Cộng hòa
            // Chile`, `Thủ tướng Vương quốc Campuchia`.)
            && {
                let mut m = k + n;
                while m < k + n + 8
                    && self.spaced(m)
                    && self
                        .unit(m)
                        .is_some_and(|x| x.key.is_some() && !x.capitalized())
                {
                    m += 1;
                }
                const NEXT: u32 = bit(EntryKind::Role)
                    | bit(EntryKind::Prefix)
                    | bit(EntryKind::Rank)
                    | bit(EntryKind::Honorific)
                    | bit(EntryKind::Modifier);
                self.unit(m).is_none_or(|x| {
                    !self.spaced(m)
                        || x.kind == TokenKind::Number
                        || (x.kind == TokenKind::Punctuation && !matches!(x.text, "(" | "-"))
                })
                    || self.h.kinds_at(m) & NEXT != 0
                    || self.person_name_at(m)
            }
    }

    /// Whether units `k`, `k + 1` are two capitalized Vietnamese syllables no list knows,
    /// then a function word or a verb of speech in lower case: a person's name without a
    /// surname (`Xuân Thủy`, `Song Hào`, `Trường Chinh`) before the clause's words.
    pub(crate) fn pen_name_then_clause(&self, k: usize) -> bool {
        const LISTED: u32 = bit(EntryKind::Org)
            | bit(EntryKind::Place)
            | bit(EntryKind::Name)
            | bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Level)
            | bit(EntryKind::PlaceWord)
            | bit(EntryKind::Abbreviation)
            | bit(EntryKind::NotTitle)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Honorific);
        let word = |m: usize| {
            self.spaced(m)
                && self.unit(m).is_some_and(|x| {
                    x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps()
                })
                && self.h.kinds_at(m) & LISTED == 0
        };
        word(k)
            && word(k + 1)
            && self.spaced(k + 2)
            // (A function word or a verb of speech: not the second word of a body's noun in
            // sentence case, `Nhóm Tầm nhìn`, `Nha Giao thông`, `Đại Công quốc`.)
            && self
                .unit(k + 2)
                .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
            && (self.stops_name(k + 2) || self.speech_verb(k + 2))
            // (Not a word that goes on to another office or its holder, after an old
            // province's name: `Tri huyện Chương Nghĩa và Án sát Quảng Trị`, `Tổng đốc Hải Yên
            // kiêm …`, `Tổng đốc Lưỡng Quảng thay Tôn Sĩ Nghị`.)
            && !self
                .folded(k + 2)
                .is_some_and(|w| matches!(w.as_str(), "va" | "kiem" | "thay"))
            && self.h.kinds_at(k + 2) & LISTED == 0
            && !self.loud()
    }

    /// Whether unit `k`, right after a role, is the short name of the person who holds it, as
    /// news writes a second mention: `Bộ trưởng Ngọ`, `Chủ tịch Đinh và già làng…`, `Thứ
    /// trưởng Ngọ về`, `Phó Thủ tướng Đam là`. One capitalized syllable that no list makes a
    /// body, a place or a body's name, followed by a verb, a function word or the end of a
    /// clause: a body's own name is listed (`Ngoại giao`), an abbreviation (`FLC`), a foreign
    /// word (`Vingroup`), longer (`Hòa Phát`) or goes on in lower case (`Khu du lịch`).
    pub(crate) fn short_name(&self, k: usize) -> bool {
        const BODY: u32 = bit(EntryKind::Org)
            | bit(EntryKind::Place)
            | bit(EntryKind::Name)
            | bit(EntryKind::Role)
            | bit(EntryKind::Level)
            | bit(EntryKind::PlaceWord)
            | bit(EntryKind::Abbreviation)
            | bit(EntryKind::NotTitle);
        self.unit(k).is_some_and(|x| x.key.is_some() && x.capitalized())
            && self.h.kinds_at(k) & BODY == 0
            // (In capitals only where the whole sentence is: `PHÓ THỦ TƯỚNG ĐAM THĂM`.)
            && (self.unit(k + 1).is_some_and(|x| x.all_caps())
                || !(self.spaced(k + 1) && self.unit(k + 1).is_some_and(Unit::capitalized)))
            && self.unit(k).is_some_and(|x| !x.all_caps() || self.loud())
            // A body's head that no list knows reads on in lower case (`Giám đốc Khu du
            // lịch`), and many surnames start common words (`Quản lý`, `Đào tạo`, `Vũ
            // trang`): a verb, a function word or the end of a clause must follow the name
            // (not a number, `Chính ủy Khu 7`, nor a colon, `Phó Giám đốc Nội: …`).
            && self.unit(k + 1).is_none_or(|x| {
                if x.key.is_some() {
                    self.stops_name(k + 1) || (!x.capitalized() && self.speech_verb(k + 1))
                } else {
                    x.kind == TokenKind::Punctuation
                        && !matches!(x.text, ":" | "/" | "(" | "[" | "«" | "“")
                        && !x.is_dash()
                }
            })
    }

    /// Whether a verb of reporting of two words starts at `i` (`nhận định`, `đánh giá`,
    /// `nhấn mạnh`): after a body, the body has spoken (`Tổng cục Thuế nhận định,`); no
    /// body's name goes on in lower case into one.
    fn reporting_verb(&self, i: usize) -> bool {
        static VERBS: LazyLock<Vec<(u32, Option<u32>)>> = LazyLock::new(|| {
            words::phrase_keys(&[
                "nhận định",
                "nhận xét",
                "nhấn mạnh",
                "chia sẻ",
                "cho hay",
                "khẳng định",
                "thông báo",
                "trả lời",
                "phát biểu",
                // (`do ông A, Chủ nhiệm Ủy ban dẫn đầu`: leading a delegation.)
                "dẫn đầu",
                // (Words to the young: `Hiệu trưởng Trường Đại học Công nghệ nhắn nhủ các tân
                // kỹ sư`.)
                "nhắn nhủ",
                "căn dặn",
                "dặn dò",
                // (Thanks, wishes, praise, pledges: `… Hội đồng Chưởng quản cảm ơn sự quan
                // tâm`, `Phó Trưởng ban chúc mừng`; no body is named by them.)
                "cảm ơn",
                "cám ơn",
                "chúc mừng",
                "hoan nghênh",
                "khen ngợi",
                "tuyên bố",
                "cam kết",
                "hoàn thành",
            ])
        });
        // And what an analyst or an official says of figures, after a name (`Công ty Chứng
        // khoán Rồng Xanh dự báo`, `Chi cục Thuế khu vực Phú Lương - Đồng Hỷ thừa nhận`), not
        // right after a body's head, whose field it may be (`Trung tâm dự báo khí tượng`).
        static AFTER_NAME: LazyLock<Vec<(u32, Option<u32>)>> = LazyLock::new(|| {
            words::phrase_keys(&[
                "dự báo",
                "thừa nhận",
                "xác nhận",
                "giải thích",
                "lý giải",
                "tiết lộ",
                "bày tỏ",
                "ước tính",
                "khuyến cáo",
                "cảnh báo",
                "đề nghị",
                "kiến nghị",
                // (`Hội đồng đánh giá trữ lượng khoáng sản`, `Tổ đánh giá`: a body named by it.)
                "đánh giá",
                // And the task a body is given: `giao … Ủy ban Dân tộc chủ trì, phối hợp với …`.
                "chủ trì",
                "phối hợp",
            ])
        });
        let (Some(a), Some(b)) = (
            self.unit(i).and_then(|x| x.key),
            self.unit(i + 1)
                .filter(|_| self.spaced(i + 1))
                .and_then(|x| x.key),
        ) else {
            return false;
        };
        VERBS.iter().any(|&(x, y)| x == a && y == Some(b))
            || (AFTER_NAME.iter().any(|&(x, y)| x == a && y == Some(b))
                // (A head that takes a name, not a body named whole: `Quân chủng Hải quân
                // đánh giá cao`.)
                && !(i.saturating_sub(3)..i).any(|s| {
                    self.h.at(s).iter().any(|h| {
                        h.kind == EntryKind::Org && h.end == i && self.note(h.note) == "name"
                    })
                }))
    }

    /// Whether a verb that news puts after a speaker starts at unit `i` (`cảm ơn`, `trấn an`,
    /// `lưu ý`, `hỏi`): after a bare role and one capitalized word it makes that word the
    /// holder's short name (`Bộ trưởng Quang cảm ơn`), not a body (`Giám đốc Khu du lịch`).
    /// Only asked there: some of these words also start bodies' names (`Ủy ban Kiểm tra`).
    pub(super) fn speech_verb(&self, i: usize) -> bool {
        self.verb_of(i, false)
    }

    /// [`Rules::speech_verb`] of two syllables only (`kiểm tra`, `phát biểu`, not `bảo`,
    /// which is also a given name): in a line in capitals, where it ends a name.
    pub(crate) fn speech_verb_pair(&self, i: usize) -> bool {
        self.verb_of(i, true)
    }

    /// Whether a verb of [`PERSON_VERB_LIST`] starts at unit `i`: what a city does not do.
    pub(super) fn person_verb(&self, i: usize) -> bool {
        self.verb_in(&PERSON_VERBS, i, false)
    }

    fn verb_of(&self, i: usize, pair: bool) -> bool {
        self.verb_in(&SPEECH_VERBS, i, pair)
    }

    fn verb_in(&self, list: &[(u32, Option<u32>)], i: usize, pair: bool) -> bool {
        let (Some(a), b) = (self.unit(i), self.unit(i + 1)) else {
            return false;
        };
        let (Some(ka), kb) = (a.key, b.filter(|_| self.spaced(i + 1)).and_then(|x| x.key)) else {
            return false;
        };
        list.iter().any(|&(x, y)| {
            x == ka
                && match y {
                    Some(y) => kb == Some(y),
                    None => !pair,
                }
        })
    }

    /// Whether the role `a..b` ends in an organisation head that takes a name (`Trưởng ban`,
    /// `Trưởng phòng`, `Chánh Văn phòng`).
    fn ends_in_head(&self, a: usize, b: usize) -> bool {
        b > a + 1
            && (a + 1..b).any(|s| {
                self.h
                    .at(s)
                    .iter()
                    .any(|h| h.kind == EntryKind::Org && h.end == b && self.note(h.note) == "name")
            })
    }

    /// Whether a person's name starts at `k`, a word that is also a body's head or a level
    /// (`Đoàn`), and not at the next word (`Trung ương Đoàn Đặng Quốc Bảo`: the name is
    /// `Đặng Quốc Bảo`).
    fn holder_name_at(&self, k: usize) -> bool {
        self.person_name_at(k)
            && !(self.h.is(k + 1, EntryKind::Surname) && self.capitalized_run(k, 5) >= k + 4)
    }

    /// A place that looks like a name, in the slot of a body named by its place, when the
    /// title is apposed to its holder's name before it: `Thượng tá Trần Minh Hải, Đồn trưởng
    /// Đồn Biên phòng Ninh Thạnh Lợi cho biết` (the holder is named already). Two to four
    /// capitalized words that close the phrase; the end.
    fn apposed_place(&self, k: usize, j: usize) -> Option<usize> {
        if !self.spaced(k) || !self.person_name_at(k) {
            return None;
        }
        let run = self.capitalized_run(k, 5);
        // (In capitals the run ends at the verb: `… NINH THẠNH LỢI CHO BIẾT`.)
        let closed = self.unit(run).is_none_or(|x| {
            x.kind == TokenKind::Punctuation
                || (x.key.is_some() && (!x.capitalized() || self.says_at(run)))
        });
        if !(k + 2..=k + 4).contains(&run) || !closed {
            return None;
        }
        let r = self.h.ends_at(j, EntryKind::Role, 4)?;
        let r = self.h.ends_at(r, EntryKind::Prefix, 2).unwrap_or(r);
        // (Also to a name after a rank: `Thượng tá Trần Minh Hải, …`.)
        (self.apposed_to_name(r) || self.apposed_to_ranked_name(r)).then_some(run)
    }

    /// Whether a person's name starts at `k`: a surname and one to three more capitalized
    /// words.
    pub(crate) fn person_name_at(&self, k: usize) -> bool {
        // (Not a listed place of two words or more with a whole name after it: `Hà Tiên
        // Nguyễn Văn Hải`, where the name is the last three.)
        if self.h.kinds_at(k) & bit(EntryKind::Place) != 0
            && let Some((e, n)) = self.h.longest(k, EntryKind::Place)
            && e >= k + 2
        {
            if self.spaced(e)
                && self.h.longest(e, EntryKind::Surname).is_some()
                && self.capitalized_run(e, 4) >= e + 2
            {
                return false;
            }
            // (Nor a country of two words, alone or before a foreign name: `Bộ Nông nghiệp
            // và Hợp tác xã Thái Lan Thamanat Prompow`, not a name of `Thái`.)
            let run = self.capitalized_run(k, 4);
            if self.note(n).starts_with("country")
                && (run <= e
                    || (e..run).all(|m| {
                        self.unit(m)
                            .is_some_and(|x| x.kind == TokenKind::Word && x.key.is_none())
                    }))
            {
                return false;
            }
        }
        if self.h.is(k, EntryKind::Surname) {
            // (Not medicine, `Y`, as a faculty's or a trade's field: `Trưởng khoa Y Trường Đại
            // học Tân Tạo`, `ngành Y Hà Nội`.)
            if k > 0
                && self.unit(k).is_some_and(|x| x.text == "Y")
                && (self.folded_is(k - 1, "khoa") || self.folded_is(k - 1, "nganh"))
            {
                return false;
            }
            let run = self.capitalized_run(k, 4);
            return (2..=4).contains(&(run - k)) && !self.foreign_after_surname(k, run);
        }
        // A surname of several words (`Rơ Châm Long`, `Tôn Nữ Thị Ninh`) and a given name.
        self.h
            .longest(k, EntryKind::Surname)
            .is_some_and(|(e, _)| self.capitalized_run(k, e - k + 3) > e)
    }

    /// Whether the surname at `p` is the last word of a listed place that starts before it,
    /// with only foreign words after it up to `run`: the place's, before a foreign holder
    /// (`Quỹ Hòa bình châu Âu Peter Schmidt`, `châu Á Thái Bình Dương Thorsten Ebert`); not
    /// `Y Biêr Niê`, `Kim Byoungho`, whose given names are no syllables either.
    fn foreign_after_surname(&self, p: usize, run: usize) -> bool {
        run > p + 1
            && p > 0
            && self
                .h
                .ends_at(p + 1, EntryKind::Place, 4)
                .is_some_and(|s| s < p)
            && (p + 1..run).all(|m| {
                self.unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.key.is_none())
            })
    }

    /// The organisation starting at unit `j`, if one does: one or more bodies, each a head
    /// (`Bộ`, `Ban`, `UBND`, `Tỉnh ủy`) with what follows it (a name, a level and place, a
    /// number), as in `Ban Thường vụ Tỉnh ủy`, `Cơ quan An ninh điều tra Bộ Công an`.
    pub(crate) fn org(&self, j: usize) -> Option<(usize, usize)> {
        // (A Korean name whose family name is a body's head: `Ban Ki-moon`.)
        if self.h.kinds_at(j) & bit(EntryKind::Org) != 0 && self.korean_name(j).is_some() {
            return None;
        }
        let mut k = j;
        let mut found = false;
        loop {
            if found && let Some(e) = self.field_comma(k) {
                k = self.tail(e, j);
                continue;
            }
            // (A short name or a region in brackets, then the name goes on.)
            if found
                && k > j
                && self.text_at_is(k, "(")
                && let Some(e) = self.through_bracket(k)
            {
                k = e;
                continue;
            }
            if !self.joined(k, j) {
                break;
            }
            // (The games' edition closes a body's name: `Ban tổ chức SEA Games 32`.)
            if found
                && k > j
                && self.unit(k - 1).is_some_and(|x| x.text == "Games")
                && self.unit(k).is_some_and(|x| {
                    x.kind == TokenKind::Number
                        && (1..=4).contains(&x.text.len())
                        && x.text.bytes().all(|b| b.is_ascii_digit())
                })
            {
                k += 1;
                break;
            }
            // A body after the first must be written as a name (`Ban`, not the verb in `ban
            // hành`), or be an abbreviation (`UBND`); the first, in lower case, is no verb of
            // two words (`Thủ tướng ban hành`, `Bộ trưởng viện dẫn`).
            let lower = !self.unit(k).is_some_and(Unit::capitalized);
            // (Not `báo` before a newspaper's name: `Tổng biên tập báo Tuổi Trẻ`.)
            let verb = || {
                self.unit(k).is_some_and(|x| x.key.is_some())
                    && self.stops_name(k)
                    && !(self.canon(k) == Some("báo")
                        && self.spaced(k + 1)
                        && self.unit(k + 1).is_some_and(Unit::capitalized))
                    // (Nor before an online one's: `Tổng Biên tập báo điện tử VnExpress`.)
                    && !(self.canon(k) == Some("báo")
                        && self.folded_is(k + 1, "dien")
                        && self.folded_is(k + 2, "tu")
                        && self.spaced(k + 3)
                        && self.unit(k + 3).is_some_and(Unit::capitalized))
            };
            // (Except a bloc's party committee in lower case: `Đảng ủy khối doanh nghiệp
            // tỉnh`.)
            let bloc = || {
                k >= 2
                    && self.canon(k) == Some("khối")
                    && self.canon(k - 1) == Some("ủy")
                    && self
                        .unit(k - 2)
                        .is_some_and(|x| crate::normalize::folds_to(x.text, "dang"))
            };
            // (Or a school in lower case after its youth union, its kind abbreviated or
            // listed: `Đoàn trường THPT chuyên Lê Quý Đôn`, `Chi đoàn trường THCS Nguyễn Du`;
            // or the agency whose Party cell it is: `Chi bộ cơ quan Hội`.)
            // (A Party committee's or a union's own unit in lower case, to the clause's end:
            // `Bí thư Đảng ủy bệnh viện.`, `kiêm Bí thư Chi bộ nhà trường,`.)
            if lower
                && found
                && let Some(n) = self.own_unit_of_cell(k)
            {
                k += n;
                break;
            }
            if lower
                && (found || verb())
                && !bloc()
                && !(found && (self.school_at(k) || self.agency_at(k) || self.board_firm_at(k)))
            {
                break;
            }
            // (A surname that is also a body's head, then a middle name, starts a person's:
            // `Thành viên HĐQT Đoàn Văn Hiểu Em`.)
            if self.middle_name_after(k) {
                break;
            }
            // (Nor does a Korean name whose family name is a body's head: `Tổng Thư ký Liên hợp
            // quốc Ban Ki-moon`.)
            if k > j
                && self.h.kinds_at(k) & bit(EntryKind::Org) != 0
                && self.korean_name(k).is_some()
            {
                break;
            }
            let head = self.h.longest(k, EntryKind::Org).or_else(|| self.body(k));
            // `Phó Bí thư Tỉnh ủy Đoàn Thu Hà`: a surname that is also a body's head (`Đoàn`)
            // starts the holder's name, unless the body's name follows (`Đoàn Thanh niên`).
            if found && self.holder_starts(k) {
                break;
            }
            // `Ban Tổ chức Trung ương`: `Tổ chức` is a body's name, not the head `Tổ`.
            if let (Some((e, _)), Some((ne, _))) = (head, self.h.longest(k, EntryKind::Name))
                && ne > e
            {
                break;
            }
            // `Trợ lý Bộ trưởng`: `Bộ` starts a role here, not a body. (Not where that
            // role is listed as none: `Hội Thẩm định giá`, no `Hội thẩm`.)
            if let (Some((e, _)), Some((r, _))) = (head, self.h.longest(k, EntryKind::Role))
                && r > e
                && self.not_title_at(k).is_none()
            {
                break;
            }
            let Some((e, n)) = head else {
                // `Ủy viên Trung ương Đảng`, `Ủy viên TƯ Đảng`: the centre as a body.
                // (`Công an Q. 12`, `Quận 5`: a level that takes a place, with its place.)
                if !found
                    && let Some(e) = self
                        .h
                        .longest(k, EntryKind::Level)
                        .filter(|_| self.unit(k).is_some_and(Unit::capitalized))
                        .map(|(e, _)| {
                            if self.place_level(k) {
                                self.level_place(k).unwrap_or(e)
                            } else {
                                e
                            }
                        })
                        .or_else(|| self.central(k))
                {
                    found = true;
                    k = self.tail(e, j);
                    continue;
                }
                // (Or a company's branch after a unit of it: `Trưởng phòng Kỹ thuật Viettel
                // Đắk Lắk`.)
                // (Not right after the role: `Thủ tướng Luís Montenegro`, a holder's name.)
                if self.h.ends_at(k, EntryKind::Role, 6).is_none()
                    && let Some(e) = self.brand_branch(k)
                {
                    found = true;
                    k = e;
                } else if found
                    && self.spaced(k)
                    && self
                        .unit(k)
                        .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                    && self.firm_word(k)
                {
                    // (Or a word only firms bear that closes its name: `Báo Tiếng Anh Việt
                    // Nam News`.)
                    k += 1;
                }
                break;
            };
            found = true;
            // `Trường THPT Chu Văn An`, `Bệnh viện Bạch Mai`: schools, hospitals and streets
            // are named after people and places; their name is not a person.
            // (Or in lower case before its kind abbreviated: `trường THPT Chu Văn An`.)
            // (Or before its kind in lower case: `trường tiểu học Võ Thị Sáu`.)
            let named = self.h.kinds_at(k) & bit(EntryKind::PlaceWord) != 0
                && (self.unit(k).is_some_and(Unit::capitalized)
                    || (self.spaced(k + 1)
                        && self.unit(k + 1).is_some_and(|x| {
                            x.all_caps()
                                && self.h.kinds_at(k + 1) & bit(EntryKind::Abbreviation) != 0
                        }))
                    || (e == k + 1
                        && self.spaced(e)
                        && self
                            .h
                            .longest(e, EntryKind::Name)
                            .is_some_and(|(_, note)| self.note(note) == "Trường")));
            // (A firm's kind that is longer than the head: `Văn phòng công chứng`.)
            let firm = named
                .then(|| {
                    self.h
                        .at(k)
                        .iter()
                        .rev()
                        .find(|h| h.kind == EntryKind::PlaceWord && self.note(h.note) == "firm")
                })
                .flatten()
                .map(|h| h.end);
            // (`Sở` names its department with capitals, `Sở Tài chính`: a capital `Sở` before
            // lower case is the department already named, `Giám đốc Sở sớm ổn định tổ chức`;
            // in lower case, `sở tài chính`, the field is a few words to the clause's end.)
            let department = e == k + 1 && self.canon(k) == Some("sở");
            let department_capital = department && self.unit(k).is_some_and(Unit::capitalized);
            // (A ministry or a department is named by its field alone, not by a committee's
            // two fields that a comma joins: `Bộ trưởng Bộ Tài chính, ngân sách năm nay …`,
            // not the Assembly's `Ủy ban Tài chính, Ngân sách`.)
            let ministry_head = e == k + 1 && (department || self.folded_is(k, "bo"));
            k = e;
            // (A bare head, then its holder's degree and name: `Giám đốc Học viện GS.TS
            // Nguyễn Thị Lan`.)
            if self.degree_short_at(k) {
                break;
            }
            match self.note(n) {
                "name" if named && self.place_name(k).is_some() => {
                    k = self.place_name(k).unwrap_or(k);
                }
                "name" => {
                    // `Ủy ban Mặt trận Tổ quốc`: the name is itself a body, read next.
                    // (Not `Hội đồng Bộ trưởng`: a role or a listed phrase there is the
                    // name.)
                    let body_next = self.unit(k).is_some_and(Unit::capitalized)
                        && self.spaced(k)
                        && self.h.kinds_at(k) & (bit(EntryKind::Role) | bit(EntryKind::NotTitle))
                            == 0
                        && match (
                            self.h.longest(k, EntryKind::Org),
                            self.h.longest(k, EntryKind::Name),
                        ) {
                            (Some((oe, _)), ne) => {
                                ne.is_none_or(|(ne, _)| oe > ne)
                                    // (Unless the name reads on past that body's head:
                                    // `Học viện An ninh nhân dân`.)
                                    && self.proper_name(k).is_none_or(|pe| pe <= oe)
                            }
                            _ => false,
                        };
                    if body_next {
                    } else if let Some((e, _)) = (if ministry_head {
                        self.h
                            .at(k)
                            .iter()
                            .filter(|h| {
                                h.kind == EntryKind::Name
                                    && (!self.note(h.note).starts_with("NA committee")
                                        || self.note(h.note).contains("ministry"))
                            })
                            .map(|h| (h.end, h.note))
                            .max_by_key(|&(e, _)| e)
                    } else {
                        self.h.longest(k, EntryKind::Name)
                    })
                    .filter(|_| self.joined(k, j))
                    {
                        // (`Học viện Cảnh sát nhân dân`, `Phòng An ninh kinh tế,`)
                        k = self
                            .numbered_acronym(k, e)
                            .unwrap_or_else(|| self.listed_tail(k, e));
                    } else if let Some((pe, _)) =
                        self.h.longest(k, EntryKind::Place).filter(|&(pe, _)| {
                            self.spaced(pe) && self.common_surname(pe) && self.person_name_at(pe)
                        })
                    {
                        // (A listed place as the name, then the holder's whole name: `Tổng
                        // Biên tập Báo Bắc Ninh Nguyễn Văn Chính`.)
                        k = pe;
                    } else if let Some(e) = self
                        .proper_name(k)
                        .filter(|_| !self.person_name_at(k) || self.own_name_at_end(k))
                    {
                        k = self
                            .numbered_acronym(k, e)
                            .unwrap_or_else(|| self.lower_tail(e));
                        k = self.school_namesake(k).unwrap_or(k);
                    } else if let Some(e) = self.foreign_company(k) {
                        // (A foreign name of several words, then its country or a firm's word:
                        // `Ngân hàng Standard Chartered Việt Nam`.)
                        k = e;
                    } else if department {
                        if !department_capital {
                            k = self.lower_tail(k);
                        }
                    } else if let Some(e) = self.carried_out(k).or_else(|| self.lower_name(k)) {
                        // (A field that ends national, then what it is about: `Ban Chỉ đạo
                        // liên ngành hội nhập quốc tế về kinh tế,`.)
                        let national = e >= k + 2
                            && self.canon(e - 2) == Some("quốc")
                            && matches!(self.canon(e - 1), Some("gia" | "tế"));
                        k = self
                            .carries_document(e)
                            .or_else(|| national.then(|| self.about_field(e)).flatten())
                            .unwrap_or(e);
                    } else if self.spaced(k)
                        && self.unit(k).is_some_and(|x| {
                            x.kind == TokenKind::Number
                                && x.text.bytes().all(|b| b.is_ascii_digit())
                        })
                        && !self
                            .unit(k + 1)
                            .is_some_and(|x| x.key.is_some() && !x.capitalized())
                    {
                        // `Đoàn 969`, `Tổ 5`: a numbered unit.
                        k += 1;
                    }
                }
                "number"
                    if self.unit(k).is_some_and(|x| x.kind == TokenKind::Number)
                        && self.spaced(k) =>
                {
                    k += 1;
                }
                // (Or a listed region, as the wars' military regions were named: `Quân khu
                // Trị - Thiên`, `Quân khu Việt Bắc`.)
                "number" => {
                    if let Some((e, _)) = self.h.longest(k, EntryKind::Place)
                        && self.spaced(k)
                        && self.unit(k).is_some_and(Unit::capitalized)
                    {
                        k = e;
                    } else if let Some(e) = self
                        .proper_name(k)
                        .filter(|&e| e <= k + 4 && !self.person_name_at(k))
                        // (Or a unit named by what it does: `Tiểu đoàn Huấn luyện - Cơ động`,
                        // `Lữ đoàn Công binh`; not its holder's name.)
                        .filter(|&e| {
                            (k..e).all(|m| {
                                self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable)
                            })
                        })
                    {
                        k = e;
                    }
                }
                // `Văn phòng Đăng ký đất đai`: an office of its own name, not another body's
                // office (`Văn phòng UBND tỉnh`, `Văn phòng Chủ tịch nước`, read next).
                "org"
                    if k >= 2
                        && self.canon(k - 2) == Some("văn")
                        && self.canon(k - 1) == Some("phòng")
                        && self.h.kinds_at(k)
                            & (bit(EntryKind::Org)
                                | bit(EntryKind::Name)
                                | bit(EntryKind::Level)
                                | bit(EntryKind::Place)
                                | bit(EntryKind::Role)
                                | bit(EntryKind::Prefix)
                                | bit(EntryKind::Rank)
                                | bit(EntryKind::Honorific)
                                | bit(EntryKind::NotTitle))
                            == 0
                        && !self.person_name_at(k) =>
                {
                    // (Not the first word of an office named by a role: `Văn phòng Phủ Thủ
                    // tướng`.)
                    if let Some(e) = self
                        .proper_name(k)
                        .filter(|&e| self.h.kinds_at(e) & bit(EntryKind::Role) == 0)
                    {
                        k = self.lower_tail(e);
                    } else if let Some(e) = self.lower_name(k).filter(|&e| {
                        // (Or in lower case, its field to a level or the clause's end: `Văn
                        // phòng đăng ký đất đai tỉnh`; or to a listed place, its seat: `Văn
                        // phòng đăng ký đất đai Hà Nội`.)
                        e >= k + 2
                            && self.unit(e).is_none_or(|x| {
                                matches!(x.text, "," | ";" | "." | ")" | "(")
                                    || self.h.kinds_at(e) & bit(EntryKind::Level) != 0
                                    || (x.capitalized()
                                        && self.spaced(e)
                                        && self.h.longest(e, EntryKind::Place).is_some())
                            })
                    }) {
                        k = e;
                    }
                }
                // (Not a body's head in the place's slot: `Trại tạm giam Công an tỉnh`, read
                // next.)
                "place"
                    if !(self.unit(k).is_some_and(Unit::capitalized)
                        && self.h.longest(k, EntryKind::Org).is_some()) =>
                {
                    if let Some(e) = self.place(k, true) {
                        k = e;
                    } else if let Some(e) = self.apposed_place(k, j) {
                        k = e;
                    }
                }
                _ => {}
            }
            // A firm's own name after the words that say what kind it is, at the clause's
            // end (`Công ty cổ phần Đầu tư Hoàng Long,`, `HTX Dịch vụ nông nghiệp Tân Hiệp,`):
            // not its holder, whose full name news writes in three words or more.
            k = self.tail(k, j);
            let numbered = self.body_number(k);
            // (A numbered front and the place it joins by a dash: `Mặt trận Đường 9 - Khe
            // Sanh`.)
            if numbered > k
                && self
                    .unit(numbered)
                    .is_some_and(|x| matches!(x.text, "-" | "–"))
                && self.spaced(numbered)
                && self.spaced(numbered + 1)
                && let Some((pe, _)) = self.h.longest(numbered + 1, EntryKind::Place)
                && self.capitalized_run(numbered + 1, 5) == pe
            {
                k = pe;
            } else {
                k = numbered;
            }
            // (A place or a name after that number: [`Rules::after_number`].)
            if k > j
                && let Some(e) = self.after_number(k)
            {
                k = e;
            }
            if let Some(kind_end) = firm {
                k = self.firm_name(k.max(kind_end));
                // (A sponsor's brand after a spaced dash, to the clause's end: `CLB Thể Công -
                // Viettel,`.)
                if k > kind_end
                    && self.unit(k).is_some_and(|x| matches!(x.text, "-" | "–"))
                    && self.spaced(k)
                    && self.spaced(k + 1)
                    && self
                        .unit(k + 1)
                        .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                    && self
                        .unit(k + 2)
                        .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                {
                    k += 2;
                }
            }
        }
        // (Its short form in brackets, then its seat: `Trung tâm Kiểm soát bệnh tật (CDC) tỉnh
        // Đồng Nai`, `Cơ quan Phát triển Pháp (AFD) tại Việt Nam`.)
        if found && k > j && self.text_at_is(k, "(") {
            k = self.seat_after_short_form(k).unwrap_or(k);
        }
        if found && k > j {
            k = self.namesake_of_apposed(j, k).unwrap_or(k);
            k = self.name_words_before_holder(k).unwrap_or(k);
            // (Nor does it end in the holder's surname, `Thị` or `Văn` after it: `Công ty cổ
            // phần Tập đoàn Dệt May Vinatex Phú Hưng Trần Thị Kim Ngân`.)
            if k > j + 1
                && self.middle_name_after(k - 1)
                && (3..=4).contains(&(self.capitalized_run(k - 1, 5) - (k - 1)))
            {
                k -= 1;
            }
            // (Nor in a Korean holder's family name and the first part of the given name,
            // the body's words read past them: `Tập đoàn SK Chey Tae-won`.)
            if k > j + 2 && self.text_at_is(k, "-") && self.korean_name(k - 2).is_some() {
                k -= 2;
            }
        }
        found.then_some((j, k))
    }

    /// One or two capitalized words at `k` that end a body's name, when the holder's name
    /// right after them is plainly one: a surname, then `Văn` or `Thị`, three or four words
    /// in all (`Công ty TNHH Mật ong Xuân Nguyên Hoàng Văn Tiến`, `Công ty Cổ phần Thực phẩm
    /// Xuất khẩu Đồng Giao Đỗ Thị Mai`); the holder's start.
    fn name_words_before_holder(&self, k: usize) -> Option<usize> {
        // (The cheap tests first: this is asked after every body.)
        let x = self.unit(k)?;
        if !(x.capitalized() && x.key.is_some() && self.spaced(k)) || self.loud() {
            return None;
        }
        const OTHER: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Org)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::NotTitle)
            | bit(EntryKind::Level);
        (k + 1..k + 3)
            .take_while(|&m| {
                self.h.kinds_at(m - 1) & OTHER == 0
                    && self
                        .unit(m - 1)
                        .is_some_and(|y| y.capitalized() && y.key.is_some() && !y.all_caps())
                    && self.spaced(m)
            })
            .find(|&p| {
                self.middle_name_after(p) && (3..=4).contains(&(self.capitalized_run(p, 5) - p))
            })
            // (Not a common surname right before the name, which starts one of four: `Sở Y tế
            // Hồ Lê Văn Nghĩa`.)
            .filter(|&p| {
                !(p == k + 1 && self.capitalized_run(p, 5) == p + 3 && self.common_surname(k))
            })
    }

    /// A person's name right after a body's name ending at `k`, closing the clause, when
    /// the title stands in apposition to its holder's name before: the name is the body's
    /// own, its namesake's (`Ông Lê Văn An, Hiệu trưởng Trường Cao đẳng Y tế Đặng Thùy
    /// Trâm, cho biết`, `Luật sư Trương Anh Tú, Chủ tịch Công ty Luật TNHH Trương Anh Tú
    /// (TAT Law Firm)`), as the holder is named already. The name's end.
    fn namesake_of_apposed(&self, j: usize, k: usize) -> Option<usize> {
        // (The cheap tests first: this is asked after every body.)
        let x = self.unit(k)?;
        // (Or foreign words, a brand: `Ông Lê Văn An, Giám đốc Trung tâm Công nghệ Gen
        // Vinmec,`.)
        if !(x.capitalized()
            && self.spaced(k)
            && ((x.key.is_some() && self.person_name_at(k))
                || (x.kind == TokenKind::Word
                    || self.unit(k + 1).is_some_and(|y| y.kind == TokenKind::Word))
                    && self.foreign_name_run(k)))
        {
            return None;
        }
        let n = self.capitalized_run(k, 5);
        // (Or before its seat or its parent: `Trường Việt ngữ Nguyễn Du tại San Jose,`,
        // `Văn phòng Luật sư Trương Anh Tú thuộc Đoàn Luật sư TP Hà Nội`.)
        // (Or a spaced dash, as news sets an apposition off: `Ông Lê Bá Khang - Bí thư Đảng ủy
        // xã Hoàng Hoa Thám - cho biết`.)
        let dash = |m: usize| {
            self.unit(m)
                .is_some_and(|x| matches!(x.text, "-" | "–") && x.gap == Gap::Space)
                && self.spaced(m + 1)
        };
        if n < k + 2
            || !(self
                .unit(n)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "("))
                // (Not a brand's dash, a capital after it: `HĐQT Văn Phú – Invest`.)
                || (dash(n) && !self.unit(n + 1).is_some_and(Unit::capitalized))
                || (self.spaced(n) && matches!(self.canon(n), Some("tại" | "thuộc" | "ở"))))
        {
            return None;
        }
        let c = (j.saturating_sub(12)..j).rev().find(|&m| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Punctuation)
        })?;
        let dashed = dash(c);
        // (The title right after the comma, alone or in a chain by `kiêm`; not a second
        // holder's: `Ông A, Chủ tịch UBND tỉnh cùng Giám đốc Sở Y tế Nguyễn Văn B, …`.)
        let role = bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Modifier);
        if !((self.text_at_is(c, ",") || dashed)
            && self.h.kinds_at(c + 1) & role != 0
            && !(c + 1..j).any(|m| matches!(self.canon(m), Some("và" | "cùng" | "với" | "của")))
            // (Or the next of a chain: `Ông Trần Văn Lâm, Phó Bí thư Đảng ủy, Chủ tịch UBND xã
            // Tam Quan Bắc,`.)
            && (self.apposed_to_name(c + 1) || self.apposed_in_chain(c + 1)))
        {
            return None;
        }
        // (Nor when the name before the comma is itself a holder's, after a title: a list,
        // `Bộ trưởng Bộ Y tế Nguyễn Thanh Long, Bộ trưởng Bộ Công an Tô Lâm.`)
        let mut s = c;
        while s > 0 && c - s < 5 && self.unit(s - 1).is_some_and(Unit::capitalized) {
            s -= 1;
        }
        // (A chain's title before the comma, no name, is the same holder's, unless the name
        // is plainly someone's, a list of holders: `ông Tô Lâm, Bộ trưởng Bộ Công an, Bộ
        // trưởng Bộ Quốc phòng Phan Văn Giang.`)
        let title = bit(EntryKind::Role) | bit(EntryKind::Prefix);
        let chained =
            s == c && !self.middle_name_after(k) && !(self.common_surname(k) && n >= k + 3);
        (chained || !(s.saturating_sub(8)..s).any(|m| self.h.kinds_at(m) & title != 0)).then_some(n)
    }

    /// Whether unit `k` is one of the most common Vietnamese surnames, which are seldom a
    /// middle name.
    pub(super) fn common_surname(&self, k: usize) -> bool {
        matches!(
            self.canon(k),
            Some(
                "nguyễn"
                    | "trần"
                    | "lê"
                    | "phạm"
                    | "hoàng"
                    | "huỳnh"
                    | "phan"
                    | "vũ"
                    | "võ"
                    | "đặng"
                    | "bùi"
                    | "đỗ"
                    | "ngô"
                    | "hồ"
            )
        )
    }

    /// Whether the holder's name starts at `k`, after a body, though its surname is also a
    /// body's head (`Tỉnh ủy Đoàn Thu Hà`, `NHNN Đoàn Văn Hải`): no body's name follows it
    /// (`Đoàn Thanh niên`).
    fn holder_starts(&self, k: usize) -> bool {
        self.holder_name_at(k)
            && !self.own_name_at_end(k)
            && self.h.kinds_at(k + 1)
                & (bit(EntryKind::Name) | bit(EntryKind::Role) | bit(EntryKind::Org))
                == 0
    }

    /// The end of a firm's own name at `k`, after what kind of firm it is (`Công ty cổ
    /// phần`, `HTX Dịch vụ nông nghiệp`), when its holder's name does not start there: two
    /// capitalized words at the clause's end (`Công ty cổ phần Đầu tư Hoàng Long,`), or the
    /// words before a person's name of three (`Công ty Hoàng Long Nguyễn Văn Hải`); `k`
    /// otherwise.
    fn firm_name(&self, k: usize) -> usize {
        // (A brand joined by a hyphen, its first part maybe read already as a letter:
        // `Công ty K-Food Vina`.)
        if let Some(e) = self.hyphen_brand(k).or_else(|| {
            (k > 0 && self.text_at_is(k, "-"))
                .then(|| self.hyphen_brand(k - 1))
                .flatten()
        }) {
            return e;
        }
        if self.own_name_at_end(k) {
            return k + 2;
        }
        // (Or its words to a comma, when the holder is named after it with a form of address:
        // `Công ty cổ phần Dịch vụ tang lễ Phúc Lộc Thọ, bà Hoàng Thị Mai,`.)
        if self.spaced(k) && self.holder_named_after(k) {
            return self.capitalized_run(k, 4);
        }
        if !self.spaced(k) || self.loud() {
            return k;
        }
        // (A second field no list knows after `và`, to the clause's end or the holder's
        // name: `Công ty cổ phần Du lịch và Tiếp thị Giao thông vận tải Việt Nam (Vietravel)`.)
        if k > 0
            && self.canon(k - 1) == Some("và")
            && self.unit(k).is_some_and(Unit::capitalized)
            && self.h.kinds_at(k) & (bit(EntryKind::Org) | bit(EntryKind::PlaceWord)) == 0
            && !self.person_name_at(k)
        {
            let mut m = k;
            while m < k + 8
                && self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.key.is_some() && (x.capitalized() || !self.stops_name(m)))
            {
                m += 1;
            }
            if m > k + 1 && self.field_closes(m) {
                return m;
            }
        }
        let run = self.capitalized_run(k, 7);
        // (Or up to a word only firms bear: `Cty TNHH MTV Tuyết Mai Food`.)
        if run > k && run <= k + 4 && self.firm_word(run - 1) {
            return run;
        }
        if run < k + 4 || self.unit(run).is_some_and(Unit::capitalized) {
            return k;
        }
        // (Nor when they are a woman's name, a surname and `Thị`: `Công ty Nước sạch số 3 Hà
        // Nội Nguyễn Thị Mai Anh`.)
        if self.canon(k + 1) == Some("thị") && self.h.is(k, EntryKind::Surname) {
            return k;
        }
        let p = self.cut_before_name(k, run);
        // (Its words may be a place's: `Văn phòng công chứng Hà Tiên Nguyễn Văn Hải`.)
        let other = !(bit(EntryKind::Surname) | bit(EntryKind::Place));
        if p < run && !(k..p).any(|m| self.h.kinds_at(m) & other != 0) {
            p
        } else {
            k
        }
    }

    /// The end of a body's seat after its short form in brackets at `k` (`(CDC) tỉnh Đồng
    /// Nai`, `(AFD) tại Việt Nam`, `(DNNVV) Hà Nội`): a level and its place, or a listed place
    /// after `tại` or alone; not a holder's name.
    #[cold]
    fn seat_after_short_form(&self, k: usize) -> Option<usize> {
        let short = self.unit(k + 1)?;
        if !(self.spaced(k)
            && matches!(
                short.kind,
                TokenKind::Abbreviation | TokenKind::Word | TokenKind::Code
            )
            // (Or a foreign short name with a capital inside: `(AmCham)`, `(VinaCapital)`.)
            && (short.all_caps()
                || (short.kind == TokenKind::Word
                    && short.capitalized()
                    && short.text.bytes().skip(1).any(|b| b.is_ascii_uppercase())))
            && (2..=12).contains(&short.text.len()))
        {
            return None;
        }
        // (Glued to `&` or a dash: `(TN&MT)`.)
        let mut close = k + 2;
        while close < k + 6
            && self.unit(close).is_some_and(|x| {
                x.gap == Gap::None && (x.all_caps() || matches!(x.text, "&" | "-"))
            })
            && !self.text_at_is(close, ")")
        {
            close += 1;
        }
        if !(self.text_at_is(close, ")") && self.spaced(close + 1)) {
            return None;
        }
        let s = close + 1;
        let x = self.unit(s)?;
        // (A level and its place: `tỉnh Đồng Nai`, `TP Hà Nội`.)
        if self.place_level(s)
            && let Some(e) = self.level_place(s).filter(|&e| e > s + 1)
        {
            return Some(e);
        }
        let place = |m: usize| {
            self.spaced(m) && self.unit(m).is_some_and(Unit::capitalized) && !self.person_name_at(m)
        };
        // (Or `tại` and a listed place.)
        if !x.capitalized()
            && self.canon(s) == Some("tại")
            && self.spaced(s + 1)
            && let Some((e, _)) = self.h.longest(s + 1, EntryKind::Place)
        {
            return Some(e);
        }
        // (Or a listed place alone, the city it serves: `(DNNVV) Hà Nội`.)
        if place(s)
            && let Some((e, _)) = self.h.longest(s, EntryKind::Place)
        {
            return Some(e);
        }
        None
    }

    /// Whether `Trường` at `k` starts a holder's name after an office whole alone, no school
    /// (`Tổng Bí thư Trường Chinh`): no kind of school follows it, one capitalized syllable
    /// does, and no listed place.
    #[cold]
    fn school_word_as_name(&self, k: usize) -> bool {
        self.folded_is(k, "truong")
            && self.spaced(k + 1)
            && self
                .unit(k + 1)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized())
            && !self
                .h
                .at(k + 1)
                .iter()
                .any(|h| matches!(h.kind, EntryKind::Name | EntryKind::Place))
            && self.h.longest(k, EntryKind::Place).is_none()
    }

    /// The parent body written with a capital at `i`, after `thuộc`, of a department, a
    /// board, a division or a centre whose head is at `j` (or ends the role before it):
    /// its end.
    #[cold]
    fn parent_after_thuoc(&self, j: usize, i: usize) -> Option<usize> {
        let head = |m: usize| {
            self.folded(m).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "phong" | "ban" | "vu" | "cuc" | "khoa" | "doi" | "tram"
                )
            }) || (self.folded_is(m, "trung") && self.folded_is(m + 1, "tam"))
                || (self.folded_is(m, "chi") && self.folded_is(m + 1, "cuc"))
        };
        if !(head(j) || (j > 0 && head(j - 1)))
            || !self.spaced(i)
            || !self.unit(i).is_some_and(Unit::capitalized)
            || self.h.kinds_at(i) & bit(EntryKind::Org) == 0
        {
            return None;
        }
        self.org(i).filter(|&(a, _)| a == i).map(|(_, e)| e)
    }

    /// The end of a firm written with a capital at `i`, after `của`, whose unit the body at
    /// `j` is: `Khối Tài chính của VIB`, `Khối Ngân hàng doanh nghiệp của Ngân hàng TMCP Quốc
    /// tế`, `Ban Quản lý dự án của Tập đoàn Posco`, `bộ phận tư vấn của Savills` (a block, a
    /// board, a department, a centre, a project, a branch or a unit, or a region after `khu
    /// vực`; the firm by its acronym, its brand or its kind's name).
    #[cold]
    fn firm_parent(&self, j: usize, i: usize) -> Option<usize> {
        let two = |m: usize, a: &str, b: &str| self.folded_is(m, a) && self.folded_is(m + 1, b);
        let unit = |j: usize| {
            self.folded_is(j, "khoi")
                || two(j, "bo", "phan")
                || self.folded_is(j, "phong")
                || self.folded_is(j, "ban")
                || two(j, "trung", "tam")
                || two(j, "du", "an")
                || two(j, "chi", "nhanh")
                || two(j, "van", "phong")
        };
        // (Or the unit's head ends the role, `trưởng phòng nhân sự của Nidec`; or a region
        // after one, `Giám đốc khu vực châu Á của Cargill`.)
        // (`Trưởng ban Quản lý rủi ro của MSB`, `Trưởng đoàn Điều IV của IMF`.)
        let unit_of_firm = unit(j)
            || (j >= 1
                && self
                    .folded(j - 1)
                    .is_some_and(|w| matches!(w.as_str(), "phong" | "ban" | "khoi" | "doan")))
            || (j >= 2 && two(j - 2, "khu", "vuc"));
        if !unit_of_firm || !self.spaced(i) || !self.unit(i).is_some_and(Unit::capitalized) {
            return None;
        }
        let acronym = self.unit(i).is_some_and(|x| {
            matches!(x.kind, TokenKind::Abbreviation | TokenKind::Word)
                && x.all_caps()
                && (2..=10).contains(&x.text.len())
        }) && self.h.kinds_at(i) & (bit(EntryKind::Place) | bit(EntryKind::Level))
            == 0;
        if acronym {
            return Some(i + 1);
        }
        // (Or its brand, a word that is no syllable, and the letters glued to `&` after it:
        // `Savills`, `VinaCapital`, `Hyundai E&C`.)
        let brand = self.unit(i).is_some_and(|x| x.kind == TokenKind::Word)
            && self.h.kinds_at(i) & (bit(EntryKind::Place) | bit(EntryKind::Level)) == 0;
        if brand {
            let mut e = i + 1;
            while e < i + 5
                && self.unit(e).is_some_and(|x| {
                    x.is("&") || (x.all_caps() && x.text.len() <= 3 && self.text_at_is(e + 1, "&"))
                })
                || (self.text_at_is(e.saturating_sub(1), "&")
                    && self
                        .unit(e)
                        .is_some_and(|x| x.gap == Gap::None && x.all_caps()))
            {
                e += 1;
            }
            return Some(e);
        }
        let firm = two(i, "tap", "doan")
            || two(i, "tong", "cong")
            || two(i, "cong", "ty")
            || two(i, "ngan", "hang")
            // (Or any body by its listed head: `Ban Hợp tác của Phái đoàn EU`, `Ban Xây dựng
            // Đảng của Đảng ủy xã Nguyên Bình`, `Ban Quản lý các dự án ODA của Bộ Giáo dục và
            // Đào tạo`.)
            || self.h.kinds_at(i) & bit(EntryKind::Org) != 0;
        firm.then(|| self.org(i).filter(|&(a, _)| a == i).map(|(_, e)| e))
            .flatten()
    }

    /// The body written with a capital after `của` at `k`, right after a role with none of
    /// its own: `Người phát ngôn của Bộ Tài chính`, `Giám đốc quốc gia của Ngân hàng Thế
    /// giới` ([`Found::org_apart`]).
    #[inline(never)]
    fn body_after_of(&self, k: usize) -> Option<(usize, usize)> {
        let c = self
            .unit(k)
            .and_then(|x| x.text.bytes().next())
            .is_some_and(|b| b | 0x20 == b'c');
        if !(c && self.canon(k) == Some("của") && self.spaced(k + 1)) {
            return None;
        }
        if !self.unit(k + 1).is_some_and(Unit::capitalized) {
            return self.named_body_after_of(k + 1);
        }
        self.org(k + 1)
            .filter(|&(a, _)| a == k + 1)
            .or_else(|| self.brand_after_of(k + 1, false))
    }

    /// A body's head in lower case and its capitalized name after `của` at `i - 1`: `Giám
    /// đốc Đầu tư của quỹ Hạnh Phúc Fund`, `chuyên gia kinh tế trưởng của ngân hàng
    /// Northbridge`.
    #[cold]
    fn named_body_after_of(&self, i: usize) -> Option<(usize, usize)> {
        if self.h.kinds_at(i) & bit(EntryKind::Org) == 0 {
            return None;
        }
        self.org(i).filter(|&(a, e)| {
            a == i
                && e >= a + 2
                && self.unit(e - 1).is_some_and(Unit::capitalized)
                && !self.person_name_at(e - 1)
        })
    }

    /// A body named by foreign words, an acronym or a brand with a capital inside, no
    /// listed one, after `của` at `i`: `chuyên gia kinh tế trưởng của VinaCapital`, `Giám
    /// đốc quốc gia của GIZ tại Việt Nam`. Its name, with the words after it that
    /// [`Rules::proper_name`] reads. With `alone`, one plain foreign word too, where no person's name can be (after a
    /// region or a duty: `Phó chủ tịch phụ trách châu Á của Boeing`).
    #[cold]
    fn brand_after_of(&self, i: usize, alone: bool) -> Option<(usize, usize)> {
        let x = self.unit(i)?;
        // (Or foreign words, no listed name of a person, two or more or before a listed
        // place: `của Japan Airlines`, `của Hyosung Việt Nam`; one alone may be a person's,
        // `người phát ngôn của Putin`.)
        let brand = match x.kind {
            TokenKind::Word => {
                x.all_caps()
                    || super::person::inner_capital(x.text)
                    || (self.h.kinds_at(i) & bit(EntryKind::Surname) == 0 && alone)
                    || (self.h.kinds_at(i) & bit(EntryKind::Surname) == 0
                        && self.spaced(i + 1)
                        && self.unit(i + 1).is_some_and(|y| {
                            y.capitalized()
                                && (y.kind == TokenKind::Word
                                    || self.h.longest(i + 1, EntryKind::Place).is_some())
                        }))
            }
            TokenKind::Abbreviation => x.all_caps(),
            _ => false,
        };
        // (Two letters only when listed: `của WB`.)
        let long = x.text.chars().count() >= 3 || self.h.is(i, EntryKind::Abbreviation);
        if !brand || !long || self.degree_at(i) || self.person_name_at(i) {
            return None;
        }
        // (Its foreign words, then a listed place: `của Shinhan Bank Việt Nam`, `của New
        // Zealand`.)
        if let Some((pe, _)) = self.h.longest(i, EntryKind::Place) {
            return Some((i, pe));
        }
        let mut e = i + 1;
        while e < i + 5
            && self.spaced(e)
            && self
                .unit(e)
                .is_some_and(|y| y.kind == TokenKind::Word && y.capitalized())
        {
            e += 1;
        }
        if self.spaced(e)
            && let Some((pe, _)) = self.h.longest(e, EntryKind::Place)
        {
            e = pe;
        }
        Some((i, self.proper_name(i).filter(|&p| p > e).unwrap_or(e)))
    }

    /// The end of `Quốc hội` or `Ủy ban Thường vụ Quốc hội` written with a capital at `i`:
    /// the parent a body of the Assembly names after `của` (`Ủy ban Đối ngoại của Quốc
    /// hội`, `Ban Dân nguyện của Ủy ban Thường vụ Quốc hội`).
    #[cold]
    fn state_organ_parent(&self, i: usize) -> Option<usize> {
        if !(self.spaced(i) && self.unit(i).is_some_and(Unit::capitalized)) {
            return None;
        }
        let standing = self.folded_is(i, "uy")
            && self.folded_is(i + 1, "ban")
            && self.folded_is(i + 2, "thuong")
            && self.folded_is(i + 3, "vu");
        let m = if standing { i + 4 } else { i };
        (self.folded_is(m, "quoc") && self.folded_is(m + 1, "hoi")).then_some(m + 2)
    }

    /// Whether the capitalized words at `k`, after a country's name, are a listed place of
    /// Việt Nam of two words, and no more capitalized words follow: the seat ending a body's
    /// name that holds a country, not a holder's name of two words (`Bệnh viện Hữu nghị
    /// Việt Nam - Cu Ba Đồng Hới`).
    #[cold]
    fn home_place_whole(&self, k: usize) -> bool {
        // (After a province, a district's name is its holder's: `UBND tỉnh Bắc Giang Mai
        // Sơn`, Mai Sơn a district of Sơn La; the seat comes before its province.)
        self.country_ends(k)
            && self.h.longest(k, EntryKind::Place).is_some_and(|(e, n)| {
                e == k + 2
                    && self.capitalized_run(k, 4) == e
                    && !self.note(n).starts_with("country")
                    && !self.note(n).contains("abroad")
            })
    }

    /// What may follow a body: more of its name, a level and its place, a listed place, a
    /// term (`khóa XII`). Stops before the next body, which [`Rules::org`] reads.
    fn tail(&self, mut k: usize, j: usize) -> usize {
        // (A second field after a listed one: `khoa Nhà nước và Pháp luật`.)
        if k > j
            && self.h.ends_at(k, EntryKind::Name, 4).is_some()
            && let Some(m) = self.second_field(k)
        {
            k = m;
        }
        // (A second field after a comma: `Vụ Kế hoạch, Tài chính`.)
        if k > j
            && self
                .unit(k)
                .is_some_and(|x| x.text == "," && x.gap == Gap::None)
            && self.h.ends_at(k, EntryKind::Name, 4).is_some()
            && let Some(m) = self.comma_field(k, j)
        {
            k = m;
        }
        // (Or fields in lower case listed after a comma: `Phòng Đấu thầu, thẩm định và giám
        // sát đầu tư`, `Phòng Kiểm tra, giải quyết khiếu nại, tố cáo Cục THADS …`.)
        else if k > j
            && k <= j + 8
            && self
                .unit(k)
                .is_some_and(|x| x.text == "," && x.gap == Gap::None)
            && self
                .unit(k + 1)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && let Some(m) = self.lower_fields_after_comma(k, j)
        {
            k = m;
        }
        // (Each round reads on past `k`; one that does not ends the name, as it would
        // otherwise never end: `Giám đốc sở Đại tá …` once did not.)
        let mut last = None;
        loop {
            if last.is_some_and(|l| k <= l) {
                return k;
            }
            last = Some(k);
            // (Its first letter first: this is asked at every round.)
            if k > j
                && self
                    .unit(k)
                    .and_then(|x| x.text.bytes().next())
                    .is_some_and(|b| b | 0x20 == b'c')
                && self.canon(k) == Some("của")
                && let Some(m) = self
                    .state_organ_parent(k + 1)
                    .or_else(|| self.firm_parent(j, k + 1))
            {
                k = m;
                continue;
            }
            // (A unit's parent after `thuộc`: `phòng Dân tộc thuộc Ban Dân tộc tỉnh Gia Lai`,
            // `Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội`.)
            if k > j
                && self
                    .unit(k)
                    .and_then(|x| x.text.bytes().next())
                    .is_some_and(|b| b | 0x20 == b't')
                && self.canon(k) == Some("thuộc")
                && let Some(m) = self.parent_after_thuoc(j, k + 1)
            {
                k = m;
                continue;
            }
            if let Some(m) = self.international_field(k) {
                k = m;
                continue;
            }
            // (A central or national steering board's field in lower case, to the clause's
            // end or its head's name: `Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc
            // gia Trần Hồng Hà`.)
            if k >= 4
                && k > j
                && self.spaced(k)
                && self
                    .unit(k)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && (self.folded_is(k - 1, "uong") || self.folded_is(k - 1, "gia"))
                && self.folded_is(k - 3, "dao")
                && self.folded_is(k - 4, "chi")
                && let Some(e) = self
                    .lower_name(k + usize::from(self.canon(k) == Some("các")))
                    .filter(|&e| {
                        e > k + 1
                            && (self.field_closes(e)
                                // (Or its period after it: `giai đoạn 2021-2025`.)
                                || (self.folded_is(e, "giai") && self.folded_is(e + 1, "doan")))
                    })
            {
                k = e;
                continue;
            }
            // (Any steering board's task in lower case, to the clause's end, its last words
            // maybe a place's or a work's name: `Ban Chỉ đạo xây dựng hồ thủy lợi Phù Sa,`.)
            if k >= 3
                && k > j
                && self.spaced(k)
                && self.folded_is(k - 1, "dao")
                && self.folded_is(k - 2, "chi")
                && self.folded_is(k - 3, "ban")
                && self
                    .unit(k)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && let Some(e) = self.steering_task(k)
            {
                k = e;
                continue;
            }
            // (A steering board's project with its number: `Ban Chỉ đạo Đề án 1 triệu ha
            // lúa,`.)
            // (Its first letter first: this is asked at every round.)
            if k > j
                && self.spaced(k)
                && self.unit(k).is_some_and(|x| {
                    x.capitalized()
                        && x.key.is_some()
                        && matches!(x.text.as_bytes()[0], 0xC4 | b'C' | b'N' | b'K' | b'Q')
                })
                && let Some(m) = self.carries_document(k)
            {
                k = m;
                continue;
            }
            // (`quốc tế` or `thế giới` in lower case end a world body's name before a foreign
            // word, its holder's: `Tổ chức Hàng hải quốc tế Kitack Lim`.)
            if k > j + 1
                && self
                    .unit(k)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                && self.unit(k - 2).is_some_and(|x| !x.capitalized())
                && self.h.kinds_at(k) & bit(EntryKind::Place) == 0
                // (A name of two words or more: not a place joined by a hyphen, `Liên hoan
                // Xiếc quốc tế Monte-Carlo`.)
                && self.spaced(k + 1)
                && self.capitalized_run(k, 4) >= k + 2
                && matches!(
                    (self.canon(k - 2), self.canon(k - 1)),
                    (Some("quốc"), Some("tế")) | (Some("thế"), Some("giới"))
                )
            {
                return k;
            }
            // (A listed place read short, its dash inside: `Vườn quốc gia Phong Nha - Kẻ
            // Bàng`, whose last word is no holder's surname.)
            if k > j
                && self.unit(k).is_some_and(Unit::is_dash)
                && let Some(e) = (k.saturating_sub(3).max(j)..k)
                    .filter(|&s| self.h.kinds_at(s) & bit(EntryKind::Place) != 0)
                    .filter_map(|s| self.h.longest(s, EntryKind::Place).map(|(e, _)| e))
                    .find(|&e| e > k + 1)
            {
                k = e;
                continue;
            }
            // (A brand joined by a hyphen after a board: `HĐQT Co-opBank`.)
            if k > j
                && self.spaced(k)
                && let Some(e) = self.hyphen_brand(k)
            {
                k = e;
                continue;
            }
            if let Some(e) = self
                .seat_after_name(k, j)
                .or_else(|| self.brand_countries(k, j))
            {
                k = e;
                continue;
            }
            // (A word with a role's syllable in it goes on in lower case, and the words after
            // it: `Nhóm chuyên gia linh trưởng châu Á`, primates.)
            if k > j
                && self
                    .unit(k)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && self.h.kinds_at(k - 1) & bit(EntryKind::NotTitle) != 0
                && let Some(e) = self.not_title_at(k - 1).filter(|&e| e == k + 1)
                && self
                    .h
                    .longest(k - 1, EntryKind::NotTitle)
                    .is_some_and(|(_, n)| self.note(n).starts_with("contains"))
            {
                k = self.lower_name(e).unwrap_or(e).max(e);
                continue;
            }
            // (Or a church's name with a role's word in it, read whole: `Hội Thánh Tin Lành
            // Trưởng Lão Việt Nam`, the Presbyterian church.)
            if k > j + 1
                && self.h.kinds_at(k) & bit(EntryKind::Role) != 0
                && let Some(e) = (k.saturating_sub(3).max(j)..k).find_map(|s| {
                    self.h
                        .longest(s, EntryKind::NotTitle)
                        .filter(|&(e, n)| e > k && self.note(n).starts_with("church"))
                        .map(|(e, _)| e)
                })
            {
                k = e;
                continue;
            }
            // (`Y`, medicine, after a field and before the parent body or the clause's end:
            // `Trưởng phòng Nghiệp vụ Y Sở Y tế Cần Thơ`.)
            if k > 0
                && self.spaced(k)
                && self.unit(k).is_some_and(|x| x.text == "Y")
                && self
                    .unit(k - 1)
                    .is_some_and(|x| x.kind == TokenKind::Syllable)
                && (self
                    .unit(k + 1)
                    .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                    || (self.spaced(k + 1)
                        && self.unit(k + 1).is_some_and(Unit::capitalized)
                        && self.h.longest(k + 1, EntryKind::Org).is_some()))
            {
                k += 1;
                continue;
            }
            // (An institute's field after a listed one, to the clause's end or the parent
            // body: `Viện Khoa học và Công nghệ Môi trường`, `… Vật liệu`.)
            if k > j
                && self.spaced(k)
                && self
                    .unit(k)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized())
                && let Some(s) = self.h.ends_at(k, EntryKind::Name, 6)
                && s > 0
                && self.folded_is(s - 1, "vien")
                && self.unit(s - 1).is_some_and(Unit::capitalized)
                && let Some(e) = self.short_field(k)
            {
                k = e;
                continue;
            }
            // (A place after the number a body is known by, `Trung tâm Cấp cứu 115 Hải Phòng`;
            // or a name to a comma, its holder named after it, `Trung tâm Cấp cứu 115 An
            // Sương, bác sĩ …`.)
            if k > j
                && let Some(e) = self.after_number(k)
            {
                k = e;
                continue;
            }
            // (Levels in the plural and the kind of land they lie in: `Chủ tịch UBND các
            // huyện miền núi`, `các xã biên giới`.)
            if k >= j + 2
                && self
                    .unit(k)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
                && self.canon(k - 2) == Some("các")
                && self.h.ends_at(k, EntryKind::Level, 1).is_some()
                && let Some(e) = self.kind_of_land(k)
            {
                k = e;
                continue;
            }
            // (`Ban Quản lý dự án Điện lực Dầu khí Long Phú 1`: a word in sentence case.)
            if k > j && self.sentence_case_join(k) {
                // (Then a listed place, the name's last words, or the capitals up to a
                // holder's name: `Công ty CP Cấp nước Thừa Thiên Huế Hoàng Đức Hiền`.)
                k = match self.h.longest(k + 1, EntryKind::Place) {
                    Some((pe, _)) => pe,
                    None => self
                        .cut_before_name(k + 1, self.capitalized_run(k + 1, 4))
                        .max(k + 1),
                };
                // (And the last word's second syllable before the clause's end: `Viện Nghiên
                // cứu Y Dược học Quân sự,`.)
                if self.spaced(k)
                    && self.unit(k - 1).is_some_and(Unit::capitalized)
                    && self
                        .unit(k)
                        .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
                    && !self.stop_word(k)
                    && !self.stops_name(k)
                    && self
                        .unit(k + 1)
                        .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                {
                    k += 1;
                }
                continue;
            }
            // (`Ban Thực hiện chính sách bảo hiểm xã hội`: the verb capitalized as the
            // body's name, and its field.)
            if k == j + 1 && self.canon_pair(j, "thực", "hiện") && self.spaced(k + 1) {
                k = self.lower_name(k + 1).unwrap_or(k + 1);
                continue;
            }
            // `Cục Phòng, chống HIV/AIDS`: two abbreviations joined by a slash, one name.
            if k > j
                && self
                    .unit(k)
                    .is_some_and(|x| x.text == "/" && x.gap == Gap::None)
                && self
                    .unit(k - 1)
                    .is_some_and(|x| x.all_caps() && x.key.is_none())
                && self
                    .unit(k + 1)
                    .is_some_and(|x| x.gap == Gap::None && x.all_caps() && x.key.is_none())
            {
                k += 2;
                continue;
            }
            // `Tập đoàn U&I`, `Posco E&C`, `Cushman & Wakefield`: an ampersand between two
            // capitalized words of a firm's name, touching both or spaced from both.
            if k > j
                && self.unit(k).is_some_and(|x| x.text == "&")
                && self.unit(k - 1).is_some_and(Unit::capitalized)
                && self.unit(k + 1).is_some_and(|x| {
                    x.capitalized()
                        && x.gap == self.unit(k).map_or(Gap::Line, |a| a.gap)
                        && x.gap != Gap::Line
                })
                // (Not before a person's name: `Công ty Hoàng Long & Nguyễn Văn A`.)
                && !self.person_name_at(k + 1)
            {
                k += 2;
                continue;
            }
            // `Hội đồng họ Mạc Việt Nam`, `ban liên lạc họ Nguyễn Tiên Điền`: a clan's body,
            // then the clan's surname and its branch or village, capitalized.
            if k > j
                && self.canon(k - 1) == Some("họ")
                && self.unit(k - 1).is_some_and(|x| !x.capitalized())
                && self.spaced(k)
                && self.h.longest(k, EntryKind::Surname).is_some()
                && self.unit(k).is_some_and(Unit::capitalized)
            {
                // (Not into the holder's name after it: `Hội đồng họ Mạc Việt Nam Mạc Văn
                // Toàn`.)
                k = self
                    .cut_before_name(k, self.capitalized_run(k, 7))
                    .min(k + 4);
                continue;
            }
            // `Viện Việt Nam học`, `Trung tâm Hán Nôm học`: a place or a script and `học`, a
            // field of study.
            // (Its key compared: `tail` runs for every body.)
            static HOC: LazyLock<Option<u32>> =
                LazyLock::new(|| crate::Syllable::parse("học").ok().map(|s| s.key()));
            if k > j
                && self.spaced(k)
                && self
                    .unit(k)
                    .is_some_and(|x| x.key.is_some() && x.key == *HOC && !x.capitalized())
                && (self.h.ends_at(k, EntryKind::Place, 3).is_some()
                    // (Or words capitalized after `Nghiên cứu`: `phòng Nghiên cứu Văn bản
                    // học`, textual studies.)
                    || (k.saturating_sub(4)..k.saturating_sub(2)).any(|s| {
                        self.folded_is(s, "nghien")
                            && self.folded_is(s + 1, "cuu")
                            && self.unit(s + 2).is_some_and(Unit::capitalized)
                            && (s + 2..k).all(|m| {
                                self.spaced(m)
                                    && self
                                        .unit(m)
                                        .and_then(|x| x.key)
                                        .is_some_and(|key| !stop_key(key))
                            })
                    }))
                // (Not the verb or the noun it starts: `tỉnh Hà Nam học tập`, `học sinh`.)
                && (self.unit(k + 1).is_none_or(|x| {
                    x.key.is_none() || x.capitalized() || !self.spaced(k + 1)
                }) || matches!(self.canon(k + 1), Some("và" | "thuộc")))
            {
                k += 1;
                continue;
            }
            // `Ban Quản lý KKT Nghi Sơn và các KCN tỉnh Thanh Hóa`: the board of a zone and of
            // the province's industrial parks, one body.
            if k > j
                && self.canon(k) == Some("và")
                && self.canon(k + 1) == Some("các")
                && self.spaced(k + 2)
                && let Some((e, _)) = self.h.longest(k + 2, EntryKind::PlaceWord).filter(|_| {
                    self.unit(k + 2)
                        .is_some_and(|x| matches!(x.text, "KCN" | "CCN"))
                        || self.folded_words_at(k + 2, &["khu", "cong", "nghiep"])
                        || self.folded_words_at(k + 2, &["cum", "cong", "nghiep"])
                })
                && self.spaced(e)
                && (self.level_place(e).is_some()
                    // (Or the province's name alone: `Ban Quản lý Khu kinh tế Dung Quất và các
                    // Khu công nghiệp Quảng Ngãi`.)
                    || self.h.longest(e, EntryKind::Place).is_some())
            {
                k = self
                    .h
                    .longest(e, EntryKind::Place)
                    .filter(|_| self.level_place(e).is_none())
                    .map_or(e, |(pe, _)| pe);
                continue;
            }
            // `Ủy ban Quốc gia APEC 2017 Vũ Tiến Lộc`: a body named after a year's event, its
            // year, then the holder's name.
            if k > j
                && self.spaced(k)
                && self
                    .unit(k - 1)
                    .is_some_and(|x| x.kind == TokenKind::Abbreviation)
                && self.unit(k).is_some_and(|x| {
                    x.kind == TokenKind::Number
                        && x.text.len() == 4
                        && (x.text.starts_with("19") || x.text.starts_with("20"))
                })
                && self.spaced(k + 1)
                && self.person_name_at(k + 1)
            {
                k += 1;
                continue;
            }
            // `Kiểm toán Nhà nước chuyên ngành VI`: a unit by field, numbered.
            if k > j
                && self.spaced(k)
                && let Some(e) = self.numbered_field(k)
            {
                k = e;
                continue;
            }
            // `Dầu khí Việt Nam-PVC`: a dash touching both words.
            if k > j
                && let Some(e) = self.dash_joined(k)
            {
                k = e;
                continue;
            }
            if k > j
                && let Some(e) = self.members_comma(k, j)
            {
                k = e;
                continue;
            }
            // `HTX Nông nghiệp dịch vụ Tân Lập`: a firm's field goes on in lower case, then
            // its own name.
            if k > j
                && let Some(e) = self.firm_lower_name(k)
            {
                k = e;
                continue;
            }
            // `Tổ chức WorldSkills quốc tế`: international, after the body's own name.
            if self.international(k, j) {
                k += 2;
                // (Its holder's name may follow: `Tổ chức Sở hữu trí tuệ thế giới Daren Tang`.)
                if self.holder_after_international(k) {
                    return k;
                }
                continue;
            }
            // (A person's initials end the body: `Chủ tịch UBND xã Tam Hiệp Đ.V.T cho biết`.)
            if self.h.kinds_at(k) & bit(EntryKind::Abbreviation) == 0
                && self.unit(k).is_some_and(|x| {
                    let parts: Vec<&str> = x.text.trim_end_matches('.').split('.').collect();
                    parts.len() >= 2
                        && parts
                            .iter()
                            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
                })
            {
                return k;
            }
            // (So does one initial and a foreign name: `Tổng thống Liên bang Nga V.
            // Kuznetsov`.)
            if k > j
                && self
                    .initial_at(k)
                    .is_some_and(|a| self.unit(a).is_some_and(|x| x.kind == TokenKind::Word))
            {
                return k;
            }
            if !self.joined(k, j) {
                return k;
            }
            // (Not a head that starts a longer listed name: `Đảng ủy Khối Doanh nghiệp Trung
            // ương`, where `Khối` is the name's first word.)
            let head = self.h.longest(k, EntryKind::Org).map(|(e, _)| e);
            let longer_name = self
                .h
                .longest(k, EntryKind::Name)
                .is_some_and(|(ne, _)| head.is_some_and(|e| ne > e));
            let next_body = self.unit(k).is_some_and(Unit::capitalized)
                && !longer_name
                && (head.is_some() || self.body(k).is_some());
            if next_body {
                return k;
            }
            // A listed name after a body is written as a name (`kiểm tra` after `Quân khu 3`
            // is the verb), or has a capital further in (`Đảng ủy khối Doanh nghiệp Trung
            // ương`).
            // (In capitals, not a name that is also a verb: `CÔNG AN TỈNH CHỈ ĐẠO PHÁ ÁN`.)
            // (Or `một thành viên` of a single-member company, after `TNHH`.)
            let single_member = |n: u32| {
                self.note(n) == "Công ty TNHH"
                    && k > 0
                    && self
                        .unit(k - 1)
                        .is_some_and(|x| crate::fold(x.text, crate::Fold::All) == "TNHH")
            };
            let name = self.h.longest(k, EntryKind::Name).filter(|&(e, n)| {
                (self
                    .u
                    .get(k..e)
                    .is_some_and(|s| s.iter().any(Unit::capitalized))
                    || single_member(n))
                    && !(self.note(n).ends_with("verb") && self.loud())
            });
            if let Some((e, n)) = name {
                // (A firm's field goes on in lower case after its kind, as after a listed
                // name anywhere: `Công ty TNHH MTV Đường sắt đô thị số 1 TP.HCM`.)
                // (So does a centre's or a department's second field, right after its first:
                // `Trung tâm Thông tin Năng lượng nguyên tử Nga`.)
                k = if self.firm_before(k)
                    || (k > j
                        && self.spaced(k)
                        && self.h.ends_at(k, EntryKind::Name, 4).is_some_and(|s| s > j)
                        && self.unit(e).is_some_and(|x| !x.capitalized()))
                {
                    self.listed_tail(k, e)
                } else {
                    self.directive_number(e)
                };
                // (`quốc gia` in lower case, then the clause's end: `Hội đồng Giải Báo chí
                // quốc gia,`.)
                if self.spaced(k)
                    && self.canon_pair(k, "quốc", "gia")
                    && self
                        .unit(k + 2)
                        .is_none_or(|x| matches!(x.text, "," | "." | ";" | ")"))
                {
                    k += 2;
                }
                // (A single-member company's own name in sentence case, which goes on in lower
                // case past its first word: `Công ty TNHH Một thành viên Vận tải Bắc Giang`.)
                let own = (self.note(n) == "Công ty TNHH")
                    .then(|| self.proper_name(k))
                    .flatten()
                    .filter(|&pe| pe > k + 1);
                if let Some(pe) = own {
                    k = pe;
                } else if self.international(k, j) {
                    k += 2;
                    if self.holder_after_international(k) {
                        return k;
                    }
                } else if let Some(e) = self.firm_sentence_name(k) {
                    k = e;
                } else if let Some(e) = self.place(k, true) {
                    // `Trường Đại học Hạ Long`, `Khu kinh tế Cửa khẩu Mộc Bài`: the name of
                    // this school, college, body.
                    // (`Trường Đại học Sư phạm Hà Nội 2`: a school's number.)
                    k = self.place_number(e);
                    if let Some(e) = self
                        .proper_name(k)
                        .filter(|_| self.unit(k - 1).is_some_and(|x| x.capitalized()))
                        .filter(|_| !self.holder_name_at(k))
                    {
                        k = e;
                    }
                }
            } else if let Some(e) = self.project_name(k) {
                k = e;
            } else if let Some(e) = self.place_before_holder(k, j) {
                k = e;
            } else if let Some(e) = self.level_place(k) {
                k = e;
            } else if let Some(e) = self.central(k) {
                // `Ban Chấp hành TƯ Đảng`: the centre in capitals, a syllable of its own.
                k = e;
            } else if let Some(e) = self.place(k, false).filter(|_| {
                // (Not a listed place right after another that is its holder's name: `Chủ tịch
                // UBND tỉnh Hậu Giang Đồng Văn Thanh`, `Đồng Văn` a district elsewhere.)
                // (Nor a city named after a person right after a state: `Chủ tịch Chính phủ
                // Việt Nam Dân chủ Cộng hòa Hồ Chí Minh`.)
                !(self.person_after_state(k)
                    || self.district_after_national_body(k, j)
                    // (A place's word that ends a listed name is no place: `Sở Tư pháp Cao
                    // Bằng`, not France.)
                    || (self.h.ends_at(k, EntryKind::Place, 4).is_some_and(|s| {
                        self.h.ends_at(k, EntryKind::Name, 4).is_none_or(|ns| ns >= s)
                    }) && self.holder_starts(k)
                        && !self.home_place_whole(k)))
            }) {
                // (`Trường Đại học Sư phạm Hà Nội 2`: a school's number after the place in its
                // name, not after a body's head: `Tỉnh đoàn Vĩnh Phúc 56 …`.)
                k = if k > j
                    && self.h.ends_at(k, EntryKind::Org, 3).is_none()
                    && !self.h.ends_at(k, EntryKind::Level, 3).is_some_and(|s| {
                        self.folded(s)
                            .is_some_and(|w| takes_place(w.strip_suffix('.').unwrap_or(&w)))
                    }) {
                    self.place_number(e)
                } else {
                    e
                };
            } else if let Some(e) = self.term(k) {
                k = e;
            } else if (self.canon(k) == Some("các") || self.small_number(k, 3))
                && self.spaced(k + 1)
                && self.h.longest(k + 1, EntryKind::Level).is_some()
                // (Not a holder's surname that is also a level, after a numbered unit: `Tổ
                // trưởng tổ dân phố 5 Đoàn Văn Hậu`.)
                && !(self.unit(k + 1).is_some_and(Unit::capitalized) && self.holder_starts(k + 1))
            {
                // `Chủ tịch UBND các huyện, thành phố`: the bodies of a class of places.
                let level_end = self
                    .h
                    .longest(k + 1, EntryKind::Level)
                    .map_or(k + 2, |(e, _)| e);
                k = self.more_heads(level_end);
            } else if self.canon(k) == Some("tại")
                && self.spaced(k + 1)
                && k >= 2
                && self.canon(k - 1) == Some("cao")
                && self.canon(k - 2) == Some("cấp")
                && let Some(e) = self
                    .level_place(k + 1)
                    .or_else(|| self.h.longest(k + 1, EntryKind::Place).map(|(e, _)| e))
            {
                // `Tòa án nhân dân cấp cao tại Hà Nội`, `Viện kiểm sát nhân dân cấp cao tại Đà
                // Nẵng`: the high courts and procuracies are named by their seat.
                k = e;
            } else if self.canon(k) == Some("ở")
                && k >= j + 3
                && self.canon(k + 1) == Some("nước")
                && self.folded_is(k + 2, "ngoai")
                && (self.folded_is(k - 2, "nguoi") || self.folded_is(k - 3, "nguoi"))
                && (self.folded_is(k - 1, "viet")
                    || (self.folded_is(k - 2, "viet") && self.folded_is(k - 1, "nam")))
            {
                // `Vụ Công tác người Việt Nam ở nước ngoài`: overseas Vietnamese, one noun
                // phrase inside any body's name.
                k += 3;
            } else if matches!(self.canon(k), Some("tại" | "ở"))
                && self.spaced(k + 1)
                && (self.community_abroad(j, k) || self.federation_abroad(j, k))
                && let Some(e) = self.mission_seat(k + 1).or_else(|| {
                    // (`ở nước ngoài`, abroad: `Hội Doanh nhân Việt Nam ở nước ngoài`.)
                    (self.canon(k + 1) == Some("nước") && self.folded_is(k + 2, "ngoai"))
                        .then_some(k + 3)
                })
            {
                // `Hội người Việt Nam tại Pháp`, `Hiệp hội Doanh nghiệp Hàn Quốc tại Việt
                // Nam`, `Hội Phụ nữ Việt Nam tại Hungary`, `Liên hiệp các Hội người Việt Nam ở
                // châu Âu`: an association or an office of a country's people, named by where
                // it is.
                k = e;
            } else if self.canon(k) == Some("tại")
                && self.spaced(k + 1)
                && k > j
                && self.mission_office_before(k)
                && let Some(e) = self.mission_seat(k + 1)
            {
                // (A trade office named by its seat alone, its country understood: `Trưởng
                // Thương vụ tại Thái Lan`, `Chi nhánh Thương vụ tại Thượng Hải`.)
                k = e;
            } else if self.canon(k) == Some("tại")
                && self.spaced(k + 1)
                && self.h.ends_at(k, EntryKind::Place, 4).is_some_and(|p| {
                    // (Or a mission's office named by its country: `Đại sứ quán Việt Nam tại
                    // Ai Cập`.)
                    // (Or the state by its official name, maybe after `nước`: `Đại sứ Cộng hòa
                    // Pháp tại Việt Nam`, `Đại sứ nước Cộng hòa Nhân dân Trung Hoa tại …`.)
                    (p == j && !self.whole_office_before(j))
                        || self.mission_office_before(p)
                        || self.state_name(j) == Some(k)
                        || (self.canon(j) == Some("nước")
                            && (p == j + 1 || self.state_name(j + 1) == Some(k)))
                })
                && let Some(e) = self.mission_seat(k + 1)
            {
                // `Đại sứ Việt Nam tại Mỹ`, `Tổng Lãnh sự Việt Nam tại Thượng Hải`: a country's
                // mission in another place (the body is a place, then `tại`, then a listed
                // place; not `UBND tỉnh Lạng Sơn tại Hà Nội`, where the event is).
                k = e;
                // (And the states it is accredited to besides: `Đại sứ Việt Nam tại Ai Cập
                // kiêm nhiệm Sudan`.)
                let mut accredited = false;
                if self.folded_is(k, "kiem")
                    && self.folded_is(k + 1, "nhiem")
                    && self.spaced(k + 2)
                    && let Some((pe, _)) = self.h.longest(k + 2, EntryKind::Place)
                {
                    k = pe;
                    accredited = true;
                }
                // (And the other countries it serves, listed: `Tổng Lãnh sự Việt Nam tại Hồng
                // Kông và Macau`, `… tại Nigeria kiêm nhiệm Cameroon, Chad và Ghana`.)
                while (self.canon(k) == Some("và") || (accredited && self.text_at_is(k, ",")))
                    && self.spaced(k + 1)
                    && let Some((pe, n)) = self.h.longest(k + 1, EntryKind::Place)
                    && self.note(n).starts_with("country")
                {
                    k = pe;
                }
            } else if self.canon(k) == Some("tại")
                && self.spaced(k + 1)
                && let own_country = (|| {
                    k > j + 1
                        && self
                            .h
                            .ends_at(k, EntryKind::Place, 3)
                            .filter(|&s| s > j)
                            .and_then(|s| self.h.longest(s, EntryKind::Place))
                            .is_some_and(|(e, n)| e == k && self.note(n).starts_with("country"))
                })
                && let representative = (|| {
                    (j > 0 && self.folded_is(j - 1, "dien"))
                        || (self.folded_is(j, "van") && self.folded_is(j + 1, "phong"))
                        // (Or a mission, a delegation abroad: `Trưởng Phái bộ Liên hợp quốc
                        // tại Nam Sudan`, `Phái đoàn Liên minh châu Âu tại Việt Nam`.)
                        || (self.folded_is(j, "phai")
                            && (self.folded_is(j + 1, "bo") || self.folded_is(j + 1, "doan")))
                        // (Or a mission's or a bureau's office: `Trưởng Cơ quan đại diện Bộ
                        // Ngoại giao tại TP.HCM`, `Cơ quan thường trú TTXVN tại Tây Nguyên`.)
                        || (self.folded_is(j, "co")
                            && self.folded_is(j + 1, "quan")
                            && ((self.folded_is(j + 2, "dai") && self.folded_is(j + 3, "dien"))
                                || (self.folded_is(j + 2, "thuong")
                                    && self.folded_is(j + 3, "tru"))))
                })
                && ((k == j + 1
                    && self.unit(j).is_some_and(|x| {
                        x.kind != TokenKind::Syllable && x.capitalized() && x.key.is_none()
                    }))
                    // (Or a body of the world's listed whole: `Giám đốc Quốc gia Ngân hàng
                    // Thế giới tại Việt Nam`, `Trưởng Đại diện Tổ chức Y tế Thế giới tại Việt
                    // Nam`.)
                    || self
                        .h
                        .longest(j, EntryKind::Org)
                        .is_some_and(|(e, n)| e == k && e > j + 2 && self.note(n) == "none")
                    // (Or a firm, its office in the country: `Trưởng đại diện Tập đoàn Joy Wing
                    // Mau tại Việt Nam`, `Giám đốc điều hành tập đoàn bán lẻ Aeon tại Việt
                    // Nam`; or a body by a foreign word: `Giám đốc quốc gia Tổ chức WWF tại
                    // Việt Nam`.)
                    || (k > j + 1 && self.firm_within(k, 8))
                    // (Or a body named by its own country: `Giám đốc Quỹ Giao lưu Quốc tế Nhật
                    // Bản tại Việt Nam`, `Quỹ Hàn Quốc tại Việt Nam`.)
                    || own_country()
                    || (k > j + 1
                        && self.unit(k - 1).is_some_and(|x| {
                            x.kind != TokenKind::Syllable && x.capitalized() && x.key.is_none()
                        }))
                    // (Or any body's representative office: `Trưởng đại diện Văn phòng Cục
                    // Xúc tiến thương mại tại TP.HCM,`.)
                    || representative())
                && let Some((e, country)) = self
                    .h
                    .longest(k + 1, EntryKind::Place)
                    .map(|(e, n)| (e, self.note(n).starts_with("country")))
                    // (Or a city by its level, a representative office's seat: `Trưởng đại
                    // diện JICA tại TP Hồ Chí Minh,`.)
                    .or_else(|| {
                        representative()
                            .then(|| self.level_place(k + 1))
                            .flatten()
                            .map(|e| (e, false))
                    })
                && ((e == k + 3
                    && (k + 1..e)
                        .map(|m| self.folded(m))
                        .eq([Some("viet".into()), Some("nam".into())]))
                    // (Or a representative office in one of its cities, to the clause's end:
                    // `Trưởng đại diện Văn phòng UNESCO tại Hà Nội,`, `Trưởng đại diện JETRO
                    // tại TP.HCM`; not a meeting's place, `Bộ trưởng Ngoại giao ASEAN tại Hà
                    // Nội`; or a body named by its own country, `Trung tâm Văn hóa Pháp tại
                    // Huế,`.)
                    || (self
                        .unit(e)
                        .is_none_or(|x| matches!(x.text, "," | "." | ";" | ")"))
                        // (A representative office in another country too: `Trưởng đại
                        // diện UNDP tại Lào,`.)
                        && (representative() || (!country && own_country()))))
            {
                // `Trưởng đại diện IMF tại Việt Nam`, `Tổng Giám đốc Samsung tại Việt Nam`: a
                // foreign body's office in this country (not where a meeting is: `hội nghị
                // các thị trưởng ASEAN tại Lào`).
                k = e;
            } else if k > j && self.directive_number(k) > k {
                // `Ban Chỉ đạo 389 quốc gia`, `Ban Chỉ đạo 1237 tỉnh Quảng Trị`: a steering
                // board numbered after its decision, then its scope.
                k = self.lower_tail_of(k + 1, true, true).max(k + 1);
            } else if k > j
                && self.small_number(k, 2)
                && self
                    .unit(k - 1)
                    .is_some_and(|x| x.capitalized() || x.key.is_some())
                && self.firm_within(k, 8)
                && (self
                    .unit(k + 1)
                    .is_none_or(|x| matches!(x.text, "," | ";" | ")" | "." | "("))
                    || (self.spaced(k + 1)
                        && (self.stop_word(k + 1)
                            || self.says_at(k + 1)
                            || self.unit(k + 1).is_some_and(|x| x.is_dash())
                            || self
                                .h
                                .longest(k + 1, EntryKind::Honorific)
                                .is_some_and(|(he, _)| self.person_name_at(he)))))
            {
                // `Tổng công ty May 10 đã …`, `Tổng công ty Phát điện 3 ông Đinh Quốc Lâm`: a
                // firm numbered after its name, to the clause's end, its verb or its holder.
                k += 1;
            } else if self.canon(k) == Some("số") && self.small_number(k + 1, 3) {
                // `Công ty Xây dựng số 1`, `Trường Tiểu học số 2`: a numbered unit.
                k += 2;
                // (And its own name, up to the clause's comma or its verb: `Công ty CP Xây
                // dựng số 4 Thăng Long,`, `… số 4 Thăng Long cho biết`; not a holder's, which a
                // surname starts.)
                let run = self.capitalized_run(k, 3);
                if run > k
                    && self.spaced(k)
                    && (self.text_at_is(run, ",")
                        || self.unit(run).is_none_or(|x| {
                            matches!(x.text, ";" | "." | ")")
                                || (x.key.is_some() && !x.capitalized() && self.stops_name(run))
                        }))
                    && !(k..run).any(|m| self.h.is(m, EntryKind::Surname))
                {
                    k = run;
                }
            } else if k > j + 1
                && self.spaced(k)
                && self.canon(k - 1) != Some("số")
                && self.unit(k).is_some_and(|x| {
                    x.kind == TokenKind::Code
                        && x.text.bytes().any(|b| b.is_ascii_digit())
                        && x.text.bytes().any(|b| b.is_ascii_uppercase())
                        && !x.text.contains('/')
                })
            {
                // `Trung tâm Đăng kiểm xe cơ giới 17-01D`: the unit's code after its name.
                k += 1;
            } else if k > j + 1
                && self.spaced(k)
                && self.unit(k - 1).is_some_and(|x| x.key.is_some())
                && self
                    .unit(k)
                    .is_some_and(|x| x.kind == TokenKind::Number && x.text.len() == 1)
                && self
                    .unit(k + 1)
                    .is_none_or(|x| matches!(x.text, "(" | "," | ")" | ";" | "."))
            {
                // `Tổng công ty Phát điện 3 (EVNGENCO3)`, `Phòng Thể thao thành tích cao 1,`:
                // one of a body's numbered units, its number closing its name.
                k += 1;
            } else if k >= j + 3
                && self.spaced(k)
                && self.folded_is(k - 2, "viet")
                && self.folded_is(k - 1, "nam")
                && (j..k - 2).any(|m| self.firm_word(m))
                && let Some((pe, _)) = self.h.longest(k, EntryKind::Place)
                && self.unit(pe).is_none_or(|x| {
                    x.kind == TokenKind::Punctuation || (x.key.is_some() && !x.capitalized())
                })
            {
                // `Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên`: a foreign firm's
                // company in one province, named by it after the country.
                k = pe;
            } else if let Some(e) = self.dash_joined(k) {
                k = e;
            } else if let Some(e) = self.and_name(k, j) {
                k = e;
            } else if let Some(e) = self.brand_in_vietnam(k).filter(|_| k > j) {
                // `Bảo hiểm Tokio Marine Việt Nam`: a foreign brand's company in this
                // country after the firm's field.
                k = e;
            } else if self
                .unit(k)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.capitalized())
                && !self.h.at(k).iter().any(|h| h.kind == EntryKind::Org)
                && !self.foreign_in_capitals(k)
                // (Not a degree before the holder's name: `Bệnh viện Bạch Mai PGS.TS Đào
                // Xuân Cơ`.)
                && !self.degree_at(k)
            {
                // `Ban Chỉ đạo THADS tỉnh`: an abbreviation in the name (and the words after
                // it: `Trung tâm Dự báo KTTV quốc gia`).
                k = self.lower_tail(k + 1);
            } else if let Some(e) = self.company_of_board(k) {
                k = e;
            } else if self.brand(k)
                // (Not a holder's clan name right after the level: `UBND tỉnh Ksor Phước Hà`.)
                // (Or after a Party committee named by its level: `Tỉnh ủy Ksor Phước Hà`.)
                && !((self.h.ends_at(k, EntryKind::Level, 2).is_some()
                    || (self.h.ends_at(k, EntryKind::Org, 2).is_some()
                        && k > 0
                        && self.folded_is(k - 1, "uy")))
                    && self.h.longest(k, EntryKind::Surname).is_some()
                    && self.person_name_at(k))
                // (Not after a body that is a listed abbreviation alone: `Tổng Thư ký ASEAN Kao
                // Kim Hourn`.)
                && !self.lone_abbreviation(k, j)
                // (Nor a foreign given name, the holder's: `World Athletics Sebastian Coe`;
                // nor the first of two after a foreign body's own name, `Đại học Harvard
                // Claudine Gay`.)
                && !(k > j && self.foreign_given_at(k))
                && !(k > j + 1
                    && self.foreign_name_after_own(k - 1, self.capitalized_run(k - 1, 5))
                        == Some(k))
                // (Nor two such words alone after a body's acronym: `Tổng Giám đốc WIPO Daren
                // Tang`.)
                && !(k > j
                    && self.unit(k - 1).is_some_and(Unit::all_caps)
                    && self.capitalized_run(k, 4) == k + 2
                    && self.foreign_pair(k)
                    && !self.holder_named_around(k - 1, k + 2))
            {
                // `Hội đồng quản trị PVP Land`, `Công ty cổ phần Đầu tư Vietsan`.
                k += 1;
            } else if let Some(e) = self
                .abbreviated_name(k)
                // (Nor is the name after such a body its own: `Tổng Thư ký ASEAN Lim Jock Hoi`.)
                .filter(|_| !self.lone_abbreviation(k, j))
            {
                k = e;
            } else if k >= j + 2
                && (matches!(
                    (self.canon(k - 2), self.canon(k - 1)),
                    (Some("trung"), Some("ương"))
                        | (Some("quốc"), Some("gia"))
                        | (Some("chính"), Some("phủ"))
                        // (`Ủy ban Quốc tế về Cân và Đo lường`.)
                        | (Some("quốc"), Some("tế"))
                )
                    // (Or an international body's: `Ủy ban Liên chính phủ ASEAN về Nhân
                    // quyền`.)
                    || self
                        .unit(k - 1)
                        .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.all_caps()))
                && self.named_by_field(k)
                && let Some(e) = self.about_field(k)
            {
                // `Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực` (a steering
                // committee, council or commission is named by what it is about; not a party
                // committee: `Bí thư Đảng ủy Khối các cơ quan Trung ương về công tác tư
                // tưởng` is what was said to him).
                k = e;
            } else if ((self.unit(j).is_some_and(|x| !x.capitalized())
                && self.h.kinds_at(j) & bit(EntryKind::Org) != 0)
                // (Or the last body of several, in lower case: `Trưởng Bộ phận Nhân sự khách
                // sạn Melia Hanoi`.)
                // (A head of two words or more, not a word inside a field's name: `Bộ Quốc
                // phòng`.)
                || (k > j + 2
                    && self.h.ends_at(k, EntryKind::Org, 3).is_some_and(|s| {
                        s > j
                            && s + 2 <= k
                            && self.unit(s).is_some_and(|x| !x.capitalized())
                            && self.h.ends_at(s, EntryKind::Name, 4).is_none()
                    })))
                // (Or a foreign brand's words: `khách sạn Hilton Hanoi Opera`.)
                && self.unit(k).is_some_and(|x| {
                    matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && x.capitalized()
                })
                // (A foreign word that is also a Korean family name starts a brand when no
                // Korean name follows and the brand has three words or a place or a firm's
                // word: `khách sạn Park Hyatt Saigon`; not the holder's name of two, `tập đoàn
                // … Dmitry Kiselyov`.)
                && (!self.h.is(k, EntryKind::Surname)
                    || (self.unit(k).is_some_and(|x| x.kind == TokenKind::Word)
                        && self.korean_name(k).is_none()
                        && self.unit(k + 1).is_some_and(|x| x.kind == TokenKind::Word)
                        && (self.capitalized_run(k, 5) >= k + 3
                            || (k + 1..self.capitalized_run(k, 5))
                                .any(|m| self.firm_word(m) || self.h.is(m, EntryKind::Place)))))
                // (Not after its place, which ends its name: `Thủ tướng chính phủ Hàn Quốc Han
                // Duck-soo`.)
                && self.h.ends_at(k, EntryKind::Place, 4).is_none()

                // (A run of at least a word: not a rank, `Giám đốc sở Đại tá …`.)
                // (Nor into the holder's name after it: `tập đoàn truyền thông Rossiya Segodnya
                // Dmitry Kiselyov`.)
                && let Some(e) = Some(self.capitalized_run(k, 4))
                    .map(|r| {
                        (k + 1..r)
                            .find(|&m| self.person_name_at(m))
                            .unwrap_or(r)
                    })
                    .filter(|&e| e > k)
            {
                // `công ty TNHH Minh Phát`, `trường tiểu học Tân Lập`: a body written in lower
                // case, then its name in capitals (not a person's: no surname).
                k = e;
            } else if let Some(e) = self.name_goes_on(k) {
                k = e;
            } else {
                return k;
            }
        }
    }

    /// The end of a firm's own name at `k` in sentence case, after its kind and a listed
    /// field (`Công ty TNHH Xây dựng Thương mại Hòa Khánh`, `Xây dựng Tổng hợp Hòa Khánh`): a
    /// capitalized word, words in lower case, then capitalized words to the clause's end or
    /// to the holder's name.
    fn firm_sentence_name(&self, k: usize) -> Option<usize> {
        let first = self.spaced(k)
            && self
                .unit(k)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps())
            && self.firm_within(k, 8)
            && !self.person_name_at(k);
        if !first {
            return self.firm_lower_name(k);
        }
        self.firm_words_then_name(k, k + 1)
    }

    /// [`Rules::firm_sentence_name`] from words in lower case right after a listed field
    /// (`HTX Nông nghiệp dịch vụ Tân Lập`: `dịch vụ`, then the name).
    fn firm_lower_name(&self, k: usize) -> Option<usize> {
        let after_field = k > 0
            && self.spaced(k)
            && self
                .unit(k)
                .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
            // (Or the firm's kind abbreviated: `Công ty CP chế biến nông sản Hòa Bình`.)
            && self
                .unit(k - 1)
                .is_some_and(|x| x.key.is_some() || x.kind == TokenKind::Abbreviation)
            && !self.stops_name(k)
            && self.firm_within(k, 8);
        if !after_field {
            return None;
        }
        self.firm_words_then_name(k, k)
    }

    /// The end of the syllables in lower case from `m`, before `limit`, that stop no name (a
    /// name in sentence case goes on past them).
    fn lower_words(&self, mut m: usize, limit: usize) -> usize {
        while m < limit
            && self.spaced(m)
            && self
                .unit(m)
                .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
            && !self.stops_name(m)
        {
            m += 1;
        }
        m
    }

    /// From `m0`, up to three words in lower case that stop no name, then capitalized words to
    /// the clause's end or to the holder's name; the end (see [`Rules::firm_sentence_name`]).
    fn firm_words_then_name(&self, k: usize, m0: usize) -> Option<usize> {
        let m = self.lower_words(m0, k + 4);
        if m == m0 || !self.spaced(m) {
            return None;
        }
        // (Not a level and a surname no list makes a place, the holder's name after the
        // body's level: `Chủ tịch Liên minh HTX tỉnh Trần Văn Tám`.)
        if self.h.ends_at(m, EntryKind::Level, 2).is_some()
            && self.h.longest(m, EntryKind::Place).is_none()
            && self.h.is(m, EntryKind::Surname)
            && self.person_name_at(m)
        {
            return None;
        }
        let ends = |e: usize| {
            self.unit(e)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "("))
                || self.says_at(e)
                || self.stop_word(e)
        };
        // (A place after the field, the city's name a person's too: `Công ty Thoát nước đô
        // thị Thành phố Hồ Chí Minh`, `… đô thị TP.HCM`.)
        if let Some(e) = self
            .level_place(m)
            .or_else(|| self.h.longest(m, EntryKind::Place).map(|(e, _)| e))
            .filter(|&e| ends(e) || (self.spaced(e) && self.person_name_at(e)))
        {
            return Some(e);
        }
        let run = self.capitalized_run(m, 6);
        if run == m {
            return None;
        }
        let end = self.cut_before_name(m, run);
        let ends = |e: usize| {
            self.unit(e)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "("))
                || self.says_at(e)
                || self.stop_word(e)
                || (e < run && self.person_name_at(e))
        };
        (end > m && ends(end)).then_some(end)
    }

    /// The end of a body's name that goes on at `k`, after a listed name, with a capitalized
    /// word no list knows (`Vụ Thống kê Giá`, `Vụ Thống kê Dân số và Lao động`: the statistics
    /// of prices, of population and labour), in sentence case; not a holder's name (`Vụ Pháp
    /// chế Nguyễn Văn Hải`; a surname alone is a word of the name: `Vụ Thống kê Nông, lâm
    /// nghiệp và Thủy sản`), nor a word of another list (a place, a body, a title).
    fn name_goes_on(&self, k: usize) -> Option<usize> {
        const LISTED: u32 = bit(EntryKind::Org)
            | bit(EntryKind::Level)
            | bit(EntryKind::Place)
            | bit(EntryKind::PlaceWord)
            | bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Modifier)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Name);
        // (Not after a ministry's name, which is whole: `Bộ Y tế`, `Sở Tài chính`.)
        let s = self.h.ends_at(k, EntryKind::Name, 4)?;
        // (A ministry's field names a centre or an institute too, which goes on: `Trung tâm
        // Thông tin Xúc tiến Du lịch Hà Nội`.)
        if self.h.at(s).iter().any(|h| {
            h.kind == EntryKind::Name && h.end == k && self.note(h.note).starts_with("ministry")
        }) && self.ministry_head(s)
        {
            return None;
        }
        let x = self.unit(k)?;
        if x.kind != TokenKind::Syllable
            || !x.capitalized()
            || x.all_caps()
            || !self.spaced(k)
            // (`Nguyên tử`, the atom, is no modifier: `Cơ quan Năng lượng Nguyên tử Quốc tế`.)
            || self.ends_name_kinds(k) & LISTED != 0
            || self.person_name_at(k)
            // (Nor a verb: `Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nhậm chức` in a table.)
            || self.stops_name(k)
            || self.headline_verb(k)
            || self.speech_verb(k)
            || self.verb_pair(k)
        {
            return None;
        }
        let e = self.proper_name(k).filter(|&e| e > k)?;
        // (A listed name cut by the run's length is read whole: `Chương trình công nghệ thông
        // tin ngành Xây dựng`.)
        Some(
            self.h
                .longest(e - 1, EntryKind::Name)
                .map_or(e, |(ne, _)| ne.max(e)),
        )
    }

    /// The end of a company's name at `k`, right after its board (`HĐQT`, `HĐTV`, `Hội đồng
    /// quản trị`, `Hội đồng thành viên`), written as the market knows it (`HĐQT Techcombank`,
    /// `HĐQT Hòa Phát`, `HĐTV Vietnam Airlines`): capitalized words up to the holder's name,
    /// if one follows (`HĐQT Hòa Phát Trần Đình Long`). Not a listed body (`HĐQT Ngân hàng
    /// …`, read as a body) nor a name right after the board (`HĐQT Trương Gia Bình`).
    fn company_of_board(&self, k: usize) -> Option<usize> {
        let board = k > 0
            && (matches!(self.unit(k - 1).map(|x| x.text), Some("HĐQT" | "HĐTV"))
                || (k >= 3
                    && self.canon(k - 3) == Some("đồng")
                    && matches!(
                        (self.canon(k - 2), self.canon(k - 1)),
                        (Some("quản"), Some("trị")) | (Some("thành"), Some("viên"))
                    )));
        let first = self.unit(k)?;
        // `HĐQT EVNGENCO3`: a ticker-like name with a digit.
        if board
            && self.spaced(k)
            && first.kind == TokenKind::Code
            && first.capitalized()
            && first.text.len() <= 12
        {
            return Some(k + 1);
        }
        if !board
            || !self.spaced(k)
            || !first.capitalized()
            || !matches!(first.kind, TokenKind::Syllable | TokenKind::Word)
            || self.h.kinds_at(k) & (bit(EntryKind::Org) | bit(EntryKind::Name)) != 0
            || self.person_name_at(k)
            || self.rank_at(k)
        {
            return None;
        }
        let run = self.capitalized_run(k, 7);
        // `HĐQT Hóa chất Đức Giang,`, `HĐQT Cơ điện lạnh REE,`: a name in sentence case, its
        // words in lower case then capitals again, to the end of the clause or the holder's
        // name (not a verb's phrase: `HĐQT Hòa Phát cho biết`).
        let m = self.lower_words(run, run + 3);
        let acronym = |x: &Unit<'_>| {
            matches!(x.kind, TokenKind::Abbreviation | TokenKind::Code) && x.all_caps()
        };
        if m > run
            && self.spaced(m)
            && self.unit(m).is_some_and(|x| {
                (matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && x.capitalized())
                    || acronym(x)
            })
            // (A name's two words at the clause's end when the holder is named before it, in
            // apposition: `Bà Nguyễn Thúy Hồng, Chủ tịch Hội đồng quản trị Hệ thống giáo dục
            // Hoàng Gia,`.)
            && (!self.person_name_at(m)
                || (self.capitalized_run(m, 4) == m + 2
                    && self.unit(m + 2).is_some_and(|x| matches!(x.text, "," | "." | ";" | ")"))
                    && self.holder_named_around(k, m + 2)))
        {
            let end = if self.unit(m).is_some_and(acronym) {
                m + 1
            } else {
                self.cut_before_name(m, self.capitalized_run(m, 4))
            };
            let closed = self
                .unit(end)
                .is_none_or(|x| matches!(x.text, "," | "." | ";" | ")" | "(") || x.is_dash())
                || self.person_name_at(end);
            if end > m && closed {
                return Some(end);
            }
        }
        Some(self.cut_before_name(k, run)).filter(|&e| e > k)
    }

    /// Whether the body from `j` to `k` is one listed abbreviation alone that stands for a
    /// whole body's name (`ASEAN`, `NATO`: its expansion capitalized, of three words or more;
    /// not a kind, `ĐH`, `đại học`): a name after it is no part of it.
    fn lone_abbreviation(&self, k: usize, j: usize) -> bool {
        k == j + 1
            && self
                .unit(j)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation)
            && self.h.at(j).iter().any(|h| {
                let x = self.note(h.note);
                h.kind == EntryKind::Abbreviation
                    && x.starts_with(|c: char| c.is_uppercase())
                    && x.split_whitespace().nth(2).is_some()
            })
    }

    /// The end of a body's own name at `k`, after an abbreviation that tells what kind of body
    /// it is but not which (`Ban QLDA Thăng Long`, `Trường ĐH Luật`, `Viện KH&KT Hạt nhân`):
    /// a capitalized word not in capitals and the words of the name after it
    /// ([`Rules::proper_name`]), not a person's name (no surname). Not after an abbreviation
    /// that is a body or a place of its own (`UBND`, `TP.HCM`).
    fn abbreviated_name(&self, k: usize) -> Option<usize> {
        let after = k > 0
            && self.unit(k - 1).is_some_and(|x| {
                x.kind == TokenKind::Abbreviation
                    && !self.h.at(k - 1).iter().any(|h| {
                        matches!(h.kind, EntryKind::Org | EntryKind::Level | EntryKind::Place)
                    })
            });
        let name = self
            .unit(k)
            .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps());
        // (A surname then a word in lower case is no person's name: `Công ty TNHH MTV Cao su
        // Phú Riềng`, rubber.)
        // (Not after a term's numeral: `khóa VII Lưu trữ`, an archived page's link.)
        let lower_next = self.spaced(k + 1)
            && self
                .unit(k + 1)
                .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
            && !self.unit(k - 1).is_some_and(Unit::regnal_letters);
        if !(after && name)
            || (self.h.is(k, EntryKind::Surname) && !lower_next)
            || self.person_name_at(k)
        {
            return None;
        }
        let e = self.proper_name(k).filter(|&e| e > k)?;
        // (A listed name cut by the run's length is read whole: `Chương trình công nghệ thông
        // tin ngành Xây dựng`.)
        Some(
            self.h
                .longest(e - 1, EntryKind::Name)
                .map_or(e, |(ne, _)| ne.max(e)),
        )
    }

    /// Whether unit `k`, in a line in capitals, is an unlisted foreign word rather than an
    /// abbreviation (`VIVIAN BALAKRISHNAN` after `BỘ TRƯỞNG NGOẠI GIAO SINGAPORE`): five
    /// letters or more, vowels among them as in a word (`THADS`, `PVP` have few).
    pub(crate) fn foreign_in_capitals(&self, k: usize) -> bool {
        // Unlisted, in ASCII capitals, with `n` vowels at least.
        let word = |m: usize, n: usize| {
            self.unit(m).is_some_and(|x| {
                x.kind == TokenKind::Abbreviation
                    && self.h.kinds_at(m) == 0
                    && x.text.bytes().all(|b| b.is_ascii_uppercase())
                    && x.text.bytes().filter(|b| b"AEIOUY".contains(b)).count() >= n
            })
        };
        let Some(x) = self.unit(k) else { return false };
        let long = x.text.len() >= 5 && word(k, x.text.len().div_ceil(3));
        // (Or two such words in a row: `MARC KNAPPER`.)
        let pair = x.text.len() >= 3 && word(k, 1) && self.spaced(k + 1) && word(k + 1, 1);
        (long || pair) && self.loud()
    }

    /// `và` and the second name of one body (`Ủy ban Kinh tế và Ngân sách`, `Bộ Văn hóa,
    /// Thể thao và Du lịch`): a listed or capitalized name that is not a body, a role, a
    /// level, a place or a person of its own.
    fn and_name(&self, k: usize, j: usize) -> Option<usize> {
        if k <= j || self.canon(k) != Some("và") || !self.spaced(k) || !self.spaced(k + 1) {
            return None;
        }
        // `Văn phòng Luật sư Hồng Bách và cộng sự`, `Công ty Luật Minh Đức và Cộng sự`: a law
        // firm's name, its partners at the end (not `Bệnh viện K và cộng sự`, a team's paper).
        if self.folded_is(k + 1, "cong")
            && self.folded_is(k + 2, "su")
            && self.spaced(k + 2)
            && (j..k).any(|m| self.folded_is(m, "luat"))
        {
            return Some(k + 3);
        }
        let other = bit(EntryKind::Org)
            | bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Level)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Place)
            | bit(EntryKind::Modifier)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Duty);
        // (Two districts of one body: `Huyện ủy Trấn Yên và Than Uyên`; not two countries'
        // ministers, `Ngoại trưởng Mỹ và Nhật Bản`.)
        let district = |s: usize, end: Option<usize>| {
            self.h.at(s).iter().rev().find_map(|h| {
                (h.kind == EntryKind::Place
                    && end.is_none_or(|e| h.end == e)
                    && self.note(h.note).starts_with("district"))
                .then_some(h.end)
            })
        };
        if self.unit(k + 1).is_some_and(Unit::capitalized)
            && (k.saturating_sub(4)..k).any(|s| district(s, Some(k)).is_some())
            && !self.person_name_at(k + 1)
            && let Some(e) = district(k + 1, None)
        {
            return Some(e);
        }
        // (`Xã hội` is society, no level: `Viện Khoa học Lao động và Xã hội`.)
        // (`Khoa học` is science, not the faculty `Khoa`: `Viện Việt Nam học và Khoa học phát
        // triển`.)
        let name_over_head = self.folded_is(k + 1, "khoa") && self.folded_words_at(k + 2, &["hoc"]);
        if !self.unit(k + 1).is_some_and(Unit::capitalized)
            || self.person_name_at(k + 1)
            || (self.ends_name_kinds(k + 1) & other != 0 && !name_over_head)
        {
            return None;
        }
        self.h
            .longest(k + 1, EntryKind::Name)
            .map(|(e, _)| e)
            .or_else(|| self.proper_name(k + 1))
    }

    /// A name joined by a dash (`Á-Phi`, `Việt Nam-PVC`, `Chính trị - Hành chính Quốc gia`,
    /// `Âu - Mỹ`): the dash and a capitalized run after it that is not a person's name.
    fn dash_joined(&self, k: usize) -> Option<usize> {
        let d = self.unit(k)?;
        // (And an ampersand: `Trường PTDTBT TH&THCS Chiềng Cơi`, `Công ty TNHH Xây dựng &
        // Thương mại`.)
        if !matches!(d.text, "-" | "–" | "&") {
            return None;
        }
        let next = self.unit(k + 1)?;
        // Touching on both sides, or spaced on both sides.
        let touching = d.gap == Gap::None && next.gap == Gap::None;
        let spaced = d.gap == Gap::Space && next.gap == Gap::Space;
        if !(touching || spaced) {
            return None;
        }
        // (A listed place that is the whole run of capitals after the dash, though it starts
        // with a surname: `châu Á - Thái Bình Dương`.)
        // (Or one that starts a longer name: `Chính sách - Pháp luật`.)
        if let Some((pe, _)) = self.h.longest(k + 1, EntryKind::Place)
            && self.capitalized_run(k + 1, 5) == pe
        {
            // (A word or two more, not the clause after a country: `Hội hữu nghị Việt Nam -
            // Nhật Bản thúc đẩy doanh nghiệp đầu tư`.)
            return Some(
                self.proper_name(k + 1)
                    .filter(|&n| n <= pe + 2)
                    .map_or(pe, |n| n.max(pe)),
            );
        }
        // (Nor a form of address or a title before a name: `… – Hoàng hậu Masako`.)
        if self.person_name_at(k + 1)
            || self.h.kinds_at(k + 1) & bit(EntryKind::Honorific) != 0
            || self.rank_at(k + 1)
            || self.korean_name(k + 1).is_some()
        {
            return None;
        }
        if matches!(next.kind, TokenKind::Abbreviation | TokenKind::Word) && next.all_caps() {
            return Some(k + 2);
        }
        // (A foreign word alone after a dash, closing the name: `Trường THPT chuyên Hà Nội -
        // Amsterdam,`, a school named after two cities.)
        // (Or a group's brand, then the clause's verb or the holder: `Công ty Than Hà Tu -
        // Vinacomin cho biết`, `… - Vinacomin Trần Văn Thắng`.)
        // (Touching too: `VNPT-Net,`.)
        if next.kind == TokenKind::Word
            && next.capitalized()
            && self.unit(k + 2).is_none_or(|x| {
                matches!(x.text, "," | ";" | "." | ")" | "(")
                    || (self.spaced(k + 2)
                        && (x.key.is_some() && !x.capitalized() || self.person_name_at(k + 2)))
            })
        {
            return Some(k + 2);
        }
        // (Nor a title chained by a dash: `Phó Chủ tịch UBND TP. Đà Nẵng - Phó trưởng ban`.)
        // (A prefix only before its role: `Kế hoạch - Tổng hợp` is a field.)
        if self.h.longest(k + 1, EntryKind::Role).is_some()
            || self
                .h
                .longest(k + 1, EntryKind::Prefix)
                .is_some_and(|(pe, _)| self.h.longest(pe, EntryKind::Role).is_some())
        {
            return None;
        }
        // (A place that starts a longer name is that name: `Chính sách - Pháp luật`, law, not
        // France.)
        let name = self.proper_name(k + 1);
        match self.h.longest(k + 1, EntryKind::Place) {
            // (Not past the place into the holder's foreign name: `Savills châu Á - Thái Bình
            // Dương Mauro Gasparotti`.)
            Some((e, _)) if self.spaced(e) && self.foreign_name_run(e) => Some(e),
            Some((e, _)) => Some(name.map_or(e, |n| n.max(e))),
            None => name,
        }
    }

    /// Whether unit `k` is a foreign word that ends a company's name: capitalized, after a
    /// word of the name that is not a place (`Mỹ Mattis` is a person after a country), and
    /// not followed by another foreign word (`Donald Trump`).
    fn brand(&self, k: usize) -> bool {
        // (Not a foreign name's word before its particle: `Tarcísio de Freitas`.)
        if self.name_particle(k + 1) && self.spaced(k + 1) {
            return false;
        }
        let word = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
        };
        // (Or several, one of them a word only firms bear: `Công ty TNHH Hanseong Electronics
        // Vina dẫn đầu`, no person's name before the verb.)
        let firm_run = || {
            let mut m = k;
            while m < k + 4 && (m == k || self.spaced(m)) && word(m) {
                m += 1;
            }
            (k..m).any(|j| self.firm_word(j))
        };
        // (Or a syllable no list knows before a word only firms bear: `Quỹ Đầu tư Mạo hiểm Do
        // Ventures`.)
        let syllable_lead = || {
            self.unit(k)
                .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(k) == 0
                && self.spaced(k + 1)
                && word(k + 1)
                && self.firm_word(k + 1)
        };
        k > 0
            && ((word(k) && (!(self.spaced(k + 1) && word(k + 1)) || firm_run()))
                || syllable_lead())
            && self.korean_name(k).is_none()
            && !(k.saturating_sub(4)..k).any(|s| {
                self.h.at(s).iter().any(|h| {
                    h.end == k
                        && (h.kind == EntryKind::Place
                            // (Nor after a body complete in itself: a person's name, `Tổng
                            // thư ký Liên hợp quốc Guterres`.)
                            || (h.kind == EntryKind::Org && self.note(h.note) == "none"))
                })
            })
    }

    /// Whether unit `j` is a word only firms bear (`Airlines`, `Electronics`; see
    /// [`FIRM_WORDS`]).
    pub(super) fn firm_word(&self, j: usize) -> bool {
        // (Compared in place, no lower-case copy: this is asked of every word of a name;
        // only the words of the same first letter, an ASCII one.)
        static BY_LETTER: LazyLock<[Vec<&'static str>; 26]> = LazyLock::new(|| {
            let mut by: [Vec<&'static str>; 26] = Default::default();
            for w in FIRM_WORDS {
                by[usize::from(w.as_bytes()[0] - b'a')].push(w);
            }
            by
        });
        self.unit(j).is_some_and(|x| {
            let b = x.text.as_bytes();
            (2..=13).contains(&b.len())
                && b[0].is_ascii_alphabetic()
                && BY_LETTER[usize::from(b[0].to_ascii_lowercase() - b'a')]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(x.text))
        })
    }

    /// The end of a foreign brand's company in this country at `k`: a foreign word no list
    /// knows (maybe two joined by a hyphen, `Mercedes-Benz`), up to three capitalized words,
    /// then `Việt Nam` (`Hyundai Thành Công Việt Nam`, `Samsung Pay Việt Nam`).
    fn brand_in_vietnam(&self, k: usize) -> Option<usize> {
        let word = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                && self.h.kinds_at(m) & BRAND_LISTED == 0
        };
        // (Joined by a hyphen to a foreign word, in lower case too, whatever the first:
        // `Dai-ichi Life Việt Nam`, whose `Dai` is also a syllable.)
        let joined = self
            .unit(k + 1)
            .is_some_and(|x| x.text == "-" && x.gap == Gap::None)
            && self.unit(k + 2).is_some_and(|x| {
                x.gap == Gap::None
                    && x.kind == TokenKind::Word
                    && self.h.kinds_at(k + 2) & BRAND_LISTED == 0
            });
        let first = word(k)
            || (joined
                && self
                    .unit(k)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && x.capitalized()));
        if !self.spaced(k) || !first {
            return None;
        }
        let mut m = k + 1;
        if joined {
            m += 2;
        }
        for _ in 0..4 {
            if !self.spaced(m) {
                return None;
            }
            if self.folded_is(m, "viet") && self.spaced(m + 1) && self.folded_is(m + 1, "nam") {
                return Some(m + 2);
            }
            if !self.unit(m).is_some_and(Unit::capitalized) {
                return None;
            }
            m += 1;
        }
        None
    }

    /// The end of a brand's name joined by a hyphen at `k`, the parts touching it, one at
    /// least a word that is no syllable or written with a capital inside (`Co-opBank`,
    /// `K-Food`), and up to two foreign words after it that no list knows (`K-Food Vina`).
    fn hyphen_brand(&self, k: usize) -> Option<usize> {
        let part = |m: usize| {
            self.unit(m)
                .filter(|x| matches!(x.kind, TokenKind::Word | TokenKind::Syllable))
        };
        let a = part(k).filter(|x| x.capitalized())?;
        // (Or an ampersand: `Posco E&C`.)
        self.unit(k + 1)
            .filter(|x| matches!(x.text, "-" | "&") && x.gap == Gap::None)?;
        let b = part(k + 2).filter(|x| x.gap == Gap::None)?;
        let foreign =
            |x: &Unit| x.kind == TokenKind::Word || crate::extract::person::inner_capital(x.text);
        // (Not a Korean given name, the holder's: `Lee Min-ho`; but the words of one before
        // a word only firms bear are a brand: `Dong-hang Lottery`.)
        if !(foreign(a) || foreign(b) || (self.spaced(k + 3) && self.firm_word(k + 3)))
            || self.h.kinds_at(k) & BRAND_LISTED != 0
        {
            return None;
        }
        // (Nor one after the family name: `Tập đoàn SK Chey Tae-won`.)
        if k > 0 && self.korean_name(k - 1).is_some() {
            return None;
        }
        // (Nor a Western given name of two, each capitalized: `Nhà vua Willem-Alexander`,
        // `Jean-Yves`; three parts are a name's, `Quỹ Friedrich-Ebert-Stiftung`.)
        let third = self
            .unit(k + 3)
            .is_some_and(|x| x.text == "-" && x.gap == Gap::None);
        if a.kind == TokenKind::Word
            && a.text.len() > 1
            && b.kind == TokenKind::Word
            && b.capitalized()
            && !crate::extract::person::inner_capital(b.text)
            && !third
        {
            return None;
        }
        let mut e = k + 3;
        if third && part(k + 4).is_some_and(|x| x.gap == Gap::None) {
            e = k + 5;
        }
        while e < k + 5
            && self.spaced(e)
            && self
                .unit(e)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
            && self.h.kinds_at(e) & BRAND_LISTED == 0
            && !self.foreign_given_at(e)
        {
            e += 1;
        }
        Some(e)
    }

    /// The end of a company's name at `k` in one capitalized foreign word that no list
    /// knows, perhaps with an unlisted abbreviation after it (`Vietcombank`, `Petrovietnam`,
    /// `Viettel`, `Becamex IDC`), when no capitalized word follows (not `Vietjet Đinh Việt
    /// Phương`, read by [`Rules::name_after_role`]).
    fn lone_brand(&self, k: usize) -> Option<usize> {
        if self.spaced(k)
            && let Some(e) = self.hyphen_brand(k)
        {
            return Some(e);
        }
        let first = self.spaced(k)
            && self
                .unit(k)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
            && self.h.kinds_at(k) & BRAND_LISTED == 0;
        if !first {
            // (A foreign article that is also a syllable, then foreign words up to one only
            // firms bear: `La Poste Groupe`.)
            if self.spaced(k)
                && self.spaced(k + 1)
                && self.unit(k).is_some_and(|x| {
                    x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps()
                })
                && self
                    .unit(k + 1)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                && let Some(f) = (k + 1..self.capitalized_run(k, 4)).find(|&m| self.firm_word(m))
                && (k + 1..f).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Word))
            {
                return Some(f + 1);
            }
            return None;
        }
        let e = k + 1 + usize::from(self.brand_initials(k + 1));
        // (Or with a second part joined by a hyphen or an ampersand: `Posco E&C`, `Daewoo
        // E&C`.)
        let e = if e == k + 1 && self.spaced(e) {
            self.hyphen_brand(e).unwrap_or(e)
        } else {
            e
        };
        // (Not into its holder's foreign name of two words before the verb: `Chủ tịch
        // ExxonMobil Darren Woods khẳng định`.)
        if e == k + 1 && self.spaced(e) && self.holder_after_lone_brand(e) {
            return Some(e);
        }
        // (A brand written with a capital inside, and the foreign words of its name after it:
        // `InterContinental Hanoi Westlake`, `VinFast`.)
        // (Or initials fused with a word, a foreign word: `JPMorgan Chase`, `TPBank`.)
        if e == k + 1
            && self.unit(k).is_some_and(|x| {
                crate::extract::person::inner_capital(x.text)
                    || (x.kind == TokenKind::Word
                        && x.text.is_ascii()
                        && x.text.len() >= 5
                        && x.text.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
                        && x.text.bytes().any(|b| b.is_ascii_lowercase()))
            })
        {
            // (Or to a word only firms bear, its place's name in letters without marks
            // between: `InterContinental Phu Quoc Long Beach Resort`.)
            let r = self.capitalized_run(e, 6);
            if let Some(f) = (e..r).rev().find(|&m| self.firm_word(m))
                && (e..f).all(|m| self.unit(m).is_some_and(|x| x.text.is_ascii()))
            {
                return Some(f + 1);
            }
            // (Or its holder's foreign name of two words, then the clause in lower case:
            // `Chủ tịch EuroCham Gabor Fluit cho biết`.)
            let word = |m: usize| {
                self.spaced(m)
                    && self.unit(m).is_some_and(|x| {
                        x.kind == TokenKind::Word && x.capitalized() && !x.all_caps()
                    })
            };
            if self.foreign_given_at(e)
                && word(e + 1)
                && self
                    .unit(e + 2)
                    .is_some_and(|x| (x.key.is_some() && !x.capitalized()) || x.text == ",")
                && (e..e + 2).all(|m| {
                    self.unit(m)
                        .is_some_and(|x| !crate::extract::person::inner_capital(x.text))
                })
            {
                return Some(e);
            }
            let mut m = e;
            while m < k + 4
                && self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                && self.h.kinds_at(m) & BRAND_LISTED == 0
            {
                m += 1;
            }
            return Some(m);
        }
        // (Or a listed foreign given name right after a brand of one word, then one more word
        // and the clause in lower case: the holder's, `Tập đoàn Apple Tim Cook đã …`.)
        if e == k + 1
            && self.spaced(e)
            && self.foreign_given_at(e)
            && self.spaced(e + 1)
            && self
                .unit(e + 1)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
            && self
                .unit(e + 2)
                .is_some_and(|x| (x.key.is_some() && !x.capitalized()) || x.text == ",")
            && !self.firm_word(e + 1)
        {
            return Some(e);
        }
        // (Or foreign words after it up to the last one only firms bear, the holder's name
        // maybe after them: `Viettel High Tech`.)
        let r = self.capitalized_run(e, 3);
        if r > e
            && self.spaced(e)
            && let Some(f) = (e..r).rev().find(|&m| self.firm_word(m))
            && (e..=f).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Word))
        {
            return Some(f + 1);
        }
        // (Or its holder's foreign name of two words that are no syllables right after it,
        // then the clause goes on in lower case: `Giám đốc điều hành Intel Pat Gelsinger
        // từng …`, `CEO Tether Paolo Ardoino cho biết`.)
        let holder = || {
            let cap = |m: usize| {
                self.spaced(m)
                    && self.unit(m).is_some_and(|x| {
                        x.kind == TokenKind::Word && x.capitalized() && !x.all_caps()
                    })
                    && self.h.kinds_at(m) & BRAND_LISTED == 0
            };
            cap(e)
                && cap(e + 1)
                && self
                    .unit(e + 2)
                    .is_some_and(|x| (x.key.is_some() && !x.capitalized()) || x.text == ",")
        };
        // (Or a brand of two such words and its holder's of two: `Chủ tịch Coal India
        // Pramod Agrawal cho biết`, `Giám đốc điều hành Anglo American Duncan Wanblad,`.)
        let pair = || {
            e == k + 1
                && self.spaced(e)
                && self
                    .unit(e)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(e) & BRAND_LISTED == 0
                && {
                    let shifted = e + 1;
                    (shifted..shifted + 2).all(|m| {
                        self.spaced(m)
                            && self.unit(m).is_some_and(|x| {
                                x.kind == TokenKind::Word && x.capitalized() && !x.all_caps()
                            })
                            && self.h.kinds_at(m) & BRAND_LISTED == 0
                    }) && self
                        .unit(shifted + 2)
                        .is_some_and(|x| (x.key.is_some() && !x.capitalized()) || x.text == ",")
                }
        };
        if pair() {
            return Some(e + 1);
        }
        // (Or a Korean holder's name after one or two such words: `Chủ tịch Lotte Shin Dong
        // Bin`, `Chủ tịch Hana Micron Choi Chang Ho cho biết`.)
        if e == k + 1 && self.spaced(e) {
            if self.korean_name(e).is_some() {
                return Some(e);
            }
            if self
                .unit(e)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(e) & BRAND_LISTED == 0
                && self.spaced(e + 1)
                && self.korean_name(e + 1).is_some()
            {
                return Some(e + 1);
            }
        }
        (!(self.spaced(e) && self.unit(e).is_some_and(Unit::capitalized)) || holder()).then_some(e)
    }

    /// Whether unit `k` is a brand's initials after its name (`IDC` in `Becamex IDC`): two to
    /// five capital letters that no list knows.
    fn brand_initials(&self, k: usize) -> bool {
        self.spaced(k)
            && self.unit(k).is_some_and(|x| {
                (2..=5).contains(&x.text.len()) && x.text.bytes().all(|b| b.is_ascii_uppercase())
            })
            && self.h.kinds_at(k) & (BRAND_LISTED | bit(EntryKind::Abbreviation)) == 0
    }

    /// The end of a company's branch at `k`: its name in one foreign word no list knows, then
    /// a listed place (`Viettel Nghệ An`, `VNPT Đồng Tháp`), then the clause's end, a word in
    /// lower case or the holder's name (`Giám đốc Viettel Nghệ An Hồ Sĩ Nguyên cho biết`).
    fn brand_branch(&self, k: usize) -> Option<usize> {
        let x = self.unit(k)?;
        if !(self.spaced(k)
            && matches!(x.kind, TokenKind::Word | TokenKind::Abbreviation)
            && x.capitalized()
            && self.h.kinds_at(k) & BRAND_LISTED == 0
            && self.spaced(k + 1))
        {
            return None;
        }
        // (Or its branch by name: `Agribank Chi nhánh tỉnh Thanh Hóa`, `Vietcombank Chi nhánh
        // Quảng Bình`.)
        let branch = || {
            if !(self.folded_is(k + 1, "chi") && self.folded_is(k + 2, "nhanh")) {
                return None;
            }
            let b = k + 3;
            if !self.spaced(b) {
                return None;
            }
            // (Or a name no list knows, to the clause's end: `Chi nhánh Nam Sài Gòn,`.)
            self.level_place(b)
                .or_else(|| self.h.longest(b, EntryKind::Place).map(|(e, _)| e))
                .or_else(|| self.place_word_name(b))
        };
        let e = self
            .h
            .longest(k + 1, EntryKind::Place)
            .map(|(e, _)| e)
            .or_else(branch)?;
        let closed = |e: usize| {
            self.unit(e).is_none_or(|y| {
                !self.spaced(e)
                    || !y.capitalized()
                    || (self.person_name_at(e) && self.capitalized_run(e, 5) >= e + 2)
                    // (Or a foreign one: `Savills châu Á - Thái Bình Dương Mauro
                    // Gasparotti`.)
                    || self.foreign_name_run(e)
            })
        };
        if closed(e) {
            return Some(e);
        }
        // (A branch's name that a shorter listed place starts, to the clause's end:
        // `Agribank Chi nhánh Nam Hà Nội,`, not `Nam Hà`.)
        let run = self.capitalized_run(e, 2);
        (e > k + 3
            && run > e
            && self
                .unit(run)
                .is_some_and(|y| matches!(y.text, "," | ";" | "." | ")")))
        .then_some(run)
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
    pub(super) fn level_place(&self, k: usize) -> Option<usize> {
        let (e, n) = self.h.longest(k, EntryKind::Level)?;
        // `nhà giàn DK1/10`: an offshore platform, by its code; `tàu CSB 8003`, `tàu 016
        // Quang Trung`: a ship, by its code or number and the name it bears.
        if self.note(n).contains("by its code") && self.spaced(e) {
            let digits = |m: usize| {
                self.spaced(m)
                    && self.unit(m).is_some_and(|x| {
                        x.kind == TokenKind::Number && x.text.bytes().all(|b| b.is_ascii_digit())
                    })
            };
            let code = match self.unit(e) {
                Some(x) if x.kind == TokenKind::Code && x.capitalized() && x.text.len() <= 10 => {
                    Some(e + 1)
                }
                // (Not a fishing boat's registration, `BĐ 96379 TS`: a boat, no office.)
                Some(x)
                    if x.kind == TokenKind::Abbreviation
                        && digits(e + 1)
                        && self.unit(e + 2).is_none_or(|y| y.text != "TS") =>
                {
                    Some(e + 2)
                }
                _ if digits(e) => Some(e + 1),
                // (A navy's prefix and the ship's name: `tàu HMAS Anzac`, `tàu USS Ronald
                // Reagan`, `tàu JS Ise`.)
                Some(x)
                    if matches!(
                        x.text,
                        "HMAS"
                            | "HMS"
                            | "HMCS"
                            | "HMNZS"
                            | "USS"
                            | "USNS"
                            | "USCGC"
                            | "INS"
                            | "JS"
                            | "KRI"
                            | "RSS"
                            | "HTMS"
                            | "BRP"
                            | "ROKS"
                            | "FS"
                            | "ITS"
                            | "TCG"
                            | "PNS"
                            | "KD"
                            | "ARM"
                            | "SPS"
                            | "ESPS"
                            | "HNLMS"
                            | "FGS"
                    ) && self.spaced(e + 1)
                        && self.unit(e + 1).is_some_and(|y| {
                            matches!(y.kind, TokenKind::Syllable | TokenKind::Word)
                                && y.capitalized()
                        }) =>
                {
                    return Some(self.capitalized_run(e + 1, 3));
                }
                // (A name, then the ship's number: `tàu Trường Sa 571`.)
                Some(x) if x.kind == TokenKind::Syllable && x.capitalized() => {
                    let r = self.capitalized_run(e, 3);
                    (digits(r) && !self.person_name_at(e)).then_some(r + 1)
                }
                _ => None,
            };
            // (No code, no platform or ship of its own: `thuyền trưởng tàu cá`.)
            let c = code?;
            // (The ship's name, syllables to the clause's end, no person's.)
            let r = self.capitalized_run(c, 4);
            let named = r > c
                && self.spaced(c)
                && !self.person_name_at(c)
                && (c..r).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable))
                && self
                    .unit(r)
                    .is_none_or(|x| x.kind == TokenKind::Punctuation);
            return Some(if named { r } else { c });
        }
        // `quận 12`, `Phường 3`: city districts and wards are numbered; so are villages and
        // residential groups (`ấp 3`, `thôn 4`, `tổ dân phố 5`, `khu phố 2`).
        let village = matches!(
            self.canon(k),
            Some("thôn" | "ấp" | "xóm" | "bản" | "tổ" | "khu" | "khóm")
        ) && self.canon(k + 1) != Some("vực");
        // (The level as written, folded, without the dot of its abbreviation: `TX.`, `Q.`.)
        let level = self.folded(k)?;
        let level = level.strip_suffix('.').unwrap_or(&level);
        if (e == k + 1 && matches!(level, "quan" | "phuong" | "q" | "p") || village)
            && self.spaced(e)
            && self.unit(e).is_some_and(|x| {
                x.kind == TokenKind::Number
                    && x.text.len() <= 2 + usize::from(village)
                    && x.text.bytes().all(|b| b.is_ascii_digit())
            })
        {
            return Some(e + 1);
        }
        // `TAND khu vực 1 - TP.HCM`, `VKSND khu vực 3 - Cần Thơ`: the courts and procuracies
        // of 2025 are numbered by area within a province, named after a dash.
        if e == k + 2
            && level == "khu"
            && self.spaced(e)
            && self.unit(e).is_some_and(|x| {
                (x.kind == TokenKind::Number
                    && x.text.len() <= 2
                    && x.text.bytes().all(|b| b.is_ascii_digit()))
                    || x.regnal_letters()
            })
        {
            let n = e + 1;
            let province = self
                .unit(n)
                .filter(|d| d.is_dash() && d.gap == Gap::Space && self.spaced(n + 1))
                .and_then(|_| {
                    self.h
                        .longest(n + 1, EntryKind::Place)
                        .map(|(p, _)| p)
                        .or_else(|| self.place(n + 1, false))
                        .or_else(|| {
                            self.h
                                .longest(n + 1, EntryKind::Level)
                                .and_then(|_| self.level_place(n + 1))
                        })
                });
            return Some(province.unwrap_or(n));
        }
        // (A Korean province or city after its level: `tỉnh Gyeongsangnam-do`.)
        if self.spaced(e)
            && let Some(re) = self.korean_region(e)
        {
            return Some(re);
        }
        // (`bang` of `Liên bang` is no level: `Hội đồng Liên bang Nga`.)
        // (And `nước` right after an office, as history names a state of the past:
        // `Thừa tướng nước Thục`, `tướng nước Ngụy`; not `xây dựng đất nước`.)
        let takes = (takes_place(level)
            && !(level == "bang" && k > 0 && self.canon(k - 1) == Some("liên")))
            || (level == "nuoc"
                && self
                    .h
                    .ends_at(k, EntryKind::Role, 4)
                    .or_else(|| self.h.ends_at(k, EntryKind::Rank, 3))
                    .is_some());
        // `UBND tỉnh Trần Phong`: every province is listed, so an unlisted name of two words
        // after `tỉnh` that starts with a surname is the holder's, not the province's. (So is
        // every city named after a person, `thành phố Hồ Chí Minh`: an unlisted name of three
        // words after `thành phố`, `Trưởng ban … của thành phố Trịnh Minh Quân`.)
        // (A Korean name after the level is the holder's: `Hội đồng thành phố Ahn Sung-min`.)
        if self.spaced(e) && self.korean_name(e).is_some() {
            return Some(e);
        }
        let holder_words = match level {
            "tinh" | "t" => 2,
            "thanh" | "tp" => 3,
            _ => 0,
        };
        // (After `tỉnh`, a name of three or four words too, whose surname is a clan name of
        // one or two words: `UBND tỉnh Ksor Phước Hà`, `UBND tỉnh Rah Lan Chung`.)
        let holder_run = |words: usize| {
            self.capitalized_run(e, words + 1) == e + words
                && !self.unit(e + words).is_some_and(Unit::capitalized)
        };
        if holder_words > 0
            && self.spaced(e)
            && self.h.longest(e, EntryKind::Place).is_none()
            && self
                .h
                .longest(e, EntryKind::Surname)
                .is_some_and(|(se, _)| {
                    // (Five for an Ê Đê name after `Y` or `H`: `HĐND tỉnh Y Thanh Hà Niê
                    // Kđăm`.)
                    let most = if self.text_at_is(e, "Y") || self.text_at_is(e, "H") {
                        5
                    } else {
                        4
                    };
                    holder_run(holder_words)
                        || (holder_words == 2
                            && (3..=most).any(|w| holder_run(w) && se < e + w)
                            && self.person_name_at(e))
                })
        {
            return Some(e);
        }
        // `quận Lê Chân`, `huyện Lê Thủy`: two capitalized words right after a level word
        // name the place, even when they could be a person's name.
        if takes
            && self.spaced(e)
            && self.h.longest(e, EntryKind::Place).is_none()
            && self.capitalized_run(e, 3) == e + 2
            && !self.unit(e + 2).is_some_and(Unit::capitalized)
        {
            return Some(self.place_number(e + 2));
        }
        // `UBND phường Hoàng Văn Thụ`, `Đảng ủy phường Võ Thị Sáu`: a ward named after a
        // person, the level after a body, the three words of a name and nothing
        // capitalized after them (a province's name is listed: `tỉnh Lộc Văn Bình` is the
        // province's official and his name; `chủ tịch xã Bùi Văn Luyến`, the level right
        // after the role, names the chairman).
        // (Not where the sentence named that ward before: `Bí thư Đảng ủy phường Sài Gòn …,
        // Chủ tịch UBND phường Nguyễn Văn Lâm` is its chairman.)
        // (A commune's too, and a town's, when the address goes on to a higher level: `Hội
        // Nông dân xã Hoàng Văn Thụ, huyện Văn Lãng`; no holder's name is followed so.)
        // (Or in brackets: `xã Hoàng Văn Thụ (huyện Văn Lãng)`; a district's too, before its
        // province: `UBND huyện Trần Văn Thời, tỉnh Cà Mau`.)
        let address_on = || {
            (self.text_at_is(e + 3, ",") || self.text_at_is(e + 3, "("))
                && (self.spaced(e + 4) || self.text_at_is(e + 3, "("))
                && self.folded(e + 4).is_some_and(|w| {
                    matches!(
                        w.strip_suffix('.').unwrap_or(&w),
                        "huyen" | "quan" | "thanh" | "tp" | "tinh" | "thi"
                    )
                })
                && self.h.longest(e + 4, EntryKind::Level).is_some()
                // (Or, after a district, the province alone in brackets: `huyện Trần Văn Thời
                // (Cà Mau)`.)
                || (matches!(level, "huyen" | "h" | "quan" | "q" | "thi" | "tx")
                    && self.text_at_is(e + 3, "(")
                    && self.h.at(e + 4).iter().any(|h| {
                        h.kind == EntryKind::Place
                            && matches!(self.note(h.note), "province" | "both")
                            && self.text_at_is(h.end, ")")
                    }))
        };
        // (Or any of them, when its holder is named after a comma, with a form of address:
        // `Chủ tịch UBND huyện Trần Văn Thời, ông Lê Văn Sơn, cho biết`.)
        // (Not a list of people: `Chủ tịch UBND huyện Nguyễn Văn Hùng, ông Lê Văn Sơn và bà
        // …`, `…, ông B, Phó Chủ tịch …`: the apposition closes on a word in lower case.)
        let holder_after = || {
            self.text_at_is(e + 3, ",")
                && self
                    .h
                    .longest(e + 4, EntryKind::Honorific)
                    .is_some_and(|(he, _)| {
                        let m = self.capitalized_run(he, 5);
                        let m = if self.text_at_is(m, ",") { m + 1 } else { m };
                        self.spaced(he)
                            && self.person_name_at(he)
                            && self.unit(m).is_some_and(|x| {
                                x.key.is_some() && !x.capitalized() && self.canon(m) != Some("và")
                            })
                    })
        };
        // (Or when the title stands in apposition to its holder's name before, closed by a
        // comma after the place: `Ông Khúc Văn Hòa, Chủ tịch UBND xã Hoàng Văn Thụ, bị kỷ
        // luật`.)
        let apposed =
            || {
                self.text_at_is(e + 3, ",")
                    && (k.saturating_sub(8)..k)
                        .rev()
                        .find(|&m| {
                            self.unit(m)
                                .is_some_and(|x| x.kind == TokenKind::Punctuation)
                        })
                        .is_some_and(|c| {
                            // (A name with its form of address: not `Chủ tịch UBND tỉnh A, Chủ
                            // tịch UBND huyện B, …`, a list of holders.)
                            self.text_at_is(c, ",")
                                && self.apposed_to_name(c + 1)
                                && (c.saturating_sub(6)..c).any(|m| {
                                    self.h.longest(m, EntryKind::Honorific).is_some_and(
                                        |(he, _)| he < c && self.capitalized_run(he, 5) == c,
                                    )
                                })
                        })
            };
        // (Or when the title is given, by `giữ chức` or `làm`, to someone the sentence named
        // before with a form of address: `Ông Hoàng Minh Tuấn, …, được điều động giữ chức Bí
        // thư Đảng ủy xã Hoàng Văn Thụ`.)
        let held = || {
            (k.saturating_sub(8)..k)
                .rev()
                .find(|&m| matches!(self.canon(m), Some("chức" | "làm")))
                .is_some_and(|m| {
                    self.h.kinds_at(m + 1)
                        & (bit(EntryKind::Role) | bit(EntryKind::Prefix) | bit(EntryKind::Modifier))
                        != 0
                        && (0..m).any(|x| {
                            self.h.kinds_at(x) & bit(EntryKind::Honorific) != 0
                                && self
                                    .h
                                    .longest(x, EntryKind::Honorific)
                                    .is_some_and(|(he, _)| he < m && self.person_name_at(he))
                        })
                })
        };
        if takes
            // (After a body, or a body's listed name: `Hội Nông dân phường …`.)
            && (self.h.ends_at(k, EntryKind::Org, 3).is_some()
                || self.h.ends_at(k, EntryKind::Name, 4).is_some()
                // (Or after a numbered residential group of the ward: `tổ trưởng tổ dân phố
                // số 2 phường Trần Hưng Đạo`, `khu phố 3 phường Lê Lợi`.)
                || (k >= 2
                    && self
                        .unit(k - 1)
                        .is_some_and(|x| x.kind == TokenKind::Number && x.text.len() <= 3)
                    && (self.canon(k - 2) == Some("số")
                        || self.h.ends_at(k - 1, EntryKind::Level, 3).is_some())))
            // (Nor a district's: few are named after a person, and a district's officials
            // are named after it in every report: `Trưởng Công an huyện Nguyễn Văn Hùng`.)
            // (Nor a town's: `UBND thị xã Nguyễn Văn Hùng` is its official.)
            // (Nor a rural commune's: few are named after a person, and since 2025 a commune's
            // officials are the ones news names most, `Chủ tịch UBND xã Đinh Văn Cường`;
            // wards of cities are, `phường Hoàng Văn Thụ`, `phường Võ Thị Sáu`.)
            && (!matches!(
                level,
                "tinh"
                    | "thanh"
                    | "tp"
                    | "huyen"
                    | "quan"
                    | "q"
                    | "h"
                    | "thi"
                    | "tx"
                    | "tt"
                    | "xa"
                    | "x"
                    // (Nor a special zone's: `UBND đặc khu Trần Minh Khoa`.)
                    | "dac"
            ) || (matches!(level, "xa" | "x" | "thi" | "tx" | "tt" | "huyen" | "h" | "quan" | "q")
                && address_on())
                // (`Bí thư Đảng ủy xã Trần Hưng Đạo khóa I`: the body's term after it.)
                || (!matches!(level, "tinh" | "thanh" | "tp") && self.body_term_at(e + 3))
                || (!matches!(level, "tinh" | "thanh" | "tp")
                    && (holder_after() || apposed() || held())))
            && !self.named_before(k)
            && self.spaced(e)
            && self.h.longest(e, EntryKind::Place).is_none()
            && self.person_name_at(e)
            && self.capitalized_run(e, 4) == e + 3
            && !self.unit(e + 3).is_some_and(Unit::capitalized)
        {
            return Some(self.place_number(e + 3));
        }
        // (A foreign place in one word, then its holder's foreign name in two: `Thống đốc
        // tỉnh Kanagawa Kuroiwa Yuji`, `Thị trưởng thành phố Sakai Nagafuji Hideki`.)
        let foreign = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
        };
        if foreign(e)
            && foreign(e + 1)
            && self.spaced(e + 2)
            && self.unit(e + 2).is_some_and(|x| x.capitalized() && !x.all_caps())
            && !self.unit(e + 3).is_some_and(Unit::capitalized)
            && self.h.longest(e, EntryKind::Place).is_none_or(|(pe, _)| pe == e + 1)
            && self.h.kinds_at(e + 1) == 0
            // (Not a Western place of several words: `bang New South Wales`.)
            && !self.unit(e).is_some_and(|x| {
                matches!(
                    x.text,
                    "New" | "North" | "South" | "East" | "West" | "San" | "Santa" | "Los" | "Las"
                        | "Saint" | "St" | "Port" | "Fort" | "Rio" | "Le" | "La" | "Great"
                        | "Upper" | "Lower"
                )
            })
        {
            return Some(e + 1);
        }
        Some(self.place_number(self.place(e, takes).unwrap_or(e)))
    }

    /// A state's official name: `Cộng hòa`, `Vương quốc` or `Liên bang`, the words of its
    /// regime (`Dân chủ Nhân dân`, `Xã hội chủ nghĩa`, `Hồi giáo`), then a listed country
    /// (`Cộng hòa Hàn Quốc`, `Vương quốc Campuchia`, `Cộng hòa Dân chủ Nhân dân Lào`).
    pub(super) fn state_name(&self, k: usize) -> Option<usize> {
        let word = |m: usize| (m == k || self.spaced(m)).then(|| self.canon(m)).flatten();
        let two = |m: usize, a: &str, b: &str| word(m) == Some(a) && word(m + 1) == Some(b);
        // `CHLB Đức`, `CHDCND Lào`, `CHND Trung Hoa`: the regime abbreviated.
        if self
            .unit(k)
            .is_some_and(|x| x.kind == TokenKind::Abbreviation)
            && self
                .folded(k)
                .is_some_and(|f| matches!(f.as_str(), "chlb" | "chdcnd" | "chnd" | "chxhcn"))
            && self.spaced(k + 1)
        {
            return self.h.longest(k + 1, EntryKind::Place).map(|(e, _)| e);
        }
        if !matches!(self.canon(k), Some("cộng" | "vương" | "liên"))
            || !self.unit(k).is_some_and(Unit::capitalized)
            || !(two(k, "cộng", "hòa") || two(k, "vương", "quốc") || two(k, "liên", "bang"))
        {
            return None;
        }
        let mut m = k + 2;
        for _ in 0..4 {
            if self.h.longest(m, EntryKind::Place).is_some() {
                break;
            }
            if two(m, "dân", "chủ")
                || two(m, "nhân", "dân")
                || two(m, "hồi", "giáo")
                || two(m, "liên", "bang")
            {
                m += 2;
            } else if two(m, "xã", "hội") && two(m + 2, "chủ", "nghĩa") {
                m += 4;
            } else {
                break;
            }
        }
        self.h
            .longest(m, EntryKind::Place)
            .filter(|_| self.spaced(m))
            .map(|(e, _)| e)
    }

    /// Whether the level word at `k` (`phường`) came before in the sentence with a name after
    /// it (`phường Sài Gòn`): said again alone, it is the same place.
    fn named_before(&self, k: usize) -> bool {
        let Some(level) = self.unit(k).and_then(|x| x.key) else {
            return false;
        };
        (0..k.saturating_sub(1)).any(|m| {
            self.unit(m).is_some_and(|x| x.key == Some(level))
                && self.spaced(m + 1)
                && self
                    .unit(m + 1)
                    .is_some_and(|x| x.capitalized() && x.key.is_some())
        })
    }

    /// A number that ends a place's name at `e` (`phường Hà Giang 1`, `xã Bình Minh 2`: wards
    /// and communes merged in 2025 are numbered), or a capital letter: one or two digits,
    /// then a name, the end of the clause or of the sentence (not `xã Tân Lập 3 người`).
    fn place_number(&self, e: usize) -> usize {
        // (Or a capital letter, as wards of one name are told apart: `phường Phước Long B`.)
        let letter = self.unit(e).is_some_and(|x| {
            x.text.len() == 1 && x.text.bytes().all(|b| (b'A'..=b'E').contains(&b))
        });
        let numbered = self.spaced(e)
            && e > 0
            && self
                .unit(e - 1)
                .is_some_and(|x| x.key.is_some() && x.capitalized())
            && self
                .unit(e)
                .is_some_and(|x| (x.kind == TokenKind::Number && x.text.len() <= 2) || letter)
            && (self.unit(e + 1).is_none_or(|x| {
                x.kind == TokenKind::Punctuation
                    || (x.capitalized() && self.spaced(e + 1) && !letter)
            })
                // (Or the verb the holder of its office says: `Trưởng Công an xã Sơn Kim 1
                // cho biết`.)
                || self.says_at(e + 1)
                // (Or a word of tense before the clause's verb: `phường Hà Giang 1 đã có …`;
                // not a count's noun, `xã Tân Lập 3 người`.)
                || (self.spaced(e + 1)
                    && matches!(self.canon(e + 1), Some("đã" | "đang" | "sẽ" | "vừa" | "từng"))));
        if numbered { e + 1 } else { e }
    }

    /// Whether a verb of saying starts at unit `i`, after a space (`cho biết`, `cho hay`,
    /// `phát biểu`, `nhấn mạnh`): what the holder of an office says right after its name.
    fn says_at(&self, i: usize) -> bool {
        self.spaced(i)
            && (self.speech_verb_pair(i)
                || self.reporting_verb(i)
                || (self.canon(i) == Some("cho")
                    && matches!(self.canon(i + 1), Some("biết" | "hay")))
                // (`nói`, says, at the clause's end after a quote: `Phó Giám đốc Bệnh viện
                // Nhân dân 115 nói.`)
                || (self.canon(i) == Some("nói")
                    && self.unit(i + 1).is_none_or(|x| x.kind == TokenKind::Punctuation))
                // (`thông tin`, informs, in lower case after a name: `Tổng Giám đốc Tập đoàn
                // Trần Thanh Phụng thông tin`; not the field of `Công nghệ thông tin`.)
                || (i > 0
                    && self.canon(i) == Some("thông")
                    && self.canon(i + 1) == Some("tin")
                    && self.unit(i).is_some_and(|x| !x.capitalized())
                    && self.unit(i - 1).is_some_and(Unit::capitalized)))
    }

    /// Whether `quốc tế` (international) or `thế giới` (world), in either case, starts at `k`
    /// after the words of a body's own name (some capitalized) that started after `j`: `Tổ
    /// chức Hàng hải quốc tế`, `Tổ chức WorldSkills Quốc tế`, `Liên đoàn Taekwondo thế giới`.
    fn international(&self, k: usize, j: usize) -> bool {
        k > j + 1
            && self.spaced(k)
            && self.spaced(k + 1)
            && match (self.canon(k), self.canon(k + 1)) {
                (Some("quốc"), Some("tế")) => true,
                // (Not after a place, nor the worldview: `tỉnh Lạng Sơn thế giới quan`.)
                (Some("thế"), Some("giới")) => {
                    self.h.ends_at(k, EntryKind::Place, 4).is_none()
                        && self.canon(k + 2) != Some("quan")
                }
                _ => false,
            }
            && self
                .unit(k - 1)
                .is_some_and(|x| x.key.is_some() || x.capitalized())
            && (j + 1..k).any(|m| self.unit(m).is_some_and(Unit::capitalized))
    }

    /// Whether unit `k` is a unit's code of one to three capital letters and two or three
    /// digits, as the police's and the army's units are named (`C03`, `A05`, `PC03`, `K90`,
    /// `Z189`).
    fn unit_code(&self, k: usize) -> bool {
        self.unit(k).is_some_and(|x| {
            let b = x.text.as_bytes();
            let letters = b.iter().take_while(|c| c.is_ascii_uppercase()).count();
            x.kind == TokenKind::Code
                && (1..=3).contains(&letters)
                && (2..=3).contains(&(b.len() - letters))
                && b[letters..].iter().all(u8::is_ascii_digit)
        })
    }

    /// Whether a capitalized word at `k`, right after a body's `quốc tế` or `thế giới`,
    /// starts its holder's name, not more of the body's (`Tổ chức Sở hữu trí tuệ thế giới
    /// Daren Tang`); an abbreviation or a place may still name the body (`thế giới WIPO`,
    /// `Quốc tế Hải Phòng`).
    fn holder_after_international(&self, k: usize) -> bool {
        self.spaced(k)
            && self
                .unit(k)
                .is_some_and(|x| x.capitalized() && x.kind != TokenKind::Abbreviation)
            // (Not its place: `Bệnh viện Đa khoa Quốc tế Hải Phòng`.)
            && self.h.kinds_at(k) & (bit(EntryKind::Place) | bit(EntryKind::Level)) == 0
            // (A name of two words or more, or one that starts with a listed given name; one
            // word alone before a comma is the body's own brand: `Bệnh viện Đa khoa Quốc tế
            // Vinmec, …`.)
            && (self.capitalized_run(k, 3) >= k + 2 || self.foreign_given_at(k))
    }

    /// After a military unit's head ending at `e` (`Tiểu đoàn`, `Trung đoàn`, `Sư đoàn`,
    /// `Trung đội` …), its arm in lower case and its number: `Tiểu đoàn công binh 33`,
    /// `Trung đoàn bộ binh 52`, `Trung đội pháo cao xạ 37 ly` (with the guns' calibre). The
    /// end.
    fn branch_and_number(&self, e: usize) -> Option<usize> {
        // (The cheap test first: most bodies have no number after them.)
        if !(e..e + 5).any(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Number)) {
            return None;
        }
        let lower = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
                && !self.stop_word(m)
        };
        // (The arm may be read already: `Trung đội pháo cao xạ` before `37 ly`.)
        let s = (e.saturating_sub(4).max(2)..=e).find(|&s| {
            (s..e).all(lower)
                && ((self.folded_is(s - 1, "doan")
                    && ["tieu", "trung", "su", "lu", "quan", "binh"]
                        .iter()
                        .any(|w| self.folded_is(s - 2, w)))
                    || (self.folded_is(s - 1, "doi")
                        && ["dai", "trung", "tieu"]
                            .iter()
                            .any(|w| self.folded_is(s - 2, w))))
        })?;
        let mut m = e;
        while m < s + 4 && lower(m) {
            m += 1;
        }
        if m == s || !self.small_number(m, 3) {
            return None;
        }
        let calibre =
            self.spaced(m + 1) && (self.folded_is(m + 1, "ly") || self.folded_is(m + 1, "mm"));
        Some(m + 1 + usize::from(calibre))
    }

    /// The number or code that ends a body's name at `e` (`Đại đội 2`, `Bệnh viện Quân y 103`,
    /// `QK 5`, `Tổ dân phố số 5`, `Đội K90`, `Trung đội 1/3`), then a name, the end of the
    /// clause or of the sentence (not `Đại đội 2 có 30 người`, nor a year).
    fn body_number(&self, e: usize) -> usize {
        if let Some(m) = self.branch_and_number(e) {
            return m;
        }
        let n = if self.canon(e) == Some("số") && self.spaced(e) {
            e + 1
        } else {
            e
        };
        // (Not after a place, where a number more often counts the items of a list:
        // `Bí thư Tỉnh đoàn Vĩnh Phúc 56 Nguyễn Minh Kiên`; see [`Rules::place_number`].)
        // (A level's number, then the body's: `Bệnh viện dã chiến cấp 2 số 5,`.)
        if n == e
            && e > 0
            && self.canon(e - 1) == Some("cấp")
            && self.spaced(e)
            && self.small_number(e, 1)
            && self.canon(e + 1) == Some("số")
        {
            let m = self.body_number(e + 1);
            if m > e + 1 {
                return m;
            }
        }
        // (A unit's code of letters and digits names it whatever follows: `Cục trưởng Cục
        // C03 vừa ký`.)
        let code = self.spaced(n) && self.unit_code(n);
        let numbered = e > 0
            && self.spaced(n)
            && self.h.ends_at(e, EntryKind::Place, 4).is_none()
            && self.unit(n).is_some_and(|x| match x.kind {
                TokenKind::Number => {
                    (x.text.len() <= 3
                        && x.text.bytes().all(|b| b.is_ascii_digit() || b == b'/'))
                        // (A day it is named after: `Bệnh viện 19-8`, `Công ty Dệt 8-3`.)
                        || (x.text.contains('-') && super::date_rules::day_month(x.text))
                }
                TokenKind::Code => x.text.len() <= 6 && x.capitalized(),
                _ => false,
            })
            && (code
                || self.unit(n + 1).is_none_or(|x| {
                    matches!(x.text, "," | ";" | "." | ")" | ":")
                    // (Or its term: `Đảng ủy Bệnh viện Quân y 175 nhiệm kỳ 2025 - 2030`.)
                    // (Not a count of terms: `Bộ trưởng Bộ Công nghiệp nặng 2 nhiệm kỳ`.)
                    || (self.spaced(n + 1)
                        && match (self.canon(n + 1), self.canon(n + 2)) {
                            (Some("nhiệm"), Some("kỳ" | "kì")) => self
                                .unit(n + 3)
                                .is_some_and(|y| y.kind == TokenKind::Number),
                            (Some("khóa"), _) => self.unit(n + 2).is_some_and(|y| {
                                y.kind == TokenKind::Number || y.regnal_letters()
                            }),
                            _ => false,
                        })
                    || (x.capitalized() && self.spaced(n + 1))
                    // (Or a dash that closes an apposition: `Ông A - Giám đốc Ban Quản lý dự
                    // án 7 - thừa nhận …`.)
                    || (matches!(x.text, "-" | "–") && self.spaced(n + 1) && self.spaced(n + 2))
                    // (Or the verb its holder says: `Đội trưởng Đội K51 cho biết`.)
                    || self.says_at(n + 1)
                    // (Or a hospital's, then the clause goes on: `Giám đốc Bệnh viện Trung
                    // ương Quân đội 108 từ tháng 2/2025`, `Bệnh viện Quân y 103 vào ngày …`;
                    // not a count, `… 3 năm`.)
                    || (self.spaced(n + 1)
                        && !x.capitalized()
                        && self.stop_word(n + 1)
                        && !matches!(
                            self.canon(n + 1),
                            Some("năm" | "tháng" | "ngày" | "người" | "một" | "những")
                        )
                        && (e.saturating_sub(6)..e)
                            .any(|m| self.folded_is(m, "benh") && self.folded_is(m + 1, "vien")))
                    // (Or the body it belongs to: `Đội trưởng Đội K52 thuộc Bộ CHQS tỉnh`.)
                    || (self.canon(n + 1) == Some("thuộc") && self.spaced(n + 1))
                    // (Or its holder's duty: `Phó Cục trưởng Cục C10 phụ trách phía Nam`.)
                    || (self.spaced(n + 1) && self.h.kinds_at(n + 1) & bit(EntryKind::Duty) != 0)
                }));
        // (After `số`, the number names the body whatever follows: `bổ nhiệm Trưởng Phòng
        // Công chứng số 1 cho ông …`; and a place after it is the body's: `Phòng Công chứng số
        // 1 Kiên Giang`.)
        let said = n > e || (e > 0 && self.canon(e - 1) == Some("số") && self.spaced(e - 1));
        if said && self.small_number(n, 3) {
            if self.spaced(n + 1)
                && let Some((pe, _)) = self.h.longest(n + 1, EntryKind::Place)
            {
                return pe;
            }
            return n + 1;
        }
        // (A listed place after the number, then the clause's end, is the body's seat:
        // `Trung tâm Cấp cứu 115 Hà Nội,`.)
        if numbered
            && self.spaced(n + 1)
            && let Some((pe, _)) = self.h.longest(n + 1, EntryKind::Place)
            && self
                .unit(pe)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | ":") || self.says_at(pe))
        {
            return pe;
        }
        if numbered { n + 1 } else { e }
    }

    /// A place after a level or an organisation head: a listed place, or (with `unlisted`) a
    /// run of capitalized words that does not end in a person's name.
    fn place(&self, k: usize, unlisted: bool) -> Option<usize> {
        // (Nor a Korean name: `Hội đồng thành phố Ahn Sung-min`.)
        if !self.spaced(k) || self.korean_name(k).is_some() {
            return None;
        }

        if let Some(e) = self.state_name(k) {
            return Some(e);
        }
        // (A foreign country of two words or more is no province's or district's name: `Phó
        // Chủ tịch UBND tỉnh Hà Lan Anh` is the province's, then her name.)
        if let Some((e, n)) = self.h.longest(k, EntryKind::Place)
            && e >= k + 2
            && k > 0
            && matches!(
                self.canon(k - 1),
                Some("tỉnh" | "huyện" | "xã" | "phường" | "quận")
            )
            && self.note(n) == "country"
            // (But the provinces of Việt Nam as a class: `Chủ tịch Ủy ban nhân dân tỉnh Việt
            // Nam`.)
            && self.folded(k).is_some_and(|w| w != "viet")
            // (Nor `xã` of `Hợp tác xã`, a co-operative, no commune: `Bộ Nông nghiệp và Hợp tác
            // xã Thái Lan`.)
            && !(k >= 3 && self.folded_is(k - 3, "hop") && self.folded_is(k - 2, "tac"))
        {
            return None;
        }
        if let Some((e, _)) = self.h.longest(k, EntryKind::Place) {
            // (A place of a surname and `Văn` or `Thị`, then one more capitalized word and no
            // more, is a person's whole name: `Phó Chủ tịch Quốc hội Đồng Văn Khải`, not the
            // district Đồng Văn.)
            if e == k + 2
                && matches!(self.canon(k + 1), Some("văn" | "thị"))
                && self.h.is(k, EntryKind::Surname)
                && self.spaced(e)
                && self.unit(e).is_some_and(|x| {
                    x.kind == TokenKind::Syllable && x.capitalized() && !x.all_caps()
                })
                && !self
                    .unit(e + 1)
                    .is_some_and(|x| x.capitalized() && self.spaced(e + 1))
                && self.h.longest(e, EntryKind::Place).is_none()
            {
                return None;
            }
            // `Chi cục Hải quan Bắc Hà Nội`: a quarter of a listed place, though its first two
            // words are a place too (`Bắc Hà`).
            if e > k + 1
                && let Some((e2, _)) = self.h.longest(e - 1, EntryKind::Place)
                && e2 > e
                && self
                    .folded(k)
                    .is_some_and(|w| matches!(w.as_str(), "bac" | "nam" | "dong" | "tay"))
                && self.spaced(e)
                && (e..e2).all(|m| self.unit(m).is_some_and(Unit::capitalized))
            {
                return Some(e2);
            }
            // `huyện Mỹ Xuyên`: a longer unlisted name that starts with a listed one of one
            // word (a country's: `Mỹ`, `Anh`); a listed name of two words or more is whole,
            // a name may follow it (`huyện Phong Thổ Tao Văn Sáng`).
            if e == k + 1 && !self.person_name_at(k) {
                let whole = self.capitalized_run(k, 4);
                let run = self.cut_before_name(k, whole);
                let vietnamese =
                    (k..run).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable));
                // (Its second word may be a surname when a name follows: `huyện Anh Sơn Lê
                // Hùng`.)
                // (Nor a foreign name after a country: `Hội đồng Liên bang Nga Valentina
                // Matvienko`.)
                // (Nor a body after the country: `Khoa Tiếng Pháp Trường Đại học …`.)
                if run > e
                    && (unlisted || vietnamese)
                    && (vietnamese || !self.foreign_name_run(e))
                    && self.h.longest(e, EntryKind::Place).is_none()
                    && (!self.person_name_at(e) || run < whole)
                    // (A place word that ends the name is its word: `phường Mỹ Đình 1`.)
                    && !(e..run).any(|m| {
                        self.h.kinds_at(m) & bit(EntryKind::Org) != 0
                            || (m + 1 < run && self.h.kinds_at(m) & bit(EntryKind::PlaceWord) != 0)
                    })
                {
                    return Some(run);
                }
            }
            // `xã Hưng Nguyên Nam`, `xã Diễn Châu Bắc`: a commune of 2025 named by an old
            // district and its quarter.
            if e >= k + 2
                && k > 0
                && self.spaced(e)
                && self
                    .unit(e)
                    .is_some_and(|x| x.key.is_some() && x.capitalized() && !x.all_caps())
                && (self
                    .unit(e + 1)
                    .is_none_or(|x| !x.capitalized() || !self.spaced(e + 1))
                    || (self.h.is(e + 1, EntryKind::Surname) && self.person_name_at(e + 1)))
                && self
                    .folded(e)
                    .is_some_and(|w| matches!(w.as_str(), "bac" | "nam" | "dong" | "tay" | "trung"))
                && self
                    .folded(k - 1)
                    .is_some_and(|w| matches!(w.as_str(), "xa" | "phuong"))
            {
                return Some(e + 1);
            }
            return Some(e);
        }
        // `Quận ủy Quận 5`, `Thành ủy Thành phố Hải Phòng`: a level and its place (not a
        // surname that is also a level, starting the holder's name: `Tỉnh ủy Đoàn Thu Hà`).
        if unlisted
            && self.unit(k).is_some_and(Unit::capitalized)
            && self.h.longest(k, EntryKind::Level).is_some()
            && !self.holder_name_at(k)
        {
            return self.level_place(k);
        }
        // `Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng`: two capitalized words in a place's
        // slot, with nothing capitalized after them, name the place.
        // (Not a body's head and the first word of its listed name, which goes on: `Cục Hải
        // quan`.)
        if unlisted
            && self.capitalized_run(k, 3) == k + 2
            && !self.unit(k + 2).is_some_and(Unit::capitalized)
            && (k..k + 2).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable))
            && self
                .h
                .longest(k + 1, EntryKind::Name)
                .is_none_or(|(ne, _)| ne <= k + 2)
        {
            return Some(k + 2);
        }
        // `huyện Cao Lộc Hoàng Văn Tú`: the place starts with a word that is also a surname,
        // and a person's name follows it.
        if unlisted && self.person_name_at(k) {
            let run = self.capitalized_run(k, 6);
            let cut = self.cut_before_name(k, run);
            let syllables =
                (k..cut).all(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Syllable));
            // (No place ends in the middle word of a woman's or a man's name: `phường Võ Thị
            // Kim Chi` is the ward's official, not the ward `Võ Thị` and `Kim Chi`.)
            let middle = matches!(
                cut.checked_sub(1).and_then(|c| self.canon(c)),
                Some("thị" | "văn")
            );
            if cut >= k + 2 && cut < run && syllables && !middle {
                return Some(cut);
            }
        }
        if !unlisted || self.person_name_at(k) {
            return None;
        }
        // (Nor a foreign holder's name after a listed region or country: `Savills châu Á -
        // Thái Bình Dương Mauro Gasparotti`.)
        if self.unit(k).is_some_and(|x| x.kind == TokenKind::Word)
            && self.foreign_holder_after_region(k)
        {
            return None;
        }
        // (Nor a body's head of several words, the next body: `Lữ đoàn 126 Đặc công Hải quân`.)
        if self
            .h
            .longest(k, EntryKind::Org)
            .is_some_and(|(e, _)| e > k + 1)
        {
            return None;
        }
        // (Not a role's suffix after its body: `Phó Chủ tịch UBND tỉnh Thường trực`.)
        if self.h.kinds_at(k) & bit(EntryKind::Suffix) != 0 {
            return None;
        }
        // (Nor a body's head and its listed name, the next body: `Đội Kiểm soát Hải quan Cục
        // Hải quan Bạc Liêu`, not the place `Cục Hải`.)
        if self.h.kinds_at(k) & bit(EntryKind::Org) != 0
            && self.spaced(k + 1)
            && self.h.longest(k + 1, EntryKind::Name).is_some()
        {
            return None;
        }
        // (Far enough to see a whole name after the place: `huyện Bình Sơn Trần Văn Tám`.)
        // (Initials are a person's, not a word of the place: `xã Tam Hiệp Đ.V.T`.)
        let run = self.capitalized_run(k, 7);
        let run = (k..run)
            .find(|&m| {
                m > k
                    && (self.unit(m).is_some_and(|x| x.text.contains('.'))
                        || (self.unit(m).is_some_and(|x| x.text.chars().count() == 1)
                            && self
                                .unit(m + 1)
                                .is_some_and(|x| x.is(".") && x.gap == Gap::None)))
            })
            .unwrap_or(run);
        if run == k {
            return None;
        }
        let cut = self.cut_before_name(k, run);
        if let Some(e) = self.place_before_foreign_name(k, cut) {
            return Some(e);
        }
        // (A place of more than four words is no place: the run was something else.)
        Some(if cut > k + 4 { k + 4 } else { cut })
    }

    /// A foreign place that no list holds and its holder's name, run together after a level
    /// (`Thống đốc tỉnh Udon Thani Wanchai Kongkasem`, `Thị trưởng thành phố Warszawa Rafał
    /// Trzaskowski đến thăm`): the end of the place, the name being the last two words. Only
    /// for runs with a foreign word and nothing listed in them, of four or five words, or of
    /// three before the verb (a place of three words, `tỉnh Nakhon Si Thammarat,`, ends its
    /// clause).
    fn place_before_foreign_name(&self, k: usize, run: usize) -> Option<usize> {
        let n = run - k;
        if !(3..=5).contains(&n) || run != self.capitalized_run(k, 7) {
            return None;
        }
        let foreign = (k..run).any(|m| self.unit(m).is_some_and(|x| x.kind == TokenKind::Word));
        let listed = (k..run).any(|m| self.h.kinds_at(m) != 0);
        // (Before a particle of the name, its first word ends the run: `bang São Paulo
        // Tarcísio de Freitas`.)
        if self.name_particle(run) {
            return (foreign && !listed).then_some(run - 1);
        }
        let verb_after = self.spaced(run)
            && self
                .unit(run)
                .is_some_and(|x| x.key.is_some() && !x.capitalized());
        (foreign && !listed && (n > 3 || verb_after)).then_some(run - 2)
    }

    /// Whether `người` at `e`, inside a body's name, names the people the body serves (`Hội
    /// Bảo trợ người khuyết tật và trẻ mồ côi`, `Quỹ Hỗ trợ người nghèo`): a word in lower
    /// case that is no verb follows (not `Sở Y tế người được giao …`).
    fn people_served(&self, e: usize) -> bool {
        // (`phòng, chống mua bán người`: trafficking in persons, to the clause's end.)
        let trafficked = || {
            e >= 2
                && self.folded_is(e - 1, "ban")
                && matches!(self.folded(e - 2).as_deref(), Some("mua" | "buon"))
        };
        if e > 0 && self.canon(e) == Some("người") && trafficked() {
            return true;
        }
        e > 0
            && self.canon(e) == Some("người")
            && self.unit(e - 1).is_some_and(|p| p.key.is_some())
            && self.spaced(e + 1)
            && self
                .unit(e + 1)
                .is_some_and(|n| n.key.is_some() && !n.capitalized())
            // (Or a listed name of such people whose second word is a verb: `người có công`.)
            && (!self.stops_name(e + 1)
                || self
                    .h
                    .longest(e, EntryKind::Name)
                    .is_some_and(|(ne, _)| ne > e + 1))
    }

    /// Where the rest of a person's name starts after an initial at unit `k`: a capital and
    /// its dot (one unit, or the dot touching it), then a capitalized word (`S. Jaishankar`,
    /// `V. Kuznetsov`).
    pub(super) fn initial_at(&self, k: usize) -> Option<usize> {
        self.initials_run(k).map(|(m, _)| m)
    }

    /// Where the rest of a person's name starts after one initial or more from unit `k`, and
    /// how many initials: each a capital with its dot, one to a unit or several in one
    /// (`V.I. Lênin`, `A. N. Kosygin`, `G.K. Giu-cốp`, `I.V.Stalin`), then a capitalized word.
    pub(super) fn initials_run(&self, k: usize) -> Option<(usize, usize)> {
        // (The cheap test first: this is asked at every capitalized word.)
        let b = self.unit(k)?.text.as_bytes();
        if !(b.first()?.is_ascii_uppercase() && (b.len() == 1 || b[1] == b'.')) {
            return None;
        }
        let mut m = k;
        let mut count = 0;
        while let Some(x) = self.unit(m) {
            let t = x.text.strip_suffix('.').unwrap_or(x.text);
            if t.is_empty()
                || !t
                    .split('.')
                    .all(|p| p.len() == 1 && p.starts_with(|c: char| c.is_ascii_uppercase()))
            {
                break;
            }
            // (Its dot in the unit, or touching it.)
            let dot = t.len() == x.text.len();
            if dot
                && !(self.text_at_is(m + 1, ".")
                    && self.unit(m + 1).is_some_and(|y| y.gap == Gap::None))
            {
                break;
            }
            // (After the first, each initial stands apart or touches the dot before it.)
            if m > k && !(self.spaced(m) || x.gap == Gap::None) {
                break;
            }
            count += t.split('.').count();
            m += 1 + usize::from(dot);
        }
        (count > 0
            && (self.spaced(m) || self.unit(m).is_some_and(|x| x.gap == Gap::None))
            && self.unit(m).is_some_and(Unit::capitalized))
        .then_some((m, count))
    }

    /// A proper name after an organisation head that is not listed (`Sở Tư pháp`): a
    /// capitalized word and the lower-case words after it, up to four in all.
    fn proper_name(&self, k: usize) -> Option<usize> {
        let first = self.unit(k)?;
        // (Or touching a dash: `Phòng Kinh tế-Hạ tầng`.)
        let after_dash = k > 0 && self.unit(k - 1).is_some_and(Unit::is_dash);
        if !(self.spaced(k) || after_dash) || !first.capitalized() || self.rank_at(k) {
            return None;
        }
        // (A brand joined by a hyphen: `Công ty K-Food Vina`, `HĐQT Co-opBank`.)
        if let Some(e) = self.hyphen_brand(k) {
            return Some(e);
        }
        // An abbreviation as the name: `Cục THADS`, `Hội LHPNVN` (not a degree before a
        // name: `Bộ Y tế GS.TS Trần Văn Thuấn`).
        if first.kind == TokenKind::Abbreviation
            || (matches!(first.kind, TokenKind::Word | TokenKind::Code) && first.all_caps())
        {
            // (Nor a person's initial before the rest of the name: `Ngoại trưởng Ấn Độ S.
            // Jaishankar`.)
            if self.degree_at(k) || self.initial_at(k).is_some() {
                return None;
            }
            // (and a unit's code: `Trưởng PC67`)
            return Some(k + 1);
        }
        first.key?;
        // In a sentence in capitals, a verb is no name: `CHỦ TỊCH PHÁT BIỂU`.
        if first.all_caps() && (self.stops_name(k) || self.speech_verb_pair(k)) && self.loud() {
            return None;
        }
        let mut e = k + 1;
        let mut lower = false;
        let mut proper_pair = false;
        let named_from_k = self.h.kinds_at(k)
            & (bit(EntryKind::Org) | bit(EntryKind::Name) | bit(EntryKind::PlaceWord))
            == 0
            && k > 0
            && (self
                .unit(k - 1)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation)
                || self.h.ends_at(k, EntryKind::Org, 3).is_some());
        // (The comma of `phòng, chống` counts no word.)
        let mut comma = 0;
        // (A listed place of several words in capitals the name starts with is whole, though
        // a later word is a modifier or a given name: `Mặt trận Tây Nguyên chỉ huy`.)
        if let Some((pe, _)) = self.h.longest(k, EntryKind::Place)
            && pe > e
            && pe <= k + 4
            && (e..pe).all(|m| self.unit(m).is_some_and(Unit::capitalized) && self.spaced(m))
        {
            e = pe;
            proper_pair |= named_from_k;
        }
        // Sentence case (`Sở Tư pháp`, `Cục Quản lý đăng ký kinh doanh`) or every word
        // capitalized (`Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc`).
        loop {
            if self.prevention_comma(e) && e < k + 8 {
                e += 2;
                comma = 2;
                continue;
            }
            // (`Dự báo kinh tế - xã hội quốc gia`: a spaced dash between two fields.)
            if e > k + 1 && e < k + 8 && self.lower_dash(e) {
                e += 1;
                comma = comma.max(1);
                continue;
            }
            // (A listed name in lower case that is no verb, whole: `Trung tâm Điều dưỡng người
            // có công`.)
            if e > k + 1
                && let Some(ne) = self.lower_listed_name(e)
            {
                e = ne;
                lower = true;
                continue;
            }
            // (Past eight words, only the last word of a pair that makes a body national:
            // `Quỹ Phát triển khoa học và công nghệ quốc gia`.)
            let national = e == k + 8 + comma
                && matches!(
                    (self.canon(e - 1), self.canon(e)),
                    (Some("quốc"), Some("gia" | "tế")) | (Some("nhân"), Some("dân"))
                );
            // (Nor after `và` and a second field in capitals, whose words go on in lower case:
            // `Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu`.)
            let second_field = || {
                e < k + 12 + comma
                    && (k + 1..e).any(|m| {
                        self.canon(m) == Some("và")
                            && self.unit(m + 1).is_some_and(Unit::capitalized)
                            && e <= m + 5
                    })
            };
            if !((e < k + 8 + comma || national || second_field())
                && self.spaced(e)
                && self.unit(e).is_some_and(|x| x.key.is_some())
                && (!self.stops_name(e) || lower && self.and_lower(e) || self.people_served(e))
                && (self.ends_name_kinds(e) & ENDS_NAME == 0
                    || self.modifier_in_name(k, e)
                    // (Or the first word of a noun: `Bảo vệ quyền tác giả`, copyright.)
                    || (self.ends_name_kinds(e) & ENDS_NAME == MODIFIER && self.starts_noun(e))))
            {
                break;
            }
            let capital = self.unit(e).is_some_and(Unit::capitalized);
            // (Nor a verb of reporting in lower case: `Cục An toàn thông tin khuyến cáo các đơn
            // vị`, `Cục Viễn thông nhận định`; but forecasts and warnings are a field of the
            // name too: `Viện Chiến lược dự báo kinh tế`.)
            if !capital
                && self.reporting_verb(e)
                && !matches!(self.folded(e).as_deref(), Some("du" | "canh"))
            {
                break;
            }
            // Two capitalized words side by side are a proper name (`Công ty TNHH Minh
            // Phát`), which lower-case words do not go on: they are the clause's verb
            // (`Minh Phát chiếm đoạt …`).
            // (But `học` of a field of study: `Học viện Y Dược học cổ truyền Việt Nam`.)
            if !capital && proper_pair && self.folded(e).is_none_or(|w| w != "hoc") {
                break;
            }
            // (Nor, after capitalized words alone, a verb of speech of two syllables: `Chính ủy
            // Song Hào chỉ đạo các đơn vị`, the commissar directs.)
            // (Not one word's: `Hội Cổ động viên`, fans.)
            if (!capital || self.loud())
                && e >= k + 2
                && self.speech_verb_pair(e)
                && (k..e).all(|m| self.unit(m).is_some_and(Unit::capitalized))
            {
                break;
            }
            // (Not a body's head and the first word of its name: `Bộ Tài chính`, `Đoàn Cục
            // Cảnh sát …`.)
            // (Not a head no list knows and its name: `Nhóm Tầm nhìn APEC`; the name starts
            // at `k` after a listed head or an abbreviation: `Công ty TNHH Minh Phát`.)
            proper_pair |= capital
                && self.unit(e - 1).is_some_and(Unit::capitalized)
                && (e - 1 > k || named_from_k)
                && self.h.kinds_at(e) & (bit(EntryKind::Org) | bit(EntryKind::Name)) == 0;
            if capital
                && ((self.person_name_at(e) && !self.own_name_at_end(e))
                    || self.rank_at(e)
                    || self.h.longest(e, EntryKind::Org).is_some()
                    || self.h.longest(e, EntryKind::Place).is_some())
            {
                break;
            }
            lower |= !capital;
            e += 1;
        }
        if let Some(p) = self.foreign_name_after_own(k, e) {
            return Some(p);
        }
        Some(self.cut_before_name(k, e))
    }

    /// The end of a body's name that goes on past a comma at `k` with another field, as
    /// official names join fields (`Sở Văn hóa, Thể thao tỉnh Quảng Trị`, `Vụ Kế hoạch, Tài
    /// chính Hoàng Mạnh Hùng`, `Cục Xuất bản, In và Phát hành`): capitalized words no list
    /// makes a title, a body, a place or a name, then `và` and more of them, a level, a place
    /// or the holder's name; not a list of titles or bodies (`Sở Y tế, Trưởng ban …`).
    fn field_comma(&self, k: usize) -> Option<usize> {
        const OTHER: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Modifier)
            | bit(EntryKind::Org)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Place)
            | bit(EntryKind::Level)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Surname)
            | bit(EntryKind::NotTitle)
            | bit(EntryKind::Generic)
            | bit(EntryKind::Suffix);
        // (A surname that starts no name is a field's word: `Cục Chất lượng, Chế biến và
        // Phát triển thị trường`.)
        let other = self.h.kinds_at(k + 1) & OTHER;
        if !self.text_at_is(k, ",")
            || self.unit(k.checked_sub(1)?).is_none_or(|x| x.key.is_none())
            || !self.spaced(k + 1)
            || (other != 0 && (other != bit(EntryKind::Surname) || self.person_name_at(k + 1)))
        {
            return None;
        }
        // (Nor a thing named after the comma, a festival, a cup, a cemetery, the subject of
        // the clause: `Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình, Lễ hội Tràng
        // An năm 2024 sẽ diễn ra`.)
        // (Its name in lower case too, the place word capitalized: `…, Lễ hội pháo hoa quốc
        // tế Đà Nẵng`.)
        if self.h.kinds_at(k + 1) & bit(EntryKind::PlaceWord) != 0
            && let Some((pe, _)) = self.h.longest(k + 1, EntryKind::PlaceWord)
            && self.spaced(pe)
            && (self.unit(pe).is_some_and(Unit::capitalized)
                || (pe > k + 2 && self.unit(k + 1).is_some_and(Unit::capitalized)))
        {
            return None;
        }
        // (A field in lower case too, of four words or less, then a level or a place:
        // `Trưởng Ban chỉ đạo an ninh, an toàn ngân hàng tỉnh`.)
        // (Not a verb and its object: `Phó Chủ tịch UBND tỉnh, chỉ đạo ông A`.)
        if self
            .unit(k + 1)
            .is_some_and(|x| x.key.is_some() && !x.capitalized())
        {
            // (Nor after a body already whole, a ministry or one with its level and place:
            // `Bộ Nông nghiệp và Môi trường, trên cơ sở …`, `… huyện Quỳnh Lưu, toàn huyện`.)
            let whole = (k.saturating_sub(6)..k).any(|s| {
                self.h.at(s).iter().any(|h| {
                    h.end == k
                        && (h.kind == EntryKind::Place
                            || h.kind == EntryKind::Level
                            || (h.kind == EntryKind::Name
                                && self.note(h.note).starts_with("ministry")))
                })
            });
            // (Nor `cả nước`, `toàn tỉnh`: the whole country or province, a clause's subject:
            // `Thủ tướng Chính phủ, cả nước có …`, `…, toàn tỉnh đã cấp …`.)
            let whole_land = self.spaced(k + 2)
                && self.h.kinds_at(k + 2) & bit(EntryKind::Level) != 0
                && self
                    .folded(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "ca" | "toan"));
            // (Nor after a proper name, which ends the body's (`Ban QLDA Thăng Long, cầu Đông
            // Hà mới …`), nor a field that repeats the words before the comma, a new phrase
            // (`Viện Nghiên cứu phát triển du lịch, du lịch Việt Nam cần …`).)
            let key = |m: usize| self.unit(m).and_then(|x| x.key);
            let proper = self.unit(k - 1).is_some_and(Unit::capitalized);
            let repeats = key(k + 1).is_some()
                && (key(k + 1) == key(k - 1)
                    || (k >= 2 && key(k + 1) == key(k - 2) && key(k + 2) == key(k - 1)));
            // (Nor a verb that starts the clause: `Giám đốc Viện Khoa học và Công nghệ Y sinh,
            // thành lập Khoa Kỹ thuật Y sinh …`.)
            if whole
                || whole_land
                || proper
                || repeats
                || self.speech_verb(k + 1)
                || self.says_at(k + 1)
                || self.stops_name(k + 1)
                || self.verb_pair(k + 1)
                || (self.folded_is(k + 1, "thanh") && self.folded_is(k + 2, "lap"))
                // (Nor the holder's home town: `…, quê quán huyện Đông Hưng`, `…, quê ở …`.)
                || self.canon(k + 1) == Some("quê")
            {
                return None;
            }
            // (Nor the clause's verb of saying after a word of manner: `Ủy ban Tài chính,
            // Ngân sách, thẳng thắn nêu ý kiến`.)
            let e = self.lower_name(k + 1).filter(|&e| {
                e <= k + 7
                    && (k + 1..e).all(|m| {
                        self.unit(m).is_some_and(|x| !x.capitalized())
                            && !(m > k + 1 && (self.speech_verb(m) || self.says_at(m)))
                    })
            })?;
            // (Nor a field that ends in `cả` or `toàn` before the level, the whole country's:
            // `Viện Nghiên cứu Rau quả, sản lượng rau cả nước năm 2024 tăng …`.)
            if e > k + 2
                && self.h.kinds_at(e) & bit(EntryKind::Level) != 0
                && self
                    .folded(e - 1)
                    .is_some_and(|w| matches!(w.as_str(), "ca" | "toan"))
            {
                return None;
            }
            // (Not before a name alone: `Trưởng ban Quản lý chợ, tiểu thương Trần Văn D` is
            // a trader; nor before a place alone, what a new clause is about: `Phó Cục
            // trưởng Cục Trồng trọt, nhãn lồng Hưng Yên đã …`, `Thủ tướng Chính phủ, vịnh Nha
            // Trang được …`.)
            // (A country is the body's scope: `Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải
            // Việt Nam`.)
            // (A level that takes a place: not `đoàn`, a delegation, `…, đón đoàn kiều bào`.)
            let after = self.spaced(e)
                && ((self.h.kinds_at(e) & bit(EntryKind::Level) != 0 && self.place_level(e))
                    || self
                        .h
                        .longest(e, EntryKind::Place)
                        .is_some_and(|(_, n)| self.note(n).starts_with("country")));
            // (Or the body it belongs to, named, right after or past a comma: `Phòng Quản lý
            // văn thư, lưu trữ Sở Nội vụ Hà Nội`, `Phòng Bảo vệ, chăm sóc trẻ em, Sở LĐ-TB&XH
            // Đồng Nai`.)
            let parent = |m: usize| {
                self.spaced(m)
                    && self.unit(m).is_some_and(Unit::capitalized)
                    && self.h.at(m).iter().any(|h| {
                        h.kind == EntryKind::Org
                            && self.spaced(h.end)
                            && self.unit(h.end).is_some_and(Unit::capitalized)
                    })
            };
            let after =
                after || (e > k + 2 && (parent(e) || (self.text_at_is(e, ",") && parent(e + 1))));
            // (Or fields listed to `và` and the last, to the clause's end: `Ban Bồi thường, hỗ
            // trợ và tái định cư,`.)
            let listed = (k + 2..e).any(|m| self.canon(m) == Some("và"))
                && self
                    .unit(e)
                    .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"));
            return (after || listed).then_some(e);
        }
        if !self
            .unit(k + 1)
            .is_some_and(|x| x.key.is_some() && x.capitalized() && !x.all_caps())
            // (Nor after a body whole by itself: `Thủ tướng Chính phủ, Di tích chiến trường
            // Điện Biên Phủ được xếp hạng …`.)
            || self.h.ends_at(k, EntryKind::Org, 3).is_some_and(|s| {
                self.h.at(s).iter().any(|h| {
                    h.kind == EntryKind::Org && h.end == k && self.note(h.note) == "none"
                })
            })
            // (Nor the force the body belongs to: `Binh chủng Công binh, Quân đội nhân dân
            // Việt Nam`.)
            || self
                .h
                .longest(k + 1, EntryKind::Name)
                .is_some_and(|(_, n)| self.note(n) == "force")
        {
            return None;
        }
        let e = self.proper_name(k + 1)?;
        // (Nor after a body whole with its place, before a place's own name, what the clause
        // is about: `Phó Chủ tịch UBND tỉnh Ninh Bình, Quần thể danh thắng Tràng An đã …`.)
        if self.spaced(e)
            && self.h.kinds_at(e) & bit(EntryKind::Place) != 0
            && (k.saturating_sub(4).max(1)..k).any(|s| {
                self.h.kinds_at(s - 1) & bit(EntryKind::Level) != 0
                    && self
                        .h
                        .at(s)
                        .iter()
                        .any(|h| h.kind == EntryKind::Place && h.end == k)
            })
        {
            return None;
        }
        let and = self.canon(e) == Some("và")
            && self.spaced(e + 1)
            && self
                .unit(e + 1)
                .is_some_and(|x| x.capitalized() && self.h.kinds_at(e + 1) & OTHER == 0);
        if and {
            return self.proper_name(e + 1);
        }
        // (A field that goes on in lower case before the comma is whole: what follows is the
        // body it belongs to, `Phó trưởng phòng Tổ chức lao động, Viễn thông Huế`.)
        // (Two words in lower case before it, not one of a compound in sentence case: `Sở
        // Văn hóa, Thể thao tỉnh Quảng Trị`.)
        let lower_before = k >= 2
            && (k - 2..k).all(|m| {
                self.unit(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
            });
        let after = self.spaced(e)
            && !lower_before
            && (self.h.kinds_at(e) & (bit(EntryKind::Level) | bit(EntryKind::Place)) != 0
                || self.person_name_at(e));
        // (Or the clause's end after three fields, the last joined by `và`: `Vụ Kế hoạch,
        // Tài chính và Đầu tư công,`; or the ministry above in brackets, `Cục Chất lượng, Chế
        // biến và Phát triển thị trường (Bộ …)`.)
        let three = (k + 2..e).any(|m| {
            self.canon(m) == Some("và") && self.unit(m + 1).is_some_and(Unit::capitalized)
        }) && self
            .unit(e)
            .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "("));
        (after || three).then_some(e)
    }

    /// Whether the role at `r` is a mission's counsellor or attaché (`Tham tán thương mại`,
    /// `Tùy viên quốc phòng`), named, as an envoy is, by where he is sent.
    fn envoy_officer(&self, r: usize) -> bool {
        let two = |a: &str, b: &str| self.folded_is(r, a) && self.folded_is(r + 1, b);
        two("tham", "tan") || two("tuy", "vien")
    }

    /// Whether a mission's office (`Đại sứ quán`, `Tổng Lãnh sự quán`, `Lãnh sự quán`, `Cơ
    /// quan đại diện`, `Phái đoàn đại diện thường trực`, a trade office, `Thương vụ`) ends right
    /// before unit `p`.
    fn mission_office_before(&self, p: usize) -> bool {
        const OFFICES: [&[&str]; 7] = [
            &["dai", "su", "quan"],
            // (A trade office: `Trưởng Thương vụ Việt Nam tại Nhật Bản`.)
            &["thuong", "vu"],
            &["tong", "lanh", "su", "quan"],
            &["lanh", "su", "quan"],
            &["co", "quan", "dai", "dien"],
            &["phai", "doan", "dai", "dien", "thuong", "truc"],
            &["phai", "doan", "thuong", "truc"],
        ];
        OFFICES.iter().any(|o| {
            p >= o.len()
                && (p - o.len()..p)
                    .map(|m| self.folded(m))
                    .zip(o.iter())
                    .all(|(f, w)| f.as_deref() == Some(*w))
        })
    }

    /// Whether the body from unit `j` to `k` is an association or a representative office
    /// whose name ends in a country (`Hội người Việt Nam`, `Hiệp hội Doanh nghiệp Hàn Quốc`,
    /// `Hội Phụ nữ Việt Nam`), so that `tại` and a place after it go on
    /// its name. (A body of this country's government stops at `tại`: where it meets.)
    fn community_abroad(&self, j: usize, k: usize) -> bool {
        // (Or a chamber of commerce, a foreign office: `Phòng Thương mại và Công nghiệp Nhật
        // Bản tại Việt Nam`, `Văn phòng Kinh tế và Văn hóa Đài Bắc tại Việt Nam`.)
        // (Or a club, a liaison board: `CLB Phụ nữ Việt Nam tại Praha`, `Ban liên lạc người
        // Việt tại Pattaya`.)
        // (Or a country's cultural centre: `Trung tâm Văn hóa Việt Nam tại Pháp`.)
        // (Or a country's board for its workers abroad: `Ban Quản lý lao động Việt Nam tại
        // Đài Loan`.)
        const HEADS: [&[&str]; 15] = [
            &["hoi"],
            &["tong", "hoi"],
            &["chi", "hoi"],
            &["hiep", "hoi"],
            &["lien", "hiep"],
            &["cong", "dong"],
            &["co", "quan", "dai", "dien"],
            &["van", "phong"],
            &["phong", "thuong", "mai"],
            &["to", "chuc"],
            &["cau", "lac", "bo"],
            &["clb"],
            &["ban", "lien", "lac"],
            &["trung", "tam"],
            &["ban", "quan", "ly"],
        ];
        let country = self.country_before(k).is_some_and(|p| p > j)
            // (Or its people by their own name: `Cộng đồng người Việt tại Séc`.)
            || (k >= j + 3
                && self.folded_is(k - 2, "nguoi")
                && self.folded_is(k - 1, "viet"))
            // (Or by the short name, after a capitalized member's noun: `Câu lạc bộ Doanh
            // nhân Việt tại Thụy Điển`.)
            || (k >= j + 3
                && self.folded_is(k - 1, "viet")
                && self.unit(k - 1).is_some_and(Unit::capitalized)
                && self.unit(k - 2).is_some_and(|x| x.key.is_some()))
            // (Or a home province's association abroad: `Hội đồng hương Nghệ Tĩnh tại Lào`.)
            || (k >= j + 4
                && self.folded_is(j + 1, "dong")
                && self.folded_is(j + 2, "huong")
                && self.h.ends_at(k, EntryKind::Place, 4).is_some());
        // (The association may be the last body of several: `Ủy viên Ban Chấp hành Hội
        // Doanh nhân Việt Nam tại Nhật Bản`.)
        // (Or the head inside the role before it: `Trưởng ban liên lạc cộng đồng người Việt
        // tại Ukraine`.)
        country
            && (j.saturating_sub(1)..k.min(j + 6)).any(|s| {
                (s + 1 >= j || self.unit(s).is_some_and(Unit::capitalized))
                    && HEADS.iter().any(|o| {
                        (s..s + o.len())
                            .map(|m| self.folded(m))
                            .zip(o.iter())
                            .all(|(f, w)| f.as_deref() == Some(*w))
                    })
            })
    }

    /// Whether the body from unit `j` to `k` is a federation named by its country and then
    /// `tại` another country (`Liên đoàn Võ cổ truyền Việt Nam tại Pháp`: the French
    /// federation of a Vietnamese sport), so that the seat goes on its name. (Only a
    /// country after `tại`: `Liên đoàn Bóng đá Việt Nam tại Hà Nội` is where it meets.)
    fn federation_abroad(&self, j: usize, k: usize) -> bool {
        self.folded_is(j, "lien")
            && self.folded_is(j + 1, "doan")
            && self.country_before(k).is_some_and(|p| p > j + 1)
            && !self.folded_is(k + 1, "viet")
            && self
                .h
                .longest(k + 1, EntryKind::Place)
                .is_some_and(|(_, n)| self.note(n) == "country")
    }

    /// Where a country's mission is, after `tại` at `k - 1` (`Đại sứ Việt Nam tại Mỹ`): a
    /// listed place, a state's official name (`Vương quốc Thái Lan`), a body of nations
    /// (`Liên Hợp Quốc`) or a foreign city no list knows, in words that are not Vietnamese
    /// syllables (`Tổng Lãnh sự Việt Nam tại Osaka Ngô Trịnh Hà`: less the holder's name).
    fn mission_seat(&self, k: usize) -> Option<usize> {
        // (An international body that hosts missions, by its abbreviation: `Phái đoàn thường
        // trực Indonesia tại ASEAN`, `tại EU`, `tại UNESCO`.)
        const HOSTS: [&str; 12] = [
            "ASEAN", "EU", "LHQ", "UN", "WTO", "UNESCO", "NATO", "APEC", "FAO", "WHO", "IAEA",
            "OECD",
        ];
        if self.spaced(k) && self.unit(k).is_some_and(|x| HOSTS.contains(&x.text)) {
            return Some(k + 1);
        }
        // (A city by its level too: `Tổng Lãnh sự Hoa Kỳ tại TP. Hồ Chí Minh`, `Lãnh sự danh
        // dự Việt Nam tại thành phố Busan`.)
        if self.h.longest(k, EntryKind::Level).is_some()
            && let Some(e) = self
                .level_place(k)
                .filter(|&e| e > k + 1 && self.unit(e - 1).is_some_and(Unit::capitalized))
        {
            return Some(e);
        }
        if let Some((e, _)) = self.h.longest(k, EntryKind::Place) {
            return Some(e);
        }
        if let Some(e) = self.state_name(k) {
            return Some(e);
        }
        if let Some((e, n)) = self.h.longest(k, EntryKind::Org)
            && self.note(n) == "none"
            && self.unit(k).is_some_and(Unit::capitalized)
        {
            return Some(e);
        }
        let foreign = |m: usize| {
            self.unit(m)
                .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
                && self.h.kinds_at(m) == 0
        };
        let mut e = k;
        while e < k + 2 && (e == k || self.spaced(e)) && foreign(e) {
            e += 1;
        }
        // (A foreign city whose first word reads as a syllable: `Khon Kaen`, `Udon Thani`;
        // no list knows its words, and a foreign word is among them.)
        if e == k {
            let unlisted = |m: usize| {
                (m == k || self.spaced(m))
                    && self.unit(m).is_some_and(|x| {
                        matches!(x.kind, TokenKind::Word | TokenKind::Syllable)
                            && x.capitalized()
                            && !x.all_caps()
                    })
                    && self.h.kinds_at(m) == 0
            };
            while e < k + 3 && unlisted(e) {
                e += 1;
            }
            if !(k..e).any(foreign) {
                e = k;
            }
        }
        (e > k).then_some(e)
    }

    /// After the number a body is known by, a listed place (`Trung tâm Cấp cứu 115 Hải
    /// Phòng`) or a name to a comma, its holder named after it (`Trung tâm Cấp cứu 115 An
    /// Sương, bác sĩ …`): its end.
    fn after_number(&self, k: usize) -> Option<usize> {
        if !(k > 0
            && self.spaced(k)
            && self
                .unit(k - 1)
                .is_some_and(|x| x.kind == TokenKind::Number)
            && self.unit(k).is_some_and(Unit::capitalized))
        {
            return None;
        }
        let run = self.capitalized_run(k, 5);
        if let Some((e, _)) = self.h.longest(k, EntryKind::Place)
            && run == e
        {
            return Some(e);
        }
        self.holder_named_after(k).then_some(run)
    }

    /// The kind of land at `k` that places lie in (`miền núi`, `vùng cao`, `biên giới`, `ven
    /// biển`, `đặc biệt khó khăn`), in lower case: its end.
    fn kind_of_land(&self, k: usize) -> Option<usize> {
        let lower = |m: usize| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.key.is_some() && !x.capitalized())
        };
        if !(lower(k) && lower(k + 1)) {
            return None;
        }
        let (a, b) = (self.folded(k)?, self.folded(k + 1)?);
        match (a.as_str(), b.as_str()) {
            ("mien", "nui")
            | ("vung", "cao")
            | ("bien", "gioi")
            | ("ven", "bien")
            | ("trung", "du")
            | ("hai", "dao")
            | ("dong", "bang") => Some(k + 2),
            ("dac", "biet")
                if lower(k + 2)
                    && self.folded_is(k + 2, "kho")
                    && self.folded_is(k + 3, "khan") =>
            {
                Some(k + 4)
            }
            _ => None,
        }
    }

    /// Whether the capitalized words at `e` run to a comma and a form of address: the
    /// holder is named there, so they are the body's name, not his (`Công ty cổ phần Dịch vụ
    /// Phúc Lộc Thọ, bà Hoàng Thị Mai,`).
    fn holder_named_after(&self, e: usize) -> bool {
        let run = self.capitalized_run(e, 4);
        run > e
            && self.text_at_is(run, ",")
            && self.h.longest(run + 1, EntryKind::Honorific).is_some()
    }

    /// Whether the two capitalized words at `e` end a body's name at the end of a clause
    /// after a word in lower case (`Hợp tác xã Đoàn Kết.`, `Văn phòng công chứng Hà Tiên,`):
    /// a body's own name, not its holder's, whose full name news writes in three words or more.
    fn own_name_at_end(&self, e: usize) -> bool {
        // (After a word in lower case: the body has no name yet, unlike `Tổng Công đoàn Việt
        // Nam Hoàng Tỉnh,`.)
        // (Or after a foreign word only firms bear: `Công ty Cổ phần Logistics Tân Cảng,`.)
        e > 0
            && self.unit(e - 1).is_some_and(|x| {
                (x.key.is_some() && !x.capitalized())
                    || (x.kind == TokenKind::Word && self.firm_word(e - 1))
            })
            && self.capitalized_run(e, 4) == e + 2
            // (Or a bracket after it, where it is: `Hợp tác xã nông nghiệp Thành Công (xã
            // Quỳnh Hưng)`.)
            && (self
                .unit(e + 2)
                .is_none_or(|x| {
                    matches!(x.text, "," | "." | ";" | ")" | "!" | "?" | "(")
                        // (Or a spaced dash that closes an aside: `ông A – giám đốc Công ty
                        // TNHH Vận tải Hà Thắng – sở hữu …`.)
                        || (x.is_dash() && self.spaced(e + 2))
                })
                // (Or its seat after `tại`: `Công ty TNHH Xuất nhập khẩu Tân Phát tại
                // TP.HCM`.)
                || (self.canon(e + 2) == Some("tại")
                    && self.unit(e + 3).is_some_and(Unit::capitalized)))
    }

    /// Where a foreign holder's name of two words starts at the end of the run `s..run`,
    /// after a foreign school's or body's own name of one word or two: `Đại học Harvard
    /// Claudine Gay`, `Trường Đại học Kyoto Nagahiro Minato`; not its own name of two,
    /// `Đại học Carnegie Mellon`, nor one in syllables, `Đại học Quốc gia Singapore`.
    fn foreign_name_after_own(&self, s: usize, run: usize) -> Option<usize> {
        // (Not before its seat, the body's name going on: `Tập đoàn Joy Wing Mau tại Việt
        // Nam`.)
        if !(s + 3..=s + 4).contains(&run)
            || self.canon(run) == Some("tại")
            || self.holder_named_around(s, run)
        {
            return None;
        }
        let p = run - 2;
        let own = (s..p).all(|m| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized() && !x.all_caps())
        });
        (own && self.foreign_pair(p)).then_some(p)
    }

    /// Whether the two capitalized foreign words at `k`, right after a firm named by one
    /// foreign word, then a verb in lower case, are its holder's name (see
    /// [`Rules::lone_brand`]).
    #[cold]
    fn holder_after_lone_brand(&self, k: usize) -> bool {
        let run = self.capitalized_run(k, 4);
        self.unit(k - 1)
            .is_some_and(|x| x.kind == TokenKind::Word && !x.all_caps())
            && !self.firm_word(k - 1)
            // (Two words only: three may be the brand's second word and a name of two, `Coal
            // India Pramod Agrawal`, `Evergreen Line Eric Hsieh`.)
            && run == k + 2
            // (The first may spell a syllable, as a Chinese family name does: `Huarong Lai
            // Xiaomin`.)
            && (k..run).all(|m| {
                self.spaced(m)
                    && self.unit(m).is_some_and(|x| !x.all_caps() && x.text.len() > 1)
                    && !self.firm_word(m)
                    && self.h.kinds_at(m) & (bit(EntryKind::Place) | bit(EntryKind::Org)) == 0
            })
            && self
                .unit(k + 1)
                .is_some_and(|x| x.kind == TokenKind::Word)
            // (Not a name's particle, the rest of the name the brand's word starts: `Sabato De
            // Sarno`.)
            && !matches!(
                self.unit(k).map(|x| x.text),
                Some("De" | "Da" | "Di" | "Du" | "Do" | "Van" | "Von" | "Del" | "La" | "Le")
            )
            && self
                .unit(run)
                .is_some_and(|x| x.kind == TokenKind::Syllable && !x.capitalized())
            && !self.holder_named_around(k - 1, run)
    }

    /// Whether the two or three foreign words at `k`, right after a region or a country that
    /// ends a body's name, then the clause's end or a verb, are its holder's name: `Ủy ban
    /// Kinh tế và Xã hội châu Á - Thái Bình Dương Armida Alisjahbana phát biểu`.
    #[cold]
    fn foreign_holder_after_region(&self, k: usize) -> bool {
        let region = self.h.ends_at(k, EntryKind::Place, 8).is_some_and(|s| {
            self.h.at(s).iter().any(|h| {
                h.kind == EntryKind::Place
                    && h.end == k
                    && (self.note(h.note).starts_with("city or region")
                        || self.note(h.note).starts_with("country"))
            })
        });
        let run = self.capitalized_run(k, 4);
        region
            && (k + 2..=k + 3).contains(&run)
            && (k..run).all(|m| {
                self.spaced(m)
                    && self.unit(m).is_some_and(|x| {
                        x.kind == TokenKind::Word && x.key.is_none() && !x.all_caps()
                    })
                    && !self.firm_word(m)
            })
            && self.unit(run).is_none_or(|x| {
                matches!(x.text, "," | "." | ";" | ")")
                    || (x.kind == TokenKind::Syllable && !x.capitalized())
            })
            && !self.holder_named_around(k, run)
    }

    /// Whether the holder of a title whose body's words run from `s` to `run` is named
    /// elsewhere, so that they are all the body's: in apposition before (a capitalized word
    /// and a comma in the twelve words before, `Ông Sato Hiroshi, Giám đốc Công ty Yamada Bee
    /// Farm`) or after a comma and a form of address (`Tạp chí Acta Mathematica Vietnamica,
    /// GS Lê Tuấn Hoa`).
    fn holder_named_around(&self, s: usize, run: usize) -> bool {
        (s.saturating_sub(12)..s).any(|c| {
            c > 0 && self.text_at_is(c, ",") && self.unit(c - 1).is_some_and(Unit::capitalized)
        }) || (self.text_at_is(run, ",")
            && self.h.kinds_at(run + 1) & bit(EntryKind::Honorific) != 0)
    }

    /// Whether units `p` and `p + 1` may be a foreign name of two words: capitalized, the
    /// first no syllable, neither a word only firms bear, a place or a body.
    fn foreign_pair(&self, p: usize) -> bool {
        (p..p + 2).all(|m| {
            self.spaced(m)
                && self
                    .unit(m)
                    .is_some_and(|x| x.capitalized() && !x.all_caps() && x.text.len() > 1)
                && !self.firm_word(m)
                && self.h.kinds_at(m) & (bit(EntryKind::Place) | bit(EntryKind::Org)) == 0
        }) && self.unit(p).is_some_and(|x| x.kind == TokenKind::Word)
    }

    /// The name of a school, hospital or street after its head (`THPT Chu Văn An`, `Bạch
    /// Mai`, `Đại học Bách khoa Hà Nội`): a kind (an abbreviation or a listed name), then a
    /// run of capitalized words, less a person's name at its end when the run is long enough
    /// to hold both (`Bệnh viện Bạch Mai Đào Xuân Cơ`).
    fn place_name(&self, k: usize) -> Option<usize> {
        let mut e = k;
        let mut listed = false;
        // (A kind of school in lower case too, as running text writes it: `trường tiểu học
        // Võ Thị Sáu`.)
        // (Or a fund's: `Quỹ học bổng Vừ A Dính`.)
        let school = || {
            self.h
                .longest(e, EntryKind::Name)
                .is_some_and(|(_, note)| matches!(self.note(note), "Trường" | "Quỹ"))
        };
        if let Some(x) = self.unit(e).filter(|_| self.spaced(e))
            && (x.capitalized() || school())
        {
            // (A kind of school of several words first: `THPT chuyên`, `THCS và THPT`.)
            let long_kind = self
                .h
                .longest(e, EntryKind::Name)
                .filter(|&(n, note)| n > e + 1 && self.note(note) == "Trường");
            if let Some((n, _)) = long_kind {
                e = n;
            } else if x.kind == TokenKind::Abbreviation
                || (x.kind == TokenKind::Word && x.all_caps())
            {
                // (An acronym no list knows is the body's own name, `Quỹ NAFOSTED`, `Công ty
                // FPT`, unlike a listed kind, `THPT`: a person's name after it is the holder.)
                listed =
                    self.h.kinds_at(e) & (bit(EntryKind::Abbreviation) | bit(EntryKind::Name)) == 0;
                e += 1;
            } else if let Some((n, note)) = self.h.longest(e, EntryKind::Name) {
                e = n;
                // (A kind of school is no whole name: `Trường Tiểu học Trần Quốc Toản` is
                // named after a person; nor a kind of theatre: `Nhà hát Cải lương Trần Hữu
                // Trang`.)
                // (Nor a kind of troupe: `Đoàn Tuồng Đào Tấn`.)
                listed = !(matches!(self.note(note), "Trường" | "Bệnh viện" | "Nhà hát" | "Quỹ")
                    || self.note(note).starts_with("Nhà hát, Đoàn"));
            }
        }
        // (After a listed name, a person's name is the holder: `Đại học Quốc gia Hà Nội Nguyễn
        // Kim Sơn`.)
        let holder =
            listed && self.person_name_at(e) && self.h.longest(e, EntryKind::Place).is_none();
        // (Nor right after a centre's, a company's, a group's, a bank's, a museum's or a
        // library's head, which are seldom named after a person: a whole name of three words
        // or four, then what its holder does or the clause's end, is the holder's: `Giám đốc
        // Trung tâm Nguyễn Thanh Tùng cho biết`, `Phó Giám đốc Công ty Lê Thị Ngọc Ánh đã
        // tiếp`, `Chánh Văn phòng Tập đoàn Nguyễn Hữu Thắng cho biết`.)
        // (Or after the firm's brand in capitals: `Tổng Giám đốc Tập đoàn TH Ngô Chí Dũng cho
        // biết`.)
        let brand = e == k + 1
            && self
                .unit(k)
                .is_some_and(|x| x.kind == TokenKind::Abbreviation && x.all_caps());
        let holder = holder
            || ((e == k || brand)
                && self.h.ends_at(k, EntryKind::PlaceWord, 3).is_some_and(|s| {
                    // (Or a club's: `Trưởng ban Điều hành CLB Nguyễn Quang Hưng.`)
                    ["trung", "cong", "bao", "thu", "tap", "ngan", "clb", "cau"]
                        .iter()
                        .any(|w| self.folded_is(s, w))
                })
                && self.h.is(e, EntryKind::Surname)
                && self.person_name_at(e)
                && self.h.longest(e, EntryKind::Place).is_none()
                && (3..=4).contains(&(self.capitalized_run(e, 5) - e))
                && {
                    let r = self.capitalized_run(e, 5);
                    self.says_at(r)
                        || self.stop_word(r)
                        // (`công bố`, `ký`: a verb of two words that ends a name.)
                        || self.stops_name(r)
                        || self
                            .unit(r)
                            .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                });
        if self.spaced(e) && !holder {
            let run = self.capitalized_run(e, 6);
            // (Not a body's head, `Trường … Bộ Công an`; but a surname that is also one,
            // with no body's name after it, starts the namesake's: `Trường Tiểu học Đoàn
            // Thị Điểm`, `Trường THPT Đoàn Kết`.)
            let head = self.h.longest(e, EntryKind::Org).is_some()
                && !(self.h.is(e, EntryKind::Surname)
                    && self.h.longest(e + 1, EntryKind::Name).is_none());
            if run > e && !head {
                let s = e;
                // (A listed foreign given name after the firm's own name starts its holder's,
                // of two words or three: `Tập đoàn Nvidia Jensen Huang`, `Tập đoàn Rosatom
                // Alexey Likhachev`.)
                let given = (s + 1..run.saturating_sub(1))
                    .find(|&p| run - p <= 3 && self.spaced(p) && self.foreign_given_at(p))
                    .or_else(|| self.foreign_name_after_own(s, run));
                e = if let Some(p) = given {
                    p
                } else if run - e >= 4 {
                    self.cut_before_name(e, run)
                } else {
                    run
                };
                // (A foreign firm's branch here, then its holder's foreign name: `Công ty
                // Honda Việt Nam Toshiya Kitamura`, `Ngân hàng Shinhan Việt Nam Jeon Young
                // Jun`.)
                e = self.foreign_holder_after(s, e);
                // (`Trường Đại học Sư phạm Hà Nội 2`: a school's number.)
                e = self.place_number(e);
            }
        }
        // (`Bệnh viện Bạch Mai cơ sở 2`: one of its sites, numbered.)
        if e > k
            && self.spaced(e)
            && self.canon(e) == Some("cơ")
            && self.canon(e + 1) == Some("sở")
            && self.small_number(e + 2, 2)
        {
            e += 3;
        }
        // A name in sentence case goes on in lower case (`Trung tâm Đăng kiểm xe cơ giới`):
        // not this kind of name.
        let goes_on = self.spaced(e)
            && self
                .unit(e)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && !self.stops_name(e)
            // (Nor a namesake's name, which ends there: `Bệnh viện Bạch Mai khuyến cáo`.)
            && !(e >= k + 2
                && self.h.is(k, EntryKind::Surname)
                && (k..e).all(|m| self.unit(m).is_some_and(Unit::capitalized)));
        (e > k && !goes_on).then_some(e)
    }

    /// Whether `và` at `i` joins two lower-case parts of a body's name described in words
    /// (`Phòng Quản lý giá và công sản`, `Đội chỉ huy giao thông và điều khiển đèn tín hiệu`).
    fn and_lower(&self, i: usize) -> bool {
        self.canon(i) == Some("và")
            && self.spaced(i + 1)
            && self
                .unit(i + 1)
                .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && !self.stops_name(i + 1)
            && self.h.kinds_at(i + 1)
                & (ENDS_NAME | bit(EntryKind::Honorific) | bit(EntryKind::Generic))
                == 0
            // (Nor the people who come with the body's head: `Trưởng Ban chỉ đạo quốc gia
            // phòng chống lao và đại diện 17 bộ, ngành`.)
            && !(self.folded_is(i + 1, "dai") && self.folded_is(i + 2, "dien"))
    }

    /// `khóa XII`, `khoá IV`: the term of a body.
    pub(super) fn term(&self, k: usize) -> Option<usize> {
        // `các khóa VI, VII`
        let k = if self.canon(k) == Some("các") && self.spaced(k + 1) {
            k + 1
        } else {
            k
        };
        // (A comma ends it, as it ends a title: `khoá XIII, nhiệm kỳ 2021-2026` restates the
        // term after the title, outside its span; a list of terms is read by `one_term`.)
        self.one_term(k)
    }

    /// One term: `khóa XII`, `khoá IV và V`, `nhiệm kỳ 2021–2026`, `nhiệm kỳ VIII`.
    fn one_term(&self, k: usize) -> Option<usize> {
        self.unit(k)?;
        // `nhiệm kỳ 2021–2026`, `nhiệm kì 2016 - 2021`
        if self.canon(k) == Some("nhiệm")
            && matches!(self.canon(k + 1), Some("kỳ" | "kì"))
            && self.spaced(k + 2)
        {
            let num = |i: usize| self.unit(i).is_some_and(|y| y.kind == TokenKind::Number);
            // (The end of one span of years at `i`: `2015-2020` or `2015 - 2020`.)
            let years = |i: usize| {
                num(i).then(|| {
                    let dash = self.unit(i + 1).is_some_and(Unit::is_dash);
                    if dash && num(i + 2) { i + 3 } else { i + 1 }
                })
            };
            if let Some(mut e) = years(k + 2) {
                // `nhiệm kỳ 2015-2020, 2020-2025`, `nhiệm kỳ 2010 - 2015 và 2015 - 2020`:
                // several terms.
                while (self.text_at_is(e, ",") || self.canon(e) == Some("và"))
                    && self.unit(e + 1).is_some_and(|x| {
                        x.kind == TokenKind::Number
                            && (x.text.contains(['-', '–'])
                                || self.unit(e + 2).is_some_and(Unit::is_dash))
                    })
                    && let Some(next) = years(e + 1)
                {
                    e = next;
                }
                return Some(e);
            }
            // `nhiệm kỳ VIII`: a term by its Roman numeral, as `khóa VIII`.
            if self
                .unit(k + 2)
                .is_some_and(|x| x.text.len() <= 6 && x.text.bytes().all(|b| b"IVXL".contains(&b)))
            {
                return Some(k + 3);
            }
        }
        let khoa = self.canon(k) == Some("khóa");
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
                    if (a.text == "," || self.canon(e) == Some("và"))
                        && numeral(b)
                        && (self.spaced(e + 1) || a.text == ",") =>
                {
                    e += 2;
                }
                (Some(a), Some(_), Some(c))
                    if (a.text == "," || self.canon(e) == Some("và"))
                        && self.canon(e + 1) == Some("khóa")
                        && numeral(c) =>
                {
                    e += 3;
                }
                _ => return Some(e),
            }
        }
    }

    /// Whether a rank of two words or more starts at `k`, capitalized (`Đại tá`, `Thiếu
    /// tướng`): it ends a body's or a place's name (`Công an tỉnh Thanh Hóa Đại tá Trần
    /// Phú Hà`, `Cục CSGT Thiếu tướng Nguyễn Văn Mạnh`); no name holds one.
    /// (Written in title case with no name after it, the words are a name's: `Bộ trưởng Đỗ
    /// Trung Tá ký`.)
    fn rank_at(&self, k: usize) -> bool {
        self.h.kinds_at(k) & bit(EntryKind::Rank) != 0
            && self.h.longest(k, EntryKind::Rank).is_some_and(|(e, _)| {
                e >= k + 2
                    && (self.unit(k + 1).is_some_and(|x| !x.capitalized())
                        || (self.spaced(e) && self.unit(e).is_some_and(Unit::capitalized)))
            })
            && self.unit(k).is_some_and(Unit::capitalized)
    }

    /// The end of a second field that `và` joins to a listed name ending at `e` in one
    /// body's name (`Khoa Nhà nước và Pháp luật`, `Viện Xã hội học và Tâm lý học lãnh đạo`):
    /// capitalized words no list makes a body, an office or a place, then words in lower
    /// case, to the clause's end or the holder's name. (`học` after the first makes it a
    /// field of study: `Xã hội học`.)
    fn second_field(&self, e: usize) -> Option<usize> {
        const OTHER: u32 = NOT_A_FIELD | bit(EntryKind::Modifier);
        // (The cheap test first: this is asked after every listed name.)
        let study = self.canon(e) != Some("và")
            && self.canon(e + 1) == Some("và")
            && self.spaced(e)
            && self.unit(e).is_some_and(|x| !x.capitalized())
            && self.folded_is(e, "hoc");
        let v = e + usize::from(study);
        if self.canon(v) != Some("và") || !self.spaced(v) || !self.spaced(v + 1) || self.loud() {
            return None;
        }
        let c = self.capitalized_run(v + 1, 4);
        if c == v + 1 || (v + 1..c).any(|m| self.h.kinds_at(m) & OTHER != 0) {
            return None;
        }
        let mut m = c;
        while m < c + 5
            && self.spaced(m)
            && self
                .unit(m)
                .is_some_and(|x| x.key.is_some() && !x.capitalized() && !self.stops_name(m))
        {
            m += 1;
        }
        // (A place is no field, but a place's word that a word in lower case follows is:
        // `Pháp luật`.)
        if m == c && (v + 1..c).any(|x| self.h.kinds_at(x) & bit(EntryKind::Place) != 0) {
            return None;
        }
        self.field_closes(m).then_some(m)
    }

    /// The end of a body's seat after its capitalized name: a place word in lower case (or
    /// two) and a listed place, then the clause's end or the holder's name (`Ban Chỉ huy Biên
    /// phòng Cửa khẩu cảng Quy Nhơn,`, `Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực I,`).
    #[cold]
    fn seat_after_name(&self, k: usize, j: usize) -> Option<usize> {
        if k <= j
            || !self.spaced(k)
            // (The name's last word or the one before it capitalized: `Cửa khẩu`.)
            || !(k.saturating_sub(2).max(j)..k).any(|m| self.unit(m).is_some_and(Unit::capitalized))
            || self.unit(k).is_none_or(|x| x.key.is_none() || x.capitalized())
            || self.h.kinds_at(k) & bit(EntryKind::PlaceWord) == 0
        {
            return None;
        }
        let (mut w, _) = self.h.longest(k, EntryKind::PlaceWord)?;
        // (Two of them: `Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực I`.)
        if self
            .unit(w)
            .is_some_and(|x| x.key.is_some() && !x.capitalized())
            && let Some((w2, _)) = self.h.longest(w, EntryKind::PlaceWord)
        {
            w = w2;
        }
        if !self.spaced(w) || !self.unit(w).is_some_and(Unit::capitalized) {
            return None;
        }
        let (mut pe, _) = self.h.longest(w, EntryKind::Place)?;
        // (And its area, numbered: `khu vực I`.)
        if self.folded_is(pe, "khu")
            && self.folded_is(pe + 1, "vuc")
            && self.unit(pe + 2).is_some_and(|x| {
                x.regnal_letters() || (x.kind == TokenKind::Number && x.text.len() <= 2)
            })
        {
            pe += 3;
        }
        (self
            .unit(pe)
            .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
            || (self.spaced(pe)
                && self.person_name_at(pe)
                && self.capitalized_run(pe, 5) >= pe + 2))
            .then_some(pe)
    }

    /// The end of the countries a foreign brand's office covers, listed after the first with
    /// commas and `và` at `k`: `Mastercard Việt Nam, Lào và Campuchia`, `Visa Việt Nam và
    /// Lào`. Not a ministry's (`Bộ trưởng Ngoại giao Việt Nam và Lào`, two ministers): a brand,
    /// a word that is no syllable, right before the first country.
    #[cold]
    fn brand_countries(&self, k: usize, j: usize) -> Option<usize> {
        let and = |m: usize| self.canon(m) == Some("và");
        if k <= j + 1 || !(self.text_at_is(k, ",") || and(k)) {
            return None;
        }
        let country = |s: usize| {
            self.h.at(s).iter().rev().find_map(|h| {
                (h.kind == EntryKind::Place && self.note(h.note).starts_with("country"))
                    .then_some(h.end)
            })
        };
        self.h.ends_at(k, EntryKind::Place, 3).filter(|&s| {
            s > j
                && country(s) == Some(k)
                && self
                    .unit(s - 1)
                    .is_some_and(|x| x.kind == TokenKind::Word && x.capitalized())
                && !self.firm_word(s - 1)
        })?;
        let mut m = k;
        loop {
            let last = and(m);
            if !(last || self.text_at_is(m, ",")) || !self.spaced(m + 1) {
                return None;
            }
            let e = country(m + 1)?;
            if last {
                return Some(e);
            }
            m = e;
        }
    }

    /// Whether a listed place or a level and its place at `l` ends a body's name: the clause's
    /// end or the holder's whole name of three words or more right after it.
    #[cold]
    fn place_closes(&self, l: usize) -> bool {
        self.place_end_at(l).is_some_and(|e| {
            self.unit(e)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")"))
                || (self.spaced(e)
                    && self.h.is(e, EntryKind::Surname)
                    && self.person_name_at(e)
                    && self.capitalized_run(e, 5) >= e + 3)
        })
    }

    /// The end of a listed place, or a level and its place, at `l` after a space.
    fn place_end_at(&self, l: usize) -> Option<usize> {
        if !self.spaced(l)
            || self.h.kinds_at(l) & (bit(EntryKind::Level) | bit(EntryKind::Place)) == 0
        {
            return None;
        }
        self.level_place(l)
            .or_else(|| self.h.longest(l, EntryKind::Place).map(|(e, _)| e))
            .filter(|&e| e > l)
    }

    /// Whether a body's field ends at `m`: punctuation, the end, or its holder's name.
    fn field_closes(&self, m: usize) -> bool {
        self.unit(m)
            .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "("))
            || (self.spaced(m) && self.person_name_at(m))
    }

    /// The end of a steering board's task in lower case from `k`, to the clause's end or its
    /// head's name, with a name in capitals of up to four words last (`xây dựng hồ thủy lợi
    /// Phù Sa,`).
    #[cold]
    fn steering_task(&self, k: usize) -> Option<usize> {
        let e = self.lower_name(k).filter(|&e| e > k + 1)?;
        if self.field_closes(e) {
            return Some(e);
        }
        let r = self.capitalized_run(e, 4);
        (r > e
            && self.spaced(e)
            && !self.person_name_at(e)
            && self
                .unit(r)
                .is_none_or(|x| matches!(x.text, "," | ";" | "." | ")" | "(")))
        .then_some(r)
    }

    /// A department named by two listed fields with a comma between, the comma at `k`: `Vụ
    /// Kế hoạch, Tài chính` (one department of a ministry, not a list of them: not after
    /// `các`); the end of the second field, before punctuation or its holder's name.
    fn comma_field(&self, k: usize, j: usize) -> Option<usize> {
        const OTHER: u32 = NOT_A_FIELD | bit(EntryKind::Place);
        if k > j + 4
            || !matches!(self.canon(j), Some("vụ" | "cục" | "ban" | "phòng"))
            || (j > 0 && matches!(self.canon(j - 1), Some("các" | "những")))
            || !self.spaced(k + 1)
            || !self.unit(k + 1).is_some_and(Unit::capitalized)
            || self.h.kinds_at(k + 1) & OTHER != 0
            || self.loud()
        {
            return None;
        }
        let (e, _) = self.h.longest(k + 1, EntryKind::Name)?;
        self.field_closes(e).then_some(e)
    }

    /// A department's fields in lower case listed after the comma at `k` (its head at `j`:
    /// `vụ`, `cục`, `ban`, `phòng`), up to ten words with commas and `và` between, no office,
    /// body, form of address or verb among them: their end, when `và` joins the last or a
    /// bracket or a parent body follows (`Phòng Tổng hợp, quy hoạch (Sở …)`); not a clause
    /// after the office (`Trưởng phòng Kinh tế, phát biểu …`).
    #[cold]
    fn lower_fields_after_comma(&self, k: usize, j: usize) -> Option<usize> {
        // (Right after the department's own field, not after its place: `Cục Thống kê tỉnh
        // Nghệ An, chỉ số giá …`.)
        if !matches!(self.canon(j), Some("vụ" | "cục" | "ban" | "phòng"))
            || self.h.ends_at(k, EntryKind::Place, 4).is_some()
        {
            return None;
        }
        const OTHER: u32 = bit(EntryKind::Role)
            | bit(EntryKind::Prefix)
            | bit(EntryKind::Org)
            | bit(EntryKind::Honorific)
            | bit(EntryKind::Rank)
            | bit(EntryKind::Modifier);
        let mut m = k + 1;
        // (Where the list ends if what follows a comma is no field: `…, cho biết`.)
        let mut last = k;
        let mut joined = false;
        while m < k + 12 {
            let Some(x) = self.unit(m) else { break };
            if x.text == "," && x.gap == Gap::None {
                if !self
                    .unit(m + 1)
                    .is_some_and(|y| y.key.is_some() && !y.capitalized())
                {
                    break;
                }
                last = m;
                m += 1;
                continue;
            }
            // (A level before its place is the seat: `…, huyện Lộc Bình`; `bản đồ` is no
            // village.)
            if self
                .h
                .longest(m, EntryKind::Level)
                .is_some_and(|(le, _)| self.unit(le).is_some_and(Unit::capitalized))
            {
                break;
            }
            if x.key.is_none() || !self.spaced(m) {
                break;
            }
            // (Not `, và …`, a clause joined after the office.)
            if self.canon(m) == Some("và") && m > k + 1 && !self.text_at_is(m - 1, ",") {
                joined = true;
                m += 1;
                continue;
            }
            // (After `và` the last field may be capitalized: `và Viễn thám`.)
            if (x.capitalized() && (!joined || self.person_name_at(m)))
                || self.h.kinds_at(m) & OTHER != 0
                || self.stops_name(m)
                || matches!(
                    self.canon(m),
                    Some(
                        "các"
                            | "những"
                            | "cùng"
                            | "với"
                            | "của"
                            | "và"
                            | "sang"
                            | "về"
                            | "tại"
                            | "ở"
                            | "từ"
                            | "đến"
                            | "cho"
                            | "theo"
                            | "trong"
                            | "là"
                    )
                )
            {
                break;
            }
            m += 1;
        }
        if self.text_at_is(m - 1, ",") {
            m = last;
        }
        if m <= k + 1 || self.canon(m - 1) == Some("và") {
            return None;
        }
        // (A parent body after one field only when the list has two: `Phòng Kiểm tra, giải
        // quyết khiếu nại, tố cáo Cục THADS …`; not `…, cảm ơn Công an phường`.)
        let closes = self.unit(m).is_some_and(|x| {
            x.text == "("
                || (last > k
                    && x.capitalized()
                    && self.spaced(m)
                    && self.h.kinds_at(m) & (bit(EntryKind::Org) | bit(EntryKind::Level)) != 0)
        });
        (joined || closes).then_some(m)
    }

    /// The end of the run of capitalized words from `k` (at most `max`), joined by spaces.
    pub(crate) fn capitalized_run(&self, k: usize, max: usize) -> usize {
        let mut e = k;
        // (No run starts with a rank either: `Bộ CHQS tỉnh Đại tá Lê Văn Ba`.)
        while e < k + max
            && ((e == k && !self.rank_at(e)) || (self.spaced(e) && !self.rank_at(e)))
            && self.unit(e).is_some_and(|x| {
                matches!(x.kind, TokenKind::Syllable | TokenKind::Word) && x.capitalized()
            })
            // (A Korean name ends the run: `Tập đoàn Hanwha Aerospace Choi Jong-won`,
            // `Hội đồng thành phố Ahn Sung-min`.)
            && !(e > k && self.korean_name(e).is_some())
            // In a sentence in capitals the run ends at a function word or a verb (`UBND
            // TỈNH LÀ AI`), but for `ANH` after a surname, a middle name (`TRẦN ANH TUẤN`).
            && !(self.unit(e).is_some_and(|x| x.key.is_some() && x.all_caps())
                && (self.stops_name(e) || self.headline_verb(e))
                && !(e > k
                    && self.canon(e) == Some("anh")
                    && self.h.is(e - 1, EntryKind::Surname))
                // (Nor at `ĐỒNG`, a word of places (`XÃ ĐẠI ĐỒNG`, `XÃ ĐỒNG TÂM`), unless it
                // starts `ĐỒNG CHÍ`, `ĐỒNG Ý`, `ĐỒNG THỜI`, `ĐỒNG BÀO`, …)
                && (self.canon(e) != Some("đồng")
                    || self.folded(e + 1).is_some_and(|w| {
                        matches!(w.as_str(), "chi" | "y" | "thoi" | "bao" | "hanh" | "loat")
                    }))
                && self.loud())
        {
            e += 1;
        }
        e
    }

    /// Whether a rank or a form of address at `m`, then a person's name, names a holder:
    /// `Trung tá Hoàng Văn Minh`, `ông Lê Văn Tám`.
    #[cold]
    fn holder_after_comma(&self, m: usize) -> bool {
        self.spaced(m)
            && self
                .h
                .longest(m, EntryKind::Rank)
                .or_else(|| self.h.longest(m, EntryKind::Honorific))
                .is_some_and(|(e, _)| self.spaced(e) && self.person_name_at(e))
    }

    /// The start of an Ê Đê or M'Nông name in the run `k..run`: its starter `Y` or `H'`, a
    /// given name, then a clan's name ending the run (`Tỉnh ủy Y Thanh Hà Niê Kđăm`), not the
    /// clan's name alone. (`xã Y Tý` has no clan after it.)
    #[cold]
    fn highland_starter(&self, k: usize, run: usize) -> Option<usize> {
        let clan = |c: usize| {
            self.h.at(c).iter().any(|h| {
                h.kind == EntryKind::Surname
                    && h.end < run
                    && run - h.end <= 2
                    && self.note(h.note).contains("clan")
            })
        };
        (k..run - 3)
            .find(|&p| {
                self.h.at(p).iter().any(|h| {
                    h.kind == EntryKind::Surname && self.note(h.note).contains("name starter")
                })
            })
            .filter(|&p| (p + 2..run - 1).any(clan))
    }

    /// Where a person's name starts inside a run of capitalized words `k..run` that follows a
    /// place or a body (`tỉnh Lạng Sơn Hồ Tiến Thiệu`): at a surname that leaves two to four
    /// words for the name and at least one for the place; the run's end otherwise.
    pub(crate) fn cut_before_name(&self, k: usize, run: usize) -> usize {
        let surname = |p: usize| {
            // (A surname of several words too: `Rah Lan Chung`, `Rơ Châm Long`.)
            self.h.longest(p, EntryKind::Surname).is_some()
                && (p..run).all(|m| self.unit(m).is_some_and(Unit::capitalized))
                // (Not a syllable before foreign words only, no name of ours: `Quỹ Hòa bình
                // châu Âu Peter Schmidt`, `châu Á Thái Bình Dương Thorsten Ebert`; a clan's
                // name may be, `Ksor H'Bin`.)
                && !self.foreign_after_surname(p, run)
        };
        // (Nor when the holder is named after the clause's comma, by a rank or a form of
        // address: `Trưởng Công an xã Thèn Chu Phìn, Trung tá Hoàng Văn Minh, …`.)
        if run <= k + 3 && self.text_at_is(run, ",") && self.holder_after_comma(run + 1) {
            return run;
        }
        // (A surname and `Thị`, the middle name of women, start the name whatever its
        // length: `Công ty Nước sạch số 3 Hà Nội Nguyễn Thị Mai Anh`, not `Mai Anh`.)
        if let Some(p) = (k + 1..run.saturating_sub(2)).find(|&p| {
            self.canon(p + 1) == Some("thị")
                && self.unit(p + 1).is_some_and(Unit::capitalized)
                && surname(p)
        }) && run - p <= 5
        {
            return p;
        }
        if run >= k + 4
            && let Some(p) = self.highland_starter(k, run)
        {
            return p;
        }
        for len in [3, 2, 4] {
            if run >= k + 1 + len {
                let p = run - len;
                if surname(p) {
                    // `huyện Anh Sơn Lê Hùng`, `huyện Kỳ Sơn Vi Hòe`: `Sơn` ends more places
                    // than it starts names, and a name of two words after it, or one that
                    // starts with a common surname, is the holder's.
                    if len == 3
                        && surname(p + 1)
                        && (self.canon(p) == Some("sơn") || self.common_surname(p + 1))
                        && !self.common_surname(p)
                    {
                        return p + 1;
                    }
                    // (Two of the commonest surnames before two words are one name of four,
                    // when the run starts there or a foreign word ends the body's name before
                    // them: `Tập đoàn DOJI Đỗ Vũ Phương Anh`, `Trung Nguyên Legend Đặng Lê
                    // Nguyên Vũ`; not after a syllable, which may end a place, `Trường THCS
                    // Giảng Võ Trần Minh Tuấn`.)
                    if len == 3
                        && p > k
                        && surname(p - 1)
                        && self.common_surname(p - 1)
                        && self.common_surname(p)
                        && (p - 1 == k
                            || self
                                .unit(p - 2)
                                .is_some_and(|x| x.kind != TokenKind::Syllable || !x.capitalized()))
                    {
                        return p - 1;
                    }
                    // (A common surname two words before a rarer one is one name of four,
                    // after a foreign word that ends the body's name: `HĐQT Sacombank Nguyễn
                    // Đức Thạch Diễm`; not `Trường THPT Nguyễn Du Lê Hùng`, whose `Lê` is common.)
                    if len == 2
                        && p > k + 2
                        && self.common_surname(p - 2)
                        && !self.common_surname(p)
                        && self
                            .unit(p - 3)
                            .is_some_and(|x| x.kind != TokenKind::Syllable)
                    {
                        return p - 2;
                    }
                    return p;
                }
            }
        }
        // The whole run may be the name when the capitalized words go on after it.
        run
    }
}

/// Whether a level word, folded to lower-case ASCII (`tinh`, `phuong`, `tp`), takes an
/// unlisted place after it: administrative units (`tỉnh`, `huyện Cao Lộc`), not `Trung ương`
/// or `Đảng`.
fn takes_place(level: &str) -> bool {
    matches!(
        level,
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
            | "lang"
            | "buon"
            | "bang"
            | "cua"
            | "ap"
            | "xom"
            | "khu"
            // (`tổ dân phố Đồng Tâm`.)
            | "to"
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
    // Whether the unit before was written out: a name glued to its abbreviation's dot
    // (`TP.Hải Phòng`) is a word apart once the abbreviation is a word (`thành phố Hải Phòng`).
    let mut written_out = false;
    while i < b {
        let Some(x) = u.get(i) else { break };
        if let Some(prev) = i.checked_sub(1).filter(|&p| p >= a).and_then(|p| u.get(p)) {
            let gap = full.get(prev.end..x.start).unwrap_or(" ");
            let glued = gap.is_empty() && written_out && x.text.starts_with(char::is_alphanumeric);
            out.push_str(if gap.contains(['\n', '\r']) || glued {
                " "
            } else {
                gap
            });
        }
        // (By the rule of the abbreviation extractor: not the `X` of `khóa X`.)
        // (A form of several units, `GD&ĐT`, `TN&MT`, is written out whole.)
        let hit = h
            .at(i)
            .iter()
            .rev()
            .find(|t| t.kind == EntryKind::Abbreviation && t.end <= b)
            .filter(|t| {
                t.end > i + 1
                    || (super::abbrev::one_unit_counts(u, i)
                        && !super::abbrev::starts_phrase(u, h, i))
            });
        let end = hit.map_or(i + 1, |t| t.end);
        let exp = hit
            .map(|t| lex.note(t.note))
            // (An abbreviation of several meanings where the words around decide: `Công ty
            // CP`, `BCH Quân sự`.)
            .and_then(|n| {
                if n.contains('|') {
                    super::abbrev::decide(n, u, i, end)
                } else {
                    Some(n)
                }
            })
            .filter(|n| !n.is_empty());
        match exp {
            Some(e) => {
                out.push_str(e);
                written_out = true;
                i = end;
            }
            None => {
                out.push_str(x.text);
                written_out = false;
                i += 1;
            }
        }
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
    // A role that ends in a body's head, with that body's name after it, leaves the head to
    // the body: `Trưởng ban Tổ chức Trung ương` is the `Trưởng` of the `ban Tổ chức Trung
    // ương`, `Chánh Văn phòng Chính phủ` the `Chánh` of the `Văn phòng Chính phủ` (a role
    // alone keeps it: `Trưởng ban`).
    let (role, org) = match f.org {
        Some((a, b)) if a == f.role.1 => {
            // (Or before a suffix, when no body starts the org: `Trưởng Phái đoàn thường trực
            // Việt Nam tại Liên hợp quốc` is the `Trưởng` of the `Phái đoàn thường trực …`;
            // not `Phó Trưởng ban Thường trực Ban Dân vận`.)
            let core_end = (f.role.0 + 1..f.role.1)
                .find(|&t| {
                    h.at(t)
                        .iter()
                        .any(|x| x.kind == EntryKind::Suffix && x.end == f.role.1)
                })
                .filter(|_| !h.at(a).iter().any(|x| x.kind == EntryKind::Org));
            // (Or a level: `Trưởng thôn Nà Sáng` is the `Trưởng` of `thôn Nà Sáng`.)
            // (Not a level that is also the role's suffix: `Bộ trưởng Cấp cao Singapore` is a
            // senior minister, no minister of a `cấp cao`.)
            let head = (f.role.0 + 1..f.role.1).find(|&s| {
                h.at(s).iter().any(|x| {
                    matches!(x.kind, EntryKind::Org | EntryKind::Level)
                        && (x.end == f.role.1 || (Some(x.end) == core_end && s < x.end))
                        && !(x.kind == EntryKind::Level
                            && h.at(s)
                                .iter()
                                .any(|y| y.kind == EntryKind::Suffix && y.end == x.end))
                })
            });
            // (The head's holder is a `Trưởng`, `Phó`, `Chánh`; not `Ủy viên Thường vụ`, where
            // `vụ` only looks like a head, nor `Đại biểu Quốc hội`, nor `Tổng Thanh tra Chính
            // phủ`, an office of its own.)
            let holder = |s: usize| {
                s.checked_sub(1).and_then(|l| u.get(l)).is_some_and(|x| {
                    matches!(
                        crate::normalize::fold_lower(x.text).as_str(),
                        "truong" | "pho" | "chanh"
                    )
                })
            };
            // `Ủy viên Thường vụ Thành ủy` is the short form of `Ủy viên Ban Thường vụ Thành
            // ủy`: the `Ủy viên` of the `Thường vụ Thành ủy`, as the long form is (alone, `Ủy
            // viên Thường vụ` stays the role).
            let standing = f.role.1.checked_sub(2).filter(|&s| {
                s > f.role.0
                    && h.at(s)
                        .iter()
                        .any(|x| x.kind == EntryKind::Suffix && x.end == f.role.1)
                    && crate::fold(&phrase(u, full, s, f.role.1), crate::Fold::All)
                        .eq_ignore_ascii_case("thuong vu")
                    && u.get(s - 1)
                        .is_some_and(|x| crate::normalize::folds_to(x.text, "vien"))
            });
            // (Not when the body says its head again: `Trưởng ban Ban Quản lý dự án`.)
            let again = |s: usize| {
                u.get(s)
                    .and_then(|x| x.key)
                    .is_some_and(|k| u.get(a).is_some_and(|y| y.key == Some(k)))
            };
            match head.filter(|&s| holder(s) && !again(s)).or(standing) {
                Some(s) => ((f.role.0, s), Some((s, b))),
                None => (f.role, f.org),
            }
        }
        _ => (f.role, f.org),
    };
    // A role listed whole that ends in a body listed as no title (`Thường trực Ban Bí thư`,
    // the Secretariat's standing member) is the role before that body, as `Ủy viên Bộ Chính
    // trị` is: the body is its org.
    let (role, org) = match org {
        None => (role.0 + 1..role.1)
            .find(|&s| {
                h.at(s).iter().any(|x| {
                    x.kind == EntryKind::NotTitle
                        && x.end == role.1
                        && lex.note(x.note).starts_with("body")
                })
            })
            .map_or((role, None), |s| {
                // (With its term after it, as other bodies keep theirs: `Thường trực Ban Bí
                // thư khóa XIV`.)
                let term = f.end > role.1
                    && u.get(role.1)
                        .is_some_and(|x| crate::normalize::folds_to(x.text, "khoa"));
                ((role.0, s), Some((s, if term { f.end } else { role.1 })))
            }),
        _ => (role, org),
    };
    // (A body's head alone after the role, nothing of its name after it, is a word of the
    // role written in another case: `Phó trưởng Ban dẫn đầu` is the `Phó Trưởng ban`.)
    let (role, org) = match org {
        Some((a, b))
            if a == role.1
                && b == a + 1
                && (role.0..role.1).any(|s| {
                    h.at(s)
                        .iter()
                        .any(|x| x.kind == EntryKind::Role && x.end == b)
                }) =>
        {
            ((role.0, b), None)
        }
        _ => (role, org),
    };
    // `đại biểu Quốc hội tỉnh Trà Vinh`, `Đại biểu Quốc hội đoàn tỉnh Sơn La`: a deputy of the
    // National Assembly keeps no body (the guide's single role); the province he was elected
    // in stays in the span.
    let org = org.filter(|&(a, _)| {
        // (Or its abbreviation: `ĐBQH tỉnh Sơn La`.)
        let deputy = a == role.1 && {
            let written = phrase(u, full, role.0, role.1);
            let r = crate::fold(&written, crate::Fold::All);
            r.eq_ignore_ascii_case("dai bieu quoc hoi") || r.eq_ignore_ascii_case("dbqh")
        };
        let constituency = h.at(a).iter().any(|x| x.kind == EntryKind::Level)
            || u.get(a).is_some_and(|x| {
                crate::normalize::folds_to(x.text, "doan")
                    && h.at(a + 1).iter().any(|y| y.kind == EntryKind::Level)
            })
            // (`đơn vị tỉnh Nghệ An`, `đơn vị bầu cử số 1`: the constituency.)
            || u.get(a).is_some_and(|x| crate::normalize::folds_to(x.text, "don"))
                && u.get(a + 1).is_some_and(|x| crate::normalize::folds_to(x.text, "vi"))
                && (h.at(a + 2).iter().any(|y| y.kind == EntryKind::Level)
                    || u.get(a + 2).is_some_and(|x| crate::normalize::folds_to(x.text, "bau")));
        !(deputy && constituency)
    });
    // (Or the body named apart: `Hội đồng … do ông A làm Chủ tịch`, `Phó Giám đốc phụ trách
    // Sở Y tế`, `Phó Tư lệnh, Tham mưu trưởng Quân khu 2`.)
    // (A bare head stands for the body named before: `Phó Giám đốc Sở`.)
    let bare_head = matches!((org, f.org_apart), (Some((a, b)), Some(_)) if b == a + 1);
    let org = if bare_head {
        f.org_apart
    } else {
        org.or(f.org_apart)
    };
    let mut org_text = org.map(|(a, b)| phrase(u, full, a, b));
    let mut org_expanded = org.map(|(a, b)| expanded(u, full, h, lex, a, b));
    // (Or with its parents after a comma, as written: `phòng Tham mưu, Bộ Chỉ huy Quân sự
    // tỉnh Đồng Nai`.)
    if let (Some((a, _)), Some(pe)) = (org, f.parent)
        && f.org.is_some()
        && !bare_head
    {
        org_text = Some(phrase(u, full, a, pe));
        org_expanded = Some(expanded(u, full, h, lex, a, pe));
    }
    // (And a board's owner after it: `HĐQT Tập đoàn Thủy sản Minh Phú`.)
    if let (Some(text), Some(exp), Some((c, d))) = (&mut org_text, &mut org_expanded, f.owner) {
        text.push(' ');
        text.push_str(&phrase(u, full, c, d));
        exp.push(' ');
        exp.push_str(&expanded(u, full, h, lex, c, d));
    }
    let org = org_text;
    (
        span,
        Title {
            role: phrase(u, full, role.0, role.1),
            modifiers: f.mods.iter().map(|&(a, b)| phrase(u, full, a, b)).collect(),
            org,
            org_expanded,
            rank: f.rank,
            generic: f.generic,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_speech_verb_is_made_of_syllables() {
        let words: usize = SPEECH_VERB_LIST.iter().map(|v| v.split(' ').count()).sum();
        assert!(SPEECH_VERB_LIST.iter().all(|v| v.split(' ').count() <= 2));
        let keyed: usize = SPEECH_VERBS
            .iter()
            .map(|&(_, b)| 1 + usize::from(b.is_some()))
            .sum();
        assert_eq!(keyed, words);
    }

    /// [`Rules::firm_word`] looks its words up by their first letter: each must be ASCII
    /// in lower case, as [`FIRM_WORDS`] says.
    #[test]
    fn firm_words_are_lower_case_ascii() {
        for w in FIRM_WORDS {
            assert!(
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{w}"
            );
            assert!(w.as_bytes()[0].is_ascii_lowercase(), "{w}");
        }
    }

    /// Every word with a mark that a rule compares with [`Rules::canon`] (`canon(k) ==
    /// Some("quốc")`, `matches!(self.canon(k), Some("thôn" | "ấp"))`) is looked for: a word
    /// missing from [`LOOKED_FOR`] and [`STOPS`] has no canonical form, and the rule never
    /// matches (`quốc tế`, `khu vực` once did not).
    #[test]
    fn every_compared_word_is_looked_for() {
        let mut missing = Vec::new();
        for (file, src) in [
            ("title.rs", include_str!("title.rs")),
            ("person.rs", include_str!("person.rs")),
            ("mod.rs", include_str!("mod.rs")),
        ] {
            for (at, _) in src.match_indices("canon(") {
                // The comparison: up to the end of the statement, a block or an arm.
                let rest = &src[at..];
                let end = [";", "{", "=>"]
                    .iter()
                    .filter_map(|t| rest.find(t))
                    .min()
                    .unwrap_or(rest.len())
                    .min(400);
                let seg = &rest[..rest.floor_char_boundary(end)];
                let line_of = src[..at].lines().count();
                let parts: Vec<&str> = seg.split('"').collect();
                for (n, quoted) in parts.iter().copied().enumerate() {
                    // (Odd parts closed by a quote are inside quotes; a word in lower case with
                    // a mark is a canonical word, an unmarked one may be a folded one.)
                    let word = n % 2 == 1
                        && n + 1 < parts.len()
                        && !quoted.is_empty()
                        && quoted.chars().all(char::is_lowercase)
                        && !quoted.is_ascii();
                    if word && !(LOOKED_FOR.contains(&quoted) || STOPS.contains(&quoted)) {
                        missing.push(format!("{file}:{line_of}: {quoted}"));
                    }
                }
            }
        }
        missing.dedup();
        assert!(missing.is_empty(), "not in LOOKED_FOR: {missing:?}");
    }

    #[test]
    fn every_verb_pair_is_looked_for() {
        // (A word missing from the looked-for words has no canonical form, so its pair never
        // matches: `chủ trì` once ran on as a body's name.)
        let missing: Vec<&str> = VERB_PAIRS
            .iter()
            .flat_map(|&(a, b)| [a, b])
            .filter(|w| !(LOOKED_FOR.contains(w) || STOPS.contains(w)))
            .collect();
        assert!(missing.is_empty(), "not in LOOKED_FOR: {missing:?}");
    }
}

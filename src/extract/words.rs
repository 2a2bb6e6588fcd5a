//! The closed word classes the date and percentage rules read: calendar words, number words,
//! qualifiers. Each is one syllable, found by its [`Syllable::key`], so `Tháng`, `THÁNG`, NFD
//! `tha\u{301}ng` and both tone styles (`thuỷ`/`thủy`) are the same word. Phrases (`âm lịch`,
//! `phần trăm`, `Chủ nhật`) are sequences of these words, read by the rules.

use std::sync::LazyLock;

use crate::syllable::Syllable;

/// A syllable the rules know. Names spell the syllable in ASCII; a digit or a trailing `2`
/// tells apart syllables that differ only by tone (`Tu` = `từ`, `Tu4` = `tư`, `Toi` = `tới`,
/// `Toi2` = `tối`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Word {
    /// Not one of these words (or not a syllable at all).
    Other,
    // Calendar nouns.
    Ngay,
    Thang,
    Nam,
    Quy,
    Tuan,
    Hom,
    Thu,
    Chu,
    Nhat,
    Nua,
    // Parts of the day.
    Sang,
    Trua,
    Chieu,
    Toi2,
    Dem,
    Rang,
    Khuya,
    /// `sớm`, `muộn`: early, late (`sáng sớm`, `tối muộn`).
    Som,
    Muon,
    // Relative words.
    Nay,
    Qua,
    Mai,
    Kia,
    Ngoai,
    Sau,
    Truoc,
    Nay2,
    /// `rồi` (`tuần rồi`), `vừa` (`vừa qua`), `tiếp` (`tiếp theo`), `theo`, `sắp` (`sắp
    /// tới`), `bữa` (`bữa nay`), `cách` and `đây` (`cách đây 2 ngày`), `của` (`quý 4 của năm
    /// 2018`), `đó` and `khi` (`năm sau đó`, `2 ngày trước khi`: relative to another time).
    Roi,
    /// `nữa`: more, further (`3 ngày nữa`: in three days).
    Nua3,
    Vua,
    Tiep,
    Theo,
    Sap,
    Bua,
    Cach,
    Day,
    Cua,
    Do3,
    Khi,
    // Positions in a period.
    Dau,
    Giua,
    Cuoi,
    // Range words.
    Tu,
    Den,
    Toi,
    Va,
    Hoac,
    // Terms.
    Nhiem,
    Ky,
    Giai,
    Doan,
    Nien,
    Thoi,
    Khoa,
    /// `những`, `các` (`những năm 1990`: a decade), `thập` and `kỷ` (`thập niên 1990`,
    /// `thập kỷ 80`).
    Nhung,
    Cac,
    Thap,
    Ky3,
    The,
    Mang,
    Hien,
    Tien,
    Thuong,
    Niem,
    Chien,
    Thang2,
    So2,
    Voi,
    Ha,
    Cung2,
    Tai,
    /// `lễ`, `khánh` (`lễ 1/5`, `Quốc khánh 2/9`): an occasion before its day (as `dịp`).
    Le2,
    Khanh,
    Do,
    Hoc,
    // Lunar calendar.
    Mung,
    Mong,
    Ram,
    Tet,
    Nguyen,
    Dan,
    Am,
    Lich,
    Duong,
    Trung,
    /// `thu` (autumn: `Tết Trung thu`), not `thứ` ([`Word::Thu`]).
    Thu2,
    Doan2,
    Ngo,
    Tieu,
    Gieng,
    Chap,
    /// `giỗ` (`Giỗ Tổ Hùng Vương`, 10/3 lunar).
    Gio,
    /// `giáng` (`Giáng sinh`, Christmas, 25/12).
    Giang,
    /// `giao thừa`: the eve of Tết, the lunar year's last night.
    Giao,
    Thua,
    // Numbers.
    Khong,
    Mot,
    Mot2,
    Hai,
    Ba,
    Bon,
    Tu4,
    Lam,
    Nham,
    Sau6,
    Bay,
    Tam,
    Chin,
    Muoi,
    Muoi2,
    Tram,
    Linh,
    Le,
    Phay,
    // Percentages.
    Phan,
    Diem,
    Hon,
    Gan,
    Khoang,
    Tren,
    Duoi,
    Dat,
    Xap,
    Xi,
    It,
    /// `phiên` (a trading session: `phiên 28/11`).
    Phien,
    /// `hết` (`đến hết ngày 30/6`: to the end of).
    Het,
    /// `nhất` (`ít nhất`; `Nhat` is `nhật`).
    Nhat2,
    Thieu,
    Da,
    Chua,
    /// `chúa` (`Chúa nhật`, Sunday as Catholics write it; `Chua` is `chưa`).
    Chua2,
    Qua2,
    // Words of time before `Tết` (`dịp Tết`, `trước Tết`).
    Dip,
    Trong,
    Vao,
    Can,
    Ra,
    /// A noun that counts or measures: a number before it is an amount (`2000 người`).
    Count,
    // Words before a bare year (`sinh 1965`, `mất 2007`).
    Sinh,
    Mat,
    // Words before a document number (`Thông tư 15/2014`, `Nghị quyết số 19/2017`).
    So,
    Luat,
    Lenh,
    /// `lên` of `lên tới`, `lên đến`: up to an amount, not a date.
    Len,
    DocFirst,
    DocSecond,
}

/// Every word with its spelling. `Quý` is also a heavenly stem, `Ngọ` a branch: the lunar
/// rules look those up on their own ([`stem`], [`branch`]).
const SPELLINGS: &[(&str, Word)] = &[
    ("ngày", Word::Ngay),
    ("tháng", Word::Thang),
    // (`thàng`, a slip of the keyboard for `tháng`: `thàng 12/2024`.)
    ("thàng", Word::Thang),
    ("năm", Word::Nam),
    ("quý", Word::Quy),
    ("quí", Word::Quy),
    ("tuần", Word::Tuan),
    ("hôm", Word::Hom),
    ("thứ", Word::Thu),
    ("chủ", Word::Chu),
    ("nhật", Word::Nhat),
    ("nửa", Word::Nua),
    ("sáng", Word::Sang),
    ("trưa", Word::Trua),
    ("chiều", Word::Chieu),
    ("tối", Word::Toi2),
    ("đêm", Word::Dem),
    ("rạng", Word::Rang),
    ("khuya", Word::Khuya),
    ("sớm", Word::Som),
    ("muộn", Word::Muon),
    ("nay", Word::Nay),
    ("qua", Word::Qua),
    ("mai", Word::Mai),
    ("kia", Word::Kia),
    ("ngoái", Word::Ngoai),
    ("sau", Word::Sau),
    ("trước", Word::Truoc),
    ("này", Word::Nay2),
    ("rồi", Word::Roi),
    ("nữa", Word::Nua3),
    ("vừa", Word::Vua),
    ("tiếp", Word::Tiep),
    ("theo", Word::Theo),
    ("sắp", Word::Sap),
    ("bữa", Word::Bua),
    ("cách", Word::Cach),
    ("đây", Word::Day),
    ("của", Word::Cua),
    ("đó", Word::Do3),
    ("khi", Word::Khi),
    ("đầu", Word::Dau),
    ("giữa", Word::Giua),
    ("cuối", Word::Cuoi),
    ("từ", Word::Tu),
    ("đến", Word::Den),
    ("tới", Word::Toi),
    ("và", Word::Va),
    ("hoặc", Word::Hoac),
    ("nhiệm", Word::Nhiem),
    ("kỳ", Word::Ky),
    ("kì", Word::Ky),
    ("giai", Word::Giai),
    ("đoạn", Word::Doan),
    ("niên", Word::Nien),
    ("những", Word::Nhung),
    ("các", Word::Cac),
    ("thập", Word::Thap),
    ("kỷ", Word::Ky3),
    ("kỉ", Word::Ky3),
    ("thế", Word::The),
    ("mạng", Word::Mang),
    ("hiện", Word::Hien),
    ("tiên", Word::Tien),
    ("thượng", Word::Thuong),
    ("niệm", Word::Niem),
    ("chiến", Word::Chien),
    ("thắng", Word::Thang2),
    ("so", Word::So2),
    ("với", Word::Voi),
    ("hạ", Word::Ha),
    ("cùng", Word::Cung2),
    ("tại", Word::Tai),
    ("lễ", Word::Le2),
    ("khánh", Word::Khanh),
    ("thời", Word::Thoi),
    ("khóa", Word::Khoa),
    ("độ", Word::Do),
    ("học", Word::Hoc),
    ("mùng", Word::Mung),
    ("mồng", Word::Mong),
    ("rằm", Word::Ram),
    ("tết", Word::Tet),
    ("nguyên", Word::Nguyen),
    ("đán", Word::Dan),
    ("âm", Word::Am),
    ("lịch", Word::Lich),
    ("dương", Word::Duong),
    ("trung", Word::Trung),
    ("thu", Word::Thu2),
    ("đoan", Word::Doan2),
    ("ngọ", Word::Ngo),
    ("tiêu", Word::Tieu),
    ("giêng", Word::Gieng),
    ("chạp", Word::Chap),
    ("giỗ", Word::Gio),
    ("giáng", Word::Giang),
    ("giao", Word::Giao),
    ("thừa", Word::Thua),
    ("không", Word::Khong),
    ("một", Word::Mot),
    ("mốt", Word::Mot2),
    ("hai", Word::Hai),
    ("ba", Word::Ba),
    ("bốn", Word::Bon),
    ("tư", Word::Tu4),
    ("lăm", Word::Lam),
    ("nhăm", Word::Nham),
    ("sáu", Word::Sau6),
    ("bảy", Word::Bay),
    ("bẩy", Word::Bay),
    ("tám", Word::Tam),
    ("chín", Word::Chin),
    ("mười", Word::Muoi),
    ("mươi", Word::Muoi2),
    ("trăm", Word::Tram),
    ("linh", Word::Linh),
    ("lẻ", Word::Le),
    ("phẩy", Word::Phay),
    ("phần", Word::Phan),
    ("điểm", Word::Diem),
    ("hơn", Word::Hon),
    ("gần", Word::Gan),
    ("khoảng", Word::Khoang),
    ("trên", Word::Tren),
    ("dưới", Word::Duoi),
    ("đạt", Word::Dat),
    ("xấp", Word::Xap),
    ("xỉ", Word::Xi),
    ("ít", Word::It),
    ("phiên", Word::Phien),
    ("hết", Word::Het),
    ("nhất", Word::Nhat2),
    ("thiểu", Word::Thieu),
    ("đa", Word::Da),
    ("chưa", Word::Chua),
    ("chúa", Word::Chua2),
    ("quá", Word::Qua2),
    ("dịp", Word::Dip),
    ("trong", Word::Trong),
    ("vào", Word::Vao),
    ("cận", Word::Can),
    ("ra", Word::Ra),
    ("người", Word::Count),
    ("đồng", Word::Count),
    ("tấn", Word::Count),
    ("xe", Word::Count),
    ("lần", Word::Count),
    // `tiếng` (hours, as spoken: `cắt điện 5-7 tiếng`).
    ("tiếng", Word::Count),
    // (`sau 4-6 phút`: minutes and seconds, no day and month.)
    ("phút", Word::Count),
    ("giây", Word::Count),
    // (Ages: `trẻ từ 1-5 tuổi`, no 1 May.)
    ("tuổi", Word::Count),
    ("hộ", Word::Count),
    ("vụ", Word::Count),
    ("triệu", Word::Count),
    ("tỷ", Word::Count),
    ("tỉ", Word::Count),
    ("nghìn", Word::Count),
    ("ngàn", Word::Count),
    ("chiếc", Word::Count),
    ("cái", Word::Count),
    ("con", Word::Count),
    ("căn", Word::Count),
    ("lượt", Word::Count),
    ("ca", Word::Count),
    ("mét", Word::Count),
    ("héc", Word::Count),
    ("cây", Word::Count),
    ("suất", Word::Count),
    ("phòng", Word::Count),
    ("giường", Word::Count),
    ("ha", Word::Count),
    // (Medals and matches counted: `giành từ 3-4 huy chương vàng`, `thắng 2-3 trận`.)
    ("huy", Word::Count),
    ("trận", Word::Count),
    // (Hotel stars and storeys: `khách sạn từ 4-5 sao`, `nhà 4-5 tầng`.)
    ("sao", Word::Count),
    ("tầng", Word::Count),
    ("sinh", Word::Sinh),
    ("mất", Word::Mat),
    ("số", Word::So),
    ("luật", Word::Luat),
    ("lệnh", Word::Lenh),
    ("lên", Word::Len),
    // First syllables of document types: Thông tư, Nghị định/quyết, Quyết định, Chỉ thị,
    // Công văn/điện, Pháp lệnh, Kế hoạch, Tờ trình, Báo cáo, Văn bản, Hướng dẫn, Liên tịch.
    ("thông", Word::DocFirst),
    ("nghị", Word::DocFirst),
    ("quyết", Word::DocFirst),
    ("chỉ", Word::DocFirst),
    ("công", Word::DocFirst),
    ("pháp", Word::DocFirst),
    ("kế", Word::DocFirst),
    ("tờ", Word::DocFirst),
    ("báo", Word::DocFirst),
    ("văn", Word::DocFirst),
    ("hướng", Word::DocFirst),
    ("liên", Word::DocFirst),
    // Their second syllables (`tư` of Thông tư is the number word `Tu4`).
    ("định", Word::DocSecond),
    ("thị", Word::DocSecond),
    ("điện", Word::DocSecond),
    ("hoạch", Word::DocSecond),
    ("trình", Word::DocSecond),
    ("cáo", Word::DocSecond),
    ("bản", Word::DocSecond),
    ("dẫn", Word::DocSecond),
    ("tịch", Word::DocSecond),
];

/// The words by syllable key, as an open-addressing table: one multiply and usually one
/// comparison per syllable of the text (a binary search over the list cost eight).
static TABLE: LazyLock<KeyMap<Word>> = LazyLock::new(|| KeyMap::new(&keyed(SPELLINGS)));

/// A hash table from syllable keys to values, built once. The rules ask it for the word of
/// almost every unit, many times over, and about half the syllables of a text are in some
/// list, half not: a lookup that branches on what it finds is mispredicted that often. So
/// each key lives in one of two slots (cuckoo hashing), both are loaded and the answer is
/// chosen by comparison, with no branch on the data.
pub(crate) struct KeyMap<T> {
    /// `key + 1` (0 marks an empty slot) and the value.
    slots: Vec<(u32, Option<T>)>,
    /// `32 - log2(slots.len())`.
    shift: u32,
}

/// The multipliers of the two slots (2^32 / φ, and an odd constant of its own): spread the
/// structured bits of a syllable key over the table's index.
const FIBONACCI: u32 = 0x9E37_79B9;
const SECOND: u32 = 0x85EB_CA6B;

impl<T: Copy> KeyMap<T> {
    /// The table of a list made by [`keyed`]: at least four slots a key, doubled until every
    /// key has a place. A key listed twice keeps its first value.
    pub(crate) fn new(entries: &[(u32, T)]) -> KeyMap<T> {
        let mut bits = (entries.len() * 4)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        loop {
            if let Some(map) = KeyMap::build(entries, bits) {
                return map;
            }
            bits += 1;
        }
    }

    fn build(entries: &[(u32, T)], bits: u32) -> Option<KeyMap<T>> {
        let mut map = KeyMap {
            slots: vec![(0, None); 1 << bits],
            shift: 32 - bits,
        };
        for &(key, w) in entries {
            if map.get(key).is_some() {
                continue;
            }
            // Cuckoo insertion: take a slot, move its key to its other slot, and so on.
            let mut item = (key.wrapping_add(1), Some(w));
            let mut at = map.home(key).0;
            for _ in 0..=map.slots.len() {
                let slot = map.slots.get_mut(at)?;
                std::mem::swap(slot, &mut item);
                if item.0 == 0 {
                    break;
                }
                let (h1, h2) = map.home(item.0.wrapping_sub(1));
                at = if h1 == at { h2 } else { h1 };
            }
            if item.0 != 0 {
                return None;
            }
        }
        Some(map)
    }

    /// The two slots of `key`.
    #[inline]
    fn home(&self, key: u32) -> (usize, usize) {
        (
            (key.wrapping_mul(FIBONACCI) >> self.shift) as usize,
            (key.wrapping_mul(SECOND) >> self.shift) as usize,
        )
    }

    /// The value of `key`, if it has one.
    #[inline]
    pub(crate) fn get(&self, key: u32) -> Option<T> {
        let (h1, h2) = self.home(key);
        let k = key.wrapping_add(1);
        let (a, b) = (self.slots.get(h1)?, self.slots.get(h2)?);
        let w = if b.0 == k { b.1 } else { None };
        if a.0 == k { a.1 } else { w }
    }
}

/// Syllable keys of a list of `(spelling, value)`, sorted by key. Spellings that are not
/// one syllable are a mistake in the list: a debug build stops on them.
pub(crate) fn keyed<T: Copy>(list: &[(&str, T)]) -> Vec<(u32, T)> {
    let mut v: Vec<(u32, T)> = list
        .iter()
        .filter_map(|&(s, w)| {
            let key = Syllable::parse(s).ok().map(|x| x.key());
            debug_assert!(key.is_some(), "{s} is not a syllable");
            key.map(|k| (k, w))
        })
        .collect();
    v.sort_by_key(|&(k, _)| k);
    v
}

/// Looks a key up in a list made by [`keyed`].
pub(crate) fn find<T: Copy>(list: &[(u32, T)], key: u32) -> Option<T> {
    list.binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .map(|i| list[i].1)
}

/// The word of a syllable key.
#[inline]
pub(crate) fn word(key: u32) -> Word {
    TABLE.get(key).unwrap_or(Word::Other)
}

/// Heavenly stems (can) by key: Giáp Ất Bính Đinh Mậu Kỷ Canh Tân Nhâm Quý.
static STEMS: LazyLock<Vec<(u32, u8)>> = LazyLock::new(|| {
    let list: Vec<(&str, u8)> = (0u8..)
        .zip(super::lunar::STEMS)
        .map(|(i, s)| (s, i))
        .collect();
    keyed(&list)
});

/// Earthly branches (chi) by key, with the variants `Tí`, `Tị`, `Mẹo`.
static BRANCHES: LazyLock<Vec<(u32, u8)>> = LazyLock::new(|| {
    let mut list: Vec<(&str, u8)> = (0u8..)
        .zip(super::lunar::BRANCHES)
        .map(|(i, s)| (s, i))
        .collect();
    list.extend(super::lunar::BRANCH_VARIANTS);
    keyed(&list)
});

/// The stem index of a syllable key.
pub(crate) fn stem(key: u32) -> Option<u8> {
    find(&STEMS, key)
}

/// The branch index of a syllable key.
pub(crate) fn branch(key: u32) -> Option<u8> {
    find(&BRANCHES, key)
}

/// The number of a month name after `tháng`: `Giêng` 1, `Hai` 2 … `Mười` 10, `Chạp` 12 (the
/// two-word names `Mười Một`, `Mười Hai` are read by the rules).
pub(crate) fn month_word(w: Word) -> Option<u8> {
    Some(match w {
        Word::Gieng | Word::Mot => 1,
        Word::Hai => 2,
        Word::Ba => 3,
        Word::Tu4 | Word::Bon => 4,
        Word::Nam => 5,
        Word::Sau6 => 6,
        Word::Bay => 7,
        Word::Tam => 8,
        Word::Chin => 9,
        Word::Muoi => 10,
        Word::Chap => 12,
        _ => return None,
    })
}

/// The weekday after `thứ`: `Hai` is Monday (1) … `Bảy` Saturday (6).
pub(crate) fn weekday_word(w: Word) -> Option<u8> {
    Some(match w {
        Word::Hai => 1,
        Word::Ba => 2,
        Word::Tu4 => 3,
        Word::Nam => 4,
        Word::Sau6 => 5,
        Word::Bay => 6,
        _ => return None,
    })
}

/// Phrases of one or two syllables as their keys: the first and, for two, the second
/// (`chương trình`, `giải`, `cảm ơn`). A phrase with a word that is no syllable is left out.
pub(crate) fn phrase_keys(list: &[&str]) -> Vec<(u32, Option<u32>)> {
    let key = |s: &str| Syllable::parse(s).ok().map(|x| x.key());
    list.iter()
        .filter_map(|v| {
            let mut it = v.split(' ');
            let a = key(it.next()?)?;
            match it.next() {
                Some(b) => Some((a, Some(key(b)?))),
                None => Some((a, None)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_is_one_syllable_with_its_own_key() {
        let keys = keyed(SPELLINGS);
        assert_eq!(keys.len(), SPELLINGS.len());
        // Two spellings share a key only when they are the same word (`kỳ`/`kì` are not the
        // same syllable, so this also checks that no two words collide).
        for pair in keys.windows(2) {
            assert!(pair[0].0 != pair[1].0 || pair[0].1 == pair[1].1, "{pair:?}");
        }
        // The table finds every word, and nothing else.
        for &(k, w) in &keys {
            assert_eq!(word(k), w);
        }
        for probe in ["nhà", "cửa", "Việt", "a", "ươi"] {
            assert_eq!(
                word(Syllable::parse(probe).unwrap().key()),
                Word::Other,
                "{probe}"
            );
        }
    }

    #[test]
    fn a_key_map_finds_every_key_it_was_built_with_and_no_other() {
        // Dense keys and keys that differ only in high bits collide in both slots often:
        // the table must grow until each has a place.
        let mut list: Vec<(u32, u32)> = (0..3000).map(|k| (k, k * 7)).collect();
        list.extend((1..200).map(|k| (k << 20, k)));
        list.push((u32::MAX - 1, 5));
        let map = KeyMap::new(&list);
        assert_eq!(KeyMap::new(&[(9, 1), (9, 2)]).get(9), Some(1));
        for &(k, v) in &list {
            assert_eq!(map.get(k), Some(v), "{k}");
        }
        for k in [3000, 3001, 1 << 31, 200 << 20, u32::MAX] {
            assert_eq!(map.get(k), None, "{k}");
        }
        assert_eq!(KeyMap::<u8>::new(&[]).get(7), None);
    }

    #[test]
    fn any_form_case_and_style() {
        let k = |s: &str| word(Syllable::parse(s).unwrap().key());
        assert_eq!(k("THÁNG"), Word::Thang);
        assert_eq!(k("tha\u{301}ng"), Word::Thang);
        assert_eq!(k("Khóa"), Word::Khoa);
        assert_eq!(k("khoá"), Word::Khoa);
        assert_eq!(k("từ"), Word::Tu);
        assert_eq!(k("tư"), Word::Tu4);
        assert_eq!(k("TẾT"), Word::Tet);
        assert_eq!(k("nhà"), Word::Other);
        let key = |s: &str| Syllable::parse(s).unwrap().key();
        assert_eq!(stem(key("Canh")), Some(6));
        assert_eq!(branch(key("tí")), Some(0));
        assert_eq!(branch(key("Tý")), Some(0));
    }
}

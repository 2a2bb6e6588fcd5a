//! The extractors' view of a text: its content tokens, one sentence at a time, each with its
//! syllable key and the word it is (see [`super::words`]), and what stands between it and
//! the token before (nothing, spaces, a line break).
//!
//! Matching never crosses a sentence: a date or a percentage is always inside one.

use crate::sentence::SentenceState;
use crate::tokenize::{NO_KEY, Raw, Scanner, TokenKind};

use super::words::{self, Word};

/// What stands between a unit and the unit before it in its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gap {
    /// Nothing: the two touch (`8,5` `%`, `quý` `I` `/` `2020`).
    None,
    /// Spaces, no line break.
    Space,
    /// A line break (or the start of the sentence).
    Line,
}

/// One content token with what the rules ask of it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit<'t> {
    pub start: usize,
    pub end: usize,
    pub text: &'t str,
    pub kind: TokenKind,
    /// The syllable key, for syllables.
    pub key: Option<u32>,
    /// The word of the key.
    pub word: Word,
    pub gap: Gap,
    /// Whether its first letter is upper case (see [`Unit::capitalized`]): known for units
    /// that hold no letter, else read when asked, or once for the whole sentence by
    /// [`settle_caps`] where the rules ask it of most units, several times each (titles and
    /// persons; dates and percentages ask it of a few).
    pub(super) cap: Cap,
}

/// The byte span of units `a..b` (empty at 0 when the range is empty or out of bounds).
pub(crate) fn span_of(u: &[Unit<'_>], a: usize, b: usize) -> crate::Span {
    debug_assert!(a < b && b <= u.len(), "units {a}..{b} of {}", u.len());
    match (u.get(a), b.checked_sub(1).and_then(|l| u.get(l))) {
        (Some(x), Some(y)) if a < b => crate::Span {
            start: x.start,
            end: y.end,
        },
        _ => crate::Span { start: 0, end: 0 },
    }
}

impl Unit<'_> {
    /// Whether this is the punctuation or symbol `s`.
    pub(crate) fn is(&self, s: &str) -> bool {
        self.text == s
    }

    /// A dash between two ends of a range: `-`, `–`, `—`.
    pub(crate) fn is_dash(&self) -> bool {
        matches!(self.text, "-" | "–" | "—" | "‒" | "―" | "−")
    }

    /// Whether it is written in the letters of a king's or a pope's Roman numeral only
    /// (`II`, `XIV`).
    pub(crate) fn regnal_letters(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|b| b"IVX".contains(&b))
    }

    /// Whether it is written in capitals: two letters or more, none lower case (`TƯ`, `UBND`,
    /// not `tư`).
    pub(crate) fn all_caps(&self) -> bool {
        // Most words start in lower case.
        if self
            .text
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_lowercase)
        {
            return false;
        }
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_lowercase() {
                return false;
            }
            if c.is_alphabetic() {
                letters += 1;
            }
        }
        letters >= 2
    }

    /// Whether its first letter is upper case.
    pub(crate) fn capitalized(&self) -> bool {
        match self.cap {
            Cap::Yes => true,
            Cap::No => false,
            Cap::Unread => first_upper(self.text),
        }
    }
}

/// Whether a unit's first letter is upper case, as far as it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cap {
    No,
    Yes,
    /// Not read yet.
    Unread,
}

/// Reads whether each unit of a sentence is capitalised, for rules that ask it of most units.
pub(crate) fn settle_caps(buf: &mut [Unit<'_>]) {
    for u in buf {
        if u.cap == Cap::Unread {
            u.cap = if first_upper(u.text) {
                Cap::Yes
            } else {
                Cap::No
            };
        }
    }
}

/// Whether the first letter of `text` is upper case.
fn first_upper(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => text.chars().next().is_some_and(upper),
        None => false,
    }
}

/// `char::is_uppercase`, with the letters of Vietnamese read without the Unicode tables:
/// in the Latin blocks it writes with (`Đ đ`, `Ơ ơ`, `Ư ư`, `Ắ ắ` …) the capital of a pair
/// has the even code point.
fn upper(c: char) -> bool {
    let n = c as u32;
    match n {
        // À … Þ (not ×), then ß … ÿ.
        0xC0..=0xDE => n != 0xD7,
        0xDF..=0xFF => false,
        // Ā … ķ, Ŋ … ŷ: pairs from an even code point (Ă ă, Đ đ, Ĩ ĩ, Ũ ũ).
        0x100..=0x137 | 0x14A..=0x177 => n.is_multiple_of(2),
        0x1A0 | 0x1AF => true,
        0x1A1 | 0x1B0 => false,
        // Ḁ … ẕ, Ạ … ỿ (Ạ ạ, Ắ ắ, Ộ ộ, Ỹ ỹ).
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => n.is_multiple_of(2),
        _ => c.is_uppercase(),
    }
}

/// The units of a text, one sentence at a time, from one scan: the tokenizer's scanner gives
/// each token with its syllable key, and the sentence splitter's state machine, fed the same
/// tokens, says where sentences end.
#[derive(Debug)]
pub(crate) struct Sentences<'t> {
    text: &'t str,
    scanner: Scanner<'t>,
    state: SentenceState<'t>,
    /// The token that ended the last sentence (it starts the next one).
    pending: Option<Raw<'t>>,
    /// The gap before the pending token.
    pending_gap: Gap,
    done: bool,
}

impl<'t> Sentences<'t> {
    pub(crate) fn new(
        text: &'t str,
        extra: Option<std::sync::Arc<crate::tokenize::Abbreviations>>,
    ) -> Self {
        Sentences {
            text,
            scanner: Scanner::new(text).with_abbreviations(extra),
            state: SentenceState::new(text),
            pending: None,
            pending_gap: Gap::Line,
            done: false,
        }
    }

    /// Puts the units of the next sentence in `buf`; `false` at the end of the text.
    pub(crate) fn next_into(&mut self, buf: &mut Vec<Unit<'t>>) -> bool {
        buf.clear();
        if self.done {
            return false;
        }
        if let Some(t) = self.pending.take() {
            buf.push(unit(&t, Gap::Line));
        }
        let mut gap = self.pending_gap;
        loop {
            // A single ASCII space holds no line break: the sentence state needs no news of it.
            if self.scanner.skip_single_space() {
                if gap == Gap::None {
                    gap = Gap::Space;
                }
                continue;
            }
            let Some(t) = self.scanner.next_raw() else {
                self.done = true;
                self.state.finish();
                split_final_letter(buf);
                mend_date_typos(buf);
                return !buf.is_empty();
            };
            let ended = self.state.push(t, self.scanner.cache_mut()).is_some();
            if t.kind == TokenKind::Space {
                // A tab inside a line parts the cells of a table (a TSV file, a table pasted
                // as text): no name, title or date goes on from one cell to the next. (After a
                // line break it indents the line, which may go on the sentence.)
                if t.text.contains('\t') && !t.text.contains('\n') && !buf.is_empty() {
                    self.pending_gap = Gap::Line;
                    split_final_letter(buf);
                    mend_date_typos(buf);
                    return true;
                }
                let line_break = match t.text.as_bytes() {
                    [b] => *b == b'\n',
                    b => b.contains(&b'\n'),
                };
                gap = if line_break {
                    Gap::Line
                } else if gap == Gap::None {
                    Gap::Space
                } else {
                    gap
                };
                continue;
            }
            if ended && !buf.is_empty() {
                // This token starts the next sentence.
                split_final_letter(buf);
                mend_date_typos(buf);
                self.pending = Some(t);
                self.pending_gap = Gap::None;
                return true;
            }
            let g = if buf.is_empty() { Gap::Line } else { gap };
            if t.kind == TokenKind::Word {
                push_word(buf, &t, g);
            } else if t.kind == TokenKind::Code {
                push_code(buf, &t, g);
            } else {
                buf.push(unit(&t, g));
                if t.kind == TokenKind::Number {
                    join_spaced_date(buf, self.text);
                    toneless_ngay(buf);
                }
            }
            gap = Gap::None;
            // A run of text with no end of sentence (a table dump, a list without stops) is
            // read in parts, after a comma or a semicolon once it is long, so that rules that
            // compare the items of a sentence stay linear in the text.
            if buf.len() >= LONG && (matches!(t.text, "," | ";") || buf.len() >= LONG + LONG / 2) {
                self.pending_gap = Gap::Line;
                mend_date_typos(buf);
                return true;
            }
        }
    }
}

/// The syllable keys of the usual misspellings of `tháng` (month: `thang`, `thảng`, `thàng`,
/// `thạng`, `thãng`) and of `đến` (to: `đên`, `đén`, `dến`); `ngay` and `nam` typed with no
/// tone; and the misspellings of `năm` (year: `nắm`, `nằm`, `nám`, `nẳm`, `nẵm`).
static TYPOS: std::sync::LazyLock<[Vec<u32>; 5]> = std::sync::LazyLock::new(|| {
    let keys = |words: &[&str]| -> Vec<u32> {
        words
            .iter()
            .filter_map(|w| crate::Syllable::parse(w).ok().map(|s| s.key()))
            .collect()
    };
    [
        keys(&["thang", "thảng", "thàng", "thạng", "thãng"]),
        keys(&["đên", "đén", "dến", "đền"]),
        keys(&["ngay"]),
        keys(&["nam"]),
        keys(&["nắm", "nằm", "nám", "nẳm", "nẵm"]),
    ]
});

/// `Ngay 28/11`, `ngay 5/12/2026`: `ngày` typed with no tone before a day and a month (not
/// `thẳng`, straight, before a count: `đi ngay 2 km`), read as `ngày` (the last unit is a
/// number just pushed).
fn toneless_ngay(buf: &mut [Unit<'_>]) {
    let [.., before, n] = buf else { return };
    if before.word == Word::Other
        && before.key.is_some()
        && before.key == TYPOS[2].first().copied()
        && n.gap == Gap::Space
        && (super::date_rules::day_month(n.text) || super::date_rules::full_date(n.text))
    {
        before.word = Word::Ngay;
    }
}

/// A misspelt `tháng`, `đến` or `năm` between the numbers of a date is read as the word meant
/// (the value is what was meant: `Ngày 12 thang 5 năm 2019`, `9 thang đầu năm`, `tháng
/// 3/2009 đên tháng 12/2012`, `tháng 6 nắm 2025`); elsewhere it is the word written (`thang
/// điểm 10`, a scale; `đền thờ`; `nắm 2025 cổ phần`).
fn mend_date_typos(buf: &mut [Unit<'_>]) {
    // Whether `thang` or `nam` without a tone follows a number: a date typed with no tone
    // marks, which [`mend_toneless_date`] reads.
    let mut toneless = false;
    // (`vào thang 12 năm 2025`: `thang` before a month, no number before it.)
    let mut thang_key = None;
    for i in 1..buf.len() {
        // (After a number only: most units are not.)
        if buf[i - 1].kind != TokenKind::Number {
            continue;
        }
        if i >= 2 && buf[i - 2].key.is_some() {
            let thang = *thang_key.get_or_insert_with(|| TYPOS[0].first().copied());
            toneless |= buf[i - 2].key == thang;
        }
        // `trước thảng 6 năm 2025`: `tháng` misspelt before a month and `năm` (not `thang
        // điểm 10`, a scale).
        if buf[i].word == Word::Nam
            && i >= 2
            && buf[i - 2].word == Word::Other
            && buf[i - 1]
                .text
                .parse::<u8>()
                .is_ok_and(|m| (1..=12).contains(&m))
            && buf[i - 2].key.is_some_and(|k| TYPOS[0][1..].contains(&k))
        {
            buf[i - 2].word = Word::Thang;
            continue;
        }
        // `Ngày 15 thág 3 năm 2024`: `tháng` typed without its `n`, no syllable, before a
        // month and `năm` or a slash.
        // (In capitals the tokenizer sees an abbreviation: `THÁG`.)
        if matches!(buf[i].kind, TokenKind::Word | TokenKind::Abbreviation)
            && buf[i].text.len() <= 8
            && crate::normalize::folds_to(buf[i].text, "thag")
            && buf
                .get(i + 1)
                .is_some_and(|x| x.text.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)))
            && buf
                .get(i + 2)
                .is_some_and(|x| x.word == Word::Nam || x.text == "/")
        {
            buf[i].word = Word::Thang;
            continue;
        }
        let Some(key) = buf[i].key.filter(|_| buf[i].word == Word::Other) else {
            continue;
        };
        let typos = &*TYPOS;
        toneless |= typos[0].first() == Some(&key) || typos[3].first() == Some(&key);
        let which = if typos[0].contains(&key) {
            Word::Thang
        } else if typos[1].contains(&key) {
            Word::Den
        } else if typos[4].contains(&key)
            // (`tháng 6 nắm 2025`: `năm` misspelt between a month after `tháng` and a year
            // of four digits; elsewhere `nắm`, to grasp, `nằm`, to lie.)
            && i >= 2
            && buf[i - 2].word == Word::Thang
            && buf.get(i + 1).is_some_and(|x| {
                x.kind == TokenKind::Number && x.text.len() == 4 && x.text.bytes().all(|b| b.is_ascii_digit())
            })
        {
            buf[i].word = Word::Nam;
            continue;
        } else {
            continue;
        };
        let after = buf.get(i + 1).is_some_and(|x| {
            x.kind == TokenKind::Number
                || matches!(
                    (which, x.word),
                    (Word::Thang, Word::Nam | Word::Dau | Word::Cuoi | Word::Giua)
                        | (Word::Den, Word::Thang | Word::Ngay | Word::Nam)
                )
        });
        if after {
            buf[i].word = which;
        }
    }
    if toneless {
        mend_toneless_date(buf);
    }
}

/// A date typed with no tone marks at all (`ngay 15 thang 10 nam 2025`, `Thang 10 nam
/// 2025`): `ngay` before a day and `tháng`, `thang` before a month and `năm`, `nam` between a
/// month after `tháng` and a year of four digits are the words of the date (elsewhere `nam`
/// is south, `ngay` straight).
fn mend_toneless_date(buf: &mut [Unit<'_>]) {
    let typos = &*TYPOS;
    let (Some(&ngay), Some(&thang), Some(&nam)) =
        (typos[2].first(), typos[0].first(), typos[3].first())
    else {
        return;
    };
    let number = |x: Option<&Unit<'_>>, max: usize| {
        x.is_some_and(|x| {
            x.kind == TokenKind::Number
                && x.text.len() <= max
                && x.text.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let word = |buf: &[Unit<'_>], m: usize, w: Word, key: u32| {
        buf.get(m)
            .is_some_and(|y| y.word == w || y.key == Some(key))
    };
    for i in 0..buf.len() {
        // (One of the three words only: most units are not.)
        let Some(k) = buf[i].key.filter(|&k| k == ngay || k == thang || k == nam) else {
            continue;
        };
        if buf[i].word != Word::Other {
            continue;
        }
        let which =
            if k == ngay && number(buf.get(i + 1), 2) && word(buf, i + 2, Word::Thang, thang) {
                Word::Ngay
            } else if k == thang && number(buf.get(i + 1), 2) && word(buf, i + 2, Word::Nam, nam) {
                Word::Thang
            } else if k == nam
                && i >= 2
                && number(buf.get(i - 1), 2)
                && word(buf, i - 2, Word::Thang, thang)
                && number(buf.get(i + 1), 4)
            {
                Word::Nam
            } else {
                continue;
            };
        buf[i].word = which;
    }
}

/// The length in units past which a sentence is read in parts (real sentences of news and
/// documents stay far below it).
const LONG: usize = 1000;

/// A single capital with its dot that ends a sentence (`khoá IV và V. Ông …`, `38 độ C.
/// Người …`): the tokenizer keeps `V.` whole, as it does an initial (`anh T. Nguyễn`), but
/// the sentence splitter has read the dot as a full stop, so the extractors see the letter
/// and the stop apart.
fn split_final_letter(buf: &mut Vec<Unit<'_>>) {
    let Some(last) = buf.last_mut() else { return };
    if last.kind != TokenKind::Abbreviation {
        return;
    }
    let (Some(letter), Some(dot)) = (last.text.get(..1), last.text.get(1..)) else {
        return;
    };
    if dot != "." || !letter.bytes().all(|b| b.is_ascii_uppercase()) {
        return;
    }
    let stop = Unit {
        start: last.end - 1,
        end: last.end,
        text: dot,
        kind: TokenKind::Punctuation,
        key: None,
        word: Word::Other,
        gap: Gap::None,
        cap: Cap::No,
    };
    last.end -= 1;
    last.text = letter;
    buf.push(stop);
}

/// A word token, as one unit or, when two syllables are glued together by a page that lost
/// the space between them (`Nguyễn Hồng SâmPhó Tổng Giám đốc`, `Trang NinhBáo`), as the two
/// syllables: a lower-case letter then a capital, each side one Vietnamese syllable (not
/// `iPhone`, `VinFast`, `TikTok`).
fn push_word<'t>(buf: &mut Vec<Unit<'t>>, t: &Raw<'t>, gap: Gap) {
    let text = t.text;
    let mut prev_lower = false;
    let mut cut = None;
    for (i, c) in text.char_indices() {
        if prev_lower && c.is_uppercase() {
            if cut.is_some() {
                // More than one: a brand or a code, not two syllables.
                cut = None;
                break;
            }
            cut = Some(i);
        }
        prev_lower = c.is_lowercase();
    }
    // `Nguyễn Tấn Dũngtừ 2006`: a name glued to the `từ` (since) of the dates after it, as
    // the infoboxes of scraped encyclopaedia pages come out.
    // (In any form: NFD writes `từ` with two combining marks.)
    static TU: std::sync::LazyLock<Option<u32>> =
        std::sync::LazyLock::new(|| crate::Syllable::parse("từ").ok().map(|s| s.key()));
    let cut = cut.or_else(|| {
        if !text.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let i = text.rfind(['t', 'T']).filter(|&i| i > 0)?;
        let key = crate::Syllable::parse(text.get(i..)?).ok()?.key();
        (Some(key) == *TU).then_some(i)
    });
    let parts = cut.and_then(|i| {
        let (a, b) = (text.get(..i)?, text.get(i..)?);
        // (A brand's parts: a syllable said twice, `MoMo`; capitals after the cut, `VinAI`; a
        // single letter after it, `DongA`, `NamA Bank`; syllables with no mark at all, as
        // brands write a place, `ThaiBinh Seed`, `SaiGon Co.op`: text that lost its spaces
        // keeps its marks.)
        if a.eq_ignore_ascii_case(b)
            || b.chars().nth(1).is_none_or(char::is_uppercase)
            || text.is_ascii()
        {
            return None;
        }
        let ka = crate::Syllable::parse(a).ok()?.key();
        let kb = crate::Syllable::parse(b).ok()?.key();
        Some(((a, ka), (b, kb)))
    });
    let Some(((a, ka), (b, kb))) = parts else {
        buf.push(unit(t, gap));
        return;
    };
    let part = |text: &'t str, start: usize, key: u32, gap: Gap| Unit {
        start,
        end: start + text.len(),
        text,
        kind: TokenKind::Syllable,
        key: Some(key),
        word: words::word(key),
        gap,
        cap: Cap::Unread,
    };
    buf.push(part(a, t.start, ka, gap));
    buf.push(part(b, t.start + a.len(), kb, Gap::None));
}

/// A full date typed with a stray space by its slash (`2 /9/2025`, `30/6 /2027`): the two
/// numbers and the slash, the last three units, become one number (its text, a slice of the
/// caller's text, keeps the space; the date rules read it without). So does a date whose
/// three numbers a spaced dash joins, as some papers write them (`ngày 19 - 11 - 2026`, `1 –
/// 1 – 1930`), the last five units: the year of four digits after the second dash tells it
/// from a range (`2021 - 2025`, `từ 3 - 5`).
fn join_spaced_date<'t>(buf: &mut Vec<Unit<'t>>, text: &'t str) {
    if let [.., a, s1, b, s2, c] = buf.as_slice()
        && a.kind == TokenKind::Number
        && b.kind == TokenKind::Number
        && c.kind == TokenKind::Number
        && s1.is_dash()
        && s2.is_dash()
        && [s1, b, s2, c].iter().all(|x| x.gap != Gap::Line)
        && c.text.len() == 4
        && let Some(joined) = text.get(a.start..c.end)
        && super::date_rules::full_date(&super::date_rules::squeezed(joined))
    {
        join_last(buf, joined, 5);
        return;
    }
    // (After `ngày`, a day and a month so joined, the day the greater, is no range of days:
    // `Từ ngày 15 - 11 đến ngày 17 - 11 - 2026`; its year may follow, as a third number.)
    let small = |x: &Unit<'_>| x.text.len() <= 2 && x.text.bytes().all(|b| b.is_ascii_digit());
    let day_month = |w: &Unit<'_>, a: &Unit<'_>, s: &Unit<'_>, b: &Unit<'_>| {
        w.word == Word::Ngay
            && small(a)
            && small(b)
            && s.is_dash()
            && s.gap != Gap::Line
            && b.gap != Gap::Line
            && a.text.parse::<u8>().ok() > b.text.parse::<u8>().ok()
            && text
                .get(a.start..b.end)
                .is_some_and(|j| super::date_rules::day_month(&super::date_rules::squeezed(j)))
    };
    let year_of_joined = |a: &Unit<'_>, s: &Unit<'_>, b: &Unit<'_>| {
        a.text.contains(' ')
            && s.is_dash()
            && s.gap != Gap::Line
            && b.gap != Gap::Line
            && b.text.len() == 4
            && text
                .get(a.start..b.end)
                .is_some_and(|j| super::date_rules::full_date(&super::date_rules::squeezed(j)))
    };
    if let [.., w, a, s, b] = buf.as_slice()
        && a.kind == TokenKind::Number
        && b.kind == TokenKind::Number
        && (day_month(w, a, s, b) || year_of_joined(a, s, b))
        && let Some(joined) = text.get(a.start..b.end)
    {
        join_last(buf, joined, 3);
        return;
    }
    let [.., a, s, b] = buf.as_slice() else {
        return;
    };
    let one_space = matches!(
        (s.gap, b.gap),
        (Gap::Space, Gap::None) | (Gap::None, Gap::Space)
    );
    if a.kind != TokenKind::Number || !s.is("/") || b.kind != TokenKind::Number || !one_space {
        return;
    }
    let Some(joined) = text.get(a.start..b.end) else {
        return;
    };
    if !super::date_rules::full_date(&super::date_rules::squeezed(joined)) {
        return;
    }
    join_last(buf, joined, 3);
}

/// The last `n` units of `buf` (`n` ≥ 1), whose text from the first's start to the last's
/// end is `joined`, as one number.
fn join_last<'t>(buf: &mut Vec<Unit<'t>>, joined: &'t str, n: usize) {
    let Some(first) = buf.len().checked_sub(n).and_then(|f| buf.get(f)) else {
        return;
    };
    let (start, gap) = (first.start, first.gap);
    buf.truncate(buf.len() - n);
    buf.push(Unit {
        start,
        end: start + joined.len(),
        text: joined,
        kind: TokenKind::Number,
        key: None,
        word: Word::Other,
        gap,
        cap: Cap::No,
    });
}

/// A code token, as one unit or, when a word of time is glued to the number after it by a
/// lost space (`Ngày15/10/2025`, `Tháng7/2025`, `năm1966`), as the word and the number.
fn push_code<'t>(buf: &mut Vec<Unit<'t>>, t: &Raw<'t>, gap: Gap) {
    let text = t.text;
    let split = text
        .find(|c: char| c.is_ascii_digit())
        .filter(|&d| d > 0)
        .and_then(|d| Some((text.get(..d)?, text.get(d..)?)))
        .filter(|(_, number)| {
            number
                .bytes()
                .all(|b| b.is_ascii_digit() || b"/.-".contains(&b))
                && number.as_bytes().last().is_some_and(u8::is_ascii_digit)
        })
        .and_then(|(word, number)| {
            let key = crate::Syllable::parse(word).ok()?.key();
            matches!(words::word(key), Word::Ngay | Word::Thang | Word::Nam)
                .then_some((word, key, number))
        });
    let Some((word, key, number)) = split else {
        buf.push(unit(t, gap));
        return;
    };
    buf.push(Unit {
        start: t.start,
        end: t.start + word.len(),
        text: word,
        kind: TokenKind::Syllable,
        key: Some(key),
        word: words::word(key),
        gap,
        cap: Cap::Unread,
    });
    buf.push(Unit {
        start: t.start + word.len(),
        end: t.end,
        text: number,
        kind: TokenKind::Number,
        key: None,
        word: Word::Other,
        gap: Gap::None,
        cap: Cap::No,
    });
}

fn unit<'t>(t: &Raw<'t>, gap: Gap) -> Unit<'t> {
    let key = (t.kind == TokenKind::Syllable && t.key != NO_KEY).then_some(t.key);
    Unit {
        start: t.start,
        end: t.end,
        text: t.text,
        kind: t.kind,
        key,
        word: key.map_or(Word::Other, words::word),
        gap,
        cap: Cap::Unread,
    }
}

/// The key of `ươ` for a syllable typed `uơ` before a final consonant (`Bộ truởng`, `Phó
/// Truởng ban`): the parser reads the `u` as a glide, but no syllable has the glide `u` before
/// `ơ` and a coda (`thuở`, `huơ` have none), so the horn of the `u` is the one missing.
pub(crate) fn horn_fix(key: u32) -> u32 {
    use crate::{Glide, Nucleus};
    const GLIDE_NUCLEUS: u32 = 0b11 << 5 | 0b1_1111 << 7;
    const CODA: u32 = 0b1111 << 12;
    const U_OW: u32 = (Glide::U as u32 + 1) << 5 | (Nucleus::Ow as u32) << 7;
    const UWOW: u32 = (Nucleus::Uwow as u32) << 7;
    if key & GLIDE_NUCLEUS == U_OW && key & CODA != 0 {
        key & !GLIDE_NUCLEUS | UWOW
    } else {
        key
    }
}

/// The key of a word typed with the horn of `ươ` on one of its two vowels only (`Bộ
/// truởng`, `Hiệu trưỏng`, `Phó Trưỏng phòng`): `uơ` before a final consonant and `ưo` are in
/// no syllable, so the word is the syllable with both horns. Its text is kept as written.
#[cold]
#[inline(never)]
pub(crate) fn horn_slip(text: &str) -> Option<u32> {
    const HORN: char = '\u{31B}';
    // Only a short word with a letter beyond ASCII can be one.
    if text.len() > 20 || text.is_ascii() {
        return None;
    }
    let mut d: Vec<char> = crate::nfd(text).chars().collect();
    let marks = |from: usize| {
        d.iter()
            .skip(from)
            .take_while(|&&c| !c.is_alphabetic())
            .count()
    };
    let u = d.iter().position(|&c| matches!(c, 'u' | 'U'))?;
    let o = u + 1 + marks(u + 1);
    if !d.get(o).is_some_and(|&c| matches!(c, 'o' | 'O')) {
        return None;
    }
    let horned = |at: usize| {
        d.iter()
            .skip(at + 1)
            .take(marks(at + 1))
            .any(|&c| c == HORN)
    };
    let (hu, ho) = (horned(u), horned(o));
    if hu == ho {
        return None;
    }
    d.insert(if hu { o + 1 } else { u + 1 }, HORN);
    let s: String = d.into_iter().collect();
    crate::Syllable::parse(&s).ok().map(|y| y.key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn upper_agrees_with_unicode_everywhere() {
        // Every scalar value below U+3000 (the Latin, Greek and Cyrillic blocks and more).
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            assert_eq!(upper(c), c.is_uppercase(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn capitalized_is_read_from_the_first_letter() {
        let caps: Vec<bool> = "Đảng ủy xã Ư Ơ ư ơ Ắc ắc" // NFC
            .split(' ')
            .map(first_upper)
            .collect();
        assert_eq!(
            caps,
            [true, false, false, true, true, false, false, true, false]
        );
        // NFD: the base letter decides.
        assert!(first_upper("A\u{306}\u{301}c"));
        assert!(!first_upper("a\u{306}\u{301}c"));
        assert!(!first_upper(""));
    }
}

//! Splitting text into sentences, on top of the tokenizer.
//!
//! Numbers, dates, URLs, emails and abbreviations are single tokens, so a dot inside them is
//! never looked at. What is left is a decision at each sentence-ending punctuation token and
//! at each line break, made from the token after it.

use std::sync::LazyLock;

use crate::letters;
use crate::span::Span;
use crate::syllable::Syllable;
use crate::tokenize::{Cache, Dot, NO_KEY, Raw, Scanner, TokenKind};

/// Splits `text` into sentences and yields their spans, in order and without overlap. A span
/// starts at the sentence's first token and ends after its last one (closing quotes
/// included), so whitespace between sentences belongs to none.
///
/// A sentence ends:
/// - at `./.`, the end mark of official documents;
/// - at `.`, `?`, `!` (and runs such as `?!`), followed by a capital letter, a digit, an
///   opening quote, bracket or dash; at `...` or `…` followed by a capital or an opening quote
///   (not after `v.v...`);
/// - at a blank line, and at a line break unless the next line starts with a lower-case letter
///   (so a title line with no final punctuation is a sentence of its own).
///
/// It does not end inside numbers and dates (`4.1.2017`, `1.234,56`), URLs and emails, after
/// abbreviations and initials (`TP.`, `ThS.`, `PGS.TS.`, `Q.1`, `H.`), after the number of a
/// heading or a list item (`Điều 5.`, `Chương II.`, `Mục 1.`, `1.`), or at `.` or `...`
/// followed by a lower-case word. A single capital is an initial at the start of a sentence
/// and after a capitalized word or a form of address (`Nguyễn H.`, `anh T.`); after a number
/// or another word it is a label (`38 độ C.`, `nhóm B.`), and its dot ends the sentence
/// before a capital; so does `X.` (`xã` before a name) after `khóa`, `kỳ` or `thứ`, where it
/// is the numeral ten (`Quốc hội khóa X.`).
///
/// # Examples
/// ```
/// let text = "Hội nghị tại TP. Lạng Sơn\n\nPGS.TS. Nguyễn Văn A phát biểu. Tăng 8,5 - 9%./.";
/// let s: Vec<&str> = vntext::sentences(text).map(|s| &text[s.range()]).collect();
/// assert_eq!(s, [
///     "Hội nghị tại TP. Lạng Sơn",
///     "PGS.TS. Nguyễn Văn A phát biểu.",
///     "Tăng 8,5 - 9%./.",
/// ]);
/// ```
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences::with(Scanner::for_sentences(text))
}

/// [`sentences`], also knowing the abbreviations of a user's word list.
pub(crate) fn sentences_with(
    text: &str,
    extra: Option<std::sync::Arc<crate::tokenize::Abbreviations>>,
) -> Sentences<'_> {
    Sentences::with(Scanner::for_sentences(text).with_abbreviations(extra))
}

impl<'a> Sentences<'a> {
    fn with(scanner: Scanner<'a>) -> Self {
        Sentences {
            state: SentenceState::new(scanner.text()),
            scanner,
        }
    }
}

/// Iterator over the sentence spans of a text; see [`sentences`].
///
/// # Examples
/// ```
/// let text = "Chào anh! Anh khỏe không?";
/// let mut it: vntext::Sentences<'_> = vntext::sentences(text);
/// assert_eq!(it.next(), Some(vntext::Span { start: 0, end: 10 }));
/// assert_eq!(&text[it.next().unwrap().range()], "Anh khỏe không?");
/// assert_eq!(it.next(), None);
/// ```
#[derive(Clone, Debug)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Sentences<'a> {
    scanner: Scanner<'a>,
    state: SentenceState<'a>,
}

/// The sentence splitter's decisions, fed one token at a time: the state machine behind
/// [`Sentences`], for any scan of the text that wants sentence boundaries without tokenizing
/// the text a second time (the extractors walk keyed tokens and must not match across a
/// sentence boundary).
///
/// Feed it every token of the text in order with [`SentenceState::push`] (a single ASCII
/// space may be left out: it holds no line break). The tokens may come from a scanner with
/// full kinds or from the sentence splitter's own (see `Scanner::for_sentences`): the
/// boundaries are the same. When a sentence ends before a token, `push` returns its span
/// and the token starts the next sentence; [`SentenceState::finish`] gives the last one.
#[derive(Clone, Debug)]
pub(crate) struct SentenceState<'a> {
    /// The text the tokens come from.
    text: &'a str,
    /// Start of the current sentence, if it has a token.
    start: Option<usize>,
    /// Start of the last content token.
    last_start: usize,
    /// End of the last content token.
    end: usize,
    /// What the last content token was.
    state: State,
    /// Line breaks since the last content token.
    newlines: u32,
}

impl<'a> SentenceState<'a> {
    /// The state at the start of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        SentenceState {
            text,
            start: None,
            last_start: 0,
            end: 0,
            state: State::None,
            newlines: 0,
        }
    }

    /// Takes the next token of the text (spaces included); returns the span of the sentence
    /// that ends before it, if one does. `cache` serves the one decision that looks at words
    /// again (whether a dot follows the number of a heading, `Điều 5.`): pass the scanner's.
    #[inline(always)]
    pub(crate) fn push(&mut self, t: Raw<'_>, cache: &mut Cache) -> Option<Span> {
        let s = t.text;
        if t.kind == TokenKind::Space {
            if self.start.is_some() {
                self.newlines += match s.as_bytes() {
                    [b] => (*b == b'\n') as u32,
                    b => b.iter().filter(|&&b| b == b'\n').count() as u32,
                };
            }
            return None;
        }
        // Nothing before it can end the sentence: the common case.
        if matches!(self.state, State::None) && self.newlines == 0 && self.start.is_some() {
            self.state = self.state_after(&t, s, cache);
            self.last_start = t.start;
            self.end = t.end;
            return None;
        }
        self.push_slow(t, cache)
    }

    /// [`SentenceState::push`] after a token that may end a sentence, or after a line break.
    #[inline(never)]
    fn push_slow(&mut self, t: Raw<'_>, cache: &mut Cache) -> Option<Span> {
        let s = t.text;
        let Some(start) = self.start else {
            self.begin(&t, cache);
            return None;
        };
        // A closing quote or bracket right after the end mark stays in the sentence.
        let terminal = !matches!(self.state, State::None | State::ListAbbrev);
        if terminal && self.newlines == 0 && t.start == self.end && is_closing(s) {
            self.last_start = t.start;
            self.end = t.end;
            return None;
        }
        if self.ends_before(&t, s) {
            let span = Span {
                start,
                end: self.end,
            };
            self.state = State::None;
            self.begin(&t, cache);
            return Some(span);
        }
        self.state = self.state_after(&t, s, cache);
        self.last_start = t.start;
        self.end = t.end;
        self.newlines = 0;
        None
    }

    /// Starts a sentence with content token `t`.
    fn begin(&mut self, t: &Raw<'_>, cache: &mut Cache) {
        self.start = Some(t.start);
        self.last_start = t.start;
        self.end = t.end;
        self.newlines = 0;
        self.state = self.state_after(t, t.text, cache);
    }

    /// The span of the last sentence, when the text has no more tokens.
    pub(crate) fn finish(&mut self) -> Option<Span> {
        let start = self.start.take()?;
        Some(Span {
            start,
            end: self.end,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Nothing that can end a sentence.
    None,
    /// `.`, `?`, `!` or a run of them with `?` or `!`.
    Stop,
    /// `...` or `…`, `after_list` when it follows `v.v`.
    Ellipsis { after_list: bool },
    /// `./.`.
    Official,
    /// An abbreviation whose dot may end a sentence (`v.v.`).
    AbbrevDot,
    /// A listed abbreviation with no dot yet (`v.v` before `...`).
    ListAbbrev,
    /// A single capital and its dot that is a label, not an initial (`38 độ C.`).
    Label,
}

/// Syllable keys of words, for matching them in any case, form and tone style.
fn keys(words: &[&str]) -> Vec<u32> {
    words
        .iter()
        .filter_map(|w| Syllable::parse(w).ok().map(|s| s.key()))
        .collect()
}

/// Forms of address an initial may follow (`anh T. Nguyễn`).
static ADDRESS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    keys(&[
        "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "ngài", "chí", "thầy",
    ])
});

/// Words that a term's Roman numeral follows (`Quốc hội khóa X.`).
static TERMS: LazyLock<Vec<u32>> = LazyLock::new(|| keys(&["khóa", "kỳ", "thứ"]));

/// Words that a heading number follows (`Điều 5.`, `Chương II.`, `Phụ lục 1.`).
static HEADINGS: LazyLock<Vec<u32>> = LazyLock::new(|| {
    keys(&[
        "điều", "chương", "mục", "phần", "khoản", "điểm", "tiết", "bài", "lục", "phụ",
    ])
});

/// The syllable key of a word, if it is a syllable.
fn key(s: &str) -> Option<u32> {
    Syllable::parse(s).ok().map(|s| s.key())
}

/// A Roman numeral in capitals (`II`, `XIV`).
fn roman(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
}

/// Whether `s`, the start of a sentence up to a dot, is the number of a heading or of a list
/// item: `5`, `1.2`, `II`, `a`, or a heading word and its number (`Điều 5`, `Phụ lục II`).
fn heading_number(s: &str, cache: &mut Cache) -> bool {
    // The words of `s` with their syllable keys, by a scanner that borrows `cache`.
    let mut scanner = Scanner::with_cache(s, std::mem::take(cache));
    let mut parts = [("", None); 4];
    let mut n = 0;
    let mut more = false;
    while let Some(w) = scanner.next_raw() {
        if !w.kind.is_content() {
            continue;
        }
        if n == parts.len() {
            more = true;
            break;
        }
        parts[n] = (w.text, (w.key != NO_KEY).then_some(w.key));
        n += 1;
    }
    *cache = scanner.into_cache();
    if more {
        return false;
    }
    let Some((&(last, _), before)) = parts[..n].split_last() else {
        return false;
    };
    let number = (last.len() <= 6
        && last.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && last.as_bytes()[0].is_ascii_digit())
        || roman(last)
        || (last.len() == 1 && last.as_bytes()[0].is_ascii_lowercase());
    number
        && before
            .iter()
            .all(|(_, key)| key.is_some_and(|k| HEADINGS.contains(&k)))
}

/// Whether `s` is a capitalized word that no Vietnamese syllable spells, as foreign names are
/// written (`Jaishankar`, `Putin`, `Lênin`).
#[cold]
fn foreign_name_word(s: &str) -> bool {
    // (Marks may come apart in NFD: `Le\u{302}nin`.)
    s.len() > 2
        && s.chars()
            .skip(1)
            .all(|c| c.is_lowercase() || ('\u{300}'..='\u{36f}').contains(&c))
        && Syllable::parse(s).is_err()
}

/// Whether `s` starts with an upper-case letter.
fn starts_upper(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(letters::is_upper),
    }
}

/// Whether `s` starts with a lower-case letter.
fn starts_lower(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_lowercase(),
        _ => s.chars().next().is_some_and(letters::is_lower),
    }
}

fn is_opening(s: &str) -> bool {
    matches!(
        s,
        "“" | "\"" | "'" | "‘" | "«" | "(" | "[" | "-" | "–" | "—" | "…"
    )
}

fn is_closing(s: &str) -> bool {
    matches!(s, "”" | "\"" | "'" | "’" | "»" | ")" | "]")
}

impl SentenceState<'_> {
    /// Whether the sentence ends before content token `t`.
    fn ends_before(&self, t: &Raw<'_>, s: &str) -> bool {
        if self.newlines >= 2 {
            return true;
        }
        if self.newlines == 1 && !starts_lower(s) {
            return true;
        }
        if matches!(self.state, State::None | State::ListAbbrev) {
            return false;
        }
        let capital = starts_upper(s) || is_opening(s);
        match self.state {
            State::Official => true,
            State::Stop => {
                capital
                    || matches!(t.kind, TokenKind::Number | TokenKind::Code) && t.start > self.end
            }
            State::Ellipsis { after_list } => !after_list && capital,
            // (Not before a foreign word written as a name, the rest of a name whose initials
            // look like `v.v.`: `Tổng thống Nga V.V. Putin`.)
            State::AbbrevDot => capital && !foreign_name_word(s),
            // (Not before a bracket: `Đối tượng N.V.Đ. (30 tuổi)`, an age or an address.)
            // (Nor before a foreign word written as a name, the rest of the name whose
            // initial it was: `Ngoại trưởng Ấn Độ S. Jaishankar`, `của V.I. Lênin`.)
            State::Label => capital && s != "(" && !foreign_name_word(s),
            State::None | State::ListAbbrev => false,
        }
    }

    /// The state after content token `t`.
    #[inline(always)]
    fn state_after(&self, t: &Raw<'_>, s: &str, cache: &mut Cache) -> State {
        match t.kind {
            TokenKind::Punctuation => match s {
                "./." => State::Official,
                "." => self.after_dot(t, cache),
                _ if s.contains(['?', '!']) => State::Stop,
                _ if s.starts_with(['.', '…']) => State::Ellipsis {
                    after_list: matches!(self.state, State::ListAbbrev) && t.start == self.end,
                },
                _ => State::None,
            },
            TokenKind::Abbreviation => match t.dot {
                Dot::MayEnd => State::AbbrevDot,
                Dot::Keeps if s == "X." && self.after_term_word() => State::Label,
                Dot::Keeps | Dot::None => State::None,
                Dot::Initial if self.initial_follows() => State::None,
                Dot::Initial => State::Label,
                Dot::BeforeEllipsis => State::ListAbbrev,
            },
            _ => State::None,
        }
    }
}

impl SentenceState<'_> {
    /// Whether the dot `t` comes right after the number that opens the sentence as a heading
    /// or a list item does (`Điều 5.`, `1.`): then it ends nothing.
    #[inline(always)]
    fn after_heading_number(&self, t: &Raw<'_>, cache: &mut Cache) -> bool {
        let Some(start) = self.start else {
            return false;
        };
        t.start == self.end
            && t.start - start <= 24
            && self
                .text
                .get(start..t.start)
                .is_some_and(|s| heading_number(s, cache))
    }

    /// The state after the dot `t`: none after a heading's number, an initial's after a given
    /// name written short, else a stop.
    #[cold]
    fn after_dot(&self, t: &Raw<'_>, cache: &mut Cache) -> State {
        if self.after_heading_number(t, cache) {
            State::None
        } else if self.after_short_given(t) {
            State::Label
        } else {
            State::Stop
        }
    }

    /// Whether the dot `t` touches the first letters of a given name written short, which
    /// news writes to hide a name (`Nguyễn Thị Bích Ng. (quê Hà Tĩnh)`, `Lê Văn Tr.`): then
    /// it ends the sentence only before a capital, not before a bracket, as an initial's.
    #[inline(always)]
    fn after_short_given(&self, t: &Raw<'_>) -> bool {
        t.start == self.end
            && self.text.get(self.last_start..self.end).is_some_and(|w| {
                matches!(
                    w,
                    "Ng" | "Nh" | "Th" | "Tr" | "Ch" | "Kh" | "Ph" | "Gi" | "Qu" | "Gh" | "Ngh"
                )
            })
    }

    /// Whether the word before the token just read is one that a Roman numeral follows
    /// (`khóa X.`, `kỳ X.`): then `X.` is that numeral and its dot, not `xã`.
    #[cold]
    fn after_term_word(&self) -> bool {
        self.text
            .get(self.last_start..self.end)
            .and_then(key)
            .is_some_and(|k| TERMS.contains(&k))
    }

    /// Whether a single capital with its dot, just read, is an initial: at the start of the
    /// sentence, or after anything but a number or a lower-case word that is not a form of
    /// address (`Nguyễn H.`, `anh T.`, `(B.`), rather than a label (`38 độ C.`).
    #[cold]
    fn initial_follows(&self) -> bool {
        if self.start.is_none() {
            return true;
        }
        let Some(before) = self.text.get(self.last_start..self.end) else {
            return true;
        };
        let Some(&first) = before.as_bytes().first() else {
            return true;
        };
        if first.is_ascii_digit() {
            return false;
        }
        !starts_lower(before) || key(before).is_some_and(|k| ADDRESS.contains(&k))
    }
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        loop {
            // A single space holds no line break: nothing to note.
            if self.scanner.skip_single_space() {
                continue;
            }
            let Some(t) = self.scanner.next_raw() else {
                return self.state.finish();
            };
            if let Some(span) = self.state.push(t, self.scanner.cache_mut()) {
                return Some(span);
            }
        }
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The splitter's scanner skips the syllable model where it cannot change a boundary:
    /// the spans are those of a scanner that gives every token its full kind.
    #[test]
    fn same_spans_as_with_full_kinds() {
        let mut texts = vec![
            include_str!("../tests/data/binhvq-news-300.txt").to_string(),
            include_str!("../tests/data/langson-2020-plan.txt").to_string(),
            include_str!("../benches/corpus/news.txt").to_string(),
        ];
        for t in [
            "Rau, củ, quả v.v… Ngoài ra còn thịt.",
            "Rau, củ, quả v… Ngoài ra còn thịt.",
            "Rau, củ, quả etc… Ngoài ra còn thịt.",
            "Rau, củ, quả ETC… “Ngoài ra” còn thịt.",
            "Rau, củ, quả etc … Ngoài ra còn thịt.",
            "Rau, củ, quả etc.… Ngoài ra còn thịt.",
            "Rau v.v... Ngoài ra etc... Thịt v\u{2026} Cá",
            "Hội nghị tại TP. Lạng Sơn\n\nPGS.TS. Nguyễn Văn A phát biểu. Tăng 8,5 - 9%./.",
        ] {
            texts.push(t.to_string());
        }
        for text in &texts {
            let fast: Vec<Span> = sentences(text).collect();
            let full: Vec<Span> = Sentences::with(Scanner::new(text)).collect();
            assert_eq!(fast, full);
        }
    }

    /// The state machine fed by another scan (a scanner with full kinds and keys, every token
    /// including single spaces, one cache lent to it explicitly, as the extractors will)
    /// gives exactly the spans of `sentences()`.
    #[test]
    fn state_machine_fed_by_a_keyed_scan_gives_the_same_spans() {
        let mut cache = Cache::new();
        let news = [
            include_str!("../tests/data/binhvq-news-300.txt"),
            include_str!("../tests/data/langson-2020-plan.txt"),
            include_str!("../benches/corpus/news.txt"),
            "Hội nghị tại TP. Lạng Sơn\n\nPGS.TS. Nguyễn Văn A phát biểu. Tăng 8,5 - 9%./.",
            "Điều 5. Chương II. Mục 1. Anh T. Nguyễn đến. Nhiệt độ 38 độ C. Trời nóng. Rau v.v... Ngoài ra.",
        ];
        for text in news {
            let mut scanner = Scanner::with_cache(text, cache);
            let mut state = SentenceState::new(text);
            let mut spans = Vec::new();
            let mut syllables = 0;
            while let Some(t) = scanner.next_raw() {
                syllables += (t.key != NO_KEY) as usize;
                spans.extend(state.push(t, scanner.cache_mut()));
            }
            spans.extend(state.finish());
            cache = scanner.into_cache();
            assert_eq!(spans, sentences(text).collect::<Vec<_>>());
            assert!(syllables > 0);
        }
    }
}

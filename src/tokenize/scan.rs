//! The scanner: dispatch on the first byte, words, and dotted and hyphenated forms.

use unicode_normalization::char::is_combining_mark;

use super::TokenKind;
use super::abbreviations::{self, Abbreviations, Class, Dot};
use super::cache::{Cache, Classified};
use super::classes::{
    ASCII, C_DIGIT, C_LETTER, C_PUNCT, C_SPACE, C_TERM, JOINS, WORD_START, is_letter_char,
    is_punct_char, is_space_char, space_alone,
};
use super::run::{NO_KEY, Run, RunClass, run_kind, sixteen_at, slot_code, word_bytes_end};
use crate::letters;
use crate::utf8;

/// A token before it is turned into a [`Token`](super::Token): offsets, kind and what the sentence
/// splitter needs to know.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Raw<'a> {
    pub start: usize,
    pub end: usize,
    /// `text[start..end]`.
    pub text: &'a str,
    pub kind: TokenKind,
    /// What its dot says about the end of a sentence (abbreviations only).
    pub dot: Dot,
    /// The [`Syllable::key`](crate::Syllable::key) of a [`TokenKind::Syllable`], `NO_KEY`
    /// for every other kind.
    pub key: u32,
}

/// The tokenizer's scanner. With `REF`, the reference path: no cache probe, no 16-byte
/// letter run, and the syllable model asked about every run (the tests compare the two).
#[derive(Clone)]
pub(crate) struct Scanner<'a, const REF: bool = false> {
    pub(super) text: &'a str,
    /// The letter tables, looked up once.
    pub(super) tables: &'static letters::Tables,
    pub(super) cache: Cache,
    pub(super) pos: usize,
    /// `text[pos..]`.
    pub(super) rest: &'a str,
    /// Link detection already failed for every start before this offset.
    pub(super) link_checked_to: usize,
    /// Whether a word followed by a space (or anything that cannot join it to more) gets
    /// its kind from the syllable model. The sentence splitter only needs it before `…`
    /// (see [`Scanner::for_sentences`]).
    pub(super) kinds: bool,
    /// Abbreviations of a user's word list, besides the shipped ones.
    pub(super) extra: Option<std::sync::Arc<Abbreviations>>,
    /// `kinds` and no `extra`: a word's kind may come straight from the cache (the cache
    /// knows only the shipped list; with a user's list every run goes through
    /// [`Scanner::lookup`]).
    pub(super) cached_words: bool,
}

impl<const REF: bool> std::fmt::Debug for Scanner<'_, REF> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scanner")
            .field("text", &self.text)
            .field("cache", &self.cache)
            .field("pos", &self.pos)
            .field("link_checked_to", &self.link_checked_to)
            .field("kinds", &self.kinds)
            .field("reference", &REF)
            .finish_non_exhaustive()
    }
}

impl<'a> Scanner<'a> {
    /// A scanner with a cache handle of its own (see [`Cache`]).
    pub(crate) fn new(text: &'a str) -> Self {
        Scanner::with_cache(text, Cache::new())
    }

    /// A scanner that uses `cache` (take it back with [`Scanner::into_cache`]): for internal
    /// callers that scan several texts, or one inside another's work, with one cache.
    pub(crate) fn with_cache(text: &'a str, cache: Cache) -> Self {
        Scanner::make(text, cache)
    }

    /// A scanner for the sentence splitter. The splitter tells words apart from other tokens
    /// but not syllables from words or abbreviations, except a listed abbreviation of class
    /// `final` right before an ellipsis (`v.v…`). So a word that nothing can join to more
    /// and that is not followed by a character starting with byte 0xE2 (`…`) is given the kind
    /// [`TokenKind::Word`] without asking the syllable model. Boundaries do not change.
    pub(crate) fn for_sentences(text: &'a str) -> Self {
        Scanner {
            kinds: false,
            cached_words: false,
            ..Scanner::new(text)
        }
    }
}

impl<'a> Scanner<'a, true> {
    /// The reference scanner: the same tokens by the plain path (see [`Scanner`]).
    pub(crate) fn reference(text: &'a str) -> Self {
        Scanner::make(text, Cache::new())
    }
}

impl<'a, const REF: bool> Scanner<'a, REF> {
    fn make(text: &'a str, cache: Cache) -> Self {
        Scanner {
            text,
            tables: letters::tables(),
            cache,
            pos: 0,
            rest: text,
            link_checked_to: 0,
            kinds: true,
            extra: None,
            cached_words: true,
        }
    }

    /// The scanner, also knowing the abbreviations of `extra` (a user's word list).
    pub(crate) fn with_abbreviations(
        mut self,
        extra: Option<std::sync::Arc<Abbreviations>>,
    ) -> Self {
        self.extra = extra.filter(|e| !e.is_empty());
        self.cached_words = self.kinds && self.extra.is_none();
        self
    }

    /// The text being scanned.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// The scanner's cache handle, to lend to another scanner for a while (`mem::take` it
    /// and put it back).
    pub(crate) fn cache_mut(&mut self) -> &mut Cache {
        &mut self.cache
    }

    /// The scanner's cache handle, for the next scanner.
    pub(crate) fn into_cache(self) -> Cache {
        self.cache
    }

    /// What the syllable model and the list say about the run `text[start..end]`: from the
    /// cache, or on the reference path from the model itself.
    #[inline(always)]
    pub(super) fn lookup(&mut self, start: usize, end: usize) -> Classified {
        let c = if REF {
            let run = self.text.get(start..end);
            debug_assert!(run.is_some(), "a run on char boundaries");
            Classified::of(run.unwrap_or(""))
        } else {
            self.cache.lookup(self.text, start, end)
        };
        match &self.extra {
            None => c,
            Some(extra) => Self::user_listed(extra, self.text, start, end, c),
        }
    }

    /// `c`, or the class a user's list gives an unlisted run that is not a syllable.
    #[inline(never)]
    fn user_listed(
        extra: &Abbreviations,
        text: &str,
        start: usize,
        end: usize,
        c: Classified,
    ) -> Classified {
        let class = c.class();
        if class.valid || class.listed.is_some() {
            return c;
        }
        let Some(run) = text.get(start..end) else {
            return c;
        };
        match extra.get(run) {
            Some(listed) => Classified {
                code: slot_code(
                    run,
                    RunClass {
                        valid: false,
                        listed: Some(listed),
                    },
                ),
                key: c.key,
            },
            None => c,
        }
    }

    #[inline]
    pub(super) fn byte(&self, i: usize) -> u8 {
        self.text.as_bytes().get(i).copied().unwrap_or(0)
    }

    /// Whether only spaces or tabs are left of the line from byte `i`: the text's end or a
    /// line break follows.
    fn line_ends_at(&self, i: usize) -> bool {
        let rest = self.text.as_bytes().get(i..).unwrap_or_default();
        rest.iter()
            .find(|&&b| b != b' ' && b != b'\t')
            .is_none_or(|&b| b == b'\n' || b == b'\r')
    }

    /// The character at byte `i` (a char boundary), or `None` at the end.
    #[inline]
    pub(super) fn char_at(&self, i: usize) -> Option<char> {
        utf8::char_at(self.text.as_bytes(), i)
    }

    /// Whether a letter (ASCII or not) starts at `i`.
    pub(super) fn letter_at(&self, i: usize) -> bool {
        let b = self.byte(i);
        if b < 0x80 {
            ASCII[b as usize] == C_LETTER
        } else {
            self.char_at(i).is_some_and(is_letter_char)
        }
    }

    pub(super) fn digit_at(&self, i: usize) -> bool {
        self.byte(i).is_ascii_digit()
    }

    pub(super) fn alnum_at(&self, i: usize) -> bool {
        self.digit_at(i) || self.letter_at(i)
    }

    /// Skips combining marks from `i`.
    #[inline]
    fn skip_marks(&self, mut i: usize) -> usize {
        while self.byte(i) >= 0x80 {
            match self.char_at(i) {
                Some(c) if is_combining_mark(c) => i += c.len_utf8(),
                _ => break,
            }
        }
        i
    }

    pub(super) fn digits_end(&self, mut i: usize) -> usize {
        while self.digit_at(i) {
            i += 1;
        }
        i
    }

    /// The next raw token.
    #[inline(always)]
    pub(crate) fn next_raw(&mut self) -> Option<Raw<'a>> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let b = *bytes.get(start)?;
        // Most spaces are one ASCII space before a word or a number.
        if b == b' '
            && space_alone(bytes, start + 1)
            && let Some((text, rest)) = self.rest.split_at_checked(1)
        {
            self.pos = start + 1;
            self.rest = rest;
            return Some(Raw {
                start,
                end: start + 1,
                text,
                kind: TokenKind::Space,
                dot: Dot::None,
                key: NO_KEY,
            });
        }
        // A word seen before, followed by a byte that joins nothing to it: the bytes that
        // may belong to a word, and the cache (which holds only runs of letters) says
        // whether they are one and what kind.
        if !REF
            && self.cached_words
            && WORD_START[b as usize]
            && let sixteen = sixteen_at(bytes, start)
            && let Some(end) = word_bytes_end(sixteen, start)
            && !bytes
                .get(end)
                .is_some_and(|&n| JOINS[n as usize & 127] || n == b'\'')
            && let Some(hit) = self.cache.probe(self.text, start, end, sixteen as u64)
        {
            let (kind, dot) = hit.word_kind();
            return self.finish(start, end, kind, dot, hit.key);
        }
        if letters::raw_letter(self.tables.raw_at(bytes, start).0).is_some() {
            // A word starting with a letter of the table (ASCII or Vietnamese), inline too.
            let (end, kind, dot, key) = self.word(start);
            return self.finish(start, end, kind, dot, key);
        }
        // One ASCII punctuation mark before ASCII (no combining mark to take along, no
        // `./.` or run of `.?!…` to join): `,` `;` `(` `)` `.` before a space.
        let next = bytes.get(start + 1).copied().unwrap_or(b' ');
        if b < 0x80
            && next < 0x80
            && (ASCII[b as usize] == C_PUNCT
                || (ASCII[b as usize] == C_TERM && !matches!(next, b'.' | b'?' | b'!' | b'/')))
        {
            return self.finish(start, start + 1, TokenKind::Punctuation, Dot::None, NO_KEY);
        }
        self.next_raw_any()
    }

    /// Moves over one ASCII space followed by a non-space character (a [`TokenKind::Space`]
    /// token of one byte), if there is one there. For callers that do not need such tokens.
    #[inline(always)]
    pub(crate) fn skip_single_space(&mut self) -> bool {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        if bytes.get(start) == Some(&b' ')
            && space_alone(bytes, start + 1)
            && let Some((_, rest)) = self.rest.split_at_checked(1)
        {
            self.pos = start + 1;
            self.rest = rest;
            return true;
        }
        false
    }

    /// [`Scanner::next_raw`] for any token.
    #[inline(never)]
    fn next_raw_any(&mut self) -> Option<Raw<'a>> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let b = *bytes.get(start)?;
        if b >= 0x80 {
            return self.next_non_ascii(start);
        }
        let (end, kind, dot) = match ASCII[b as usize] {
            C_SPACE => {
                // Most spaces are one ASCII byte before a word.
                let n = bytes.get(start + 1).copied().unwrap_or(0);
                let end = if n < 0x80 && ASCII[n as usize] != C_SPACE {
                    start + 1
                } else {
                    self.space_end(start + 1)
                };
                return self.finish(start, end, TokenKind::Space, Dot::None, NO_KEY);
            }
            C_LETTER => {
                // The run has taken its combining marks; a join skips them itself.
                let (end, kind, dot, key) = self.word(start);
                return self.finish(start, end, kind, dot, key);
            }
            C_DIGIT => self.number(start),
            C_TERM => (self.terminal_end(start), TokenKind::Punctuation, Dot::None),
            C_PUNCT => (start + 1, TokenKind::Punctuation, Dot::None),
            _ => (start + 1, TokenKind::Symbol, Dot::None),
        };
        let end = self.skip_marks(end);
        self.finish(start, end, kind, dot, NO_KEY)
    }

    /// A token starting with a character outside ASCII.
    #[inline(never)]
    fn next_non_ascii(&mut self, start: usize) -> Option<Raw<'a>> {
        // Vietnamese letters straight from the table (a letter is never a space).
        let (v, _) = self.tables.raw_at(self.text.as_bytes(), start);
        if letters::raw_letter(v).is_some() {
            let (end, kind, dot, key) = self.word(start);
            return self.finish(start, end, kind, dot, key);
        }
        let c = self.char_at(start);
        debug_assert!(c.is_some(), "a character starts at {start}");
        let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
        let next = start + c.len_utf8();
        let (end, kind, dot) = if is_space_char(c) {
            let end = self.space_end(next);
            return self.finish(start, end, TokenKind::Space, Dot::None, NO_KEY);
        } else if is_letter_char(c) {
            let (end, kind, dot, key) = self.word(start);
            let end_marks = self.skip_marks(end);
            return self.finish(start, end_marks, kind, dot, key);
        } else if c == '…' {
            (self.terminal_end(start), TokenKind::Punctuation, Dot::None)
        } else if is_punct_char(c) {
            (next, TokenKind::Punctuation, Dot::None)
        } else {
            (next, TokenKind::Symbol, Dot::None)
        };
        let end = self.skip_marks(end);
        self.finish(start, end, kind, dot, NO_KEY)
    }

    /// The token `text[start..end]` (`start` is `self.pos`), moving on to `end`.
    #[inline(always)]
    pub(super) fn finish(
        &mut self,
        start: usize,
        end: usize,
        kind: TokenKind,
        dot: Dot,
        key: u32,
    ) -> Option<Raw<'a>> {
        debug_assert_eq!(
            kind == TokenKind::Syllable,
            key != NO_KEY,
            "a key for syllables"
        );
        // Every branch moves forward; guard anyway so the iterator always ends.
        let len = end.wrapping_sub(start);
        let text = match self.rest.split_at_checked(len) {
            Some((text, rest)) if len > 0 => {
                self.rest = rest;
                text
            }
            _ => return self.one_char(start, kind),
        };
        self.pos = end;
        Some(Raw {
            start,
            end,
            text,
            kind,
            dot,
            key,
        })
    }

    /// The guard of [`Scanner::finish`]: one character (never taken).
    #[cold]
    #[inline(never)]
    fn one_char(&mut self, start: usize, kind: TokenKind) -> Option<Raw<'a>> {
        debug_assert!(false, "a token that does not move forward at {start}");
        let end = start + self.char_at(start).map_or(1, char::len_utf8);
        let text = self.text.get(start..end)?;
        self.pos = end;
        self.rest = self.text.get(end..).unwrap_or("");
        // A piece of another token: keep the kind, but it is no syllable.
        let kind = if kind == TokenKind::Syllable {
            TokenKind::Word
        } else {
            kind
        };
        Some(Raw {
            start,
            end,
            text,
            kind,
            dot: Dot::None,
            key: NO_KEY,
        })
    }

    fn space_end(&self, mut i: usize) -> usize {
        loop {
            let b = self.byte(i);
            if b < 0x80 {
                // `byte` reads the end of the text as NUL: only a NUL inside it is a space.
                if ASCII[b as usize] == C_SPACE && i < self.text.len() {
                    i += 1;
                    continue;
                }
                return i;
            }
            match self.char_at(i) {
                Some(c) if is_space_char(c) => i += c.len_utf8(),
                _ => return i,
            }
        }
    }

    /// `./.`, or a run of `.` `?` `!` `…`.
    fn terminal_end(&self, start: usize) -> usize {
        let t = self.text.as_bytes();
        if t.get(start..start + 3) == Some(b"./.") {
            return start + 3;
        }
        let mut i = start;
        loop {
            match self.byte(i) {
                b'.' | b'?' | b'!' => i += 1,
                0xE2 if t.get(i..i + 3) == Some("…".as_bytes()) => i += 3,
                _ => return i,
            }
        }
    }

    /// A token starting with a letter.
    #[inline(always)]
    pub(super) fn word(&mut self, start: usize) -> (usize, TokenKind, Dot, u32) {
        let run = self.letter_run(start, true);
        let end = run.end;
        let next = self.byte(end);
        if run.apostrophe || (next < 0x80 && JOINS[next as usize]) {
            // A syllable before a dot (most often the end of a sentence): nothing joins a
            // valid syllable over a dot, and a run that is not all ASCII starts no link.
            if next == b'.'
                && !run.apostrophe
                && !run.ascii(start)
                && !self.byte(end + 1).is_ascii_alphanumeric()
            {
                let found = self.lookup(start, end);
                let (kind, dot) = found.word_kind();
                if kind == TokenKind::Syllable {
                    return (end, kind, dot, found.key);
                }
            }
            return self.word_joined(start, run);
        }
        if !self.kinds && next != 0xE2 {
            return (end, TokenKind::Word, Dot::None, NO_KEY);
        }
        let found = self.lookup(start, end);
        let (kind, dot) = found.word_kind();
        (end, kind, dot, found.key)
    }

    /// [`Scanner::word`] when the run has an apostrophe or is followed by a byte that can
    /// join it to more (a link, a code, a dotted or hyphenated abbreviation).
    #[inline(never)]
    pub(super) fn word_joined(&mut self, start: usize, run: Run) -> (usize, TokenKind, Dot, u32) {
        let (end, kind, dot, key) = self.word_joined_marks(start, run);
        (self.skip_marks(end), kind, dot, key)
    }

    /// [`Scanner::word_joined`] before marks after its end are skipped.
    fn word_joined_marks(&mut self, start: usize, run: Run) -> (usize, TokenKind, Dot, u32) {
        let end = run.end;
        let next = self.byte(end);
        // A link starts with ASCII link bytes; look for one only when such a byte follows
        // an ASCII run (the link scan would stop at anything else).
        let linkish = matches!(
            next,
            b'.' | b'@' | b':' | b'_' | b'%' | b'+' | b'-' | b'0'..=b'9'
        );
        // A run with letters outside ASCII may start an email (`hoà@…`) or an
        // internationalized domain (`thư-viện.vn`), never a scheme or `www.`.
        let linkish = linkish && (run.ascii(start) || matches!(next, b'@' | b'.' | b'-'));
        if linkish
            && (start >= self.link_checked_to || self.www_at(start))
            && let Some((end, kind)) = self.link(start)
        {
            return (end, kind, Dot::None, NO_KEY);
        }
        // Letters then digits: a code (`PC67`, `Covid-19`).
        if next.is_ascii_digit() || (next == b'-' && self.digit_at(end + 1)) {
            return (self.code_end(start), TokenKind::Code, Dot::None, NO_KEY);
        }
        if run.apostrophe {
            return (end, TokenKind::Word, Dot::None, NO_KEY);
        }
        let found = self.lookup(start, end);
        let class = found.class();
        match next {
            b'.' => {
                if let Some((end, kind, dot)) = self.dotted(start, run, class) {
                    return (end, kind, dot, NO_KEY);
                }
            }
            b'-' if !class.valid
                && (class.abbreviation() || run.all_upper() && run.letters >= 2) =>
            {
                if let Some((end, kind, dot)) = self.hyphenated(end) {
                    return (end, kind, dot, NO_KEY);
                }
            }
            _ => {}
        }
        let (kind, dot) = run_kind(class, &run);
        (end, kind, dot, found.key)
    }

    /// `KT-XH`, `NĐ-CP`, `QĐ-UBND`: upper-case parts joined by hyphens.
    #[inline(never)]
    pub(super) fn hyphenated(&mut self, mut end: usize) -> Option<(usize, TokenKind, Dot)> {
        let mut joined = false;
        while self.byte(end) == b'-' && self.letter_at(end + 1) {
            let r = self.letter_run(end + 1, false);
            if !r.all_upper() || self.lookup(end + 1, r.end).class().valid {
                break;
            }
            end = r.end;
            joined = true;
        }
        joined.then_some((end, TokenKind::Abbreviation, Dot::None))
    }

    /// Whether a foreign given name, one space before byte `start`, ends there: two ASCII
    /// letters or more, the first a capital and the others small, that are no syllable
    /// (`Marc`, `John`; not `Kim`, `Vitamin` aside).
    #[cold]
    fn foreign_word_before(&mut self, start: usize) -> bool {
        if start < 3 || self.byte(start - 1) != b' ' {
            return false;
        }
        let end = start - 1;
        let bytes = self.text.as_bytes().get(..end).unwrap_or_default();
        let a = bytes
            .iter()
            .rposition(|b| !b.is_ascii_alphabetic())
            .map_or(0, |p| p + 1);
        let word = bytes.get(a..).unwrap_or_default();
        let shaped = word.len() >= 2
            && (a == 0 || matches!(bytes[a - 1], b' ' | b'(' | b'"'))
            && word[0].is_ascii_uppercase()
            && word[1..].iter().all(u8::is_ascii_lowercase)
            && word != b"Vitamin";
        shaped && !self.lookup(a, end).class().valid
    }

    /// A run of letters followed by a dot: `TP.HCM`, `Q.1`, `PGS.TS.`, `v.v.`, `TP.`, `H.`.
    #[inline(never)]
    pub(super) fn dotted(
        &mut self,
        start: usize,
        run: Run,
        class: RunClass,
    ) -> Option<(usize, TokenKind, Dot)> {
        // (A single capital that is also a syllable, `Y`, `A`, starts a person's initials
        // when another single capital follows its dot: `Y.T.H`.)
        // (Letters without marks only, `Y`, `A`, then `T` or `Đ`, so that NFC and NFD read
        // alike.)
        let bare = |a: usize, b: usize| {
            self.text
                .get(a..b)
                .is_some_and(|t| t == "Đ" || (t.len() == 1 && t.as_bytes()[0].is_ascii_uppercase()))
        };
        let initial_syllable = class.valid
            && bare(start, run.end)
            && self.letter_at(run.end + 1)
            && bare(run.end + 1, self.letter_run(run.end + 1, false).end);
        // (So is one between the words of a foreign name: `Marc E. Knapper`, `John A.
        // Smith`.)
        // (Or before another initial of the name: `A. N. Kosygin`.)
        if class.valid
            && bare(start, run.end)
            && self.byte(run.end + 1) == b' '
            && self.byte(run.end + 2).is_ascii_uppercase()
            && (self.foreign_word_before(start)
                || (self.byte(run.end + 3) == b'.' && self.byte(run.end + 4) == b' '))
        {
            return Some((run.end + 1, TokenKind::Abbreviation, Dot::Initial));
        }
        let first_ok = initial_syllable
            || !class.valid && (class.abbreviation() || run.all_upper() || run.letters <= 3);
        if !first_ok {
            return None;
        }
        let mut end = run.end;
        let mut last = (start, class, run);
        let mut last_digits = false;
        // Whether every part is a single capital: a person's initials (`N.V.T.`).
        let mut initials = run.letters == 1 && run.all_upper();
        // Join `.` + digits or `.` + an abbreviation-like part.
        while self.byte(end) == b'.' {
            if self.digit_at(end + 1) {
                end = self.digits_end(end + 1);
                last_digits = true;
                break;
            }
            if !self.letter_at(end + 1) {
                break;
            }
            let r = self.letter_run(end + 1, false);
            let c = self.lookup(end + 1, r.end).class();
            let ok = !c.valid && (c.abbreviation() || r.all_upper())
                || r.letters == 1 && (r.all_upper() || c.abbreviation());
            if !ok {
                break;
            }
            initials &= r.letters == 1 && r.all_upper();
            last = (end + 1, c, r);
            end = r.end;
        }
        let joined = end > run.end;
        let (seg_start, seg_class, seg_run) = last;
        let listed = if joined {
            abbreviations::builtin()
                .get(&self.text[start..end])
                .or_else(|| self.extra.as_ref()?.get(&self.text[start..end]))
                .or(seg_class.listed)
        } else {
            seg_class.listed
        };
        let listed = listed.filter(|c| *c != Class::Domain);
        // The trailing dot, unless it starts an ellipsis.
        if !last_digits && self.byte(end) == b'.' && self.byte(end + 1) != b'.' {
            // (Or a person's initials, `N.V.T.`, whose dot ends no more than an initial's.)
            // (Its last letter may be a syllable alone when the others are initials too:
            // `V.I. Lênin`, `X.Y.`.)
            let initial = (seg_start == start || initials)
                && seg_run.letters == 1
                && seg_run.all_upper()
                && (!seg_class.valid || (joined && initials));
            match listed {
                // (A capital listed only in lower case as a final abbreviation, `v` of
                // `v.v.`, is an initial with its dot: `Nguyễn V. H.`.)
                Some(Class::Final) if initial && !joined => {
                    return Some((end + 1, TokenKind::Abbreviation, Dot::Initial));
                }
                // A `title` is written before a name or a number; with nothing after it on
                // its line, its dot is the full stop (`… Đoàn đại biểu Quốc hội TP.`).
                Some(Class::Title) if self.line_ends_at(end + 1) => {}
                // A `word` (`UBND`, `GDP`) is written without a dot: a dot after it is
                // punctuation, and may end the sentence.
                Some(class @ (Class::Title | Class::Final)) => {
                    return Some((end + 1, TokenKind::Abbreviation, class.dot(true)));
                }
                None if initial => return Some((end + 1, TokenKind::Abbreviation, Dot::Initial)),
                _ => {}
            }
        }
        let dot = listed.map_or(Dot::None, |class| class.dot(false));
        joined.then_some((end, TokenKind::Abbreviation, dot))
    }
}

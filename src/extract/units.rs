//! The extractors' view of a text: its content tokens, one sentence at a time, each with its
//! syllable key and the word it is (see [`super::words`]), and what stands between it and
//! the token before (nothing, spaces, a line break).
//!
//! Matching never crosses a sentence: a date or a percentage is always inside one.

use crate::syllable::Syllable;
use crate::tokenize::{Token, TokenKind};

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

    /// Whether its first letter is upper case.
    pub(crate) fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The units of a text, one sentence at a time.
#[derive(Debug)]
pub(crate) struct Sentences<'t> {
    tokens: crate::tokenize::Tokens<'t>,
    sentences: std::iter::Peekable<crate::sentence::Sentences<'t>>,
    /// A token read past the end of the last sentence.
    pending: Option<Token<'t>>,
}

impl<'t> Sentences<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        Sentences {
            tokens: crate::tokenize::tokens(text),
            sentences: crate::sentence::sentences(text).peekable(),
            pending: None,
        }
    }

    /// Puts the units of the next sentence in `buf`; `false` at the end of the text.
    pub(crate) fn next_into(&mut self, buf: &mut Vec<Unit<'t>>) -> bool {
        buf.clear();
        let Some(sentence) = self.sentences.next() else {
            return false;
        };
        let mut gap = Gap::Line;
        while let Some(t) = self.pending.take().or_else(|| self.tokens.next()) {
            if t.span.start >= sentence.end {
                self.pending = Some(t);
                break;
            }
            if t.kind == TokenKind::Space {
                if !buf.is_empty() {
                    gap = if t.text.contains('\n') {
                        Gap::Line
                    } else if gap == Gap::None {
                        Gap::Space
                    } else {
                        gap
                    };
                }
                continue;
            }
            if t.span.start < sentence.start {
                // Between sentences (nothing but spaces is there).
                continue;
            }
            buf.push(unit(&t, gap));
            gap = Gap::None;
        }
        true
    }
}

fn unit<'t>(t: &Token<'t>, gap: Gap) -> Unit<'t> {
    let key = if t.kind == TokenKind::Syllable {
        Syllable::parse(t.text).ok().map(|s| s.key())
    } else {
        None
    };
    Unit {
        start: t.span.start,
        end: t.span.end,
        text: t.text,
        kind: t.kind,
        key,
        word: key.map_or(Word::Other, words::word),
        gap,
    }
}

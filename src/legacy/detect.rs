//! Detection: which legacy encoding, if any, a text is in, judged by how many of its words
//! decode to Vietnamese syllables that were not syllables as written.
//!
//! Each whitespace-separated word that an encoding changes casts a vote: for the encoding when
//! its decoding is a Vietnamese syllable and the word as written is not, for Unicode when it
//! is the other way round; words that are syllables (or non-syllables) both ways do not vote.
//! Ordinary Unicode Vietnamese is made of syllables, so an encoding that changes its words
//! gets Unicode votes, never its own; English is either left unchanged or not made into
//! syllables. An encoding is claimed when it has at least two votes (one for a single word)
//! and more than the Unicode reading.

use std::borrow::Cow;

use super::Encoding;
use super::table::cp1252_char;
use crate::letters;

/// The result of [`detect`] / [`detect_str`].
///
/// # Examples
/// ```
/// let d = vntext::detect_str("Céng hßa x· héi chñ nghÜa ViÖt Nam");
/// assert_eq!(d.encoding, Some(vntext::Encoding::Tcvn3));
/// assert!(d.confidence > 0.8);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Detection {
    /// The legacy encoding found, or `None`: Unicode (or plain ASCII) text, or nothing
    /// recognisable as legacy Vietnamese.
    pub encoding: Option<Encoding>,
    /// How sure, from 0 to 1. With `encoding: None`, how sure the text is *not* legacy.
    pub confidence: f32,
}

/// Votes of one encoding over a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Votes {
    /// Words the encoding turns into syllables that were not syllables as written.
    legacy: u32,
    /// Words that were syllables as written and are not after decoding.
    unicode: u32,
    /// Words the encoding changes at all.
    changed: u32,
}

/// Letters of a word without the punctuation around it.
fn core(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphabetic() && letters::mark(c).is_none())
}

/// A Vietnamese syllable written in a sane case pattern (lower, Title or UPPER).
fn syllable(word: &str) -> bool {
    let w = core(word);
    if w.is_empty() || !crate::is_valid(w) {
        return false;
    }
    let mut cs = w.chars().filter(|c| c.is_alphabetic());
    let first_upper = cs.next().is_some_and(char::is_uppercase);
    let rest: Vec<bool> = cs.map(char::is_uppercase).collect();
    rest.iter().all(|&u| !u) || (first_upper && rest.iter().all(|&u| u))
}

/// The text of a word that the encoding decodes; for VIQR, without trailing punctuation
/// (a final `.`, `?` or `'` is as likely a full stop as a tone).
fn candidate(e: Encoding, word: &str) -> &str {
    if e == Encoding::Viqr {
        word.trim_end_matches(|c: char| c.is_ascii_punctuation())
    } else {
        word
    }
}

/// Vote of one word: `Some(true)` legacy, `Some(false)` Unicode, `None` no opinion;
/// the second value says whether the encoding changes the word at all.
fn vote(e: Encoding, word: &str, buf: &mut String) -> (Option<bool>, bool) {
    let w = candidate(e, word);
    buf.clear();
    e.decode_str_to(w, buf);
    if buf == w {
        return (None, false);
    }
    let before = syllable(w);
    let after = syllable(buf);
    let v = match (before, after) {
        (false, true) => Some(true),
        (true, false) => Some(false),
        _ => None,
    };
    (v, true)
}

fn votes(e: Encoding, text: &str) -> Votes {
    let mut v = Votes::default();
    let mut buf = String::new();
    for word in text.split_whitespace() {
        // Plain ASCII words only change under VIQR.
        if e != Encoding::Viqr && word.is_ascii() {
            continue;
        }
        if e == Encoding::Viqr && !word.bytes().any(super::viqr::is_mark) {
            continue;
        }
        let (mut vote, changed) = vote(e, word, &mut buf);
        if e == Encoding::Viqr && vote == Some(true) && !strong_viqr(candidate(e, word)) {
            // `' . ?` after a vowel are as often English (`I'm`, `a.m.`) as tones.
            vote = None;
        }
        v.changed += changed as u32;
        match vote {
            Some(true) => v.legacy += 1,
            Some(false) => v.unicode += 1,
            None => {}
        }
    }
    v
}

/// A VIQR word with a mark English does not put after a vowel: `^ ( + ~ \``, or `dd`.
fn strong_viqr(word: &str) -> bool {
    let b = word.as_bytes();
    b.windows(2).any(|w| {
        w[0].is_ascii_alphabetic() && matches!(w[1], b'^' | b'(' | b'+' | b'~' | b'`')
            || w[0].eq_ignore_ascii_case(&b'd') && w[1].eq_ignore_ascii_case(&b'd')
    })
}

fn claimed(v: Votes) -> bool {
    v.legacy > v.unicode && (v.legacy >= 2 || (v.legacy == 1 && v.changed == 1 && v.unicode == 0))
}

/// Detects the legacy encoding of a garbled string (legacy bytes read as Windows-1252 or
/// Latin-1), of VIQR text, or of a text that mixes Unicode and such runs. Ordinary Unicode
/// Vietnamese and English text give `encoding: None`.
///
/// # Examples
/// ```
/// use vntext::{Encoding, detect_str};
/// assert_eq!(detect_str("Coäng hoøa xaõ hoäi chuû nghóa").encoding, Some(Encoding::Vni));
/// assert_eq!(detect_str("Vie^.t Nam ddo^.c la^.p").encoding, Some(Encoding::Viqr));
/// assert_eq!(detect_str("Cộng hòa xã hội chủ nghĩa Việt Nam").encoding, None);
/// assert_eq!(detect_str("The café is open, isn't it?").encoding, None);
/// ```
pub fn detect_str(text: &str) -> Detection {
    let mut best: Option<(Encoding, Votes)> = None;
    for e in Encoding::ALL {
        let v = votes(e, text);
        if !claimed(v) || (e == Encoding::Viqr && v.legacy < 2) {
            continue;
        }
        let score = |v: Votes| v.legacy as i64 - v.unicode as i64;
        if best.is_none_or(|(_, b)| score(v) > score(b)) {
            best = Some((e, v));
        }
    }
    match best {
        Some((e, v)) => {
            let share = v.legacy as f32 / (v.legacy + v.unicode).max(1) as f32;
            let support = 1.0 - 0.5f32.powi(v.legacy as i32);
            Detection {
                encoding: Some(e),
                confidence: share * support,
            }
        }
        None => Detection {
            encoding: None,
            confidence: 1.0,
        },
    }
}

/// Detects the legacy encoding of raw bytes. Valid UTF-8 is examined as text (it may be
/// Unicode, VIQR, or a garbled string saved as UTF-8); other bytes are read as Windows-1252
/// first.
///
/// # Examples
/// ```
/// use vntext::{Encoding, detect};
/// let d = detect(b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam");
/// assert_eq!(d.encoding, Some(Encoding::Tcvn3));
/// assert_eq!(detect("Lạng Sơn".as_bytes()).encoding, None);
/// ```
pub fn detect(bytes: &[u8]) -> Detection {
    match std::str::from_utf8(bytes) {
        Ok(s) => detect_str(s),
        Err(_) => {
            let s: String = bytes.iter().map(|&b| cp1252_char(b)).collect();
            detect_str(&s)
        }
    }
}

/// Detects the encoding of the legacy runs of `text` and converts only those
/// ([`Encoding::decode_runs`]); borrows the text when there are none.
///
/// # Examples
/// ```
/// let mixed = "Lạng Sơn, ngày 06/01/2020\nUû ban nh©n d©n tØnh L¹ng S¬n";
/// assert_eq!(
///     vntext::convert_legacy_runs(mixed),
///     "Lạng Sơn, ngày 06/01/2020\nUỷ ban nhân dân tỉnh Lạng Sơn"
/// );
/// assert!(matches!(vntext::convert_legacy_runs("Hà Nội"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn convert_legacy_runs(text: &str) -> Cow<'_, str> {
    match detect_str(text).encoding {
        Some(e) => decode_runs(e, text),
        None => Cow::Borrowed(text),
    }
}

/// See [`Encoding::decode_runs`].
pub(crate) fn decode_runs(e: Encoding, text: &str) -> Cow<'_, str> {
    // Word spans and their labels: Some(true) convert, Some(false) keep, None undecided.
    let mut words: Vec<(usize, usize, Option<bool>)> = Vec::new();
    let mut buf = String::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                let word = &text[s..i];
                let (vote, changed) = vote(e, word, &mut buf);
                if changed {
                    words.push((s, i, vote));
                } else if !word.is_ascii() && syllable(word) {
                    // Unicode Vietnamese the encoding leaves alone: context for its neighbours.
                    words.push((s, i, Some(false)));
                }
                start = None;
            }
            _ => {}
        }
    }
    if !words.iter().any(|w| w.2 == Some(true)) {
        return Cow::Borrowed(text);
    }
    // Undecided words follow the nearest decided word before them, else after them.
    let mut last = None;
    for w in words.iter_mut() {
        match w.2 {
            Some(v) => last = Some(v),
            None => w.2 = last,
        }
    }
    let mut next = None;
    for w in words.iter_mut().rev() {
        match w.2 {
            Some(v) => next = Some(v),
            None => w.2 = next,
        }
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut done = 0;
    for (s, end, label) in words {
        if label == Some(true) {
            out.push_str(&text[done..s]);
            e.decode_str_to(&text[s..end], &mut out);
            done = end;
        }
    }
    out.push_str(&text[done..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_count() {
        let v = votes(Encoding::Tcvn3, "Céng hßa x· héi chñ nghÜa ViÖt Nam");
        assert_eq!(v.unicode, 0);
        assert!(v.legacy >= 6, "{v:?}");
        let v = votes(Encoding::Tcvn3, "Cộng hòa xã hội chủ nghĩa Việt Nam");
        assert_eq!(v.legacy, 0);
    }

    #[test]
    fn case_pattern() {
        assert!(syllable("Việt,"));
        assert!(syllable("VIỆT"));
        assert!(!syllable("vIỆt"));
        assert!(!syllable("123"));
    }
}

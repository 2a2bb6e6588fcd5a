//! Detection: which legacy encoding, if any, a text is in, judged line by line from how many
//! of its words decode to Vietnamese syllables against how many already are Unicode.
//!
//! Each word gets a [`Label`] per encoding (see [`super::evidence`]). A line is *claimed* by
//! an encoding when at least two of its words vote for it and they outnumber the line's
//! Unicode words, so a Unicode line with a symbol or two (`©`, `½`, `5€`) is never claimed,
//! while a legacy paragraph inside a Unicode document is. The encoding with the most votes on
//! claimed lines wins, provided two different words voted for it (a repeated `µm` is one
//! piece of evidence, not ten, and a single word is not enough). A text without claimed lines
//! can still be claimed as a whole by the same rule (legacy text in short lines).
//!
//! Detection is bounded: it reads at most the first [`PREFIX`] bytes of the text (64 KiB,
//! cut at a line or word boundary) and stops sooner once one encoding leads clearly, or once
//! enough Unicode Vietnamese has gone by with no legacy line at all.

use std::borrow::Cow;

use super::Encoding;
use super::evidence::{self, Label, Scratch};
use super::table::cp1252_char;
use super::viqr;

/// How much of a text detection reads at most, in bytes.
pub(crate) const PREFIX: usize = 64 * 1024;

/// Detection stops once an encoding has this many votes on claimed lines and twice as many as
/// any other…
const CLEAR_LEGACY: u32 = 200;
/// …or once this many Unicode words went by and no line was claimed.
const CLEAR_UNICODE: u32 = 2000;

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
#[non_exhaustive]
pub struct Detection {
    /// The legacy encoding found, or `None`: Unicode (or plain ASCII) text, or nothing
    /// recognisable as legacy Vietnamese.
    pub encoding: Option<Encoding>,
    /// How sure, from 0 to 1. With `encoding: None`, how sure the text is *not* legacy.
    pub confidence: f32,
}

/// Votes for one encoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Votes {
    /// Words the encoding turns into syllables.
    legacy: u32,
    /// Unicode words: they have a letter legacy text cannot have, or decoding breaks them.
    unicode: u32,
    /// A hash of the first word that voted for the encoding, and whether a different one did.
    first: u64,
    distinct: bool,
}

impl Votes {
    fn add(&mut self, o: &Votes) {
        if self.legacy == 0 {
            self.first = o.first;
            self.distinct = o.distinct;
        } else if o.legacy > 0 {
            self.distinct |= o.distinct || o.first != self.first;
        }
        self.legacy += o.legacy;
        self.unicode += o.unicode;
    }

    fn vote(&mut self, word: &str) {
        let h = evidence::word_hash(word);
        if self.legacy == 0 {
            self.first = h;
        } else if h != self.first {
            self.distinct = true;
        }
        self.legacy += 1;
    }

    /// Votes enough to claim a line: two or more, more than the Unicode words.
    fn claims_line(&self) -> bool {
        self.legacy >= 2 && self.legacy > self.unicode
    }
}

/// The votes of every encoding on a text, line by line.
#[derive(Default)]
struct Tally {
    /// Votes of each encoding (index as in `Encoding::ALL`) on the lines it claims.
    claimed: Vec<Votes>,
    /// Votes of each encoding on every line.
    total: Vec<Votes>,
    /// Unicode words (the same for every encoding).
    unicode_words: u32,
}

impl Tally {
    fn new() -> Tally {
        let n = Encoding::ALL.len();
        Tally {
            claimed: vec![Votes::default(); n],
            total: vec![Votes::default(); n],
            ..Tally::default()
        }
    }

    /// Counts one line (without its line break).
    fn line(&mut self, line: &str, scratch: &mut Scratch) {
        let n = Encoding::ALL.len();
        let mut votes = vec![Votes::default(); n];
        let mut unicode_words = 0;
        for word in line.split_whitespace() {
            if evidence::is_plain_ascii(word) {
                continue; // Only VIQR reads ASCII, and VIQR reads whole lines below.
            }
            if evidence::is_unicode_word(word) {
                unicode_words += 1;
                continue;
            }
            for (i, &e) in Encoding::ALL.iter().enumerate() {
                if e == Encoding::Viqr {
                    continue;
                }
                match evidence::label(e, word, scratch) {
                    Label::Legacy => votes[i].vote(word),
                    Label::Unicode => votes[i].unicode += 1,
                    Label::Same | Label::Undecided => {}
                }
            }
        }
        self.unicode_words += unicode_words;
        for (i, &e) in Encoding::ALL.iter().enumerate() {
            if e == Encoding::Viqr {
                let ev = viqr::evidence(line);
                votes[i] = Votes {
                    legacy: ev.votes(),
                    unicode: ev.foreign,
                    first: ev.first,
                    distinct: ev.distinct,
                };
                if ev.strong == 0 {
                    // English puts `' . ?` after letters too; a VIQR line has other marks.
                    votes[i].legacy = votes[i].legacy.min(1);
                }
            } else {
                votes[i].unicode += unicode_words;
            }
            if votes[i].claims_line() {
                self.claimed[i].add(&votes[i]);
            }
            self.total[i].add(&votes[i]);
        }
    }

    /// The encoding with the most votes on its claimed lines, if two different words voted.
    fn best(&self) -> Option<(usize, Votes)> {
        let mut best: Option<(usize, Votes)> = None;
        for (i, v) in self.claimed.iter().enumerate() {
            if v.legacy > 0 && v.distinct && best.is_none_or(|(_, b)| v.legacy > b.legacy) {
                best = Some((i, *v));
            }
        }
        if best.is_some() {
            return best;
        }
        // No claimed line: the text as a whole, by the same rule (legacy in short lines).
        for (i, v) in self.total.iter().enumerate() {
            if v.claims_line() && v.distinct && best.is_none_or(|(_, b)| v.legacy > b.legacy) {
                best = Some((i, *v));
            }
        }
        best
    }

    /// Whether reading on could not change the answer much.
    fn clear(&self) -> bool {
        match self.best() {
            Some((i, v)) => {
                let second = (self.claimed.iter().enumerate())
                    .filter(|&(j, _)| j != i)
                    .map(|(_, w)| w.legacy)
                    .max()
                    .unwrap_or(0);
                v.legacy >= CLEAR_LEGACY && v.legacy >= 2 * second
            }
            None => {
                self.unicode_words >= CLEAR_UNICODE && self.claimed.iter().all(|v| v.legacy == 0)
            }
        }
    }

    fn detection(&self) -> Detection {
        match self.best() {
            Some((i, v)) => {
                let share = v.legacy as f32 / (v.legacy + v.unicode).max(1) as f32;
                let support = 1.0 - 0.5f32.powi(v.legacy.min(64) as i32);
                Detection {
                    encoding: Encoding::ALL.get(i).copied(),
                    confidence: share * support,
                }
            }
            None => {
                // How far the best candidate was from being claimed.
                let doubt = self
                    .total
                    .iter()
                    .map(|v| v.legacy as f32 / (v.legacy + v.unicode + 1) as f32)
                    .fold(0.0, f32::max);
                Detection {
                    encoding: None,
                    confidence: 1.0 - doubt,
                }
            }
        }
    }
}

/// The part of `text` detection reads: at most [`PREFIX`] bytes, cut after a line break or,
/// failing that, before a whitespace character.
pub(crate) fn prefix(text: &str) -> &str {
    if text.len() <= PREFIX {
        return text;
    }
    let mut end = PREFIX;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    match head.rfind('\n') {
        Some(i) if i > PREFIX / 2 => &text[..=i],
        _ => match head.rfind(char::is_whitespace) {
            Some(i) if i > 0 => &text[..i],
            _ => head,
        },
    }
}

/// Detects the legacy encoding of a garbled string (legacy bytes read as Windows-1252 or
/// Latin-1), of VIQR text, or of a text that mixes Unicode and such runs. Ordinary Unicode
/// text, Vietnamese or not and whatever symbols it has, and English give `encoding: None`.
///
/// Reads at most the first 64 KiB of `text` and stops sooner when the evidence is clear.
///
/// # Examples
/// ```
/// use vntext::{Encoding, detect_str};
/// assert_eq!(detect_str("Coäng hoøa xaõ hoäi chuû nghóa").encoding, Some(Encoding::Vni));
/// assert_eq!(detect_str("Vie^.t Nam ddo^.c la^.p").encoding, Some(Encoding::Viqr));
/// assert_eq!(detect_str("Cộng hòa xã hội chủ nghĩa Việt Nam").encoding, None);
/// assert_eq!(detect_str("Giá 5€, © 2020 Báo Mới » Kinh tế").encoding, None);
/// assert_eq!(detect_str("The café is open, isn't it?").encoding, None);
/// ```
#[must_use]
pub fn detect_str(text: &str) -> Detection {
    let mut tally = Tally::new();
    let mut scratch = Scratch::default();
    for line in prefix(text).split('\n') {
        tally.line(line, &mut scratch);
        if tally.clear() {
            break;
        }
    }
    tally.detection()
}

/// Detects the legacy encoding of raw bytes. Valid UTF-8 is examined as text (it may be
/// Unicode, VIQR, or a garbled string saved as UTF-8); other bytes are read as Windows-1252.
/// Like [`detect_str`], reads at most the first 64 KiB.
///
/// # Examples
/// ```
/// use vntext::{Encoding, detect};
/// let d = detect(b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam");
/// assert_eq!(d.encoding, Some(Encoding::Tcvn3));
/// assert_eq!(detect("Lạng Sơn".as_bytes()).encoding, None);
/// ```
#[must_use]
pub fn detect(bytes: &[u8]) -> Detection {
    // Enough bytes for the text prefix even when every byte is one char of three bytes.
    let head = &bytes[..bytes.len().min(PREFIX)];
    match std::str::from_utf8(head) {
        Ok(s) => detect_str(s),
        // Valid UTF-8 cut inside a character at the end of the prefix.
        Err(e) if e.error_len().is_none() && head.len() < bytes.len() => {
            detect_str(std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default())
        }
        Err(_) => {
            let s: String = head.iter().map(|&b| cp1252_char(b)).collect();
            detect_str(&s)
        }
    }
}

/// Detects the encoding of the legacy runs of `text` ([`detect_str`], from the first 64 KiB)
/// and converts those runs ([`Encoding::decode_runs`]); borrows the text when it finds none.
/// Auto-detection and an explicit encoding give the same result: this is
/// `detect_str(text).encoding.map(|e| e.decode_runs(text))`.
///
/// # Examples
/// ```
/// let mixed = "Lạng Sơn, ngày 06/01/2020\nUû ban nh©n d©n tØnh L¹ng S¬n";
/// assert_eq!(
///     vntext::convert_legacy_runs(mixed),
///     "Lạng Sơn, ngày 06/01/2020\nUỷ ban nhân dân tỉnh Lạng Sơn"
/// );
/// assert!(matches!(vntext::convert_legacy_runs("Hà Nội"), std::borrow::Cow::Borrowed(_)));
/// assert!(matches!(vntext::convert_legacy_runs("Chia ½ quyền"), std::borrow::Cow::Borrowed(_)));
/// ```
#[must_use]
pub fn convert_legacy_runs(text: &str) -> Cow<'_, str> {
    match detect_str(text).encoding {
        Some(e) => e.decode_runs(text),
        None => Cow::Borrowed(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(text: &str) -> Tally {
        let mut t = Tally::new();
        for line in text.split('\n') {
            t.line(line, &mut Scratch::default());
        }
        t
    }

    #[test]
    fn votes_count() {
        let t = tally("Céng hßa x· héi chñ nghÜa ViÖt Nam");
        let v = t.total[0];
        assert_eq!(v.unicode, 0);
        assert!(v.legacy >= 5 && v.distinct, "{v:?}");
        let t = tally("Cộng hòa xã hội chủ nghĩa Việt Nam");
        assert!(t.total.iter().all(|v| v.legacy == 0));
        // `hòa` and `xã` are Windows-1252 letters: they could be legacy text.
        assert_eq!(t.unicode_words, 5);
    }

    #[test]
    fn one_word_repeated_is_one_piece_of_evidence() {
        // `µm` is `àm` in TCVN3.
        assert_eq!(detect_str("5 µm and 3 µm").encoding, None);
        // One word is not enough either; two are.
        assert_eq!(detect_str("ViÖt").encoding, None);
        assert_eq!(detect_str("µm").encoding, None);
        assert_eq!(detect_str("L¹ng\nS¬n").encoding, Some(Encoding::Tcvn3));
    }

    #[test]
    fn prefix_is_bounded_and_cut_at_a_line() {
        let line = "Hà Nội, ngày 6/1/2020: Ủy ban nhân dân thành phố họp.\n";
        let text = line.repeat(4 * PREFIX / line.len());
        let p = prefix(&text);
        assert!(
            p.len() <= PREFIX && p.len() > PREFIX - line.len(),
            "{}",
            p.len()
        );
        assert!(p.ends_with('\n'));
        assert_eq!(prefix("ngắn"), "ngắn");
    }

    #[test]
    fn stops_early_when_clear() {
        let unicode = "Hà Nội, ngày 6/1/2020: Ủy ban nhân dân thành phố họp bàn kế hoạch.\n";
        let mut t = Tally::new();
        let mut lines = 0;
        for line in unicode.repeat(1000).split('\n') {
            t.line(line, &mut Scratch::default());
            lines += 1;
            if t.clear() {
                break;
            }
        }
        assert!(lines < 1000, "{lines}");
        assert_eq!(t.detection().encoding, None);
        let legacy = "Céng hßa x· héi chñ nghÜa ViÖt Nam\n".repeat(1000);
        let mut t = Tally::new();
        let mut lines = 0;
        for line in legacy.split('\n') {
            t.line(line, &mut Scratch::default());
            lines += 1;
            if t.clear() {
                break;
            }
        }
        assert!(lines < 100, "{lines}");
        assert_eq!(t.detection().encoding, Some(Encoding::Tcvn3));
    }
}

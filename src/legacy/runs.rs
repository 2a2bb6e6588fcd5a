//! Decoding the legacy runs of a text: the one path from a `&str` to Unicode, whether the
//! encoding was detected or given.
//!
//! Every word gets its [`Label`] ([`super::evidence`]); in a line with Unicode words, a legacy
//! vote counts only when another one stands between the same two Unicode words. Then, line by
//! line:
//! - a line with legacy words and no Unicode word is decoded whole, exactly as
//!   [`Encoding::decode_str`] decodes it;
//! - a line with Unicode words and no legacy word is kept;
//! - a line with both is decoded word by word: a word without a vote of its own (unchanged,
//!   symbols, both readings syllables) goes with the nearest word that has one, the one
//!   before it on a tie; runs of decoded words are decoded with the spaces between them;
//! - a line with no vote either way goes with the nearest line that has one, the one before
//!   it on a tie (next to a mixed line it is kept).
//!
//! A text without a single legacy word is borrowed unchanged (nothing in it tells a legacy
//! reading from Unicode); a text with legacy words and no Unicode word is decoded whole. So a
//! garbled legacy text comes out exactly as [`Encoding::decode_str`] gives it, Unicode text
//! comes out untouched, and only the legacy runs of a mixed text are converted.

use std::borrow::Cow;

use super::Encoding;
use super::evidence::{self, Label, Scratch};

/// What the words of one line say.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Line {
    legacy: bool,
    unicode: bool,
}

impl Line {
    /// Whether the line has a vote either way.
    fn decided(self) -> bool {
        self.legacy || self.unicode
    }

    /// Whether a line without votes next to this one is decoded: only next to a legacy line
    /// (a line with Unicode words, mixed or not, hands on keeping).
    fn hands_on_decoding(self) -> bool {
        self.legacy && !self.unicode
    }
}

/// Labels the words of a line for `e`: `(start, end, label)` in bytes of the line. In a line
/// that has Unicode words, legacy votes count only where at least two of them stand between
/// the same two Unicode words: a lone `µm` in a Unicode sentence is not a legacy run.
fn words(e: Encoding, line: &str, scratch: &mut Scratch, out: &mut Vec<(usize, usize, Label)>) {
    out.clear();
    let mut start = None;
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                out.push((s, i, evidence::label(e, &line[s..i], scratch)));
                start = None;
            }
            _ => {}
        }
    }
    if !out.iter().any(|w| w.2 == Label::Unicode) {
        return;
    }
    for segment in out.split_mut(|w| w.2 == Label::Unicode) {
        if segment.iter().filter(|w| w.2 == Label::Legacy).count() < 2 {
            for w in segment.iter_mut().filter(|w| w.2 == Label::Legacy) {
                w.2 = Label::Undecided;
            }
        }
    }
}

fn summary(words: &[(usize, usize, Label)]) -> Line {
    Line {
        legacy: words.iter().any(|w| w.2 == Label::Legacy),
        unicode: words.iter().any(|w| w.2 == Label::Unicode),
    }
}

/// What the words of a line say, without labelling every word: once a legacy word is found,
/// only words that are syllables as written can still be Unicode, and once a Unicode word is
/// found only words that are not can still be legacy.
fn quick_summary(e: Encoding, line: &str, scratch: &mut Scratch) -> Line {
    let mut l = Line::default();
    if evidence::is_plain_ascii(line) {
        return l;
    }
    for word in line.split_whitespace() {
        if evidence::is_plain_ascii(word) {
            continue;
        }
        // Only a word that is not a syllable as written can vote legacy, only one that is can
        // be Unicode: once one side is known, the other side's words need no decoding.
        if evidence::is_unicode_word(word) {
            l.unicode = true;
        } else if match (l.legacy, l.unicode) {
            (false, false) => true,
            (true, _) => evidence::written_syllable(word),
            (false, true) => !evidence::written_syllable(word),
        } {
            match evidence::label(e, word, scratch) {
                Label::Legacy => l.legacy = true,
                Label::Unicode => l.unicode = true,
                Label::Same | Label::Undecided => {}
            }
        }
        if l.legacy && l.unicode {
            break;
        }
    }
    l
}

/// See [`Encoding::decode_runs`].
pub(crate) fn decode_runs(e: Encoding, text: &str) -> Cow<'_, str> {
    if e == Encoding::Viqr {
        let mut out = String::with_capacity(text.len());
        super::viqr::decode_to(text, &mut out);
        return if out == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(out)
        };
    }
    // First pass: what each line says.
    let mut scratch = Scratch::default();
    let mut ws = Vec::new();
    let lines: Vec<Line> = text
        .split('\n')
        .map(|line| {
            let quick = quick_summary(e, line, &mut scratch);
            if quick.legacy && quick.unicode {
                // Mixed: whether the legacy votes survive depends on where they stand.
                words(e, line, &mut scratch, &mut ws);
                summary(&ws)
            } else {
                quick
            }
        })
        .collect();
    if !lines.iter().any(|l| l.legacy) {
        return Cow::Borrowed(text);
    }
    if !lines.iter().any(|l| l.unicode) {
        let mut out = String::with_capacity(text.len() + text.len() / 4);
        e.decode_str_to(text, &mut out);
        return if out == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(out)
        };
    }
    // Lines without votes go with the nearest line that has some.
    let labels = resolve(&lines);
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let mut at = 0;
    for (line, (summary, decode)) in text.split('\n').zip(lines.iter().zip(labels)) {
        if at > 0 {
            out.push('\n');
        }
        at += line.len() + 1;
        match (summary.legacy, summary.unicode) {
            (true, true) => {
                words(e, line, &mut scratch, &mut ws);
                mixed_line(e, line, &ws, &mut out);
            }
            _ if decode => e.decode_str_to(line, &mut out),
            _ => out.push_str(line),
        }
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

/// Whether each line is decoded (mixed lines are decided word by word; their entry says
/// what a neighbouring undecided line takes from them).
fn resolve(lines: &[Line]) -> Vec<bool> {
    let n = lines.len();
    // Distance to, and label of, the nearest decided line before and after each line.
    let mut before: Vec<Option<(usize, bool)>> = vec![None; n];
    let mut last: Option<(usize, bool)> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.decided() {
            last = Some((i, l.hands_on_decoding()));
        }
        before[i] = last;
    }
    let mut after: Option<(usize, bool)> = None;
    let mut labels = vec![false; n];
    for i in (0..n).rev() {
        let l = lines[i];
        if l.decided() {
            after = Some((i, l.hands_on_decoding()));
            labels[i] = l.hands_on_decoding();
            continue;
        }
        labels[i] = match (before[i], after) {
            (Some((b, lb)), Some((a, la))) => {
                if i - b <= a - i {
                    lb
                } else {
                    la
                }
            }
            (Some((_, lb)), None) => lb,
            (None, Some((_, la))) => la,
            (None, None) => false,
        };
    }
    labels
}

/// Decodes the legacy runs of one line that has both legacy and Unicode words.
fn mixed_line(e: Encoding, line: &str, words: &[(usize, usize, Label)], out: &mut String) {
    // Each word's decision: its own vote, else the nearest vote, the one before on a tie.
    let n = words.len();
    let mut decide = vec![None; n];
    let mut last: Option<(usize, bool)> = None;
    for (i, w) in words.iter().enumerate() {
        match w.2 {
            Label::Legacy => last = Some((i, true)),
            Label::Unicode => last = Some((i, false)),
            _ => {}
        }
        decide[i] = last;
    }
    let mut next: Option<(usize, bool)> = None;
    let mut decoded = vec![false; n];
    for i in (0..n).rev() {
        match words[i].2 {
            Label::Legacy => next = Some((i, true)),
            Label::Unicode => next = Some((i, false)),
            _ => {}
        }
        decoded[i] = match (decide[i], next) {
            (Some((b, vb)), Some((a, va))) => {
                if i - b <= a - i {
                    vb
                } else {
                    va
                }
            }
            (Some((_, v)), None) | (None, Some((_, v))) => v,
            (None, None) => false,
        };
    }
    // Runs of decoded words are decoded with the spaces between them.
    let mut done = 0;
    let mut i = 0;
    while i < n {
        if !decoded[i] {
            i += 1;
            continue;
        }
        let start = words[i].0;
        let mut end = words[i].1;
        while i + 1 < n && decoded[i + 1] {
            i += 1;
            end = words[i].1;
        }
        out.push_str(&line[done..start]);
        e.decode_str_to(&line[start..end], out);
        done = end;
        i += 1;
    }
    out.push_str(&line[done..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undecided_lines_follow_the_nearest() {
        let l = |legacy, unicode| Line { legacy, unicode };
        let lines = [
            l(false, true),
            l(false, false),
            l(true, false),
            l(false, false),
        ];
        // On a tie, the line before wins.
        assert_eq!(resolve(&lines), [false, false, true, true]);
        let lines = [
            l(false, false),
            l(false, true),
            l(false, false),
            l(false, false),
            l(true, false),
        ];
        assert_eq!(resolve(&lines), [false, false, false, true, true]);
    }

    #[test]
    fn mixed_line_converts_its_legacy_run() {
        let line = "Quốc hiệu: Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam.";
        let mut ws = Vec::new();
        words(Encoding::Vni, line, &mut Scratch::default(), &mut ws);
        let mut out = String::new();
        mixed_line(Encoding::Vni, line, &ws, &mut out);
        assert_eq!(out, "Quốc hiệu: Cộng hòa xã hội chủ nghĩa Việt Nam.");
    }
}

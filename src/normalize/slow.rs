//! The reference path: one word at a time through the syllable model, or plain NFC.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::compose::compose_letters;
use super::links::Links;
use super::scan::{FAST, Fast};
use super::{Bail, Normalizer};
use crate::letters::{self, Letter, Tables};
use crate::syllable::{Before, Decoded, Form, Syllable, decode};
use crate::tone::Tone;
use crate::utf8;

impl Normalizer {
    /// The slow path: from the first bail position on, handles one word at a time and goes
    /// back to scanning after it.
    pub(super) fn run_nfc(&self, text: &str, first: Bail, out: &mut String) {
        let t = letters::tables();
        if letters::raw_mark(t.raw_at(text.as_bytes(), first).0).is_some() {
            // Decomposed input: compose its Vietnamese letters in one pass, then check tone
            // placement and repair on the composed text as usual.
            let composed = compose_letters(text, &FAST);
            match self.scan(&composed, 0) {
                None => out.push_str(&composed),
                Some(first) => self.run_nfc_with::<false>(&composed, first, out),
            }
        } else {
            self.run_nfc_with::<false>(text, first, out)
        }
    }

    pub(super) fn run_nfc_with<const SLOW: bool>(&self, text: &str, first: Bail, out: &mut String) {
        let t = letters::tables();
        let fast = &*FAST;
        let mut links = Links::default();
        let mut done = 0;
        let mut bail = Some(first);
        while let Some(p) = bail {
            // A URL or an email is an identifier, not prose: its bytes stay as they are.
            if let Some(link_end) = links.end_of_link_at(text, p) {
                out.push_str(&text[done..link_end]);
                done = link_end;
                bail = self.scan_with::<SLOW>(text, link_end);
                continue;
            }
            let end = match self.word(text, done, p, out, t, fast) {
                Some(end) => end,
                None => {
                    let (start, end) = nfc_piece(text.as_bytes(), done, p, t);
                    out.push_str(&text[done..start]);
                    push_nfc(&text[start..end], out);
                    end
                }
            };
            done = end;
            bail = self.scan_with::<SLOW>(text, end);
        }
        out.push_str(&text[done..]);
    }

    /// Handles the word around byte `p` when it is a run of Vietnamese letters and marks
    /// between characters that are not letters, starting at or after `done`: appends
    /// `text[done..start]` and the normalized word, and returns where the word ends.
    pub(super) fn word(
        &self,
        text: &str,
        done: usize,
        p: usize,
        out: &mut String,
        t: &Tables,
        fast: &Fast,
    ) -> Option<usize> {
        let b = text.as_bytes();
        let part = |v: u16| {
            letters::raw_letter(v).is_some()
                || letters::raw_mark(v).is_some()
                || letters::raw_is_eth(v)
        };
        if !part(t.raw_at(b, p).0) {
            return None;
        }
        let mut start = p;
        while start > 0 {
            let (v, w) = t.raw_before(b, start);
            if !part(v) {
                let at = start - w;
                let separates = if is_non_starter(b, at) {
                    // A mark that is not ours belongs, with the marks next to it, to the
                    // character before them; the word starts here if that character, so
                    // marked, separates words (`≈` + U+0338 is `≉`, as NFC input has it).
                    separated(&text[starter_before(b, at)..start])
                } else {
                    boundary(b, at, v)
                };
                if !separates {
                    return None;
                }
                break;
            }
            start -= w;
        }
        // Marks right after the boundary belong to the character before it (`¨` + U+0301 is
        // `΅`), not to the word.
        while start < p && letters::raw_mark(t.raw_at(b, start).0).is_some() {
            start += t.raw_at(b, start).1;
        }
        if start < done {
            return None;
        }
        let d = decode(b, start, true).ok()?;
        if d.end < b.len() && !boundary(b, d.end, t.raw_at(b, d.end).0) {
            return None;
        }
        out.push_str(&text[done..start]);
        if !d.repaired_marks && self.placed_ok(&d, fast) {
            for i in 0..d.len {
                let tone = if i == d.tone_at as usize {
                    d.tone
                } else {
                    Tone::Ngang
                };
                t.push_nfc(d.letters[i], tone, d.upper & (1 << i) != 0, out);
            }
        } else {
            match Syllable::from_decoded(&d) {
                Ok((syl, rep)) if self.repairs || !(rep.marks || rep.misplaced) => {
                    syl.write_to(out, Form::Nfc, self.tone)
                }
                _ => push_nfc(&text[start..d.end], out),
            }
        }
        Some(d.end)
    }

    /// Whether decoded letters carry their tone where the style wants it (or have none).
    /// Letters that are not a syllable may pass: they are then written as they came, which is
    /// their NFC.
    fn placed_ok(&self, d: &Decoded, fast: &Fast) -> bool {
        if d.tone == Tone::Ngang {
            return true;
        }
        let l = &d.letters[..d.len];
        let at = d.tone_at as usize;
        if l[at] >= letters::VOWELS {
            return false;
        }
        let vowel = |x: Letter| x < letters::VOWELS;
        let mut s = at;
        while s > 0 && vowel(l[s - 1]) {
            s -= 1;
        }
        let mut e = at + 1;
        while e < l.len() && vowel(l[e]) {
            e += 1;
        }
        if e - s > 3 {
            return false;
        }
        let before = match s {
            0 => Before::Nothing,
            1 if l[0] == letters::ascii_consonant(b'q') => Before::Q,
            1 if l[0] == letters::ascii_consonant(b'g') => Before::G,
            _ => Before::Consonant,
        };
        self.style_ok(
            (at - s) as u8,
            fast.placement(before, &l[s..e], e < l.len()),
        )
    }
}

/// Whether the character at byte `i` (table entry `v`) separates words: not a letter, not a
/// mark, and neither combining with its neighbours under NFC nor becoming a letter (U+037E,
/// the Greek question mark, separates like the `;` NFC makes of it).
pub(super) fn boundary(b: &[u8], i: usize, v: u16) -> bool {
    if b[i] < 0x80 {
        return letters::raw_letter(v).is_none();
    }
    if letters::raw_letter(v).is_some() || letters::raw_is_eth(v) || letters::raw_mark(v).is_some()
    {
        return false;
    }
    let c = utf8::char_at(b, i);
    debug_assert!(c.is_some(), "a character at {i}");
    let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
    if letters::raw_needs_nfc(v) {
        use unicode_normalization::char::canonical_combining_class;
        return canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::No
            && std::iter::once(c)
                .nfc()
                .all(|d| !d.is_alphabetic() && letters::nfc_stable(d));
    }
    !c.is_alphabetic()
}

/// Whether the character at byte `i` is a combining mark (canonical combining class other
/// than 0).
fn is_non_starter(b: &[u8], i: usize) -> bool {
    use unicode_normalization::char::canonical_combining_class;
    let c = utf8::char_at(b, i);
    debug_assert!(c.is_some(), "a character at {i}");
    canonical_combining_class(c.unwrap_or(char::REPLACEMENT_CHARACTER)) != 0
}

/// Where the character that the marks ending at byte `i` attach to starts (0 if none does).
fn starter_before(b: &[u8], mut i: usize) -> usize {
    while i > 0 && is_non_starter(b, i) {
        i -= letters::tables().raw_before(b, i).1;
    }
    i
}

/// Whether a character and its marks separate words however they are composed: nothing in
/// their NFC is a letter (ours or any other alphabetic character).
pub(super) fn separated(piece: &str) -> bool {
    let t = letters::tables();
    piece
        .nfc()
        .all(|c| !c.is_alphabetic() && t.letter(c).is_none() && c != 'Ð' && c != 'ð')
}

/// The text around `p` (not before `from`) from the last character at or before it that NFC
/// may start at (a starter that combines with nothing before it) to the next such character:
/// NFC can be applied to it on its own.
fn nfc_piece(b: &[u8], from: usize, p: usize, t: &Tables) -> (usize, usize) {
    let starter = |v: u16| !letters::raw_needs_nfc(v);
    let mut start = p;
    while start > from && !starter(t.raw_at(b, start).0) {
        start -= t.raw_before(b, start).1;
    }
    let mut end = p + t.raw_at(b, p).1;
    while end < b.len() {
        let (v, w) = t.raw_at(b, end);
        if starter(v) {
            break;
        }
        end += w;
    }
    (start, end)
}

/// Plain Unicode NFC of a piece of text that starts and ends at safe boundaries.
pub(super) fn push_nfc(s: &str, out: &mut String) {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        out.push_str(s);
    } else {
        out.extend(s.nfc());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_pieces_start_and_end_at_starters() {
        let text = "xyz ñ\u{327}";
        let p = text.find('\u{327}').unwrap_or(0);
        let (s, e) = nfc_piece(text.as_bytes(), 0, p, letters::tables());
        assert_eq!(&text[s..e], "ñ\u{327}");
    }
}

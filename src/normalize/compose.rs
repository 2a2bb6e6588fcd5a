//! Composing decomposed Vietnamese letters in one table-driven pass.

use super::links::Links;
use super::scan::Fast;
use crate::letters::{self, Letter};
use crate::swar;
use crate::tone::Tone;

/// Composes every ASCII vowel followed by one or two Vietnamese marks in canonical order
/// into its precomposed letter (`e` U+0323 U+0302 → `ệ`), and copies everything else as it
/// is, marks that need a repair or a decision included: the result is canonically equivalent
/// to `text`, and the normalizer treats it exactly as it would treat `text`.
pub(super) fn compose_letters(text: &str, fast: &Fast) -> String {
    let b = text.as_bytes();
    let byte = |k: usize| b.get(k).copied().unwrap_or(0);
    let is_mark_lead = |x: u8| x & 0xFE == 0xCC;
    let mut out = String::with_capacity(text.len());
    let mut links = Links::default();
    let mut done = 0;
    let mut i = 0;
    while let Some(j) = next_mark_lead(b, i) {
        let m1 = fast.mark_code(byte(j), byte(j + 1));
        let (m2, end) = if is_mark_lead(byte(j + 2)) {
            (fast.mark_code(byte(j + 2), byte(j + 3)), j + 4)
        } else {
            (0, j + 2)
        };
        i = end;
        if is_mark_lead(byte(end)) {
            // Three marks or more: leave them to the word-level repair.
            while is_mark_lead(byte(i)) {
                i += 2;
            }
            continue;
        }
        let two = end - j == 4;
        if j == 0 || j - 1 < done || m1 == 0 || (two && m2 == 0) {
            continue;
        }
        if links.end_of_link_at(text, j - 1).is_some() {
            continue;
        }
        let c = fast.compose(b[j - 1], m1, m2);
        if c != '\0' {
            // `j - 1` is the ASCII vowel the marks follow, `done` the end of an earlier
            // letter or mark: both character boundaries.
            debug_assert!(text.is_char_boundary(done) && text.is_char_boundary(j - 1));
            out.push_str(text.get(done..j - 1).unwrap_or(""));
            out.push(c);
            done = end;
        }
    }
    debug_assert!(text.is_char_boundary(done));
    out.push_str(text.get(done..).unwrap_or(""));
    out
}

/// The first byte at or after `i` that is `CC` or `CD` (the first bytes of the combining
/// marks U+0300..U+037F), eight bytes at a time.
#[inline(always)]
fn next_mark_lead(b: &[u8], mut i: usize) -> Option<usize> {
    // `CC` and `CD` with bit 0 cleared are `CC`; the lowest match is exact.
    let leads = |w: u64| swar::eq_bytes(w & (swar::ONES * 0xFE), 0xCC);
    while let Some(eight) = b.get(i..).and_then(|s| s.first_chunk::<8>()) {
        let found = leads(u64::from_le_bytes(*eight));
        if found != 0 {
            return Some(i + found.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    // The last few bytes; the zeros the load reads past the end are not mark leads.
    let found = leads(swar::load_u64(b, i, 0, 0));
    (i < b.len() && found != 0).then(|| i + found.trailing_zeros() as usize / 8)
}

/// Mark codes: 0 for none, 1 + the index of each of our marks.
pub(super) const MARK_CODES: usize = 11;

/// 1 + the index of an ASCII vowel in `aeiouyAEIOUY`, 0 for any other byte.
pub(super) static VOWEL_INDEX: [u8; 256] = {
    let mut t = [0u8; 256];
    let v = b"aeiouyAEIOUY";
    let mut k = 0;
    while k < v.len() {
        t[v[k] as usize] = k as u8 + 1;
        k += 1;
    }
    t
};

/// The letter and tone that a vowel with these marks (in canonical order) composes to.
pub(super) fn combine(base: Letter, marks: [Option<letters::Mark>; 2]) -> Option<(Letter, Tone)> {
    use letters::Mark;
    let mut letter = base;
    let mut tone = Tone::Ngang;
    for m in marks.into_iter().flatten() {
        match m {
            Mark::Tone(x) if tone == Tone::Ngang => tone = x,
            Mark::Tone(_) | Mark::DeprecatedTone(_) => return None,
            // Circumflex or breve after a tone mark of class 230 is out of canonical order.
            Mark::Circumflex | Mark::Breve if !matches!(tone, Tone::Ngang | Tone::Nang) => {
                return None;
            }
            _ if letter != base => return None,
            _ => letter = letters::modify(letter, m)?,
        }
    }
    (letter != base || tone != Tone::Ngang).then_some((letter, tone))
}

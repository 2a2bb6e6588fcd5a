//! The fast scan: where the first character that may need a change is.

use std::sync::LazyLock;

use super::compose::{MARK_CODES, VOWEL_INDEX, combine};
use super::quick::*;
use super::{Bail, Normalizer};
use crate::letters::{self, Letter, Tables};
use crate::swar::{self, leads64};
use crate::syllable::{Before, ToneStyle, placement};

impl Normalizer {
    /// Finds the first non-ASCII character at or after `from` that may need a change.
    pub(super) fn scan(&self, text: &str, from: usize) -> Option<Bail> {
        self.scan_with::<false>(text, from)
    }

    /// [`Normalizer::scan`]; with `SLOW`, bails at every non-ASCII character (the reference
    /// the tests compare the fast path with).
    pub(super) fn scan_with<const SLOW: bool>(&self, text: &str, from: usize) -> Option<Bail> {
        let b = text.as_bytes();
        let fast = &*FAST;
        let kinds = &fast.kinds[self.repairs as usize];
        let style = ((self.tone == ToneStyle::New) as usize) << 15;
        // 64 bytes at a time, the first bytes of non-ASCII characters as a bit mask: the
        // characters are then checked one after another without one waiting for the last
        // to find where the next starts. ASCII never changes.
        let mut at = from;
        while at < b.len() {
            let mut leads = leads64(b, at);
            // Bytes `at - 3 .. at + 69`, when the block is that far inside the text: every
            // window of the block is then read from it without a bounds check.
            let inner = at
                .checked_sub(3)
                .and_then(|s| b.get(s..))
                .and_then(|s| s.first_chunk::<72>());
            while leads != 0 {
                let j = leads.trailing_zeros() as usize & 63;
                let i = at + j;
                leads &= leads - 1;
                if SLOW {
                    return Some(i);
                }
                // One load gives the character and its neighbours: bytes `i - 3 .. i + 5`.
                let win = match inner {
                    Some(block) => {
                        let eight: [u8; 8] = block[j..j + 8].try_into().unwrap_or([b' '; 8]);
                        u64::from_le_bytes(eight)
                    }
                    None => window(b, i),
                };
                if !self.quick(win, kinds, style) && self.stops(b, i) {
                    return Some(i);
                }
            }
            at += 64;
        }
        None
    }

    /// The closer look at a character the quick check did not accept: whether the scan
    /// must stop at it.
    #[inline(never)]
    pub(super) fn stops(&self, b: &[u8], i: usize) -> bool {
        let t = letters::tables();
        let (v, w) = t.raw_at(b, i);
        match entry_kind(self.repairs, v) as usize {
            STOP => true,
            K_NONE => false,
            _ => !self.tone_ok(b, i, w, v, &FAST, t),
        }
    }

    /// Whether the toned vowel (table entry `me`) at `i..i + w` has its mark where the
    /// style wants it.
    pub(super) fn tone_ok(
        &self,
        b: &[u8],
        i: usize,
        w: usize,
        me: u16,
        fast: &Fast,
        t: &Tables,
    ) -> bool {
        let mut cluster = [0 as Letter; 3];
        let mut left = 0;
        let mut start = i;
        // Vowels to the left (at most two more: clusters have three letters).
        while start > 0 {
            let (v, cw) = t.raw_before(b, start);
            if !letters::raw_is_vowel(v) {
                break;
            }
            if letters::raw_is_toned(v) || left == 2 {
                return false;
            }
            cluster[left] = v as u8;
            left += 1;
            start -= cw;
        }
        cluster[..left].reverse();
        cluster[left] = me as u8;
        let mut n = left + 1;
        let mut end = i + w;
        let mut coda = false;
        while end < b.len() {
            let (v, cw) = t.raw_at(b, end);
            if !letters::raw_is_vowel(v) {
                coda = letters::raw_letter(v).is_some();
                break;
            }
            if letters::raw_is_toned(v) || n == 3 {
                return false;
            }
            cluster[n] = v as u8;
            n += 1;
            end += cw;
        }
        let before = if start == 0 {
            Before::Nothing
        } else {
            let (v, cw) = t.raw_before(b, start);
            match letters::raw_letter(v) {
                Some(l) => {
                    let lone =
                        start == cw || letters::raw_letter(t.raw_before(b, start - cw).0).is_none();
                    match (l.letter, lone) {
                        (letters::DD, _) | (_, false) => Before::Consonant,
                        _ => match letters::consonant_ascii(l.letter) {
                            b'q' => Before::Q,
                            b'g' => Before::G,
                            _ => Before::Consonant,
                        },
                    }
                }
                None => Before::Nothing,
            }
        };
        self.style_ok(left as u8, fast.placement(before, &cluster[..n], coda))
    }

    /// Whether a mark at index `at` of its vowel cluster is where the style puts it, given
    /// the cluster's (old, new) placement (`None`: not a Vietnamese cluster, look closer).
    pub(super) fn style_ok(&self, at: u8, placement: Option<(u8, u8)>) -> bool {
        let Some((old, new)) = placement else {
            return false;
        };
        match self.tone {
            ToneStyle::Old => at == old,
            ToneStyle::New => at == new,
            ToneStyle::Keep => at == old || at == new,
        }
    }
}

/// Bytes `i - 3 .. i + 5` of `b`, little-endian, with bytes outside `b` read as spaces.
#[inline(always)]
pub(super) fn window(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes(swar::load::<8>(b, i, 3, b' '))
}

/// The fast path's table: the syllable model's tone placement for every vowel cluster of
/// up to three letters, by what precedes it and whether a consonant follows ((old, new)
/// index into the cluster).
pub(super) struct Fast {
    /// [`entry_kind`] of every letter-table entry, by its index; `[0]` with repairs off,
    /// `[1]` with repairs on.
    /// Indexed by `part << 12 | (a & 0x3F) << 6 | b & 0x3F` where `a b` are the last two
    /// bytes of the character and `part` its [`LEAD_PART`].
    pub(super) kinds: [[u8; KIND_TABLE]; 2],
    /// 1 + the index of each of our marks among U+0300..U+037F, 0 for the other marks, by
    /// `(first byte & 1) << 6 | second byte & 0x3F`.
    pub(super) marks: [u8; 128],
    pub(super) placement: Vec<u8>,
    /// [`combine`] for every ASCII vowel and one or two of our marks: the precomposed letter,
    /// or `'\0'`.
    pub(super) compose: Vec<char>,
}

pub(super) const UNKNOWN: u8 = 0xFF;

impl Fast {
    pub(super) fn key(before: Before, cluster: &[Letter], coda: bool) -> usize {
        let mut k = (before as usize) << 13 | (coda as usize) << 12;
        for (j, &l) in cluster.iter().enumerate() {
            k |= (l as usize + 1) << (4 * j);
        }
        k
    }

    pub(super) fn build() -> Self {
        let mut table = vec![UNKNOWN; 1 << 15];
        let vowels = || 0..letters::VOWELS;
        let mut clusters: Vec<Vec<Letter>> = vowels().map(|a| vec![a]).collect();
        for a in vowels() {
            for b in vowels() {
                clusters.push(vec![a, b]);
                for c in vowels() {
                    clusters.push(vec![a, b, c]);
                }
            }
        }
        for before in [Before::Nothing, Before::Consonant, Before::Q, Before::G] {
            for coda in [false, true] {
                for c in &clusters {
                    if let Some((old, new)) = placement(before, c, coda) {
                        table[Self::key(before, c, coda)] = old | new << 4;
                    }
                }
            }
        }
        let t = letters::tables();
        let mut compose = vec!['\0'; 12 * MARK_CODES * MARK_CODES];
        for (bi, base) in b"aeiouyAEIOUY".iter().enumerate() {
            let Some(info) = t.letter(*base as char) else {
                continue;
            };
            for m1 in 1..MARK_CODES {
                for m2 in 0..MARK_CODES {
                    let marks = [letters::mark_by_index(m1), letters::mark_by_index(m2)];
                    if let Some((l, tone)) = combine(info.letter, marks) {
                        let mut s = String::new();
                        t.push_nfc(l, tone, info.upper, &mut s);
                        compose[(bi * MARK_CODES + m1) * MARK_CODES + m2] =
                            s.chars().next().unwrap_or('\0');
                    }
                }
            }
        }
        let mut kinds = [[K_OTHER as u8; KIND_TABLE]; 2];
        for cp in (0x80..0x800).chain(0x1E80..0x1F00) {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let (a, b) = (bytes[bytes.len() - 2], bytes[bytes.len() - 1]);
            let index = (bytes.len() - 2) << 12 | (a as usize & 0x3F) << 6 | (b as usize & 0x3F);
            let v = t.raw_at(bytes, 0).0;
            kinds[0][index] = entry_kind(false, v);
            kinds[1][index] = entry_kind(true, v);
        }
        let mut marks = [0u8; 128];
        for cp in 0x300..0x380 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let index = (bytes[0] as usize & 1) << 6 | (bytes[1] as usize & 0x3F);
            marks[index] = letters::raw_mark_index(t.raw_at(bytes, 0).0) as u8;
        }
        Fast {
            kinds,
            marks,
            placement: table,
            compose,
        }
    }

    /// The mark code (see [`Fast::marks`]) of the character with UTF-8 bytes `x y ..`: 0
    /// unless it is one of our marks.
    #[inline(always)]
    pub(super) fn mark_code(&self, x: u8, y: u8) -> usize {
        let ours = self.marks[(x as usize & 1) << 6 | (y as usize & 0x3F)] as usize;
        ours * (x & 0xFE == 0xCC) as usize
    }

    /// The letter an ASCII vowel composes to with mark codes `m1`, `m2` (0 = none), or
    /// `'\0'`.
    #[inline]
    pub(super) fn compose(&self, base: u8, m1: usize, m2: usize) -> char {
        let bi = VOWEL_INDEX[base as usize] as usize;
        if bi == 0 {
            return '\0';
        }
        let k = ((bi - 1) * MARK_CODES + m1) * MARK_CODES + m2;
        self.compose.get(k).copied().unwrap_or('\0')
    }

    #[inline]
    pub(super) fn placement(
        &self,
        before: Before,
        cluster: &[Letter],
        coda: bool,
    ) -> Option<(u8, u8)> {
        let v = *self.placement.get(Self::key(before, cluster, coda))?;
        (v != UNKNOWN).then_some((v & 0xF, v >> 4))
    }
}

pub(super) static FAST: LazyLock<Fast> = LazyLock::new(Fast::build);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placement_table_agrees_with_model() {
        use letters::{A, I, O, U, Y};
        let p = &*FAST;
        assert_eq!(p.placement(Before::Consonant, &[O, A], false), Some((0, 1)));
        assert_eq!(p.placement(Before::Consonant, &[O, A], true), Some((1, 1)));
        assert_eq!(p.placement(Before::Consonant, &[U, Y], false), Some((0, 1)));
        assert_eq!(p.placement(Before::Q, &[U, Y], false), Some((1, 1)));
        assert_eq!(p.placement(Before::G, &[I, A], false), Some((1, 1)));
        assert_eq!(p.placement(Before::Consonant, &[O, O, O], false), None);
    }

    /// The shifted loads near the ends of the text give what reading byte by byte gives.
    #[test]
    fn windows_and_lead_masks_at_the_edges() {
        let news =
            "Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch số 12/KH-UBND về việc “phát triển”.";
        for len in 0..=news.len() {
            let b = &news.as_bytes()[..len];
            for i in 0..len {
                let want: Vec<u8> = (0..8)
                    .map(|k| {
                        (i + k)
                            .checked_sub(3)
                            .and_then(|j| b.get(j))
                            .copied()
                            .unwrap_or(b' ')
                    })
                    .collect();
                assert_eq!(window(b, i).to_le_bytes().as_slice(), want, "{len} {i}");
            }
            for at in (0..len).step_by(7) {
                let want = (0..64)
                    .filter(|k| b.get(at + k).is_some_and(|&x| x >= 0xC0))
                    .fold(0u64, |m, k| m | 1 << k);
                assert_eq!(leads64(b, at), want, "{len} {at}");
            }
        }
    }
}

//! The fast scan: where the first character that may need a change is.

use std::sync::LazyLock;

use super::compose::{MARK_CODES, VOWEL_INDEX, combine};
use super::quick::{K_NONE, K_OTHER, KIND_TABLE, STOP, STYLE_SHIFT, entry_kind, kind_index};
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
        let style = ((self.tone == ToneStyle::New) as usize) << STYLE_SHIFT;
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
                        // `j < 64`: the eight bytes from `j` lie inside the 72-byte block.
                        let eight = block[j..j + 8].try_into();
                        debug_assert!(eight.is_ok(), "an 8-byte window at {j} of 72 bytes");
                        u64::from_le_bytes(eight.unwrap_or([b' '; 8]))
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
    fn stops(&self, b: &[u8], i: usize) -> bool {
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
    fn tone_ok(&self, b: &[u8], i: usize, w: usize, me: u16, fast: &Fast, t: &Tables) -> bool {
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
            cluster[left] = letters::raw_letter_id(v);
            left += 1;
            start -= cw;
        }
        cluster[..left].reverse();
        cluster[left] = letters::raw_letter_id(me);
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
            cluster[n] = letters::raw_letter_id(v);
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
    swar::load_u64(b, i, 3, b' ')
}

/// The fast path's tables, built at first use from the letter table and the syllable model.
pub(super) struct Fast {
    /// [`entry_kind`] of every letter-table entry, by [`kind_index`] of its last two bytes;
    /// `[0]` with repairs off, `[1]` with repairs on.
    pub(super) kinds: [[u8; KIND_TABLE]; 2],
    /// 1 + the index of each of our marks among U+0300..U+037F, 0 for the other marks, by
    /// [`mark_index`].
    pub(super) marks: [u8; 128],
    /// The syllable model's tone placement for every vowel cluster of up to three letters,
    /// by what precedes it and whether a consonant follows, at [`Fast::key`]:
    ///
    /// ```text
    /// key    14    13  12  11      8 7       4 3       0
    ///       +--------+----+---------+---------+---------+
    ///       | before |coda| 1 + l2  | 1 + l1  | 1 + l0  |   letter ids, 0 past the cluster
    ///       +--------+----+---------+---------+---------+
    /// entry  7     4 3     0
    ///       +-------+-------+
    ///       |  new  |  old  |   index into the cluster of the mark, per style;
    ///       +-------+-------+   UNKNOWN: not part of a Vietnamese syllable
    /// ```
    pub(super) placement: Vec<u8>,
    /// [`combine`] for every ASCII vowel and one or two of our marks: the precomposed letter,
    /// or `'\0'`.
    pub(super) compose: Vec<char>,
}

/// A placement entry for a cluster that is not part of a Vietnamese syllable.
const UNKNOWN: u8 = 0xFF;
/// Where the placement key's `before` starts (two bits), and its `coda` bit.
const KEY_BEFORE_SHIFT: u32 = 13;
const KEY_CODA: usize = 1 << 12;
/// Bits per letter of a placement key.
const KEY_LETTER_BITS: usize = 4;
/// Number of placement keys.
const PLACEMENT_KEYS: usize = 1 << 15;
/// The new style's index in a placement entry (the old style's is the low four bits).
const ENTRY_NEW_SHIFT: u32 = 4;
const ENTRY_OLD: u8 = 0xF;

/// The index into [`Fast::marks`] of the character with UTF-8 bytes `x y` (a mark of
/// U+0300..U+037F has `x` = `CC` or `CD`): bit 0 of `x`, then the six bits `y` carries.
#[inline(always)]
const fn mark_index(x: u8, y: u8) -> usize {
    (x as usize & 1) << 6 | (y as usize & 0x3F)
}

impl Fast {
    /// The placement key (see [`Fast::placement`]).
    pub(super) fn key(before: Before, cluster: &[Letter], coda: bool) -> usize {
        debug_assert!(cluster.len() <= 3 && cluster.iter().all(|&l| l < letters::VOWELS));
        let mut k = (before as usize) << KEY_BEFORE_SHIFT | if coda { KEY_CODA } else { 0 };
        for (j, &l) in cluster.iter().enumerate() {
            k |= (l as usize + 1) << (KEY_LETTER_BITS * j);
        }
        k
    }

    fn build() -> Self {
        let mut table = vec![UNKNOWN; PLACEMENT_KEYS];
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
                        debug_assert!(old <= ENTRY_OLD && new <= ENTRY_OLD);
                        table[Self::key(before, c, coda)] = old | new << ENTRY_NEW_SHIFT;
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
                        debug_assert_eq!(s.chars().count(), 1, "a vowel and its marks in NFC");
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
            let index = kind_index(bytes.len() - 2, a as usize, b as usize);
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
            marks[mark_index(bytes[0], bytes[1])] =
                letters::raw_mark_index(t.raw_at(bytes, 0).0) as u8;
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
        let ours = self.marks[mark_index(x, y)] as usize;
        // `CC` and `CD`, the lead bytes of U+0300..U+037F.
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
        debug_assert!(k < self.compose.len(), "mark codes below MARK_CODES");
        self.compose.get(k).copied().unwrap_or('\0')
    }

    #[inline]
    pub(super) fn placement(
        &self,
        before: Before,
        cluster: &[Letter],
        coda: bool,
    ) -> Option<(u8, u8)> {
        let v = self
            .placement
            .get(Self::key(before, cluster, coda))
            .copied();
        debug_assert!(v.is_some(), "placement keys are below PLACEMENT_KEYS");
        let v = v?;
        (v != UNKNOWN).then_some((v & ENTRY_OLD, v >> ENTRY_NEW_SHIFT))
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

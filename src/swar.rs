//! Eight bytes at a time in a `u64` ("SIMD within a register"): the byte masks every scanner
//! of the crate builds on, and the one edge-safe load that feeds them.
//!
//! A `u64` read little-endian from eight bytes of text holds byte `k` in bits `8k..8k + 8`.
//! Every mask here answers a yes/no question about each byte at once and puts the answer in
//! bit 7 of that byte (the bits of [`HIGH`]); nothing else is set. The position of the first
//! "yes" is then `mask.trailing_zeros() / 8`, and `mask &= mask - 1` moves to the next one.
//! Each function is the fast form of a one-line byte loop, which its unit test compares it
//! with:
//!
//! ```text
//! ascii_in(w, lo, hi)   (0..8).filter(|k| (lo..=hi).contains(&byte(k)))
//! zero_bytes(w)         (0..8).filter(|k| byte(k) == 0)            (the lowest one exactly)
//! eq_bytes(w, x)        (0..8).filter(|k| byte(k) == x)            (the lowest one exactly)
//! leads(w)              (0..8).filter(|k| byte(k) >= 0xC0)
//! lead_bits(block)      (0..64).filter(|k| block[k] >= 0xC0)       (one bit per byte)
//! load::<N>(b, at, back, fill)       (and load_u64, load_u128: the same, as a number)
//!                       (0..N).map(|k| b.get(at + k - back).unwrap_or(fill))
//! ```
//!
//! The arithmetic tricks: adding `0x80 - lo` to a byte below 0x80 sets its bit 7 exactly
//! when the byte is at least `lo`, and no carry leaves the byte; so `ascii_in` first clears
//! bit 7 of every byte and then rejects the bytes that had it. For `zero_bytes`, subtracting
//! one from a zero byte borrows through its bit 7; the borrow can run on into the byte above
//! (which then may be flagged though it is not zero), so only the lowest flagged byte is
//! certain, and callers either stop at it or check each candidate.

/// A one in every byte.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// Bit 7 of every byte: where the masks keep their answers.
pub(crate) const HIGH: u64 = ONES * 0x80;

/// Multiplying a mask (only bits 7, 15, …, 63 set) by this gathers the eight bits into its top
/// byte: bit `8k + 7` lands at bit `56 + k`. Each set bit of the multiplier shifts a copy of
/// the mask so that exactly one mask bit reaches each of bits 56..64, and no two copies add
/// into the same bit (so there is no carry).
const GATHER: u64 = 0x0002_0408_1020_4081;

/// Bit 7 of each byte of `w` that lies in `lo..=hi` (`hi` at most 0x7F): bytes of 0x80 or
/// more are never flagged.
#[inline(always)]
pub(crate) const fn ascii_in(w: u64, lo: u8, hi: u8) -> u64 {
    debug_assert!(lo <= hi && hi < 0x80);
    let x = w & !HIGH;
    x.wrapping_add(ONES * (0x80 - lo as u64))
        & !x.wrapping_add(ONES * (0x7F - hi as u64))
        & !w
        & HIGH
}

/// Bit 7 of each byte of `w` that is an ASCII letter (`A..=Z`, `a..=z`).
#[inline(always)]
pub(crate) const fn ascii_letters(w: u64) -> u64 {
    // Setting bit 5 lower-cases the letters and maps no other byte into `a..=z`.
    ascii_in(w | (ONES * 0x20), b'a', b'z')
}

/// Bit 7 of each zero byte of `v`. The lowest flagged byte is the first zero byte; a byte
/// above a zero byte may be flagged too (see the module docs).
#[inline(always)]
pub(crate) const fn zero_bytes(v: u64) -> u64 {
    v.wrapping_sub(ONES) & !v & HIGH
}

/// Bit 7 of each byte of `w` equal to `x`, with [`zero_bytes`]'s caveat: the lowest flagged
/// byte is certain, the others are candidates.
#[inline(always)]
pub(crate) const fn eq_bytes(w: u64, x: u8) -> u64 {
    zero_bytes(w ^ (ONES * x as u64))
}

/// Bit 7 of each byte of `w` that starts a non-ASCII character in UTF-8 (`11xxxxxx`).
#[inline(always)]
pub(crate) const fn leads(w: u64) -> u64 {
    w & (w << 1) & HIGH
}

/// One bit per byte of `block`: bit `k` is set when byte `k` starts a non-ASCII character.
#[inline(always)]
pub(crate) fn lead_bits(block: &[u8; 64]) -> u64 {
    let mut bits = 0;
    for (k, eight) in block.as_chunks::<8>().0.iter().enumerate() {
        let gathered = leads(u64::from_le_bytes(*eight)).wrapping_mul(GATHER) >> 56;
        bits |= gathered << (8 * k);
    }
    bits
}

/// [`lead_bits`] of the 64 bytes of `b` from `at`, bytes past the end read as ASCII.
#[inline(always)]
pub(crate) fn leads64(b: &[u8], at: usize) -> u64 {
    match b.get(at..).and_then(|s| s.first_chunk::<64>()) {
        Some(block) => lead_bits(block),
        None => leads_at_end(b, at),
    }
}

/// [`leads64`] for the last block of the text: the bits of its last 64 bytes shifted down
/// to `at` (one bit per byte, so a shift moves them to place), or of the text padded with
/// ASCII when it is shorter.
#[inline(never)]
fn leads_at_end(b: &[u8], at: usize) -> u64 {
    match b.last_chunk::<64>() {
        Some(last) => lead_bits(last)
            .checked_shr((at + 64).saturating_sub(b.len()) as u32)
            .unwrap_or(0),
        None => lead_bits(&load::<64>(b, at, 0, 0)),
    }
}

/// Bytes `at - back .. at - back + N` of `b` as an array; positions before the start of `b`
/// or past its end read as `fill`. `back` lets a window start before the byte it is about
/// (the normalizer reads three bytes before each character). The 8- and 16-byte loads of
/// the scanners are [`load_u64`] and [`load_u128`], the same load read as a number.
#[inline(always)]
pub(crate) fn load<const N: usize>(b: &[u8], at: usize, back: usize, fill: u8) -> [u8; N] {
    if let Some(start) = at.checked_sub(back)
        && let Some(chunk) = b.get(start..).and_then(|s| s.first_chunk::<N>())
    {
        return *chunk;
    }
    load_at_edge(b, at, back, fill)
}

/// [`load`] near the ends of `b`.
#[cold]
fn load_at_edge<const N: usize>(b: &[u8], at: usize, back: usize, fill: u8) -> [u8; N] {
    let mut out = [fill; N];
    // Positions `skip..` of the window are at or after the start of `b`; from there on, as
    // many bytes as `b` holds.
    let skip = back.saturating_sub(at).min(N);
    let start = at.saturating_sub(back);
    let rest = b.get(start..).unwrap_or_default();
    let n = rest.len().min(N - skip);
    out[skip..skip + n].copy_from_slice(&rest[..n]);
    out
}

/// [`load`] read as a little-endian number, for the widths that fit a register. Near the end
/// of a text of at least that many bytes (the last words of every text, most words of a
/// short one) the text's last bytes are read as one number and shifted down into place,
/// `fill` shifted in: all in registers, where a copy through memory would stall on the
/// store and a call would cost the callers' hot loops their registers.
macro_rules! load_word {
    ($(#[$doc:meta])* $name:ident: $word:ty) => {
        $(#[$doc])*
        #[inline(always)]
        pub(crate) fn $name(b: &[u8], at: usize, back: usize, fill: u8) -> $word {
            const N: usize = size_of::<$word>();
            let fills = <$word>::from_le_bytes([fill; N]);
            match at.checked_sub(back) {
                Some(start) => {
                    if let Some(chunk) = b.get(start..).and_then(|s| s.first_chunk::<N>()) {
                        return <$word>::from_le_bytes(*chunk);
                    }
                    if let Some(last) = b.last_chunk::<N>() {
                        // 1 ..= N bytes of the window lie past the end.
                        let past = 8 * (start + N - b.len()).min(N) as u32;
                        return <$word>::from_le_bytes(*last).checked_shr(past).unwrap_or(0)
                            | fills.checked_shl(<$word>::BITS - past).unwrap_or(0);
                    }
                }
                // The window starts before the text: its first bytes, shifted up.
                None => {
                    if let Some(first) = b.first_chunk::<N>() {
                        let before = 8 * (back - at).min(N) as u32;
                        return <$word>::from_le_bytes(*first).checked_shl(before).unwrap_or(0)
                            | fills.checked_shr(<$word>::BITS - before).unwrap_or(0);
                    }
                }
            }
            <$word>::from_le_bytes(load_at_edge::<N>(b, at, back, fill))
        }
    };
}

load_word! {
    /// The eight bytes [`load`] gives, little-endian.
    load_u64: u64
}

load_word! {
    /// The sixteen bytes [`load`] gives, little-endian.
    load_u128: u128
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words to test the masks on: every byte value at every position, among neighbours
    /// that make borrows and carries likely.
    fn words() -> Vec<u64> {
        let mut v = Vec::new();
        for x in 0..=255u8 {
            for k in 0..8 {
                for fill in [0u8, 0x20, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xFF] {
                    let mut b = [fill; 8];
                    b[k] = x;
                    v.push(u64::from_le_bytes(b));
                }
            }
        }
        // And some text.
        let text = "Ủy ban nhân dân tỉnh Lạng Sơn, “Hòa Bình” @vn://x.y 0123456789 `[{~\u{7f}";
        for w in text.as_bytes().windows(8) {
            v.push(u64::from_le_bytes(w.try_into().unwrap()));
        }
        v
    }

    /// The mask a byte loop gives: bit 7 of each byte for which `f` holds.
    fn naive(w: u64, f: impl Fn(u8) -> bool) -> u64 {
        (0..8)
            .filter(|k| f((w >> (8 * k)) as u8))
            .fold(0, |m, k| m | 0x80 << (8 * k))
    }

    /// The lowest set byte of a mask (0 if none).
    fn lowest(m: u64) -> u64 {
        m & m.wrapping_neg()
    }

    #[test]
    fn byte_class_masks_agree_with_a_byte_loop() {
        for w in words() {
            assert_eq!(
                ascii_in(w, b'a', b'z'),
                naive(w, |x| x.is_ascii_lowercase()),
                "{w:x}"
            );
            assert_eq!(
                ascii_in(w, b'0', b'9'),
                naive(w, |x| x.is_ascii_digit()),
                "{w:x}"
            );
            assert_eq!(ascii_in(w, 0, 0x7F), naive(w, |x| x < 0x80), "{w:x}");
            assert_eq!(
                ascii_letters(w),
                naive(w, |x| x.is_ascii_alphabetic()),
                "{w:x}"
            );
            assert_eq!(leads(w), naive(w, |x| x >= 0xC0), "{w:x}");
        }
    }

    #[test]
    fn zero_and_equal_bytes_are_exact_at_the_lowest_and_never_miss() {
        for w in words() {
            let z = zero_bytes(w);
            let want = naive(w, |x| x == 0);
            assert_eq!(lowest(z), lowest(want), "{w:x}");
            assert_eq!(z & want, want, "a zero byte missed: {w:x}");
            for x in [b'@', b'.', b':', 0xCC, 0xFF, 0] {
                let e = eq_bytes(w, x);
                let want = naive(w, |y| y == x);
                assert_eq!(lowest(e), lowest(want), "{w:x} {x:x}");
                assert_eq!(e & want, want, "{w:x} {x:x}");
            }
        }
    }

    #[test]
    fn lead_bits_agree_with_a_byte_loop() {
        let text = "Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch số 12/KH-UBND về việc “phát \
                    triển” 😀 кириллица 漢字 và hoà bình.";
        let b = text.as_bytes();
        for at in 0..b.len() {
            let want = (0..64)
                .filter(|k| b.get(at + k).is_some_and(|&x| x >= 0xC0))
                .fold(0u64, |m, k| m | 1 << k);
            assert_eq!(leads64(b, at), want, "{at}");
        }
    }

    #[test]
    fn loads_agree_with_a_byte_loop_at_the_edges() {
        let text = b"0123456789abcdefghijklmnopqrstuvwxyz";
        for len in 0..=text.len() {
            let b = &text[..len];
            for at in 0..len + 20 {
                for back in [0, 1, 3, 9] {
                    let want: Vec<u8> = (0..16)
                        .map(|k| {
                            (at + k)
                                .checked_sub(back)
                                .and_then(|j| b.get(j))
                                .copied()
                                .unwrap_or(b' ')
                        })
                        .collect();
                    assert_eq!(
                        load::<16>(b, at, back, b' ').as_slice(),
                        want,
                        "{len} {at} {back}"
                    );
                    assert_eq!(load::<8>(b, at, back, b' ').as_slice(), &want[..8]);
                }
            }
        }
    }
}

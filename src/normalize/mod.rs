//! Whole-text normalization: Unicode form, tone-mark style, repairs, accent folding.
//!
//! The fast path looks only at non-ASCII characters, found 64 bytes at a time as a bit mask
//! of lead bytes, so that each character is checked without waiting for the one before. A
//! precomposed toned vowel is accepted from one eight-byte load around it: its kind (from a
//! table indexed by its last two bytes) and the classes of the three bytes before and two
//! after decide, by one bit of a compile-time table, the common cases (`cá`, `tài`, `của`,
//! `hòa`, `quá`, `giải`, `đoàn`, `ngoài`, `huỳnh`). The rest is checked against a cached
//! table of where the syllable model puts the mark for its vowel cluster; any combining mark
//! or other character that is not stable under NFC sends just that word to the slow path
//! (decode, [`Syllable`] and write back, or plain Unicode NFC for what is not Vietnamese).
//! Decomposed input is first composed letter by letter in one pass. Text that is already
//! normalized is returned borrowed.

use std::borrow::Cow;
use std::sync::LazyLock;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::letters::{self, Letter, LetterInfo, Tables};
use crate::syllable::{Before, Decoded, Form, Syllable, Tone, ToneStyle, decode, placement};

/// Text normalization options: Unicode form, tone style and repairs.
///
/// The default is NFC, [`ToneStyle::Old`] (`hòa`, `thủy`, the convention of most news and
/// official text) and repairs on.
///
/// # Examples
/// ```
/// use vntext::{Form, Normalizer, ToneStyle};
/// let n = Normalizer::new().tone(ToneStyle::New);
/// assert_eq!(n.normalize("Hòa Bình, sức khỏe"), "Hoà Bình, sức khoẻ");
///
/// let plain = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
/// assert_eq!(plain.normalize("qủa"), "qủa"); // plain NFC: no repair
///
/// let nfd = Normalizer::new().form(Form::Nfd);
/// assert_eq!(nfd.normalize("Việt"), "Vie\u{323}\u{302}t");
/// ```
///
/// With the `serde` feature it reads and writes as `{"form": "nfc", "tone": "old", "repairs":
/// true}`, missing fields taking their default, so a configuration file can hold it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default))]
pub struct Normalizer {
    form: Form,
    tone: ToneStyle,
    repairs: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::new()
    }
}

/// What a fast scan found at a byte offset.
type Bail = usize;

impl Normalizer {
    /// NFC, [`ToneStyle::Old`], repairs on.
    ///
    /// # Examples
    /// ```
    /// let n = vntext::Normalizer::new();
    /// assert_eq!(n, vntext::Normalizer::default());
    /// assert_eq!(n.normalize("Uỷ ban"), "Ủy ban");
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Normalizer {
            form: Form::Nfc,
            tone: ToneStyle::Old,
            repairs: true,
        }
    }

    /// Sets the Unicode normalization form of the output. Returns the changed options: the
    /// result must be used (`n.form(Form::Nfd);` alone changes nothing).
    ///
    /// # Examples
    /// ```
    /// use vntext::{Form, Normalizer};
    /// let nfd = Normalizer::new().form(Form::Nfd);
    /// assert_eq!(nfd.normalize("Hòa"), "Ho\u{300}a");
    /// ```
    #[must_use]
    pub const fn form(mut self, form: Form) -> Self {
        self.form = form;
        self
    }

    /// Sets where tone marks go on open `oa`, `oe`, `uy`. Returns the changed options.
    ///
    /// # Examples
    /// ```
    /// use vntext::{Normalizer, ToneStyle};
    /// let new = Normalizer::new().tone(ToneStyle::New);
    /// assert_eq!(new.normalize("Hòa Bình, sức khỏe, thủy lợi"), "Hoà Bình, sức khoẻ, thuỷ lợi");
    /// ```
    #[must_use]
    pub const fn tone(mut self, style: ToneStyle) -> Self {
        self.tone = style;
        self
    }

    /// Turns the repairs on or off: misplaced tone marks (`qủa`), the same tone mark twice,
    /// class-230 marks in the wrong order (`e` + U+0301 + U+0302) and `Ð`/`ð` for `Đ`/`đ`.
    /// Repairs apply only inside what parses as a Vietnamese syllable. With repairs off and
    /// [`ToneStyle::Keep`], the output is plain Unicode NFC/NFD. (The deprecated U+0340/U+0341
    /// are read as U+0300/U+0301 either way, as Unicode NFC does.) Returns the changed
    /// options.
    ///
    /// # Examples
    /// ```
    /// use vntext::Normalizer;
    /// assert_eq!(Normalizer::new().normalize("qủa gìa"), "quả già");
    /// assert_eq!(Normalizer::new().repairs(false).normalize("qủa gìa"), "qủa gìa");
    /// ```
    #[must_use]
    pub const fn repairs(mut self, on: bool) -> Self {
        self.repairs = on;
        self
    }

    /// Normalizes `text`, borrowing it when it is already normalized.
    ///
    /// # Examples
    /// ```
    /// use std::borrow::Cow;
    /// let n = vntext::Normalizer::new();
    /// assert!(matches!(n.normalize("Hòa Bình"), Cow::Borrowed(_)));
    /// assert_eq!(n.normalize("Hoà Bình"), "Hòa Bình");
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        match self.form {
            Form::Nfc => match self.scan(text, 0) {
                None => Cow::Borrowed(text),
                Some(first) => {
                    let mut out = String::with_capacity(text.len() + text.len() / 8);
                    self.run_nfc(text, first, &mut out);
                    // The slow path may find nothing to change after all (a word that is not
                    // Vietnamese, a character NFC keeps).
                    if out == text {
                        Cow::Borrowed(text)
                    } else {
                        Cow::Owned(out)
                    }
                }
            },
            Form::Nfd => {
                let mut out = String::with_capacity(text.len() + text.len() / 4);
                self.normalize_to(text, &mut out);
                if out == text {
                    Cow::Borrowed(text)
                } else {
                    Cow::Owned(out)
                }
            }
        }
    }

    /// Appends the normalized `text` to `out`, for callers that reuse a buffer.
    ///
    /// # Examples
    /// ```
    /// let mut out = String::new();
    /// for line in ["Qủa cam", "Thuỷ lợi"] {
    ///     out.clear();
    ///     vntext::Normalizer::new().normalize_to(line, &mut out);
    ///     assert!(out == "Quả cam" || out == "Thủy lợi");
    /// }
    /// ```
    pub fn normalize_to(&self, text: &str, out: &mut String) {
        match self.form {
            Form::Nfc => match self.scan(text, 0) {
                None => out.push_str(text),
                Some(first) => self.run_nfc(text, first, out),
            },
            Form::Nfd => {
                // Decomposing the normalized NFC text gives the canonical order even where a
                // Vietnamese letter carries a foreign mark (`Ă` + U+0327). URLs and emails
                // are left as they are.
                let nfc = self.form(Form::Nfc).normalize(text);
                if nfc.is_ascii() {
                    out.push_str(&nfc);
                } else {
                    let mut done = 0;
                    for (start, end) in links_in(&nfc) {
                        out.extend(nfc[done..start].nfd());
                        out.push_str(&nfc[start..end]);
                        done = end;
                    }
                    out.extend(nfc[done..].nfd());
                }
            }
        }
    }

    /// Whether `text` is already normalized (then [`Normalizer::normalize`] borrows it).
    ///
    /// # Examples
    /// ```
    /// let n = vntext::Normalizer::new();
    /// assert!(n.is_normalized("Ủy ban nhân dân tỉnh Lạng Sơn"));
    /// assert!(!n.is_normalized("Uỷ ban"));
    /// assert!(!n.is_normalized("Vie\u{323}\u{302}t"));
    /// ```
    #[must_use]
    pub fn is_normalized(&self, text: &str) -> bool {
        matches!(self.normalize(text), Cow::Borrowed(_))
    }

    /// The slow path on every word, skipping the fast checks and the composer: the reference
    /// the property tests and fuzz targets compare [`Normalizer::normalize`] with. NFC only.
    ///
    /// # Examples
    /// ```
    /// let n = vntext::Normalizer::new();
    /// assert_eq!(n.reference_nfc("Thuỷ lợi"), n.normalize("Thuỷ lợi"));
    /// ```
    #[doc(hidden)]
    #[must_use]
    pub fn reference_nfc(&self, text: &str) -> String {
        let mut out = String::new();
        match self.scan_with::<true>(text, 0) {
            None => out.push_str(text),
            Some(first) => self.run_nfc_with::<true>(text, first, &mut out),
        }
        out
    }

    /// Finds the first non-ASCII character at or after `from` that may need a change.
    fn scan(&self, text: &str, from: usize) -> Option<Bail> {
        self.scan_with::<false>(text, from)
    }

    /// [`Normalizer::scan`]; with `SLOW`, bails at every non-ASCII character (the reference
    /// the tests compare the fast path with).
    fn scan_with<const SLOW: bool>(&self, text: &str, from: usize) -> Option<Bail> {
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

    /// The quick check of the non-ASCII character at byte 3 of `win` (bytes `i - 3 ..
    /// i + 5` of the text): one bit of [`QUICK`] from its kind and the classes of the bytes
    /// around. `true`: nothing to change here.
    #[inline(always)]
    fn quick(&self, win: u64, kinds: &[u8; KIND_TABLE], style: usize) -> bool {
        let byte = |k: usize| (win >> (8 * k)) as u8 as usize;
        // Vietnamese letters take two bytes (`ư ơ đ ă`) or three (`ạ ế`, `E1 BA xx` and
        // `E1 BB xx`), mixed unpredictably. Both index the kind table by their last two
        // bytes, the three-byte ones in a part of their own (0 for two bytes, 1 for `E1`, 2
        // for the rest), without a branch.
        let part = LEAD_PART[byte(3)] as usize;
        let pair = (win >> (24 + 8 * (part & 1))) as usize;
        let index = part << 12 | (pair & 0x3F) << 6 | (pair >> 8) & 0x3F;
        let kind = kinds[index & (KIND_TABLE - 1)] as usize;
        let w = 2 + (part & 1);
        let class = |k: usize| CLASS[byte(k)] as usize;
        let prev = PREV[class(0) << 8 | class(1) << 4 | class(2)] as usize;
        let k = style | kind << 11 | prev << 8 | class(3 + w) << 4 | class(4 + w);
        (QUICK[(k >> 3) % QUICK.len()] >> (k & 7)) & 1 != 0
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
    fn style_ok(&self, at: u8, placement: Option<(u8, u8)>) -> bool {
        let Some((old, new)) = placement else {
            return false;
        };
        match self.tone {
            ToneStyle::Old => at == old,
            ToneStyle::New => at == new,
            ToneStyle::Keep => at == old || at == new,
        }
    }

    /// The slow path: from the first bail position on, handles one word at a time and goes
    /// back to scanning after it.
    fn run_nfc(&self, text: &str, first: Bail, out: &mut String) {
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

    fn run_nfc_with<const SLOW: bool>(&self, text: &str, first: Bail, out: &mut String) {
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
    fn word(
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

/// Bit `k` set when byte `at + k` of `b` is the first byte of a non-ASCII character
/// (`11xxxxxx`), for the 64 bytes from `at` (the end of `b` reads as ASCII).
#[inline(always)]
fn leads64(b: &[u8], at: usize) -> u64 {
    match b.get(at..).and_then(|s| s.first_chunk::<64>()) {
        Some(block) => lead_bits(block),
        None => leads_at_end(b, at),
    }
}

/// [`leads64`] for the last block of the text.
#[inline(never)]
fn leads_at_end(b: &[u8], at: usize) -> u64 {
    // The text's last 64 bytes, without the bits of those before `at`.
    if let Some(last) = b.last_chunk::<64>() {
        return lead_bits(last)
            .checked_shr((at + 64 - b.len()) as u32)
            .unwrap_or(0);
    }
    let mut padded = [0; 64];
    let rest = b.get(at..).unwrap_or_default();
    let n = rest.len().min(64);
    padded[..n].copy_from_slice(&rest[..n]);
    lead_bits(&padded)
}

/// [`leads64`] of a whole block, eight bytes at a time.
#[inline(always)]
fn lead_bits(block: &[u8; 64]) -> u64 {
    let mut leads = 0;
    for (k, eight) in block.as_chunks::<8>().0.iter().enumerate() {
        let w = u64::from_le_bytes(*eight);
        // Bit 7 of every byte whose two top bits are set, then those eight bits gathered
        // into one byte (byte `j`'s bit lands at bit `j`).
        let high = w & (w << 1) & 0x8080_8080_8080_8080;
        leads |= (high.wrapping_mul(0x0002_0408_1020_4081) >> 56) << (8 * k);
    }
    leads
}

/// Bytes `i - 3 .. i + 5` of `b`, little-endian, with bytes outside `b` read as spaces.
#[inline(always)]
fn window(b: &[u8], i: usize) -> u64 {
    if let Some(chunk) = b
        .get(i.wrapping_sub(3)..)
        .and_then(|s| s.first_chunk::<8>())
    {
        return u64::from_le_bytes(*chunk);
    }
    window_at_edge(b, i)
}

#[inline(never)]
fn window_at_edge(b: &[u8], i: usize) -> u64 {
    const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
    // The first or last eight bytes of the text, shifted into place, spaces shifted in.
    if let (Some(first), Some(last)) = (b.first_chunk::<8>(), b.last_chunk::<8>()) {
        if i < 3 {
            let shift = 8 * (3 - i) as u32;
            return u64::from_le_bytes(*first) << shift | (SPACES >> (64 - shift));
        }
        let shift = 8 * (i + 5).saturating_sub(b.len()).min(7) as u32;
        if i + 5 > b.len() {
            return u64::from_le_bytes(*last) >> shift | (SPACES << (64 - shift));
        }
    }
    let mut w = [b' '; 8];
    for (k, x) in w.iter_mut().enumerate() {
        if let Some(&y) = (i + k).checked_sub(3).and_then(|j| b.get(j)) {
            *x = y;
        }
    }
    u64::from_le_bytes(w)
}

/// Whether the character at byte `i` (table entry `v`) separates words: not a letter, not a
/// mark, and neither combining with its neighbours under NFC nor becoming a letter (U+037E,
/// the Greek question mark, separates like the `;` NFC makes of it).
fn boundary(b: &[u8], i: usize, v: u16) -> bool {
    if b[i] < 0x80 {
        return letters::raw_letter(v).is_none();
    }
    if letters::raw_letter(v).is_some() || letters::raw_is_eth(v) || letters::raw_mark(v).is_some()
    {
        return false;
    }
    let c = letters::decode_at(b, i).0;
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
    canonical_combining_class(letters::decode_at(b, i).0) != 0
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
fn separated(piece: &str) -> bool {
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

/// Composes every ASCII vowel followed by one or two Vietnamese marks in canonical order
/// into its precomposed letter (`e` U+0323 U+0302 → `ệ`), and copies everything else as it
/// is, marks that need a repair or a decision included: the result is canonically equivalent
/// to `text`, and the normalizer treats it exactly as it would treat `text`.
fn compose_letters(text: &str, fast: &Fast) -> String {
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
            out.push_str(text.get(done..j - 1).unwrap_or(""));
            out.push(c);
            done = end;
        }
    }
    out.push_str(text.get(done..).unwrap_or(""));
    out
}

/// URLs and emails, found ahead of the places where the normalizer would change something:
/// it copies their bytes as they are (an address is an identifier, not prose).
///
/// Every URL or email holds a *trigger*: an `@`, a `://`, or a dot before a letter (`www.`,
/// `.vn`). Questions come in increasing order, so the text is read once, left to
/// right, a window at a time from the first question on: triggers are found eight bytes at a
/// time, and only the whitespace-separated chunk around each (links never hold ASCII
/// whitespace) is given to the tokenizer, which defines what a link is. Text with no trigger
/// near the places that change (almost all prose) costs the trigger scan alone.
#[derive(Default)]
struct Links {
    /// Every link that starts before `known_to` is in `spans`, in order.
    known_to: usize,
    spans: Vec<(usize, usize)>,
    /// The first span that may still contain a later question.
    next: usize,
    /// No link holds a byte before this one that is at or after the last question: the
    /// start of span `next`, or `known_to`.
    quiet_until: usize,
}

/// How far ahead of a question the trigger scan reads.
const LINK_WINDOW: usize = 4096;

impl Links {
    /// The end of the URL or email that byte `i` of `text` is in, if it is in one. `i` must
    /// not be less than in the previous question.
    #[inline(always)]
    fn end_of_link_at(&mut self, text: &str, i: usize) -> Option<usize> {
        if i < self.quiet_until {
            return None;
        }
        self.find(text, i)
    }

    /// [`Links::end_of_link_at`] past the quiet stretch.
    #[inline(never)]
    fn find(&mut self, text: &str, i: usize) -> Option<usize> {
        if i >= self.known_to {
            self.scan(text, i);
        }
        while self.spans.get(self.next).is_some_and(|&(_, e)| e <= i) {
            self.next += 1;
        }
        match self.spans.get(self.next) {
            Some(&(s, e)) if s <= i => Some(e),
            Some(&(s, _)) => {
                self.quiet_until = s.min(self.known_to);
                None
            }
            None => {
                self.quiet_until = self.known_to;
                None
            }
        }
    }

    /// Reads the triggers from `known_to` to a window past `i`, and the links around them.
    #[cold]
    #[inline(never)]
    fn scan(&mut self, text: &str, i: usize) {
        let b = text.as_bytes();
        let limit = i.saturating_add(LINK_WINDOW).min(b.len());
        let mut at = self.known_to;
        while let Some(t) = next_link_trigger(b, at, limit) {
            let start = b[..t]
                .iter()
                .rposition(|&x| is_ascii_space(x))
                .map_or(0, |p| p + 1);
            let end = b[t..]
                .iter()
                .position(|&x| is_ascii_space(x))
                .map_or(b.len(), |p| t + p);
            // Whitespace is ASCII, so the chunk is on character boundaries.
            let chunk = text.get(start..end).unwrap_or("");
            debug_assert_eq!(chunk.len(), end - start, "chunks end at ASCII whitespace");
            // A chunk with two triggers was read at the first: skip to its end.
            if self.spans.last().is_none_or(|&(_, e)| e <= start) || start >= self.known_to {
                self.spans.extend(
                    crate::tokenize::links(chunk)
                        .map(|(s, e)| (start + s, start + e))
                        .filter(|&(s, _)| s >= self.known_to),
                );
            }
            self.known_to = self.known_to.max(end);
            at = end.max(t + 1);
        }
        self.known_to = self.known_to.max(limit).max(i + 1);
    }
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// The first trigger of a link (see [`Links`]) in `b[from..limit]`: `@`, `://`, or a dot
/// followed by a letter (ASCII or not). Eight bytes at a time: a byte is a candidate when it
/// equals one of the three.
fn next_link_trigger(b: &[u8], mut from: usize, limit: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    // Bit 7 of each byte of `w` that equals `x`.
    let equal = |w: u64, x: u8| {
        let v = w ^ (ONES * x as u64);
        v.wrapping_sub(ONES) & !v & HIGH
    };
    let trigger = |k: usize| match b.get(k) {
        Some(b'@') => true,
        Some(b':') => b.get(k + 1..k + 3) == Some(b"//"),
        Some(b'.') => b
            .get(k + 1)
            .is_some_and(|&y| y.is_ascii_alphabetic() || y >= 0x80),
        _ => false,
    };
    while from < limit {
        let Some(eight) = b.get(from..limit).and_then(|s| s.first_chunk::<8>()) else {
            return (from..limit).find(|&k| trigger(k));
        };
        let w = u64::from_le_bytes(*eight);
        // A borrow may flag a byte above a real match; `trigger` checks each one.
        let mut hits = equal(w, b'@') | equal(w, b':') | equal(w, b'.');
        while hits != 0 {
            let k = from + hits.trailing_zeros() as usize / 8;
            if trigger(k) {
                return Some(k);
            }
            hits &= hits - 1;
        }
        from += 8;
    }
    None
}

/// Every URL and email of `text`, in order.
fn links_in(text: &str) -> Vec<(usize, usize)> {
    let mut links = Links::default();
    links.scan(text, 0);
    while links.known_to < text.len() {
        let at = links.known_to;
        links.scan(text, at);
    }
    links.spans
}

/// The first byte at or after `i` that is `CC` or `CD` (the first bytes of the combining
/// marks U+0300..U+037F), eight bytes at a time.
#[inline(always)]
fn next_mark_lead(b: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    while let Some(eight) = b.get(i..).and_then(|s| s.first_chunk::<8>()) {
        let w = u64::from_le_bytes(*eight);
        // Bytes that are CC or CD become zero; the lowest zero byte sets bit 7 (borrows only
        // run upwards from it).
        let v = (w ^ (ONES * 0xCC)) & (ONES * 0xFE);
        let zero = v.wrapping_sub(ONES) & !v & (ONES * 0x80);
        if zero != 0 {
            return Some(i + zero.trailing_zeros() as usize / 8);
        }
        i += 8;
    }
    let rest = b.get(i..)?;
    rest.iter().position(|&x| x & 0xFE == 0xCC).map(|k| i + k)
}

/// Mark codes: 0 for none, 1 + the index of each of our marks.
const MARK_CODES: usize = 11;

/// 1 + the index of an ASCII vowel in `aeiouyAEIOUY`, 0 for any other byte.
static VOWEL_INDEX: [u8; 256] = {
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
fn combine(base: Letter, marks: [Option<letters::Mark>; 2]) -> Option<(Letter, Tone)> {
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

/// Plain Unicode NFC of a piece of text that starts and ends at safe boundaries.
fn push_nfc(s: &str, out: &mut String) {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        out.push_str(s);
    } else {
        out.extend(s.nfc());
    }
}

// Byte classes for the quick check (see [`QUICK`]): what a byte around a toned vowel says
// about its syllable.
/// ASCII that is not a letter, or outside the text: a word boundary.
const NONL: usize = 0;
/// An ASCII consonant other than `q` and `g`.
const CONS: usize = 1;
const Q: usize = 2;
const G: usize = 3;
const V_A: usize = 4;
const V_E: usize = 5;
const V_I: usize = 6;
const V_O: usize = 7;
const V_U: usize = 8;
const V_Y: usize = 9;
/// `C4`, the lead byte of `Đ`/`đ` (`C4 90`, `C4 91`) among others.
const LEAD_C4: usize = 10;
/// `90`/`91`, the last byte of `Đ`/`đ` among others.
const CONT_9: usize = 11;
/// Every other non-ASCII byte.
const NA: usize = 12;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let l = b | 0x20;
        t[i] = if b == 0xC4 {
            LEAD_C4 as u8
        } else if b == 0x90 || b == 0x91 {
            CONT_9 as u8
        } else if b >= 0x80 {
            NA as u8
        } else if l.is_ascii_lowercase() {
            (match l {
                b'q' => Q,
                b'g' => G,
                b'a' => V_A,
                b'e' => V_E,
                b'i' => V_I,
                b'o' => V_O,
                b'u' => V_U,
                b'y' => V_Y,
                _ => CONS,
            }) as u8
        } else {
            NONL as u8
        };
        i += 1;
    }
    t
};

// What stands before a toned vowel, from the classes of the three bytes before it.
/// Nothing (a word boundary): the vowel starts the syllable's nucleus.
const P_START: usize = 0;
/// An onset that ends in a consonant: `t`, `nh`, `đ`, `qu`, `gi` (the `u`/`i` belong to it).
const P_ONSET: usize = 1;
/// `g` (`gà`; before `i`, the `i` may be the nucleus: `gì`, `gìn`).
const P_G: usize = 2;
/// A glide `o` after an onset or nothing (`hoà`, `đoàn`, `oà`).
const P_GLIDE_O: usize = 3;
/// A glide `u` after an onset or nothing (`huỳnh`, `uỷ`).
const P_GLIDE_U: usize = 4;
/// Anything else: look closer.
const P_OTHER: usize = 5;

const fn prev_class(c3: usize, c2: usize, c1: usize) -> usize {
    // An onset, or nothing, ends right before the byte of class `c2`.
    let onset_before = c2 == NONL || c2 == CONS || c2 == G || (c2 == CONT_9 && c3 == LEAD_C4);
    match c1 {
        NONL => P_START,
        CONS => P_ONSET,
        G => P_G,
        CONT_9 if c2 == LEAD_C4 => P_ONSET,
        V_U if c2 == Q => P_ONSET,
        V_I if c2 == G => P_ONSET,
        V_O if onset_before => P_GLIDE_O,
        V_U if onset_before => P_GLIDE_U,
        _ => P_OTHER,
    }
}

/// The part of [`Fast::kinds`] a lead byte's character is found in: 0 for two-byte
/// characters, 1 for `E1` (the table covers `E1 BA xx` and `E1 BB xx`), 2 for the rest.
static LEAD_PART: [u8; 256] = {
    let mut t = [2u8; 256];
    let mut x = 0;
    while x < 256 {
        // The letter table's own classes of lead bytes: 1 two bytes, 2 `E1`.
        t[x] = match letters::LEAD[x] {
            1 => 0,
            2 => 1,
            _ => 2,
        };
        x += 1;
    }
    t
};

/// Length of [`Fast::kinds`]: a power of two above its three parts.
const KIND_TABLE: usize = 4 << 12;

/// [`prev_class`] at index `c3 << 8 | c2 << 4 | c1`.
static PREV: [u8; 1 << 12] = {
    let mut t = [P_OTHER as u8; 1 << 12];
    let mut k = 0;
    while k < 1 << 12 {
        t[k] = prev_class(k >> 8, (k >> 4) & 15, k & 15) as u8;
        k += 1;
    }
    t
};

// Kinds of characters for the quick check, from the letter table.
/// Not a toned vowel: nothing to check.
const K_NONE: usize = 0;
/// `ư` with a tone: it carries the mark in every syllable where another letter follows.
const K_UW: usize = 1;
/// `ă â ê ô ơ` with a tone: they always carry the mark.
const K_HAT: usize = 2;
/// A plain vowel with a tone: `K_PLAIN + (class - V_A)`.
const K_PLAIN: usize = 3;
/// A character the kind table does not cover (another script, a symbol): looked up on
/// its own.
const K_OTHER: usize = 14;
/// Characters that always take the slow path: marks, characters NFC may change, and eth
/// when repairs are on.
const STOP: usize = 15;

/// The quick-check kind of a letter-table entry.
const fn entry_kind(repairs: bool, v: u16) -> u8 {
    if letters::raw_needs_nfc(v) || (repairs && letters::raw_is_eth(v)) {
        return STOP as u8;
    }
    if !letters::raw_is_toned(v) {
        return K_NONE as u8;
    }
    (match (v & 0x3F) as Letter {
        letters::UW => K_UW,
        letters::A => K_PLAIN + V_A - V_A,
        letters::E => K_PLAIN + V_E - V_A,
        letters::I => K_PLAIN + V_I - V_A,
        letters::O => K_PLAIN + V_O - V_A,
        letters::U => K_PLAIN + V_U - V_A,
        letters::Y => K_PLAIN + V_Y - V_A,
        _ => K_HAT,
    }) as u8
}

/// The quick rule behind [`QUICK`]: does a toned vowel of `kind` carry its mark where the
/// style puts it, given what stands before it ([`prev_class`]) and the classes of the next
/// two bytes? `false` means "look closer", never "wrong".
const fn quick_rule(new_style: bool, kind: usize, prev: usize, next: usize, after: usize) -> bool {
    if kind == K_NONE {
        return true;
    }
    if kind >= K_PLAIN + 6 || prev > P_OTHER || next > NA || after > NA {
        return false;
    }
    // A non-ASCII letter right after a toned vowel (a second tone, a combining mark, `ươ`):
    // always look closer.
    let next_na = next >= LEAD_C4;
    if kind == K_UW || kind == K_HAT {
        // `ư` before `ơ` gives the mark to `ơ`; that `ơ` is non-ASCII.
        return !next_na;
    }
    let me = kind - K_PLAIN + V_A;
    let next_vowel = next >= V_A && next <= V_Y;
    let end = next == NONL;
    let coda = !next_na && !next_vowel && !end;
    let semi = next == V_I || next == V_O || next == V_U || next == V_Y;
    let word_ends = after == NONL;
    match prev {
        P_START | P_ONSET | P_G => {
            // The vowel starts the nucleus: alone (`cá`, `bán`), ...
            if coda || end {
                return true;
            }
            // ... (`gì`: the `i` is the nucleus only when nothing but a coda follows) ...
            if prev == P_G && me == V_I {
                return false;
            }
            if !word_ends {
                return false;
            }
            // ... before a semivowel coda that ends the word (`tài`, `báo`, `sáu`, `máy`; not
            // `oo`, and `uy` only in the old style) ...
            (semi && !(me == V_O && next == V_O) && !(me == V_U && next == V_Y && new_style))
                // ... the first letter of `ia`/`ua` without a coda (`nghĩa`, `của`) ...
                || ((me == V_I || me == V_U) && next == V_A)
                // ... `o` of an open `oa`/`oe` in the old style (`hòa`, `khỏe`).
                || (!new_style && me == V_O && (next == V_A || next == V_E))
        }
        // After a glide `o`: `oa`/`oe` + coda (`hoàn`, `khoét`), `oai`/`oay` (`ngoài`,
        // `xoáy`), and the open `oa`/`oe` of the new style (`hoà`, `khoẻ`).
        P_GLIDE_O => {
            (me == V_A || me == V_E)
                && (coda
                    || (new_style && end)
                    || (me == V_A && (next == V_I || next == V_Y) && word_ends))
        }
        // After a glide `u`: `uy` + coda (`huỳnh`), the open `uy` of the new style (`uỷ`).
        P_GLIDE_U => me == V_Y && (coda || (new_style && end)),
        _ => false,
    }
}

/// [`quick_rule`] for every (style, kind, previous, next, next but one) class, one bit each,
/// at bit `style << 15 | kind << 11 | prev << 8 | next << 4 | after`.
static QUICK: [u8; 1 << 13] = {
    let mut t = [0u8; 1 << 13];
    let mut k = 0;
    while k < 1 << 16 {
        let (style, kind, prev) = (k >> 15, (k >> 11) & 15, (k >> 8) & 7);
        let (next, after) = ((k >> 4) & 15, k & 15);
        if quick_rule(style == 1, kind, prev, next, after) {
            t[k >> 3] |= 1 << (k & 7);
        }
        k += 1;
    }
    t
};

/// The fast path's table: the syllable model's tone placement for every vowel cluster of
/// up to three letters, by what precedes it and whether a consonant follows ((old, new)
/// index into the cluster).
struct Fast {
    /// [`entry_kind`] of every letter-table entry, by its index; `[0]` with repairs off,
    /// `[1]` with repairs on.
    /// Indexed by `part << 12 | (a & 0x3F) << 6 | b & 0x3F` where `a b` are the last two
    /// bytes of the character and `part` its [`LEAD_PART`].
    kinds: [[u8; KIND_TABLE]; 2],
    /// 1 + the index of each of our marks among U+0300..U+037F, 0 for the other marks, by
    /// `(first byte & 1) << 6 | second byte & 0x3F`.
    marks: [u8; 128],
    placement: Vec<u8>,
    /// [`combine`] for every ASCII vowel and one or two of our marks: the precomposed letter,
    /// or `'\0'`.
    compose: Vec<char>,
}

const UNKNOWN: u8 = 0xFF;

impl Fast {
    fn key(before: Before, cluster: &[Letter], coda: bool) -> usize {
        let mut k = (before as usize) << 13 | (coda as usize) << 12;
        for (j, &l) in cluster.iter().enumerate() {
            k |= (l as usize + 1) << (4 * j);
        }
        k
    }

    fn build() -> Self {
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
    fn mark_code(&self, x: u8, y: u8) -> usize {
        let ours = self.marks[(x as usize & 1) << 6 | (y as usize & 0x3F)] as usize;
        ours * (x & 0xFE == 0xCC) as usize
    }

    /// The letter an ASCII vowel composes to with mark codes `m1`, `m2` (0 = none), or
    /// `'\0'`.
    #[inline]
    fn compose(&self, base: u8, m1: usize, m2: usize) -> char {
        let bi = VOWEL_INDEX[base as usize] as usize;
        if bi == 0 {
            return '\0';
        }
        let k = ((bi - 1) * MARK_CODES + m1) * MARK_CODES + m2;
        self.compose.get(k).copied().unwrap_or('\0')
    }

    #[inline]
    fn placement(&self, before: Before, cluster: &[Letter], coda: bool) -> Option<(u8, u8)> {
        let v = *self.placement.get(Self::key(before, cluster, coda))?;
        (v != UNKNOWN).then_some((v & 0xF, v >> 4))
    }
}

static FAST: LazyLock<Fast> = LazyLock::new(Fast::build);

/// Normalizes with the defaults: NFC, [`ToneStyle::Old`], repairs on.
///
/// # Examples
/// ```
/// assert_eq!(vntext::normalize("Thuỷ lợi Hoà Bình"), "Thủy lợi Hòa Bình");
/// assert_eq!(vntext::normalize("nghìên cứu"), "nghiền cứu");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::new().normalize(text)
}

/// NFC **and** the old tone style **and** repairs: the same as [`normalize`], more than
/// Unicode NFC (for plain NFC use `Normalizer::new().tone(ToneStyle::Keep).repairs(false)`).
///
/// # Examples
/// ```
/// use vntext::{Normalizer, ToneStyle};
/// assert_eq!(vntext::nfc("Vie\u{323}\u{302}t Nam"), "Việt Nam");
/// // Unlike Unicode NFC, it also moves and repairs tone marks:
/// assert_eq!(vntext::nfc("hoà qủa"), "hòa quả");
/// let plain = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
/// assert_eq!(plain.normalize("hoà qủa"), "hoà qủa");
/// ```
#[must_use]
pub fn nfc(text: &str) -> Cow<'_, str> {
    normalize(text)
}

/// NFD **and** the old tone style **and** repairs, more than Unicode NFD (for plain NFD use
/// `Normalizer::new().form(Form::Nfd).tone(ToneStyle::Keep).repairs(false)`).
///
/// # Examples
/// ```
/// use vntext::{Form, Normalizer, ToneStyle};
/// assert_eq!(vntext::nfd("Việt"), "Vie\u{323}\u{302}t");
/// // Unlike Unicode NFD, it also moves tone marks: `hoà` becomes `hòa`, decomposed.
/// assert_eq!(vntext::nfd("hoà"), "ho\u{300}a");
/// let plain = Normalizer::new().form(Form::Nfd).tone(ToneStyle::Keep).repairs(false);
/// assert_eq!(plain.normalize("hoà"), "hoa\u{300}");
/// ```
#[must_use]
pub fn nfd(text: &str) -> Cow<'_, str> {
    Normalizer::new().form(Form::Nfd).normalize(text)
}

/// Whether `text` is already in the default normalized form (NFC, old style, nothing to
/// repair).
///
/// # Examples
/// ```
/// assert!(vntext::is_normalized("Hòa Bình"));
/// assert!(!vntext::is_normalized("Hoà Bình"));
/// ```
#[must_use]
pub fn is_normalized(text: &str) -> bool {
    Normalizer::new().is_normalized(text)
}

/// What [`fold`] strips.
///
/// # Examples
/// ```
/// use vntext::{Fold, fold};
/// assert_eq!(fold("Đường Lạng Sơn", Fold::All), "Duong Lang Son");
/// assert_eq!(fold("Đường Lạng Sơn", Fold::Tones), "Đương Lang Sơn");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Fold {
    /// Every Vietnamese mark: tones, `ă â ê ô ơ ư` → `a a e o o u`, `đ` → `d`.
    #[default]
    All,
    /// Tone marks only; `ă â ê ô ơ ư đ` are kept.
    Tones,
}

/// Parses `all` or `tones` (any ASCII case), as the command line's `--fold`.
///
/// # Examples
/// ```
/// assert_eq!("tones".parse::<vntext::Fold>(), Ok(vntext::Fold::Tones));
/// ```
impl std::str::FromStr for Fold {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let names = [("all", Fold::All), ("tones", Fold::Tones)];
        crate::name::lookup(s, &names, "fold", "all or tones")
    }
}

/// Strips Vietnamese marks for search keys, keeping case letter by letter. The output is
/// NFC; letters of other languages (`ñ`, `ü`, `й`) are kept as they are, except that
/// [`Fold::All`] also folds `Ð`/`ð`, the look-alikes of `Đ`/`đ`, to `D`/`d`.
///
/// # Examples
/// ```
/// use vntext::{Fold, fold};
/// assert_eq!(fold("Lạng Sơn", Fold::All), "Lang Son");
/// assert_eq!(fold("Lạng Sơn", Fold::Tones), "Lang Sơn");
/// assert_eq!(fold("NGUYỄN", Fold::All), "NGUYEN");
/// assert_eq!(fold("La\u{323}ng", Fold::All), "Lang"); // NFD input
/// ```
#[must_use]
pub fn fold(text: &str, mode: Fold) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let composed = Normalizer::new().tone(ToneStyle::Keep).normalize(text);
    let t = letters::tables();
    let mut out = String::with_capacity(composed.len());
    for c in composed.chars() {
        match t.letter(c) {
            Some(LetterInfo { letter, upper, .. }) if !c.is_ascii() => {
                let l = match mode {
                    Fold::All if letter == letters::DD => letters::ascii_consonant(b'd'),
                    Fold::All => letters::unmodify(letter).0,
                    Fold::Tones => letter,
                };
                t.push_nfc(l, Tone::Ngang, upper, &mut out);
            }
            // Eth, Đ's look-alike, folds like it (its usual transliteration too).
            _ if mode == Fold::All && (c == 'Ð' || c == 'ð') => {
                out.push(if c == 'Ð' { 'D' } else { 'd' })
            }
            _ => match letters::mark(c) {
                // A Vietnamese mark that NFC left standing (on a letter of another script).
                Some(letters::Mark::Tone(_) | letters::Mark::DeprecatedTone(_)) => {}
                Some(_) if mode == Fold::All => {}
                _ => out.push(c),
            },
        }
    }
    // A foreign mark left after a stripped letter may now compose with it (`Ủ` + U+0308 →
    // `U` + U+0308 → `Ü`): keep the output NFC.
    if is_nfc_quick(out.chars()) != IsNormalized::Yes {
        out = out.nfc().collect();
    }
    if out == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(out)
    }
}

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

    #[test]
    fn nfc_pieces_start_and_end_at_starters() {
        let text = "xyz ñ\u{327}";
        let p = text.find('\u{327}').unwrap_or(0);
        let (s, e) = nfc_piece(text.as_bytes(), 0, p, letters::tables());
        assert_eq!(&text[s..e], "ñ\u{327}");
    }
}

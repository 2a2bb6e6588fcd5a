//! Whole-text normalization: Unicode form, tone-mark style, repairs, accent folding.
//!
//! The fast path looks only at non-ASCII characters: a precomposed toned vowel is accepted
//! from its neighbouring bytes in the common cases, else checked against a cached table of
//! where the syllable model puts the mark for its vowel cluster; any combining mark or other
//! character that is not stable under NFC sends just that word to the slow path (decode,
//! [`Syllable`] and write back, or plain Unicode NFC for what is not Vietnamese). Decomposed
//! input is first composed letter by letter in one pass. Text that is already normalized is
//! returned borrowed.

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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    pub const fn new() -> Self {
        Normalizer {
            form: Form::Nfc,
            tone: ToneStyle::Old,
            repairs: true,
        }
    }

    /// Sets the Unicode normalization form of the output.
    pub const fn form(mut self, form: Form) -> Self {
        self.form = form;
        self
    }

    /// Sets where tone marks go on open `oa`, `oe`, `uy`.
    pub const fn tone(mut self, style: ToneStyle) -> Self {
        self.tone = style;
        self
    }

    /// Turns the repairs on or off: misplaced tone marks (`qủa`), the same tone mark twice,
    /// class-230 marks in the wrong order (`e` + U+0301 + U+0302) and `Ð`/`ð` for `Đ`/`đ`.
    /// Repairs apply only inside what parses as a Vietnamese syllable. With repairs off and
    /// [`ToneStyle::Keep`], the output is plain Unicode NFC/NFD. (The deprecated U+0340/U+0341
    /// are read as U+0300/U+0301 either way, as Unicode NFC does.)
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
                // Vietnamese letter carries a foreign mark (`Ă` + U+0327).
                let nfc = self.form(Form::Nfc).normalize(text);
                if nfc.is_ascii() {
                    out.push_str(&nfc);
                } else {
                    out.extend(nfc.nfd());
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
    pub fn is_normalized(&self, text: &str) -> bool {
        matches!(self.normalize(text), Cow::Borrowed(_))
    }

    /// The slow path on every word, skipping the fast checks and the composer: the reference
    /// the property tests and fuzz targets compare [`Normalizer::normalize`] with. NFC only.
    #[doc(hidden)]
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
        let t = letters::tables();
        let fast = &*FAST;
        let kinds = &KINDS_OF[self.repairs as usize];
        let mut i = from;
        // Where the last toned vowel ended.
        let mut toned_end = usize::MAX;
        while i < b.len() {
            // ASCII never changes: skip it a word at a time.
            if let Some(chunk) = b.get(i..i + 8) {
                let mut w = [0u8; 8];
                w.copy_from_slice(chunk);
                let high = u64::from_le_bytes(w) & 0x8080_8080_8080_8080;
                if high == 0 {
                    i += 8;
                    continue;
                }
                i += high.trailing_zeros() as usize / 8;
            } else if b[i] < 0x80 {
                i += 1;
                continue;
            }
            if SLOW {
                return Some(i);
            }
            let (v, w) = t.raw_at(b, i);
            // Decide with arithmetic rather than branches (whether a vowel is toned, which
            // kind it is, what stands around it are all unpredictable); the one branch below
            // is taken for a few percent of the characters.
            let kv = kinds[((v as usize >> 8) << 6 | (v as usize & 0x3F)) & (KIND_INDEX - 1)];
            let toned = (kv >> 7) as u32;
            let fine = self.quick_ok(b, i, w, (kv & 0x7F) as usize)
                & ((i != toned_end) as u32 | (toned ^ 1));
            if fine == 0
                && (letters::raw_needs_nfc(v)
                    || letters::raw_is_eth(v)
                    || i == toned_end
                    || !self.tone_ok(b, i, w, v, fast, t))
            {
                return Some(i);
            }
            toned_end = if toned != 0 { i + w } else { toned_end };
            i += w;
        }
        None
    }

    /// The common cases of a toned vowel whose mark is where every style puts it, decided from
    /// its neighbouring bytes by one lookup in [`QUICK`]: 1 for "fine", 0 for "look
    /// closer". `kind` comes from [`KINDS_OF`]: characters that are not toned vowels are
    /// "fine" here, and characters that stop the fast path are not.
    #[inline(always)]
    fn quick_ok(&self, b: &[u8], i: usize, w: usize, kind: usize) -> u32 {
        let byte = |k: usize| b.get(k).copied().unwrap_or(b' ');
        let (p, pp) = (byte(i.wrapping_sub(1)), byte(i.wrapping_sub(2)));
        let (n, nn) = (byte(i + w), byte(i + w + 1));
        // `đ`/`Đ` (C4 91 / C4 90) before the vowel counts as a consonant.
        let dd = ((p | 1) == 0x91) as usize & (pp == 0xC4) as usize;
        let pc = NEIGHBOUR[p as usize] as usize;
        let pc = pc ^ ((pc ^ CONSONANT) & 0usize.wrapping_sub(dd));
        let style = (self.tone == ToneStyle::New) as usize;
        let k = style << 16
            | (kind & 15) << 12
            | pc << 8
            | (NEIGHBOUR[n as usize] as usize) << 4
            | NEIGHBOUR[nn as usize] as usize;
        ((QUICK[(k >> 3) & (QUICK.len() - 1)] >> (k & 7)) & 1) as u32
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
            let composed = compose_letters(text, t, &FAST);
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
        let mut done = 0;
        let mut bail = Some(first);
        while let Some(p) = bail {
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
                if !boundary(b, start - w, v) {
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
fn compose_letters(text: &str, t: &Tables, fast: &Fast) -> String {
    let b = text.as_bytes();
    let byte = |k: usize| b.get(k).copied().unwrap_or(0);
    let is_mark_lead = |x: u8| x & 0xFE == 0xCC;
    // Our mark at `k` (1 + its index), 0 for any other character.
    let mark = |k: usize| {
        let (v, _) = t.raw_at(b, k);
        letters::raw_mark_index(v)
    };
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&x| is_mark_lead(x)) {
        let j = i + k;
        let m1 = mark(j);
        let (m2, end) = if is_mark_lead(byte(j + 2)) {
            (mark(j + 2), j + 4)
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

/// Classes of a byte next to a toned vowel, for [`Normalizer::quick_ok`].
const NON_LETTER: usize = 0;
const CONSONANT: usize = 1;
const Q: usize = 2;
const G: usize = 3;
const V_A: usize = 4;
const V_E: usize = 5;
const V_I: usize = 6;
const V_O: usize = 7;
const V_U: usize = 8;
const V_Y: usize = 9;
const NON_ASCII: usize = 10;
const CLASSES: usize = 11;

static NEIGHBOUR: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        let l = b | 0x20;
        t[i] = if b >= 0x80 {
            NON_ASCII as u8
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
                _ => CONSONANT,
            }) as u8
        } else {
            NON_LETTER as u8
        };
        i += 1;
    }
    t
};

/// What kind of toned vowel a letter id is, for [`Normalizer::quick_ok`]: 0 for letters
/// whose mark is always in place (`ă â ê ô ơ`) and for every other letter, 1 for `ư`, and
/// 2 + the class of a plain vowel.
const KINDS: usize = 3 + CLASSES;
/// The kind of characters that always need the slow path (marks, characters NFC changes,
/// eth when repairs are on).
const STOP: usize = KINDS - 1;
/// Length of [`KINDS_OF`]: indexed by an entry's high byte and its letter id.
const KIND_INDEX: usize = 1 << 14;
static KIND: [u8; 64] = {
    let mut t = [0u8; 64];
    t[letters::UW as usize] = 1;
    t[letters::A as usize] = (2 + V_A) as u8;
    t[letters::E as usize] = (2 + V_E) as u8;
    t[letters::I as usize] = (2 + V_I) as u8;
    t[letters::O as usize] = (2 + V_O) as u8;
    t[letters::U as usize] = (2 + V_U) as u8;
    t[letters::Y as usize] = (2 + V_Y) as u8;
    t
};

/// The quick rule behind [`QUICK`]: is a toned vowel of `kind` (see [`KIND`]) fine between
/// bytes of these classes, without looking further?
const fn quick_rule(new_style: bool, kind: usize, prev: usize, next: usize, after: usize) -> bool {
    if kind == 0 {
        return true;
    }
    if kind == STOP || kind >= KINDS {
        return false;
    }
    // `ư` carries the mark in every valid syllable, except before `ơ`.
    if kind == 1 {
        return next != NON_ASCII;
    }
    let me = kind - 2;
    // After a consonant other than `q` (`đ` included; `g` not before the `i` of `gi`) or at
    // the start of a word ...
    let prev_ok = prev == NON_LETTER || prev == CONSONANT || (prev == G && me != V_I);
    // ... the vowel is the whole cluster ...
    let next_vowel = next >= V_A && next <= V_Y;
    let alone = next != NON_ASCII && !next_vowel && next < CLASSES;
    // ... or the nucleus before a semivowel coda that ends the word: `tài`, `báo`, `sáu`,
    // `máy` (not `oo`, and `uy` only in the old style; `huỳnh` has a coda after `uy`).
    let semi = (next == V_I || next == V_O || next == V_U || next == V_Y)
        && after == NON_LETTER
        && !(me == V_O && next == V_O)
        && !(me == V_U && next == V_Y && new_style);
    prev_ok && (alone || semi)
}

/// [`quick_rule`] for every (style, kind, previous, next, next but one) byte class, one bit
/// each, at bit `style << 16 | kind << 12 | prev << 8 | next << 4 | after`.
static QUICK: [u8; 1 << 14] = {
    let mut t = [0u8; 1 << 14];
    let mut k = 0;
    while k < 1 << 17 {
        let (style, kind) = (k >> 16, (k >> 12) & 15);
        let (prev, next, after) = ((k >> 8) & 15, (k >> 4) & 15, k & 15);
        if prev < CLASSES
            && next < CLASSES
            && after < CLASSES
            && quick_rule(style == 1, kind, prev, next, after)
        {
            t[k >> 3] |= 1 << (k & 7);
        }
        k += 1;
    }
    t
};

/// Per letter-table entry (indexed by its high byte and its letter id): bit 7 set for a
/// toned vowel, and the [`KIND`] of the character, [`STOP`] for what needs the slow path;
/// `[0]` with repairs off, `[1]` with repairs on (eth stops).
static KINDS_OF: [[u8; KIND_INDEX]; 2] = {
    let mut t = [[0u8; KIND_INDEX]; 2];
    let mut repairs = 0;
    while repairs < 2 {
        let mut k = 0;
        while k < KIND_INDEX {
            let v = ((k >> 6) << 8 | (k & 0x3F)) as u16;
            t[repairs][k] = if letters::raw_needs_nfc(v) || (repairs == 1 && letters::raw_is_eth(v))
            {
                STOP as u8
            } else if letters::raw_is_toned(v) {
                0x80 | KIND[(v & 0x3F) as usize]
            } else {
                0
            };
            k += 1;
        }
        repairs += 1;
    }
    t
};

/// The fast path's table: the syllable model's tone placement for every vowel cluster of
/// up to three letters, by what precedes it and whether a consonant follows ((old, new)
/// index into the cluster).
struct Fast {
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
        Fast {
            placement: table,
            compose,
        }
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
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::new().normalize(text)
}

/// NFC with the old tone style and repairs: the same as [`normalize`].
///
/// # Examples
/// ```
/// assert_eq!(vntext::nfc("Vie\u{323}\u{302}t Nam"), "Việt Nam");
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    normalize(text)
}

/// NFD with the old tone style and repairs.
///
/// # Examples
/// ```
/// assert_eq!(vntext::nfd("Việt"), "Vie\u{323}\u{302}t");
/// ```
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
#[non_exhaustive]
pub enum Fold {
    /// Every Vietnamese mark: tones, `ă â ê ô ơ ư` → `a a e o o u`, `đ` → `d`.
    #[default]
    All,
    /// Tone marks only; `ă â ê ô ơ ư đ` are kept.
    Tones,
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

    #[test]
    fn nfc_pieces_start_and_end_at_starters() {
        let text = "xyz ñ\u{327}";
        let p = text.find('\u{327}').unwrap_or(0);
        let (s, e) = nfc_piece(text.as_bytes(), 0, p, letters::tables());
        assert_eq!(&text[s..e], "ñ\u{327}");
    }
}

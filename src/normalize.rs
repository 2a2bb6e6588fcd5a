//! Whole-text normalization: Unicode form, tone-mark style, repairs, accent folding.
//!
//! The fast path looks only at non-ASCII characters: a precomposed toned vowel is checked
//! against a cached table of where the syllable model puts the mark for its vowel cluster,
//! and any combining mark or other character that is not stable under NFC sends just that
//! word to the slow path ([`Syllable::parse`] and write back, or plain Unicode NFC for what is
//! not Vietnamese). Text that is already normalized is returned borrowed.

use std::borrow::Cow;
use std::sync::LazyLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use crate::letters::{self, ASCII_CLASS, Letter, LetterInfo, Tables};
use crate::syllable::{Before, Form, Syllable, Tone, ToneStyle, placement};

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
    /// class-230 marks in the wrong order (`e` + U+0301 + U+0302), the deprecated U+0340/U+0341
    /// and `Ð`/`ð` for `Đ`/`đ`. Repairs apply only inside what parses as a Vietnamese
    /// syllable. With repairs off and [`ToneStyle::Keep`], the output is plain Unicode NFC/NFD.
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
                    Cow::Owned(out)
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
                let nfc = self.form(Form::Nfc).normalize(text);
                let t = letters::tables();
                for c in nfc.chars() {
                    match t.letter(c) {
                        Some(LetterInfo {
                            letter,
                            tone,
                            upper,
                        }) => t.push_nfd(letter, tone, upper, out),
                        None if c.is_ascii() => out.push(c),
                        None => out.extend(std::iter::once(c).nfd()),
                    }
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
        match self.form {
            Form::Nfc => self.scan(text, 0).is_none(),
            Form::Nfd => matches!(self.normalize(text), Cow::Borrowed(_)),
        }
    }

    /// Finds the first non-ASCII character at or after `from` that may need a change.
    fn scan(&self, text: &str, from: usize) -> Option<Bail> {
        let b = text.as_bytes();
        let t = letters::tables();
        let table = &*PLACEMENT;
        let mut i = from;
        while i < b.len() {
            // ASCII never changes: skip it eight bytes at a time.
            if b[i] < 0x80 {
                i += 1;
                while i + 8 <= b.len() {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(&b[i..i + 8]);
                    if u64::from_ne_bytes(w) & 0x8080_8080_8080_8080 != 0 {
                        break;
                    }
                    i += 8;
                }
                continue;
            }
            let (c, w) = char_at(text, i);
            match t.letter(c) {
                Some(info) if info.tone != Tone::Ngang => {
                    if !self.tone_ok(text, i, w, table, t) {
                        return Some(i);
                    }
                }
                Some(_) => {}
                None if (c as u32) < 0x300 => {
                    if self.repairs && (c == 'Ð' || c == 'ð') {
                        return Some(i);
                    }
                }
                None => {
                    if !nfc_stable(c) {
                        return Some(i);
                    }
                }
            }
            i += w;
        }
        None
    }

    /// Whether the toned vowel at `i..i + w` has its mark where the style wants it.
    fn tone_ok(&self, text: &str, i: usize, w: usize, table: &Placement, t: &Tables) -> bool {
        let mut cluster = [0 as Letter; 3];
        let mut left = 0;
        let mut start = i;
        // Vowels to the left (at most two more: clusters have three letters).
        while start > 0 {
            let (c, cw) = char_before(text, start);
            let Some(info) = vowel(t, c) else { break };
            if info.tone != Tone::Ngang || left == 2 {
                return false;
            }
            cluster[left] = info.letter;
            left += 1;
            start -= cw;
        }
        cluster[..left].reverse();
        let Some(me) = t.letter(char_at(text, i).0) else {
            return false;
        };
        cluster[left] = me.letter;
        let mut n = left + 1;
        let mut end = i + w;
        while end < text.len() {
            let (c, cw) = char_at(text, end);
            let Some(info) = vowel(t, c) else { break };
            if info.tone != Tone::Ngang || n == 3 {
                return false;
            }
            cluster[n] = info.letter;
            n += 1;
            end += cw;
        }
        let before = if start == 0 {
            Before::Nothing
        } else {
            let (c, cw) = char_before(text, start);
            match t.letter(c) {
                None => Before::Nothing,
                Some(_) => {
                    let lone = start == cw || t.letter(char_before(text, start - cw).0).is_none();
                    match c {
                        'q' | 'Q' if lone => Before::Q,
                        'g' | 'G' if lone => Before::G,
                        _ => Before::Consonant,
                    }
                }
            }
        };
        let coda = end < text.len() && t.letter(char_at(text, end).0).is_some();
        let Some((old, new)) = table.get(before, &cluster[..n], coda) else {
            return false;
        };
        let at = left as u8;
        match self.tone {
            ToneStyle::Old => at == old,
            ToneStyle::New => at == new,
            ToneStyle::Keep => at == old || at == new,
        }
    }

    /// The slow path: from the first bail position on, handles one word at a time and goes
    /// back to scanning after it.
    fn run_nfc(&self, text: &str, first: Bail, out: &mut String) {
        let mut done = 0;
        let mut bail = Some(first);
        while let Some(p) = bail {
            let (start, end, candidate) = segment(text, done, p);
            out.push_str(&text[done..start]);
            let word = &text[start..end];
            if candidate {
                match Syllable::parse_with_repairs(word) {
                    Ok((syl, rep)) if self.repairs || !(rep.marks || rep.misplaced) => {
                        syl.write_to(out, Form::Nfc, self.tone)
                    }
                    _ => push_nfc(word, out),
                }
            } else {
                push_nfc(word, out);
            }
            done = end;
            bail = self.scan(text, end);
        }
        out.push_str(&text[done..]);
    }
}

/// Plain Unicode NFC of a piece of text that starts and ends at safe boundaries.
fn push_nfc(s: &str, out: &mut String) {
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        out.push_str(s);
    } else {
        out.extend(s.nfc());
    }
}

/// A character that NFC leaves alone whatever stands around it.
fn nfc_stable(c: char) -> bool {
    (c as u32) < 0x300
        || (canonical_combining_class(c) == 0
            && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes)
}

/// A character that can be part of a Vietnamese syllable candidate.
fn syllable_char(t: &Tables, c: char) -> bool {
    t.letter(c).is_some() || c == 'Ð' || c == 'ð' || letters::mark(c).is_some()
}

/// The piece of text to send to the slow path for a bail at `p`: a syllable candidate (a run
/// of letters and Vietnamese marks between characters that are not letters) or, failing
/// that, the text from the last ASCII character before `p` to the next one, where NFC can be
/// applied on its own. Never starts before `from`.
fn segment(text: &str, from: usize, p: usize) -> (usize, usize, bool) {
    let t = letters::tables();
    let mut start = p;
    while start > from {
        let (c, w) = char_before(text, start);
        if !syllable_char(t, c) {
            break;
        }
        start -= w;
    }
    let mut end = p;
    while end < text.len() {
        let (c, w) = char_at(text, end);
        if !syllable_char(t, c) {
            break;
        }
        end += w;
    }
    let first_is_letter = letters::mark(char_at(text, start).0).is_none();
    let before_ok = start == 0 || {
        let c = char_before(text, start).0;
        !c.is_alphabetic() && !syllable_char(t, c)
    };
    let after_ok = end == text.len() || {
        let c = char_at(text, end).0;
        !c.is_alphabetic() && nfc_stable(c)
    };
    if end > start && first_is_letter && before_ok && after_ok {
        return (start, end, true);
    }
    let b = text.as_bytes();
    let start = b[from..p]
        .iter()
        .rposition(|&x| x < 0x80)
        .map_or(from, |k| from + k);
    let end = b[p..]
        .iter()
        .position(|&x| x < 0x80)
        .map_or(b.len(), |k| p + k);
    (start, end, false)
}

fn vowel(t: &Tables, c: char) -> Option<LetterInfo> {
    if c.is_ascii() {
        if ASCII_CLASS[c as usize] != 2 {
            return None;
        }
    }
    t.letter(c).filter(|i| i.letter < letters::VOWELS)
}

/// The character starting at byte `i` (a char boundary) and its length.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let c = text[i..].chars().next().unwrap_or('\0');
    (c, c.len_utf8())
}

/// The character ending at byte `i` (a char boundary, > 0) and its length.
#[inline]
fn char_before(text: &str, i: usize) -> (char, usize) {
    let c = text[..i].chars().next_back().unwrap_or('\0');
    (c, c.len_utf8())
}

/// The syllable model's tone placement for every vowel cluster of up to three letters, by
/// what precedes it and whether a consonant follows: (old, new) index into the cluster.
struct Placement {
    table: Vec<u8>,
}

const UNKNOWN: u8 = 0xFF;

impl Placement {
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
        Placement { table }
    }

    #[inline]
    fn get(&self, before: Before, cluster: &[Letter], coda: bool) -> Option<(u8, u8)> {
        let v = *self.table.get(Self::key(before, cluster, coda))?;
        (v != UNKNOWN).then_some((v & 0xF, v >> 4))
    }
}

static PLACEMENT: LazyLock<Placement> = LazyLock::new(Placement::build);

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
/// NFC; letters of other languages (`ñ`, `ü`, `й`) are kept as they are.
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
            _ => match letters::mark(c) {
                // A Vietnamese mark that NFC left standing (on a letter of another script).
                Some(letters::Mark::Tone(_) | letters::Mark::DeprecatedTone(_)) => {}
                Some(_) if mode == Fold::All => {}
                _ => out.push(c),
            },
        }
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
        let p = &*PLACEMENT;
        assert_eq!(p.get(Before::Consonant, &[O, A], false), Some((0, 1)));
        assert_eq!(p.get(Before::Consonant, &[O, A], true), Some((1, 1)));
        assert_eq!(p.get(Before::Consonant, &[U, Y], false), Some((0, 1)));
        assert_eq!(p.get(Before::Q, &[U, Y], false), Some((1, 1)));
        assert_eq!(p.get(Before::G, &[I, A], false), Some((1, 1)));
        assert_eq!(p.get(Before::Consonant, &[O, O, O], false), None);
    }

    #[test]
    fn segments_stop_at_non_letters() {
        let text = "ừ, Ho\u{300}a!";
        let p = text.find('\u{300}').unwrap_or(0);
        let (s, e, cand) = segment(text, 0, p);
        assert_eq!((&text[s..e], cand), ("Ho\u{300}a", true));
        // A combining mark Vietnamese does not use: plain NFC from the last ASCII byte.
        let text = "xyz ñ\u{327}";
        let p = text.find('\u{327}').unwrap_or(0);
        let (s, e, cand) = segment(text, 0, p);
        assert_eq!((&text[s..e], cand), (" ñ\u{327}", false));
    }
}

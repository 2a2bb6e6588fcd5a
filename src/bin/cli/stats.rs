//! `vntext stats`: what a corpus is made of, before cleaning it.
//!
//! [`Stats`] is an accumulator: [`Stats::add_line`] looks at one line on its own and only adds
//! to counters, and [`Stats::merge`] adds two accumulators, so the report is the same however
//! the lines were split between workers and in whatever order their results are merged.
//! Everything it counts is decided by the library (the tokenizer, the syllable model, the
//! normalizer, legacy detection, the extractors); this file only tallies.
//!
//! Costs, per line: pure-ASCII lines skip the form, tone-style and repair checks (they have
//! no marks); a line the normalizer accepts as it is (its fast path) is not normalized twice;
//! legacy detection runs only on the few lines a byte-level word count cannot rule out
//! ([`may_be_legacy`]); one pass of the tokenizer gives the syllable counts and the tone
//! style (a bit per syllable key, no second parse); one pass of the extractor gives dates,
//! percentages and abbreviations. Nothing is allocated per line but by the library calls
//! and for a new abbreviation. On news text the extractor takes about half the time.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::sync::LazyLock;

use clap::Args;

use crate::input::{self, CliError, InputArgs, Out};
use crate::pipeline::{self, Cuts};
use serde::Serialize;
use vntext::{
    Encoding, Extracted, Extractor, Kind, Normalizer, Nucleus, Syllable, SyllableErrorKind,
    TokenKind, Tone, ToneStyle,
};

/// Report what a corpus is made of, before cleaning it: a table, or JSON with --json.
///
/// Size, Unicode form, tone-mark style, marks that need repair, legacy-encoding suspects,
/// invalid syllables, abbreviations, dates and percentages, from every input together.
/// Each line is judged on its own. The JSON object has these fields, in this order, and
/// the table the same rows:
///
///   bytes, lines.total
///       Bytes, line breaks included, and lines (a last line without a line break counts).
///   lines.ascii / nfc / nfd / mixed / other
///       ascii: only ASCII. nfc: precomposed Latin letters with marks (`ệ`), no combining
///       mark (U+0300–U+036F). nfd: combining marks, no precomposed letter. mixed: both.
///       other: neither, but not ASCII (`đ`, `“”`, CJK…).
///   lines.misplaced_marks
///       Lines where the normalizer's repairs change something beyond Unicode form and tone
///       style: a tone mark on a letter neither convention uses (`qủa`, `gìa`), the same mark
///       twice, marks in the wrong order, `Ð` for `Đ`.
///   tone_style.old / new
///       Syllables with a tone on an open oa, oe or uy, the only place the two conventions
///       differ: old `hòa khỏe thủy`, new `hoà khoẻ thuỷ` (`hoàn`, `quý` are neither).
///   legacy_lines.<encoding>
///       Lines that legacy detection, run on the line alone, finds written in tcvn3, vni,
///       viqr, viscii, vps or cp1258 (`Céng hßa x· héi` is tcvn3).
///   syllables.valid / invalid / invalid_marked / foreign / invalid_rate
///       Runs of letters: valid syllables; invalid: only Vietnamese letters but not one
///       syllable (`qoa`, `online`); invalid_marked: those of them with a mark (typos and
///       garbled text rather than foreign words); foreign: a letter outside the Vietnamese
///       alphabet (`f`, `w`, `ñ`). invalid_rate = invalid / (valid + invalid). Single
///       letters that are not syllables (`b)`), abbreviations, numbers, codes and URLs are
///       not counted.
///   dates, percentages
///       Dates and percentages found, as `vntext extract` finds them.
///   abbreviations.total / distinct / top
///       Government abbreviations found (`UBND`, `KT-XH`), by their text (NFC), the `--top`
///       most frequent with their count, most frequent first, then by text.
///
/// Example:
///
///   printf 'Thuỷ lợi Hoà Bình, qủa cam\nUBND tỉnh tăng 8,5%%.\n' | vntext stats
///
///   bytes                         59
///   lines                          2
///     ascii                        0
///     nfc                          2
///     nfd                          0
///     mixed                        0
///     other                        0
///     misplaced marks              1
///   tone style: old (hòa)          0
///               new (hoà)          2
///   legacy-encoding lines          0
///   syllables                      8
///     invalid                      0   0.00%
///     invalid, with marks          0
///     foreign                      0
///   dates                          0
///   percentages                    1
///   abbreviations                  1   (1 distinct)
///     UBND                         1
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct StatsArgs {
    /// Write one JSON object (its fields are described in --help) instead of a table.
    #[arg(long)]
    pub json: bool,
    /// How many of the most frequent abbreviations to list.
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub top: usize,
    #[command(flatten)]
    pub input: InputArgs,
}

/// `vntext stats`: every input, in batches of lines on all threads, each batch counted on
/// its own and the counts merged; the report goes to `out` at the end.
pub fn main(args: &StatsArgs, out: &mut impl Write) -> Result<(), CliError> {
    let mut total = Stats::default();
    // Errors in JSON Lines name their line; plain text needs no line numbers.
    let cuts = if args.input.jsonl {
        Cuts::Lines
    } else {
        Cuts::LinesUncounted
    };
    pipeline::drive(
        &args.input,
        cuts,
        |batch| {
            let mut o = Out::<Stats>::default();
            input::for_each_doc(batch, &args.input, &mut o, |doc, o| {
                if doc.json.is_some() {
                    // A document's text may hold several lines.
                    for line in doc.text.split_inclusive('\n') {
                        o.extra.add_line(line);
                    }
                } else {
                    o.extra.add_line(doc.text);
                }
            });
            o
        },
        out,
        |s| total.merge(s),
    )?;
    total.write(args, out).map_err(pipeline::stdout_error)?;
    out.flush().map_err(pipeline::stdout_error)
}

/// Counts over the lines added so far; see the module documentation.
#[derive(Default, Clone, Debug)]
pub struct Stats {
    bytes: u64,
    lines: Lines,
    tone_old: u64,
    tone_new: u64,
    /// Lines per encoding name.
    legacy: BTreeMap<&'static str, u64>,
    syllables: Syllables,
    dates: u64,
    percentages: u64,
    /// Abbreviations by their NFC text.
    abbreviations: HashMap<String, u64>,
}

#[derive(Default, Clone, Copy, Debug, PartialEq, Eq, Serialize)]
struct Lines {
    total: u64,
    ascii: u64,
    nfc: u64,
    nfd: u64,
    mixed: u64,
    other: u64,
    misplaced_marks: u64,
}

#[derive(Default, Clone, Copy, Debug, PartialEq, Eq)]
struct Syllables {
    valid: u64,
    invalid: u64,
    invalid_marked: u64,
    foreign: u64,
}

impl Stats {
    /// Counts one line of input, its line break (`\n` or `\r\n`) included if it has one.
    pub fn add_line(&mut self, line: &str) {
        self.bytes += line.len() as u64;
        self.lines.total += 1;
        let text = line
            .strip_suffix('\n')
            .map_or(line, |l| l.strip_suffix('\r').unwrap_or(l));
        let ascii = text.is_ascii();
        if ascii {
            self.lines.ascii += 1;
        } else {
            match form(text) {
                LineForm::Nfc => self.lines.nfc += 1,
                LineForm::Nfd => self.lines.nfd += 1,
                LineForm::Mixed => self.lines.mixed += 1,
                LineForm::Other => self.lines.other += 1,
            }
            if needs_repair(text) {
                self.lines.misplaced_marks += 1;
            }
        }
        if may_be_legacy(text)
            && let Some(e) = vntext::detect_str(text).encoding
        {
            *self.legacy.entry(e.name()).or_default() += 1;
        }
        self.tokens(text, ascii);
        self.extract(text);
    }

    /// Syllable counts and tone style, from one pass of the tokenizer.
    fn tokens(&mut self, text: &str, ascii: bool) {
        for t in vntext::tokens(text) {
            match t.kind {
                TokenKind::Syllable => {
                    self.syllables.valid += 1;
                    // A tone needs a mark, and a mark is not ASCII.
                    if !ascii && !t.text.is_ascii() {
                        match t.key().and_then(|k| open_style(t.text, k)) {
                            Some(ToneStyle::Old) => self.tone_old += 1,
                            Some(_) => self.tone_new += 1,
                            None => {}
                        }
                    }
                }
                // One letter is a list marker (`b)`) or an initial, not a misspelt syllable.
                TokenKind::Word if t.text.chars().nth(1).is_none() => {}
                TokenKind::Word => match Syllable::parse(t.text) {
                    // The tokenizer calls a run a word when it is not a syllable: an `Ok` here
                    // would be a disagreement between the two; count it as valid.
                    Ok(_) => self.syllables.valid += 1,
                    Err(e) if e.kind() == SyllableErrorKind::NotVietnamese || foreign(t.text) => {
                        self.syllables.foreign += 1;
                    }
                    Err(_) => {
                        self.syllables.invalid += 1;
                        if !t.text.is_ascii() {
                            self.syllables.invalid_marked += 1;
                        }
                    }
                },
                _ => {}
            }
        }
    }

    /// Dates, percentages and abbreviations, from one pass of the extractor.
    fn extract(&mut self, text: &str) {
        static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| {
            Extractor::new().kinds(&[Kind::Date, Kind::Percent, Kind::Abbreviation])
        });
        for m in EXTRACTOR.extract(text) {
            match m.value {
                Extracted::Date(_) => self.dates += 1,
                Extracted::Percent(_) => self.percentages += 1,
                Extracted::Abbreviation(_) => {
                    let written = text.get(m.span.range()).unwrap_or_default();
                    let nfc = vntext::nfc(written);
                    match self.abbreviations.get_mut(nfc.as_ref()) {
                        Some(n) => *n += 1,
                        None => {
                            self.abbreviations.insert(nfc.into_owned(), 1);
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// Adds the counts of `other`, as if its lines had been added to `self`.
    pub fn merge(&mut self, other: Stats) {
        let Stats {
            bytes,
            lines,
            tone_old,
            tone_new,
            legacy,
            syllables,
            dates,
            percentages,
            abbreviations,
        } = other;
        self.bytes += bytes;
        let l = &mut self.lines;
        l.total += lines.total;
        l.ascii += lines.ascii;
        l.nfc += lines.nfc;
        l.nfd += lines.nfd;
        l.mixed += lines.mixed;
        l.other += lines.other;
        l.misplaced_marks += lines.misplaced_marks;
        self.tone_old += tone_old;
        self.tone_new += tone_new;
        for (name, n) in legacy {
            *self.legacy.entry(name).or_default() += n;
        }
        let s = &mut self.syllables;
        s.valid += syllables.valid;
        s.invalid += syllables.invalid;
        s.invalid_marked += syllables.invalid_marked;
        s.foreign += syllables.foreign;
        self.dates += dates;
        self.percentages += percentages;
        if self.abbreviations.len() < abbreviations.len() {
            // Add the smaller map into the larger one.
            let mine = std::mem::replace(&mut self.abbreviations, abbreviations);
            for (text, n) in mine {
                *self.abbreviations.entry(text).or_default() += n;
            }
        } else {
            for (text, n) in abbreviations {
                *self.abbreviations.entry(text).or_default() += n;
            }
        }
    }

    /// The report, with the fields in a fixed order.
    fn report(&self, top: usize) -> Report<'_> {
        let mut abbrs: Vec<(&str, u64)> = (self.abbreviations.iter())
            .map(|(t, &n)| (t.as_str(), n))
            .collect();
        abbrs.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        abbrs.truncate(top);
        let s = self.syllables;
        let judged = s.valid + s.invalid;
        Report {
            bytes: self.bytes,
            lines: self.lines,
            tone_style: ToneCounts {
                old: self.tone_old,
                new: self.tone_new,
            },
            legacy_lines: Encoding::ALL
                .iter()
                .map(|e| (e.name(), self.legacy.get(e.name()).copied().unwrap_or(0)))
                .collect(),
            syllables: SyllableReport {
                valid: s.valid,
                invalid: s.invalid,
                invalid_marked: s.invalid_marked,
                foreign: s.foreign,
                invalid_rate: if judged == 0 {
                    0.0
                } else {
                    s.invalid as f64 / judged as f64
                },
            },
            dates: self.dates,
            percentages: self.percentages,
            abbreviations: AbbreviationReport {
                total: self.abbreviations.values().sum(),
                distinct: self.abbreviations.len() as u64,
                top: abbrs
                    .into_iter()
                    .map(|(text, count)| Counted { text, count })
                    .collect(),
            },
        }
    }

    /// Writes the report: a table, or one line of JSON with `--json`.
    pub fn write(&self, args: &StatsArgs, out: &mut impl Write) -> io::Result<()> {
        let r = self.report(args.top);
        if args.json {
            serde_json::to_writer(&mut *out, &r)?;
            return writeln!(out);
        }
        let l = &r.lines;
        let s = &r.syllables;
        let a = &r.abbreviations;
        let rate = format!("   {:.2}%", 100.0 * s.invalid_rate);
        let distinct = format!("   ({} distinct)", a.distinct);
        let mut rows: Vec<(String, u64, &str)> = [
            ("bytes", r.bytes),
            ("lines", l.total),
            ("  ascii", l.ascii),
            ("  nfc", l.nfc),
            ("  nfd", l.nfd),
            ("  mixed", l.mixed),
            ("  other", l.other),
            ("  misplaced marks", l.misplaced_marks),
            ("tone style: old (hòa)", r.tone_style.old),
            ("            new (hoà)", r.tone_style.new),
            ("legacy-encoding lines", r.legacy_lines.values().sum()),
        ]
        .into_iter()
        .map(|(label, n)| (label.to_string(), n, ""))
        .collect();
        for &(name, n) in &r.legacy_lines {
            if n > 0 {
                rows.push((format!("  {name}"), n, ""));
            }
        }
        rows.extend([
            ("syllables".to_string(), s.valid, ""),
            ("  invalid".to_string(), s.invalid, rate.as_str()),
            ("  invalid, with marks".to_string(), s.invalid_marked, ""),
            ("  foreign".to_string(), s.foreign, ""),
            ("dates".to_string(), r.dates, ""),
            ("percentages".to_string(), r.percentages, ""),
            ("abbreviations".to_string(), a.total, distinct.as_str()),
        ]);
        for c in &a.top {
            rows.push((format!("  {}", c.text), c.count, ""));
        }
        for (label, n, after) in rows {
            // Labels are padded by characters, not bytes (`hòa`, `HĐND`).
            let pad = LABEL_WIDTH.saturating_sub(label.chars().count());
            writeln!(out, "{label}{:pad$}{n:>8}{after}", "")?;
        }
        Ok(())
    }
}

/// Width of the table's label column, in characters.
const LABEL_WIDTH: usize = 24;

/// The report as the table and JSON show it.
#[derive(Serialize)]
struct Report<'a> {
    bytes: u64,
    lines: Lines,
    tone_style: ToneCounts,
    /// Every encoding, in `Encoding::ALL` order.
    legacy_lines: indexmap_like::Ordered,
    syllables: SyllableReport,
    dates: u64,
    percentages: u64,
    abbreviations: AbbreviationReport<'a>,
}

#[derive(Serialize)]
struct ToneCounts {
    old: u64,
    new: u64,
}

#[derive(Serialize)]
struct SyllableReport {
    valid: u64,
    invalid: u64,
    invalid_marked: u64,
    foreign: u64,
    invalid_rate: f64,
}

#[derive(Serialize)]
struct AbbreviationReport<'a> {
    total: u64,
    distinct: u64,
    top: Vec<Counted<'a>>,
}

#[derive(Serialize)]
struct Counted<'a> {
    text: &'a str,
    count: u64,
}

/// A map that serializes its entries in insertion order (serde_json's own map sorts keys).
mod indexmap_like {
    use serde::ser::{Serialize, SerializeMap, Serializer};

    #[derive(Default)]
    pub struct Ordered(Vec<(&'static str, u64)>);

    impl Ordered {
        pub fn values(&self) -> impl Iterator<Item = u64> + '_ {
            self.0.iter().map(|&(_, n)| n)
        }
    }

    impl<'a> IntoIterator for &'a Ordered {
        type Item = &'a (&'static str, u64);
        type IntoIter = std::slice::Iter<'a, (&'static str, u64)>;
        fn into_iter(self) -> Self::IntoIter {
            self.0.iter()
        }
    }

    impl FromIterator<(&'static str, u64)> for Ordered {
        fn from_iter<I: IntoIterator<Item = (&'static str, u64)>>(it: I) -> Self {
            Ordered(it.into_iter().collect())
        }
    }

    impl Serialize for Ordered {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut m = s.serialize_map(Some(self.0.len()))?;
            for (k, v) in &self.0 {
                m.serialize_entry(k, v)?;
            }
            m.end()
        }
    }
}

/// The Unicode form of a line that is not pure ASCII.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineForm {
    Nfc,
    Nfd,
    Mixed,
    Other,
}

/// Whether `text` has combining marks (U+0300–U+036F: UTF-8 `CC 80`–`CD AF`) and precomposed
/// Latin letters with marks, found with a byte scan and one decomposition lookup per
/// candidate character until the first one is found.
fn form(text: &str) -> LineForm {
    let b = text.as_bytes();
    let combining = b
        .windows(2)
        .any(|w| w[0] == 0xCC || (w[0] == 0xCD && w[1] < 0xB0));
    let precomposed = text.chars().any(is_precomposed_latin);
    match (precomposed, combining) {
        (true, false) => LineForm::Nfc,
        (false, true) => LineForm::Nfd,
        (true, true) => LineForm::Mixed,
        (false, false) => LineForm::Other,
    }
}

/// A Latin letter that Unicode decomposes into a letter and marks (`é`, `ệ`, `ơ`; not `đ`).
fn is_precomposed_latin(c: char) -> bool {
    if !matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) {
        return false;
    }
    let mut n = 0;
    unicode_normalization::char::decompose_canonical(c, |_| n += 1);
    n > 1
}

/// Whether the normalizer's repairs change `text` beyond form and tone style: normalizing in
/// each syllable's own style (`Keep`) with repairs and without them gives different text.
fn needs_repair(text: &str) -> bool {
    const REPAIR: Normalizer = Normalizer::new().tone(ToneStyle::Keep);
    const PLAIN: Normalizer = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
    !REPAIR.is_normalized(text) && REPAIR.normalize(text) != PLAIN.normalize(text)
}

/// Whether a run of letters has one of the ASCII letters the Vietnamese alphabet lacks. (The
/// syllable model reads them as consonants, so that `world` is an invalid onset; a non-ASCII
/// letter outside the alphabet is its error `NotVietnamese`.)
fn foreign(word: &str) -> bool {
    word.bytes()
        .any(|b| matches!(b | 0x20, b'f' | b'j' | b'w' | b'z'))
}

/// A cheap test that is true whenever [`vntext::detect_str`] could name an encoding for the
/// line `text`, so that most Unicode lines skip detection. It rests on how detection decides
/// (`src/legacy/detect.rs`, `viqr.rs`; `maybe_legacy_agrees_with_detection` checks it):
///
/// - An encoding claims a line only with two or more votes and more votes than Unicode words.
/// - A table encoding (all but VIQR) gets a vote only from a whitespace-separated word that is
///   not printable ASCII and has no character legacy bytes read as Windows-1252 cannot give;
///   a word with such a character (`ơ`, `ạ`, a combining mark) counts as a Unicode word. So
///   there must be two such "maybe legacy" words, and more of them than words with one of
///   those characters ([`WordClass::Unicode`] finds a subset of them: fewer is still safe).
///   And a word votes only when its letters as written are no syllable ([`could_vote`]).
/// - VIQR claims nothing without a strong word: one with `^ ( + ~` or a backtick after a
///   letter (maybe after other marks), `*` inside it, or `dd`.
///
/// Detection reads at most 64 KiB; longer lines are always detected.
fn may_be_legacy(text: &str) -> bool {
    if text.len() > 64 * 1024 || may_be_viqr(text.as_bytes()) {
        return true;
    }
    // Words as `split_whitespace` makes them: split at ASCII whitespace, and if a word has
    // other whitespace (rare), again with `char::is_whitespace`.
    let (mut maybe, mut unicode) = (0u32, 0u32);
    for w in text
        .as_bytes()
        .split(|&c| matches!(c, b'\t'..=b'\r' | b' '))
    {
        match word_class(w) {
            WordClass::Ascii => {}
            WordClass::Maybe => maybe += 1,
            WordClass::Unicode => unicode += 1,
            WordClass::Spaces => {
                let w = std::str::from_utf8(w).unwrap_or_default();
                for w in w.split_whitespace() {
                    match word_class(w.as_bytes()) {
                        WordClass::Maybe => maybe += 1,
                        WordClass::Unicode => unicode += 1,
                        _ => {}
                    }
                }
            }
        }
    }
    if maybe < 2 || maybe <= unicode {
        return false;
    }
    // Second look: a word whose letters already are a syllable in a sane case never votes
    // (decoding it gives evidence only when the letters as written are no syllable).
    let voters = text
        .split_whitespace()
        .filter(|w| word_class(w.as_bytes()) == WordClass::Maybe && could_vote(w))
        .count() as u32;
    voters >= 2 && voters > unicode
}

/// Whether detection might count `word` as legacy: unless its letters (what is between the
/// first and the last letter) are a Vietnamese syllable written in lower case, capitalised
/// or in capitals (`là`, `Hà`, `CÁC`; not `hßa`, `Céng`, `vÀ`).
fn could_vote(word: &str) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphabetic());
    let mut cases = core
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(char::is_uppercase);
    let Some(first) = cases.next() else {
        return true;
    };
    let (mut upper, mut lower) = (0, 0);
    for u in cases {
        if u {
            upper += 1;
        } else {
            lower += 1;
        }
    }
    let sane = upper == 0 || (first && lower == 0);
    !(sane && vntext::is_valid(core))
}

/// What one word (no ASCII whitespace in it) is for [`may_be_legacy`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WordClass {
    /// Printable ASCII: no table encoding changes it.
    Ascii,
    /// It might be legacy text read as Windows-1252.
    Maybe,
    /// It has a letter or combining mark no byte read as Windows-1252 gives: Latin
    /// Extended-A/B but `Œ œ Š š Ÿ Ž ž ƒ` (lead bytes `C4`–`C9`), combining diacritics (`CC`,
    /// `CD 80`–`CD AF`), Latin Extended Additional (`ạ ế ở`: `E1 B8`–`E1 BB`). Detection
    /// counts such a word as Unicode (and maybe others: fewer is safe).
    Unicode,
    /// It has whitespace other than ASCII: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028,
    /// U+2029, U+202F, U+205F, U+3000.
    Spaces,
}

fn word_class(w: &[u8]) -> WordClass {
    if w.iter().all(|&c| (0x20..0x7F).contains(&c)) {
        return WordClass::Ascii;
    }
    let mut sure = false;
    for (i, &c) in w.iter().enumerate() {
        // Only lead bytes (0xC0 and above) are matched: never a continuation byte.
        if c < 0xC0 {
            continue;
        }
        let c1 = w.get(i + 1).copied().unwrap_or(0);
        let c2 = w.get(i + 2).copied().unwrap_or(0);
        match c {
            0xC2 if matches!(c1, 0x85 | 0xA0) => return WordClass::Spaces,
            0xE1 if c1 == 0x9A && c2 == 0x80 => return WordClass::Spaces,
            0xE2 if c1 == 0x80 && matches!(c2, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF) => {
                return WordClass::Spaces;
            }
            0xE2 if c1 == 0x81 && c2 == 0x9F => return WordClass::Spaces,
            0xE3 if c1 == 0x80 && c2 == 0x80 => return WordClass::Spaces,
            0xC4 | 0xC7 | 0xC8 | 0xCC => sure = true,
            0xC5 => sure |= !matches!(c1, 0x92 | 0x93 | 0xA0 | 0xA1 | 0xB8 | 0xBD | 0xBE),
            0xC6 => sure |= c1 != 0x92,
            0xC9 => sure |= c1 < 0x90,
            0xCD => sure |= c1 < 0xB0,
            0xE1 => sure |= (0xB8..=0xBB).contains(&c1),
            _ => {}
        }
    }
    if sure {
        WordClass::Unicode
    } else {
        WordClass::Maybe
    }
}

/// Whether the line has a VIQR strong mark: `^ ( + ~ * `` ` after an ASCII letter or after
/// another VIQR mark (`a.^`), or `dd` in any case.
fn may_be_viqr(b: &[u8]) -> bool {
    let mark = |c: u8| {
        matches!(
            c,
            b'^' | b'(' | b'+' | b'*' | b'\'' | b'`' | b'?' | b'~' | b'.'
        )
    };
    b.windows(2).any(|w| {
        (matches!(w[1], b'^' | b'(' | b'+' | b'*' | b'~' | b'`')
            && (w[0].is_ascii_alphabetic() || mark(w[0])))
            || w.eq_ignore_ascii_case(b"dd")
    })
}

/// The tone style of a syllable token with key `key`, if it has a tone on an open `oa`, `oe`
/// or `uy`: new when its last letter (the nucleus) carries the tone mark, old otherwise.
fn open_style(text: &str, key: u32) -> Option<ToneStyle> {
    let k = key as usize;
    if OPEN_TONED
        .get(k / 64)
        .is_none_or(|w| w & (1 << (k % 64)) == 0)
    {
        return None;
    }
    // The last letter with its marks (combining marks follow the letter in NFD).
    let last = (text.char_indices().rev())
        .find(|&(_, c)| !matches!(c as u32, 0x300..=0x36F))
        .map_or(0, |(i, _)| i);
    let toned = Syllable::parse(&text[last..]).is_ok_and(|s| s.tone() != Tone::Ngang);
    Some(if toned {
        ToneStyle::New
    } else {
        ToneStyle::Old
    })
}

/// A bit per syllable key (keys fit in 20 bits): set for the keys of the syllables whose tone
/// mark the two conventions place differently, built by asking the syllable model about
/// every onset before `oa`, `oe`, `uy` with every tone.
static OPEN_TONED: LazyLock<Vec<u64>> = LazyLock::new(|| {
    const ONSETS: [&str; 28] = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
        "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
    ];
    let mut bits = vec![0u64; (1 << 20) / 64];
    let mut s = String::new();
    for onset in ONSETS {
        for rime in ["oa", "oe", "uy"] {
            for mark in ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'] {
                s.clear();
                s.push_str(onset);
                s.push_str(rime);
                s.push(mark);
                let Ok(syl) = Syllable::parse(&s) else {
                    continue;
                };
                let open = syl.glide().is_some()
                    && syl.coda().is_none()
                    && matches!(syl.nucleus(), Nucleus::A | Nucleus::E | Nucleus::Y);
                let k = syl.key() as usize;
                if open && k < 1 << 20 {
                    bits[k / 64] |= 1 << (k % 64);
                }
            }
        }
    }
    bits
});

#[cfg(test)]
mod tests {
    use super::*;

    fn stats(text: &str) -> Stats {
        let mut s = Stats::default();
        for line in text.split_inclusive('\n') {
            s.add_line(line);
        }
        s
    }

    fn args(json: bool, top: usize) -> StatsArgs {
        StatsArgs {
            json,
            top,
            input: InputArgs::default(),
        }
    }

    fn json(s: &Stats, top: usize) -> serde_json::Value {
        let mut out = Vec::new();
        s.write(&args(true, top), &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    fn lines(s: &Stats) -> Lines {
        s.lines
    }

    #[test]
    fn bytes_and_lines_count_line_breaks() {
        let s = stats("Hà Nội\r\nSài Gòn\nHuế");
        assert_eq!(
            s.bytes,
            ("Hà Nội".len() + 2 + "Sài Gòn".len() + 1 + "Huế".len()) as u64
        );
        assert_eq!(s.lines.total, 3);
        assert_eq!(s.lines.nfc, 3);
        assert_eq!(s.syllables.valid, 5);
        assert_eq!(Stats::default().lines.total, 0);
    }

    #[test]
    fn forms_of_lines() {
        let s = stats(concat!(
            "Vie\u{323}\u{302}t Nam\n",                                // NFD
            "Việt Nam\n",                                              // NFC
            "Vie\u{323}\u{302}t Nam độc lập\n",                        // both
            "Đi “ok” 中文\n",                                          // neither, not ASCII
            "Viet Nam\n",                                              // ASCII
            "Ho\u{300}a Bi\u{300}nh, thu\u{309}y lo\u{31b}\u{323}i\n", // NFD
        ));
        let l = lines(&s);
        assert_eq!(
            (l.total, l.nfd, l.nfc, l.mixed, l.other, l.ascii),
            (6, 2, 1, 1, 1, 1)
        );
        // Decomposed syllables are syllables, and none needs a repair.
        assert_eq!(s.syllables.valid, 2 + 2 + 4 + 1 + 1 + 4);
        // `ok`, and `Viet`: `ie` needs its circumflex and a final.
        assert_eq!((s.syllables.invalid, l.misplaced_marks), (2, 0));
    }

    #[test]
    fn tone_styles() {
        let s = stats("Hòa Bình, sức khỏe, thủy lợi, Ủy ban; hoàn, quý, già, thuyền, của, hoa\n");
        assert_eq!((s.tone_old, s.tone_new), (4, 0));
        let s = stats("Hoà Bình, sức khoẻ, thuỷ lợi, Uỷ ban; hoàn, quý, già, thuyền, của\n");
        assert_eq!((s.tone_old, s.tone_new), (0, 4));
        // Upper case, NFD with the mark on either letter.
        let s = stats("THUỶ LỢI HÒA BÌNH\nHo\u{300}a hoa\u{300} KHOE\u{309} KHO\u{309}E\n");
        assert_eq!((s.tone_old, s.tone_new), (3, 3));
        assert_eq!(s.lines.misplaced_marks, 0);
    }

    #[test]
    fn misplaced_marks() {
        let s = stats(concat!(
            "qủa cam\n",            // the mark on the `u` of `qu`
            "gìa và trẻ\n",         // on the `i` of `gi`
            "ca\u{301}\u{301}c\n",  // the same mark twice
            "Ðà Nẵng\n",            // U+00D0 for Đ
            "e\u{301}\u{302}\n",    // marks in the wrong order
            "Hoà Bình, thuỷ lợi\n", // a tone style is no repair
            "Vie\u{323}\u{302}t\n", // nor NFD
            "quả già\n",
        ));
        assert_eq!(s.lines.misplaced_marks, 5);
        // Repaired syllables are still syllables (the tokenizer reads them so).
        assert_eq!(s.syllables.invalid, 0);
    }

    #[test]
    fn legacy_suspects() {
        let s = stats(concat!(
            "Céng hßa x· héi chñ nghÜa ViÖt Nam\n", // TCVN3 read as Windows-1252
            "Coäng hoøa xaõ hoäi chuû nghóa\n",     // VNI
            "Vie^.t Nam ddo^.c la^.p\n",            // VIQR (ASCII)
            "Cộng hòa xã hội chủ nghĩa Việt Nam\n",
            "Giá 5€, © 2020 Báo Mới » Kinh tế\n",
            "The café is open, isn't it? (a+b)^2\n",
        ));
        let by_name: Vec<(&str, u64)> = s.legacy.iter().map(|(&k, &v)| (k, v)).collect();
        assert_eq!(by_name, [("tcvn3", 1), ("viqr", 1), ("vni", 1)]);
        assert_eq!((s.lines.nfc, s.lines.ascii), (5, 1));
        // Garbled words are invalid syllables with marks, or foreign (`ß`, `ñ`, `Ü`, `Ö`).
        assert!(s.syllables.invalid_marked >= 2, "{:?}", s.syllables);
        assert!(s.syllables.foreign >= 4, "{:?}", s.syllables);
    }

    #[test]
    fn invalid_and_foreign_words() {
        // online, ok: Vietnamese letters, no syllable; Zoom, fanpage, Wifi: letters Vietnamese
        // lacks; Céng: a mark, no syllable; b, c (list markers): not counted; UBND: an
        // abbreviation.
        let s = stats("b) Họp online qua Zoom, fanpage, Wifi; ok. c) Céng UBND\n");
        let y = s.syllables;
        assert_eq!(
            (y.valid, y.invalid, y.invalid_marked, y.foreign),
            (2, 3, 1, 3)
        );
        let j = json(&s, 10);
        assert_eq!(j["syllables"]["invalid_rate"], 0.6);
    }

    #[test]
    fn dates_percentages_abbreviations() {
        let s = stats(concat!(
            "Ngày 06/01/2019, UBND tỉnh đặt mục tiêu tăng 8,5 - 9%, GRDP tăng 7,25%.\n",
            "HĐND và UBND tỉnh; Ủy ban MTTQ; quý I/2020 đạt 12,5 phần trăm.\n",
            "NĂM 2020, HĐND TỈNH\n",
        ));
        assert_eq!((s.dates, s.percentages), (3, 3));
        let j = json(&s, 2);
        // UBND ×2, HĐND ×2, GRDP, MTTQ.
        assert_eq!(j["abbreviations"]["total"], 6);
        assert_eq!(j["abbreviations"]["distinct"], 4);
        // By count, then by text; `--top` cuts the list.
        assert_eq!(
            j["abbreviations"]["top"],
            serde_json::json!([{"text": "HĐND", "count": 2}, {"text": "UBND", "count": 2}])
        );
    }

    #[test]
    fn abbreviations_are_counted_by_their_nfc_text() {
        // `TƯ` in NFD and NFC is one abbreviation.
        let s = stats("Ban Chấp hành TƯ Đảng và TU\u{31b} Đoàn\n");
        let counts: Vec<(&str, u64)> = s
            .abbreviations
            .iter()
            .map(|(k, &v)| (k.as_str(), v))
            .collect();
        assert_eq!(counts, [("TƯ", 2)]);
    }

    #[test]
    fn json_fields() {
        let s = stats("Thuỷ lợi Hoà Bình, qủa cam\nUBND tỉnh tăng 8,5%.\n");
        let j = json(&s, 10);
        let expected = serde_json::json!({
            "bytes": 59,
            "lines": {"total": 2, "ascii": 0, "nfc": 2, "nfd": 0, "mixed": 0, "other": 0,
                      "misplaced_marks": 1},
            "tone_style": {"old": 0, "new": 2},
            "legacy_lines": {"tcvn3": 0, "vni": 0, "viqr": 0, "viscii": 0, "vps": 0, "cp1258": 0},
            "syllables": {"valid": 8, "invalid": 0, "invalid_marked": 0, "foreign": 0,
                          "invalid_rate": 0.0},
            "dates": 0,
            "percentages": 1,
            "abbreviations": {"total": 1, "distinct": 1, "top": [{"text": "UBND", "count": 1}]},
        });
        assert_eq!(j, expected);
        assert_eq!(
            s.bytes as usize,
            "Thuỷ lợi Hoà Bình, qủa cam\nUBND tỉnh tăng 8,5%.\n".len()
        );
        // The fields in the documented order.
        let mut out = Vec::new();
        s.write(&args(true, 10), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let order = [
            "\"bytes\"",
            "\"lines\"",
            "\"tone_style\"",
            "\"legacy_lines\"",
            "\"syllables\"",
            "\"dates\"",
            "\"percentages\"",
            "\"abbreviations\"",
        ];
        let at: Vec<usize> = order.iter().map(|k| text.find(k).unwrap()).collect();
        assert!(at.windows(2).all(|w| w[0] < w[1]), "{text}");
        assert!(text.ends_with("}\n"));
    }

    #[test]
    fn table() {
        let s = stats("Thuỷ lợi Hoà Bình, qủa cam\nUBND tỉnh tăng 8,5%.\n");
        let mut out = Vec::new();
        s.write(&args(false, 10), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let expected = "\
bytes                         59
lines                          2
  ascii                        0
  nfc                          2
  nfd                          0
  mixed                        0
  other                        0
  misplaced marks              1
tone style: old (hòa)          0
            new (hoà)          2
legacy-encoding lines          0
syllables                      8
  invalid                      0   0.00%
  invalid, with marks          0
  foreign                      0
dates                          0
percentages                    1
abbreviations                  1   (1 distinct)
  UBND                         1
";
        assert_eq!(text, expected);
    }

    /// The report of `text` added in one accumulator, and in pieces cut at `cuts` (line
    /// numbers) merged in the order `order` gives.
    fn pieces(text: &str, cuts: &[usize], reverse: bool) -> Stats {
        let lines: Vec<&str> = text.split_inclusive('\n').collect();
        let mut bounds = vec![0];
        bounds.extend(cuts.iter().map(|&c| c.min(lines.len())));
        bounds.push(lines.len());
        let mut parts: Vec<Stats> = bounds
            .windows(2)
            .map(|w| {
                let mut s = Stats::default();
                for l in &lines[w[0]..w[1]] {
                    s.add_line(l);
                }
                s
            })
            .collect();
        if reverse {
            parts.reverse();
        }
        let mut total = Stats::default();
        for p in parts {
            total.merge(p);
        }
        total
    }

    fn outputs(s: &Stats) -> (String, String) {
        let mut table = Vec::new();
        s.write(&args(false, 1000), &mut table).unwrap();
        let mut json = Vec::new();
        s.write(&args(true, 1000), &mut json).unwrap();
        (
            String::from_utf8(table).unwrap(),
            String::from_utf8(json).unwrap(),
        )
    }

    #[test]
    fn merging_pieces_equals_adding_everything() {
        let text = include_str!("../../../tests/data/binhvq-news-300.txt");
        let mixed =
            "Céng hßa x· héi chñ nghÜa\nVie^.t Nam ddo^.c la^.p\nqủa gìa\nHo\u{300}a Bình\n";
        let text = format!("{text}{mixed}{text}");
        let whole = stats(&text);
        let expected = outputs(&whole);
        assert!(whole.abbreviations.len() > 3 && whole.dates > 10 && whole.tone_old > 0);
        assert!(whole.legacy.len() == 2 && whole.lines.misplaced_marks == 1);
        for (cuts, reverse) in [
            (&[150][..], false),
            (&[150][..], true),
            (&[1, 2, 299, 300, 301, 302, 303, 304, 450][..], true),
            (&[0, 0, 604][..], false),
        ] {
            let merged = pieces(&text, cuts, reverse);
            assert_eq!(
                outputs(&merged),
                expected,
                "cuts {cuts:?}, reverse {reverse}"
            );
        }
    }

    /// `may_be_legacy` may only skip lines detection would not claim.
    #[test]
    fn maybe_legacy_agrees_with_detection() {
        let mut texts: Vec<String> = [
            include_str!("../../../tests/data/binhvq-news-300.txt"),
            include_str!("../../../data/samples/gov-news.txt"),
            include_str!("../../../data/samples/news-messy.txt"),
            include_str!("../../../tests/data/legacy/detect-en.txt"),
            include_str!("../../../tests/data/legacy/detect-unicode.txt"),
            include_str!("../../../tests/data/legacy/detect-vi.txt"),
        ]
        .map(String::from)
        .to_vec();
        // The legacy files as their bytes read as Latin-1 (lines long and short).
        for bytes in [
            &include_bytes!("../../../tests/data/legacy/langson.tcvn3")[..],
            include_bytes!("../../../tests/data/legacy/langson.vni"),
            include_bytes!("../../../tests/data/legacy/langson.viqr"),
            include_bytes!("../../../tests/data/legacy/langson.viscii"),
            include_bytes!("../../../tests/data/legacy/langson.vps"),
            include_bytes!("../../../tests/data/legacy/langson.cp1258"),
        ] {
            let text: String = bytes.iter().map(|&b| b as char).collect();
            let short: String = text
                .split_whitespace()
                .collect::<Vec<_>>()
                .chunks(3)
                .map(|c| c.join(" ") + "\n")
                .collect();
            texts.push(text);
            texts.push(short);
        }
        let (mut skipped, mut claimed) = (0, 0);
        for line in texts.iter().flat_map(|t| t.lines()) {
            let found = vntext::detect_str(line).encoding;
            claimed += found.is_some() as u32;
            if !may_be_legacy(line) {
                skipped += 1;
                assert_eq!(found, None, "{line}");
            }
        }
        // Most Unicode lines are skipped, and many legacy lines are there to be claimed.
        assert!(skipped > 500 && claimed > 300, "{skipped} {claimed}");
    }

    #[test]
    fn word_classes() {
        use WordClass::*;
        let class = |w: &str| word_class(w.as_bytes());
        assert_eq!(class("Nam,"), Ascii);
        assert_eq!(class("là"), Maybe);
        assert_eq!(class("hßa"), Maybe);
        assert_eq!(class("Œuvre"), Maybe);
        for w in ["Việt", "đi", "người", "Ăn", "Vie\u{323}\u{302}t", "ǀ"] {
            assert_eq!(class(w), Unicode, "{w}");
        }
        for w in ["a\u{a0}b", "là\u{2003}Việt", "x\u{3000}", "\u{85}"] {
            assert_eq!(class(w), Spaces, "{w:?}");
        }
        // “quotes” and … are no spaces.
        assert_eq!(class("“là…”"), Maybe);
        // `maybe` counts words split at every kind of whitespace, as detection does.
        assert!(may_be_legacy("Céng\u{a0}hßa"));
        assert!(!may_be_legacy("Céng\u{a0}Việt"));
        // Words that are syllables as written never vote.
        for w in ["là", "Hà,", "“CÁC”", "Ùy"] {
            assert!(!could_vote(w), "{w}");
        }
        for w in ["hßa", "Céng", "vÀ", "©", "nh©n"] {
            assert!(could_vote(w), "{w}");
        }
        assert!(!may_be_legacy("Hà Nội là thủ đô, các tỉnh và thành"));
        assert!(may_be_legacy("Céng hßa x· héi"));
    }

    #[test]
    fn open_toned_keys() {
        let key = |s: &str| Syllable::parse(s).unwrap().key();
        for s in ["hòa", "hoà", "khỏe", "KHOẺ", "thủy", "Ủy", "oà", "quờ"] {
            let k = key(s);
            let set = OPEN_TONED[k as usize / 64] & (1 << (k % 64)) != 0;
            assert_eq!(set, s != "quờ", "{s}");
        }
        for s in [
            "hoàn", "quý", "già", "thuyền", "của", "hoa", "khuya", "thuế",
        ] {
            assert_eq!(open_style(s, key(s)), None, "{s}");
        }
        assert_eq!(open_style("hòa", key("hòa")), Some(ToneStyle::Old));
        assert_eq!(open_style("hoà", key("hoà")), Some(ToneStyle::New));
    }
}

//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// Expands `\u{...}` escapes (used for NFD and invisible characters in test data).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('}').expect("unterminated \\u{ escape");
        let cp = u32::from_str_radix(&after[..end], 16).expect("bad hex in \\u{} escape");
        out.push(char::from_u32(cp).expect("not a scalar value"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Data rows of a TSV test file: (line number, columns), comments and blank lines skipped.
pub fn rows(data: &str) -> Vec<(usize, Vec<&str>)> {
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty() || l.starts_with('\t'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
        .collect()
}

/// The onsets, the empty one twice (so that onset-less syllables come up often), and the
/// misspellings `q` and eth.
pub const ONSETS: &[&str] = &[
    "", "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "q", "r", "s", "t", "th", "tr", "v", "x", "Ð", "ð",
];
/// Every vowel cluster of the orthography, and `oo`.
pub const CLUSTERS: &[&str] = &[
    "a", "ă", "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư", "ai", "ao", "au", "ay", "âu", "ây",
    "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui",
    "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "oai", "oay", "oeo", "uây", "uôi",
    "ươi", "ươu", "uya", "uyê", "uyu", "yêu",
];
/// The consonant codas, and no coda three times.
pub const CODAS: &[&str] = &["", "", "", "c", "ch", "m", "n", "ng", "nh", "p", "t"];
/// No tone, then the five tone marks.
pub const TONES: &[&str] = &["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"];

/// Text made of Vietnamese-looking syllables: real onsets, vowel clusters with a tone mark on
/// any of their vowels (misplaced marks included), real codas, random case, sometimes NFD,
/// sometimes with a stray mark or eth; separated by spaces and punctuation.
pub fn syllable_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;
    const SEPS: &[&str] = &[" ", " ", ", ", ". ", "\n", " “", "” ", " – ", "\u{a0}"];
    let syllable = (
        0..ONSETS.len(),
        0..CLUSTERS.len(),
        0..CODAS.len(),
        0..TONES.len(),
        0..3usize,
        0..4usize,
        0..12usize,
    )
        .prop_map(|(o, c, k, t, at, case, oddity)| {
            let cluster: Vec<char> = CLUSTERS[c].chars().collect();
            let mut s = String::from(ONSETS[o]);
            for (i, ch) in cluster.iter().enumerate() {
                s.push(*ch);
                if i == at % cluster.len() {
                    s.push_str(TONES[t]);
                }
            }
            s.push_str(CODAS[k]);
            match oddity {
                0 => s.push('\u{301}'),
                1 => s.push('\u{340}'),
                2 => s.insert(0, 'x'),
                _ => {}
            }
            let s: String = match case {
                0 => s.to_uppercase(),
                1 => {
                    let mut c = s.chars();
                    c.next()
                        .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
                }
                _ => s,
            };
            match (case + oddity) % 3 {
                0 => s.nfd().collect(),
                1 => s.nfc().collect(),
                _ => s,
            }
        });
    proptest::collection::vec((syllable, 0..SEPS.len()), 1..12).prop_map(|v| {
        v.into_iter()
            .map(|(s, sep)| s + SEPS[sep])
            .collect::<String>()
    })
}

/// Precision and recall counts of an extractor on annotated sentences.
#[derive(Default, Debug, Clone, Copy)]
pub struct Counts {
    /// Annotated.
    pub gold: usize,
    /// Found by the extractor.
    pub found: usize,
    /// Found and right (span, and value where one is scored).
    pub right: usize,
    /// Span right, value maybe not.
    pub span_right: usize,
}

impl Counts {
    /// Right of found (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.found == 0 {
            1.0
        } else {
            self.right as f64 / self.found as f64
        }
    }

    /// Right of annotated (1 when nothing is annotated).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.right as f64 / self.gold as f64
        }
    }
}

//! Every syllable shape the test generator knows (onset × vowel cluster × coda × tone on
//! each vowel), in lower and upper case, next to the separators news puts around words: the
//! normalizer's fast path (quick checks from neighbouring bytes, placement table) gives what
//! its slow path (every word through the syllable model) gives, in every tone style, with
//! repairs on and off.

mod common;

use common::{CLUSTERS, CODAS, ONSETS, TONES};
use unicode_normalization::UnicodeNormalization;
use vntext::{Normalizer, ToneStyle};

/// Every shape once, NFC.
fn words() -> Vec<String> {
    let mut words = Vec::new();
    for onset in ONSETS {
        for cluster in CLUSTERS {
            for coda in CODAS {
                let n = cluster.chars().count();
                for (t, tone) in TONES.iter().enumerate() {
                    for at in 0..if t == 0 { 1 } else { n } {
                        let mut s = String::from(*onset);
                        for (i, c) in cluster.chars().enumerate() {
                            s.push(c);
                            if i == at {
                                s.push_str(tone);
                            }
                        }
                        s.push_str(coda);
                        let s: String = s.nfc().collect();
                        words.push(s.to_uppercase());
                        words.push(s);
                    }
                }
            }
        }
    }
    words.sort();
    words.dedup();
    words
}

#[test]
fn fast_path_equals_slow_path_for_every_syllable_shape() {
    let words = words();
    assert!(words.len() > 100_000, "{} words", words.len());
    // What stands after a word: word boundaries ASCII and not, a hyphen, a letter NFC does
    // not know as Vietnamese, a stray mark.
    const AFTER: &[&str] = &[" ", ", ", "\n", "” ", " “", "-", "ñ ", "\u{301} ", "\u{a0}"];
    let styles = [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep];
    for (c, (style, repairs)) in styles
        .iter()
        .flat_map(|s| [(*s, true), (*s, false)])
        .enumerate()
    {
        let n = Normalizer::new().tone(style).repairs(repairs);
        for (l, line) in words.chunks(200).enumerate() {
            let text: String = line
                .iter()
                .enumerate()
                .map(|(i, w)| format!("{w}{}", AFTER[(i + l + c) % AFTER.len()]))
                .collect();
            let fast = n.normalize(&text);
            let slow = n.reference_nfc(&text);
            if fast != slow {
                let (f, s) = (fast.split(' '), slow.split(' '));
                let (a, b) = f.zip(s).find(|(a, b)| a != b).unwrap_or_default();
                panic!("{style:?}, repairs {repairs}: fast path gives {a:?}, slow path {b:?}");
            }
        }
    }
}

/// The same on real news (the bench corpus), as it is and with every syllable moved to the
/// other tone style, so that both the accepting and the rejecting sides of the quick checks
/// run on real text.
#[test]
fn fast_path_equals_slow_path_on_news() {
    let news = include_str!("../benches/corpus/news.txt");
    let new_style = Normalizer::new().tone(ToneStyle::New).normalize(news);
    assert_ne!(new_style, news, "the corpus has open oa/oe/uy syllables");
    for text in [news, &new_style] {
        for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
            for repairs in [true, false] {
                let n = Normalizer::new().tone(style).repairs(repairs);
                let fast = n.normalize(text);
                let slow = n.reference_nfc(text);
                if fast != slow {
                    let (a, b) = fast
                        .lines()
                        .zip(slow.lines())
                        .find(|(a, b)| a != b)
                        .unwrap_or_default();
                    panic!("{style:?}, repairs {repairs}:\nfast {a}\nslow {b}");
                }
            }
        }
    }
}

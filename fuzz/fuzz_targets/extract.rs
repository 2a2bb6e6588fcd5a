//! The extractors on arbitrary strings: never panic; spans are in order, on char boundaries
//! and inside the text; dates print as ISO 8601 and parse back; percentage ranges run
//! forward; the same text in NFD gives the same values.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;
use vntext::{CalendarDate, Extracted, Extractor, Period};

fn values(text: &str, ex: &Extractor) -> Vec<String> {
    let mut last = 0;
    let mut out = Vec::new();
    for m in ex.extract(text) {
        let s = m.span;
        assert!(s.start >= last && s.start < s.end && s.end <= text.len(), "{s:?}");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
        match m.value {
            Extracted::Date(d) => {
                assert!(d.gregorian.is_some() || d.lunar.is_some());
                for p in [d.gregorian, d.lunar].into_iter().flatten() {
                    let back: Period = p.to_string().parse().expect("ISO text parses back");
                    assert_eq!(back, p);
                }
            }
            Extracted::Percent(p) => assert!(p.min <= p.max),
            _ => {}
        }
        out.push(m.value.to_string());
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let plain = Extractor::new();
    let found = values(text, &plain);
    if let Some(r) = CalendarDate::new(2020, 1, 8) {
        let _ = values(text, &plain.reference_date(r));
    }
    // NFD input: the same values (spans differ in bytes, not in what they cover).
    let nfd: String = text.nfd().collect();
    let nfc: String = text.nfc().collect();
    // Only where NFD adds marks and nothing else (Latin and Vietnamese; Hangul, say, becomes
    // other letters in NFD, which the tokenizer may cut differently).
    let latin = text.chars().all(|c| c < '\u{370}' || ('\u{1E00}'..='\u{1EFF}').contains(&c));
    if nfc == text && latin {
        assert_eq!(values(&nfd, &plain), found, "NFD changed the values of {text:?}");
    }
});

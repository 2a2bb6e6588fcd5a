//! Tokens and sentences on arbitrary strings: never panic, tokens cover the input exactly,
//! sentence spans are in order, on char boundaries and inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut end = 0;
    for t in vntext::tokens(text) {
        assert_eq!(t.span.start, end, "tokens are contiguous");
        assert_eq!(&text[t.span.range()], t.text);
        assert!(!t.text.is_empty());
        let _ = t.number();
        let _ = t.syllable();
        end = t.span.end;
    }
    assert_eq!(end, text.len(), "tokens cover the text");
    let mut last = 0;
    for s in vntext::sentences(text) {
        assert!(s.start >= last && s.end > s.start && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
});

//! Tokens and sentences on arbitrary strings: never panic, tokens cover the input exactly,
//! sentence spans are in order, on char boundaries and inside the text; the tokens do not
//! depend on what the thread's cache of runs holds (a fresh thread gives the same), and the
//! fast path gives the reference path's tokens, syllable keys included.
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
        let model = vntext::Syllable::parse(t.text).ok().map(|s| s.key());
        let want = if t.kind == vntext::TokenKind::Syllable { model } else { None };
        assert_eq!(t.key(), want, "the syllable key of {t:?}");
        end = t.span.end;
    }
    assert_eq!(end, text.len(), "tokens cover the text");
    let fast: Vec<vntext::Token<'_>> = vntext::tokens(text).collect();
    assert_eq!(fast, vntext::reference_tokens(text), "fast != reference: {text:?}");
    let list = |t: &str| -> Vec<(usize, usize, vntext::TokenKind)> {
        vntext::tokens(t).map(|x| (x.span.start, x.span.end, x.kind)).collect()
    };
    let warm = list(text);
    let owned = text.to_string();
    let cold = std::thread::spawn(move || list(&owned)).join().expect("no panic");
    assert_eq!(warm, cold, "the cache of runs changed the tokens");
    let mut last = 0;
    for s in vntext::sentences(text) {
        assert!(s.start >= last && s.end > s.start && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        last = s.end;
    }
});

//! Syllable parsing on arbitrary strings: never panics; what parses writes back to a string
//! that parses to the same syllable, in every form and style.
#![no_main]

use libfuzzer_sys::fuzz_target;
use vntext::{Form, Syllable, ToneStyle};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match Syllable::parse(text) {
        Ok(s) => {
            for form in [Form::Nfc, Form::Nfd] {
                for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
                    let w = s.to_string_with(form, style);
                    let again = Syllable::parse(&w).expect("written syllable parses");
                    assert_eq!(again.key(), s.key(), "{text:?} -> {w:?}");
                }
            }
        }
        Err(e) => assert!(e.offset() <= text.len() && text.is_char_boundary(e.offset())),
    }
});

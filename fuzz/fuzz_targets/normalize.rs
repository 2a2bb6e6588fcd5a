//! The normalizer on arbitrary strings: plain mode equals Unicode NFC/NFD, every mode is
//! idempotent and borrows exactly when nothing changes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;
use vntext::{Fold, Form, Normalizer, ToneStyle};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let plain = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
    assert_eq!(plain.normalize(text), text.nfc().collect::<String>());
    assert_eq!(plain.form(Form::Nfd).normalize(text), text.nfd().collect::<String>());
    for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
        for repairs in [true, false] {
            for form in [Form::Nfc, Form::Nfd] {
                let n = Normalizer::new().tone(style).repairs(repairs).form(form);
                let once = n.normalize(text);
                assert_eq!(matches!(once, std::borrow::Cow::Borrowed(_)), once == text);
                assert_eq!(n.normalize(&once), once, "not idempotent: {text:?}");
            }
        }
    }
    let folded = vntext::fold(text, Fold::All);
    assert_eq!(vntext::fold(&folded, Fold::All), folded);
});

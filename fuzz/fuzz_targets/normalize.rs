//! The normalizer on arbitrary strings: plain mode equals Unicode NFC/NFD; in every mode the
//! fast path equals the slow path, the output does not depend on the input's normalization
//! form, normalizing is idempotent and borrows exactly when nothing changes. URLs and emails
//! are left byte for byte, so the two properties that compare with another form of the text
//! (the Unicode oracle, NFD input) are checked on texts without one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use unicode_normalization::UnicodeNormalization;
use vntext::{Fold, Form, Normalizer, ToneStyle};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let nfd: String = text.nfd().collect();
    let nfc: String = text.nfc().collect();
    let links = [text, &nfc, &nfd].iter().any(|t| {
        vntext::tokens(t).any(|x| matches!(x.kind, vntext::TokenKind::Url | vntext::TokenKind::Email))
    });
    let plain = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
    if !links {
        assert_eq!(plain.normalize(text), nfc);
        assert_eq!(plain.form(Form::Nfd).normalize(text), nfd);
    }
    for style in [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep] {
        for repairs in [true, false] {
            for form in [Form::Nfc, Form::Nfd] {
                let n = Normalizer::new().tone(style).repairs(repairs).form(form);
                let once = n.normalize(text);
                if form == Form::Nfc {
                    // The fast path agrees with the slow path on every word.
                    assert_eq!(once, n.reference_nfc(text), "fast != slow: {text:?}");
                }
                // Canonically equivalent inputs give the same output.
                if !links {
                    assert_eq!(n.normalize(&nfd), once, "NFD input differs: {text:?}");
                }
                assert_eq!(matches!(once, std::borrow::Cow::Borrowed(_)), once == text);
                assert_eq!(n.normalize(&once), once, "not idempotent: {text:?}");
            }
        }
    }
    let folded = vntext::fold(text, Fold::All);
    assert_eq!(vntext::fold(&folded, Fold::All), folded);
});

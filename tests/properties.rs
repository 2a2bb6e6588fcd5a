//! Property tests of the normalizer against the `unicode-normalization` crate (the oracle)
//! and against itself (idempotence, round trips).

mod common;

use std::borrow::Cow;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vntext::{Fold, Form, Normalizer, ToneStyle, fold};

/// Strings from the Vietnamese alphabet with NFD marks, eth, deprecated marks, foreign
/// letters and punctuation mixed in: where the normalizer has work to do.
fn vietnamese() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "([bcdghklmnpqrstvxđĐÐðñ]{0,3}[aăâeêioôơuưyAĂÂEÊIOÔƠUƯYàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ]{1,3}[cmnpthgiouyCNG]{0,2}[\\u{300}\\u{301}\\u{302}\\u{303}\\u{306}\\u{309}\\u{31B}\\u{323}\\u{327}\\u{340}\\u{341}]{0,3}[ ,.\\n“”–]{1,2}){1,10}",
    )
    .expect("valid regex")
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        common::syllable_text(),
        vietnamese(),
        "\\PC{0,60}",
        ".{0,30}"
    ]
}

const STYLES: [ToneStyle; 3] = [ToneStyle::Old, ToneStyle::New, ToneStyle::Keep];

/// Whether `text`, as given, in NFC or in NFD, holds a URL or an email: the normalizer leaves
/// those byte for byte, so the Unicode oracle and the form-independence properties hold for
/// the prose around them only (see `links_are_left_as_they_are`).
fn has_link(text: &str) -> bool {
    let nfc: String = text.nfc().collect();
    let nfd: String = text.nfd().collect();
    [text, &nfc, &nfd].iter().any(|t| {
        vntext::tokens(t)
            .any(|x| matches!(x.kind, vntext::TokenKind::Url | vntext::TokenKind::Email))
    })
}

/// URLs and emails with Vietnamese letters, in the new tone style, NFC or NFD: what the
/// normalizer would rewrite if it took them for prose.
fn link() -> impl Strategy<Value = String> {
    let syl = prop_oneof![
        Just("hoà"),
        Just("thuỷ"),
        Just("qủa"),
        Just("khoẻ"),
        Just("Lạng"),
        Just("sơn"),
        Just("Uỷ"),
        Just("việt"),
        Just("nam"),
        Just("gìa"),
        Just("ĐOÀN"),
    ];
    let label = proptest::collection::vec(syl, 1..3).prop_map(|v| v.join("-"));
    let path = proptest::collection::vec(label.clone(), 0..3).prop_map(|v| v.join("/"));
    (0..4usize, label.clone(), label, path, any::<bool>()).prop_map(|(shape, a, b, p, nfd)| {
        let l = match shape {
            0 => format!("https://{a}.vn/{p}"),
            1 => format!("www.{a}.com.vn/{p}"),
            2 => format!("{a}@{b}.vn"),
            _ => format!("{a}.vn/{p}_{b}.html"),
        };
        if nfd { l.nfd().collect() } else { l }
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The fast path (quick tone checks, placement table, composer) gives what the slow path
    /// on every word gives.
    #[test]
    fn fast_path_equals_slow_path(text in any_text(), style in 0..3usize, repairs: bool) {
        let n = Normalizer::new().tone(STYLES[style]).repairs(repairs);
        prop_assert_eq!(n.normalize(&text).into_owned(), n.reference_nfc(&text));
    }

    /// With the style kept and repairs off, the output is exactly Unicode NFC / NFD.
    #[test]
    fn plain_mode_is_unicode_normalization(text in any_text()) {
        prop_assume!(!has_link(&text));
        let keep = Normalizer::new().tone(ToneStyle::Keep).repairs(false);
        prop_assert_eq!(keep.normalize(&text).into_owned(), text.nfc().collect::<String>());
        let keep_nfd = keep.form(Form::Nfd);
        prop_assert_eq!(keep_nfd.normalize(&text).into_owned(), text.nfd().collect::<String>());
    }

    /// The output depends only on what the text says, not on its normalization form:
    /// canonically equivalent inputs (NFC, NFD, as given) give the same output.
    #[test]
    fn canonically_equivalent_inputs_agree(text in any_text(), style in 0..3usize, repairs: bool) {
        prop_assume!(!has_link(&text));
        let n = Normalizer::new().tone(STYLES[style]).repairs(repairs);
        let out = n.normalize(&text).into_owned();
        let (d, c): (String, String) = (text.nfd().collect(), text.nfc().collect());
        prop_assert_eq!(n.normalize(&d).into_owned(), out.clone(), "NFD input {:?}", d);
        prop_assert_eq!(n.normalize(&c).into_owned(), out, "NFC input {:?}", c);
    }

    /// Normalizing twice changes nothing, in every mode.
    #[test]
    fn idempotent(text in any_text(), style in 0..3usize, repairs: bool, nfd: bool) {
        let n = Normalizer::new()
            .tone(STYLES[style])
            .repairs(repairs)
            .form(if nfd { Form::Nfd } else { Form::Nfc });
        let once = n.normalize(&text).into_owned();
        let twice = n.normalize(&once);
        prop_assert!(matches!(twice, Cow::Borrowed(_)), "not borrowed: {:?}", once);
        prop_assert_eq!(&twice, &once);
        prop_assert!(n.is_normalized(&once));
    }

    /// Borrowed exactly when nothing changes; `normalize_to` agrees with `normalize`.
    #[test]
    fn borrowed_iff_unchanged(text in any_text(), style in 0..3usize) {
        let n = Normalizer::new().tone(STYLES[style]);
        let out = n.normalize(&text);
        prop_assert_eq!(matches!(out, Cow::Borrowed(_)), out == text);
        prop_assert_eq!(n.is_normalized(&text), out == text);
        let mut buf = String::from("prefix ");
        n.normalize_to(&text, &mut buf);
        prop_assert_eq!(&buf[7..], &*out);
    }

    /// Old → New → Old gives back the old-style text, and New → Old → New the new-style.
    #[test]
    fn tone_styles_round_trip(text in any_text()) {
        let old = Normalizer::new();
        let new = Normalizer::new().tone(ToneStyle::New);
        let o = old.normalize(&text).into_owned();
        let back = old.normalize(&new.normalize(&o)).into_owned();
        prop_assert_eq!(back, o);
        let n = new.normalize(&text).into_owned();
        let back = new.normalize(&old.normalize(&n)).into_owned();
        prop_assert_eq!(back, n);
    }

    /// NFD output is the canonical decomposition of the NFC output: the form is the only
    /// difference between the two.
    #[test]
    fn nfd_is_decomposed_nfc(text in any_text(), style in 0..3usize, repairs: bool) {
        prop_assume!(!has_link(&text));
        let n = Normalizer::new().tone(STYLES[style]).repairs(repairs);
        let c = n.normalize(&text).into_owned();
        let d = n.form(Form::Nfd).normalize(&text).into_owned();
        prop_assert_eq!(d, c.nfd().collect::<String>());
    }

    /// A URL or an email is left byte for byte, in every form, style and repair setting,
    /// and the prose around it is normalized as if the link were not there.
    #[test]
    fn links_are_left_as_they_are(
        link in link(),
        before in common::syllable_text(),
        after in common::syllable_text(),
        style in 0..3usize,
        repairs: bool,
        nfd: bool,
    ) {
        let n = Normalizer::new()
            .tone(STYLES[style])
            .repairs(repairs)
            .form(if nfd { Form::Nfd } else { Form::Nfc });
        let text = format!("{before} {link} {after}");
        let expected = format!("{} {link} {}", n.normalize(&before), n.normalize(&after));
        prop_assert_eq!(n.normalize(&text).into_owned(), expected);
        prop_assert_eq!(n.reference_nfc(&format!(" {link} ")), format!(" {link} "));
    }

    /// Folding does not care how the text was normalized, and leaves no Vietnamese mark.
    #[test]
    fn fold_ignores_form_and_style(text in vietnamese(), style in 0..3usize) {
        let n = Normalizer::new().tone(STYLES[style]);
        let normalized = n.normalize(&text);
        for mode in [Fold::All, Fold::Tones] {
            let (a, b) = (fold(&text, mode), fold(&normalized, mode));
            prop_assert_eq!(&a, &b, "{:?} {:?}", a.chars().map(|c| c as u32).collect::<Vec<_>>(), normalized);
        }
        let all = fold(&text, Fold::All);
        let vietnamese_marks = |c: char| {
            matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}' | 'đ' | 'Đ')
        };
        // A mark on a non-Vietnamese letter (ñ + U+0301) is not Vietnamese and may stay.
        let stray = text.contains('ñ') || text.contains('\u{327}');
        prop_assert!(stray || !all.chars().any(vietnamese_marks), "{:?}", all);
        prop_assert_eq!(fold(&all, Fold::All), all.clone());
        prop_assert!(unicode_normalization::is_nfc(&all));
    }
}

/// Found by the fuzzer: a foreign mark after a stripped letter must not be left decomposed.
#[test]
fn fold_output_is_nfc() {
    assert_eq!(fold("U\u{309}\u{308}", Fold::All), "Ü");
    assert_eq!(fold(&fold("U\u{309}\u{308}", Fold::All), Fold::All), "Ü");
}

/// Found by the fuzzer: U+0341 is canonically equivalent to U+0301, so it is read as that mark
/// even with repairs off, and the result does not change when normalized again.
#[test]
fn deprecated_marks_are_their_canonical_equivalents() {
    let n = Normalizer::new().tone(ToneStyle::New).repairs(false);
    assert_eq!(n.normalize("u\u{341}y"), "uý");
    assert_eq!(n.normalize("úy"), "uý");
    assert_eq!(
        Normalizer::new().repairs(false).normalize("ho\u{340}a"),
        "hòa"
    );
}

/// Found by the fuzzer: a character that NFC turns into punctuation (U+037E → `;`) ends a word
/// like that punctuation does.
#[test]
fn singleton_punctuation_ends_words() {
    assert_eq!(vntext::normalize("Uỷ\u{37E} ban"), "Ủy; ban");
    assert_eq!(vntext::normalize("Uỷ;"), "Ủy;");
}

/// Found by the fuzzer: `΅` (U+0385) decomposes to `¨` + U+0301; in NFD the mark must not make
/// the next word look attached to it, so that both forms repair the word alike.
#[test]
fn marks_on_a_separator_do_not_join_the_next_word() {
    let text = "ỷ\u{385}y\u{309}\u{309}";
    let d: String = text.nfd().collect();
    assert_eq!(vntext::normalize(text), "ỷ\u{385}ỷ");
    assert_eq!(vntext::normalize(&d), "ỷ\u{385}ỷ");
}

/// A foreign mark on the character before a word (`≈` + U+0338, which NFC writes `≉`) does not
/// join the word either: the doubled mark of `A` + U+0309 U+0309 is repaired in both forms.
#[test]
fn foreign_marks_on_a_separator_do_not_join_the_next_word() {
    let text = "z≉A\u{309}\u{309}!";
    let d: String = text.nfd().collect();
    assert_ne!(d, text);
    assert_eq!(vntext::normalize(text), "z≉Ả!");
    assert_eq!(vntext::normalize(&d), "z≉Ả!");
    // On a letter, the foreign mark makes the run foreign: plain NFC, in both forms.
    let foreign = "zA\u{338}A\u{309}\u{309}!";
    let nfc: String = foreign.nfc().collect();
    assert_eq!(vntext::normalize(foreign), nfc);
}

/// The defect that made links a case of their own: URLs and emails were rewritten as prose
/// (`…/hoà-bình-123.html` → `…/hòa-bình-123.html`).
#[test]
fn links_in_running_text_are_untouched() {
    let text = "Xem https://vi.wikipedia.org/wiki/Hoà_Bình, www.thuỷ-lợi.vn/qủa-cam và \
                baolangson.vn/hoà-bình-123.html hoặc gửi thư tới hoà.bình@khoẻ.vn. Uỷ ban hoà giải.";
    let expected = "Xem https://vi.wikipedia.org/wiki/Hoà_Bình, www.thuỷ-lợi.vn/qủa-cam và \
                baolangson.vn/hoà-bình-123.html hoặc gửi thư tới hoà.bình@khoẻ.vn. Ủy ban hòa giải.";
    for repairs in [true, false] {
        let n = Normalizer::new().repairs(repairs);
        assert_eq!(n.normalize(text), expected);
        // NFD input: the prose is composed, the links keep their decomposed bytes.
        let d: String = text.nfd().collect();
        let out = n.normalize(&d);
        for link in ["https://vi.wikipedia.org/wiki/Hoà_Bình", "hoà.bình@khoẻ.vn"] {
            let ld: String = link.nfd().collect();
            assert!(out.contains(&ld), "{link} in {out}");
        }
        assert!(out.ends_with("Ủy ban hòa giải."), "{out}");
        // NFD output: the links keep their composed bytes.
        let out = n.form(Form::Nfd).normalize(text);
        assert!(out.contains("www.thuỷ-lợi.vn/qủa-cam"), "{out}");
        assert!(out.ends_with(&"Ủy ban hòa giải.".nfd().collect::<String>()));
    }
    let new = Normalizer::new().tone(ToneStyle::New);
    assert_eq!(
        new.normalize("hòa@thủy.vn hòa thủy"),
        "hòa@thủy.vn hoà thuỷ"
    );
}

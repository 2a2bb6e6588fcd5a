//! Golden tests over the shipped samples: `data/samples/news-messy.txt` is `news.txt` as people
//! send it (NFD lines, the new tone style, `qủa`), made by `data/samples/make_messy.py`,
//! which does not use this crate.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use vntext::{Form, Normalizer, ToneStyle};

const CLEAN: &str = include_str!("../data/samples/news.txt");
const MESSY: &str = include_str!("../data/samples/news-messy.txt");

#[test]
fn messy_sample_normalizes_to_the_clean_one() {
    assert_ne!(MESSY, CLEAN);
    let out = vntext::normalize(MESSY);
    if out != CLEAN {
        for (a, b) in out.lines().zip(CLEAN.lines()) {
            assert_eq!(a, b);
        }
    }
    assert_eq!(out, CLEAN);
}

#[test]
fn clean_sample_is_borrowed() {
    assert!(matches!(vntext::normalize(CLEAN), Cow::Borrowed(_)));
    assert!(vntext::is_normalized(CLEAN));
}

#[test]
fn sample_round_trips_through_every_form_and_style() {
    let new = Normalizer::new()
        .tone(ToneStyle::New)
        .normalize(CLEAN)
        .into_owned();
    assert_ne!(new, CLEAN, "the sample has open oa/oe/uy syllables");
    assert_eq!(vntext::normalize(&new), CLEAN);
    let nfd = vntext::nfd(CLEAN);
    assert_eq!(nfd, CLEAN.nfd().collect::<String>());
    assert_eq!(vntext::normalize(&nfd), CLEAN);
    let new_nfd = Normalizer::new()
        .tone(ToneStyle::New)
        .form(Form::Nfd)
        .normalize(CLEAN);
    assert_eq!(vntext::normalize(&new_nfd), CLEAN);
}

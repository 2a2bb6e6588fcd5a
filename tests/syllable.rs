//! Table-driven tests of the syllable model: tests/data/syllables.tsv.

mod common;

use vntext::{Form, Syllable, ToneStyle};

fn tone_name(t: vntext::Tone) -> &'static str {
    use vntext::Tone::*;
    match t {
        Ngang => "ngang",
        Huyen => "huyen",
        Sac => "sac",
        Hoi => "hoi",
        Nga => "nga",
        Nang => "nang",
    }
}

fn opt(s: Option<&'static str>) -> &'static str {
    s.unwrap_or("-")
}

#[test]
fn syllable_table() {
    let data = include_str!("data/syllables.tsv");
    let rows = common::rows(data);
    assert!(rows.len() >= 120, "only {} rows", rows.len());
    let mut failures = Vec::new();
    for (line, cols) in rows {
        let input = common::unescape(cols[0]);
        let got = Syllable::parse(&input);
        if let Some(kind) = cols[1].strip_prefix('!') {
            match got {
                Ok(s) => failures.push(format!("line {line}: {input:?} parsed as {s:?}")),
                Err(e) => {
                    let want_off: usize = cols[2].parse().expect("offset");
                    if format!("{:?}", e.kind()) != kind || e.offset() != want_off {
                        failures.push(format!(
                            "line {line}: {input:?}: want {kind} at {want_off}, got {:?} at {}",
                            e.kind(),
                            e.offset()
                        ));
                    }
                    assert!(!vntext::is_valid(&input));
                }
            }
            continue;
        }
        let s = match got {
            Ok(s) => s,
            Err(e) => {
                failures.push(format!("line {line}: {input:?}: {e}"));
                continue;
            }
        };
        let parts = [
            opt(s.onset().map(|o| o.as_str())),
            opt(s.glide().map(|g| g.as_str())),
            s.nucleus().as_str(),
            opt(s.coda().map(|c| c.as_str())),
            tone_name(s.tone()),
        ];
        if parts[..] != cols[1..6] {
            failures.push(format!(
                "line {line}: {input:?}: parts {parts:?}, want {:?}",
                &cols[1..6]
            ));
        }
        let old = s.to_string_with(Form::Nfc, ToneStyle::Old);
        let new = s.to_string_with(Form::Nfc, ToneStyle::New);
        if old != cols[6] || new != cols[7] {
            failures.push(format!("line {line}: {input:?}: old {old}, new {new}"));
        }
        // NFD output is the canonical decomposition of the NFC output.
        use unicode_normalization::UnicodeNormalization;
        let nfd = s.to_string_with(Form::Nfd, ToneStyle::Old);
        assert_eq!(nfd, old.nfd().collect::<String>(), "line {line}");
        // Every spelling of the same syllable has the same key.
        let again = Syllable::parse(&new).expect("new style parses");
        assert_eq!(again.key(), s.key(), "line {line}");
        assert_eq!(
            Syllable::parse(&nfd).map(|x| x.key()),
            Ok(s.key()),
            "line {line}"
        );
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn styles_differ_only_on_open_oa_oe_uy() {
    // Closed or three-letter rimes are written the same in both conventions.
    for w in [
        "hoàn", "khuỷu", "thuyền", "người", "quý", "già", "bìa", "của", "lửa", "ngoài",
    ] {
        let s = Syllable::parse(w).unwrap();
        assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Old), w);
        assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::New), w);
    }
    for (old, new) in [
        ("hòa", "hoà"),
        ("khỏe", "khoẻ"),
        ("thủy", "thuỷ"),
        ("Ủy", "Uỷ"),
    ] {
        let s = Syllable::parse(old).unwrap();
        assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::New), new);
        assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Keep), old);
        let s = Syllable::parse(new).unwrap();
        assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Old), old);
        assert_eq!(s.to_string_with(Form::Nfc, ToneStyle::Keep), new);
    }
}

#[test]
fn error_reports_kind_and_position() {
    let e = Syllable::parse("hòach").unwrap_err();
    assert_eq!(e.kind(), vntext::SyllableErrorKind::ToneWithStopCoda);
    assert!(e.to_string().contains("sắc or nặng"), "{e}");
    let e: Box<dyn std::error::Error + Send + Sync> = Box::new(e);
    assert!(e.to_string().ends_with("at byte 4"));
}

#[cfg(feature = "serde")]
#[test]
fn serializes_parts() {
    let s = Syllable::parse("Ngu\u{31B}o\u{31B}\u{300}i").unwrap();
    let json = serde_json::to_string(&s).unwrap();
    assert_eq!(
        json,
        r#"{"text":"Người","onset":"ng","glide":null,"nucleus":"ươ","coda":"i","tone":"huyền"}"#
    );
    // Back from that map, or from a plain string, in any form and style.
    let back: Syllable = serde_json::from_str(&json).unwrap();
    assert_eq!(back.key(), s.key());
    let plain: Syllable = serde_json::from_str(r#""Uỷ""#).unwrap();
    assert_eq!(plain.key(), Syllable::parse("Ủy").unwrap().key());
    assert!(serde_json::from_str::<Syllable>(r#""online""#).is_err());
    assert!(serde_json::from_str::<Syllable>(r#"{"onset":"ng"}"#).is_err());
    // Options a configuration file can hold; missing fields take their default.
    let n: vntext::Normalizer = serde_json::from_str(r#"{"tone":"new"}"#).unwrap();
    assert_eq!(n, vntext::Normalizer::new().tone(vntext::ToneStyle::New));
    assert_eq!(
        serde_json::to_string(&vntext::Normalizer::new()).unwrap(),
        r#"{"form":"nfc","tone":"old","repairs":true}"#
    );
    assert_eq!(
        serde_json::to_string(&vntext::Fold::Tones).unwrap(),
        r#""tones""#
    );
    let e = Syllable::parse("hòach").unwrap_err();
    assert_eq!(
        serde_json::to_string(&e).unwrap(),
        r#"{"kind":"tone_with_stop_coda","offset":4}"#
    );
    // Tone names are Vietnamese; the ASCII spellings are read too.
    let t: vntext::Tone = serde_json::from_str(r#""nang""#).unwrap();
    assert_eq!(t, vntext::Tone::Nang);
    assert_eq!(serde_json::to_string(&t).unwrap(), r#""nặng""#);
}

#[test]
fn option_names_parse() {
    use vntext::{Fold, Form, ToneStyle};
    assert_eq!("old".parse::<ToneStyle>(), Ok(ToneStyle::Old));
    assert_eq!(" KEEP ".parse::<ToneStyle>(), Ok(ToneStyle::Keep));
    assert_eq!("nfd".parse::<Form>(), Ok(Form::Nfd));
    assert_eq!("all".parse::<Fold>(), Ok(Fold::All));
    let e = "nfkc".parse::<Form>().unwrap_err();
    assert_eq!(
        e.to_string(),
        "unknown normalization form `nfkc` (expected nfc or nfd)"
    );
    let e: Box<dyn std::error::Error + Send + Sync> = Box::new(e);
    assert!(e.to_string().contains("nfkc"));
    let s: Syllable = "QUỐC".parse().unwrap();
    assert_eq!(s.to_string(), "QUỐC");
    assert!("quốc gia".parse::<Syllable>().is_err());
}

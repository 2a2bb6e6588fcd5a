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
        r#"{"text":"Người","onset":"Ng","glide":null,"nucleus":"Uwow","coda":"I","tone":"huyen"}"#
    );
}

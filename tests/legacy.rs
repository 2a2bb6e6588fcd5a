//! Legacy encodings: every letter, real text encoded by independent tools, the garbled-string
//! path, mixed documents, detection accuracy, properties.

use std::borrow::Cow;

use proptest::prelude::*;
use vntext::{EncodeErrorKind, Encoder, Encoding, convert_legacy_runs, detect, detect_str};

mod common;

/// The 134 non-ASCII Vietnamese letters, from the crate's letter table.
fn letters() -> Vec<char> {
    let v: Vec<char> = include_str!("../data/letters.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.chars().next())
        .filter(|c| !c.is_ascii())
        .collect();
    assert_eq!(v.len(), 134);
    v
}

/// Upper-case toned vowels: what TCVN3 (ABC) lacks.
fn upper_toned(c: char) -> bool {
    c.is_uppercase() && !c.is_ascii() && !"ĂÂÊÔƠƯĐ".contains(c)
}

/// Windows-1252 reading of bytes (legacy bytes shown by a program that assumed 1252).
fn garble(bytes: &[u8]) -> String {
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ";
    let high: Vec<char> = HIGH.chars().collect();
    bytes
        .iter()
        .map(|&b| {
            if (0x80..0xA0).contains(&b) {
                high[(b - 0x80) as usize]
            } else {
                b as char
            }
        })
        .collect()
}

/// A syllable containing the letter `c`.
fn in_syllable(c: char) -> String {
    let l = c.to_lowercase().to_string();
    let upper = c.is_uppercase();
    for t in [
        "{}", "{}i", "{}n", "{}c", "t{}", "t{}n", "qu{}n", "t{}a", "ng{}", "{}t",
    ] {
        let w = t.replace("{}", &l);
        if vntext::is_valid(&w) {
            return if upper {
                t.replace("{}", &c.to_string())
            } else {
                w
            };
        }
    }
    panic!("no syllable for {c}")
}

#[test]
fn every_letter_decodes_and_round_trips() {
    let mut checked = 0;
    for &e in Encoding::ALL {
        for c in letters() {
            // VIQR decodes only what makes a syllable: put the letter in one, after a word that
            // shows the line is VIQR (a lone `a'` could be English: see `viqr_leaves_english_alone`).
            let s = if e == Encoding::Viqr {
                format!("Việt {}", in_syllable(c))
            } else {
                format!("{c}")
            };
            match Encoder::new(e).encode(&s) {
                Ok(bytes) => {
                    assert_eq!(e.decode(&bytes), s, "{e:?} {c}");
                    assert_eq!(e.decode_str(&garble(&bytes)), s, "{e:?} {c} garbled");
                    // Inside a word too.
                    let word = if e == Encoding::Viqr {
                        s.clone()
                    } else {
                        format!("x{c}n")
                    };
                    assert_eq!(e.decode(&e.encode(&word).unwrap()), word, "{e:?} {word}");
                    checked += 1;
                }
                Err(err) => match e {
                    Encoding::Tcvn3 => {
                        assert!(upper_toned(c), "{c}");
                        assert_eq!(err.kind(), EncodeErrorKind::UpperCaseToned);
                        // The upper-case font convention: the lower-case byte.
                        let lower = c.to_lowercase().to_string();
                        let fb = Encoder::new(e).case_fallback(true).encode(&s).unwrap();
                        assert_eq!(fb, e.encode(&lower).unwrap());
                        assert_eq!(e.decode(&fb), lower);
                    }
                    Encoding::Vps => assert_eq!(c, 'Ỗ'),
                    _ => panic!("{e:?} cannot encode {c}: {err}"),
                },
            }
        }
    }
    // 6 × 134, less TCVN3's 60 upper-case toned vowels and VPS's Ỗ.
    assert_eq!(checked, 6 * 134 - 60 - 1);
}

#[test]
fn tcvn3_reads_vn1_upper_case_outside_the_punctuation_range() {
    // glibc's TCVN5712-1 writes upper-case toned vowels with VN1 codes.
    assert_eq!(Encoding::Tcvn3.decode(b"\x01\xc0\xff"), "ÚẮỐ");
    // 0x80..=0x9F stay Windows-1252 punctuation, as ABC documents use them.
    assert_eq!(
        Encoding::Tcvn3.decode(b"\x93Vi\xd6t\x94 \x96 \x85"),
        "“Việt” – …"
    );
}

/// A fixture made by iconv/recode and the text it should decode to.
fn fixtures() -> Vec<(Encoding, &'static [u8], &'static str)> {
    let text = include_str!("data/legacy/langson.txt");
    vec![
        (
            Encoding::Tcvn3,
            include_bytes!("data/legacy/langson.tcvn3"),
            include_str!("data/legacy/langson-lower.txt"),
        ),
        (
            Encoding::Vni,
            include_bytes!("data/legacy/langson.vni"),
            text,
        ),
        (
            Encoding::Viqr,
            include_bytes!("data/legacy/langson.viqr"),
            text,
        ),
        (
            Encoding::Viscii,
            include_bytes!("data/legacy/langson.viscii"),
            text,
        ),
        (
            Encoding::Vps,
            include_bytes!("data/legacy/langson.vps"),
            text,
        ),
        (
            Encoding::Cp1258,
            include_bytes!("data/legacy/langson.cp1258"),
            text,
        ),
    ]
}

#[test]
fn real_text_decodes() {
    for (e, bytes, text) in fixtures() {
        assert!(text.lines().count() >= 10);
        let got = e.decode(bytes);
        for (n, (g, want)) in got.lines().zip(text.lines()).enumerate() {
            assert_eq!(g, want, "{e:?} line {}", n + 1);
        }
        assert_eq!(got, text, "{e:?}");
        // The garbled-string path: the same bytes as a program showing them as Windows-1252.
        assert_eq!(e.decode_str(&garble(bytes)), text, "{e:?} garbled");
        // And detection finds the encoding, from bytes and from the garbled string.
        assert_eq!(detect(bytes).encoding, Some(e), "{e:?}");
        assert_eq!(detect_str(&garble(bytes)).encoding, Some(e), "{e:?}");
    }
}

#[test]
fn real_text_encodes_like_the_reference_tools() {
    for (e, bytes, text) in fixtures() {
        match e {
            Encoding::Tcvn3 | Encoding::Vni | Encoding::Viscii | Encoding::Vps => {
                assert_eq!(e.encode(text).unwrap(), bytes, "{e:?}")
            }
            // VIQR: we escape a literal `.` or `?` after a letter (RFC 1456), recode does not.
            Encoding::Viqr => {
                let ours = e.encode(text).unwrap();
                assert_eq!(e.decode(&ours), text);
                assert!(ours.len() > bytes.len());
            }
            // Windows-1258: iconv writes some letters precomposed that we also write so.
            _ => assert_eq!(e.decode(&e.encode(text).unwrap()), text),
        }
    }
    // TCVN3 of the original text (with its upper-case toned vowels) needs the fallback.
    let text = include_str!("data/legacy/langson.txt");
    let err = Encoding::Tcvn3.encode(text).unwrap_err();
    assert_eq!(err.kind(), EncodeErrorKind::UpperCaseToned);
    let fb = Encoder::new(Encoding::Tcvn3)
        .case_fallback(true)
        .encode(text)
        .unwrap();
    assert_eq!(fb, include_bytes!("data/legacy/langson.tcvn3"));
}

#[test]
fn garbled_strings_from_the_wild() {
    assert_eq!(
        Encoding::Tcvn3
            .decode_str("Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc"),
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
    );
    assert_eq!(
        Encoding::Vni.decode_str(
            "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc"
        ),
        "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
    );
    assert_eq!(
        detect_str("§éc lËp - Tù do - H¹nh phóc").encoding,
        Some(Encoding::Tcvn3)
    );
    assert_eq!(
        detect_str("Ñoäc laäp - Töï do - Haïnh phuùc").encoding,
        Some(Encoding::Vni)
    );
}

#[test]
fn mixed_documents_convert_only_legacy_runs() {
    let unicode = "Hội nghị trực tuyến toàn tỉnh triển khai các mục tiêu, nhiệm vụ năm 2020.";
    let legacy = Encoder::new(Encoding::Tcvn3)
        .case_fallback(true)
        .encode("Ủy ban nhân dân tỉnh Lạng Sơn tổ chức Hội nghị trực tuyến ba cấp.")
        .unwrap();
    let mixed = format!("{unicode}\n{}\n{unicode}", garble(&legacy));
    let want = format!(
        "{unicode}\nủy ban nhân dân tỉnh Lạng Sơn tổ chức Hội nghị trực tuyến ba cấp.\n{unicode}"
    );
    assert_eq!(convert_legacy_runs(&mixed), want);
    assert_eq!(Encoding::Tcvn3.decode_runs(&mixed), want);
    // Unicode alone is borrowed.
    assert!(matches!(convert_legacy_runs(unicode), Cow::Borrowed(_)));
    assert!(matches!(
        Encoding::Vni.decode_runs(unicode),
        Cow::Borrowed(_)
    ));
    // Within one line.
    let vni = garble(
        &Encoding::Vni
            .encode("Cộng hòa xã hội chủ nghĩa Việt Nam")
            .unwrap(),
    );
    let line = format!("Quốc hiệu: {vni}.");
    assert_eq!(
        convert_legacy_runs(&line),
        "Quốc hiệu: Cộng hòa xã hội chủ nghĩa Việt Nam."
    );
}

/// Replaces what the old encodings cannot carry (curly quotes, dashes) with ASCII.
fn ascii_punctuation(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            '“' | '”' | '„' => Some('"'),
            '‘' | '’' => Some('\''),
            '–' | '—' => Some('-'),
            '…' => Some('.'),
            '\u{a0}' => Some(' '),
            c if c.is_ascii() || vntext::is_valid(&c.to_string()) || c.is_alphabetic() => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn detection_accuracy() {
    let vi: Vec<&str> = include_str!("data/legacy/detect-vi.txt").lines().collect();
    let en: Vec<&str> = include_str!("data/legacy/detect-en.txt").lines().collect();
    assert!(vi.len() >= 200);

    // Unicode and ASCII text: Vietnamese, the same without accents, English. No false positive.
    let mut unicode: Vec<String> = vi.iter().map(|s| s.to_string()).collect();
    unicode.extend(
        vi.iter()
            .map(|s| vntext::fold(s, vntext::Fold::All).into_owned()),
    );
    unicode.extend(en.iter().map(|s| s.to_string()));
    let mut false_positives = Vec::new();
    for s in &unicode {
        for d in [detect_str(s), detect(s.as_bytes())] {
            if d.encoding.is_some() {
                false_positives.push((s.clone(), d));
            }
        }
    }
    assert!(
        false_positives.is_empty(),
        "{} of {}: {false_positives:#?}",
        false_positives.len(),
        2 * unicode.len()
    );

    // Legacy text: every sentence in every encoding, as raw bytes and as a garbled string.
    let (mut total, mut correct) = (0, 0);
    let mut wrong = Vec::new();
    for s in &vi {
        let s = ascii_punctuation(s);
        for &e in Encoding::ALL {
            let Ok(bytes) = Encoder::new(e).case_fallback(true).encode(&s) else {
                assert_eq!(e, Encoding::Vps, "{s}"); // Ỗ
                continue;
            };
            for d in [detect(&bytes), detect_str(&garble(&bytes))] {
                total += 1;
                if d.encoding == Some(e) {
                    correct += 1;
                } else {
                    wrong.push((e, s.clone(), d));
                }
            }
        }
    }
    let accuracy = correct as f64 / total as f64;
    println!(
        "legacy detection: {correct}/{total} = {:.2}% ({} Unicode/ASCII snippets, 0 false positives)",
        100.0 * accuracy,
        2 * unicode.len()
    );
    for w in wrong.iter().take(20) {
        println!("  missed {w:?}");
    }
    assert!(total >= 6 * 200 * 2 - 20);
    assert!(accuracy >= 0.98, "{correct}/{total}");
}

#[test]
fn decoded_output_is_nfc() {
    use unicode_normalization::UnicodeNormalization;
    for (e, bytes, _) in fixtures() {
        let s = e.decode(bytes);
        assert_eq!(s, s.nfc().collect::<String>(), "{e:?}");
    }
}

/// Syllables of the seed article, for text every encoding can carry.
fn syllables() -> Vec<String> {
    let mut v: Vec<String> = include_str!("data/legacy/langson.txt")
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty() && vntext::is_valid(w))
        .map(str::to_string)
        .collect();
    v.sort();
    v.dedup();
    v
}

fn text_strategy() -> impl Strategy<Value = String> {
    words_strategy(1)
}

/// Text of syllables, numbers and, `ascii` times in five, ASCII words (mostly not Vietnamese).
fn words_strategy(ascii: u32) -> impl Strategy<Value = String> {
    let syl = syllables();
    let word = prop_oneof![
        3 => proptest::sample::select(syl),
        ascii => "[a-zA-Z]{1,6}",
        1 => "[0-9]{1,4}",
    ];
    let sep = proptest::sample::select(vec![
        " ", " ", ", ", ". ", "? ", "'", "(", ")", "\n", "^", "\\", "-", "+", "~", "`", ".", "\"",
    ]);
    proptest::collection::vec((word, sep), 0..12).prop_map(|v| {
        v.into_iter()
            .map(|(w, s)| format!("{w}{s}"))
            .collect::<String>()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn decoding_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        for &e in Encoding::ALL {
            let s = e.decode(&bytes);
            let g = e.decode_str(&garble(&bytes));
            prop_assert!(!s.is_empty() || bytes.is_empty());
            let _ = (e.decode_runs(&g), e.decode_runs(&s));
        }
        let _ = detect(&bytes);
        let _ = convert_legacy_runs(&garble(&bytes));
    }

    #[test]
    fn decode_str_never_panics(s in "\\PC{0,40}") {
        for &e in Encoding::ALL {
            let _ = e.decode_str(&s);
            let _ = e.decode_runs(&s);
            let _ = e.encode(&s);
        }
        let _ = detect_str(&s);
    }

    #[test]
    fn encode_then_decode_is_identity(text in text_strategy()) {
        for &e in Encoding::ALL {
            let enc = Encoder::new(e);
            match enc.encode(&text) {
                Ok(bytes) if e == Encoding::Viqr => {
                    // A word whose only marks are `' . ?` is decoded only where its line reads
                    // as VIQR (English writes them too), so here it may stay as written: no
                    // letter is lost either way. `viqr_round_trips_in_context` checks the rest.
                    let strip = |s: &str| -> String {
                        vntext::fold(s, vntext::Fold::All)
                            .to_lowercase()
                            .replace("dd", "d")
                            .chars()
                            .filter(|c| !"^(+*'`?~.\\".contains(*c))
                            .collect()
                    };
                    let got = e.decode(&bytes);
                    prop_assert_eq!(strip(&got), strip(&text), "{:?} → {:?}", bytes, got);
                }
                Ok(bytes) => {
                    prop_assert_eq!(e.decode(&bytes), text.clone(), "{:?} {:?}", e, bytes);
                    prop_assert_eq!(e.decode_str(&garble(&bytes)), text.clone());
                }
                Err(err) => {
                    // Only what the encoding really lacks is refused.
                    let c = err.char();
                    let lacks = match e {
                        Encoding::Tcvn3 => upper_toned(c),
                        Encoding::Vps => c == 'Ỗ',
                        _ => false,
                    };
                    prop_assert!(lacks, "{:?} refused {:?}: {}", e, c, err);
                }
            }
        }
    }

    /// VIQR of Vietnamese text (no foreign words) after a line that shows it is VIQR decodes
    /// back exactly. (Not with a backtick right before a word: `` `ky` `` reads as Markdown.)
    #[test]
    fn viqr_round_trips_in_context(text in words_strategy(0).prop_map(|t| t.replace('`', "` "))) {
        let viqr = Encoding::Viqr;
        let mut bytes = b"Vie^.t Nam ddo^.c la^.p\n".to_vec();
        bytes.extend(viqr.encode(&text).unwrap());
        prop_assert_eq!(viqr.decode(&bytes), format!("Việt Nam độc lập\n{text}"));
    }
}

// ---------------------------------------------------------------------------------------------
// Regressions: Unicode text is never claimed by a legacy encoding, auto == explicit, VIQR.
// ---------------------------------------------------------------------------------------------

/// 1,000 lines of real Vietnamese news (NFC, old tone style).
const NEWS: &str = include_str!("../benches/corpus/news.txt");

/// What detection and the run converter must leave alone: `None` when they do.
fn claimed(s: &str) -> Option<String> {
    let d = detect_str(s);
    let b = detect(s.as_bytes());
    let runs = convert_legacy_runs(s);
    if d.encoding.is_some() || b.encoding.is_some() || matches!(runs, Cow::Owned(_)) {
        Some(format!("{d:?} {b:?} → {runs:?}"))
    } else {
        None
    }
}

#[test]
fn news_lines_are_never_claimed() {
    let lines: Vec<&str> = NEWS.lines().collect();
    assert_eq!(lines.len(), 1000);
    let bad: Vec<(usize, &str, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(n, l)| claimed(l).map(|why| (n + 1, *l, why)))
        .collect();
    assert!(bad.is_empty(), "{} lines claimed: {bad:#?}", bad.len());
    // Line 953 starts with `½`, which is `ơ` in VISCII.
    assert!(lines[952].starts_with('½'));
    assert_eq!(claimed(NEWS), None);
}

/// Symbols that news text carries, every Windows-1252 character that is not a letter among
/// them: each is a letter in some legacy encoding.
const SYMBOLS: &[&str] = &[
    "€",
    "5€,",
    "©",
    "(©2020)",
    "½",
    "±5%",
    "•",
    "·",
    "»",
    "«",
    "–",
    "—",
    "…",
    "25°C",
    "°",
    "™",
    "®",
    "“",
    "”",
    "‘",
    "’",
    "«Tin»",
    "😀",
    "🇻🇳",
    "中文",
    "Москва",
    "café",
    "×",
    "§",
    "¶",
    "†",
    "‡",
    "‰",
    "¼",
    "¾",
    "¹",
    "²",
    "³",
    "µm",
    "ª",
    "º",
    "¿",
    "¡",
    "¢",
    "£",
    "¥",
    "¤",
    "¦",
    "¨",
    "¯",
    "´",
    "¸",
    "÷",
    "ƒ",
    "ˆ",
    "˜",
    "Š",
    "Œ",
    "Ÿ",
    "‹",
    "›",
    "„",
    "‚",
    "¬",
    "(±0,5)",
    "≈",
];

/// Symbols written right after a word.
const SUFFIXES: &[&str] = &[
    "»", "”", "’", "…", "™", "®", "²", "³", "°", "·", ",", "€", "%",
];

/// `line` with a symbol after every third word, alone or glued to the word before it, and
/// non-breaking spaces in place of some spaces.
fn with_symbols(n: usize, line: &str) -> String {
    let mut out = String::new();
    for (j, w) in line.split(' ').enumerate() {
        if j > 0 {
            out.push(if (n + j).is_multiple_of(7) {
                '\u{a0}'
            } else {
                ' '
            });
        }
        out.push_str(w);
        if j % 3 == 2 {
            let k = n * 5 + j;
            if k.is_multiple_of(2) {
                out.push(' ');
                out.push_str(SYMBOLS[k % SYMBOLS.len()]);
            } else {
                out.push_str(SUFFIXES[k % SUFFIXES.len()]);
            }
        }
    }
    out
}

#[test]
fn unicode_with_symbols_is_never_claimed() {
    // The issue's cases.
    for s in [
        "Giá 5€, © 2020 Báo Mới » Kinh tế",
        "Chia ½ quyền",
        "±5% • mục 1 · mục 2",
    ] {
        assert_eq!(claimed(s), None, "{s}");
    }
    // Symbols, other languages, emoji, NBSP (tests/data/legacy/detect-unicode.txt).
    let lines: Vec<&str> = include_str!("data/legacy/detect-unicode.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .collect();
    assert!(lines.len() >= 45);
    let bad: Vec<(&str, String)> = lines
        .iter()
        .filter_map(|l| claimed(l).map(|why| (*l, why)))
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    // Every news line with symbols between and after its words.
    let mut all = String::new();
    let mut bad = Vec::new();
    for (n, line) in NEWS.lines().enumerate() {
        let s = with_symbols(n, line);
        if let Some(why) = claimed(&s) {
            bad.push((n + 1, s.clone(), why));
        }
        all.push_str(&s);
        all.push('\n');
    }
    assert!(
        bad.is_empty(),
        "{} lines claimed: {:#?}",
        bad.len(),
        &bad[..bad.len().min(10)]
    );
    assert_eq!(claimed(&all), None);
    // Each symbol alone, between two Vietnamese words, and after an English word.
    for s in SYMBOLS {
        for t in [s.to_string(), format!("Hà {s} Nội"), format!("Total {s}")] {
            assert_eq!(claimed(&t), None, "{t:?}");
        }
    }
}

/// Decoding the runs of a text is the explicit path as well as the automatic one, so on
/// Unicode text it must not change anything either.
#[test]
fn run_decoding_leaves_unicode_alone_in_every_encoding() {
    for &e in Encoding::ALL {
        for (n, line) in NEWS.lines().enumerate() {
            let s = with_symbols(n, line);
            for t in [line, s.as_str()] {
                let got = e.decode_runs(t);
                assert!(
                    matches!(got, Cow::Borrowed(_)),
                    "{e:?} line {}: {t}\n→ {got}",
                    n + 1
                );
            }
        }
    }
}

/// The text of a fixture as a program that read its bytes as Windows-1252 shows it; VIQR is
/// ASCII and is its own text.
fn as_text(e: Encoding, bytes: &[u8]) -> String {
    match e {
        Encoding::Viqr => String::from_utf8(bytes.to_vec()).unwrap(),
        _ => garble(bytes),
    }
}

#[test]
fn auto_equals_explicit_on_the_fixtures() {
    for (e, bytes, text) in fixtures() {
        let g = as_text(e, bytes);
        assert_eq!(detect_str(&g).encoding, Some(e), "{e:?}");
        assert_eq!(e.decode_str(&g), text, "{e:?} decode_str");
        let runs = e.decode_runs(&g);
        for (n, (got, want)) in runs.lines().zip(text.lines()).enumerate() {
            assert_eq!(got, want, "{e:?} decode_runs, line {}", n + 1);
        }
        assert_eq!(runs, text, "{e:?} decode_runs");
        assert_eq!(convert_legacy_runs(&g), text, "{e:?} convert_legacy_runs");
    }
}

#[test]
fn auto_equals_explicit_on_every_sentence_in_every_encoding() {
    let vi: Vec<&str> = include_str!("data/legacy/detect-vi.txt").lines().collect();
    let mut differ = Vec::new();
    for s in &vi {
        let s = ascii_punctuation(s);
        for &e in Encoding::ALL {
            let Ok(bytes) = Encoder::new(e).case_fallback(true).encode(&s) else {
                continue;
            };
            let want = e.decode(&bytes);
            let g = as_text(e, &bytes);
            let explicit = e.decode_runs(&g);
            let auto = match detect_str(&g).encoding {
                Some(d) if d == e => convert_legacy_runs(&g),
                _ => continue,
            };
            if explicit != want || auto != want {
                differ.push((e, s.clone(), want, explicit.into_owned(), auto.into_owned()));
            }
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ: {:#?}",
        differ.len(),
        &differ[..differ.len().min(5)]
    );
}

#[test]
fn viqr_leaves_english_alone() {
    for s in [
        "I'm OK.",
        "What? Don't.",
        "I'm here. Are you?",
        "No. I'm fine, thanks.",
        "Is it me? I'm so sorry.",
        "See you at 9 a.m. tomorrow.",
        "He said no.",
        "Go to the U.S. now.",
        "e.g. this, i.e. that",
        "Who's there? It's me.",
        "Really? So do I.",
        "O'Brien and D'Angelo",
        "I'm",
        "Me?",
        "Go.",
        "Let me go. Why not me? Do it.",
    ] {
        assert_eq!(Encoding::Viqr.decode_str(s), s, "{s}");
        assert_eq!(Encoding::Viqr.decode(s.as_bytes()), s, "{s}");
        assert!(
            matches!(Encoding::Viqr.decode_runs(s), Cow::Borrowed(_)),
            "{s}"
        );
        assert_eq!(claimed(s), None, "{s}");
    }
}

#[test]
fn viqr_decodes_weak_marks_in_vietnamese_context() {
    let viqr = Encoding::Viqr;
    assert_eq!(viqr.decode_str("Co' ca'c ti?nh."), "Có các tỉnh.");
    assert_eq!(viqr.decode_str("Ba.n te^n gi`?"), "Bạn tên gì?");
    // A question mark after a word whose tone is elsewhere is a question mark.
    assert_eq!(viqr.decode_str("Anh ddi dda^u?"), "Anh đi đâu?");
    assert_eq!(
        viqr.decode_str("Ai? Ta.i sao vo^.i the^'?"),
        "Ai? Tại sao vội thế?"
    );
    // A line with a single weak word takes its reading from the rest of the document.
    assert_eq!(
        viqr.decode_str("Vie^.t Nam ddo^.c la^.p\nCo'.\nHa` No^.i"),
        "Việt Nam độc lập\nCó.\nHà Nội"
    );
}

#[test]
fn viqr_accepts_the_star_horn() {
    let viqr = Encoding::Viqr;
    assert_eq!(viqr.decode_str("nu*o*'c"), "nước");
    assert_eq!(viqr.decode_str("Tru*o*`ng dda.i ho.c"), "Trường đại học");
    assert_eq!(viqr.decode(b"U*'ng Ho`a"), "Ứng Hòa");
    assert_eq!(viqr.decode_str("a\\*b"), "a*b");
    // The fixture with `*` for every horn.
    let (_, bytes, text) = fixtures()[2];
    let star = String::from_utf8(bytes.to_vec()).unwrap().replace('+', "*");
    assert_eq!(viqr.decode_str(&star), text);
    assert_eq!(detect_str(&star).encoding, Some(Encoding::Viqr));
}

#[test]
fn viqr_output_is_nfc() {
    use unicode_normalization::UnicodeNormalization;
    let viqr = Encoding::Viqr;
    assert_eq!(viqr.decode_str("Vie\u{323}\u{302}t Nam"), "Việt Nam");
    assert_eq!(viqr.decode_str("Ha\u{340} No^.i"), "Hà Nội");
    assert_eq!(viqr.decode("Vie\u{323}\u{302}t".as_bytes()), "Việt");
    // Run decoding converts the VIQR and keeps the Unicode as written.
    assert_eq!(viqr.decode_runs("Vie^.t va\u{341}"), "Việt va\u{341}");
    for s in ["Vie\u{323}\u{302}t Nam", "x\u{340}", "Ca'c e\u{301}\u{302}"] {
        let got = viqr.decode_str(s);
        assert_eq!(got, got.nfc().collect::<String>(), "{s:?}");
    }
}

#[test]
fn encodings_parse_from_names() {
    use vntext::ParseEncodingError;
    for &e in Encoding::ALL {
        assert_eq!(e.name().parse::<Encoding>(), Ok(e));
        assert_eq!(e.to_string().parse::<Encoding>(), Ok(e));
    }
    assert_eq!("Windows-1258".parse::<Encoding>(), Ok(Encoding::Cp1258));
    let err: ParseEncodingError = "utf-8".parse::<Encoding>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown legacy encoding \"utf-8\" (expected tcvn3, vni, viqr, viscii, vps or cp1258)"
    );
    let _: &(dyn std::error::Error + Send + Sync) = &err;
    let all: &'static [Encoding] = Encoding::ALL;
    assert_eq!(all.len(), 6);
}

#[test]
fn encode_error_offsets_are_bytes() {
    let text = "Hà Nội → Huế";
    let err = Encoding::Viqr.encode(text).unwrap_err();
    assert_eq!(err.offset(), text.find('→').unwrap());
    assert_eq!(
        err.to_string(),
        "VIQR cannot represent '→' (U+2192) at byte 10"
    );
    // A mark that does not compose with its base: the offset of the mark.
    let text = "Việt x\u{302}";
    let err = Encoding::Vni.encode(text).unwrap_err();
    assert_eq!(
        (err.offset(), err.char()),
        (text.find('\u{302}').unwrap(), '\u{302}')
    );
    // NFD before the character.
    let text = "Vie\u{323}\u{302}t Nam ✓";
    let err = Encoding::Tcvn3.encode(text).unwrap_err();
    assert_eq!(&text[err.offset()..], "✓");
    assert_eq!(
        EncodeErrorKind::Unrepresentable.to_string(),
        "no code for the character"
    );
    assert_eq!(
        EncodeErrorKind::UpperCaseToned.to_string(),
        "upper-case toned vowel (TCVN3 has none)"
    );
}

#[cfg(feature = "serde")]
#[test]
fn serde_names_are_the_short_names() {
    for &e in Encoding::ALL {
        let json = serde_json::to_string(&e).unwrap();
        assert_eq!(json, format!("\"{}\"", e.name()));
        assert_eq!(serde_json::from_str::<Encoding>(&json).unwrap(), e);
    }
    let d = detect_str("Céng hßa x· héi chñ nghÜa ViÖt Nam");
    let json = serde_json::to_string(&d).unwrap();
    assert!(
        json.starts_with(r#"{"encoding":"tcvn3","confidence":"#),
        "{json}"
    );
}

/// VIQR decoding, even when asked for, leaves alone what has no VIQR in it: the news without
/// accents (whose `GDĐT` folds to `GDDT`), English, Markdown.
#[test]
fn viqr_leaves_unaccented_and_english_text_alone() {
    let folded = vntext::fold(NEWS, vntext::Fold::All);
    let en = include_str!("data/legacy/detect-en.txt");
    let markdown = "Use `a` or *so*; the old `hòa` or new `hoà` style; only before `i e ê y`.";
    let mut changed = Vec::new();
    for line in folded.lines().chain(en.lines()).chain([markdown]) {
        let got = Encoding::Viqr.decode_str(line);
        if got != line {
            changed.push((line.to_string(), got));
        }
    }
    assert!(
        changed.is_empty(),
        "{} changed: {:#?}",
        changed.len(),
        &changed[..changed.len().min(5)]
    );
    assert_eq!(Encoding::Viqr.decode_str(&folded), folded);
}

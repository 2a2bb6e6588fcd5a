//! `vntext convert`, run as a user would run it.
#![cfg(feature = "cli")]

mod cli_run;
use cli_run::{stderr, stdout, temp_file, vntext};

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

const NEWS: &str = include_str!("../benches/corpus/news.txt");

#[test]
fn unicode_with_symbols_passes_unchanged() {
    for input in [
        "Giá 5€, © 2020 Báo Mới » Kinh tế\n",
        "Chia ½ quyền\n",
        "±5% • mục 1 · mục 2\n",
        "Nhiệt độ 25°C, diện tích 120 m², “Tin mới” – ½ giá…\n",
        "Le café à Paris coûte 2,50 € ; où est l'hôtel ?\n",
        "I'm OK. What? Don't.\n",
    ] {
        let o = vntext(&["convert"], input.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o), input);
        assert!(
            stderr(&o).contains("detected: unicode"),
            "{input}: {}",
            stderr(&o)
        );
    }
}

#[test]
fn the_news_corpus_passes_unchanged() {
    let o = vntext(&["convert", "benches/corpus/news.txt"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o) == NEWS, "the news corpus was changed");
    // Line 953 alone (it starts with `½`, a VISCII letter).
    let line = format!("{}\n", NEWS.lines().nth(952).unwrap());
    let o = vntext(&["convert"], line.as_bytes());
    assert_eq!(stdout(&o), line);
}

const FIXTURES: [(&str, &str); 6] = [
    ("tcvn3", "tests/data/legacy/langson.tcvn3"),
    ("vni", "tests/data/legacy/langson.vni"),
    ("viqr", "tests/data/legacy/langson.viqr"),
    ("viscii", "tests/data/legacy/langson.viscii"),
    ("vps", "tests/data/legacy/langson.vps"),
    ("cp1258", "tests/data/legacy/langson.cp1258"),
];

#[test]
fn auto_equals_explicit_on_every_fixture() {
    let text = include_str!("data/legacy/langson.txt");
    let lower = include_str!("data/legacy/langson-lower.txt");
    for (name, path) in FIXTURES {
        let want = if name == "tcvn3" { lower } else { text };
        let bytes = std::fs::read(path).unwrap();
        // The bytes as they are, and as a garbled string saved as UTF-8.
        let garbled = temp_file(
            "cli_convert",
            &format!("langson-garbled.{name}"),
            garble(&bytes).as_bytes(),
        );
        for file in [path, garbled.to_str().unwrap()] {
            let auto = vntext(&["convert", file], b"");
            let explicit = vntext(&["convert", "--from", name, file], b"");
            assert!(auto.status.success(), "{file}: {}", stderr(&auto));
            assert!(explicit.status.success(), "{file}: {}", stderr(&explicit));
            assert!(
                stderr(&auto).contains(&format!("detected: {name} ")),
                "{file}: {}",
                stderr(&auto)
            );
            assert_eq!(stdout(&auto), stdout(&explicit), "{file}");
            for (n, (got, w)) in stdout(&auto).lines().zip(want.lines()).enumerate() {
                assert_eq!(got, w, "{file} line {}", n + 1);
            }
            assert_eq!(stdout(&auto), want, "{file}");
        }
    }
}

#[test]
fn utf8_with_a_bad_byte_is_an_error_not_a_legacy_file() {
    let head = "Hà Nội, ngày 6/1/2020\nPhó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh ";
    for (middle, tail) in [
        (&b"\xff"[..], "Lạng Sơn\n"),
        (&b"\xe9"[..], "tư pháp, tư vấn\n"),
        (&b"\xc3"[..], "Chủ tịch nước\n"),
    ] {
        let mut input = head.as_bytes().to_vec();
        let offset = input.len();
        input.extend_from_slice(middle);
        input.extend_from_slice(tail.as_bytes());
        for args in [&["convert"][..], &["convert", "--from", "vni"][..]] {
            let o = vntext(args, &input);
            assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
            assert!(
                stderr(&o).contains(&format!("error: <stdin>: invalid UTF-8 at byte {offset}")),
                "{}",
                stderr(&o)
            );
            assert!(o.stdout.is_empty());
        }
        // --lossy replaces the bad byte and converts nothing else.
        let o = vntext(&["convert", "--lossy"], &input);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(stdout(&o), format!("{head}\u{FFFD}{tail}"));
        // The file name in the message.
        let file = temp_file("cli_convert", "one-bad-byte.txt", &input);
        let o = vntext(&["convert", file.to_str().unwrap()], b"");
        assert_eq!(o.status.code(), Some(2));
        assert!(
            stderr(&o).contains(&format!(
                "{}: invalid UTF-8 at byte {offset}",
                file.display()
            )),
            "{}",
            stderr(&o)
        );
    }
    // A large UTF-8 file with one bad byte.
    let mut input = NEWS.as_bytes().to_vec();
    let offset = NEWS.find("tư ").unwrap() + 1;
    input.insert(offset, 0x80);
    let o = vntext(&["convert"], &input);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains(&format!("invalid UTF-8 at byte {offset}")));
}

#[test]
fn bytes_that_are_neither_utf8_nor_legacy_are_an_error() {
    // Windows-1252 English: not Vietnamese in any legacy encoding.
    let input = b"The caf\xe9 r\xe9sum\xe9, na\xefve.\n";
    let o = vntext(&["convert"], input);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("invalid UTF-8 at byte 7"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("name one with --from"),
        "{}",
        stderr(&o)
    );
    // Too short to tell: the encoding can be named.
    let o = vntext(&["convert"], b"Vi\xd6t Nam\n");
    assert_eq!(o.status.code(), Some(2));
    let o = vntext(&["convert", "--from", "tcvn3"], b"Vi\xd6t Nam\n");
    assert_eq!(stdout(&o), "Việt Nam\n");
    let o = vntext(&["convert", "--lossy"], input);
    assert!(o.status.success());
    assert_eq!(
        stdout(&o),
        "The caf\u{FFFD} r\u{FFFD}sum\u{FFFD}, na\u{FFFD}ve.\n"
    );
    // Raw legacy bytes are still detected and converted.
    let o = vntext(
        &["convert"],
        b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\n",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "Cộng hòa xã hội chủ nghĩa Việt Nam\n");
}

#[test]
fn help_says_how_much_detection_reads() {
    let o = vntext(&["convert", "--help"], b"");
    assert!(o.status.success());
    let help = stdout(&o);
    assert!(help.contains("64 KiB"), "{help}");
    assert!(help.contains("--lossy"), "{help}");
}

#[test]
fn unrepresentable_characters_name_their_line_and_column() {
    let o = vntext(&["convert", "--to", "tcvn3"], "Hà Nội\nỦy ban\n".as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("<stdin>: line 2, column 1: TCVN3 cannot represent 'Ủ'"),
        "{}",
        stderr(&o)
    );
    let o = vntext(&["convert", "--to", "viqr"], "Hà Nội → Huế\n".as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("line 1, column 8: VIQR cannot represent '→'"),
        "{}",
        stderr(&o)
    );
}

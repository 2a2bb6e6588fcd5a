//! The `vntext` binary, run as a user would run it.
#![cfg(feature = "cli")]

mod cli_run;
use cli_run::{stdout, vntext};

#[test]
fn normalizes_the_bundled_sample() {
    let o = vntext(&["normalize", "data/samples/news-messy.txt"], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), include_str!("../data/samples/news.txt"));
}

#[test]
fn reads_stdin_and_applies_options() {
    let input = "Thuỷ lợi Hoà Bình, qủa cam\nVie\u{323}\u{302}t Nam\n";
    let o = vntext(&["normalize"], input.as_bytes());
    assert_eq!(stdout(&o), "Thủy lợi Hòa Bình, quả cam\nViệt Nam\n");
    let o = vntext(&["normalize", "--tone", "new", "-"], input.as_bytes());
    assert_eq!(stdout(&o), "Thuỷ lợi Hoà Bình, quả cam\nViệt Nam\n");
    let o = vntext(&["normalize", "--fold", "all"], input.as_bytes());
    assert_eq!(stdout(&o), "Thuy loi Hoa Binh, qua cam\nViet Nam\n");
    let o = vntext(&["normalize", "--fold", "tones"], "Lạng Sơn\n".as_bytes());
    assert_eq!(stdout(&o), "Lang Sơn\n");
    let o = vntext(&["normalize", "--form", "nfd"], "Việt\n".as_bytes());
    assert_eq!(stdout(&o), "Vie\u{323}\u{302}t\n");
    let o = vntext(
        &["normalize", "--tone", "keep", "--no-repairs"],
        "qủa hoà\n".as_bytes(),
    );
    assert_eq!(stdout(&o), "qủa hoà\n");
}

#[test]
fn invalid_utf8_is_an_error_with_its_offset() {
    let mut input = "Hà Nội\nSài Gòn ".as_bytes().to_vec();
    let offset = input.len();
    input.extend_from_slice(b"\xff\xfe tail\n");
    let o = vntext(&["normalize"], &input);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&format!("<stdin>: invalid UTF-8 at byte {offset}")),
        "{err}"
    );
    // The lines before the bad one were written.
    assert_eq!(stdout(&o), "Hà Nội\n");

    let o = vntext(&["normalize", "--lossy"], &input);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "Hà Nội\nSài Gòn \u{FFFD}\u{FFFD} tail\n");
}

#[test]
fn missing_file_is_an_error() {
    let o = vntext(&["normalize", "no/such/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: no/such/file.txt"));
}

#[test]
fn output_has_no_lost_text_on_foreign_input() {
    let input = "English, 中文, русский, emoji 😀, https://vnexpress.net/a?b=c, ñ\u{301}\n";
    let o = vntext(&["normalize"], input.as_bytes());
    use unicode_normalization::UnicodeNormalization;
    assert_eq!(stdout(&o), input.nfc().collect::<String>());
}

#[test]
fn tokenizes_text_and_jsonl() {
    let input = "Ngày 06/01/2019, UBND tỉnh họp. TP.HCM có 34.118 xe.\n";
    let o = vntext(&["tokenize", "--sentences"], input.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        stdout(&o),
        "Ngày 06/01/2019 UBND tỉnh họp\nTP.HCM có 34.118 xe\n"
    );
    let o = vntext(
        &["tokenize", "--format", "jsonl"],
        "Lạng Sơn 8,5%\n".as_bytes(),
    );
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(
        lines[0],
        r#"{"line":1,"start":0,"end":6,"kind":"syllable","text":"Lạng"}"#
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains(r#""kind":"number","text":"8,5""#)),
        "{lines:?}"
    );
    let o = vntext(&["tokenize"], b"abc \xff\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8 at byte 4"));
}

/// The input is read paragraph by paragraph: line and sentence numbers and error offsets
/// still count from the start of the input.
#[test]
fn tokenize_counts_across_paragraphs() {
    let input = "Tăng 8,5%.\n\nỞ TP.HCM.\nHà Nội\n\n\nxong";
    let o = vntext(
        &["tokenize", "--format", "jsonl", "--sentences"],
        input.as_bytes(),
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    let last: Vec<&str> = out.lines().rev().take(3).collect();
    assert_eq!(
        last,
        [
            r#"{"line":7,"start":0,"end":4,"kind":"syllable","text":"xong","sentence":4}"#,
            r#"{"line":4,"start":4,"end":9,"kind":"syllable","text":"Nội","sentence":3}"#,
            r#"{"line":4,"start":0,"end":3,"kind":"syllable","text":"Hà","sentence":3}"#,
        ]
    );
    let o = vntext(&["tokenize"], b"ab\n\ncd\n\nef \xff\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("invalid UTF-8 at byte 11"));
}

#[test]
fn converts_tcvn3_with_detection() {
    // "Cộng hòa xã hội chủ nghĩa Việt Nam" in TCVN3 (ABC) bytes.
    let input = b"C\xe9ng h\xdfa x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\n";
    let o = vntext(&["convert"], input);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o), "Cộng hòa xã hội chủ nghĩa Việt Nam\n");
    assert!(String::from_utf8_lossy(&o.stderr).contains("tcvn3"));
    let o = vntext(&["convert", "--to", "vni"], "Việt Nam\n".as_bytes());
    assert!(o.status.success());
    let back = vntext(&["convert", "--from", "vni"], &o.stdout);
    assert_eq!(stdout(&back), "Việt Nam\n");
}

// ---------------------------------------------------------------------------------------
// extract

#[test]
fn extracts_the_bundled_government_news() {
    let o = vntext(&["extract", "data/samples/gov-news.txt"], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        stdout(&o),
        include_str!("../data/samples/gov-news.extract.jsonl")
    );
}

/// Each line is read on its own, yet a signature block's signer gets the title above the
/// name (past a `(Đã ký)` line and a blank one), and a name further on does not.
#[test]
fn extract_links_the_signer_of_a_signature_block() {
    let input = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\n\nĐoàn Thu Hà\n\
                 Nơi nhận:\nNguyễn Văn An\nPHÓ CHỦ TỊCH\nUBND tỉnh đã họp.\nLê Văn Bình\n";
    let want = [
        (
            "Đoàn Thu Hà".to_string(),
            serde_json::json!(["PHÓ CHỦ TỊCH"]),
        ),
        ("Nguyễn Văn An".to_string(), serde_json::json!([])),
        ("Lê Văn Bình".to_string(), serde_json::json!([])),
    ];
    // Line by line and with --paragraphs alike.
    for args in [vec![], vec!["--paragraphs"]] {
        assert_eq!(signers(input, &args), want, "{args:?}");
    }
    // The stamp written without brackets; the name as the file's last line, with no line
    // break after it (it was once a batch of its own).
    let input = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐã ký\nNguyễn Văn Hùng";
    for args in [vec![], vec!["--paragraphs"]] {
        assert_eq!(
            signers(input, &args),
            [(
                "Nguyễn Văn Hùng".to_string(),
                serde_json::json!(["PHÓ CHỦ TỊCH"])
            )],
            "{args:?}"
        );
    }
}

/// The persons `vntext extract` finds in `input` (with `args` too), each with its titles.
fn signers(input: &str, args: &[&str]) -> Vec<(String, serde_json::Value)> {
    let mut all = vec!["extract", "--kinds", "title,person"];
    all.extend_from_slice(args);
    let o = vntext(&all, input.as_bytes());
    assert!(o.status.success());
    stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
        .filter(|r| r["kind"] == "person")
        .map(|r| {
            let name = r["text"].as_str().unwrap_or("").to_string();
            (name, r["value"]["titles"].clone())
        })
        .collect()
}

#[test]
fn extract_writes_one_json_object_per_match() {
    let input = "Ngày 06/01/2019, tăng trưởng đạt 8,5 - 9%.\r\n\nTết Canh Tý 2020; giảm 0,5 điểm phần trăm.\n";
    let o = vntext(&["extract"], input.as_bytes());
    assert!(o.status.success());
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["line"], 1);
    assert_eq!(rows[0]["start"], 0);
    assert_eq!(rows[0]["text"], "Ngày 06/01/2019");
    assert_eq!(rows[0]["value"], "2019-01-06");
    assert_eq!(rows[1]["kind"], "percent");
    assert_eq!(rows[1]["value"]["min"], 8.5);
    assert_eq!(rows[1]["value"]["max"], 9);
    assert_eq!(rows[1]["qualifier"], "đạt");
    // Offsets are bytes within the line (the `\r\n` of the first line does not count).
    let line3 = "Tết Canh Tý 2020; giảm 0,5 điểm phần trăm.";
    assert_eq!(rows[2]["line"], 3);
    assert_eq!(rows[2]["value"], "2020-01-25");
    assert_eq!(rows[2]["lunar"], "2020-01-01");
    let (s, e) = (
        rows[3]["start"].as_u64().unwrap() as usize,
        rows[3]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&line3[s..e], "0,5 điểm phần trăm");
    assert_eq!(rows[3]["unit"], "pp");
}

#[test]
fn extract_paragraphs_reads_hard_wrapped_lines_together() {
    // A gazette's hard-wrapped lines: the title runs on in lower case on the next line.
    let input = "Căn cứ Quyết định của Bộ trưởng Bộ Lao\r\nđộng - Thương binh và Xã hội.\n\nÔng Nguyễn Văn An, Chủ tịch Ủy ban\nnhân dân tỉnh, phát biểu ngày 06/01/2019.\nTăng 8,5%.\n";
    let rows = |args: &[&str]| -> Vec<serde_json::Value> {
        let o = vntext(args, input.as_bytes());
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        stdout(&o)
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect()
    };
    // Line by line (the default) the title is cut at the line break.
    let by_line = rows(&["extract", "--kinds", "title"]);
    assert_eq!(by_line[0]["text"], "Bộ trưởng Bộ Lao");
    let got = rows(&["extract", "--paragraphs"]);
    let lines: Vec<&str> = input.split('\n').collect();
    let title = &got[0];
    assert_eq!(title["line"], 1);
    assert_eq!(
        title["text"],
        "Bộ trưởng Bộ Lao\r\nđộng - Thương binh và Xã hội"
    );
    // Offsets count from the start of the first line; the value is on one line.
    let start = title["start"].as_u64().unwrap() as usize;
    assert!(lines[0][start..].starts_with("Bộ trưởng Bộ Lao"));
    assert_eq!(title["value"]["org"], "Bộ Lao động - Thương binh và Xã hội");
    let person = got.iter().find(|r| r["kind"] == "person").unwrap();
    assert_eq!(person["line"], 4);
    assert_eq!(
        person["value"]["titles"][0],
        "Chủ tịch Ủy ban nhân dân tỉnh"
    );
    // Matches after a line break keep their own line and offsets.
    let date = got.iter().find(|r| r["kind"] == "date").unwrap();
    assert_eq!(date["line"], 5);
    let (s, e) = (
        date["start"].as_u64().unwrap() as usize,
        date["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&lines[4][s..e], "ngày 06/01/2019");
    let pct = got.iter().find(|r| r["kind"] == "percent").unwrap();
    assert_eq!(
        (pct["line"].clone(), pct["start"].clone()),
        (6.into(), 6.into())
    );
    // The same whatever the number of workers.
    let big = input.repeat(3000);
    let run = |jobs: &str| {
        let o = vntext(&["extract", "--paragraphs", "--jobs", jobs], big.as_bytes());
        assert!(o.status.success());
        o.stdout
    };
    assert_eq!(run("1"), run("3"));
    // Not with JSON Lines input or the HTML page.
    let o = vntext(&["extract", "--paragraphs", "--jsonl"], b"");
    assert_eq!(o.status.code(), Some(2));
    let o = vntext(&["extract", "--paragraphs", "--format", "html"], b"");
    assert!(String::from_utf8_lossy(&o.stderr).contains("--paragraphs"));
    // Invalid UTF-8: the byte offset, as line by line.
    let o = vntext(&["extract", "--paragraphs"], b"ng\xe0y 15/3/2020\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("byte 2"));
}

#[test]
fn extract_options_and_errors() {
    let input = "Hôm qua, tăng 5%; rằm tháng Giêng.\n";
    let o = vntext(
        &[
            "extract",
            "--kinds",
            "date",
            "--reference-date",
            "2020-01-08",
        ],
        input.as_bytes(),
    );
    let out = stdout(&o);
    assert!(
        out.contains(r#""text":"Hôm qua","value":"2020-01-07""#),
        "{out}"
    );
    assert!(out.contains(r#""value":null,"lunar":"--01-15""#), "{out}");
    assert!(!out.contains("percent"), "{out}");
    // Without a reference date, no relative dates.
    let o = vntext(&["extract"], input.as_bytes());
    assert!(!stdout(&o).contains("Hôm qua"));
    let o = vntext(&["extract", "--kinds", "dates"], b"");
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown kind `dates`"));
    let o = vntext(&["extract", "--reference-date", "2020-02-30"], b"");
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("not a day of the calendar"));
    // Invalid UTF-8: exit 2 with the byte offset, or replaced with --lossy.
    let o = vntext(&["extract"], b"ng\xe0y 15/3/2020\n");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("byte 2"));
    let o = vntext(&["extract", "--lossy"], b"ng\xe0y 15/3/2020\n");
    assert!(stdout(&o).contains("2020-03-15"));
    let o = vntext(&["extract", "/no/such/file"], b"");
    assert_eq!(o.status.code(), Some(1));
    // An empty input prints nothing.
    let o = vntext(&["extract"], b"");
    assert!(o.status.success() && o.stdout.is_empty());
}

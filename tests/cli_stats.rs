//! `vntext stats`, run as a user would run it. The expected numbers are computed here from
//! the files and the library by other routes than the command's own, where there is one.
#![cfg(feature = "cli")]

mod cli_run;
use cli_run::{stdout, vntext_ok as vntext};

use std::collections::BTreeMap;
use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;
use vntext::{Form, TokenKind, ToneStyle};

fn json(args: &[&str], stdin: &[u8]) -> Value {
    let mut all = vec!["stats", "--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&stdout(&vntext(&all, stdin))).expect("one JSON object")
}

const GOV_NEWS: &str = "data/samples/gov-news.txt";

/// Open `oa oe uy` syllables with a tone, by writing each syllable in both styles: (old, new).
fn tone_styles(text: &str) -> (u64, u64) {
    let (mut old, mut new) = (0, 0);
    for t in vntext::words(text).filter(|t| t.kind == TokenKind::Syllable) {
        let s = t.syllable().expect("a syllable token parses");
        let (o, n) = (
            s.to_string_with(Form::Nfc, ToneStyle::Old),
            s.to_string_with(Form::Nfc, ToneStyle::New),
        );
        let written = vntext::Normalizer::new()
            .tone(ToneStyle::Keep)
            .normalize(t.text)
            .into_owned();
        if o != n && written == o {
            old += 1;
        } else if o != n && written == n {
            new += 1;
        }
    }
    (old, new)
}

#[test]
fn json_on_the_government_news_sample() {
    let text = std::fs::read_to_string(GOV_NEWS).expect("the sample");
    let j = json(&[GOV_NEWS], b"");
    assert_eq!(j["bytes"], text.len());
    assert_eq!(j["lines"]["total"], text.lines().count());
    // Unicode news in NFC, nothing garbled, nothing to repair.
    assert_eq!(j["lines"]["nfc"], text.lines().count());
    assert_eq!(j["lines"]["misplaced_marks"], 0);
    assert!(
        j["legacy_lines"]
            .as_object()
            .unwrap()
            .values()
            .all(|v| v == 0)
    );
    assert_eq!(vntext::normalize(&text), text);
    let (old, new) = tone_styles(&text);
    assert!(old >= 10, "{old}");
    assert_eq!(j["tone_style"], serde_json::json!({"old": old, "new": new}));
    let syllables = vntext::tokens(&text)
        .filter(|t| t.kind == TokenKind::Syllable)
        .count();
    assert_eq!(j["syllables"]["valid"], syllables);
    assert_eq!(j["syllables"]["invalid_rate"], 0.0);

    // Dates, percentages and abbreviations: as the committed output of `vntext extract`.
    let golden = std::fs::read_to_string("data/samples/gov-news.extract.jsonl").unwrap();
    let mut kinds: BTreeMap<String, u64> = BTreeMap::new();
    let mut abbrs: BTreeMap<String, u64> = BTreeMap::new();
    for line in golden.lines() {
        let m: Value = serde_json::from_str(line).unwrap();
        let kind = m["kind"].as_str().unwrap().to_string();
        if kind == "abbreviation" {
            *abbrs
                .entry(m["text"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
        *kinds.entry(kind).or_default() += 1;
    }
    assert_eq!(j["dates"], kinds["date"]);
    assert_eq!(j["percentages"], kinds["percent"]);
    assert_eq!(j["abbreviations"]["total"], kinds["abbreviation"]);
    assert_eq!(j["abbreviations"]["distinct"], abbrs.len());
    let mut top: Vec<(String, u64)> = abbrs.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let listed: Vec<(String, u64)> = (j["abbreviations"]["top"].as_array().unwrap().iter())
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_string(),
                c["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed, top);
    assert_eq!(listed[0], ("UBND".to_string(), 6));

    // `--top` cuts the list, not the counts.
    let j2 = json(&["--top", "2", GOV_NEWS], b"");
    assert_eq!(j2["abbreviations"]["top"].as_array().unwrap().len(), 2);
    assert_eq!(j2["abbreviations"]["total"], j["abbreviations"]["total"]);
}

#[test]
fn table_on_the_government_news_sample() {
    let j = json(&[GOV_NEWS], b"");
    let table = stdout(&vntext(&["stats", GOV_NEWS], b""));
    // Each row: the label, spaces, the number (and after it, sometimes, more).
    let row = |label: &str| -> u64 {
        let line = table
            .lines()
            .find(|l| l.starts_with(label) && l[label.len()..].starts_with(' '))
            .unwrap_or_else(|| panic!("no row {label:?} in\n{table}"));
        line[label.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(row("bytes"), j["bytes"]);
    assert_eq!(row("lines"), j["lines"]["total"]);
    assert_eq!(row("  nfc"), j["lines"]["nfc"]);
    assert_eq!(row("  misplaced marks"), 0);
    assert_eq!(row("tone style: old (hòa)"), j["tone_style"]["old"]);
    assert_eq!(row("            new (hoà)"), j["tone_style"]["new"]);
    assert_eq!(row("legacy-encoding lines"), 0);
    assert_eq!(row("syllables"), j["syllables"]["valid"]);
    assert_eq!(row("dates"), j["dates"]);
    assert_eq!(row("percentages"), j["percentages"]);
    assert_eq!(row("abbreviations"), j["abbreviations"]["total"]);
    assert_eq!(row("  UBND"), 6);
    // Numbers end in one column (the 32nd character), whatever the labels' characters.
    for l in table.lines() {
        let c: Vec<char> = l.chars().collect();
        assert!(c.len() >= 32 && c[31].is_ascii_digit(), "{l:?}");
        assert!(c.len() == 32 || c[32] == ' ', "{l:?}");
    }
}

/// A small input of every kind, through standard input: the counts worked out by hand.
#[test]
fn mixed_input_through_stdin() {
    let input = concat!(
        "Vie\u{323}\u{302}t Nam\n",               // NFD
        "Céng hßa x· héi chñ nghÜa ViÖt Nam\n",   // TCVN3, read as Windows-1252
        "Vie^.t Nam ddo^.c la^.p\n",              // VIQR (ASCII)
        "Hello world\n",                          // ASCII
        "Vie\u{323}\u{302}t Nam \u{111}ộc lập\n", // NFD and NFC
        "Đi “ok”\n",                              // neither
        "THUỶ LỢI HÒA BÌNH\n",                    // one new, one old
        "gìa, ÐẠI HỘI, UBND tăng 8,5% và 12,75%, ngày 06/01/2019, online Facebook\r\n",
    );
    let j = json(&[], input.as_bytes());
    assert_eq!(j["bytes"], input.len());
    assert_eq!(
        j["lines"],
        serde_json::json!({"total": 8, "ascii": 2, "nfc": 3, "nfd": 1, "mixed": 1, "other": 1,
                           "misplaced_marks": 1})
    );
    assert_eq!(j["tone_style"], serde_json::json!({"old": 1, "new": 1}));
    assert_eq!(
        j["legacy_lines"],
        serde_json::json!({"tcvn3": 1, "vni": 0, "viqr": 1, "viscii": 0, "vps": 0, "cp1258": 0})
    );
    // Valid: Việt Nam, Nam, Nam la, Việt Nam độc lập, Đi, THUỶ LỢI HÒA BÌNH, gìa ĐẠI HỘI tăng
    // và ngày. Invalid: Céng héi (with marks), Vie ddo Hello ok online. Foreign: hßa chñ
    // nghÜa ViÖt (letters outside the alphabet), world Facebook (w, f).
    assert_eq!(
        j["syllables"],
        serde_json::json!({"valid": 20, "invalid": 7, "invalid_marked": 2, "foreign": 6,
                           "invalid_rate": 7.0 / 27.0})
    );
    assert_eq!(
        (j["dates"].as_u64(), j["percentages"].as_u64()),
        (Some(1), Some(2))
    );
    let top = j["abbreviations"]["top"].as_array().unwrap();
    assert!(
        top.iter().any(|c| c["text"] == "UBND" && c["count"] == 1),
        "{top:?}"
    );

    // The table says the same; the same input as a file and through `-` gives the same.
    let table = stdout(&vntext(&["stats"], input.as_bytes()));
    assert!(
        table.contains("\n  tcvn3                        1\n"),
        "{table}"
    );
    assert!(
        table.contains("\n  invalid                      7   25.93%\n"),
        "{table}"
    );
    assert_eq!(stdout(&vntext(&["stats", "-"], input.as_bytes())), table);
}

/// Several inputs are one report: two copies of the sample count twice.
#[test]
fn several_inputs_add_up() {
    let one = json(&[GOV_NEWS], b"");
    let two = json(
        &[GOV_NEWS, "-"],
        std::fs::read(GOV_NEWS).unwrap().as_slice(),
    );
    for path in [
        &["bytes"][..],
        &["lines", "total"],
        &["tone_style", "old"],
        &["syllables", "valid"],
        &["dates"],
        &["percentages"],
        &["abbreviations", "total"],
    ] {
        let get = |v: &Value| path.iter().fold(v.clone(), |v, k| v[k].clone());
        assert_eq!(
            get(&two).as_u64(),
            get(&one).as_u64().map(|n| 2 * n),
            "{path:?}"
        );
    }
    assert_eq!(
        two["abbreviations"]["distinct"],
        one["abbreviations"]["distinct"]
    );
    assert_eq!(
        two["syllables"]["invalid_rate"],
        one["syllables"]["invalid_rate"]
    );
}

/// The example in `--help` is what the command prints.
#[test]
fn help_example_is_real() {
    let help = stdout(&vntext(&["stats", "--help"], b""));
    let input = "Thuỷ lợi Hoà Bình, qủa cam\nUBND tỉnh tăng 8,5%.\n";
    assert!(
        help.contains(
            "printf 'Thuỷ lợi Hoà Bình, qủa cam\\nUBND tỉnh tăng 8,5%%.\\n' | vntext stats"
        )
    );
    let out = stdout(&vntext(&["stats"], input.as_bytes()));
    let indented: String = out.lines().map(|l| format!("  {l}\n")).collect();
    assert!(help.contains(&indented), "{help}\n---\n{indented}");
}

#[test]
fn invalid_utf8_needs_lossy() {
    let input = b"H\xe0 N\xf4i\nVi\xc3\xaa\xcc\xa3t\n";
    let o = Command::new(env!("CARGO_BIN_EXE_vntext"))
        .args(["stats", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            c.stdin.take().unwrap().write_all(input)?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let j = json(&["--lossy"], input);
    assert_eq!(j["lines"]["total"], 2);
    // U+FFFD twice on the first line (3 bytes each for 1), then `Việt` written `ê` + U+0323.
    assert_eq!(j["bytes"], input.len() + 2 * 2);
    assert_eq!(j["lines"]["other"], 1);
    assert_eq!(j["lines"]["mixed"], 1);
}

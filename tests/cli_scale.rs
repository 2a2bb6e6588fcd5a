//! The command line at scale: `--jobs`, JSON Lines in and out, errors a user can act on,
//! broken pipes and flat memory, run on the built binary as a user would.
#![cfg(feature = "cli")]

mod cli_run;
use cli_run::{spawn, temp_file, vntext};

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};

const NEWS: &str = include_str!("../benches/corpus/news.txt");

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// Real news, repeated to a few MB so that every thread gets batches, with the awkward
/// parts: NFD, new-style tones, CRLF, blank lines, a line without a final line break.
fn news_mb(copies: usize) -> String {
    let mut s = String::new();
    for i in 0..copies {
        s.push_str(NEWS);
        s.push_str("Thuỷ lợi Hoà Bình\r\nVie\u{323}\u{302}t Nam, tăng 8,5%.\n\n");
        if i % 3 == 0 {
            s.push_str("ông A.\nB. Lê, v.v...\nTP.\nHCM\n");
        }
    }
    s.push_str("Ngày 06/01/2019 không có dấu xuống dòng");
    s
}

#[test]
fn every_subcommand_gives_the_same_output_whatever_the_jobs() {
    let input = news_mb(12);
    assert!(input.len() > 2_000_000);
    let file = temp_file("cli_scale", "news.txt", input.as_bytes());
    let file = file.to_str().expect("path");
    let commands: [&[&str]; 10] = [
        &["stats"],
        &["stats", "--json"],
        &["extract"],
        &["normalize"],
        &["normalize", "--tone", "new", "--form", "nfd"],
        &["tokenize"],
        &["tokenize", "--sentences"],
        &["tokenize", "--format", "jsonl", "--sentences"],
        &["convert"],
        &["extract", "--format", "jsonl", "--kinds", "date,person"],
    ];
    for command in commands {
        let run = |jobs: &str| {
            let mut args = command.to_vec();
            args.extend(["--jobs", jobs, file]);
            let o = vntext(&args, b"");
            assert!(
                o.status.success(),
                "{command:?}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            o.stdout
        };
        let one = run("1");
        assert!(!one.is_empty(), "{command:?}");
        assert!(
            run("4") == one,
            "{command:?}: --jobs 4 differs from --jobs 1"
        );
        assert!(
            run("2") == one,
            "{command:?}: --jobs 2 differs from --jobs 1"
        );
    }
}

/// Sentence numbers count across the whole input, whichever thread saw the sentence.
#[test]
fn sentence_numbers_count_across_batches() {
    let input = news_mb(6);
    let o = vntext(
        &[
            "tokenize",
            "--format",
            "jsonl",
            "--sentences",
            "--jobs",
            "3",
        ],
        input.as_bytes(),
    );
    let mut last = 0;
    for line in text(&o.stdout).lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("JSON row");
        let n = row["sentence"].as_u64().expect("sentence number");
        assert!(n == last || n == last + 1, "{last} then {n}");
        last = n;
    }
    let whole = vntext::sentences(&input).count() as u64;
    assert_eq!(last, whole);
}

#[test]
fn jsonl_normalize_rewrites_the_field_and_keeps_the_rest() {
    let input = concat!(
        r#"{"id": 17, "text": "Thuỷ lợi Hoà Bình, qủa cam", "source": {"url": "https://x.vn/a?b=1"}, "n": 1.50}"#,
        "\n",
        r#"{"text":"Đã chuẩn hóa","id":"a-2"}"#,
        "\n\n",
        r#"{"body": "Vie\u0323\u0302t Nam \"2020\"", "id": null, "tags": ["UBND", "hòa"]}"#,
        "\n",
    );
    let o = vntext(
        &["normalize", "--jsonl", "--field", "text"],
        input.as_bytes(),
    );
    // The third object has no `text` field: an error naming the line.
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("<stdin>: line 4: no field `text`"), "{err}");

    let o = vntext(&["normalize", "--jsonl", "--skip-bad"], input.as_bytes());
    assert!(o.status.success());
    let out = text(&o.stdout);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            r#"{"id": 17, "text": "Thủy lợi Hòa Bình, quả cam", "source": {"url": "https://x.vn/a?b=1"}, "n": 1.50}"#,
            // Unchanged text: the object byte for byte.
            r#"{"text":"Đã chuẩn hóa","id":"a-2"}"#,
        ]
    );
    let err = text(&o.stderr);
    assert!(err.contains("line 4: skipped: no field `text`"), "{err}");
    assert!(err.contains("skipped 1 malformed line"), "{err}");

    // Another field, escapes decoded and written back as JSON.
    let o = vntext(
        &["normalize", "--jsonl", "--field", "body"],
        input.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(2), "lines 1 and 2 have no body");
    let o = vntext(
        &["normalize", "--jsonl", "--field", "body", "--skip-bad"],
        input.as_bytes(),
    );
    let out = text(&o.stdout);
    assert_eq!(
        out,
        "{\"body\": \"Việt Nam \\\"2020\\\"\", \"id\": null, \"tags\": [\"UBND\", \"hòa\"]}\n"
    );
    let row: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    assert_eq!(row["body"], "Việt Nam \"2020\"");
}

/// A file saved with a byte-order mark reads like one without.
#[test]
fn jsonl_first_line_may_have_a_byte_order_mark() {
    let input = "\u{feff}{\"text\": \"Thuỷ lợi\"}\n{\"text\": \"Hoà Bình\"}\n";
    let o = vntext(&["normalize", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        "{\"text\": \"Thủy lợi\"}\n{\"text\": \"Hòa Bình\"}\n"
    );
    // Many more threads than cores: the same output.
    let o2 = vntext(
        &["normalize", "--jsonl", "--jobs", "1000"],
        input.as_bytes(),
    );
    assert_eq!(o2.stdout, o.stdout);
}

#[test]
fn jsonl_extract_and_tokenize_copy_the_id() {
    let input = concat!(
        r#"{"id": "vn-1", "text": "Ngày 06/01/2019, đồng chí Phạm Ngọc Thưởng, Chủ tịch UBND tỉnh phát biểu.\nTăng 8,5%."}"#,
        "\n",
        r#"{"doc": 2, "text": "Không có gì."}"#,
        "\n",
    );
    let o = vntext(&["extract", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", text(&o.stderr));
    let rows: Vec<serde_json::Value> = text(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let doc =
        "Ngày 06/01/2019, đồng chí Phạm Ngọc Thưởng, Chủ tịch UBND tỉnh phát biểu.\nTăng 8,5%.";
    assert!(rows.len() >= 4, "{rows:?}");
    for r in &rows {
        assert_eq!(r["id"], "vn-1");
        assert_eq!(r["line"], 1);
        // Offsets are within the document's text.
        let (s, e) = (r["start"].as_u64().unwrap(), r["end"].as_u64().unwrap());
        assert_eq!(&doc[s as usize..e as usize], r["text"].as_str().unwrap());
    }
    assert!(rows.iter().any(|r| r["kind"] == "person"));
    assert!(
        rows.iter()
            .any(|r| r["kind"] == "percent" && r["value"] == 8.5)
    );

    let o = vntext(
        &["extract", "--jsonl", "--id-field", "doc", "--kinds", "date"],
        input.as_bytes(),
    );
    let out = text(&o.stdout);
    assert!(out.starts_with(r#"{"line":1,"start":0"#), "{out}");

    let o = vntext(
        &["tokenize", "--jsonl", "--format", "jsonl", "--sentences"],
        input.as_bytes(),
    );
    let out = text(&o.stdout);
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows[0]["id"], "vn-1");
    assert_eq!(rows.last().unwrap()["line"], 2);
    assert_eq!(rows.last().unwrap()["sentence"], 1);
    assert!(
        rows.iter()
            .any(|r| r["sentence"] == 2 && r["text"] == "Tăng")
    );
    let o = vntext(&["tokenize", "--jsonl", "--sentences"], input.as_bytes());
    assert_eq!(
        text(&o.stdout),
        "Ngày 06/01/2019 đồng chí Phạm Ngọc Thưởng Chủ tịch UBND tỉnh phát biểu\nTăng 8,5 %\nKhông có gì\n"
    );
}

#[test]
fn errors_a_user_can_act_on() {
    // A directory given as a file.
    let o = vntext(&["normalize", "tests"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("tests: is a directory"),
        "{}",
        text(&o.stderr)
    );
    // A missing file after a good one: the good one's output, then the error.
    let o = vntext(&["normalize", "data/samples/news.txt", "no/such.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stdout), include_str!("../data/samples/news.txt"));
    assert!(text(&o.stderr).starts_with("error: no/such.txt:"));
    // Malformed JSON: file and line.
    let file = temp_file(
        "cli_scale",
        "bad.jsonl",
        b"{\"text\": \"a\"}\n{\"text\": \"b\"\n",
    );
    let o = vntext(&["tokenize", "--jsonl", file.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = text(&o.stderr);
    assert!(err.contains("bad.jsonl: line 2: malformed JSON"), "{err}");
    assert_eq!(text(&o.stdout), "a\n");
    // Invalid UTF-8 deep in a large input: the offset counts from the start of the input.
    let mut input = news_mb(3).into_bytes();
    // At the start of a line near the end.
    let offset = input[..input.len() - 100]
        .iter()
        .rposition(|&b| b == b'\n')
        .unwrap()
        + 1;
    input.insert(offset, 0xff);
    for jobs in ["1", "2"] {
        let o = vntext(&["extract", "--jobs", jobs], &input);
        assert_eq!(o.status.code(), Some(2));
        assert!(
            text(&o.stderr).contains(&format!("invalid UTF-8 at byte {offset}")),
            "{}",
            text(&o.stderr)
        );
    }
    // Options that need --jsonl say so.
    let o = vntext(&["normalize", "--field", "body"], b"");
    assert!(!o.status.success());
    assert!(text(&o.stderr).contains("--jsonl"));
    let o = vntext(&["convert", "--jsonl"], b"");
    assert_eq!(o.status.code(), Some(1));
}

/// `vntext … | head`: the reader hangs up early; the command stops quietly with 0.
#[test]
fn a_closed_pipe_is_not_an_error() {
    let input = news_mb(8);
    let file = temp_file("cli_scale", "pipe.txt", input.as_bytes());
    for args in [
        ["tokenize", "--format", "jsonl"],
        ["normalize", "--jobs", "2"],
        ["extract", "--jobs", "1"],
    ] {
        let mut a = args.to_vec();
        a.push(file.to_str().unwrap());
        let mut child = spawn(&a);
        drop(child.stdin.take());
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 100];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let o = child.wait_with_output().expect("finishes");
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(o.stderr.is_empty(), "{args:?}: {}", text(&o.stderr));
    }
}

/// Peak resident memory of a child, polled from `/proc` while it runs (VmHWM is the peak
/// so far, so the last reading is the peak up to the last few milliseconds).
fn peak_rss_kb(child: &Child) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", child.id())).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Streams `mb` megabytes of news through `args` and returns the child's peak RSS in kB.
fn streamed_peak(args: &[&str], mb: usize) -> u64 {
    let mut child = spawn(args);
    let mut input = child.stdin.take().expect("stdin");
    let chunk = news_mb(5);
    let writer = std::thread::spawn(move || {
        let mut written = 0;
        while written < mb << 20 {
            if input.write_all(chunk.as_bytes()).is_err() {
                return;
            }
            written += chunk.len();
        }
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut sink = [0u8; 1 << 16];
        let mut total = 0u64;
        while let Ok(n) = stdout.read(&mut sink) {
            if n == 0 {
                break;
            }
            total += n as u64;
        }
        total
    });
    let mut peak = 0;
    while child.try_wait().expect("wait").is_none() {
        if let Some(kb) = peak_rss_kb(&child) {
            peak = peak.max(kb);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    writer.join().expect("writer");
    assert!(reader.join().expect("reader") > 0);
    peak
}

#[test]
fn memory_stays_flat_on_a_large_stream() {
    if !std::path::Path::new("/proc/self/status").exists() {
        return;
    }
    for args in [
        &["tokenize", "--format", "jsonl", "--jobs", "4"][..],
        &["convert", "--jobs", "8"],
    ] {
        let peak = streamed_peak(args, 120);
        assert!(peak > 0);
        assert!(
            peak < 150_000,
            "{args:?}: peak RSS {peak} kB for 120 MB of input"
        );
    }
}

/// The issue's bar: 1 GB in well under 200 MB. Slow in debug builds: run with
/// `cargo test --release --all-features --test cli_scale -- --ignored`.
#[test]
#[ignore]
fn memory_stays_flat_on_a_gigabyte() {
    for args in [
        &["normalize", "--jobs", "2"][..],
        &["extract", "--jobs", "2"],
        &["convert"],
        &[
            "tokenize",
            "--format",
            "jsonl",
            "--sentences",
            "--jobs",
            "16",
        ],
    ] {
        let peak = streamed_peak(args, 1024);
        assert!(peak < 200_000, "{args:?}: peak RSS {peak} kB for 1 GB");
        eprintln!("{args:?}: peak RSS {peak} kB for 1 GB");
    }
}

/// Every subcommand's help has a real example of itself.
#[test]
fn help_has_examples() {
    let o = vntext(&["--help"], b"");
    assert!(o.status.success());
    assert!(text(&o.stdout).contains("Examples:"));
    for command in ["extract", "normalize", "tokenize", "convert"] {
        let o = vntext(&[command, "--help"], b"");
        assert!(o.status.success(), "{command}");
        let help = text(&o.stdout);
        assert!(
            help.contains(&format!("vntext {command}")),
            "{command}: {help}"
        );
        assert!(help.contains("--jobs"), "{command}");
    }
}

/// Output starts before the input ends: with stdin still open, the first batches come out.
#[test]
fn output_starts_before_the_input_ends() {
    let mut child = spawn(&["normalize", "--jobs", "2"]);
    let mut input = child.stdin.take().expect("stdin");
    let mut stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut first = [0u8; 1000];
        let read = stdout.read_exact(&mut first).map(|()| first.to_vec());
        let _ = tx.send(read);
        // Keep reading, so that the command is never stuck writing.
        let _ = std::io::copy(&mut stdout, &mut std::io::sink());
    });
    let chunk = news_mb(16);
    input.write_all(chunk.as_bytes()).expect("write");
    input.flush().expect("flush");
    // The input is not closed yet.
    let got = rx.recv_timeout(std::time::Duration::from_secs(20));
    drop(input);
    let _ = child.wait();
    let first = got
        .expect("output before the end of the input")
        .expect("read");
    assert!(chunk.as_bytes().starts_with(&first[..100]));
}

/// The progress bar: on stderr when it is a terminal and the size is known, never with
/// --quiet. Run under `script`, which gives the command a terminal.
#[test]
fn progress_bar_only_on_a_terminal() {
    if !std::path::Path::new("/usr/bin/script").exists() {
        return;
    }
    let file = temp_file("cli_scale", "progress.txt", news_mb(4).as_bytes());
    let bin = env!("CARGO_BIN_EXE_vntext");
    let run = |extra: &str| {
        let cmd = format!("{bin} normalize {extra} {} > /dev/null", file.display());
        let o = Command::new("/usr/bin/script")
            .args(["-qec", &cmd, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .expect("script runs");
        text(&o.stdout)
    };
    let shown = run("");
    assert!(
        shown.contains("100%") && shown.contains("MB/s"),
        "{shown:?}"
    );
    assert!(!run("--quiet").contains("MB/s"));
    // Not a terminal (the other tests): nothing on stderr.
    let o = vntext(&["normalize", file.to_str().unwrap()], b"");
    assert!(o.stderr.is_empty());
}

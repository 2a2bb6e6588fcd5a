//! Running the built `vntext` binary as a user would, for the command-line tests (each test
//! crate that includes this is `#![cfg(feature = "cli")]`, so the binary exists).
#![allow(dead_code)] // each test crate uses a part

use std::io::Write;
use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};

/// The binary started with `args`, its standard streams piped.
pub fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_vntext"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("vntext runs")
}

/// Runs the binary on `stdin` and waits for it. The input is written from a thread while
/// the output is read (the output may start before the input ends), and the command may
/// stop reading early at an error, so a closed pipe there is no failure.
pub fn vntext(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    let mut input = child.stdin.take().expect("stdin");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().expect("vntext finishes");
    writer.join().expect("writer");
    out
}

/// [`vntext`], which must succeed.
pub fn vntext_ok(args: &[&str], stdin: &[u8]) -> Output {
    let o = vntext(args, stdin);
    assert!(o.status.success(), "{args:?}: {}", stderr(&o));
    o
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A file under Cargo's temporary directory for integration tests, in a folder of its own
/// per test crate.
pub fn temp_file(dir: &str, name: &str, bytes: &[u8]) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write temp file");
    path
}

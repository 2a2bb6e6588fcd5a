//! Profiling harness for the extractors (not a benchmark: use `cargo bench --bench extract`
//! for ratios).
//!
//! `cargo build --release --example profile_extract`, then
//! `ITERS=1 valgrind --tool=callgrind ./target/release/examples/profile_extract all`
//! and the same with `ITERS=2` (the difference is one pass over the bench corpus × 5).
//! Modes: `tokens` (the baseline), `all` (every kind), `dates`, `percent`, `titles`,
//! `persons`, `abbrev`, `none` (no kind: the sentence units alone), each also as `lines-MODE`
//! (every line apart, as the command line reads a file), and `best`: best-of-`ITERS`
//! wall times of `tokens` and `all` (or the mode after `best`), interleaved, and their ratio
//! (`PROFILE_TEXT=FILE` reads another text, `REPEAT=N` runs each sample N times).
use std::time::{Duration, Instant};

use vntext::{Extractor, Kind};

fn run(mode: &str, text: &str) -> usize {
    // `lines-MODE`: MODE over each line apart, as the command line reads a file.
    if let Some(m) = mode.strip_prefix("lines-") {
        return text.lines().map(|l| run(m, l)).sum();
    }
    let kinds: &[Kind] = match mode {
        "tokens" => return vntext::tokens(text).map(|t| t.kind as usize).sum::<usize>(),
        "dates" => &[Kind::Date],
        "percent" => &[Kind::Percent],
        "dp" => &[Kind::Date, Kind::Percent],
        "titles" => &[Kind::Title],
        "persons" => &[Kind::Person],
        "abbrev" => &[Kind::Abbreviation],
        "none" => &[],
        _ => Kind::ALL,
    };
    Extractor::new().kinds(kinds).extract(text).count()
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    // (`PROFILE_TEXT=FILE`: that file instead of the bench corpus.)
    let text = match std::env::var_os("PROFILE_TEXT") {
        Some(f) => std::fs::read_to_string(f).expect("PROFILE_TEXT names a readable UTF-8 file"),
        None => include_str!("../benches/corpus/news.txt").repeat(5),
    };
    let iters: usize = std::env::var("ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10);
    if mode == "best" {
        let other = std::env::args().nth(2).unwrap_or_else(|| "all".into());
        let modes = ["tokens", other.as_str()];
        // (`REPEAT=N`: each sample runs the mode N times, for short texts.)
        let repeat: usize = std::env::var("REPEAT")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
        let mut best = [Duration::MAX; 2];
        for _ in 0..iters {
            for (m, b) in modes.iter().zip(best.iter_mut()) {
                let t = Instant::now();
                for _ in 0..repeat {
                    std::hint::black_box(run(m, std::hint::black_box(&text)));
                }
                *b = (*b).min(t.elapsed());
            }
        }
        let mb = |d: Duration| (text.len() * repeat) as f64 / d.as_secs_f64() / 1e6;
        println!(
            "tokens {:.1} MB/s, {other} {:.1} MB/s, ratio {:.3}",
            mb(best[0]),
            mb(best[1]),
            best[0].as_secs_f64() / best[1].as_secs_f64()
        );
        return;
    }
    let mut sink = 0;
    for _ in 0..iters {
        sink += run(&mode, std::hint::black_box(&text));
    }
    std::hint::black_box(sink);
}

//! The library's in-memory throughput on a file, the yardstick of `scripts/cli-speed.sh`
//! (the command line must reach at least half of it end to end).
//!
//!     cargo run --release --example throughput -- normalize FILE
//!     cargo run --release --example throughput -- tokens FILE
//!     cargo run --release --example throughput -- extract FILE
//!
//! Reads FILE into memory, then runs the library over it line by line on one thread, the
//! best of three runs, and prints MB/s.

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: throughput normalize|tokens|extract FILE");
        std::process::exit(1);
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let normalizer = vntext::Normalizer::new();
    let extractor = vntext::Extractor::new();
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let start = Instant::now();
        let mut sink = 0usize;
        let mut buf = String::new();
        for line in text.split_inclusive('\n') {
            sink += match mode.as_str() {
                "normalize" => {
                    buf.clear();
                    normalizer.normalize_to(line, &mut buf);
                    buf.len()
                }
                "tokens" => vntext::tokens(line).count(),
                "extract" => extractor.extract(line).count(),
                _ => {
                    eprintln!("unknown mode {mode}");
                    std::process::exit(1);
                }
            };
        }
        std::hint::black_box(sink);
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("{:.1}", text.len() as f64 / best / 1e6);
}

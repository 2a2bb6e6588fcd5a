//! Profiling harness for the tokenizer (not a benchmark: use `cargo bench` for ratios).
//!
//! `cargo build --release --example profile_tokenize`, then
//! `ITERS=1 valgrind --tool=callgrind ./target/release/examples/profile_tokenize tokens`
//! and the same with `ITERS=2` (the difference is one pass over the bench corpus × 6).
//! Modes: `tokens`, `sentences`, `seg` (unicode-segmentation's word bounds), and `best`:
//! best-of-`ITERS` wall times of `tokens`, `sentences` and `seg`, interleaved, with the ratios
//! (less sensitive to a noisy machine than one long run of each).
use std::time::{Duration, Instant};

use unicode_segmentation::UnicodeSegmentation;

fn run(mode: &str, text: &str) -> usize {
    match mode {
        "sentences" => vntext::sentences(text).count(),
        "seg" => text.split_word_bound_indices().count(),
        _ => vntext::tokens(text).map(|t| t.kind as usize).sum::<usize>(),
    }
}

fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let text = include_str!("../benches/corpus/news.txt").repeat(6);
    let iters: usize = std::env::var("ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    if mode == "best" {
        let tiny = text.lines().next().unwrap_or("");
        for (name, input, reps) in [("tiny", tiny, 20_000), ("large", text.as_str(), 1)] {
            let modes = ["tokens", "sentences", "seg"];
            let mut best = [Duration::MAX; 3];
            for _ in 0..iters {
                for (m, b) in modes.iter().zip(best.iter_mut()) {
                    let t = Instant::now();
                    for _ in 0..reps {
                        std::hint::black_box(run(m, std::hint::black_box(input)));
                    }
                    *b = (*b).min(t.elapsed());
                }
            }
            println!(
                "{name}: tokens {:.2}x, sentences {:.2}x the word bounds",
                best[2].as_secs_f64() / best[0].as_secs_f64(),
                best[2].as_secs_f64() / best[1].as_secs_f64()
            );
        }
        return;
    }
    let t = Instant::now();
    let mut total = 0usize;
    for _ in 0..iters {
        total += run(&mode, &text);
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{mode}: {:.1} MB/s ({total})",
        text.len() as f64 * iters as f64 / secs / 1e6
    );
}

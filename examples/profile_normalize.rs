//! Profiling harness for the normalizer (not a benchmark: use `cargo bench` for ratios).
//!
//! `cargo build --release --example profile_normalize`, then e.g.
//! `ITERS=1 valgrind --tool=callgrind ./target/release/examples/profile_normalize nfc` and the
//! same with `ITERS=2`: the difference is one pass over the bench corpus repeated `REPS`
//! times (default 6). Modes: `nfc` (clean news), `nfd` (the same in NFD), `crate` and
//! `cratenfd` (unicode-normalization on the same inputs).
use unicode_normalization::UnicodeNormalization;
fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(6);
    let text = include_str!("../benches/corpus/news.txt").repeat(reps);
    let text = if mode == "nfd" || mode == "cratenfd" {
        text.nfd().collect::<String>()
    } else {
        text
    };
    let n = vntext::Normalizer::new();
    let t = std::time::Instant::now();
    let mut total = 0;
    let iters: usize = std::env::var("ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    for _ in 0..iters {
        let mut out = String::new();
        if mode == "crate" || mode == "cratenfd" {
            out = text.nfc().collect::<String>();
        } else {
            n.normalize_to(&text, &mut out);
        }
        total += out.len();
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{mode}: {:.1} MB/s ({total})",
        text.len() as f64 * iters as f64 / secs / 1e6
    );
}

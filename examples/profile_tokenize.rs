//! Profiling harness for the tokenizer (not a benchmark: use `cargo bench` for ratios).
//!
//! `cargo build --release --example profile_tokenize`, then
//! `ITERS=1 WHAT=tokens valgrind --tool=callgrind ./target/release/examples/profile_tokenize`
//! and the same with `ITERS=2` (the difference is one pass over the bench corpus × 6);
//! `WHAT` is `tokens`, `count`, `sentences` or `uniseg`; `WHAT=time ITERS=40` prints best-of-N
//! wall times against unicode-segmentation.
fn main() {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let text = include_str!("../benches/corpus/news.txt").repeat(6);
    let iters: usize = std::env::var("ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let t = std::time::Instant::now();
    let mut total = 0usize;
    for _ in 0..iters {
        total += match mode.as_str() {
            "sentences" => vntext::sentences(&text).count(),
            "seg" => {
                use unicode_segmentation::UnicodeSegmentation;
                text.split_word_bound_indices().count()
            }
            _ => vntext::tokens(&text)
                .map(|t| t.kind as usize)
                .sum::<usize>(),
        };
    }
    let secs = t.elapsed().as_secs_f64();
    eprintln!(
        "{mode}: {:.1} MB/s ({total})",
        text.len() as f64 * iters as f64 / secs / 1e6
    );
}

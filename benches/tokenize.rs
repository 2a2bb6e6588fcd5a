//! Tokenizing and sentence splitting, against `unicode-segmentation` and `split_whitespace`
//! on the same news text, in the same run. Report the ratios, not the times.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

const NEWS: &str = include_str!("corpus/news.txt");

/// `tiny` (< 100 B), `small` (≈ 1 KB) and `large` (≈ 1 MB) cuts of real news text.
fn corpora() -> Vec<(&'static str, String)> {
    let tiny = NEWS.lines().next().unwrap_or("").to_string();
    let mut small = String::new();
    for line in NEWS.lines() {
        if small.len() + line.len() > 1024 {
            break;
        }
        small.push_str(line);
        small.push('\n');
    }
    vec![("tiny", tiny), ("small", small), ("large", NEWS.repeat(5))]
}

fn baselines(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    text: &str,
) {
    g.bench_with_input(
        BenchmarkId::new("unicode_segmentation_word_bounds", name),
        text,
        |b, t| b.iter(|| black_box(t).split_word_bound_indices().count()),
    );
    g.bench_with_input(BenchmarkId::new("split_whitespace", name), text, |b, t| {
        b.iter(|| black_box(t).split_whitespace().count())
    });
}

fn tokens(c: &mut Criterion) {
    let mut g = c.benchmark_group("tokens");
    for (name, text) in corpora() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        baselines(&mut g, name, &text);
        g.bench_with_input(
            BenchmarkId::new("vntext_tokens", name),
            text.as_str(),
            |b, t| b.iter(|| vntext::tokens(black_box(t)).count()),
        );
    }
    g.finish();
}

fn sentences(c: &mut Criterion) {
    let mut g = c.benchmark_group("sentences");
    for (name, text) in corpora() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        baselines(&mut g, name, &text);
        g.bench_with_input(
            BenchmarkId::new("vntext_sentences", name),
            text.as_str(),
            |b, t| b.iter(|| vntext::sentences(black_box(t)).count()),
        );
    }
    g.finish();
}

criterion_group!(benches, tokens, sentences);
criterion_main!(benches);

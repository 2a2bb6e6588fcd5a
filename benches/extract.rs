//! The extractors on real news text, against `tokens()` on the same text in the same run (the
//! floor the issue sets: extraction at least 0.3× the tokenizer's throughput), and
//! `split_whitespace` as a plain baseline. Report the ratios, not the times.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const NEWS: &str = include_str!("corpus/news.txt");

/// `tiny` (< 100 B), `small` (≈ 1 KB) and `large` (≈ 1 MB) cuts of real news text.
fn corpora() -> Vec<(&'static str, String)> {
    let tiny = NEWS
        .lines()
        .find(|l| l.len() > 40 && l.len() < 100)
        .unwrap_or("")
        .to_string();
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

fn extract(c: &mut Criterion) {
    let mut g = c.benchmark_group("extract");
    for (name, text) in corpora() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("vntext_tokens", name),
            text.as_str(),
            |b, t| b.iter(|| vntext::tokens(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("split_whitespace", name),
            text.as_str(),
            |b, t| b.iter(|| black_box(t).split_whitespace().count()),
        );
        g.bench_with_input(
            BenchmarkId::new("vntext_extract_all", name),
            text.as_str(),
            |b, t| b.iter(|| vntext::extract(black_box(t)).count()),
        );
        let dp = vntext::Extractor::new().kinds(&[vntext::Kind::Date, vntext::Kind::Percent]);
        g.bench_with_input(
            BenchmarkId::new("vntext_dates_and_percentages", name),
            text.as_str(),
            |b, t| b.iter(|| dp.extract(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("vntext_dates", name),
            text.as_str(),
            |b, t| b.iter(|| vntext::dates(black_box(t)).count()),
        );
        g.bench_with_input(
            BenchmarkId::new("vntext_percentages", name),
            text.as_str(),
            |b, t| b.iter(|| vntext::percentages(black_box(t)).count()),
        );
    }
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);

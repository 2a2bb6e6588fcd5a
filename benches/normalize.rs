//! Normalizer throughput on real news text, each group with the `unicode-normalization`
//! crate's NFC as the baseline measured in the same run.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use unicode_normalization::UnicodeNormalization;
use vntext::{Normalizer, ToneStyle};

const NEWS: &str = include_str!("corpus/news.txt");

/// tiny (< 100 B), small (≈ 1 KB) and large (≥ 1 MB) inputs cut from the corpus at line ends.
fn sizes(text: &str) -> Vec<(&'static str, String)> {
    let cut = |n: usize| {
        let mut end = n.min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text[..end].to_string()
    };
    let large = text.repeat((1 << 20) / text.len() + 1);
    vec![("tiny", cut(90)), ("small", cut(1024)), ("large", large)]
}

fn group(c: &mut Criterion, name: &str, inputs: &[(&'static str, String)], n: Normalizer) {
    let mut g = c.benchmark_group(name);
    for (size, text) in inputs {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("unicode-normalization nfc", size),
            text,
            |b, t| b.iter(|| black_box(t.nfc().collect::<String>())),
        );
        g.bench_with_input(BenchmarkId::new("vntext", size), text, |b, t| {
            b.iter(|| black_box(n.normalize(t)))
        });
        g.bench_with_input(
            BenchmarkId::new("vntext normalize_to", size),
            text,
            |b, t| {
                let mut buf = String::with_capacity(t.len() * 2);
                b.iter(|| {
                    buf.clear();
                    n.normalize_to(t, &mut buf);
                    black_box(buf.len())
                })
            },
        );
        g.bench_with_input(BenchmarkId::new("byte scan floor", size), text, |b, t| {
            b.iter(|| black_box(t.bytes().filter(|&x| x >= 0x80).count()))
        });
    }
    g.finish();
}

fn benches(c: &mut Criterion) {
    let nfc = sizes(NEWS);
    // Already-NFC, old-style news: the common case, answered by the fast path.
    group(c, "nfc-news/default", &nfc, Normalizer::new());
    // The same news in NFD (as typed on macOS or copied from some PDFs) to NFC + old style.
    let nfd: Vec<_> = nfc
        .iter()
        .map(|(s, t)| (*s, t.nfd().collect::<String>()))
        .collect();
    group(c, "nfd-news/default", &nfd, Normalizer::new());
    // Old-style news to the new style: every oa/oe/uy syllable changes.
    group(
        c,
        "nfc-news/to-new-style",
        &nfc,
        Normalizer::new().tone(ToneStyle::New),
    );
}

criterion_group!(normalize, benches);
criterion_main!(normalize);

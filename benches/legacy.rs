//! Legacy decoding (TCVN3, VNI) against the `unicode-normalization` crate's NFC on the same text.
//!
//! The news corpus (`benches/corpus/news.txt`) is encoded in memory with vntext's own encoders;
//! characters the encoding cannot carry (curly quotes in TCVN3 are fine, a few symbols are
//! not) are left out of all inputs alike. Each group measures the legacy decoder and the
//! baseline, `nfc().collect::<String>()` over the Unicode form of the same text.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use unicode_normalization::UnicodeNormalization;
use vntext::{Encoder, Encoding};

const NEWS: &str = include_str!("corpus/news.txt");

/// The text without what TCVN3 or VNI cannot carry; TCVN3's upper-case toned vowels
/// lower-cased (what the `.VnTimeH` convention writes), so both inputs are the same text.
fn carried(text: &str) -> String {
    text.chars()
        .filter(|c| {
            let s = c.to_string();
            let ok = |e| Encoder::new(e).case_fallback(true).encode(&s).is_ok();
            ok(Encoding::Tcvn3) && ok(Encoding::Vni)
        })
        .collect()
}

fn prefix(text: &str, bytes: usize) -> &str {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn bench(c: &mut Criterion) {
    let full = carried(NEWS);
    for (name, text) in [("small", prefix(&full, 1024)), ("news", full.as_str())] {
        let mut g = c.benchmark_group(format!("legacy_decode/{name}"));
        let fallback = |e| Encoder::new(e).case_fallback(true);
        let tcvn3 = fallback(Encoding::Tcvn3).encode(text).unwrap_or_default();
        let vni = fallback(Encoding::Vni).encode(text).unwrap_or_default();
        // The same text, as the decoders produce it (TCVN3 lower-cases toned capitals).
        let unicode = Encoding::Tcvn3.decode(&tcvn3);
        g.throughput(Throughput::Bytes(unicode.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("unicode_normalization_nfc", name),
            &unicode,
            |b, s| b.iter(|| black_box(s.nfc().collect::<String>())),
        );
        g.bench_with_input(BenchmarkId::new("tcvn3", name), &tcvn3, |b, s| {
            b.iter(|| black_box(Encoding::Tcvn3.decode(s)))
        });
        g.bench_with_input(BenchmarkId::new("vni", name), &vni, |b, s| {
            b.iter(|| black_box(Encoding::Vni.decode(s)))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);

//! Legacy decoding (TCVN3, VNI) against the `unicode-normalization` crate's NFC on the same text;
//! run decoding and detection against the plain decoder and a byte scan.
//!
//! The news corpus (`benches/corpus/news.txt`) is encoded in memory with vntext's own encoders;
//! characters the encoding cannot carry (curly quotes in TCVN3 are fine, a few symbols are
//! not) are left out of all inputs alike. `legacy_decode` measures the legacy decoders and the
//! baseline, `nfc().collect::<String>()` over the Unicode form of the same text.
//! `legacy_runs` measures `decode_runs` and `convert_legacy_runs` (the path `vntext convert`
//! takes for UTF-8 input) on the TCVN3 text garbled as Windows-1252 and on the Unicode news,
//! against `decode_str` (which decodes every character, Unicode or not) on the garbled text.
//! `legacy_detect` measures `detect_str` (which reads at most 64 KiB) against counting the
//! line breaks of the same text.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use unicode_normalization::UnicodeNormalization;
use vntext::{Encoder, Encoding, convert_legacy_runs, detect_str};

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

/// Windows-1252 reading of legacy bytes (what a program that assumed 1252 shows).
fn garble(bytes: &[u8]) -> String {
    const HIGH: &str = "€\u{81}‚ƒ„…†‡ˆ‰Š‹Œ\u{8D}Ž\u{8F}\u{90}‘’“”•–—˜™š›œ\u{9D}žŸ";
    let high: Vec<char> = HIGH.chars().collect();
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => high[(b - 0x80) as usize],
            _ => b as char,
        })
        .collect()
}

fn bench_runs(c: &mut Criterion) {
    let full = carried(NEWS);
    // The large input: the corpus repeated to over 1 MB.
    let large = NEWS.repeat(1 + (1 << 20) / NEWS.len());
    for (name, text) in [("small", prefix(&full, 1024)), ("news", full.as_str())] {
        let tcvn3 = Encoder::new(Encoding::Tcvn3)
            .case_fallback(true)
            .encode(text)
            .unwrap_or_default();
        let garbled = garble(&tcvn3);
        let mut g = c.benchmark_group(format!("legacy_runs/{name}"));
        g.throughput(Throughput::Bytes(garbled.len() as u64));
        g.bench_with_input(BenchmarkId::new("decode_str", name), &garbled, |b, s| {
            b.iter(|| black_box(Encoding::Tcvn3.decode_str(s)))
        });
        g.bench_with_input(BenchmarkId::new("decode_runs", name), &garbled, |b, s| {
            b.iter(|| black_box(Encoding::Tcvn3.decode_runs(s)))
        });
        g.bench_with_input(
            BenchmarkId::new("convert_legacy_runs", name),
            &garbled,
            |b, s| b.iter(|| black_box(convert_legacy_runs(s))),
        );
        g.bench_with_input(
            BenchmarkId::new("decode_runs_unicode", name),
            text,
            |b, s| b.iter(|| black_box(Encoding::Tcvn3.decode_runs(s))),
        );
        g.finish();
    }
    for (name, text) in [
        ("small", prefix(NEWS, 1024)),
        ("news", NEWS),
        ("large", large.as_str()),
    ] {
        let mut g = c.benchmark_group(format!("legacy_detect/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("count_lines", name), text, |b, s| {
            b.iter(|| black_box(s.bytes().filter(|&b| b == b'\n').count()))
        });
        g.bench_with_input(BenchmarkId::new("detect_str", name), text, |b, s| {
            b.iter(|| black_box(detect_str(s)))
        });
        g.bench_with_input(
            BenchmarkId::new("convert_legacy_runs", name),
            text,
            |b, s| b.iter(|| black_box(convert_legacy_runs(s))),
        );
        g.finish();
    }
}

criterion_group!(benches, bench, bench_runs);
criterion_main!(benches);

//! Table-driven normalizer tests: tests/data/normalize_cases.tsv (input, old-style NFC,
//! new-style NFC, category), written from the orthography rules, independently of the code.

mod common;

use unicode_normalization::UnicodeNormalization;
use vntext::{Form, Normalizer, ToneStyle};

#[test]
fn normalize_cases() {
    let rows = common::rows(include_str!("data/normalize_cases.tsv"));
    assert!(rows.len() >= 400, "only {} rows", rows.len());
    let old = Normalizer::new();
    let new = Normalizer::new().tone(ToneStyle::New);
    let keep = Normalizer::new().tone(ToneStyle::Keep);
    let mut failures = Vec::new();
    for (line, cols) in &rows {
        assert_eq!(cols.len(), 4, "line {line}: want 4 columns");
        let input = common::unescape(cols[0]);
        let (want_old, want_new, note) = (cols[1], cols[2], cols[3]);
        let got_old = old.normalize(&input);
        let got_new = new.normalize(&input);
        if got_old != want_old || got_new != want_new {
            failures.push(format!(
                "line {line} [{note}] {:?}: old {:?} (want {:?}), new {:?} (want {:?})",
                cols[0], got_old, want_old, got_new, want_new
            ));
            continue;
        }
        // NFD output is the decomposition of the NFC output, URLs and emails left as they
        // are.
        let nfd = old.form(Form::Nfd).normalize(&input);
        let want_nfd: String = vntext::tokens(want_old)
            .map(|t| match t.kind {
                vntext::TokenKind::Url | vntext::TokenKind::Email => t.text.to_string(),
                _ => t.text.nfd().collect(),
            })
            .collect();
        assert_eq!(nfd, want_nfd, "line {line}: NFD");
        // Keep leaves either convention alone and repairs the rest like Old or New.
        let kept = keep.normalize(&input);
        assert!(
            kept == want_old || kept == want_new || note.starts_with("style:phrase"),
            "line {line}: keep gave {kept:?}"
        );
        // Expected outputs are fixed points.
        assert_eq!(
            old.normalize(want_old),
            want_old,
            "line {line}: old not idempotent"
        );
        assert_eq!(
            new.normalize(want_new),
            want_new,
            "line {line}: new not idempotent"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

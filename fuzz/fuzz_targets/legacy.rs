//! Legacy decoders and detection on arbitrary bytes: never panic, never lose a byte's worth
//! of text (every decoder is total), and one path from a `&str` to Unicode (converting with
//! the detected encoding is decoding the runs with it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use vntext::Encoding;

fuzz_target!(|data: &[u8]| {
    for &enc in Encoding::ALL {
        let s = enc.decode(data);
        assert!(data.is_empty() || !s.is_empty());
    }
    let _ = vntext::detect(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let runs = vntext::convert_legacy_runs(text);
        match vntext::detect_str(text).encoding {
            Some(e) => assert_eq!(runs, e.decode_runs(text)),
            None => assert_eq!(runs, text),
        }
        // Cyrillic and Chinese text has nothing a legacy encoding could have written.
        let foreign = |c: char| {
            c.is_whitespace()
                || ('\u{400}'..='\u{4FF}').contains(&c)
                || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        };
        if text.chars().all(foreign) {
            for &enc in Encoding::ALL {
                assert_eq!(enc.decode_runs(text), text);
            }
        }
    }
});

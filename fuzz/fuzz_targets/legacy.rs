//! Legacy decoders and detection on arbitrary bytes: never panic, never lose a byte's worth
//! of text (every decoder is total).
#![no_main]

use libfuzzer_sys::fuzz_target;
use vntext::Encoding;

fuzz_target!(|data: &[u8]| {
    for enc in Encoding::ALL {
        let s = enc.decode(data);
        assert!(data.is_empty() || !s.is_empty());
    }
    let _ = vntext::detect(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = vntext::detect_str(text);
        let _ = vntext::convert_legacy_runs(text);
    }
});

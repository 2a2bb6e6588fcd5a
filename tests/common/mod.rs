//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// Expands `\u{...}` escapes (used for NFD and invisible characters in test data).
pub fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("\\u{") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 3..];
        let end = after.find('}').expect("unterminated \\u{ escape");
        let cp = u32::from_str_radix(&after[..end], 16).expect("bad hex in \\u{} escape");
        out.push(char::from_u32(cp).expect("not a scalar value"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// Data rows of a TSV test file: (line number, columns), comments and blank lines skipped.
pub fn rows(data: &str) -> Vec<(usize, Vec<&str>)> {
    data.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty() || l.starts_with('\t'))
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
        .collect()
}

//! `vntext convert`: legacy 8-bit encodings ↔ Unicode.
//!
//! An input is read whole, then:
//! 1. Valid UTF-8 is text: the legacy runs in it (a garbled string saved as UTF-8, VIQR) are
//!    decoded by `Encoding::decode_runs`, with the encoding given or detected from the first
//!    64 KiB. One path, so `--from auto` gives what `--from <detected>` gives.
//! 2. Invalid UTF-8 with about as many valid multi-byte sequences as invalid ones is UTF-8
//!    with errors: exit 2 with the offset of the first bad byte, like `normalize` and
//!    `tokenize`, or U+FFFD for the bad bytes with `--lossy` and on as text.
//! 3. Other bytes are legacy bytes: decoded whole with the encoding given, or detected; when
//!    no legacy encoding explains them they are an error as in 2 (or U+FFFD with `--lossy`).

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use vntext::{Encoder, Encoding};

use crate::input::{self, CliError};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FromArg {
    /// detect from the first 64 KiB, stopping sooner when the evidence is clear (the
    /// encoding and confidence go to stderr), then convert exactly as `--from <that
    /// encoding>` would; Unicode text, whatever symbols it has, is left as it is
    Auto,
    /// TCVN3 / ABC (.VnTime fonts)
    Tcvn3,
    /// VNI-Windows
    Vni,
    /// VIQR (RFC 1456)
    Viqr,
    /// VISCII
    Viscii,
    /// VPS
    Vps,
    /// Windows-1258
    Cp1258,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ToArg {
    /// UTF-8: what is decoded comes out NFC, Unicode already in the input as it was
    Unicode,
    /// TCVN3 / ABC
    Tcvn3,
    /// VNI-Windows
    Vni,
    /// VIQR (RFC 1456)
    Viqr,
}

/// Convert text from legacy Vietnamese encodings (TCVN3, VNI, VIQR, VISCII, VPS,
/// Windows-1258) to Unicode, or from Unicode to TCVN3, VNI or VIQR.
///
/// Input may be the raw legacy bytes or a "garbled" UTF-8 text (legacy bytes that were read
/// as Windows-1252, like `Céng hßa`, or VIQR). In UTF-8 text only the legacy runs are
/// converted and Unicode is kept, with `--from auto` (detection reads the first 64 KiB) and
/// with an explicit encoding alike. Input that is UTF-8 but for a few bytes is an error
/// (exit 2, with the byte offset), as in the other subcommands; see `--lossy`.
#[derive(Args, Debug)]
pub struct ConvertArgs {
    /// Encoding of the input.
    #[arg(long, value_enum, default_value = "auto")]
    pub from: FromArg,
    /// Encoding of the output.
    #[arg(long, value_enum, default_value = "unicode")]
    pub to: ToArg,
    /// With --to tcvn3: write upper-case toned vowels with their lower-case byte (the
    /// convention of the .VnTimeH upper-case fonts) instead of failing.
    #[arg(long)]
    pub case_fallback: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing (input that is UTF-8 but for a
    /// few bytes, or bytes no legacy encoding explains).
    #[arg(long)]
    pub lossy: bool,
    /// Input files; standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
}

fn encoding(from: FromArg) -> Option<Encoding> {
    Some(match from {
        FromArg::Auto => return None,
        FromArg::Tcvn3 => Encoding::Tcvn3,
        FromArg::Vni => Encoding::Vni,
        FromArg::Viqr => Encoding::Viqr,
        FromArg::Viscii => Encoding::Viscii,
        FromArg::Vps => Encoding::Vps,
        FromArg::Cp1258 => Encoding::Cp1258,
    })
}

/// Converts the input at `path` (stdin for `None`). Detection results (with `--from auto`)
/// go to `err`.
pub fn run(
    args: &ConvertArgs,
    path: Option<&Path>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let bytes = input::read_all(path)?;
    convert(args, &bytes, &input::display_name(path), out, err)
}

fn stdout_error(source: io::Error) -> CliError {
    CliError::Io {
        path: "<stdout>".to_string(),
        source,
    }
}

/// Whether invalid UTF-8 is UTF-8 with errors rather than legacy 8-bit text: it has at least
/// as many valid multi-byte sequences as invalid ones, or a good many of them. Legacy text has
/// few by accident (VISCII and VPS about one per 25 invalid bytes, TCVN3, VNI and
/// Windows-1258 none in the test fixtures).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multi, mut bad) = (0u64, 0u64);
    for chunk in bytes.utf8_chunks() {
        multi += chunk.valid().bytes().filter(|&b| b >= 0xC0).count() as u64;
        bad += !chunk.invalid().is_empty() as u64;
    }
    multi >= bad || (multi >= 8 && multi * 8 >= bad)
}

/// `std::str::from_utf8`, with SIMD validation for the common (valid) case.
fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        // The slow validator says where the first bad byte is.
        Err(_) => std::str::from_utf8(bytes),
    }
}

fn report(err: &mut impl Write, d: vntext::Detection) -> Result<(), CliError> {
    match d.encoding {
        Some(e) => writeln!(
            err,
            "detected: {} (confidence {:.2})",
            e.name(),
            d.confidence
        ),
        None => writeln!(err, "detected: unicode (no legacy encoding found)"),
    }
    .map_err(|source| CliError::Io {
        path: "<stderr>".to_string(),
        source,
    })
}

/// UTF-8 text to Unicode: the legacy runs decoded, with the encoding given or detected.
fn decode_text<'a>(
    args: &ConvertArgs,
    text: &'a str,
    err: &mut impl Write,
) -> Result<Cow<'a, str>, CliError> {
    let e = match encoding(args.from) {
        Some(e) => Some(e),
        None => {
            let d = vntext::detect_str(text);
            report(err, d)?;
            d.encoding
        }
    };
    Ok(match e {
        Some(e) => e.decode_runs(text),
        None => Cow::Borrowed(text),
    })
}

/// Converts one whole input named `name`.
pub fn convert(
    args: &ConvertArgs,
    bytes: &[u8],
    name: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let bad_utf8 = |offset: usize| CliError::Utf8 {
        path: name.to_string(),
        offset: offset as u64,
    };
    let lossy;
    let text: Cow<'_, str> = match utf8(bytes) {
        Ok(s) => decode_text(args, s, err)?,
        Err(e) if mostly_utf8(bytes) => {
            if !args.lossy {
                return Err(bad_utf8(e.valid_up_to()));
            }
            lossy = String::from_utf8_lossy(bytes);
            decode_text(args, &lossy, err)?
        }
        Err(e) => {
            let found = match encoding(args.from) {
                Some(enc) => Some(enc),
                None => {
                    let d = vntext::detect(bytes);
                    if d.encoding.is_some() || args.lossy {
                        report(err, d)?;
                    }
                    d.encoding
                }
            };
            match found {
                Some(enc) => Cow::Owned(enc.decode(bytes)),
                None if args.lossy => String::from_utf8_lossy(bytes),
                None => {
                    // Too little Vietnamese to tell, or none: say how to name the encoding.
                    let _ = writeln!(
                        err,
                        "{name}: not UTF-8, and no legacy encoding recognised (name one with --from)"
                    );
                    return Err(bad_utf8(e.valid_up_to()));
                }
            }
        }
    };
    let to = match args.to {
        ToArg::Unicode => return out.write_all(text.as_bytes()).map_err(stdout_error),
        ToArg::Tcvn3 => Encoding::Tcvn3,
        ToArg::Vni => Encoding::Vni,
        ToArg::Viqr => Encoding::Viqr,
    };
    let encoded = Encoder::new(to)
        .case_fallback(args.case_fallback)
        .encode(&text)
        .map_err(|e| {
            // The offset is in bytes of the text.
            let before = text.get(..e.offset()).unwrap_or(&text);
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            CliError::Io {
                path: name.to_string(),
                source: io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("line {line}, column {col}: {e}"),
                ),
            }
        })?;
    out.write_all(&encoded).map_err(stdout_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(from: FromArg, to: ToArg) -> ConvertArgs {
        ConvertArgs {
            from,
            to,
            case_fallback: false,
            lossy: false,
            files: vec![],
        }
    }

    fn convert_ok(a: &ConvertArgs, input: &[u8]) -> (Vec<u8>, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        convert(a, input, "<test>", &mut out, &mut err).unwrap();
        (out, String::from_utf8(err).unwrap())
    }

    #[test]
    fn auto_detects_and_reports() {
        let (out, err) = convert_ok(
            &args(FromArg::Auto, ToArg::Unicode),
            b"C\xe9ng h\xdfa x\xb7 h\xe9i",
        );
        assert_eq!(String::from_utf8(out).unwrap(), "Cộng hòa xã hội");
        assert!(err.starts_with("detected: tcvn3 (confidence"), "{err}");
        let (out, err) = convert_ok(&args(FromArg::Auto, ToArg::Unicode), "Lạng Sơn".as_bytes());
        assert_eq!(out, "Lạng Sơn".as_bytes());
        assert!(err.contains("unicode"));
    }

    #[test]
    fn explicit_and_to_legacy() {
        let (out, _) = convert_ok(&args(FromArg::Vni, ToArg::Unicode), "Coäng hoøa".as_bytes());
        assert_eq!(String::from_utf8(out).unwrap(), "Cộng hòa");
        let (out, _) = convert_ok(&args(FromArg::Auto, ToArg::Viqr), "Việt Nam".as_bytes());
        assert_eq!(out, b"Vie^.t Nam");
        let mut a = args(FromArg::Auto, ToArg::Tcvn3);
        let mut sink = Vec::new();
        let e = convert(
            &a,
            "Hà Nội\nỦy ban".as_bytes(),
            "f",
            &mut sink,
            &mut Vec::new(),
        )
        .unwrap_err();
        assert!(
            e.to_string()
                .starts_with("f: line 2, column 1: TCVN3 cannot represent 'Ủ'"),
            "{e}"
        );
        a.case_fallback = true;
        let (out, _) = convert_ok(&a, "Ủy ban".as_bytes());
        assert_eq!(out, b"\xf1y ban");
    }

    #[test]
    fn utf8_with_errors_or_legacy() {
        assert!(mostly_utf8("Hà Nội \u{FFFD}".as_bytes()));
        assert!(mostly_utf8(b"H\xc3\xa0 N\xe1\xbb\x99i \xff"));
        assert!(!mostly_utf8(b"C\xe9ng h\xdfa x\xb7 h\xe9i"));
        assert!(!mostly_utf8(include_bytes!(
            "../../../tests/data/legacy/langson.viscii"
        )));
        assert!(!mostly_utf8(include_bytes!(
            "../../../tests/data/legacy/langson.vps"
        )));
        let a = args(FromArg::Auto, ToArg::Unicode);
        let e = convert(
            &a,
            b"H\xc3\xa0 N\xe1\xbb\x99i \xff",
            "f",
            &mut Vec::new(),
            &mut Vec::new(),
        )
        .unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(
            e.to_string().starts_with("f: invalid UTF-8 at byte 10"),
            "{e}"
        );
    }
}

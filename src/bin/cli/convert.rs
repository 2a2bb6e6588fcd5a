//! `vntext convert`: legacy 8-bit encodings ↔ Unicode.
//!
//! Each input is decided on its first 128 KiB (see [`decide`]), then converted in batches of
//! whole lines on all threads, so memory stays flat and output starts at once: every legacy
//! encoding maps line breaks to themselves and no character spans one.

use std::borrow::Cow;
use std::io::{self, Write};

use clap::{Args, ValueEnum};
use vntext::{Encoder, Encoding};

use crate::input::{self, CliError, InputArgs, Out};
use crate::pipeline::{self, Batch, Cuts, Progress, Reader};

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
/// converted and Unicode is kept, with `--from auto` and with an explicit encoding alike.
/// Input that is UTF-8 but for a few bytes is an error (exit 2, with the byte offset), as in
/// the other subcommands; see `--lossy`.
///
/// Each input is decided on a bounded prefix: whether it is UTF-8 or legacy bytes on its
/// first 128 KiB, and with `--from auto` the encoding on its first 64 KiB. Then it is
/// converted as a stream, in batches of lines on every core: memory stays flat.
///
/// Example:
///
///   vntext convert old-report.txt > report.txt        # TCVN3/VNI/… detected
///   vntext convert --from vni --to unicode a.txt b.txt
///   vntext convert --to viqr <<< 'Việt Nam'            # → Vie^.t Nam
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
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
    #[command(flatten)]
    pub input: InputArgs,
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

/// What an input is, decided on its first batch.
enum Mode {
    /// UTF-8 text: its legacy runs decoded with this encoding, if any.
    Text(Option<Encoding>),
    /// Legacy bytes in this encoding.
    Legacy(Encoding),
    /// Neither, and `--lossy`: UTF-8 with the bad bytes replaced.
    Replaced,
}

/// The first batch of an input is at least this large (when the input is), so that what is
/// decided on it does not depend on `--jobs`.
const DECIDE_ON: usize = 128 << 10;

/// `vntext convert`: each input decided on its first 128 KiB, then converted in batches of
/// lines on all threads (memory stays flat), to `out`; detection results go to stderr.
pub fn main(args: &ConvertArgs, out: &mut impl Write) -> Result<(), CliError> {
    if args.input.jsonl {
        return Err(CliError::Usage(
            "convert reads bytes in a legacy encoding, not JSON Lines (--jsonl): convert the \
             file, then read it with --jsonl"
                .into(),
        ));
    }
    let jobs = pipeline::jobs(args.input.jobs);
    let paths = args.input.inputs();
    let progress = Progress::for_inputs(&paths, args.input.quiet);
    let result = paths.iter().try_for_each(|&path| {
        let mut reader = Reader::new(vec![path], Cuts::Lines, jobs)
            .first_target(DECIDE_ON)
            .progress(progress.clone());
        let Some(first) = reader.next_batch().transpose()? else {
            return Ok(());
        };
        let mode = decide(args, &first, &mut io::stderr().lock())?;
        let mut first = Some(first);
        pipeline::ordered(
            jobs,
            || match first.take() {
                Some(b) => Some(Ok(b)),
                None => reader.next_batch(),
            },
            |batch| convert_batch(args, &mode, &batch),
            |done| {
                out.write_all(&done.bytes).map_err(pipeline::stdout_error)?;
                pipeline::recycle(done.bytes);
                done.error.map_or(Ok(()), Err)
            },
        )
    });
    if let Some(p) = &progress {
        p.finish();
    }
    result?;
    out.flush().map_err(pipeline::stdout_error)
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

/// The encoding of the legacy runs in UTF-8 text: the one given, or detected.
fn runs_encoding(
    args: &ConvertArgs,
    text: &str,
    err: &mut impl Write,
) -> Result<Option<Encoding>, CliError> {
    match encoding(args.from) {
        Some(e) => Ok(Some(e)),
        None => {
            let d = vntext::detect_str(text);
            report(err, d)?;
            Ok(d.encoding)
        }
    }
}

/// Decides what an input is from its first batch:
/// 1. Valid UTF-8 is text: the legacy runs in it (a garbled string saved as UTF-8, VIQR) are
///    decoded by `Encoding::decode_runs`, with the encoding given or detected from the first
///    64 KiB. One path, so `--from auto` gives what `--from <detected>` gives.
/// 2. Invalid UTF-8 with about as many valid multi-byte sequences as invalid ones is UTF-8
///    with errors: exit 2 with the offset of the first bad byte, like `normalize` and
///    `tokenize`, or U+FFFD for the bad bytes with `--lossy` and on as text.
/// 3. Other bytes are legacy bytes: decoded with the encoding given, or detected; when no
///    legacy encoding explains them they are an error as in 2 (or U+FFFD with `--lossy`).
fn decide(args: &ConvertArgs, first: &Batch, err: &mut impl Write) -> Result<Mode, CliError> {
    let bytes = &first.data[..];
    let bad_utf8 = |offset: usize| CliError::Utf8 {
        path: first.path.to_string(),
        offset: offset as u64,
    };
    match input::utf8(bytes) {
        Ok(s) => Ok(Mode::Text(runs_encoding(args, s, err)?)),
        Err(e) if mostly_utf8(bytes) => {
            if !args.input.lossy {
                return Err(bad_utf8(e.valid_up_to()));
            }
            let text = String::from_utf8_lossy(bytes);
            Ok(Mode::Text(runs_encoding(args, &text, err)?))
        }
        Err(e) => {
            let found = match encoding(args.from) {
                Some(enc) => Some(enc),
                None => {
                    let d = vntext::detect(bytes);
                    if d.encoding.is_some() || args.input.lossy {
                        report(err, d)?;
                    }
                    d.encoding
                }
            };
            match found {
                Some(enc) => Ok(Mode::Legacy(enc)),
                None if args.input.lossy => Ok(Mode::Replaced),
                None => {
                    // Too little Vietnamese to tell, or none: say how to name the encoding.
                    let _ = writeln!(
                        err,
                        "{}: not UTF-8, and no legacy encoding recognised (name one with --from)",
                        first.path
                    );
                    Err(bad_utf8(e.valid_up_to()))
                }
            }
        }
    }
}

/// Converts one batch of an input decided to be `mode`.
fn convert_batch(args: &ConvertArgs, mode: &Mode, batch: &Batch) -> Out {
    let mut o = Out::with_room(batch.data.len() + batch.data.len() / 2);
    let text: Cow<'_, str> = match *mode {
        Mode::Text(e) => {
            let (text, error) = input::batch_text(batch, &args.input);
            o.error = error;
            match (e, text) {
                (Some(e), Cow::Borrowed(t)) => e.decode_runs(t),
                (Some(e), Cow::Owned(t)) => Cow::Owned(e.decode_runs(&t).into_owned()),
                (None, text) => text,
            }
        }
        Mode::Legacy(enc) => Cow::Owned(enc.decode(&batch.data)),
        Mode::Replaced => String::from_utf8_lossy(&batch.data),
    };
    let to = match args.to {
        ToArg::Unicode => {
            o.bytes = text.into_owned().into_bytes();
            return o;
        }
        ToArg::Tcvn3 => Encoding::Tcvn3,
        ToArg::Vni => Encoding::Vni,
        ToArg::Viqr => Encoding::Viqr,
    };
    let encoder = Encoder::new(to).case_fallback(args.case_fallback);
    if let Err(e) = encoder.encode_to(&text, &mut o.bytes) {
        // The offset is in bytes of the text: say the line and column instead.
        let before = text.get(..e.offset()).unwrap_or(&text);
        let line = batch.lines + before.matches('\n').count() as u64 + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        // What was encoded before the line that fails is written.
        let done = before.rfind('\n').map_or(0, |i| i + 1);
        o.bytes.clear();
        let _ = encoder.encode_to(&text[..done], &mut o.bytes);
        o.error = Some(CliError::Io {
            path: batch.path.to_string(),
            source: io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {line}, column {col}: {e}"),
            ),
        });
    }
    o
}

/// Converts one whole input named `name` (the tests' way in).
#[cfg(test)]
fn convert(
    args: &ConvertArgs,
    bytes: &[u8],
    name: &str,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Result<(), CliError> {
    let batch = Batch {
        data: bytes.to_vec(),
        path: name.into(),
        offset: 0,
        lines: 0,
        first: true,
        deferred: None,
    };
    let mode = decide(args, &batch, err)?;
    let done = convert_batch(args, &mode, &batch);
    out.write_all(&done.bytes).map_err(pipeline::stdout_error)?;
    done.error.map_or(Ok(()), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(from: FromArg, to: ToArg) -> ConvertArgs {
        ConvertArgs {
            from,
            to,
            case_fallback: false,
            input: InputArgs::default(),
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

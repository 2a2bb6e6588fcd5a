//! `vntext convert`: legacy 8-bit encodings ↔ Unicode.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use vntext::{Encoder, Encoding};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FromArg {
    /// detect (the encoding and confidence go to stderr); converts only the legacy runs of
    /// a text that mixes Unicode and legacy text
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
    /// UTF-8, NFC
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
/// as Windows-1252, like `Céng hßa`).
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

/// Converts one whole input. Detection results (with `--from auto`) go to `err`; a character
/// the output encoding cannot represent is an `InvalidData` error naming its line and column.
pub fn run(
    args: &ConvertArgs,
    input: &[u8],
    out: &mut impl Write,
    err: &mut impl Write,
) -> io::Result<()> {
    let utf8 = std::str::from_utf8(input).ok();
    let text: String = match encoding(args.from) {
        Some(e) => match utf8 {
            // Garbled text saved as UTF-8: decode the Windows-1252 reading of it.
            Some(s) if !s.is_ascii() => e.decode_str(s),
            _ => e.decode(input),
        },
        None => {
            let d = vntext::detect(input);
            match d.encoding {
                Some(e) => {
                    writeln!(
                        err,
                        "detected: {} (confidence {:.2})",
                        e.name(),
                        d.confidence
                    )?;
                    match utf8 {
                        Some(s) => e.decode_runs(s).into_owned(),
                        None => e.decode(input),
                    }
                }
                None => {
                    writeln!(err, "detected: unicode (no legacy encoding found)")?;
                    match utf8 {
                        Some(s) => s.to_string(),
                        None => {
                            writeln!(err, "warning: input is not UTF-8; read as Windows-1252")?;
                            input.iter().map(|&b| cp1252(b)).collect()
                        }
                    }
                }
            }
        }
    };
    let to = match args.to {
        ToArg::Unicode => return out.write_all(text.as_bytes()),
        ToArg::Tcvn3 => Encoding::Tcvn3,
        ToArg::Vni => Encoding::Vni,
        ToArg::Viqr => Encoding::Viqr,
    };
    let bytes = Encoder::new(to)
        .case_fallback(args.case_fallback)
        .encode(&text)
        .map_err(|e| {
            let before: String = text.chars().take(e.offset()).collect();
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("line {line}, column {col}: {e}"),
            )
        })?;
    out.write_all(&bytes)
}

/// Windows-1252 reading of a byte (Latin-1 for its undefined positions), as the library's
/// decoders read unmapped bytes.
fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    if (0x80..0xA0).contains(&b) {
        HIGH[(b - 0x80) as usize]
    } else {
        b as char
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(from: FromArg, to: ToArg) -> ConvertArgs {
        ConvertArgs {
            from,
            to,
            case_fallback: false,
            files: vec![],
        }
    }

    fn convert(a: &ConvertArgs, input: &[u8]) -> (Vec<u8>, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        run(a, input, &mut out, &mut err).unwrap();
        (out, String::from_utf8(err).unwrap())
    }

    #[test]
    fn auto_detects_and_reports() {
        let (out, err) = convert(
            &args(FromArg::Auto, ToArg::Unicode),
            b"C\xe9ng h\xdfa x\xb7 h\xe9i",
        );
        assert_eq!(String::from_utf8(out).unwrap(), "Cộng hòa xã hội");
        assert!(err.starts_with("detected: tcvn3 (confidence"), "{err}");
        let (out, err) = convert(&args(FromArg::Auto, ToArg::Unicode), "Lạng Sơn".as_bytes());
        assert_eq!(out, "Lạng Sơn".as_bytes());
        assert!(err.contains("unicode"));
    }

    #[test]
    fn explicit_and_to_legacy() {
        let (out, _) = convert(&args(FromArg::Vni, ToArg::Unicode), "Coäng hoøa".as_bytes());
        assert_eq!(String::from_utf8(out).unwrap(), "Cộng hòa");
        let (out, _) = convert(&args(FromArg::Auto, ToArg::Viqr), "Việt Nam".as_bytes());
        assert_eq!(out, b"Vie^.t Nam");
        let mut a = args(FromArg::Auto, ToArg::Tcvn3);
        let mut sink = Vec::new();
        let e = run(&a, "Hà Nội\nỦy ban".as_bytes(), &mut sink, &mut Vec::new()).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("line 2, column 1: TCVN3 cannot represent 'Ủ'"),
            "{e}"
        );
        a.case_fallback = true;
        let (out, _) = convert(&a, "Ủy ban".as_bytes());
        assert_eq!(out, b"\xf1y ban");
    }
}

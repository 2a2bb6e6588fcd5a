//! `vntext normalize`.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use vntext::{Fold, Form, Normalizer, ToneStyle};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormArg {
    Nfc,
    Nfd,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ToneArg {
    /// hòa, khỏe, thủy (most news and official text)
    Old,
    /// hoà, khoẻ, thuỷ
    New,
    /// each syllable as written
    Keep,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FoldArg {
    /// strip every mark: Lạng Sơn → Lang Son
    All,
    /// strip tone marks only: Lạng Sơn → Lang Sơn
    Tones,
}

/// Normalize Vietnamese text: Unicode form, tone-mark style, repairs, folding.
#[derive(Args, Debug)]
pub struct NormalizeArgs {
    /// Unicode normalization form of the output.
    #[arg(long, value_enum, default_value = "nfc")]
    pub form: FormArg,
    /// Where tone marks go on open oa, oe, uy.
    #[arg(long, value_enum, default_value = "old")]
    pub tone: ToneArg,
    /// Strip marks for search keys (after normalizing).
    #[arg(long, value_enum)]
    pub fold: Option<FoldArg>,
    /// Do not repair misplaced or doubled marks, mark order, U+0340/1 or Ð.
    #[arg(long)]
    pub no_repairs: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Input files; standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
}

impl NormalizeArgs {
    pub fn normalizer(&self) -> Normalizer {
        Normalizer::new()
            .form(match self.form {
                FormArg::Nfc => Form::Nfc,
                FormArg::Nfd => Form::Nfd,
            })
            .tone(match self.tone {
                ToneArg::Old => ToneStyle::Old,
                ToneArg::New => ToneStyle::New,
                ToneArg::Keep => ToneStyle::Keep,
            })
            .repairs(!self.no_repairs)
    }
}

/// Normalizes one piece of text (a line) into `out`, reusing `buf`.
pub fn run(
    args: &NormalizeArgs,
    n: &Normalizer,
    line: &str,
    buf: &mut String,
    out: &mut impl Write,
) -> io::Result<()> {
    buf.clear();
    n.normalize_to(line, buf);
    match args.fold {
        None => out.write_all(buf.as_bytes()),
        Some(mode) => {
            let mode = match mode {
                FoldArg::All => Fold::All,
                FoldArg::Tones => Fold::Tones,
            };
            let folded = vntext::fold(buf, mode);
            match args.form {
                FormArg::Nfc => out.write_all(folded.as_bytes()),
                FormArg::Nfd => out.write_all(n.normalize(&folded).as_bytes()),
            }
        }
    }
}

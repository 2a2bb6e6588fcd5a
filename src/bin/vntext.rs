//! `vntext`: clean, machine-readable Vietnamese text from the command line.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[path = "cli/convert.rs"]
mod convert;
#[path = "cli/extract.rs"]
mod extract;
#[path = "cli/input.rs"]
mod input;
#[path = "cli/normalize.rs"]
mod normalize;
#[path = "cli/stats.rs"]
mod stats;
#[path = "cli/tokenize.rs"]
mod tokenize;

use input::CliError;

#[derive(Parser, Debug)]
#[command(
    name = "vntext",
    version,
    about = "Clean, machine-readable Vietnamese text"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract dates, percentages, titles, people and abbreviations as JSON Lines.
    Extract(extract::ExtractArgs),
    /// Normalize: NFC/NFD, tone-mark style (hòa/hoà), repairs, accent folding.
    Normalize(normalize::NormalizeArgs),
    /// Tokenize: syllables, words, numbers, codes, URLs… with byte spans; or sentences.
    Tokenize(tokenize::TokenizeArgs),
    /// Convert legacy encodings (TCVN3, VNI, VIQR, VISCII, VPS, Windows-1258) ↔ Unicode.
    Convert(convert::ConvertArgs),
    // No doc comment here: clap then takes the help, with its example, from `StatsArgs`.
    Stats(stats::StatsArgs),
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<(), CliError> {
    match &cli.command {
        Command::Extract(args) => {
            let ex = args.extractor()?;
            for path in input::inputs(&args.files) {
                // Line numbers count from the start of each input.
                let mut n = 0;
                input::for_each_line(path, args.lossy, |line| {
                    n += 1;
                    extract::run(&ex, n, line, out)
                })?;
            }
        }
        Command::Normalize(args) => {
            let n = args.normalizer();
            let mut buf = String::new();
            for path in input::inputs(&args.files) {
                input::for_each_line(path, args.lossy, |line| {
                    normalize::run(args, &n, line, &mut buf, out)
                })?;
            }
        }
        Command::Tokenize(args) => {
            for path in input::inputs(&args.files) {
                // Line and sentence numbers count from the start of each input.
                let mut at = tokenize::Position::default();
                input::for_each_piece(path, args.lossy, tokenize::piece_break, |piece| {
                    tokenize::run(args, piece, &mut at, out)
                })?;
            }
        }
        Command::Convert(args) => {
            for path in input::inputs(&args.files) {
                convert::run(args, path, out, &mut io::stderr().lock())?;
            }
        }
        Command::Stats(args) => {
            // One accumulator per input, merged into the total.
            let mut stats = stats::Stats::default();
            for path in input::inputs(&args.files) {
                let mut one = stats::Stats::default();
                input::for_each_line(path, args.lossy, |line| {
                    one.add_line(line);
                    Ok(())
                })?;
                stats.merge(one);
            }
            stats.write(args, out).map_err(|source| CliError::Io {
                path: "<stdout>".into(),
                source,
            })?;
        }
    }
    out.flush().map_err(|source| CliError::Io {
        path: "<stdout>".into(),
        source,
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match run(&cli, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`vntext ... | head`) is not an error.
        Err(CliError::Io { source, .. }) if source.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = out.flush();
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

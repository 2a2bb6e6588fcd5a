//! `vntext`: clean, machine-readable Vietnamese text from the command line.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[path = "cli/convert.rs"]
mod convert;
#[path = "cli/extract.rs"]
mod extract;
#[path = "cli/html.rs"]
mod html;
#[path = "cli/input.rs"]
mod input;
#[path = "cli/normalize.rs"]
mod normalize;
#[path = "cli/pipeline.rs"]
mod pipeline;
#[path = "cli/stats.rs"]
mod stats;
#[path = "cli/tokenize.rs"]
mod tokenize;

use input::CliError;

#[derive(Parser, Debug)]
#[command(
    name = "vntext",
    version,
    about = "Clean, machine-readable Vietnamese text",
    after_help = "Every command reads files (or stdin), a document per line or JSON Lines with \
--jsonl, on all cores (--jobs N), and writes in input order.

Examples:
  vntext extract data/samples/gov-news.txt          # dates, percentages, titles, people…
  vntext extract --format html article.txt > article.html
  vntext normalize --tone new crawl.txt > clean.txt
  vntext tokenize --format jsonl --sentences article.txt
  vntext convert old-tcvn3.txt > unicode.txt
  vntext stats crawl.txt

`vntext <command> --help` shows each command's options and examples."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    // No doc comments on the variants: clap takes each command's help, with its examples,
    // from the doc comment of its arguments.
    Extract(extract::ExtractArgs),
    Normalize(normalize::NormalizeArgs),
    Tokenize(tokenize::TokenizeArgs),
    Convert(convert::ConvertArgs),
    Stats(stats::StatsArgs),
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<(), CliError> {
    match &cli.command {
        Command::Extract(args) => extract::main(args, out),
        Command::Normalize(args) => normalize::main(args, out),
        Command::Tokenize(args) => tokenize::main(args, out),
        Command::Convert(args) => convert::main(args, out),
        Command::Stats(args) => stats::main(args, out),
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    match run(&cli, &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`vntext ... | head`) is not an error.
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            let _ = out.flush();
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

//! `vntext normalize`.

use std::borrow::Cow;
use std::io::Write;

use clap::{Args, ValueEnum};
use vntext::{Fold, Form, Normalizer, ToneStyle};

use crate::input::{self, CliError, Doc, InputArgs, Out};
use crate::pipeline::{self, Cuts};

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
///
/// Each line is normalized on its own; line breaks and everything that is not Vietnamese
/// are kept as they are. Examples:
///
///   echo 'Thuỷ lợi Hoà Bình, qủa cam' | vntext normalize
///   Thủy lợi Hòa Bình, quả cam
///
///   echo 'Lạng Sơn' | vntext normalize --fold all            # search keys
///   Lang Son
///
///   vntext normalize --tone new --jobs 4 crawl.txt > clean.txt
///
///   # JSON Lines: the `text` field rewritten, every other field kept as written
///   vntext normalize --jsonl --field body articles.jsonl > clean.jsonl
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
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
    #[command(flatten)]
    pub input: InputArgs,
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

/// Normalizes `text` as the options say; `buf` is reused.
fn normalized<'b>(
    args: &NormalizeArgs,
    n: &Normalizer,
    text: &str,
    buf: &'b mut String,
) -> Cow<'b, str> {
    buf.clear();
    n.normalize_to(text, buf);
    let Some(mode) = args.fold else {
        return Cow::Borrowed(buf.as_str());
    };
    let mode = match mode {
        FoldArg::All => Fold::All,
        FoldArg::Tones => Fold::Tones,
    };
    match (vntext::fold(buf, mode), args.form) {
        (Cow::Borrowed(_), _) => Cow::Borrowed(buf.as_str()),
        (Cow::Owned(f), FormArg::Nfc) => Cow::Owned(f),
        (Cow::Owned(f), FormArg::Nfd) => Cow::Owned(n.normalize(&f).into_owned()),
    }
}

/// Writes one document normalized: a line as it is, or a JSON Lines object with its text
/// field rewritten and everything else as it was (the object unchanged, byte for byte,
/// when the text is).
pub fn run(
    args: &NormalizeArgs,
    n: &Normalizer,
    doc: &Doc<'_>,
    buf: &mut String,
    out: &mut Vec<u8>,
) {
    let text = normalized(args, n, doc.text, buf);
    match &doc.json {
        None => out.extend_from_slice(text.as_bytes()),
        Some(j) if *text == *doc.text => {
            out.extend_from_slice(j.raw.as_bytes());
            out.push(b'\n');
        }
        Some(j) => {
            out.extend_from_slice(&j.raw.as_bytes()[..j.field.start]);
            // Writing to memory cannot fail.
            let _ = serde_json::to_writer(&mut *out, &*text);
            out.extend_from_slice(&j.raw.as_bytes()[j.field.end..]);
            out.push(b'\n');
        }
    }
}

/// `vntext normalize`: every input, in batches of lines on all threads, to `out`.
pub fn main(args: &NormalizeArgs, out: &mut impl Write) -> Result<(), CliError> {
    let n = args.normalizer();
    // JSON Lines errors name their line; plain text needs no line numbers.
    let cuts = if args.input.jsonl {
        Cuts::Lines
    } else {
        Cuts::LinesUncounted
    };
    pipeline::drive(
        &args.input,
        cuts,
        |batch| {
            let mut o = Out::with_room(batch.data.len() + batch.data.len() / 8);
            let mut buf = String::new();
            if args.input.jsonl {
                input::for_each_doc(batch, &args.input, &mut o, |doc, o| {
                    run(args, &n, doc, &mut buf, &mut o.bytes)
                });
            } else {
                // Plain text: the batch's lines at once. Nothing the normalizer does crosses
                // a line break (a syllable, a mark and what it composes with are within a
                // line), so this is what normalizing line by line gives, without the cost
                // of a call per line.
                let (text, error) = input::batch_text(batch, &args.input);
                o.error = error;
                if args.fold.is_none() {
                    // Straight into the output buffer (empty, so valid UTF-8): one copy less.
                    let bytes = std::mem::take(&mut o.bytes);
                    let mut out = String::from_utf8(bytes).unwrap_or_default();
                    n.normalize_to(&text, &mut out);
                    o.bytes = out.into_bytes();
                } else {
                    let text = normalized(args, &n, &text, &mut buf);
                    o.bytes.extend_from_slice(text.as_bytes());
                }
            }
            o
        },
        out,
        |()| {},
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: NormalizeArgs,
    }

    /// Normalizing a batch of lines at once gives what normalizing each line gives, on real
    /// news and on lines that start with a mark, end inside a syllable, or use CRLF.
    #[test]
    fn a_batch_at_once_equals_line_by_line() {
        let news = include_str!("../../../tests/data/binhvq-news-300.txt");
        let messy = include_str!("../../../data/samples/news-messy.txt");
        let odd = "Vie\u{323}\n\u{302}t Nam\r\n\u{301}a qủa\nho\u{300}\na\u{300}\u{301}\n\n Thuỷ\u{303}\nÐ\u{300}";
        for options in [
            &[][..],
            &["--tone", "new"],
            &["--form", "nfd"],
            &["--fold", "all"],
            &["--fold", "tones", "--form", "nfd"],
            &["--tone", "keep", "--no-repairs"],
        ] {
            let args = Cli::parse_from(std::iter::once("t").chain(options.iter().copied())).args;
            let n = args.normalizer();
            for text in [news, messy, odd] {
                let mut buf = String::new();
                let whole = normalized(&args, &n, text, &mut buf).into_owned();
                let by_line: String = text
                    .split_inclusive('\n')
                    .map(|l| normalized(&args, &n, l, &mut buf).into_owned())
                    .collect();
                assert_eq!(whole, by_line, "{options:?}");
            }
        }
    }
}

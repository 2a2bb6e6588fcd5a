//! `vntext tokenize`.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use vntext::{Span, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// content tokens separated by single spaces (punctuation and spaces left out)
    Text,
    /// one JSON object per token: line, start, end (bytes within the line), kind, text
    Jsonl,
}

/// Split Vietnamese text into tokens (syllables, words, abbreviations, numbers, codes, URLs…).
#[derive(Args, Debug)]
pub struct TokenizeArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Split into sentences: one sentence per line in `text`, a `sentence` number in `jsonl`.
    #[arg(long)]
    pub sentences: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Input files; standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
}

#[derive(serde::Serialize)]
struct JsonToken<'a> {
    line: usize,
    start: usize,
    end: usize,
    kind: TokenKind,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<usize>,
}

/// Tokenizes one decoded input text and writes it to `out` in the chosen format.
pub fn run(args: &TokenizeArgs, input: &str, out: &mut impl Write) -> io::Result<()> {
    match args.format {
        FormatArg::Text if args.sentences => {
            for s in vntext::sentences(input) {
                write_words(&input[s.range()], out)?;
            }
        }
        FormatArg::Text => {
            for line in input.lines() {
                write_words(line, out)?;
            }
        }
        FormatArg::Jsonl => write_jsonl(args, input, out)?,
    }
    Ok(())
}

/// The content tokens of `text` on one line, separated by single spaces; nothing for a text
/// with no content token.
fn write_words(text: &str, out: &mut impl Write) -> io::Result<()> {
    let mut first = true;
    for t in vntext::words(text) {
        if !first {
            out.write_all(b" ")?;
        }
        out.write_all(t.text.as_bytes())?;
        first = false;
    }
    if !first {
        out.write_all(b"\n")?;
    }
    Ok(())
}

fn write_jsonl(args: &TokenizeArgs, input: &str, out: &mut impl Write) -> io::Result<()> {
    let mut sentences = args.sentences.then(|| vntext::sentences(input).peekable());
    let mut sentence_no = 0;
    let mut current: Option<Span> = None;
    let mut line = 1;
    let mut line_start = 0;
    for t in vntext::tokens(input) {
        if t.kind == TokenKind::Space {
            if let Some(i) = t.text.rfind('\n') {
                line += t.text.bytes().filter(|&b| b == b'\n').count();
                line_start = t.span.start + i + 1;
            }
            continue;
        }
        let sentence = match &mut sentences {
            Some(it) => {
                while current.is_none_or(|s| s.end <= t.span.start) {
                    match it.next() {
                        Some(s) => {
                            current = Some(s);
                            sentence_no += 1;
                        }
                        None => break,
                    }
                }
                Some(sentence_no)
            }
            None => None,
        };
        let obj = JsonToken {
            line,
            start: t.span.start - line_start,
            end: t.span.end - line_start,
            kind: t.kind,
            text: t.text,
            sentence,
        };
        serde_json::to_writer(&mut *out, &obj)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(format: FormatArg, sentences: bool) -> TokenizeArgs {
        TokenizeArgs {
            format,
            sentences,
            lossy: false,
            files: vec![],
        }
    }

    fn output(a: &TokenizeArgs, input: &str) -> String {
        let mut out = Vec::new();
        run(a, input, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn text_format() {
        let input = "Chây ì nộp phạt nguội. Ở TP.HCM, 34.118 xe!\n\nPGS.TS. Lê An";
        assert_eq!(
            output(&args(FormatArg::Text, false), input),
            "Chây ì nộp phạt nguội Ở TP.HCM 34.118 xe\nPGS.TS. Lê An\n"
        );
        assert_eq!(
            output(&args(FormatArg::Text, true), input),
            "Chây ì nộp phạt nguội\nỞ TP.HCM 34.118 xe\nPGS.TS. Lê An\n"
        );
    }

    #[test]
    fn jsonl_format() {
        let input = "Tăng 8,5%.\nỞ TP.HCM";
        let out = output(&args(FormatArg::Jsonl, true), input);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 6);
        assert_eq!(
            lines[1],
            r#"{"line":1,"start":6,"end":9,"kind":"number","text":"8,5","sentence":1}"#
        );
        assert_eq!(
            lines[5],
            r#"{"line":2,"start":4,"end":10,"kind":"abbreviation","text":"TP.HCM","sentence":2}"#
        );
        let out = output(&args(FormatArg::Jsonl, false), input);
        assert!(!out.contains("sentence"));
    }
}

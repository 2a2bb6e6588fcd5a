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

/// Where a piece of an input starts: the lines and sentences before it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Position {
    /// Line breaks before the piece.
    lines: usize,
    /// Sentences before the piece.
    sentences: usize,
}

/// Whether the input may be cut before `line` when `previous` is the line before it (both
/// with their `\n`), so that tokenizing the two pieces one after the other gives the tokens
/// and sentences of the whole: after an empty line (a sentence always ends at a blank line),
/// and before a line that starts with a capital, a digit or an opening mark (a sentence ends
/// at a line break unless the next line starts with a lower-case letter). Nothing that starts
/// with a space or a mark, which could belong to what comes before.
pub fn piece_break(previous: &[u8], line: &[u8]) -> bool {
    if matches!(previous, b"\n" | b"\r\n") {
        return true;
    }
    if !previous.ends_with(b"\n") {
        return false;
    }
    match line.first() {
        Some(&b) if b < 0x80 => {
            b.is_ascii_uppercase() || b.is_ascii_digit() || b"\"'([-*+#".contains(&b)
        }
        Some(_) => {
            let first = line
                .utf8_chunks()
                .next()
                .and_then(|c| c.valid().chars().next());
            first.is_some_and(|c| c.is_uppercase() || "“‘«–—•".contains(c))
        }
        None => false,
    }
}

/// Tokenizes one piece of an input (the whole input, or pieces one after another, cut where
/// [`piece_break`] allows) and writes it to `out` in the chosen format; `at` is where the
/// piece starts, moved on to where it ends.
pub fn run(
    args: &TokenizeArgs,
    input: &str,
    at: &mut Position,
    out: &mut impl Write,
) -> io::Result<()> {
    let result = write_piece(args, input, at, out);
    at.lines += input.bytes().filter(|&b| b == b'\n').count();
    result
}

fn write_piece(
    args: &TokenizeArgs,
    input: &str,
    at: &mut Position,
    out: &mut impl Write,
) -> io::Result<()> {
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
        FormatArg::Jsonl => write_jsonl(args, input, at, out)?,
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

fn write_jsonl(
    args: &TokenizeArgs,
    input: &str,
    at: &mut Position,
    out: &mut impl Write,
) -> io::Result<()> {
    let mut sentences = args.sentences.then(|| vntext::sentences(input).peekable());
    let sentence_no = &mut at.sentences;
    let mut current: Option<Span> = None;
    let mut line = at.lines + 1;
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
                            *sentence_no += 1;
                        }
                        None => break,
                    }
                }
                Some(*sentence_no)
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
        run(a, input, &mut Position::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// What the command writes when it reads `input` in pieces (as it does), and how many.
    fn streamed(a: &TokenizeArgs, input: &str) -> (String, usize) {
        let mut out = Vec::new();
        let mut at = Position::default();
        let (mut start, mut pieces, mut previous) = (0, 0, "");
        let mut end = 0;
        for line in input.split_inclusive('\n') {
            if end > start && piece_break(previous.as_bytes(), line.as_bytes()) {
                run(a, &input[start..end], &mut at, &mut out).unwrap();
                (start, pieces) = (end, pieces + 1);
            }
            end += line.len();
            previous = line;
        }
        run(a, &input[start..], &mut at, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), pieces + 1)
    }

    /// Reading in pieces gives what reading the whole input gives, in every format, on real
    /// news and on line breaks around abbreviations, numbers, quotes and marks.
    #[test]
    fn pieces_give_what_the_whole_input_gives() {
        let news = include_str!("../../../tests/data/binhvq-news-300.txt");
        let inputs = [
            news,
            include_str!("../../../tests/data/langson-2020-plan.txt"),
            "Ở TP.\n\nHCM, tăng 8,5\n\n%. Ông A.\n\n\nB. Lê\r\n\r\nv.v...\n\n  là \n \nxong",
            "Ở TP.\nHCM, ông A.\nB. Lê, v.v...\nCòn 8,5\n%. Tăng\n“Hà Nội”\n(1)\nÁ\n\u{301}a\nđầu\n",
            "\n\nđầu\n",
        ];
        assert!(streamed(&args(FormatArg::Jsonl, true), news).1 > 250);
        for input in inputs {
            for format in [FormatArg::Text, FormatArg::Jsonl] {
                for sentences in [false, true] {
                    let a = args(format, sentences);
                    assert_eq!(
                        streamed(&a, input).0,
                        output(&a, input),
                        "{format:?} {sentences}"
                    );
                }
            }
        }
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

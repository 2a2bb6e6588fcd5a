//! `vntext tokenize`.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde_json::value::RawValue;
use vntext::{Span, TokenKind};

use crate::input::{self, CliError, Doc, InputArgs, Out};
use crate::pipeline::{self, Cuts};

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// content tokens separated by single spaces (punctuation and spaces left out)
    Text,
    /// one JSON object per token: line, start, end (bytes within the line), kind, text
    Jsonl,
}

/// Split Vietnamese text into tokens (syllables, words, abbreviations, numbers, codes, URLs…).
///
/// Plain text is read paragraph by paragraph; `line`, `start` and `end` are the line and
/// byte offsets within it, sentences count from the start of each input. With --jsonl, each
/// object's text is tokenized on its own: offsets are within that text, its id is copied
/// into each row, and in the text format each object gives one line (or one per sentence).
/// Examples:
///
///   echo 'Ở TP.HCM, giá tăng 8,5%.' | vntext tokenize
///   Ở TP.HCM giá tăng 8,5 %
///
///   echo 'Ở TP.HCM, giá tăng 8,5%.' | vntext tokenize --format jsonl
///   {"line":1,"start":0,"end":3,"kind":"syllable","text":"Ở"}
///   {"line":1,"start":4,"end":10,"kind":"abbreviation","text":"TP.HCM"}
///   …
///
///   vntext tokenize --sentences --jsonl --field body articles.jsonl > sentences.txt
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct TokenizeArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: FormatArg,
    /// Split into sentences: one sentence per line in `text`, a `sentence` number in `jsonl`.
    #[arg(long)]
    pub sentences: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(serde::Serialize)]
struct JsonToken<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a RawValue>,
    line: u64,
    start: usize,
    end: usize,
    kind: TokenKind,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<u64>,
}

/// Where a piece of an input starts: the lines and sentences before it.
#[derive(Clone, Copy, Debug, Default)]
pub struct Position {
    /// Line breaks before the piece.
    lines: u64,
    /// Sentences before the piece.
    sentences: u64,
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
/// piece starts, moved on to where it ends. Sentence numbers are written into `holes` as
/// numbers within the piece, for the writer to add the sentences before it.
pub fn run(
    args: &TokenizeArgs,
    input: &str,
    at: &mut Position,
    out: &mut Vec<u8>,
    holes: &mut Vec<(usize, u64)>,
) {
    match args.format {
        FormatArg::Text if args.sentences => {
            for s in vntext::sentences(input) {
                write_words(&input[s.range()], out);
            }
        }
        FormatArg::Text => {
            for line in input.lines() {
                write_words(line, out);
            }
        }
        FormatArg::Jsonl => write_jsonl(args, input, None, at, out, Some(holes)),
    }
    at.lines += input.bytes().filter(|&b| b == b'\n').count() as u64;
}

/// Tokenizes one JSON Lines document: `text` format, its words on one line (or a line per
/// sentence); `jsonl`, a row per token with the object's id and line, offsets within its
/// text and sentences counted within it.
fn run_doc(args: &TokenizeArgs, doc: &Doc<'_>, out: &mut Vec<u8>) {
    match args.format {
        FormatArg::Text if args.sentences => {
            for s in vntext::sentences(doc.text) {
                write_words(&doc.text[s.range()], out);
            }
        }
        FormatArg::Text => write_words(doc.text, out),
        FormatArg::Jsonl => {
            let mut at = Position::default();
            let id = doc.json.as_ref().and_then(|j| j.id);
            write_jsonl(args, doc.text, Some((doc.line, id)), &mut at, out, None);
        }
    }
}

/// `vntext tokenize`: every input, in batches (of whole paragraphs for plain text) on all
/// threads, to `out`.
pub fn main(args: &TokenizeArgs, out: &mut impl Write) -> Result<(), CliError> {
    if args.input.jsonl {
        return pipeline::drive(
            &args.input,
            Cuts::Lines,
            |batch| {
                let mut o = Out::default();
                input::for_each_doc(batch, &args.input, &mut o, |doc, o| {
                    run_doc(args, doc, &mut o.bytes)
                });
                o
            },
            out,
            |()| {},
        );
    }
    pipeline::drive(
        &args.input,
        Cuts::Pieces(piece_break),
        |batch| {
            let (text, error) = input::batch_text(batch, &args.input);
            let mut o = Out {
                bytes: Vec::with_capacity(text.len() * 2),
                error,
                ..Out::default()
            };
            let mut at = Position {
                lines: batch.lines,
                sentences: 0,
            };
            // Nothing of a piece with a bad byte is written.
            if o.error.is_none() {
                run(args, &text, &mut at, &mut o.bytes, &mut o.holes);
            }
            o.counted = at.sentences;
            o
        },
        out,
        |()| {},
    )
}

/// The content tokens of `text` on one line, separated by single spaces; nothing for a text
/// with no content token.
fn write_words(text: &str, out: &mut Vec<u8>) {
    let mut first = true;
    for t in vntext::words(text) {
        if !first {
            out.push(b' ');
        }
        out.extend_from_slice(t.text.as_bytes());
        first = false;
    }
    if !first {
        out.push(b'\n');
    }
}

/// A row per token. For a piece of plain text (`doc` is `None`) lines count from `at` and
/// offsets from the start of each line, and sentence numbers go into `holes`; for a JSON
/// Lines document every row has its line and id, offsets count from the start of its text
/// and sentences from 1.
fn write_jsonl(
    args: &TokenizeArgs,
    input: &str,
    doc: Option<(u64, Option<&RawValue>)>,
    at: &mut Position,
    out: &mut Vec<u8>,
    mut holes: Option<&mut Vec<(usize, u64)>>,
) {
    let mut sentences = args.sentences.then(|| vntext::sentences(input).peekable());
    let sentence_no = &mut at.sentences;
    let mut current: Option<Span> = None;
    let mut line = at.lines + 1;
    let mut line_start = 0;
    let id = doc.and_then(|d| d.1);
    for t in vntext::tokens(input) {
        if t.kind == TokenKind::Space {
            if doc.is_none()
                && let Some(i) = t.text.rfind('\n')
            {
                line += t.text.bytes().filter(|&b| b == b'\n').count() as u64;
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
            id,
            line: doc.map_or(line, |d| d.0),
            start: t.span.start - line_start,
            end: t.span.end - line_start,
            kind: t.kind,
            text: t.text,
            sentence: if holes.is_some() { None } else { sentence },
        };
        // Writing to memory cannot fail.
        let _ = serde_json::to_writer(&mut *out, &obj);
        if let (Some(holes), Some(n)) = (holes.as_deref_mut(), sentence) {
            out.pop();
            out.extend_from_slice(b",\"sentence\":");
            holes.push((out.len(), n));
            out.push(b'}');
        }
        out.push(b'\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(format: FormatArg, sentences: bool) -> TokenizeArgs {
        TokenizeArgs {
            format,
            sentences,
            input: InputArgs::default(),
        }
    }

    /// The output with the sentence numbers written in.
    fn filled(out: &[u8], holes: &[(usize, u64)]) -> String {
        let mut s = Vec::new();
        let mut at = 0;
        for &(pos, n) in holes {
            s.extend_from_slice(&out[at..pos]);
            s.extend_from_slice(n.to_string().as_bytes());
            at = pos;
        }
        s.extend_from_slice(&out[at..]);
        String::from_utf8(s).unwrap()
    }

    fn output(a: &TokenizeArgs, input: &str) -> String {
        let (mut out, mut holes) = (Vec::new(), Vec::new());
        run(a, input, &mut Position::default(), &mut out, &mut holes);
        filled(&out, &holes)
    }

    /// What the command writes when it reads `input` in pieces (as it does), and how many.
    fn streamed(a: &TokenizeArgs, input: &str) -> (String, usize) {
        let (mut out, mut holes) = (Vec::new(), Vec::new());
        let mut at = Position::default();
        let (mut start, mut pieces, mut previous) = (0, 0, "");
        let mut end = 0;
        for line in input.split_inclusive('\n') {
            if end > start && piece_break(previous.as_bytes(), line.as_bytes()) {
                run(a, &input[start..end], &mut at, &mut out, &mut holes);
                (start, pieces) = (end, pieces + 1);
            }
            end += line.len();
            previous = line;
        }
        run(a, &input[start..], &mut at, &mut out, &mut holes);
        (filled(&out, &holes), pieces + 1)
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

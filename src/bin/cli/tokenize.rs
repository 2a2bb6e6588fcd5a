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

/// Rows of tokens as JSON: what serde_json would write for the objects `{"id"?, "line",
/// "start", "end", "kind", "text", "sentence"?}`, written by hand because a news file has a
/// token every five bytes and serde's general path made the rows cost five times the
/// tokenizing. The start of the row up to `"start":` is kept per line, the kind and the
/// field names around it are one constant per kind, and small numbers come from a table.
/// The unit tests hold it to serde_json's output.
struct Rows<'a> {
    id: Option<&'a RawValue>,
    /// The line `prefix` is for.
    line: Option<u64>,
    /// `{"id":…,"line":N,"start":`
    prefix: Vec<u8>,
}

impl<'a> Rows<'a> {
    fn new(id: Option<&'a RawValue>) -> Self {
        Rows {
            id,
            line: None,
            prefix: Vec::new(),
        }
    }

    /// Writes a row up to (not including) its closing brace.
    fn write_open(
        &mut self,
        line: u64,
        start: usize,
        end: usize,
        kind: TokenKind,
        text: &str,
        out: &mut Vec<u8>,
    ) {
        if self.line != Some(line) {
            self.line = Some(line);
            self.prefix.clear();
            self.prefix.push(b'{');
            if let Some(id) = self.id {
                self.prefix.extend_from_slice(b"\"id\":");
                self.prefix.extend_from_slice(id.get().as_bytes());
                self.prefix.push(b',');
            }
            self.prefix.extend_from_slice(b"\"line\":");
            push_number(&mut self.prefix, line);
            self.prefix.extend_from_slice(b",\"start\":");
        }
        out.reserve(self.prefix.len() + 80 + text.len());
        out.extend_from_slice(&self.prefix);
        push_number(out, start as u64);
        out.extend_from_slice(b",\"end\":");
        push_number(out, end as u64);
        match kind_and_text(kind) {
            // Letters, digits and the dots, commas, hyphens, slashes and apostrophes between
            // them: nothing that JSON escapes, so the text goes in as it is.
            Some(segment) if plain(kind) => {
                out.extend_from_slice(segment);
                out.extend_from_slice(text.as_bytes());
                out.push(b'"');
            }
            Some(segment) => {
                // The segment without the quote that opens the text.
                out.extend_from_slice(&segment[..segment.len() - 1]);
                push_string(out, text);
            }
            None => {
                out.extend_from_slice(b",\"kind\":\"");
                out.extend_from_slice(kind.as_str().as_bytes());
                out.extend_from_slice(b"\",\"text\":");
                push_string(out, text);
            }
        }
    }
}

/// Kinds whose tokens hold nothing JSON escapes (`"`, `\\`, control characters).
fn plain(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Syllable | TokenKind::Word | TokenKind::Number | TokenKind::Abbreviation
    )
}

/// `,"kind":"…","text":"` for a kind (with the quote that opens the text).
fn kind_and_text(kind: TokenKind) -> Option<&'static [u8]> {
    Some(match kind {
        TokenKind::Syllable => b",\"kind\":\"syllable\",\"text\":\"",
        TokenKind::Word => b",\"kind\":\"word\",\"text\":\"",
        TokenKind::Abbreviation => b",\"kind\":\"abbreviation\",\"text\":\"",
        TokenKind::Number => b",\"kind\":\"number\",\"text\":\"",
        TokenKind::Code => b",\"kind\":\"code\",\"text\":\"",
        TokenKind::Url => b",\"kind\":\"url\",\"text\":\"",
        TokenKind::Email => b",\"kind\":\"email\",\"text\":\"",
        TokenKind::Punctuation => b",\"kind\":\"punctuation\",\"text\":\"",
        TokenKind::Symbol => b",\"kind\":\"symbol\",\"text\":\"",
        TokenKind::Space => b",\"kind\":\"space\",\"text\":\"",
        _ => return None,
    })
}

/// Two decimal digits of every number below 100.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// A number in decimal: from the table below 10,000 (nearly every offset in a line), else
/// through `itoa`.
fn push_number(out: &mut Vec<u8>, n: u64) {
    let pair = |i: u64| &PAIRS[2 * i as usize..2 * i as usize + 2];
    match n {
        0..10 => out.push(b'0' + n as u8),
        10..100 => out.extend_from_slice(pair(n)),
        100..1000 => {
            out.push(b'0' + (n / 100) as u8);
            out.extend_from_slice(pair(n % 100));
        }
        1000..10000 => {
            out.extend_from_slice(pair(n / 100));
            out.extend_from_slice(pair(n % 100));
        }
        _ => out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes()),
    }
}

/// A JSON string: as it is between quotes when nothing in it needs escaping (serde_json
/// escapes only `"`, `\` and control characters), else through serde_json.
fn push_string(out: &mut Vec<u8>, s: &str) {
    if s.bytes().all(|b| b >= 0x20 && b != b'"' && b != b'\\') {
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        // Writing to memory cannot fail.
        let _ = serde_json::to_writer(&mut *out, s);
    }
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
    at.lines += pipeline::count_lines(input.as_bytes());
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
                let mut o = Out::with_room(batch.data.len() * 2);
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
            // A JSON row per token is about 14 times the text (17 with sentence numbers).
            let factor = match args.format {
                FormatArg::Jsonl if args.sentences => 18,
                FormatArg::Jsonl => 16,
                FormatArg::Text => 1,
            };
            let mut o = Out::with_room(text.len() * factor);
            o.error = error;
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
    let mut rows = Rows::new(doc.and_then(|d| d.1));
    for t in vntext::tokens(input) {
        if t.kind == TokenKind::Space {
            if doc.is_none()
                && t.text != " "
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
        rows.write_open(
            doc.map_or(line, |d| d.0),
            t.span.start - line_start,
            t.span.end - line_start,
            t.kind,
            t.text,
            out,
        );
        if let Some(n) = sentence {
            out.extend_from_slice(b",\"sentence\":");
            match holes.as_deref_mut() {
                Some(holes) => holes.push((out.len(), n)),
                None => push_number(out, n),
            }
        }
        out.extend_from_slice(b"}\n");
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

    /// The hand-written rows are what serde_json writes for the same object.
    #[test]
    fn rows_are_serde_json() {
        #[derive(serde::Serialize)]
        struct Reference<'a> {
            #[serde(skip_serializing_if = "Option::is_none")]
            id: Option<&'a RawValue>,
            line: u64,
            start: usize,
            end: usize,
            kind: TokenKind,
            text: &'a str,
        }
        let id: Box<RawValue> = serde_json::from_str(r#"{"a": ["x", 1]}"#).unwrap();
        // Every token of real news and of text full of what JSON escapes, with its own kind;
        // and odd strings under every kind that is not plain.
        let news = include_str!("../../../tests/data/binhvq-news-300.txt");
        let nasty =
            "Anh nói: \"K'Rứ\" \\ tab\there \u{1}\u{7f} C:\\x 8,5% 😀 a@b.vn http://x.vn/\"q\"";
        let odd = ["a\"b", "c\\d", "e\u{1}f", "\t", "\u{7f}", "😀", "", "Việt"];
        let not_plain = [
            TokenKind::Code,
            TokenKind::Url,
            TokenKind::Email,
            TokenKind::Punctuation,
            TokenKind::Symbol,
            TokenKind::Space,
        ];
        let rows: Vec<(&str, TokenKind)> = vntext::tokens(news)
            .chain(vntext::tokens(nasty))
            .map(|t| (t.text, t.kind))
            .chain(
                odd.iter()
                    .enumerate()
                    .map(|(i, &t)| (t, not_plain[i % not_plain.len()])),
            )
            .collect();
        // One writer per id across rows, lines changing every third row.
        let mut writers = [Rows::new(None), Rows::new(Some(&*id))];
        assert!(rows.iter().any(|r| r.0.contains('"')));
        for (i, &(text, kind)) in rows.iter().enumerate() {
            for (rows, id) in writers.iter_mut().zip([None, Some(&*id)]) {
                let line = (i / 3) as u64 * 977 % 123_457;
                let (start, end) = (i, i + text.len());
                let mut got = Vec::new();
                rows.write_open(line, start, end, kind, text, &mut got);
                got.push(b'}');
                let reference = Reference {
                    id,
                    line,
                    start,
                    end,
                    kind,
                    text,
                };
                let want = serde_json::to_vec(&reference).unwrap();
                assert_eq!(
                    String::from_utf8(got).unwrap(),
                    String::from_utf8(want).unwrap()
                );
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

//! `vntext extract`.

use std::borrow::Cow;
use std::io::Write;
use std::path::PathBuf;

use std::sync::Arc;

use clap::Args;
use serde_json::{Value, json};
use vntext::{CalendarDate, Extracted, Extractor, Kind, Lexicon, Span};

use crate::html;
use crate::input::{self, CliError, Doc, InputArgs, Out};
use crate::pipeline::{self, Cuts};
use crate::tokenize;
use serde_json::value::RawValue;

/// Find dates, percentages, official titles, people and abbreviations, one JSON object per
/// match (JSON Lines).
///
/// Each line of the input is read on its own (with --paragraphs, together with the lines after
/// it that go on in lower case, for hard-wrapped documents): `line` is 1-based and
/// `start`/`end` are byte offsets within that line. The signer of an official document, alone
/// on a line a few lines under the title it signs as, gets that title (`PHÓ CHỦ TỊCH` /
/// `(Đã ký)` / `Đoàn Thu Hà`) when titles are asked for too. Example:
///
///   echo 'Ngày 06/01/2019, tăng trưởng đạt 8,5 - 9%.' | vntext extract
///
///   {"line":1,"start":0,"end":16,"kind":"date","text":"Ngày 06/01/2019","value":"2019-01-06"}
///   {"line":1,"start":34,"end":49,"kind":"percent","text":"đạt 8,5 - 9%","value":{"min":8.5,"max":9},"qualifier":"đạt"}
///
///   echo 'Dự có đồng chí Phạm Ngọc Thưởng, Chủ tịch UBND tỉnh.' | vntext extract --kinds person
///
///   {"line":1,"start":22,"end":45,"kind":"person","text":"Phạm Ngọc Thưởng","value":{"name":"Phạm Ngọc Thưởng","titles":["Chủ tịch UBND tỉnh"],"honorific":"đồng chí"}}
///
/// To check the matches of an article by eye, write one HTML page instead, the text with
/// every match highlighted by kind and its value on hover:
///
///   vntext extract --format html article.txt > article.html
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExtractArgs {
    /// Kinds to find, comma-separated: date, percent, title, person, abbreviation.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "date,percent,title,person,abbreviation"
    )]
    pub kinds: Vec<Kind>,
    /// Add the entries of this word list (lines of `kind<TAB>phrase[<TAB>note]`, as
    /// data/lexicon.tsv) to the built-in roles, bodies, places and abbreviations.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Option<PathBuf>,
    /// Resolve relative dates (`hôm qua`, `tuần sau`, `năm ngoái`) against this day,
    /// YYYY-MM-DD; without it they are not reported, except a period compared with one the
    /// sentence names (`Quý II/2023 tăng 6,8% so với quý trước`: 2023-Q1), and a day or
    /// month named before a relative year, which keeps it in its span with no year
    /// (`tháng 9 năm ngoái`: `--09`).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
    pub reference_date: Option<CalendarDate>,
    /// Output: `jsonl`, one JSON object per match; `html`, one self-contained page showing
    /// the text with every match highlighted by kind, its value on hover (e.g.
    /// `vntext extract --format html article.txt > article.html`).
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Read a line together with the lines after it that go on in lower case (hard-wrapped
    /// documents: `Bộ trưởng Bộ Lao` / `động - Thương binh và Xã hội`), so that a title or a
    /// name cut by a line break is found whole. `line`, `start` and `end` still count from
    /// the line where the match starts: a match that runs on has `end` past that line's end,
    /// and its `text` holds the line break as written.
    #[arg(long, conflicts_with = "jsonl")]
    pub paragraphs: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

/// What `vntext extract` writes.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per match (JSON Lines).
    Jsonl,
    /// One HTML page: the text with the matches highlighted.
    Html,
}

impl ExtractArgs {
    /// The extractor the options ask for; a word list that cannot be read or parsed is an
    /// error naming the file (and line).
    pub fn extractor(&self) -> Result<Extractor, CliError> {
        let mut e = Extractor::new().kinds(&self.kinds);
        if let Some(d) = self.reference_date {
            e = e.reference_date(d);
        }
        if let Some(path) = &self.lexicon {
            let name = path.display().to_string();
            let file = std::fs::File::open(path).map_err(|source| CliError::Io {
                path: name.clone(),
                source,
            })?;
            let user = Lexicon::from_reader(std::io::BufReader::new(file))
                .map_err(|source| CliError::Data { path: name, source })?;
            let mut lex = Lexicon::builtin().clone();
            lex.extend(&user);
            e = e.lexicon(Arc::new(lex));
        }
        Ok(e)
    }
}

/// A number as JSON: an integer when it is one.
fn number(d: vntext::Decimal) -> Value {
    match d.to_string().parse::<i64>() {
        Ok(n) => json!(n),
        Err(_) => json!(d.to_f64()),
    }
}

/// A match's value: an ISO 8601 text or null (dates), a number or a range (percentages).
#[derive(serde::Serialize)]
#[serde(untagged)]
pub enum JsonValue<'a> {
    Text(Option<String>),
    Number(Value),
    Range {
        min: Value,
        max: Value,
    },
    Title {
        role: &'a str,
        modifiers: &'a [String],
        org: Option<&'a str>,
        org_expanded: Option<&'a str>,
        rank: bool,
        generic: bool,
    },
    Person {
        name: &'a str,
        titles: Vec<Cow<'a, str>>,
        honorific: Option<&'a str>,
    },
    Abbreviation {
        expansion: &'a str,
    },
}

/// One match as JSON, its fields in this order.
#[derive(serde::Serialize)]
pub struct JsonMatch<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a RawValue>,
    line: u64,
    start: usize,
    end: usize,
    kind: &'static str,
    text: &'a str,
    value: JsonValue<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lunar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'static str>,
}

/// What a match means, without where it is: its `value` and, when present, `lunar`, `unit`
/// and `qualifier`, as in [`JsonMatch`].
#[derive(serde::Serialize)]
pub struct JsonMeaning<'m> {
    value: &'m JsonValue<'m>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lunar: Option<&'m str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'static str>,
}

impl JsonMatch<'_> {
    /// The fields of the match other than its position, kind and text.
    pub fn meaning(&self) -> JsonMeaning<'_> {
        JsonMeaning {
            value: &self.value,
            lunar: self.lunar.as_deref(),
            unit: self.unit,
            qualifier: self.qualifier,
        }
    }
}

/// The JSON object of one match.
pub fn object<'a>(
    line: u64,
    span: Span,
    line_text: &'a str,
    value: &'a Extracted,
) -> JsonMatch<'a> {
    let (start, end) = (span.start, span.end);
    let text = line_text.get(span.range()).unwrap_or_default();
    let mut o = JsonMatch {
        id: None,
        line,
        start,
        end,
        kind: value.kind().as_str(),
        text,
        value: JsonValue::Text(None),
        lunar: None,
        unit: None,
        qualifier: None,
    };
    match value {
        Extracted::Date(d) => {
            o.value = JsonValue::Text(d.gregorian.map(|g| g.to_string()));
            o.lunar = d.lunar.map(|l| l.to_string());
        }
        Extracted::Percent(p) => {
            o.value = if p.is_range() {
                JsonValue::Range {
                    min: number(p.min),
                    max: number(p.max),
                }
            } else {
                JsonValue::Number(number(p.min))
            };
            o.unit = p.points.then_some("pp");
            o.qualifier = p.qualifier.map(|q| q.as_str());
        }
        Extracted::Title(t) => {
            o.value = JsonValue::Title {
                role: &t.role,
                modifiers: &t.modifiers,
                org: t.org.as_deref(),
                org_expanded: t.org_expanded.as_deref(),
                rank: t.rank,
                generic: t.generic,
            };
        }
        Extracted::Person(p) => {
            o.value = JsonValue::Person {
                name: &p.name,
                titles: p.title_texts(line_text).collect(),
                honorific: p.honorific.as_deref(),
            };
        }
        Extracted::Abbreviation(a) => {
            o.value = JsonValue::Abbreviation {
                expansion: &a.expansion,
            };
        }
        _ => {}
    }
    o
}

/// A line without its `\n` or `\r\n`.
pub fn trim_newline(line: &str) -> &str {
    let line = line.strip_suffix('\n').unwrap_or(line);
    line.strip_suffix('\r').unwrap_or(line)
}

/// The text matches are found in: a line without its line break, or a JSON document's text.
fn doc_text<'a>(doc: &Doc<'a>) -> &'a str {
    match doc.json {
        Some(_) => doc.text,
        None => trim_newline(doc.text),
    }
}

/// Writes the matches of one document: a line (its line break is not part of it) or the
/// text of a JSON Lines object (offsets are then within that text, and its id is copied).
/// The signer's title in a signature block, kept from its line for the name a few lines
/// below it (`PHÓ CHỦ TỊCH` / `(Đã ký)` / `Đoàn Thu Hà`): each line is read on its own, so
/// the name's line cannot see the title's.
#[derive(Debug, Default)]
pub struct Signature {
    /// The line of the last line that holds titles only, and its last title as written.
    title: Option<(u64, String)>,
}

impl Signature {
    /// Looks at the matches of one line: keeps its title, gives it to a name alone on its
    /// line within four lines of it, or forgets it at any other text.
    fn read(
        &mut self,
        line: u64,
        text: &str,
        matches: &[vntext::Match<Extracted>],
    ) -> Option<String> {
        let trimmed = text.trim();
        let (a, b) = (text.len() - text.trim_start().len(), text.trim_end().len());
        let is_title = |m: &vntext::Match<Extracted>| matches!(m.value, Extracted::Title(_));
        let titles_only = !matches.is_empty()
            && matches
                .iter()
                .all(|m| is_title(m) || matches!(m.value, Extracted::Abbreviation(_)))
            && matches.iter().any(is_title)
            && matches
                .iter()
                .filter(|m| is_title(m))
                .all(|m| m.span.end == b)
            && trimmed.chars().count() <= 60;
        if titles_only {
            let last = matches.iter().rev().find(|m| is_title(m));
            self.title = last.map(|m| (line, text.get(m.span.range()).unwrap_or("").to_string()));
            return None;
        }
        // (A stamp between the title and the name: `(Đã ký)`, `[daky]`, `Đã ký`, `(đã ký và
        // đóng dấu)`.)
        let bracketed = (trimmed.starts_with('(') && trimmed.ends_with(')'))
            || (trimmed.starts_with('[') && trimmed.ends_with(']'));
        // (Folded only under a title waiting for its signer: most lines are not.)
        let signed_mark = || {
            self.title.is_some() && trimmed.len() <= 40 && {
                let folded = vntext::fold(trimmed, vntext::Fold::All).to_lowercase();
                folded.starts_with("da ky")
            }
        };
        let aside = trimmed.is_empty() || bracketed || signed_mark();
        if aside && matches.is_empty() {
            return None;
        }
        let title = self.title.take();
        if let [m] = matches
            && let Extracted::Person(p) = &m.value
            && m.span.start == a
            && m.span.end == b
            && p.titles.is_empty()
            && let Some((at, title)) = title
            && line - at <= 4
        {
            return Some(title);
        }
        None
    }
}

/// Writes the matches of one document: a line (its line break is not part of it) or the
/// text of a JSON Lines object (offsets are then within that text, and its id is copied).
/// `sig` carries a signature block's title from line to line (plain text only).
pub fn run(ex: &Extractor, doc: &Doc<'_>, out: &mut Vec<u8>, sig: &mut Signature) {
    let text = doc_text(doc);
    let id = doc.json.as_ref().and_then(|j| j.id);
    let matches: Vec<_> = ex.extract(text).collect();
    let signed = if doc.json.is_none() {
        sig.read(doc.line, text, &matches)
    } else {
        None
    };
    for m in &matches {
        let mut o = object(doc.line, m.span, text, &m.value);
        o.id = id;
        if let (Some(t), JsonValue::Person { titles, .. }) = (&signed, &mut o.value) {
            titles.push(Cow::Borrowed(t.as_str()));
        }
        // Writing to memory cannot fail.
        let _ = serde_json::to_writer(&mut *out, &o);
        out.push(b'\n');
    }
}

/// Writes the matches of a piece of plain text whose first line is line `first + 1`,
/// reading each run of lines that go on in lower case as one document (`--paragraphs`).
fn run_paragraphs(ex: &Extractor, text: &str, first: u64, out: &mut Vec<u8>) {
    let mut sig = Signature::default();
    let mut line = first;
    let mut doc_start = 0;
    let mut doc_line = first + 1;
    let mut previous: Option<&str> = None;
    let mut at = 0;
    for raw in text.split_inclusive('\n') {
        line += 1;
        if let Some(prev) = previous
            && tokenize::piece_break(prev.as_bytes(), raw.as_bytes())
        {
            run_doc(
                ex,
                text.get(doc_start..at).unwrap_or_default(),
                doc_line,
                out,
                &mut sig,
            );
            doc_start = at;
            doc_line = line;
        }
        previous = Some(raw);
        at += raw.len();
    }
    run_doc(
        ex,
        text.get(doc_start..).unwrap_or_default(),
        doc_line,
        out,
        &mut sig,
    );
}

/// The matches of one document of several lines, the first of them line `first`; a
/// document of one line may be a line of a signature block (`sig`).
fn run_doc(ex: &Extractor, doc: &str, first: u64, out: &mut Vec<u8>, sig: &mut Signature) {
    let mut line = first;
    let mut line_start = 0;
    let mut counted = 0;
    let matches: Vec<_> = ex.extract(doc).collect();
    let body = doc.trim_end_matches(['\n', '\r']);
    let signed = if body.contains('\n') {
        *sig = Signature::default();
        None
    } else {
        sig.read(first, body, &matches)
    };
    for m in matches {
        // The line the match starts on (matches come in text order).
        let before = doc.get(counted..m.span.start).unwrap_or_default();
        if let Some(i) = before.rfind('\n') {
            line += before.bytes().filter(|&b| b == b'\n').count() as u64;
            line_start = counted + i + 1;
        }
        counted = m.span.start;
        let mut o = object(line, m.span, doc, &m.value);
        o.start = m.span.start.saturating_sub(line_start);
        o.end = m.span.end.saturating_sub(line_start);
        if let (Some(t), JsonValue::Person { titles, .. }) = (&signed, &mut o.value) {
            titles.push(Cow::Borrowed(t.as_str()));
        }
        // Writing to memory cannot fail.
        let _ = serde_json::to_writer(&mut *out, &o);
        out.push(b'\n');
    }
}

/// `vntext extract`: every input, in batches of lines on all threads, to `out`.
pub fn main(args: &ExtractArgs, out: &mut impl Write) -> Result<(), CliError> {
    let ex = args.extractor()?;
    if args.paragraphs && args.format == Format::Html {
        return Err(CliError::Usage(
            "--paragraphs writes JSON Lines; the HTML page shows the text line by line".into(),
        ));
    }
    if args.paragraphs {
        return pipeline::drive(
            &args.input,
            Cuts::Pieces(tokenize::piece_break),
            |batch| {
                let (text, error) = input::batch_text(batch, &args.input);
                let mut o = Out::with_room(batch.data.len());
                o.error = error;
                // Nothing of a piece with a bad byte is written.
                if o.error.is_none() {
                    run_paragraphs(&ex, &text, batch.lines, &mut o.bytes);
                }
                o
            },
            out,
            |()| {},
        );
    }
    if args.format == Format::Html {
        html::header(out).map_err(pipeline::stdout_error)?;
    }
    pipeline::drive(
        &args.input,
        Cuts::Lines,
        |batch| {
            let mut o = Out::with_room(batch.data.len());
            // (A signature block cut by the end of a batch loses its link.)
            let mut signature = Signature::default();
            input::for_each_doc(batch, &args.input, &mut o, |doc, o| match args.format {
                Format::Jsonl => run(&ex, doc, &mut o.bytes, &mut signature),
                Format::Html => {
                    let text = doc_text(doc);
                    let matches: Vec<_> = ex.extract(text).collect();
                    // Writing to memory cannot fail.
                    let _ = html::line(doc.line, text, &matches, &mut o.bytes);
                }
            });
            o
        },
        out,
        |()| {},
    )?;
    if args.format == Format::Html {
        html::footer(out).map_err(pipeline::stdout_error)?;
        out.flush().map_err(pipeline::stdout_error)?;
    }
    Ok(())
}

/// A reference date: one day of the calendar, `YYYY-MM-DD`.
fn parse_day(s: &str) -> Result<CalendarDate, String> {
    s.parse()
        .map_err(|_| "not a day of the calendar written YYYY-MM-DD, such as 2020-01-08".to_string())
}

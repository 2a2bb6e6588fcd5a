//! Reading input for every subcommand: the options they share, files or stdin, documents
//! (lines of text, or objects of JSON Lines) with UTF-8 checking, and errors.

use std::borrow::Cow;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::ops::Range;
use std::path::{Path, PathBuf};

use clap::Args;
use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::pipeline::Batch;

/// Why a command failed; `main` prints it and picks the exit code.
#[derive(Debug)]
pub enum CliError {
    /// Reading or writing failed.
    Io { path: String, source: io::Error },
    /// The input is not UTF-8 (and `--lossy` was not given).
    Utf8 { path: String, offset: u64 },
    /// A line of JSON Lines input is not an object with the text field.
    Json {
        path: String,
        line: u64,
        message: String,
    },
    /// A word list does not parse.
    Data {
        path: String,
        source: vntext::DataError,
    },
    /// Options that do not go together.
    Usage(String),
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Io { .. } | CliError::Data { .. } | CliError::Usage(_) => 1,
            CliError::Utf8 { .. } | CliError::Json { .. } => 2,
        }
    }

    /// Whether this is stdout closing early (`vntext … | head`), which is not an error.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, CliError::Io { source, .. } if source.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Io { path, source } => write!(f, "{path}: {source}"),
            CliError::Data { path, source } => write!(f, "{path}: {source}"),
            CliError::Utf8 { path, offset } => {
                write!(
                    f,
                    "{path}: invalid UTF-8 at byte {offset} (use --lossy to replace it)"
                )
            }
            CliError::Json {
                path,
                line,
                message,
            } => write!(
                f,
                "{path}: line {line}: {message} (use --skip-bad to skip such lines)"
            ),
            CliError::Usage(m) => f.write_str(m),
        }
    }
}

/// The options every subcommand reads its input with.
#[derive(Args, Debug, Clone, Default)]
pub struct InputArgs {
    /// Worker threads [default: the number of cores]. The output is the same, in input
    /// order, whatever the number.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Read JSON Lines: one object per line, its text in the field `text` (see --field).
    #[arg(long)]
    pub jsonl: bool,
    /// With --jsonl: the field that holds the text.
    #[arg(long, value_name = "NAME", requires = "jsonl")]
    pub field: Option<String>,
    /// With --jsonl: the field copied into every output row as `id` [default: id].
    #[arg(long, value_name = "NAME", requires = "jsonl")]
    pub id_field: Option<String>,
    /// With --jsonl: skip malformed lines with a warning (and a count at the end) instead of
    /// failing.
    #[arg(long, requires = "jsonl")]
    pub skip_bad: bool,
    /// No progress bar (it is shown only when stderr is a terminal and the input size is
    /// known).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Input files; standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
}

impl InputArgs {
    /// The inputs named on the command line; stdin when there are none or for `-`.
    pub fn inputs(&self) -> Vec<Option<&Path>> {
        if self.files.is_empty() {
            vec![None]
        } else {
            self.files
                .iter()
                .map(|p| (p.as_os_str() != "-").then_some(p.as_path()))
                .collect()
        }
    }

    fn field(&self) -> &str {
        self.field.as_deref().unwrap_or("text")
    }

    fn id_field(&self) -> &str {
        self.id_field.as_deref().unwrap_or("id")
    }
}

pub fn display_name(path: Option<&Path>) -> String {
    path.map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
}

/// Opens an input for reading: a file (not a directory), or stdin for `None`.
pub fn open_raw(path: Option<&Path>) -> Result<Box<dyn Read + Send>, CliError> {
    let Some(p) = path else {
        return Ok(Box::new(io::stdin()));
    };
    let err = |source| CliError::Io {
        path: display_name(path),
        source,
    };
    let file = File::open(p).map_err(err)?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "is a directory, not a file",
        )));
    }
    Ok(Box::new(file))
}

/// `std::str::from_utf8`, with SIMD validation for the common (valid) case.
pub fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        // The slow validator says where the first bad byte is.
        Err(_) => std::str::from_utf8(bytes),
    }
}

/// What one batch gave: its output, and what the writer must know about it.
#[derive(Default)]
pub struct Out<T = ()> {
    /// The output.
    pub bytes: Vec<u8>,
    /// Places in `bytes` where a number counted from the start of the input goes: the
    /// writer writes `base + n` there (sentence numbers of `tokenize`).
    pub holes: Vec<(usize, u64)>,
    /// How much the base moves on after this batch.
    pub counted: u64,
    /// Warnings for stderr (lines skipped with --skip-bad).
    pub warnings: Vec<String>,
    /// Lines skipped.
    pub skipped: u64,
    /// What stopped the batch; the output before it is written first.
    pub error: Option<CliError>,
    /// Anything else the command collects (`stats`).
    pub extra: T,
}

impl<T: Default> Out<T> {
    /// An output with room for `n` bytes, in a buffer reused from an earlier batch if one
    /// is free.
    pub fn with_room(n: usize) -> Self {
        Out {
            bytes: crate::pipeline::buffer(n),
            ..Out::default()
        }
    }
}

/// One document of the input: a line of text, or the text field of a JSON Lines object.
pub struct Doc<'a> {
    /// Its line in the input, from 1.
    pub line: u64,
    /// The text: the whole line with its line break (plain text), or the field's text.
    pub text: &'a str,
    /// For JSON Lines: the object's line and where the text field's value is in it.
    pub json: Option<JsonDoc<'a>>,
}

/// Where a JSON Lines document came from.
pub struct JsonDoc<'a> {
    /// The line, without its line break.
    pub raw: &'a str,
    /// The text field's value (a JSON string, quotes included) in `raw`.
    pub field: Range<usize>,
    /// The id field's value as written, if the object has one.
    pub id: Option<&'a RawValue>,
}

/// The decoded text of a batch: its bytes as UTF-8, or as far as they are UTF-8 with the
/// error after it (none with `lossy`, which replaces bad bytes).
fn decode<'a>(batch: &'a Batch, lossy: bool) -> (Cow<'a, str>, Option<CliError>) {
    match utf8(&batch.data) {
        Ok(s) => (Cow::Borrowed(s), None),
        Err(_) if lossy => (String::from_utf8_lossy(&batch.data), None),
        Err(e) => {
            let good = e.valid_up_to();
            // Whole lines only: the text up to the line with the bad byte.
            let lines_end = batch.data[..good]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let text = std::str::from_utf8(&batch.data[..lines_end]).unwrap_or_default();
            let err = CliError::Utf8 {
                path: batch.path.to_string(),
                offset: batch.offset + good as u64,
            };
            (Cow::Borrowed(text), Some(err))
        }
    }
}

/// The text of a whole batch (for commands that read more than a line at a time), with
/// the error that ends it, if any.
pub fn batch_text<'a>(batch: &'a Batch, args: &InputArgs) -> (Cow<'a, str>, Option<CliError>) {
    decode(batch, args.lossy)
}

/// Calls `f` with each document of the batch, in order, and the output to write to.
/// Malformed JSON lines stop the batch with an error, or are skipped with a warning
/// (`--skip-bad`); invalid UTF-8 stops it after the lines before it.
pub fn for_each_doc<T>(
    batch: &Batch,
    args: &InputArgs,
    out: &mut Out<T>,
    mut f: impl FnMut(&Doc<'_>, &mut Out<T>),
) {
    let (text, error) = decode(batch, args.lossy);
    let mut line = batch.lines;
    for raw in text.split_inclusive('\n') {
        line += 1;
        if !args.jsonl {
            let doc = Doc {
                line,
                text: raw,
                json: None,
            };
            f(&doc, out);
            continue;
        }
        let raw = raw.strip_suffix('\n').unwrap_or(raw);
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        // A byte-order mark (files saved on Windows) is not part of the first object.
        let raw = match line {
            1 => raw.strip_prefix('\u{feff}').unwrap_or(raw),
            _ => raw,
        };
        if raw.trim().is_empty() {
            continue;
        }
        match parse(raw, args.field(), args.id_field()) {
            Ok((text, json)) => f(
                &Doc {
                    line,
                    text: &text,
                    json: Some(json),
                },
                out,
            ),
            Err(message) if args.skip_bad => {
                out.skipped += 1;
                out.warnings
                    .push(format!("{}: line {line}: skipped: {message}", batch.path));
            }
            Err(message) => {
                out.error = Some(CliError::Json {
                    path: batch.path.to_string(),
                    line,
                    message,
                });
                return;
            }
        }
    }
    if error.is_some() {
        out.error = error;
    }
}

/// The text field and where things are in one JSON Lines object.
fn parse<'a>(raw: &'a str, field: &str, id: &str) -> Result<(Cow<'a, str>, JsonDoc<'a>), String> {
    let mut de = serde_json::Deserializer::from_str(raw);
    let (text, id) = Pick { field, id }
        .deserialize(&mut de)
        .and_then(|picked| de.end().map(|()| picked))
        .map_err(|e| format!("malformed JSON ({e})"))?;
    let text = text.ok_or_else(|| format!("no field `{field}`"))?;
    let value = match serde_json::from_str::<&str>(text.get()) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(
            serde_json::from_str::<String>(text.get())
                .map_err(|_| format!("field `{field}` is not a string"))?,
        ),
    };
    // The value borrows from `raw`: its place in it.
    let start = text.get().as_ptr() as usize - raw.as_ptr() as usize;
    let json = JsonDoc {
        raw,
        field: start..start + text.get().len(),
        id,
    };
    Ok((value, json))
}

/// Picks the text and id fields of an object as written, skipping the others.
struct Pick<'n> {
    field: &'n str,
    id: &'n str,
}

type Picked<'de> = (Option<&'de RawValue>, Option<&'de RawValue>);

impl<'de> DeserializeSeed<'de> for Pick<'_> {
    type Value = Picked<'de>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Pick<'_> {
    type Value = Picked<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut text, mut id) = (None, None);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key == self.field {
                text = Some(map.next_value::<&'de RawValue>()?);
            } else if key == self.id {
                id = Some(map.next_value::<&'de RawValue>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok((text, id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_fields_as_written() {
        let raw =
            r#"{"id": 7, "meta": {"text": "no"}, "text": "Ha\u0300 N\u1ed9i, \"TP\"", "x": [1]}"#;
        let (text, json) = parse(raw, "text", "id").unwrap();
        assert_eq!(text, "Ha\u{300} Nội, \"TP\"");
        assert_eq!(&raw[json.field.clone()], r#""Ha\u0300 N\u1ed9i, \"TP\"""#);
        assert_eq!(json.id.unwrap().get(), "7");
        let (text, json) = parse(r#"{"body":"Lạng Sơn","id":"a-1"}"#, "body", "id").unwrap();
        assert!(matches!(text, Cow::Borrowed("Lạng Sơn")));
        assert_eq!(json.id.unwrap().get(), r#""a-1""#);
    }

    #[test]
    fn malformed_objects_say_why() {
        let e = |raw| parse(raw, "text", "id").err().unwrap();
        assert!(e(r#"{"text": "a""#).starts_with("malformed JSON"));
        assert!(e(r#"["text"]"#).starts_with("malformed JSON"));
        assert!(e(r#"{"text": "a"} x"#).starts_with("malformed JSON"));
        assert_eq!(e(r#"{"body": "a"}"#), "no field `text`");
        assert_eq!(e(r#"{"text": 5}"#), "field `text` is not a string");
    }
}

//! Reading input for every subcommand: files or stdin, line by line or in pieces of whole
//! lines, with UTF-8 checking.

use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Why a command failed; `main` prints it and picks the exit code.
#[derive(Debug)]
pub enum CliError {
    /// Reading or writing failed.
    Io { path: String, source: io::Error },
    /// The input is not UTF-8 (and `--lossy` was not given).
    Utf8 { path: String, offset: u64 },
    /// A word list does not parse.
    Data {
        path: String,
        source: vntext::DataError,
    },
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Io { .. } | CliError::Data { .. } => 1,
            CliError::Utf8 { .. } => 2,
        }
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
        }
    }
}

/// The inputs named on the command line; stdin when there are none or for `-`.
pub fn inputs(files: &[PathBuf]) -> Vec<Option<&Path>> {
    if files.is_empty() {
        vec![None]
    } else {
        files
            .iter()
            .map(|p| (p.as_os_str() != "-").then_some(p.as_path()))
            .collect()
    }
}

pub fn display_name(path: Option<&Path>) -> String {
    path.map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
}

pub fn open(path: Option<&Path>) -> Result<Box<dyn BufRead>, CliError> {
    match path {
        None => Ok(Box::new(BufReader::with_capacity(1 << 16, io::stdin()))),
        Some(p) => File::open(p)
            .map(|f| Box::new(BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead>)
            .map_err(|source| CliError::Io {
                path: display_name(path),
                source,
            }),
    }
}

/// Calls `f` with each line of the input (its `\n` included), decoded as UTF-8. Memory stays
/// bounded by the longest line. Invalid UTF-8 is an error with its byte offset in the input,
/// or replaced by U+FFFD when `lossy`.
pub fn for_each_line(
    path: Option<&Path>,
    lossy: bool,
    mut f: impl FnMut(&str) -> io::Result<()>,
) -> Result<(), CliError> {
    let mut reader = open(path)?;
    let mut buf = Vec::with_capacity(1 << 12);
    let mut offset: u64 = 0;
    loop {
        buf.clear();
        let n = read_line(&mut reader, &mut buf, path)?;
        if n == 0 {
            return Ok(());
        }
        emit(path, &buf, offset, lossy, &mut f)?;
        offset += n as u64;
    }
}

/// Appends the next line of the input (its `\n` included) to `buf`; 0 at the end.
fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    path: Option<&Path>,
) -> Result<usize, CliError> {
    reader
        .read_until(b'\n', buf)
        .map_err(|source| CliError::Io {
            path: display_name(path),
            source,
        })
}

/// Decodes `piece` (at byte `offset` of the input) and hands it to `f`: invalid UTF-8 is an
/// error with its offset in the input, or replaced by U+FFFD when `lossy`.
fn emit(
    path: Option<&Path>,
    piece: &[u8],
    offset: u64,
    lossy: bool,
    f: &mut impl FnMut(&str) -> io::Result<()>,
) -> Result<(), CliError> {
    let write = match utf8(piece) {
        Ok(text) => f(text),
        Err(_) if lossy => f(&String::from_utf8_lossy(piece)),
        Err(e) => {
            return Err(CliError::Utf8 {
                path: display_name(path),
                offset: offset + e.valid_up_to() as u64,
            });
        }
    };
    write.map_err(|source| CliError::Io {
        path: "<stdout>".to_string(),
        source,
    })
}

/// Calls `f` with pieces of the input made of whole lines: a piece ends before a line when
/// `cut(previous line, line)` says so (lines with their `\n`), and at the end of the input.
/// Memory stays bounded by the longest piece. UTF-8 is checked as in [`for_each_line`].
pub fn for_each_piece(
    path: Option<&Path>,
    lossy: bool,
    cut: impl Fn(&[u8], &[u8]) -> bool,
    mut f: impl FnMut(&str) -> io::Result<()>,
) -> Result<(), CliError> {
    let mut reader = open(path)?;
    let mut buf = Vec::with_capacity(1 << 14);
    // Where the last line read starts in `buf`, and where the input's byte `0` would be.
    let mut previous = 0;
    let mut offset: u64 = 0;
    loop {
        let start = buf.len();
        let n = read_line(&mut reader, &mut buf, path)?;
        if n == 0 {
            return if buf.is_empty() {
                Ok(())
            } else {
                emit(path, &buf, offset, lossy, &mut f)
            };
        }
        if start > 0 && cut(&buf[previous..start], &buf[start..]) {
            emit(path, &buf[..start], offset, lossy, &mut f)?;
            offset += start as u64;
            buf.drain(..start);
            previous = 0;
        } else {
            previous = start;
        }
    }
}

/// `std::str::from_utf8`, with SIMD validation for the common (valid) case.
fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => Ok(s),
        // The slow validator says where the first bad byte is.
        Err(_) => std::str::from_utf8(bytes),
    }
}

/// Reads a whole input as bytes (for commands that must see everything, like detection).
pub fn read_all(path: Option<&Path>) -> Result<Vec<u8>, CliError> {
    let mut v = Vec::new();
    open(path)?
        .read_to_end(&mut v)
        .map_err(|source| CliError::Io {
            path: display_name(path),
            source,
        })?;
    Ok(v)
}

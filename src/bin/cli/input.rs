//! Reading input for every subcommand: files or stdin, line by line, with UTF-8 checking.

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
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Io { .. } => 1,
            CliError::Utf8 { .. } => 2,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Io { path, source } => write!(f, "{path}: {source}"),
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
    let name = || display_name(path);
    let mut reader = open(path)?;
    let mut buf = Vec::with_capacity(1 << 12);
    let mut offset: u64 = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| CliError::Io {
                path: name(),
                source,
            })?;
        if n == 0 {
            return Ok(());
        }
        let write = match utf8(&buf) {
            Ok(line) => f(line),
            Err(_) if lossy => f(&String::from_utf8_lossy(&buf)),
            Err(e) => {
                return Err(CliError::Utf8 {
                    path: name(),
                    offset: offset + e.valid_up_to() as u64,
                });
            }
        };
        write.map_err(|source| CliError::Io {
            path: "<stdout>".to_string(),
            source,
        })?;
        offset += n as u64;
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

/// Reads a whole input as text: invalid UTF-8 is an error with its byte offset, or replaced by
/// U+FFFD when `lossy`.
pub fn read_text(path: Option<&Path>, lossy: bool) -> Result<String, CliError> {
    let bytes = read_all(path)?;
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(CliError::Utf8 {
            path: display_name(path),
            offset: e.utf8_error().valid_up_to() as u64,
        }),
    }
}

//! Every subcommand's engine: read the inputs in batches of whole lines, work on the batches
//! on `--jobs` threads, write the results in input order.
//!
//! ```text
//!  reader thread ──(batch, its result slot)──▶ worker 1 ┐
//!        │                                    worker 2 ├─▶ result slots
//!        └──(result slots, in input order)──▶ writer (this thread) ──▶ stdout
//! ```
//!
//! The reader hands each batch to whichever worker is free, and the batch's result slot (a
//! one-place channel) to the writer, in input order; the writer waits on the slots one after
//! another, so the output is in input order whatever finishes first. Both channels are
//! bounded, so at most about `jobs + 4` batches are in memory at once: memory stays flat
//! however large the input. With `--jobs 1` the same batches are worked on this thread, one
//! after another, through the same functions: the output is byte-identical by construction.
//!
//! A batch never splits a line, and commands that need more than a line to be whole (the
//! sentences of `tokenize`) say where a batch may end.

use std::io::{self, IsTerminal, Read, Seek, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::input::{self, CliError, InputArgs, Out};

/// Lines (or pieces of lines) of one input, read together.
pub struct Batch {
    /// The bytes, whole lines (the last line of an input may have no `\n`).
    pub data: Vec<u8>,
    /// The input's name, for messages.
    pub path: Arc<str>,
    /// Where `data` starts in the input, in bytes.
    pub offset: u64,
    /// Line breaks in the input before `data`.
    pub lines: u64,
    /// Whether this is the first batch of its input (numbering starts again).
    pub first: bool,
    /// Where the bytes are, when the worker is to read them itself (see [`Batch::load`]).
    pub deferred: Option<Deferred>,
}

/// A batch's bytes still in its file: `len` bytes at `offset` of the file at `path`.
pub struct Deferred {
    path: Arc<Path>,
    len: usize,
}

impl Batch {
    /// Reads the batch's bytes if the reader left them in the file. A worker does this: the
    /// reader only finds where batches end, so the copying is spread over the workers and
    /// the bytes are in the cache of the core that works on them.
    pub fn load(&mut self) -> Result<(), CliError> {
        let Some(d) = self.deferred.take() else {
            return Ok(());
        };
        let err = |source| CliError::Io {
            path: self.path.to_string(),
            source,
        };
        let mut file = std::fs::File::open(&*d.path).map_err(err)?;
        file.seek(io::SeekFrom::Start(self.offset)).map_err(err)?;
        // One read into a zeroed buffer: `read_to_end` would read in growing pieces from 8
        // KiB, eight calls per batch.
        let mut data = buffer(d.len);
        data.resize(d.len, 0);
        file.read_exact(&mut data).map_err(err)?;
        self.data = data;
        Ok(())
    }
}

/// Where a batch may end: after any line, or only where `cut(previous line, line)` allows
/// (both with their `\n`).
#[derive(Clone, Copy)]
pub enum Cuts {
    Lines,
    /// After any line, and the lines are not counted ([`Batch::lines`] stays 0): for
    /// commands that write no line numbers (reading is the one step that is not parallel,
    /// and counting was a third of it).
    LinesUncounted,
    Pieces(fn(&[u8], &[u8]) -> bool),
}

/// How many batches may be in memory at once, and how large each is. Enough batches to
/// keep every worker busy while the writer waits for the oldest; about 2 MiB of input in
/// memory in all (output can be 15 times larger: a JSON row per token), in batches of
/// 16 KiB to 1 MiB.
fn sizes(jobs: usize) -> (usize, usize) {
    let in_flight = jobs + 2;
    let batch = (2 << 20) / in_flight;
    (in_flight, batch.clamp(16 << 10, 1 << 20))
}

/// Reads the inputs one after another in batches.
pub struct Reader<'a> {
    paths: std::vec::IntoIter<Option<&'a Path>>,
    current: Option<Open>,
    cuts: Cuts,
    target: usize,
    /// The size of each input's first batch, if not `target`.
    first_target: Option<usize>,
    progress: Option<Arc<Progress>>,
}

struct Open {
    file: Box<dyn Read + Send>,
    /// For a regular file read in batches of uncounted lines: its path, size and a handle
    /// to look for line breaks with. The reader then only finds where batches end and the
    /// workers read the bytes.
    positional: Option<(Arc<Path>, u64, std::fs::File)>,
    name: Arc<str>,
    /// Read but not yet handed out (the start of the next batch).
    rest: Vec<u8>,
    offset: u64,
    lines: u64,
    first: bool,
    done: bool,
}

impl<'a> Reader<'a> {
    pub fn new(paths: Vec<Option<&'a Path>>, cuts: Cuts, jobs: usize) -> Reader<'a> {
        Reader {
            paths: paths.into_iter(),
            current: None,
            cuts,
            target: sizes(jobs).1,
            first_target: None,
            progress: None,
        }
    }

    /// Makes the first batch of each input about `n` bytes (to decide things on a prefix
    /// that does not depend on `--jobs`).
    pub fn first_target(mut self, n: usize) -> Self {
        self.first_target = Some(n);
        self
    }

    /// Counts the bytes read into `p`.
    pub fn progress(mut self, p: Option<Arc<Progress>>) -> Self {
        self.progress = p;
        self
    }

    /// The next batch; `None` at the end of the last input.
    pub fn next_batch(&mut self) -> Option<Result<Batch, CliError>> {
        loop {
            if self.current.is_none() {
                let path = self.paths.next()?;
                match input::open_raw(path) {
                    Ok(file) => {
                        let positional = match (self.cuts, path) {
                            (Cuts::LinesUncounted, Some(p)) => std::fs::File::open(p)
                                .ok()
                                .and_then(|f| Some((f.metadata().ok()?, f)))
                                .filter(|(m, _)| m.is_file())
                                .map(|(m, f)| (Arc::from(p), m.len(), f)),
                            _ => None,
                        };
                        self.current = Some(Open {
                            file,
                            positional,
                            name: input::display_name(path).into(),
                            rest: Vec::new(),
                            offset: 0,
                            lines: 0,
                            first: true,
                            done: false,
                        })
                    }
                    Err(e) => return Some(Err(e)),
                }
            }
            let open = self.current.as_mut()?;
            let target = match self.first_target {
                Some(n) if open.first => n,
                _ => self.target,
            };
            match open.next(self.cuts, target, self.progress.as_deref()) {
                Ok(Some(b)) => return Some(Ok(b)),
                Ok(None) => self.current = None,
                Err(e) => {
                    self.current = None;
                    return Some(Err(e));
                }
            }
        }
    }
}

impl Open {
    fn next(
        &mut self,
        cuts: Cuts,
        target: usize,
        progress: Option<&Progress>,
    ) -> Result<Option<Batch>, CliError> {
        if let Some((path, size, _)) = &self.positional {
            let (path, size) = (path.clone(), *size);
            return self.next_positional(path, size, target, progress);
        }
        // A buffer the workers are done with, starting with what was read past the last
        // batch's end.
        let mut data = buffer(target);
        data.extend_from_slice(&self.rest);
        self.rest.clear();
        // How much to have before looking for a cut, and from where to look (what was
        // searched before found none).
        let (mut need, mut searched) = (target, 0);
        loop {
            if !self.done && data.len() < need {
                let n = fill(&mut self.file, &mut data, need).map_err(|source| CliError::Io {
                    path: self.name.to_string(),
                    source,
                })?;
                if let Some(p) = progress {
                    p.add(n as u64);
                }
                self.done = data.len() < need;
                continue;
            }
            if data.is_empty() {
                return Ok(None);
            }
            // (At the end of the input the rest is one batch: a last piece cut off would be
            // read apart from the lines before it, and a signature block lose its title.)
            let end = if self.done {
                Some(data.len())
            } else {
                cut(&data, searched, cuts)
            };
            match end {
                Some(end) => {
                    self.rest.extend_from_slice(&data[end..]);
                    data.truncate(end);
                    let batch = Batch {
                        path: self.name.clone(),
                        offset: self.offset,
                        lines: self.lines,
                        first: self.first,
                        data,
                        deferred: None,
                    };
                    self.offset += end as u64;
                    if !matches!(cuts, Cuts::LinesUncounted) {
                        self.lines += count_lines(&batch.data);
                    }
                    self.first = false;
                    return Ok(Some(batch));
                }
                // No place to cut yet: read more (a batch holds at least one whole piece).
                None => {
                    searched = data.len();
                    need = data.len() + target.max(4096);
                }
            }
        }
    }
}

impl Open {
    /// The next batch of a regular file, its bytes left in the file: from where the last
    /// one ended to the first line break at or after `target` bytes further (or the end).
    fn next_positional(
        &mut self,
        path: Arc<Path>,
        size: u64,
        target: usize,
        progress: Option<&Progress>,
    ) -> Result<Option<Batch>, CliError> {
        if self.offset >= size {
            return Ok(None);
        }
        let err = |source| CliError::Io {
            path: self.name.to_string(),
            source,
        };
        let mut end = (self.offset + target as u64).min(size);
        if end < size {
            // Look for the line break from the byte before `end`, a window at a time.
            let mut at = end - 1;
            let mut window = [0u8; 4096];
            let Some((_, _, file)) = self.positional.as_mut() else {
                return Ok(None);
            };
            loop {
                let got = read_at(file, at, &mut window).map_err(err)?;
                if got == 0 {
                    end = size;
                    break;
                }
                if let Some(i) = window[..got].iter().position(|&b| b == b'\n') {
                    end = at + i as u64 + 1;
                    break;
                }
                at += got as u64;
            }
        }
        let len = (end - self.offset) as usize;
        if let Some(p) = progress {
            p.add(len as u64);
        }
        let batch = Batch {
            data: Vec::new(),
            path: self.name.clone(),
            offset: self.offset,
            lines: 0,
            first: self.first,
            deferred: Some(Deferred { path, len }),
        };
        self.offset = end;
        self.first = false;
        Ok(Some(batch))
    }
}

/// Reads up to `buf.len()` bytes at `at` of a file (0 at its end).
fn read_at(file: &mut std::fs::File, at: u64, buf: &mut [u8]) -> io::Result<usize> {
    file.seek(io::SeekFrom::Start(at))?;
    loop {
        match file.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            r => return r,
        }
    }
}

/// Reads until `data` holds `want` bytes or the input ends; the bytes read. (Through
/// `read_to_end` on a `take`, which reads into the spare capacity without zeroing it first.)
fn fill(file: &mut impl Read, data: &mut Vec<u8>, want: usize) -> io::Result<usize> {
    let start = data.len();
    let Some(more) = want.checked_sub(start) else {
        return Ok(0);
    };
    data.reserve(more);
    file.take(more as u64).read_to_end(data)?;
    Ok(data.len() - start)
}

/// The line breaks in `data`, eight bytes at a time: a byte of `x = word ^ 0x0a0a…` is zero
/// where the word has a `\n`; `(x & 0x7f…) + 0x7f…` sets the top bit of every byte whose low
/// seven bits are not all zero (no carry crosses bytes), `| x` adds the bytes whose top bit
/// is set, so the top bit is clear exactly in the zero bytes.
pub fn count_lines(data: &[u8]) -> u64 {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut chunks = data.chunks_exact(8);
    let mut n = 0u64;
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
            ^ 0x0a0a_0a0a_0a0a_0a0a;
        let t = ((x & LOW) + LOW) | x;
        n += u64::from((!t & !LOW).count_ones());
    }
    n + chunks.remainder().iter().filter(|&&b| b == b'\n').count() as u64
}

/// The last place in `data` (not before `from`) where a batch may end, if any: after the
/// last `\n`, or for pieces, before the last line that `cut` allows to start a piece.
fn cut(data: &[u8], from: usize, cuts: Cuts) -> Option<usize> {
    let last = data.iter().rposition(|&b| b == b'\n')? + 1;
    match cuts {
        Cuts::Lines | Cuts::LinesUncounted => (last > from).then_some(last),
        Cuts::Pieces(allowed) => {
            // Line starts from the end: `start` begins a line, `prev` the line before it.
            let mut start = last;
            while start > from.max(1) {
                let prev = data[..start - 1]
                    .iter()
                    .rposition(|&b| b == b'\n')
                    .map_or(0, |i| i + 1);
                if prev == 0 && start == 0 {
                    return None;
                }
                let line_end = data[start..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(data.len(), |i| start + i + 1);
                if start < data.len() && allowed(&data[prev..start], &data[start..line_end]) {
                    return Some(start);
                }
                if prev == 0 {
                    return None;
                }
                start = prev;
            }
            None
        }
    }
}

/// Runs `work` on every item `read` gives, on `jobs` threads, and hands the results to
/// `write` in the order of the items. Stops at the first error of `read` or `write` (after
/// writing every result before it).
pub fn ordered<I: Send, R: Send>(
    jobs: usize,
    mut read: impl FnMut() -> Option<Result<I, CliError>> + Send,
    work: impl Fn(I) -> R + Sync,
    mut write: impl FnMut(R) -> Result<(), CliError>,
) -> Result<(), CliError> {
    if jobs <= 1 {
        while let Some(item) = read() {
            write(work(item?))?;
        }
        return Ok(());
    }
    let (in_flight, _) = sizes(jobs);
    type Slot<R> = Result<Receiver<R>, CliError>;
    let (todo_tx, todo_rx) = sync_channel::<(I, SyncSender<R>)>(jobs);
    let (order_tx, order_rx) = sync_channel::<Slot<R>>(in_flight);
    let todo_rx = Mutex::new(todo_rx);
    let work = &work;
    let todo_rx = &todo_rx;
    std::thread::scope(|s| {
        s.spawn(move || {
            while let Some(item) = read() {
                let slot = match item {
                    Ok(item) => {
                        let (tx, rx) = sync_channel(1);
                        if todo_tx.send((item, tx)).is_err() {
                            return;
                        }
                        Ok(rx)
                    }
                    Err(e) => Err(e),
                };
                let stop = slot.is_err();
                // The writer hung up (it failed): stop reading.
                if order_tx.send(slot).is_err() || stop {
                    return;
                }
            }
        });
        for _ in 0..jobs {
            s.spawn(move || {
                loop {
                    // The lock is held only while waiting for the next item.
                    let next = match todo_rx.lock() {
                        Ok(rx) => rx.recv(),
                        Err(_) => return,
                    };
                    let Ok((item, slot)) = next else { return };
                    // The writer may have hung up; the result is then dropped.
                    let _ = slot.send(work(item));
                }
            });
        }
        // The writer: this thread. Returning drops `order_rx`, which stops the reader,
        // which stops the workers.
        let order_rx = order_rx;
        for slot in order_rx.iter() {
            let result = slot?.recv().map_err(|_| CliError::Io {
                path: "<worker>".into(),
                source: io::Error::other("a worker thread failed"),
            })?;
            write(result)?;
        }
        Ok(())
    })
}

/// Runs a command over its inputs: `work` turns each batch into output, written in input
/// order to `out`; what each batch collects besides goes to `extra`, in order too. Warnings
/// go to stderr in input order, with the count of skipped lines at the end.
pub fn drive<T: Send + Default>(
    args: &InputArgs,
    cuts: Cuts,
    work: impl Fn(&Batch) -> Out<T> + Sync,
    out: &mut impl Write,
    mut extra: impl FnMut(T),
) -> Result<(), CliError> {
    let jobs = jobs(args.jobs);
    let paths = args.inputs();
    let progress = Progress::for_inputs(&paths, args.quiet);
    let mut reader = Reader::new(paths, cuts, jobs).progress(progress.clone());
    let (mut base, mut skipped) = (0u64, 0u64);
    let result = ordered(
        jobs,
        || reader.next_batch(),
        |mut batch| {
            if let Err(e) = batch.load() {
                let failed = Out {
                    error: Some(e),
                    ..Out::default()
                };
                return (batch.first, failed);
            }
            let done = work(&batch);
            // The batch's buffer goes back for the reader to fill again.
            recycle(batch.data);
            (batch.first, done)
        },
        |(first, done)| {
            if first {
                base = 0;
            }
            let mut at = 0;
            let mut number = Vec::with_capacity(20);
            for &(pos, n) in &done.holes {
                number.clear();
                let _ = write!(number, "{}", base + n);
                write_out(out, &done.bytes[at..pos])?;
                write_out(out, &number)?;
                at = pos;
            }
            write_out(out, &done.bytes[at..])?;
            recycle(done.bytes);
            base += done.counted;
            skipped += done.skipped;
            if !done.warnings.is_empty() {
                let mut err = io::stderr().lock();
                for w in &done.warnings {
                    let _ = writeln!(err, "warning: {w}");
                }
            }
            if let Some(e) = done.error {
                return Err(e);
            }
            extra(done.extra);
            Ok(())
        },
    );
    if let Some(p) = &progress {
        p.finish();
    }
    if skipped > 0 {
        eprintln!(
            "warning: skipped {skipped} malformed line{}",
            if skipped == 1 { "" } else { "s" }
        );
    }
    result?;
    out.flush().map_err(stdout_error)
}

fn write_out(out: &mut impl Write, bytes: &[u8]) -> Result<(), CliError> {
    out.write_all(bytes).map_err(stdout_error)
}

pub fn stdout_error(source: io::Error) -> CliError {
    CliError::Io {
        path: "<stdout>".into(),
        source,
    }
}

/// Output buffers the writer is done with, for the workers to fill again. Without it each
/// batch's output (megabytes for `tokenize --format jsonl`) would be a fresh allocation
/// freed on another thread, and the allocator's per-thread arenas kept growing: 300 MB
/// resident for a 1 GB stream at `--jobs 16`, against a flat few tens of MB with it.
static BUFFERS: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

/// An empty buffer with room for `n` bytes, reused if one is free.
pub fn buffer(n: usize) -> Vec<u8> {
    let mut b = BUFFERS
        .lock()
        .ok()
        .and_then(|mut free| free.pop())
        .unwrap_or_default();
    b.reserve(n);
    b
}

/// Gives a buffer back for [`buffer`] to hand out again.
pub fn recycle(mut b: Vec<u8>) {
    b.clear();
    if let Ok(mut free) = BUFFERS.lock()
        && free.len() < 64
    {
        free.push(b);
    }
}

/// The number of threads `--jobs` means: all cores for 0.
pub fn jobs(asked: Option<usize>) -> usize {
    match asked {
        // More threads than that only cost memory.
        Some(n) if n > 0 => n.min(256),
        _ => std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
}

/// A progress bar on stderr: bytes read of the known total, and bytes per second.
pub struct Progress {
    total: u64,
    read: std::sync::atomic::AtomicU64,
    start: Instant,
    shown: Mutex<Instant>,
}

impl Progress {
    /// A bar when stderr is a terminal, `quiet` is off and the size of every input is known
    /// (files, not pipes).
    pub fn for_inputs(paths: &[Option<&Path>], quiet: bool) -> Option<Arc<Progress>> {
        if quiet || !io::stderr().is_terminal() {
            return None;
        }
        let mut total = 0;
        for p in paths {
            let meta = std::fs::metadata((*p)?).ok()?;
            if !meta.is_file() {
                return None;
            }
            total += meta.len();
        }
        let now = Instant::now();
        Some(Arc::new(Progress {
            total,
            read: 0.into(),
            start: now,
            shown: Mutex::new(now),
        }))
    }

    fn add(&self, n: u64) {
        use std::sync::atomic::Ordering;
        let read = self.read.fetch_add(n, Ordering::Relaxed) + n;
        let Ok(mut shown) = self.shown.try_lock() else {
            return;
        };
        let now = Instant::now();
        if now.duration_since(*shown) < Duration::from_millis(100) && read < self.total {
            return;
        }
        *shown = now;
        self.draw(read, now);
    }

    fn draw(&self, read: u64, now: Instant) {
        const WIDTH: usize = 30;
        let share = if self.total == 0 {
            1.0
        } else {
            (read as f64 / self.total as f64).min(1.0)
        };
        let filled = (share * WIDTH as f64) as usize;
        let secs = now.duration_since(self.start).as_secs_f64().max(1e-3);
        let _ = write!(
            io::stderr().lock(),
            "\r[{}{}] {:>3.0}%  {} / {}  {}/s ",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            share * 100.0,
            human(read as f64),
            human(self.total as f64),
            human(read as f64 / secs),
        );
    }

    /// Clears the bar.
    pub fn finish(&self) {
        let _ = write!(io::stderr().lock(), "\r{:79}\r", "");
    }
}

fn human(bytes: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = bytes;
    let mut u = 0;
    while v >= 1000.0 && u + 1 < UNITS.len() {
        v /= 1000.0;
        u += 1;
    }
    format!("{v:.1} {}", UNITS[u])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batches(input: &[u8], cuts: Cuts, target: usize) -> Vec<Vec<u8>> {
        let mut open = Open {
            file: Box::new(io::Cursor::new(input.to_vec())),
            positional: None,
            name: "t".into(),
            rest: Vec::new(),
            offset: 0,
            lines: 0,
            first: true,
            done: false,
        };
        let mut out = Vec::new();
        let mut lines = 0;
        let mut offset = 0;
        while let Some(b) = open.next(cuts, target, None).unwrap() {
            assert_eq!(b.offset, offset);
            assert_eq!(b.lines, lines);
            offset += b.data.len() as u64;
            lines += count_lines(&b.data);
            out.push(b.data);
        }
        out
    }

    #[test]
    fn batches_are_whole_lines_and_cover_the_input() {
        let news = include_bytes!("../../../tests/data/binhvq-news-300.txt");
        for target in [1, 100, 4096, 1 << 20] {
            let got = batches(news, Cuts::Lines, target);
            assert_eq!(got.concat(), news);
            for b in &got[..got.len() - 1] {
                assert!(b.ends_with(b"\n"));
            }
            if target == 4096 {
                assert!(got.len() > 10);
            }
        }
        assert!(batches(b"", Cuts::Lines, 10).is_empty());
        // (What is left at the end of the input is one batch.)
        assert_eq!(batches(b"a\nb", Cuts::Lines, 1), [b"a\nb".to_vec()]);
    }

    /// A regular file in uncounted lines: the reader only finds the ends, the worker reads
    /// the bytes; together the batches are the file, each ends after a line break.
    #[test]
    fn positional_batches_cover_a_file() {
        let news = include_bytes!("../../../tests/data/binhvq-news-300.txt");
        let mut content = news.to_vec();
        content.extend_from_slice(&[b'x'; 10_000]); // a line longer than a batch
        content.extend_from_slice(
            b"\nkh\xc3\xb4ng c\xc3\xb3 d\xe1\xba\xa5u xu\xe1\xbb\x91ng d\xc3\xb2ng",
        );
        let path =
            std::env::temp_dir().join(format!("vntext-positional-{}.txt", std::process::id()));
        std::fs::write(&path, &content).unwrap();
        for target in [1, 700, 4096, 1 << 20] {
            let mut reader = Reader::new(vec![Some(path.as_path())], Cuts::LinesUncounted, 2);
            reader.target = target;
            let mut got = Vec::new();
            let mut n = 0;
            while let Some(b) = reader.next_batch() {
                let mut b = b.unwrap();
                assert!(b.deferred.is_some());
                assert_eq!(b.offset, got.len() as u64);
                b.load().unwrap();
                assert!(!b.data.is_empty());
                got.extend_from_slice(&b.data);
                if (got.len()) < content.len() {
                    assert!(b.data.ends_with(b"\n"), "target {target}");
                }
                n += 1;
            }
            assert_eq!(got, content, "target {target}");
            assert!(target > 4096 || n > 10);
        }
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn pieces_end_only_where_allowed() {
        // A piece may end only before a line starting with a capital.
        fn capital(_: &[u8], line: &[u8]) -> bool {
            line.first().is_some_and(u8::is_ascii_uppercase)
        }
        // (Long enough to be read in several batches: the end of an input is one batch.)
        let input = b"Ab\ncd\nef\nGh\nij\nKl\nmn\n".repeat(2000);
        for target in [1, 10, 5000] {
            let got = batches(&input, Cuts::Pieces(capital), target);
            assert_eq!(got.concat(), input);
            assert!(got.len() >= 2, "{}", got.len());
            for b in &got[1..] {
                assert!(b[0].is_ascii_uppercase());
            }
        }
        let got = batches(b"ab\ncd\nef\n", Cuts::Pieces(capital), 1);
        assert_eq!(got, [b"ab\ncd\nef\n".to_vec()]);
        // A short input is one batch, its last piece with the lines before it (a signature
        // block's name keeps its title).
        let got = batches(b"Ab\ncd\nGh\nij\n", Cuts::Pieces(capital), 1);
        assert_eq!(got, [b"Ab\ncd\nGh\nij\n".to_vec()]);
    }

    #[test]
    fn counts_lines_like_a_byte_scan() {
        let news = include_bytes!("../../../tests/data/binhvq-news-300.txt");
        for end in (0..news.len()).step_by(997).chain([news.len()]) {
            for start in 0..9.min(end) {
                let d = &news[start..end];
                assert_eq!(
                    count_lines(d),
                    d.iter().filter(|&&b| b == b'\n').count() as u64
                );
            }
        }
        let odd = [0x0a, 0x8a, 0x0b, 0x09, 0xff, 0x00, 0x0a, 0x0a, 0x7f, 0x0a];
        assert_eq!(count_lines(&odd), 4);
    }

    #[test]
    fn ordered_keeps_the_input_order() {
        for jobs in [1, 2, 4] {
            let mut n = 0;
            let mut got = Vec::new();
            ordered(
                jobs,
                || {
                    n += 1;
                    (n <= 200).then_some(Ok(n))
                },
                |i: u32| {
                    // Later items finish first.
                    std::thread::sleep(Duration::from_micros(u64::from(200 - i)));
                    i * 2
                },
                |r| {
                    got.push(r);
                    Ok(())
                },
            )
            .unwrap();
            assert_eq!(got, (1..=200).map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[test]
    fn ordered_stops_at_errors_after_what_came_before() {
        for jobs in [1, 3] {
            let mut n = 0;
            let mut got = Vec::new();
            let e = ordered(
                jobs,
                || {
                    n += 1;
                    Some(if n == 50 {
                        Err(CliError::Io {
                            path: "x".into(),
                            source: io::Error::other("boom"),
                        })
                    } else {
                        Ok(n)
                    })
                },
                |i| i,
                |r| {
                    got.push(r);
                    Ok(())
                },
            )
            .unwrap_err();
            assert!(e.to_string().contains("boom"));
            assert_eq!(got, (1..50).collect::<Vec<_>>());
            // The writer failing stops everything.
            let mut n = 0;
            let e = ordered(
                jobs,
                || {
                    n += 1;
                    Some(Ok(n))
                },
                |i| i,
                |r| {
                    if r == 10 {
                        Err(CliError::Io {
                            path: "<stdout>".into(),
                            source: io::ErrorKind::BrokenPipe.into(),
                        })
                    } else {
                        Ok(())
                    }
                },
            )
            .unwrap_err();
            assert!(matches!(e, CliError::Io { .. }));
        }
    }
}

//! `vntext extract --format html`: the page shows the same matches as the JSON Lines output.
//!
//! The page is read back with a small, tolerant HTML reader (tags, quoted or bare
//! attributes, character references): every `<mark>` becomes a match (its line from the
//! enclosing `<p data-line>`, its text from its text content, or `data-text` for a `cut`
//! mark) and the set of marks must equal the set of JSON objects.
#![cfg(feature = "cli")]

mod cli_run;
use cli_run::{stdout, vntext_ok as vntext};

use serde_json::Value;

/// One match, as the JSON output or the page gives it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    line: u64,
    start: u64,
    end: u64,
    kind: String,
    text: String,
    /// The JSON object without `line`, `start`, `end`, `kind` and `text`, as JSON text.
    meaning: String,
}

fn from_jsonl(jsonl: &str) -> Vec<Found> {
    let mut v: Vec<Found> = jsonl
        .lines()
        .map(|l| {
            let Value::Object(mut o) = serde_json::from_str(l).expect("a JSON object") else {
                panic!("not an object: {l}")
            };
            let mut take = |k: &str| o.remove(k).unwrap_or_else(|| panic!("no {k} in {l}"));
            let (line, start, end) = (take("line"), take("start"), take("end"));
            let (kind, text) = (take("kind"), take("text"));
            Found {
                line: line.as_u64().expect("line"),
                start: start.as_u64().expect("start"),
                end: end.as_u64().expect("end"),
                kind: kind.as_str().expect("kind").to_string(),
                text: text.as_str().expect("text").to_string(),
                meaning: Value::Object(o).to_string(),
            }
        })
        .collect();
    v.sort();
    v
}

/// A tag: its name (lower case, `/name` for an end tag) and attributes (values unescaped).
#[derive(Debug, Clone)]
struct Tag {
    name: String,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A piece of the page: text (unescaped), a tag, or the inside of `<style>` or `<script>`.
#[derive(Debug)]
enum Piece {
    Text(String),
    Tag(Tag),
    Raw(String),
}

/// Replaces the character references `&name;`, `&#N;` and `&#xH;` (the few names HTML
/// escaping uses); anything else is kept as written.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = rest.find(';').filter(|&j| j <= 10).and_then(|j| {
            let name = &rest[1..j];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => {
                    let n = if let Some(h) =
                        name.strip_prefix("#x").or_else(|| name.strip_prefix("#X"))
                    {
                        u32::from_str_radix(h, 16).ok()
                    } else {
                        name.strip_prefix('#').and_then(|d| d.parse().ok())
                    };
                    n.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, j))
        });
        match decoded {
            Some((c, j)) => {
                out.push(c);
                rest = &rest[j + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The attributes of a start tag's inside (after its name).
fn attributes(mut s: &str) -> Vec<(String, String)> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if s.is_empty() {
            return attrs;
        }
        let n = s
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(s.len());
        let name = s[..n].to_ascii_lowercase();
        s = s[n..].trim_start();
        let mut value = String::new();
        if let Some(after) = s.strip_prefix('=') {
            let after = after.trim_start();
            let (v, rest) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let e = body.find(q).unwrap_or(body.len());
                    (&body[..e], body.get(e + 1..).unwrap_or(""))
                }
                _ => {
                    let e = after
                        .find(|c: char| c.is_ascii_whitespace())
                        .unwrap_or(after.len());
                    (&after[..e], &after[e..])
                }
            };
            value = unescape(v);
            s = rest;
        }
        attrs.push((name, value));
    }
}

/// Splits a page into text and tags; comments are dropped and the insides of `<style>`
/// and `<script>` are kept as raw text.
fn pieces(page: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = page;
    let mut raw_until: Option<String> = None;
    while !rest.is_empty() {
        if let Some(end) = &raw_until {
            let i = rest
                .to_ascii_lowercase()
                .find(end.as_str())
                .unwrap_or(rest.len());
            out.push(Piece::Raw(rest[..i].to_string()));
            rest = &rest[i..];
            raw_until = None;
            continue;
        }
        let Some(i) = rest.find('<') else {
            out.push(Piece::Text(unescape(rest)));
            break;
        };
        if i > 0 {
            out.push(Piece::Text(unescape(&rest[..i])));
        }
        rest = &rest[i..];
        if let Some(c) = rest.strip_prefix("<!--") {
            rest = c.find("-->").map_or("", |j| &c[j + 3..]);
            continue;
        }
        // The tag ends at the first `>` outside quotes.
        let mut quote = None;
        let mut end = rest.len();
        for (j, c) in rest.char_indices().skip(1) {
            match (quote, c) {
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), _) if c == q => quote = None,
                (None, '>') => {
                    end = j;
                    break;
                }
                _ => {}
            }
        }
        let inside = &rest[1..end];
        rest = rest.get(end + 1..).unwrap_or("");
        let n = inside
            .find(|c: char| c.is_ascii_whitespace() || c == '>')
            .unwrap_or(inside.len());
        let name = inside[..n].trim_end_matches('/').to_ascii_lowercase();
        if name == "style" || name == "script" {
            raw_until = Some(format!("</{name}"));
        }
        out.push(Piece::Tag(Tag {
            name,
            attrs: attributes(&inside[n..]),
        }));
    }
    out
}

/// What the page shows: its marks, and the text of each line (`cut` marks left out).
struct Page {
    marks: Vec<Found>,
    lines: Vec<(u64, String)>,
    tags: Vec<Tag>,
    /// The insides of `<style>` (and `<script>`) elements.
    raw: Vec<String>,
}

fn read_page(page: &str) -> Page {
    let mut marks = Vec::new();
    let mut lines: Vec<(u64, String)> = Vec::new();
    let mut tags = Vec::new();
    let mut raw = Vec::new();
    // The open marks: the tag (none for a `cut` mark) and the text seen inside it so far.
    let mut open: Vec<(Option<Tag>, String)> = Vec::new();
    let mut line: Option<u64> = None;
    let mark = |line: Option<u64>, tag: &Tag, text: String| {
        let num = |k: &str| -> u64 {
            tag.attr(k)
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{k} in {tag:?}"))
        };
        let meaning: Value = serde_json::from_str(tag.attr("title").expect("title"))
            .unwrap_or_else(|e| panic!("title of {tag:?} is JSON: {e}"));
        Found {
            line: line.expect("a mark inside a <p data-line>"),
            start: num("data-start"),
            end: num("data-end"),
            kind: tag.attr("data-kind").expect("data-kind").to_string(),
            text,
            meaning: meaning.to_string(),
        }
    };
    for p in pieces(page) {
        match p {
            Piece::Text(t) => {
                for (_, inner) in &mut open {
                    inner.push_str(&t);
                }
                if let (Some(_), Some((_, l))) = (line, lines.last_mut()) {
                    l.push_str(&t);
                }
            }
            Piece::Raw(t) => raw.push(t),
            Piece::Tag(tag) => {
                match tag.name.as_str() {
                    "p" => {
                        line = tag.attr("data-line").and_then(|v| v.parse().ok());
                        if let Some(n) = line {
                            lines.push((n, String::new()));
                        }
                    }
                    "/p" => line = None,
                    "mark" => {
                        let cut = tag
                            .attr("class")
                            .is_some_and(|c| c.split(' ').any(|c| c == "cut"));
                        if cut {
                            let text = tag.attr("data-text").expect("data-text").to_string();
                            marks.push(mark(line, &tag, text));
                            open.push((None, String::new()));
                        } else {
                            open.push((Some(tag.clone()), String::new()));
                        }
                    }
                    "/mark" => match open.pop().expect("an open mark") {
                        (Some(t), text) => marks.push(mark(line, &t, text)),
                        (None, text) => assert!(text.is_empty(), "a cut mark is empty: {text}"),
                    },
                    _ => {}
                }
                tags.push(tag);
            }
        }
    }
    assert!(open.is_empty(), "marks left open: {open:?}");
    marks.sort();
    Page {
        marks,
        lines,
        tags,
        raw,
    }
}

/// Runs both outputs on `input` (given as standard input, or named in `args`) and checks that
/// the page shows exactly the JSON's matches, the input's text and nothing external.
fn check(args: &[&str], input: &str) -> Page {
    let jsonl = stdout(&vntext(&[&["extract"], args].concat(), input.as_bytes()));
    let html = stdout(&vntext(
        &[&["extract", "--format", "html"], args].concat(),
        input.as_bytes(),
    ));
    let page = read_page(&html);
    let want = from_jsonl(&jsonl);
    assert!(!want.is_empty());
    // (a), (b): the same marks, at the same places, with the same text and value.
    for (got, want) in page.marks.iter().zip(&want) {
        assert_eq!(got, want);
    }
    assert_eq!(page.marks.len(), want.len());
    // The lines are there, whole, in order.
    let lines: Vec<(u64, String)> = (1..)
        .zip(input.lines().map(|l| l.trim_end_matches('\r').to_string()))
        .collect();
    assert_eq!(page.lines, lines);
    // (c): no markup from the input is markup in the page (this page has no script at all).
    assert!(!html.to_ascii_lowercase().contains("<script"));
    // (d): nothing to fetch: no src or href, no url() or @import in the styles.
    for t in &page.tags {
        for (name, value) in &t.attrs {
            assert!(
                !matches!(
                    name.as_str(),
                    "src" | "href" | "srcset" | "action" | "style"
                ),
                "{t:?}"
            );
            assert!(!value.contains("://"), "{t:?}");
        }
        assert!(!matches!(
            t.name.as_str(),
            "link" | "img" | "iframe" | "object" | "base"
        ));
    }
    assert_eq!(page.raw.len(), 1, "one style sheet, no script");
    for style in &page.raw {
        assert!(!style.contains("url(") && !style.contains("@import") && !style.contains("://"));
    }
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<title>vntext extract</title>"));
    assert!(html.trim_end().ends_with("</html>"));
    page
}

#[test]
fn the_page_shows_the_matches_of_the_bundled_government_news() {
    let input = include_str!("../data/samples/gov-news.txt");
    let page = check(&["data/samples/gov-news.txt"], input);
    let page_stdin = check(&[], input);
    assert_eq!(page.marks, page_stdin.marks);
    // Every kind is on the page, and nested marks are read back.
    for kind in ["date", "percent", "title", "person", "abbreviation"] {
        assert!(page.marks.iter().any(|m| m.kind == kind), "{kind}");
    }
}

#[test]
fn the_page_escapes_what_comes_from_the_input() {
    let input = concat!(
        "<script>alert(1)</script> &amp; \"Nguyễn\" 'x' <a href=\"http://example.com/\">a</a>\n",
        // NFD: Chủ tịch UBND tỉnh, ngày 6/1/2019
        "Chu\u{309} ti\u{323}ch UBND ti\u{309}nh Lạng Sơn phát biểu nga\u{300}y 6/1/2019.\n",
        "\n",
        "Ngày 06/01/2019, Phó Chủ tịch HĐND tỉnh <b>Lạng Sơn</b> & \"tăng 5%\".\r\n",
        "<img src=x onerror=alert(1)> năm 2020 --> <!-- -->\n",
    );
    let page = check(&[], input);
    let kinds = |k: &str| page.marks.iter().filter(|m| m.kind == k).count();
    assert!(kinds("date") >= 3, "{:?}", page.marks);
    assert!(kinds("title") >= 2, "{:?}", page.marks);
    assert!(kinds("abbreviation") >= 2, "{:?}", page.marks);
    assert!(kinds("percent") >= 1, "{:?}", page.marks);
    // A title with an abbreviation inside, both marked.
    assert!(page.marks.iter().any(|t| t.kind == "title"
        && page.marks.iter().any(|a| a.kind == "abbreviation"
            && a.line == t.line
            && t.start <= a.start
            && a.end <= t.end)));
    assert_eq!(page.lines[2], (3, String::new()));
}

#[test]
fn the_reader_reads_marks_back() {
    let page = read_page(
        "<p data-line=\"2\">a <mark class=\"k-title\" data-kind=\"title\" data-start=\"2\" \
         data-end=\"9\" title='{\"value\":1}'>x &amp;<mark class='k-date cut' data-kind=date \
         data-start=3 data-end=12 data-text=\"&#39;y\" title=\"{&quot;value&quot;:2}\"></mark> \
         &lt;z</mark></p>",
    );
    assert_eq!(page.lines, [(2, "a x & <z".to_string())]);
    assert_eq!(page.marks.len(), 2);
    assert_eq!(page.marks[0].text, "x & <z");
    assert_eq!(page.marks[1].text, "'y");
    assert_eq!(page.marks[1].meaning, "{\"value\":2}");
    assert_eq!(unescape("&#x1EA1;&bogus;&"), "ạ&bogus;&");
}

//! `vntext extract --format html`: one self-contained page that shows the text with every
//! match highlighted by kind, its value on hover, so a person can check the extraction of
//! an article at a glance (what displaCy does for spaCy).
//!
//! The page is written in three parts so that it streams: [`header`] (styles and legend),
//! one [`line`] per input line, each on its own (lines can be rendered in parallel and
//! written in input order), and [`footer`]. Nothing from the input reaches the page without
//! going through [`escape`].
//!
//! # The marks
//! Each match is a `<mark>` with `class="k-KIND"`, `data-kind`, `data-start`, `data-end`
//! (byte offsets in the line, as in the JSON Lines output) and a `title` holding the rest of
//! the JSON object, pretty-printed: `value`, and `lunar`, `unit`, `qualifier` when present.
//! Its line is the `data-line` of the enclosing `<p>`.
//!
//! Matches nest (the abbreviation `UBND` inside the title `Chủ tịch UBND tỉnh`): a match
//! that lies inside an open mark is a mark inside it. A match that overlaps an open mark
//! only in part cannot nest; it becomes an empty mark with class `cut` at its start, with
//! the same attributes plus `data-text` (its text), drawn as a small tag of its kind. A span
//! that is not a range of the line (never produced by the extractor) is shown the same way
//! at the end of the line, with an empty `data-text`. So every match is a `<mark>`: its text is the mark's text
//! content, or `data-text` for a `cut` one.
//!
//! The footer counts the marks of each kind with CSS counters, so no line is kept.

use std::cmp::Reverse;
use std::io::{self, Write};

use vntext::{Extracted, Match, Span};

use crate::extract::object;

/// One colour per kind (background, and a darker one for labels and borders).
const KINDS: &[(&str, &str, &str)] = &[
    ("date", "#cde4ff", "#1f5fa8"),
    ("percent", "#cdf0c8", "#2b7a22"),
    ("title", "#ffe0a8", "#9a5b00"),
    ("person", "#f9cfe4", "#a3286b"),
    ("abbreviation", "#e3d9ff", "#5b3fb0"),
];

const STYLE: &str = "
body { margin: 0; background: #fbfaf7; color: #1d1d1f;
  font: 17px/1.9 system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif;
  counter-reset: c-date c-percent c-title c-person c-abbreviation; }
header, article, footer { max-width: 62rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1rem; }
h1 { font-size: 1.2rem; margin: 0 0 .3rem; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: 0 0 .8rem; padding: 0;
  list-style: none; font-size: .9rem; }
.legend span { padding: .1em .5em; border-radius: .3em; }
.hint { color: #666; font-size: .85rem; margin: 0 0 1rem; }
article { border-top: 1px solid #ddd; padding-top: .5rem; }
article p { margin: 0 0 .6rem; padding-left: 3rem; position: relative; white-space: pre-wrap;
  overflow-wrap: anywhere; min-height: 1.9em; }
article p::before { content: attr(data-line); position: absolute; left: 0; width: 2.2rem;
  text-align: right; color: #aaa; font-size: .75rem; }
mark { color: inherit; padding: .15em .2em; border-radius: .3em; cursor: help;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark mark { padding: 0 .15em; border: 1px solid rgba(0, 0, 0, .25); }
mark::after { font-size: .58em; font-weight: 700; letter-spacing: .04em; margin-left: .35em;
  vertical-align: .15em; text-transform: uppercase; }
mark.cut::after { margin-left: 0; }
mark.cut { padding: 0 .2em; border: 1px dashed; }
footer { color: #555; font-size: .85rem; border-top: 1px solid #ddd; margin-top: 1rem;
  padding-bottom: 1rem; }
footer span { margin-right: 1rem; }
";

/// Writes the start of the page: styles, title, legend, and the opening of the article.
pub fn header(out: &mut impl Write) -> io::Result<()> {
    out.write_all(
        b"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n\
          <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
          <title>vntext extract</title>\n<style>",
    )?;
    out.write_all(STYLE.as_bytes())?;
    for (kind, light, dark) in KINDS {
        let label = if *kind == "abbreviation" {
            "abbr"
        } else {
            kind
        };
        writeln!(
            out,
            ".k-{kind} {{ background: {light}; border-color: {dark}; }} \
             mark.k-{kind} {{ counter-increment: c-{kind}; }} \
             mark.k-{kind}::after {{ content: \"{label}\"; color: {dark}; }} \
             .n-{kind}::after {{ content: counter(c-{kind}); }}"
        )?;
    }
    out.write_all(
        b"</style>\n</head>\n<body>\n<header>\n<h1>vntext extract</h1>\n<ul class=\"legend\">",
    )?;
    for (kind, _, _) in KINDS {
        write!(out, "<li><span class=\"k-{kind}\">{kind}</span></li>")?;
    }
    out.write_all(
        b"</ul>\n<p class=\"hint\">Hover a highlighted phrase to see its value. \
          Line numbers and byte offsets (data-start, data-end) are those of the JSON Lines \
          output.</p>\n</header>\n<article>\n",
    )
}

/// Writes one input line (without its newline) as `<p data-line="N">`, each match a `<mark>`
/// (see the module documentation for how overlapping matches are shown).
pub fn line(
    line_no: u64,
    text: &str,
    matches: &[Match<Extracted>],
    out: &mut impl Write,
) -> io::Result<()> {
    write!(out, "<p data-line=\"{line_no}\">")?;
    // Outer before inner: by start, the longer first; ties keep the extractor's order.
    let mut order: Vec<&Match<Extracted>> = matches.iter().collect();
    order.sort_by_key(|m| (m.span.start, Reverse(m.span.end)));
    let mut w = Writer {
        text,
        at: 0,
        open: Vec::new(),
    };
    let mut bad = Vec::new();
    for m in order {
        let Some(matched) = text.get(m.span.range()) else {
            bad.push(m);
            continue;
        };
        w.close_before(m.span.start, out)?;
        w.text_to(m.span.start, out)?;
        if w.open.last().is_none_or(|&end| m.span.end <= end) {
            mark(line_no, text, m, None, out)?;
            w.open.push(m.span.end);
        } else {
            mark(line_no, text, m, Some(matched), out)?;
            out.write_all(b"</mark>")?;
        }
    }
    w.close_before(usize::MAX, out)?;
    w.text_to(text.len(), out)?;
    // Spans that are not ranges of the line have no place in it: at its end.
    for m in bad {
        mark(line_no, text, m, Some(""), out)?;
        out.write_all(b"</mark>")?;
    }
    out.write_all(b"</p>\n")
}

/// Closes the page, with the number of marks of each kind (counted by the browser).
pub fn footer(out: &mut impl Write) -> io::Result<()> {
    out.write_all(b"</article>\n<footer>")?;
    for (kind, _, _) in KINDS {
        write!(out, "<span>{kind}: <b class=\"n-{kind}\"></b></span>")?;
    }
    out.write_all(b"</footer>\n</body>\n</html>\n")
}

/// The text of a line written so far, and the ends of the marks still open (innermost last).
struct Writer<'t> {
    text: &'t str,
    at: usize,
    open: Vec<usize>,
}

impl Writer<'_> {
    /// Writes the text up to byte `end` (escaped), if it is ahead and a char boundary.
    fn text_to(&mut self, end: usize, out: &mut impl Write) -> io::Result<()> {
        if end > self.at
            && let Some(s) = self.text.get(self.at..end)
        {
            escape(s, out)?;
            self.at = end;
        }
        Ok(())
    }

    /// Closes the open marks that end at or before `at`.
    fn close_before(&mut self, at: usize, out: &mut impl Write) -> io::Result<()> {
        while let Some(&end) = self.open.last()
            && end <= at
        {
            self.text_to(end, out)?;
            out.write_all(b"</mark>")?;
            self.open.pop();
        }
        Ok(())
    }
}

/// Writes the opening tag of a match's mark; a `cut` one (with `data-text`) when `cut_text`.
fn mark(
    line_no: u64,
    text: &str,
    m: &Match<Extracted>,
    cut_text: Option<&str>,
    out: &mut impl Write,
) -> io::Result<()> {
    let kind = m.value.kind().as_str();
    let Span { start, end } = m.span;
    let cut = if cut_text.is_some() { " cut" } else { "" };
    write!(
        out,
        "<mark class=\"k-{kind}{cut}\" data-kind=\"{kind}\" data-start=\"{start}\" data-end=\"{end}\""
    )?;
    if let Some(t) = cut_text {
        out.write_all(b" data-text=\"")?;
        escape(t, out)?;
        out.write_all(b"\"")?;
    }
    let o = object(line_no, m.span, text, &m.value);
    let value = serde_json::to_string_pretty(&o.meaning()).map_err(io::Error::other)?;
    out.write_all(b" title=\"")?;
    escape(&value, out)?;
    out.write_all(b"\">")
}

/// Writes `s` with `& < > " '` as character references, safe in text and in quoted
/// attribute values.
pub fn escape(s: &str, out: &mut impl Write) -> io::Result<()> {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let r: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&s.as_bytes()[from..i])?;
        out.write_all(r)?;
        from = i + 1;
    }
    out.write_all(&s.as_bytes()[from..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use vntext::Extractor;

    fn esc(s: &str) -> String {
        let mut v = Vec::new();
        escape(s, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    fn render(text: &str, matches: &[Match<Extracted>]) -> String {
        let mut v = Vec::new();
        line(7, text, matches, &mut v).unwrap();
        String::from_utf8(v).unwrap()
    }

    /// The marks with their text, `[kind|text]`, values and offsets left out.
    fn skeleton(html: &str) -> String {
        let mut s = String::new();
        let mut rest = html.trim_end_matches('\n');
        while let Some(i) = rest.find('<') {
            s.push_str(&rest[..i]);
            let j = rest[i..].find('>').unwrap() + i;
            let tag = &rest[i + 1..j];
            if let Some(attrs) = tag.strip_prefix("mark ") {
                let kind = attrs.split('"').nth(3).unwrap();
                s.push('[');
                s.push_str(kind);
                if attrs.contains(" cut\"") {
                    s.push('!');
                }
                s.push('|');
            } else if tag == "/mark" {
                s.push(']');
            }
            rest = &rest[j + 1..];
        }
        s.push_str(rest);
        s
    }

    fn abbrev(start: usize, end: usize) -> Match<Extracted> {
        vntext::abbreviations("UBND")
            .map(|m| Match {
                span: Span { start, end },
                value: Extracted::Abbreviation(m.value),
            })
            .next()
            .unwrap()
    }

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(
            esc(r#"<script>alert('x')</script> & "Hà Nội""#),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Hà Nội&quot;"
        );
        assert_eq!(esc("&amp;"), "&amp;amp;");
        assert_eq!(esc(""), "");
        assert_eq!(esc("Việt Nam"), "Việt Nam");
    }

    #[test]
    fn nests_an_abbreviation_inside_its_title() {
        let text = "Tin <b>, Chủ tịch UBND tỉnh & ngày 06/01/2019.";
        let m: Vec<_> = Extractor::new().extract(text).collect();
        let html = render(text, &m);
        assert_eq!(
            skeleton(&html),
            "Tin &lt;b&gt;, [title|Chủ tịch [abbreviation|UBND] tỉnh] &amp; \
             [date|ngày 06/01/2019]."
        );
        assert!(html.starts_with("<p data-line=\"7\">"), "{html}");
        assert!(html.ends_with("</p>\n"), "{html}");
        // The value on hover, escaped.
        assert!(
            html.contains("title=\"{\n  &quot;value&quot;: &quot;2019-01-06&quot;\n}\""),
            "{html}"
        );
    }

    #[test]
    fn a_partial_overlap_is_an_empty_cut_mark() {
        let text = "aa UBND bb cc";
        // [3, 7) and [5, 10) overlap in part: the later one is cut; [8, 10) comes after.
        let html = render(text, &[abbrev(3, 7), abbrev(5, 10), abbrev(8, 10)]);
        assert_eq!(
            skeleton(&html),
            "aa [abbreviation|UB[abbreviation!|]ND] [abbreviation|bb] cc"
        );
        assert!(html.contains("data-start=\"5\" data-end=\"10\" data-text=\"ND bb\""));
        // Same start, same end: both nest.
        let html = render(text, &[abbrev(3, 7), abbrev(3, 7)]);
        assert_eq!(
            skeleton(&html),
            "aa [abbreviation|[abbreviation|UBND]] bb cc"
        );
    }

    #[test]
    fn never_panics_on_bad_spans() {
        let text = "Đà Nẵng";
        // Out of range, inside a character, reversed, empty: the text is still whole.
        let html = render(
            text,
            &[abbrev(0, 99), abbrev(1, 2), abbrev(5, 3), abbrev(0, 0)],
        );
        assert_eq!(
            skeleton(&html),
            "[abbreviation|]Đà Nẵng[abbreviation!|][abbreviation!|][abbreviation!|]"
        );
        assert_eq!(skeleton(&render("", &[])), "");
        assert_eq!(render("", &[]), "<p data-line=\"7\"></p>\n");
    }

    #[test]
    fn a_page_has_its_parts() {
        let mut v = Vec::new();
        header(&mut v).unwrap();
        footer(&mut v).unwrap();
        let page = String::from_utf8(v).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<title>vntext extract</title>"));
        assert!(page.contains("<meta charset=\"utf-8\">"));
        assert!(page.ends_with("</html>\n"));
        assert!(!page.contains("http"));
    }
}

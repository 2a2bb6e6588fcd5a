//! `vntext extract`.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use serde_json::{Value, json};
use vntext::{CalendarDate, Extracted, Extractor, Kind};

/// Find dates and percentages, one JSON object per match (JSON Lines).
///
/// Each line of the input is read on its own: `line` is 1-based and `start`/`end` are byte
/// offsets within that line. Example:
///
///   echo 'Ngày 06/01/2019, tăng trưởng đạt 8,5 - 9%.' | vntext extract
///
///   {"line":1,"start":0,"end":16,"kind":"date","text":"Ngày 06/01/2019","value":"2019-01-06"}
///   {"line":1,"start":34,"end":49,"kind":"percent","text":"đạt 8,5 - 9%","value":{"min":8.5,"max":9},"qualifier":"đạt"}
#[derive(Args, Debug)]
#[command(verbatim_doc_comment)]
pub struct ExtractArgs {
    /// Kinds to find, comma-separated: date, percent.
    #[arg(long, value_delimiter = ',', default_value = "date,percent")]
    pub kinds: Vec<Kind>,
    /// Resolve relative dates (`hôm qua`, `tuần sau`, `năm ngoái`) against this day,
    /// YYYY-MM-DD; without it they are not reported.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub reference_date: Option<CalendarDate>,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Input files; standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
}

impl ExtractArgs {
    pub fn extractor(&self) -> Extractor {
        let e = Extractor::new().kinds(&self.kinds);
        match self.reference_date {
            Some(d) => e.reference_date(d),
            None => e,
        }
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
pub enum JsonValue {
    Text(Option<String>),
    Number(Value),
    Range { min: Value, max: Value },
}

/// One match as JSON, its fields in this order.
#[derive(serde::Serialize)]
pub struct JsonMatch<'a> {
    line: usize,
    start: usize,
    end: usize,
    kind: &'static str,
    text: &'a str,
    value: JsonValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    lunar: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<&'static str>,
}

/// The JSON object of one match.
pub fn object<'a>(
    line: usize,
    start: usize,
    end: usize,
    text: &'a str,
    value: &Extracted,
) -> JsonMatch<'a> {
    let mut o = JsonMatch {
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
        _ => {}
    }
    o
}

/// Writes the matches of one line (its `\n` may be included).
pub fn run(ex: &Extractor, line_no: usize, line: &str, out: &mut impl Write) -> io::Result<()> {
    let line = line.strip_suffix('\n').unwrap_or(line);
    let line = line.strip_suffix('\r').unwrap_or(line);
    for m in ex.extract(line) {
        let o = object(
            line_no,
            m.span.start,
            m.span.end,
            &line[m.span.range()],
            &m.value,
        );
        serde_json::to_writer(&mut *out, &o)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

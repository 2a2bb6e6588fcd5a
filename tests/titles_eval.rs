//! Precision and recall of the title and person extractors, and how many annotated
//! person→title links they get right, on held-out sentences annotated by hand
//! (`tests/data/eval/GUIDE-titles-persons.md`; the rules were not written from them). Issue
//! 11 asks for 0.90 for titles, for persons and for the links: `held_out_meets_the_issue_bar`
//! checks that on the full set; `held_out_does_not_regress` keeps today's figures.
//!
//! A title or person counts as right when its span is exactly the annotation's; a link when
//! the person found at the annotated span is linked to a title found at the annotated title's
//! span. The Wikipedia part (`tests/data/eval-ccbysa/`, CC BY-SA) is in the repository but not
//! in the published crate: it is read when present.
//!
//! `VNTEXT_EVAL_SHOW=1 cargo test --test titles_eval development -- --nocapture` prints the
//! errors of the development set (`tests/data/dev*/titles-persons-dev*.tsv`) only.

use std::path::Path;

mod common;
use common::Counts;

use vntext::{Extracted, Extractor, Kind};

/// A byte range in a sentence.
type Range = (usize, usize);

#[derive(Clone, Debug)]
struct Gold {
    titles: Vec<(usize, usize, String)>,
    /// Name span and the spans of its titles.
    persons: Vec<(usize, usize, Vec<Range>)>,
}

struct Sentence {
    id: String,
    text: String,
    gold: Gold,
}

fn occurrence(text: &str, s: &str, k: usize) -> Option<usize> {
    let mut from = 0;
    let mut found = None;
    for _ in 0..k {
        let at = from + text.get(from..)?.find(s)?;
        found = Some(at);
        from = at + text[at..].chars().next().map_or(1, char::len_utf8);
    }
    found
}

/// `surface` or `surface#k` → byte span in `text`.
fn locate(text: &str, field: &str, where_: &str) -> (usize, usize) {
    let (surface, k) = match field.rsplit_once('#') {
        Some((a, b)) if !b.is_empty() && b.chars().all(|c| c.is_ascii_digit()) => {
            (a, b.parse().unwrap())
        }
        _ => (field, 1),
    };
    let start = occurrence(text, surface, k)
        .unwrap_or_else(|| panic!("{where_}: {surface:?} not in the sentence"));
    (start, start + surface.len())
}

fn parse(data: &str, name: &str) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let where_ = format!("{name}:{}", n + 1);
        if f[0] == "S" {
            out.push(Sentence {
                id: f[1].to_string(),
                text: f[3].to_string(),
                gold: Gold {
                    titles: Vec::new(),
                    persons: Vec::new(),
                },
            });
            continue;
        }
        let s = out.last_mut().expect("a sentence first");
        match f[0] {
            "title" => {
                let (a, b) = locate(&s.text, f[1], &where_);
                let role = f
                    .iter()
                    .find_map(|x| x.strip_prefix("role="))
                    .unwrap_or("")
                    .to_string();
                s.gold.titles.push((a, b, role));
            }
            "person" => {
                let (a, b) = locate(&s.text, f[1], &where_);
                let titles = f
                    .iter()
                    .find_map(|x| x.strip_prefix("titles="))
                    .map(|t| t.split('|').map(|x| locate(&s.text, x, &where_)).collect())
                    .unwrap_or_default();
                s.gold.persons.push((a, b, titles));
            }
            _ => {}
        }
    }
    out
}

#[derive(Default, Debug, Clone, Copy)]
struct Scores {
    titles: Counts,
    persons: Counts,
    /// Annotated person→title pairs, and those found.
    links: Counts,
}

fn score(sentences: &[Sentence], show: bool) -> Scores {
    let ex = Extractor::new().kinds(&[Kind::Title, Kind::Person]);
    let mut sc = Scores::default();
    for s in sentences {
        let mut titles = Vec::new();
        let mut persons = Vec::new();
        for m in ex.extract(&s.text) {
            match m.value {
                Extracted::Title(t) => titles.push((m.span.start, m.span.end, t)),
                Extracted::Person(p) => persons.push((m.span.start, m.span.end, p)),
                _ => {}
            }
        }
        sc.titles.gold += s.gold.titles.len();
        sc.titles.found += titles.len();
        for (a, b, t) in &titles {
            if s.gold.titles.iter().any(|g| (g.0, g.1) == (*a, *b)) {
                sc.titles.right += 1;
            } else if show {
                println!(
                    "EXTRA title  {}: {:?} role={:?} org={:?}\n   in {}",
                    s.id,
                    &s.text[*a..*b],
                    t.role,
                    t.org,
                    s.text
                );
            }
        }
        for g in &s.gold.titles {
            if show && !titles.iter().any(|t| (t.0, t.1) == (g.0, g.1)) {
                println!(
                    "MISS  title  {}: {:?} role={:?}\n   in {}",
                    s.id,
                    &s.text[g.0..g.1],
                    g.2,
                    s.text
                );
            }
        }
        sc.persons.gold += s.gold.persons.len();
        sc.persons.found += persons.len();
        for (a, b, _) in &persons {
            if s.gold.persons.iter().any(|g| (g.0, g.1) == (*a, *b)) {
                sc.persons.right += 1;
            } else if show {
                println!(
                    "EXTRA person {}: {:?}\n   in {}",
                    s.id,
                    &s.text[*a..*b],
                    s.text
                );
            }
        }
        for g in &s.gold.persons {
            let found = persons.iter().find(|p| (p.0, p.1) == (g.0, g.1));
            if show && found.is_none() {
                println!(
                    "MISS  person {}: {:?}\n   in {}",
                    s.id,
                    &s.text[g.0..g.1],
                    s.text
                );
            }
            for &(ta, tb) in &g.2 {
                sc.links.gold += 1;
                let ok = found
                    .is_some_and(|p| p.2.titles.iter().any(|sp| (sp.start, sp.end) == (ta, tb)));
                if ok {
                    sc.links.right += 1;
                } else if show {
                    println!(
                        "LINK  {}: {:?} -> {:?} not found\n   in {}",
                        s.id,
                        &s.text[g.0..g.1],
                        &s.text[ta..tb],
                        s.text
                    );
                }
            }
            if let Some(p) = found {
                sc.links.found += p.2.titles.len();
            }
        }
    }
    sc
}

fn report(name: &str, s: &Scores) {
    for (what, c) in [("titles", s.titles), ("persons", s.persons)] {
        println!(
            "{name:44} {what:8} gold {:4} found {:4} right {:4} precision {:.3} recall {:.3}",
            c.gold,
            c.found,
            c.right,
            c.precision(),
            c.recall()
        );
    }
    println!(
        "{name:44} links    gold {:4} right {:4} ({:.3}); links given to the persons found: {}",
        s.links.gold,
        s.links.right,
        s.links.recall(),
        s.links.found
    );
}

fn load(rel: &str) -> Option<Vec<Sentence>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    let data = std::fs::read_to_string(&path).ok()?;
    Some(parse(&data, rel))
}

/// The held-out sets that are present, scored together; `false` when the Wikipedia part is
/// missing (as in the published crate).
fn held_out() -> (Scores, bool) {
    let mut all = Vec::new();
    let mut complete = true;
    for f in [
        "tests/data/eval/titles-persons.tsv",
        "tests/data/eval-ccbysa/titles-persons.tsv",
    ] {
        match load(f) {
            Some(s) => {
                report(f, &score(&s, false));
                all.extend(s);
            }
            None => {
                complete = false;
                println!("{f}: not present (it is not in the published crate)");
            }
        }
    }
    assert!(all.len() >= 100, "only {} sentences", all.len());
    let total = score(&all, false);
    report("all sets", &total);
    (total, complete)
}

/// Issue 11's bar: 0.90 precision and recall for titles and for persons, 0.90 of the
/// annotated links, on the full held-out set (titles 0.968 / 0.968, persons 0.987 / 0.937,
/// links 0.943). Without the Wikipedia part (the published crate) there is nothing to judge:
/// the shippable part alone holds 6 links.
#[test]
fn held_out_meets_the_issue_bar() {
    let (total, complete) = held_out();
    if !complete {
        return;
    }
    for (what, c) in [("titles", total.titles), ("persons", total.persons)] {
        assert!(
            c.precision() >= 0.90 && c.recall() >= 0.90,
            "{what}: precision {:.3}, recall {:.3} (want 0.90)",
            c.precision(),
            c.recall()
        );
    }
    assert!(
        total.links.recall() >= 0.90,
        "links: {:.3} of the annotated pairs (want 0.90)",
        total.links.recall()
    );
}

/// No regression below what the extractors reach today on the full held-out set (titles
/// 0.982 / 0.982, persons 0.993 / 0.937, links 0.967), with a little room for ties.
#[test]
fn held_out_does_not_regress() {
    let (total, complete) = held_out();
    if !complete {
        return;
    }
    let floors = [
        ("titles", total.titles, 0.975, 0.975),
        ("persons", total.persons, 0.985, 0.925),
    ];
    for (what, c, p, r) in floors {
        assert!(
            c.precision() >= p && c.recall() >= r,
            "{what}: precision {:.3}, recall {:.3} (floor {p} / {r})",
            c.precision(),
            c.recall()
        );
    }
    assert!(
        total.links.recall() >= 0.955,
        "links: {:.3} of the annotated pairs (floor 0.955)",
        total.links.recall()
    );
}

#[test]
fn development_set() {
    let show = std::env::var_os("VNTEXT_EVAL_SHOW").is_some();
    for f in [
        "tests/data/dev/titles-persons-dev.tsv",
        "tests/data/dev-ccbysa/titles-persons-dev.tsv",
        "tests/data/dev/titles-persons-dev2.tsv",
        "tests/data/dev-ccbysa/titles-persons-dev2.tsv",
        "tests/data/dev/titles-persons-dev3.tsv",
        "tests/data/dev/titles-persons-dev4.tsv",
    ] {
        if let Some(s) = load(f) {
            report(f, &score(&s, show));
        }
    }
}

//! The abbreviation list of `data/abbreviations.tsv`: the forms the tokenizer keeps with their
//! dot (`TP.`, `ThS.`, `v.v.`) and the domain suffixes that make `name.vn` a URL.
//!
//! Forms are looked up by a key made of their letters (letter, tone; case ignored) and dots,
//! so `Tp`, `TP`, `tp` and an NFD `T.Ư` all find their entry without normalizing the text
//! first.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::data::{self, DataError, Record};
use crate::letters::{self, Mark};

/// What an entry of the list is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Written before a name or number with a dot (`TP. Hồ Chí Minh`, `Q.1`): the dot belongs
    /// to the abbreviation and ends no sentence, unless nothing follows it on its line (`…
    /// Đoàn đại biểu Quốc hội TP.`), where it is the full stop.
    Title,
    /// Takes a dot that may also end a sentence (`v.v.`).
    Final,
    /// Written without a dot; listed so that mixed-case forms are abbreviations, or for its
    /// expansion (`UBND`). A dot after it is punctuation.
    Word,
    /// A top-level domain (`vn`, `com`).
    Domain,
}

impl Class {
    /// What a dot after a listed form of this class does: `with_dot` when the form is
    /// written with its dot (`TP.`, `v.v.`), not when it is written without (`v.v` before
    /// `...`).
    pub(crate) const fn dot(self, with_dot: bool) -> Dot {
        match (self, with_dot) {
            (Class::Title, true) => Dot::Keeps,
            (Class::Final, true) => Dot::MayEnd,
            (Class::Final, false) => Dot::BeforeEllipsis,
            (Class::Title | Class::Word | Class::Domain, _) => Dot::None,
        }
    }
}

/// What the dot of an abbreviation token says about the end of a sentence: the one place
/// the tokenizer tells the sentence splitter about abbreviations (see `SentenceState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) enum Dot {
    /// Nothing to say: every token that is not one of the cases below.
    #[default]
    None,
    /// The dot belongs to the abbreviation and ends no sentence (`TP.`, `ThS.`,
    /// `PGS.TS.`): a listed `title` with its dot.
    Keeps,
    /// The dot belongs to the abbreviation and may also end a sentence (`v.v.`, `etc.`): a
    /// listed `final` with its dot.
    MayEnd,
    /// A listed `final` without its dot (`v.v`, `etc`): an ellipsis right after it (`v.v...`)
    /// ends nothing.
    BeforeEllipsis,
    /// A single capital and its dot (`H.`): an initial, whose dot ends nothing, or a label
    /// (`38 độ C.`, `nhóm B.`), whose dot may end a sentence; the sentence splitter tells them
    /// apart by the word before.
    Initial,
}

/// Reads one line of the list: `form<TAB>class[<TAB>expansion]` (spaces around the fields
/// are ignored). The expansion is the lexicon's (`crate::Lexicon`); the tokenizer reads the
/// form and the class. `None` for a form the tokenizer never looks up: one with a hyphen,
/// an ampersand or a slash (`KT-XH`, `NN&PTNT`), which it joins by its own rules.
fn entry<'a>(r: &Record<'a>) -> Result<Option<(&'a str, Class)>, DataError> {
    let [form, class, _expansion] = r.fields_between::<3>(2)?;
    let (form, class) = (
        form.unwrap_or_default().trim(),
        class.unwrap_or_default().trim(),
    );
    let class = match class {
        "title" => Class::Title,
        "final" => Class::Final,
        "word" => Class::Word,
        "domain" => Class::Domain,
        _ => {
            return Err(r.unknown(2, "class", class, "title, final, word or domain"));
        }
    };
    if form.contains(['-', '&', '/']) {
        return Ok(None);
    }
    if key(form).is_none() {
        return Err(r.invalid(1, "form", form, "1 to 14 letters and dots"));
    }
    Ok(Some((form, class)))
}

/// The parsed list.
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    map: HashMap<u128, Class>,
}

impl Abbreviations {
    /// Parses a whole list; the first bad line is an error.
    pub(crate) fn parse(text: &str) -> Result<Abbreviations, DataError> {
        let mut map = HashMap::new();
        for r in data::records(text) {
            let Some((form, class)) = entry(&r)? else {
                continue;
            };
            if let Some(k) = key(form) {
                map.insert(k, class);
            }
        }
        Ok(Abbreviations { map })
    }

    /// The class of `form` (any case, NFC or NFD), if it is listed.
    pub(crate) fn get(&self, form: &str) -> Option<Class> {
        self.map.get(&key(form)?).copied()
    }

    /// Learns an abbreviation of a user's word list (`BS.CKII`, `Ths.`, `BQLDA`), so that
    /// the tokenizer keeps it whole with its dots and the sentence splitter does not end a
    /// sentence at them: a form with a dot is a `title` (its dot belongs to it), one without
    /// a `word`. `false` when the tokenizer needs no entry for it: a syllable (never looked
    /// up), a form it joins by its own rules (`KT-XH`), one the shipped list has, or one
    /// that is not 1 to 14 letters and dots.
    pub(crate) fn learn(&mut self, form: &str) -> bool {
        let form = form.trim();
        let bare = form.strip_suffix('.').unwrap_or(form);
        if bare.is_empty()
            || form.contains(['-', '&', '/', ' '])
            || crate::syllable::is_valid(bare)
            || builtin().get(bare).is_some()
        {
            return false;
        }
        let class = if form.contains('.') {
            Class::Title
        } else {
            Class::Word
        };
        match key(bare) {
            Some(k) => {
                self.map.insert(k, class);
                true
            }
            None => false,
        }
    }

    /// Whether nothing is listed.
    pub(crate) fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

const BUILTIN_TEXT: &str = include_str!("../../data/abbreviations.tsv");

/// The shipped list. A bad line is a bug in `data/abbreviations.tsv`, caught by the unit test
/// below (and by this debug assertion); in a release build the list is then empty rather
/// than a panic.
static BUILTIN: LazyLock<Abbreviations> = LazyLock::new(|| {
    let list = Abbreviations::parse(BUILTIN_TEXT);
    debug_assert!(
        list.is_ok(),
        "data/abbreviations.tsv: {:?}",
        list.as_ref().err()
    );
    list.unwrap_or(Abbreviations {
        map: HashMap::new(),
    })
});

pub(crate) fn builtin() -> &'static Abbreviations {
    &BUILTIN
}

// A form's lookup key: one unit per letter (case ignored) or dot, nine bits each, the
// first unit highest:
//
//   unit    8      6 5            0
//          +--------+--------------+
//          |  tone  |  letter id   |  + 1, so that no unit is 0
//          +--------+--------------+
//   key     ... | unit n-2 | unit n-1 |    at most 14 units: 126 bits of a u128
/// Bits per unit of a key.
const UNIT_BITS: u32 = 9;
/// Where a unit's tone starts (letter ids take six bits).
const UNIT_TONE_SHIFT: u32 = 6;
/// The letter id that stands for `.` in a unit (above every real letter id).
const DOT_LETTER: u8 = 62;
const MAX_UNITS: usize = 14;

/// The lookup key of a form (see above): its letters (id and tone, case ignored) and dots.
/// `None` for anything else (digits, spaces, foreign letters) or more than 14 units.
pub(crate) fn key(s: &str) -> Option<u128> {
    let t = letters::tables();
    let mut k: u128 = 0;
    let mut n = 0;
    // The last unit, not yet shifted in: (letter, tone).
    let mut last: Option<(u8, u8)> = None;
    let flush = |k: &mut u128, n: &mut usize, u: (u8, u8)| -> Option<()> {
        if *n == MAX_UNITS {
            return None;
        }
        debug_assert!(u.0 <= DOT_LETTER && u.1 < 8);
        *k = (*k << UNIT_BITS) | (((u.0 as u128) | ((u.1 as u128) << UNIT_TONE_SHIFT)) + 1);
        *n += 1;
        Some(())
    };
    for c in s.chars() {
        if c == '.' {
            if let Some(u) = last.take() {
                flush(&mut k, &mut n, u)?;
            }
            flush(&mut k, &mut n, (DOT_LETTER, 0))?;
            continue;
        }
        if let Some(info) = t.letter(c) {
            if let Some(u) = last.take() {
                flush(&mut k, &mut n, u)?;
            }
            last = Some((info.letter, info.tone as u8));
            continue;
        }
        let (l, tone) = last.as_mut()?;
        match letters::mark(c)? {
            Mark::Tone(x) | Mark::DeprecatedTone(x) => *tone = x as u8,
            m => *l = letters::modify(*l, m)?,
        }
    }
    if let Some(u) = last {
        flush(&mut k, &mut n, u)?;
    }
    (n > 0).then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_list_parses() {
        let list = Abbreviations::parse(BUILTIN_TEXT).unwrap();
        assert!(list.map.len() > 40);
        assert_eq!(builtin().get("TP"), Some(Class::Title));
    }

    #[test]
    fn no_two_shipped_forms_share_a_key() {
        // Forms match ignoring case: a later `VN word` would silently turn the domain `vn`
        // into an abbreviation and cut `thanhnien.vn` in three.
        // (`TP` and `Tp` may both be listed, in one class.)
        let mut seen: HashMap<u128, (String, Class)> = HashMap::new();
        for r in data::records(BUILTIN_TEXT) {
            let Ok(Some((form, class))) = entry(&r) else {
                continue;
            };
            if let Some(k) = key(form)
                && let Some((other, c)) = seen.insert(k, (form.to_string(), class))
            {
                assert_eq!(c, class, "{form} and {other} are one form in two classes");
            }
        }
    }

    #[test]
    fn keys_ignore_case_and_form() {
        let l = builtin();
        for form in [
            "TP",
            "Tp",
            "tp",
            "ThS",
            "THS",
            "T.Ư",
            "T.U\u{31B}",
            "t.ư",
            "PGS.TS",
        ] {
            assert_eq!(l.get(form), Some(Class::Title), "{form}");
        }
        assert_eq!(l.get("v.v"), Some(Class::Final));
        assert_eq!(l.get("VN"), Some(Class::Domain));
        assert_eq!(l.get("Hà"), None);
        assert_eq!(l.get("T.U"), None);
        assert_eq!(key("12"), None);
        assert_eq!(key(""), None);
        assert_eq!(key("\u{301}a"), None);
    }

    #[test]
    fn bad_lines_name_their_line() {
        let e = Abbreviations::parse("# ok\nTP\ttitle\nGS\tprefix\n")
            .err()
            .unwrap();
        assert_eq!(e.line(), 3);
        assert!(e.to_string().starts_with("line 3: unknown class"));
        let parse_line = Abbreviations::parse;
        assert!(parse_line("TP").is_err());
        assert!(parse_line("T P\ttitle").is_err());
        assert!(parse_line("TP\ttitle\tthành phố").is_ok());
        assert!(parse_line("TP\ttitle\tx\ty").is_err());
        assert!(parse_line("KT-XH\tword\tkinh tế - xã hội").is_ok_and(|l| l.map.is_empty()));
        assert!(parse_line("  ").is_ok_and(|l| l.map.is_empty()));
        assert_eq!(
            parse_line("TP").err().map(|e| e.to_string()),
            Some("line 1: expected 2 to 3 fields, found 1".to_string())
        );
        assert_eq!(
            parse_line("\nT P\ttitle").err().map(|e| e.to_string()),
            Some(
                "line 2: invalid form `T P` in field 1 (expected 1 to 14 letters and dots)"
                    .to_string()
            )
        );
    }
}

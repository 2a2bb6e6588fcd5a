//! Word lists: the roles, organisations, ranks, forms of address, surnames, places and
//! abbreviations that the title, person and abbreviation extractors match.
//!
//! A list is lines of `kind<TAB>phrase[<TAB>note]` (see `data/lexicon.tsv`, the built-in
//! list, and `data/README.md`). Phrases are cut into tokens by the crate's own tokenizer when
//! they are loaded, and each token becomes a *piece*: a syllable its
//! [`Syllable::key`](crate::Syllable::key), anything else (`UBND`, `-`) its text. Matching
//! walks a trie of pieces over the text's tokens once, left to right, so `Ủy ban`, `Uỷ ban`,
//! `ỦY BAN` and an NFD `Ủy ban` are one entry, and the cost per token is one hash probe when
//! nothing starts there.

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::io::BufRead;
use std::sync::{Arc, LazyLock};

use crate::data::{self, DataError, Record};
use crate::tokenize::{self, Abbreviations, TokenKind};

/// What an entry of a [`Lexicon`] is.
///
/// # Examples
/// ```
/// use vntext::EntryKind;
/// assert_eq!("role".parse::<EntryKind>(), Ok(EntryKind::Role));
/// assert_eq!(EntryKind::PlaceWord.as_str(), "place-word");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum EntryKind {
    /// An office that heads a title: `Chủ tịch`, `Bộ trưởng`; note `self` when it needs no
    /// organisation (`Thủ tướng`, `Tổng Bí thư`).
    Role,
    /// A word that makes another office of a role: `Phó`, `Tổng`.
    Prefix,
    /// A word after a role that belongs to it: `Thường trực`, `thứ nhất`.
    Suffix,
    /// A word that qualifies a title: `nguyên`, `Quyền`, `kiêm` (note `before`), `dự khuyết`
    /// (note `after`), `đương nhiệm` (note `both`: either side).
    Modifier,
    /// The start of a duty phrase after a title, which is not part of it: `phụ trách`.
    Duty,
    /// A military or police rank: `Đại tá`, `Thiếu tướng`.
    Rank,
    /// The head of an organisation's name: `Bộ`, `UBND`, `Tỉnh ủy`; the note says what
    /// follows it (`name`, `level`, `place`, `number`, `org`, `none`).
    Org,
    /// A name after an organisation head: `Tài chính`, `Tuyên giáo`, `nhân dân`.
    Name,
    /// An administrative level: `tỉnh`, `thành phố`, `huyện`, `Trung ương`.
    Level,
    /// A place name: `Lạng Sơn`, `Hà Nội`.
    Place,
    /// A form of address before a name: `đồng chí`, `ông`, `bà`.
    Honorific,
    /// A family name: `Nguyễn`, `Trần`.
    Surname,
    /// A word that makes a title plural or generic: `các`, `những`.
    Generic,
    /// A phrase that looks like a title but is not: `Đoàn Chủ tịch`, `Phủ Chủ tịch`.
    NotTitle,
    /// A word after which a capitalized name is a place or an institution, not a person:
    /// `đường`, `tỉnh`, `trường`.
    PlaceWord,
    /// An abbreviation; the note is its expansion (alternatives separated by `|`).
    Abbreviation,
}

const KINDS: [(&str, EntryKind); 16] = [
    ("role", EntryKind::Role),
    ("prefix", EntryKind::Prefix),
    ("suffix", EntryKind::Suffix),
    ("modifier", EntryKind::Modifier),
    ("duty", EntryKind::Duty),
    ("rank", EntryKind::Rank),
    ("org", EntryKind::Org),
    ("name", EntryKind::Name),
    ("level", EntryKind::Level),
    ("place", EntryKind::Place),
    ("honorific", EntryKind::Honorific),
    ("surname", EntryKind::Surname),
    ("generic", EntryKind::Generic),
    ("not-title", EntryKind::NotTitle),
    ("place-word", EntryKind::PlaceWord),
    ("abbreviation", EntryKind::Abbreviation),
];

const KIND_NAMES: &str = "role, prefix, suffix, modifier, duty, rank, org, name, level, place, \
    honorific, surname, generic, not-title, place-word or abbreviation";

impl EntryKind {
    /// The kind's name, as list files write it.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::EntryKind::NotTitle.as_str(), "not-title");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        KINDS
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("", |(n, _)| n)
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses a kind's name (any ASCII case).
impl std::str::FromStr for EntryKind {
    type Err = crate::ParseNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::name::lookup(s, &KINDS, "entry kind", KIND_NAMES)
    }
}

/// A piece of a phrase: a syllable key (below [`TEXT_PIECE`]) or an interned token text.
pub(crate) type Piece = u32;

/// Pieces at or above this are interned texts, not syllable keys (which fit in 20 bits).
pub(crate) const TEXT_PIECE: Piece = 1 << 31;

/// A fast hasher for the trie's `(node, piece)` keys: one multiply (the keys are already
/// well spread integers).
#[derive(Default, Clone, Copy)]
pub(crate) struct MulHasher(u64);

impl Hasher for MulHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Fibonacci hashing: the high bits of the product depend on every bit of `n`.
        self.0 = (self.0 ^ n)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(26);
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<MulHasher>>;

/// What ends at a trie node: an entry's kind and the index of its note.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Terminal {
    pub kind: EntryKind,
    /// Index into [`Lexicon::notes`] (0: no note).
    pub note: u32,
}

/// A match of an entry in a sequence of pieces: where it ends (exclusive) and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub end: usize,
    pub kind: EntryKind,
    pub note: u32,
}

/// One entry of a list.
///
/// # Examples
/// ```
/// let lex = vntext::Lexicon::builtin();
/// let e = lex.entries().find(|e| e.phrase() == "Thủ tướng").unwrap();
/// assert_eq!(e.kind(), vntext::EntryKind::Role);
/// assert_eq!(e.note(), "self");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    kind: EntryKind,
    phrase: String,
    note: String,
}

impl Entry {
    /// The kind.
    ///
    /// # Examples
    /// ```
    /// let lex = vntext::Lexicon::builtin();
    /// assert!(lex.entries().any(|e| e.kind() == vntext::EntryKind::Surname));
    /// ```
    #[must_use]
    pub fn kind(&self) -> EntryKind {
        self.kind
    }
    /// The phrase as written in the list.
    ///
    /// # Examples
    /// ```
    /// let lex = vntext::Lexicon::builtin();
    /// assert!(lex.entries().any(|e| e.phrase() == "Nguyễn"));
    /// ```
    #[must_use]
    pub fn phrase(&self) -> &str {
        &self.phrase
    }
    /// The note (empty when there is none); for abbreviations, the expansion.
    ///
    /// # Examples
    /// ```
    /// let lex = vntext::Lexicon::builtin();
    /// let e = lex
    ///     .entries()
    ///     .find(|e| e.phrase() == "UBND" && e.kind() == vntext::EntryKind::Abbreviation)
    ///     .unwrap();
    /// assert_eq!(e.note(), "Ủy ban nhân dân");
    /// ```
    #[must_use]
    pub fn note(&self) -> &str {
        &self.note
    }
}

/// Word lists for the extractors, matched by syllable key over tokens.
///
/// [`Lexicon::builtin`] holds the shipped lists (`data/lexicon.tsv` and the expansions of
/// `data/abbreviations.tsv`); a user's list in the same format is read with
/// [`Lexicon::from_reader`] and added with [`Lexicon::extend`], or entries are added one by
/// one with [`Lexicon::insert`]. The shipped lists go through the same parser.
///
/// # Examples
/// ```
/// use vntext::{EntryKind, Lexicon};
/// let mut lex = Lexicon::builtin().clone();
/// let mine = "# my province's agencies\norg\tBan Quản lý Khu kinh tế cửa khẩu\tplace\nabbreviation\tBQLKKT\tBan Quản lý Khu kinh tế\n";
/// lex.extend(&Lexicon::from_reader(mine.as_bytes()).unwrap());
/// assert!(lex.contains(EntryKind::Org, "BAN QUẢN LÝ KHU KINH TẾ CỬA KHẨU"));
/// let err = Lexicon::from_reader("role\n".as_bytes()).unwrap_err();
/// assert_eq!(err.to_string(), "line 1: expected 2 to 3 fields, found 1");
/// ```
#[derive(Clone, Debug)]
pub struct Lexicon {
    entries: Vec<Entry>,
    /// Interned texts of non-syllable pieces: exact, lower-case and upper-case forms.
    texts: FastMap<Box<str>, Piece>,
    /// Trie edges: `(node, piece)` → child node; the root is node 0.
    edges: Edges,
    /// The root's edges apart, in a table small enough to stay in cache: a third of a news
    /// text's tokens start some entry.
    roots: Edges,
    /// For each node, a 64-bit Bloom filter of the pieces of its children: most walks end
    /// one piece in, and this ends them without a probe of [`Lexicon::edges`].
    children: Vec<u64>,
    /// What ends at each node.
    terminals: Vec<Vec<Terminal>>,
    /// The kinds that end at each node, one bit per [`EntryKind`] (`1 << kind`): a walk
    /// passes most nodes without looking at their terminals.
    node_kinds: Vec<u32>,
    /// The pieces of single ASCII characters some phrase has (`-`, `/`, `&`), by byte;
    /// `Piece::MAX` for the others: punctuation needs no hash of its text.
    ascii: Box<[Piece; 128]>,
    /// Notes, interned; index 0 is the empty note.
    notes: Vec<String>,
    /// A Bloom filter of the pieces that start an entry: a piece whose bit is clear starts
    /// none, so most tokens of a text cost one load and no hash probe.
    first: Box<[u64; FIRST_WORDS]>,
    /// Abbreviations the tokenizer does not ship (from a user's list), so that the
    /// tokenizer and the sentence splitter keep them whole with their dots.
    abbreviations: Arc<Abbreviations>,
    /// Roles and prefixes of syllables only, by the key of their first syllable without its
    /// tone, for reading one typed with a tone mark missing (`Chủ tich`, `Pho Chủ tịch`):
    /// see [`Lexicon::typo_hits`].
    typos: FastMap<u32, Vec<TypoEntry>>,
    /// A bit for each toneless first key of [`Lexicon::typos`]: most syllables start none.
    typo_first: Box<[u64; TYPO_WORDS]>,
    /// A bit for each hash of the toneless first two keys of an entry of two words or more
    /// in [`Lexicon::typos`]: the common words that share a role's first syllable without
    /// its tone (`chủ trương`, `bộ đội`, `ủy ban`) stop here.
    typo_pairs: Box<[u64; TYPO_WORDS]>,
    /// A bit for each toneless key of an entry of one word in [`Lexicon::typos`] (`Phó`).
    typo_alone: Box<[u64; TYPO_WORDS]>,
}

/// The bit of two toneless keys in [`Lexicon::typo_pairs`].
fn pair_bit(a: Piece, b: Piece) -> (usize, u64) {
    let h = (a.wrapping_mul(0x9E37_79B9) ^ b).wrapping_mul(0x85EB_CA6B) >> 16;
    ((h >> 6) as usize % TYPO_WORDS, 1 << (h & 63))
}

/// Whether bit `t` is set in a bit set of toneless keys.
fn has_bit(set: &[u64; TYPO_WORDS], (w, bit): (usize, u64)) -> bool {
    set.get(w).is_some_and(|x| x & bit != 0)
}

/// An entry of [`Lexicon::typos`]: its pieces and what it is.
type TypoEntry = (Box<[Piece]>, Terminal);

/// Words of [`Lexicon::typo_first`]: a bit for every toneless syllable key (16 bits).
const TYPO_WORDS: usize = 1 << 10;

/// The shift of the tone in a syllable key ([`crate::Syllable::key`]).
const TONE_SHIFT: u32 = crate::syllable::KEY_TONE_SHIFT;

/// The bits of a syllable key below its tone.
pub(crate) const TONELESS: Piece = (1 << TONE_SHIFT) - 1;

/// The bit of a toneless key in [`Lexicon::typo_first`] or [`Lexicon::typo_alone`].
fn key_bit(t: Piece) -> (usize, u64) {
    ((t >> 6) as usize, 1 << (t & 63))
}

/// Sets bit `(w, bit)` in a bit set of toneless keys.
fn set_bit(set: &mut [u64; TYPO_WORDS], (w, bit): (usize, u64)) {
    if let Some(x) = set.get_mut(w) {
        *x |= bit;
    }
}

/// Words of [`Lexicon::first`]: 8192 bits, about ten times the number of first pieces.
const FIRST_WORDS: usize = 128;

/// The bit of `piece` in [`Lexicon::first`].
fn first_bit(piece: Piece) -> (usize, u64) {
    let h = piece.wrapping_mul(0x9E37_79B9) >> 19;
    ((h as usize >> 6) % FIRST_WORDS, 1 << (h & 63))
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut lex = Lexicon::new();
    // A shipped list that does not parse is a bug its unit test catches; the lines that do
    // parse are still used.
    let _ = lex.read_str(include_str!("../data/lexicon.tsv"));
    lex.read_abbreviations(include_str!("../data/abbreviations.tsv"));
    lex
});

impl Lexicon {
    /// An empty lexicon.
    ///
    /// # Examples
    /// ```
    /// assert!(vntext::Lexicon::new().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Lexicon {
        Lexicon {
            entries: Vec::new(),
            texts: FastMap::default(),
            edges: Edges::new(),
            roots: Edges::new(),
            children: vec![0],
            terminals: vec![Vec::new()],
            node_kinds: vec![0],
            ascii: Box::new([Piece::MAX; 128]),
            notes: vec![String::new()],
            first: Box::new([0; FIRST_WORDS]),
            abbreviations: Arc::default(),
            typos: FastMap::default(),
            typo_first: Box::new([0; TYPO_WORDS]),
            typo_pairs: Box::new([0; TYPO_WORDS]),
            typo_alone: Box::new([0; TYPO_WORDS]),
        }
    }

    /// The shipped lists.
    ///
    /// # Examples
    /// ```
    /// let lex = vntext::Lexicon::builtin();
    /// assert!(lex.len() > 1000);
    /// assert!(lex.contains(vntext::EntryKind::Role, "Phó Bí thư") == false); // `Phó` is a prefix
    /// assert!(lex.contains(vntext::EntryKind::Role, "bí thư"));
    /// ```
    #[must_use]
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    /// Reads a list: lines of `kind<TAB>phrase[<TAB>note]`, `#` comment lines and blank lines
    /// skipped.
    ///
    /// # Errors
    /// A [`DataError`] naming the line of the first bad entry (a wrong number of fields, an
    /// unknown kind, a phrase with no token) or of a read or UTF-8 error.
    ///
    /// # Examples
    /// ```
    /// let lex = vntext::Lexicon::from_reader("surname\tLò\nplace\tMường Tè\n".as_bytes()).unwrap();
    /// assert_eq!(lex.len(), 2);
    /// ```
    pub fn from_reader(reader: impl BufRead) -> Result<Lexicon, DataError> {
        let mut lex = Lexicon::new();
        for r in data::read_records(reader) {
            lex.read_record(r?.record())?;
        }
        Ok(lex)
    }

    fn read_str(&mut self, text: &str) -> Result<(), DataError> {
        let mut first = Ok(());
        for r in data::records(text) {
            if let Err(e) = self.read_record(r) {
                debug_assert!(false, "shipped lexicon: {e}");
                if first.is_ok() {
                    first = Err(e);
                }
            }
        }
        first
    }

    fn read_record(&mut self, r: Record<'_>) -> Result<(), DataError> {
        let [kind, phrase, note] = r.fields_between::<3>(2)?;
        let (kind, phrase) = (kind.unwrap_or_default(), phrase.unwrap_or_default());
        let k: EntryKind = kind
            .parse()
            .map_err(|_| r.unknown(1, "entry kind", kind, KIND_NAMES))?;
        if !self.insert(k, phrase, note.unwrap_or_default()) {
            return Err(r.invalid(2, "phrase", phrase, "words"));
        }
        Ok(())
    }

    /// The expansions of `data/abbreviations.tsv` (its third column), as abbreviations.
    fn read_abbreviations(&mut self, text: &str) {
        for r in data::records(text) {
            if let Ok([Some(form), _, Some(expansion)]) = r.fields_between::<3>(2)
                && !expansion.is_empty()
            {
                self.insert(EntryKind::Abbreviation, form, expansion);
                // `KT-XH` is also written `KT - XH`.
                if form.contains('-') {
                    self.insert(
                        EntryKind::Abbreviation,
                        &form.replace('-', " - "),
                        expansion,
                    );
                }
            }
        }
    }

    /// Adds an entry; `false` (and nothing added) when the phrase has no token.
    ///
    /// # Examples
    /// ```
    /// use vntext::{EntryKind, Lexicon};
    /// let mut lex = Lexicon::new();
    /// assert!(lex.insert(EntryKind::Place, "Cao Lộc", ""));
    /// assert!(lex.contains(EntryKind::Place, "CAO LỘC"));
    /// assert!(lex.contains(EntryKind::Place, "cao lo\u{323}\u{302}c"));
    /// assert!(!lex.insert(EntryKind::Place, "  ", ""));
    /// ```
    pub fn insert(&mut self, kind: EntryKind, phrase: &str, note: &str) -> bool {
        let phrase = phrase.trim();
        // A new abbreviation first teaches the tokenizer, which then reads it as one token.
        if kind == EntryKind::Abbreviation && !phrase.contains(char::is_whitespace) {
            Arc::make_mut(&mut self.abbreviations).learn(phrase);
        }
        let pieces = self.pieces_interned(phrase);
        if pieces.is_empty() {
            return false;
        }
        let note = self.note_index(note.trim());
        if let Some(&p) = pieces.first() {
            let (w, bit) = first_bit(p);
            if let Some(word) = self.first.get_mut(w) {
                *word |= bit;
            }
        }
        // (Not a role of one word: `Trương`, a surname, is `Trưởng` without its mark.)
        if (kind == EntryKind::Prefix || kind == EntryKind::Role && pieces.len() >= 2)
            && pieces.len() <= 4
            && pieces.iter().all(|&p| p < TEXT_PIECE)
            && let Some(&first) = pieces.first()
        {
            let t = first & TONELESS;
            set_bit(&mut self.typo_first, key_bit(t));
            match pieces.get(1) {
                Some(&second) => set_bit(&mut self.typo_pairs, pair_bit(t, second & TONELESS)),
                None => set_bit(&mut self.typo_alone, key_bit(t)),
            }
            let list = self.typos.entry(t).or_default();
            let entry = (pieces.clone().into_boxed_slice(), Terminal { kind, note });
            if !list.contains(&entry) {
                list.push(entry);
            }
        }
        let mut node = 0u32;
        for p in pieces {
            node = match self.child(node, p) {
                Some(n) => n,
                None => {
                    let n = self.terminals.len() as u32;
                    self.terminals.push(Vec::new());
                    self.node_kinds.push(0);
                    self.children.push(0);
                    if node == 0 {
                        self.roots.insert(u64::from(p), n);
                    } else {
                        self.edges.insert(edge_key(node, p), n);
                    }
                    if let Some(bits) = self.children.get_mut(node as usize) {
                        *bits |= child_bit(p);
                    }
                    n
                }
            };
        }
        let t = Terminal { kind, note };
        let here = &mut self.terminals[node as usize];
        if !here.contains(&t) {
            here.push(t);
        }
        if let Some(k) = self.node_kinds.get_mut(node as usize) {
            *k |= 1 << kind as u32;
        }
        self.entries.push(Entry {
            kind,
            phrase: phrase.to_string(),
            note: self.notes[note as usize].clone(),
        });
        true
    }

    /// The tokens of `text` ([`crate::tokens`]), also knowing this list's abbreviations:
    /// a dotted form a user added (`BS.CKII`) is one token, dots included.
    ///
    /// # Examples
    /// ```
    /// use vntext::Lexicon;
    /// let lex = Lexicon::from_reader("abbreviation\tBS.CKII\tbác sĩ chuyên khoa II\n".as_bytes())
    ///     .unwrap();
    /// let text = "Ông Lê An, BS.CKII. Khoa Nội";
    /// let shipped: Vec<&str> = vntext::words(text).map(|t| t.text).collect();
    /// let taught: Vec<&str> = lex.tokens(text).filter(|t| t.kind.is_content()).map(|t| t.text).collect();
    /// assert_eq!(taught, ["Ông", "Lê", "An", "BS.CKII.", "Khoa", "Nội"]);
    /// assert_ne!(shipped, taught);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn tokens<'t>(&self, text: &'t str) -> tokenize::Tokens<'t> {
        tokenize::tokens_with(text, self.user_abbreviations())
    }

    /// The sentences of `text` ([`crate::sentences`]), also knowing this list's
    /// abbreviations: the dot of a dotted form a user added does not end a sentence.
    ///
    /// # Examples
    /// ```
    /// use vntext::Lexicon;
    /// let lex = Lexicon::from_reader("abbreviation\tBS.CKII\tbác sĩ chuyên khoa II\n".as_bytes())
    ///     .unwrap();
    /// let text = "Ông Lê An, BS.CKII. Khoa Nội khám.";
    /// assert_eq!(vntext::sentences(text).count(), 2);
    /// assert_eq!(lex.sentences(text).count(), 1);
    /// ```
    #[must_use = "iterators are lazy and do nothing unless consumed"]
    pub fn sentences<'t>(&self, text: &'t str) -> crate::Sentences<'t> {
        crate::sentence::sentences_with(text, self.user_abbreviations())
    }

    /// The abbreviations this list teaches the tokenizer, if any.
    pub(crate) fn user_abbreviations(&self) -> Option<Arc<Abbreviations>> {
        (!self.abbreviations.is_empty()).then(|| self.abbreviations.clone())
    }

    /// Adds every entry of `other`.
    ///
    /// # Examples
    /// ```
    /// let mut lex = vntext::Lexicon::new();
    /// lex.extend(vntext::Lexicon::builtin());
    /// assert_eq!(lex.len(), vntext::Lexicon::builtin().len());
    /// ```
    pub fn extend(&mut self, other: &Lexicon) {
        for e in &other.entries {
            self.insert(e.kind, &e.phrase, &e.note);
        }
    }

    /// The entries, in the order they were added.
    ///
    /// # Examples
    /// ```
    /// assert!(vntext::Lexicon::builtin().entries().count() > 1000);
    /// ```
    pub fn entries(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter()
    }

    /// The number of entries.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(vntext::Lexicon::new().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether there is no entry.
    ///
    /// # Examples
    /// ```
    /// assert!(!vntext::Lexicon::builtin().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether `phrase`, in any case, form or tone style, is an entry of `kind`.
    ///
    /// # Examples
    /// ```
    /// use vntext::{EntryKind, Lexicon};
    /// assert!(Lexicon::builtin().contains(EntryKind::Org, "Uỷ ban"));
    /// ```
    #[must_use]
    pub fn contains(&self, kind: EntryKind, phrase: &str) -> bool {
        let pieces = self.pieces_of(phrase);
        let mut node = 0u32;
        for &p in &pieces {
            match self.child(node, p) {
                Some(n) => node = n,
                None => return false,
            }
        }
        !pieces.is_empty() && self.terminals[node as usize].iter().any(|t| t.kind == kind)
    }

    fn note_index(&mut self, note: &str) -> u32 {
        match self.notes.iter().position(|n| n == note) {
            Some(i) => i as u32,
            None => {
                self.notes.push(note.to_string());
                (self.notes.len() - 1) as u32
            }
        }
    }

    /// A note's text.
    pub(crate) fn note(&self, i: u32) -> &str {
        self.notes.get(i as usize).map_or("", String::as_str)
    }

    /// The pieces of a phrase, adding its texts to the interned ones.
    fn pieces_interned(&mut self, phrase: &str) -> Vec<Piece> {
        let mut out = Vec::new();
        for t in tokenize::tokens_with(phrase, self.user_abbreviations()) {
            if t.kind != TokenKind::Space {
                out.push(match t.key() {
                    Some(k) => k,
                    None => self.intern(t.text),
                });
            }
        }
        out
    }

    /// The pieces of a phrase; a text no entry has becomes a piece that matches nothing.
    fn pieces_of(&self, phrase: &str) -> Vec<Piece> {
        tokenize::tokens_with(phrase, self.user_abbreviations())
            .filter(|t| t.kind != TokenKind::Space)
            .map(|t| match t.key() {
                Some(k) => k,
                None => self.piece_of_text(t.text).unwrap_or(Piece::MAX),
            })
            .collect()
    }

    fn intern(&mut self, text: &str) -> Piece {
        if let Some(p) = self.text_piece(text) {
            return p;
        }
        let nfc = crate::normalize::Normalizer::new()
            .tone(crate::ToneStyle::Keep)
            .repairs(false)
            .normalize(text)
            .into_owned();
        let p = TEXT_PIECE | self.texts.len() as u32;
        for form in [
            text.to_string(),
            nfc.to_lowercase(),
            nfc.to_uppercase(),
            nfc,
        ] {
            if let [b] = form.as_bytes()
                && let Some(slot) = self.ascii.get_mut(usize::from(*b))
                && *slot == Piece::MAX
            {
                *slot = p;
            }
            self.texts.entry(form.into_boxed_str()).or_insert(p);
        }
        p
    }

    /// The piece of a token that is not a syllable, if some phrase has it: looked up as
    /// written, then in lower case.
    pub(crate) fn text_piece(&self, text: &str) -> Option<Piece> {
        self.texts.get(text).copied()
    }

    /// The piece of a text token (not a syllable): exact, or lower-cased (only mixed-case
    /// forms such as `Ubnd` allocate).
    pub(crate) fn piece_of_text(&self, text: &str) -> Option<Piece> {
        if let [b] = text.as_bytes() {
            return self
                .ascii
                .get(usize::from(*b))
                .copied()
                .filter(|&p| p != Piece::MAX);
        }
        if let Some(p) = self.text_piece(text) {
            return Some(p);
        }
        // An abbreviation in NFD (`NSƯT` with a combining horn): its composed form. (A
        // combining mark is two bytes from 0xCC 0x80 to 0xCD 0xAF; most tokens have none.)
        if text.as_bytes().iter().any(|&b| b == 0xCC || b == 0xCD) {
            let composed = crate::nfc(text);
            if composed != text {
                return self.piece_of_text(&composed);
            }
        }
        // Exact, lower and upper forms are interned: only a mixed-case form needs folding.
        let mut upper = false;
        let mut lower = false;
        for c in text.chars() {
            upper |= c.is_uppercase();
            lower |= c.is_lowercase();
        }
        if upper && lower {
            self.text_piece(&text.to_lowercase())
        } else {
            None
        }
    }

    /// Every entry that starts at `pieces[i]`, shortest first, pushed to `out`; returns
    /// their kinds, one bit per [`EntryKind`] (`1 << kind`).
    #[inline]
    pub(crate) fn hits(&self, pieces: &[Piece], i: usize, out: &mut Vec<Hit>) -> u32 {
        let Some(&p) = pieces.get(i) else { return 0 };
        let (w, bit) = first_bit(p);
        if self.first.get(w).is_none_or(|x| x & bit == 0) {
            return 0;
        }
        self.walk(pieces, i, out)
    }

    /// Roles of two words or more, and prefixes before a role, that start at `pieces[i]`
    /// typed with one tone mark missing (`Chủ tich`, `Giám đôc`, `Pho Chủ tịch`), pushed to
    /// `out`, shortest first; their kinds. Not a role of one word (`Trương`, a surname, is
    /// `Trưởng` without its mark), nor a first word that is a surname as typed.
    ///
    /// `bare(k)` is the key of the word at `k` when it is a syllable with a stop coda typed
    /// with no tone at all (`tich`, `đôc`: not syllables, since a stop coda takes a tone),
    /// read as the syllable with its tone missing.
    #[inline]
    pub(crate) fn typo_hits(
        &self,
        pieces: &[Piece],
        i: usize,
        bare: impl Fn(usize) -> Option<Piece>,
        out: &mut Vec<Hit>,
    ) -> u32 {
        let Some(&p) = pieces.get(i) else { return 0 };
        let t = p & TONELESS;
        if p >= TEXT_PIECE || !has_bit(&self.typo_first, key_bit(t)) {
            return 0;
        }
        self.typo_walk(pieces, i, &bare, out)
    }

    /// [`Lexicon::typo_hits`] past the filter.
    #[inline(never)]
    fn typo_walk(
        &self,
        pieces: &[Piece],
        i: usize,
        bare: &dyn Fn(usize) -> Option<Piece>,
        out: &mut Vec<Hit>,
    ) -> u32 {
        let Some(&p) = pieces.get(i) else { return 0 };
        let t = p & TONELESS;
        // A phrase needs its first two words right but for a tone; a word alone (a prefix
        // before a role) must be the one with no tone.
        let second = match pieces.get(i + 1) {
            Some(&q) if q < TEXT_PIECE => Some(q & TONELESS),
            Some(_) => bare(i + 1),
            None => None,
        };
        let pair = second.is_some_and(|b| has_bit(&self.typo_pairs, pair_bit(t, b)));
        let alone = p >> TONE_SHIFT == 0 && has_bit(&self.typo_alone, key_bit(t));
        if !pair && !alone {
            return 0;
        }
        let Some(candidates) = self.typos.get(&t) else {
            return 0;
        };
        let from = out.len();
        let mut kinds = 0;
        let mut scratch = Vec::new();
        for (seq, term) in candidates {
            if if seq.len() == 1 { !alone } else { !pair } {
                continue;
            }
            let Some(got) = pieces.get(i..i + seq.len()) else {
                continue;
            };
            let mut dropped = 0;
            let same = seq.iter().zip(got).enumerate().all(|(k, (&e, &q))| {
                if q == e {
                    return true;
                }
                let q = if q >= TEXT_PIECE {
                    bare(i + k).unwrap_or(q)
                } else {
                    q
                };
                let missing = q < TEXT_PIECE
                    && q & TONELESS == e & TONELESS
                    && q >> TONE_SHIFT == 0
                    && e >> TONE_SHIFT != 0;
                dropped += usize::from(missing);
                missing
            });
            if !same || dropped != 1 {
                continue;
            }
            let mut kinds_at = |k: usize| {
                scratch.clear();
                self.hits(pieces, k, &mut scratch)
            };
            let ok = if seq.len() == 1 {
                kinds_at(i + 1) & (1 << EntryKind::Role as u32) != 0
            } else {
                // (A first word that is a surname as typed, `Chu tịch`, only before the body
                // the role heads: `Chu tịch UBND xã`, not `Chu Tịch Phong`; so too a surname
                // written right, then the word missing its mark: `Thái Thu Xương` is a name,
                // not `Thái thú`.)
                !(kinds_at(i) & (1 << EntryKind::Surname as u32) != 0
                    && kinds_at(i + seq.len()) & (1 << EntryKind::Org as u32) == 0)
            };
            if ok {
                out.push(Hit {
                    end: i + seq.len(),
                    kind: term.kind,
                    note: term.note,
                });
                kinds |= 1 << term.kind as u32;
            }
        }
        if let Some(new) = out.get_mut(from..) {
            new.sort_by_key(|h| h.end);
        }
        kinds
    }

    /// [`Lexicon::hits`] past the filter.
    #[inline(never)]
    fn walk(&self, pieces: &[Piece], i: usize, out: &mut Vec<Hit>) -> u32 {
        let mut node = 0u32;
        let mut j = i;
        let mut kinds = 0;
        while let Some(&p) = pieces.get(j) {
            let Some(n) = self.child(node, p) else {
                break;
            };
            node = n;
            j += 1;
            let here = self.node_kinds.get(node as usize).copied().unwrap_or(0);
            if here == 0 {
                continue;
            }
            kinds |= here;
            if let Some(ts) = self.terminals.get(node as usize) {
                out.extend(ts.iter().map(|t| Hit {
                    end: j,
                    kind: t.kind,
                    note: t.note,
                }));
            }
        }
        kinds
    }
}

/// The trie's edges: an open-addressing table (linear probing, Fibonacci hashing) of
/// `(node, piece)` keys, kept at most half full, so that a lookup is one multiply and, most
/// of the time, one cache line.
#[derive(Clone, Debug)]
struct Edges {
    /// `(key, child)`; [`Edges::EMPTY`] marks a free slot (no node is `u32::MAX`).
    slots: Vec<(u64, u32)>,
    len: usize,
    /// `64 - log2(slots.len())`.
    shift: u32,
}

impl Edges {
    const EMPTY: u64 = u64::MAX;

    fn new() -> Edges {
        Edges {
            slots: vec![(Edges::EMPTY, 0); 64],
            len: 0,
            shift: 64 - 6,
        }
    }

    #[inline]
    fn home(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    #[inline]
    fn get(&self, key: u64) -> Option<u32> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        loop {
            let &(k, v) = self.slots.get(i)?;
            if k == key {
                return Some(v);
            }
            if k == Edges::EMPTY {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, key: u64, child: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            let bigger = vec![(Edges::EMPTY, 0); self.slots.len() * 2];
            let old = std::mem::replace(&mut self.slots, bigger);
            self.shift -= 1;
            self.len = 0;
            for (k, v) in old {
                if k != Edges::EMPTY {
                    self.insert(k, v);
                }
            }
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(key);
        while let Some(slot) = self.slots.get_mut(i) {
            if slot.0 == Edges::EMPTY || slot.0 == key {
                if slot.0 == Edges::EMPTY {
                    self.len += 1;
                }
                *slot = (key, child);
                return;
            }
            i = (i + 1) & mask;
        }
    }
}

impl Lexicon {
    /// The child of `node` by `piece`.
    #[inline]
    fn child(&self, node: u32, piece: Piece) -> Option<u32> {
        if node == 0 {
            return self.roots.get(u64::from(piece));
        }
        if self
            .children
            .get(node as usize)
            .is_none_or(|b| b & child_bit(piece) == 0)
        {
            return None;
        }
        self.edges.get(edge_key(node, piece))
    }
}

/// The bit of `piece` in a node's [`Lexicon::children`] filter.
fn child_bit(piece: Piece) -> u64 {
    1 << (piece.wrapping_mul(0x9E37_79B9) >> 26)
}

/// The trie edge key of `piece` out of `node`.
fn edge_key(node: u32, piece: Piece) -> u64 {
    u64::from(node) << 32 | u64::from(piece)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_lists_parse() {
        let mut lex = Lexicon::new();
        lex.read_str(include_str!("../data/lexicon.tsv"))
            .expect("data/lexicon.tsv parses");
        assert!(lex.len() > 1000);
        assert!(Lexicon::builtin().len() > lex.len());
    }

    #[test]
    fn pieces_ignore_case_form_and_style() {
        let lex = Lexicon::builtin();
        for s in ["Ủy ban", "Uỷ ban", "ỦY BAN", "U\u{309}y ban", "ủy ban"] {
            assert!(lex.contains(EntryKind::Org, s), "{s}");
        }
        assert!(lex.contains(EntryKind::Org, "UBND"));
        assert!(lex.contains(EntryKind::Org, "ubnd"));
        assert!(!lex.contains(EntryKind::Org, "Ủy"));
    }

    #[test]
    fn errors_name_the_line() {
        let e =
            Lexicon::from_reader("# x\nrole\tChủ tịch\nrol\tBộ trưởng\n".as_bytes()).unwrap_err();
        assert_eq!(e.line(), 3);
        assert!(e.to_string().contains("unknown entry kind `rol`"), "{e}");
        let e = Lexicon::from_reader("role\t \n".as_bytes()).unwrap_err();
        assert!(e.to_string().contains("invalid phrase"), "{e}");
        let e = Lexicon::from_reader(&b"role\t\xff\n"[..]).unwrap_err();
        assert!(e.to_string().contains("not UTF-8"), "{e}");
    }
}

//! Public-API tests of the tokenizer and the sentence splitter.

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vntext::{Onset, Span, TokenKind, Tone, sentences, tokens, words};

use TokenKind::*;

/// The content tokens of `text` as (text, kind).
fn toks(text: &str) -> Vec<(&str, TokenKind)> {
    tokens(text)
        .filter(|t| t.kind != Space)
        .map(|t| (t.text, t.kind))
        .collect()
}

/// The kind of `text` when it is a single token.
fn kind(text: &str) -> TokenKind {
    let all: Vec<_> = tokens(text).collect();
    assert_eq!(all.len(), 1, "{text:?} is not one token: {all:?}");
    all[0].kind
}

fn sents(text: &str) -> Vec<&str> {
    sentences(text).map(|s| &text[s.range()]).collect()
}

/// Tokens cover `text` exactly, in order, with spans that slice to their text.
fn check_coverage(text: &str) {
    let mut pos = 0;
    for t in tokens(text) {
        assert_eq!(t.span.start, pos, "gap or overlap before {t:?} in {text:?}");
        assert!(t.span.end > t.span.start, "empty token {t:?}");
        assert_eq!(&text[t.span.range()], t.text);
        pos = t.span.end;
    }
    assert_eq!(pos, text.len(), "tokens stop early in {text:?}");
}

fn check_sentences(text: &str) {
    let mut last = 0;
    for s in sentences(text) {
        assert!(
            s.start >= last && s.start < s.end && s.end <= text.len(),
            "{s:?} in {text:?}"
        );
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let inner = &text[s.range()];
        assert_eq!(
            inner.trim(),
            inner,
            "sentence {inner:?} has outer whitespace"
        );
        last = s.end;
    }
}

// ---------------------------------------------------------------------------------------
// Kinds.

#[test]
fn syllables_in_any_spelling() {
    for s in [
        "Việt",
        "VIỆT",
        "Vie\u{323}\u{302}t", // NFD
        "Vie\u{302}\u{323}t", // marks in the other order
        "NGƯỜI",
        "hòa",
        "hoà", // new tone style
        "thủy",
        "thuỷ",
        "Ủy",
        "Uỷ",
        "U\u{309}y",
        "gì",
        "gìn",
        "già",
        "giường",
        "quốc",
        "quý",
        "qủa", // misplaced mark, still a syllable
        "TỈnh",
        "khuỷu",
        "nghiêng",
    ] {
        assert_eq!(kind(s), Syllable, "{s}");
    }
}

#[test]
fn mixed_tone_styles_keep_kinds() {
    let old: Vec<_> = toks("Hòa Bình, thủy lợi, Ủy ban, khỏe")
        .into_iter()
        .map(|t| t.1)
        .collect();
    let new: Vec<_> = toks("Hoà Bình, thuỷ lợi, Uỷ ban, khoẻ")
        .into_iter()
        .map(|t| t.1)
        .collect();
    assert_eq!(old, new);
    assert!(old.iter().all(|&k| k == Syllable || k == Punctuation));
}

#[test]
fn word_kind() {
    for s in [
        "online",
        "Covid",
        "H'Mông",
        "H’Mông",
        "email",
        "camera",
        "Hueyn",
        "jpg",
        "km",
    ] {
        assert_eq!(kind(s), Word, "{s}");
    }
}

#[test]
fn abbreviations() {
    for s in [
        "UBND",
        "HĐND",
        "MTTQ",
        "ĐBQH",
        "CSGT",
        "TP.HCM",
        "TP.",
        "Tp.",
        "ThS.",
        "TS.",
        "GS.",
        "PGS.TS",
        "PGS.TS.",
        "KT-XH",
        "NĐ-CP",
        "T.Ư",
        "T.U\u{31B}",
        "v.v.",
        "Q.1",
        "P.5",
        "Th.S",
        "Tp",
    ] {
        // (Before a name, as they are written: a form's dot with nothing after it on its line
        // is the full stop, below.)
        let text = format!("{s} Hà Nội");
        assert_eq!(toks(&text)[0], (s, Abbreviation), "{text}");
        if !s.ends_with('.') {
            assert_eq!(kind(s), Abbreviation, "{s}");
        }
    }
    assert_eq!(toks("TP. Hồ Chí Minh")[0], ("TP.", Abbreviation));
    // A form written before a name or a number, with nothing after it on its line: its dot
    // is the full stop, and the sentence ends there.
    for text in [
        "Đoàn ĐBQH TP.",
        "Đoàn ĐBQH TP. \nTP. Hồ Chí Minh",
        "Đoàn ĐBQH TP.\r\n",
    ] {
        assert_eq!(
            toks(text)[2..4],
            [("TP", Abbreviation), (".", Punctuation)],
            "{text:?}"
        );
    }
    assert_eq!(
        sents("Đoàn ĐBQH TP.\nTP. Hồ Chí Minh."),
        ["Đoàn ĐBQH TP.", "TP. Hồ Chí Minh."]
    );
    assert_eq!(
        toks("v.v...")[..],
        [("v.v", Abbreviation), ("...", Punctuation)]
    );
    assert_eq!(
        toks("P.Cô Giang")[..2],
        [("P.", Abbreviation), ("Cô", Syllable)]
    );
    // The dot after a joined form that is not listed is punctuation.
    assert_eq!(
        toks("TP.HCM.")[..],
        [("TP.HCM", Abbreviation), (".", Punctuation)]
    );
    // Spaced `KT - XH` stays three tokens.
    assert_eq!(toks("KT - XH").len(), 3);
}

#[test]
fn numbers() {
    for s in [
        "34.118",
        "8,5",
        "1.234,56",
        "60.542.000",
        "2020",
        "06/01/2019",
        "4.1.2017",
        "02-03-2014",
        "10:20",
        "20h30",
    ] {
        assert_eq!(kind(s), Number, "{s}");
    }
    let value = |s: &str| tokens(s).next().and_then(|t| t.number());
    assert_eq!(value("8,5"), Some(8.5));
    assert_eq!(value("34.118"), Some(34118.0));
    assert_eq!(value("1.234,56"), Some(1234.56));
    assert_eq!(value("60.542.000"), Some(60_542_000.0));
    assert_eq!(value("2020"), Some(2020.0));
    assert_eq!(value("32,4"), Some(32.4));
    assert_eq!(value("1.5"), Some(1.5));
    assert_eq!(value("4.1.2017"), None);
    assert_eq!(value("06/01/2019"), None);
    assert_eq!(value("UBND"), None);
    // A unit after a number is its own token; a trailing dot is punctuation.
    assert_eq!(toks("5km")[..], [("5", Number), ("km", Word)]);
    assert_eq!(
        toks("năm 2020.")[1..],
        [("2020", Number), (".", Punctuation)]
    );
    assert_eq!(
        toks("8,5 - 9%")[..],
        [
            ("8,5", Number),
            ("-", Punctuation),
            ("9", Number),
            ("%", Symbol)
        ]
    );
    assert_eq!(
        toks("10.2017,")[..],
        [("10.2017", Number), (",", Punctuation)]
    );
}

#[test]
fn codes() {
    for s in [
        "30/2020/NĐ-CP",
        "3344/QĐ-TTCP",
        "1989/QĐ-BGDĐT",
        "19/2017/NQ-HĐND",
        "43H-0530",
        "14A-130",
        "86B-0066",
        "PC67",
        "Covid-19",
        "H5N1",
    ] {
        assert_eq!(kind(s), Code, "{s}");
    }
    assert_eq!(
        toks("14A-130...")[..],
        [("14A-130", Code), ("...", Punctuation)]
    );
}

#[test]
fn urls_and_emails() {
    for s in [
        "http://catphcm.bocongan.gov.vn",
        "https://vnexpress.net/thoi-su?id=1&x=2",
        "www.catp.danang.gov.vn:8001/thongtinvipham",
        "baolangson.vn",
        "WWW.Chinhphu.VN",
    ] {
        assert_eq!(kind(s), Url, "{s}");
    }
    for s in [
        "banbandoc@vietnamnet.vn",
        "nguyen.van.a@gmail.com",
        "a_b+c@mail.langson.gov.vn",
    ] {
        assert_eq!(kind(s), Email, "{s}");
    }
    assert_eq!(
        toks("(http://catphcm.bocongan.gov.vn).")[..],
        [
            ("(", Punctuation),
            ("http://catphcm.bocongan.gov.vn", Url),
            (")", Punctuation),
            (".", Punctuation)
        ]
    );
    assert_eq!(
        toks("huongnguyen@...")[..],
        [("huongnguyen", Word), ("@", Symbol), ("...", Punctuation)]
    );
    assert_eq!(
        toks("gửi về banbandoc@vietnamnet.vn.")[2..],
        [("banbandoc@vietnamnet.vn", Email), (".", Punctuation)]
    );
}

#[test]
fn punctuation_symbols_spaces() {
    for s in [
        ".", "...", "…", "./.", "?!", ",", "“", "”", "–", "-", "(", "'", ";", ":",
    ] {
        assert_eq!(kind(s), Punctuation, "{s}");
    }
    for s in ["%", "&", "+", "$", "€", "°", "\u{301}"] {
        assert_eq!(kind(s), Symbol, "{s:?}");
    }
    for s in [" ", "\n\n", "\t \r\n", "\u{a0}", "\u{200b}"] {
        assert_eq!(kind(s), Space, "{s:?}");
    }
    let text = "Thành công.\n\n  Tiếp";
    let all: Vec<_> = tokens(text).map(|t| (t.text, t.kind)).collect();
    assert_eq!(all[4], ("\n\n  ", Space));
}

#[test]
fn nfd_gives_the_nfc_boundaries() {
    let nfc = "Ủy ban nhân dân TP.HCM: tăng 8,5% so với “năm ngoái”, Hòa Bình-Việt Nam.";
    let nfd: String = nfc.nfd().collect();
    let a: Vec<_> = tokens(nfc)
        .map(|t| (t.text.nfd().collect::<String>(), t.kind))
        .collect();
    let b: Vec<_> = tokens(&nfd).map(|t| (t.text.to_string(), t.kind)).collect();
    assert_eq!(a, b);
}

#[test]
fn token_values() {
    let t = tokens("quốc").next().unwrap();
    let s = t.syllable().unwrap();
    assert_eq!((s.onset(), s.tone()), (Some(Onset::Qu), Tone::Sac));
    let t = tokens("Gìn").next().unwrap();
    assert_eq!(t.syllable().unwrap().onset(), Some(Onset::Gi));
    assert!(tokens("online").next().unwrap().syllable().is_none());
    assert_eq!(tokens("8,5").next().unwrap().syllable(), None);
}

#[test]
fn words_adapter() {
    let text = "Theo đó, UBND tỉnh (Lạng Sơn) đạt 8,5%.";
    let w: Vec<_> = words(text).map(|t| t.text).collect();
    assert_eq!(
        w,
        [
            "Theo", "đó", "UBND", "tỉnh", "Lạng", "Sơn", "đạt", "8,5", "%"
        ]
    );
    for t in words(text) {
        assert_eq!(&text[t.span.range()], t.text);
    }
}

#[test]
fn edge_inputs() {
    for text in [
        "",
        "\u{301}",
        "a\u{301}\u{301}\u{301}",
        "http://",
        "@",
        "./",
        "1.",
        "x@y",
        "TP.",
        "'",
    ] {
        check_coverage(text);
        check_sentences(text);
    }
    assert_eq!(tokens("").count(), 0);
    assert_eq!(sentences("  \n ").count(), 0);
}

// ---------------------------------------------------------------------------------------
// Sentences.

#[test]
fn no_split_at_abbreviations() {
    for text in [
        "Ông đến TP. Hồ Chí Minh hôm qua.",
        "Gặp Tp. Hà Nội sáng nay.",
        "Báo cáo của ThS. Nguyễn Văn Bình được duyệt.",
        "Theo TS. Lê Minh, việc này khó.",
        "Theo PGS.TS. Trần Văn An, việc này khó.",
        "Theo GS. Phan Huy Lê, việc này khó.",
        "Trụ sở ở Q.1, TP.HCM rộng.",
        "Trụ sở ở P.5, Q.10 rộng.",
        "Rau, củ, quả v.v... Ngoài ra còn thịt.",
        "Ông Th.S Nguyễn An nói vậy.",
        "Ông Nguyễn H. Anh nói vậy.",
    ] {
        assert_eq!(sents(text), [text], "{text}");
    }
}

#[test]
fn no_split_inside_tokens() {
    for text in [
        "Từ ngày 4.1.2017 đến nay.",
        "Giá 1.234,56 đồng.",
        "Xem www.catp.danang.gov.vn. Nay đã có.",
        "Gửi banbandoc@vietnamnet.vn hoặc gọi.",
    ] {
        let s = sents(text);
        assert!(s[0].contains(['4', '1', 'w', 'b']), "{text}: {s:?}");
    }
    assert_eq!(sents("Xem www.catp.danang.gov.vn. Nay đã có.").len(), 2);
    assert_eq!(sents("Từ ngày 4.1.2017 đến nay.").len(), 1);
    assert_eq!(sents("Giá 1.234,56 đồng.").len(), 1);
}

#[test]
fn ellipsis() {
    assert_eq!(sents("Ô tô BS: 14A-130... 23 lần đỗ sai.").len(), 1);
    assert_eq!(sents("Chờ mãi... rồi cũng đến.").len(), 1);
    assert_eq!(sents("Chờ mãi… rồi cũng đến.").len(), 1);
    assert_eq!(
        sents("Trần Phú, Q.5... Từ đầu năm 2017 đến nay."),
        ["Trần Phú, Q.5...", "Từ đầu năm 2017 đến nay."]
    );
}

#[test]
fn splits() {
    assert_eq!(
        sents("Chây ì nộp phạt nguội. Hàng chục ngàn xe."),
        ["Chây ì nộp phạt nguội.", "Hàng chục ngàn xe."]
    );
    assert_eq!(
        sents("Vì sao? Vì luật chưa rõ!Thế thôi."),
        ["Vì sao?", "Vì luật chưa rõ!", "Thế thôi."]
    );
    assert_eq!(
        sents("Anh hỏi: “Sao vậy?” Tôi đáp."),
        ["Anh hỏi: “Sao vậy?”", "Tôi đáp."]
    );
    assert_eq!(
        sents("Xong. “Tốt lắm”, anh nói."),
        ["Xong.", "“Tốt lắm”, anh nói."]
    );
    assert_eq!(
        sents("Hết năm 2019. 5 người bị thương."),
        ["Hết năm 2019.", "5 người bị thương."]
    );
    // A dot before a lower-case word does not end a sentence.
    assert_eq!(
        sents("Đây là xe của CATP ghi hình phạt nguội . còn lại").len(),
        1
    );
    // `./.` ends an official document, whatever follows.
    assert_eq!(
        sents("trên địa bàn./. đỗ Thị Thu Huyền"),
        ["trên địa bàn./.", "đỗ Thị Thu Huyền"]
    );
    // `v.v.` may end a sentence.
    assert_eq!(sents("Rau, củ, quả, v.v. Ngoài ra còn thịt.").len(), 2);
}

#[test]
fn lines() {
    // A blank line always ends a sentence; a title line without punctuation is a sentence.
    let text = "Quyết tâm thực hiện thắng lợi Nghị quyết\n\nHội nghị trực tuyến toàn tỉnh\nĐể tổ chức triển khai, ngày 06/01/2019 họp.";
    assert_eq!(
        sents(text),
        [
            "Quyết tâm thực hiện thắng lợi Nghị quyết",
            "Hội nghị trực tuyến toàn tỉnh",
            "Để tổ chức triển khai, ngày 06/01/2019 họp."
        ]
    );
    assert_eq!(
        sents("Đồng chí Phạm Ngọc Thưởng\n\nchủ trì hội nghị").len(),
        2
    );
    // A line that continues in lower case is the same sentence.
    assert_eq!(sents("Ông nói rằng\nviệc này khó.").len(), 1);
    assert_eq!(sents("a\r\n\r\nb").len(), 2);
}

#[test]
fn sentence_spans_exclude_whitespace() {
    let text = "  Một câu.   Hai câu.\n";
    assert_eq!(
        sentences(text).collect::<Vec<_>>(),
        [Span { start: 2, end: 13 }, Span { start: 16, end: 25 }]
    );
}

// ---------------------------------------------------------------------------------------
// Properties.

/// Characters of Vietnamese text: letters in every tone and case, digits, punctuation,
/// spaces and the characters links are made of.
fn alphabet() -> Vec<char> {
    let mut v: Vec<char> = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY\
        àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ\
        ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ\
        fjwzFJWZ0123456789 \n\t.,;:!?/-'\"“”‘’…()%@&_+–\u{a0}"
        .chars()
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Pieces of news text, so that generated strings hit the interesting rules often.
const PIECES: &[&str] = &[
    "Việt", "Nam", "TP", "HCM", "Tp", "ThS", "PGS", "TS", "v", "Q", "P", "UBND", "NĐ", "CP", "KT",
    "XH", "Ủy", "uỷ", "hòa", "hoà", "gì", "quốc", "H'Mông", "online", "www", "http", "://",
    "gmail", "com", "vn", "@", ".", "..", "...", "./.", ",", "-", "/", ":", "?", "!", "“", "”",
    " ", " ", "\n", "\n\n", "8", "5", "34", "118", "2020", "h", "A", "Đ", "ì", "x", "…", "'",
];

fn vietnamese_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(prop::sample::select(alphabet()), 0..60)
            .prop_map(|v| v.into_iter().collect::<String>()),
        prop::collection::vec(prop::sample::select(PIECES), 0..30).prop_map(|v| v.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn tokens_cover_any_string(text in any::<String>()) {
        check_coverage(&text);
        check_sentences(&text);
    }

    #[test]
    fn tokens_cover_vietnamese_text(text in vietnamese_text()) {
        check_coverage(&text);
        check_sentences(&text);
        for t in words(&text) {
            prop_assert!(t.kind.is_content());
            let _ = t.number();
            let _ = t.syllable();
        }
    }

    #[test]
    fn nfd_aligns_with_nfc(text in vietnamese_text()) {
        let nfc: String = text.nfc().collect();
        let nfd: String = text.nfd().collect();
        let a: Vec<_> = tokens(&nfc).map(|t| (t.text.nfd().collect::<String>(), t.kind)).collect();
        let b: Vec<_> = tokens(&nfd).map(|t| (t.text.to_string(), t.kind)).collect();
        prop_assert_eq!(a, b);
        let sa: Vec<String> = sentences(&nfc).map(|s| nfc[s.range()].nfd().collect()).collect();
        let sb: Vec<String> = sentences(&nfd).map(|s| nfd[s.range()].to_string()).collect();
        prop_assert_eq!(sa, sb);
    }

    /// The tokenizer keeps what the syllable model said about each run in a per-thread
    /// cache, and takes a run it has seen before from the cache: what was tokenized before
    /// on the same thread must not change the tokens.
    #[test]
    fn tokens_do_not_depend_on_earlier_texts(a in vietnamese_text(), b in vietnamese_text()) {
        let list = |t: &str| -> Vec<(usize, usize, TokenKind)> {
            tokens(t).map(|x| (x.span.start, x.span.end, x.kind)).collect()
        };
        let cold = {
            let b = b.clone();
            std::thread::spawn(move || list(&b)).join().expect("no panic")
        };
        let warm = std::thread::spawn(move || {
            let _ = list(&a);
            let _ = list(&format!("{a} {b}"));
            [list(&b), list(&b)]
        })
        .join()
        .expect("no panic");
        prop_assert_eq!(&warm[0], &cold);
        prop_assert_eq!(&warm[1], &cold);
    }

    #[test]
    fn syllable_kind_is_the_models(text in "[a-zđăâêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,8}") {
        // A lone run of letters is a syllable exactly when the syllable model says so.
        let kinds: Vec<_> = tokens(&text).map(|t| t.kind).collect();
        prop_assert_eq!(kinds.len(), 1);
        prop_assert_eq!(kinds[0] == Syllable, vntext::is_valid(&text));
    }
}

// ---------------------------------------------------------------------------------------
// Golden files.

const GOLDEN_INPUTS: &[(&str, &str)] = &[
    (
        "langson-2020-plan.txt",
        include_str!("data/langson-2020-plan.txt"),
    ),
    (
        "binhvq-news-300.txt",
        include_str!("data/binhvq-news-300.txt"),
    ),
];

/// Renders the golden files: one line per non-space token (`text<TAB>start..end<TAB>kind`),
/// and one per sentence (`sentence<TAB>start..end`), spans in bytes of each input file.
fn render(tokens_or_sentences: bool) -> String {
    let mut out = String::new();
    for (name, text) in GOLDEN_INPUTS {
        out.push_str(&format!("# {name}\n"));
        if tokens_or_sentences {
            for t in tokens(text).filter(|t| t.kind != Space) {
                out.push_str(&format!(
                    "{}\t{}..{}\t{}\n",
                    t.text, t.span.start, t.span.end, t.kind
                ));
            }
        } else {
            for s in sentences(text) {
                out.push_str(&format!("{}\t{}..{}\n", &text[s.range()], s.start, s.end));
            }
        }
    }
    out
}

fn check_golden(file: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(file);
    if std::env::var_os("VNTEXT_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected == actual {
        return;
    }
    let diff: Vec<String> = expected
        .lines()
        .zip(actual.lines())
        .enumerate()
        .filter(|(_, (e, a))| e != a)
        .take(10)
        .map(|(i, (e, a))| format!("  line {}:\n    expected: {e}\n    actual:   {a}", i + 1))
        .collect();
    panic!(
        "tests/data/{file} does not match the tokenizer's output \
         ({} expected lines, {} actual); first differences:\n{}\n\
         If the change is intended, check it and rewrite the file with \
         `VNTEXT_BLESS=1 cargo test --test tokenize golden`.",
        expected.lines().count(),
        actual.lines().count(),
        diff.join("\n"),
    );
}

#[test]
fn golden_tokens() {
    check_golden("tokenize_golden.tsv", &render(true));
}

#[test]
fn golden_sentences() {
    check_golden("sentences_golden.tsv", &render(false));
}

#[test]
fn code_before_a_missing_space() {
    assert_eq!(
        toks("03/2017/NĐ-CPngày")[..],
        [("03/2017/NĐ-CP", Code), ("ngày", Syllable)]
    );
    assert_eq!(kind("Su-30"), Code);
    // One lower-case letter is the code's own: `TTg` (Thủ tướng), `TTr` (tờ trình).
    assert_eq!(
        toks("05/CT-TTg, 1810/TTr-UBND")[..],
        [
            ("05/CT-TTg", Code),
            (",", Punctuation),
            ("1810/TTr-UBND", Code)
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Links with letters outside ASCII (internationalized domains, paths, local parts).

#[test]
fn links_with_vietnamese_letters_are_whole() {
    let nfd = |s: &str| -> String { s.nfd().collect() };
    for s in [
        "https://vi.wikipedia.org/wiki/Hoà_Bình",
        "https://vi.wikipedia.org/wiki/Lạng_Sơn_(thành_phố)",
        "http://baochinhphu.vn/tìm-kiếm?q=lạng+sơn&trang=2",
        "www.hoà.vn",
        "WWW.HOÀ.VN/TIN-TỨC",
        "https://thư-viện.vn",
        "baolangson.vn/thời-sự/hội-nghị-123.html",
    ] {
        assert_eq!(kind(s), Url, "{s}");
        assert_eq!(kind(&nfd(s)), Url, "NFD {s}");
    }
    for s in [
        "hoà@example.com",
        "nguyễn.văn.an@gmail.com",
        "lạngsơn@thư-viện.vn",
    ] {
        assert_eq!(kind(s), Email, "{s}");
        assert_eq!(kind(&nfd(s)), Email, "NFD {s}");
    }
    // In running text: the link ends where prose punctuation or a space starts.
    assert_eq!(
        toks("Xem https://vi.wikipedia.org/wiki/Hoà_Bình, “www.hoà.vn”.")[..],
        [
            ("Xem", Syllable),
            ("https://vi.wikipedia.org/wiki/Hoà_Bình", Url),
            (",", Punctuation),
            ("“", Punctuation),
            ("www.hoà.vn", Url),
            ("”", Punctuation),
            (".", Punctuation),
        ]
    );
    assert_eq!(
        toks("Liên hệ: hoà@example.com.")[3..],
        [("hoà@example.com", Email), (".", Punctuation)]
    );
    // A syllable before a sentence-ending dot is still a syllable, and no link.
    assert_eq!(
        toks("Lạng Sơn. Hòa Bình.Thái Nguyên")[..],
        [
            ("Lạng", Syllable),
            ("Sơn", Syllable),
            (".", Punctuation),
            ("Hòa", Syllable),
            ("Bình", Syllable),
            (".", Punctuation),
            ("Thái", Syllable),
            ("Nguyên", Syllable),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// Sentence ends after a single capital and after legal headings.

#[test]
fn a_single_capital_ends_a_sentence_unless_it_is_an_initial() {
    // A letter after a number, a unit or a common word is a label, not an initial.
    for (text, want) in [
        (
            "Trời nóng 38 độ C. Người dân đổ ra đường.",
            &["Trời nóng 38 độ C.", "Người dân đổ ra đường."][..],
        ),
        (
            "Xe thuộc nhóm B. Theo quy định, chủ xe phải nộp phạt.",
            &["Xe thuộc nhóm B.", "Theo quy định, chủ xe phải nộp phạt."],
        ),
        (
            "Nhiệt độ lên tới 40 độ C. Ở Hà Nội trời mát hơn.",
            &["Nhiệt độ lên tới 40 độ C.", "Ở Hà Nội trời mát hơn."],
        ),
        // Before a foreign word written as a name, the rest of the name: an initial after a
        // role in lower case (`S.`), or a vowel between a foreign name's words (`E.`).
        (
            "Ngoại trưởng Ấn Độ S. Jaishankar cho biết. Ông sẽ sang Hà Nội.",
            &[
                "Ngoại trưởng Ấn Độ S. Jaishankar cho biết.",
                "Ông sẽ sang Hà Nội.",
            ],
        ),
        (
            "Đại sứ Marc E. Knapper trình Quốc thư. Lễ diễn ra tại Phủ Chủ tịch.",
            &[
                "Đại sứ Marc E. Knapper trình Quốc thư.",
                "Lễ diễn ra tại Phủ Chủ tịch.",
            ],
        ),
        (
            "Vắc-xin đạt chuẩn loại A. Tuy nhiên vẫn cần theo dõi.",
            &["Vắc-xin đạt chuẩn loại A.", "Tuy nhiên vẫn cần theo dõi."],
        ),
        (
            "Ông Kim Thanh được xếp hạng E. Ông ấy nghỉ hưu.",
            &["Ông Kim Thanh được xếp hạng E.", "Ông ấy nghỉ hưu."],
        ),
        // `X.` is `xã` before a name, but the Roman numeral ten after `khóa`, `kỳ`, `thứ`.
        (
            "Ông là đại biểu Quốc hội khoá X. Tháng 9 năm 2002, ông nghỉ hưu.",
            &[
                "Ông là đại biểu Quốc hội khoá X.",
                "Tháng 9 năm 2002, ông nghỉ hưu.",
            ],
        ),
        (
            "Ông về X. Tân Lập, huyện Cẩm Khê.",
            &["Ông về X. Tân Lập, huyện Cẩm Khê."],
        ),
        // `V.`, like `v.v.`'s `v`, is the Roman numeral five after `khóa`.
        (
            "Ông là đại biểu Quốc hội khóa V. Năm 1981, ông nghỉ hưu.",
            &[
                "Ông là đại biểu Quốc hội khóa V.",
                "Năm 1981, ông nghỉ hưu.",
            ],
        ),
        // `v.v.` (etc.) may end a sentence, in capitals too.
        (
            "Gồm rau, củ, quả v.v. Hôm nay giá tăng.",
            &["Gồm rau, củ, quả v.v.", "Hôm nay giá tăng."],
        ),
        (
            "GỒM RAU, CỦ, QUẢ V.V. HÔM NAY GIÁ TĂNG.",
            &["GỒM RAU, CỦ, QUẢ V.V.", "HÔM NAY GIÁ TĂNG."],
        ),
    ] {
        assert_eq!(sents(text), want, "{text}");
    }
    // After a name, an honorific or at the start of a sentence it is an initial.
    for text in [
        "Ông Nguyễn H. Anh nói vậy.",
        "Anh T. Nguyễn cho biết đã nộp phạt.",
        "Theo anh T. Nguyễn, việc này khó.",
        "H. Nguyễn thắng cử.",
        "Chị Lê Thị H. (35 tuổi) cho biết.",
        // (`V.` too, though `v` of `v.v.` is listed as an abbreviation that may end one.)
        "Ông Nguyễn V. H., Chủ tịch Công đoàn cơ sở, cho biết.",
    ] {
        assert_eq!(sents(text), [text], "{text}");
    }
}

#[test]
fn a_person_s_initials_keep_their_last_dot() {
    // Initials (`N.V.T.`) are one token with every dot, and their last dot ends a sentence
    // only where an initial's would: not after a form of address, not before a bracket.
    assert_eq!(
        toks("ông N.V.T. (trú xã Hòa Hiệp)")[..2],
        [("ông", Syllable), ("N.V.T.", Abbreviation)]
    );
    for text in [
        "Theo phản ánh của ông N.V.T. (trú xã Hòa Hiệp), gia đình ông chưa được bồi thường.",
        "Chị L.T.M. (28 tuổi) được các bác sĩ cứu sống.",
        "Đối tượng N.V.Đ. (30 tuổi) bị bắt giữ.",
        "Cơ quan điều tra khởi tố đối với T.V.H. và L.T.M. về tội trộm cắp tài sản.",
        "Thư gửi Washington D.C. 20540 USA.",
    ] {
        assert_eq!(sents(text), [text], "{text}");
    }
    assert_eq!(
        sents("Bị cáo là N.V.Đ. Sau đó, tòa tuyên án."),
        ["Bị cáo là N.V.Đ.", "Sau đó, tòa tuyên án."]
    );
    // So does the dot after a given name's first letters written short (`Ng.`, `Tr.`), which
    // the tokenizer keeps apart: before a bracket it ends nothing; before a capital it does.
    assert_eq!(
        sents("Phạm nhân Nguyễn Thị Bích Ng. (quê Hà Tĩnh) xúc động nói."),
        ["Phạm nhân Nguyễn Thị Bích Ng. (quê Hà Tĩnh) xúc động nói."]
    );
    assert_eq!(
        sents("Bị cáo là Lê Văn Ng. Sau đó, tòa tuyên án."),
        ["Bị cáo là Lê Văn Ng.", "Sau đó, tòa tuyên án."]
    );
    // A first initial that is also a syllable (`Y`, the Ê Đê men's name prefix; `A`) starts
    // initials too, when another single capital follows its dot; alone it is a syllable.
    assert_eq!(
        toks("bà Y.T.H (trú xã Đắk Ơ)")[..2],
        [("bà", Syllable), ("Y.T.H", Abbreviation)]
    );
    assert_eq!(
        toks("Trung tâm I.C.E Hà Nội")[2..3],
        [("I.C.E", Abbreviation)]
    );
    assert_eq!(toks("Y. Tế")[..2], [("Y", Syllable), (".", Punctuation)]);
    // (Only letters without marks, so that NFC and NFD read alike: `Ẹ.À` is two syllables.)
    assert_eq!(toks("Ẹ.À").len(), 3);
    assert_eq!(toks("E\u{323}.A\u{300}").len(), 3);
}

#[test]
fn legal_headings_and_list_numbers_stay_with_their_title() {
    for text in [
        "Điều 5. Phạm vi điều chỉnh",
        "ĐIỀU 5. PHẠM VI ĐIỀU CHỈNH",
        "Chương II. NHỮNG QUY ĐỊNH CHUNG",
        "Mục 1. Quy định chung",
        "Khoản 2. Hồ sơ gồm",
        "1. Phạm vi điều chỉnh",
        "IV. Tổ chức thực hiện",
    ] {
        assert_eq!(sents(text), [text], "{text}");
    }
    assert_eq!(
        sents("Điều 5. Phạm vi điều chỉnh\nNghị định này quy định về phí. Điều 6 quy định khác."),
        [
            "Điều 5. Phạm vi điều chỉnh",
            "Nghị định này quy định về phí.",
            "Điều 6 quy định khác."
        ]
    );
    // A number that ends a sentence is not a heading.
    assert_eq!(
        sents("Hết năm 2019. 5 người bị thương."),
        ["Hết năm 2019.", "5 người bị thương."]
    );
}

#[test]
fn control_characters_are_spaces() {
    assert_eq!(toks("a\u{1}b"), [("a", Syllable), ("b", Word)]);
    assert_eq!(kind("\u{1}"), Space);
    assert_eq!(kind("\u{7f}\u{85}\u{9f}"), Space);
    assert_eq!(
        words("Hòa\u{0}Bình\u{1b}")
            .map(|t| t.text)
            .collect::<Vec<_>>(),
        ["Hòa", "Bình"]
    );
    check_coverage("\u{0}\u{1}x\u{0}\u{7f}\u{80} \u{9f}");
}

// ---------------------------------------------------------------------------------------
// The reference path and syllable keys.

/// News text in the spellings the tokenizer must treat alike: as written, NFD, upper case,
/// and the new tone style (`hoà`, `thuỷ`).
fn news_variants() -> Vec<String> {
    let new_style = vntext::Normalizer::new().tone(vntext::ToneStyle::New);
    let mut texts = Vec::new();
    for text in GOLDEN_INPUTS
        .iter()
        .map(|(_, t)| *t)
        .chain([include_str!("../benches/corpus/news.txt")])
    {
        texts.push(text.to_string());
        texts.push(text.nfd().collect());
        texts.push(text.to_uppercase());
        texts.push(new_style.normalize(text).into_owned());
    }
    texts
}

/// The fast path (cache probe, 16-byte letter runs, cached classes) gives the tokens of the
/// reference path, keys included, on real news text in every spelling.
#[test]
fn fast_path_equals_reference_path_on_news() {
    for text in news_variants() {
        let fast: Vec<_> = tokens(&text).collect();
        let reference = vntext::reference_tokens(&text);
        assert_eq!(fast.len(), reference.len());
        for (f, r) in fast.iter().zip(&reference) {
            assert_eq!(f, r);
            assert_eq!(f.key(), r.key(), "{f:?}");
        }
    }
}

/// `Token::key` is the syllable model's key of the token's text, for every syllable token of
/// real news text (NFC, NFD, upper case, new tone style), and `None` for every other token.
#[test]
fn token_keys_are_the_syllable_models_keys() {
    let mut syllables = 0;
    for text in news_variants() {
        for t in tokens(&text) {
            let model = vntext::Syllable::parse(t.text).ok().map(|s| s.key());
            if t.kind == Syllable {
                assert_eq!(t.key(), model, "{t:?}");
                assert!(t.key().is_some());
                syllables += 1;
            } else {
                assert_eq!(t.key(), None, "{t:?}");
            }
        }
    }
    assert!(syllables > 100_000, "{syllables}");
    // One key whatever the spelling: the keys of a text and of its NFD and new-style forms
    // (cut into the same tokens) agree token by token.
    let text = include_str!("data/binhvq-news-300.txt");
    let keys = |t: &str| -> Vec<Option<u32>> { tokens(t).map(|x| x.key()).collect() };
    let nfd: String = text.nfd().collect();
    assert_eq!(keys(text), keys(&nfd));
    let new_style = vntext::Normalizer::new().tone(vntext::ToneStyle::New);
    assert_eq!(keys(text), keys(&new_style.normalize(text)));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The fast path equals the reference path on any string and on generated Vietnamese
    /// text: same spans, kinds and keys.
    #[test]
    fn fast_path_equals_reference_path(text in vietnamese_text(), other in any::<String>()) {
        prop_assert_eq!(tokens(&text).collect::<Vec<_>>(), vntext::reference_tokens(&text));
        prop_assert_eq!(tokens(&other).collect::<Vec<_>>(), vntext::reference_tokens(&other));
        let nfd: String = text.nfd().collect();
        prop_assert_eq!(tokens(&nfd).collect::<Vec<_>>(), vntext::reference_tokens(&nfd));
    }
}

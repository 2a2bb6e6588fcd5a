//! Public-API tests of the title, person and abbreviation extractors: the cases of
//! `tests/data/title_cases.tsv` as written, in NFD and in the new tone style; user word lists.

mod common;

use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;
use vntext::{EntryKind, Extracted, Extractor, Kind, Lexicon, Normalizer, ToneStyle};

/// Every match in the case file's notation.
fn found(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .filter_map(|m| {
            let s = &text[m.span.range()];
            Some(match &m.value {
                Extracted::Title(t) => format!(
                    "T:{s}={}/{}{}{}",
                    t.role,
                    t.org.as_deref().unwrap_or("-"),
                    if t.generic { "+generic" } else { "" },
                    if t.rank { "+rank" } else { "" }
                ),
                Extracted::Person(p) => format!(
                    "P:{}={}/{}",
                    p.name,
                    p.honorific.as_deref().unwrap_or("-"),
                    p.titles
                        .iter()
                        .map(|t| &text[t.range()])
                        .collect::<Vec<_>>()
                        .join(";")
                ),
                Extracted::Abbreviation(a) => format!("A:{s}={}", a.expansion),
                _ => return None,
            })
        })
        .collect()
}

/// The text of each person found in `text`, in order.
fn person_names(text: &str) -> Vec<&str> {
    vntext::persons(text)
        .map(|m| &text[m.span.range()])
        .collect()
}

fn extractor() -> Extractor {
    Extractor::new().kinds(&[Kind::Title, Kind::Person, Kind::Abbreviation])
}

fn cases() -> Vec<(usize, String, Vec<String>)> {
    common::rows(include_str!("data/title_cases.tsv"))
        .into_iter()
        .map(|(line, cols)| {
            let want = cols
                .get(1)
                .filter(|c| !c.is_empty())
                .map(|c| c.split(" | ").map(str::to_string).collect())
                .unwrap_or_default();
            (line, cols[0].to_string(), want)
        })
        .collect()
}

#[test]
fn cases_as_written() {
    let ex = extractor();
    let mut failures = Vec::new();
    for (line, text, want) in cases() {
        let got = found(&ex, &text);
        if got != want {
            failures.push(format!(
                "line {line}: {text}\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// NFD input and the new tone style give the same matches (in their own spelling).
#[test]
fn cases_in_any_form_and_style() {
    let ex = extractor();
    let new = Normalizer::new().tone(ToneStyle::New);
    for (line, text, _) in cases() {
        let base: Vec<String> = found(&ex, &text)
            .iter()
            .map(|s| vntext::normalize(s).into_owned())
            .collect();
        for (what, v) in [
            ("NFD", text.nfd().collect::<String>()),
            ("new style", new.normalize(&text).into_owned()),
        ] {
            let got: Vec<String> = found(&ex, &v)
                .iter()
                .map(|s| vntext::normalize(&s.nfc().collect::<String>()).into_owned())
                .collect();
            assert_eq!(got, base, "line {line} in {what}: {v}");
        }
    }
}

#[test]
fn user_word_lists_add_bodies_and_abbreviations() {
    let text = "Ông Hà Văn Sơn, Trưởng BQLKKT cửa khẩu Đồng Đăng, phát biểu.";
    let before = found(&extractor(), text);
    assert!(
        !before.iter().any(|s| s.starts_with("A:BQLKKT")),
        "{before:?}"
    );
    let list = "# Lạng Sơn's own agencies\n\
                org\tBQLKKT\tplace\n\
                abbreviation\tBQLKKT\tBan Quản lý Khu kinh tế\n";
    let mut lex = Lexicon::builtin().clone();
    lex.extend(&Lexicon::from_reader(list.as_bytes()).unwrap());
    let ex = extractor().lexicon(Arc::new(lex));
    let got = found(&ex, text);
    assert!(
        got.contains(&"A:BQLKKT=Ban Quản lý Khu kinh tế".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter().any(|s| s.starts_with("T:Trưởng BQLKKT")),
        "{got:?}"
    );
    // Entries match in any case, form and tone style.
    let mut lex = Lexicon::new();
    assert!(lex.insert(EntryKind::Place, "Hòa Bình", "province"));
    assert!(lex.contains(EntryKind::Place, "HOÀ BÌNH"));
    // Errors name the line.
    let e = Lexicon::from_reader("org\tBộ\nrank\n".as_bytes()).unwrap_err();
    assert_eq!(e.line(), 2);
}

/// A user's list teaches the tokenizer and the sentence splitter its abbreviations: a
/// dotted form is one token with its dots, and its dot ends no sentence, in the extractor
/// too. Whatever the shipped tokenizer saw before (its cache) does not matter.
#[test]
fn user_abbreviations_teach_the_tokenizer_and_the_sentence_splitter() {
    let list = "abbreviation\tBS.CKII\tbác sĩ chuyên khoa II\n\
                abbreviation\tBqlda\tBan quản lý dự án\n";
    let user = Lexicon::from_reader(list.as_bytes()).unwrap();
    let text = "Khám cho ông Lê An, BS.CKII. Khoa Nội, và bqlda huyện Cao Lộc.";
    let content = |toks: &mut dyn Iterator<Item = vntext::Token<'_>>| -> Vec<String> {
        toks.filter(|t| t.kind.is_content())
            .map(|t| format!("{}/{}", t.text, t.kind))
            .collect()
    };
    // The shipped tokenizer first (its per-thread cache now holds these words).
    let shipped = content(&mut vntext::tokens(text));
    assert!(
        shipped.contains(&"BS.CKII/abbreviation".to_string()),
        "{shipped:?}"
    );
    assert!(shipped.contains(&"bqlda/word".to_string()), "{shipped:?}");
    let taught = content(&mut user.tokens(text));
    assert!(
        taught.contains(&"BS.CKII./abbreviation".to_string()),
        "{taught:?}"
    );
    assert!(
        taught.contains(&"bqlda/abbreviation".to_string()),
        "{taught:?}"
    );
    assert_eq!(user.tokens(text).map(|t| t.text).collect::<String>(), text);
    assert_eq!(vntext::sentences(text).count(), 2);
    assert_eq!(user.sentences(text).count(), 1);
    // NFD and upper case alike.
    let nfd = vntext::nfd(text);
    assert_eq!(user.sentences(&nfd).count(), 1);
    assert!(
        user.tokens("BQLDA họp")
            .any(|t| t.kind == vntext::TokenKind::Abbreviation)
    );

    // The extractor with the list: the abbreviations are found with their expansion, and
    // the person's title after them stays in the same sentence.
    let mut lex = Lexicon::builtin().clone();
    lex.extend(&user);
    let ex = extractor().lexicon(Arc::new(lex));
    let got = found(&ex, text);
    assert!(
        got.contains(&"A:bqlda=Ban quản lý dự án".to_string()),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|s| s.starts_with("A:BS.CKII.=bác sĩ chuyên khoa II")),
        "{got:?}"
    );
    // A list with no new abbreviation tokenizes as the shipped tokenizer does.
    let news = include_str!("data/binhvq-news-300.txt");
    let plain = Lexicon::from_reader("place\tMường Tè\n".as_bytes()).unwrap();
    assert!(plain.tokens(news).eq(vntext::tokens(news)));
    assert!(user.tokens(news).map(|t| t.text).collect::<String>() == news);
}

#[test]
fn expand_abbreviations_rewrites_in_place() {
    assert_eq!(
        vntext::expand_abbreviations("UBND tỉnh và HĐND tỉnh bàn về KT-XH."),
        "Ủy ban nhân dân tỉnh và Hội đồng nhân dân tỉnh bàn về kinh tế - xã hội."
    );
    // BCH alone is left as it is.
    assert_eq!(
        vntext::expand_abbreviations("BCH nhận định"),
        "BCH nhận định"
    );
    assert!(matches!(
        vntext::expand_abbreviations("Hà Nội mùa thu"),
        std::borrow::Cow::Borrowed(_)
    ));
    // A heading in capitals keeps its words: `TƯ` of `THÔNG TƯ` (a circular) at the start of
    // a line, and of `ĐẦU TƯ`, is no `Trung ương`; after `BCH` it is.
    assert_eq!(
        vntext::expand_abbreviations("THÔNG TƯ\nTHÔNG TƯ HƯỚNG DẪN LUẬT ĐẦU TƯ"),
        "THÔNG TƯ\nTHÔNG TƯ HƯỚNG DẪN LUẬT ĐẦU TƯ"
    );
    assert!(
        vntext::expand_abbreviations("NGHỊ QUYẾT CỦA BAN CHẤP HÀNH TƯ")
            .ends_with("BAN CHẤP HÀNH Trung ương")
    );
}

/// The issuer of a document symbol is found inside it (`NĐ-CP` in `15/2020/NĐ-CP`, with its
/// own span), and the symbol is left as written when the text is expanded.
#[test]
fn document_symbols_name_their_issuer() {
    let text = "Theo Nghị định 15/2020/NĐ-CP, Thông tư 06/2024/TT-BLĐTBXH và \
                Quyết định số 1234/QĐ-UBND ngày 12/5/2023 của UBND tỉnh, Chỉ thị số 05/CT-TTg, \
                Tờ trình số 1810/TTr-UBND, Nghị quyết số 39-NQ/TW, Thông tư 78/2021/TT-BTC.";
    let found: Vec<(&str, String)> = vntext::abbreviations(text)
        .map(|m| (&text[m.span.start..m.span.end], m.value.expansion))
        .collect();
    let want = [
        ("NĐ-CP", "nghị định của Chính phủ"),
        // (`TT` is also thị trấn, trung tâm, Tổng thống: first in a symbol, a circular.)
        ("TT", "thông tư"),
        ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
        ("QĐ-UBND", "quyết định của Ủy ban nhân dân"),
        ("UBND", "Ủy ban nhân dân"),
        // (The code keeps its lower-case letter: it was `05/CT-TT` and `g`.)
        ("CT", "chỉ thị"),
        ("TTg", "Thủ tướng Chính phủ"),
        ("TTr", "tờ trình"),
        ("UBND", "Ủy ban nhân dân"),
        // The Party's symbols put the kind before the slash: number-kind/issuer.
        ("NQ", "nghị quyết"),
        ("TW", "Trung ương"),
        ("TT", "thông tư"),
        // (`BTC` is also Ban Tổ chức: a circular is issued by a ministry.)
        ("BTC", "Bộ Tài chính"),
    ];
    assert_eq!(
        found,
        want.map(|(a, b)| (a, b.to_string())).to_vec(),
        "{found:?}"
    );
    assert_eq!(
        vntext::expand_abbreviations(text),
        "Theo Nghị định 15/2020/NĐ-CP, Thông tư 06/2024/TT-BLĐTBXH và \
         Quyết định số 1234/QĐ-UBND ngày 12/5/2023 của Ủy ban nhân dân tỉnh, Chỉ thị số \
         05/CT-TTg, Tờ trình số 1810/TTr-UBND, Nghị quyết số 39-NQ/TW, Thông tư \
         78/2021/TT-BTC."
    );
    // A date or a plain number has no issuer.
    assert_eq!(
        vntext::abbreviations("ngày 12/5/2023, tỷ lệ 3/4").count(),
        0
    );
    // (`BCT` is also the Politburo, a `Bộ` that issues no circular.)
    let text = "Thông tư 15/2022/TT-BCT quy định phương pháp xác định giá phát điện.";
    let found: Vec<String> = vntext::abbreviations(text)
        .map(|m| m.value.expansion)
        .collect();
    assert_eq!(found, ["thông tư", "Bộ Công Thương"]);
    // An issuer is no kind of document: `KL-TTr` is a conclusion of the inspectorate
    // (`Thanh tra`), `TTr-UBND` a submission (`tờ trình`); with the issuer detached after a
    // dash and a space, as scanned documents write it, the kind is still the kind.
    let text = "Kết luận số 215/KL-TTr, Báo cáo số 101/BC-TTr, Tờ trình số 1865/TTr- UBND và \
                Thông tư số 156/2014/TT- BTC.";
    let found: Vec<(&str, String)> = vntext::abbreviations(text)
        .map(|m| (&text[m.span.range()], m.value.expansion))
        .collect();
    let want = [
        ("KL", "kết luận"),
        ("TTr", "Thanh tra"),
        ("BC", "báo cáo"),
        ("TTr", "Thanh tra"),
        ("TTr", "tờ trình"),
        ("UBND", "Ủy ban nhân dân"),
        // (The detached `BTC`, of two meanings, is left alone.)
        ("TT", "thông tư"),
    ];
    assert_eq!(
        found,
        want.map(|(a, b)| (a, b.to_string())).to_vec(),
        "{found:?}"
    );
    // An issuer's meaning is a body or an office, written with its capital: `QĐ-CT` is the
    // chairman's decision; `CV` (công văn, mã lực) names no issuer.
    let text = "Quyết định số 123/QĐ-CT của Chủ tịch UBND tỉnh và Công văn số 45/TCT-CV.";
    let found: Vec<(&str, String)> = vntext::abbreviations(text)
        .map(|m| (&text[m.span.range()], m.value.expansion))
        .collect();
    assert!(found.contains(&("CT", "Chủ tịch".to_string())), "{found:?}");
    assert!(!found.iter().any(|(a, _)| *a == "CV"), "{found:?}");
}

/// A one-letter abbreviation is one only with its dot (`P. Bến Nghé`, `x. Tân Lập`); `x`
/// and `p` alone are letters (`điểm x`, garbled text), and the dotted forms of longer
/// abbreviations are found too (`TP. Lạng Sơn`).
#[test]
fn one_letter_abbreviations_need_their_dot() {
    let text = "Ở P. Bến Nghé, Q.1 và x. Tân Lập, huyện Cao Lộc; TP. Lạng Sơn có điểm x và p.";
    let found: Vec<(&str, String)> = vntext::abbreviations(text)
        .map(|m| (&text[m.span.range()], m.value.expansion))
        .collect();
    assert_eq!(
        found,
        [
            ("P.", "phường".to_string()),
            ("x.", "xã".to_string()),
            ("TP.", "thành phố".to_string()),
        ]
    );
    assert_eq!(vntext::abbreviations("Giá trị x, điểm p và q").count(), 0);
}

#[test]
fn a_given_name_alone_is_the_person_named_before_in_the_text() {
    // News name a person in full once, then by the given name alone (binhvq news style).
    let text = "Bị cáo Nguyễn Thị Linh bị truy tố. Ông Thọ đưa Linh 380 triệu đồng. \
                Cha của Linh đã gặp ông Thọ. Tỉnh Lạng Sơn có nhiều hoa đào.";
    let names = person_names(text);
    assert_eq!(names, ["Nguyễn Thị Linh", "Thọ", "Linh", "Linh", "Thọ"]);
    // Alone, with nobody named before, `Linh` is not guessed.
    assert_eq!(
        vntext::persons("Ông Thọ đưa Linh 380 triệu đồng.").count(),
        1
    );
    // A place that shares the given name stays a place.
    let text = "Ông Nguyễn Văn Giang ký. Bà về Bắc Giang hôm qua.";
    let names = person_names(text);
    assert_eq!(names, ["Nguyễn Văn Giang"]);
}

#[test]
fn a_verb_of_speech_after_an_unlisted_name_is_no_word_of_a_body() {
    // `Song Hào` is a general's name no list knows; what he does is no part of his title,
    // whether the name is read as his or as a body's.
    for text in [
        "Chính ủy Song Hào chỉ đạo các đơn vị tiến công.",
        "Chính ủy Song Hào đánh giá cao tinh thần chiến đấu.",
        "CHÍNH ỦY SONG HÀO CHỈ ĐẠO CÁC ĐƠN VỊ.",
    ] {
        let titles: Vec<&str> = vntext::titles(text)
            .map(|m| &text[m.span.range()])
            .collect();
        assert!(!titles.is_empty(), "{text}");
        for t in titles {
            assert!(
                t.starts_with("Chính ủy") || t.starts_with("CHÍNH ỦY"),
                "{text}: {t}"
            );
            assert!(
                !t.contains("đạo") && !t.contains("giá") && !t.contains("ĐẠO"),
                "{text}: {t}"
            );
        }
    }
    // A body's name with such a word inside it stays whole: `Hội Cổ động viên`, fans.
    let text = "Chủ tịch Hội Cổ động viên bóng đá Việt Nam Trần Văn Tuấn phát biểu.";
    let titles: Vec<&str> = vntext::titles(text)
        .map(|m| &text[m.span.range()])
        .collect();
    assert_eq!(titles, ["Chủ tịch Hội Cổ động viên bóng đá Việt Nam"]);
}

#[test]
fn a_signature_block_gives_the_signer_the_title_above_the_name() {
    // The end of a decree of the Official Gazette (congbao-legal-sample): the government,
    // the office signed for (`KT.`: on behalf of), the signer's title, the signer.
    let text = "thi hành Nghị định này./.\n \nTM. CHÍNH PHỦ \nKT. THỦ TƯỚNG \nPHÓ THỦ TƯỚNG \n \n\
                Phạm Thị Thanh Trà \n";
    let titles: Vec<&str> = vntext::titles(text)
        .map(|m| &text[m.span.range()])
        .collect();
    assert_eq!(titles, ["THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"]);
    let people: Vec<_> = vntext::persons(text).collect();
    assert_eq!(people.len(), 1);
    assert_eq!(people[0].value.name, "Phạm Thị Thanh Trà");
    let signed: Vec<_> = people[0].value.title_texts(text).collect();
    assert_eq!(signed, ["PHÓ THỦ TƯỚNG"]);
    // In NFD, CRLF, with a stamp between and the name in capitals.
    let text: String = "KT. BỘ TRƯỞNG\r\nTHỨ TRƯỞNG\r\n(Đã ký)\r\nLÊ VĂN THANH\r\n"
        .nfd()
        .collect();
    let p = vntext::persons(&text).next().expect("the signer");
    let signed: Vec<_> = p.value.title_texts(&text).collect();
    assert_eq!(signed, ["THỨ TRƯỞNG".nfd().collect::<String>()]);
    // The office signed for is not the signer's; a title inside a sentence, a generic title
    // or a line of text between them gives nothing.
    for text in [
        "KT. BỘ TRƯỞNG\nLê Văn Thanh\n",
        "Ông được bầu làm Phó Chủ tịch UBND tỉnh.\nNguyễn Văn An phát biểu.\n",
        "Các Phó Chủ tịch UBND tỉnh\nNguyễn Văn An\n",
        "PHÓ CHỦ TỊCH\nNơi nhận: như trên.\nNguyễn Văn An\n",
    ] {
        let people: Vec<_> = vntext::persons(text).collect();
        assert_eq!(people.len(), 1, "{text:?}");
        assert!(people[0].value.titles.is_empty(), "{text:?}: {people:?}");
    }
}

#[test]
fn a_title_cut_by_a_line_break_is_one_value() {
    // A hard-wrapped document: the body's name goes on in lower case on the next line.
    let text = "Ông Nguyễn Văn An, Chủ tịch Ủy ban\r\nnhân dân tỉnh Lạng Sơn, phát biểu.";
    let t = vntext::titles(text).next().expect("a title");
    assert_eq!(
        &text[t.span.range()],
        "Chủ tịch Ủy ban\r\nnhân dân tỉnh Lạng Sơn"
    );
    assert_eq!(
        t.value.org.as_deref(),
        Some("Ủy ban nhân dân tỉnh Lạng Sơn")
    );
    let p = vntext::persons(text).next().expect("a person");
    assert_eq!(p.value.name, "Nguyễn Văn An");
    assert_eq!(p.value.titles, [t.span]);
    // An abbreviation expanded across one. (A line that starts with a capital starts a
    // sentence: `Phạm Ngọc` / `Thưởng` cannot be told from a heading and its text.)
    let text = "Dự có đồng chí Phạm Ngọc Thưởng, Chủ tịch UBND\ntỉnh.";
    let t = vntext::titles(text).next().expect("a title");
    assert_eq!(
        t.value.org_expanded.as_deref(),
        Some("Ủy ban nhân dân tỉnh")
    );
}

#[test]
fn a_tab_parts_the_cells_of_a_table() {
    // A TSV export: name, office, body. Nothing goes on from one cell to the next (a name
    // took the next cell's name and was lost, an office took the next cell's body).
    let ex = extractor();
    let text = "Trần Văn Bình\tLê Thị Hoa\nÔng Nguyễn Văn An\tGiám đốc\tSở Y tế\n";
    assert_eq!(
        found(&ex, text),
        [
            "P:Trần Văn Bình=-/",
            "P:Lê Thị Hoa=-/",
            "P:Nguyễn Văn An=Ông/",
            "T:Giám đốc=Giám đốc/-",
        ]
    );
    // A tab that indents a line is no cell: a hard-wrapped title goes on.
    let text = "Ông Nguyễn Văn An, Chủ tịch Ủy ban\n\tnhân dân tỉnh Lạng Sơn, phát biểu.";
    assert_eq!(
        found(&ex, text),
        [
            "P:Nguyễn Văn An=Ông/Chủ tịch Ủy ban\n\tnhân dân tỉnh Lạng Sơn",
            "T:Chủ tịch Ủy ban\n\tnhân dân tỉnh Lạng Sơn=Chủ tịch/Ủy ban nhân dân tỉnh Lạng Sơn",
        ]
    );
    // A title whole in its cell keeps its body and its holder in the same cell.
    let text = "1\tChủ tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu\t2020";
    assert_eq!(
        found(&ex, text),
        [
            "T:Chủ tịch UBND tỉnh Lạng Sơn=Chủ tịch/UBND tỉnh Lạng Sơn",
            "A:UBND=Ủy ban nhân dân",
            "P:Hồ Tiến Thiệu=-/Chủ tịch UBND tỉnh Lạng Sơn",
        ]
    );
}

#[test]
fn a_sentence_with_no_end_is_read_in_parts_and_loses_nothing_at_commas() {
    // A table dumped without stops: thousands of titles in one "sentence". It is read in
    // parts after a comma once long (so the rules stay linear); no title is lost.
    let text = "Bộ trưởng Bộ Y tế Nguyễn Thanh Long, ".repeat(3000);
    assert_eq!(vntext::titles(&text).count(), 3000);
    let persons: Vec<_> = vntext::persons(&text).collect();
    assert_eq!(persons.len(), 3000);
    assert!(persons.iter().all(|p| p.value.titles.len() == 1));
    // With no comma at all, parts are cut where they must be: a title or two at a cut.
    let text = "Bộ trưởng Bộ Y tế ".repeat(6000);
    let n = vntext::titles(&text).count();
    assert!((5990..=6000).contains(&n), "{n}");
}

/// The organisations of the titles of `text`, abbreviations written out.
fn org_expanded(text: &str) -> Vec<String> {
    vntext::titles(text)
        .filter_map(|m| m.value.org_expanded)
        .collect()
}

#[test]
fn a_name_glued_to_an_abbreviations_dot_is_a_word_apart_when_written_out() {
    // `TP.Hải Phòng`, `Q.Bình Thạnh`: the news writes the level's dot with no space after it.
    let text = "Chủ tịch UBND TP.Hải Phòng Nguyễn Văn Tùng làm việc với UBND Q.Bình Thạnh.";
    assert_eq!(org_expanded(text), ["Ủy ban nhân dân thành phố Hải Phòng"]);
    assert_eq!(
        vntext::expand_abbreviations(text),
        "Chủ tịch Ủy ban nhân dân thành phố Hải Phòng Nguyễn Văn Tùng làm việc với Ủy ban \
         nhân dân quận Bình Thạnh."
    );
    // (Not after a form written out whole that ends in a letter: `TP.HCM`.)
    assert_eq!(
        vntext::expand_abbreviations("ĐBQH đoàn TP.HCM phát biểu."),
        "Đại biểu Quốc hội đoàn Thành phố Hồ Chí Minh phát biểu."
    );
}

#[test]
fn org_expanded_leaves_a_listed_name_in_capitals_alone() {
    // In a headline in capitals, `ĐA` of `ĐA KHOA` (the listed name `Đa khoa`) is no `ĐA`
    // (đề án).
    assert_eq!(
        org_expanded("GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH: CÔNG SUẤT CÓ LÚC LÊN TỚI 125%"),
        ["BỆNH VIỆN ĐA KHOA TỈNH"]
    );
}

#[test]
fn org_expanded_writes_out_an_abbreviation_of_several_units_whole() {
    // `GD&ĐT`, `NN & PTNT` (spaced, as some pages write it) are one abbreviation each; `KH&ĐT`
    // was half written out (`kế hoạch&ĐT`) when read unit by unit.
    let text = "Giám đốc Sở GD&ĐT Nguyễn Văn An, nguyên Thứ trưởng Bộ NN & PTNT, Bộ trưởng Bộ KH&ĐT dự họp.";
    assert_eq!(
        org_expanded(text),
        [
            "Sở Giáo dục và Đào tạo",
            "Bộ Nông nghiệp và Phát triển nông thôn",
            "Bộ Kế hoạch và Đầu tư",
        ]
    );
}

#[test]
fn org_expanded_writes_out_only_what_is_an_abbreviation_there() {
    // `tư` of `Đầu tư`, `Tư pháp`, `Tư lệnh` is a syllable, not `TƯ` (Trung ương); the `X` of
    // `khóa X` is a numeral, not `X.` (xã). The same rule as `abbreviations()`.
    let text = "Ông là Ủy viên TƯ Đảng khóa X, Bộ trưởng Bộ Kế hoạch và Đầu tư, nguyên Bộ trưởng Bộ Tư pháp, nguyên Chủ tịch UBND tỉnh Lạng Sơn.";
    assert_eq!(
        org_expanded(text),
        [
            "Trung ương Đảng khóa X",
            "Bộ Kế hoạch và Đầu tư",
            "Bộ Tư pháp",
            "Ủy ban nhân dân tỉnh Lạng Sơn",
        ]
    );
    let abbreviations: Vec<&str> = vntext::abbreviations(text)
        .map(|m| &text[m.span.range()])
        .collect();
    assert_eq!(abbreviations, ["TƯ", "UBND"]);
    // An abbreviation of several meanings, where the words around it decide: `CP` after a
    // company is `cổ phần` (joint stock), `BCH` before `Quân sự` a Ban Chỉ huy.
    let text = "Ông Nguyễn Văn An, Giám đốc Công ty CP Xây dựng Minh Phát, và ông Lê Văn Bình, \
                Chỉ huy trưởng BCH Quân sự tỉnh, dự họp.";
    let expanded: Vec<String> = vntext::titles(text)
        .filter_map(|m| m.value.org_expanded)
        .collect();
    assert_eq!(
        expanded,
        [
            "Công ty cổ phần Xây dựng Minh Phát",
            "Ban Chỉ huy Quân sự tỉnh"
        ]
    );
}

#[test]
fn titles_alone_read_as_with_every_kind() {
    // A title's `generic` may depend on who is linked to it (`Ông A và bà B, hai Phó Tổng
    // Giám đốc`, `ông C là đại biểu HĐND tỉnh`): `titles()` alone must read it as `extract`
    // with every kind does.
    let all = Extractor::new();
    let mut differ = Vec::new();
    for (line, text, _) in cases() {
        let alone: Vec<_> = vntext::titles(&text).collect();
        let with_all: Vec<_> = all
            .extract(&text)
            .filter_map(|m| match m.value {
                Extracted::Title(t) => Some(vntext::Match {
                    span: m.span,
                    value: t,
                }),
                _ => None,
            })
            .collect();
        if alone != with_all {
            differ.push(line);
        }
    }
    assert!(differ.is_empty(), "case lines read differently: {differ:?}");
    // The two cases above, by name.
    let text = "Ông Koji Tanabe và bà Yuki Sato, hai Phó Tổng Giám đốc của Công ty, đã ký.";
    let generic: Vec<bool> = vntext::titles(text).map(|m| m.value.generic).collect();
    assert_eq!(generic, [false]);
    let text =
        "Ông Lê Văn Cường là đại biểu HĐND tỉnh. Các đại biểu HĐND tỉnh giám sát việc thực hiện.";
    let generic: Vec<bool> = vntext::titles(text).map(|m| m.value.generic).collect();
    assert_eq!(generic, [false, true]);
}

#[test]
fn a_brand_before_the_region_it_serves_and_a_contest_s_edition_are_no_persons() {
    // Foreign words before `khu vực` are a firm's, whose regional office its holder runs;
    // a beauty title's words before the edition's year are the contest's.
    for (text, want) in [
        (
            "Theo bà Trần Thị Hương, Phó Tổng giám đốc Công ty chuyển tiền Western Union khu \
             vực Đông Nam Á, phí chuyển tiền đã giảm.",
            &["Trần Thị Hương"][..],
        ),
        (
            "Ông Jonathan Dixon, Tổng Giám đốc Tập đoàn Giáo dục Nord Anglia khu vực Đông Nam Á, \
             cho biết.",
            &["Jonathan Dixon"],
        ),
        (
            "Chung kết Hoa hậu Toàn cầu 2023 tổ chức tại Campuchia, Ashley Melendez đã giành \
             chiến thắng.",
            &["Ashley Melendez"],
        ),
        (
            "Hoa khôi Sinh viên Hà Nội 2019 Phạm Thị Minh Anh hiện là giảng viên.",
            &["Phạm Thị Minh Anh"],
        ),
    ] {
        let names = person_names(text);
        assert_eq!(names, want, "{text}");
    }
}

#[test]
fn a_word_that_starts_a_body_s_head_ends_the_name_before_it() {
    // `Học viện`, `Bệnh viện`: the first word of a body's head in lower case is no word of
    // a name, though it is a surname (`Học`); a foreign field before it is no one.
    for (text, want) in [
        (
            "Nghệ sĩ Kim Quốc Long hiện là Trưởng khoa Guitar Học viện Âm nhạc Quốc gia Việt Nam.",
            &["Kim Quốc Long"][..],
        ),
        (
            "Bà Ngô Thị Lan là Trưởng khoa Piano Học viện Âm nhạc Huế từ năm 2019.",
            &["Ngô Thị Lan"],
        ),
        (
            "Ông Nguyễn Văn Học, Giám đốc Học viện Nông nghiệp Việt Nam, phát biểu.",
            &["Nguyễn Văn Học"],
        ),
    ] {
        let names = person_names(text);
        assert_eq!(names, want, "{text}");
    }
}

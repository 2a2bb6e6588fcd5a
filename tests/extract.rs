//! Public-API tests of the date and percentage extractors: the cases of
//! `tests/data/extract_cases.tsv` as written, in NFD, in the new tone style and in upper case;
//! relative dates with a reference date; and properties on any input (spans on character
//! boundaries inside the text, values that print and parse back, no panic, linear time).

mod common;

use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;
use vntext::{
    CalendarDate, Date, DateValue, Decimal, Extracted, Extractor, Kind, Normalizer, Period,
    ToneStyle,
};

/// A value as the case file writes it.
fn show(v: &Extracted) -> String {
    match v {
        Extracted::Date(DateValue {
            gregorian: None,
            lunar: Some(l),
            ..
        }) => format!("null (lunar {l})"),
        other => other.to_string(),
    }
}

/// The dates and percentages of `text` (the other kinds have their own tests).
fn dates_and_percentages(text: &str) -> vntext::Matches<'_> {
    Extractor::new()
        .kinds(&[Kind::Date, Kind::Percent])
        .extract(text)
}

/// `surface=value` for every match.
fn found(text: &str) -> Vec<String> {
    dates_and_percentages(text)
        .map(|m| format!("{}={}", &text[m.span.range()], show(&m.value)))
        .collect()
}

fn cases() -> Vec<(usize, String, Vec<String>)> {
    common::rows(include_str!("data/extract_cases.tsv"))
        .into_iter()
        .map(|(line, cols)| {
            let text = common::unescape(cols[0]);
            let want = cols
                .get(1)
                .filter(|c| !c.is_empty())
                .map(|c| c.split(" | ").map(common::unescape).collect())
                .unwrap_or_default();
            (line, text, want)
        })
        .collect()
}

#[test]
fn cases_as_written() {
    let mut failures = Vec::new();
    let all = cases();
    assert!(all.len() >= 90, "only {} cases", all.len());
    for (line, text, want) in &all {
        let got = found(text);
        if &got != want {
            failures.push(format!(
                "line {line}: {text}\n  want {want:?}\n  got  {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The same values from NFD text, new-style text and upper-case text, with spans that cover
/// the same words.
#[test]
fn cases_in_any_form_style_and_case() {
    let new = Normalizer::new().tone(ToneStyle::New);
    for (line, text, _) in cases() {
        let base: Vec<(String, String)> = dates_and_percentages(&text)
            .map(|m| (text[m.span.range()].nfc().collect(), show(&m.value)))
            .collect();
        let variants = [
            ("NFD", text.nfd().collect::<String>()),
            ("new style", new.normalize(&text).into_owned()),
        ];
        for (what, v) in variants {
            let got: Vec<(String, String)> = dates_and_percentages(&v)
                .map(|m| {
                    let s: String = v[m.span.range()].nfc().collect();
                    (vntext::normalize(&s).into_owned(), show(&m.value))
                })
                .collect();
            let want: Vec<(String, String)> = base
                .iter()
                .map(|(s, val)| (vntext::normalize(s).into_owned(), val.clone()))
                .collect();
            assert_eq!(got, want, "line {line} in {what}: {v}");
        }
        // Upper case: the same values (spans are the same words in capitals).
        let upper = text.to_uppercase();
        let got: Vec<String> = dates_and_percentages(&upper)
            .map(|m| show(&m.value))
            .collect();
        let want: Vec<String> = base.iter().map(|(_, v)| v.clone()).collect();
        // Capitals change only what depends on case: month names stay names.
        assert_eq!(got, want, "line {line} in upper case: {upper}");
    }
}

fn with_reference(text: &str, date: &str) -> Vec<String> {
    let r: CalendarDate = date.parse().unwrap();
    Extractor::new()
        .reference_date(r)
        .kinds(&[Kind::Date])
        .extract(text)
        .map(|m| format!("{}={}", &text[m.span.range()], m.value))
        .collect()
}

#[test]
fn relative_dates_need_a_reference_date() {
    // 2020-01-08 was a Wednesday.
    let r = "2020-01-08";
    assert_eq!(
        with_reference("Hôm qua, tỉnh công bố kết quả.", r),
        ["Hôm qua=2020-01-07"]
    );
    assert_eq!(
        with_reference("Hôm nay trời mưa.", r),
        ["Hôm nay=2020-01-08"]
    );
    assert_eq!(
        with_reference("Ngày mai khai mạc.", r),
        ["Ngày mai=2020-01-09"]
    );
    assert_eq!(
        with_reference("Tuần sau sẽ họp.", r),
        ["Tuần sau=2020-01-13/2020-01-19"]
    );
    assert_eq!(
        with_reference("Thứ Hai tuần trước, đoàn đã đến.", r),
        ["Thứ Hai tuần trước=2019-12-30"]
    );
    assert_eq!(
        with_reference("Tháng trước giá tăng.", r),
        ["Tháng trước=2019-12"]
    );
    assert_eq!(with_reference("Năm ngoái lũ lớn.", r), ["Năm ngoái=2019"]);
    assert_eq!(with_reference("Năm nay mưa nhiều.", r), ["Năm nay=2020"]);
    assert_eq!(
        with_reference("Đến cuối năm nay sẽ xong.", r),
        ["cuối năm nay=2020"]
    );
    assert_eq!(with_reference("Tối qua có mưa.", r), ["Tối qua=2020-01-07"]);
    // A year missing from the text is never taken from the reference date.
    assert_eq!(
        with_reference("Hạn chót là ngày 15/3.", r),
        ["ngày 15/3=--03-15"]
    );
    assert!(
        vntext::dates("Hôm qua, tuần sau, năm ngoái")
            .next()
            .is_none()
    );
}

#[test]
fn two_digit_years_take_the_century_nearest_the_reference() {
    assert_eq!(
        with_reference("ngày 3/3/17", "1960-01-01"),
        ["ngày 3/3/17=1917-03-03"]
    );
    assert_eq!(
        with_reference("ngày 3/3/17", "2020-01-01"),
        ["ngày 3/3/17=2017-03-03"]
    );
}

#[test]
fn tet_is_the_vietnamese_new_year_in_utc_plus_7() {
    // 1985: Vietnam's Tết fell a month before China's (UTC+7 vs UTC+8).
    let v: Vec<String> = vntext::dates("Tết Ất Sửu 1985")
        .map(|m| m.value.to_string())
        .collect();
    assert_eq!(v, ["1985-01-21 (lunar 1985-01-01)"]);
    let v: Vec<String> = vntext::dates("Tết Đinh Hợi 2007")
        .map(|m| m.value.to_string())
        .collect();
    assert_eq!(v, ["2007-02-17 (lunar 2007-01-01)"]);
}

// ---------------------------------------------------------------------------------------
// Properties.

/// Text made of the pieces dates and percentages are made of.
fn date_soup() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "ngày ",
        "tháng ",
        "năm ",
        "quý ",
        "Tết ",
        "từ ",
        "đến ",
        "phần trăm ",
        "điểm ",
        "hơn ",
        "mùng ",
        "âm lịch ",
        "nhiệm kỳ ",
        "Canh Tý ",
        "% ",
        "%",
        "- ",
        "–",
        "/",
        ".",
        ",",
        " ",
        "\n",
        "I",
        "IV",
        "ngày mai ",
        "thứ Hai ",
        "(",
        ")",
        "sáng ",
        "đầu ",
        "cuối ",
        // Titles, persons, abbreviations, document symbols.
        "NĐ-CP",
        "QĐ-UBND ",
        "TT-BLĐTBXH",
        "-",
        "UBND ",
        "TP.",
        "Đà Nẵng ",
        "Chủ tịch ",
        "Trưởng ban ",
        "đại biểu Quốc hội ",
        "các huyện ",
        ": ",
        "gồm",
        "và ",
        "Hoa hậu ",
        "trẻ em ",
        "Nguyễn Văn An ",
        "NGUYỄN ",
        "TƯ ",
        // Relative words (read with a reference date).
        "vừa qua ",
        "qua ",
        "tới ",
        "sau ",
        "trước ",
        "này ",
        "tuần ",
        "cách đây ",
        "tiếp theo ",
        "kế tiếp ",
        "của ",
        "hôm ",
        "ba ",
        "mười hai ",
        "mỗi ",
        "đó ",
    ];
    let piece = prop_oneof![
        (0..PIECES.len()).prop_map(|i| PIECES[i].to_string()),
        "[0-9]{1,4}",
        "[0-9]{1,2}[/.-][0-9]{1,2}([/.-][0-9]{2,4})?",
        "[0-9]{1,3},[0-9]{1,2}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn check_matches(text: &str) -> Result<(), TestCaseError> {
    check_matches_of(&Extractor::new(), text)
}

fn check_matches_of(ex: &Extractor, text: &str) -> Result<(), TestCaseError> {
    // Matches of one kind never overlap (an abbreviation may sit inside a title).
    let mut last: std::collections::HashMap<Kind, usize> = std::collections::HashMap::new();
    for m in ex.extract(text) {
        let s = m.span;
        prop_assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {text:?}");
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        let end = last.entry(m.value.kind()).or_insert(0);
        prop_assert!(s.start >= *end, "overlap at {s:?} in {text:?}");
        *end = s.end;
        match m.value {
            Extracted::Date(d) => {
                for p in [d.gregorian, d.lunar].into_iter().flatten() {
                    let back: Period = p.to_string().parse().map_err(|e| {
                        TestCaseError::fail(format!("{p} does not parse back: {e}"))
                    })?;
                    prop_assert_eq!(back, p);
                }
                prop_assert!(d.gregorian.is_some() || d.lunar.is_some());
            }
            Extracted::Percent(p) => {
                prop_assert!(p.min <= p.max);
                let back: Decimal = p.min.to_string().parse().expect("decimal parses back");
                prop_assert_eq!(back, p.min);
            }
            _ => {}
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn matches_are_sane_on_date_soup(text in date_soup()) {
        check_matches(&text)?;
    }

    #[test]
    fn matches_are_sane_with_a_reference_date(text in date_soup(), day in 0i32..40_000) {
        // Any day from 1920 to 2029: relative words, counts and weekdays resolved.
        let r = CalendarDate::new(1920 + day / 366, 1 + (day % 12) as u8, 1 + (day % 28) as u8)
            .unwrap();
        check_matches_of(&Extractor::new().reference_date(r), &text)?;
    }

    #[test]
    fn matches_are_sane_on_any_text(text in "\\PC{0,80}") {
        check_matches(&text)?;
    }

    #[test]
    fn matches_are_sane_on_vietnamese(text in common::syllable_text()) {
        check_matches(&text)?;
    }

    /// Dates print as ISO 8601 and parse back.
    #[test]
    fn dates_round_trip(y in 1800i32..2200, m in 1u8..13, d in 1u8..32, q in 1u8..5) {
        for date in [
            Date::Day { year: Some(y), month: m, day: d },
            Date::Day { year: None, month: m, day: d },
            Date::Month { year: Some(y), month: m },
            Date::Quarter { year: Some(y), quarter: q },
            Date::Year { year: y },
        ] {
            if let Ok(back) = date.to_string().parse::<Date>() {
                prop_assert_eq!(back, date);
            } else {
                // Only a day the month does not have fails.
                prop_assert!(matches!(date, Date::Day { .. }) && d > 28, "{:?}", date);
            }
        }
    }
}

/// No super-linear time: a megabyte of digits, slashes, dots and calendar words is read in
/// one pass. There is no timing assertion (these machines are too noisy for one); a rule
/// that looked back or ahead without bound would make this test run for hours instead of
/// well under a second, which CI's time limit catches.
#[test]
fn long_inputs_are_read_in_one_pass() {
    let pieces = [
        "1/", "2.", "3-", "ngày ", "tháng ", "năm ", "2020", "%", " - ", "từ ",
    ];
    let mut text = String::new();
    let mut k = 0usize;
    while text.len() < 1 << 20 {
        text.push_str(pieces[k % pieces.len()]);
        k = k.wrapping_mul(31).wrapping_add(7);
    }
    let digits = "1234567890./".repeat((1 << 20) / 12);
    let one_line = "ngày 1/1/2020 tăng 5% ".repeat(1 << 15);
    for t in [&text, &digits, &one_line] {
        let n = vntext::extract(t).count();
        assert!(n < t.len());
    }
    assert_eq!(vntext::extract(&one_line).count(), 2 << 15);
}

/// `tests/data/relative_cases.tsv`: relative dates in news sentences, each with its reference
/// date, as written, in NFD and in capitals (a count or a quantifier before the unit word,
/// an ordinal `thứ hai`, `năm tháng qua đi` stay no date in every form).
#[test]
fn relative_cases_in_any_form_and_case() {
    let rows = common::rows(include_str!("data/relative_cases.tsv"));
    assert!(rows.len() >= 35, "only {} cases", rows.len());
    let mut failures = Vec::new();
    for (line, cols) in rows {
        let (reference, text) = (cols[0], common::unescape(cols[1]));
        let want: Vec<String> = cols
            .get(2)
            .filter(|c| !c.is_empty())
            .map(|c| c.split(" | ").map(common::unescape).collect())
            .unwrap_or_default();
        for (what, v) in [
            ("as written", text.clone()),
            ("NFD", text.nfd().collect::<String>()),
            ("upper case", text.to_uppercase()),
        ] {
            let got: Vec<String> = with_reference(&v, reference)
                .into_iter()
                .map(|m| m.nfc().collect::<String>().to_lowercase())
                .collect();
            let want: Vec<String> = want.iter().map(|w| w.to_lowercase()).collect();
            if got != want {
                failures.push(format!(
                    "line {line} {what}: {v}\n  want {want:?}\n  got  {got:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_number_that_ends_a_capitalized_name_is_no_day() {
    // `Lục quân 2` is a school's name and its number; `Thứ Hai 2 tháng 5` is a day. Only
    // case tells them apart, so these are read as written (not in capitals).
    for (text, want) in [
        (
            "Tướng Nguyễn Đức Chung đã thăm Trường Sĩ quan Lục quân 2 tháng 5 năm ngoái.",
            &["tháng 5 năm ngoái=--05"][..],
        ),
        (
            "Sư đoàn 9 tháng 3 đã tổ chức diễn tập bắn đạn thật.",
            &["tháng 3=--03"],
        ),
        (
            "Thứ Hai 2 tháng 5, đoàn đến Hà Nội.",
            &["Thứ Hai 2 tháng 5=--05-02"],
        ),
        (
            "Ông A đến Hà Nội 2 tháng 5 năm 2024.",
            &["2 tháng 5 năm 2024=2024-05-02"],
        ),
    ] {
        let got: Vec<String> = dates_and_percentages(text)
            .map(|m| format!("{}={}", &text[m.span.range()], m.value))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

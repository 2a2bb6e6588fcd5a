//! The Vietnamese lunisolar calendar (âm lịch): lunar ↔ Gregorian dates, Tết, leap months,
//! the sexagenary (can chi) year names and the lunar month names.
//!
//! # The calendar
//! A lunar month begins on the civil day, in Vietnam's time zone UTC+7, on which a **new moon**
//! falls: the instant the Moon and the Sun have the same ecliptic longitude, every 29.53 days
//! on average, so a month has 29 or 30 days. The year is tied to the Sun by the twelve **major
//! solar terms** (trung khí), the instants the Sun's apparent longitude reaches a multiple of
//! 30°; the December solstice (đông chí, 270°) is one of them. Three rules fix the months:
//!
//! 1. the month that contains the day of the December solstice is **month 11**;
//! 2. from one month 11 to the next there are 12 months or, about every third year, 13;
//! 3. in a span of 13, the first month after month 11 that contains no major term is the
//!    **leap month** (tháng nhuận) and repeats the number of the month before it.
//!
//! Month 1 (Tết Nguyên đán) is thus the second month after month 11, or the third when a leap
//! month 11 or 12 comes between. The lunar year is named after the Gregorian year in which
//! its Tết falls: the last months 11 and 12 of a lunar year lie in the next Gregorian January.
//!
//! The rules are those of the Chinese calendar; only the time zone differs. Since 1968 (the
//! North's decree of August 1967; the South from 1975) Vietnam reckons the day in UTC+7, China
//! in UTC+8, so a new moon between 23:00 and 24:00 Beijing time starts a month one day earlier
//! in Vietnam: Tết 1985 fell on 21 January in Vietnam (a leap month 2 followed), 20 February in
//! China (leap month 10 of 1984); Tết 1968 on 29 January in Hanoi, 30 January in Beijing (and
//! Saigon); 2007, 2030 and 2053 differ as well. This module applies UTC+7 to every year, as Hồ
//! Ngọc Đức's published algorithm does; before 1968 the calendar printed in Vietnam was the
//! Chinese one, so a historical date can be a day off (Tết 1903, 1916, 1935, 1965).
//!
//! # The computation
//! This follows the algorithm Hồ Ngọc Đức published for the Vietnamese calendar (written here
//! from its description): astronomy from Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998),
//! days as integer Julian day numbers (JDN; a local day `d` runs from `d - 0.5 - 7/24` to
//! `d + 0.5 - 7/24` in Julian days, UT):
//!
//! ```text
//! new_moon_day(k)  = floor(JD_UT of true new moon number k + 0.5 + 7/24)   // Meeus ch. 49
//! sector(day)      = floor(sun's apparent longitude at local 00:00 of day / 30°)  // ch. 25
//! month11(y)       = k of the month holding Dec 31 of y, or k - 1 if sector(its first day) ≥ 9
//!                    (the Sun already passed 270° before that month began)
//! year layout(L)   = k0 = month11(L - 1), n = month11(L) - k0 (12 or 13 months);
//!                    if n = 13: leap = first i in 1..=12 with sector(start i) = sector(start i+1)
//! ```
//!
//! A month without a major term is one whose first day and the next month's first day begin in
//! the same 30° sector. New moons come from Meeus' series (25 periodic terms, 14 planetary
//! arguments), converted from dynamical to universal time with the Espenak–Meeus ΔT
//! polynomials: within 15 s of PyEphem before 2000 and 35 s after, where ΔT is a prediction.
//! The Sun comes from Meeus' low-accuracy theory: within 35″ of PyEphem, 15 minutes of its
//! motion. An event that close to midnight is a close call for any ephemeris; the independent
//! tables in `tests/data/lunar/` (PyEphem: VSOP87 and ELP 2000) agree with this module on
//! every month of 1800–2199 but one, a new moon 3 s after midnight by PyEphem and just before
//! it by JPL's DE421 and by this module (1967-07-07).
//!
//! All functions are pure, allocate nothing and return `None` outside lunar years
//! [`FIRST_YEAR`]`..=`[`LAST_YEAR`] or for dates that do not exist.
#![allow(dead_code)] // used by the date extractor, which is not written yet

use crate::syllable::Syllable;

/// First lunar year supported (Tết 1800 is 1800-01-25).
pub(crate) const FIRST_YEAR: i32 = 1800;
/// Last lunar year supported (it ends on the eve of Tết 2200).
pub(crate) const LAST_YEAR: i32 = 2199;

/// Vietnam's time zone, UTC+7, as a fraction of a day.
const ZONE: f64 = 7.0 / 24.0;
/// Mean length of a lunation (synodic month) in days.
const SYNODIC_MONTH: f64 = 29.530_588_861;
/// About the Julian day of new moon number 0 (2000-01-06 18:14 UT): the origin of estimates.
const NEW_MOON_0: f64 = 2_451_550.1;

/// A date of the lunar calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct LunarDate {
    /// The lunar year, named after the Gregorian year of its Tết.
    pub(crate) year: i32,
    /// 1 (tháng Giêng) ..= 12 (tháng Chạp).
    pub(crate) month: u8,
    /// 1 ..= 29 or 30.
    pub(crate) day: u8,
    /// The leap month (tháng nhuận) that follows the month of the same number.
    pub(crate) leap: bool,
}

// ---------------------------------------------------------------------------------------------
// Julian day numbers (proleptic Gregorian; the algorithm of Fliegel and Van Flandern).

/// The JDN of a Gregorian date. Callers keep `year` within a few thousand years of now.
pub(crate) fn jdn(year: i32, month: u8, day: u8) -> i32 {
    let a = (14 - i32::from(month)) / 12;
    let y = year + 4800 - a;
    let m = i32::from(month) + 12 * a - 3;
    i32::from(day) + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
}

/// The Gregorian date of a (positive) JDN.
pub(crate) fn from_jdn(jdn: i32) -> (i32, u8, u8) {
    let a = jdn + 32044;
    let b = (4 * a + 3) / 146_097;
    let c = a - 146_097 * b / 4;
    let d = (4 * c + 3) / 1461;
    let e = c - 1461 * d / 4;
    let m = (5 * e + 2) / 153;
    let day = e - (153 * m + 2) / 5 + 1;
    let month = m + 3 - 12 * (m / 10);
    debug_assert!((1..=31).contains(&day) && (1..=12).contains(&month));
    (100 * b + d - 4800 + m / 10, month as u8, day as u8)
}

/// The JDN of a Gregorian date if it exists and its year is near the supported range.
pub(crate) fn checked_jdn(year: i32, month: u8, day: u8) -> Option<i32> {
    if !(FIRST_YEAR - 1..=LAST_YEAR + 1).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let j = jdn(year, month, day);
    // 31 April becomes 1 May: a date exists iff it survives the round trip.
    (day >= 1 && from_jdn(j) == (year, month, day)).then_some(j)
}

// ---------------------------------------------------------------------------------------------
// Astronomy.

/// ΔT = TT − UT in days at Julian day `jd`: the Espenak–Meeus polynomials (NASA eclipse
/// canon, 2006), measured values to 2005 and a prediction after.
fn delta_t(jd: f64) -> f64 {
    let y = 2000.0 + (jd - 2_451_545.0) / 365.25;
    let seconds = if y < 1860.0 {
        let t = y - 1800.0;
        13.72 - 0.332447 * t + 0.0068612 * t.powi(2) + 0.0041116 * t.powi(3)
            - 0.00037436 * t.powi(4)
            + 0.0000121272 * t.powi(5)
            - 0.0000001699 * t.powi(6)
            + 0.000000000875 * t.powi(7)
    } else if y < 1900.0 {
        let t = y - 1860.0;
        7.62 + 0.5737 * t - 0.251754 * t.powi(2) + 0.01680668 * t.powi(3) - 0.0004473624 * t.powi(4)
            + t.powi(5) / 233_174.0
    } else if y < 1920.0 {
        let t = y - 1900.0;
        -2.79 + 1.494119 * t - 0.0598939 * t.powi(2) + 0.0061966 * t.powi(3) - 0.000197 * t.powi(4)
    } else if y < 1941.0 {
        let t = y - 1920.0;
        21.20 + 0.84493 * t - 0.076100 * t.powi(2) + 0.0020936 * t.powi(3)
    } else if y < 1961.0 {
        let t = y - 1950.0;
        29.07 + 0.407 * t - t.powi(2) / 233.0 + t.powi(3) / 2547.0
    } else if y < 1986.0 {
        let t = y - 1975.0;
        45.45 + 1.067 * t - t.powi(2) / 260.0 - t.powi(3) / 718.0
    } else if y < 2005.0 {
        let t = y - 2000.0;
        63.86 + 0.3345 * t - 0.060374 * t.powi(2)
            + 0.0017275 * t.powi(3)
            + 0.000651814 * t.powi(4)
            + 0.00002373599 * t.powi(5)
    } else if y < 2050.0 {
        let t = y - 2000.0;
        62.92 + 0.32217 * t + 0.005589 * t.powi(2)
    } else {
        let u = (y - 1820.0) / 100.0;
        let long_term = -20.0 + 32.0 * u * u;
        if y < 2150.0 {
            long_term - 0.5628 * (2150.0 - y)
        } else {
            long_term
        }
    };
    seconds / 86_400.0
}

/// Periodic terms of the true new moon (Meeus table 49.A): coefficient in days and the
/// multiples of the Sun's mean anomaly M, the Moon's M′, its argument of latitude F and the
/// longitude of its ascending node Ω. Terms with M are scaled by E^|multiple of M|.
const NEW_MOON_TERMS: [(f64, i8, i8, i8, i8); 25] = [
    (-0.40720, 0, 1, 0, 0),
    (0.17241, 1, 0, 0, 0),
    (0.01608, 0, 2, 0, 0),
    (0.01039, 0, 0, 2, 0),
    (0.00739, -1, 1, 0, 0),
    (-0.00514, 1, 1, 0, 0),
    (0.00208, 2, 0, 0, 0),
    (-0.00111, 0, 1, -2, 0),
    (-0.00057, 0, 1, 2, 0),
    (0.00056, 1, 2, 0, 0),
    (-0.00042, 0, 3, 0, 0),
    (0.00042, 1, 0, 2, 0),
    (0.00038, 1, 0, -2, 0),
    (-0.00024, -1, 2, 0, 0),
    (-0.00017, 0, 0, 0, 1),
    (-0.00007, 2, 1, 0, 0),
    (0.00004, 0, 2, -2, 0),
    (0.00004, 3, 0, 0, 0),
    (0.00003, 1, 1, -2, 0),
    (0.00003, 0, 2, 2, 0),
    (-0.00003, 1, 1, 2, 0),
    (0.00003, -1, 1, 2, 0),
    (-0.00002, -1, 1, -2, 0),
    (-0.00002, 1, 3, 0, 0),
    (0.00002, 0, 4, 0, 0),
];

/// Planetary arguments (Meeus, "additional corrections"): coefficient in days, the argument
/// at k = 0 and its rate per lunation, in degrees. The first also has −0.009173 T².
const PLANETARY_TERMS: [(f64, f64, f64); 14] = [
    (0.000325, 299.77, 0.107408),
    (0.000165, 251.88, 0.016321),
    (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478),
    (0.000110, 84.66, 18.206239),
    (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732),
    (0.000056, 154.84, 7.306860),
    (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824),
    (0.000040, 291.34, 1.844379),
    (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099),
    (0.000023, 331.55, 3.592518),
];

/// The instant (Julian day, UT) of new moon number `k`, counted from the new moon of
/// 2000-01-06 (Meeus ch. 49).
fn new_moon(k: i32) -> f64 {
    let k = f64::from(k);
    let t = k / 1236.85;
    let (t2, t3, t4) = (t * t, t * t * t, t * t * t * t);
    let mean = 2_451_550.097_66 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
        + 0.00000000073 * t4;
    let e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    let m = 2.5534 + 29.105_356_70 * k - 0.0000014 * t2 - 0.00000011 * t3;
    let mp = 201.5643 + 385.816_935_28 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
    let f = 160.7108 + 390.670_502_84 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
    let node = 124.7746 - 1.563_755_88 * k + 0.0020672 * t2 + 0.00000215 * t3;
    let mut jde = mean;
    for (c, im, imp, i_f, inode) in NEW_MOON_TERMS {
        let arg = f64::from(im) * m + f64::from(imp) * mp + f64::from(i_f) * f;
        let arg = arg + f64::from(inode) * node;
        jde += c * e.powi(i32::from(im.unsigned_abs())) * arg.to_radians().sin();
    }
    for (i, (c, a0, rate)) in PLANETARY_TERMS.into_iter().enumerate() {
        let a = a0 + rate * k - if i == 0 { 0.009173 * t2 } else { 0.0 };
        jde += c * a.to_radians().sin();
    }
    jde - delta_t(jde)
}

/// The local day (JDN, UTC+7) on which new moon `k` falls: the first day of its month.
fn new_moon_day(k: i32) -> i32 {
    (new_moon(k) + 0.5 + ZONE).floor() as i32
}

/// The Sun's apparent ecliptic longitude in degrees, 0..360, at Julian day `jd` (UT):
/// Meeus ch. 25, the low-accuracy theory (0.01°), with nutation and aberration.
fn sun_longitude(jd: f64) -> f64 {
    let t = (jd + delta_t(jd) - 2_451_545.0) / 36_525.0;
    let l0 = 280.46646 + 36_000.769_83 * t + 0.0003032 * t * t;
    let m = (357.52911 + 35_999.050_29 * t - 0.0001537 * t * t).to_radians();
    let center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * m.sin()
        + (0.019993 - 0.000101 * t) * (2.0 * m).sin()
        + 0.000289 * (3.0 * m).sin();
    let node = (125.04 - 1934.136 * t).to_radians();
    (l0 + center - 0.00569 - 0.00478 * node.sin()).rem_euclid(360.0)
}

/// Which 30° sector (0 = from the March equinox) the Sun is in at local 00:00 of `day`.
/// The December solstice starts sector 9.
fn sun_sector(day: i32) -> i32 {
    (sun_longitude(f64::from(day) - 0.5 - ZONE) / 30.0).floor() as i32
}

/// The number of the new moon that begins the month holding local day `day`.
fn lunation_of(day: i32) -> i32 {
    // The estimate is off by at most one: true new moons stray < 0.6 day from the mean.
    let mut k = ((f64::from(day) - NEW_MOON_0) / SYNODIC_MONTH).floor() as i32;
    for _ in 0..3 {
        if new_moon_day(k) > day {
            k -= 1;
        } else if new_moon_day(k + 1) <= day {
            k += 1;
        } else {
            break;
        }
    }
    debug_assert!(new_moon_day(k) <= day && day < new_moon_day(k + 1));
    k
}

/// The new moon that begins month 11, the month holding the December solstice of `year`.
fn month11(year: i32) -> i32 {
    let k = lunation_of(jdn(year, 12, 31));
    // That month begins in December, the Sun in sector 8 (240°..270°) or 9 (270°..300°).
    let sector = sun_sector(new_moon_day(k));
    debug_assert!(sector == 8 || sector == 9, "{year}: {sector}");
    if sector >= 9 { k - 1 } else { k }
}

// ---------------------------------------------------------------------------------------------
// Layout of a lunar year.

/// The months from month 11 of lunar year `year - 1` to the next month 11 (exclusive).
#[derive(Clone, Copy, Debug)]
struct YearSpan {
    /// The new moon that begins month 11 of the previous lunar year.
    k0: i32,
    /// 12 or 13.
    months: i32,
    /// Index (from k0) of the leap month, 1..=12; 0 when `months` is 12.
    leap: i32,
}

impl YearSpan {
    /// The span that ends with month 10 (or a leap month 10) of lunar year `year`.
    fn of(year: i32) -> YearSpan {
        YearSpan::between(month11(year - 1), month11(year))
    }

    fn between(k0: i32, k1: i32) -> YearSpan {
        let months = k1 - k0;
        debug_assert!(months == 12 || months == 13, "{k0}..{k1}");
        let mut leap = 0;
        if months == 13 {
            let mut sector = sun_sector(new_moon_day(k0 + 1));
            for i in 1..=12 {
                let next = sun_sector(new_moon_day(k0 + i + 1));
                if next == sector {
                    leap = i;
                    break;
                }
                sector = next;
            }
            // The span holds 12 major terms, from one December solstice to just before the
            // next: one of its 13 months has none.
            debug_assert!(leap != 0, "{k0}: no month without a major term");
        }
        YearSpan { k0, months, leap }
    }

    /// The index of the month that is `ordinal` months after month 11 (0 = 11, 2 = 1, …),
    /// or of its leap month.
    fn index(self, ordinal: i32, leap: bool) -> Option<i32> {
        match (leap, self.leap) {
            (true, p) => (p != 0 && p == ordinal + 1).then_some(p),
            (false, p) if p != 0 && ordinal >= p => Some(ordinal + 1),
            (false, _) => Some(ordinal),
        }
    }

    /// Number, leap flag and whether it belongs to the previous lunar year, of month `index`.
    fn month_at(self, index: i32) -> (u8, bool, bool) {
        let behind = self.leap != 0 && index >= self.leap;
        let ordinal = index - i32::from(behind);
        debug_assert!((0..12).contains(&ordinal));
        let number = ((ordinal + 10) % 12 + 1) as u8;
        (number, self.leap != 0 && index == self.leap, ordinal < 2)
    }
}

/// First day (JDN) and length of a lunar month.
fn month_bounds(year: i32, month: u8, leap: bool) -> Option<(i32, u8)> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let month = i32::from(month);
    // Months 11 and 12 open the span that leads to the next lunar year.
    let (span, ordinal) = if month >= 11 {
        (YearSpan::of(year + 1), month - 11)
    } else {
        (YearSpan::of(year), month + 1)
    };
    let k = span.k0 + span.index(ordinal, leap)?;
    let start = new_moon_day(k);
    let length = new_moon_day(k + 1) - start;
    debug_assert!(length == 29 || length == 30);
    Some((start, length as u8))
}

/// The Gregorian date of a lunar date; `None` if it does not exist (day 30 of a 29-day month,
/// a leap month the year does not have) or is outside the supported years.
pub(crate) fn lunar_to_solar(year: i32, month: u8, day: u8, leap: bool) -> Option<(i32, u8, u8)> {
    let (start, length) = month_bounds(year, month, leap)?;
    (1..=length)
        .contains(&day)
        .then(|| from_jdn(start + i32::from(day) - 1))
}

/// The lunar date of a Gregorian date; `None` if the date does not exist or lies outside
/// lunar years [`FIRST_YEAR`]`..=`[`LAST_YEAR`] (before 1800-01-25, from Tết 2200 on).
pub(crate) fn solar_to_lunar(year: i32, month: u8, day: u8) -> Option<LunarDate> {
    let jd = checked_jdn(year, month, day)?;
    let k = lunation_of(jd);
    let k11 = month11(year);
    // From month 11 of `year` on, the day lies in the span that leads to lunar year + 1.
    let (span, span_year) = if k >= k11 {
        (YearSpan::between(k11, month11(year + 1)), year + 1)
    } else {
        (YearSpan::between(month11(year - 1), k11), year)
    };
    let index = k - span.k0;
    debug_assert!((0..span.months).contains(&index));
    let (month, leap, previous_year) = span.month_at(index);
    let date = LunarDate {
        year: span_year - i32::from(previous_year),
        month,
        day: (jd - new_moon_day(k) + 1) as u8,
        leap,
    };
    (FIRST_YEAR..=LAST_YEAR)
        .contains(&date.year)
        .then_some(date)
}

/// Tết Nguyên đán, lunar 1/1 of the lunar year that begins in Gregorian `year`.
pub(crate) fn tet(year: i32) -> Option<(i32, u8, u8)> {
    lunar_to_solar(year, 1, 1, false)
}

/// The number of days (29 or 30) of a lunar month, `None` if it does not exist.
pub(crate) fn month_length(year: i32, month: u8, leap: bool) -> Option<u8> {
    month_bounds(year, month, leap).map(|(_, length)| length)
}

/// The month after which lunar year `year` has its leap month (1..=12), `None` if it has none
/// or the year is not supported.
pub(crate) fn leap_month(year: i32) -> Option<u8> {
    if !(FIRST_YEAR..=LAST_YEAR).contains(&year) {
        return None;
    }
    // A leap 1..10 ends the span of `year`; a leap 11 or 12 opens the next one.
    let this = YearSpan::of(year);
    let next = YearSpan::of(year + 1);
    if this.leap >= 3 {
        debug_assert!(next.leap == 0 || next.leap >= 3);
        Some(this.month_at(this.leap).0)
    } else if next.leap != 0 && next.leap < 3 {
        Some(next.month_at(next.leap).0)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// Names.

/// The ten heavenly stems (can), in cycle order: `STEMS[can_chi(y).0]`.
pub(crate) const STEMS: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];
/// The twelve earthly branches (chi), in cycle order: `BRANCHES[can_chi(y).1]`.
pub(crate) const BRANCHES: [&str; 12] = [
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
];
/// Other spellings of branches, with their index: `Tí` (Tý), `Tị` (Tỵ), `Mẹo` (Mão, southern).
pub(crate) const BRANCH_VARIANTS: [(&str, u8); 3] = [("Tí", 0), ("Tị", 5), ("Mẹo", 3)];

/// Names of the lunar months after `tháng`, with their number. `Giêng` is 1 and `Chạp` 12;
/// in the lunar calendar `tháng Một` is the 11th month (month 1 is `Giêng`), not January.
/// `Tư` (not `Bốn`) is the usual 4th month; both are listed.
pub(crate) const MONTH_NAMES: [(&str, u8); 17] = [
    ("Giêng", 1),
    ("Hai", 2),
    ("Ba", 3),
    ("Tư", 4),
    ("Bốn", 4),
    ("Năm", 5),
    ("Sáu", 6),
    ("Bảy", 7),
    ("Bẩy", 7),
    ("Tám", 8),
    ("Chín", 9),
    ("Mười", 10),
    ("Một", 11),
    ("Mười Một", 11),
    ("Mười Hai", 12),
    ("Chạp", 12),
    ("Củ Mật", 12),
];

/// Stem and branch index of a lunar year: 2020 is (6, 0), Canh Tý.
pub(crate) fn can_chi(year: i32) -> (u8, u8) {
    // Year 4 CE was Giáp Tý, the first of the cycle.
    let stem = (i64::from(year) + 6).rem_euclid(10) as u8;
    let branch = (i64::from(year) + 8).rem_euclid(12) as u8;
    (stem, branch)
}

/// The can chi name of a lunar year: `("Canh", "Tý")` for 2020.
pub(crate) fn can_chi_of(year: i32) -> (&'static str, &'static str) {
    let (stem, branch) = can_chi(year);
    (STEMS[usize::from(stem)], BRANCHES[usize::from(branch)])
}

/// The latest year named by stem and branch that is no later than `last` (a name without a
/// number in the news is the coming new year at most, else one already past: in late 2026,
/// `Tết Đinh Mùi` is 2027 and `Tết Mậu Thân` is 1968, not 2028); `None` for indices out of
/// range, a pair that names no year (stem and branch of different parity, e.g. Giáp Sửu), or
/// a year before `i32::MIN`.
pub(crate) fn year_from_can_chi(stem: u8, branch: u8, last: i32) -> Option<i32> {
    if stem >= 10 || branch >= 12 || stem % 2 != branch % 2 {
        return None;
    }
    // The position in the 60-year cycle: ≡ stem (mod 10) and ≡ branch (mod 12); the year
    // 4 (Giáp Tý) is at 0.
    let cycle = (6 * i32::from(stem) - 5 * i32::from(branch)).rem_euclid(60);
    debug_assert!(cycle % 10 == i32::from(stem) && cycle % 12 == i32::from(branch));
    let back = (i64::from(last) - 4 - i64::from(cycle)).rem_euclid(60) as i32;
    last.checked_sub(back)
}

/// Whether two words or phrases are the same Vietnamese syllables in any spelling (case,
/// NFC/NFD, tone-mark placement), compared by [`Syllable::key`].
fn same_syllables(a: &str, b: &str) -> bool {
    let key = |s: &str| Syllable::parse(s).ok().map(|s| s.key());
    let (mut xs, mut ys) = (a.split_whitespace(), b.split_whitespace());
    loop {
        match (xs.next(), ys.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) => match (key(x), key(y)) {
                (Some(x), Some(y)) if x == y => {}
                _ => return false,
            },
            _ => return false,
        }
    }
}

/// The stem index of a word (`Canh` → 6), in any spelling.
pub(crate) fn stem_index(word: &str) -> Option<u8> {
    (0u8..)
        .zip(STEMS)
        .find(|(_, s)| same_syllables(word, s))
        .map(|(i, _)| i)
}

/// The branch index of a word (`Tý`, `Tí` → 0), in any spelling.
pub(crate) fn branch_index(word: &str) -> Option<u8> {
    let mut names = (0u8..)
        .zip(BRANCHES)
        .chain(BRANCH_VARIANTS.map(|(s, i)| (i, s)));
    names.find(|(_, s)| same_syllables(word, s)).map(|(i, _)| i)
}

/// The number of a lunar month name (`Giêng` → 1, `Chạp` → 12, `Mười Một` → 11).
pub(crate) fn month_number(name: &str) -> Option<u8> {
    MONTH_NAMES
        .iter()
        .find(|(s, _)| same_syllables(name, s))
        .map(|&(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TET: &str = include_str!("../../tests/data/lunar/tet.tsv");
    const LEAP: &str = include_str!("../../tests/data/lunar/leap.tsv");
    const MONTHS: &str = include_str!("../../tests/data/lunar/months.tsv");
    const DATES: &str = include_str!("../../tests/data/lunar/dates.tsv");

    /// The tab-separated fields of each line that is not a `#` comment.
    fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .map(|l| l.split('\t').collect())
    }

    fn date(s: &str) -> (i32, u8, u8) {
        let mut parts = s.split('-');
        let mut next = || parts.next().unwrap().parse::<i32>().unwrap();
        (next(), next() as u8, next() as u8)
    }

    #[test]
    fn tet_matches_the_ephemeris_table() {
        let mut n = 0;
        for row in rows(TET) {
            let year: i32 = row[0].parse().unwrap();
            assert_eq!(tet(year), Some(date(row[1])), "Tết {year}");
            n += 1;
        }
        assert_eq!(n, 201);
    }

    #[test]
    fn tet_where_vietnam_and_china_differ() {
        // UTC+7; China's (UTC+8) dates are 1968-01-30, 1985-02-20, 2007-02-18.
        assert_eq!(tet(1968), Some((1968, 1, 29)));
        assert_eq!(tet(1985), Some((1985, 1, 21)));
        assert_eq!(tet(2007), Some((2007, 2, 17)));
        assert_eq!(tet(2030), Some((2030, 2, 2)));
        assert_eq!(tet(2053), Some((2053, 2, 18)));
        assert_eq!(tet(2014), Some((2014, 1, 31)));
        assert_eq!(tet(2020), Some((2020, 1, 25)));
        assert_eq!(tet(2023), Some((2023, 1, 22)));
        assert_eq!(tet(2024), Some((2024, 2, 10)));
        assert_eq!(tet(2025), Some((2025, 1, 29)));
        assert_eq!(leap_month(1985), Some(2));
        assert_eq!(leap_month(1984), None);
    }

    #[test]
    fn leap_months_match_the_ephemeris_table() {
        let mut n = 0;
        for row in rows(LEAP) {
            let year: i32 = row[0].parse().unwrap();
            let want = Some(row[1].parse::<u8>().unwrap()).filter(|&m| m != 0);
            assert_eq!(leap_month(year), want, "leap month of {year}");
            if let Some(m) = want {
                assert!(month_length(year, m, true).is_some());
            }
            n += 1;
        }
        assert_eq!(n, 201);
        assert_eq!(leap_month(2020), Some(4));
        assert_eq!(leap_month(2023), Some(2));
        assert_eq!(leap_month(2033), Some(11));
    }

    #[test]
    fn every_month_matches_the_ephemeris_table() {
        // PyEphem puts the new moon of 1967-07-07 17:00 UT 3 s after local midnight, JPL's
        // DE421 1 s before it, and so do we (see tests/data/lunar/README.md).
        let close_call = [
            ("1967", "5", "1967-06-08", (1967, 6, 8), 29),
            ("1967", "6", "1967-07-08", (1967, 7, 7), 30),
        ];
        let (mut n, mut leap_months) = (0, 0);
        for row in rows(MONTHS) {
            let (year, month) = (row[0].parse().unwrap(), row[1].parse().unwrap());
            let leap = row[2] == "1";
            let (mut first, mut days) = (date(row[3]), row[4].parse().unwrap());
            if let Some(c) = close_call
                .iter()
                .find(|c| (c.0, c.1, c.2) == (row[0], row[1], row[3]))
            {
                (first, days) = (c.3, c.4);
            }
            let want = Some((jdn(first.0, first.1, first.2), days));
            assert_eq!(month_bounds(year, month, leap), want, "{row:?}");
            n += 1;
            leap_months += usize::from(leap);
        }
        assert_eq!(n, 400 * 12 + leap_months, "lunar years 1800..=2199");
    }

    #[test]
    fn random_days_convert_both_ways() {
        let mut n = 0;
        for row in rows(DATES) {
            let (y, m, d) = date(row[0]);
            let lunar = LunarDate {
                year: row[1].parse().unwrap(),
                month: row[2].parse().unwrap(),
                day: row[3].parse().unwrap(),
                leap: row[4] == "1",
            };
            assert_eq!(solar_to_lunar(y, m, d), Some(lunar), "{row:?}");
            let back = lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap);
            assert_eq!(back, Some((y, m, d)), "{row:?}");
            n += 1;
        }
        assert_eq!(n, 200);
    }

    /// Every day of `first..=last` (JDN) converts to the lunar day after the previous one's
    /// and back to itself.
    fn check_days(first: i32, last: i32) {
        let mut prev: Option<LunarDate> = None;
        for jd in first..=last {
            let (y, m, d) = from_jdn(jd);
            let lunar = solar_to_lunar(y, m, d).unwrap();
            let back = lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.leap);
            assert_eq!(back, Some((y, m, d)), "{lunar:?}");
            if let Some(p) = prev {
                if lunar.day == 1 {
                    assert_eq!(month_length(p.year, p.month, p.leap), Some(p.day));
                } else {
                    let same = LunarDate {
                        day: p.day + 1,
                        ..p
                    };
                    assert_eq!(lunar, same);
                }
            }
            prev = Some(lunar);
        }
    }

    #[test]
    fn every_day_1900_to_2100_round_trips() {
        check_days(jdn(1900, 1, 31), jdn(2100, 12, 31));
    }

    #[test]
    fn the_ends_of_the_supported_range() {
        assert_eq!(tet(FIRST_YEAR), Some((1800, 1, 25)));
        assert_eq!(solar_to_lunar(1800, 1, 24), None);
        assert_eq!(lunar_to_solar(1799, 12, 29, false), None);
        check_days(jdn(1800, 1, 25), jdn(1801, 3, 1));
        let (y, m, d) = tet(LAST_YEAR).unwrap();
        check_days(jdn(y, m, d), jdn(2200, 1, 1));
        let last = (1..=12)
            .rev()
            .find_map(|m| month_length(LAST_YEAR, m, false).map(|n| (m, n)))
            .unwrap();
        let end = lunar_to_solar(LAST_YEAR, last.0, last.1, false).unwrap();
        let (y, m, d) = from_jdn(jdn(end.0, end.1, end.2) + 1);
        assert_eq!(solar_to_lunar(y, m, d), None, "Tết 2200");
        assert_eq!(tet(LAST_YEAR + 1), None);
    }

    #[test]
    fn invalid_dates_are_none() {
        // Lunar 2020: month 1 has 29 days, month 2 30, leap month 4.
        assert_eq!(month_length(2020, 1, false), Some(29));
        assert_eq!(lunar_to_solar(2020, 1, 30, false), None);
        assert_eq!(lunar_to_solar(2020, 2, 30, false), Some((2020, 3, 23)));
        assert_eq!(lunar_to_solar(2020, 4, 1, true), Some((2020, 5, 23)));
        assert_eq!(lunar_to_solar(2020, 5, 1, true), None);
        assert_eq!(lunar_to_solar(2021, 4, 1, true), None);
        assert_eq!(month_length(2021, 4, true), None);
        for (y, m, d) in [
            (2020, 0, 1),
            (2020, 13, 1),
            (2020, 1, 0),
            (2020, 1, 31),
            (2020, 255, 255),
        ] {
            assert_eq!(lunar_to_solar(y, m, d, false), None, "{y}-{m}-{d}");
            assert_eq!(lunar_to_solar(y, m, d, true), None, "{y}-{m}-{d}");
        }
        for (y, m, d) in [
            (2021, 2, 29),
            (2020, 4, 31),
            (2020, 0, 1),
            (2020, 13, 1),
            (2020, 1, 0),
        ] {
            assert_eq!(solar_to_lunar(y, m, d), None, "{y}-{m}-{d}");
        }
        assert!(solar_to_lunar(2020, 2, 29).is_some());
        for y in [i32::MIN, -1, 0, 1799, 2200, 2201, i32::MAX] {
            assert_eq!(tet(y), None);
            assert_eq!(leap_month(y), None);
            assert_eq!(month_length(y, 1, false), None);
            assert_eq!(lunar_to_solar(y, 1, 1, false), None);
            assert_eq!(solar_to_lunar(y, 6, 1), None);
        }
    }

    #[test]
    fn can_chi_names() {
        assert_eq!(can_chi_of(2020), ("Canh", "Tý"));
        assert_eq!(can_chi_of(2014), ("Giáp", "Ngọ"));
        assert_eq!(can_chi_of(1945), ("Ất", "Dậu"));
        assert_eq!(can_chi_of(1975), ("Ất", "Mão"));
        assert_eq!(can_chi_of(2000), ("Canh", "Thìn"));
        assert_eq!(can_chi_of(1968), ("Mậu", "Thân"));
        assert_eq!(can_chi(i32::MIN), can_chi(i32::MIN.rem_euclid(60)));
        let _ = can_chi_of(i32::MAX);
    }

    #[test]
    fn year_from_can_chi_picks_the_latest_not_after() {
        assert_eq!(year_from_can_chi(6, 0, 2020), Some(2020));
        assert_eq!(year_from_can_chi(6, 0, 2021), Some(2020));
        assert_eq!(year_from_can_chi(6, 0, 2019), Some(1960));
        assert_eq!(year_from_can_chi(6, 0, 2079), Some(2020));
        assert_eq!(year_from_can_chi(6, 0, 2080), Some(2080));
        // Mậu Thân in late 2026 (the last year allowed is 2027): the Tết of 1968.
        assert_eq!(year_from_can_chi(4, 8, 2027), Some(1968));
        assert_eq!(year_from_can_chi(0, 6, 2014), Some(2014));
        assert_eq!(
            year_from_can_chi(0, 1, 2014),
            None,
            "Giáp Sửu names no year"
        );
        assert_eq!(year_from_can_chi(10, 0, 2014), None);
        assert_eq!(year_from_can_chi(0, 12, 2014), None);
        assert_eq!(year_from_can_chi(9, 11, i32::MAX), Some(i32::MAX - 4));
        assert_eq!(
            year_from_can_chi(5, 5, i32::MIN + 3),
            None,
            "before i32::MIN"
        );
        assert!(year_from_can_chi(0, 0, i32::MIN + 60).is_some_and(|y| y > i32::MIN));
        for year in 1700..2300 {
            let (s, b) = can_chi(year);
            for last in year..year + 60 {
                assert_eq!(
                    year_from_can_chi(s, b, last),
                    Some(year),
                    "{year} up to {last}"
                );
            }
        }
    }

    #[test]
    fn names_match_in_any_spelling() {
        assert_eq!(stem_index("Canh"), Some(6));
        assert_eq!(stem_index("QUÝ"), Some(9));
        assert_eq!(stem_index("A\u{301}t"), None, "Át is not Ất");
        assert_eq!(stem_index("Â\u{301}t"), Some(1));
        assert_eq!(branch_index("tý"), Some(0));
        assert_eq!(branch_index("Tí"), Some(0));
        assert_eq!(branch_index("Tị"), Some(5));
        assert_eq!(branch_index("Mẹo"), Some(3));
        assert_eq!(branch_index("Tuất"), Some(10));
        assert_eq!(branch_index("Tết"), None);
        assert_eq!(month_number("giêng"), Some(1));
        assert_eq!(month_number("Chạp"), Some(12));
        assert_eq!(month_number("Một"), Some(11));
        assert_eq!(month_number("mười  một"), Some(11));
        assert_eq!(month_number("Mười"), Some(10));
        assert_eq!(month_number("Mười Ba"), None);
        assert_eq!(month_number(""), None);
        for (i, s) in STEMS.iter().enumerate() {
            assert_eq!(stem_index(s), Some(i as u8));
        }
        for (i, s) in BRANCHES.iter().enumerate() {
            assert_eq!(branch_index(s), Some(i as u8));
        }
    }
}

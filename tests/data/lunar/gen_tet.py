#!/usr/bin/env python3
"""Independent oracle for the Vietnamese lunisolar calendar (src/extract/lunar.rs).

Computes the calendar from PyEphem's ephemerides (libastro: VSOP87 for the Sun, ELP 2000-82
for the Moon, its own Delta T), not from the crate's formulas, and writes the tables that the
Rust tests read:

    tet.tsv     year<TAB>YYYY-MM-DD        Tết (lunar 1/1) of every lunar year 1900..2100
    leap.tsv    year<TAB>month             the leap month of every lunar year (0: none)
    months.tsv  year<TAB>month<TAB>leap<TAB>YYYY-MM-DD<TAB>days
                                           every lunar month of the lunar years 1800..2199
                                           (the whole range the Rust module supports)
    dates.tsv   YYYY-MM-DD<TAB>year<TAB>month<TAB>day<TAB>leap
                                           200 random days 1900-01-31..2100-12-31 (seed 1985)

Rules (the standard ones, e.g. the Explanatory Supplement to the Astronomical Almanac, applied
to the local civil date in UTC+7):
  * a month starts on the local date of a new moon (conjunction of Sun and Moon in ecliptic
    longitude);
  * the month whose date range contains the local date of the December solstice (the Sun's
    apparent longitude reaching 270 degrees) is month 11;
  * between two month-11s there are 12 or 13 months; with 13, the first month after month 11
    that contains no major solar term (the Sun's apparent longitude reaching a multiple of 30
    degrees) is a leap month and takes the number of the month before it;
  * month 1 (Tết) follows month 12 (or a leap month 12).

Run:  pip install ephem==4.1.5 && python3 tests/data/lunar/gen_tet.py
      --check-years A B [--zone 8]  prints the month table of other years (or of the Chinese
                                    calendar, UTC+8) instead of writing files;
      --close-calls                 prints the new moons and major terms of 1800..2199 that
                                    fall within 2 minutes of local midnight.
"""

import argparse
import datetime as dt
import math
import os
import random
import sys

import ephem

EPHEM_VERSION = "4.1.5"
ZONE_HOURS = 7  # Vietnam, UTC+7 (Chinese calendars use UTC+8)
HERE = os.path.dirname(os.path.abspath(__file__))


def local_date(d, zone=ZONE_HOURS):
    """The civil date in UTC+zone of the instant d (an ephem.Date, UT)."""
    return ephem.Date(d + zone * ephem.hour).datetime().date()


def sun_longitude(d):
    """The Sun's apparent geocentric ecliptic longitude of date at instant d, in degrees."""
    sun = ephem.Sun(d)
    eq = ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=d)
    return math.degrees(ephem.Ecliptic(eq, epoch=d).lon)


def major_terms(start, end):
    """Instants (ephem.Date) of every major solar term between start and end, with the
    longitude reached: a daily scan for a change of the 30-degree sector, then bisection."""
    out = []
    d = ephem.Date(start)
    sector = int(sun_longitude(d) // 30)
    while d < end:
        nxt = ephem.Date(d + 1)
        s = int(sun_longitude(nxt) // 30)
        if s != sector:
            lo, hi = float(d), float(nxt)
            while hi - lo > 0.1 * ephem.second:
                mid = (lo + hi) / 2
                if int(sun_longitude(mid) // 30) == sector:
                    lo = mid
                else:
                    hi = mid
            out.append((ephem.Date(hi), s * 30))
            sector = s
        d = nxt
    return out


def new_moons(start, end):
    out = []
    d = ephem.next_new_moon(start)
    while d < end:
        out.append(d)
        d = ephem.next_new_moon(ephem.Date(d + 1))
    return out


def build(first_year, last_year, zone=ZONE_HOURS):
    """Month table of the lunar years first_year..last_year:
    list of (lunar_year, month, leap, start_date, length_days)."""
    start = ephem.Date(dt.datetime(first_year - 2, 10, 1))
    end = ephem.Date(dt.datetime(last_year + 2, 3, 1))
    starts = [local_date(m, zone) for m in new_moons(start, end)]
    assert all(b > a for a, b in zip(starts, starts[1:]))
    terms = major_terms(start, end)
    term_days = sorted(local_date(t, zone) for t, _ in terms)
    solstices = {}
    for t, lon in terms:
        if lon == 270:
            day = local_date(t, zone)
            solstices[day.year] = day
            # Cross-check the bisection against ephem's own solstice finder.
            ref = ephem.next_solstice(ephem.Date(t - 5))
            assert abs(float(ref) - float(t)) < 2 * ephem.minute, (t, ref)

    def month11(year):
        """Index into starts of month 11, the month containing the December solstice of year."""
        sol = solstices[year]
        i = max(i for i, s in enumerate(starts) if s <= sol)
        assert starts[i + 1] > sol
        return i

    def has_term(i):
        return any(starts[i] <= t < starts[i + 1] for t in term_days)

    months = []
    for year in range(first_year - 1, last_year + 1):
        a, b = month11(year), month11(year + 1)
        n = b - a
        assert n in (12, 13), (year, n)
        leap_at = None
        if n == 13:
            leap_at = next(i for i in range(1, 13) if not has_term(a + i))
        ordinal = 0  # 0 = month 11 of `year`, 1 = month 12, 2 = month 1 of year + 1, ...
        for i in range(n):
            leap = i == leap_at
            if leap:
                ordinal -= 1
            number = (ordinal + 10) % 12 + 1
            lunar_year = year if ordinal < 2 else year + 1
            length = (starts[a + i + 1] - starts[a + i]).days
            assert length in (29, 30)
            months.append((lunar_year, number, leap, starts[a + i], length))
            ordinal += 1
    return [m for m in months if first_year <= m[0] <= last_year]


def tables(first_year, last_year, zone=ZONE_HOURS):
    months = build(first_year, last_year, zone)
    tet = {y: s for (y, m, leap, s, _) in months if m == 1 and not leap}
    leap = {y: 0 for y in range(first_year, last_year + 1)}
    for (y, m, is_leap, _, _) in months:
        if is_leap:
            assert leap[y] == 0
            leap[y] = m
    return months, tet, leap


def close_calls(first_year, last_year, seconds=120):
    """New moons and major terms within `seconds` of local midnight: the days on which two
    good ephemerides may disagree. Yields (what, instant in UTC+7 as text, offset in s)."""
    start = ephem.Date(dt.datetime(first_year - 1, 10, 1))
    end = ephem.Date(dt.datetime(last_year + 1, 3, 1))
    events = [("new moon", m) for m in new_moons(start, end)]
    events += [(f"term {lon}", t) for t, lon in major_terms(start, end)]
    for what, d in sorted(events, key=lambda e: float(e[1])):
        x = float(d) + ZONE_HOURS / 24 + 0.5  # ephem counts days from noon
        offset = (x - round(x)) * 86400
        if abs(offset) < seconds:
            yield what, str(ephem.Date(d + ZONE_HOURS * ephem.hour)), offset


def lunar_of(months, day):
    for (y, m, leap, s, n) in months:
        if s <= day < s + dt.timedelta(days=n):
            return y, m, (day - s).days + 1, leap
    raise ValueError(day)


def header(what):
    return (f"# {what}\n# generated by tests/data/lunar/gen_tet.py with PyEphem {ephem.__version__}"
            f" (UTC+{ZONE_HOURS}); do not edit\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-years", nargs=2, type=int)
    ap.add_argument("--zone", type=int, default=ZONE_HOURS)
    ap.add_argument("--close-calls", action="store_true")
    args = ap.parse_args()
    if ephem.__version__ != EPHEM_VERSION:
        print(f"warning: ephem {ephem.__version__}, tables were made with {EPHEM_VERSION}",
              file=sys.stderr)
    if args.close_calls:
        for what, local, offset in close_calls(1800, 2199):
            print(f"{what}\t{local}\t{offset:+.0f} s")
        return
    if args.check_years:
        a, b = args.check_years
        months, tet, leap = tables(a, b, args.zone)
        for (y, m, is_leap, s, n) in months:
            print(f"{y}\t{m}\t{int(is_leap)}\t{s.isoformat()}\t{n}")
        return

    first, last = 1900, 2100
    all_months, tet, leap = tables(1800, 2199)
    months = [m for m in all_months if first <= m[0] <= last]
    with open(os.path.join(HERE, "tet.tsv"), "w") as f:
        f.write(header("Tết (lunar 1/1, Vietnam) of each lunar year: year<TAB>YYYY-MM-DD"))
        for y in range(first, last + 1):
            f.write(f"{y}\t{tet[y].isoformat()}\n")
    with open(os.path.join(HERE, "leap.tsv"), "w") as f:
        f.write(header("leap month of each lunar year (0: none): year<TAB>month"))
        for y in range(first, last + 1):
            f.write(f"{y}\t{leap[y]}\n")
    with open(os.path.join(HERE, "months.tsv"), "w") as f:
        f.write(header("every lunar month: year<TAB>month<TAB>leap<TAB>first day<TAB>days"))
        for (y, m, is_leap, s, n) in all_months:
            f.write(f"{y}\t{m}\t{int(is_leap)}\t{s.isoformat()}\t{n}\n")
    rng = random.Random(1985)
    lo = dt.date(1900, 1, 31).toordinal()
    hi = dt.date(2100, 12, 31).toordinal()
    days = sorted(dt.date.fromordinal(rng.randint(lo, hi)) for _ in range(200))
    with open(os.path.join(HERE, "dates.tsv"), "w") as f:
        f.write(header("random days (seed 1985): YYYY-MM-DD<TAB>year<TAB>month<TAB>day<TAB>leap"))
        for day in days:
            y, m, d, is_leap = lunar_of(months, day)
            f.write(f"{day.isoformat()}\t{y}\t{m}\t{d}\t{int(is_leap)}\n")


if __name__ == "__main__":
    main()

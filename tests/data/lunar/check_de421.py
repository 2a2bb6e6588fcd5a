#!/usr/bin/env python3
"""Second opinion on the close calls of gen_tet.py: the new moons and major solar terms that
PyEphem puts within 2 minutes of local midnight (UTC+7), recomputed with JPL's DE421
ephemeris through Skyfield (DE421 covers 1899-07-29..2053-10-09; later ones are skipped).

Run:  pip install ephem==4.1.5 skyfield skyfield-data && python3 check_de421.py
(skyfield-data ships de421.bsp, so nothing is downloaded.) Writes nothing; the README quotes
its output.
"""

import datetime as dt
import os
import sys
import warnings

import skyfield_data
from skyfield import almanac
from skyfield.api import Loader
from skyfield.framelib import ecliptic_frame
from skyfield.searchlib import find_discrete

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_tet  # noqa: E402

warnings.filterwarnings("ignore")  # skyfield-data's bundled IERS file says it is old
load = Loader(skyfield_data.get_skyfield_data_path())
ts = load.timescale(builtin=True)
eph = load("de421.bsp")
earth, sun = eph["earth"], eph["sun"]


def sector(t):
    """The Sun's apparent longitude of date, in 30-degree sectors."""
    _, lon, _ = earth.at(t).observe(sun).apparent().frame_latlon(ecliptic_frame)
    return (lon.degrees // 30).astype(int)


sector.step_days = 1

for what, local, offset in gen_tet.close_calls(1900, 2100):
    local_day = dt.datetime.strptime(local.split()[0], "%Y/%m/%d")
    day = local_day - dt.timedelta(hours=7)
    a, b = ts.utc(day.year, day.month, day.day - 1), ts.utc(day.year, day.month, day.day + 2)
    try:
        if what == "new moon":
            times, kinds = almanac.find_discrete(a, b, almanac.moon_phases(eph))
            times = [t for t, k in zip(times, kinds) if k == 0]
        else:
            times, _ = find_discrete(a, b, sector)
    except ValueError:  # outside DE421
        print(f"{what}\tephem {local} ({offset:+.0f} s)\tDE421: not covered")
        continue
    for t in times:
        de_local = t.utc_datetime() + dt.timedelta(hours=7)
        de = de_local.strftime("%Y/%m/%d %H:%M:%S")
        same = de_local.date() == local_day.date()
        print(f"{what}\tephem {local} ({offset:+.0f} s)\tDE421 {de}"
              f"\t{'same day' if same else 'OTHER DAY'}")

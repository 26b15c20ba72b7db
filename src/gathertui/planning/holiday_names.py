"""Holiday names as the SKB 3 Menteri writes them, from the names the `holidays` package
gives: "Idulfitri 1446 Hijriah" for "Hari Raya Idul Fitri". The wording is data
(`holiday_names.toml` beside this module)."""

from __future__ import annotations

import tomllib
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from typing import Any

CUTI_BERSAMA = "Cuti Bersama "

# The first day of the tabular Islamic calendar, 16 July 622 (Julian), as a Gregorian
# ordinal.
_HIJRI_EPOCH = date(622, 7, 19).toordinal()


@cache
def _data() -> dict[str, Any]:
    text = files("gathertui.planning").joinpath("holiday_names.toml").read_text("utf-8")
    return tomllib.loads(text)


def hijri_year(day: date) -> int:
    """The Hijri year of a holiday on `day`. The tabular calendar may be a day or two off
    the sighted one, so the year is read ten days on: every Islamic holiday and its cuti
    bersama lie more than that from a year's end, and 1 Muharam just after its start."""
    days = (day + timedelta(days=10)).toordinal() - _HIJRI_EPOCH
    return (30 * days + 10646) // 10631


def _names_for(year: int) -> dict[str, str]:
    data = _data()
    for earlier in sorted(data.get("earlier", []), key=lambda e: e["until"]):
        if year <= earlier["until"]:
            return {**data["names"], **earlier["names"]}
    names: dict[str, str] = data["names"]
    return names


def skb_name(name: str, day: date) -> str:
    """The SKB's name of the holiday the package calls `name` on `day`; a name the data
    does not know stays as it is."""
    if name.lower().startswith(CUTI_BERSAMA.lower()):
        holiday = name[len(CUTI_BERSAMA) :]
        return CUTI_BERSAMA + skb_name(holiday, day)
    template = _names_for(day.year).get(name)
    if template is None:
        return name
    return template.format(
        masehi=day.year,
        hijriah=hijri_year(day),
        kongzili=day.year + 551,
        saka=day.year - 78,
        be=day.year + 544,
    )

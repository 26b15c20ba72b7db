"""Dates and times as protocol staff write them: "Jumat, 26 Mei 2023", "09.45 WIB"."""

from __future__ import annotations

from datetime import date, time
from functools import lru_cache

# Indonesia's three zones go by their Indonesian abbreviations in both languages; these
# are the IANA names that lie in each.
_INDONESIAN_ZONES = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Ujung_Pandang": "WITA",
    "Asia/Jayapura": "WIT",
}


def zone_abbreviation(timezone: str) -> str:
    if timezone in _INDONESIAN_ZONES:
        return _INDONESIAN_ZONES[timezone]
    from datetime import datetime
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(timezone)).tzname() or timezone


# The patterns `_name` is asked for and their numbers: weekdays from Monday (0), months
# from January (1). Their names are compiled into the catalogs too (`i18n.compile`), so a
# start that draws dates reads them with the sentences, where babel's locale data takes
# 15-30 ms to load before the first frame.
NAME_PATTERNS = {"EEEE": range(7), "EEE": range(7), "MMMM": range(1, 13), "MMM": range(1, 13)}


def name_key(pattern: str, weekday_or_month: int) -> str:
    return f"date-name.{pattern}.{weekday_or_month}"


@lru_cache(maxsize=64)
def _name(pattern: str, weekday_or_month: int, lang: str) -> str:
    """A day's or a month's name in `lang` ("Jumat", "Mei"). Babel takes a tenth of a
    millisecond per date: a list of a thousand plans would spend 0.1 s before its first
    frame, where these few names are looked up once."""
    from gathertui.i18n.catalogs import template

    kept = template(name_key(pattern, weekday_or_month), lang)
    return kept if kept is not None else babel_name(pattern, weekday_or_month, lang)


def babel_name(pattern: str, weekday_or_month: int, lang: str) -> str:
    """The name as babel gives it, from a date that has it."""
    from babel.dates import format_date

    # 2024-01-01 was a Monday (weekday 0); the month names come from the 1st of each.
    sample = (
        date(2024, 1, 1 + weekday_or_month) if "E" in pattern else date(2024, weekday_or_month, 1)
    )
    return format_date(sample, pattern, locale=lang)


def long_date(day: date, lang: str) -> str:
    """ "Jumat, 26 Mei 2023": the CLDR pattern "EEEE, d MMMM y", put together from the
    day's and the month's names."""
    weekday, month = _name("EEEE", day.weekday(), lang), _name("MMMM", day.month, lang)
    return f"{weekday}, {day.day} {month} {day.year}"


def month_title(year: int, month: int, lang: str) -> str:
    """ "Februari 2024": a month as a heading ("LLLL", the name standing alone)."""
    from babel.dates import format_date

    return format_date(date(year, month, 1), "LLLL y", locale=lang)


def clock(at: time, lang: str) -> str:
    # Rundowns write 09.45 (Indonesian style) in both languages: the times sit beside
    # WIB/WITA/WIT and are read against printed Indonesian documents. `lang` stays so a
    # language that needs another form can have it.
    return at.strftime("%H.%M")


def clock_in_zone(at: time, timezone: str, lang: str) -> str:
    return f"{clock(at, lang)} {zone_abbreviation(timezone)}"


def time_range(begin: time, end: time, timezone: str, lang: str) -> str:
    """ "09.45–10.00 WIB": a rundown item's time as printouts and screens show it."""
    return f"{clock(begin, lang)}–{clock(end, lang)} {zone_abbreviation(timezone)}"


def period(
    first: date, last: date, begin: time | None, end: time | None, timezone: str, lang: str
) -> str:
    """An event's days and, when known, its hours, as headings and overviews show them:
    "Jumat, 14 Maret 2025, 09.00–12.00 WITA", or across days "Jumat, 14 Maret 2025,
    09.00 – Sabtu, 15 Maret 2025, 12.00 WITA"."""
    start_text = long_date(first, lang) + (f", {clock(begin, lang)}" if begin else "")
    if first != last:
        end_text = long_date(last, lang) + (f", {clock(end, lang)}" if end else "")
        text = f"{start_text} – {end_text}"
    elif end:
        text = f"{start_text}{'–' if begin else ', –'}{clock(end, lang)}"
    else:
        text = start_text
    return f"{text} {zone_abbreviation(timezone)}" if begin or end else text


def short_date(day: date, lang: str) -> str:
    """ "Jum, 26 Mei 2023": the day's and the month's short names, for a narrow screen."""
    return (
        f"{_name('EEE', day.weekday(), lang)}, {day.day} {_name('MMM', day.month, lang)} {day.year}"
    )


def letter_date(day: date, lang: str) -> str:
    """ "26 Mei 2023": a date as a letter writes it above the signature, without the
    weekday."""
    from babel.dates import format_date

    return format_date(day, "d MMMM y", locale=lang)

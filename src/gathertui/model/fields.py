"""Field types shared by the plan and workspace models."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, time
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, Field, PlainValidator, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

# The years a plan's dates may lie in. Far wider than any plan needs (archives go back to
# independence, plans a few years ahead), and far enough inside Python's 1..9999 that
# every sum of days the checks and exports make stays a valid date.
FIRST_YEAR, LAST_YEAR = 1900, 2200
# The longest event: a year, a leap year's. Longer ones are typing mistakes (2205 for
# 2025), and laying out their every day would take minutes.
MAX_EVENT_DAYS = 366

# A stable id: lowercase letters, digits and dashes, unique among its kind in a plan.
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=100)]


def _real_zone(name: str) -> str:
    # Fixed offsets ("UTC+7", "+07:00") are not IANA names: daylight rules and the
    # WIB/WITA/WIT labels come from the zone's name.
    if not name or name.startswith(("+", "-")) or name.startswith(("UTC+", "UTC-", "GMT+")):
        raise PydanticCustomError("timezone", "not an IANA time zone", {"value": name})
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise PydanticCustomError("timezone", "not an IANA time zone", {"value": name}) from None
    return name


TimeZoneName = Annotated[str, AfterValidator(_real_zone)]


def in_window(day: date) -> bool:
    """Whether a plan may be about `day`: one of the years FIRST_YEAR to LAST_YEAR."""
    return FIRST_YEAR <= day.year <= LAST_YEAR


def _in_window(value: date) -> date:
    if not in_window(value):
        raise PydanticCustomError(
            "year_outside",
            "a year from {first} to {last}",
            {"first": FIRST_YEAR, "last": LAST_YEAR, "value": value.isoformat()},
        )
    return value


# A day a plan can be about: a TOML date within the years above.
Day = Annotated[date, AfterValidator(_in_window)]


def has_visible(text: str) -> bool:
    """Whether `text` shows anything: letters, digits, punctuation and symbols do;
    spaces, zero-width and other format characters, controls and lone combining marks
    do not, and a name of only those prints as a blank line in the roster."""
    # Nearly every name begins with a letter or a digit (categories L and N): answered
    # without looking the characters up, as a 5,000-person plan has 5,000 names.
    return text[:1].isalnum() or any(unicodedata.category(ch)[0] in "LNPS" for ch in text)


def _visible(value: str) -> str:
    if value and not has_visible(value):
        raise PydanticCustomError("invisible", "a visible character", {})
    return value


# A name or a title: something a reader can see.
VisibleText = Annotated[str, Field(min_length=1), AfterValidator(_visible)]


def _local_time(value: time) -> time:
    if value.tzinfo is not None:
        raise PydanticCustomError("local_time", "a local time without offset", {})
    return value


LocalTime = Annotated[time, AfterValidator(_local_time)]


def _date_or_local_datetime(value: object) -> date | datetime:
    # One validator rather than a union: a union would report one error per member,
    # and a datetime (a subclass of date) must be checked for an offset first.
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            raise PydanticCustomError("local_datetime", "a local date-time without offset", {})
        _in_window(value.date())
        return value
    if isinstance(value, date):
        return _in_window(value)
    raise PydanticCustomError("date_or_datetime", "a date or a local date-time", {})


# A TOML local date-time: the date, then the hour, with no offset (the event's zone).
LOCAL_DATETIME_PATTERN = (
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]+)?)?$"
)

# An event's start or end: a day, or a local date-time in the event's zone.
DayOrLocalDateTime = Annotated[
    date | datetime,
    PlainValidator(_date_or_local_datetime),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "pattern": LOCAL_DATETIME_PATTERN},
            ]
        }
    ),
]


def day_of(value: date | datetime) -> date:
    """The day of a date or of a date-time (a datetime is a date, but not equal to one)."""
    return value.date() if isinstance(value, datetime) else value


def time_of(value: date | datetime | None) -> time | None:
    """The hour of a date-time; a plain date has none."""
    return value.time() if isinstance(value, datetime) else None

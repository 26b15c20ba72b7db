"""Field types shared by the plan and workspace models."""

from __future__ import annotations

from datetime import time
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, StringConstraints
from pydantic_core import PydanticCustomError

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"

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


def _local_time(value: time) -> time:
    if value.tzinfo is not None:
        raise PydanticCustomError("local_time", "a local time without offset", {})
    return value


LocalTime = Annotated[time, AfterValidator(_local_time)]

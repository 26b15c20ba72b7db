"""The closed vocabularies of a plan file. Values are the file format's words."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Strict


class EventKind(StrEnum):
    VISIT = "visit"
    MEDIA_GATHERING = "media-gathering"
    MEETING = "meeting"
    OTHER = "other"


class Status(StrEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class Side(StrEnum):
    HOST = "host"
    GUEST = "guest"


class Category(StrEnum):
    OFFICIAL = "official"
    STAFF = "staff"
    ONLINE = "online"
    PRINT = "print"
    TV = "tv"
    RADIO = "radio"
    INFLUENCER = "influencer"
    KIM = "kim"
    OTHER = "other"


class Attendance(StrEnum):
    INVITED = "invited"
    CONFIRMED = "confirmed"
    ATTENDED = "attended"
    DECLINED = "declined"
    REPRESENTED = "represented"


class CoverageKind(StrEnum):
    """Where a report about the event appeared."""

    ONLINE = "online"
    PRINT = "print"
    TV = "tv"
    RADIO = "radio"
    SOCIAL = "social"


class Language(StrEnum):
    ID = "id"
    EN = "en"


class Paper(StrEnum):
    A4 = "a4"
    F4 = "f4"


class Level(StrEnum):
    """Which list of UU 9/2010 orders the officials: Pasal 11 (regency or city) or 10."""

    KOTA = "kota"
    KABUPATEN = "kabupaten"
    PROVINSI = "provinsi"


class HigherLevel(StrEnum):
    """How Pasal 11(2) of UU 9/2010 places a province's officials at a city's event."""

    PRACTICE = "practice"  # among the city's officials, as Pasal 10(1) ranks them
    LITERAL = "literal"  # every Pasal 10(1) official before the city's list


class Acting(StrEnum):
    """Where an acting holder (Plt., Plh.) of an office is placed."""

    AFTER_HOLDERS = "after-holders"  # at the office's rank, after its definitive holders
    UNRANKED = "unranked"  # not by the office: by hand, or with the unranked


class Representative(StrEnum):
    """Where a representative of an absent official is placed and greeted."""

    PRINCIPAL = "principal"  # in the absent official's place, greeted in their name
    OWN = "own"  # by the representative's own office


class HolidayAction(StrEnum):
    ADD = "add"
    REMOVE = "remove"
    MOVE = "move"


# Models validate strictly (a quoted "120" is not a capacity); enum fields take their
# words from the file as plain strings, so they alone are lax.
Kind = Annotated[EventKind, Strict(False)]
StatusField = Annotated[Status, Strict(False)]
SideField = Annotated[Side, Strict(False)]
CategoryField = Annotated[Category, Strict(False)]
AttendanceField = Annotated[Attendance, Strict(False)]
LanguageField = Annotated[Language, Strict(False)]
CoverageKindField = Annotated[CoverageKind, Strict(False)]
PaperField = Annotated[Paper, Strict(False)]
HolidayActionField = Annotated[HolidayAction, Strict(False)]
LevelField = Annotated[Level, Strict(False)]
HigherLevelField = Annotated[HigherLevel, Strict(False)]
ActingField = Annotated[Acting, Strict(False)]
RepresentativeField = Annotated[Representative, Strict(False)]

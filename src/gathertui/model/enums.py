"""The closed vocabularies of a plan file. Values are the file format's words."""

from __future__ import annotations

from enum import StrEnum


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


class Language(StrEnum):
    ID = "id"
    EN = "en"


class Paper(StrEnum):
    A4 = "a4"
    F4 = "f4"


class HolidayAction(StrEnum):
    ADD = "add"
    REMOVE = "remove"
    MOVE = "move"

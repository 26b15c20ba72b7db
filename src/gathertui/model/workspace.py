"""`gathertui.toml`: the workspace's letterhead, settings, targets and calendar."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, ClassVar, Literal

from pydantic import Field, ValidationInfo, field_validator

from gathertui.model.defaults import days_from
from gathertui.model.enums import (
    Acting,
    ActingField,
    HigherLevel,
    HigherLevelField,
    HolidayAction,
    HolidayActionField,
    Kind,
    LanguageField,
    Level,
    LevelField,
    Paper,
    PaperField,
    Representative,
    RepresentativeField,
)
from gathertui.model.fields import Day, Slug, TimeZoneName
from gathertui.model.plan import SCHEMA_VERSION, MergeConflict, Record, Text, _event_end


class Organization(Record):
    """The letterhead (kop surat) of printouts."""

    name: Text
    unit: str | None = None
    address: str | None = None
    postcode: str | None = None
    # The place a printout is signed in: "Semarang, 22 Mei 2023".
    city: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    # The government's emblem: a PNG or JPEG file, relative to the workspace folder.
    logo: str | None = None


class Signatory(Record):
    """An official who signs printouts, named once for every plan of the workspace."""

    kind_name: ClassVar[str] = "signatory"
    id: Slug
    name: Text
    # The office as it is written above the name: "Kepala Bagian Protokol dan Komunikasi
    # Pimpinan" (with "Plt." when acting).
    office: Text
    # Pangkat/golongan: "Pembina Tingkat I (IV/b)".
    rank: str | None = None
    nip: str | None = None
    notes: str | None = None


class Preferences(Record):
    language: LanguageField | None = None
    timezone: TimeZoneName | None = None
    paper: PaperField = Paper.A4
    # The government's level, which chooses the order of precedence used.
    precedence_level: LevelField = Level.KOTA
    # The readings of the law a protocol office chooses between (UU 9/2010).
    higher_level: HigherLevelField = HigherLevel.PRACTICE
    acting: ActingField = Acting.AFTER_HOLDERS
    representative: RepresentativeField = Representative.PRINCIPAL
    # The MC's opening greeting, before the salutation. None: the common government
    # greeting; "": no greeting line at all.
    opening_greeting: str | None = None
    # Who signs printouts unless a plan says otherwise, and who adds "Mengetahui"
    # (signatory ids); the calendar printout is signed by these.
    signed_by: Slug | None = None
    acknowledged_by: Slug | None = None
    # Warning codes this workspace does not want to see (errors cannot be silenced).
    silence: list[str] = Field(default_factory=list)


class Target(Record):
    """So many events of a kind per semester, from a given semester on."""

    kind: Kind
    count: Annotated[int, Field(ge=1)] = 1
    per: Literal["semester"] = "semester"
    since: Annotated[int, Field(ge=2000, le=2200)]
    since_semester: Literal[1, 2] = 1
    notes: str | None = None


class OutsideEvent(Record):
    """An event on the calendar that is not a plan: the tourism calendar and the like."""

    kind_name: ClassVar[str] = "calendar event"
    id: Slug
    title: Text
    start: Day
    end: Day | None = None
    category: str | None = None
    location: str | None = None
    notes: str | None = None

    @field_validator("end")
    @classmethod
    def _end_not_before_start(cls, end: dt.date | None, info: ValidationInfo) -> dt.date | None:
        return _event_end(end, info, "start")

    def days(self) -> list[dt.date]:
        return days_from(self.start, self.end)


class HolidayOverride(Record):
    """A correction to the public holidays: one added, removed or moved."""

    date: Day
    action: HolidayActionField = HolidayAction.ADD
    name: str | None = None
    to: Day | None = None
    notes: str | None = None


class PrecedenceRule(Record):
    """A local position → rank rule, matched like the law's office names, before them."""

    position: Text
    rank: Annotated[int, Field(ge=1)]
    notes: str | None = None


class WorkspaceSettings(Record):
    schema_version: int = SCHEMA_VERSION
    organization: Organization | None = None
    settings: Preferences = Field(default_factory=Preferences)
    targets: list[Target] = Field(default_factory=list)
    calendar: list[OutsideEvent] = Field(default_factory=list)
    holidays: list[HolidayOverride] = Field(default_factory=list)
    precedence: list[PrecedenceRule] = Field(default_factory=list)
    signatories: list[Signatory] = Field(default_factory=list)
    # Left by `gathertui merge` until a person resolves them (MergeConflict).
    conflicts: list[MergeConflict] = Field(default_factory=list)

    ENTITY_LISTS: ClassVar[tuple[str, ...]] = (
        "targets",
        "calendar",
        "holidays",
        "precedence",
        "signatories",
        "conflicts",
    )

    def signatory(self, ident: str | None) -> Signatory | None:
        return next((s for s in self.signatories if s.id == ident), None)

    def to_document(self) -> dict[str, Any]:
        # The version always comes first, so an old file is always recognised as old.
        return {"schema_version": self.schema_version, **super().to_document()}

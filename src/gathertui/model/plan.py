"""A plan file: one event with its venues, delegations, people and rundown.

Field order here is the order keys are written in; `None` and defaults are not written.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, ClassVar, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from gathertui.model.defaults import days_from
from gathertui.model.enums import (
    Attendance,
    AttendanceField,
    Category,
    CategoryField,
    CoverageKindField,
    EventKind,
    Kind,
    Side,
    SideField,
    Status,
    StatusField,
)
from gathertui.model.fields import (
    MAX_EVENT_DAYS,
    Day,
    DayOrLocalDateTime,
    LocalTime,
    Slug,
    TimeZoneName,
    VisibleText,
    day_of,
    time_of,
)

SCHEMA_VERSION = 1

Text = VisibleText
# The places a quota plans: the sign-in sheet prints a blank row for each, so a number
# typed with too many digits would never finish printing. A delegation with more than a
# thousand places in one category is a typing mistake.
MAX_QUOTA = 1_000
Count = Annotated[int, Field(ge=0, le=MAX_QUOTA)]


class Record(BaseModel):
    """A block of a TOML file: unknown keys are mistakes, not data to carry along."""

    model_config = ConfigDict(extra="forbid", strict=True)

    def to_document(self) -> dict[str, Any]:
        return self.model_dump(exclude_defaults=True, exclude_none=True)


_Day = TypeVar("_Day", bound=date)


def _not_before(end: _Day | None, info: ValidationInfo, start_field: str) -> _Day | None:
    start = info.data.get(start_field)
    if end is None or start is None:
        return end
    # A date and a date-time do not compare; a bare day stands for its whole day.
    if isinstance(start, datetime) and isinstance(end, datetime):
        before = end < start
    else:
        before = day_of(end) < day_of(start)
    if before:
        raise PydanticCustomError(
            "end_before_start",
            "ends before it starts",
            {"start": start.isoformat(), "end": end.isoformat()},
        )
    return end


def _event_end(end: _Day | None, info: ValidationInfo, start_field: str) -> _Day | None:
    """An event's end: not before its start, and at most MAX_EVENT_DAYS after it."""
    end = _not_before(end, info, start_field)
    start = info.data.get(start_field)
    if end is None or start is None:
        return end
    days = (day_of(end) - day_of(start)).days + 1
    if days > MAX_EVENT_DAYS:
        raise PydanticCustomError(
            "event_too_long",
            "lasts more than {max} days",
            {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "days": days,
                "max": MAX_EVENT_DAYS,
            },
        )
    return end


class Event(Record):
    title: Text
    kind: Kind = EventKind.OTHER
    # A day, or a local date-time when the hour is known; the code around asks the
    # accessors below, which always give days and hours apart.
    start: DayOrLocalDateTime
    end: DayOrLocalDateTime | None = None
    timezone: TimeZoneName | None = None
    host: str | None = None
    organizer: str | None = None
    # What guests wear, as the invitation says it: "PDH / Batik".
    dress: str | None = None
    status: StatusField = Status.DRAFT
    notes: str | None = None

    @field_validator("end")
    @classmethod
    def _end_not_before_start(
        cls, end: date | datetime | None, info: ValidationInfo
    ) -> date | datetime | None:
        return _event_end(end, info, "start")

    @property
    def first_day(self) -> date:
        return day_of(self.start)

    @property
    def last_day(self) -> date:
        return day_of(self.end) if self.end is not None else self.first_day

    @property
    def start_time(self) -> time | None:
        """The hour the event begins, when the file gives one."""
        return time_of(self.start)

    @property
    def end_time(self) -> time | None:
        """The hour the event ends, when the file gives one."""
        return time_of(self.end)

    def days(self) -> list[date]:
        return days_from(self.first_day, self.last_day)


# Seats of one part of a layout: a head table, a row, a round table, a side of a U. More
# than a hundred in a row or at a table is a typing mistake, and a seating plan of them
# would never fit a page.
SeatCount = Annotated[int, Field(ge=0, le=100)]


class Layout(Record):
    """How a venue's seats are laid out, for the seating plan: a head table facing the
    room; down each side of it a U's arms; the audience in rows (theatre style) or at
    round tables. Every part is optional; a part with no seats is not there."""

    # Seats at the head table, numbered from the audience's left.
    head_table: SeatCount = 0
    # Seats down each arm of a U whose base is the head table.
    sides: SeatCount = 0
    rows: SeatCount = 0
    seats_per_row: SeatCount = 0
    # An aisle after this many seats of each row, counted from the audience's left.
    aisle_after: Annotated[int, Field(ge=1, le=100)] | None = None
    tables: SeatCount = 0
    seats_per_table: SeatCount = 0


class Venue(Record):
    kind_name: ClassVar[str] = "venue"
    id: Slug
    name: Text
    building: str | None = None
    floor: str | None = None
    address: str | None = None
    capacity: Annotated[int, Field(gt=0)] | None = None
    facilities: list[str] = Field(default_factory=list)
    contact: str | None = None
    notes: str | None = None
    # The seats, for the seating plan (denah tempat duduk).
    layout: Layout | None = None


class Quotas(Record):
    """Places planned per category, for people whose names are not known yet."""

    official: Count | None = None
    staff: Count | None = None
    online: Count | None = None
    print: Count | None = None
    tv: Count | None = None
    radio: Count | None = None
    influencer: Count | None = None
    kim: Count | None = None
    other: Count | None = None

    def get(self, category: Category) -> int:
        value: int | None = getattr(self, category.value)
        return value or 0

    def total(self) -> int:
        return sum(self.get(category) for category in Category)


class Delegation(Record):
    kind_name: ClassVar[str] = "delegation"
    id: Slug
    name: Text
    side: SideField = Side.GUEST
    organization: str | None = None
    contact: str | None = None
    quotas: Quotas = Field(default_factory=Quotas)
    notes: str | None = None


class Person(Record):
    kind_name: ClassVar[str] = "person"
    id: Slug
    name: Text
    # How the person is addressed before the name, as they use it: "Bapak", "Ibu",
    # "Dr.", "Prof. Dr. H.", "KH". None: the name alone (nothing is guessed).
    honorific: str | None = None
    delegation: Slug | None = None
    position: str | None = None
    organization: str | None = None
    category: CategoryField = Category.OTHER
    attendance: AttendanceField = Attendance.INVITED
    # With attendance "represented": the person (a people id) who comes in their place.
    represented_by: Slug | None = None
    precedence: Annotated[int, Field(ge=1)] | None = None
    # A civil servant's pangkat/golongan and NIP, for lists that print them.
    rank: str | None = None
    nip: str | None = None
    phone: str | None = None
    email: str | None = None
    notes: str | None = None


class AgendaItem(Record):
    kind_name: ClassVar[str] = "agenda item"
    id: Slug
    day: Day | None = None
    start: LocalTime
    minutes: Annotated[int, Field(gt=0, le=24 * 60)]
    pinned: bool = False
    title: Text
    venue: Slug | None = None
    pic: Slug | None = None
    speakers: list[Slug] = Field(default_factory=list)
    # Printed for guests as Keterangan; `notes` stay with the committee.
    remarks: str | None = None
    notes: str | None = None

    def day_in(self, event: Event) -> date:
        return self.day or event.first_day

    def span(self, event: Event) -> tuple[datetime, datetime]:
        """When the item begins and ends, as local date-times (the end may be the next day)."""
        begin = datetime.combine(self.day_in(event), self.start)
        return begin, begin + timedelta(minutes=self.minutes)


def _web_address(value: str) -> str:
    # A link a reader can open from the report: http or https to a named host, written
    # in one piece (a space or a line break is a pasting mistake, not part of the link).
    try:
        parts = urlsplit(value)
    except ValueError:
        parts = None
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or any(ch.isspace() or not ch.isprintable() for ch in value)
    ):
        raise PydanticCustomError("web_address", "an http:// or https:// address", {})
    return value


WebAddress = Annotated[str, AfterValidator(_web_address)]


class Coverage(Record):
    """A report about the event after it was held: an article, a broadcast, a post."""

    kind_name: ClassVar[str] = "coverage"
    outlet: Text
    title: Text
    url: WebAddress | None = None
    date: Day | None = None
    kind: CoverageKindField | None = None
    notes: str | None = None


class MergeConflict(Record):
    """A conflict left by a three-way merge: one place two versions changed two ways.

    The merged file stays a valid plan: at `path` it holds one side's value (ours, unless
    keeping theirs is what keeps the file whole: an entity ours deleted but theirs edited
    or refers to stays, so nothing dangles), and the `[[conflicts]]` entry holds both sides
    until a person picks one. `gathertui check` reports every entry as an error at its
    line, so a plan with one cannot be committed by the hook.

    `path` names the place in the document with dots: `event.title`,
    `people.siti-rahayu.attendance`, `delegations.makassar.quotas.media`, or a whole entity,
    `people.andi-pratama`. A side that has no value there (the entity deleted, the key
    unset) leaves its key out.
    """

    path: Annotated[str, Field(min_length=1)]
    ours: Any = None
    theirs: Any = None
    # The common ancestor's value; absent when neither had it before (two new entities
    # with one id).
    base: Any = None


# The printouts of a plan that carry a signature block.
SIGNED_PRINTOUTS = (
    "agenda",
    "rundown",
    "attendance",
    "roster",
    "salutation",
    "invitation",
    "report",
    "seating",
)


class Signing(Record):
    """Who signs this plan's printouts: signatories of the workspace, by id. Unset, the
    workspace's `signed_by` and `acknowledged_by` sign."""

    signed_by: Slug | None = None
    # Adds a "Mengetahui" block on the left, e.g. the Sekda.
    acknowledged_by: Slug | None = None
    # False leaves out the workspace's "Mengetahui" block on this plan's printouts.
    acknowledged: bool = True
    # "Semarang": by default the workspace organisation's city.
    place: str | None = None
    # The date above the signature; by default the day the printout is made.
    dated: Day | None = None
    # One printout signed by another official: {attendance = "kadis-kominfo"}.
    printouts: dict[str, Slug] = Field(default_factory=dict)

    @field_validator("printouts")
    @classmethod
    def _known_printouts(cls, printouts: dict[str, str]) -> dict[str, str]:
        for name in printouts:
            if name not in SIGNED_PRINTOUTS:
                raise PydanticCustomError(
                    "unknown_printout",
                    "no printout called {name}: expected one of {expected}",
                    {"name": name, "expected": ", ".join(SIGNED_PRINTOUTS)},
                )
        return printouts


class Invitation(Record):
    """The invitation letter (surat undangan) of the plan: its reference block, who
    receives it, and what goes with it. Every key is optional; unset, the letter says
    what offices usually write."""

    # Nomor: "005/123/Prokompim/2023", as the office's register gives it.
    number: str | None = None
    # Sifat: "Biasa", "Segera", "Penting"; "Biasa" when unset.
    nature: str | None = None
    # Lampiran: unset, "1 (satu) berkas" with the Susunan Acara attached, else "-".
    attachment: str | None = None
    # Perihal: "Undangan" when unset.
    subject: str | None = None
    # People ids, one letter each; unset: the guests' delegations and the host's
    # officials who are greeted, in order of precedence.
    invitees: list[Slug] | None = None
    # One letter per invitee; false: one letter to "(Daftar Terlampir)" with the list.
    merge: bool = True
    attach_rundown: bool = True
    # The opening paragraph, in place of "Dalam rangka ..., bersama ini kami mengundang".
    body: str | None = None


class SeatPin(Record):
    """A person seated by hand: the seating plan keeps them there whoever else comes or
    goes. `seat` is the seat's code: "H3" (the head table's third seat from the
    audience's left), "L2" or "R2" (the second seat down the U's left or right arm),
    "B5" (row B, the second from the front, fifth seat from the left), "T2-4" (round
    table 2, seat 4)."""

    kind_name: ClassVar[str] = "seat"
    person: Slug
    venue: Slug
    seat: Annotated[str, Field(pattern=r"^(H|L|R|[A-Z]{1,2}|T[0-9]{1,3}-)[0-9]{1,3}$")]


class Plan(Record):
    # Entity lists in the order they are written; each entry is one `[[name]]` block.
    ENTITY_LISTS: ClassVar[tuple[str, ...]] = (
        "venues",
        "delegations",
        "people",
        "agenda",
        "seats",
        "coverage",
        "conflicts",
    )

    schema_version: int
    event: Event
    signing: Signing | None = None
    invitation: Invitation | None = None
    venues: list[Venue] = Field(default_factory=list)
    delegations: list[Delegation] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    agenda: list[AgendaItem] = Field(default_factory=list)
    # People seated by hand in the seating plan.
    seats: list[SeatPin] = Field(default_factory=list)
    # The reports about the event once it was held, for the activity report.
    coverage: list[Coverage] = Field(default_factory=list)
    # Left by `gathertui merge` until a person resolves them (MergeConflict).
    conflicts: list[MergeConflict] = Field(default_factory=list)

    def to_document(self) -> dict[str, Any]:
        # The version always comes first, so an old file is always recognised as old.
        return {"schema_version": self.schema_version, **super().to_document()}

    def rundown(self) -> list[AgendaItem]:
        """The agenda in running order: by day, then start time."""
        return sorted(self.agenda, key=lambda item: (item.day_in(self.event), item.start))

"""The semester calendar of a workspace: its plans, Indonesian public holidays and cuti
bersama, the workspace's holiday corrections and its outside events (the tourism
calendar), and whether each semester has the gatherings its target asks for.

Semester 1 is January–June, semester 2 July–December, as Indonesian government
reporting counts them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from gathertui.model.defaults import days_from, is_cancelled
from gathertui.model.enums import HolidayAction
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.holiday_cache import indonesian_holidays
from gathertui.planning.holiday_names import skb_name
from gathertui.text import one_line


@dataclass(frozen=True, order=True)
class Semester:
    year: int
    number: int  # 1: January–June, 2: July–December

    @classmethod
    def of(cls, day: date) -> Semester:
        return cls(day.year, 1 if day.month <= 6 else 2)

    @property
    def first_day(self) -> date:
        return date(self.year, 1 if self.number == 1 else 7, 1)

    @property
    def last_day(self) -> date:
        return date(self.year, 6, 30) if self.number == 1 else date(self.year, 12, 31)

    @property
    def months(self) -> list[int]:
        return list(range(1, 7)) if self.number == 1 else list(range(7, 13))

    @property
    def roman(self) -> str:
        """ "I" or "II", as semesters are written in Indonesian reports."""
        return "I" * self.number

    def next(self) -> Semester:
        return Semester(self.year, 2) if self.number == 1 else Semester(self.year + 1, 1)

    def previous(self) -> Semester:
        return Semester(self.year, 1) if self.number == 2 else Semester(self.year - 1, 2)

    def days(self) -> Iterator[date]:
        day = self.first_day
        while day <= self.last_day:
            yield day
            day += timedelta(days=1)

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date) or isinstance(day, datetime):
            return False
        return self.first_day <= day <= self.last_day


class EntryKind(StrEnum):
    PLAN = "plan"
    HOLIDAY = "holiday"
    CUTI_BERSAMA = "cuti-bersama"
    OUTSIDE = "outside"


@dataclass(frozen=True)
class Entry:
    """One thing on one day of the calendar."""

    day: date
    kind: EntryKind
    title: str
    # A plan's kind ("media-gathering"), an outside event's category ("wisata").
    category: str = ""
    # The plan file, for plans.
    path: Path | None = None
    # The outside event's id, for outside events.
    ident: str = ""


@dataclass(frozen=True)
class _Holiday:
    """A holiday as shown (the SKB's name, or the workspace's) and as the holidays
    package names it ("" for one the workspace adds): a correction may name either."""

    name: str
    source: str = ""

    def named(self, name: str | None) -> bool:
        return name is not None and name in (self.name, self.source)


@cache
def _holidays_of(year: int) -> tuple[tuple[date, _Holiday], ...]:
    found = indonesian_holidays(year)
    return tuple(sorted((day, _Holiday(skb_name(name, day), name)) for day, name in found))


def public_holidays(years: Iterable[int], settings: WorkspaceSettings) -> list[Entry]:
    """Indonesia's public holidays and cuti bersama (the holidays package, in Indonesian,
    named as the SKB 3 Menteri writes them), corrected by the workspace: Islamic dates
    move and cuti bersama are announced late."""
    corrections = tuple((c.date, c.action, c.name, c.to) for c in settings.holidays)
    return list(_corrected_holidays(frozenset(years), corrections))


# Every plan of a workspace asks for its year's holidays under the same settings: a check
# of 1,000 plans works them out once a year, not once a plan. Kept by the corrections'
# values, not the settings object, which the settings screen may change in place.
_Correction = tuple[date, HolidayAction, str | None, date | None]


@lru_cache(maxsize=32)
def _corrected_holidays(
    wanted: frozenset[int], corrections: tuple[_Correction, ...]
) -> tuple[Entry, ...]:
    # A correction may move a holiday across the new year: read the years it touches too.
    touched = {day.year for day, _, _, _ in corrections} | {
        to.year for _, _, _, to in corrections if to is not None
    }
    days: dict[date, list[_Holiday]] = {}
    for year in wanted | touched:
        for day, holiday in _holidays_of(year):
            days.setdefault(day, []).append(holiday)
    for on, action, name, to in corrections:
        found = days.get(on, [])
        if action is HolidayAction.REMOVE:
            kept = [h for h in found if name is not None and not h.named(name)]
            if kept:
                days[on] = kept
            else:
                days.pop(on, None)
        elif action is HolidayAction.MOVE and to is not None:
            moving = [h for h in found if name is None or h.named(name)]
            rest = [h for h in found if h not in moving]
            if rest:
                days[on] = rest
            else:
                days.pop(on, None)
            days.setdefault(to, []).extend(moving or [_Holiday(name or "")])
        elif action is HolidayAction.ADD and not any(h.named(name or "") for h in found):
            days.setdefault(on, []).append(_Holiday(name or ""))
    entries = []
    for day, found in sorted(days.items()):
        if day.year not in wanted:
            continue
        for holiday in found:
            kind = (
                EntryKind.CUTI_BERSAMA
                if "cuti bersama" in holiday.name.lower()
                else EntryKind.HOLIDAY
            )
            entries.append(Entry(day, kind, one_line(holiday.name)))
    return tuple(entries)


def outside_events(settings: WorkspaceSettings) -> list[Entry]:
    events = tuple((e.id, e.title, e.start, e.end, e.category) for e in settings.calendar)
    return list(_outside_entries(events))


# As the holidays: the same for every plan of a workspace, kept by the events' values.
_OutsideEvent = tuple[str, str, date, date | None, str | None]


@lru_cache(maxsize=32)
def _outside_entries(events: tuple[_OutsideEvent, ...]) -> tuple[Entry, ...]:
    return tuple(
        Entry(day, EntryKind.OUTSIDE, one_line(title), category or "", ident=ident)
        for ident, title, start, end, category in events
        for day in days_from(start, end)
    )


def plan_entries(plans: Iterable[tuple[Path, Plan]]) -> list[Entry]:
    entries = []
    for path, plan in plans:
        for day in plan.event.days():
            entries.append(
                Entry(day, EntryKind.PLAN, one_line(plan.event.title), plan.event.kind.value, path)
            )
    return entries


def calendar_entries(
    semester: Semester, settings: WorkspaceSettings, plans: Iterable[tuple[Path, Plan]]
) -> dict[date, list[Entry]]:
    """Everything on each day of the semester: plans first, then holidays, then events."""
    everything = [
        *plan_entries(plans),
        *public_holidays([semester.year], settings),
        *outside_events(settings),
    ]
    order = list(EntryKind)
    days: dict[date, list[Entry]] = {}
    for entry in sorted(everything, key=lambda e: (e.day, order.index(e.kind), e.title)):
        if entry.day in semester:
            days.setdefault(entry.day, []).append(entry)
    return days


@dataclass(frozen=True)
class TargetStatus:
    """How a semester stands against one target: so many plans of a kind."""

    semester: Semester
    kind: str
    wanted: int
    planned: list[str]  # the titles of the semester's plans of that kind
    number: int = 0  # the target's place in gathertui.toml, to point at it

    @property
    def met(self) -> bool:
        return len(self.planned) >= self.wanted


def target_status(
    semester: Semester, settings: WorkspaceSettings, plans: Iterable[tuple[Path, Plan]]
) -> list[TargetStatus]:
    """Each target that applies to the semester (from its `since` on), met or not.
    A cancelled plan does not count."""
    plans = list(plans)
    found = []
    for number, target in enumerate(settings.targets):
        if semester < Semester(target.since, target.since_semester):
            continue
        titles = [
            plan.event.title
            for _, plan in plans
            if plan.event.kind == target.kind
            and plan.event.first_day in semester
            and not is_cancelled(plan.event)
        ]
        found.append(TargetStatus(semester, target.kind.value, target.count, titles, number))
    return found


def semesters_to_check(
    settings: WorkspaceSettings, plans: Iterable[tuple[Path, Plan]], today: date
) -> list[Semester]:
    """From the earliest target's `since` up to the later of the current semester and the
    last semester with a plan."""
    if not settings.targets:
        return []
    first = min(Semester(t.since, t.since_semester) for t in settings.targets)
    last = max([Semester.of(today), *(Semester.of(p.event.first_day) for _, p in plans)])
    found = []
    semester = first
    while semester <= last:
        found.append(semester)
        semester = semester.next()
    return found

"""The semester as month grids, as plain drawing data: each day's number, its colour, its
fill and its marks, and the legend. The PDF renderer (`pdf_calendar`) only lays them out,
so what a day looks like is decided (and tested) here, without reportlab.

Indonesian wall calendars print Sundays, public holidays and cuti bersama in red; a day
with a plan is tinted in its kind's colour (the app's colours, lighter for paper) and
every plan kind and outside event has a small symbol of its own, so the marks still
read on a black-and-white copy.
"""

from __future__ import annotations

import calendar as weeks
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gathertui.exports.calendar_view import SemesterView
from gathertui.i18n import tr
from gathertui.i18n.dates import month_title
from gathertui.i18n.labels import word
from gathertui.model.enums import EventKind
from gathertui.planning.calendar import Entry, EntryKind

BLACK = "#000000"
RED = "#c62828"
OUTSIDE_COLOUR = "#1565c0"
# A plan kind's colour (the app's) for its symbol, and a pale tint of it for the day.
PLAN_COLOURS = {
    EventKind.MEDIA_GATHERING.value: ("#2e7d32", "#dcefdd"),
    EventKind.VISIT.value: ("#7b1fa2", "#efdff5"),
    EventKind.MEETING.value: ("#00838f", "#d9f0f2"),
    EventKind.OTHER.value: ("#5d5d5d", "#e6e6e6"),
}
SUNDAY = 6  # `date.weekday()` counts Monday 0


class Shape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"
    TRIANGLE = "triangle"
    RING = "ring"
    CROSS = "cross"


PLAN_SHAPES = {
    EventKind.MEDIA_GATHERING.value: Shape.CIRCLE,
    EventKind.VISIT.value: Shape.SQUARE,
    EventKind.MEETING.value: Shape.DIAMOND,
    EventKind.OTHER.value: Shape.CROSS,
}


@dataclass(frozen=True)
class Mark:
    """A small symbol under a day's number: one per kind of thing on the day."""

    shape: Shape
    colour: str


@dataclass(frozen=True)
class DayStyle:
    colour: str  # the number's
    bold: bool
    fill: str | None = None  # the day's background, for a day with a plan
    marks: tuple[Mark, ...] = ()


PLAIN = DayStyle(BLACK, bold=False)
CUTI_BERSAMA_MARK = Mark(Shape.RING, RED)
OUTSIDE_MARK = Mark(Shape.TRIANGLE, OUTSIDE_COLOUR)


def plan_colours(kind: str) -> tuple[str, str]:
    return PLAN_COLOURS.get(kind, PLAN_COLOURS[EventKind.OTHER.value])


def plan_mark(kind: str) -> Mark:
    return Mark(PLAN_SHAPES.get(kind, Shape.CROSS), plan_colours(kind)[0])


def day_style(day: date, entries: list[Entry]) -> DayStyle:
    """How a day is printed: red for a Sunday, a public holiday or cuti bersama (bold for
    a holiday), tinted for a plan (the first plan's kind), a symbol per plan kind, outside
    event and cuti bersama on it."""
    kinds = {entry.kind for entry in entries}
    holiday = EntryKind.HOLIDAY in kinds
    red = holiday or EntryKind.CUTI_BERSAMA in kinds or day.weekday() == SUNDAY
    plan_kinds = list(dict.fromkeys(e.category for e in entries if e.kind is EntryKind.PLAN))
    marks = [plan_mark(kind) for kind in plan_kinds]
    if EntryKind.OUTSIDE in kinds:
        marks.append(OUTSIDE_MARK)
    if EntryKind.CUTI_BERSAMA in kinds:
        marks.append(CUTI_BERSAMA_MARK)
    return DayStyle(
        RED if red else BLACK,
        bold=holiday or bool(plan_kinds),
        fill=plan_colours(plan_kinds[0])[1] if plan_kinds else None,
        marks=tuple(marks),
    )


@dataclass(frozen=True)
class Day:
    number: int
    style: DayStyle


@dataclass(frozen=True)
class Weekday:
    name: str  # "Sen", "Mon"
    colour: str  # Sunday's is red


@dataclass(frozen=True)
class MonthGrid:
    title: str  # "Agustus 2024"
    weekdays: tuple[Weekday, ...]
    # Six weeks, Monday first; None where a day of the week is in another month. Every
    # month has six, so months side by side line up.
    weeks: tuple[tuple[Day | None, ...], ...]


@dataclass(frozen=True)
class LegendItem:
    sample: DayStyle
    text: str


@dataclass(frozen=True)
class SemesterGrid:
    months: tuple[MonthGrid, ...]
    legend: tuple[LegendItem, ...]


def weekday_names(lang: str) -> list[str]:
    """Monday first: "Sen".."Min", "Mon".."Sun" (babel's abbreviated names)."""
    from babel.dates import get_day_names

    names = get_day_names("abbreviated", locale=lang)
    return [str(names[n]) for n in range(7)]


def month_grid(view: SemesterView, month: int, lang: str) -> MonthGrid:
    year = view.semester.year
    header = tuple(
        Weekday(name, RED if n == SUNDAY else BLACK) for n, name in enumerate(weekday_names(lang))
    )
    rows = weeks.Calendar(firstweekday=0).monthdatescalendar(year, month)
    found = [
        tuple(
            Day(day.day, day_style(day, view.days.get(day, []))) if day.month == month else None
            for day in week
        )
        for week in rows
    ]
    found += [(None,) * 7] * (6 - len(found))
    return MonthGrid(month_title(year, month, lang), header, tuple(found))


def legend(view: SemesterView, lang: str) -> tuple[LegendItem, ...]:
    """What each style means: red days, then the plan kinds (the three the app shows, and
    any other kind the semester holds), the outside events and cuti bersama."""
    from babel.dates import get_day_names

    sunday = str(get_day_names("wide", locale=lang)[SUNDAY])
    present = {e.category for es in view.days.values() for e in es if e.kind is EntryKind.PLAN}
    shown = [kind.value for kind in EventKind if kind is not EventKind.OTHER]
    shown += sorted(present - set(shown))
    items = [
        LegendItem(DayStyle(RED, bold=True), tr("print.cal.holiday", lang)),
        LegendItem(
            DayStyle(RED, bold=False, marks=(CUTI_BERSAMA_MARK,)),
            tr("print.cal.cuti-bersama", lang),
        ),
        LegendItem(DayStyle(RED, bold=False), sunday),
    ]
    items += [
        LegendItem(
            DayStyle(BLACK, bold=True, fill=plan_colours(kind)[1], marks=(plan_mark(kind),)),
            word(kind, lang),
        )
        for kind in shown
    ]
    items.append(
        LegendItem(
            DayStyle(BLACK, bold=False, marks=(OUTSIDE_MARK,)), tr("print.cal.legend_outside", lang)
        )
    )
    return tuple(items)


def semester_grid(view: SemesterView, lang: str) -> SemesterGrid:
    return SemesterGrid(
        tuple(month_grid(view, month, lang) for month in view.semester.months),
        legend(view, lang),
    )

"""The semester calendar as words: what `gathertui calendar` prints and the calendar
printouts (PDF, HTML, Markdown, text) and .ics hold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from gathertui.exports.document import Document, Section, Table
from gathertui.exports.printouts import letterhead
from gathertui.exports.signing import signature_block
from gathertui.i18n import tr
from gathertui.i18n.dates import long_date, month_title
from gathertui.i18n.labels import word
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.calendar import (
    Entry,
    EntryKind,
    Semester,
    TargetStatus,
    calendar_entries,
    target_status,
)
from gathertui.text import one_line


def semester_name(semester: Semester, lang: str) -> str:
    return tr("print.semester", lang, number=semester.roman, year=semester.year)


def entry_kind_text(entry: Entry, lang: str) -> str:
    """ "media gathering", "libur nasional", "cuti bersama", "wisata": what an entry is."""
    if entry.kind is EntryKind.PLAN:
        return word(entry.category, lang)
    if entry.kind is EntryKind.OUTSIDE:
        return entry.category or tr("print.cal.outside", lang)
    return tr(f"print.cal.{entry.kind.value}", lang)


def target_text(status: TargetStatus, lang: str) -> str:
    state = tr("print.cal.met" if status.met else "print.cal.not_met", lang)
    plans = f" ({'; '.join(status.planned)})" if status.planned else ""
    return (
        tr(
            "print.cal.target",
            lang,
            wanted=status.wanted,
            kind=word(status.kind, lang),
            state=state,
            found=len(status.planned),
        )
        + plans
    )


@dataclass(frozen=True)
class SemesterView:
    semester: Semester
    days: dict[date, list[Entry]]
    targets: list[TargetStatus]


def semester_view(
    semester: Semester, settings: WorkspaceSettings, plans: list[tuple[Path, Plan]]
) -> SemesterView:
    return SemesterView(
        semester,
        calendar_entries(semester, settings, plans),
        target_status(semester, settings, plans),
    )


@dataclass(frozen=True)
class Run:
    """One entry over the consecutive days it is on: a month-long tourism event, the two
    days of Idulfitri, a three-day visit."""

    first: date
    last: date
    entry: Entry


def _same(a: Entry, b: Entry) -> bool:
    return (a.kind, a.title, a.path, a.ident) == (b.kind, b.title, b.path, b.ident)


def runs(days: dict[date, list[Entry]]) -> list[Run]:
    """Every entry once, with its first and last day, in the order of their first days
    (and, on one day, in the calendar's order)."""
    found: list[Run] = []
    # The runs that reach the day before, to be lengthened by an entry on this day.
    open_runs: list[int] = []
    previous: date | None = None
    for day, entries in sorted(days.items()):
        reaching = open_runs if previous is not None and day - previous == timedelta(1) else []
        open_runs = []
        for entry in entries:
            n = next((n for n in reaching if _same(found[n].entry, entry)), None)
            if n is None:
                found.append(Run(day, day, entry))
                n = len(found) - 1
            else:
                reaching.remove(n)
                found[n] = Run(found[n].first, day, entry)
            open_runs.append(n)
        previous = day
    return found


def span_text(first: date, last: date, lang: str) -> str:
    """ "Sabtu, 17 Agustus 2024" for one day; "1–31 Agustus 2024", "29 Juli–2 Agustus
    2024" for several, as letters write a span."""
    from babel.dates import format_date

    if first == last:
        return long_date(first, lang)
    end = format_date(last, "d MMMM y", locale=lang)
    if first.year != last.year:
        start = format_date(first, "d MMMM y", locale=lang)
    elif first.month != last.month:
        start = format_date(first, "d MMMM", locale=lang)
    else:
        start = str(first.day)
    return f"{start}–{end}"


def month_rows(every_run: list[Run], year: int, month: int, lang: str) -> list[tuple[str, Run]]:
    """The runs on a month's days, each with its day or span of days; one that spans two
    months is in both. A date is written once for the rows that share it ("" after)."""
    rows: list[tuple[str, Run]] = []
    written = ""
    for run in every_run:
        if (run.first.year, run.first.month) <= (year, month) <= (run.last.year, run.last.month):
            when = span_text(run.first, run.last, lang)
            rows.append(("" if when == written else when, run))
            written = when
    return rows


def calendar_document(view: SemesterView, settings: WorkspaceSettings, lang: str) -> Document:
    """A table per month: each entry once, with its day or its span of days."""
    columns = [tr(f"print.col.{key}", lang) for key in ("date", "what", "kind")]
    every_run = runs(view.days)
    sections = []
    for month in view.semester.months:
        rows: list[list[str]] = [
            [when, run.entry.title, entry_kind_text(run.entry, lang)]
            for when, run in month_rows(every_run, view.semester.year, month, lang)
        ]
        if not rows:
            rows.append(["", tr("print.cal.nothing", lang), ""])
        table = Table(columns, [0.30, 0.48, 0.22], rows)  # type: ignore[arg-type]
        sections.append(Section(month_title(view.semester.year, month, lang), [], table))
    return Document(
        heading=tr("print.calendar_heading", lang),
        title=semester_name(view.semester, lang),
        lines=[target_text(status, lang) for status in view.targets],
        sections=sections,
        letterhead=letterhead(settings, lang),
        page_label=tr("print.page", lang, page="{page}", pages="{pages}"),
        language=lang,
        signature=signature_block(None, settings, "calendar", lang),
    )


def calendar_ics(view: SemesterView, lang: str) -> bytes:
    """Plans and outside events as all-day events; holidays too, marked by CATEGORIES and
    TRANSP so calendar apps can tell them apart. UIDs come from the entries, so two
    exports are byte-identical."""
    from icalendar import Calendar, Event

    from gathertui.planning.editing import slugify

    calendar = Calendar()
    calendar.add("prodid", "-//gathertui//gathertui//ID")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", semester_name(view.semester, lang))
    # DTSTAMP must be a UTC date-time; the semester's first day keeps the bytes stable.
    stamp = datetime.combine(view.semester.first_day, time(), UTC)
    seen: set[str] = set()
    # Each entry once over its consecutive days: a three-day visit, the two days of
    # Idulfitri.
    for run in runs(view.days):
        entry, day, last = run.entry, run.first, run.last
        source = entry.path.stem if entry.path else entry.ident or slugify(entry.title)
        # A file name may hold anything a file system allows; spelled out, as the summary.
        uid = f"{entry.kind.value}-{one_line(source)}@gathertui"
        if entry.kind is not EntryKind.PLAN and entry.kind is not EntryKind.OUTSIDE:
            uid = f"{entry.kind.value}-{day.isoformat()}-{slugify(entry.title)}@gathertui"
        if uid in seen:
            continue  # a plan with a gap in its days is one event, from its first day
        seen.add(uid)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", day)
        event.add("dtend", last + timedelta(days=1))
        event.add("summary", one_line(entry.title))
        event.add("categories", [entry_kind_text(entry, lang)])
        if entry.kind in (EntryKind.HOLIDAY, EntryKind.CUTI_BERSAMA):
            event.add("transp", "TRANSPARENT")
            event.add("x-gathertui-holiday", "TRUE")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data

"""The seating plan as a list by seat (Daftar Tempat Duduk): per venue laid out in seats,
who sits in each seat taken, the head table first (H1, H2, ...), then the U's arms, the
rows from the front and the round tables; then who found no seat. A `Document` every
format draws, and the same rows as CSV for Excel.

Who sits where is `planning/seating.py`'s; this module only words it. The diagram
(`pdf_seating.py`) draws the same seating from above.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any

from gathertui.exports import ExportError
from gathertui.exports.document import Document, Section, Table, with_logo
from gathertui.exports.names import called
from gathertui.exports.printouts import document_fields, venue_text
from gathertui.exports.salutation import office_of
from gathertui.i18n import tr
from gathertui.i18n.labels import label
from gathertui.model.plan import Layout, Person, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.seating import (
    HEAD,
    LEFT,
    RIGHT,
    ROW,
    Seat,
    Seating,
    row_letter,
    seat_plan,
    seats_of,
)
from gathertui.progress import Progress
from gathertui.text import one_line

# The shares of the width of the list's columns (`columns`).
WIDTHS = [0.08, 0.27, 0.35, 0.18, 0.12]


def columns(lang: str) -> list[str]:
    """The list's columns: seat, name, office, delegation, category."""
    return [
        tr(f"print.col.{key}", lang)
        for key in ("seat", "name", "position_only", "delegation", "category")
    ]


def laid_out(plan: Plan) -> list[Venue]:
    """The venues with a layout that has seats, in the plan's order; none is an error
    the person is told how to fix (`export.seating_no_layout`)."""
    venues = [v for v in plan.venues if v.layout is not None and seats_of(v.layout)]
    if not venues:
        raise ExportError("export.seating_no_layout")
    return venues


def seatings(plan: Plan, settings: WorkspaceSettings | None) -> list[Seating]:
    """Who sits where in each venue laid out in seats."""
    return [seat_plan(plan, venue, settings) for venue in laid_out(plan)]


@dataclass(frozen=True)
class Occupant:
    """A seated person as the printouts show them: name, office (with whom they
    represent), delegation and category, each on one line."""

    name: str
    office: str
    delegation: str
    category: str


def occupant(plan: Plan, seating: Seating, index: int, lang: str) -> Occupant:
    person = plan.people[index]
    # A journalist holds no office: their medium says who they are.
    office = office_of(person) or one_line(person.organization or "")
    placed = seating.placed.get(index)
    if placed is not None and placed.represents is not None:
        principal = plan.people[placed.represents]
        whom = office_of(principal) or called(principal)
        representing = tr("print.salute.representing", lang, office=whom)
        office = f"{office}, {representing}" if office else representing
    return Occupant(called(person), office, _delegation(plan, person), label(person.category, lang))


def _delegation(plan: Plan, person: Person) -> str:
    names = {d.id: d.name for d in plan.delegations}
    return one_line(names.get(person.delegation or "", person.delegation or ""))


def part_title(seat: Seat, lang: str) -> str:
    """ "Meja utama", "Sayap meja U", "Baris B", "Meja 2": the part a seat is in."""
    if seat.part == HEAD:
        return tr("print.seating.head_table", lang)
    if seat.part in (LEFT, RIGHT):
        return tr("print.seating.sides", lang)
    if seat.part == ROW:
        return tr("print.seating.row", lang, row=row_letter(seat.group))
    return tr("print.seating.table", lang, table=seat.group)


def unseated_line(plan: Plan, seating: Seating, lang: str) -> str:
    """ "Belum mendapat kursi: ..." with each name, in precedence order; "" for none."""
    if not seating.unseated:
        return ""
    names = "; ".join(called(plan.people[index]) for index in seating.unseated)
    return tr("print.seating.unseated", lang, count=len(seating.unseated), names=names)


def _section(plan: Plan, seating: Seating, lang: str) -> list[Section]:
    rows: list[list[Any]] = []
    headings: set[int] = set()
    part = ""
    for seat in seating.seats:
        index = seating.taken.get(seat.code)
        if index is None:
            continue
        title = part_title(seat, lang)
        if title != part:
            # A label over each part of the room: the head table, a row, a table.
            headings.add(len(rows))
            rows.append([title, "", "", "", ""])
            part = title
        who = occupant(plan, seating, index, lang)
        rows.append([seat.code, who.name, who.office, who.delegation, who.category])
    title = venue_text(seating.venue)
    sections = [Section(title, [], Table(columns(lang), WIDTHS, rows, frozenset(headings)))]
    if not rows:
        sections = [Section(title, [tr("print.seating.nobody", lang)])]
    unseated = unseated_line(plan, seating, lang)
    if unseated:
        sections.append(Section("", [unseated]))
    return sections


def seating_fields(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> dict[str, Any]:
    """The heading block both seating printouts share (the letterhead, the event, its
    dates, the signature of the "seating" printout), under `heading`."""
    return document_fields(plan, settings, "seating", "print.seating.heading", lang)


def seating_list_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Daftar Tempat Duduk: a section per venue laid out in seats."""
    sections = [
        section for seating in seatings(plan, settings) for section in _section(plan, seating, lang)
    ]
    fields = seating_fields(plan, settings, lang)
    fields["heading"] = tr("print.seating.list_heading", lang)
    return Document(sections=sections, **fields)


def seating_csv(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> bytes:
    """The list by seat as CSV, the conventions of the roster's (`spreadsheet.py`): a
    BOM, CRLF, no live formulas; one row per seat taken, the venue in the first column."""
    from gathertui.exports.spreadsheet import neutralise

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([tr("print.col.venue", lang), *columns(lang)])
    for seating in seatings(plan, settings):
        venue = one_line(seating.venue.name)
        for seat in seating.seats:
            index = seating.taken.get(seat.code)
            if index is None:
                continue
            who = occupant(plan, seating, index, lang)
            cells = [venue, seat.code, who.name, who.office, who.delegation, who.category]
            writer.writerow([neutralise(cell) for cell in cells])
    return "\ufeff".encode() + out.getvalue().encode()


def seating_printout(
    plan: Plan,
    settings: WorkspaceSettings | None,
    what: str,
    fmt: str,
    lang: str,
    paper: str,
    logo: bytes | None,
    progress: Progress | None,
) -> bytes:
    """`--what seating` (the diagram, a PDF) or `--what seating-list` (the list, in any
    of its formats)."""
    if fmt == "csv":
        return seating_csv(plan, settings, lang)
    if what == "seating":
        pages = diagram_pages(plan, settings, lang, logo)  # no layout: said before reportlab
        from gathertui.exports.pdf_seating import render_seating_pdf

        return render_seating_pdf(pages, paper)
    from gathertui.exports import render

    document = with_logo(seating_list_document(plan, settings, lang), logo)
    return render(document, fmt, paper, progress)


@dataclass(frozen=True)
class SeatText:
    """One seat as the diagram shows it: its code, and who sits there (office, name)."""

    seat: Seat
    office: str = ""
    name: str = ""
    taken: bool = False
    pinned: bool = False


@dataclass(frozen=True)
class DiagramPage:
    """One venue's page of the diagram, every word in the chosen language: the heading
    block (`document`: letterhead, heading, event, date, this venue), the layout and its
    seats, the labels of the room's parts, the legend and who found no seat."""

    document: Document
    layout: Layout
    seats: list[SeatText]
    head_table: str  # "MEJA UTAMA"
    stage: str  # "PANGGUNG": the front, when there is no head table
    tables: list[str]  # "Meja 1", ... by table number
    legend: tuple[str, str, str, str]  # its title, then taken, empty, pinned
    unseated: str


def diagram_pages(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, logo: bytes | None
) -> list[DiagramPage]:
    """A page per venue laid out in seats, in the plan's order."""
    fields = seating_fields(plan, settings, lang)
    pages = []
    for seating in seatings(plan, settings):
        layout = seating.venue.layout or Layout()
        texts = []
        for seat in seating.seats:
            index = seating.taken.get(seat.code)
            if index is None:
                texts.append(SeatText(seat))
                continue
            who = occupant(plan, seating, index, lang)
            pinned = seat.code in seating.pinned
            texts.append(SeatText(seat, who.office, who.name, True, pinned))
        # The event's dates, then this venue: each page is handed out on its own.
        lines = [*fields["lines"][:1], f"{tr('print.venue', lang)}: {venue_text(seating.venue)}"]
        document = with_logo(Document(**{**fields, "lines": lines}, sections=[]), logo)
        pages.append(
            DiagramPage(
                document=document,
                layout=layout,
                seats=texts,
                head_table=tr("print.seating.head_table", lang).upper(),
                stage=tr("print.seating.stage", lang).upper(),
                tables=[
                    tr("print.seating.table", lang, table=n) for n in range(1, layout.tables + 1)
                ],
                legend=(
                    tr("print.seating.legend", lang),
                    tr("print.seating.legend_taken", lang),
                    tr("print.seating.legend_empty", lang),
                    tr("print.seating.legend_pinned", lang),
                ),
                unseated=unseated_line(plan, seating, lang),
            )
        )
    return pages

"""Table name cards (papan nama meja): a tent card for each person at the head table and
in the front rows, in order of precedence.

A card is one A4 sheet, landscape, folded along its long middle into a tent that
stands on the table: the office large and the name under it on the lower half, and the
same upside down on the upper half, so it reads the same from the room and from the
seat. A dashed line marks the fold. A face is 297 × 105 mm: an office in type up to
40 points reads from across the room, which a card of half a sheet could not give.

Who has a card: where a venue of the rundown has a layout, the people the seating plan
puts at its head table and the officials seated elsewhere (the front rows); without a
layout, every official who comes.

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from gathertui.exports.names import called
from gathertui.exports.pdf import FONT, FONT_BOLD, MM, paper_size
from gathertui.exports.pdf_fit import Fitted, draw, fit, sheet
from gathertui.exports.salutation import office_of
from gathertui.i18n import tr
from gathertui.model.enums import Category
from gathertui.model.plan import Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.precedence import rules_for
from gathertui.planning.seating import HEAD, seat_plan, seated_people

SIDE_MARGIN = 15 * MM
# From the fold and from the paper's edge to the text of a face.
EDGE_MARGIN = 12 * MM
OFFICE_LARGEST, OFFICE_SMALLEST = 40.0, 16.0
NAME_LARGEST, NAME_SMALLEST = 28.0, 14.0
GAP = 6 * MM  # between the office and the name
FOLD_GREY = 0.6


def _is_official(plan: Plan, index: int, ranked: bool) -> bool:
    return ranked or plan.people[index].category is Category.OFFICIAL


def card_people(plan: Plan, settings: WorkspaceSettings | None) -> list[int]:
    """The people who have a card (plan indexes), in order of precedence."""
    precedence = rules_for(settings or WorkspaceSettings())
    used = {item.venue for item in plan.agenda}
    laid_out = [v for v in plan.venues if v.layout is not None and (v.id in used or not used)]
    chosen: set[int] = set()
    if laid_out:
        for venue in laid_out:
            seating = seat_plan(plan, venue, settings)
            parts = {seat.code: seat.part for seat in seating.seats}
            for code, index in seating.taken.items():
                entry = seating.placed.get(index)
                ranked = entry is not None and entry.rank is not None
                if parts.get(code) == HEAD or _is_official(plan, index, ranked):
                    chosen.add(index)
    else:
        for entry in precedence.placed(plan, seated_people(plan)):
            if _is_official(plan, entry.index, entry.rank is not None):
                chosen.add(entry.index)
    return precedence.order(plan, sorted(chosen))


def card_texts(plan: Plan, index: int) -> tuple[str, str]:
    """(office, name) as a card prints them: "Wali Kota Semarang", "Bapak Sunarto"; an
    empty office for one who holds none."""
    person = plan.people[index]
    return office_of(person), called(person)


def _face(canvas: Any, office: str, name: str, width: float, height: float) -> None:
    """One face of the card, upright in the box (0, 0)–(width, height)."""
    text_width = width - 2 * SIDE_MARGIN
    room = height - 2 * EDGE_MARGIN
    office_box = OFFICE_LARGEST * 1.15 * 2
    name_box = room - office_box - GAP
    parts: list[tuple[Fitted, str]] = []
    if office:
        parts.append(
            (
                fit(office, FONT_BOLD, text_width, office_box, 2, OFFICE_LARGEST, OFFICE_SMALLEST),
                FONT_BOLD,
            )
        )
        parts.append((fit(name, FONT, text_width, name_box, 2, NAME_LARGEST, NAME_SMALLEST), FONT))
    else:
        # Without an office the name takes the large type.
        parts.append(
            (fit(name, FONT_BOLD, text_width, room, 2, OFFICE_LARGEST, OFFICE_SMALLEST), FONT_BOLD)
        )
    total = sum(part.height for part, _ in parts) + GAP * (len(parts) - 1)
    top = EDGE_MARGIN + room / 2 + total / 2
    for part, font in parts:
        draw(canvas, part, font, width / 2, top)
        top -= part.height + GAP


def _card(canvas: Any, office: str, name: str, width: float, height: float) -> None:
    half = height / 2
    _face(canvas, office, name, width, half)
    # The back: the same face turned half a circle about the sheet's centre.
    canvas.saveState()
    canvas.translate(width, height)
    canvas.rotate(180)
    _face(canvas, office, name, width, half)
    canvas.restoreState()
    canvas.saveState()
    canvas.setStrokeGray(FOLD_GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(4, 4)
    canvas.line(0, half, width, half)
    canvas.restoreState()


def name_cards_pdf(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, paper: str = "a4"
) -> bytes:
    """The cards, one landscape sheet of `paper` each; a sheet that says so when nobody has one."""
    portrait = paper_size(paper)
    width, height = portrait[1], portrait[0]
    out = BytesIO()
    canvas = sheet(out, (width, height), plan.event.title, tr("print.cards.title", lang), lang)
    people = card_people(plan, settings)
    for index in people:
        office, name = card_texts(plan, index)
        _card(canvas, office, name, width, height)
        canvas.showPage()
    if not people:
        canvas.setFont(FONT, 14)
        canvas.drawCentredString(width / 2, height / 2, tr("print.cards.none", lang))
        canvas.showPage()
    canvas.save()
    return out.getvalue()

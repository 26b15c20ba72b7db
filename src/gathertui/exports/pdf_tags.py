"""Name tags (tanda pengenal): a 90 × 55 mm badge for every named person who comes, ten
to an A4 sheet (two columns of five), in order of precedence, with cut marks.

Each badge has a band with its category, MEDIA, TAMU, PANITIA or PEJABAT (PESERTA for
the rest), in a colour of its own; the word carries the meaning, so a sheet printed in
black and white is as good. Under it the name large and the office or organisation
smaller. The cut marks are short lines continuing each badge's edges outwards from its
corners, into the gaps and the margins: they stop short of every other badge and of
the paper's edge, so no mark shows on a badge once cut.

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from typing import Any

from gathertui.exports.names import called
from gathertui.exports.pdf import FONT, FONT_BOLD, MM, paper_size
from gathertui.exports.pdf_fit import draw, fit, sheet
from gathertui.exports.salutation import MEDIA, office_of
from gathertui.i18n import tr
from gathertui.model.enums import Attendance, Category, Side
from gathertui.model.plan import Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.precedence import rules_for
from gathertui.planning.seating import seated_people
from gathertui.text import one_line

BADGE_WIDTH, BADGE_HEIGHT = 90 * MM, 55 * MM
COLUMNS, ROWS = 2, 5
# Between two rows of badges: room for the marks, and five rows still fit A4.
ROW_GAP = 2.5 * MM
MARK = 5 * MM  # a cut mark's length where there is room
CLEARANCE = 0.5 * MM  # what a mark leaves free before another badge or the edge
BAND = 12 * MM
PADDING = 4 * MM
# Each kind of badge: the word on its band, and the band's colour: dark enough for white
# words, and told apart in grey too (the words say it anyway).
KINDS = {
    "media": ("print.tags.media", "#1565c0"),
    "guest": ("print.tags.guest", "#2e7d32"),
    "committee": ("print.tags.committee", "#b71c1c"),
    "official": ("print.tags.official", "#4e342e"),
    "participant": ("print.tags.participant", "#546e7a"),
}


@dataclass(frozen=True)
class Box:
    """A rectangle on the page, (x, y) its lower left corner, in points."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def top(self) -> float:
        return self.y + self.height


Segment = tuple[float, float, float, float]  # x1, y1, x2, y2


def badge_boxes(page: tuple[float, float]) -> list[Box]:
    """The badges of a sheet in reading order (left to right, top to bottom): the
    columns and the margins share the width left over evenly; the rows sit ROW_GAP
    apart, centred on the page."""
    width, height = page
    gap_x = (width - COLUMNS * BADGE_WIDTH) / (COLUMNS + 1)
    used = ROWS * BADGE_HEIGHT + (ROWS - 1) * ROW_GAP
    top = height - (height - used) / 2
    return [
        Box(
            gap_x + column * (BADGE_WIDTH + gap_x),
            top - row * (BADGE_HEIGHT + ROW_GAP) - BADGE_HEIGHT,
            BADGE_WIDTH,
            BADGE_HEIGHT,
        )
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]


def _room(box: Box, boxes: list[Box], x: float, y: float, dx: int, dy: int) -> float:
    """How far a line from the corner (x, y) of `box` can go in the direction (dx, dy)
    before it meets another badge, or the paper's edge at 0 (the far edges come from the
    caller as boxes of their own)."""
    limits = [x if dx < 0 else y if dy < 0 else float("inf")]
    for other in boxes:
        if other is box:
            continue
        if dx and other.y <= y <= other.top:
            if dx < 0 and other.right <= x:
                limits.append(x - other.right)
            if dx > 0 and other.x >= x:
                limits.append(other.x - x)
        if dy and other.x <= x <= other.right:
            if dy < 0 and other.top <= y:
                limits.append(y - other.top)
            if dy > 0 and other.y >= y:
                limits.append(other.y - y)
    return min(limits)


def cut_marks(boxes: list[Box], page: tuple[float, float]) -> list[Segment]:
    """The cut marks of the badges: at each corner two lines continuing its edges
    outwards, MARK long where there is room, shorter where another badge or the paper's
    edge is near; none where there is no room at all."""
    width, height = page
    # The paper's far edges, as boxes just outside it.
    edges = [Box(width, -height, width, 3 * height), Box(-width, height, 3 * width, height)]
    marks: list[Segment] = []
    for box in boxes:
        for x, dx in ((box.x, -1), (box.right, 1)):
            for y, dy in ((box.y, -1), (box.top, 1)):
                for step_x, step_y in ((dx, 0), (0, dy)):
                    room = _room(box, boxes + edges, x, y, step_x, step_y)
                    length = min(MARK, room - CLEARANCE)
                    if length > 0:
                        marks.append((x, y, x + step_x * length, y + step_y * length))
    return marks


def tag_kind(plan: Plan, person: Person) -> str:
    """Which badge a person wears: the media by their category, a guest delegation's
    people, the committee's staff, the officials, and everyone else."""
    guests = {d.id for d in plan.delegations if d.side is Side.GUEST}
    if person.category in (*MEDIA, Category.INFLUENCER):
        return "media"
    if person.delegation in guests:
        return "guest"
    if person.category is Category.STAFF:
        return "committee"
    if person.category is Category.OFFICIAL:
        return "official"
    return "participant"


def tag_people(plan: Plan, settings: WorkspaceSettings | None) -> list[int]:
    """Everyone who comes, the committee's staff too, in order of precedence."""
    coming = set(seated_people(plan))
    coming |= {
        n
        for n, person in enumerate(plan.people)
        if person.category is Category.STAFF and person.attendance is not Attendance.DECLINED
    }
    return rules_for(settings or WorkspaceSettings()).order(plan, sorted(coming))


def tag_texts(plan: Plan, person: Person) -> tuple[str, str]:
    """(name, below it) on a badge: "Bapak Sunarto", the office, else the organisation,
    else the delegation's name."""
    delegations = {d.id: d.name for d in plan.delegations}
    below = office_of(person) or one_line(person.organization or "")
    return called(person), below or one_line(delegations.get(person.delegation or "", ""))


def _badge(canvas: Any, box: Box, label: str, colour: str, name: str, below: str) -> None:
    from reportlab.lib.colors import HexColor

    canvas.saveState()
    canvas.setFillColor(HexColor(colour))
    canvas.rect(box.x, box.top - BAND, box.width, BAND, stroke=0, fill=1)
    canvas.setFillGray(1)
    inner = box.width - 2 * PADDING
    band = fit(label, FONT_BOLD, inner, BAND - 3 * MM, 1, 16, 6)
    draw(canvas, band, FONT_BOLD, box.x + box.width / 2, box.top - (BAND - band.height) / 2)
    canvas.restoreState()
    room = box.height - BAND - 2 * PADDING
    name_fit = fit(name, FONT_BOLD, inner, room * 0.55, 2, 20, 9)
    below_fit = fit(below, FONT, inner, room - name_fit.height - 2 * MM, 3, 10, 6)
    gap = 2 * MM if below_fit.lines else 0.0
    total = name_fit.height + gap + below_fit.height
    top = box.y + PADDING + room / 2 + total / 2
    draw(canvas, name_fit, FONT_BOLD, box.x + box.width / 2, top)
    draw(canvas, below_fit, FONT, box.x + box.width / 2, top - name_fit.height - gap)


def name_tags_pdf(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> bytes:
    """The badges, ten to an A4 sheet with their cut marks; a sheet that says so when
    nobody comes."""
    page = paper_size("a4")
    out = BytesIO()
    canvas = sheet(out, page, plan.event.title, tr("print.tags.title", lang), lang)
    people = tag_people(plan, settings)
    boxes = badge_boxes(page)
    marks = cut_marks(boxes, page)
    for first in range(0, len(people), len(boxes)):
        for box, index in zip(boxes, people[first : first + len(boxes)], strict=False):
            person = plan.people[index]
            key, colour = KINDS[tag_kind(plan, person)]
            name, below = tag_texts(plan, person)
            _badge(canvas, box, tr(key, lang), colour, name, below)
        canvas.setLineWidth(0.5)
        canvas.setStrokeGray(0)
        for x1, y1, x2, y2 in marks:
            canvas.line(x1, y1, x2, y2)
        canvas.showPage()
    if not people:
        canvas.setFont(FONT, 14)
        canvas.drawCentredString(page[0] / 2, page[1] / 2, tr("print.tags.none", lang))
        canvas.showPage()
    canvas.save()
    return out.getvalue()

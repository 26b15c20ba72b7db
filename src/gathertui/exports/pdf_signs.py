"""Door and direction signs (papan penunjuk): for each venue of the rundown a landscape
page with the room's name large and what is held there, day by day with the times;
then a welcome sign for each guest delegation: "SELAMAT DATANG", "Rombongan Pemerintah
Kota Mojokerto", the event and its date. The letterhead's emblem heads each sign when
there is one.

reportlab is imported here only; this module is itself imported when a PDF is asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from gathertui.exports.pdf import FONT, FONT_BOLD, MM, clean, paper_size
from gathertui.exports.pdf_fit import LEADING, STEP, Fitted, draw, emblem, fit, sheet, wrapped
from gathertui.exports.printouts import venue_text
from gathertui.i18n import tr
from gathertui.i18n.dates import clock, long_date, zone_abbreviation
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Side
from gathertui.model.plan import Delegation, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import days_of, event_period, running_order
from gathertui.text import one_line

MARGIN = 15 * MM
EMBLEM = 25 * MM
GAP = 6 * MM
# The list as large as fits; below LIST_SMALLEST it reads from nowhere, so a list too
# long for a page at that size goes on over the next.
LIST_LARGEST, LIST_SMALLEST = 24.0, 12.0
TIME_GAP = 5 * MM  # between an item's time and its title


@dataclass(frozen=True)
class VenueSign:
    """A venue's sign: its name, where it is, and per day (the day's line) its items
    as (time, title)."""

    name: str
    where: str
    days: list[tuple[str, list[tuple[str, str]]]]


def venue_signs(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> list[VenueSign]:
    """A sign for each venue of the rundown, in the order the rundown first uses them."""
    zone = zone_abbreviation(effective_zone(plan, settings))
    venues = {venue.id: venue for venue in plan.venues}
    held: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for day in days_of(plan):
        for item in running_order(plan, day):
            if item.venue not in venues:
                continue
            begin, end = item.span(plan.event)
            times = f"{clock(begin.time(), lang)}–{clock(end.time(), lang)}"
            day_line = f"{long_date(day, lang)} ({zone})"
            days = held.setdefault(item.venue, {})
            days.setdefault(day_line, []).append((times, one_line(item.title)))
    return [
        VenueSign(one_line(venues[ident].name), _where(venues[ident]), list(days.items()))
        for ident, days in held.items()
    ]


def _where(venue: Venue) -> str:
    """ "Lantai 8, Balai Kota Semarang": the venue's place without its name."""
    text = venue_text(venue)
    name = one_line(venue.name)
    return text[len(name) :].lstrip(", ") if text.startswith(name) else text


def guest_delegations(plan: Plan) -> list[Delegation]:
    return [d for d in plan.delegations if d.side is Side.GUEST]


def party_of(delegation: Delegation, lang: str) -> str:
    """ "Rombongan Pemerintah Kota Mojokerto", or the delegation's own name without an
    organisation."""
    if delegation.organization and one_line(delegation.organization):
        return tr("print.signs.party", lang, organization=one_line(delegation.organization))
    return one_line(delegation.name)


def _column_lines(
    days: list[tuple[str, list[tuple[str, str]]]], size: float, width: float
) -> tuple[float, float, list[tuple[str | None, list[str]]]]:
    """The list at `size`: the time column's width, the height, and each row as (time,
    title lines); a day's line has no time."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    times = [time for _, items in days for time, _ in items]
    time_width = max((stringWidth(t, FONT_BOLD, size) for t in times), default=0.0)
    rows: list[tuple[str | None, list[str]]] = []
    height = 0.0
    for day_line, items in days:
        lines = wrapped(day_line, FONT_BOLD, size, width)
        rows.append((None, lines))
        height += (len(lines) + 0.3) * size * LEADING
        for time, title in items:
            lines = wrapped(title, FONT, size, width - time_width - TIME_GAP)
            rows.append((time, lines))
            height += len(lines) * size * LEADING + size * 0.25
    return time_width, height, rows


def _venue_heading(canvas: Any, sign: VenueSign, width: float, top: float) -> float:
    """The room's name large, where it is, a rule; where the list may start."""
    inner = width - 2 * MARGIN
    name = fit(sign.name, FONT_BOLD, inner, 60 * MM, 2, 80, 24)
    draw(canvas, name, FONT_BOLD, width / 2, top)
    top -= name.height
    if sign.where:
        where = fit(sign.where, FONT, inner, 20 * MM, 2, 22, 10)
        draw(canvas, where, FONT, width / 2, top)
        top -= where.height
    top -= GAP / 2
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, top, width - MARGIN, top)
    return top - GAP


def _venue_pages(canvas: Any, sign: VenueSign, width: float, heading: Callable[[], float]) -> None:
    """The venue's sign: its items as large as the page allows; a list too long for one
    page even in small type goes on over the next, under the same heading."""
    top = _venue_heading(canvas, sign, width, heading())
    inner = width - 2 * MARGIN
    size = LIST_LARGEST
    time_width, height, rows = _column_lines(sign.days, size, inner)
    while height > top - MARGIN and size > LIST_SMALLEST:
        size -= STEP
        time_width, height, rows = _column_lines(sign.days, size, inner)
    first = True
    for time, lines in rows:
        step = len(lines) * size * LEADING + (size * 0.25 if time else size * 0.3 * LEADING)
        if top - step < MARGIN and not first:
            canvas.showPage()
            top = _venue_heading(canvas, sign, width, heading())
        first = False
        if time is None:
            draw(canvas, Fitted(lines, size), FONT_BOLD, MARGIN, top, centred=False)
        else:
            draw(canvas, Fitted([time], size), FONT_BOLD, MARGIN, top, centred=False)
            draw(canvas, Fitted(lines, size), FONT, MARGIN + time_width + TIME_GAP, top, False)
        top -= step


def _welcome_page(
    canvas: Any, plan: Plan, party: str, when: str, page: tuple[float, float], top: float, lang: str
) -> None:
    width, _ = page
    inner = width - 2 * MARGIN
    parts = [
        (fit(tr("print.signs.welcome", lang), FONT_BOLD, inner, 40 * MM, 1, 96, 30), FONT_BOLD),
        (fit(party, FONT_BOLD, inner, 40 * MM, 2, 52, 20), FONT_BOLD),
        (fit(plan.event.title, FONT, inner, 24 * MM, 2, 26, 12), FONT),
        (fit(when, FONT, inner, 12 * MM, 1, 20, 10), FONT),
    ]
    total = sum(part.height for part, _ in parts) + GAP * (len(parts) - 1)
    # Centred in the room under the emblem.
    top = MARGIN + (top - MARGIN) / 2 + total / 2
    for part, font in parts:
        draw(canvas, part, font, width / 2, top)
        top -= part.height + GAP


def signs_pdf(
    plan: Plan,
    settings: WorkspaceSettings | None,
    lang: str,
    paper: str = "a4",
    logo: bytes | None = None,
) -> bytes:
    """The signs on landscape pages of `paper`: each venue's, then each guest
    delegation's welcome; a page that says so when there is none."""
    portrait = paper_size(paper)
    page = (portrait[1], portrait[0])
    out = BytesIO()
    canvas = sheet(out, page, plan.event.title, tr("print.signs.title", lang), lang)

    def heading() -> float:
        """The emblem at the top, centred: where the sign's text may start."""
        top = page[1] - MARGIN
        if logo is not None and emblem(canvas, logo, page[0] / 2, top, EMBLEM):
            return top - EMBLEM - GAP / 2
        return top

    signs = venue_signs(plan, settings, lang)
    for sign in signs:
        _venue_pages(canvas, sign, page[0], heading)
        canvas.showPage()
    when = clean(event_period(plan, effective_zone(plan, settings), lang))
    guests = guest_delegations(plan)
    for delegation in guests:
        _welcome_page(canvas, plan, party_of(delegation, lang), when, page, heading(), lang)
        canvas.showPage()
    if not signs and not guests:
        canvas.setFont(FONT, 14)
        canvas.drawCentredString(page[0] / 2, page[1] / 2, tr("print.signs.none", lang))
        canvas.showPage()
    canvas.save()
    return out.getvalue()

"""What each printout says, in the chosen language: Susunan Acara, Daftar Hadir, Daftar
Peserta. The result is a `Document`; the formats only draw it. People are listed in order
of precedence (UU 9/2010) within their delegation, not in the order of the file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from gathertui.exports.document import Document, Letterhead, Section, Signature, Table
from gathertui.exports.names import acting_spelled, called
from gathertui.exports.signing import signature_block
from gathertui.i18n import tr
from gathertui.i18n.dates import clock, clock_in_zone, long_date, period, zone_abbreviation
from gathertui.i18n.labels import label
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Attendance, Category, Status
from gathertui.model.plan import AgendaItem, Delegation, Person, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import days_of, event_period, item_time, running_order
from gathertui.planning.headcount import delegation_headcount
from gathertui.planning.precedence import Precedence
from gathertui.text import one_line


def _without_scheme(website: str | None) -> str | None:
    if website is None:
        return None
    for scheme in ("https://", "http://"):
        if website.lower().startswith(scheme):
            return website[len(scheme) :].rstrip("/") or website
    return website


def letterhead(settings: WorkspaceSettings | None, lang: str = "id") -> Letterhead | None:
    """The kop surat as Indonesian offices print it: the government and the unit in
    capitals, then the address and the contacts, each contact with its label."""
    organization = settings.organization if settings else None
    if organization is None:
        return None

    def labelled(value: str | None, key: str) -> str:
        return tr(key, lang, value=one_line(value)) if value else ""

    # "Jl. Pemuda No. 148, Semarang 50132 · Telp. (024) 3549446", then the e-mail and the
    # website ("diskominfo.semarangkota.go.id", without its scheme) on the next line:
    # two short lines, as offices print them, rather than one that wraps mid-label.
    street = " ".join(
        one_line(part) for part in (organization.address, organization.postcode) if part
    )
    online = (
        labelled(organization.email, "print.letterhead.email"),
        labelled(_without_scheme(organization.website), "print.letterhead.website"),
    )
    lines = [
        organization.name.upper(),
        (organization.unit or "").upper(),
        " · ".join(
            x for x in (street, labelled(organization.phone, "print.letterhead.phone")) if x
        ),
        " · ".join(x for x in online if x),
    ]
    return Letterhead(
        [one_line(line) for line in lines if line],
        logo_text=tr("print.logo_text", lang, name=one_line(organization.name)),
    )


def venue_text(venue: Venue) -> str:
    """ "Ruang Lokakrida, Lantai 8, Balai Kota Semarang": the room as a guest finds it. A
    part the name already says is left out ("Halaman Belakang Balai Kota Semarang" is not
    followed by "Balai Kota Semarang" again)."""
    parts: list[str] = []
    for part in (venue.name, venue.floor, venue.building):
        text = one_line(part or "")
        if text and not any(text.casefold() in said.casefold() for said in parts):
            parts.append(text)
    return ", ".join(parts)


def _venues_used(plan: Plan, items: Iterable[AgendaItem]) -> list[Venue]:
    """The venues of these items, most used first (the main room leads)."""
    venues = {venue.id: venue for venue in plan.venues}
    used = Counter(item.venue for item in items if item.venue in venues)
    return [venues[ident] for ident, _ in used.most_common() if ident]


def _heading_lines(plan: Plan, zone: str, lang: str) -> list[str]:
    lines = [event_period(plan, zone, lang)]
    venues = _venues_used(plan, plan.agenda) or plan.venues[:1]
    if venues:
        places = "; ".join(venue_text(v) for v in venues)
        lines.append(f"{tr('print.venue', lang)}: {places}")
    return lines


def document_fields(
    plan: Plan, settings: WorkspaceSettings | None, printout: str, heading: str, lang: str
) -> dict[str, Any]:
    """What every printout of the plan shares: heading, event, dates, venue, letterhead,
    and the signature block of `printout` ("agenda", "attendance", ...)."""
    return {
        "heading": tr(heading, lang),
        "title": one_line(plan.event.title),
        "lines": _heading_lines(plan, effective_zone(plan, settings), lang),
        "letterhead": letterhead(settings, lang),
        "page_label": tr("print.page", lang, page="{page}", pages="{pages}"),
        "language": lang,
        # A draft is not handed out as if it were final: every page says so.
        "watermark": tr("print.watermark", lang) if plan.event.status is Status.DRAFT else "",
        "signature": signature_block(plan, settings, printout, lang),
    }


def _places(venues: list[Venue], lang: str) -> str:
    """ "Tempat: Ruang Lokakrida, Lantai 8, Balai Kota Semarang; Halaman Belakang ...",
    each venue once."""
    texts = list(dict.fromkeys(venue_text(venue) for venue in venues))
    return f"{tr('print.venue', lang)}: {'; '.join(texts)}"


def _hours(plan: Plan, day: date, items: list[AgendaItem], zone: str, lang: str) -> str:
    """ "Pukul 09.45 WIB s.d. selesai": from the event's hour (or the day's first item) to
    the event's closing hour when the file gives one; a rundown's end is not a promise."""
    event = plan.event
    begin = event.start_time if day == event.first_day and event.start_time else items[0].start
    end = event.end_time if day == event.last_day else None
    until = clock_in_zone(end, zone, lang) if end else tr("print.until_done", lang)
    return tr("print.hours", lang, begin=clock_in_zone(begin, zone, lang), end=until)


def _speaker(person: Person) -> str:
    """ "Kepala Diskominfo Kota Semarang, Bapak Sunarto": the office first, as the
    principal's staff read a rundown; the name alone for one who holds none."""
    from gathertui.exports.salutation import office_of

    office = office_of(person)
    return f"{office}, {called(person)}" if office else called(person)


def _rundown_document(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, technical: bool
) -> Document:
    """The day's items as a table: for guests (`technical` False) No., Waktu, Acara,
    Pengisi acara, Keterangan; for the committee also the minutes, the person in charge,
    the venue and the internal notes. Days without items are left out."""
    zone = effective_zone(plan, settings)
    people = {person.id: person for person in plan.people}
    venues = {venue.id: venue for venue in plan.venues}
    main = _venues_used(plan, plan.agenda)[:1]
    days = [(n, day, running_order(plan, day)) for n, day in enumerate(days_of(plan), start=1)]
    days = [(n, day, items) for n, day, items in days if items]
    several = len(days) > 1
    if technical:
        columns = [
            tr(f"print.col.{key}", lang)
            for key in ("no", "time", "item", "speakers", "pic", "venue", "notes")
        ]
        widths = [0.06, 0.14, 0.17, 0.14, 0.15, 0.12, 0.22]
    else:
        columns = [
            tr(f"print.col.{key}", lang) for key in ("no", "time", "item", "speakers", "remarks")
        ]
        # "Waktu (WIB)" once in the header rather than on every row, as guests' programmes
        # print it: the room goes to the speakers' offices.
        columns[1] = f"{columns[1]} ({zone_abbreviation(zone)})"
        widths = [0.06, 0.13, 0.25, 0.36, 0.20]
        if not any(item.remarks for item in plan.agenda):
            # The column stays for remarks written in by hand, but narrow.
            widths = [0.06, 0.13, 0.28, 0.41, 0.12]
    sections = []
    number = 0
    for day_number, day, items in days:
        rows: list[list[str | Signature]] = []
        for item in items:
            number += 1
            speakers = [people[ident] for ident in item.speakers if ident in people]
            where = venues.get(item.venue or "")
            if technical:
                pic = people.get(item.pic or "")
                notes = [one_line(text) for text in (item.remarks, item.notes) if text]
                rows.append(
                    [
                        str(number),
                        # The length beside the time, for whoever reflows the day.
                        f"{item_time(item, plan, zone, lang)} "
                        f"({tr('print.duration', lang, minutes=item.minutes)})",
                        one_line(item.title),
                        "; ".join(called(person) for person in speakers),
                        called(pic) if pic else "",
                        # The room alone: the title block says where it is.
                        one_line(where.name) if where else "",
                        " · ".join(notes),
                    ]
                )
                continue
            remarks = [one_line(item.remarks)] if item.remarks else []
            # A guest needs to know only where the rundown leaves the main room.
            if where and (not main or where.id != main[0].id):
                remarks.insert(0, venue_text(where))
            rows.append(
                [
                    str(number),
                    "–".join(clock(at.time(), lang) for at in item.span(plan.event)),
                    one_line(item.title),
                    "; ".join(_speaker(person) for person in speakers),
                    "; ".join(remarks),
                ]
            )
        title, lines = "", []
        if several:
            title = f"{tr('print.day', lang, n=day_number)} · {long_date(day, lang)}"
            lines = [_hours(plan, day, items, zone, lang), _places(_day_venues(plan, items), lang)]
        sections.append(Section(title, lines, Table(columns, widths, rows)))
    printout = "rundown" if technical else "agenda"
    heading = "print.rundown_heading" if technical else "print.agenda_heading"
    fields = document_fields(plan, settings, printout, heading, lang)
    fields["lines"] = _title_lines(plan, [(day, items) for _, day, items in days], zone, lang)
    if plan.event.status is Status.DRAFT:
        fields["heading"] = tr("print.draft_heading", lang, heading=fields["heading"])
    return Document(sections=sections, **fields)


def _day_venues(plan: Plan, items: list[AgendaItem]) -> list[Venue]:
    return _venues_used(plan, items) or plan.venues[:1]


def main_venues(plan: Plan) -> list[Venue]:
    """The plan's venues, most used first; its first venue when the rundown names none."""
    return _day_venues(plan, plan.agenda)


def _title_lines(
    plan: Plan, days: list[tuple[date, list[AgendaItem]]], zone: str, lang: str
) -> list[str]:
    """Under the event's name: its day and date once; for one day also its hours and
    venues (several days say theirs above their tables); then the dress code."""
    event = plan.event
    if len(days) == 1:
        day, items = days[0]
        lines = [long_date(day, lang), _hours(plan, day, items, zone, lang)]
        lines.append(_places(_day_venues(plan, items), lang))
    else:
        lines = [period(event.first_day, event.last_day, None, None, zone, lang)]
        if not days and plan.venues:
            lines.append(_places(plan.venues[:1], lang))
    if event.dress:
        lines.append(f"{tr('print.dress', lang)}: {one_line(event.dress)}")
    return lines


def agenda_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Susunan Acara, for the principal and the guests: what happens, when, and who
    speaks, by office and name; nothing of the committee's working notes."""
    return _rundown_document(plan, settings, lang, technical=False)


def rundown_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """The technical rundown, for the committee: the Susunan Acara with the minutes, the
    person in charge, the venue and the internal notes of each item."""
    return _rundown_document(plan, settings, lang, technical=True)


def delegation_groups(
    plan: Plan, settings: WorkspaceSettings | None
) -> list[tuple[Delegation | None, list[Person]]]:
    """Each delegation, in the plan's order, with its people in order of precedence; then
    the people of no delegation the plan has (None), if there are any."""
    precedence = Precedence(settings)
    known = {entry.id for entry in plan.delegations}
    members: dict[str | None, list[int]] = {}
    for index, person in enumerate(plan.people):
        key = person.delegation if person.delegation in known else None
        members.setdefault(key, []).append(index)

    def ordered(key: str | None) -> list[Person]:
        return [plan.people[i] for i in precedence.order(plan, members.get(key, []))]

    groups: list[tuple[Delegation | None, list[Person]]] = [
        (entry, ordered(entry.id)) for entry in plan.delegations
    ]
    if None in members:
        groups.append((None, ordered(None)))
    return groups


NOT_SIGNING = frozenset({Attendance.DECLINED, Attendance.REPRESENTED})
# The press and its kin: journalists sign with their medium and a number to reach them.
PRESS = frozenset(
    {
        Category.ONLINE,
        Category.PRINT,
        Category.TV,
        Category.RADIO,
        Category.INFLUENCER,
        Category.KIM,
    }
)


def _sign_in_columns(press: bool, lang: str) -> tuple[list[str], list[float]]:
    """The sign-in sheet's columns and their shares: an official signs by name and
    position; the press by name, medium and phone, in the width the position had."""
    keys: tuple[str, ...]
    if press:
        keys = ("print.col.no", "print.col.name", "print.col.media", "print.col.mobile")
        widths = [0.06, 0.26, 0.21, 0.19, 0.28]
    else:
        keys = ("print.col.no", "print.col.name", "print.col.position")
        widths = [0.07, 0.33, 0.30, 0.30]
    return [tr(key, lang) for key in (*keys, "print.col.signature")], widths


def _sign_in_table(
    people: list[Person], open_places: dict[Category, int], press: bool, first: int, lang: str
) -> Table:
    """The rows of one sign-in table, numbered from `first`: the named people, then a
    labelled block of blank rows for each category's places not yet named."""
    columns, widths = _sign_in_columns(press, lang)
    rows: list[list[str | Signature]] = []
    headings: set[int] = set()
    number = first - 1
    for person in people:
        number += 1
        if press:
            middle = [one_line(person.organization or ""), one_line(person.phone or "")]
        else:
            position = acting_spelled(person.position or "")
            middle = [" / ".join(one_line(x) for x in (position, person.organization) if x)]
        rows.append([str(number), called(person), *middle, Signature(number)])
    blank = [""] * (len(columns) - 2)
    for category, count in open_places.items():
        headings.add(len(rows))
        # In plain words for the people who sign: "Media daring — 30 baris".
        group = tr(f"print.rows_for.{category.value}", lang)
        rows.append([tr("print.open_places", lang, group=group, count=count), *blank, ""])
        for _ in range(count):
            number += 1
            rows.append([str(number), *blank, Signature(number)])
    return Table(columns, widths, rows, frozenset(headings), tall=True)


def attendance_document(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, delegation: str | None = None
) -> Document:
    """Daftar Hadir: per delegation, each on a page of its own, the named people then a
    numbered blank row for each quota place not yet named, labelled by category, for
    walk-in journalists. The press of a delegation (journalists, influencers, KIM) sign
    in a table of their own, with their medium and phone; officials' rows stay as they
    are."""
    sections: list[Section] = []
    for entry, people in delegation_groups(plan, settings):
        if entry is None or (delegation is not None and entry.id != delegation):
            continue
        # Whoever declined or sent a representative will not sign; the representative will.
        coming = [person for person in people if person.attendance not in NOT_SIGNING]
        named = Counter(person.category for person in coming)
        open_places = {
            category: entry.quotas.get(category) - named[category]
            for category in Category
            if entry.quotas.get(category) > named[category]
        }
        # Officials and staff first, then the press, numbered on from them.
        tables = []
        first = 1
        for is_press in (False, True):
            table = _sign_in_table(
                [person for person in coming if (person.category in PRESS) is is_press],
                {c: n for c, n in open_places.items() if (c in PRESS) is is_press},
                is_press,
                first,
                lang,
            )
            first += sum(isinstance(row[-1], Signature) for row in table.rows)
            tables.append(table)
        officials, press = tables
        name = one_line(entry.name)
        new_page = bool(sections)
        if officials.rows or not press.rows:
            sections.append(Section(name, [], officials, new_page=new_page))
            # The press table under the officials' names its part: "... — Media".
            name = tr("print.press_part", lang, delegation=name)
            new_page = False
        if press.rows:
            sections.append(Section(name, [], press, new_page=new_page))
    fields = document_fields(plan, settings, "attendance", "print.attendance_heading", lang)
    return Document(sections=sections, **fields)


def roster_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Daftar Peserta: per delegation and category (officials first), named vs planned;
    within a category in order of precedence."""
    columns = [
        tr(f"print.col.{key}", lang)
        for key in ("no", "name", "position_only", "organization", "attendance")
    ]
    sections = []
    for entry, people in delegation_groups(plan, settings):
        counts = delegation_headcount(plan, entry) if entry else {}
        rows: list[list[str | Signature]] = []
        headings: set[int] = set()
        number = 0
        for category in Category:
            members = [p for p in people if p.category is category]
            planned = counts[category].planned if category in counts else 0
            if not members and not planned:
                continue
            headings.add(len(rows))
            word = label(category, lang)
            group = f"{word[:1].upper()}{word[1:]}"
            # "Daring — 0 dari 30 tempat terisi": a reader of the list is told what the
            # two numbers are.
            heading = (
                tr("print.roster_group", lang, group=group, named=len(members), planned=planned)
                if planned
                else f"{group} ({len(members)})"
            )
            rows.append([heading, "", "", "", ""])
            for person in members:
                number += 1
                rows.append(
                    [
                        str(number),
                        called(person),
                        one_line(acting_spelled(person.position or "")),
                        one_line(person.organization or ""),
                        label(person.attendance, lang),
                    ]
                )
        title = one_line(entry.name) if entry else tr("print.no_delegation", lang)
        table = Table(columns, [0.07, 0.30, 0.26, 0.22, 0.15], rows, frozenset(headings))
        sections.append(Section(title, [], table))
    fields = document_fields(plan, settings, "roster", "print.roster_heading", lang)
    return Document(sections=sections, **fields)

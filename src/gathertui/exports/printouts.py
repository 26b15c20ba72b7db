"""What each printout says, in the chosen language: Susunan Acara, Daftar Hadir, Daftar
Peserta. The result is a `Document`; the formats only draw it. People are listed in order
of precedence (UU 9/2010) within their delegation, not in the order of the file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from gathertui.exports.document import Document, Letterhead, Section, Signature, Table
from gathertui.exports.names import called
from gathertui.i18n import tr
from gathertui.i18n.dates import long_date
from gathertui.i18n.labels import label
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Attendance, Category
from gathertui.model.plan import AgendaItem, Delegation, Person, Plan, Venue
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import days_of, event_period, item_time, running_order
from gathertui.planning.headcount import delegation_headcount
from gathertui.planning.precedence import Precedence
from gathertui.text import one_line


def letterhead(settings: WorkspaceSettings | None) -> Letterhead | None:
    organization = settings.organization if settings else None
    if organization is None:
        return None
    contact = [organization.address, organization.phone, organization.email, organization.website]
    lines = [
        organization.name.upper(),
        organization.unit or "",
        " · ".join(c for c in contact if c),
    ]
    return Letterhead([one_line(line) for line in lines if line])


def venue_text(venue: Venue) -> str:
    """ "Ruang Lokakrida, Lantai 8, Balai Kota Semarang": the room as a guest finds it."""
    return ", ".join(one_line(part) for part in (venue.name, venue.floor, venue.building) if part)


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
    plan: Plan, settings: WorkspaceSettings | None, heading: str, lang: str
) -> dict[str, Any]:
    """What every printout of the plan shares: heading, event, dates, venue, letterhead."""
    return {
        "heading": tr(heading, lang),
        "title": one_line(plan.event.title),
        "lines": _heading_lines(plan, effective_zone(plan, settings), lang),
        "letterhead": letterhead(settings),
        "page_label": tr("print.page", lang, page="{page}", pages="{pages}"),
        "language": lang,
    }


def _names(people: dict[str, str], ids: Iterable[str]) -> list[str]:
    return [one_line(people.get(ident, ident)) for ident in ids]


def agenda_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Susunan Acara: a table per day, Waktu | Acara | Pengisi / Penanggung Jawab | Keterangan."""
    zone = effective_zone(plan, settings)
    columns = [tr(f"print.col.{key}", lang) for key in ("time", "item", "speakers", "remarks")]
    main = _venues_used(plan, plan.agenda)[:1]
    venues = {venue.id: venue for venue in plan.venues}
    days = days_of(plan)
    people = {person.id: person.name for person in plan.people}
    sections = []
    for number, day in enumerate(days, start=1):
        rows: list[list[str | Signature]] = []
        for item in running_order(plan, day):
            who = _names(people, item.speakers)
            if item.pic and item.pic not in item.speakers:
                who += [f"{tr('print.pic', lang)}: {_names(people, [item.pic])[0]}"]
            remarks = []
            if item.venue and (not main or item.venue != main[0].id) and item.venue in venues:
                remarks.append(venue_text(venues[item.venue]))
            if item.notes:
                remarks.append(one_line(item.notes))
            rows.append(
                [
                    item_time(item, plan, zone, lang),
                    one_line(item.title),
                    ", ".join(who),
                    "; ".join(remarks),
                ]
            )
        title = long_date(day, lang)
        if len(days) > 1:
            title = f"{tr('print.day', lang, n=number)} · {title}"
        table = Table(columns, [0.19, 0.36, 0.25, 0.20], rows)
        sections.append(Section(title, [], table))
    return Document(
        sections=sections, **document_fields(plan, settings, "print.agenda_heading", lang)
    )


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


def attendance_document(
    plan: Plan, settings: WorkspaceSettings | None, lang: str, delegation: str | None = None
) -> Document:
    """Daftar Hadir: per delegation, the named people then a numbered blank row for each
    quota place not yet named, labelled by category, for walk-in journalists."""
    columns = [tr(f"print.col.{key}", lang) for key in ("no", "name", "position", "signature")]
    sections = []
    for entry, people in delegation_groups(plan, settings):
        if entry is None or (delegation is not None and entry.id != delegation):
            continue
        # Whoever declined or sent a representative will not sign; the representative will.
        coming = [person for person in people if person.attendance not in NOT_SIGNING]
        rows: list[list[str | Signature]] = []
        headings: set[int] = set()
        for number, person in enumerate(coming, start=1):
            role = " / ".join(one_line(x) for x in (person.position, person.organization) if x)
            rows.append([str(number), called(person), role, Signature(number)])
        number = len(coming)
        named = Counter(person.category for person in coming)
        for category in Category:
            open_places = entry.quotas.get(category) - named[category]
            if open_places <= 0:
                continue
            headings.add(len(rows))
            rows.append(
                [
                    tr(
                        "print.open_places", lang, category=label(category, lang), count=open_places
                    ),
                    "",
                    "",
                    "",
                ]
            )
            for _ in range(open_places):
                number += 1
                rows.append([str(number), "", "", Signature(number)])
        table = Table(columns, [0.07, 0.33, 0.30, 0.30], rows, frozenset(headings), tall=True)
        sections.append(Section(one_line(entry.name), [], table))
    return Document(
        sections=sections, **document_fields(plan, settings, "print.attendance_heading", lang)
    )


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
            count = f"{len(members)}/{planned}" if planned else str(len(members))
            word = label(category, lang)
            rows.append([f"{word[:1].upper()}{word[1:]} ({count})", "", "", "", ""])
            for person in members:
                number += 1
                rows.append(
                    [
                        str(number),
                        called(person),
                        one_line(person.position or ""),
                        one_line(person.organization or ""),
                        label(person.attendance, lang),
                    ]
                )
        title = one_line(entry.name) if entry else tr("print.no_delegation", lang)
        table = Table(columns, [0.07, 0.30, 0.26, 0.22, 0.15], rows, frozenset(headings))
        sections.append(Section(title, [], table))
    return Document(
        sections=sections, **document_fields(plan, settings, "print.roster_heading", lang)
    )

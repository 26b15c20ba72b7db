"""The invitation letter (surat undangan): the letterhead, the place and date, the
reference block (Nomor, Sifat, Lampiran, Perihal), the addressee, the body with the
event's day, hours, venue, title and dress, the closing and the signature block.

Mail merge: one letter per invitee, in order of precedence (UU 9/2010), each from a new
page; or one letter to "(Daftar Terlampir)" followed by the Daftar Undangan. The Susunan
Acara for guests follows as an attachment when the plan asks for it (the default). The
letters and attachments are one `Document` whose `following` holds the rest.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from gathertui.exports.document import Cell, Document, Letter, Section, SignatureBlock, Table
from gathertui.exports.names import called
from gathertui.exports.printouts import agenda_document, document_fields, main_venues, venue_text
from gathertui.exports.salutation import is_greeted, office_of
from gathertui.exports.signing import place_date
from gathertui.i18n import tr
from gathertui.i18n.dates import clock_in_zone, long_date, period
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Side
from gathertui.model.plan import Invitation, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import running_order
from gathertui.planning.precedence import Precedence
from gathertui.text import one_line


def invitees(plan: Plan, settings: WorkspaceSettings | None) -> list[Person]:
    """Who receives a letter, in order of precedence: the plan's `invitees`, else every
    person of a guest delegation and each official of the host who holds a position."""
    chosen = (plan.invitation or Invitation()).invitees
    if chosen is not None:
        wanted = set(chosen)
        indexes = [n for n, person in enumerate(plan.people) if person.id in wanted]
    else:
        sides = {delegation.id: delegation.side for delegation in plan.delegations}
        indexes = [
            n
            for n, person in enumerate(plan.people)
            if sides.get(person.delegation or "") is Side.GUEST
            or (is_greeted(person) and bool(one_line(person.position or "")))
        ]
    # Each letter goes to the office it names, before anyone is known to stand in for
    # another: a representative is ranked by their own office, not their principal's.
    precedence = Precedence(settings)
    precedence.by_principal = False
    return [plan.people[n] for n in precedence.order(plan, indexes)]


def addressed(person: Person) -> str:
    """ "Bapak Wali Kota Mojokerto": the honorific and the office, as a letter is
    addressed; the office alone without an honorific, the name without an office."""
    office = office_of(person)
    if not office:
        return called(person)
    honorific = one_line(person.honorific or "")
    return f"{honorific} {office}" if honorific else office


def _attachment(invitation: Invitation, lang: str) -> str:
    """Lampiran: as the plan says, else the number of files attached, else "-"."""
    if invitation.attachment is not None:
        return one_line(invitation.attachment)
    files = int(invitation.attach_rundown) + int(not invitation.merge)
    keys = {0: "print.letter.no_attachment", 1: "print.letter.one_file"}
    return tr(keys.get(files, "print.letter.two_files"), lang)


def _references(invitation: Invitation, lang: str) -> list[tuple[str, str]]:
    def given(value: str | None, default: str) -> str:
        return one_line(value) if value is not None else tr(default, lang)

    return [
        (tr("print.letter.number", lang), one_line(invitation.number or "")),
        (tr("print.letter.nature", lang), given(invitation.nature, "print.letter.ordinary")),
        (tr("print.letter.attachment", lang), _attachment(invitation, lang)),
        (tr("print.letter.subject", lang), given(invitation.subject, "print.letter.invitation")),
    ]


def _hours(plan: Plan, zone: str, lang: str) -> str:
    """ "09.00 WIB s.d. selesai": from the event's hour (else the first item's) to its
    closing hour when the file gives one; "" when nothing says when it begins."""
    event = plan.event
    items = running_order(plan, event.first_day)
    begin = event.start_time or (items[0].start if items else None)
    if begin is None:
        return ""
    end = event.end_time
    until = clock_in_zone(end, zone, lang) if end else tr("print.until_done", lang)
    return tr("print.letter.hours", lang, begin=clock_in_zone(begin, zone, lang), end=until)


def _details(plan: Plan, zone: str, lang: str) -> list[tuple[str, str]]:
    """Hari/tanggal, pukul, tempat, acara, pakaian: each only when the plan says it."""
    event = plan.event
    day = (
        long_date(event.first_day, lang)
        if event.first_day == event.last_day
        else period(event.first_day, event.last_day, None, None, zone, lang)
    )
    venues = "; ".join(dict.fromkeys(venue_text(venue) for venue in main_venues(plan)[:1]))
    rows = [
        ("print.letter.date", day),
        ("print.letter.time", _hours(plan, zone, lang)),
        ("print.letter.venue", venues),
        ("print.letter.event", one_line(event.title)),
        ("print.letter.dress", one_line(event.dress or "")),
    ]
    return [(tr(key, lang), value) for key, value in rows if value]


def _addressee(who: str, lang: str) -> list[str]:
    """ "Yth. Bapak Wali Kota Mojokerto", "di", "Tempat": one sentence of the catalog, a
    line each (an English letter says "To: ..." alone)."""
    return [line for line in tr("print.letter.to", lang, who=who).split("\n") if line]


def _list_document(people: list[Person], number: str, fields: dict[str, Any]) -> Document:
    """Daftar Undangan: each invitee's name and office, numbered, in order of precedence."""
    lang = str(fields["language"])
    columns = [tr(key, lang) for key in ("print.col.no", "print.col.name", "print.letter.office")]
    rows: list[list[Cell]] = [
        [str(n), called(person), office_of(person)] for n, person in enumerate(people, start=1)
    ]
    table = Table(columns, [0.07, 0.40, 0.53], rows)
    return Document(
        heading=tr("print.letter.list_heading", lang),
        title=str(fields["title"]),
        lines=_attachment_lines(number, lang),
        sections=[Section("", [], table)],
        language=lang,
    )


def _attachment_lines(number: str, lang: str) -> list[str]:
    """ "Lampiran surat Nomor 005/123/Prokompim/2023" above an attachment's title."""
    if not number:
        return [tr("print.letter.attachment_of_letter", lang)]
    return [tr("print.letter.attachment_of", lang, number=number)]


def invitation_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """The letters, one per invitee or one with the Daftar Undangan, then the Susunan
    Acara when it is attached; the first letter holds the rest in `following`."""
    invitation = plan.invitation or Invitation()
    zone = effective_zone(plan, settings)
    fields = document_fields(plan, settings, "invitation", "print.letter.heading", lang)
    # The place and date stand above the letter: the signature block carries neither
    # them again nor a "Mengetahui", which letters are not given.
    signature: SignatureBlock | None = fields["signature"]
    if signature is not None:
        fields["signature"] = replace(signature, place_date="", acknowledger=None)
    fields["lines"] = []
    fields["page_label"] = ""
    number = one_line(invitation.number or "")
    opening = (
        one_line(invitation.body)
        if invitation.body is not None
        else tr("print.letter.opening", lang, event=one_line(plan.event.title))
    )

    def letter(who: str) -> Document:
        return Document(
            sections=[],
            letter=Letter(
                place_date=place_date(plan, settings, lang),
                references=_references(invitation, lang),
                addressee=_addressee(who, lang),
                opening=opening,
                details=_details(plan, zone, lang),
                closing=tr("print.letter.closing", lang),
            ),
            **fields,
        )

    people = invitees(plan, settings)
    if not invitation.merge:
        letters = [letter(tr("print.letter.see_list", lang))]
        letters.append(_list_document(people, number, fields))
    elif people:
        letters = [letter(addressed(person)) for person in people]
    else:
        # Nobody to address yet: one letter with the room to write a name in.
        letters = [letter(tr("print.letter.nobody", lang))]
    if invitation.attach_rundown:
        agenda = agenda_document(plan, settings, lang)
        lines = [*_attachment_lines(number, lang), *agenda.lines]
        letters.append(replace(agenda, letterhead=None, signature=None, lines=lines))
    return replace(letters[0], following=tuple(letters[1:]))

"""Naskah pembawa acara, the MC's script: what the MC reads, in order, in large type.

The opening greeting and the salutation in order of precedence (the salutation
module's, unchanged), then a block per agenda item in running order: its time and
title, and the lines the MC reads to call it ("Acara selanjutnya, ..., oleh ... Kepada
beliau kami persilakan."). Who is called forward are the item's speakers, else the
person in charge of a speech or a prayer; a represented official is said as represented
by the one who comes, as the salutation says it. The national anthem and the prayer are
recognised by their titles. The script ends with the closing words and, after the common
opening greeting, the common closing greeting of every faith.
"""

from __future__ import annotations

import re
from datetime import date

from gathertui.exports.document import Document, Section
from gathertui.exports.printouts import document_fields
from gathertui.exports.salutation import NOT_COMING, is_greeted, salutation_lines, spoken_of
from gathertui.i18n import tr
from gathertui.i18n.dates import long_date
from gathertui.model.defaults import effective_zone
from gathertui.model.enums import Attendance
from gathertui.model.plan import AgendaItem, Person, Plan
from gathertui.model.workspace import WorkspaceSettings
from gathertui.planning.agenda import item_time
from gathertui.text import one_line

# Titles that name the national anthem, and a prayer, in Indonesian or English: whole
# words, any case ("Menyanyikan lagu Indonesia Raya", "Doa penutup", "Prayer").
ANTHEM = re.compile(r"\bindonesia\s+raya\b", re.IGNORECASE)
PRAYER = re.compile(r"\b(doa|prayers?)\b", re.IGNORECASE)
# Titles of an item where one person speaks: a welcome, an address, a report, a talk.
SPEECH = re.compile(
    r"\b(sambutan|arahan|pengarahan|laporan|paparan|pidato|ceramah|tausiyah|speech|"
    r"remarks|address|report|presentation|keynote|talk)\b",
    re.IGNORECASE,
)


def _comes(people: dict[str, Person], person: Person) -> bool:
    """Whether someone answers for the person: they come, or their representative does."""
    if person.attendance is Attendance.REPRESENTED:
        deputy = people.get(person.represented_by or "")
        return deputy is not None and deputy.attendance not in NOT_COMING
    return person.attendance is not Attendance.DECLINED


def _called_forward(plan: Plan, item: AgendaItem, prayer: bool) -> list[Person]:
    """Who the MC calls forward for the item: its speakers, else its person in charge
    when they lead the prayer, or give the speech the title names and are one the
    salutation greets (an official, a guest with a position). The person in charge of
    any other item runs it for the committee (the registration, the group photo) and is
    not called to it, however high their office. Nobody is called who will not be there
    (declined, represented by nobody coming)."""
    people = {person.id: person for person in plan.people}
    speakers = [people[ident] for ident in item.speakers if ident in people]
    pic = people.get(item.pic or "")
    speech = SPEECH.search(item.title) is not None
    if not speakers and pic is not None and (prayer or (speech and is_greeted(pic))):
        speakers = [pic]
    return [person for person in speakers if _comes(people, person)]


def _listed(items: list[str], lang: str) -> str:
    """ "a; b dan c": offices hold commas of their own, so the names part at semicolons."""
    if len(items) < 2:
        return "".join(items)
    return f"{'; '.join(items[:-1])} {tr('print.salute.and', lang)} {items[-1]}"


def _lead(number: int, count: int, lang: str) -> str:
    if number == 0:
        return tr("print.mc.first", lang)
    if number == count - 1:
        return tr("print.mc.last", lang)
    return tr("print.mc.next", lang)


def item_lines(
    plan: Plan, settings: WorkspaceSettings | None, item: AgendaItem, lead: str, lang: str
) -> list[str]:
    """What the MC reads for one item, `lead` ("Acara selanjutnya") first."""
    title = one_line(item.title)
    if ANTHEM.search(title):
        return [
            tr("print.mc.item", lang, lead=lead, title=title),
            tr("print.mc.stand", lang),
            tr("print.mc.sit", lang),
        ]
    prayer = PRAYER.search(title) is not None
    forward = _called_forward(plan, item, prayer)
    if not forward:
        return [tr("print.mc.item", lang, lead=lead, title=title)]
    # A representative and the official they stand for, both listed, are said once.
    said = dict.fromkeys(spoken_of(plan, settings, person, lang) for person in forward)
    who = _listed(list(said), lang)
    key = "print.mc.prayer" if prayer else "print.mc.item_by"
    invite = "print.mc.invite" if len(said) == 1 else "print.mc.invite_many"
    return [tr(key, lang, lead=lead, title=title, who=who), tr(invite, lang)]


def _closing(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> list[str]:
    """The closing words; the closing greeting only after the common opening greeting,
    the one it answers (a workspace's own greeting has no closing to guess)."""
    lines = [tr("print.mc.closing", lang, event=one_line(plan.event.title))]
    if (settings or WorkspaceSettings()).settings.opening_greeting is None:
        lines.append(tr("print.mc.farewell", lang))
    return lines


def mc_script_document(plan: Plan, settings: WorkspaceSettings | None, lang: str) -> Document:
    """Naskah Pembawa Acara: the opening, a block per item, the closing."""
    zone = effective_zone(plan, settings)
    items = plan.rundown()
    sections = [Section(tr("print.mc.opening", lang), salutation_lines(plan, settings, lang))]
    several_days = len({item.day_in(plan.event) for item in items}) > 1
    day: date | None = None
    day_number = 0
    for number, item in enumerate(items):
        if several_days and item.day_in(plan.event) != day:
            day = item.day_in(plan.event)
            day_number += 1
            heading = f"{tr('print.day', lang, n=day_number)} · {long_date(day, lang)}"
            sections.append(Section(heading, []))
        title = f"{item_time(item, plan, zone, lang)} · {one_line(item.title)}"
        lead = _lead(number, len(items), lang)
        sections.append(Section(title, item_lines(plan, settings, item, lead, lang)))
    sections.append(Section(tr("print.mc.closing_title", lang), _closing(plan, settings, lang)))
    fields = document_fields(plan, settings, "salutation", "print.mc.heading", lang)
    # Read aloud, not handed out: no letterhead to scroll past, nothing to sign.
    fields.update(letterhead=None, signature=None)
    return Document(sections=sections, large=True, **fields)
